"""鄞州区2025年度城市社区党组织党建工作考核细则 (.xlsx), as the 中共宁波市鄞州区委组织部 (its 城市基层党建科 with the 街道（镇）党（工）委,
the 区民政局 and the 区纪委监委, 考核组 going round the 城市社区 in early January) scores the 社区党组织 of a 宁波 district of 拆迁安置 小区,
new 商品房 小区 with 物业 and 业委会 and 老旧小区 with 加装电梯, where the “81890” 求助热线 and its 光明俱乐部 党员志愿者 are known to every
household: 党建引领 (a monthly 集中学习 with a quarterly 专题研讨 and 32学时 on the “浙江e支部”, a half-yearly 报告 of the 意识形态 with the
审核, the “一社一品” 品牌 with its 方案 and one 宣传推介 a year), 组织体系 (one roster of the “两委” by age and 学历 with the 书记's yearly
示范培训 and a roster of the 后备, the 网格党组织 with its 设置文件, the 网格指导员 and a 议事会 every two months, the “三会一课” with two 党课
of the 书记 and the 签到表, the 组织生活会 with 谈心谈话, 征求意见, 民主评议 and the 备案), 党员管理 (one 发展 a year, 党费 with the January
核定 and a quarterly 公示, the “双报到” 报到率 with four 志愿服务 and a half-yearly 通报, the “亮身份、践承诺” with the 承诺书, the 公示, the 年底
评议 and three 先锋岗), 服务群众 (the “红管家” with the 业委会's 党员比例 and a monthly 联席会议, the 年初 实事清单 with the 居民代表会议, ten
实事 and the 年底 公示, two 志愿服务队 with a monthly 志愿服务 and the 注册率, the 办结率 and the 满意率 in bands, the 关爱台账 with two 探访 a
month and one “假日学校”) and 基础保障 (the 年初 计划 and 项目清单, the 半年小结, the 年度总结 and the 年底 述职, a quarterly 党务公开 with the
“一本账”; a deduction-only line on 违纪违法 and 通报批评).

A merged title row, a merged "考核对象：全区各街道（镇）所辖城市社区党组织" line and a merged "街道（镇）：…社区：…考核组成员：" line above the
header 一级指标 | 二级指标 | 考核细则 | 分值 | 扣分办法 | 佐证材料 | 得分. There is NO 序号: items are numbered by position (1..19). The categories
are MERGED CELLS down the 一级指标 column (FIRST), printed WITHOUT an ordinal, the points on a SECOND line, "党建引领\\n（18分）". 二级指标 is a
short sub-label (`Row.indicator`). 分值 comes BEFORE the 扣分办法, a plain number. 佐证材料 (`Row.method`) names the papers the 社区 lays out,
joined by "、" (once a way of checking: 区纪委监委提供). 得分 is blank. A 合计 row of 100 and a merged 说明 row close the sheet. Counts in
figures and Chinese numerals ("每月开展一次", "每季度开展一次", "每半年…报告一次", "年内…至少1次", "每年…不少于1次", "每两个月召开一次",
"每月召开1次", "每季度召开1次", "党课每季度1次", "全年讲党课不少于2次", "每年召开一次", "年内发展党员1名以上", "每年1月核定", "每季度公示
一次", "每年…不少于4次", "每半年…通报一次", "每月召开一次", "全年办结…不少于10件", "每月开展志愿服务1次以上", "每月至少上门探访2次", "不少于
1期", "每季度至少一次"); "不少于32学时"; "不少于3名", "不少于5名", "不少于2名", "不少于3个", "不少于2支"; "百分之五十", "百分之九十",
"100%"; "最高扣" caps; "酌情扣1-2分", "酌情扣0.5-1分" and "酌情扣1分"; one set of bands (a 满意率 for 4 of the 6 points, closed by "85%以下的
不得分"); five plain "本项不得分"; one line is deduction-only.
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
    name="zzzh_ningbo_yinzhou_chengshi_shequ_xlsx",
    fmt="xlsx",
    title="鄞州区2025年度城市社区党组织党建工作考核细则",
    numbering="position",
    sections=(
        Section("党建引领", "党建引领\n（18分）", 18, (
            Row("社区党组织每月开展一次集中学习，每季度开展一次专题研讨；党员年度参加集中学习培训累计不少于32学时（以“浙江e支部”记录"
                "为准）。", 6,
                "集中学习每少1次扣0.3分；专题研讨每少1次扣0.5分；学时不足的，每人扣0.1分，最高扣2分。",
                "年度学习计划、学习记录、“浙江e支部”学时截图", indicator="理论学习"),
            Row("落实意识形态工作责任制，每半年向街道（镇）党（工）委报告一次意识形态工作情况；社区网站、微信公众号、居民群实行专人管理，"
                "信息发布严格审核。", 6,
                "报告每少1次扣1分；未明确专人管理的扣1分；信息发布未经审核的，每次扣0.5分；发生意识形态问题被上级通报的，本项不得分。",
                "意识形态工作报告、信息发布审核记录", indicator="意识形态"),
            Row("围绕“一社一品”打造社区党建服务品牌，做到有创建方案、有服务项目、有群众口碑；年内在区级以上媒体宣传推介至少1次。", 6,
                "无品牌创建方案的扣1分；服务项目未落地的扣1分；宣传推介未达到要求的扣1分；品牌特色不鲜明、群众认可度不高的，酌情扣1-2分。",
                "品牌创建方案、媒体报道截图", indicator="党建品牌"),
        )),
        Section("组织体系", "组织体系\n（22分）", 22, (
            Row("社区“两委”成员中40周岁以下的不少于3名、大专及以上学历的不少于5名；社区党组织书记每年参加区级以上示范培训不少于1次；建立"
                "社区后备干部库，储备35周岁以下后备人选不少于2名。", 6,
                "年龄、学历结构不达标的，每项扣1分；书记未参加示范培训的扣1分；后备人选每少1名扣0.5分；班子不团结、软弱涣散的，本项不得分。",
                "“两委”成员花名册、培训通知、后备干部名册", indicator="班子结构"),
            Row("按照“一网格一支部（党小组）”要求，网格党组织实现全覆盖；每个网格明确1名网格指导员；网格党支部每两个月召开一次网格党员"
                "议事会。", 5,
                "网格党组织未全覆盖的，每缺1个扣0.5分；未明确网格指导员的，每个网格扣0.2分，最高扣1分；议事会每少1次扣0.2分，最高扣1.5分。",
                "网格党组织设置文件、网格指导员名单、议事会记录", indicator="网格党建"),
            Row("严格落实“三会一课”：支部委员会每月召开1次、党员大会每季度召开1次、党小组会每月召开1次，党课每季度1次；社区党组织书记全年"
                "讲党课不少于2次。", 6,
                "“三会一课”每少1次扣0.5分，最高扣4分；书记讲党课每少1次扣0.5分；会议记录不规范、存在补记代签的，酌情扣0.5-1分。",
                "会议记录本、党课讲稿、签到表", indicator="三会一课"),
            Row("每年召开一次组织生活会，会前开展谈心谈话、征求党员群众意见；同步开展民主评议党员，评议结果报街道（镇）党（工）委备案；对"
                "评定为“不合格”的党员按规定作出组织处置。", 5,
                "未召开组织生活会的扣2分；谈心谈话、征求意见每缺一项扣0.5分；未开展民主评议党员的扣1分；评议结果未备案的扣0.5分。",
                "会议记录、谈心谈话记录、民主评议登记表", indicator="组织生活会"),
        )),
        Section("党员管理", "党员管理\n（20分）", 20, (
            Row("年内发展党员1名以上，确无合适发展对象的须向街道（镇）党（工）委书面说明；严格执行发展党员程序，发展党员材料齐全规范。", 5,
                "年内未发展党员且未书面说明的扣2分；发展党员材料缺项的，每项扣0.5分，最高扣2分；违反程序发展党员的，本项不得分。",
                "发展党员档案", indicator="发展党员"),
            Row("党员按月交纳党费，每年1月核定党费交纳基数；党费收缴情况每季度公示一次；严禁以党费名义集体代缴。", 4,
                "未按月交纳的，每人次扣0.1分，最高扣1分；未按时核定基数的扣0.5分；公示每少1次扣0.5分；发现集体代缴的，本项不得分。",
                "党费收缴台账、公示照片", indicator="党费管理"),
            Row("在职党员到社区“双报到”报到率达到100%，每名报到党员每年参加社区志愿服务活动不少于4次；报到党员参加活动情况每半年向所在单位"
                "党组织通报一次。", 5,
                "报到率未达到100%的扣1分；参加志愿服务活动不足4次的，每人扣0.1分，最高扣2分；通报每少1次扣0.5分。",
                "报到党员名册、志愿服务记录、通报函", indicator="双报到"),
            Row("开展党员“亮身份、践承诺”活动，党员承诺事项在社区公示；年底开展承诺践诺评议；设立党员先锋岗、党员责任区不少于3个。", 6,
                "未开展“亮身份、践承诺”活动的扣1分；承诺事项未公示的扣1分；年底未开展践诺评议的扣1分；先锋岗、责任区每少1个扣0.5分；党员"
                "作用发挥不明显的，酌情扣1分。", "党员承诺书、公示照片、践诺评议记录", indicator="先锋作用"),
        )),
        Section("服务群众", "服务群众\n（28分）", 28, (
            Row("深化“红色物业”建设，小区业委会成员中党员比例达到百分之五十以上；推动物业服务企业建立党组织或党的工作小组；每月召开一次"
                "“红管家”联席会议，协调解决小区治理难题。", 6,
                "党员比例未达到要求的，每个小区扣0.5分，最高扣2分；物业服务企业未建立党组织或党的工作小组的，每家扣0.5分；联席会议每少1次"
                "扣0.2分，最高扣2分。", "业委会成员名单、联席会议纪要", indicator="红管家"),
            Row("年初广泛征集居民需求，形成“为民服务实事清单”并经居民代表会议表决通过；全年办结民生实事不少于10件；办理结果年底向居民"
                "公示。", 6,
                "无实事清单的扣1分；清单未经居民代表会议表决的扣0.5分；实事每少1件扣0.3分；办理结果未公示的扣1分。",
                "实事清单、居民代表会议记录、公示照片", indicator="民生实事"),
            Row("依托“81890光明俱乐部”等平台组建党员志愿服务队不少于2支，每月开展志愿服务1次以上；党员志愿者注册率达到百分之九十。", 5,
                "志愿服务队每少1支扣1分；志愿服务每少1次扣0.2分，最高扣1.5分；注册率每低5个百分点扣0.5分。",
                "服务队名单、活动照片、注册截图", indicator="志愿服务"),
            Row("“81890”求助热线、网格上报的居民诉求按时办结率达到95%以上，回访满意率达到90%以上。", 6,
                "办结率每低1个百分点扣0.2分，最高扣2分；满意率95%以上的得4分，90%（含）—95%的得3分，85%（含）—90%的得1分，85%以下的不得分。",
                "诉求办理台账、回访记录", indicator="诉求办理"),
            Row("建立独居、空巢老人和困境儿童关爱台账，网格员对独居老人每月至少上门探访2次；暑期开办“假日学校”不少于1期。", 5,
                "无关爱台账的扣1分；探访每少1次扣0.1分，最高扣2分；未开办暑期“假日学校”的扣1分。", "关爱台账、探访记录、活动照片",
                indicator="一老一小"),
        )),
        Section("基础保障", "基础保障\n（12分）", 12, (
            Row("年初制定党建工作计划和书记抓党建项目清单；年中报送半年工作小结；年底形成年度党建工作总结，向街道（镇）党（工）委述职。", 5,
                "无年度计划的扣1分；无项目清单的扣0.5分；未报送半年小结的扣0.5分；无年度总结的扣1分；未述职的扣2分。",
                "工作计划、项目清单、半年小结、年度总结、述职报告", indicator="责任落实"),
            Row("党务公开每季度至少一次，公开内容真实准确；党建工作台账实行“一本账”管理，分类归档、真实完整。", 4,
                "党务公开每少1次扣0.5分；台账不全或不真实的，每项扣0.2分，最高扣1.5分；台账弄虚作假的，本项不得分。",
                "党务公开栏照片、台账资料", indicator="公开与台账"),
            Row("社区工作人员违纪违法被查处，或因工作失职失责被区级以上通报批评（本项为扣分项）。", 3,
                "每人次扣1.5分，最高扣3分。", "区纪委监委提供", indicator="负面清单"),
        )),
    ),
)

HEADER = ["一级指标", "二级指标", "考核细则", "分值", "扣分办法", "佐证材料", "得分"]
NOTE = ("说明：1.本细则由区委组织部会同各街道（镇）党（工）委于次年1月上旬组织考核，采取查阅资料、实地察看、入户走访、电话回访相结合的"
        "方式；2.各项扣分以该项分值为限，扣完为止；3.考核结果按得分高低分为“优秀”“良好”“一般”“较差”四个等次，“优秀”等次比例不超过"
        "百分之三十；4.考核结果作为社区党组织书记年度考核、社区工作者薪酬待遇和星级评定的重要依据。")


def build(t: Table, path: Path) -> None:
    import openpyxl
    from openpyxl.styles import Alignment, Font

    ncols = len(HEADER)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "社区党组织考核细则"
    center = Alignment(horizontal="center", vertical="center", wrap_text=True)
    wrap = Alignment(vertical="center", wrap_text=True)
    xlsx_title(ws, t.title, ncols, Font(name="方正小标宋简体", size=16), center)
    xlsx_line(ws, "考核对象：全区各街道（镇）所辖城市社区党组织", ncols)
    xlsx_line(ws, "街道（镇）：              社区：              考核组成员：", ncols)
    xlsx_header(ws, HEADER, ncols)
    first = ws.max_row
    for s in t.sections:
        top = ws.max_row + 1
        for i, row in enumerate(s.rows):
            ws.append([s.printed if i == 0 else None, row.indicator, row.text, row.points, row.scoring, row.method, None])
            for c in (3, 5, 6):
                ws.cell(ws.max_row, c).alignment = wrap
            for c in (2, 4):
                ws.cell(ws.max_row, c).alignment = center
        xlsx_merge_down(ws, 1, top, ws.max_row, center)
    xlsx_total_row(ws, t.total, 4, ncols, center)
    xlsx_borders(ws, first, ncols)
    xlsx_note(ws, NOTE, ncols, 46)
    xlsx_widths(ws, (12, 11, 48, 6, 46, 24, 7))
    wb.save(str(path))
