"""Which line of the header is the article's title (issue 26).

The title is a line of the header (before the first sentence): the one a label names ("标题：X"),
the one marked `#`, the one repeated later in the article, the headline above its byline or date,
else the longest; the lines above it are the site's header, removed, except a line that may be the
real title or the text's, kept and listed for review. With no title at the top, a whole headline a
few lines down is taken, and reported. The caller (junk.py) gives the lines it kept.
"""
from __future__ import annotations

import re

from guide.cleaner import chrome, line_signals
from guide.cleaner.chinese import CLAUSE_COMMA, HAN, comparable, folded, has_words, is_sentence
from guide.cleaner.errors import CleanerError
from guide.cleaner.line_shapes import (FILE_NAME, LEADING_BULLET, LIST_MARK, LONG_KEY, QUESTION, TITLE_LIKE_MAX, TOPIC_TAG, Line,
                                       headline, meta_line, prose, tailed_twin, title_like)
from guide.cleaner.report import Entry, Removed, Review


def choose(kept: list[tuple[int, Line]], lines: list[Line], body_start: int, labelled: list[int],
           title: str | None, entries: list[Entry]) -> tuple[str, list[tuple[int, Line]], set[str], set[str]]:
    """(the title, the kept lines without it and the site's header above it, the header's
    headline-like lines: the page's own title, removed again if it comes back in the text, and the
    site's names cut from the end of the title, removed where they stand alone)."""

    def drop(line: Line, rule: str) -> None:
        entries.append(Removed(rule, line.text, line.number))

    header_titles: set[str] = set()  # headline-like lines of the site's header (the page's own title)
    found_here = title is None  # (a title the caller gives is used as it is)
    if title is None:
        title, kept = page_tabs(kept, body_start, entries)
    if title is None:
        title, kept = file_name(kept, lines, entries)
    if title is None:
        meta = {e.line for e in entries if isinstance(e, Removed) and e.rule.startswith(_META_RULES)}
        title_at, guessed = find_title(kept, lines, body_start, labelled, meta)
        if title_at is not None and guessed and _under_opening_credits(kept[title_at][1], lines, entries):
            line = kept[title_at][1]
            raise CleanerError(f"no title found: the text starts with its credits (文/, 记者 /), and a headline stands above "
                               f"them, so the copy lost it; input line {line.number} (\"{line.text[:20]}\") under them is a deck "
                               "or a caption; add the title as the first line or pass --title")
        if title_at is not None:
            if title_at + 1 < len(kept) and kept[title_at + 1][0] < body_start and _deck(kept, lines, title_at + 1):
                deck = kept[title_at + 1][1]
                entries.append(Review(DECK_REVIEW, deck.text, deck.number))
                # (the title's summary or subtitle heads no section of the text)
                kept[title_at + 1] = (kept[title_at + 1][0], Line(deck.number, deck.text, deck.heading, text_only=True))
            chosen = comparable(kept[title_at][1].text)
            above: list[tuple[int, Line]] = []  # headlines above the title: kept, for review
            tickers = ticker_lines(kept, lines, header_lines(kept, body_start, lines))
            crumbs = {e.line for e in entries if isinstance(e, Removed) and e.rule == "breadcrumb"}
            for k, item in enumerate(kept[:title_at]):
                line = item[1]
                if comparable(line.text) == chosen:
                    # "被網貸奴役的後浪們" on line 1, and "原標題:被網貸奴役的後浪們" chosen: the same words.
                    drop(line, "repeated title")
                    continue
                label = _SHORT_LABEL.match(line.text)
                if label and comparable(line.text[label.end():]) == chosen:
                    # "正在閱讀:X" above the title X: the page's label for the article it shows.
                    drop(line, "repeated title (after a label: 正在阅读：X)")
                    continue
                if k in tickers and not (late_title(line) or _content_above_title(line.text)):
                    drop(line, "headlines of other stories above the title (a ticker: several in a row)")
                    continue
                # "欢迎光临某某网！", then "当前位置：首页 > …", then a whole headline, the title: above the
                # page's breadcrumb stands the site's header, whatever its shape. (Under the breadcrumb a
                # short section word may have been chosen: then the line above may be the real title.)
                above_crumb = len(chosen) >= LATE_TITLE_MIN and any(line.number < crumb < kept[title_at][1].number
                                                                     for crumb in crumbs)
                competes = late_title(line) or (guessed and _competes(line) and not _named_in_latin(line, lines))
                if (competes and not above_crumb) or _content_above_title(line.text):
                    # A whole headline above the chosen title is more likely the real title than the
                    # site's header, and a line that reads like the text is the text's: never deleted unseen.
                    what = "a headline" if competes else "a line like the text's"
                    entries.append(Review(f"{what} above the title (kept: is it the real title, or the text? "
                                          "delete it if it is the site's)", line.text, line.number))
                    above.append(item)
                    continue
                drop(line, ABOVE_BREADCRUMB_RULE if competes else "site header (short lines before the title)")
                if len(comparable(line.text)) >= 6 and chrome.title_candidate(line.text):
                    header_titles.add(comparable(line.text))
            title = LEADING_BULLET.sub("", kept[title_at][1].text)  # (a lone bullet's, above)
            kept = kept[title_at + 1:]
            while kept and kept[0][0] < body_start and chrome.is_dated_byline(kept[0][1].text):
                # "kenan @ 2021年03月04日 乐活" right under the title: its byline.
                drop(kept[0][1], "byline or time stamp (a date and names under the title)")
                kept = kept[1:]
            if kept and kept[0][0] < body_start and _section_word(kept[0][1], title, lines, entries):
                drop(kept[0][1], SECTION_WORD_RULE)
                kept = kept[1:]
            kept = above + kept
        else:
            # No title at the top: a headline a few lines down is one ("支付令是什么?…该怎么办?"),
            # taken out of the text and reported; the lines before it stay (they are text).
            title_at = next((k for k, (_, line) in enumerate(kept[:TITLE_SEARCH_LINES])
                             if late_title(line) or column_title(line.text)), None)
            column = column_title(kept[title_at][1].text) if title_at is not None else None
            # (a section's heading carries no column's name: the other heading-like lines are its sections)
            peers = _peer_headings(kept, title_at) if title_at is not None and not column else []
            if title_at is None:
                raise CleanerError("no title found: the article should start with its title on a line of its own "
                                   "(before the first paragraph); add that line or pass --title")
            if peers:
                # "催收咋拿到你通讯录的?" + text, then "被爆通讯录有啥后果?" + text: the line is the
                # first of the article's section headings, not its title (a title stands alone).
                line = kept[title_at][1]
                raise CleanerError(f"no title found: the article starts with a paragraph, and input line {line.number} "
                                   f"(\"{line.text[:20]}\") looks like a section heading (line {peers[0]} is another); "
                                   "add the title as the first line or pass --title")
            line = kept[title_at][1]
            title = line.text
            if column:
                entries.append(Removed(COLUMN_RULE, column[0], line.number))
                title = column[1]
            if _printed_twice(kept, title_at):
                # The page printed it twice (its header's copy, the article's): the title is sure, and
                # what stands above it is the page's header (a sentence of it stays unless it is an ad).
                above = _header_above(kept[:title_at], entries)
                kept, title_at = above + kept[title_at:], len(above)
            else:
                entries.append(Review(f"title taken from input line {line.number} (no title line at the top): "
                                      "check it, or pass --title", line.text, 0))
            kept = kept[:title_at] + kept[title_at + 1:]
    title = title.strip()
    bare = chrome.without_posted_at(title)
    if found_here and bare != title:
        entries.append(Removed(POSTED_AT_RULE, title[len(bare):].strip(), 0))
        title = bare
    if _BOOK_TITLE.fullmatch(title):
        title = title[1:-1].strip()
    title = _without_injected(title, entries)
    site_names: set[str] = set()
    if found_here and _CHANNEL_END.search(title) and len(comparable(title)) - 2 >= LATE_TITLE_MIN:
        entries.append(Review(CHANNEL_REVIEW.format(name=title[-2:]), title, 0))
    if found_here:
        whole = title
        title, names = without_site(title, [line.text for line in lines if line.text and comparable(line.text) != comparable(whole)])
        for name in names:
            entries.append(Removed(SITE_NAME_RULE, name, 0))
            entries.append(Review(SITE_NAME_REVIEW.format(name=name), whole, 0))
            site_names.add(comparable(name))
    return title, kept, header_titles, site_names


