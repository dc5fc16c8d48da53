"""Remove what the scraper brought along with the article: site chrome, comments, link lists.

Rules work on whole lines (scraped articles keep one paragraph per line). Each rule is narrow:
short lines only, and some only in the header (the lines before the first sentence), because a
removed fact is worse than a leftover menu that the editor deletes in a second. Which line is the
title is title.py's; the shapes several steps read (a table row, a headline, the title again, a
list mark) are line_shapes.py's.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from guide.cleaner.chinese import (CLAUSE_COMMA, HAN, PINYIN_LETTERS, TONE_MARKED, comparable, folded, has_words,
                                   is_sentence)
from guide.cleaner import chrome, line_signals
from guide.cleaner import title as titles
from guide.cleaner.joins import join_broken_lines
from guide.cleaner.line_shapes import (FILE_NAME, LEADING_BULLET, LIST_MARK, LONG_KEY, META_WORDS, TABLE_ROW, TITLE_PARTS,
                                       TOPIC_TAG, Line, copies, flattened_table, headline, masks_number, meta_line, prose,
                                       repeats_title, reworded_title, title_like)
from guide.cleaner.report import Changed, Entry, Removed, Review


# Spaces that are not ASCII spaces but mean one (NBSP, ideographic space: paragraph indentation
# and layout in scraped pages), and invisible characters that only get in the way.
_SPACES = re.compile("[\u00a0\u2000-\u200a\u202f\u205f\u3000\t]")
_INVISIBLE = re.compile("[\u200b\u200c\u2060\ufeff]")
_HTML_TAG = re.compile(r"</?[a-zA-Z][a-zA-Z0-9]*(?:\s[^<>]*)?/?>")
# An image inlined as a data: URL ("data:image/png;base64,iVBOR…", in a Markdown image, an <img>
# or left bare with its attributes, 'data:image/s3,"…" alt=""'): the picture's bytes, never text.
DATA_URL = re.compile(r"(?:!\[[^\]\n]*\]\(\s*)?(?:\b(?:src|href)\s*=\s*[\"']?)?\bdata:[a-zA-Z]+/[\w.+-]+(?:;[\w.+=-]+)*,"
                      r"[^\s)<>]*\)?(?:\s+[a-zA-Z-]+\s*=\s*(?:\"[^\"\n]*\"|'[^'\n]*'))*")
# A Markdown image, "![alt](https://….jpg)": a picture, not text (its alt text goes to the report).
_MD_IMAGE = re.compile(r"!\[[^\]\n]*\]\([^)\n]*\)")
# Emoji and pictographs (plus the joiner and variation selector that glue them together).
_EMOJI = re.compile(
    # (U+2776-2793, the dingbat circled digits ❶ ➀ ➊, are list numbers: structure.py keeps them.)
    "[\U0001F000-\U0001FAFF\U0001F1E6-\U0001F1FF\u2600-\u2775\u2794-\u27BF\u2B00-\u2BFF\u2300-\u23FF"
    "\uFE0F\u200D\u20E3]"
)

_DATE = r"\d{4}\s*[-/年.\s]\s*\d{1,2}\s*[-/月.\s]\s*\d{1,2}\s*日?"
_TIME = r"\d{1,2}:\d{2}(?::\d{2})?"
KEYWORD_LIST = "keyword list (a_b_c_d: the page's search keywords)"
SERVER_ERROR = "server error message (Warning: … on line 12)"
AD_SLOT = "ad slot (广告, 广告加载中…)"


@dataclass(frozen=True)
class _LineRule:
    name: str
    pattern: re.Pattern
    header_only: bool = False
    max_length: int = 80  # a longer line is text, whatever words it contains


_LINE_RULES = [
    _LineRule("breadcrumb", re.compile(r"^(?:当前位置|您的位置|你的位置|位置)\s*[:：]|^首页\s*[>›»]")),
    _LineRule("breadcrumb", re.compile(r"\S\s*[>›»](?:\s*[>›»])*\s*\S|^\s*[>›»]|[>›»]\s*$"), header_only=True),
    _LineRule("date", re.compile(rf"^(?:(?:发布|更新)?(?:时间|日期)\s*[:：]?\s*)?{_DATE}(?:\s*{_TIME})?$"), header_only=True),
    _LineRule("source line", re.compile(rf"^(?:{META_WORDS})\s*[:：]"), header_only=True),
    # "来源于php中文网": the source without a colon, alone on its line above the text.
    _LineRule("source line", re.compile(r"^(?:来源于|來源於|来源自|来自于|出自)[^，。！？,.!?]{1,20}$"), header_only=True),
    # "最新修订:2024-02-22", "更新于 2025-01-03": when the page was edited, anywhere (only a label and a date).
    _LineRule("date", re.compile(rf"^(?:最新|最后|最後)?(?:修订|修訂|修改|更新|编辑|編輯|发布|發布)(?:于|於|时间|時間|日期)?\s*[:：]?\s*{_DATE}(?:\s*{_TIME})?$")),
    _LineRule("source line", re.compile(rf"{_DATE}.*(?:{META_WORDS})\s*[:：]|(?:{META_WORDS})\s*[:：].*{_DATE}"), header_only=True),
    # "微信公众号:人物": the account a post was copied from, above the text.
    _LineRule("source line", re.compile(r"^(?:微信)?公[众眾][号號]\s*[:：]\s*[^\s，。,]{1,16}$"), header_only=True),
    # "原創 杜欣 全民故事計劃 來自專輯90後生存報告": a WeChat post's byline (原创, the author, the account,
    # the album), short segments and no sentence, above the text.
    _LineRule("byline (原创, an author, an account)", re.compile(r"^原[创創](?:\s+[^\s。！？；，,]{1,12}){1,6}$"), header_only=True),
    # "文|徐晴", "记者 / 甲 实习记者 / 乙", "文/某某(某联盟召集人)": the credits (chrome.CREDITS), anywhere.
    _LineRule("credits (文|, 编辑|)", chrome.CREDITS, max_length=40),
    # "— 這是全民故事計劃的第471個故事 —": a series counter framed by dashes (not "— 01 —", a section's).
    _LineRule("series line (— 第471个故事 —)", re.compile(r"^[—–―-]+\s*[^—–―。！？]*第\s*\d+\s*[个個期篇集回][^—–―。！？]*\s*[—–―-]+$"), max_length=40),
    # "A视频在线观看_B免费播放_C_D": search keywords joined by "_", as a page's <title> or keyword
    # spam lists them; prose never joins its words with "_".
    _LineRule(KEYWORD_LIST, re.compile(r"^[^_\s。！？!?]{2,20}(?:_[^_\s。！？!?]{2,20}){3,}$"), header_only=True, max_length=240),
    # "Warning: mkdir(): No space left on device in /www/…/func.php on line 127", "Deprecated: …",
    # "#0 /www/…/index.php(12): …": what the page's program printed when it failed, above or in the
    # page, anywhere; a kind of message, a colon, and the file or line it names (prose never has both).
    _LineRule(SERVER_ERROR, re.compile(
        r"^(?:PHP\s+)?(?:Warning|Notice|Deprecated|Strict Standards|(?:Parse|Fatal|Catchable fatal|Recoverable fatal) error)"
        r"\s*:.*?(?:\bon line\s+\d+|\bin\s+\S+\.(?:php|inc)\b)|^(?:#\d+\s+(?:/|[A-Za-z]:\\|\{main\})|Stack trace:$)"),
              max_length=400),
    _LineRule("page label (正文)", re.compile(r"^(?:文章)?正文(?:内容)?$"), header_only=True),
    _LineRule("font size (字体)", re.compile(r"^【?\s*(?:字体|字号)(?:大小)?\s*[:：】]"), max_length=30),
    _LineRule("font size (字体)", re.compile(r"^【?\s*(?:字体|字号)\s*】?$")),
    _LineRule("correction link (纠错)", re.compile(r"【\s*纠错\s*】|^纠错\s*[:：]?$|^\[\s*纠错\s*\]")),
    _LineRule("editor line (责任编辑)", re.compile(r"责任编辑\s*[:：]"), max_length=40),
    # "廣告 廣告", "广告加载中...", "回列表", "分类导览": an ad's slot, the site's navigation (chrome.py).
    _LineRule(AD_SLOT, chrome.AD_SLOT, max_length=30),
    _LineRule("navigation (回列表, 分类导览)", chrome.NAVIGATION, max_length=12),
    _LineRule("next/previous article (阅读下一篇)", re.compile(r"^【?\s*(?:阅读|查看)?\s*[上下]一篇\s*】?\s*[:：]?"), max_length=60),
    _LineRule("copyright", re.compile(r"(?i)copyright|©|\(c\)\s*\d{4}|版权所有|all rights reserved|未经.{0,8}(?:许可|授权).{0,8}转载|转载请注明"), max_length=120),
    # ".jpg)" or "/upload/2024/a1.png)": what is left of an image link when its start was cut off.
    _LineRule("what is left of an image link (.jpg))",
              re.compile(r"(?i)^[^\s\u4e00-\u9fff]*?\.?(?:jpe?g|png|gif|webp|bmp|svg)\)?\]?$")),
    _LineRule("ICP licence", re.compile(r"(?i)icp\s*[备证]|公网安备")),
    _LineRule("forum software footer", re.compile(r"(?i)powered by\b|processed in \d|\bgzip on\b|\d+\s*queries")),
    _LineRule("page controls", re.compile(r"^(?:[【\[]?\s*(?:打印本页|打印|关闭窗口|关闭|收藏|分享到?|返回顶部|扫一扫|举报)\s*[】\]]?[\s:：|]*)+$"), max_length=40),
]

# Shape rules: what chrome looks like, whatever the site. Each is limited to short lines.
_SENTENCE_MARK = re.compile(r"[。！？；!?;]")
# "网站首页 | 关于我们 | 联系方式": items separated by bars (a table row starts with | and is kept).
_BAR = re.compile(r"\s*[|｜丨]\s*")
# "举报评论 0", "点赞 3 收藏 1", "浏览:312", "阅读 1.2万": interface counters (labels of buttons).
_COUNTER_WORDS = (r"评论|举报评论|点赞|赞|收藏|分享|浏览|阅读|举报|回复|转发|人气|点击|喜欢|关注|粉丝|投票|顶|踩|围观|热度|访问"
                  r"|积分|帖子|主题|精华|金钱|威望|贡献|听众|收听|好友|查看|回帖|发帖")  # and a forum member's stats
_COUNTER = re.compile(rf"^(?:(?:{_COUNTER_WORDS})(?:量|数|次数)?\s*[:：]?\s*[（(\[]?\s*\d+(?:\.\d+)?\s*[万wk]?\s*[)）\]]?\s*(?:次|人)?\s*)+$")
# "413人浏览过", "1.2万次阅读", "32 人看过": a view count written as a phrase.
_VIEWS = re.compile(r"^\d+(?:\.\d+)?\s*[万wk]?\s*(?:人|次)?\s*(?:浏览|瀏覽|阅读|閱讀|看过|看過|观看|觀看|围观|点赞|收藏)(?:过|過|了|量)?$")
# "金融债务34秒前1": a category, how long ago, a view count.
_TIME_AGO = re.compile(r"\d+\s*(?:秒|分钟|小时|天|周|个月)前")
# "更多>同类资讯", "查看更多", "展开全文", "阅读全文>>"
_MORE_LINK = re.compile(r"^(?:更多|查看更多|点击查看|展开全文|阅读全文|查看全文|加载更多|点击加载更多)\s*(?:[>»›]+.{0,8}|.{0,6}[>»›]*)$|^.{0,8}[>»›]{2}$")
_LABELS = re.compile(r"^(?:标签|关键词|关键字|tags?|分类|栏目)\s*[:：]", re.I)
MENU_ITEM_MAX = 8   # characters of one item of a menu or link bar
TEASER_MIN_LINES = 4  # short headline-like lines in a row, in the middle of an article
MENU_ANYWHERE_MIN = 5  # items of a menu line found between paragraphs (at the top or bottom: 4)


def menu_items(text: str) -> list[str] | None:
    """The items of a link bar ("a | b | c") or a menu line ("首页 新闻 财经 房产"); None otherwise."""
    if _SENTENCE_MARK.search(text) or text.startswith(("|", "｜")):
        return None
    parts = [p for p in _BAR.split(text) if p]
    if len(parts) < 3:
        parts = text.split()
        if len(parts) < 4:
            return None
    return parts if all(len(p) <= MENU_ITEM_MAX for p in parts) else None


def _shape_rule(text: str, edge: bool) -> str | None:
    """Chrome recognised by its shape. `edge`: the line is before the first or after the last sentence."""
    if len(text) > 60 or _SENTENCE_MARK.search(text):
        return None
    if re.fullmatch(r"[-*+•·●○◆■]", text):
        return "empty list item"
    if _BAR.search(text) and not text.startswith(("|", "｜")):
        parts = [p for p in _BAR.split(text) if p]
        # Two segments make a link bar only when both are a link's few words: "網貸平台的短信 | 作者圖"
        # at the end; "环球强制执行实务 | 之九:终结本次执行法律问题研究" is a series and its title.
        longest = MENU_ITEM_MAX * 2 if len(parts) >= 3 else MENU_ITEM_MAX
        if len(parts) >= (2 if edge else 3) and all(len(p) <= longest for p in parts):
            return "link bar (a | b | c)"
    items = menu_items(text)
    if items and (edge or len(items) >= MENU_ANYWHERE_MIN):
        return "menu line (short words in a row)"
    if len(text) <= 30 and _COUNTER.match(text.replace(" ", " ")):
        return "counter (举报评论 0)"
    if len(text) <= 20 and _VIEWS.match(text):
        return "counter (举报评论 0)"
    if len(text) <= 30 and _TIME_AGO.search(text):
        return "time stamp (34秒前)"
    if len(text) <= 16 and _MORE_LINK.search(text):
        return "more link (更多>)"
    if _LABELS.match(text) and (len(text) <= 40 or all(len(t) <= 20 for t in _LABELS.sub("", text).split())):
        # "标签: 个性化分期和停息挂账的区别是什么 停息挂账自己怎么去申请 还款意愿": tags, each a few words.
        return "tags line (标签:)"
    return None


_COMMENTS_HEADING = re.compile(
    r"^(?:精彩|网友|热门|最新|全部|用户|读者|相关)?(?:评论|留言)(?:区|列表)?\s*(?:[（(]\d+[)）])?\s*[:：]?$"
    r"|^(?:发表|查看|我要)(?:评论|留言)|^共\s*\d+\s*条(?:评论|留言)"
)
# "头像 池依童-律师 2025-03-24", "王律师 3小时前 回复", "网友 小李 2025-03-24 回复"
_ROLE = r"律师助理|实习律师|律师|法律顾问|网友|用户|匿名"
_BYLINE = re.compile(
    rf"^头像\s|^\S{{0,12}}(?:{_ROLE})\S{{0,8}}.*?(?:\d{{4}}-\d{{1,2}}-\d{{1,2}}|\d+\s*(?:分钟|小时|天)前|回复\s*$|\d+楼)"
    r"|\s回复\s*$"
)
_RELATED_HEADING = re.compile(
    r"^(?:相关|推荐|热门|延伸|更多|最新|同类|热点|精选)(?:文章|阅读|推荐|资讯|内容|问题|链接|图文|新闻|专题|话题|视频|帖子|标签)"
    r"(?:排行|列表|推荐)?\s*[:：>]?$|^(?:猜你(?:喜欢|想看)|大家都在看|看了又看|为[你您]推荐|精彩推[荐送]|编辑推荐)\s*[:：]?$"
)
_LINK_LINE = re.compile(r"<a\s|\]\(https?://|^https?://\S+$")
COMMENTS_UNSURE = ("comments heading? (kept with everything after it: no commenter's name, date or reply "
                   "follows; delete the comments if they are)")
COMMENT_SIGNS_WITHIN = 4  # lines after a comments heading that must show a commenter ...
COMMENT_PARAGRAPH = 25    # ... when one of them is a paragraph this long


def _comments_follow(after: list[Line]) -> bool:
    """Whether the first lines after a comments heading read like comments: a commenter's name with
    a date or a reply, or no paragraph of the article's kind (a sentence of clauses; comments are
    mostly a line: "说得对。", "建议先协商。")."""
    first = [line.text for line in after if line.text][:COMMENT_SIGNS_WITHIN]
    return any(_BYLINE.search(p) for text in first for p in _probes(text)) or not any(
        is_sentence(text) and len(text) >= COMMENT_PARAGRAPH and CLAUSE_COMMA.search(text) for text in first)


RELATED_MIN_LINES = 3  # fewer short lines at the end are more likely a real closing list
RELATED_MAX_LENGTH = 40
NAME_MAX = 8  # characters of a user or author name


# "# 标题", "## ### 标题" (marks doubled by an earlier tool), "#标题": Markdown heading marks.
_MD_HEADING = re.compile(r"^(#{1,6})(?:\s*#{1,6}(?=\s))*\s*(?=\S)")
# "#0 /www/index.php(3): require()": a frame of a server error's stack trace (SERVER_ERROR), not a heading.
_STACK_FRAME = re.compile(r"^#\d+\s+(?:/|[A-Za-z]:\\|\{main\})")
# Bold is short and holds no sentence end; two censor marks (**) around a longer stretch are not bold.
_BOLD = re.compile(r"(?<!\*)\*\*(?=[^*\s])([^*\n。！？；]{1,40}?)(?<=[^*\s])\*\*(?!\*)"
                   r"|(?<!_)__(?=\S)([^_\n。！？；]{1,40}?)(?<=\S)__(?!_)")
# Punctuation that cannot start a line of text: left behind when a scraper cut something off.
_STRAY_START = re.compile(r"^[,，、;；:：.。!！?？)）\]】」』》]+\s*(?=\S)")


# "網(wǎng)貸": pinyin with tone marks in brackets after a character, added by some sites' converters;
# also after a Latin letter, what a mis-decoded character became ("榫W(wǎng)貸").
PINYIN = re.compile(rf"(?<=[\u4e00-\u9fffA-Za-z])[(（](?=[a-zü]*[{TONE_MARKED}])[{PINYIN_LETTERS}]{{1,7}}[)）]")


_BOLD_LEAD = re.compile(r"^\*\*([^*\n。！？；，,]{1,12}?)\*\* +(?=\S)")
_UNPAIRED_BOLD = re.compile(r"^\*\*(?=[^*\s])|(?<=[^*\s])\*\*$")


def _markdown_marks(line: str, number: int, entries: list[Entry]) -> tuple[str, int]:
    """Take Markdown heading and emphasis marks out of the text; return (text, heading level)."""
    heading = 0
    m = _MD_HEADING.match(line)
    if m and not line.startswith("#" * 7) and not TOPIC_TAG.match(line) and not _STACK_FRAME.match(line):
        heading = len(m.group(1))
        line = line[m.end():]
    lead = _BOLD_LEAD.match(line)
    if lead:
        # "**标准答案** 你的信用卡逾期后…": a bold lead-in and a space, then the text; the space is the
        # bold's separator, not a cut word. A Q&A or forum label goes (reported); another lead-in stays,
        # followed by a colon ("**注意** 逾期后" -> "注意：逾期后").
        label = lead.group(1)
        if chrome.is_post_label(label) or chrome.is_editorial_label(label):
            entries.append(Removed("forum or Q&A label (楼主, 最佳答案, 如题所述)", label, number))
            line = line[lead.end():]
        else:
            entries.append(Changed("markdown", "**lead-in** text", "lead-in：text", 1))
            line = label + ("" if label[-1] in ":：" else "：") + line[lead.end():]
    bold = [b for b in _BOLD.finditer(line) if not masks_number(line, b.start(), b.end())]
    if bold:
        entries.append(Changed("markdown", "**bold**", "plain text", len(bold)))
        line = _BOLD.sub(lambda b: b.group(0) if masks_number(line, b.start(), b.end()) else b.group(1) or b.group(2), line)
    # ... and a bold mark whose pair was lost with the line break ("**信用卡逾期如何确定被诉讼"):
    # formatting too, not a censor mark
    unpaired = _UNPAIRED_BOLD.sub("", line)
    if unpaired != line:
        entries.append(Changed("markdown", "** (unpaired)", "removed", 1))
        line = unpaired
    stray = _STRAY_START.match(line)
    if stray and stray.group(0).strip() in (",", "，") and is_sentence(line[stray.end():]):
        # ",信用卡逾期被诉讼这事儿，…" (总之 was cut before the comma): the comma is evidence of a cut
        # word; it stays, for gaps.py to mark, and the sentence is kept whole.
        return "，" + line[stray.end():], heading
    if stray:
        entries.append(Removed("stray punctuation at the start of a line", stray.group(0).strip(), number))
        line = line[stray.end():]
    return line, heading


def normalise(text: str) -> tuple[list[Line], list[Entry]]:
    """Split into stripped lines; drop emoji and HTML tags, unify odd spaces; join sentences a page
    broke at its links (joins.py); read Markdown marks."""
    entries: list[Entry] = []
    cleaned = []
    for number, raw in enumerate(text.replace("\r\n", "\n").replace("\r", "\n").split("\n"), start=1):
        line = _INVISIBLE.sub("", _SPACES.sub(" ", raw))
        for image in DATA_URL.findall(line):
            entries.append(Removed("image data (a data: URL)", image, number))
        line = re.sub(f" *(?:{DATA_URL.pattern}) *", "", line)
        for image in _MD_IMAGE.findall(line):
            entries.append(Removed("image (Markdown ![…](…))", image, number))
        line = re.sub(f" *(?:{_MD_IMAGE.pattern}) *", "", line)
        for tag in _HTML_TAG.findall(line):
            entries.append(Removed("HTML tag", tag, number))
        line = _HTML_TAG.sub("", line)
        # A pictograph in front of a line is its bullet ("✅ 逾期事实是否成立"): keep it a list item.
        if _EMOJI.match(line.strip()) and _EMOJI.sub("", line).strip():
            line = "• " + line.strip()
        for emoji in _EMOJI.findall(line):
            if emoji not in "\u200d\ufe0f\u20e3":  # glue characters are not worth a report line
                entries.append(Removed("emoji", emoji, number))
        line = _EMOJI.sub("", line)
        for pinyin in PINYIN.findall(line):
            entries.append(Removed("pinyin annotation", pinyin, number))
        cleaned.append(PINYIN.sub("", line))
    joined, found = join_broken_lines(cleaned)
    entries += found
    lines = []
    for number, line in joined:
        line, heading = _markdown_marks(line.strip(), number, entries)
        lines.append(Line(number, line.strip(), heading))
    return lines, entries


def _probes(text: str) -> tuple[str, ...]:
    """The line as the rules read it: in simplified characters ("來源：" is "来源：", one vocabulary for
    both scripts), then as it is (a word folded only in part, "小編導語" -> "小编导語", may be listed in
    its own script)."""
    simple = folded(text)
    return (simple, text) if simple != text else (text,)


def _first(rule, probes: tuple[str, ...]) -> str | None:
    return next((found for found in map(rule, probes) if found), None)


def _line_rule(text: str, in_header: bool) -> str | None:
    for rule in _LINE_RULES:
        if rule.header_only and not in_header:
            continue
        if len(text) <= rule.max_length and rule.pattern.search(text):
            return rule.name
    return None


def _chrome_rule(text: str, in_header: bool, in_block: bool = False, in_body: bool = False) -> str | None:
    """Lines that are never content (chrome.py), wherever they are; some only in the header.
    `in_block`: a line next to it is a "key: value" line too (a block of metadata).
    `in_body`: between the article's first and last sentence."""
    bare = LEADING_BULLET.sub("", text)  # "• 来源:电脑报": a list of metadata is still metadata
    if chrome.is_byline(bare, in_header):
        return "byline or time stamp (a name, a date)"
    if chrome.is_post_label(bare):
        return "forum or Q&A label (楼主, 最佳答案, 如题所述)"
    if chrome.is_editorial_label(bare):
        return "label line (标题：, 摘要：, 导语)"
    if chrome.is_caption(bare):
        return "image caption"
    if chrome.is_reading_time(bare):
        return "reading time"
    if chrome.is_disclaimer(bare):
        return "disclaimer"
    if (len(bare) <= chrome.CTA_MAX and chrome.call_to_action(bare) and not _sentence_after_a_button(bare)
            and not (in_body and chrome.offer_in_prose(bare))):
        return "ad or call to action"
    if chrome.is_link_label(bare):
        return "link label (本文链接：) without its link"
    if in_header and bare != text and (_line_rule(bare, True) or (len(bare) <= 30 and chrome.META_KEY.match(bare))):
        return _line_rule(bare, True) or "source line"
    if in_header and meta_line(bare) and (in_block or line_signals.verdict(bare, line_signals.Where(edge=True)) != "text"):
        # ("第一步：先核实身份" alone has the shape, but nothing else of a source line: kept, for review)
        return "source line"
    if in_header and chrome.is_lone_name(bare):
        return "byline (a name alone above the text)"
    return None


