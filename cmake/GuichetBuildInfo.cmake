# Run at build time (cmake -P), on every build, by the target guichet_build_info (model/):
# writes OUTPUT from TEMPLATE with the version and the git commit of SOURCE_DIR, and leaves OUTPUT
# untouched when its content would not change, so that only a new commit or a version bump
# recompiles model/core/BuildInfo.cpp.
#
#   cmake -DSOURCE_DIR=... -DTEMPLATE=... -DOUTPUT=... -DVERSION=... [-DGIT_EXECUTABLE=...]
#         [-DCOMMIT_OVERRIDE=...] -P GuichetBuildInfo.cmake
#
# COMMIT_OVERRIDE (the cache variable GUICHET_COMMIT) names the commit of a build from a tarball;
# without it and without git the commit is "unknown".
foreach(required IN ITEMS SOURCE_DIR TEMPLATE OUTPUT VERSION)
    if(NOT DEFINED ${required})
        message(FATAL_ERROR "GuichetBuildInfo.cmake: ${required} is not set")
    endif()
endforeach()

set(GUICHET_BUILD_VERSION "${VERSION}")
set(GUICHET_BUILD_COMMIT "unknown")
if(COMMIT_OVERRIDE)
    set(GUICHET_BUILD_COMMIT "${COMMIT_OVERRIDE}")
elseif(GIT_EXECUTABLE AND EXISTS "${SOURCE_DIR}/.git")
    execute_process(COMMAND "${GIT_EXECUTABLE}" -C "${SOURCE_DIR}" rev-parse --short=12 HEAD
        OUTPUT_VARIABLE commit OUTPUT_STRIP_TRAILING_WHITESPACE RESULT_VARIABLE status ERROR_QUIET)
    if(status EQUAL 0 AND commit MATCHES "^[0-9a-f]+$")
        set(GUICHET_BUILD_COMMIT "${commit}")
        # Uncommitted changes to tracked files: say so (what was built is not that commit).
        execute_process(COMMAND "${GIT_EXECUTABLE}" --no-optional-locks -C "${SOURCE_DIR}" status --porcelain
                                --untracked-files=no
            OUTPUT_VARIABLE changes RESULT_VARIABLE status ERROR_QUIET)
        if(status EQUAL 0 AND NOT changes STREQUAL "")
            string(APPEND GUICHET_BUILD_COMMIT "-dirty")
        endif()
    endif()
endif()

# configure_file() rewrites OUTPUT only when its content changes.
configure_file("${TEMPLATE}" "${OUTPUT}" @ONLY)
