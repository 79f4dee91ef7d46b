#include "mail/SmtpReply.h"

SmtpReply::Status SmtpReply::addLine(QByteArrayView line)
{
    if (m_status != Status::Incomplete) {
        if (m_status == Status::Complete)
            m_status = Status::Malformed;
        return m_status;
    }
    if (m_lines.size() >= MaxLines)
        return m_status = Status::TooManyLines;
    while (line.endsWith('\n') || line.endsWith('\r'))
        line.chop(1);
    if (line.size() > MaxLineBytes || line.size() < 3)
        return m_status = Status::Malformed;
    int code = 0;
    for (qsizetype i = 0; i < 3; ++i) {
        const char digit = line.at(i);
        if (digit < '0' || digit > '9')
            return m_status = Status::Malformed;
        code = code * 10 + (digit - '0');
    }
    const char separator = line.size() > 3 ? line.at(3) : ' ';
    if (code < 200 || code > 599 || (separator != ' ' && separator != '-') || (m_code != 0 && code != m_code))
        return m_status = Status::Malformed;
    m_code = code;
    m_lines.append(QString::fromUtf8(line.size() > 4 ? line.sliced(4) : QByteArrayView()));
    if (separator == ' ')
        m_status = Status::Complete;
    return m_status;
}

QByteArray SmtpReply::toBytes() const
{
    if (m_status != Status::Complete)
        return {};
    QByteArray bytes;
    const QByteArray code = QByteArray::number(m_code);
    for (qsizetype i = 0; i < m_lines.size(); ++i) {
        bytes += code;
        bytes += i + 1 < m_lines.size() ? '-' : ' ';
        bytes += m_lines.at(i).toUtf8();
        bytes += "\r\n";
    }
    return bytes;
}

SmtpReply SmtpReply::parse(QByteArrayView bytes, qsizetype* consumed)
{
    SmtpReply reply;
    qsizetype position = 0;
    while (position < bytes.size() && reply.status() == Status::Incomplete) {
        const qsizetype end = bytes.indexOf('\n', position);
        const qsizetype next = end < 0 ? bytes.size() : end + 1;
        reply.addLine(bytes.sliced(position, next - position));
        position = next;
    }
    if (consumed)
        *consumed = position;
    return reply;
}
