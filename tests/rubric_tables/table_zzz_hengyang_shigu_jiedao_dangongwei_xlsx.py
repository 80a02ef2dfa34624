"""石鼓区2025年度街道党工委抓城市基层党建工作考核评分表 (.xlsx), as a 湖南 衡阳 区委组织部 (its 城市基层党建办 with the 区委社会工作部 and
the 区纪委监委, a 考核组 checking each 街道 in December) scores the 街道党工委 of the old city on the 湘江 and the 蒸水, where the 老旧小区
sit beside the 商贸市场 and 物流园区 and the river floods in summer: 责任落实 (the 年初 工作要点 and 责任清单 with the 备案, a quarterly 专题
研究, a half-yearly 汇报 of the 社区书记 and two 调研 in each 社区, the 年底 述职评议 with its 通报 and the 书记's 年终 书面述职, a
half-yearly 督查 with its 问题清单, the 半年小结 and 年度总结), 组织体系 (the 五级 体系 with the 覆盖率, the “一肩挑” and the 批复, the
“大党委” with three 兼职委员, a quarterly 联席会议 and the 共建协议, the 物业 组建率 with the 业委会 党员比例 and a yearly 星级评定, a yearly
“两新” 排查 with the 党建指导员's monthly visit, the 站点 覆盖率 with a half-yearly 运行评估), 队伍建设 (the 社区书记's 占比 and 比例 with
the 后备人选库, a 示范培训班 of five days with the 通知, 课程表 and 签到表 and the 持证比例, 32学时 with the 参学率 and a quarterly 轮训,
the 完成率 of the 发展党员 with 预审 and 公示, the “三岗十八级” and a yearly 考核评议), 治理服务 (thirty 走访 a month with the 办结率 and
满意率, the “双报到” 报到率 with four 志愿服务 and a half-yearly 反馈, ten 实事 with a 满意度 in bands, a monthly 矛盾纠纷排查 with the
化解率, the 汛前 隐患排查 and a 一票否决) and 保障落实 (the 专项经费 with a half-yearly 公开).

A merged title row and a merged "考核对象：全区各街道党工委" line above the header 序号 | 考核指标 | 考核内容 | 评分标准 | 分值 | 佐证材料 |
得分. Each category is a SECTION ROW merged across the sheet, printed WITH an ordinal and its points on one line, "一、责任落实（20分）".
序号 (FIRST column, numeric cells) RESTARTS at 1 under every section row (ids "1.1" … "5.1"). 考核指标 is a short sub-label
(`Row.indicator`). 分值 comes AFTER the 评分标准, a plain number. 佐证材料 (`Row.method`) names the papers the 街道 lays out, joined by "、"
(once with a way of checking, 现场查看): a 佐证 column. 得分 is blank. A 合计 row and a merged 备注 row close the sheet. Counts in figures
and Chinese numerals ("每季度至少召开一次", "每半年至少听取一次", "每年开展一次", "每月开展一次"); "不少于5天", "不少于32学时"; "最高扣"
caps; "酌情扣0.5-1分", "酌情扣1分" twice; a 满意度 in bands ("85%以下的不得分" closing them); one "实行一票否决，本项不得分" and two plain
"本项不得分".
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
    name="zzz_hengyang_shigu_jiedao_dangongwei_xlsx",
    fmt="xlsx",
    title="石鼓区2025年度街道党工委抓城市基层党建工作考核评分表",
    numbering="restart",
    sections=(
        Section("责任落实", "一、责任落实（20分）", 20, (
            Row("街道党工委年初制定城市基层党建工作要点和党工委书记抓党建责任清单，报区委组织部备案；班子成员落实“一岗双责”，每人联系"
                "1个以上社区。", 4,
                "无工作要点的扣1分；无责任清单的扣1分；未报备的扣0.5分；“一岗双责”落实不到位的，酌情扣0.5-1分。",
                "工作要点、责任清单、备案回执", indicator="责任体系"),
            Row("街道党工委每季度至少召开一次会议专题研究社区党建工作，每半年至少听取一次社区党组织书记抓党建工作汇报；党工委书记每年"
                "到每个社区调研指导不少于2次。", 6,
                "专题研究每少1次扣1分；听取汇报每少1次扣0.5分；书记调研次数不足的，每个社区扣0.2分，最高扣1分。",
                "党工委会议记录、调研记录", indicator="专题研究"),
            Row("年底组织社区党组织书记抓基层党建工作述职评议，评议结果在全街道通报；街道党工委书记年终向区委书面述职。", 5,
                "未组织述职评议的扣2分；评议结果未通报的扣0.5分；党工委书记未述职的扣1.5分；述职问题查找不深、整改措施不实的，酌情扣1分。",
                "述职评议会记录、通报文件、述职报告", indicator="述职评议"),
            Row("街道党工委每半年对社区党建工作开展一次督查，发现问题列出清单、限期整改；年中报送半年工作小结，年终报送年度工作总结。", 5,
                "督查每少1次扣1分；问题未整改销号的，每项扣0.2分，最高扣1分；半年小结、年度总结每缺一项扣0.5分。",
                "督查记录、问题清单、半年小结、年度总结", indicator="督查整改"),
        )),
        Section("组织体系", "二、组织体系（25分）", 25, (
            Row("健全“街道党工委—社区党委—网格（小区）党支部—楼栋党小组—党员中心户”五级组织体系，网格党组织覆盖率达到100%；社区党组织"
                "书记、居委会主任“一肩挑”比例达到100%。", 5,
                "网格党组织覆盖率每低5个百分点扣0.5分；“一肩挑”每少1个社区扣0.5分；组织体系不健全的，酌情扣1分。",
                "组织架构图、网格党组织设置批复", indicator="组织架构"),
            Row("推行社区“大党委”制，每个社区吸纳驻区单位党组织负责人担任兼职委员不少于3名；街道每季度召开一次党建联席会议，驻区单位与"
                "社区签订共驻共建协议。", 5,
                "兼职委员不足的，每个社区扣0.5分；联席会议每少1次扣1分；未签订共建协议的，每个社区扣0.5分。",
                "兼职委员名单、联席会议纪要、共建协议", indicator="共建联建"),
            Row("推进党建引领物业服务，符合条件的物业服务企业党组织组建率达到100%，小区业委会成员中党员比例不低于50%；街道每年开展一次"
                "物业服务企业星级评定。", 5,
                "组建率每低10个百分点扣1分；业委会党员比例未达到的，每个小区扣0.2分，最高扣1分；未开展星级评定的扣1分。",
                "物业企业党组织名册、业委会成员名单、星级评定结果", indicator="红色物业"),
            Row("围绕商贸市场、物流园区和沿街商铺开展“两新”组织党建，每年开展一次党员和党组织摸底排查；选派党建指导员覆盖所有“两新”"
                "组织，每名党建指导员每月到联系单位不少于1次。", 5,
                "未开展摸底排查的扣1分；党建指导员未实现全覆盖的扣1分；到联系单位次数不足的，每人扣0.2分，最高扣2分。",
                "排查台账、党建指导员名册、工作日志", indicator="两新党建"),
            Row("社区党群服务中心推行“一站式”服务和错时延时服务；小区（网格）党群服务站点覆盖率达到80%以上；街道每半年对社区党群服务"
                "中心开展一次运行评估。", 5,
                "服务中心功能不全、服务不规范的，每个扣0.5分；站点覆盖率每低10个百分点扣0.5分；运行评估每少1次扣1分；阵地被挤占挪用的，"
                "每个扣1分。", "评估报告、现场查看", indicator="阵地建设"),
        )),
        Section("队伍建设", "三、队伍建设（25分）", 25, (
            Row("社区党组织书记中35周岁以下的占比不低于20%，大专及以上学历的比例达到80%以上；建立社区党组织书记后备人选库，每个社区储备"
                "后备人选不少于2名。", 5,
                "35周岁以下占比未达到的扣1分；大专及以上学历比例未达到的扣1分；未建立后备人选库的扣1分；后备人选每少1名扣0.2分，最高"
                "扣2分。", "社区党组织书记名册、后备人选库", indicator="书记队伍"),
            Row("街道党工委每年至少举办1期社区党组织书记和社区工作者示范培训班，培训时间不少于5天；社区工作者持证比例达到30%以上。", 5,
                "未举办培训班的扣2分；培训时间不足5天的扣1分；持证比例每低5个百分点扣0.5分。",
                "培训通知、课程表、签到表、持证人员名单", indicator="示范培训"),
            Row("党员每年集中学习培训不少于32学时，依托“学习强国”和网上党校开展线上学习，参学率达到90%以上；街道每季度组织一次党员集中"
                "轮训。", 5,
                "学时不足的，每人扣0.1分，最高扣2分；参学率每低1个百分点扣0.2分；集中轮训每少1次扣0.5分。",
                "学时登记表、平台截图、轮训签到表", indicator="党员教育"),
            Row("注重在社区工作者、网格员和快递员、外卖送餐员等新就业群体中发展党员，年度发展党员计划完成率达到100%；严格执行发展党员预审"
                "制度，发展对象公示不少于5个工作日。", 5,
                "计划完成率未达100%的扣1分；未执行预审的，每人扣1分；未公示的，每人扣1分；违规发展党员的，本项不得分。",
                "发展党员档案、预审意见、公示照片", indicator="发展党员"),
            Row("落实社区工作者“三岗十八级”薪酬体系，薪酬按时足额发放；街道每年开展一次社区工作者考核评议，评议结果公示。", 5,
                "薪酬体系未落实的扣2分；未开展考核评议的扣1分；评议结果未公示的扣0.5分；薪酬未按时足额发放的，本项不得分。",
                "考核评议表、公示照片", indicator="管理激励"),
        )),
        Section("治理服务", "四、治理服务（25分）", 25, (
            Row("全面落实“党建+网格”，每个网格配备1名专职网格员，网格员每月入户走访不少于30户；居民诉求按期办结率达到95%以上，12345热线"
                "交办事项满意率不低于90%。", 6,
                "网格员配备不到位的，每个网格扣0.2分，最高扣1分；走访户数不足的，每人每月扣0.1分，最高扣2分；办结率每低1个百分点扣0.2分；"
                "满意率低于90%的扣1分。", "网格员名册、走访记录、平台数据", indicator="网格治理"),
            Row("深化在职党员“双报到”，报到率达到100%，报到党员每年到社区参加志愿服务不少于4次；街道每半年向报到党员所在单位反馈一次表现"
                "情况。", 6,
                "报到率每低5个百分点扣0.5分；志愿服务次数不足的，每人扣0.1分，最高扣2分；反馈每少1次扣1分。",
                "报到党员名册、志愿服务记录、反馈函", indicator="双报到"),
            Row("推行“微心愿”“微实事”，每个社区全年办理民生实事不少于10件，办理情况公示；群众满意度达到95%以上。", 6,
                "民生实事每少1件扣0.2分；未公示的扣0.5分；满意度95%以上的得3分，90%（含）至95%的得2分，85%（含）至90%的得1分，85%以下的"
                "不得分。", "民生实事台账、公示照片、满意度测评表", indicator="民生实事"),
            Row("发挥社区党组织在矛盾纠纷排查化解中的作用，每月开展一次矛盾纠纷排查，化解率达到95%以上；汛期前完成湘江、蒸水沿岸低洼地段"
                "隐患排查；全年不发生因工作不力引发的群体性事件和重大安全事故。", 7,
                "矛盾纠纷排查每少1次扣0.2分，最高扣2分；化解率每低1个百分点扣0.2分；未开展汛前隐患排查的扣1分；发生群体性事件或重大安全"
                "事故的，实行一票否决，本项不得分。", "矛盾纠纷排查台账、调解卷宗、隐患排查台账", indicator="平安稳定"),
        )),
        Section("保障落实", "五、保障落实（5分）", 5, (
            Row("落实社区党组织服务群众专项经费，党组织工作经费纳入街道年度预算；经费使用经社区“两委”会议集体研究，每半年公开一次。", 5,
                "服务群众专项经费未落实到位的扣2分；使用未经集体研究的扣1分；公开每少1次扣0.5分。",
                "“两委”会议记录、公开栏照片", indicator="经费保障"),
        )),
    ),
)

HEADER = ["序号", "考核指标", "考核内容", "评分标准", "分值", "佐证材料", "得分"]
NOTE = ("备注：1.本表由区委组织部于12月牵头组织考核，区委社会工作部、区纪委监委参加，采取听取汇报、查阅资料、实地查看、走访群众相结合"
        "的方式；2.各项扣分以该项分值为限，扣完为止；3.考核结果分为“好”“较好”“一般”“差”四个等次，与街道党工委书记抓基层党建述职"
        "评议结果互为参考；4.街道在全市城市基层党建工作会议上作典型发言或经验被省级以上推介的，由考核组视情加分，加分不超过3分。")


def build(t: Table, path: Path) -> None:
    import openpyxl
    from openpyxl.styles import Alignment, Font

    ncols = len(HEADER)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "街道党工委考核"
    center = Alignment(horizontal="center", vertical="center", wrap_text=True)
    wrap = Alignment(vertical="center", wrap_text=True)
    xlsx_title(ws, t.title, ncols, Font(name="方正小标宋简体", size=16), center)
    xlsx_line(ws, "考核对象：全区各街道党工委", ncols)
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
    xlsx_note(ws, NOTE, ncols, 48)
    xlsx_widths(ws, (6, 11, 48, 46, 6, 22, 7))
    wb.save(str(path))
