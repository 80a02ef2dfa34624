"""Filing: manual file/unfile, folder conventions, suggestions, accept, review, export/import."""

from __future__ import annotations

import csv
import json
import shutil
import sqlite3
from pathlib import Path

import pytest

from archive.catalog import connect
from archive.handle import Archive
from archive.workspace import open_workspace

MINUTES = """东湖社区党委{name}会议记录
会议时间：2025年{month}月8日
地点：社区党员活动室
主持人：周海燕  记录人：孙立新
应到人数：7人  实到人数：7人
议题：{topic}
"""

FILES = {
    "资料/jx1.txt": MINUTES.format(name="党建工作联席会议", month=3, topic="驻区单位共同研究老旧小区改造。"),
    "资料/zwh.txt": MINUTES.format(name="支部委员会", month=4, topic="研究二季度工作安排。"),
    "资料/phone.txt": "社区工作人员联系电话\n周海燕 13800000001\n孙立新 13800000002\n陆晓峰 13800000003\n",
    "资料/党费.csv": "东湖社区党委2025年党费收缴台帐\n姓名,1月,2月,3月,4月,5月,6月\n周海燕,30,30,30,30,30,30\n"
                  "孙立新,20,20,20,20,20,20\n",
    "08 党员资料台帐/名单.txt": "党员名单\n周海燕 女 1975年\n孙立新 男 1980年\n",
}


@pytest.fixture(scope="module")
def template(tmp_path_factory, ) -> Path:
    from click.testing import CliRunner

    from archive import cli as cli_module

    root = tmp_path_factory.mktemp("filing") / "archive"
    runner = CliRunner()
    assert runner.invoke(cli_module.main_for_tests, ["init", str(root), "--org", "东湖社区党委", "--year", "2025"]
                         ).exit_code == 0
    for rel, text in FILES.items():
        (root / rel).parent.mkdir(parents=True, exist_ok=True)
        (root / rel).write_text(text, encoding="utf-8")
    (root / "备份").mkdir()
    shutil.copy(root / "资料/jx1.txt", root / "备份/jx1副本.txt")
    result = runner.invoke(cli_module.main_for_tests, ["--archive", str(root), "ingest", "--no-ocr", "--json"])
    assert result.exit_code == 0, result.output
    return root


@pytest.fixture
def arc(template, tmp_path) -> Path:
    root = tmp_path / "archive"
    shutil.copytree(template, root)
    return root


def _filings(root: Path) -> set[tuple[str, str, str]]:
    conn = sqlite3.connect(root / ".taizhang" / "catalog.sqlite")
    try:
        return {tuple(r) for r in conn.execute(
            "SELECT e.path, f.item_id, f.source FROM filings f JOIN evidence e ON e.id = f.evidence_id")}
    finally:
        conn.close()


def _exclusions(root: Path) -> set[tuple[str, str]]:
    conn = sqlite3.connect(root / ".taizhang" / "catalog.sqlite")
    try:
        return {tuple(r) for r in conn.execute(
            "SELECT e.path, x.item_id FROM exclusions x JOIN evidence e ON e.id = x.evidence_id")}
    finally:
        conn.close()


def _suggest(cli_run, root: Path, *args: str) -> dict[str, list[dict]]:
    code, out, err = cli_run("--archive", str(root), "suggest", "--json", *args)
    assert code == 0, err
    data = json.loads(out)
    return {e["path"]: e["suggestions"] for e in data}


# ------------------------------------------------------------------------------------------------ suggest


def test_suggest_json_shape_and_reasons(cli_run, arc):
    code, out, _ = cli_run("--archive", str(arc), "suggest", "--json")
    assert code == 0
    data = json.loads(out)
    assert isinstance(data, list) and all(set(e) == {"path", "suggestions", "held"} for e in data)
    for e in data:
        assert all(set(s) == {"item", "score", "why", "held"} for s in e["suggestions"])
        scores = [s["score"] for s in e["suggestions"]]
        assert scores == sorted(scores, reverse=True) or e["suggestions"][0]["why"].startswith("文件夹")
        assert all(0 <= s <= 1 for s in scores)
    by_path = {e["path"]: e["suggestions"] for e in data}
    # a byte copy is never suggested on its own
    assert "备份/jx1副本.txt" not in by_path
    jx = by_path["资料/jx1.txt"]
    assert jx[0]["item"] == "18" and jx[0]["score"] >= 0.8
    assert jx[0]["why"].startswith("会议类型：联席会议 → 第18项")
    assert by_path["资料/zwh.txt"][0]["item"] == "8"
    # "none of these": a phone list gets nothing above the threshold
    assert all(s["score"] < 0.6 for s in by_path["资料/phone.txt"])


