"""An archive on disk: `taizhang.toml` (settings) beside the evidence, and `.taizhang/` for everything derived."""

from __future__ import annotations

import tomllib
from dataclasses import asdict, dataclass, field, fields
from pathlib import Path

import tomli_w

from archive.errors import ArchiveExists, ArchiveNotFound, ConfigError
from archive.fsutil import atomic_write_text
from archive.parse_errors import toml_error_text

CONFIG_NAME = "taizhang.toml"
STATE_DIR_NAME = ".taizhang"


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


@dataclass
class Config:
    org: str = ""
    year: int = 0
    rubric: str = "seed000"
    responsible: dict[str, str] = field(default_factory=dict)  # category name -> person, for 整改方案
    limits: Limits = field(default_factory=Limits)
    output_dirs: list[str] = field(default_factory=lambda: ["输出", "output"])  # never scanned by ingest
    synonyms: dict[str, list[str]] = field(default_factory=dict)  # extra search synonyms: word -> equivalents
    sections: dict[str, dict] = field(default_factory=dict)  # other tables ([filing], [reports] …), read by their stage

    def section(self, name: str) -> dict:
        """A stage's own table in taizhang.toml ({} when absent); each stage validates its own keys."""
        value = self.sections.get(name, {})
        if not isinstance(value, dict):
            raise ConfigError(f"配置文件 taizhang.toml 的 [{name}] 应是一个表（[{name}] 下写 键 = 值）。")
        return value

    def to_toml(self) -> str:
        data = {
            "archive": {"org": self.org, "year": self.year, "rubric": self.rubric, "output_dirs": self.output_dirs},
            "responsible": dict(self.responsible),
            "limits": asdict(self.limits),
            "search": {"synonyms": {k: list(v) for k, v in self.synonyms.items()}},
            **{k: v for k, v in self.sections.items() if k not in ("archive", "responsible", "limits", "search")},
        }
        return tomli_w.dumps(data)


# Every table taizhang.toml may hold; each stage validates its own keys (filing, assess, reports, format, binder,
# locking).
CONFIG_TABLES: tuple[str, ...] = (
    "archive", "responsible", "limits", "search", "filing", "assess", "reports", "format", "binder", "locking",
)


def _parse_config(path: Path) -> Config:
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"配置文件 {path} 不是有效的 TOML，{toml_error_text(exc)}。") from exc
    except UnicodeDecodeError as exc:
        raise ConfigError(f"配置文件 {path} 不是 UTF-8 编码的文本。",
                          remedy="请用记事本等编辑器把 taizhang.toml 另存为 UTF-8 编码。") from exc
    unknown = [k for k in data if k not in CONFIG_TABLES]
    if unknown:
        raise ConfigError(f"配置文件 {path} 中有未知的设置表「[{unknown[0]}]」。",
                          remedy="可用的设置表：" + "、".join(f"[{t}]" for t in CONFIG_TABLES) + "；请检查拼写。")
    section = data.get("archive", {})
    limits = Limits()
    known = {f.name: f.type for f in fields(Limits)}
    for key, value in data.get("limits", {}).items():
        if key not in known:
            raise ConfigError(f"配置文件 {path} 的 [limits] 中有未知设置项「{key}」。",
                              remedy="可用的设置项：" + "、".join(known))
        if not isinstance(value, int | float) or isinstance(value, bool) or value <= 0:
            raise ConfigError(f"配置文件 {path} 的 [limits] {key} 必须是正数，现为 {value!r}。")
        setattr(limits, key, value)
    try:
        year = int(section.get("year", 0) or 0)
    except (TypeError, ValueError) as exc:
        raise ConfigError(f"配置文件 {path} 的 year 必须是年份数字，现为 {section.get('year')!r}。") from exc
    synonyms = data.get("search", {}).get("synonyms", {})
    if not isinstance(synonyms, dict) or not all(isinstance(v, list) for v in synonyms.values()):
        raise ConfigError(f"配置文件 {path} 的 [search.synonyms] 应写成 词 = [\"同义词\", ...]。")
    return Config(
        org=str(section.get("org", "")),
        year=year,
        rubric=str(section.get("rubric", "seed000")),
        responsible={str(k): str(v) for k, v in data.get("responsible", {}).items()},
        limits=limits,
        output_dirs=[str(d) for d in section.get("output_dirs", ["输出", "output"])],
        synonyms={str(k): [str(x) for x in v] for k, v in synonyms.items()},
        sections={k: v for k, v in data.items() if k not in ("archive", "responsible", "limits", "search")},
    )


@dataclass
class Workspace:
    root: Path
    config: Config

    @property
    def state_dir(self) -> Path:
        return self.root / STATE_DIR_NAME

    @property
    def config_path(self) -> Path:
        return self.root / CONFIG_NAME

    @property
    def catalog_path(self) -> Path:
        return self.state_dir / "catalog.sqlite"

    @property
    def index_dir(self) -> Path:
        return self.state_dir / "index"

    @property
    def cache_dir(self) -> Path:
        return self.state_dir / "cache"

    @property
    def thumbs_dir(self) -> Path:
        return self.state_dir / "thumbs"

    def rubric(self):
        """The archive's rubric: a bundled id, or a file path relative to the archive."""
        from archive.rubric import load_rubric

        return load_rubric(self.config.rubric, base=self.root)

    def ensure_state_dirs(self) -> None:
        for d in (self.state_dir, self.cache_dir, self.thumbs_dir):
            d.mkdir(parents=True, exist_ok=True)


def find_archive_root(start: Path) -> Path | None:
    """The nearest folder at or above `start` that holds taizhang.toml, like git finds .git."""
    start = Path(start).resolve()
    for folder in (start, *start.parents):
        if (folder / CONFIG_NAME).is_file():
            return folder
    return None


def open_workspace(path: Path | None = None) -> Workspace:
    """Open the archive at `path` (which must hold taizhang.toml) or, without a path, the nearest one upward."""
    if path is not None:
        root = Path(path).resolve()
        if not (root / CONFIG_NAME).is_file():
            raise ArchiveNotFound(f"{root} 不是台帐档案目录（其中没有 {CONFIG_NAME}）。")
    else:
        root = find_archive_root(Path.cwd())
        if root is None:
            raise ArchiveNotFound(f"当前目录 {Path.cwd()} 及其上级目录中都没有台帐档案（{CONFIG_NAME}）。")
    ws = Workspace(root=root, config=_parse_config(root / CONFIG_NAME))
    ws.ensure_state_dirs()
    return ws


def init_workspace(directory: Path, rubric: str, org: str, year: int,
                   responsible: dict[str, str] | None = None) -> Workspace:
    """Create taizhang.toml and .taizhang/ in `directory` (created if needed); refuses an existing archive."""
    root = Path(directory).resolve()
    if (root / CONFIG_NAME).exists():
        raise ArchiveExists(f"{root} 已经是台帐档案（已有 {CONFIG_NAME}）。")
    outer = find_archive_root(root.parent) if root.parent != root else None
    if outer is not None:  # an archive inside an archive: the outer one would ingest the inner one's files twice
        raise ArchiveExists(f"{root} 位于已有的台帐档案 {outer} 之内，不能在档案里再新建档案。",
                            remedy=f"材料直接放进 {outer} 即可；确要另建档案，请选档案目录之外的位置。")
    root.mkdir(parents=True, exist_ok=True)
    config = Config(org=org, year=year, rubric=rubric, responsible=dict(responsible or {}))
    atomic_write_text(root / CONFIG_NAME, config.to_toml())
    ws = Workspace(root=root, config=config)
    ws.ensure_state_dirs()
    return ws