ABOVE_BREADCRUMB_RULE = "site header (above the page's breadcrumb, which stands above the title)"
POSTED_AT_RULE = "the time the article was posted, after the title (X (17:50))"


# "專欄名/標題": a column's name (a few characters) and a slash or bar before a headline.
_COLUMN = re.compile(rf"^(?P<column>[{HAN}]{{2,6}})\s*[/／|｜]\s*(?P<headline>\S.*)$")
COLUMN_RULE = "the column's name before the title (欄名/X)"


def column_title(text: str) -> tuple[str, str] | None:
    """(the column's name, the headline) for "欄名/headline" below the text's first lines: a headline
    under its column's name, which a section heading never has (it may lack the question words a
    late title needs: late_title). None when the rest is no whole headline (a clause, a sentence)."""
    m = _COLUMN.match(text.strip())
    rest = m.group("headline") if m else ""
    if not m or len(comparable(rest)) < LATE_TITLE_MIN or len(rest) > TITLE_LIKE_MAX or is_sentence(rest) \
            or CLAUSE_COMMA.search(rest) or not may_be_title(rest) or LIST_MARK.match(rest):
        return None
    return m.group("column"), rest.strip()


SECTION_WORD_MAX = 4  # characters of a site's section name ("港聞", "财经")
SECTION_WORD_RULE = "the page's section (a short word between the title and its date)"


