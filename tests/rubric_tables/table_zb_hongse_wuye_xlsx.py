"""中共太原市小店区坞城街道工作委员会2026年度社区“红色物业”考评细则 (.xlsx), as a 街道党工委 in 山西 scores each
社区党委 together with the 物业服务企业 in its 小区 (物业企业党组织, 业委会 / 物管会, “三方联动”).

A merged title row and a merged "考评对象：        社区党委及辖区物业服务企业        考评时间：…" line above the header
序号 | 考评项目 | 考评要点 | 标准分 | 扣分标准 | 核查方式 | 印证材料 | 扣分 | 得分. The categories are merged rows across
the sheet ("一、组织共建（20分）"); 序号 is printed 1..17 running through the sections. 考评项目 is a short sub-label
(`Row.indicator`); 考评要点 is what is asked (`Row.text`). 标准分 is a plain number. 扣分标准 is mostly deduction
wording, one band list. 核查方式 is not kept (each row's is in the CHECK map); 印证材料 (`Row.method`) names the papers
shown. 扣分 / 得分 are blank. A 合计 row and a merged 说明 row close the sheet.
"""

from __future__ import annotations

from pathlib import Path

from .build_helpers import xlsx_borders, xlsx_header, xlsx_line, xlsx_note, xlsx_title, xlsx_total_row, xlsx_widths
from .model import Row, Section, Table

TABLE = Table(
    name="zb_hongse_wuye_xlsx",
    fmt="xlsx",
    title="中共太原市小店区坞城街道工作委员会2026年度社区“红色物业”考评细则",
    numbering="printed",
    sections=(
        Section("组织共建", "一、组织共建（20分）", 20, (
            Row("推动物业服务企业党组织应建尽建，有3名以上正式党员的物业企业单独组建党支部，党员不足3名的组建联合党支部或"
                "选派党建指导员，党的组织覆盖率达到百分之百。", 6,
                "未达到百分之百覆盖的，每少覆盖1家企业扣1分，最多扣4分；指导员未选派到位的扣2分。",
                "党组织组建批复、指导员选派文件", "组织覆盖"),
            Row("社区“两委”成员与物业企业党员负责人双向进入、交叉任职，社区党组织书记兼任小区业委会或物管会主任的比例达到"
                "六成以上。", 5,
                "未实现双向进入、交叉任职的扣2分；比例未达到60%的扣1分。", "任职名单", "交叉任职"),
            Row("建立社区党组织领导下的社区居委会、业委会（物管会）、物业服务企业“三方联动”机制，联席会议每双月召开1次，遇"
                "重大事项随时召开，年底开展1次联动成效评估。", 5,
                "联席会议每少召开1次扣0.5分；未开展成效评估的扣1分；议定事项未落实的，发现一次扣0.5分。",
                "会议纪要、签到表", "三方联动"),
            Row("社区党组织与辖区物业服务企业党组织签订党建共建协议，明确共建事项清单，全年共同开展共建活动不少于6次。", 4,
                "未签订协议的扣2分；共建活动每少1次扣0.3分。", "共建协议、活动照片", "共建共治"),
        )),
        Section("服务提质", "二、服务提质（30分）", 30, (
            Row("物业企业党员亮身份、亮承诺、亮服务，设立党员先锋岗，物业服务人员中党员的比例逐年提高；党员员工每人每月参加"
                "小区志愿服务不少于4小时。", 6,
                "未开展“三亮”的扣2分；先锋岗未设立的扣1分；志愿服务时长不足的，每人次扣0.2分，最多扣2分。", "先锋岗照片",
                "党员先锋"),
            Row("开展“红色物业进万家”走访，物业项目经理与楼栋长一起，每季度入户走访覆盖率不低于百分之九十，建立居民诉求"
                "“收集—派单—办理—反馈”台账。", 6,
                "走访覆盖率每低5个百分点扣1分；未建立诉求台账的扣2分。", "走访台账、诉求台账", "民意收集"),
            Row("居民对物业服务的投诉、诉求办结率不低于95%，12345热线涉物业工单按时回复率百分之百。", 6,
                "办结率95%以上得4分，90%（含）—95%得3分，85%（含）—90%得2分，85%以下不得分；回复率每低1个百分点扣0.5分。",
                "12345平台数据", "诉求办理"),
            Row("每年为居民办理加装电梯、停车管理、充电桩建设等民生实事不少于5件，实事项目经居民议事会协商确定并公示。", 6,
                "每少办1件扣1分；未经协商确定或未公示的，每件扣0.5分。", "实事项目清单、公示照片", "民生实事"),
            Row("小区环境整洁、设施完好，消防通道畅通，无私搭乱建、无高空抛物、无堆物占道，垃圾分类准确率达到85%以上。", 6,
                "街道每季度随机抽查，发现问题一处扣0.5分；垃圾分类准确率未达标的扣1分。", "", "环境治理"),
        )),
        Section("规范运行", "三、规范运行（25分）", 25, (
            Row("建立社区党组织对物业服务企业的考评机制，每半年组织居民代表对物业服务质量进行1次测评，测评结果与物业企业"
                "信用评价挂钩。", 6,
                "未开展测评的，每次扣2分；结果未运用的扣1分。", "测评表、信用评价通报", "物业考评"),
            Row("物业服务企业按季度公开物业费收支、公共收益情况，公共收益每半年向业主公布1次，公开率达到100%。", 6,
                "未按季公开的，每次扣1分；公共收益未公布的扣2分。", "公示栏照片", "公开透明"),
            Row("指导符合条件的小区依法成立业主委员会或物业管理委员会，业委会（物管会）成员中党员比例不低于50%，按期换届。", 6,
                "符合条件未成立的，每个小区扣1分；党员比例低于50%的扣1分；未按期换届的扣1分。", "业委会备案材料", "业委会建设"),
            Row("物业纠纷矛盾调处化解率不低于90%，全年无因物业问题引发的群体性事件、到市赴省上访。", 7,
                "化解率每低5个百分点扣1分；发生群体性事件或到市赴省上访的，实行一票否决。", "调解台账", "矛盾调处"),
        )),
        Section("保障激励", "四、保障激励（25分）", 25, (
            Row("在小区或物业服务中心设立“红色物业”服务站，有标识、有场所、有制度、有人员，面积不少于30平方米，每周开放不少于"
                "6天。", 7,
                "标识、场所、制度、人员每缺一项扣1分；实地查看未开放的，发现一次扣1分。", "", "阵地共享"),
            Row("每年组织物业企业负责人、项目经理参加“红色物业”专题培训不少于2次，每次不少于半天；物业服务企业党组织书记每年"
                "向社区党组织述职1次。", 6,
                "培训每少1次扣1分；未述职的扣1分。", "培训通知、签到表", "队伍培训"),
            Row("统筹使用党组织服务群众经费、社区公益金支持“红色物业”建设，经费使用有记录、有公示、有审计。", 6,
                "经费使用无记录的扣1分；未公示的扣1分；未审计的扣1分；挪用、截留经费的，本项不得分。", "经费使用台账",
                "资金保障"),
            Row("年终开展“红色物业”星级评定，获评四星级以上的物业项目占比不低于30%，评定结果向居民公示。", 6,
                "占比每低5个百分点扣1分，最高扣3分；未公示的扣1分。", "星级评定结果", "评星定级"),
        )),
    ),
)

