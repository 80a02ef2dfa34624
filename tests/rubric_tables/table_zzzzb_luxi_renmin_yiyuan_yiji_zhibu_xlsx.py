"""泸溪县人民医院医技党支部2025年度党建工作考核评分表 (.xlsx), as the 院党委 of the 县人民医院 of 湖南 湘西 泸溪 (its 党委办公室 with the 医务部,
the 质控科, the 护理部 and the 纪检监察室, a 考核组 going through the 医技楼 in December) scores the 党支部 of the 医技 科室: the 检验科 with its
室内质控 every morning and the 省临检中心's 室间质评, the 放射科 and the CT of the 急诊, the 超声科, the 病理科 that sends the hard cases to
吉首 and 长沙, the 药剂科 with its 处方点评, the 党员 who go down the 沅水 to the 乡镇卫生院 of the 医共体 to teach the 检验 and 影像 staff and
who hold 义诊 at the 集市 of the 苗族 villages: a table of 考核要点 and 评分细则 whose rates are scored in BANDS, "98%以上的得5分，95%（含）—98%的得3分
…": 政治引领 (a monthly 集中学习, a quarterly 专题研讨 and 32学时; the 重大事项 by the 支委会, the 书记 in the 科室管理 and the 记录; a half-yearly
医德医风 教育, the 承诺书 签订率 and a 一票否决 on 红包), 组织建设 (the “三会一课” with the 党员大会 参会率 in bands and the 记录; the monthly 主题
党日, the 参加率, the 签到表 and 照片; the 组织生活会, the 民主评议 and the 谈心谈话; one 积极分子, the 高级职称 党员 占比 in bands and a 一票否决;
党费 按月, a half-yearly 公示, the 信息台账 and a quarterly 联系 of the 进修 and 规培 党员), 业务融合 (the 室内质控 and the 室间质评合格率 in bands
with the 差错; the 危急值报告及时率 in bands and the 登记; the 按时发放率 and the 30分钟 of the 急诊 and the 投诉; a hundred 处方 a month and the
处方合格率 in bands; three 先锋岗, the 亮身份 and the 年底 评岗评诺; a quarterly 义诊, four 技术指导 a year and the 照片; two 满意度 in bands) and
作风与责任 (the 年初 计划 and 责任书, the 年终 总结, the 年底 述职 with the “好”的比例 in bands; a deduction-only line on 安全事件, 处分 and 通报
with a 一票否决).

A merged title row, a merged "考核对象：医技党支部（检验科、放射科、超声科、病理科、药剂科）" line and a merged "支部书记： 考核人： 考核日期：" line
above the header 序号 | 考核项目 | 考核要点 | 分值 | 评分细则 | 考核方式 | 得分. Each category is a SECTION ROW merged across the whole sheet, printed
WITH an ordinal and its points on one line, "一、政治引领（15分）". 序号 (FIRST column) runs 1..17 through the whole sheet, NOT restarting under the
section rows. 考核项目 is a short sub-label (`Row.indicator`); 考核要点 says what is required (`Row.text`); 分值 is a plain number BEFORE the 评分细则.
考核方式 (`Row.method`) only says how the 考核组 checks (查阅资料, 抽查学时, 查阅会议记录, 个别谈话, 查阅档案, 查阅台账, 质评报告核查, 抽查登记本,
HIS系统统计, 抽查处方, 实地查看, 问卷测评, 院党委测评, 部门提供): no papers. 得分 is blank. One row is a deduction-only line ("（本项为扣分项）"). A
合计 row of 100 and a merged 说明 row close the sheet. Counts in figures and Chinese numerals, nearly all in the 考核要点 ("每月组织一次", "每季度开展
一次", "每年…不少于32学时", "每半年…不少于1次", "100%", "支部委员会每月召开1次，党员大会每季度召开1次，党小组会每月召开1次，党课每季度1次", "百分
之八十五", "每月开展一次", "百分之八十", "每年召开", "100%", "年内…不少于1名", "百分之四十", "按月", "每半年公示一次", "每季度联系一次", "100%",
"百分之九十五", "百分之九十八", "百分之九十五", "30分钟内", "每月…不少于100张", "百分之九十五", "不少于3个", "年底", "每季度开展一次", "每年…不少
于4次", "百分之九十", "百分之九十", "年初", "年终", "年底", "百分之七十"); eight sets of bands (the 参会率 for 3 of 8 points, the 高级职称 占比 for 3
of 6, the 室间质评合格率 for 6 of 8, the 危急值报告及时率 for 5 of 6, the 处方合格率 for 3 of 6, the two 满意度 for 2 of 4 each, the “好”的比例 for 3
of 7), each closed by "…以下的不得分"; "最高扣" caps; "酌情扣0.5分" once; three "实行一票否决，本项不得分"; no other "本项不得分"; one line is
deduction-only.
"""