# "A+ A-", "A- A+", "A+ A A-": the page's font-size buttons, alone or glued to the first paragraph.
_FONT_BUTTONS = re.compile(r"^[AＡ][+＋\-－]\s*(?:[AＡ]\s*)?[AＡ][+＋\-－]\s*")
# "The Beginning", "Share", "Tags": a short label in Latin letters only, above the first sentence or
# below the last of a Chinese article: the template's, not the article's.
_LATIN_LABEL = re.compile(r"^[A-Za-z][A-Za-z'&]*(?: [A-Za-z][A-Za-z'&]*){0,2}$")


def remove_junk(lines: list[Line], title: str | None = None) -> tuple[str, list[Line], list[Entry]]:
    """Return (title, the article's lines without blanks and junk, report entries).

    The title is a line of the header (before the first sentence): the one marked `#`, else the
    one repeated later in the article, else the longest; the lines before it are the site's header.
    The caller may give the title instead.
    """
    entries: list[Entry] = []
    # The first sentence of the article, not a source line or an ad that ends with a full stop
    # ("作者:周军律师.", "如需帮助可关注,私信必复。"): those are the header's.
    # Nor a keyword list or a menu line (long, so a "sentence" by its length).
    body_start = next((i for i, line in enumerate(lines) if is_sentence(line.text) and not meta_line(folded(line.text))
                       and not menu_items(line.text)
                       and not FILE_NAME.match(line.text) and not titles.repeated_headline(line, lines)
                       and not (len(line.text) <= chrome.CTA_MAX and chrome.call_to_action(line.text))
                       and _line_rule(line.text, True) not in (KEYWORD_LIST, SERVER_ERROR, AD_SLOT)), len(lines))
    chinese = len(re.findall(f"[{HAN}]", "".join(line.text for line in lines))) >= 20
    # The page's own sentences at the end (a disclaimer, a sign-off with a link) are not the article's.
    body_end = max((i for i, line in enumerate(lines) if is_sentence(line.text) and not menu_items(line.text)
                    and not (chrome.is_disclaimer(line.text) or chrome.call_to_action(line.text))), default=len(lines))
    table = flattened_table([line.text for line in lines])  # rows the shape and footer rules spare (listed)
    footer = False  # after the article's end, a line of page chrome was removed: the short lines after it are the footer's
    kept: list[tuple[int, Line]] = []  # (index in `lines`, line)

    def drop(line: Line, rule: str) -> None:
        entries.append(Removed(rule, line.text, line.number))

    labelled: list[int] = []  # lines that said "标题：": the title
    i = 0
    while i < len(lines):
        line = lines[i]
        text = line.text
        if not text:
            i += 1
            continue
        if i < body_start and chrome.LABEL_PREFIX.match(text):
            # "标题：X" at the top: the label goes, X stays (it is the title).
            label = chrome.LABEL_PREFIX.match(text).group(0)
            drop(Line(line.number, label.strip()), "label line (标题：, 摘要：, 导语)")
            labelled.append(line.number)
            line = Line(line.number, text[len(label):], line.heading)
            lines[i] = line
            text = line.text
        summary = chrome.SUMMARY_PREFIX.match(text)
        if summary and _repeated_later(text[summary.end():], lines[i + 1:]):
            drop(line, "summary that repeats the text (摘要：)")
            i += 1
            continue
        if _summary_copy(text, lines[i + 1:]):
            drop(line, "summary that repeats the text (the next paragraph starts with it)")
            i += 1
            continue
        in_body = body_start < i < body_end
        if ((len(text) > chrome.CTA_MAX and chrome.call_to_action(text)) or chrome.maybe_call_to_action(text)
                or (in_body and chrome.offer_in_prose(text))):
            entries.append(Review(MAYBE_AD, text, line.number))
        if chrome.maybe_disclaimer(text) or (len(text) > chrome.DISCLAIMER_MAX and chrome.is_disclaimer(text)):
            entries.append(Review("possible disclaimer (kept: delete it if it is the site's)", text, line.number))
        nxt = next((j for j in range(i + 1, len(lines)) if lines[j].text), None)
        if (i < body_start and nxt is not None and lines[nxt].text == text and len(text) <= NAME_MAX and has_words(text)
                and not headline(text) and not line.heading):
            # "絕刀狂花" twice above the text (the avatar's label and the name): the author's name.
            drop(line, "byline or time stamp (a name, a date)")
            drop(lines[nxt], "byline or time stamp (a name, a date)")
            i = nxt + 1
            continue
        buttons = _FONT_BUTTONS.match(text)
        if buttons:
            drop(Line(line.number, buttons.group(0).strip()), "font size (A+ A-)")
            if not text[buttons.end():].strip():
                i += 1
                continue
            line = Line(line.number, text[buttons.end():].strip(), line.heading)
            lines[i] = line
            text = line.text
        if (chinese and (i < body_start or i > body_end) and len(text) <= 24 and _LATIN_LABEL.match(text) and has_words(text)
                and not line.heading):  # (one word has no words: the rule below takes it)
            drop(line, "a label in Latin letters at the top or the end (The Beginning, Share)")
            i += 1
            continue
        probes = _probes(text)
        byline = len(text) <= 50 and any(_BYLINE.search(p) for p in probes)  # takes its comment along, below
        special = byline or any(_COMMENTS_HEADING.match(p) for p in probes)  # "评论（3）" heads the comments: handled below
        in_block = any(meta_line(folded(lines[j].text)) for j in (i - 1, i + 1) if 0 <= j < len(lines))
        rule = _first(lambda p: _line_rule(p, i < body_start) or _chrome_rule(p, i < body_start, in_block, in_body), probes)
        shaped = not rule and not special and _first(lambda p: _shape_rule(p, i < body_start or i > body_end), probes)
        if shaped and i in table:
            # A table's row has a menu line's shape: it stays, as content, and a person looks.
            entries.append(Review(TABLE_REVIEW.format(why=shaped), text, line.number))
        else:
            rule = rule or shaped or None
        previous = next((j for j in range(i - 1, -1, -1) if lines[j].text), None)
        if (not rule and i < body_start and previous is not None and LONG_KEY.match(text) and len(text) <= 40
                and not is_sentence(text) and any(e.line == lines[previous].number and e.rule == "source line"
                                                  for e in entries if isinstance(e, Removed))):
            # "检索主题词:民间借贷、支付令、异议" under "案件类型:民间借贷纠纷": one more line of a block
            # of metadata, with a longer key.
            rule = "source line"
        if rule:
            drop(line, rule)
            footer = footer or (i > body_end and not rule.startswith(("date", "a line without")))
            # "阅读下一篇:" alone on its line: the next short line is the linked title.
            if rule.startswith("next/previous") and re.search(r"[:：]\s*$", text):
                nxt = next((j for j in range(i + 1, len(lines)) if lines[j].text), None)
                if nxt is not None and title_like(lines[nxt].text) and not _line_rule(lines[nxt].text, False):
                    drop(lines[nxt], rule)
                    i = nxt
            i += 1
            continue
        if not has_words(text) and (i < body_start or i > body_end) and not TABLE_ROW.match(text):
            # "0", "|", "i", "—", "**" above the first sentence or below the last: what is left of the
            # page's counters, icons and separators.
            drop(line, "a line without words at the top or the end (a counter, an icon, a separator)")
            i += 1
            continue
        if _COMMENTS_HEADING.match(text) and not _comments_follow(lines[i + 1:]):
            # "评论" between paragraphs with no commenter after it: deleting all that follows would
            # lose the article's text if it is not the comments, so it stays, for a person to judge
            entries.append(Review(COMMENTS_UNSURE, text, line.number))
        elif _COMMENTS_HEADING.match(text):
            # Comments come last on these pages: everything after the heading is comments,
            # except chrome lines, which are reported under their own rule.
            for later in lines[i:]:
                if later.text:
                    drop(later, "comments" if later is line else
                         _line_rule(later.text, False) or _shape_rule(later.text, True) or "comments")
            break
        if byline:
            drop(line, "comments")
            footer = footer or i > body_end
            # A byline without a comments heading: its comment is the next line.
            nxt = next((j for j in range(i + 1, len(lines)) if lines[j].text), None)
            if nxt is not None and not _BYLINE.search(lines[nxt].text) and not _line_rule(lines[nxt].text, False):
                drop(lines[nxt], "comments")
                i = nxt
            i += 1
            continue
        if any(_RELATED_HEADING.match(p) for p in probes) or _LINK_LINE.search(text):
            drop(line, "related articles")
            footer = footer or i > body_end
            i += 1
            while i < len(lines) and (not lines[i].text or title_like(lines[i].text) or _LINK_LINE.search(lines[i].text)):
                if lines[i].text:
                    drop(lines[i], "related articles")
                i += 1
            continue
        if footer and i > body_end and len(text) <= RELATED_MAX_LENGTH and not is_sentence(text) and not prose(text):
            if i in table:
                entries.append(Review(TABLE_REVIEW.format(why="the page's footer"), text, line.number))
                kept.append((i, line))
            else:
                drop(line, "page footer (short lines after the article's end and the page's chrome)")
            i += 1
            continue
        if footer and i > body_end and len(text) <= RELATED_MAX_LENGTH and not is_sentence(text):
            entries.append(Review("prose after the page's chrome at the end (kept: a sentence cut off? "
                                  "delete it if it is the site's)", text, line.number))
        if not has_words(text) and not TABLE_ROW.match(text):  # a table's |---| row is structure
            entries.append(Review("a line without words (a counter, a time stamp, what is left of a link?): "
                                  "kept as text; delete it if it is one", text, line.number))
        kept.append((i, line))
        i += 1

    # A table's row is a row, never a heading (its few short cells read like one).
    kept = [(i, Line(line.number, line.text, line.heading, text_only=True) if i in table else line) for i, line in kept]
    title, kept, header_titles, site_names = titles.choose(kept, lines, body_start, labelled, title, entries)

    # "X？Y？" as the title, and "X？" and "Y？" each heading a section below: the title joins its
    # sections' questions; those lines are headings, not the title repeated.
    parts = [comparable(p) for p in TITLE_PARTS.split(title) if len(comparable(p)) >= 4]
    sections = len(parts) >= 2 and all(any(comparable(line.text) == p for _, line in kept) for p in parts)
    article = []
    for index, line in kept:
        rule = repeats_title(line.text, title)
        if sections and rule == "repeated title (its first part)":
            rule = None
        if not rule and comparable(line.text) in header_titles and not is_sentence(line.text):
            # "网贷逾期银行卡冻结" above the byline and again inside the text: the page's own title (the
            # article's is another line) repeated as an image's alt text.
            rule = "repeated title (a line of the site's header again: the page's title, an image's alt text)"
        if not rule and comparable(line.text) in site_names:
            rule = "site name (the name cut from the end of the title, alone on its line)"
        if rule:
            drop(line, rule)
            footer = footer or (i > body_end and not rule.startswith(("date", "a line without")))
        elif index < body_start and reworded_title(line.text, title):
            # The page's second headline: what the title says, reworded. It heads no section.
            entries.append(Review(REWORDED_TITLE_REVIEW, line.text, line.number))
            article.append(Line(line.number, line.text, 0, text_only=True))
        else:
            article.append(line)
    first = lines[body_start].number if body_start < len(lines) else None
    last = lines[body_end].number if body_end < len(lines) else None
    article = _weigh_lines(article, title, first, last, entries)
    article = _labels_heading_nothing(article, lines, first, last, entries)
    article = _without_glued_parts(article, entries)
    article = _drop_teasers(article, entries)
    article = _drop_related_tail(article, entries)
    return title, article, entries


