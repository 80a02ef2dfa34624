"""中共佛山市南海区桂城街道工作委员会2025年度社区党组织党建工作考核评分细则 (.docx), as a 广东 街道党工委 (its 党建工作办公室
with the 综治中心 and the 社会工作服务中心, a 年中 督导 and a 年底 考核 in December, the 社区 scoring itself first) scores each 社区
党委 on 政治引领 (the “第一议题” 制度 and monthly 集中学习 with the 班子' 心得, the half-yearly 意识形态 专题研究 and the 审核 of what
the 社区 publishes, 重大事项 first through the 社区党委 and the yearly 报告 of the 居委会 and the 居务监督委员会), 组织体系 (党组织
in 小区 and “两新”组织 and the 工作覆盖率 with the 党建指导员, the 书记 “头雁” 工程 with a yearly 集中培训, one under 35 and a 学历
占比, “三会一课” entered on the “广东党建云” 平台, 主题党日 with a 参与率, 组织生活会 with 谈心谈话 and 民主评议, 发展 / 转接 / the
“口袋党员” / 党费 and its half-yearly 公布), 党建引领基层治理 (the 党建联盟 of 8 units with quarterly 联席会议 and 4 共建项目, “令行
禁止、有呼必应” with the daily 网格 巡查 and the 办结率, the 小区 “三方协同” with a monthly 议事协商会议 and the 业委会 党员 占比, the
出租屋 排查 with two 志愿服务队 and the 整改率, “双报到” with 12 hours of 志愿服务 and the half-yearly 反馈, a deduction-only
平安 line), 服务群众 (the 党群服务中心 opening and 错时延时, the “微心愿” and 10 实事 with their 公示, a 满意度 in bands) and 基础
保障 (计划, 书记项目清单 and the 年底 述职, the 专项经费 with its half-yearly 公开, 承诺书 and the 纪检委员's quarterly 监督检查).

The title (bold, centred), a centred "（考核对象：桂城街道各社区党委）" line and a "社区党委：…  书记：…  自评分：…  考核得分：…"
line above one table: 序号 | 考核项目 | 考核指标 | 考核内容 | 评分标准 | 分值 | 佐证材料 (分值 AFTER the 评分标准). 序号 (FIRST column)
runs 1..19 through the table, NOT restarting. The categories are MERGED CELLS down the 考核项目 column (SECOND), printed on two lines
WITHOUT an ordinal, "政治引领\\n（15分）". 考核指标 is a short sub-label (`Row.indicator`). 分值 is a plain number. 佐证材料
(`Row.method`) names the papers the 社区 lays out (once a way of checking, 街道综治中心核实 / 实地查看): a 佐证 column. A 合计 row
and two 备注 paragraphs (the 加分 among them) close the document. The 满意度 bands sit in the 评分标准; counts partly in Chinese
numerals ("每半年专题研究一次", "每年报告一次", "百分之八十"); "最高扣" caps; one line is deduction-only.
"""

from __future__ import annotations

from pathlib import Path

from .build_helpers import docx_centred, docx_grid_table, docx_title, docx_total_row, merge_cells
from .model import Row, Section, Table, _fmt

