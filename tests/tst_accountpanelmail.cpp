// The desk's "Last e-mail" line (AccountPanel) for each state of the last mail, and the mail
// service's pause with the relay's reason when it holds the mail (issue F, item 5).
#include "desk/AccountPanel.h"

#include <QLabel>
#include <QLocale>
#include <QTest>
#include <QTimeZone>

namespace {

AccountSummary summaryWith(OutboxMessage::Status status, const QString& pausedReason)
{
    AccountSummary summary;
    summary.state = Account::State::PendingActivation;
    summary.accountId = 7;
    OutboxMessage mail;
    mail.kind = OutboxMessage::Kind::TemporaryPassword;
    mail.status = status;
    mail.attempts = status == OutboxMessage::Status::Queued ? 0 : 1;
    mail.createdAt = QDateTime(QDate(2026, 3, 2), QTime(9, 30), QTimeZone::utc());
    mail.sentAt = mail.createdAt.addSecs(5);
    mail.lastError
        = status == OutboxMessage::Status::Dead ? QStringLiteral("smtp: RCPT TO: 550 5.1.1 User unknown") : QString();
    summary.lastMail = mail;
    summary.mailPausedReason = pausedReason;
    return summary;
}

} // namespace

Q_DECLARE_METATYPE(OutboxMessage::Status)

class TestAccountPanelMail : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void lastMailLine_data();
    void lastMailLine();
    void newTemporaryPassword_data();
    void newTemporaryPassword();
    void pendingAddress_data();
    void pendingAddress();
};

void TestAccountPanelMail::lastMailLine_data()
{
    const QString reason
        = QStringLiteral("smtp: MAIL FROM: 553 5.7.1 <<address>>: Sender address rejected: not owned by user");
    QTest::addColumn<OutboxMessage::Status>("status");
    QTest::addColumn<QString>("pausedReason");
    QTest::addColumn<QStringList>("shown");
    QTest::addColumn<QString>("notShown");
    QTest::newRow("waiting") << OutboxMessage::Status::Queued << QString()
                             << QStringList{QStringLiteral("waiting to be sent")} << QStringLiteral("paused");
    QTest::newRow("paused") << OutboxMessage::Status::Queued << reason
                            << QStringList{QStringLiteral("delivery is paused"), QStringLiteral("553 5.7.1"),
                                           QStringLiteral("administrator")}
                            << QStringLiteral("@");
    QTest::newRow("sent") << OutboxMessage::Status::Sent << QString() << QStringList{QStringLiteral("sent on")}
                          << QStringLiteral("paused");
    QTest::newRow("dead") << OutboxMessage::Status::Dead << QString()
                          << QStringList{QStringLiteral("not delivered"), QStringLiteral("550 5.1.1")}
                          << QStringLiteral("paused");
}

void TestAccountPanelMail::lastMailLine()
{
    QFETCH(OutboxMessage::Status, status);
    QFETCH(QString, pausedReason);
    QFETCH(QStringList, shown);
    QFETCH(QString, notShown);
    AccountPanel panel;
    panel.setSummary(summaryWith(status, pausedReason), QDateTime(QDate(2026, 3, 2), QTime(10, 0), QTimeZone::utc()));
    auto* label = panel.findChild<QLabel*>(QStringLiteral("lastMailLabel"));
    QVERIFY(label);
    for (const QString& words : shown)
        QVERIFY2(label->text().contains(words), qPrintable(label->text()));
    QVERIFY2(!label->text().contains(notShown), qPrintable(label->text()));
}

// After a reissue the password on file is still the previous one until the mail leaves: the panel
// says where the new one stands (queued, sent, failed, with the time) instead of the old dates.
void TestAccountPanelMail::newTemporaryPassword_data()
{
    QTest::addColumn<int>("request"); // -1: none; else an OutboxMessage::Status
    QTest::addColumn<bool>("rowShown");
    QTest::addColumn<QString>("words");
    QTest::addColumn<bool>("oldDatesShown");
    QTest::newRow("none") << -1 << false << QString() << true;
    QTest::newRow("queued") << int(OutboxMessage::Status::Queued) << true << QStringLiteral("Queued at") << false;
    QTest::newRow("sending") << int(OutboxMessage::Status::Sending) << true << QStringLiteral("Queued at") << false;
    QTest::newRow("sent") << int(OutboxMessage::Status::Sent) << true << QStringLiteral("Sent on") << true;
    QTest::newRow("failed") << int(OutboxMessage::Status::Dead) << true << QStringLiteral("Failed") << true;
}

