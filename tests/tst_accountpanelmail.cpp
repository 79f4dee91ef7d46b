// The desk's "Last e-mail" line (AccountPanel) for each state of the last mail, and the mail
// service's pause with the relay's reason when it holds the mail (issue F, item 5).
#include "AccountPanel.h"

#include <QLabel>
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

QTEST_MAIN(TestAccountPanelMail)
#include "tst_accountpanelmail.moc"
