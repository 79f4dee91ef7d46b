#include "db/SqliteStatement.h"

#include "db/StatementCache.h"

#include <QDateTime>
#include <QSqlDriver>
#include <QTime>

#if GUICHET_SQLITE_DIRECT
#include <sqlite3.h>
#endif

bool SqliteStatement::isEnabled()
{
#if GUICHET_SQLITE_DIRECT
    return true;
#else
    return false;
#endif
}

#if !GUICHET_SQLITE_DIRECT

// The plugin may carry its own SQLite: SqlQuery keeps QSqlQuery and never builds a SqliteStatement.
SqlitePrepared::SqlitePrepared(sqlite3_stmt* statement) : m_statement(statement)
{ }

SqlitePrepared::~SqlitePrepared() = default;

void SqlitePrepared::finalize()
{
    m_statement = nullptr;
}

sqlite3* SqliteStatement::handle(const QSqlDatabase&)
{
    return nullptr;
}

#else

namespace {

// As QSQLite (QSqlResultPrivate::isVariantNull): a null QString, QByteArray, QDate, QTime or an
// invalid QDateTime is NULL.
bool isNull(const QVariant& value)
{
    if (value.isNull())
        return true;
    switch (value.metaType().id()) {
    case QMetaType::QString:
        return static_cast<const QString*>(value.constData())->isNull();
    case QMetaType::QByteArray:
        return static_cast<const QByteArray*>(value.constData())->isNull();
    case QMetaType::QDateTime:
        return !static_cast<const QDateTime*>(value.constData())->isValid();
    case QMetaType::QDate:
        return !static_cast<const QDate*>(value.constData())->isValid();
    case QMetaType::QTime:
        return !static_cast<const QTime*>(value.constData())->isValid();
    default:
        return false;
    }
}

int bindText(sqlite3_stmt* statement, int index, const QString& text)
{
    return sqlite3_bind_text16(statement, index, text.utf16(), static_cast<int>(text.size() * sizeof(QChar)),
                               SQLITE_TRANSIENT);
}

// As QSQLite binds: text as UTF-16, bool and int as integers, an instant as ISO-8601 text. Text and
// blobs are not copied (SQLITE_STATIC): value lives in m_values until the next exec() or release().
int bindValue(sqlite3_stmt* statement, int index, const QVariant& value)
{
    if (isNull(value))
        return sqlite3_bind_null(statement, index);
    switch (value.metaType().id()) {
    case QMetaType::QByteArray: {
        const QByteArray* bytes = static_cast<const QByteArray*>(value.constData());
        return sqlite3_bind_blob(statement, index, bytes->constData(), static_cast<int>(bytes->size()), SQLITE_STATIC);
    }
    case QMetaType::Int:
    case QMetaType::Bool:
        return sqlite3_bind_int(statement, index, value.toInt());
    case QMetaType::Double:
        return sqlite3_bind_double(statement, index, value.toDouble());
    case QMetaType::UInt:
    case QMetaType::LongLong:
        return sqlite3_bind_int64(statement, index, value.toLongLong());
    case QMetaType::QDateTime:
        return bindText(statement, index, value.toDateTime().toString(Qt::ISODateWithMs));
    case QMetaType::QTime:
        return bindText(statement, index, value.toTime().toString(QStringLiteral("hh:mm:ss.zzz")));
    case QMetaType::QString: {
        const QString* text = static_cast<const QString*>(value.constData());
        return sqlite3_bind_text16(statement, index, text->utf16(), static_cast<int>(text->size() * sizeof(QChar)),
                                   SQLITE_STATIC);
    }
    default:
        return bindText(statement, index, value.toString());
    }
}

} // namespace

SqlitePrepared::SqlitePrepared(sqlite3_stmt* statement) : m_statement(statement)
{
    const int columnCount = sqlite3_column_count(statement);
    for (int i = 0; i < columnCount; ++i) {
        // QSQLite drops double quotes from the name and QSqlRecord looks names up ignoring case.
        const QString name = QString::fromUtf8(sqlite3_column_name(statement, i)).remove(QLatin1Char('"')).toLower();
        if (!columns.contains(name))
            columns.insert(name, i);
    }
    const int parameterCount = sqlite3_bind_parameter_count(statement);
    for (int i = 1; i <= parameterCount; ++i) {
        if (const char* name = sqlite3_bind_parameter_name(statement, i))
            parameters.insert(QString::fromUtf8(name), i);
    }
}

