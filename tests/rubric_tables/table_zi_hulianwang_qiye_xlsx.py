"""中共杭州市滨江区委社会工作部2026年度互联网企业党组织党建工作考核评分表 (.xlsx), as a 浙江 区委社会工作部 (两新
党建) scores each 互联网企业 党委 / 党总支 / 党支部 (平台企业、软件和信息服务企业) on 组织覆盖与班子建设、组织生活、党员管理、
作用发挥、基础保障.

A merged title row, a merged "企业名称：…  党组织名称：…  党员人数：…名  员工总数：…名" line and a right-aligned
"（满分100分）" line above the header 序号 | 考核项目 | 考核要点及标准 | 分值 | 评分细则 | 佐证资料 | 自评分 | 考核分. The
categories are SECTION ROWS merged across the sheet, printed "一、组织覆盖与班子建设（15分）". 序号 runs 1..19 through the
sheet (numeric cells). 考核项目 is a short sub-label (`Row.indicator`). 分值 is a plain number. 佐证资料 (`Row.method`)
names the papers the 企业 lays out (once "实地查看"). 自评分 / 考核分 are blank. A 合计 row and a merged 说明 row close the
sheet.
"""

from __future__ import annotations

from pathlib import Path

from .build_helpers import xlsx_borders, xlsx_header, xlsx_line, xlsx_note, xlsx_title, xlsx_total_row, xlsx_widths
from .model import Row, Section, Table

TABLE = Table(
    name="zi_hulianwang_qiye_xlsx",
    fmt="xlsx",
    title="中共杭州市滨江区委社会工作部2026年度互联网企业党组织党建工作考核评分表",
    numbering="printed",
    sections=(
        Section("组织覆盖与班子建设", "一、组织覆盖与班子建设（15分）", 15, (
            Row("按照业务条线和党员分布设置党组织，研发、运营、客服等党员相对集中的部门单独建立党支部或党小组；每季度对新入职"
                "员工开展1次党员身份摸排，摸排结果录入党员信息库。", 5,
                "党员集中部门未建立党支部或党小组的扣2分；身份摸排每少1次扣0.5分。", "党组织设置批复、摸排台账",
                indicator="组织设置"),
            Row("党组织书记一般由企业高管中的党员担任；班子成员中40周岁以下的不少于2名，本科及以上学历的不少于3名；党组织"
                "班子成员与企业管理层“双向进入、交叉任职”。", 6,
                "书记非企业高管的扣2分；40周岁以下成员每少1名扣1分；本科及以上学历成员每少1名扣0.5分；未实行交叉任职的扣1分。",
                "班子成员名册、任职文件", indicator="班子配备"),
            Row("党建工作要求写入企业章程，明确党组织参与企业重大问题决策的议事规则和沟通协调机制。", 4,
                "未写入企业章程的扣2分；无议事规则的扣1分；无沟通协调机制的扣1分。", "企业章程、议事规则",
                indicator="党建入章"),
        )),
        Section("组织生活", "二、组织生活（25分）", 25, (
            Row("支部委员会每月召开1次，支部党员大会每季度召开1次，党小组会每月召开1次，党课每季度至少1次；可采取“线上+"
                "线下”方式召开，线上会议须留存会议截图和在线签到记录。", 9,
                "每少开1次扣0.5分，最多扣6分；线上会议无截图或签到记录的，每次扣0.5分。", "会议记录、签到表、会议截图",
                indicator="三会一课"),
            Row("党组织书记每年讲党课不少于2次；企业创始人、高管中的党员每年至少讲1次党课。", 3,
                "书记讲党课每少1次扣1分；高管党员未讲党课的扣1分。", "党课讲稿", indicator="书记讲党课"),
            Row("每月开展1次主题党日，可结合“程序员节”、网络安全宣传周、数字公益等开展，党员参加率不低于85%。", 5,
                "每少1次扣0.5分；参加率每低1个百分点扣0.2分，最多扣2分。", "活动方案、活动照片", indicator="主题党日"),
            Row("每年召开1次组织生活会，同时开展民主评议党员，党员参会率达到90%以上；因出差、项目攻关不能参会的党员，会后"
                "及时补课并提交书面意见。", 5,
                "未召开组织生活会的扣3分；未开展民主评议党员的扣2分；参会率低于90%的扣1分；未组织补课的扣0.5分。",
                "会议记录、民主评议登记表", indicator="组织生活会"),
            Row("党员每年参加集中学习培训不少于32学时，线上学时不超过总学时的一半；党员“学习强国”注册率达到100%。", 3,
                "学时不足的，每人扣0.2分；注册率每低1个百分点扣0.1分。", "学时登记表", indicator="学习教育"),
        )),
        Section("党员管理", "三、党员管理（20分）", 20, (
            Row("党员按月交纳党费；使用线上平台交纳的，每季度导出1次收缴明细打印存档；党费收缴率达到100%。", 5,
                "未按月交纳的，每人次扣0.5分；收缴率每低1个百分点扣0.5分。", "党费收缴台账", indicator="党费交纳"),
            Row("注重在技术骨干、青年员工中发展党员，年内确定入党积极分子不少于2名，发展程序规范、材料齐全。", 5,
                "入党积极分子每少1名扣1分；发展程序不规范的，每发现1处扣1分。", "发展党员档案", indicator="发展党员"),
            Row("外地户籍、远程办公的党员全部纳入管理，党员组织关系转入率不低于80%；组织关系未转入的建立“口袋党员”排查台账，"
                "每半年联系1次。", 5,
                "转入率每低5个百分点扣1分；无排查台账的扣2分；联系每少1次扣0.5分。", "党员花名册、排查台账",
                indicator="流动党员"),
            Row("党员在工牌、企业内部办公系统中亮明身份；设立党员先锋岗、党员技术攻关项目合计不少于3个。", 5,
                "未亮明身份的扣1分；先锋岗、攻关项目每少1个扣1分。", "攻关项目清单、照片", indicator="亮身份"),
        )),
        Section("作用发挥", "四、作用发挥（30分）", 30, (
            Row("党组织把关企业内容安全和网络意识形态工作，每季度开展1次内容安全风险研判；全年未发生被网信部门约谈、通报的"
                "内容安全事件。", 8,
                "风险研判每少1次扣1分；企业被约谈的，每次扣3分；被通报或受到行政处罚的，本项不得分。", "风险研判记录",
                indicator="网络生态"),
            Row("党员在技术攻关中发挥带头作用，党员员工年度绩效考核“优秀”比例高于全体员工平均水平；党员牵头或参与取得发明"
                "专利、软件著作权等成果年内不少于2项。", 6,
                "党员优秀比例低于全员平均水平的扣2分；成果每少1项扣1分。", "绩效考核结果、成果证书", indicator="创新发展"),
            Row("组建党员志愿服务队，开展“数字助老”“网络安全进社区”等志愿服务，全年不少于6次；每名党员年度志愿服务时长"
                "不少于12小时。", 6,
                "活动每少1次扣1分；服务时长不足的，每人扣0.2分，最多扣2分。", "志愿服务记录、活动照片",
                indicator="数字公益"),
            Row("与所在街道、社区党组织签订党建共建协议，每半年开展1次共建活动，年内认领社区治理项目不少于1个。", 5,
                "未签订共建协议的扣2分；共建活动每少1次扣1分；未认领社区治理项目的扣1分。", "共建协议、活动照片",
                indicator="党建共建"),
            Row("组织员工对党组织工作进行满意度测评，参评员工占员工总数的比例不低于30%。", 5,
                "满意度90%以上得5分，85%（含）—90%得3分，80%（含）—85%得1分，80%以下不得分；参评比例不足30%的扣1分。",
                "测评汇总表", indicator="员工评价"),
        )),
        Section("基础保障", "五、基础保障（10分）", 10, (
            Row("设立党员活动室或党建共享空间，做到有标识、有制度、有学习资料；党建工作经费纳入企业年度预算。", 5,
                "无活动阵地的扣2分；“三有”每缺1项扣0.5分；党建经费未纳入企业预算的扣2分。", "实地查看、年度预算表",
                indicator="阵地经费"),
            Row("年初制定党建工作要点，年终向区委社会工作部报送党建工作总结和党组织书记抓党建述职报告。", 5,
                "工作要点、工作总结、述职报告每缺1项扣1.5分；报送不及时的扣0.5分。", "工作要点、工作总结、述职报告",
                indicator="计划总结"),
        )),
    ),
)

