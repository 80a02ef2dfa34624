"""`taizhang check` quality: planted cases found, false alarms on the clean years, and the time at 5,000 files.

Builds the labelled year (tests/labelled_year) and the held-out year (tests/heldout_year) in a temporary folder,
`taizhang init` + `ingest --no-ocr`, and runs `taizhang check --json` on each as it is (every report there is a
false alarm; target at most 2 per year). Then a copy of each year gets planted cases of every kind, is ingested
again and checked; a planted case is found when a report of its type names its file:

    attendance   实到 above 应到; absentees with 实到 = 应到; 应到 half the roster          (3 a year)
    copies       two meeting records re-dated (a new date, the same body)                       (2 a year)
    photos       two photos sent again through "WeChat" (3% cropped, 60% size, re-encoded) under another day (2)
    dates        a record signed before its meeting; a photo whose EXIF day is not its folder's meeting day;
                 a notice dated after today                                                      (3 a year)
    people       a member who paid every month taken off the roster (still in the dues ledger); a 预备党员 received six months
                 after becoming an 积极分子                                                      (2 a year)

Reports on the planted copy that are not a planted case are printed as `extra`. Last, `check` on a synthetic
5,000-file catalog (rows inserted directly; 800 of them photos on disk) in-process and as a command in a fresh
process (budget 10 s; the exit status is 1 when it is missed).

    python benchmarks/check_quality.py [--keep DIR] [--no-timing] [--files 5000]

One line per figure. Nothing here is tuned on: it is a measurement.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
for p in (ROOT, ROOT / "tests"):
    if str(p) not in sys.path:
        sys.path.insert(0, str(p))

from archive.catalog import connect  # noqa: E402
from archive.check import check_archive, load_docs  # noqa: E402
from archive.check.copies import body_of  # noqa: E402
from archive.check.members import ledger_members, member_roster  # noqa: E402
from archive.check.photohash import load_picture  # noqa: E402
from archive.extract.dates import find_dates  # noqa: E402
from archive.workspace import open_workspace  # noqa: E402

YEAR = 2025
BUDGET_S = 10.0
PLANT = "自查基准"  # planted files go under this folder


def taizhang(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "archive", *args], capture_output=True, text=True)


def build(which: str, dest: Path) -> Path:
    from heldout_year import ORG as HELDOUT_ORG
    from heldout_year import build_heldout_year
    from labelled_year import ORG as LABELLED_ORG
    from labelled_year import build_year

    org = LABELLED_ORG if which == "labelled" else HELDOUT_ORG
    out = taizhang("init", str(dest), "--org", org, "--year", str(YEAR))
    if out.returncode:
        raise SystemExit(f"init_failed {out.stderr.strip()[:200]}")
    (build_year if which == "labelled" else build_heldout_year)(dest)
    ingest(dest)
    return dest


def ingest(archive: Path) -> None:
    out = taizhang("--archive", str(archive), "ingest", "--no-ocr")
    if out.returncode not in (0, 3):
        raise SystemExit(f"ingest_failed {out.returncode} {out.stderr.strip()[:200]}")


def check(archive: Path) -> list[dict]:
    out = taizhang("--archive", str(archive), "check", "--json")
    if out.returncode not in (0, 1):
        raise SystemExit(f"check_failed {out.returncode} {out.stderr.strip()[:300]}")
    return json.loads(out.stdout)


def _cn(d: dt.date) -> str:
    return f"{d.year}年{d.month}月{d.day}日"


def _write(path: Path, lines: list[str]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def _minutes(title: str, day: dt.date, expected: int, present: int, absent: str, body: str,
             signed: dt.date | None = None) -> list[str]:
    lines = [title, f"会议时间：{_cn(day)}上午9:00", "会议地点：社区党群服务中心", "主持人：书记    记录人：组织委员",
             f"应到人数：{expected}人    实到人数：{present}人", f"缺席人员：{absent}", "主要内容：", body]
    return lines + (["", "社区党支部", _cn(signed)] if signed else [])


def draw_photo(path: Path, seed: int, exif_taken: str | None = None) -> None:
    """A picture of its own (shapes from `seed` on a gradient), optionally with an EXIF DateTime."""
    from PIL import Image, ImageDraw

    rnd = random.Random(seed)
    img = Image.new("RGB", (1280, 960))
    d = ImageDraw.Draw(img)
    top, bottom = tuple(rnd.randrange(40, 220) for _ in range(3)), tuple(rnd.randrange(20, 160) for _ in range(3))
    for y in range(960):
        t = y / 959
        d.line([(0, y), (1279, y)], fill=tuple(int(a + (b - a) * t) for a, b in zip(top, bottom, strict=True)))
    for _ in range(18):
        x, y, w, h = rnd.randrange(0, 1200), rnd.randrange(0, 900), rnd.randrange(40, 300), rnd.randrange(40, 300)
        d.rectangle([x, y, x + w, y + h], fill=tuple(rnd.randrange(0, 255) for _ in range(3)))
    path.parent.mkdir(parents=True, exist_ok=True)
    exif = Image.Exif()
    if exif_taken:
        exif[306] = exif_taken
    img.save(path, quality=90, exif=exif)


def wechat_copy(src: Path, dest: Path) -> None:
    from PIL import Image

    with Image.open(src) as img:
        img = img.convert("RGB")
        w, h = img.size
        cut = img.crop((int(w * 0.03), int(h * 0.02), w, int(h * 0.97)))
        out = cut.resize((cut.width * 3 // 5, cut.height * 3 // 5))
        dest.parent.mkdir(parents=True, exist_ok=True)
        out.save(dest, quality=60)


def _redate(text: str, old: dt.date, new: dt.date) -> str:
    """The text with every mention of `old` written as `new` (the rest unchanged)."""
    out, last = [], 0
    for f in find_dates(text):
        if f.date == old and f.precision == "day":
            out.append(text[last:f.start] + _cn(new))
            last = f.end
    return "".join(out) + text[last:]


def plant(archive: Path) -> dict[str, list[tuple[str, str]]]:
    """Plant the cases into `archive`; returns kind → [(report type, planted path)]."""
    ws = open_workspace(archive)
    conn = connect(ws.catalog_path)
    docs = load_docs(conn)
    conn.close()
    cases: dict[str, list[tuple[str, str]]] = {k: [] for k in ("attendance", "copies", "photos", "dates", "people")}
    roster = member_roster(docs, YEAR)
    members = len(roster.names) if roster else 40
    # (3) attendance
    rel = f"{PLANT}/三会一课/11月党员大会记录.txt"
    _write(archive / rel, _minutes("党员大会会议记录", dt.date(YEAR, 11, 26), members, members + 2, "无",
                                   "传达学习上级会议精神，部署冬季安全检查。"))
    cases["attendance"].append(("attendance_over", rel))
    rel = f"{PLANT}/三会一课/10月支委会记录.txt"
    _write(archive / rel, _minutes("支部委员会会议记录", dt.date(YEAR, 10, 16), 5, 5, "组织委员（外出学习）",
                                   "研究老旧小区改造意见征集工作。"))
    cases["attendance"].append(("attendance_absent", rel))
    rel = f"{PLANT}/三会一课/9月党课记录.txt"
    _write(archive / rel, _minutes("党课记录", dt.date(YEAR, 9, 18), members // 2, members // 2 - 2, "请假人员见签到表",
                                   "书记讲授专题党课，学习党章党规。"))
    cases["attendance"].append(("attendance_roster", rel))
    # (1) copies: the two meeting records with the longest bodies, re-dated eight weeks on
    minutes = sorted((d for d in docs if d.kind == "会议记录" and d.day and len(body_of(d)) >= 40),
                     key=lambda d: (-len(body_of(d)), d.path))
    for n, doc in enumerate(minutes[:2]):
        new = doc.day + dt.timedelta(days=56) if doc.day.month <= 10 else doc.day - dt.timedelta(days=56)
        text = _redate(doc.text, doc.day, new)
        text = re.sub(r"(实到(?:人数)?[：:]?\s*)(\d+)", lambda m: m.group(1) + str(max(1, int(m.group(2)) - 1)), text)
        rel = f"{PLANT}/会议记录/{new.month}月{doc.meeting_type or '会议'}记录{n + 1}.txt"
        _write(archive / rel, text.splitlines())
        cases["copies"].append(("copied_record", rel))
    # (2) photos: two dated photos sent again under another day
    photos = [d for d in docs if d.kind == "照片" and d.day and load_picture(archive / d.path) is not None]
    for doc in photos[:2]:
        new = doc.day + dt.timedelta(days=40) if doc.day.month <= 10 else doc.day - dt.timedelta(days=40)
        rel = f"{PLANT}/活动照片/微信图片_{new:%Y%m%d}101500.jpg"
        wechat_copy(archive / doc.path, archive / rel)
        cases["photos"].append(("reused_photo", rel))
    # (4) dates
    rel = f"{PLANT}/三会一课/8月支委会记录.txt"
    _write(archive / rel, _minutes("支部委员会会议记录", dt.date(YEAR, 8, 14), 5, 5, "无", "研究暑期青少年关爱活动安排。",
                                   signed=dt.date(YEAR, 8, 4)))
    cases["dates"].append(("signed_before_meeting", rel))
    rel = f"{PLANT}/{YEAR}.10.15主题党日/现场照片.jpg"
    draw_photo(archive / rel, seed=7, exif_taken=f"{YEAR}:09:02 10:00:00")
    cases["dates"].append(("photo_day", rel))
    later = dt.date.today() + dt.timedelta(days=400)
    rel = f"{PLANT}/通知/关于开展志愿服务的通知.txt"
    _write(archive / rel, ["关于开展志愿服务的通知", "各党小组：", "定于近期组织党员参加社区清洁志愿服务，请按时参加。",
                           "社区党支部", _cn(later)])
    cases["dates"].append(("after_as_of", rel))
    # (5) people: a member who paid every month taken off the roster; a 预备党员 received too soon
    ledger = ledger_members(docs, YEAR)
    regular = [n for n in (roster.names if roster else []) if ledger and n in ledger[1]
               and all(state == "paid" for state, _ in ledger[1][n].values())]
    if roster and regular:
        from openpyxl import load_workbook

        wb = load_workbook(archive / roster.doc.path)
        gone = regular[-1]
        for sheet in wb.worksheets:
            for row in sheet.iter_rows():
                if any(str(c.value or "").strip() == gone for c in row):
                    sheet.delete_rows(row[0].row)
                    break
        wb.save(archive / roster.doc.path)
        cases["people"].append(("ledger_roster", roster.doc.path))
    from openpyxl import Workbook

    wb = Workbook()
    sheet = wb.active
    sheet.append(["入党积极分子培养考察登记表"])
    sheet.append(["姓名", "柏文静", "性别", "女", "出生年月", "1997.06"])
    sheet.append(["递交入党申请书时间", f"{YEAR - 1}.08.20", "确定为积极分子时间", f"{YEAR}.03.18",
                  "接收为预备党员时间", f"{YEAR}.09.24"])
    rel = f"{PLANT}/发展党员/柏文静登记表.xlsx"
    (archive / rel).parent.mkdir(parents=True, exist_ok=True)
    wb.save(archive / rel)
    cases["people"].append(("development_order", rel))
    return cases


def quality(which: str, work: Path) -> int:
    clean = build(which, work / which)
    reports = check(clean)
    print(f"{which} clean_reports {len(reports)}")
    for r in reports:
        print(f"  false_alarm {r['type']} {r['paths']} {r['detail'][:80]}")
    planted_dir = work / f"{which}-planted"
    shutil.copytree(clean, planted_dir)
    cases = plant(planted_dir)
    ingest(planted_dir)
    found_reports = check(planted_dir)
    used = set()
    for kind, wanted in cases.items():
        found = 0
        for rtype, path in wanted:
            hits = [i for i, r in enumerate(found_reports) if r["type"] == rtype and path in r["paths"]]
            if hits:
                found += 1
                used.update(hits)
            else:
                print(f"  missed {rtype} {path}")
        print(f"{which} {kind} planted {len(wanted)} found {found}")
    extra = [r for i, r in enumerate(found_reports) if i not in used]
    print(f"{which} planted_copy_extra_reports {len(extra)}")
    for r in extra:
        print(f"  extra {r['type']} {r['paths']}")
    return len(reports)


# --- timing -----------------------------------------------------------------------------------------------------

PEOPLE = [s + g for s in "王李张刘陈杨黄赵吴周徐孙马朱胡郭" for g in ("秀兰", "建国", "海燕", "志强", "丽华", "伟")]
TOPICS = ["学习党章", "垃圾分类", "老旧小区改造", "困难群众帮扶", "网格化管理", "志愿服务", "安全生产", "党费收缴",
          "共驻共建", "主题教育", "防汛值守", "文明创建", "社区养老", "消防宣传", "矛盾调解", "环境整治"]
MEETINGS = ["支部委员会", "党员大会", "党课", "党小组会", "主题党日", "联席会议", "共建活动", "志愿服务"]


def synthetic(root: Path, files: int, photos: int) -> Path:
    """A 5,000-file catalog: minutes with varied bodies, a roster and a ledger, and photos that exist on disk."""
    from archive.workspace import init_workspace

    archive = root / "synthetic"
    init_workspace(archive, "seed000", "基准社区", YEAR)
    ws = open_workspace(archive)
    conn = connect(ws.catalog_path)
    rng = random.Random(20251231)
    rows = []
    for i in range(files):
        day = dt.date(YEAR, 1, 1) + dt.timedelta(days=rng.randrange(365))
        fields, tables, meta, kind, meeting, fmt = {}, [], {}, "会议记录", rng.choice(MEETINGS), "txt"
        path = f"{YEAR}年/第{i // 200:03d}批/材料{i:05d}.txt"
        body = "。".join(f"{rng.choice(PEOPLE)}同志就{t}发言，提出{rng.choice(TOPICS)}的{rng.randint(2, 9)}条意见"
                        for t in rng.sample(TOPICS, rng.randint(3, 8)))
        expected = len(PEOPLE) if meeting in ("党员大会", "党课", "主题党日") else 9  # everyone, or the committee
        present = rng.randint(expected - 4, expected)
        text = (f"{meeting}会议记录\n会议时间：{_cn(day)}\n主持人：{rng.choice(PEOPLE)}\n"
                f"应到人数：{expected}人\n实到人数：{present}人\n议题：{'；'.join(rng.sample(TOPICS, 3))}\n"
                f"会议内容：{body}。")
        fields = {"会议时间": _cn(day), "应到人数": expected, "实到人数": present}
        if i < photos:
            kind, meeting, fmt, text, fields = "照片", None, "image", "", {}
            path = f"{YEAR}年/照片/IMG_{day:%Y%m%d}_{i:05d}.jpg"
            picture = archive / path
            picture.parent.mkdir(parents=True, exist_ok=True)
            draw_photo(picture, seed=i)
        elif i == photos:
            kind, meeting = "花名册", None
            tables = [{"name": "花名册", "rows": [["姓名", "出生年月", "学历"]]
                       + [[n, f"{rng.randint(1955, 1998)}.{rng.randint(1, 12):02d}", "大专"] for n in PEOPLE]}]
        elif i == photos + 1:
            kind, meeting = "党费台帐", None
            tables = [{"name": "党费", "rows": [["姓名"] + [f"{m}月" for m in range(1, 13)]]
                       + [[n] + ["30"] * 12 for n in PEOPLE]}]
        rows.append(dict(path=path, sha256=f"{i:064x}", size=len(text), mtime_ns=0, format=fmt, kind=kind,
                         meeting_type=meeting, date=day.isoformat(), date_source="content", date_precision="day",
                         title=text.split("\n", 1)[0] if text else path, text=text,
                         fields=json.dumps(fields, ensure_ascii=False), tables=json.dumps(tables, ensure_ascii=False),
                         meta=json.dumps(meta), added_at="2025-12-31T00:00:00", updated_at="2025-12-31T00:00:00"))
    cols = list(rows[0])
    conn.execute("BEGIN")
    conn.executemany(f"INSERT INTO evidence ({', '.join(cols)}) VALUES ({', '.join('?' * len(cols))})",
                     [tuple(r[c] for c in cols) for r in rows])
    conn.execute("COMMIT")
    conn.close()
    return archive


def timing(work: Path, files: int) -> bool:
    photos = min(800, files // 6)
    archive = synthetic(work, files, photos)
    ws = open_workspace(archive)
    conn = connect(ws.catalog_path)
    start = time.perf_counter()
    reports = check_archive(ws, conn)
    took = time.perf_counter() - start
    conn.close()
    print(f"timing_in_process_s {took:.2f} (files {files}, photos {photos}, reports {len(reports)})")
    start = time.perf_counter()
    out = taizhang("--archive", str(archive), "check", "--json")
    wall = time.perf_counter() - start
    print(f"timing_command_s {wall:.2f} (exit {out.returncode}; budget {BUDGET_S:.0f} s)")
    return wall <= BUDGET_S


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--keep", type=Path, help="build in this folder and keep it (default: a temporary folder)")
    ap.add_argument("--no-timing", action="store_true", help="skip the 5,000-file timing")
    ap.add_argument("--only-timing", action="store_true", help="only the 5,000-file timing")
    ap.add_argument("--files", type=int, default=5000, help="files in the timing catalog (default 5000)")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory(prefix="check-quality-") as tmp:
        work = args.keep or Path(tmp)
        work.mkdir(parents=True, exist_ok=True)
        if not args.only_timing:
            for which in ("labelled", "heldout"):
                quality(which, work)
        ok = True
        if not args.no_timing:
            ok = timing(work, args.files)
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
