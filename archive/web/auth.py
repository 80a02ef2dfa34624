"""Who may do what on the page: without passwords (one person at their own PC, on loopback) everyone may write;
with passwords every request needs a login, the writer's (the archivist's) may change things and the inspectors'
read-only one may only read. A login lasts `session_minutes` from the moment it was made."""

from __future__ import annotations

import math
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field

from archive.passwords import check_password
from archive.workspace import LOGIN_LOCKOUT_MINUTES, LOGIN_MAX_FAILURES, LOGIN_WINDOW_MINUTES, SESSION_MINUTES_DEFAULT

ROLE_WRITER = "writer"
ROLE_READER = "reader"
ROLE_LABELS = {ROLE_WRITER: "档案员", ROLE_READER: "考核组（只读）"}


@dataclass
class LoginThrottle:
    """Wrong passwords counted per address: after `max_failures` within `window_minutes`, the address may not try
    again for `lockout_minutes` (its passwords are not even checked meanwhile). A right password clears its count.
    Times are the caller's clock (seconds)."""

    max_failures: int = LOGIN_MAX_FAILURES
    window_minutes: float = LOGIN_WINDOW_MINUTES
    lockout_minutes: float = LOGIN_LOCKOUT_MINUTES
    _failures: dict[str, list[float]] = field(default_factory=dict, repr=False)
    _until: dict[str, float] = field(default_factory=dict, repr=False)
    _lock: threading.Lock = field(default_factory=threading.Lock, repr=False)

    def wait_seconds(self, address: str, now: float) -> float:
        """How long `address` must still wait before it may try a password (0: it may)."""
        with self._lock:
            until = self._until.get(address)
            if until is None:
                return 0.0
            if now >= until:
                del self._until[address]
                return 0.0
            return until - now

    def failed(self, address: str, now: float) -> float:
        """Count a wrong password from `address`; the wait it now faces (0 while it has tries left)."""
        with self._lock:
            start = now - self.window_minutes * 60
            recent = [t for t in self._failures.get(address, []) if start < t <= now] + [now]
            for other in [a for a, times in self._failures.items() if a != address and times[-1] <= start]:
                del self._failures[other]  # nobody's old mistakes are kept
            if len(recent) < self.max_failures:
                self._failures[address] = recent
                return 0.0
            self._failures.pop(address, None)
            self._until[address] = now + self.lockout_minutes * 60
            return self.lockout_minutes * 60

    def succeeded(self, address: str) -> None:
        with self._lock:
            self._failures.pop(address, None)

    def message(self, wait: float) -> str:
        return (f"密码输错次数过多（{self.window_minutes:g} 分钟内 {self.max_failures} 次），这台电脑暂时不能登录，"
                f"请 {max(1, math.ceil(wait / 60))} 分钟后再试。")


@dataclass
class Access:
    password_hash: str | None = None
    read_only_password_hash: str | None = None
    session_minutes: float = SESSION_MINUTES_DEFAULT
    clock: Callable[[], float] = field(default=time.time, repr=False)  # tests move time forward
    throttle: LoginThrottle = field(default_factory=LoginThrottle, repr=False)

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
