"""One calm look for every window: a soft neutral background, one gentle accent, in a
light and a dark version that follow the system's colour scheme.

No red anywhere for ordinary states; notes that need attention are a soft amber. Sizes
come from the system font, so text and the spaces around it grow together.
"""

from __future__ import annotations

from typing import NamedTuple

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication

from rekindle_desktop.ui.dialog_fit import DialogsGrow


class Palette(NamedTuple):
    """Every colour Rekindle uses, for one colour scheme."""

    dark: bool
    background: str
    surface: str
    border: str
    text: str
    muted: str
    disabled: str
    accent: str
    accent_hover: str
    accent_soft: str
    on_accent: str  # text on an accent-filled button
    accent_disabled: str
    note_background: str
    note_text: str
    track: str  # the empty part of a meter
    # The insights charts.
    bar: str
    bar_edge: str
    pause_fill: str
    pause_hatch: str
    faint: str
    strength: tuple[str, str, str, str, str]  # passphrase meter, "keep going" to "good"


LIGHT = Palette(
    dark=False,
    background="#f5f3ef",
    surface="#ffffff",
    border="#e2ddd5",
    text="#2e3336",
    muted="#5f676b",
    disabled="#a3a8aa",
    accent="#3b766c",  # a quiet teal
    accent_hover="#356b62",
    accent_soft="#e3efec",
    on_accent="#ffffff",
    accent_disabled="#a9c4bf",
    note_background="#fbf1de",
    note_text="#5a4722",
    track="#ebe7e0",
    bar="#cfe3dc",
    bar_edge="#a9cbbf",
    pause_fill="#f1ede6",
    pause_hatch="#d9d2c6",
    faint="#c9c4bb",
    strength=("#d8a657", "#d8a657", "#a9bf8e", "#3b766c", "#3b766c"),
)

DARK = Palette(
    dark=True,
    background="#1f2326",
    surface="#2a2f33",
    border="#3c4348",
    text="#e7e3dc",
    muted="#a9b0b3",
    disabled="#6c7376",
    accent="#76b5a9",  # the same teal, lighter so it reads on dark
    accent_hover="#8cc4b9",
    accent_soft="#2e4540",
    on_accent="#14211e",
    accent_disabled="#3f5752",
    note_background="#3a3222",
    note_text="#f0dfbd",
    track="#353b3f",
    bar="#3b5a53",
    bar_edge="#55796f",
    pause_fill="#2d3134",
    pause_hatch="#464c50",
    faint="#50575b",
    strength=("#c9954a", "#c9954a", "#93aa78", "#76b5a9", "#76b5a9"),
)

# The palette in use. apply_look() sets it; painting code reads it at paint time (the
# stylesheet, like this, is one per application).
_current = LIGHT

# Older names, kept in step with the palette in use for code that paints with them.
BACKGROUND = LIGHT.background
SURFACE = LIGHT.surface
BORDER = LIGHT.border
TEXT = LIGHT.text
MUTED = LIGHT.muted
ACCENT = LIGHT.accent
ACCENT_HOVER = LIGHT.accent_hover
ACCENT_SOFT = LIGHT.accent_soft
NOTE_BACKGROUND = LIGHT.note_background
NOTE_TEXT = LIGHT.note_text
STRENGTH_COLOURS = LIGHT.strength

# Spacing, in device-independent pixels (Qt scales them on high-DPI screens).
SPACE_S = 6
SPACE_M = 12
SPACE_L = 22
PAGE_MARGINS = (32, 28, 32, 24)

# Point sizes relative to the body text, so headings grow with the system font.
HEADING_SCALE = 1.6
SUBHEADING_SCALE = 1.15
SMALL_SCALE = 0.9
BODY_POINTS_AT_LEAST = 10.5  # a little larger than many desktops' default, never smaller


def current() -> Palette:
    """The palette in use now."""
    return _current


def colour(name: str) -> QColor:
    """A colour of the palette in use, by field name (e.g. "muted")."""
    value = getattr(_current, name)
    assert isinstance(value, str)
    return QColor(value)


