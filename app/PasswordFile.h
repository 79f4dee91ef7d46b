#pragma once

#include <QString>

#include <optional>

// A password read from a file, for a service that has no keychain session: systemd hands its
// credentials to the unit as files (LoadCredentialEncrypted=, $CREDENTIALS_DIRECTORY or %d), and
// guichetctl takes them with --database-password-file and --smtp-password-file.
//
// The password is the file's content less one trailing line end (LF or CRLF), as `echo` or an
// editor leaves it. A missing, unreadable, empty or oversized file gives nullopt. A file that
// other users may read is still used, with a warning on stderr (its path, never its content).
class PasswordFile
{
public:
    static constexpr qint64 MaxBytes = 4096;

    static std::optional<QString> read(const QString& path);
    // Whether users other than the owner may read the file (group or others).
    static bool readableByOthers(const QString& path);
};
