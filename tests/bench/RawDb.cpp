#include "RawDb.h"

#include <libpq-fe.h>
#include <sqlite3.h>

#include <algorithm>
#include <cstring>

namespace {

// ? placeholders as libpq's $1, $2… (the bench's statements have no ? inside a literal).
std::string dollarPlaceholders(const std::string& sql)
{
    std::string numbered;
    int n = 0;
    for (const char c : sql) {
        if (c == '?')
            numbered += "$" + std::to_string(++n);
        else
            numbered += c;
    }
    return numbered;
}

// Values as libpq's text parameters (*texts owns the integers' text; nullptr is NULL).
void textValues(const std::vector<RawDb::Value>& values, std::vector<std::string>* texts,
                std::vector<const char*>* pointers)
{
    texts->assign(values.size(), std::string());
    pointers->assign(values.size(), nullptr);
    for (std::size_t i = 0; i < values.size(); ++i) {
        if (const auto* v = std::get_if<std::int64_t>(&values[i])) {
            (*texts)[i] = std::to_string(*v);
            (*pointers)[i] = (*texts)[i].c_str();
        } else if (const auto* s = std::get_if<std::string>(&values[i])) {
            (*pointers)[i] = s->c_str();
        }
    }
}

class RawSqlite final : public RawDb
{
public:
    ~RawSqlite() override
    {
        for (sqlite3_stmt* statement : m_statements)
            sqlite3_finalize(statement);
        sqlite3_close(m_db);
    }

    bool open(const std::string& path)
    {
        if (sqlite3_open_v2(path.c_str(), &m_db, SQLITE_OPEN_READWRITE, nullptr) != SQLITE_OK) {
            m_error = m_db ? sqlite3_errmsg(m_db) : "cannot open";
            return false;
        }
        sqlite3_busy_timeout(m_db, 5000);
        // What the model's connections set (model/db/Database.cpp).
        return exec("PRAGMA journal_mode = WAL") && exec("PRAGMA synchronous = NORMAL")
            && exec("PRAGMA foreign_keys = ON");
    }

    bool isPostgreSql() const override { return false; }
    std::string version() override { return std::string("SQLite ") + sqlite3_libversion(); }

    int prepare(const std::string& sql) override
    {
        sqlite3_stmt* statement = nullptr;
        if (sqlite3_prepare_v2(m_db, sql.c_str(), static_cast<int>(sql.size()), &statement, nullptr) != SQLITE_OK) {
            m_error = sqlite3_errmsg(m_db);
            return -1;
        }
        m_statements.push_back(statement);
        return static_cast<int>(m_statements.size()) - 1;
    }

    int run(int index, const std::vector<Value>& values, Value* first, Row* firstRow) override
    {
        sqlite3_stmt* statement = m_statements.at(static_cast<std::size_t>(index));
        sqlite3_reset(statement);
        sqlite3_clear_bindings(statement);
        for (std::size_t i = 0; i < values.size(); ++i)
            bind(statement, static_cast<int>(i) + 1, values[i]);
        int rows = 0;
        for (;;) {
            const int step = sqlite3_step(statement);
            if (step == SQLITE_DONE)
                break;
            if (step != SQLITE_ROW) {
                m_error = sqlite3_errmsg(m_db);
                sqlite3_reset(statement);
                return -1;
            }
            const int columns = sqlite3_column_count(statement);
            for (int c = 0; c < columns; ++c) {
                const unsigned char* text = sqlite3_column_text(statement, c); // read it, as a driver does
                if (rows == 0 && firstRow)
                    firstRow->push_back(text ? std::optional<std::string>(reinterpret_cast<const char*>(text))
                                             : std::nullopt);
                if (rows == 0 && c == 0 && first) {
                    if (sqlite3_column_type(statement, 0) == SQLITE_INTEGER)
                        *first = std::int64_t(sqlite3_column_int64(statement, 0));
                    else if (text)
                        *first = std::string(reinterpret_cast<const char*>(text));
                    else
                        *first = std::monostate();
                }
            }
            ++rows;
        }
        sqlite3_reset(statement);
        return rows;
    }

