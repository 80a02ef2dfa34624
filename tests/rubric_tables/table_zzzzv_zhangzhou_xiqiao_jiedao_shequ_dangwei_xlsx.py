"""芗城区西桥街道党工委2025年度社区党委党建工作考核评分表 (.xlsx), as the 街道党工委 of 西桥街道 in 福建 漳州 芗城区 (its 党建办 with the 社区
治理办, the 综治中心, the 网格化服务管理中心 and the 街道纪工委, a 考核组 walking from 社区 to 社区 in the last fortnight of December, when the 九龙江
runs low and slow past the 中山公园, the 水仙花 bulbs are carved for the 春节 in the old 骑楼 arcades of the 历史街区 and the 四果汤 stalls have shut
for the winter) scores the 社区党委 of the old river-side heart of the city: the 骑楼 lanes whose shop-houses hold three generations of one family,
the 单位宿舍 of the closed 罐头厂, the new 商品房 小区 along the 西院湖 with their 物业 and their 业委会, the 驻区 机关 and 学校 whose 在职党员 come
to 报到, the 网格 where a 专职网格员 knocks on eighty doors a month: a sheet whose 考核内容 prints what the 社区党委 must have done, whose 评分标准
takes points off one clause at a time and scores two rates in bands (the 主题党日 参会率 for 3 of the 6 points, the 年底 满意率 for all 8), and whose
考核方式 says only how the 考核组 looks: 班子建设 (the “一肩挑”, the 交叉任职比例, one under 35 and three of 大专; the 年初 责任书, the 年底 述职 and the
书记's two 党课; the “第一议题”, a monthly 集体学习 and 32学时), 组织生活 (the “三会一课” of the 网格党支部, the 签到 and the 记录; the 主题党日 on the
second Saturday and its 参会率 in bands; the 组织生活会, the 谈心谈话, the 对照检查材料, the 民主评议 and the 备案; 党费 按月, the 3月底 核定 and a
half-yearly 公示; one 发展, two 积极分子, the 公示 and a "本项不得分"), 治理服务 (the 网格 体系, eighty 户 a month and the 按期办结率; the 报到率, two
志愿服务 each and the 积分台账; three 共建协议, a quarterly “大党委” 联席会议 and three 共建项目; the “红色物业” 组建率 and a monthly 三方联席会议; three
服务队, a monthly 志愿服务 and 20小时; the “七一”、春节 慰问 全覆盖, a quarterly 送学 and the 帮扶台账; a monthly 排查, the 化解率 and a 一票否决) and
阵地保障 (the 300平方米, the 开放 and a quarterly “邻里节”; a quarterly 公开 and its 审核; the 年初 计划, the 7月10日 半年小结, the 年底 总结 and the
归档; the 年底 满意率 in bands).

A merged title row, a merged "考核对象：西桥街道各社区党委" line and a merged "社区：    考核组：    考核日期：" line above the header 序号 | 考核内容 |
分值 | 评分标准 | 考核方式 | 得分. Each category is a SECTION ROW merged across the sheet, printed WITH an ordinal and its points on one line,
"一、班子建设（15分）". 序号 (FIRST column) runs 1..19 through the sheet, NOT restarting under the section rows. There is no short sub-label: 考核内容
(`Row.text`) says what is required; 分值 is a plain number BEFORE the 评分标准 (`Row.scoring`); 考核方式 (`Row.method`) names ways of checking only
(查阅资料, 个别谈话, 查阅会议记录, 核对签到表, 平台数据核对, 入户抽查, 暗访, 问卷测评 …); 得分 is blank. A 合计 row of 100 and a merged 说明 row close the
sheet. Counts in figures and Chinese numerals, nearly all in the 考核内容 ("不低于百分之五十", "35周岁以下的不少于1名", "大专及以上学历的不少于3名",
"年初", "年底", "每年…不少于2次", "每月开展一次", "每人每年…不少于32学时", "支部委员会每月召开1次，党员大会每季度召开1次，党小组会每月召开1次，党课
每季度1次", "每月第二个星期六", "百分之八十五以上", "每年召开一次", "按月", "每年3月底前", "每半年公示一次", "年内…不少于1名", "不少于2名", "不少于5个
工作日", "每月…不少于80户", "百分之九十五以上", "100%", "每人每年…不少于2次", "不少于3家", "每季度召开一次", "年内…不少于3个", "百分之六十以上",
"每月召开一次", "不少于3支", "每月开展一次", "不少于20小时", "“七一”、春节", "全覆盖", "每季度…一次", "每月开展一次", "百分之九十八以上", "全年",
"不少于300平方米", "每季度开展一次", "每季度公开一次", "年初", "7月10日前", "年底", "年底", "不低于百分之九十"); "最高扣" caps; bands of the
主题党日 参会率 (3 of the 6 points, closed by "80%以下的不得分") and of the 年底 满意率 (all 8, closed by "80%以下的不得分"); "每低1个百分点" and
"每低10个百分点"; "酌情扣1-1.5分" once, "酌情扣0.5-1分" four times, "酌情扣0.5分" twice and "酌情扣1分" once; one "本项不得分" and one "实行一票否决，
本项不得分".
"""

