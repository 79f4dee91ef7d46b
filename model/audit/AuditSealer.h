#pragma once

#include "audit/AuditLog.h"
#include "core/Error.h"

#include <QByteArray>
#include <QDateTime>
#include <QElapsedTimer>
#include <QString>

#include <deque>
#include <utility>

class Database;

// The sequencer's side of the sealed audit trail. Desks append events without any lock
// (AuditLog::append); one sequencer, the only holder of the key, seals the committed events it
// finds in its own order of discovery: seal n (audit_seals.seq, from 1 without a gap) holds
// mac_n = HMAC-SHA-512-256 (libsodium crypto_auth) under the key over the event's canonical form,
// n, the seal's instant and mac_{n-1}. An id that commits late (11 visible before 10) is sealed
// later: seq is the order, not the id. Neither the database nor any desk holds the key: it lives
// in the sequencer host's keychain (guichetctl audit key init).
class AuditSealer
{
public:
    static constexpr int KeyBytes = 32;
    static constexpr int MacHexLength = 64;

    // A fresh random key, and its text form for the keychain (base64); keyFromText gives an empty
    // array for text that is not a key.
    static QByteArray generateKey();
    static QString keyToText(const QByteArray& key);
    static QByteArray keyFromText(const QString& text);

    // The MAC of message under key, in hexadecimal; macMatches compares in constant time.
    static QString mac(const QByteArray& key, const QByteArray& message);
    static bool macMatches(const QByteArray& key, const QByteArray& message, const QString& hexMac);

    // What seal seq covers: a JSON array, so that no separator can be forged inside a field.
    static QByteArray sealedForm(const AuditLog::StoredEvent& event, qint64 seq, const QDateTime& sealedAt,
                                 const QString& previousMac);

    struct Pass
    {
        int sealed = 0; // events sealed by this pass
        qint64 lastSeq = 0; // the last seal after it (0: none yet)
    };

    // key: KeyBytes bytes (AuditKeyUnavailable from sealPending otherwise). floorGraceMs: how long
    // a floor waits before it is used (below); AuditLog::UnsealedGraceSeconds but in tests.
    AuditSealer(Database& database, const QByteArray& key, qint64 floorGraceMs = AuditLog::UnsealedGraceSeconds * 1000);

    // Seals, in one transaction, up to limit committed events that have no seal yet, in id order
    // as they are found now. A second sequencer racing this one makes one of the two fail on the
    // seal's unique keys (Duplicate, nothing written): run one.
    //
    // A pass looks for pending events above a floor, not through the whole trail (at millions of
    // events, a walk of every sealed one per pass): every event at or below the floor that had
    // committed was sealed by a pass at least floorGraceMs ago. An event that commits below it now
    // was written by a transaction open longer than that; verify() reports it as a stale unsealed
    // event, as it reports any event left unsealed that long. A new sealer starts from 0: its
    // first pass reads the whole trail once.
    Result<Pass> sealPending(int limit = 1000);
    // The floor the next pass starts above (0: the whole trail).
    qint64 scanFloor();

private:
    // Every visible event up to id is sealed now: a floor once floorGraceMs has passed.
    void sealedUpTo(qint64 id);

    Database& m_database;
    QByteArray m_key;
    qint64 m_floorGraceMs;
    QElapsedTimer m_clock;
    qint64 m_sealedUpTo = 0;
    qint64 m_floor = 0;
    std::deque<std::pair<qint64, qint64>> m_marks; // (m_clock's ms, id), oldest first
};