HEADER = ["序号", "考评项目", "考评要点", "标准分", "扣分标准", "核查方式", "印证材料", "扣分", "得分"]
# 核查方式 as printed, by 序号.
CHECK = {1: "查阅资料", 2: "查阅资料", 3: "查阅资料", 4: "查阅资料", 5: "现场查看", 6: "入户抽查", 7: "平台核查",
         8: "查阅资料", 9: "实地查看", 10: "查阅资料", 11: "实地查看", 12: "查阅资料", 13: "查阅资料", 14: "实地查看",
         15: "查阅资料", 16: "查阅账目", 17: "查阅资料"}
NOTE = ("说明：1.考评由街道党工委会同街道城市管理办公室组织实施，采取查阅资料、实地查看、入户走访、问卷调查相结合的方式；"
        "2.各项扣分不超过该项标准分；3.考评结果作为社区党组织书记抓党建述职评议和物业服务企业信用评价的重要依据。")


def build(t: Table, path: Path) -> None:
    import openpyxl
    from openpyxl.styles import Alignment, Font

    ncols = len(HEADER)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "红色物业考评"
    center = Alignment(horizontal="center", vertical="center", wrap_text=True)
    wrap = Alignment(vertical="center", wrap_text=True)
    xlsx_title(ws, t.title, ncols, Font(name="黑体", size=15, bold=True), center)
    xlsx_line(ws, "考评对象：                社区党委及辖区物业服务企业                考评时间：2026年   月   日", ncols)
    xlsx_header(ws, HEADER, ncols)
    first = ws.max_row
    number = 1
    for s in t.sections:
        xlsx_line(ws, s.printed, ncols)
        ws.cell(ws.max_row, 1).font = Font(bold=True)
        for row in s.rows:
            ws.append([number, row.indicator, row.text, row.points, row.scoring, CHECK[number], row.method or None,
                       None, None])
            for c in (2, 3, 5, 7):
                ws.cell(ws.max_row, c).alignment = wrap
            for c in (1, 4, 6):
                ws.cell(ws.max_row, c).alignment = center
            number += 1
    xlsx_total_row(ws, t.total, 4, ncols, center)
    xlsx_borders(ws, first, ncols)
    xlsx_note(ws, NOTE, ncols, 48)
    xlsx_widths(ws, (6, 11, 48, 7, 44, 10, 20, 6, 6))
    wb.save(str(path))
