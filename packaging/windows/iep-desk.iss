; Inno Setup script for the Windows installer of IEP Desk (https://jrsoftware.org/isinfo.php).
;
; It packs the folder that scripts/build_bundle.py makes (dist\iep-desk\) into one
; IEP-Desk-Setup-<version>.exe that:
;   - installs for the current user only, without administrator rights
;     (into %LOCALAPPDATA%\Programs\IEP Desk), or for all users when IT runs it elevated
;     with /ALLUSERS;
;   - adds a Start-menu entry (and, if the teacher ticks it, a desktop shortcut);
;   - uninstalls from Settings > Apps, leaving the caseload alone: the caseload, its backups
;     and settings live in %LOCALAPPDATA%\IEP Desk, which this installer never touches.
; Silent install for IT: IEP-Desk-Setup-<version>.exe /VERYSILENT /SUPPRESSMSGBOXES /NORESTART
; (add /ALLUSERS for a machine-wide install); silent uninstall: unins000.exe /VERYSILENT.
;
; Build (on Windows, after the bundle): iscc /DAppVersion=<version> packaging\windows\iep-desk.iss

#ifndef AppVersion
  #define AppVersion "0.0.0"
#endif

[Setup]
AppId={{6B0F3C2E-4E7A-4C43-9B1E-2F5D3A1C7E90}
AppName=IEP Desk
AppVersion={#AppVersion}
AppPublisher=The IEP Desk team
DefaultDirName={autopf}\IEP Desk
DefaultGroupName=IEP Desk
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=commandline
OutputDir=..\..\dist
OutputBaseFilename=IEP-Desk-Setup-{#AppVersion}
Compression=lzma2
SolidCompression=yes
WizardStyle=modern
UninstallDisplayName=IEP Desk
UninstallDisplayIcon={app}\iep-desk.exe
ArchitecturesInstallIn64BitMode=x64compatible

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"
Name: "spanish"; MessagesFile: "compiler:Languages\Spanish.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "..\..\dist\iep-desk\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\IEP Desk"; Filename: "{app}\iep-desk.exe"
Name: "{autodesktop}\IEP Desk"; Filename: "{app}\iep-desk.exe"; Tasks: desktopicon

[Run]
Filename: "{app}\iep-desk.exe"; Description: "{cm:LaunchProgram,IEP Desk}"; Flags: nowait postinstall skipifsilent

; No [UninstallDelete] entry: the caseload is not in {app}, and uninstalling never removes it.
