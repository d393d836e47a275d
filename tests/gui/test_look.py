"""The calm look in light and dark: it follows the system's colour scheme, and every
pair of colours that carries words is easy to read (WCAG AA contrast)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

from rekindle_desktop.domain.entries import Outcome
from rekindle_desktop.ui import style
from rekindle_desktop.ui.timeline_delegate import MARKER_BACKGROUNDS, OUTCOME_INKS, TimelineDelegate


def _luminance(colour: str) -> float:
    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

    c = QColor(colour)
    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF())


def contrast(a: str, b: str) -> float:
    light, dark = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


@pytest.fixture
def app(qapp: QApplication) -> Iterator[QApplication]:
    instance = qapp
    yield instance
    style.apply_look(instance, Qt.ColorScheme.Light)
    style.apply_look(instance)


@pytest.mark.parametrize("palette", [style.LIGHT, style.DARK], ids=["light", "dark"])
def test_words_are_easy_to_read_in_both_schemes(palette: style.Palette) -> None:
    pairs = {
        "text on the page": (palette.text, palette.background),
        "text on a card": (palette.text, palette.surface),
        "quieter text": (palette.muted, palette.background),
        "quieter text on a card": (palette.muted, palette.surface),
        "a main button": (palette.on_accent, palette.accent),
        "a gentle note": (palette.note_text, palette.note_background),
        "a link": (palette.accent, palette.background),
    }
    hard = {
        what: round(contrast(*pair), 2) for what, pair in pairs.items() if contrast(*pair) < 4.5
    }
    assert not hard, f"below 4.5:1 contrast: {hard}"


@pytest.mark.parametrize("palette", [style.LIGHT, style.DARK], ids=["light", "dark"])
def test_the_timeline_words_are_easy_to_read_in_both_schemes(palette: style.Palette) -> None:
    # A row sits on the timeline's card, or on the selection colour when chosen.
    grounds = {"card": palette.surface, "selected row": palette.accent_soft}
    pairs = {
        f"{outcome.label} on the {where}": (words, ground)
        for outcome, (_shape, words) in OUTCOME_INKS[palette.dark].items()
        for where, ground in grounds.items()
    }
    pairs |= {
        f"time and detail on the {where}": (palette.muted, ground)
        for where, ground in grounds.items()
    }
    pairs["a marker"] = (palette.muted, MARKER_BACKGROUNDS[palette.dark])
    hard = {
        what: round(contrast(*pair), 2) for what, pair in pairs.items() if contrast(*pair) < 4.5
    }
    assert not hard, f"below 4.5:1 contrast: {hard}"


def test_the_timeline_paints_in_the_scheme_in_use(app: QApplication) -> None:
    delegate = TimelineDelegate(date(2026, 11, 25))
    style.apply_look(app, Qt.ColorScheme.Dark)
    dark = delegate.look()
    assert dark.words[Outcome.KEPT] == QColor(OUTCOME_INKS[True][Outcome.KEPT][1])
    assert dark.selected == QColor(style.DARK.accent_soft)
    assert delegate.look() is dark  # looked up, not made again, while the scheme stays
    style.apply_look(app, Qt.ColorScheme.Light)
    assert delegate.look().marker_background == QColor(MARKER_BACKGROUNDS[False])


def test_no_red_for_ordinary_states_in_either_scheme() -> None:
    for palette in (style.LIGHT, style.DARK):
        for name in ("accent", "note_background", "note_text", "bar", "muted"):
            colour = QColor(getattr(palette, name))
            reddish = colour.hslHue() >= 340 or 0 <= colour.hslHue() <= 15
            assert not reddish or colour.hslSaturation() < 40, name


def test_the_look_follows_the_system_into_dark_and_back(app: QApplication) -> None:
    style.apply_look(app)  # follow the system
    app.styleHints().colorSchemeChanged.emit(Qt.ColorScheme.Dark)
    assert style.current() is style.DARK
    assert app.palette().color(QPalette.ColorRole.Window) == QColor(style.DARK.background)
    assert style.DARK.background in app.styleSheet()
    app.styleHints().colorSchemeChanged.emit(Qt.ColorScheme.Light)
    assert style.current() is style.LIGHT
    assert app.palette().color(QPalette.ColorRole.Text) == QColor(style.LIGHT.text)


def test_a_chosen_scheme_stays_when_the_system_changes(app: QApplication) -> None:
    style.apply_look(app, Qt.ColorScheme.Dark)  # e.g. dark screenshots
    app.styleHints().colorSchemeChanged.emit(Qt.ColorScheme.Light)
    assert style.current() is style.DARK
