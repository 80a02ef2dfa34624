"""Ingest benchmark (issue 11): text-format files/s, OCR seconds per photo, no-change re-ingest of 5,000 files.

A script, not a test: it prints one line per figure so runs on the same machine can be compared.

    python benchmarks/bench_ingest.py                # all figures, median of 3 runs
    python benchmarks/bench_ingest.py --only text,ocr --runs 5

Budgets on the 2-core reference machine: text_files_per_s ≥ 30, ocr_s_per_photo ≤ 1, noop_reingest_5000_s < 5.
Archives are generated into a temporary directory with archive.workspace.init_workspace and read through the real
archive.pipelines.ingest.ingest.
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from archive.pipelines.ingest import ingest  # noqa: E402
from archive.workspace import Workspace, init_workspace  # noqa: E402

SAMPLE = ROOT / "sample_evidence"
REAL_OFFICE = ROOT.parent / "shared" / "corpora" / "real-office"  # beside the checkout, when present
TEXT_PDF = REAL_OFFICE / "党员发展流程图.pdf"  # a one-page PDF with a Chinese text layer
PHOTOS = [  # banner/activity photos, chat-app photos, phone photos of printed pages
    SAMPLE / "2025年党建资料/活动照片/IMG_20250312_093015.jpg",
    SAMPLE / "2025年党建资料/活动照片/IMG_20250415_101503.jpg",
    SAMPLE / "微信图片/微信图片_20250415102233.jpg",
    SAMPLE / "微信图片/微信图片_20250701093512.jpg",
    SAMPLE / "微信图片/mmexport1741746000000.jpg",
    REAL_OFFICE / "demo1.jpg",
    REAL_OFFICE / "demo.jpg",
]
TEXT_MIX = (("docx", 35), ("xlsx", 20), ("pdf", 15), ("txt", 20), ("csv", 10))  # percent of the text archive
MINUTES = ("{n}月支部委员会会议记录\n会议时间：2025年{n}月{d}日上午9:00\n会议地点：社区党群服务中心\n主持人：王建国\n"
           "记录人：李秀英\n应到人数：7人\n实到人数：{a}人\n缺席人员及原因：张伟因病请假\n议题：一、传达学习街道党工委会议精神；"
           "二、研究主题党日活动安排；三、讨论党费收缴情况。\n会议内容：王建国同志传达了会议精神，要求全体支委落实三会一课制度。"
           "李秀英同志通报了党费收缴情况，应缴党员42名，实缴{p}名。会议决定{n}月下旬开展志愿服务主题党日活动。\n")
MEMBERS = ["王建国", "李秀英", "张伟", "刘芳", "陈明", "杨丽", "赵强", "黄敏", "周杰", "吴静", "徐磊", "孙燕"]


def _minutes(i: int) -> str:
    return MINUTES.format(n=i % 12 + 1, d=i % 28 + 1, a=5 + i % 3, p=38 + i % 5) + f"（第{i}份）\n"


def _write_docx(path: Path, i: int) -> None:
    from docx import Document

    doc = Document()
    lines = _minutes(i).splitlines()
    doc.add_heading(lines[0], level=1)
    for line in lines[1:]:
        doc.add_paragraph(line)
    table = doc.add_table(rows=1, cols=3)
    for cell, text in zip(table.rows[0].cells, ("姓名", "职务", "签到"), strict=True):
        cell.text = text
    for name in MEMBERS[: 4 + i % 6]:
        row = table.add_row().cells
        row[0].text, row[1].text, row[2].text = name, "党员", "已到"
    doc.save(str(path))


def _write_xlsx(path: Path, i: int) -> None:
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.title = "党费收缴"
    ws.append(["2025年党费收缴台帐"])
    ws.append(["姓名", *[f"{m}月" for m in range(1, 13)], "合计"])
    for k, name in enumerate(MEMBERS):
        dues = [20 + (i + k) % 7 if (m + k + i) % 11 else None for m in range(12)]
        ws.append([name, *dues, sum(d for d in dues if d)])
    wb.save(str(path))


def _write_text_archive(root: Path, count: int) -> dict[str, int]:
    folder = root / "2025年党建资料"
    folder.mkdir(parents=True, exist_ok=True)
    pdf_bytes = TEXT_PDF.read_bytes() if TEXT_PDF.is_file() else None
    made: dict[str, int] = {}
    i = 0
    for fmt, share in TEXT_MIX:
        for _ in range(round(count * share / 100)):
            i += 1
            path = folder / f"新建文件 ({i}).{fmt}"
            if fmt == "docx":
                _write_docx(path, i)
            elif fmt == "xlsx":
                _write_xlsx(path, i)
            elif fmt == "pdf":
                if pdf_bytes is None:
                    continue
                path.write_bytes(pdf_bytes + f"\n%bench copy {i}\n".encode())  # distinct content, same PDF
            elif fmt == "txt":
                path.write_text(_minutes(i), encoding="utf-8" if i % 2 else "gb18030")
            else:
                rows = ["序号,项目名称,负责人,完成时间,完成情况"]
                rows += [f"{k},为民办实事项目{i}-{k},{MEMBERS[k % 12]},2025年{k % 12 + 1}月,已完成" for k in range(1, 15)]
                path.write_text("\n".join(rows) + "\n", encoding="utf-8")
            made[fmt] = made.get(fmt, 0) + 1
    return made


def _new_workspace(base: Path, name: str) -> Workspace:
    return init_workspace(base / name, rubric="seed000", org="基准测试社区党支部", year=2025)


def _fmt(value: float) -> str:
    return f"{value:.2f}" if value < 100 else f"{value:.0f}"


def bench_text(runs: int, count: int) -> None:
    rates = []
    made: dict[str, int] = {}
    for run in range(runs):
        with tempfile.TemporaryDirectory(prefix="bench-text-") as tmp:
            ws = _new_workspace(Path(tmp), "archive")
            made = _write_text_archive(ws.root, count)
            total = sum(made.values())
            start = time.perf_counter()
            report = ingest(ws, ocr=False)
            elapsed = time.perf_counter() - start
            if report.failed or report.extracted != total:
                raise SystemExit(f"text run {run}: {report.extracted}/{total} read, failed: {report.failed[:3]}")
            rates.append(total / elapsed)
    mix = " ".join(f"{k}={v}" for k, v in made.items())
    print(f"text_files_per_s {_fmt(statistics.median(rates))} (median of {runs} runs, {sum(made.values())} files: {mix};"
          f" runs {' '.join(_fmt(r) for r in rates)}; budget >= 30)")


def _photos() -> list[Path]:
    return [p for p in PHOTOS if p.is_file()]


def bench_ocr(runs: int) -> None:
    from PIL import Image

    from archive.extract import image as image_extractor
    from archive.extract import ocr
    from archive.extract.base import ExtractContext
    from archive.workspace import Limits

    photos = _photos()
    ocr.recognize(Image.new("RGB", (320, 96), "white"), Limits())  # engine start-up is not per photo
    per_photo: list[float] = []
    for photo in photos:
        times = []
        for run in range(runs):
            with tempfile.TemporaryDirectory(prefix="bench-ocr-") as tmp:  # a fresh, empty OCR cache
                ctx = ExtractContext(limits=Limits(), cache_dir=Path(tmp) / "cache", thumbs_dir=Path(tmp) / "thumbs",
                                     sha256=f"bench{run}", ocr=True)
                ctx.thumbs_dir.mkdir()
                start = time.perf_counter()
                out = image_extractor.extract(photo, ctx)
                times.append(time.perf_counter() - start)
                if not out.text.strip():
                    raise SystemExit(f"OCR read nothing from {photo.name}")
        per_photo.append(statistics.median(times))
    listing = " ".join(f"{p.name}={_fmt(t)}" for p, t in zip(photos, per_photo, strict=True))
    print(f"ocr_s_per_photo {_fmt(statistics.median(per_photo))} (median over {len(photos)} photos, each the median of"
          f" {runs} runs, one process, cache cleared; {listing}; budget <= 1)")

    # The same photos through the real ingest (worker pool, OCR threads split between workers, cache cleared).
    walls = []
    for _ in range(runs):
        with tempfile.TemporaryDirectory(prefix="bench-ocr-ingest-") as tmp:
            ws = _new_workspace(Path(tmp), "archive")
            for k, photo in enumerate(photos):
                shutil.copyfile(photo, ws.root / f"{k:02d}_{photo.name}")
            start = time.perf_counter()
            report = ingest(ws, ocr=True)
            walls.append((time.perf_counter() - start) / len(photos))
            if report.failed:
                raise SystemExit(f"OCR ingest failed: {report.failed[:3]}")
    print(f"ocr_ingest_s_per_photo {_fmt(statistics.median(walls))} (median of {runs} ingests of {len(photos)} photos,"
          f" wall time / photos incl. worker start-up and indexing; runs {' '.join(_fmt(w) for w in walls)})")


def _write_small_files(root: Path, count: int) -> None:
    per_folder = 250
    for i in range(count):
        folder = root / f"{2020 + i // 1000}年台帐" / f"第{i // per_folder % 4 + 1}批"
        if i % per_folder == 0 or not folder.exists():
            folder.mkdir(parents=True, exist_ok=True)
        (folder / f"记录{i:05d}.txt").write_text(f"第{i}号记录：2025年{i % 12 + 1}月主题党日活动，参加党员{i % 40}人。\n",
                                                encoding="utf-8")


def bench_noop(runs: int, count: int) -> None:
    with tempfile.TemporaryDirectory(prefix="bench-noop-") as tmp:
        ws = _new_workspace(Path(tmp), "archive")
        _write_small_files(ws.root, count)
        start = time.perf_counter()
        first = ingest(ws, ocr=False)
        first_s = time.perf_counter() - start
        if first.extracted != count:
            raise SystemExit(f"first ingest read {first.extracted} of {count} files")
        times = []
        for _ in range(runs):
            start = time.perf_counter()
            again = ingest(ws, ocr=False)
            times.append(time.perf_counter() - start)
            if again.extracted or again.unchanged != count:
                raise SystemExit(f"no-change run read {again.extracted} files, {again.unchanged} unchanged")
    print(f"noop_reingest_{count}_s {_fmt(statistics.median(times))} (median of {runs} no-change runs;"
          f" runs {' '.join(_fmt(t) for t in times)}; first ingest {_fmt(first_s)} s; budget < 5)")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--only", default="text,ocr,noop", help="comma-separated: text, ocr, noop")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--text-files", type=int, default=300)
    parser.add_argument("--noop-files", type=int, default=5000)
    args = parser.parse_args(argv)
    benches: dict[str, Callable[[], None]] = {
        "text": lambda: bench_text(args.runs, args.text_files),
        "ocr": lambda: bench_ocr(args.runs),
        "noop": lambda: bench_noop(args.runs, args.noop_files),
    }
    for name in args.only.split(","):
        benches[name.strip()]()


if __name__ == "__main__":
    main()
