"""The counsellor report as a PDF: services/report's HTML laid out by QTextDocument.

Rendered to bytes in memory, then written with write_atomically, so a failing disk
leaves any earlier file exactly as it was.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF, QRectF, QUrl
from PySide6.QtGui import (
    QColor,
    QFont,
    QGuiApplication,
    QImage,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QTextDocument,
)

from rekindle_desktop.errors import UserFacingError
from rekindle_desktop.services.report import Report, TrendPart, report_html
from rekindle_desktop.store.files import write_atomically
from rekindle_desktop.ui.i18n import translate
from rekindle_desktop.ui.insights_view import paint_trend

CHART_URL = "rekindle-trend.png"
CHART_SIZE = (640, 250)  # logical pixels; drawn at twice that for print
PRINT_FONT = "DejaVu Sans"


def ensure_gui() -> QGuiApplication:
    """The application Qt needs to lay out text. The command line gets an offscreen one:
    making a PDF never needs a window or a display."""
    existing = QGuiApplication.instance()
    if isinstance(existing, QGuiApplication):
        return existing
    return QGuiApplication(["rekindle", "-platform", "offscreen"])


def trend_image(trend: TrendPart) -> QImage:
    width, height = CHART_SIZE
    image = QImage(width * 2, height * 2, QImage.Format.Format_ARGB32_Premultiplied)
    image.setDevicePixelRatio(2.0)
    image.fill(QColor("white"))
    painter = QPainter(image)
    font = QFont(PRINT_FONT)
    font.setPixelSize(12)
    paint_trend(painter, QRectF(4, 4, width - 8, height - 8), trend.weeks, trend.pauses, font)
    painter.end()
    return image


def render_pdf(report: Report) -> bytes:
    """The report as PDF bytes (A4)."""
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
    document.setHtml(report_html(report, chart_src=chart))

    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setTitle(report.title)
    writer.setCreator("Rekindle")
    writer.setResolution(300)
    writer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Portrait,
            QMarginsF(0, 0, 0, 0),  # QTextDocument.print_ keeps its own 2 cm margins
            QPageLayout.Unit.Millimeter,
        )
    )
    document.print_(writer)
    del writer  # finishes the PDF into the buffer
    buffer.close()
    return bytes(data.data())


def save_report_pdf(report: Report, path: Path) -> None:
    """Render and write atomically; UserFacingError (old file untouched) if the disk fails."""
    pdf = render_pdf(report)
    try:
        write_atomically(path, pdf)
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
