// The account panel's states, from a summary alone (no database): each state in words with the
// fact that goes with it, the masked holder nowhere in clear, and nothing left after clear().
// (The desk tests drive the panel inside whole calls.)
#include "core/Masking.h"
#include "desk/AccountPanel.h"

#include <QCoreApplication>
#include <QDir>
#include <QGroupBox>
#include <QLabel>
#include <QTest>

namespace {

QStringList labelTexts(const QWidget* root)
{
    QStringList texts;
    const QList<QLabel*> labels = root->findChildren<QLabel*>();
    for (const QLabel* label : labels)
        texts.append(label->text());
    return texts;
}

} // namespace

class TestAccountPanel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void states_data();
    void states();
    void maskedThenVerified();
};

void TestAccountPanel::states_data()
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

    AccountSummary locked = base;
    locked.state = Account::State::Locked;
    locked.failedAttempts = 5;
    locked.lastFailedAt = now.addSecs(-610);
    locked.lockedAt = now.addSecs(-600);
    QTest::newRow("locked") << locked << QStringLiteral("stateDetailLabel") << QStringLiteral("5 failed");

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

void TestAccountPanel::states()
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
    // Masked until verified: neither the address nor the names in clear, anywhere in the panel.
    for (const QString& text : labelTexts(&panel)) {
        QVERIFY2(!text.contains(QLatin1String("jean.dupont@"), Qt::CaseInsensitive), qPrintable(text));
        QVERIFY2(!text.contains(QLatin1String("Dupont")), qPrintable(text));
    }

    const QString folder = QCoreApplication::applicationDirPath() + QStringLiteral("/desk-screens");
    QVERIFY(QDir().mkpath(folder));
    QVERIFY(
        panel.grab().save(folder + QStringLiteral("/accountpanel-%1.png").arg(QLatin1String(QTest::currentDataTag()))));

    panel.clear();
    QVERIFY(!panel.hasSummary());
    for (const QString& text : labelTexts(&panel))
        QVERIFY2(!text.contains(summary.displayName), qPrintable(text));
}

// Before the caller is verified the panel shows no letter of the names and none of the address, not
// even an initial or a domain (issue I.4); after, both in clear. Rendered both ways (desk-screens/).
void TestAccountPanel::maskedThenVerified()
{
    const QString firstNames = QStringLiteral("Jean-Pierre");
    const QString lastName = QStringLiteral("Dupont");
    const QString email = QStringLiteral("jean.dupont@laposte.fr");
    AccountSummary summary;
    summary.personId = 1;
    summary.nir = Nir::parse(QStringLiteral("1 85 05 78 006 084 91"));
    summary.certified = true;
    summary.accountId = 1;
    summary.state = Account::State::Locked;
    summary.failedAttempts = 5;
    summary.lockedAt = QDateTime::currentDateTimeUtc().addSecs(-600);
    // As AccountLookupService builds it.
    summary.displayName = Masking::fullName(firstNames, lastName);
    summary.displayFirstNames = Masking::name(firstNames);
    summary.displayLastName = Masking::name(lastName);
    summary.displayEmail = Masking::email(email);

    const QString folder = QCoreApplication::applicationDirPath() + QStringLiteral("/desk-screens");
    QVERIFY(QDir().mkpath(folder));
    AccountPanel panel;
    panel.resize(940, 420);
    panel.setSummary(summary);
    const QString dots = QStringLiteral("\u2022\u2022\u2022");
    for (const QString& text : labelTexts(&panel)) {
        const QStringList hints{QStringLiteral("J") + dots, QStringLiteral("P") + dots, QStringLiteral("D") + dots,
                                QStringLiteral("j") + dots, QStringLiteral("l") + dots, QStringLiteral(".fr")};
        for (const QString& hint : hints)
            QVERIFY2(!text.contains(hint), qPrintable(text));
    }
    QVERIFY(labelTexts(&panel).contains(dots + QLatin1Char('@') + dots));
    QVERIFY(panel.grab().save(folder + QStringLiteral("/accountpanel-masked.png")));

    summary.verified = true;
    summary.displayName = firstNames + QLatin1Char(' ') + lastName;
    summary.displayFirstNames = firstNames;
    summary.displayLastName = lastName;
    summary.displayEmail = email;
    panel.setSummary(summary);
    QVERIFY(labelTexts(&panel).contains(email));
    QVERIFY(labelTexts(&panel).join(u' ').contains(lastName));
    QVERIFY(panel.grab().save(folder + QStringLiteral("/accountpanel-verified.png")));
}

QTEST_MAIN(TestAccountPanel)
#include "tst_accountpanel.moc"
