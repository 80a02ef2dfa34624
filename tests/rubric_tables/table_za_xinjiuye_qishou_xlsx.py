"""中共乌鲁木齐市沙依巴克区委社会工作部2026年度新就业群体（外卖配送、网约车）党支部规范化建设考核评分表 (.xlsx), as a
区委社会工作部 (which took over the 两新工委's work) scores the 党支部 set up at 外卖配送站点 and 网约车平台服务中心
(党员骑手、司机, many of them 流动党员 with irregular hours).

A merged title row, a merged "支部名称：…  所属平台（站点）：…  考核日期：…" line, and the header
考核类别 | 序号 | 考核内容 | 分值 | 评分标准 | 佐证资料 | 扣分情况 | 得分. The categories are MERGED CELLS down the 考核类别
column, printed on one line "组织覆盖（16分）". 序号 is printed 1..18 running through. 分值 is printed with its unit
("5分"). 佐证资料 (`Row.method`) names the papers the 支部 shows ("现场查看" in one row). 扣分情况 and 得分 are blank. A 合计
row and a merged 备注 row close the sheet.
"""

from __future__ import annotations

from pathlib import Path

from .build_helpers import xlsx_borders, xlsx_header, xlsx_line, xlsx_merge_down, xlsx_note, xlsx_title, xlsx_widths
from .model import Row, Section, Table, _fmt

TABLE = Table(
    name="za_xinjiuye_qishou_xlsx",
    fmt="xlsx",
    title="中共乌鲁木齐市沙依巴克区委社会工作部2026年度新就业群体（外卖配送、网约车）党支部规范化建设考核评分表",
    numbering="printed",
    sections=(
        Section("组织覆盖", "组织覆盖（16分）", 16, (
            Row("依托外卖配送站点和网约车平台服务中心建立党支部，站点（平台）负责人是党员的，推动其担任支部书记；党员骑手、"
                "司机全部纳入支部管理，组织关系不在本地的实行“双重管理”。", 5,
                "支部未按规定设置的扣2分；党员未纳入管理的，每人扣0.5分。", "党支部成立批复、党员名册"),
            Row("每季度开展一次新就业群体党员摸排，建立“红色骑手”“先锋司机”信息库，动态更新入党积极分子和骨干骑手名单。",
                4, "未按季摸排的，每次扣1分；信息库未动态更新的扣1分。", "摸排台账、信息库截图"),
            Row("每年在优秀骑手、司机中培养入党积极分子不少于3名，年内发展党员至少1名。", 4,
                "积极分子每少1名扣0.5分；未发展党员的扣2分。", "积极分子名单、发展党员材料"),
            Row("支部委员中有一线骑手或司机党员，35岁以下的不少于1名，高中及以上学历的不少于2名。", 3,
                "支委配备不符合要求的，每项扣1分。", "支委名单"),
        )),
        Section("组织生活", "组织生活（30分）", 30, (
            Row("针对骑手、司机流动性强、作息不固定的特点，“三会一课”采取“错峰+线上”方式开展：党员大会每季度1次，支委会"
                "每月1次，党课每季度1次，线上参学须有学习记录。", 8,
                "会议、党课每缺1次扣1分；线上组织生活无学习记录的，每次扣0.5分；全年线下活动少于4次的扣2分。",
                "会议记录、线上学习截图"),
            Row("主题党日每月开展1次，可安排在订单低峰时段（14:00—16:00）或恶劣天气停运日，每次时长不少于1小时，党员参加率"
                "达到70%。", 6,
                "每少开展1次扣0.5分；参加率低于70%的，每次扣0.2分，最多扣2分。", "签到表、活动照片"),
            Row("年度组织生活会和民主评议党员在春节后返岗期间集中开展，党员参会率不低于80%，对长期不参加组织生活的党员进行"
                "谈话提醒。", 6,
                "未召开组织生活会的扣3分；未开展民主评议的扣2分；参会率低于80%的扣1分。", "会议记录、民主评议登记表"),
            Row("开展“骑手讲堂”“车内微党课”等学习活动，党员骑手、司机每年参加集中学习培训不少于12学时，新入职党员岗前教育"
                "全覆盖。", 5,
                "学时不足的，每人扣0.2分，最多扣2分；岗前教育未全覆盖的扣1分。", "培训记录、学时台账"),
            Row("党员骑手、司机通过手机缴费方式按月交纳党费，流动党员党费由支部专人负责催缴。", 5,
                "党费未按月交纳的，每人次扣0.2分；发现连续6个月不交纳党费未按规定处置的，每人扣1分。", "党费收缴明细"),
        )),
        Section("作用发挥", "作用发挥（34分）", 34, (
            Row("在站点设立党员先锋岗、党员示范车，党员骑手、司机亮身份服务，全年党员零重大交通违法、零有效投诉。", 7,
                "未设立先锋岗或示范车的扣2分；党员发生重大交通违法或被平台判定有效投诉的，每人次扣1分。",
                "挂牌照片、平台投诉数据"),
            Row("组织骑手、司机加入“社区观察员”“流动网格员”队伍参与基层治理，发现上报安全隐患、矛盾纠纷等线索全年累计不少于"
                "50条，办结反馈率不低于90%。", 7,
                "线索每少5条扣0.5分；办结反馈率每低1个百分点扣0.2分，最高扣2分。", "线索上报台账"),
            Row("依托“暖蜂驿站”“司机之家”开展关爱服务，驿站每日开放不少于12小时，提供饮水、充电、休憩、应急药品等服务，每"
                "季度至少组织1次健康体检或法律咨询进站点活动。", 7,
                "驿站服务功能每缺一项扣0.5分；关爱活动每少1次扣1分；实地暗访发现驿站关闭的，发现一次扣1分。",
                "活动照片、暗访记录"),
            Row("支部每半年与平台企业、交警、社区召开1次联席会议，协调解决骑手进小区难、停车难、就餐难等问题，形成问题清单"
                "和办理台账。", 6,
                "联席会议每少1次扣1.5分；无问题清单或办理台账的，各扣0.5分。", "会议纪要、问题清单、办理台账"),
            Row("骑手、司机对支部服务满意度达到85%以上，由区委社会工作部于年底通过问卷方式组织测评，有效问卷不少于骑手、司机"
                "总数的50%。", 7,
                "满意度90%以上得7分，85%（含）—90%得5分，80%（含）—85%得3分，80%以下不得分；有效问卷比例不足的，按测评结果"
                "减半计分。", "测评问卷"),
        )),
        Section("基础保障", "基础保障（20分）", 20, (
            Row("站点党群活动室（角）做到“有标识、有制度、有设施、有台账”，党建工作制度、入党誓词上墙。", 4,
                "“四有”每缺一项扣1分。", "现场查看"),
            Row("平台企业、站点每年为支部落实活动经费不少于2万元，区委社会工作部按每名党员每年200元标准下拨党建工作经费，"
                "经费使用台账清晰。", 5,
                "经费未落实的扣3分；无经费使用台账的扣1分；违规使用经费的本项不得分。", "经费使用台账"),
            Row("支部书记每年参加区级以上党务培训不少于5天，每半年向区委社会工作部书面报告1次支部工作，年底进行述职。", 5,
                "培训不足5天的扣1分；报告每缺1次扣1分；未述职的扣2分。", "培训证书、书面报告"),
            Row("建立健全支部“一站一档”工作台账，年初有计划、年中有小结、年底有总结，资料真实完整。", 6,
                "缺计划、小结、总结的，每缺一项扣1分；台账资料不全的，酌情扣1—3分；发现资料造假的，本项不得分。", "台账资料"),
        )),
    ),
)