void TestAccountPanelMail::newTemporaryPassword()
{
    QFETCH(int, request);
    QFETCH(bool, rowShown);
    QFETCH(QString, words);
    QFETCH(bool, oldDatesShown);
    const QDateTime now(QDate(2026, 3, 2), QTime(10, 0), QTimeZone::utc());
    AccountSummary summary;
    summary.state = Account::State::PendingActivation;
    summary.accountId = 7;
    // The password on file: issued a week ago, unused.
    summary.temporaryIssuedAt = now.addDays(-7);
    summary.temporaryExpiresAt = summary.temporaryIssuedAt.addDays(15);
    if (request >= 0) {
        OutboxMessage mail;
        mail.kind = OutboxMessage::Kind::TemporaryPassword;
        mail.status = OutboxMessage::Status(request);
        mail.createdAt = now.addSecs(-120);
        mail.lastError
            = mail.status == OutboxMessage::Status::Dead ? QStringLiteral("smtp: 550 5.1.1 User unknown") : QString();
        if (mail.status == OutboxMessage::Status::Sent) {
            // The delivery made the password on file.
            mail.sentAt = now.addSecs(-60);
            summary.temporaryIssuedAt = mail.sentAt;
            summary.temporaryExpiresAt = mail.sentAt.addDays(15);
        }
        summary.temporaryPasswordMail = mail;
        summary.lastMail = mail;
    }
    AccountPanel panel;
    panel.setSummary(summary, now);
    auto* label = panel.findChild<QLabel*>(QStringLiteral("newTemporaryLabel"));
    QVERIFY(label);
    QCOMPARE(label->isVisibleTo(&panel), rowShown);
    if (rowShown) {
        QVERIFY2(label->text().startsWith(words), qPrintable(label->text()));
        // With its time.
        const QDateTime when = summary.temporaryPasswordMail->status == OutboxMessage::Status::Sent
            ? summary.temporaryPasswordMail->sentAt
            : summary.temporaryPasswordMail->createdAt;
        QVERIFY2(label->text().contains(QLocale().toString(when.toLocalTime(), QLocale::ShortFormat)),
                 qPrintable(label->text()));
    }
    QCOMPARE(panel.findChild<QLabel*>(QStringLiteral("temporaryIssuedLabel"))->isVisibleTo(&panel), oldDatesShown);
    QCOMPARE(panel.findChild<QLabel*>(QStringLiteral("temporaryExpiresLabel"))->isVisibleTo(&panel), oldDatesShown);
}

// The address awaiting its code: shown as the model gives it (masked until the caller is verified).
void TestAccountPanelMail::pendingAddress_data()
{
    QTest::addColumn<QString>("address");
    QTest::newRow("masked") << QStringLiteral("•••@•••");
    QTest::newRow("verified") << QStringLiteral("marie.nouvelle@example.org");
}

void TestAccountPanelMail::pendingAddress()
{
    QFETCH(QString, address);
    AccountSummary summary;
    summary.state = Account::State::Active;
    summary.accountId = 7;
    summary.emailChangePending = true;
    summary.displayPendingEmail = address;
    AccountPanel panel;
    panel.setSummary(summary);
    auto* label = panel.findChild<QLabel*>(QStringLiteral("emailChangeLabel"));
    QVERIFY(label);
    QVERIFY(label->isVisibleTo(&panel));
    QVERIFY2(label->text().contains(address), qPrintable(label->text()));
}

QTEST_MAIN(TestAccountPanelMail)
#include "tst_accountpanelmail.moc"
