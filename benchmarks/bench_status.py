"""Status benchmark: `taizhang status` on a synthetic 5,000-file archive (catalog rows inserted directly).

    python benchmarks/bench_status.py                  # 5,000 files, median of 5 runs
    python benchmarks/bench_status.py --files 20000 --runs 3

Prints one line per figure: the whole `taizhang status --json` command in a fresh process (what the archivist
waits for), and assess_archive() in-process. Budget (issue 18): the command answers in < 2 s at 5,000 files; the
exit status is 1 when it is missed.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from archive.assess import assess_archive  # noqa: E402
from archive.catalog import connect  # noqa: E402
from archive.workspace import init_workspace, open_workspace  # noqa: E402

SEED = 20251231
YEAR = 2025
BUDGET_S = 2.0
MEETINGS = ["支部委员会", "党员大会", "党课", "党小组会", "主题党日", "联席会议", "共建活动", "志愿服务"]
KINDS = ["计划", "总结", "制度", "协议", "测评", "通知", "其他", "照片", "签到表"]
NAMES = [s + g for s in "王李张刘陈杨黄赵吴周" for g in ("秀兰", "建国", "海燕", "志强", "丽华", "伟")]
FILLER = "围绕党建引领基层治理，认真学习贯彻上级精神，研究部署社区各项工作，落实三会一课制度。" * 20


def _row(rng: random.Random, i: int) -> dict:
    date = dt.date(YEAR, 1, 1) + dt.timedelta(days=rng.randrange(365))
    kind = rng.choice(["会议记录"] * 5 + KINDS)
    meeting = rng.choice(MEETINGS) if kind in ("会议记录", "照片", "签到表") else None
    fields, tables = {}, []
    if kind == "会议记录":
        due = rng.randint(5, 40)
        fields = {"会议时间": f"{date.year}年{date.month}月{date.day}日", "应到人数": due,
                  "实到人数": rng.randint(due // 2, due)}
    text = f"{meeting or kind}{i} {FILLER[: rng.randint(200, 2400)]} 满意率{rng.randint(80, 99)}.5%"
    if i == 0:
        kind, meeting = "党费台帐", None
        tables = [{"name": "党费", "rows": [["姓名"] + [f"{m}月" for m in range(1, 13)]]
                   + [[n] + [str(rng.choice([30, 30, 30, "欠交"])) for _ in range(12)] for n in NAMES]}]
    if i == 1:
        kind, meeting = "花名册", None
        tables = [{"name": "花名册", "rows": [["姓名", "出生年月", "学历", "职务"]]
                   + [[n, f"{rng.randint(1955, 1998)}.{rng.randint(1, 12):02d}", rng.choice(["大专", "本科", "高中"]),
                       rng.choice(["书记", "委员", "党员", "党员"])] for n in NAMES]}]
    return dict(path=f"{YEAR}年/{kind}/{i:05d}.docx", sha256=f"{i:064x}", size=len(text), mtime_ns=0, format="docx",
                kind=kind, meeting_type=meeting, date=date.isoformat(), date_source="content", title=f"{kind}{i}",
                text=text, fields=json.dumps(fields, ensure_ascii=False), tables=json.dumps(tables, ensure_ascii=False),
                added_at="2025-12-31T00:00:00", updated_at="2025-12-31T00:00:00")


def build(root: Path, files: int) -> Path:
    archive = root / "archive"
    init_workspace(archive, "seed000", "基准社区", YEAR)
    ws = open_workspace(archive)
    conn = connect(ws.catalog_path)
    rng = random.Random(SEED)
    rows = [_row(rng, i) for i in range(files)]
    cols = list(rows[0])
    conn.execute("BEGIN")
    conn.executemany(f"INSERT INTO evidence ({', '.join(cols)}) VALUES ({', '.join('?' * len(cols))})",
                     [tuple(r[c] for c in cols) for r in rows])
    items = [str(i) for i in range(1, 34)]
    conn.executemany("INSERT OR IGNORE INTO filings (evidence_id, rubric_id, item_id, source, at) "
                     "VALUES (?, 'seed000', ?, 'suggestion', '2025-12-31')",
                     [(rng.randint(1, files), rng.choice(items)) for _ in range(files // 5)])
    conn.execute("COMMIT")
    conn.close()
    return archive


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--files", type=int, default=5000)
    ap.add_argument("--runs", type=int, default=5)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        archive = build(Path(tmp), args.files)
        cmd, lib = [], []
        for _ in range(args.runs):
            t = time.perf_counter()
            out = subprocess.run([sys.executable, "-m", "archive", "--archive", str(archive), "status", "--json",
                                  "--as-of", f"{YEAR}-12-31"], capture_output=True, text=True, check=True).stdout
            cmd.append(time.perf_counter() - t)
            assert len(json.loads(out)["items"]) == 33
            t = time.perf_counter()
            assess_archive(open_workspace(archive), dt.date(YEAR, 12, 31))
            lib.append(time.perf_counter() - t)
    n = args.files
    print(f"status_cmd_{n}_s {statistics.median(cmd):.2f}")
    print(f"assess_archive_{n}_s {statistics.median(lib):.2f}")
    if n <= 5000 and statistics.median(cmd) >= BUDGET_S:
        print(f"budget missed: status at {n} files >= {BUDGET_S} s")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
