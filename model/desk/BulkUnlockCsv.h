#pragma once

#include <QByteArrayView>
#include <QStringList>

// The CSV file of a supervisor's bulk unlock (guichetctl desk unlock-bulk --file): one NIR per
// line in the first column (columns split by ',', ';' or a tab, as spreadsheets export them),
// quotes, spaces and a UTF-8 byte-order mark ignored, blank lines and a "nir" header skipped. The
// NIRs are returned as written: HelpdeskService::unlockBulk checks each (a typo counts as invalid).
// Pure: guichetctl reads the file, this reads the bytes (and so does the fuzzer,
// tests/fuzz/fuzz_bulkunlockcsv.cpp).
class BulkUnlockCsv
{
public:
    // The first column of every line that has one, header and blank lines left out. Lines end with
    // LF, CR LF or CR; bytes that are not UTF-8 are replaced.
    static QStringList nirs(QByteArrayView bytes);
};
