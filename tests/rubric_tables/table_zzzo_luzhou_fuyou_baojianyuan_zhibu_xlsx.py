"""泸州市妇幼保健院2025年度党支部建设考核评分表 (.xlsx), as the 院党委 of a 四川 泸州 市级 妇幼保健院 (its 党委办公室 with the 医务部,
the 护理部 and the 院纪委, a 考核组 going round the 临床 and 保健 党支部 in December, between the 夜班 and the 门诊) scores the 党支部 of the
产科, the 新生儿科 and 儿科, the 妇女保健部 and 儿童保健部 and the 机关: 产房 and 新生儿 intensive care where one mistake costs a life, the
高危孕产妇 who come down from 古蔺 and 叙永 in the 乌蒙山, the “两癌”筛查 and the 出生缺陷防治 carried out to 乡镇 and 社区, young 医师 and
护士 working nights, the 药品耗材 and the 医保基金 where money tempts, the 出生医学证明 that must never be sold, the 满意度 of mothers and
parents, the 县级 妇幼 机构 the 院 helps: 政治建设 (a monthly 集中学习 with the “第一议题”, a quarterly 专题研讨 and 32学时, a half-yearly
研判 with the “三审三校” and the 舆情 in two hours, the 支委会 研究 of the “三重一大” with the 书记's two 党课), 组织建设 (the “双带头人” with the
换届 请示 and 审批, the “三会一课” with the 到会率, the monthly 主题党日 with the 组织生活会, 民主评议, 谈心谈话 and the 整改清单, two 积极分子 a
year and "每两年至少发展党员1名" with 党费 and a half-yearly 公示), 队伍建设 (three 示范岗 / 先锋岗 with two 志愿服务 a head, a quarterly 医德
医风教育 with the 合格率 and the 签订率 of the 承诺书, two 带教 a head and one 驻点帮扶 a year for three months), 业务融合 (the 专案管理率 of the
高危孕产妇 with the 死亡率 and a 一票否决, the “酒城红·守护母婴” 品牌 with a quarterly 义诊 and six 健康宣教, the 满意度 in bands with the
投诉 办结率, two 共建协议 with a half-yearly 联合主题党日) and 作风建设 (a yearly 风险点排查 with the 防控措施 and a half-yearly 警示教育, a
deduction-only line on the “九项准则” and 欺诈骗保, the 年初 计划 and “书记项目”, the 年底 述职 with the 满意度, the 年终 总结 and the 归档).

A merged title row and a merged "考核单位：市妇幼保健院党委 考核时间：2025年12月" line above the header 序号 | 一级指标 | 二级指标 | 考核
内容 | 评分标准 | 分值 | 佐证材料 | 得分. 序号 (FIRST column) RESTARTS at 1 under every category (ids "1.1" … "5.3"). The categories are MERGED
CELLS down the 一级指标 column (SECOND), printed WITH an ordinal and WITH their points on a SECOND line, "一、政治建设\\n（15分）". 二级指标 is a
short sub-label (`Row.indicator`). 分值 is a plain number AFTER the 评分标准. 佐证材料 (`Row.method`) names the papers the 支部 lays out, joined
by "、" (once a way of checking: 院纪委提供). 得分 is blank. A 合计 row of 100, then two 加分项 rows UNDER the 合计 row (序号 "加1", "加2", a
"加分项" cell merged down the 一级指标 column), and a merged 备注 row close the sheet. Counts in figures and Chinese numerals ("每月开展一次",
"每季度开展一次", "每年…不少于32学时", "每半年分析研判一次", "2小时内", "每年讲党课不少于2次", "按期", "支部委员会每月召开1次，支部党员大会
每季度召开1次，党小组会每月召开1次，党课每季度1次", "每月固定", "每年召开一次", "年内…不少于2名", "每两年至少发展党员1名", "按月", "每半年
公示一次", "每年…不少于2次", "每季度开展一次", "每人每年…不少于2名", "每年选派…不少于1名", "不少于3个月", "每季度开展一次", "全年…不少于
6场", "每半年开展一次", "每年开展一次", "每半年开展一次", "年初", "年底", "年终"); "不少于3个", "不少于2家"; "百分之八十", "百分之九十", "100%";
"每低1个百分点", "每低5个百分点", "每低10个百分点"; "最高扣" caps; "酌情扣0.5分" three times, "酌情扣0.5-1分" twice and "酌情扣1-2分" twice;
one set of bands (a 满意度 for 4 of the 8 points, closed by "85%以下的不得分"); one "实行一票否决，本项不得分"; three other plain "本项不得分";
one line is deduction-only.
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
    name="zzzo_luzhou_fuyou_baojianyuan_zhibu_xlsx",
    fmt="xlsx",
    title="泸州市妇幼保健院2025年度党支部建设考核评分表",
    numbering="restart",
    sections=(
        Section("政治建设", "一、政治建设\n（15分）", 15, (
            Row("落实“第一议题”制度，支部每月开展一次集中学习；每季度开展一次专题研讨；党员每年参加集中学习培训不少于32学时。", 5,
                "集中学习每少1次扣0.3分；专题研讨每少1次扣0.5分；学时不足的，每人扣0.1分，最高扣1分；“第一议题”落实不到位的，酌情扣"
                "0.5分。", "学习记录、研讨发言材料、学时登记表", indicator="理论学习"),
            Row("每半年分析研判一次科室意识形态形势；科普视频、健康教育课件和新媒体账号发布信息执行“三审三校”；医疗纠纷引发的网络舆情2小时"
                "内报告院党委。", 5,
                "研判每少1次扣1分；信息发布未经审核的，每次扣0.5分；舆情报告不及时的，每次扣0.5分；发生重大负面舆情造成不良影响的，本项"
                "不得分。", "研判记录、审核登记表", indicator="意识形态"),
            Row("科室“三重一大”事项和医师晋升、评先评优等涉及职工切身利益的事项，经支部委员会研究讨论；支部书记每年讲党课不少于2次。", 5,
                "重大事项未经支部研究的，每件扣1分；书记讲党课每少1次扣0.5分；支部政治把关作用发挥不明显的，酌情扣0.5-1分。",
                "支委会会议记录、党课讲稿", indicator="政治把关"),
        )),
        Section("组织建设", "二、组织建设\n（25分）", 25, (
            Row("支部书记由科室负责人或业务骨干中的党员担任，实现“双带头人”全覆盖；支部委员会按期换届，换届前向院党委请示，选举结果报院党委"
                "审批。", 5,
                "支部书记非“双带头人”的扣2分；未按期换届的扣2分；换届请示、选举结果审批缺一项扣1分。", "换届请示、院党委批复",
                indicator="支部班子"),
            Row("支部委员会每月召开1次，支部党员大会每季度召开1次，党小组会每月召开1次，党课每季度1次；结合临床排班灵活安排，支部党员大会"
                "到会率不低于百分之八十。", 8,
                "“三会一课”每少1次扣0.5分，最高扣4分；到会率低于80%的，每次扣0.3分，最高扣1.5分；会议记录不规范的，酌情扣0.5分。",
                "会议记录本、签到表", indicator="“三会一课”"),
            Row("每月固定开展主题党日；每年召开一次组织生活会，开展民主评议党员；会前谈心谈话全覆盖，会后制定整改清单。", 7,
                "主题党日每少1次扣0.3分；未召开组织生活会的扣2分；未开展民主评议党员的扣1分；谈心谈话未全覆盖的扣0.5分；无整改清单的扣"
                "1分。", "活动记录、谈心谈话记录、整改清单", indicator="组织生活"),
            Row("年内培养入党积极分子不少于2名，每两年至少发展党员1名，注重在青年医师、护理骨干和高知识群体中发展；党员按月足额交纳党费，"
                "党费收缴情况每半年公示一次。", 5,
                "积极分子每少1名扣0.5分；两年内未发展党员的扣1.5分；未按月交纳的，每人次扣0.1分，最高扣1分；公示每少1次扣0.5分。",
                "发展党员档案、党费收缴台账", indicator="发展党员和党费"),
        )),
        Section("队伍建设", "三、队伍建设\n（15分）", 15, (
            Row("在产房、新生儿科、儿童急诊等岗位设立党员示范岗、党员先锋岗不少于3个，党员亮身份、亮承诺；党员每年参加志愿服务不少于"
                "2次。", 5,
                "示范岗、先锋岗每少1个扣0.5分；未亮身份的扣0.5分；志愿服务不足2次的，每人扣0.1分，最高扣1.5分。",
                "先锋岗名单、志愿服务记录、活动照片", indicator="党员先锋"),
            Row("每季度开展一次医德医风教育；年度医德考评合格率100%；党员医务人员签订拒收“红包”、回扣承诺书，签订率100%。", 5,
                "教育每少1次扣0.5分；医德考评不合格的，每人扣0.5分；承诺书签订率每低10个百分点扣0.5分；查实收受“红包”、回扣的，本项"
                "不得分。", "教育记录、医德考评表、承诺书", indicator="医德医风"),
            Row("党员业务骨干每人每年带教规培生、进修生不少于2名；每年选派党员骨干到古蔺、叙永等县级妇幼保健机构驻点帮扶不少于1名，驻点时间"
                "不少于3个月。", 5,
                "带教不足2名的，每人扣0.2分，最高扣1分；未选派驻点帮扶的扣2分；驻点时间不足3个月的扣1分。", "带教名单、派驻文件",
                indicator="人才培养"),
        )),
        Section("业务融合", "四、业务融合\n（30分）", 30, (
            Row("落实母婴安全五项制度，高危孕产妇专案管理率达到100%；孕产妇死亡率、婴儿死亡率控制在年度目标以内；党员带头参加危急重症救治"
                "值班。", 8,
                "专案管理率每低1个百分点扣0.5分，最高扣3分；孕产妇死亡率超过年度目标的扣2分；婴儿死亡率超过年度目标的扣1分；发生可避免的"
                "孕产妇死亡的，实行一票否决，本项不得分。", "专案管理登记、质控报告", indicator="母婴安全"),
            Row("打造“酒城红·守护母婴”党建服务品牌，每季度开展一次“党员专家进社区、进乡镇”义诊活动；全年开展“两癌”筛查、出生缺陷防治、"
                "科学育儿等健康宣教不少于6场。", 7,
                "义诊每少1次扣0.5分；健康宣教每少1场扣0.5分；品牌创建无特色、成效不明显的，酌情扣1-2分。", "活动方案、活动照片、宣教记录",
                indicator="党建品牌"),
            Row("开展“改善就医感受、提升患者体验”行动，门诊、住院患者满意度达到百分之九十以上；患者投诉按时办结率达到100%。", 8,
                "满意度95%以上的得4分，90%（含）—95%的得3分，85%（含）—90%的得1分，85%以下的不得分；投诉按时办结率每低5个百分点扣0.5分；"
                "有效投诉查实的，每件扣0.5分，最高扣2分。", "第三方满意度调查报告、投诉台账", indicator="服务满意"),
            Row("支部与县（区）妇幼保健院、乡镇卫生院党组织结对共建，签订共建协议不少于2家；每半年开展一次联合主题党日或业务指导。", 7,
                "共建协议每少1家扣1分；联合主题党日或业务指导每少1次扣1分；共建流于形式的，酌情扣1-2分。", "共建协议、活动记录",
                indicator="结对共建"),
        )),
        Section("作风建设", "五、作风建设\n（15分）", 15, (
            Row("每年开展一次廉政风险点排查，聚焦药品耗材采购、医保基金使用、出生医学证明签发等环节制定防控措施；每半年开展一次警示"
                "教育。", 5,
                "未开展风险排查的扣1分；防控措施不具体的，酌情扣0.5-1分；警示教育每少1次扣0.5分。", "风险点台账、警示教育记录",
                indicator="廉洁风险防控"),
            Row("党员医务人员违反医疗机构工作人员廉洁从业“九项准则”，收受“红包”、回扣，或参与欺诈骗取医保基金（本项为扣分项）。", 5,
                "经查实的，每人次扣2.5分；被市级以上通报的，每次扣1分；党员受到党纪政务处分的，本项不得分。", "院纪委提供",
                indicator="负面清单"),
            Row("支部年初制定年度工作计划和“书记项目”；年底支部书记述职，述职测评满意度不低于百分之九十；年终形成工作总结；党建资料按年度"
                "立卷归档。", 5,
                "无年度计划的扣1分；无书记项目的扣0.5分；未述职的扣2分；满意度每低5个百分点扣0.5分；无年终总结的扣1分；资料归档不规范的，"
                "酌情扣0.5分。", "工作计划、述职报告、测评表、工作总结", indicator="责任落实"),
        )),
    ),
)

HEADER = ["序号", "一级指标", "二级指标", "考核内容", "评分标准", "分值", "佐证材料", "得分"]
BONUS = (
    ("加1", "奖励表彰", "支部获评市级以上“先进基层党组织”，或党员获评市级以上“优秀共产党员”“最美医生（护士）”的。", "市级加1分，省级以上加2分，"
     "最高加2分。", 2, "表彰文件"),
    ("加2", "经验推广", "支部党建与业务融合经验做法被市级以上党组织或主流媒体推广报道的。", "加1分。", 1, "推广文件、报道链接"),
)
NOTE = ("备注：1.本表由院党委于12月组织考核，党委办公室牵头，医务部、护理部、院纪委参加；2.各项扣分以该项分值为限，扣完为止；3.加分项另行"
        "计算，总分不超过103分；4.考核得分90分以上的为“好”，80—89分的为“较好”，70—79分的为“一般”，70分以下的为“差”，考核结果与支部"
        "书记年度考核和科室绩效挂钩。")


def build(t: Table, path: Path) -> None:
    import openpyxl
    from openpyxl.styles import Alignment, Font

    ncols = len(HEADER)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "党支部建设考核"
    center = Alignment(horizontal="center", vertical="center", wrap_text=True)
    wrap = Alignment(vertical="center", wrap_text=True)
    xlsx_title(ws, t.title, ncols, Font(name="黑体", size=16, bold=True), center)
    xlsx_line(ws, "考核单位：市妇幼保健院党委                考核时间：2025年12月", ncols)
    xlsx_header(ws, HEADER, ncols)
    first = ws.max_row
    for s in t.sections:
        top = ws.max_row + 1
        for i, row in enumerate(s.rows, 1):
            ws.append([i, s.printed if i == 1 else None, row.indicator, row.text, row.scoring, row.points, row.method, None])
            for c in (4, 5, 7):
                ws.cell(ws.max_row, c).alignment = wrap
            for c in (1, 3, 6):
                ws.cell(ws.max_row, c).alignment = center
        xlsx_merge_down(ws, 2, top, ws.max_row, center)
    xlsx_total_row(ws, t.total, 6, ncols, center)
    top = ws.max_row + 1
    for i, (number_text, indicator, text, scoring, points, method) in enumerate(BONUS):
        ws.append([number_text, "加分项" if i == 0 else None, indicator, text, scoring, points, method, None])
        for c in (4, 5, 7):
            ws.cell(ws.max_row, c).alignment = wrap
    xlsx_merge_down(ws, 2, top, ws.max_row, center)
    xlsx_borders(ws, first, ncols)
    xlsx_note(ws, NOTE, ncols, 46)
    xlsx_widths(ws, (6, 12, 11, 46, 46, 6, 20, 7))
    wb.save(str(path))
