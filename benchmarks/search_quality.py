"""Search quality on the labelled query set (issue 12, point 4): our engine against two naive baselines.

    python benchmarks/search_quality.py            # sample_evidence + every real-office file (OCR: a few minutes once)
    python benchmarks/search_quality.py --quick    # sample_evidence + the real-office files that need no OCR
    python benchmarks/search_quality.py --no-cache # rebuild the archive even if a cached build exists

The archive is `sample_evidence/` (without README.md) plus the files of `../shared/corpora/real-office/` in a
folder `real-office/`, ingested with OCR. The built archive (its catalog is the slow part: OCR, LibreOffice) is
cached in the temp directory under a key made of the input files and the extraction code; the search index is
always rebuilt from the catalog, so changes to `archive/indexer/` are measured without a new build.

Engines, run on the same documents (the catalog's title and extracted text):

* ours:  `archive.pipelines.search.search_archive` (limit 10);
* whoosh+jieba: plain Whoosh, jieba's `ChineseAnalyzer` on title and text, Whoosh's default `MultifieldParser`
  (AND group) over both fields, BM25F;
* grep: a document matches when its title + text contain every whitespace-separated query term as a substring;
  ranked by the number of occurrences.

Figures, one line each: recall@10 (per query |relevant ∩ top 10| / min(|relevant|, 10), averaged), MRR (1 / rank
of the first relevant document in the top 10, 0 if none) and verbatim recall (over queries whose text, after
width/case normalisation, occurs in relevant documents: the share of those documents found in the top 10).
Queries of type `manifest` whose file yielded no text holding the phrase are extraction gaps: listed, not scored.
"""

from __future__ import annotations

import argparse
import dataclasses
import hashlib
import json
import re
import shutil
import sys
import tempfile
import time
import unicodedata
from collections.abc import Callable, Iterable
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

SAMPLE = REPO / "sample_evidence"
REAL_OFFICE = REPO.parent / "shared" / "corpora" / "real-office"
QUERIES = REPO / "tests" / "data" / "search_queries.yaml"
REAL_DIR = "real-office"  # folder of the real-office files inside the archive
TOP_K = 10
CACHE_ROOT = Path(tempfile.gettempdir()) / "taizhang-search-quality"
IMAGE_SUFFIXES = {".jpg", ".jpeg", ".png", ".bmp", ".tif", ".tiff", ".gif", ".webp"}

ORG = "幸福里社区党支部"
RUBRIC = "seed000"
YEAR = 2025

# Targets of issue 12.
TARGET_RECALL = 0.98
TARGET_MRR = 0.95
TARGET_VERBATIM = 1.0


# ------------------------------------------------------------------------------------------------ queries


@dataclasses.dataclass
class LabelledQuery:
    q: str
    type: str
    relevant: list[str]


def load_queries(path: Path = QUERIES) -> list[LabelledQuery]:
    import yaml

    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    return [LabelledQuery(str(e["q"]), str(e.get("type", "")), [str(r) for r in e.get("relevant") or []])
            for e in data["queries"]]


# ----------------------------------------------------------------------------------------------- the archive


def real_office_files(quick: bool) -> list[Path]:
    """The real-office files to copy in; `quick` leaves out those only legible through OCR (slow)."""
    if not REAL_OFFICE.is_dir():
        return []
    manifest = json.loads((REAL_OFFICE / "MANIFEST.json").read_text(encoding="utf-8"))
    out: list[Path] = []
    for entry in manifest:
        path = REAL_OFFICE / entry["file"]
        if not path.is_file():
            continue
        needs_ocr = path.suffix.lower() in IMAGE_SUFFIXES or entry.get("has_text_layer") is False
        if quick and needs_ocr:
            continue
        out.append(path)
    return sorted(out)


def _sample_files() -> list[Path]:
    return sorted(p for p in SAMPLE.rglob("*") if p.is_file() and p.relative_to(SAMPLE).as_posix() != "README.md")


def cache_key(quick: bool) -> str:
    """The inputs (names and content). A cached build is brought up to date by `ingest` itself (files are read
    again when the catalog's extractor version changes); `--no-cache` starts from scratch."""
    h = hashlib.sha256(f"quick={quick};org={ORG};rubric={RUBRIC};year={YEAR}".encode())
    for base, files in ((SAMPLE, _sample_files()), (REAL_OFFICE, real_office_files(quick))):
        for p in files:
            h.update(p.relative_to(base).as_posix().encode())
            h.update(hashlib.sha256(p.read_bytes()).digest())
    return h.hexdigest()[:16]


