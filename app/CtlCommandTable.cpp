#include "CtlCommandTable.h"

#include <QCommandLineParser>
#include <QSet>

namespace {

using Option = CtlCommandTable::Option;
using Command = CtlCommandTable::Command;

// The options, each with the translation context its description has always had, so that the
// existing translations carry over. An option name may appear with several descriptions (--agent
// signs in for desk, for history, purge and audit); it always takes a value or never.
const Option database{"database", "CtlCommands",
                      QT_TRANSLATE_NOOP("CtlCommands", "Database URL: sqlite:PATH or postgresql://USER@HOST:PORT/DB."),
                      QT_TRANSLATE_NOOP("CtlCommands", "url")};
const Option profile{
    "profile", "CtlCommands",
    QT_TRANSLATE_NOOP("CtlCommands",
                      "Connection profile (see profile list): its database unless --database is given, its "
                      "mail relay for mailer run. Default: GUICHET_PROFILE."),
    QT_TRANSLATE_NOOP("CtlCommands", "name")};
const Option databasePasswordFile{
    "database-password-file", "CtlCommands",
    QT_TRANSLATE_NOOP("CtlCommands",
                      "Read the database password from this file (all of it but a final line end), e.g. a systemd "
                      "credential, instead of the keychain."),
    QT_TRANSLATE_NOOP("CtlCommands", "file")};
const Option lang{"lang", "CtlCommands", QT_TRANSLATE_NOOP("CtlCommands", "Language of the messages: fr or en."),
                  QT_TRANSLATE_NOOP("CtlCommands", "language")};
const Option help{"help", "CtlCommandTable",
                  QT_TRANSLATE_NOOP("CtlCommandTable", "Show this help; after a command, that command's options."),
                  nullptr, "h"};
const Option version{"version", "CtlCommandTable", QT_TRANSLATE_NOOP("CtlCommandTable", "Show the version."), nullptr,
                     "v"};

// Identity (identity add, register add, portal register, desk verify).
const Option nir{"nir", "CtlCommands",
                 QT_TRANSLATE_NOOP("CtlCommands", "Social-security number (identity add, register add)."),
                 QT_TRANSLATE_NOOP("CtlCommands", "nir")};
const Option lastName{"last-name", "CtlCommands", QT_TRANSLATE_NOOP("CtlCommands", "Last name."),
                      QT_TRANSLATE_NOOP("CtlCommands", "name")};
const Option firstNames{"first-names", "CtlCommands", QT_TRANSLATE_NOOP("CtlCommands", "First names."),
                        QT_TRANSLATE_NOOP("CtlCommands", "names")};
const Option birthDate{"birth-date", "CtlCommands", QT_TRANSLATE_NOOP("CtlCommands", "Date of birth, YYYY-MM-DD."),
                       QT_TRANSLATE_NOOP("CtlCommands", "date")};
const Option birthPlace{"birth-place", "CtlCommands",
                        QT_TRANSLATE_NOOP("CtlCommands", "Place of birth (commune, or country when born abroad)."),
                        QT_TRANSLATE_NOOP("CtlCommands", "place")};
const Option uncertified{"uncertified", "CtlCommands",
                         QT_TRANSLATE_NOOP("CtlCommands", "identity add: the NIR is not certified yet.")};
const Option accounts{"accounts", "CtlCommands",
                      QT_TRANSLATE_NOOP("CtlCommands", "seed-demo: number of portal accounts to create."),
                      QT_TRANSLATE_NOOP("CtlCommands", "count")};
const Option seed{"seed", "CtlCommands",
                  QT_TRANSLATE_NOOP("CtlCommands", "seed-demo: seed of the generator (same seed, same data)."),
                  QT_TRANSLATE_NOOP("CtlCommands", "seed")};

// Agents and the audit trail.
const Option role{"role", "CtlAdminCommands",
                  QT_TRANSLATE_NOOP("CtlAdminCommands", "agent add: agent, supervisor or admin."),
                  QT_TRANSLATE_NOOP("CtlAdminCommands", "role")};
const Option agentName{"name", "CtlAdminCommands",
                       QT_TRANSLATE_NOOP("CtlAdminCommands", "agent add: the agent's full name."),
                       QT_TRANSLATE_NOOP("CtlAdminCommands", "name")};
const Option auditAccount{"account", "CtlAdminCommands",
                          QT_TRANSLATE_NOOP("CtlAdminCommands", "audit list: only events of the account of this NIR."),
                          QT_TRANSLATE_NOOP("CtlAdminCommands", "nir")};
const Option auditBy{"by", "CtlCommandTable",
                     QT_TRANSLATE_NOOP("CtlCommandTable", "audit list: only events of the agent with this login."),
                     QT_TRANSLATE_NOOP("CtlDeskCommands", "login")};
const Option since{"since", "CtlAdminCommands",
                   QT_TRANSLATE_NOOP("CtlAdminCommands", "audit list: only events since this ISO 8601 instant."),
                   QT_TRANSLATE_NOOP("CtlAdminCommands", "instant")};
const Option limit{"limit", "CtlAdminCommands",
                   QT_TRANSLATE_NOOP("CtlAdminCommands", "audit list: at most this many events (default 200)."),
                   QT_TRANSLATE_NOOP("CtlAdminCommands", "count")};

// The portal simulator.
const Option email{"email", "CtlPortalCommands",
                   QT_TRANSLATE_NOOP("CtlPortalCommands", "portal register: e-mail address of the account."),
                   QT_TRANSLATE_NOOP("CtlPortalCommands", "address")};
const Option secretQuestion{"secret-question", "CtlPortalCommands",
                            QT_TRANSLATE_NOOP("CtlPortalCommands", "portal register: the secret question."),
                            QT_TRANSLATE_NOOP("CtlPortalCommands", "question")};
const Option secretAnswer{"secret-answer", "CtlPortalCommands",
                          QT_TRANSLATE_NOOP("CtlPortalCommands", "portal register: the answer to the secret question."),
                          QT_TRANSLATE_NOOP("CtlPortalCommands", "answer")};
const Option at{
    "at", "CtlPortalCommands",
    QT_TRANSLATE_NOOP("CtlPortalCommands",
                      "portal simulator: the time of the action, ISO 8601 (UTC when no offset is given); default "
                      "now. Refused unless GUICHET_PORTAL_SIMULATOR=1 is in the environment."),
    QT_TRANSLATE_NOOP("CtlPortalCommands", "time")};
const Option refusalCode{
    "code", "CtlPortalCommands",
    QT_TRANSLATE_NOOP("CtlPortalCommands",
                      "portal refuse-email-change: the refusal code of the notice sent to the previous address."),
    QT_TRANSLATE_NOOP("CtlPortalCommands", "code")};

// The desk.
const Option deskAgent{
    "agent", "CtlDeskCommands",
    QT_TRANSLATE_NOOP("CtlDeskCommands",
                      "desk: the agent's login (password from GUICHET_AGENT_PASSWORD or standard input)."),
    QT_TRANSLATE_NOOP("CtlDeskCommands", "login")};
const Option call{"call", "CtlDeskCommands", QT_TRANSLATE_NOOP("CtlDeskCommands", "desk: the call id."),
                  QT_TRANSLATE_NOOP("CtlDeskCommands", "id")};
const Option reason{
    "reason", "CtlDeskCommands",
    QT_TRANSLATE_NOOP("CtlDeskCommands", "desk: call reason code (call-start), or why the action is taken."),
    QT_TRANSLATE_NOOP("CtlDeskCommands", "text")};
const Option outcome{"outcome", "CtlDeskCommands",
                     QT_TRANSLATE_NOOP("CtlDeskCommands", "desk call-end: how the call ended."),
                     QT_TRANSLATE_NOOP("CtlDeskCommands", "code")};
const Option note{"note", "CtlDeskCommands", QT_TRANSLATE_NOOP("CtlDeskCommands", "desk call-end: a note."),
                  QT_TRANSLATE_NOOP("CtlDeskCommands", "text")};
const Option file{
    "file", "CtlDeskCommands",
    QT_TRANSLATE_NOOP("CtlDeskCommands", "desk unlock-bulk: a CSV file whose first column holds the NIRs."),
    QT_TRANSLATE_NOOP("CtlDeskCommands", "path")};
const Option idempotencyKey{
    "idempotency-key", "CtlDeskCommands",
    QT_TRANSLATE_NOOP("CtlDeskCommands", "desk: an idempotency key; a replayed request has one effect."),
    QT_TRANSLATE_NOOP("CtlDeskCommands", "key")};

// The mailer.
const Option once{"once", "CtlMailerCommands",
                  QT_TRANSLATE_NOOP("CtlMailerCommands", "mailer run: deliver what is due once, then stop.")};
const Option deliverToDir{
    "deliver-to-dir", "CtlMailerCommands",
    QT_TRANSLATE_NOOP("CtlMailerCommands", "mailer run: write each message as an .eml file into this folder."),
    QT_TRANSLATE_NOOP("CtlMailerCommands", "folder")};
const Option smtp{
    "smtp", "CtlMailerCommands",
    QT_TRANSLATE_NOOP("CtlMailerCommands",
                      "mailer run: deliver over SMTP: smtp://[user@]host[:port][?starttls=required|off] or "
                      "smtps://[user@]host[:port]; the password comes from GUICHET_SMTP_PASSWORD."),
    QT_TRANSLATE_NOOP("CtlMailerCommands", "url")};
const Option smtpCa{
    "smtp-ca", "CtlMailerCommands",
    QT_TRANSLATE_NOOP("CtlMailerCommands", "mailer run --smtp: also trust the certificates of this PEM file."),
    QT_TRANSLATE_NOOP("CtlMailerCommands", "file")};
const Option smtpPasswordFile{
    "smtp-password-file", "CtlMailerCommands",
    QT_TRANSLATE_NOOP(
        "CtlMailerCommands",
        "mailer run: read the mail relay's password from this file (e.g. a systemd credential) instead of "
        "the keychain or GUICHET_SMTP_PASSWORD."),
    QT_TRANSLATE_NOOP("CtlMailerCommands", "file")};
const Option sender{
    "sender", "CtlMailerCommands",
    QT_TRANSLATE_NOOP(
        "CtlMailerCommands",
        "mailer run: the sender of the mail, \"Name <address>\" or an address (header From and envelope)."),
    QT_TRANSLATE_NOOP("CtlMailerCommands", "sender")};
const Option replyTo{
    "reply-to", "CtlMailerCommands",
    QT_TRANSLATE_NOOP("CtlMailerCommands", "mailer run: the Reply-To of the mail, \"Name <address>\" or an address."),
    QT_TRANSLATE_NOOP("CtlMailerCommands", "address")};
const Option dead{"dead", "CtlMailerCommands",
                  QT_TRANSLATE_NOOP("CtlMailerCommands", "mailer requeue: also queue the dead mail again.")};
const Option requeueAccount{
    "account", "CtlCommandTable",
    QT_TRANSLATE_NOOP("CtlCommandTable", "mailer requeue: only the mail of the account of this NIR."),
    QT_TRANSLATE_NOOP("CtlAdminCommands", "nir")};

// The lockout history and the purge.
const Option historyAgent{
    "agent", "CtlCommandTable",
    QT_TRANSLATE_NOOP(
        "CtlCommandTable",
        "The login of the supervisor or admin running the command (password from GUICHET_AGENT_PASSWORD or "
        "standard input)."),
    QT_TRANSLATE_NOOP("CtlDeskCommands", "login")};
// The sealed audit trail (CtlAuditCommands).
const Option auditKeyFile{
    "audit-key-file", "CtlAuditCommands",
    QT_TRANSLATE_NOOP("CtlAuditCommands",
                      "The audit sealing key from this file (a systemd credential) instead of the keychain; "
                      "audit key init creates it."),
    QT_TRANSLATE_NOOP("CtlAuditCommands", "file")};
const Option sequencerOnce{
    "once", "CtlAuditCommands",
    QT_TRANSLATE_NOOP("CtlAuditCommands", "audit sequencer run: seal what is pending once, then stop.")};
const Option intervalMs{
    "interval-ms", "CtlAuditCommands",
    QT_TRANSLATE_NOOP("CtlAuditCommands", "audit sequencer run: milliseconds between two passes (default 1000)."),
    QT_TRANSLATE_NOOP("CtlAuditCommands", "ms")};
const Option checkpointFile{
    "checkpoint", "CtlAuditCommands",
    QT_TRANSLATE_NOOP("CtlAuditCommands", "audit verify: compare the trail with this kept checkpoint."),
    QT_TRANSLATE_NOOP("CtlAuditCommands", "file")};
const Option from{
    "from", "CtlHistoryCommands",
    QT_TRANSLATE_NOOP("CtlHistoryCommands",
                      "history lockouts: from this instant (ISO 8601, UTC unless an offset is given), included."),
    QT_TRANSLATE_NOOP("CtlHistoryCommands", "instant")};
const Option to{"to", "CtlHistoryCommands",
                QT_TRANSLATE_NOOP("CtlHistoryCommands", "history lockouts: up to this instant (ISO 8601), excluded."),
                QT_TRANSLATE_NOOP("CtlHistoryCommands", "instant")};
const Option state{"state", "CtlHistoryCommands",
                   QT_TRANSLATE_NOOP("CtlHistoryCommands", "history lockouts: locked, unlocked or all (default)."),
                   QT_TRANSLATE_NOOP("CtlHistoryCommands", "state")};
const Option historyNir{"nir", "CtlCommandTable",
                        QT_TRANSLATE_NOOP("CtlCommandTable",
                                          "history lockouts: only the lockouts of this social-security "
                                          "number."),
                        QT_TRANSLATE_NOOP("CtlCommands", "nir")};
const Option repeat{
    "repeat", "CtlHistoryCommands",
    QT_TRANSLATE_NOOP("CtlHistoryCommands", "history lockouts: only accounts locked at least 3 times in 30 days.")};
const Option format{"format", "CtlHistoryCommands",
                    QT_TRANSLATE_NOOP("CtlHistoryCommands", "history lockouts: csv or json (default)."),
                    QT_TRANSLATE_NOOP("CtlHistoryCommands", "format")};
const Option olderThan{
    "older-than", "CtlHistoryCommands",
    QT_TRANSLATE_NOOP("CtlHistoryCommands",
                      "purge: delete login attempts and consultations older than this many days (default 365, "
                      "at least 30)."),
    QT_TRANSLATE_NOOP("CtlHistoryCommands", "days")};

// Connection profiles (--database is global; for profile set it is the profile's database).
const Option profileSmtp{"smtp", "CtlCommandTable",
                         QT_TRANSLATE_NOOP("CtlCommandTable",
                                           "profile set: the profile's mail relay, smtp://[user@]host[:port][?starttls="
                                           "required|off] or smtps://[user@]host[:port], without a password."),
                         QT_TRANSLATE_NOOP("CtlMailerCommands", "url")};
const Option profileSmtpCa{
    "smtp-ca", "CtlCommandTable",
    QT_TRANSLATE_NOOP("CtlCommandTable",
                      "profile set: also trust the certificates of this PEM file for the mail relay."),
    QT_TRANSLATE_NOOP("CtlMailerCommands", "file")};
const Option smtpSender{
    "smtp-sender", "CtlProfileCommands",
    QT_TRANSLATE_NOOP("CtlProfileCommands",
                      "profile set: the sender of the profile's mail, \"Name <address>\" or an address "
                      "(header From and envelope)."),
    QT_TRANSLATE_NOOP("CtlProfileCommands", "sender")};
const Option smtpReplyTo{
    "smtp-reply-to", "CtlProfileCommands",
    QT_TRANSLATE_NOOP("CtlProfileCommands", "profile set: the Reply-To of the profile's mail (optional)."),
    QT_TRANSLATE_NOOP("CtlProfileCommands", "address")};
const Option mailDelivery{
    "mail-delivery", "CtlProfileCommands",
    QT_TRANSLATE_NOOP("CtlProfileCommands", "profile set: who sends the mail: embedded (each desk) or shared_service."),
    QT_TRANSLATE_NOOP("CtlProfileCommands", "mode")};
const Option readsDatabase{
    "reads-database", "CtlProfileCommands",
    QT_TRANSLATE_NOOP("CtlProfileCommands",
                      "a PostgreSQL streaming replica of the database, where the supervisors' heavy reads go: "
                      "profile set keeps it in the profile; history lockouts reads there."),
    QT_TRANSLATE_NOOP("CtlProfileCommands", "url")};
const Option purpose{
    "purpose", "CtlProfileCommands",
    QT_TRANSLATE_NOOP("CtlProfileCommands", "profile set-password: which password, database, smtp or database-reads."),
    QT_TRANSLATE_NOOP("CtlProfileCommands", "purpose")};

QStringList words(const char* text)
{
    return QString::fromLatin1(text).split(QLatin1Char(' '));
}

QString translated(const char* context, const char* text)
{
    return text ? QCoreApplication::translate(context, text) : QString();
}

} // namespace

