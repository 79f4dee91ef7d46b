#pragma once

#include <QString>

// Who may read an SQLite database: every NIR, name and password hash is in it, so on POSIX the
// file (and the -wal, -shm and -journal files, which SQLite creates with the main file's mode) is
// the owner's alone (0600), and so is each folder created for it (0700). Qt calls only: on Windows
// the user's profile folder already keeps other users out and these calls change nothing.
class SqliteFileMode
{
public:
    // Creates folder and any missing parent, each new one owner-only. False when it cannot.
    static bool createFolder(const QString& folder);
    // Creates path empty and owner-only (SQLite then makes a database of it), unless it exists.
    // False when it could not be created.
    static bool createFile(const QString& path);
    // An existing database file (or its -wal, -shm, -journal) that the group or other users may
    // read or write: made owner-only, with a warning that names only which file it was (the path
    // may carry a person's name). Tightening rather than refusing: every file created before this
    // rule was 0644, and SQLite is the single desk's own file (README), shared by no one.
    static void tighten(const QString& path);
    // Whether the group or other users have any right on path (false on Windows).
    static bool isShared(const QString& path);
};
