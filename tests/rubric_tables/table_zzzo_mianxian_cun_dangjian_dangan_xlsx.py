"""勉县2025年度村党组织党建档案规范化管理检查评分表 (.xlsx), as the 中共勉县县委组织部 of 陕西 汉中 (the 镇（街道）党（工）委 checking its
村 every half year, a 县级 抽查组 of the 组织部 with the 县档案馆 and the 农业农村局 opening the 档案柜 in December) checks the 党建档案 of the
村党组织 of a county on the upper 汉江 below the 定军山: 水稻 and 油菜 on the flat land, 茶 and 食用菌 in the hills of the 秦岭 and the 巴山,
many 党员 away working in 西安 and further, 村 merged a few years ago whose old files came in boxes from three 村委会, the 汛期 from May to
October with its 地质灾害 隐患点, the 股份经济合作社 set up in the 产权制度改革: a checklist of the files each 村 keeps, one line a group of
files, each scored by what is missing: 组织建设类档案 (the 批复, the 分组名单 and the 换届 papers "缺一项", one roster of the “两委” by age and
学历 with the 备案表 and the 坐班值班 登记, two 后备力量 with one under 35, the 培养台账 and a quarterly 帮带, the “三会一课” in the 统一 记录本
with the 书记's 党课 and its 讲稿, the monthly 主题党日 with the 签到表, the 组织生活会 with 民主评议 and its 备案), 党员管理类档案 (the 花名册,
the 流动党员 登记台账 and the 转接 登记簿 "缺一项", the “一人一档” of 发展 with five papers, one 积极分子 a year and "每两年至少发展党员1名",
党费 with a yearly 核定, a half-yearly 公示 and its 照片, 24学时 with the 通知, 签到表 and 学时登记 "缺一项" and a yearly 冬春 轮训, the 设岗
定责台账, the 帮扶台账 with the “七一” 慰问 and a quarterly 积分 公布), 村级治理类档案 (the “四议两公开” with the 事项台账 and the 公开, a
quarterly 村务 and a monthly 财务 公开 with the 底稿 and 照片 and a quarterly 监督例会, the 章程, 成员名册 and 资产台账 "缺一项" with the income
in bands and the 村民代表会议, the 汛期 巡查记录 with the 包点责任表 and a yearly 演练, a monthly 排查 with the 调处台账, the 调解成功率 and the
村规民约 with its 备案, the 联户台账 with a monthly 走访, the 代办登记簿 and three 实事) and 基础保障类档案 (the 场所 制度 and the 使用登记, the
年初 计划 and 项目, the 半年 and 年度 总结 and the 述职 "缺一项扣1分", the 卷内目录, 借阅登记 and 移交登记 of the “一村一柜”).

A merged title row, a merged "检查对象：全县各镇（街道）所辖村党组织" line and a merged "镇（街道）： 村： 检查组成员： 检查时间：" line above
the header 档案门类 | 档案名称 | 检查内容及要求 | 评分标准 | 分值 | 检查方式 | 得分. There is NO 序号: items are numbered by position (1..19). The
categories are MERGED CELLS down the 档案门类 column (FIRST), printed WITHOUT an ordinal and WITH their points on a SECOND line, "组织建设类档案
\\n（25分）". 档案名称 is the short name of the files (`Row.indicator`). 分值 is a plain number AFTER the 评分标准. 检查方式 (`Row.method`) only
says how the 检查组 checks (查阅档案, 系统比对, 现场查看, 抽查, 查阅账目): no papers. 得分 is blank. A 合计 row of 100 and a merged 说明 row
close the sheet. Counts in figures and Chinese numerals ("每季度有帮带记录", "支部委员会、党小组会每月召开1次，党员大会每季度召开1次，党课
每季度1次", "每年讲党课不少于1次", "每月10日前后开展一次", "每年召开一次", "年内…不少于1名", "每两年至少发展党员1名", "每年核定一次",
"每半年公示一次", "每年…不少于24学时", "每年冬春季节开展一次", "“七一”前后", "每季度公布一次", "一般事项每季度公开一次，财务收支每月公开
一次", "每季度召开一次", "汛期（5月至10月）", "每年汛前组织一次", "每月开展一次", "每月至少…1次", "年内…不少于3件", "年初", "年中", "年底");
"不少于2名", "不少于1名"; "百分之九十五"; "10万元以上"; "缺一项扣1分" three times, "缺一项扣0.3分" once, "缺一项扣0.5分" three times;
"最高扣" caps; "酌情扣0.5分" once and "酌情扣0.5-1分" twice; one set of bands (an income in 万元 for 3 of the 7 points, closed by "5万元以下的
不得分"); five plain "本项不得分".
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
    name="zzzo_mianxian_cun_dangjian_dangan_xlsx",
    fmt="xlsx",
    title="勉县2025年度村党组织党建档案规范化管理检查评分表",
    numbering="position",
    sections=(
        Section("组织建设类档案", "组织建设类档案\n（25分）", 25, (
            Row("村党组织设立（调整）批复文件；党小组设置及党员分组名单；最近一次村党组织换届选举资料（请示、批复、选举结果报告单）完整"
                "归档。", 4,
                "批复文件、分组名单、换届选举资料缺一项扣1分；换届选举资料不完整的，酌情扣0.5-1分。", "查阅档案",
                indicator="组织设置档案"),
            Row("村“两委”成员花名册（注明年龄、学历、任职时间、联系方式），“两委”成员中35周岁以下的不少于1名，大专及以上学历的不少于2名；"
                "村党组织书记县级备案表；村干部坐班值班登记簿。", 5,
                "无花名册的扣1分；年龄结构不达标的扣1分；学历结构不达标的扣1分；无书记备案表的扣1分；无坐班值班登记的扣0.5分。",
                "查阅档案、现场查看", indicator="班子队伍档案"),
            Row("村级后备力量不少于2名，其中35周岁以下的不少于1名，建立后备力量培养台账；落实“一对一”导师帮带，每季度有帮带记录。", 4,
                "后备力量每少1名扣1分；无35周岁以下后备力量的扣0.5分；无培养台账的扣1分；帮带记录每缺1个季度扣0.2分。", "查阅档案",
                indicator="后备力量档案"),
            Row("支部委员会、党小组会每月召开1次，党员大会每季度召开1次，党课每季度1次，使用县委组织部统一印制的会议记录本专册登记；村党组织"
                "书记每年讲党课不少于1次，有讲稿。", 7,
                "“三会一课”每少1次扣0.5分，最高扣4分；未使用统一记录本的扣0.5分；书记未讲党课的扣1分；无讲稿的扣0.5分。", "查阅档案",
                indicator="“三会一课”档案"),
            Row("每月10日前后开展一次主题党日，有活动记录、签到表；每年召开一次组织生活会，开展民主评议党员，评议等次报镇（街道）党（工）委"
                "备案。", 5,
                "主题党日每少1次扣0.3分；无签到表的，每次扣0.1分；未召开组织生活会的扣1.5分；未开展民主评议党员的扣1分；评议等次未备案的"
                "扣0.5分。", "查阅档案", indicator="主题党日和组织生活会档案"),
        )),
        Section("党员管理类档案", "党员管理类档案\n（23分）", 23, (
            Row("党员花名册、流动党员登记台账、党员组织关系转接登记簿；党员信息与全国党员管理信息系统一致。", 4,
                "缺一项扣1分；信息与系统不一致的，每人扣0.1分，最高扣1分。", "查阅档案、系统比对", indicator="党员名册档案"),
            Row("发展党员实行“一人一档”，入党申请书、入党积极分子培养考察登记表、政治审查材料、公示材料、支部大会决议等材料齐全；年内确定"
                "入党积极分子不少于1名，每两年至少发展党员1名。", 6,
                "档案材料缺一项扣0.3分，最高扣2分；未确定积极分子的扣1分；两年内未发展党员的扣1.5分；违反程序发展党员的，本项不得分。",
                "查阅档案", indicator="发展党员档案"),
            Row("党费收缴台账按月登记，有党员本人签字；每年核定一次党费交纳基数；党费收缴情况每半年公示一次，有公示照片。", 4,
                "党员未按月交纳的，每人次扣0.1分，最高扣1分；台账无党员签字的，酌情扣0.5分；未核定基数的扣0.5分；公示每少1次扣0.5分；"
                "无公示照片的扣0.3分。", "查阅档案", indicator="党费档案"),
            Row("党员每年参加集中学习培训不少于24学时，培训通知、签到表、学时登记齐全；每年冬春季节开展一次农村党员集中轮训；为无职党员设岗"
                "定责，有设岗定责台账。", 5,
                "学时不足的，每人扣0.1分，最高扣1.5分；培训通知、签到表、学时登记缺一项扣0.5分；未开展冬春轮训的扣1分；无设岗定责台账的扣"
                "0.5分。", "查阅档案、抽查", indicator="教育培训档案"),
            Row("生活困难党员、老党员帮扶台账；“七一”前后走访慰问，有慰问记录和照片；推行党员积分管理，每季度公布一次党员积分。", 4,
                "无帮扶台账的扣1分；慰问记录、照片缺一项扣0.5分；积分公布每少1次扣0.3分。", "查阅档案", indicator="关爱激励档案"),
        )),
        Section("村级治理类档案", "村级治理类档案\n（32分）", 32, (
            Row("村级重大事项决策执行“四议两公开”，每个事项有村党组织提议、村“两委”会议商议、党员大会审议、村民会议或村民代表会议决议的"
                "记录，决议和实施结果公开；建立全年“四议两公开”事项台账。", 7,
                "每个事项每少一个环节记录扣0.5分，最高扣3分；决议、实施结果未公开的，每项扣0.5分；无事项台账的扣1分；重大事项未经“四议"
                "两公开”决策的，本项不得分。", "查阅档案", indicator="“四议两公开”档案"),
            Row("村务公开一般事项每季度公开一次，财务收支每月公开一次，有公开底稿和公开照片；村务监督委员会每季度召开一次监督例会，有例会"
                "记录。", 6,
                "村务公开每少1次扣0.3分；财务公开每少1次扣0.2分，最高扣1.5分；无公开底稿或照片的扣0.5分；监督例会每少1次扣0.5分。",
                "查阅档案、现场查看", indicator="村务公开和监督档案"),
            Row("村股份经济合作社章程、成员名册、集体资产台账齐全；村集体经济年经营性收入达到10万元以上，有收支账目；收益分配方案经村民代表"
                "会议通过。", 7,
                "年经营性收入20万元以上的得3分，10万元（含）—20万元的得2分，5万元（含）—10万元的得1分，5万元以下的不得分；章程、成员名册、"
                "资产台账缺一项扣0.5分；收益分配方案未经村民代表会议通过的扣1分。", "查阅档案、查阅账目", indicator="集体经济档案"),
            Row("汛期（5月至10月）防汛值班和巡查记录；地质灾害隐患点落实党员包点责任，有包点责任表；每年汛前组织一次防汛避险应急演练。", 4,
                "无值班巡查记录的扣1分；隐患点未落实党员包点的，每处扣0.5分；未开展应急演练的扣1分；因责任不落实发生人员伤亡的，本项"
                "不得分。", "查阅档案、现场查看", indicator="防汛安全档案"),
            Row("每月开展一次矛盾纠纷排查，建立排查调处台账，调解成功率达到百分之九十五以上；村规民约经村民代表会议讨论通过，报镇（街道）"
                "备案。", 4,
                "排查每少1次扣0.3分；无调处台账的扣0.5分；调解成功率每低1个百分点扣0.2分；村规民约未备案的扣0.5分。", "查阅档案",
                indicator="矛盾调解档案"),
            Row("村干部包组联户台账，每月至少走访联系户1次；便民服务代办登记簿，代办事项按时办结；年内为群众办实事不少于3件。", 4,
                "无联户台账的扣1分；走访每少1次扣0.1分，最高扣1分；无代办登记簿的扣0.5分；实事每少1件扣0.5分。", "查阅档案、抽查",
                indicator="联系服务群众档案"),
        )),
        Section("基础保障类档案", "基础保障类档案\n（20分）", 20, (
            Row("村级组织活动场所管理制度上墙，有场所使用登记；场所不闲置、不挪作他用。", 5,
                "无管理制度的扣1分；无使用登记的扣0.5分；场所闲置或挪作他用的，本项不得分。", "现场查看", indicator="阵地管理档案"),
            Row("年初制定年度党建工作计划和村党组织书记抓党建项目；年中形成半年工作总结；年底形成年度工作总结，村党组织书记向镇（街道）党"
                "（工）委述职，有述职报告。", 7,
                "缺一项扣1分；述职报告内容空泛、查找问题不实的，酌情扣0.5-1分。", "查阅档案", indicator="计划总结档案"),
            Row("党建档案实行“一村一柜”，分门类装盒，有卷内目录；专人管理，借阅有登记；村干部调整时办理档案移交登记；档案无破损、遗失，"
                "不得补做、涂改。", 8,
                "未分门类装盒的扣2分；无卷内目录的扣1分；无借阅登记的扣0.5分；村干部调整未办理移交登记的扣1分；档案破损、遗失的，每件扣"
                "0.5分，最高扣2分；发现补做、涂改档案资料的，本项不得分。", "现场查看、抽查", indicator="档案管理"),
        )),
    ),
)

HEADER = ["档案门类", "档案名称", "检查内容及要求", "评分标准", "分值", "检查方式", "得分"]
NOTE = ("说明：1.本表由镇（街道）党（工）委每半年对所辖村自查一次，县委组织部于12月组织抽查；2.各项扣分以该项分值为限，扣完为止；3.档案资料"
        "以原始记录为准，复印件须注明出处并加盖公章；发现伪造、补做档案资料的，检查结果按不合格处理；4.检查得分90分以上的为“优秀”，"
        "75—89分的为“合格”，75分以下的为“不合格”，限期一个月整改。")


def build(t: Table, path: Path) -> None:
    import openpyxl
    from openpyxl.styles import Alignment, Font

    ncols = len(HEADER)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "党建档案检查"
    center = Alignment(horizontal="center", vertical="center", wrap_text=True)
    wrap = Alignment(vertical="center", wrap_text=True)
    xlsx_title(ws, t.title, ncols, Font(name="宋体", size=16, bold=True), center)
    xlsx_line(ws, "检查对象：全县各镇（街道）所辖村党组织", ncols)
    xlsx_line(ws, "镇（街道）：            村：            检查组成员：            检查时间：", ncols)
    xlsx_header(ws, HEADER, ncols)
    first = ws.max_row
    for s in t.sections:
        top = ws.max_row + 1
        for i, row in enumerate(s.rows):
            ws.append([s.printed if i == 0 else None, row.indicator, row.text, row.scoring, row.points, row.method, None])
            for c in (3, 4):
                ws.cell(ws.max_row, c).alignment = wrap
            for c in (2, 5, 6):
                ws.cell(ws.max_row, c).alignment = center
        xlsx_merge_down(ws, 1, top, ws.max_row, center)
    xlsx_total_row(ws, t.total, 5, ncols, center)
    xlsx_borders(ws, first, ncols)
    xlsx_note(ws, NOTE, ncols, 46)
    xlsx_widths(ws, (12, 13, 46, 46, 6, 14, 7))
    wb.save(str(path))
