"""大学西路街道党工委2025年度社区党组织书记抓基层党建工作述职评议考核评分表 (.xlsx), as a 内蒙古 呼和浩特 赛罕区 街道党工委 (its 党建办
with the 民族宗教 and 社会事务 staff and the 街道纪工委, a 评议组 in the 街道 礼堂 each January and a 考核组 going round the 社区 the week
before) scores the 社区党委 书记 of a 街道 of 高校 家属院, old 单位 楼院 and new 小区, with 蒙古族, 回族 and 汉族 neighbours and a long
供暖期: 抓责任落实 (the 年初 计划 and 责任清单 with a quarterly 专题研究, the 年中 报告 and ten 走访 a month, the 整改台账 with the 完成率,
a half-yearly 研判), 抓班子带队伍 (one roster of the “两委” by age and 学历 and one of the 后备力量, a half-yearly 谈心谈话, the 社区工作者
考核 制度 with five days of 培训 and a monthly 业务学习, “每两年至少发展1名” with a quarterly 谈话, the 登记率 of the 流动党员 with a quarterly
联系), 抓组织生活 (the “三会一课” with two 党课 of the 书记 and one on the 中华民族共同体意识, the monthly 主题党日 with a quarterly 民族团结
活动 and the 参加率, the 组织生活会 with 民主评议, 征求意见 and the 报告 sent up, 党费 with its 凭证 and a half-yearly 通报), 抓服务群众
(fifty 走访 a month with the 办结率 in bands, the 结对 覆盖率 with a quarterly 走访 and four 创建 活动, the 年初 清单 with five 实事, the
年底 测评 and the 满意度, the 冬季 关爱台账 with a monthly 探访 and a quarterly 排查) and 述职评议 (the 年底 述职 with 征求意见, the 测评
“好”“较好” 比例 in bands, the 整改清单 with its 公示; a deduction-only line on 约谈 and 通报).

A merged title row and a merged "考核对象：大学西路街道所辖各社区党委（党总支）书记" line above the header 序号 | 一级指标 | 二级指标 | 考核
要点 | 分值 | 评分标准 | 佐证材料 | 得分. 序号 (FIRST column, numeric cells) runs 1..20 through the sheet, NOT restarting. The categories are
MERGED CELLS down the 一级指标 column (SECOND), printed WITHOUT an ordinal on TWO lines, "抓责任落实\\n（16分）". 二级指标 is a short sub-label
(`Row.indicator`). 分值 comes BEFORE the 评分标准, a plain number. 佐证材料 (`Row.method`) names the papers the 社区 lays out, joined by "、"
(twice a way of checking: 现场测评, 街道纪工委提供). 得分 is blank. A 合计 row of 100 and a merged 备注 row close the sheet. Counts in
figures and Chinese numerals ("每季度至少…一次", "年中…报告一次", "每半年…一次", "每两年至少发展党员1名", "每季度…谈话一次", "每季度至少
联系一次", "每季度至少开展一次", "每半年…通报一次", "每月至少上门探访一次", "每季度开展一次"); "不少于10户", "不少于5天", "不少于2次",
"不少于50户次", "不少于4次", "不少于5件"; "最高扣" caps; "酌情扣0.5-1分" three times, "酌情扣1分" twice and "酌情扣1-2分"; two sets of bands (an
办结率 closed by "85%以下的不得分", a 测评 比例 closed by "75%以下的不得分"); seven plain "本项不得分" (one of them the only rule of a part,
"未述职的本项不得分"); one line is deduction-only.
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
    name="zzze_huhehaote_daxuexilu_jiedao_shuji_shuzhi_xlsx",
    fmt="xlsx",
    title="大学西路街道党工委2025年度社区党组织书记抓基层党建工作述职评议考核评分表",
    numbering="printed",
    sections=(
        Section("抓责任落实", "抓责任落实\n（16分）", 16, (
            Row("社区党组织书记年初制定本社区年度党建工作计划和书记抓党建责任清单；每季度至少主持召开一次党组织会议专题研究党建工作。", 5,
                "无年度工作计划的扣1分；无责任清单的扣1分；专题研究每少1次扣0.5分；研究内容空泛、走过场的，酌情扣0.5-1分。",
                "工作计划、责任清单、会议记录", indicator="第一责任人"),
            Row("书记年中向街道党工委书面报告一次抓党建工作情况；带头落实“四下基层”制度，每月到网格、楼栋走访党员群众不少于10户。", 4,
                "未报告的扣1分；走访每少1户扣0.1分，最高扣2分；“四下基层”落实不到位的，酌情扣1分。", "书面报告、走访记录",
                indicator="书记履职"),
            Row("对上年度述职评议指出的问题和街道党工委反馈的问题建立整改台账，逐项明确整改措施和时限，整改完成率达到100%。", 4,
                "未建立整改台账的扣1分；整改完成率每低10个百分点扣0.5分；同一问题重复出现的，每个扣0.5分。", "整改台账",
                indicator="问题整改"),
            Row("落实意识形态工作责任制，每半年专题分析研判一次意识形态形势；社区微信群、宣传栏等阵地明确专人管理。", 3,
                "研判每少1次扣0.5分；阵地未明确专人管理的扣0.5分；发生意识形态问题造成不良影响的，本项不得分。", "研判记录",
                indicator="意识形态"),
        )),
        Section("抓班子带队伍", "抓班子带队伍\n（16分）", 16, (
            Row("社区“两委”班子成员中40周岁以下的不少于2名，大专及以上学历的不少于4名；储备35周岁以下社区后备力量不少于2名；书记每半年"
                "与班子成员开展一次谈心谈话。", 5,
                "班子结构不达标的，每项扣0.5分；后备力量每少1名扣0.5分；谈心谈话每少1次扣0.5分；班子不团结、内耗严重的，本项不得分。",
                "“两委”成员名册、后备力量名册、谈心谈话记录", indicator="班子建设"),
            Row("建立社区工作者“岗位+积分”考核管理制度；社区工作者每年参加区级以上业务培训不少于5天；每月组织一次社区工作者业务学习。", 4,
                "未建立考核管理制度的扣1分；培训时间不足5天的，每人扣0.2分，最高扣1分；业务学习每少1次扣0.2分。",
                "考核管理制度、培训记录、学习记录", indicator="社工队伍"),
            Row("注重从社区工作者、网格员、新就业群体中发展党员，每两年至少发展党员1名；培养联系人每季度与入党积极分子谈话一次。", 4,
                "两年内未发展党员的扣1.5分；谈话每少1次扣0.2分；发展党员程序不规范的，每人扣1分；违规发展党员的，本项不得分。",
                "发展党员档案、谈话记录", indicator="发展党员"),
            Row("开展党员组织关系排查，流动党员、“口袋党员”登记率达到100%；对外出流动党员每季度至少联系一次，引导其参加线上组织生活。", 3,
                "登记率每低10个百分点扣0.5分；联系每少1次扣0.2分；失联党员未按规定处置的，每人扣0.5分。", "流动党员台账、联系记录",
                indicator="流动党员"),
        )),
        Section("抓组织生活", "抓组织生活\n（20分）", 20, (
            Row("支部委员会每月召开1次，党员大会每季度召开1次，党小组会每月召开1次，党课每季度1次；书记每年为党员讲党课不少于2次，其中"
                "1次为铸牢中华民族共同体意识专题党课。", 6,
                "“三会一课”每少1次扣0.5分，最高扣3分；书记讲党课每少1次扣1分；会议记录不规范的，酌情扣0.5-1分。", "会议记录本、签到表",
                indicator="三会一课"),
            Row("每月固定开展主题党日；结合“北疆文化”建设和民族团结进步月，每季度至少开展一次民族团结主题活动；党员参加率达到85%以上。", 5,
                "主题党日每少1次扣0.3分；民族团结主题活动每少1次扣0.5分；参加率每低5个百分点扣0.3分。", "活动方案、签到表、活动照片",
                indicator="主题党日"),
            Row("每年召开一次组织生活会，开展民主评议党员；会前广泛征求党员群众意见，会后15日内向街道党工委报送会议情况报告。", 5,
                "未召开组织生活会的扣2分；未开展民主评议党员的扣1分；未征求意见的扣0.5分；会议情况报告未按时报送的扣0.5分；查摆问题不深刻、"
                "批评流于形式的，酌情扣1分。", "会议记录、征求意见汇总表、会议情况报告", indicator="组织生活会"),
            Row("党员按月足额交纳党费，党费由专人收缴、专户管理，收缴凭证完整；党费收缴情况每半年向党员通报一次。", 4,
                "党费未按月交纳的，每人次扣0.1分，最高扣1.5分；收缴凭证不全的扣0.5分；通报每少1次扣0.5分；挪用党费的，本项不得分。",
                "党费收缴台账、收缴凭证", indicator="党费管理"),
        )),
        Section("抓服务群众", "抓服务群众\n（24分）", 24, (
            Row("落实党建引领网格化服务管理，网格员每月入户走访不少于50户次；居民诉求“接诉即办”，办结率达到95%以上。", 6,
                "入户走访不足的，每人每月扣0.1分，最高扣2分；办结率95%以上的得4分，90%（含）—95%的得3分，85%（含）—90%的得2分，85%以下的"
                "不得分。", "走访台账、12345平台数据", indicator="网格服务"),
            Row("深化“民族团结一家亲”结对认亲活动，党员与各族群众结对覆盖率达到100%，每季度至少走访结对户一次；每年开展民族团结进步创建"
                "“进楼栋、进家庭”活动不少于4次；推广使用国家通用语言文字。", 6,
                "结对覆盖率每低10个百分点扣0.5分；走访每少1次扣0.2分，最高扣1.5分；创建活动每少1次扣0.5分；国家通用语言文字推广不到位的，"
                "酌情扣0.5-1分。", "结对名单、走访记录、活动照片", indicator="民族团结"),
            Row("年初公布“我为群众办实事”项目清单，全年完成实事不少于5件；年底组织居民代表对实事项目进行满意度测评，满意度达到90%以上。", 6,
                "未公布项目清单的扣1分；实事每少1件扣0.5分；未开展满意度测评的扣1分；满意度每低5个百分点扣0.5分。",
                "项目清单、公示照片、满意度测评表", indicator="为民办实事"),
            Row("供暖期内建立独居老人、困难家庭“冬季关爱”台账，网格员、党员每月至少上门探访一次；每季度开展一次燃气、消防安全隐患排查。", 6,
                "无关爱台账的扣1分；探访每少1次扣0.2分，最高扣2分；隐患排查每少1次扣0.5分；因关爱不到位发生冻伤、煤气中毒等事件的，本项"
                "不得分。", "关爱台账、探访记录、排查记录", indicator="冬季关爱"),
        )),
        Section("述职评议", "述职评议\n（24分）", 24, (
            Row("书记年底向街道党工委述职，述职报告经社区党组织会议讨论后报送；述职前广泛征求党员、居民代表和驻区单位意见。", 5,
                "未述职的本项不得分；述职报告未经讨论的扣1分；未征求意见的扣1分；述职报告查摆问题不具体、整改措施不实的，酌情扣1-2分。",
                "述职报告、征求意见汇总表", indicator="述职报告"),
            Row("街道党工委组织现场述职评议，党员代表、居民代表、驻区单位代表参加民主测评，测评“好”“较好”等次的比例达到85%以上。", 10,
                "“好”“较好”比例95%以上的得10分，90%（含）—95%的得8分，85%（含）—90%的得6分，75%（含）—85%的得3分，75%以下的不得分。",
                "现场测评", indicator="民主测评"),
            Row("对述职评议中指出的问题，30日内形成整改清单报街道党工委，整改情况在社区公示栏公示。", 4,
                "未形成整改清单的扣2分；整改清单未按时报送的扣1分；整改情况未公示的扣1分。", "整改清单、公示照片",
                indicator="结果运用"),
            Row("书记履职不力被上级约谈、通报批评，或社区发生违规违纪问题（本项为扣分项）。", 5,
                "书记被区级以上约谈的，每次扣1分；被通报批评的，每次扣2分；社区“两委”成员受到党纪政务处分的，本项不得分。",
                "街道纪工委提供", indicator="负面清单"),
        )),
    ),
)

HEADER = ["序号", "一级指标", "二级指标", "考核要点", "分值", "评分标准", "佐证材料", "得分"]
NOTE = ("备注：1.日常考核由街道党工委于12月下旬组织，现场述职评议于次年1月中旬进行，评议结果当场统计；2.各项扣分以该项分值为限，扣完"
        "为止；3.考核得分90分以上的为“好”，80—89分的为“较好”，70—79分的为“一般”，70分以下的为“差”，评为“差”的书记由街道党工委"
        "约谈；4.考核结果与社区党组织书记绩效报酬、评先评优挂钩。")


def build(t: Table, path: Path) -> None:
    import openpyxl
    from openpyxl.styles import Alignment, Font

    ncols = len(HEADER)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "述职评议考核"
    center = Alignment(horizontal="center", vertical="center", wrap_text=True)
    wrap = Alignment(vertical="center", wrap_text=True)
    xlsx_title(ws, t.title, ncols, Font(name="方正小标宋简体", size=16), center)
    xlsx_line(ws, "考核对象：大学西路街道所辖各社区党委（党总支）书记", ncols)
    xlsx_header(ws, HEADER, ncols)
    first = ws.max_row
    number = 0
    for s in t.sections:
        top = ws.max_row + 1
        for i, row in enumerate(s.rows):
            number += 1
            ws.append([number, s.printed if i == 0 else None, row.indicator, row.text, row.points, row.scoring, row.method, None])
            for c in (4, 6, 7):
                ws.cell(ws.max_row, c).alignment = wrap
            for c in (1, 3, 5):
                ws.cell(ws.max_row, c).alignment = center
        xlsx_merge_down(ws, 2, top, ws.max_row, center)
    xlsx_total_row(ws, t.total, 5, ncols, center)
    xlsx_borders(ws, first, ncols)
    xlsx_note(ws, NOTE, ncols, 52)
    xlsx_widths(ws, (6, 11, 11, 46, 6, 46, 20, 7))
    wb.save(str(path))