def test_suggest_paths_top_and_unfiled(cli_run, arc):
    got = _suggest(cli_run, arc, "资料/jx1.txt", "--top", "1")
    assert list(got) == ["资料/jx1.txt"] and len(got["资料/jx1.txt"]) == 1
    # relative to the current folder
    code, out, _ = cli_run("suggest", "--json", "jx1.txt", cwd=arc / "资料")
    assert code == 0 and [e["path"] for e in json.loads(out)] == ["资料/jx1.txt"]
    unfiled = _suggest(cli_run, arc, "--unfiled")
    assert "08 党员资料台帐/名单.txt" not in unfiled  # filed by its folder
    assert "资料/jx1.txt" in unfiled


def test_folder_convention_filed_and_ranked_first(cli_run, arc):
    got = _suggest(cli_run, arc, "08 党员资料台帐/名单.txt")
    first = got["08 党员资料台帐/名单.txt"][0]
    assert first == {"item": "8", "score": 1.0, "why": "文件夹：08 党员资料台帐", "held": None}
    assert ("08 党员资料台帐/名单.txt", "8", "folder") in _filings(arc)
    # unfiled by hand: remembered, the folder does not file it again
    code, _, _ = cli_run("--archive", str(arc), "unfile", "08 党员资料台帐/名单.txt", "--item", "8")
    assert code == 0
    _suggest(cli_run, arc)
    assert not any(f[0] == "08 党员资料台帐/名单.txt" and f[1] == "8" for f in _filings(arc))
    assert ("08 党员资料台帐/名单.txt", "8") in _exclusions(arc)
    assert all(s["item"] != "8" for s in _suggest(cli_run, arc)["08 党员资料台帐/名单.txt"])


def test_folder_filing_follows_the_file(cli_run, arc):
    (arc / "第18项").mkdir()
    shutil.move(arc / "资料/zwh.txt", arc / "第18项/zwh.txt")
    assert cli_run("--archive", str(arc), "ingest", "--no-ocr", "--json")[0] == 0
    assert ("第18项/zwh.txt", "18", "folder") in _filings(arc)  # ingest applies the folder conventions
    code, out, _ = cli_run("--archive", str(arc), "search", "--item", "18", "--json")
    assert code == 0 and [h["path"] for h in json.loads(out)] == ["第18项/zwh.txt"]  # and the index knows
    shutil.move(arc / "第18项/zwh.txt", arc / "资料/zwh.txt")
    assert cli_run("--archive", str(arc), "ingest", "--no-ocr", "--json")[0] == 0
    _suggest(cli_run, arc)
    assert not any(f[1] == "18" and f[2] == "folder" for f in _filings(arc))


def test_an_archivists_own_numbered_categories_are_not_item_numbers(cli_run, arc):
    # "01班子建设 … 05党费": the clerk's own numbering, whose names do not fit seed000's items 1..5
    for folder in ("01班子建设", "02三会一课", "03党员管理", "04共驻共建", "05党费"):
        (arc / folder).mkdir()
        (arc / folder / "说明.txt").write_text(f"{folder[2:]}资料\n", encoding="utf-8")
    assert cli_run("--archive", str(arc), "ingest", "--no-ocr", "--json")[0] == 0
    _suggest(cli_run, arc)
    assert not [f for f in _filings(arc) if f[2] == "folder" and f[0][:2] in ("01", "02", "03", "04", "05")]
    # a folder whose name fits its number's item stays that item's
    from archive.filing.folders import folder_agrees
    from archive.filing.targets import rubric_targets
    from archive.rubric.loader import load_rubric

    targets = {t.id: t for t in rubric_targets(load_rubric("seed000"))}
    assert folder_agrees("08 党员资料台帐", targets["8"]) and folder_agrees("第8项", targets["8"])
    assert not folder_agrees("01班子建设", targets["1"])


