"""涪城区城厢街道党工委2025年度社区党委党建工作考核评分表 (.xlsx), as the 街道党工委 of 四川 绵阳 涪城区 城厢街道 (its 党建办 with the 社区治理办, the
综治中心, the 民政办, the 城管办 and the 街道纪工委, a 考核组 walking the old town between the 涪江 and the 安昌河 in the second half of December, when
the 老城 lanes are hung with 腊肉 and 香肠, the 坝坝会 move indoors for the cold, the 老旧小区 改造 of the 1990s 单位宿舍 is half done and the 物业 of the
new 商品房 楼盘 quarrel with their 业委会 about the 停车 fees) scores the 社区党委 of an old-town 街道: the 老城 社区 of small shops and 出租屋, the 单位
宿舍 社区 of the old 三线 factories whose 党员 are mostly 退休, the 商品房 社区 with a 物业服务企业 in every 小区: a sheet of 考核项目 whose 考核内容 prints
what the 社区 must have done, whose 评分标准 takes points off one clause at a time (scoring the “三会一课” 参会率, the 调解成功率 and the 年底 满意率 in bands),
and whose 佐证材料 names the papers — most of them the records (走访记录, 调解记录, 台账, 签领表, 纪要) a count or a rate is read from: 班子队伍 (the
“一肩挑”, the 35周岁以下 and 大专 members of the “两委”, no 处分; one 培训 each, the 书记's 40学时 and the 持证比例; the 年初 责任书, the 年底 述职 and its
满意率), 组织生活 (the “三会一课”, the 书记's two 党课, the 参会率 in bands and the 记录; the 主题党日 on the Friday of the second week, the 年初 计划, the
主题 and two 现场教学; the 组织生活会, the 征求意见, the 谈心谈话, the 对照检查材料, the 民主评议 and its 公示; 党费 按月 with a quarterly 公示, two
积极分子, the 公示, the 积分 with a half-yearly 公示 and a "本项不得分"), 基层治理 (the 覆盖率, a monthly 走访 and the 民情台账; a monthly 排查, the 台账,
the 调解成功率 in bands, no “民转刑” and no 越级上访; a quarterly “坝坝会”, the 公告 and 公开, five 实事; the 组建率, the 指导员, the “三方联席会议” and
its monthly meeting, the 按期办结率; the 报到率, three 志愿服务 each, a monthly 志愿服务 and 12小时; the 关爱台账, a monthly 走访 of the 独居老人 and the
慰问 覆盖率) and 服务保障 (a half-yearly 研判, the “三审三校” and a 一票否决; the 300平方米, the 党旗、标识、制度, the 开放 and the 可办率; five 共建协议, a
half-yearly “大党委” 联席会议, five 项目 and the 完成率; the 年初 计划, the 7月10日 小结, the 12月20日 总结 and the 按月 归档; the 年底 满意率 in bands).

A merged title row, a merged "考核对象：城厢街道各社区党委" line and a merged "社区：    考核组成员：    考核时间：" line above the header 考核项目 |
考核内容 | 分值 | 评分标准 | 佐证材料. There is NO 序号: the items are numbered by position 1..18. The 考核项目 are MERGED CELLS down the FIRST column,
printed WITHOUT an ordinal and WITH their points on a SECOND line, "班子队伍\\n（15分）"; there is no short sub-label. 考核内容 (`Row.text`) says what is
required; 分值 is a plain number BEFORE the 评分标准 (`Row.scoring`); 佐证材料 (`Row.method`) comes LAST and names the papers, joined by "、". A 合计 row
of 100 and a merged 说明 row close the sheet. Counts in figures and Chinese numerals, nearly all in the 考核内容 ("35周岁以下的不少于2名", "大专及以上学历
的不少于4名", "全年", "每人每年…不少于1次", "每年…不少于40学时", "百分之五十以上", "年初", "年底", "不低于百分之八十五", "支部委员会每月召开1次，党员
大会每季度召开1次，党小组会每月召开1次，党课每季度1次", "每年…不少于2次", "不低于百分之八十", "每月第二周的星期五", "年初", "年内…不少于2次", "每年
召开一次", "按月", "每季度…公示一次", "年内…不少于2名", "不少于5个工作日", "每半年公示一次", "100%", "每月…不少于1遍", "每月开展一次", "百分之九十五
以上", "全年", "每季度召开一次", "年内…不少于5件", "百分之七十以上", "每月召开一次", "百分之九十", "100%", "每人每年…不少于3次", "每月开展一次", "不少于
12小时", "每月…不少于1次", "“七一”、春节", "100%", "每半年开展一次", "全年", "不少于300平方米", "每周开放不少于6天", "百分之九十", "不少于5家", "每半年
召开一次", "年内…不少于5个", "百分之九十", "年初", "7月10日前", "12月20日前", "按月", "年底", "百分之九十"); "最高扣" caps; bands of the 参会率 (2 of the
7 points, closed by "80%以下的不得分"), of the 调解成功率 (2 of the 6, closed by "90%以下的不得分") and of the 年底 满意率 (all 6, closed by "80%以下的
不得分"); "每低10个百分点" three times, "每低5个百分点" four times and "每低1个百分点" once; "每少2小时" once; "酌情扣0.5-1分" three times; one "实行一票
否决，本项不得分" and two other "本项不得分".
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
    """One row in the order the sheet prints it: 考核内容, 分值, 评分标准, 佐证材料."""
    return Row(text, points, scoring, proof)


TABLE = Table(
    name="zzzzza_mianyang_chengxiang_jiedao_shequ_dangwei_xlsx",
    fmt="xlsx",
    title="涪城区城厢街道党工委2025年度社区党委党建工作考核评分表",
    numbering="position",
    sections=(
        Section("班子队伍", "班子队伍\n（15分）", 15, (
            _row("社区党委书记、居委会主任“一肩挑”；社区“两委”成员中35周岁以下的不少于2名，大专及以上学历的不少于4名；班子团结，全年无“两委”成员受"
                 "党纪政务处分。", 5,
                 "未实行“一肩挑”的扣1分；35周岁以下成员不足2名的扣1分；大专及以上学历成员不足4名的扣1分；“两委”成员受党纪政务处分的，每人扣2分。",
                 "社区“两委”成员花名册"),
            _row("社区“两委”成员每人每年参加区级以上集中培训不少于1次；社区党委书记每年参加学习培训不少于40学时；社区工作者取得社会工作者职业资格证书的"
                 "比例达到百分之五十以上。", 4,
                 "未参加集中培训的，每人扣0.3分，最高扣1.5分；书记学时不足的扣1分；持证比例每低10个百分点扣0.5分，最高扣1.5分。",
                 "培训通知、学时证明、职业资格证书复印件"),
            _row("社区党委书记年初与街道党工委签订党建工作目标责任书，年底向街道党工委述职并接受社区党员、居民代表评议，述职评议满意率不低于百分之"
                 "八十五。", 6,
                 "未签订责任书的扣1分；未述职评议的扣3分；满意率每低5个百分点扣0.5分，最高扣2分。", "目标责任书、述职报告、评议测评汇总表"),
        )),
        Section("组织生活", "组织生活\n（25分）", 25, (
            _row("支部委员会每月召开1次，党员大会每季度召开1次，党小组会每月召开1次，党课每季度1次；社区党委书记每年为党员讲党课不少于2次；党员参会率"
                 "不低于百分之八十。", 7,
                 "“三会一课”每少1次扣0.5分，最高扣3分；书记讲党课每少1次扣0.5分；参会率90%以上的得2分，80%（含）—90%的得1分，80%以下的不得分；会议"
                 "记录缺时间、人员、内容等要素的，每次扣0.1分，最高扣1分。", "会议记录本、签到表、党课讲稿"),
            _row("每月第二周的星期五开展主题党日活动，年初制定全年主题党日计划，每次活动主题明确；年内组织党员到红色教育基地开展现场教学不少于2次。", 6,
                 "主题党日每少1次扣0.3分，最高扣2分；未制定全年计划的扣0.5分；主题不明确、流于形式的，酌情扣0.5-1分；现场教学每少1次扣0.5分。",
                 "主题党日计划、活动签到表、活动照片"),
            _row("每年召开一次组织生活会，会前广泛征求党员群众意见、开展谈心谈话，班子成员撰写对照检查材料；会后开展民主评议党员，评议结果在社区公示栏"
                 "公示。", 6,
                 "未召开组织生活会的扣2分；未征求意见的扣0.5分；谈心谈话未覆盖全体委员的扣0.5分；缺对照检查材料的，每人扣0.2分，最高扣1分；未开展民主"
                 "评议党员的扣1.5分；评议结果未公示的扣0.5分。", "会议记录、征求意见汇总表、谈心谈话记录、民主评议测评表"),
            _row("党员按月交纳党费，党费收缴情况每季度在党务公开栏公示一次；年内确定入党积极分子不少于2名，发展对象公示不少于5个工作日；实行党员积分管理，"
                 "积分每半年公示一次。", 6,
                 "未按月交纳的，每人次扣0.1分，最高扣1分；党费公示每少1次扣0.5分；积极分子每少1名扣0.5分；发展对象未公示的扣1分；未实行积分管理的扣"
                 "1分；积分公示每少1次扣0.5分；违反程序发展党员的，本项不得分。", "党费收缴台账、公示照片、入党积极分子名册、积分台账"),
        )),
        Section("基层治理", "基层治理\n（35分）", 35, (
            _row("健全“社区党委—网格党支部—楼栋党小组”组织体系，网格党支部覆盖率达到100%；网格员每月走访网格内住户不少于1遍，走访情况录入民情台账。",
                 6,
                 "网格党支部覆盖率每低10个百分点扣1分，最高扣2分；走访每少1遍扣0.3分，最高扣2分；无民情台账的扣1分；台账记录不全的，酌情扣0.5-1分。",
                 "网格党支部设置批复、走访记录、民情台账"),
            _row("每月开展一次矛盾纠纷排查，建立排查化解台账；矛盾纠纷调解成功率达到百分之九十五以上；全年不发生“民转刑”案件和越级上访。", 6,
                 "排查每少1次扣0.3分，最高扣1.5分；无排查化解台账的扣1分；调解成功率95%以上的得2分，90%（含）—95%的得1分，90%以下的不得分；发生"
                 "“民转刑”案件的，本项不得分；发生越级上访的，每起扣1分。", "排查记录、调解记录、排查化解台账"),
            _row("每季度召开一次居民议事会（“坝坝会”），议题事先公告，议事结果公开；年内通过协商解决老旧小区改造、停车等民生实事不少于5件。", 5,
                 "议事会每少1次扣0.5分；议题未公告或结果未公开的，每次扣0.3分，最高扣1分；民生实事每少1件扣0.4分，最高扣2分。",
                 "议事会记录、公告照片、民生实事清单"),
            _row("辖区物业服务企业党组织组建率达到百分之七十以上，未组建的选派党建指导员；建立社区党委、业委会、物业服务企业“三方联席会议”机制，每月召开"
                 "一次；物业服务投诉按期办结率达到百分之九十。", 7,
                 "组建率每低10个百分点扣0.5分，最高扣1.5分；未选派指导员的扣0.5分；未建立“三方联席会议”机制的扣1分；联席会议每少1次扣0.2分，最高扣"
                 "2分；办结率每低5个百分点扣0.5分，最高扣2分。", "联席会议纪要、投诉办理台账"),
            _row("在职党员到社区报到率达到100%，每人每年参加社区志愿服务不少于3次；社区党员志愿服务队每月开展一次志愿服务，党员年人均志愿服务时长不少于"
                 "12小时。", 6,
                 "报到率每低1个百分点扣0.1分，最高扣1分；在职党员志愿服务不足3次的，每人扣0.1分，最高扣1.5分；志愿服务每少1次扣0.2分，最高扣1.5分；"
                 "人均时长每少2小时扣0.2分，最高扣1分。", "报到登记台账、志愿服务记录、志愿服务时长统计表"),
            _row("建立困难党员、独居老人、留守儿童关爱台账，每月走访独居老人不少于1次；“七一”、春节走访慰问老党员、困难党员，慰问覆盖率达到100%。", 5,
                 "无关爱台账的扣1分；走访每少1次扣0.2分，最高扣1.5分；慰问覆盖率每低5个百分点扣0.5分，最高扣1.5分。", "关爱台账、走访记录、慰问签领表"),
        )),
        Section("服务保障", "服务保障\n（25分）", 25, (
            _row("每半年开展一次意识形态工作分析研判；社区微信公众号、居民微信群信息发布落实“三审三校”；全年不发生意识形态领域重大负面舆情。", 4,
                 "研判每少1次扣1分；信息未经审核发布的，每次扣0.5分，最高扣1分；发生重大负面舆情的，实行一票否决，本项不得分。",
                 "研判记录、信息审核登记表"),
            _row("社区党群服务中心面积不少于300平方米，有党旗、有标识、有制度；每周开放不少于6天，实行错时延时服务；便民服务事项网上可办率达到百分之"
                 "九十。", 5,
                 "党旗、标识、制度每缺一项扣0.5分；开放时间不足或未实行错时延时服务的，酌情扣0.5-1分；可办率每低5个百分点扣0.5分，最高扣1.5分。",
                 "阵地照片、值班排班表"),
            _row("与辖区机关企事业单位党组织签订共建协议不少于5家，每半年召开一次“大党委”联席会议；年内共建单位认领服务项目不少于5个，项目完成率达到百分之"
                 "九十。", 5,
                 "共建协议每少1家扣0.3分，最高扣1.5分；联席会议每少1次扣0.5分；认领项目每少1个扣0.3分；完成率低于90%的扣1分。",
                 "共建协议书、联席会议记录、项目认领清单"),
            _row("年初制定社区党建工作计划，7月10日前报送半年工作小结，12月20日前报送全年工作总结；党建工作台账资料按月整理归档。", 5,
                 "缺计划、小结或总结的，每项扣1分；未按时报送的，每次扣0.5分；台账资料未按月归档的，每月扣0.1分，最高扣1分。",
                 "工作计划、半年小结、年度总结、党建工作台账"),
            _row("年底由街道党工委委托第三方对社区党建工作开展居民满意度测评，满意率达到百分之九十。", 6,
                 "满意率95%以上的得6分，90%（含）—95%的得5分，85%（含）—90%的得3分，80%（含）—85%的得1分，80%以下的不得分。", "第三方测评报告"),
        )),
    ),
)

HEADER = ["考核项目", "考核内容", "分值", "评分标准", "佐证材料"]
NOTE = ("说明：1.本表由街道党工委于12月下旬组织考核，采取听取汇报、查阅佐证材料、实地查看、入户走访、第三方测评相结合的方式进行，以2025年1月1日至"
        "考核之日形成的资料为准；2.各项扣分以该项分值为限，扣完为止；评分标准列明得分档次的，按档次计分；3.可办率以绵阳市政务服务网统计数据为准，调解"
        "成功率以街道综治中心调解台账为准；4.考核得分90分以上的为“好”，80—89分的为“较好”，70—79分的为“一般”，70分以下的为“差”，考核结果与社区"
        "工作者绩效报酬挂钩。")


def build(t: Table, path: Path) -> None:
    import openpyxl
    from openpyxl.styles import Alignment, Font

    ncols = len(HEADER)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "社区党委考核"
    center = Alignment(horizontal="center", vertical="center", wrap_text=True)
    wrap = Alignment(vertical="center", wrap_text=True)
    xlsx_title(ws, t.title, ncols, Font(name="方正小标宋简体", size=16), center)
    xlsx_line(ws, "考核对象：城厢街道各社区党委", ncols)
    xlsx_line(ws, "社区：              考核组成员：              考核时间：", ncols)
    xlsx_header(ws, HEADER, ncols)
    first = ws.max_row
    for s in t.sections:
        top = ws.max_row + 1
        for i, row in enumerate(s.rows):
            ws.append([s.printed if i == 0 else None, row.text, row.points, row.scoring, row.method])
            for c in (2, 4, 5):
                ws.cell(ws.max_row, c).alignment = wrap
            ws.cell(ws.max_row, 3).alignment = center
        xlsx_merge_down(ws, 1, top, ws.max_row, center)
    xlsx_total_row(ws, t.total, 3, ncols, center)
    xlsx_borders(ws, first, ncols)
    xlsx_note(ws, NOTE, ncols, 80)
    xlsx_widths(ws, (12, 56, 6, 56, 24))
    wb.save(str(path))
