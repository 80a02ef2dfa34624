"""First-page previews of PDFs for the item page, rendered with pypdfium2 (already used for OCR)."""

from __future__ import annotations

import io
from pathlib import Path

from archive.fsutil import atomic_write_bytes


def render_pdf_first_page(source: Path, target: Path, max_side: int) -> bool:
    """Render page 1 of `source` as a PNG at most `max_side` pixels on its long side; False when it cannot."""
    import pypdfium2

    try:
        pdf = pypdfium2.PdfDocument(str(source))
    except Exception:  # noqa: BLE001 - a broken or encrypted PDF simply has no preview
        return False
    try:
        if len(pdf) == 0:
            return False
        page = pdf[0]
        width, height = page.get_size()
        scale = max_side / max(width, height, 1)
        image = page.render(scale=scale).to_pil()
        buffer = io.BytesIO()
        image.save(buffer, "PNG", optimize=True)
        atomic_write_bytes(target, buffer.getvalue())
        return True
    except Exception:  # noqa: BLE001
        return False
    finally:
        pdf.close()