def test_category_folder_files_to_the_best_item_of_the_category(cli_run, arc):
    (arc / "领导班子好").mkdir()
    (arc / "领导班子好/名单.txt").write_text("社区党组织班子成员名单\n周海燕 书记 1975年 大专\n孙立新 委员 1990年 本科\n",
                                          encoding="utf-8")
    assert cli_run("--archive", str(arc), "ingest", "--no-ocr", "--json")[0] == 0
    got = _suggest(cli_run, arc, "领导班子好/名单.txt")["领导班子好/名单.txt"]
    assert got[0] == {"item": "5", "score": 1.0, "why": "文件夹：领导班子好", "held": None}


@pytest.mark.parametrize(("name", "item"), [
    ("08 党员资料台帐", "8"), ("第8项", "8"), ("8-三会一课", "8"), ("8三会一课", "8"), ("第八项", "8"),
    ("18、联席会议", "18"), ("2025年党建资料", None), ("12月", None), ("3季度", None), ("三会一课", None),
    ("第一季度", None), ("99 其他", None), ("2.5 资料", None), ("8", "8"),
])
def test_folder_item_id(name, item):
    from archive.filing.folders import folder_item_id

    assert folder_item_id(name, {str(i) for i in range(1, 34)}) == item


# ------------------------------------------------------------------------------------------------ manual


def test_file_and_unfile_by_hand(cli_run, arc):
    code, out, _ = cli_run("--archive", str(arc), "file", "资料/phone.txt", "--item", "30", "--item", "6")
    assert code == 0 and "资料/phone.txt → 第30项" in out
    assert {("资料/phone.txt", "30", "manual"), ("资料/phone.txt", "6", "manual")} <= _filings(arc)
    # the archivist's decision is shown first and never touched by --accept
    assert _suggest(cli_run, arc, "资料/phone.txt")["资料/phone.txt"][0]["why"] == "已人工归档"
    code, out, _ = cli_run("--archive", str(arc), "file", "--accept", "--min-score", "0", "--json")
    assert code == 0 and "资料/phone.txt" not in {f["path"] for f in json.loads(out)["filings"]}
    assert {f for f in _filings(arc) if f[0] == "资料/phone.txt"} == {
        ("资料/phone.txt", "30", "manual"), ("资料/phone.txt", "6", "manual")}
    code, out, _ = cli_run("--archive", str(arc), "unfile", "资料/phone.txt", "--item", "6")
    assert code == 0 and "已从第6项取消归档" in out
    assert ("资料/phone.txt", "6") in _exclusions(arc)
    assert not any(f[:2] == ("资料/phone.txt", "6") for f in _filings(arc))
    # filing by hand again lifts the exclusion
    assert cli_run("--archive", str(arc), "file", "资料/phone.txt", "--item", "6")[0] == 0
    assert ("资料/phone.txt", "6") not in _exclusions(arc)


def test_filing_a_copy_files_its_original(cli_run, arc):
    code, out, _ = cli_run("--archive", str(arc), "file", "备份/jx1副本.txt", "--item", "18")
    assert code == 0 and "副本随原件归档" in out
    assert ("资料/jx1.txt", "18", "manual") in _filings(arc)
    assert not any(f[0] == "备份/jx1副本.txt" for f in _filings(arc))


def test_bad_item_and_bad_path(cli_run, arc):
    code, _, err = cli_run("--archive", str(arc), "file", "资料/jx1.txt", "--item", "99")
    assert code == 2
    assert "评分表中没有序号为「99」的项目" in err and "1、2、3" in err and "33" in err
    code, _, err = cli_run("--archive", str(arc), "file", "资料/不存在.txt", "--item", "8")
    assert code == 2 and "目录中没有这些文件：资料/不存在.txt" in err
    code, _, err = cli_run("--archive", str(arc), "unfile", "资料/jx1.txt", "--item", "第40项")
    assert code == 2 and "40" in err
    assert cli_run("--archive", str(arc), "file", "资料/jx1.txt")[0] == 2
    assert _filings(arc) == {("08 党员资料台帐/名单.txt", "8", "folder")} or not _filings(arc)


