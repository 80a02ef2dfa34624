"""梁溪区崇安寺街道2025年度小区（网格）党支部党建工作考核评分表 (.xlsx), as the 街道党工委 of 江苏 无锡 梁溪区 崇安寺街道 (its 党建办 with the
社区治理科, the 网格化联动中心, the 物业管理办 and the 街道纪工委, a 考核组 going with each 社区党委 书记 from 小区 to 小区 in the last days of December,
when the 崇安寺 步行街 is lit for the 新年 and the old 弄堂 behind the 公花园 smell of 小笼 and 酱排骨) scores the 小区党支部 and 网格党支部 under
the 社区党委 of the old city centre: the 老新村 of the 1980s with no lift and an 物管会 instead of a 业委会, the 商品房 小区 along the 古运河 with a
big 物业 company, the 网格 where a 网格员 climbs six floors thirty times a month, the 在职党员 of the 驻区 机关 and 医院 who come to 报到: a sheet whose
考核内容 prints what the 支部 must have done, whose 扣分标准 takes points off one clause at a time, scores the 主题党日 参加率, the 物业投诉 按期办结率, the
人均 志愿服务时长 and the 年底 满意率 in bands, and whose 佐证材料 names the papers: 支部建设 (the 换届, the 3至5人 with an 物业 or 业委会 党员, the 楼栋
党组织覆盖率; the “三会一课”, the 书记's 党课 and the 签到、记录; the 主题党日 on the first Saturday, its 参加率 in bands; the 组织生活会, the 谈心谈话,
the 民主评议 and its 公示; one 积极分子 推荐 and the 公示), 党员管理 (党费 按月 and a half-yearly 公示; the 报到率, four 志愿服务 and a half-yearly 反馈;
the “先锋积分” with a quarterly 公示, the 年底 评选 and its 公示; the 党员分类 台账, a quarterly 联系 and the 慰问 全覆盖; the 亮户率, five 联系户 and a
monthly 走访), 小区治理 (the “三方议事” monthly and the 办结率 in bands; thirty 户 a month, the 民情日志 and the 办结率; a monthly 排查, its 台账, the
调处成功率 and a "本项不得分"; the 志愿服务队, a monthly 志愿服务, the 时长 in bands and the 平台; two 共建协议, the “三张清单”, two “微实事” and their
公开; the 党群服务站点, five days, the 标识、制度、活动安排 and a quarterly “邻里节”) and 工作保障 (the 年初 计划, the 年底 述职 and its 满意率; the 宣传栏
quarterly, the “群管家”, the 先审后发 and four 信息; the 年底 满意率 in bands).

A merged title row, a merged "考核对象：崇安寺街道各社区党委所属小区党支部、网格党支部" line and a merged "支部名称：    所属社区：    考核日期：" line
above the header 序号 | 考核项目 | 考核内容 | 分值 | 扣分标准 | 佐证材料 | 得分. 序号 (FIRST column) runs 1..19 through the sheet, NOT restarting. The
考核项目 are MERGED CELLS down the SECOND column, printed WITHOUT an ordinal and WITH their points on ONE line, "支部建设（25分）". There is no short
sub-label: 考核内容 (`Row.text`) says what is required; 分值 is a plain number BEFORE the 扣分标准 (`Row.scoring`); 佐证材料 (`Row.method`) names the
papers, joined by "、"; 得分 is blank. A 合计 row of 100 and a merged 说明 row close the sheet. Counts in figures and Chinese numerals, nearly all in
the 考核内容 ("按期", "3至5人", "至少1名", "每50户左右", "百分之九十", "支部委员会每月召开1次，党员大会每季度召开1次，党小组会每月召开1次，党课每季度
1次", "每年讲党课不少于1次", "每月第一个星期六", "不低于百分之七十五", "每年召开一次", "年内…不少于1名", "不少于5个工作日", "按月", "每半年…公示一次",
"100%", "每人每年…不少于4次", "每半年…反馈一次", "按月登记、每季度公示一次", "年底", "每季度联系一次", "“七一”、春节前", "全覆盖", "百分之九十",
"不少于5户", "每月…不少于1次", "每月召开一次", "百分之九十五", "每月…不少于30户", "百分之九十八", "每月开展一次", "百分之九十五", "不少于1支",
"每月开展一次", "不少于12小时", "不少于2家", "年内…不少于2个", "每周开放不少于5天", "每季度开展一次", "年初", "年底", "不低于百分之八十五", "每季度更新
一次", "年内…不少于4篇", "年底", "百分之九十"); "最高扣" caps; bands of the 主题党日 参加率 (3 of the 5 points), the 物业投诉 按期办结率 (3 of the 7),
the 人均 时长 (2 of the 6) and the 年底 满意率 (all 6), each closed by "…以下的不得分"; "酌情扣0.5-1分" three times; one "本项不得分".
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


def _row(text: str, points: float, scoring: str, proof: str) -> Row:
    """One row in the order the sheet prints it: 考核内容, 分值, 扣分标准, 佐证材料."""
    return Row(text, points, scoring, proof)


TABLE = Table(
    name="zzzzs_wuxi_chongansi_jiedao_xiaoqu_wangge_zhibu_xlsx",
    fmt="xlsx",
    title="梁溪区崇安寺街道2025年度小区（网格）党支部党建工作考核评分表",
    numbering="printed",
    sections=(
        Section("支部建设", "支部建设（25分）", 25, (
            _row("小区（网格）党支部按期换届，支部委员会由3至5人组成，其中至少1名为物业服务企业或业委会（物管会）中的党员；楼栋（单元）按每50户左右"
                 "设立党小组或党员中心户，楼栋党组织覆盖率达到百分之九十。", 6,
                 "未按期换届的扣2分；支委构成不符合要求的扣0.5分；楼栋党组织覆盖率每低5个百分点扣0.5分，最高扣2分。", "换届选举批复、党小组设置名单"),
            _row("支部委员会每月召开1次，党员大会每季度召开1次，党小组会每月召开1次，党课每季度1次；支部书记每年讲党课不少于1次；会议有签到、有"
                 "记录。", 7,
                 "“三会一课”每少1次扣0.5分，最高扣4分；书记未讲党课的扣1分；无签到或记录的，每次扣0.2分，最高扣2分。", "会议记录本、签到表、党课讲稿"),
            _row("每月第一个星期六开展主题党日活动，结合“楼道微治理”开展实践；党员参加率不低于百分之七十五（年老体弱、长期外出党员不计入基数）。", 5,
                 "主题党日每少1次扣0.3分，最高扣2分；参加率75%以上的得3分，65%（含）—75%的得2分，55%（含）—65%的得1分，55%以下的不得分。",
                 "活动方案、签到表、活动照片"),
            _row("每年召开一次组织生活会，会前开展谈心谈话，会后开展民主评议党员；评议结果在小区党建宣传栏公示。", 4,
                 "未召开组织生活会的扣2分；未开展谈心谈话的扣0.5分；未开展民主评议党员的扣1分；评议结果未公示的扣0.5分。",
                 "会议记录、谈心谈话记录、民主评议测评表、公示照片"),
            _row("年内向社区党委推荐入党积极分子不少于1名，优先从小区志愿者骨干、楼栋长中推荐；推荐人选在小区公示不少于5个工作日。", 3,
                 "未推荐的扣1分；未公示的扣1分；推荐人选不符合条件的，酌情扣0.5-1分。", "推荐材料、公示照片"),
        )),
        Section("党员管理", "党员管理（25分）", 25, (
            _row("党员按月交纳党费，支持线上交纳；党费收缴情况每半年在小区党建宣传栏公示一次。", 3,
                 "未按月交纳的，每人次扣0.1分，最高扣1.5分；公示每少1次扣0.75分。", "党费收缴台账、公示照片"),
            _row("在职党员到小区（网格）党支部报到率达到100%，编入楼栋党小组；每人每年参加小区志愿服务不少于4次；每半年向报到党员所在单位党组织"
                 "反馈一次表现情况。", 6,
                 "报到率每低1个百分点扣0.2分，最高扣2分；未编入党小组的，每人扣0.1分，最高扣1分；志愿服务不足4次的，每人扣0.1分，最高扣2分；反馈每少"
                 "1次扣0.5分。", "报到登记册、“志愿无锡”平台记录、反馈函"),
            _row("推行党员“先锋积分”管理，积分按月登记、每季度公示一次；年底根据积分评选“红色楼栋长”“先锋党员”，评选结果在小区公示。", 5,
                 "无积分台账的扣1.5分；积分公示每少1次扣0.5分，最高扣2分；年底未评选的扣1分；评选结果未公示的扣0.5分。", "积分台账、公示照片"),
            _row("建立流动党员、年老体弱党员分类台账，每季度联系一次流动党员；“七一”、春节前走访慰问困难党员和老党员，实现全覆盖。", 5,
                 "无分类台账的扣1分；联系每少1次扣0.3分；慰问未全覆盖的，每少1人扣0.2分，最高扣1.5分。", "党员分类台账、慰问名单"),
            _row("党员家庭挂牌亮户率达到百分之九十；每名党员联系周边住户不少于5户，每月走访联系户不少于1次。", 6,
                 "亮户率每低5个百分点扣0.5分，最高扣2分；联系户不足的，每人扣0.1分，最高扣2分；走访每少1次扣0.1分，最高扣2分。",
                 "亮户登记表、党员联系户台账"),
        )),
        Section("小区治理", "小区治理（35分）", 35, (
            _row("建立小区党支部、业委会（物管会）、物业服务企业“三方议事”机制，每月召开一次联席会议，议定事项有记录、有落实；物业服务投诉按期办结率"
                 "达到百分之九十五。", 7,
                 "联席会议每少1次扣0.3分，最高扣2分；议定事项未落实的，每件扣0.5分，最高扣2分；按期办结率95%以上的得3分，90%（含）—95%的得2分，"
                 "85%（含）—90%的得1分，85%以下的不得分。", "联席会议纪要、投诉办理台账"),
            _row("网格党支部书记、网格员每月入户走访不少于30户，民情日志记录完整；发现问题通过“智慧梁溪”平台及时上报，上报事件办结率达到百分之"
                 "九十八。", 6,
                 "走访不足的，每人每月扣0.1分，最高扣2分；民情日志不完整的，酌情扣0.5-1分；上报不及时的，每件扣0.2分，最高扣1分；办结率每低1个百分点"
                 "扣0.3分，最高扣2分。", "民情日志、平台截图"),
            _row("每月开展一次矛盾纠纷和安全隐患排查，建立排查台账；邻里纠纷调处成功率达到百分之九十五；不发生因工作不到位引发的群体性事件和重大"
                 "安全事故。", 5,
                 "排查每少1次扣0.3分，最高扣1.5分；无排查台账的扣0.5分；调处成功率每低1个百分点扣0.2分，最高扣1分；发生群体性事件或重大安全事故的，"
                 "本项不得分。", "排查台账、调解记录"),
            _row("组建小区党员志愿服务队不少于1支，每月开展一次志愿服务；党员年人均志愿服务时长不少于12小时，服务时长录入“志愿无锡”平台。", 6,
                 "未组建服务队的扣1分；志愿服务每少1次扣0.2分，最高扣2分；人均时长12小时以上的得2分，8小时（含）—12小时的得1分，8小时以下的不得分；"
                 "未录入平台的扣1分。", "服务队名单、活动照片"),
            _row("与驻区单位、“双报到”单位党组织签订共建协议不少于2家，建立需求、资源、项目“三张清单”；年内共同实施“微实事”项目不少于2个，项目实施"
                 "情况在小区公开。", 5,
                 "共建协议每少1家扣0.5分；未建立“三张清单”的扣1分；“微实事”项目每少1个扣1分；项目情况未公开的扣0.5分。",
                 "共建协议、“三张清单”、项目公开照片"),
            _row("依托物业用房、架空层建设小区党群服务站点，每周开放不少于5天，有标识、有制度、有活动安排；每季度开展一次“邻里节”“楼道议事”等"
                 "活动。", 6,
                 "无党群服务站点的扣2分；开放时间不足的扣0.5分；标识、制度、活动安排每缺一项扣0.5分；活动每少1次扣0.5分。", "活动安排表、活动照片"),
        )),
        Section("工作保障", "工作保障（15分）", 15, (
            _row("年初制定支部年度工作计划并报社区党委；年底支部书记向社区党委述职，接受党员评议，评议满意率不低于百分之八十五。", 5,
                 "未制定计划的扣1分；未述职的扣2分；评议满意率低于85%的扣1分；述职报告内容空泛的，酌情扣0.5-1分。", "工作计划、述职报告、评议表"),
            _row("小区党建宣传栏每季度更新一次；小区居民微信群明确党员“群管家”，信息发布先审后发；年内向社区党委报送党建信息不少于4篇。", 4,
                 "宣传栏每少更新1次扣0.5分；未明确“群管家”的扣0.5分；信息未经审核发布的，每次扣0.5分，最高扣1分；信息每少1篇扣0.2分。",
                 "宣传栏照片、审核登记"),
            _row("年底由社区党委组织小区居民代表、业委会成员对小区（网格）党支部开展满意度测评，满意率达到百分之九十。", 6,
                 "满意率95%以上的得6分，90%（含）—95%的得5分，85%（含）—90%的得3分，80%（含）—85%的得1分，80%以下的不得分。", "满意度测评表"),
        )),
    ),
)

HEADER = ["序号", "考核项目", "考核内容", "分值", "扣分标准", "佐证材料", "得分"]
NOTE = ("说明：1.本表由街道党工委会同各社区党委于12月下旬组织考核，采取查阅佐证材料、实地查看、入户走访、问卷测评相结合的方式进行；2.各项扣分以该项"
        "分值为限，扣完为止；扣分标准列明得分档次的，按档次计分；3.上报事件办结率以“智慧梁溪”网格化联动平台数据为准；4.尚未成立业委会的小区，"
        "由物管会或居民代表参加“三方议事”；5.考核得分90分以上的为“红旗党支部”，80—89分的为“先进党支部”，70—79分的为“合格党支部”，70分以下的为"
        "“后进党支部”，由社区党委书记约谈支部书记。")


def build(t: Table, path: Path) -> None:
    import openpyxl
    from openpyxl.styles import Alignment, Font

    ncols = len(HEADER)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "小区党支部考核"
    center = Alignment(horizontal="center", vertical="center", wrap_text=True)
    wrap = Alignment(vertical="center", wrap_text=True)
    xlsx_title(ws, t.title, ncols, Font(name="方正小标宋简体", size=16), center)
    xlsx_line(ws, "考核对象：崇安寺街道各社区党委所属小区党支部、网格党支部", ncols)
    xlsx_line(ws, "支部名称：              所属社区：              考核日期：", ncols)
    xlsx_header(ws, HEADER, ncols)
    first = ws.max_row
    number = 0
    for s in t.sections:
        top = ws.max_row + 1
        for i, row in enumerate(s.rows):
            number += 1
            ws.append([number, s.printed if i == 0 else None, row.text, row.points, row.scoring, row.method, None])
            for c in (3, 5, 6):
                ws.cell(ws.max_row, c).alignment = wrap
            for c in (1, 4):
                ws.cell(ws.max_row, c).alignment = center
        xlsx_merge_down(ws, 2, top, ws.max_row, center)
    xlsx_total_row(ws, t.total, 4, ncols, center)
    xlsx_borders(ws, first, ncols)
    xlsx_note(ws, NOTE, ncols, 80)
    xlsx_widths(ws, (6, 14, 50, 6, 50, 20, 7))
    wb.save(str(path))
