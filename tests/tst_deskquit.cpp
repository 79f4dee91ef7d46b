// Quitting the desk during a call: it asks; yes ends the call as interrupted with its end time, no
// keeps the call and the window; the locked screen cannot be quit; a session that ends (logout,
// SIGTERM) ends the call as interrupted without asking. Both engines.
#include "agents/AgentAuthService.h"
#include "agents/CallRepository.h"
#include "common/MessageBox.h"
#include "desk/DeskController.h"
#include "desk/DeskWindow.h"
#include "desk/ScreenLock.h"
#include "support/DeskFixture.h"
#include "support/TestDatabases.h"
#include "support/TestSettle.h"

#include <QAction>
#include <QElapsedTimer>
#include <QScopeGuard>
#include <QSemaphore>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTest>
#include <QThread>

#include <thread>

namespace {

constexpr int Timeout = 10000;
using namespace DeskFixture;

enum class Way { ConfirmQuit, CancelQuit, QuitWhileLocked, SessionEnds };

} // namespace

class TestDeskQuit : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void quitDuringCall_data();
    void quitDuringCall();
    void sessionEndDoesNotWaitForTheDatabase_data() { TestDatabase::addEngineRows(); }
    void sessionEndDoesNotWaitForTheDatabase();
};

void TestDeskQuit::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestDeskQuit::quitDuringCall_data()
{
    QTest::addColumn<QString>("engine");
    QTest::addColumn<int>("way");
    QTest::addColumn<bool>("closed");
    for (const QString& engine : {QStringLiteral("sqlite"), QStringLiteral("postgresql")}) {
        const auto row = [&engine](const char* name) -> QTestData& {
            return QTest::newRow(qPrintable(engine + QLatin1Char(' ') + QLatin1String(name))) << engine;
        };
        row("confirm") << int(Way::ConfirmQuit) << true;
        row("cancel") << int(Way::CancelQuit) << false;
        row("locked") << int(Way::QuitWhileLocked) << false;
        row("session ends") << int(Way::SessionEnds) << true;
    }
}

void TestDeskQuit::quitDuringCall()
{
    QFETCH(QString, engine);
    QFETCH(int, way);
    QFETCH(bool, closed);
    GUICHET_TEST_DATABASE(db, engine);
    QVERIFY(db.migrate());
    QVERIFY(seed(db.database(), false));
    Services services(db.database());
    const Result<AgentSession> session
        = services.auth.signIn(QStringLiteral("alice"), Password, AgentAuthService::workstationName());
    QVERIFY(session.ok());
    DeskWindow window(services.desk(), session.value());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    DeskController* desk = window.controller();
    desk->startCall(QStringLiteral("wrong_password_locked"));
    QTRY_VERIFY_WITH_TIMEOUT(desk->inCall(), Timeout);
    const qint64 callId = desk->callId();

    switch (Way(way)) {
    case Way::ConfirmQuit:
    case Way::CancelQuit:
        MessageBox::setNextAnswer(Way(way) == Way::ConfirmQuit ? QMessageBox::Yes : QMessageBox::No);
        window.findChild<QAction*>(QStringLiteral("quitAction"))->trigger(); // Ctrl+Q, Call → Quit
        break;
    case Way::QuitWhileLocked:
        window.screenLock()->lock();
        QVERIFY(window.screenLock()->isLocked());
        QVERIFY(!window.close());
        break;
    case Way::SessionEnds:
        window.screenLock()->lock(); // locked or not, the session's end closes the call
        window.endSession();
        break;
    }
    if (closed)
        QTRY_VERIFY_WITH_TIMEOUT(!window.isVisible(), Timeout);
    else
        QVERIFY(TestSettle::worker(services.worker)); // whatever the request started has ended
    QCOMPARE(window.isVisible(), !closed);
    QCOMPARE(desk->inCall(), !closed);
    // Closed by the worker, soon after the window went.
    if (closed)
        QTRY_VERIFY_WITH_TIMEOUT(!CallRepository(db.database().connection().value()).find(callId)->isOpen(), Timeout);
    const Result<Call> call = CallRepository(db.database().connection().value()).find(callId);
    QVERIFY(call.ok());
    if (closed) {
        QVERIFY(!call->isOpen());
        QCOMPARE(call->outcome, QStringLiteral("interrupted"));
    } else {
        QVERIFY(call->isOpen());
    }
}

// The database is slow (another desk holds a lock) when the session ends: the desk closes at
// once, the UI thread never waits; the worker closes the call as interrupted once it can.
void TestDeskQuit::sessionEndDoesNotWaitForTheDatabase()
{
    QFETCH(QString, engine);
    GUICHET_TEST_DATABASE(db, engine);
    QVERIFY(db.migrate());
    QVERIFY(seed(db.database(), false));
    Services services(db.database());
    const Result<AgentSession> session
        = services.auth.signIn(QStringLiteral("alice"), Password, AgentAuthService::workstationName());
    QVERIFY(session.ok());
    DeskWindow window(services.desk(), session.value());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    DeskController* desk = window.controller();
    desk->startCall(QStringLiteral("wrong_password_locked"));
    QTRY_VERIFY_WITH_TIMEOUT(desk->inCall(), Timeout);
    const qint64 callId = desk->callId();

    // Another desk holds the call's row (PostgreSQL) or the write lock (SQLite) for 3 s: closing
    // the call has to wait for it, the UI thread must not.
    QSemaphore held;
    bool holding = false; // written before held is released, read after it is acquired
    const DatabaseUrl url = db.url();
    std::thread holder([url, callId, &held, &holding] {
        Database other(url);
        {
            const Result<QSqlDatabase> connection = other.connection();
            QSqlQuery query(connection.value());
            const bool sqlite = url.engine() == DatabaseUrl::Engine::Sqlite;
            bool locked = query.exec(sqlite ? QStringLiteral("BEGIN IMMEDIATE") : QStringLiteral("BEGIN"))
                && query.prepare(sqlite ? QStringLiteral("UPDATE calls SET note = note WHERE id = :id")
                                        : QStringLiteral("SELECT id FROM calls WHERE id = :id FOR UPDATE"));
            query.bindValue(QStringLiteral(":id"), callId);
            locked = locked && query.exec();
            query.finish();
            holding = locked;
            held.release();
            if (locked)
                QThread::msleep(3000);
            query.exec(QStringLiteral("ROLLBACK"));
        }
        other.closeThreadConnection();
    });
    const auto joinHolder = qScopeGuard([&holder] { holder.join(); }); // on a failure too
    QVERIFY(held.tryAcquire(1, Timeout));
    QVERIFY2(holding, "the other desk could not hold the call's row");
    QElapsedTimer elapsed;
    elapsed.start();
    window.endSession();
    const qint64 waited = elapsed.elapsed();
    QVERIFY2(waited < 1000, qPrintable(QStringLiteral("the UI thread waited %1 ms").arg(waited)));
    QVERIFY(!desk->inCall());
    QTRY_VERIFY_WITH_TIMEOUT(!window.isVisible(), Timeout);

    QTRY_VERIFY_WITH_TIMEOUT(!CallRepository(db.database().connection().value()).find(callId)->isOpen(), Timeout);
    const Result<Call> call = CallRepository(db.database().connection().value()).find(callId);
    QVERIFY(call.ok());
    QVERIFY(!call->isOpen());
    QCOMPARE(call->outcome, QStringLiteral("interrupted"));
}

QTEST_MAIN(TestDeskQuit)
#include "tst_deskquit.moc"
