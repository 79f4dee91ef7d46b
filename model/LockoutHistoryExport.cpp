#include "LockoutHistoryExport.h"

#include "CsvWriter.h"

namespace {

QString instant(const QDateTime& dateTime)
{
    return dateTime.isValid() ? dateTime.toUTC().toString(Qt::ISODate) : QString();
}

} // namespace

QStringList LockoutHistoryExport::header()
{
    return {
        tr("Event"),        tr("Locked at (UTC)"),     tr("Unlocked at (UTC)"), tr("Failed attempts"), tr("Account"),
        tr("NIR (masked)"), tr("Unlocked by (login)"), tr("Unlocked by"),       tr("Unlock reason"),   tr("Call")};
}

QStringList LockoutHistoryExport::fields(const LockoutHistoryRow& row)
{
    return {QString::number(row.eventId),
            instant(row.lockedAt),
            instant(row.unlockedAt),
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
