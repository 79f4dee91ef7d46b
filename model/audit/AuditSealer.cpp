#include "audit/AuditSealer.h"

#include "core/PasswordHasher.h"
#include "db/Database.h"
#include "db/SqlQuery.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonValue>
#include <QList>

#include <sodium.h>

static_assert(AuditSealer::KeyBytes == crypto_auth_KEYBYTES);
static_assert(AuditSealer::MacHexLength == 2 * crypto_auth_BYTES);

QByteArray AuditSealer::generateKey()
{
    PasswordHasher::initialize();
    QByteArray key(KeyBytes, '\0');
    crypto_auth_keygen(reinterpret_cast<unsigned char*>(key.data()));
    return key;
}

QString AuditSealer::keyToText(const QByteArray& key)
{
    return QString::fromLatin1(key.toBase64());
}

QByteArray AuditSealer::keyFromText(const QString& text)
{
    const QByteArray::FromBase64Result decoded
        = QByteArray::fromBase64Encoding(text.trimmed().toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || decoded.decoded.size() != KeyBytes)
        return {};
    return decoded.decoded;
}

QString AuditSealer::mac(const QByteArray& key, const QByteArray& message)
{
    if (key.size() != KeyBytes || !PasswordHasher::initialize())
        return {};
    unsigned char out[crypto_auth_BYTES];
    crypto_auth(out, reinterpret_cast<const unsigned char*>(message.constData()), quint64(message.size()),
                reinterpret_cast<const unsigned char*>(key.constData()));
    return QString::fromLatin1(QByteArray(reinterpret_cast<const char*>(out), sizeof out).toHex());
}

bool AuditSealer::macMatches(const QByteArray& key, const QByteArray& message, const QString& hexMac)
{
    if (key.size() != KeyBytes || hexMac.size() != MacHexLength || !PasswordHasher::initialize())
        return false;
    const QByteArray stored = QByteArray::fromHex(hexMac.toLatin1());
    if (stored.size() != crypto_auth_BYTES)
        return false;
    return crypto_auth_verify(reinterpret_cast<const unsigned char*>(stored.constData()),
                              reinterpret_cast<const unsigned char*>(message.constData()), quint64(message.size()),
                              reinterpret_cast<const unsigned char*>(key.constData()))
        == 0;
}

QByteArray AuditSealer::sealedForm(const AuditLog::StoredEvent& event, qint64 seq, const QDateTime& sealedAt,
                                   const QString& previousMac)
{
    // Numbers as text: a JSON number is a double, exact only up to 2^53.
    const QJsonArray canonical{QStringLiteral("guichet-seal-v1"),
                               QString::number(seq),
                               AuditLog::instantText(sealedAt),
                               previousMac,
                               QString::number(event.id),
                               AuditLog::instantText(event.occurredAt),
                               QString::number(event.entry.agentId),
                               event.entry.agentLogin,
                               event.entry.agentRole,
                               event.entry.workstation,
                               event.entry.action,
                               QString::number(event.entry.accountId),
                               QString::number(event.entry.callId),
                               event.entry.reason.isNull() ? QJsonValue() : QJsonValue(event.entry.reason),
                               event.entry.outcome,
                               event.appVersion,
                               event.dbUser};
    return QJsonDocument(canonical).toJson(QJsonDocument::Compact);
}

AuditSealer::AuditSealer(Database& database, const QByteArray& key, qint64 floorGraceMs)
    : m_database(database), m_key(key), m_floorGraceMs(floorGraceMs)
{
    m_clock.start();
}

void AuditSealer::sealedUpTo(qint64 id)
{
    if (id <= m_sealedUpTo)
        return;
    m_sealedUpTo = id;
    m_marks.emplace_back(m_clock.elapsed(), id);
}

qint64 AuditSealer::scanFloor()
{
    const qint64 cut = m_clock.elapsed() - m_floorGraceMs;
    while (!m_marks.empty() && m_marks.front().first <= cut) {
        m_floor = m_marks.front().second;
        m_marks.pop_front();
    }
    return m_floor;
}

namespace {

// The newest event id visible now: read before the pending events, so that every event up to it
// is either among them or sealed already.
Result<qint64> newestEventId(const QSqlDatabase& db)
{
    SqlQuery newest(db);
    if (Error error = newest.exec(QStringLiteral("SELECT COALESCE(MAX(id), 0) AS id FROM audit_events")))
        return error;
    return newest.next() ? newest.value(QStringLiteral("id")).toLongLong() : 0;
}

} // namespace

