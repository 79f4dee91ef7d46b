#pragma once

// What tst_maildispatcher and tst_mailcomposer share: a failing transport, the mails read back
// (headers, quoted-printable, the secrets they carry), the outbox and audit rows.
#include "accounts/AccountRepository.h"
#include "audit/AuditLog.h"
#include "core/PasswordHasher.h"
#include "core/PortalPolicy.h"
#include "db/SqlQuery.h"
#include "identity/IdentityService.h"
#include "mail/EmlDirectoryTransport.h"
#include "mail/MailComposer.h"
#include "mail/MailDispatcher.h"
#include "mail/MailOutbox.h"
#include "support/TestDatabases.h"
#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStandardPaths>
#include <QTest>
#include <algorithm>
#include <utility>

namespace MailTesting {

const QString Email = QStringLiteral("marc.lefevre@example.org");
const QString NewEmail = QStringLiteral("m.dalmas@example.net");
const QString LastName = QStringLiteral("Lefèvre-Dalmas");
const QString FirstNames = QStringLiteral("Marc-Antoine");
const QString NirDigits = QStringLiteral("185037510604292");
// A personal password's hash as stored (its value does not matter here; not hashing saves time).
const QString PersonalPasswordHash = QStringLiteral("$argon2id$v=19$m=65536,t=2,p=1$c29tZXNhbHRzb21lc2FsdA$"
                                                    "aGFzaGhhc2hoYXNoaGFzaGhhc2hoYXNoaGFzaGhhc2g");

// A transport that refuses every message, as an SMTP server that is down would.
class FailingTransport : public MailTransport
{
public:
    explicit FailingTransport(ErrorCode code = ErrorCode::Busy) : m_code(code) { }
    Error deliver(const QByteArray&, const QString&, const QString&) override
    {
        ++calls;
        return Error(m_code, QStringLiteral("smtp: 451 4.3.0 try again later"));
    }
    int calls = 0;

private:
    ErrorCode m_code;
};

// A message as the test reads it back: unfolded headers (lower-case names), decoded parts.
struct Mail
{
    QByteArray raw;
    QHash<QByteArray, QByteArray> headers;
    QString text; // LF line ends
    QString html;
};

inline QByteArray decodeQuotedPrintable(QByteArray in)
{
    in.replace("=\r\n", "");
    QByteArray out;
    for (qsizetype i = 0; i < in.size(); ++i) {
        const bool escape = in.at(i) == '=' && i + 2 < in.size();
        out.append(escape ? char(in.mid(i + 1, 2).toInt(nullptr, 16)) : in.at(i));
        i += escape ? 2 : 0;
    }
    return out;
}

inline QHash<QByteArray, QByteArray> parseHeaders(QByteArray block)
{
    block.replace("\r\n ", " ");
    QHash<QByteArray, QByteArray> headers;
    for (const QByteArray& line : block.split('\n')) {
        if (const qsizetype colon = line.indexOf(':'); colon > 0)
            headers.insert(line.left(colon).trimmed().toLower(), line.mid(colon + 1).trimmed());
    }
    return headers;
}

inline Mail parseMail(const QByteArray& raw)
{
    Mail mail{raw, parseHeaders(raw.left(raw.indexOf("\r\n\r\n"))), {}, {}};
    const QString boundary = QRegularExpression(QStringLiteral("boundary=\"([^\"]+)\""))
                                 .match(QString::fromLatin1(mail.headers.value("content-type")))
                                 .captured(1);
    // The message is 7-bit: Latin-1 keeps its bytes.
    for (const QString& part : QString::fromLatin1(raw).split(QStringLiteral("--") + boundary)) {
        const QByteArray bytes = part.toLatin1();
        const qsizetype split = bytes.indexOf("\r\n\r\n");
        const QHash<QByteArray, QByteArray> headers = parseHeaders(bytes.left(split));
        const QByteArray body = bytes.mid(split + 4);
        const QByteArray type = headers.value("content-type");
        const QByteArray decoded = headers.value("content-transfer-encoding") == "base64" ? QByteArray::fromBase64(body)
                                                                                          : decodeQuotedPrintable(body);
        if (type.startsWith("text/plain"))
            mail.text = QString::fromUtf8(decoded).replace(QLatin1String("\r\n"), QLatin1String("\n"));
        else if (type.startsWith("text/html"))
            mail.html = QString::fromUtf8(decoded);
    }
    return mail;
}

inline QString decodeSubject(const QByteArray& value)
{
    QString out;
    const QRegularExpression word(QStringLiteral("=\\?UTF-8\\?B\\?([A-Za-z0-9+/=]*)\\?="));
    auto it = word.globalMatch(QString::fromLatin1(value));
    while (it.hasNext())
        out += QString::fromUtf8(QByteArray::fromBase64(it.next().captured(1).toLatin1()));
    return out;
}

inline QList<Mail> mailsIn(const QString& directory)
{
    QList<Mail> mails;
    const QDir dir(directory);
    for (const QString& name : dir.entryList({QStringLiteral("*.eml")}, QDir::Files, QDir::Name)) {
        QFile file(dir.filePath(name));
        if (file.open(QIODevice::ReadOnly))
            mails.append(parseMail(file.readAll()));
    }
    return mails;
}

// The secret on its fixed line of the raw message (the text part is quoted-printable, which leaves
// such a line as it is).
inline QString secretIn(const Mail& mail, const QString& label)
{
    const QRegularExpression line(QStringLiteral("^") + QRegularExpression::escape(label)
                                      + QStringLiteral(" (\\S+)\\r$"),
                                  QRegularExpression::MultilineOption);
    return line.match(QString::fromUtf8(mail.raw)).captured(1);
}

inline QString passwordIn(const Mail& mail)
{
    return secretIn(mail, QStringLiteral("Mot de passe provisoire :"));
}

inline qint64 outboxIdOf(const Mail& mail)
{
    const QRegularExpression id(QStringLiteral("^<outbox-(\\d+)\\."));
    return id.match(QString::fromLatin1(mail.headers.value("message-id"))).captured(1).toLongLong();
}

// Every column of every row of a table, as text.
inline QString dump(QSqlDatabase db, const QString& table)
{
    QSqlQuery query(db);
    // The table names come from the test itself.
    if (!query.exec(QStringLiteral("SELECT * FROM ") + table))
        return QStringLiteral("<query failed>");
    QString out;
    while (query.next()) {
        for (int i = 0; i < query.record().count(); ++i)
            out += query.value(i).toString() + QLatin1Char('\n');
    }
    return out;
}

// One insured person with one account.
inline qint64 makeAccount(Database& database, Account::Status status = Account::Status::PendingActivation,
                          const QString& passwordHash = {})
{
    const Result<qint64> personId = IdentityService(database).addPerson(
        Nir::parse(NirDigits), CivilStatus{LastName, FirstNames, QDate(1985, 3, 2), QStringLiteral("Paris")}, true);
    if (!personId)
        return 0;
    Account account;
    account.personId = personId.value();
    account.email = Email;
    account.status = status;
    account.passwordHash = passwordHash;
    if (status == Account::Status::Locked) {
        account.lockedAt = QDateTime::currentDateTimeUtc().addDays(-1);
        account.failedAttempts = PortalPolicy::MaxFailedAttempts;
    }
    const Result<qint64> id = AccountRepository(database.connection().value()).add(account);
    return id ? id.value() : 0;
}

inline qint64 enqueue(Database& database, qint64 accountId, OutboxMessage::Kind kind, const QString& recipient,
                      const QString& language = QStringLiteral("fr"), const QString& payload = {})
{
    qint64 id = 0;
    const Error error = database.write([&](QSqlDatabase& db) -> Error {
        const Result<qint64> queued = MailOutbox(db).enqueue(accountId, kind, recipient, language, payload);
        if (!queued)
            return queued.error();
        id = queued.value();
        return {};
    });
    return error ? 0 : id;
}

inline Account account(Database& database, qint64 id)
{
    return AccountRepository(database.connection().value()).findById(id).value();
}

inline OutboxMessage outboxRow(Database& database, qint64 id)
{
    return MailOutbox(database.connection().value()).findById(id).value();
}

// The first column of each row of a constant statement, as text ("NULL" for a null).
inline QStringList rows(Database& database, const QString& sql)
{
    SqlQuery query(database.connection().value());
    QStringList out;
    if (query.exec(sql))
        return {QStringLiteral("<query failed>")};
    while (query.next()) {
        const QVariant value = query.value(QStringLiteral("v"));
        out << (value.isNull() ? QStringLiteral("NULL") : value.toString());
    }
    return out;
}

const QString AuditActions = QStringLiteral("SELECT action || '/' || outcome AS v FROM audit_events ORDER BY id");

inline bool auditIntact(Database& database)
{
    const Result<AuditLog::Verification> verification = AuditLog(database.connection().value()).verify();
    return verification && verification->intact;
}

// One run, as "sent failed dead" counts, or the error.
inline QString runOnce(MailDispatcher& dispatcher, const QDateTime& now)
{
    const Result<DispatchReport> report = dispatcher.runOnce(now);
    if (!report)
        return report.error().codeName() + QLatin1Char(' ') + report.error().detail();
    return QStringLiteral("%1 %2 %3").arg(report->sent).arg(report->failed).arg(report->dead);
}

inline QString runOnceWith(Database& database, MailTransport& transport, const QDateTime& now)
{
    MailDispatcher dispatcher(database, transport);
    return runOnce(dispatcher, now);
}

// Now, past the database's default next_attempt_at of what was just queued.
inline QDateTime later()
{
    return QDateTime::currentDateTimeUtc().addSecs(1);
}

} // namespace MailTesting
