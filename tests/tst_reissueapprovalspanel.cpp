// The supervisor's list of reissues waiting for an approval (issue I, finding 3), offscreen, on
// both engines: a request made by an agent's refused reissue appears in another supervisor's list
// and is approved with the button; a supervisor's own request cannot be approved by her (the
// button stays off and says why); a picture of the tab.
#include "accounts/AccountRepository.h"
#include "agents/AgentAuthService.h"
#include "core/PasswordHasher.h"
#include "db/DatabaseWorker.h"
#include "desk/CallService.h"
#include "desk/HelpdeskService.h"
#include "desk/ReissueApprovalService.h"
#include "identity/IdentityService.h"
#include "mail/MailDispatcher.h"
#include "mail/MailTransport.h"
#include "supervision/ReissueApprovalsPanel.h"
#include "supervision/SupervisorWindow.h"
#include "support/TestDatabases.h"

#include <QDir>
#include <QLabel>
#include <QPushButton>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableWidget>
#include <QTest>

namespace {

constexpr int Timeout = 15000;
const QString agentPassword = QStringLiteral("Guichet-Agent-1");
const Nir marieNir = Nir::parse(QStringLiteral("2 60 12 13 055 321 68"));
const CivilStatus marie{QStringLiteral("Lefèvre-d'Arc"), QStringLiteral("Marie Hélène"), QDate(1960, 12, 24),
                        QStringLiteral("Marseille")};

class CapturingTransport : public MailTransport
{
public:
    Error deliver(const QByteArray& mime, const QString&, const QString&) override
    {
        raw.append(QString::fromUtf8(mime));
        return {};
    }
    QStringList raw;
};

struct Fixture
{
    AgentSession alice;
    AgentSession sophie;
    AgentSession victor;
};

bool setUp(Database& database, Fixture* f)
{
    IdentityService identities(database);
    if (!identities.addRegisterEntry(marieNir, marie).ok())
        return false;
    const Result<qint64> person = identities.addPerson(marieNir, marie, true);
    if (!person)
        return false;
    Account account;
    account.personId = person.value();
    account.email = QStringLiteral("marie.lefevre@example.org");
    account.status = Account::Status::Active;
    account.passwordHash = PasswordHasher::hash(QStringLiteral("Retraite-Sereine-42"));
    if (database.write([&](QSqlDatabase& db) { return AccountRepository(db).add(account).error(); }))
        return false;
    AgentAuthService auth(database);
    const AgentSession bootstrap;
    for (const auto& [login, role] : {std::pair(QStringLiteral("alice"), Agent::Role::Agent),
                                      std::pair(QStringLiteral("sophie"), Agent::Role::Supervisor),
                                      std::pair(QStringLiteral("victor"), Agent::Role::Supervisor)}) {
        if (!auth.addAgent(bootstrap, login, login, role, agentPassword))
            return false;
    }
    f->alice = auth.signIn(QStringLiteral("alice"), agentPassword, QStringLiteral("desk-1")).value();
    f->sophie = auth.signIn(QStringLiteral("sophie"), agentPassword, QStringLiteral("desk-2")).value();
    f->victor = auth.signIn(QStringLiteral("victor"), agentPassword, QStringLiteral("desk-3")).value();
    return f->alice.isValid() && f->sophie.isValid() && f->victor.isValid();
}

// The takeover attempt of tst_emailtakeover, by session: its refused reissue asks for the approval.
qint64 refusedReissue(Database& database, const AgentSession& session)
{
    CallService calls(database);
    const Result<qint64> call = calls.startCall(session, QStringLiteral("password_not_received"));
    if (!call || !calls.lookup(session, call.value(), marieNir)
        || !calls.verify(session, call.value(), marie)->verified)
        return 0;
    HelpdeskService desk(database);
    if (!desk.changeEmail(session, call.value(), QStringLiteral("pirate@example.net")))
        return 0;
    CapturingTransport transport;
    if (!MailDispatcher(database, transport).runOnce(QDateTime::currentDateTimeUtc()))
        return 0;
    const QRegularExpression line(QStringLiteral("^Code de confirmation : (\\d{6})\\r?$"),
                                  QRegularExpression::MultilineOption);
    const QString code = line.match(transport.raw.value(0)).captured(1);
    if (!desk.confirmEmail(session, call.value(), code))
        return 0;
    const Result<ActionAnswer> reissue = desk.reissue(session, call.value(), QStringLiteral("mot de passe perdu"));
    if (reissue || reissue.error().code() != ErrorCode::ChangeWaitingPeriod)
        return 0;
    return reissue.error().context().value(QStringLiteral("approval_request")).toLongLong();
}

} // namespace

