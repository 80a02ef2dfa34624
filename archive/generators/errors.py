"""The report stage's errors, defined with every other in archive/errors.py; importable from here as before."""

from __future__ import annotations

from archive.errors import OutputExists, ReportError, TemplateError

__all__ = ["OutputExists", "ReportError", "TemplateError"]
