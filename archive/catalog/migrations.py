"""Numbered schema migrations; each applied one is recorded in `schema_migrations`."""

from __future__ import annotations

MIGRATIONS: list[tuple[int, str, str]] = [
    (1, "evidence, filings, overrides", """
CREATE TABLE evidence (
    id            INTEGER PRIMARY KEY,
    path          TEXT NOT NULL UNIQUE,          -- relative to the archive root, '/' separated
    sha256        TEXT,
    size          INTEGER NOT NULL,
    mtime_ns      INTEGER NOT NULL,
    format        TEXT,
    kind          TEXT,
    meeting_type  TEXT,
    date          TEXT,                          -- ISO date
    date_source   TEXT,                          -- content | signature | exif | filename | mtime
    title         TEXT,
    text          TEXT NOT NULL DEFAULT '',
    pages         INTEGER,
    ocr           INTEGER NOT NULL DEFAULT 0,    -- some text came from OCR
    ocr_skipped   INTEGER NOT NULL DEFAULT 0,    -- ingested with --no-ocr: OCR still to do
    fields        TEXT NOT NULL DEFAULT '{}',    -- JSON: minutes fields etc.
    tables        TEXT NOT NULL DEFAULT '[]',    -- JSON: [{"name", "rows"}] for ledger analysis
    meta          TEXT NOT NULL DEFAULT '{}',    -- JSON: document properties, image size …
    warnings      TEXT NOT NULL DEFAULT '[]',    -- JSON list of Chinese notes
    thumbnail     TEXT,
    duplicate_of  INTEGER REFERENCES evidence(id) ON DELETE SET NULL,
    error         TEXT,                          -- reason word (损坏, 加密 …) when unreadable
    error_detail  TEXT,
    gone          INTEGER NOT NULL DEFAULT 0,    -- the file is no longer in the archive
    extractor_version INTEGER NOT NULL DEFAULT 0,
    added_at      TEXT NOT NULL,
    updated_at    TEXT NOT NULL
);
CREATE INDEX evidence_sha256 ON evidence(sha256);
CREATE INDEX evidence_kind ON evidence(kind);
CREATE TABLE filings (
    id          INTEGER PRIMARY KEY,
    evidence_id INTEGER NOT NULL REFERENCES evidence(id) ON DELETE CASCADE,
    rubric_id   TEXT NOT NULL,
    item_id     TEXT NOT NULL,
    source      TEXT NOT NULL CHECK (source IN ('manual', 'folder', 'suggestion')),
    score       REAL,
    who         TEXT,
    at          TEXT NOT NULL,
    note        TEXT,
    UNIQUE (evidence_id, rubric_id, item_id)
);
CREATE TABLE overrides (
    id        INTEGER PRIMARY KEY,
    rubric_id TEXT NOT NULL,
    item_id   TEXT NOT NULL,
    status    TEXT NOT NULL,
    note      TEXT,
    who       TEXT,
    at        TEXT NOT NULL,
    UNIQUE (rubric_id, item_id)
);
"""),
    (2, "evidence date precision: day | month | year, NULL without a date", """
ALTER TABLE evidence ADD COLUMN date_precision TEXT
"""),
    (3, "exclusions: an item's evidence the archivist rejected or unfiled", """
CREATE TABLE exclusions (
    id          INTEGER PRIMARY KEY,
    evidence_id INTEGER NOT NULL REFERENCES evidence(id) ON DELETE CASCADE,
    sha256      TEXT,                            -- to match again after the catalog is rebuilt
    rubric_id   TEXT NOT NULL,
    item_id     TEXT NOT NULL,
    who         TEXT,
    at          TEXT NOT NULL,
    note        TEXT,
    UNIQUE (evidence_id, rubric_id, item_id)
)
"""),
    (4, "override score", """
ALTER TABLE overrides ADD COLUMN score REAL
"""),
    (7, "index_pending: evidence whose searchable state changed since the index last took it in (crash-safe sync)", """
CREATE TABLE index_pending (
    seq         INTEGER PRIMARY KEY AUTOINCREMENT,   -- grows on every change; a sync clears up to the seq it read
    evidence_id INTEGER NOT NULL UNIQUE
);
INSERT INTO index_pending (evidence_id) SELECT id FROM evidence;
CREATE TRIGGER index_pending_evidence_insert AFTER INSERT ON evidence BEGIN
    DELETE FROM index_pending WHERE evidence_id = NEW.id;
    INSERT INTO index_pending (evidence_id) VALUES (NEW.id);
END;
CREATE TRIGGER index_pending_evidence_update AFTER UPDATE ON evidence
WHEN OLD.path IS NOT NEW.path OR OLD.gone IS NOT NEW.gone OR OLD.error IS NOT NEW.error
  OR OLD.duplicate_of IS NOT NEW.duplicate_of OR OLD.sha256 IS NOT NEW.sha256 OR OLD.title IS NOT NEW.title
  OR OLD.kind IS NOT NEW.kind OR OLD.meeting_type IS NOT NEW.meeting_type OR OLD.date IS NOT NEW.date
  OR OLD.ocr IS NOT NEW.ocr OR OLD.tables IS NOT NEW.tables OR OLD.text IS NOT NEW.text BEGIN
    DELETE FROM index_pending WHERE evidence_id = NEW.id;
    INSERT INTO index_pending (evidence_id) VALUES (NEW.id);
END;
CREATE TRIGGER index_pending_evidence_delete AFTER DELETE ON evidence BEGIN
    DELETE FROM index_pending WHERE evidence_id = OLD.id;
    INSERT INTO index_pending (evidence_id) VALUES (OLD.id);
END;
CREATE TRIGGER index_pending_filing_insert AFTER INSERT ON filings BEGIN
    DELETE FROM index_pending WHERE evidence_id = NEW.evidence_id;
    INSERT INTO index_pending (evidence_id) VALUES (NEW.evidence_id);
END;
CREATE TRIGGER index_pending_filing_delete AFTER DELETE ON filings BEGIN
    DELETE FROM index_pending WHERE evidence_id = OLD.evidence_id;
    INSERT INTO index_pending (evidence_id) VALUES (OLD.evidence_id);
END;
CREATE TRIGGER index_pending_filing_update AFTER UPDATE OF evidence_id, rubric_id, item_id ON filings BEGIN
    DELETE FROM index_pending WHERE evidence_id = OLD.evidence_id;
    INSERT INTO index_pending (evidence_id) VALUES (OLD.evidence_id);
    DELETE FROM index_pending WHERE evidence_id = NEW.evidence_id;
    INSERT INTO index_pending (evidence_id) VALUES (NEW.evidence_id);
END
"""),
]
