"""中共恭城瑶族自治县莲花镇委员会2025年度村级党组织抓党建促乡村振兴考核评分表 (.xlsx), as a 广西 桂林 瑶族自治县 镇党委 (its
党建办 with the 乡村振兴办, the 综治中心 and the 镇纪委, a 考核组 going round each 行政村 in December with the 乡村振兴工作队) scores
each 村级党组织 in 广西's own words: 组织体系 (the 自然屯（村民小组）党组织 覆盖率 with the 屯级党小组长 as 党群理事会理事长, the “两委”
with one under 35, two 大专 and a woman, the “一肩挑”, two 后备 under 35 with a half-yearly 考察, “三会一课” entered on the “八桂先锋”
平台, the monthly 主题党日 held with the “三月三” and the 盘王节 and its 参加率 in Chinese numerals), 党员队伍 (two 积极分子 a year with
the 书面说明 when two years pass without a member, the 全程纪实 and the 公示, 32学时 with the monthly “农民夜校” and the 书记's two 党课,
党费 with its quarterly 公布, the 流动党员 台账 with a quarterly 联系 and the “党员户挂牌” 挂牌率, the 联户 with a monthly 走访, the
意见建议 登记 and four 志愿服务), 乡村振兴 (集体经济 年收入 in bands with one more point for the 经营性收入, the 月柿 and 油茶 合作社 with
the 带动农户比例 and two 培训, the monthly “三清三拆” 清洁行动 with the half-yearly “美丽庭院” 评选 and its 公布, the quarterly 直播推介
with three 党员电商示范户, the quarterly 联席会议 with the 工作队), 乡村治理 (the 屯级党群理事会 with its 党员比例, the quarterly 议事会议
and the 公示 of its 议定事项, “四议两公开” with the quarterly 三务 公开, the monthly 财务收支 公开 and the 监委会's quarterly 监督检查, the
monthly 排查 with the 调解成功率 and a 一票否决, the 村规民约 with the 报备率 and a yearly 评选) and 基础保障 (the 坐班值班 with the 代办台账
and the 办结率, the 年初 计划, the 年底 总结 and the half-yearly 公开 of the 经费).

A merged title row, a merged "考核对象：全镇各行政村党组织" line and a merged "村名：…  村党组织书记：…  乡村振兴工作队队长：…  考核时间：…"
line above the header 序号 | 考核项目 | 二级指标 | 考核内容 | 分值 | 评分标准 | 佐证材料 | 得分. 序号 (FIRST column, numeric cells) runs
1..19 through the sheet, NOT restarting. The categories are MERGED CELLS down the 考核项目 column (SECOND), printed WITH an ordinal on
TWO lines, "一、组织体系\\n（20分）". 二级指标 is a short sub-label (`Row.indicator`). 分值 comes BEFORE the 评分标准, a plain number.
佐证材料 (`Row.method`) names the papers the 村 lays out (once a way of checking, 镇综治中心核实): a 佐证 column. 得分 is blank. A 合计
row and a merged 说明 row close the sheet. The income bands sit in the 评分标准 with one more rule after them; counts and shares in
figures and Chinese numerals ("百分之八十五", "每半年考察一次", "每季度公布一次", "每月至少组织一次"); "最高扣" caps; "连续两年以上未发展
党员的…作出书面说明"; one rule "酌情扣1—2分"; one rule is "实行一票否决，本项不得分".
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
    name="zzu_gongcheng_lianhua_cun_dangjian_xlsx",
    fmt="xlsx",
    title="中共恭城瑶族自治县莲花镇委员会2025年度村级党组织抓党建促乡村振兴考核评分表",
    numbering="printed",
    sections=(
        Section("组织体系", "一、组织体系\n（20分）", 20, (
            Row("党员50名以上的村设立党总支，按自然屯（村民小组）或产业设立党支部、党小组，自然屯党组织（党小组）覆盖率达到100%；"
                "屯级党小组组长原则上兼任屯党群理事会理事长。", 5,
                "覆盖率每低10个百分点扣1分；屯级党小组组长未兼任理事长的，每个屯扣0.2分，最高扣1分；组织设置不规范的扣1分。",
                "组织设置批复、屯级党小组名册", indicator="组织设置"),
            Row("村“两委”班子成员中，35周岁以下的至少1名，大专及以上学历的至少2名，至少有1名妇女成员；村党组织书记、村委会主任"
                "“一肩挑”；储备35周岁以下村级后备力量不少于2名，每半年考察一次。", 6,
                "无35周岁以下成员的扣1分；大专及以上学历成员每少1名扣0.5分；无妇女成员的扣1分；未实行“一肩挑”的扣2分；后备力量"
                "每少1名扣0.5分；未按时考察的，每次扣0.5分。", "“两委”成员名册、后备力量名册、考察材料", indicator="班子队伍"),
            Row("支委会每月至少召开1次，党员大会每季度至少召开1次，党小组会每月召开1次，党课每季度至少1次；会议情况及时录入“八桂"
                "先锋”平台，外出务工党员通过视频连线等方式参加。", 6,
                "“三会一课”每少1次扣0.5分，最高扣4分；未及时录入平台的，每次扣0.1分，最高扣1分；外出党员长期不参加组织生活的，"
                "每人扣0.2分。", "会议记录本、平台录入截图", indicator="“三会一课”"),
            Row("每月开展主题党日活动，结合“三月三”、盘王节等民族节庆和“清洁乡村”开展，党员参加率不低于百分之八十五。", 3,
                "主题党日每少1次扣0.5分；参加率低于85%的，每次扣0.2分；无签到表或活动照片的，每次扣0.1分。",
                "活动记录、签到表、活动照片", indicator="主题党日"),
        )),
        Section("党员队伍", "二、党员队伍\n（20分）", 20, (
            Row("村党组织每年至少培养入党积极分子2名，连续两年以上未发展党员的，须向镇党委作出书面说明；发展党员实行全程纪实，拟"
                "发展对象公示期不少于5个工作日。", 5,
                "积极分子每少1名扣1分；两年以上未发展党员且未作书面说明的扣2分；未实行全程纪实的扣1分；未公示或公示期不足的扣1"
                "分；违规发展党员的，本项不得分。", "发展党员纪实档案、公示照片", indicator="发展党员"),
            Row("党员每年参加集中学习培训不少于32学时；每月开办一期“农民夜校”，由村党组织书记、乡村振兴工作队员或致富能手授课；村"
                "党组织书记每年至少讲2次党课。", 5,
                "学时不足的，每人扣0.1分，最高扣2分；“农民夜校”每少1期扣0.2分；书记讲党课每少1次扣0.5分。",
                "学时登记表、夜校课程表、党课讲稿", indicator="教育培训"),
            Row("党员按月交纳党费，每季度公布一次交纳情况；建立外出流动党员台账，每季度至少联系一次；开展“党员户挂牌”，党员户挂"
                "牌率达到100%。", 5,
                "党费未按月交纳的，每人次扣0.1分；党费公布每少1次扣0.3分；无流动党员台账的扣1分；联系每少1次扣0.1分，最高扣1分；"
                "挂牌率未达到100%的扣0.5分。", "党费收缴台账、流动党员台账、挂牌照片", indicator="日常管理"),
            Row("推行党员联户制度，每名党员联系农户5至10户，每月至少走访1次，收集群众意见建议并登记；每年组织党员开展志愿服务不"
                "少于4次。", 5,
                "未落实联户制度的扣2分；走访每少1次扣0.1分，最高扣1.5分；意见建议未登记的扣0.5分；志愿服务每少1次扣0.3分。",
                "联户名单、走访记录、意见建议登记簿、活动照片", indicator="联户服务"),
        )),
        Section("乡村振兴", "三、乡村振兴\n（30分）", 30, (
            Row("发展壮大村级集体经济，村级集体经济年收入达到10万元以上，其中经营性收入不低于5万元。", 10,
                "年收入30万元以上的得10分；20万元（含）至30万元的得8分；10万元（含）至20万元的得6分；5万元（含）至10万元的得4分；"
                "5万元以下的不得分；经营性收入低于5万元的，再扣1分。", "村级财务报表、收入凭证", indicator="集体经济"),
            Row("围绕恭城月柿、油茶等特色产业，推行“党组织+合作社+农户”模式，村党组织领办或参与组建专业合作社，带动农户比例达到30%"
                "以上；每年组织实用技术培训不少于2期。", 7,
                "未领办或参与组建合作社的扣2分；带动农户比例每低5个百分点扣0.5分；技术培训每少1期扣1分。",
                "合作社章程、带动农户名册、培训签到表", indicator="特色产业"),
            Row("党员带头开展“三清三拆”环境整治，每月至少组织一次集中清洁行动；每半年开展一次“美丽庭院”评选，评选结果张榜公布。", 5,
                "集中清洁行动每少1次扣0.3分；“美丽庭院”评选每少1次扣1分；评选结果未公布的扣0.5分；被县级以上通报环境卫生问题的，"
                "每次扣1分。", "活动照片、评选结果公布照片", indicator="乡村风貌"),
            Row("依托村级电商服务站点开展“党员带货”，每季度至少组织一次农产品直播推介；培育党员电商示范户不少于3户。", 4,
                "无电商服务站点的扣1分；直播推介每少1次扣0.5分；党员电商示范户每少1户扣0.5分。", "直播截图、示范户名单",
                indicator="电商助农"),
            Row("支持配合乡村振兴工作队（驻村第一书记）开展工作，每季度召开一次村“两委”与工作队联席会议，研究乡村振兴重点任务。", 4,
                "联席会议每少1次扣0.5分；工作队与村“两委”配合不力、影响工作开展的，酌情扣1—2分。", "会议记录",
                indicator="驻村帮扶"),
        )),
        Section("乡村治理", "四、乡村治理\n（20分）", 20, (
            Row("自然屯成立党小组领导下的党群理事会，理事会成员中党员比例不低于50%；屯内公共事务按照“一事一议”协商，每季度至少"
                "召开一次屯级议事会议，议定事项在屯内公示。", 5,
                "未成立屯级党群理事会的，每个屯扣0.5分；党员比例未达到50%的扣0.5分；议事会议每少1次扣0.3分；议定事项未公示的，"
                "每次扣0.2分。", "理事会成员名单、议事记录、公示照片", indicator="屯级治理"),
            Row("村级重大事项严格执行“四议两公开”；党务、村务、财务每季度公开一次，财务收支每月公开；村务监督委员会每季度至少开展"
                "一次监督检查。", 5,
                "重大事项未执行“四议两公开”的，每项扣1分；“三务”公开每少1次扣0.5分；财务收支未按月公开的，每次扣0.2分；监委会监"
                "督检查每少1次扣0.5分。", "“四议两公开”记录、公开栏照片、监督检查记录", indicator="民主管理"),
            Row("每月开展一次矛盾纠纷排查，调解成功率达到95%以上；每个自然屯至少有1名“法律明白人”；全年无越级上访，不发生重大群体"
                "性事件和“民转刑”案件。", 6,
                "排查每少1次扣0.3分；调解成功率每低1个百分点扣0.2分，最高扣1分；“法律明白人”未实现自然屯全覆盖的扣0.5分；发生越"
                "级上访的，每起扣1分；发生重大群体性事件或“民转刑”案件的，实行一票否决，本项不得分。", "排查台账、调解卷宗、镇综治中心核实",
                indicator="平安建设"),
            Row("修订完善村规民约，红白理事会发挥作用，婚丧喜庆事宜事前报备率达到100%；每年开展一次“文明家庭”评选。", 4,
                "村规民约未修订完善的扣1分；报备率每低10个百分点扣0.5分；未开展评选的扣1分；大操大办被通报的，每起扣1分。",
                "村规民约、报备登记册、评选表彰名单", indicator="移风易俗"),
        )),
        Section("基础保障", "五、基础保障\n（10分）", 10, (
            Row("村级党群服务中心落实村干部坐班值班制度，为群众提供代办服务，代办事项办结率达到95%以上。", 5,
                "未落实坐班值班的扣1分；无代办台账的扣0.5分；办结率每低5个百分点扣0.5分。", "值班表、代办台账", indicator="阵地服务"),
            Row("年初制定党建工作计划，年底形成工作总结；村级组织运转经费、服务群众专项经费规范使用，每半年公开一次使用情况。", 5,
                "无计划或总结的，每缺1项扣1分；经费使用不规范的扣1分；经费使用情况未公开的，每次扣0.5分。",
                "工作计划、工作总结、经费支出凭证", indicator="经费保障"),
        )),
    ),
)

HEADER = ["序号", "考核项目", "二级指标", "考核内容", "分值", "评分标准", "佐证材料", "得分"]
NOTE = ("说明：1.本表由镇党委于每年12月组织考核，乡村振兴工作队参加，采取听取汇报、查阅资料、实地查看、入户走访、平台核查相结合的方式；"
        "2.各项扣分以该项分值为限，扣完为止；3.考核结果分为“好”“较好”“一般”“差”四个等次，与村干部绩效报酬、评先评优挂钩；4.村“两委”"
        "成员受到刑事处罚或村党组织被上级通报批评的，考核结果不得评为“好”等次。")


def build(t: Table, path: Path) -> None:
    import openpyxl
    from openpyxl.styles import Alignment, Font

    ncols = len(HEADER)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "村级党组织考核"
    center = Alignment(horizontal="center", vertical="center", wrap_text=True)
    wrap = Alignment(vertical="center", wrap_text=True)
    xlsx_title(ws, t.title, ncols, Font(name="方正小标宋简体", size=16), center)
    xlsx_line(ws, "考核对象：全镇各行政村党组织", ncols)
    xlsx_line(ws, "村名：              村党组织书记：              乡村振兴工作队队长：              考核时间：", ncols)
    xlsx_header(ws, HEADER, ncols)
    first = ws.max_row
    number = 0
    for s in t.sections:
        top = ws.max_row + 1
        for i, row in enumerate(s.rows):
            number += 1
            ws.append([number, s.printed if i == 0 else None, row.indicator, row.text, row.points, row.scoring, row.method,
                       None])
            for c in (4, 6, 7):
                ws.cell(ws.max_row, c).alignment = wrap
            for c in (1, 3, 5):
                ws.cell(ws.max_row, c).alignment = center
        xlsx_merge_down(ws, 2, top, ws.max_row, center)
    xlsx_total_row(ws, t.total, 5, ncols, center)
    xlsx_borders(ws, first, ncols)
    xlsx_note(ws, NOTE, ncols, 46)
    xlsx_widths(ws, (6, 12, 11, 50, 6, 46, 20, 7))
    wb.save(str(path))
