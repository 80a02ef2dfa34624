"""伊宁县2025年度乡镇党委抓基层党建工作考核细则 (.xlsx), as a 新疆 伊犁 县委组织部 (its 组织科 with the 县委驻村办 and the 县纪委监委,
a 考核组 going round each 乡镇 in December) scores the 乡镇党委 of a farming and herding county in the 伊犁河谷, where the 驻村工作队
live in the 村, the 农牧民夜校 teach the 国家通用语言 and the 结亲干部 visit their families: 责任落实 (the 年初 党建工作会议, 计划 and
项目清单 with the 包联, a monthly 党委会 with a quarterly 书记例会, twenty days a month of the 驻村工作队 with a quarterly 考勤抽查, the
年底 述职评议 with its 反馈 and the 书记's 年终 述职, a half-yearly 督查考核 with the 整改台账 and 完成率), 基层组织建设 (one roster of the
“两委” by age and 学历 with the 国家通用语言, the monthly 主题党日 with the 升国旗 and a quarterly 抽查, a yearly 排查 of the 软弱涣散 with
the 转化率, four 夜校 classes a month, the 组织覆盖率 and 工作覆盖率 with a yearly 排查), 队伍建设 (two 培训班 of three days and a 观摩,
the 后备力量 under 35, the 完成率 and 比例 of the 发展党员 with the 公示, 32学时 with 党费, a quarterly 联系 and the “七一”、春节 慰问, the
“1+N” 联户 with a monthly 走访 and the 结亲干部's visit every two months), 基础保障 (the 报酬 with a quarterly 公开 of the 专项经费, the
集体经济 占比 in bands, six 党校 classes and the 书记's 党课) and 基层治理 (the “网格化+十户联防” with a 一票否决, the “四议两公开” with a
quarterly 监督检查 and “三务” 公开, a 满意度 in bands).

A merged title row, a merged "考核对象：全县各乡镇党委" line and a merged "乡镇：…  考核组：…  考核时间：2025年12月" line, then the header
一级指标 | 二级指标 | 考核内容 | 分值 | 评分标准. There is NO 序号: items are numbered by position (1..21). The categories are MERGED CELLS
down the 一级指标 column (FIRST), printed WITH a bracketed ordinal on TWO lines, "（一）责任落实\\n（20分）". 二级指标 is a short sub-label
(`Row.indicator`). 分值 comes BEFORE the 评分标准, a plain number. No 考核方式, 佐证 or 得分 column. A 合计 row and a merged 说明 row close
the sheet. Counts in figures and Chinese numerals ("每月至少研究一次", "每季度召开一次", "每两个月入户走访一次", "至少1次", "每月开课不少于
4次"); "不少于20天", "每期不少于3天", "不少于32学时"; "最高扣" caps; "酌情扣1分" three times, "酌情扣0.5-1分" twice and "酌情扣1-2分"
twice; an 占比 and a 满意度 in bands ("…以下的不得分" closing them); one "实行一票否决，本项不得分" and two plain "本项不得分".
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
    name="zzz_yining_xian_xiangzhen_dangwei_xlsx",
    fmt="xlsx",
    title="伊宁县2025年度乡镇党委抓基层党建工作考核细则",
    numbering="position",
    sections=(
        Section("责任落实", "（一）责任落实\n（20分）", 20, (
            Row("乡镇党委年初召开基层党建工作会议，制定年度党建工作计划和书记抓基层党建项目清单；班子成员每人包联1个以上村（社区）。", 4,
                "未召开年初党建工作会议的扣1分；无年度计划的扣1分；无项目清单的扣1分；班子成员包联不到位的，酌情扣1分。",
                indicator="责任体系"),
            Row("乡镇党委会每月至少研究一次基层党建工作，每季度召开一次村（社区）党组织书记例会，通报工作进展、部署阶段任务。", 4,
                "研究党建工作每少1次扣0.3分，最高扣2分；书记例会每少1次扣0.5分。", indicator="议事研究"),
            Row("统筹抓好驻村工作队管理，驻村工作队员每月在村工作不少于20天；乡镇党委每季度对驻村工作队开展一次考勤抽查。", 4,
                "驻村时间不足的，每人次扣0.2分，最高扣2分；考勤抽查每少1次扣0.5分；驻村工作队员“走读”、脱岗的，每人次扣1分。",
                indicator="驻村管理"),
            Row("年底组织村（社区）党组织书记抓基层党建工作述职评议，实现全覆盖，评议结果逐一反馈；乡镇党委书记年终向县委述职。", 5,
                "未开展述职评议的扣2分；述职评议每少1人扣0.5分；评议结果未反馈的扣1分；乡镇党委书记未述职的扣2分。", indicator="述职评议"),
            Row("乡镇党委每半年对村（社区）党组织开展一次党建工作督查考核，建立问题整改台账，整改完成率达到100%。", 3,
                "督查考核每少1次扣1分；无整改台账的扣0.5分；整改完成率每低10个百分点扣0.5分。", indicator="督查考核"),
        )),
        Section("基层组织建设", "（二）基层组织建设\n（25分）", 25, (
            Row("村（社区）“两委”班子成员中35周岁以下的不少于1名，高中（中专）及以上学历的不少于3名；“两委”成员能熟练使用国家通用语言"
                "文字开展工作。", 5,
                "班子结构不达标的，每个村扣0.2分，最高扣2分；“两委”成员国家通用语言文字使用能力不足的，酌情扣0.5-1分。",
                indicator="班子建设"),
            Row("指导村（社区）党组织规范落实“三会一课”，每月开展一次主题党日；坚持每周一升国旗仪式；乡镇党委每季度抽查一次村级组织"
                "生活记录。", 6,
                "组织生活不规范的，每个村扣0.3分，最高扣2分；主题党日每少1次扣0.2分；升国旗仪式未坚持的，酌情扣1分；抽查每少1次扣0.5分。",
                indicator="组织生活"),
            Row("每年排查确定软弱涣散村（社区）党组织，落实乡镇领导包联、驻村工作队帮带措施，当年整顿转化率达到100%。", 4,
                "未开展排查的扣1分；整顿措施不落实的，每个扣0.5分；未按期整顿转化的，每个扣1分。", indicator="整顿提升"),
            Row("村级组织活动场所功能齐全，党员活动室、农牧民夜校等规范使用；农牧民夜校每月开课不少于4次。", 5,
                "场所功能不全的，每个村扣0.5分；夜校开课次数不足的，每个村扣0.2分，最高扣2分；场所被挤占挪用的，每个扣1分。",
                indicator="阵地建设"),
            Row("加强农民专业合作社、个体工商户和“两新”组织党建，党的组织覆盖率和工作覆盖率均达到100%；每年开展一次“两新”组织党员"
                "排查。", 5,
                "组织覆盖率每低5个百分点扣0.5分；工作覆盖率未达100%的扣1分；未开展排查的扣1分。", indicator="两新党建"),
        )),
        Section("队伍建设", "（三）队伍建设\n（25分）", 25, (
            Row("乡镇党委每年举办村（社区）干部、党员培训班不少于2期，每期不少于3天；组织村（社区）党组织书记到先进地区观摩学习至少1次。",
                5, "培训班每少1期扣1分；培训时间不足的，每期扣0.5分；未组织观摩学习的扣1分。", indicator="干部培训"),
            Row("每个村（社区）储备35周岁以下后备力量不少于2名，实行“一人一档”“导师帮带”培养。", 4,
                "后备力量每缺1名扣0.2分，最高扣2分；培养措施不落实的，酌情扣1分。", indicator="后备力量"),
            Row("坚持“控制总量、优化结构、提高质量、发挥作用”，年度发展党员计划完成率达到100%，在青年农牧民中发展的比例不低于60%；严格"
                "执行发展党员“三审三公示”。", 6,
                "计划完成率每低10个百分点扣1分；青年农牧民比例未达到的扣1分；未落实公示的，每人扣1分；违规发展党员的，本项不得分。",
                indicator="发展党员"),
            Row("党员每年参加集中学习培训不少于32学时，按月足额交纳党费；每季度至少与流动党员联系一次；“七一”、春节期间走访慰问老党员、"
                "困难党员。", 5,
                "学时不足的，每人扣0.1分，最高扣1分；党费未按月交纳的，每人次扣0.1分，最高扣1分；联系流动党员每少1次扣0.2分；走访慰问"
                "未开展的扣1分。", indicator="党员管理"),
            Row("推行党员“1+N”联户，每名党员联系5至10户群众，每月入户走访不少于1次；开展“民族团结一家亲”结对认亲活动，结亲干部每两个月"
                "入户走访一次。", 5,
                "党员联户未落实的，酌情扣1-2分；党员入户走访每少1次扣0.2分，最高扣2分；结亲干部入户每少1次扣0.2分。", indicator="联系服务"),
        )),
        Section("基础保障", "（四）基础保障\n（15分）", 15, (
            Row("落实村级组织运转经费和村干部报酬正常增长机制，村干部基本报酬按月发放；服务群众专项经费使用情况每季度公开一次。", 5,
                "运转经费、报酬未足额落实的，每个村扣0.5分；专项经费使用公开每少1次扣0.2分，最高扣1分；经费被挪用的，本项不得分。",
                indicator="经费报酬"),
            Row("发展壮大村级集体经济，年集体经济收入20万元以上的村占比达到50%以上，全面消除10万元以下的村。", 6,
                "收入20万元以上村占比50%以上的得4分，40%（含）至50%的得3分，30%（含）至40%的得2分，30%以下的不得分；仍有10万元以下村的，"
                "每个扣0.5分。", indicator="集体经济"),
            Row("办好乡镇党校，场所固定、师资配齐，全年举办培训不少于6期；乡镇党委书记每年在乡镇党校讲党课不少于1次。", 4,
                "党校培训每少1期扣0.5分；书记未讲党课的扣1分；场所、师资不落实的，酌情扣0.5-1分。", indicator="乡镇党校"),
        )),
        Section("基层治理", "（五）基层治理\n（15分）", 15, (
            Row("落实“网格化+十户联防”，发挥党员在维护社会稳定中的作用；全年不发生因工作不力引发的重大群体性事件和重大安全责任事故。", 5,
                "网格化管理责任落实不到位的，酌情扣1-2分；发生重大群体性事件或重大安全责任事故的，实行一票否决，本项不得分。",
                indicator="平安建设"),
            Row("村级重大事项落实“四议两公开”，村务监督委员会每季度至少开展一次监督检查；党务、村务、财务按季度公开。", 5,
                "“四议两公开”执行不到位的，每件扣0.5分；监督检查每少1次扣0.5分；“三务”公开每少1次扣0.2分。", indicator="村务监督"),
            Row("开展群众满意度测评，群众对乡镇基层党建工作满意度达到90%以上。", 5,
                "满意度90%以上的得5分，85%（含）至90%的得3分，80%（含）至85%的得1分，80%以下的不得分。", indicator="群众评价"),
        )),
    ),
)

HEADER = ["一级指标", "二级指标", "考核内容", "分值", "评分标准"]
NOTE = ("说明：1.本细则由县委组织部于12月组织实施，县委驻村办、县纪委监委参加，采取听取汇报、查阅资料、实地查看、入户走访、个别谈话"
        "相结合的方式，每个乡镇随机抽查2至3个村（社区）；2.各项扣分以该项分值为限，扣完为止；3.考核结果分为“好”“较好”“一般”“差”"
        "四个等次，作为乡镇党委书记抓基层党建述职评议、乡镇领导班子年度考核的重要依据。")


def build(t: Table, path: Path) -> None:
    import openpyxl
    from openpyxl.styles import Alignment, Font

    ncols = len(HEADER)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "乡镇党委考核细则"
    center = Alignment(horizontal="center", vertical="center", wrap_text=True)
    wrap = Alignment(vertical="center", wrap_text=True)
    xlsx_title(ws, t.title, ncols, Font(name="黑体", size=16, bold=True), center)
    xlsx_line(ws, "考核对象：全县各乡镇党委", ncols)
    xlsx_line(ws, "乡镇：              考核组：              考核时间：2025年12月", ncols)
    xlsx_header(ws, HEADER, ncols)
    first = ws.max_row
    for s in t.sections:
        top = ws.max_row + 1
        for i, row in enumerate(s.rows):
            ws.append([s.printed if i == 0 else None, row.indicator, row.text, row.points, row.scoring])
            for c in (3, 5):
                ws.cell(ws.max_row, c).alignment = wrap
            for c in (2, 4):
                ws.cell(ws.max_row, c).alignment = center
        xlsx_merge_down(ws, 1, top, ws.max_row, center)
    xlsx_total_row(ws, t.total, 4, ncols, center)
    xlsx_borders(ws, first, ncols)
    xlsx_note(ws, NOTE, ncols, 44)
    xlsx_widths(ws, (13, 11, 52, 6, 50))
    wb.save(str(path))
