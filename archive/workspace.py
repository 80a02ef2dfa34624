"""An archive on disk: `taizhang.toml` (settings) beside the evidence, and `.taizhang/` for everything derived."""

from __future__ import annotations

import tomllib
from collections.abc import Callable
from dataclasses import asdict, dataclass, field, fields
from pathlib import Path
from typing import Any

import tomli_w

from archive.errors import ArchiveExists, ArchiveNotFound, ConfigError, RubricError
from archive.fsutil import make_output_dir, write_output_text
from archive.limits import Limits
from archive.parse_errors import toml_error_text

CONFIG_NAME = "taizhang.toml"
STATE_DIR_NAME = ".taizhang"


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
            "search": {**{k: v for k, v in self.sections.get("search", {}).items() if k != "synonyms"},
                       "synonyms": {k: list(v) for k, v in self.synonyms.items()}},
            **{k: v for k, v in self.sections.items() if k not in ("archive", "responsible", "limits", "search")},
        }
        return tomli_w.dumps(data)


# Every table taizhang.toml may hold; each stage validates its own keys (filing, assess, reports, format, binder,
# locking, check).
CONFIG_TABLES: tuple[str, ...] = (
    "archive", "responsible", "limits", "search", "filing", "assess", "reports", "format", "binder", "locking",
    "check", "serve",
)


def _read_config_data(path: Path) -> dict:
    try:
        return tomllib.loads(path.read_text(encoding="utf-8"))
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"配置文件 {path} 不是有效的 TOML，{toml_error_text(exc)}。") from exc
    except UnicodeDecodeError as exc:
        raise ConfigError(f"配置文件 {path} 不是 UTF-8 编码的文本。",
                          remedy="请用记事本等编辑器把 taizhang.toml 另存为 UTF-8 编码。") from exc


def _parse_config(path: Path) -> Config:
    return _config_from_data(_read_config_data(path), path)


def _config_from_data(data: dict, path: Path) -> Config:
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
        # [search] stays whole in sections too: its writer limits are read by the indexer (Config.section)
        sections={k: v for k, v in data.items() if k not in ("archive", "responsible", "limits")},
    )


@dataclass
class Workspace:
    root: Path
    config: Config
    # The rubric parsed by `rubric()` with the key it was parsed under: (key, Rubric).
    _rubric_parsed: tuple[tuple, Any] | None = field(default=None, init=False, repr=False, compare=False)

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

    @property
    def filings_key(self) -> str:
        """The rubric the archivist's filings and refused suggestions are kept under: the rubric's own id (for an
        own rubric file, the id it gives itself, not the path taizhang.toml names it by), the id the assessment,
        hand filing and overrides read from the rubric they hold. When the rubric cannot be read, the name
        taizhang.toml gives it (nothing is filed then; the index still builds)."""
        try:
            return self.rubric().id
        except RubricError:
            return self.config.rubric

    def rubric_file(self) -> Path | None:
        """The user's own rubric file ([archive] rubric as a path, relative to the archive), or None for a bundled
        rubric (seed000 …)."""
        ref = self.config.rubric
        path = Path(ref) if Path(ref).is_absolute() else self.root / ref
        if ref.endswith((".yaml", ".yml")) or "/" in ref or "\\" in ref or path.is_file():
            return path
        return None

    def rubric(self):
        """The archive's rubric: a bundled id, or a file path relative to the archive. A file that is no longer
        where taizhang.toml says is named with the line to change.

        Parsed once per open workspace: every stage a command runs gets the same Rubric (they only read it), until
        taizhang.toml names another rubric or the rubric file changes (its path, mtime_ns and size are the key), so
        a long-lived reader such as the page sees a file rewritten by `rubric import`."""
        from archive.rubric import load_rubric

        own = self.rubric_file()
        key: tuple = (self.config.rubric,)
        if own is not None:
            try:
                st = own.stat()
                key = (self.config.rubric, str(own.resolve()), st.st_mtime_ns, st.st_size)
            except OSError:
                key = ()  # never cached: the error below (or load_rubric's) says what is wrong
        if key and self._rubric_parsed is not None and self._rubric_parsed[0] == key:
            return self._rubric_parsed[1]
        if own is not None and not own.exists():
            raise RubricError(
                f"找不到本档案的评分表文件 {own}（taizhang.toml 中 [archive] rubric = \"{self.config.rubric}\"）。",
                remedy=f"评分表文件移动或改名后，请打开 {self.config_path}，把 [archive] 中 rubric 一行改为它现在的路径"
                       "（档案目录内的文件写相对路径，如 rubric = \"评分表/我的评分表.yaml\"）；也可改用内置评分表，"
                       "如 rubric = \"seed000\"。")
        rubric = load_rubric(self.config.rubric, base=self.root)
        if key:
            self._rubric_parsed = (key, rubric)
        return rubric

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
    make_output_dir(root)
    config = Config(org=org, year=year, rubric=rubric, responsible=dict(responsible or {}))
    write_output_text(root / CONFIG_NAME, config.to_toml())
    ws = Workspace(root=root, config=config)
    ws.ensure_state_dirs()
    return ws


