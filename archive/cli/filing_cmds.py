"""Commands: file, unfile, suggest, review, filings export/import (issue 17)."""

from __future__ import annotations
