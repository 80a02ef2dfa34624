"""The demo: copy sample_evidence/ into a fresh archive folder, ready to ingest and search."""

from __future__ import annotations

import shutil
from dataclasses import dataclass, field
from pathlib import Path

import archive
from archive.errors import UsageError
from archive.workspace import CONFIG_NAME, STATE_DIR_NAME, Workspace, init_workspace, open_workspace

DEMO_ORG = "幸福里社区党支部"
DEMO_YEAR = 2025
DEMO_RUBRIC = "seed000"
DEMO_QUERIES = ("党费", "联席会议", "签到表", "王秀兰 党费", "第二季度 党员大会", "主题党日")
SAMPLE_DIR_NAME = "sample_evidence"


def find_sample_evidence() -> Path:
    """sample_evidence/ in the current folder, else beside the installed package (a source checkout)."""
    for candidate in (Path.cwd() / SAMPLE_DIR_NAME, Path(archive.__file__).resolve().parent.parent / SAMPLE_DIR_NAME):
        if candidate.is_dir():
            return candidate
    raise UsageError("找不到示例档案 sample_evidence/。", remedy="请在 taizhang 源代码目录中运行，或用 --source 指定示例档案目录。")


def prepare_demo(source: Path, dest: Path) -> Workspace:
    """Copy the sample files into `dest` (originals stay untouched) and make it an archive if it is not one yet."""
    source, dest = source.resolve(), dest.resolve()
    if dest == source or source in dest.parents:
        raise UsageError("演示目录不能放在示例档案目录之内。", remedy="请用 --into 指定别的目录。")
    shutil.copytree(source, dest, dirs_exist_ok=True, ignore=shutil.ignore_patterns(STATE_DIR_NAME, CONFIG_NAME, "README.md"))
    if (dest / CONFIG_NAME).is_file():
        return open_workspace(dest)
    return init_workspace(dest, rubric=DEMO_RUBRIC, org=DEMO_ORG, year=DEMO_YEAR)


DEMO_OUTPUT_DIR = "输出"  # one of the default output_dirs: ingest never reads it back
DEMO_BINDER_NAME = "电子台帐.pdf"


@dataclass
class DemoOutputs:
    folder: Path
    accepted: int | None  # suggestions filed; None when the filing stage is not installed
    status: dict
    reports: list[Path] = field(default_factory=list)
    binder: object = None  # archive.generators.binder.BinderResult


def finish_demo(ws: Workspace, progress=None) -> DemoOutputs:
    """After ingest: accept the filing suggestions, assess, and write the four reports and the binder."""
    from archive.assess import assess_archive
    from archive.generators import write_all_reports, write_binder
    from archive.handle import Archive

    accepted = None
    try:
        from archive.filing import accept_suggestions
    except ImportError:  # pragma: no cover - filing stage absent
        accept_suggestions = None
    if accept_suggestions is not None:
        with Archive(ws).writing("demo") as conn:
            accepted = len(accept_suggestions(ws, conn).accepted)
    status = assess_archive(ws).to_json()
    folder = ws.root / DEMO_OUTPUT_DIR
    reports = write_all_reports(ws, folder, status, force=True)
    binder = write_binder(ws, folder / DEMO_BINDER_NAME, status, force=True, progress=progress)
    return DemoOutputs(folder=folder, accepted=accepted, status=status, reports=reports, binder=binder)
