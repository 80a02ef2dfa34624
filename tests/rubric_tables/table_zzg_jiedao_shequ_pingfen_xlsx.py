"""中共长沙市岳麓区望月湖街道工作委员会2025年社区党建工作考核评分细则 (.xlsx), as a 湖南 街道党工委 (its 党建办 with the 综治
中心 and the 社区治理办 going round in December, each 社区 scoring itself first) scores each 社区党委（党总支） on 政治引领
(monthly 集中学习 and quarterly 研讨, the “三审三校” of the 宣传栏 / 电子屏 / 公众号 and the half-yearly 研判, 重大事项 through the
社区党委 and its 议事规则), 组织建设 (the 网格党支部' “三会一课” recorded on the “红星云” 平台, the 10日 主题党日 with 参加率 and
补课, 谈心谈话 before the 组织生活会, 民主评议 and its 报备, the 发展党员计划 完成率 and the half-yearly 考察 of 积极分子, the
系统 准确率 and 流动党员 联系), 党建引领基层治理 (the “社区大党委” with 兼职委员 and quarterly 联席会议 and “三张清单”, 共建协议
with 5 units, 共建活动 and 实事, the 小区 “三方联动” with a 业委会 党员比例 above 50%, 走访 and the “12345” 工单 办结率 and 满意率,
党员志愿服务队 and the 注册率, no 重大事故 / 越级上访 as a deduction-only line) and 基础保障 (the 党群服务中心 “去行政化” and
“周末不打烊”, the 社区工作者' 学时 and 持证比例, 计划 / 半年小结 / 总结, 警示教育 with 承诺书 and the 居务监督委员会's quarterly
监督, 信息 and 稿件).

A merged title row, a merged "考核对象：望月湖街道所辖各社区党委（党总支）" line and a merged "社区：…  书记：…  考核日期：…" line
above the header 考核类别 | 序号 | 考核内容 | 分值 | 计分方法 | 佐证资料 | 自评分 | 考核分. The categories are MERGED CELLS down
the 考核类别 column (first), printed on two lines WITHOUT an ordinal, "政治引领\\n（15分）". 序号 (second column, numeric cells)
RESTARTS at 1 in every category (ids "1.1" … "4.5"). 分值 (before the 计分方法) is a plain number. 佐证资料 (`Row.method`) names the
papers the 社区 lays out (once a way of checking, 实地查看): a 佐证 column. The two score columns are blank. A 合计 row and a merged
备注 row (the 加分项 in it) close the sheet. "最多扣" caps; one threshold printed as 超过; one item deduction-only.
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
    name="zzg_jiedao_shequ_pingfen_xlsx",
    fmt="xlsx",
    title="中共长沙市岳麓区望月湖街道工作委员会2025年社区党建工作考核评分细则",
    numbering="restart",
    sections=(
        Section("政治引领", "政治引领\n（15分）", 15, (
            Row("社区党委每月组织一次党员集中学习，深入学习贯彻习近平新时代中国特色社会主义思想和党的二十届三中全会精神；每季度"
                "开展一次专题研讨。", 5,
                "集中学习每少1次扣0.5分；专题研讨每少1次扣1分。", "学习记录、研讨发言材料"),
            Row("落实意识形态工作责任制，社区宣传栏、电子屏、微信公众号发布内容实行“三审三校”；每半年分析研判一次意识形态形势。", 5,
                "出现错误导向的，本项不得分；研判每少1次扣1分；审核不规范的，每发现1处扣0.5分。", "审核登记表、研判记录"),
            Row("社区重大事项、重要工作事先经社区党委会议研究讨论，坚持民主集中制，建立党委议事规则。", 5,
                "重大事项未经党委研究的，每项扣1分；未建立议事规则的扣1分。", "党委会议记录、议事规则"),
        )),
        Section("组织建设", "组织建设\n（25分）", 25, (
            Row("各网格党支部每月召开1次支委会、每季度召开1次党员大会和上1次党课，党小组每月开展1次活动；“三会一课”情况通过"
                "“红星云”平台如实记录。", 6,
                "支委会、党员大会、党课每缺1次扣0.3分，最多扣3分；党小组活动每少1次扣0.2分；平台记录不实的扣1分。",
                "会议记录、平台截图"),
            Row("每月10日固定开展主题党日活动，做到“一月一主题”；党员参加率不低于85%；因故未参加的党员及时补课。", 5,
                "主题党日每少1次扣0.5分；参加率每低5个百分点扣0.5分；补课不落实的，酌情扣0.5—1分。", "活动方案、签到表、照片"),
            Row("年度组织生活会前，支部书记与支委委员、支委委员之间、支委委员与党员之间谈心谈话全覆盖；会后按程序开展民主评议党员，"
                "评议情况报街道党工委备案。", 5,
                "未召开组织生活会的扣3分；谈心谈话未全覆盖的扣1分；未开展民主评议党员的扣1分；未报备的扣0.5分。",
                "会议记录、民主评议登记表"),
            Row("年度发展党员计划完成率达到100%；入党积极分子每半年考察一次；发展对象政治审查材料齐全。", 5,
                "未完成年度发展计划的扣2分；考察每少1次扣0.5分；政审材料不全的，每人扣1分。", "发展党员档案"),
            Row("党员组织关系转接及时，“红星云”平台和全国党员管理信息系统信息准确率达到100%；流动党员底数清楚，每季度至少联系"
                "一次。", 4,
                "信息每错1处扣0.2分；流动党员联系每少1次扣0.2分，最多扣1分；流动党员底数不清的扣1分。", "系统截图、流动党员台账"),
        )),
        Section("党建引领基层治理", "党建引领基层治理\n（35分）", 35, (
            Row("推行“社区大党委”制度，吸纳辖区单位、物业企业、“两新”组织党组织负责人担任兼职委员，兼职委员不少于3名；每季度召开"
                "一次大党委联席会议，建立需求、资源、项目“三张清单”。", 7,
                "兼职委员每少1名扣1分；联席会议每少1次扣1分；未建立“三张清单”的扣2分。", "兼职委员名单、会议记录、“三张清单”"),
            Row("与不少于5家辖区单位签订共建协议，年内共同开展共建活动不少于8次，为群众办实事不少于10件。", 6,
                "共建协议每少1家扣0.5分；共建活动每少1次扣0.3分；办实事每少1件扣0.3分。", "共建协议、活动记录、实事清单"),
            Row("小区党支部、业委会（物管会）、物业服务企业“三方联动”机制运转有效，每月召开一次联席会议；业委会（物管会）成员中党员"
                "比例超过50%。", 6,
                "联席会议每少1次扣0.5分；党员比例未超过50%的，每个小区扣1分，最多扣3分；因“三方”推诿扯皮引发群众集体投诉的，酌情"
                "扣1—2分。", "会议记录、业委会成员名单"),
            Row("网格员每月对网格内住户走访全覆盖；“12345”热线工单按时办结率达到98%以上，群众回访满意率达到95%以上。", 6,
                "走访未全覆盖的，每个网格扣0.5分；办结率每低1个百分点扣0.5分；满意率每低1个百分点扣0.5分，最多扣3分。",
                "走访记录、工单系统数据"),
            Row("组建社区党员志愿服务队不少于2支，每月开展志愿服务活动不少于1次；志愿者注册率达到常住人口的15%以上。", 5,
                "服务队每少1支扣1分；志愿服务活动每少1次扣0.5分；注册率每低1个百分点扣0.5分。", "志愿服务队名册、活动照片"),
            Row("辖区全年未发生重大安全生产事故、重大群体性事件和因矛盾化解不力引发的进京赴省越级上访。", 5,
                "发生重大安全生产事故或重大群体性事件的，本项不得分；发生越级上访的，每起扣2分。", "街道综治中心通报"),
        )),
        Section("基础保障", "基础保障\n（25分）", 25, (
            Row("社区党群服务中心落实“去行政化、去机关化”要求，办公面积不超过总面积的20%；工作日开放不少于8小时，实行“周末不打烊”。",
                6,
                "办公面积超标的扣2分；开放时间不足的扣1分；未落实周末值班的扣1分；服务功能发挥不明显的，酌情扣1—2分。",
                "实地查看、值班表"),
            Row("社区工作者每年参加业务培训不少于40学时；持有社会工作者职业资格证书的比例达到30%以上。", 5,
                "培训学时不足的，每人扣0.2分，最多扣2分；持证比例未达到30%的扣1分。", "培训登记表、证书复印件"),
            Row("年初制定党建工作计划，7月上旬报送半年工作小结，年底形成全年工作总结；党建资料实行“一事一档”，及时归档。", 5,
                "计划、小结、总结每缺1项扣1分；资料归档不及时、不规范的，酌情扣0.5—1分。", "工作计划、半年小结、年度总结"),
            Row("每年开展廉政警示教育不少于2次，社区“两委”成员签订廉洁履职承诺书；居务监督委员会每季度对居务公开情况开展一次监督。",
                5,
                "警示教育每少1次扣1分；承诺书每缺1人扣0.2分；监督每少1次扣0.5分。", "活动记录、承诺书、监督记录"),
            Row("每季度向街道报送党建信息不少于2篇，全年在区级以上媒体刊发党建宣传稿件不少于2篇。", 4,
                "信息每少1篇扣0.2分；刊发稿件每少1篇扣0.5分。", "信息报送登记、刊发截图"),
        )),
    ),
)

HEADER = ["考核类别", "序号", "考核内容", "分值", "计分方法", "佐证资料", "自评分", "考核分"]
NOTE = ("备注：1.本细则由街道党建办会同综治中心、社区治理办于年底组织考核，采取社区自评、查阅资料、实地查看、入户走访相结合的方式；"
        "2.各项扣分以该项分值为限，扣完为止；3.加分项：社区党建工作获省级以上表彰的加3分、市级加2分、区级加1分，同一事项按最高"
        "级别加分，累计加分不超过5分；4.社区“两委”成员发生严重违纪违法问题的，考核等次不得评为“优秀”。")


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
    xlsx_line(ws, "考核对象：望月湖街道所辖各社区党委（党总支）", ncols)
    xlsx_line(ws, "社区：                  书记：              考核日期：", ncols)
    xlsx_header(ws, HEADER, ncols)
    first = ws.max_row
    for s in t.sections:
        top = ws.max_row + 1
        for number, row in enumerate(s.rows, 1):
            ws.append([s.printed if number == 1 else None, number, row.text, row.points, row.scoring, row.method, None,
                       None])
            for c in (3, 5, 6):
                ws.cell(ws.max_row, c).alignment = wrap
            for c in (2, 4):
                ws.cell(ws.max_row, c).alignment = center
        xlsx_merge_down(ws, 1, top, ws.max_row, center)
    xlsx_total_row(ws, t.total, 4, ncols, center)
    xlsx_borders(ws, first, ncols)
    xlsx_note(ws, NOTE, ncols, 52)
    xlsx_widths(ws, (11, 6, 52, 6, 44, 20, 7, 7))
    wb.save(str(path))