def test_file_a_folder_files_everything_under_it(cli_run, arc):
    assert cli_run("--archive", str(arc), "file", "资料", "--item", "27")[0] == 0
    filed = {f[0] for f in _filings(arc) if f[1] == "27"}
    assert filed == {"资料/jx1.txt", "资料/zwh.txt", "资料/phone.txt", "资料/党费.csv"}


# ------------------------------------------------------------------------------------------------ accept


def test_accept_dry_run_then_for_real(cli_run, arc):
    before = _filings(arc)
    code, out, _ = cli_run("--archive", str(arc), "file", "--accept", "--dry-run", "--json")
    assert code == 0
    report = json.loads(out)
    assert set(report) == {"min_score", "dry_run", "filed", "per_item", "skipped_decided", "held", "filings"}
    assert report["dry_run"] is True and report["min_score"] == 0.6
    planned = {(f["path"], f["item"]) for f in report["filings"]}
    assert ("资料/jx1.txt", "18") in planned and ("资料/zwh.txt", "8") in planned
    assert not any(p == "资料/phone.txt" for p, _ in planned)
    assert _filings(arc) == before | {("08 党员资料台帐/名单.txt", "8", "folder")}
    code, out, _ = cli_run("--archive", str(arc), "file", "--accept")
    assert code == 0 and "第18项" in out and "第8项" in out
    after = _filings(arc)
    assert {(p, i, "suggestion") for p, i in planned} <= after
    conn = sqlite3.connect(arc / ".taizhang" / "catalog.sqlite")
    score = conn.execute("SELECT score FROM filings f JOIN evidence e ON e.id = f.evidence_id "
                         "WHERE e.path = '资料/jx1.txt' AND f.item_id = '18'").fetchone()[0]
    conn.close()
    assert 0.6 <= score <= 1
    # again: nothing new
    code, out, _ = cli_run("--archive", str(arc), "file", "--accept", "--json")
    assert json.loads(out)["filed"] == 0


def test_accept_threshold_from_config(cli_run, arc):
    toml = arc / "taizhang.toml"
    toml.write_text(toml.read_text(encoding="utf-8") + "\n[filing]\nmin_score = 0.99\n", encoding="utf-8")
    code, out, _ = cli_run("--archive", str(arc), "file", "--accept", "--dry-run", "--json")
    assert code == 0 and json.loads(out)["filed"] == 0 and json.loads(out)["min_score"] == 0.99
    toml.write_text(toml.read_text(encoding="utf-8").replace("0.99", "1.5"), encoding="utf-8")
    code, _, err = cli_run("--archive", str(arc), "suggest")
    assert code == 5 and "min_score" in err


def test_accept_crash_loses_at_most_the_filing_in_flight(arc, monkeypatch):
    from archive.catalog import filings as store
    from archive.filing import accept_suggestions

    real = store.put_filing
    calls = []

    def flaky(conn, *args, **kwargs):
        calls.append(args)
        if len([c for c in calls if c[3] == "suggestion"]) == 2:
            real(conn, *args, **kwargs)
            raise RuntimeError("power cut")
        return real(conn, *args, **kwargs)

    monkeypatch.setattr(store, "put_filing", flaky)
    ws = open_workspace(arc)
    with pytest.raises(RuntimeError), Archive(ws).writing("file --accept") as conn:
        accept_suggestions(ws, conn)
    suggested = [f for f in _filings(arc) if f[2] == "suggestion"]
    assert len(suggested) == 1  # the first one is kept, the one in flight rolled back


# ------------------------------------------------------------------------------------------------ review


