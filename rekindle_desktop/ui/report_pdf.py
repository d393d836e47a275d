"""The counsellor report as a PDF: services/report_html's HTML laid out by QTextDocument.

Laid out in A4 pages here (not by QTextDocument.print_), so that a heading never ends
a page and tests can check the very layout that is printed. Rendered to bytes in memory,
then written atomically (services/report.save_pdf), so a failing disk leaves any
earlier file exactly as it was. `words`: the reader's language, as the report was built
with (the window's WINDOW_WORDS; the command line's plain English).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF, QPointF, QRectF, QSizeF, QUrl
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QColor,
    QFont,
    QGuiApplication,
    QImage,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPalette,
    QPdfWriter,
    QTextBlock,
    QTextCursor,
    QTextDocument,
    QTextFormat,
)

from rekindle_desktop.domain.words import ENGLISH, Words
from rekindle_desktop.errors import UserFacingError
from rekindle_desktop.services.report import Report, TrendPart, save_pdf
from rekindle_desktop.services.report_html import report_html
from rekindle_desktop.ui.charts import paint_trend
from rekindle_desktop.ui.i18n import translate
from rekindle_desktop.ui.style import LIGHT

CHART_URL = "rekindle-trend.png"
CHART_SIZE = (640, 250)  # logical pixels; drawn at twice that for print
PRINT_FONT = "DejaVu Sans"
MARGIN_CM = 2.0  # around every page


def ensure_gui() -> QGuiApplication:
    """The application Qt needs to lay out text. The command line gets an offscreen one:
    making a PDF never needs a window or a display."""
    existing = QGuiApplication.instance()
    if isinstance(existing, QGuiApplication):
        return existing
    return QGuiApplication(["rekindle", "-platform", "offscreen"])


def trend_image(trend: TrendPart) -> QImage:
    """The trend as Insights draws it, on white paper: in the light palette whatever the
    window's scheme, so a report made in dark mode prints the same."""
    width, height = CHART_SIZE
    image = QImage(width * 2, height * 2, QImage.Format.Format_ARGB32_Premultiplied)
    image.setDevicePixelRatio(2.0)
    image.fill(QColor("white"))
    painter = QPainter(image)
    font = QFont(PRINT_FONT)
    font.setPixelSize(12)
    chart = QRectF(4, 4, width - 8, height - 8)
    paint_trend(painter, chart, trend.weeks, trend.pauses, font, LIGHT)
    painter.end()
    return image


def report_document(report: Report, words: Words = ENGLISH) -> QTextDocument:
    """The report's HTML in a document, with its trend chart; not yet laid out in pages."""
    document = QTextDocument()
    font = QFont(PRINT_FONT)
    font.setPointSizeF(10)
    document.setDefaultFont(font)
    chart = None
    if report.trend is not None and report.trend.weeks:
        document.addResource(
            QTextDocument.ResourceType.ImageResource, QUrl(CHART_URL), trend_image(report.trend)
        )
        chart = CHART_URL
    document.setHtml(report_html(report, chart_src=chart, words=words))
    return document


def pdf_writer(buffer: QBuffer, title: str) -> QPdfWriter:
    """An A4 PDF at 300 dots an inch, into `buffer`; the margins are the document's own."""
    writer = QPdfWriter(buffer)
    writer.setTitle(title)
    writer.setCreator("Rekindle")
    writer.setResolution(300)
    writer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Portrait,
            QMarginsF(0, 0, 0, 0),
            QPageLayout.Unit.Millimeter,
        )
    )
    return writer


def paginate(document: QTextDocument, device: QPagedPaintDevice) -> None:
    """Lay the document out in the device's pages, with 2 cm margins (as
    QTextDocument.print_ would), and keep every heading on the page of what follows it."""
    document.documentLayout().setPaintDevice(device)
    frame = document.rootFrame().frameFormat()
    frame.setMargin(MARGIN_CM / 2.54 * _layout_dpi())  # Qt scales it to the device
    document.rootFrame().setFrameFormat(frame)
    document.setPageSize(QSizeF(device.width(), device.height()))
    keep_headings_with_next(document)


def _layout_dpi() -> float:
    """The dots an inch the document's own lengths are in (Qt's default: the screen's)."""
    screen = QGuiApplication.primaryScreen()
    return screen.logicalDotsPerInchY() if screen is not None else 96.0


