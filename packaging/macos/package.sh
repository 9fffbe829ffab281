#!/usr/bin/env bash
# Builds Servery.app and a drag-and-drop disk image into dist/.
#
#   packaging/macos/package.sh [BUILD_DIR] [-- extra cmake configure arguments]
#
# Needs: Xcode's command line tools, CMake, Ninja, pkg-config, Qt 6.4+
# (CMAKE_PREFIX_PATH or Qt's bin on PATH, for macdeployqt) and qrcodegencpp.pc
# on PKG_CONFIG_PATH (packaging/qrcodegen).
#
# cpack installs Servery.app into its staging folder; the install step runs
# Qt's deploy script (packaging/CMakeLists.txt), which runs macdeployqt on
# the bundle, then DragNDrop makes the .dmg. The app is not signed or
# notarized: Gatekeeper asks the user to allow it (codesign + notarytool
# with a Developer ID are for a release pipeline with its secrets).
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
build="${1:-build}"
shift || true
[ "${1:-}" = "--" ] && shift
cd "$root"

if [ ! -f "$build/CMakeCache.txt" ]; then
    cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DSERVERY_BUILD_TESTS=OFF "$@"
fi
cmake --build "$build"
command -v macdeployqt >/dev/null || echo "package.sh: macdeployqt not on PATH; Qt's deploy script looks in Qt's bin folder" >&2
cpack --config "$build/CPackConfig.cmake" -G DragNDrop -B dist
rm -rf dist/_CPack_Packages
ls -l dist/*.dmg