def _section_word(line: Line, title: str, lines: list[Line], entries: list[Entry]) -> bool:
    """"港聞" right under the title, and the next line its date or source (removed as such): the
    page's section, as the page prints it over the date, not a heading of the text (a name that
    ends the title too is the site's: without_site cuts it)."""
    after = next((other for other in lines if other.number > line.number and other.text), None)
    meta = {e.line for e in entries if isinstance(e, Removed) and e.rule.startswith(_META_RULES)}
    return (bool(re.fullmatch(f"[{HAN}]{{2,{SECTION_WORD_MAX}}}", line.text.strip())) and after is not None
            and after.number in meta and not title.endswith(line.text.strip()))


def _printed_twice(kept: list[tuple[int, Line]], k: int) -> bool:
    """The next line says the same: the headline printed twice (the page's header and the article's)."""
    return k + 1 < len(kept) and comparable(kept[k + 1][1].text) == comparable(kept[k][1].text)


LATE_HEADER_RULE = "site header (above a title the page prints twice)"


def _header_above(above: list[tuple[int, Line]], entries: list[Entry]) -> list[tuple[int, Line]]:
    """The lines above a sure late title: the page's header. Its short lines go; a sentence stays,
    listed for review, unless it asks the reader to contact the site (an ad): "現在就立即聯繫我們"."""
    kept = []
    for item in above:
        line = item[1]
        if is_sentence(line.text) and not chrome.call_to_action(folded(line.text)):
            entries.append(Review("a sentence above the title (kept: the site's, or the text's? delete it if it is the "
                                  "site's)", line.text, line.number))
            kept.append(item)
        else:
            entries.append(Removed(LATE_HEADER_RULE, line.text, line.number))
    return kept


def _under_opening_credits(line: Line, lines: list[Line], entries: list[Entry]) -> bool:
    """The input's first line is its credits ("记者 / 某某", "编辑 / 某某"), and `line` comes after them."""
    first = next((other.number for other in lines if other.text), None)
    return any(isinstance(e, Removed) and e.rule.startswith("credits") and e.line == first for e in entries) \
        and first is not None and line.number > first


REPEAT_NEARBY = 8  # lines: a headline printed twice on the first screen (the page's header, the article's)


def repeated_headline(line: Line, lines: list[Line]) -> bool:
    """A long line without a sentence's end, printed again verbatim a few lines below (indented, under
    "回列表"): the headline twice, as the page's header and the article's. Its length alone made it
    "a sentence"; the repetition makes it the title."""
    if not line.text or re.search(r"[。！；]|[.!;]$", line.text) or len(comparable(line.text)) < LATE_TITLE_MIN:
        return False
    after = [other for other in lines if other.number > line.number and other.text][:REPEAT_NEARBY]
    return any(comparable(other.text) == comparable(line.text) for other in after)


