"""兰考县东坝头镇2025年度村级党建档案规范化检查评分表 (.docx), as the 镇党委 of 河南 开封 兰考 东坝头 (its 党建办 with the 农业农村办, the
乡村振兴办 and the 镇纪委, a 检查组 going round the 村 in November with the 档案盒 stacked on the 村部's table) checks the 台账 of the 村党支部 at
the last bend of the 黄河, where 焦裕禄 came to plant the 泡桐 against the sand: the 滩区 villages behind the 大堤, the 民宿 and the 乐器 workshops,
the 村集体 with its 泡桐 and its 蜜瓜, the 监测户 the 驻村工作队 visits, the 党员 who walk the 堤 in the 汛期: a checklist printed the way the 台账
are boxed, one row a 档案盒, whose 归档资料 names the papers the box must hold, bare, one after another, joined by "、", a figure in brackets now and
then, and whose 扣分办法 begins "缺一项扣N分" in every row and then scores a meeting short or a rule broken: 组织建设类 (the 班子建设盒 with the
批复, the 花名册 of the “两委”, the 分工表, two 后备力量 and a half-yearly 考察, the 党员管理盒 with the 花名册, the 名册 and 登记表, the 介绍信存根 and
a quarterly 核对, the 发展党员盒 with the 申请书, one 积极分子 a year, the 公示 and the “一人一档” and a 一票否决, the 党费管理盒 with the 登记表 按月,
the 核定表, a half-yearly 公示 with its 照片 and the 票据, the 制度汇编盒 with six 制度 and the 上墙照片), 组织生活类 (the “三会一课”盒 with the three
记录, the 讲稿, the 签到表 and the 照片, the 书记's two 党课 and no 补记, the 主题党日盒 with the 方案, the 签到表, the 记录, the 照片 and the 参加率, the
组织生活会盒 with eight papers, the 会 and the 民主评议, the 学习教育盒 with the 学习计划, a monthly 集中学习, the 冬春训 of three days and the
远程教育), 发展治理类 (the 集体经济盒 with the 规划, the 清查台账, the 明细账, the 收益分配方案 and the 村民代表会议决议 and a 公示, the “四议两公开”盒
with the 会议记录, a quarterly 公开, the 照片 and the 监督记录, the 防止返贫盒 with the 名册, a monthly 走访, the 台账, the 考勤表 and a 一票否决, the
志愿服务盒 with the 服务队, a monthly 志愿服务, the 汛期 weekly 巡查 of the 黄河滩区 and the 参与率) and 阵地档案类 (the 阵地管理盒 with the 值班表,
the 清单, the 登记簿 and the 登记表, the 计划总结盒 with the 年初 计划, the 责任书, the 半年小结, the 年终 总结 and the 述职 with its 满意度, and a last
row on the 档案 themselves: 总目录, 借阅登记簿, 电子档案).

The title (bold, centred), a centred "（检查对象：东坝头镇所辖各村党支部）" line and a plain "村名： 检查人： 检查日期：" line above one table:
档案类别 | 盒号 | 档案盒名称 | 归档资料 | 分值 | 扣分办法. The categories are MERGED CELLS down the 档案类别 column (FIRST), printed WITH an ordinal
and their points on a SECOND line, "一、组织建设类\\n（28分）". 盒号 (SECOND column) runs 1..16 through the whole table, NOT restarting under the
categories. 档案盒名称 is a short sub-label (`Row.indicator`); 归档资料 lists the papers (`Row.text`), bare, joined by "、", with no closing stop.
分值 is a plain number BEFORE the 扣分办法. There is no 检查得分 column. A 合计 row of 100 closes the table; a "说明：" paragraph and three numbered
paragraphs follow it. Counts in figures, most in brackets in the 归档资料 ("不少于2名", "每半年1次", "每季度1次", "年内确定不少于1名", "按月登记",
"每半年1次", "每月1次", "冬春训不少于3天", "每季度1次", "每月1次", "每月不少于1次", "汛期每周1次"), some only in the 扣分办法 ("书记全年讲党课
少于2次", "主题党日每月1次", "全年未召开", "低于百分之八十", "低于百分之六十", "低于百分之八十"), and the 年初/半年/年终 in the paper names;
"缺一项扣0.5分" eleven times, "缺一项扣1分" four times, once "缺一项扣0.5分，最高扣3分"; "最高扣" caps; "酌情扣0.5分" once and "酌情扣1分"
once; no bands; two "实行一票否决，本项不得分"; three other plain "本项不得分".
"""

