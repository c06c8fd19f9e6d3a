# Desktop integration (desktop entry, AppStream metadata, icons, manual pages)
# and the Debian package built by CPack. Included once from the top-level
# CMakeLists.txt, after every program target is defined.
#
# Everything lands in its standard place under any prefix, so
# `cmake --install build --prefix /tmp/x` and the .deb (prefix /usr) agree.

# The AppStream ID: reverse DNS of where the project is meant to be published
# (github.com/usagesessionadmin), not of BillForward's own domain, which
# this project does not control. The desktop file, the metainfo file and the
# icons are all named after it, as the AppStream and icon-theme specs ask.
set(USA_APP_ID io.github.usagesessionadmin.UsageSessionAdmin)
set(USA_PACKAGE_NAME usage-session-admin)
set(USA_PACKAGE_DOCDIR ${CMAKE_INSTALL_DATADIR}/doc/${USA_PACKAGE_NAME})
set(usa_resources ${PROJECT_SOURCE_DIR}/resources)
set(usa_packaging ${PROJECT_SOURCE_DIR}/packaging)

# Debian wants 0755 directories whatever the umask of whoever builds.
set(CMAKE_INSTALL_DEFAULT_DIRECTORY_PERMISSIONS
    OWNER_READ OWNER_WRITE OWNER_EXECUTE GROUP_READ GROUP_EXECUTE WORLD_READ WORLD_EXECUTE)

find_program(USA_GZIP gzip REQUIRED)

# The desktop app names its desktop file (QGuiApplication::setDesktopFileName),
# so that Wayland compositors and task bars match its windows to the entry.
if(TARGET usage-session-admin)
    target_compile_definitions(usage-session-admin PRIVATE USA_APP_ID="${USA_APP_ID}")
endif()

# --- desktop entry, AppStream metadata, icons -------------------------------

