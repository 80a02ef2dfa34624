"""中共江油中学总支部委员会2025年度年级党支部工作考核评价表 (.docx), as the 党总支 of a 高级中学 in 江油 in 绵阳 in 四川 (its 党总支 委员 with the
校长办公室, the 教务处, the 德育处 and the 工会, a 评价组 sitting in the 会议室 of the 行政楼 in the week after the 期末考试, when the 涪江 runs cold
and green below the 太白公园, the 李白 故里 is quiet before the 春节, the 高三 classes are still in their evening 自习 and the 年级 offices are stacked
with the 家访 records of the winter) scores each 年级党支部 (高一、高二、高三, their 党员 the 班主任, the 备课组长 and the 学科 teachers): a table
whose 评价要点 prints what the 支部 must have done, whose 评分标准 takes points off one clause at a time and whose 佐证材料 names the papers the 评价组
asks to see: 政治引领 (the “第一议题”, a monthly 集中学习 and 32学时; a 师德师风 专题 each 学期, the 承诺书, no 有偿补课 and a 一票否决; a
研判 each 学期 and a "本项不得分"; the 书记's 思政课 each 学期 and two “推优”), 组织建设 (the “三会一课” with the 党员大会 and the 党课 twice a 学期, the
记录, the 缺席 and the 参会率; the monthly 主题党日, a 现场教学 each 学期 and the 方案、照片; the 组织生活会, the 谈心谈话、征求意见, the 民主评议, the 备案
and the 整改清单; one 积极分子, a 谈话 each 学期, the 公示 and a "本项不得分"; 党费 按月, a 公示 each 学期 and the 转接), 作用发挥 (three 示范岗、先锋班级,
the 比例 and the 作用; two 结对 students each, a monthly 谈心, the 档案 and five 家访 a 学期; a 示范课 each 学期, the 学业质量 and the 优秀 比例; a 家长会
each 学期, the 共建协议 and two 共建活动; four 志愿服务 and the 护学岗; a 心理 排查 each 学期, the 关爱台账 and a "本项不得分") and 基础保障 (the 年初 计划,
the 年底 总结 and 述职, the 台账; the 活动室, the 制度 and the 宣传栏 each 学期; three 信息 a 学期, one 采用 and a "本项不得分").

The title (bold, centred), a centred "（评价对象：高一、高二、高三年级党支部）" line and a "年级党支部：…支部书记：…党员人数：" line above one table:
一级指标 | 二级指标 | 分值 | 评价要点 | 评分标准 | 佐证材料. There is NO 序号: the items are numbered by position 1..18. The 一级指标 are MERGED CELLS down the FIRST
column, printed WITHOUT an ordinal and WITH their points on a SECOND line, "政治引领\\n（20分）"; 二级指标 is a short sub-label on every row
(`Row.indicator`); 分值 is a plain number BEFORE the 评价要点 (`Row.text`), which says what is required; the 评分标准 (`Row.scoring`) follows it in
its own column; 佐证材料 (`Row.method`) last, naming the papers, joined by "、" ("实地查看" once). A 合计 row of 100 and a
"备注：" paragraph with three numbered lines close the document (its first line: 每学期 means the spring and the autumn 学期 of 2025). Counts in figures
and Chinese numerals, nearly all in the requirement ("每月组织一次", "每年…不少于32学时", "每学期开展一次", "每学期…一次", "每学期…不少于1次", "每年…不少于
2名", "支部委员会每月召开1次，党员大会每学期召开不少于2次，党小组会…每月召开1次，党课每学期不少于2次", "每月开展一次", "每学期…一次", "每年召开一次",
"每年…不少于1名", "每学期…一次", "不少于5个工作日", "按月", "每学期公示一次", "不少于3个", "不低于百分之五十", "不少于2名", "每月…一次", "每学期…不少于5户",
"每学期…不少于1节", "每学期…不少于1次", "每年…不少于2次", "每年…不少于4次", "每学期开展一次", "年初", "年底", "年底", "每学期更新一次", "每学期…不少于3条",
"每年…不少于1篇"); one threshold only in the 评分标准 ("全年平均参会率低于百分之九十的扣1分"); "最高扣" caps; "每低10个百分点" once; "酌情扣0.5-1分" four
times and "酌情扣1-3分" once; one "实行一票否决，本项不得分" and four plain "本项不得分".
"""

from __future__ import annotations

from pathlib import Path

from .build_helpers import docx_centred, docx_grid_table, docx_title, docx_total_row, merge_cells
from .model import Row, Section, Table, _fmt


def _row(label: str, points: float, text: str, scoring: str, proof: str) -> Row:
    """One row in the order the table prints it: 二级指标, 分值, 评价要点, 评分标准, 佐证材料."""
    return Row(text, points, scoring, proof, indicator=label)


