"""中共丹棱县张场镇委员会2025年度村党组织党建引领乡村治理考核评分表 (.xlsx), as a 四川 眉山 丹棱 丘陵 镇党委 (its 党建办 with the 综治
中心, the 农业服务中心 and the 镇纪委, a 考核组 going round each 村 in December) scores the 村党总支 and 党支部 among the 柑橘 hills, where
the 丑柑（不知火） grows on every slope, the young work in 成都 and 眉山, the 院落 gather for a “院坝会” and the 山洪 come in the 汛期: 组织振兴
(one roster of the “两委” by age and 学历 with the 书记's five days of 培训, the “三会一课” with the monthly 主题党日 and the “云支部” 截图,
“每两年至少发展1名” with the 后备力量 under 35, 党费 with the 设岗率, a quarterly 联系 and the 年底 返乡座谈会), 治理有效 (the 村民议事会 制度
with the 党员占比, four 议事会 and the 执行率, the 院落 党小组 覆盖率 with a quarterly “院坝会” and the 办结率 in bands, a monthly 矛盾纠纷排查
with the 调解成功率 and the 法律顾问's monthly visit, the 积分制 with a quarterly 公示 and a half-yearly 兑换, the 村规民约 and the 简办率,
the 网格 with the monthly 走访 全覆盖 and the 巡查记录), 产业发展 (the 经营性收入 and its 增长率, each in bands, the 合作社 with the 入社率
and two 培训, a monthly “清洁家园” 志愿服务 with the 覆盖率 and a half-yearly 评选 with its 公布) and 为民服务 (the 坐班 with the 办结率, three
实事 with the 年初 and 年底 公布, the 结对帮扶 覆盖率 with a monthly 走访, the “七一”、春节 慰问 and a 一票否决, a 满意度 in bands), then 责任落实
(the 年初 责任书 and 计划, a 推进会 in the middle of the year and the 年终 述职; a deduction-only line on 优亲厚友 and 秸秆焚烧).

A merged title row and a merged "考核对象：全镇各村党总支（党支部）" line above the header 序号 | 考核指标 | 考核要点 | 评分标准 | 分值 | 佐证资料
| 考核得分. Each category is a SECTION ROW merged across the sheet, printed WITH a bracketed ordinal and its points on one line, "（一）组织
振兴（22分）". 序号 (FIRST column, numeric cells) RESTARTS at 1 under every section row (ids "1.1" … "5.2"). 考核指标 is a short sub-label
(`Row.indicator`). 分值 comes AFTER the 评分标准, a plain number. 佐证资料 (`Row.method`) names the papers the 村 lays out, joined by "、"
(twice a way of checking: 镇党委组织测评, 镇纪委、镇应急办提供). 考核得分 is blank. A 合计 row of 100 and a merged 说明 row close the sheet.
Counts in figures and Chinese numerals ("每季度至少联系一次", "年底前召开一次", "每季度召开一次", "每季度公示一次", "每半年开展一次", "每月
至少上门走访一次", "每两年至少发展1名"); "不少于5天", "不少于4次", "不少于2期", "不少于3件"; "最高扣" caps; "酌情扣1-2分", "酌情扣1分" and
"酌情扣0.5-1分" twice; four sets of bands (an 办结率, an 经营性收入 in 万元, an 增长率 and a 满意度, each closed by "…不得分"); one "实行一票
否决，本项不得分"; three plain "本项不得分"; one line is deduction-only.
"""

from __future__ import annotations

from pathlib import Path

from .build_helpers import (
    xlsx_borders,
    xlsx_header,
    xlsx_line,
    xlsx_note,
    xlsx_title,
    xlsx_total_row,
    xlsx_widths,
)
from .model import Row, Section, Table