HEADER = ["序号", "考核项目", "考核要点及标准", "分值", "评分细则", "佐证资料", "自评分", "考核分"]
NOTE = ("说明：1.考核采取企业自评、属地街道初核、区委社会工作部复核的方式进行；2.各项扣分以该项分值为限，扣完为止；"
        "3.考核得分90分以上的评为“数智先锋”党组织，60分以下的列入年度整改名单，由属地街道党工委跟踪指导。")


def build(t: Table, path: Path) -> None:
    import openpyxl
    from openpyxl.styles import Alignment, Font

    ncols = len(HEADER)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "互联网企业党建考核"
    center = Alignment(horizontal="center", vertical="center", wrap_text=True)
    wrap = Alignment(vertical="center", wrap_text=True)
    xlsx_title(ws, t.title, ncols, Font(name="方正小标宋简体", size=15), center)
    xlsx_line(ws, "企业名称：                      党组织名称：                      党员人数：    名   员工总数：     名",
              ncols)
    xlsx_line(ws, "（满分100分）", ncols)
    ws.cell(ws.max_row, 1).alignment = Alignment(horizontal="right")
    xlsx_header(ws, HEADER, ncols)
    first = ws.max_row
    number = 0
    for s in t.sections:
        xlsx_line(ws, s.printed, ncols)
        ws.cell(ws.max_row, 1).font = Font(bold=True)
        for row in s.rows:
            number += 1
            ws.append([number, row.indicator, row.text, row.points, row.scoring, row.method, None, None])
            for c in (3, 5, 6):
                ws.cell(ws.max_row, c).alignment = wrap
            for c in (1, 2, 4):
                ws.cell(ws.max_row, c).alignment = center
    xlsx_total_row(ws, t.total, 4, ncols, center)
    xlsx_borders(ws, first, ncols)
    xlsx_note(ws, NOTE, ncols, 44)
    xlsx_widths(ws, (6, 11, 50, 6, 44, 20, 7, 7))
    wb.save(str(path))