TABLE = Table(
    name="zzk_jiedao_shequ_kaohe_docx",
    fmt="docx",
    title="中共佛山市南海区桂城街道工作委员会2025年度社区党组织党建工作考核评分细则",
    numbering="printed",
    sections=(
        Section("政治引领", "政治引领\n（15分）", 15, (
            Row("建立社区党委会议“第一议题”学习制度；每月组织党员集中学习不少于1次；社区“两委”班子成员每年撰写学习心得体会不少于"
                "2篇。", 5,
                "未建立“第一议题”制度的扣1分；集中学习每少1次扣0.5分；心得体会每少1篇扣0.2分。", "学习制度、学习记录、心得体会",
                indicator="理论武装"),
            Row("落实意识形态工作责任制，社区党委每半年专题研究一次意识形态工作；社区宣传阵地、居民微信群由专人管理，信息发布严格"
                "审核。", 5,
                "专题研究每少1次扣1分；居民微信群出现不当言论未及时处置的，每次扣1分；出现重大负面舆情的，本项不得分。",
                "会议记录、审核登记表", indicator="意识形态"),
            Row("社区重大事项、重要工作由社区党委会议前置研究讨论；社区居委会、居务监督委员会每年向社区党委报告一次工作。", 5,
                "重大事项未经党委研究的，每项扣1分；未报告的，每个组织扣0.5分。", "党委会议记录、工作报告", indicator="统筹领导"),
        )),
        Section("组织体系", "组织体系\n（25分）", 25, (
            Row("符合条件的小区、“两新”组织党组织应建尽建；“两新”组织党的工作覆盖率达到100%，党建指导员选派全覆盖。", 5,
                "符合条件未组建党组织的，每个扣0.5分，最高扣2分；工作覆盖率每低1个百分点扣0.2分；党建指导员未全覆盖的扣1分。",
                "组织设置台账、党建指导员名单", indicator="组织覆盖"),
            Row("落实社区党组织书记“头雁”工程，书记每年参加区级以上集中培训不少于1次；社区“两委”班子成员中35周岁以下的至少1名，"
                "大专及以上学历的占比达到百分之八十以上。", 5,
                "书记未参加集中培训的扣1分；无35周岁以下成员的扣1分；学历占比未达标的扣1分；班子不团结、工作推进不力的，酌情扣1—2分。",
                "培训通知、“两委”成员名册", indicator="“头雁”队伍"),
            Row("小区（网格）党支部严格落实“三会一课”，支部委员会每月召开1次，党员大会每季度召开1次，党小组会每月召开1次，党课每季度"
                "1次；会议情况在“广东党建云”平台实时录入。", 6,
                "“三会一课”每少1次扣0.5分，最高扣4分；平台未及时录入的，每次扣0.2分，最高扣1分。", "会议记录、平台截图",
                indicator="组织生活"),
            Row("每月开展1次主题党日活动，党员参与率不低于85%；每年召开1次组织生活会，会前开展谈心谈话，同步开展民主评议党员。", 6,
                "主题党日每少1次扣0.5分；参与率每低5个百分点扣0.5分；未召开组织生活会的扣2分；未开展民主评议党员的扣1分。",
                "活动方案、签到表、民主评议登记表", indicator="主题党日"),
            Row("年度发展党员计划完成率达到100%；党员组织关系转接及时，无“口袋党员”；党费按月收缴，每半年向党员公布一次收缴情况。", 3,
                "未完成发展计划的扣1分；组织关系转接不及时的，每人次扣0.2分；发现“口袋党员”的，每人扣0.5分；党费未按月收缴的扣1分；"
                "未公布的扣0.5分。", "发展党员档案、党费收缴台账", indicator="党员管理"),
        )),
        Section("党建引领基层治理", "党建引领基层治理\n（35分）", 35, (
            Row("深化区域化党建，社区党委牵头与辖区机关、企事业单位、“两新”组织党组织组建党建联盟，成员单位不少于8家；每季度召开"
                "一次联盟联席会议，年内开展共建项目不少于4个。", 6,
                "成员单位每少1家扣0.5分；联席会议每少1次扣1分；共建项目每少1个扣1分。", "联盟章程、会议纪要、项目清单",
                indicator="党建联盟"),
            Row("落实“令行禁止、有呼必应”工作机制，网格员每日巡查网格，发现问题及时上报；“12345”热线及网格事件按时办结率达到98%"
                "以上。", 6,
                "网格巡查不到位的，经抽查发现每次扣0.5分；按时办结率每低1个百分点扣0.5分，最高扣3分。", "网格巡查记录、系统数据",
                indicator="网格治理"),
            Row("推动小区党支部领导下的业委会、物业服务企业“三方协同”，每月召开一次小区议事协商会议；业委会成员中党员占比达到50%"
                "以上。", 6,
                "议事协商会议每少1次扣0.5分；业委会党员占比未达50%的，每个小区扣0.5分，最高扣2分；小区治理问题引发集体投诉的，每起"
                "扣1分。", "会议记录、业委会成员名单", indicator="小区治理"),
            Row("组织党员参与出租屋和流动人口服务管理，组建党员志愿服务队不少于2支；每月至少开展一次出租屋安全隐患排查，隐患整改率"
                "达到100%。", 6,
                "志愿服务队每少1支扣1分；排查每少1次扣0.5分；整改率每低5个百分点扣1分；辖区出租屋发生亡人火灾事故的，本项不得分。",
                "队伍名册、排查台账、整改台账", indicator="出租屋管理"),
            Row("机关企事业单位在职党员到社区报到率达到100%，每名报到党员每年参加社区志愿服务不少于12小时；社区每半年向报到党员所在"
                "单位党组织反馈一次表现情况。", 5,
                "报到率每低1个百分点扣0.2分；服务时长不足的，每人扣0.1分，最高扣2分；反馈每少1次扣0.5分。", "报到花名册、反馈函",
                indicator="“双报到”"),
            Row("辖区全年未发生较大以上安全生产事故、群体性事件和极端案事件。", 6,
                "发生较大以上安全生产事故或群体性事件的，本项不得分；发生进京赴省越级上访的，每起扣2分。", "街道综治中心核实",
                indicator="平安建设"),
        )),
        Section("服务群众", "服务群众\n（15分）", 15, (
            Row("社区党群服务中心亮牌服务，工作日开放时间不少于8小时，实行错时延时服务和节假日轮值；办公区域面积不超过总面积的30%。",
                5,
                "开放时间不足的扣1分；未实行错时延时服务或节假日轮值的扣1分；办公面积超标的扣1分；服务功能发挥不好的，酌情扣1—2分。",
                "值班表、实地查看", indicator="阵地服务"),
            Row("开展党员“亮身份、作表率”活动，每名党员每年认领“微心愿”或服务项目不少于1项；社区每年为民办实事不少于10件，办理结果"
                "在居务公开栏公示。", 5,
                "党员认领未全覆盖的，每少1人扣0.1分，最高扣1分；实事每少1件扣0.3分；办理结果未公示的扣1分。",
                "认领台账、实事清单、公示照片", indicator="为民办事"),
            Row("街道组织开展居民对社区党组织工作满意度测评，满意度达到90%以上。", 5,
                "满意度95%以上的得5分；90%（含）至95%的得4分；85%（含）至90%的得2分；85%以下的不得分。", "测评问卷",
                indicator="群众评价"),
        )),
        Section("基础保障", "基础保障\n（10分）", 10, (
            Row("年初制定社区党建工作计划和书记抓党建项目清单，项目按期完成；社区党委书记年底向街道党工委述职。", 5,
                "无年度计划或项目清单的，每缺1项扣1分；项目未按期完成的，每个扣0.5分；未述职的扣2分。",
                "工作计划、项目清单、述职报告", indicator="计划述职"),
            Row("服务群众专项经费使用规范，使用情况每半年公开一次；社区“两委”成员签订廉洁履职承诺书；社区纪检委员每季度开展一次监督"
                "检查。", 5,
                "经费使用不规范的，酌情扣1—2分；未公开的，每次扣0.5分；承诺书每缺1人扣0.2分；监督检查每少1次扣0.5分。",
                "经费使用台账、承诺书、检查记录", indicator="经费廉洁"),
        )),
    ),
)

