"""江夏区工商联党组2025年度商会（行业协会）党组织党建工作考核评分表 (.xlsx), as the 党组 of the 工商联 of 武汉 江夏区 (the 区委两新工委 leaving the
商会 党建 to it; its 商会党建工作办公室 with the 会员部, the 区民政局 社会组织管理科 and a 党建指导员 from each 街道, a 考核组 calling on the 商会 in the
纸坊 office buildings and the 庙山、藏龙岛 industrial parks in the first half of December, when the 梁子湖 is grey, the 会员企业 are closing their
books and the 年会 of each 商会 is being planned) scores the 党组织 of the 商会 and 行业协会 under the 工商联: the 异地商会 of the 福建、温州、湖南
businessmen with a 党支部 of their own, the small 行业协会 of the 建材、餐饮、物流 trades joined into a 联合党支部, the 街道商会 whose 会长 is a 党员 and
whose 会员企业 mostly have no 党组织 yet: a sheet whose 考核要点 prints what the 党组织 must have done, whose 计分方法 takes points off one clause at a
time (scoring the 会员企业 党组织覆盖率 and the 年底 满意率 in bands and the 共建实效 by 好/较好/一般), and whose 佐证材料 names the papers: 组织覆盖
(the 单独 or 联合 建立, the 指导员 and the 换届; the 党组织覆盖率 in bands, the 党的工作覆盖率, a half-yearly 摸排 and the 信息台账; the 书记 and the
“双向进入”, the 交叉任职比例, the 章程 and the 听取意见), 组织生活 (the “三会一课” 线上+线下, the 参会率 and the 签到; the monthly 主题党日, four “党建
进企业” and the 书记's two 党课; the 组织生活会, the 谈心谈话, the 民主评议 and the “口袋党员” 登记; one 积极分子, the 公示, 党费 按月 with a half-yearly
公示 and a 一票否决), 政治引领 (the 出资人 培训, 16学时 and two 现场学习; a half-yearly 研判 and the 先审后发; the 诚信 承诺书 签订率, the 调解组织, five
调解 and no 失信; the 品牌, two 报道 and the 阵地), 作用发挥 (three 结对 of the “万企兴万村”, two 公益活动 and the 实效; a quarterly 走访, the 问题清单,
the 办结率 and four 服务活动; five 先锋岗, the 承诺践诺, its 公开 and the 年底 评议; the 共建协议, a half-yearly 联建活动 and the 实效 graded) and 基础
保障 (the 经费 in the 预算, the 经费台账, the 年初 计划 and the 年底 总结; the 年底 述职 and its 满意率; the 年底 满意率 in bands).

A merged title row and a merged "考核对象：区工商联所属商会、行业协会党组织（含联合党支部）" line above the header 序号 | 考核项目 | 考核要点 | 计分方法 |
分值 | 佐证材料. Each category is a SECTION ROW merged across the sheet, printed WITH an ordinal and its points on one line, "一、组织覆盖（20分）". 序号
(FIRST column) RESTARTS at 1 under every section row (ids "1.1" … "5.3"). 考核项目 is a short name (`Row.indicator`); 考核要点 (`Row.text`) says what
is required; the 计分方法 (`Row.scoring`) comes BEFORE the 分值, a plain number; 佐证材料 (`Row.method`) names the papers, joined by "、". A 合计 row of
100 and a merged 说明 row close the sheet. Counts in figures and Chinese numerals, nearly all in the 考核要点 ("3名以上", "不足3名", "按期", "百分之
八十以上", "100%", "每半年开展一次", "不低于百分之五十", "支部委员会每月召开1次，党员大会每季度召开1次，党小组会每季度召开1次，党课每季度1次", "不低于
百分之七十", "每月开展一次", "年内…不少于4次", "每年讲党课不少于2次", "每年召开一次", "年内…不少于1名", "不少于5个工作日", "按月", "每半年公示一次",
"每年…不少于1次", "每人不少于16学时", "年内…不少于2次", "每半年…一次", "百分之九十", "年内…不少于5件", "全年", "年内…不少于2次", "不少于3个",
"年内…不少于2次", "每季度至少…一次", "百分之九十", "年内…不少于4场", "不少于5个", "年底", "每半年开展一次", "年初", "年底", "年底", "不低于百分之
八十五", "年底", "不低于百分之九十"); "最高扣" caps; bands of the 党组织覆盖率 (4 of the 8 points, closed by "60%以下的不得分") and of the 年底 满意率
(all 3, closed by "85%以下的不得分"); the 共建实效 graded "好的得2分，较好的得1分，一般的不得分"; "酌情扣1-2分" once; one "实行一票否决，本项不得分".
"""

from __future__ import annotations

from pathlib import Path

from .build_helpers import xlsx_borders, xlsx_header, xlsx_line, xlsx_note, xlsx_title, xlsx_total_row, xlsx_widths
from .model import Row, Section, Table


def _row(label: str, text: str, scoring: str, points: float, proof: str) -> Row:
    """One row in the order the sheet prints it: 考核项目, 考核要点, 计分方法, 分值, 佐证材料."""
    return Row(text, points, scoring, proof, indicator=label)


