#pragma once

#include <QByteArray>
#include <QHash>
#include <QSqlDatabase>
#include <QSqlError>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <vector>

struct pg_conn;
struct pg_result;

// A statement on a PostgreSQL connection, run through libpq on the PGconn that QPSQL holds: a
// server-side prepared statement (prepared once per session, StatementCache) executed with its
// values out of line, so that they never appear in the statement's text nor in the server's
// statement log. The only place that includes libpq-fe.h.
//
// Values go as text (bytea as binary); results come back as QPSQL returned them (bool, int,
// qlonglong, double, QDate, QDateTime in UTC, QByteArray, QString; NULL as a null QVariant of the
// column's type). Errors carry the SQLSTATE as the native code and the primary message as text.
class PgStatement
{
public:
    explicit PgStatement(const QSqlDatabase& db);
    ~PgStatement();
    Q_DISABLE_COPY_MOVE(PgStatement)

    bool prepare(const QString& sql);
    void bind(const QString& placeholder, const QVariant& value);
    bool exec();
    // A statement without values, run as it is (DDL, SET, transaction control).
    bool exec(const QString& sql);

    bool next();
    QVariant value(const QString& column) const;
    int numRowsAffected() const;
    QSqlError lastError() const { return m_error; }

    // :name placeholders to $1..$n (string literals, quoted identifiers, comments, dollar quotes
    // and ::casts left alone); names gets the placeholder names in $n order.
    static QString translate(const QString& sql, QStringList* names);

private:
    bool lookUp();
    bool run();
    bool prepareOnServer(bool typed);
    bool failed(pg_result* result);
    void clearResult();

    QSqlDatabase m_db;
    pg_conn* m_conn = nullptr;
    pg_result* m_result = nullptr;
    int m_row = -1;
    int m_rows = 0;
    QString m_sql;
    QByteArray m_text; // translated
    QByteArray m_name;
    quint64 m_generation = 0;
    bool m_oneShot = false; // the connection keeps enough statements: run with PQexecParams
    std::vector<unsigned int> m_types; // Oid, for m_oneShot
    QStringList m_parameters;
    QHash<QString, QVariant> m_values;
    QSqlError m_error;
};
