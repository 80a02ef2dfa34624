"""潍坊市技师学院党委2025年度教工党支部工作考核评分表 (.xlsx), as the 党委 of a 技工院校 in 山东 潍坊 (its 组织人事处 with the 宣传统战部, the 教务处,
the 学生处, the 校企合作处 and the 纪委办公室, a 考核组 that sits with each 支部 in the week before the 寒假, when the 期末 技能考核 is being marked in the
实训楼, the 数控 and 汽修 students are back from their 顶岗实习 in the 潍柴 and 歌尔 workshops, the 风筝 classes of the 非遗 工作室 are making kites for the
spring and the 学院 is writing up its 技能大赛 results for the 省人社厅) scores the 教工党支部 of a 技师学院: the 支部 of the 机电 and 数控 系部 whose 党员
are 一体化教师 and 技能大师, the 支部 of the 汽车工程系 beside the 实训基地, the 支部 of the 职能处室 and the 后勤: a sheet whose 考核要点 prints what the
支部 must have done, whose 计分方法 takes points off one clause at a time (scoring the 参学率 and the 年底 满意度 in bands and grading the 先锋岗 作用 by
好/较好/一般) and whose 佐证材料 names the papers: 政治学习 (the “第一议题”, a monthly 集中学习 and the 参学率 in bands; 32学时 with 16 网络学时 and the
书记's 5天; a 每学期 研判, the “三审三校” and a 一票否决; a 每学期 专题教育, the 承诺书 签订率 and no 失范), 组织建设 (the “三会一课”, a 每学期 党课 of the 书记
and a yearly one of a 系部主任 or 技能大师 and the 记录; the 主题党日 with 方案、签到、记录 and one 现场教学; the 组织生活会, the 征求意见, the 谈心谈话 全覆盖,
the 民主评议 and the 整改清单; 党费 按月 with a half-yearly 公示, the 转接 and the 准确率; one 积极分子 or 发展对象, the 公示 and a "本项不得分"; the
“双带头人”, the 换届 and one 支委 under 45), 作用发挥 (the “党建+专业建设”, a 每学期 公开课 each and the 取证率; two 奖项, the 服务队 and three 技术服务; one
共建协议, a 每学期 联学联建 and the 订单班; three to five 学生 each, a monthly 谈心 and a monthly 走访 of the 实习生; two 先锋岗, the 亮身份, the 优秀等次比例
and the graded 作用; the 年底 满意度 in bands) and 基础保障 (the 年初 计划 and its 备案, the 半年 小结, the 年底 总结, the 年底 述职 and the “好”等次比例; the
标识、制度、书报, the 手册 by month and the 归档; the 年初 责任书, a 每学期 警示教育, the 风险点 and no 处分).

A merged title row, a merged "考核对象：学院各教工党支部（含系部、职能处室党支部）" line and a merged "党支部：    考核组：    考核日期：" line above the
header 序号 | 考核内容 | 考核要点 | 分值 | 计分方法 | 佐证材料. Each category is a SECTION ROW merged across the sheet, printed WITH an ordinal and WITH its
points on one line, "一、政治学习（20分）"; 序号 (FIRST column) runs 1..19 through the sheet, NOT restarting under the section rows. 考核内容 (SECOND column)
is a short name on every row (`Row.indicator`); 考核要点 (`Row.text`) says what is required; 分值 is a plain number BEFORE the 计分方法 (`Row.scoring`);
佐证材料 (`Row.method`) last, naming the papers, joined by "、". A 合计 row of 100 and a merged 说明 row close the sheet. The year of the sheet is the
calendar year but its 学期 are printed: counts in figures and Chinese numerals, nearly all in the 考核要点 ("每月开展一次", "百分之九十五以上", "每人每年…不少
于32学时", "不少于16学时", "每年…不少于5天或40学时", "每学期开展一次", "全年", "每学期开展一次", "100%", "全年", "支部委员会每月召开1次，党员大会每季度召开
1次，党小组会每月召开1次，党课每季度1次", "每学期讲党课不少于1次", "每年不少于1次", "每月开展一次", "年内…不少于1次", "每年召开一次", "全覆盖", "按月",
"每半年公示一次", "100%", "年内…不少于1名", "不少于5个工作日", "按期", "45周岁以下…不少于1名", "每学期至少…1节", "百分之九十", "年内…不少于2项", "年内…
不少于3次", "不少于1家", "每学期开展一次", "3至5名", "每月至少…一次", "每月…不少于1次", "不少于2个", "不低于百分之三十", "年底", "百分之九十", "年初",
"年中", "年底", "年底", "不低于百分之八十", "按月", "年初", "每学期开展一次", "全年"); "最高扣" caps; bands of the 参学率 (3 of the 6 points, closed by "90%
以下的不得分") and of the 年底 满意度 (all 7, closed by "80%以下的不得分"); the 先锋岗 作用 graded "好的得1.5分，较好的得1分，一般的不得分"; "每低5个百分点"
once; "酌情扣0.5-1分" four times and "酌情扣1-2分" once; one "实行一票否决，本项不得分" and one other "本项不得分".
"""

