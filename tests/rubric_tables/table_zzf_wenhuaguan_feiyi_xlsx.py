"""中共临川县文化和旅游局党组2025年度文化馆（非物质文化遗产保护中心）党支部考核评分表 (.xlsx), as a 江西 县文化和旅游局党组
(its 局机关党委 running the check with the 人事科 in December) scores the 党支部 of the 县文化馆 — a 公益一类 事业单位 that is also
the 县非遗保护中心, its 党员 群文 辅导员, 演员, 美术 and 非遗 staff and a few 退休 老党员 — on 政治建设 (monthly 集中学习 and
quarterly 研讨 on 习近平文化思想, the “一事一审” of 展览 / 演出 / 讲座 / 非遗展演, the 书记's 党课 and a 传承人 党员's “身边的
故事”, “三重一大” through the 支部), 组织建设 (“三会一课”, 主题党日 with its 参加率 and the 七一 / 国庆 惠民演出, 组织生活会 with
征求意见 and 整改清单 and 民主评议, 发展党员 every two years and 积极分子, 党费 公布 and 学时), 党建引领业务 (the “党员文艺轻骑兵”
送文化 下乡 with its 偏远乡村 share, 党员 联系 非遗传承人 with quarterly 走访 and the 传承人档案, 非遗进校园 and 申报, 示范岗 and
free opening hours, a 群众 满意度 in bands) and 基础保障 (计划 / 小结 / 总结 / 述职, 台账 and the “六有” 活动室, 信息 and the 专栏).

A merged title row and a merged "考核对象：县文化馆（县非物质文化遗产保护中心）党支部  考核时间：2025年12月" line above the header
考核项目 | 考核要点 | 分值 | 评分细则 | 考核方式 | 得分. The categories are MERGED CELLS down the 考核项目 column (first), printed on
one line WITH an ordinal, "一、政治建设（20分）". There is NO 序号: items are numbered by position (1..17). 分值 (before the 评分细则)
is a plain number. 考核方式 (`Row.method`) says only how the 考核组 checks (查阅资料, 查阅审核记录, 查阅会议记录, 个别访谈, 实地查看,
问卷测评, 平台核查); it is no 佐证 column. 得分 is blank. A 合计 row and a merged 说明 row close the sheet. The 满意度 bands sit in the
评分细则; counts partly in Chinese numerals ("不少于一篇").
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
    name="zzf_wenhuaguan_feiyi_xlsx",
    fmt="xlsx",
    title="中共临川县文化和旅游局党组2025年度文化馆（非物质文化遗产保护中心）党支部考核评分表",
    numbering="position",
    sections=(
        Section("政治建设", "一、政治建设（20分）", 20, (
            Row("坚持每月至少开展一次党员集中学习，学习党的创新理论和习近平文化思想；每季度围绕文化强国建设、坚定文化自信开展一次"
                "专题研讨。", 5,
                "集中学习每少1次扣0.5分；专题研讨每少1次扣1分。", "查阅资料"),
            Row("落实意识形态工作责任制，对馆办展览、演出、培训、讲座和非遗展示展演内容实行“一事一审”，审核记录完整；全年无"
                "意识形态领域负面事件。", 6,
                "未落实“一事一审”的，每次扣1分；发生意识形态问题造成不良影响的，本项不得分。", "查阅审核记录、个别访谈"),
            Row("党支部书记每年为党员和业务干部讲党课不少于2次；年内邀请党员非遗传承人或老党员讲“身边的故事”不少于1次。", 4,
                "书记讲党课每少1次扣1分；未邀请讲授的扣1分。", "查阅资料"),
            Row("支部委员会参与馆内重大项目安排、大额资金使用、人员招聘等事项的讨论研究，落实“三重一大”集体决策。", 5,
                "重大事项未经支部研究的，每项扣1分；集体决策不规范的，酌情扣1—2分。", "查阅会议记录"),
        )),
        Section("组织建设", "二、组织建设（30分）", 30, (
            Row("严格执行“三会一课”制度，支部党员大会每季度召开1次，支委会每月召开1次，党小组会每月召开1次，党课每季度1次，"
                "会议记录规范。", 8,
                "会议每少1次扣0.5分，最高扣5分；记录不规范的扣1分。", "查阅会议记录"),
            Row("每月开展一次主题党日，“七一”“国庆”期间结合文化惠民演出开展主题党日活动；党员参加率不低于90%。", 6,
                "主题党日每少1次扣0.5分；参加率每低5个百分点扣1分。", "查阅资料"),
            Row("每年召开一次组织生活会，会前广泛征求服务群众意见，会后制定整改清单；按规定开展民主评议党员，评议结果报局机关"
                "党委。", 6,
                "未召开组织生活会的扣3分；未征求意见的扣1分；无整改清单的扣1分；未开展民主评议的扣1分。", "查阅会议记录"),
            Row("每两年至少发展1名党员，注重在青年业务骨干、非遗项目保护单位工作人员中培养；年内确定入党积极分子不少于1名。", 5,
                "两年内未发展党员的扣2分；未确定入党积极分子的扣1.5分；发展程序不规范的，酌情扣分。", "查阅资料"),
            Row("党费按月收缴，每年公布一次党费收缴使用情况；党员每年集中学习培训不少于32学时。", 5,
                "党费收缴不及时的，每人次扣0.2分；未公布的扣1分；学时不足的，每人扣0.2分，最多扣1分。", "查阅资料、平台核查"),
        )),
        Section("党建引领业务", "三、党建引领业务（35分）", 35, (
            Row("组建“党员文艺轻骑兵”志愿服务队，全年送文化下乡、进社区开展演出、展览、培训不少于20场次，其中到偏远乡村不少于"
                "8场次。", 8,
                "每少1场次扣0.3分；偏远乡村场次不足的扣1分。", "查阅资料、个别访谈"),
            Row("党员业务骨干“一对一”联系非遗代表性传承人，每名党员联系传承人不少于2名，每季度走访一次，建立传承人档案；年内指导"
                "开展非遗进校园活动不少于4次。", 7,
                "未建立传承人档案的扣2分；走访每少1次扣0.3分，最多扣2分；非遗进校园每少1次扣0.5分。", "查阅资料"),
            Row("发挥党员在非遗保护传承中的作用，按期完成非遗项目调查记录、申报材料整理等年度重点任务，年内推荐申报市级以上非遗"
                "代表性项目或代表性传承人不少于1项（人）。", 6,
                "重点任务未按期完成的，每项扣1分；未推荐申报的扣2分。", "查阅资料"),
            Row("在服务窗口、非遗展厅设立党员示范岗，公开党员身份和服务承诺；场馆免费开放，每周开放时间不少于42小时。", 5,
                "未设立示范岗的扣2分；开放时间不足的，每发现1次扣0.5分。", "实地查看"),
            Row("组织服务对象开展公共文化服务满意度测评，群众满意度达到90%以上。", 9,
                "满意度95%以上的得9分；90%（含）—95%的得7分；85%（含）—90%的得5分；80%（含）—85%的得3分；80%以下的不得分。",
                "问卷测评"),
        )),
        Section("基础保障", "四、基础保障（15分）", 15, (
            Row("年初制定支部工作计划，年中形成半年工作小结，年底形成工作总结；支部书记年底向局机关党委述职。", 5,
                "计划、小结、总结每缺1项扣1分；未述职的扣2分。", "查阅资料"),
            Row("建立党员花名册、“三会一课”记录、党费收缴台账、党员档案等资料，分类归档；党员活动室做到“六有”（有场地、有党旗、"
                "有标识、有制度、有书报、有电教设备）。", 5,
                "资料每缺1项扣0.5分；“六有”每缺1项扣0.5分。", "查阅资料、实地查看"),
            Row("每季度向局机关党委报送党建信息不少于一篇；在馆网站、公众号开设党建专栏，每月更新不少于2次。", 5,
                "信息每少1篇扣0.5分；专栏更新不足的，每月扣0.3分。", "平台核查"),
        )),
    ),
)

HEADER = ["考核项目", "考核要点", "分值", "评分细则", "考核方式", "得分"]
NOTE = ("说明：1.考核由局机关党委会同人事科于每年12月组织，采取查阅资料、实地查看、座谈访谈、问卷测评相结合的方式；2.各项"
        "扣分以该项分值为限，扣完为止；3.考核结果分为优秀、良好、一般、较差四个等次，作为评选先进基层党组织的重要依据。")


def build(t: Table, path: Path) -> None:
    import openpyxl
    from openpyxl.styles import Alignment, Font

    ncols = len(HEADER)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "文化馆党支部考核"
    center = Alignment(horizontal="center", vertical="center", wrap_text=True)
    wrap = Alignment(vertical="center", wrap_text=True)
    xlsx_title(ws, t.title, ncols, Font(name="方正小标宋简体", size=16), center)
    xlsx_line(ws, "考核对象：县文化馆（县非物质文化遗产保护中心）党支部  考核时间：2025年12月", ncols)
    xlsx_header(ws, HEADER, ncols)
    first = ws.max_row
    for s in t.sections:
        top = ws.max_row + 1
        for i, row in enumerate(s.rows):
            ws.append([s.printed if i == 0 else None, row.text, row.points, row.scoring, row.method, None])
            for c in (2, 4, 5):
                ws.cell(ws.max_row, c).alignment = wrap
            ws.cell(ws.max_row, 3).alignment = center
        xlsx_merge_down(ws, 1, top, ws.max_row, center)
    xlsx_total_row(ws, t.total, 3, ncols, center)
    xlsx_borders(ws, first, ncols)
    xlsx_note(ws, NOTE, ncols, 36)
    xlsx_widths(ws, (14, 54, 6, 46, 16, 7))
    wb.save(str(path))
