"""The day-by-day strip on the Insights page: one row per week, one shape per day.

Every day state has its own shape (a tick, an arrow, a filling circle, a dash, a pause
sign or a dot), so nothing relies on colour alone; a legend beside the strip names each,
the day under the pointer says itself in a tooltip, and the strip can say itself in words.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from datetime import date

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QFontMetricsF,
    QMouseEvent,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPen,
)
from PySide6.QtWidgets import QSizePolicy, QWidget

from rekindle_desktop.domain.entries import Outcome
from rekindle_desktop.domain.insights import DAY_STATE_ORDER, DayCell, DayState
from rekindle_desktop.ui.charts import FAINT, MUTED, SCORE_COLOUR, SURFACE, TEXT, paint_pause_band
from rekindle_desktop.ui.domain_words import day_cell_said, day_state_name
from rekindle_desktop.ui.i18n import QT_TRANSLATE_NOOP, day_and_month, translate
from rekindle_desktop.ui.timeline_delegate import OUTCOME_COLOURS

CELL = 34.0
SHAPE = 20.0
PARTLY_WORDS = QT_TRANSLATE_NOOP(
    "InsightsView", "partly kept (the circle fills with the share kept)"
)

STATE_COLOURS = {
    DayState.KEPT: OUTCOME_COLOURS[Outcome.KEPT],
    DayState.WITH_NOTICE: OUTCOME_COLOURS[Outcome.KEPT_WITH_NOTICE],
    DayState.CHANGED_AFTER: OUTCOME_COLOURS[Outcome.CHANGED_AFTER],
    DayState.PARTLY_KEPT: OUTCOME_COLOURS[Outcome.KEPT],
    DayState.NOT_KEPT: OUTCOME_COLOURS[Outcome.NOT_KEPT],
    DayState.NOT_YET_CONFIRMED: OUTCOME_COLOURS[Outcome.UNCONFIRMED],
    DayState.PAUSED: QColor("#9a958c"),
}


# --- one day's shape ----------------------------------------------------------------------

# Each shape is drawn around a centre with a radius, in the state's colour; a partly kept
# day also gets the share that was kept.
DayShape = Callable[[QPainter, QPointF, float, QColor, float | None], None]


def paint_day(painter: QPainter, box: QRectF, state: DayState, share: float | None = None) -> None:
    """One day's shape: a tick, an arrow, a filling circle, a dash, a pause sign or a dot."""
    colour = STATE_COLOURS.get(state) or FAINT()  # nothing due: the palette's faint
    painter.setBrush(Qt.BrushStyle.NoBrush)
    shape = _DAY_SHAPES.get(state, _paint_nothing_due)
    shape(painter, box.center(), box.width() / 2 - 1, colour, share)


def _paint_kept(
    painter: QPainter, centre: QPointF, r: float, colour: QColor, share: float | None
) -> None:
    x, y = centre.x(), centre.y()
    tick = QPainterPath()
    tick.moveTo(x - r * 0.45, y)
    tick.lineTo(x - r * 0.1, y + r * 0.35)
    tick.lineTo(x + r * 0.5, y - r * 0.35)
    _paint_disc_with(painter, centre, r, colour, tick)


def _paint_with_notice(
    painter: QPainter, centre: QPointF, r: float, colour: QColor, share: float | None
) -> None:
    _paint_disc_with(painter, centre, r, colour, _arrow(centre, r, 1))


def _paint_changed_after(
    painter: QPainter, centre: QPointF, r: float, colour: QColor, share: float | None
) -> None:
    _paint_ring_with(painter, centre, r, colour, _arrow(centre, r, -1))


def _paint_not_kept(
    painter: QPainter, centre: QPointF, r: float, colour: QColor, share: float | None
) -> None:
    x, y = centre.x(), centre.y()
    dash = QPainterPath()
    dash.moveTo(x - r * 0.4, y)
    dash.lineTo(x + r * 0.4, y)
    _paint_ring_with(painter, centre, r, colour, dash)


