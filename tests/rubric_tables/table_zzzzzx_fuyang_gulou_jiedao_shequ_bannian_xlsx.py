"""中共阜阳市颍州区鼓楼街道工作委员会2026年上半年社区党组织党建工作考核评分表 (.xlsx), as the 党工委 of 鼓楼街道 in 颍州区 in 阜阳 in 安徽 (its
党建办 with the 社区治理办, the 平安办 and the 街道纪工委, a 考核组 of four going from 社区 to 社区 in the first ten days of July, when the 颍河 is high
after the 梅雨, the 西湖 lotus is out, the old 鼓楼 streets round the 文峰塔 smell of 格拉条 and 枕头馍, and the 防汛 duty lists are still pinned on the
doors of the 社区 halls) scores each of the ten 社区党委 (党总支) on its work from 1 January to 30 June: a half-year sheet whose 考核内容 prints what the
社区 must have done or reached in the half (counts "上半年…不少于N次", "1—6月…每月", "6月底前", "3月底前", "7月10日前" beside the usual "每月", "每季度")
and whose 评分标准 takes points off one clause at a time (scoring the 按期办结率 of the 12345 工单 in bands): 政治建设 (six 理论学习 and the 参学率; one
专题研究 of the 意识形态, the 审核 and a quarterly 更新; the 年初 责任书, one 警示教育 and no 违纪), 组织建设 (the “三会一课” with the half's 党员大会 and 党课
and the 书记's 党课; the monthly 主题党日 on the 15th, the 誓词 in late June, the 参加率, the 方案 and 照片; the 组织生活会 and 民主评议 by the end of March,
谈心谈话, 征求意见, the 整改清单 and the 完成率; one 积极分子 and the 公示 with a 一票否决; 党费 按月, the 核对, the 流动党员台账 and a quarterly 联系; the
网格 覆盖率, the 党员比例 of the 楼栋长 and two days of 培训), 基层治理 (the 报到率, two 社区活动 of each 报到党员 and a monthly 联席会议; a monthly 走访,
the 录入 and the 按期办结率 in bands; a monthly 排查, the 台账, the 调解成功率 and no 群体性事件; two 红色物业议事会 and the 满意率; two 志愿服务队, a monthly
志愿服务 and two 集中 志愿服务), 服务群众 (the 错时延时 and the 公示, three 实事 and their 公开; the 关爱台账, the 结对帮扶率, a monthly 探访 and the 春节
慰问; two 特色服务项目 and the 品牌 方案) and 基础保障 (the 年初 计划 and its 报送, the 半年小结 by 10 July and the 书记's 报告; a quarterly 公开, the “两委”
会议 and the 台账; the 经费 and its 公示, the 阵地).

A merged title row, a merged "考核对象：…" line and a merged "社区：…考核组成员：…考核时间：" line above the header 考核项目 | 考核内容 | 分值 | 评分标准 |
考核方式. There is NO 序号: the items are numbered by position 1..20. The 考核项目 are MERGED CELLS down the FIRST column, printed WITH an ordinal and WITH
their points on ONE line, "一、政治建设（15分）"; there is no short sub-label. 考核内容 (`Row.text`) says what is required; 分值 is a plain number BEFORE the
评分标准 (`Row.scoring`); 考核方式 (`Row.method`) last, saying only how the 考核组 checks ("查阅资料", "查阅会议记录", "实地查看", "个别谈话", "平台核查",
"入户走访", "电话回访", "问卷测评", "…提供"): it is no 佐证 column. A 合计 row of 100 and a merged 说明 row close the sheet. Counts in figures and Chinese
numerals, nearly all in the 考核内容 ("上半年…不少于6次", "百分之八十", "上半年…不少于1次", "每季度更新一次", "年初", "上半年…不少于1次", "1—6月支部委员会
每月召开1次，党员大会上半年召开不少于2次，党小组会每月召开1次，党课上半年不少于2次", "上半年讲党课不少于1次", "每月15日", "6月下旬", "百分之八十五",
"3月底前", "6月底前", "100%", "上半年…不少于1名", "不少于5个工作日", "按月", "1—6月", "上半年…核对一次", "每季度至少联系一次", "100%", "百分之六十",
"上半年…不少于2天", "100%", "上半年…不少于2次", "每月召开一次", "每月", "百分之九十五", "每月开展一次", "百分之九十", "上半年…不少于2次", "百分之八十",
"不少于2支", "每月…不少于1次", "上半年…不少于2次", "上半年…不少于3件", "100%", "每月…不少于1次", "春节期间", "上半年…不少于2个", "年初", "7月10日前",
"上半年", "每季度公开一次", "不少于500平方米"); the 满意率 threshold printed again in the 评分标准 ("满意率低于80%的"); "最高扣" caps; bands of the
按期办结率 (3 of the 6 points, closed by "85%以下的不得分"); "每低10个百分点" five times, "每低5个百分点" twice and "每低1个百分点" once; "每月扣" once;
"酌情扣0.5-1分" four times and "酌情扣1-2分" twice; one "实行一票否决，本项不得分" and four plain "本项不得分".
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


def _row(text: str, points: float, scoring: str, method: str) -> Row:
    """One row in the order the sheet prints it: 考核内容, 分值, 评分标准, 考核方式."""
    return Row(text, points, scoring, method)


TABLE = Table(
    name="zzzzzx_fuyang_gulou_jiedao_shequ_bannian_xlsx",
    fmt="xlsx",
    title="中共阜阳市颍州区鼓楼街道工作委员会2026年上半年社区党组织党建工作考核评分表",
    numbering="position",
    sections=(
        Section("政治建设", "一、政治建设（15分）", 15, (
            _row("落实“第一议题”制度，上半年社区党组织召开理论学习会议不少于6次；组织党员开展集中学习，党员参学率不低于百分之八十。", 5,
                 "理论学习每少1次扣0.5分；参学率每低10个百分点扣0.5分，最高扣1.5分；“第一议题”落实不到位的，酌情扣0.5-1分。",
                 "查阅会议记录"),
            _row("上半年专题研究意识形态工作不少于1次；社区微信群、公众号发布信息经社区党组织书记审核；社区宣传栏、电子屏内容每季度更新一次。", 5,
                 "未开展专题研究的扣1.5分；发布信息未经审核的，每次扣0.5分；宣传阵地更新每少1次扣0.5分；发生意识形态领域负面事件造成不良影响的，"
                 "本项不得分。",
                 "查阅资料、网络抽查"),
            _row("年初与街道党工委签订党建工作目标责任书；上半年开展廉政警示教育不少于1次；社区“两委”成员无违纪违法行为。", 5,
                 "未签订责任书的扣1分；未开展警示教育的扣1分；社区“两委”成员受到党纪政务处分的，每人扣2分。",
                 "查阅资料、街道纪工委提供"),
        )),
        Section("组织建设", "二、组织建设（30分）", 30, (
            _row("严格落实“三会一课”：1—6月支部委员会每月召开1次，党员大会上半年召开不少于2次，党小组会每月召开1次，党课上半年不少于2次；社区"
                 "党组织书记上半年讲党课不少于1次。", 7,
                 "“三会一课”每少1次扣0.5分，最高扣4分；书记未讲党课的扣1分；会议记录不完整、存在代签补记的，每次扣0.2分，最高扣1分。",
                 "查阅会议记录"),
            _row("每月15日开展主题党日，6月下旬结合建党纪念日组织党员重温入党誓词；党员参加率达到百分之八十五以上；活动有方案、有照片。", 5,
                 "主题党日每少1次扣0.5分；未组织重温入党誓词的扣0.5分；参加率每低5个百分点扣0.5分，最高扣1.5分；活动无方案、无照片的，每次扣"
                 "0.2分。",
                 "查阅资料"),
            _row("3月底前召开2025年度组织生活会，开展民主评议党员；会前开展谈心谈话、征求意见；会后建立问题整改清单，6月底前整改完成率达到100%。",
                 6,
                 "未召开组织生活会的扣2分；未开展民主评议党员的扣1.5分；未开展谈心谈话或征求意见的，每项扣0.5分；无整改清单的扣0.5分；整改完成率"
                 "每低10个百分点扣0.5分。",
                 "查阅会议记录、个别谈话"),
            _row("注重从社区工作者、网格员、退役军人中培养入党积极分子，上半年确定入党积极分子不少于1名；发展党员严格执行程序，发展对象公示不少于"
                 "5个工作日。", 4,
                 "未确定入党积极分子的扣1分；发展对象未公示的扣1分；发展程序不规范的，每发现一处扣0.5分；违规发展党员的，实行一票否决，本项不得分。",
                 "查阅发展党员档案"),
            _row("党员按月交纳党费，1—6月党费收缴及时足额；上半年对党员交纳基数核对一次；建立流动党员台账，每季度至少联系一次外出流动党员。", 5,
                 "未按月交纳党费的，每人次扣0.1分，最高扣1.5分；未核对基数的扣0.5分；无流动党员台账的扣1分；联系每少1次扣0.2分，最高扣1分。",
                 "查阅台账"),
            _row("网格党支部（党小组）覆盖全部网格，覆盖率100%；楼栋长、单元长中党员比例达到百分之六十以上；网格党支部书记上半年参加街道集中培训"
                 "不少于2天。", 3,
                 "网格党组织覆盖率每低10个百分点扣0.5分；党员比例每低10个百分点扣0.3分；书记培训不足2天的，每人扣0.2分，最高扣0.5分。",
                 "查阅资料、实地查看"),
        )),
        Section("基层治理", "三、基层治理（25分）", 25, (
            _row("推行“网格吹哨、党员报到”，在职党员到社区报到率100%，上半年每名报到党员参加社区活动不少于2次；每月召开一次社区“大党委”联席会议。",
                 6,
                 "报到率每低5个百分点扣0.5分；报到党员参加活动不足2次的，每人扣0.1分，最高扣1.5分；联席会议每少1次扣0.5分，最高扣2分。",
                 "查阅资料、平台核查"),
            _row("网格员每月走访辖区住户全覆盖，民情信息及时录入基层治理平台；居民诉求和12345热线工单按期办结率达到百分之九十五以上。", 6,
                 "走访未全覆盖的，每月扣0.3分，最高扣1.5分；信息录入不及时的，酌情扣0.5-1分；按期办结率95%以上的得3分，90%（含）—95%的得2分，"
                 "85%（含）—90%的得1分，85%以下的不得分。",
                 "平台核查、入户走访"),
            _row("每月开展一次矛盾纠纷排查，建立排查化解台账；矛盾纠纷调解成功率达到百分之九十以上；上半年未发生群体性事件和越级上访。", 5,
                 "排查每少1次扣0.5分；无排查化解台账的扣1分；调解成功率每低1个百分点扣0.2分，最高扣1分；发生越级上访的，每起扣1分；发生群体性"
                 "事件的，本项不得分。",
                 "查阅台账、街道平安办提供"),
            _row("小区物业服务企业、业委会纳入社区党组织统一领导，上半年召开红色物业议事会不少于2次；小区物业服务满意率达到百分之八十以上。", 4,
                 "议事会每少1次扣0.5分；满意率低于80%的扣1分；物业矛盾引发群体性投诉的，酌情扣1-2分。",
                 "查阅资料、问卷测评"),
            _row("组建党员志愿服务队不少于2支，每月开展志愿服务不少于1次；上半年围绕防汛、文明创建开展集中志愿服务不少于2次。", 4,
                 "服务队每少1支扣0.5分；志愿服务每少1次扣0.3分，最高扣1.5分；集中志愿服务每少1次扣0.5分；活动无照片的，每次扣0.1分。",
                 "查阅资料"),
        )),
        Section("服务群众", "四、服务群众（15分）", 15, (
            _row("社区党群服务中心实行“一站式”服务和错时延时服务，服务事项公示上墙；上半年开展“我为群众办实事”不少于3件，办理结果公开。", 5,
                 "未落实错时延时服务的扣1分；服务事项未公示的扣0.5分；实事每少1件扣0.5分；办理结果未公开的扣0.5分；阵地闲置或挪作他用的，本项"
                 "不得分。",
                 "实地查看、查阅资料"),
            _row("建立独居老人、困难党员、残疾人关爱台账，党员结对帮扶率达到100%，每月上门探访不少于1次；春节期间走访慰问困难党员、老党员。", 5,
                 "无关爱台账的扣1分；结对帮扶率每低10个百分点扣0.5分；探访每少1次扣0.1分，最高扣1.5分；春节期间未开展走访慰问的扣1分。",
                 "查阅台账、电话回访"),
            _row("上半年开展就业帮扶、“四点半课堂”等特色服务项目不少于2个；打造社区党建服务品牌，制定品牌创建方案。", 5,
                 "特色服务项目每少1个扣1分；无品牌创建方案的扣1分；服务项目群众参与度低、品牌成效不明显的，酌情扣1-2分。",
                 "查阅资料、实地查看"),
        )),
        Section("基础保障", "五、基础保障（15分）", 15, (
            _row("年初制定社区党组织年度工作计划并报街道党工委；7月10日前报送上半年党建工作小结；社区党组织书记上半年向党员大会报告工作。", 5,
                 "无年度计划的扣1分；计划未报送的扣0.5分；未按时报送半年小结的扣1分；书记未报告工作的扣1分。",
                 "查阅资料"),
            _row("党务、居务、财务每季度公开一次；社区重大事项经“两委”会议研究；党建台账分类规范、专人管理。", 5,
                 "公开每少1次扣0.5分；重大事项未经“两委”会议研究的，每件扣0.5分，最高扣1.5分；台账不规范的，酌情扣0.5-1分。",
                 "查阅资料、实地查看"),
            _row("社区党组织工作经费、服务群众专项经费使用规范，使用情况按规定公示；党群服务中心面积不少于500平方米，标识统一规范。", 5,
                 "经费使用未公示的扣1分；经费违规使用的，每笔扣1分；阵地面积不达标或标识不规范的，酌情扣0.5-1分；经费被挪用、套取的，本项不得分。",
                 "查阅资料、实地查看"),
        )),
    ),
)

HEADER = ["考核项目", "考核内容", "分值", "评分标准", "考核方式"]
NOTE = ("说明：1.本表用于2026年上半年社区党组织党建工作考核，考核时段为2026年1月1日至6月30日，由街道党工委于7月上旬组织实施；2.各项扣分以该项分值"
        "为限，扣完为止；评分标准列明得分档次的，按档次计分；3.半年考核得分按40%计入社区党组织年度党建考核总分；4.半年考核得分低于70分的，由街道"
        "党工委书记约谈社区党组织书记，限期1个月整改。")


def build(t: Table, path: Path) -> None:
    import openpyxl
    from openpyxl.styles import Alignment, Font

    ncols = len(HEADER)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "上半年考核"
    center = Alignment(horizontal="center", vertical="center", wrap_text=True)
    wrap = Alignment(vertical="center", wrap_text=True)
    xlsx_title(ws, t.title, ncols, Font(name="方正小标宋简体", size=15), center)
    xlsx_line(ws, "考核对象：鼓楼街道所辖10个社区党委（党总支）", ncols)
    xlsx_line(ws, "社区：                    考核组成员：                    考核时间：", ncols)
    xlsx_header(ws, HEADER, ncols)
    first = ws.max_row
    for s in t.sections:
        top = ws.max_row + 1
        for i, row in enumerate(s.rows):
            ws.append([s.printed if i == 0 else None, row.text, row.points, row.scoring, row.method])
            for c in (2, 4, 5):
                ws.cell(ws.max_row, c).alignment = wrap
            ws.cell(ws.max_row, 3).alignment = center
        xlsx_merge_down(ws, 1, top, ws.max_row, center)
    xlsx_total_row(ws, t.total, 3, ncols, center)
    xlsx_borders(ws, first, ncols)
    xlsx_note(ws, NOTE, ncols, 52)
    xlsx_widths(ws, (14, 56, 6, 56, 16))
    wb.save(str(path))
