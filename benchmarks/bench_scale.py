"""Scale benchmark (issue 20): ingest, no-change re-ingest, search p50/p95, status and reports on synthetic archives
of 5,000 (and, with --large, 50,000) files, each with the peak memory (RSS of this process plus its workers).

A script, not a test: one printed line per figure, e.g. `ingest_5000_s 171.2` / `ingest_5000_peak_mb 612`.

    python benchmarks/bench_scale.py                 # 5,000 files
    python benchmarks/bench_scale.py --large         # also 50,000 files (long: about ten times the 5,000 run)
    python benchmarks/bench_scale.py --sizes 1000 --runs 3

Ingest is measured once per size (it is the long part); the no-change re-ingest and status take the median of
--runs; search quotes p50/p95 over every query of QUERIES, after one warm-up pass.
"""

from __future__ import annotations

import argparse
import random
import shutil
import statistics
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import psutil  # noqa: E402

from archive.pipelines.ingest import ingest  # noqa: E402
from archive.workspace import Workspace, init_workspace  # noqa: E402

MEETINGS = ["支部委员会", "党员大会", "党小组会", "主题党日", "党课", "组织生活会"]
PEOPLE = ["王建国", "李秀英", "张伟", "刘芳", "陈明", "杨丽", "赵强", "黄敏", "周杰", "吴静", "徐磊", "孙燕"]
TOPICS = ["学习党章党规", "党费收缴情况", "志愿服务安排", "网格化管理", "疫情防控", "垃圾分类", "老旧小区改造",
          "困难群众帮扶", "民主评议党员", "发展党员工作", "共驻共建协议", "整改措施落实"]
QUERIES = ["支部委员会", "党费", "主题党日 志愿服务", "组织生活会", "党课", "民主评议", "发展党员", "整改措施",
           "王建国", "共驻共建", "3月 支部委员会", "党小组会 学习", "垃圾分类", "困难群众", "网格", "签到",
           "会议记录", "实到人数", "第二季度 党员大会", "老旧小区改造"]
DOCX_SHARE = 0.25  # the rest are .txt: generation and reading both stay affordable at 50,000
SAMPLE_EVERY_S = 0.05
REPORT_KINDS_MEASURED = ("self-assessment", "catalog", "gaps", "rectification")


class PeakMemory:
    """Samples RSS of this process and its children while the `with` body runs; .peak_mb afterwards."""

    def __enter__(self) -> PeakMemory:
        self.peak = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)
        self._thread.start()
        return self

    def _sample(self) -> int:
        me = psutil.Process()
        total = 0
        for p in [me, *me.children(recursive=True)]:
            try:
                total += p.memory_info().rss
            except psutil.Error:
                pass
        return total

    def _run(self) -> None:
        while not self._stop.is_set():
            self.peak = max(self.peak, self._sample())
            time.sleep(SAMPLE_EVERY_S)

    def __exit__(self, *exc) -> None:
        self._stop.set()
        self._thread.join()
        self.peak = max(self.peak, self._sample())

    @property
    def peak_mb(self) -> int:
        return round(self.peak / 2**20)


def _minutes(rng: random.Random, i: int) -> list[str]:
    month, day = rng.randint(1, 12), rng.randint(1, 28)
    meeting = MEETINGS[i % len(MEETINGS)]
    host, clerk = rng.sample(PEOPLE, 2)
    topics = "；".join(rng.sample(TOPICS, 3))
    present = rng.randint(5, 9)
    return [f"{meeting}会议记录（第{i}号）", f"会议时间：2025年{month}月{day}日", "会议地点：社区党群服务中心",
            f"主持人：{host}", f"记录人：{clerk}", "应到人数：9人", f"实到人数：{present}人", f"议题：{topics}",
            "会议内容：" + "。".join(f"{rng.choice(PEOPLE)}同志就{t}发言" for t in rng.sample(TOPICS, 4)) + "。"]