def page_tabs(kept: list[tuple[int, Line]], body_start: int, entries: list[Entry]) -> tuple[str | None, list[tuple[int, Line]]]:
    """"X_第1页", "X_第2页" at the top: a document site's page tabs; X is the title."""
    tabs = [(k, chrome.PAGE_TAB.match(line.text)) for k, (index, line) in enumerate(kept) if index < body_start]
    names = [m.group("title").strip() for _, m in tabs if m]
    if len(names) < 2 or len(set(names)) != 1:
        return None, kept
    for k, m in tabs:
        if m:
            entries.append(Removed("page tabs (X_第2页)", kept[k][1].text, kept[k][1].number))
    return names[0], [item for k, item in enumerate(kept) if not (tabs[k][1] if k < len(tabs) else None)]


def file_name(kept: list[tuple[int, Line]], lines: list[Line], entries: list[Entry]) -> tuple[str | None, list[tuple[int, Line]]]:
    """"X.docx" as the first line and X again on a line of its own: a document site's file name
    above the document, whose title is X. Every line of the file name goes (X's lines are the title
    repeated: the caller removes them)."""
    first = FILE_NAME.match(kept[0][1].text) if kept else None
    if not first or not any(comparable(line.text) == comparable(first.group("stem")) for line in lines):
        return None, kept
    name = comparable(kept[0][1].text)
    for _, line in kept:
        if comparable(line.text) == name:
            entries.append(Removed("the document's file name (X.docx)", line.text, line.number))
    return first.group("stem").strip(), [item for item in kept if comparable(item[1].text) != name]


TITLE_SEARCH_LINES = 12
DECK_REVIEW = ("a summary (deck) under the title, kept as text: is it the article's lead, or the page's "
               "summary? (the line above it was taken as the title)")
_SHORT_LABEL = re.compile(rf"^[{HAN}]{{1,6}}\s*[:：]\s*")


LATE_TITLE_MIN = 10  # characters that count (comparable): shorter headlines head a section, not the article


def may_be_title(text: str) -> bool:
    """Not a byline, label, caption … (chrome.py), and not chrome-like by its signals
    (line_signals.py; weighed as a header line, above the first sentence)."""
    return (chrome.title_candidate(text) and line_signals.verdict(text, line_signals.Where(edge=True)) == "text"
            and not _topic_tag(text))


def _topic_tag(text: str) -> bool:
    """The whole line is a topic tag ("#中国超2亿人单身#"): a line of the text, not a title."""
    m = TOPIC_TAG.match(text)
    return bool(m) and m.end() == len(text.rstrip())


# "“女,21岁,贷款整容,欠债10w”", 「…」: a quotation as a whole line, a headline the text quotes.
_QUOTED_LINE = re.compile(r"^[“「『\"][^“”「」『』\"]{4,}[”」』\"]$")
_ANNOUNCES = re.compile(rf"[{HAN}]{{6}}.*[:：]$")


def _content_above_title(text: str) -> bool:
    """A line above the chosen title that reads like the article's, not the site's header: prose
    (clauses), a quoted headline, a topic tag, or a lead that announces what follows ("兔姐在网上看
    到一组数据："; not a short "key：" label). A site's header is names, menus and slogans; when such
    a line stands above the title, the title may be the wrong line: never delete it unseen."""
    if _comma_list(text) and not _QUOTED_LINE.match(text):
        return False
    return (prose(text) or bool(_QUOTED_LINE.match(text)) or _topic_tag(text)
            or (bool(_ANNOUNCES.search(text)) and not LONG_KEY.match(text) and not meta_line(text)))


COMMA_LIST_ITEMS = 4  # items of a list of keywords or products
COMMA_ITEM_MAX = 16  # characters of one item


def _comma_list(text: str) -> bool:
    """"某某机构：甲类保函，乙类担保函，丙保函，丁保函", "关键词甲，关键词乙，…在线观看": short items joined by
    commas, and no sentence's end: the site's list of its products or its search keywords, not a
    sentence of the text (which ends with its full stop)."""
    items = [item for item in re.split(r"[，,、]", text) if item.strip()]
    return (len(items) >= COMMA_LIST_ITEMS and all(len(item.strip()) <= COMMA_ITEM_MAX for item in items)
            and not re.search(r"[。！？；!?;]", text))