def stylesheet(p: Palette, body_points: float) -> str:
    heading = round(body_points * HEADING_SCALE, 1)
    subheading = round(body_points * SUBHEADING_SCALE, 1)
    small = round(body_points * SMALL_SCALE, 1)
    code = round(body_points * 1.9, 1)
    return f"""
QMainWindow, QDialog, QWidget#page, QStackedWidget {{
    background: {p.background};
    color: {p.text};
}}
QLabel {{ color: {p.text}; }}
QLabel#heading {{ font-size: {heading}pt; font-weight: 600; }}
QLabel#subheading {{ font-size: {subheading}pt; font-weight: 600; }}
QLabel#muted, QLabel#step {{ color: {p.muted}; }}
QLabel#note {{
    background: {p.note_background};
    color: {p.note_text};
    border-radius: 8px;
    padding: 10px 12px;
}}
QLabel#note[tone="done"] {{
    background: {p.accent_soft};
    color: {p.text};
}}
QLabel#kind {{
    background: {p.accent_soft};
    color: {p.text};
    border-radius: 8px;
    padding: 10px 12px;
}}
QLabel#recoveryCode {{
    font-family: "DejaVu Sans Mono", "Menlo", "Consolas", monospace;
    font-size: {code}pt;
    letter-spacing: 2px;
    background: {p.surface};
    border: 1px solid {p.border};
    border-radius: 10px;
    padding: 18px;
}}
QFrame#card {{
    background: {p.surface};
    border: 1px solid {p.border};
    border-radius: 12px;
}}
QFrame#banner {{
    background: {p.accent_soft};
    border-radius: 10px;
}}
QLineEdit {{
    background: {p.surface};
    color: {p.text};
    border: 1px solid {p.border};
    border-radius: 8px;
    padding: 8px 10px;
    selection-background-color: {p.accent};
    selection-color: {p.on_accent};
}}
QLineEdit:focus {{ border: 1px solid {p.accent}; }}
QPushButton {{
    background: {p.surface};
    border: 1px solid {p.border};
    border-radius: 8px;
    padding: 8px 18px;
    color: {p.text};
}}
QPushButton:hover {{ border-color: {p.accent}; }}
QPushButton:focus {{ border: 2px solid {p.accent}; }}
QPushButton:disabled {{ color: {p.disabled}; }}
QPushButton#primary {{
    background: {p.accent};
    border: 1px solid {p.accent};
    color: {p.on_accent};
    font-weight: 600;
}}
QPushButton#primary:hover {{ background: {p.accent_hover}; }}
QPushButton#primary:focus {{ border: 2px solid {p.text}; }}
QPushButton#primary:disabled {{
    background: {p.accent_disabled}; border-color: {p.accent_disabled}; color: {p.surface};
}}
QPushButton#link {{
    background: transparent;
    border: none;
    color: {p.accent};
    padding: 4px 2px;
    text-decoration: underline;
}}
QPushButton#link:focus {{ border: 1px dotted {p.accent}; }}
QPushButton#outcomeChoice {{ padding: 6px 6px; }}
QRadioButton, QCheckBox {{ spacing: 10px; font-weight: 600; color: {p.text}; }}
QRadioButton:disabled, QCheckBox:disabled {{ color: {p.disabled}; }}
QProgressBar {{
    background: {p.track};
    border: none;
    border-radius: 4px;
    max-height: 8px;
}}
QProgressBar::chunk {{ background: {p.accent}; border-radius: 4px; }}
QMenuBar {{ background: {p.background}; color: {p.text}; }}
QMenuBar::item:selected {{ background: {p.accent_soft}; }}
QMenu {{ background: {p.surface}; color: {p.text}; border: 1px solid {p.border}; }}
QMenu::item {{ padding: 6px 22px; }}
QMenu::item:selected {{ background: {p.accent_soft}; color: {p.text}; }}
QMenu::item:disabled {{ color: {p.disabled}; }}
QStatusBar {{ background: {p.background}; color: {p.muted}; }}
QPlainTextEdit, QTextEdit, QTextBrowser, QListWidget {{
    background: {p.surface};
    color: {p.text};
    border: 1px solid {p.border};
    border-radius: 8px;
    padding: 4px;
}}
QPlainTextEdit#details {{
    font-family: "DejaVu Sans Mono", monospace;
    font-size: {small}pt;
}}
QTabBar::tab {{
    background: transparent;
    border: none;
    border-bottom: 2px solid transparent;
    padding: 8px 16px;
    margin-right: 4px;
    color: {p.muted};
}}
QTabBar::tab:hover {{ color: {p.text}; }}
QTabBar::tab:selected {{ color: {p.text}; font-weight: 600; border-bottom-color: {p.accent}; }}
QTabBar::tab:focus {{ text-decoration: underline; }}
QToolTip {{ background: {p.surface}; color: {p.text}; border: 1px solid {p.border}; }}
"""


