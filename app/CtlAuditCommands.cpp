#include "CtlAuditCommands.h"

#include "CtlOutput.h"
#include "CtlProfileCommands.h"
#include "CtlSignIn.h"
#include "Platform.h"
#include "audit/AuditCheckpoint.h"
#include "audit/AuditSealer.h"
#include "db/Database.h"
#include "profiles/ConnectionProfile.h"
#include "secrets/KeychainSecretStore.h"
#include "supervision/AuditTrail.h"
#include "text/ErrorText.h"

#include <QFile>
#include <QLoggingCategory>
#include <QTimer>

Q_LOGGING_CATEGORY(lcAuditSequencer, "guichet.audit.sequencer", QtInfoMsg)

const QString CtlAuditCommands::KeyPurpose = QStringLiteral("audit-seal");

namespace {

const QString optOnce = QStringLiteral("once");
const QString optIntervalMs = QStringLiteral("interval-ms");
const QString optKeyFile = QStringLiteral("audit-key-file");
const QString optCheckpoint = QStringLiteral("checkpoint");
constexpr int DefaultIntervalMs = 1000;
constexpr int StopPollMs = 100;
constexpr qint64 MaxCheckpointBytes = 4096;

QString sealCheckName(AuditLog::SealCheck check)
{
    switch (check) {
    case AuditLog::SealCheck::NotChecked:
        return QStringLiteral("not_checked");
    case AuditLog::SealCheck::Valid:
        return QStringLiteral("valid");
    case AuditLog::SealCheck::Invalid:
        return QStringLiteral("invalid");
    }
    return QStringLiteral("not_checked");
}

} // namespace

CtlAuditCommands::CtlAuditCommands(QCommandLineParser& parser, Database* database, const ConnectionProfile* profile,
                                   SecretStore* secrets)
    : m_parser(parser), m_database(database), m_profile(profile), m_secrets(secrets)
{ }

CtlAuditCommands::~CtlAuditCommands() = default;

int CtlAuditCommands::run(const QStringList& arguments)
{
    if (arguments == QStringList{QStringLiteral("key"), QStringLiteral("init")})
        return keyInit();
    if (!m_database)
        return CtlOutput::unknownCommand(QStringList{QStringLiteral("audit")} + arguments);
    if (arguments == QStringList{QStringLiteral("sequencer"), QStringLiteral("run")})
        return runSequencer();
    if (arguments == QStringList{QStringLiteral("checkpoint")})
        return checkpoint();
    if (arguments == QStringList{QStringLiteral("verify")})
        return verify();
    return CtlOutput::unknownCommand(QStringList{QStringLiteral("audit")} + arguments);
}

QString CtlAuditCommands::keychainProfile() const
{
    return m_profile ? m_profile->name : QStringLiteral("default");
}

SecretStore& CtlAuditCommands::secrets()
{
    if (m_secrets)
        return *m_secrets;
    if (!m_ownSecrets)
        m_ownSecrets = std::make_unique<KeychainSecretStore>();
    return *m_ownSecrets;
}

QByteArray CtlAuditCommands::loadKey(int* exitCode)
{
    *exitCode = CtlOutput::Success;
    if (m_parser.isSet(optKeyFile)) {
        QFile file(m_parser.value(optKeyFile));
        const QByteArray key = file.open(QIODevice::ReadOnly)
            ? AuditSealer::keyFromText(QString::fromLatin1(file.read(MaxCheckpointBytes)))
            : QByteArray();
        if (key.isEmpty())
            *exitCode = CtlOutput::refused(Error::codeName(ErrorCode::AuditKeyUnavailable),
                                           ErrorText::error(Error(ErrorCode::AuditKeyUnavailable)),
                                           {{QStringLiteral("option"), optKeyFile}});
        return key;
    }
    const SecretStore::Result secret = secrets().readBlocking(keychainProfile(), KeyPurpose);
    if (!secret.ok()) {
        qCInfo(lcAuditSequencer).noquote()
            << "no sealing key in the keychain:" << SecretStore::failureName(secret.failure);
        return {};
    }
    return AuditSealer::keyFromText(secret.secret);
}

int CtlAuditCommands::keyInit()
{
    const QByteArray key = AuditSealer::generateKey();
    const QString text = AuditSealer::keyToText(key);
    if (m_parser.isSet(optKeyFile)) {
        QFile file(m_parser.value(optKeyFile));
        // NewOnly: never over an existing key (its seals would no longer verify).
        if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly, QFileDevice::ReadOwner | QFileDevice::WriteOwner)
            || file.write(text.toLatin1() + '\n') < 0 || !file.flush())
            return CtlOutput::refused(QStringLiteral("audit_key_exists"),
                                      tr("The key file already exists or cannot be written; a key is never "
                                         "replaced (the seals made with it would no longer verify)."),
                                      {{QStringLiteral("option"), optKeyFile}});
        return CtlOutput::success({{QStringLiteral("created"), true}, {QStringLiteral("file"), file.fileName()}});
    }
    const SecretStore::Result existing = secrets().readBlocking(keychainProfile(), KeyPurpose);
    if (existing.ok())
        return CtlOutput::refused(QStringLiteral("audit_key_exists"),
                                  tr("This computer's keychain already holds an audit sealing key; a key is never "
                                     "replaced (the seals made with it would no longer verify)."));
    if (existing.failure != SecretStore::Failure::NotFound)
        return CtlProfileCommands::keychainFailure(existing.failure);
    const SecretStore::Failure failure = secrets().writeBlocking(keychainProfile(), KeyPurpose, text);
    if (failure != SecretStore::Failure::None)
        return CtlProfileCommands::keychainFailure(failure);
    return CtlOutput::success({{QStringLiteral("created"), true},
                               {QStringLiteral("keychain"), SecretStore::keyFor(keychainProfile(), KeyPurpose)}});
}

