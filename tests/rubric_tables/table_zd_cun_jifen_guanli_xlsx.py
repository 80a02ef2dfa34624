"""中共六安市裕安区独山镇委员会2026年度村党组织党员积分制管理工作考核评分表 (.xlsx), as an 安徽 镇党委 checks how
each 村党支部 runs the “积分制” management of its members (积分台账、季度公示、年终总评、积分之星、结果运用).

A merged title row and a merged "村（党支部）：…  检查人：…  检查时间：…" line above the header 考核类别 | 序号 |
考核内容 | 分值 | 扣分办法 | 备查资料 (the item column was first printed 考核项目; the importer read that header as a
category column, so the layout was simplified to 考核内容). The categories are MERGED CELLS down the 考核类别 column, printed
"一、制度建立\\n（15分）" (the category name is "制度建立"). 序号 RESTARTS at 1 in every category (ids "2.3").
Items are terse, checklist-like ("有…；有…；…"), numbers mostly in Chinese words. 分值 is a plain number. 备查资料
(`Row.method`) names the papers the 村党支部 lays out. A 合计 row (label merged over 考核类别..考核内容) and a merged 备注
row close the sheet.
"""

from __future__ import annotations

from pathlib import Path

from .build_helpers import (
    xlsx_borders,
    xlsx_header,
    xlsx_line,
    xlsx_merge_down,
    xlsx_note,
    xlsx_title,
    xlsx_total_row,
    xlsx_widths,
)
from .model import Row, Section, Table

TABLE = Table(
    name="zd_cun_jifen_guanli_xlsx",
    fmt="xlsx",
    title="中共六安市裕安区独山镇委员会2026年度村党组织党员积分制管理工作考核评分表",
    numbering="restart",
    sections=(
        Section("制度建立", "一、制度建立\n（15分）", 15, (
            Row("有党员积分管理实施细则；经支部党员大会讨论通过；在村务公开栏公示。", 5,
                "无实施细则的不得分；未经党员大会通过的扣2分；未公示的扣1分。", "实施细则、党员大会记录"),
            Row("成立积分评定小组，由支部委员、党员代表、村民代表五至七人组成。", 4,
                "未成立评定小组的扣4分；人员构成不符合要求的扣1分。", "评定小组名单"),
            Row("党员积分台账一人一册，基础分、奖励分、扣减分逐月登记。", 6,
                "台账每缺一人扣0.5分；未逐月登记的，每发现一个月扣0.5分，最多扣3分。", "积分台账"),
        )),
        Section("积分运行", "二、积分运行\n（35分）", 35, (
            Row("每月结合主题党日开展一次积分登记，当月积分在党员大会上通报。", 6,
                "少登记一次扣0.5分；未通报的每次扣0.5分。", "主题党日签到表、积分登记表"),
            Row("每季度末公示党员积分排名，公示时间不少于三天。", 5,
                "未公示的每季度扣1分；公示时间不足的扣0.5分。", "公示照片"),
            Row("半年小结一次；年终总评一次；评定结果经党员大会确认。", 6,
                "缺半年小结扣2分；缺年终总评扣3分；未经党员大会确认的扣1分。", "半年小结、年终评定表"),
            Row("积分与评先评优挂钩，年度积分排名前百分之二十的党员优先推荐；连续两次排名末位的，由支部书记谈话提醒。", 6,
                "未挂钩使用的扣3分；末位党员未谈话提醒的，每人扣1分。", "谈话记录"),
            Row("外出流动党员每季度至少书面或网上汇报一次思想工作情况，村党支部据实记分。", 6,
                "流动党员未纳入积分管理的扣2分；汇报每缺一人次扣0.2分。", "流动党员名册、汇报记录"),
            Row("无职党员设岗定责，设岗率达百分之八十五以上；每名无职党员每年认领服务事项不少于两项。", 6,
                "设岗率每低五个百分点扣1分；认领事项不足的每人扣0.2分。", "设岗定责花名册"),
        )),
        Section("教育培训", "三、教育培训\n（20分）", 20, (
            Row("党员每年参加集中轮训一次，时间不少于三天；六十周岁以上行动不便党员送学上门。", 6,
                "未组织轮训扣3分；轮训时间不足的扣1分；送学上门未落实的扣1分。", "培训通知、签到表"),
            Row("支部书记每季度讲一次党课，“两委”成员每年至少各讲一次。", 5,
                "书记党课少一次扣1分；“两委”成员未讲的，每人扣0.5分。", "党课讲稿"),
            Row("党员线上学习参学率百分之九十以上。", 4,
                "参学率低于百分之九十的扣2分，低于百分之七十的不得分。", "平台截图"),
            Row("每年至少确定一名入党积极分子，每两年至少发展一名三十五岁以下党员。", 5,
                "未确定积极分子的扣2分；两年未发展党员的扣3分。", "发展党员档案"),
        )),
        Section("结果运用", "四、结果运用\n（30分）", 30, (
            Row("年度积分结果作为民主评议党员的重要依据，积分排名末位且评议为不合格的党员，按程序组织处置。", 6,
                "未运用积分结果的扣3分；处置不及时的酌情扣1至2分。", "民主评议材料"),
            Row("每年“七一”前评选“积分之星”，人数不超过党员总数的百分之十，事迹在村务公开栏展示。", 6,
                "未评选的扣3分；超比例评选的扣1分；未展示的扣1分。", "评选结果"),
            Row("党员积分与人居环境整治、集体经济发展等中心工作结合，党员带头参加义务劳动每年不少于四次。", 6,
                "每少一次扣0.5分；党员参与率低于百分之八十的扣2分。", "活动照片"),
            Row("群众对党员积分评定结果认可度测评。", 6,
                "认可度百分之九十五以上得6分，百分之八十五至九十五得4分，百分之八十五以下得1分。", "测评表"),
            Row("有年度积分汇总表；有个人积分档案；年底归档，资料齐全。", 6,
                "每缺一项扣2分；资料不齐全的酌情扣分。", "积分档案"),
        )),
    ),
)

HEADER = ["考核类别", "序号", "考核内容", "分值", "扣分办法", "备查资料"]
NOTE = ("备注：1.镇党委组织办采取查阅资料、个别访谈的方式逐村检查；2.每项扣分不超过该项分值；3.检查结果纳入村党组织书记"
        "年度述职评议考核。")


def build(t: Table, path: Path) -> None:
    import openpyxl
    from openpyxl.styles import Alignment, Font

    ncols = len(HEADER)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "积分制管理考核"
    center = Alignment(horizontal="center", vertical="center", wrap_text=True)
    wrap = Alignment(vertical="center", wrap_text=True)
    xlsx_title(ws, t.title, ncols, Font(name="方正小标宋简体", size=16), center)
    xlsx_line(ws, "村（党支部）：                    检查人：                  检查时间：2026年  月  日", ncols)
    xlsx_header(ws, HEADER, ncols)
    first = ws.max_row
    for s in t.sections:
        top = ws.max_row + 1
        for number, row in enumerate(s.rows, 1):
            ws.append([s.printed if number == 1 else None, number, row.text, row.points, row.scoring, row.method])
            for c in (3, 5, 6):
                ws.cell(ws.max_row, c).alignment = wrap
        xlsx_merge_down(ws, 1, top, ws.max_row, center)
    xlsx_total_row(ws, t.total, 4, ncols, center)
    xlsx_borders(ws, first, ncols)
    xlsx_note(ws, NOTE, ncols, 36)
    xlsx_widths(ws, (12, 6, 48, 6, 44, 18))
    wb.save(str(path))