def build_archive(dest: Path, quick: bool = False, before_ingest=None):  # -> Workspace
    """Copy the inputs into `dest` (a new folder), create the workspace and ingest with OCR (`before_ingest(root)`
    first, when given: the tests give the archive OCR results they already have)."""
    from archive.pipelines.ingest import ingest
    from archive.workspace import init_workspace

    shutil.copytree(SAMPLE, dest, ignore=shutil.ignore_patterns("README.md"))
    files = real_office_files(quick)
    if files:
        (dest / REAL_DIR).mkdir()
        for f in files:
            shutil.copyfile(f, dest / REAL_DIR / f.name)  # copyfile: the copies are writable, the inputs are not
    ws = init_workspace(dest, rubric=RUBRIC, org=ORG, year=YEAR)
    if before_ingest is not None:
        before_ingest(dest)
    ingest(ws, ocr=True)
    return ws


def prepare_archive(quick: bool = False, use_cache: bool = True, dest: Path | None = None,
                    before_ingest=None):  # -> Workspace
    """A built archive with a freshly rebuilt index: from the cache when possible, else built (and cached). With
    `dest`, built there (`before_ingest` as in build_archive); its ingest has just built the index."""
    from archive import indexer
    from archive.pipelines.ingest import ingest
    from archive.workspace import open_workspace

    if dest is not None:
        ws = build_archive(dest, quick, before_ingest)
        indexer.clear_cache()
        return ws
    target = CACHE_ROOT / f"{'quick' if quick else 'full'}-{cache_key(quick)}"
    if not use_cache or not (target / "taizhang.toml").exists():
        CACHE_ROOT.mkdir(parents=True, exist_ok=True)
        tmp = Path(tempfile.mkdtemp(prefix="build-", dir=CACHE_ROOT))
        shutil.rmtree(tmp)
        build_archive(tmp, quick)
        if target.exists():
            shutil.rmtree(target)
        tmp.rename(target)
        ws = open_workspace(target)
    else:
        ws = open_workspace(target)
        ingest(ws, ocr=True)  # a no-op unless the extractors changed their version
    rebuild(ws)
    indexer.clear_cache()
    return ws


def rebuild(ws) -> None:  # type: ignore[no-untyped-def]
    from archive.catalog.db import connect
    from archive.pipelines.sync_index import rebuild_index

    conn = connect(ws.catalog_path)
    try:
        rebuild_index(ws, conn)
    finally:
        conn.close()


@dataclasses.dataclass
class Doc:
    path: str
    title: str
    text: str
    readable: bool  # extracted without error (an unreadable file is still "in the archive")


def load_docs(ws) -> dict[str, Doc]:  # type: ignore[no-untyped-def]
    """Every catalogued file (first copies), with the title and text the extractors produced."""
    from archive.catalog import evidence as cat
    from archive.catalog.db import connect

    conn = connect(ws.catalog_path)
    try:
        return {ev.path: Doc(ev.path, ev.title or "", ev.text or "", ev.error is None)
                for ev in cat.iter_evidence(conn, include_gone=False, include_duplicates=False, with_text=True)}
    finally:
        conn.close()


# ------------------------------------------------------------------------------------------------- engines

Engine = Callable[[str], list[str]]  # query → paths, best first (at most TOP_K)


def ours(ws) -> Engine:  # type: ignore[no-untyped-def]
    from archive.pipelines.search import SearchFilters, search_archive

    def run(q: str) -> list[str]:
        return [h.path for h in search_archive(ws, q, SearchFilters(limit=TOP_K))]

    return run


