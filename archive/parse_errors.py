"""YAML and TOML parser errors in Chinese, with the line and column they name (the parsers speak English)."""

from __future__ import annotations

import re

_YAML_PROBLEMS: tuple[tuple[str, str], ...] = (
    ("mapping values are not allowed", "这里不能出现“键: 值”（多半是上一行缩进不对，或值里的冒号需要加引号）"),
    ("could not find expected ':'", "缺少冒号“:”（“键: 值”的冒号后要有空格）"),
    ("cannot start any token", "有不能出现在这里的字符（常见的是制表符 Tab：YAML 只能用空格缩进）"),
    ("expected <block end>", "缩进不一致（同一层的行要对齐）"),
    ("expected <document start>", "文件开头的结构不对"),
    ("found unexpected end of stream", "文件意外结束（多半是引号或括号没有配对）"),
    ("found unexpected ':'", "出现了多余的冒号"),
    ("found undefined alias", "引用了未定义的别名（*名称）"),
    ("found duplicate anchor", "别名（&名称）重复定义"),
    ("did not find expected key", "缺少键名（多半是缩进不对，或列表项“- ”位置不对）"),
    ("did not find expected '-' indicator", "列表项缺少“- ”或缩进不对"),
    ("did not find expected node content", "缺少内容（值的位置是空的或写法不对）"),
    ("found a tab character", "有制表符（Tab）：YAML 只能用空格缩进"),
    ("expected a comment or a line break", "这一行多出了内容（引号后面还有文字？）"),
    ("found unknown escape character", "引号内有无效的转义字符（反斜杠 \\ 后的字符无效）"),
    ("expected ',' or ']'", "方括号列表 [ ] 中缺少逗号或右括号"),
    ("expected ',' or '}'", "花括号 { } 中缺少逗号或右括号"),
)

_TOML_PROBLEMS: tuple[tuple[str, str], ...] = (
    ("Invalid value", "值的写法不对（文字要加引号，如 org = \"幸福里社区党支部\"）"),
    ("Expected '=' after a key", "键后面缺少等号“=”"),
    ("Invalid statement", "这一行不是“键 = 值”，也不是 [表名]"),
    ("Cannot overwrite a value", "同一个设置项写了两次"),
    ("Cannot declare", "同一个表 [ ] 声明了两次"),
    ("Unclosed array", "方括号列表 [ ] 没有闭合"),
    ("Unclosed inline table", "花括号 { } 没有闭合"),
    ("Unterminated string", "引号没有配对"),
    ("Illegal character", "有非法字符（如控制字符）"),
    ("Expected newline or end of document", "一行里写了多个设置项，或值后面多出了内容"),
    ("Invalid initial character for a key part", "键名的写法不对（含中文或空格的键名要加引号）"),
    ("Invalid date or datetime", "日期写法不对（应为 2025-06-30）"),
)

_TOML_AT = re.compile(r"\s*\(at line (\d+), column (\d+)\)|\s*\(at end of document\)")


def _translate(problem: str, table: tuple[tuple[str, str], ...]) -> str:
    for english, chinese in table:
        if english.lower() in problem.lower():
            return chinese
    return f"格式错误（解析器原文：{problem}）"


def yaml_error_text(exc: Exception) -> str:
    """「第3行第5列：缺少冒号…」 for a yaml.YAMLError."""
    mark = getattr(exc, "problem_mark", None) or getattr(exc, "context_mark", None)
    where = f"第{mark.line + 1}行第{mark.column + 1}列：" if mark is not None else ""
    problem = str(getattr(exc, "problem", None) or exc)
    return where + _translate(problem, _YAML_PROBLEMS)


def toml_error_text(exc: Exception) -> str:
    """「第2行第7列：值的写法不对…」 for a tomllib.TOMLDecodeError (its position is only in the English text)."""
    text = str(exc)
    match = _TOML_AT.search(text)
    where = ""
    if match and match.group(1):
        where = f"第{match.group(1)}行第{match.group(2)}列："
    elif match:
        where = "文件末尾："
    return where + _translate(_TOML_AT.sub("", text), _TOML_PROBLEMS)
