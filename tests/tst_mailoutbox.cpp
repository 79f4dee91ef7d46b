// MailOutbox's statements on an account with a long mail history: superseding the queued mail of a
// kind (every reissue and address change does it, in the desk's transaction) reads the queued mail
// through its own index (migration 014), not every mail the account ever had. Both engines.
#include "db/SqlQuery.h"
#include "mail/MailOutbox.h"
#include "support/TestAccounts.h"
#include "support/TestDatabases.h"

#include <QStandardPaths>
#include <QTest>

class TestMailOutbox : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void supersedeReadsOnlyQueuedMail_data() { TestDatabase::addEngineRows(); }
    void supersedeReadsOnlyQueuedMail();
};

void TestMailOutbox::supersedeReadsOnlyQueuedMail()
{
    QFETCH(QString, engine);
    GUICHET_TEST_DATABASE(test, engine);
    QVERIFY(test.migrate());
    const qint64 accountId = TestAccounts::addAccount(test.database(), 1);
    QVERIFY(accountId > 0);
    Result<QSqlDatabase> db = test.database().connection();
    QVERIFY(db);
    MailOutbox outbox(db.value());
    // Years of reissues: 600 mails, each superseded by the next, then another account's.
    qint64 last = 0;
    for (int i = 0; i < 600; ++i) {
        const Result<qint64> queued
            = outbox.enqueue(accountId, OutboxMessage::Kind::TemporaryPassword, QStringLiteral("a@example.org"));
        QVERIFY(queued);
        const Result<int> superseded
            = outbox.supersedeQueued(accountId, OutboxMessage::Kind::TemporaryPassword, queued.value());
        QVERIFY(superseded);
        QCOMPARE(superseded.value(), i == 0 ? 0 : 1);
        last = queued.value();
    }
    SqlQuery analyze(db.value());
    QVERIFY(!analyze.exec(QStringLiteral("ANALYZE")));

    const bool postgresql = test.database().dialect().isPostgreSql();
    SqlQuery plan(db.value());
    QVERIFY(!plan.prepare(
        (postgresql ? QStringLiteral("EXPLAIN ") : QStringLiteral("EXPLAIN QUERY PLAN "))
        + QStringLiteral("UPDATE mail_outbox SET status = 'dead' WHERE account_id = :account_id AND kind = :kind AND"
                         " status = 'queued' AND id < :newer")));
    plan.bind(QStringLiteral(":account_id"), accountId);
    plan.bind(QStringLiteral(":kind"), OutboxMessage::kindName(OutboxMessage::Kind::TemporaryPassword));
    plan.bind(QStringLiteral(":newer"), last + 1);
    QVERIFY(!plan.exec());
    QString text;
    while (plan.next())
        text += plan.value(postgresql ? QStringLiteral("QUERY PLAN") : QStringLiteral("detail")).toString()
            + QLatin1Char('\n');
    QVERIFY2(text.contains(QStringLiteral("mail_outbox_queued_idx")), qPrintable(text));
}

QTEST_GUILESS_MAIN(TestMailOutbox)
#include "tst_mailoutbox.moc"
