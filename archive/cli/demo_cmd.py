"""Command: demo."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from archive.cli.base import _help_option, _progress_bar, cli
from archive.render import console, table


@cli.command("demo")
@click.option("--into", "into", type=click.Path(path_type=Path, file_okay=False), default=Path("taizhang-demo"),
              show_default=True, help="演示档案放在哪个目录（示例材料复制到这里，原件不动）。")
@click.option("--source", type=click.Path(path_type=Path, file_okay=False, exists=True),
              help="示例档案目录（默认：sample_evidence/）。")
@click.option("--no-ocr", is_flag=True, help="跳过文字识别，演示更快。")
@_help_option
def demo_cmd(into: Path, source: Path | None, no_ocr: bool) -> None:
    """演示：把示例档案复制到新目录，读取登记、检索、自动归档、评估，生成四份报告和电子台帐。"""
    from collections import Counter

    from archive.pipelines.demo import DEMO_QUERIES, find_sample_evidence, prepare_demo
    from archive.pipelines.ingest import ingest
    from archive.pipelines.search import SearchFilters, search_archive

    ws = prepare_demo(source or find_sample_evidence(), into)
    click.echo(f"演示档案：{ws.root}（{ws.config.org}，{ws.config.year} 年度，评分表 {ws.config.rubric}）")
    with _progress_bar(sys.stderr.isatty()) as progress:
        report = ingest(ws, ocr=not no_ocr, progress=progress)
    summary = report.to_json()
    from archive.catalog import connect, iter_evidence

    conn = connect(ws.catalog_path)
    try:
        catalog = list(iter_evidence(conn))
    finally:
        conn.close()
    kinds = Counter(ev.kind or "无法读取" for ev in catalog)
    copies = sum(1 for ev in catalog if ev.duplicate_of)
    unreadable = len(summary["unreadable"])
    click.echo(f"读取完成：新增 {summary['added']}，更新 {summary['updated']}，未变 {summary['unchanged']}；"
               f"档案中重复副本 {copies} 份，无法读取 {unreadable} 份"
               + ("（示例中故意放了坏文件，原因见 taizhang list --errors）。" if unreadable else "。"))
    console().print(table("材料类型", ["类型", "件数"], [[k, n] for k, n in kinds.most_common()]))
    rows = []
    for q in DEMO_QUERIES:
        hits = search_archive(ws, q, SearchFilters(limit=1))
        rows.append([q, hits[0].title if hits else "（无结果）", hits[0].path if hits else ""])
    console().print(table("检索示例（第一条结果）", ["查询", "标题", "文件"], rows))
    from archive.assess import STATUS_LABELS
    from archive.pipelines.demo import finish_demo

    with _progress_bar(sys.stderr.isatty()) as progress:
        outputs = finish_demo(ws, progress=progress)
    if outputs.accepted is None:
        click.echo("（归档模块未安装，跳过自动归档）")
    else:
        click.echo(f"自动归档：按建议归档 {outputs.accepted} 条（可用 taizhang review 复核）。")
    st = outputs.status
    counts = "，".join(f"{STATUS_LABELS[k]} {n} 项" for k, n in st.get("counts", {}).items())
    total = st.get("total") or {}
    from archive.generators.common import fmt_points

    rng = total.get("score_range") or {}
    spread = (f"，需考核组判断的内容按零分至满分计为 {fmt_points(rng['min'])}～{fmt_points(rng['max'])} 分"
              if rng and rng.get("min") != rng.get("max") else "")
    click.echo(f"评估：{counts}；自评得分 {fmt_points(total.get('score'))} 分（满分 {fmt_points(total.get('points'))} 分"
               f"{spread}）。")
    click.echo(f"报告和电子台帐已写到：{outputs.folder}")
    for p in [*outputs.reports, outputs.binder.path]:
        click.echo(f"  {p.name}")
    click.echo(f"接下来可以试试：taizhang --archive {ws.root} status，或 taizhang --archive {ws.root} search 联席会议")

