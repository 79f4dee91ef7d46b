#include "core/CsvWriter.h"

CsvWriter::CsvWriter(QIODevice* device, Separator separator) : m_device(device), m_separator(separator)
{ }

QString CsvWriter::escape(const QString& field, QChar separator)
{
    QString out = field;
    if (!out.isEmpty()) {
        const QChar first = out.at(0);
        // Formula injection: see the class comment.
        if (first == QLatin1Char('=') || first == QLatin1Char('+') || first == QLatin1Char('-')
            || first == QLatin1Char('@') || first == QLatin1Char('\t') || first == QLatin1Char('\r'))
            out.prepend(QLatin1Char('\''));
    }
    const bool quote = out.contains(separator) || out.contains(QLatin1Char('"')) || out.contains(QLatin1Char('\r'))
        || out.contains(QLatin1Char('\n'));
    if (!quote)
        return out;
    out.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + out + QLatin1Char('"');
}

bool CsvWriter::write(const QByteArray& bytes)
{
    if (!m_ok)
        return false;
    if (m_device == nullptr || m_device->write(bytes) != bytes.size())
        m_ok = false;
    return m_ok;
}

bool CsvWriter::writeRecord(const QStringList& fields)
{
    if (!m_bomWritten) {
        m_bomWritten = true;
        if (!write(QByteArrayLiteral("\xEF\xBB\xBF")))
            return false;
    }
    const QChar separator = separatorChar();
    QString line;
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i > 0)
            line += separator;
        line += escape(fields.at(i), separator);
    }
    line += QLatin1String("\r\n");
    if (!write(line.toUtf8()))
        return false;
    ++m_records;
    return true;
}
