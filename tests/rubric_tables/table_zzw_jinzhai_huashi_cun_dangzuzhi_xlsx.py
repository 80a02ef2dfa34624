"""中共金寨县花石乡委员会2025年度村党组织党建工作目标考核评分表 (.xlsx), as an 安徽 六安 大别山 乡党委 (its 党建办 with the 乡村振兴
工作站, the 综治中心 and the 乡纪委, a 考核组 going round each 村 in December) scores each 村党组织 in 安徽's own words: 组织建设 (the
“两委” with the “一肩挑”, one under 40 and three with 高中（中专）, a yearly 履职评议, “三会一课” with the 主题党日 around the 10th and
its 参加率, the 组织生活会 with 民主评议, 谈心谈话 and the 报备, the 党群服务中心 with its 坐班值班 and the 代办 办结率), 党员管理 (“每两年
至少发展1名党员” with the 纪实 and the 公示, 32学时 with a 现场教学 at the 红军广场 and the 立夏节起义纪念馆 and the 书记's two 党课, 党费
with its quarterly 公示 and the 流动党员台账 with a monthly 联系, the 积分制 with a monthly 记分, the 年底 评定 and its 公布), 乡村振兴
(the 经营性收入 in bands with a rule for a fall, the 茶叶 / 猕猴桃 / 石斛 合作社 with the 带动比例 and two 培训, the 防止返贫 monthly
排查 with the “一户一策” and the 风险消除率 with a 一票否决), 基层治理 (“四议两公开” with the quarterly “三务” 公开 and 监督, two 排查 a
month with the 调解成功率, the 信访 办结率 and no 越级上访, the 村规民约 with the 红白理事会, the 报备 and a yearly 评选 with its 公示) and
作风保障 (the 书记's 年初 责任书 and 年底 述职 with the 计划 and 总结, a deduction-only 廉洁 line).

A merged title row, a merged "考核对象：全乡各村党总支（党支部）" line and a merged "村名：…  村党组织书记：…  考核组：…  考核日期：" line
above the header 序号 | 考核项目 | 考核指标 | 考核内容 | 分值 | 评分标准 | 佐证材料 | 得分. 序号 (FIRST column, numeric cells) runs 1..16
through the sheet, NOT restarting. The categories are MERGED CELLS down the 考核项目 column (SECOND), printed WITH an ordinal on TWO
lines, "一、组织建设\\n（20分）". 考核指标 is a short sub-label (`Row.indicator`). 分值 comes BEFORE the 评分标准, a plain number. 佐证材料
(`Row.method`) names the papers the 村 lays out (once a way of checking, 乡纪委核实). 得分 is blank. A 合计 row and a merged 说明 row
close the sheet. Counts in figures and Chinese numerals ("每年至少开展一次", "每季度公示一次", "每月至少联系一次", "每两年至少发展1名");
"最高扣" caps; one rule "酌情扣1-2分", one "酌情扣1分", one bare "酌情扣分"; income bands in 万元; one rule "实行一票否决，本项不得分";
one line is deduction-only.
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
    name="zzw_jinzhai_huashi_cun_dangzuzhi_xlsx",
    fmt="xlsx",
    title="中共金寨县花石乡委员会2025年度村党组织党建工作目标考核评分表",
    numbering="printed",
    sections=(
        Section("组织建设", "一、组织建设\n（20分）", 20, (
            Row("村“两委”班子团结协作，村党组织书记、村委会主任“一肩挑”；班子成员中40周岁以下的不少于1名，高中（中专）及以上学历的"
                "不少于3名；每年至少开展一次村干部履职评议。", 6,
                "班子不团结、工作推诿扯皮的，酌情扣1-2分；40周岁以下成员、高中及以上学历成员每少1名扣0.5分；未开展履职评议的扣1分。",
                "“两委”成员名册、履职评议材料", indicator="班子建设"),
            Row("严格落实“三会一课”制度，支部委员会每月召开1次，党员大会每季度召开1次，党小组会每月召开1次，党课每季度1次；每月10日"
                "前后开展“主题党日”活动，党员参加率不低于90%。", 7,
                "“三会一课”每少1次扣0.5分，最高扣4分；主题党日每少1次扣0.5分；参加率每低5个百分点扣0.2分；会议记录不规范的，酌情扣分。",
                "会议记录本、签到表、活动照片", indicator="组织生活"),
            Row("每年召开一次组织生活会，开展民主评议党员；会前开展谈心谈话，评议结果报乡党委备案。", 4,
                "未召开组织生活会的扣2分；未开展民主评议党员的扣1分；未开展谈心谈话的扣0.5分；评议结果未报备的扣0.5分。",
                "会议记录、谈心谈话记录、民主评议表", indicator="组织生活会"),
            Row("村党群服务中心规范挂牌，落实村干部坐班值班和为民代办制度，代办事项办结率达到95%以上。", 3,
                "未落实坐班值班的扣1分；办结率每低5个百分点扣0.5分；阵地闲置或挪作他用的，本项不得分。", "值班表、代办台账",
                indicator="阵地建设"),
        )),
        Section("党员管理", "二、党员管理\n（20分）", 20, (
            Row("每两年至少发展1名党员，注重从返乡大学生、致富能手、退役军人中发展；发展党员全程纪实，拟发展对象公示不少于5个工作日。",
                5, "两年未发展党员的扣2分；未全程纪实的扣1分；未公示的扣1分；违规发展党员的，本项不得分。",
                "发展党员纪实档案、公示照片", indicator="发展党员"),
            Row("党员每年集中学习培训不少于32学时；依托红军广场、立夏节起义纪念馆等红色资源开展现场教学，每年不少于1次；村党组织书记"
                "每年讲党课不少于2次。", 5,
                "学时不足的，每人扣0.1分，最高扣2分；未开展现场教学的扣1分；书记讲党课每少1次扣0.5分。", "学时登记表、活动照片",
                indicator="教育培训"),
            Row("党员按月足额交纳党费，每季度公示一次党费收缴情况；建立外出流动党员台账，每月至少联系一次外出流动党员。", 5,
                "党费未按月交纳的，每人次扣0.1分，最高扣1分；未公示的，每次扣0.3分；无流动党员台账的扣1分；联系每少1次扣0.1分，最高"
                "扣1分。", "党费收缴台账、流动党员台账", indicator="日常管理"),
            Row("推行党员“积分制”管理，按月记分，年底评定等次，评定结果在村务公开栏公布；无职党员设岗定责全覆盖。", 5,
                "未推行积分制管理的扣2分；未按月记分的，每次扣0.2分；评定结果未公布的扣0.5分；设岗定责未全覆盖的扣1分。",
                "积分台账、公布照片", indicator="积分管理"),
        )),
        Section("乡村振兴", "三、乡村振兴\n（25分）", 25, (
            Row("发展壮大村级集体经济，村集体年经营性收入达到10万元以上，年收入较上年有增长。", 10,
                "经营性收入50万元以上的得10分，30万元（含）至50万元的得8分，10万元（含）至30万元的得6分，10万元以下的不得分；年收入"
                "较上年下降的，扣2分。", "村集体经济收入报表", indicator="集体经济"),
            Row("围绕茶叶、猕猴桃、石斛等特色产业，村党组织领办合作社，带动脱贫户（监测户）比例达到60%以上；每年组织实用技术培训不少"
                "于2次。", 7,
                "未领办合作社的扣2分；带动比例每低10个百分点扣1分；培训每少1次扣1分。", "合作社章程、培训签到表", indicator="特色产业"),
            Row("落实防止返贫动态监测帮扶，每月开展一次入户排查，对监测户“一户一策”制定帮扶措施，风险消除率达到80%以上。", 8,
                "排查每少1次扣0.5分；未制定帮扶措施的，每户扣0.5分；风险消除率每低5个百分点扣0.5分；发生规模性返贫的，实行一票否决，"
                "本项不得分。", "排查台账、帮扶措施台账", indicator="防止返贫"),
        )),
        Section("基层治理", "四、基层治理\n（25分）", 25, (
            Row("村级重大事项严格执行“四议两公开”；党务、村务、财务每季度公开一次；村务监督委员会每季度至少开展一次监督检查。", 8,
                "重大事项未执行“四议两公开”的，每项扣2分；“三务”公开每少1次扣0.5分；监督检查每少1次扣0.5分；群众反映公开内容不"
                "真实的，酌情扣1分。", "会议记录、公开栏照片", indicator="民主管理"),
            Row("坚持和发展新时代“枫桥经验”，每月至少开展2次矛盾纠纷排查，调解成功率达到95%以上；信访事项按期办结率达到100%；全年无"
                "越级上访。", 9,
                "排查每少1次扣0.3分，最高扣2分；调解成功率每低1个百分点扣0.2分；按期办结率未达到100%的扣1分；发生越级上访的，每起扣2分。",
                "排查台账、调解卷宗", indicator="平安建设"),
            Row("修订完善村规民约，成立红白理事会，推行婚丧事宜事前报备；每年开展“好媳妇”“好婆婆”等评选活动至少一次，评选结果张榜"
                "公示。", 8,
                "未修订村规民约的扣1分；未成立红白理事会的扣1分；婚丧事宜未报备的，每起扣0.5分；未开展评选的扣1分；评选结果未公示的扣"
                "0.5分；大操大办被通报的，每起扣1分。", "村规民约、报备登记簿、公示照片", indicator="移风易俗"),
        )),
        Section("作风保障", "五、作风保障\n（10分）", 10, (
            Row("村党组织书记年初签订党建工作责任书，年底向乡党委述职；年初有计划、年终有总结。", 5,
                "未签订责任书的扣1分；未述职的扣2分；计划、总结每缺1项扣1分。", "责任书、述职报告、工作计划、工作总结",
                indicator="责任落实"),
            Row("村干部严守廉洁纪律，不得优亲厚友、截留挪用惠民资金（本项为扣分项）。", 5,
                "村干部受到党纪政务处分的，每人次扣2分；被县级以上通报的，每次扣1分；村“两委”成员受到刑事处罚的，本项不得分。",
                "乡纪委核实", indicator="廉洁自律"),
        )),
    ),
)

HEADER = ["序号", "考核项目", "考核指标", "考核内容", "分值", "评分标准", "佐证材料", "得分"]
NOTE = ("说明：1.本表由乡党委于每年12月组织考核，采取听取汇报、查阅资料、实地查看、入户走访相结合的方式；2.各项扣分以该项分值为限，"
        "扣完为止；3.考核结果分为“好”“较好”“一般”“差”四个等次，与村干部绩效报酬挂钩；4.村党组织被县级以上通报批评的，不得评为"
        "“好”等次。")


def build(t: Table, path: Path) -> None:
    import openpyxl
    from openpyxl.styles import Alignment, Font

    ncols = len(HEADER)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "村党组织考核"
    center = Alignment(horizontal="center", vertical="center", wrap_text=True)
    wrap = Alignment(vertical="center", wrap_text=True)
    xlsx_title(ws, t.title, ncols, Font(name="方正小标宋简体", size=16), center)
    xlsx_line(ws, "考核对象：全乡各村党总支（党支部）", ncols)
    xlsx_line(ws, "村名：              村党组织书记：              考核组：              考核日期：", ncols)
    xlsx_header(ws, HEADER, ncols)
    first = ws.max_row
    number = 0
    for s in t.sections:
        top = ws.max_row + 1
        for i, row in enumerate(s.rows):
            number += 1
            ws.append([number, s.printed if i == 0 else None, row.indicator, row.text, row.points, row.scoring, row.method,
                       None])
            for c in (4, 6, 7):
                ws.cell(ws.max_row, c).alignment = wrap
            for c in (1, 3, 5):
                ws.cell(ws.max_row, c).alignment = center
        xlsx_merge_down(ws, 2, top, ws.max_row, center)
    xlsx_total_row(ws, t.total, 5, ncols, center)
    xlsx_borders(ws, first, ncols)
    xlsx_note(ws, NOTE, ncols, 40)
    xlsx_widths(ws, (6, 12, 11, 50, 6, 46, 20, 7))
    wb.save(str(path))
