"""中共岳阳市粮食和物资储备局机关委员会2026年度直属粮食储备库党支部党建工作考核细则 (.xlsx), as a 湖南 市粮食和物资储备局's
机关党委 scores the 党支部 of each 直属粮食储备库 (一个库点 of 10 to 30 职工; 党员 among 保管员、检验员、化验员、机械操作 and
库领导, the 主任 the 书记) on 党建责任、组织建设、党建引领储粮安全、基础保障, with the 粮食购销领域腐败问题专项整治, 储粮安全
("一符四无"), 熏蒸和有限空间作业安全 and the 夏粮、秋粮收购 in view.

A merged title row, a merged "考核对象：市中心粮库、城陵矶粮库、新墙河粮库党支部" line and a right-aligned "单位：分" line above
the header 考核项目 | 序号 | 考核内容 | 分值 | 评分标准 | 考核方式 | 得分. The categories are MERGED CELLS down the 考核项目
column (first), printed on one line with no ordinal, "党建责任（15分）". 序号 (second column, numeric cells) RESTARTS at 1 in
every category (ids "1.1" … "4.4"). 分值 is a plain number. 考核方式 (`Row.method`) says only how the 考核组 checks (查阅资料,
实地查看, 入仓检查, 系统核查, 问卷测评); it is no 佐证 column. 得分 is blank. A 合计 row and a merged 说明 row close the sheet.
Counts are printed in Chinese numerals ("每季度召开一次", "不少于两次").
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
    name="zu_liangku_zhibu_xlsx",
    fmt="xlsx",
    title="中共岳阳市粮食和物资储备局机关委员会2026年度直属粮食储备库党支部党建工作考核细则",
    numbering="restart",
    sections=(
        Section("党建责任", "党建责任（15分）", 15, (
            Row("库党支部年初制定党建工作要点，与局机关党委签订党建和党风廉政建设“一岗双责”责任书；支部书记年底向局机关党委"
                "述职。", 5,
                "无工作要点的扣1分；未签订责任书的扣2分；未述职的扣2分。", "查阅资料"),
            Row("支部每季度召开一次支委会专题研究党建工作；研究储粮安全、粮食收购、轮换出入库等重大事项前听取支部意见。", 4,
                "专题研究每少一次扣1分；重大事项未听取支部意见的，每项扣0.5分。", "查阅会议记录"),
            Row("深化粮食购销领域腐败问题专项整治，每年开展一次廉政风险点排查，针对收购定级、扣量扣价、轮换出入库、损耗核销等"
                "环节完善防控措施。", 6,
                "未开展排查的扣2分；防控措施不完善的，酌情扣1分；党员干部在购销、轮换中违规违纪被查处的，本项不得分。",
                "查阅资料、个别谈话"),
        )),
        Section("组织建设", "组织建设（30分）", 30, (
            Row("支部委员会每月召开一次；支部党员大会每季度召开一次；按仓区（班组）设立党小组，党小组会每月一次；党课每季度"
                "一次。", 7,
                "每少一次扣0.5分，扣完为止。", "查阅会议记录"),
            Row("每月10日为固定主题党日，收购旺季可顺延；党员参加率达到百分之八十五以上。", 5,
                "主题党日每少一次扣0.5分；参加率每降低5个百分点扣0.5分，最多扣1.5分。", "查阅资料"),
            Row("每年召开组织生活会不少于一次，开展民主评议党员；党员领导干部以普通党员身份参加双重组织生活。", 5,
                "未召开组织生活会的扣3分；未开展民主评议的扣1分；领导干部未参加双重组织生活的扣1分。", "查阅资料"),
            Row("党员按月交纳党费，党费收缴台账规范；在“三湘e支部”系统中及时维护党员信息，信息准确率达到100%。", 5,
                "党费未按月交纳的，每人次扣0.2分；系统信息每错1处扣0.2分。", "查阅台账、系统核查"),
            Row("注重在保管员、检验员等一线青年职工中发展党员，每年确定入党积极分子不少于一名；发展对象公示，程序规范。", 4,
                "未确定积极分子的扣2分；发展程序不规范或未公示的，本项不得分。", "查阅发展党员档案"),
            Row("党员年度集中学习培训不少于32学时；支部书记、支委每年参加上级党组织培训不少于3天。", 4,
                "党员学时不足的，每人扣0.2分；书记、支委培训天数不足的，每人扣0.5分。", "查阅资料、系统核查"),
        )),
        Section("党建引领储粮安全", "党建引领储粮安全（35分）", 35, (
            Row("落实“一符四无”要求，做到库存账实相符，无虫粮、无霉变粮、无鼠雀害、无事故；党员保管员每周进仓检查粮情不少于"
                "一次，粮情检查记录完整。", 7,
                "库存账实不符的，每仓扣2分；发生虫粮、霉变等储粮事故的，本项不得分；粮情检查记录不全的，每缺一次扣0.1分，最多"
                "扣1分。", "入仓检查、查阅记录"),
            Row("每月开展一次安全隐患排查，熏蒸作业、有限空间作业严格执行审批制度，党员带头落实“双人双锁”和作业监护；隐患整改率"
                "达到100%。", 6,
                "隐患排查每少一次扣0.5分；作业未经审批的，每次扣1分；整改率每低1个百分点扣0.5分；发生安全生产责任事故的，实行"
                "一票否决，本项不得分。", "查阅资料、实地查看"),
            Row("夏粮、秋粮收购期间组建党员服务队，设立党员服务窗口，公开收购标准和价格；收购期间群众有效投诉不超过1件。", 6,
                "未组建服务队的扣2分；未公开收购标准和价格的扣2分；有效投诉超过1件的，每件扣1分。", "查阅资料、实地查看"),
            Row("设立“党员示范仓”“党员先锋岗”，党员示范仓每年不少于两个；开展低温储粮、氮气气调等绿色储粮技术攻关或“五小”创新，"
                "年内形成成果不少于一项。", 5,
                "示范仓每少1个扣1分；无创新成果的扣1分；先锋岗作用发挥不明显的，酌情扣0.5—1分。", "实地查看、查阅资料"),
            Row("与所在地乡镇、村党组织和种粮合作社党组织签订结对共建协议，每半年至少开展一次“党建+粮食安全”助农服务活动；开展"
                "“爱粮节粮”宣传进社区、进学校活动。", 5,
                "未签订共建协议的扣1分；助农服务活动每少一次扣1分；未开展爱粮节粮宣传的扣1分。", "查阅资料"),
            Row("年底由局机关党委组织库区职工和售粮农户代表对支部工作开展满意度测评，满意度达到90%。", 6,
                "满意度每低于90%一个百分点扣0.5分；满意度低于70%的，本项不得分。", "问卷测评"),
        )),
        Section("基础保障", "基础保障（20分）", 20, (
            Row("建有党员活动室，设置“红色粮仓”党建文化长廊；党务公开栏每季度更新一次。", 5,
                "无党员活动室的扣2分；未设置文化长廊的扣1分；公开栏每少更新一次扣0.5分。", "实地查看"),
            Row("年中报送党建工作半年小结，年终形成全年工作总结和下一年度工作思路。", 5,
                "每缺一项扣1.5分；总结内容空泛的扣1分。", "查阅资料"),
            Row("党员名册、“三会一课”记录、党费收缴台账、主题党日活动记录、发展党员材料等资料分类归档，实行“一本账”管理。", 5,
                "每缺一项扣1分；资料不规范的，扣0.5—1分。", "查阅资料"),
            Row("每月向局机关党委报送党建信息一篇以上；全年在市级以上媒体宣传报道不少于两次。", 5,
                "信息每少一篇扣0.3分；媒体报道每少一次扣1分。", "查阅资料"),
        )),
    ),
)

HEADER = ["考核项目", "序号", "考核内容", "分值", "评分标准", "考核方式", "得分"]
NOTE = ("说明：1.本细则由局机关党委负责解释，考核于每年12月进行，采取查阅资料、入仓检查、实地查看、个别谈话和问卷测评相结合的"
        "方式；2.各项扣分不超过该项分值；3.考核结果分为优秀、良好、合格、不合格四个等次，与库领导班子年度考核和职工绩效分配"
        "挂钩。")


def build(t: Table, path: Path) -> None:
    import openpyxl
    from openpyxl.styles import Alignment, Font

    ncols = len(HEADER)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "粮库党支部考核细则"
    center = Alignment(horizontal="center", vertical="center", wrap_text=True)
    wrap = Alignment(vertical="center", wrap_text=True)
    xlsx_title(ws, t.title, ncols, Font(name="方正小标宋简体", size=15), center)
    xlsx_line(ws, "考核对象：市中心粮库、城陵矶粮库、新墙河粮库党支部", ncols)
    xlsx_line(ws, "单位：分", ncols)
    ws.cell(ws.max_row, 1).alignment = Alignment(horizontal="right")
    xlsx_header(ws, HEADER, ncols)
    first = ws.max_row
    for s in t.sections:
        top = ws.max_row + 1
        for number, row in enumerate(s.rows, 1):
            ws.append([s.printed if number == 1 else None, number, row.text, row.points, row.scoring, row.method, None])
            for c in (3, 5, 6):
                ws.cell(ws.max_row, c).alignment = wrap
            for c in (2, 4):
                ws.cell(ws.max_row, c).alignment = center
        xlsx_merge_down(ws, 1, top, ws.max_row, center)
    xlsx_total_row(ws, t.total, 4, ncols, center)
    xlsx_borders(ws, first, ncols)
    xlsx_note(ws, NOTE, ncols, 42)
    xlsx_widths(ws, (12, 6, 52, 6, 46, 14, 7))
    wb.save(str(path))
