# CPack: what `cpack` builds from an installed tree.
#   Linux:   a .deb for Debian 12 / Ubuntu 24.04 (Depends from dpkg-shlibdeps)
#            and a relocatable .tar.gz
#   Windows: an NSIS installer      macOS: a drag-and-drop .dmg
# packaging/CMakeLists.txt holds the install rules for the desktop files and
# the platform dress of the executable; scripts/package drives it all on Linux.

# The reverse-DNS id the desktop file, the AppStream metainfo and the Flatpak
# manifest share.
set(SERVERY_APP_ID "io.github.servery.Servery")
set(SERVERY_PACKAGE_MAINTAINER "The Servery developers <servery@users.noreply.github.com>"
    CACHE STRING "Maintainer named in the packages")

set(CPACK_PACKAGE_NAME "servery")
set(CPACK_PACKAGE_VENDOR "The Servery developers")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_PACKAGE_HOMEPAGE_URL "${PROJECT_HOMEPAGE_URL}")
set(CPACK_PACKAGE_CONTACT "${SERVERY_PACKAGE_MAINTAINER}")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "local web server to share folders, preview sites and inspect requests")
# The extended description, as in the AppStream metainfo; CPack indents it
# and turns empty lines into " ." for the Debian control file.
set(CPACK_PACKAGE_DESCRIPTION [=[
Servery hosts a local web server from a desktop window: pick a folder and a
port, press Start, and the folder is on the network.

It shares a folder with phones on the local network through a QR code that
carries an access key; the listing works on small screens, videos seek, and
uploads can be turned on. It previews a static site as a real server would,
with correct MIME types, caching headers, SPA fallback, clean URLs, CORS,
custom headers and live reload. Every request shows up in a live log with its
headers, body, response and timings, and can be exported as HAR.

A headless mode serves from the command line and prints the address, a QR
code and an access log in Combined Log Format.]=])
set(CPACK_PACKAGE_INSTALL_DIRECTORY "Servery")
set(CPACK_PACKAGE_EXECUTABLES "servery" "Servery")
set(CPACK_STRIP_FILES ON)
set(CPACK_SOURCE_IGNORE_FILES "/build/" "/dist/" "/\\\\.git/")
# Installed directories are 0755 whatever the umask of the one packaging.
set(CPACK_INSTALL_DEFAULT_DIRECTORY_PERMISSIONS
    OWNER_READ OWNER_WRITE OWNER_EXECUTE GROUP_READ GROUP_EXECUTE WORLD_READ WORLD_EXECUTE)
set(CPACK_PACKAGE_DIRECTORY "${PROJECT_SOURCE_DIR}/dist")

if(WIN32)
    set(CPACK_GENERATOR "NSIS")
    set(CPACK_RESOURCE_FILE_LICENSE "${PROJECT_SOURCE_DIR}/LICENSE")
    set(CPACK_NSIS_PACKAGE_NAME "Servery")
    set(CPACK_NSIS_DISPLAY_NAME "Servery")
    set(CPACK_NSIS_MUI_ICON "${PROJECT_SOURCE_DIR}/packaging/windows/servery.ico")
    set(CPACK_NSIS_MUI_UNIICON "${PROJECT_SOURCE_DIR}/packaging/windows/servery.ico")
    set(CPACK_NSIS_INSTALLED_ICON_NAME "bin\\\\servery.exe")
    set(CPACK_NSIS_URL_INFO_ABOUT "${PROJECT_HOMEPAGE_URL}")
    set(CPACK_NSIS_HELP_LINK "${PROJECT_HOMEPAGE_URL}/issues")
    set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
    set(CPACK_NSIS_EXECUTABLES_DIRECTORY "bin")
    set(CPACK_PACKAGE_FILE_NAME "Servery-${PROJECT_VERSION}-win64")
elseif(APPLE)
    set(CPACK_GENERATOR "DragNDrop")
    set(CPACK_DMG_VOLUME_NAME "Servery")
    set(CPACK_DMG_FORMAT "UDZO")
    set(CPACK_PACKAGE_FILE_NAME "Servery-${PROJECT_VERSION}-macOS")
else()
    set(CPACK_GENERATOR "DEB;TGZ")
    string(TOLOWER "${CMAKE_SYSTEM_NAME}-${CMAKE_SYSTEM_PROCESSOR}" _servery_platform)
    set(CPACK_PACKAGE_FILE_NAME "servery-${PROJECT_VERSION}-${_servery_platform}")
    # The tarball is relocatable (bin/, share/ under one folder); it uses
    # the system's Qt 6.4+. The .deb installs under /usr.

    set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
    set(CPACK_DEBIAN_PACKAGE_RELEASE 1)
    set(CPACK_DEBIAN_PACKAGE_SECTION "net")
    set(CPACK_DEBIAN_PACKAGE_PRIORITY "optional")
    set(CPACK_DEBIAN_PACKAGE_MAINTAINER "${SERVERY_PACKAGE_MAINTAINER}")
    set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "${PROJECT_HOMEPAGE_URL}")
    set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
    # Qt loads these as plugins, so shlibdeps cannot see them: the window
    # needs a platform plugin, thumbnails of WebP/TIFF need the formats.
    # Recommends, as headless serving needs neither.
    set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-qpa-plugins, qt6-image-formats-plugins")
    set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
endif()

# Per-generator settings (the tarball leaves out the Debian changelog).
configure_file("${CMAKE_CURRENT_LIST_DIR}/PackagingGenerators.cmake.in"
    "${PROJECT_BINARY_DIR}/PackagingGenerators.cmake" @ONLY)
set(CPACK_PROJECT_CONFIG_FILE "${PROJECT_BINARY_DIR}/PackagingGenerators.cmake")

include(CPack)
