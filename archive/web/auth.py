"""Who may do what on the page: without passwords (one person at their own PC, on loopback) everyone may write;
with passwords every request needs a login, the writer's (the archivist's) may change things and the inspectors'
read-only one may only read. A login lasts `session_minutes` from the moment it was made."""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field

from archive.passwords import check_password
from archive.workspace import SESSION_MINUTES_DEFAULT

ROLE_WRITER = "writer"
ROLE_READER = "reader"
ROLE_LABELS = {ROLE_WRITER: "档案员", ROLE_READER: "考核组（只读）"}


@dataclass
class Access:
    password_hash: str | None = None
    read_only_password_hash: str | None = None
    session_minutes: float = SESSION_MINUTES_DEFAULT
    clock: Callable[[], float] = field(default=time.time, repr=False)  # tests move time forward

    @property
    def required(self) -> bool:
        """Whether a login is needed at all (a password of either kind is set)."""
        return bool(self.password_hash or self.read_only_password_hash)

    def role_for(self, password: str) -> str | None:
        """The role a password opens, or None. Both hashes are always checked, so the time taken does not tell
        which one matched."""
        writer = bool(self.password_hash) and check_password(self.password_hash or "", password)
        reader = bool(self.read_only_password_hash) and check_password(self.read_only_password_hash or "", password)
        return ROLE_WRITER if writer else ROLE_READER if reader else None

    def expired(self, logged_in_at: float | None) -> bool:
        if logged_in_at is None:
            return True
        age = self.clock() - float(logged_in_at)
        return age < 0 or age > self.session_minutes * 60
