"""Every exception class lives in archive/errors.py, derives from TaizhangError and carries an exit code and a
Chinese remedy; the names the stages raised before still import the same classes."""

from __future__ import annotations

import ast
import builtins
import importlib
import inspect
import pickle
import re
import sqlite3
from pathlib import Path

import pytest

from archive import errors

ARCHIVE = Path(__file__).resolve().parent.parent / "archive"
CJK = re.compile(r"[\u4e00-\u9fff]")
EXIT_CODES = {errors.EXIT_ERROR, errors.EXIT_USAGE, errors.EXIT_INPUTS_REJECTED, errors.EXIT_NO_ARCHIVE,
              errors.EXIT_INVALID_DATA, errors.EXIT_BUSY, errors.EXIT_CANNOT_WRITE}
# The two bases: the message of a usage error says what to write instead, and TaizhangError is raised as is only with
# a remedy of its own, so neither has a generic one.
BASES_WITHOUT_REMEDY = {errors.TaizhangError, errors.UsageError}

ERROR_CLASSES = sorted({obj for obj in vars(errors).values()
                        if inspect.isclass(obj) and issubclass(obj, BaseException)}, key=lambda c: c.__name__)
EXCEPTION_NAMES = {name for name, obj in vars(builtins).items()
                   if inspect.isclass(obj) and issubclass(obj, BaseException)} | {c.__name__ for c in ERROR_CLASSES}


def test_no_exception_class_is_defined_outside_errors_py():
    outside = []
    for path in sorted(ARCHIVE.rglob("*.py")):
        if path == ARCHIVE / "errors.py":
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ClassDef):
                bases = {b.id if isinstance(b, ast.Name) else b.attr if isinstance(b, ast.Attribute) else ""
                         for b in node.bases}
                if bases & EXCEPTION_NAMES or node.name.endswith(("Error", "Exception")):
                    outside.append(f"{path.relative_to(ARCHIVE.parent)}:{node.lineno} {node.name}")
    assert not outside, "define these in archive/errors.py (re-export the old name):\n" + "\n".join(outside)


@pytest.mark.parametrize("cls", ERROR_CLASSES, ids=lambda c: c.__name__)
def test_every_error_has_an_exit_code_and_a_chinese_remedy(cls):
    assert issubclass(cls, errors.TaizhangError)
    assert cls.exit_code in EXIT_CODES
    if cls not in BASES_WITHOUT_REMEDY:
        assert CJK.search(cls.default_remedy), f"{cls.__name__} has no Chinese default remedy"


def test_one_class_for_each_situation():
    from archive.assess import overrides
    from archive.filing import paths, transfer

    assert overrides.UnknownItem is paths.UnknownItem is transfer.UnknownItem is errors.UnknownItem
    assert errors.IndexBusy is errors.ArchiveBusy  # the index's lock, the writer lock and the catalog: one "busy"


def test_the_old_names_import_the_same_classes():
    backup = importlib.import_module("archive.maintenance.backup")  # the package exports a function of that name
    from archive import locking
    from archive.assess import overrides
    from archive.extract import base, ocr, word97
    from archive.filing import paths, transfer
    from archive.generators import errors as gen_errors
    from archive.indexer import engine, index
    from archive.pipelines import filters, scan, search, show

    assert locking.ArchiveBusy is errors.ArchiveBusy
    assert base.ExtractionFailed is errors.ExtractionFailed
    assert ocr.OcrError is errors.OcrError and word97.Word97Error is errors.Word97Error
    assert engine.Unsupported is errors.FastSearchUnsupported
    assert index.IndexUnavailable is errors.IndexUnavailable and index.IndexState is errors.IndexState
    assert (index.IndexMissing, index.IndexStale, index.IndexBroken) == (
        errors.IndexMissing, errors.IndexStale, errors.IndexBroken)
    assert overrides.BadOverride is errors.BadOverride and paths.UnknownEvidence is errors.UnknownEvidence
    assert transfer.TransferError is errors.TransferError and backup.BackupInvalid is errors.BackupInvalid
    assert (gen_errors.OutputExists, gen_errors.TemplateError, gen_errors.ReportError) == (
        errors.OutputExists, errors.TemplateError, errors.ReportError)
    assert filters.UnknownFilterValue is errors.UnknownFilterValue and search.EmptyQuery is errors.EmptyQuery
    assert show.NotInCatalog is errors.NotInCatalog and scan.StateDirTarget is errors.StateDirTarget


def test_the_three_busy_situations_say_which():
    from archive.maintenance.errors import CatalogBusy, is_locked_error

    catalog = CatalogBusy("database is locked")
    index = errors.ArchiveBusy.index()
    writer = errors.ArchiveBusy("档案正被另一个 taizhang 进程写入")
    assert all(isinstance(e, errors.ArchiveBusy) and e.exit_code == errors.EXIT_BUSY for e in (catalog, index, writer))
    assert "目录数据库" in catalog.message and "目录数据库" in catalog.remedy
    assert "检索索引" in index.message and "索引" in index.remedy
    assert "wait_seconds" in writer.remedy
    assert is_locked_error(sqlite3.OperationalError("database is locked"))
    assert not is_locked_error(sqlite3.OperationalError("no such table: x"))


def test_extraction_failed_keeps_reason_and_detail_across_processes():
    exc = errors.ExtractionFailed("损坏", "truncated zip")
    assert exc.message == "损坏（truncated zip）" and exc.exit_code == errors.EXIT_INPUTS_REJECTED
    back = pickle.loads(pickle.dumps(exc))
    assert (back.reason, back.detail, back.message) == ("损坏", "truncated zip", "损坏（truncated zip）")


def test_the_transfer_remedy_names_every_column():
    from archive.filing.transfer import COLUMNS

    assert errors.TransferError.default_remedy.endswith(", ".join(COLUMNS))