def whoosh_jieba(docs: Iterable[Doc]) -> Engine:
    """Plain Whoosh + jieba's ChineseAnalyzer over title and text, default parser (AND), in a temporary folder of its
    own (Whoosh's RamStorage writes its segment through a fixed /tmp/MAIN.tmp, which a second process indexing at
    the same time deletes under it)."""
    import logging

    import jieba
    from jieba.analyse import ChineseAnalyzer
    from whoosh import fields
    from whoosh.filedb.filestore import FileStorage
    from whoosh.qparser import MultifieldParser

    jieba.setLogLevel(logging.WARNING)
    analyzer = ChineseAnalyzer()
    schema = fields.Schema(path=fields.ID(stored=True, unique=True), title=fields.TEXT(analyzer=analyzer),
                           text=fields.TEXT(analyzer=analyzer))
    folder = tempfile.TemporaryDirectory(prefix="whoosh-jieba-")  # removed when the engine is dropped
    ix = FileStorage(folder.name).create_index(schema)
    writer = ix.writer()
    for d in docs:
        if d.readable:
            writer.add_document(path=d.path, title=d.title, text=d.text)
    writer.commit()
    searcher = ix.searcher()
    parser = MultifieldParser(["title", "text"], schema=schema)

    def run(q: str, _folder=folder) -> list[str]:  # the engine holds its folder
        return [hit["path"] for hit in searcher.search(parser.parse(q), limit=TOP_K)]

    return run


def grep(docs: Iterable[Doc]) -> Engine:
    """Every whitespace-separated term as a substring of title + text; most occurrences first."""
    corpus = [(d.path, d.title + "\n" + d.text) for d in docs if d.readable]

    def run(q: str) -> list[str]:
        terms = q.split()
        if not terms:
            return []
        scored = [(-sum(text.count(t) for t in terms), path) for path, text in corpus
                  if all(t in text for t in terms)]
        scored.sort()
        return [path for _, path in scored[:TOP_K]]

    return run


# ---------------------------------------------------------------------------------------------- evaluation


def _fold(text: str) -> str:
    """Width and case normalisation, whitespace collapsed (the promise: a query string in the text finds it)."""
    return re.sub(r"\s+", " ", unicodedata.normalize("NFKC", text).casefold()).strip()


def _compact(text: str) -> str:
    from archive.indexer import normalize

    return re.sub(r"\W+", "", normalize(text))


@dataclasses.dataclass
class Judged:
    query: LabelledQuery
    relevant: list[str]  # present in this archive
    verbatim: list[str]  # relevant documents whose text holds the query verbatim


@dataclasses.dataclass
class Prepared:
    scored: list[Judged]
    skipped_absent: list[LabelledQuery]  # none of the relevant files is in this archive
    extraction_gaps: list[LabelledQuery]  # manifest phrase not in the extracted text of its files


def prepare(queries: list[LabelledQuery], docs: dict[str, Doc]) -> Prepared:
    out = Prepared([], [], [])
    for lq in queries:
        relevant = [p for p in lq.relevant if p in docs]
        if not relevant:
            out.skipped_absent.append(lq)
            continue
        if lq.type == "manifest":
            phrase = _compact(lq.q)
            if not any(phrase in _compact(docs[p].title + "\n" + docs[p].text) for p in relevant):
                out.extraction_gaps.append(lq)
                continue
        needle = _fold(lq.q)
        verbatim = [p for p in relevant if needle in _fold(docs[p].title + "\n" + docs[p].text)]
        out.scored.append(Judged(lq, relevant, verbatim))
    return out


@dataclasses.dataclass
class QueryResult:
    judged: Judged
    ranked: list[str]
    recall: float
    rr: float
    verbatim_recall: float | None

    @property
    def first_rank(self) -> int | None:
        for i, p in enumerate(self.ranked, 1):
            if p in self.judged.relevant:
                return i
        return None


@dataclasses.dataclass
class Figures:
    name: str
    results: list[QueryResult]
    seconds: float

    @property
    def recall(self) -> float:
        return sum(r.recall for r in self.results) / max(1, len(self.results))

    @property
    def mrr(self) -> float:
        return sum(r.rr for r in self.results) / max(1, len(self.results))

    @property
    def verbatim(self) -> float:
        vals = [r.verbatim_recall for r in self.results if r.verbatim_recall is not None]
        return sum(vals) / max(1, len(vals))

    @property
    def verbatim_n(self) -> int:
        return sum(1 for r in self.results if r.verbatim_recall is not None)


def _capped_recall(found: list[str], wanted: list[str]) -> float:
    top = set(found[:TOP_K])
    return sum(1 for p in wanted if p in top) / min(len(wanted), TOP_K)


