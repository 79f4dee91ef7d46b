#include "demo/BulkInsert.h"

#include "db/SqlQuery.h"

#include <QDateTime>
#include <QSqlError>

#include <algorithm>

namespace {

QStringList splitList(const QString& list)
{
    QStringList out;
    for (const QString& part : list.split(u','))
        out.append(part.trimmed());
    return out;
}

void appendElement(QString& out, const QVariant& value)
{
    if (value.isNull()) {
        out += QLatin1String("NULL");
        return;
    }
    QString text;
    switch (value.metaType().id()) {
    case QMetaType::QDateTime:
        text = value.toDateTime().toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzzZ"));
        break;
    case QMetaType::QDate:
        text = value.toDate().toString(Qt::ISODate);
        break;
    case QMetaType::Bool:
        text = value.toBool() ? QStringLiteral("t") : QStringLiteral("f");
        break;
    default:
        text = value.toString();
        break;
    }
    out += QLatin1Char('"');
    for (const QChar c : std::as_const(text)) {
        if (c == u'"' || c == u'\\')
            out += QLatin1Char('\\');
        out += c;
    }
    out += QLatin1Char('"');
}

} // namespace

BulkInsert::BulkInsert(const QSqlDatabase& db, const SqlDialect& dialect) : m_db(db), m_dialect(dialect)
{ }

Error BulkInsert::insert(const DemoDataGenerator::Rows& rows)
{
    if (rows.values.isEmpty())
        return {};
    return m_dialect.isPostgreSql() ? insertPostgres(rows) : insertSqlite(rows);
}

QString BulkInsert::arrayLiteral(const QList<QVariant>& values, qsizetype first, qsizetype count, qsizetype stride)
{
    QString out;
    out.reserve(count * 12);
    out += QLatin1Char('{');
    for (qsizetype i = 0; i < count; ++i) {
        if (i > 0)
            out += QLatin1Char(',');
        appendElement(out, values.at(first + i * stride));
    }
    out += QLatin1Char('}');
    return out;
}

Error BulkInsert::insertSqlite(const DemoDataGenerator::Rows& table)
{
    const QList<QVariant>& values = table.values;
    const qsizetype columns = std::count(table.row.begin(), table.row.end(), '?');
    const qsizetype rows = values.size() / columns;
    const QString row = table.row;
    QSqlQuery query(m_db);
    qsizetype prepared = 0;
    for (qsizetype done = 0; done < rows;) {
        const qsizetype n = std::min(SqliteRowsPerStatement, rows - done);
        if (n != prepared) { // the full size once, the remainder once
            const QString sql = QLatin1String("INSERT INTO ") + table.table + QLatin1String(" (") + table.columns
                + QLatin1String(") VALUES ") + QStringList(n, row).join(QLatin1String(", "));
            if (!query.prepare(sql))
                return SqlQuery::toError(m_dialect, query.lastError());
            prepared = n;
        }
        const qsizetype first = done * columns;
        for (qsizetype i = 0; i < n * columns; ++i)
            query.bindValue(static_cast<int>(i), values.at(first + i));
        if (!query.exec())
            return SqlQuery::toError(m_dialect, query.lastError());
        done += n;
    }
    return {};
}

// "INSERT INTO t (a, b, c) SELECT u.c0, 'constant', u.c1 FROM unnest(CAST(? AS type_a[]),
// CAST(? AS type_c[])) AS u(c0, c1)": the row template's constants stay, each ? becomes an array.
Result<QString> BulkInsert::postgresStatement(const DemoDataGenerator::Rows& table, qsizetype* parameters)
{
    const QString key = table.table + QLatin1Char('|') + table.row;
    const QStringList columns = splitList(table.columns);
    const QStringList templateParts = splitList(QString(table.row).mid(1, table.row.size() - 2));
    if (columns.size() != templateParts.size())
        return Error(ErrorCode::DatabaseError, QStringLiteral("a row template that does not match its columns"));
    *parameters = templateParts.count(QStringLiteral("?"));
    if (const auto found = m_statements.constFind(key); found != m_statements.cend())
        return found.value();

    // The columns' types, from the catalog (the table of the connection's search path).
    QHash<QString, QString> types;
    QSqlQuery catalog(m_db);
    catalog.setForwardOnly(true);
    if (!catalog.prepare(QStringLiteral("SELECT attname, format_type(atttypid, atttypmod) FROM pg_attribute"
                                        " WHERE attrelid = CAST(CAST(? AS TEXT) AS regclass) AND attnum > 0"
                                        " AND NOT attisdropped")))
        return SqlQuery::toError(m_dialect, catalog.lastError());
    catalog.bindValue(0, QString(table.table));
    if (!catalog.exec())
        return SqlQuery::toError(m_dialect, catalog.lastError());
    while (catalog.next())
        types.insert(catalog.value(0).toString(), catalog.value(1).toString());

    QStringList select, arrays, names;
    for (qsizetype i = 0; i < columns.size(); ++i) {
        if (templateParts.at(i) != QLatin1String("?")) {
            select.append(templateParts.at(i)); // a constant of the template
            continue;
        }
        const QString type = types.value(columns.at(i));
        if (type.isEmpty())
            return Error(ErrorCode::DatabaseError,
                         QStringLiteral("no column %1 in %2").arg(columns.at(i), table.table));
        const QString name = QStringLiteral("c") + QString::number(names.size());
        names.append(name);
        select.append(QStringLiteral("u.") + name);
        arrays.append(QStringLiteral("CAST(? AS ") + type + QStringLiteral("[])")); // a type name from the catalog
    }
    const QString sql = QLatin1String("INSERT INTO ") + table.table + QLatin1String(" (") + table.columns
        + QLatin1String(") SELECT ") + select.join(QLatin1String(", ")) + QLatin1String(" FROM unnest(")
        + arrays.join(QLatin1String(", ")) + QLatin1String(") AS u(") + names.join(QLatin1String(", "))
        + QLatin1String(")");
    m_statements.insert(key, sql);
    return sql;
}

Error BulkInsert::insertPostgres(const DemoDataGenerator::Rows& table)
{
    qsizetype columns = 0;
    const Result<QString> sql = postgresStatement(table, &columns);
    if (!sql)
        return sql.error();
    const qsizetype rows = table.values.size() / columns;
    QSqlQuery query(m_db);
    if (!query.prepare(sql.value()))
        return SqlQuery::toError(m_dialect, query.lastError());
    for (qsizetype done = 0; done < rows;) {
        const qsizetype n = std::min(PostgresRowsPerStatement, rows - done);
        for (qsizetype c = 0; c < columns; ++c)
            query.bindValue(static_cast<int>(c), arrayLiteral(table.values, done * columns + c, n, columns));
        if (!query.exec())
            return SqlQuery::toError(m_dialect, query.lastError());
        done += n;
    }
    return {};
}
