"""中共江州市国资委委员会2026年度市属国有企业党费收缴使用和管理专项检查评分表 (.xlsx), as a 市国资委党委 检查组 scores
each 市属国有企业党委 (with its 党支部) on 交纳标准、党费收缴、党费使用、管理责任.

A merged title row and a merged "被检查企业党委：…  检查组组长：…  检查时间：…" line above the header 检查项目 | 检查内容 |
分值 | 评分标准 | 检查方法 | 得分 | 问题描述. The categories are MERGED CELLS down the 检查项目 column, printed on two lines
"一、交纳标准\\n（20分）". There is NO 序号: items are numbered by position (1..18). 分值 is a plain number. 检查方法
(`Row.method`) says how the 检查组 checks (抽查…, 查阅…, 系统比对, 随机抽查); it is no 佐证 column. 得分 / 问题描述 are
blank. A 合计 row and a merged 说明 row close the sheet.
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
    name="zi_dangfei_guanli_xlsx",
    fmt="xlsx",
    title="中共江州市国资委委员会2026年度市属国有企业党费收缴使用和管理专项检查评分表",
    numbering="position",
    sections=(
        Section("交纳标准", "一、交纳标准\n（20分）", 20, (
            Row("每年1月份按照党员上年度月平均工资收入核定党费交纳基数，核定结果经党员本人确认。", 6,
                "未在年初核定交纳基数的扣3分；基数核定无依据或未经本人确认的，每人扣0.5分，最多扣3分。",
                "抽查工资表、基数核定表"),
            Row("交纳比例符合规定；离退休党员、生活困难党员少交或免交党费的，经党支部研究同意并报企业党委备案。", 5,
                "交纳比例计算错误的，每人次扣0.5分；少交、免交未经党支部研究的，每人扣1分。", "抽查交纳记录"),
            Row("各党支部建立党员党费交纳花名册，党员人数、交纳基数与全国党员管理信息系统一致。", 4,
                "无花名册的扣2分；与系统信息不一致的，每处扣0.5分。", "系统比对"),
            Row("党员自愿一次性多交党费1000元以上的，按规定全额上缴，上缴凭证留存备查。", 5,
                "大额党费未按规定全额上缴的，每笔扣2分；无上缴凭证的，每笔扣1分。", "查阅上缴凭证"),
        )),
        Section("党费收缴", "二、党费收缴\n（35分）", 35, (
            Row("党员每月主动交纳党费，党支部按月收缴并登记党费收缴台账；不得以单位代扣代缴代替党员本人交纳；因故未按月交纳的"
                "按规定补交。", 8,
                "党员未按月交纳的，每人次扣0.5分，最多扣5分；单位代扣代缴的扣2分；补交不规范的扣1分。", "查阅党费收缴台账"),
            Row("党费收缴率达到100%；对无正当理由连续6个月不交纳党费的党员，按规定及时处置。", 6,
                "收缴率每低1个百分点扣1分；连续6个月不交纳党费未作处置的，每人扣2分。", "查阅台账、个别谈话"),
            Row("党支部每季度向企业党委上缴1次党费，企业党委每半年向市国资委党委上缴1次，上缴及时足额。", 6,
                "党支部上缴每少1次扣0.5分；企业党委上缴每少1次扣2分；未足额上缴的扣1分。", "查阅银行回单"),
            Row("收缴党费使用党费专用收据；线上交纳的保存电子交纳凭证，每月打印交纳明细归档。", 5,
                "未使用专用收据的扣2分；电子凭证缺失的，每缺1个月扣0.5分；交纳明细未归档的扣1分。", "查阅收据存根、电子凭证"),
            Row("党支部每半年在党员大会或公示栏公布1次党费收缴情况，接受党员监督。", 5,
                "每少公布1次扣1.5分；公布内容与台账不符的扣1分。", "查阅公布材料"),
            Row("检查组随机抽取不少于20名党员，核对工资收入与党费交纳金额，交纳准确率不低于95%。", 5,
                "准确率95%以上得5分，90%（含）—95%得3分，90%以下不得分。", "随机抽查"),
        )),
        Section("党费使用", "三、党费使用\n（30分）", 30, (
            Row("党费专款专用，主要用于党员教育培训、补助基层党组织开展活动、慰问生活困难党员和老党员；严禁用于发放津贴补贴、"
                "公务接待、购置办公设备或其他与党建无关的支出。", 8,
                "发现违规使用党费的，每笔扣2分；情节严重、造成不良影响的，本项不得分。", "查阅党费账目、原始凭证"),
            Row("建立党费使用审批制度，党费开支须经党委（支部）委员会集体研究，单笔5000元以上的报企业党委审批。", 6,
                "无审批制度的扣2分；未经集体研究的，每笔扣1分，最多扣3分；超权限审批的，每笔扣1分。",
                "查阅制度、会议记录、审批单"),
            Row("每年春节、“七一”前使用党费慰问生活困难党员和老党员，慰问覆盖率达到100%。", 5,
                "慰问每少1次扣1.5分；覆盖率每低10个百分点扣1分。", "查阅慰问名单、签收表"),
            Row("党费由企业财务部门代管的，实行单独设账、单独核算，党费专账账务处理规范，原始凭证齐全。", 6,
                "未单独设账的扣3分；原始凭证不全的，每笔扣0.5分；账务处理不规范的，酌情扣分。", "查阅党费专账"),
            Row("企业党委每年组织1次党费收缴、使用和管理情况专项检查或内部审计，对发现的问题建立整改台账，整改完成率达到"
                "100%。", 5,
                "未开展专项检查或审计的扣2分；无整改台账的扣1分；整改完成率每低10个百分点扣1分。", "查阅检查报告、整改台账"),
        )),
        Section("管理责任", "四、管理责任\n（15分）", 15, (
            Row("企业党委书记履行党费管理第一责任人职责，党委会每年至少专题研究1次党费工作；明确1名专（兼）职党费管理员，"
                "党费管理员与会计不得由同一人兼任。", 5,
                "未专题研究党费工作的扣2分；未明确党费管理员的扣2分；不相容岗位由同一人兼任的扣1分。",
                "查阅党委会议纪要、任职文件"),
            Row("党费管理员每年参加上级组织的党务业务培训不少于8学时；企业党委每年组织1次党支部党费管理员培训，参训率达到"
                "100%。", 4,
                "培训学时不足的，每人扣0.5分；未组织党支部党费管理员培训的扣1分；参训率每低10个百分点扣0.5分，最高扣2分。",
                "查阅培训通知、签到表"),
            Row("年终向市国资委党委书面报告本年度党费收缴、使用和管理情况；党费收缴台账、使用审批单、收据存根、账簿等按年度"
                "装订归档。", 6,
                "未书面报告的扣2分；档案资料每缺1类扣1分；归档不规范的，酌情扣0.5—1分。", "查阅档案资料"),
        )),
    ),
)

HEADER = ["检查项目", "检查内容", "分值", "评分标准", "检查方法", "得分", "问题描述"]
NOTE = ("说明：1.检查采取听取汇报、查阅台账账目、抽查原始凭证、随机抽查党员交纳情况相结合的方式进行；2.各项扣分不超过"
        "该项分值；3.发现挪用、侵占党费等违纪问题的，移交纪检监察机构处理，检查结果直接认定为“不合格”。")


def build(t: Table, path: Path) -> None:
    import openpyxl
    from openpyxl.styles import Alignment, Font

    ncols = len(HEADER)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "党费专项检查"
    center = Alignment(horizontal="center", vertical="center", wrap_text=True)
    wrap = Alignment(vertical="center", wrap_text=True)
    xlsx_title(ws, t.title, ncols, Font(name="宋体", size=15, bold=True), center)
    xlsx_line(ws, "被检查企业党委：                              检查组组长：              检查时间：2026年  月  日",
              ncols)
    xlsx_header(ws, HEADER, ncols)
    first = ws.max_row
    for s in t.sections:
        top = ws.max_row + 1
        for i, row in enumerate(s.rows):
            ws.append([s.printed if i == 0 else None, row.text, row.points, row.scoring, row.method, None, None])
            for c in (2, 4, 5, 7):
                ws.cell(ws.max_row, c).alignment = wrap
            ws.cell(ws.max_row, 3).alignment = center
        xlsx_merge_down(ws, 1, top, ws.max_row, center)
    xlsx_total_row(ws, t.total, 3, ncols, center)
    xlsx_borders(ws, first, ncols)
    xlsx_note(ws, NOTE, ncols, 40)
    xlsx_widths(ws, (12, 50, 6, 46, 18, 7, 16))
    wb.save(str(path))
