"""中共临川区直属机关工作委员会2026年度区直机关“清廉机关”建设考核评分表 (.xlsx), as the 区直机关工委 and the 区纪委监委
派驻纪检监察组 score each 区直单位 on 压实管党治党责任、涵养清廉文化、规范权力运行、强化监督执纪.

A merged title row and a merged "考核单位（盖章）：…  填报日期：…" line above the header 序号 | 考核指标 | 工作要求 | 分值 |
扣分标准 | 佐证材料 | 自评分 | 考核得分. The categories are SECTION ROWS merged across the sheet, printed
"一、压实管党治党责任（20分）" (the category name is "压实管党治党责任"). 序号 runs 1..15 through the sheet (numeric
cells). 考核指标 is a short sub-label (`Row.indicator`); 工作要求 is what is asked (`Row.text`). 分值 is a plain number.
佐证材料 (`Row.method`) names the papers. 自评分 and 考核得分 are blank. A 合计 row (the total under 分值) and a merged
说明 row close the sheet.
"""

from __future__ import annotations

from pathlib import Path

from .build_helpers import xlsx_borders, xlsx_header, xlsx_line, xlsx_note, xlsx_title, xlsx_widths
from .model import Row, Section, Table

TABLE = Table(
    name="v_qinglian_jiguan_xlsx",
    fmt="xlsx",
    title="中共临川区直属机关工作委员会2026年度区直机关“清廉机关”建设考核评分表",
    numbering="printed",
    sections=(
        Section("压实管党治党责任", "一、压实管党治党责任（20分）", 20, (
            Row("机关党组（党委）每年专题研究清廉机关建设工作不少于2次；年初制定清廉机关建设实施方案，明确责任分工和"
                "完成时限。", 6,
                "专题研究每少1次扣1.5分；无实施方案的扣3分。", "党组会议纪要、实施方案", "研究部署"),
            Row("主要负责人履行第一责任人职责，年内与班子成员、中层干部开展廉政谈话全覆盖；班子成员落实“一岗双责”。", 7,
                "谈话每少1人扣0.5分，最高扣3分；“一岗双责”落实不到位的，酌情扣分。", "谈话记录", "责任落实"),
            Row("逐级签订党风廉政建设责任书，签订率100%；年底班子成员在民主生活会上述责述廉。", 7,
                "责任书每少签订1份扣0.5分；未开展述责述廉的扣2分。", "责任书、述责述廉报告", "签字背书"),
        )),
        Section("涵养清廉文化", "二、涵养清廉文化（20分）", 20, (
            Row("各党支部每季度至少开展1次廉政主题党日或廉政党课；每年组织党员干部到廉政教育基地接受警示教育不少于"
                "1次。", 7,
                "每少1次扣1分；未组织警示教育的扣2分。", "活动记录、签到表、照片", "廉洁教育"),
            Row("建设“清廉角”、廉政书架等文化阵地；在机关内网或微信公众号开设“清廉机关”专栏，每月更新不少于1次。", 6,
                "无廉政文化阵地的扣2分；专栏每少更新1次扣0.5分。", "实地查看、专栏截图", "文化阵地"),
            Row("党员干部年内参加党纪法规学习不少于12学时；组织党纪法规知识测试，参测率100%，合格率95%以上。", 7,
                "学时不足的，每人扣0.5分；参测率未达到100%的扣1分；合格率每低1个百分点扣0.5分，最高扣3分。",
                "学习登记、测试成绩汇总", "纪法学习"),
        )),
        Section("规范权力运行", "三、规范权力运行（30分）", 30, (
            Row("制定权力清单、责任清单和廉政风险防控手册，全面排查岗位廉政风险点，风险防控台账每半年更新一次。", 8,
                "权力清单、责任清单、防控手册每缺一项扣2分；台账未按时更新的，每次扣1分。",
                "权力清单、责任清单、风险防控手册、台账", "风险防控"),
            Row("严格执行“三重一大”集体决策制度，重大事项决策、重要干部任免、重大项目安排和大额资金使用均经领导班子集体"
                "研究，会议纪要完整规范。", 8,
                "发现1次未经集体研究的扣2分，最高扣8分；纪要不完整的，酌情扣1-2分。", "“三重一大”制度、会议纪要", "集体决策"),
            Row("严格落实中央八项规定精神，公务接待、公车使用、差旅报销按标准执行，年内开展专项检查不少于2次。", 7,
                "专项检查每少1次扣1分；检查发现违规问题的，每起扣3分。", "检查通报、整改报告", "作风建设"),
            Row("按规定公开部门预决算和“三公”经费，公开率100%；政务服务事项办理时限、收费标准向社会公开。", 7,
                "应公开未公开的，每项扣2分。", "网站公开页面截图", "政务公开"),
        )),
        Section("强化监督执纪", "四、强化监督执纪（30分）", 30, (
            Row("机关纪委（纪检委员）配备到位，每半年向机关党委报告一次监督执纪工作情况。", 6,
                "纪检委员未配备的扣3分；每少报告1次扣1.5分。", "任职文件、工作报告", "监督力量"),
            Row("运用监督执纪“第一种形态”，对苗头性、倾向性问题及时开展提醒谈话、批评教育，建立谈话函询台账。", 7,
                "无谈话函询台账的扣3分；发现问题未及时处置的，酌情扣分。", "谈话函询台账", "日常监督"),
            Row("年内召开以“清廉机关”为主题的专题组织生活会，开展民主评议党员，查摆问题整改率达到100%。", 8,
                "未召开的扣4分；整改率每低10个百分点扣1分。", "会议记录、整改清单", "自我净化"),
            Row("年底开展清廉机关建设满意度测评，服务对象满意度不低于90%。", 5,
                "满意度90%以上得5分，80%（含）—90%得3分，80%以下不得分。", "测评问卷", "群众评价"),
            Row("本单位党员干部年内无违纪违法案件。", 4,
                "党员干部受到党纪政务处分的，每人扣2分；发生违反中央八项规定精神问题被上级通报的，本项不得分。",
                "纪检监察机关反馈意见", "廉洁底线"),
        )),
    ),
)

