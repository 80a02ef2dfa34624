"""Suggestion speed: `suggest` over a synthetic 5,000-file archive (issue 17 budget: < 10 s).

Catalog rows are inserted directly (no extraction): minutes of every meeting type, plans, summaries, agreements,
rules, notices, ledgers, rosters, photos' OCR lines and unrelated files, each with ~1,000 characters of text, and
a share of them filed by hand so that the nearest-neighbour learning has work to do. Prints one line per figure
(medians of --runs runs):

    suggest_<n>_s          full `suggest` (folder conventions, features, rules, neighbours) over every file
    suggest_<n>_cpu_s      the same in CPU seconds of this process (steadier on a busy machine)
    suggest_<n>_per_file_ms
    suggest_one_file_s     `suggest PATH` for a single file in the same archive

    python benchmarks/bench_suggest.py [--files 5000] [--filed 300] [--runs 3]
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

BUDGET_S = 10.0
SEED = 17
NAMES = "周海燕 孙立新 陆晓峰 马国栋 贾卫东 夏安琪 钱桂英 邹梓涵 何静怡 潘雨婷 章小满 柳佳慧".split()
KINDS = [
    ("会议记录", "支部委员会", "支部委员会会议记录", ["8"]), ("会议记录", "党员大会", "党员大会会议记录", ["8"]),
    ("会议记录", "党课", "党课记录", ["8", "9"]), ("会议记录", "主题党日", "主题党日活动记录", ["9"]),
    ("会议记录", "联席会议", "党建工作联席会议记录", ["18"]), ("会议记录", "共建活动", "共建活动记录", ["16"]),
    ("会议记录", "志愿服务", "党员志愿服务活动记录", ["13"]), ("计划", None, "年度党建工作计划", ["15"]),
    ("总结", None, "年度党建工作总结", ["15"]), ("协议", None, "党建共建协议书", ["16"]),
    ("制度", None, "议事规则", ["2"]), ("通知", None, "关于召开党员大会的通知", ["8"]),
    ("党费台帐", None, "党费收缴台帐", ["14"]), ("花名册", None, "党员花名册", ["8"]),
    ("照片", None, "党员活动室", ["20"]), ("测评", None, "满意度测评结果", ["33"]),
    ("其他", None, "社区工作人员通讯录", []), ("其他", None, "工作日志", []),
]
FILLER = ("社区党委围绕基层治理和为民服务，组织党员骨干深入小区楼栋，听取居民意见，研究解决停车难、加装电梯、"
          "垃圾分类等问题，并对下一阶段工作作出安排。会议强调要落实责任、细化措施、按期完成。")


def make_archive(root: Path, files: int, filed: int) -> None:
    from archive.catalog import connect
    from archive.workspace import init_workspace, open_workspace

    init_workspace(root, "seed000", "东湖社区党委", 2025)
    ws = open_workspace(root)
    conn = connect(ws.catalog_path)
    rnd = random.Random(SEED)
    rows = []
    for i in range(files):
        kind, mt, title, _ = KINDS[i % len(KINDS)]
        month = rnd.randint(1, 12)
        names = "、".join(rnd.sample(NAMES, 4))
        text = f"东湖社区党委{title}\n时间：2025年{month}月{rnd.randint(1, 28)}日\n参加人员：{names}\n" + FILLER * 6
        folder = rnd.choice(["社区党建2025/资料", "新建文件夹", "微信文件", "扫描件", "08 党员资料台帐"])
        path = f"{folder}/{i:05d}_{rnd.choice(['新建 Microsoft Word 文档', title, '扫描件'])}.docx"
        sha = hashlib.sha256(path.encode()).hexdigest()
        fields = {"会议时间": f"2025年{month}月8日", "应到人数": "12", "实到人数": "10"} if kind == "会议记录" else {}
        rows.append((path, sha, len(text), 0, "docx", kind, mt, f"2025-{month:02d}-08", "content", f"东湖社区党委{title}",
                     text, 1, 0, 0, json.dumps(fields, ensure_ascii=False), "[]", "{}", "[]", 0, 1, "2025-12-01",
                     "2025-12-01"))
    with conn:
        conn.execute("BEGIN")
        conn.executemany("INSERT INTO evidence (path, sha256, size, mtime_ns, format, kind, meeting_type, date, "
                         "date_source, title, text, pages, ocr, ocr_skipped, fields, tables, meta, warnings, gone, "
                         "extractor_version, added_at, updated_at) VALUES "
                         "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows)
        ids = [r[0] for r in conn.execute("SELECT id FROM evidence ORDER BY id")]
        for eid in rnd.sample(ids, min(filed, len(ids))):
            items = KINDS[(eid - 1) % len(KINDS)][3] or ["27"]
            conn.execute("INSERT OR IGNORE INTO filings (evidence_id, rubric_id, item_id, source, who, at) "
                         "VALUES (?, 'seed000', ?, 'manual', 'bench', '2025-12-01')", (eid, items[0]))
    conn.close()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--files", type=int, default=5000)
    parser.add_argument("--filed", type=int, default=300, help="files filed by hand (labelled data)")
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    from archive.catalog import connect
    from archive.filing import suggest
    from archive.workspace import open_workspace

    with tempfile.TemporaryDirectory(prefix="bench-suggest-") as tmp:
        root = Path(tmp) / "archive"
        make_archive(root, args.files, args.filed)
        ws = open_workspace(root)
        full, cpu, one = [], [], []
        for _ in range(args.runs):
            conn = connect(ws.catalog_path)
            start, start_cpu = time.perf_counter(), time.process_time()
            result = suggest(ws, conn)
            full.append(time.perf_counter() - start)
            cpu.append(time.process_time() - start_cpu)
            start = time.perf_counter()
            suggest(ws, conn, [result[len(result) // 2].path])
            one.append(time.perf_counter() - start)
            conn.close()
        assert len(result) == args.files
    median = statistics.median(full)
    print(f"suggest_{args.files}_s {median:.2f}")
    print(f"suggest_{args.files}_cpu_s {statistics.median(cpu):.2f}")
    print(f"suggest_{args.files}_per_file_ms {1000 * median / args.files:.2f}")
    print(f"suggest_one_file_s {statistics.median(one):.2f}")
    if args.files >= 5000 and median > BUDGET_S:
        print(f"missed_budget suggest_{args.files}_s {median:.2f} > {BUDGET_S}")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