Result<AuditSealer::Pass> AuditSealer::sealPending(int limit)
{
    if (m_key.size() != KeyBytes)
        return Error(ErrorCode::AuditKeyUnavailable, QStringLiteral("no sealing key"));
    const QString pendingSql = QStringLiteral("SELECT ") + AuditLog::storedColumns(QStringLiteral("e."))
        + QStringLiteral(" FROM audit_events e WHERE e.id > :floor AND NOT EXISTS"
                         " (SELECT 1 FROM audit_seals s WHERE s.event_id = e.id)"
                         " ORDER BY e.id LIMIT :limit");
    const qint64 from = scanFloor();
    {
        // Idle passes only read: no write transaction, so no lock, while there is nothing to seal.
        const Result<QSqlDatabase> connection = m_database.connection();
        if (!connection)
            return connection.error();
        const Result<qint64> newest = newestEventId(connection.value());
        if (!newest)
            return newest.error();
        SqlQuery probe(connection.value());
        if (Error error = probe.prepare(pendingSql))
            return error;
        probe.bind(QStringLiteral(":floor"), from);
        probe.bind(QStringLiteral(":limit"), 1);
        if (Error error = probe.exec())
            return error;
        if (!probe.next()) {
            SqlQuery last(connection.value());
            if (Error error = last.exec(QStringLiteral("SELECT COALESCE(MAX(seq), 0) AS seq FROM audit_seals")))
                return error;
            sealedUpTo(newest.value());
            return Pass{0, last.next() ? last.value(QStringLiteral("seq")).toLongLong() : 0};
        }
    }

    Pass pass;
    qint64 upTo = 0; // every visible event up to it is sealed once this commits
    const Error failed = m_database.write([&](QSqlDatabase& db) -> Error {
        pass = Pass();
        upTo = 0;
        SqlQuery last(db);
        if (Error error = last.exec(QStringLiteral("SELECT seq, mac FROM audit_seals ORDER BY seq DESC LIMIT 1")))
            return error;
        qint64 seq = 0;
        QString previous;
        if (last.next()) {
            seq = last.value(QStringLiteral("seq")).toLongLong();
            previous = last.value(QStringLiteral("mac")).toString();
        }
        const Result<qint64> newest = newestEventId(db);
        if (!newest)
            return newest.error();
        const int batch = std::max(1, limit);
        SqlQuery pending(db);
        if (Error error = pending.prepare(pendingSql))
            return error;
        pending.bind(QStringLiteral(":floor"), from);
        pending.bind(QStringLiteral(":limit"), batch);
        if (Error error = pending.exec())
            return error;
        QList<AuditLog::StoredEvent> events;
        while (pending.next())
            events.append(AuditLog::storedEvent(pending));
        // A full batch may leave pending events below newest; a short one leaves none.
        upTo = events.size() < batch ? newest.value() : (events.isEmpty() ? 0 : events.constLast().id);
        const Result<QDateTime> now = AuditLog::databaseNow(db);
        if (!now)
            return now.error();
        const SqlDialect dialect = SqlQuery::dialectOf(db);
        for (const AuditLog::StoredEvent& event : std::as_const(events)) {
            ++seq;
            const QString mac = AuditSealer::mac(m_key, sealedForm(event, seq, now.value(), previous));
            SqlQuery insert(db);
            if (Error error = insert.prepare(QStringLiteral("INSERT INTO audit_seals (seq, event_id, sealed_at, mac)"
                                                            " VALUES (:seq, :event_id, :sealed_at, :mac)")))
                return error;
            insert.bind(QStringLiteral(":seq"), seq);
            insert.bind(QStringLiteral(":event_id"), event.id);
            insert.bind(QStringLiteral(":sealed_at"), dialect.toSql(now.value()));
            insert.bind(QStringLiteral(":mac"), mac);
            if (Error error = insert.exec())
                return error;
            previous = mac;
            ++pass.sealed;
        }
        pass.lastSeq = seq;
        return {};
    });
    if (failed)
        return failed;
    sealedUpTo(upTo);
    return pass;
}
