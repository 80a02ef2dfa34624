"""婺源县2025年度村级党组织台账资料规范化检查评分表 (.xlsx), as the 县委组织部 of 江西 上饶 婺源 (its 组织科 with the 乡镇 党委 组织委员, the
农业农村局 and the 县纪委 派驻组, a 检查组 going round the 村 in November with the 台账 boxes on the 村部 table) checks the 台账 of the 村党组织
of a 县 of 徽派 villages: white walls and black tiles under the 油菜花 of 江岭 and the 晒秋 of 篁岭, 茶园 on every hill for the 婺源绿茶, 民宿 in old
祠堂 and 官邸, 古树 at every 水口, the young gone to 浙江 and 上海 for work, 返乡 when the tourists come, the 森林防火 卡口 in spring, the 监测户 who
must not fall back: a 台账 checklist printed one 台账 a row, whose 归档内容及要求 says what the 台账 must hold and the figures it must show, and
whose 扣分标准 takes off points a clause: 组织建设台账 (the 名册 of the “两委” by age and 学历 with the 后备力量 and the 分工表, the “三会一课” with
the 记录本, the 签到表 and the 照片, the 主题党日 of the 10日 with its “四有” and the 外出党员 on the 微信群, the 组织生活会 with 民主评议, 谈心谈话,
征求意见, 对照检查 and the 备案), 党员管理台账 (the 花名册 with the 系统, the 流动党员台账 and a quarterly 联系 and the 转接 登记, 党费 with a
half-yearly 公示 and the 照片, one 积极分子 a year and "每两年至少发展党员1名" with the “一人一档” and the 公示, 3天 of 培训 with the 冬春训练 and a
yearly 红色教育 at the 方志敏纪念馆, the 积分 with a quarterly 公示 and the 年底 评选), 集体经济和乡村振兴台账 (the 经营性收入 in bands of 万元 with the
清查台账, the 合同 and the 村民代表会议, the 合作社 with its 章程, 社员名册 and 分红记录, two 致富带头人 and two 培训 a year, two “清洁家园” a month with
the 照片, a quarterly 巡查 of the 古建 and 古树 and the 审批 of the 农房, the 监测户 with a monthly 走访 and a 一票否决) and 基层治理台账 (the
“四议两公开” with a quarterly 公开 and a monthly 财务公开, the 村务监督 with a quarterly 例会 and the 小微权力清单, a monthly 排查 with the 化解台账,
the 调解成功率, the 卡口 值班表 and a 一票否决, the 村规民约 with its 备案, the 红白理事会 and a yearly 评选) and 阵地和档案管理 (the 值班表, the 代办
登记 and a monthly 党群活动, the 年初 计划, the 年终 总结, the 目录 and the 专人).

A merged title row, a merged "检查对象：全县各村党组织" line and a merged "乡镇： 村： 检查组： 检查日期：" line above the header 台账类别 | 序号 |
台账名称 | 归档内容及要求 | 扣分标准 | 分值 | 检查得分. The categories are MERGED CELLS down the 台账类别 column (FIRST), printed WITHOUT an ordinal
and WITH their points on a SECOND line, "组织建设台账\\n（24分）". 序号 (SECOND column) RESTARTS at 1 in every category (ids "1.1" … "5.2").
台账名称 is a short sub-label (`Row.indicator`); 归档内容及要求 says what the 台账 must hold (`Row.text`). The 扣分标准 comes BEFORE the 分值 (a
plain number). 检查得分 is blank. A 合计 row of 100 and a merged 说明 row close the sheet. There is no 考核方式 or 佐证 column. Counts in figures
and Chinese numerals, nearly all in the 归档内容及要求 ("支部委员会每月召开1次，党员大会每季度召开1次，党小组会每月召开1次，党课每季度1次",
"每月10日", "每年召开一次", "每季度至少联系一次", "按月", "每半年公示一次", "年内…不少于1名", "每两年至少发展党员1名", "每年…不少于3天或24学时",
"每年组织一次", "按季度", "年底", "每年…不少于2期", "每月…不少于2次", "每季度巡查一次", "每月至少走访一次", "每季度公开一次", "每月公开一次",
"每季度至少召开一次", "每月开展一次", "每年开展一次", "每天", "每月至少开展1次", "年初", "年终"); "不少于1名", "不少于2名", "不少于1个";
"不少于5个工作日"; "百分之九十五"; "50万元以上" with bands of 万元; "每缺一项扣1分" once, "每缺1份扣0.3分" once, "缺一项扣0.1分" once, "缺一项扣0.5分" once and "缺一项
扣0.3分" once; "最高扣" caps; "酌情扣0.5分" once and "酌情扣0.5-1分" once; one set of bands (the 经营性收入 for 4 of the 8 points, closed by
"10万元以下的不得分"); three "实行一票否决，本项不得分"; five other plain "本项不得分".
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
    name="zzzw_wuyuan_cun_taizhang_guifan_xlsx",
    fmt="xlsx",
    title="婺源县2025年度村级党组织台账资料规范化检查评分表",
    numbering="restart",
    sections=(
        Section("组织建设台账", "组织建设台账\n（24分）", 24, (
            Row("村“两委”班子成员名册，注明年龄、学历、任职时间；“两委”成员中35周岁以下的不少于1名、大专及以上学历的不少于2名；村级后备力量"
                "名册，后备力量不少于2名；班子成员分工表。", 6,
                "无班子成员名册的扣1分；年龄、学历结构每缺一项扣1分；后备力量每少1名扣0.5分；无分工表的扣0.5分；班子成员受到党纪政务处分的，"
                "本项不得分。", indicator="班子队伍台账"),
            Row("支部委员会每月召开1次，党员大会每季度召开1次，党小组会每月召开1次，党课每季度1次；使用统一会议记录本，记录要素齐全；会议附"
                "签到表、照片。", 8,
                "每少1次扣0.5分，最高扣4分；记录要素不全的，每次扣0.2分，最高扣1分；无签到表的，每次扣0.1分，最高扣1分；无照片的，每次扣0.1分，"
                "最高扣0.5分；补记、代签的，本项不得分。", indicator="“三会一课”台账"),
            Row("每月10日固定开展主题党日，有方案、有签到、有记录、有照片；外出务工党员通过微信群线上参加。", 5,
                "每少1次扣0.3分，最高扣2分；“四有”资料缺一项扣0.1分，最高扣1分；外出党员未组织线上参加的，酌情扣0.5分。",
                indicator="主题党日台账"),
            Row("每年召开一次组织生活会，开展民主评议党员；会前谈心谈话记录、征求意见记录；党员对照检查材料；评议结果报乡镇党委备案。", 5,
                "未召开的扣2分；未开展民主评议的扣1分；谈心谈话、征求意见记录缺一项扣0.5分；无对照检查材料的扣0.5分；未备案的扣0.5分。",
                indicator="组织生活会台账"),
        )),
        Section("党员管理台账", "党员管理台账\n（22分）", 22, (
            Row("党员花名册信息与全国党员管理信息系统一致；建立流动党员台账，流动党员每季度至少联系一次；党员组织关系转接登记。", 5,
                "无花名册的扣1分；信息与系统不一致的，每人扣0.2分，最高扣1分；无流动党员台账的扣1分；联系每少1次扣0.2分；组织关系转接未登记的，"
                "每人扣0.3分。", indicator="党员花名册"),
            Row("党员按月交纳党费，党费台账逐月登记；党费收缴情况每半年公示一次，公示照片存档。", 4,
                "未按月交纳的，每人次扣0.1分，最高扣1分；公示每少1次扣0.5分；无公示照片的扣0.3分；代交党费或台账与票据不符的扣1分。",
                indicator="党费台账"),
            Row("年内确定入党积极分子不少于1名；每两年至少发展党员1名；发展党员材料“一人一档”；发展对象公示不少于5个工作日。", 6,
                "未确定积极分子的扣1分；两年内未发展党员的扣1.5分；档案材料每缺1份扣0.3分，最高扣1.5分；未公示的扣1分；违反程序发展党员的，"
                "实行一票否决，本项不得分。", indicator="发展党员台账"),
            Row("党员每年参加集中培训不少于3天或24学时；冬春训练记录；每年组织一次红色教育（方志敏纪念馆、闽浙赣革命根据地旧址等）；培训签到表。",
                4,
                "培训时间不足的，每人扣0.1分，最高扣1分；无冬春训练记录的扣1分；未组织红色教育的扣1分；无签到表的扣0.5分。",
                indicator="教育培训台账"),
            Row("实行党员积分管理，积分按季度评定并公示；年底依据积分评选优秀党员。", 3,
                "未实行积分管理的扣1分；公示每少1次扣0.3分；年底未评选的扣0.5分。", indicator="积分管理台账"),
        )),
        Section("集体经济和乡村振兴台账", "集体经济和乡村振兴台账\n（24分）", 24, (
            Row("村集体经济年经营性收入台账（以县农业农村局审核的财务报表为准）；集体资产资源清查台账；经营合同登记台账；收益分配方案经村民代表"
                "会议讨论通过并公示。", 8,
                "年经营性收入50万元以上的得4分，20万元（含）—50万元的得3分，10万元（含）—20万元的得2分，10万元以下的不得分；无资产资源清查台账"
                "的扣1分；经营合同未登记的，每份扣0.2分，最高扣1分；分配方案未经村民代表会议讨论的扣1分；分配结果未公示的扣1分。",
                indicator="集体经济台账"),
            Row("村党组织领办茶叶、民宿等合作社不少于1个，合作社章程、社员名册、分红记录齐全；党员致富带头人不少于2名；每年组织茶叶种植加工等"
                "技术培训不少于2期。", 6,
                "未领办合作社的扣1.5分；章程、社员名册、分红记录缺一项扣0.3分；致富带头人每少1名扣0.5分；技术培训每少1期扣0.5分。",
                indicator="产业发展台账"),
            Row("每月组织党员开展“清洁家园”活动不少于2次，有记录、有照片；徽派古建筑、古树名木巡查台账，每季度巡查一次；农房建设审批登记台账。",
                5,
                "“清洁家园”活动每少1次扣0.2分，最高扣1.5分；无照片的扣0.3分；古建古树巡查每少1次扣0.5分；农房建设未经审批的，每户扣1分；古建筑"
                "被破坏、拆除的，本项不得分。", indicator="人居环境和古村落保护台账"),
            Row("建立防止返贫监测户帮扶台账；监测户每月至少走访一次；帮扶措施到户到人。", 5,
                "无帮扶台账的扣1分；走访每少1次扣0.1分，最高扣1分；台账与系统信息不一致的，每户扣0.2分；帮扶措施不精准的，酌情扣0.5-1分；发生"
                "规模性返贫的，实行一票否决，本项不得分。", indicator="防返贫监测台账"),
        )),
        Section("基层治理台账", "基层治理台账\n（20分）", 20, (
            Row("村级重大事项执行“四议两公开”，提议、商议、审议、决议及公开过程记录完整；党务、村务每季度公开一次，财务每月公开一次；公开栏照片"
                "存档。", 6,
                "重大事项未履行程序的，每件扣1分，最高扣3分；党务、村务公开每少1次扣0.5分；财务公开每少1次扣0.2分；无公开栏照片的扣0.5分。",
                indicator="“四议两公开”台账"),
            Row("村务监督委员会每季度至少召开一次例会；监督检查记录；村级小微权力清单。", 4,
                "例会每少1次扣0.5分；无监督检查记录的扣0.5分；未制定小微权力清单的扣1分。", indicator="村务监督台账"),
            Row("每月开展一次矛盾纠纷排查，建立排查化解台账；调解成功率达到百分之九十五；森林防火期党员值守卡口，有值班表。", 6,
                "排查每少1次扣0.3分；无化解台账的扣1分；调解成功率每低1个百分点扣0.2分，最高扣1分；无卡口值班表的扣0.5分；辖区发生较大森林火灾"
                "的，实行一票否决，本项不得分。", indicator="平安建设台账"),
            Row("村规民约报乡镇党委备案；红白理事会章程及红白事登记；每年开展一次“最美家庭”评选。", 4,
                "村规民约未备案的扣0.5分；无红白理事会章程的扣0.5分；红白事未登记的，每起扣0.2分；未开展评选的扣1分；党员干部大操大办的，每起"
                "扣1分。", indicator="乡风文明台账"),
        )),
        Section("阵地和档案管理", "阵地和档案管理\n（10分）", 10, (
            Row("党群服务中心值班表，每天有人值班；便民代办事项登记台账；党群活动记录，每月至少开展1次党群活动。", 5,
                "无值班表或值班不落实的扣0.5分；代办事项未登记的扣0.5分；党群活动每少1次扣0.2分，最高扣1.5分；场所闲置或挪作他用的，本项不得分。",
                indicator="党群服务中心台账"),
            Row("年初制定党建工作计划，年终形成工作总结；台账资料分类装盒，编制目录；明确专人管理。", 5,
                "无年度计划的扣1分；无年终总结的扣1分；未分类装盒的扣0.5分；无目录的扣0.5分；无专人管理的扣0.5分；台账弄虚作假、突击补做的，本项"
                "不得分。", indicator="档案规范管理"),
        )),
    ),
)

HEADER = ["台账类别", "序号", "台账名称", "归档内容及要求", "扣分标准", "分值", "检查得分"]
NOTE = ("说明：1.本表由县委组织部会同各乡镇党委于11月组织检查，采取查阅台账、实地查看、入户核实相结合的方式进行；2.台账资料以2025年度形成的"
        "原始资料为准，各项扣分以该项分值为限，扣完为止；3.村集体经营性收入以县农业农村局审核的年度财务报表为准，监测户信息以全国防止返贫"
        "监测信息系统为准；4.检查得分90分以上的为“规范”，75—89分的为“基本规范”，75分以下的为“不规范”，检查结果纳入村党组织星级评定。")


def build(t: Table, path: Path) -> None:
    import openpyxl
    from openpyxl.styles import Alignment, Font

    ncols = len(HEADER)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "村级台账检查"
    center = Alignment(horizontal="center", vertical="center", wrap_text=True)
    wrap = Alignment(vertical="center", wrap_text=True)
    xlsx_title(ws, t.title, ncols, Font(name="方正小标宋简体", size=16), center)
    xlsx_line(ws, "检查对象：全县各村党组织", ncols)
    xlsx_line(ws, "乡镇：              村：              检查组：              检查日期：", ncols)
    xlsx_header(ws, HEADER, ncols)
    first = ws.max_row
    for s in t.sections:
        top = ws.max_row + 1
        for number, row in enumerate(s.rows, 1):
            ws.append([s.printed if number == 1 else None, number, row.indicator, row.text, row.scoring, row.points, None])
            for c in (4, 5):
                ws.cell(ws.max_row, c).alignment = wrap
            for c in (2, 3, 6):
                ws.cell(ws.max_row, c).alignment = center
        xlsx_merge_down(ws, 1, top, ws.max_row, center)
    xlsx_total_row(ws, t.total, 6, ncols, center)
    xlsx_borders(ws, first, ncols)
    xlsx_note(ws, NOTE, ncols, 60)
    xlsx_widths(ws, (12, 6, 14, 46, 52, 6, 8))
    wb.save(str(path))
