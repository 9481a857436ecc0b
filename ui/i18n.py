"""Interface language: Qt Linguist catalogues, Qt's own strings, and the layout direction."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, Qt, QTranslator
from PySide6.QtWidgets import QApplication

from app.paths import resources_dir

LANGUAGES = ("ar", "en")
RTL_LANGUAGES = frozenset({"ar", "fa", "he", "ur"})


def tr(text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """Translate a string outside a QObject (``pyside6-lupdate`` files bare ``tr`` calls under no context); with
    ``n``, in the language's plural form for ``n`` (Arabic has six): ``tr("%n document(s)", None, 4)``."""
    return QCoreApplication.translate("", text, disambiguation, n)


FSI, PDI = "\u2068", "\u2069"  # first-strong isolate ... pop directional isolate


def isolate(text: object) -> str:
    """``text`` as a bidi isolate, for a path, a key, a name or a number put into a translated message: in an Arabic
    sentence ``~/exports/corpus.jsonl`` and ``Ctrl+,`` keep their own order and do not reorder what is around them."""
    return f"{FSI}{text}{PDI}"


def number(n: int) -> str:
    """The one rule for digits, in every interface language: Western digits, as the articles write them and as
    the offsets and exports count (the list, the status bar, the counts and the dialogs all format through this
    or through Qt's ``%n``, never through a locale's own digits)."""
    return str(n)


def choose_language(preference: str | None, system: str | None = None) -> str:
    """The language to use: the preference if supported, else the system's, else English."""
    if preference in LANGUAGES:
        return preference
    code = (system or QLocale.system().name()).split("_")[0]
    return code if code in LANGUAGES else "en"


def is_rtl(language: str) -> bool:
    return language in RTL_LANGUAGES


_installed: list[QTranslator] = []  # translators are application-wide in Qt: so is this list
_current: list[str] = []


def current_language() -> str | None:
    """The language installed last by ``install_language`` (None before the first)."""
    return _current[-1] if _current else None


def install_language(app: QApplication, language: str) -> list[QTranslator]:
    """Load our catalogue and Qt's for ``language`` and set the layout direction; returns the translators.

    The ones installed before are removed first, so this also switches a running interface: Qt sends
    every widget a ``LanguageChange`` event (each re-translates its own strings in ``changeEvent``) and,
    through ``setLayoutDirection``, a ``LayoutDirectionChange``.
    """
    remove_language(_installed)
    translators: list[QTranslator] = []
    ours = QTranslator(app)
    if ours.load(f"hashiya_{language}", str(resources_dir() / "translations")):
        translators.append(ours)
    qt_own = QTranslator(app)
    if qt_own.load(f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        translators.append(qt_own)
    for translator in translators:
        QCoreApplication.installTranslator(translator)
    _installed[:] = translators
    _current[:] = [language]
    locale = QLocale(QLocale.Language.Arabic if language == "ar" else QLocale.Language.English)
    QLocale.setDefault(locale)
    app.setLayoutDirection(Qt.LayoutDirection.RightToLeft if is_rtl(language) else Qt.LayoutDirection.LeftToRight)
    return translators


def remove_language(translators: list[QTranslator]) -> None:
    for translator in list(translators):
        QCoreApplication.removeTranslator(translator)
        if translator in _installed:
            _installed.remove(translator)
