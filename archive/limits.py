"""Robustness limits for untrusted files: a bottom module, so extract/ and rubric/ read them without importing
the workspace (which loads the rubric)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass
class Limits:
    """Robustness limits for untrusted files (extract/safety.py checks them before a parser runs); each can be
    overridden under [limits] in taizhang.toml."""

    max_file_bytes: int = 200 * 1024 * 1024
    zip_max_members: int = 5_000
    zip_max_uncompressed_bytes: int = 512 * 1024 * 1024
    zip_max_ratio: int = 200
    max_image_pixels: int = 80_000_000
    parse_timeout_seconds: float = 120.0
    soffice_timeout_seconds: float = 120.0
    max_text_chars: int = 5_000_000
    max_ocr_pages: int = 60
    ocr_max_side_pixels: int = 2_000
    max_worker_memory_mb: int = 3_072  # address-space cap of each parse worker (POSIX RLIMIT_AS)
