"""The detectors of `taizhang check`, by name; each is a plain function (CheckContext, [Doc]) -> [Report]."""

from __future__ import annotations

from archive.check.attendance import check_attendance
from archive.check.copies import check_copies

DETECTORS = {
    "attendance": check_attendance,
    "copies": check_copies,
}

__all__ = ["DETECTORS"]