    bool exec(const std::string& sql) override
    {
        char* message = nullptr;
        if (sqlite3_exec(m_db, sql.c_str(), nullptr, nullptr, &message) != SQLITE_OK) {
            m_error = message ? message : "exec failed";
            sqlite3_free(message);
            return false;
        }
        return true;
    }

    bool bulkLoad(const std::string& table, const std::vector<std::string>& columns,
                  const std::vector<Row>& rows) override
    {
        constexpr std::size_t PerStatement = 100;
        std::string head = "INSERT INTO " + quoted(table) + " (";
        std::string tuple = "(";
        for (std::size_t c = 0; c < columns.size(); ++c) {
            head += (c ? ", " : "") + quoted(columns[c]);
            tuple += c ? ", ?" : "?";
        }
        head += ") VALUES ";
        tuple += ")";
        const auto statementFor = [&](std::size_t count) {
            std::string sql = head;
            for (std::size_t r = 0; r < count; ++r)
                sql += (r ? ", " : "") + tuple;
            return sql;
        };
        if (!exec("BEGIN IMMEDIATE"))
            return false;
        int full = -1;
        for (std::size_t start = 0; start < rows.size(); start += PerStatement) {
            const std::size_t count = std::min(PerStatement, rows.size() - start);
            int statement = count == PerStatement ? full : -1;
            if (statement < 0) {
                statement = prepare(statementFor(count));
                if (statement < 0) {
                    exec("ROLLBACK");
                    return false;
                }
                if (count == PerStatement)
                    full = statement;
            }
            sqlite3_stmt* s = m_statements.at(static_cast<std::size_t>(statement));
            sqlite3_reset(s);
            int n = 1;
            for (std::size_t r = start; r < start + count; ++r) {
                for (const std::optional<std::string>& value : rows[r]) {
                    if (value)
                        sqlite3_bind_text(s, n++, value->data(), static_cast<int>(value->size()), SQLITE_STATIC);
                    else
                        sqlite3_bind_null(s, n++);
                }
            }
            if (sqlite3_step(s) != SQLITE_DONE) {
                m_error = table + ": " + sqlite3_errmsg(m_db);
                sqlite3_reset(s);
                exec("ROLLBACK");
                return false;
            }
            sqlite3_reset(s);
        }
        return exec("COMMIT");
    }

    bool fetchAll(const std::string& sql, const std::vector<Value>& values, std::vector<Row>* rows,
                  std::vector<std::string>* columns) override
    {
        sqlite3_stmt* s = nullptr;
        if (sqlite3_prepare_v2(m_db, sql.c_str(), -1, &s, nullptr) != SQLITE_OK) {
            m_error = sqlite3_errmsg(m_db);
            return false;
        }
        for (std::size_t i = 0; i < values.size(); ++i)
            bind(s, static_cast<int>(i) + 1, values[i]);
        const int count = sqlite3_column_count(s);
        columns->clear();
        for (int c = 0; c < count; ++c)
            columns->push_back(sqlite3_column_name(s, c));
        int step = 0;
        while ((step = sqlite3_step(s)) == SQLITE_ROW) {
            Row row;
            row.reserve(static_cast<std::size_t>(count));
            for (int c = 0; c < count; ++c) {
                const unsigned char* text = sqlite3_column_text(s, c);
                if (text)
                    row.emplace_back(std::string(reinterpret_cast<const char*>(text),
                                                 static_cast<std::size_t>(sqlite3_column_bytes(s, c))));
                else
                    row.emplace_back(std::nullopt);
            }
            rows->push_back(std::move(row));
        }
        const bool ok = step == SQLITE_DONE;
        if (!ok)
            m_error = sqlite3_errmsg(m_db);
        sqlite3_finalize(s);
        return ok;
    }

private:
    static void bind(sqlite3_stmt* statement, int n, const Value& value)
    {
        if (const auto* i = std::get_if<std::int64_t>(&value))
            sqlite3_bind_int64(statement, n, *i);
        else if (const auto* s = std::get_if<std::string>(&value))
            sqlite3_bind_text(statement, n, s->data(), static_cast<int>(s->size()), SQLITE_TRANSIENT);
        else
            sqlite3_bind_null(statement, n);
    }

