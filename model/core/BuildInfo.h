#pragma once

#include <QString>

// What this build is: the version from CMake's project(VERSION) and the git commit it was built
// from ("unknown" outside a git checkout, e.g. from a source tarball). Both come from a header
// generated into the build tree (cmake/GuichetBuildInfo.cmake) that only BuildInfo.cpp includes,
// so that a version bump or a new commit recompiles one file.
class BuildInfo
{
public:
    static QString version();
    static QString commit();
};
