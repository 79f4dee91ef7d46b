#include "CtlHistoryCommands.h"

#include "CtlOutput.h"
#include "CtlSignIn.h"
#include "core/CsvWriter.h"
#include "db/Database.h"
#include "db/ReadReplica.h"
#include "supervision/LockoutHistoryExport.h"
#include "supervision/RetentionService.h"
#include "text/ErrorText.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimeZone>

#include <cstdio>

namespace {

// --nir is registered by the identity commands; the name is shared.
const QString optNir = QStringLiteral("nir");
const QString optFrom = QStringLiteral("from");
const QString optTo = QStringLiteral("to");
const QString optState = QStringLiteral("state");
const QString optRepeat = QStringLiteral("repeat");
const QString optFormat = QStringLiteral("format");
const QString optOlderThan = QStringLiteral("older-than");

constexpr int DefaultPurgeDays = 365;
constexpr int ExportPageRows = 500;

int refused(const Error& error)
{
    QString message = ErrorText::error(error);
    if (error.code() == ErrorCode::InvalidInput && !error.detail().isEmpty())
        message = CtlHistoryCommands::tr("%1 (%2)").arg(message, error.detail());
    return CtlOutput::refused(error, message);
}

QJsonValue instant(const QDateTime& dateTime)
{
    return dateTime.isValid() ? QJsonValue(dateTime.toUTC().toString(Qt::ISODateWithMs)) : QJsonValue();
}

QJsonObject describe(const LockoutHistoryRow& row)
{
    QJsonValue unlockedBy;
    if (row.unlockedById > 0)
        unlockedBy
            = QJsonObject{{QStringLiteral("login"), row.unlockedByLogin}, {QStringLiteral("name"), row.unlockedByName}};
    return QJsonObject{
        {QStringLiteral("event_id"), row.eventId},
        {QStringLiteral("locked_at"), instant(row.lockedAt)},
        {QStringLiteral("unlocked_at"), instant(row.unlockedAt)},
        {QStringLiteral("failed_attempts"), row.failedAttempts},
        {QStringLiteral("account_id"), row.accountId},
        {QStringLiteral("nir_masked"), row.maskedNir},
        {QStringLiteral("unlocked_by"), unlockedBy},
        {QStringLiteral("reason"), row.unlockReason.isNull() ? QJsonValue() : QJsonValue(row.unlockReason)},
        {QStringLiteral("call_id"), row.callId > 0 ? QJsonValue(row.callId) : QJsonValue()}};
}

void writeOut(const QByteArray& bytes)
{
    std::fwrite(bytes.constData(), 1, static_cast<size_t>(bytes.size()), stdout);
}

bool parseInstant(const QString& text, QDateTime* instant)
{
    *instant = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!instant->isValid())
        return false;
    if (instant->timeSpec() == Qt::LocalTime)
        instant->setTimeZone(QTimeZone::utc()); // no offset given: UTC, as everywhere in guichetctl
    return true;
}

} // namespace

CtlHistoryCommands::CtlHistoryCommands(QCommandLineParser& parser, Database& database, const DatabaseUrl& reads)
    : m_parser(parser), m_database(database), m_reads(reads)
{ }

bool CtlHistoryCommands::signIn(int* exitCode)
{
    const std::optional<AgentSession> session = CtlSignIn::reviewer(m_parser, m_database, exitCode);
    if (!session)
        return false;
    m_session = *session;
    return true;
}

bool CtlHistoryCommands::readFilter(LockoutHistory::Filter* filter, int* exitCode)
{
    if (m_parser.isSet(optFrom) && !parseInstant(m_parser.value(optFrom), &filter->from)) {
        *exitCode = CtlOutput::usage(tr("--from must be an ISO 8601 instant."));
        return false;
    }
    if (m_parser.isSet(optTo) && !parseInstant(m_parser.value(optTo), &filter->to)) {
        *exitCode = CtlOutput::usage(tr("--to must be an ISO 8601 instant."));
        return false;
    }
    if (m_parser.isSet(optState) && !LockoutHistory::parseState(m_parser.value(optState), &filter->state)) {
        *exitCode = CtlOutput::usage(tr("--state must be locked, unlocked or all."));
        return false;
    }
    if (m_parser.isSet(optNir)) {
        Nir::Error nirError = Nir::Error::None;
        filter->nir = Nir::parse(m_parser.value(optNir), &nirError);
        if (filter->nir.isNull()) {
            *exitCode = CtlOutput::refused(QStringLiteral("invalid_nir"), ErrorText::nir(nirError),
                                           {{QStringLiteral("reason"), Nir::errorCode(nirError)}});
            return false;
        }
    }
    filter->repeatOnly = m_parser.isSet(optRepeat);
    return true;
}

