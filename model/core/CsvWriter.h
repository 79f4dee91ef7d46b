#pragma once

#include <QIODevice>
#include <QString>
#include <QStringList>

// Writes RFC 4180 CSV to a device as it goes (nothing is buffered beyond one record): UTF-8 with
// a byte-order mark, CRLF line ends, fields quoted when they hold the separator, a quote, CR or
// LF, quotes doubled inside quoted fields.
//
// Formula injection: a spreadsheet runs a cell that begins with =, +, -, @ (and some also with a
// tab or a CR) as a formula, so such a cell gets a leading apostrophe ('=cmd stays text). This
// changes what a program reading the file sees; the export is meant for people with a
// spreadsheet, which is the risk it closes.
class CsvWriter
{
public:
    // French Excel (the supervisors' spreadsheet) splits on ';' because ',' is the French decimal
    // separator; a comma file opens as one column there. Hence ';' by default.
    enum class Separator { Semicolon, Comma };

    explicit CsvWriter(QIODevice* device, Separator separator = Separator::Semicolon);

    // Writes the byte-order mark before the first record (once). False when the device refused.
    bool writeRecord(const QStringList& fields);
    bool ok() const { return m_ok; }
    qint64 records() const { return m_records; }

    // One field as it goes into a record (neutralised, then quoted if needed).
    static QString escape(const QString& field, QChar separator);
    QChar separatorChar() const { return m_separator == Separator::Comma ? QLatin1Char(',') : QLatin1Char(';'); }

private:
    bool write(const QByteArray& bytes);

    QIODevice* m_device;
    Separator m_separator;
    bool m_bomWritten = false;
    bool m_ok = true;
    qint64 m_records = 0;
};