TABLE_REVIEW = "a table's row, flattened (short cells in rows, a column repeating or numbers): kept, though it looks like {why}"
REWORDED_TITLE_REVIEW = ("the title again, reworded (the page's second headline?): kept as text, not a heading; "
                         "delete it if it is the page's")
SIGNALS_RULE = "chrome by its shape ({why})"
COPY_RULE = "a copy of a line above (printed again under it, or a third time: a caption, a logo's text)"
SITE_SENTENCE_RULE = "the site's sentence about the page, quoting the title (由会员分享, 欢迎在评论区留言)"
SIGNALS_REVIEW = "looks like the page's, not the article's ({why}): kept; delete it if it is the site's"


def _weigh_lines(article: list[Line], title: str, first: int | None, last: int | None,
                 entries: list[Entry]) -> list[Line]:
    """What no rule above knew, weighed by its shape (line_signals.py): a line with enough chrome
    signals goes, one with fewer stays and is listed for review."""
    kept = []
    again, many = copies(article)
    for line in article:
        if line.number in again:
            entries.append(Removed(COPY_RULE, line.text, line.number))
            continue
        edge = first is None or line.number < first or (last is not None and line.number > last)
        where = line_signals.Where(edge=edge, title=title, many=line.number in many)
        found = line_signals.signals(line.text, where)  # weighed once: the verdict, the reasons, the offer
        verdict = line_signals.verdict_of(found)
        inside = first is not None and last is not None and first < line.number < last
        if verdict == "chrome" and inside and line_signals.may_be_heading(found):
            # Between the first and the last sentence, brackets and the page's words ("【相关法条】")
            # may be a section's heading: no proof of chrome there, so it stays, listed.
            verdict = "unsure"
        outer = first is None or line.number <= first or (last is not None and line.number >= last)
        if outer and line_signals.site_sentence(line.text, title):
            # (the first or last sentence too: the template is a sentence)
            entries.append(Removed(SITE_SENTENCE_RULE, line.text, line.number))
            continue
        if verdict == "chrome" and not line.heading:
            entries.append(Removed(SIGNALS_RULE.format(why=line_signals.named(found)), line.text, line.number))
            continue
        unglued = _without_glued_lead(_without_glued_date(line, first, entries), where, entries)
        if verdict != "text":
            entries.append(Review(SIGNALS_REVIEW.format(why=line_signals.named(found)), line.text, line.number))
        elif unglued is line and line_signals.OFFER in found:
            entries.append(Review(MAYBE_AD, line.text, line.number))
        elif first is not None and line.number < first and meta_line(line.text):
            entries.append(Review(MAYBE_META, line.text, line.number))
        kept.append(unglued)
    return kept


