"""临沂市退役军人事务局机关党委2025年度华东革命烈士陵园党支部党建工作考核评分表 (.xlsx), as the 机关党委 of the 临沂市退役军人事务局 in 山东 (its
机关党委办公室 with the 褒扬纪念科, the 优抚科, the 办公室 and the 驻局纪检监察组, a 考核组 that comes out to the 陵园 below the 沂蒙山 in the first week
of January, when the 烈士纪念日 and the 冬至 祭扫 are behind them, the 松柏 along the 神道 are dusted with snow, the 研学 buses have stopped for the 寒假 and
the 讲解员 are rewriting the 讲解词 for the 清明 crowds) scores the 党支部 of the 华东革命烈士陵园 管理服务中心: the 讲解员, most of them young women and
some of them 退役军人, the 墓区 管护 workers who sweep the 烈士墓 every week, the 寻亲 volunteers who match the 烈士 names to the 烈属 in 江苏、安徽、河南,
the 党员 who visit the 烈属 and the 老党员 at 春节 and on the 烈士纪念日: a sheet of 考核类别 whose 考核细则 prints what the 支部 must have done, whose 扣分
办法 takes points off one clause at a time (scoring the 主题党日 参加率 and the 讲解服务 满意率 in bands and the 年底 满意率 by the 百分点), and whose 佐证材料
names the papers: 政治建设 (the “第一议题”, a monthly 集中学习, 40学时 and a quarterly 英烈事迹 学习; a half-yearly 研判, the “三审三校” and a 一票否决; the
年初 责任书, a quarterly 提醒谈话 and no 违规收费; two 现场教学 and one 征文 or 演讲), 组织建设 (the “三会一课”, the 书记's two 党课 and one “现场党课”; the
主题党日 on the 5th, the 参加率 in bands and the 形式; the 组织生活会, the 谈心谈话, the 征求意见 and the 民主评议; 党费 按月 with a half-yearly 公示, one
积极分子 and the 档案; the 3人, the 换届, the 联系 and the 积分 with a quarterly 公示; the 党员比例 of the 讲解员, a half-yearly 培训 or 比赛 and the 持证上岗率),
业务融合 (the two 公祭, twelve 清扫维护 and the 准确率; two 烈属 each, a quarterly 联系, three 慰问 全覆盖 and ten 实事; the 寻亲 服务队, five 寻亲 and a
quarterly 发布; the 宣讲团, twenty 宣讲 and the 讲解服务 满意率 in bands; a monthly 排查, the 整改台账, the 整改率, the 预案, one 演练 and a 一票否决; the
上线率, two 更新 a month and the 代祭扫) and 基础保障 (the 标识、党旗、制度、书籍 and the 品牌; the 年初 计划, the 年中 小结, the 年底 总结 and the 年底 述职; the
年底 满意率).

A merged title row, a merged "考核对象：华东革命烈士陵园管理服务中心党支部" line and a merged "考核单位：临沂市退役军人事务局机关党委    考核日期："
line above the header 序号 | 考核类别 | 考核细则 | 分值 | 扣分办法 | 佐证材料 | 自评分 | 考核分. 序号 (FIRST column) runs 1..19 through the sheet, NOT
restarting. The 考核类别 are MERGED CELLS down the SECOND column, printed WITHOUT an ordinal and WITH their points on ONE line, "政治建设（20分）"; there is
no short sub-label. 考核细则 (`Row.text`) says what is required; 分值 is a plain number BEFORE the 扣分办法 (`Row.scoring`); 佐证材料 (`Row.method`) names
the papers, joined by "、"; 自评分 and 考核分 are blank. A 合计 row of 100 and a merged 说明 row close the sheet. Counts in figures and Chinese numerals,
nearly all in the 考核细则 ("每月开展一次", "每人每年…不少于40学时", "每季度开展一次", "每半年开展一次", "全年", "年初", "每季度开展一次", "全年", "年内…
不少于2次", "不少于1次", "支部委员会每月召开1次，党员大会每季度召开1次，党小组会每月召开1次，党课每季度1次", "每年讲党课不少于2次", "不少于1次", "每月
5日", "不低于百分之九十", "每年召开一次", "按月", "每半年公示一次", "年内…不少于1名", "3人以上", "按期", "不少于3名", "每季度公示一次", "不低于百分之
五十", "每半年开展一次", "100%", "清明节、烈士纪念日（9月30日）", "年内…不少于12次", "100%", "不少于2户", "每季度至少…一次", "“七一”、春节、烈士纪念
日", "全覆盖", "年内…不少于10件", "年内…不少于5例", "每季度…发布一次", "年内…不少于20场", "百分之九十五以上", "每月开展一次", "100%", "不少于1次",
"全年", "100%", "每月…不少于2次", "清明期间", "年初", "年中", "年底", "年底", "年底", "不低于百分之九十"); "最高扣" caps; bands of the 主题党日 参加率
(2 of the 5 points, closed by "90%以下的不得分") and of the 讲解服务 满意率 (4 of the 7, closed by "90%以下的不得分"); "每低1个百分点" twice,
"每低5个百分点" twice and "每低10个百分点" once; "酌情扣0.5-1分" once and "酌情扣0.5分" once; two "实行一票否决，本项不得分".
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


def _row(text: str, points: float, scoring: str, proof: str) -> Row:
    """One row in the order the sheet prints it: 考核细则, 分值, 扣分办法, 佐证材料."""
    return Row(text, points, scoring, proof)


TABLE = Table(
    name="zzzzy_linyi_huadong_lieshi_lingyuan_zhibu_xlsx",
    fmt="xlsx",
    title="临沂市退役军人事务局机关党委2025年度华东革命烈士陵园党支部党建工作考核评分表",
    numbering="printed",
    sections=(
        Section("政治建设", "政治建设（20分）", 20, (
            _row("落实“第一议题”制度，支部每月开展一次集中学习；党员每人每年参加集中学习培训不少于40学时；每季度开展一次英烈事迹专题学习。", 6,
                 "集中学习每少1次扣0.3分，最高扣2分；学时不足的，每人扣0.2分，最高扣1.5分；专题学习每少1次扣0.5分。", "学习记录、学时登记表"),
            _row("每半年开展一次意识形态工作分析研判；讲解词、展陈内容、网站和微信公众号信息发布实行“三审三校”；坚决抵制历史虚无主义，全年无歪曲、丑化"
                 "英烈事迹的讲解和宣传。", 6,
                 "研判每少1次扣1分；讲解词、展陈内容未经审核的，每项扣0.5分，最高扣1.5分；出现歪曲、丑化英烈事迹问题的，实行一票否决，本项不得分。",
                 "研判记录、审核登记表"),
            _row("支部书记年初与机关党委签订党风廉政建设责任书；每季度开展一次廉政提醒谈话；陵园服务项目、物资采购按规定程序办理，全年无违规收费。", 4,
                 "未签订责任书的扣1分；提醒谈话每少1次扣0.5分；发现违规收费的，每起扣1分。", "责任书、谈话记录"),
            _row("年内组织党员到沂蒙红嫂纪念馆、孟良崮战役纪念馆等红色教育基地开展现场教学不少于2次；开展“学英烈、做先锋”主题征文或演讲活动不少于1次。", 4,
                 "现场教学每少1次扣1分；未开展征文或演讲活动的扣1分。", "活动方案、活动照片"),
        )),
        Section("组织建设", "组织建设（30分）", 30, (
            _row("支部委员会每月召开1次，党员大会每季度召开1次，党小组会每月召开1次，党课每季度1次；支部书记每年讲党课不少于2次，其中在烈士纪念碑前讲"
                 "“现场党课”不少于1次。", 7,
                 "“三会一课”每少1次扣0.5分，最高扣4分；书记讲党课每少1次扣0.5分；未讲“现场党课”的扣0.5分。", "会议记录、签到表、党课讲稿"),
            _row("每月5日开展主题党日活动，结合清明祭扫、烈士纪念日开展主题党日；党员参加率不低于百分之九十。", 5,
                 "主题党日每少1次扣0.3分，最高扣2分；参加率95%以上的得2分，90%（含）—95%的得1分，90%以下的不得分；活动形式单一、流于形式的，酌情扣"
                 "0.5-1分。", "活动方案、签到表、活动照片"),
            _row("每年召开一次组织生活会，会前支委成员之间、支委成员与党员之间开展谈心谈话，征求烈属、退役军人代表意见；会后开展民主评议党员。", 5,
                 "未召开组织生活会的扣2分；未开展谈心谈话的扣0.5分；未征求意见的扣0.5分；未开展民主评议党员的扣1分。",
                 "会议记录、征求意见表、民主评议表"),
            _row("党员按月交纳党费，党费收缴情况每半年公示一次；年内发展党员或确定入党积极分子不少于1名，优先从讲解员、退役军人职工中培养；党员档案规范"
                 "管理。", 5,
                 "未按月交纳的，每人次扣0.1分，最高扣1分；党费公示每少1次扣0.5分；未发展党员且未确定积极分子的扣1分；党员档案管理不规范的，酌情扣"
                 "0.5分。", "党费收缴台账、公示照片、发展党员档案"),
            _row("支部委员会由3人以上组成，按期换届；支委分工明确，每名支委联系党员不少于3名；实行党员“积分+星级”管理，积分每季度公示一次。", 4,
                 "未按期换届的扣1.5分；支委联系党员未落实的，每人扣0.2分，最高扣1分；未实行积分管理的扣1分；积分公示每少1次扣0.3分。",
                 "换届选举批复、积分台账"),
            _row("党员讲解员占讲解员总数的比例不低于百分之五十；每半年开展一次讲解员业务培训或讲解比赛；讲解员持证上岗率达到100%。", 4,
                 "党员讲解员比例低于50%的扣1分；培训或比赛每少1次扣0.5分；持证上岗率每低10个百分点扣0.5分，最高扣1.5分。", "讲解员名册、培训签到表"),
        )),
        Section("业务融合", "业务融合（35分）", 35, (
            _row("按规定组织清明节、烈士纪念日（9月30日）公祭活动；年内组织党员对烈士墓、纪念设施开展清扫维护不少于12次；烈士英名录、墓碑信息核对准确率"
                 "达到100%。", 6,
                 "公祭活动每少1次扣1.5分；清扫维护每少1次扣0.2分，最高扣1.5分；准确率每低1个百分点扣0.2分，最高扣1分。",
                 "公祭活动方案、维护记录、活动照片"),
            _row("党员结对联系烈属家庭，每名党员联系烈属不少于2户，每季度至少电话或上门联系一次；“七一”、春节、烈士纪念日走访慰问烈属和老党员，实现全覆盖；"
                 "年内为烈属代办实事不少于10件。", 7,
                 "结对联系每少1户扣0.2分，最高扣1分；联系每少1次扣0.1分，最高扣1.5分；慰问每少1户扣0.2分，最高扣2分；代办实事每少1件扣0.2分。",
                 "结对联系台账、慰问名单、走访照片"),
            _row("组建“为烈士寻亲”党员志愿服务队，年内帮助烈士寻亲、比对信息不少于5例；寻亲信息每季度在微信公众号发布一次。", 4,
                 "未组建服务队的扣1分；寻亲每少1例扣0.3分，最高扣1.5分；信息发布每少1次扣0.3分。", "服务队名单、寻亲档案、公众号截图"),
            _row("组建党员宣讲团，年内进学校、进社区、进军营开展英烈事迹宣讲不少于20场；团体祭扫、研学参观讲解服务满意率达到百分之九十五以上。", 7,
                 "宣讲每少1场扣0.2分，最高扣2分；满意率98%以上的得4分，95%（含）—98%的得3分，90%（含）—95%的得2分，90%以下的不得分。",
                 "宣讲记录、活动照片、满意度调查表"),
            _row("每月开展一次陵园消防、祭扫安全隐患排查，建立隐患整改台账，整改率达到100%；清明祭扫高峰期制定安全保障预案，开展应急演练不少于1次；全年"
                 "不发生安全责任事故。", 6,
                 "排查每少1次扣0.3分，最高扣1.5分；无整改台账的扣0.5分；整改率每低5个百分点扣0.5分，最高扣1分；未制定预案的扣1分；未开展演练的扣1分；"
                 "发生安全责任事故的，实行一票否决，本项不得分。", "排查记录、整改台账、应急预案、演练照片"),
            _row("维护网上祭扫平台，烈士信息上线率达到100%；平台内容每月更新不少于2次；清明期间开通“代祭扫”服务。", 5,
                 "上线率每低5个百分点扣0.5分，最高扣1.5分；更新每少1次扣0.2分，最高扣1.5分；未开通代祭扫服务的扣1分。", "平台截图、代祭扫登记表"),
        )),
        Section("基础保障", "基础保障（15分）", 15, (
            _row("支部活动室有标识、有党旗、有制度、有书籍；打造“英烈精神永传承”党建品牌。", 4,
                 "标识、党旗、制度、书籍每缺一项扣0.5分；未打造品牌的扣1分。", "活动室照片、品牌创建方案"),
            _row("年初制定支部工作计划，年中形成半年工作小结，年底形成全年工作总结；支部书记年底向局机关党委述职。", 5,
                 "缺计划、小结或总结的，每项扣1分；未述职的扣2分。", "工作计划、半年小结、工作总结、述职报告"),
            _row("年底由局机关党委组织烈属代表、退役军人代表和干部职工对支部工作开展满意度测评，满意率不低于百分之九十。", 6,
                 "满意率每低1个百分点扣0.5分，最高扣6分。", "测评统计表"),
        )),
    ),
)

HEADER = ["序号", "考核类别", "考核细则", "分值", "扣分办法", "佐证材料", "自评分", "考核分"]
NOTE = ("说明：1.本表由局机关党委于次年1月上旬组织考核，褒扬纪念科、优抚科参加，先由支部对照自评，再由考核组采取听取汇报、查阅佐证材料、实地查看、"
        "电话回访烈属、问卷测评相结合的方式评分，以2025年1月1日至12月31日形成的资料为准；2.各项扣分以该项分值为限，扣完为止；扣分办法列明得分档次的，"
        "按档次计分；3.讲解服务满意率以陵园游客服务中心调查数据为准，安全责任事故以应急管理部门认定为准；4.考核得分90分以上的为“好”，80—89分的为"
        "“较好”，70—79分的为“一般”，70分以下的为“差”，考核结果与支部书记年度考核和职工评先评优挂钩。")


def build(t: Table, path: Path) -> None:
    import openpyxl
    from openpyxl.styles import Alignment, Font

    ncols = len(HEADER)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "陵园党支部考核"
    center = Alignment(horizontal="center", vertical="center", wrap_text=True)
    wrap = Alignment(vertical="center", wrap_text=True)
    xlsx_title(ws, t.title, ncols, Font(name="宋体", size=16, bold=True), center)
    xlsx_line(ws, "考核对象：华东革命烈士陵园管理服务中心党支部", ncols)
    xlsx_line(ws, "考核单位：临沂市退役军人事务局机关党委              考核日期：", ncols)
    xlsx_header(ws, HEADER, ncols)
    first = ws.max_row
    number = 0
    for s in t.sections:
        top = ws.max_row + 1
        for i, row in enumerate(s.rows):
            number += 1
            ws.append([number, s.printed if i == 0 else None, row.text, row.points, row.scoring, row.method, None, None])
            for c in (3, 5, 6):
                ws.cell(ws.max_row, c).alignment = wrap
            for c in (1, 4):
                ws.cell(ws.max_row, c).alignment = center
        xlsx_merge_down(ws, 2, top, ws.max_row, center)
    xlsx_total_row(ws, t.total, 4, ncols, center)
    xlsx_borders(ws, first, ncols)
    xlsx_note(ws, NOTE, ncols, 80)
    xlsx_widths(ws, (6, 12, 50, 6, 50, 22, 7, 7))
    wb.save(str(path))
