"""Find a report's template (the user's own, the packaged default, doc_templates/, or built on the fly) and render
it with docxtpl: autoescaped, strict about variables, then formatted with the archive's profile."""

from __future__ import annotations

import io
import re
import zipfile
from dataclasses import dataclass
from pathlib import Path

import jinja2
from docx.shared import Mm
from docxtpl import DocxTemplate, InlineImage
from lxml import etree

from archive.fsutil import write_output_bytes
from archive.generators.defaults import build_default_template
from archive.generators.errors import OutputExists, TemplateError
from archive.generators.profile import apply_profile
from archive.generators.settings import REPORT_KINDS, REPORT_TITLES, FormatProfile, ReportSettings

PACKAGE_TEMPLATES = Path(__file__).resolve().parent / "templates"
SOURCE_TEMPLATES = Path(__file__).resolve().parent.parent.parent / "doc_templates"
MAX_TEMPLATE_BYTES = 50 * 1024 * 1024

# Variables a template must use, or the report would silently lose its substance.
REQUIRED_VARIABLES: dict[str, tuple[str, ...]] = {
    "self-assessment": ("categories", "total_points", "total_score"),
    "catalog": ("sections", "unfiled"),
    "gaps": ("rows",),
    "rectification": ("rows",),
}


class _Template(DocxTemplate):
    """docxtpl, minus its slowest step where it does nothing: resolving \\n, \\t, \\a, \\f in text runs is done
    paragraph by paragraph, and only for paragraphs that hold one of them (a 台帐目录 has tens of thousands)."""

    _PARAGRAPH = re.compile(r"<w:p(?: [^>]*)?>.*?</w:p>", flags=re.DOTALL)
    _SPECIAL = re.compile("[\n\t\a\f]")

    def resolve_listing(self, xml):
        resolve = super().resolve_listing

        def one(m: re.Match) -> str:
            text = m.group(0)
            return resolve(text) if self._SPECIAL.search(text) else text

        return self._PARAGRAPH.sub(one, xml)

    def fix_tables(self, xml):
        # only {%tc %} column loops leave a table grid to repair; skip the pass (slow on big tables) without them
        if getattr(self, "uses_column_loops", True):
            return super().fix_tables(xml)
        return etree.fromstring(xml, parser=etree.XMLParser(recover=True))


@dataclass
class Picture:
    """An image for the context; becomes a docxtpl InlineImage when the template is opened."""

    png: bytes
    width_mm: float


@dataclass
class TemplateSource:
    kind: str
    data: bytes
    name: str  # shown in errors
    is_default: bool


def template_file_name(kind: str) -> str:
    return f"{kind}.docx"


def default_template(kind: str) -> TemplateSource:
    """The packaged default, else doc_templates/ of a source checkout, else one built now."""
    for folder in (PACKAGE_TEMPLATES, SOURCE_TEMPLATES):
        path = folder / template_file_name(kind)
        if path.is_file():
            return TemplateSource(kind, path.read_bytes(), f"默认模板 {path.name}", True)
    return TemplateSource(kind, build_default_template(kind), f"默认模板 {template_file_name(kind)}", True)


def load_template(kind: str, settings: ReportSettings) -> TemplateSource:
    path = settings.templates.get(kind)
    if path is None:
        return default_template(kind)
    if not path.is_file():
        raise TemplateError(f"找不到{REPORT_TITLES[kind]}模板 {path}（taizhang.toml [reports.templates] {kind}）。")
    if path.stat().st_size > MAX_TEMPLATE_BYTES:
        raise TemplateError(f"{REPORT_TITLES[kind]}模板 {path} 过大（超过 {MAX_TEMPLATE_BYTES // 1024 // 1024} MB）。")
    data = path.read_bytes()
    if not zipfile.is_zipfile(io.BytesIO(data)):
        raise TemplateError(f"{REPORT_TITLES[kind]}模板 {path} 不是 Word .docx 文件（旧版 .doc 请先另存为 .docx）。")
    return TemplateSource(kind, data, f"模板 {path}", False)


def _environment() -> jinja2.Environment:
    return jinja2.Environment(autoescape=True, undefined=jinja2.StrictUndefined)


