"""click's own messages in Chinese: every text click shows goes through gettext, so we answer its msgids here.

click binds `gettext`/`ngettext` into each of its modules at import; `install()` replaces those bindings with a
lookup in ZH (an untranslated msgid falls back to click's English). Installed by `archive.cli.base` before any
command is declared (click.Path reads its "file"/"directory" name at declaration time).
"""

from __future__ import annotations

import click.core
import click.decorators
import click.exceptions
import click.formatting
import click.parser
import click.termui
import click.types

ZH: dict[str, str] = {
    # help text
    "Usage:": "用法：",
    "Options": "选项",
    "Commands": "命令",
    "Arguments": "参数",
    "default: {default}": "默认：{default}",
    "required": "必填",
    "env var: {var}": "环境变量：{var}",
    "(dynamic)": "（动态）",
    "deprecated": "已弃用",
    "Show this message and exit.": "显示帮助并退出。",
    "Show the version and exit.": "显示版本并退出。",
    # usage errors
    "Missing argument": "缺少参数",
    "Missing option": "缺少选项",
    "Missing parameter": "缺少参数",
    "Missing {param_type}": "缺少{param_type}",
    "Missing parameter: {param_name}": "缺少参数：{param_name}",
    "Missing command.": "缺少子命令。",
    "No such option {name!r}.": "没有选项「{name}」。",
    "No such command {name!r}.": "没有命令「{name}」。",
    "Did you mean {possibility}?": "是不是要输入 {possibility}？",
    "(Did you mean one of: {possibilities}?)": "（是不是要输入其中之一：{possibilities}？）",
    "Got unexpected extra argument ({args})": "多余的参数（{args}）",
    "Got unexpected extra arguments ({args})": "多余的参数（{args}）",
    "Option {name!r} requires an argument.": "选项「{name}」后面需要一个值。",
    "Option {name!r} requires {nargs} arguments.": "选项「{name}」后面需要 {nargs} 个值。",
    "Option {name!r} does not take a value.": "选项「{name}」不接受值。",
    "Argument {name!r} takes {nargs} values.": "参数「{name}」需要 {nargs} 个值。",
    "Takes {nargs} values but 1 was given.": "需要 {nargs} 个值，但只给了 1 个。",
    "Takes {nargs} values but {len} were given.": "需要 {nargs} 个值，但给了 {len} 个。",
    "Invalid value: {message}": "值无效：{message}",
    "Invalid value for {param_hint}: {message}": "{param_hint} 的值无效：{message}",
    "Value must be an iterable.": "值必须是一组数据。",
    # value types
    "{value!r} is not a valid {number_type}.": "「{value}」不是有效的数字。",
    "{value} is not in the range {range}.": "{value} 超出允许范围（{range}）。",
    "{value!r} is not {choice}.": "「{value}」无效，只能是 {choice}。",
    "{value!r} is not one of {choices}.": "「{value}」无效，可选：{choices}。",
    "Choose from:\n\t{choices}": "可选：\n\t{choices}",
    "{value!r} is not a valid boolean. Recognized values: {states}": "「{value}」不是有效的是/否值（可用：{states}）。",
    "{value!r} is not a valid UUID.": "「{value}」不是有效的 UUID。",
    "{value!r} does not match the format {format}.": "「{value}」不符合格式 {format}。",
    "{value!r} does not match the formats {formats}.": "「{value}」不符合以下任一格式：{formats}。",
    "{len_type} values are required, but {len_value} was given.": "需要 {len_type} 个值，但给了 {len_value} 个。",
    "{len_type} values are required, but {len_value} were given.": "需要 {len_type} 个值，但给了 {len_value} 个。",
    "file": "文件",
    "directory": "目录",
    "path": "路径",
    "{name} {filename!r} does not exist.": "{name}「{filename}」不存在。",
    "{name} {filename!r} is a file.": "{name}「{filename}」是文件，这里需要目录。",
    "{name} {filename!r} is a directory.": "{name}「{filename}」是目录，这里需要文件。",
    "{name} {filename!r} is not readable.": "{name}「{filename}」没有读取权限。",
    "{name} {filename!r} is not writable.": "{name}「{filename}」没有写入权限。",
    "{name} {filename!r} is not executable.": "{name}「{filename}」不可执行。",
    "Could not open file {filename!r}: {message}": "无法打开文件「{filename}」：{message}",
    "unknown error": "未知错误",
    # prompts and the rest
    "Aborted!": "已取消。",
    "Error: {message}": "错误：{message}",
    "Try '{command} {option}' for help.": "运行 {command} {option} 查看用法。",
    "Repeat for confirmation": "请再输入一次确认",
    "Error: The two entered values do not match.": "错误：两次输入不一致。",
    "Error: invalid input": "错误：输入无效",
    "Do you want to continue?": "是否继续？",
    "Press any key to continue...": "按任意键继续……",
}


def gettext(message: str) -> str:
    return ZH.get(message, message)


def ngettext(singular: str, plural: str, n: int) -> str:
    return gettext(singular if n == 1 else plural)


def install() -> None:
    """Point click's message lookups at ZH (idempotent)."""
    for module in (click.core, click.decorators, click.exceptions, click.formatting, click.parser, click.termui,
                   click.types):
        if hasattr(module, "_"):
            module._ = gettext  # type: ignore[attr-defined]
        if hasattr(module, "ngettext"):
            module.ngettext = ngettext  # type: ignore[attr-defined]
