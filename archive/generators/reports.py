"""write_report: status document (+ catalog, config) → context → template → a .docx written atomically. The
status is typed (assess/document.py) or its JSON dict, as `status --json` wrote it."""

from __future__ import annotations

from pathlib import Path

from archive.assess.document import StatusDocument
from archive.generators import catalog_report, gaps, rectification, self_assessment
from archive.generators.common import as_of, catalog_rows, common_context
from archive.generators.errors import OutputExists, ReportError
from archive.generators.settings import REPORT_KINDS, REPORT_TITLES, load_settings, report_kind
from archive.generators.templates import load_template, render, with_suffix, write_output


def _rubric(ws):
    try:
        return ws.rubric()
    except Exception:  # a report still renders from the status document alone; measures fall back to plain words
        return None


def _catalog(ws) -> dict:
    from archive.catalog import connect

    conn = connect(ws.catalog_path)
    try:
        return catalog_rows(conn)
    finally:
        conn.close()


def build_report(ws, kind: str, status: StatusDocument | dict, catalog: dict | None = None) -> bytes:
    """The .docx bytes of one report (nothing written); `kind` by its name or its Chinese title (自评表 …)."""
    kind = report_kind(kind) or kind
    if kind not in REPORT_KINDS:
        raise ReportError(f"没有名为「{kind}」的报告。", remedy="可用的报告：" + "、".join(
            f"{k}（{REPORT_TITLES[k]}）" for k in REPORT_KINDS) + "，或 all。")
    status = StatusDocument.of(status)
    settings = load_settings(ws)
    rubric = _rubric(ws)
    common = common_context(status, ws.config.org, ws.config.year, rubric.title if rubric else "")
    if kind == "self-assessment":
        context = self_assessment.build_context(status, common)
    elif kind == "catalog":
        context = catalog_report.build_context(status, common, catalog if catalog is not None else _catalog(ws))
    elif kind == "gaps":
        typical = {it.id: list(it.typical_evidence) for it in rubric.items()} if rubric else {}
        context = gaps.build_context(status, common, typical)
    else:
        context = rectification.build_context(status, common, rubric, ws.config.responsible,
                                              settings.default_responsible, settings.fixed_deadline(as_of(status)),
                                              rectification.board_people(ws))
    return render(load_template(kind, settings), {**common, **context}, settings.profile)


def write_report(ws, kind: str, output: Path, status: StatusDocument | dict, force: bool = False) -> Path:
    """Render report `kind` from the status document and write it to `output` (replaced only with force; .docx added
    when it has no suffix)."""
    output = with_suffix(Path(output), ".docx")
    kind = report_kind(kind) or kind
    if output.exists() and not force:
        raise OutputExists(f"输出文件 {output} 已存在。")
    return write_output(output, build_report(ws, kind, status), force)


def report_file_name(kind: str) -> str:
    return f"{REPORT_TITLES[kind]}.docx"


def write_all_reports(ws, folder: Path, status: StatusDocument | dict, force: bool = False) -> list[Path]:
    """The four reports into `folder` as 自评表.docx, 台帐目录.docx, 缺失材料清单.docx, 整改方案.docx."""
    folder = Path(folder)
    if folder.exists() and not folder.is_dir():
        raise OutputExists(f"{folder} 不是文件夹。", remedy="report all 的 -o 应是一个文件夹。")
    targets = [(kind, folder / report_file_name(kind)) for kind in REPORT_KINDS]
    existing = [p.name for _, p in targets if p.exists()]
    if existing and not force:
        raise OutputExists(f"{folder} 中已有：{'、'.join(existing)}。")
    status = StatusDocument.of(status)
    catalog = _catalog(ws)
    built = [(path, build_report(ws, kind, status, catalog)) for kind, path in targets]
    return [write_output(path, data, True) for path, data in built]
