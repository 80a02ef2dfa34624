"""寻乌县澄江镇2025年度村级党组织档案资料规范化检查评分表 (.xlsx), as a 江西 赣州 山区 镇党委 (its 党建办 with the 农业综合服务中心's
农经站, the 综治中心 and the 镇纪委, a 检查组 going through each 村's 档案柜 “一类一盒” in December) scores the 党支部 of the 村 among
the 脐橙 orchards on the hills of the 寻乌调查, with many 党员 away at work in 广东: 班子建设档案 (the “两委” 名册 as one roster by
age and 学历, the 后备干部 档案 with its roster and a half-yearly 考察, the monthly 支部委员会 记录, the “四议两公开” filed by 程序 with its
公开 and 照片, the 年底 述职 with the 满意率), 党员管理档案 (the 党员名册 with the 介绍信 and 回执 of the 转接, the “一人一档” of the
发展党员 with its papers and the 完成率, the 党费 台账 with a yearly 核定 and a half-yearly 公示, the 流动党员管理台账 with the 活动证, a
monthly 联系 and a half-yearly 思想汇报, the 设岗率 with the 年初 承诺 and 年底 评议, the 困难党员档案 with a quarterly 走访 and the 签领),
组织生活档案 (the “三会一课” without the 支委会 and the 书记's 党课 with the 签到 and a “本项不得分” for 补记, the monthly 主题党日 on the
15th with its papers and the 冬春训 of three days, the 组织生活会 with 谈心谈话, 民主评议 and the 通报, the 学习教育档案 with 32学时, the
截图 and a quarterly 送学, the 党群服务中心 with the 值班记录, the 代办 登记 and a monthly 党群活动) and 村务治理档案 (the quarterly “三务”
公开 with the 审核 of the 村务监督委员会, the “三资” 台账 with a yearly 清查, the 备案 of the 合同 and the 收入 in bands in 万元, the monthly
排查 with the 调解成功率 and a 一票否决, the 年初 计划, 半年小结, 年终 总结 and the 责任书).

A merged title row, a merged "检查对象：全镇各村党支部" line and a merged "村名：…  村党支部书记：…  档案管理员：…  检查日期：…" line above the
header 档案类别 | 序号 | 档案名称 | 归档内容及要求 | 分值 | 评分标准 | 检查方式 | 得分. The categories are MERGED CELLS down the 档案类别 column
(FIRST), printed WITHOUT an ordinal on one line, "班子建设档案（20分）". 序号 (SECOND column, numeric cells) runs 1..20 through the whole
sheet, NOT restarting. 档案名称 is a short label of the binder (`Row.indicator`). 分值 comes BEFORE the 评分标准, a plain number. 检查方式
(`Row.method`) only says how the 检查组 checks (查阅档案, 抽查, 核对系统, 核对账目, 实地查看): no papers. 得分 is blank. A 合计 row of 100 and a merged
说明 row close the sheet. Counts in figures and Chinese numerals ("每半年开展一次", "每月至少召开1次", "每年核定一次", "每半年公示一次",
"每月…联系一次", "每半年提交一次", "每季度走访一次", "每季度送学上门一次", "每季度一次", "每年清查一次", "每月一次"); "不少于3天", "不少于
32学时"; "至少1名", "不少于3名", "不少于2名"; "最高扣" caps; "酌情扣0.5-1分" and "酌情扣1-2分"; an income in bands in 万元 ("3万元以下的
不得分" closing them); one "实行一票否决，本项不得分" and two plain "本项不得分".
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
    name="zzzb_xunwu_chengjiang_cun_dangan_xlsx",
    fmt="xlsx",
    title="寻乌县澄江镇2025年度村级党组织档案资料规范化检查评分表",
    numbering="printed",
    sections=(
        Section("班子建设档案", "班子建设档案（20分）", 20, (
            Row("村“两委”班子成员名册载明姓名、出生年月、学历、任职时间和分工；班子成员中35周岁以下的至少1名，大专及以上学历的不少于"
                "2名。", 4,
                "无名册的扣1分；信息不全的，每人扣0.1分；无35周岁以下成员的扣1分；大专及以上学历成员每少1名扣0.5分。", "查阅档案",
                indicator="“两委”成员名册"),
            Row("建立村级后备力量档案，储备后备干部不少于3名，其中35周岁以下的不少于2名；镇党委联系领导每半年对后备干部开展一次培养考察，"
                "考察记录归档。", 4,
                "后备干部每少1名扣0.5分；35周岁以下后备干部不足2名的扣1分；考察每少1次扣0.5分。", "查阅档案",
                indicator="后备干部档案"),
            Row("村党支部委员会会议每月至少召开1次，研究村级重大事项、发展党员、党员管理等议题，会议记录完整，议定事项落实情况有记载。", 4,
                "每少1次扣0.4分，最高扣2分；记录过于简单、议定事项无落实情况记载的，酌情扣0.5-1分。", "查阅档案",
                indicator="支委会会议记录"),
            Row("村级重大事项决策执行“四议两公开”，每件事项按党支部提议、“两委”会议商议、党员大会审议、村民会议或村民代表会议决议的"
                "顺序归档；决议和实施结果公开，留存公开照片。", 4,
                "程序材料缺失的，每件扣1分；决议或实施结果未公开的，每件扣0.5分；无公开照片的扣0.3分。", "查阅档案、抽查",
                indicator="“四议两公开”档案"),
            Row("村党支部书记年底向镇党委述职，接受党员和群众代表评议，述职报告、测评票汇总表归档；评议满意率不低于70%。", 4,
                "未述职的扣2分；述职报告、测评汇总表每缺一项扣0.5分；满意率低于70%的扣1分。", "查阅档案",
                indicator="述职评议档案"),
        )),
        Section("党员管理档案", "党员管理档案（25分）", 25, (
            Row("党员名册与全国党员管理信息系统数据一致；党员增减和组织关系转接手续完整，介绍信存根、回执归档。", 4,
                "名册与系统不一致的，每人扣0.2分，最高扣2分；转接手续缺失的，每人扣0.5分。", "查阅档案、核对系统",
                indicator="党员名册"),
            Row("发展党员严格执行“五个阶段、二十五个步骤”，档案按“一人一档”装订，入党申请书、培养考察记录、政审材料、公示照片、票决记录"
                "齐全；年度发展党员计划完成率达到100%。", 6,
                "档案未按“一人一档”装订的扣1分；材料每缺一项扣0.5分，最高扣3分；计划完成率未达100%的扣1分；违反程序发展党员的，本项"
                "不得分。", "查阅档案、抽查", indicator="发展党员档案"),
            Row("党费收缴台账逐月登记，党员按月交纳党费；党费交纳标准每年核定一次，收缴情况每半年在村务公开栏公示一次。", 4,
                "漏登、错登的，每人次扣0.1分，最高扣1分；未核定交纳标准的扣1分；未公示的，每次扣0.5分。", "查阅档案",
                indicator="党费收缴台账"),
            Row("建立流动党员管理台账，对外出务工党员发放《流动党员活动证》；每月通过电话、微信与流动党员联系一次，流动党员每半年提交一次"
                "思想汇报。", 4,
                "无台账的扣1分；未发放活动证的，每人扣0.2分；联系记录每少1次扣0.1分，最高扣1分；思想汇报缺失的，每人次扣0.1分。",
                "查阅档案", indicator="流动党员档案"),
            Row("无职党员设岗定责，设岗率达到80%以上；党员年初公开承诺、年底开展践诺评议，承诺书和评议结果归档。", 4,
                "设岗率每低10个百分点扣0.5分；未开展承诺的扣1分；未开展践诺评议的扣1分。", "查阅档案", indicator="设岗定责档案"),
            Row("建立困难党员、老党员档案，村党支部每季度走访一次；节日慰问金和生活补助发放有本人签领记录。", 3,
                "无档案的扣1分；走访每少1次扣0.2分；补助发放无签领记录的扣0.5分。", "查阅档案", indicator="关爱帮扶档案"),
        )),
        Section("组织生活档案", "组织生活档案（30分）", 30, (
            Row("“三会一课”记录本单独建立，党员大会每季度1次、党小组会每月1次、党课每季度1次，村党支部书记每年讲党课不少于1次；会议记录"
                "有签到，缺席人员注明原因。", 8,
                "党员大会、党小组会、党课每少1次扣0.5分，最高扣4分；书记未讲党课的扣1分；无签到或缺席原因未注明的，每次扣0.1分，最高扣1分；"
                "记录雷同、事后补记的，本项不得分。", "查阅档案", indicator="“三会一课”记录"),
            Row("每月15日开展主题党日，“一月一主题”，活动资料包括方案、签到、照片和小结；农闲时节组织党员冬春训，集中培训时间不少于3天。", 7,
                "主题党日每少1次扣0.3分；活动资料缺项的，每次扣0.1分；未开展冬春训的扣2分；培训时间不足3天的扣1分。", "查阅档案",
                indicator="主题党日档案"),
            Row("每年召开一次组织生活会，会前支委之间、支委与党员之间谈心谈话全覆盖；组织开展民主评议党员，评定等次结果在党员大会上通报"
                "并归档。", 6,
                "未召开组织生活会的扣3分；谈心谈话未全覆盖的扣1分；未开展民主评议党员的扣1.5分；评议结果未通报的扣0.5分。", "查阅档案",
                indicator="组织生活会档案"),
            Row("建立党员学习教育档案，党员年度集中学习培训不少于32学时；利用“学习强国”开展线上学习，学习积分截图留存；对年老体弱、行动"
                "不便的党员每季度送学上门一次。", 5,
                "学时不足的，每人扣0.1分，最高扣1分；无学习截图的扣0.5分；送学上门每少1次扣0.3分。", "查阅档案",
                indicator="学习教育档案"),
            Row("村党群服务中心值班记录、代办服务登记簿完整，村干部轮流坐班；每月开展党群活动不少于1次，活动照片存档。", 4,
                "无值班记录的扣1分；代办服务未登记的扣0.5分；党群活动每少1次扣0.2分；无活动照片的扣0.3分。", "查阅档案、实地查看",
                indicator="阵地活动档案"),
        )),
        Section("村务治理档案", "村务治理档案（25分）", 25, (
            Row("党务、村务、财务每季度公开一次，重大事项随时公开；公开内容经村务监督委员会审核，公开栏照片和审核意见归档。", 6,
                "公开每少1次扣0.5分，最高扣2分；公开内容未经审核的，每次扣0.5分；无公开照片的扣0.5分。", "查阅档案、实地查看",
                indicator="“三务”公开档案"),
            Row("村集体资产、资源、资金台账清晰，“三资”每年清查一次；集体经济经营合同报镇农经站备案；村集体经济年收入达到10万元以上。", 7,
                "无“三资”台账的扣2分；未开展年度清查的扣1分；合同未备案的，每份扣0.5分；集体经济收入10万元以上的得3分，5万元（含）至"
                "10万元的得2分，3万元（含）至5万元的得1分，3万元以下的不得分。", "查阅档案、核对账目", indicator="集体经济档案"),
            Row("村调委会每月开展一次矛盾纠纷排查，调解协议书、调解登记簿归档，调解成功率达到95%以上；不发生因矛盾纠纷激化引发的刑事"
                "案件。", 6,
                "排查每少1次扣0.3分；调解登记不全的，每件扣0.2分；调解成功率每低1个百分点扣0.2分；发生“民转刑”案件的，实行一票否决，本项"
                "不得分。", "查阅档案", indicator="平安建设档案"),
            Row("村党支部年初工作计划、半年工作小结、年终工作总结齐全；与镇党委签订的党建工作目标责任书归档。", 6,
                "计划、小结、总结每缺一项扣1.5分；责任书未归档的扣1分；材料内容空洞、照搬上级文件的，酌情扣1-2分。", "查阅档案",
                indicator="计划总结档案"),
        )),
    ),
)

HEADER = ["档案类别", "序号", "档案名称", "归档内容及要求", "分值", "评分标准", "检查方式", "得分"]
NOTE = ("说明：1.本表由镇党委组织委员牵头，党建办、农经站、综治中心、镇纪委参加，于12月逐村开展档案资料检查；2.档案资料按“一类一盒、"
        "一盒一目录”整理，时间以2025年度为准；3.各项扣分以该项分值为限，扣完为止；4.查实档案资料弄虚作假、事后补记的，该项不得分，"
        "并在全镇通报；检查结果纳入村党支部年度目标考核。")


def build(t: Table, path: Path) -> None:
    import openpyxl
    from openpyxl.styles import Alignment, Font

    ncols = len(HEADER)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "档案资料检查"
    center = Alignment(horizontal="center", vertical="center", wrap_text=True)
    wrap = Alignment(vertical="center", wrap_text=True)
    xlsx_title(ws, t.title, ncols, Font(name="方正小标宋简体", size=16), center)
    xlsx_line(ws, "检查对象：全镇各村党支部", ncols)
    xlsx_line(ws, "村名：                村党支部书记：                档案管理员：                检查日期：", ncols)
    xlsx_header(ws, HEADER, ncols)
    first = ws.max_row
    number = 0
    for s in t.sections:
        top = ws.max_row + 1
        for row in s.rows:
            number += 1
            ws.append([s.printed if row is s.rows[0] else None, number, row.indicator, row.text, row.points, row.scoring,
                       row.method, None])
            for c in (4, 6, 7):
                ws.cell(ws.max_row, c).alignment = wrap
            for c in (2, 3, 5):
                ws.cell(ws.max_row, c).alignment = center
        xlsx_merge_down(ws, 1, top, ws.max_row, center)
    xlsx_total_row(ws, t.total, 5, ncols, center)
    xlsx_borders(ws, first, ncols)
    xlsx_note(ws, NOTE, ncols, 60)
    xlsx_widths(ws, (12, 6, 14, 46, 6, 46, 12, 7))
    wb.save(str(path))
