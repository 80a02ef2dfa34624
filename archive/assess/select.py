"""Which evidence a requirement sees.

- What is filed to the item, when it fits the requirement (a file of another definite kind does not serve a
  requirement that names a kind; keywords, when given, must appear, except for photos whose text is unreliable).
- For a requirement naming a kind or meeting type: every catalog record of that kind, wherever it was filed
  (minutes are minutes). When only a kind is named (制度, 测评, 照片 …), its keywords must appear too; rosters,
  ledgers and attendance read every record of their kind. A meeting count's keywords narrow it only when none of
  them names the meeting: "书记讲党课" counts the 党课 that name the 书记, "民主评议" the 组织生活会 that held it, a
  meeting "结合垃圾分类开展" those about 垃圾分类; keywords like [党课] or [共建] are filing words and narrow nothing.
  Any other count is served by what names the thing counted, not by a short variant of its name ("党员" for 发展党员).
- An exclusion removes a file from that item; copies count once (the pool holds originals only)."""

from __future__ import annotations

from archive.assess.records import Pool, Record
from archive.rubric.model import Requirement
from archive.vocab import MEETING_BUSINESS, MEETING_NAMES

MEETING_SHORT = {
    "支部委员会": "支委会", "党员大会": "党员大会", "党课": "党课", "党小组会": "党小组会", "主题党日": "主题党日",
    "组织生活会": "组织生活会", "民主生活会": "民主生活会", "联席会议": "联席会议", "共建活动": "共建活动",
    "志愿服务": "志愿服务",
}
UNSURE_KINDS = (None, "", "其他")  # the classifier could not tell: a filed file of this kind may serve any kind
EVENT_KINDS = ("会议记录", "照片", "签到表", "通知", "其他", None, "")  # what can record that an activity happened
KIND_READ_WHOLE = ("roster", "ledger")  # every record of the kind is read, keywords or not


def keyword_hit(rec: Record, keywords: list[str]) -> bool:
    return not keywords or any(k in rec.hay for k in keywords)


# How much of a register's text is its heading: whose register it is is said there.
REGISTER_HEAD_CHARS = 80


def _register_of(rec: Record, req: Requirement) -> bool:
    """A register asked by whom it lists ("社区工作者花名册") is one whose title or heading names them: the 党员花名册
    lists a 社区工作者 among its members, and is no register of them."""
    if not (req.type == "doc" and req.kind == "花名册" and req.keywords):
        return keyword_hit(rec, req.keywords)
    head = f"{rec.title}\n{rec.path}\n{rec.text[:REGISTER_HEAD_CHARS]}"
    return any(k in head for k in req.keywords)


_NAMES_OF = {mtype: tuple(n for n in (mtype, MEETING_SHORT.get(mtype, mtype), *aliases)
                           if n not in MEETING_BUSINESS.get(mtype, ()))
             for mtype, aliases in MEETING_NAMES}


def meeting_topic(req: Requirement) -> list[str]:
    """The keywords of a meeting count that pick some of that meeting's records (who held it, the business done, the
    work it was held with); none when a keyword names the meeting itself (then they are only words to file by)."""
    if req.type != "count" or not req.meeting_type or not req.keywords:
        return []
    names = _NAMES_OF.get(req.meeting_type, (req.meeting_type,))
    if any(k in n or n in k for k in req.keywords for n in names):
        return []
    return list(req.keywords)


def counted_words(req: Requirement) -> list[str]:
    """The keywords that name what a count counts: the first, and the others of three characters or more (a 发展党员
    count's variant "党员" would take the 党员花名册 for a member taken in, and read "党员27名" as 27 of them)."""
    return [k for i, k in enumerate(req.keywords) if i == 0 or len(k) >= 3]


def _attendance(req: Requirement) -> bool:
    return req.type == "rate" and req.kind == "会议记录"


def from_catalog(rec: Record, req: Requirement) -> bool:
    """A record of the named kind/meeting type found in the catalog (not filed to the item)."""
    if req.kind and rec.kind != req.kind:
        return False
    if req.meeting_type and rec.meeting_type != req.meeting_type:
        return False
    if req.meeting_type:
        return keyword_hit(rec, meeting_topic(req))
    if req.type in KIND_READ_WHOLE or _attendance(req):
        return True
    return _register_of(rec, req)


def from_filing(rec: Record, req: Requirement) -> bool:
    """A record filed to the item: does it serve this requirement?"""
    if req.type == "photo":
        return rec.kind == "照片" and (rec.kind == req.kind or req.kind is None)
    if req.type == "count" and req.meeting_type:
        if rec.meeting_type == req.meeting_type:
            return keyword_hit(rec, meeting_topic(req))
        return bool(req.keywords) and rec.kind in EVENT_KINDS and rec.meeting_type is None \
            and keyword_hit(rec, req.keywords)
    if req.kind and rec.kind != req.kind and rec.kind not in UNSURE_KINDS:
        return False
    if req.meeting_type and rec.meeting_type not in (req.meeting_type, None):
        return False
    if req.type in KIND_READ_WHOLE or req.type == "rate":  # a rate's own words pick the figure out of the text
        return True
    return keyword_hit(rec, counted_words(req)) if req.type == "count" else _register_of(rec, req)


def filed_records(pool: Pool, item_id: str) -> list[Record]:
    excluded = pool.excluded.get(item_id, set())
    return [pool.records[i] for i in pool.filed.get(item_id, []) if i in pool.records and i not in excluded]


def candidates(pool: Pool, item_id: str, req: Requirement) -> list[Record]:
    """Every record that may serve `req` of item `item_id`, in path order, each once."""
    excluded = pool.excluded.get(item_id, set())
    out: dict[int, Record] = {}
    if req.kind or req.meeting_type:
        base = pool.by_meeting.get(req.meeting_type, []) if req.meeting_type else pool.by_kind.get(req.kind, [])
        for rec in base:
            if rec.id not in excluded and from_catalog(rec, req):
                out[rec.id] = rec
    for rec in filed_records(pool, item_id):
        if rec.id not in out and from_filing(rec, req):
            out[rec.id] = rec
    return sorted(out.values(), key=lambda r: r.path)
