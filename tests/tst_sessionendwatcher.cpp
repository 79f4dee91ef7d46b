// The session ends without the agent: a SIGTERM to this process (the watcher guichet uses) ends
// the call in progress as interrupted, locked screen or not, with its end time. Both engines.
#include "SessionEndWatcher.h"
#include "agents/AgentAuthService.h"
#include "agents/CallRepository.h"
#include "desk/DeskController.h"
#include "desk/DeskWindow.h"
#include "desk/ScreenLock.h"
#include "support/DeskFixture.h"
#include "support/TestDatabases.h"

#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

#include <optional>

#include <csignal>

namespace {

constexpr int Timeout = 10000;
using namespace DeskFixture;

} // namespace

class TestSessionEndWatcher : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void sigtermEndsTheCall_data() { TestDatabase::addEngineRows(); }
    void sigtermEndsTheCall();
};

void TestSessionEndWatcher::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestSessionEndWatcher::sigtermEndsTheCall()
{
#ifdef Q_OS_WIN
    QSKIP("Windows ends a session through the console handler, not SIGTERM");
#endif
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
    DeskController* desk = window.controller();
    desk->startCall(QStringLiteral("wrong_password_locked"));
    QTRY_VERIFY_WITH_TIMEOUT(desk->inCall(), Timeout);
    const qint64 callId = desk->callId();
    window.screenLock()->lock();

    SessionEndWatcher watcher;
    QVERIFY(watcher.isWatching());
    QObject::connect(&watcher, &SessionEndWatcher::sessionEnding, &window, &DeskWindow::endSession);
    QSignalSpy ending(&watcher, &SessionEndWatcher::sessionEnding);
    QCOMPARE(std::raise(SIGTERM), 0); // the process lives on: the watcher handles it
    QTRY_COMPARE_WITH_TIMEOUT(ending.count(), 1, Timeout);
    QTRY_VERIFY_WITH_TIMEOUT(!window.isVisible(), Timeout);
    QVERIFY(!desk->inCall());
    // The desk queues the end of the call on its database worker and never waits for it.
    const auto closedCall = [&]() -> std::optional<Call> {
        const Result<Call> call = CallRepository(db.database().connection().value()).find(callId);
        return call.ok() && !call->isOpen() ? std::optional<Call>(call.value()) : std::nullopt;
    };
    QTRY_VERIFY_WITH_TIMEOUT(closedCall().has_value(), Timeout);
    QCOMPARE(closedCall()->outcome, QStringLiteral("interrupted"));
}

QTEST_MAIN(TestSessionEndWatcher)
#include "tst_sessionendwatcher.moc"