# "第三段：": the page's count of its paragraphs, before one or alone on its line.
_PARAGRAPH_LABEL = re.compile(r"^第[一二三四五六七八九十\d]{1,3}段\s*[:：]\s*")
# "（图片来源：网络）" before a paragraph, "…。图为借款人与客服的聊天记录截图" after its last sentence: a
# picture's caption the page glued to the text.
_GLUED_CAPTION_BEFORE = re.compile(r"^[（(【\[]\s*(?:图片?|圖片?)(?:来源|來源|来自|來自|源)?\s*[:：/]?[^)）】\]。！？]{0,20}[)）】\]]\s*")
_GLUED_CAPTION_AFTER = re.compile(r"(?<=[。！？!?])\s*[图圖][为為][^。！？!?，,]{2,40}$")
GLUED_PART_RULE = "{what} glued to a paragraph"
GLUED_PART_REVIEW = "'{part}' was cut from this line ({what}): check the line"


def _without_glued_parts(article: list[Line], entries: list[Entry]) -> list[Line]:
    """A paragraph label ("第三段：") or a picture's caption glued before or after a paragraph: cut,
    reported, the line kept (listed for review); a label alone on its line goes."""
    out = []
    for line in article:
        text = line.text
        for pattern, what in ((_PARAGRAPH_LABEL, "paragraph label (第三段：)"),
                              (_GLUED_CAPTION_BEFORE, "image caption"), (_GLUED_CAPTION_AFTER, "image caption")):
            m = pattern.search(text)
            if not m:
                continue
            rest = (text[:m.start()] + text[m.end():]).strip()
            if rest and not is_sentence(rest):
                continue  # a caption or a label only when a sentence stays beside it
            part = m.group(0).strip()
            entries.append(Removed(GLUED_PART_RULE.format(what=what) if rest else what, part if rest else text, line.number))
            if rest:
                entries.append(Review(GLUED_PART_REVIEW.format(part=part, what=what), rest, line.number))
            text = rest
            if not text:
                break
        if text:
            out.append(line if text == line.text else Line(line.number, text, line.heading, line.text_only))
    return out


