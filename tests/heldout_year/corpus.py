"""Writers of the held-out year: meeting records in other secretaries' wording, documents, sheets and photos."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from labelled_year import render
from labelled_year.model import Year
from openpyxl import Workbook
from PIL import Image, ImageDraw

ORG = "青石街道红枫社区党支部"
SHORT = "红枫社区党支部"
SEC, DEP, ORGN, PUB, DIS = "何建平", "林秀英", "唐志刚", "苏晓雯", "范德明"
CLERK = "曹丽"
NEW = "魏子轩"
ROOM = "红枫社区党群服务站二楼会议室"
COMMITTEE = [SEC, DEP, ORGN, PUB, DIS]
MEMBERS = COMMITTEE + [
    "曹丽", "陶立群", "袁国华", "郑美玲", "邵文杰", "汤秀兰", "石建军", "龚海鹰", "侯丽萍", "万大勇", "顾春梅", "葛振东",
    "严慧", "俞小平", "蒋德胜", "秦玉芬", "尹志强", "黎桂香", "薛永红", "闫卫国", "段淑珍", "雷鸣", "方晓燕", "白振华",
    "崔红梅", "康建业", "毛爱华", "邱德福", "江翠英", "史国庆", "贺兰芳", "龙海涛", "钟玉珍",
]  # 38 直管党员; 魏子轩 received 9月24日
ZWH, DH, DK, XZ, ZT, ZZ, LX, GJ, ZY = (
    "支部委员会", "党员大会", "党课", "党小组会", "主题党日", "组织生活会", "联席会议", "共建活动", "志愿服务")
ITEMS = {ZWH: ["8"], DH: ["8"], DK: ["8", "9"], XZ: ["8"], ZT: ["9"], ZZ: ["9", "12"], LX: ["18"], GJ: ["16"],
         ZY: ["13"]}


def cn(d: dt.date) -> str:
    return f"{d.year}年{d.month}月{d.day}日"


CN_DIGITS = "〇一二三四五六七八九"


def cn_upper(d: dt.date) -> str:
    """二〇二五年十二月十八日."""
    def num(n: int) -> str:
        if n < 10:
            return CN_DIGITS[n]
        return ("" if n < 20 else CN_DIGITS[n // 10]) + "十" + (CN_DIGITS[n % 10] if n % 10 else "")
    return "".join(CN_DIGITS[int(c)] for c in str(d.year)) + f"年{num(d.month)}月{num(d.day)}日"


@dataclass
class Rec:
    mtype: str | None
    day: dt.date
    heading: str
    rel: str
    style: str  # kv | tbl | prose | pdf
    expected: int | None
    present: int
    body: list[str]
    items: list[str] | None = None
    host: str = SEC
    place: str = ROOM
    clock: str = "下午3:00"
    attend: str = ""  # 出席 line override
    extra: list[tuple[str, str]] = field(default_factory=list)


def _date_text(r: Rec, i: int) -> tuple[str, str]:
    label = ("时间", "日期", "开会时间")[i % 3]
    d = r.day
    value = (f"{d.year}.{d.month:02d}.{d.day:02d} {r.clock}", f"{d.year}/{d.month}/{d.day}", f"{cn(d)}{r.clock}")[i % 3]
    return label, value


def _attendance(r: Rec, i: int) -> list[tuple[str, str]]:
    if r.attend:
        return [("出席", r.attend)]
    if r.expected is None:
        return [("出席", f"{r.present}人")]
    absent = r.expected - r.present
    if r.mtype == ZWH:
        names = COMMITTEE[: r.present]
        return [("出席", "、".join(names) + f"（{r.present}人）"),
                ("缺席", "无" if not absent else f"{COMMITTEE[-1]}（外出学习）")]
    v = i % 3
    if v == 0:
        return [("出席", f"应出席{r.expected}人，实际出席{r.present}人"), ("缺席", f"{absent}人（请假）")]
    if v == 1:
        return [("出席", f"党员{r.present}名"), ("缺席", f"{absent}名（因病、外出请假）")]
    return [("出席", f"全体党员{r.expected}名，到会{r.present}名")]


def write_record(y: Year, r: Rec, i: int) -> None:
    path = y.path(r.rel)
    label, value = _date_text(r, i)
    fields = [(label, value), ("地点", r.place), ("主持", r.host), ("记录", CLERK), *r.extra, *_attendance(r, i)]
    if r.mtype in (ZWH, DH, DK):
        fields.append(("列席", "社区居委会副主任 邵文杰" if i % 2 else "无"))
    if r.style == "pdf":
        render.text_pdf(path, r.heading, [f"{k}：{v}" for k, v in fields] + ["内容："] + r.body, author=CLERK)
        return
    doc = render.new_docx(CLERK)
    render.title(doc, r.heading)
    if r.style == "tbl":
        rows = [[k, v] for k, v in fields] + [["会议内容", "\n".join(r.body)]]
        render.table(doc, rows, bold_first_col=True)
    elif r.style == "prose":
        att = "，".join(f"{k}{v}" for k, v in _attendance(r, i))
        render.par(doc, f"{cn(r.day)}{r.clock}，{SHORT}在{r.place}召开会议，{r.host}主持，{att}。", indent=True)
        for line in r.body:
            render.par(doc, line, indent=True)
        render.par(doc, f"记录：{CLERK}", align="right")
    else:
        for k, v in fields:
            render.par(doc, f"{k}：{v}")
        render.par(doc, "内容：")
        for line in r.body:
            render.par(doc, line, indent=True)
    render.save_docx(doc, path)
    _ = i


def meetings(y: Year) -> list[Rec]:
    d = y.d
    Y = y.year
    R = "资料/2025"
    out = [
        # 支部委员会 (6)
        Rec(ZWH, d(1, 9), "支部委员会议纪要", "0109支委会.docx", "kv", 5, 5,
            [f"研究{Y}年支部工作要点", "确定1月16日召开组织生活会"]),
        Rec(ZWH, d(3, 6), "支委会纪要（3月）", "支委会纪要（3月）.docx", "tbl", 5, 5,
            ["研究与区市场监管局青石所党支部共建活动安排", "讨论第一季度党员大会议程"]),
        Rec(ZWH, d(5, 8), "支部委员会议纪要", f"{R}/5月支委.docx", "prose", 5, 4,
            ["研究为民办实事项目推进", "讨论党小组会安排"]),
        Rec(ZWH, d(7, 10), "支部委员会议纪要", "支委会7.10.docx", "kv", 5, 5,
            ["研究发展对象魏子轩同志的培养考察情况", "部署汛期值守"]),
        Rec(ZWH, d(9, 4), "支委会会议纪要", f"{R}/支委会0904.pdf", "pdf", 5, 5,
            [f"讨论接收{NEW}同志为预备党员，同意提交党员大会", "研究第三季度党课安排"]),
        Rec(ZWH, d(11, 6), "支部委员会议纪要", "文档3.docx", "tbl", 5, 5,
            ["研究年终党员群众满意度调查方案", "讨论在职党员表现情况反馈"]),
        # 党员大会 (4)
        Rec(DH, d(3, 20), "第一季度党员大会纪要", "第一季度党员大会纪要.docx", "kv", 38, 30,
            [f"通报{Y}年支部工作要点", "学习全国两会精神"], clock="上午9:00"),
        Rec(DH, d(6, 19), "第二季度党员大会纪要", "2025.6.19党员大会.docx", "tbl", 38, 33,
            ["通报上半年工作", "部署“七一”活动"], clock="上午9:00"),
        Rec(DH, d(9, 24), "第三季度党员大会纪要", f"{R}/三季度党员大会.docx", "kv", 38, 28,
            [f"讨论{NEW}同志入党问题，经表决同意接收{NEW}同志为中共预备党员", "学习新修订的党内法规"],
            items=["8", "22"], clock="上午9:00"),
        Rec(DH, d(12, 18), "第四季度党员大会纪要", "党员大会（四季度）.docx", "prose", 39, 31,
            ["通报全年工作总结", "部署党员冬训"], clock="上午9:00"),
        # 党课 (4)
        Rec(DK, d(4, 17), "党课：学习贯彻全国两会精神", "党课-学习贯彻两会精神.docx", "kv", 38, 29,
            [f"{SEC}同志讲授党课，结合社区实际谈基层治理", "党员交流学习体会"], extra=[("主讲", SEC)]),
        Rec(DK, d(6, 27), "党课：严守纪律规矩 做合格党员", "党课0627.docx", "tbl", 38, 26,
            [f"{DIS}同志结合案例讲授纪律党课", "观看警示教育片"], host=DIS, extra=[("主讲", DIS)]),
        Rec(DK, d(8, 28), "党课：学习贯彻习近平新时代中国特色社会主义思想", f"{R}/8月党课.docx", "prose", 39, 31,
            [f"{DEP}同志讲授专题党课", "党员分组研讨"], host=DEP),
        Rec(DK, d(11, 20), "党课：学习贯彻党的二十届四中全会精神", "四中全会精神党课.docx", "kv", 39, 24,
            [f"{SEC}同志围绕全会精神讲授党课", "初冬部分党员外出，到会偏少"], extra=[("主讲", SEC)]),
        # 党小组会 (2)
        Rec(XZ, d(5, 22), "第一党小组学习会记录", "一组5月小组会.docx", "kv", 12, 10,
            ["组长领学党章", "收集居民对为民办实事的意见"], host="袁国华", place="红枫社区党员活动室"),
        Rec(XZ, d(10, 23), "第二党小组会议记录", f"{R}/二小组10月.docx", "tbl", 12, 9,
            ["学习防范电信诈骗知识", "党员楼道包干"], host="郑美玲", place="红枫社区党员活动室"),
        # 主题党日 (5)
        Rec(ZT, d(2, 26), "二月主题党日活动记录", "二月主题党日.docx", "kv", 38, 27,
            ["学习《榜样》专题片", "清理楼道杂物"], host=DEP, clock="上午9:00"),
        Rec(ZT, d(4, 24), "四月主题党日活动记录", "4月主题党日活动.docx", "tbl", 38, 25,
            ["缅怀革命先烈", "重温入党誓词"], host=DEP, place="青石烈士纪念园"),
        Rec(ZT, d(7, 1), "七月主题党日活动记录", "七月主题党日活动记录.docx", "kv", 38, 34,
            ["庆祝建党节", "为老党员颁发“光荣在党50年”纪念章"], host=DEP, clock="上午9:00"),
        Rec(ZT, d(10, 10), "十月主题党日活动记录", f"{R}/十月主题党日.docx", "prose", 39, 28,
            ["重阳敬老", "为高龄老人理发"], host=DEP),
        Rec(ZT, d(12, 5), "十二月主题党日活动记录", "主题党日12月.docx", "kv", 39, 30,
            ["学习宪法", "冬季消防宣传入户"], host=DEP),
        # 组织生活会
        Rec(ZZ, d(1, 16), "组织生活会会议记录", "组织生活会会议记录（2024年度）.docx", "tbl", 38, 32,
            [f"{SEC}代表支委会作对照检查", "党员开展批评和自我批评", "开展民主评议党员，评出优秀党员8名"]),
        # 联席会议 (4)
        *[Rec(LX, day, f"社区党建联席会议纪要（{n}）", rel, st, None, pres,
              ["各成员单位通报共建资源", "议定下季度共建事项"],
              attend=f"区市场监管局青石所、青石小学、鑫达物流、青石农商行等成员单位代表{pres}人")
          for n, day, rel, st, pres in [
              ("一", d(3, 27), "联席会议纪要1.docx", "kv", 9), ("二", d(6, 26), f"{R}/联席会议二季度.docx", "tbl", 8),
              ("三", d(9, 25), "联席会9.25.docx", "kv", 9), ("四", d(12, 11), f"{R}/联席会议纪要（四）.docx", "prose", 7)]],
        # 共建活动 (4)
        *[Rec(GJ, day, heading, rel, "kv", None, pres, body, host=DEP, extra=[("共建单位", unit)])
          for day, heading, rel, unit, pres, body in [
              (d(3, 21), "共驻共建活动记录", "共建活动0321.docx", "区市场监管局青石所党支部", 16,
               ["食品安全进社区宣传", "共建单位党员与社区党员共同入户"]),
              (d(5, 16), "共驻共建活动记录", f"{R}/5月共建.docx", "青石小学党支部", 20, ["“护苗”安全教育进社区"]),
              (d(8, 22), "共驻共建活动记录", "共建（8月）.docx", "区市场监管局青石所党支部", 14, ["夏季餐饮安全检查"]),
              (d(11, 14), "共驻共建活动记录", "共建活动11月.docx", "青石农商银行党支部", 12, ["防范非法集资宣传"])]],
        # 志愿服务 (3)
        Rec(ZY, d(3, 5), "学雷锋党员志愿服务活动记录", "学雷锋志愿服务.docx", "kv", None, 15,
            ["党员志愿者便民理发、测血压"], host=PUB, clock="上午8:30"),
        Rec(ZY, d(6, 14), "党员志愿服务活动记录", f"{R}/志愿服务6月.docx", "tbl", None, 12,
            ["便民家电维修"], host=PUB, clock="上午8:30"),
        Rec(ZY, d(9, 13), "便民服务活动记录", "志愿服务0913.pdf", "pdf", None, 11, ["磨刀修伞 便民服务"], host=PUB),
        # other organised activities
        Rec(None, d(5, 15), "支部集中学习记录", "集中学习5.15.docx", "kv", None, 5,
            ["理论学习：党的创新理论", "政策学习：社区减负政策"], items=["9"], attend="支委5人"),
        Rec(None, d(5, 4), "社区团支部“五四”青年志愿活动记录", "五四青年活动.docx", "kv", None, 18,
            ["团员青年清理小区绿地"], items=["4"], host="严慧"),
        Rec(None, d(8, 7), "加装电梯征求意见座谈会记录", "征求意见座谈会.docx", "tbl", None, 24,
            ["听取居民对加装电梯方案的意见，收集意见15条"], items=["27"], host=DEP),
        Rec(None, d(10, 9), "“一助一”帮扶走访记录", f"{R}/一助一走访.docx", "kv", None, 3,
            ["走访帮扶对象孤寡老人贺兰芳家，送去米面油"], items=["32"], host=ORGN),
    ]
    return out


@dataclass
class Doc:
    rel: str
    kind: str
    date: dt.date | str | None
    items: list[str]
    heading: str
    lines: list[str]
    sign: str = ""  # signature date line; empty = none
    fmt: str = "docx"  # docx | pdf | scan
    table: list[list[str]] | None = None


def documents(y: Year) -> list[Doc]:
    d = y.d
    Y = y.year
    R = "资料/2025"
    org_sign = lambda day: f"{ORG}\n{cn(day)}"  # noqa: E731
    return [
        Doc("2025年工作要点.docx", "计划", d(1, 8), ["15"], f"{ORG}{Y}年党建工作要点",
            ["一、加强思想政治建设", "坚持“三会一课”制度，每季度召开党员大会、讲授党课，每月开展主题党日。",
             "二、推进共驻共建", "与辖区单位每季度开展共建活动，每季度召开联席会议。",
             "三、办好为民实事", "年内为民办实事项目不少于4件。"], sign=org_sign(d(1, 8))),
        Doc("工作总结2025.docx", "总结", d(12, 18), ["15", "1"], f"{SHORT}{Y}年工作总结",
            ["一年来，支部坚持“三会一课”，召开党员大会4次、党课4次、支委会6次。",
             "开展共驻共建活动4次，召开联席会议4次，完成为民办实事项目4件。",
             "存在问题：个别党员党费缴纳不及时；党建指导员工作还需加强。"],
            sign=f"{ORG}\n{cn_upper(d(12, 18))}"),
        Doc(f"{R}/述职报告（何建平）.docx", "总结", d(12, 22), ["1"], f"{Y}年度书记抓基层党建工作述职报告",
            [f"本人{SEC}，任{SHORT}书记。现将一年来抓基层党建工作情况报告如下。",
             "一是履行第一责任人职责；二是抓班子带队伍；三是推进共驻共建。"], sign=f"述职人：{SEC}\n{cn(d(12, 22))}"),
        Doc("支部议事规则.docx", "制度", None, ["2"], f"{SHORT}议事规则",
            ["第一条 凡涉及社区重大事项，须经支部委员会集体讨论决定。", "第二条 支委会须有半数以上委员到会方可召开。"]),
        Doc("民主生活会和组织生活会制度.docx", "制度", None, ["2"], "民主生活会和组织生活会制度",
            ["一、支部每年召开一次组织生活会，开展批评与自我批评。", "二、支委成员参加上级组织的民主生活会。"]),
        Doc(f"{R}/党风廉政建设制度.docx", "制度", d(2, 10), ["2"], "党风廉政建设制度",
            ["一、支部书记为党风廉政建设第一责任人。", "二、严格执行廉洁自律各项规定。"], sign=org_sign(d(2, 10))),
        Doc("支委分工.docx", "通知", d(1, 13), ["6"], "关于支部委员分工的通知",
            [f"{SEC}：书记，主持全面工作；{DEP}：专职副书记，负责党务日常工作；",
             f"{ORGN}：组织委员；{PUB}：宣传委员；{DIS}：纪检委员。"], sign=org_sign(d(1, 13))),
        Doc("党校轮训通知.pdf", "通知", d(3, 3), ["10"], f"关于参加青石街道党校{Y}年党员轮训的通知",
            ["各社区党组织：", "街道党校定于3月10日至12日举办党员轮训班，请组织党员参加，培训结束后报送签到表。"],
            fmt="pdf", sign=f"中共青石街道工作委员会\n{cn(d(3, 3))}"),
        Doc("双向联系双向反馈制度.docx", "制度", None, ["11"], "在职党员“双报到”双向联系双向反馈制度",
            ["一、在职党员到社区报到后，社区建立联系档案。", "二、每年年底社区将在职党员表现情况反馈所在单位党组织。"]),
        Doc(f"{R}/反馈函.docx", "通知", d(12, 12), ["11"], "在职党员参加社区活动情况反馈函",
            ["区市场监管局青石所党支部：", f"贵单位在职党员3名{Y}年在我社区参加志愿服务、共建活动情况如下，请予考核时参考。"],
            sign=org_sign(d(12, 12))),
        Doc("党员责任区.docx", "其他", None, ["12"], "党员责任区划分表", [],
            table=[["责任区", "责任党员", "职责"], ["1号楼", "袁国华", "楼道整洁、矛盾调解"],
                   ["2号楼", "郑美玲", "垃圾分类督导"], ["3号楼", "邵文杰", "独居老人联系"]]),
        Doc("共驻共建协议书.pdf", "协议", d(2, 28), ["16"], "共驻共建协议书",
            [f"甲方：{SHORT}", "乙方：区市场监管局青石所党支部", "双方本着资源共享、优势互补的原则，签订本协议。",
             "一、双方每季度至少开展一次共建活动。"], fmt="pdf", sign=f"签订日期：{cn(d(2, 28))}"),
        Doc("共驻共建工作制度.docx", "制度", None, ["16"], "共驻共建工作制度",
            ["一、社区党支部与辖区单位党组织建立共驻共建关系。", "二、共建活动每季度不少于一次。"]),
        Doc(f"{R}/结对联建协议.docx", "协议", d(4, 10), ["17"], "党组织结对联建协议",
            [f"甲方：{SHORT}", "乙方：鑫达物流有限公司党支部", "双方结对，互派党员参加组织生活，联合开展服务。"],
            sign=f"{cn(d(4, 10))}"),
        Doc("联席会议制度.docx", "制度", None, ["18"], "社区党建联席会议制度",
            ["一、联席会议由社区党支部书记召集，成员单位参加。", "二、联席会议每季度召开一次。"]),
        Doc("活动室管理制度.docx", "制度", None, ["20"], "党员活动室使用管理制度",
            ["一、活动室用于党员学习、开会和活动。", "二、电教设备由专人管理。"]),
        Doc("党建指导员通知.docx", "通知", d(2, 20), ["21"], "关于选派党建指导员的通知",
            ["经街道党工委研究，选派龚海鹰同志为辖区非公企业党建指导员。"], sign=f"青石街道党工委\n{cn(d(2, 20))}"),
        Doc(f"{R}/发展对象公示.docx", "通知", d(8, 25), ["22"], "发展对象公示",
            [f"经支委会研究，拟将{NEW}同志列为发展对象，现予公示，公示期5天。"], sign=org_sign(d(8, 25))),
        Doc("文明楼栋评选方案.docx", "计划", d(4, 2), ["25"], "“文明楼栋”评选活动方案",
            ["为推进精神文明创建，在全社区开展“文明楼栋”评选。", "评选标准：整洁、和睦、守法、互助。"],
            sign=org_sign(d(4, 2))),
        Doc("门前三包责任书.docx", "协议", d(3, 15), ["26"], "门前三包环境卫生责任书",
            ["责任单位：红枫农贸市场", "一、包门前卫生整洁；二、包门前秩序良好；三、包门前绿化美化。"],
            sign=f"{cn(d(3, 15))}"),
        Doc("实事项目公示.docx", "通知", d(4, 28), ["27", "28"], f"{Y}年为民办实事项目公示",
            ["1. 加装电梯2部；2. 改造小区路灯；3. 建设便民充电棚；4. 开设老年助餐点。"], sign=org_sign(d(4, 28))),
        Doc(f"{R}/党费公示.docx", "通知", d(7, 5), ["27"], f"{Y}年上半年党费收缴、使用及结存情况公示",
            ["上半年收缴党费6,840元，全部上缴街道党工委；下拨党员活动经费3,000元，已使用2,150元，结存850元。"],
            sign=org_sign(d(7, 5))),
        Doc("轮值坐班安排.docx", "制度", None, ["30"], "社区工作者轮值坐班安排",
            ["社区工作者每日一人轮值坐班，周末轮流值守，轮值表在大厅公示。"]),
        Doc("再就业培训推荐.docx", "通知", d(6, 6), ["31"], "关于推荐失业人员参加家政服务技能培训的报告",
            ["青石街道劳动保障所：", "经摸排，推荐我社区失业人员3名参加家政服务技能培训。"], sign=org_sign(d(6, 6))),
        Doc("一助一登记表.docx", "其他", None, ["32"], "党员“一助一”帮扶对象登记表", [],
            table=[["党员", "帮扶对象", "类别"], ["石建军", "贺兰芳", "孤寡老人"], ["龚海鹰", "钟玉珍", "残疾人"]]),
        Doc("满意度调查通报.docx", "测评", d(12, 10), ["33", "3"], "党员群众满意度调查情况通报",
            [f"{Y}年12月，支部组织开展党员群众满意度调查，发放问卷150份，收回150份。",
             "对社区党建工作的总体评价：满意130份，总体满意度86.7%。",
             f"对党支部书记{SEC}同志的评价：满意率92.5%。"], sign=org_sign(d(12, 10))),
        Doc("扫描件/学习记录扫描.pdf", "会议记录", d(9, 18), ["9"], "支部集中学习记录",
            ["时间：2025年9月18日", "内容：学习《中国共产党纪律处分条例》", "出席：支委5人"], fmt="scan"),
        # serve no item
        Doc("电梯维保合同.docx", "协议", d(1, 20), [], "电梯维护保养合同",
            ["甲方：红枫小区业主委员会", "乙方：青石电梯工程有限公司", "维保期限一年。"], sign=cn(d(1, 20))),
        Doc("充电桩安装通知.docx", "通知", d(5, 6), [], "关于安装电动车充电桩的通知",
            ["各位居民：小区将于5月10日起安装电动车充电桩，请配合。"], sign=f"红枫社区居委会\n{cn(d(5, 6))}"),
        Doc("楼道堆物清理通知.docx", "通知", d(9, 1), [], "关于清理楼道堆物的通知",
            ["请各位居民于9月7日前自行清理楼道堆放物品。"], sign=f"红枫社区居委会\n{cn(d(9, 1))}"),
        Doc("养老驿站菜单.docx", "其他", None, [], "养老驿站一周菜单", [],
            table=[["星期", "午餐"], ["一", "红烧肉 青菜"], ["二", "鱼香肉丝 冬瓜汤"]]),
        Doc("垃圾分类宣传单.pdf", "其他", None, [], "垃圾分类小知识",
            ["可回收物：纸类、塑料、金属。", "有害垃圾：电池、灯管、药品。"], fmt="pdf"),
        Doc("个人简历.docx", "其他", None, [], "个人简历", ["姓名：李某", "学历：大专", "工作经历：2019年至今某物业公司"]),
        Doc("物业交接说明.docx", "其他", d(6, 30), [], "物业交接情况说明",
            ["原物业公司已于6月30日撤场，新物业公司接管。"], sign=cn(d(6, 30))),
        Doc("疫苗接种提醒.docx", "通知", d(10, 15), [], "关于老年人接种流感疫苗的提醒",
            ["65岁以上老人可到社区卫生服务站免费接种流感疫苗。"], sign=f"红枫社区居委会\n{cn(d(10, 15))}"),
        Doc("春节值班表.docx", "其他", d(1, 20), [], "春节期间值班表", [],
            table=[["日期", "值班人"], ["1月28日", "曹丽"], ["1月29日", "严慧"]], sign=cn(d(1, 20))),
    ]


def write_doc(y: Year, doc: Doc) -> None:
    path = y.path(doc.rel)
    sign = doc.sign.split("\n") if doc.sign else []
    if doc.fmt == "pdf":
        render.text_pdf(path, doc.heading, doc.lines + [""] + sign)
        return
    if doc.fmt == "scan":
        render.scan_pdf(path, doc.heading, doc.lines + sign, skew=0.4)
        return
    w = render.new_docx("user")
    render.title(w, doc.heading)
    for line in doc.lines:
        render.par(w, line, indent=True)
    if doc.table:
        render.table(w, doc.table)
    for line in sign:
        render.par(w, line, align="right")
    render.save_docx(w, path)


def _save_wb(wb: Workbook, path) -> None:
    render.save_xlsx(wb, path)


def sheets(y: Year) -> None:
    Y = y.year
    # dues ledger: months are rows, members are columns
    wb = Workbook()
    ws = wb.active
    ws.title = f"{Y}年"
    ws.append([f"{SHORT}{Y}年党费缴纳登记"])
    ws.append(["月份", *MEMBERS, NEW])
    for m in range(1, 13):
        row: list = [f"{m}月"]
        for name in MEMBERS:
            amount = 20 if name not in COMMITTEE else 50
            if name == "陶立群" and m == 9:
                row.append("未缴")
            elif name == "陶立群" and m == 10:
                row.append(None)
            else:
                row.append(amount)
        row.append(10 if m >= 10 else "—")  # 魏子轩: 预备党员 from 9月24日, pays from October
        ws.append(row)
    y.path("党费台账2025.xlsx")
    _save_wb(wb, y.path("党费台账2025.xlsx"))
    y.add("党费台账2025.xlsx", "党费台帐", str(Y), ["14"], note="月份为行，陶立群9月未缴、10月空白")

    # member roster with 出生日期
    wb = Workbook()
    ws = wb.active
    ws.append([f"{SHORT}党员名册（截至{Y}年6月）"])
    ws.append(["序号", "姓名", "性别", "出生日期", "入党时间", "学历", "住址"])
    for i, name in enumerate(MEMBERS, 1):
        ws.append([i, name, "男" if i % 2 else "女", f"{1950 + (i * 7) % 45}-{(i % 12) + 1:02d}-{(i % 27) + 1:02d}",
                   f"{1975 + (i * 3) % 45}-07", ("高中", "大专", "大学本科")[i % 3], f"红枫小区{(i % 9) + 1}号楼"])
    _save_wb(wb, y.path("资料/2025/党员名册.xlsx"))
    y.add("资料/2025/党员名册.xlsx", "花名册", f"{Y}-06", ["8"])

    # committee roster
    wb = Workbook()
    ws = wb.active
    ws.append(["支委成员基本情况表"])
    ws.append(["姓名", "职务", "出生日期", "学历", "填表日期"])
    for name, duty, born, edu in [(SEC, "书记", "1971-08-12", "大专"), (DEP, "专职副书记", "1982-04-03", "大学本科"),
                                  (ORGN, "组织委员", "1976-11-20", "高中"), (PUB, "宣传委员", "1989-05-16", "大专"),
                                  (DIS, "纪检委员", "1968-02-09", "中专")]:
        ws.append([name, duty, born, edu, f"{Y}-03-03" if name == SEC else None])
    _save_wb(wb, y.path("支委成员情况.xlsx"))
    y.add("支委成员情况.xlsx", "花名册", y.d(3, 3), ["5"], note="苏晓雯1989-05-16（36岁）；出生日期列")

    # volunteer team
    wb = Workbook()
    ws = wb.active
    ws.append(["红枫社区党员志愿服务队队员名单"])
    ws.append([f"社区直管党员38名，已加入志愿服务队22名，参与率57.9%（{Y}年4月统计）"])
    ws.append(["序号", "姓名", "服务项目", "联系电话"])
    for i, name in enumerate(MEMBERS[:22], 1):
        ws.append([i, name, ("便民理发", "家电维修", "助老陪护")[i % 3], f"1390000{i:04d}"])
    _save_wb(wb, y.path("志愿服务队名单.xlsx"))
    y.add("志愿服务队名单.xlsx", "花名册", f"{Y}-04", ["13"])

    # mobile members
    wb = Workbook()
    ws = wb.active
    ws.append(["流动党员登记表"])
    ws.append(["姓名", "外出地点", "外出时间", "联系方式"])
    ws.append(["万大勇", "江苏苏州", "2024-03", "13800001111"])
    ws.append(["雷鸣", "广东深圳", "2025-02", "13800002222"])
    _save_wb(wb, y.path("资料/2025/流动党员登记.xlsx"))
    y.add("资料/2025/流动党员登记.xlsx", "花名册", None, ["23"])

    # projects list
    wb = Workbook()
    ws = wb.active
    ws.append([f"{Y}年为民办实事项目清单"])
    ws.append(["序号", "项目", "责任人", "完成情况"])
    for i, (p, who) in enumerate([("加装电梯2部", DEP), ("改造小区路灯", ORGN), ("建设便民充电棚", PUB),
                                  ("开设老年助餐点", SEC)], 1):
        ws.append([i, p, who, "已完成"])
    _save_wb(wb, y.path("为民办实事清单.xlsx"))
    y.add("为民办实事清单.xlsx", "其他", str(Y), ["28"], note="4个项目")

    # no item: room bookings, quotation
    wb = Workbook()
    ws = wb.active
    ws.append(["会议室借用登记"])
    ws.append(["日期", "借用单位", "用途"])
    ws.append([f"{Y}-04-02", "业委会", "业主大会筹备"])
    ws.append([f"{Y}-05-11", "舞蹈队", "排练"])
    _save_wb(wb, y.path("会议室借用登记.xlsx"))
    y.add("会议室借用登记.xlsx", "其他", str(Y), [])
    wb = Workbook()
    ws = wb.active
    ws.append(["空调维修报价单"])
    ws.append(["项目", "数量", "单价"])
    ws.append(["加氟", 2, 180])
    _save_wb(wb, y.path("报价单.xlsx"))
    y.add("报价单.xlsx", "其他", None, [])


PHOTOS = [  # (file name, folder, when, texts, kind, meeting type, items, ocr needed)
    ("IMG_20250516_093012.jpg", "照片", dt.datetime(2025, 5, 16, 9, 30, 12),
     ["“护苗”安全教育进社区", "红枫社区党支部 青石小学党支部 共驻共建"], "共建活动", ["16"]),
    ("IMG_20250701_091544.jpg", "照片", dt.datetime(2025, 7, 1, 9, 15, 44),
     ["红枫社区党支部七月主题党日", "重温入党誓词"], "主题党日", ["9"]),
    ("微信图片_20250312103301.jpg", "照片", dt.datetime(2025, 3, 12, 10, 33, 1),
     ["红枫社区党员服务站", "党员组织关系转接 · 党费收缴 · 便民服务"], None, ["19"]),
    ("微信图片_20250312103520.jpg", "照片", dt.datetime(2025, 3, 12, 10, 35, 20),
     ["红枫社区综合宣传栏", "居民意见箱"], None, ["30"]),
    ("DSC_0412.JPG", "照片", dt.datetime(2025, 4, 12, 15, 2, 0), [], None, []),
]


def photos(y: Year) -> None:
    for name, folder, when, texts, mtype, items in PHOTOS:
        img = Image.new("RGB", (1280, 960), (70, 110, 80) if not texts else (180, 30, 30))
        draw = ImageDraw.Draw(img)
        top = 300
        for line in texts:
            f = render.font(56)
            w = draw.textlength(line, font=f)
            draw.text(((1280 - w) / 2, top), line, font=f, fill=(255, 240, 200))
            top += 110
        if not texts:
            draw.ellipse((400, 300, 880, 780), fill=(200, 60, 120))  # a flower bed
        rel = f"{folder}/{name}"
        exif = name.startswith(("IMG", "DSC"))
        render.save_jpeg(img, y.path(rel), exif_time=when if exif else None, model="HUAWEI P40" if exif else None)
        y.add(rel, "照片", when.date(), items, meeting_type=mtype, needs_ocr=bool(texts))


def write_all(y: Year) -> None:
    for i, r in enumerate(meetings(y)):
        write_record(y, r, i)
        items = r.items if r.items is not None else ITEMS[r.mtype]
        y.add(r.rel, "会议记录", r.day, items, meeting_type=r.mtype)
    for doc in documents(y):
        write_doc(y, doc)
        y.add(doc.rel, doc.kind, doc.date, doc.items,
              meeting_type=None, needs_ocr=doc.fmt == "scan")
    sheets(y)
    photos(y)
    notes = y.path("新建文本文档.txt")
    notes.write_text("明天：\n1. 交水电费\n2. 通知业委会开会\n3. 打印机墨盒\n", encoding="utf-8")
    y.add("新建文本文档.txt", "其他", None, [])
