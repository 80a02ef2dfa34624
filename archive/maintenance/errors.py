"""The maintenance stage's errors, defined with every other in archive/errors.py; importable from here as before.

A catalog another process holds too long is one of the three "busy" situations of ArchiveBusy: `CatalogBusy(detail)`
builds that ArchiveBusy (message and remedy naming the catalog)."""

from __future__ import annotations

from archive.errors import ArchiveBusy, is_locked_error

CatalogBusy = ArchiveBusy.catalog

__all__ = ["CatalogBusy", "is_locked_error"]
