"""宾川县平川镇党委2025年度村党组织党建工作目标考核评分表 (.xlsx), as the 镇党委 of 云南 大理州 宾川县 平川镇 (its 党建办 with the 农业农村服务中心,
the 综治中心, the 村镇规划建设服务中心, the 财政所 and the 镇纪委, a 考核组 led by the 挂钩 镇领导 driving up from the 坝子 to the 山区 村 in mid-December,
when the 柑橘 are being picked and boxed for the trucks to 昆明 and 成都, the 葡萄 vines have been pruned bare, the 水库 are low before the dry season and the
外出务工 党员 are not yet home for 春节) scores the 村党组织 of a fruit-growing township: the 坝区 村 whose 合作社 sell 沃柑 and 夏黑 葡萄 on line, the 山区 村 of
the 彝族 and 傈僳族 村民小组 far up the 乌龙坝 road, the 村 whose 集体经济 lives on the 冷库 it rents out: a sheet of 考核项目 and 考核内容 whose 评分办法
takes points off one clause at a time (scoring the 主题党日 参会率, the 经营性收入 in 万元 and the 年底 满意率 in bands), and under whose 合计 a 一票否决
block of its own rows: 班子建设 (the “一肩挑”, one roster of the “两委” by age and 学历, no 处分 and the 团结; the 年初 责任书, two 报告 a year, the 年底 述职 and
its 满意率; three 后备力量, two of them under 35, and one 培训 each; a monthly 联席会议, the “四议两公开”, the 公开 and the 值守), 组织生活 (the “三会一课”
with the 党小组会 every two months; the 主题党日 on the 10th, the “党员技术服务日”, the 微信群 and the 参会率 in bands; the 组织生活会, the 征求意见, the 谈心谈话,
the 民主评议 and the 公示; the 积分, a quarterly 公示 and the 年底 星级; one 积极分子, the 公示, 党费 按月 and a "本项不得分"), 发展治理 (the 经营性收入 in
bands, the “三资” 台账, the 发包 and its 公示; the 合作社, eighty 农户 and three 技术培训; the 网格员, a monthly 排查, its 台账, the 化解率 and no 越级上访; a
monthly 整治, the 覆盖率, a quarterly “红黑榜” and its 公布; the quarterly 党务、村务 and monthly 财务 公开, the 审核 and a half-yearly 报告; twenty 联系户 each,
a quarterly 走访, the “七一”、春节 慰问 全覆盖 and the 民情台账) and 阵地保障 (a half-yearly 研判, the 先审后发 and a "本项不得分"; the 党旗、标识、制度, the
红色书屋 and a quarterly 文化活动; the 共建协议, a half-yearly 共建活动 and one 联村 项目; the 年初 计划, the 年中 小结, the 年底 总结 and the 年底 满意率 in bands).

A merged title row, a merged "考核对象：平川镇各村党总支、党支部" line and a merged "村名：    考核组：    考核日期：" line above the header 考核项目 | 考核内容 |
分值 | 评分办法. There is NO 序号: the items are numbered by position 1..19. The 考核项目 are MERGED CELLS down the FIRST column, printed WITH an ordinal
and WITH their points on ONE line, "一、班子建设（20分）"; there is no short sub-label. 考核内容 (`Row.text`) says what is required; 分值 is a plain number
BEFORE the 评分办法 (`Row.scoring`); there is no 佐证 or 考核方式 column. A 合计 row of 100; then, UNDER it, a 一票否决 block of its own: "一票否决" in
the first column MERGED DOWN four rows, each row a 情形 in the 考核内容 column, the 分值 column empty and "实行一票否决" in the 评分办法 column (no points;
they belong to no item and are not in `sections`); a merged 说明 row closes the sheet. Counts in figures and Chinese numerals, nearly all in the 考核内容
("35周岁以下的不少于1名", "高中（中专）及以上学历的不少于3名", "全年", "年初", "年中、年底各…一次", "年底", "不低于百分之八十", "不少于3名", "35周岁以下的
不少于2名", "每人每年…不少于1次", "每月召开一次", "支部委员会每月召开1次，党员大会每季度召开1次，党小组会每两个月召开1次，党课每季度1次", "每月10日",
"不低于百分之八十五", "每年召开一次", "按月", "每季度公示一次", "年底", "年内…不少于1名", "不少于5个工作日", "按月", "10万元以上", "不少于1个", "不少于
80户", "年内…不少于3期", "1名", "每月开展一次", "百分之九十以上", "全年", "每月开展一次", "100%", "每季度开展一次", "每季度公开一次", "每月公开一次",
"每半年…一次", "不少于20户", "每季度…一次", "“七一”、春节", "全覆盖", "每半年…一次", "全年", "不少于500册", "每季度开展一次", "每半年开展一次", "年内
…不少于1个", "年初", "年中", "年底", "年底", "百分之八十五"); "最高扣" caps; bands of the 主题党日 参会率 (2 of the 5 points, closed by "80%以下的不得分"),
of the 经营性收入 in 万元 (5 of the 8, closed by "5万元以下的不得分") and of the 年底 满意率 (4 of the 7, closed by "80%以下的不得分"); "每低5个百分点"
twice; "酌情扣1-2分" once, "酌情扣0.5-1分" once, "酌情扣1分" once and "酌情扣0.5分" once; two "本项不得分".
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


def _row(text: str, points: float, scoring: str) -> Row:
    """One row in the order the sheet prints it: 考核内容, 分值, 评分办法."""
    return Row(text, points, scoring)


TABLE = Table(
    name="zzzzy_binchuan_pingchuan_zhen_cun_dangzuzhi_xlsx",
    fmt="xlsx",
    title="宾川县平川镇党委2025年度村党组织党建工作目标考核评分表",
    numbering="position",
    sections=(
        Section("班子建设", "一、班子建设（20分）", 20, (
            _row("村党组织书记、村委会主任“一肩挑”；村“两委”班子成员中35周岁以下的不少于1名，高中（中专）及以上学历的不少于3名；班子团结，全年无"
                 "“两委”成员受党纪政务处分。", 5,
                 "未实行“一肩挑”的扣1分；35周岁以下、高中（中专）及以上学历成员每缺1名扣0.5分，最高扣1.5分；“两委”成员受党纪政务处分的，每人扣1分；"
                 "班子不团结、工作推不开的，酌情扣1-2分。"),
            _row("村党组织书记年初与镇党委签订抓党建工作目标责任书；年中、年底各向镇党委书面报告一次抓党建工作情况；年底向镇党委述职并接受党员、群众"
                 "代表评议，评议满意率不低于百分之八十。", 5,
                 "未签订责任书的扣1分；书面报告每少1次扣0.5分；未述职评议的扣2分；满意率低于80%的扣1分。"),
            _row("按“一村三名”储备村级后备力量，年内储备不少于3名，其中35周岁以下的不少于2名；村“两委”成员每人每年参加县级以上培训不少于1次。", 4,
                 "后备力量每少1名扣0.5分，最高扣1.5分；35周岁以下的不足2名的扣0.5分；未参加培训的，每人扣0.2分，最高扣1分。"),
            _row("村“两委”每月召开一次联席会议研究村级事务；村级重大事项落实“四议两公开”，决议结果及时公开；村干部轮流坐班，村党群服务中心工作日有人"
                 "值守。", 6,
                 "联席会议每少1次扣0.3分，最高扣2分；重大事项未落实“四议两公开”的，每件扣1分，最高扣2分；决议结果未公开的扣0.5分；暗访无人值守的，"
                 "每次扣0.5分，最高扣1.5分。"),
        )),
        Section("组织生活", "二、组织生活（25分）", 25, (
            _row("支部委员会每月召开1次，党员大会每季度召开1次，党小组会每两个月召开1次，党课每季度1次；会议记录及时、完整。", 6,
                 "“三会一课”每少1次扣0.5分，最高扣4分；会议记录不完整或事后补记的，每次扣0.2分，最高扣1分。"),
            _row("每月10日开展主题党日活动，结合柑橘、葡萄产业开展“党员技术服务日”；外出务工党员通过微信群参学；党员参会率不低于百分之八十五。", 5,
                 "主题党日每少1次扣0.3分，最高扣2分；参会率90%以上的得2分，85%（含）—90%的得1.5分，80%（含）—85%的得1分，80%以下的不得分；活动流于"
                 "形式的，酌情扣0.5-1分。"),
            _row("每年召开一次组织生活会，会前广泛征求意见，开展谈心谈话；会后开展民主评议党员，评定结果在村务公开栏公示。", 5,
                 "未召开组织生活会的扣2分；未征求意见的扣0.5分；未开展谈心谈话的扣0.5分；未开展民主评议党员的扣1.5分；评定结果未公示的扣0.5分。"),
            _row("实行党员积分制管理，积分按月登记，每季度公示一次；年底根据积分评定星级党员。", 4,
                 "未实行积分制管理的扣1.5分；积分公示每少1次扣0.5分；年底未评定星级党员的扣1分。"),
            _row("年内发展党员或确定入党积极分子不少于1名，注重从青年农民、致富能手中培养；发展对象公示不少于5个工作日；党员按月交纳党费。", 5,
                 "未发展党员且未确定积极分子的扣1.5分；发展对象未公示的扣1分；未按月交纳党费的，每人次扣0.1分，最高扣1分；违反程序发展党员的，本项不"
                 "得分。"),
        )),
        Section("发展治理", "三、发展治理（35分）", 35, (
            _row("年内村集体经济经营性收入达到10万元以上；建立村集体“三资”管理台账；集体资产资源发包、租赁经村民代表会议讨论并公示。", 8,
                 "经营性收入20万元以上的得5分，10万元（含）—20万元的得4分，5万元（含）—10万元的得2分，5万元以下的不得分；无“三资”管理台账的扣1.5分；"
                 "发包、租赁未经讨论或未公示的，每件扣0.5分，最高扣1.5分。"),
            _row("村党组织领办或联办农民专业合作社不少于1个，推行“党组织+合作社+农户”模式，带动农户不少于80户；年内组织果树修剪、病虫害绿色防控等"
                 "技术培训不少于3期。", 6,
                 "未领办或联办合作社的扣2分；带动农户每少10户扣0.3分，最高扣1.5分；技术培训每少1期扣0.5分；合作社“空壳”运行的，酌情扣1分。"),
            _row("推行“网格化+积分制”治理，每个村民小组明确1名党员网格员；每月开展一次矛盾纠纷排查，建立排查台账；矛盾纠纷化解率达到百分之九十以上；"
                 "全年无越级上访。", 6,
                 "党员网格员每缺1名扣0.3分，最高扣1.5分；排查每少1次扣0.2分，最高扣1.5分；无排查台账的扣0.5分；化解率每低5个百分点扣0.5分，最高扣"
                 "1.5分；发生越级上访的，每起扣1分。"),
            _row("党员带头落实“门前三包”，每月开展一次人居环境整治；农村生活垃圾收运处置体系覆盖率达到100%；每季度开展一次“红黑榜”评比，评比结果"
                 "张榜公布。", 5,
                 "整治每少1次扣0.3分，最高扣1.5分；覆盖率每低5个百分点扣0.5分，最高扣1分；评比每少1次扣0.5分；评比结果未公布的扣0.5分。"),
            _row("党务、村务每季度公开一次，财务每月公开一次，公开内容经村务监督委员会审核；村务监督委员会每半年向村民代表会议报告一次工作。", 5,
                 "党务、村务公开每少1次扣0.5分；财务公开每少1次扣0.2分，最高扣1.5分；公开内容未经审核的扣0.5分；监委会报告每少1次扣0.5分。"),
            _row("开展“我为群众办实事”，每名村干部联系农户不少于20户，每季度入户走访一次；“七一”、春节走访慰问老党员、生活困难党员，实现全覆盖；建立"
                 "民情台账。", 5,
                 "联系农户每少1户扣0.1分，最高扣1分；入户走访每少1次扣0.3分；慰问每少1人扣0.2分，最高扣1.5分；无民情台账的扣1分。"),
        )),
        Section("阵地保障", "四、阵地保障（20分）", 20, (
            _row("每半年专题研判一次意识形态工作；村级微信群实行“群主+管理员”管理，信息先审后发；全年不发生意识形态领域负面舆情。", 4,
                 "研判每少1次扣1分；信息未经审核发布的，每次扣0.5分，最高扣1分；发生负面舆情造成不良影响的，本项不得分。"),
            _row("村党群服务中心规范悬挂党旗、标识，服务制度上墙；建立“红色书屋”，藏书不少于500册；每季度开展一次群众文化活动。", 5,
                 "党旗、标识、制度每缺一项扣0.5分；未建立“红色书屋”的扣1分；藏书不足500册的扣0.5分；文化活动每少1次扣0.5分。"),
            _row("村党组织与镇直单位或企业党组织签订结对共建协议，每半年开展一次共建活动；与相邻村开展联村党建，年内联合实施项目不少于1个。", 4,
                 "未签订共建协议的扣1分；共建活动每少1次扣0.5分；未联合实施项目的扣1分；共建无实效的，酌情扣0.5分。"),
            _row("年初制定党建工作计划，年中形成半年工作小结，年底形成全年工作总结；年底由镇党委组织党员、群众代表开展满意度测评，满意率达到百分之"
                 "八十五。", 7,
                 "缺计划、小结或总结的，每项扣1分；满意率90%以上的得4分，85%（含）—90%的得3分，80%（含）—85%的得1分，80%以下的不得分。"),
        )),
    ),
)

HEADER = ["考核项目", "考核内容", "分值", "评分办法"]
VETO_HEAD = "一票否决"
VETO = (
    "村“两委”班子成员因违纪违法受到撤销党内职务以上处分或被依法追究刑事责任的。",
    "发生重大安全生产、森林火灾、食品安全责任事故，或发生重大群体性事件、越级集体上访造成恶劣影响的。",
    "违反规定程序发展党员，或村“两委”换届选举中出现拉票贿选等严重违纪违法问题的。",
    "村级财务管理混乱，挤占挪用集体资金、侵害群众利益造成恶劣影响的。",
)
VETO_RULE = "实行一票否决，年度考核定为“不合格”等次"
NOTE = ("说明：1.本表由镇党委于12月中旬组织考核，采取听取汇报、查阅资料、实地查看、入户走访、问卷测评相结合的方式进行，以2025年1月1日至考核之日"
        "形成的资料为准；2.各项扣分以该项分值为限，扣完为止；评分办法列明得分档次的，按档次计分；3.村集体经济经营性收入以宾川县农业农村局农经统计"
        "年报数据为准；4.考核得分90分以上的为“好”，80—89分的为“较好”，70—79分的为“一般”，70分以下的为“差”；有一票否决情形之一的，直接定为"
        "“不合格”，考核结果与村干部绩效报酬挂钩。")


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
    xlsx_line(ws, "考核对象：平川镇各村党总支、党支部", ncols)
    xlsx_line(ws, "村名：              考核组：              考核日期：", ncols)
    xlsx_header(ws, HEADER, ncols)
    first = ws.max_row
    for s in t.sections:
        top = ws.max_row + 1
        for i, row in enumerate(s.rows):
            ws.append([s.printed if i == 0 else None, row.text, row.points, row.scoring])
            for c in (2, 4):
                ws.cell(ws.max_row, c).alignment = wrap
            ws.cell(ws.max_row, 3).alignment = center
        xlsx_merge_down(ws, 1, top, ws.max_row, center)
    xlsx_total_row(ws, t.total, 3, ncols, center)
    top = ws.max_row + 1
    for line in VETO:
        ws.append([None, line, None, VETO_RULE])
        for c in (2, 4):
            ws.cell(ws.max_row, c).alignment = wrap
    ws.cell(top, 1).value = VETO_HEAD
    xlsx_merge_down(ws, 1, top, ws.max_row, center)
    xlsx_borders(ws, first, ncols)
    xlsx_note(ws, NOTE, ncols, 80)
    xlsx_widths(ws, (14, 60, 6, 60))
    wb.save(str(path))
