"""taizhang check: planted cases of each kind on small temporary archives are found with their files and numbers;
a clean archive gives no report (exit 0)."""

from __future__ import annotations

import datetime as dt
import html as html_lib
import json
import re
from pathlib import Path

import pytest
from click.testing import CliRunner
from conftest import init_and_ingest
from openpyxl import Workbook

from archive import cli as cli_module
from archive.check.model import REPORT_LABELS

NAMES = ["张伟", "王芳", "李娜", "刘洋", "陈静", "杨帆", "赵磊", "黄敏", "周杰", "吴婷", "徐强", "孙丽"]

BODIES = {
    "党员大会": ["会议传达学习了上级党组织关于加强基层党建工作的文件精神，书记结合社区实际作了部署。",
             "与会党员围绕社区治理、为民服务等议题进行了讨论，大家纷纷表示要立足岗位发挥先锋模范作用。",
             "会议审议通过了本季度党费收缴情况的报告，并对下一步重点工作提出了明确要求。"],
    "党课": ["书记以“践行初心使命”为题讲授专题党课，回顾了党的光辉历程，讲述了身边优秀党员的先进事迹。",
           "党课要求全体党员加强理论学习，增强四个意识，在社区志愿服务和矛盾调解中走在前面。"],
    "支部委员会": ["支委会研究了老旧小区加装电梯协调工作，明确由组织委员牵头走访住户，收集意见建议。",
              "会议还讨论了下月主题党日活动安排，确定以垃圾分类宣传为主题开展入户宣传。"],
}


def _cn(day: dt.date) -> str:
    return f"{day.year}年{day.month}月{day.day}日"


def write_minutes(root: Path, rel: str, title: str, day: dt.date, expected: int | None, present: int,
                  absent: str = "无", body: list[str] | None = None, signed: dt.date | None = None) -> None:
    lines = [title, f"会议时间：{_cn(day)}上午9:00", "会议地点：社区党群服务中心", "主持人：张伟    记录人：王芳"]
    lines.append(f"应到人数：{expected}人    实到人数：{present}人" if expected is not None else f"实到人数：{present}人")
    lines.append(f"缺席人员：{absent}")
    lines.append("主要内容：")
    lines.extend(body or [])
    if signed:
        lines += ["", "幸福里社区党支部", _cn(signed)]
    path = root / rel
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def write_roster(root: Path, names: list[str], rel: str = "花名册/党员花名册.xlsx") -> None:
    wb = Workbook()
    ws = wb.active
    ws.append(["幸福里社区党支部党员花名册（2025年）"])
    ws.append(["序号", "姓名", "性别", "出生年月", "文化程度", "党小组"])
    for i, name in enumerate(names, 1):
        ws.append([i, name, "男" if i % 2 else "女", f"19{60 + i}.0{1 + i % 9}", "大专", f"第{1 + i % 2}党小组"])
    path = root / rel
    path.parent.mkdir(parents=True, exist_ok=True)
    wb.save(path)


def clean_year(root: Path) -> None:
    write_roster(root, NAMES)
    write_minutes(root, "三会一课/3月党员大会.txt", "第一季度党员大会记录", dt.date(2025, 3, 28), 12, 10,
                  "李娜、刘洋（外出）", BODIES["党员大会"])
    write_minutes(root, "三会一课/6月党课.txt", "党课记录", dt.date(2025, 6, 17), 12, 11, "陈静（因病）", BODIES["党课"])
    write_minutes(root, "三会一课/4月支委会.txt", "支部委员会会议记录", dt.date(2025, 4, 8), 5, 5, "无",
                  BODIES["支部委员会"])


def run_check(root: Path) -> tuple[int, list[dict]]:
    result = CliRunner().invoke(cli_module.main_for_tests, ["--archive", str(root), "check", "--json"],
                                catch_exceptions=False)
    return result.exit_code, json.loads(result.output)


def of_type(reports: list[dict], kind: str) -> list[dict]:
    return [r for r in reports if r["type"] == kind]


