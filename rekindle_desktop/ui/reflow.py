"""Pages that fit a small screen with large text: rows that wrap, columns that scroll.

A 1440x900 screen at 150% is 960x600 for Qt. A row of buttons that never wraps, or a
column that never scrolls, makes the window wider or taller than that, and then the
Lock button or the status line falls off the screen. These prevent it:

- `FlowLayout`: widgets side by side while they fit; the rest moves onto the next line.
- `VerticalScroll`: a column that scrolls up and down when it is short, and is never
  narrower than what it holds, so nothing is cut off at the side.
- `WindowScroll`: a window's pages, scrolling only when the page on show needs more
  height than the window has (`needed_height`), so the window fits any screen.
- `WrappingCheckBox` and `StatusLine`: a check box's words and a status line that wrap.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QPoint, QRect, QSize, Qt
from PySide6.QtGui import QPaintEvent, QResizeEvent
from PySide6.QtWidgets import (
    QBoxLayout,
    QCheckBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLayout,
    QLayoutItem,
    QScrollArea,
    QSizePolicy,
    QSpacerItem,
    QStackedWidget,
    QStyle,
    QStyleOptionButton,
    QStylePainter,
    QTabWidget,
    QWidget,
)


def _grows_sideways(item: QLayoutItem) -> bool:
    return bool(item.expandingDirections() & Qt.Orientation.Horizontal)


def _shown(item: QLayoutItem) -> bool:
    """A hidden widget takes no room; a stretch does, though Qt calls it empty."""
    return item.spacerItem() is not None or not item.isEmpty()


class FlowLayout(QLayout):
    """Items side by side, wrapping onto another line when the width runs out.

    On each line, items that grow sideways (a search field, a stretch) share what is
    left of it, so a stretch pushes what follows it to the right, as in a row.
    `uniform` items are all as wide as the widest and share their line evenly: a grid
    of buttons that becomes a single column when there is no room for two.
    """

    def __init__(
        self, parent: QWidget | None = None, *, spacing: int = 8, uniform: bool = False
    ) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._uniform = uniform
        # Qt asks the same questions many times between two changes (a page of these
        # took 100 ms of the window's time to answer them while a pause was saved):
        # the answers are kept until Qt says something inside changed (invalidate).
        self._heights: dict[int, int] = {}
        self._hint: QSize | None = None
        self._minimum: QSize | None = None
        self.setContentsMargins(0, 0, 0, 0)
        self.setSpacing(spacing)

    # --- what a QLayout must answer -----------------------------------------------------
    def addItem(self, item: QLayoutItem) -> None:
        self._items.append(item)

    def addStretch(self, stretch: int = 1) -> None:
        """Push what comes next on this line to its right end (as in a row; every
        stretch on a line takes an equal share, whatever `stretch` says)."""
        policy = QSizePolicy.Policy
        self.addItem(QSpacerItem(0, 0, policy.Expanding, policy.Minimum))
        self.invalidate()

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:
        if not 0 <= index < len(self._items):
            return None
        item = self._items.pop(index)
        self.invalidate()
        return item

    def expandingDirections(self) -> Qt.Orientation:
        return Qt.Orientation(0)

    def invalidate(self) -> None:
        self._heights.clear()
        self._hint = self._minimum = None
        super().invalidate()

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        height = self._heights.get(width)
        if height is None:
            height = self._heights[width] = self._arrange(QRect(0, 0, width, 0), move=False)
        return height

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        self._arrange(rect, move=True)

    def sizeHint(self) -> QSize:
        """Everything on one line, as a row would be."""
        if self._hint is None:
            shown = [item for item in self._items if _shown(item)]
            widest = self._widest()
            width = sum(self._wanted(item, widest) for item in shown)
            width += self.spacing() * max(0, len(shown) - 1)
            height = max((item.sizeHint().height() for item in shown), default=0)
            self._hint = QSize(width, height).grownBy(self.contentsMargins())
        return QSize(self._hint)

    def minimumSize(self) -> QSize:
        """As narrow as its widest item: everything else can move to another line."""
        if self._minimum is None:
            shown = [item for item in self._items if _shown(item)]
            width = max((item.minimumSize().width() for item in shown), default=0)
            height = max((item.sizeHint().height() for item in shown), default=0)
            self._minimum = QSize(width, height).grownBy(self.contentsMargins())
        return QSize(self._minimum)

    # --- placing ------------------------------------------------------------------------
    def _widest(self) -> int:
        """The widest width an item wants (what each `uniform` item takes)."""
        if not self._uniform:
            return 0
        return max((i.sizeHint().width() for i in self._items if _shown(i)), default=0)

    def _wanted(self, item: QLayoutItem, widest: int) -> int:
        return widest if self._uniform else item.sizeHint().width()

    def _grows(self, item: QLayoutItem) -> bool:
        return self._uniform or _grows_sideways(item)

    def _lines(self, width: int) -> list[list[tuple[QLayoutItem, int]]]:
        """Items with their widths, line by line, within `width`."""
        lines: list[list[tuple[QLayoutItem, int]]] = [[]]
        used = 0
        widest = self._widest()
        for item in self._items:
            if not _shown(item):
                continue
            wanted = max(item.minimumSize().width(), min(self._wanted(item, widest), width))
            line = lines[-1]
            needed = wanted if not line else used + self.spacing() + wanted
            if line and needed > width and item.spacerItem() is None:
                lines.append([])
                line, needed = lines[-1], wanted
            line.append((item, wanted))
            used = needed
        return [line for line in lines if line]

    def _arrange(self, rect: QRect, *, move: bool) -> int:
        """Lay the items out in `rect` (only measure, unless `move`); the height used."""
        inner = rect.marginsRemoved(self.contentsMargins())
        top = inner.y()
        for number, line in enumerate(self._lines(inner.width())):
            if number:
                top += self.spacing()
            height = max(item.sizeHint().height() for item, _ in line)
            if move:
                self._place_line(line, QRect(inner.x(), top, inner.width(), height))
            top += height
        margins = self.contentsMargins()
        return top - inner.y() + margins.top() + margins.bottom()

    def _place_line(self, line: list[tuple[QLayoutItem, int]], room: QRect) -> None:
        used = sum(width for _, width in line) + self.spacing() * (len(line) - 1)
        growing = [item for item, _ in line if self._grows(item)]
        spare = max(0, room.width() - used)
        share, left_over = divmod(spare, len(growing)) if growing else (0, 0)
        x = room.x()
        for item, width in line:
            if self._grows(item):
                width += share + (1 if left_over > 0 else 0)
                left_over -= 1
            width = min(width, room.right() + 1 - x)
            item.setGeometry(QRect(QPoint(x, room.y()), QSize(width, room.height())))
            x += width + self.spacing()


class VerticalScroll(QScrollArea):
    """`inner`, scrolling up and down when there is less height than it needs.

    It never scrolls sideways and is never narrower than `inner` can be, with room for
    its scroll bar, so its right edge is never cut off. `preferred` is the width it
    asks for beside a part that takes the rest; by default it asks for what `inner` does.
    """

    def __init__(
        self, inner: QWidget, *, preferred: int | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._preferred = preferred
        self.setWidget(inner)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # When what it holds needs another width, the page around it must hear.
        inner.installEventFilter(self)

    def _bar(self) -> int:
        return self.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent, None, self) + 4

    def minimumSizeHint(self) -> QSize:
        inner = self.widget()
        need = max(inner.minimumSizeHint().width(), inner.minimumWidth()) if inner else 0
        return QSize(need + self._bar() + 2 * self.frameWidth(), super().minimumSizeHint().height())

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        if self._preferred is not None:
            hint.setWidth(max(self._preferred, self.minimumSizeHint().width()))
        return hint

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.widget() and event.type() == QEvent.Type.LayoutRequest:
            self.updateGeometry()
        return super().eventFilter(watched, event)


def needed_height(widget: QWidget, width: int) -> int:
    """The least height at which `widget` shows everything it holds at `width`.

    Words wrap and rows of buttons flow at that width. In tabs or a stack, only the page
    on show counts: Qt's own minimum counts every page, and the tallest hidden one would
    make a short window scroll on every page.
    """
    if isinstance(widget, QTabWidget | QStackedWidget):
        page = widget.currentWidget()
        if page is None:
            return widget.minimumSizeHint().height()
        # The tab bar and any frame, as laid out now.
        top = page.mapTo(widget, QPoint(0, 0)).y()
        around = max(0, top) + max(0, widget.height() - top - page.height())
        return around + needed_height(page, max(0, width - (widget.width() - page.width())))
    layout = widget.layout()
    if isinstance(layout, QBoxLayout) and layout.direction() in _DOWN:
        return _needed_in_column(layout, width)
    if layout is not None:
        if layout.hasHeightForWidth():
            return layout.totalMinimumHeightForWidth(width)
        return layout.totalMinimumSize().height()
    least = widget.minimumSizeHint().expandedTo(widget.minimumSize()).height()
    return max(least, widget.heightForWidth(width)) if widget.hasHeightForWidth() else least


_DOWN = (QBoxLayout.Direction.TopToBottom, QBoxLayout.Direction.BottomToTop)


def _needed_in_column(layout: QBoxLayout, width: int) -> int:
    margins = layout.contentsMargins()
    inner = width - margins.left() - margins.right()
    total, spaced = 0, 0  # a box layout puts its spacing between items, not spacers
    for index in range(layout.count()):
        item = layout.itemAt(index)
        if item is None or not _shown(item):
            continue
        child = item.widget()
        if item.spacerItem() is not None:
            total += item.minimumSize().height()
            continue
        if child is not None:
            total += needed_height(child, inner)
        elif item.hasHeightForWidth():
            total += item.minimumHeightForWidth(inner)
        else:
            total += item.minimumSize().height()
        spaced += 1
    spacing = max(0, layout.spacing()) * max(0, spaced - 1)
    return total + spacing + margins.top() + margins.bottom()


class _Holder(QWidget):
    """`inner` at the holder's full size. Its height for a width is the least `inner`
    needs (see needed_height), not the height `inner` would like."""

    def __init__(self, inner: QWidget) -> None:
        super().__init__()
        self.inner = inner
        inner.setParent(self)
        inner.installEventFilter(self)
        policy = self.sizePolicy()
        policy.setHeightForWidth(True)  # a scroll area asks heightForWidth, then
        self.setSizePolicy(policy)

    def minimumSizeHint(self) -> QSize:
        return QSize(self.inner.minimumSizeHint().expandedTo(self.inner.minimumSize()).width(), 0)

    def sizeHint(self) -> QSize:
        return self.inner.sizeHint()

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return needed_height(self.inner, width)

    def resizeEvent(self, event: QResizeEvent) -> None:
        self.inner.setGeometry(self.rect())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.inner and event.type() == QEvent.Type.LayoutRequest:
            self.updateGeometry()
        return False


class WindowScroll(VerticalScroll):
    """A window's pages, scrolling only when the window is shorter than the page on show
    needs, so the window can be as short as its screen while what sits above and below
    the pages (the Lock button, the status line) stays in view."""

    def __init__(self, inner: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(_Holder(inner), parent=parent)
        # Tab goes to what the pages hold (and scrolls it into view), never to this.
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)

    def refit(self) -> None:
        """Another page is on show, or a page needs another height: look again."""
        QCoreApplication.postEvent(self, QEvent(QEvent.Type.LayoutRequest))


class WrappingCheckBox(QCheckBox):
    """A check box whose words wrap onto more lines instead of widening the page.

    Its text is its words, as for any check box; a label inside it shows them wrapped,
    and a click on them ticks the box, as on a check box's own text.
    """

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self.ensurePolished()  # the look's font for check boxes, for the words too
        self.words = QLabel(text, self)
        self.words.setWordWrap(True)
        self.words.setTextFormat(Qt.TextFormat.PlainText)
        self.words.setFont(self.font())
        self.words.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setAccessibleName(text)
        metric = QStyle.PixelMetric
        indent = self.style().pixelMetric(metric.PM_IndicatorWidth, None, self)
        indent += self.style().pixelMetric(metric.PM_CheckBoxLabelSpacing, None, self)
        row = QHBoxLayout(self)
        row.setContentsMargins(indent, 0, 0, 0)
        row.addWidget(self.words)
        policy = self.sizePolicy()
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)

    def sizeHint(self) -> QSize:
        layout = self.layout()
        return layout.totalSizeHint() if layout is not None else super().sizeHint()

    def minimumSizeHint(self) -> QSize:
        layout = self.layout()
        return layout.totalMinimumSize() if layout is not None else super().minimumSizeHint()

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        layout = self.layout()
        return layout.totalHeightForWidth(width) if layout is not None else -1

    def hitButton(self, pos: QPoint) -> bool:
        return self.rect().contains(pos)

    def paintEvent(self, event: QPaintEvent) -> None:
        """The box alone: the label beside it shows the words."""
        option = QStyleOptionButton()
        self.initStyleOption(option)
        option.text = ""
        QStylePainter(self).drawControl(QStyle.ControlElement.CE_CheckBox, option)


class StatusLine(QLabel):
    """Words at the bottom of a window: on a narrow window they wrap onto another line,
    and the line grows to show them, instead of making the window wider."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self._need = 0  # the height the words need at the present width

    def setText(self, text: str) -> None:
        super().setText(text)
        self._fit()

    def clear(self) -> None:
        super().clear()
        self._fit()

    def sizeHint(self) -> QSize:
        """One line, or as many as the words need at this width (never a guess)."""
        return QSize(super().sizeHint().width(), self._height())

    def minimumSizeHint(self) -> QSize:
        # Not setMinimumHeight: QLabel's heightForWidth never answers less than the
        # minimum height, so a line once made tall on a narrow window stayed tall.
        return QSize(super().minimumSizeHint().width(), self._height())

    def hasHeightForWidth(self) -> bool:
        # Otherwise the status bar asks for the height at a guessed width; see _fit.
        return False

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()

    def _height(self) -> int:
        margins = self.contentsMargins()
        return max(self.fontMetrics().height() + margins.top() + margins.bottom(), self._need)

    def _fit(self) -> None:
        """As tall as the words need at this width; the window lays out again if not."""
        need = max(0, self.heightForWidth(self.width())) if self.width() > 0 else 0
        if need != self._need:
            self._need = need
            self.updateGeometry()
