# Builds Servery's Windows installer (NSIS) into dist\.
#
#   packaging\windows\package.ps1 [-BuildDir build] [-Config Release]
#
# Needs: Qt 6.4+ for MSVC (qmake/windeployqt on PATH or CMAKE_PREFIX_PATH
# set), Visual Studio 2022 build tools in the shell (a Developer PowerShell,
# or ilammy/msvc-dev-cmd in CI), CMake, Ninja, NSIS (makensis), pkg-config
# with qrcodegencpp.pc on PKG_CONFIG_PATH (packaging\qrcodegen) and zlib
# (vcpkg). Pass extra configure arguments (the vcpkg toolchain) after --.
#
# cpack installs into its staging folder; the install step runs Qt's deploy
# script (packaging/CMakeLists.txt), which runs windeployqt there, so the
# installer carries Qt's DLLs, plugins and the MSVC runtime.
param(
    [string]$BuildDir = "build",
    [string]$Config = "Release",
    [Parameter(ValueFromRemainingArguments = $true)][string[]]$CMakeArgs = @()
)
$ErrorActionPreference = "Stop"
$root = Resolve-Path "$PSScriptRoot\..\.."
Set-Location $root

if (-not (Test-Path "$BuildDir\CMakeCache.txt")) {
    cmake -S . -B $BuildDir -G Ninja "-DCMAKE_BUILD_TYPE=$Config" -DSERVERY_BUILD_TESTS=OFF @CMakeArgs
    if ($LASTEXITCODE) { exit $LASTEXITCODE }
}
cmake --build $BuildDir --config $Config
if ($LASTEXITCODE) { exit $LASTEXITCODE }

# windeployqt must be found by Qt's deploy script: it sits next to qmake.
if (-not (Get-Command windeployqt -ErrorAction SilentlyContinue)) {
    Write-Warning "windeployqt is not on PATH; Qt's deploy script looks for it in Qt's bin folder"
}
cpack --config "$BuildDir\CPackConfig.cmake" -G NSIS -C $Config -B dist
if ($LASTEXITCODE) { exit $LASTEXITCODE }
Remove-Item -Recurse -Force dist\_CPack_Packages -ErrorAction SilentlyContinue
Get-ChildItem dist\*.exe