TABLE = Table(
    name="zzzzw_jiangxia_gongshanglian_shanghui_xiehui_dangzuzhi_xlsx",
    fmt="xlsx",
    title="江夏区工商联党组2025年度商会（行业协会）党组织党建工作考核评分表",
    numbering="restart",
    sections=(
        Section("组织覆盖", "一、组织覆盖（20分）", 20, (
            _row("组织设置",
                 "商会（协会）有正式党员3名以上的单独建立党支部，不足3名的与相近商会组建联合党支部或选派党建指导员；党组织按期换届。",
                 "应建未建的扣3分；未选派党建指导员的扣1分；未按期换届的扣1分。", 5, "党组织成立批复、换届选举批复"),
            _row("覆盖质量",
                 "有党员的会员企业党组织覆盖率达到百分之八十以上，会员企业党的工作覆盖率达到100%；每半年开展一次会员企业党员摸排，建立会员企业党员信息"
                 "台账。",
                 "党组织覆盖率80%以上的得4分，60%（含）—80%的得2分，60%以下的不得分；党的工作覆盖率每低5个百分点扣0.5分，最高扣2分；摸排每少1次扣"
                 "0.5分；无信息台账的扣1分。", 8, "会员企业党建情况统计表、党员信息台账"),
            _row("双向进入",
                 "商会党组织书记由会长或党员副会长担任，党组织班子成员与商会理事会成员“双向进入、交叉任职”，交叉任职比例不低于百分之五十；党建工作写入"
                 "商会章程；商会重大事项决策前听取党组织意见。",
                 "交叉任职比例低于50%的扣2分；党建工作未写入章程的扣2分；重大事项未听取党组织意见的，每件扣1分，最高扣3分。", 7,
                 "商会章程、理事会成员名单"),
        )),
        Section("组织生活", "二、组织生活（25分）", 25, (
            _row("“三会一课”",
                 "支部委员会每月召开1次，党员大会每季度召开1次，党小组会每季度召开1次，党课每季度1次；党员分散在各会员企业的，可采取“线上+线下”方式，"
                 "党员参会率不低于百分之七十。",
                 "“三会一课”每少1次扣0.5分，最高扣4分；参会率每低5个百分点扣0.5分，最高扣2分；无签到的，每次扣0.1分，最高扣1分。", 7,
                 "会议记录、签到表"),
            _row("主题党日",
                 "每月开展一次主题党日活动，年内到会员企业轮流开展“党建进企业”主题党日不少于4次；党组织书记每年讲党课不少于2次。",
                 "主题党日每少1次扣0.3分，最高扣2分；“党建进企业”每少1次扣0.5分；书记讲党课每少1次扣0.5分。", 6, "活动照片、党课讲稿"),
            _row("组织生活会",
                 "每年召开一次组织生活会，会前开展谈心谈话；会后开展民主评议党员；对会员企业中的“口袋党员”“隐形党员”逐一登记，动员转入组织关系。",
                 "未召开组织生活会的扣2分；未开展谈心谈话的扣0.5分；未开展民主评议党员的扣1分；“口袋党员”未登记的，每人扣0.5分，最高扣1.5分。", 6,
                 "会议记录、民主评议表、“口袋党员”登记表"),
            _row("发展党员",
                 "年内在会员企业出资人、经营管理骨干和青年员工中培养入党积极分子不少于1名；发展对象公示不少于5个工作日；党员按月交纳党费，党费收缴情况"
                 "每半年公示一次。",
                 "未培养积极分子的扣1.5分；发展对象未公示的扣1分；未按月交纳的，每人次扣0.1分，最高扣1分；党费公示每少1次扣0.5分；违反程序发展党员的，"
                 "实行一票否决，本项不得分。", 6, "发展党员档案、党费收缴台账、公示截图"),
        )),
        Section("政治引领", "三、政治引领（20分）", 20, (
            _row("出资人教育",
                 "每年组织会员企业出资人、商会负责人参加理想信念教育培训不少于1次，每人不少于16学时；年内组织会员企业到红色教育基地开展现场学习不少于"
                 "2次。",
                 "未组织培训的扣2分；学时不足的，每人扣0.2分，最高扣1.5分；现场学习每少1次扣1分。", 6, "培训通知、培训签到表、现场学习照片"),
            _row("意识形态",
                 "每半年分析研判一次会员企业和商会人士思想动态；商会网站、微信公众号、会刊信息发布先审后发。",
                 "研判每少1次扣1分；信息未经审核发布的，每次扣0.5分，最高扣2分。", 4, "研判记录、审核登记表"),
            _row("诚信守法",
                 "推动会员企业签订诚信经营承诺书，签订率达到百分之九十；建立商会商事调解组织，年内调解会员企业经营纠纷不少于5件；会员企业党员负责人全年"
                 "无严重违法失信行为。",
                 "签订率每低5个百分点扣0.5分，最高扣1.5分；未建立调解组织的扣1分；调解纠纷每少1件扣0.3分；党员负责人被列入严重失信主体名单的，每人扣"
                 "1分。", 5, "诚信承诺书、调解台账"),
            _row("品牌阵地",
                 "打造商会党建品牌，年内在区级以上媒体宣传报道不少于2次；商会党建活动阵地有标识、有制度、有书籍。",
                 "未打造品牌的扣1.5分；宣传报道每少1次扣0.5分；阵地标识、制度、书籍每缺一项扣0.5分。", 5, "报道截图、阵地照片"),
        )),
        Section("作用发挥", "四、作用发挥（25分）", 25, (
            _row("乡村振兴",
                 "组织会员企业参与“万企兴万村”行动，与村（社区）结对不少于3个；年内开展光彩公益、助学济困等公益活动不少于2次。",
                 "结对每少1个扣1分；公益活动每少1次扣1分；结对帮扶无实效的，酌情扣1-2分。", 7, "结对协议、活动照片"),
            _row("服务会员",
                 "党组织每季度至少走访会员企业一次，帮助解决融资、用工等困难，建立问题清单，问题办结率达到百分之九十；年内组织政策宣讲、银企对接等服务"
                 "活动不少于4场。",
                 "走访每少1次扣0.5分；无问题清单的扣1分；办结率每低5个百分点扣0.5分，最高扣1.5分；服务活动每少1场扣0.5分。", 6, "走访记录、问题清单"),
            _row("党员作用",
                 "会员企业党员亮身份，设立党员先锋岗不少于5个；开展“党员出资人承诺践诺”活动，承诺事项公开，年底评议践诺情况。",
                 "先锋岗每少1个扣0.5分；未开展承诺践诺活动的扣1.5分；承诺事项未公开的扣0.5分；年底未评议的扣1分。", 6, "先锋岗名单、承诺书"),
            _row("结对共建",
                 "商会党组织与所在街道、社区党组织签订共建协议，每半年开展一次联建活动；联合开展招商引资、稳岗就业等工作取得实效。",
                 "未签订共建协议的扣1分；联建活动每少1次扣1分；共建实效由考核组评定，好的得2分，较好的得1分，一般的不得分。", 6, "共建协议、活动照片"),
        )),
        Section("基础保障", "五、基础保障（10分）", 10, (
            _row("经费计划",
                 "商会将党建工作经费纳入年度预算，建立党建经费使用台账；年初制定党建工作计划，年底形成工作总结。",
                 "未列支党建工作经费的扣1分；无经费台账的扣0.5分；缺计划或总结的，每项扣1分。", 4, "年度预算表、经费台账、工作计划、工作总结"),
            _row("书记述职",
                 "党组织书记年底向区工商联党组述职，述职评议满意率不低于百分之八十五。",
                 "未述职的扣2分；满意率低于85%的扣1分。", 3, "述职报告、测评表"),
            _row("会员评价",
                 "年底由区工商联对会员企业开展商会党建工作满意度测评，满意率不低于百分之九十。",
                 "满意率95%以上的得3分，90%（含）—95%的得2分，85%（含）—90%的得1分，85%以下的不得分。", 3, "测评统计表"),
        )),
    ),
)

