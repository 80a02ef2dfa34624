"""中共济南市历下区泉城路街道工作委员会2026年度机关企事业单位党组织和在职党员到社区“双报到”工作考核评分表 (.xlsx), as a 山东
街道党工委 (with the 社区党委 it covers) scores each 报到单位党组织: 报到、共建协议、联席会议、认领项目、联合主题党日、资源共享、
在职党员志愿服务 and what the 社区 and residents say of them.

A merged title row, a merged centred scope line "（考核对象：泉城路街道辖区报到机关企事业单位党组织）", a merged "报到单位
（盖章）：…  联系社区：…  考核时间：…" line, then the header 序号 | 考核事项 | 考核标准 | 分值 | 扣分办法 | 备查资料 | 得分. The four
parts are full-width merged banner rows printed "第一部分  报到对接（20分）" (the category name is "报到对接"); 序号 runs 1..N
through the sheet across the banners (numbering "printed"). 考核事项 is a short label (`Row.indicator`); 考核标准 holds what is
asked (`Row.text`). 分值 a plain number. 备查资料 (`Row.method`) names the papers the 单位 keeps for the inspectors. 得分 is
blank. A 合计 row (合计 merged over 序号..考核标准) and a merged 注 row close the sheet.
"""

from __future__ import annotations

from pathlib import Path

from .build_helpers import xlsx_borders, xlsx_header, xlsx_line, xlsx_note, xlsx_title, xlsx_widths
from .model import Row, Section, Table

TABLE = Table(
    name="zc_zaizhi_shuangbaodao_xlsx",
    fmt="xlsx",
    title="中共济南市历下区泉城路街道工作委员会2026年度机关企事业单位党组织和在职党员到社区“双报到”工作考核评分表",
    numbering="printed",
    sections=(
        Section("报到对接", "第一部分  报到对接（20分）", 20, (
            Row("单位党组织于每年3月底前到所联系社区党组织报到，与社区党组织签订共驻共建协议，明确1名班子成员为联络员，报到"
                "信息在“双报到”管理平台登记备案；单位党组织负责人每年到联系社区调研不少于2次。", 7,
                "未按时报到的扣3分；未签订共建协议的扣2分；未明确联络员的扣1分；负责人到社区调研每少1次扣0.5分。",
                "报到登记表、共建协议、调研记录", "单位报到"),
            Row("组织本单位在职党员全部到居住地社区报到，报到率100%，新调入、新发展的党员在1个月内完成报到；单位党组织建立在职"
                "党员报到名册，每半年与社区党组织核对1次报到和参与情况。", 7,
                "报到率每低1个百分点扣0.2分，最多扣4分；无报到名册的扣2分；未核对的，每次扣0.5分。",
                "在职党员报到名册、核对记录", "党员报到"),
            Row("单位党组织与社区党组织建立联席会议制度，每两个月召开1次联席会议，通报双方工作情况，共同研究社区治理难点问题；"
                "全年领办社区“微心愿”“微项目”不少于5个。", 6,
                "未建立联席会议制度的扣1分；联席会议每少1次扣0.5分；领办“微心愿”“微项目”每少1个扣0.5分，最多扣2分。",
                "联席会议纪要、领办清单", "沟通机制"),
        )),
        Section("共驻共建", "第二部分  共驻共建（30分）", 30, (
            Row("围绕社区需求清单、资源清单、项目清单“三张清单”，单位党组织每年至少认领2个共建项目并按期完成，项目有计划、有"
                "进度、有成效评估；发挥行业优势，每季度到社区开展1次政策宣讲、法律咨询、健康义诊等专业服务。", 8,
                "认领项目每少1个扣2分；项目未按期完成的，每个扣1分；专业服务每少1次扣1分；项目无成效评估的扣1分。",
                "项目认领书、项目实施资料、活动照片", "项目共建"),
            Row("单位党组织与社区党组织联合开展主题党日活动，上半年、下半年各不少于1次；“七一”“国庆”等重要节点联合开展党性"
                "教育，共同为社区党员群众讲党课每年不少于1次。", 8,
                "联合主题党日每少1次扣2分；未联合开展重要节点党性教育的扣1分；讲党课每少1次扣2分。",
                "活动记录、签到表、照片", "组织共建"),
            Row("向社区开放单位的会议室、停车场、食堂、文体场地等资源，与社区共享阵地资源不少于2处；每年为社区解决办公经费、"
                "设施改造、困难帮扶等实际困难不少于1件。", 7,
                "共享资源每少1处扣1分；未为社区解决实际困难的扣3分；资源共享流于形式、群众反映不好的，酌情扣1-2分。",
                "资源共享清单、办理情况说明", "资源共享"),
            Row("单位每年至少组织1次党员干部参与社区应急处突、防汛抗灾、创城迎检等集中行动，响应社区调度“随叫随到”；参与集中"
                "行动的党员人次全年累计不少于单位党员总数的2倍。", 7,
                "未参加集中行动的扣3分；社区调度不响应的，发现一次扣1分；参与人次不足的，按比例扣分。",
                "集中行动签到表、社区调度记录", "应急联动"),
        )),
        Section("在职党员服务", "第三部分  在职党员服务（30分）", 30, (
            Row("在职党员到社区报到后，根据自身特长认领服务岗位（楼栋长、网格员、文明劝导员、矛盾调解员等），每名在职党员每年"
                "参加社区志愿服务不少于4次，累计服务时长不少于16小时，服务情况通过“志愿山东”平台记录。", 8,
                "在职党员参加志愿服务不足4次或16小时的，每人扣0.2分，最多扣5分；未认领服务岗位的，每人扣0.1分。",
                "“志愿山东”平台记录、服务岗位认领表", "志愿服务"),
            Row("在职党员在居住地带头遵守社区公约，主动亮明党员身份，参与所在小区业委会、物业管理和邻里纠纷调解；在职党员中担任"
                "楼栋长、单元长或业委会成员的比例不低于20%；每名在职党员每季度至少联系服务1户困难家庭或空巢老人。", 8,
                "担任楼栋长、单元长或业委会成员比例低于20%的扣2分；联系服务每季度少1户次扣0.1分，最多扣3分；在职党员在居住地有"
                "违反社区公约、损害党员形象行为被查实的，每人扣1分。",
                "社区反馈意见、联系服务台账", "八小时外"),
            Row("单位党组织每半年向社区党组织了解1次在职党员表现情况，将社区出具的“优秀、合格、不合格”评价意见作为党员民主评议、"
                "评先评优的重要依据，评价结果运用率100%；对社区反馈表现较差的党员，及时进行谈话提醒。", 7,
                "未了解在职党员表现的，每次扣1分；评价意见未运用的扣3分；对表现较差党员未谈话提醒的，每人扣0.5分。",
                "社区评价意见、民主评议材料、谈话记录", "双向评价"),
            Row("在职党员参与“双报到”服务情况纳入单位年度考核，年底每名在职党员向单位党组织提交1份“双报到”服务情况报告；单位"
                "党组织选树“双报到”先进典型不少于2名，在单位内部宣传推广。", 7,
                "未纳入年度考核的扣2分；服务情况报告每缺1份扣0.1分，最多扣2分；未选树先进典型的扣2分，每少1名扣1分。",
                "年度考核材料、服务情况报告、宣传资料", "激励约束"),
        )),
        Section("工作保障与成效", "第四部分  工作保障与成效（20分）", 20, (
            Row("单位党组织书记是“双报到”工作第一责任人，年初将“双报到”工作纳入党建工作计划，明确1名专兼职工作人员负责日常"
                "联络；每年安排不少于1万元共建经费或同等价值的物资支持社区开展活动。", 7,
                "年度党建工作计划无“双报到”内容的扣2分；未明确工作人员的扣1分；未安排共建经费或物资的扣3分，不足1万元的扣1分。",
                "年度党建工作计划、经费拨付凭证", "组织保障"),
            Row("年中和年底分别向街道党工委、社区党组织报送“双报到”工作开展情况，年底形成工作总结；在市级以上媒体、平台宣传"
                "“双报到”工作经验做法不少于1篇。", 7,
                "工作情况每少报送1次扣1分；无年度总结的扣2分；无宣传报道的扣1分。",
                "报送材料、工作总结、宣传截图", "总结宣传"),
            Row("年底由社区党组织组织居民代表对单位党组织和在职党员参与社区治理情况进行满意度测评，满意度达到90%以上；全年无在职"
                "党员在社区服务中发生违纪违法、被媒体负面曝光等情况。", 6,
                "满意度90%以上不扣分，80%（含）—90%扣2分，70%（含）—80%扣4分，70%以下本项不得分；发生违纪违法或负面曝光的，"
                "一票否决，本项不得分。",
                "满意度测评表", "群众评价"),
        )),
    ),
)

