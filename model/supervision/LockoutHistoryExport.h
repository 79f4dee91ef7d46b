#pragma once

#include "supervision/LockoutHistory.h"

#include <QCoreApplication>
#include <QStringList>
#include <QTimeZone>

#include <atomic>
#include <functional>

class CsvWriter;

// Streams the lockout history for a filter into a CsvWriter, one keyset page at a time: memory
// holds one page, whatever the size of the history. The listing is audited by LockoutHistory
// (its first page), with the same rights (supervisors and admins).
class LockoutHistoryExport
{
    Q_DECLARE_TR_FUNCTIONS(LockoutHistoryExport)

public:
    struct Report
    {
        qint64 rows = 0;
        bool cancelled = false; // the flag was raised: the file holds the rows written so far
        bool writeFailed = false; // the device refused a write
    };
    // What writeFile() did: ok(), or why not (the history refused; the file could not be written;
    // the export was cancelled). Only an ok() export leaves a file at the path.
    struct FileReport
    {
        FileReport() = default;
        explicit FileReport(Error failure) : error(std::move(failure)) { }

        Error error; // the history refused (rights, database)
        QString fileError; // the system's reason, when the file could not be written
        Report report;
        bool ok() const { return !error && fileError.isEmpty() && !report.cancelled && !report.writeFailed; }
    };
    // Called after each page with the number of rows written so far.
    using Progress = std::function<void(qint64 rows)>;

    static QStringList header(); // translated column titles
    // Instants in ISO 8601, in the zone's local time with its offset (the header says so).
    static QStringList fields(const LockoutHistoryRow& row, const QTimeZone& zone = QTimeZone::systemTimeZone());

    // cancel is read before each page; raising it from another thread stops the export there.
    static Result<Report> writeCsv(LockoutHistory& history, const AgentSession& session,
                                   const LockoutHistory::Filter& filter, const LockoutHistory::Sort& sort,
                                   CsvWriter& writer, const Progress& progress = {},
                                   const std::atomic<bool>* cancel = nullptr, int pageSize = 500);

    // writeCsv() into the file at path, written beside it and renamed at the end: a cancelled or
    // failed export leaves no partial file behind, and an older file of that name untouched.
    static FileReport writeFile(LockoutHistory& history, const AgentSession& session,
                                const LockoutHistory::Filter& filter, const LockoutHistory::Sort& sort,
                                const QString& path, const Progress& progress = {},
                                const std::atomic<bool>* cancel = nullptr, int pageSize = 500);
};