from __future__ import annotations

from pathlib import Path

from .build_helpers import (
    xlsx_borders,
    xlsx_header,
    xlsx_line,
    xlsx_note,
    xlsx_title,
    xlsx_total_row,
    xlsx_widths,
)
from .model import Row, Section, Table


def _row(label: str, text: str, points: float, scoring: str, proof: str) -> Row:
    """One row in the order the sheet prints it: 考核内容 (a short name), 考核要点, 分值, 计分方法, 佐证材料."""
    return Row(text, points, scoring, proof, indicator=label)


TABLE = Table(
    name="zzzzzi_weifang_jishi_xueyuan_jiaogong_zhibu_xlsx",
    fmt="xlsx",
    title="潍坊市技师学院党委2025年度教工党支部工作考核评分表",
    numbering="printed",
    sections=(
        Section("政治学习", "一、政治学习（20分）", 20, (
            _row("理论学习",
                 "落实“第一议题”制度，支部每月开展一次集中政治理论学习；教职工党员参学率达到百分之九十五以上。", 6,
                 "未落实“第一议题”制度的扣1分；集中学习每少1次扣0.5分，最高扣2分；参学率98%以上的得3分，95%（含）—98%的得2分，90%（含）—95%的得1分，90%"
                 "以下的不得分。",
                 "学习记录、签到表"),
            _row("学习培训",
                 "党员每人每年参加集中学习培训不少于32学时，其中网络学习不少于16学时；支部书记每年参加学院党委组织的培训不少于5天或40学时。", 5,
                 "党员学时不足32学时的，每人扣0.2分，最高扣2分；网络学习学时不足的，每人扣0.1分，最高扣1分；支部书记培训不足的扣1.5分。",
                 "学时登记表、网络学习平台截图、培训证书"),
            _row("意识形态",
                 "每学期开展一次意识形态分析研判；课堂教学、实训教材选用和系部微信公众号发布落实“三审三校”；全年不发生意识形态领域负面事件。", 5,
                 "研判每少1次扣1分；未落实“三审三校”的，每次扣0.5分，最高扣1.5分；发生意识形态领域负面事件的，实行一票否决，本项不得分。",
                 "研判记录、审核登记表"),
            _row("师德师风",
                 "每学期开展一次师德师风专题教育；党员教师签订师德承诺书，签订率100%；全年无有偿补课、违规收受学生家长礼品等师德失范行为。", 4,
                 "专题教育每少1次扣1分；签订率低于100%的扣1分；发生师德失范行为经查实的，每起扣2分。",
                 "专题教育记录、师德承诺书"),
        )),
        Section("组织建设", "二、组织建设（30分）", 30, (
            _row("三会一课",
                 "支部委员会每月召开1次，党员大会每季度召开1次，党小组会每月召开1次，党课每季度1次；支部书记每学期讲党课不少于1次；邀请系部主任、技能大师为"
                 "党员讲党课每年不少于1次。", 7,
                 "“三会一课”每少1次扣0.5分，最高扣3分；书记讲党课每少1次扣1分；未邀请系部主任、技能大师讲党课的扣1分；会议记录要素不全的，酌情扣0.5-1分。",
                 "会议记录本、签到表、党课讲稿"),
            _row("主题党日",
                 "每月开展一次主题党日活动，做到有方案、有签到、有记录；年内组织党员到王尽美故居、潍县乐道院等红色教育基地开展现场教学不少于1次。", 5,
                 "主题党日每少1次扣0.3分，最高扣2分；方案、签到、记录每缺一项扣0.2分，最高扣1分；未开展现场教学的扣1分。",
                 "活动方案、签到表、活动照片"),
            _row("组织生活",
                 "每年召开一次组织生活会，会前广泛征求师生意见，支委之间、支委与党员之间谈心谈话全覆盖；会后开展民主评议党员，针对查摆问题制定整改清单。", 5,
                 "未召开组织生活会的扣2分；未征求意见的扣0.5分；谈心谈话每少1人扣0.2分，最高扣1分；未开展民主评议党员的扣1分；无整改清单的扣0.5分。",
                 "会议记录、谈心谈话记录、民主评议测评表"),
            _row("党员管理",
                 "党员按月交纳党费，每半年公示一次党费收缴情况；退休教职工党员组织关系转接及时；全国党员管理信息系统信息准确率100%。", 5,
                 "未按月交纳党费的，每人次扣0.1分，最高扣1分；党费公示每少1次扣0.5分；组织关系转接不及时的，每人扣0.5分，最高扣1分；信息准确率低于100%的"
                 "扣1分。",
                 "党费收缴台账、公示照片"),
            _row("发展党员",
                 "年内在青年教师、一体化教师、技能大师中确定入党积极分子或发展对象不少于1名；严格执行发展党员程序，发展对象公示不少于5个工作日。", 4,
                 "未确定积极分子或发展对象的扣2分；发展对象未公示的扣1分；违反程序发展党员的，本项不得分。",
                 "入党申请书、培养考察记录、公示材料"),
            _row("支部班子",
                 "教工党支部书记由“双带头人”担任；支部按期换届；支委会中45周岁以下委员不少于1名。", 4,
                 "支部书记不是“双带头人”的扣2分；未按期换届的扣1.5分；无45周岁以下委员的扣0.5分。",
                 "支委分工文件、换届批复"),
        )),
        Section("作用发挥", "三、作用发挥（35分）", 35, (
            _row("党建+教学",
                 "开展“党建+专业建设”活动，党员教师每人每学期至少上1节公开课或示范课；党员教师所带班级学生职业技能等级证书取证率达到百分之九十。", 6,
                 "公开课、示范课每少1人次扣0.2分，最高扣2分；取证率每低5个百分点扣0.5分，最高扣2分；“党建+专业建设”活动流于形式的，酌情扣1-2分。",
                 "听课记录、取证统计表"),
            _row("技能攻关",
                 "党员教师带头指导学生参加技能大赛，年内获得市级以上奖项不少于2项；组建党员教师技术服务队，年内为合作企业开展技术攻关、员工培训不少于3次。", 6,
                 "市级以上奖项每少1项扣1分；未组建技术服务队的扣1分；技术服务每少1次扣0.5分，最高扣1.5分。",
                 "获奖证书、技术服务记录"),
            _row("校企共建",
                 "支部与合作企业党组织签订结对共建协议不少于1家，每学期开展一次联学联建活动；推动订单班、现代学徒制项目落地。", 5,
                 "未签订共建协议的扣1.5分；联学联建每少1次扣1分；订单班、现代学徒制项目未落地的，酌情扣0.5-1分。",
                 "共建协议、活动照片"),
            _row("联系学生",
                 "党员教师每人联系3至5名学生（含家庭困难学生、心理重点关注学生），每月至少谈心一次；学生顶岗实习期间，党员教师每月到企业走访实习生不少于1次。",
                 6,
                 "联系学生未落实的，每人扣0.2分，最高扣1.5分；谈心每少1次扣0.1分，最高扣1.5分；实习走访每少1次扣0.3分，最高扣1.5分。",
                 "联系学生名单、谈心记录、走访记录"),
            _row("先锋示范",
                 "设立“党员先锋岗”“党员示范课堂”不少于2个，党员亮身份、作表率；党员教师年度考核优秀等次比例不低于百分之三十。", 5,
                 "先锋岗、示范课堂每少1个扣1分；未亮身份的扣0.5分；优秀等次比例低于30%的扣1分；先锋岗作用发挥由考核组评定，好的得1.5分，较好的得1分，一般"
                 "的不得分。",
                 "先锋岗名单、挂牌照片"),
            _row("师生满意",
                 "学院党委年底组织师生代表对支部工作开展满意度测评，满意度达到百分之九十。", 7,
                 "满意度95%以上的得7分，90%（含）—95%的得5.5分，85%（含）—90%的得4分，80%（含）—85%的得2分，80%以下的不得分。",
                 "测评统计表"),
        )),
        Section("基础保障", "四、基础保障（15分）", 15, (
            _row("计划述职",
                 "年初制定支部工作计划，报学院党委组织人事处备案；年中形成半年工作小结；年底形成年度工作总结；支部书记年底向学院党委述职，述职评议“好”等次"
                 "比例不低于百分之八十。", 6,
                 "缺计划、小结或总结的，每项扣1分；计划未备案的扣0.5分；书记未述职的扣2分；“好”等次比例低于80%的扣1分。",
                 "工作计划、半年小结、工作总结、述职报告"),
            _row("阵地台账",
                 "支部活动场所有标识、有制度、有书报；支部工作手册按月填写，台账资料分类归档。", 4,
                 "标识、制度、书报每缺一项扣0.5分；工作手册未按月填写的，每月扣0.2分，最高扣1.5分；台账归档不规范的，酌情扣0.5-1分。",
                 "支部工作手册、场所照片"),
            _row("党风廉政",
                 "年初签订党风廉政建设责任书；每学期开展一次廉政警示教育；招生、实训设备采购、技能鉴定等重点岗位廉政风险点排查到位；全年支部党员无违纪违法"
                 "问题。", 5,
                 "未签订责任书的扣1分；警示教育每少1次扣0.5分；风险点排查不到位的，酌情扣0.5-1分；支部党员受到党纪政务处分的，每人扣2分。",
                 "责任书、警示教育记录、风险点排查表"),
        )),
    ),
)