@pytest.fixture(scope="module")
def clean(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("clean")
    clean_year(root)
    return init_and_ingest(root)


def test_a_clean_archive_gives_no_report_and_exit_0(clean):
    code, reports = run_check(clean)
    assert reports == []
    assert code == 0
    text = CliRunner().invoke(cli_module.main_for_tests, ["--archive", str(clean), "check"])
    assert text.exit_code == 0 and "没有发现问题" in text.output


# --- (3) attendance -------------------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def attendance(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("attendance")
    clean_year(root)
    write_minutes(root, "三会一课/9月党员大会.txt", "第三季度党员大会记录", dt.date(2025, 9, 24), 12, 14, "无",
                  BODIES["党员大会"][:1])
    write_minutes(root, "三会一课/10月支委会.txt", "支部委员会会议记录", dt.date(2025, 10, 14), 5, 5,
                  "赵磊（外出培训）", BODIES["支部委员会"][:1])
    write_minutes(root, "三会一课/11月党课.txt", "党课记录", dt.date(2025, 11, 20), 30, 25, "请假人员见签到表",
                  BODIES["党课"][:1])
    return init_and_ingest(root)


def test_attendance_reports(attendance):
    code, reports = run_check(attendance)
    assert code == 1
    over = of_type(reports, "attendance_over")
    assert [r["paths"] for r in over] == [["三会一课/9月党员大会.txt"]]
    assert over[0]["numbers"] == {"expected": 12, "present": 14} and over[0]["severity"] == "high"
    absent = of_type(reports, "attendance_absent")
    assert [r["paths"] for r in absent] == [["三会一课/10月支委会.txt"]]
    assert absent[0]["numbers"] == {"expected": 5, "present": 5}
    roster = of_type(reports, "attendance_roster")
    assert [r["paths"] for r in roster] == [["三会一课/11月党课.txt", "花名册/党员花名册.xlsx"]]
    assert roster[0]["numbers"] == {"expected": 30, "roster": 12, "difference": 18, "allowed": 3}
    assert reports[0]["type"] == "attendance_over"  # most serious first
    assert len(reports) == 3
    for r in reports:
        assert set(r) == {"type", "severity", "paths", "detail", "numbers"}
        assert "补" not in r["detail"] and "编" not in r["detail"]
    text = CliRunner().invoke(cli_module.main_for_tests, ["--archive", str(attendance), "check"])
    assert text.exit_code == 1 and "自查发现 3 个问题" in text.output and "实到多于应到" in text.output


# --- (1) copied records ---------------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def copied(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("copied")
    clean_year(root)
    # the March 党员大会 again in September: other date, other numbers, other absentees, one word changed
    body = [BODIES["党员大会"][0], BODIES["党员大会"][1].replace("纷纷", "都"), BODIES["党员大会"][2]]
    write_minutes(root, "三会一课/9月党员大会.txt", "第三季度党员大会记录", dt.date(2025, 9, 24), 12, 11, "孙丽（外出）",
                  body)
    # the same 支委会 record filed twice under its own date is no copy of another meeting
    write_minutes(root, "备用/4月支委会记录.txt", "支部委员会会议记录", dt.date(2025, 4, 8), 5, 5, "无",
                  BODIES["支部委员会"] + ["（整理稿）"])
    return init_and_ingest(root)


def test_copied_records_are_reported_once_with_both_files(copied):
    code, reports = run_check(copied)
    assert code == 1
    assert [r["type"] for r in reports] == ["copied_record"]
    r = reports[0]
    assert r["paths"] == ["三会一课/3月党员大会.txt", "三会一课/9月党员大会.txt"]
    assert r["severity"] == "high"
    assert r["numbers"]["records"] == 2 and r["numbers"]["similarity"] >= 0.8
    assert r["numbers"]["dates"] == ["2025年3月28日", "2025年9月24日"]
    assert "原始记录" in r["detail"]


# --- (2) reused photos ----------------------------------------------------------------------------------------

def draw_photo(path: Path, seed: int, banner: str = "幸福里社区主题党日") -> None:
    """A scene: a gradient backdrop, a banner and people drawn from `seed` (two seeds: two different photos)."""
    import random

    from PIL import Image, ImageDraw

    rnd = random.Random(seed)
    img = Image.new("RGB", (1280, 960))
    d = ImageDraw.Draw(img)
    top, bottom = (rnd.randrange(60, 200), 120, 160), (40, rnd.randrange(60, 140), 90)
    for y in range(960):
        t = y / 959
        d.line([(0, y), (1279, y)], fill=tuple(int(a + (b - a) * t) for a, b in zip(top, bottom, strict=True)))
    d.rectangle([80, 40, 1200, 240], fill=(190, 30, 30))
    for i, _ch in enumerate(banner):
        d.rectangle([120 + i * 110, 90, 190 + i * 110, 190], outline=(250, 220, 120), width=6)
    for _ in range(14):
        x, h = rnd.randrange(40, 1200), rnd.randrange(250, 500)
        colour = tuple(rnd.randrange(20, 200) for _ in range(3))
        d.rectangle([x, 960 - h, x + 70, 960], fill=colour)
        d.ellipse([x + 10, 960 - h - 60, x + 60, 960 - h - 10], fill=(230, 200, 170))
    path.parent.mkdir(parents=True, exist_ok=True)
    img.save(path, quality=92)


def wechat_copy(src: Path, dest: Path) -> None:
    """What WeChat and an archivist's crop do: a little cut off two sides, smaller, recompressed."""
    from PIL import Image

    with Image.open(src) as img:
        w, h = img.size
        out = img.crop((int(w * 0.03), int(h * 0.02), w, int(h * 0.97))).resize((w * 3 // 5, h * 3 // 5))
        dest.parent.mkdir(parents=True, exist_ok=True)
        out.save(dest, quality=60)


@pytest.fixture(scope="module")
def photos(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("photos")
    clean_year(root)
    draw_photo(root / "照片/3月/IMG_20250328_093000.jpg", seed=1)
    draw_photo(root / "照片/6月/IMG_20250617_150000.jpg", seed=2)  # same backdrop and banner, other people
    wechat_copy(root / "照片/3月/IMG_20250328_093000.jpg", root / "照片/9月/微信图片_20250924101500.jpg")
    wechat_copy(root / "照片/6月/IMG_20250617_150000.jpg", root / "照片/6月/微信图片_20250617153000.jpg")  # same day
    return init_and_ingest(root)


def test_a_photo_reused_for_another_day_is_reported(photos):
    code, reports = run_check(photos)
    assert code == 1
    assert [r["type"] for r in reports] == ["reused_photo"]
    r = reports[0]
    assert r["paths"] == ["照片/3月/IMG_20250328_093000.jpg", "照片/9月/微信图片_20250924101500.jpg"]
    assert r["numbers"]["photos"] == 2 and r["numbers"]["dates"] == ["2025年3月28日", "2025年9月24日"]
    assert r["numbers"]["agreement"] >= 0.8


def test_pictures_compare_by_content_not_bytes(tmp_path):
    from archive.check.photohash import load_picture, same_picture

    draw_photo(tmp_path / "a.jpg", seed=1)
    draw_photo(tmp_path / "b.jpg", seed=2)
    wechat_copy(tmp_path / "a.jpg", tmp_path / "a2.jpg")
    a, b, a2 = (load_picture(tmp_path / n) for n in ("a.jpg", "b.jpg", "a2.jpg"))
    assert same_picture(a, a2) >= 0.8
    assert (same_picture(a, b) or 0) < 0.8
    (tmp_path / "broken.jpg").write_bytes(b"not a picture")
    assert load_picture(tmp_path / "broken.jpg") is None


# --- (4) dates ------------------------------------------------------------------------------------------------

def photo_with_exif(path: Path, seed: int, taken: str) -> None:
    from PIL import Image

    draw_photo(path, seed)
    with Image.open(path) as img:
        exif = img.getexif()
        exif[306] = taken  # DateTime
        img.save(path, quality=92, exif=exif)


@pytest.fixture(scope="module")
def dates(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("dates")
    clean_year(root)
    write_minutes(root, "活动/5月主题党日/记录.txt", "主题党日活动记录", dt.date(2025, 5, 27), 12, 11, "周杰（外出）",
                  ["开展垃圾分类入户宣传，党员分组走访居民，发放宣传资料，现场解答居民提问。"], signed=dt.date(2025, 5, 20))
    photo_with_exif(root / "活动/5月主题党日/现场.jpg", seed=3, taken="2025:04:20 10:00:00")
    photo_with_exif(root / "活动/2025.06.17党课/现场.jpg", seed=4, taken="2025:06:17 15:00:00")  # agrees
    (root / "计划").mkdir()
    (root / "计划/9月活动安排.txt").write_text("9月活动安排\n组织党员参加社区清洁活动。\n幸福里社区党支部\n2025年9月15日\n",
                                         encoding="utf-8")
    init_and_ingest(root)
    with (root / "taizhang.toml").open("a", encoding="utf-8") as f:
        f.write('\n[assess]\nas_of = "2025-06-30"\n')
    return root


def test_dates_that_do_not_agree(dates):
    code, reports = run_check(dates)
    assert code == 1
    by_type = {r["type"]: r for r in reports}
    assert sorted(by_type) == ["after_as_of", "photo_day", "signed_before_meeting"], reports
    signed = by_type["signed_before_meeting"]
    assert signed["paths"] == ["活动/5月主题党日/记录.txt"] and signed["severity"] == "high"
    assert signed["numbers"] == {"meeting": "2025-05-27", "signed": "2025-05-20", "days": 7}
    photo = by_type["photo_day"]
    assert photo["paths"] == ["活动/5月主题党日/现场.jpg", "活动/5月主题党日/记录.txt"]
    assert photo["numbers"] == {"taken": "2025-04-20", "meeting": "2025-05-27", "days": 37}
    late = by_type["after_as_of"]
    assert late["paths"] == ["计划/9月活动安排.txt"]
    assert late["numbers"] == {"date": "2025-09-15", "as_of": "2025-06-30"}
    assert [r["type"] for r in reports] == ["signed_before_meeting", "photo_day", "after_as_of"]  # most serious first


# --- (5) people -----------------------------------------------------------------------------------------------

def write_ledger(root: Path, rows: dict[str, list], rel: str = "党费/2025年党费收缴台帐.xlsx") -> None:
    wb = Workbook()
    ws = wb.active
    ws.append(["幸福里社区党支部2025年党费收缴台帐"])
    ws.append(["序号", "姓名", *[f"{m}月" for m in range(1, 13)]])
    for i, (name, months) in enumerate(rows.items(), 1):
        ws.append([i, name, *months])
    path = root / rel
    path.parent.mkdir(parents=True, exist_ok=True)
    wb.save(path)


def write_development(root: Path) -> None:
    wb = Workbook()
    ws = wb.active
    ws.append(["入党积极分子培养考察登记表"])
    ws.append(["姓名", "冯晓", "性别", "女", "出生年月", "1998.04"])
    ws.append(["递交入党申请书时间", "2024.09.10", "确定为积极分子时间", "2025.03.18", "接收为预备党员时间", "2025.09.24"])
    ws.append(["党组织意见", "同意"])
    path = root / "发展党员/冯晓登记表.xlsx"
    path.parent.mkdir(parents=True, exist_ok=True)
    wb.save(path)
    wb = Workbook()
    ws = wb.active
    ws.append(["发展党员工作台账"])
    ws.append(["序号", "姓名", "确定为积极分子时间", "接收为预备党员时间", "转正时间"])
    ws.append([1, "韩梅", "2021.05.10", "2023.06.01", "2022.06.01"])
    ws.append([2, "蒋涛", "2021.04.12", "2022.07.01", "2023.07.01"])  # in order, a year each
    wb.save(root / "发展党员/发展党员台账.xlsx")


@pytest.fixture(scope="module")
def people(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("people")
    clean_year(root)
    paid = [50] * 12
    rows = {n: paid for n in NAMES if n != "孙丽"}
    rows["钱多多"] = paid
    rows["冯新"] = ["—"] * 9 + [50] * 3  # joined in October: not yet on the roster, not reported
    write_ledger(root, rows)
    write_development(root)
    return init_and_ingest(root)


def test_people_who_do_not_agree(people):
    code, reports = run_check(people)
    assert code == 1
    dues = of_type(reports, "ledger_roster")
    assert [r["paths"] for r in dues] == [["党费/2025年党费收缴台帐.xlsx", "花名册/党员花名册.xlsx"]]
    assert dues[0]["numbers"] == {"ledger": 13, "roster": 12, "ledger_only": ["钱多多"], "roster_only": ["孙丽"]}
    steps = {r["numbers"]["name"]: r for r in of_type(reports, "development_order")}
    assert sorted(steps) == ["冯晓", "韩梅"]
    assert steps["冯晓"]["paths"] == ["发展党员/冯晓登记表.xlsx"]
    assert steps["冯晓"]["numbers"] == {"name": "冯晓", "activist_to_probation_days": 190}
    assert steps["韩梅"]["numbers"] == {"name": "韩梅", "probation_to_full_days": -365}
    assert len(reports) == 3


# --- review and settings --------------------------------------------------------------------------------------

def test_review_lists_the_same_reports_first(attendance):
    _, reports = run_check(attendance)
    result = CliRunner().invoke(cli_module.main_for_tests, ["--archive", str(attendance), "review", "--json"],
                                catch_exceptions=False)
    entries = json.loads(result.output)
    mine = [e for e in entries if e["type"] == "self_check"]
    assert entries[:len(mine)] == mine and len(mine) == len(reports)
    for e, r in zip(mine, reports, strict=True):
        assert e["label"] == "自查发现" and e["path"] == r["paths"][0] and r["detail"] in e["detail"]
        assert all(p in e["detail"] for p in r["paths"][1:])


def _overview(root: Path) -> str:
    from archive.web import create_app
    from archive.workspace import open_workspace

    app = create_app(open_workspace(root))
    app.config["TESTING"] = True
    with app.test_client() as client:
        response = client.get("/")
        assert response.status_code == 200
        return response.get_data(as_text=True)


def test_the_overview_page_shows_the_same_reports(attendance, clean):
    _, reports = run_check(attendance)
    page = _overview(attendance)
    section = page.split('<section id="self-check">', 1)[1].split("</section>", 1)[0]
    rows = re.findall(r"<tr><td>(.*?)</td><td>(.*?)</td>", section)
    assert [label for _severity, label in rows] == [REPORT_LABELS[r["type"]] for r in reports]
    for r in reports:
        assert html_lib.escape(r["detail"]) in section
        for path in r["paths"]:
            assert path in section
    assert section.count('href="/evidence/') == sum(len(r["paths"]) for r in reports)  # each file links to its page
    assert "自查未发现问题" in _overview(clean)


def test_thresholds_come_from_taizhang_toml(copied):
    toml = copied / "taizhang.toml"
    original = toml.read_text(encoding="utf-8")
    try:
        toml.write_text(original + "\n[check]\ncopy_similarity = 0.999\n", encoding="utf-8")
        code, reports = run_check(copied)
        assert (code, reports) == (0, [])
        toml.write_text(original + "\n[check]\ncopy_similarity = \"高\"\n", encoding="utf-8")
        result = CliRunner().invoke(cli_module.main_for_tests, ["--archive", str(copied), "check"])
        assert result.exit_code == 5 and "copy_similarity" in result.output
        toml.write_text(original + "\n[check]\nno_such = 1\n", encoding="utf-8")
        result = CliRunner().invoke(cli_module.main_for_tests, ["--archive", str(copied), "check"])
        assert result.exit_code == 5 and "no_such" in result.output
    finally:
        toml.write_text(original, encoding="utf-8")
