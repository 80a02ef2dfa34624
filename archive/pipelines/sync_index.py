"""The index sync lives in archive/indexer/sync.py, below filing (which refreshes the index after a filing change);
these names stay importable from here for the pipelines, the CLI and maintenance."""

from archive.indexer.sync import pending_changes, rebuild_index, searchable, sync_index, to_index_doc

__all__ = ["pending_changes", "rebuild_index", "searchable", "sync_index", "to_index_doc"]
