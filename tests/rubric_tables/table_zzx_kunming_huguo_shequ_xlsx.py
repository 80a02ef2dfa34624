"""中共昆明市五华区护国街道工作委员会2025年度社区党组织党建工作目标考核细则 (.xlsx), as a 云南 昆明 老城 街道党工委 (its 党建办 with the
综治中心, the 禁毒办 and the 街道纪工委, a 考核组 checking in December) scores the 社区党委 and 党总支 around the 南屏街 商圈 and the old
streets of the 护国路, where many 民族 live side by side, the 商圈 and 楼宇 hold “两新” 组织 and the old 小区 have no 物业: 政治引领 (a
monthly 集中学习 with 32学时 and the “云岭先锋” 注册使用率, the 民族团结进步 宣传月 with a half-yearly 联谊活动, its 方案 and 照片, a
half-yearly 意识形态 报告 with the “三审三校” 审核 and a 一票否决), 组织建设 (the 组织体系 with the 党员比例 of 百分之八十 and the 交叉任职比例,
the 组织架构图, the “三会一课” with a monthly 党委会 and the 书记's two 党课 and the 签到表, the monthly 主题党日 with its 参加率 and 补学, the
组织生活会 with 民主评议 and the 公示, “每两年至少发展1名党员”), 队伍建设 (one roster of the “两委” by age and 学历 and one of the 后备力量,
the 社区工作者's 5天 with the half-yearly 考评 and its 公示, 党费 with a yearly 排查 of the 流动党员 and “口袋党员”, the 设岗定责 覆盖率 with
the 年初 承诺 and 年底 评议), 治理服务 (the 党员网格员 占比 with forty 走访 a month and the 办结率, the 禁毒宣传 each quarter with the 管控率
and a 一票否决, the 自管小组 with its 覆盖率, 名单 and a half-yearly 联席会议, the “两新” 排查 with the 组建率 and the 党建指导员名册, five
实事 with a 满意度 in bands) and 保障落实 (the 年初 责任书, 年底 述职 and a quarterly 报送; a deduction-only 廉洁 line).

A merged title row, a merged "考核对象：护国街道所辖各社区党委（党总支）" line and a merged "社区：…  社区党组织书记：…  考核组成员：…
考核时间：2025年12月" line above the header 考核项目 | 序号 | 考核内容 | 评分标准 | 分值 | 佐证材料 | 自评分 | 考核得分. The categories are
MERGED CELLS down the 考核项目 column (FIRST), printed WITHOUT an ordinal on TWO lines, "政治引领\\n（15分）". 序号 (SECOND column, numeric
cells) RESTARTS at 1 in every category (items 1.1 … 5.2). 分值 comes AFTER the 评分标准, a plain number. 佐证材料 (`Row.method`) names the
papers the 社区 lays out (once a way of checking, 街道纪工委提供): a 佐证 column. 自评分 and 考核得分 are blank. A 合计 row and a merged 说明
row close the sheet. Counts in figures and Chinese numerals ("每半年至少开展一次", "每年至少开展一次", "每两年至少发展1名党员"); "百分之
八十"; "1次以上"; "不少于5天"; "最高扣" caps; "酌情扣1分" three times and "酌情扣0.5-1分"; a 满意度 in bands ("80%以下的不得分" closing them);
two "实行一票否决，本项不得分"; one line is deduction-only.
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
    name="zzx_kunming_huguo_shequ_xlsx",
    fmt="xlsx",
    title="中共昆明市五华区护国街道工作委员会2025年度社区党组织党建工作目标考核细则",
    numbering="restart",
    sections=(
        Section("政治引领", "政治引领\n（15分）", 15, (
            Row("社区党组织每月至少组织一次集中学习，党员每年参加集中学习培训时间不少于32学时；运用“云岭先锋”APP开展线上学习，党员注册"
                "使用率达到95%以上。", 6,
                "集中学习每缺一次扣0.5分；学时不足的，每人扣0.1分，最高扣2分；注册使用率每低1个百分点扣0.1分。",
                "学习记录、学时登记表、平台截图"),
            Row("铸牢中华民族共同体意识，创建民族团结进步示范社区；每年开展民族团结进步宣传月活动，每半年至少开展一次民族团结联谊活动。", 5,
                "未开展宣传月活动的扣2分；联谊活动每缺一次扣1分；创建工作成效不明显的，酌情扣1分。", "活动方案、活动照片"),
            Row("每半年向街道党工委报告一次意识形态工作情况；社区宣传栏、居民微信群信息发布实行“三审三校”。", 4,
                "报告每缺一次扣1分；信息发布未经审核的，每次扣0.5分；发生意识形态领域重大问题的，实行一票否决，本项不得分。",
                "报告材料、审核记录"),
        )),
        Section("组织建设", "组织建设\n（25分）", 25, (
            Row("健全“街道党工委—社区党委—网格党支部—楼栋党小组”组织体系，网格党支部应建尽建；社区“两委”成员中党员比例达到百分之八十"
                "以上，交叉任职比例不低于百分之五十。", 5,
                "网格党支部未应建尽建的扣2分；党员比例未达到的扣1分；交叉任职比例未达到的扣1分；组织体系不健全的，酌情扣1分。",
                "组织架构图、“两委”成员名册"),
            Row("严格落实“三会一课”制度，社区党委会每月召开1次以上，网格党支部党员大会每季度召开1次，支委会、党小组会每月召开1次，党课"
                "每季度1次；社区党组织书记每年讲党课不少于2次。", 7,
                "“三会一课”每缺一次扣0.5分，最高扣4分；书记讲党课每少1次扣1分。", "会议记录本、签到表"),
            Row("每月固定一天开展“主题党日”活动，党员参加率达到90%以上；因病因事不能参加的党员及时补学。", 4,
                "主题党日每缺一次扣0.3分；参加率每低5个百分点扣0.2分；未落实补学的扣0.5分。", "活动记录、签到表、照片"),
            Row("每年召开一次组织生活会，认真开展批评和自我批评；开展民主评议党员，评定等次进行公示。", 5,
                "未召开组织生活会的扣2分；未开展民主评议党员的扣2分；评议结果未公示的扣1分。", "会议记录、民主评议表、公示照片"),
            Row("每两年至少发展1名党员，优先从35岁以下社区工作者、网格员中发展；发展党员程序规范、材料完整。", 4,
                "两年内未发展党员的扣2分；程序不规范、材料不全的，每人扣1分。", "发展党员档案"),
        )),
        Section("队伍建设", "队伍建设\n（20分）", 20, (
            Row("社区“两委”班子成员中35周岁以下的不少于1名，大专及以上学历的不少于3名；储备35周岁以下社区后备力量不少于2名，落实“一对"
                "一”培养。", 6,
                "班子结构每项不达标扣1分；后备力量每少1名扣1分；未落实培养措施的扣0.5分。", "“两委”成员名册、后备力量名册"),
            Row("社区工作者每年参加业务培训不少于5天；实行社区工作者星级化管理，每半年考评一次，考评结果公示。", 5,
                "培训不足5天的，每人扣0.2分，最高扣2分；考评每缺一次扣1分；考评结果未公示的扣0.5分。", "培训证书、考评表、公示照片"),
            Row("党员按月交纳党费；每年至少开展一次流动党员、“口袋党员”排查；建立困难党员、老党员关爱帮扶机制。", 5,
                "未按月交纳党费的，每人次扣0.1分，最高扣1.5分；未开展排查的扣1分；关爱帮扶不到位的，酌情扣0.5-1分。",
                "党费收缴台账、排查台账"),
            Row("推行无职党员设岗定责，设岗定责覆盖率达到80%以上；开展党员“三亮三比”活动，党员年初公开承诺，年底评议兑现情况。", 4,
                "覆盖率每低10个百分点扣0.5分；未开展公开承诺的扣1分；年底未评议兑现情况的扣1分。", "设岗定责台账、承诺书"),
        )),
        Section("治理服务", "治理服务\n（30分）", 30, (
            Row("推行“网格化管理、组团式服务”，每个网格配备专职网格员，党员网格员占比达到60%以上；网格员每月入户走访不少于40户，居民"
                "诉求办结率达到95%以上。", 7,
                "党员网格员占比未达到的扣1分；走访户数不足的，每人每月扣0.1分，最高扣2分；办结率每低1个百分点扣0.2分。",
                "网格员名册、走访记录、平台数据"),
            Row("落实禁毒工作责任，创建“无毒社区”；每季度至少开展一次禁毒宣传活动；社区戒毒社区康复人员帮扶管控率达到100%。", 6,
                "禁毒宣传每缺一次扣0.5分；管控率未达100%的，每人扣1分；辖区发生涉毒重大案件、造成恶劣影响的，实行一票否决，本项不得分。",
                "宣传照片、帮扶管控档案"),
            Row("无物业老旧小区由社区党组织牵头成立自管小组，实现管理覆盖率100%；每半年召开一次由社区党组织、业委会（自管小组）、物业"
                "服务企业参加的联席会议。", 6,
                "管理覆盖率每低10个百分点扣1分；联席会议每缺一次扣1分；因小区管理问题引发集体上访的，每起扣2分。",
                "会议记录、自管小组名单"),
            Row("推进商圈、楼宇“两新”组织党的组织和工作覆盖，每年至少开展一次“两新”组织党员排查，符合条件的组建率达到100%；选派党建"
                "指导员联系服务“两新”组织。", 5,
                "未开展排查的扣1分；组建率每低5个百分点扣0.5分；党建指导员联系服务不到位的，酌情扣1分。", "排查台账、党建指导员名册"),
            Row("聚焦“一老一小”，开设老年助餐点、“四点半课堂”等服务项目；全年为居民办实事不少于5件；居民满意度达到85%以上。", 6,
                "“一老一小”服务未开展的扣1分；办实事每少1件扣0.5分；满意度85%以上的得2分，80%（含）—85%的得1分，80%以下的不得分。",
                "实事台账、满意度测评表"),
        )),
        Section("保障落实", "保障落实\n（10分）", 10, (
            Row("社区党组织书记年初签订党建工作责任书，年底向街道党工委述职；社区党组织每季度向街道党工委报送一次党建工作情况。", 5,
                "未签订责任书的扣1分；未述职的扣2分；报送每缺一次扣0.5分。", "责任书、述职报告"),
            Row("社区“两委”成员违反廉洁纪律、优亲厚友、侵占群众利益（扣分项）。", 5,
                "受到党纪政务处分的，每人次扣2分；被街道以上通报批评的，每次扣1分；造成恶劣影响的，本项不得分。", "街道纪工委提供"),
        )),
    ),
)

HEADER = ["考核项目", "序号", "考核内容", "评分标准", "分值", "佐证材料", "自评分", "考核得分"]
NOTE = ("说明：1.本细则由街道党工委于12月组织考核，街道综治中心、禁毒办、纪工委参加，先由社区自评，再由考核组采取查阅台账资料、实地查看、"
        "座谈了解、入户走访相结合的方式评分；2.各项扣分以该项分值为限，扣完为止；3.考核结果分为“好”“较好”“一般”“差”四个等次，与"
        "社区工作者绩效奖励挂钩；4.社区发生重大安全事故、重大涉毒案件或民族宗教领域重大事件的，考核等次直接定为“差”。")


def build(t: Table, path: Path) -> None:
    import openpyxl
    from openpyxl.styles import Alignment, Font

    ncols = len(HEADER)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "社区党建考核细则"
    center = Alignment(horizontal="center", vertical="center", wrap_text=True)
    wrap = Alignment(vertical="center", wrap_text=True)
    xlsx_title(ws, t.title, ncols, Font(name="方正小标宋简体", size=16), center)
    xlsx_line(ws, "考核对象：护国街道所辖各社区党委（党总支）", ncols)
    xlsx_line(ws, "社区：              社区党组织书记：              考核组成员：              考核时间：2025年12月", ncols)
    xlsx_header(ws, HEADER, ncols)
    first = ws.max_row
    for s in t.sections:
        top = ws.max_row + 1
        for number, row in enumerate(s.rows, 1):
            ws.append([s.printed if number == 1 else None, number, row.text, row.scoring, row.points, row.method, None,
                       None])
            for c in (3, 4, 6):
                ws.cell(ws.max_row, c).alignment = wrap
            for c in (2, 5):
                ws.cell(ws.max_row, c).alignment = center
        xlsx_merge_down(ws, 1, top, ws.max_row, center)
    xlsx_total_row(ws, t.total, 5, ncols, center)
    xlsx_borders(ws, first, ncols)
    xlsx_note(ws, NOTE, ncols, 48)
    xlsx_widths(ws, (12, 6, 48, 46, 6, 22, 7, 8))
    wb.save(str(path))
