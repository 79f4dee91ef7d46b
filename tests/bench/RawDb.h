#pragma once

// The same SQL as the model's, sent through the engine's own C API (sqlite3 / libpq): each
// statement prepared once, its values bound on every run. What guichet-bench compares the model to.
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <variant>
#include <vector>

class RawDb
{
public:
    using Value = std::variant<std::monostate, std::int64_t, std::string>;

    virtual ~RawDb() = default;

    // sqlite:PATH or postgresql://…; nullptr with *error on failure.
    static std::unique_ptr<RawDb> open(const std::string& url, std::string* error);

    virtual bool isPostgreSql() const = 0;
    virtual std::string version() = 0;
    // Statements use ? placeholders (rewritten to $1, $2… for libpq). Returns the statement's
    // handle, or -1 with error().
    virtual int prepare(const std::string& sql) = 0;
    // Runs a prepared statement; reads every value of every row (as a driver would). Returns the
    // number of rows, -1 on error; *first gets the first column of the first row, *firstRow that
    // row as text.
    using Row = std::vector<std::optional<std::string>>;
    virtual int run(int statement, const std::vector<Value>& values, Value* first = nullptr, Row* firstRow = nullptr)
        = 0;
    // A statement without values (BEGIN, COMMIT, PRAGMA…).
    virtual bool exec(const std::string& sql) = 0;

    // Bulk load: every row of table's columns, values as text (nullopt: NULL). PostgreSQL: COPY
    // FROM STDIN; SQLite: multi-row INSERTs of up to 100 rows in one transaction.
    virtual bool bulkLoad(const std::string& table, const std::vector<std::string>& columns,
                          const std::vector<Row>& rows)
        = 0;
    // Every row of a query (? placeholders bound to values), values as text.
    virtual bool fetchAll(const std::string& sql, const std::vector<Value>& values, std::vector<Row>* rows,
                          std::vector<std::string>* columns)
        = 0;
    // A table's or column's name as an identifier, in double quotes (both engines' syntax), for the
    // statements whose table is not known in advance.
    static std::string quoted(const std::string& identifier);

    const std::string& error() const { return m_error; }
    // A boolean as the engine takes it in a bound value.
    Value boolean(bool value) const
    {
        return isPostgreSql() ? Value(std::string(value ? "true" : "false")) : Value(std::int64_t(value ? 1 : 0));
    }

protected:
    std::string m_error;
};