HEADER = ["序号", "考核内容", "考核要点", "分值", "计分方法", "佐证材料"]
NOTE = ("说明：1.本表由学院党委于寒假前组织考核，组织人事处牵头，宣传统战部、教务处、学生处、校企合作处、纪委办公室参加，采取听取汇报、查阅佐证材料、"
        "个别谈话、问卷测评相结合的方式进行，以2025年1月1日至考核之日形成的资料为准；2.各项扣分以该项分值为限，扣完为止；计分方法列明得分档次或等次"
        "的，按档次、等次计分；寒暑假期间不计“三会一课”和主题党日次数；3.职能处室党支部“党建+教学”“技能攻关”两项按服务教学一线情况评价；4.考核得分90分"
        "以上的为“好”，80—89分的为“较好”，70—79分的为“一般”，70分以下的为“差”，考核结果作为评选“样板党支部”的重要依据。")


def build(t: Table, path: Path) -> None:
    import openpyxl
    from openpyxl.styles import Alignment, Font

    ncols = len(HEADER)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "教工党支部考核"
    center = Alignment(horizontal="center", vertical="center", wrap_text=True)
    wrap = Alignment(vertical="center", wrap_text=True)
    xlsx_title(ws, t.title, ncols, Font(name="黑体", size=16, bold=True), center)
    xlsx_line(ws, "考核对象：学院各教工党支部（含系部、职能处室党支部）", ncols)
    xlsx_line(ws, "党支部：              考核组：              考核日期：", ncols)
    xlsx_header(ws, HEADER, ncols)
    first = ws.max_row
    number = 0
    for s in t.sections:
        xlsx_line(ws, s.printed, ncols)
        ws.cell(ws.max_row, 1).font = Font(bold=True)
        for row in s.rows:
            number += 1
            ws.append([number, row.indicator, row.text, row.points, row.scoring, row.method])
            for c in (3, 5, 6):
                ws.cell(ws.max_row, c).alignment = wrap
            for c in (1, 2, 4):
                ws.cell(ws.max_row, c).alignment = center
    xlsx_total_row(ws, t.total, 4, ncols, center)
    xlsx_borders(ws, first, ncols)
    xlsx_note(ws, NOTE, ncols, 95)
    xlsx_widths(ws, (6, 12, 52, 6, 52, 22))
    wb.save(str(path))
