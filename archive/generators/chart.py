"""Score by category as a bar chart (matplotlib, Agg), with a system CJK font when there is one."""

from __future__ import annotations

import io
from functools import lru_cache

CJK_FONT_HINTS = ("Noto Sans CJK SC", "Noto Serif CJK SC", "Noto Sans CJK", "Source Han Sans", "WenQuanYi",
                  "SimHei", "Microsoft YaHei", "PingFang SC", "Heiti SC", "SimSun")
CHART_DPI = 150
CHART_SIZE_IN = (6.2, 3.2)


@lru_cache(maxsize=1)
def cjk_font() -> str | None:
    """Name of an installed CJK font matplotlib can use, or None (labels then fall back to plain numbers)."""
    from matplotlib import font_manager

    names = {f.name for f in font_manager.fontManager.ttflist}
    for hint in CJK_FONT_HINTS:
        for name in sorted(names):
            if name.startswith(hint):
                return name
    return None


def category_chart(categories: list[tuple[str, float, float]]) -> bytes:
    """PNG of 标准分 and 自评分 per category: [(name, points, score)]."""
    import matplotlib

    matplotlib.use("Agg", force=False)
    from matplotlib.figure import Figure

    font = cjk_font()
    labels = [name for name, _, _ in categories] if font else [str(i + 1) for i in range(len(categories))]
    text = {"fontfamily": font} if font else {}
    fig = Figure(figsize=CHART_SIZE_IN, dpi=CHART_DPI)
    ax = fig.add_subplot(1, 1, 1)
    xs = range(len(categories))
    width = 0.38
    points = [p for _, p, _ in categories]
    scores = [s for _, _, s in categories]
    ax.bar([x - width / 2 for x in xs], points, width, color="#d9d9d9", edgecolor="#7f7f7f",
           label="标准分" if font else "points")
    bars = ax.bar([x + width / 2 for x in xs], scores, width, color="#c00000", label="自评分" if font else "score")
    for bar, score in zip(bars, scores, strict=True):
        ax.annotate(f"{score:g}", (bar.get_x() + bar.get_width() / 2, bar.get_height()), ha="center", va="bottom",
                    fontsize=7, xytext=(0, 1), textcoords="offset points")
    ax.set_xticks(list(xs))
    ax.set_xticklabels(labels, fontsize=8, **text)
    ax.set_ylabel("分值" if font else "", fontsize=8, **text)
    ax.set_ylim(0, max(points + scores + [1]) * 1.18)
    ax.tick_params(axis="y", labelsize=7)
    ax.spines[["top", "right"]].set_visible(False)
    legend = ax.legend(fontsize=7, frameon=False, prop={"family": font, "size": 7} if font else None)
    del legend
    fig.tight_layout()
    buf = io.BytesIO()
    fig.savefig(buf, format="png")
    return buf.getvalue()
