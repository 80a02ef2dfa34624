"""许昌市文联党组2025年度机关党支部党建工作台账检查评分表 (.xlsx), as the 党组 of the 文学艺术界联合会 of 许昌 in 河南 (its 办公室 with the 组联部, the
文艺处 and the 驻市委宣传部纪检监察组, a 检查组 that opens the 档案盒 in the 支部 office in the first week of December, when the 曹魏 古城 is lit for the
winter, the 书法家协会 is hanging the 迎春 calligraphy in the 文化馆, the 戏曲 troupes of the 越调 and the 豫剧 are booked for the 春节 “文艺进万家” tours of
the 乡镇 and the 协会 are handing in their year's 作品 for the 年鉴) checks the 台账 of the 机关党支部 of a 文联 whose 党员 are the 机关 staff and the
专职 of the 文艺家协会: a sheet with one 台账 on every row, whose 内容要求 prints what the 台账 must hold and how often and whose 扣分标准 takes points off
one clause at a time: 组织建设台账 (the 基本情况, the 换届 材料 and the 转接; the 花名册, a half-yearly 核对, the 准确率 and the 积极分子 名册; the “一人一档”,
a quarterly 思想汇报, the 公示 and a "本项不得分"; 党费 按月, a yearly 核定 in April and a quarterly 公示; the 制度, the 装订 and the 上墙), 组织生活台账 (the
“三会一课”, a yearly 党课 of the 书记 and each 党组成员, the 记录 要素 and the 签到表; the 主题党日 on the first Friday with its “六个一”, six 文艺志愿服务
and the 方案 and 影像资料; the 组织生活会, the 征求意见、谈心谈话、对照检查材料、发言提纲, the 民主评议, the 备案, the 整改台账 and the 整改完成率; the
“第一议题”, a monthly 集中学习, 32学时 with 12 of them 网络 and the 书记's yearly 轮训; a yearly 谈心谈话 and its 记录), 作用发挥台账 (a half-yearly 专题研究,
the “三审三校” and a 一票否决; four 辅导 a year, the 共建协议, a half-yearly 共建活动 and the 成效; the 报到率, four 志愿服务 of the 在职党员, the 服务队 and
20小时; the 年初 责任书 and 承诺书, a quarterly 警示教育, the 风险防控 and no 处分) and 基础工作台账 (the 年初 计划, its 备案, the 年底 总结 and 述职; the 积分
by month, a quarterly 通报 and the 年底 评定; the “七一”、春节 慰问, a half-yearly 上门走访 and the 纪念章; a quarterly 党务 公开, the 照片, the 目录 and a
"本项不得分").

A merged title row, a merged "检查对象：市文联机关党支部（含各文艺家协会专职党员）" line and a merged "检查人：    检查日期：" line above the header 序号 | 台账名称 |
内容要求 | 分值 | 扣分标准. Each category is a SECTION ROW merged across the sheet, printed WITH a bracketed ordinal and WITH its points on one line,
"（一）组织建设台账（20分）"; 序号 (FIRST column) runs 1..18 through the sheet, NOT restarting under the section rows. 台账名称 (SECOND column) is the 台账's
title in 《》 on every row (`Row.indicator`); 内容要求 (`Row.text`) says what the 台账 must hold and how often; 分值 is a plain number BEFORE the 扣分标准
(`Row.scoring`); there is no 佐证 or 考核方式 column (the 台账 is the 佐证). A 合计 row of 100 and a merged 说明 row close the sheet. Counts in figures and
Chinese numerals, nearly all in the 内容要求 ("按期", "每半年核对一次", "100%", "每季度一份", "不少于5个工作日", "每月", "每年4月核定一次", "每季度公示一次",
"支部委员会每月召开1次，党员大会每季度召开1次，党小组会每月召开1次，党课每季度1次", "每年至少…讲一次党课", "每月第一个周五", "年内…不少于6场", "每年召开
一次", "100%", "每月至少开展一次", "每人每年…不少于32学时", "其中…不少于12学时", "每年…不少于1次", "每年至少开展一次", "每半年专题研究一次", "全年",
"每人每年…不少于4次", "1至2个", "每半年开展一次", "100%", "每人每年…不少于4次", "人均每年不少于20小时", "年初", "每季度开展一次", "全年", "年初", "年底",
"年底", "按月记分、每季度通报一次", "年底", "“七一”、春节", "每半年上门走访一次", "每季度更新一次"); "最高扣" caps; no bands; "每低10个百分点" once; "酌情
扣0.5-1分" twice, "酌情扣1-2分" twice and "酌情扣0.5分" once; one "一票否决，本项不得分" and two other "本项不得分".
"""

