"""中共石家庄市裕华区方北街道工作委员会2025年度社区党委党建引领新建小区治理考核细则 (.xlsx), as a 河北 街道党工委 (its 党建办 with
the 物业办, a 考核组 checking in December) scores the 社区党委 of new estates, where the 交房 is recent, the 业委会 are being set up
and the quarrels are about 交房延期, 房屋质量 and 停车收费: 组织覆盖 (the 小区党支部 with its 覆盖率, the 楼栋 党小组 and the 党员楼栋长
比例, the “四方联席会议” with its 制度 and 落实率), 队伍建设 (a roster of the “两委” with a 学历 share and the 书记's 40学时, the “三会一课”
with the 主题党日 and the 参会率, the 挂牌率, six 志愿服务 and the 积分 with its 年底 评定), 物业治理 (the 业委会 成立比例 with the 资格审查
and the 党员比例, the 物业 reporting each quarter and its 满意度, the 矛盾纠纷台账 with a monthly 排查 and the 化解率, the 维修资金 with a
half-yearly 公示), 服务居民 (the 党群服务站 with two 党群活动 a month, the 需求清单 and six 实事 published 年初 and reported 年底, the
微信群 覆盖率 and the 办结率) and 基础保障 (the 年初 计划, 年底 述职 and a quarterly 专题研究; the 经费 with its 审议, the 小结 and 总结).

A title row (merged, bold), a "考核对象：方北街道所辖各社区党委（含新建住宅小区党支部）" line and a "社区：…  社区党委书记：…  考核日期："
line, then the header: 一级指标 | 序号 | 二级指标 | 考核内容 | 评分标准 | 分值 | 佐证材料 | 得分. The categories are MERGED CELLS down the
一级指标 column (first), printed WITH an ordinal on TWO lines, "一、组织覆盖\n（20分）". 序号 second, RESTARTING at 1 in every category
(ids "1.1" … "5.2"); 二级指标 a short label (`Row.indicator`); 分值 AFTER the 评分标准, a plain number; 佐证材料 (`Row.method`) names
the papers. A 合计 row and a 说明 row close the sheet. "最高扣" caps, "酌情扣1分", "酌情扣0.5—1分", one "本项不得分".
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
    name="zzv_shijiazhuang_fangbei_xinjian_xiaoqu_xlsx",
    fmt="xlsx",
    title="中共石家庄市裕华区方北街道工作委员会2025年度社区党委党建引领新建小区治理考核细则",
    numbering="restart",
    sections=(
        Section("组织覆盖", "一、组织覆盖\n（20分）", 20, (
            Row("交付入住满6个月、党员3名以上的新建小区单独建立党支部，党员不足3名的建立联合党支部或功能型党小组；小区党组织覆盖率达到"
                "100%。", 7,
                "覆盖率每低10个百分点扣1分；符合条件未单独建立党支部的，每个扣1分。", "党组织设置批复、组织架构图",
                indicator="小区党支部"),
            Row("以楼栋为单元建立党小组，选配楼栋长，党员楼栋长比例不低于60%；新入住党员在3个月内排查登记、纳入管理。", 7,
                "党员楼栋长比例每低5个百分点扣0.5分；新入住党员未及时纳入管理的，每人扣0.2分，最高扣2分。", "楼栋长名册、党员排查登记表",
                indicator="楼栋党小组"),
            Row("社区党委牵头建立社区党组织、小区党支部、业主委员会、物业服务企业“四方联席会议”制度，每月至少召开1次，议定事项落实率"
                "达到90%以上。", 6,
                "未建立制度的扣1分；联席会议每少1次扣0.5分；议定事项落实率每低10个百分点扣0.5分。", "会议纪要、签到表",
                indicator="四方联席"),
        )),
        Section("队伍建设", "二、队伍建设\n（20分）", 20, (
            Row("社区“两委”班子中35周岁以下的成员不少于1名，大专及以上学历成员比例不低于70%；社区党委书记全年参加区级以上培训不少于40"
                "学时。", 7,
                "无35周岁以下成员的扣1分；大专及以上学历比例未达到的扣1分；书记学时不足的扣1分。", "“两委”成员名册、培训证书",
                indicator="班子配备"),
            Row("小区党支部“三会一课”按规定频次召开（支委会每月、党员大会每季度、党小组会每月、党课每季度各不少于1次），每月开展主题"
                "党日，上班族党员可“线上+线下”参加；党员年度参会率不低于85%。", 7,
                "“三会一课”缺项的，每项扣1分；主题党日每少1次扣0.3分；参会率每低5个百分点扣0.5分。", "会议记录、签到表、活动照片",
                indicator="组织生活"),
            Row("开展“亮身份、作表率”活动，小区党员家庭挂牌率达到80%以上；每名党员每年参加小区志愿服务不少于6次，服务情况纳入党员积分"
                "管理，年底评定积分等次。", 6,
                "挂牌率每低10个百分点扣0.5分；志愿服务不足6次的，每人扣0.1分，最高扣2分；未实行积分管理的扣1分。",
                "志愿服务记录、积分台账", indicator="党员作用"),
        )),
        Section("物业治理", "三、物业治理\n（30分）", 30, (
            Row("符合条件的小区成立业主委员会比例达到80%以上；社区党委对业委会候选人进行资格审查，业委会成员中党员比例不低于50%。", 8,
                "成立比例每低10个百分点扣1分；未进行资格审查的扣2分；党员比例不足50%的，每个扣0.5分。", "资格审查表、业委会成员名单",
                indicator="业委会组建"),
            Row("推动物业服务企业建立党组织或选派党建指导员；物业服务企业每季度向社区党委报告一次服务情况，物业服务满意度不低于85%。", 8,
                "物业服务企业无党组织又未选派党建指导员的扣2分；未报告的，每次扣0.5分；满意度低于85%的扣2分。", "报告材料、满意度测评表",
                indicator="物业服务"),
            Row("针对交房延期、房屋质量、停车收费等新建小区集中问题，建立矛盾纠纷台账，每月排查一次，化解率达到95%以上；不发生因物业"
                "纠纷引发的群体性上访。", 7,
                "无台账的扣1分；排查每少1次扣0.5分；化解率每低1个百分点扣0.2分；发生群体性上访的，本项不得分。",
                "矛盾纠纷台账、调解记录", indicator="矛盾化解"),
            Row("指导业委会规范使用专项维修资金和公共收益，收支情况每半年在小区公示一次；重大事项按“党组织提议、四方协商、业主决议”程序"
                "办理。", 7,
                "公示每少1次扣1分；重大事项未按程序办理的，每件扣1分；违规使用维修资金的，本项不得分。", "公示照片、决议材料",
                indicator="资金监管"),
        )),
        Section("服务居民", "四、服务居民\n（20分）", 20, (
            Row("在小区配建党群服务站，面积不少于100平方米，每周开放不少于5天；每月至少开展2次党群活动。", 7,
                "未配建服务站的扣2分；开放时间不足的扣1分；党群活动每少1次扣0.3分。", "活动记录、活动照片", indicator="服务阵地"),
            Row("围绕新建小区配套不完善问题开展“一老一小”服务，每年梳理居民需求清单，确定为民办实事项目不少于6件，年初公布项目、年底公开"
                "完成情况。", 7,
                "无需求清单的扣1分；实事项目每少1件扣0.5分；未公布或未公开完成情况的，每项扣0.5分。", "需求清单、公示照片",
                indicator="民生服务"),
            Row("建立小区居民微信群，入住户数全覆盖，群内信息审核发布；“12345”及网上平台居民诉求按时办结率达到98%以上。", 6,
                "微信群覆盖率每低10个百分点扣0.5分；办结率每低1个百分点扣0.5分；群内不当言论未及时处置的，酌情扣1分。", "平台数据截图",
                indicator="智慧服务"),
        )),
        Section("基础保障", "五、基础保障\n（10分）", 10, (
            Row("社区党委书记年初制定党建工作计划，年底向街道党工委述职；社区党委每季度专题研究一次小区治理工作。", 5,
                "无计划的扣1分；未述职的扣2分；专题研究每少1次扣0.5分。", "工作计划、述职报告、会议记录", indicator="责任落实"),
            Row("党组织服务群众经费专款专用，使用情况经居民代表会议审议；年中有小结、年终有总结，各类台账规范齐全。", 5,
                "经费使用未经审议的扣1分；违规使用经费的扣3分；小结、总结每缺1项扣0.5分；台账不规范的，酌情扣0.5—1分。",
                "经费使用明细、会议记录、工作总结", indicator="经费台账"),
        )),
    ),
)

HEADER = ["一级指标", "序号", "二级指标", "考核内容", "评分标准", "分值", "佐证材料", "得分"]
NOTE = ("说明：1.本细则由街道党工委于12月组织考核，街道物业办参加，采取查阅资料、实地查看、入户走访、平台核查相结合的方式，每个社区随机抽查"
        "不少于2个新建小区；2.各项扣分以该项分值为限，扣完为止；3.考核结果分为“优秀”“良好”“合格”“不合格”四个等次；4.社区发生因物业"
        "矛盾引发的重大群体性事件的，考核结果直接定为“不合格”。")


def build(t: Table, path: Path) -> None:
    import openpyxl
    from openpyxl.styles import Alignment, Font

    ncols = len(HEADER)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "新建小区治理考核"
    center = Alignment(horizontal="center", vertical="center", wrap_text=True)
    wrap = Alignment(vertical="center", wrap_text=True)
    xlsx_title(ws, t.title, ncols, Font(name="黑体", size=15, bold=True), center)
    xlsx_line(ws, "考核对象：方北街道所辖各社区党委（含新建住宅小区党支部）", ncols)
    xlsx_line(ws, "社区：              社区党委书记：              考核日期：2025年12月", ncols)
    xlsx_header(ws, HEADER, ncols)
    first = ws.max_row
    for s in t.sections:
        top = ws.max_row + 1
        for number, row in enumerate(s.rows, 1):
            ws.append([s.printed if number == 1 else None, number, row.indicator, row.text, row.scoring, row.points,
                       row.method, None])
            for c in (4, 5, 7):
                ws.cell(ws.max_row, c).alignment = wrap
            for c in (2, 3, 6):
                ws.cell(ws.max_row, c).alignment = center
        xlsx_merge_down(ws, 1, top, ws.max_row, center)
    xlsx_total_row(ws, t.total, 6, ncols, center)
    xlsx_borders(ws, first, ncols)
    xlsx_note(ws, NOTE, ncols, 48)
    xlsx_widths(ws, (12, 6, 11, 48, 44, 6, 22, 7))
    wb.save(str(path))
