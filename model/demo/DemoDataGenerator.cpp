#include "demo/DemoDataGenerator.h"

#include "accounts/AccountRepository.h"
#include "core/PortalPolicy.h"
#include "demo/DemoTables.h"
#include "identity/CivilStatus.h"
#include "identity/Nir.h"

#include <QSet>
#include <QVarLengthArray>

#include <algorithm>
#include <span>

namespace {

constexpr qint64 Minute = 60 * 1000;
constexpr qint64 Hour = 60 * Minute;
constexpr qint64 Day = 24 * Hour;
constexpr int MaxFailed = PortalPolicy::MaxFailedAttempts;
constexpr qint64 TemporaryValidity = PortalPolicy::TemporaryPasswordValidityDays * Day;

using namespace DemoTables;

// The e-mail form of a name: lower-case ASCII letters and hyphens ("N'Diaye" → "ndiaye").
QString emailFold(QStringView text)
{
    const QString decomposed = text.toString().normalized(QString::NormalizationForm_D);
    QString out;
    for (const QChar c : decomposed) {
        const char16_t u = c.toLower().unicode();
        if (u == u'œ')
            out += QLatin1String("oe");
        else if ((u >= u'a' && u <= u'z') || u == u'-')
            out += QChar(u);
    }
    return out;
}

void appendDigits(QString& out, int value, int width)
{
    for (int divisor = width == 3 ? 100 : 10; divisor > 0; divisor /= 10)
        out += QChar(static_cast<char16_t>(u'0' + value / divisor % 10));
}

// The 13 first characters of a NIR as a number that sorts like the text (2A, 2B after 29).
quint64 sortKey(QStringView body)
{
    quint64 key = 0;
    for (qsizetype i = 0; i < body.size(); ++i) {
        const QChar c = body[i];
        const quint64 digit = c == u'A' ? 10 : c == u'B' ? 11 : quint64(c.unicode() - u'0');
        key = key * (i == 6 ? 12 : 10) + digit;
    }
    return key;
}

// The rows a batch carries, parents first (foreign keys are checked row by row). Constant values
// are written in the row template; ids of attempts and lockouts are the database's own.
constexpr std::size_t PersonRows = 0, RegisterRows = 1, AccountRows = 2, AttemptRows = 3, LockoutRows = 4;
struct TableSpec
{
    QLatin1String table, columns, row;
    int rowsPerPerson; // roughly, to reserve
};
const std::array<TableSpec, 5> Tables{{
    {QLatin1String("persons"),
     QLatin1String("id, nir, sex, last_name, first_names, birth_date, birth_place, certified, certification_ref,"
                   " certified_at, created_at, updated_at"),
     QLatin1String("(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"), 1},
    {QLatin1String("national_register"),
     QLatin1String("id, nir, sex, last_name, first_names, birth_date, birth_place, reference, created_at"),
     QLatin1String("(?, ?, ?, ?, ?, ?, ?, ?, ?)"), 0},
    {QLatin1String("accounts"),
     QLatin1String("id, person_id, email, status, failed_attempts, last_failed_at, locked_at, temp_password_hash,"
                   " temp_password_issued_at, temp_password_expires_at, temp_password_used_at, password_hash,"
                   " password_changed_at, secret_question, secret_answer_hash, created_at, updated_at"),
     QLatin1String("(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"), 1},
    {QLatin1String("login_attempts"), QLatin1String("account_id, attempted_at, kind, success, outcome"),
     QLatin1String("(?, ?, 'password', ?, ?)"), 3},
    {QLatin1String("lockout_events"),
     QLatin1String("account_id, locked_at, failed_attempts, unlocked_at, unlocked_by, unlock_reason"),
     QLatin1String("(?, ?, ?, ?, ?, ?)"), 1},
}};

} // namespace

// What a person is (see planKinds).
enum class DemoDataGenerator::Kind : quint8 {
    Active,
    ActiveUnlocked, // 1–2 closed lockouts in the last 90 days
    ActiveRepeat, // 3–4 closed lockouts in the last 30 days
    Locked,
    LockedRepeat, // 2–3 closed lockouts in the last 30 days, then the open one
    Pending,
    Expired,
    Uncertified, // no account
    NeverRegistered // certified, no account
};

enum class DemoDataGenerator::Outcome : quint8 { Ok, WrongPassword, Locked };

struct DemoDataGenerator::Civil
{
    qint64 id = 0;
    QString nir, lastName, firstNames, lastFolded, firstFolded;
    int sex = 0, category = 0, place = 0;
    QDate birthDate;
};

