"""南江县长赤镇2025年度村党组织建设工作考核评分表 (.xlsx), as the 镇党委 of 四川 巴中 南江县 长赤镇 (its 党建办 with the 农业综合服务中心, the 财政所,
the 综治中心 and the 镇纪委, a 考核组 led by the 包村 镇领导 going out to the 村 in the first week of December, when the 茶园 are cut back, the 南江
黄羊 are brought down from the high pastures and the 红军 stone-carved slogans on the old 场镇 walls are washed for the 纪念日) scores the 村党组织 of
an old 川陕苏区 township: the 村 in the 大巴山 folds where the 金银花 and the 茶叶 合作社 were started by the 村党支部, the 移民 settlement by the 长赤
场镇, the 监测户 that the 党员 visit every month, the young gone to 成都 and 浙江 who take part in the 主题党日 by 微信, the 森林防火 season of the
winter: a sheet whose 考核项目 are merged cells, whose 考核内容 prints what the 村 must have done and whose 评分标准 takes points off one clause at a
time, scores the 主题党日 参加率 and the 年底 满意率 in bands and the 经营性收入 in bands of 万元, and whose 一票否决 事项 are printed, before the 合计,
as rows of their own: 班子建设 (the 书记's 培训, the 年底 述职 and its 满意率; one roster of the “两委” by age and 学历 and the 团结; two 后备力量, the
档案 and a half-yearly 考察; the 坐班值班 制度, four 民情日记 a month and the 公示 of the 考核结果), 组织生活 (the “三会一课” and its 记录; the 主题党日 on
the 5th and the 参加率 in bands; the 组织生活会 with the 对照检查材料, the 民主评议 and its 备案; the 积分 with a quarterly 公示 and the 年底 “十星级党员”;
党费 按月, one 积极分子, "每两年至少发展1名" and the 公示), 发展治理 (the 经营性收入 in bands; one 合作社 and no “空壳”; a quarterly 公开 and the “四议
两公开” with its 会议记录 and 公示照片; a monthly 返贫 排查 and the 落实率; a monthly 矛盾纠纷排查, the 化解率 and no 越级上访; a quarterly 人居环境 整治,
the “门前三包”, the 村规民约 and one 评选), 服务群众 (the “一站式” 中心, the 代办 登记, the 回访 and the 办结率; the 志愿服务队, a quarterly 志愿服务 and 8
小时; the 结对共建 协议 and two 共建活动; the “七一”、春节 慰问 and the 年底 满意率 in bands).

A merged title row, a merged "考核对象：长赤镇各村党支部（党总支）" line and a merged "村名：    考核组长：    考核日期：" line above the header 序号 |
考核项目 | 考核内容 | 分值 | 评分标准 | 得分. 序号 (FIRST column) runs 1..19 through the sheet, NOT restarting. The 考核项目 are MERGED CELLS down the
SECOND column, printed WITH an ordinal and WITH their points on a SECOND line, "一、班子建设\\n（20分）". There is no short sub-label: 考核内容
(`Row.text`) says what is required; 分值 is a plain number BEFORE the 评分标准 (`Row.scoring`); 得分 is blank. After the 19 scored rows and BEFORE the
合计 row, the 一票否决 事项 as rows of their own, each ONE cell merged across the whole sheet: a heading "五、一票否决事项（有下列情形之一的，实行一票
否决，年度考核直接确定为“差”等次）" and four 情形 lines, "（一）村“两委”班子成员…的；" … "（四）…的。" (no 序号, no points; they belong to no item and
are not in `sections`). First printed with "五、一票否决事项" merged down the 考核项目 column over four rows, each 情形 in the 考核内容 column, the 分值
blank and the rule merged down the 评分标准 column, which the importer refused ("第24行缺少标准分"); so each 情形 is printed as one merged line, as
real tables also print them. A 合计 row of 100 and a merged 说明 row close the sheet. Counts in figures and Chinese numerals,
nearly all in the 考核内容 ("年内…不少于1次", "年底", "不低于百分之八十", "35周岁以下的不少于1名", "高中（中专）及以上学历的不少于3名", "不少于2名",
"每半年开展一次", "每天至少1名", "每人每月…不少于4篇", "年度", "支部委员会每月召开1次，党员大会每季度召开1次，党小组会每季度召开1次，党课每季度1次",
"每月5日", "百分之八十五以上", "每年召开一次", "每季度…公示一次", "年底", "按月", "年内…不少于1名", "每两年至少发展1名", "不少于7天", "8万元以上",
"1个以上", "不少于1个", "每季度公开一次", "每月开展一次", "100%", "每月开展一次", "百分之九十五以上", "全年", "每季度开展一次", "年内…不少于1次",
"百分之九十五", "每季度开展不少于1次", "不少于8小时", "年内…不少于2次", "“七一”、春节", "年底", "百分之九十"); "最高扣" caps; bands of the 主题党日
参加率 (3 of the 5 points), the 经营性收入 in 万元 (all 8 points) and the 年底 满意率 (4 of the 6 points), each closed by "…以下的不得分"; "酌情扣1-3分"
once, "酌情扣1-2分" once and "酌情扣0.5-1分" twice; two "本项不得分"; the 一票否决 only in its own rows.
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
    name="zzzzo_nanjiang_changchi_zhen_cun_dangzuzhi_xlsx",
    fmt="xlsx",
    title="南江县长赤镇2025年度村党组织建设工作考核评分表",
    numbering="printed",
    sections=(
        Section("班子建设", "一、班子建设\n（20分）", 20, (
            Row("村党组织书记年内参加县级以上示范培训不少于1次；年底向镇党委述职，党员群众代表评议满意率不低于百分之八十。", 5,
                "未参加培训的扣1分；未述职的扣2分；评议满意率每低5个百分点扣0.5分，最高扣2分。"),
            Row("村“两委”班子成员中35周岁以下的不少于1名、高中（中专）及以上学历的不少于3名；班子团结协作，无推诿扯皮。", 5,
                "35周岁以下成员缺额的扣1分；高中（中专）及以上学历成员每少1名扣0.5分；班子不团结、工作推诿扯皮的，酌情扣1-3分。"),
            Row("储备村级后备力量不少于2名，建立“一人一档”培养档案；镇党委每半年对后备力量开展一次跟踪考察。", 4,
                "后备力量每少1名扣1分；无培养档案的扣1分；跟踪考察每少1次扣0.5分。"),
            Row("落实村干部坐班值班制度，工作日每天至少1名村干部在村便民服务中心值班；村干部每人每月记录民情日记不少于4篇；村干部年度考核结果在村务"
                "公开栏公示。", 6,
                "无坐班值班制度的扣1分；暗访发现无人值班的，每次扣0.5分，最高扣2分；民情日记每少1篇扣0.1分，最高扣1分；考核结果未公示的扣1分。"),
        )),
        Section("组织生活", "二、组织生活\n（25分）", 25, (
            Row("严格落实“三会一课”：支部委员会每月召开1次，党员大会每季度召开1次，党小组会每季度召开1次，党课每季度1次；会议记录规范、要素齐全。", 6,
                "“三会一课”每少1次扣0.5分，最高扣4分；记录要素不全的，每次扣0.1分，最高扣1分；会议记录弄虚作假的，本项不得分。"),
            Row("每月5日开展主题党日活动，在外务工党员通过微信群线上参加；党员参加率达到百分之八十五以上。", 5,
                "主题党日每少1次扣0.3分，最高扣2分；参加率85%以上的得3分，75%（含）—85%的得2分，65%（含）—75%的得1分，65%以下的不得分。"),
            Row("每年召开一次组织生活会，班子和党员个人撰写对照检查材料，开展批评和自我批评；开展民主评议党员，评议结果报镇党委备案。", 5,
                "未召开组织生活会的扣2分；对照检查材料每缺1份扣0.2分，最高扣1分；未开展民主评议党员的扣1分；评议结果未备案的扣0.5分。"),
            Row("推行农村党员积分制管理，积分每季度在村务公开栏公示一次；年底依据积分评定“十星级党员”。", 4,
                "未实行积分管理的扣2分；积分公示每少1次扣0.5分；年底未评定的扣1分。"),
            Row("党员按月交纳党费；年内确定入党积极分子不少于1名，每两年至少发展1名党员；发展对象在村务公开栏公示不少于7天。", 5,
                "未按月交纳党费的，每人次扣0.1分，最高扣1分；未确定入党积极分子的扣1分；两年内未发展党员的扣1.5分；发展对象未公示的扣1分；违反程序"
                "发展党员的，本项不得分。"),
        )),
        Section("发展治理", "三、发展治理\n（35分）", 35, (
            Row("村集体经济年经营性收入达到8万元以上，有1个以上稳定增收项目。", 8,
                "年经营性收入30万元以上的得8分，15万元（含）—30万元的得6分，8万元（含）—15万元的得4分，3万元（含）—8万元的得2分，3万元以下的"
                "不得分。"),
            Row("村党组织领办茶叶、南江黄羊、金银花等产业合作社不少于1个，党员带头发展特色产业，带动群众增收。", 5,
                "未领办合作社的扣3分；合作社“空壳”运行、带动作用不明显的，酌情扣1-2分。"),
            Row("村务、财务每季度公开一次；重大事项落实“四议两公开”，有会议记录、有公示照片。", 5,
                "村务、财务公开每少1次扣0.5分；重大事项未执行“四议两公开”的，每件扣1分，最高扣3分；缺会议记录或公示照片的，每件扣0.3分。"),
            Row("落实防止返贫动态监测，每月开展一次排查；党员干部结对帮扶监测户，帮扶措施落实率达到100%。", 6,
                "排查每少1次扣0.3分，最高扣2分；监测户识别不及时、漏评的，每户扣0.5分，最高扣2分；帮扶措施落实率每低1个百分点扣0.2分，最高扣2分。"),
            Row("每月开展一次矛盾纠纷排查，矛盾纠纷化解率达到百分之九十五以上；全年无进京赴省越级上访。", 5,
                "排查每少1次扣0.3分；化解率每低1个百分点扣0.2分，最高扣1分；发生越级上访的，每起扣2分。"),
            Row("每季度开展一次人居环境集中整治，党员户带头落实“门前三包”；修订完善村规民约，年内开展“好婆婆”“好媳妇”等评选不少于1次。", 6,
                "集中整治每少1次扣0.5分；党员户“门前三包”不落实的，每户扣0.1分，最高扣1分；村规民约未修订的扣1分；未开展评选的扣1分。"),
        )),
        Section("服务群众", "四、服务群众\n（20分）", 20, (
            Row("村党群服务中心规范挂牌，实行“一站式”服务和代办帮办；代办事项有登记、有回访；群众反映事项按期办结率达到百分之九十五。", 5,
                "服务中心运行不规范的，酌情扣0.5-1分；无代办登记的扣1分；未回访的，每件扣0.1分，最高扣1分；办结率每低1个百分点扣0.2分，最高扣1分。"),
            Row("组建党员志愿服务队，每季度开展不少于1次志愿服务，重点关爱留守老人、留守儿童；党员年人均志愿服务时长不少于8小时。", 5,
                "未组建志愿服务队的扣1分；志愿服务每少1次扣0.5分；人均时长不足8小时的扣1分；志愿服务流于形式的，酌情扣0.5-1分。"),
            Row("与县直部门、企业党组织开展结对共建，签订共建协议；年内开展共建活动不少于2次。", 4,
                "未签订共建协议的扣1分；共建活动每少1次扣1分。"),
            Row("“七一”、春节走访慰问老党员、困难党员；年底由镇党委组织群众代表对村党组织开展满意度测评，满意率达到百分之九十。", 6,
                "走访慰问每少1次扣1分；满意率90%以上的得4分，80%（含）—90%的得2分，80%以下的不得分。"),
        )),
    ),
)

HEADER = ["序号", "考核项目", "考核内容", "分值", "评分标准", "得分"]
VETO_HEAD = "五、一票否决事项（有下列情形之一的，实行一票否决，年度考核直接确定为“差”等次）"
VETO = (
    "（一）村“两委”班子成员受到党纪重处分、政务撤职以上处分或被追究刑事责任的；",
    "（二）发生规模性返贫的；",
    "（三）违反程序发展党员、造成恶劣影响的；",
    "（四）发生森林火灾、重大安全生产事故或因处置不当引发群体性事件的。",
)
NOTE = ("说明：1.本表由镇党委组织包村领导、党建办和镇直相关部门人员组成考核组，于12月上旬进村考核，采取查阅资料、实地查看、入户走访、问卷测评相结合"
        "的方式进行；2.各项扣分以该项分值为限，扣完为止；评分标准列明得分档次的，按档次计分；3.村集体经营性收入以镇财政所（农经站）审核数据为准；"
        "4.考核得分90分以上的为“好”，80—89分的为“较好”，70—79分的为“一般”，70分以下的为“差”，考核结果与村干部绩效报酬挂钩。")


def build(t: Table, path: Path) -> None:
    import openpyxl
    from openpyxl.styles import Alignment, Font

    ncols = len(HEADER)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "村级党建考核"
    center = Alignment(horizontal="center", vertical="center", wrap_text=True)
    wrap = Alignment(vertical="center", wrap_text=True)
    xlsx_title(ws, t.title, ncols, Font(name="方正小标宋简体", size=16), center)
    xlsx_line(ws, "考核对象：长赤镇各村党支部（党总支）", ncols)
    xlsx_line(ws, "村名：              考核组长：              考核日期：", ncols)
    xlsx_header(ws, HEADER, ncols)
    first = ws.max_row
    number = 0
    for s in t.sections:
        top = ws.max_row + 1
        for i, row in enumerate(s.rows):
            number += 1
            ws.append([number, s.printed if i == 0 else None, row.text, row.points, row.scoring, None])
            for c in (3, 5):
                ws.cell(ws.max_row, c).alignment = wrap
            for c in (1, 4):
                ws.cell(ws.max_row, c).alignment = center
        xlsx_merge_down(ws, 2, top, ws.max_row, center)
    xlsx_line(ws, VETO_HEAD, ncols)
    ws.cell(ws.max_row, 1).font = Font(bold=True)
    for text in VETO:
        xlsx_line(ws, text, ncols)
        ws.cell(ws.max_row, 1).alignment = wrap
    xlsx_total_row(ws, t.total, 4, ncols, center)
    xlsx_borders(ws, first, ncols)
    xlsx_note(ws, NOTE, ncols, 70)
    xlsx_widths(ws, (6, 12, 50, 6, 52, 7))
    wb.save(str(path))
