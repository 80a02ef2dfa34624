"""中共新塘街道工作委员会2026年度社区党校规范化建设考核评分表 (.docx), as a 浙江 街道党工委 (its 党建办 running the check with
the 区委党校新塘分校, which guides the teaching) scores each 社区党校 (the 社区党员学校 of a 社区党委, teaching its 党员, 入党
积极分子 and 发展对象 and the 居民 who come) on 组织机构 (校长, 制度, the 年初 教学计划 and the 年底 总结), 师资队伍 (the
兼职师资库, the 书记's 党课 and the “两委” 专题课, 集体备课 and 讲稿审核), 教学培训 (党员轮训 and 学时, 培训班 and “党校
微课堂”, 发展对象培训, 课程, 现场教学, 线上送学, 学员管理) and 保障成效 (教室 and 经费, 教学档案, 教学评估, 学用转化, the
“一校一品”).

The title (bold, centred) and a centred "（新塘街道党工委　区委党校新塘分校　2026年3月）" line above one table: 考核指标 |
考核内容 | 分值 | 计分方法 | 考核方式. The categories are SECTION ROWS merged across the table, printed with a bracketed
ordinal, "（一）组织机构（15分）". There is NO 序号: items are numbered by position (1..18). 考核指标 is a short sub-label
(`Row.indicator`). 分值 is printed WITH ITS UNIT ("5分"). 考核方式 (`Row.method`) says only how the 考核组 checks (查阅…,
实地查看, 平台核查); it is no 佐证 column. A 合计 row ("100分") and a 说明 paragraph close the document.
"""

from __future__ import annotations

from pathlib import Path

from .build_helpers import docx_centred, docx_grid_table, docx_title, merge_cells
from .model import Row, Section, Table, _fmt

