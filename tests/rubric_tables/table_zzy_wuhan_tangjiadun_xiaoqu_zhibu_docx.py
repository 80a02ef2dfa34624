"""中共武汉市江汉区唐家墩街道工作委员会2025年度小区（网格）党支部工作考核评分表 (.docx), as a 湖北 武汉 街道党工委 (its 党建办
with the 社区建设办, the 综治中心 and the 街道纪工委, a 考核组 going round each 社区 in December with the 社区党委书记) scores the 小区
党支部 and 网格党支部 under its 社区党委: old 单位宿舍 with no 物业, 还建小区 and 商品房 with 物业 and 业委会, and the 下沉党员 from the
区直 units: 组织建设 (the 支部 设置 with its 批复 and the 交叉任职比例 with the 业委会 and 物业, the “三会一课” with the 主题党日 around the
5th, 线上 for 在职党员 and the 参会率, the 组织生活会 with 民主评议, 征求意见 and one 积极分子), 党员管理 (the 党员信息库 with the 花名册
updated every half year and the 报到率, a quarterly 志愿服务 of the 下沉党员 with the “微心愿” 办结率, 党费 with its quarterly 公布 and the
“七一” and 春节 慰问, the 积分制 with a quarterly 公示 and the 年底 评定), 治理服务 (the “三方联动” with its 议事规则, a monthly 联席会议 and
the 反馈, a quarterly 评议 of the 物业 with a 满意度 in bands, the 党员网格员 with a monthly 排查 and the 化解率, the “微实事” 清单 at 年初,
five 实事 and the 结果 公开 at 年底, the 党群服务站 with two 党群活动 a month and the “一老一小”) and 作风保障 (the 年初 计划, 年底 述职 with
the 评议 and a half-yearly 报告, the “一支部一档”, a deduction-only line on 物业选聘 and 维修资金).

The title (bold, centred), a centred "（考核对象：街道所辖各社区小区党支部、网格党支部）" line and a "小区（网格）党支部：…  支部书记：…
所属社区：…  考核时间：…" line above one table: 考核项目 | 序号 | 考核要点 | 分值 | 计分方法 | 佐证材料. The categories are MERGED CELLS down the
考核项目 column (FIRST), printed WITHOUT an ordinal on TWO lines, "组织建设\\n（20分）". 序号 (SECOND column) runs 1..15 through the table,
NOT restarting. 分值 comes BEFORE the 计分方法, a plain number. 佐证材料 (`Row.method`) names the papers the 支部 lays out, joined by "、"
(once a way of checking, 街道纪工委核实). A 合计 row and a 备注 paragraph close the document. Counts in figures and Chinese numerals
("每月至少召开一次", "每季度公布一次", "每半年更新一次", "每年召开一次"); "最高扣" caps; "酌情扣0.5-1分", "酌情扣1-2分", "酌情扣1分", a
bare "酌情扣分"; a 满意度 in bands ("80%以下的不得分" closing them); one "本项不得分"; one line is deduction-only.
"""

from __future__ import annotations

from pathlib import Path

from .build_helpers import docx_centred, docx_grid_table, docx_title, docx_total_row, merge_cells
from .model import Row, Section, Table, _fmt