def evaluate(name: str, engine: Engine, judged: list[Judged]) -> Figures:
    results: list[QueryResult] = []
    start = time.perf_counter()
    for j in judged:
        ranked = engine(j.query.q)[:TOP_K]
        rr = 0.0
        for i, p in enumerate(ranked, 1):
            if p in j.relevant:
                rr = 1.0 / i
                break
        results.append(QueryResult(j, ranked, _capped_recall(ranked, j.relevant), rr,
                                   _capped_recall(ranked, j.verbatim) if j.verbatim else None))
    return Figures(name, results, time.perf_counter() - start)


def run_all(ws, queries: list[LabelledQuery] | None = None) -> tuple[Prepared, list[Figures]]:  # type: ignore[no-untyped-def]
    docs = load_docs(ws)
    prepared = prepare(queries if queries is not None else load_queries(), docs)
    engines = [("ours", ours(ws)), ("whoosh+jieba", whoosh_jieba(docs.values())), ("grep", grep(docs.values()))]
    return prepared, [evaluate(name, engine, prepared.scored) for name, engine in engines]


def report_lines(prepared: Prepared, figures: list[Figures], detail: bool = True) -> list[str]:
    lines = [f"queries scored {len(prepared.scored)} (labelled {len(prepared.scored) + len(prepared.skipped_absent) + len(prepared.extraction_gaps)}, "
             f"not in this archive {len(prepared.skipped_absent)}, extraction gaps {len(prepared.extraction_gaps)})"]
    for f in figures:
        lines.append(f"{f.name} recall@10 {f.recall:.3f} mrr {f.mrr:.3f}")
    for f in figures:
        lines.append(f"{f.name} verbatim recall {f.verbatim:.3f} (n {f.verbatim_n})")
    for f in figures:
        lines.append(f"{f.name} ms/query {1000 * f.seconds / max(1, len(f.results)):.1f}")
    if not detail:
        return lines
    for lq in prepared.extraction_gaps:
        lines.append(f"extraction gap: 「{lq.q}」 not in the extracted text of {', '.join(lq.relevant)}")
    ours_fig = figures[0]
    for r in ours_fig.results:
        rank = r.first_rank
        if rank == 1 and r.recall >= 1.0:
            continue
        missing = [p for p in r.judged.relevant[:TOP_K] if p not in r.ranked]
        what = "miss" if rank is None else f"first relevant at {rank}" if rank > 1 else "incomplete"
        verbatim = "" if r.verbatim_recall is None else f" verbatim recall {r.verbatim_recall:.2f}"
        lines.append(f"ours {what}: 「{r.judged.query.q}」 ({r.judged.query.type}) recall {r.recall:.2f}{verbatim}")
        above = r.ranked[: (rank - 1) if rank else TOP_K]
        for p in above:
            lines.append(f"    above: {p}")
        for p in missing:
            lines.append(f"    not in top {TOP_K}: {p}")
    return lines


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--quick", action="store_true", help="leave out the real-office files that need OCR")
    ap.add_argument("--no-cache", action="store_true", help="rebuild the archive even if a cached build exists")
    ap.add_argument("--baseline-misses", action="store_true", help="also list the baselines' misses")
    args = ap.parse_args(argv)
    t0 = time.perf_counter()
    ws = prepare_archive(quick=args.quick, use_cache=not args.no_cache)
    print(f"archive ready in {time.perf_counter() - t0:.1f}s: {ws.root}")
    prepared, figures = run_all(ws)
    for line in report_lines(prepared, figures):
        print(line)
    if args.baseline_misses:
        for f in figures[1:]:
            for r in f.results:
                if r.first_rank != 1:
                    print(f"{f.name} first relevant at {r.first_rank}: 「{r.judged.query.q}」 top: {r.ranked[:3]}")
    o = figures[0]
    ok = (o.recall >= TARGET_RECALL and o.mrr >= TARGET_MRR and o.verbatim >= TARGET_VERBATIM
          and all(o.recall > f.recall and o.mrr > f.mrr for f in figures[1:]))
    print(f"targets (recall@10 >= {TARGET_RECALL}, mrr >= {TARGET_MRR}, verbatim 100%, ahead of baselines): "
          f"{'met' if ok else 'NOT met'}")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
