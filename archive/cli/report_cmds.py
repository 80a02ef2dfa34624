"""Commands: report, binder, templates (issue 19)."""

from __future__ import annotations
