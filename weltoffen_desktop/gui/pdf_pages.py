"""PDF pages as images, rendered by Qt's own PDF module (no poppler at run time).

Plain functions without widgets: they may run on a worker thread.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSize

if TYPE_CHECKING:
    from PySide6.QtGui import QImage


def render_pages(pdf: bytes, width: int) -> list[QImage]:
    """Every page of ``pdf`` as an image ``width`` pixels wide (height by the page's shape)."""
    from PySide6.QtPdf import QPdfDocument

    buffer = QBuffer()
    buffer.setData(QByteArray(pdf))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document = QPdfDocument()
    document.load(buffer)
    if document.status() != QPdfDocument.Status.Ready:
        raise ValueError(f"the PDF could not be read ({document.error().name})")
    images = []
    for page in range(document.pageCount()):
        size = document.pagePointSize(page)
        height = round(width * size.height() / size.width())
        images.append(_on_paper(document.render(page, QSize(width, height))))
    document.close()
    return images


def _on_paper(page: QImage) -> QImage:
    """``page`` on white: QtPdf leaves unpainted areas transparent."""
    from PySide6.QtGui import QImage, QPainter

    paper = QImage(page.size(), QImage.Format.Format_RGB32)
    paper.fill(0xFFFFFFFF)
    painter = QPainter(paper)
    painter.drawImage(0, 0, page)
    painter.end()
    return paper