from __future__ import annotations

from pathlib import Path

from .build_helpers import (
    xlsx_borders,
    xlsx_header,
    xlsx_line,
    xlsx_note,
    xlsx_title,
    xlsx_total_row,
    xlsx_widths,
)
from .model import Row, Section, Table


def _row(name: str, text: str, points: float, scoring: str) -> Row:
    """One row in the order the sheet prints it: 台账名称, 内容要求, 分值, 扣分标准."""
    return Row(text, points, scoring, indicator=name)


TABLE = Table(
    name="zzzzzj_xuchang_wenlian_jiguan_zhibu_taizhang_xlsx",
    fmt="xlsx",
    title="许昌市文联党组2025年度机关党支部党建工作台账检查评分表",
    numbering="printed",
    sections=(
        Section("组织建设台账", "（一）组织建设台账（20分）", 20, (
            _row("《党支部基本情况台账》",
                 "支部设置批复、支委会成员分工、党员基本信息登记齐全；支委会按期换届，换届请示、选举结果报告、上级批复归档；党员组织关系转接及时登记。", 4,
                 "基本情况登记不全的扣1分；换届材料每缺一项扣0.5分，最高扣1.5分；未按期换届的扣1分；组织关系转接登记不及时的，每人扣0.2分，最高扣"
                 "0.5分。"),
            _row("《党员花名册》",
                 "建立党员花名册，每半年与全国党员管理信息系统核对一次，党员信息准确率100%；建立入党积极分子、发展对象名册。", 3,
                 "无党员花名册的扣1.5分；核对每少1次扣0.5分；信息不准确的，每人扣0.1分，最高扣0.5分；积极分子、发展对象名册缺失的扣0.5分。"),
            _row("《发展党员工作档案》",
                 "坚持“成熟一个、发展一个”，注重从中青年文艺骨干、文艺家协会会员中发展党员；入党申请书、思想汇报、培养考察记录、政治审查材料、入党志愿书等"
                 "按“一人一档”归档，入党积极分子思想汇报每季度一份；发展对象、预备党员转正前公示不少于5个工作日。", 5,
                 "档案材料每缺一项扣0.5分，最高扣2分；思想汇报每少1份扣0.1分，最高扣1分；未公示的，每人次扣1分；违反程序发展党员的，本项不得分。"),
            _row("《党费收缴台账》",
                 "党员每月按规定比例交纳党费，台账逐月登记交纳基数、金额和时间；每年4月核定一次党费交纳基数；党费收缴情况每季度公示一次。", 5,
                 "未按月交纳的，每人次扣0.1分，最高扣2分；未核定交纳基数的扣1分；公示每少1次扣0.5分，最高扣2分。"),
            _row("《党支部工作制度汇编》",
                 "“三会一课”、主题党日、组织生活会、民主评议党员、谈心谈话、党费收缴等制度健全，装订成册；支部工作职责、党员权利和义务在党员活动室上墙。",
                 3,
                 "制度每缺一项扣0.3分，最高扣1.5分；未装订成册的扣0.5分；未上墙的扣1分。"),
        )),
        Section("组织生活台账", "（二）组织生活台账（35分）", 35, (
            _row("《“三会一课”记录本》",
                 "支部委员会每月召开1次，党员大会每季度召开1次，党小组会每月召开1次，党课每季度1次；支部书记和文联党组成员每年至少为所在支部党员讲一次党课；"
                 "记录写明时间、地点、主持人、出席缺席人员、议题、发言和决议，附签到表。", 10,
                 "“三会一课”每少1次扣0.5分，最高扣5分；支部书记、党组成员讲党课每少1人次扣0.5分，最高扣2分；记录要素不全的，每次扣0.1分，最高扣1.5分；"
                 "缺签到表的，每次扣0.1分，最高扣1.5分。"),
            _row("《主题党日活动记录》",
                 "每月第一个周五开展主题党日活动，落实学习、重温入党誓词、交纳党费、讨论、志愿服务、党员承诺“六个一”；年内结合“文艺进万家”组织党员文艺"
                 "志愿者下基层开展演出、展览、讲座等志愿服务不少于6场；活动有方案、有记录、有影像资料。", 7,
                 "主题党日每少1次扣0.3分，最高扣3分；“六个一”缺项的，每次扣0.1分，最高扣1分；文艺志愿服务每少1场扣0.3分，最高扣1.5分；方案、影像资料"
                 "每缺一项扣0.2分，最高扣1.5分。"),
            _row("《组织生活会和民主评议党员材料》",
                 "每年召开一次组织生活会，会前征求意见、开展谈心谈话，支部班子对照检查材料和党员个人发言提纲齐全；会后开展民主评议党员，评议等次报机关党委"
                 "备案；查摆问题建立整改台账，整改完成率100%。", 7,
                 "未召开组织生活会的扣2分；征求意见表、谈心谈话记录、对照检查材料、发言提纲每缺一项扣0.5分，最高扣2分；未开展民主评议党员的扣1.5分；"
                 "评议等次未备案的扣0.5分；整改完成率每低10个百分点扣0.5分，最高扣1分。"),
            _row("《学习教育台账》",
                 "落实“第一议题”制度，支部每月至少开展一次集中学习；党员每人每年参加学习培训不少于32学时，其中网络培训不少于12学时；支部书记每年参加市直"
                 "机关工委集中轮训不少于1次。", 6,
                 "未落实“第一议题”制度的扣1分；集中学习每少1次扣0.3分，最高扣2分；学时不足的，每人扣0.2分，最高扣1.5分；网络培训学时不足的，每人扣0.1分，"
                 "最高扣0.5分；支部书记未参加轮训的扣1分。"),
            _row("《谈心谈话记录》",
                 "支部书记与支委、支委与党员之间每年至少开展一次谈心谈话；党员出现思想波动、家庭困难等情况的及时谈心；记录写明谈话对象、时间和主要内容。",
                 5,
                 "谈心谈话每少1人次扣0.2分，最高扣2分；记录不规范的，酌情扣0.5-1分。"),
        )),
        Section("作用发挥台账", "（三）作用发挥台账（25分）", 25, (
            _row("《意识形态工作台账》",
                 "每半年专题研究一次意识形态工作；文艺评论、作品展演展览、协会微信公众号等阵地落实“三审三校”；全年不发生意识形态领域导向性错误。", 6,
                 "专题研究每少1次扣1分；阵地未落实“三审三校”的，每次扣0.5分，最高扣2分；发生导向性错误造成不良影响的，一票否决，本项不得分。"),
            _row("《文艺惠民服务台账》",
                 "党员文艺工作者每人联系1个基层文艺团队或乡村文化大院，每人每年开展辅导不少于4次；支部与1至2个社区、村结对共建，签订共建协议，每半年开展"
                 "一次共建活动。", 7,
                 "辅导每少1次扣0.2分，最高扣2分；未签订共建协议的扣1分；共建活动每少1次扣0.5分，最高扣1分；服务成效不明显、群众评价不高的，酌情扣1-2分。"),
            _row("《志愿服务和“双报到”台账》",
                 "在职党员到居住地社区报到率100%，每人每年参加社区志愿服务不少于4次；支部组建党员文艺志愿服务队，党员志愿服务时长人均每年不少于20小时。",
                 6,
                 "报到率低于100%的扣1分；社区志愿服务每少1人次扣0.1分，最高扣2分；未组建文艺志愿服务队的扣1分；服务时长不足的，每人扣0.1分，最高扣"
                 "1.5分。"),
            _row("《党风廉政建设台账》",
                 "年初签订党风廉政建设责任书和廉洁承诺书；每季度开展一次廉政警示教育；评奖评审、文艺活动经费使用等重点环节廉政风险防控措施落实；党员全年无"
                 "违纪违法问题。", 6,
                 "责任书、承诺书每缺一项扣0.5分；警示教育每少1次扣0.5分，最高扣1.5分；风险防控措施不落实的，酌情扣1-2分；党员受到党纪政务处分的，每人扣"
                 "2分。"),
        )),
        Section("基础工作台账", "（四）基础工作台账（20分）", 20, (
            _row("《年度计划和总结》",
                 "年初制定支部党建工作计划，报机关党委备案；年底形成年度工作总结；支部书记年底向文联党组和机关党委述职。", 6,
                 "无工作计划或总结的，每项扣1.5分；计划未备案的扣0.5分；书记未述职的扣2分。"),
            _row("《党员积分管理台账》",
                 "推行党员积分量化管理，按月记分、每季度通报一次积分情况；年底根据积分评定优秀党员，积分结果与评先评优挂钩。", 5,
                 "未推行积分管理的扣1.5分；记分每缺1个月扣0.1分，最高扣1分；通报每少1次扣0.3分，最高扣1.2分；年底未评定的扣1分。"),
            _row("《关爱帮扶台账》",
                 "“七一”、春节走访慰问老党员、困难党员；离退休党员（老艺术家）每半年上门走访一次；为党龄满50年的党员颁发“光荣在党50年”纪念章。", 4,
                 "走访慰问每少1次扣0.5分；上门走访每少1人次扣0.1分，最高扣1分；纪念章未颁发的扣0.5分；帮扶台账记录不全的，酌情扣0.5分。"),
            _row("《党务公开和档案管理资料》",
                 "党务公开栏每季度更新一次，公开内容拍照留存；台账资料编制目录、按年度分类归档，电子档案与纸质档案同步更新。", 5,
                 "党务公开每少1次扣0.5分，最高扣2分；无照片留存的扣0.5分；无台账目录或分类不清的，酌情扣0.5-1分；电子档案未同步的扣0.5分；台账资料弄虚"
                 "作假、事后补记的，本项不得分。"),
        )),
    ),
)