HEADER = ["序号", "考核项目", "考核指标", "考核内容", "评分标准", "分值", "佐证材料"]
NOTES = (
    "备注：1.考核采取年中督导与年底考核相结合的方式，年中督导占40%，年底考核占60%；2.各项扣分以该项分值为限，扣完为止；3.社区党建"
    "工作经验被省级以上推广或获得市级以上表彰的，每项加1分，累计加分不超过3分。",
    "4.考核结果分为优秀、良好、合格、不合格四个等次，与社区“两委”成员年度绩效奖励挂钩。",
)


def build(t: Table, path: Path) -> None:
    import docx

    ncols = len(HEADER)
    n_rows = 1 + sum(len(s.rows) for s in t.sections) + 1
    document = docx.Document()
    docx_title(document, t.title, 15)
    docx_centred(document, "（考核对象：桂城街道各社区党委）")
    document.add_paragraph("社区党委：                    书记：              自评分：          考核得分：")
    tbl = docx_grid_table(document, n_rows, ncols, HEADER)
    r = 1
    number = 0
    for s in t.sections:
        top = r
        for row in s.rows:
            number += 1
            cells = ((0, str(number)), (2, row.indicator), (3, row.text), (4, row.scoring), (5, _fmt(row.points)),
                     (6, row.method))
            for c, v in cells:
                tbl.cell(r, c).text = v
            r += 1
        merge_cells(tbl, top, 1, r - 1, 1, s.printed)
    docx_total_row(tbl, r, 5, t.total)
    for note in NOTES:
        document.add_paragraph(note)
    document.save(str(path))
