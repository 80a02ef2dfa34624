"""中共仪陇县马鞍镇委员会2025年度村党组织目标绩效考评表 (.xlsx), as a 四川 南充 丘陵 镇党委 (its 党建办 with the 乡村振兴办, the
综治中心 and the 镇纪委, a 考评组 going round each 村 in December with the 驻村第一书记, checking the 防返贫 监测 系统 and walking into
the 农户) scores each 村党组织 in 四川's own words on four 一级指标: 组织建设 (the “两委” with two 大专 and one under 35, the 书记's
县级备案, the 党总支 and the 党小组, “三会一课” and the monthly “主题党日+” on the 5th with a 到会率, 组织生活会 with 民主评议 and its
公示, the “五有” 党群服务中心 open five days a week with its 值班记录), 党员队伍 (a yearly 积极分子 and a member in three years, 24学时,
the monthly 远教 收看 and a half-yearly 现场教学, 党费, the 积分 with the “积分超市” and its quarterly 公示, the 流动党员 “一人一档” with a
monthly 联系, four 志愿服务 and the “党员中心户” with a quarterly 走访), 乡村振兴 (经营性收入 in bands with one more point lost when it
falls, the 防返贫 结对 with a monthly 走访 and a 一票否决 on 规模性返贫, the “村党组织+合作社+农户” with two 培训, the monthly “红黑榜” with
its 公布 and the 垃圾 覆盖率) and 乡村治理 (the quarterly “院坝说事会” with the 公示 of its 协商结果, the “一约四会” with a half-yearly
道德评议会 and the 红白理事会 报备, the monthly 排查 with the 化解率 and three “法律明白人”, the quarterly 三务 公开 and 监委会 会议 with
the 审核 of each 开支 and a yearly 报告, and a deduction-only 廉洁村居 line).

A merged title row, a merged "考评对象：全镇各村党组织" line and a merged "村名：…  村党组织书记：…  驻村第一书记：…  考评时间：…" line
above the header 一级指标 | 二级指标 | 考评内容 | 考评标准 | 分值 | 考评方式 | 得分. There is NO 序号: items are numbered by position
(1..18). The 一级指标 are MERGED CELLS down the first column, printed WITHOUT an ordinal on ONE line, "组织建设（25分）". 二级指标 is a
short sub-label (`Row.indicator`). 分值 comes AFTER the 考评标准, a plain number. 考评方式 (`Row.method`) says only how the 考评组 checks
(查阅资料, 个别谈话, 平台核查, 实地查看, 入户走访, 查阅账目, 系统核查, 镇综治中心核实, 镇纪委核实); it is no 佐证 column. 得分 is blank. A
合计 row and a merged 说明 row close the sheet. The income bands sit in the 考评标准 with one more rule after them; counts in figures and
Chinese numerals ("每年召开一次", "每季度公示一次", "每半年至少召开一次"); "最高扣" caps; "近三年至少发展1名党员"; one rule is "实行一票
否决，本项不得分"; one line is deduction-only.
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
    name="zzs_yilong_maan_cun_jixiao_xlsx",
    fmt="xlsx",
    title="中共仪陇县马鞍镇委员会2025年度村党组织目标绩效考评表",
    numbering="position",
    sections=(
        Section("组织建设", "组织建设（25分）", 25, (
            Row("村“两委”班子成员中大专及以上学历的不少于2名、35周岁以下的不少于1名；村党组织书记实行县级备案管理；班子团结协"
                "作、干事有力。", 5,
                "大专及以上学历成员每少1名扣1分；无35周岁以下成员的扣1分；书记未按规定备案的扣1分；班子不团结、工作推进不力"
                "的，酌情扣1—2分。", "查阅资料、个别谈话", indicator="班子队伍"),
            Row("党员50名以上的村设立党总支，按村民小组、产业链或居住区域设立党小组，每个党小组不少于3名党员；村域内合作社、"
                "家庭农场等具备条件的及时建立党组织。", 4,
                "组织设置不规范的扣1分；党小组设置不合理的扣1分；具备条件未建立党组织的，每个扣0.5分。",
                "查阅资料", indicator="组织设置"),
            Row("支委会每月召开1次，党员大会每季度召开1次，党小组会每月召开1次，党课每季度1次；每月5日开展“主题党日+”活动，党"
                "员到会率不低于80%。", 8,
                "会议、活动每少1次扣0.5分，最高扣5分；到会率低于80%的，每次扣0.2分，最高扣1分；会议记录不规范，存在代签、补"
                "签的，每处扣0.2分，最高扣2分。", "查阅资料、平台核查", indicator="“三会一课”"),
            Row("每年召开一次组织生活会，开展批评和自我批评；同步开展民主评议党员，评议结果在村务公开栏公示。", 4,
                "未召开组织生活会的扣2分；未开展民主评议党员的扣1分；评议结果未公示的扣0.5分；批评和自我批评辣味不足的，酌情"
                "扣0.5分。", "查阅资料", indicator="组织生活会"),
            Row("村级党群服务中心做到有场所、有牌子、有制度、有设备、有活动，每周开放不少于5天；落实村干部坐班值班制度，值班"
                "记录完整。", 4,
                "“五有”每缺1项扣0.5分；开放时间不足或无人值班的，每次扣0.5分；无值班记录的扣1分。",
                "实地查看", indicator="阵地建设"),
        )),
        Section("党员队伍", "党员队伍（20分）", 20, (
            Row("注重从返乡创业人员、致富能手、退役军人中发展党员，每年至少培养1名入党积极分子，近三年至少发展1名党员；发展党"
                "员严格执行“五个阶段二十五个步骤”。", 5,
                "未培养入党积极分子的扣1分；近三年未发展党员的扣2分；发展程序不规范的，每处扣0.5分；违规发展党员的，本项不得"
                "分。", "查阅资料", indicator="发展党员"),
            Row("党员每年参加集中培训不少于24学时；每月组织党员集中收看一次远程教育节目；每半年至少组织一次外出参观学习或现场"
                "教学。", 5,
                "学时不足的，每人扣0.1分，最高扣2分；集中收看每少1次扣0.2分；参观学习或现场教学每少1次扣0.5分。",
                "查阅资料、平台核查", indicator="教育培训"),
            Row("党员按月足额交纳党费；推行党员积分管理，积分每季度公示一次，与“积分超市”兑换挂钩；建立流动党员“一人一档”，每"
                "月至少联系一次。", 5,
                "党费未按月交纳的，每人次扣0.1分；未实行积分管理的扣2分；积分公示每少1次扣0.5分；无流动党员档案的扣1分；联系"
                "每少1次扣0.1分，最高扣1分。", "查阅资料", indicator="日常管理"),
            Row("党员每年参加志愿服务不少于4次；推行“党员中心户”，每户联系群众不少于10户，每季度至少走访联系户一次。", 5,
                "志愿服务不足4次的，每人扣0.1分，最高扣2分；未确定党员中心户的扣1分；走访每少1次扣0.2分。",
                "查阅资料、入户走访", indicator="作用发挥"),
        )),
        Section("乡村振兴", "乡村振兴（30分）", 30, (
            Row("发展壮大村级集体经济，村集体经济年经营性收入达到8万元以上，且较上年有所增长。", 10,
                "经营性收入15万元以上的得10分；8万元（含）至15万元的得8分；5万元（含）至8万元的得6分；3万元（含）至5万元的得"
                "4分；3万元以下的不得分；经营性收入较上年下降的，再扣1分。", "查阅账目", indicator="集体经济"),
            Row("落实防止返贫动态监测帮扶机制，村“两委”干部、党员与监测对象结对全覆盖，每月至少走访1次，监测对象信息及时更"
                "新；全年不发生规模性返贫。", 8,
                "结对帮扶未全覆盖的扣2分；走访每少1次扣0.2分，最高扣3分；信息更新不及时的扣1分；发生规模性返贫的，实行一票否"
                "决，本项不得分。", "查阅资料、入户走访、系统核查", indicator="防止返贫"),
            Row("推行“村党组织+合作社+农户”模式，村党组织领办专业合作社或村集体经济组织实体化运营；每年开展种养殖技术培训不少"
                "于2次。", 6,
                "未领办合作社且集体经济组织未实体化运营的扣3分；技术培训每少1次扣1分。",
                "查阅资料、实地查看", indicator="产业发展"),
            Row("每月开展一次环境卫生“红黑榜”评比，评比结果在村务公开栏公布；农村生活垃圾收运处置体系覆盖率达到100%。", 6,
                "“红黑榜”评比每少1次扣0.3分；评比结果未公布的，每次扣0.2分；覆盖率未达到100%的扣1分；被县级以上暗访督查通报"
                "的，每次扣2分。", "查阅资料、实地查看", indicator="人居环境"),
        )),
        Section("乡村治理", "乡村治理（25分）", 25, (
            Row("每季度至少召开1次“院坝说事会”，由村党组织书记或党员干部主持，协商解决群众关心的问题，协商结果在3日内公示。", 6,
                "说事会每少1次扣1分；协商结果未公示的，每次扣0.5分；群众反映问题久拖不决的，酌情扣1—2分。",
                "查阅资料、入户走访", indicator="院坝说事"),
            Row("修订完善村规民约，健全红白理事会、村民议事会、禁毒禁赌会、道德评议会；每半年至少召开一次道德评议会，评议结果"
                "张榜公布；推行婚丧事宜简办，操办前向红白理事会报备。", 5,
                "村规民约未修订完善的扣1分；“四会”组织不健全的，每缺1个扣0.5分；道德评议会每少1次扣0.5分；婚丧事宜未报备的，"
                "每起扣0.5分。", "查阅资料", indicator="“一约四会”"),
            Row("每月开展一次矛盾纠纷排查，化解率达到95%以上；每村培育“法律明白人”不少于3名；全年无命案、无重大群体性事件、无"
                "越级上访。", 6,
                "排查每少1次扣0.3分；化解率每低1个百分点扣0.3分；“法律明白人”每少1名扣0.5分；发生越级上访的，每起扣2分；发生"
                "命案、重大群体性事件的，本项不得分。", "查阅资料、镇综治中心核实", indicator="平安法治"),
            Row("党务、村务、财务每季度公开一次；村务监督委员会每季度至少召开一次会议，对村级财务开支逐笔审核，每年向村民代表"
                "会议报告工作一次。", 5,
                "“三务”公开每少1次扣0.5分；监委会会议每少1次扣0.5分；财务开支未经审核的，每笔扣0.2分，最高扣1分；未报告工作"
                "的扣1分。", "查阅资料、查阅账目", indicator="村务监督"),
            Row("村干部廉洁履职，无优亲厚友、吃拿卡要、截留挪用惠民资金等“微腐败”问题（本项为扣分项）。", 3,
                "村“两委”成员受到党纪政务处分的，每人扣2分；被县级以上通报的，每次扣1分；发生截留挪用惠民资金问题的，本项不"
                "得分。", "镇纪委核实", indicator="廉洁村居"),
        )),
    ),
)

HEADER = ["一级指标", "二级指标", "考评内容", "考评标准", "分值", "考评方式", "得分"]
NOTE = ("说明：1.本表由镇党委于每年12月组织考评，采取听取汇报、查阅资料、实地查看、入户走访、系统核查相结合的方式，有驻村第一书记的村，"
        "第一书记一并参加考评；2.各项扣分以该项分值为限，扣完为止；3.考评结果分为“好”“较好”“一般”“差”四个等次，与村干部绩效报酬"
        "挂钩；连续两年考评为“差”的村党组织，列为软弱涣散村党组织进行整顿。")


def build(t: Table, path: Path) -> None:
    import openpyxl
    from openpyxl.styles import Alignment, Font

    ncols = len(HEADER)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "村党组织目标绩效考评"
    center = Alignment(horizontal="center", vertical="center", wrap_text=True)
    wrap = Alignment(vertical="center", wrap_text=True)
    xlsx_title(ws, t.title, ncols, Font(name="方正小标宋简体", size=16), center)
    xlsx_line(ws, "考评对象：全镇各村党组织", ncols)
    xlsx_line(ws, "村名：              村党组织书记：              驻村第一书记：              考评时间：", ncols)
    xlsx_header(ws, HEADER, ncols)
    first = ws.max_row
    for s in t.sections:
        top = ws.max_row + 1
        for i, row in enumerate(s.rows):
            ws.append([s.printed if i == 0 else None, row.indicator, row.text, row.scoring, row.points, row.method, None])
            for c in (3, 4, 6):
                ws.cell(ws.max_row, c).alignment = wrap
            for c in (2, 5):
                ws.cell(ws.max_row, c).alignment = center
        xlsx_merge_down(ws, 1, top, ws.max_row, center)
    xlsx_total_row(ws, t.total, 5, ncols, center)
    xlsx_borders(ws, first, ncols)
    xlsx_note(ws, NOTE, ncols, 46)
    xlsx_widths(ws, (12, 11, 50, 46, 6, 18, 7))
    wb.save(str(path))
