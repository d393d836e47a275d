"""The weekly trend and the feelings beside it, painted with QPainter from plain domain data.

One drawing for every place a trend is shown: the Insights page (the widgets below) and
the counsellor report's PDF (ui/report_pdf paints `paint_trend` into an image, in the
light palette, as paper is). Nothing relies on colour alone: every series has its own
shape or dash, a legend says which is which, and each chart can say itself in words.
"""

from __future__ import annotations

import itertools
import math
from collections.abc import Sequence
from datetime import date, timedelta

from PySide6.QtCore import QLocale, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetricsF,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPen,
    QPolygonF,
)
from PySide6.QtWidgets import QSizePolicy, QWidget

from rekindle_desktop.domain.entries import Pause
from rekindle_desktop.domain.feelings import Feeling
from rekindle_desktop.domain.insights import TrendWeek
from rekindle_desktop.ui import style
from rekindle_desktop.ui.domain_words import feeling_name
from rekindle_desktop.ui.i18n import QT_TRANSLATE_NOOP, day_and_month, translate
from rekindle_desktop.ui.style import Palette


# Chart colours: from the palette given, else the one in use when painting (light or
# dark). Paper is always painted in the light one.
def _look(look: Palette | None) -> Palette:
    return look if look is not None else style.current()


def SCORE_COLOUR(look: Palette | None = None) -> QColor:
    return QColor(_look(look).accent)


def BAR_COLOUR(look: Palette | None = None) -> QColor:
    return QColor(_look(look).bar)


def BAR_EDGE(look: Palette | None = None) -> QColor:
    return QColor(_look(look).bar_edge)


def PAUSE_FILL(look: Palette | None = None) -> QColor:
    return QColor(_look(look).pause_fill)


def PAUSE_HATCH(look: Palette | None = None) -> QColor:
    return QColor(_look(look).pause_hatch)


def GRID(look: Palette | None = None) -> QColor:
    return QColor(_look(look).border)


def MUTED(look: Palette | None = None) -> QColor:
    return QColor(_look(look).muted)


def FAINT(look: Palette | None = None) -> QColor:
    return QColor(_look(look).faint)


def TEXT(look: Palette | None = None) -> QColor:
    return QColor(_look(look).text)


def SURFACE(look: Palette | None = None) -> QColor:
    return QColor(_look(look).surface)


# Each feeling: a colour, a dash and a marker shape, so any one of them tells them apart.
FEELING_STYLES: dict[Feeling, tuple[QColor, Qt.PenStyle, str]] = {
    Feeling.SAFETY: (QColor("#6d5f9a"), Qt.PenStyle.SolidLine, "circle"),
    Feeling.TRUST: (QColor("#8c6d46"), Qt.PenStyle.DashLine, "square"),
    Feeling.CONNECTION: (QColor("#4f7ea8"), Qt.PenStyle.DotLine, "triangle"),
}

NOTHING_YET = QT_TRANSLATE_NOOP(
    "InsightsView", "The trend appears here once plans and promises have outcomes."
)


# --- what both charts share ---------------------------------------------------------------


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
    painter: QPainter,
    plot: QRectF,
    weeks: Sequence[TrendWeek],
    metrics: QFontMetricsF,
    look: Palette,
) -> None:
    painter.setPen(MUTED(look))
    slot = plot.width() / max(len(weeks), 1)
    wanted = metrics.horizontalAdvance(day_and_month(date(2026, 9, 30))) + 14
    every = max(1, math.ceil(wanted / max(slot, 1)))
    last_index = len(weeks) - 1
    for i, week in enumerate(weeks):
        if (last_index - i) % every:
            continue  # label the latest week, then every few back from it
        text = day_and_month(week.starts)
        x = _week_x(plot, len(weeks), i)
        width = metrics.horizontalAdvance(text) + 4
        box = QRectF(x - width / 2, plot.bottom() + 6, width, metrics.height())
        painter.drawText(box, Qt.AlignmentFlag.AlignCenter, text)


