"""中共会昌县周田镇委员会2025年度村党组织书记抓基层党建工作述职评议考核表 (.xlsx), as the 镇党委 of 周田镇 in 会昌 in 赣州 in 江西 (its 组织委员
and 党建办, with the 镇纪委, the 农经站, the 综治中心 and the 包村 领导, a 评议组 sitting in the 镇 大会堂 for two days in early January while the 村党组织
书记 read their 述职报告 one after another, and then driving out along the 湘江 to the 村部 to check the papers, when the 脐橙 are picked and boxed for the
northern markets, the 白莲 ponds are drained and brown, the 客家 houses smell of 腊肉 and the 返乡 young are back for the 春节) scores each 村党组织书记 on the
year's 履职: a sheet whose 评议要点 prints what the 书记 must have done or reached, whose 扣分标准 takes points off one clause at a time (scoring the
经营性收入 in bands of 万元, the 民主测评 满意率 in bands and the 镇党委's 综合评价 by grade) and whose 佐证材料 names the papers the 评议组 asks to see: 述职
准备 (the 年初 责任书 and 承诺, the 年底 述职报告 and its 审核; ten 意见建议, the 问题清单 and the 整改 完成率), 抓班子带队伍 (the 班子 with one under 35, one
with 大专 and two 后备力量; the “三会一课” and two 党课 of the 书记; the 主题党日 on the 5th and its 参加率, the 组织生活会, the 民主评议 and the 谈心谈话; one
发展 in two years, two 积极分子, the 流动党员台账 and a quarterly 联系, with a 一票否决), 抓发展促振兴 (the 经营性收入 in bands, the 增长率 and the 登记造册;
the “书记项目” and the 合作社; two 巡河巡林 a month and no 占用耕地; three 培训, five 乡贤 and one 创业项目), 抓治理保稳定 (the “四议两公开” and a quarterly
公开; a monthly 排查, the 积案 and the 调解成功率; a half-yearly 专题研究 of the 意识形态 and the 村规民约; a deduction-only line on the 书记's 廉洁 with a 一票
否决) and 民主测评 (the 满意率 of the 党员 and 村民代表 in bands; the 综合评价 of the 镇党委 by grade).

A merged title row, a merged "评议对象：…" line and a merged "村：…书记姓名：…评议时间：" line above the header 评议项目 | 评议要点 | 分值 | 扣分标准 | 佐证
材料. There is NO 序号: the items are numbered by position 1..16. The 评议项目 are MERGED CELLS down the FIRST column, printed WITH an ordinal and WITH their
points on ONE line, "一、述职准备（10分）"; there is no short sub-label. 评议要点 (`Row.text`) says what is required; 分值 is a plain number BEFORE the 扣分
标准 (`Row.scoring`); 佐证材料 (`Row.method`) last, naming the papers, joined by "、" (a 现场查看 once, a 镇纪委核实 once). A 合计 row of 100 and a merged
说明 row close the sheet. Counts in figures and Chinese numerals, nearly all in the 评议要点 ("年初", "年底", "不少于10条", "100%", "35周岁以下的不少于1名，
大专及以上学历的不少于1名", "不少于2名", "支部委员会每月召开1次，党员大会每季度召开1次，党小组会每月召开1次，党课每季度1次", "每年…不少于2次", "每月5日",
"百分之八十五", "每年", "两年内至少…1名", "不少于2名", "每季度至少…1次", "15万元以上", "百分之十以上", "不少于1个", "年内", "每月…不少于2次", "年内…不少于
3期", "不少于5名", "不少于1个", "每季度公开一次", "每月开展一次", "百分之九十五以上", "每半年…一次", "年底…百分之八十五以上"); "最高扣" caps; bands of the
经营性收入 in 万元 (5 of the 8 points, closed by "10万元以下的不得分"); bands of the 满意率 (all 12 points, closed by "80%以下的不得分"); a 综合评价 by grade
("好"/"较好"/"一般"/"差", all 8 points); "每低10个百分点" once, "每低5个百分点" once, "每低2个百分点" once and "每低1个百分点" once; "每宗" once;
"酌情扣0.5-1分" three times and "酌情扣1-2分" once; two "实行一票否决，本项不得分" and three plain "本项不得分"; one line is deduction-only ("（本项为扣分
项）").
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


def _row(text: str, points: float, scoring: str, papers: str) -> Row:
    """One row in the order the sheet prints it: 评议要点, 分值, 扣分标准, 佐证材料."""
    return Row(text, points, scoring, papers)


TABLE = Table(
    name="zzzzzw_huichang_zhoutian_zhen_cun_shuji_shuzhi_pingyi_xlsx",
    fmt="xlsx",
    title="中共会昌县周田镇委员会2025年度村党组织书记抓基层党建工作述职评议考核表",
    numbering="position",
    sections=(
        Section("述职准备", "一、述职准备（10分）", 10, (
            _row("村党组织书记年初与镇党委签订抓基层党建工作责任书，作出年度公开承诺；年底撰写抓党建述职报告，述职报告经镇党委审核后在党员大会"
                 "上述职。", 5,
                 "未签订责任书的扣1分；未作出公开承诺的扣1分；无述职报告的扣2分；述职报告未经审核的扣0.5分；述职报告内容空泛、问题查摆不深的，"
                 "酌情扣0.5-1分。",
                 "责任书、承诺书、述职报告"),
            _row("述职前通过座谈、走访等方式征求党员群众意见建议不少于10条，逐条梳理形成问题清单；上年度述职评议反馈问题整改完成率100%。", 5,
                 "征求意见不足10条的扣1分；无问题清单的扣1分；整改完成率每低10个百分点扣0.5分，最高扣2分；整改弄虚作假的，本项不得分。",
                 "意见建议汇总表、问题清单、整改台账"),
        )),
        Section("抓班子带队伍", "二、抓班子带队伍（25分）", 25, (
            _row("村“两委”班子团结协作、分工明确；班子成员中35周岁以下的不少于1名，大专及以上学历的不少于1名；储备村级后备力量不少于2名。", 6,
                 "班子不团结、内耗严重的扣2分；35周岁以下或大专及以上学历成员不达标的，每项扣1分；后备力量每少1名扣0.5分。",
                 "班子成员名册、后备力量台账"),
            _row("支部委员会每月召开1次，党员大会每季度召开1次，党小组会每月召开1次，党课每季度1次；书记每年为党员讲党课不少于2次。", 6,
                 "“三会一课”每少1次扣0.3分，最高扣3分；书记讲党课每少1次扣1分；会议记录不规范的，酌情扣0.5-1分。",
                 "会议记录本、签到表"),
            _row("每月5日开展主题党日，党员参加率不低于百分之八十五；每年召开组织生活会，开展民主评议党员，会前书记与班子成员、党员谈心谈话"
                 "全覆盖。", 7,
                 "主题党日每少1次扣0.5分；参加率每低5个百分点扣0.5分；未召开组织生活会的扣2分；未开展民主评议党员的扣1分；谈心谈话未全覆盖的扣"
                 "0.5分。",
                 "活动照片、会议记录、谈心谈话记录"),
            _row("两年内至少发展1名35周岁以下党员，入党积极分子不少于2名；建立流动党员台账，每季度至少与外出流动党员联系1次。", 6,
                 "两年内未发展党员的扣2分；积极分子每少1名扣0.5分；无流动党员台账的扣1分；联系每少1次扣0.2分，最高扣1分；违反程序发展党员的，"
                 "实行一票否决，本项不得分。",
                 "发展党员档案、流动党员台账、联系记录"),
        )),
        Section("抓发展促振兴", "三、抓发展促振兴（25分）", 25, (
            _row("村级集体经济年经营性收入达到15万元以上，较上年增长百分之十以上；集体资产资源清产核资、登记造册。", 8,
                 "年经营性收入30万元以上的得5分，15万元（含）—30万元的得4分，10万元（含）—15万元的得2分，10万元以下的不得分；增长率每低2个百分点"
                 "扣0.5分，最高扣2分；资产资源未登记造册的扣1分。",
                 "村级财务报表、资产资源登记台账"),
            _row("村党组织书记领办“书记项目”不少于1个，年内按计划完成；村党组织领办合作社或产业基地，发展脐橙、白莲等特色产业，带动脱贫户、监测户"
                 "增收。", 6,
                 "无“书记项目”的扣2分；书记项目未按期完成的扣1.5分；未领办合作社或产业基地的扣1分；带动增收成效不明显的，酌情扣1-2分。",
                 "书记项目清单、合作社章程"),
            _row("落实河长制、林长制，村党组织书记每月巡河巡林不少于2次；持续开展人居环境整治，全年无新增违法占用耕地问题。", 6,
                 "巡河巡林每少1次扣0.2分，最高扣2分；人居环境整治被镇通报的，每次扣1分；发现新增违法占用耕地的，每宗扣2分。",
                 "巡河巡林记录、现场查看"),
            _row("年内组织党员群众参加农业实用技术、电商技能培训不少于3期；联系在外乡贤、能人不少于5名，引进返乡创业项目不少于1个。", 5,
                 "培训每少1期扣0.5分；联系乡贤每少1名扣0.2分；无返乡创业项目的扣1分。",
                 "培训签到表、培训照片、乡贤联络台账"),
        )),
        Section("抓治理保稳定", "四、抓治理保稳定（20分）", 20, (
            _row("村级重大事项严格执行“四议两公开”；党务、村务、财务每季度公开一次，公开内容真实完整。", 6,
                 "重大事项未执行“四议两公开”的，每件扣1分，最高扣3分；公开每少1次扣0.5分；公开内容弄虚作假的，本项不得分。",
                 "“四议两公开”记录、公开照片"),
            _row("每月开展一次矛盾纠纷排查，书记带头包案化解信访积案；矛盾纠纷调解成功率达到百分之九十五以上，全年无越级上访和群体性事件。", 6,
                 "排查每少1次扣0.3分；信访积案未化解的，每件扣1分；调解成功率每低1个百分点扣0.2分，最高扣1分；发生越级上访的，每起扣1分；发生"
                 "群体性事件的，本项不得分。",
                 "排查台账、调解记录"),
            _row("每半年专题研究一次意识形态工作；修订完善村规民约，推进移风易俗，红白理事会发挥作用，全年无党员干部大操大办。", 4,
                 "专题研究每少1次扣1分；村规民约未修订完善的扣0.5分；红白理事会作用发挥不明显的，酌情扣0.5-1分；发现党员干部大操大办的，每起扣"
                 "1分。",
                 "会议记录、村规民约"),
            _row("村党组织书记严守廉洁自律规定，全年未受到党纪政务处分和组织处理（本项为扣分项）。", 4,
                 "受到诫勉谈话等组织处理的扣2分；受到党纪政务处分的，实行一票否决，本项不得分。",
                 "镇纪委核实"),
        )),
        Section("民主测评", "五、民主测评（20分）", 20, (
            _row("年底由镇党委组织全体党员、村民代表对村党组织书记履职情况进行民主测评，满意率达到百分之八十五以上。", 12,
                 "满意率95%以上的得12分，90%（含）—95%的得10分，85%（含）—90%的得8分，80%（含）—85%的得5分，80%以下的不得分。",
                 "民主测评表"),
            _row("镇党委班子成员、包村干部结合日常掌握情况，对村党组织书记全年履职情况进行综合评价。", 8,
                 "综合评价为“好”的得8分，“较好”的得6分，“一般”的得4分，“差”的不得分。",
                 "综合评价表"),
        )),
    ),
)

HEADER = ["评议项目", "评议要点", "分值", "扣分标准", "佐证材料"]
NOTE = ("说明：1.述职评议于2026年1月上旬进行，采取“现场述职、民主测评、资料核查、综合评定”的方式，由镇党委书记任评议组组长；2.各项扣分以该项分值"
        "为限，扣完为止；扣分标准列明得分档次的，按档次计分；3.评议总分90分以上的为“好”，80—89分的为“较好”，60—79分的为“一般”，60分以下的"
        "为“差”；评议结果为“差”的，由镇党委书记约谈，连续两年为“差”的按程序予以调整；4.评议结果与村干部绩效报酬挂钩，报县委组织部备案。")


def build(t: Table, path: Path) -> None:
    import openpyxl
    from openpyxl.styles import Alignment, Font

    ncols = len(HEADER)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "书记述职评议"
    center = Alignment(horizontal="center", vertical="center", wrap_text=True)
    wrap = Alignment(vertical="center", wrap_text=True)
    xlsx_title(ws, t.title, ncols, Font(name="方正小标宋简体", size=15), center)
    xlsx_line(ws, "评议对象：全镇14个村党组织书记", ncols)
    xlsx_line(ws, "村：                    书记姓名：                    评议时间：", ncols)
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
    xlsx_note(ws, NOTE, ncols, 64)
    xlsx_widths(ws, (14, 56, 6, 58, 22))
    wb.save(str(path))
