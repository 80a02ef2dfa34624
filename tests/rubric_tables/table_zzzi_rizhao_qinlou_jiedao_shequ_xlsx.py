"""秦楼街道党工委2025年度城市社区党组织党建工作考核评分表 (.xlsx), as the 秦楼街道党工委 of 山东 日照 东港区 (its 党建工作办公室 with the 社会
事务办, the 综治中心 and the 街道纪工委, a 考核组 going round the 社区 in mid-December) scores the 社区党委 and 党总支 of the city's seaside
街道: 商品房 小区 with 物业 and 业委会, 回迁 小区 of former 村, a 外来务工 population round the 港口 and the 开发区, 在职党员 reporting
through the “灯塔-党建在线”: 班子建设 (one roster of the “两委” by age and 学历 with the “一肩挑” and the 社区工作者 党员比例, the 书记's
示范培训 with 40学时, two 专题报告 and the “四议两公开”, the 后备力量 under 35 with two 培训 a year and the “三岗十八级”), 组织生活 (the “三会
一课” with the 到会率 and the 平台 纪实, the monthly 主题党日 with six “夜访夜谈” and the 参加率, the 组织生活会 with 民主评议, the 通报, 谈心
谈话 and the 教育提醒), 党员管理 (two 积极分子 with a half-yearly 谈话 and the 纪实, 党费 with a half-yearly 公开 and a “本项不得分” for 挪用,
the 积分管理台账 with a quarterly 公示, the 年底 评定, four 社区活动 and a yearly 反馈), 服务治理 (the “红色物业” 覆盖率 with a monthly 协调会,
a half-yearly 测评 and the 满意率 in bands, sixty 走访 a month with the 民情台账, the 办结率 and the 回访满意率, the 党建联盟 with five 共建
协议, a half-yearly 联席会议 and ten 微项目, the 关爱台账 with a quarterly “敲门行动” and ten 关爱活动) and 基础保障 (the 党群服务中心 on site,
the 年初 计划 and 书记项目 with its 审核, the 年中 进展, the 年底 述职 and 总结, and a deduction-only line on 违纪违法 and 负面舆情).

A merged title row, a merged "考核对象：秦楼街道所辖城市社区党委（党总支）" line and a merged "社区： 考核组成员： 考核日期：" line above the
header 序号 | 考核内容 | 分值 | 评分标准 | 考核方法 | 得分. Each category is a SECTION ROW merged across the sheet, printed WITH an ordinal and its
points on one line, "一、班子建设（15分）". 序号 (FIRST column, numeric cells) runs 1..16 through the whole sheet, NOT restarting under the
section rows. 分值 is a plain number BEFORE the 评分标准. 考核方法 (`Row.method`) only says how the 考核组 checks (查阅资料, 实地查看, 个别谈话,
平台核查, 入户走访, 问卷测评, 街道纪工委提供): no papers. 得分 is blank. A 合计 row of 100 and a merged 说明 row close the sheet. Counts in figures
and Chinese numerals ("年内…不少于1次", "每年…不少于2次", "每年…不少于2次", "每月召开1次", "每季度召开1次", "党课每季度1次", "每月第一个
周五", "全年…不少于6次", "每年召开一次", "年内…不少于2名", "每半年…谈话一次", "每半年公开一次", "每季度公示一次", "每年…不少于4次",
"每年…反馈一次", "每月召开一次", "每半年开展一次", "每月…不少于60户", "每半年召开一次", "每季度至少开展一次", "每年…不少于10次",
"年中报送一次"); "不少于40学时"; "不少于1名", "不少于2名", "不少于5家", "不少于10个"; "不低于60%"; "不低于600平方米", "不少于50小时"; "最高扣"
caps; "酌情扣1分", "酌情扣1-2分", "酌情扣0.5分"; one set of bands (a 满意率 for 2 of the 8 points, closed by "80%以下的不得分");
six plain "本项不得分"; one line is deduction-only.
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
    name="zzzi_rizhao_qinlou_jiedao_shequ_xlsx",
    fmt="xlsx",
    title="秦楼街道党工委2025年度城市社区党组织党建工作考核评分表",
    numbering="printed",
    sections=(
        Section("班子建设", "一、班子建设（15分）", 15, (
            Row("社区“两委”成员中35周岁以下的不少于1名、本科及以上学历的不少于2名；社区党组织书记、居委会主任由一人担任；社区工作者队伍中"
                "党员比例不低于60%。", 5,
                "年龄、学历结构每项不达标的扣1分；未实行“一肩挑”的扣1分；社区工作者党员比例每低5个百分点扣0.5分；班子软弱涣散的，本项不"
                "得分。", "查阅资料、个别谈话"),
            Row("社区党组织书记年内参加市、区两级示范培训不少于1次，累计学时不少于40学时；每年向街道党工委专题报告抓党建工作不少于2次；"
                "社区重大事项严格落实“四议两公开”决策程序。", 5,
                "未参加示范培训的扣1分；学时不足的扣0.5分；专题报告每少1次扣0.5分；重大事项未落实“四议两公开”的，每件扣1分。",
                "查阅资料"),
            Row("建立社区后备人才库，储备35周岁以下后备力量不少于2名；社区工作者每年参加业务培训不少于2次；落实社区工作者“三岗十八级”"
                "薪酬体系。", 5,
                "后备力量每少1名扣1分；培训每少1次扣0.5分；薪酬体系未落实的扣1分。", "查阅资料、个别谈话"),
        )),
        Section("组织生活", "二、组织生活（20分）", 20, (
            Row("支部委员会每月召开1次，党员大会每季度召开1次，党小组会每月召开1次，党课每季度1次；党员大会到会率达到85%以上；会议情况在"
                "“灯塔-党建在线”同步纪实。", 8,
                "每少开1次扣0.5分，最高扣4分；到会率低于85%的，每次扣0.3分；未同步纪实的，每次扣0.1分，最高扣1分。", "查阅资料、平台核查"),
            Row("每月第一个周五开展主题党日；全年开展“夜访夜谈”活动不少于6次，党员进小区、进楼道听取居民意见；党员参加率达到85%以上。", 6,
                "主题党日每少1次扣0.5分；“夜访夜谈”每少1次扣0.3分；参加率低于85%的扣1分。", "查阅资料、平台核查"),
            Row("每年召开一次组织生活会，开展民主评议党员，评议结果在党员大会上通报；会前“两委”成员之间谈心谈话全覆盖；对评议中排名靠后的"
                "党员进行教育提醒。", 6,
                "未召开组织生活会的扣3分；未开展民主评议党员的扣1.5分；评议结果未通报的扣0.5分；谈心谈话未全覆盖的扣0.5分；未进行教育提醒"
                "的扣0.5分。", "查阅资料"),
        )),
        Section("党员管理", "三、党员管理（20分）", 20, (
            Row("严格落实发展党员工作程序，年内确定入党积极分子不少于2名，培养联系人每半年与积极分子谈话一次；发展党员全程纪实，信息及时录入"
                "平台。", 6,
                "积极分子每少1名扣1分；谈话每少1次扣0.3分；纪实材料不全的，每人扣0.5分；违反程序发展党员的，本项不得分。",
                "查阅资料、平台核查"),
            Row("党员按月足额交纳党费，党费收缴台账清晰；离退休党员党费由党小组长按月代收；党费收缴情况每半年公开一次。", 6,
                "未按月交纳的，每人次扣0.2分，最高扣2分；台账不清的扣0.5分；公开每少1次扣0.5分；挪用党费的，本项不得分。", "查阅资料"),
            Row("建立党员积分管理台账，积分每季度公示一次，年底根据积分评定“星级党员”；在职党员到社区报到后每年参加社区活动不少于4次；社区"
                "每年向在职党员所在单位反馈一次表现情况。", 8,
                "无积分管理台账的扣2分；积分公示每少1次扣0.5分；年底未评定的扣1分；在职党员参加活动不足4次的，每人扣0.1分，最高扣2分；未"
                "反馈的扣1分。", "查阅资料、平台核查"),
        )),
        Section("服务治理", "四、服务治理（30分）", 30, (
            Row("有物业的小区党组织覆盖率达到100%；建立社区党组织、业委会、物业服务企业“三方议事”机制，每月召开一次协调会；物业服务满意度"
                "测评每半年开展一次，满意率在80%以上。", 8,
                "覆盖率每低10个百分点扣1分；协调会每少1次扣0.3分，最高扣2分；测评每少1次扣0.5分；满意率90%以上的得2分，80%（含）—90%的得"
                "1分，80%以下的不得分。", "查阅资料、问卷测评"),
            Row("网格员每月入户走访不少于60户，建立网格民情台账；居民诉求办结率达到100%，回访满意率达到95%以上。", 8,
                "入户走访每少1户扣0.05分，最高扣2分；无民情台账的扣1分；办结率每低1个百分点扣0.2分；回访满意率每低1个百分点扣0.2分，最高扣"
                "2分；诉求长期未解决引发重复投诉的，每件扣0.5分。", "平台核查、入户走访"),
            Row("组建社区党建联盟，与驻区单位签订共建协议不少于5家，每半年召开一次党建联席会议，共同实施“微项目”“微心愿”不少于10个。", 7,
                "共建协议每少1家扣0.5分；联席会议每少1次扣1分；项目每少1个扣0.3分；共建活动流于形式的，酌情扣1分。", "查阅资料、实地查看"),
            Row("建立社区老年人、困境儿童关爱台账；党员志愿者每季度至少开展一次“敲门行动”上门探访；每年组织“四点半课堂”、暑期托管等关爱活动"
                "不少于10次。", 7,
                "无关爱台账的扣1分；“敲门行动”每少1次扣0.5分；关爱活动每少1次扣0.2分；因关爱缺位导致恶性事件发生的，本项不得分。",
                "查阅资料、入户走访"),
        )),
        Section("基础保障", "五、基础保障（15分）", 15, (
            Row("社区党群服务中心面积不低于600平方米，办公用房不超过百分之三十；实行“一站式”服务和错时延时服务，每周开放时间不少于50"
                "小时。", 5,
                "面积、功能布局不达标的，酌情扣1-2分；未实行错时延时服务的扣1分；开放时间不足的扣1分；阵地闲置、挪作他用的，本项不得分。",
                "实地查看"),
            Row("社区党组织年初制定党建工作计划和“书记项目”，“书记项目”报街道党工委审核；年中报送一次工作进展；年底向街道党工委述职；年终"
                "形成工作总结。", 6,
                "无年度计划的扣1分；书记项目未报审核的扣1分；年中未报送进展的扣0.5分；未述职的扣2分；无年终总结的扣1分；书记项目推进不力"
                "的，酌情扣0.5分。", "查阅资料"),
            Row("社区发生违纪违法案件，或因工作失职引发负面舆情被市级以上媒体曝光（本项为扣分项）。", 4,
                "社区工作人员受到党纪政务处分的，每人次扣2分；被市级以上媒体曝光的，每次扣2分；社区党组织书记受到党纪处分的，本项不得分。",
                "街道纪工委提供"),
        )),
    ),
)

HEADER = ["序号", "考核内容", "分值", "评分标准", "考核方法", "得分"]
NOTE = ("说明：1.本表由街道党工委于12月中旬组织考核，党建工作办公室牵头，采取查阅资料、实地查看、个别谈话、入户走访、平台核查相结合的"
        "方式，平台数据以“灯塔-党建在线”12月10日数据为准；2.各项扣分以该项分值为限，扣完为止；3.考核得分90分以上的为“好”，80—89分的"
        "为“较好”，70—79分的为“一般”，70分以下的为“差”；4.考核结果作为社区党组织书记年度考核和社区工作者绩效奖励的重要依据。")


def build(t: Table, path: Path) -> None:
    import openpyxl
    from openpyxl.styles import Alignment, Font

    ncols = len(HEADER)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "社区党建考核"
    center = Alignment(horizontal="center", vertical="center", wrap_text=True)
    wrap = Alignment(vertical="center", wrap_text=True)
    xlsx_title(ws, t.title, ncols, Font(name="黑体", size=16, bold=True), center)
    xlsx_line(ws, "考核对象：秦楼街道所辖城市社区党委（党总支）", ncols)
    xlsx_line(ws, "社区：                考核组成员：                考核日期：", ncols)
    xlsx_header(ws, HEADER, ncols)
    first = ws.max_row
    number = 0
    for s in t.sections:
        xlsx_line(ws, s.printed, ncols)
        ws.cell(ws.max_row, 1).font = Font(bold=True)
        for row in s.rows:
            number += 1
            ws.append([number, row.text, row.points, row.scoring, row.method, None])
            for c in (2, 4):
                ws.cell(ws.max_row, c).alignment = wrap
            for c in (1, 3, 5):
                ws.cell(ws.max_row, c).alignment = center
    xlsx_total_row(ws, t.total, 3, ncols, center)
    xlsx_borders(ws, first, ncols)
    xlsx_note(ws, NOTE, ncols, 48)
    xlsx_widths(ws, (6, 50, 6, 50, 14, 7))
    wb.save(str(path))
