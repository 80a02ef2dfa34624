"""海燕出版社2025年度编辑部门党支部党建工作考核评分表 (.xlsx), as the 党委 of the 少儿 publishing house of 中原出版传媒集团 in 河南 郑州 (its
党委办公室 with the 总编室, the 质检中心, the 人力资源部 and the 纪委, a 考核组 in December) scores the 党支部 of its 编辑部门 — 少儿读物, 教育
图书 and 美术: the 责任编辑 who read each 书稿 three times over, the 终审 who signs, the 校对 who counts the 差错 per 万字, the 选题 that must be
argued and, when it touches 地图, 民族宗教 or 历史人物, sent up for 审核 and 备案, the 书号 that must never be sold, the 作家 who go into the 乡村
学校 with the 编辑, the 农家书屋 the 支部 sends its books to, the 印制 招标 and the 稿酬 where the 廉洁 risks lie: a sheet whose 考核指标 is a
short label, whose 考核要求 prints the requirements and nearly every figure and whose 评分细则 gives one deduction a clause (once bands):
政治建设 (a monthly 集中学习, a quarterly 专题研讨, 32学时 for the 党员 and 72学时 of 继续教育 for the 编辑; a half-yearly 专题研究 of the 意识形态,
the 选题论证, the “三审三校”, the 重大选题备案, the 送审 and a 一票否决; the 书记's two 党课, a yearly 现场教学 and the “七一” 誓词), 组织建设 (the
“三会一课” scored in two pairs and the 要素; the monthly 主题党日, two “好书送基层”、“阅读进校园” a year and the 参加率; the 谈心谈话 覆盖率, the
应谈 and the 记录; the 组织生活会 with the 民主评议, the 备案, the 整改清单 and the 销号; one 积极分子 a year, 党费 and a half-yearly 公示), 业务
融合 (the 先锋岗, the 年初 承诺, the 年底 践诺评诺 and the “党员责任书稿”; the 合格率, the 差错率 and the 通报; the 出版计划 完成率 in bands and
two 重点项目; six 阅读推广 a year, the 捐赠 and the 照片; the 共建协议, a half-yearly 共建活动 and the 报到率) and 作风建设 (a yearly 风险点排查 with
the 防控措施, a half-yearly 警示教育, the 廉洁提醒 and the 书号; the 年初 要点, a quarterly 报告, the 年底 述职 and the 年终 总结; the 年底 满意度
测评 in bands for the whole 6 points).

A merged title row, a merged "考核对象：社党委所属少儿读物编辑部、教育图书编辑部、美术编辑部党支部" line and a merged "党支部： 考核人： 考核日期："
line above the header 考核项目 | 考核指标 | 考核要求 | 评分细则 | 分值 | 考核方式 | 得分. There is NO 序号: the items are numbered by position
(1..16). The categories are MERGED CELLS down the 考核项目 column (FIRST), printed WITH an ordinal and their points on one line, "一、政治建设
（20分）". 考核指标 is a short sub-label (`Row.indicator`); 考核要求 says what is required (`Row.text`). 分值 is a plain number AFTER the 评分细则.
考核方式 (`Row.method`) only says how the 考核组 checks (查阅资料, 抽查学时, 抽查书稿, 查阅会议记录, 个别谈话, 查阅台账, 质检报告核查, 系统核查,
实地查看, 问卷测评): no papers. 得分 is blank. A 合计 row of 100; then two 加分项 rows UNDER it (a "加分项" cell merged down the 考核项目 column, 考核指标
"精品获奖" and "先进表彰", a 最高加分 in the 分值 column); a merged 说明 row closes the sheet. Counts in figures and Chinese numerals, nearly all in
the 考核要求 ("每月开展一次", "每季度开展一次", "每年…不少于32学时", "每年…不少于72学时", "每半年专题研究一次", "每年讲党课不少于2次", "每年…
一次", "“七一”前后", "支部委员会每月召开1次，支部党员大会每季度召开1次，党小组会每月召开1次，党课每季度1次", "每月开展一次", "每年至少开展2次",
"百分之九十", "每年…至少一次", "100%", "每年召开一次", "年内…不少于1名", "按月", "每半年公示一次", "年初", "年底", "每年…不少于1种", "100%",
"100%", "年内…不少于2项", "年内…不少于6场", "1个", "每半年开展一次", "100%", "每年开展一次", "每半年开展一次", "节假日前", "年初", "每季度…报告
一次", "年底", "年终", "年底"); "万分之一" only in the 评分细则; "最高扣" caps; "酌情扣0.5分" once; two sets of bands (the 完成率 for 5 of the 8 points
closed by "90%以下的不得分"; the 满意度 for all 6 points closed by "85%以下的不得分"); one "实行一票否决，本项不得分"; two other plain "本项不得分".
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
    name="zzzza_zhengzhou_haiyan_chubanshe_zhibu_xlsx",
    fmt="xlsx",
    title="海燕出版社2025年度编辑部门党支部党建工作考核评分表",
    numbering="position",
    sections=(
        Section("政治建设", "一、政治建设（20分）", 20, (
            Row("支部每月开展一次集中学习，每季度开展一次专题研讨；党员每年参加学习培训不少于32学时；编辑人员每年参加出版专业技术人员继续教育不少于"
                "72学时。", 6,
                "集中学习每少1次扣0.3分，最高扣1.5分；专题研讨每少1次扣0.5分；党员学时不足的，每人扣0.1分，最高扣1分；继续教育学时不足的，每人扣"
                "0.2分，最高扣1分。", "查阅资料、抽查学时", indicator="理论学习"),
            Row("支部每半年专题研究一次意识形态工作；严格执行选题论证、“三审三校”和重大选题备案制度；涉及地图、民族宗教、重大历史人物等内容的书稿"
                "按规定送有关部门审核。", 8,
                "专题研究每少1次扣1分；选题未经论证的，每种扣0.5分，最高扣1.5分；未执行“三审三校”的，每种扣1分，最高扣3分；重大选题未备案的，每种"
                "扣2分；出版物出现政治导向问题被上级通报或处理的，实行一票否决，本项不得分。", "查阅资料、抽查书稿", indicator="意识形态"),
            Row("支部书记每年讲党课不少于2次；每年组织党员到红色教育基地开展一次现场教学；“七一”前后组织党员重温入党誓词。", 6,
                "书记讲党课每少1次扣1分；未开展现场教学的扣1.5分；未组织重温入党誓词的扣1分。", "查阅资料", indicator="党性教育"),
        )),
        Section("组织建设", "二、组织建设（28分）", 28, (
            Row("支部委员会每月召开1次，支部党员大会每季度召开1次，党小组会每月召开1次，党课每季度1次；会议记录由组织委员负责，做到要素齐全。", 8,
                "支部委员会、党员大会每少1次扣0.5分，最高扣3分；党小组会、党课每少1次扣0.3分，最高扣2分；会议记录要素不全的，酌情扣0.5分。",
                "查阅会议记录", indicator="“三会一课”"),
            Row("每月开展一次主题党日；每年至少开展2次“好书送基层”“阅读进校园”主题党日活动；党员参加率不低于百分之九十。", 6,
                "主题党日每少1次扣0.3分，最高扣2分；“好书送基层”“阅读进校园”主题活动每少1次扣1分；参加率每低5个百分点扣0.5分。", "查阅资料",
                indicator="主题党日"),
            Row("支部书记与支委委员、支委委员与党员之间每年谈心谈话至少一次，谈心谈话覆盖率达到100%；编辑人员受到差错责任追究、岗位调整时及时谈话。",
                5,
                "谈心谈话每缺1人扣0.3分，最高扣2分；应谈未谈的，每人扣0.5分；无谈心谈话记录的扣1分。", "查阅资料、个别谈话", indicator="谈心谈话"),
            Row("每年召开一次组织生活会，开展民主评议党员，评议结果报社党委备案；针对查摆问题制定整改清单，逐项整改销号。", 5,
                "未召开组织生活会的扣2分；未开展民主评议党员的扣1分；评议结果未备案的扣0.5分；无整改清单的扣1分；整改未销号的，每项扣0.2分，最高"
                "扣0.5分。", "查阅会议记录", indicator="组织生活会"),
            Row("年内确定入党积极分子不少于1名，注重在青年编辑中培养；党员按月交纳党费，每半年公示一次党费收缴情况。", 4,
                "未确定入党积极分子的扣1分；党费未按月交纳的，每人次扣0.1分，最高扣1分；公示每少1次扣0.5分。", "查阅台账", indicator="党员管理"),
        )),
        Section("业务融合", "三、业务融合（34分）", 34, (
            Row("在责任编辑、终审、印制质检等岗位设立党员先锋岗；党员编辑年初围绕出版质量、精品选题作出承诺，年底开展践诺评诺；推行“党员责任书稿”，"
                "每名党员编辑每年承担不少于1种。", 7,
                "未设立党员先锋岗的扣1分；未作出承诺的，每人扣0.2分，最高扣1分；年底未开展践诺评诺的扣1分；党员责任书稿不足的，每人扣0.3分，最高扣"
                "1.5分。", "查阅资料、实地查看", indicator="先锋示范"),
            Row("出版物编校质量抽检合格率达到100%；党员责任编辑的图书带头执行编校质量标准。", 9,
                "合格率每低1个百分点扣1分，最高扣3分；党员责任编辑的图书经抽检差错率超过万分之一的，每种扣1分；出版物被国家、省级主管部门通报质量"
                "问题的，本项不得分。", "质检报告核查", indicator="出版质量"),
            Row("年度出版计划完成率达到100%；年内申报省级以上重点出版项目或主题出版项目不少于2项。", 8,
                "完成率100%以上的得5分，95%（含）—100%的得4分，90%（含）—95%的得2分，90%以下的不得分；重点项目申报每少1项扣1.5分。", "系统核查",
                indicator="精品出版"),
            Row("支部党员参与“书香中原”全民阅读活动，年内开展“作家进校园”“阅读推广进社区”等活动不少于6场；向乡村学校、农家书屋捐赠图书。", 5,
                "阅读推广活动每少1场扣0.5分，最高扣2分；未开展捐赠的扣1分；活动无照片的，每场扣0.1分。", "查阅资料", indicator="全民阅读"),
            Row("与1个乡村学校或社区党组织结对共建，签订共建协议；每半年开展一次共建活动；在职党员到居住地社区报到率达到100%。", 5,
                "未签订共建协议的扣1分；共建活动每少1次扣1分；报到率每低10个百分点扣0.5分。", "查阅资料", indicator="结对共建"),
        )),
        Section("作风建设", "四、作风建设（18分）", 18, (
            Row("每年开展一次廉洁风险点排查，围绕书号使用、稿酬发放、印制招标等环节制定防控措施；每半年开展一次警示教育；节假日前开展廉洁提醒。", 6,
                "未开展风险点排查的扣1分；无防控措施的扣1分；警示教育每少1次扣0.5分；未开展廉洁提醒的，每次扣0.3分；买卖书号、违规发放稿酬的，"
                "本项不得分。", "查阅资料", indicator="廉洁自律"),
            Row("年初制定支部工作要点；每季度向社党委报告一次支部工作；年底支部书记述职；年终形成工作总结。", 6,
                "无工作要点的扣1分；报告每少1次扣0.5分；未述职的扣2分；无工作总结的扣1分。", "查阅资料", indicator="责任落实"),
            Row("年底由社党委组织党员、职工对支部工作开展满意度测评。", 6,
                "满意度95%以上的得6分，90%（含）—95%的得4分，85%（含）—90%的得2分，85%以下的不得分。", "问卷测评", indicator="群众评价"),
        )),
    ),
)

HEADER = ["考核项目", "考核指标", "考核要求", "评分细则", "分值", "考核方式", "得分"]
BONUS = (
    ("精品获奖", 2, "出版物获“五个一工程”奖、中国出版政府奖、中华优秀出版物奖等国家级奖项的。", "每项加1分，最高加2分。", "查阅获奖证书"),
    ("先进表彰", 1, "支部获评集团以上先进基层党组织，或党员获评集团以上优秀共产党员的。", "每项加0.5分，最高加1分。", "查阅表彰文件"),
)
NOTE = ("说明：1.本表由社党委于12月组织考核，采取查阅资料、抽查书稿、个别谈话、问卷测评相结合的方式进行；2.各项扣分以该项分值为限，扣完为止；"
        "3.编校质量以社质检中心和省新闻出版主管部门抽检结果为准，出版计划完成率以ERP系统数据为准；4.加分项另行计算，总分不超过103分；5.考核"
        "得分90分以上的为“好”，80—89分的为“较好”，70—79分的为“一般”，70分以下的为“差”，考核结果与支部书记年度考核和部门绩效挂钩。")


def build(t: Table, path: Path) -> None:
    import openpyxl
    from openpyxl.styles import Alignment, Font

    ncols = len(HEADER)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "编辑部门党支部考核"
    center = Alignment(horizontal="center", vertical="center", wrap_text=True)
    wrap = Alignment(vertical="center", wrap_text=True)
    xlsx_title(ws, t.title, ncols, Font(name="方正小标宋简体", size=16), center)
    xlsx_line(ws, "考核对象：社党委所属少儿读物编辑部、教育图书编辑部、美术编辑部党支部", ncols)
    xlsx_line(ws, "党支部：              考核人：              考核日期：", ncols)
    xlsx_header(ws, HEADER, ncols)
    first = ws.max_row
    for s in t.sections:
        top = ws.max_row + 1
        for i, row in enumerate(s.rows):
            ws.append([s.printed if i == 0 else None, row.indicator, row.text, row.scoring, row.points, row.method, None])
            for c in (3, 4):
                ws.cell(ws.max_row, c).alignment = wrap
            for c in (2, 5, 6):
                ws.cell(ws.max_row, c).alignment = center
        xlsx_merge_down(ws, 1, top, ws.max_row, center)
    xlsx_total_row(ws, t.total, 5, ncols, center)
    top = ws.max_row + 1
    for i, (indicator, points, text, scoring, method) in enumerate(BONUS):
        ws.append(["加分项" if i == 0 else None, indicator, text, scoring, points, method, None])
        for c in (3, 4):
            ws.cell(ws.max_row, c).alignment = wrap
    xlsx_merge_down(ws, 1, top, ws.max_row, center)
    xlsx_borders(ws, first, ncols)
    xlsx_note(ws, NOTE, ncols, 62)
    xlsx_widths(ws, (12, 12, 46, 52, 6, 14, 7))
    wb.save(str(path))