TABLE = Table(
    name="zzzzzt_jiangyou_zhongxue_dangzongzhi_nianji_zhibu_docx",
    fmt="docx",
    title="中共江油中学总支部委员会2025年度年级党支部工作考核评价表",
    numbering="position",
    sections=(
        Section("政治引领", "政治引领\n（20分）", 20, (
            _row("理论学习", 5,
                 "落实“第一议题”制度，支部每月组织一次集中学习；党员教师每年参加集中学习培训不少于32学时。",
                 "集中学习每少1次扣0.5分，最高扣2分；学时不足的，每人扣0.2分，最高扣2分；未落实“第一议题”制度的扣1分。",
                 "学习记录、学时登记表"),
            _row("师德师风", 6,
                 "每学期开展一次师德师风专题教育；党员教师签订师德承诺书；党员教师不从事有偿补课，不体罚或变相体罚学生。",
                 "专题教育每少1次扣1分；未签订师德承诺书的，每人扣0.2分，最高扣1分；有偿补课、体罚学生经查实的，每人次扣2分；发生严重师德失范问题的，"
                 "实行一票否决，本项不得分。",
                 "专题教育记录、师德承诺书"),
            _row("意识形态", 4,
                 "每学期分析研判一次年级师生思想动态；加强课堂、讲座论坛、班级微信群等阵地管理。",
                 "研判每少1次扣1分；阵地管理存在漏洞的，酌情扣0.5-1分；出现意识形态问题造成不良影响的，本项不得分。",
                 "研判记录"),
            _row("党建带团建", 5,
                 "年级党支部书记每学期为学生上思政课或党史专题课不少于1次；指导年级团支部开展“推优入党”，每年推荐优秀学生团员不少于2名。",
                 "书记授课每少1次扣1分；推荐每少1名扣0.5分；推优程序不规范的扣1分。",
                 "教案、推优材料"),
        )),
        Section("组织建设", "组织建设\n（30分）", 30, (
            _row("三会一课", 8,
                 "支部委员会每月召开1次，党员大会每学期召开不少于2次，党小组会（按学科组划分）每月召开1次，党课每学期不少于2次；会议记录要素齐全。",
                 "“三会一课”每少1次扣0.5分，最高扣4分；会议记录要素不全的，每次扣0.2分，最高扣1分；党员无故缺席的，每人次扣0.2分，最高扣1分；全年"
                 "平均参会率低于百分之九十的扣1分。",
                 "会议记录、签到表"),
            _row("主题党日", 5,
                 "每月开展一次主题党日，结合教师节、国家公祭日等开展；每学期组织党员到爱国主义教育基地开展现场教学一次。",
                 "主题党日每少1次扣0.5分，最高扣3分；现场教学每少1次扣1分；活动无方案或照片的，每次扣0.2分，最高扣1分。",
                 "活动方案、活动照片"),
            _row("组织生活会", 7,
                 "每年召开一次组织生活会，会前开展谈心谈话、征求师生意见；会后开展民主评议党员，评议结果报党总支备案，建立问题整改清单。",
                 "未召开组织生活会的扣3分；谈心谈话、征求意见每缺一项扣0.5分；未开展民主评议党员的扣1.5分；评议结果未备案的扣0.5分；无整改清单的扣"
                 "1分。",
                 "会议记录、民主评议表、整改清单"),
            _row("发展党员", 5,
                 "注重在青年教师、班主任骨干中发展党员，每年确定入党积极分子不少于1名；培养联系人每学期与入党积极分子谈话一次；发展对象公示不少于5个"
                 "工作日。",
                 "未确定入党积极分子的扣1.5分；培养谈话每少1人次扣0.3分，最高扣1.5分；发展对象未公示的扣1分；违反发展程序的，本项不得分。",
                 "发展党员档案、公示照片"),
            _row("党员管理", 5,
                 "党员按月交纳党费，每学期公示一次党费收缴情况；党员组织关系转接及时规范。",
                 "未按月交纳的，每人次扣0.1分，最高扣1分；党费公示每少1次扣0.5分；组织关系转接不及时的，每人扣0.5分。",
                 "党费收缴台账、公示照片"),
        )),
        Section("作用发挥", "作用发挥\n（35分）", 35, (
            _row("示范引领", 6,
                 "设立“党员示范岗”“党员先锋班级”不少于3个；党员教师担任班主任、备课组长等骨干岗位的比例不低于百分之五十。",
                 "示范岗、先锋班级每少1个扣1分；比例每低10个百分点扣1分，最高扣2分；示范岗作用发挥不明显的，酌情扣0.5-1分。",
                 "示范岗名单、教务处提供"),
            _row("结对帮扶", 6,
                 "党员教师每人结对帮扶学困生、留守学生不少于2名，每月谈心一次，建立帮扶档案；每学期家访不少于5户。",
                 "结对不足2名的，每人扣0.2分，最高扣1.5分；谈心每少1人次扣0.1分，最高扣1.5分；无帮扶档案的扣1分；家访不足5户的，每人扣0.2分，最高扣"
                 "2分。",
                 "帮扶档案、家访记录"),
            _row("教学质量", 8,
                 "党员教师每学期上示范课（公开课）不少于1节；年级学业质量达到学校下达的年度目标；党员教师年度考核“优秀”等次比例高于全校教师平均水平。",
                 "示范课每少1人次扣0.3分，最高扣2分；学业质量目标未完成的，酌情扣1-3分；党员教师“优秀”比例低于全校平均水平的扣1分。",
                 "听课记录、教务处提供"),
            _row("家校共育", 5,
                 "每学期召开家长会不少于1次，党员教师在家长学校授课；与社区党组织结对共建，签订共建协议，每年开展共建活动不少于2次。",
                 "家长会每少1次扣1分；未签订共建协议的扣1分；共建活动每少1次扣0.5分。",
                 "共建协议、活动照片"),
            _row("志愿服务", 5,
                 "党员教师每年参加志愿服务不少于4次；在校门口设立党员护学岗，上下学高峰时段值守。",
                 "志愿服务不足4次的，每人扣0.2分，最高扣2分；未设立党员护学岗的扣1分；护学岗值守不到位的，酌情扣0.5-1分。",
                 "志愿服务登记表、照片"),
            _row("安全稳定", 5,
                 "每学期开展一次学生心理健康排查，建立重点学生关爱台账；年级全年不发生重大安全责任事故。",
                 "心理排查每少1次扣1分；无关爱台账的扣1分；发生重大安全责任事故的，本项不得分。",
                 "排查记录、关爱台账"),
        )),
        Section("基础保障", "基础保障\n（15分）", 15, (
            _row("计划总结", 5,
                 "年初制定支部工作计划，年底形成工作总结；支部书记年底向党总支述职；支部台账分类归档。",
                 "缺计划或总结的，每项扣1分；书记未述职的扣2分；台账归档不规范的，酌情扣0.5-1分。",
                 "工作计划、工作总结、述职报告"),
            _row("阵地建设", 5,
                 "设立年级党员活动室，有标识、有党旗、有入党誓词，“三会一课”等制度上墙；每学期更新一次年级党建宣传栏。",
                 "无党员活动室的扣2分；标识、党旗、入党誓词每缺一项扣0.3分；制度未上墙的扣0.5分；宣传栏每少更新1次扣0.5分。",
                 "实地查看"),
            _row("宣传报道", 5,
                 "每学期在学校公众号发布年级党建信息不少于3条；每年向市教育局党委报送信息被采用不少于1篇。",
                 "信息每少1条扣0.5分，最高扣2分；报送信息未被采用的扣1分；宣传内容出现错误导向的，本项不得分。",
                 "公众号截图、采用通知"),
        )),
    ),
)

