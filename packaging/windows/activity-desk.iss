; Inno Setup 6 script: wraps the PyInstaller one-folder bundle (dist\activity-desk) in an installer
; dist\ActivityDesk-<version>-setup.exe. Built by packaging/windows/build.ps1, which passes the
; version:
;   iscc /DAppVersion=0.1.0 packaging\windows\activity-desk.iss   (icon: build\activity-desk.ico)
; Not built or run on the Linux development machine; the CI workflow (.github/workflows/package.yml)
; builds it on windows-latest and smoke-tests the bundle it wraps.

#ifndef AppVersion
  #define AppVersion "0.0.0"
#endif
#ifndef AppIcon
  #define AppIcon "..\..\build\activity-desk.ico"
#endif

[Setup]
; AppId identifies the product to Windows across versions (upgrades, uninstall): never change it.
AppId={{F3660C1A-0774-40FF-BB5E-A1077370EA02}
AppName=Activity Desk
AppVersion={#AppVersion}
AppPublisher=Activity Desk developers
DefaultDirName={autopf}\Activity Desk
DefaultGroupName=Activity Desk
DisableProgramGroupPage=yes
; Per-user install by default (no administrator needed); the user may choose all users.
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir=..\..\dist
OutputBaseFilename=ActivityDesk-{#AppVersion}-setup
SetupIconFile={#AppIcon}
UninstallDisplayIcon={app}\activity-desk.exe
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
; Signing placeholder: with a code-signing certificate, define a sign tool in the IDE/command line
; (iscc "/Ssigntool=signtool sign /fd sha256 /tr http://timestamp.example /td sha256 $f") and
; uncomment the next line; build.ps1 signs the bundle's .exe before this script runs.
; SignTool=signtool

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"
Name: "russian"; MessagesFile: "compiler:Languages\Russian.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "..\..\dist\activity-desk\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\Activity Desk"; Filename: "{app}\activity-desk.exe"
Name: "{autodesktop}\Activity Desk"; Filename: "{app}\activity-desk.exe"; Tasks: desktopicon

[Run]
Filename: "{app}\activity-desk.exe"; Description: "{cm:LaunchProgram,Activity Desk}"; Flags: nowait postinstall skipifsilent
