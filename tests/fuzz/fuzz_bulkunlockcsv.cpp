// BulkUnlockCsv::nirs on any bytes: no crash, no sanitizer finding, and every value returned is a
// non-empty first column (no separator, quote or line end in it, no "nir" header, trimmed), at
// most one per line.
#include "FuzzCheck.h"
#include "desk/BulkUnlockCsv.h"

#include <QRegularExpression>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QByteArrayView bytes(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    const QStringList nirs = BulkUnlockCsv::nirs(bytes);
    static const QRegularExpression forbidden(QStringLiteral("[,;\\t\"\\r\\n]"));
    FUZZ_CHECK(nirs.size() <= bytes.count('\n') + bytes.count('\r') + 1);
    for (const QString& nir : nirs) {
        FUZZ_CHECK(!nir.isEmpty());
        FUZZ_CHECK(nir == nir.trimmed());
        FUZZ_CHECK(!nir.contains(forbidden));
        FUZZ_CHECK(nir.compare(QLatin1String("nir"), Qt::CaseInsensitive) != 0);
    }
    return 0;
}