struct DemoDataGenerator::Attempt
{
    qint64 at;
    Outcome outcome;
};

struct DemoDataGenerator::Changes
{
    int failed = 0;
    qint64 lastFailed = 0, locked = 0, updated = 0;
};

QRandomGenerator DemoDataGenerator::generatorFor(quint64 seed, quint32 stream)
{
    const std::array<quint32, 3> words{quint32(seed), quint32(seed >> 32), stream};
    return QRandomGenerator(words.data(), words.data() + words.size());
}

QVariant DemoDataGenerator::instant(qint64 msecsSinceEpoch) const
{
    return msecsSinceEpoch == 0 ? m_nullText
                                : m_dialect.toSql(QDateTime::fromMSecsSinceEpoch(msecsSinceEpoch, Qt::UTC));
}

// What each person is, in exact proportions (see DemoSeeder.h), shuffled.
QList<DemoDataGenerator::Kind> DemoDataGenerator::planKinds(int accounts)
{
    const auto share = [accounts](int per90) {
        return static_cast<int>((qint64(accounts) * per90 + 45) / 90);
    };
    int locked = share(8), pending = share(8), expired = share(4);
    if (accounts >= 4) {
        locked = std::max(locked, 1);
        pending = std::max(pending, 1);
        expired = std::max(expired, 1);
    }
    const int active = accounts - locked - pending - expired;
    const int lockedRepeat = locked >= 2 ? std::max(1, locked / 10) : 0;
    const int activeRepeat = active >= 20 ? std::max(1, active / 200) : 0;
    const int activeUnlocked = active >= 10 ? std::max(1, active * 6 / 100) : 0;
    const int neverRegistered = share(5);
    const int uncertified = std::max(1, neverRegistered);

    QList<Kind> kinds;
    kinds.reserve(accounts + neverRegistered + uncertified);
    const auto add = [&kinds](Kind kind, int count) {
        kinds.insert(kinds.size(), count, kind);
    };
    add(Kind::Active, active - activeRepeat - activeUnlocked);
    add(Kind::ActiveUnlocked, activeUnlocked);
    add(Kind::ActiveRepeat, activeRepeat);
    add(Kind::Locked, locked - lockedRepeat);
    add(Kind::LockedRepeat, lockedRepeat);
    add(Kind::Pending, pending);
    add(Kind::Expired, expired);
    add(Kind::Uncertified, uncertified);
    add(Kind::NeverRegistered, neverRegistered);
    for (qsizetype i = kinds.size() - 1; i > 0; --i)
        std::swap(kinds[i], kinds[static_cast<qsizetype>(m_rng.bounded(quint64(i) + 1))]);
    return kinds;
}

DemoDataGenerator::DemoDataGenerator(int accounts, quint64 seed, const QDateTime& now, const SqlDialect& dialect,
                                     Hashes hashes, int unlockingAgents)
    : m_dialect(dialect)
    , m_hashes(std::move(hashes))
    , m_now(now.toMSecsSinceEpoch())
    , m_referenceBase(generatorFor(seed, 0x4E52).generate64() >> 8)
    , m_unlockingAgents(unlockingAgents)
    , m_rng(generatorFor(seed, 0xDE0))
    , m_nullText(QMetaType::fromType<QString>())
{
    m_kinds = planKinds(accounts);
    const auto uncertified = std::count(m_kinds.cbegin(), m_kinds.cend(), Kind::Uncertified);
    drawNirs(static_cast<int>(std::max<qsizetype>(1, uncertified * 15 / 100)));
    // Addresses keep the hyphen of a first name (jean-francois) but not of a last name.
    const auto fill = [](std::span<const QStringView> table, QStringList& names, QStringList* folded, bool hyphen) {
        for (const QStringView name : table) {
            names.append(name.toString());
            if (folded)
                folded->append(hyphen ? emailFold(name) : emailFold(name).remove(u'-'));
        }
    };
    fill(LastNames, m_last, &m_lastFolded, false);
    fill(MaleNames, m_male, &m_maleFolded, true);
    fill(FemaleNames, m_female, &m_femaleFolded, true);
    fill(Domains, m_domains, nullptr, false);
    fill(Questions, m_questions, nullptr, false);
    fill(UnlockReasons, m_reasons, nullptr, false);
    for (int category = 0; category < 4; ++category) {
        for (const Place& place : placeTable(category))
            m_places[static_cast<std::size_t>(category)].append(place.name.toString());
    }
}

