"""Paints timeline rows: a day heading where a day starts, then the entry itself.

Each outcome has a shape, a gentle colour and its words, so nothing relies on colour
alone. No red: "not kept" is a calm slate, because the point is honesty, not shame.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QPointF, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from rekindle_desktop.domain.entries import EntryKind, Outcome
from rekindle_desktop.domain.timeline import Marker, TimelineRow
from rekindle_desktop.ui import style
from rekindle_desktop.ui.timeline_model import FIRST_OF_DAY_ROLE, ROW_ROLE

Index = QModelIndex | QPersistentModelIndex

OUTCOME_COLOURS = {
    Outcome.KEPT: QColor("#3d7a70"),
    Outcome.KEPT_WITH_NOTICE: QColor("#7f9c6b"),
    Outcome.CHANGED_AFTER: QColor("#c29a55"),
    Outcome.NOT_KEPT: QColor("#6c7a89"),
    Outcome.UNCONFIRMED: QColor("#a3a8aa"),
}
KIND_COLOUR = QColor("#8a9396")
MARKER_BACKGROUND = QColor("#efebe4")
SELECTED = QColor(style.ACCENT_SOFT)

HEADER_HEIGHT = 34
PAD = 10
ICON = 18
INDENT = 28


def has_second_line(row: TimelineRow) -> bool:
    return bool(row.detail or row.outcome_why or (row.markers - {Marker.DUE}))


def day_heading(day: date, today: date) -> str:
    if day == today:
        return f"Today · {day:%A %d %B}"
    if (today - day).days == 1:
        return f"Yesterday · {day:%A %d %B}"
    if day.year == today.year:
        return f"{day:%A %d %B}"
    return f"{day:%A %d %B %Y}"


class TimelineDelegate(QStyledItemDelegate):
    def __init__(self, today: date, parent: object = None) -> None:
        super().__init__(parent)  # type: ignore[arg-type]
        self.today = today

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        metrics = QFontMetrics(option.font)
        row: TimelineRow | None = index.data(ROW_ROLE)
        lines = 2 if row is not None and has_second_line(row) else 1
        height = PAD * 2 + metrics.height() * lines + 4 * (lines - 1)
        if index.data(FIRST_OF_DAY_ROLE):
            height += HEADER_HEIGHT
        return QSize(400, height)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        row: TimelineRow | None = index.data(ROW_ROLE)
        if row is None:
            return
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        rect = QRect(option.rect)
        base = QFont(option.font)
        if index.data(FIRST_OF_DAY_ROLE):
            header = QRect(rect.left(), rect.top(), rect.width(), HEADER_HEIGHT)
            self._paint_header(painter, header, row.day, base)
            rect.setTop(rect.top() + HEADER_HEIGHT)
        card = rect.adjusted(12, 2, -12, -2)
        if option.state & QStyle.StateFlag.State_Selected:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(SELECTED)
            painter.drawRoundedRect(card, 8, 8)
        left = card.left() + PAD + (INDENT if row.beside is not None else 0)
        self._paint_icon(painter, QRectF(left, card.top() + PAD, ICON, ICON), row)
        text_left = left + ICON + 12
        metrics = QFontMetrics(base)
        line = metrics.height()
        top = card.top() + PAD - 1

        # First line: time, title, and on the right the outcome in words.
        painter.setPen(QColor(style.MUTED))
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
        title_width = card.right() - PAD - outcome_width - title_left
        painter.setFont(bold)
        painter.setPen(QColor(style.TEXT if Marker.RETRACTED not in row.markers else style.MUTED))
        title = f"{row.kind.label}: {row.title}" if row.beside is None else row.title
        painter.drawText(
            QRect(title_left, top, max(title_width, 10), line),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            bold_metrics.elidedText(title, Qt.TextElideMode.ElideRight, max(title_width, 10)),
        )
        if outcome_text and row.outcome is not None:
            painter.setPen(OUTCOME_COLOURS[row.outcome].darker(115))
            painter.drawText(
                QRect(card.right() - PAD - outcome_width, top, outcome_width, line),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                outcome_text,
            )

        # Second line: detail, the explanation, then markers as soft pills.
        painter.setFont(base)
        second = top + line + 4
        x = title_left
        detail = " · ".join(p for p in (row.detail, row.outcome_why) if p)
        markers = sorted(row.markers - {Marker.DUE})
        pills_width = sum(metrics.horizontalAdvance(m) + 22 for m in markers)
        detail_width = card.right() - PAD - pills_width - x
        if detail and detail_width > 30:
            painter.setPen(QColor(style.MUTED))
            painter.drawText(
                QRect(x, second, detail_width, line),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                metrics.elidedText(detail, Qt.TextElideMode.ElideRight, detail_width),
            )
        pill_x = card.right() - PAD - pills_width
        for marker in markers:
            width = metrics.horizontalAdvance(marker) + 16
            pill = QRectF(pill_x, second, width, line)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(MARKER_BACKGROUND)
            painter.drawRoundedRect(pill, line / 2, line / 2)
            painter.setPen(QColor(style.MUTED))
            painter.drawText(pill, Qt.AlignmentFlag.AlignCenter, marker)
            pill_x += width + 6
        painter.restore()

    def _paint_header(self, painter: QPainter, rect: QRect, day: date, base: QFont) -> None:
        font = QFont(base)
        font.setWeight(QFont.Weight.DemiBold)
        font.setPointSizeF(base.pointSizeF() * 1.05)
        painter.setFont(font)
        painter.setPen(QColor(style.TEXT))
        painter.drawText(
            rect.adjusted(16, 8, -16, 0),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            day_heading(day, self.today),
        )
        painter.setPen(QPen(QColor(style.BORDER), 1))
        painter.drawLine(rect.left() + 16, rect.bottom(), rect.right() - 16, rect.bottom())
        painter.setFont(base)

    @staticmethod
    def _outcome_text(row: TimelineRow) -> str:
        if row.outcome is None:
            return ""
        if Marker.DUE in row.markers:
            return "due today"
        return row.outcome.label

    @staticmethod
    def _paint_icon(painter: QPainter, box: QRectF, row: TimelineRow) -> None:
        """A shape per outcome (and a plain dot for entries without one)."""
        centre = box.center()
        radius = box.width() / 2
        if row.outcome is None:
            colour = KIND_COLOUR
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(colour.lighter(130) if row.kind is not EntryKind.CHECK_IN else colour)
            painter.drawEllipse(centre, radius * 0.45, radius * 0.45)
            return
        colour = OUTCOME_COLOURS[row.outcome]
        pen = QPen(colour, 2.2, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap)
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
