"""海伦市海北镇2025年度村党支部党建工作考核评分表 (.xlsx), as the 镇党委 of 黑龙江 绥化 海伦 海北 (its 党建办 with the 农业综合服务中心, the
综治中心, the 应急办 and the 镇纪委, a 考核组 going round the 村 in December when the 猫冬 begins) scores the 村党支部 of the 黑土地 plain: 大豆
and 玉米 fields to the horizon, the 农机合作社 with their 大马力 tractors and 免耕播种机, the 秸秆 that must not be burnt in the autumn when the
卫星 watches for 火点, the 火炕 and 土暖气 of the winter and the 一氧化碳 that kills, the 雪 that must be cleared from the 村 roads, the young
gone to 哈尔滨, 大连 and 山东 for work and reached on 微信 and 视频, the 党员 who are old: a table whose 考核内容 prints the requirements, every
figure printed there, whose 评分标准 gives one short deduction a clause, and whose 佐证材料 names the papers the 支部 lays out: 班子建设 (one roster
of the “两委” by age and 学历 with the “一肩挑”, two 后备力量 with a half-yearly 考察; the 书记's 党课, the 在岗 days, the 报备 and the 年底 述职;
the “四议两公开”, a quarterly 监委会 会议 and the 小微权力清单), 组织生活 (the “三会一课” with the 冬季 集中 and the 视频; the 主题党日 of the 15日
with its “四有” and two 助农 志愿服务 a year; the 组织生活会 with 谈心谈话, 征求意见, 民主评议 and the 备案; the 积分 with a quarterly 公示, the
年底 评选 and the 谈话提醒), 党员队伍 (one 积极分子 a year, "每两年至少发展党员1名", the “一人一档”, the 公示 and a 一票否决; 党费, the 流动党员台账
with a quarterly 联系 and the 失联; the 冬训 of 3天, a monthly 远程教育 and the 送学上门; the “党员联户” with a monthly 走访 and the 联户台账),
产业发展 (the 经营性收入 in bands of 万元 with the 清查, the 发包合同, the 村民代表会议 and the 公示; the 合作社 with the 入社比例, the 保护性耕作
比例 and two 培训 a year; the 禁烧 值班表, the 火点, a monthly 冬季 排查 and a 一票否决; a monthly “村庄清洁行动”, the 清雪 and the 通报), and 基层
治理 (a quarterly 公开 and a monthly 财务公开 with the 惠农补贴 and the 照片; a monthly 排查 with the 调解成功率, the 专人, no 宗教 and a 一票否决;
the 村规民约 with its 备案, the 红白理事会 and a yearly 评选; the 年初 计划, the 年终 总结 and the 满意度).

A merged title row, a merged "考核对象：海北镇所辖各村党支部" line and a merged "村名： 考核组： 考核日期：" line above the header 考核类别 | 序号 |
考核内容 | 评分标准 | 分值 | 佐证材料 | 自评得分 | 考核得分. The categories are MERGED CELLS down the 考核类别 column (FIRST), printed WITH an ordinal
and their points on one line, "一、班子建设（16分）". 序号 (SECOND column) RESTARTS at 1 in every category (ids "1.1" … "5.4"). The 考核内容 is
long, every requirement printed there; the 评分标准 is short, one deduction a clause, mostly without repeating the figure, and comes BEFORE the
分值 (a plain number). 佐证材料 (`Row.method`) names the papers the 支部 lays out, joined by "、". 自评得分 and 考核得分 are blank. A 合计 row of
100 and a merged 说明 row close the sheet. Counts in figures and Chinese numerals, nearly all in the 考核内容 ("每半年考察一次", "每年…不少于1次",
"每月在岗履职不少于22天", "年底", "每季度至少召开1次", "支部党员大会每季度召开1次，支部委员会每月召开1次，党小组会每月召开1次，党课每季度1次",
"每月15日", "春播、秋收时节…不少于2次", "每年召开一次", "按月", "每季度…公示一次", "年底", "年内…不少于1名", "每两年至少发展党员1名", "按月",
"每季度至少联系一次", "每年11月至次年3月", "不少于3天", "每月…一次", "3至5户", "每月至少走访一次", "每年…不少于2期", "每月开展一次", "每月…
不少于1次", "48小时内", "每季度公开一次", "每月公开一次", "每月开展一次", "每年开展一次", "年初", "年终"); "不少于2名", "不少于1名", "不少于1个";
"10万元以上" with bands of 万元; "百分之三十", "百分之六十", "百分之九十五", "百分之八十五"; "每缺一项扣1分" once, "缺一项扣0.1分" once, "每缺1份扣
0.3分" once; "最高扣" caps; "酌情扣0.5分" twice and "酌情扣0.5-1分" once; one set of bands (the 经营性收入 for 4 of the 8 points, closed by "10万元
以下的不得分"); three "实行一票否决，本项不得分"; no other "本项不得分".
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
    name="zzzx_hailun_haibei_zhen_cun_dangzhibu_xlsx",
    fmt="xlsx",
    title="海伦市海北镇2025年度村党支部党建工作考核评分表",
    numbering="restart",
    sections=(
        Section("班子建设", "一、班子建设（16分）", 16, (
            Row("村“两委”成员中45周岁以下的不少于2名、大专及以上学历的不少于1名；村党支部书记、村委会主任“一肩挑”；储备村级后备力量不少于2名，"
                "每半年考察一次。", 6,
                "年龄、学历结构每缺一项扣1分；未实行“一肩挑”的扣1分；后备力量每少1名扣0.5分；考察每少1次扣0.3分。",
                "“两委”成员花名册、后备力量名册、考察记录"),
            Row("村党支部书记每年为党员讲党课不少于1次；每月在岗履职不少于22天，离村外出向镇党委报备；年底向镇党委述职并接受党员群众评议。", 5,
                "未讲党课的扣1分；在岗时间不足的，每少1天扣0.1分，最高扣1分；外出未报备的，每次扣0.5分；未述职的扣2分。",
                "党课讲稿、外出报备登记、述职报告"),
            Row("村级重大事项严格执行“四议两公开”；村务监督委员会每季度至少召开1次会议，列席村“两委”会议；公布村级小微权力清单。", 5,
                "重大事项未履行“四议两公开”程序的，每件扣1分，最高扣3分；监委会会议每少1次扣0.3分；未公布小微权力清单的扣0.5分。",
                "“四议两公开”会议记录、监委会会议记录、权力清单公布照片"),
        )),
        Section("组织生活", "二、组织生活（22分）", 22, (
            Row("支部党员大会每季度召开1次，支部委员会每月召开1次，党小组会每月召开1次，党课每季度1次；冬季农闲期间集中开展组织生活，外出党员"
                "通过视频方式参加。", 6,
                "每少1次扣0.5分，最高扣4分；会议记录不规范的，每次扣0.2分，最高扣1分；外出党员未组织参加的，酌情扣0.5分。",
                "会议记录本、签到表"),
            Row("每月15日开展主题党日，做到有方案、有签到、有记录、有照片；春播、秋收时节组织党员开展助农志愿服务不少于2次。", 5,
                "主题党日每少1次扣0.3分，最高扣2分；“四有”资料缺一项扣0.1分，最高扣1分；助农志愿服务每少1次扣0.5分。",
                "活动方案、签到表、活动照片"),
            Row("每年召开一次组织生活会，会前支部书记与支委委员、支委委员与党员之间开展谈心谈话，广泛征求群众意见；开展民主评议党员，评议结果"
                "报镇党委备案；对年老体弱党员上门谈心。", 6,
                "未召开组织生活会的扣2分；未开展谈心谈话的扣1分；未征求意见的扣0.5分；未开展民主评议的扣1分；未备案的扣0.5分。",
                "谈心谈话记录、征求意见表、民主评议表、备案回执"),
            Row("推行党员积分制管理，设置基础分、奖励分、扣减分，按月登记，每季度在村务公开栏公示一次；年底按积分评选“十星级党员”，对积分排名"
                "靠后的党员由支部书记谈话提醒。", 5,
                "未实行积分管理的扣2分；未按月登记的，酌情扣0.5分；公示每少1次扣0.3分；年底未评选的扣0.5分；未谈话提醒的扣0.5分。",
                "积分登记册、公示照片、评选结果"),
        )),
        Section("党员队伍", "三、党员队伍（18分）", 18, (
            Row("年内确定入党积极分子不少于1名，注重从致富能手、返乡大学生、退役军人中培养；每两年至少发展党员1名；发展党员严格执行“五个阶段"
                "二十五个步骤”，落实政治审查、集体讨论和公示制度，材料“一人一档”。", 6,
                "未确定积极分子的扣1分；两年内未发展党员的扣2分；档案材料每缺1份扣0.3分，最高扣1.5分；未公示的扣1分；违反程序、“带病入党”的，"
                "实行一票否决，本项不得分。", "入党申请书、积极分子考察登记表、政审材料、公示照片"),
            Row("党员按月交纳党费，可通过微信、银行转账交纳；建立外出流动党员台账，每季度至少联系一次，掌握外出党员务工地点和思想状况。", 4,
                "未按月交纳的每人次扣0.1分，最高扣1分；无流动党员台账的扣1分；联系每少1次扣0.2分；外出党员失联超过6个月的，每人扣0.5分。",
                "党费收缴台账、流动党员台账、联系记录"),
            Row("每年11月至次年3月开展党员冬训，集中培训不少于3天；每月组织党员收看远程教育节目一次；为行动不便的老党员送学上门。", 4,
                "冬训时间不足的扣1分；远程教育每少1次扣0.2分，最高扣1分；未送学上门的扣0.5分。", "冬训方案、签到表、远程教育收看记录"),
            Row("开展“党员联户”，有帮带能力的党员每人联系3至5户群众，每月至少走访一次；建立联户台账，帮助群众解决实际困难。", 4,
                "未开展党员联户的扣2分；走访每少1次扣0.1分，最高扣1分；无联户台账的扣1分。", "联户台账、走访记录"),
        )),
        Section("产业发展", "四、产业发展（24分）", 24, (
            Row("发展壮大村级集体经济，年经营性收入达到10万元以上；开展集体资产资源清查，机动地、“四荒地”发包合同规范；集体收益分配方案经村民"
                "代表会议讨论通过并公示。", 8,
                "年经营性收入30万元以上的得4分，20万元（含）—30万元的得3分，10万元（含）—20万元的得2分，10万元以下的不得分；未开展清查的扣1分；"
                "发包合同不规范的，每份扣0.2分，最高扣1分；分配方案未经村民代表会议讨论的扣1分；未公示的扣1分。",
                "资产清查台账、发包合同、村民代表会议记录、公示照片"),
            Row("村党支部领办农机、种植专业合作社不少于1个，带动农户入社比例达到百分之三十；推广秸秆还田、免耕播种等保护性耕作，保护性耕作面积"
                "占耕地面积的比例达到百分之六十；每年组织大豆、玉米种植技术培训不少于2期。", 6,
                "未领办合作社的扣1.5分；入社比例每低5个百分点扣0.3分；保护性耕作比例每低10个百分点扣0.5分，最高扣1.5分；技术培训每少1期扣0.5分。",
                "合作社章程及成员名册、保护性耕作面积统计表、培训照片"),
            Row("秋冬季秸秆禁烧期间，村党支部组织党员包片值守，有值班表；冬季每月开展一次取暖用火用电安全入户排查。", 5,
                "无值班表的扣0.5分；被卫星遥感监测到火点并通报的，每个扣1分；安全排查每少1次扣0.3分；发生较大火灾或一氧化碳中毒死亡事故的，"
                "实行一票否决，本项不得分。", "包片值守值班表、排查记录、工作照片"),
            Row("每月组织党员群众开展“村庄清洁行动”不少于1次；冬季降雪后48小时内组织党员清理村内主干道积雪；党员包保农户落实“门前三包”。", 5,
                "清洁行动每少1次扣0.3分，最高扣2分；清雪不及时的，酌情扣0.5-1分；被镇级以上通报的，每次扣1分。", "活动记录、清雪照片"),
        )),
        Section("基层治理", "五、基层治理（20分）", 20, (
            Row("党务、村务每季度公开一次，财务每月公开一次，惠农补贴发放情况及时公开到户；公开栏内容拍照存档。", 5,
                "党务、村务公开每少1次扣0.5分；财务公开每少1次扣0.2分；惠农补贴未公开的扣1分；无公开照片的扣0.5分。",
                "公开栏照片、公开内容底稿"),
            Row("每月开展一次矛盾纠纷排查，调解成功率达到百分之九十五；村广播、村民微信群明确专人管理；防范和抵御非法宗教活动、封建迷信活动，"
                "党员不信仰宗教。", 5,
                "排查每少1次扣0.3分；调解成功率每低1个百分点扣0.2分，最高扣1分；广播、微信群无专人管理的扣0.5分；党员参与非法宗教活动的，每人"
                "扣1分；发生“民转刑”案件或重大群体性事件的，实行一票否决，本项不得分。", "矛盾纠纷排查台账、调解记录"),
            Row("修订完善村规民约并报镇党委备案；成立红白理事会，党员带头移风易俗；每年开展一次“星级文明户”评选。", 5,
                "村规民约未备案的扣0.5分；未成立红白理事会的扣0.5分；党员干部大操大办的，每起扣1分；未开展评选的扣1分。",
                "村规民约、红白理事会章程、评选结果公示照片"),
            Row("年初制定党支部年度工作计划，年终形成工作总结；群众对村党支部工作满意度达到百分之八十五。", 5,
                "无年度计划的扣1分；无年终总结的扣1分；满意度每低5个百分点扣0.5分，最高扣3分。", "工作计划、工作总结、满意度测评表"),
        )),
    ),
)

HEADER = ["考核类别", "序号", "考核内容", "评分标准", "分值", "佐证材料", "自评得分", "考核得分"]
NOTE = ("说明：1.本表由镇党委于12月组织考核，采取查阅资料、实地查看、入户走访、问卷测评相结合的方式进行；2.各项扣分以该项分值为限，扣完为止；"
        "3.村集体经营性收入以市农业农村局审核的年度财务报表为准，秸秆焚烧火点以省卫星遥感监测通报为准；4.考核得分90分以上的为“红旗村党支部”，"
        "80—89分的为“先进村党支部”，70—79分的为“合格村党支部”，70分以下的列为后进村党支部进行整顿，考核结果与村干部绩效报酬挂钩。")


def build(t: Table, path: Path) -> None:
    import openpyxl
    from openpyxl.styles import Alignment, Font

    ncols = len(HEADER)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "村党支部考核"
    center = Alignment(horizontal="center", vertical="center", wrap_text=True)
    wrap = Alignment(vertical="center", wrap_text=True)
    xlsx_title(ws, t.title, ncols, Font(name="方正小标宋简体", size=16), center)
    xlsx_line(ws, "考核对象：海北镇所辖各村党支部", ncols)
    xlsx_line(ws, "村名：                考核组：                考核日期：", ncols)
    xlsx_header(ws, HEADER, ncols)
    first = ws.max_row
    for s in t.sections:
        top = ws.max_row + 1
        for number, row in enumerate(s.rows, 1):
            ws.append([s.printed if number == 1 else None, number, row.text, row.scoring, row.points, row.method, None, None])
            for c in (3, 4, 6):
                ws.cell(ws.max_row, c).alignment = wrap
            for c in (2, 5):
                ws.cell(ws.max_row, c).alignment = center
        xlsx_merge_down(ws, 1, top, ws.max_row, center)
    xlsx_total_row(ws, t.total, 5, ncols, center)
    xlsx_borders(ws, first, ncols)
    xlsx_note(ws, NOTE, ncols, 60)
    xlsx_widths(ws, (12, 6, 46, 46, 6, 24, 8, 8))
    wb.save(str(path))
