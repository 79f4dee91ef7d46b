// The desk and the supervisor's desk on the screens agents have: 1280×720, 1366×768 and 1920×1080
// at 150 % (QT_SCALE_FACTOR=1.5, 1280×720 device-independent pixels). CTest runs this test under
// Xvfb with the xcb platform once per screen (tests/CMakeLists.txt). Each window opens inside the
// screen's available area; a geometry saved on a larger screen comes back inside it; and, in every
// state and tab, in French and English, nothing is cut, outside the window or overlapping
// (LayoutChecks). Pictures of each state go to window-sizes/ in the build folder, named after the
// screen.
#include "common/WindowGeometry.h"
#include "desk/DeskController.h"
#include "desk/DeskWindow.h"
#include "desk/ScreenLock.h"
#include "supervision/SupervisorWindow.h"
#include "support/DeskFixture.h"
#include "support/LayoutChecks.h"
#include "support/TestDatabases.h"
#include "support/TestLanguage.h"
#include "support/TestSettle.h"

#include <QDir>
#include <QMainWindow>
#include <QScreen>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QTest>

namespace {

constexpr int Timeout = 10000;
using namespace DeskFixture;

// Where window is not inside the screen's available area, or an empty string.
QString offScreen(const QWidget& window)
{
    const QRect available = window.screen()->availableGeometry();
    if (available.contains(window.frameGeometry()))
        return {};
    return QStringLiteral("%1,%2 %3×%4 on %5×%6")
        .arg(window.frameGeometry().x())
        .arg(window.frameGeometry().y())
        .arg(window.frameGeometry().width())
        .arg(window.frameGeometry().height())
        .arg(available.width())
        .arg(available.height());
}

QString screenName()
{
    const QScreen* screen = QGuiApplication::primaryScreen();
    const QSize pixels = screen->geometry().size() * screen->devicePixelRatio();
    return QStringLiteral("%1x%2@%3")
        .arg(pixels.width())
        .arg(pixels.height())
        .arg(qRound(screen->devicePixelRatio() * 100));
}

QString picturePath(const QString& what, const QString& language, const QString& engine)
{
    const QString folder = QCoreApplication::applicationDirPath() + QStringLiteral("/window-sizes");
    QDir().mkpath(folder);
    return folder + QStringLiteral("/%1-%2-%3-%4.png").arg(what, screenName(), language, engine);
}

// Nothing cut in window's state (or tab), its status bar inside, and its picture saved.
void check(QMainWindow& window, const QString& state, const QString& language, const QString& engine)
{
    const QStringList problems = LayoutChecks::problems(&window);
    QVERIFY2(problems.isEmpty(), qPrintable(state + QStringLiteral(": ") + problems.join(QStringLiteral("; "))));
    QVERIFY(window.rect().contains(window.statusBar()->geometry()));
    QVERIFY(window.grab().save(picturePath(state, language, engine)));
}

void addRows()
{
    QTest::addColumn<QString>("engine");
    QTest::addColumn<QString>("language");
    for (const QString& engine : {QStringLiteral("sqlite"), QStringLiteral("postgresql")}) {
        for (const QString& language : {QStringLiteral("fr"), QStringLiteral("en")})
            QTest::newRow(qPrintable(engine + QLatin1Char(' ') + language)) << engine << language;
    }
}

} // namespace

class TestWindowSizes : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init() { QSettings().clear(); }
    void fitted_data();
    void fitted();
    void clamped_data();
    void clamped();
    void desk_data() { addRows(); }
    void desk();
    void supervisor_data() { addRows(); }
    void supervisor();
    void savedOnLargerScreen_data() { TestDatabase::addEngineRows(); }
    void savedOnLargerScreen();
};

void TestWindowSizes::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("GuichetTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_windowsizes"));
    qInfo("screen %s, available %d×%d", qPrintable(screenName()),
          QGuiApplication::primaryScreen()->availableGeometry().width(),
          QGuiApplication::primaryScreen()->availableGeometry().height());
}

void TestWindowSizes::fitted_data()
{
    QTest::addColumn<QSize>("preferred");
    QTest::addColumn<QRect>("available");
    QTest::addColumn<QSize>("expected");
    QTest::newRow("large screen") << QSize(1280, 800) << QRect(0, 0, 1920, 1050) << QSize(1280, 800);
    QTest::newRow("1280×720") << QSize(1280, 860) << QRect(0, 0, 1280, 720) << QSize(1264, 680);
    QTest::newRow("1366×768 with a panel") << QSize(1280, 860) << QRect(0, 32, 1366, 736) << QSize(1280, 696);
    QTest::newRow("150 % of 1920×1080") << QSize(1280, 860) << QRect(0, 0, 1280, 720) << QSize(1264, 680);
    QTest::newRow("tiny") << QSize(1280, 800) << QRect(0, 0, 10, 20) << QSize(1, 1);
}

void TestWindowSizes::fitted()
{
    QFETCH(QSize, preferred);
    QFETCH(QRect, available);
    QFETCH(QSize, expected);
    QCOMPARE(WindowGeometry::fitted(preferred, available), expected);
}