def late_title(line: Line) -> bool:
    """A headline that can be a whole article's title though it stands below a paragraph: long enough
    to name the subject ("支付令是什么?网贷逾期后收到支付令该怎么办?"), without a comma (a question with
    one is a sentence of the text: "那么,如果…被法院冻结了,应该怎么解动?", "到底是腾讯bug了,还是…?")."""
    text = line.text
    return (len(comparable(text)) >= LATE_TITLE_MIN and len(text) <= TITLE_LIKE_MAX and not is_sentence(text)
            and may_be_title(text) and not LIST_MARK.match(text) and headline(text)
            and not re.search("[，,]", text))


_CN_DIGITS = "一二三四五六七八九十"


def _outline_number(kept: list[tuple[int, Line]], k: int) -> bool:
    """"一保留關鍵證據" with "二向監管部門投訴" and "三法律途徑" below: a section number that lost its 、
    (the same shape, the next numbers, on lines of their own), not a title that starts with 一 (一文读懂)."""
    text = kept[k][1].text
    if len(text) > 20 or text[:1] != "一" or not re.match(f"一[{HAN}]", text):
        return False
    starts = {later.text[0] for _, later in kept[k + 1:] if len(later.text) <= 20 and re.match(f"[二三][{HAN}]", later.text)}
    return starts == {"二", "三"}


def _heading_shaped(kept: list[tuple[int, Line]], k: int) -> bool:
    """A short line with words, not a sentence nor a list's announcement, with a sentence after it:
    how a section heading stands in a pasted text."""
    text = kept[k][1].text
    following = kept[k + 1][1].text if k + 1 < len(kept) else ""
    return (has_words(text) and len(text) <= TITLE_LIKE_MAX and not is_sentence(text)
            and text[-1] not in "：:，,、；;" and bool(following)
            and (is_sentence(following) or not title_like(following)))


def _peer_headings(kept: list[tuple[int, Line]], title_at: int) -> list[int]:
    """Input lines, other than the late title candidate, shaped like it (section headings), when the
    candidate is one too (a sentence follows it); unnumbered ones only (一、 is a level below a title)."""
    if not _heading_shaped(kept, title_at):
        return []
    return [line.number for k, (_, line) in enumerate(kept) if k != title_at and _heading_shaped(kept, k)
            and not LIST_MARK.match(line.text) and not line.heading]


# Lines that stand under a headline: its date, source, author, counters.
_META_RULES = ("date", "source line", "byline", "credits", "counter", "time stamp", "reading time")


_BOOK_TITLE = re.compile(rf"《[^《》]*[{HAN}][^《》]{{4,58}}》")


# "X_風聞", "X - 惠民财经网", "X｜南方法治新闻": the page's <title>, the site's name after the headline.
_SITE_SEPARATOR = re.compile(r"\s*[_|｜]\s*|\s+[-–—]{1,2}\s+")
# What a site's name ends with: its kind (网, 新闻, 社区, 频道 …) or its domain.
_SITE_END = re.compile(r"(?:网|網|网站|網站|新闻|新聞|社区|社區|论坛|論壇|频道|頻道|日报|日報|晚报|晚報|时报|時報|在线|在線|资讯|資訊"
                       r"|门户|門戶|官网|官網|博客|百科|问答|問答|文库|文庫|周刊|週刊|杂志|雜誌|电视台|電視台|头条|頭條|之家)$"
                       r"|\.(?:com|cn|net|org)$", re.I)
SITE_NAME_MAX = 12  # characters of a site's name after the headline
SITE_NAME_RULE = "site name after the title (X_某某网, X - 某某新闻)"
SITE_NAME_REVIEW = "the site's name '{name}' was cut from the end of the title: check the title"


# "…不可忽視的一環金融": the page's channel (its section of the site) glued to the end of the headline
# with no separator; a headline may also end in the word ("普惠金融"), so it is only listed, never cut.
_CHANNEL_END = re.compile(rf"(?<=[{HAN}])(?:金融|财经|財經|科技|法律|法治|房产|房產|汽车|汽車|教育|健康|娱乐|娛樂|体育|體育|时政|時政"
                          r"|国际|國際|资讯|資訊|理财|理財|要闻|要聞|民生)$")
CHANNEL_REVIEW = "the title ends in '{name}': the page's channel glued to the headline? (check the title; cut it if so)"