HEADER = ["考核类别", "序号", "考核内容", "分值", "评分标准", "佐证资料", "扣分情况", "得分"]
NOTE = ("备注：1.考核采取查阅资料、实地暗访、随机访谈骑手和司机、平台数据比对相结合的方式；2.每项扣分不超过该项分值；"
        "3.支部党员发生严重违纪违法问题或在网络上发表错误言论造成恶劣影响的，年度考核不得评为“优秀”。")


def build(t: Table, path: Path) -> None:
    import openpyxl
    from openpyxl.styles import Alignment, Font

    ncols = len(HEADER)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "考核评分表"
    center = Alignment(horizontal="center", vertical="center", wrap_text=True)
    wrap = Alignment(vertical="center", wrap_text=True)
    xlsx_title(ws, t.title, ncols, Font(name="方正小标宋简体", size=15, bold=True), center)
    xlsx_line(ws, "支部名称：                    所属平台（站点）：                    考核日期：2026年  月  日", ncols)
    xlsx_header(ws, HEADER, ncols)
    first = ws.max_row
    number = 1
    for s in t.sections:
        top = ws.max_row + 1
        for row in s.rows:
            ws.append([s.printed if ws.max_row + 1 == top else None, number, row.text, f"{_fmt(row.points)}分",
                       row.scoring, row.method, None, None])
            for c in (3, 5, 6):
                ws.cell(ws.max_row, c).alignment = wrap
            for c in (2, 4):
                ws.cell(ws.max_row, c).alignment = center
            number += 1
        xlsx_merge_down(ws, 1, top, ws.max_row, center)
    ws.append(["合计", None, None, f"{_fmt(t.total)}分", None, None, None, None])
    ws.merge_cells(start_row=ws.max_row, start_column=1, end_row=ws.max_row, end_column=3)
    ws.cell(ws.max_row, 1).alignment = center
    xlsx_borders(ws, first, ncols)
    xlsx_note(ws, NOTE, ncols, 48)
    xlsx_widths(ws, (12, 6, 52, 7, 46, 22, 9, 7))
    wb.save(str(path))
