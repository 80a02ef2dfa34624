"""Commands: status, override (issue 18)."""

from __future__ import annotations