QString CtlCommandTable::Option::label() const
{
    QString text = QStringLiteral("--") + longName();
    if (shortName)
        text = QStringLiteral("-") + QString::fromLatin1(shortName) + QStringLiteral(", ") + text;
    if (valueName)
        text += QStringLiteral(" <") + translated(context, valueName) + QLatin1Char('>');
    return text;
}

QString CtlCommandTable::Command::label() const
{
    const QString args = translated("CtlCommandTable", arguments);
    return args.isEmpty() ? name() : name() + QLatin1Char(' ') + args;
}

bool CtlCommandTable::Command::takes(const QString& optionName) const
{
    for (const Option& option : options) {
        if (optionName == option.longName())
            return true;
    }
    return isGlobal(optionName);
}

const QList<CtlCommandTable::Option>& CtlCommandTable::globalOptions()
{
    static const QList<Option> globals{database, profile, databasePasswordFile, lang, help, version};
    return globals;
}

bool CtlCommandTable::isGlobal(const QString& optionName)
{
    for (const Option& option : globalOptions()) {
        if (optionName == option.longName() || (option.shortName && optionName == QLatin1String(option.shortName)))
            return true;
    }
    return false;
}

const QList<CtlCommandTable::Command>& CtlCommandTable::commands()
{
    // QT_TRANSLATE_NOOP: the descriptions and argument names are translated when shown.
    static const QList<Command> table{
        {words("init"),
         nullptr,
         0,
         QT_TRANSLATE_NOOP("CtlCommandTable", "create or migrate the schema (the schema owner's login)"),
         {}},
        {words("migrate"),
         nullptr,
         0,
         QT_TRANSLATE_NOOP("CtlCommandTable", "bring the schema to this version (the schema owner's login)"),
         {}},
        {words("nir check"),
         QT_TRANSLATE_NOOP("CtlCommandTable", "INPUT"),
         1,
         QT_TRANSLATE_NOOP("CtlCommandTable", "validate a social-security number"),
         {}},
        {words("identity add"),
         nullptr,
         0,
         QT_TRANSLATE_NOOP("CtlCommandTable", "add an insured person"),
         {nir, lastName, firstNames, birthDate, birthPlace, uncertified}},
        {words("register add"),
         nullptr,
         0,
         QT_TRANSLATE_NOOP("CtlCommandTable", "add a national-register reference entry"),
         {nir, lastName, firstNames, birthDate, birthPlace}},
        {words("seed-demo"),
         nullptr,
         0,
         QT_TRANSLATE_NOOP("CtlCommandTable", "fill an empty database with demo data"),
         {accounts, seed}},

        {words("agent add"),
         QT_TRANSLATE_NOOP("CtlCommandTable", "LOGIN"),
         1,
         QT_TRANSLATE_NOOP("CtlCommandTable",
                           "add an agent (password from GUICHET_PASSWORD, else typed without being shown, or the "
                           "first line of standard input; an admin signs in with --agent, except for the first "
                           "admin of an empty database)"),
         {role, agentName, historyAgent}},
        {words("agent disable"),
         QT_TRANSLATE_NOOP("CtlCommandTable", "LOGIN"),
         1,
         QT_TRANSLATE_NOOP("CtlCommandTable", "disable an agent (an admin signs in with --agent)"),
         {historyAgent}},
        {words("agent enable"),
         QT_TRANSLATE_NOOP("CtlCommandTable", "LOGIN"),
         1,
         QT_TRANSLATE_NOOP("CtlCommandTable", "enable an agent again (an admin signs in with --agent)"),
         {historyAgent}},
        {words("audit verify"),
         nullptr,
         0,
         QT_TRANSLATE_NOOP("CtlCommandTable",
                           "check the seals of the audit trail, and against a kept checkpoint (supervisors)"),
         {historyAgent, checkpointFile, auditKeyFile}},
        {words("audit checkpoint"),
         nullptr,
         0,
         QT_TRANSLATE_NOOP("CtlCommandTable",
                           "print the signed head of the sealed audit trail, to keep outside the database "
                           "(supervisors, where the sealing key is)"),
         {historyAgent, auditKeyFile}},
        {words("audit key init"),
         nullptr,
         0,
         QT_TRANSLATE_NOOP("CtlCommandTable",
                           "create the audit sealing key in this computer's keychain (once, on the sequencer's host)"),
         {auditKeyFile}},
        {words("audit sequencer run"),
         nullptr,
         0,
         QT_TRANSLATE_NOOP("CtlCommandTable",
                           "seal the committed audit events in one order (until SIGINT/SIGTERM without --once)"),
         {sequencerOnce, intervalMs, auditKeyFile}},
        {words("audit list"),
         nullptr,
         0,
         QT_TRANSLATE_NOOP("CtlCommandTable", "the audit events, newest first (supervisors)"),
         {historyAgent, auditBy, auditAccount, since, limit}},

        {words("portal register"),
         nullptr,
         0,
         QT_TRANSLATE_NOOP("CtlCommandTable", "portal simulator: register an account"),
         {nir, lastName, firstNames, birthDate, birthPlace, email, secretQuestion, secretAnswer, at}},
        {words("portal login"),
         QT_TRANSLATE_NOOP("CtlCommandTable", "NIR PASSWORD"),
         2,
         QT_TRANSLATE_NOOP("CtlCommandTable", "portal simulator: sign in"),
         {at}},
        {words("portal activate"),
         QT_TRANSLATE_NOOP("CtlCommandTable", "NIR TEMPORARY NEW-PASSWORD"),
         3,
         QT_TRANSLATE_NOOP("CtlCommandTable", "portal simulator: first sign-in with the temporary password"),
         {at}},
        {words("portal reset-with-secret"),
         QT_TRANSLATE_NOOP("CtlCommandTable", "NIR ANSWER NEW-PASSWORD"),
         3,
         QT_TRANSLATE_NOOP("CtlCommandTable", "portal simulator: a new password with the secret answer"),
         {at}},
        {words("portal refuse-email-change"),
         nullptr,
         0,
         QT_TRANSLATE_NOOP("CtlCommandTable",
                           "portal simulator: refuse, from the previous address, a change of e-mail address made at "
                           "the desk"),
         {nir, refusalCode, at}},

        {words("desk call-start"),
         nullptr,
         0,
         QT_TRANSLATE_NOOP("CtlCommandTable", "desk: start a call"),
         {deskAgent, reason}},
        {words("desk lookup"),
         QT_TRANSLATE_NOOP("CtlCommandTable", "NIR"),
         1,
         QT_TRANSLATE_NOOP("CtlCommandTable", "desk: find the caller's account (masked until verified)"),
         {deskAgent, call}},
        {words("desk verify"),
         nullptr,
         0,
         QT_TRANSLATE_NOOP("CtlCommandTable", "desk: check the caller's identity"),
         {deskAgent, call, lastName, firstNames, birthDate, birthPlace}},
        {words("desk call-end"),
         nullptr,
         0,
         QT_TRANSLATE_NOOP("CtlCommandTable", "desk: end the call"),
         {deskAgent, call, outcome, note}},
        {words("desk unlock"),
         nullptr,
         0,
         QT_TRANSLATE_NOOP("CtlCommandTable", "desk: unlock the account"),
         {deskAgent, call, reason, idempotencyKey}},
        {words("desk reissue"),
         nullptr,
         0,
         QT_TRANSLATE_NOOP("CtlCommandTable", "desk: send a new temporary password to the address on file"),
         {deskAgent, call, reason, idempotencyKey}},
        {words("desk email"),
         QT_TRANSLATE_NOOP("CtlCommandTable", "ADDRESS"),
         1,
         QT_TRANSLATE_NOOP("CtlCommandTable", "desk: change the e-mail address (a code is sent to it)"),
         {deskAgent, call, idempotencyKey}},
        {words("desk email-confirm"),
         QT_TRANSLATE_NOOP("CtlCommandTable", "CODE"),
         1,
         QT_TRANSLATE_NOOP("CtlCommandTable", "desk: confirm the new address with its code"),
         {deskAgent, call, idempotencyKey}},
        {words("desk certify"),
         nullptr,
         0,
         QT_TRANSLATE_NOOP("CtlCommandTable", "desk: certify the NIR with the national register (supervisors)"),
         {deskAgent, call, reason, idempotencyKey}},
        {words("desk unlock-bulk"),
         nullptr,
         0,
         QT_TRANSLATE_NOOP("CtlCommandTable", "desk: unlock the accounts of a CSV file (supervisors)"),
         {deskAgent, file, reason}},
        {words("desk approval-request"),
         nullptr,
         0,
         QT_TRANSLATE_NOOP("CtlCommandTable",
                           "desk: ask a supervisor to approve a reissue to an address changed at the desk"),
         {deskAgent, call, reason}},
        {words("desk approvals"),
         nullptr,
         0,
         QT_TRANSLATE_NOOP("CtlCommandTable", "desk: the reissue approvals waiting for a supervisor (supervisors)"),
         {deskAgent}},
        {words("desk approve"),
         QT_TRANSLATE_NOOP("CtlCommandTable", "REQUEST"),
         1,
         QT_TRANSLATE_NOOP("CtlCommandTable",
                           "desk: approve another agent's reissue request (supervisors; never one's own)"),
         {deskAgent}},

        {words("mailer run"),
         nullptr,
         0,
         QT_TRANSLATE_NOOP("CtlCommandTable",
                           "deliver the mail outbox (until SIGINT/SIGTERM without --once); without --deliver-to-dir "
                           "or --smtp, the relay of --profile"),
         {once, deliverToDir, smtp, smtpCa, smtpPasswordFile, sender, replyTo}},
        {words("mailer requeue"),
         nullptr,
         0,
         QT_TRANSLATE_NOOP("CtlCommandTable", "make waiting mail due now and lift a pause"),
         {dead, requeueAccount}},
        {words("history lockouts"),
         nullptr,
         0,
         QT_TRANSLATE_NOOP("CtlCommandTable", "the lockout history, as CSV or JSON (supervisors)"),
         {historyAgent, from, to, state, historyNir, repeat, format, readsDatabase}},
        {words("purge"),
         nullptr,
         0,
         QT_TRANSLATE_NOOP("CtlCommandTable", "delete old login attempts and consultations (admins)"),
         {historyAgent, olderThan}},

        {words("profile list"), nullptr, 0, QT_TRANSLATE_NOOP("CtlCommandTable", "the connection profiles"), {}},
        {words("profile show"),
         QT_TRANSLATE_NOOP("CtlCommandTable", "NAME"),
         1,
         QT_TRANSLATE_NOOP("CtlCommandTable", "one connection profile (never a password)"),
         {}},
        {words("profile set"),
         QT_TRANSLATE_NOOP("CtlCommandTable", "NAME"),
         1,
         QT_TRANSLATE_NOOP("CtlCommandTable", "create or replace a connection profile (its database: --database)"),
         {profileSmtp, smtpSender, smtpReplyTo, profileSmtpCa, mailDelivery, readsDatabase}},
        {words("profile remove"),
         QT_TRANSLATE_NOOP("CtlCommandTable", "NAME"),
         1,
         QT_TRANSLATE_NOOP("CtlCommandTable", "remove a connection profile and its saved passwords"),
         {}},
        {words("profile default"),
         QT_TRANSLATE_NOOP("CtlCommandTable", "NAME"),
         1,
         QT_TRANSLATE_NOOP("CtlCommandTable", "the profile offered first"),
         {}},
        {words("profile set-password"),
         QT_TRANSLATE_NOOP("CtlCommandTable", "NAME"),
         1,
         QT_TRANSLATE_NOOP("CtlCommandTable",
                           "save a password of the profile in the system keychain (typed without being shown, or "
                           "the first line of standard input)"),
         {purpose}},
    };
    return table;
}

