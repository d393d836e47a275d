"""Insights: the weekly trend, feelings beside it, a calendar strip, and all of it in words.

Drawn with QPainter from plain domain data, so the sharer's page and review mode can both
use it. Nothing relies on colour alone: every series and every day state has its own
shape or dash, a legend says which is which, and a text summary says it all in words.
"""

from __future__ import annotations

import itertools
import math
from collections.abc import Iterable, Sequence
from datetime import date, timedelta

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetricsF,
    QMouseEvent,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPen,
    QPolygonF,
)
from PySide6.QtWidgets import QHBoxLayout, QSizePolicy, QVBoxLayout, QWidget

from rekindle_desktop.domain.consistency import Commitment, current_score, explain
from rekindle_desktop.domain.days import day_month
from rekindle_desktop.domain.entries import Outcome, Pause
from rekindle_desktop.domain.feelings import Feeling, FeelingRating
from rekindle_desktop.domain.insights import (
    CALENDAR_WEEKS,
    DAY_STATE_ORDER,
    TREND_WEEKS,
    DayCell,
    DayState,
    ToldEarly,
    TrendWeek,
    calendar,
    describe,
    latest_resolved_week,
    outcomes_in_words,
    trend_weeks,
)
from rekindle_desktop.ui import style
from rekindle_desktop.ui.i18n import QT_TRANSLATE_NOOP, translate
from rekindle_desktop.ui.timeline_delegate import OUTCOME_COLOURS
from rekindle_desktop.ui.widgets import card, label


# Chart colours come from the palette in use when painting (light or dark).
def SCORE_COLOUR() -> QColor:
    return style.colour("accent")


def BAR_COLOUR() -> QColor:
    return style.colour("bar")


def BAR_EDGE() -> QColor:
    return style.colour("bar_edge")


def PAUSE_FILL() -> QColor:
    return style.colour("pause_fill")


def PAUSE_HATCH() -> QColor:
    return style.colour("pause_hatch")


def GRID() -> QColor:
    return style.colour("border")


def MUTED() -> QColor:
    return style.colour("muted")


def FAINT() -> QColor:
    return style.colour("faint")


# Each feeling: a colour, a dash and a marker shape, so any one of them tells them apart.
FEELING_STYLES: dict[Feeling, tuple[QColor, Qt.PenStyle, str]] = {
    Feeling.SAFETY: (QColor("#6d5f9a"), Qt.PenStyle.SolidLine, "circle"),
    Feeling.TRUST: (QColor("#8c6d46"), Qt.PenStyle.DashLine, "square"),
    Feeling.CONNECTION: (QColor("#4f7ea8"), Qt.PenStyle.DotLine, "triangle"),
}

READING_THE_CHART = QT_TRANSLATE_NOOP(
    "InsightsView",
    "The line is the trend. The soft bars show, for each week, the share of resolved "
    "plans and promises that were kept; a week with nothing resolved has no bar. "
    "Shaded stretches are pauses: nothing in them counts either way.",
)
NOT_A_STRAIGHT_LINE = QT_TRANSLATE_NOOP(
    "InsightsView",
    "Hard weeks are part of a longer story. What matters is the direction over months, "
    "not any single day.",
)
NOTHING_YET = QT_TRANSLATE_NOOP(
    "InsightsView", "The trend appears here once plans and promises have outcomes."
)


# --- the trend chart --------------------------------------------------------------------


def _plot_area(rect: QRectF, metrics: QFontMetricsF, legend_rows: int) -> QRectF:
    """Where the weeks go; the trend and feelings charts share it so their weeks line up."""
    top = rect.top() + legend_rows * (metrics.height() + 8) + metrics.height() / 2 + 4
    left = rect.left() + metrics.horizontalAdvance("100") + 12
    right = rect.right() - metrics.horizontalAdvance("100") - 12
    bottom = rect.bottom() - metrics.height() - 10
    return QRectF(QPointF(left, top), QPointF(right, bottom))


