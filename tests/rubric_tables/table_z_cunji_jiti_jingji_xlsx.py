"""中共南宁市武鸣区双桥镇委员会2026年度村级集体经济联合党委考核评分表 (.xlsx), as the 镇党委 scores each 村级集体
经济联合党委 (several 村党组织 joined to run a 强村公司 / 合作社 together: 抱团发展) on 组织领导、产业发展、规范管理、
群众评价.

A merged title row, a merged "联合党委名称：…  成员村：…  考核组组长：…" line, and the header 考核类别 | 序号 | 考核项目 |
完成标准 | 分值 | 计分规则 | 核查方式. The categories are MERGED CELLS down the 考核类别 column, printed "组织领导\\n20分"
(the category name is "组织领导"). 序号 is a plain number RESTARTING at 1 in every category (ids 1.1, 1.2 … 2.1 …).
考核项目 is a short sub-label (`Row.indicator`); 完成标准 is what is asked (`Row.text`). 分值 is a plain number.
计分规则 carries deductions and some 加分 clauses. 核查方式 (`Row.method`) says how the 镇 checks. A 合计 row and a merged
备注 row close the sheet.
"""

from __future__ import annotations

from pathlib import Path

from .build_helpers import xlsx_borders, xlsx_header, xlsx_line, xlsx_merge_down, xlsx_note, xlsx_title, xlsx_widths
from .model import Row, Section, Table

TABLE = Table(
    name="z_cunji_jiti_jingji_xlsx",
    fmt="xlsx",
    title="中共南宁市武鸣区双桥镇委员会2026年度村级集体经济联合党委考核评分表",
    numbering="restart",
    sections=(
        Section("组织领导", "组织领导\n20分", 20, (
            Row("联合党委经镇党委批准成立，成员村党组织书记任委员，党委书记由镇党委班子成员或优秀村党组织书记担任，"
                "隔月召开1次联合党委会议。", 6,
                "未经批准设立的，本项不得分；联合党委会议每少1次扣1分。", "查阅批复文件、会议记录", "组织设置"),
            Row("强村公司（合作社）重大事项实行联合党委前置研究，落实“四议两公开”，决议事项在各成员村公开栏公示不少于"
                "7天。", 7,
                "重大事项未经前置研究的，发现一次扣2分；未公示或公示时间不足的，每次扣1分。", "查阅会议记录、实地查看公开栏",
                "议事决策"),
            Row("年初联合党委与各成员村签订集体经济发展目标责任书，年中召开1次推进会，年底逐村考核。", 7,
                "未签订责任书的扣2分；未召开推进会的扣2分；未开展年底考核的扣3分。", "查阅资料", "责任落实"),
        )),
        Section("产业发展", "产业发展\n40分", 40, (
            Row("成员村集体经济经营性收入全部达到10万元以上，其中30%以上的村超过30万元。", 12,
                "每有1个村经营性收入低于10万元扣3分；30万元以上村占比未达到30%的扣2分。成员村集体经营性收入较上年平均"
                "增长15%以上的，加1分。", "查阅村级财务报表", "集体收入"),
            Row("联合党委每年谋划实施抱团发展项目不少于2个，项目当年开工率100%，建立项目推进台账，逐月更新进度。", 10,
                "项目每少1个扣3分；开工率每低10个百分点扣1分；台账每缺1个月扣0.5分。", "查阅项目台账、实地查看项目",
                "项目建设"),
            Row("建立“联合党委+强村公司+农户”利益联结机制，带动脱贫户、监测户务工增收，年内带动务工不少于100人次。", 8,
                "带动务工每少10人次扣1分，最高扣4分；利益联结机制不健全的，酌情扣分。", "查阅务工登记、入户走访",
                "联农带农"),
            Row("党员带头领办产业项目或示范基地，每个成员村至少有2名党员致富带头人，按季开展实用技术培训，每季度不少于1期。",
                10, "致富带头人每少1名扣1分；培训每少1期扣1分；培训照片、签到资料不全的扣0.5分。", "查阅资料、实地查看基地",
                "党员示范"),
        )),
        Section("规范管理", "规范管理\n25分", 25, (
            Row("集体资金、资产、资源实行清单管理，每季度开展1次清查，资产台账账实相符，集体资产出租出让合同100%经镇"
                "农经站审核。", 8,
                "未开展清查的，每次扣1分；账实不符的，发现一处扣1分；合同未经审核的，每份扣0.5分。",
                "查阅三资台账、抽查合同", "三资管理"),
            Row("强村公司财务收支情况按季度公开，收益分配方案经成员村村民代表会议表决通过，公开率达100%。", 6,
                "每少公开1次扣1分；分配方案未经表决的扣3分。", "实地查看公开栏、查阅会议记录", "财务公开"),
            Row("不举债搞建设，无新增村级债务；集体经济项目经营亏损的及时预警处置，年内无资产流失、违规担保问题。", 6,
                "新增村级债务的扣3分；发生集体资产流失的，一票否决，本项不得分。", "审计、信访核查", "风险防控"),
            Row("村务监督委员会每月对集体经济收支开展监督，联合党委纪检委员每半年开展1次专项检查。", 5,
                "监督记录每缺1个月扣0.5分；专项检查每少1次扣1分。", "查阅监督记录", "监督制约"),
        )),
        Section("群众评价", "群众评价\n15分", 15, (
            Row("年底组织成员村党员和村民代表对联合党委抱团发展工作进行满意度测评，满意度达到85%以上。", 8,
                "满意度85%以上得8分，80%（含）—85%得6分，75%（含）—80%得4分，75%以下不得分。", "问卷测评", "满意度"),
            Row("总结提炼抱团发展经验做法，全年在县级以上媒体宣传报道不少于3次，年底报送年度工作总结。", 7,
                "报道每少1次扣2分；未报送年度工作总结的扣1分。经验做法被市级以上推广的，加2分。", "查阅资料", "宣传总结"),
        )),
    ),
)