LABEL_MAX = 12  # characters that count of a label or a widget's name ("聽新聞", "青年經濟說")
LABEL_REVIEW = "a short line that heads nothing (chrome or the end follows it): kept as text, not a heading; delete it if it is the page's"


def _labels_heading_nothing(article: list[Line], lines: list[Line], first: int | None, last: int | None,
                            entries: list[Entry]) -> list[Line]:
    """"## 聽新聞" under the title, then the page's date line, then the text: a short line with no
    sentence, above the first sentence or below the last, that the page's chrome (a removed line) or
    the end of the page follows (alone after the last sentence, or marked #), heads nothing of the
    article: a widget's or a column's name, the label of a list the copy lost ("最近更新"), or the text's
    last words cut short. It stays, as text (never a heading), listed for review."""
    gone = {e.line for e in entries if isinstance(e, Removed)}
    numbers = [line.number for line in lines if line.text]
    out = []
    for line in article:
        edge = first is None or line.number < first or (last is not None and line.number > last)
        at = numbers.index(line.number) if line.number in numbers else None
        after = numbers[at + 1] if at is not None and at + 1 < len(numbers) else None
        alone_at_end = after is None and (line.heading or (at and numbers[at - 1] == last))  # (more lines: the tail's rule)
        if (edge and (after in gone or alone_at_end) and len(comparable(line.text)) <= LABEL_MAX
                and not is_sentence(line.text) and not CLAUSE_COMMA.search(line.text) and not LIST_MARK.match(line.text)):
            entries.append(Review(LABEL_REVIEW, line.text, line.number))
            line = Line(line.number, line.text, 0, text_only=True)
        out.append(line)
    return out


