"""One check per requirement kind; each is a plain function (Context, Requirement, candidates) -> Finding."""

from __future__ import annotations

from archive.assess.checks.count import check_count
from archive.assess.checks.docs import check_doc, check_photo
from archive.assess.checks.duration import check_duration
from archive.assess.checks.judgement import check_judgement
from archive.assess.checks.ledger import check_ledger
from archive.assess.checks.rate import check_rate
from archive.assess.checks.roster import check_roster
from archive.assess.checks.window import check_window

CHECKS = {
    "count": check_count, "doc": check_doc, "photo": check_photo, "window": check_window, "rate": check_rate,
    "ledger": check_ledger, "roster": check_roster, "duration": check_duration, "judgement": check_judgement,
}

__all__ = ["CHECKS"]
