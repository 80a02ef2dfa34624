"""The seeds' printed tables (tests/seed_tables.py) imported with `import_rubric`, compared with the bundled rubrics.

a. Structure: each printed table imports with the bundled ids, texts, points, categories, scoring and methods where
   the table prints them (seed000's closing 备注 row and seed002's table without a points column are not read yet:
   xfail with ImportFailed, see STRUCTURE_GAPS).
b. Inference on the rubric alone (seed000): every item's requirements and deductions equal the bundled ones.
c. Assessment (seed000): the bundled and the imported rubric assess the same catalog pool of three archives (the
   demo sample_evidence/, the labelled year, the held-out year) alike, item by item; and the whole CLI path
   (rubric import → init --rubric → ingest → file --accept → status) on the sample.

One difference is accepted, and only it: the bundled rubric asks for photos of the places its items 19, 20 and 30
name (服务中心, 制度上墙, 宣传栏/意见箱), marked `onsite: true`; the import, like the careful reader of the labelled
tables (tests/rubric_tables), leaves the places themselves to the inspectors (a judgement that names them). Such a
photo never changes an item's status or deduction, so b and c exclude exactly those findings, and the estimated
score of those three items (a proportional estimate shares the item's points among its requirements, and the
number of requirements differs). Everything else must agree. They import seed000's table without its 备注 row
(a) checks the row). seed001–003's requirement agreement is measured by benchmarks/seed_table_agreement.py; a floor under it is tested.
"""

from __future__ import annotations

import copy
import json
import shutil
import sqlite3
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner
from seed_tables import (
    FORMATS,
    SEEDS,
    assess_json,
    assessment_differences,
    build_archive,
    build_seed_table,
    printed_rubric,
    rubric_agreement,
    rubric_differences,
    structure_differences,
)

from archive import cli as cli_module
from archive.errors import ImportFailed
from archive.rubric.importer import IMPORTED_REQUIREMENT, import_rubric
from archive.rubric.loader import load_rubric
from archive.rubric.model import Requirement

SAMPLE = Path(__file__).resolve().parent.parent / "sample_evidence"
# Items whose places the bundled rubric asks photos of (onsite) and the import leaves to the inspectors.
ONSITE_PHOTO_ITEMS = ("19", "20", "30")


def _accepted(line: str) -> bool:
    return any(line.startswith((f"第{i}项：缺少要求 photo{{kind=照片, onsite=True}}", f"第{i}项：导入评分表缺少发现 photo",
                                f"第{i}项：估算得分")) for i in ONSITE_PHOTO_ITEMS)

# Printed tables the importer cannot read today (exactly which row, and why).
STRUCTURE_GAPS: dict[str, str] = {}


