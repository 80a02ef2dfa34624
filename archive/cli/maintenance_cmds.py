"""Commands: doctor, backup, restore (issue 20)."""

from __future__ import annotations
