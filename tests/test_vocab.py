"""The shared words (archive/vocab.py) agree with every place that acts on them."""

from __future__ import annotations

import ast
import typing
from pathlib import Path

from archive import vocab
from archive.assess.checks import CHECKS
from archive.rubric.model import RequirementType


def test_every_requirement_type_has_its_check_and_every_check_a_type():
    assert set(vocab.REQUIREMENT_TYPES) == set(CHECKS)
    assert typing.get_args(RequirementType) == vocab.REQUIREMENT_TYPES


def test_the_filters_offer_every_kind_ingest_assigns():
    from archive.pipelines.filters import known_kinds

    assert sorted(known_kinds()) == sorted(vocab.EVIDENCE_KINDS)


def test_every_meeting_type_the_classifier_names_is_a_meeting_type():
    from archive.extract.classify import _MEETING_PATTERNS

    assert {name for name, _ in _MEETING_PATTERNS} == set(vocab.MEETING_TYPES)


def test_every_status_and_date_source_has_its_label():
    assert tuple(vocab.STATUS_LABELS) == vocab.STATUS_ORDER
    assert tuple(vocab.DATE_SOURCE_LABELS) == vocab.DATE_SOURCES
    assert set(vocab.UNRELIABLE_DATE_SOURCES) <= set(vocab.DATE_SOURCES)


def test_the_vocabulary_imports_nothing_from_archive():
    tree = ast.parse(Path(vocab.__file__).read_text(encoding="utf-8"))
    imported = [n.module or "" for n in ast.walk(tree) if isinstance(n, ast.ImportFrom)]
    imported += [a.name for n in ast.walk(tree) if isinstance(n, ast.Import) for a in n.names]
    assert not [m for m in imported if m == "archive" or m.startswith("archive.")]
