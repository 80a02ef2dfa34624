"""柳州市城中区2025年度社区卫生服务中心党支部党建工作考核评分表 (.xlsx), as the 区卫生健康工委 of 广西 柳州 城中区 (its 办公室 with the 区卫健局
基层卫生股, the 疾控 and the 驻局纪检监察组, a 考核组 visiting the 中心 along the 柳江 in December, when the 流感 queues fill the 发热 诊室 and the
老年人 体检 is being closed) scores the 党支部 of its 社区卫生服务中心: the 家庭医生 teams with their 签约 lists, the 预防接种 and the 慢病 门诊, the
公卫 人员 who follow the 高血压 and 糖尿病 患者 up the stairs of the 老旧小区, the 党员 医生 who go out to the 养老机构 for 义诊, the 螺蛳粉 stalls'
owners who come in for their 健康证: a sheet in which every item has a 基础分 and a 扣分标准 that takes points off one clause at a time, capped per
rule or "扣完为止", with blank 扣分 and 得分 columns for the 考核组: 组织建设 (3至5人, the “双带头人” and 24学时; the “三会一课”, the 参会率 and the 补学;
the 主题党日 on the 20th; the 组织生活会, the 对照检查, the 民主评议, the 测评表 and the 上报; one 积极分子 and 32学时), 党员管理 (党费 按月, its 台账 and
a half-yearly 公示; the 积分 monthly with a quarterly 公示; a half-yearly 谈心谈话 and the “七一”、春节 慰问; three 示范岗), 作用发挥 (the 签约率 and a
quarterly 随访; the 健康管理率 and a monthly 讲座; the 志愿服务队, a quarterly 义诊 and 12小时; the 承诺书, a quarterly 警示教育 and a 一票否决; the
满意率, no more than one 投诉 and the 及时率) and 责任落实 (the 年初 计划, the 年终 总结 and the 述职; a half-yearly 研判 and the 先审后发; the 台账 and
the 系统).

A merged title row, a merged "考核对象：城中区各社区卫生服务中心党支部" line and a merged "党支部：              考核组：              考核日期：" line
above the header 序号 | 考核项目 | 考核内容 | 基础分 | 扣分标准 | 扣分 | 得分. The 考核项目 are MERGED CELLS down the SECOND column, printed WITHOUT an
ordinal and WITH their points on a SECOND line, "组织建设\\n（30分）". 序号 (FIRST column) runs 1..17 through the sheet, NOT restarting. There is no
short sub-label: 考核内容 (`Row.text`) says what is required; 基础分 is a plain number (the item's points) BEFORE the 扣分标准 (`Row.scoring`); 扣分
and 得分 are blank. A 合计 row of 100 and a merged 说明 row close the sheet. Counts in figures and Chinese numerals, nearly all in the 考核内容 ("3至5
人", "按期", "每年…不少于24学时", "支部委员会每月召开1次，党员大会每季度召开1次，党小组会每月召开1次，党课每季度1次", "百分之九十", "每月20日", "每年
召开一次", "年内…不少于1名", "每人每年…不少于32学时", "按月", "每半年公示一次", "按月", "每季度公示一次", "年终", "每半年…一次", "“七一”、春节", "不少于
3个", "百分之七十五", "每季度随访不少于1次", "百分之六十五", "每月开展一次", "每季度…不少于1次", "不少于12小时", "每季度开展一次", "百分之九十",
"不超过1件", "100%", "年初", "年终", "年底", "每半年开展一次"); "最高扣" caps and one "扣完为止" (another in the 说明); no bands; "酌情扣0.5-1分" twice and "酌情扣0.5分"
once; one "实行一票否决，本项不得分"; three other "本项不得分".
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
    name="zzzzm_liuzhou_chengzhong_shequ_weisheng_zhongxin_zhibu_xlsx",
    fmt="xlsx",
    title="柳州市城中区2025年度社区卫生服务中心党支部党建工作考核评分表",
    numbering="printed",
    sections=(
        Section("组织建设", "组织建设\n（30分）", 30, (
            Row("支部委员会由3至5人组成，按期换届；支部书记由中心主任或副主任中的党员担任，落实“双带头人”要求；支部书记每年参加区卫健工委组织的培训"
                "不少于24学时。", 5,
                "未按期换届的扣2分；书记不符合“双带头人”要求的扣1分；书记培训学时不足的扣1分。"),
            Row("支部委员会每月召开1次，党员大会每季度召开1次，党小组会每月召开1次，党课每季度1次；党员参会率达到百分之九十，因值班、出诊缺席的及时"
                "补学。", 8,
                "“三会一课”每少1次扣0.5分，最高扣5分；参会率每低5个百分点扣0.5分，最高扣2分；缺席党员未补学的，每人次扣0.1分，最高扣1分。"),
            Row("每月20日开展主题党日活动，结合“世界卫生日”“全民健康生活方式日”等开展义诊、健康宣教。", 5,
                "主题党日每少1次扣0.5分，最高扣3分；未按固定日期开展又未说明理由的，每次扣0.2分；活动内容与卫生健康工作脱节的，酌情扣0.5-1分。"),
            Row("每年召开一次组织生活会，支委会成员和党员撰写对照检查材料；开展民主评议党员，使用民主评议测评表，评议等次报区卫健工委。", 6,
                "未召开组织生活会的扣3分；对照检查材料每缺1份扣0.5分，最高扣1.5分；未开展民主评议党员的扣2分；未使用测评表或评议等次未上报的扣"
                "0.5分。"),
            Row("年内确定入党积极分子不少于1名，注重从业务骨干、青年医务人员中培养；党员每人每年参加学习培训不少于32学时。", 6,
                "未确定入党积极分子的扣1分；学时不足的，每人扣0.2分，最高扣2分；违反程序发展党员的，本项不得分。"),
        )),
        Section("党员管理", "党员管理\n（20分）", 20, (
            Row("党员按月交纳党费，建立党费收缴台账，每半年公示一次交纳情况。", 4,
                "未按月交纳的，每人次扣0.1分，最高扣2分；无党费收缴台账的扣1分；公示每少1次扣0.5分。"),
            Row("实行党员积分管理，积分按月记录、每季度公示一次，年终积分结果作为评先评优的依据。", 5,
                "未实行积分管理的扣3分；积分未按月记录的，每月扣0.2分，最高扣1分；公示每少1次扣0.5分。"),
            Row("支部书记每半年与每名党员谈心谈话一次；“七一”、春节期间走访慰问老党员、生活困难党员；关心一线医务人员身心健康。", 5,
                "谈心谈话每少1人次扣0.2分，最高扣2分；走访慰问每少1次扣1分；一线医务人员关心关爱措施缺失的，酌情扣0.5分。"),
            Row("在家庭医生签约团队、预防接种门诊、慢病管理门诊设立党员示范岗不少于3个，党员佩戴党员徽章、亮明身份。", 6,
                "示范岗每少1个扣1分；党员未亮明身份的，每人扣0.2分，最高扣1分；示范岗作用发挥不明显的，酌情扣0.5-1分。"),
        )),
        Section("作用发挥", "作用发挥\n（35分）", 35, (
            Row("党员医生带头组建家庭医生签约服务团队，重点人群签约率达到百分之七十五；对签约的高血压、糖尿病患者每季度随访不少于1次。", 8,
                "签约率每低1个百分点扣0.5分，最高扣4分；随访每少1人次扣0.1分，最高扣2分；“签而不约”被查实的，每例扣0.5分，扣完为止。"),
            Row("党员牵头落实国家基本公共卫生服务项目，65岁及以上老年人健康管理率达到百分之六十五；每月开展一次健康教育讲座。", 6,
                "健康管理率每低1个百分点扣0.3分，最高扣3分；健康教育讲座每少1次扣0.3分，最高扣2分。"),
            Row("成立党员志愿服务队，每季度深入社区、养老机构开展义诊志愿服务不少于1次；党员年人均志愿服务时长不少于12小时。", 6,
                "未成立志愿服务队的扣1分；义诊每少1次扣1分；人均时长每少1小时扣0.2分，最高扣2分。"),
            Row("党员签订廉洁从业承诺书；每季度开展一次医德医风警示教育；严格执行医疗机构工作人员廉洁从业“九项准则”，不收受“红包”、回扣。", 7,
                "未签订承诺书的，每人扣0.5分，最高扣2分；警示教育每少1次扣0.5分；收受“红包”、回扣查实的，每人扣3分；党员受到党纪处分的，实行一票"
                "否决，本项不得分。"),
            Row("居民对社区卫生服务的满意率达到百分之九十；全年有效投诉不超过1件，投诉处理及时率100%。", 8,
                "满意率每低1个百分点扣0.5分，最高扣4分；有效投诉每增加1件扣1分；投诉处理不及时的，每件扣0.5分。"),
        )),
        Section("责任落实", "责任落实\n（15分）", 15, (
            Row("年初制定支部工作计划；年终形成工作总结；支部书记年底向区卫健工委述职并接受评议。", 5,
                "缺计划或总结的，每项扣1.5分；书记未述职的扣2分。"),
            Row("每半年开展一次意识形态分析研判，形成研判记录；中心宣传栏、电子屏、微信公众号信息发布先审后发。", 5,
                "研判每少1次扣1分；信息未审先发的，每次扣0.5分，最高扣2分；发生意识形态责任事件的，本项不得分。"),
            Row("党建台账资料齐全、分类规范；党员信息在全国党员管理信息系统中及时更新。", 5,
                "台账每缺一类扣0.5分，最高扣2分；系统信息更新不及时的，每人次扣0.2分，最高扣1分；台账资料弄虚作假的，本项不得分。"),
        )),
    ),
)

HEADER = ["序号", "考核项目", "考核内容", "基础分", "扣分标准", "扣分", "得分"]
NOTE = ("说明：1.本表由区卫生健康工委于12月组织考核，采取查阅资料、系统查询、实地查看、电话回访居民相结合的方式进行；2.各项以基础分为限扣分，扣完为止，"
        "不倒扣分；3.签约率、健康管理率以广西基本公共卫生服务管理系统年度数据为准，满意率以区卫健局第三方测评结果为准；4.考核得分90分以上的为"
        "“优秀”，80—89分的为“良好”，70—79分的为“合格”，70分以下的为“不合格”，考核结果与中心绩效工资总量挂钩。")


def build(t: Table, path: Path) -> None:
    import openpyxl
    from openpyxl.styles import Alignment, Font

    ncols = len(HEADER)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "党支部考核"
    center = Alignment(horizontal="center", vertical="center", wrap_text=True)
    wrap = Alignment(vertical="center", wrap_text=True)
    xlsx_title(ws, t.title, ncols, Font(name="黑体", size=16, bold=True), center)
    xlsx_line(ws, "考核对象：城中区各社区卫生服务中心党支部", ncols)
    xlsx_line(ws, "党支部：              考核组：              考核日期：", ncols)
    xlsx_header(ws, HEADER, ncols)
    first = ws.max_row
    number = 0
    for s in t.sections:
        top = ws.max_row + 1
        for i, row in enumerate(s.rows):
            number += 1
            ws.append([number, s.printed if i == 0 else None, row.text, row.points, row.scoring, None, None])
            for c in (3, 5):
                ws.cell(ws.max_row, c).alignment = wrap
            for c in (1, 4):
                ws.cell(ws.max_row, c).alignment = center
        xlsx_merge_down(ws, 2, top, ws.max_row, center)
    xlsx_total_row(ws, t.total, 4, ncols, center)
    xlsx_borders(ws, first, ncols)
    xlsx_note(ws, NOTE, ncols, 66)
    xlsx_widths(ws, (6, 12, 48, 7, 50, 7, 7))
    wb.save(str(path))