def site_suffix(text: str, others: list[str]) -> tuple[str, str] | None:
    """(the headline, the site's name) when a line ends with a separator and a site's name: short,
    no sentence, clause or question, and either ending like one (网, 新闻, 社区 …) or found again
    elsewhere on the page (`others`: "風聞" alone, "来源：風聞社区"). None otherwise."""
    found = list(_SITE_SEPARATOR.finditer(text))
    if not found:
        return None
    head, name = text[:found[-1].start()].strip(), text[found[-1].end():].strip()
    key = comparable(name)
    if (not key or len(name) > SITE_NAME_MAX or re.search(r"[。！？；!?;，,：:、]", name) or QUESTION.search(name)
            or len(comparable(head)) < LATE_TITLE_MIN - 4):
        return None
    if _SITE_END.search(name) or any(key in comparable(other) for other in others):
        return head, name
    return None


def without_site(text: str, others: list[str]) -> tuple[str, list[str]]:
    """The line without the site's names at its end ("X_频道_某某网"), and the names cut."""
    names = []
    while (cut := site_suffix(text, others)):
        text, name = cut
        names.append(name)
    return text, names


def header_lines(kept: list[tuple[int, Line]], body_start: int, lines: list[Line] = ()) -> list[int]:
    """Indexes in `kept` of the header's lines that may be the title (read without a site's name
    after them: "X - 惠民财经网" is weighed as X)."""
    def others(line: Line) -> list[str]:
        return [other.text for other in lines if other.text and other.number != line.number]

    return [k for k, (index, line) in enumerate(kept)
            if index < body_start and (len(line.text) <= 60 or repeated_headline(line, lines))
            and may_be_title(chrome.without_posted_at(without_site(line.text, others(line))[0]))
            and not (k > 0 and kept[k - 1][1].text.rstrip()[-1:] in ":：")
            and (not LIST_MARK.match(line.text) or _lone_bullet(kept, k)) and not _outline_number(kept, k)]


def find_title(kept: list[tuple[int, Line]], lines: list[Line], body_start: int,
                labelled: list[int] = (), meta: set[int] = frozenset()) -> tuple[int | None, bool]:
    """(index in `kept` of the title line, or None when the header has no line that can be one; whether
    it was a guess: the headline above a byline or the longest line, not one the page marks)."""
    # A line under one that ends with a colon ("一般要准备：") is what that line announces (a list
    # run together on one line, a name): the article's content, never its title.
    # A numbered line ("1. 保留证据", "一、…") heads a section: the title has no list number.
    header = header_lines(kept, body_start, lines)
    said = [k for k in header if kept[k][1].number in labelled]
    if said:
        return said[0], False
    if not header:
        # The whole title in book-title marks on the first line ("《信用卡被起诉了怎么办?》"): elsewhere
        # 《X》 alone is the title named again, but first and before any sentence, it is the title.
        first = kept[0] if kept else None
        if first and first[0] < body_start and _BOOK_TITLE.fullmatch(first[1].text.strip()):
            return 0, False
        return None, False
    marked = [k for k in header if kept[k][1].heading == 1]
    if marked:
        return marked[0], False
    later = [comparable(line.text) for index, line in kept if index >= body_start]
    repeated = [k for k in header if any(text.startswith(comparable(kept[k][1].text)) for text in later)
                and len(comparable(kept[k][1].text)) >= 6]
    if repeated:
        return repeated[0], False
    texts = {k: comparable(kept[k][1].text) for k in header}
    plain = _untailed_twin(kept, header)
    if plain is not None:
        return plain, False
    # The same headline twice in the header (the page's header and the article's): the title, the
    # copy nearest the text (the lines between are the page's: the caller weighs them as its header).
    twice = [k for k in header if len(texts[k]) >= LATE_TITLE_MIN and any(o != k and texts[o] == texts[k] for o in header)]
    if twice:
        return twice[-1], False
    # "X" then "X：全面应对逾期还款问题": the line another header line starts with is the title.
    # Only when the longer line comes below: "X？Y？" then "X？" then a paragraph is the title, then the
    # first of the questions it joins, heading its section.
    prefixes = [k for k in header if len(texts[k]) >= 6 and any(o > k and texts[o] != texts[k] and texts[o].startswith(texts[k]) for o in header)]
    if prefixes:
        return prefixes[0], False
    joined = [k for k in header if len(texts[k]) >= 6 and any(o > k and texts[o] != texts[k] and texts[k].startswith(texts[o]) for o in header)]
    if joined:
        return joined[0], False
    # The headline stands right above its date, source or author line ("时间：… 来源：…").
    numbers = [line.number for line in lines if line.text]
    # A byline with a date that no rule removed ("2024年02月01日郑林涛 | 张凌杰 | …") counts too, and is
    # never the title itself when a headline stands above it.
    dated = {line.number for _, line in kept if chrome.is_dated_byline(line.text)}
    above = [k for k in header if kept[k][1].number in numbers[:-1] and kept[k][1].number not in dated
             and numbers[numbers.index(kept[k][1].number) + 1] in meta | dated and len(comparable(kept[k][1].text)) >= 6]
    if above:
        return _over_deck(kept, lines, above[-1]), True
    # Site names, slogans and menu words are short; the headline is the longest line of the header.
    # ... but a line of prose (clauses, no question: "2023年3月，张某借款5万元") only when nothing else is.
    pool = [k for k in header if headline(kept[k][1].text) or not CLAUSE_COMMA.search(kept[k][1].text)] or header
    # ... and not one of other stories' headlines in a run above it (a ticker: ticker_lines).
    pool = [k for k in pool if k not in ticker_lines(kept, lines, header)] or pool
    longest = max(len(kept[k][1].text) for k in pool)
    chosen = next(k for k in pool if len(kept[k][1].text) == longest)
    peers = _section_peers(kept, chosen)
    if peers:
        line = kept[chosen][1]
        raise CleanerError(f"no title found: input line {line.number} (\"{line.text[:20]}\") is followed by its numbered "
                           f"points and looks like the first of the article's section headings (line {peers[0]} is "
                           "another); add the title as the first line or pass --title")
    return _over_deck(kept, lines, chosen), True


