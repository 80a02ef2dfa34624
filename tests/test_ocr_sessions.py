"""extract/ocr.py builds RapidOCR with our onnxruntime session options (bounded threads, no spinning) by swapping
RapidOCR 1.4's private `OrtInferSession._init_sess_opts` while it builds. Another RapidOCR layout falls back to the
library's own options silently, so this fails unless the swap is the path taken, and unless it is undone."""

from __future__ import annotations

import pytest

from archive.extract import ocr

SPINNING = "session.intra_op.allow_spinning"


def _sessions(engine) -> list:  # type: ignore[no-untyped-def]
    """The onnxruntime session of each stage (detection, classification, recognition)."""
    found = []
    for part in (engine.text_det, engine.text_cls, engine.text_rec):
        holders = [part, *vars(part).values()]
        found += [h.session for h in holders if hasattr(h, "session") and hasattr(h.session, "get_session_options")]
    return found


@pytest.mark.slow
def test_rapidocr_sessions_are_built_with_our_options(monkeypatch):
    from rapidocr_onnxruntime.utils import infer_engine

    original = infer_engine.OrtInferSession.__dict__["_init_sess_opts"]
    asked: list[int] = []
    ours = ocr._session_options
    monkeypatch.setattr(ocr, "_session_options", lambda threads: asked.append(threads) or ours(threads))
    engine = ocr._build_engine(2)
    assert asked == [2], "RapidOCR was built with its own session options (the fallback path)"
    sessions = _sessions(engine)
    assert len(sessions) == 3
    for session in sessions:
        options = session.get_session_options()
        assert options.intra_op_num_threads == 2 and options.inter_op_num_threads == ocr.INTER_OP_THREADS
        assert options.get_session_config_entry(SPINNING) == "0"
    assert infer_engine.OrtInferSession.__dict__["_init_sess_opts"] is original  # the swap is undone
