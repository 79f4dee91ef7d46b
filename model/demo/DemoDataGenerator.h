#pragma once

#include "core/Error.h"
#include "db/SqlDialect.h"

#include <QDateTime>
#include <QList>
#include <QRandomGenerator>
#include <QStringList>
#include <QVariant>

#include <array>

// The rows of DemoSeeder's synthetic data, generated batch by batch: persons (valid NIRs, French
// names, birth dates and places), their NIR history and national-register entries, portal
// accounts and 90 days of login attempts and lockouts. No database access: values come ready
// to bind (instants and dates through the dialect). Batches must be asked for in order, from
// the first person to the last; the same arguments then give the same rows. Not thread-safe,
// but it may be used from one thread at a time, any thread.
class DemoDataGenerator
{
public:
    // The Argon2id hashes that accounts share (computed once by the caller).
    struct Hashes
    {
        QStringList password, temporary, answer;
    };

    // Rows for one multi-row INSERT: "INSERT INTO table (columns) VALUES row, row…". The row
    // template holds one ? per value and may hold constants.
    struct Rows
    {
        QLatin1String table, columns, row;
        QList<QVariant> values; // rows flattened
    };

    // Persons [firstPersonId, lastPersonId] (ids are assigned here, from 1) and what hangs off them.
    // Two kinds of rows are not in it because they copy the person rows, which is cheaper done by
    // the database: the NIR history (one "created" row per person, with the person's id) and the
    // register entries of certified persons (the person's civil status, id and created_at, and
    // certification_ref as the reference). Register entries of uncertified persons are in it,
    // with the person's id too.
    struct Batch
    {
        qint64 firstPersonId = 0, lastPersonId = 0;
        std::array<Rows, 5> tables; // persons, national_register, accounts, login_attempts, lockout_events
        int persons = 0, accounts = 0, registerEntries = 0, loginAttempts = 0, lockouts = 0, openLockouts = 0,
            uncertified = 0;
        std::array<int, 5> states{}; // by Account::State; NoAccount counts persons without one
        Error error;
    };

    // unlockingAgents: lockouts are closed by the agents with ids 1 … unlockingAgents.
    DemoDataGenerator(int accounts, quint64 seed, const QDateTime& now, const SqlDialect& dialect, Hashes hashes,
                      int unlockingAgents);

    int personCount() const { return static_cast<int>(m_kinds.size()); }
    // Persons [from, to) and everything that hangs off them.
    Batch generate(int from, int to);

    // Seeds a QRandomGenerator with the whole 64-bit seed and a stream number.
    static QRandomGenerator generatorFor(quint64 seed, quint32 stream);

private:
    enum class Kind : quint8;
    enum class Outcome : quint8;
    struct Civil;
    struct Attempt;
    struct Changes;
    struct Draw // the part of a person that its NIR tells
    {
        quint64 key; // the NIR's 13 first characters, as a number in text order
        quint16 year, order;
        quint8 sex, month, day, category, place;
    };

    qint64 between(qint64 low, qint64 high) { return high <= low ? low : m_rng.bounded(low, high); }
    int below(qsizetype n) { return m_rng.bounded(static_cast<int>(n)); }
    QVariant instant(qint64 msecsSinceEpoch) const;
    QList<Kind> planKinds(int accounts);
    qint64 deskTime(qint64 t);
    static QString body(const Draw& draw);
    void drawNirs(int provisional);
    Error civil(int index, Civil* c);
    void registerEntry(const Civil& c, bool differ, qint64 created, const QString& reference, Batch& batch);
    void account(Kind kind, qint64 personId, const QString& email, qint64 created, qint64 issued, Batch& batch);
    Changes history(Kind kind, qint64 accountId, qint64 activated, Batch& batch);

    const SqlDialect m_dialect;
    const Hashes m_hashes;
    const qint64 m_now;
    const quint64 m_referenceBase; // register references follow the person ids from here
    const int m_unlockingAgents;
    QRandomGenerator m_rng;
    QList<Kind> m_kinds;
    QList<Draw> m_draws; // by person index, in NIR order
    QStringList m_last, m_lastFolded, m_male, m_maleFolded, m_female, m_femaleFolded, m_domains, m_questions, m_reasons;
    std::array<QStringList, 4> m_places;
    const QVariant m_nullText;
    qint64 m_nextAccountId = 1;
};