void TestWindowSizes::clamped_data()
{
    QTest::addColumn<QRect>("frame");
    QTest::addColumn<QRect>("available");
    QTest::addColumn<QRect>("expected");
    const QRect screen(0, 0, 1280, 720);
    QTest::newRow("inside") << QRect(10, 10, 800, 600) << screen << QRect(10, 10, 800, 600);
    QTest::newRow("too large") << QRect(0, 0, 1920, 1290) << screen << screen;
    QTest::newRow("off the right") << QRect(900, 100, 800, 600) << screen << QRect(480, 100, 800, 600);
    QTest::newRow("above the top") << QRect(100, -50, 800, 600) << screen << QRect(100, 0, 800, 600);
    QTest::newRow("second screen") << QRect(1300, 10, 800, 600) << QRect(1280, 0, 1920, 1080)
                                   << QRect(1300, 10, 800, 600);
    QTest::newRow("screen gone") << QRect(2000, 10, 800, 600) << screen << QRect(480, 10, 800, 600);
}

void TestWindowSizes::clamped()
{
    QFETCH(QRect, frame);
    QFETCH(QRect, available);
    QFETCH(QRect, expected);
    QCOMPARE(WindowGeometry::clamped(frame, available), expected);
}

void TestWindowSizes::desk()
{
    QFETCH(QString, engine);
    QFETCH(QString, language);
    GUICHET_TEST_DATABASE(db, engine);
    QVERIFY(db.migrate());
    QVERIFY(seed(db.database(), true));
    Services services(db.database());
    const Result<AgentSession> session = signInSupervisor(services);
    QVERIFY(session.ok());
    const TestLanguage translation(language);

    DeskWindow window(services.desk(), session.value());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY2(offScreen(window).isEmpty(), qPrintable(offScreen(window)));
    const auto state = [&](const QString& name) {
        QVERIFY(TestSettle::worker(services.worker));
        check(window, QStringLiteral("desk-") + name, language, engine);
    };
    state(QStringLiteral("idle"));
    DeskController* desk = window.controller();
    desk->startCall(QStringLiteral("wrong_password_locked"));
    QTRY_VERIFY_WITH_TIMEOUT(desk->inCall(), Timeout);
    desk->lookUp(MarieNir);
    QTRY_VERIFY_WITH_TIMEOUT(desk->summary().has_value() && !desk->isBusy(), Timeout);
    state(QStringLiteral("looked-up"));
    desk->verify(Marie);
    QTRY_VERIFY_WITH_TIMEOUT(desk->passIsFresh() && desk->summary()->verified && !desk->isBusy(), Timeout);
    state(QStringLiteral("verified"));
    window.screenLock()->lock();
    state(QStringLiteral("screen-locked"));
    desk->endCall(QStringLiteral("resolved"), {});
    QTRY_VERIFY_WITH_TIMEOUT(!desk->inCall(), Timeout);
}

void TestWindowSizes::supervisor()
{
    QFETCH(QString, engine);
    QFETCH(QString, language);
    GUICHET_TEST_DATABASE(db, engine);
    QVERIFY(db.migrate());
    QVERIFY(seed(db.database(), true));
    Services services(db.database());
    const Result<AgentSession> session = signInSupervisor(services);
    QVERIFY(session.ok());
    QVERIFY(endedCall(services, session.value())); // for the statistics
    const TestLanguage translation(language);

    SupervisorWindow window(db.database(), services.worker, session.value());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY2(offScreen(window).isEmpty(), qPrintable(offScreen(window)));
    const QStringList names{QStringLiteral("lockouts"), QStringLiteral("calls"), QStringLiteral("flags"),
                            QStringLiteral("audit"), QStringLiteral("approvals")};
    QCOMPARE(window.tabWidget()->count(), names.size());
    for (int tab = 0; tab < names.size(); ++tab) {
        window.tabWidget()->setCurrentIndex(tab);
        QVERIFY(TestSettle::worker(services.worker)); // the tab's answers are in
        check(window, QStringLiteral("supervisor-") + names.at(tab), language, engine);
    }
    window.close();
}

// A geometry saved on a larger screen (1920×1290) opens inside this one.
void TestWindowSizes::savedOnLargerScreen()
{
    QFETCH(QString, engine);
    GUICHET_TEST_DATABASE(db, engine);
    QVERIFY(db.migrate());
    QVERIFY(seed(db.database(), true));
    Services services(db.database());
    const Result<AgentSession> session = signInSupervisor(services);
    QVERIFY(session.ok());
    const QRect available = QGuiApplication::primaryScreen()->availableGeometry();
    {
        SupervisorWindow window(db.database(), services.worker, session.value());
        window.setGeometry(available.x() + 200, available.y() + 100, 1920, 1290);
        QCOMPARE(window.size(), QSize(1920, 1290));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.close();
    }
    QVERIFY(!QSettings().value(QStringLiteral("SupervisorWindow/geometry")).toByteArray().isEmpty());
    SupervisorWindow window(db.database(), services.worker, session.value());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY2(offScreen(window).isEmpty(), qPrintable(offScreen(window)));
    window.close();
}

QTEST_MAIN(TestWindowSizes)
#include "tst_windowsizes.moc"
