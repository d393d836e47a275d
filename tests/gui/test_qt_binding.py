"""The Qt binding itself: a broken release must fail here, not crash a person's session."""

from __future__ import annotations

import sys

from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QColor, QImage, QPainter


def test_void_qt_calls_keep_none_alive() -> None:
    # PySide6 6.12.0 under Python 3.11 dropped a reference to None on each void call;
    # after enough paints the interpreter aborted ("deallocating None").
    image = QImage(64, 64, QImage.Format.Format_ARGB32)
    painter = QPainter(image)
    before = sys.getrefcount(None)
    for _ in range(200):
        painter.save()
        painter.setPen(QColor("#3d7a70"))
        painter.drawEllipse(QPointF(8, 8), 4, 4)
        painter.drawRoundedRect(QRectF(0, 0, 10, 10), 2, 2)
        painter.restore()
    after = sys.getrefcount(None)
    painter.end()
    assert after >= before - 5
