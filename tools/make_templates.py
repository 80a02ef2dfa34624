"""Write the default report templates to doc_templates/ (for users) and archive/generators/templates/ (packaged).

Run from the repository root after changing archive/generators/defaults.py:  python tools/make_templates.py
Both copies come from the same builder, so they never drift apart; tests check that they match it."""

from __future__ import annotations

import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from archive.fsutil import atomic_write_bytes  # noqa: E402
from archive.generators.defaults import build_default_template  # noqa: E402
from archive.generators.settings import REPORT_KINDS  # noqa: E402
from archive.generators.templates import template_file_name  # noqa: E402

TARGETS = (REPO / "doc_templates", REPO / "archive" / "generators" / "templates")


def main() -> int:
    for kind in REPORT_KINDS:
        data = build_default_template(kind)
        for folder in TARGETS:
            atomic_write_bytes(folder / template_file_name(kind), data)
            print(folder.relative_to(REPO) / template_file_name(kind))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
