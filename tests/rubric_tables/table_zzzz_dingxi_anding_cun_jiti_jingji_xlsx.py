"""安定区2025年度村党组织抓党建促乡村振兴考核评分表 (.xlsx), as the 区委组织部 of 甘肃 定西 安定区 (with the 区委农办, the 区农业农村局, its
农经站 and the 乡镇党委, a 考核组 going round the 村 in December) scores the 村党组织 of the dry 黄土 hills south of 兰州: the 马铃薯 that made
定西 known, the 脱毒种薯 the 良种繁育 base sells, the 黄芪 and 党参 on the slopes, the 草畜 of the 养殖 households, the 光伏扶贫电站 whose
收益 pays the 公益岗位 of the 村, the 股份经济合作社 and the 强村公司 the 村 set up after the “三变” reform, the 撂荒地 the young left when they
went out to work, the 防返贫 监测 after the 脱贫攻坚, the 驻村第一书记 and the 工作队 sent from the 区直 单位: a sheet whose 一级指标 are merged
down the first column, whose 二级指标 is a short label, whose 考核内容 prints every requirement and figure and whose 计分方法 gives one deduction
a clause, with a 佐证材料 column: 党建引领 (one roster of the “两委” by age and 学历, a yearly 培训 of the 书记, two 后备力量 and the 培养台账; the
“三会一课” and the 主题党日 on the 10th; three 致富带头人 with two 户 each and one 积极分子; twenty days a month in the 村 for the 工作队, the
考勤 and a quarterly 联席会议), 集体经济 (the 经营性收入 in bands of 万元, the 下降 and the 发展规划; the 合作社 or 强村公司, the 入社比例, the
章程, 名册 and 账目 and no “空壳社”; the 产业基地, the 脱毒种薯 覆盖率 and two 培训 a year; the “三资” 台账, the 光伏 收益 分配方案 through the
村民代表会议 and its 公示, the 合同 and a 一票否决; the 复耕复种率, the 流转合同 签订率, the 排查台账 and the 上访), 巩固衔接 (a monthly 走访
排查, the 15日 识别, the 落实率 and a 一票否决; the 务工 规模, the 公益岗位 考勤 and 补贴, two 劳务输转 对接 a year; a monthly 村庄清洁行动, the
责任区, the 户厕 整改率 and the 通报) and 治理保障 (the “四议两公开”, the quarterly 公开, the monthly 财务公开 and a quarterly 监委会 会议; the
“积分超市” with its 参与率, a half-yearly 评选, the 村规民约 and the 彩礼; a monthly 矛盾纠纷排查, the 调解成功率, the 越级上访 and the “民转刑”;
the 年初 计划, the 年底 述职 and the 满意度).

A merged title row, a merged "考核对象：全区各乡镇所辖村党组织" line and a merged "乡镇：  村名：  考核日期：" line above the header 一级指标 |
二级指标 | 考核内容 | 分值 | 计分方法 | 佐证材料 | 得分. There is NO 序号: the items are numbered by position (1..16). The categories are MERGED
CELLS down the 一级指标 column (FIRST), printed WITHOUT an ordinal and WITH their points on ONE line, "党建引领（20分）". 二级指标 is a short
sub-label (`Row.indicator`); 考核内容 says what is required (`Row.text`); 分值 is a plain number BEFORE the 计分方法. 佐证材料 (`Row.method`)
names the papers the 村 lays out, joined by "、". 得分 is blank. A 合计 row of 100 and a merged 说明 row close the sheet. Counts in figures and
Chinese numerals, nearly all in the 考核内容 ("45周岁以下的不少于2名", "高中（中专）及以上学历的不少于3名", "每年…不少于1次", "不少于2名",
"支部委员会每月召开1次，支部党员大会每季度召开1次，党小组会每月召开1次，党课每季度1次", "每月10日", "不少于3名", "不少于2户", "年内…不少于1
名", "每月在村工作不少于20天", "每季度…召开1次", "10万元以上", "不少于1个", "每年…不少于2期", "每月开展一次", "15日内", "每年…不少于2次", "每月
开展一次", "每季度公开一次", "每月公开一次", "每季度召开1次", "每半年评选一次", "每月开展一次", "年初", "年底"); "百分之六十", "百分之九十",
"百分之八十", "百分之九十五", "百分之八十五", "100%"; bands of 万元 for the 经营性收入 (5 of the 8 points, closed by "5万元以下的不得分");
"每缺一项" twice; "最高扣" caps; "酌情扣0.5分" twice; two "实行一票否决，本项不得分"; two other plain "本项不得分".
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
    name="zzzz_dingxi_anding_cun_jiti_jingji_xlsx",
    fmt="xlsx",
    title="安定区2025年度村党组织抓党建促乡村振兴考核评分表",
    numbering="position",
    sections=(
        Section("党建引领", "党建引领（20分）", 20, (
            Row("村“两委”成员中45周岁以下的不少于2名、高中（中专）及以上学历的不少于3名；村党组织书记每年参加区级以上示范培训不少于1次；储备"
                "村级后备力量不少于2名，建立培养台账。", 5,
                "班子结构每缺一项扣1分；书记未参加培训的扣1分；后备力量每少1名扣0.5分；无培养台账的扣0.5分。",
                "“两委”成员花名册、培训通知、后备力量名册", indicator="班子队伍"),
            Row("支部委员会每月召开1次，支部党员大会每季度召开1次，党小组会每月召开1次，党课每季度1次；每月10日开展主题党日活动；外出务工党员"
                "通过线上方式参加组织生活。", 5,
                "“三会一课”每少1次扣0.3分，最高扣2分；主题党日每少1次扣0.2分，最高扣1.5分；外出党员未纳入组织生活的，酌情扣0.5分；会议记录"
                "不规范的，酌情扣0.5分。", "会议记录本、签到表", indicator="组织生活"),
            Row("培育党员致富带头人不少于3名，每名带头人联系带动脱贫户或监测户不少于2户；注重把致富能手培养成党员，年内确定入党积极分子不少于"
                "1名。", 5,
                "致富带头人每少1名扣0.5分；带动户数不足的，每人扣0.2分，最高扣1分；未确定入党积极分子的扣1分。",
                "致富带头人名单、结对带动登记表", indicator="党员带富"),
            Row("驻村第一书记和工作队员每月在村工作不少于20天，落实考勤和请销假制度；村党组织每季度与驻村工作队召开1次联席会议，共同研究产业"
                "发展和帮扶措施。", 5,
                "在村时间不足的，每人每月扣0.2分，最高扣1.5分；无考勤记录的扣0.5分；联席会议每少1次扣0.5分。",
                "考勤簿、请销假登记、联席会议记录", indicator="驻村帮扶"),
        )),
        Section("集体经济", "集体经济（35分）", 35, (
            Row("村集体经济年经营性收入达到10万元以上，且较上年有增长；制定村级集体经济发展规划，明确发展路径。", 8,
                "年经营性收入50万元以上的得5分，20万元（含）—50万元的得4分，10万元（含）—20万元的得3分，5万元（含）—10万元的得1分，5万元"
                "以下的不得分；收入较上年下降的扣1分；无发展规划的扣2分。", "村集体经济年度收支报表、发展规划", indicator="经营性收入"),
            Row("村党组织领办股份经济合作社或强村公司，实行规范运营；入社农户占本村农户比例不低于百分之六十；合作社章程、成员名册、财务账目"
                "齐全。", 7,
                "未领办的扣2分；入社比例每低10个百分点扣0.5分；章程、成员名册、财务账目每缺一项扣0.5分；合作社成为“空壳社”的，本项不得分。",
                "合作社章程、成员名册、营业执照", indicator="合作经济组织"),
            Row("围绕马铃薯、中药材、草畜等主导产业，每村培育特色产业基地不少于1个；推广脱毒种薯，种植覆盖率达到百分之九十；每年组织农业实用"
                "技术培训不少于2期。", 6,
                "无特色产业基地的扣2分；脱毒种薯覆盖率每低5个百分点扣0.5分，最高扣2分；技术培训每少1期扣0.5分；培训无签到表、无照片的扣"
                "0.5分。", "产业基地照片、培训签到表、培训照片", indicator="特色产业"),
            Row("开展农村集体资产清产核资，建立“三资”管理台账；光伏扶贫电站收益用于设置公益岗位和小型公益事业，收益分配方案经村民代表会议"
                "通过后公示；集体资产资源发包、出租签订规范合同。", 7,
                "无“三资”管理台账的扣1分；分配方案未经村民代表会议通过的扣1分；分配方案未公示的扣1分；发包、出租合同不规范的，每份扣0.2分，"
                "最高扣1分；光伏收益被挤占挪用的，实行一票否决，本项不得分。", "“三资”管理台账、村民代表会议记录、公示照片",
                indicator="“三资”管理"),
            Row("开展撂荒地排查整治，撂荒地复耕复种率达到100%；规范土地经营权流转，流转合同签订率达到100%。", 7,
                "复耕复种率每低5个百分点扣0.5分；流转合同签订率每低1个百分点扣0.2分，最高扣1分；未建立撂荒地排查台账的扣1分；因土地流转纠纷"
                "引发群体性上访的，每起扣2分。", "撂荒地排查台账、流转合同", indicator="土地资源"),
        )),
        Section("巩固衔接", "巩固衔接（20分）", 20, (
            Row("落实防止返贫动态监测和帮扶机制，每月开展一次农户走访排查；对监测对象15日内完成识别认定；监测对象帮扶措施落实率达到100%。", 8,
                "走访排查每少1次扣0.5分，最高扣2分；识别认定超过时限的，每户扣0.5分；帮扶措施落实率每低1个百分点扣0.5分；出现规模性返贫的，"
                "实行一票否决，本项不得分。", "走访排查记录、监测对象台账、帮扶措施清单", indicator="防返贫监测"),
            Row("脱贫劳动力务工就业规模不低于上年；乡村公益性岗位人员按月考勤、按月发放补贴；每年组织劳务输转对接活动不少于2次。", 6,
                "务工就业规模低于上年的扣1分；公益岗位无考勤的扣1分；补贴未按月发放的扣1分；对接活动每少1次扣0.5分。", "就业台账、公益岗位考勤表",
                indicator="稳岗就业"),
            Row("每月开展一次村庄清洁行动，党员划分卫生责任区；农村户厕问题摸排整改率达到100%；生活垃圾集中收运处置。", 6,
                "村庄清洁行动每少1次扣0.3分，最高扣2分；未划分党员责任区的扣0.5分；整改率每低5个百分点扣0.5分；垃圾乱堆乱放被区级以上通报"
                "的，每次扣1分。", "活动照片、户厕整改台账", indicator="人居环境"),
        )),
        Section("治理保障", "治理保障（25分）", 25, (
            Row("村级重大事项严格执行“四议两公开”；党务、村务每季度公开一次，集体财务收支每月公开一次；村务监督委员会每季度召开1次会议。", 7,
                "重大事项未执行“四议两公开”的，每件扣1分，最高扣3分；党务、村务公开每少1次扣0.5分；财务公开每少1次扣0.3分；监委会会议每少1次"
                "扣0.3分。", "“四议两公开”会议记录、公开栏照片", indicator="民主管理"),
            Row("推行“积分超市”，农户参与率达到百分之八十；每半年评选一次“文明家庭”“好婆媳”等先进典型；修订完善村规民约，遏制高价彩礼、大操"
                "大办。", 6,
                "未推行“积分超市”的扣1分；参与率每低10个百分点扣0.5分；评选每少1次扣0.5分；村规民约未修订的扣0.5分；发生高价彩礼、大操大办"
                "被查实的，每起扣0.5分。", "积分兑换台账、评选结果公示照片、村规民约", indicator="乡风文明"),
            Row("每月开展一次矛盾纠纷排查，矛盾纠纷调解成功率达到百分之九十五；不发生越级上访和“民转刑”案件。", 6,
                "排查每少1次扣0.3分，最高扣1.5分；调解成功率每低1个百分点扣0.2分，最高扣1分；发生越级上访的，每起扣1分；发生“民转刑”案件的，"
                "本项不得分。", "矛盾纠纷排查台账、调解记录", indicator="平安建设"),
            Row("年初制定村级党建和乡村振兴年度工作计划；村党组织书记年底向乡镇党委述职；群众满意度达到百分之八十五。", 6,
                "无年度计划的扣1分；未述职的扣2分；满意度每低5个百分点扣1分，最高扣3分。", "工作计划、述职报告、满意度测评表",
                indicator="责任落实"),
        )),
    ),
)

HEADER = ["一级指标", "二级指标", "考核内容", "分值", "计分方法", "佐证材料", "得分"]
NOTE = ("说明：1.本表由区委组织部会同区委农办、区农业农村局于12月组织考核，乡镇党委配合，采取查阅资料、实地查看、入户走访、问卷测评相结合的"
        "方式进行；2.各项扣分以该项分值为限，扣完为止；3.村集体经济经营性收入以区农经站审核的年度收支报表为准，规模性返贫以省防返贫监测信息"
        "平台数据为准；4.考核得分90分以上的为“好”，80—89分的为“较好”，70—79分的为“一般”，70分以下的为“差”，考核结果与村干部绩效报酬和"
        "村级集体经济扶持项目安排挂钩。")


def build(t: Table, path: Path) -> None:
    import openpyxl
    from openpyxl.styles import Alignment, Font

    ncols = len(HEADER)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "村党组织考核"
    center = Alignment(horizontal="center", vertical="center", wrap_text=True)
    wrap = Alignment(vertical="center", wrap_text=True)
    xlsx_title(ws, t.title, ncols, Font(name="方正小标宋简体", size=16), center)
    xlsx_line(ws, "考核对象：全区各乡镇所辖村党组织", ncols)
    xlsx_line(ws, "乡镇：              村名：              考核日期：", ncols)
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
    xlsx_note(ws, NOTE, ncols, 62)
    xlsx_widths(ws, (12, 12, 46, 6, 48, 24, 7))
    wb.save(str(path))
