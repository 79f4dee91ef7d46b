// Screen readers name a combo box by its label, not by its current value: every QComboBox of the
// desk window and of the supervisor's window has an accessible name, taken from its buddy label
// (without the mnemonic's &), never equal to the text it currently shows, and that name (not the
// value) is what a screen reader gets from the accessibility interface. Both engines (the
// supervisor's window reads the database as it opens).
#include "agents/AgentAuthService.h"
#include "common/AccessibleNames.h"
#include "desk/DeskWindow.h"
#include "supervision/SupervisorWindow.h"
#include "support/DeskFixture.h"
#include "support/TestDatabases.h"
#include "support/TestSettle.h"

#include <QAccessible>
#include <QComboBox>
#include <QLabel>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>

namespace {

using namespace DeskFixture;

// "objectName: problem" for each combo box without a proper name.
QStringList unnamedCombos(QWidget& window)
{
    QStringList problems;
    const QList<QComboBox*> combos = window.findChildren<QComboBox*>();
    for (const QComboBox* combo : combos) {
        const QString name = combo->accessibleName();
        if (name.isEmpty())
            problems << combo->objectName() + QStringLiteral(": no accessible name (\"") + combo->currentText()
                    + QStringLiteral("\" would be read)");
        else if (name == combo->currentText())
            problems << combo->objectName() + QStringLiteral(": named by its value \"") + name + QLatin1Char('"');
        // What a screen reader gets: the name, not the value shown.
        QAccessibleInterface* iface = QAccessible::queryAccessibleInterface(const_cast<QComboBox*>(combo));
        if (!iface) {
            problems << combo->objectName() + QStringLiteral(": no accessible interface");
            continue;
        }
        if (iface->text(QAccessible::Name) != name)
            problems << combo->objectName() + QStringLiteral(": a screen reader hears \"")
                    + iface->text(QAccessible::Name) + QStringLiteral("\" instead of \"") + name + QLatin1Char('"');
        if (iface->text(QAccessible::Value) != combo->currentText())
            problems << combo->objectName() + QStringLiteral(": value \"") + iface->text(QAccessible::Value)
                    + QStringLiteral("\" instead of \"") + combo->currentText() + QLatin1Char('"');
        if (iface->role() != QAccessible::ComboBox || iface->childCount() < 1)
            problems << combo->objectName() + QStringLiteral(": not a combo box with its list");
    }
    return problems;
}

} // namespace

class TestAccessibleNames : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void fromLabelText_data();
    void fromLabelText();
    void everyComboIsNamed_data() { TestDatabase::addEngineRows(); }
    void everyComboIsNamed();
};

void TestAccessibleNames::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("GuichetTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_accessiblenames"));
    QSettings().clear();
}

void TestAccessibleNames::fromLabelText_data()
{
    QTest::addColumn<QString>("label");
    QTest::addColumn<QString>("name");
    QTest::newRow("mnemonic and colon") << QStringLiteral("Unlocked &by:") << QStringLiteral("Unlocked by");
    QTest::newRow("French colon") << QStringLiteral("&État\u00a0:") << QStringLiteral("État");
    QTest::newRow("literal ampersand") << QStringLiteral("R&&D &team:") << QStringLiteral("R&D team");
    QTest::newRow("plain") << QStringLiteral("Period") << QStringLiteral("Period");
}

void TestAccessibleNames::fromLabelText()
{
    QFETCH(QString, label);
    QFETCH(QString, name);
    QCOMPARE(AccessibleNames::fromLabelText(label), name);
}

void TestAccessibleNames::everyComboIsNamed()
{
    QFETCH(QString, engine);
    GUICHET_TEST_DATABASE(db, engine);
    QVERIFY(db.migrate());
    QVERIFY(seed(db.database(), true));
    Services services(db.database());
    const Result<AgentSession> session
        = services.auth.signIn(QStringLiteral("sophie"), Password, AgentAuthService::workstationName());
    QVERIFY(session.ok());

    DeskWindow desk(services.desk(), session.value());
    desk.show();
    QVERIFY(QTest::qWaitForWindowExposed(&desk));
    QVERIFY(!desk.findChildren<QComboBox*>().isEmpty());
    QVERIFY2(unnamedCombos(desk).isEmpty(), qPrintable(unnamedCombos(desk).join(u'\n')));

    SupervisorWindow supervision(db.database(), services.worker, session.value());
    supervision.show();
    QVERIFY(QTest::qWaitForWindowExposed(&supervision));
    QVERIFY(TestSettle::worker(services.worker)); // the panels' first answers fill their combo boxes
    QVERIFY(supervision.findChildren<QComboBox*>().size() >= 4);
    QVERIFY2(unnamedCombos(supervision).isEmpty(), qPrintable(unnamedCombos(supervision).join(u'\n')));

    // The lockouts' filters, named by their labels.
    auto* unlockedBy = supervision.findChild<QComboBox*>(QStringLiteral("unlockedByComboBox"));
    QVERIFY(unlockedBy);
    const QList<QLabel*> labels = supervision.findChildren<QLabel*>();
    for (const QLabel* label : labels) {
        if (label->buddy() == unlockedBy)
            QCOMPARE(unlockedBy->accessibleName(), AccessibleNames::fromLabelText(label->text()));
    }
}

QTEST_MAIN(TestAccessibleNames)
#include "tst_accessiblenames.moc"
