"""Paints timeline rows: a day heading where a day starts, then the entry itself.

Each outcome has a shape, a gentle colour and its words, so nothing relies on colour
alone. No red: "not kept" is a calm slate, because the point is honesty, not shame.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QPointF, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from rekindle_desktop.domain.entries import EntryKind, Outcome
from rekindle_desktop.domain.timeline import Marker, TimelineRow
from rekindle_desktop.ui import style
from rekindle_desktop.ui.days import weekday_words
from rekindle_desktop.ui.i18n import translate
from rekindle_desktop.ui.timeline_model import (
    FIRST_OF_DAY_ROLE,
    ROW_ROLE,
    marker_words,
    outcome_words,
)

Index = QModelIndex | QPersistentModelIndex

# Per scheme, the shape and the words of each outcome, as (shape, words). The words are
# the same hues, dark enough (or, on dark, light enough) to read at 4.5:1 on a card, on
# the page and on a selected row; tests/gui/test_look.py checks it.
OUTCOME_INKS: dict[bool, dict[Outcome, tuple[str, str]]] = {
    False: {
        Outcome.KEPT: ("#3d7a70", "#3a736a"),
        Outcome.KEPT_WITH_NOTICE: ("#7f9c6b", "#5a704b"),
        Outcome.CHANGED_AFTER: ("#c29a55", "#82642f"),
        Outcome.NOT_KEPT: ("#6c7a89", "#5f6b78"),
        Outcome.UNCONFIRMED: ("#a3a8aa", "#646a6c"),
    },
    True: {
        Outcome.KEPT: ("#75baaf", "#75baaf"),
        Outcome.KEPT_WITH_NOTICE: ("#9fb590", "#9fb590"),
        Outcome.CHANGED_AFTER: ("#cbaa6f", "#cbaa6f"),
        Outcome.NOT_KEPT: ("#a7b0b9", "#a7b0b9"),
        Outcome.UNCONFIRMED: ("#abb0b1", "#abb0b1"),
    },
}
MARKER_BACKGROUNDS = {False: "#efebe4", True: "#353b3f"}
KIND_COLOUR = QColor("#8a9396")  # the dot of an entry without an outcome, in both schemes
# The light shapes by themselves (the insights calendar paints its days with them).
OUTCOME_COLOURS = {outcome: QColor(shape) for outcome, (shape, _) in OUTCOME_INKS[False].items()}


@dataclass(frozen=True)
class Look:
    """The colours a row is painted with, in one scheme: made once per scheme, so a paint
    only looks them up."""

    text: QColor
    muted: QColor
    border: QColor
    selected: QColor
    marker_background: QColor
    kind: QColor
    kind_soft: QColor
    shapes: dict[Outcome, QColor]
    words: dict[Outcome, QColor]

    @classmethod
    def of(cls, palette: style.Palette) -> Look:
        inks = OUTCOME_INKS[palette.dark]
        return cls(
            text=QColor(palette.text),
            muted=QColor(palette.muted),
            border=QColor(palette.border),
            selected=QColor(palette.accent_soft),
            marker_background=QColor(MARKER_BACKGROUNDS[palette.dark]),
            kind=KIND_COLOUR,
            kind_soft=KIND_COLOUR.lighter(130),
            shapes={outcome: QColor(shape) for outcome, (shape, _) in inks.items()},
            words={outcome: QColor(words) for outcome, (_, words) in inks.items()},
        )


HEADER_HEIGHT = 34
PAD = 10
ICON = 18
INDENT = 28
GAP = 4  # between a row's two lines
ICON_GAP = 12  # between the shape and the words


@dataclass(frozen=True)
class Spacing:
    """A row's measures, from the font it is painted in: a larger font (presentation
    mode) gets taller rows, larger shapes and more room, never less than the defaults."""

    line: int
    pad: int
    icon: int
    indent: int
    gap: int
    icon_gap: int
    header: int

    @classmethod
    def of(cls, font: QFont) -> Spacing:
        line = QFontMetrics(font).height()
        return cls(
            line=line,
            pad=max(PAD, round(line * 0.6)),
            icon=max(ICON, round(line * 1.1)),
            indent=max(INDENT, round(line * 1.75)),
            gap=max(GAP, round(line / 4)),
            icon_gap=max(ICON_GAP, round(line * 0.75)),
            header=max(HEADER_HEIGHT, round(line * 2.1)),
        )

    def height(self, lines: int) -> int:
        return self.pad * 2 + self.line * lines + self.gap * (lines - 1)


def has_second_line(row: TimelineRow) -> bool:
    return bool(row.detail or row.outcome_why or (row.markers - {Marker.DUE}))


def day_heading(day: date, today: date) -> str:
    if day == today:
        return translate("TimelineDelegate", "Today · {day}").format(day=weekday_words(day))
    if (today - day).days == 1:
        return translate("TimelineDelegate", "Yesterday · {day}").format(day=weekday_words(day))
    if day.year == today.year:
        return weekday_words(day)
    return weekday_words(day, year=True)


class TimelineDelegate(QStyledItemDelegate):
    def __init__(self, today: date, parent: object = None) -> None:
        super().__init__(parent)  # type: ignore[arg-type]
        self.today = today
        self._palette = style.current()
        self._look = Look.of(self._palette)
        self._spacings: dict[str, Spacing] = {}

    def spacing(self, font: QFont) -> Spacing:
        """The measures for `font`, worked out once per font (sizeHint runs per row)."""
        key = font.key()
        found = self._spacings.get(key)
        if found is None:
            found = self._spacings[key] = Spacing.of(font)
        return found

    def look(self) -> Look:
        """The colours for the scheme in use now: it can change while Rekindle runs."""
        palette = style.current()
        if palette is not self._palette:
            self._palette, self._look = palette, Look.of(palette)
        return self._look

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        space = self.spacing(option.font)
        row: TimelineRow | None = index.data(ROW_ROLE)
        height = space.height(2 if row is not None and has_second_line(row) else 1)
        if index.data(FIRST_OF_DAY_ROLE):
            height += space.header
        return QSize(400, height)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        row: TimelineRow | None = index.data(ROW_ROLE)
        if row is None:
            return
        look = self.look()
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        rect = QRect(option.rect)
        base = QFont(option.font)
        space = self.spacing(base)
        if index.data(FIRST_OF_DAY_ROLE):
            header = QRect(rect.left(), rect.top(), rect.width(), space.header)
            self._paint_header(painter, header, row.day, base, look)
            rect.setTop(rect.top() + space.header)
        card = rect.adjusted(12, 2, -12, -2)
        if option.state & QStyle.StateFlag.State_Selected:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(look.selected)
            painter.drawRoundedRect(card, 8, 8)
        pad = space.pad
        left = card.left() + pad + (space.indent if row.beside is not None else 0)
        icon = QRectF(left, card.top() + pad, space.icon, space.icon)
        self._paint_icon(painter, icon, row, look)
        text_left = left + space.icon + space.icon_gap
        metrics = QFontMetrics(base)
        line = space.line
        top = card.top() + pad - 1

        # First line: time, title, and on the right the outcome in words.
        painter.setPen(look.muted)
        time_width = metrics.horizontalAdvance("00:00–00:00") + 12
        painter.drawText(
            QRect(text_left, top, time_width, line),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            row.time_text,
        )
        outcome_text = self._outcome_text(row)
        bold = QFont(base)
        bold.setWeight(QFont.Weight.DemiBold)
        bold_metrics = QFontMetrics(bold)
        outcome_width = bold_metrics.horizontalAdvance(outcome_text) + 8 if outcome_text else 0
        title_left = text_left + time_width
        title_width = card.right() - pad - outcome_width - title_left
        painter.setFont(bold)
        painter.setPen(look.text if Marker.RETRACTED not in row.markers else look.muted)
        title = (
            translate("TimelineDelegate", "{kind}: {title}").format(
                kind=row.kind.label, title=row.title
            )
            if row.beside is None
            else row.title
        )
        painter.drawText(
            QRect(title_left, top, max(title_width, 10), line),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            bold_metrics.elidedText(title, Qt.TextElideMode.ElideRight, max(title_width, 10)),
        )
        if outcome_text and row.outcome is not None:
            painter.setPen(look.words[row.outcome])
            painter.drawText(
                QRect(card.right() - pad - outcome_width, top, outcome_width, line),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                outcome_text,
            )

        # Second line: detail, the explanation, then markers as soft pills.
        painter.setFont(base)
        second = top + line + space.gap
        x = title_left
        detail = " · ".join(p for p in (row.detail, row.outcome_why) if p)
        markers = [marker_words(m) for m in sorted(row.markers - {Marker.DUE})]
        pills_width = sum(metrics.horizontalAdvance(m) + 22 for m in markers)
        detail_width = card.right() - pad - pills_width - x
        if detail and detail_width > 30:
            painter.setPen(look.muted)
            painter.drawText(
                QRect(x, second, detail_width, line),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                metrics.elidedText(detail, Qt.TextElideMode.ElideRight, detail_width),
            )
        pill_x = card.right() - pad - pills_width
        for marker in markers:
            width = metrics.horizontalAdvance(marker) + 16
            pill = QRectF(pill_x, second, width, line)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(look.marker_background)
            painter.drawRoundedRect(pill, line / 2, line / 2)
            painter.setPen(look.muted)
            painter.drawText(pill, Qt.AlignmentFlag.AlignCenter, marker)
            pill_x += width + 6
        painter.restore()

    def _paint_header(
        self, painter: QPainter, rect: QRect, day: date, base: QFont, look: Look
    ) -> None:
        font = QFont(base)
        font.setWeight(QFont.Weight.DemiBold)
        font.setPointSizeF(base.pointSizeF() * 1.05)
        painter.setFont(font)
        painter.setPen(look.text)
        painter.drawText(
            rect.adjusted(16, 8, -16, 0),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            day_heading(day, self.today),
        )
        painter.setPen(QPen(look.border, 1))
        painter.drawLine(rect.left() + 16, rect.bottom(), rect.right() - 16, rect.bottom())
        painter.setFont(base)

    @staticmethod
    def _outcome_text(row: TimelineRow) -> str:
        if row.outcome is None:
            return ""
        if Marker.DUE in row.markers:
            return marker_words(Marker.DUE)
        return outcome_words(row.outcome)

    @staticmethod
    def _paint_icon(painter: QPainter, box: QRectF, row: TimelineRow, look: Look) -> None:
        """A shape per outcome (and a plain dot for entries without one)."""
        centre = box.center()
        radius = box.width() / 2
        if row.outcome is None:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(look.kind if row.kind is EntryKind.CHECK_IN else look.kind_soft)
            painter.drawEllipse(centre, radius * 0.45, radius * 0.45)
            return
        colour = look.shapes[row.outcome]
        width = 2.2 * box.width() / ICON  # the stroke grows with the shape
        pen = QPen(colour, width, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.setPen(pen)
        if row.outcome is Outcome.UNCONFIRMED or Marker.DUE in row.markers:
            pen.setStyle(Qt.PenStyle.DotLine)
            painter.setPen(pen)
            painter.drawEllipse(centre, radius - 1, radius - 1)
            return
        painter.drawEllipse(centre, radius - 1, radius - 1)
        path = QPainterPath()
        x, y, r = centre.x(), centre.y(), radius
        if row.outcome is Outcome.KEPT:  # a tick
            path.moveTo(QPointF(x - r * 0.45, y))
            path.lineTo(QPointF(x - r * 0.1, y + r * 0.35))
            path.lineTo(QPointF(x + r * 0.5, y - r * 0.35))
        elif row.outcome is Outcome.KEPT_WITH_NOTICE:  # an arrow forward: told before
            path.moveTo(QPointF(x - r * 0.45, y))
            path.lineTo(QPointF(x + r * 0.45, y))
            path.moveTo(QPointF(x + r * 0.1, y - r * 0.35))
            path.lineTo(QPointF(x + r * 0.45, y))
            path.lineTo(QPointF(x + r * 0.1, y + r * 0.35))
        elif row.outcome is Outcome.CHANGED_AFTER:  # an arrow back: told afterwards
            path.moveTo(QPointF(x + r * 0.45, y))
            path.lineTo(QPointF(x - r * 0.45, y))
            path.moveTo(QPointF(x - r * 0.1, y - r * 0.35))
            path.lineTo(QPointF(x - r * 0.45, y))
            path.lineTo(QPointF(x - r * 0.1, y + r * 0.35))
        else:  # not kept: a plain line, nothing louder
            path.moveTo(QPointF(x - r * 0.4, y))
            path.lineTo(QPointF(x + r * 0.4, y))
        painter.drawPath(path)