class TestReissueApprovalsPanel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void anotherSupervisorApproves_data() { TestDatabase::addEngineRows(); }
    void anotherSupervisorApproves();
    void ownRequestCannotBeApproved_data() { TestDatabase::addEngineRows(); }
    void ownRequestCannotBeApproved();
};

void TestReissueApprovalsPanel::anotherSupervisorApproves()
{
    QFETCH(QString, engine);
    GUICHET_TEST_DATABASE(db, engine);
    QVERIFY(db.migrate());
    Fixture f;
    QVERIFY(setUp(db.database(), &f));
    const qint64 request = refusedReissue(db.database(), f.alice);
    QVERIFY(request > 0);

    DatabaseWorker worker(db.database());
    SupervisorWindow window(db.database(), worker, f.victor);
    window.resize(1100, 640);
    window.show();
    ReissueApprovalsPanel* panel = window.reissueApprovalsPanel();
    QVERIFY(panel);
    window.tabWidget()->setCurrentWidget(panel);
    auto* table = panel->findChild<QTableWidget*>(QStringLiteral("reissueApprovalsTableWidget"));
    auto* approve = panel->findChild<QPushButton*>(QStringLiteral("approveReissuePushButton"));
    auto* message = panel->findChild<QLabel*>(QStringLiteral("reissueApprovalsMessageLabel"));
    QVERIFY(table && approve && message);
    QTRY_VERIFY_WITH_TIMEOUT(!panel->isBusy() && table->rowCount() == 1, Timeout);
    QCOMPARE(table->item(0, 1)->text(), QStringLiteral("alice"));
    QVERIFY(!table->item(0, 0)->text().contains(QLatin1String("055"))); // the NIR masked
    QVERIFY(!approve->isEnabled()); // nothing selected yet

    table->setFocus();
    table->selectRow(0);
    QVERIFY(approve->isEnabled());
    const QString folder = QCoreApplication::applicationDirPath() + QStringLiteral("/supervisor-screens");
    QVERIFY(QDir().mkpath(folder));
    const QString path = folder + QStringLiteral("/supervisor-approvals-%1.png").arg(engine);
    QVERIFY2(window.grab().save(path), qPrintable(path));
    qInfo("rendered %s", qPrintable(path));

    QTest::mouseClick(approve, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!panel->isBusy() && table->rowCount() == 0, Timeout);
    QVERIFY2(message->text().contains(QLatin1String("Approved")), qPrintable(message->text()));
    QVERIFY(ReissueApprovalService::approvedIn(db.database().connection().value(), 1).value());
    window.close();
}

void TestReissueApprovalsPanel::ownRequestCannotBeApproved()
{
    QFETCH(QString, engine);
    GUICHET_TEST_DATABASE(db, engine);
    QVERIFY(db.migrate());
    Fixture f;
    QVERIFY(setUp(db.database(), &f));
    QVERIFY(refusedReissue(db.database(), f.sophie) > 0);

    DatabaseWorker worker(db.database());
    ReissueApprovalsPanel panel(db.database(), worker, f.sophie);
    panel.show();
    panel.reload();
    auto* table = panel.findChild<QTableWidget*>(QStringLiteral("reissueApprovalsTableWidget"));
    auto* approve = panel.findChild<QPushButton*>(QStringLiteral("approveReissuePushButton"));
    QTRY_VERIFY_WITH_TIMEOUT(!panel.isBusy() && table->rowCount() == 1, Timeout);
    table->selectRow(0);
    QVERIFY(!approve->isEnabled());
    QVERIFY(approve->toolTip().contains(QLatin1String("another supervisor")));
    // Even if it were clicked, the model refuses: nothing is approved.
    panel.approveSelected();
    QVERIFY(!ReissueApprovalService::approvedIn(db.database().connection().value(), 1).value());

    // An agent sees the refusal in words, no list.
    ReissueApprovalsPanel agentPanel(db.database(), worker, f.alice);
    agentPanel.reload();
    auto* agentTable = agentPanel.findChild<QTableWidget*>(QStringLiteral("reissueApprovalsTableWidget"));
    auto* agentMessage = agentPanel.findChild<QLabel*>(QStringLiteral("reissueApprovalsMessageLabel"));
    QTRY_VERIFY_WITH_TIMEOUT(!agentPanel.isBusy() && !agentMessage->text().isEmpty(), Timeout);
    QCOMPARE(agentTable->rowCount(), 0);
}

QTEST_MAIN(TestReissueApprovalsPanel)
#include "tst_reissueapprovalspanel.moc"
