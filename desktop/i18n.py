"""Interface language: Vietnamese by default, English second. Installs the compiled Qt
Linguist catalogue (desktop/translations/duty_roster_<lang>.qm) and offers the translation of
messages that come from the data layer (marked there with QT_TRANSLATE_NOOP)."""
from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

LANGUAGES = ("vi", "en")
DEFAULT_LANGUAGE = "vi"
TRANSLATIONS_DIR = Path(__file__).with_name("translations")

_installed: list[QTranslator] = []
_current = {"language": ""}


def normalise(language) -> str:
    language = str(language or "").lower()[:2]
    return language if language in LANGUAGES else DEFAULT_LANGUAGE


def catalogue_path(language: str) -> Path:
    return TRANSLATIONS_DIR / f"duty_roster_{language}.qm"


def current_language() -> str:
    return _current["language"]


def install(language: str) -> None:
    """Replace the installed translators by those of `language` (ours and Qt's own dialogs)."""
    app = QCoreApplication.instance()
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    language = normalise(language)
    ours = QTranslator(app)
    if ours.load(str(catalogue_path(language))):
        app.installTranslator(ours)
        _installed.append(ours)
    qt_own = QTranslator(app)
    if qt_own.load(QLocale(language), "qtbase", "_", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt_own)
        _installed.append(qt_own)
    elif (TRANSLATIONS_DIR / f"qt_{language}.qm").is_file():  # Qt ships none: the project's own (qt_vietnamese)
        project_qt = QTranslator(app)
        if project_qt.load(str(TRANSLATIONS_DIR / f"qt_{language}.qm")):
            app.installTranslator(project_qt)
            _installed.append(project_qt)
    QLocale.setDefault(QLocale(QLocale.Language.Vietnamese if language == "vi" else QLocale.Language.English,
                               QLocale.Country.Vietnam if language == "vi" else QLocale.Country.UnitedKingdom))
    _current["language"] = language


def translate(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


def field_error_text(error) -> str:
    """A models.repository.FieldError in the interface language."""
    return translate("repository", error.message).format(**error.params)


def row_problem_text(problem) -> str:
    """What a models.volunteer_import.RowProblem expected, in the interface language."""
    return translate("volunteer_import", problem.expected).format(**problem.params)


# Files pyside6-lupdate reads to collect the strings to translate (relative to the repository).
SOURCE_GLOBS = ("desktop/*.py", "desktop/views/*.py", "desktop/views/partials/*.py", "desktop/qtmodels/*.py",
                "desktop/commands/screenshots.py", "models/repository/*.py", "models/volunteer_import.py",
                "models/volunteer_rules.py")


def source_files(root: Path | None = None) -> list[Path]:
    root = root or Path(__file__).resolve().parent.parent
    return sorted({path for pattern in SOURCE_GLOBS for path in root.glob(pattern)})


def update_catalogues() -> None:
    """Refresh the .ts files from the sources and compile them (run after changing texts):
    python -c 'from desktop.i18n import update_catalogues; update_catalogues()'"""
    import subprocess

    tools = Path(sys.executable).parent
    sources = [str(p) for p in source_files()]
    catalogues = [str(TRANSLATIONS_DIR / f"duty_roster_{language}.ts") for language in LANGUAGES]
    subprocess.run([str(tools / "pyside6-lupdate"), "-no-obsolete", "-locations", "none", *sources, "-ts", *catalogues], check=True)
    from desktop.qt_vietnamese import write_catalogue

    subprocess.run([str(tools / "pyside6-lrelease"), *catalogues, str(write_catalogue())], check=True)
