#include "supervision/LockoutHistoryExport.h"

#include "core/CsvWriter.h"

#include <QSaveFile>

namespace {

// Local time with its offset (2026-12-05T16:41:00+01:00): what the supervisor's clock said, and
// still one instant for a program reading the file.
QString instant(const QDateTime& dateTime, const QTimeZone& zone)
{
    return dateTime.isValid() ? dateTime.toTimeZone(zone).toString(Qt::ISODate) : QString();
}

} // namespace

QStringList LockoutHistoryExport::header()
{
    return {tr("Event"),
            //: A CSV column: its times are written as 2026-12-05T16:41:00+01:00.
            tr("Locked at (local time, UTC offset)"),
            //: A CSV column: its times are written as 2026-12-05T16:41:00+01:00.
            tr("Unlocked at (local time, UTC offset)"), tr("Failed attempts"), tr("Account"), tr("NIR (masked)"),
            tr("Unlocked by (login)"), tr("Unlocked by"), tr("Unlock reason"), tr("Call")};
}

QStringList LockoutHistoryExport::fields(const LockoutHistoryRow& row, const QTimeZone& zone)
{
    return {QString::number(row.eventId),
            instant(row.lockedAt, zone),
            instant(row.unlockedAt, zone),
            QString::number(row.failedAttempts),
            QString::number(row.accountId),
            row.maskedNir,
            row.unlockedByLogin,
            row.unlockedByName,
            row.unlockReason,
            row.callId > 0 ? QString::number(row.callId) : QString()};
}

Result<LockoutHistoryExport::Report> LockoutHistoryExport::writeCsv(LockoutHistory& history,
                                                                    const AgentSession& session,
                                                                    const LockoutHistory::Filter& filter,
                                                                    const LockoutHistory::Sort& sort, CsvWriter& writer,
                                                                    const Progress& progress,
                                                                    const std::atomic<bool>* cancel, int pageSize)
{
    Report report;
    std::optional<LockoutHistory::Cursor> cursor;
    bool first = true;
    while (first || cursor) {
        if (cancel != nullptr && cancel->load()) {
            report.cancelled = true;
            return report;
        }
        const Result<LockoutHistory::Page> page = history.page(session, filter, sort, cursor, pageSize);
        if (!page)
            return page.error();
        if (first && !writer.writeRecord(header())) {
            report.writeFailed = true;
            return report;
        }
        first = false;
        for (const LockoutHistoryRow& row : page->rows) {
            if (!writer.writeRecord(fields(row))) {
                report.writeFailed = true;
                return report;
            }
            ++report.rows;
        }
        cursor = page->next;
        if (progress)
            progress(report.rows);
    }
    return report;
}

LockoutHistoryExport::FileReport LockoutHistoryExport::writeFile(LockoutHistory& history, const AgentSession& session,
                                                                 const LockoutHistory::Filter& filter,
                                                                 const LockoutHistory::Sort& sort, const QString& path,
                                                                 const Progress& progress,
                                                                 const std::atomic<bool>* cancel, int pageSize)
{
    FileReport outcome;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        outcome.fileError = file.errorString();
        return outcome;
    }
    CsvWriter writer(&file);
    const Result<Report> report = writeCsv(history, session, filter, sort, writer, progress, cancel, pageSize);
    if (!report) {
        outcome.error = report.error();
        file.cancelWriting();
        return outcome;
    }
    outcome.report = report.value();
    if (outcome.report.cancelled || outcome.report.writeFailed) {
        file.cancelWriting();
        if (outcome.report.writeFailed)
            outcome.fileError = file.errorString();
        return outcome;
    }
    if (!file.commit())
        outcome.fileError = file.errorString();
    return outcome;
}
