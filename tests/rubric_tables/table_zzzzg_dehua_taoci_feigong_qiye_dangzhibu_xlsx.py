"""德化县陶瓷行业党委2025年度非公企业党组织党建工作考核评分表 (.xlsx), as the 陶瓷行业党委 of 福建 泉州 德化 (set up by the 县委两新工委 with
the 县陶瓷产业发展服务中心, the 县总工会, the 应急管理局 and the 生态环境局 德化分局, a 考核组 going round the 窑 and the 车间 in December, when the
export orders for the 圣诞 are shipped and the 春节 orders begin) scores the 党支部 and 联合党支部 of the 陶瓷企业 of the 瓷都: the 规上 factories of
the 日用瓷 and 工艺瓷 that sell to 欧美 through 厦门港, the family 作坊 of the 白瓷 masters grouped by 片区 into 联合党支部, the 成型, 烧成 and 彩绘
车间 that run in shifts, the 外来务工 workers from 贵州 and 江西 whose 组织关系 stayed at home, the 工艺美术师 who take 徒弟, the 窑炉 and the 粉尘
the 安全 inspectors look for: a sheet printed with section rows, whose 考核要点 prints what the 党组织 must have done with its figures and rates,
whose 计分方法 takes points off one clause at a time, and whose 佐证材料 column names the papers: 组织覆盖 (the 单独 and 联合 组建, the 工作覆盖率 and
the 联络员; the 换届, 3至5人 and the 书记's 培训; a quarterly 摸排, the 底数台账 and the 转入率; a quarterly 党企联席会议, the 列席 and the 重大事项),
组织生活 (the “三会一课” without a 党小组会 and the 参与率 of the 倒班 党员; the monthly 主题党日 with 方案 and 照片; the 组织生活会, the 对照检查材料,
the 民主评议 and its 公开; the 党费 with a half-yearly 公示, one 积极分子 and the 公示 of the 发展对象; 24学时), 作用发挥 (three 先锋岗, the 承诺, the
年底 评诺 and the 车间覆盖率; the 攻关小组, one 项目 and the 带徒; a quarterly 群团 活动, the 职工参与率, the 帮扶台账 and a 一票否决; a monthly 安全检查
and no 事故; the 志愿服务队, a quarterly 志愿服务 and the 报到率; the 文化长廊 and the 满意度 in bands; two 推荐 and the “双培养”台账) and 基础保障
(the 场所 of 40平方米 with its 制度; the 经费 and its 台账; the 年初 计划, the 半年小结 by 7月15日, the 年终 总结 and the 年底 述职; a deduction-only
line on 失信, 处分 and 污染).

A merged title row, a merged "考核对象：全县陶瓷企业党支部、片区陶瓷企业联合党支部" line and a merged "党组织名称： 所属片区： 考核日期：" line above
the header 序号 | 考核要点 | 计分方法 | 分值 | 佐证材料 | 得分. Each category is a SECTION ROW merged across the sheet, printed WITH an ordinal and its
points on one line, "一、组织覆盖（20分）". 序号 (FIRST column) runs 1..20 through the sheet, NOT restarting under the section rows. There is no short
sub-label: 考核要点 (`Row.text`) says what is required; 计分方法 (`Row.scoring`) scores it; 分值 is a plain number AFTER the 计分方法; 佐证材料
(`Row.method`) names the papers, joined by "、" ("—" on the deduction-only line); 得分 is blank. A 合计 row of 100 and a merged 说明 row close the
sheet. Counts in figures and Chinese numerals, nearly all in the 考核要点 ("3名以上", "不足3名", "100%", "1名", "按期", "3至5人", "每年…不少于1次",
"每季度开展一次", "百分之八十五", "每季度召开一次", "支部委员会每月召开1次，党员大会每季度召开1次，党课每季度1次", "百分之九十", "每月开展一次", "每年
召开一次", "按月", "每半年公示一次", "年内…不少于1名", "不少于5个工作日", "每年…不少于24学时", "不少于3个", "年底", "百分之八十", "年内…不少于1个",
"不少于1名", "每季度不少于1次", "百分之七十", "每月参与一次", "每季度…不少于1次", "100%", "百分之九十", "年内推荐不少于2名", "不少于40平方米", "年初",
"7月15日前", "年终", "年底"); "最高扣" caps; "酌情扣1-2分" once; one set of bands (the 满意度, for 4 of the 5 points, closed by "80%以下的不得分"); two
"实行一票否决，本项不得分"; four other plain "本项不得分"; one line is deduction-only ("（本项为扣分项）").
"""