// The next time the desk is open (Monday–Friday, roughly 8 h–17 h in Paris) from t.
qint64 DemoDataGenerator::deskTime(qint64 t)
{
    for (int i = 0; i < 8; ++i) {
        const qint64 day = t / Day;
        const qint64 weekday = (day + 3) % 7; // 0 = Monday: 1970-01-01 was a Thursday
        const qint64 inDay = t - day * Day;
        if (weekday < 5 && inDay >= 7 * Hour && inDay < 15 * Hour + 30 * Minute)
            return t;
        if (weekday < 5 && inDay < 7 * Hour)
            return day * Day + 7 * Hour + between(0, 2 * Hour);
        t = (day + 1) * Day;
    }
    return t;
}

// The body of a drawn NIR: sex, year, month, department, commune or country, order.
QString DemoDataGenerator::body(const Draw& draw)
{
    const Place& place = placeTable(draw.category)[draw.place];
    QString out;
    out.reserve(15);
    out += QChar(static_cast<char16_t>(u'0' + draw.sex));
    appendDigits(out, draw.year % 100, 2);
    appendDigits(out, draw.month, 2);
    out += place.department;
    out += place.commune;
    appendDigits(out, draw.order, 3);
    return out;
}

// Every person's NIR is drawn up front, without duplicates, and handed out in NIR order: the
// unique NIR indexes then grow at their end instead of everywhere at once (much faster to fill).
// The first draws cover provisional numbers (born abroad, registration pending), 2A, 2B,
// overseas and abroad.
void DemoDataGenerator::drawNirs(int provisional)
{
    const qsizetype count = m_kinds.size();
    QSet<quint64> seen;
    seen.reserve(count);
    m_draws.reserve(count);
    for (qsizetype i = 0; i < count; ++i) {
        const qsizetype forced = i - provisional; // 0: 2A, 1: 2B, 2: overseas, 3: abroad
        const int r = below(100);
        Draw draw{};
        static constexpr std::array<quint8, 4> Forced{1, 1, 2, 3};
        const auto weighted = quint8(int(r >= 84) + int(r >= 86) + int(r >= 90)); // 84, 2, 4, 10 %
        draw.category = i < provisional ? 3 : forced >= 0 && forced < 4 ? Forced[std::size_t(forced)] : weighted;
        draw.place = forced == 0 ? 0 : forced == 1 ? 2 : quint8(below(placeTable(draw.category).size()));
        draw.sex = quint8(i < provisional ? 7 + below(2) : 1 + below(2));
        draw.year = quint16(1940 + below(66));
        draw.month = quint8(1 + below(12));
        draw.day = quint8(1 + below(QDate(draw.year, draw.month, 1).daysInMonth()));
        do {
            draw.order = quint16(1 + below(999));
            draw.key = sortKey(body(draw));
        } while (seen.contains(draw.key));
        seen.insert(draw.key);
        m_draws.append(draw);
    }
    std::sort(m_draws.begin(), m_draws.end(), [](const Draw& a, const Draw& b) { return a.key < b.key; });
    // Provisional numbers (sex 7 or 8) sort last; they go to uncertified persons.
    qsizetype spare = 0;
    for (qsizetype i = 0; i < count; ++i) {
        if (m_draws.at(i).sex < 7 || m_kinds.at(i) == Kind::Uncertified)
            continue;
        while (m_kinds.at(spare) != Kind::Uncertified || m_draws.at(spare).sex >= 7)
            ++spare;
        std::swap(m_kinds[i], m_kinds[spare]);
    }
}

Error DemoDataGenerator::civil(int index, Civil* c)
{
    const Draw& draw = m_draws.at(index);
    c->id = index + 1;
    c->category = draw.category;
    c->place = draw.place;
    c->sex = draw.sex;
    c->birthDate = QDate(draw.year, draw.month, draw.day);
    const QString nirBody = body(draw);
    c->nir = nirBody;
    appendDigits(c->nir, Nir::computeKey(nirBody), 2);
    if (Nir::parse(c->nir).digits() != c->nir)
        return Error(ErrorCode::DatabaseError, QStringLiteral("a generated NIR was refused"));

    const bool male = c->sex % 2 == 1;
    const QStringList& given = male ? m_male : m_female;
    const int first = below(given.size());
    c->firstNames = given.at(first);
    c->firstFolded = (male ? m_maleFolded : m_femaleFolded).at(first);
    const int extra = below(100);
    for (int i = extra < 55 ? 0 : extra < 90 ? 1 : 2, previous = first; i > 0; --i) {
        const int other = below(given.size());
        if (other != first && other != previous)
            c->firstNames += QLatin1Char(' ') + given.at(other);
        previous = other;
    }
    const int last = below(m_last.size());
    c->lastName = m_last.at(last);
    c->lastFolded = m_lastFolded.at(last);
    if (below(100) < 5) { // Dupont-Moreau
        const int second = below(m_last.size());
        if (second != last && !c->lastName.contains(u' ') && !m_last.at(second).contains(u' ')) {
            c->lastName += QLatin1Char('-') + m_last.at(second);
            c->lastFolded += QLatin1Char('-') + m_lastFolded.at(second);
        }
    }
    return {};
}