void CtlCommandTable::addOptions(QCommandLineParser& parser)
{
    QSet<QString> added;
    auto add = [&](const Option& option) {
        if (added.contains(option.longName()))
            return;
        added.insert(option.longName());
        QStringList names{option.longName()};
        if (option.shortName)
            names.prepend(QString::fromLatin1(option.shortName));
        // Descriptions are not needed here: the help texts are this class's own.
        parser.addOption(option.valueName ? QCommandLineOption(names, QString(), QString::fromLatin1(option.valueName))
                                          : QCommandLineOption(names));
    };
    for (const Option& option : globalOptions())
        add(option);
    for (const Command& command : commands()) {
        for (const Option& option : command.options)
            add(option);
    }
}

const CtlCommandTable::Command* CtlCommandTable::find(const QStringList& positional)
{
    for (const Command& command : commands()) {
        if (positional.mid(0, command.words.size()) == command.words)
            return &command;
    }
    return nullptr;
}

QList<const CtlCommandTable::Command*> CtlCommandTable::group(const QStringList& prefix)
{
    QList<const Command*> found;
    if (prefix.isEmpty())
        return found;
    for (const Command& command : commands()) {
        if (command.words.mid(0, prefix.size()) == prefix)
            found.append(&command);
    }
    return found;
}

QString CtlCommandTable::foreignOption(const Command& command, const QStringList& givenOptionNames)
{
    for (const QString& name : givenOptionNames) {
        if (!command.takes(name))
            return name;
    }
    return {};
}