TABLE = Table(
    name="zw_shequ_dangxiao_docx",
    fmt="docx",
    title="中共新塘街道工作委员会2026年度社区党校规范化建设考核评分表",
    numbering="position",
    sections=(
        Section("组织机构", "（一）组织机构（15分）", 15, (
            Row("社区党校由社区党组织书记任校长，配备常务副校长1名，明确专（兼）职工作人员不少于1名；按统一标准挂牌。", 5,
                "校长未由书记担任的扣2分；未配备工作人员的扣2分；未挂牌的扣1分。", "查阅文件、实地查看", indicator="机构设置"),
            Row("建立教学管理、学员管理、考勤考核、师资管理等制度，制度上墙。", 5,
                "制度每缺一项扣1分；制度未上墙的扣0.5分。", "查阅资料、实地查看", indicator="制度建设"),
            Row("年初制定年度教学计划，报区委党校备案；年底形成全年办学工作总结。", 5,
                "无年度教学计划的扣2分；未报备案的扣1分；无工作总结的扣2分。", "查阅资料", indicator="计划总结"),
        )),
        Section("师资队伍", "（二）师资队伍（15分）", 15, (
            Row("建立由区委党校教师、社区党组织书记、“两代表一委员”、老党员和先进典型等组成的兼职师资库，兼职教师不少于10名。", 5,
                "无师资库的扣3分；兼职教师每少1名扣0.5分。", "查阅师资库名单", indicator="师资库"),
            Row("社区党组织书记每年在社区党校讲党课不少于两次；社区“两委”成员每人每年至少讲授一次专题课。", 5,
                "书记讲党课每少1次扣1分；“两委”成员未授课的，每人扣0.5分。", "查阅课程表、讲稿", indicator="书记授课"),
            Row("每年组织兼职教师参加区委党校集体备课或师资培训不少于一次；授课讲稿（课件）须经社区党校审核后使用。", 5,
                "未参加集体备课或培训的扣2分；讲稿未经审核的，每次扣0.5分。", "查阅资料", indicator="师资培训"),
        )),
        Section("教学培训", "（三）教学培训（40分）", 40, (
            Row("每年对辖区党员轮训一遍，党员参训率达到百分之九十五以上；党员每年参加集中学习培训累计不少于32学时。", 8,
                "参训率每低1个百分点扣0.5分，最多扣4分；学时不足的，每人扣0.2分，最多扣2分。", "查阅签到表、学时登记",
                indicator="党员轮训"),
            Row("每季度至少举办一期集中培训班，每期不少于半天；每月开展一次“党校微课堂”。", 6,
                "培训班每少1期扣1分；微课堂每少1次扣0.3分。", "查阅教学记录", indicator="办班频次"),
            Row("入党积极分子、发展对象由社区党校集中培训，发展对象培训时间不少于3天（或不少于24学时），培训后进行结业考试，考试"
                "合格率达到100%。", 7,
                "未组织培训的扣4分；培训时间不足的扣2分；未组织考试或合格率未达到100%的扣1分。", "查阅培训档案、试卷",
                indicator="发展对象培训"),
            Row("课程涵盖理论教育、党性教育、政策法规、社区治理和实用技能，理论课程占比不低于60%；每年开设“菜单式”选学课程不少于"
                "4门。", 6,
                "理论课程占比每低5个百分点扣0.5分；选学课程每少1门扣0.5分；课程设置单一的，酌情扣1分。", "查阅课程表",
                indicator="课程设置"),
            Row("依托辖区红色资源、党群服务中心、先进基层党组织设立现场教学点不少于2个，每年开展现场教学不少于2次。", 5,
                "教学点每少1个扣1分；现场教学每少1次扣1分。", "实地查看、查阅资料", indicator="现场教学"),
            Row("依托“党员e家”等线上平台开展网络教学，对流动党员、年老体弱党员开展线上教学或送学上门，覆盖率达到100%。", 4,
                "覆盖率每低10个百分点扣1分。", "平台核查", indicator="线上送学"),
            Row("实行学员签到考勤，每期培训做到有签到表、有影像资料；无故缺课3次以上的党员，由所在党组织谈话提醒。", 4,
                "签到表、影像资料每缺一期扣0.5分；未谈话提醒的，每人扣0.5分。", "查阅资料", indicator="学员管理"),
        )),
        Section("保障成效", "（四）保障成效（30分）", 30, (
            Row("有固定教室，可容纳30人以上，配备多媒体教学设备；社区党校经费纳入社区党组织年度经费预算，专款专用。", 6,
                "无固定教室的扣2分；教学设备不全的扣1分；经费未纳入预算的扣2分；经费挪作他用的，本项不得分。",
                "实地查看、查阅预算", indicator="阵地经费"),
            Row("建立教学档案，每期培训的教学方案、课程表、讲稿课件、签到表、影像资料、学员考核情况按期归档。", 6,
                "档案资料每缺一项扣0.5分；归档不及时、不规范的，酌情扣1分。", "查阅档案", indicator="教学档案"),
            Row("每期培训结束后开展教学质量评估，学员对课程满意度达到90%以上。", 6,
                "未开展评估的，每期扣0.5分；满意度每低1个百分点扣0.2分，最多扣2分。", "查阅评估表", indicator="教学评估"),
            Row("党员参训后认领社区服务项目或岗位的比例达到80%以上；每年形成学员学习体会、调研报告等成果不少于5篇。", 6,
                "认领比例每低10个百分点扣1分；成果每少1篇扣0.5分。", "查阅资料", indicator="学用转化"),
            Row("打造“一校一品”，开发特色课程不少于1门；年内在区级以上媒体或平台宣传报道不少于两次。", 6,
                "无特色课程的扣2分；宣传报道每少1次扣1分；特色不鲜明的，酌情扣1分。", "查阅资料", indicator="特色品牌"),
        )),
    ),
)

HEADER = ["考核指标", "考核内容", "分值", "计分方法", "考核方式"]
NOTE = ("说明：1.本表由街道党建办会同区委党校新塘分校于每年12月组织考核，考核采取查阅资料、实地查看、随堂听课、学员座谈相结合的"
        "方式；2.各项扣分以该项分值为限，扣完为止；3.考核得分90分以上的社区党校推荐参评区级“示范社区党校”，得分低于70分的"
        "限期整改。")


def build(t: Table, path: Path) -> None:
    import docx

    ncols = len(HEADER)
    n_rows = 1 + len(t.sections) + sum(len(s.rows) for s in t.sections) + 1
    document = docx.Document()
    docx_title(document, t.title, 15)
    docx_centred(document, "（新塘街道党工委　区委党校新塘分校　2026年3月）")
    tbl = docx_grid_table(document, n_rows, ncols, HEADER)
    r = 1
    for s in t.sections:
        merge_cells(tbl, r, 0, r, ncols - 1, s.printed)
        r += 1
        for row in s.rows:
            cells = ((0, row.indicator), (1, row.text), (2, f"{_fmt(row.points)}分"), (3, row.scoring), (4, row.method))
            for c, v in cells:
                tbl.cell(r, c).text = v
            r += 1
    merge_cells(tbl, r, 0, r, 1, "合计")
    tbl.cell(r, 2).text = f"{_fmt(t.total)}分"
    document.add_paragraph(NOTE)
    document.save(str(path))
