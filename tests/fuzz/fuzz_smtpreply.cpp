// SmtpReply on any bytes a relay could send: no crash, no sanitizer finding; a complete reply has
// a code from 200 to 599 and 1 to MaxLines lines, took no more bytes than given, and comes back
// the same from its own bytes (toBytes()).
#include "FuzzCheck.h"
#include "mail/SmtpReply.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QByteArrayView bytes(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    qsizetype consumed = -1;
    const SmtpReply reply = SmtpReply::parse(bytes, &consumed);
    FUZZ_CHECK(consumed >= 0 && consumed <= bytes.size());
    FUZZ_CHECK(reply.lines().size() <= SmtpReply::MaxLines);
    if (!reply.isComplete()) {
        FUZZ_CHECK(reply.toBytes().isEmpty());
        return 0;
    }
    FUZZ_CHECK(reply.code() >= 200 && reply.code() <= 599);
    FUZZ_CHECK(!reply.lines().isEmpty());
    const QByteArray again = reply.toBytes();
    qsizetype againConsumed = -1;
    const SmtpReply copy = SmtpReply::parse(again, &againConsumed);
    FUZZ_CHECK(copy.isComplete());
    FUZZ_CHECK(againConsumed == again.size());
    FUZZ_CHECK(copy.code() == reply.code());
    FUZZ_CHECK(copy.lines() == reply.lines());
    return 0;
}
