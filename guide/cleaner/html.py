"""Saved web pages: the article's main content as Markdown-marked lines, for the text rules to take over.

trafilatura finds the main content (it scores blocks of the page, drops navigation, footers,
comments and link lists) and writes its headings, lists and tables as Markdown. The rest of the
cleaner reads those marks as structure, exactly as it reads them in a pasted text. jusText and
readability-lxml were compared on the corpus (README, issue 15): jusText has no Chinese stop-word
list, so it cannot tell text from chrome on Chinese pages and loses list and heading structure;
readability-lxml dropped short list items ("借款合同", "还款记录") along with the chrome.
"""
from __future__ import annotations

import re

from guide.cleaner.chinese import is_sentence
from guide.cleaner.errors import CleanerError

# A file (or standard input) is treated as a web page when it says so near its start.
_LOOKS_LIKE_HTML = re.compile(r"^\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html[\s>]|head[\s>]|body[\s>]|meta\s)", re.I | re.S)


def looks_like_html(text: str) -> bool:
    return bool(_LOOKS_LIKE_HTML.match(text[:2000]))


def html_to_lines(html: str) -> tuple[str, str | None]:
    """Return (the main content as Markdown text, the page's title or None)."""
    try:
        import trafilatura
    except ImportError:  # a contributor tool: the site builds without it
        raise CleanerError("reading web pages needs trafilatura; run `python3 dev.py test` once, or "
                           "`.venv/bin/pip install -r requirements-tools.txt`, then try again") from None
    thread = discuz_first_post(html)
    if thread is not None:
        return thread
    # favor_precision: on the pages tried (issue 26) it left less chrome on every one, and it drops
    # the "如题所述" and user lines that favor_recall kept; comments are never the article.
    text = trafilatura.extract(
        html, output_format="markdown", include_formatting=True, include_tables=True,
        include_comments=False, include_links=False, include_images=False, favor_precision=True,
        deduplicate=False)
    if not text or not any(is_sentence(line) for line in text.splitlines()):
        raise CleanerError("no article text found in this web page; save the article page itself "
                           "(not a list or search page), or copy its text into a .txt file")
    # trafilatura escapes the asterisks the page shows as text ("\*\*标准答案\*\*"): such a page lost
    # the rendering of its Markdown, and the text rules read its marks as marks (bold, a label).
    text = text.replace("\\*", "*")
    if any(line.startswith("# ") for line in text.splitlines()[:5]):
        return text, None  # the page's own H1 is in the text: the text rules take it as the title
    metadata = trafilatura.extract_metadata(html)
    return text, page_title(metadata.title if metadata is not None else None)


def page_title(title: str | None) -> str | None:
    """The article's part of a <title>: "网贷逾期怎么办_普法网" -> "网贷逾期怎么办" (the longest part)."""
    if not title or not title.strip():
        return None
    parts = [p for p in re.split(r"\s*[_|｜]\s*|\s+[-–—]\s+", title.strip()) if p]
    # "网贷逾期了怎么办 - 借贷论坛 - Powered by Discuz!": the longest part in Chinese.
    chinese = [p for p in parts if re.search("[\u4e00-\u9fff]", p)]
    return max(chinese or parts, key=len) if parts else None


# Discuz! forums (a common forum software in China) put each post's text in a cell whose id is
# postmessage_<post id>; trafilatura reads the whole thread as one table, with user stats, replies,
# "Processed in" and "Powered by Discuz!". The first post is the article: the thread starter's.
_DISCUZ_MESSAGE = re.compile(r"""<td[^>]*\bid=["']postmessage_\d+["']""", re.I)


def discuz_first_post(html: str) -> tuple[str, str | None] | None:
    """(the first post's text, the thread's subject) for a Discuz! thread page, else None."""
    if not _DISCUZ_MESSAGE.search(html):
        return None
    import lxml.html

    try:
        tree = lxml.html.fromstring(html)
    except (ValueError, lxml.etree.ParserError):
        return None
    cells = tree.xpath('//td[starts-with(@id, "postmessage_")]')
    if not cells:
        return None
    first = cells[0]
    for junk in first.xpath('.//*[contains(@class, "pstatus") or contains(@class, "jammer") or '
                            'self::script or self::style or contains(@style, "display:none")]'):
        junk.drop_tree()
    for br in first.xpath(".//br"):
        br.tail = "\n" + (br.tail or "")
    for block in first.xpath(".//p | .//div | .//li"):
        block.tail = "\n" + (block.tail or "")
    text = "\n".join(line.strip() for line in first.text_content().splitlines())
    if not any(is_sentence(line) for line in text.splitlines()):
        return None
    subject = tree.xpath('string(//*[@id="thread_subject"])').strip()
    title_tag = tree.xpath("string(//title)")
    return text, subject or page_title(title_tag)
