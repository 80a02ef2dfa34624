"""The held-out year's labels are consistent with the files it writes (no accuracy asserts: see
benchmarks/heldout_quality.py)."""

from __future__ import annotations

import pytest
from heldout_year import build_heldout_year

from archive.vocab import EVIDENCE_KINDS, MEETING_TYPES

SEED000_ITEMS = {str(i) for i in range(1, 34)}


@pytest.mark.scale
def test_heldout_labels_consistent(tmp_path):
    labels = build_heldout_year(tmp_path / "y")
    paths = [f.path for f in labels.files]
    assert len(paths) == len(set(paths))
    assert 80 <= len(paths) <= 120
    written = {p.relative_to(tmp_path / "y").as_posix() for p in (tmp_path / "y").rglob("*") if p.is_file()}
    assert written == set(paths)
    for f in labels.files:
        assert f.kind in EVIDENCE_KINDS, f.path
        assert f.meeting_type is None or f.meeting_type in MEETING_TYPES, f.path
        assert (f.date is None) == (f.date_precision is None), f.path
        assert set(f.items) <= SEED000_ITEMS, f.path
        if f.meeting_type:
            assert f.kind in ("会议记录", "照片", "签到表"), f.path
    assert set(labels.expected_status) == SEED000_ITEMS
    assert {s for s, _ in labels.expected_status.values()} <= {"missing", "partial", "review", "covered"}
    assert sum(1 for f in labels.files if not f.items) >= 12
