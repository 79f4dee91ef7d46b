// The desk as a person looks at it: the sign-in, the main window (idle; a locked account; a
// verified caller; the lock screen) and each dialog, in French and in English, at 1280×800. Each
// screen is checked the way a person would (LayoutChecks: no text wider than its label or button,
// nothing outside the window, no two controls on top of each other) and its picture written into
// desk-screens/ in the build folder. tst_windowsizes checks both windows the same way on 1280×720,
// 1366×768 and 1920×1080 at 150 %.
#include "accounts/AccountRepository.h"
#include "agents/AgentAuthService.h"
#include "common/SignInDialog.h"
#include "db/DatabaseWorker.h"
#include "db/SqlQuery.h"
#include "desk/ActionsPanel.h"
#include "desk/CallBar.h"
#include "desk/CallService.h"
#include "desk/CallerPanel.h"
#include "desk/CertificationService.h"
#include "desk/DeskController.h"
#include "desk/DeskWindow.h"
#include "desk/EndCallDialog.h"
#include "desk/HelpdeskService.h"
#include "desk/ReasonDialog.h"
#include "desk/ScreenLock.h"
#include "desk/ShortcutsDialog.h"
#include "identity/IdentityService.h"
#include "support/DeskFixture.h"
#include "support/LayoutChecks.h"
#include "support/TestDatabases.h"
#include "support/TestLanguage.h"
#include "support/TestSettle.h"

#include <QApplication>
#include <QDir>
#include <QLineEdit>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>

namespace {

constexpr int Timeout = 10000;
using namespace DeskFixture;

QString outputPath(const QString& name)
{
    const QString folder = QCoreApplication::applicationDirPath() + QStringLiteral("/desk-screens");
    QDir().mkpath(folder);
    return folder + QLatin1Char('/') + name;
}

} // namespace

class TestDeskRender : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("GuichetTests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_deskrender"));
        QSettings().clear();
    }
    void render_data() { TestDatabase::addEngineRows(); }
    void render();
};

void TestDeskRender::render()
{
    QFETCH(QString, engine);
    GUICHET_TEST_DATABASE(db, engine);
    QVERIFY(db.migrate());
    QVERIFY(seed(db.database(), true));
    Services services(db.database());
    const Result<AgentSession> session = signInSupervisor(services);
    QVERIFY(session.ok());
    QVERIFY(endedCall(services, session.value())); // an earlier call, for the table

    for (const QString& language : {QStringLiteral("fr"), QStringLiteral("en")}) {
        const TestLanguage translation(language);
        // Saved (once its answers are in), then checked.
        const auto save = [&](QWidget* widget, const QString& what) {
            QVERIFY(TestSettle::worker(services.worker));
            const QString path = outputPath(QStringLiteral("desk-%1-%2-%3.png").arg(what, language, engine));
            QVERIFY2(widget->grab().save(path), qPrintable(path));
            qInfo("rendered %s", qPrintable(path));
            const QStringList problems = LayoutChecks::problems(widget);
            QVERIFY2(problems.isEmpty(),
                     qPrintable(what + QLatin1Char(' ') + language + QStringLiteral(": ")
                                + problems.join(QStringLiteral("; "))));
        };

        SignInDialog signIn(services.auth, services.worker);
        signIn.show();
        QVERIFY(QTest::qWaitForWindowExposed(&signIn));
        save(&signIn, QStringLiteral("signin"));
        signIn.close();

        DeskWindow window(services.desk(), session.value());
        window.resize(1280, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCOMPARE(window.size(), QSize(1280, 800));
        DeskController* desk = window.controller();
        save(&window, QStringLiteral("idle"));
        desk->startCall(QStringLiteral("wrong_password_locked"));
        QTRY_VERIFY_WITH_TIMEOUT(desk->inCall(), Timeout);
        desk->lookUp(MarieNir);
        QTRY_VERIFY_WITH_TIMEOUT(desk->summary().has_value() && !desk->isBusy(), Timeout);
        save(&window, QStringLiteral("locked-account"));

        desk->verify(Marie);
        QTRY_VERIFY_WITH_TIMEOUT(desk->passIsFresh() && desk->summary()->verified && !desk->isBusy(), Timeout);
        save(&window, QStringLiteral("verified"));

        window.actionsPanel()->trigger(DeskController::Action::Unlock);
        QTRY_VERIFY(window.actionsPanel()->reasonDialog() && window.actionsPanel()->reasonDialog()->isVisible());
        save(window.actionsPanel()->reasonDialog(), QStringLiteral("reason-dialog"));
        window.actionsPanel()->reasonDialog()->reject();

        window.actionsPanel()->trigger(DeskController::Action::Reissue);
        QTRY_VERIFY(window.actionsPanel()->reasonDialog() && window.actionsPanel()->reasonDialog()->isVisible());
        window.actionsPanel()->reasonDialog()->findChild<QLineEdit*>()->setText(QStringLiteral("x"));
        save(window.actionsPanel()->reasonDialog(), QStringLiteral("reason-dialog-problem"));
        window.actionsPanel()->reasonDialog()->reject();

        window.callBar()->requestEndCall();
        QTRY_VERIFY(window.callBar()->endCallDialog() && window.callBar()->endCallDialog()->isVisible());
        save(window.callBar()->endCallDialog(), QStringLiteral("endcall-dialog"));
        window.callBar()->endCallDialog()->reject();

        window.showShortcuts();
        QTRY_VERIFY(window.shortcutsDialog() && window.shortcutsDialog()->isVisible());
        save(window.shortcutsDialog(), QStringLiteral("shortcuts-dialog"));
        window.shortcutsDialog()->reject();

        window.screenLock()->lock();
        save(&window, QStringLiteral("screen-locked"));
        desk->endCall(QStringLiteral("resolved"), {});
        QTRY_VERIFY_WITH_TIMEOUT(!desk->inCall(), Timeout);
    }
}

QTEST_MAIN(TestDeskRender)
#include "tst_deskrender.moc"