def build_archive(root: Path, n: int, seed: int = 20) -> Workspace:
    """n files in folders of 200, about DOCX_SHARE of them Word documents."""
    import docx

    ws = init_workspace(root, "seed000", "基准社区", 2025)
    rng = random.Random(seed)
    for i in range(n):
        folder = root / "2025年党建资料" / f"第{i // 200:03d}批"
        folder.mkdir(parents=True, exist_ok=True)
        lines = _minutes(rng, i)
        if rng.random() < DOCX_SHARE:
            d = docx.Document()
            for line in lines:
                d.add_paragraph(line)
            d.save(str(folder / f"材料{i:05d}.docx"))
        else:
            (folder / f"材料{i:05d}.txt").write_text("\n".join(lines), encoding="utf-8")
    return ws


def measure(label: str, fn: Callable[[], object], runs: int = 1) -> None:
    times, peaks = [], []
    for _ in range(runs):
        with PeakMemory() as mem:
            started = time.perf_counter()
            fn()
            times.append(time.perf_counter() - started)
        peaks.append(mem.peak_mb)
    print(f"{label}_s {statistics.median(times):.2f}", flush=True)
    print(f"{label}_peak_mb {max(peaks)}", flush=True)


def bench_size(n: int, runs: int) -> None:
    tmp = Path(tempfile.mkdtemp(prefix=f"bench-scale-{n}-"))
    try:
        started = time.perf_counter()
        ws = build_archive(tmp / "档案", n)
        print(f"generate_{n}_s {time.perf_counter() - started:.1f}", flush=True)
        measure(f"ingest_{n}", lambda: ingest(ws, ocr=False))
        measure(f"reingest_noop_{n}", lambda: ingest(ws, ocr=False), runs)
        _bench_search(ws, n)
        status = _bench_status(ws, n, runs)
        if status is not None:
            _bench_reports(ws, n, status, tmp / "输出")
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def _bench_search(ws: Workspace, n: int) -> None:
    from archive import indexer
    from archive.pipelines.search import SearchFilters, search_archive

    indexer.clear_cache()
    with PeakMemory() as mem:
        for q in QUERIES:  # warm-up: opening the index, jieba's dictionary
            search_archive(ws, q, SearchFilters())
        latencies = []
        for q in QUERIES:
            started = time.perf_counter()
            search_archive(ws, q, SearchFilters())
            latencies.append((time.perf_counter() - started) * 1000)
    latencies.sort()
    print(f"search_{n}_p50_ms {statistics.median(latencies):.1f}", flush=True)
    print(f"search_{n}_p95_ms {latencies[max(0, round(0.95 * len(latencies)) - 1)]:.1f}", flush=True)
    print(f"search_{n}_peak_mb {mem.peak_mb}", flush=True)


def _bench_status(ws: Workspace, n: int, runs: int) -> dict | None:
    try:
        from archive.assess import assess_archive
    except ImportError:
        print(f"status_{n}_s n/a", flush=True)
        return None
    result: dict = {}

    def run() -> None:
        result["status"] = assess_archive(ws).to_json()

    measure(f"status_{n}", run, runs)
    return result["status"]


def _bench_reports(ws: Workspace, n: int, status: dict, out: Path) -> None:
    try:
        from archive.generators import write_report
    except ImportError:
        print(f"report_{n}_s n/a", flush=True)
        return
    out.mkdir(parents=True, exist_ok=True)
    for kind in REPORT_KINDS_MEASURED:
        measure(f"report_{kind}_{n}", lambda kind=kind: write_report(ws, kind, out / f"{kind}.docx", status,
                                                                       force=True))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="5000", help="comma-separated archive sizes (default 5000)")
    parser.add_argument("--large", action="store_true", help="also 50,000 files")
    parser.add_argument("--runs", type=int, default=3, help="runs of the repeatable figures (median)")
    args = parser.parse_args()
    sizes = [int(s) for s in args.sizes.split(",") if s]
    if args.large and 50_000 not in sizes:
        sizes.append(50_000)
    for n in sizes:
        bench_size(n, args.runs)


if __name__ == "__main__":
    main()
