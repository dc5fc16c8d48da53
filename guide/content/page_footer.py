"""HTML for the end of every guide page: when it was reviewed and the sources it rests on."""
from __future__ import annotations

import datetime as dt
from html import escape

from guide.content.page_meta import PageMeta

LABELS = {
    "zh": {"heading": "核实与来源", "reviewed": "最后复核", "next": "下次复核不晚于",
           "sources": "本页依据", "none": "本页不涉及法律或监管说法。",
           "per_result": "每个结果的最后都列出了它依据的来源。"},
    "en": {"heading": "Checks and sources", "reviewed": "Last reviewed", "next": "Next review due by",
           "sources": "This page is based on", "none": "This page makes no legal or regulatory claims.",
           "per_result": "Each result ends with the sources it rests on."},
}


def format_date(day: dt.date, lang: str) -> str:
    if lang == "zh":
        return f"{day.year} 年 {day.month} 月 {day.day} 日"
    return f"{day.day} {day:%B} {day.year}"


def render_page_footer(meta: PageMeta, lang: str, sources_per_result: bool = False) -> str:
    """The review dates and the page's sources; on the decision-tree page (`sources_per_result`)
    each result lists its own sources, and the footer says so instead of listing them all."""
    text = LABELS[lang]
    sep = "：" if lang == "zh" else ": "

    def when(label: str, day: dt.date) -> str:
        return f'{escape(text[label])}{sep}<time datetime="{day.isoformat()}">{format_date(day, lang)}</time>'

    items = []
    for source in meta.sources:
        title = escape(source.title[lang])
        if source.url:
            title = f'<a href="{escape(source.url)}" rel="noopener">{title}</a>'
        items.append(f'<li id="source-{escape(source.id)}">{title}<br>'
                     f'<span class="page-meta__reference">{escape(source.reference[lang])}</span> '
                     f'<span class="page-meta__id">[{escape(source.id)}]</span></li>')
    if sources_per_result:
        sources_html = f'<p>{escape(text["per_result"])}</p>'
    elif items:
        sources_html = f'<p>{escape(text["sources"])}{sep}</p><ol class="page-meta__sources">{"".join(items)}</ol>'
    else:
        sources_html = f'<p>{escape(text["none"])}</p>'
    return (f'<aside class="page-meta" aria-labelledby="page-meta-heading">'
            f'<h2 id="page-meta-heading">{escape(text["heading"])}</h2>'
            f'<p class="page-meta__dates">{when("reviewed", meta.reviewed)}<br>{when("next", meta.next_review)}</p>'
            f'{sources_html}</aside>')