def _paint_grid(
    painter: QPainter,
    plot: QRectF,
    metrics: QFontMetricsF,
    values: Sequence[tuple[float, str]],
    look: Palette,
) -> None:
    """Horizontal guide lines at `values` (fractions of the height) with their labels."""
    for fraction, text in values:
        y = plot.bottom() - fraction * plot.height()
        painter.setPen(QPen(GRID(look), 1))
        painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
        painter.setPen(MUTED(look))
        box = QRectF(plot.left() - 60, y - metrics.height() / 2, 54, metrics.height())
        painter.drawText(box, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, text)


def _paint_legend(
    painter: QPainter,
    rect: QRectF,
    metrics: QFontMetricsF,
    items: Sequence[tuple[str, object]],
    look: Palette,
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
        _paint_sample(painter, QRectF(x, y, 22, height), sample, look)
        painter.setPen(TEXT(look))
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


def _paint_sample(painter: QPainter, box: QRectF, sample: object, look: Palette) -> None:
    centre = box.center()
    if sample == "score":
        painter.setPen(_score_pen(look))
        painter.drawLine(QPointF(box.left(), centre.y()), QPointF(box.right(), centre.y()))
        painter.setBrush(SCORE_COLOUR(look))
        painter.drawEllipse(centre, 3, 3)
    elif sample == "bar":
        painter.setPen(QPen(BAR_EDGE(look), 1))
        painter.setBrush(BAR_COLOUR(look))
        painter.drawRoundedRect(QRectF(centre.x() - 5, box.top() + 2, 10, box.height() - 4), 2, 2)
    elif sample == "pause":
        paint_pause_band(painter, box.adjusted(0, 2, 0, -2), look)
    elif isinstance(sample, Feeling):
        colour, dash, shape = FEELING_STYLES[sample]
        pen = QPen(colour, 2, dash, Qt.PenCapStyle.FlatCap)
        painter.setPen(pen)
        painter.drawLine(QPointF(box.left(), centre.y()), QPointF(box.right(), centre.y()))
        _paint_marker(painter, centre, shape, colour, look)
    painter.setBrush(Qt.BrushStyle.NoBrush)


def paint_pause_band(painter: QPainter, band: QRectF, look: Palette | None = None) -> None:
    """A paused stretch: a soft fill, hatched, so it reads without colour too."""
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(PAUSE_FILL(look))
    painter.drawRect(band)
    painter.setBrush(QBrush(PAUSE_HATCH(look), Qt.BrushStyle.BDiagPattern))
    painter.drawRect(band)
    painter.setBrush(Qt.BrushStyle.NoBrush)


def _paint_marker(
    painter: QPainter, centre: QPointF, shape: str, colour: QColor, look: Palette
) -> None:
    painter.setPen(QPen(SURFACE(look), 1.2))
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


def _score_pen(look: Palette) -> QPen:
    return QPen(SCORE_COLOUR(look), 2.5, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap)


# --- the trend chart --------------------------------------------------------------------

TREND_LEGEND: tuple[tuple[str, object], ...] = (
    (QT_TRANSLATE_NOOP("InsightsView", "Trend, 0 to 100"), "score"),
    (QT_TRANSLATE_NOOP("InsightsView", "Share kept that week"), "bar"),
    (QT_TRANSLATE_NOOP("InsightsView", "Paused"), "pause"),
)


def paint_trend(
    painter: QPainter,
    rect: QRectF,
    weeks: Sequence[TrendWeek],
    pauses: Sequence[Pause],
    font: QFont,
    look: Palette | None = None,
) -> None:
    """The rolling score as a line over the weekly kept share as soft bars, with pauses.
    In the palette `look`, or the one in use."""
    look = _look(look)
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setFont(font)
    metrics = QFontMetricsF(font)
    if not weeks:
        _paint_nothing_yet(painter, rect, look)
    else:
        legend = [(translate("InsightsView", w), sample) for w, sample in TREND_LEGEND]
        rows = _legend_rows(rect, metrics, [w for w, _ in legend])
        _paint_legend(painter, rect, metrics, legend, look)
        plot = _plot_area(rect, metrics, rows)
        _paint_pauses(painter, plot, weeks, pauses, metrics, look)
        _paint_grid(painter, plot, metrics, [(0.0, "0"), (0.5, "50"), (1.0, "100")], look)
        _paint_bars(painter, plot, weeks, look)
        points = _score_points(plot, weeks)
        _paint_score_line(painter, points, plot.width() / len(weeks), look)
        _paint_latest_score(painter, plot, weeks, points, font, look)
        _paint_axis_labels(painter, plot, weeks, metrics, look)
    painter.restore()


def _paint_nothing_yet(painter: QPainter, rect: QRectF, look: Palette) -> None:
    painter.setPen(MUTED(look))
    painter.drawText(
        rect,
        Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap,
        translate("InsightsView", NOTHING_YET),
    )


def _paint_pauses(
    painter: QPainter,
    plot: QRectF,
    weeks: Sequence[TrendWeek],
    pauses: Sequence[Pause],
    metrics: QFontMetricsF,
    look: Palette,
) -> None:
    """Each pause as a band over the weeks it covers, named where it is wide enough."""
    slot = plot.width() / len(weeks)
    first = weeks[0].starts
    end = weeks[-1].starts + timedelta(days=7)
    for pause in pauses:
        start = max(pause.first_day, first)
        stop = min(pause.last_day + timedelta(days=1), end)
        if start >= stop:
            continue
        left = plot.left() + (start - first).days / 7 * slot
        right = plot.left() + (stop - first).days / 7 * slot
        paint_pause_band(painter, QRectF(left, plot.top(), right - left, plot.height()), look)
        words = translate("DomainWords", "paused")
        if right - left > metrics.horizontalAdvance(words) + 6:
            painter.setPen(MUTED(look))
            painter.drawText(
                QRectF(left, plot.top() + 2, right - left, metrics.height()),
                Qt.AlignmentFlag.AlignCenter,
                words,
            )


def _paint_bars(painter: QPainter, plot: QRectF, weeks: Sequence[TrendWeek], look: Palette) -> None:
    """Each week's kept share as a soft bar; a week with nothing resolved has none."""
    count = len(weeks)
    bar_width = max(min(plot.width() / count * 0.56, 26.0), 2.0)
    for i, week in enumerate(weeks):
        if week.ratio is None:
            continue
        x = _week_x(plot, count, i)
        height = max(week.ratio * plot.height(), 2.0)  # a kept share of 0 still shows
        bar = QRectF(x - bar_width / 2, plot.bottom() - height, bar_width, height)
        painter.setPen(QPen(BAR_EDGE(look), 1))
        painter.setBrush(BAR_COLOUR(look))
        painter.drawRoundedRect(bar, 2, 2)
    painter.setBrush(Qt.BrushStyle.NoBrush)


def _score_points(plot: QRectF, weeks: Sequence[TrendWeek]) -> list[QPointF | None]:
    """Where each week's score goes; None for a week without one."""
    return [
        QPointF(_week_x(plot, len(weeks), i), plot.bottom() - week.score * plot.height())
        if week.score is not None
        else None
        for i, week in enumerate(weeks)
    ]


def _paint_score_line(
    painter: QPainter, points: Sequence[QPointF | None], slot: float, look: Palette
) -> None:
    """The score as a line with a dot a week, broken where a week has no score."""
    painter.setPen(_score_pen(look))
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
    painter.setBrush(SCORE_COLOUR(look))
    dot = 3.0 if slot >= 8 else 1.5
    for point in points:
        if point is not None:
            painter.drawEllipse(point, dot, dot)
    painter.setBrush(Qt.BrushStyle.NoBrush)


def _paint_latest_score(
    painter: QPainter,
    plot: QRectF,
    weeks: Sequence[TrendWeek],
    points: Sequence[QPointF | None],
    font: QFont,
    look: Palette,
) -> None:
    """The latest week's score in figures, right of where its line ends."""
    last = next((p for p in reversed(points) if p is not None), None)
    score = weeks[-1].score
    if last is None or score is None:
        return
    metrics = QFontMetricsF(font)
    bold = QFont(font)
    bold.setWeight(QFont.Weight.DemiBold)
    painter.setFont(bold)
    painter.setPen(SCORE_COLOUR(look))
    painter.drawText(
        QRectF(plot.right() + 6, last.y() - metrics.height() / 2, 60, metrics.height()),
        Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
        str(round(score * 100)),
    )
    painter.setFont(font)


# --- the feelings chart -------------------------------------------------------------------


def paint_feelings(
    painter: QPainter,
    rect: QRectF,
    weeks: Sequence[TrendWeek],
    font: QFont,
    look: Palette | None = None,
) -> None:
    """Weekly averages of Safety, Trust and Connection (1 to 5), each with its own shape."""
    look = _look(look)
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setFont(font)
    metrics = QFontMetricsF(font)
    legend = [(feeling_name(f), f) for f in Feeling]
    rows = _legend_rows(rect, metrics, [w for w, _ in legend])
    _paint_legend(painter, rect, metrics, legend, look)
    # The same left, right and bottom edges as the trend, so the weeks line up.
    plot = _plot_area(rect, metrics, rows)
    _paint_grid(painter, plot, metrics, [(0.0, "1"), (0.5, "3"), (1.0, "5")], look)
    for feeling in Feeling:
        _paint_feeling(painter, plot, weeks, feeling, look)
    _paint_axis_labels(painter, plot, weeks, metrics, look)
    painter.restore()


def _paint_feeling(
    painter: QPainter, plot: QRectF, weeks: Sequence[TrendWeek], feeling: Feeling, look: Palette
) -> None:
    """One feeling's weekly averages: lines between rated weeks, a marker on each."""
    colour, dash, shape = FEELING_STYLES[feeling]
    points = [
        QPointF(
            _week_x(plot, len(weeks), i),
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
            _paint_marker(painter, point, shape, colour, look)


# --- the widgets --------------------------------------------------------------------------


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


# --- the charts in words, for a screen reader ---------------------------------------------


def trend_in_words(weeks: Sequence[TrendWeek]) -> str:
    lines = []
    for week in weeks:
        bits = [translate("InsightsView", "Week of {day}").format(day=day_and_month(week.starts))]
        if week.score is not None:
            bits.append(
                translate("InsightsView", "trend {score}").format(score=round(week.score * 100))
            )
        if week.ratio is not None:
            bits.append(
                translate("InsightsView", "{kept} of {resolved} kept").format(
                    kept=week.tally.kept, resolved=week.tally.resolved
                )
            )
        if week.paused_days:
            bits.append(
                translate("InsightsView", "{count} paused days").format(count=week.paused_days)
            )
        lines.append(", ".join(bits) + ".")
    return "\n".join(lines) or translate("InsightsView", NOTHING_YET)


def feelings_in_words(weeks: Sequence[TrendWeek]) -> str:
    lines = []
    for week in weeks:
        if week.feelings:
            parts = ", ".join(
                translate("InsightsView", "{feeling} {average}").format(
                    feeling=feeling_name(f), average=QLocale().toString(week.feelings[f], "f", 1)
                )
                for f in Feeling
                if f in week.feelings
            )
            lines.append(
                translate("InsightsView", "Week of {day}: {days}.").format(
                    day=day_and_month(week.starts), days=parts
                )
            )
    return "\n".join(lines)
