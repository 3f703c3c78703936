# Windows build of Activity Desk: one-folder bundle (PyInstaller) + Inno Setup installer, into dist\.
#
#   powershell -ExecutionPolicy Bypass -File packaging\windows\build.ps1
#
# Needs Python 3.11+ (py launcher or python on PATH) and Inno Setup 6 (iscc.exe on PATH or in its
# default folder; `choco install innosetup` on CI). Everything Python goes into build\venv-windows.
# Not run on the Linux development machine: .github/workflows/package.yml runs it on windows-latest.
$ErrorActionPreference = "Stop"
Set-Location (Resolve-Path "$PSScriptRoot\..\..")

$venv = "build\venv-windows"
if (-not (Test-Path "$venv\Scripts\python.exe")) {
    python -m venv $venv
    & "$venv\Scripts\python.exe" -m pip install --quiet --upgrade pip
}
$py = "$venv\Scripts\python.exe"
& $py -m pip install --quiet ".[packaging]"; if ($LASTEXITCODE) { throw "pip install failed" }
& $py -m pip install --quiet --no-deps --force-reinstall .; if ($LASTEXITCODE) { throw "pip install failed" }
$version = & $py -c "from importlib.metadata import version; print(version('activity-desk'))"

# The .ico the spec (EXE icon) and the installer use, rendered from resources\icons\activity-desk.svg by Qt.
New-Item -ItemType Directory -Force build | Out-Null
& $py packaging\render_icons.py ico build\activity-desk.ico; if ($LASTEXITCODE) { throw "icon" }

& "$venv\Scripts\pyinstaller.exe" --noconfirm --log-level WARN --distpath dist --workpath build\pyinstaller packaging\activity-desk.spec
if ($LASTEXITCODE) { throw "PyInstaller failed" }

# Signing placeholder (Authenticode): with a certificate, sign the app before wrapping it, e.g.
#   signtool sign /fd sha256 /tr <timestamp URL> /td sha256 /f cert.pfx /p $env:SIGN_PASSWORD dist\activity-desk\activity-desk.exe

$iscc = (Get-Command iscc.exe -ErrorAction SilentlyContinue).Source
if (-not $iscc) { $iscc = "${env:ProgramFiles(x86)}\Inno Setup 6\ISCC.exe" }
& $iscc "/DAppVersion=$version" packaging\windows\activity-desk.iss
if ($LASTEXITCODE) { throw "Inno Setup failed" }
# Signing placeholder: sign dist\ActivityDesk-$version-setup.exe the same way.
Get-ChildItem dist\ActivityDesk-*-setup.exe
