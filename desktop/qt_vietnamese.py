"""Qt's own texts in Vietnamese. PySide6 ships no Vietnamese catalogue for Qt itself, so the
project translates what a coordinator meets: message-box and dialog buttons (Có / Không /
Huỷ / Lưu…), the file dialog, the context menus of text fields and spin boxes (the date
picker's month and day names come from QLocale). `write_catalogue()` writes
desktop/translations/qt_vi.ts from the table below (Qt's source texts, by Qt context);
`update_catalogues` compiles it with ours."""
from __future__ import annotations

from pathlib import Path
from xml.sax.saxutils import escape

CATALOGUE = Path(__file__).with_name("translations") / "qt_vi.ts"

# Qt context -> {Qt's English source text (or (text, disambiguation)): Vietnamese}
TEXTS: dict[str, dict] = {
    "QPlatformTheme": {
        "OK": "Đồng ý", "Save": "Lưu", "Save All": "Lưu tất cả", "Open": "Mở", "&Yes": "&Có",
        "Yes to &All": "Có với &tất cả", "&No": "&Không", "N&o to All": "Không với tất &cả", "Abort": "Huỷ bỏ",
        "Retry": "Thử lại", "Ignore": "Bỏ qua", "Close": "Đóng", "Cancel": "Huỷ", "Discard": "Bỏ",
        "Help": "Trợ giúp", "Apply": "Áp dụng", "Reset": "Đặt lại", "Restore Defaults": "Khôi phục mặc định",
    },
    "QDialogButtonBox": {"OK": "Đồng ý"},
    "QMessageBox": {"Show Details...": "Xem chi tiết…", "Hide Details...": "Ẩn chi tiết…"},
    "QFileDialog": {
        "Look in:": "Tìm trong:", "&Look in:": "&Tìm trong:", "File &name:": "&Tên tệp:",
        "Files of type:": "Loại tệp:", "Files of &type:": "&Loại tệp:", "Alt+Left": "Alt+Left",
        "Alt+Right": "Alt+Right", "Alt+Up": "Alt+Up",
        "&Save": "&Lưu", "&Open": "&Mở", "&Choose": "&Chọn", "Cancel": "Huỷ", "Save As": "Lưu thành",
        "Open": "Mở", "Find Directory": "Chọn thư mục", "Directory:": "Thư mục:", "Directories": "Thư mục",
        "All Files (*)": "Mọi tệp (*)", "All files (*)": "Mọi tệp (*)", "Back": "Lùi", "Forward": "Tiến",
        "Go back": "Quay lại", "Go forward": "Đi tiếp", "Parent Directory": "Thư mục cha",
        "Go to the parent directory": "Lên thư mục cha", "Create New Folder": "Tạo thư mục mới",
        "Create a New Folder": "Tạo một thư mục mới", "List View": "Xem dạng danh sách",
        "Detail View": "Xem chi tiết", "Change to list view mode": "Chuyển sang xem dạng danh sách",
        "Change to detail view mode": "Chuyển sang xem chi tiết", "Sidebar": "Thanh bên",
        "List of places and bookmarks": "Danh sách nơi lưu và dấu trang", "Files": "Tệp",
        "New Folder": "Thư mục mới", "&New Folder": "Thư mục &mới", "&Delete": "&Xoá", "Delete": "Xoá",
        "&Rename": "Đổi &tên", "Remove": "Gỡ", "Show &hidden files": "Hiện tệp &ẩn", "Recent Places": "Nơi vừa mở",
        "My Computer": "Máy tính", "Drive": "Ổ đĩa", "File": "Tệp", "File Folder": "Thư mục", "Folder": "Thư mục",
        "Alias": "Bí danh", "Shortcut": "Lối tắt", "Unknown": "Không rõ", "%1 File": "Tệp %1",
        "%1 already exists.\nDo you want to replace it?": "%1 đã có.\nGhi đè lên tệp đó?",
        "%1\nFile not found.\nPlease verify the correct file name was given.":
            "%1\nKhông tìm thấy tệp.\nHãy kiểm tra lại tên tệp.",
        "%1\nDirectory not found.\nPlease verify the correct directory name was given.":
            "%1\nKhông tìm thấy thư mục.\nHãy kiểm tra lại tên thư mục.",
        "'%1' is write protected.\nDo you want to delete it anyway?": "'%1' đang được bảo vệ khỏi ghi.\nVẫn xoá?",
        "Are you sure you want to delete '%1'?": "Chắc chắn xoá '%1'?",
        "Could not delete directory.": "Không xoá được thư mục.",
    },
    "QAbstractFileIconProvider": {"Folder": "Thư mục", ("Folder", "All other platforms"): "Thư mục",
                                  "Drive": "Ổ đĩa", "File": "Tệp", "%1 File": "Tệp %1",
                                  "Unknown": "Không rõ", "Shortcut": "Lối tắt", "Alias": "Bí danh"},
    "QFileIconProvider": {"Folder": "Thư mục", "Drive": "Ổ đĩa", "File": "Tệp", "%1 File": "Tệp %1"},
    "QFileSystemModel": {
        "Name": "Tên", "Size": "Cỡ", "Kind": "Loại", "Type": "Loại", "Date Modified": "Ngày sửa",
        "My Computer": "Máy tính", "Computer": "Máy tính", "Invalid filename": "Tên tệp không hợp lệ",
    },
    "QLineEdit": {
        "&Undo": "&Hoàn tác", "&Redo": "&Làm lại", "Cu&t": "&Cắt", "&Copy": "&Sao chép", "&Paste": "&Dán",
        "Delete": "Xoá", "Select All": "Chọn tất cả",
    },
    "QWidgetTextControl": {
        "&Undo": "&Hoàn tác", "&Redo": "&Làm lại", "Cu&t": "&Cắt", "&Copy": "&Sao chép", "&Paste": "&Dán",
        "Delete": "Xoá", "Select All": "Chọn tất cả", "Copy &Link Location": "Chép địa chỉ &liên kết",
    },
    "QAbstractSpinBox": {"&Select All": "&Chọn tất cả", "&Step up": "&Tăng", "Step &down": "&Giảm"},
    "QUnicodeControlCharacterMenu": {"Insert Unicode control character": "Chèn ký tự điều khiển Unicode"},
}


def write_catalogue(path: Path = CATALOGUE) -> Path:
    """Write the Qt Linguist source of the table (compiled by lrelease into qt_vi.qm)."""
    lines = ['<?xml version="1.0" encoding="utf-8"?>', "<!DOCTYPE TS>", '<TS version="2.1" language="vi_VN">']
    for context, texts in TEXTS.items():
        lines += ["<context>", f"    <name>{context}</name>"]
        for source, translation in texts.items():
            source, comment = source if isinstance(source, tuple) else (source, "")
            lines += ["    <message>", f"        <source>{escape(source)}</source>"]
            lines += [f"        <comment>{escape(comment)}</comment>"] if comment else []
            lines += [f"        <translation>{escape(translation)}</translation>", "    </message>"]
        lines.append("</context>")
    lines.append("</TS>")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path
