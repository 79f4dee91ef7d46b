// The desk's lookup window, driven like an agent would: typing, pasting, Enter, Ctrl+L; on both
// engines, with the lookup really running on the DatabaseWorker's thread.
#include "AccountLookupService.h"
#include "AccountPanel.h"
#include "AccountRepository.h"
#include "DatabaseWorker.h"
#include "ErrorText.h"
#include "LookupWindow.h"
#include "Masking.h"
#include "NirLineEdit.h"
#include "PersonRepository.h"
#include "TestDatabases.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSlider>
#include <QAbstractSpinBox>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTest>
#include <QTextEdit>

namespace {

// A locked account: 5 failed attempts.
const QString LockedNir = QStringLiteral("1 85 05 78 006 084 91");
const QString LockedEmail = QStringLiteral("jean.dupont@example.fr");
// Born in Corsica (2A), not certified, a temporary password waiting to be activated.
const QString CorsicaDigits = QStringLiteral("269052A00401228");
// Valid, but nobody has it.
const QString UnknownNir = QStringLiteral("2 91 07 75 115 123 43");

constexpr int LookupTimeout = 15000;

// What one desk needs, destroyed in the right order: the window, then the worker (it finishes
// its jobs and closes its connection), then the service. The TestDatabase is declared before it.
struct Desk
{
    explicit Desk(Database& database) : service(database), worker(database), window(service, worker)
    {
        window.resize(1000, 650);
    }

    NirLineEdit* nirLineEdit() const { return window.findChild<NirLineEdit*>(QStringLiteral("nirLineEdit")); }
    QPushButton* lookupPushButton() const { return window.findChild<QPushButton*>(QStringLiteral("lookupPushButton")); }
    QLabel* label(const QString& name) const { return window.findChild<QLabel*>(name); }
    AccountPanel* accountPanel() const { return window.findChild<AccountPanel*>(QStringLiteral("accountPanel")); }
    QStackedWidget* results() const { return window.findChild<QStackedWidget*>(QStringLiteral("resultStackedWidget")); }

    AccountLookupService service;
    DatabaseWorker worker;
    LookupWindow window;
};

void type(NirLineEdit* edit, const QString& text)
{
    edit->clear();
    QTest::keyClicks(edit, text);
}

QStringList labelTexts(const QWidget* root)
{
    QStringList texts;
    const QList<QLabel*> labels = root->findChildren<QLabel*>();
    for (const QLabel* label : labels)
        texts.append(label->text());
    return texts;
}

} // namespace

// Fetches the engine, opens a fresh migrated database on it (and seeds it), or stops the test.
#define OPEN_DATABASE(db, engine, seeded)                                                                              \
    QFETCH(QString, engine);                                                                                           \
    GUICHET_TEST_DATABASE(db, engine);                                                                                 \
    QVERIFY2(db.migrate(), qPrintable(db.errorString()));                                                              \
    if (seeded)                                                                                                        \
        seed(db.database());                                                                                           \
    if (QTest::currentTestFailed()) {                                                                                  \
        return;                                                                                                        \
    }                                                                                                                  \
    static_assert(true)

class TestLookupWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void invalidInputShowsTheReason_data();
    void invalidInputShowsTheReason();
    void pastedNumberWithSeparators_data();
    void pastedNumberWithSeparators();
    void lockedAccountInWords_data();
    void lockedAccountInWords();
    void unknownNumberIsNotFound_data();
    void unknownNumberIsNotFound();
    void answerForAnOldNumberIsDropped_data();
    void answerForAnOldNumberIsDropped();
    void ctrlLFocusesTheNumber_data();
    void ctrlLFocusesTheNumber();
    void controlsHaveAccessibleNames_data();
    void controlsHaveAccessibleNames();
    void renderWindow_data();
    void renderWindow();

    void panelStates_data();
    void panelStates();

private:
    static void seed(Database& database);
    static void lookUp(Desk& desk, const QString& text);
    static QString outputPath(const QString& name);
};

void TestLookupWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true); // QSettings and data folders away from the user's
    QCoreApplication::setOrganizationName(QStringLiteral("GuichetTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_lookupwindow"));
}

