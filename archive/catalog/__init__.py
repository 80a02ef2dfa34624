"""The SQLite catalog of evidence, filings and overrides."""

from archive.catalog.db import connect, schema_version
from archive.catalog.evidence import Evidence, iter_evidence

__all__ = ["Evidence", "connect", "iter_evidence", "schema_version"]
