"""中共成都市注册会计师行业委员会2026年度会计师事务所党组织党建工作考核评分表 (.xlsx), as a 四川 市级行业党委 (设在市
注册会计师协会) scores each 会计师事务所 党支部 / 联合党支部 on 组织设置、组织生活、党员管理、发挥作用、基础保障.

A merged title row and a merged "事务所名称：…  党组织名称：…  党员人数：…" line above the header 考核项目 | 序号 |
考核指标 | 考核内容及要求 | 分值 | 评分标准 | 佐证资料 | 得分. The categories are MERGED CELLS down the first column,
printed "一、组织设置\\n（16分）" (the category name is "组织设置"). 序号 RESTARTS at 1 in every category (ids "2.3").
考核指标 is a short sub-label (`Row.indicator`). 分值 is a plain number. 佐证资料 (`Row.method`) names the papers the
事务所 lays out. 得分 is blank. A 合计 row and a merged 说明 row close the sheet.
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
    name="zh_kuaiji_hangye_dangjian_xlsx",
    fmt="xlsx",
    title="中共成都市注册会计师行业委员会2026年度会计师事务所党组织党建工作考核评分表",
    numbering="restart",
    sections=(
        Section("组织设置", "一、组织设置\n（16分）", 16, (
            Row("有正式党员3名以上的事务所单独建立党支部，不足3名的建立联合党支部或纳入行业联合党支部，党的组织覆盖率达到"
                "100%。", 6,
                "符合条件未单独建立党支部的扣4分；党员未纳入组织管理的，每人扣1分。", "党组织成立批复", "组织覆盖"),
            Row("支部委员会按期换届，支部书记一般由党员合伙人或执业骨干担任；支委中具有注册会计师资格的不少于2名。", 5,
                "未按期换届的扣2分；书记非合伙人或执业骨干的扣1分；具有注册会计师资格的支委每少1名扣1分。",
                "换届选举材料、支委名单", "班子配备"),
            Row("事务所章程或合伙协议中写明党建工作要求，党组织负责人列席合伙人会议，每年不少于2次。", 5,
                "党建工作未写入章程（合伙协议）的扣3分；列席每少1次扣1分。", "事务所章程、合伙人会议纪要", "党建入章"),
        )),
        Section("组织生活", "二、组织生活\n（28分）", 28, (
            Row("支委会每月召开1次，党员大会每季度召开1次，支部书记每年讲党课不少于1次；受年报审计业务影响的可适当调整"
                "时间，但全年次数不减。", 8,
                "支委会、党员大会每少1次扣0.5分；书记未讲党课的扣2分。", "会议记录、签到表", "三会一课"),
            Row("按月开展主题党日，年报审计旺季（1—4月）可采取“线上+线下”方式，全年不少于10次，党员参加率达到90%。", 6,
                "全年少于10次的，每少1次扣0.5分；参加率低于90%的扣1分。", "活动方案、照片", "主题党日"),
            Row("每年召开组织生活会，开展民主评议党员；支委成员之间、支委与党员之间每年谈心谈话不少于1次。", 6,
                "未召开组织生活会的扣4分；未开展民主评议的扣2分；谈心谈话未覆盖的酌情扣分。", "会议记录、民主评议表",
                "组织生活会"),
            Row("结合执业特点开展“诚信执业、廉洁从业”教育，每半年组织1次警示教育或职业道德专题学习。", 4,
                "每少1次扣1分；内容与执业特点结合不紧密的酌情扣0.5—1分。", "学习记录", "诚信教育"),
            Row("党员每年参加学习培训不少于32学时，可与注册会计师继续教育统筹安排；“学习强国”平台月活跃率不低于80%。", 4,
                "学时不足的每人扣0.5分，最多扣2分；活跃率每低1个百分点扣0.1分。", "学时登记表、平台截图", "党员学习"),
        )),
        Section("党员管理", "三、党员管理\n（20分）", 20, (
            Row("党员按月足额交纳党费，组织关系隶属清楚，党员信息与全国党员管理信息系统一致。", 6,
                "每发现1人次未按月交纳扣0.5分；信息不一致的每处扣0.5分。", "党费收缴台账、系统截图", "党费交纳"),
            Row("从业人员流动性大的，建立流动党员名册；新入职党员1个月内完成组织关系转接，“口袋党员”动态清零。", 5,
                "无流动党员名册的扣2分；转接不及时的每人扣1分。", "流动党员名册、组织关系转接登记", "流动党员"),
            Row("注重在青年注册会计师、业务骨干中发展党员，每年至少确定1名入党积极分子；两年内至少发展党员1名。", 5,
                "未确定入党积极分子的扣2分；两年内未发展党员的扣3分。", "发展党员档案", "发展党员"),
            Row("党员执业人员在办公场所亮身份，设立党员示范岗；党员年内无受到行业惩戒、行政处罚。", 4,
                "未设立示范岗的扣1分；党员受到行业惩戒或行政处罚的每人扣2分。", "示范岗名单", "示范带动"),
        )),
        Section("发挥作用", "四、发挥作用\n（24分）", 24, (
            Row("党组织参与事务所重大事项决策，制定“党建+质量控制”工作清单，年度执业质量检查结论为合格以上。", 6,
                "未参与重大事项决策的扣2分；无工作清单的扣2分；执业质量检查不合格的扣2分。", "工作清单、执业质量检查结论",
                "业务融合"),
            Row("党员每年参加志愿服务不少于8小时；支部每年组织公益财税咨询、服务小微企业等志愿服务活动不少于2次。", 6,
                "服务时长不足的每人扣0.3分；集体活动每少1次扣1分。", "活动照片、服务时长记录", "志愿服务"),
            Row("与社区、楼宇党组织或行业主管部门党组织开展结对共建，签订共建协议，每年共同开展活动不少于2次。", 4,
                "未签订协议的扣2分；活动每少1次扣1分。", "共建协议", "结对共建"),
            Row("开展员工对党组织工作满意度测评，满意度达到90%以上。", 4,
                "满意度每低1个百分点扣0.2分，低于80%的本项不得分。", "测评汇总表", "员工评价"),
            Row("年初制定党建工作计划，年终形成工作总结并向行业党委报告；年内报送党建信息不少于2篇。", 4,
                "无计划、总结的各扣1分；信息每少1篇扣0.5分。", "工作计划、工作总结", "计划总结"),
        )),
        Section("基础保障", "五、基础保障\n（12分）", 12, (
            Row("有相对固定的党员活动场所，可与所在楼宇、园区党群服务中心共享；设置党建宣传栏或电子屏。", 4,
                "无活动场所的扣2分；无宣传阵地的扣1分。", "场所照片", "活动阵地"),
            Row("事务所按上年度职工工资总额一定比例安排党建工作经费，纳入管理费用列支，建立经费使用台账。", 4,
                "未落实经费的扣3分；无使用台账的扣1分。", "经费使用台账", "工作经费"),
            Row("党建资料分类归档，党员花名册、会议记录本、党费收缴凭证齐全规范。", 4,
                "每缺1类扣1分；记录不规范的酌情扣分。", "档案资料", "资料管理"),
        )),
    ),
)

HEADER = ["考核项目", "序号", "考核指标", "考核内容及要求", "分值", "评分标准", "佐证资料", "得分"]
NOTE = ("说明：1.考核采取事务所自评、行业党委实地检查相结合的方式，检查时随机抽查不少于3名党员；2.各项扣分以该项分值为限；"
        "3.考核得分作为事务所年度行业信用评价、评先评优的参考依据。")


def build(t: Table, path: Path) -> None:
    import openpyxl
    from openpyxl.styles import Alignment, Font

    ncols = len(HEADER)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "考核评分表"
    center = Alignment(horizontal="center", vertical="center", wrap_text=True)
    wrap = Alignment(vertical="center", wrap_text=True)
    xlsx_title(ws, t.title, ncols, Font(name="方正小标宋简体", size=16, bold=True), center)
    xlsx_line(ws, "事务所名称：                        党组织名称：                        党员人数：     名", ncols)
    xlsx_header(ws, HEADER, ncols)
    first = ws.max_row
    for s in t.sections:
        top = ws.max_row + 1
        for number, row in enumerate(s.rows, 1):
            ws.append([s.printed if number == 1 else None, number, row.indicator, row.text, row.points, row.scoring,
                       row.method, None])
            for c in (3, 4, 6, 7):
                ws.cell(ws.max_row, c).alignment = wrap
            ws.cell(ws.max_row, 2).alignment = center
        xlsx_merge_down(ws, 1, top, ws.max_row, center)
    xlsx_total_row(ws, t.total, 5, ncols, center)
    xlsx_borders(ws, first, ncols)
    xlsx_note(ws, NOTE, ncols, 40)
    xlsx_widths(ws, (12, 6, 12, 46, 7, 42, 20, 7))
    wb.save(str(path))
