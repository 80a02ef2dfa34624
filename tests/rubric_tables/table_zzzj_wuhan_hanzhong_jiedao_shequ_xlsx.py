"""硚口区汉中街道党工委2025年度社区党组织党建工作考核评分表 (.xlsx), as a 湖北 武汉 硚口区 街道党工委 (its 党建办 with the 社区建设办, the
平安办 and the 街道纪工委, a 考核组 going round each 社区 in the second half of December) scores the 社区党委 and 党总支 of an old 街道 on
the 汉江 beside the 汉正街 市场: 里份 and 老旧小区 without 物业, 单位 宿舍 of closed 厂, new 商品房 小区 along the 江滩, 市场 商户 and 搬运 and
快递 workers, the 汉江 堤段 to watch in the 汛期, and the “民呼我应” platform with the 12345 热线: 党建引领 (a monthly 集中学习 with the “第一
议题”, a quarterly 专题研讨, 32学时 with 12 online, a half-yearly 专题研究 of the 意识形态 with a 书面报告 and a 一票否决, two “共同缔造” 示范
项目 a year with the 居民代表会议), 组织建设 (one roster of the “两委” by age and 学历 with the 平均年龄, the 社区工作者 and three 后备, the
“大党委” 组织体系 with the 网格党支部 覆盖率, three 兼职委员 and a quarterly 联席会议, the “三会一课” with the 通知, the 签到 and the 参会率, the
monthly 主题党日 with the 组织生活会, 民主评议, 谈心谈话, 征求意见 and the report of the 会议情况), 党员管理 (one 积极分子 a year and "每两年至少
发展党员1名" with the 公示 and the “一人一档”, 党费 with a yearly 核定 and a quarterly 公示, the “双报到” 报到率 with a quarterly 社区活动, the
积分管理台账 and a half-yearly 反馈, the 流动党员台账 with a quarterly 联系, the “七一”、春节 慰问 and the 纪念章), 基层治理 (the “红色物业”
覆盖率 with the 业委会 党员比例 and the 兜底 of the 里份, fifty 走访 a month with the 签收率, the 办结率 and the 满意率 in bands, a monthly
排查 with the 汉江 巡堤 责任区, the 突击队 and the 化解率, the 一站式 and 错时延时 服务 with the 年初 实事 and six 实事, the 年底 公开 and a
quarterly 关爱服务, two 志愿服务队 with a monthly 志愿服务, the 注册率 and a yearly 评选) and 基础保障 (the 年初 计划 with its 备案, the 半年
小结, the 年底 述职 with the 满意度, a quarterly 公开 of 党务、居务、财务; a deduction-only line on 违纪违法 and 拆迁补偿).

A merged title row, a merged "考核对象：汉中街道所辖各社区党委（党总支）" line and a merged "社区名称：… 考核组长：… 考核日期：" line above the
header 序号 | 考核类别 | 考核指标 | 考核内容 | 计分方法 | 分值 | 考核方式 | 得分. 序号 (FIRST column, numeric cells) RESTARTS at 1 in every
category (ids "1.1" … "5.3"). The categories are MERGED CELLS down the 考核类别 column (SECOND), printed WITH an ordinal and WITH their points
on a SECOND line, "一、党建引领\\n（15分）". 考核指标 is a short sub-label (`Row.indicator`). 分值 comes AFTER the 计分方法, a plain number.
考核方式 (`Row.method`) only says how the 考核组 checks (查阅资料, 平台抽查, 网络巡查, 实地查看, 个别谈话, 查阅会议记录, 查阅档案, 查阅党费
台账, 电话回访, 入户走访, 问卷测评, 区纪委监委、街道纪工委提供): no papers. 得分 is blank. A 合计 row of 100 and a merged 备注 row close the sheet.
Counts in figures and Chinese numerals ("每月开展一次", "每季度组织一次", "每半年专题研究一次", "年内至少完成2个", "不少于2名", "不少于5名",
"不少于3名", "每季度召开一次", "每月召开1次", "每季度召开1次", "党课每季度1次", "每月固定一天", "每年召开一次", "年内…不少于1名", "每两年
至少发展党员1名", "每年核定一次", "每季度…公示一次", "每季度至少参加1次", "每半年…反馈一次", "每季度至少…联系一次", "每月入户走访不少于
50户", "每月开展一次", "不少于1支", "全年办结不少于6件", "每季度至少开展1次", "不少于2支", "每月…不少于1次", "每年开展一次", "每季度公开
一次"); "不少于32学时", "不少于12学时"; "15个工作日内", "5个工作日"; "每300户左右"; "百分之八十", "百分之六十", "100%"; "最高扣" caps; "酌情
扣1-2分" and "酌情扣0.5-1分" twice; one set of bands (a 满意率 for 2 of the 7 points, closed by "85%以下的不得分"); one "实行一票否决，本项不
得分"; four other plain "本项不得分"; one line is deduction-only.
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
    name="zzzj_wuhan_hanzhong_jiedao_shequ_xlsx",
    fmt="xlsx",
    title="硚口区汉中街道党工委2025年度社区党组织党建工作考核评分表",
    numbering="restart",
    sections=(
        Section("党建引领", "一、党建引领\n（15分）", 15, (
            Row("社区党组织每月开展一次集中学习，落实“第一议题”制度；每季度组织一次专题研讨；党员每年参加学习培训不少于32学时，其中网络"
                "学习不少于12学时。", 5,
                "集中学习每少1次扣0.3分；专题研讨每少1次扣0.5分；学时不足的，每人扣0.1分，最高扣1.5分；未落实“第一议题”制度的扣1分。",
                "查阅资料、平台抽查", indicator="理论武装"),
            Row("落实意识形态工作责任制，每半年专题研究一次意识形态工作，并向街道党工委书面报告；社区微信公众号、居民微信群实行“谁建群、"
                "谁负责”，信息发布执行“三审三校”。", 5,
                "专题研究每少1次扣1分；未书面报告的扣0.5分；微信群管理不到位、出现不当言论未及时处置的，酌情扣1-2分；发生意识形态领域重大"
                "问题的，实行一票否决，本项不得分。", "查阅资料、网络巡查", indicator="意识形态"),
            Row("深入开展美好环境与幸福生活共同缔造活动，每个社区年内至少完成2个“共同缔造”示范项目；项目实行决策共谋、发展共建、建设共管、"
                "效果共评、成果共享“五共”工作法，项目方案经居民代表会议讨论通过。", 5,
                "示范项目每少1个扣1.5分；项目方案未经居民代表会议讨论的，每个扣0.5分；群众参与度不高、效果评价差的，酌情扣0.5-1分。",
                "查阅资料、实地查看", indicator="共同缔造"),
        )),
        Section("组织建设", "二、组织建设\n（22分）", 22, (
            Row("社区“两委”成员平均年龄不超过45周岁，其中35周岁以下的不少于2名，大专及以上学历的不少于5名；按照每300户左右配备1名社区工作者"
                "的标准配齐人员；建立后备干部库，储备后备人选不少于3名。", 6,
                "35周岁以下成员、大专以上学历成员不达标的，每项扣1分；社区工作者配备不足的扣1分；后备人选每少1名扣0.5分；班子软弱涣散被列入"
                "整顿名单的，本项不得分。", "查阅资料、个别谈话", indicator="班子队伍"),
            Row("健全“社区大党委—网格党支部—楼栋（里份）党小组—党员中心户”组织体系，网格党支部覆盖率达到100%；吸纳辖区单位党组织负责人担任"
                "社区“大党委”兼职委员不少于3名，“大党委”每季度召开一次联席会议。", 5,
                "网格党支部每缺1个扣0.5分；兼职委员每少1名扣0.5分；联席会议每少1次扣0.5分。", "查阅资料", indicator="组织体系"),
            Row("支部委员会每月召开1次，党员大会每季度召开1次，党小组会每月召开1次，党课每季度1次；会议做到有通知、有签到、有记录；党员参会率"
                "不低于85%。", 6,
                "“三会一课”每少1次扣0.5分，最高扣4分；会议无通知、无签到或记录不全的，每次扣0.2分，最高扣1分；参会率低于85%的，每次扣0.1分，"
                "最高扣1分。", "查阅会议记录", indicator="三会一课"),
            Row("每月固定一天开展主题党日活动，内容贴近社区治理实际；每年召开一次组织生活会，开展民主评议党员，会前开展谈心谈话并征求党员群众"
                "意见，会后15个工作日内将会议情况报街道党工委。", 5,
                "主题党日每少1次扣0.3分；未召开组织生活会的扣2分；未开展民主评议党员的扣1分；谈心谈话、征求意见每缺一项扣0.3分；会议情况未"
                "按时上报的扣0.3分。", "查阅资料", indicator="组织生活"),
        )),
        Section("党员管理", "三、党员管理\n（18分）", 18, (
            Row("年内确定入党积极分子不少于1名；每两年至少发展党员1名，重视从网格员、快递员、外卖骑手等新就业群体中发展党员；发展对象公示"
                "不少于5个工作日，发展党员材料实行“一人一档”。", 5,
                "未确定积极分子的扣1分；两年内未发展党员的扣2分；未公示的扣1分；档案材料缺项的，每项扣0.2分，最高扣1分；违规发展党员的，"
                "本项不得分。", "查阅档案", indicator="发展党员"),
            Row("党员按月交纳党费，社区党组织每年核定一次党费交纳基数，党费收缴情况每季度在党务公开栏公示一次。", 4,
                "未按月交纳的，每人次扣0.1分，最高扣1.5分；未核定基数的扣0.5分；公示每少1次扣0.5分。", "查阅党费台账", indicator="党费管理"),
            Row("在职党员到社区“双报到”率达到100%，每名报到党员每季度至少参加1次社区活动；建立报到党员积分管理台账，每半年向报到党员所在单位"
                "反馈一次积分情况。", 5,
                "报到率每低5个百分点扣0.5分；参加活动不足的，每人次扣0.05分，最高扣2分；无积分管理台账的扣1分；反馈每少1次扣0.5分。",
                "查阅资料、平台抽查", indicator="双报到"),
            Row("建立流动党员台账，每季度至少与流动党员联系一次；“七一”、春节期间走访慰问老党员、生活困难党员；为党龄满50年的老党员及时颁发"
                "“光荣在党50年”纪念章。", 4,
                "无流动党员台账的扣1分；联系每少1次扣0.2分；未开展走访慰问的扣1分；纪念章颁发不及时的扣0.5分。", "查阅资料、电话回访",
                indicator="关怀帮扶"),
        )),
        Section("基层治理", "四、基层治理\n（30分）", 30, (
            Row("推动有物业服务的小区成立党支部或党的工作小组，物业服务企业党的组织覆盖率达到百分之八十；小区业委会（物业管理委员会）成员中"
                "党员比例不低于百分之六十；对无物业的里份和老旧小区落实“红色物业”兜底服务。", 6,
                "覆盖率每低10个百分点扣0.5分；党员比例不达标的，每个小区扣0.3分，最高扣1.5分；兜底服务未落实的，每个扣0.5分；物业矛盾突出"
                "引发群体性上访的，每起扣1分。", "查阅资料、实地查看", indicator="红色物业"),
            Row("网格员每天巡查网格不少于2小时，每月入户走访不少于50户，发现问题及时上报；“民呼我应”平台及12345市民热线工单按时签收率达到"
                "100%，办结率达到95%以上，回访满意率达到90%以上。", 7,
                "入户走访每少1户扣0.02分，最高扣2分；工单未按时签收的，每件扣0.1分；办结率每低1个百分点扣0.2分，最高扣2分；满意率90%以上的"
                "得2分，85%（含）—90%的得1分，85%以下的不得分。", "平台抽查、入户走访", indicator="网格服务"),
            Row("每月开展一次矛盾纠纷排查和消防、燃气、电动车违规充电等安全隐患排查；汛期落实汉江堤段巡堤查险党员责任区，组建党员突击队不少于"
                "1支；矛盾纠纷化解率达到98%以上，不发生“民转刑”案件和重大安全事故。", 6,
                "排查每少1次扣0.3分；党员责任区未落实或未组建突击队的扣1分；化解率每低1个百分点扣0.2分；发生“民转刑”案件或重大安全事故的，"
                "本项不得分。", "查阅资料、实地查看", indicator="平安建设"),
            Row("社区党群服务中心实行“一站式”服务和错时延时服务，节假日安排人员值班；年初通过居民议事会确定年度为民办实事项目，全年办结不少于"
                "6件，办理结果年底向居民公开；每季度至少开展1次“一老一小”关爱服务活动。", 6,
                "未实行错时延时服务的扣1分；节假日无人值班的，每次扣0.3分；无年初实事项目的扣1分；实事每少1件扣0.3分；办理结果未公开的扣"
                "0.5分；关爱服务活动每少1次扣0.3分。", "实地查看、问卷测评", indicator="为民服务"),
            Row("组建社区党员志愿服务队不少于2支，每月开展志愿服务活动不少于1次；在职党员、居民志愿者注册率达到百分之八十；每年开展一次“最美"
                "家庭”“好邻居”评选。", 5,
                "服务队每少1支扣0.5分；志愿服务活动每少1次扣0.2分，最高扣1.5分；注册率每低5个百分点扣0.3分；未开展评选的扣0.5分。",
                "查阅资料", indicator="志愿服务"),
        )),
        Section("基础保障", "五、基础保障\n（15分）", 15, (
            Row("社区党组织书记履行抓党建第一责任人职责，年初制定党建工作计划并报街道党工委备案；年中报送半年工作小结；年底向街道党工委述职，"
                "接受党员群众代表测评，测评满意度达到90%以上。", 6,
                "无年度计划的扣1分；计划未备案的扣0.5分；未报送半年小结的扣0.5分；未述职的扣2分；测评满意度每低5个百分点扣0.5分，最高扣2分。",
                "查阅资料、问卷测评", indicator="责任落实"),
            Row("党务、居务、财务每季度公开一次，公开内容真实完整；党建工作资料分类归档，实行“一本账”管理；党员信息及时录入全国党员管理信息"
                "系统。", 5,
                "公开每少1次扣0.5分；资料归档不规范的，酌情扣0.5-1分；党员信息录入不及时、不准确的，每条扣0.1分，最高扣1分。", "查阅资料",
                indicator="公开与台账"),
            Row("社区“两委”成员违纪违法，或在低保、公租房、拆迁补偿等工作中优亲厚友、弄虚作假（本项为扣分项）。", 4,
                "每发现1起扣2分；被区级以上通报批评的，每次扣1分；社区党组织书记受到党纪政务处分的，本项不得分。",
                "区纪委监委、街道纪工委提供", indicator="负面清单"),
        )),
    ),
)

HEADER = ["序号", "考核类别", "考核指标", "考核内容", "计分方法", "分值", "考核方式", "得分"]
NOTE = ("备注：1.本表由街道党工委于12月下旬组织考核，党建办牵头，社区建设办、平安办、街道纪工委参加；2.各项扣分以该项分值为限，扣完为止；"
        "3.考核得分90分以上的为“好”，80—89分的为“较好”，70—79分的为“一般”，70分以下的为“差”；4.考核结果与社区工作者年度绩效和"
        "“红旗社区党组织”评选挂钩。")


def build(t: Table, path: Path) -> None:
    import openpyxl
    from openpyxl.styles import Alignment, Font

    ncols = len(HEADER)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "社区党建考核"
    center = Alignment(horizontal="center", vertical="center", wrap_text=True)
    wrap = Alignment(vertical="center", wrap_text=True)
    xlsx_title(ws, t.title, ncols, Font(name="宋体", size=16, bold=True), center)
    xlsx_line(ws, "考核对象：汉中街道所辖各社区党委（党总支）", ncols)
    xlsx_line(ws, "社区名称：                考核组长：                考核日期：      年    月    日", ncols)
    xlsx_header(ws, HEADER, ncols)
    first = ws.max_row
    for s in t.sections:
        top = ws.max_row + 1
        for i, row in enumerate(s.rows, 1):
            ws.append([i, s.printed if i == 1 else None, row.indicator, row.text, row.scoring, row.points, row.method, None])
            for c in (4, 5):
                ws.cell(ws.max_row, c).alignment = wrap
            for c in (1, 3, 6, 7):
                ws.cell(ws.max_row, c).alignment = center
        xlsx_merge_down(ws, 2, top, ws.max_row, center)
    xlsx_total_row(ws, t.total, 6, ncols, center)
    xlsx_borders(ws, first, ncols)
    xlsx_note(ws, NOTE, ncols, 40)
    xlsx_widths(ws, (6, 12, 11, 48, 46, 6, 14, 7))
    wb.save(str(path))