    sqlite3* m_db = nullptr;
    std::vector<sqlite3_stmt*> m_statements;
};

class RawPostgreSql final : public RawDb
{
public:
    ~RawPostgreSql() override { PQfinish(m_conn); }

    bool open(const std::string& url)
    {
        m_conn = PQconnectdb(url.c_str());
        if (PQstatus(m_conn) != CONNECTION_OK) {
            m_error = PQerrorMessage(m_conn);
            return false;
        }
        PQsetNoticeProcessor(
            m_conn, [](void*, const char*) {}, nullptr); // DROP … IF EXISTS says "skipping"
        return true;
    }

    bool isPostgreSql() const override { return true; }
    std::string version() override
    {
        const int v = PQserverVersion(m_conn);
        return "PostgreSQL " + std::to_string(v / 10000) + "." + std::to_string(v % 10000) + " (libpq "
            + std::to_string(PQlibVersion() / 10000) + ")";
    }

    int prepare(const std::string& sql) override
    {
        const int n = static_cast<int>(std::count(sql.begin(), sql.end(), '?'));
        const std::string name = "raw" + std::to_string(m_counts.size());
        PGresult* result = PQprepare(m_conn, name.c_str(), dollarPlaceholders(sql).c_str(), n, nullptr);
        const bool ok = PQresultStatus(result) == PGRES_COMMAND_OK;
        if (!ok)
            m_error = PQresultErrorMessage(result);
        PQclear(result);
        if (!ok)
            return -1;
        m_counts.push_back(n);
        return static_cast<int>(m_counts.size()) - 1;
    }

    int run(int index, const std::vector<Value>& values, Value* first, Row* firstRow) override
    {
        std::vector<std::string> texts;
        std::vector<const char*> pointers;
        textValues(values, &texts, &pointers);
        const std::string name = "raw" + std::to_string(index);
        PGresult* result = PQexecPrepared(m_conn, name.c_str(), static_cast<int>(values.size()), pointers.data(),
                                          nullptr, nullptr, 0);
        const ExecStatusType status = PQresultStatus(result);
        if (status != PGRES_TUPLES_OK && status != PGRES_COMMAND_OK) {
            m_error = PQresultErrorMessage(result);
            PQclear(result);
            return -1;
        }
        const int rows = PQntuples(result);
        const int columns = PQnfields(result);
        std::size_t touched = 0;
        for (int r = 0; r < rows; ++r) {
            for (int c = 0; c < columns; ++c)
                touched += std::strlen(PQgetvalue(result, r, c)); // read it, as a driver does
        }
        m_touched += touched;
        if (firstRow && rows > 0) {
            for (int c = 0; c < columns; ++c)
                firstRow->push_back(PQgetisnull(result, 0, c) ? std::nullopt
                                                              : std::optional<std::string>(PQgetvalue(result, 0, c)));
        }
        if (first && rows > 0 && columns > 0) {
            if (PQgetisnull(result, 0, 0))
                *first = std::monostate();
            else
                *first = std::string(PQgetvalue(result, 0, 0));
        }
        PQclear(result);
        return rows;
    }

    bool exec(const std::string& sql) override
    {
        PGresult* result = PQexec(m_conn, sql.c_str());
        const ExecStatusType status = PQresultStatus(result);
        const bool ok = status == PGRES_COMMAND_OK || status == PGRES_TUPLES_OK;
        if (!ok)
            m_error = PQresultErrorMessage(result);
        PQclear(result);
        return ok;
    }

