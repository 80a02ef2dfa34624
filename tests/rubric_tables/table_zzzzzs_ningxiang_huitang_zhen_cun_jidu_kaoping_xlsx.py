"""中共宁乡市灰汤镇委员会2025年第三季度村党组织党建工作考评表 (.xlsx), as the 镇党委 of 灰汤镇 of 宁乡 in 长沙 in 湖南 (its 党建办 with the 综治
中心, the 应急办 and the 乡村振兴办, a 考评组 going round the 村 in the first ten days of October, when the late rice is in, the 温泉 hotels fill
up for the 国庆 holiday, the 紫龙湖 water is low after the summer and the 村 offices have the quarter's binders out for the 考评组) scores each 村党
总支（党支部） of the 镇 every quarter: a sheet whose 考评标准 prints what the 村 must have done in the quarter — most counts written "本季度…" — and
whose 扣分说明 takes points off one clause at a time (scoring the 集体经济 收入 增长 in bands): 组织生活 (three 支委会, one 党员大会 and a monthly 党小组会
with the 签到; the 党课 and the “七一” 重温入党誓词; three 主题党日, the 参加率 and the 流动党员; a monthly 集中学习 and the 送学上门; the quarterly 三务
公开 and the 党费 公布), 党员管理 (党费 按月 and the quarterly 上缴; a quarterly 考察, the 公示 and the 程序; the 流动党员台账, a quarterly 联系 and the
“七一” 慰问; the quarterly 积分评定, its 公示 and the 设岗定责), 基层治理 (the monthly 走访, the 覆盖率, the 办结率 and the “民情日记”; a monthly 排查 and
a 一票否决; the 应急队, the 值班, a quarterly 演练 and the 事故; a monthly 清洁活动, the 评比 and the 示范户 挂牌), 乡村振兴 (the 收入 增长 in bands; the
结对 and a quarterly 培训; a monthly 监测 排查, the 帮扶 and the 返贫) and 阵地与台账 (the 开放, the 坐班, the 值班 and a monthly 收看; the 台账 and the
季度小结).

A merged title row, a merged "考评时段：2025年7月1日至9月30日" line and a merged "村党组织：    党组织书记：    考评日期：2025年10月  日" fill-in line
above the header 序号 | 考评内容 | 考评标准 | 分值 | 扣分说明 | 得分. 序号 (FIRST column, numeric cells) runs 1..18 through the sheet. The 考评内容 are
MERGED CELLS down the SECOND column, printed WITHOUT an ordinal and WITH their points on ONE line, "组织生活（30分）"; there is no short sub-label.
考评标准 (`Row.text`) says what is required; 分值 is a plain number BEFORE the 扣分说明 (`Row.scoring`); 得分 is blank; there is no 佐证 or 考核方式
column. A 合计 row of 100 and a merged 说明 row close the sheet. Counts in figures and Chinese numerals, nearly all in the 考评标准 and most for the
quarter ("本季度…不少于3次", "不少于1次", "每月召开1次", "本季度…不少于1次", "结合“七一”开展一次", "每月10日", "本季度不少于3次", "百分之八十以上",
"每月组织…一次", "本季度…公开一次", "“七一”前", "按月", "9月25日前", "本季度…至少考察一次", "不少于5个工作日", "本季度…至少联系一次", "“七一”前后",
"本季度", "不少于1个", "每月…不少于1次", "百分之百", "百分之九十以上", "本季度每月开展一次", "24小时", "本季度…不少于1次", "每月…1次", "后三位", "不少于
2户", "本季度…不少于1次", "每月开展一次", "每月…不少于1次", "按月", "10月10日前"); bands of the 收入 增长 (all 6 points, in per cent, closed by "未增长的
不得分"); "每低5个百分点" once; "最高扣" caps; "酌情扣1分" once; one "实行一票否决，本项不得分" and four other "本项不得分".
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
    name="zzzzzs_ningxiang_huitang_zhen_cun_jidu_kaoping_xlsx",
    fmt="xlsx",
    title="中共宁乡市灰汤镇委员会2025年第三季度村党组织党建工作考评表",
    numbering="printed",
    sections=(
        Section("组织生活", "组织生活（30分）", 30, (
            Row("本季度召开支部委员会不少于3次，召开支部党员大会不少于1次，党小组会每月召开1次；会议有签到、有记录。", 8,
                "支委会每少1次扣1分；党员大会未召开的扣2分；党小组会每少1次扣0.5分；无签到或无记录的，每次扣0.5分。"),
            Row("本季度村党组织书记或班子成员讲党课不少于1次；结合“七一”开展一次重温入党誓词、过“政治生日”活动。", 5,
                "未讲党课的扣2分；未开展“七一”活动的扣2分；党课无讲稿的扣1分。"),
            Row("每月10日开展主题党日，本季度不少于3次，外出流动党员通过微信群线上参加；党员参加率达到百分之八十以上。", 7,
                "主题党日每少1次扣1.5分；参加率低于80%的，每次扣0.5分；未组织流动党员线上参加的扣0.5分。"),
            Row("落实“第一议题”制度，每月组织党员集中学习一次；对年老体弱、行动不便的党员送学上门。", 5,
                "集中学习每少1次扣1分；未送学上门的，每人次扣0.2分，最高扣1分。"),
            Row("本季度党务、村务、财务公开一次，公开内容真实完整；“七一”前公布上半年党费收缴情况。", 5,
                "三务未按时公开的扣2分；公开内容不全、不真实的扣1分；未公布党费收缴情况的扣1分。"),
        )),
        Section("党员管理", "党员管理（20分）", 20, (
            Row("党员按月足额交纳党费，本季度党费于9月25日前足额上缴镇党委。", 4,
                "党员未按月交纳的，每人次扣0.2分，最高扣2分；党费未按时上缴的扣2分。"),
            Row("按年度计划做好发展党员工作，本季度对入党积极分子至少考察一次；有发展对象的，按程序做好政审和公示，公示不少于5个工作日。", 5,
                "未考察的扣1分；发展对象未公示的扣2分；程序不规范的，每处扣0.5分；违反程序发展党员的，本项不得分。"),
            Row("流动党员台账及时更新，本季度与每名外出流动党员至少联系一次；“七一”前后走访慰问老党员、生活困难党员，做到全覆盖。", 6,
                "台账未更新的扣1分；联系每少1人扣0.2分，最高扣1.5分；走访慰问每少1人扣0.3分，最高扣2分。"),
            Row("落实农村党员积分制管理，本季度完成积分评定并在村务公开栏公示；无职党员设岗定责，每人认领岗位不少于1个。", 5,
                "未开展积分评定的扣2分；积分未公示的扣1分；设岗定责未覆盖的，每人扣0.2分，最高扣1分。"),
        )),
        Section("基层治理", "基层治理（25分）", 25, (
            Row("落实党建引领网格化管理，网格员（党员中心户）每月走访联系户不少于1次，本季度走访覆盖率达到百分之百，走访情况记入“民情日记”；群众"
                "诉求办结率达到百分之九十以上。", 7,
                "走访覆盖率每低5个百分点扣0.5分，最高扣2分；诉求办结率低于90%的扣2分；“民情日记”记录不全的，酌情扣1分。"),
            Row("本季度每月开展一次矛盾纠纷排查，重点做好汛期、秋收期间矛盾纠纷化解；本季度无越级上访、无群体性事件。", 6,
                "排查每少1次扣1分；发生越级上访的，每起扣1分；发生群体性事件的，实行一票否决，本项不得分。"),
            Row("落实防汛、森林防火和安全生产属地责任，组建党员应急队，汛期落实24小时值班；本季度开展应急演练不少于1次。", 6,
                "未组建党员应急队的扣1分；值班脱岗、漏岗的，每次扣1分；未开展应急演练的扣2分；发生安全生产责任事故的，本项不得分。"),
            Row("开展“党员示范户”创建和人居环境整治，每月组织党员参加集中清洁活动1次；在本季度全镇人居环境评比中不排名后三位。", 6,
                "清洁活动每少1次扣1分；评比排名后三位的扣2分；党员示范户未挂牌的扣0.5分。"),
        )),
        Section("乡村振兴", "乡村振兴（15分）", 15, (
            Row("推进温泉康养、乡村旅游、稻虾养殖等村集体经济项目建设，本季度村集体经营性收入较上年同期有增长。", 6,
                "较上年同期增长10%以上的得6分，增长5%（含）—10%的得4分，增长5%以下的得2分，未增长的不得分。"),
            Row("党员致富能手结对帮带脱贫户、监测户，每名致富能手结对不少于2户；本季度组织农村实用技术培训不少于1次。", 4,
                "结对每少1户扣0.2分，最高扣1分；未组织培训的扣2分。"),
            Row("落实防止返贫动态监测，每月开展一次监测户走访排查；本季度新识别的监测对象及时落实帮扶措施。", 5,
                "走访排查每少1次扣1分；帮扶措施未落实的，每户扣0.5分；发生规模性返贫的，本项不得分。"),
        )),
        Section("阵地与台账", "阵地与台账（10分）", 10, (
            Row("村级党群服务中心正常开放，不挪作他用，村干部轮流坐班，节假日安排值班；远程教育站点每月组织党员收看不少于1次。", 5,
                "抽查无人值班的，每次扣1分；远程教育收看每少1次扣0.5分；服务中心挪作他用的扣2分。"),
            Row("本季度党建台账按月整理、分类归档；季度工作小结于10月10日前报镇党建办。", 5,
                "台账不全的，每缺一项扣0.5分，最高扣2分；台账弄虚作假的，本项不得分；季度小结未按时报送的扣1分。"),
        )),
    ),
)

HEADER = ["序号", "考评内容", "考评标准", "分值", "扣分说明", "得分"]
NOTE = ("说明：1.本表由镇党委于每季度结束后10日内组织考评，镇党建办牵头，综治中心、应急办、乡村振兴办参加，采取查阅台账、实地查看、电话抽访、"
        "入户走访相结合的方式进行，以本季度形成的资料为准；2.各项扣分以该项分值为限，扣完为止；3.四个季度考评平均分按60%计入村党组织年度考核，"
        "与村干部绩效报酬挂钩；4.本季度考评排名后三位的村，由镇党委书记约谈村党组织书记。")


def build(t: Table, path: Path) -> None:
    import openpyxl
    from openpyxl.styles import Alignment, Font

    ncols = len(HEADER)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "第三季度考评"
    center = Alignment(horizontal="center", vertical="center", wrap_text=True)
    wrap = Alignment(vertical="center", wrap_text=True)
    xlsx_title(ws, t.title, ncols, Font(name="方正小标宋简体", size=16), center)
    xlsx_line(ws, "考评时段：2025年7月1日至9月30日", ncols)
    xlsx_line(ws, "村党组织：                  党组织书记：              考评日期：2025年10月    日", ncols)
    xlsx_header(ws, HEADER, ncols)
    first = ws.max_row
    number = 0
    for s in t.sections:
        top = ws.max_row + 1
        for i, row in enumerate(s.rows):
            number += 1
            ws.append([number, s.printed if i == 0 else None, row.text, row.points, row.scoring, None])
            for c in (3, 5):
                ws.cell(ws.max_row, c).alignment = wrap
            for c in (1, 4):
                ws.cell(ws.max_row, c).alignment = center
        xlsx_merge_down(ws, 2, top, ws.max_row, center)
    xlsx_total_row(ws, t.total, 4, ncols, center)
    xlsx_borders(ws, first, ncols)
    xlsx_note(ws, NOTE, ncols, 56)
    xlsx_widths(ws, (6, 12, 56, 6, 50, 7))
    wb.save(str(path))
