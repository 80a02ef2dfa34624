"""中共寿光市蔬菜产业链委员会2025年度链上党组织党建工作考核评价细则 (.docx), as a 山东 潍坊 寿光 产业链党委 (set up under the 市委
组织部 and the 农业农村局, with the 链长单位 a 种业集团, a 考核组 of its 党建指导员 going round in December) scores the 党组织 of the 种业
企业, 合作社, 物流 and 电商 firms along the 蔬菜 chain: 组织联建 (the 覆盖率 with the 党建指导员, a quarterly 联席会议 with its 清单, a
monthly 书记例会 and three 联建协议), 组织生活 (“三会一课” held in the 大棚 and 车间, the monthly 主题党日 with two 联合主题党日 and
the 参加率, the 组织生活会 with 民主评议 and a half-yearly 沟通 with the 出资人, one 积极分子 and 党费), 服务发展 (the 党员技术服务队
with a quarterly 技术指导 and 200 户次, five 示范棚 and two 示范基地, the 农残抽检 合格率 with a 一票否决, a half-yearly 产销对接 with the
订单签约率 and an overall grade, two “送温暖”“送技能” with a 满意度 in bands) and 基础保障 (the 年初 计划 with the 任务清单 and the 年底
总结, the 场所 and 经费, a deduction-only line on 拖欠货款 and 工资).

The title (bold, centred), a centred "（评价对象：链上种业企业、农民专业合作社、物流企业、电商企业党组织）" line above one table: 序号 |
评价内容 | 分值 | 评价标准 | 得分. Each category is a SECTION ROW merged across the table, printed WITH an ordinal and its points on one
line, "一、组织联建（20分）". 序号 RESTARTS at 1 under every section row (ids "1.1" … "4.3"). 分值 before the 评价标准, a plain number; 得分
is blank. No 考核方式 or 佐证 column. A 合计 row and a 说明 paragraph close the document. Counts in figures and Chinese numerals
("每季度至少召开一次", "每月召开一次", "每半年至少沟通一次", "全年至少两次"); "最高扣" caps; "酌情扣1-2分" twice, "酌情扣1分"; "按比例扣分";
a grade "好的得2分，一般的得1分，差的不得分" (综合评定); a 满意度 in bands ("80%以下的不得分" closing them); one rule "实行一票否决，本项
不得分"; one line is deduction-only.
"""

from __future__ import annotations

from pathlib import Path

from .build_helpers import docx_centred, docx_grid_table, docx_title, docx_total_row, merge_cells
from .model import Row, Section, Table, _fmt