void TestLookupWindow::seed(Database& database)
{
    const Result<QSqlDatabase> connection = database.connection();
    QVERIFY2(connection.ok(), qPrintable(connection.error().detail()));
    PersonRepository persons(connection.value());
    AccountRepository accounts(connection.value());
    const QDateTime now = QDateTime::currentDateTimeUtc();

    const Result<qint64> jean = persons.add(
        Nir::parse(LockedNir),
        {QStringLiteral("Dupont"), QStringLiteral("Jean"), QDate(1985, 5, 14), QStringLiteral("Versailles")}, true,
        QStringLiteral("TEST-0001"));
    QVERIFY2(jean.ok(), qPrintable(jean.error().detail()));
    Account locked;
    locked.personId = jean.value();
    locked.email = LockedEmail;
    locked.status = Account::Status::Locked;
    locked.failedAttempts = 5;
    locked.lastFailedAt = now.addSecs(-2 * 3600);
    locked.lockedAt = locked.lastFailedAt;
    const Result<qint64> lockedId = accounts.add(locked);
    QVERIFY2(lockedId.ok(), qPrintable(lockedId.error().detail()));

    const Result<qint64> marie = persons.add(
        Nir::parse(CorsicaDigits),
        {QStringLiteral("Santoni"), QStringLiteral("Marie"), QDate(1969, 5, 2), QStringLiteral("Ajaccio")}, false);
    QVERIFY2(marie.ok(), qPrintable(marie.error().detail()));
    Account pending;
    pending.personId = marie.value();
    pending.email = QStringLiteral("marie.santoni@example.org");
    pending.status = Account::Status::PendingActivation;
    pending.tempPasswordHash = QStringLiteral("$argon2id$v=19$m=65536,t=2,p=1$dGVzdHNhbHQ$dGVzdGhhc2g");
    pending.tempPasswordIssuedAt = now.addDays(-2);
    pending.tempPasswordExpiresAt = now.addDays(13).addSecs(3600);
    const Result<qint64> pendingId = accounts.add(pending);
    QVERIFY2(pendingId.ok(), qPrintable(pendingId.error().detail()));
}

void TestLookupWindow::lookUp(Desk& desk, const QString& text)
{
    QSignalSpy finished(&desk.window, &LookupWindow::lookupFinished);
    type(desk.nirLineEdit(), text);
    QVERIFY(desk.lookupPushButton()->isEnabled());
    QTest::keyClick(desk.nirLineEdit(), Qt::Key_Return);
    // The job runs on the worker: nothing can have come back before the event loop runs.
    QVERIFY(desk.window.isLookingUp());
    QVERIFY(desk.window.findChild<QProgressBar*>(QStringLiteral("busyProgressBar"))->isVisibleTo(&desk.window));
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, LookupTimeout);
    QVERIFY(!desk.window.isLookingUp());
    QVERIFY(!desk.window.findChild<QProgressBar*>(QStringLiteral("busyProgressBar"))->isVisibleTo(&desk.window));
}

QString TestLookupWindow::outputPath(const QString& name)
{
    return QCoreApplication::applicationDirPath() + QLatin1Char('/') + name;
}

void TestLookupWindow::invalidInputShowsTheReason_data()
{
    TestDatabase::addEngineRows();
}

void TestLookupWindow::invalidInputShowsTheReason()
{
    OPEN_DATABASE(db, engine, false);
    Desk desk(db.database());
    NirLineEdit* edit = desk.nirLineEdit();
    QLabel* status = desk.label(QStringLiteral("nirStatusLabel"));
    QVERIFY(edit && status);

    // Before anything is typed: a neutral hint, and nothing to look up.
    QCOMPARE(edit->error(), Nir::Error::Empty);
    QCOMPARE(status->text(), ErrorText::nir(Nir::Error::Empty));
    QVERIFY(!desk.lookupPushButton()->isEnabled());

    const QList<std::pair<QString, Nir::Error>> cases{
        {QStringLiteral("1 85 13 78 006 084"), Nir::Error::InvalidMonth},
        {QStringLiteral("1 85 05 78 006 084 92"), Nir::Error::KeyMismatch},
        {QStringLiteral("1 85 05 7x"), Nir::Error::InvalidCharacter},
        {QStringLiteral("1 85 05 78"), Nir::Error::WrongLength},
        {QStringLiteral("5 85 05 78 006 084"), Nir::Error::InvalidSex},
        {QStringLiteral("1 85 05 78 000 084"), Nir::Error::InvalidCommune},
    };
    QSignalSpy changed(edit, &NirLineEdit::nirChanged);
    for (const auto& [input, error] : cases) {
        type(edit, input);
        QVERIFY2(changed.count() > 0, qPrintable(input));
        QCOMPARE(changed.last().at(1).value<Nir::Error>(), error);
        QCOMPARE(edit->error(), error);
        QVERIFY(edit->nir().isNull());
        QCOMPARE(status->text(), ErrorText::nir(error));
        QVERIFY2(!desk.lookupPushButton()->isEnabled(), qPrintable(input));

        // Enter does nothing with an invalid number.
        QTest::keyClick(edit, Qt::Key_Return);
        QVERIFY(!desk.window.isLookingUp());
        QCOMPARE(desk.results()->currentWidget()->objectName(), QStringLiteral("emptyPage"));
    }

    // Back to empty: the neutral hint again.
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Backspace);
    QCOMPARE(edit->error(), Nir::Error::Empty);
    QCOMPARE(status->text(), ErrorText::nir(Nir::Error::Empty));

    // And a valid one says so.
    type(edit, LockedNir);
    QCOMPARE(edit->error(), Nir::Error::None);
    QCOMPARE(status->text(), ErrorText::nir(Nir::Error::None));
    QVERIFY(desk.lookupPushButton()->isEnabled());
}

