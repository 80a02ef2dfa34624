"""青秀区2025年度商务楼宇“两新”党组织党建工作考核评分表 (.xlsx), as the 区委社会工作部 of 广西 南宁 青秀区 (with the 街道“两新”工委 of 金湖、
东盟商务区, the 区商务局, the 区人社局 and the 楼宇 物业 党组织, a 考核组 going floor by floor up the 写字楼 of the 金湖CBD and the 东盟商务区 in
mid-December, when the 白领 are closing the year's accounts and the 南湖 is lit for the 年会 season) scores the 党组织 of the 商务楼宇: the 楼宇
联合党支部 in a 大堂 corner, the 律所, 会计师事务所 and 跨境电商 firms on the 三十 floors, the 东盟 trading houses and the 外资 offices where a
党员 is the only one who says so, the 白领 who eat lunch at their desks and the 快递员 and 外卖骑手 who wait in the 地下车库: a sheet whose 考核指标
names each part, whose 考核内容 prints what the 楼宇 党组织 must have done, whose 计分方法 takes points off one clause at a time and scores the 人均
志愿服务时长 in bands, whose 佐证材料 names the papers to bring, and whose 加分项 rows stand under the 合计: 组织覆盖 (the 党组织覆盖率 and the 党的工作
覆盖率; a half-yearly 摸排 and the 党员信息库; the 党建指导员 in every 企业 without a 党组织 and a monthly 走访; the 党群服务中心 of 100平方米, its 四有 and
five days), 组织生活 (the “三会一课” without a 党小组会 and the 参会率; the monthly 主题党日 and four 联学联建; the 组织生活会, the 民主评议, the 谈心谈话
and one 征求意见; two 积极分子, the 公示 and a "本项不得分"; 党费 按月 with a quarterly 公示), 作用发挥 (the 负责人 in the 管理层 and three 问题 a year;
five 先锋岗; a quarterly 白领 服务, 1000人次 and the 需求清单; a monthly 志愿服务, the 人均 时长 in bands and 记录、照片; a quarterly 议事会议, the 办结率
and a 一票否决; a half-yearly 劳资纠纷 排查 and no 欠薪 群体性事件) and 保障落实 (the 年初 计划, the 年底 总结 and the 年底 述职; the 经费 and its 台账;
the 宣传阵地 and two 信息 a month; the 年底 满意率).

A merged title row, a merged "考核对象：金湖CBD、东盟商务区各商务楼宇党组织（含楼宇联合党支部及入驻企业党组织）" line and a merged "楼宇名称：    考核组：
考核日期：" line above the header 序号 | 考核类别 | 考核指标 | 考核内容 | 分值 | 计分方法 | 佐证材料 | 得分. 序号 (FIRST column) runs 1..19 through the
sheet. The 考核类别 are MERGED CELLS down the SECOND column, printed WITH an ordinal and their points on one line, "一、组织覆盖（20分）". 考核指标 is a
short sub-label (`Row.indicator`); 考核内容 (`Row.text`) says what is required; 分值 is a plain number BEFORE the 计分方法 (`Row.scoring`); 佐证材料
(`Row.method`) names the papers, joined by "、"; 得分 is blank. A 合计 row of 100 follows the scored rows; UNDER it three 加分 rows with "加分项（最高
加5分）" merged down the 考核类别 column (no 序号, their 最高加分 in the 分值 column, the 加分办法 in the 计分方法 column), then a merged 说明 row. Counts
in figures and Chinese numerals, nearly all in the 考核内容 ("3名以上", "不足3名", "100%", "百分之九十五", "每半年开展一次", "全覆盖", "每月…不少于1次",
"不少于100平方米", "每周开放不少于5天", "支部委员会每月召开1次，党员大会每季度召开1次，党课每季度1次", "不低于百分之八十", "每月开展一次", "年内…不少于
4次", "每年召开一次", "不少于1次", "年内…不少于2名", "不少于5个工作日", "按月", "每季度公示一次", "年内…不少于3件", "不少于5个", "每季度开展一次", "不少于
1000人次", "每月开展一次", "不少于12小时", "每季度召开一次", "百分之九十", "每半年开展一次", "年初", "年底", "年底", "每月…不少于2篇", "年底", "百分之
九十"); "最高扣" caps; "酌情扣0.5-1分" three times, "酌情扣1-2分" once and "酌情扣1分" once; bands of the 人均 志愿服务时长 (2 of the 6 points, closed
by "8小时以下的不得分"); one "实行一票否决，本项不得分"; one other "本项不得分"; "每少100人次扣0.2分" once.
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


def _row(indicator: str, text: str, points: float, scoring: str, proof: str) -> Row:
    """One row in the order the sheet prints it: 考核指标, 考核内容, 分值, 计分方法, 佐证材料."""
    return Row(text, points, scoring, proof, indicator=indicator)


TABLE = Table(
    name="zzzzl_nanning_qingxiu_louyu_liangxin_xlsx",
    fmt="xlsx",
    title="青秀区2025年度商务楼宇“两新”党组织党建工作考核评分表",
    numbering="printed",
    sections=(
        Section("组织覆盖", "一、组织覆盖（20分）", 20, (
            _row("党组织覆盖",
                 "楼宇内有正式党员3名以上的企业单独建立党组织，不足3名的纳入楼宇联合党支部；楼宇党组织覆盖率达到100%，入驻企业党的工作覆盖率达到"
                 "百分之九十五。", 6,
                 "党组织覆盖率每低5个百分点扣1分；党的工作覆盖率每低1个百分点扣0.2分，最高扣2分。", "党组织成立批复、入驻企业名录"),
            _row("党员摸排",
                 "每半年开展一次楼宇党员和流动党员摸排，建立楼宇党员信息库并动态更新；引导“隐形党员”亮身份、转关系。", 4,
                 "摸排每少1次扣1分；无党员信息库的扣1分；信息更新不及时的，酌情扣0.5-1分。", "党员信息库、摸排登记表"),
            _row("党建指导员",
                 "向未建立党组织的入驻企业选派党建指导员，实现全覆盖；党建指导员每月到联系企业走访不少于1次。", 5,
                 "未选派党建指导员的，每家扣0.5分，最高扣2分；走访每少1次扣0.1分，最高扣2分。", "党建指导员选派名单、走访记录"),
            _row("阵地建设",
                 "建设楼宇党群服务中心（站），面积不少于100平方米，做到有场所、有标识、有制度、有活动；每周开放不少于5天，为白领提供“午间课堂”等"
                 "服务。", 5,
                 "未建设党群服务中心的扣3分；场所、标识、制度、活动每缺一项扣0.5分；开放时间不足的扣1分。", "阵地照片、开放时间公示牌照片"),
        )),
        Section("组织生活", "二、组织生活（25分）", 25, (
            _row("“三会一课”",
                 "落实“三会一课”：支部委员会每月召开1次，党员大会每季度召开1次，党课每季度1次；可利用午休、下班时间或线上方式开展，党员参会率不低于"
                 "百分之八十。", 7,
                 "“三会一课”每少1次扣0.5分，最高扣4分；参会率每低5个百分点扣0.5分，最高扣2分；会议记录不规范的，酌情扣0.5-1分。",
                 "会议记录、签到表、线上会议截图"),
            _row("主题党日",
                 "每月开展一次主题党日活动；年内与机关、社区、国有企业党组织开展联学联建活动不少于4次。", 5,
                 "主题党日每少1次扣0.3分，最高扣2分；联学联建每少1次扣0.5分，最高扣2分。", "活动方案、活动照片"),
            _row("组织生活会",
                 "每年召开一次组织生活会，开展民主评议党员；会前开展谈心谈话，征求入驻企业和职工意见不少于1次。", 5,
                 "未召开组织生活会的扣2分；未开展民主评议党员的扣1.5分；未开展谈心谈话、征求意见的，每项扣0.5分。",
                 "会议记录、征求意见表、民主评议测评表"),
            _row("发展党员",
                 "注重在企业高管、技术骨干、优秀青年中发展党员，年内确定入党积极分子不少于2名；发展对象公示不少于5个工作日。", 4,
                 "积极分子每少1名扣0.5分；发展对象未公示的扣1分；违反程序发展党员的，本项不得分。", "发展党员档案、公示材料"),
            _row("党费管理",
                 "党员按月交纳党费，可通过线上平台交纳；每季度公示一次党费交纳情况。", 4,
                 "未按月交纳的，每人次扣0.1分，最高扣2分；公示每少1次扣0.5分。", "党费收缴台账、公示截图"),
        )),
        Section("作用发挥", "三、作用发挥（35分）", 35, (
            _row("引领发展",
                 "推动企业党组织负责人进入管理层，党组织参与企业重大事项决策；年内为入驻企业协调解决融资、用工、政策兑现等困难问题不少于3件。", 6,
                 "党组织负责人未进入管理层的，每家扣0.5分，最高扣2分；协调解决问题每少1件扣0.5分；企业对党组织作用认可度低的，酌情扣1-2分。",
                 "问题清单、办结台账"),
            _row("先锋示范",
                 "开展“党员先锋岗”“党员示范岗”创建，楼宇内创建先锋岗不少于5个；党员在技术攻关、项目攻坚中带头作用明显。", 5,
                 "先锋岗每少1个扣0.5分；党员带头作用不明显的，酌情扣1分。", "创建名单、挂牌照片"),
            _row("服务白领",
                 "每季度开展一次联谊交友、心理疏导、技能培训等白领服务活动，年内服务白领不少于1000人次；建立白领需求清单。", 6,
                 "服务活动每少1次扣1分；服务人次不足的，每少100人次扣0.2分，最高扣2分；无需求清单的扣1分。", "活动照片、服务登记表、需求清单"),
            _row("志愿服务",
                 "组建楼宇党员志愿服务队，每月开展一次志愿服务活动；党员年人均志愿服务时长不少于12小时；活动有记录、有照片。", 6,
                 "志愿服务每少1次扣0.3分，最高扣2分；人均时长12小时以上的得2分，8小时（含）—12小时的得1分，8小时以下的不得分；缺记录或照片的，每次"
                 "扣0.1分。", "志愿服务台账、活动照片"),
            _row("楼宇治理",
                 "成立楼宇党建联盟（楼宇议事会），每季度召开一次议事会议，协调物业服务、安全生产、环境卫生等事项；议定事项办结率达到百分之九十。", 6,
                 "议事会议每少1次扣0.5分；办结率每低5个百分点扣0.5分，最高扣2分；楼宇内发生重大安全生产事故的，实行一票否决，本项不得分。",
                 "议事会议记录、事项办理台账"),
            _row("和谐稳定",
                 "建立劳动关系矛盾预警机制，每半年开展一次劳资纠纷排查；楼宇内不发生因欠薪引发的群体性事件。", 6,
                 "排查每少1次扣1分；发生欠薪群体性事件的，每起扣3分。", "排查记录"),
        )),
        Section("保障落实", "四、保障落实（20分）", 20, (
            _row("责任落实",
                 "年初制定楼宇党建工作计划，年底形成工作总结；楼宇党组织书记年底向街道“两新”工委述职。", 5,
                 "缺计划或总结的，每项扣1.5分；未述职的扣2分。", "工作计划、工作总结、述职报告"),
            _row("经费保障",
                 "非公企业党组织工作经费按规定列入企业管理费用，建立经费使用台账；上级下拨党建经费使用规范。", 5,
                 "经费未落实的扣2分；无经费使用台账的扣1分；经费使用不规范的，酌情扣0.5-1分。", "经费使用台账、财务凭证"),
            _row("宣传引领",
                 "在楼宇大堂、电梯间电子屏等设置党建宣传阵地；每月在“青秀两新”公众号等平台发布楼宇党建信息不少于2篇。", 4,
                 "未设置宣传阵地的扣1分；信息每少1篇扣0.2分，最高扣2分。", "宣传截图、阵地照片"),
            _row("满意度",
                 "年底组织入驻企业负责人和白领代表开展满意度测评，满意率达到百分之九十。", 6,
                 "满意率每低1个百分点扣0.5分，最高扣4分。", "满意度测评表"),
        )),
    ),
)

HEADER = ["序号", "考核类别", "考核指标", "考核内容", "分值", "计分方法", "佐证材料", "得分"]
BONUS_HEAD = "加分项（最高加5分）"
BONUS = (
    ("表彰奖励", "楼宇党组织或入驻企业党组织获得市级以上表彰的。", 2, "市级加1分，自治区级以上加2分。", "表彰文件"),
    ("品牌创建", "打造楼宇党建品牌，经验做法被区级以上推广的。", 2, "区级加1分，市级以上加2分。", "推广文件、报道截图"),
    ("新兴领域", "在楼宇内建立快递员、外卖骑手等新就业群体党组织或“暖心驿站”的。", 1, "加1分。", "成立批复、驿站照片"),
)
NOTE = ("说明：1.本表由区委社会工作部于12月中旬组织考核，街道“两新”工委具体实施，采取查阅佐证材料、实地查看、个别访谈、问卷测评相结合的方式进行；"
        "2.各项扣分以该项分值为限，扣完为止；加分项最高加5分，总分不超过105分；3.党组织覆盖率、党的工作覆盖率以全区“两新”组织党建信息系统数据为准；"
        "4.考核得分90分以上的为“优秀”，80—89分的为“良好”，70—79分的为“一般”，70分以下的为“较差”，考核结果作为“五星级楼宇党组织”评定的重要"
        "依据。")


def build(t: Table, path: Path) -> None:
    import openpyxl
    from openpyxl.styles import Alignment, Font

    ncols = len(HEADER)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "楼宇党建考核"
    center = Alignment(horizontal="center", vertical="center", wrap_text=True)
    wrap = Alignment(vertical="center", wrap_text=True)
    xlsx_title(ws, t.title, ncols, Font(name="黑体", size=16, bold=True), center)
    xlsx_line(ws, "考核对象：金湖CBD、东盟商务区各商务楼宇党组织（含楼宇联合党支部及入驻企业党组织）", ncols)
    xlsx_line(ws, "楼宇名称：              考核组：              考核日期：", ncols)
    xlsx_header(ws, HEADER, ncols)
    first = ws.max_row
    number = 0
    for s in t.sections:
        top = ws.max_row + 1
        for i, row in enumerate(s.rows):
            number += 1
            ws.append([number, s.printed if i == 0 else None, row.indicator, row.text, row.points, row.scoring, row.method, None])
            for c in (4, 6, 7):
                ws.cell(ws.max_row, c).alignment = wrap
            for c in (1, 3, 5):
                ws.cell(ws.max_row, c).alignment = center
        xlsx_merge_down(ws, 2, top, ws.max_row, center)
    xlsx_total_row(ws, t.total, 5, ncols, center)
    top = ws.max_row + 1
    for i, (label, text, points, scoring, proof) in enumerate(BONUS):
        ws.append([None, BONUS_HEAD if i == 0 else None, label, text, points, scoring, proof, None])
        for c in (4, 6, 7):
            ws.cell(ws.max_row, c).alignment = wrap
    xlsx_merge_down(ws, 2, top, ws.max_row, center)
    xlsx_borders(ws, first, ncols)
    xlsx_note(ws, NOTE, ncols, 70)
    xlsx_widths(ws, (6, 12, 10, 46, 6, 48, 22, 7))
    wb.save(str(path))