TABLE = Table(
    name="zzy_shouguang_shucai_chanyelian_dangwei_docx",
    fmt="docx",
    title="中共寿光市蔬菜产业链委员会2025年度链上党组织党建工作考核评价细则",
    numbering="restart",
    sections=(
        Section("组织联建", "一、组织联建（20分）", 20, (
            Row("链上企业、合作社等经济组织中有党员3名以上的单独建立党组织，不足3名的通过联合组建、选派党建指导员等方式实现党的工作覆盖；"
                "链上党组织覆盖率达到100%。", 7,
                "覆盖率每低5个百分点扣1分；应建未建的，每个扣1分；党建指导员未选派到位的，每个扣0.5分。"),
            Row("链上党组织每季度至少召开一次产业链党建联席会议，研究种苗供应、标准化种植、产销对接等事项；议定事项形成清单、限期办结。",
                6, "联席会议每少1次扣1分；议定事项未形成清单的扣1分；事项逾期未办结的，每件扣0.5分。"),
            Row("落实链上党组织书记例会制度，每月召开一次；链长单位党组织与不少于3家上下游企业（合作社）党组织签订联建协议。", 7,
                "例会每少1次扣0.5分，最高扣3分；联建协议每少1家扣1分；联建流于形式的，酌情扣1分。"),
        )),
        Section("组织生活", "二、组织生活（25分）", 25, (
            Row("企业党组织落实“三会一课”，支部委员会每月1次、党员大会每季度1次、党课每季度1次；结合蔬菜生产季节特点，可在大棚、车间、"
                "田间地头召开。", 8,
                "“三会一课”每缺1次扣0.5分，最高扣5分；会议记录不规范、内容与生产经营脱节的，酌情扣1-2分。"),
            Row("每月开展一次主题党日，全年至少两次组织链上党员开展联合主题党日；党员年均参加率不低于85%。", 6,
                "主题党日每少1次扣0.5分；联合主题党日每少1次扣1分；参加率每低5个百分点扣0.5分。"),
            Row("每年召开组织生活会，开展民主评议党员，企业出资人、经营管理人员中的党员带头参加；党组织书记与出资人每半年至少沟通一次"
                "党建工作。", 5,
                "未召开组织生活会的扣2分；未开展民主评议的扣1分；出资人党员未参加的扣1分；与出资人沟通每少1次扣0.5分。"),
            Row("年内每个链上党组织至少培养1名入党积极分子，优先从技术员、职业农民、电商主播中培养；党员按月交纳党费。", 6,
                "未培养入党积极分子的扣2分；党费未按月交纳的，每人次扣0.2分，最高扣2分；发展党员程序不规范的，每人扣1分。"),
        )),
        Section("服务发展", "三、服务发展（40分）", 40, (
            Row("组织党员技术员成立“党员技术服务队”，每季度开展一次进村入棚技术指导，全年服务菜农不少于200户次。", 8,
                "未成立服务队的扣2分；技术指导每少1次扣1分；服务户次不足的，按比例扣分。"),
            Row("设立“党员示范棚”“党员先锋岗”不少于5个，推广新品种、新技术；链上党员领办创办的示范基地或项目年内不少于2个。", 8,
                "示范棚、先锋岗每少1个扣1分；示范基地或项目每少1个扣1分；示范带动作用不明显的，酌情扣1-2分。"),
            Row("党组织牵头抓农产品质量安全，链上企业、合作社农残抽检合格率达到98%以上；全年不发生重大农产品质量安全事件。", 8,
                "合格率每低1个百分点扣1分，最高扣4分；发生重大农产品质量安全事件的，实行一票否决，本项不得分。"),
            Row("开展“党建+电商”助农，每半年组织一次产销对接会或直播带货活动；帮助链上合作社拓展销售渠道，合作社订单签约率达到60%以上。",
                8, "产销对接活动每少1次扣1分；订单签约率每低10个百分点扣1分；活动成效根据销售数据综合评定，好的得2分，一般的得1分，差的"
                "不得分。"),
            Row("关心关爱链上务工人员，党组织每年开展“送温暖”“送技能”活动不少于2次；帮助解决用工、融资等实际困难，链上企业对产业链"
                "党委服务满意度达到90%以上。", 8,
                "活动每少1次扣1分；满意度90%以上的得4分，85%（含）至90%的得3分，80%（含）至85%的得2分，80%以下的不得分。"),
        )),
        Section("基础保障", "四、基础保障（15分）", 15, (
            Row("链上党组织年初制定党建工作计划，明确书记抓党建任务清单；年底向产业链党委报送年度工作总结。", 5,
                "无年度计划的扣1分；无任务清单的扣1分；无年度总结的扣1分；计划、总结内容空泛、照搬照抄的，酌情扣1-2分。"),
            Row("有相对固定的党员活动场所，企业按规定将党建工作经费纳入管理费用列支；党建阵地与生产经营场所、农民培训学校统筹使用。", 5,
                "无固定活动场所的扣2分；党建工作经费未落实的扣2分；阵地闲置的扣1分。"),
            Row("链上党组织及党员违反法律法规、损害菜农利益，或拖欠农户货款、务工人员工资（本项为扣分项）。", 5,
                "被查实拖欠农户货款或务工人员工资的，每起扣2分；党员受到党纪处分的，每人次扣1分；造成恶劣社会影响的，本项不得分。"),
        )),
    ),
)

HEADER = ["序号", "评价内容", "分值", "评价标准", "得分"]
NOTE = ("说明：1.本细则由产业链党委会同市委组织部、市农业农村局于每年12月组织考核，采取听取汇报、查阅资料、现场察看、走访菜农和企业"
        "相结合的方式；2.各项扣分以该项分值为限，扣完为止；3.考核结果分为“优秀”“良好”“一般”“较差”四个等次，“优秀”等次比例不超过"
        "30%；4.考核结果作为评选“产业链党建示范点”和链上企业享受扶持政策的参考。")


def build(t: Table, path: Path) -> None:
    import docx

    ncols = len(HEADER)
    n_rows = 1 + len(t.sections) + sum(len(s.rows) for s in t.sections) + 1
    document = docx.Document()
    docx_title(document, t.title, 16)
    docx_centred(document, "（评价对象：链上种业企业、农民专业合作社、物流企业、电商企业党组织）")
    tbl = docx_grid_table(document, n_rows, ncols, HEADER)
    r = 1
    for s in t.sections:
        merge_cells(tbl, r, 0, r, ncols - 1, s.printed)
        r += 1
        for number, row in enumerate(s.rows, 1):
            cells = ((0, str(number)), (1, row.text), (2, _fmt(row.points)), (3, row.scoring))
            for c, v in cells:
                tbl.cell(r, c).text = v
            r += 1
    docx_total_row(tbl, r, 2, t.total)
    document.add_paragraph(NOTE)
    document.save(str(path))