void TestLookupWindow::pastedNumberWithSeparators_data()
{
    TestDatabase::addEngineRows();
}

void TestLookupWindow::pastedNumberWithSeparators()
{
    OPEN_DATABASE(db, engine, true);
    Desk desk(db.database());
    NirLineEdit* edit = desk.nirLineEdit();

    // Dots, lower-case 2a, and the spaces a word processor puts in (no-break, narrow no-break).
    const QString pasted = QStringLiteral("\u00a02.69.05.2a. 004\u202f012 28 ");
    QApplication::clipboard()->setText(pasted);
    if (QApplication::clipboard()->text() != pasted)
        QSKIP("this platform has no clipboard");
    edit->setFocus();
    QTest::keySequence(edit, QKeySequence::Paste);
    QCOMPARE(edit->text(), pasted);
    QCOMPARE(edit->error(), Nir::Error::None);
    QCOMPARE(edit->nir().digits(), CorsicaDigits);
    QVERIFY(desk.lookupPushButton()->isEnabled());

    QSignalSpy finished(&desk.window, &LookupWindow::lookupFinished);
    QTest::mouseClick(desk.lookupPushButton(), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, LookupTimeout);
    AccountPanel* panel = desk.accountPanel();
    QCOMPARE(desk.results()->currentWidget(), panel);
    QCOMPARE(panel->findChild<QLabel*>(QStringLiteral("nirLabel"))->text(), QStringLiteral("2 69 05 2A 004 012 28"));
    QCOMPARE(panel->findChild<QLabel*>(QStringLiteral("stateLabel"))->text(),
             AccountPanel::stateTitle(Account::State::PendingActivation));
    QVERIFY(panel->findChild<QLabel*>(QStringLiteral("temporaryExpiresLabel"))->isVisibleTo(panel));
    QVERIFY(panel->findChild<QLabel*>(QStringLiteral("temporaryExpiresLabel"))->text().contains(QLatin1String("13")));
    // Not certified: the panel says why the portal refuses registration.
    const QLabel* certification = panel->findChild<QLabel*>(QStringLiteral("certificationLabel"));
    QCOMPARE(certification->text(), QStringLiteral("Not certified"));
    const QLabel* note = panel->findChild<QLabel*>(QStringLiteral("certificationNoteLabel"));
    QVERIFY(note->isVisibleTo(panel));
    QVERIFY(note->text().contains(QLatin1String("registration")));

    // Also typed in lower case, key left out: the key is computed.
    lookUp(desk, QStringLiteral("2 69 05 2a 004 012"));
    QCOMPARE(desk.results()->currentWidget(), panel);
    QCOMPARE(panel->summary()->nir.digits(), CorsicaDigits);
}

void TestLookupWindow::lockedAccountInWords_data()
{
    TestDatabase::addEngineRows();
}