from __future__ import annotations

from pathlib import Path

from .build_helpers import docx_centred, docx_grid_table, docx_title, docx_total_row, merge_cells
from .model import Row, Section, Table, _fmt

TABLE = Table(
    name="zzzy_lankao_dongbatou_cun_dangjian_dangan_docx",
    fmt="docx",
    title="兰考县东坝头镇2025年度村级党建档案规范化检查评分表",
    numbering="printed",
    sections=(
        Section("组织建设类", "一、组织建设类\n（28分）", 28, (
            Row("村党支部换届选举批复、村“两委”班子成员花名册、班子成员分工表、后备力量名册（不少于2名）、后备力量培养考察记录（每半年1次）", 6,
                "缺一项扣0.5分；后备力量每少1名扣0.5分；考察记录每少1次扣0.3分；未按期换届的，本项不得分。", indicator="班子建设盒"),
            Row("党员花名册、预备党员名册、流动党员登记表、组织关系转接介绍信存根、党员信息核对表（每季度1次）", 5,
                "缺一项扣0.5分；核对表每少1次扣0.2分；花名册信息与全国党员管理信息系统不一致的，每人扣0.1分，最高扣1分。", indicator="党员管理盒"),
            Row("入党申请书、入党积极分子名册（年内确定不少于1名）、发展对象公示材料、发展党员“一人一档”材料", 6,
                "缺一项扣1分；未确定入党积极分子的扣1分；档案材料不全的，每份扣0.2分，最高扣2分；违反程序发展党员的，实行一票否决，本项不得分。",
                indicator="发展党员盒"),
            Row("党费收缴登记表（按月登记）、党费交纳基数核定表、党费收缴公示照片（每半年1次）、党费上缴票据", 5,
                "缺一项扣0.5分；党员未按月交纳党费的，每人次扣0.1分，最高扣1分；公示每少1次扣0.5分。", indicator="党费管理盒"),
            Row("“三会一课”制度、主题党日制度、组织生活会制度、民主评议党员制度、党务村务公开制度、村务监督制度、制度上墙照片", 6,
                "缺一项扣0.5分；制度照搬照抄、未结合本村实际的，酌情扣1分。", indicator="制度汇编盒"),
        )),
        Section("组织生活类", "二、组织生活类\n（30分）", 30, (
            Row("支部委员会会议记录（每月1次）、党员大会会议记录（每季度1次）、党小组会会议记录（每月1次）、党课讲稿（每季度1次）、会议签到表、"
                "会议照片", 10,
                "缺一项扣1分；“三会一课”每少1次扣0.5分，最高扣4分；书记全年讲党课少于2次的扣1分；存在补记、代签的，本项不得分。",
                indicator="“三会一课”盒"),
            Row("主题党日活动方案、活动签到表、活动记录、活动照片", 6,
                "缺一项扣0.5分；主题党日每月1次，每少1次扣0.3分，最高扣2分；党员参加率低于百分之八十的，每次扣0.1分。", indicator="主题党日盒"),
            Row("组织生活会方案、谈心谈话记录、征求意见汇总表、对照检查材料、会议记录、民主评议党员测评表、评议结果报备表、整改台账", 8,
                "缺一项扣0.5分，最高扣3分；全年未召开组织生活会的扣4分；未开展民主评议党员的扣1分。", indicator="组织生活会盒"),
            Row("年度学习计划、集中学习记录（每月1次）、党员冬春训签到表、党员学时登记表（冬春训不少于3天）、远程教育收看记录", 6,
                "缺一项扣0.5分；集中学习每少1次扣0.3分，最高扣1.5分；冬春训不足3天的，每人扣0.1分，最高扣1分。", indicator="学习教育盒"),
        )),
        Section("发展治理类", "三、发展治理类\n（27分）", 27, (
            Row("村集体经济发展规划、集体资产清查台账、集体经营性收入明细账、收益分配方案、村民代表会议决议", 7,
                "缺一项扣1分；收益分配方案未经村民代表会议通过的扣1分；集体资产清查结果未公示的扣0.5分。", indicator="集体经济盒"),
            Row("“四议两公开”会议记录、党务村务公开登记表（每季度1次）、公开栏照片、村务监督委员会监督记录", 6,
                "缺一项扣0.5分；公开每少1次扣0.5分；重大事项未履行“四议两公开”程序的，每件扣1分。", indicator="“四议两公开”盒"),
            Row("防止返贫监测户名册、监测户走访记录（每月1次）、帮扶措施台账、驻村工作队考勤表", 6,
                "缺一项扣0.5分；走访每少1次扣0.2分，最高扣1分；出现规模性返贫的，实行一票否决，本项不得分。", indicator="防止返贫盒"),
            Row("党员志愿服务队名册、志愿服务活动记录（每月不少于1次）、黄河滩区防汛巡查记录（汛期每周1次）、活动照片", 8,
                "缺一项扣0.5分；志愿服务每少1次扣0.3分，最高扣2分；汛期巡查每少1次扣0.2分，最高扣1分；党员参与率低于百分之六十的扣1分。",
                indicator="志愿服务盒"),
        )),
        Section("阵地档案类", "四、阵地档案类\n（15分）", 15, (
            Row("党群服务中心值班表、便民服务事项清单、便民服务登记簿、活动场所设施设备登记表", 5,
                "缺一项扣0.5分；便民服务登记不全的，酌情扣0.5分；场所闲置或挪作他用的，本项不得分。", indicator="阵地管理盒"),
            Row("年初党建工作计划、党建工作责任书、半年工作小结、年终工作总结、村党支部书记述职报告及测评表", 6,
                "缺一项扣1分；述职测评满意度低于百分之八十的扣1分。", indicator="计划总结盒"),
            Row("台账总目录、档案借阅登记簿、电子档案备份", 4,
                "缺一项扣0.5分；未按年度、类别分类装盒的扣1分；发现突击补做、弄虚作假的，本项不得分。", indicator="档案管理"),
        )),
    ),
)

