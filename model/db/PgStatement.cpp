#include "db/PgStatement.h"

#include "db/StatementCache.h"

#include <QDate>
#include <QDateTime>
#include <QSqlDriver>
#include <QTime>
#include <QTimeZone>

#include <libpq-fe.h>

#include <vector>

namespace {

// Type OIDs (catalog/pg_type.h is a server header).
constexpr Oid BoolOid = 16;
constexpr Oid ByteaOid = 17;
constexpr Oid Int8Oid = 20;
constexpr Oid Int2Oid = 21;
constexpr Oid Int4Oid = 23;
constexpr Oid TextOid = 25;
constexpr Oid OidOid = 26;
constexpr Oid Float4Oid = 700;
constexpr Oid Float8Oid = 701;
constexpr Oid DateOid = 1082;
constexpr Oid TimeOid = 1083;
constexpr Oid TimestampOid = 1114;
constexpr Oid TimestamptzOid = 1184;
constexpr Oid TimetzOid = 1266;
constexpr Oid NumericOid = 1700;

bool isIdentifierChar(QChar c)
{
    return c.isLetterOrNumber() || c == QLatin1Char('_');
}

// One value, as libpq takes it.
struct Parameter
{
    QByteArray data;
    bool null = true;
    Oid type = 0; // 0: the server infers it from the statement, as for a quoted literal
    int format = 0; // 0 text, 1 binary
};

// As QPSQL sent them: a null QString, QByteArray, QDateTime or QDate is NULL; an instant is UTC.
Parameter toParameter(const QVariant& value)
{
    Parameter p;
    if (!value.isValid() || value.isNull())
        return p;
    switch (value.metaType().id()) {
    case QMetaType::Bool:
        p.data = value.toBool() ? "t" : "f";
        p.type = BoolOid;
        break;
    case QMetaType::QString:
        if (value.toString().isNull())
            return p;
        p.data = value.toString().toUtf8();
        break;
    case QMetaType::QByteArray:
        if (value.toByteArray().isNull())
            return p;
        p.data = value.toByteArray();
        p.type = ByteaOid;
        p.format = 1;
        break;
    case QMetaType::QDateTime: {
        const QDateTime instant = value.toDateTime();
        if (!instant.isValid())
            return p;
        p.data = instant.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzz")).toLatin1() + 'Z';
        p.type = TimestamptzOid;
        break;
    }
    case QMetaType::QDate:
        if (!value.toDate().isValid())
            return p;
        p.data = value.toDate().toString(Qt::ISODate).toLatin1();
        break;
    case QMetaType::QTime:
        if (!value.toTime().isValid())
            return p;
        p.data = value.toTime().toString(QStringLiteral("HH:mm:ss.zzz")).toLatin1();
        break;
    case QMetaType::Double:
    case QMetaType::Float:
        p.data = QByteArray::number(value.toDouble(), 'g', 17);
        break;
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::Short:
    case QMetaType::Long:
        p.data = QByteArray::number(value.toLongLong());
        break;
    case QMetaType::UInt:
    case QMetaType::ULongLong:
    case QMetaType::UShort:
    case QMetaType::ULong:
        p.data = QByteArray::number(value.toULongLong());
        break;
    default:
        p.data = value.toString().toUtf8();
        break;
    }
    p.null = false;
    return p;
}

// The type the server is told about when it cannot infer one ("$1 IS NULL" alone).
Oid explicitType(const QVariant& value)
{
    switch (value.metaType().id()) {
    case QMetaType::Bool:
        return BoolOid;
    case QMetaType::QByteArray:
        return ByteaOid;
    case QMetaType::QDateTime:
        return TimestamptzOid;
    case QMetaType::QDate:
        return DateOid;
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::Short:
    case QMetaType::Long:
    case QMetaType::UInt:
    case QMetaType::ULongLong:
    case QMetaType::UShort:
    case QMetaType::ULong:
        return Int8Oid;
    case QMetaType::Double:
    case QMetaType::Float:
        return Float8Oid;
    default:
        return TextOid;
    }
}

QMetaType typeOf(Oid oid)
{
    switch (oid) {
    case BoolOid:
        return QMetaType::fromType<bool>();
    case Int8Oid:
        return QMetaType::fromType<qlonglong>();
    case Int2Oid:
    case Int4Oid:
    case OidOid:
        return QMetaType::fromType<int>();
    case Float4Oid:
    case Float8Oid:
    case NumericOid:
        return QMetaType::fromType<double>();
    case DateOid:
        return QMetaType::fromType<QDate>();
    case TimeOid:
    case TimetzOid:
        return QMetaType::fromType<QTime>();
    case TimestampOid:
    case TimestamptzOid:
        return QMetaType::fromType<QDateTime>();
    case ByteaOid:
        return QMetaType::fromType<QByteArray>();
    default:
        return QMetaType::fromType<QString>();
    }
}

// "2026-01-02 03:04:05.123456+00" (DateStyle ISO; the session is in UTC): a UTC QDateTime with
// milliseconds. A timestamp without time zone is read as UTC as well.
QDateTime toDateTime(const char* text)
{
    QString value = QString::fromLatin1(text);
    value.replace(QLatin1Char(' '), QLatin1Char('T'));
    qsizetype zone = value.indexOf(QLatin1Char('+'), 10);
    if (zone < 0)
        zone = value.indexOf(QLatin1Char('-'), 10);
    QString offset = zone < 0 ? QStringLiteral("Z") : value.mid(zone);
    if (zone >= 0)
        value.truncate(zone);
    if (offset.size() == 3)
        offset += QLatin1String(":00");
    const qsizetype dot = value.indexOf(QLatin1Char('.'));
    if (dot >= 0)
        value = value.left(dot + 4).leftJustified(dot + 4, QLatin1Char('0'));
    else
        value += QLatin1String(".000");
    const QDateTime parsed = QDateTime::fromString(value + offset, Qt::ISODateWithMs);
    return parsed.isValid() ? parsed.toUTC() : QDateTime();
}

QVariant toVariant(Oid oid, const char* text, int length)
{
    switch (oid) {
    case BoolOid:
        return QVariant(text[0] == 't');
    case Int8Oid:
        return QVariant(QByteArray::fromRawData(text, length).toLongLong());
    case Int2Oid:
    case Int4Oid:
    case OidOid:
        return QVariant(QByteArray::fromRawData(text, length).toInt());
    case Float4Oid:
    case Float8Oid:
    case NumericOid:
        return QVariant(QByteArray::fromRawData(text, length).toDouble());
    case DateOid:
        return QVariant(QDate::fromString(QString::fromLatin1(text, length), Qt::ISODate));
    case TimeOid:
    case TimetzOid:
        return QVariant(QTime::fromString(QString::fromLatin1(text, length).left(12), Qt::ISODateWithMs));
    case TimestampOid:
    case TimestamptzOid:
        return QVariant(toDateTime(text));
    case ByteaOid: {
        size_t size = 0;
        unsigned char* bytes = PQunescapeBytea(reinterpret_cast<const unsigned char*>(text), &size);
        if (!bytes)
            return QVariant(QByteArray());
        const QByteArray value(reinterpret_cast<const char*>(bytes), static_cast<qsizetype>(size));
        PQfreemem(bytes);
        return QVariant(value);
    }
    default:
        return QVariant(QString::fromUtf8(text, length));
    }
}

pg_conn* connectionOf(const QSqlDatabase& db)
{
    const QSqlDriver* driver = db.driver();
    if (!driver || !db.isOpen())
        return nullptr;
    const QVariant handle = driver->handle();
    // Qt names it "PGconn*"; the registered, normalized name is the struct's.
    if (!handle.isValid()
        || (qstrcmp(handle.typeName(), "PGconn*") != 0 && qstrcmp(handle.typeName(), "pg_conn*") != 0))
        return nullptr;
    return *static_cast<PGconn* const*>(handle.constData());
}

QString field(const PGresult* result, int code)
{
    const char* text = result ? PQresultErrorField(result, code) : nullptr;
    return text ? QString::fromUtf8(text) : QString();
}

} // namespace