def _untailed_twin(kept: list[tuple[int, Line]], header: list[int]) -> int | None:
    """The headline that another header line repeats with a tail after a dash (tailed_twin): the
    title; the tailed copy is never chosen for its length."""
    return next((o for k in header for o in header if o != k and tailed_twin(kept[k][1].text, kept[o][1].text)), None)


DECK_CLAUSES = 2  # clause commas of a deck: the story told in clauses under its headline
# "——以 P2P 网贷纠纷为主要分析视角": a subtitle opens with a dash (a line framed by dashes is a note).
_DASH_SUBTITLE = re.compile(r"^[—–―]{1,2}\s*[^\s—–―](?!.*[—–―]\s*$)")


def _deck(kept: list[tuple[int, Line]], lines: list[Line], k: int) -> bool:
    """"遭遇暴力催收不必慌，律师教你四步依法维权，保留证据是关键" right under "网贷逾期三个月，催收上门了怎么办":
    a longer line of more clauses right under a headline (no line between them) is the story's deck,
    its summary, not its title; the headline above it is. So is a subtitle opening with a dash."""
    if k <= 0 or k >= len(kept):
        return False
    (above_at, upper), (at, lower) = kept[k - 1], kept[k]
    if any(lines[j].text for j in range(above_at + 1, at)) or not may_be_title(upper.text) or is_sentence(lower.text):
        return False
    if _DASH_SUBTITLE.match(lower.text) and len(comparable(upper.text)) >= LATE_TITLE_MIN and not LIST_MARK.match(upper.text):
        return True  # "——以网贷纠纷为视角" under the headline: its subtitle
    clauses = len(CLAUSE_COMMA.findall(lower.text))
    return (clauses >= DECK_CLAUSES and len(lower.text) > len(upper.text) and len(CLAUSE_COMMA.findall(upper.text)) < clauses
            and len(comparable(upper.text)) >= LATE_TITLE_MIN and not LIST_MARK.match(upper.text) and not upper.heading)


TICKER_RUN = 3  # headlines in a row above the title: a ticker or a list of other stories


def ticker_lines(kept: list[tuple[int, Line]], lines: list[Line], header: list[int]) -> set[int]:
    """Indexes in `kept` of a ticker's headlines: TICKER_RUN or more whole headlines (no clauses: a
    ticker's lines are short news) on lines in a row, no line between them, above the article; the
    last header candidate is never one (it is the one nearest the text, the title's place)."""
    def headline_line(k: int) -> bool:
        text = kept[k][1].text
        return len(comparable(text)) >= LATE_TITLE_MIN and not CLAUSE_COMMA.search(text) and not kept[k][1].heading

    runs, run = [], []
    for k in header:
        if headline_line(k) and run and k == run[-1] + 1 and not any(lines[j].text for j in range(kept[run[-1]][0] + 1, kept[k][0])):
            run.append(k)
        else:
            runs.append(run)
            run = [k] if headline_line(k) else []
    runs.append(run)
    last = header[-1] if header else None
    return {k for run in runs if len(run) >= TICKER_RUN for k in run if k != last}