from __future__ import annotations

from pathlib import Path

from .build_helpers import xlsx_borders, xlsx_header, xlsx_line, xlsx_note, xlsx_title, xlsx_total_row, xlsx_widths
from .model import Row, Section, Table


def _row(text: str, scoring: str, points: float, method: str) -> Row:
    """One row in the order the sheet prints it: 考核要点, 计分方法, 分值, 佐证材料."""
    return Row(text, points, scoring, method)


TABLE = Table(
    name="zzzzg_dehua_taoci_feigong_qiye_dangzhibu_xlsx",
    fmt="xlsx",
    title="德化县陶瓷行业党委2025年度非公企业党组织党建工作考核评分表",
    numbering="printed",
    sections=(
        Section("组织覆盖", "一、组织覆盖（20分）", 20, (
            _row("有3名以上正式党员的陶瓷企业单独建立党支部，不足3名的按片区就近组建联合党支部；联合党支部所覆盖企业党的工作覆盖率达到100%，每家成员"
                "企业明确1名党建联络员。",
                "符合条件未单独建立党支部的扣2分；工作覆盖率每低10个百分点扣1分，最高扣2分；党建联络员每缺1名扣0.2分。", 5,
                "党支部成立批复、成员企业名单、联络员名单"),
            _row("支部按期换届，支委会由3至5人组成；企业出资人或高管是党员的，一般推荐担任支部书记；支部书记每年参加县级以上培训不少于1次。",
                "未按期换届的扣2分；支委配备不齐的扣1分；书记未参加培训的扣1分。", 5, "换届批复、培训签到表"),
            _row("每季度开展一次党员和流动党员摸排，建立党员底数台账；动员组织关系不在企业的外来务工党员转接组织关系，党员组织关系转入率达到百分之八十五。",
                "摸排每少1次扣0.5分；无底数台账的扣1分；转入率每低5个百分点扣0.5分，最高扣2分。", 5, "摸排登记表、组织关系介绍信存根"),
            _row("党组织与企业管理层建立沟通协商机制，每季度召开一次党企联席会议；支部书记列席企业经营管理会议；企业发展规划、职工权益等重大事项听取"
                "党组织意见。",
                "联席会议每少1次扣0.5分；书记未列席的扣1分；重大事项未听取党组织意见的，每件扣1分，扣完为止。", 5, "联席会议记录、经营管理会议记录"),
        )),
        Section("组织生活", "二、组织生活（25分）", 25, (
            _row("支部委员会每月召开1次，党员大会每季度召开1次，党课每季度1次；针对企业倒班生产、订单旺季加班多的特点，采取“错时+线上”方式开展组织"
                "生活，党员参与率达到百分之九十。",
                "“三会一课”每少1次扣0.5分，最高扣4分；党员参与率每低5个百分点扣0.5分，最高扣1.5分；会议记录补记、代签的，本项不得分。", 7,
                "会议记录本、签到表、线上会议截图"),
            _row("每月开展一次主题党日，可与所在村（社区）党组织、上下游企业党组织联合开展；主题党日结合陶瓷技艺传承、安全生产等内容，有方案、有记录、"
                "有照片。",
                "主题党日每少1次扣0.3分，最高扣2分；缺方案、照片的，每次扣0.2分，最高扣1分。", 5, "活动方案、活动照片"),
            _row("每年召开一次组织生活会，党员撰写对照检查材料，开展批评和自我批评；开展民主评议党员，评议结果向企业党员公开。",
                "未召开组织生活会的扣2分；缺对照检查材料的，每人扣0.2分，最高扣1分；未开展民主评议党员的扣1分；评议结果未公开的扣0.5分。", 5,
                "组织生活会记录、民主评议测评表"),
            _row("党员按月交纳党费，每半年公示一次党费收缴情况；年内确定入党积极分子不少于1名，注重从技术骨干、陶瓷工艺师、一线班组长中发展党员；发展"
                "对象公示不少于5个工作日。",
                "未按月交纳的，每人次扣0.1分，最高扣1分；公示每少1次扣0.5分；未确定入党积极分子的扣1分；发展对象未公示的扣1分；违反程序发展党员的，"
                "实行一票否决，本项不得分。", 5, "党费收缴台账、入党积极分子培养考察登记表"),
            _row("党员每年参加集中学习培训不少于24学时，依托“八闽党建云”“学习强国”开展线上学习。",
                "学时不足的，每人扣0.1分，最高扣1.5分。", 3, "学时登记表"),
        )),
        Section("作用发挥", "三、作用发挥（40分）", 40, (
            _row("在成型、烧成、彩绘等生产一线设立党员先锋岗、党员责任区不少于3个，党员亮身份、作承诺，年底开展评诺；党员先锋岗车间覆盖率达到百分之八十。",
                "先锋岗、责任区每少1个扣0.5分；未亮身份、作承诺的扣1分；年底未评诺的扣1分；车间覆盖率低于80%的扣1分。", 6, "先锋岗名单、承诺书"),
            _row("组建党员技术攻关小组或“陶瓷工匠”工作室，年内开展技术攻关、工艺创新项目不少于1个；党员技术骨干每人结对带徒不少于1名。",
                "未组建攻关小组（工作室）的扣1.5分；攻关项目未开展的扣1.5分；结对带徒不足的，每人扣0.3分，最高扣1.5分。", 6,
                "攻关项目资料、师徒结对协议"),
            _row("党组织带领工会、共青团、妇联等群团组织开展职工文体、技能比武等活动，每季度不少于1次，职工参与率达到百分之七十；建立困难职工帮扶台账。",
                "群团活动每少1次扣0.5分；职工参与率每低10个百分点扣0.5分；无帮扶台账的扣1分；因欠薪等劳资纠纷引发群体性事件的，实行一票否决，本项"
                "不得分。", 6, "活动照片、帮扶台账"),
            _row("落实安全生产“一岗双责”，党员每月参与一次车间安全检查，带头落实窑炉、粉尘、用电等隐患整改；全年不发生较大以上生产安全事故。",
                "安全检查每少1次扣0.5分，最高扣2分；隐患整改不到位被监管部门通报的，每次扣1分；发生较大以上生产安全事故的，本项不得分。", 6,
                "安全检查记录、隐患整改台账"),
            _row("组建党员志愿服务队，每季度到所在村（社区）开展志愿服务不少于1次；企业在职党员到居住地村（社区）报到率达到100%。",
                "未组建志愿服务队的扣1分；志愿服务每少1次扣0.5分；报到率每低10个百分点扣0.5分。", 5, "志愿服务队名册、报到回执"),
            _row("党组织参与企业文化建设，开设“党建+陶瓷”文化长廊或展示区；企业员工对党组织工作满意度达到百分之九十。",
                "未建设文化长廊（展示区）的扣1分；满意度90%以上的得4分，80%（含）—90%的得2分，80%以下的不得分。", 5, "展示区照片、满意度测评表"),
            _row("推荐优秀党员职工参加陶瓷技艺职称评审、技能等级认定，年内推荐不少于2名；把生产经营骨干培养成党员、把党员培养成生产经营骨干，建立"
                "“双培养”台账。",
                "推荐人数每少1名扣1分；无“双培养”台账的扣1分；“双培养”工作不实的，酌情扣1-2分。", 6, "推荐名单、“双培养”台账"),
        )),
        Section("基础保障", "四、基础保障（15分）", 15, (
            _row("党组织活动场所面积不少于40平方米，做到有牌子、有党旗、有制度、有资料；可与企业职工之家、培训室共享使用。",
                "无固定活动场所的扣2分；牌子、党旗、制度、资料每缺一项扣0.5分。", 4, "场所照片、制度文本"),
            _row("企业按照上年度职工工资总额一定比例安排党建工作经费，纳入管理费用列支；建立党组织工作经费使用台账，上级下拨党费专款专用。",
                "经费未落实的扣2分；无经费使用台账的扣1分；党费未专款专用的，本项不得分。", 4, "经费使用台账"),
            _row("年初制定党建工作计划，7月15日前报送半年工作小结，年终形成工作总结；支部书记年底向陶瓷行业党委述职。",
                "缺一项扣1分；未述职的扣2分。", 4, "工作计划、半年小结、工作总结、述职报告"),
            _row("企业依法经营、党员遵纪守法（本项为扣分项）。",
                "企业被列入严重违法失信名单的扣2分；党员受到党纪政务处分的，每人扣1分；企业发生环境污染事件被查处的，本项不得分。", 3, "—"),
        )),
    ),
)