HEADER = ["序号", "考核项目", "考核要点", "计分方法", "分值", "佐证材料"]
NOTE = ("说明：1.本表由区工商联党组于12月上中旬组织考核，商会党建工作办公室牵头，采取听取汇报、查阅佐证材料、走访会员企业、问卷测评相结合的方式"
        "进行，以2025年1月1日至考核之日形成的资料为准；2.各项扣分以该项分值为限，扣完为止；计分方法列明得分档次或等次的，按档次、等次计分；3.会员"
        "企业党组织覆盖率以区委两新工委年度统计数据为准；4.考核得分90分以上的为“五星级商会党组织”，80—89分的为“四星级”，70—79分的为“三星级”，70分"
        "以下的不评星，考核结果作为商会等级评定和评先评优的重要依据。")


def build(t: Table, path: Path) -> None:
    import openpyxl
    from openpyxl.styles import Alignment, Font

    ncols = len(HEADER)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "商会党组织考核"
    center = Alignment(horizontal="center", vertical="center", wrap_text=True)
    wrap = Alignment(vertical="center", wrap_text=True)
    xlsx_title(ws, t.title, ncols, Font(name="黑体", size=16, bold=True), center)
    xlsx_line(ws, "考核对象：区工商联所属商会、行业协会党组织（含联合党支部）", ncols)
    xlsx_header(ws, HEADER, ncols)
    first = ws.max_row
    for s in t.sections:
        xlsx_line(ws, s.printed, ncols)
        ws.cell(ws.max_row, 1).font = Font(bold=True)
        for i, row in enumerate(s.rows, 1):
            ws.append([i, row.indicator, row.text, row.scoring, row.points, row.method])
            for c in (2, 3, 4, 6):
                ws.cell(ws.max_row, c).alignment = wrap
            for c in (1, 5):
                ws.cell(ws.max_row, c).alignment = center
    xlsx_total_row(ws, t.total, 5, ncols, center)
    xlsx_borders(ws, first, ncols)
    xlsx_note(ws, NOTE, ncols, 80)
    xlsx_widths(ws, (6, 12, 50, 50, 6, 22))
    wb.save(str(path))