GLUED_MAX = 12  # characters of a button's or a link's words glued before the first paragraph


def _sentence_after_a_button(text: str) -> bool:
    """"点击咨询 收到催收短信以后，…": the call to action is the first words only; the sentence after
    them is text (_without_glued_lead takes the words off), not a line to remove whole."""
    lead, space, rest = text.partition(" ")
    return bool(space) and len(lead) <= GLUED_MAX and is_sentence(rest) and not chrome.call_to_action(rest)


def _without_glued_lead(line: Line, where: line_signals.Where, entries: list[Entry]) -> Line:
    """"点击微信咨询 再享1000元优惠作为企业，…": a sentence whose first words, up to a space, are chrome by
    themselves (a button, a label: line_signals' verdict on them alone). They go, reported; the line
    stays, listed for review, since what came with them may be glued on without a space."""
    lead, space, rest = line.text.partition(" ")
    if not space or len(lead) > GLUED_MAX or not is_sentence(rest) or line_signals.verdict(lead, where) != "chrome":
        return line
    entries.append(Removed(GLUED_RULE.format(why=line_signals.why(lead, where)), lead, line.number))
    entries.append(Review(GLUED_REVIEW.format(lead=lead), rest.strip(), line.number))
    return Line(line.number, rest.strip(), line.heading)