def test_review_worst_first(cli_run, arc):
    assert cli_run("--archive", str(arc), "file", "资料/党费.csv", "--item", "19")[0] == 0  # 19 wants a photo
    code, out, _ = cli_run("--archive", str(arc), "review", "--json")
    assert code == 0
    entries = json.loads(out)
    assert all(set(e) == {"type", "label", "path", "item", "score", "detail", "words"} for e in entries)
    order = ["unfiled", "low_score", "kind_mismatch", "item_unserved"]
    types = [e["type"] for e in entries]
    assert types == sorted(types, key=order.index)
    unfiled = {e["path"] for e in entries if e["type"] == "unfiled"}
    assert unfiled == {"资料/jx1.txt", "资料/zwh.txt", "资料/phone.txt"}
    jx = next(e for e in entries if e["path"] == "资料/jx1.txt")
    assert "建议：第18项" in jx["detail"]
    assert [(e["path"], e["item"]) for e in entries if e["type"] == "kind_mismatch"] == [("资料/党费.csv", "19")]
    unserved = {e["item"] for e in entries if e["type"] == "item_unserved"}
    assert "8" not in unserved and "19" not in unserved and "33" in unserved
    # a filing by a low-score suggestion is flagged (here restored from an export)
    rows = arc.parent / "low.csv"
    rows.write_text("path,sha256,item,source,score,who,at,note\n资料/phone.txt,,30,suggestion,0.41,,,\n", encoding="utf-8")
    assert cli_run("--archive", str(arc), "filings", "import", str(rows))[0] == 0
    entries = json.loads(cli_run("--archive", str(arc), "review", "--json")[1])
    low = [e for e in entries if e["type"] == "low_score"]
    assert [(e["path"], e["item"], e["score"]) for e in low] == [("资料/phone.txt", "30", 0.41)]


# ------------------------------------------------------------------------------------------------ transfer


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_export_import_round_trip_and_moved_file(cli_run, arc, tmp_path, suffix):
    assert cli_run("--archive", str(arc), "file", "资料/zwh.txt", "--item", "8", "--who", "档案员小李")[0] == 0
    assert cli_run("--archive", str(arc), "unfile", "资料/jx1.txt", "--item", "16")[0] == 0
    out_file = tmp_path / f"决定{suffix}"
    code, out, _ = cli_run("--archive", str(arc), "filings", "export", str(out_file))
    assert code == 0 and out_file.exists()
    if suffix == ".csv":
        rows = list(csv.DictReader(out_file.read_text(encoding="utf-8-sig").splitlines()))
    else:
        from openpyxl import load_workbook

        sheet = load_workbook(out_file).active
        values = list(sheet.iter_rows(values_only=True))
        rows = [dict(zip(values[0], r, strict=True)) for r in values[1:]]
    assert list(rows[0]) == ["path", "sha256", "item", "source", "score", "who", "at", "note"]
    assert {(r["path"], str(r["item"]), r["source"]) for r in rows} >= {
        ("资料/zwh.txt", "8", "manual"), ("资料/jx1.txt", "16", "excluded")}
    manual = next(r for r in rows if r["source"] == "manual")
    assert manual["who"] == "档案员小李" and len(manual["sha256"]) == 64
    # a rebuilt catalog, and the file moved meanwhile
    shutil.rmtree(arc / ".taizhang")
    (arc / "资料/zwh.txt").rename(arc / "资料/支委会4月.txt")
    assert cli_run("--archive", str(arc), "ingest", "--no-ocr", "--json")[0] == 0
    code, out, _ = cli_run("--archive", str(arc), "filings", "import", str(out_file), "--json")
    assert code == 0
    report = json.loads(out)
    assert report["filings"] >= 1 and report["exclusions"] == 1 and report["moved"] == 1
    assert ("资料/支委会4月.txt", "8", "manual") in _filings(arc)
    assert ("资料/jx1.txt", "16") in _exclusions(arc)


def test_import_reports_bad_rows(cli_run, arc, tmp_path):
    bad = tmp_path / "bad.csv"
    bad.write_text("path,sha256,item,source,score,who,at,note\n资料/jx1.txt,,18,manual,,,,\n"
                   "资料/无此文件.txt,,18,manual,,,,\n资料/jx1.txt,,77,manual,,,,\n资料/jx1.txt,,18,robot,,,,\n",
                   encoding="utf-8")
    code, out, _ = cli_run("--archive", str(arc), "filings", "import", str(bad), "--json")
    assert code == 0
    report = json.loads(out)
    assert report["filings"] == 1 and [p["row"] for p in report["problems"]] == [3, 4, 5]
    assert ("资料/jx1.txt", "18", "manual") in _filings(arc)
    code, _, err = cli_run("--archive", str(arc), "filings", "import", str(tmp_path / "x.txt"))
    assert code == 2 and ".csv" in err


