#include "audit/AuditCheckpoint.h"

#include "audit/AuditLog.h"
#include "audit/AuditSealer.h"
#include "db/Database.h"
#include "db/SqlQuery.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonValue>

namespace {

const QString lastIdField = QStringLiteral("last_id");
const QString hashField = QStringLiteral("hash");
const QString eventsField = QStringLiteral("events");
const QString signatureField = QStringLiteral("signature");

Result<qint64> eventCount(const QSqlDatabase& db)
{
    SqlQuery count(db);
    if (Error error = count.exec(QStringLiteral("SELECT COUNT(*) AS n FROM audit_events")))
        return error;
    if (!count.next())
        return Error(ErrorCode::DatabaseError, QStringLiteral("COUNT gave no row"));
    return count.value(QStringLiteral("n")).toLongLong();
}

} // namespace

QString AuditCheckpoint::signatureOf(const QByteArray& key, qint64 lastSeq, const QString& mac, qint64 events)
{
    const QJsonArray canonical{QStringLiteral("guichet-checkpoint-v1"), QString::number(lastSeq), mac,
                               QString::number(events)};
    return AuditSealer::mac(key, QJsonDocument(canonical).toJson(QJsonDocument::Compact));
}

QJsonObject AuditCheckpoint::toJson(const Head& head)
{
    return QJsonObject{{lastIdField, head.lastSeq},
                       {hashField, head.mac},
                       {eventsField, head.events},
                       {signatureField, head.signature}};
}

std::optional<AuditCheckpoint::Head> AuditCheckpoint::fromJson(const QByteArray& text)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(text.trimmed(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return std::nullopt;
    const QJsonObject object = document.object();
    const QJsonValue lastId = object.value(lastIdField);
    const QJsonValue hash = object.value(hashField);
    const QJsonValue events = object.value(eventsField);
    const QJsonValue signature = object.value(signatureField);
    if (!lastId.isDouble() || !hash.isString() || !events.isDouble() || !signature.isString())
        return std::nullopt;
    Head head;
    head.lastSeq = lastId.toInteger(-1);
    head.mac = hash.toString();
    head.events = events.toInteger(-1);
    head.signature = signature.toString();
    if (head.lastSeq < 0 || head.events < 0 || double(head.lastSeq) != lastId.toDouble()
        || double(head.events) != events.toDouble()
        || (head.lastSeq > 0 && head.mac.size() != AuditSealer::MacHexLength)
        || head.signature.size() != AuditSealer::MacHexLength)
        return std::nullopt;
    return head;
}

QString AuditCheckpoint::matchName(Match match)
{
    switch (match) {
    case Match::Matches:
        return QStringLiteral("matches");
    case Match::MissingEvents:
        return QStringLiteral("missing_events");
    case Match::Mismatch:
        return QStringLiteral("mismatch");
    }
    return QStringLiteral("mismatch");
}

Result<AuditCheckpoint::Head> AuditCheckpoint::take(Database& database, const QByteArray& key, const QString& takenBy)
{
    if (key.size() != AuditSealer::KeyBytes)
        return Error(ErrorCode::AuditKeyUnavailable, QStringLiteral("no sealing key"));
    Head head;
    const Error failed = database.write([&](QSqlDatabase& db) -> Error {
        head = Head();
        SqlQuery last(db);
        if (Error error = last.exec(QStringLiteral("SELECT seq, mac FROM audit_seals ORDER BY seq DESC LIMIT 1")))
            return error;
        if (last.next()) {
            head.lastSeq = last.value(QStringLiteral("seq")).toLongLong();
            head.mac = last.value(QStringLiteral("mac")).toString();
        }
        const Result<qint64> events = eventCount(db);
        if (!events)
            return events.error();
        head.events = events.value();
        head.signature = signatureOf(key, head.lastSeq, head.mac, head.events);
        SqlQuery record(db);
        if (Error error = record.prepare(QStringLiteral("INSERT INTO audit_checkpoints (last_seq, events, taken_by)"
                                                        " VALUES (:last_seq, :events, :taken_by)")))
            return error;
        record.bind(QStringLiteral(":last_seq"), head.lastSeq);
        record.bind(QStringLiteral(":events"), head.events);
        record.bind(QStringLiteral(":taken_by"), takenBy.isNull() ? QStringLiteral("") : takenBy);
        return record.exec();
    });
    if (failed)
        return failed;
    return head;
}

Result<AuditCheckpoint::Match> AuditCheckpoint::compare(const QSqlDatabase& db, const Head& head, const QByteArray& key)
{
    if (!key.isEmpty() && signatureOf(key, head.lastSeq, head.mac, head.events) != head.signature)
        return Match::Mismatch;
    const Result<qint64> events = eventCount(db);
    if (!events)
        return events.error();
    SqlQuery last(db);
    if (Error error = last.exec(QStringLiteral("SELECT COALESCE(MAX(seq), 0) AS seq FROM audit_seals")))
        return error;
    const qint64 lastSeq = last.next() ? last.value(QStringLiteral("seq")).toLongLong() : 0;
    if (lastSeq < head.lastSeq || events.value() < head.events)
        return Match::MissingEvents;
    if (head.lastSeq == 0)
        return Match::Matches;
    SqlQuery seal(db);
    if (Error error = seal.prepare(QStringLiteral("SELECT mac FROM audit_seals WHERE seq = :seq")))
        return error;
    seal.bind(QStringLiteral(":seq"), head.lastSeq);
    if (Error error = seal.exec())
        return error;
    if (!seal.next())
        return Match::MissingEvents; // a gap where the kept head was
    return seal.value(QStringLiteral("mac")).toString() == head.mac ? Match::Matches : Match::Mismatch;
}

Result<std::optional<AuditCheckpoint::Record>> AuditCheckpoint::last(const QSqlDatabase& db)
{
    SqlQuery query(db);
    if (Error error = query.exec(QStringLiteral(
            "SELECT taken_at, last_seq, events, taken_by FROM audit_checkpoints ORDER BY id DESC LIMIT 1")))
        return error;
    if (!query.next())
        return std::optional<Record>();
    Record record;
    record.takenAt = SqlDialect::toDateTime(query.value(QStringLiteral("taken_at")));
    record.lastSeq = query.value(QStringLiteral("last_seq")).toLongLong();
    record.events = query.value(QStringLiteral("events")).toLongLong();
    record.takenBy = query.value(QStringLiteral("taken_by")).toString();
    return std::optional<Record>(record);
}