int CtlHistoryCommands::runHistory(const QStringList& arguments)
{
    if (arguments != QStringList{QStringLiteral("lockouts")})
        return CtlOutput::unknownCommand(QStringList{QStringLiteral("history")} + arguments);
    const QString format = m_parser.isSet(optFormat) ? m_parser.value(optFormat) : QStringLiteral("json");
    if (format != QLatin1String("csv") && format != QLatin1String("json"))
        return CtlOutput::usage(tr("--format must be csv or json."));
    LockoutHistory::Filter filter;
    int exitCode = 0;
    if (!readFilter(&filter, &exitCode) || !signIn(&exitCode))
        return exitCode;
    // The listing on the replica when there is one and it answers (else on the primary, as
    // ReadReplica logs); the audit event of the listing on the primary.
    std::unique_ptr<ReadReplica> replica;
    Database* reads = &m_database;
    if (m_reads.isValid()) {
        replica = std::make_unique<ReadReplica>(m_database, m_reads);
        replica->check();
        if (replica->usesReplica())
            reads = &replica->replica();
    }
    LockoutHistory history(m_database, *reads);
    return format == QLatin1String("csv") ? streamCsv(history, filter) : streamJson(history, filter);
}

int CtlHistoryCommands::streamCsv(LockoutHistory& history, const LockoutHistory::Filter& filter)
{
    QFile out;
    if (!out.open(stdout, QIODevice::WriteOnly))
        return CtlOutput::refused(QStringLiteral("io_error"), tr("Standard output cannot be written."));
    CsvWriter writer(&out);
    const Result<LockoutHistoryExport::Report> report = LockoutHistoryExport::writeCsv(
        history, m_session, filter, LockoutHistory::Sort{}, writer, {}, nullptr, ExportPageRows);
    out.flush();
    if (!report) {
        if (writer.records() == 0) // nothing written yet: the usual JSON refusal
            return refused(report.error());
        std::fprintf(stderr, "%s\n", qPrintable(ErrorText::error(report.error())));
        return CtlOutput::Refused;
    }
    if (report->writeFailed) {
        std::fprintf(stderr, "%s\n", qPrintable(tr("Standard output cannot be written.")));
        return CtlOutput::Refused;
    }
    return CtlOutput::Success;
}

int CtlHistoryCommands::streamJson(LockoutHistory& history, const LockoutHistory::Filter& filter)
{
    // One JSON object, written page by page: {"rows": [...], "count": N}.
    std::optional<LockoutHistory::Cursor> cursor;
    qint64 count = 0;
    bool first = true;
    while (first || cursor) {
        const Result<LockoutHistory::Page> page
            = history.page(m_session, filter, LockoutHistory::Sort{}, cursor, ExportPageRows);
        if (!page) {
            if (first)
                return refused(page.error());
            std::fprintf(stderr, "%s\n", qPrintable(ErrorText::error(page.error())));
            return CtlOutput::Refused;
        }
        if (first)
            writeOut(QByteArrayLiteral("{\"rows\":["));
        for (const LockoutHistoryRow& row : page->rows) {
            if (count++ > 0)
                writeOut(QByteArrayLiteral(","));
            writeOut(QJsonDocument(describe(row)).toJson(QJsonDocument::Compact));
        }
        first = false;
        cursor = page->next;
    }
    writeOut(QByteArrayLiteral("],\"count\":") + QByteArray::number(count) + QByteArrayLiteral("}\n"));
    std::fflush(stdout);
    return CtlOutput::Success;
}

int CtlHistoryCommands::runPurge(const QStringList& arguments)
{
    if (!arguments.isEmpty())
        return CtlOutput::unknownCommand(QStringList{QStringLiteral("purge")} + arguments);
    int days = DefaultPurgeDays;
    if (m_parser.isSet(optOlderThan)) {
        bool ok = false;
        days = m_parser.value(optOlderThan).toInt(&ok);
        if (!ok)
            return CtlOutput::usage(tr("--older-than must be a whole number of days."));
    }
    if (days < RetentionService::MinimumPurgeDays)
        return CtlOutput::refused(
            QStringLiteral("purge_too_recent"),
            tr("Refused: the purge keeps at least %1 days of login attempts and consultations (asked: %2 days).")
                .arg(RetentionService::MinimumPurgeDays)
                .arg(days));
    int exitCode = 0;
    if (!signIn(&exitCode))
        return exitCode;
    const Result<RetentionService::PurgeReport> report = RetentionService(m_database).purge(m_session, days);
    if (!report)
        return refused(report.error());
    return CtlOutput::success({{QStringLiteral("login_attempts"), report->loginAttempts},
                               {QStringLiteral("consultations"), report->consultations},
                               {QStringLiteral("identity_checks"), report->identityChecks},
                               {QStringLiteral("before"), instant(report->before)},
                               {QStringLiteral("older_than_days"), days}});
}