PgStatement::PgStatement(const QSqlDatabase& db) : m_db(db)
{ }

PgStatement::~PgStatement()
{
    clearResult();
}

void PgStatement::clearResult()
{
    if (m_result)
        PQclear(m_result);
    m_result = nullptr;
    m_row = -1;
    m_rows = 0;
}

QString PgStatement::translate(const QString& sql, QStringList* names)
{
    QString out;
    out.reserve(sql.size() + 8);
    const qsizetype n = sql.size();
    qsizetype i = 0;
    const auto copyUntil = [&](qsizetype end) {
        out += QStringView(sql).mid(i, end - i);
        i = end;
    };
    while (i < n) {
        const QChar c = sql.at(i);
        const QChar next = i + 1 < n ? sql.at(i + 1) : QChar();
        const bool tokenStart = i == 0 || !isIdentifierChar(sql.at(i - 1));
        if (c == QLatin1Char('\'')) {
            // A string literal ('' inside it is a quote); E'…' takes backslash escapes.
            const bool escapes = i > 0 && (sql.at(i - 1) == QLatin1Char('E') || sql.at(i - 1) == QLatin1Char('e'))
                && (i == 1 || !isIdentifierChar(sql.at(i - 2)));
            qsizetype j = i + 1;
            while (j < n) {
                if (escapes && sql.at(j) == QLatin1Char('\\')) {
                    j += 2;
                    continue;
                }
                if (sql.at(j) == QLatin1Char('\'')) {
                    if (j + 1 < n && sql.at(j + 1) == QLatin1Char('\'')) {
                        j += 2;
                        continue;
                    }
                    break;
                }
                ++j;
            }
            copyUntil(std::min(n, j + 1));
        } else if (c == QLatin1Char('"')) {
            const qsizetype end = sql.indexOf(QLatin1Char('"'), i + 1);
            copyUntil(end < 0 ? n : end + 1);
        } else if (c == QLatin1Char('-') && next == QLatin1Char('-')) {
            const qsizetype end = sql.indexOf(QLatin1Char('\n'), i);
            copyUntil(end < 0 ? n : end);
        } else if (c == QLatin1Char('/') && next == QLatin1Char('*')) {
            const qsizetype end = sql.indexOf(QLatin1String("*/"), i + 2);
            copyUntil(end < 0 ? n : end + 2);
        } else if (c == QLatin1Char('$') && tokenStart) {
            // $tag$ … $tag$ (a positional $1 is left as it is).
            qsizetype j = i + 1;
            while (j < n && (sql.at(j).isLetter() || sql.at(j) == QLatin1Char('_')))
                ++j;
            if (j < n && sql.at(j) == QLatin1Char('$')) {
                const QString tag = sql.mid(i, j - i + 1);
                const qsizetype end = sql.indexOf(tag, j + 1);
                copyUntil(end < 0 ? n : end + tag.size());
            } else {
                copyUntil(i + 1);
            }
        } else if (c == QLatin1Char(':') && next == QLatin1Char(':')) {
            copyUntil(i + 2); // a ::type cast
        } else if (c == QLatin1Char(':') && (next.isLetter() || next == QLatin1Char('_'))) {
            qsizetype j = i + 1;
            while (j < n && isIdentifierChar(sql.at(j)))
                ++j;
            const QString name = sql.mid(i, j - i);
            qsizetype index = names->indexOf(name);
            if (index < 0) {
                names->append(name);
                index = names->size() - 1;
            }
            out += QLatin1Char('$') + QString::number(index + 1);
            i = j;
        } else {
            copyUntil(i + 1);
        }
    }
    return out;
}

