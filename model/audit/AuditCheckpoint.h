#pragma once

#include "core/Error.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QString>

#include <optional>

class Database;

// The head of the sealed audit trail, anchored outside the database: guichetctl audit checkpoint
// prints it for the administrator to keep elsewhere, and records in the database that it was
// taken (when, up to which seal, by whom; the supervisors' desk shows the last one). A later
// check against the kept head tells a trail cut after it (MissingEvents) from one rewritten
// (Mismatch). The signature is a MAC under the sequencer's key, so the head cannot be forged
// without the key either.
class AuditCheckpoint
{
public:
    struct Head
    {
        qint64 lastSeq = 0; // "last_id": the last seal's seq (0: nothing sealed yet)
        QString mac; // "hash": that seal's MAC
        qint64 events = 0; // the number of events in the trail when it was taken
        QString signature; // MAC under the key over the three above
    };

    enum class Match { Matches, MissingEvents, Mismatch };

    struct Record
    {
        QDateTime takenAt;
        qint64 lastSeq = 0;
        qint64 events = 0;
        QString takenBy;
    };

    static QString signatureOf(const QByteArray& key, qint64 lastSeq, const QString& mac, qint64 events);
    // {"last_id", "hash", "events", "signature"}, and back (nullopt when the text is not one).
    static QJsonObject toJson(const Head& head);
    static std::optional<Head> fromJson(const QByteArray& text);
    // "matches", "missing_events", "mismatch".
    static QString matchName(Match match);

    // Signs the last seal and the number of events under key and records the checkpoint, in one
    // transaction. AuditKeyUnavailable without a key.
    static Result<Head> take(Database& database, const QByteArray& key, const QString& takenBy);
    // The trail against a kept head. With the key, a signature that does not hold is a Mismatch;
    // without it (empty), the signature is not checked.
    static Result<Match> compare(const QSqlDatabase& db, const Head& head, const QByteArray& key);
    // The last checkpoint taken, if any.
    static Result<std::optional<Record>> last(const QSqlDatabase& db);
};
