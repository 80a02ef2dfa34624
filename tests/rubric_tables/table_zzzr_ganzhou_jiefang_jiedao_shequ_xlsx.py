"""章贡区解放街道2025年度社区党组织党建工作考核评分表 (.xlsx), as the 街道党工委 of 江西 赣州 章贡区 解放 (its 党建办 with the 社区治理办,
the 平安办 and the 街道纪工委, a 考核组 going round the 社区 in December) scores the 社区党委 and 党总支 inside the 宋城 walls where the 章江 and
the 贡江 meet: the 宿舍 of the 国有企业 that closed in the 改制 of the 1990s, thousands of their retired 党员 with their 组织关系 now in the 社区,
the 郁孤台 and 灶儿巷 历史文化街区 with their 商户, 快递员 and 外卖骑手, the 低洼 lanes by the two rivers that flood each summer, the 电动自行车
on every stair, the 老旧小区 with no 物业: a table whose 考核内容 is one short line and whose 评分标准 carries the work, each clause a figure and
its deduction: 组织体系 (one roster of the “两委” by age and 学历 "每缺一项" with the “一肩挑” and the 分工文件, the 网格党支部 覆盖率 with a
quarterly 报告 of the 楼栋党小组长, the 党的工作小组 of the 街区 and the 架构图, one 积极分子 a year and "每两年至少发展党员1名" with a half-yearly
考察, the 公示 and a 一票否决, the 信息台账 of the 改制 退休党员 with a half-yearly 送学上门, a quarterly 联系 of the 流动党员 and the 系统), 组织
生活 (the “三会一课” with the 书记's two 党课 and the 签到表, the monthly 主题党日 on the 10日 with the 参加率 and the 方案, 签到表 and 照片, the
组织生活会 with 谈心谈话, 征求意见, 民主评议, the 备案 and the 整改清单, a monthly 集中学习 with 32学时 and a yearly 现场教学, 党费 with a yearly 核定
and a half-yearly 公示), 治理服务 (the quarterly “古城议事厅” with the 征集, the 公开 and the 反馈, thirty 走访 a month with the 民情日志, the 按期
办结率 and the 满意率, the 兜底 覆盖率 of the “红色物业” with a monthly 联席会议, a yearly 测评 and the 满意度 in bands, a monthly 排查 with the
化解率, a quarterly 隐患排查 with the 整改台账, the 汛期 包片巡查 and a 一票否决, the “双报到” 报到率 with four 志愿服务, three 共建协议 and a
quarterly 联席会议, the 关爱台账 with a monthly 探访, the “七一”、春节 慰问 and five 民生实事 with their 公示) and 阵地保障 (the 党群服务中心 with
the 值班表, two 党群活动 a month and the 暖心驿站, the 年初 计划 and 责任书, the 半年小结, the 年底 述职 with the 满意度 and the 年终 总结, the 经费
with the “两委”会议, a quarterly 公开 and the 台账, a deduction-only line on 八项规定 and 优亲厚友).

A merged title row, a merged "考核对象：解放街道所辖各社区党委（党总支）" line and a merged "社区： 考核组： 考核时间：" line above the
header 考核项目 | 序号 | 考核内容 | 分值 | 评分标准 | 考核方式 | 得分. The categories are MERGED CELLS down the 考核项目 column (FIRST), printed
WITH an ordinal and their points on a SECOND line, "一、组织体系\\n（20分）". 序号 (SECOND column) runs 1..19 through the whole sheet, NOT
restarting. 考核内容 is one short line; the 评分标准 is long, every clause a figure and its deduction. 分值 is a plain number BEFORE the 评分
标准. 考核方式 (`Row.method`) only says how the 考核组 checks (查阅资料, 个别谈话, 实地查看, 查阅档案, 查阅台账, 系统核查, 查阅会议记录, 抽查
学时, 入户走访, 问卷测评, 查阅账目, 区纪委监委、街道纪工委提供): no papers. 得分 is blank. A 合计 row of 100, then two 加分项 rows UNDER the
合计 row (序号 "加1", "加2", a "加分项" cell merged down the 考核项目 column), and a merged 说明 row close the sheet. Counts in figures and
Chinese numerals, nearly all in the 评分标准 ("每季度…报告一次", "年内…不少于1名", "每两年至少发展党员1名", "每半年考察一次", "每半年送学上门
一次", "每季度至少联系一次", "支部委员会每月召开1次、党员大会每季度召开1次、党小组会每月召开1次、党课每季度1次", "每年讲党课不少于2次",
"每月10日", "每年召开一次", "每月开展一次", "每年…不少于32学时", "每年…开展一次", "每年7月核定一次", "每半年公示一次", "每季度至少召开一次",
"每月入户走访不少于30户", "每月召开一次", "每年开展一次", "每月开展一次", "每季度开展一次", "汛期", "每人每年…不少于4次", "每季度召开一次",
"每月至少探访一次", "“七一”、春节期间", "全年…不少于5件", "每月至少开展2次", "年初", "年中", "年底", "年终", "按季度"); "不少于5个工作日";
"不少于3名", "不少于3家"; "百分之八十", "百分之九十五", "百分之九十", "百分之八十五", "100%"; "每缺一项扣1分" once and "缺一项扣0.2分" once;
"最高扣" caps; "酌情扣1-2分" twice and "酌情扣0.5分" four times; one set of bands (a 满意度 for 2 of the 7 points closed by "80%以下的不得分");
two "实行一票否决，本项不得分"; four other plain "本项不得分"; one line is deduction-only.
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
    name="zzzr_ganzhou_jiefang_jiedao_shequ_xlsx",
    fmt="xlsx",
    title="章贡区解放街道2025年度社区党组织党建工作考核评分表",
    numbering="printed",
    sections=(
        Section("组织体系", "一、组织体系\n（20分）", 20, (
            Row("优化社区“两委”班子结构。", 5,
                "社区“两委”班子成员中35周岁以下的不少于1名、大专及以上学历的不少于3名，每缺一项扣1分；社区党委书记未通过法定程序担任居委会"
                "主任的扣1分；班子成员无分工文件的扣0.5分；班子不团结、工作推诿扯皮的，酌情扣1-2分。", "查阅资料、个别谈话"),
            Row("健全“社区党委—网格党支部—楼栋党小组”组织体系。", 5,
                "网格党支部覆盖率达到100%，每缺1个扣0.5分；楼栋党小组长每季度向网格党支部报告一次工作，每少1次扣0.2分，最高扣1分；辖区郁孤台、"
                "灶儿巷历史文化街区商户和快递员、外卖骑手等新就业群体聚集点未建立党的工作小组的扣1分；组织架构图未公示上墙的扣0.5分。",
                "查阅资料、实地查看"),
            Row("做好发展党员工作。", 5,
                "年内确定入党积极分子不少于1名，未确定的扣1分；每两年至少发展党员1名，两年内未发展的扣1.5分；入党积极分子每半年考察一次，无考察"
                "记录的每次扣0.2分；发展对象公示不少于5个工作日，未公示的扣1分；违反程序发展党员的，实行一票否决，本项不得分。", "查阅档案"),
            Row("加强改制企业退休党员和流动党员管理。", 5,
                "未建立原国有企业改制退休党员信息台账的扣1分；对行动不便的老党员每半年送学上门一次，每少1次扣0.5分；流动党员每季度至少联系一次，"
                "每少1次扣0.2分，最高扣1分；党员信息与全国党员管理信息系统不一致的，每人扣0.1分，最高扣1分；失联党员未按规定排查处置的，酌情"
                "扣0.5分。", "查阅台账、系统核查"),
        )),
        Section("组织生活", "二、组织生活\n（24分）", 24, (
            Row("严格落实“三会一课”制度。", 7,
                "支部委员会每月召开1次、党员大会每季度召开1次、党小组会每月召开1次、党课每季度1次，每少1次扣0.5分，最高扣4分；社区党委书记每年"
                "讲党课不少于2次，每少1次扣1分；会议无签到表的，每次扣0.1分，最高扣0.5分；会议记录存在补记、代签的，本项不得分。",
                "查阅会议记录"),
            Row("规范开展主题党日活动。", 5,
                "每月10日固定开展主题党日活动，每少1次扣0.3分，最高扣2分；党员参加率不低于百分之八十，每低5个百分点扣0.3分；活动方案、签到表、"
                "活动照片缺一项扣0.2分；活动内容单一、流于形式的，酌情扣0.5分。", "查阅资料"),
            Row("召开组织生活会，开展民主评议党员。", 6,
                "每年召开一次组织生活会，未召开的扣2分；会前未开展谈心谈话的扣0.5分；未征求居民群众意见的扣0.5分；未开展民主评议党员的扣1.5分；"
                "评议结果未报街道党工委备案的扣0.5分；查摆问题未建立整改清单的扣0.5分；整改不到位、群众有反映的，酌情扣0.5分。",
                "查阅资料、个别谈话"),
            Row("抓好党员经常性学习教育。", 3,
                "每月开展一次集中学习，每少1次扣0.2分；党员每年参加学习培训不少于32学时，不足的每人扣0.1分，最高扣1分；每年组织党员到瑞金"
                "中央革命根据地纪念馆等红色教育基地开展一次现场教学，未开展的扣0.5分。", "查阅资料、抽查学时"),
            Row("规范党费收缴管理。", 3,
                "党员按月交纳党费，未按月交纳的每人次扣0.1分，最高扣1分；每年7月核定一次党费交纳基数，未核定的扣0.5分；党费收缴情况每半年公示"
                "一次，每少1次扣0.5分；党费收缴台账不规范的，酌情扣0.5分。", "查阅台账"),
        )),
        Section("治理服务", "三、治理服务\n（36分）", 36, (
            Row("推行“古城议事厅”居民协商议事。", 6,
                "每季度至少召开一次居民议事会，每少1次扣1分；议题未事前向居民征集的扣0.5分；议事结果未在社区公示栏公开的扣0.5分；办理结果未向"
                "居民反馈的扣0.5分；议而不决、决而不行的，酌情扣1-2分。", "查阅资料、入户走访"),
            Row("落实网格员走访和群众诉求办理。", 6,
                "网格员每月入户走访不少于30户，不足的每人每月扣0.1分，最高扣1.5分；未记录民情日志的扣0.5分；“12345”热线工单按期办结率达到百分"
                "之九十五，每低1个百分点扣0.2分，最高扣1.5分；群众满意率低于百分之九十的扣1分；诉求办理不力被市、区通报的，每次扣1分。",
                "系统核查、查阅台账"),
            Row("推进“红色物业”和老旧小区治理。", 7,
                "无物业老旧小区（含原国有企业宿舍区）由社区党组织兜底管理，覆盖率达到100%，每低10个百分点扣1分；每月召开一次社区党委、业委会、物业"
                "服务企业联席会议，每少1次扣0.3分，最高扣2分；每年开展一次物业服务满意度测评，未开展的扣1分；满意度90%以上的得2分，80%（含）—"
                "90%的得1分，80%以下的不得分。", "查阅资料、问卷测评"),
            Row("做好矛盾纠纷化解和安全隐患排查。", 6,
                "每月开展一次矛盾纠纷排查，每少1次扣0.3分；矛盾纠纷化解率达到百分之九十五，每低1个百分点扣0.3分，最高扣1.5分；每季度开展一次"
                "电动自行车充电、燃气、老旧线路安全隐患排查，每少1次扣0.5分；未建立隐患整改台账的扣0.5分；汛期章江、贡江沿线低洼片区未落实党员包片"
                "巡查的，每次扣0.5分；发生较大以上安全事故或群体性事件的，实行一票否决，本项不得分。", "查阅台账、实地查看"),
            Row("深化在职党员到社区“双报到”。", 5,
                "在职党员报到率达到100%，每低5个百分点扣0.5分；报到党员每人每年参加社区志愿服务不少于4次，不足的每人扣0.1分，最高扣1分；与驻区"
                "单位签订共建协议不少于3家，每少1家扣0.5分；每季度召开一次共建联席会议，每少1次扣0.3分；志愿服务无活动照片的，每次扣0.1分。",
                "查阅资料、系统核查"),
            Row("开展党员关爱和民生服务。", 6,
                "未建立困难党员、空巢老人、残疾人关爱台账的扣1分；每月至少探访一次，每少1次扣0.1分，最高扣1分；“七一”、春节期间未走访慰问困难"
                "党员和老党员的扣1分；全年办理民生实事不少于5件，每少1件扣0.5分；民生实事项目未公示的扣0.5分。", "查阅台账、入户走访"),
        )),
        Section("阵地保障", "四、阵地保障\n（20分）", 20, (
            Row("管好用好社区党群服务中心。", 5,
                "无值班表、双休日未安排轮流值班的扣0.5分；服务事项、办事流程未公示上墙的扣0.5分；每月至少开展2次党群活动，每少1次扣0.2分，最高"
                "扣2分；新就业群体暖心驿站未正常开放的扣1分；场所闲置或挪作他用的，本项不得分。", "实地查看"),
            Row("落实党建工作责任制。", 6,
                "年初未制定党建工作计划的扣1分；未与街道党工委签订党建工作责任书的扣0.5分；年中未形成半年工作小结的扣0.5分；年底社区党委书记未"
                "向街道党工委述职的扣2分；述职测评满意度低于百分之八十五的扣1分；年终无年度工作总结的扣1分。", "查阅资料、问卷测评"),
            Row("规范使用社区服务群众专项经费。", 5,
                "经费使用方案未经社区“两委”会议研究的扣1分；经费收支未按季度公开的，每少1次扣0.5分；无经费使用台账的扣1分；存在虚列支出、挪用"
                "经费问题的，本项不得分。", "查阅账目"),
            Row("社区工作人员违反中央八项规定精神，或在低保审核、老旧小区改造中优亲厚友、吃拿卡要（本项为扣分项）。", 4,
                "每发现1起扣2分；社区党组织班子成员受到党纪政务处分的，本项不得分。", "区纪委监委、街道纪工委提供"),
        )),
    ),
)

HEADER = ["考核项目", "序号", "考核内容", "分值", "评分标准", "考核方式", "得分"]
BONUS = (
    ("加1", "社区党建工作经验被市级以上推广，或社区党组织获评市级以上“先进基层党组织”的。", 2, "市级加1分，省级以上加2分，最高加2分。",
     "查阅文件"),
    ("加2", "社区获评省级以上文明社区或“五星级”社区党组织的。", 1, "加1分。", "查阅文件"),
)
NOTE = ("说明：1.本表由街道党工委于12月组织考核，采取听取汇报、查阅资料、实地查看、入户走访、问卷测评相结合的方式进行；2.各项扣分以该项分值"
        "为限，扣完为止；3.加分项另行计算，总分不超过103分；4.考核得分90分以上的为“好”，80—89分的为“较好”，70—79分的为“一般”，70分以下的"
        "为“差”，考核结果与社区工作者年度绩效报酬挂钩。")


def build(t: Table, path: Path) -> None:
    import openpyxl
    from openpyxl.styles import Alignment, Font

    ncols = len(HEADER)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "社区党建考核"
    center = Alignment(horizontal="center", vertical="center", wrap_text=True)
    wrap = Alignment(vertical="center", wrap_text=True)
    xlsx_title(ws, t.title, ncols, Font(name="方正小标宋简体", size=16), center)
    xlsx_line(ws, "考核对象：解放街道所辖各社区党委（党总支）", ncols)
    xlsx_line(ws, "社区：                考核组：                考核时间：", ncols)
    xlsx_header(ws, HEADER, ncols)
    first = ws.max_row
    number = 0
    for s in t.sections:
        top = ws.max_row + 1
        for i, row in enumerate(s.rows):
            number += 1
            ws.append([s.printed if i == 0 else None, number, row.text, row.points, row.scoring, row.method, None])
            for c in (3, 5):
                ws.cell(ws.max_row, c).alignment = wrap
            for c in (2, 4, 6):
                ws.cell(ws.max_row, c).alignment = center
        xlsx_merge_down(ws, 1, top, ws.max_row, center)
    xlsx_total_row(ws, t.total, 4, ncols, center)
    top = ws.max_row + 1
    for i, (number_text, text, points, scoring, method) in enumerate(BONUS):
        ws.append(["加分项" if i == 0 else None, number_text, text, points, scoring, method, None])
        for c in (3, 5):
            ws.cell(ws.max_row, c).alignment = wrap
    xlsx_merge_down(ws, 1, top, ws.max_row, center)
    xlsx_borders(ws, first, ncols)
    xlsx_note(ws, NOTE, ncols, 46)
    xlsx_widths(ws, (12, 6, 22, 6, 66, 14, 7))
    wb.save(str(path))