HEADER = ["考核类别", "序号", "考核项目", "完成标准", "分值", "计分规则", "核查方式"]
NOTE = ("备注：1.考核由镇党委组织办会同农业服务中心、财政所、经管站组成考核组实施；2.各项扣分扣完该项分值为止，加分总计"
        "不超过5分；3.考核结果分为优秀、良好、合格、不合格四个等次，与联合党委书记绩效报酬挂钩。")


def build(t: Table, path: Path) -> None:
    import openpyxl
    from openpyxl.styles import Alignment, Font

    ncols = len(HEADER)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "联合党委考核"
    center = Alignment(horizontal="center", vertical="center", wrap_text=True)
    wrap = Alignment(vertical="center", wrap_text=True)
    xlsx_title(ws, t.title, ncols, Font(name="宋体", size=16, bold=True), center)
    xlsx_line(ws, "联合党委名称：                    成员村：                              考核组组长：", ncols)
    xlsx_header(ws, HEADER, ncols)
    first = ws.max_row
    for s in t.sections:
        top = ws.max_row + 1
        for i, row in enumerate(s.rows, 1):
            ws.append([s.printed if i == 1 else None, i, row.indicator, row.text, row.points, row.scoring,
                       row.method, None][:ncols])
            for c in (4, 6, 7):
                ws.cell(ws.max_row, c).alignment = wrap
            for c in (2, 3, 5):
                ws.cell(ws.max_row, c).alignment = center
        xlsx_merge_down(ws, 1, top, ws.max_row, center)
    ws.append(["合计", None, None, None, t.total, None, None])
    ws.merge_cells(start_row=ws.max_row, start_column=1, end_row=ws.max_row, end_column=4)
    ws.cell(ws.max_row, 1).alignment = center
    xlsx_borders(ws, first, ncols)
    xlsx_note(ws, NOTE, ncols, 45)
    xlsx_widths(ws, (10, 6, 11, 50, 6, 46, 22))
    wb.save(str(path))
