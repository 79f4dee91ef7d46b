// Nir::parse on any text: no crash, no sanitizer finding, and a NIR that parses is 15 canonical
// characters whose key matches, and re-parses to itself from its digits and its formatted form;
// a failure names an error and a position inside the input (or -1).
#include "FuzzCheck.h"
#include "identity/Nir.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QString input = QString::fromUtf8(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    Nir::Error error = Nir::Error::KeyMismatch;
    qsizetype position = -2;
    const Nir nir = Nir::parse(input, &error, &position);
    if (nir.isNull()) {
        FUZZ_CHECK(error != Nir::Error::None);
        FUZZ_CHECK(!Nir::errorCode(error).isEmpty());
        FUZZ_CHECK(position >= -1 && position < input.size());
        return 0;
    }
    FUZZ_CHECK(error == Nir::Error::None && position == -1);
    const QString digits = nir.digits();
    FUZZ_CHECK(digits.size() == 15);
    FUZZ_CHECK(Nir::computeKey(QStringView(digits).left(13)) == nir.key());
    FUZZ_CHECK(nir.key() >= 1 && nir.key() <= 97);
    FUZZ_CHECK(Nir::parse(digits) == nir);
    FUZZ_CHECK(Nir::parse(nir.formatted()) == nir);
    FUZZ_CHECK(Nir::parse(QStringView(digits).left(13)) == nir); // the key computed
    FUZZ_CHECK(nir.birthMonth() >= 1 && nir.birthYear() >= 0 && !nir.department().isEmpty());
    return 0;
}