// A register entry with the person's civil status, or one that differs in one field so that a
// certification would be refused.
void DemoDataGenerator::registerEntry(const Civil& c, bool differ, qint64 created, const QString& reference,
                                      Batch& batch)
{
    QString lastName = c.lastName, firstNames = c.firstNames;
    QString birthPlace = m_places[static_cast<std::size_t>(c.category)].at(c.place);
    QDate birthDate = c.birthDate;
    const auto other = [this](const QStringList& table, const QString& current) {
        QString candidate;
        do
            candidate = table.at(below(table.size()));
        while (CivilStatus::fold(candidate) == CivilStatus::fold(current));
        return candidate;
    };
    if (differ) {
        switch (below(4)) {
        case 0:
            lastName = other(m_last, lastName);
            break;
        case 1:
            firstNames = other(c.sex % 2 == 1 ? m_male : m_female, firstNames);
            break;
        case 2: { // another day of the same month: the NIR still agrees
            const int days = birthDate.daysInMonth();
            const int day = (birthDate.day() + below(days - 1)) % days + 1;
            birthDate = QDate(birthDate.year(), birthDate.month(), day);
            break;
        }
        default:
            birthPlace = other(m_places[static_cast<std::size_t>(c.category)], birthPlace);
            break;
        }
    }
    batch.tables[RegisterRows].values << c.id << c.nir << c.sex << lastName << firstNames << m_dialect.toSql(birthDate)
                                      << birthPlace << reference << instant(created);
}