# --- [serve]: the page's passwords (scrypt hashes written by `taizhang serve --set-password`, never plain text) and
# how long a login lasts.
SERVE_PASSWORD_KEY = "password_hash"
SERVE_READ_ONLY_PASSWORD_KEY = "read_only_password_hash"
SERVE_SESSION_MINUTES_KEY = "session_minutes"
SESSION_MINUTES_DEFAULT = 8 * 60  # a working day; the inspectors log in again the next morning
# Guessing a password from the network: after LOGIN_MAX_FAILURES wrong passwords from one address within
# LOGIN_WINDOW_MINUTES, that address may not try again for LOGIN_LOCKOUT_MINUTES.
SERVE_LOGIN_MAX_FAILURES_KEY = "login_max_failures"
SERVE_LOGIN_WINDOW_KEY = "login_window_minutes"
SERVE_LOGIN_LOCKOUT_KEY = "login_lockout_minutes"
LOGIN_MAX_FAILURES = 5
LOGIN_WINDOW_MINUTES = 10
LOGIN_LOCKOUT_MINUTES = 15


@dataclass
class ServeSettings:
    password_hash: str | None = None  # the writer's (archivist's) password
    read_only_password_hash: str | None = None  # the inspectors': read everything, change nothing
    session_minutes: float = SESSION_MINUTES_DEFAULT
    login_max_failures: int = LOGIN_MAX_FAILURES
    login_window_minutes: float = LOGIN_WINDOW_MINUTES
    login_lockout_minutes: float = LOGIN_LOCKOUT_MINUTES


def serve_settings(config: Config, path: Path | None = None) -> ServeSettings:
    """The [serve] table, checked: the hashes must be ones `serve --set-password` wrote."""
    from archive.passwords import is_password_hash

    where = f"配置文件 {path or CONFIG_NAME}"
    section = config.section("serve")
    known = (SERVE_PASSWORD_KEY, SERVE_READ_ONLY_PASSWORD_KEY, SERVE_SESSION_MINUTES_KEY,
             SERVE_LOGIN_MAX_FAILURES_KEY, SERVE_LOGIN_WINDOW_KEY, SERVE_LOGIN_LOCKOUT_KEY)
    for key in section:
        if key not in known:
            raise ConfigError(f"{where} 的 [serve] 中有未知设置项「{key}」。", remedy="可用的设置项：" + "、".join(known))
    settings = ServeSettings()
    for key, attr in ((SERVE_PASSWORD_KEY, "password_hash"), (SERVE_READ_ONLY_PASSWORD_KEY, "read_only_password_hash")):
        value = section.get(key)
        if value in (None, ""):
            continue
        if not isinstance(value, str) or not is_password_hash(value):
            raise ConfigError(f"{where} 的 [serve] {key} 不是 taizhang 保存的密码哈希值（密码不能以明文写在配置文件中）。",
                              remedy="请删除这一行，再运行 taizhang serve --set-password（只读密码用 --set-read-only-password）"
                                     "重新设置。")
        setattr(settings, attr, value)
    for key, attr in ((SERVE_SESSION_MINUTES_KEY, "session_minutes"), (SERVE_LOGIN_WINDOW_KEY, "login_window_minutes"),
                      (SERVE_LOGIN_LOCKOUT_KEY, "login_lockout_minutes")):
        minutes = section.get(key, getattr(settings, attr))
        if not isinstance(minutes, int | float) or isinstance(minutes, bool) or minutes <= 0:
            raise ConfigError(f"{where} 的 [serve] {key} 必须是正数（分钟），现为 {minutes!r}。")
        setattr(settings, attr, float(minutes))
    failures = section.get(SERVE_LOGIN_MAX_FAILURES_KEY, settings.login_max_failures)
    if not isinstance(failures, int) or isinstance(failures, bool) or failures < 1:
        raise ConfigError(f"{where} 的 [serve] {SERVE_LOGIN_MAX_FAILURES_KEY} 必须是正整数（次），现为 {failures!r}。")
    settings.login_max_failures = failures
    return settings


def store_serve_password(ws: Workspace, password_hash: str, read_only: bool = False) -> Path:
    """Write a password hash into taizhang.toml's [serve]."""
    def edit(data: dict) -> None:
        data.setdefault("serve", {})[SERVE_READ_ONLY_PASSWORD_KEY if read_only else SERVE_PASSWORD_KEY] = password_hash

    return update_config(ws, edit, what="密码")


def config_has_comments(ws: Workspace) -> bool:
    """Whether taizhang.toml holds comments, which `update_config` does not keep."""
    try:
        text = ws.config_path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return False
    return any(line.lstrip().startswith("#") or " #" in line for line in text.splitlines())


def update_config(ws: Workspace, edit: Callable[[dict], None], what: str = "设置",
                  check: Callable[[Config], None] | None = None) -> Path:
    """Change taizhang.toml: its data is read, changed by `edit` in place, read back as a configuration (and by
    `check`, which raises ConfigError for a stage's table), then written atomically and used by `ws`. Every table
    and key stays, those taizhang does not know included; comments do not (the file is written back as TOML data).
    Nothing is written when any of it fails."""
    path = ws.config_path
    try:
        data = _read_config_data(path)
    except (ConfigError, OSError) as exc:
        raise ConfigError(f"配置文件 {path} 无法读取，{what}没有保存。") from exc
    edit(data)
    text = tomli_w.dumps(data)
    config = _config_from_data(tomllib.loads(text), path)
    if check is not None:
        check(config)
    write_output_text(path, text)
    ws.config = config
    return path
