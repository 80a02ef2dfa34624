"""The detectors of `taizhang check`, by name; each is a plain function (CheckContext, [Doc]) -> [Report]."""

from __future__ import annotations

from archive.check.attendance import check_attendance

DETECTORS = {
    "attendance": check_attendance,
}

__all__ = ["DETECTORS"]