bool PgStatement::prepare(const QString& sql)
{
    clearResult();
    m_values.clear();
    m_error = QSqlError();
    m_sql = sql;
    m_parameters.clear();
    m_text = translate(sql, &m_parameters).toUtf8();
    m_name.clear();
    m_oneShot = false;
    m_conn = connectionOf(m_db);
    if (!m_conn)
        return failed(nullptr);
    m_generation = StatementCache::generation(m_db);
    return lookUp();
}

bool PgStatement::lookUp()
{
    StatementCache::PgPrepared prepared;
    if (StatementCache::findPg(m_db, m_sql, &prepared)) {
        m_name = prepared.name;
        return true;
    }
    return prepareOnServer(false);
}

bool PgStatement::prepareOnServer(bool typed)
{
    std::vector<Oid> types;
    for (const QString& parameter : std::as_const(m_parameters)) {
        const QVariant value = m_values.value(parameter);
        types.push_back(typed ? explicitType(value) : toParameter(value).type);
    }
    m_types = types;
    if (StatementCache::pgFull(m_db)) {
        // Not kept: parsed with its values at each exec() (PQexecParams, still out of line).
        m_name.clear();
        m_oneShot = true;
        return true;
    }
    m_oneShot = false;
    const QByteArray name = StatementCache::nextPgName(m_db);
    // At prepare() no value is bound yet: the server infers every type, except where it cannot.
    PGresult* result = PQprepare(m_conn, name.constData(), m_text.constData(), static_cast<int>(types.size()),
                                 types.empty() ? nullptr : types.data());
    if (PQresultStatus(result) != PGRES_COMMAND_OK) {
        if (!typed && field(result, PG_DIAG_SQLSTATE) == QLatin1String("42P18")
            && PQtransactionStatus(m_conn) != PQTRANS_INERROR) {
            // "could not determine data type of parameter": typed from the values at exec().
            PQclear(result);
            m_name.clear();
            return true;
        }
        return failed(result);
    }
    PQclear(result);
    StatementCache::countPrepared(m_db);
    StatementCache::addPg(m_db, m_sql, {name, m_parameters});
    m_name = name;
    return true;
}

void PgStatement::bind(const QString& placeholder, const QVariant& value)
{
    m_values.insert(placeholder, value);
}