from __future__ import annotations

from pathlib import Path

from .build_helpers import xlsx_borders, xlsx_header, xlsx_line, xlsx_note, xlsx_title, xlsx_total_row, xlsx_widths
from .model import Row, Section, Table


def _row(text: str, points: float, scoring: str, how: str) -> Row:
    """One row in the order the sheet prints it: 考核内容, 分值, 评分标准, 考核方式."""
    return Row(text, points, scoring, how)


TABLE = Table(
    name="zzzzv_zhangzhou_xiqiao_jiedao_shequ_dangwei_xlsx",
    fmt="xlsx",
    title="芗城区西桥街道党工委2025年度社区党委党建工作考核评分表",
    numbering="printed",
    sections=(
        Section("班子建设", "一、班子建设（15分）", 15, (
            _row("社区“两委”班子配备齐全，社区党委书记、居委会主任“一肩挑”；“两委”成员交叉任职比例不低于百分之五十；班子成员中35周岁以下的不少于"
                 "1名，大专及以上学历的不少于3名；班子团结协作。", 5,
                 "班子不健全或未实行“一肩挑”的扣1分；交叉任职比例低于50%的扣1分；35周岁以下、大专及以上学历成员每缺1名扣0.5分，最高扣1.5分；班子"
                 "不团结、有内耗的，酌情扣1-1.5分。", "查阅资料、个别谈话"),
            _row("社区党委书记年初与街道党工委签订抓党建工作责任书，年底向街道党工委述职并接受党员群众评议；书记每年为党员讲党课不少于2次。", 5,
                 "未签订责任书的扣1分；未述职评议的扣2分；书记讲党课每少1次扣1分。", "查阅资料"),
            _row("落实“第一议题”制度，社区党委每月开展一次集体学习；党员每人每年参加集中学习培训不少于32学时。", 5,
                 "“第一议题”制度未落实的扣1分；集体学习每少1次扣0.3分，最高扣2分；学时不足的，每人扣0.1分，最高扣1.5分；学习记录不完整的，酌情扣"
                 "0.5分。", "查阅资料、抽查党员"),
        )),
        Section("组织生活", "二、组织生活（25分）", 25, (
            _row("各网格党支部落实“三会一课”制度：支部委员会每月召开1次，党员大会每季度召开1次，党小组会每月召开1次，党课每季度1次；会议有签到、有"
                 "记录。", 6,
                 "“三会一课”每少1次扣0.5分，最高扣4分；无签到或记录要素不全的，每次扣0.2分，最高扣2分。", "查阅会议记录"),
            _row("每月第二个星期六开展主题党日活动，结合闽南红色文化开展党性教育实践；党员参会率达到百分之八十五以上。", 6,
                 "主题党日每少1次扣0.5分，最高扣3分；参会率90%以上的得3分，85%（含）—90%的得2分，80%（含）—85%的得1分，80%以下的不得分。",
                 "查阅资料、核对签到表"),
            _row("每年召开一次组织生活会，会前开展谈心谈话，班子成员撰写对照检查材料；会后开展民主评议党员，评议结果报街道党工委备案。", 5,
                 "未召开组织生活会的扣2分；未开展谈心谈话的扣0.5分；无对照检查材料的扣0.5分；未开展民主评议党员的扣1.5分；评议结果未备案的扣0.5分。",
                 "查阅资料、个别谈话"),
            _row("党员按月足额交纳党费，每年3月底前完成交纳基数核定；党费收缴情况每半年公示一次。", 4,
                 "未按月交纳的，每人次扣0.1分，最高扣1.5分；未核定基数的扣1分；公示每少1次扣0.5分。", "查阅资料、系统核对"),
            _row("年内发展党员不少于1名，培养入党积极分子不少于2名；严格执行发展党员工作程序，发展对象公示不少于5个工作日。", 4,
                 "未发展党员的扣1分；积极分子每少1名扣0.5分；发展对象未公示的扣1分；违反程序发展党员的，本项不得分。", "查阅发展党员档案"),
        )),
        Section("治理服务", "三、治理服务（38分）", 38, (
            _row("推行“社区党委—网格党支部—楼栋党小组—党员中心户”组织体系，每个网格配备1名专职网格员；网格员每月入户走访不少于80户；居民诉求按期"
                 "办结率达到百分之九十五以上。", 6,
                 "网格党组织设置不全的扣1分；网格员配备不到位的，酌情扣0.5-1分；走访不足的，每人每月扣0.1分，最高扣2分；按期办结率每低1个百分点扣"
                 "0.3分，最高扣2分。", "平台数据核对、入户抽查"),
            _row("在职党员到社区报到率达到100%；报到党员每人每年参加社区志愿服务不少于2次；建立报到党员服务积分台账。", 5,
                 "报到率每低1个百分点扣0.2分，最高扣2分；志愿服务不足2次的，每人扣0.1分，最高扣2分；无积分台账的扣1分。", "查阅资料、平台查询"),
            _row("与辖区机关、企事业单位党组织签订共建协议不少于3家；每季度召开一次“大党委”联席会议；年内共同实施共建项目不少于3个。", 6,
                 "共建协议每少1家扣0.5分；联席会议每少1次扣0.5分；共建项目每少1个扣0.5分；议定事项落实不到位的，酌情扣1分。", "查阅资料、走访共建单位"),
            _row("推进“红色物业”建设，物业服务企业党组织组建率达到百分之六十以上；每月召开一次社区党委、业委会、物业服务企业三方联席会议。", 5,
                 "组建率每低10个百分点扣0.5分，最高扣2分；三方联席会议每少1次扣0.2分，最高扣2分；因物业问题引发群体性事件的，每起扣1分。",
                 "查阅资料、实地查看"),
            _row("组建党员志愿服务队不少于3支，每月开展一次志愿服务活动；党员志愿者年人均服务时长不少于20小时。", 6,
                 "服务队每少1支扣0.5分；志愿服务每少1次扣0.2分，最高扣2分；人均时长每少1小时扣0.1分，最高扣2分。", "平台查询、查阅资料"),
            _row("“七一”、春节走访慰问老党员、困难党员，实现全覆盖；对80周岁以上、行动不便的党员每季度上门送学一次；建立困难党员帮扶台账。", 5,
                 "慰问每少1人扣0.2分，最高扣1.5分；送学每少1次扣0.3分，最高扣1.5分；无帮扶台账的扣1分；帮扶措施不具体的，酌情扣0.5-1分。",
                 "查阅资料、走访党员"),
            _row("每月开展一次矛盾纠纷排查，矛盾纠纷化解率达到百分之九十八以上；全年不发生重大安全事故和群体性事件。", 5,
                 "排查每少1次扣0.3分，最高扣2分；化解率每低1个百分点扣0.2分，最高扣1分；发生重大安全事故或群体性事件的，实行一票否决，本项不得分。",
                 "查阅资料、综治平台核对"),
        )),
        Section("阵地保障", "四、阵地保障（22分）", 22, (
            _row("社区党群服务中心面积不少于300平方米，标识规范、功能齐全，工作日全天开放；每季度开展一次“邻里节”等主题活动。", 5,
                 "面积不足或功能不全的，酌情扣0.5-1分；标识不规范的扣0.5分；暗访发现未开放的，每次扣0.5分，最高扣1.5分；主题活动每少1次扣0.5分。",
                 "实地查看、暗访"),
            _row("党务、居务每季度公开一次，公开内容经社区居务监督委员会审核。", 4,
                 "公开每少1次扣0.5分；未经审核的，每次扣0.5分，最高扣1分；公开内容不规范的，酌情扣0.5分。", "实地查看、查阅资料"),
            _row("年初制定党建工作计划，7月10日前报送半年工作小结，年底形成年度工作总结；党建资料按年度分类归档。", 5,
                 "缺计划、半年小结或总结的，每项扣1分；资料归档不规范的，酌情扣0.5-1分。", "查阅资料"),
            _row("年底由街道党工委组织党员、居民代表对社区党委工作开展满意度测评，满意率不低于百分之九十。", 8,
                 "满意率95%以上的得8分，90%（含）—95%的得6分，85%（含）—90%的得4分，80%（含）—85%的得2分，80%以下的不得分。", "问卷测评"),
        )),
    ),
)