GLUED_DATE_RULE = "date glued to the start of the text (date 2025-11-26 …)"


def _without_glued_date(line: Line, first: int | None, entries: list[Entry]) -> Line:
    """A numeric date (metadata: prose writes 年月日) at the start of the first sentence or above it,
    a space after it: the page's time stamp, cut, reported; the sentence stays."""
    m = chrome.GLUED_DATE.match(line.text)
    if not m or (first is not None and line.number > first) or not is_sentence(line.text[m.end():]):
        return line
    entries.append(Removed(GLUED_DATE_RULE, m.group(0).strip(), line.number))
    return Line(line.number, line.text[m.end():].strip(), line.heading)


MAYBE_META = "a 'key: value' line above the text, kept (a source line? delete it if it is the page's)"
MAYBE_AD = "possible ad or call to action (kept: delete it if it is one)"
GLUED_RULE = "chrome glued to the start of a line ({why})"
GLUED_REVIEW = "'{lead}' was cut from the start of this line: does more of it belong to that (an ad, a label)?"


SUMMARY_MIN = 20  # characters that count: a shorter line repeated is a heading or a phrase, not a summary
SUMMARY_REACH = 3  # lines: the page's summary stands just above the paragraph it was cut from


def _summary_copy(text: str, later: list[Line]) -> bool:
    """The page's summary: a line whose words, every one, start one of the next lines (a caption or a
    byline may stand between). Removing it loses nothing: the paragraph keeps them."""
    key = comparable(text)
    near = [comparable(line.text) for line in later if line.text][:SUMMARY_REACH]
    return len(key) >= SUMMARY_MIN and any(len(other) > len(key) and other.startswith(key) for other in near)


