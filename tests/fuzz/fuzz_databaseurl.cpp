// DatabaseUrl::parse on any text: no crash, no sanitizer finding; a URL that parses never keeps a
// password, and its canonical form (toString()) parses again to the same URL (same engine, path,
// user, host, port, database, TLS options), whose canonical form is the same string.
#include "FuzzCheck.h"
#include "db/DatabaseUrl.h"

#include <cstddef>
#include <cstdint>

namespace {

bool same(const DatabaseUrl& a, const DatabaseUrl& b)
{
    return a.isValid() == b.isValid() && a.engine() == b.engine() && a.path() == b.path()
        && a.userName() == b.userName() && a.hostName() == b.hostName() && a.port() == b.port()
        && a.databaseName() == b.databaseName() && a.sslMode() == b.sslMode() && a.sslRootCert() == b.sslRootCert()
        && a.sslCert() == b.sslCert() && a.sslKey() == b.sslKey();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QString input = QString::fromUtf8(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    DatabaseUrl::ParseError error = DatabaseUrl::ParseError::Empty;
    const DatabaseUrl url = DatabaseUrl::parse(input, &error);
    if (!url.isValid()) {
        FUZZ_CHECK(error != DatabaseUrl::ParseError::None);
        FUZZ_CHECK(url.toString().isEmpty());
        return 0;
    }
    FUZZ_CHECK(error == DatabaseUrl::ParseError::None);
    FUZZ_CHECK(url.password().isEmpty());
    const QString text = url.toString();
    DatabaseUrl::ParseError againError = DatabaseUrl::ParseError::Empty;
    const DatabaseUrl again = DatabaseUrl::parse(text, &againError);
    FUZZ_CHECK(againError == DatabaseUrl::ParseError::None);
    FUZZ_CHECK(same(url, again));
    FUZZ_CHECK(again.toString() == text);
    (void)url.connectOptions();
    return 0;
}
