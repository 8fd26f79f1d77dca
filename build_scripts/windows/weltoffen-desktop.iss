; Inno Setup 6 script: the Windows installer of Weltoffen Desktop.
;
; build.py runs it after PyInstaller on Windows (see README, "Building the installer"):
;   iscc /DAppVersion=<weltoffen_desktop.__version__> /DBundleDir=<dist\weltoffen-desktop>
;        /DIconFile=<the .ico rendered by icons.py> /O<dist> weltoffen-desktop.iss
;
; Per user, without administrator rights: the app goes to %LOCALAPPDATA%\Programs, the
; Start-menu entry and the .weltoffen file type to the user's part of the registry.
; The uninstaller removes exactly what the installer put there; workspaces, settings,
; logs and backups (in the user's own folders) are kept.

#if !Defined(AppVersion) || !Defined(BundleDir) || !Defined(IconFile)
  #error Run through build.py, which passes AppVersion, BundleDir and IconFile
#endif

[Setup]
AppId={{6E1C3C1E-5B0B-4C39-9F3D-57454C540001}
AppName=Weltoffen Desktop
AppVersion={#AppVersion}
AppVerName=Weltoffen Desktop {#AppVersion}
AppPublisher=Weltoffen Desktop
DefaultDirName={autopf}\Weltoffen Desktop
DefaultGroupName=Weltoffen Desktop
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
ChangesAssociations=yes
OutputBaseFilename=weltoffen-desktop-{#AppVersion}-setup
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
SetupIconFile={#IconFile}
UninstallDisplayIcon={app}\weltoffen-desktop.exe
LicenseFile={#BundleDir}\_internal\resources\licences\GPL-3.0.txt

[Languages]
Name: "de"; MessagesFile: "compiler:Languages\German.isl"
Name: "en"; MessagesFile: "compiler:Default.isl"

[CustomMessages]
de.AssocDescription=Weltoffen-Arbeitsbereich
en.AssocDescription=Weltoffen workspace

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "{#BundleDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\Weltoffen Desktop"; Filename: "{app}\weltoffen-desktop.exe"
Name: "{autodesktop}\Weltoffen Desktop"; Filename: "{app}\weltoffen-desktop.exe"; Tasks: desktopicon

[Registry]
; The .weltoffen file type, for this user only (HKCU\Software\Classes), removed on uninstall.
Root: HKA; Subkey: "Software\Classes\.weltoffen"; ValueType: string; ValueName: ""; ValueData: "WeltoffenDesktop.Workspace"; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\WeltoffenDesktop.Workspace"; ValueType: string; ValueName: ""; ValueData: "{cm:AssocDescription}"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\WeltoffenDesktop.Workspace\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\weltoffen-desktop.exe,0"
Root: HKA; Subkey: "Software\Classes\WeltoffenDesktop.Workspace\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\weltoffen-desktop.exe"" ""%1"""
Root: HKA; Subkey: "Software\Classes\Applications\weltoffen-desktop.exe\SupportedTypes"; ValueType: string; ValueName: ".weltoffen"; ValueData: ""; Flags: uninsdeletekey

[Run]
Filename: "{app}\weltoffen-desktop.exe"; Description: "{cm:LaunchProgram,Weltoffen Desktop}"; Flags: nowait postinstall skipifsilent

; No [UninstallDelete] section: the uninstaller removes only the installed files. The
; user's workspaces (wherever they saved them), settings, logs and backups (in
; %LOCALAPPDATA%\weltoffen-desktop) stay.
