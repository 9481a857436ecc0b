; Inno Setup script for the Windows installer of the PyInstaller build (dist\hashiya\).
; The release workflow runs:  iscc /DAppVersion=<version from pyproject.toml> resources\packaging\hashiya.iss
; Paths are relative to this file. Unsigned: see docs/packaging.md.

#ifndef AppVersion
  #error Pass the version: iscc /DAppVersion=X.Y.Z hashiya.iss
#endif

[Setup]
AppId={{6B0F3C52-5D0E-4C1B-9A55-7E3B1C2F4A90}
AppName=Hashiya
AppVerName=Hashiya {#AppVersion}
AppVersion={#AppVersion}
AppPublisher=Hashiya developers
DefaultDirName={autopf}\Hashiya
DefaultGroupName=Hashiya
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir=..\..\dist
OutputBaseFilename=hashiya-{#AppVersion}-windows-x64-setup
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
UninstallDisplayIcon={app}\hashiya.exe
ChangesEnvironment=no

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "..\..\dist\hashiya\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\Hashiya"; Filename: "{app}\hashiya.exe"
Name: "{autodesktop}\Hashiya"; Filename: "{app}\hashiya.exe"; Tasks: desktopicon

[Run]
Filename: "{app}\hashiya.exe"; Description: "{cm:LaunchProgram,Hashiya}"; Flags: nowait postinstall skipifsilent