def keep_headings_with_next(document: QTextDocument) -> None:
    """Qt's rich text has no 'page-break-after: avoid': a heading whose next block starts
    on a later page begins that page instead, in document order."""
    block = document.begin()
    while (orphan := _next_orphan(block)) is not None:
        _begin_page_at(_first_of_headings(orphan))
        # Qt's incremental relayout after a format change can leave later blocks unlaid
        # (and unpainted); lay out the whole document again before looking further.
        document.markContentsDirty(0, document.characterCount())
        block = orphan.next()  # always onwards, so this ends


def _next_orphan(block: QTextBlock) -> QTextBlock | None:
    """The first heading from `block` on that is the last thing on its page."""
    while block.isValid():
        following = block.next()
        if _is_heading(block) and following.isValid() and page_of(following) > page_of(block):
            return block
        block = following
    return None


def page_of(block: QTextBlock) -> int:
    """The page (from 0) on which a block's first line is laid out."""
    document = block.document()
    top = document.documentLayout().blockBoundingRect(block).top()
    return int(top // document.pageSize().height())


def _is_heading(block: QTextBlock) -> bool:
    return block.blockFormat().headingLevel() > 0


def _first_of_headings(block: QTextBlock) -> QTextBlock:
    """The first of the headings right before `block` on its page (a section's heading
    and its first day's), so that they move together."""
    previous = block.previous()
    while previous.isValid() and _is_heading(previous) and page_of(previous) == page_of(block):
        block, previous = previous, previous.previous()
    return block


def _begin_page_at(block: QTextBlock) -> None:
    form = block.blockFormat()
    form.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
    QTextCursor(block).setBlockFormat(form)


def print_pages(document: QTextDocument, writer: QPdfWriter) -> None:
    """Paint a paginated document page by page, with the page number under each."""
    page = document.pageSize()
    painter = QPainter(writer)
    for index in range(document.pageCount()):
        if index:
            writer.newPage()
        view = QRectF(0, index * page.height(), page.width(), page.height())
        painter.save()
        painter.translate(0, -view.top())
        painter.setClipRect(view)
        context = QAbstractTextDocumentLayout.PaintContext()
        context.clip = view
        context.palette.setColor(QPalette.ColorRole.Text, QColor("black"))
        document.documentLayout().draw(painter, context)
        painter.restore()
        _page_number(painter, document, index + 1)
    painter.end()


def _page_number(painter: QPainter, document: QTextDocument, number: int) -> None:
    """Bottom right, just under the text, where QTextDocument.print_ puts it."""
    page = document.pageSize()
    device = painter.device()
    margin = MARGIN_CM / 2.54 * device.logicalDpiY()
    painter.setFont(document.defaultFont())
    metrics = painter.fontMetrics()
    text = str(number)
    x = page.width() - margin - metrics.horizontalAdvance(text)
    y = page.height() - margin + metrics.ascent() + 5 * device.logicalDpiY() / 72
    painter.drawText(QPointF(x, y), text)


def laid_out(report: Report, device: QPagedPaintDevice, words: Words = ENGLISH) -> QTextDocument:
    """The report in pages, exactly as render_pdf prints it on `device`. Let the document go
    before the device: its layout keeps a pointer to it."""
    document = report_document(report, words)
    paginate(document, device)
    return document


def render_pdf(report: Report, words: Words = ENGLISH) -> bytes:
    """The report as PDF bytes (A4)."""
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = pdf_writer(buffer, report.title)
    document = laid_out(report, writer, words)
    print_pages(document, writer)
    del document  # before the writer it is laid out on
    del writer  # finishes the PDF into the buffer
    buffer.close()
    return bytes(data.data())


def save_report_pdf(report: Report, path: Path, words: Words = ENGLISH) -> None:
    """Render and write atomically; UserFacingError (old file untouched) if the disk fails."""
    pdf = render_pdf(report, words)
    try:
        save_pdf(pdf, path)
    except OSError as exc:
        reason = exc.strerror or str(exc)
        raise UserFacingError(
            translate("ReportPdf", "The report could not be saved to {file}: {reason}.").format(
                file=path.name, reason=reason
            ),
            translate(
                "ReportPdf",
                "Nothing was changed, and any earlier file there is as it was. "
                "Choose another folder, or free some space and try again.",
            ),
        ) from exc
