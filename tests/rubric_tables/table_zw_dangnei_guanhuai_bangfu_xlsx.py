"""中共枫林街道工作委员会2026年度社区党组织党内关怀帮扶工作专项考核评分表 (.xlsx), as a 江苏 街道党工委 (its 党建办 running
the check with the 街道老干部工作站 and the 民政办) scores each 社区党组织 on its 党内关怀: 底数摸排 (the half-yearly 排查 of
生活困难党员, 老党员, 长期患病 and 独居空巢 党员, the 认定 of 生活困难党员 with its 公示 and 审核, the 联系人, the 平台录入),
走访慰问 (“七一” and 春节, 病困探望 and 悼念, “政治生日” and the “光荣在党50年” 纪念章, the 书记's 谈心谈话, 送学送医),
帮扶解困 (结对帮扶, the 帮扶资金 from 党费 and the 关爱基金, 就业和救助, 心理关怀) and 工作保障 (制度, 计划总结, 档案, 宣传, a
回访).

A merged title row, a merged "考核对象：街道所辖各社区党委（党总支）" line and a right-aligned "单位：分" line above the header
序号 | 考核指标 | 考核内容 | 分值 | 扣分办法 | 佐证资料 | 自评分 | 考核得分. The categories are SECTION ROWS merged across the
sheet, printed "一、底数摸排（20分）". 序号 (first column, numeric cells) RESTARTS at 1 under every section row (ids "1.1" …
"4.4"). 考核指标 is a short sub-label (`Row.indicator`). 分值 is a plain number. 佐证资料 (`Row.method`) names the papers the
社区 lays out: a 佐证 column. The two score columns are blank. A 合计 row and a merged 备注 row close the sheet.
"""

from __future__ import annotations

from pathlib import Path

from .build_helpers import xlsx_borders, xlsx_header, xlsx_line, xlsx_note, xlsx_title, xlsx_total_row, xlsx_widths
from .model import Row, Section, Table

TABLE = Table(
    name="zw_dangnei_guanhuai_bangfu_xlsx",
    fmt="xlsx",
    title="中共枫林街道工作委员会2026年度社区党组织党内关怀帮扶工作专项考核评分表",
    numbering="restart",
    sections=(
        Section("底数摸排", "一、底数摸排（20分）", 20, (
            Row("每半年对辖区生活困难党员、老党员（年满80周岁或党龄满50年）、长期患病党员、独居空巢党员开展一次全面排查，建立"
                "党内关怀对象台账，实行动态管理。", 6,
                "排查每少1次扣1.5分；无关怀对象台账的扣3分；台账信息与实际不符的，每人扣0.5分。", "排查记录、关怀对象台账",
                indicator="底数摸排"),
            Row("生活困难党员由本人申请或党组织提名，经社区党组织会议集体研究，在社区公示不少于5个工作日后，报街道党工委审核"
                "确定。", 5,
                "认定程序不规范的扣2分；未公示的扣2分；未报街道审核的扣1分。", "认定审批表、公示照片", indicator="困难认定"),
            Row("为每名关怀对象明确1名社区“两委”成员或党员骨干作为联系人，联系人每月电话或上门联系不少于1次。", 5,
                "未明确联系人的，每人扣0.5分；联系每少1次扣0.1分，最多扣2分。", "结对联系表、联系记录", indicator="结对联系"),
            Row("关怀对象信息录入“智慧党建”平台，录入率达到100%，每季度更新一次。", 4,
                "录入率每低10个百分点扣1分；未按季度更新的，每次扣0.5分。", "平台截图", indicator="信息录入"),
        )),
        Section("走访慰问", "二、走访慰问（30分）", 30, (
            Row("“七一”前后和春节前，社区党组织对生活困难党员、老党员开展走访慰问，慰问覆盖率达到100%；慰问金物发放登记造册，由"
                "本人或家属签领。", 8,
                "覆盖率每低5个百分点扣1分；未登记造册或无签领手续的扣2分；慰问金物发放不及时或截留挪用的，本项不得分。",
                "慰问名册、签领表、慰问照片", indicator="节日慰问"),
            Row("党员生病住院、家庭遭遇重大变故的，社区党组织得知后3日内上门看望；党员去世的，派员参加悼念活动并慰问家属。", 6,
                "未及时看望的，每人次扣1分；未参加悼念、未慰问家属的，每人次扣1分。", "看望记录", indicator="病困探望"),
            Row("每季度为当季入党的党员集体过一次“政治生日”，赠送政治生日贺卡；为党龄满50年的党员颁发“光荣在党50年”纪念章，颁发率"
                "达到100%。", 6,
                "政治生日活动每少1次扣1分；纪念章未按时颁发的，每人扣1分。", "活动照片、纪念章颁发登记表",
                indicator="政治关怀"),
            Row("社区党组织书记每年与每名关怀对象谈心谈话不少于一次，了解思想状况和实际困难，建立问题清单，跟踪解决。", 5,
                "谈心谈话每少1人扣0.3分，最多扣2分；无问题清单的扣1分；问题解决不及时的，酌情扣1—2分。", "谈话记录、问题清单",
                indicator="谈心谈话"),
            Row("对行动不便的老党员每季度至少上门送学一次；联合社区卫生服务站每半年上门开展一次健康体检或义诊。", 5,
                "送学每少1次扣0.5分；健康服务每少1次扣1分。", "送学记录、服务照片", indicator="送学送医"),
        )),
        Section("帮扶解困", "三、帮扶解困（30分）", 30, (
            Row("组织党员与生活困难党员开展“一对一”结对帮扶，结对率达到100%；帮扶人每季度上门帮扶一次，年内帮助解决实际困难不少于"
                "2件。", 7,
                "结对率每低10个百分点扣1分；上门帮扶每少1次扣0.2分，最多扣2分；解决实际困难每少1件扣0.5分。", "结对帮扶台账",
                indicator="结对帮扶"),
            Row("党内关怀帮扶资金（上级下拨党费、街道关爱基金）专款专用，发放对象、标准经社区党组织会议集体研究，发放情况每半年"
                "公示一次。", 8,
                "未经集体研究发放的扣3分；公示每少1次扣1分；违规使用党费的，实行一票否决，本项不得分。",
                "资金发放台账、会议记录、公示照片", indicator="资金管理"),
            Row("对有劳动能力、有就业意愿的困难党员提供就业信息和技能培训，就业帮扶覆盖率达到100%；符合条件的，协助申请低保、临时"
                "救助、医疗救助。", 7,
                "就业帮扶覆盖率每低10个百分点扣1分；符合条件未协助申请救助的，每人扣1分。", "帮扶台账", indicator="解困帮扶"),
            Row("对独居空巢党员、失独党员家庭开展心理疏导和精神慰藉，每月电话问候不少于两次；组织低龄健康老党员成立“党员互助"
                "小组”。", 8,
                "电话问候每少1次扣0.2分，最多扣3分；未成立互助小组的扣2分；心理疏导不到位的，酌情扣1—3分。",
                "问候记录、互助小组名单", indicator="心理关怀"),
        )),
        Section("工作保障", "四、工作保障（20分）", 20, (
            Row("制定党内关怀帮扶工作制度，明确关怀对象、内容、标准和程序；年初制定年度关怀帮扶工作计划，年底形成工作总结报街道"
                "党工委。", 6,
                "无工作制度的扣2分；无年度计划或总结的，每项扣1.5分。", "工作制度、计划、总结", indicator="制度计划"),
            Row("关怀对象实行“一人一档”，档案包括基本情况、慰问记录、帮扶记录、谈心谈话记录等，资料齐全、更新及时。", 4,
                "每缺1人档案扣0.5分；档案资料不全的，酌情扣0.5—1分。", "关怀对象档案", indicator="档案管理"),
            Row("每年向街道党工委报送党内关怀工作信息不少于4篇；选树“关爱先锋”典型不少于1个。", 5,
                "信息每少1篇扣0.5分；未选树典型的扣1分。", "信息报送记录", indicator="宣传引导"),
            Row("街道党工委随机回访关怀对象，满意度在95%以上的得5分；90%（含）—95%的得3分；90%以下的不得分。", 5,
                "按回访结果计分。", "回访记录", indicator="对象评价"),
        )),
    ),
)