int CtlAuditCommands::runSequencer()
{
    int interval = DefaultIntervalMs;
    if (m_parser.isSet(optIntervalMs)) {
        bool ok = false;
        interval = m_parser.value(optIntervalMs).toInt(&ok);
        if (!ok || interval < 10 || interval > 3600000)
            return CtlOutput::usage(tr("--interval-ms must be a number of milliseconds from 10 to 3600000."));
    }
    int exitCode = 0;
    const QByteArray key = loadKey(&exitCode);
    if (exitCode != CtlOutput::Success)
        return exitCode;
    if (key.isEmpty())
        return CtlOutput::refused(Error(ErrorCode::AuditKeyUnavailable));
    AuditSealer sealer(*m_database, key);
    qint64 sealed = 0;
    qint64 lastSeq = 0;
    qint64 passes = 0;
    // One pass seals what is pending, a batch after another.
    auto pass = [&]() -> Error {
        ++passes;
        for (;;) {
            const Result<AuditSealer::Pass> done = sealer.sealPending();
            if (!done)
                return done.error();
            sealed += done->sealed;
            lastSeq = done->lastSeq;
            if (done->sealed == 0)
                return {};
        }
    };
    const auto totals = [&] {
        return QJsonObject{{QStringLiteral("sealed"), sealed},
                           {QStringLiteral("last_seq"), lastSeq},
                           {QStringLiteral("passes"), passes}};
    };
    if (m_parser.isSet(optOnce)) {
        if (const Error error = pass())
            return CtlOutput::refused(error);
        return CtlOutput::success(totals());
    }

    // SIGINT/SIGTERM, or Windows' console events: the pass in progress ends, then the loop.
    Platform::watchStopRequests();
    QTimer passTimer;
    passTimer.setInterval(interval);
    QObject::connect(&passTimer, &QTimer::timeout, &passTimer, [&] {
        // A database that is down now may be back at the next pass.
        if (const Error error = pass())
            qCWarning(lcAuditSequencer) << "sequencer pass failed:" << error.codeName() << error.detail();
    });
    QTimer stopTimer;
    stopTimer.setInterval(StopPollMs);
    QObject::connect(&stopTimer, &QTimer::timeout, &stopTimer, [] {
        if (Platform::stopRequested())
            QCoreApplication::quit();
    });
    if (const Error error = pass())
        qCWarning(lcAuditSequencer) << "sequencer pass failed:" << error.codeName() << error.detail();
    if (!Platform::stopRequested()) {
        passTimer.start();
        stopTimer.start();
        QCoreApplication::exec();
    }
    Platform::unwatchStopRequests();
    return CtlOutput::success(totals());
}

int CtlAuditCommands::checkpoint()
{
    int exitCode = 0;
    const QByteArray key = loadKey(&exitCode);
    if (exitCode != CtlOutput::Success)
        return exitCode;
    if (key.isEmpty())
        return CtlOutput::refused(Error(ErrorCode::AuditKeyUnavailable));
    const std::optional<AgentSession> session = CtlSignIn::reviewer(m_parser, *m_database, &exitCode);
    if (!session)
        return exitCode;
    if (!session->can(AgentSession::Permission::ReviewHistory))
        return CtlOutput::refused(Error(ErrorCode::Forbidden));
    const Result<AuditCheckpoint::Head> head = AuditCheckpoint::take(*m_database, key, session->login);
    if (!head)
        return CtlOutput::refused(head.error());
    return CtlOutput::success(AuditCheckpoint::toJson(head.value()));
}

int CtlAuditCommands::verify()
{
    std::optional<AuditCheckpoint::Head> kept;
    if (m_parser.isSet(optCheckpoint)) {
        QFile file(m_parser.value(optCheckpoint));
        if (file.open(QIODevice::ReadOnly))
            kept = AuditCheckpoint::fromJson(file.read(MaxCheckpointBytes));
        if (!kept)
            return CtlOutput::refused(Error(ErrorCode::CheckpointUnreadable));
    }
    int exitCode = 0;
    const QByteArray key = loadKey(&exitCode);
    if (exitCode != CtlOutput::Success)
        return exitCode;
    const std::optional<AgentSession> session = CtlSignIn::reviewer(m_parser, *m_database, &exitCode);
    if (!session)
        return exitCode;
    const Result<AuditTrail::ChainStatus> status = AuditTrail(*m_database).verifyChain(*session, key, kept);
    if (!status)
        return CtlOutput::refused(status.error());
    QJsonObject out{
        {QStringLiteral("events"), status->events},
        {QStringLiteral("sealed"), status->sealed},
        {QStringLiteral("unsealed"), status->unsealed},
        {QStringLiteral("unsealed_stale"), status->staleUnsealed},
        {QStringLiteral("missing_events"), status->missingEvents},
        {QStringLiteral("seqs_consecutive"), status->seqConsecutive},
        {QStringLiteral("seals"), sealCheckName(status->seals)},
        {QStringLiteral("intact"), status->intact},
        {QStringLiteral("first_broken"), status->firstBrokenId > 0 ? QJsonValue(status->firstBrokenId) : QJsonValue()},
        {QStringLiteral("first_broken_position"),
         status->firstBrokenPosition > 0 ? QJsonValue(status->firstBrokenPosition) : QJsonValue()}};
    if (status->checkpoint) {
        out.insert(QStringLiteral("checkpoint"), AuditCheckpoint::matchName(*status->checkpoint));
        if (key.isEmpty())
            out.insert(QStringLiteral("checkpoint_signature"), QStringLiteral("not_checked"));
    }
    return CtlOutput::success(out);
}
