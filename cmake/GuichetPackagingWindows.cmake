# Windows: what `cmake --install` puts beside guichet.exe and guichetctl.exe so that a desk without
# Qt nor vcpkg runs them, and the installer CPack builds from it (NSIS: cpack -G NSIS; a zip with
# cpack -G ZIP). Written from CMake's, Qt's and vcpkg's documentation: NOT BUILT YET (no Windows
# machine here; the README's "Build on Windows" says what to check at the first build).
#
# Included on WIN32 only, after the targets (it installs what they build); once per configure
# whoever includes it (the top-level CMakeLists.txt or cmake/GuichetPackaging.cmake).
include_guard(GLOBAL)

if(NOT WIN32)
    return()
endif()

# Included by cmake/GuichetPackaging.cmake (the packages' common part, which then includes CPack),
# or alone. Read first: every include() below changes CMAKE_PARENT_LIST_FILE.
set(GUICHET_WINDOWS_PACKAGING_ALONE TRUE)
if(CMAKE_PARENT_LIST_FILE MATCHES "GuichetPackaging\\.cmake$")
    set(GUICHET_WINDOWS_PACKAGING_ALONE FALSE)
endif()

# 1. Qt's runtime: windeployqt, run by Qt's deploy script at install time on each program: the Qt
# DLLs, the platform plugin (qwindows), the styles, the SQL driver plugins (qsqlite, qsqlpsql),
# the TLS backends (qopensslbackend, qschannelbackend), Qt's own translations (qtbase_fr.qm), and a
# qt.conf that points at them.
# (Qt 6.5 renamed FILENAME_VARIABLE to OUTPUT_SCRIPT; vcpkg's Qt is newer.)
if(Qt6_VERSION VERSION_LESS 6.5)
    set(GUICHET_DEPLOY_SCRIPT_KEYWORD FILENAME_VARIABLE)
else()
    set(GUICHET_DEPLOY_SCRIPT_KEYWORD OUTPUT_SCRIPT)
endif()
foreach(program IN ITEMS guichet guichetctl)
    qt_generate_deploy_app_script(
        TARGET ${program}
        ${GUICHET_DEPLOY_SCRIPT_KEYWORD} deploy_script
        NO_UNSUPPORTED_PLATFORM_ERROR)
    install(SCRIPT "${deploy_script}")
endforeach()

# 2. What windeployqt leaves out because it is not Qt: the libraries the programs and the SQL
# driver link (libsodium, QtKeychain, libpq, and through libpq and Qt's TLS plugin OpenSSL's
# libssl/libcrypto, zlib, lz4…), found in vcpkg's bin folder by their imports, at install time.
if(DEFINED VCPKG_INSTALLED_DIR AND DEFINED VCPKG_TARGET_TRIPLET)
    set(GUICHET_VCPKG_PREFIX "${VCPKG_INSTALLED_DIR}/${VCPKG_TARGET_TRIPLET}")
else()
    message(WARNING "GuichetPackagingWindows: not configured with vcpkg's toolchain "
                    "(CMakePresets.json, windows-release): the non-Qt DLLs are not installed")
