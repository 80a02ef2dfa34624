"""Commands: init, rubric list/show/validate/import."""

from __future__ import annotations

import copy
from pathlib import Path

import click

from archive.cli.base import _help_option, cli
from archive.errors import RubricError, UsageError
from archive.render import console, print_json, print_text, styled, table
from archive.workspace import init_workspace


# archive.rubric (YAML, the bundled tables) is imported by the commands that use it, not by every `taizhang` start
def bundled_rubric_ids(*args, **kwargs):  # type: ignore[no-untyped-def]
    from archive.rubric import bundled_rubric_ids

    return bundled_rubric_ids(*args, **kwargs)


def dump_rubric_yaml(*args, **kwargs):  # type: ignore[no-untyped-def]
    from archive.rubric import dump_rubric_yaml

    return dump_rubric_yaml(*args, **kwargs)


def load_rubric(*args, **kwargs):  # type: ignore[no-untyped-def]
    from archive.rubric import load_rubric

    return load_rubric(*args, **kwargs)


def load_rubric_file(*args, **kwargs):  # type: ignore[no-untyped-def]
    from archive.rubric import load_rubric_file

    return load_rubric_file(*args, **kwargs)


def rubric_to_data(*args, **kwargs):  # type: ignore[no-untyped-def]
    from archive.rubric import rubric_to_data

    return rubric_to_data(*args, **kwargs)


@cli.command("init")
@click.argument("directory", required=False, default=".", type=click.Path(path_type=Path, file_okay=False))
@click.option("--rubric", "rubric_ref", default="seed000", show_default=True, help="评分表：内置编号或 YAML 文件路径。")
@click.option("--org", required=True, help="单位名称，如“幸福里社区党支部”。")
@click.option("--year", type=click.IntRange(1990, 2100), required=True, help="考核年度，如 2025。")
@_help_option
def init_cmd(directory: Path, rubric_ref: str, org: str, year: int) -> None:
    """在目录中新建台帐档案（写入 taizhang.toml 和 .taizhang/）。"""
    org = org.strip()
    if not org:
        raise UsageError("单位名称（--org）不能为空。", remedy="例如：taizhang init --org 幸福里社区党支部 --year 2025")
    if Path(rubric_ref).is_file():  # the user's own file, as typed from here: remember it from the archive
        own = Path(rubric_ref).resolve()
        root = directory.resolve()
        rubric_ref = own.relative_to(root).as_posix() if own.is_relative_to(root) else str(own)
        rubric = load_rubric(rubric_ref, base=root)
    else:
        rubric = _load_ref(rubric_ref, "--rubric")
    responsible = {cat.name: "" for cat in rubric.categories}
    ws = init_workspace(directory, rubric=rubric_ref, org=org, year=year, responsible=responsible)
    print_text(f"已新建台帐档案：{ws.root}")
    print_text(f"单位：{org}　年度：{year}　评分表：{rubric.title}（{rubric_ref}）")
    click.echo("下一步：把档案材料放进该目录，然后运行 taizhang ingest。")


@cli.group("rubric")
@_help_option
def rubric_group() -> None:
    """评分表：查看、校验、从 Word/Excel 导入。"""


@rubric_group.command("list")
@click.option("--json", "as_json", is_flag=True, help="以 JSON 输出。")
@_help_option
def rubric_list(as_json: bool) -> None:
    """列出内置评分表。"""
    rubrics = [load_rubric(rid) for rid in bundled_rubric_ids()]
    if as_json:
        print_json([{"id": r.id, "title": r.title, "kind": r.kind, "total": r.total if r.kind == "points" else None,
                     "items": len(r.items()), "tiers": len(r.tiers)} for r in rubrics])
        return
    rows = [[r.id, r.title, "评星晋级" if r.kind == "tiers" else "百分制",
             f"{len(r.tiers)} 级" if r.kind == "tiers" else f"{len(r.items())} 项 / {r.total:g} 分"] for r in rubrics]
    console().print(table("内置评分表", ["编号", "名称", "类型", "规模"], rows))


def _requirement_summary(reqs) -> str:
    return "；".join(r.description for r in reqs)


def _load_ref(ref: str, option: str = ""):
    """A bundled id or an existing YAML file; anything else is the user's typing error (exit 2), not bad data."""
    if ref in bundled_rubric_ids() or Path(ref).is_file():
        return load_rubric(ref)
    where = f"（{option}）" if option else ""
    raise UsageError(f"找不到评分表「{ref}」{where}：既不是内置编号，也不是已有的文件。",
                     remedy=f"内置评分表有：{'、'.join(bundled_rubric_ids())}（taizhang rubric list 查看）；"
                            "也可以给出自己的 YAML 文件路径。")


