"""Passwords stored as scrypt hashes (hashlib, no plain text anywhere) and checked in constant time.

A stored hash reads `scrypt$N$r$p$<salt hex>$<key hex>`, so the cost can be raised later without breaking old ones.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets

from archive.errors import PasswordInvalid

SCRYPT_N = 2**14  # CPU/memory cost: about 16 MB and a few tens of milliseconds a check
SCRYPT_R = 8
SCRYPT_P = 1
SALT_BYTES = 16
KEY_BYTES = 32
PASSWORD_MIN_CHARS = 6
HASH_SCHEME = "scrypt"


def _derive(password: str, salt: bytes, n: int, r: int, p: int) -> bytes:
    return hashlib.scrypt(password.encode("utf-8"), salt=salt, n=n, r=r, p=p, dklen=KEY_BYTES,
                          maxmem=256 * n * r + 1024 * 1024)


def check_new_password(password: str) -> None:
    """Refuse a password too short to keep a neighbour out."""
    if len(password or "") < PASSWORD_MIN_CHARS:
        raise PasswordInvalid(f"密码至少 {PASSWORD_MIN_CHARS} 个字符。",
                              remedy=f"请设置一个不少于 {PASSWORD_MIN_CHARS} 个字符、别人猜不到的密码。")


def hash_password(password: str) -> str:
    check_new_password(password)
    salt = secrets.token_bytes(SALT_BYTES)
    key = _derive(password, salt, SCRYPT_N, SCRYPT_R, SCRYPT_P)
    return f"{HASH_SCHEME}${SCRYPT_N}${SCRYPT_R}${SCRYPT_P}${salt.hex()}${key.hex()}"


def is_password_hash(text: str) -> bool:
    parts = str(text).split("$")
    if len(parts) != 6 or parts[0] != HASH_SCHEME:
        return False
    try:
        int(parts[1]), int(parts[2]), int(parts[3]), bytes.fromhex(parts[4]), bytes.fromhex(parts[5])
    except ValueError:
        return False
    return True


def check_password(stored: str, password: str) -> bool:
    """Whether `password` matches the stored hash; the keys are compared in constant time."""
    if not stored or not is_password_hash(stored) or not isinstance(password, str):
        return False
    _, n, r, p, salt, key = stored.split("$")
    candidate = _derive(password, bytes.fromhex(salt), int(n), int(r), int(p))
    return hmac.compare_digest(candidate, bytes.fromhex(key))
