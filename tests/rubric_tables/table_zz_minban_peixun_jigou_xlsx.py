"""中共宁波市鄞州区民办教育行业委员会2026年度民办培训机构党组织党建工作考核评分表 (.xlsx), as a 浙江 民办教育行业党委 (set up
under the 区教育局, its 党建办 running the check with the 区校外培训监管科) scores each 民办培训机构 党支部 or 片区联合党支部 —
the 非学科类 校外培训机构 (舞蹈, 美术, 编程, 体育) and the 职业技能培训学校, their 党员 mostly young 教师, the 举办者 rarely a
党员 — on 组织覆盖 (设置 and 联络员, 党建入章程, 积极分子), 组织生活 (“三会一课” around the 寒暑假 teaching peak, 主题党日,
组织生活会 with 家长 意见 and an 整改清单, 学时 and 党费), 办学规范 (党组织 研究 of 招生 and 收费, the “双减” line and the
预收费 监管, 教材课件 审核备案 and 外聘讲师, 师德师风 each 学期, a 家长 测评), 服务社会 (公益课堂, 共建 and 报到, 教职工 关爱
and 劳动合同) and 基础保障 (the “六有” 活动场所, 计划总结 and 信息, 资料).

A merged title row, a merged "考核对象：全区非学科类校外培训机构、民办职业技能培训学校党支部（联合党支部）" line and a right-
aligned "单位：分" line above the header 序号 | 考核项目 | 考核内容及要求 | 评分标准 | 分值 | 佐证资料 | 得分 (分值 AFTER the
评分标准). 序号 (FIRST column, numeric cells) RESTARTS at 1 in every category (ids "1.1" … "5.3"). The categories are MERGED
CELLS down the 考核项目 column (SECOND), printed on two lines without an ordinal, "组织覆盖\\n（15分）". 分值 is a plain number.
佐证资料 (`Row.method`) names the papers the 机构 lays out (once a way of checking, 实地查看): a 佐证 column. 得分 is blank.
A 合计 row and a merged 备注 row close the sheet. One set of score bands sits in the 评分标准 column, the words only asking
for the 测评.
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
    name="zz_minban_peixun_jigou_xlsx",
    fmt="xlsx",
    title="中共宁波市鄞州区民办教育行业委员会2026年度民办培训机构党组织党建工作考核评分表",
    numbering="restart",
    sections=(
        Section("组织覆盖", "组织覆盖\n（15分）", 15, (
            Row("党员3名以上的培训机构单独建立党支部，不足3名的纳入片区联合党支部，联合党支部覆盖的每家机构明确1名党建联络员；"
                "支部任期届满按期换届。", 5,
                "党建联络员每缺1名扣0.5分；未按期换届的扣2分。", "联络员名单、换届选举材料"),
            Row("推动将党建工作写入机构章程，明确党组织在机构中发挥政治核心作用；举办者或校长（负责人）是党员的，一般担任党组织"
                "书记。", 5,
                "党建工作未写入章程的扣3分；符合条件而未由举办者或负责人担任书记的扣1分。", "机构章程"),
            Row("注重在骨干教师中发展党员，年内至少培养1名入党积极分子；严格履行发展党员程序。", 5,
                "未培养入党积极分子的扣2分；发展程序不规范的，每处扣1分。", "积极分子名册、发展党员档案"),
        )),
        Section("组织生活", "组织生活\n（25分）", 25, (
            Row("支部委员会每月至少召开1次，党员大会每季度至少召开1次，党小组会每月1次，党课每季度1次；寒暑假教学高峰期无法按期"
                "召开的，应在次月补开。", 8,
                "支委会、党小组会每少1次扣0.3分；党员大会、党课每少1次扣0.5分；会议记录不全的，酌情扣0.5—1分。",
                "会议记录、签到表"),
            Row("每月第一周开展一次主题党日活动，党员参加率不低于百分之九十。", 5,
                "未开展的，每次扣0.5分；参加率每低1个百分点扣0.1分，最多扣1分。", "活动方案、活动照片"),
            Row("每年召开一次组织生活会，开展民主评议党员；会前征求学员家长和教职工意见，会后形成整改清单并在机构内公示。", 6,
                "未召开组织生活会的扣4分；未征求意见的扣1分；无整改清单或未公示的扣1分。", "会议记录、整改清单、公示照片"),
            Row("党员每年参加集中学习培训不少于5天或40学时；党员按月交纳党费。", 6,
                "学时不足的，每人扣0.5分，最多扣2分；党费未按月交纳的，每人次扣0.2分，最多扣2分。", "学习培训登记表、党费收缴台账"),
        )),
        Section("办学规范", "办学规范\n（35分）", 35, (
            Row("党组织参与机构重大事项决策，招生简章、收费标准、课程设置调整等事项须经党组织会议研究；全年研究办学重大事项不少于"
                "4次。", 6,
                "研究每少1次扣1分；重大事项未经党组织研究的，每项扣1分。", "会议纪要"),
            Row("严格落实“双减”政策，不以任何形式违规开展学科类培训；预收费全部纳入资金监管账户，单次收费不超过3个月或60课时。", 8,
                "发现违规开展学科类培训的，本项不得分；预收费未纳入监管的扣4分；超期超量收费的，每次扣2分。", "监管账户流水"),
            Row("落实意识形态工作责任制，培训教材、讲义、课件经党组织审核后报行业党委备案；外聘讲师须经背景审查。", 7,
                "教材课件未经审核的，每发现1处扣1分；未报备案的扣1分；外聘讲师未审查的，每人扣1分；发生意识形态问题的，本项"
                "不得分。", "教材审核备案表"),
            Row("加强师德师风建设，每学期开展一次师德师风专题教育，全体教职工签订师德承诺书；党员教师设立“党员示范岗”。", 7,
                "专题教育每少1次扣1.5分；承诺书每缺1人扣0.2分；未设示范岗的扣1分；教职工发生师德失范行为的，每起扣3分。",
                "师德承诺书、示范岗名单"),
            Row("行业党委委托第三方开展学员及家长满意度测评。", 7,
                "满意度在95%（含）以上的得7分；90%（含）至95%的得5分；85%（含）至90%的得3分；85%以下的不得分。", "测评报告"),
        )),
        Section("服务社会", "服务社会\n（15分）", 15, (
            Row("组织党员教师开展“公益课堂”进社区、进农村学校活动，年内开展公益课堂不少于10次；参与“四点半课堂”、暑期托管等志愿"
                "服务。", 6,
                "公益课堂每少1次扣0.5分；未参与志愿服务的扣1分。", "活动照片、服务记录"),
            Row("与所在街道、社区党组织结对共建；在职党员到居住地社区报到率达到100%。", 4,
                "未结对共建的扣2分；报到率未达到100%的扣1分。", "共建协议、报到回执"),
            Row("关心关爱教职工，党组织每年至少组织一次教职工座谈会，协调解决社保缴纳、劳动合同签订等问题；教职工劳动合同签订率"
                "达到100%。", 5,
                "未组织座谈的扣2分；劳动合同签订率每低5个百分点扣1分；因欠薪、退费等引发群体性事件的，本项不得分。", "座谈记录"),
        )),
        Section("基础保障", "基础保障\n（10分）", 10, (
            Row("机构提供党员活动场所，可与教室、会议室共用，做到有场所、有党旗、有标识、有制度、有书报、有台账“六有”。", 4,
                "每缺1项扣0.5分。", "实地查看"),
            Row("年初制定党建工作计划，年终向行业党委报送党建工作总结；全年报送党建信息不少于3篇。", 3,
                "缺计划或总结的扣1分；信息每少1篇扣0.5分。", "工作计划、工作总结"),
            Row("党员花名册、会议记录本、党费收缴台账、发展党员档案等资料分类归档、保存完整。", 3,
                "资料每缺1项扣0.5分；归档不规范的，酌情扣分。", "档案资料"),
        )),
    ),
)

HEADER = ["序号", "考核项目", "考核内容及要求", "评分标准", "分值", "佐证资料", "得分"]
NOTE = ("备注：1.考核由行业党委党建办会同区校外培训监管科于每年12月组织，采取查阅资料、实地查看、随机访谈教职工和家长相结合的"
        "方式进行；2.各项扣分以该项分值为限，扣完为止；3.机构因违规办学被吊销办学许可证的，其党组织年度考核直接确定为“差”"
        "等次；4.考核结果抄送区教育局，作为机构年检和评定“党建示范机构”的参考。")


def build(t: Table, path: Path) -> None:
    import openpyxl
    from openpyxl.styles import Alignment, Font

    ncols = len(HEADER)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "培训机构党建考核"
    center = Alignment(horizontal="center", vertical="center", wrap_text=True)
    wrap = Alignment(vertical="center", wrap_text=True)
    xlsx_title(ws, t.title, ncols, Font(name="黑体", size=15, bold=True), center)
    xlsx_line(ws, "考核对象：全区非学科类校外培训机构、民办职业技能培训学校党支部（联合党支部）", ncols)
    xlsx_line(ws, "单位：分", ncols)
    ws.cell(ws.max_row, 1).alignment = Alignment(horizontal="right")
    xlsx_header(ws, HEADER, ncols)
    first = ws.max_row
    for s in t.sections:
        top = ws.max_row + 1
        for number, row in enumerate(s.rows, 1):
            ws.append([number, s.printed if number == 1 else None, row.text, row.scoring, row.points, row.method, None])
            for c in (3, 4, 6):
                ws.cell(ws.max_row, c).alignment = wrap
            for c in (1, 5):
                ws.cell(ws.max_row, c).alignment = center
        xlsx_merge_down(ws, 2, top, ws.max_row, center)
    xlsx_total_row(ws, t.total, 5, ncols, center)
    xlsx_borders(ws, first, ncols)
    xlsx_note(ws, NOTE, ncols, 48)
    xlsx_widths(ws, (6, 11, 50, 44, 6, 18, 7))
    wb.save(str(path))
