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
from rekindle_desktop.ui.domain_words import kind_name
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
LONGEST_TIME = "00:00–00:00"  # the time column is this wide, so titles line up
LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


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


def outcome_sign(outcome: Outcome, centre: QPointF, r: float) -> QPainterPath:
    """What an outcome's circle holds: a tick, an arrow forward or back, or a line."""
    path = QPainterPath()
    x, y = centre.x(), centre.y()
    if outcome is Outcome.KEPT:  # a tick
        path.moveTo(QPointF(x - r * 0.45, y))
        path.lineTo(QPointF(x - r * 0.1, y + r * 0.35))
        path.lineTo(QPointF(x + r * 0.5, y - r * 0.35))
    elif outcome is Outcome.KEPT_WITH_NOTICE:  # an arrow forward: told before
        path.moveTo(QPointF(x - r * 0.45, y))
        path.lineTo(QPointF(x + r * 0.45, y))
        path.moveTo(QPointF(x + r * 0.1, y - r * 0.35))
        path.lineTo(QPointF(x + r * 0.45, y))
        path.lineTo(QPointF(x + r * 0.1, y + r * 0.35))
    elif outcome is Outcome.CHANGED_AFTER:  # an arrow back: told afterwards
        path.moveTo(QPointF(x + r * 0.45, y))
        path.lineTo(QPointF(x - r * 0.45, y))
        path.moveTo(QPointF(x - r * 0.1, y - r * 0.35))
        path.lineTo(QPointF(x - r * 0.45, y))
        path.lineTo(QPointF(x - r * 0.1, y + r * 0.35))
    else:  # not kept: a plain line, nothing louder
        path.moveTo(QPointF(x - r * 0.4, y))
        path.lineTo(QPointF(x + r * 0.4, y))
    return path


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
        card = QRect(option.rect)
        base = QFont(option.font)
        space = self.spacing(base)
        if index.data(FIRST_OF_DAY_ROLE):
            header = QRect(card.left(), card.top(), card.width(), space.header)
            self._paint_day_heading(painter, header, row.day, base, look)
            card.setTop(card.top() + space.header)
        card.adjust(12, 2, -12, -2)
        if option.state & QStyle.StateFlag.State_Selected:
            self._paint_selection(painter, card, look)
        left = card.left() + space.pad + (space.indent if row.beside is not None else 0)
        mark = QRectF(left, card.top() + space.pad, space.icon, space.icon)
        self._paint_outcome_mark(painter, mark, row, look)

        # The words: time, then title, over detail and markers; the outcome on the right.
        metrics = QFontMetrics(base)
        text_left = left + space.icon + space.icon_gap
        time_width = metrics.horizontalAdvance(LONGEST_TIME) + 12
        title_left = text_left + time_width
        right = card.right() - space.pad
        top = card.top() + space.pad - 1
        time_box = QRect(text_left, top, time_width, space.line)
        self._paint_time(painter, time_box, row, look)
        self._paint_title_and_outcome(painter, row, title_left, right, top, base, space, look)
        second = top + space.line + space.gap
        self._paint_detail_and_markers(
            painter, row, title_left, right, second, base, metrics, space, look
        )
        painter.restore()

    def _paint_day_heading(
        self, painter: QPainter, rect: QRect, day: date, base: QFont, look: Look
    ) -> None:
        """The day's name over a thin rule, above the first row of a day."""
        font = QFont(base)
        font.setWeight(QFont.Weight.DemiBold)
        font.setPointSizeF(base.pointSizeF() * 1.05)
        painter.setFont(font)
        painter.setPen(look.text)
        painter.drawText(rect.adjusted(16, 8, -16, 0), LEFT, day_heading(day, self.today))
        painter.setPen(QPen(look.border, 1))
        painter.drawLine(rect.left() + 16, rect.bottom(), rect.right() - 16, rect.bottom())
        painter.setFont(base)

    @staticmethod
    def _paint_selection(painter: QPainter, card: QRect, look: Look) -> None:
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(look.selected)
        painter.drawRoundedRect(card, 8, 8)

    @staticmethod
    def _paint_outcome_mark(painter: QPainter, box: QRectF, row: TimelineRow, look: Look) -> None:
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
        painter.drawPath(outcome_sign(row.outcome, centre, radius))

    @staticmethod
    def _paint_time(painter: QPainter, box: QRect, row: TimelineRow, look: Look) -> None:
        # In the painter's font as the row starts: the view's, or the base after a heading.
        painter.setPen(look.muted)
        painter.drawText(box, LEFT, row.time_text)

    def _paint_title_and_outcome(
        self, painter: QPainter, row: TimelineRow, left: int, right: int, top: int,
        base: QFont, space: Spacing, look: Look,
    ) -> None:  # fmt: skip
        """The title in bold, cut short to leave room for the outcome in words on the right."""
        outcome_text = self._outcome_text(row)
        bold = QFont(base)
        bold.setWeight(QFont.Weight.DemiBold)
        bold_metrics = QFontMetrics(bold)
        outcome_width = bold_metrics.horizontalAdvance(outcome_text) + 8 if outcome_text else 0
        title_width = max(right - outcome_width - left, 10)
        painter.setFont(bold)
        painter.setPen(look.text if Marker.RETRACTED not in row.markers else look.muted)
        painter.drawText(
            QRect(left, top, title_width, space.line),
            LEFT,
            bold_metrics.elidedText(self._title(row), Qt.TextElideMode.ElideRight, title_width),
        )
        if outcome_text and row.outcome is not None:
            painter.setPen(look.words[row.outcome])
            outcome_box = QRect(right - outcome_width, top, outcome_width, space.line)
            painter.drawText(outcome_box, RIGHT, outcome_text)

    @staticmethod
    def _title(row: TimelineRow) -> str:
        if row.beside is not None:
            return row.title
        return translate("TimelineDelegate", "{kind}: {title}").format(
            kind=kind_name(row.kind), title=row.title
        )

    @staticmethod
    def _outcome_text(row: TimelineRow) -> str:
        if row.outcome is None:
            return ""
        if Marker.DUE in row.markers:
            return marker_words(Marker.DUE)
        return outcome_words(row.outcome)

    def _paint_detail_and_markers(
        self, painter: QPainter, row: TimelineRow, left: int, right: int, top: int,
        base: QFont, metrics: QFontMetrics, space: Spacing, look: Look,
    ) -> None:  # fmt: skip
        """The detail and the explanation, cut short, then the markers as soft pills."""
        painter.setFont(base)
        detail = " · ".join(p for p in (row.detail, row.outcome_why) if p)
        markers = [marker_words(m) for m in sorted(row.markers - {Marker.DUE})]
        pills_width = sum(metrics.horizontalAdvance(m) + 22 for m in markers)
        detail_width = right - pills_width - left
        if detail and detail_width > 30:
            painter.setPen(look.muted)
            painter.drawText(
                QRect(left, top, detail_width, space.line),
                LEFT,
                metrics.elidedText(detail, Qt.TextElideMode.ElideRight, detail_width),
            )
        self._paint_markers(painter, markers, right - pills_width, top, metrics, space.line, look)

    @staticmethod
    def _paint_markers(
        painter: QPainter, markers: list[str], x: int, top: int, metrics: QFontMetrics,
        line: int, look: Look,
    ) -> None:  # fmt: skip
        """Each marker in words on a soft pill, left to right."""
        for marker in markers:
            width = metrics.horizontalAdvance(marker) + 16
            pill = QRectF(x, top, width, line)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(look.marker_background)
            painter.drawRoundedRect(pill, line / 2, line / 2)
            painter.setPen(look.muted)
            painter.drawText(pill, Qt.AlignmentFlag.AlignCenter, marker)
            x += width + 6
