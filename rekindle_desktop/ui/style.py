"""One calm look for every window: a soft neutral background, one gentle accent.

No red anywhere for ordinary states; notes that need attention are a soft amber.
"""

from __future__ import annotations

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication

BACKGROUND = "#f5f3ef"
SURFACE = "#ffffff"
BORDER = "#e2ddd5"
TEXT = "#2e3336"
MUTED = "#5f676b"
ACCENT = "#3d7a70"  # a quiet teal
ACCENT_HOVER = "#356b62"
ACCENT_SOFT = "#e3efec"
NOTE_BACKGROUND = "#fbf1de"
NOTE_TEXT = "#5a4722"

# Strength meter, from "keep going" to "good": amber, sand, then the accent.
STRENGTH_COLOURS = ("#d8a657", "#d8a657", "#a9bf8e", ACCENT, ACCENT)

STYLESHEET = f"""
QMainWindow, QDialog, QWidget#page, QStackedWidget {{
    background: {BACKGROUND};
    color: {TEXT};
}}
QLabel {{ color: {TEXT}; }}
QLabel#heading {{ font-size: 17pt; font-weight: 600; }}
QLabel#subheading {{ font-size: 12pt; font-weight: 600; }}
QLabel#muted, QLabel#step {{ color: {MUTED}; }}
QLabel#note {{
    background: {NOTE_BACKGROUND};
    color: {NOTE_TEXT};
    border-radius: 8px;
    padding: 10px 12px;
}}
QLabel#kind {{
    background: {ACCENT_SOFT};
    color: {TEXT};
    border-radius: 8px;
    padding: 10px 12px;
}}
QLabel#recoveryCode {{
    font-family: "DejaVu Sans Mono", "Menlo", "Consolas", monospace;
    font-size: 20pt;
    letter-spacing: 2px;
    background: {SURFACE};
    border: 1px solid {BORDER};
    border-radius: 10px;
    padding: 18px;
}}
QFrame#card {{
    background: {SURFACE};
    border: 1px solid {BORDER};
    border-radius: 12px;
}}
QFrame#banner {{
    background: {ACCENT_SOFT};
    border-radius: 10px;
}}
QLineEdit {{
    background: {SURFACE};
    border: 1px solid {BORDER};
    border-radius: 8px;
    padding: 8px 10px;
    selection-background-color: {ACCENT};
}}
QLineEdit:focus {{ border: 1px solid {ACCENT}; }}
QPushButton {{
    background: {SURFACE};
    border: 1px solid {BORDER};
    border-radius: 8px;
    padding: 8px 18px;
    color: {TEXT};
}}
QPushButton:hover {{ border-color: {ACCENT}; }}
QPushButton:disabled {{ color: #a3a8aa; }}
QPushButton#primary {{
    background: {ACCENT};
    border: 1px solid {ACCENT};
    color: white;
    font-weight: 600;
}}
QPushButton#primary:hover {{ background: {ACCENT_HOVER}; }}
QPushButton#primary:disabled {{ background: #a9c4bf; border-color: #a9c4bf; color: #f4f7f6; }}
QPushButton#link {{
    background: transparent;
    border: none;
    color: {ACCENT};
    padding: 4px 2px;
    text-decoration: underline;
}}
QRadioButton, QCheckBox {{ spacing: 10px; font-weight: 600; }}
QRadioButton:disabled, QCheckBox:disabled {{ color: #a3a8aa; }}
QProgressBar {{
    background: #ebe7e0;
    border: none;
    border-radius: 4px;
    max-height: 8px;
}}
QProgressBar::chunk {{ background: {ACCENT}; border-radius: 4px; }}
QMenuBar {{ background: {BACKGROUND}; }}
QMenuBar::item:selected {{ background: {ACCENT_SOFT}; }}
QMenu {{ background: {SURFACE}; border: 1px solid {BORDER}; }}
QMenu::item {{ padding: 6px 22px; }}
QMenu::item:selected {{ background: {ACCENT_SOFT}; color: {TEXT}; }}
QStatusBar {{ background: {BACKGROUND}; color: {MUTED}; }}
QPlainTextEdit, QListWidget {{
    background: {SURFACE};
    border: 1px solid {BORDER};
    border-radius: 8px;
    padding: 4px;
}}
QPlainTextEdit#details {{
    font-family: "DejaVu Sans Mono", monospace;
    font-size: 9pt;
}}
QToolTip {{ background: {SURFACE}; color: {TEXT}; border: 1px solid {BORDER}; }}
"""


def apply_look(app: QApplication) -> None:
    app.setStyle("Fusion")
    font = QFont(app.font())
    font.setPointSizeF(10.5)
    app.setFont(font)
    app.setStyleSheet(STYLESHEET)