# ------------------------------------------------------------------------------------------------ learning

MEETING = """东湖社区居民议事协商会记录
时间：2025年{m}月{d}日
地点：社区二楼会议室
参加人员：居民代表、楼栋长、党员代表共{n}人
议事内容：{topic}
协商结果：参会居民代表举手表决，同意{result}，由社区居委会牵头落实，志愿者协助做好宣传。
记录人：孙立新
"""
TOPICS = [("3", "12", 21, "小区电动车充电桩选址", "在3号楼东侧建设充电桩"),
          ("5", "9", 18, "老旧小区加装电梯费用分摊", "按楼层系数分摊加装电梯费用"),
          ("7", "15", 25, "小区停车位划线和收费", "划设停车位并按月收取管理费"),
          ("9", "20", 19, "垃圾分类投放点调整", "将投放点移至小区北门")]


def test_learning_from_three_filings_by_hand(cli_run, arc):
    for i, (m, d, n, topic, result) in enumerate(TOPICS):
        (arc / f"议事/{i}.txt").parent.mkdir(exist_ok=True)
        (arc / f"议事/{i}.txt").write_text(MEETING.format(m=m, d=d, n=n, topic=topic, result=result), encoding="utf-8")
    assert cli_run("--archive", str(arc), "ingest", "--no-ocr", "--json")[0] == 0
    before = _suggest(cli_run, arc, "议事/3.txt")["议事/3.txt"]
    assert not before or before[0]["item"] != "27"  # the rules alone do not see 重大决策征求意见 here
    for i in range(3):
        assert cli_run("--archive", str(arc), "file", f"议事/{i}.txt", "--item", "27")[0] == 0
    after = _suggest(cli_run, arc, "议事/3.txt")["议事/3.txt"]
    assert after[0]["item"] == "27" and after[0]["score"] >= 0.6
    assert "相似材料 议事/" in after[0]["why"] and "已归入第27项" in after[0]["why"]
    # an unrelated file did not learn anything from them
    assert all(s["item"] != "27" for s in _suggest(cli_run, arc, "资料/党费.csv")["资料/党费.csv"])


def test_learning_from_rejections(cli_run, arc):
    for i, (m, d, n, topic, result) in enumerate(TOPICS):
        (arc / f"议事/{i}.txt").parent.mkdir(exist_ok=True)
        (arc / f"议事/{i}.txt").write_text(MEETING.format(m=m, d=d, n=n, topic=topic, result=result), encoding="utf-8")
    assert cli_run("--archive", str(arc), "ingest", "--no-ocr", "--json")[0] == 0
    from archive.filing import suggest

    def ranked() -> dict[str, float]:
        ws = open_workspace(arc)
        conn = connect(ws.catalog_path)
        try:
            (es,) = suggest(ws, conn, ["议事/3.txt"], top=10, min_shown=0.0)
        finally:
            conn.close()
        return {s.item: s.score for s in es.suggestions}

    before = ranked()
    wrong = max(before, key=before.get)  # whatever the rules put first
    for i in range(3):
        assert cli_run("--archive", str(arc), "unfile", f"议事/{i}.txt", "--item", wrong)[0] == 0
    after = ranked()
    assert after.get(wrong, 0) < before[wrong] / 2


def test_accept_twice_files_nothing_more(tmp_path, tmp_path_factory, cli_run):
    """A second `file --accept` right after a complete one must not promote a runner-up once the best is filed."""
    from conftest import sample_archive

    # sample_evidence/ after `init --org 幸福里社区党支部 --year 2025` and `ingest --no-ocr`, ingested once per run
    root = sample_archive(tmp_path_factory, tmp_path / "档案")
    code, out, _ = cli_run("--archive", str(root), "file", "--accept", "--json")
    assert code == 0 and json.loads(out)["filed"] > 20
    code, out, _ = cli_run("--archive", str(root), "file", "--accept", "--json")
    assert code == 0 and json.loads(out)["filed"] == 0, out