HEADER = ["序号", "台账名称", "内容要求", "分值", "扣分标准"]
NOTE = ("说明：1.本表由市文联党组于12月上旬组织检查，办公室牵头，组联部、文艺处参加，驻市委宣传部纪检监察组派员监督，逐项查阅台账原件，必要时抽查"
        "全国党员管理信息系统和“学习强国”学习记录，以2025年1月1日至检查之日形成的台账为准；2.各项扣分以该项分值为限，扣完为止；3.台账名称以市直机关"
        "工委印发的机关党支部台账目录为准；4.检查得分90分以上的为“规范”，80—89分的为“较规范”，80分以下的为“不规范”，“不规范”的限期一个月整改。")


def build(t: Table, path: Path) -> None:
    import openpyxl
    from openpyxl.styles import Alignment, Font

    ncols = len(HEADER)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "台账检查"
    center = Alignment(horizontal="center", vertical="center", wrap_text=True)
    wrap = Alignment(vertical="center", wrap_text=True)
    xlsx_title(ws, t.title, ncols, Font(name="黑体", size=16, bold=True), center)
    xlsx_line(ws, "检查对象：市文联机关党支部（含各文艺家协会专职党员）", ncols)
    xlsx_line(ws, "检查人：              检查日期：", ncols)
    xlsx_header(ws, HEADER, ncols)
    first = ws.max_row
    number = 0
    for s in t.sections:
        xlsx_line(ws, s.printed, ncols)
        ws.cell(ws.max_row, 1).font = Font(bold=True)
        for row in s.rows:
            number += 1
            ws.append([number, row.indicator, row.text, row.points, row.scoring])
            for c in (2, 3, 5):
                ws.cell(ws.max_row, c).alignment = wrap
            for c in (1, 4):
                ws.cell(ws.max_row, c).alignment = center
    xlsx_total_row(ws, t.total, 4, ncols, center)
    xlsx_borders(ws, first, ncols)
    xlsx_note(ws, NOTE, ncols, 80)
    xlsx_widths(ws, (6, 24, 54, 6, 54))
    wb.save(str(path))
