"""松山湖高新区2025年度非公有制企业党组织党建工作考核评分表 (.xlsx), as a 广东 东莞 高新区 园区党委 (the 两新组织党委 with its 党建
指导员, the 经济发展局 and the 园区纪工委, a 考核组 going round in December) scores the 党支部 and 党总支 of the 电子信息, 新材料 and
生物医药 firms in the 园区: 研发 labs, 生产线 on shifts, many young 职工 from elsewhere, the 出资人 often 党外: 组织设置 (the 按期换届 with
its 请示 and the 书记 in the 管理层, the 活动场所 with the “五有” and the 经费, the 工会 and 团组织 with a half-yearly 汇报), 组织生活 (the
“三会一课” without 党小组会, the monthly 主题党日 with the 参加率, the 组织生活会 with 民主评议, 征求意见 of the 职工 and the 报告, 24学时 with
the 书记's 培训), 党员队伍 (two 积极分子 with the 发展计划 and its 审批, 党费 with the 转入率 and a half-yearly 排查 of the “口袋党员”, the
党员先锋岗 覆盖率), 发展促进 (the 党员突击队 with three 成果, the “双培养” with three 对象 and its 台账, the 劳动合同 签订率 with two 关爱活动
and a 一票否决, a yearly 测评 with the 满意度 in bands and one 公益活动) and 保障机制 (the 年初 计划, 年底 述职 and a quarterly 汇报 to the
党建指导员, the 出资人 at a 活动 once a year; a deduction-only line on 违法违纪 and 负面舆情); then, outside the 100, two 加分项 in a note.

A merged title row, a merged "考核对象：园区内已建立党组织的非公有制企业（含高新技术企业、规上工业企业）" line and a merged "企业名称：…
党组织书记：…  党员人数：…  职工人数：…  考核日期：" line above the header 考核项目 | 考核指标 | 考核要点 | 分值 | 评分标准 | 考核方式 | 得分.
There is NO 序号: items are numbered by position (1..17). The categories are MERGED CELLS down the 考核项目 column (FIRST), printed WITHOUT an
ordinal on one line, "组织设置（15分）". 考核指标 is a short label (`Row.indicator`). 分值 comes BEFORE the 评分标准, a plain number. 考核方式
(`Row.method`) only says how the 考核组 checks (查阅资料, 现场查看, 职工访谈, 问卷测评, 园区纪工委提供): no papers. 得分 is blank. A 合计 row of
100 and a merged 说明 row close the table; under the 说明 a second merged row "加分项（最高加5分）：1.…加3分…；2.…加2分…" lists the two
bonus rows in words (`BONUS_NOTE`), no scored items of the 100. Counts in figures and Chinese numerals ("每半年至少听取一次",
"每年至少参加1次", "每季度向…汇报一次"); "不少于24学时"; "不少于30平方米"; "最高扣" caps; "酌情扣1-2分" three times, "酌情扣0.5-1分" and
"酌情扣1分"; a 满意度 in bands ("80%以下的不得分" closing them); one rule "实行一票否决，本项不得分"; one plain "本项不得分"; one line is
deduction-only.
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
    name="zzza_dongguan_songshanhu_feigong_qiye_xlsx",
    fmt="xlsx",
    title="松山湖高新区2025年度非公有制企业党组织党建工作考核评分表",
    numbering="position",
    sections=(
        Section("组织设置", "组织设置（15分）", 15, (
            Row("党组织按期换届，任期届满前3个月向园区党委请示；党组织书记一般由企业管理层中的党员担任，推行“双向进入、交叉任职”。", 5,
                "未按期换届的扣3分；未请示的扣1分；书记未进入企业管理层的扣1分。", "查阅资料", indicator="换届选举"),
            Row("企业为党组织提供不少于30平方米的活动场所，做到有党旗、有标识、有制度、有书报、有设备；党组织工作经费按规定纳入企业管理费"
                "列支。", 5,
                "无固定活动场所的扣3分；“五有”不全的，每缺一项扣0.5分；工作经费未落实的扣2分。", "现场查看、查阅资料",
                indicator="阵地经费"),
            Row("坚持党建带群建，企业依法建立工会、共青团组织；党组织每半年至少听取一次工会、团组织工作汇报。", 5,
                "未建立工会的扣2分；35周岁以下职工较多而未建立团组织的扣1分；听取汇报每少1次扣1分。", "查阅资料、职工访谈",
                indicator="党建带群建"),
        )),
        Section("组织生活", "组织生活（25分）", 25, (
            Row("落实“三会一课”制度，支部委员会每月召开1次，党员大会每季度召开1次，党课每季度至少1次；党员人数较少、未设党小组的支部"
                "可不召开党小组会；可结合生产经营实际错时召开。", 8,
                "支委会每少1次扣0.5分；党员大会、党课每少1次扣1分；会议记录不完整的，酌情扣1-2分。", "查阅资料",
                indicator="三会一课"),
            Row("每月开展一次主题党日活动，结合“党员先锋岗”“技术比武”等开展，党员参加率达到80%以上。", 5,
                "主题党日每少1次扣0.4分；参加率低于80%的，每次扣0.1分，最高扣1分。", "查阅资料、职工访谈", indicator="主题党日"),
            Row("每年召开一次组织生活会并开展民主评议党员，会前征求企业职工意见；评议结果向园区党委报告。", 6,
                "未召开组织生活会的扣3分；未开展民主评议的扣1.5分；未征求意见的扣1分；未报告评议结果的扣0.5分。", "查阅资料",
                indicator="组织生活会"),
            Row("党员每年参加集中学习培训不少于24学时；党组织书记每年参加园区党委组织的书记培训不少于1次；组织党员利用“学习强国”等平台"
                "经常性开展学习。", 6,
                "学时不足的，每人扣0.2分，最高扣2分；书记未参加培训的扣1分；日常学习开展不经常的，酌情扣1分。", "查阅资料",
                indicator="学习教育"),
        )),
        Section("党员队伍", "党员队伍（15分）", 15, (
            Row("注重在生产经营一线、技术骨干和青年职工中发展党员，每年确定入党积极分子不少于2名；年度发展党员计划报园区党委审批。", 5,
                "未确定入党积极分子的扣2分，少1名扣1分；发展计划未报审批的扣1分；发展程序不规范的，每人扣1分。", "查阅资料",
                indicator="发展党员"),
            Row("党员按月交纳党费；新入职党员组织关系转入率达到90%以上，对组织关系未转入的“口袋党员”每半年排查一次。", 5,
                "党费未按月交纳的，每人次扣0.1分，最高扣1.5分；转入率每低10个百分点扣1分；排查每少1次扣1分。", "查阅资料",
                indicator="党员管理"),
            Row("党员在工作岗位佩戴党员徽章、亮明身份，设立党员先锋岗、党员责任区，党员先锋岗覆盖率达到60%以上。", 5,
                "未设立党员先锋岗的扣2分；覆盖率每低10个百分点扣0.5分；党员亮身份不经常的，酌情扣0.5-1分。", "现场查看",
                indicator="亮身份"),
        )),
        Section("发展促进", "发展促进（30分）", 30, (
            Row("党组织围绕企业研发攻关、提质增效，每年组建党员突击队或攻关小组不少于1个，形成技术革新、合理化建议等成果不少于3项。", 8,
                "未组建党员突击队或攻关小组的扣3分；成果每少1项扣1分；成果未被企业采纳应用的，酌情扣1-2分。", "查阅资料、现场查看",
                indicator="攻坚克难"),
            Row("实施“双培养”，把业务骨干培养成党员、把党员培养成业务骨干，年内“双培养”对象不少于3名，建立“双培养”工作台账。", 6,
                "“双培养”对象每少1名扣1分；未建立工作台账的扣1分。", "查阅资料", indicator="双培养"),
            Row("党组织推动企业依法用工，劳动合同签订率达到100%；每年至少开展2次关爱职工活动；不发生拖欠工资引发的群体性事件。", 8,
                "劳动合同签订率每低1个百分点扣0.5分；关爱活动每少1次扣1分；发生拖欠工资引发群体性事件或重大劳资纠纷的，实行一票否决，本项"
                "不得分。", "查阅资料、职工访谈", indicator="和谐劳动"),
            Row("党组织每年组织一次职工满意度测评，职工对党组织工作满意度达到85%以上；企业参与园区“百企兴百村”等公益活动，每年不少于1次。",
                8,
                "未开展测评的扣2分；满意度90%以上的得4分，85%（含）—90%的得3分，80%（含）—85%的得2分，80%以下的不得分；未参与公益"
                "活动的扣2分。", "问卷测评、查阅资料", indicator="服务职工"),
        )),
        Section("保障机制", "保障机制（15分）", 15, (
            Row("党组织书记年初制定党建工作计划，年底向园区党委述职；党组织每季度向园区党建指导员汇报一次工作。", 5,
                "无年度计划的扣1分；未述职的扣2分；汇报每少1次扣0.5分。", "查阅资料", indicator="责任落实"),
            Row("企业出资人（主要负责人）支持党建工作，每年至少参加1次党组织活动或听取1次党建工作汇报；党组织与企业管理层建立沟通协调"
                "机制。", 5,
                "出资人未参加活动或未听取汇报的扣2分；未建立沟通协调机制的扣1分；出资人支持党建工作不力的，酌情扣1-2分。",
                "职工访谈、查阅资料", indicator="出资人支持"),
            Row("企业党员违法违纪，企业发生重大负面舆情（本项为扣分项）。", 5,
                "党员受到党纪处分的，每人次扣2分；受到刑事处罚的，每人扣5分；因企业经营问题引发重大负面舆情、被市级以上媒体曝光的，本项"
                "不得分。", "园区纪工委提供", indicator="纪律舆情"),
        )),
    ),
)

BONUS_NOTE = ("加分项（最高加5分）：1.企业党组织或党员获得市级以上表彰，或企业获评“党建强、发展强”示范企业的，获得省级以上表彰的加3分，"
              "市级表彰的加2分，园区表彰的加1分，最高加3分；2.企业党组织党建工作经验被市级以上推广的加2分，创建的党建品牌通过园区验收的"
              "加1分，最高加2分。")
HEADER = ["考核项目", "考核指标", "考核要点", "分值", "评分标准", "考核方式", "得分"]
NOTE = ("说明：1.园区党委于每年12月组织考核，采取查阅资料、现场查看、职工访谈、问卷测评相结合的方式；2.满分100分，另设加分项，最高"
        "加5分；各项扣分以该项分值为限；3.考核结果：95分以上为“五星级”，85—94分为“四星级”，75—84分为“三星级”，60—74分为“二星级”，"
        "60分以下为“一星级”并列入整顿；4.企业发生重大安全生产事故、环境污染事故或被列入严重违法失信名单的，实行一票否决，当年度不得"
        "评为“四星级”以上。")


def build(t: Table, path: Path) -> None:
    import openpyxl
    from openpyxl.styles import Alignment, Font

    ncols = len(HEADER)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "非公企业党组织考核"
    center = Alignment(horizontal="center", vertical="center", wrap_text=True)
    wrap = Alignment(vertical="center", wrap_text=True)
    xlsx_title(ws, t.title, ncols, Font(name="黑体", size=16, bold=True), center)
    xlsx_line(ws, "考核对象：园区内已建立党组织的非公有制企业（含高新技术企业、规上工业企业）", ncols)
    xlsx_line(ws, "企业名称：            党组织书记：          党员人数：      职工人数：      考核日期：", ncols)
    xlsx_header(ws, HEADER, ncols)
    first = ws.max_row
    for s in t.sections:
        top = ws.max_row + 1
        for i, row in enumerate(s.rows):
            ws.append([s.printed if i == 0 else None, row.indicator, row.text, row.points, row.scoring,
                       row.method, None])
            for c in (3, 5):
                ws.cell(ws.max_row, c).alignment = wrap
            for c in (2, 4, 6):
                ws.cell(ws.max_row, c).alignment = center
        xlsx_merge_down(ws, 1, top, ws.max_row, center)
    xlsx_total_row(ws, t.total, 4, ncols, center)
    xlsx_borders(ws, first, ncols)
    xlsx_note(ws, NOTE, ncols, 60)
    xlsx_note(ws, BONUS_NOTE, ncols, 44)
    xlsx_widths(ws, (12, 11, 46, 6, 46, 14, 7))
    wb.save(str(path))