def _paint_partly_kept(
    painter: QPainter, centre: QPointF, r: float, colour: QColor, share: float | None
) -> None:
    """A ring that fills, like a clock, with the share that was kept."""
    x, y = centre.x(), centre.y()
    painter.setPen(QPen(colour, 1.6))
    painter.drawEllipse(centre, r - 1, r - 1)
    fraction = 0.5 if share is None else min(max(share, 0.08), 0.92)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(colour)
    inner = QRectF(x - r + 2.5, y - r + 2.5, 2 * r - 5, 2 * r - 5)
    painter.drawPie(inner, 90 * 16, -round(fraction * 360 * 16))
    painter.setBrush(Qt.BrushStyle.NoBrush)


def _paint_not_yet_confirmed(
    painter: QPainter, centre: QPointF, r: float, colour: QColor, share: float | None
) -> None:
    painter.setPen(QPen(colour, 1.8, Qt.PenStyle.DotLine, Qt.PenCapStyle.RoundCap))
    painter.drawEllipse(centre, r - 1, r - 1)


def _paint_paused(
    painter: QPainter, centre: QPointF, r: float, colour: QColor, share: float | None
) -> None:
    x, y = centre.x(), centre.y()
    painter.setPen(QPen(colour, 2.4, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
    painter.drawLine(QPointF(x - r * 0.28, y - r * 0.45), QPointF(x - r * 0.28, y + r * 0.45))
    painter.drawLine(QPointF(x + r * 0.28, y - r * 0.45), QPointF(x + r * 0.28, y + r * 0.45))


def _paint_nothing_due(
    painter: QPainter, centre: QPointF, r: float, colour: QColor, share: float | None
) -> None:
    """A small quiet dot."""
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(colour)
    painter.drawEllipse(centre, 2.2, 2.2)
    painter.setBrush(Qt.BrushStyle.NoBrush)


def _arrow(centre: QPointF, r: float, way: int) -> QPainterPath:
    """An arrow across the centre: to the right (way 1, told before) or left (-1, after)."""
    x, y = centre.x(), centre.y()
    arrow = QPainterPath()
    arrow.moveTo(x - way * r * 0.45, y)
    arrow.lineTo(x + way * r * 0.45, y)
    arrow.moveTo(x + way * r * 0.1, y - r * 0.35)
    arrow.lineTo(x + way * r * 0.45, y)
    arrow.lineTo(x + way * r * 0.1, y + r * 0.35)
    return arrow


def _paint_disc_with(
    painter: QPainter, centre: QPointF, r: float, colour: QColor, mark: QPainterPath
) -> None:
    """A filled disc with `mark` on it in the surface's colour."""
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(colour)
    painter.drawEllipse(centre, r, r)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.setPen(QPen(SURFACE(), 2.0, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
    painter.drawPath(mark)


def _paint_ring_with(
    painter: QPainter, centre: QPointF, r: float, colour: QColor, mark: QPainterPath
) -> None:
    """A ring with `mark` inside it, both in the state's colour."""
    painter.setPen(QPen(colour, 2.0, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
    painter.drawEllipse(centre, r - 1, r - 1)
    painter.drawPath(mark)


_DAY_SHAPES: dict[DayState, DayShape] = {
    DayState.KEPT: _paint_kept,
    DayState.WITH_NOTICE: _paint_with_notice,
    DayState.CHANGED_AFTER: _paint_changed_after,
    DayState.PARTLY_KEPT: _paint_partly_kept,
    DayState.NOT_KEPT: _paint_not_kept,
    DayState.NOT_YET_CONFIRMED: _paint_not_yet_confirmed,
    DayState.PAUSED: _paint_paused,
}


# --- the strip ----------------------------------------------------------------------------


class CalendarStrip(QWidget):
    """One row per week (oldest first), one cell per day, and a legend beside it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.cells: list[DayCell] = []
        self.today: date | None = None
        self.setAccessibleName(translate("InsightsView", "Day by day"))
        self.setMouseTracking(True)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)

    def set_data(self, cells: Sequence[DayCell], today: date) -> None:
        self.cells = list(cells)
        self.today = today
        self.setAccessibleDescription(calendar_in_words(self.cells))
        self.updateGeometry()
        self.update()

    # geometry
    def _metrics(self) -> QFontMetricsF:
        return QFontMetricsF(self.font())

    def _label_width(self) -> float:
        return self._metrics().horizontalAdvance(day_and_month(date(2026, 9, 30))) + 14

    def _header(self) -> float:
        return self._metrics().height() + 6

    def _rows(self) -> int:
        return math.ceil(len(self.cells) / 7) if self.cells else 0

    def _legend_left(self) -> float:
        return self._label_width() + 7 * CELL + 36

    def sizeHint(self) -> QSize:
        metrics = self._metrics()
        legend_width = max(metrics.horizontalAdvance(_legend_words(s)) for s in DayState) + 30
        grid_height = self._header() + self._rows() * CELL
        legend_height = len(DAY_STATE_ORDER) * (metrics.height() + 7) + 4
        width = self._legend_left() + legend_width + 8
        return QSize(math.ceil(width), math.ceil(max(grid_height, legend_height) + 4))

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()

    def cell_rect(self, index: int) -> QRectF:
        row, column = divmod(index, 7)
        return QRectF(self._label_width() + column * CELL, self._header() + row * CELL, CELL, CELL)

    def cell_at(self, point: QPointF) -> DayCell | None:
        for i, cell in enumerate(self.cells):
            if self.cell_rect(i).contains(point):
                return cell
        return None

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        # The day under the pointer becomes the tooltip; Qt shows it as usual.
        cell = self.cell_at(event.position())
        self.setToolTip(day_cell_said(cell) if cell is not None else "")
        super().mouseMoveEvent(event)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        self._paint_weekdays(painter)
        self._paint_week_labels(painter)
        self._paint_days(painter)
        self._paint_legend(painter)
        painter.end()

    def _paint_weekdays(self, painter: QPainter) -> None:
        painter.setPen(MUTED())
        height = self._metrics().height()
        for column, name in enumerate(("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")):
            box = QRectF(self._label_width() + column * CELL, 0, CELL, height)
            painter.drawText(box, Qt.AlignmentFlag.AlignCenter, name)

    def _paint_week_labels(self, painter: QPainter) -> None:
        """Each row's Monday, left of it."""
        for row in range(self._rows()):
            monday = self.cells[row * 7].day
            painter.setPen(MUTED())
            painter.drawText(
                QRectF(0, self._header() + row * CELL, self._label_width() - 8, CELL),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                day_and_month(monday),
            )

    def _paint_days(self, painter: QPainter) -> None:
        for i, cell in enumerate(self.cells):
            box = self.cell_rect(i)
            if cell.state is DayState.PAUSED:
                paint_pause_band(painter, box.adjusted(1, 3, -1, -3))
            if cell.day == self.today:
                painter.setPen(QPen(SCORE_COLOUR(), 1.4))
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.drawRoundedRect(box.adjusted(1, 1, -1, -1), 6, 6)
            shape = QRectF(0, 0, SHAPE, SHAPE)
            shape.moveCenter(box.center())
            paint_day(painter, shape, cell.state, cell.kept_share)

    def _paint_legend(self, painter: QPainter) -> None:
        """Every shape with its words."""
        height = self._metrics().height()
        x = self._legend_left()
        y = 2.0
        for state in DAY_STATE_ORDER:
            shape = QRectF(x, y + (height - 14) / 2, 14, 14)
            paint_day(painter, shape, state, 0.6)
            painter.setPen(TEXT())
            painter.drawText(
                QRectF(x + 22, y, self.width() - x - 22, height),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                _legend_words(state),
            )
            y += height + 7


def _legend_words(state: DayState) -> str:
    return (
        translate("InsightsView", PARTLY_WORDS)
        if state is DayState.PARTLY_KEPT
        else day_state_name(state)
    )


def calendar_in_words(cells: Sequence[DayCell]) -> str:
    lines = []
    for start in range(0, len(cells), 7):
        week = cells[start : start + 7]
        counts: dict[DayState, int] = {}
        for cell in week:
            counts[cell.state] = counts.get(cell.state, 0) + 1
        parts = ", ".join(
            translate("InsightsView", "{count} {state}").format(
                count=counts[s], state=day_state_name(s)
            )
            for s in DAY_STATE_ORDER
            if s in counts
        )
        lines.append(
            translate("InsightsView", "Week of {day}: {days}.").format(
                day=day_and_month(week[0].day), days=parts
            )
        )
    return "\n".join(lines)
