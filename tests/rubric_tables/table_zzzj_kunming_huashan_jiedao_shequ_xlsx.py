"""五华区华山街道党工委2026年度社区党组织党建工作考核评分表 (.xlsx), as a 云南 昆明 五华区 街道党工委 (its 党建办 with the 社区事务办, the
平安办 and the 街道纪工委, a 考核组 going round each 社区 in December) scores the 社区党委 of the old city round 翠湖 and 圆通山: 直管公房 and
old 单位 宿舍 without 物业, a few 商品房 小区, the 云南大学 staff, 游客 crowding 翠湖 on holidays, 少数民族 residents from every 州 of the
province, and the 云南陆军讲武堂 and the 聂耳故居 in the 街道: 党建引领 (a monthly 集中学习 with the “第一议题”, a half-yearly 现场教学 and
32学时 on the “云岭先锋”, the 少数民族群众花名册 with two 宣传活动 in the 宣传月 and five 结对, a half-yearly 研判会 with the 审核登记 and a 一票
否决), 组织建设 (one roster of the “两委” by age and 学历 and one of the 后备 with the 培养档案, the “三会一课” with one 党课 of the 书记, the
签到簿 and the 平台 截图, the monthly 主题党日 with the 参加率, the 组织生活会 with 民主评议 and 谈心谈话, the 小区 党组织 覆盖率 with the 交叉
任职比例, a quarterly 议事协商会 and the 设置文件), 党员管理 (one 积极分子 a year and "每两年至少发展党员1名" with the 票决 and the 公示, 党费 with
a half-yearly 公开, the 流动党员台账 with a quarterly 联系 and two 组织生活, the 报到率 with three 社区服务, a yearly 反馈 and the “七一” 慰问
with its 覆盖率), 社区治理 (forty 走访 a month with the 录入率, the 按期办结率 and the 满意率 in bands, the 物业 覆盖率 with a monthly 联席会议,
a half-yearly 测评 and its 公布, the 居民议事会制度 with a quarterly 议事会, the 年初 清单, eight 项目 and the 年底 公示, a monthly 排查 with a
quarterly 专项检查 and the 化解率, two 志愿服务队 with a monthly 志愿服务, the 服务点 by 翠湖 and 20小时 a head) and 服务保障 (the 党群服务中心
with its 公示 and the 值班表, the 年初 计划 and 责任书, a quarterly 进展, the 半年总结, the 年底 述职 with the 满意率; a deduction-only line on
违纪违法 and 直管公房). Below the 合计, a small 加分项 block the 考核组 awards on its own (not part of the 100 points).

A merged title row, a merged "考核对象：华山街道所辖各社区党委" line and a merged "社区：… 考核组：… 日期：" line above the header 序号 |
考核项目 | 考核内容 | 考核标准 | 分值 | 佐证资料 | 自评分 | 考核组评分. 序号 (FIRST column, numeric cells) runs 1..18 through the whole sheet,
NOT restarting. The categories are MERGED CELLS down the 考核项目 column (SECOND), printed WITHOUT an ordinal and WITH their points on ONE
line, "党建引领（18分）". 分值 comes AFTER the 考核标准, a plain number. 佐证资料 (`Row.method`) names the papers the 社区 lays out, joined by
"、" (once with "现场查看" beside a paper; once a way of checking: 区纪委监委、街道纪工委提供). 自评分 and 考核组评分 are blank. A 合计 row of
100 follows the last item; below it the 加分项 block (its category cell merged down, three rows with 序号 "加1"…"加3", the most each adds in
分值 (2, 2, 1) and the way it adds in its 考核标准 "每篇加1分，最高加2分"…), then a merged 说明 row. Counts in figures and Chinese numerals
("每月开展一次", "每半年至少开展一次", "每年…不少于2次", "每半年召开一次", "每月召开1次", "每季度召开1次", "党课每季度1次",
"每年讲党课不少于1次", "每月固定", "每年召开一次", "每季度至少召开一次", "年内…不少于1名", "每两年至少发展党员1名", "每半年公开一次",
"每季度联系一次", "年内…不少于2次", "每人每年…不少于3次", "每年…反馈一次", "每月入户走访不少于40户", "每月召开一次", "每半年组织一次",
"每季度召开一次", "全年完成项目不少于8个", "每月开展一次", "每季度开展一次", "每月至少开展1次", "每年不少于20小时", "每季度报送一次",
"7月上旬"); "不少于32学时"; "不少于5户", "不少于1名", "不少于4名", "不少于2名", "不少于2支", "不少于300平方米", "不少于6天"; "百分之四十",
"百分之八十", "百分之三十", "100%"; "最高扣" caps; "酌情扣0.5分" three times, "酌情扣0.5-1分" twice and "酌情扣1-2分" once; one set of bands
(a 满意率 for 2 of the 7 points, closed by "85%以下的不得分"); one "实行一票否决，本项不得分"; six other plain "本项不得分"; one line is
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
    name="zzzj_kunming_huashan_jiedao_shequ_xlsx",
    fmt="xlsx",
    title="五华区华山街道党工委2026年度社区党组织党建工作考核评分表",
    numbering="printed",
    sections=(
        Section("党建引领", "党建引领（18分）", 18, (
            Row("社区党组织每月开展一次集中学习，落实“第一议题”制度；用好云南陆军讲武堂、聂耳故居等红色资源，每半年至少开展一次现场教学；"
                "党员通过“云岭先锋”平台学习，年度学时不少于32学时。", 6,
                "集中学习每少1次扣0.3分，最高扣2分；现场教学每少1次扣0.5分；平台学时不足的，每人扣0.1分，最高扣1.5分；“第一议题”落实不到位"
                "的，酌情扣0.5分。", "学习记录、现场教学照片、平台学时截图"),
            Row("深化民族团结进步示范社区创建，建立辖区少数民族群众花名册；每年“民族团结进步宣传月”期间开展宣传活动不少于2次；开展“民族团结"
                "一家亲”结对认亲活动，党员与少数民族困难家庭结对不少于5户。", 6,
                "无少数民族群众花名册的扣1分；宣传活动每少1次扣0.5分；结对每少1户扣0.3分；创建工作未达到区级示范标准的，酌情扣1-2分；发生"
                "影响民族团结事件的，本项不得分。", "少数民族群众花名册、活动照片、结对名单"),
            Row("每半年召开一次意识形态工作分析研判会；社区宣传栏、电子屏、居民微信群内容发布实行审核登记；翠湖周边游客服务点落实文明旅游"
                "宣传引导。", 6,
                "研判会每少1次扣1分；内容发布未审核登记的，每次扣0.5分，最高扣2分；宣传引导不到位的，酌情扣0.5-1分；发生意识形态事件的，实行"
                "一票否决，本项不得分。", "研判会记录、审核登记表"),
        )),
        Section("组织建设", "组织建设（22分）", 22, (
            Row("社区“两委”成员中35周岁以下的不少于1名、大学专科及以上学历的不少于4名；党组织书记具有3年以上社区工作经历；储备35周岁以下"
                "后备人才不少于2名，建立培养档案。", 6,
                "年龄、学历每项不达标扣1分；后备人才每少1名扣1分；未建立培养档案的扣0.5分；班子软弱涣散被列为整顿对象的，本项不得分。",
                "“两委”成员花名册、后备人才名册、培养档案"),
            Row("支部委员会每月召开1次，党员大会每季度召开1次，党小组会每月召开1次，党课每季度1次；社区党组织书记每年讲党课不少于1次；会议"
                "情况在“云岭先锋”平台及时纪实，记录完整。", 6,
                "“三会一课”每少1次扣0.5分，最高扣4分；书记未讲党课的扣1分；平台纪实不及时、记录不完整的，每次扣0.1分，最高扣1分。",
                "会议记录本、签到簿、平台截图"),
            Row("每月固定开展主题党日，党员参加率不低于85%；每年召开一次组织生活会，开展民主评议党员，会前谈心谈话全覆盖；评定为“不合格”的"
                "党员按规定稳妥处置。", 5,
                "主题党日每少1次扣0.3分；参加率低于85%的，每次扣0.1分；未召开组织生活会的扣2分；未开展民主评议的扣1分；谈心谈话未全覆盖的扣"
                "0.5分；不合格党员处置不当的，酌情扣0.5分。", "主题党日记录、签到簿、谈心谈话记录"),
            Row("在物业小区、直管公房片区建立党支部或党小组，党组织覆盖率达到100%；推行小区党支部书记兼任业委会主任，交叉任职比例不低于"
                "百分之四十；每个小区党支部每季度至少召开一次议事协商会。", 5,
                "覆盖率每低10个百分点扣0.5分；交叉任职比例未达到要求的扣1分；议事协商会每少1次扣0.2分，最高扣1.5分。",
                "党组织设置文件、议事协商会记录"),
        )),
        Section("党员管理", "党员管理（16分）", 16, (
            Row("年内确定入党积极分子不少于1名；每两年至少发展党员1名；发展党员坚持“双推双评三票决”，发展对象公示期不少于5个工作日。", 5,
                "未确定积极分子的扣1分；两年内未发展党员的扣2分；未实行票决的扣1分；未公示的扣1分；违规发展党员的，本项不得分。",
                "发展党员档案、票决记录、公示照片"),
            Row("党员按月交纳党费，党费收缴台账规范；党费收缴情况每半年公开一次；建立流动党员管理台账，每季度联系一次流动党员，流动党员年内"
                "参加组织生活不少于2次。", 5,
                "未按月交纳的，每人次扣0.1分，最高扣1分；公开每少1次扣0.5分；无流动党员台账的扣1分；联系每少1次扣0.2分；流动党员参加组织生活"
                "不足2次的，每人扣0.2分，最高扣1分。", "党费收缴台账、流动党员台账、联系记录"),
            Row("在职党员到社区报到率达到100%，每人每年参加社区服务不少于3次；社区每年向报到党员所在单位反馈一次；“七一”前后对老党员、困难"
                "党员开展走访慰问，慰问覆盖率达到100%。", 6,
                "报到率每低5个百分点扣0.5分；参加服务不足3次的，每人扣0.1分，最高扣2分；未反馈的扣1分；慰问覆盖率未达到100%的扣1分。",
                "报到党员名册、服务记录、反馈函、慰问照片"),
        )),
        Section("社区治理", "社区治理（28分）", 28, (
            Row("全面落实“网格化管理、组团式服务”，专职网格员每月入户走访不少于40户，民情信息录入率达到100%；网格事件按期办结率达到95%以上，"
                "12345热线工单满意率达到90%以上。", 7,
                "入户走访不足40户的，每人每月扣0.1分，最高扣2分；录入率每低1个百分点扣0.1分；按期办结率每低1个百分点扣0.2分，最高扣2分；满意"
                "率90%以上的得2分，85%（含）—90%的得1分，85%以下的不得分。", "走访台账、平台数据"),
            Row("推动物业服务企业建立党组织或选派党建指导员，覆盖率达到百分之八十；每月召开一次社区党组织、业委会、物业服务企业“三方联席"
                "会议”；每半年组织一次物业服务满意度测评，测评结果向居民公布。", 6,
                "覆盖率每低10个百分点扣0.5分；联席会议每少1次扣0.3分，最高扣2分；测评每少1次扣0.5分；测评结果未公布的扣0.5分。",
                "联席会议纪要、测评表、公布照片"),
            Row("健全居民议事会制度，每季度召开一次居民议事会；年初通过“居民点单、社区派单、党员接单”形成为民服务项目清单，全年完成项目不少于"
                "8个；项目完成情况年底在社区公示。", 5,
                "无居民议事会制度的扣1分；议事会每少1次扣0.3分；无年初项目清单的扣1分；项目每少1个扣0.3分；未公示的扣0.5分。",
                "议事会制度、会议记录、项目清单、公示照片"),
            Row("每月开展一次矛盾纠纷和消防、燃气安全隐患排查，老旧直管公房片区每季度开展一次消防安全专项检查；矛盾纠纷化解率达到98%以上；"
                "辖区不发生重大安全事故和群体性事件。", 5,
                "排查每少1次扣0.3分；专项检查每少1次扣0.5分；化解率每低1个百分点扣0.2分；发生重大安全事故或群体性事件的，本项不得分。",
                "排查台账、检查记录、调解台账"),
            Row("组建党员志愿服务队不少于2支，在翠湖、圆通山等游客集中区域设立党员志愿服务点，节假日每天开展服务；社区每月至少开展1次志愿服务"
                "活动，志愿者人均服务时长每年不少于20小时。", 5,
                "服务队每少1支扣0.5分；未设立服务点的扣1分；节假日服务未落实的，酌情扣0.5分；志愿服务活动每少1次扣0.2分；人均时长不足的扣"
                "0.5分。", "服务队名单、活动照片、志愿服务时长记录"),
        )),
        Section("服务保障", "服务保障（16分）", 16, (
            Row("社区党群服务中心面积不少于300平方米，办公用房不超过总面积的百分之三十；实行错时延时服务，每周开放不少于6天；服务事项清单、"
                "值班人员信息公示上墙。", 5,
                "面积、用房比例不达标的，酌情扣0.5-1分；未实行错时延时服务的扣1分；开放时间不足的扣1分；未公示的扣0.5分；阵地闲置的，本项"
                "不得分。", "值班表、现场查看"),
            Row("社区党组织书记年初向街道党工委报送党建工作计划，签订党建工作责任书；每季度报送一次党建工作进展；7月上旬报送半年总结；年底向"
                "街道党工委述职，党员群众满意率不低于90%。", 7,
                "无年度计划的扣1分；未签订责任书的扣0.5分；进展每少报1次扣0.3分；未报送半年总结的扣0.5分；未述职的扣2分；满意率每低5个百分点"
                "扣0.5分，最高扣2分。", "工作计划、责任书、半年总结、述职报告、测评表"),
            Row("社区工作人员违纪违法，或在直管公房管理、低保审核等工作中优亲厚友、吃拿卡要（本项为扣分项）。", 4,
                "经查实的，每起扣2分；被区级以上通报的，每次扣1分；社区党组织书记受到党纪处分的，本项不得分。", "区纪委监委、街道纪工委提供"),
        )),
    ),
)

HEADER = ["序号", "考核项目", "考核内容", "考核标准", "分值", "佐证资料", "自评分", "考核组评分"]
BONUS = (
    ("加1", "社区党建工作经验做法被省级以上党建刊物、主流媒体刊发推广的。", "每篇加1分，最高加2分。", 2, "刊发原件或截图"),
    ("加2", "社区党组织或党员获得市级以上表彰的。", "市级加1分，省级以上加2分，最高加2分。", 2, "表彰文件"),
    ("加3", "社区成功创建省级以上民族团结进步示范社区的。", "加1分。", 1, "命名文件"),
)
NOTE = ("说明：1.本表由街道党工委于12月组织考核，采取查阅资料、现场查看、入户走访、问卷测评相结合的方式；2.各项扣分以该项分值为限，扣完"
        "为止；3.加分项另行计算，总分不超过105分；4.考核结果分为“好”“较好”“一般”“差”四个等次，作为社区党组织书记年度考核和社区工作者"
        "绩效奖励的重要依据。")


def build(t: Table, path: Path) -> None:
    import openpyxl
    from openpyxl.styles import Alignment, Font

    ncols = len(HEADER)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "考核评分表"
    center = Alignment(horizontal="center", vertical="center", wrap_text=True)
    wrap = Alignment(vertical="center", wrap_text=True)
    xlsx_title(ws, t.title, ncols, Font(name="方正小标宋简体", size=16), center)
    xlsx_line(ws, "考核对象：华山街道所辖各社区党委", ncols)
    xlsx_line(ws, "社区：                考核组：                日期：", ncols)
    xlsx_header(ws, HEADER, ncols)
    first = ws.max_row
    number = 0
    for s in t.sections:
        top = ws.max_row + 1
        for i, row in enumerate(s.rows):
            number += 1
            ws.append([number, s.printed if i == 0 else None, row.text, row.scoring, row.points, row.method, None, None])
            for c in (3, 4, 6):
                ws.cell(ws.max_row, c).alignment = wrap
            for c in (1, 5):
                ws.cell(ws.max_row, c).alignment = center
        xlsx_merge_down(ws, 2, top, ws.max_row, center)
    xlsx_total_row(ws, t.total, 5, ncols, center)
    top = ws.max_row + 1
    for i, (number_text, text, scoring, points, method) in enumerate(BONUS):
        ws.append([number_text, "加分项" if i == 0 else None, text, scoring, points, method, None, None])
        for c in (3, 4, 6):
            ws.cell(ws.max_row, c).alignment = wrap
    xlsx_merge_down(ws, 2, top, ws.max_row, center)
    xlsx_borders(ws, first, ncols)
    xlsx_note(ws, NOTE, ncols, 40)
    xlsx_widths(ws, (6, 12, 46, 46, 6, 22, 7, 8))
    wb.save(str(path))