from __future__ import annotations

from pathlib import Path

from .build_helpers import xlsx_borders, xlsx_header, xlsx_line, xlsx_note, xlsx_title, xlsx_total_row, xlsx_widths
from .model import Row, Section, Table

TABLE = Table(
    name="zzzzb_luxi_renmin_yiyuan_yiji_zhibu_xlsx",
    fmt="xlsx",
    title="泸溪县人民医院医技党支部2025年度党建工作考核评分表",
    numbering="printed",
    sections=(
        Section("政治引领", "一、政治引领（15分）", 15, (
            Row("每月组织一次集中学习，每季度开展一次专题研讨；党员每年参加学习培训不少于32学时。", 5,
                "集中学习每少1次扣0.3分；专题研讨每少1次扣0.5分；学时不足的，每人扣0.1分，最高扣1分。", "查阅资料、抽查学时",
                indicator="理论学习"),
            Row("科室重大事项（大型设备购置论证、绩效分配方案、人员调配等）经党支部委员会研究讨论；支部书记参与科室管理，列席科室主任办公会。", 5,
                "重大事项未经支委会研究的，每件扣1分，最高扣3分；书记未参与科室管理的扣1分；研究讨论无会议记录的扣1分。", "查阅会议记录、个别谈话",
                indicator="参与决策"),
            Row("每半年开展医德医风专题教育不少于1次；党员和医技人员签订廉洁从业承诺书，签订率100%。", 5,
                "专题教育每少1次扣0.5分；承诺书签订率每低10个百分点扣0.5分；收受红包、回扣被查实的，实行一票否决，本项不得分。", "查阅资料",
                indicator="医德医风"),
        )),
        Section("组织建设", "二、组织建设（30分）", 30, (
            Row("支部委员会每月召开1次，党员大会每季度召开1次，党小组会每月召开1次，党课每季度1次；党员大会参会率不低于百分之八十五（值班、轮休"
                "党员除外）。", 8,
                "“三会一课”每少1次扣0.5分，最高扣4分；党员大会平均参会率90%以上的得3分，85%（含）—90%的得2分，80%（含）—85%的得1分，80%以下的"
                "不得分；会议记录要素不全的，酌情扣0.5分。", "查阅会议记录", indicator="“三会一课”"),
            Row("每月开展一次主题党日，结合医技科室特点开展“检验质控开放日”“用药咨询进社区”等活动；党员参加率不低于百分之八十。", 5,
                "主题党日每少1次扣0.3分，最高扣2分；参加率每低5个百分点扣0.3分；活动无签到表、照片的，每次扣0.2分。", "查阅资料",
                indicator="主题党日"),
            Row("每年召开组织生活会，开展民主评议党员；会前支部书记与支委、党员之间谈心谈话覆盖率100%。", 5,
                "未召开组织生活会的扣2分；未开展民主评议党员的扣1分；谈心谈话每缺1人扣0.2分，最高扣1分。", "查阅资料、个别谈话",
                indicator="组织生活会"),
            Row("注重在业务骨干、学科带头人中发展党员，年内确定入党积极分子不少于1名；科室高级职称人员中党员占比达到百分之四十。", 6,
                "未确定入党积极分子的扣1分；高级职称人员中党员占比40%以上的得3分，30%（含）—40%的得2分，20%（含）—30%的得1分，20%以下的不得分；"
                "违反程序发展党员的，实行一票否决，本项不得分。", "查阅档案", indicator="发展党员"),
            Row("党员按月交纳党费，党费收缴情况每半年公示一次；建立党员信息台账，外出进修、参加规培的党员每季度联系一次。", 6,
                "党费未按月交纳的，每人次扣0.1分，最高扣1分；公示每少1次扣0.5分；无党员信息台账的扣1分；联系每少1次扣0.2分。", "查阅台账",
                indicator="党员管理"),
        )),
        Section("业务融合", "三、业务融合（40分）", 40, (
            Row("检验项目室内质控开展率100%；参加省临床检验中心室间质评，合格率达到百分之九十五。", 8,
                "室内质控未全覆盖的扣1分；室间质评合格率100%的得6分，95%（含）—100%的得4分，90%（含）—95%的得2分，90%以下的不得分；发生检验差错"
                "造成医疗纠纷的，每起扣2分。", "质评报告核查", indicator="检验质控"),
            Row("检验、影像危急值报告及时率达到百分之九十八，危急值登记本记录完整。", 6,
                "危急值报告及时率98%以上的得5分，95%（含）—98%的得3分，90%（含）—95%的得1分，90%以下的不得分；危急值登记不完整的，每例扣0.2分，"
                "最高扣1分。", "抽查登记本", indicator="危急值管理"),
            Row("门诊检验、影像报告按时发放率达到百分之九十五；急诊检验报告30分钟内发出。", 6,
                "按时发放率每低1个百分点扣0.3分，最高扣3分；急诊报告超时的，每例扣0.2分，最高扣2分；报告延误被患者投诉查实的，每件扣1分。",
                "HIS系统统计", indicator="报告时限"),
            Row("药剂科开展处方点评，每月点评门诊处方不少于100张；处方合格率达到百分之九十五。", 6,
                "处方点评每少1个月扣0.5分；处方合格率95%以上的得3分，90%（含）—95%的得2分，85%（含）—90%的得1分，85%以下的不得分。", "抽查处方",
                indicator="合理用药"),
            Row("设立党员先锋岗、党员示范岗不少于3个，党员佩戴党徽、亮明身份、公开承诺；年底开展评岗评诺。", 5,
                "先锋岗、示范岗每少1个扣0.5分；党员未亮身份、未公开承诺的扣1分；年底未开展评岗评诺的扣1分。", "实地查看",
                indicator="先锋岗"),
            Row("组织党员每季度开展一次“送医下乡”健康义诊志愿服务；每年到医共体乡镇卫生院开展检验、影像技术指导不少于4次。", 5,
                "义诊每少1次扣0.5分；技术指导每少1次扣0.3分；活动无照片的扣0.5分。", "查阅资料", indicator="服务基层"),
            Row("门诊患者对医技科室满意度达到百分之九十；临床科室对医技服务满意度达到百分之九十。", 4,
                "患者满意度95%以上的得2分，90%（含）—95%的得1分，90%以下的不得分；临床科室满意度95%以上的得2分，90%（含）—95%的得1分，90%以下的"
                "不得分。", "问卷测评", indicator="满意度"),
        )),
        Section("作风与责任", "四、作风与责任（15分）", 15, (
            Row("年初制定支部工作计划，与院党委签订党建工作责任书；年终形成支部工作总结；支部书记年底向院党委述职，述职测评“好”的比例达到百分之"
                "七十。", 7,
                "无工作计划或未签订责任书的扣1分；无年终总结的扣1分；未述职的扣2分；“好”的比例70%以上的得3分，60%（含）—70%的得2分，50%（含）—60%"
                "的得1分，50%以下的不得分。", "查阅资料、院党委测评", indicator="责任落实"),
            Row("医疗安全与行风纪律（本项为扣分项）。", 8,
                "发生辐射防护、危险化学品、生物安全事件的，每起扣3分；党员受到党纪政务处分的，每人扣3分；因行风问题被市级以上通报的，每次扣2分；"
                "发生重大医疗安全事故的，实行一票否决，本项不得分。", "部门提供", indicator="安全与纪律"),
        )),
    ),
)