HEADER = ["序号", "考核要点", "计分方法", "分值", "佐证材料", "得分"]
NOTE = ("说明：1.本表由陶瓷行业党委于12月组织考核，县委两新工委、各片区联合党委配合，采取查阅资料、实地查看、个别谈话、问卷测评相结合的方式进行；"
        "2.各项扣分以该项分值为限，扣完为止；标注“本项为扣分项”的，未发生相关情形的得满分；3.严重违法失信名单以“信用中国（福建泉州）”公示为准，"
        "安全生产事故以县应急管理局认定为准；4.考核得分90分以上的为“好”，80—89分的为“较好”，70—79分的为“一般”，70分以下的为“差”，考核结果"
        "作为“五星”非公企业党组织评定和党建工作经费补助的重要依据。")


def build(t: Table, path: Path) -> None:
    import openpyxl
    from openpyxl.styles import Alignment, Font

    ncols = len(HEADER)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "陶瓷企业党组织考核"
    center = Alignment(horizontal="center", vertical="center", wrap_text=True)
    wrap = Alignment(vertical="center", wrap_text=True)
    left = Alignment(horizontal="left", vertical="center")
    xlsx_title(ws, t.title, ncols, Font(name="方正小标宋简体", size=16), center)
    xlsx_line(ws, "考核对象：全县陶瓷企业党支部、片区陶瓷企业联合党支部", ncols)
    xlsx_line(ws, "党组织名称：              所属片区：              考核日期：", ncols)
    xlsx_header(ws, HEADER, ncols)
    first = ws.max_row
    number = 0
    for s in t.sections:
        xlsx_line(ws, s.printed, ncols)
        ws.cell(ws.max_row, 1).font = Font(bold=True)
        ws.cell(ws.max_row, 1).alignment = left
        for row in s.rows:
            number += 1
            ws.append([number, row.text, row.scoring, row.points, row.method, None])
            for c in (2, 3, 5):
                ws.cell(ws.max_row, c).alignment = wrap
            for c in (1, 4):
                ws.cell(ws.max_row, c).alignment = center
    xlsx_total_row(ws, t.total, 4, ncols, center)
    xlsx_borders(ws, first, ncols)
    xlsx_note(ws, NOTE, ncols, 76)
    xlsx_widths(ws, (6, 48, 52, 6, 24, 7))
    wb.save(str(path))
