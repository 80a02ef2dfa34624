"""Command: serve, the inspector's local web page (issue 21)."""

from __future__ import annotations