def check_variables(source: TemplateSource, tpl: DocxTemplate, provided: set[str]) -> None:
    """A template must use the report's required variables and may use only variables the report provides."""
    try:
        used = tpl.get_undeclared_template_variables(jinja_env=_environment())
    except jinja2.TemplateSyntaxError as exc:
        raise TemplateError(f"{source.name} 中的模板标记写法有误（第 {exc.lineno} 处附近）：{exc.message}") from exc
    missing = [v for v in REQUIRED_VARIABLES[source.kind] if v not in used]
    if missing:
        raise TemplateError(f"{source.name} 缺少{REPORT_TITLES[source.kind]}必需的变量："
                            + "、".join(f"{{{{ {v} }}}}" for v in missing) + "。")
    unknown = sorted(used - provided)
    if unknown:
        raise TemplateError(f"{source.name} 使用了{REPORT_TITLES[source.kind]}没有的变量："
                            + "、".join(f"{{{{ {v} }}}}" for v in unknown) + "。",
                            remedy="可用的变量：" + "、".join(sorted(provided)))


def _resolve_pictures(value, tpl: DocxTemplate):
    if isinstance(value, Picture):
        return InlineImage(tpl, io.BytesIO(value.png), width=Mm(value.width_mm))
    if isinstance(value, dict):
        return {k: _resolve_pictures(v, tpl) for k, v in value.items()}
    if isinstance(value, list):
        return [_resolve_pictures(v, tpl) for v in value]
    return value


def render(source: TemplateSource, context: dict, profile: FormatProfile) -> bytes:
    """Render `context` into the template; default templates also get the profile's page set-up."""
    try:
        tpl = _Template(io.BytesIO(source.data))
        tpl.init_docx()
        tpl.uses_column_loops = b"tc " in zipfile.ZipFile(io.BytesIO(source.data)).read("word/document.xml")
    except Exception as exc:  # python-docx raises several kinds on a damaged package
        raise TemplateError(f"{source.name} 无法打开（{type(exc).__name__}）：文件可能已损坏。") from exc
    check_variables(source, tpl, set(context))
    try:
        tpl.render(_resolve_pictures(context, tpl), jinja_env=_environment(), autoescape=True)
    except jinja2.UndefinedError as exc:
        raise TemplateError(f"{source.name} 引用了不存在的变量或字段：{exc.message}。") from exc
    except jinja2.TemplateError as exc:
        raise TemplateError(f"{source.name} 中的模板标记有误：{exc}") from exc
    apply_profile(tpl.docx, profile, page=source.is_default)
    buf = io.BytesIO()
    tpl.docx.save(buf)
    return buf.getvalue()


# A suffix a user means as one: ASCII letters and digits after the last dot ("清单" and "自评表.2025" have none).
_SUFFIX = re.compile(r"\.[A-Za-z][A-Za-z0-9]{0,4}")


def with_suffix(path: Path, suffix: str) -> Path:
    """`path` with `suffix` (".docx", ".pdf") added when it has none: -o 清单 → 清单.docx, -o 自评表.2025 →
    自评表.2025.docx; a path that names its own suffix is kept."""
    path = Path(path)
    if path.name and not _SUFFIX.fullmatch(path.suffix or ""):
        return path.with_name(path.name + suffix)
    return path


def write_output(path: Path, data: bytes, force: bool) -> Path:
    """Atomic write; an existing file is replaced only with force."""
    path = Path(path)
    if path.exists() and not force:
        raise OutputExists(f"输出文件 {path} 已存在。")
    if path.exists() and path.is_dir():
        raise OutputExists(f"输出路径 {path} 是一个文件夹。", remedy="请用 -o 指定一个文件名。")
    write_output_bytes(path, data)
    return path


def export_templates(dest: Path, force: bool = False) -> list[Path]:
    """Write the default templates into `dest` for a user to start their own from."""
    dest = Path(dest)
    if dest.exists() and not dest.is_dir():
        raise OutputExists(f"{dest} 不是文件夹。", remedy="请指定一个文件夹。")
    targets = [dest / template_file_name(kind) for kind in REPORT_KINDS]
    existing = [t for t in targets if t.exists()]
    if existing and not force:
        raise OutputExists(f"{dest} 中已有模板文件：{'、'.join(t.name for t in existing)}。")
    return [write_output(t, default_template(kind).data, True) for kind, t in zip(REPORT_KINDS, targets, strict=True)]