HEADER = ["档案类别", "盒号", "档案盒名称", "归档资料", "分值", "扣分办法"]
NOTES = (
    "说明：",
    "1.村级党建档案按档案盒分类归档，盒脊注明年度、盒号和档案盒名称，检查以2025年度形成的原始资料为准，复印件、补做材料不予认定。",
    "2.各项扣分以该项分值为限，扣完为止。",
    "3.检查得分90分以上的为“规范”，75—89分的为“基本规范”，75分以下的为“不规范”，限期整改；检查结果纳入村党支部年度考核和星级评定。",
)


def build(t: Table, path: Path) -> None:
    import docx

    ncols = len(HEADER)
    n_rows = 1 + sum(len(s.rows) for s in t.sections) + 1
    document = docx.Document()
    docx_title(document, t.title, 16)
    docx_centred(document, "（检查对象：东坝头镇所辖各村党支部）")
    document.add_paragraph("村名：                检查人：                检查日期：")
    tbl = docx_grid_table(document, n_rows, ncols, HEADER)
    r = 1
    number = 0
    for s in t.sections:
        top = r
        for row in s.rows:
            number += 1
            cells = ((1, str(number)), (2, row.indicator), (3, row.text), (4, _fmt(row.points)), (5, row.scoring))
            for c, v in cells:
                tbl.cell(r, c).text = v
            r += 1
        merge_cells(tbl, top, 0, r - 1, 0, s.printed)
    docx_total_row(tbl, r, 4, t.total)
    for line in NOTES:
        document.add_paragraph(line)
    document.save(str(path))
