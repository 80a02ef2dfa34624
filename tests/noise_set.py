"""A noise set for the filing benchmarks: files that serve no item of the year they are dropped into.

`write_noise(dest, org, year)` writes into `dest` (a folder inside an archive, "收到的资料/" as a person would name
what others sent them) what real evidence folders also hold: the real-office corpus (other people's templates,
minutes of student groups, manuals, screenshots, photos of book pages — when ../shared/corpora is on this machine),
blank forms and templates, this organisation's papers of other years, and other communities' papers of this year.
It returns the paths written, relative to `dest`'s archive root; every one is labelled "serves no item".
Nothing here is tuned on: the generated files are written from what such papers look like, not from any rule.
"""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

from labelled_year import render
from openpyxl import Workbook
from PIL import Image, ImageDraw

CORPUS = Path(__file__).resolve().parent.parent.parent / "shared" / "corpora" / "real-office"
SKIP = {"MANIFEST.json", "README.md"}
OTHER_COMMUNITY = "桂花巷社区党支部"
OTHER_VILLAGE = "青松村党支部"


def _docx(path: Path, heading: str, lines: list[str], rows: list[list[str]] | None = None) -> None:
    doc = render.new_docx()
    render.title(doc, heading)
    if rows:
        render.table(doc, rows)
    for line in lines:
        render.par(doc, line)
    path.parent.mkdir(parents=True, exist_ok=True)
    render.save_docx(doc, path)


def _xlsx(path: Path, title: str | None, rows: list[list]) -> None:
    wb = Workbook()
    sheet = wb.active
    if title:
        sheet.append([title])
    for row in rows:
        sheet.append(row)
    path.parent.mkdir(parents=True, exist_ok=True)
    render.save_xlsx(wb, path)


def _minutes_rows(when: str, place: str, host: str, clerk: str, expected: str, present: str, topic: str) -> list:
    return [["会议时间", when, "会议地点", place], ["主持人", host, "记录人", clerk],
            ["应到人数", expected, "实到人数", present], ["会议议题", topic, "", ""]]


def _templates(base: Path, year: int) -> None:
    _docx(base / "会议记录模板.docx", "党支部会议记录", ["会议内容：", "", "记录人签字：", "年    月    日"],
          _minutes_rows("", "", "", "", "", "", ""))
    _xlsx(base / "党员花名册样表.xlsx", "党员花名册（样表）",
          [["序号", "姓名", "性别", "出生年月", "入党时间", "学历", "职务"], [1, "张三", "男", "1980.01", "2005.07", "大专", "党员"]])
    _xlsx(base / "党费收缴登记表（空白）.xlsx", f"{year}年党费收缴登记表",
          [["序号", "姓名", *[f"{m}月" for m in range(1, 13)], "合计"], *[[n] + [""] * 14 for n in range(1, 11)]])
    _docx(base / "党员大会签到表.docx", "党员大会签到表", ["会议名称：", "时间：    年  月  日"],
          [["序号", "姓名", "签名", "备注"], *[[str(n), "", "", ""] for n in range(1, 16)]])
    _docx(base / "入党申请书范文.docx", "入党申请书（范文）", [
        "敬爱的党组织：", "我志愿加入中国共产党，拥护党的纲领，遵守党的章程……", "申请人：××", "××××年××月××日"])
    _docx(base / "党建云平台用户操作手册.docx", "党建云平台用户操作手册", [
        "1. 登录：在浏览器中打开平台地址，输入用户名和密码，点击“登录”。",
        "2. 三会一课：在左侧菜单中选择“组织生活—三会一课”，点击“新增”，填写会议时间、主持人、参会人员后提交。",
        "3. 党费管理：选择“党费收缴”，可导入、导出党费台帐。"])


def _other_years(base: Path, org: str, year: int) -> None:
    old = year - 2
    _docx(base / f"{old}年党建工作计划.docx", f"{org}{old}年党建工作计划", [
        f"{old}年，党组织以党建引领基层治理为主线，对全年工作作如下安排。",
        "一、三会一课：支部委员会每月召开一次，党员大会每季度召开一次，每季度讲一次党课。",
        "二、共驻共建：与驻区单位签订共建协议，全年共建活动不少于4次。", org, f"{old}年1月12日"])
    last = year - 1
    _docx(base / "第三季度党员大会记录.docx", "党员大会会议记录", [
        "会议内容：书记通报了第三季度党建工作，组织委员通报了党费收缴情况。", "记录人：王丽"],
          _minutes_rows(f"{last}年9月20日上午9:30", "党群服务中心会议室", "书记", "王丽", "40人", "35人",
                        "通报第三季度工作；学习党的理论"))
    _docx(base / f"{old}年度党建工作总结.docx", f"{org}{old}年度党建工作总结", [
        "一年来，党组织较好完成了上级交办的各项任务，现将有关情况总结如下。",
        "一、三会一课：全年召开支部委员会12次、党员大会4次，讲党课4次。", "二、存在问题：共驻共建办法不多。",
        org, f"{old}年12月26日"])
    img = Image.new("RGB", (1280, 960), (150, 160, 170))
    ImageDraw.Draw(img).rectangle([100, 300, 1180, 900], fill=(60, 70, 80))
    render.save_jpeg(img, base / f"IMG_{old}0701_093000.jpg", dt.datetime(old, 7, 1, 9, 30), model="HUAWEI P40")


def _other_organisations(base: Path, year: int) -> None:
    _docx(base / f"{year}年党建工作计划（兄弟社区）.docx", f"{OTHER_COMMUNITY}{year}年党建工作计划", [
        f"{year}年，{OTHER_COMMUNITY}以党建引领基层治理为主线，对全年工作作如下安排。",
        "一、三会一课：支部委员会每月召开一次，党员大会每季度召开一次。", OTHER_COMMUNITY, f"{year}年1月8日"])
    _docx(base / "支部委员会会议记录.docx", "支部委员会会议记录", [
        f"{OTHER_COMMUNITY}于{year}年4月8日召开支部委员会，研究第二季度党员大会议程和为民办实事项目。",
        "会议决定4月下旬召开第二季度党员大会。", "记录人：钱芳"],
          _minutes_rows(f"{year}年4月8日下午2:30", f"{OTHER_COMMUNITY[:5]}党群服务站", "周建", "钱芳", "5人", "5人",
                        "研究第二季度党员大会议程"))
    _docx(base / "党员大会记录.docx", f"{OTHER_VILLAGE}党员大会会议记录", [
        "会议内容：书记传达了镇党委会议精神，党员讨论了村级事务公开有关事项。", OTHER_VILLAGE, f"{year}年6月18日"],
          _minutes_rows(f"{year}年6月18日上午9:00", "村委会会议室", "李国强", "赵敏", "32人", "28人", "传达镇党委会议精神"))


def write_noise(dest: Path, org: str, year: int) -> list[str]:
    """Write the noise set into `dest` (its last folder is where it lands in the archive); returns the written
    paths as "<dest name>/<file>"."""
    dest = Path(dest)
    dest.mkdir(parents=True, exist_ok=True)
    if CORPUS.is_dir():
        for src in sorted(CORPUS.iterdir()):
            if src.is_file() and src.name not in SKIP:
                shutil.copyfile(src, dest / src.name)
    _templates(dest, year)
    _other_years(dest, org, year)
    _other_organisations(dest, year)
    return sorted(f"{dest.name}/{p.relative_to(dest).as_posix()}" for p in dest.rglob("*") if p.is_file())
