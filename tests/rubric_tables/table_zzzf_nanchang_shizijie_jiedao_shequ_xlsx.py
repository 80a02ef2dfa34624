"""十字街街道党工委2025年度社区党组织党建工作综合考评评分表 (.xlsx), as a 江西 南昌 西湖区 老城 街道党工委 (its 党建办 with the 社区
治理办, the 平安办 and the 街道纪工委, a 考评组 in late December) scores the 社区党委 of a 街道 beside the 八一起义纪念馆 and the 新四军军部
旧址, of old 单位 楼院, 背街小巷 and new 商品房 小区: 政治引领 (the “第一议题” with a quarterly 学习研讨 and 32学时 on the “赣鄱党建云”, a
half-yearly 研判 with the 审核, two 红色教育 a year with the “七一” 政治关怀), 组织建设 (one roster of the “两委” by age and 学历 with five
days of 培训, the 小区（网格）党支部 覆盖率 with the 公示 and the 交叉任职 比例, the “三会一课” with two 党课 of the 书记, the monthly 主题党日
with the 参加率 and the 流动党员, the 组织生活会 with 民主评议, 谈心谈话 and the 整改清单, 党费 with a yearly 核定 and a half-yearly 通报,
the 积极分子 and “每两年至少发展党员1名” with the 公示), 党员教育管理 (a quarterly 排查 with the 准确率, the 报到服务台账 with three 社区服务
and the 年底 反馈, the “七一”、春节 慰问 with a yearly 谈心谈话), 服务群众 (the 党群服务中心 with its 公示, the “红色物业” 覆盖率 with a
quarterly 联席会议 and the 满意度 in bands, the 签收率 and the 办结率 in bands with forty 走访 a month, the 关爱台账 with a monthly 联系 and
four 关爱服务 in the summer, a monthly 排查 with a 一票否决) and 基础保障 (the 年初 计划 and 项目清单, the 半年总结, the 年底 述职, the
经费 with the 居民代表会议 and a half-yearly 公开; a deduction-only line on 优亲厚友 and 通报批评).

A merged title row, a merged "考核对象：十字街街道辖区各社区党委" line and a merged "社区名称：…考评组：…考评日期：…" line above the header
序号 | 一级指标 | 二级指标 | 考核标准 | 分值 | 扣分办法 | 考核方式 | 得分. 序号 (FIRST column, numeric cells) runs 1..21 through the sheet,
NOT restarting. The categories are MERGED CELLS down the 一级指标 column (SECOND), printed WITH an ordinal on TWO lines, "一、政治引领\\n
（15分）". 二级指标 is a short sub-label (`Row.indicator`). 分值 comes BEFORE the 扣分办法, a plain number. 考核方式 (`Row.method`) only says
how the 考评组 checks (查阅资料, 实地查看, 系统核查, 入户走访, 电话回访, 平台数据核查, 街道纪工委提供): no papers. 得分 is blank. A 合计 row of
100 and a merged 备注 row close the sheet. Counts in figures and Chinese numerals ("每季度组织一次", "每半年专题研判一次", "每年…不少于2次",
"每月召开1次", "每年…不少于2次", "每月固定开展一次", "每年召开一次", "每年…核定一次", "每半年…通报一次", "每两年至少发展党员1名", "每季度
开展一次", "每年…不少于3次", "每年与每名党员谈心谈话不少于1次", "每季度召开一次", "每月入户走访不少于40户", "每月至少联系一次", "每月开展
一次", "每半年公开一次"); "不少于32学时", "不少于5天", "不少于2名", "不少于1名", "不少于4次"; "百分之五十", "百分之七十"; "一个月内",
"8小时"; "最高扣" caps; "酌情扣0.5-1分" and "酌情扣1分" twice; two sets of bands (a 满意度 for 2 of the 6 points closed by "80%以下的不得分",
an 办结率 for 3 of the 6 points closed by "90%以下的不得分"); one "实行一票否决，本项不得分"; six plain "本项不得分"; one line is
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
    name="zzzf_nanchang_shizijie_jiedao_shequ_xlsx",
    fmt="xlsx",
    title="十字街街道党工委2025年度社区党组织党建工作综合考评评分表",
    numbering="printed",
    sections=(
        Section("政治引领", "一、政治引领\n（15分）", 15, (
            Row("落实“第一议题”制度，社区党委会议第一议题学习习近平总书记最新重要讲话和重要指示批示精神；每季度组织一次党员集中学习研讨；"
                "党员每年通过“赣鄱党建云”等平台学习不少于32学时。", 5,
                "未落实“第一议题”制度的扣1分；集中学习研讨每少1次扣0.5分；学时不足的，每人扣0.1分，最高扣1.5分。", "查阅资料、系统核查",
                indicator="理论武装"),
            Row("每半年专题研判一次意识形态形势；社区宣传栏、电子屏、居民微信群明确专人管理，对外发布信息须经社区党委书记审核。", 5,
                "研判每少1次扣0.5分；阵地未明确专人管理的扣0.5分；发布信息未经审核的，每次扣0.5分；发生意识形态问题造成不良影响的，本项"
                "不得分。", "查阅资料、实地查看", indicator="意识形态"),
            Row("用好八一起义纪念馆、新四军军部旧址陈列馆等红色资源，每年组织党员开展红色教育活动不少于2次；“七一”前后开展“光荣在党50年”"
                "纪念章颁发等政治关怀活动。", 5,
                "红色教育活动每少1次扣1分；未开展政治关怀活动的扣1分；活动形式单一、教育效果不明显的，酌情扣0.5-1分。", "查阅资料",
                indicator="红色教育"),
        )),
        Section("组织建设", "二、组织建设\n（35分）", 35, (
            Row("社区“两委”成员中35周岁以下的不少于2名，本科及以上学历的不少于2名；社区党委书记每年参加区级以上集中培训不少于5天。", 5,
                "35周岁以下成员每少1名扣0.5分；本科及以上学历成员每少1名扣0.5分；书记培训不足5天的扣1分；班子不团结、战斗力不强的，本项"
                "不得分。", "查阅资料", indicator="班子建设"),
            Row("小区（网格）党支部覆盖率达到100%；楼栋党小组长、党员中心户名单在楼道公示；小区党支部书记与业委会主任、物业项目经理交叉任职"
                "的比例达到百分之五十以上。", 5,
                "覆盖率每低5个百分点扣0.5分；名单未公示的，每个小区扣0.2分，最高扣1分；交叉任职比例每低10个百分点扣0.5分。",
                "查阅资料、实地查看", indicator="组织体系"),
            Row("支部委员会每月召开1次，党员大会每季度召开1次，党小组会每月召开1次，党课每季度1次；社区党委书记每年为党员讲党课不少于2次；"
                "会议记录做到时间、地点、人员、议题、内容“五要素”齐全。", 6,
                "“三会一课”每少1次扣0.5分，最高扣3分；书记讲党课每少1次扣1分；记录要素不全的，每次扣0.2分，最高扣1分。", "查阅资料",
                indicator="三会一课"),
            Row("每月固定开展一次主题党日；党员参加率达到90%以上；外出流动党员通过线上方式参加组织生活。", 5,
                "主题党日每少1次扣0.5分；参加率每低5个百分点扣0.5分；流动党员未参加线上组织生活的，每人次扣0.1分，最高扣1分。", "查阅资料",
                indicator="主题党日"),
            Row("每年召开一次组织生活会，开展民主评议党员；会前开展谈心谈话，会后一个月内将整改清单报街道党工委。", 5,
                "未召开组织生活会的扣2分；未开展民主评议党员的扣1分；未开展谈心谈话的扣1分；整改清单未按时报送的扣1分。", "查阅资料",
                indicator="组织生活会"),
            Row("党员按月足额交纳党费，每年7月按规定核定一次交纳基数；党费收缴情况每半年在党员大会上通报一次。", 4,
                "未按月交纳的，每人次扣0.1分，最高扣1.5分；未核定基数的扣1分；通报每少1次扣0.5分。", "查阅资料、系统核查",
                indicator="党费管理"),
            Row("年内确定入党积极分子不少于1名，每两年至少发展党员1名；发展对象、预备党员接收和转正均在社区公示。", 5,
                "未确定入党积极分子的扣1分；两年内未发展党员的扣1.5分；未按规定公示的，每人次扣0.5分；发展党员违反程序的，本项不得分。",
                "查阅资料", indicator="发展党员"),
        )),
        Section("党员教育管理", "三、党员教育管理\n（15分）", 15, (
            Row("每季度开展一次党员组织关系排查，全国党员管理信息系统中党员信息准确率达到100%；对失联党员按规定稳妥处置。", 5,
                "排查每少1次扣0.5分；信息每错1人扣0.2分，最高扣1.5分；失联党员处置不规范的，酌情扣1分。", "查阅资料、系统核查",
                indicator="党员信息"),
            Row("建立在职党员报到服务台账，报到党员认领“微心愿”、参与网格服务，每人每年参加社区服务活动不少于3次；年底将报到党员表现情况"
                "反馈所在单位党组织。", 5,
                "无报到服务台账的扣1分；参加社区服务活动不足3次的，每人扣0.1分，最高扣2分；年底未反馈的扣1分。", "查阅资料、电话回访",
                indicator="双报到"),
            Row("“七一”、春节期间走访慰问老党员、困难党员；社区党委书记每年与每名党员谈心谈话不少于1次；党员生病住院、家庭遭遇变故的及时"
                "探望。", 5,
                "走访慰问每少1次扣1分；谈心谈话每少1人扣0.1分，最高扣1分；应探望未探望的，每人次扣0.5分。", "查阅资料、入户走访",
                indicator="关怀帮扶"),
        )),
        Section("服务群众", "四、服务群众\n（25分）", 25, (
            Row("社区党群服务中心实行“一站式”服务，工作日开放时间不少于8小时，节假日轮值；服务事项清单、值班表在醒目位置公示。", 4,
                "未实行“一站式”服务的扣1分；开放时间不足或节假日无人值守的，酌情扣1分；服务事项清单、值班表未公示的扣0.5分；阵地被挪作他用"
                "的，本项不得分。", "实地查看", indicator="阵地建设"),
            Row("推进“红色物业”建设，小区物业服务企业党组织覆盖率达到百分之七十以上；每季度召开一次社区党组织、业委会、物业服务企业“三方”"
                "联席会议；物业服务满意度达到85%以上。", 6,
                "覆盖率每低10个百分点扣0.5分；联席会议每少1次扣0.5分；满意度85%以上的得2分，80%（含）—85%的得1分，80%以下的不得分。",
                "查阅资料、入户走访", indicator="红色物业"),
            Row("“12345”政务服务便民热线工单按时签收率达到100%，办结率达到95%以上；社区干部每月入户走访不少于40户，落实“一线工作法”。", 6,
                "签收率每低1个百分点扣0.2分；办结率95%以上的得3分，90%（含）—95%的得2分，90%以下的不得分；入户走访不足的，每人每月扣0.1分，"
                "最高扣1分。", "平台数据核查、查阅资料", indicator="接诉即办"),
            Row("建立80周岁以上独居、空巢老人关爱台账，网格员每月至少联系一次；依托社区“四点半课堂”，暑期开展青少年关爱服务活动不少于"
                "4次。", 5,
                "无关爱台账的扣1分；联系每少1次扣0.2分，最高扣2分；青少年关爱服务活动每少1次扣0.5分。", "查阅资料、电话回访",
                indicator="一老一小"),
            Row("每月开展一次矛盾纠纷排查化解和安全隐患排查；辖区发生重大安全事故、群体性事件或“民转刑”案件的，实行一票否决。", 4,
                "排查每少1次扣0.5分，最高扣2分；排查出的隐患未整改的，每处扣0.2分；发生重大安全事故、群体性事件或“民转刑”案件的，实行一票"
                "否决，本项不得分。", "查阅资料、实地查看", indicator="平安建设"),
        )),
        Section("基础保障", "五、基础保障\n（10分）", 10, (
            Row("年初制定党建工作计划和书记抓党建项目清单；年中报送半年工作总结；年底向街道党工委述职。", 4,
                "无工作计划的扣1分；无项目清单的扣0.5分；未报送半年总结的扣0.5分；未述职的扣2分。", "查阅资料", indicator="计划总结"),
            Row("社区服务群众专项经费使用经居民代表会议讨论通过，使用情况每半年公开一次。", 3,
                "经费使用未经居民代表会议讨论的扣1分；使用情况每少公开1次扣0.5分；违规使用经费的，本项不得分。", "查阅资料",
                indicator="经费管理"),
            Row("社区工作人员优亲厚友、吃拿卡要，或因工作不力被市、区通报批评（本项为扣分项）。", 3,
                "被市、区通报批评的，每次扣1分；社区工作人员受到党纪政务处分的，每人次扣2分；社区党委书记受到处分的，本项不得分。",
                "街道纪工委提供", indicator="负面清单"),
        )),
    ),
)

HEADER = ["序号", "一级指标", "二级指标", "考核标准", "分值", "扣分办法", "考核方式", "得分"]
NOTE = ("备注：1.本表由街道党工委于12月下旬组织考评，党建办牵头，社区治理办、平安办、街道纪工委参加；2.各项扣分以该项分值为限，扣完为止；"
        "3.考评得分90分以上的为“优秀”，80—89分的为“良好”，70—79分的为“合格”，70分以下的为“不合格”；4.考评结果与社区工作者绩效奖励"
        "挂钩，评为“不合格”的由街道党工委约谈社区党委书记。")


def build(t: Table, path: Path) -> None:
    import openpyxl
    from openpyxl.styles import Alignment, Font

    ncols = len(HEADER)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "社区党建综合考评"
    center = Alignment(horizontal="center", vertical="center", wrap_text=True)
    wrap = Alignment(vertical="center", wrap_text=True)
    xlsx_title(ws, t.title, ncols, Font(name="方正小标宋简体", size=16), center)
    xlsx_line(ws, "考核对象：十字街街道辖区各社区党委", ncols)
    xlsx_line(ws, "社区名称：              考评组：              考评日期：", ncols)
    xlsx_header(ws, HEADER, ncols)
    first = ws.max_row
    number = 0
    for s in t.sections:
        top = ws.max_row + 1
        for i, row in enumerate(s.rows):
            number += 1
            ws.append([number, s.printed if i == 0 else None, row.indicator, row.text, row.points, row.scoring, row.method, None])
            for c in (4, 6):
                ws.cell(ws.max_row, c).alignment = wrap
            for c in (1, 3, 5, 7):
                ws.cell(ws.max_row, c).alignment = center
        xlsx_merge_down(ws, 2, top, ws.max_row, center)
    xlsx_total_row(ws, t.total, 5, ncols, center)
    xlsx_borders(ws, first, ncols)
    xlsx_note(ws, NOTE, ncols, 48)
    xlsx_widths(ws, (6, 12, 11, 48, 6, 48, 14, 7))
    wb.save(str(path))