endif()
if(GUICHET_VCPKG_PREFIX)
    install(CODE "
        set(guichet_bin \"${GUICHET_VCPKG_PREFIX}/$<$<CONFIG:Debug>:debug/>bin\")
        set(guichet_plugins \"${GUICHET_VCPKG_PREFIX}/$<$<CONFIG:Debug>:debug/>Qt6/plugins\")
        file(GLOB guichet_plugin_dlls \"\${guichet_plugins}/sqldrivers/qsqlpsql*.dll\"
                                      \"\${guichet_plugins}/tls/qopensslbackend*.dll\")
        file(GET_RUNTIME_DEPENDENCIES
            EXECUTABLES \"$<TARGET_FILE:guichet>\" \"$<TARGET_FILE:guichetctl>\"
            LIBRARIES \${guichet_plugin_dlls}
            DIRECTORIES \"\${guichet_bin}\"
            RESOLVED_DEPENDENCIES_VAR guichet_resolved
            UNRESOLVED_DEPENDENCIES_VAR guichet_unresolved
            PRE_EXCLUDE_REGEXES \"^api-ms-\" \"^ext-ms-\")
        # Only vcpkg's: what Windows has (kernel32, user32…) stays Windows'.
        string(TOLOWER \"\${guichet_bin}/\" guichet_bin_lower)
        foreach(dll IN LISTS guichet_resolved)
            file(TO_CMAKE_PATH \"\${dll}\" dll_path)
            string(TOLOWER \"\${dll_path}\" dll_lower)
            string(FIND \"\${dll_lower}\" \"\${guichet_bin_lower}\" at)
            if(at EQUAL 0)
                file(INSTALL \"\${dll}\" DESTINATION \"\${CMAKE_INSTALL_PREFIX}/${CMAKE_INSTALL_BINDIR}\")
            endif()
        endforeach()
        # OpenSSL is loaded by name by Qt's TLS plugin when Qt does not link it: installed anyway.
        file(GLOB guichet_openssl \"\${guichet_bin}/libssl-*.dll\" \"\${guichet_bin}/libcrypto-*.dll\")
        file(INSTALL \${guichet_openssl} DESTINATION \"\${CMAKE_INSTALL_PREFIX}/${CMAKE_INSTALL_BINDIR}\")
    ")
endif()

# 3. The Visual C++ runtime (vcruntime140.dll, msvcp140.dll…), next to the programs.
set(CMAKE_INSTALL_SYSTEM_RUNTIME_DESTINATION "${CMAKE_INSTALL_BINDIR}")
include(InstallRequiredSystemLibraries)

# The PostgreSQL roles and grants for the hotline's administrator (the common part installs them
# when it is there).
if(GUICHET_WINDOWS_PACKAGING_ALONE)
    install(DIRECTORY "${PROJECT_SOURCE_DIR}/resources/sql/grants/"
        DESTINATION "share/guichet/sql/grants" FILES_MATCHING PATTERN "*.sql")
endif()

# 4. The installer: NSIS (makensis on PATH; winget install NSIS.NSIS). Per machine, in
# C:\Program Files\Guichet, a Start menu entry for the desk, an uninstaller in Apps & features,
# and the previous version uninstalled first. `Guichet-<version>-win64.exe /S` installs silently,
# as IT deploys it on ten desks.
if(NOT DEFINED CPACK_PACKAGE_NAME)
    set(CPACK_PACKAGE_NAME "guichet")
    set(CPACK_PACKAGE_VENDOR "Guichet")
    set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
    set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "desk console of the online-services hotline")
endif()
set(CPACK_GENERATOR "NSIS;ZIP")
set(CPACK_PACKAGE_INSTALL_DIRECTORY "Guichet")
set(CPACK_PACKAGE_FILE_NAME "Guichet-${PROJECT_VERSION}-win64")
set(CPACK_PACKAGE_EXECUTABLES "guichet" "Guichet")
set(CPACK_NSIS_PACKAGE_NAME "Guichet ${PROJECT_VERSION}")
set(CPACK_NSIS_DISPLAY_NAME "Guichet")
set(CPACK_NSIS_INSTALL_ROOT "$PROGRAMFILES64")
set(CPACK_NSIS_EXECUTABLES_DIRECTORY "${CMAKE_INSTALL_BINDIR}")
set(CPACK_NSIS_INSTALLED_ICON_NAME "${CMAKE_INSTALL_BINDIR}\\\\guichet.exe")
set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
set(CPACK_NSIS_MODIFY_PATH OFF) # guichetctl is IT's and services': called by its full path
set(CPACK_NSIS_MANIFEST_DPI_AWARE ON)
set(CPACK_NSIS_BRANDING_TEXT "Guichet ${PROJECT_VERSION}")
set(CPACK_NSIS_CONTACT "guichet@guichet.invalid")
# The product's icon once it exists as an .ico (resources/icons, drawn for the Linux package).
if(EXISTS "${PROJECT_SOURCE_DIR}/resources/icons/guichet.ico")
    set(CPACK_NSIS_MUI_ICON "${PROJECT_SOURCE_DIR}/resources/icons/guichet.ico")
    set(CPACK_NSIS_MUI_UNIICON "${PROJECT_SOURCE_DIR}/resources/icons/guichet.ico")
endif()

# CPack itself: cmake/GuichetPackaging.cmake includes it after this file; alone, this file does.
if(GUICHET_WINDOWS_PACKAGING_ALONE)
    include(CPack)
endif()
