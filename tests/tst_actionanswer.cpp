// ActionAnswer: the typed answer of a desk action and its stored form (what the idempotency store
// keeps), including the answers stored as JSON before the answer was typed.
#include "desk/ActionAnswer.h"

#include <QTest>

Q_DECLARE_METATYPE(ActionAnswer)

class TestActionAnswer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTrip_data();
    void roundTrip();
    void readsEarlierStoredAnswers_data();
    void readsEarlierStoredAnswers();
    void unreadable_data();
    void unreadable();
};

void TestActionAnswer::roundTrip_data()
{
    QTest::addColumn<ActionAnswer>("answer");
    ActionAnswer unlock;
    unlock.action = AuditAction::Unlock;
    unlock.accountId = 41;
    unlock.version = 7;
    unlock.status = Account::Status::PendingActivation;
    QTest::newRow("unlock") << unlock;
    ActionAnswer reissue;
    reissue.action = AuditAction::Reissue;
    reissue.accountId = 41;
    reissue.version = 8;
    reissue.mailId = 9000000001;
    reissue.supersededMail = 2;
    reissue.accountLocked = false;
    QTest::newRow("reissue") << reissue;
    ActionAnswer confirm;
    confirm.action = AuditAction::EmailConfirm;
    confirm.accountId = 41;
    confirm.version = 9;
    confirm.noticeMailId = 12;
    QTest::newRow("email_confirm") << confirm;
    ActionAnswer certify;
    certify.action = AuditAction::Certify;
    certify.certificationRef = QStringLiteral("RNIPP-2026-000417");
    QTest::newRow("certify without account") << certify;
}

void TestActionAnswer::roundTrip()
{
    QFETCH(ActionAnswer, answer);
    const std::optional<ActionAnswer> back = ActionAnswer::fromStored(answer.toStored());
    QVERIFY(back);
    QVERIFY(*back == answer);
    QVERIFY(!back->replayed); // replayed is the store's to say, never stored
}

// What HelpdeskService and CertificationService stored as JSON objects before their answers were
// typed reads back as the same fields.
void TestActionAnswer::readsEarlierStoredAnswers_data()
{
    QTest::addColumn<QString>("stored");
    QTest::addColumn<ActionAnswer>("expected");
    ActionAnswer reissue;
    reissue.action = AuditAction::Reissue;
    reissue.accountId = 3;
    reissue.version = 5;
    reissue.mailId = 17;
    reissue.supersededMail = 0;
    reissue.accountLocked = true;
    QTest::newRow("reissue") << QStringLiteral(
        R"({"account_id":3,"account_locked":true,"action":"reissue","mail_id":17,)"
        R"("superseded_mail":0,"version":5})")
                             << reissue;
    ActionAnswer certify;
    certify.action = AuditAction::Certify;
    certify.accountId = 3;
    certify.certificationRef = QStringLiteral("REF-1");
    QTest::newRow("certify") << QStringLiteral(
        R"({"account_id":3,"action":"certify","certification_ref":"REF-1","certified":true})")
                             << certify;
}

void TestActionAnswer::readsEarlierStoredAnswers()
{
    QFETCH(QString, stored);
    QFETCH(ActionAnswer, expected);
    const std::optional<ActionAnswer> answer = ActionAnswer::fromStored(stored);
    QVERIFY(answer);
    QVERIFY(*answer == expected);
    QCOMPARE(answer->toStored(), stored);
}

void TestActionAnswer::unreadable_data()
{
    QTest::addColumn<QString>("stored");
    QTest::newRow("not JSON") << QStringLiteral("unlock");
    QTest::newRow("an array") << QStringLiteral("[]");
    QTest::newRow("no action") << QStringLiteral(R"({"account_id":3})");
    QTest::newRow("unknown action") << QStringLiteral(R"({"action":"format_disk"})");
    QTest::newRow("unknown status") << QStringLiteral(R"({"action":"unlock","status":"frozen"})");
}

void TestActionAnswer::unreadable()
{
    QFETCH(QString, stored);
    QVERIFY(!ActionAnswer::fromStored(stored));
}

QTEST_GUILESS_MAIN(TestActionAnswer)
#include "tst_actionanswer.moc"
