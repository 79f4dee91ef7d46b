#pragma once

#include "Error.h"
#include "SqlDialect.h"

#include <QDateTime>
#include <QList>
#include <QRandomGenerator>
#include <QSet>
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

    struct Rows
    {
        QLatin1String table;
        QLatin1String columns; // in the order of values
        QList<QVariant> values; // rows flattened
    };

    struct Batch
    {
        std::array<Rows, 6> tables; // parents first: persons, person_nir_history, national_register,
                                    // accounts, login_attempts, lockout_events
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

    qint64 between(qint64 low, qint64 high) { return high <= low ? low : m_rng.bounded(low, high); }
    int below(qsizetype n) { return m_rng.bounded(static_cast<int>(n)); }
    QVariant instant(qint64 msecsSinceEpoch) const;
    QList<Kind> planKinds(int accounts);
    qint64 deskTime(qint64 t);
    Error civil(int index, Kind kind, Civil* c);
    void registerEntry(const Civil& c, bool differ, qint64 created, const QString& reference, Batch& batch);
    void account(Kind kind, qint64 personId, const QString& email, qint64 created, qint64 issued, Batch& batch);
    Changes history(Kind kind, qint64 accountId, qint64 activated, Batch& batch);

    const SqlDialect m_dialect;
    const Hashes m_hashes;
    const qint64 m_now;
    const quint64 m_referenceKey;
    const int m_unlockingAgents;
    QRandomGenerator m_rng;
    QList<Kind> m_kinds;
    QSet<qint64> m_nirs; // the 13 first characters of every NIR given, as a number
    QStringList m_last, m_lastFolded, m_male, m_maleFolded, m_female, m_femaleFolded, m_domains, m_questions, m_reasons;
    std::array<QStringList, 4> m_places;
    const QVariant m_nullText;
    qint64 m_nextAccountId = 1, m_nextRegisterId = 1, m_nextAttemptId = 1, m_nextLockoutId = 1;
    bool m_provisionalGiven = false;
};
