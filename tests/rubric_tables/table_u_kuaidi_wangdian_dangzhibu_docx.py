"""中共苏州市相城区快递物流行业委员会2026年度快递网点（外卖配送站点）党组织党建工作考核评分表 (.docx), as the 区快递
物流行业党委 scores each 快递网点、外卖配送站点 党支部 (新就业群体) on 组织覆盖、教育管理、关爱服务、融入治理.

An issuer line, the title (bold, centred) and a centred "（考核对象：…）" line above one table: 序号 | 考核内容 | 分值 |
考评细则 | 佐证材料 | 得分. The categories are SECTION ROWS: one row whose cells are all merged across the table,
printed "一、组织覆盖（20分）" (the category name is "组织覆盖"). 序号 runs 1..16 through the table. 分值 is a plain
number ("6"). 佐证材料 (`Row.method`) names the papers or checks. 得分 is blank. A 总分 row (the label merged over 序号
and 考核内容, the total under 分值) and two 注 paragraphs close the document.
"""

from __future__ import annotations

from pathlib import Path

from .build_helpers import docx_centred, docx_grid_table, docx_title, merge_cells
from .model import Row, Section, Table, _fmt

TABLE = Table(
    name="u_kuaidi_wangdian_dangzhibu_docx",
    fmt="docx",
    title="中共苏州市相城区快递物流行业委员会2026年度快递网点（外卖配送站点）党组织党建工作考核评分表",
    numbering="printed",
    sections=(
        Section("组织覆盖", "一、组织覆盖（20分）", 20, (
            Row("有3名以上正式党员的快递网点、外卖配送站点单独建立党支部，不具备条件的建立联合党支部，党组织覆盖率达到"
                "100%。", 6,
                "覆盖率每低5个百分点扣1分，最高扣4分。", "党组织成立批复"),
            Row("开展快递员、外卖骑手党员排查，建立党员花名册和流动党员管理台账，每季度动态更新一次。", 7,
                "无党员花名册的扣3分；无流动党员管理台账的扣2分；每少更新1次扣0.5分。", "党员花名册、流动党员台账"),
            Row("支部书记由站点负责人或业务骨干中的党员担任，年龄在50周岁以下；选派党建指导员1名，指导员每月到站点指导"
                "不少于1次。", 7,
                "书记年龄不符合要求的扣1分；未选派党建指导员的扣3分；指导每少1次扣0.5分。", "指导员工作记录"),
        )),
        Section("教育管理", "二、教育管理（25分）", 25, (
            Row("针对快递员、骑手工作时间不固定的特点，采取“错峰学习”“线上+线下”方式，每月开展1次主题党日，每季度组织1次"
                "集中学习。", 8,
                "主题党日每少1次扣0.5分；集中学习每少1次扣1分。", "活动记录、签到表、照片"),
            Row("每年召开一次组织生活会，开展民主评议党员；支部书记每半年讲一次党课。", 7,
                "未召开组织生活会的扣3分；未开展民主评议的扣2分；党课每少1次扣1分。", "会议记录、民主评议表"),
            Row("党员骑手、快递员按月交纳党费，可通过线上方式交纳，党费收缴率达到100%。", 5,
                "收缴率每低1个百分点扣0.5分，扣完为止。", "党费收缴台账"),
            Row("注重从优秀快递员、外卖骑手中发展党员，年内确定入党积极分子不少于2名，其中35周岁以下的不少于1名。", 5,
                "积极分子每少1名扣2分；无35周岁以下积极分子的扣1分。", "入党申请书、积极分子名单"),
        )),
        Section("关爱服务", "三、关爱服务（25分）", 25, (
            Row("建设“暖蜂驿站”“骑手之家”等服务阵地，提供饮水、充电、休息、如厕等服务，每天开放时间不少于12小时。", 6,
                "阵地未建成的本项不得分；服务功能每缺一项扣1分；开放时间不足的扣1分。", "实地查看"),
            Row("每半年至少召开1次新就业群体座谈会，收集意见建议，建立问题清单并跟踪办理，办结率达到90%以上。", 7,
                "座谈会每少1次扣1.5分；无问题清单的扣2分；办结率每低1个百分点扣0.2分。", "座谈会记录、问题办理台账"),
            Row("在元旦、春节、高温等时段开展走访慰问，全年不少于3次，为困难党员骑手建立帮扶档案。", 6,
                "慰问每少1次扣1分；无帮扶档案的扣2分。", "慰问名单、照片"),
            Row("协调落实职业伤害保障，年内组织交通安全、劳动权益等培训不少于4场，每场参训人数不少于30人。", 6,
                "培训每少1场扣1分；参训人数不足的，每场扣0.5分；职业伤害保障落实不到位的酌情扣1-2分。", "培训通知、签到表"),
        )),
        Section("融入治理", "四、融入治理（30分）", 30, (
            Row("组建“红色骑手”“小哥先锋队”等志愿服务队，注册志愿者不少于20人，每月开展志愿服务不少于1次。", 8,
                "未组建服务队的扣3分；志愿服务每少1次扣0.5分，最高扣3分。", "志愿者名册、服务记录、照片"),
            Row("发动快递员、外卖骑手担任“流动网格员”，及时上报安全隐患、矛盾纠纷等问题线索，每个站点年内上报有效线索不少于"
                "20条。", 8,
                "每少1条扣0.2分，最高扣4分；对重大隐患知情不报的，本项不得分。", "线索上报台账"),
            Row("与所在社区党组织签订共建协议，每季度联合开展1次共建活动，参与社区议事协商。", 6,
                "未签订共建协议的扣2分；共建活动每少1次扣1分。", "共建协议、活动照片"),
            Row("年初制定党建工作计划，年底报送党建工作总结。", 4,
                "缺一项扣2分。", "计划、总结"),
            Row("年底由行业党委组织对服务对象和所在社区开展满意度测评，满意度不低于90%。", 4,
                "满意度90%以上得4分，85%（含）—90%得2分，85%以下不得分。", "测评汇总表"),
        )),
    ),
)

HEADER = ["序号", "考核内容", "分值", "考评细则", "佐证材料", "得分"]
NOTES = (
    "注：1.考核采取查阅资料、实地查看、随机访谈快递员和骑手相结合的方式，各项扣分以该项分值为限；",
    "2.站点发生党员骑手严重违法违纪、重大安全事故或造成恶劣社会影响事件的，年度考核直接确定为不合格。",
)


def build(t: Table, path: Path) -> None:
    import docx

    ncols = len(HEADER)
    n_rows = 1 + len(t.sections) + sum(len(s.rows) for s in t.sections) + 1
    document = docx.Document()
    docx_centred(document, "中共苏州市相城区快递物流行业委员会")
    docx_title(document, t.title, 15)
    docx_centred(document, "（考核对象：辖区快递网点、外卖配送站点党支部及联合党支部）")
    tbl = docx_grid_table(document, n_rows, ncols, HEADER)
    r = 1
    number = 0
    for s in t.sections:
        merge_cells(tbl, r, 0, r, ncols - 1, s.printed)
        r += 1
        for row in s.rows:
            number += 1
            for c, v in ((0, str(number)), (1, row.text), (2, _fmt(row.points)), (3, row.scoring), (4, row.method)):
                tbl.cell(r, c).text = v
            r += 1
    merge_cells(tbl, r, 0, r, 1, "总分")
    tbl.cell(r, 2).text = _fmt(t.total)
    for note in NOTES:
        document.add_paragraph(note)
    document.save(str(path))