def _over_deck(kept: list[tuple[int, Line]], lines: list[Line], k: int) -> int:
    return k - 1 if _deck(kept, lines, k) else k


COMPETING_HAN = 8  # Chinese characters of a headline that competes with the title (a site's name has fewer)


def _competes(line: Line) -> bool:
    """A line above the chosen title that could itself be the title (a whole headline, not a site's
    name or a menu word): never removed unseen."""
    text = line.text
    return (len(comparable(text)) >= LATE_TITLE_MIN and len(re.findall(f"[{HAN}]", text)) >= COMPETING_HAN and len(text) <= 60 and not is_sentence(text)
            and may_be_title(text) and not LIST_MARK.match(text) and not LONG_KEY.match(text) and not _comma_list(text))


# "Legal Aid Foundation": a name in Latin words only.
_LATIN_NAME = re.compile(r"^[A-Za-z][A-Za-z.&'-]*(?: [A-Za-z][A-Za-z.&'-]*){1,5}$")


def _named_in_latin(line: Line, lines: list[Line]) -> bool:
    """A Chinese name with its name in Latin letters on the next line ("某某基金會" / "Some Foundation"):
    a site's or an organisation's name in two languages, as a logo gives it; a headline has no such twin."""
    after = next((other.text for other in lines if other.number > line.number and other.text), "")
    return bool(_LATIN_NAME.match(after.strip()))


def _lone_bullet(kept: list[tuple[int, Line]], k: int) -> bool:
    """"• 網貸逾期，騷擾…" with no list item next to it: a template's bullet before a headline, not a
    list (a list has two items at least); the title is the text after the bullet."""
    def bulleted(j: int) -> bool:
        return 0 <= j < len(kept) and bool(LIST_MARK.match(kept[j][1].text))
    return bool(LEADING_BULLET.match(kept[k][1].text)) and not bulleted(k - 1) and not bulleted(k + 1)


_FIRST_POINT = re.compile(r"^(?:1\s*[.、．)）]|[（(]1[)）]|[①❶➀])")


def _section_peers(kept: list[tuple[int, Line]], k: int) -> list[int]:
    """"網貸逾期被起訴需要怎么處理?" then "1、辨別真假。…", and below, "網貸逾期一年…是真的嗎?" then
    text: a question answered point by point at once, with another question like it further down,
    is the copy's first section, not its title (a title is followed by a lead, a byline or a date).
    The input lines of those other questions; none when the line is not such a section's heading."""
    text = kept[k][1].text
    following = kept[k + 1][1].text if k + 1 < len(kept) else ""
    if not headline(text) or not _FIRST_POINT.match(following):
        return []
    return [line.number for j, (_, line) in enumerate(kept) if j > k + 1 and _heading_shaped(kept, j)
            and headline(line.text) and not LIST_MARK.match(line.text) and not line.heading]


INJECTED_MIN = 4  # characters of a removed line found again inside the title's words


def _without_injected(title: str, entries: list[Entry]) -> str:
    """"普通尊龙人生就是博人的“戒赌吧故事”" with "尊龙人生就是博" removed twice above it: words a spammer put
    into the page, the same words removed as lines of their own and again in the middle of the title,
    between two characters (a site's name before or after the title, "X - 某某网", is another rule's).
    Taken out, reported."""
    removed = [e.text for e in entries if isinstance(e, Removed)]
    for text in sorted({t for t in removed if removed.count(t) >= 2}, key=len, reverse=True):
        at = title.find(text)
        if len(text) >= INJECTED_MIN and has_words(text) and 0 < at and at + len(text) < len(title) \
                and re.match(f"[{HAN}]", title[at - 1]) and re.match(f"[{HAN}]", title[at + len(text)]):
            entries.append(Removed("words of removed lines inside the title (injected)", text, 0))
            title = title[:at] + title[at + len(text):]
    return title
