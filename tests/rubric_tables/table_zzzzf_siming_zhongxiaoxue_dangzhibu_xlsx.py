"""思明区2025年度中小学校党支部建设考核评分表 (.xlsx), as the 区委教育工委 of 福建 厦门 思明 (its 组织科 with the 区教育局 督导室, 安全科 and
基础教育科 and the 区教育纪工委, a 考核组 going from school to school on the 鹭江 side of the island in late December, before the 期末考试) scores
the 党支部 of the 区属 公办 中小学: the old 小学 in the 骑楼 streets by 中山路 and the new 九年一贯制 schools in the 何厝 and 前埔 estates, the 中学
whose 党员 teachers are 班主任 and 教研组长, the 留守 and 随迁 children of the 外来务工 families, the 家长 who fill in the 满意度 问卷 on their
phones, the “双减” that ended the 有偿补课: a sheet whose 一级指标 are merged down the first column, whose 二级指标 names the point, whose 考核要点
prints the requirement with its figure, whose 评分细则 takes off by the 次, the 人 and the 百分点 or scores a rate in bands (示范岗 覆盖率, 学业
质量 合格率, 家长 and 学生 满意率), with a 一票否决 in four rows, and whose 佐证材料 names the papers the 支部 lays out: 政治引领 (a monthly 集中学习,
the 参学率 and a 每学期 专题研讨; a 每学期 专题研究 of the 意识形态, the 审核, the 讲座论坛 审批 and a 一票否决; the 党组织领导的校长负责制, the
“三重一大”, the 议事规则 and the 会议记录; the 师德承诺书 签订率, a 每学期 专题教育, no 有偿补课 and a 一票否决), 组织建设 (the 换届, the 3至5人, the
书记 and 24学时; the “三会一课” with the 书记's 党课 each 学期; the monthly 主题党日 and a yearly 现场教学; the 组织生活会, the 民主评议 and the 谈心谈话
覆盖率; one 积极分子, the 公示 and a 一票否决; 党费 按月 with a half-yearly 公示, the 积分 with a 每学期 公示 and the 转接), 作用发挥 (the 示范岗
覆盖率 in bands, the 年初 承诺 and 年底 践诺评议, a 示范课 each 学期; the 团队 汇报 each 学期 and the 辅导员; the 学业质量 合格率 in bands; two 结对
students, a 家访 each 学期 and the 作业 公示; the 报到率, four 志愿服务 and the 志愿服务队; the 家长 and 学生 满意率 in bands; a monthly 隐患排查, a
每学期 演练 and a 一票否决) and 责任落实 (the 年初 计划, the 半年小结 by 7月10日 and the 年终 总结; the 年底 述职, the 满意率 and the 教职工大会; a
每学期 警示教育, a 每学期 校务公开 and no 违规收费).

A merged title row, a merged "考核对象：区属公办中小学校党支部（含九年一贯制学校）" line and a merged "学校： 党支部： 考核组： 考核日期：" line
above the header 一级指标 | 序号 | 二级指标 | 考核要点 | 分值 | 评分细则 | 佐证材料 | 得分. The 一级指标 are MERGED CELLS down the first column, printed
WITHOUT an ordinal and WITH their points on ONE line, "政治引领（20分）". 序号 (SECOND column) runs 1..20 through the whole sheet, NOT restarting.
二级指标 (third column) is a short sub-label (`Row.indicator`); 考核要点 (`Row.text`) says what is required; 分值 is a plain number BEFORE the 评分
细则 (`Row.scoring`); 佐证材料 (`Row.method`) names the papers, joined by "、"; 得分 is blank. A 合计 row of 100 and a merged 说明 row close the
sheet. Counts in figures and Chinese numerals, nearly all in the 考核要点 ("每月组织一次（寒暑假除外）", "不低于百分之九十五", "每学期开展一次",
"每学期专题研究一次", "新学期开学前", "100%", "每学期开展一次", "按期", "3至5人", "每年…不少于24学时", "支委会每月召开1次，党员大会每季度召开1次，
党小组会每月召开1次，党课每季度1次", "每学期讲党课不少于1次", "每月开展一次", "每年…不少于1次", "每年召开", "100%", "年内…不少于1名", "不少于5个
工作日", "按月", "每半年公示一次", "每学期公示一次", "百分之八十", "年初", "年底", "每学期…不少于1节", "每学期听取一次", "百分之九十", "不少于2名",
"每学期…不少于1次", "每周", "100%", "每人每年…不少于4次", "每学年开展一次", "百分之九十", "百分之九十", "每月开展一次", "每学期开展一次", "年初",
"1月底前", "7月10日前", "年终", "年底", "不低于百分之八十五", "每年", "每学期开展一次", "每学期公开一次"); "最高扣" caps; "酌情扣0.5分" once and
"酌情扣1-2分" once; four sets of bands (the 示范岗 覆盖率 for 2 of the 6 points closed by "60%以下的不得分", the 学业质量 合格率 for all 5 closed by
"80%以下的不得分", the 家长 and the 学生 满意率 for 3 of the 6 each, closed by "80%以下的不得分"); four "实行一票否决，本项不得分"; two other plain
"本项不得分".
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
    name="zzzzf_siming_zhongxiaoxue_dangzhibu_xlsx",
    fmt="xlsx",
    title="思明区2025年度中小学校党支部建设考核评分表",
    numbering="printed",
    sections=(
        Section("政治引领", "政治引领（20分）", 20, (
            Row("党支部每月组织一次教职工党员集中学习（寒暑假除外），党员参学率不低于百分之九十五；每学期开展一次专题研讨。", 5,
                "集中学习每少1次扣0.5分；参学率每低1个百分点扣0.2分，最高扣1分；专题研讨每少1次扣0.5分。", "学习记录、签到表",
                indicator="理论学习"),
            Row("党支部每学期专题研究一次意识形态工作；落实课堂教学、教材教辅、校园网站和新媒体、讲座论坛审核管理；教师不在课堂、网络发表错误言论。",
                5,
                "专题研究每少1次扣1分；讲座论坛未履行审批的，每次扣1分；教师在课堂、网络发表错误言论的，每人扣2分；发生意识形态领域重大事件的，实行"
                "一票否决，本项不得分。", "会议纪要、讲座论坛审批表", indicator="意识形态"),
            Row("落实中小学校党组织领导的校长负责制，学校“三重一大”事项经党组织会议研究讨论后由校长办公会议决定；建立党组织会议和校长办公会议议事"
                "规则。", 5,
                "“三重一大”事项未经党组织会议研究的，每件扣1分，最高扣3分；无议事规则的扣1分；党组织会议记录不完整的扣0.5分。",
                "党组织会议记录、议事规则", indicator="领导体制"),
            Row("新学期开学前教师签订师德师风承诺书，签订率100%；每学期开展一次师德师风专题教育；严禁有偿补课、收受学生家长礼品礼金。", 5,
                "承诺书签订率每少1人扣0.2分，最高扣1分；专题教育每少1次扣0.5分；发现教师有偿补课、收受礼品礼金的，每人扣2分；发生师德失范造成恶劣"
                "影响的，实行一票否决，本项不得分。", "师德承诺书、专题教育记录", indicator="师德师风"),
        )),
        Section("组织建设", "组织建设（30分）", 30, (
            Row("党支部按期换届，支委会由3至5人组成；支部书记由学校领导班子中的党员担任；支部书记每年参加区委教育工委组织的培训不少于24学时。", 4,
                "未按期换届的扣2分；书记人选不符合要求的扣1分；书记培训学时不足的扣1分。", "换届批复", indicator="支部设置"),
            Row("支委会每月召开1次，党员大会每季度召开1次，党小组会每月召开1次，党课每季度1次；支部书记每学期讲党课不少于1次。", 7,
                "“三会一课”每少1次扣0.5分，最高扣4分；书记讲党课每少1次扣0.5分；会议记录补记、代签的，本项不得分。", "会议记录本",
                indicator="“三会一课”"),
            Row("每月开展一次主题党日，结合“开学第一课”“红领巾心向党”等确定主题；每年组织党员到红色教育基地开展现场教学不少于1次。", 5,
                "主题党日每少1次扣0.5分，最高扣3分；活动主题不鲜明、内容雷同的，酌情扣0.5分；未开展现场教学的扣1分。", "活动方案、活动照片",
                indicator="主题党日"),
            Row("每年召开组织生活会，开展民主评议党员；会前支部书记与每名党员谈心谈话，谈心谈话覆盖率100%。", 5,
                "未召开组织生活会的扣2分；未开展民主评议党员的扣1分；谈心谈话覆盖率每低10个百分点扣0.5分，最高扣1.5分。",
                "会议记录、民主评议测评表、谈心谈话记录", indicator="组织生活会"),
            Row("注重在青年教师、优秀班主任和学科骨干中发展党员，年内确定入党积极分子不少于1名；发展对象公示不少于5个工作日；严格执行发展党员工作"
                "程序。", 5,
                "未确定入党积极分子的扣1分；发展对象未公示的扣1分；违反程序发展党员的，实行一票否决，本项不得分。", "发展党员工作档案",
                indicator="发展党员"),
            Row("党员按月交纳党费，每半年公示一次；推行党员积分管理，每学期公示一次积分；退休教师党员组织关系转接及时。", 4,
                "党费未按月交纳的，每人次扣0.1分，最高扣1分；党费公示每少1次扣0.5分；积分公示每少1次扣0.5分；组织关系转接不及时的，每人扣0.2分。",
                "党费收缴台账、积分台账", indicator="党员管理"),
        )),
        Section("作用发挥", "作用发挥（35分）", 35, (
            Row("设立党员示范岗、党员先锋岗，党员示范岗覆盖率达到百分之八十；党员教师年初公开承诺，年底践诺评议；党员教师每学期开设示范课不少于1节。",
                6,
                "示范岗覆盖率80%以上的得2分，60%（含）—80%的得1分，60%以下的不得分；未开展承诺践诺的扣1分；示范课每少1节扣0.2分，最高扣2分。",
                "示范岗名单、承诺书、听课记录", indicator="先锋示范"),
            Row("党支部领导学校共青团、少先队工作，每学期听取一次团队工作汇报；选派党员教师担任少先队辅导员。", 5,
                "未听取团队工作汇报的，每次扣0.5分；少先队辅导员配备不到位的扣1分；团队活动开展不正常的，酌情扣1-2分。", "会议记录、活动照片",
                indicator="党建带团建队建"),
            Row("党员教师在教育教学中发挥示范作用，党员教师所任学科区学业质量监测合格率达到百分之九十。", 5,
                "合格率90%以上的得5分，85%（含）—90%的得4分，80%（含）—85%的得2分，80%以下的不得分。", "区教育局质量监测报告",
                indicator="教育质量"),
            Row("党员教师每人结对帮扶学困生、留守儿童或家庭困难学生不少于2名，每学期家访不少于1次；落实“双减”要求，班级作业每周公示。", 5,
                "结对不足的，每人扣0.2分，最高扣1分；家访每少1次扣0.2分，最高扣1分；作业未公示的扣0.5分；违反“双减”规定被查处的，本项不得分。",
                "结对帮扶台账、家访记录", indicator="关爱学生"),
            Row("党员教师到居住地社区报到率100%，每人每年参加社区志愿服务不少于4次；组建党员志愿服务队开展“四点半课堂”等志愿服务。", 4,
                "报到率每低5个百分点扣0.5分；志愿服务不足4次的，每人扣0.1分，最高扣1分；未组建志愿服务队的扣1分。", "报到回执、志愿服务记录",
                indicator="志愿服务"),
            Row("每学年开展一次家长、学生满意度测评，家长满意率达到百分之九十，学生满意率达到百分之九十。", 6,
                "家长满意率90%以上的得3分，85%（含）—90%的得2分，80%（含）—85%的得1分，80%以下的不得分；学生满意率90%以上的得3分，85%（含）—90%"
                "的得2分，80%（含）—85%的得1分，80%以下的不得分。", "满意度测评问卷", indicator="群众满意"),
            Row("落实校园安全“一岗双责”，每月开展一次校园安全隐患排查；每学期开展一次应急疏散演练；不发生校园安全责任事故。", 4,
                "隐患排查每少1次扣0.5分；应急演练每少1次扣0.5分；发生一般安全责任事故的，每起扣2分；发生重大安全责任事故的，实行一票否决，本项"
                "不得分。", "隐患排查记录、演练照片", indicator="安全稳定"),
        )),
        Section("责任落实", "责任落实（15分）", 15, (
            Row("年初制定党建工作计划，1月底前报区委教育工委；7月10日前报送半年工作小结；年终形成年度工作总结。", 5,
                "缺一项扣1分；未按时报送的，每项扣0.5分。", "工作计划、半年小结、工作总结", indicator="计划总结"),
            Row("支部书记年底向区委教育工委述职，接受教职工代表测评，满意率不低于百分之八十五；每年在教职工大会上报告党建工作。", 5,
                "未述职的扣2分；测评满意率低于85%的扣1分；未在教职工大会上报告的扣1分。", "述职报告、测评表", indicator="述职评议"),
            Row("每学期开展一次警示教育；落实校务公开，每学期公开一次教辅征订、服务性收费等事项；严禁违规收费。", 5,
                "警示教育每少1次扣0.5分；校务公开每少1次扣0.5分；发现违规收费的，每起扣2分；党员教师受到党纪政务处分的，每人扣2分。",
                "警示教育记录、公开照片", indicator="党风廉政"),
        )),
    ),
)

HEADER = ["一级指标", "序号", "二级指标", "考核要点", "分值", "评分细则", "佐证材料", "得分"]
NOTE = ("说明：1.本表由区委教育工委于12月组织考核，区教育局相关科室配合，采取查阅资料、实地查看、个别访谈、问卷测评相结合的方式进行；2.各项扣分"
        "以该项分值为限，扣完为止；3.学业质量监测合格率以区教育局年度监测报告为准，满意率以区教育局网络问卷统计为准；4.一票否决事项：发生意识形态"
        "领域重大事件、师德失范造成恶劣影响、违反程序发展党员、发生重大安全责任事故的，所在项目不得分，学校党支部年度考核不得评为“优秀”；5.考核"
        "得分90分以上的为“优秀”，80—89分的为“良好”，70—79分的为“合格”，70分以下的为“不合格”。")


def build(t: Table, path: Path) -> None:
    import openpyxl
    from openpyxl.styles import Alignment, Font

    ncols = len(HEADER)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "中小学党支部考核"
    center = Alignment(horizontal="center", vertical="center", wrap_text=True)
    wrap = Alignment(vertical="center", wrap_text=True)
    xlsx_title(ws, t.title, ncols, Font(name="方正小标宋简体", size=16), center)
    xlsx_line(ws, "考核对象：区属公办中小学校党支部（含九年一贯制学校）", ncols)
    xlsx_line(ws, "学校：              党支部：              考核组：              考核日期：", ncols)
    xlsx_header(ws, HEADER, ncols)
    first = ws.max_row
    number = 0
    for s in t.sections:
        top = ws.max_row + 1
        for i, row in enumerate(s.rows):
            number += 1
            ws.append([s.printed if i == 0 else None, number, row.indicator, row.text, row.points, row.scoring, row.method, None])
            for c in (4, 6, 7):
                ws.cell(ws.max_row, c).alignment = wrap
            for c in (2, 3, 5):
                ws.cell(ws.max_row, c).alignment = center
        xlsx_merge_down(ws, 1, top, ws.max_row, center)
    xlsx_total_row(ws, t.total, 5, ncols, center)
    xlsx_borders(ws, first, ncols)
    xlsx_note(ws, NOTE, ncols, 92)
    xlsx_widths(ws, (12, 6, 12, 46, 6, 50, 22, 7))
    wb.save(str(path))
