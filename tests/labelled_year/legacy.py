"""Legacy Word (.doc) files, converted from generated .docx by LibreOffice with a private profile."""

from __future__ import annotations

import shutil
import subprocess
import tempfile
from pathlib import Path

from .model import Year

SOFFICE_TIMEOUT_S = 180


def soffice() -> str | None:
    return shutil.which("soffice") or shutil.which("libreoffice")


def convert(y: Year, pending_labels: dict) -> list[str]:
    """Convert every queued .docx to .doc in one LibreOffice run; label the results. Returns the .doc paths made."""
    exe = soffice()
    if not exe or not y.docx_for_doc:
        return []
    made = []
    with tempfile.TemporaryDirectory(prefix="labelled-year-lo-") as tmp:
        tmpdir = Path(tmp)
        profile = tmpdir / "profile"
        staged = []
        for i, (src, dst) in enumerate(y.docx_for_doc):
            src_path = Path(src) if Path(src).is_absolute() else y.dest / src
            stage = tmpdir / f"in{i}.docx"
            shutil.copyfile(src_path, stage)
            staged.append((stage, dst))
        out = tmpdir / "out"
        out.mkdir()
        subprocess.run([exe, f"-env:UserInstallation=file://{profile}", "--headless", "--norestore",
                        "--convert-to", "doc", "--outdir", str(out), *[str(s) for s, _ in staged]],
                       check=True, capture_output=True, timeout=SOFFICE_TIMEOUT_S)
        for stage, dst in staged:
            result = out / (stage.stem + ".doc")
            if not result.exists():
                continue
            shutil.copyfile(result, y.path(dst))
            made.append(dst)
    by_twin = {dst: src for src, dst in y.docx_for_doc}
    labels = y.by_path() if hasattr(y, "by_path") else {lab.path: lab for lab in y.labels}
    for dst in made:
        src = by_twin[dst]
        if src in labels:  # a twin of a labelled .docx: same kind, meeting, date, items
            twin = labels[src]
            y.add(dst, twin.kind, twin.date, twin.items, meeting_type=twin.meeting_type, needs_libreoffice=True,
                  note=f"{src} 的 .doc 孪生文件")
        else:
            doc = pending_labels[dst]
            y.add(dst, doc.kind, doc.date, doc.items, needs_libreoffice=True, note=doc.note)
    return made
