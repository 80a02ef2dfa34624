"""青岛市园林和林业局直属机关党委2025年度公园管理服务中心党支部党建工作考核评分表 (.xlsx), as a 市局 直属机关党委 (its 机关党办
with the 公园管理处 and the 直属机关纪委, a 考核组 checking in December) scores the 党支部 of a city park's 管理服务中心, whose 党员
run the 养护 and 保洁 班组 (many of them 劳务派遣 or 外包), the 游客服务中心 and the 游船 and 摊点 let out: 党建引领 (a monthly 支委会
with the “三重一大” 前置研究, the “园林先锋” 品牌 with one 品牌案例), 组织建设 (党员大会, 党小组会 and 党课 by 班次 with 补学, the 主题
党日 with three on 植树节 and 游园活动 and the 参加率, the 组织生活会 with 民主评议, the 整改清单 and the 谈心谈话, 党费, a yearly 积极分子
and the 花名册), 园区服务 (the 巡园 with its 记录 and the 养护 合格率, 24小时 of 志愿服务, the 办结率 and a 满意率 in bands with a
quarterly 调查, the 设施 完好率 with a monthly 检查 and its 整改台账, two 共建协议 with a half-yearly 联合活动 and six 文化活动) and
安全廉洁 (a monthly 排查 with a 一票否决, a quarterly 廉政教育 with the 招租, its 公示 and the 承诺书, the 年初 计划, 年终 总结 and 述职).

A title row (merged), a "考核对象：公园管理服务中心党支部" line, then the header: 序号 | 考核项目 | 考核要点 | 分值 | 扣分办法 | 考核方式 |
得分. 序号 FIRST, running 1..14 through the sheet; the categories are MERGED CELLS down the 考核项目 column (second), printed WITHOUT an
ordinal on two lines, "党建引领\n（15分）". 分值 before the 扣分办法, a plain number; 考核方式 (`Row.method`) only names ways of
checking. A 合计 row and a 备注 row close the sheet. "最高扣" caps; a 满意率 in bands ("低于80%的不得分" closing them); "酌情扣1-2分";
one "实行一票否决，本项不得分".
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
    name="zzv_qingdao_gongyuan_zhongxin_zhibu_xlsx",
    fmt="xlsx",
    title="青岛市园林和林业局直属机关党委2025年度公园管理服务中心党支部党建工作考核评分表",
    numbering="printed",
    sections=(
        Section("党建引领", "党建引领\n（15分）", 15, (
            Row("支部每月召开一次支部委员会，研究党建工作和公园管理重要事项；“三重一大”事项提交中心班子会议前经支委会前置研究。", 8,
                "支委会每少1次扣0.5分，最高扣3分；“三重一大”事项未经前置研究的，每件扣1分。", "查阅资料"),
            Row("开展“园林先锋”党建品牌创建，年内提炼品牌案例不少于1个，在局直属机关党委交流；在游客服务中心设立党员示范岗。", 7,
                "未开展品牌创建的扣2分；无品牌案例的扣1分；未交流的扣1分；未设立党员示范岗的扣1分。", "查阅资料、实地查看"),
        )),
        Section("组织建设", "组织建设\n（30分）", 30, (
            Row("党员大会每季度召开一次，党小组会每月召开一次，党课每季度一次；一线养护、保洁班组党员可分班次参加，缺席的会后补学。", 8,
                "每少1次扣0.5分，最高扣4分；缺席党员未补学的，每人次扣0.2分。", "查阅资料"),
            Row("每月开展主题党日，全年至少3次结合植树节、公园游园活动开展；党员参加率不低于90%。", 8,
                "主题党日每少1次扣0.5分；结合开展的每少1次扣0.5分；参加率低于90%的，每次扣0.2分。", "查阅资料"),
            Row("每年召开组织生活会，开展民主评议党员，查摆问题建立整改清单并按期销号；支委成员与每名党员每年谈心谈话至少1次。", 7,
                "未召开组织生活会的扣2分；未开展民主评议的扣1分；无整改清单的扣1分；谈心谈话每缺1人扣0.2分。", "查阅资料、个别谈话"),
            Row("党员按月交纳党费；每年至少确定1名入党积极分子，注重在劳务派遣、外包班组骨干中发现培养；党员花名册、组织关系转接及时准确。",
                7, "党费未按月交纳的，每人次扣0.1分；未确定入党积极分子的扣1分；花名册信息错误的，每处扣0.2分。", "查阅资料"),
        )),
        Section("园区服务", "园区服务\n（35分）", 35, (
            Row("党员带头开展园容园貌巡查，每日巡园不少于2次并填写巡园记录；绿化养护质量检查合格率达到95%以上。", 7,
                "巡园记录缺失的，每次扣0.2分，最高扣2分；合格率每低1个百分点扣0.5分。", "查阅资料、实地查看"),
            Row("设立党员志愿服务岗，节假日和大型活动期间党员志愿者在岗服务；每名党员每年参加志愿服务不少于24小时。", 7,
                "节假日未设岗的，每次扣0.5分；志愿服务时长不足的，每人扣0.2分，最高扣2分。", "查阅资料、实地查看"),
            Row("12345热线和游客投诉办结率100%，回访满意率达到90%以上；每季度开展一次游客满意度调查。", 7,
                "投诉未办结的，每件扣0.5分；满意率90%以上的得3分，85%（含）—90%的得2分，80%（含）—85%的得1分，低于80%的不得分；"
                "满意度调查每少1次扣0.5分。", "查阅资料、电话回访"),
            Row("母婴室、无障碍设施、公厕等便民设施完好率达到98%；每月开展一次设施安全检查，发现问题建立整改台账。", 7,
                "完好率每低1个百分点扣0.5分；安全检查每少1次扣0.5分；无整改台账的扣1分。", "查阅资料、实地查看"),
            Row("与周边社区党组织签订共建协议不少于2个，每半年开展一次联合活动；年内举办公园文化活动不少于6场。", 7,
                "共建协议每少1个扣1分；联合活动每少1次扣0.5分；文化活动每少1场扣0.5分。", "查阅资料"),
        )),
        Section("安全廉洁", "安全廉洁\n（20分）", 20, (
            Row("落实安全生产“党政同责、一岗双责”，每月组织一次安全隐患排查，汛期和节假日大客流期间党员带班；全年不发生安全生产责任事故。",
                7, "排查每少1次扣0.5分；未落实党员带班的扣1分；发生安全生产责任事故的，实行一票否决，本项不得分。", "查阅资料、实地查看"),
            Row("每季度开展一次廉政教育；经营摊点、游船等租赁项目一律公开招租，招租结果公示；关键岗位人员签订廉洁承诺书。", 7,
                "廉政教育每少1次扣0.5分；租赁项目未公开招租的，每个扣2分；招租结果未公示的扣1分；未签订承诺书的扣0.5分。", "查阅资料"),
            Row("支部年初制定党建工作计划、年终形成工作总结；支部书记年底向局直属机关党委述职；考核组对支部工作作出综合评价。", 6,
                "缺计划或总结的，每项扣1分；未述职的扣2分；综合评价酌情扣1-2分。", "查阅资料、民主测评"),
        )),
    ),
)

HEADER = ["序号", "考核项目", "考核要点", "分值", "扣分办法", "考核方式", "得分"]
NOTE = ("备注：1.本表由局直属机关党委于12月组织考核，公园管理处、直属机关纪委参加；2.各项扣分以该项分值为限，扣完为止；3.考核结果分为"
        "“好”“较好”“一般”“差”四个等次，作为评选局系统“先进基层党组织”的依据；4.发生游客伤亡等重大安全责任事故的，支部考核直接定为"
        "“差”等次。")


def build(t: Table, path: Path) -> None:
    import openpyxl
    from openpyxl.styles import Alignment, Font

    ncols = len(HEADER)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "支部考核评分表"
    center = Alignment(horizontal="center", vertical="center", wrap_text=True)
    wrap = Alignment(vertical="center", wrap_text=True)
    xlsx_title(ws, t.title, ncols, Font(name="宋体", size=15, bold=True), center)
    xlsx_line(ws, "考核对象：公园管理服务中心党支部", ncols)
    xlsx_header(ws, HEADER, ncols)
    first = ws.max_row
    number = 0
    for s in t.sections:
        top = ws.max_row + 1
        for i, row in enumerate(s.rows):
            number += 1
            ws.append([number, s.printed if i == 0 else None, row.text, row.points, row.scoring, row.method, None])
            for c in (3, 5, 6):
                ws.cell(ws.max_row, c).alignment = wrap
            for c in (1, 4):
                ws.cell(ws.max_row, c).alignment = center
        xlsx_merge_down(ws, 2, top, ws.max_row, center)
    xlsx_total_row(ws, t.total, 4, ncols, center)
    xlsx_borders(ws, first, ncols)
    xlsx_note(ws, NOTE, ncols, 44)
    xlsx_widths(ws, (6, 12, 50, 6, 46, 16, 7))
    wb.save(str(path))