def _repeated_later(text: str, later: list[Line]) -> bool:
    """Does a later line start with the same words (the first 12 characters that count)?"""
    key = comparable(text)[:12]
    return len(key) >= 6 and any(comparable(line.text).startswith(key) for line in later if line.text)


def _drop_teasers(article: list[Line], entries: list[Entry]) -> list[Line]:
    """A run of TEASER_MIN_LINES or more headline-like lines with nothing between them is a list of
    links to other articles ("推荐图文"), unless a line ending with a colon announces it or the lines
    carry list marks. Real headings are followed by text, so they do not form such runs. When the
    lines are not all headlines (questions, "how to"), the rule is unsure: they stay, for review."""
    kept: list[Line] = []
    i = 0
    while i < len(article):
        j = i
        while j < len(article) and _teaser(article[j]):
            j += 1
        announced = i > 0 and article[i - 1].text.rstrip()[-1:] in ":："
        if j - i >= TEASER_MIN_LINES and not announced:
            if all(headline(line.text) for line in article[i:j]):
                for line in article[i:j]:
                    entries.append(Removed("teaser list (short headlines in a row)", line.text, line.number))
                i = j
                continue
            for line in article[i:j]:
                entries.append(Review(REVIEW_RUN, line.text, line.number))
        kept.extend(article[i:max(j, i + 1)])
        i = max(j, i + 1)
    return kept


REVIEW_RUN = "short lines in a row: links to other articles? (kept; delete them if so)"
REVIEW_TAIL = "short lines after the last sentence: links to other articles? (kept; delete them if so)"


def _teaser(line: Line) -> bool:
    text = line.text
    return (8 <= len(text) <= RELATED_MAX_LENGTH and not line.heading and title_like(text)
            and not text.startswith(("|", "｜"))  # table rows
            and not LIST_MARK.match(text))


def _drop_related_tail(article: list[Line], entries: list[Entry]) -> list[Line]:
    """A run of short title-like lines after the last sentence is a list of links to other articles,
    unless the sentence before it announces a list (ends with a colon). Only headlines (questions,
    "how to") are removed: a closing list of documents or steps ("1、身份证复印件") is content, so
    when a line is not a headline the lines stay and the report asks the editor to look."""
    last = max((i for i, line in enumerate(article) if is_sentence(line.text)), default=-1)
    tail = article[last + 1:]
    announced = last >= 0 and article[last].text.rstrip()[-1:] in ":："
    # Two unmarked short lines at the very end (a footer's site name and slogan) count too.
    enough = len(tail) >= RELATED_MIN_LINES or (len(tail) == 2 and not any(
        LIST_MARK.match(line.text) or len(line.text) > 20 or re.search("[，,、]", line.text) for line in tail))
    if enough and not announced and all(title_like(line.text) and not line.text.startswith("|") for line in tail):
        if all(headline(LIST_MARK.sub("", line.text)) for line in tail):
            for line in tail:
                entries.append(Removed("related articles", line.text, line.number))
            return article[: last + 1]
        if not any(LIST_MARK.match(line.text) for line in tail):  # a list with its marks is a section
            for line in tail:
                entries.append(Review(REVIEW_TAIL, line.text, line.number))
    elif len(tail) == 1 and not announced and title_like(tail[0].text) and headline(tail[0].text):
        # One headline after the last sentence ("网贷逾期几天会被起诉吗"): most often the link to
        # the next article, sometimes the article's own closing question; a person decides.
        entries.append(Review(REVIEW_TAIL, tail[0].text, tail[0].number))
    return article