TABLE = Table(
    name="zzzc_danling_zhangchang_zhen_cun_zhili_xlsx",
    fmt="xlsx",
    title="中共丹棱县张场镇委员会2025年度村党组织党建引领乡村治理考核评分表",
    numbering="restart",
    sections=(
        Section("组织振兴", "（一）组织振兴（22分）", 22, (
            Row("村“两委”班子成员中45周岁以下的不少于2名，高中（中专）及以上学历的不少于3名；村党组织书记每年参加县级以上集中培训不少于"
                "5天。", 5,
                "45周岁以下成员不足2名的扣1分；高中（中专）及以上学历成员每少1名扣0.5分；书记培训时间不足5天的扣1分；班子不团结、战斗力"
                "不强的，酌情扣1-2分。", "“两委”成员名册、培训证书", indicator="班子队伍"),
            Row("严格落实“三会一课”：支部委员会每月召开1次，党员大会每季度召开1次，党小组会每月召开1次，党课每季度1次；每月10日开展"
                "“主题党日”，外出务工党员通过“云支部”线上参加。", 6,
                "“三会一课”每少1次扣0.5分，最高扣3分；主题党日每少1次扣0.3分；无外出党员线上参学记录的扣0.5分；会议记录不规范、代记补记"
                "的，酌情扣1分。", "会议记录本、签到表、线上参学截图", indicator="组织生活"),
            Row("坚持“控制总量、优化结构”，每两年至少发展1名党员，注重从返乡青年、致富带头人、退役军人中发展；储备35周岁以下村级后备力量"
                "不少于2名。", 5,
                "两年内未发展党员的扣2分；后备力量每少1名扣0.5分；违规发展党员的，本项不得分。", "发展党员档案、后备力量名册",
                indicator="队伍建设"),
            Row("党员按月足额交纳党费；开展无职党员设岗定责，设岗率达到90%以上；对外出务工党员每季度至少联系一次，年底前召开一次外出党员"
                "返乡座谈会。", 6,
                "党费未按月交纳的，每人次扣0.1分，最高扣1分；设岗率每低10个百分点扣0.5分；联系每少1次扣0.2分；未召开返乡座谈会的扣1分。",
                "党费收缴台账、设岗定责名单、联系记录、座谈会照片", indicator="党员管理"),
        )),
        Section("治理有效", "（二）治理有效（30分）", 30, (
            Row("完善村党组织领导下的村民议事会制度，村民议事会成员中党员占比不低于40%；村级重大事项严格落实“四议两公开”，全年召开村民"
                "议事会不少于4次，议事决议执行率达到100%。", 7,
                "未建立村民议事会制度的扣1分；党员占比低于40%的扣1分；重大事项未履行“四议两公开”程序的，每件扣1分；议事会每少1次扣0.5分；"
                "决议执行率每低10个百分点扣0.5分。", "议事会成员名单、会议记录、公开栏照片", indicator="议事协商"),
            Row("以院落（村民小组）为单元建立院落党小组或党员中心户，实现全覆盖；每季度召开一次“院坝会”，宣传政策、收集民意、协商院落"
                "事务；院坝会收集的群众诉求办结率达到90%以上。", 6,
                "院落党小组（党员中心户）覆盖率每低10个百分点扣0.5分；院坝会每少1次扣0.5分，最高扣2分；办结率90%以上的得2分，80%（含）—"
                "90%的得1分，80%以下的不得分。", "院坝会记录、诉求台账、活动照片", indicator="院落治理"),
            Row("坚持“小事不出组、大事不出村、矛盾不上交”，村调委会每月开展一次矛盾纠纷排查，调解成功率达到96%以上；落实“一村一法律顾问”，"
                "法律顾问每月到村服务不少于1次。", 6,
                "排查每少1次扣0.3分；调解成功率每低1个百分点扣0.5分，最高扣2分；法律顾问到村服务每少1次扣0.2分；发生越级上访、群体性事件"
                "或“民转刑”案件的，每起扣2分。", "排查台账、调解卷宗、法律顾问服务记录", indicator="矛盾调解"),
            Row("推行乡村治理积分制，积分评定结果每季度公示一次，每半年开展一次积分兑换；发挥红白理事会作用，修订完善村规民约，婚丧事宜"
                "简办率达到90%以上。", 6,
                "未推行积分制的扣1分；积分公示每少1次扣0.5分；积分兑换每少1次扣0.5分；村规民约未修订完善的扣1分；简办率每低10个百分点扣"
                "0.5分；出现大操大办、高价彩礼被县级以上通报的，每起扣1分。", "积分台账、公示照片、村规民约", indicator="移风易俗"),
            Row("全村划分若干网格，每个网格配备1名网格员（党员优先），网格员每月走访农户实现全覆盖，对独居老人、留守儿童、困难群众每周至少"
                "探访1次；汛期对山洪地质灾害隐患点实行每日巡查。", 5,
                "网格员配备不到位的，每个网格扣0.5分；月度走访未全覆盖的，每次扣0.3分；重点人群探访不到位的，酌情扣0.5-1分；汛期巡查不"
                "到位的扣1分；因巡查不到位造成人员伤亡的，本项不得分。", "网格员名单、走访记录、巡查记录", indicator="网格管理"),
        )),
        Section("产业发展", "（三）产业发展（20分）", 20, (
            Row("发展壮大村级集体经济，村集体经营性收入达到20万元以上，经营性收入增长率达到10%以上。", 7,
                "经营性收入50万元以上的得5分，20万元（含）至50万元的得4分，10万元（含）至20万元的得2分，10万元以下的不得分；增长率10%以上"
                "的得2分，增长但不足10%的得1分，未增长的不得分。", "村级财务报表", indicator="集体经济"),
            Row("围绕丑柑（不知火）等特色柑橘产业，村党组织领办专业合作社，农户入社率达到60%以上；每年组织柑橘种植技术培训不少于2期；党员"
                "示范户带头推广新品种、新技术。", 7,
                "未领办合作社的扣2分；入社率每低10个百分点扣0.5分；培训每少1期扣1分；党员示范户带动作用不明显的，酌情扣0.5-1分。",
                "合作社营业执照、入社农户名册、培训签到表、培训照片", indicator="产业带动"),
            Row("党员带头开展人居环境整治，每月组织一次“清洁家园”党员志愿服务；农村生活垃圾收运处置体系覆盖率达到100%；“卫生户”评选每半年"
                "开展一次，评选结果张榜公布。", 6,
                "志愿服务每少1次扣0.3分；覆盖率未达到100%的扣1分；评选每少1次扣0.5分；评选结果未公布的扣0.5分；被县级以上暗访通报的，每次"
                "扣1分。", "活动照片、评选结果公布照片", indicator="人居环境"),
        )),
        Section("为民服务", "（四）为民服务（16分）", 16, (
            Row("村党群服务中心落实村干部轮流坐班和“全程代办”，代办事项办结率达到98%以上；每年为民办实事不少于3件，年初公布实事项目，年底"
                "公布完成情况。", 6,
                "未落实坐班制度的扣1分；代办事项办结率每低1个百分点扣0.2分，最高扣1分；实事每少1件扣0.5分；年初、年底未公布的，每次扣"
                "0.5分。", "坐班值班表、代办台账、公示照片", indicator="便民服务"),
            Row("对脱贫户和监测对象落实党员结对帮扶，结对覆盖率达到100%，帮扶党员每月至少上门走访一次；“七一”、春节期间走访慰问老党员、"
                "困难党员。", 5,
                "结对覆盖率每低10个百分点扣1分；走访每少1次扣0.2分，最高扣2分；未开展走访慰问的扣1分；发生规模性返贫的，实行一票否决，本项"
                "不得分。", "结对帮扶名单、走访记录、慰问照片", indicator="关爱帮扶"),
            Row("镇党委年底组织群众满意度测评，每村随机抽取农户不少于30户，村党组织群众满意度达到90%以上。", 5,
                "满意度95%以上的得5分，90%（含）—95%的得4分，85%（含）—90%的得3分，80%（含）—85%的得1分，80%以下的不得分。",
                "镇党委组织测评", indicator="群众满意"),
        )),
        Section("责任落实", "（五）责任落实（12分）", 12, (
            Row("村党组织书记年初签订党建引领乡村治理责任书，制定年度工作计划；村“两委”年中召开一次工作推进会；村党组织书记年终向镇党委"
                "述职。", 6,
                "未签订责任书的扣1分；无年度工作计划的扣1分；未召开推进会的扣1分；未述职的扣2分。", "责任书、工作计划、会议记录、述职报告",
                indicator="责任落实"),
            Row("村干部在惠农资金发放、低保评定、项目建设中优亲厚友、截留挪用，或村内发生秸秆焚烧、森林火灾被通报（本项为扣分项）。", 6,
                "村干部受到党纪政务处分的，每人次扣3分；秸秆焚烧、森林火灾被县级以上通报的，每次扣1分；村党组织书记受到处分或村内发生重大"
                "安全事故的，本项不得分。", "镇纪委、镇应急办提供", indicator="负面清单"),
        )),
    ),
)