SqlitePrepared::~SqlitePrepared()
{
    finalize();
}

void SqlitePrepared::finalize()
{
    if (m_statement)
        sqlite3_finalize(m_statement);
    m_statement = nullptr;
}

sqlite3* SqliteStatement::handle(const QSqlDatabase& db)
{
    const QSqlDriver* driver = db.driver();
    if (!driver || !db.isOpen())
        return nullptr;
    const QVariant handle = driver->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3* const*>(handle.constData());
}

#endif

SqliteStatement::SqliteStatement(const QSqlDatabase& db) : m_db(db)
{ }

SqliteStatement::~SqliteStatement()
{
    release();
}

#if GUICHET_SQLITE_DIRECT

void SqliteStatement::release()
{
    if (m_prepared) {
        if (sqlite3_stmt* statement = m_prepared->statement()) {
            sqlite3_reset(statement);
            sqlite3_clear_bindings(statement);
        }
        StatementCache::giveBackSqlite(m_db, m_sql, std::move(m_prepared), m_generation);
    }
    m_prepared.reset();
    m_values.clear();
    m_firstRowPending = false;
    m_onRow = false;
    m_active = false;
}

bool SqliteStatement::prepare(const QString& sql)
{
    release();
    m_error = QSqlError();
    m_sql = sql;
    m_handle = handle(m_db);
    if (!m_handle)
        return failed(QStringLiteral("Unable to execute statement"), SQLITE_MISUSE, QSqlError::StatementError);
    m_generation = StatementCache::generation(m_db);
    m_prepared = StatementCache::takeSqlite(m_db, sql);
    if (!m_prepared && !prepareOnConnection())
        return false;
    m_values.assign(static_cast<size_t>(sqlite3_bind_parameter_count(m_prepared->statement())), QVariant());
    return true;
}

bool SqliteStatement::prepareOnConnection()
{
    const QByteArray text = m_sql.toUtf8();
    sqlite3_stmt* statement = nullptr;
    const char* tail = nullptr;
    const int result = sqlite3_prepare_v3(m_handle, text.constData(), static_cast<int>(text.size()),
                                          SQLITE_PREPARE_PERSISTENT, &statement, &tail);
    if (result != SQLITE_OK) {
        sqlite3_finalize(statement);
        return failed(QStringLiteral("Unable to execute statement"), result, QSqlError::StatementError);
    }
    if (tail && !QByteArray(tail).trimmed().isEmpty()) {
        sqlite3_finalize(statement);
        m_error = QSqlError(QStringLiteral("Unable to execute multiple statements at a time"), QString(),
                            QSqlError::StatementError, QString::number(SQLITE_MISUSE));
        return false;
    }
    if (!statement) { // only a comment or white space: QSQLite fails at exec() as well
        return failed(QStringLiteral("Unable to execute statement"), SQLITE_MISUSE, QSqlError::StatementError);
    }
    m_prepared = std::make_shared<SqlitePrepared>(statement);
    StatementCache::addSqlite(m_db, m_prepared);
    StatementCache::countPrepared(m_db);
    return true;
}

void SqliteStatement::bind(const QString& placeholder, const QVariant& value)
{
    if (!m_prepared)
        return;
    const int index = m_prepared->parameters.value(placeholder);
    if (index > 0 && static_cast<size_t>(index) <= m_values.size())
        m_values[static_cast<size_t>(index - 1)] = value;
}

