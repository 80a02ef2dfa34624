"""中共淮北师范大学机关委员会2025年度机关党支部工作台账检查评分表 (.xlsx), as the 机关党委 of a 师范大学 in 淮北 in 安徽 (its 组织员 with the 校党委
组织部 and the 纪委办公室, a 检查组 of three going from office to office in the 行政楼 in the last week of December, when the 相山 is brown, the 南湖
is frozen at its edges, the students are sitting their 期末 exams and every 机关党支部 — the 党委办公室、组织部统战部、人事处、教务处、财务处、后勤
管理处 … — has its 台账 boxes lined up on a table of its 会议室) checks the 台账 of each 机关党支部 one kind at a time: a checklist whose 台账内容 names
the record, says what it must hold and how often, and whose 扣分标准 takes points off one clause at a time: 组织生活台账 (the “三会一课” 记录 with its
要素 and no 复印件; the 党课 of the 书记 and of the 联系 校领导 with the 讲稿, 签到表 and 照片; the monthly 主题党日 with the 方案, 签到表 and 照片 and the
参加率; the 组织生活会 with the 征求意见, 谈心谈话, 对照检查材料 and 整改清单, the 民主评议 and the 备案; a half-yearly 谈心谈话 of the 书记 with every
党员), 党员管理台账 (the 花名册 and a half-yearly 更新; 党费 按月, a yearly 核定 and a half-yearly 公布; one 积极分子, the 材料 and the 公示; 32学时, the
学时登记表, a monthly 集中学习 and the 学习计划; the 介绍信存根 and 回执 and the 转接), 工作落实台账 (a half-yearly 专题研究 of the 意识形态 and the 审核
登记 with a 一票否决; the 年初 责任书, a quarterly 警示教育 and the 风险防控清单; the “党建+业务” 融合项目, its 方案 and 推进记录, two 示范岗 and the
挂牌; a quarterly 办实事 or 志愿服务 with 照片 and the 办结率; the 共建协议 and a half-yearly 共建活动) and 基础资料台账 (the 年初 计划, the 年中 小结, the
年底 总结 and 述职; the 换届 with its 请示, 批复 and 选举结果报告 and the 分工; a quarterly 党务公开 with 照片; the 立卷, the 目录 and the 平台).

A merged title row, a merged "检查对象：…" line and a merged "党支部：…检查人：…检查日期：" line above the header 序号 | 台账类别 | 台账内容 | 分值 | 扣分
标准. The 台账类别 are MERGED CELLS down the SECOND column, printed WITHOUT an ordinal and WITH their points on a SECOND line, "组织生活台账\n（30分）";
序号 (FIRST column, numeric cells) runs 1..19 through the sheet, NOT restarting; there is no short sub-label (each 台账内容 opens with the record's name
and a colon, "“三会一课”记录：…", part of the words). 台账内容 (`Row.text`) says what the record must hold; 分值 is a plain number BEFORE the 扣分标准
(`Row.scoring`); there is no 佐证, 考核方式 or 得分 column. A 合计 row of 100 and a merged 说明 row close the sheet. Counts in figures and Chinese numerals,
nearly all in the 台账内容 ("支部委员会每月召开1次，支部党员大会每季度召开1次，党小组会每月召开1次，党课每季度1次", "每年讲党课不少于1次", "每年不少于1次",
"每月开展一次", "百分之九十", "每年召开一次", "每半年至少…一次", "每半年更新一次", "按月", "逐月", "每年核定一次", "每半年…公布一次", "年内…不少于1名",
"不少于5个工作日", "每年…不少于32学时", "每月组织一次", "1个月内", "每半年专题研究一次", "年初", "每季度开展一次", "年内…不少于1个", "不少于2个",
"每季度开展一次", "100%", "每半年开展一次", "年初", "年中", "年底", "年底", "每季度公开一次"); "最高扣" caps; no bands; "每低5个百分点" once and "每低10个
百分点" once; "每缺一项" six times and "每缺一份" once; "酌情扣0.5-1分" four times; one "实行一票否决，本项不得分" and two plain "本项不得分".
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


def _row(text: str, points: float, scoring: str) -> Row:
    """One row in the order the sheet prints it: 台账内容, 分值, 扣分标准."""
    return Row(text, points, scoring)


TABLE = Table(
    name="zzzzzx_huaibei_shifan_daxue_jiguan_dangzhibu_taizhang_xlsx",
    fmt="xlsx",
    title="中共淮北师范大学机关委员会2025年度机关党支部工作台账检查评分表",
    numbering="printed",
    sections=(
        Section("组织生活台账", "组织生活台账\n（30分）", 30, (
            _row("“三会一课”记录：支部委员会每月召开1次，支部党员大会每季度召开1次，党小组会每月召开1次，党课每季度1次；使用统一的会议记录本，"
                 "时间、地点、出席人、议题、发言、决议等要素齐全。", 8,
                 "会议每少1次扣0.5分，最高扣5分；记录要素不全的，每次扣0.2分，最高扣2分；以复印件、打印件代替原始记录的扣1分。"),
            _row("党课台账：支部书记每年讲党课不少于1次，联系支部的校领导到支部讲党课每年不少于1次；党课有讲稿（课件）、签到表、照片。", 4,
                 "书记未讲党课的扣1.5分；联系校领导未讲党课的扣1分；讲稿、签到表、照片每缺一项扣0.5分。"),
            _row("主题党日台账：每月开展一次主题党日，有活动方案、签到表、活动记录和照片；党员参加率不低于百分之九十。", 6,
                 "主题党日每少1次扣0.5分；方案、签到表、记录、照片每缺一项扣0.2分，最高扣1.5分；参加率每低5个百分点扣0.5分。"),
            _row("组织生活会和民主评议台账：每年召开一次组织生活会，有征求意见、谈心谈话、对照检查材料和整改清单；开展民主评议党员，评议结果报机关"
                 "党委备案。", 8,
                 "未召开组织生活会的扣3分；征求意见、谈心谈话、对照检查材料、整改清单每缺一项扣0.5分；未开展民主评议党员的扣2分；评议结果未备案的"
                 "扣0.5分。"),
            _row("谈心谈话台账：支部书记每半年至少与每名支委、党员谈心谈话一次，有谈话记录；对思想波动、家庭困难的党员及时谈心。", 4,
                 "谈心谈话未全覆盖的，每人扣0.2分，最高扣2分；无谈话记录的扣1分；应谈未谈的，酌情扣0.5-1分。"),
        )),
        Section("党员管理台账", "党员管理台账\n（25分）", 25, (
            _row("党员花名册：党员姓名、性别、出生年月、学历、入党时间、职务等信息准确完整，与全国党员管理信息系统一致；每半年更新一次。", 4,
                 "无花名册的扣2分；信息与系统不一致的，每人扣0.2分，最高扣1分；更新每少1次扣0.5分。"),
            _row("党费收缴台账：党员按月交纳党费，台账逐月登记；每年核定一次交纳基数；党费收缴情况每半年向党员公布一次。", 5,
                 "未按月交纳的，每人次扣0.1分，最高扣2分；未核定基数的扣1分；公布每少1次扣0.5分；补交党费无情况说明的，每人扣0.2分。"),
            _row("发展党员台账：年内确定入党积极分子不少于1名；发展党员“25个步骤”材料按程序归档，培养联系人意见、政治审查等材料齐全；发展对象"
                 "公示不少于5个工作日。", 6,
                 "未确定入党积极分子的扣1分；发展材料每缺一项扣0.5分，最高扣3分；发展对象未公示的扣1分；违反程序发展党员的，本项不得分。"),
            _row("党员教育培训台账：党员每年参加集中学习培训不少于32学时，建立个人学时登记表；支部每月组织一次集中学习，有学习计划。", 5,
                 "学时不足的，每人扣0.2分，最高扣1.5分；无学时登记表的扣0.5分；集中学习每少1次扣0.3分，最高扣2分；无学习计划的扣0.5分。"),
            _row("组织关系转接台账：转入转出有介绍信存根和回执；党员调离、退休的在1个月内办结转接；无失联党员、“口袋党员”。", 5,
                 "介绍信存根、回执每缺一份扣0.3分，最高扣1.5分；转接超时的，每人扣0.5分；存在失联党员的，每人扣1分。"),
        )),
        Section("工作落实台账", "工作落实台账\n（25分）", 25, (
            _row("意识形态工作台账：每半年专题研究一次意识形态工作；支部宣传栏、部门网站和微信公众号发布内容经支部书记审核，有审核登记。", 5,
                 "专题研究每少1次扣1分；无审核登记的扣1分；发布内容出现错误被通报的，每次扣1分；发生意识形态责任事件的，实行一票否决，本项不得分。"),
            _row("党风廉政建设台账：年初签订党风廉政建设责任书；每季度开展一次廉政警示教育；建立岗位廉政风险防控清单；党员无违纪违法行为。", 5,
                 "未签订责任书的扣1分；警示教育每少1次扣0.5分；无风险防控清单的扣1分；党员受到党纪政务处分的，每人扣2分。"),
            _row("“双融双促”台账：围绕学校中心工作，年内确定“党建+业务”融合项目不少于1个，有项目方案和推进记录；设立党员示范岗不少于2个，党员"
                 "挂牌服务。", 5,
                 "无融合项目的扣2分；无项目方案或推进记录的扣0.5分；示范岗每少1个扣0.5分；未挂牌服务的扣0.5分；融合成效不明显的，酌情扣0.5-1分。"),
            _row("服务师生台账：每季度开展一次“我为师生办实事”或志愿服务活动，有活动记录和照片；收集的师生意见建议办结率100%。", 5,
                 "活动每少1次扣0.5分；无活动照片的，每次扣0.2分；意见建议办结率每低10个百分点扣0.5分。"),
            _row("支部共建台账：与二级学院学生党支部或社区党组织签订共建协议，每半年开展一次共建活动，有活动记录。", 5,
                 "未签订共建协议的扣1分；共建活动每少1次扣1分；共建流于形式的，酌情扣0.5-1分。"),
        )),
        Section("基础资料台账", "基础资料台账\n（20分）", 20, (
            _row("计划总结：年初制定支部年度工作计划，年中形成半年工作小结，年底形成年度工作总结；支部书记年底向机关党委述职，有述职报告。", 6,
                 "计划、小结、总结每缺一项扣1分；书记未述职的扣2分；述职报告内容空泛的，酌情扣0.5-1分。"),
            _row("换届和委员会建设：支部委员会按期换届，有换届请示、批复和选举结果报告；支委分工明确，有分工文件。", 5,
                 "未按期换届的扣2分；请示、批复、选举结果报告每缺一项扣0.5分；无分工文件的扣0.5分。"),
            _row("党务公开：每季度公开一次党务，公开内容包括发展党员、党费收缴、评先评优等，有公开照片。", 4,
                 "公开每少1次扣0.5分；公开内容不全的，每次扣0.2分；无公开照片的扣0.5分。"),
            _row("台账管理：党建台账按年度分类立卷，有目录、专人管理；电子台账与纸质台账同步，在学校智慧党建平台及时录入。", 5,
                 "未分类立卷的扣1分；无目录的扣0.5分；平台录入不及时的，每次扣0.2分，最高扣1分；台账集中补做、后补的，本项不得分。"),
        )),
    ),
)

HEADER = ["序号", "台账类别", "台账内容", "分值", "扣分标准"]
NOTE = ("说明：1.本表由机关党委于2025年12月下旬组织检查，检查范围为2025年1月1日至检查之日形成的台账资料；2.各项扣分以该项分值为限，扣完为止；"
        "3.检查得分90分以上的为“优秀”，80—89分的为“良好”，60—79分的为“合格”，60分以下的为“不合格”；检查结果纳入党支部书记抓党建述职评议"
        "考核；4.台账以原始记录为准，电子台账仅作备份。")


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
    xlsx_line(ws, "检查对象：校机关各党支部（党委办公室党支部、组织部统战部党支部、人事处党支部、教务处党支部、财务处党支部、后勤管理处党支部等）",
              ncols)
    xlsx_line(ws, "党支部：                    检查人：                    检查日期：", ncols)
    xlsx_header(ws, HEADER, ncols)
    first = ws.max_row
    number = 0
    for s in t.sections:
        top = ws.max_row + 1
        for i, row in enumerate(s.rows):
            number += 1
            ws.append([number, s.printed if i == 0 else None, row.text, row.points, row.scoring])
            for c in (3, 5):
                ws.cell(ws.max_row, c).alignment = wrap
            for c in (1, 4):
                ws.cell(ws.max_row, c).alignment = center
        xlsx_merge_down(ws, 2, top, ws.max_row, center)
    xlsx_total_row(ws, t.total, 4, ncols, center)
    xlsx_borders(ws, first, ncols)
    xlsx_note(ws, NOTE, ncols, 52)
    xlsx_widths(ws, (6, 14, 60, 6, 56))
    wb.save(str(path))