// 90 days of login attempts and lockouts of an active or locked account activated at `activated`.
DemoDataGenerator::Changes DemoDataGenerator::history(Kind kind, qint64 accountId, qint64 activated, Batch& batch)
{
    QVarLengthArray<Attempt, 48> attempts;
    const auto failures = [this, &attempts](qint64 lock) { // the last wrong password locks
        for (qint64 i = 0, at = lock; i < MaxFailed; ++i, at -= between(15 * 1000, 8 * Minute))
            attempts.append({at, Outcome::WrongPassword});
    };
    QVarLengthArray<std::pair<qint64, qint64>, 8> busy; // lockout windows: no ordinary login there
    const qint64 start = std::max(m_now - 90 * Day, activated + Hour);
    const bool locked = kind == Kind::Locked || kind == Kind::LockedRepeat;
    Changes changes;
    changes.updated = activated;

    int closed = 0;
    qint64 from = m_now - 29 * Day, to = m_now - Day;
    if (kind == Kind::ActiveUnlocked) {
        closed = 1 + below(2);
        from = start;
        to = m_now - 2 * Day;
    } else if (kind == Kind::ActiveRepeat) {
        closed = 3 + below(2);
    } else if (kind == Kind::LockedRepeat) {
        closed = 2 + below(2);
        to = m_now - 4 * Day;
    }
    const qint64 slot = closed > 0 ? (to - from) / closed : 0;
    for (int i = 0; i < closed; ++i) {
        const qint64 slotStart = from + i * slot, slotEnd = slotStart + slot;
        const qint64 lock = slotStart + Hour + between(0, slot / 2);
        failures(lock);
        qint64 unlock = deskTime(lock + between(20 * Minute, 2 * Day));
        if (unlock > slotEnd - 3 * Hour || unlock > m_now - Hour)
            unlock = lock + between(15 * Minute, 45 * Minute);
        if (below(2) == 0)
            attempts.append({lock + (unlock - lock) / 2, Outcome::Locked});
        const qint64 login = unlock + between(5 * Minute, 90 * Minute);
        attempts.append({login, Outcome::Ok});
        busy.append({lock - Hour, login + Minute});
        batch.tables[LockoutRows].values << accountId << instant(lock) << MaxFailed << instant(unlock)
                                         << qint64(1 + below(m_unlockingAgents))
                                         << m_reasons.at(below(m_reasons.size()));
        ++batch.lockouts;
        changes.updated = std::max(changes.updated, unlock);
    }
    if (locked) {
        const qint64 ago = kind == Kind::LockedRepeat
            ? between(Hour, 3 * Day)
            : std::min(between(Hour, 45 * Day), between(Hour, 45 * Day)); // mostly recent
        const qint64 lock = std::max(m_now - ago, start + 2 * Hour);
        failures(lock);
        for (int i = below(3); i > 0 && lock < m_now - 10 * Minute; --i)
            attempts.append({between(lock + Minute, m_now - Minute), Outcome::Locked});
        busy.append({lock - Hour, m_now});
        batch.tables[LockoutRows].values << accountId << instant(lock) << MaxFailed << m_nullText
                                         << QVariant(QMetaType::fromType<qint64>()) << m_nullText;
        ++batch.lockouts;
        ++batch.openLockouts;
        changes = {MaxFailed, lock, lock, std::max(changes.updated, lock)};
    }

    // Ordinary logins, some after a typo.
    const int r = below(100);
    for (int i = r < 25 ? 0 : r < 60 ? 1 : r < 85 ? 2 : 3; i > 0; --i) {
        const qint64 at = between(start + 10 * Minute, m_now - Minute);
        const bool typo = below(100) < 12;
        const auto inside = [at](const std::pair<qint64, qint64>& w) {
            return at + Minute > w.first && at - 6 * Minute < w.second;
        };
        if (std::any_of(busy.cbegin(), busy.cend(), inside))
            continue;
        if (typo)
            attempts.append({at - between(20 * 1000, 5 * Minute), Outcome::WrongPassword});
        attempts.append({at, Outcome::Ok});
    }
    std::sort(attempts.begin(), attempts.end(), [](const Attempt& a, const Attempt& b) { return a.at < b.at; });

    // A few active accounts end with a few wrong passwords (not enough to lock): the counter shows them.
    if (!locked && below(100) < 3) {
        const qint64 last = attempts.isEmpty() ? start : std::max(start, attempts.last().at);
        if (last < m_now - 2 * Hour) {
            changes.failed = 1 + below(MaxFailed - 2);
            qint64 at = between(std::max(last + Minute, m_now - 10 * Day), m_now - Hour);
            for (int i = 0; i < changes.failed; ++i, at += between(30 * 1000, 10 * Minute))
                attempts.append({at, Outcome::WrongPassword});
        }
    }

    for (const Attempt& attempt : attempts) {
        const bool ok = attempt.outcome == Outcome::Ok;
        batch.tables[AttemptRows].values << accountId << instant(attempt.at) << ok
                                         << (ok ? QStringLiteral("ok")
                                                 : attempt.outcome == Outcome::Locked
                                                 ? QStringLiteral("locked")
                                                 : QStringLiteral("wrong_password"));
        if (attempt.outcome == Outcome::WrongPassword)
            changes.lastFailed = std::max(changes.lastFailed, attempt.at);
        changes.updated = std::max(changes.updated, attempt.at);
    }
    batch.loginAttempts += static_cast<int>(attempts.size());
    return changes;
}

void DemoDataGenerator::account(Kind kind, qint64 personId, const QString& email, qint64 created, qint64 issued,
                                Batch& batch)
{
    const qint64 id = m_nextAccountId++;
    QVariant temporaryHash = m_nullText, passwordHash = m_nullText, question = m_nullText, answer = m_nullText;
    qint64 used = 0;
    Changes changes;
    Account::State state = Account::State::Active;
    if (kind == Kind::Pending || kind == Kind::Expired) {
        temporaryHash = m_hashes.temporary.at(below(m_hashes.temporary.size()));
        changes.updated = issued;
        state = kind == Kind::Pending ? Account::State::PendingActivation : Account::State::TemporaryExpired;
    } else {
        // Registered, then activated with the temporary password, which set the personal one.
        issued = created;
        used = created + between(10 * Minute, 6 * Day);
        passwordHash = m_hashes.password.at(below(m_hashes.password.size()));
        if (below(100) < 85) {
            question = m_questions.at(below(m_questions.size()));
            answer = m_hashes.answer.at(below(m_hashes.answer.size()));
        }
        changes = history(kind, id, used, batch);
        if (kind == Kind::Locked || kind == Kind::LockedRepeat)
            state = Account::State::Locked;
    }
    const QString status = state == Account::State::Active ? QStringLiteral("active")
        : state == Account::State::Locked                  ? QStringLiteral("locked")
                                                           : QStringLiteral("pending_activation");
    batch.tables[AccountRows].values << id << personId << email << status << changes.failed
                                     << instant(changes.lastFailed) << instant(changes.locked) << temporaryHash
                                     << instant(issued) << instant(issued + TemporaryValidity) << instant(used)
                                     << passwordHash << instant(used) << question << answer << instant(created)
                                     << instant(std::max(changes.updated, created));
    ++batch.accounts;
    ++batch.states[static_cast<std::size_t>(state)];
}

