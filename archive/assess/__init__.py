"""Assessment: every rubric item checked against the evidence.

`assess_archive(ws, as_of)` → `Assessment`; `Assessment.to_json()` is the `taizhang status --json` shape."""

from __future__ import annotations

from archive.assess.engine import Assessment, ItemResult, assess_archive, assess_pool, default_as_of
from archive.assess.overrides import clear_override, set_override
from archive.assess.status import item_status
from archive.vocab import STATUS_LABELS  # re-exported: the CLI and the page name it from here

__all__ = ["STATUS_LABELS", "Assessment", "ItemResult", "assess_archive", "assess_pool", "clear_override",
           "default_as_of", "item_status", "set_override"]