@rubric_group.command("show")
@click.argument("ref")
@click.option("--json", "as_json", is_flag=True, help="以 JSON 输出。")
@_help_option
def rubric_show(ref: str, as_json: bool) -> None:
    """显示评分表（内置编号或 YAML 文件）的全部评分项。"""
    rubric = _load_ref(ref)
    if as_json:
        print_json(rubric_to_data(rubric))
        return
    out = console()
    if rubric.kind == "tiers":
        for tier in rubric.tiers:
            rows = [[c.id, c.text] for c in tier.criteria] + [[v.id, f"【一票否决】{v.text}"] for v in tier.vetoes]
            out.print(table(f"{rubric.title} · {tier.name}", ["序号", "标准"], rows))
        return
    rows = []
    for cat in rubric.categories:
        label = styled(f"【{cat.name}】", "bold") + ("" if cat.detailed else "（原文未细化）") + \
            ("（加分由考核组认定，不计入总分；未提供材料的不扣分）" if cat.bonus else "")
        rows.append(["", label, f"{cat.points:g}", "", ""])
        for it in cat.items:
            rows.append([it.id, it.heading, f"{it.points:g}", "、".join(it.method), _requirement_summary(it.requirements)])
    t = table(f"{rubric.title}（{rubric.id}）", ["序号", "内容", "标准分", "考核方式", "核查要求"], rows,
              **{"序号": {"no_wrap": True}, "内容": {"ratio": 3}, "考核方式": {"ratio": 1}, "核查要求": {"ratio": 2},
                 "标准分": {"justify": "right", "no_wrap": True}})
    out.print(t)
    print_text(f"共 {len(rubric.items())} 项，合计 {sum(it.points for it in rubric.items()):g} 分"
              f"（总分 {rubric.total:g} 分）。")


@rubric_group.command("validate")
@click.argument("file", type=click.Path(path_type=Path, dir_okay=False))
@_help_option
def rubric_validate(file: Path) -> None:
    """校验评分表 YAML 文件：字段、类型、分值合计。"""
    rubric = load_rubric_file(file)
    size = f"{len(rubric.tiers)} 个星级" if rubric.kind == "tiers" else f"{len(rubric.items())} 项，总分 {rubric.total:g} 分"
    print_text(f"评分表有效：{rubric.title}（{size}）。")


@rubric_group.command("import")
@click.argument("file", type=click.Path(path_type=Path, dir_okay=False, exists=True))
@click.option("-o", "--output", type=click.Path(path_type=Path, dir_okay=False), required=True,
              help="写出的评分表 YAML 文件。")
@click.option("--id", "rubric_id", help="评分表编号（默认取文件名；覆盖已有输出文件时沿用其编号）。")
@click.option("--title", help="评分表名称（默认取表格上方的标题）。")
@click.option("--force", is_flag=True, help="输出文件已存在时覆盖它（其中人工改过、原文未变的项保留）。")
@click.option("--discard-edits", is_flag=True, help="与 --force 同用：不保留输出文件中人工改过的项。")
@click.option("--json", "as_json", is_flag=True, help="以 JSON 输出导入结果。")
@_help_option
def rubric_import(file: Path, output: Path, rubric_id: str | None, title: str | None, force: bool,
                  discard_edits: bool, as_json: bool) -> None:
    """从 Word（.docx/.doc/.wps）或 Excel（.xlsx/.et）评分表导入为 YAML：逐项列出读懂的核查要求和扣分规则。"""
    from archive.fsutil import write_output_text
    from archive.rubric.importer import import_rubric, merge_corrections, understanding
    from archive.rubric.summary import merge_lines, summary_lines, understood

    previous = None
    if output.exists():
        try:
            previous = load_rubric_file(output)
        except RubricError:
            previous = None  # not a rubric we can read: nothing to keep
    rubric = import_rubric(file, rubric_id=rubric_id, title=title)
    if previous is not None and rubric_id is None:
        rubric.id = previous.id  # an archive keeps its filings and overrides under the id: a renamed table keeps it
    as_read = copy.deepcopy(rubric)  # what --discard-edits writes: merging changes `rubric` in place
    merge = merge_corrections(rubric, previous) if previous is not None and previous.kind == "points" else None
    if output.exists() and not force:
        if merge is not None and not as_json:
            for line in merge_lines(merge, str(output), written=False):
                print_text(line)
        raise UsageError(f"输出文件 {output} 已存在，未覆盖。",
                         remedy="加 --force 写入（人工改过、原表未变的项会保留；加 --discard-edits 则不保留），"
                                "或换一个 -o 文件名。")
    if merge is not None and discard_edits:
        rubric = as_read
        merge.kept = []
    write_output_text(output, dump_rubric_yaml(rubric))
    if as_json:
        items = understanding(rubric)
        print_json({"output": str(output), "id": rubric.id, "title": rubric.title, "total": rubric.total,
                    "categories": [{"name": c.name, "points": c.points, "items": len(c.items), "bonus": c.bonus}
                                   for c in rubric.categories],
                    "items": items, "unsure": [it["id"] for it in items if it["unsure"]],
                    "kept": merge.kept if merge else [], "changed": merge.changed if merge else []})
        return
    print_text(f"已导入 {len(rubric.categories)} 类、{len(rubric.items())} 项，合计 {rubric.total:g} 分 → {output}")
    for line in summary_lines(rubric, understood(rubric), merge, str(output), written=True):
        print_text(line)
    print_text("要求格式见 README“评分表的核查要求”；改正后用 taizhang rubric validate 检查。")