DemoDataGenerator::Batch DemoDataGenerator::generate(int from, int to)
{
    Batch batch;
    batch.firstPersonId = from + 1;
    batch.lastPersonId = to;
    for (std::size_t i = 0; i < batch.tables.size(); ++i) {
        batch.tables[i] = {Tables[i].table, Tables[i].columns, Tables[i].row, {}};
        const auto columns = std::count(Tables[i].row.begin(), Tables[i].row.end(), '?');
        batch.tables[i].values.reserve((to - from) * Tables[i].rowsPerPerson * columns);
    }
    for (int index = from; index < to; ++index) {
        const Kind kind = m_kinds.at(index);
        Civil c;
        if (Error error = civil(index, &c)) {
            batch.error = error;
            return batch;
        }
        const qint64 personId = index + 1;
        const bool certified = kind != Kind::Uncertified;
        const bool hasAccount = certified && kind != Kind::NeverRegistered;
        qint64 created = 0, issued = 0;
        if (kind == Kind::Pending || kind == Kind::Expired) {
            // Most registered lately; some had a temporary password reissued by the desk.
            issued = m_now
                - (kind == Kind::Pending ? between(Hour, TemporaryValidity - 12 * Hour)
                                         : between(TemporaryValidity + Hour, 85 * Day));
            created = below(100) < 25 ? issued - between(16 * Day, 400 * Day) : issued;
        } else if (hasAccount) {
            const bool repeat = kind == Kind::ActiveRepeat || kind == Kind::LockedRepeat;
            created = m_now - between(repeat ? 60 * Day : 20 * Day, 1500 * Day);
        }
        const qint64 personCreated
            = hasAccount ? created - between(Day, 2000 * Day) : m_now - between(30 * Day, 3000 * Day);
        const qint64 certifiedAt = certified ? between(personCreated, hasAccount ? created : m_now - Day) : 0;

        // Certified persons match their register entry (a copy of the person row: the caller makes
        // it); uncertified ones match one (55 %), differ from it in one field (30 %) or have none.
        const QString reference = QLatin1String("RN-")
            + QString::number(m_referenceBase + quint64(index), 16).rightJustified(16, u'0').toUpper();
        const int registerChoice = certified ? 0 : below(100);
        if (!certified && registerChoice < 85)
            registerEntry(c, registerChoice >= 55, personCreated, reference, batch);
        batch.registerEntries += registerChoice < 85 ? 1 : 0;
        const QVariant nir = c.nir;
        batch.tables[PersonRows].values << personId << nir << c.sex << c.lastName << c.firstNames
                                        << m_dialect.toSql(c.birthDate)
                                        << m_places[static_cast<std::size_t>(c.category)].at(c.place) << certified
                                        << (certified ? QVariant(reference) : m_nullText) << instant(certifiedAt)
                                        << instant(personCreated) << instant(certified ? certifiedAt : personCreated);
        ++batch.persons;

        if (hasAccount) {
            // jean-francois.lefevre42@…, jlefevre42@…, lefevre.jean-francois42@…: the id keeps them unique.
            const int form = below(3);
            const QString local = form == 0 ? QString(c.firstFolded + QLatin1Char('.') + c.lastFolded)
                : form == 1                 ? QString(c.firstFolded.left(1) + c.lastFolded)
                                            : QString(c.lastFolded + QLatin1Char('.') + c.firstFolded);
            const QString email
                = local + QString::number(personId) + QLatin1Char('@') + m_domains.at(below(m_domains.size()));
            account(kind, personId, email, created, issued, batch);
        } else {
            ++batch.states[static_cast<std::size_t>(Account::State::NoAccount)];
            batch.uncertified += certified ? 0 : 1;
        }
    }
    return batch;
}
