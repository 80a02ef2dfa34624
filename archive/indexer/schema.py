"""The Whoosh schema of the evidence index, its version stamp and the ranking weights."""

from __future__ import annotations

from whoosh import fields as wf
from whoosh import scoring

from .analysis import analysis_fingerprint, bigram_analyzer, word_analyzer

# Bump when fields change; together with the analysis fingerprint it decides whether an index is stale.
SCHEMA_VERSION = 4

# Field names.
KEY = "key"  # unique: str(doc_id)
PATH = "path"
PATH_B = "path_b"
TITLE = "title"
TITLE_W = "title_w"
TITLE_B = "title_b"
TEXT = "text"  # stored original text, used for snippets and the verbatim check
UNITS = "units"  # stored rows (ledger / roster), "\n"-joined, used for row snippets
TEXT_W = "text_w"
TEXT_B = "text_b"
KIND = "kind"
MEETING_TYPE = "meeting_type"
DATE = "date"  # int yyyymmdd (NUMERIC, so ranges work): the date shown
DATE_SOURCE = "date_source"  # stored: content | signature | exif | filename | mtime
DATE_PRECISION = "date_precision"  # stored: day | month | year
PERIOD_START = "period_start"  # int yyyymmdd: first day of the period the document is dated to (not for mtime)
PERIOD_END = "period_end"  # int yyyymmdd: last day of that period; date filters test overlap with it
DATE_COLUMNS = (DATE, PERIOD_START, PERIOD_END)  # yyyymmdd columns the vectorised engine filters on
DATED = "dated"  # "1" when the document has a period (a date that is not merely the file's mtime)
ITEMS = "items"
FILED = "filed"  # "1" when filed to at least one item
OCR = "ocr"

# Query-time weights (ranking prefers word matches, then title over text). Overridable later through config.
BOOST_TITLE_W = 4.0
BOOST_TITLE_B = 2.5
BOOST_TEXT_W = 1.6
BOOST_TEXT_B = 1.0
BOOST_PATH_B = 0.6
BOOST_SYNONYM = 0.5  # a synonym's clause, relative to the term's own clause
BOOST_CLASS = 2.0  # the document's kind / meeting type is what a query term names (a constant, like a date)
CLASS_FACTOR = 2.0  # score factor, when ranking, of a document whose kind / meeting type a query term names
BOOST_DATE = 3.0  # dated inside a date word's range, relative to merely mentioning the date word

# BM25F: length normalisation of the long text fields is tamed (B well below the usual 0.75) so a long workbook
# that holds every term is not sunk by its length; all query terms are required anyway, so short files that
# mention only one of them do not compete.
BM25_K1 = 1.2
BM25_B = 0.75
BM25_TEXT_B = 0.25


def scoring_model() -> scoring.WeightingModel:
    return scoring.BM25F(
        B=BM25_B,
        K1=BM25_K1,
        **{f"{TEXT_W}_B": BM25_TEXT_B, f"{TEXT_B}_B": BM25_TEXT_B},
    )


def build_schema() -> wf.Schema:
    words = word_analyzer()
    bigrams = bigram_analyzer()
    return wf.Schema(
        **{
            KEY: wf.ID(stored=True, unique=True),
            PATH: wf.ID(stored=True),
            PATH_B: wf.TEXT(analyzer=bigrams, phrase=False),
            TITLE: wf.STORED(),
            TITLE_W: wf.TEXT(analyzer=words, phrase=False),
            TITLE_B: wf.TEXT(analyzer=bigrams, phrase=False),
            TEXT: wf.STORED(),
            UNITS: wf.STORED(),
            TEXT_W: wf.TEXT(analyzer=words, phrase=False),
            TEXT_B: wf.TEXT(analyzer=bigrams, phrase=False),
            KIND: wf.ID(stored=True),
            MEETING_TYPE: wf.ID(stored=True),
            DATE: wf.NUMERIC(int, bits=32, stored=True, signed=False, sortable=True),
            DATE_SOURCE: wf.STORED(),
            DATE_PRECISION: wf.STORED(),
            PERIOD_START: wf.NUMERIC(int, bits=32, signed=False, sortable=True),
            PERIOD_END: wf.NUMERIC(int, bits=32, signed=False, sortable=True),
            DATED: wf.ID(),
            ITEMS: wf.KEYWORD(stored=True, commas=True, scorable=False),
            FILED: wf.ID(),
            OCR: wf.BOOLEAN(stored=True),
        }
    )


def schema_stamp() -> dict[str, object]:
    """What an index records about how it was built (compared on open to detect a stale index)."""
    return {"schema_version": SCHEMA_VERSION, "analysis": analysis_fingerprint()}