bool SqliteStatement::exec()
{
    m_error = QSqlError();
    m_firstRowPending = false;
    m_onRow = false;
    m_active = false;
    if (!m_prepared)
        return failed(QStringLiteral("Unable to execute statement"), SQLITE_MISUSE, QSqlError::StatementError);
    if (!m_prepared->statement() || StatementCache::generation(m_db) != m_generation) {
        // The connection closed or opened again since prepare(): prepared again on this session.
        std::vector<QVariant> values = std::move(m_values);
        m_prepared.reset();
        if (!prepare(m_sql))
            return false;
        if (values.size() == m_values.size())
            m_values = std::move(values);
    }
    sqlite3_stmt* statement = m_prepared->statement();
    sqlite3_reset(statement); // a failed step reset it already; its code is not this exec's
    for (size_t i = 0; i < m_values.size(); ++i) {
        const int result = bindValue(statement, static_cast<int>(i + 1), m_values[i]);
        if (result != SQLITE_OK)
            return failed(QStringLiteral("Unable to bind parameters"), result, QSqlError::StatementError);
    }
    // As QSQLite: run to the first row, so that a write is done and an error is exec()'s.
    m_active = true;
    if (!step())
        return !m_error.isValid();
    m_firstRowPending = true;
    return true;
}

// One row further: true on a row; false at the end (the statement reset, its read transaction
// over) or on an error (m_error).
bool SqliteStatement::step()
{
    sqlite3_stmt* statement = m_prepared ? m_prepared->statement() : nullptr;
    if (!statement || !m_active)
        return false;
    const int result = sqlite3_step(statement);
    if (result == SQLITE_ROW)
        return true;
    m_active = false;
    if (result == SQLITE_DONE) {
        sqlite3_reset(statement);
        return false;
    }
    failed(QStringLiteral("Unable to fetch row"), result, QSqlError::ConnectionError);
    sqlite3_reset(statement);
    return false;
}

bool SqliteStatement::next()
{
    if (m_firstRowPending) {
        m_firstRowPending = false;
        m_onRow = true;
        return true;
    }
    m_onRow = step();
    return m_onRow;
}

QVariant SqliteStatement::value(const QString& column) const
{
    if (!m_onRow || !m_prepared || !m_prepared->statement()) {
        qWarning("QSqlQuery::value: not positioned on a valid record");
        return {};
    }
    auto found = m_prepared->columns.constFind(column);
    if (found == m_prepared->columns.constEnd())
        found = m_prepared->columns.constFind(column.toLower());
    if (found == m_prepared->columns.constEnd()) {
        qWarning("QSqlQuery::value: unknown field name '%ls'", qUtf16Printable(column));
        return {};
    }
    sqlite3_stmt* statement = m_prepared->statement();
    const int index = *found;
    switch (sqlite3_column_type(statement, index)) {
    case SQLITE_INTEGER:
        return QVariant(static_cast<qlonglong>(sqlite3_column_int64(statement, index)));
    case SQLITE_FLOAT:
        return QVariant(sqlite3_column_double(statement, index));
    case SQLITE_NULL:
        return QVariant(QMetaType::fromType<QString>());
    case SQLITE_BLOB: {
        const void* bytes = sqlite3_column_blob(statement, index);
        return QVariant(QByteArray(static_cast<const char*>(bytes), sqlite3_column_bytes(statement, index)));
    }
    default: {
        const auto* text = reinterpret_cast<const char*>(sqlite3_column_text(statement, index));
        const int size = sqlite3_column_bytes(statement, index);
        return QVariant(text ? QString::fromUtf8(text, size) : QString());
    }
    }
}

int SqliteStatement::numRowsAffected() const
{
    return m_handle ? sqlite3_changes(m_handle) : -1;
}

bool SqliteStatement::failed(const QString& driverText, int code, QSqlError::ErrorType type)
{
    const QString message = m_handle ? QString::fromUtf8(sqlite3_errmsg(m_handle)) : QStringLiteral("No query");
    m_error = QSqlError(driverText, message, type, QString::number(code));
    return false;
}

#else

void SqliteStatement::release()
{ }

bool SqliteStatement::prepare(const QString&)
{
    return false;
}

void SqliteStatement::bind(const QString&, const QVariant&)
{ }

bool SqliteStatement::exec()
{
    return false;
}

bool SqliteStatement::next()
{
    return false;
}

QVariant SqliteStatement::value(const QString&) const
{
    return {};
}

int SqliteStatement::numRowsAffected() const
{
    return -1;
}

bool SqliteStatement::prepareOnConnection()
{
    return false;
}

bool SqliteStatement::step()
{
    return false;
}

bool SqliteStatement::failed(const QString&, int, QSqlError::ErrorType)
{
    return false;
}

#endif
