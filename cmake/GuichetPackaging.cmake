# What `cmake --install` puts on a desk besides the two programs, and the packages CPack builds
# from it: common settings and the Debian package (cpack -G DEB; resources/scripts/package-deb.sh
# builds, checks and tries it). Windows' installer settings live in GuichetPackagingWindows.cmake.
#
# Not installed because they are compiled into the programs (Qt resources of the model library):
# the translations (:/i18n/guichet_<lang>.qm), the SQL migrations (:/sql) and the mail templates.
# Qt's own translations (qtbase_fr.qm) come from the system (qt6-translations-l10n, recommended).

set(GUICHET_DESKTOP_ID "invalid.guichet.Guichet") # the organisation domain (AppContext) reversed
set(GUICHET_PACKAGING_DIR "${PROJECT_BINARY_DIR}/packaging")

if(UNIX AND NOT APPLE)
    # The menu entry, its icon in every size of the hicolor theme, and its AppStream description.
    install(FILES "${PROJECT_SOURCE_DIR}/resources/desktop/${GUICHET_DESKTOP_ID}.desktop"
        DESTINATION "${CMAKE_INSTALL_DATADIR}/applications")
    foreach(size IN ITEMS 16 22 24 32 48 64 128 256)
        install(FILES "${PROJECT_SOURCE_DIR}/resources/icons/guichet-${size}.png"
            DESTINATION "${CMAKE_INSTALL_DATADIR}/icons/hicolor/${size}x${size}/apps" RENAME guichet.png)
    endforeach()
    install(FILES "${PROJECT_SOURCE_DIR}/resources/icons/guichet.svg"
        DESTINATION "${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps")
    configure_file("${PROJECT_SOURCE_DIR}/resources/desktop/${GUICHET_DESKTOP_ID}.metainfo.xml.in"
        "${GUICHET_PACKAGING_DIR}/${GUICHET_DESKTOP_ID}.metainfo.xml" @ONLY)
    install(FILES "${GUICHET_PACKAGING_DIR}/${GUICHET_DESKTOP_ID}.metainfo.xml"
        DESTINATION "${CMAKE_INSTALL_DATADIR}/metainfo")

    # The mail service's and the audit sequencer's systemd units, as examples: installed, not
    # enabled (each needs a user, a profile and credentials first; their comments say how).
    install(FILES "${PROJECT_SOURCE_DIR}/resources/systemd/guichet-mailer.service"
                  "${PROJECT_SOURCE_DIR}/resources/systemd/guichet-audit-sequencer.service"
        DESTINATION "lib/systemd/system")

    # The manual pages and the Debian changelog, compressed as Debian wants them (gzip -9n: no
    # name, no time stamp, the same bytes at every build).
    set(GUICHET_DEB_VERSION "${PROJECT_VERSION}-1")
    set(compressed "")
    foreach(page IN ITEMS guichet.1 guichetctl.1)
        configure_file("${PROJECT_SOURCE_DIR}/resources/man/${page}" "${GUICHET_PACKAGING_DIR}/${page}" @ONLY)
        list(APPEND compressed "${page}")
    endforeach()
    configure_file("${PROJECT_SOURCE_DIR}/resources/debian/changelog.in"
        "${GUICHET_PACKAGING_DIR}/changelog.Debian" @ONLY)
    list(APPEND compressed changelog.Debian)
    set(outputs "")
    foreach(file IN LISTS compressed)
        add_custom_command(OUTPUT "${GUICHET_PACKAGING_DIR}/${file}.gz"
            COMMAND gzip -9nkf "${file}"
            DEPENDS "${GUICHET_PACKAGING_DIR}/${file}"
            WORKING_DIRECTORY "${GUICHET_PACKAGING_DIR}"
            VERBATIM)
        list(APPEND outputs "${GUICHET_PACKAGING_DIR}/${file}.gz")
    endforeach()
    add_custom_target(guichet_packaging_files ALL DEPENDS ${outputs})
    install(FILES "${GUICHET_PACKAGING_DIR}/guichet.1.gz" "${GUICHET_PACKAGING_DIR}/guichetctl.1.gz"
        DESTINATION "${CMAKE_INSTALL_MANDIR}/man1")
    install(FILES "${GUICHET_PACKAGING_DIR}/changelog.Debian.gz" "${PROJECT_SOURCE_DIR}/resources/debian/copyright"
                  "${PROJECT_SOURCE_DIR}/README.md"
        DESTINATION "${CMAKE_INSTALL_DATADIR}/doc/guichet")
    install(FILES "${PROJECT_SOURCE_DIR}/resources/debian/lintian-overrides"
        DESTINATION "${CMAKE_INSTALL_DATADIR}/lintian/overrides" RENAME guichet)
endif()

# The PostgreSQL roles and grants a hotline's administrator runs (README, "Database roles").
install(DIRECTORY "${PROJECT_SOURCE_DIR}/resources/sql/grants/"
    DESTINATION "${CMAKE_INSTALL_DATADIR}/guichet/sql/grants" FILES_MATCHING PATTERN "*.sql")

# CPack: what every package says.
set(CPACK_PACKAGE_NAME "guichet")
set(CPACK_PACKAGE_VENDOR "Guichet")
set(CPACK_PACKAGE_CONTACT "Guichet maintainers <guichet@guichet.invalid>")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "desk console of the online-services hotline")
# Wrapped here: CPack copies the lines as they are (lintian wants them under 80 columns).
string(CONCAT CPACK_PACKAGE_DESCRIPTION
    "Guichet is what the hotline's agents work in: they look the caller up by\n"
    "social security number, verify the caller's identity, unlock the online\n"
    "account, reissue a temporary password or correct the e-mail address;\n"
    "supervisors review lockouts, statistics, flags and the sealed audit trail.\n"
    "The package also contains guichetctl, the command line of administrators\n"
    "and services, and example systemd units for the shared mail delivery and\n"
    "the audit sequencer (not enabled).")
set(CPACK_PACKAGE_INSTALL_DIRECTORY "Guichet")
set(CPACK_STRIP_FILES ON)
set(CPACK_SOURCE_IGNORE_FILES "/\\\\.git/" "/build.*/")

if(CMAKE_SYSTEM_NAME STREQUAL "Linux")
    set(CPACK_GENERATOR "DEB")
    set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT) # guichet_0.1.0-1_amd64.deb
    set(CPACK_DEBIAN_PACKAGE_RELEASE 1)
    set(CPACK_DEBIAN_PACKAGE_SECTION "misc")
    set(CPACK_DEBIAN_PACKAGE_PRIORITY "optional")
    set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
    # The libraries the programs link (Qt 6, QtKeychain, libsodium, libpq, libc...) from
    # dpkg-shlibdeps, plus what it cannot see: the Qt SQL drivers are plugins, loaded by name.
    set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
    set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6sql6-sqlite, libqt6sql6-psql")
    # Qt's own French (dialog buttons, shortcuts); a Secret Service for the keychain.
    set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-translations-l10n, gnome-keyring | kwalletmanager")
    set(CPACK_DEBIAN_PACKAGE_SUGGESTS "postgresql-client")
endif()

# Windows' generators (NSIS/WiX, the Qt runtime next to the programs).
if(WIN32)
    include("${CMAKE_CURRENT_LIST_DIR}/GuichetPackagingWindows.cmake" OPTIONAL)
endif()

include(CPack)