HEADER = ["序号", "考核项目", "考核要点", "分值", "评分细则", "考核方式", "得分"]
NOTE = ("说明：1.本表由院党委于12月组织考核，医务部、质控科、纪检监察室配合，采取查阅资料、系统核查、实地查看、个别谈话、问卷测评相结合的方式"
        "进行；2.各项扣分以该项分值为限，扣完为止；标注“本项为扣分项”的，未发生相关情形的得满分；3.室间质评合格率以省临床检验中心反馈为准，"
        "危急值报告及时率、报告按时发放率以医院HIS、LIS、PACS系统统计为准；4.考核得分90分以上的为“好”，80—89分的为“较好”，70—79分的为"
        "“一般”，70分以下的为“差”，考核结果与科室绩效和支部书记年度考核挂钩。")


def build(t: Table, path: Path) -> None:
    import openpyxl
    from openpyxl.styles import Alignment, Font

    ncols = len(HEADER)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "医技党支部考核"
    center = Alignment(horizontal="center", vertical="center", wrap_text=True)
    wrap = Alignment(vertical="center", wrap_text=True)
    xlsx_title(ws, t.title, ncols, Font(name="黑体", size=16, bold=True), center)
    xlsx_line(ws, "考核对象：医技党支部（检验科、放射科、超声科、病理科、药剂科）", ncols)
    xlsx_line(ws, "支部书记：              考核人：              考核日期：", ncols)
    xlsx_header(ws, HEADER, ncols)
    first = ws.max_row
    number = 0
    for s in t.sections:
        xlsx_line(ws, s.printed, ncols)
        ws.cell(ws.max_row, 1).font = Font(bold=True)
        for row in s.rows:
            number += 1
            ws.append([number, row.indicator, row.text, row.points, row.scoring, row.method, None])
            for c in (3, 5):
                ws.cell(ws.max_row, c).alignment = wrap
            for c in (1, 2, 4, 6):
                ws.cell(ws.max_row, c).alignment = center
    xlsx_total_row(ws, t.total, 4, ncols, center)
    xlsx_borders(ws, first, ncols)
    xlsx_note(ws, NOTE, ncols, 62)
    xlsx_widths(ws, (6, 12, 46, 6, 52, 14, 7))
    wb.save(str(path))
