"""中共烟台家润商业连锁集团有限公司委员会2025年度门店党支部党建工作考核评分表 (.xlsx), as a 山东 烟台 民营 连锁超市 集团党委 (its
党群工作部 with the 营运管理部, the 食品安全部 and the 集团纪委, a 考核组 going round the 门店 in December, with 神秘顾客 visits through
the year) scores the 党支部 of its 直营门店 and 配送中心, whose 党员 are 店长, 生鲜 技师, 收银 and 导购 on shifts: 党建基础 (the 书记
交叉任职 with the 换届 and its 批复, “三会一课” in batches with the 补课, the monthly 主题党日 with the 参加率, the 组织生活会 with 民主评议
and 征求意见), 党员队伍 (two 积极分子 with the “双培养”, 24学时 and the 组织关系 转接, 党费 with its quarterly 公布 and a monthly 核对 of
the 动态台账, the 党徽 and “党员服务台” with the 示范岗 设岗比例), 经营服务 (the 诚信经营 承诺 with a 一票否决 for 过期食品, the daily
自查 with a monthly 食品安全检查 and the 健康证 持证率, the 投诉 办结率 with a 满意度 in bands, a quarterly 志愿服务 in the 社区 with the
共建协议 and the 帮扶, the 党员突击队 保供 with a yearly 演练) and 作用保障 (the 年初 “双目标” 责任书, 年终 述职 with its 满意度 and the
绩效考核, a deduction-only 廉洁从业 line).

A merged title row, a merged "考核对象：集团各直营门店党支部、物流配送中心党支部" line, then the header 序号 | 一级指标 | 二级指标 | 考核标准
| 分值 | 扣分办法 | 考核方式. 序号 (FIRST column, numeric cells) runs 1..15 through the sheet, NOT restarting. The categories are MERGED CELLS
down the 一级指标 column (SECOND), printed WITH an ordinal on ONE line, "一、党建基础（20分）". 二级指标 is a short sub-label
(`Row.indicator`). 分值 comes BEFORE the 扣分办法, a plain number. 考核方式 (`Row.method`) only says how the 考核组 checks (查阅资料, 现场
检查, 神秘顾客暗访, 系统核查, 顾客满意度调查, 集团纪委核实): no papers. No 得分 column. A 合计 row and a merged 备注 row close the sheet.
Counts in figures and Chinese numerals ("每月召开一次", "每季度公布一次", "每月核对一次", "年内至少组织一次"); "不少于24学时"; "最高扣"
caps; "酌情扣1分" once; a 满意度 in bands ("80%以下的不得分" closing them); one rule "实行一票否决，本项不得分"; one line is
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
    name="zzy_yantai_liansuo_chaoshi_mendian_zhibu_xlsx",
    fmt="xlsx",
    title="中共烟台家润商业连锁集团有限公司委员会2025年度门店党支部党建工作考核评分表",
    numbering="printed",
    sections=(
        Section("党建基础", "一、党建基础（20分）", 20, (
            Row("门店党支部书记由店长或副店长中的党员担任，实现“双向进入、交叉任职”；支部按期换届，选举结果报集团党委批复。", 5,
                "书记未实现交叉任职的扣1分；未按期换届的扣2分；选举结果未报批的扣1分。", "查阅资料", indicator="班子建设"),
            Row("支部委员会每月召开一次，党员大会每季度召开一次，党课每季度一次；门店实行倒班制的，可分批次召开并做好补课。", 6,
                "“三会一课”每少1次扣0.5分，最高扣4分；未分批补课的，每人次扣0.1分。", "查阅资料", indicator="三会一课"),
            Row("每月开展一次主题党日，结合“诚信经营月”“食品安全宣传周”等开展活动；党员参加率不低于80%。", 5,
                "主题党日每少1次扣0.5分；参加率每低5个百分点扣0.5分；活动内容与经营服务脱节的，酌情扣1分。", "查阅资料",
                indicator="主题党日"),
            Row("每年召开一次组织生活会，开展民主评议党员，会前征求员工和顾客意见。", 4,
                "未召开组织生活会的扣2分；未开展民主评议党员的扣1分；会前未征求意见的扣1分。", "查阅资料", indicator="组织生活会"),
        )),
        Section("党员队伍", "二、党员队伍（20分）", 20, (
            Row("注重在店长、优秀导购员、生鲜技师中发展党员，门店党支部年内培养入党积极分子不少于2名；推行“把骨干培养成党员、把党员培养"
                "成店长”的“双培养”机制。", 6,
                "入党积极分子每少1名扣1分；“双培养”工作无计划、无台账的扣1分。", "查阅资料", indicator="发展党员"),
            Row("党员每年参加集中学习培训不少于24学时；新入职党员员工一个月内转接组织关系并纳入支部管理。", 5,
                "学时不足的，每人扣0.2分，最高扣2分；组织关系未及时转接的，每人扣0.5分。", "查阅资料、系统核查", indicator="教育管理"),
            Row("党员按月交纳党费，支部每季度公布一次党费收缴情况；人员流动大的门店建立党员动态台账，每月核对一次。", 4,
                "党费未按月交纳的，每人次扣0.1分；未公布的，每次扣0.5分；未建立动态台账的扣1分；未按月核对的，每次扣0.2分。", "查阅资料",
                indicator="党费与台账"),
            Row("党员佩戴党员徽章上岗，门店设立“党员示范岗”“党员服务台”，党员示范岗设岗比例不低于一线岗位的10%。", 5,
                "党员未佩戴徽章的，每人次扣0.2分；未设立党员服务台的扣1分；设岗比例每低1个百分点扣0.5分。", "现场检查、神秘顾客暗访",
                indicator="亮明身份"),
        )),
        Section("经营服务", "三、经营服务（45分）", 45, (
            Row("党员带头诚信经营，落实“明码标价、不缺斤短两、过期食品零上架”；门店每年公开作出诚信经营承诺并在店内醒目位置公示。", 8,
                "未公开承诺或未公示的扣1分；被市场监管部门查处价格违法、计量违法的，每起扣2分；销售过期、变质食品被查处的，实行一票"
                "否决，本项不得分。", "现场检查、神秘顾客暗访", indicator="诚信经营"),
            Row("党员担任食品安全管理员，生鲜区、熟食区每日开展自查并记录，支部每月组织一次食品安全检查；员工健康证持证率100%。", 9,
                "每日自查记录缺失的，每次扣0.2分，最高扣2分；月度检查每少1次扣1分；持证率未达到100%的，每人扣0.5分。", "查阅资料、现场检查",
                indicator="食品安全"),
            Row("开展“党员服务零距离”活动，顾客投诉24小时内响应，投诉处理办结率达到98%以上；顾客满意度达到90%以上。", 10,
                "办结率每低1个百分点扣0.5分，最高扣3分；满意度90%以上的得5分，85%（含）至90%的得3分，80%（含）至85%的得1分，80%以下的"
                "不得分；因服务问题被媒体曝光的，每次扣2分。", "系统核查、顾客满意度调查", indicator="顾客服务"),
            Row("对接门店所在社区党组织并签订共建协议，每季度开展一次便民服务或“送货上门”志愿服务；为社区困难群众、独居老人提供帮扶。",
                8, "未签订共建协议的扣1分；志愿服务每少1次扣1分；帮扶工作无记录的扣1分。", "查阅资料、社区评价", indicator="社会责任"),
            Row("节假日、极端天气、突发事件等特殊时期，党员突击队带头保供稳价，重要民生商品不断供、不脱销；年内至少组织一次保供应急演练。",
                10, "未组建党员突击队的扣2分；未开展应急演练的扣2分；特殊时期重要民生商品断供的，每次扣3分；哄抬价格被查处的，本项不得分。",
                "查阅资料、现场检查", indicator="应急保供"),
        )),
        Section("作用保障", "四、作用保障（15分）", 15, (
            Row("支部书记年初签订党建与经营“双目标”责任书，年终向集团党委述职，述职满意度测评不低于80%；门店党建工作纳入店长绩效考核，"
                "权重不低于10%。", 8,
                "未签订责任书的扣1分；未述职的扣2分；满意度低于80%的扣2分；党建工作未纳入绩效考核的扣2分。", "查阅资料、民主测评",
                indicator="责任落实"),
            Row("党员员工违反廉洁从业规定，在采购、收银、促销等环节收受供应商好处费或侵占公司财物（本项为扣分项）。", 7,
                "经查实收受好处费的，每人次扣3分；违规被集团通报的，每次扣1分；被移送司法机关的，本项不得分。", "集团纪委核实",
                indicator="廉洁从业"),
        )),
    ),
)

HEADER = ["序号", "一级指标", "二级指标", "考核标准", "分值", "扣分办法", "考核方式"]
NOTE = ("备注：1.考核由集团党委于12月组织，党群工作部牵头，营运管理部、食品安全部、集团纪委参加，平时暗访结果计入年终考核；2.各项扣分"
        "不超过该项分值；3.考核得分95分以上的门店党支部授予“五星党支部”，90至94分的授予“四星党支部”；4.门店发生重大食品安全事故的，"
        "当年考核不得评星。")


def build(t: Table, path: Path) -> None:
    import openpyxl
    from openpyxl.styles import Alignment, Font

    ncols = len(HEADER)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "门店党支部考核"
    center = Alignment(horizontal="center", vertical="center", wrap_text=True)
    wrap = Alignment(vertical="center", wrap_text=True)
    xlsx_title(ws, t.title, ncols, Font(name="宋体", size=15, bold=True), center)
    xlsx_line(ws, "考核对象：集团各直营门店党支部、物流配送中心党支部", ncols)
    xlsx_header(ws, HEADER, ncols)
    first = ws.max_row
    number = 0
    for s in t.sections:
        top = ws.max_row + 1
        for i, row in enumerate(s.rows):
            number += 1
            ws.append([number, s.printed if i == 0 else None, row.indicator, row.text, row.points, row.scoring, row.method])
            for c in (4, 6, 7):
                ws.cell(ws.max_row, c).alignment = wrap
            for c in (1, 3, 5):
                ws.cell(ws.max_row, c).alignment = center
        xlsx_merge_down(ws, 2, top, ws.max_row, center)
    xlsx_total_row(ws, t.total, 5, ncols, center)
    xlsx_borders(ws, first, ncols)
    xlsx_note(ws, NOTE, ncols, 44)
    xlsx_widths(ws, (6, 14, 11, 50, 6, 46, 16))
    wb.save(str(path))