NOTE = ("说明：1.考核由区直机关工委会同区纪委监委派驻纪检监察组组织实施，采取查阅资料、个别谈话、问卷测评、实地查看"
        "相结合的方式；2.各项扣分不超过该项分值；3.考核得分95分以上的单位，命名为区级“清廉机关”建设示范单位。")


def build(t: Table, path: Path) -> None:
    import openpyxl
    from openpyxl.styles import Alignment, Font

    header = ["序号", "考核指标", "工作要求", "分值", "扣分标准", "佐证材料", "自评分", "考核得分"]
    ncols = len(header)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "清廉机关考核"
    center = Alignment(horizontal="center", vertical="center", wrap_text=True)
    wrap = Alignment(vertical="center", wrap_text=True)
    xlsx_title(ws, t.title, ncols, Font(name="方正小标宋简体", size=16, bold=True), center)
    xlsx_line(ws, "考核单位（盖章）：                                填报日期：2026年  月  日", ncols)
    xlsx_header(ws, header, ncols)
    first = ws.max_row
    number = 0
    for s in t.sections:
        xlsx_line(ws, s.printed, ncols)
        ws.cell(ws.max_row, 1).font = Font(bold=True)
        for row in s.rows:
            number += 1
            ws.append([number, row.indicator, row.text, row.points, row.scoring, row.method, None, None])
            for c in (3, 5, 6):
                ws.cell(ws.max_row, c).alignment = wrap
            for c in (1, 2, 4):
                ws.cell(ws.max_row, c).alignment = center
    ws.append(["合计", None, None, t.total, None, None, None, None])
    ws.merge_cells(start_row=ws.max_row, start_column=1, end_row=ws.max_row, end_column=3)
    ws.cell(ws.max_row, 1).alignment = center
    xlsx_borders(ws, first, ncols)
    xlsx_note(ws, NOTE, ncols, 45)
    xlsx_widths(ws, (6, 11, 48, 7, 44, 22, 8, 8))
    wb.save(str(path))
