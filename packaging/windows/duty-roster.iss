; Windows installer of Duty Roster (Inno Setup 6), made from the PyInstaller folder
; dist\duty-roster that packaging/duty-roster.spec builds. Installs for the current user
; (no administrator rights), with a Start-menu entry and an optional desktop icon; texts in
; Vietnamese, English second. Built by .github/workflows/package.yml:
;   iscc /DAppVersion=0.1.0 packaging\windows\duty-roster.iss
; gives dist\duty-roster-<version>-windows-x64-setup.exe.
#ifndef AppVersion
  #error Pass the version from setup.cfg: iscc /DAppVersion=X.Y.Z
#endif

[Setup]
AppId={{6F0D7C52-93B1-4E0A-9E59-6C1A3D5B2F41}
AppName=Duty Roster
AppVerName=Duty Roster {#AppVersion}
AppVersion={#AppVersion}
AppPublisher=Duty Roster
DefaultDirName={autopf}\Duty Roster
DefaultGroupName=Duty Roster
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir=..\..\dist
OutputBaseFilename=duty-roster-{#AppVersion}-windows-x64-setup
SetupIconFile=..\icons\duty-roster.ico
UninstallDisplayIcon={app}\duty-roster.exe
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
ShowLanguageDialog=no

[Languages]
; Inno Setup ships no official Vietnamese file: the English one, with the messages a person
; reads on every page of the wizard given in Vietnamese below.
Name: "vi"; MessagesFile: "compiler:Default.isl"
Name: "en"; MessagesFile: "compiler:Default.isl"

[Messages]
vi.SetupAppTitle=Cài đặt
vi.SetupWindowTitle=Cài đặt %1
vi.UninstallAppTitle=Gỡ cài đặt
vi.UninstallAppFullTitle=Gỡ cài đặt %1
vi.ButtonBack=< &Quay lại
vi.ButtonNext=&Tiếp >
vi.ButtonInstall=&Cài đặt
vi.ButtonOK=Đồng ý
vi.ButtonCancel=Hủy
vi.ButtonYes=&Có
vi.ButtonYesToAll=Có với &tất cả
vi.ButtonNo=&Không
vi.ButtonNoToAll=Khô&ng với tất cả
vi.ButtonFinish=&Hoàn tất
vi.ButtonBrowse=&Chọn...
vi.ButtonWizardBrowse=C&họn...
vi.ButtonNewFolder=&Tạo thư mục mới
vi.ExitSetupTitle=Thoát cài đặt
vi.ExitSetupMessage=Việc cài đặt chưa xong. Nếu thoát bây giờ, chương trình sẽ không được cài.%n%nBạn có thể chạy lại trình cài đặt vào lúc khác.%n%nThoát cài đặt?
vi.WizardSelectDir=Chọn nơi cài đặt
vi.SelectDirDesc=Cài [name] vào đâu?
vi.SelectDirLabel3=Trình cài đặt sẽ cài [name] vào thư mục sau.
vi.SelectDirBrowseLabel=Bấm Tiếp để tiếp tục. Muốn chọn thư mục khác, bấm Chọn.
vi.DiskSpaceMBLabel=Cần ít nhất [mb] MB dung lượng trống.
vi.WizardSelectProgramGroup=Chọn thư mục trong menu Start
vi.SelectStartMenuFolderDesc=Đặt lối tắt của chương trình ở đâu?
vi.SelectStartMenuFolderLabel3=Trình cài đặt sẽ tạo lối tắt trong thư mục sau của menu Start.
vi.SelectStartMenuFolderBrowseLabel=Bấm Tiếp để tiếp tục. Muốn chọn thư mục khác, bấm Chọn.
vi.WizardSelectTasks=Chọn việc cần làm thêm
vi.SelectTasksDesc=Trình cài đặt có cần làm thêm việc gì không?
vi.SelectTasksLabel2=Chọn những việc trình cài đặt làm thêm khi cài [name], rồi bấm Tiếp.
vi.WizardReady=Sẵn sàng cài đặt
vi.ReadyLabel1=Trình cài đặt đã sẵn sàng cài [name] vào máy tính.
vi.ReadyLabel2a=Bấm Cài đặt để bắt đầu, hoặc Quay lại để xem hay đổi lựa chọn.
vi.ReadyLabel2b=Bấm Cài đặt để bắt đầu.
vi.ReadyMemoDir=Thư mục cài đặt:
vi.ReadyMemoGroup=Thư mục trong menu Start:
vi.ReadyMemoTasks=Việc làm thêm:
vi.WizardPreparing=Đang chuẩn bị cài đặt
vi.PreparingDesc=Trình cài đặt đang chuẩn bị cài [name] vào máy tính.
vi.WizardInstalling=Đang cài đặt
vi.InstallingLabel=Xin chờ trong khi [name] được cài vào máy tính.
vi.FinishedHeadingLabel=Đã cài xong [name]
vi.FinishedLabelNoIcons=[name] đã được cài vào máy tính.
vi.FinishedLabel=[name] đã được cài vào máy tính. Mở chương trình bằng lối tắt đã tạo.
vi.ClickFinish=Bấm Hoàn tất để đóng trình cài đặt.
vi.RunEntryExec=Mở %1
vi.StatusExtractFiles=Đang chép tệp...
vi.StatusCreateIcons=Đang tạo lối tắt...
vi.StatusUninstalling=Đang gỡ %1...
vi.ConfirmUninstall=Gỡ hẳn %1 và mọi thành phần của nó? Dữ liệu lịch trực của bạn được giữ lại.
vi.UninstalledAll=Đã gỡ %1 khỏi máy tính.
vi.AboutSetupMenuItem=&Giới thiệu trình cài đặt...
vi.AboutSetupTitle=Giới thiệu trình cài đặt
vi.ErrorTitle=Lỗi
vi.DirExists=Thư mục:%n%n%1%n%nđã có sẵn. Vẫn cài vào thư mục đó?
vi.DirDoesntExist=Thư mục:%n%n%1%n%nchưa có. Tạo thư mục này?
vi.SetupAlreadyRunning=Trình cài đặt đang chạy.
vi.WindowsVersionNotSupported=Chương trình không chạy được trên phiên bản Windows của máy này.

[CustomMessages]
vi.UninstallProgram=Gỡ cài đặt %1
vi.LaunchProgram=Mở %1
vi.CreateDesktopIcon=Tạo lối tắt trên &màn hình nền
vi.AdditionalIcons=Lối tắt thêm:
vi.AppComment=Xếp lịch trực cho tình nguyện viên tại trung tâm phục vụ hành chính công
en.AppComment=Roster youth volunteers for public service centers
vi.AppMenuName=Xếp lịch tình nguyện (Duty Roster)
en.AppMenuName=Duty Roster

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"

[Files]
Source: "..\..\dist\duty-roster\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\{cm:AppMenuName}"; Filename: "{app}\duty-roster.exe"; Comment: "{cm:AppComment}"
Name: "{group}\{cm:UninstallProgram,Duty Roster}"; Filename: "{uninstallexe}"
Name: "{autodesktop}\{cm:AppMenuName}"; Filename: "{app}\duty-roster.exe"; Comment: "{cm:AppComment}"; Tasks: desktopicon

[Run]
Filename: "{app}\duty-roster.exe"; Description: "{cm:LaunchProgram,Duty Roster}"; Flags: nowait postinstall skipifsilent