HEADER = ["序号", "考核事项", "考核标准", "分值", "扣分办法", "备查资料", "得分"]
NOTE = ("注：1.考核采取单位自查、社区初评、街道党工委复核相结合的方式，社区初评意见占40%，街道复核意见占60%；2.各项扣分以该项"
        "分值为限；3.考核结果反馈单位上级党组织，作为单位党建工作述职评议考核的重要内容。")


def build(t: Table, path: Path) -> None:
    import openpyxl
    from openpyxl.styles import Alignment, Font

    ncols = len(HEADER)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "双报到考核"
    center = Alignment(horizontal="center", vertical="center", wrap_text=True)
    wrap = Alignment(vertical="center", wrap_text=True)
    left = Alignment(horizontal="left", vertical="center")
    xlsx_title(ws, t.title, ncols, Font(name="方正小标宋简体", size=15), center)
    xlsx_line(ws, "（考核对象：泉城路街道辖区报到机关企事业单位党组织）", ncols)
    ws.cell(ws.max_row, 1).alignment = center
    xlsx_line(ws, "报到单位（盖章）：                      联系社区：                考核时间：", ncols)
    xlsx_header(ws, HEADER, ncols)
    first = ws.max_row
    n = 0
    for s in t.sections:
        xlsx_line(ws, s.printed, ncols)
        ws.cell(ws.max_row, 1).font = Font(bold=True)
        ws.cell(ws.max_row, 1).alignment = left
        for row in s.rows:
            n += 1
            ws.append([n, row.indicator, row.text, row.points, row.scoring, row.method, None])
            for c in (3, 5, 6):
                ws.cell(ws.max_row, c).alignment = wrap
            for c in (1, 2, 4):
                ws.cell(ws.max_row, c).alignment = center
    ws.append(["合计", None, None, t.total, None, None, None])
    ws.merge_cells(start_row=ws.max_row, start_column=1, end_row=ws.max_row, end_column=3)
    ws.cell(ws.max_row, 1).alignment = center
    xlsx_borders(ws, first, ncols)
    xlsx_note(ws, NOTE, ncols, 40)
    xlsx_widths(ws, (6, 11, 54, 6, 46, 24, 7))
    wb.save(str(path))