def _week_x(plot: QRectF, count: int, index: float) -> float:
    """The centre of week `index` (fractions allowed) across the plot."""
    slot = plot.width() / max(count, 1)
    return plot.left() + slot * (index + 0.5)


def _paint_axis_labels(
    painter: QPainter, plot: QRectF, weeks: Sequence[TrendWeek], metrics: QFontMetricsF
) -> None:
    painter.setPen(MUTED())
    slot = plot.width() / max(len(weeks), 1)
    wanted = metrics.horizontalAdvance("30 Sep") + 14
    every = max(1, math.ceil(wanted / max(slot, 1)))
    last_index = len(weeks) - 1
    for i, week in enumerate(weeks):
        if (last_index - i) % every:
            continue  # label the latest week, then every few back from it
        text = f"{week.starts.day} {week.starts:%b}"
        x = _week_x(plot, len(weeks), i)
        width = metrics.horizontalAdvance(text) + 4
        box = QRectF(x - width / 2, plot.bottom() + 6, width, metrics.height())
        painter.drawText(box, Qt.AlignmentFlag.AlignCenter, text)


def _paint_grid(
    painter: QPainter, plot: QRectF, metrics: QFontMetricsF, values: Sequence[tuple[float, str]]
) -> None:
    """Horizontal guide lines at `values` (fractions of the height) with their labels."""
    for fraction, text in values:
        y = plot.bottom() - fraction * plot.height()
        painter.setPen(QPen(GRID(), 1))
        painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
        painter.setPen(MUTED())
        box = QRectF(plot.left() - 60, y - metrics.height() / 2, 54, metrics.height())
        painter.drawText(box, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, text)


def _paint_legend(
    painter: QPainter, rect: QRectF, metrics: QFontMetricsF, items: Sequence[tuple[str, object]]
) -> None:
    """A row of (words, sample) pairs; each sample is drawn by `_paint_sample`."""
    x = rect.left()
    y = rect.top()
    height = metrics.height()
    for words, sample in items:
        width = 26 + metrics.horizontalAdvance(words) + 22
        if x + width > rect.right() and x > rect.left():
            x = rect.left()
            y += height + 8
        _paint_sample(painter, QRectF(x, y, 22, height), sample)
        painter.setPen(style.colour("text"))
        painter.drawText(
            QRectF(x + 28, y, width - 28, height),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            words,
        )
        x += width


def _legend_rows(rect: QRectF, metrics: QFontMetricsF, words: Sequence[str]) -> int:
    rows, x = 1, 0.0
    for text in words:
        width = 26 + metrics.horizontalAdvance(text) + 22
        if x + width > rect.width() and x > 0:
            rows, x = rows + 1, 0.0
        x += width
    return rows