    bool bulkLoad(const std::string& table, const std::vector<std::string>& columns,
                  const std::vector<Row>& rows) override
    {
        std::string sql = "COPY " + quoted(table) + " (";
        for (std::size_t c = 0; c < columns.size(); ++c)
            sql += (c ? ", " : "") + quoted(columns[c]);
        sql += ") FROM STDIN";
        PGresult* result = PQexec(m_conn, sql.c_str());
        if (PQresultStatus(result) != PGRES_COPY_IN) {
            m_error = PQresultErrorMessage(result);
            PQclear(result);
            return false;
        }
        PQclear(result);
        std::string buffer;
        for (const Row& row : rows) {
            for (std::size_t c = 0; c < row.size(); ++c) {
                if (c)
                    buffer += '\t';
                if (!row[c]) {
                    buffer += "\\N";
                    continue;
                }
                for (const char ch : *row[c]) {
                    switch (ch) {
                    case '\\':
                        buffer += "\\\\";
                        break;
                    case '\t':
                        buffer += "\\t";
                        break;
                    case '\n':
                        buffer += "\\n";
                        break;
                    case '\r':
                        buffer += "\\r";
                        break;
                    default:
                        buffer += ch;
                    }
                }
            }
            buffer += '\n';
            if (buffer.size() > (1 << 20)) {
                if (PQputCopyData(m_conn, buffer.data(), static_cast<int>(buffer.size())) != 1)
                    break;
                buffer.clear();
            }
        }
        if (!buffer.empty())
            PQputCopyData(m_conn, buffer.data(), static_cast<int>(buffer.size()));
        PQputCopyEnd(m_conn, nullptr);
        bool ok = true;
        while ((result = PQgetResult(m_conn)) != nullptr) {
            if (PQresultStatus(result) != PGRES_COMMAND_OK) {
                m_error = table + ": " + PQresultErrorMessage(result);
                ok = false;
            }
            PQclear(result);
        }
        return ok;
    }

    bool fetchAll(const std::string& sql, const std::vector<Value>& values, std::vector<Row>* rows,
                  std::vector<std::string>* columns) override
    {
        std::vector<std::string> texts;
        std::vector<const char*> pointers;
        textValues(values, &texts, &pointers);
        PGresult* result = PQexecParams(m_conn, dollarPlaceholders(sql).c_str(), static_cast<int>(values.size()),
                                        nullptr, pointers.data(), nullptr, nullptr, 0);
        if (PQresultStatus(result) != PGRES_TUPLES_OK) {
            m_error = PQresultErrorMessage(result);
            PQclear(result);
            return false;
        }
        const int count = PQnfields(result);
        columns->clear();
        for (int c = 0; c < count; ++c)
            columns->push_back(PQfname(result, c));
        const int n = PQntuples(result);
        rows->reserve(rows->size() + static_cast<std::size_t>(n));
        for (int r = 0; r < n; ++r) {
            Row row;
            row.reserve(static_cast<std::size_t>(count));
            for (int c = 0; c < count; ++c) {
                if (PQgetisnull(result, r, c))
                    row.emplace_back(std::nullopt);
                else
                    row.emplace_back(
                        std::string(PQgetvalue(result, r, c), static_cast<std::size_t>(PQgetlength(result, r, c))));
            }
            rows->push_back(std::move(row));
        }
        PQclear(result);
        return true;
    }

private:
    PGconn* m_conn = nullptr;
    std::vector<int> m_counts;
    std::size_t m_touched = 0;
};

} // namespace

std::string RawDb::quoted(const std::string& identifier)
{
    std::string text = "\"";
    for (const char c : identifier)
        text += c == '"' ? std::string("\"\"") : std::string(1, c);
    return text + '"';
}

std::unique_ptr<RawDb> RawDb::open(const std::string& url, std::string* error)
{
    if (url.rfind("sqlite:", 0) == 0) {
        auto db = std::make_unique<RawSqlite>();
        if (!db->open(url.substr(7))) {
            *error = db->error();
            return nullptr;
        }
        return db;
    }
    auto db = std::make_unique<RawPostgreSql>();
    if (!db->open(url)) {
        *error = db->error();
        return nullptr;
    }
    return db;
}