install(FILES ${usa_resources}/${USA_APP_ID}.desktop
        DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
install(FILES ${usa_resources}/${USA_APP_ID}.metainfo.xml
        DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
install(FILES ${usa_resources}/${USA_APP_ID}.svg
        DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps)

# The PNG sizes are rendered from the SVG at build time (so they cannot drift
# from it) by a small Qt tool that uses Qt's SVG image plugin.
add_executable(usa-render-icon ${usa_packaging}/tools/render-icon.cpp)
target_link_libraries(usa-render-icon PRIVATE Qt6::Gui UsageSessionAdmin::BuildSettings)
set(usa_icon_pngs)
foreach(size IN ITEMS 16 22 24 32 48 64 128 256)
    set(dir ${CMAKE_CURRENT_BINARY_DIR}/icons/hicolor/${size}x${size}/apps)
    set(png ${dir}/${USA_APP_ID}.png)
    add_custom_command(OUTPUT ${png}
        COMMAND ${CMAKE_COMMAND} -E make_directory ${dir}
        COMMAND usa-render-icon ${usa_resources}/${USA_APP_ID}.svg ${size} ${png}
        DEPENDS usa-render-icon ${usa_resources}/${USA_APP_ID}.svg
        COMMENT "Rendering the ${size}x${size} application icon"
        VERBATIM)
    list(APPEND usa_icon_pngs ${png})
    install(FILES ${png} DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/${size}x${size}/apps)
endforeach()
add_custom_target(usa_icons ALL DEPENDS ${usa_icon_pngs})

# --- manual pages -------------------------------------------------------------

# Generated from each program's own --help and --version, so they cannot drift
# from the options; packaging/man/<program>.h2m adds what --help cannot say
# (environment, files, exit status, examples). help2man is in scripts/packages.txt.
find_program(USA_HELP2MAN help2man)
if(USA_HELP2MAN)
    set(usa_man_pages)
    foreach(program IN ITEMS usage-session-admin usage-session-cli usage-session-emulator)
        if(NOT TARGET ${program})
            continue()
        endif()
        set(include ${usa_packaging}/man/${program}.h2m)
        set(page ${CMAKE_CURRENT_BINARY_DIR}/man/${program}.1)
        add_custom_command(OUTPUT ${page}.gz
            COMMAND ${CMAKE_COMMAND} -E make_directory ${CMAKE_CURRENT_BINARY_DIR}/man
            # offscreen: the desktop app builds its QApplication before it parses
            # --help, and a build machine has no display. LC_ALL/LANGUAGE: the
            # programs speak the builder's language; the pages are English.
            COMMAND ${CMAKE_COMMAND} -E env QT_QPA_PLATFORM=offscreen LC_ALL=C LANGUAGE=
                    ${USA_HELP2MAN} --no-info --section=1 --include=${include}
                    --output=${page} $<TARGET_FILE:${program}>
            # -n: no name and time stamp in the header, for reproducible builds.
            COMMAND ${USA_GZIP} -9nf ${page}
            DEPENDS ${program} ${include}
            COMMENT "Generating the ${program}(1) manual page"
            VERBATIM)
        list(APPEND usa_man_pages ${page}.gz)
        install(FILES ${page}.gz DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
    endforeach()
    add_custom_target(usa_man_pages ALL DEPENDS ${usa_man_pages})
else()
    message(WARNING "help2man not found: no manual pages (apt-get install help2man)")
endif()

# CPACK_STRIP_FILES runs plain `strip`, which keeps the compilers' .comment
# notes; remove them as dh_strip does (lintian: binary-has-unneeded-section).
# Runs after the programs are installed (CMP0082: install rules run in the
# order they are declared) and only for a stripping install, as CPack's.
set(usa_strip_more [=[
if(CMAKE_INSTALL_DO_STRIP)
    foreach(program IN ITEMS usage-session-admin usage-session-cli usage-session-emulator)
        set(file "$ENV{DESTDIR}${CMAKE_INSTALL_PREFIX}/@CMAKE_INSTALL_BINDIR@/${program}")
        if(EXISTS "${file}")
            execute_process(COMMAND "@CMAKE_OBJCOPY@" --remove-section=.comment --remove-section=.note "${file}"
                            RESULT_VARIABLE result)
            if(NOT result EQUAL 0)
                message(FATAL_ERROR "objcopy could not strip ${file}")
            endif()
        endif()
    endforeach()
endif()
]=])
string(CONFIGURE "${usa_strip_more}" usa_strip_more @ONLY)
install(CODE "${usa_strip_more}")

# --- package documentation ------------------------------------------------------

set(usa_changelog ${CMAKE_CURRENT_BINARY_DIR}/doc/changelog.Debian)
add_custom_command(OUTPUT ${usa_changelog}.gz
    COMMAND ${CMAKE_COMMAND} -E copy ${usa_packaging}/changelog ${usa_changelog}
    COMMAND ${USA_GZIP} -9nf ${usa_changelog}
    DEPENDS ${usa_packaging}/changelog
    VERBATIM)
add_custom_target(usa_package_docs ALL DEPENDS ${usa_changelog}.gz)
install(FILES ${usa_packaging}/copyright ${usa_changelog}.gz ${PROJECT_SOURCE_DIR}/README.md
        DESTINATION ${USA_PACKAGE_DOCDIR})
install(FILES ${usa_packaging}/lintian-overrides
        DESTINATION ${CMAKE_INSTALL_DATADIR}/lintian/overrides
        RENAME ${USA_PACKAGE_NAME})

# --- the Debian package ---------------------------------------------------------------

set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME ${USA_PACKAGE_NAME})
set(CPACK_PACKAGE_VENDOR "Usage Session Admin contributors")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_CONTACT
    "Usage Session Admin maintainers <maintainers@users.noreply.r-seed-ed809b9b.example>"
    CACHE STRING "Maintainer field of the Debian package")
set(CPACK_RESOURCE_FILE_LICENSE ${PROJECT_SOURCE_DIR}/LICENSE)
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_STRIP_FILES ON)
set(CPACK_INSTALL_DEFAULT_DIRECTORY_PERMISSIONS ${CMAKE_INSTALL_DEFAULT_DIRECTORY_PERMISSIONS})

set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT) # usage-session-admin_0.1.0-1_amd64.deb
# A Debian revision: the package is not native, so its changelog is changelog.Debian.gz.
set(CPACK_DEBIAN_PACKAGE_RELEASE 1)
set(CPACK_DEBIAN_PACKAGE_SECTION utils)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE https://github.com/usagesessionadmin/usage-session-admin)
# dpkg-shlibdeps computes the library dependencies; it cannot see what Qt loads
# as plugins at run time: the SQLite driver (emulator, demo mode) and the SVG
# image and icon plugins (every icon of the app).
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6sql6-sqlite, libqt6svg6")
# Where QtKeychain keeps tokens (libqt6keychain1 only recommends a keyring),
# and Qt's own German texts (dialog buttons) beside the app's catalogue.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "gnome-keyring | kwalletmanager, qt6-translations-l10n")
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
set(CPACK_DEBIAN_COMPRESSION_TYPE xz)
# The synopsis is the Description's first line; CPack adds this text below it.
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "desktop admin for BillForward usage sessions")
set(CPACK_DEBIAN_PACKAGE_DESCRIPTION
"Usage Session Admin lets billing staff open a customer's subscription in
BillForward, list its usage sessions with filters, sorting and pages, and
start or stop sessions. Connection profiles keep their access tokens in the
system keyring, and every start and stop is written to a local journal.
A demo mode runs against a built-in emulator of the API.

The package also contains usage-session-cli, which lists, starts and stops
sessions from scripts (table, CSV or JSON output), and
usage-session-emulator, a local HTTP server that emulates the BillForward
usage-sessions API on top of SQLite, with optional fault injection.")

include(CPack)