def invoke(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(cli_module.main_for_tests, list(args), catch_exceptions=False)
    return result.exit_code, result.stdout, result.stderr


def _structure_params():
    for seed in SEEDS:
        for fmt in FORMATS:
            marks = [pytest.mark.xfail(reason=STRUCTURE_GAPS[seed], raises=ImportFailed, strict=False)] \
                if seed in STRUCTURE_GAPS else []
            yield pytest.param(seed, fmt, marks=marks, id=f"{seed}-{fmt}")


# ---------------------------------------------------------------- a. structure


@pytest.mark.parametrize("seed,fmt", list(_structure_params()))
def test_printed_table_imports_with_the_bundled_structure(tmp_path, seed, fmt):
    imported = import_rubric(build_seed_table(seed, tmp_path, fmt))
    diffs = structure_differences(printed_rubric(seed), imported)
    assert not diffs, "\n".join(diffs)


@pytest.mark.parametrize("fmt", FORMATS)
def test_seed000_without_its_remark_row_imports_with_the_bundled_structure(tmp_path, fmt):
    imported = import_rubric(build_seed_table("seed000", tmp_path, fmt, remark=False))
    diffs = structure_differences(printed_rubric("seed000"), imported)
    assert not diffs, "\n".join(diffs)
    assert imported.id == "seed000" and imported.total == 100 and imported.year is None
    assert [c.points for c in imported.categories] == [20] * 5


# ---------------------------------------------------------------- b. inference on the rubric


@pytest.fixture(scope="module")
def imported_seed000(tmp_path_factory):
    folder = tmp_path_factory.mktemp("seed000-table")
    return import_rubric(build_seed_table("seed000", folder, "docx", remark=False))


@pytest.mark.parametrize("fmt", FORMATS)
def test_seed000_inferred_requirements_equal_the_bundled(tmp_path, fmt):
    imported = import_rubric(build_seed_table("seed000", tmp_path, fmt, remark=False))
    diffs = rubric_differences(load_rubric("seed000"), imported)
    assert [d for d in diffs if not _accepted(d)] == [], f"{len(diffs)} 处不同：\n" + "\n".join(diffs)
    assert len(diffs) == len(ONSITE_PHOTO_ITEMS)  # exactly the three onsite photos


# The requirements of seeds 001–003 that the import reads as their bundled rubrics ask (benchmarks/
# seed_table_agreement.py's figures when this floor was set): a floor that only rises, so that a wording rule taking
# one away from a bundled rubric fails here and not only in the benchmark.
SEED_REQUIREMENT_FLOORS = {"seed001": 28, "seed002": 11, "seed003": 37}


@pytest.mark.parametrize("seed", sorted(SEED_REQUIREMENT_FLOORS))
def test_the_other_seeds_requirements_read_do_not_fall(tmp_path, seed):
    printed = {it.id for it in printed_rubric(seed).items()}
    imported = import_rubric(build_seed_table(seed, tmp_path, "docx"))
    agreement = [a for a in rubric_agreement(load_rubric(seed), imported) if a.item_id in printed]
    assert sum(a.requirements_matched for a in agreement) >= SEED_REQUIREMENT_FLOORS[seed]


def test_rubric_differences_of_a_rubric_with_itself_is_empty():
    for seed in SEEDS:
        assert rubric_differences(load_rubric(seed), load_rubric(seed)) == []


def test_rubric_differences_name_the_item_and_the_field():
    changed = copy.deepcopy(load_rubric("seed000"))
    changed.item("18").requirements[1].min = 3
    changed.item("14").requirements.append(Requirement(id="r9", type="judgement", description="多出的判断"))
    del changed.item("5").requirements[0]
    assert rubric_differences(load_rubric("seed000"), changed) == [
        "第5项：缺少要求 roster{kind=花名册, conditions=[age<40×1；education>=大专×1]}"
        "（班子成员中至少有1名40岁以下同志、至少1名同志具备大专以上学历）",
        "第14项：多出要求 judgement{}（多出的判断）",
        "第18项：要求 count{meeting_type=联席会议, per=year, min=4}（每年开展联席会议活动不少于4次） "
        "与导入的 count{meeting_type=联席会议, per=year, min=3}（每年开展联席会议活动不少于4次） 不同：min 4≠3",
    ]


def _finding(rtype, met, detail, description="", missing=(), evidence=(), score_note=""):
    return {"requirement": "r1", "type": rtype, "met": met, "detail": detail + (f"（{score_note}）" if score_note else ""),
            "description": description, "missing": list(missing), "evidence": list(evidence),
            "score_note": score_note}


def test_assessment_differences_ignore_wording_and_catch_figures():
    def status(findings, status="partial", score=2.0):
        return {"items": [{"id": "11", "status": status, "score": score, "findings": findings}]}

    bundled = status([
        _finding("doc", False, "没有找到在职党员双向联系、双向反馈制度。", "有在职党员双向联系、双向反馈制度",
                 ["有在职党员双向联系、双向反馈制度"], score_note="按未达部分占本项2条要求之一的比例估算扣1.5分"),
        _finding("rate", False, "满意率为88.4%，要求超过90%", "群众满意率超过90%", ["群众和党员满意率88.4%"], ["a.docx"]),
        _finding("count", True, "2025年有联席会议记录4次（3月20日、5月8日、7月18日、11月25日）", "每年不少于4次",
                 evidence=["b.docx"]),
    ])
    reworded = status([
        _finding("count", True, "2025年有联席会议记录4次（3月20日、5月8日、7月18日、11月25日）", "联席会议每年至少4次",
                 evidence=["b.docx"]),
        _finding("doc", False, "没有找到双向反馈制度。", "有双向反馈制度", ["有双向反馈制度"],
                 score_note="按未达部分占本项3条要求之一的比例估算扣1分"),
        _finding("rate", False, "满意率为88.4%，要求超过90%", "满意率超过90%", ["满意率88.4%"], ["a.docx"]),
    ])
    assert assessment_differences(bundled, reworded) == []
    fewer = status([dict(bundled["items"][0]["findings"][2], detail="2025年有联席会议记录3次", met=False,
                         missing=["少1次"])], score=1.5)
    diffs = assessment_differences(bundled, fewer)
    assert diffs[0] == "第11项：估算得分 2 → 1.5"
    assert diffs[1].startswith("第11项：发现不同（met True→False；缺项 []→['少1次']；数字 ['2025', '4', '3', '20', '5', '8', "
                               "'7', '18', '11', '25']→['2025', '3']）")
    assert len(diffs) == 4 and all("导入评分表缺少发现" in d for d in diffs[2:])


def test_assessment_differences_pair_findings_by_their_evidence():
    item = {"id": "16", "status": "covered", "score": 3.0}
    bundled = {"items": [dict(item, findings=[
        _finding("doc", True, "有协议1件：《共建协议》。", evidence=["协议.docx"]),
        _finding("doc", True, "有制度2件：《共建制度》、《联席会议制度》。", evidence=["制度.docx", "联席.docx"])])]}
    imported = {"items": [dict(item, findings=[
        _finding("doc", True, "有协议2件：《共建协议》、《责任书》。", evidence=["协议.docx", "责任书.docx"]),
        _finding("doc", True, "有制度2件：《共建制度》、《联席会议制度》。", evidence=["制度.docx", "联席.docx"])])]}
    diffs = assessment_differences(bundled, imported)
    assert len(diffs) == 1 and diffs[0].startswith("第16项：发现不同（数字 ['1']→['2']）：doc〔达标〕有协议1件")
    assert "⇢ doc〔达标〕有协议2件" in diffs[0]


# ---------------------------------------------------------------- c. assessment on three archives


@pytest.fixture(scope="module")
def sample_frame(tmp_path_factory):
    return build_archive("sample", tmp_path_factory.mktemp("sample"))


@pytest.fixture(scope="module")
def labelled_frame(tmp_path_factory):
    return build_archive("labelled", tmp_path_factory.mktemp("labelled"))


@pytest.fixture(scope="module")
def heldout_frame(tmp_path_factory):
    return build_archive("heldout", tmp_path_factory.mktemp("heldout"))


def _with_methods_of(imported, source):
    """The imported rubric with each item's 考核方式 taken from `source`: seed000's printed table has no such column,
    and an item with no evidence scores 0 or its judgement's worth by how it is assessed (查看档案材料 or 谈话了解),
    which is printed data, not inferred."""
    import copy

    out = copy.deepcopy(imported)
    for item in out.items():
        twin = source.item(item.id)
        if twin is not None:
            item.method = list(twin.method)
    return out


def _compare(frame, imported) -> list[str]:
    bundled = assess_json(load_rubric("seed000"), frame)
    mine = assess_json(_with_methods_of(imported, load_rubric("seed000")), frame)
    diffs = [d for d in assessment_differences(bundled, mine) if not _accepted(d)]
    agree = sum(1 for a, b in zip(bundled["items"], mine["items"], strict=False) if a["status"] == b["status"])
    head = (f"{frame.name}：状态一致 {agree}/{len(bundled['items'])}，估算总分 内置 {bundled['total']['score']} "
            f"导入 {mine['total']['score']}")
    return [head, *diffs] if diffs else []


@pytest.mark.slow
def test_seed000_assessment_agrees_on_the_sample(sample_frame, imported_seed000):
    diffs = _compare(sample_frame, imported_seed000)
    assert not diffs, "\n".join(diffs)


@pytest.mark.slow
def test_seed000_assessment_agrees_on_the_labelled_year(labelled_frame, imported_seed000):
    diffs = _compare(labelled_frame, imported_seed000)
    assert not diffs, "\n".join(diffs)


@pytest.mark.slow
def test_seed000_assessment_agrees_on_the_heldout_year(heldout_frame, imported_seed000):
    diffs = _compare(heldout_frame, imported_seed000)
    assert not diffs, "\n".join(diffs)


@pytest.mark.slow
def test_bundled_against_itself_agrees_on_the_sample(sample_frame):
    """assessment_differences finds nothing between two runs of the same rubric (the comparison is sound)."""
    rubric = load_rubric("seed000")
    assert assessment_differences(assess_json(rubric, sample_frame), assess_json(rubric, sample_frame)) == []


# ---------------------------------------------------------------- the CLI, end to end


@pytest.mark.slow
def test_cli_import_init_ingest_accept_status(tmp_path):
    table = build_seed_table("seed000", tmp_path / "表", "docx", remark=False)
    own = tmp_path / "我的评分表.yaml"
    code, _, err = invoke("rubric", "import", str(table), "-o", str(own))
    assert code == 0, err
    data = yaml.safe_load(own.read_text(encoding="utf-8"))
    placeholders = [it["id"] for cat in data["categories"] for it in cat.get("items", [])
                    if [r.get("description") for r in it.get("requirements", [])] == [IMPORTED_REQUIREMENT]]
    root = tmp_path / "幸福里"
    shutil.copytree(SAMPLE, root)
    assert invoke("init", str(root), "--rubric", str(own), "--org", "幸福里社区党支部", "--year", "2025")[0] == 0
    code, _, err = invoke("--archive", str(root), "ingest", "--no-ocr")
    assert code in (0, 3), err
    code, _, err = invoke("--archive", str(root), "file", "--accept")
    assert code in (0, 3), err
    code, out, err = invoke("--archive", str(root), "status", "--as-of", "2025-12-31", "--json")
    assert code == 0, err
    status = json.loads(out)
    texts = {it["id"]: it["text"] for it in status["items"]}
    conn = sqlite3.connect(root / ".taizhang" / "catalog.sqlite")
    filed = conn.execute("SELECT e.path, f.item_id FROM filings f JOIN evidence e ON e.id = f.evidence_id "
                         "WHERE e.meeting_type = '支部委员会' AND f.source = 'suggestion'").fetchall()
    conn.close()
    meeting_items = [(path, item) for path, item in filed
                     if any(w in texts.get(item, "") for w in ("支委会", "支部委员会", "三会一课"))]
    only_placeholder = [it["id"] for it in status["items"]
                        if [f["description"] for f in it["findings"]] == [IMPORTED_REQUIREMENT]]
    problems = []
    if not meeting_items:
        problems.append(f"没有支委会记录经建议归入写有支委会/三会一课的评分项（经建议归档的支委会记录：{filed}）")
    if placeholders:
        problems.append(f"导入的评分表中只有占位要求的项：{placeholders}")
    if only_placeholder:
        problems.append(f"status 中只有占位要求的项：{only_placeholder}")
    assert not problems, "\n".join(problems)