HEADER = ["一级指标", "二级指标", "分值", "评价要点", "评分标准", "佐证材料"]
NOTES = (
    "备注：",
    "1.本表由学校党总支于2026年1月期末考试后组织评价，考评范围为2025年春季、秋季两个学期，表中“每学期”指上述两个学期；校长办公室、教务处、德育处、"
    "工会参加。",
    "2.各项扣分以该项分值为限，扣完为止。",
    "3.评价得分90分以上的为“优秀”，80—89分的为“良好”，70—79分的为“合格”，70分以下的为“不合格”；评价结果作为年级党支部书记年度考核和评先评优的"
    "重要依据。",
)


def build(t: Table, path: Path) -> None:
    import docx

    ncols = len(HEADER)
    n_rows = 1 + sum(len(s.rows) for s in t.sections) + 1
    document = docx.Document()
    docx_title(document, t.title, 15)
    docx_centred(document, "（评价对象：高一、高二、高三年级党支部）")
    document.add_paragraph("年级党支部：                支部书记：                党员人数：")
    tbl = docx_grid_table(document, n_rows, ncols, HEADER)
    r = 1
    for s in t.sections:
        top = r
        for row in s.rows:
            cells = ((1, row.indicator), (2, _fmt(row.points)), (3, row.text), (4, row.scoring), (5, row.method))
            for c, v in cells:
                tbl.cell(r, c).text = v
            r += 1
        merge_cells(tbl, top, 0, r - 1, 0, s.printed)
    docx_total_row(tbl, r, 2, t.total)
    for line in NOTES:
        document.add_paragraph(line)
    document.save(str(path))
