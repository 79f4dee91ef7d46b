// The birth date at the desk: day/month/year in every language, ISO accepted, and a date that
// reads two ways refused by the panel without costing the caller an identity check. Both engines.
#include "agents/AgentAuthService.h"
#include "desk/DeskController.h"
#include "desk/DeskWindow.h"
#include "support/DeskFixture.h"
#include "support/TestDatabases.h"
#include "support/TestSettle.h"
#include "text/ErrorText.h"

#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

namespace {

constexpr int Timeout = 10000;
using namespace DeskFixture;

} // namespace

class TestDeskDates : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void birthDate_data();
    void birthDate();
};

void TestDeskDates::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestDeskDates::birthDate_data()
{
    QTest::addColumn<QString>("engine");
    QTest::addColumn<QString>("typed");
    QTest::addColumn<bool>("checked"); // compared with the record (verified: Marie is born 24/12/1960)
    QTest::addColumn<QString>("problem");
    for (const QString& engine : {QStringLiteral("sqlite"), QStringLiteral("postgresql")}) {
        const auto row = [&engine](const char* name) -> QTestData& {
            return QTest::newRow(qPrintable(engine + QLatin1Char(' ') + QLatin1String(name))) << engine;
        };
        row("day first") << QStringLiteral("24/12/1960") << true << QString();
        row("iso") << QStringLiteral("1960-12-24") << true << QString();
        row("dots") << QStringLiteral("24.12.1960") << true << QString();
        row("month first") << QStringLiteral("12/24/1960") << false << QStringLiteral("ambiguous_birth_date");
        row("two-digit year") << QStringLiteral("24/12/60") << false << QStringLiteral("ambiguous_birth_date");
        row("year first") << QStringLiteral("1960/12/24") << false << QStringLiteral("ambiguous_birth_date");
        row("not a day") << QStringLiteral("31/02/1960") << false << QStringLiteral("invalid_birth_date");
    }
}

void TestDeskDates::birthDate()
{
    QFETCH(QString, engine);
    QFETCH(QString, typed);
    QFETCH(bool, checked);
    QFETCH(QString, problem);
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
    desk->lookUp(MarieNir);
    QTRY_VERIFY_WITH_TIMEOUT(desk->summary().has_value(), Timeout);
    const int attempts = desk->remainingAttempts();

    auto* date = child<QLineEdit>(&window, "birthDateLineEdit");
    QVERIFY(date->placeholderText().contains(QLatin1String("DD/MM/YYYY")));
    child<QLineEdit>(&window, "lastNameLineEdit")->setText(Marie.lastName);
    child<QLineEdit>(&window, "firstNamesLineEdit")->setText(Marie.firstNames);
    date->setText(typed);
    child<QLineEdit>(&window, "birthPlaceLineEdit")->setText(Marie.birthPlace);
    QSignalSpy finished(desk, &DeskController::verificationFinished);
    QTest::keyClick(date, Qt::Key_Return);
    auto* problemLabel = child<QLabel>(&window, "verificationProblemLabel");
    if (checked) {
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, Timeout);
        QVERIFY(finished.first().at(0).toBool());
        // The account is read again, unmasked, after the pass: wait for it.
        QTRY_VERIFY_WITH_TIMEOUT(desk->summary() && desk->summary()->verified, Timeout);
        return;
    }
    // Refused on the spot: no comparison, no attempt spent, and the message says why.
    QVERIFY(problemLabel->isVisible());
    const CivilStatus::Problem expected = CivilStatus::readDate(typed).problem;
    QCOMPARE(CivilStatus::problemCode(expected), problem);
    QCOMPARE(problemLabel->text(), ErrorText::civilStatus(expected));
    if (const QString folder = qEnvironmentVariable("GUICHET_RENDER_DIR"); !folder.isEmpty()) {
        const QString name = QString::fromLatin1(QTest::currentDataTag()).replace(QLatin1Char(' '), QLatin1Char('-'));
        QVERIFY(window.grab().save(QDir(folder).filePath(QStringLiteral("dates-%1.png").arg(name))));
    }
    QVERIFY(TestSettle::worker(services.worker)); // whatever the typing started has ended
    QCOMPARE(finished.count(), 0);
    QVERIFY(!desk->isBusy());
    QCOMPARE(desk->remainingAttempts(), attempts);
}

QTEST_MAIN(TestDeskDates)
#include "tst_deskdates.moc"