HEADER = ["序号", "考核指标", "考核要点", "评分标准", "分值", "佐证资料", "考核得分"]
NOTE = ("说明：1.本表由镇党委于12月组织考核，镇纪委、综治中心、农业服务中心参加，采取查阅资料、实地察看、入户走访、群众测评相结合的"
        "方式；2.各项扣分以该项分值为限，扣完为止；3.考核得分90分以上的为“好”，80—89分的为“较好”，70—79分的为“一般”，70分以下的"
        "为“差”，评为“差”的村党组织列入软弱涣散排查范围；4.考核结果与村干部绩效报酬、评先评优挂钩。")


def build(t: Table, path: Path) -> None:
    import openpyxl
    from openpyxl.styles import Alignment, Font

    ncols = len(HEADER)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "村党组织考核"
    center = Alignment(horizontal="center", vertical="center", wrap_text=True)
    wrap = Alignment(vertical="center", wrap_text=True)
    xlsx_title(ws, t.title, ncols, Font(name="黑体", size=16, bold=True), center)
    xlsx_line(ws, "考核对象：全镇各村党总支（党支部）", ncols)
    xlsx_header(ws, HEADER, ncols)
    first = ws.max_row
    for s in t.sections:
        xlsx_line(ws, s.printed, ncols)
        ws.cell(ws.max_row, 1).font = Font(bold=True)
        for number, row in enumerate(s.rows, 1):
            ws.append([number, row.indicator, row.text, row.scoring, row.points, row.method, None])
            for c in (3, 4, 6):
                ws.cell(ws.max_row, c).alignment = wrap
            for c in (1, 2, 5):
                ws.cell(ws.max_row, c).alignment = center
    xlsx_total_row(ws, t.total, 5, ncols, center)
    xlsx_borders(ws, first, ncols)
    xlsx_note(ws, NOTE, ncols, 52)
    xlsx_widths(ws, (6, 11, 48, 48, 6, 22, 8))
    wb.save(str(path))
