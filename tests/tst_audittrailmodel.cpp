// AuditTrailModel on both engines, under QAbstractItemModelTester: lazy pages to the end, filters.
#include "AgentRepository.h"
#include "AuditTrailModel.h"
#include "TestAgents.h"
#include "TestDatabases.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

#include <limits>

namespace {

const QString fakeHash = QStringLiteral("$argon2id$v=19$m=65536,t=2,p=1$c2FsdHNhbHQ$aGFzaGhhc2g");

using TestAgents::addAgent;

// Events through AuditLog, as the services write them.
bool append(Database& database, const AgentSession& session, const QString& action, int count)
{
    return !database.write([&](QSqlDatabase& db) -> Error {
        AuditLog log(db);
        for (int i = 0; i < count; ++i) {
            if (Error error
                = log.append(session.auditEntry(action, 0, 0, QStringLiteral("ok"), QStringLiteral("n°%1").arg(i)))
                      .error())
                return error;
        }
        return {};
    });
}

int fetchAll(AuditTrailModel& model)
{
    int fetches = 0;
    while (model.canFetchMore({}) && fetches < 1000) {
        model.fetchMore({});
        ++fetches;
    }
    return fetches;
}

} // namespace

class TestAuditTrailModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void fetchesPagesToTheEnd_data() { TestDatabase::addEngineRows(); }
    void fetchesPagesToTheEnd();
    void agentGetsNothing_data() { TestDatabase::addEngineRows(); }
    void agentGetsNothing();
};

void TestAuditTrailModel::fetchesPagesToTheEnd()
{
    QFETCH(QString, engine);
    GUICHET_TEST_DATABASE(db, engine);
    QVERIFY(db.migrate());
    Database& database = db.database();
    const AgentSession alice = addAgent(database, QStringLiteral("alice"));
    const AgentSession bruno = addAgent(database, QStringLiteral("bruno"));
    const AgentSession sophie = addAgent(database, QStringLiteral("sophie"), Agent::Role::Supervisor);
    QVERIFY(append(database, alice, QStringLiteral("lookup"), 14));
    QVERIFY(append(database, bruno, QStringLiteral("reissue"), 9));

    AuditTrailModel model(database, sophie);
    model.setPageSize(5);
    // The tester itself fetches pages as it checks the model (when it starts, after each change).
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(model.rowCount() < 23);
    QCOMPARE(model.rowCount() % 5, 0);
    QCOMPARE(model.columnCount(), int(AuditTrailModel::ColumnCount));
    for (int column = 0; column < model.columnCount(); ++column)
        QVERIFY(!model.headerData(column, Qt::Horizontal).toString().isEmpty());
    QVERIFY(model.canFetchMore({}));

    fetchAll(model);
    QCOMPARE(model.rowCount(), 23);
    QVERIFY(!model.canFetchMore({}));
    QVERIFY(!model.lastError());
    // Newest first: bruno's reissues came last.
    QCOMPARE(model.data(model.index(0, AuditTrailModel::AgentColumn)).toString(), QStringLiteral("bruno"));
    QCOMPARE(model.data(model.index(0, AuditTrailModel::ActionColumn)).toString(), QStringLiteral("reissue"));
    QCOMPARE(model.data(model.index(22, AuditTrailModel::AgentColumn)).toString(), QStringLiteral("alice"));
    QCOMPARE(model.data(model.index(22, AuditTrailModel::ReasonColumn)).toString(), QStringLiteral("n°0"));
    QCOMPARE(model.data(model.index(0, AuditTrailModel::OutcomeColumn)).toString(), QStringLiteral("ok"));
    QVERIFY(!model.data(model.index(0, AuditTrailModel::TimeColumn)).toString().isEmpty());
    QVERIFY(model.data(model.index(0, 0), AuditTrailModel::InstantRole).toDateTime().isValid());
    qint64 previousId = std::numeric_limits<qint64>::max();
    for (int row = 0; row < model.rowCount(); ++row) {
        const qint64 id = model.data(model.index(row, 0), AuditTrailModel::EventIdRole).toLongLong();
        QVERIFY(id < previousId); // no duplicate, newest first (one clock: ids follow time)
        previousId = id;
    }

    // A filter starts again from nothing.
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    AuditTrail::Filter byAgent;
    byAgent.agentId = alice.agentId;
    model.setFilter(byAgent);
    QCOMPARE(reset.count(), 1);
    QCOMPARE(model.rowCount() % 5, 0);
    fetchAll(model);
    QCOMPARE(model.rowCount(), 14);
    for (int row = 0; row < model.rowCount(); ++row)
        QCOMPARE(model.data(model.index(row, AuditTrailModel::AgentColumn)).toString(), QStringLiteral("alice"));

    AuditTrail::Filter nothing;
    nothing.action = QStringLiteral("certify");
    model.setFilter(nothing);
    fetchAll(model);
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(!model.canFetchMore({}));
}

void TestAuditTrailModel::agentGetsNothing()
{
    QFETCH(QString, engine);
    GUICHET_TEST_DATABASE(db, engine);
    QVERIFY(db.migrate());
    const AgentSession alice = addAgent(db.database(), QStringLiteral("alice"));
    QVERIFY(append(db.database(), alice, QStringLiteral("lookup"), 3));
    AuditTrailModel model(db.database(), alice);
    QSignalSpy failed(&model, &AuditTrailModel::fetchFailed);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    fetchAll(model);
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(failed.count(), 1);
    QCOMPARE(model.lastError().code(), ErrorCode::Forbidden);
    QVERIFY(!model.canFetchMore({}));
}

QTEST_GUILESS_MAIN(TestAuditTrailModel)
#include "tst_audittrailmodel.moc"