HEADER = ["序号", "考核指标", "考核内容", "分值", "扣分办法", "佐证资料", "自评分", "考核得分"]
NOTE = ("备注：1.考核由街道党建办会同街道老干部工作站、民政办于每年12月组织，采取查阅资料、入户回访、电话抽查相结合的方式进行；"
        "2.各项扣分以该项分值为限，扣完为止；3.关怀帮扶工作中发生优亲厚友、虚报冒领的，取消年度评先资格；4.考核结果纳入社区"
        "党组织年度党建工作考核，权重10%。")


def build(t: Table, path: Path) -> None:
    import openpyxl
    from openpyxl.styles import Alignment, Font

    ncols = len(HEADER)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "党内关怀专项考核"
    center = Alignment(horizontal="center", vertical="center", wrap_text=True)
    wrap = Alignment(vertical="center", wrap_text=True)
    xlsx_title(ws, t.title, ncols, Font(name="方正小标宋简体", size=15), center)
    xlsx_line(ws, "考核对象：街道所辖各社区党委（党总支）", ncols)
    xlsx_line(ws, "单位：分", ncols)
    ws.cell(ws.max_row, 1).alignment = Alignment(horizontal="right")
    xlsx_header(ws, HEADER, ncols)
    first = ws.max_row
    for s in t.sections:
        xlsx_line(ws, s.printed, ncols)
        ws.cell(ws.max_row, 1).font = Font(bold=True)
        for number, row in enumerate(s.rows, 1):
            ws.append([number, row.indicator, row.text, row.points, row.scoring, row.method, None, None])
            for c in (3, 5, 6):
                ws.cell(ws.max_row, c).alignment = wrap
            for c in (1, 2, 4):
                ws.cell(ws.max_row, c).alignment = center
    xlsx_total_row(ws, t.total, 4, ncols, center)
    xlsx_borders(ws, first, ncols)
    xlsx_note(ws, NOTE, ncols, 44)
    xlsx_widths(ws, (6, 11, 50, 6, 44, 20, 7, 8))
    wb.save(str(path))