void TestLookupWindow::lockedAccountInWords()
{
    OPEN_DATABASE(db, engine, true);
    Desk desk(db.database());
    lookUp(desk, LockedNir);
    if (QTest::currentTestFailed())
        return;

    AccountPanel* panel = desk.accountPanel();
    QVERIFY(panel);
    QCOMPARE(desk.results()->currentWidget(), panel);
    QVERIFY(panel->hasSummary());
    QCOMPARE(panel->summary()->state, Account::State::Locked);

    // The state in words, the attempts, the dates.
    const auto text = [panel](const char* name) {
        return panel->findChild<QLabel*>(QLatin1String(name))->text();
    };
    QCOMPARE(text("stateLabel"), AccountPanel::stateTitle(Account::State::Locked));
    QVERIFY(!panel->findChild<QLabel*>(QStringLiteral("stateIconLabel"))->pixmap().isNull());
    QVERIFY2(text("stateDetailLabel").contains(QLatin1String("5 failed")), qPrintable(text("stateDetailLabel")));
    QCOMPARE(text("failedAttemptsLabel"), QLocale().toString(5));
    QVERIFY(panel->findChild<QLabel*>(QStringLiteral("lockedSinceLabel"))->isVisibleTo(panel));
    QVERIFY(!text("lockedSinceLabel").isEmpty());
    QVERIFY(!text("lastFailedLabel").isEmpty());
    QVERIFY(!panel->findChild<QLabel*>(QStringLiteral("temporaryIssuedLabel"))->isVisibleTo(panel));
    QCOMPARE(text("nirLabel"), LockedNir);
    QCOMPARE(text("certificationLabel"), QStringLiteral("Certified"));

    // Masked: neither the e-mail address nor the names appear in any label of the panel.
    QCOMPARE(text("emailLabel"), Masking::email(LockedEmail));
    const QStringList texts = labelTexts(panel);
    for (const QString& label : texts) {
        QVERIFY2(!label.contains(LockedEmail, Qt::CaseInsensitive), qPrintable(label));
        QVERIFY2(!label.contains(QLatin1String("dupont"), Qt::CaseInsensitive), qPrintable(label));
        QVERIFY2(!label.contains(QLatin1String("example.fr"), Qt::CaseInsensitive), qPrintable(label));
        QVERIFY2(!label.contains(QLatin1String("Jean")), qPrintable(label));
    }

    // Editing the number takes the answer off the screen: it belongs to the old number.
    QTest::keyClick(desk.nirLineEdit(), Qt::Key_Backspace);
    QCOMPARE(desk.results()->currentWidget()->objectName(), QStringLiteral("emptyPage"));
    QVERIFY(!panel->hasSummary());
}

void TestLookupWindow::unknownNumberIsNotFound_data()
{
    TestDatabase::addEngineRows();
}

void TestLookupWindow::unknownNumberIsNotFound()
{
    OPEN_DATABASE(db, engine, true);
    Desk desk(db.database());
    lookUp(desk, UnknownNir);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(desk.results()->currentWidget()->objectName(), QStringLiteral("messagePage"));
    QCOMPARE(desk.label(QStringLiteral("resultLabel"))->text(), QStringLiteral("No insured person has this number."));
    QVERIFY(!desk.accountPanel()->hasSummary());
}

void TestLookupWindow::answerForAnOldNumberIsDropped_data()
{
    TestDatabase::addEngineRows();
}

void TestLookupWindow::answerForAnOldNumberIsDropped()
{
    OPEN_DATABASE(db, engine, true);
    Desk desk(db.database());
    NirLineEdit* edit = desk.nirLineEdit();
    QSignalSpy finished(&desk.window, &LookupWindow::lookupFinished);

    // Look up, then change the number before the answer is back: the answer is not shown.
    type(edit, LockedNir);
    QTest::keyClick(edit, Qt::Key_Return);
    QVERIFY(desk.window.isLookingUp());
    QTest::keyClick(edit, Qt::Key_Backspace);
    QVERIFY(!desk.window.isLookingUp());
    desk.worker.run([] {}).waitForFinished(); // the lookup has run; its notice is queued
    QTest::qWait(100);
    QCOMPARE(finished.count(), 0);
    QCOMPARE(desk.results()->currentWidget()->objectName(), QStringLiteral("emptyPage"));

    // Two lookups in a row: only the second number's answer is shown, once.
    type(edit, LockedNir);
    QTest::keyClick(edit, Qt::Key_Return);
    type(edit, UnknownNir);
    QTest::keyClick(edit, Qt::Key_Return);
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, LookupTimeout);
    desk.worker.run([] {}).waitForFinished();
    QTest::qWait(100);
    QCOMPARE(finished.count(), 1);
    QCOMPARE(desk.results()->currentWidget()->objectName(), QStringLiteral("messagePage"));

    // Enter twice on the same number: one answer on screen, the latest.
    type(edit, LockedNir);
    finished.clear();
    QTest::keyClick(edit, Qt::Key_Return);
    QTest::keyClick(edit, Qt::Key_Return);
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, LookupTimeout);
    desk.worker.run([] {}).waitForFinished();
    QTest::qWait(100);
    QCOMPARE(finished.count(), 1);
    QCOMPARE(desk.results()->currentWidget(), desk.accountPanel());
}

