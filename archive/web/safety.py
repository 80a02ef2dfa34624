"""Which originals the page may serve: only files inside the archive, never through `..`, never via a symlink out."""

from __future__ import annotations

from pathlib import Path, PurePosixPath

from archive.workspace import STATE_DIR_NAME


def resolve_original(root: Path, rel: str) -> Path | None:
    """The file `rel` (archive-relative, '/' separated) inside `root`, or None when it would leave the archive,
    reach into `.taizhang/`, or is not a regular file."""
    if not rel or "\x00" in rel or "\\" in rel:
        return None
    parts = PurePosixPath(rel).parts
    if not parts or PurePosixPath(rel).is_absolute() or any(p in ("..", ".", "") for p in parts):
        return None
    if parts[0] == STATE_DIR_NAME:
        return None
    root = root.resolve()
    candidate = (root / Path(*parts)).resolve()
    if not candidate.is_relative_to(root) or not candidate.is_file():
        return None
    if candidate.relative_to(root).parts[0] == STATE_DIR_NAME:
        return None
    return candidate