def qt_palette(p: Palette) -> QPalette:
    """The same colours for what Qt draws itself (lists, scroll bars, dialogs)."""
    palette = QPalette()
    roles = QPalette.ColorRole
    for role, value in (
        (roles.Window, p.background),
        (roles.WindowText, p.text),
        (roles.Base, p.surface),
        (roles.AlternateBase, p.background),
        (roles.Text, p.text),
        (roles.Button, p.surface),
        (roles.ButtonText, p.text),
        (roles.BrightText, p.text),
        (roles.Highlight, p.accent),
        (roles.HighlightedText, p.on_accent),
        (roles.ToolTipBase, p.surface),
        (roles.ToolTipText, p.text),
        (roles.PlaceholderText, p.muted),
        (roles.Link, p.accent),
        (roles.LinkVisited, p.accent),
        (roles.Light, p.surface),
        (roles.Midlight, p.border),
        (roles.Mid, p.border),
        (roles.Dark, p.muted),
        (roles.Shadow, p.border),
    ):
        palette.setColor(role, QColor(value))
    disabled = QPalette.ColorGroup.Disabled
    for role in (roles.WindowText, roles.Text, roles.ButtonText):
        palette.setColor(disabled, role, QColor(p.disabled))
    return palette


def scheme_palette(scheme: Qt.ColorScheme) -> Palette:
    return DARK if scheme == Qt.ColorScheme.Dark else LIGHT


def body_points(app: QApplication) -> float:
    """The body text size: the system's, or a little larger if the system's is small."""
    system = QApplication.font().pointSizeF()
    if app.property("rekindleSystemPoints") is None:
        app.setProperty("rekindleSystemPoints", system)
    system = float(app.property("rekindleSystemPoints"))
    return max(system, BODY_POINTS_AT_LEAST) if system > 0 else BODY_POINTS_AT_LEAST


def apply_look(app: QApplication, scheme: Qt.ColorScheme | None = None) -> None:
    """Style the application. With no `scheme`, follow the system's, now and as it changes;
    with one (screenshots, tests), keep to it."""
    app.setProperty("rekindleForcedScheme", scheme is not None)
    DialogsGrow.install(app)
    if not app.property("rekindleFollowsScheme"):
        app.setProperty("rekindleFollowsScheme", True)
        app.styleHints().colorSchemeChanged.connect(lambda changed: _follow(app, changed))
    _apply(app, scheme if scheme is not None else app.styleHints().colorScheme())


def _follow(app: QApplication, scheme: Qt.ColorScheme) -> None:
    if not app.property("rekindleForcedScheme"):
        _apply(app, scheme)


def _apply(app: QApplication, scheme: Qt.ColorScheme) -> None:
    global _current
    p = scheme_palette(scheme)
    _current = p
    _publish_names(p)
    app.setStyle("Fusion")
    points = body_points(app)
    font = QFont(app.font())
    font.setPointSizeF(points)
    app.setFont(font)
    app.setPalette(qt_palette(p))
    app.setStyleSheet(stylesheet(p, points))


def _publish_names(p: Palette) -> None:
    global BACKGROUND, SURFACE, BORDER, TEXT, MUTED, ACCENT, ACCENT_HOVER, ACCENT_SOFT
    global NOTE_BACKGROUND, NOTE_TEXT, STRENGTH_COLOURS
    BACKGROUND, SURFACE, BORDER, TEXT, MUTED = p.background, p.surface, p.border, p.text, p.muted
    ACCENT, ACCENT_HOVER, ACCENT_SOFT = p.accent, p.accent_hover, p.accent_soft
    NOTE_BACKGROUND, NOTE_TEXT, STRENGTH_COLOURS = p.note_background, p.note_text, p.strength