void TestLookupWindow::ctrlLFocusesTheNumber_data()
{
    TestDatabase::addEngineRows();
}

void TestLookupWindow::ctrlLFocusesTheNumber()
{
    OPEN_DATABASE(db, engine, false);
    Desk desk(db.database());
    desk.window.show();
    QVERIFY(QTest::qWaitForWindowActive(&desk.window));

    NirLineEdit* edit = desk.nirLineEdit();
    type(edit, LockedNir);
    desk.lookupPushButton()->setFocus();
    QTRY_VERIFY(desk.lookupPushButton()->hasFocus());
    QVERIFY(!edit->hasFocus());

    QTest::keyClick(&desk.window, Qt::Key_L, Qt::ControlModifier);
    QTRY_VERIFY(edit->hasFocus());
    QCOMPARE(edit->selectedText(), LockedNir); // ready to type the next caller's number

    // The action is in a menu, with its shortcut shown there.
    auto* action = desk.window.findChild<QAction*>(QStringLiteral("focusNirAction"));
    QVERIFY(action);
    QCOMPARE(action->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_L));
    QVERIFY(!action->associatedObjects().isEmpty());
}

void TestLookupWindow::controlsHaveAccessibleNames_data()
{
    TestDatabase::addEngineRows();
}

void TestLookupWindow::controlsHaveAccessibleNames()
{
    OPEN_DATABASE(db, engine, true);
    Desk desk(db.database());
    desk.window.show();
    lookUp(desk, LockedNir);
    if (QTest::currentTestFailed())
        return;

    int checked = 0;
    const QList<QWidget*> widgets = desk.window.findChildren<QWidget*>();
    for (QWidget* widget : widgets) {
        if (widget->objectName().startsWith(QLatin1String("qt_"))) // Qt's own parts (menu bar extension…)
            continue;
        const bool interactive = qobject_cast<QAbstractButton*>(widget) || qobject_cast<QLineEdit*>(widget)
            || qobject_cast<QComboBox*>(widget) || qobject_cast<QAbstractSpinBox*>(widget)
            || qobject_cast<QAbstractSlider*>(widget) || qobject_cast<QAbstractItemView*>(widget)
            || qobject_cast<QTextEdit*>(widget) || qobject_cast<QPlainTextEdit*>(widget);
        if (!interactive)
            continue;
        ++checked;
        QVERIFY2(!widget->accessibleName().isEmpty(),
                 qPrintable(QStringLiteral("%1 (%2) has no accessible name")
                                .arg(widget->objectName(), QLatin1String(widget->metaObject()->className()))));
    }
    QVERIFY(checked >= 2);

    // Row titles name the value beside them (the buddy relation screen readers follow).
    const QList<QLabel*> labels = desk.accountPanel()->findChildren<QLabel*>();
    for (const QLabel* label : labels) {
        if (label->objectName().endsWith(QLatin1String("TitleLabel")))
            QVERIFY2(label->buddy() != nullptr, qPrintable(label->objectName()));
    }
}

void TestLookupWindow::renderWindow_data()
{
    TestDatabase::addEngineRows();
}

void TestLookupWindow::renderWindow()
{
    OPEN_DATABASE(db, engine, true);
    Desk desk(db.database());
    desk.window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&desk.window));

    const auto save = [&](const QString& what) {
        const QString path = outputPath(QStringLiteral("lookupwindow-%1-%2.png").arg(what, engine));
        const QPixmap shot = desk.window.grab();
        QVERIFY(!shot.isNull());
        QCOMPARE(shot.size(), QSize(1000, 650));
        QVERIFY2(shot.save(path), qPrintable(path));
        qInfo("rendered %s", qPrintable(path));
    };

    save(QStringLiteral("empty"));
    type(desk.nirLineEdit(), QStringLiteral("1 85 13 78 006 084"));
    save(QStringLiteral("invalid"));
    lookUp(desk, LockedNir);
    save(QStringLiteral("locked"));
    lookUp(desk, QStringLiteral("2 69 05 2A 004 012 28"));
    save(QStringLiteral("pending"));
    lookUp(desk, UnknownNir);
    save(QStringLiteral("notfound"));
}

