"""The 党建专干's folders: the 台账 is ONE flat folder in which every name starts with a dotted date
("2025.03.12 党委会纪要.docx"), the day she saved it, which is not always the day the paper is about; beside it the
grid branches' files as their secretaries sent them (their own names), and short English/pinyin folders for what
the scanner, the phone and the 街道 produced."""

ROOT = "云栖社区党委台账2025"  # flat
GRID = "网格支部报送"
G1, G2, G3, G4 = (f"{GRID}/{n}网格" for n in "一二三四")
SCAN = "scan"  # the office's Brother MFC: BRN30055C1A2B_000101.pdf …, pixels only
PICS = "pics"  # the clerk's iPhone export: IMG_4102.JPG, screenshots IMG_4311.PNG
JD = "jiedao"  # what the 街道 and 区 sent
STUDY = "study"  # downloaded learning material
OLD = "old"  # 2023/2024


def dated(day, title: str, ext: str) -> str:
    """A flat 台账 name: '2025.03.12 title.ext'."""
    return f"{ROOT}/{day.year}.{day.month:02d}.{day.day:02d} {title}.{ext}"
