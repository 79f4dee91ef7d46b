# GUICHET_SQLITE_DIRECT: the model runs SQLite statements through sqlite3's C API on the sqlite3*
# that Qt's QSQLite plugin holds (model/db/SqliteStatement). That is valid only when the plugin
# uses the very libsqlite3 the model links: Debian's libqsqlite.so links libsqlite3.so.0, vcpkg's
# qtbase links its sqlite3 port; the Qt Company's binaries carry a private copy of SQLite inside
# the plugin, and a handle of that copy must never reach another one. Decided here, at configure
# time, from what the plugin links:
#   - a static plugin: its INTERFACE_LINK_LIBRARIES must name SQLite (SQLite::SQLite3, sqlite3…);
#   - a shared plugin: its runtime dependencies (file(GET_RUNTIME_DEPENDENCIES), run as a script)
#     must include the same file as the SQLite3 library found here.
# Otherwise SqlQuery keeps the QSqlQuery path. Sets GUICHET_SQLITE_DIRECT_ENABLED.

option(GUICHET_SQLITE_DIRECT "Run SQLite statements through sqlite3's C API when QSQLite shares the system libsqlite3" ON)
set(GUICHET_SQLITE_DIRECT_ENABLED OFF)

function(guichet_sqlite_direct_check result)
    set(${result} OFF PARENT_SCOPE)
    if(NOT TARGET Qt6::QSQLiteDriverPlugin)
        # Qt6Sql loads its plugins' packages through Qt6SqlPlugins.cmake, which Debian leaves out.
        find_package(Qt6QSQLiteDriverPlugin CONFIG QUIET HINTS "${Qt6Sql_DIR}")
    endif()
    if(NOT TARGET Qt6::QSQLiteDriverPlugin)
        message(STATUS "SQLite direct path: off (no Qt6::QSQLiteDriverPlugin target)")
        return()
    endif()
    find_package(SQLite3 QUIET)
    if(NOT SQLite3_FOUND)
        message(STATUS "SQLite direct path: off (SQLite3 not found)")
        return()
    endif()
    get_target_property(links Qt6::QSQLiteDriverPlugin INTERFACE_LINK_LIBRARIES)
    if(links AND links MATCHES "[Ss][Qq][Ll]ite")
        message(STATUS "SQLite direct path: on (QSQLite links ${links})")
        set(${result} ON PARENT_SCOPE)
        return()
    endif()
    get_target_property(configurations Qt6::QSQLiteDriverPlugin IMPORTED_CONFIGURATIONS)
    set(plugin "")
    foreach(configuration IN LISTS configurations)
        get_target_property(location Qt6::QSQLiteDriverPlugin IMPORTED_LOCATION_${configuration})
        if(location AND EXISTS "${location}")
            set(plugin "${location}")
            break()
        endif()
    endforeach()
    if(NOT plugin)
        message(STATUS "SQLite direct path: off (the QSQLite plugin's file is unknown)")
        return()
    endif()
    execute_process(
        COMMAND "${CMAKE_COMMAND}" "-DPLUGIN=${plugin}" -P "${CMAKE_CURRENT_FUNCTION_LIST_DIR}/GuichetRuntimeSqlite.cmake"
        OUTPUT_VARIABLE dependencies ERROR_VARIABLE failure RESULT_VARIABLE status OUTPUT_STRIP_TRAILING_WHITESPACE)
    if(NOT status EQUAL 0)
        message(STATUS "SQLite direct path: off (cannot read ${plugin}'s dependencies: ${failure})")
        return()
    endif()
    get_filename_component(ours "${SQLite3_LIBRARY}" REALPATH)
    foreach(dependency IN LISTS dependencies)
        get_filename_component(theirs "${dependency}" REALPATH)
        if(theirs STREQUAL ours)
            message(STATUS "SQLite direct path: on (${plugin} links ${theirs})")
            set(${result} ON PARENT_SCOPE)
            return()
        endif()
    endforeach()
    message(STATUS "SQLite direct path: off (${plugin} does not link ${ours}: '${dependencies}')")
endfunction()

if(GUICHET_SQLITE_DIRECT)
    guichet_sqlite_direct_check(GUICHET_SQLITE_DIRECT_ENABLED)
else()
    message(STATUS "SQLite direct path: off (GUICHET_SQLITE_DIRECT=OFF)")
endif()