HEADER = ["序号", "考核内容", "分值", "评分标准", "考核方式", "得分"]
NOTE = ("说明：1.本表由街道党工委于12月下旬组织考核，采取听取汇报、查阅资料、实地查看、入户抽查、问卷测评相结合的方式进行，以2025年1月1日至考核"
        "之日形成的资料为准；2.各项扣分以该项分值为限，扣完为止；评分标准列明得分档次的，按档次计分；3.按期办结率以漳州市12345便民服务平台和街道网格化"
        "服务管理平台数据为准；4.考核得分90分以上的为“好”，80—89分的为“较好”，70—79分的为“一般”，70分以下的为“差”，"
        "考核结果与社区工作者绩效报酬挂钩。")


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
    xlsx_line(ws, "考核对象：西桥街道各社区党委", ncols)
    xlsx_line(ws, "社区：              考核组：              考核日期：", ncols)
    xlsx_header(ws, HEADER, ncols)
    first = ws.max_row
    number = 0
    for s in t.sections:
        xlsx_line(ws, s.printed, ncols)
        ws.cell(ws.max_row, 1).font = Font(bold=True)
        for row in s.rows:
            number += 1
            ws.append([number, row.text, row.points, row.scoring, row.method, None])
            for c in (2, 4, 5):
                ws.cell(ws.max_row, c).alignment = wrap
            for c in (1, 3):
                ws.cell(ws.max_row, c).alignment = center
    xlsx_total_row(ws, t.total, 3, ncols, center)
    xlsx_borders(ws, first, ncols)
    xlsx_note(ws, NOTE, ncols, 72)
    xlsx_widths(ws, (6, 52, 6, 54, 18, 7))
    wb.save(str(path))
