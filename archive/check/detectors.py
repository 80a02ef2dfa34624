"""The detectors of `taizhang check`, by name; each is a plain function (CheckContext, [Doc]) -> [Report]."""

from __future__ import annotations

from archive.check.attendance import check_attendance
from archive.check.copies import check_copies
from archive.check.dates import check_dates
from archive.check.people import check_people
from archive.check.photos import check_photos

DETECTORS = {
    "attendance": check_attendance,
    "copies": check_copies,
    "photos": check_photos,
    "dates": check_dates,
    "people": check_people,
}

__all__ = ["DETECTORS"]
