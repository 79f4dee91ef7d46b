#pragma once

// What tst_demoseeder and tst_demoseederruns share: reading the seeded rows, the checks on names and
// demo passwords.
#include "accounts/AccountRepository.h"
#include "agents/AgentRepository.h"
#include "audit/AuditLog.h"
#include "core/PasswordHasher.h"
#include "core/PasswordPolicy.h"
#include "core/SecretGenerator.h"
#include "db/SqlDialect.h"
#include "demo/DemoSeeder.h"
#include "identity/CivilStatus.h"
#include "identity/IdentityService.h"
#include "identity/Nir.h"
#include "support/TestDatabases.h"
#include <QHash>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStandardPaths>
#include <QTest>
#include <algorithm>
#include <tuple>

namespace DemoSeederTesting {

// A fixed "now": the data depend on it.
const QDateTime Now(QDate(2025, 3, 14), QTime(9, 30), Qt::UTC);

inline Result<DemoSeeder::Report> seed(TestDatabase& db, int accounts, quint64 seedValue = 42,
                                       const std::function<void(int, int)>& progress = {})
{
    DemoSeeder seeder(db.database());
    DemoSeeder::Options options;
    options.accounts = accounts;
    options.seed = seedValue;
    options.now = Now;
    return seeder.run(options, progress);
}

// Runs a query with positional values. On error: a warning and two bogus rows, so that scalar()
// gives -1 and the caller's check fails.
inline QList<QVariantList> rows(TestDatabase& db, const QString& sql, const QVariantList& values = {})
{
    QList<QVariantList> out;
    QSqlQuery query(db.database().connection().value());
    query.setForwardOnly(true);
    if (!query.prepare(sql)) {
        qWarning("prepare failed: %s", qPrintable(query.lastError().text()));
        return {{QStringLiteral("<error>")}, {QStringLiteral("<error>")}};
    }
    for (int i = 0; i < values.size(); ++i)
        query.bindValue(i, values.at(i));
    if (!query.exec()) {
        qWarning("exec failed: %s", qPrintable(query.lastError().text()));
        return {{QStringLiteral("<error>")}, {QStringLiteral("<error>")}};
    }
    while (query.next()) {
        QVariantList row;
        for (int i = 0; i < query.record().count(); ++i)
            row.append(query.value(i));
        out.append(row);
    }
    return out;
}

inline qint64 scalar(TestDatabase& db, const QString& sql, const QVariantList& values = {})
{
    const QList<QVariantList> result = rows(db, sql, values);
    return result.size() == 1 && result.first().size() == 1 ? result.first().first().toLongLong() : -1;
}

// For a query that counts offending rows.
inline bool none(TestDatabase& db, const QString& sql, const QVariantList& values = {})
{
    return scalar(db, sql, values) == 0;
}

inline QVariant at(TestDatabase& db, const QDateTime& instant)
{
    return db.database().dialect().toSql(instant);
}

inline bool isAscii(const QString& text)
{
    return std::all_of(text.cbegin(), text.cend(), [](QChar c) { return c.unicode() < 128; });
}

inline bool strongEnough(const QString& password)
{
    return PasswordPolicy::check(password) == PasswordPolicy::Weakness::None;
}

} // namespace DemoSeederTesting