TABLE = Table(
    name="zzy_wuhan_tangjiadun_xiaoqu_zhibu_docx",
    fmt="docx",
    title="中共武汉市江汉区唐家墩街道工作委员会2025年度小区（网格）党支部工作考核评分表",
    numbering="printed",
    sections=(
        Section("组织建设", "组织建设\n（20分）", 20, (
            Row("小区（网格）党支部按规定设置，经社区党委研究、街道党工委批复成立；推行小区党支部书记与业委会主任、物业项目负责人"
                "“交叉任职”，交叉任职比例达到60%以上。", 6,
                "支部设置不规范的扣2分；交叉任职比例每低10个百分点扣0.5分。", "支部成立批复、支委分工表、交叉任职名单"),
            Row("“三会一课”：支委会每月召开1次，党员大会每季度召开1次，党小组会每月召开1次，党课每季度不少于1次；每月5日前后开展主题"
                "党日，在职党员、下沉党员可线上参加，党员参会率不低于85%。", 8,
                "“三会一课”每缺1次扣0.5分，最高扣4分；主题党日每缺1次扣0.5分；参会率低于85%的扣1分；会议记录不全、内容空泛的，酌情扣"
                "0.5-1分。", "会议记录本、签到表、活动照片、线上会议截图"),
            Row("每年召开一次组织生活会，开展民主评议党员，会前征求居民群众意见；年内从小区志愿者、楼栋长中培养入党积极分子不少于1名。",
                6, "未召开组织生活会的扣2分；未开展民主评议党员的扣1分；未征求意见的扣1分；未培养入党积极分子的扣1分。",
                "会议记录、民主评议表、征求意见表"),
        )),
        Section("党员管理", "党员管理\n（20分）", 20, (
            Row("建立小区党员信息库，摸清居住地党员、在职党员、流动党员底数，党员花名册每半年更新一次；区直单位在职党员到小区报到率达到"
                "100%。", 6,
                "未建立党员信息库的扣2分；花名册未按时更新的扣1分；报到率每低1个百分点扣0.2分，最高扣2分。", "党员花名册、报到登记表"),
            Row("下沉党员、在职党员每季度至少参加一次小区志愿服务；认领居民“微心愿”，认领后按时办结，办结率达到90%以上。", 5,
                "志愿服务未达到次数的，每人扣0.2分，最高扣2分；“微心愿”办结率低于90%的扣1分。",
                "志愿服务记录、“微心愿”台账、服务照片"),
            Row("党员按月交纳党费，党费收缴情况每季度在支部内公布一次；“七一”和春节前走访慰问生活困难党员和老党员。", 4,
                "党费未按月交纳的，每人次扣0.1分；未公布的，每次扣0.5分；未开展走访慰问的扣1分。", "党费收缴台账、公布照片、慰问登记表"),
            Row("开展党员“积分制”管理，积分每季度公示一次，年底评定积分等次并作为评先评优依据。", 5,
                "未实行积分管理的扣2分；积分未公示的，每次扣0.5分；年底未评定的扣1分。", "积分台账、公示照片"),
        )),
        Section("治理服务", "治理服务\n（40分）", 40, (
            Row("建立小区党支部牵头，业委会（物业管理委员会）、物业服务企业共同参与的“三方联动”议事协调机制，每月至少召开一次联席会议，"
                "议定事项有记录、有落实、有反馈。", 8,
                "未建立机制的扣2分；联席会议每少1次扣0.5分；议定事项未落实、未反馈的，每件扣0.5分，最高扣2分。",
                "议事规则、会议纪要、事项办理反馈单"),
            Row("督促物业服务企业履行合同约定，对居民反映的物业问题督促整改；每季度组织居民代表对物业服务进行一次评议，物业服务满意度"
                "达到80%以上。", 7,
                "满意度90%以上的得5分，80%（含）至90%的得3分，80%以下的不得分；评议每少1次扣0.5分；督促整改不力的，酌情扣1-2分。",
                "评议记录、满意度测评表"),
            Row("落实“双报到”和“下沉党员进网格”，每个网格至少配备1名党员网格员；每月开展一次矛盾纠纷和安全隐患排查，矛盾纠纷化解率达到"
                "95%以上，不发生重大群体性事件。", 8,
                "网格未配备党员网格员的，每个扣0.5分；排查每少1次扣0.5分；化解率每低1个百分点扣0.2分；发生重大群体性事件的，本项"
                "不得分。", "党员网格员名单、排查台账、调解记录"),
            Row("围绕加装电梯、停车难、老旧管网改造等问题，年初梳理“微实事”清单并在小区公示，全年办结“微实事”不少于5件，年底公开办理"
                "结果。", 8,
                "未梳理清单的扣1分；“微实事”每少1件扣1分；清单未公示或结果未公开的，每项扣1分。", "“微实事”清单、公示照片"),
            Row("小区党群服务站（点）有固定场所、有标识标牌、有制度上墙，每周开放不少于5天；开展“一老一小”关爱服务，每月至少开展2次"
                "党群活动。", 9,
                "服务站（点）不达“三有”标准的扣2分；开放时间不足的扣1分；党群活动每少1次扣0.5分，最高扣3分；“一老一小”服务缺失的，"
                "酌情扣分。", "活动记录、活动照片、服务对象登记册"),
        )),
        Section("作风保障", "作风保障\n（20分）", 20, (
            Row("小区党支部书记年初制定支部工作计划，年底向社区党委述职并接受党员评议；支部每半年向社区党委报告一次工作。", 7,
                "无年度计划的扣1分；未述职的扣2分；未接受评议的扣1分；未报告的，每次扣1分。", "工作计划、述职报告、评议表"),
            Row("执行街道、社区党组织工作部署，按时报送各类材料；支部工作台账做到“一支部一档”，资料分类归档、规范齐全。", 6,
                "材料报送不及时的，每次扣0.5分；台账缺项的，每缺1项扣0.5分，最高扣3分；归档不规范的，酌情扣1分。", "支部工作档案"),
            Row("小区党支部成员及党员在物业选聘、业委会选举、维修资金使用等事项中违规插手、谋取私利（本项为扣分项，扣完为止）。", 7,
                "经查实违规插手的，每人次扣3分；被街道通报批评的，每次扣2分；造成恶劣影响的，本项不得分。", "街道纪工委核实"),
        )),
    ),
)

HEADER = ["考核项目", "序号", "考核要点", "分值", "计分方法", "佐证材料"]
NOTE = ("备注：1.考核采取日常检查与年终集中考核相结合的方式，日常检查由社区党委每季度组织一次，年终考核由街道党工委组织，两项得分按"
        "4:6折算；2.各项扣分以该项分值为限；3.得分90分以上的为“红旗支部”，80至89分的为“先进支部”，60分以下的列为“后进支部”限期"
        "整顿；4.小区发生重大安全事故或党支部成员违纪违法受到处理的，年度考核不得评为“红旗支部”。")


def build(t: Table, path: Path) -> None:
    import docx

    ncols = len(HEADER)
    n_rows = 1 + sum(len(s.rows) for s in t.sections) + 1
    document = docx.Document()
    docx_title(document, t.title, 16)
    docx_centred(document, "（考核对象：街道所辖各社区小区党支部、网格党支部）")
    document.add_paragraph("小区（网格）党支部：              支部书记：            所属社区：            考核时间：")
    tbl = docx_grid_table(document, n_rows, ncols, HEADER)
    r = 1
    number = 0
    for s in t.sections:
        top = r
        for row in s.rows:
            number += 1
            cells = ((1, str(number)), (2, row.text), (3, _fmt(row.points)), (4, row.scoring), (5, row.method))
            for c, v in cells:
                tbl.cell(r, c).text = v
            r += 1
        merge_cells(tbl, top, 0, r - 1, 0, s.printed)
    docx_total_row(tbl, r, 3, t.total)
    document.add_paragraph(NOTE)
    document.save(str(path))
