#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QStringList>

// One SMTP reply (RFC 5321 4.2), read a line at a time: "250-first", "250-second", "250 last". Every
// line has the same three-digit code (200 to 599) followed by '-' (more lines follow) or ' ' (or
// nothing: the last line). Pure: SmtpClient feeds it the lines its socket reads, the tests and the
// fuzzer (tests/fuzz/fuzz_smtpreply.cpp) feed it bytes.
class SmtpReply
{
public:
    static constexpr qsizetype MaxLineBytes = 4096; // without CR LF (RFC 5321 says 512: be lenient)
    static constexpr int MaxLines = 100;

    enum class Status {
        Incomplete, // no line yet, or the last line read announced more ("250-")
        Complete, // the last line ("250 ") was read
        Malformed, // not a reply line, a code that changed, a line too long, or a line after the end
        TooManyLines, // more than MaxLines lines
    };

    // Adds one line, its CR LF (or bare LF, or none) included or not. Once Malformed or
    // TooManyLines, stays so.
    Status addLine(QByteArrayView line);

    Status status() const { return m_status; }
    bool isComplete() const { return m_status == Status::Complete; }
    int code() const { return m_code; } // 0 until the first line
    // The text of each line, after the code and its separator (UTF-8; invalid bytes replaced).
    const QStringList& lines() const { return m_lines; }

    // The reply in bytes as a server would send it ("250-a\r\n250 b\r\n"); empty unless complete.
    QByteArray toBytes() const;

    // The first reply in bytes (lines ended by LF or CR LF; a last line without one counts), and
    // in *consumed how many bytes it took. Incomplete when the bytes end before its last line.
    static SmtpReply parse(QByteArrayView bytes, qsizetype* consumed = nullptr);

private:
    Status m_status = Status::Incomplete;
    int m_code = 0;
    QStringList m_lines;
};