void TestLookupWindow::panelStates_data()
{
    QTest::addColumn<AccountSummary>("summary");
    QTest::addColumn<QString>("expect"); // a label that must be visible
    QTest::addColumn<QString>("contains"); // and part of its text

    const QDateTime now = QDateTime::currentDateTimeUtc();
    AccountSummary base;
    base.personId = 1;
    base.nir = Nir::parse(QStringLiteral("1 85 05 78 006 084 91"));
    base.displayName = Masking::name(QStringLiteral("Jean Dupont"));
    base.displayEmail = Masking::email(QStringLiteral("jean.dupont@example.fr"));
    base.certified = true;
    base.accountId = 1;

    AccountSummary active = base;
    active.state = Account::State::Active;
    active.failedAttempts = 2;
    active.lastFailedAt = now.addSecs(-600);
    QTest::newRow("active") << active << QStringLiteral("failedAttemptsLabel") << QStringLiteral("2");

    AccountSummary pending = base;
    pending.state = Account::State::PendingActivation;
    pending.temporaryIssuedAt = now.addDays(-1);
    pending.temporaryExpiresAt = now.addDays(14).addSecs(60);
    QTest::newRow("pending") << pending << QStringLiteral("temporaryExpiresLabel") << QStringLiteral("(in 14 day");

    AccountSummary lastDay = pending;
    lastDay.temporaryExpiresAt = now.addSecs(3600);
    QTest::newRow("pending-last-day") << lastDay << QStringLiteral("temporaryExpiresLabel")
                                      << QStringLiteral("less than a day");

    AccountSummary expired = base;
    expired.state = Account::State::TemporaryExpired;
    expired.temporaryIssuedAt = now.addDays(-20);
    expired.temporaryExpiresAt = now.addDays(-5);
    QTest::newRow("temporary-expired") << expired << QStringLiteral("temporaryExpiresLabel")
                                       << QStringLiteral("(expired)");

    AccountSummary none = base;
    none.state = Account::State::NoAccount;
    none.accountId = 0;
    none.displayEmail.clear();
    none.certified = false;
    none.nir = Nir::parse(QStringLiteral("7 85 05 99 216 017"));
    none.provisionalNir = true;
    QTest::newRow("no-account") << none << QStringLiteral("provisionalLabel") << QStringLiteral("Provisional");
}

void TestLookupWindow::panelStates()
{
    QFETCH(AccountSummary, summary);
    QFETCH(QString, expect);
    QFETCH(QString, contains);

    AccountPanel panel;
    panel.resize(940, 420);
    panel.setSummary(summary);
    QCOMPARE(panel.findChild<QLabel*>(QStringLiteral("stateLabel"))->text(), AccountPanel::stateTitle(summary.state));
    QVERIFY(!panel.findChild<QLabel*>(QStringLiteral("stateDetailLabel"))->text().isEmpty());
    const QLabel* label = panel.findChild<QLabel*>(expect);
    QVERIFY(label);
    QVERIFY2(label->isVisibleTo(&panel), qPrintable(expect));
    QVERIFY2(label->text().contains(contains), qPrintable(label->text()));
    QCOMPARE(panel.findChild<QGroupBox*>(QStringLiteral("accountGroupBox"))->isVisibleTo(&panel), summary.hasAccount());
    QCOMPARE(panel.findChild<QLabel*>(QStringLiteral("provisionalLabel"))->isVisibleTo(&panel), summary.provisionalNir);

    const QString path = outputPath(QStringLiteral("accountpanel-%1.png").arg(QLatin1String(QTest::currentDataTag())));
    QVERIFY(panel.grab().save(path));

    panel.clear();
    QVERIFY(!panel.hasSummary());
    const QStringList texts = labelTexts(&panel);
    for (const QString& text : texts)
        QVERIFY2(!text.contains(summary.displayName), qPrintable(text));
}

QTEST_MAIN(TestLookupWindow)
#include "tst_lookupwindow.moc"
