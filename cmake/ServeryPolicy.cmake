# One INTERFACE target carries the compiler and Qt policy for every target in
# the project. Link it PRIVATE; it never leaks into installed interfaces.
add_library(servery_policy INTERFACE)
add_library(Servery::Policy ALIAS servery_policy)

target_compile_features(servery_policy INTERFACE cxx_std_20)
set(CMAKE_CXX_EXTENSIONS OFF)

target_compile_definitions(servery_policy INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_CAST_FROM_BYTEARRAY
    QT_NO_URL_CAST_FROM_STRING
    QT_USE_QSTRINGBUILDER
    QT_NO_FOREACH
    QT_NO_KEYWORDS
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_STRICT_ITERATORS
    # Qt 6.4 is the oldest Qt we support: nothing deprecated before it.
    QT_DISABLE_DEPRECATED_BEFORE=0x060400
    SERVERY_VERSION="${PROJECT_VERSION}")

if(MSVC)
    target_compile_options(servery_policy INTERFACE /W4 /permissive- /utf-8)
    if(SERVERY_WERROR)
        target_compile_options(servery_policy INTERFACE /WX)
    endif()
else()
    target_compile_options(servery_policy INTERFACE
        -Wall -Wextra -pedantic
        -Wcast-align -Wnon-virtual-dtor -Woverloaded-virtual -Wshadow
        -Wformat=2 -Wimplicit-fallthrough)
    if(SERVERY_WERROR)
        target_compile_options(servery_policy INTERFACE -Werror)
    endif()
    # Line tables only: backtraces and sanitizer reports keep file:line, and
    # the builds take a sixth less time (Qt's headers make full debug info
    # heavy). SERVERY_FULL_DEBUG_INFO=ON for a debugger's view of variables.
    option(SERVERY_FULL_DEBUG_INFO "full debug info (-g) instead of line tables (-g1)" OFF)
    if(NOT SERVERY_FULL_DEBUG_INFO)
        target_compile_options(servery_policy INTERFACE $<$<CONFIG:Debug,RelWithDebInfo>:-g1>)
    endif()
endif()

# LLVM's linker where there is one: GNU ld took nearly half of a build's
# time (about 5 s per test executable against 0.8 s with lld), and the
# suite links some eighty of them, twice in CI. Packages keep the system's
# default linker (the release preset turns this off).
option(SERVERY_LLD "Link with lld when it is installed" ON)
if(SERVERY_LLD AND NOT MSVC AND NOT APPLE AND (CMAKE_CXX_COMPILER_ID STREQUAL "GNU" OR CMAKE_CXX_COMPILER_ID MATCHES "Clang"))
    find_program(SERVERY_LLD_PROGRAM NAMES ld.lld)
    if(SERVERY_LLD_PROGRAM)
        target_link_options(servery_policy INTERFACE -fuse-ld=lld)
    endif()
endif()

# The hardening the distributions build packages with (Debian's
# dpkg-buildflags "hardening=+all"): on for the release preset, so the
# packages lintian checks carry it; off by default, as _FORTIFY_SOURCE needs
# optimization and debug builds have none.
option(SERVERY_HARDEN "Build with fortified sources, stack protector, PIE and full RELRO" OFF)
if(SERVERY_HARDEN AND NOT MSVC)
    include(CheckPIESupported)
    check_pie_supported()
    # Before any target exists: every executable links with -pie.
    set(CMAKE_POSITION_INDEPENDENT_CODE ON)
    # -U first: some toolchains (Ubuntu's) predefine another level.
    target_compile_options(servery_policy INTERFACE
        -U_FORTIFY_SOURCE -D_FORTIFY_SOURCE=2
        -fstack-protector-strong -Wformat -Werror=format-security)
    include(CheckCXXCompilerFlag)
    check_cxx_compiler_flag(-fstack-clash-protection SERVERY_HAVE_STACK_CLASH)
    if(SERVERY_HAVE_STACK_CLASH)
        target_compile_options(servery_policy INTERFACE -fstack-clash-protection)
    endif()
    if(CMAKE_SYSTEM_PROCESSOR MATCHES "x86_64|AMD64|i.86")
        check_cxx_compiler_flag(-fcf-protection SERVERY_HAVE_CF_PROTECTION)
        if(SERVERY_HAVE_CF_PROTECTION)
            target_compile_options(servery_policy INTERFACE -fcf-protection)
        endif()
    endif()
    if(NOT APPLE)
        target_link_options(servery_policy INTERFACE LINKER:-z,relro,-z,now)
    endif()
endif()

if(SERVERY_FUZZ)
    if(NOT CMAKE_CXX_COMPILER_ID MATCHES "Clang")
        message(FATAL_ERROR "SERVERY_FUZZ needs clang (libFuzzer); use the fuzz preset.")
    endif()
    # Coverage for libFuzzer in everything; the fuzz targets add the driver.
    target_compile_options(servery_policy INTERFACE -fsanitize=fuzzer-no-link)
endif()

if(SERVERY_SANITIZE)
    if(MSVC)
        target_compile_options(servery_policy INTERFACE /fsanitize=address)
    else()
        target_compile_options(servery_policy INTERFACE
            -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
        target_link_options(servery_policy INTERFACE -fsanitize=address,undefined)
    endif()
endif()

# Precompiled headers: Qt's headers are most of each file's compile time.
# Each library precompiles the Qt and standard headers its files use most;
# the tests share three (tests/CMakeLists.txt). The fuzz build compiles
# without them, so a missing #include still fails somewhere.
option(SERVERY_PCH "Precompile the common Qt headers" ON)
function(servery_precompile target)
    if(SERVERY_PCH)
        target_precompile_headers(${target} PRIVATE ${ARGN})
        # AUTOMOC's collected file is empty where every class is in a
        # header with its own moc file; a header to load would only slow it.
        get_target_property(binary_dir ${target} BINARY_DIR)
        set_source_files_properties("${binary_dir}/${target}_autogen/mocs_compilation.cpp"
            TARGET_DIRECTORY ${target} PROPERTIES SKIP_PRECOMPILE_HEADERS ON)
    endif()
endfunction()

# The headers most of the engine's files include; every library starts from
# them.
set(SERVERY_PCH_CORE
    <QByteArray> <QByteArrayView> <QString> <QStringList> <QList> <QHash> <QSet>
    <QObject> <QHostAddress> <QDateTime> <QLoggingCategory> <QFile> <QFileInfo>
    <QTimer> <QMutex> <QTcpSocket>
    <memory> <functional> <optional> <vector> <algorithm> <chrono> <atomic>)