def _paint_sample(painter: QPainter, box: QRectF, sample: object) -> None:
    centre = box.center()
    if sample == "score":
        painter.setPen(QPen(SCORE_COLOUR(), 2.5, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
        painter.drawLine(QPointF(box.left(), centre.y()), QPointF(box.right(), centre.y()))
        painter.setBrush(SCORE_COLOUR())
        painter.drawEllipse(centre, 3, 3)
    elif sample == "bar":
        painter.setPen(QPen(BAR_EDGE(), 1))
        painter.setBrush(BAR_COLOUR())
        painter.drawRoundedRect(QRectF(centre.x() - 5, box.top() + 2, 10, box.height() - 4), 2, 2)
    elif sample == "pause":
        _paint_pause_band(painter, box.adjusted(0, 2, 0, -2))
    elif isinstance(sample, Feeling):
        colour, dash, shape = FEELING_STYLES[sample]
        pen = QPen(colour, 2, dash, Qt.PenCapStyle.FlatCap)
        painter.setPen(pen)
        painter.drawLine(QPointF(box.left(), centre.y()), QPointF(box.right(), centre.y()))
        _paint_marker(painter, centre, shape, colour)
    painter.setBrush(Qt.BrushStyle.NoBrush)


def _paint_pause_band(painter: QPainter, band: QRectF) -> None:
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(PAUSE_FILL())
    painter.drawRect(band)
    painter.setBrush(QBrush(PAUSE_HATCH(), Qt.BrushStyle.BDiagPattern))
    painter.drawRect(band)
    painter.setBrush(Qt.BrushStyle.NoBrush)


def _paint_marker(painter: QPainter, centre: QPointF, shape: str, colour: QColor) -> None:
    painter.setPen(QPen(style.colour("surface"), 1.2))
    painter.setBrush(colour)
    r = 4.2
    if shape == "circle":
        painter.drawEllipse(centre, r, r)
    elif shape == "square":
        painter.drawRect(QRectF(centre.x() - r, centre.y() - r, 2 * r, 2 * r))
    else:
        painter.drawPolygon(
            QPolygonF(
                [
                    QPointF(centre.x(), centre.y() - r * 1.2),
                    QPointF(centre.x() + r * 1.15, centre.y() + r * 0.9),
                    QPointF(centre.x() - r * 1.15, centre.y() + r * 0.9),
                ]
            )
        )
    painter.setBrush(Qt.BrushStyle.NoBrush)


TREND_LEGEND: tuple[tuple[str, object], ...] = (
    ("Trend, 0 to 100", "score"),
    ("Share kept that week", "bar"),
    ("Paused", "pause"),
)


def paint_trend(
    painter: QPainter,
    rect: QRectF,
    weeks: Sequence[TrendWeek],
    pauses: Sequence[Pause],
    font: QFont,
) -> None:
    """The rolling score as a line over the weekly kept share as soft bars, with pauses."""
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setFont(font)
    metrics = QFontMetricsF(font)
    if not weeks:
        painter.setPen(MUTED())
        painter.drawText(
            rect,
            Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap,
            translate("InsightsView", NOTHING_YET),
        )
        painter.restore()
        return
    rows = _legend_rows(rect, metrics, [w for w, _ in TREND_LEGEND])
    _paint_legend(painter, rect, metrics, TREND_LEGEND)
    plot = _plot_area(rect, metrics, rows)
    count = len(weeks)
    slot = plot.width() / count
    first = weeks[0].starts
    end = weeks[-1].starts + timedelta(days=7)

    for pause in pauses:
        start = max(pause.first_day, first)
        stop = min(pause.last_day + timedelta(days=1), end)
        if start >= stop:
            continue
        left = plot.left() + (start - first).days / 7 * slot
        right = plot.left() + (stop - first).days / 7 * slot
        _paint_pause_band(painter, QRectF(left, plot.top(), right - left, plot.height()))
        words = "paused"
        if right - left > metrics.horizontalAdvance(words) + 6:
            painter.setPen(MUTED())
            painter.drawText(
                QRectF(left, plot.top() + 2, right - left, metrics.height()),
                Qt.AlignmentFlag.AlignCenter,
                words,
            )

    _paint_grid(painter, plot, metrics, [(0.0, "0"), (0.5, "50"), (1.0, "100")])

    bar_width = max(min(slot * 0.56, 26.0), 2.0)
    for i, week in enumerate(weeks):
        if week.ratio is None:
            continue
        x = _week_x(plot, count, i)
        height = max(week.ratio * plot.height(), 2.0)  # a kept share of 0 still shows
        bar = QRectF(x - bar_width / 2, plot.bottom() - height, bar_width, height)
        painter.setPen(QPen(BAR_EDGE(), 1))
        painter.setBrush(BAR_COLOUR())
        painter.drawRoundedRect(bar, 2, 2)
    painter.setBrush(Qt.BrushStyle.NoBrush)

    points = [
        QPointF(_week_x(plot, count, i), plot.bottom() - week.score * plot.height())
        if week.score is not None
        else None
        for i, week in enumerate(weeks)
    ]
    painter.setPen(QPen(SCORE_COLOUR(), 2.5, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
    path = QPainterPath()
    drawing = False
    for point in points:
        if point is None:
            drawing = False
            continue
        if drawing:
            path.lineTo(point)
        else:
            path.moveTo(point)
            drawing = True
    painter.drawPath(path)
    painter.setBrush(SCORE_COLOUR())
    dot = 3.0 if slot >= 8 else 1.5
    for point in points:
        if point is not None:
            painter.drawEllipse(point, dot, dot)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    last = next((p for p in reversed(points) if p is not None), None)
    if last is not None and weeks[-1].score is not None:
        bold = QFont(font)
        bold.setWeight(QFont.Weight.DemiBold)
        painter.setFont(bold)
        painter.setPen(SCORE_COLOUR())
        text = str(round(weeks[-1].score * 100))
        painter.drawText(
            QRectF(plot.right() + 6, last.y() - metrics.height() / 2, 60, metrics.height()),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            text,
        )
        painter.setFont(font)
    _paint_axis_labels(painter, plot, weeks, metrics)
    painter.restore()


def paint_feelings(
    painter: QPainter, rect: QRectF, weeks: Sequence[TrendWeek], font: QFont
) -> None:
    """Weekly averages of Safety, Trust and Connection (1 to 5), each with its own shape."""
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setFont(font)
    metrics = QFontMetricsF(font)
    legend = [(f"{f.label}", f) for f in Feeling]
    rows = _legend_rows(rect, metrics, [w for w, _ in legend])
    _paint_legend(painter, rect, metrics, legend)
    # The same left, right and bottom edges as the trend, so the weeks line up.
    plot = _plot_area(rect, metrics, rows)
    _paint_grid(painter, plot, metrics, [(0.0, "1"), (0.5, "3"), (1.0, "5")])
    count = len(weeks)
    for feeling in Feeling:
        colour, dash, shape = FEELING_STYLES[feeling]
        points = [
            QPointF(
                _week_x(plot, count, i),
                plot.bottom() - (week.feelings[feeling] - 1) / 4 * plot.height(),
            )
            if feeling in week.feelings
            else None
            for i, week in enumerate(weeks)
        ]
        painter.setPen(QPen(colour, 2, dash, Qt.PenCapStyle.FlatCap))
        for a, b in itertools.pairwise(points):
            if a is not None and b is not None:
                painter.drawLine(a, b)
        for point in points:
            if point is not None:
                _paint_marker(painter, point, shape, colour)
    _paint_axis_labels(painter, plot, weeks, metrics)
    painter.restore()


class TrendChart(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.weeks: list[TrendWeek] = []
        self.pauses: list[Pause] = []
        self.setMinimumSize(360, 220)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.setAccessibleName(translate("InsightsView", "Weekly trend chart"))

    def set_data(self, weeks: Sequence[TrendWeek], pauses: Sequence[Pause]) -> None:
        self.weeks = list(weeks)
        self.pauses = list(pauses)
        self.setAccessibleDescription(trend_in_words(self.weeks))
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(560, 250)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        paint_trend(
            painter,
            QRectF(self.rect()).adjusted(2, 2, -2, -2),
            self.weeks,
            self.pauses,
            self.font(),
        )
        painter.end()


class FeelingsChart(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.weeks: list[TrendWeek] = []
        self.setMinimumSize(360, 150)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.setAccessibleName(translate("InsightsView", "How you have felt, week by week"))

    def set_data(self, weeks: Sequence[TrendWeek]) -> None:
        self.weeks = list(weeks)
        self.setAccessibleDescription(feelings_in_words(self.weeks))
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(560, 170)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        paint_feelings(painter, QRectF(self.rect()).adjusted(2, 2, -2, -2), self.weeks, self.font())
        painter.end()


def trend_in_words(weeks: Sequence[TrendWeek]) -> str:
    lines = []
    for week in weeks:
        bits = [f"Week of {week.starts.day} {week.starts:%b}"]
        if week.score is not None:
            bits.append(f"trend {round(week.score * 100)}")
        if week.ratio is not None:
            bits.append(f"{week.tally.kept} of {week.tally.resolved} kept")
        if week.paused_days:
            bits.append(f"{week.paused_days} paused days")
        lines.append(", ".join(bits) + ".")
    return "\n".join(lines) or translate("InsightsView", NOTHING_YET)


def feelings_in_words(weeks: Sequence[TrendWeek]) -> str:
    lines = []
    for week in weeks:
        if week.feelings:
            parts = [f"{f.label} {week.feelings[f]:.1f}" for f in Feeling if f in week.feelings]
            lines.append(f"Week of {week.starts.day} {week.starts:%b}: " + ", ".join(parts) + ".")
    return "\n".join(lines)


# --- the calendar strip ------------------------------------------------------------------

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


def paint_day(painter: QPainter, box: QRectF, state: DayState, share: float | None = None) -> None:
    """One day's shape: a tick, an arrow, a filling circle, a dash, a pause sign or a dot."""
    centre = box.center()
    r = box.width() / 2 - 1
    x, y = centre.x(), centre.y()
    colour = STATE_COLOURS.get(state) or FAINT()  # nothing due: the palette's faint
    pen = QPen(colour, 2.0, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap)
    white = QPen(style.colour("surface"), 2.0, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    path = QPainterPath()
    if state is DayState.KEPT:
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(colour)
        painter.drawEllipse(centre, r, r)
        path.moveTo(x - r * 0.45, y)
        path.lineTo(x - r * 0.1, y + r * 0.35)
        path.lineTo(x + r * 0.5, y - r * 0.35)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.setPen(white)
    elif state is DayState.WITH_NOTICE:
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(colour)
        painter.drawEllipse(centre, r, r)
        path.moveTo(x - r * 0.45, y)
        path.lineTo(x + r * 0.45, y)
        path.moveTo(x + r * 0.1, y - r * 0.35)
        path.lineTo(x + r * 0.45, y)
        path.lineTo(x + r * 0.1, y + r * 0.35)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.setPen(white)
    elif state is DayState.CHANGED_AFTER:
        painter.setPen(pen)
        painter.drawEllipse(centre, r - 1, r - 1)
        path.moveTo(x + r * 0.45, y)
        path.lineTo(x - r * 0.45, y)
        path.moveTo(x - r * 0.1, y - r * 0.35)
        path.lineTo(x - r * 0.45, y)
        path.lineTo(x - r * 0.1, y + r * 0.35)
    elif state is DayState.PARTLY_KEPT:
        # A ring that fills, like a clock, with the share that was kept.
        painter.setPen(QPen(colour, 1.6))
        painter.drawEllipse(centre, r - 1, r - 1)
        fraction = 0.5 if share is None else min(max(share, 0.08), 0.92)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(colour)
        inner = QRectF(x - r + 2.5, y - r + 2.5, 2 * r - 5, 2 * r - 5)
        painter.drawPie(inner, 90 * 16, -round(fraction * 360 * 16))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        return
    elif state is DayState.NOT_KEPT:
        painter.setPen(pen)
        painter.drawEllipse(centre, r - 1, r - 1)
        path.moveTo(x - r * 0.4, y)
        path.lineTo(x + r * 0.4, y)
    elif state is DayState.NOT_YET_CONFIRMED:
        dotted = QPen(colour, 1.8, Qt.PenStyle.DotLine, Qt.PenCapStyle.RoundCap)
        painter.setPen(dotted)
        painter.drawEllipse(centre, r - 1, r - 1)
        return
    elif state is DayState.PAUSED:
        painter.setPen(QPen(colour, 2.4, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
        painter.drawLine(QPointF(x - r * 0.28, y - r * 0.45), QPointF(x - r * 0.28, y + r * 0.45))
        painter.drawLine(QPointF(x + r * 0.28, y - r * 0.45), QPointF(x + r * 0.28, y + r * 0.45))
        return
    else:  # nothing due: a small quiet dot
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(colour)
        painter.drawEllipse(centre, 2.2, 2.2)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        return
    painter.drawPath(path)


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
        return self._metrics().horizontalAdvance("30 Sep") + 14

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
        self.setToolTip(cell.describe() if cell is not None else "")
        super().mouseMoveEvent(event)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        metrics = self._metrics()
        height = metrics.height()
        painter.setPen(MUTED())
        for column, name in enumerate(("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")):
            box = QRectF(self._label_width() + column * CELL, 0, CELL, height)
            painter.drawText(box, Qt.AlignmentFlag.AlignCenter, name)
        for row in range(self._rows()):
            monday = self.cells[row * 7].day
            painter.setPen(MUTED())
            painter.drawText(
                QRectF(0, self._header() + row * CELL, self._label_width() - 8, CELL),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                f"{monday.day} {monday:%b}",
            )
        for i, cell in enumerate(self.cells):
            box = self.cell_rect(i)
            if cell.state is DayState.PAUSED:
                _paint_pause_band(painter, box.adjusted(1, 3, -1, -3))
            if cell.day == self.today:
                painter.setPen(QPen(SCORE_COLOUR(), 1.4))
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.drawRoundedRect(box.adjusted(1, 1, -1, -1), 6, 6)
            shape = QRectF(0, 0, SHAPE, SHAPE)
            shape.moveCenter(box.center())
            paint_day(painter, shape, cell.state, cell.kept_share)
        # The legend: every shape with its words.
        x = self._legend_left()
        y = 2.0
        for state in DAY_STATE_ORDER:
            shape = QRectF(x, y + (height - 14) / 2, 14, 14)
            paint_day(painter, shape, state, 0.6)
            painter.setPen(style.colour("text"))
            painter.drawText(
                QRectF(x + 22, y, self.width() - x - 22, height),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                _legend_words(state),
            )
            y += height + 7
        painter.end()


def _legend_words(state: DayState) -> str:
    return translate("InsightsView", PARTLY_WORDS) if state is DayState.PARTLY_KEPT else state.label


def calendar_in_words(cells: Sequence[DayCell]) -> str:
    lines = []
    for start in range(0, len(cells), 7):
        week = cells[start : start + 7]
        counts: dict[DayState, int] = {}
        for cell in week:
            counts[cell.state] = counts.get(cell.state, 0) + 1
        parts = [f"{counts[s]} {s.label}" for s in DAY_STATE_ORDER if s in counts]
        monday = week[0].day
        lines.append(f"Week of {monday.day} {monday:%b}: " + ", ".join(parts) + ".")
    return "\n".join(lines)


# --- the whole view ------------------------------------------------------------------------


class InsightsView(QWidget):
    """Insights for one record: a journal's own, or a reviewed partner's.

    Give it plain domain data: the commitments that count (`Ledger.commitments`, private
    ones left out), the pauses, this journal's own feelings ratings, and today.
    """

    def __init__(
        self,
        commitments: Iterable[Commitment] = (),
        pauses: Sequence[Pause] = (),
        feelings: Iterable[FeelingRating] = (),
        today: date | None = None,
        parent: QWidget | None = None,
        *,
        trend_weeks_shown: int = TREND_WEEKS,
        calendar_weeks: int = CALENDAR_WEEKS,
    ) -> None:
        super().__init__(parent)
        self.trend_weeks_shown = trend_weeks_shown
        self.calendar_weeks = calendar_weeks
        self.weeks: list[TrendWeek] = []
        self.cells: list[DayCell] = []
        self.score = 0.0

        self.headline = label("", "subheading")
        self.latest_week = label("")
        self.chart = TrendChart()
        self.feelings_title = label(
            translate("InsightsView", "How you have felt (your own ratings, 1 to 5)"), "subheading"
        )
        self.feelings_chart = FeelingsChart()
        self.explanation = label("", "muted")
        self.reading = label(translate("InsightsView", READING_THE_CHART), "muted")
        self.not_straight = label(translate("InsightsView", NOT_A_STRAIGHT_LINE), "muted")
        self.calendar_title = label("", "subheading")
        self.calendar = CalendarStrip()
        self.calendar_hint = label(
            translate(
                "InsightsView",
                "Point at a day to see its plans and promises counted. Today has a ring.",
            ),
            "muted",
        )
        self.summary = label("", "muted")
        self.summary.setAccessibleName(translate("InsightsView", "Insights in words"))
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        charts = QVBoxLayout()
        charts.setSpacing(8)
        charts.addWidget(label(translate("InsightsView", "Weekly trend"), "subheading"))
        charts.addWidget(self.chart, 3)
        charts.addWidget(self.feelings_title)
        charts.addWidget(self.feelings_chart, 2)
        words = QVBoxLayout()
        words.setSpacing(10)
        words.addWidget(label(translate("InsightsView", "What the trend means"), "subheading"))
        words.addWidget(self.explanation)
        words.addWidget(self.reading)
        words.addWidget(label(translate("InsightsView", "Not a straight line"), "subheading"))
        words.addWidget(self.not_straight)
        words.addStretch(1)
        top = QHBoxLayout()
        top.setSpacing(24)
        top.addLayout(charts, 3)
        top.addLayout(words, 2)
        top_card = QWidget()
        top_card.setLayout(top)

        strip = QHBoxLayout()
        strip.addWidget(self.calendar)
        strip.addStretch(1)
        strip_box = QWidget()
        strip_box.setLayout(strip)
        strip.setContentsMargins(0, 0, 0, 0)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(14)
        layout.addWidget(card(self.headline, self.latest_week, top_card))
        layout.addWidget(card(self.calendar_title, strip_box, self.calendar_hint))
        layout.addWidget(
            card(label(translate("InsightsView", "In words"), "subheading"), self.summary)
        )
        self.set_data(commitments, pauses, feelings, today)

    def set_data(
        self,
        commitments: Iterable[Commitment],
        pauses: Sequence[Pause],
        feelings: Iterable[FeelingRating] = (),
        today: date | None = None,
        told: ToldEarly | None = None,
    ) -> None:
        """Show this data; call again whenever the journal or the reviewed record changes.
        `told`: contact disclosures in the calendar's weeks, and how many were told early."""
        today = today or date.today()
        found = list(commitments)
        pauses = list(pauses)
        ratings = list(feelings)
        self.score = current_score(found, pauses)
        self.weeks = trend_weeks(found, pauses, ratings, today, weeks=self.trend_weeks_shown)
        self.cells = calendar(found, pauses, today, weeks=self.calendar_weeks)
        resolved = any(c.outcome.resolved for c in found)

        self.headline.setText(
            translate("InsightsView", "Trend: {score} out of 100").format(
                score=round(self.score * 100)
            )
            if resolved
            else translate("InsightsView", "No trend yet")
        )
        latest = latest_resolved_week(self.weeks)
        if latest is not None and latest.ratio is not None:
            said = translate("InsightsView", "Latest week with outcomes (from {day}): {words}.")
            self.latest_week.setText(
                said.format(day=day_month(latest.starts), words=outcomes_in_words(latest.tally))
            )
        else:
            self.latest_week.setText(translate("InsightsView", "No week with outcomes yet."))
        self.explanation.setText(
            explain(self.score) if resolved else translate("InsightsView", NOTHING_YET)
        )
        self.chart.set_data(self.weeks, pauses)
        has_feelings = any(w.feelings for w in self.weeks)
        self.feelings_title.setVisible(has_feelings)
        self.feelings_chart.setVisible(has_feelings)
        self.feelings_chart.set_data(self.weeks)
        self.calendar_title.setText(
            translate("InsightsView", "Day by day, the last {weeks} weeks").format(
                weeks=self.calendar_weeks
            )
        )
        self.calendar.set_data(self.cells, today)
        words = describe(self.weeks, self.cells, self.score)
        if told is not None and told.contacts:
            words += " " + translate(
                "InsightsView",
                "Contact disclosures in these weeks: {contacts}, {early} of them told soon "
                "after they happened. Telling early, before being asked, is what rebuilds "
                "trust.",
            ).format(contacts=told.contacts, early=told.early)
        self.summary.setText(words)
        self.setAccessibleName(translate("InsightsView", "Insights"))
        self.setAccessibleDescription(words)

    refresh = set_data