bool PgStatement::exec()
{
    clearResult();
    m_error = QSqlError();
    m_conn = connectionOf(m_db);
    if (!m_conn)
        return failed(nullptr);
    if (const quint64 generation = StatementCache::generation(m_db); generation != m_generation) {
        // The connection was opened again since prepare(): its statements are not this session's.
        m_generation = generation;
        m_name.clear();
        if (!lookUp())
            return false;
    }
    if (m_name.isEmpty() && !m_oneShot && !prepareOnServer(true))
        return false;
    if (run())
        return true;
    // The session lost the statement (DEALLOCATE) or its result type changed under a schema
    // change: prepared again, once, unless the transaction is aborted anyway.
    const QString state = m_error.nativeErrorCode();
    if ((state == QLatin1String("26000") || state == QLatin1String("0A000"))
        && PQtransactionStatus(m_conn) == PQTRANS_IDLE) {
        StatementCache::removePg(m_db, m_sql);
        if (!prepareOnServer(false) || (m_name.isEmpty() && !m_oneShot && !prepareOnServer(true)))
            return false;
        return run();
    }
    return false;
}

bool PgStatement::run()
{
    std::vector<Parameter> parameters;
    parameters.reserve(static_cast<size_t>(m_parameters.size()));
    for (const QString& name : std::as_const(m_parameters))
        parameters.push_back(toParameter(m_values.value(name)));
    std::vector<const char*> values;
    std::vector<int> lengths;
    std::vector<int> formats;
    for (const Parameter& p : parameters) {
        values.push_back(p.null ? nullptr : p.data.constData());
        lengths.push_back(static_cast<int>(p.data.size()));
        formats.push_back(p.format);
    }
    const int count = static_cast<int>(parameters.size());
    std::vector<Oid> types = m_types;
    for (size_t i = 0; i < types.size() && i < parameters.size(); ++i) {
        if (types[i] == 0)
            types[i] = parameters[i].type;
    }
    PGresult* result = m_oneShot
        ? PQexecParams(m_conn, m_text.constData(), count, types.empty() ? nullptr : types.data(),
                       values.empty() ? nullptr : values.data(), lengths.empty() ? nullptr : lengths.data(),
                       formats.empty() ? nullptr : formats.data(), 0)
        : PQexecPrepared(m_conn, m_name.constData(), count, values.empty() ? nullptr : values.data(),
                         lengths.empty() ? nullptr : lengths.data(), formats.empty() ? nullptr : formats.data(), 0);
    const ExecStatusType status = PQresultStatus(result);
    if (status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK)
        return failed(result);
    m_result = result;
    m_rows = PQntuples(result);
    return true;
}

bool PgStatement::exec(const QString& sql)
{
    clearResult();
    m_error = QSqlError();
    m_sql = sql;
    m_name.clear();
    m_conn = connectionOf(m_db);
    if (!m_conn)
        return failed(nullptr);
    PGresult* result = PQexec(m_conn, sql.toUtf8().constData());
    const ExecStatusType status = PQresultStatus(result);
    if (status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK && status != PGRES_EMPTY_QUERY)
        return failed(result);
    m_result = result;
    m_rows = PQntuples(result);
    return true;
}

bool PgStatement::failed(pg_result* result)
{
    QString state = field(result, PG_DIAG_SQLSTATE);
    QString message = field(result, PG_DIAG_MESSAGE_PRIMARY);
    if (!m_conn) {
        state = QStringLiteral("08003"); // connection_does_not_exist
        message = QStringLiteral("no connection to the server");
    } else {
        if (message.isEmpty())
            message = QString::fromUtf8(PQerrorMessage(m_conn)).section(QLatin1Char('\n'), 0, 0).trimmed();
        if (state.isEmpty() && PQstatus(m_conn) == CONNECTION_BAD)
            state = QStringLiteral("08006"); // connection_failure
    }
    if (result)
        PQclear(result);
    m_error = QSqlError(QStringLiteral("QPSQL: Unable to create query"), message, QSqlError::StatementError, state);
    return false;
}

bool PgStatement::next()
{
    if (!m_result || m_row + 1 >= m_rows)
        return false;
    ++m_row;
    return true;
}

QVariant PgStatement::value(const QString& column) const
{
    if (!m_result || m_row < 0 || m_row >= m_rows)
        return {};
    const QByteArray quoted = QByteArray("\"") + column.toUtf8() + QByteArray("\"");
    int index = PQfnumber(m_result, quoted.constData());
    if (index < 0)
        index = PQfnumber(m_result, column.toUtf8().constData());
    if (index < 0) {
        qWarning("PgStatement::value: unknown field name '%s'", qPrintable(column));
        return {};
    }
    const Oid type = PQftype(m_result, index);
    if (PQgetisnull(m_result, m_row, index))
        return QVariant(typeOf(type));
    return toVariant(type, PQgetvalue(m_result, m_row, index), PQgetlength(m_result, m_row, index));
}

int PgStatement::numRowsAffected() const
{
    if (!m_result)
        return -1;
    return QByteArray(PQcmdTuples(m_result)).toInt();
}
