"""What a reviewer must see in a draft, each with its draft line (issue 26, issue 30).

- words the content checks reject (data/content_rules.yml, matched as tests/test_content.py does);
- text that looks garbled: mis-decoded characters, HTML entities, a "?" inside a word, a number
  that looks like a range whose dash was lost ("130天" for 1-30 days); flagged, never "fixed";
- sentences stating a legal rule, a deadline, an amount or a percentage without a fact id
  (guide.content.checks.cited_ids: "（见 A5）"), which must get an id of data/sources.yml or go.
Nothing here changes the draft.
"""
from __future__ import annotations

import re

from guide.cleaner.chinese import HAN, PINYIN_LETTERS, TONE_MARKED, inside, protected_spans
from guide.cleaner.report import Finding
from guide.cleaner.rules import ContentRules
from guide.content.checks import cited_ids, words_found

_COMMENT = re.compile(r"<!--.*?-->")
_SENTENCE = re.compile(r"[^。！？；!?;]+[。！？；!?;]*")

# --- garbling -----------------------------------------------------------------------------------
_HAN_RUN = re.compile(f"[{HAN}\u3000-\u303f\uff00-\uffef]{{4,}}")
_LATIN1_RUN = re.compile(r"[\u00c0-\u00ff]{3,}")  # "ÍøÂç": GBK bytes read as Latin-1
_ENTITY = re.compile(r"&(?:[A-Za-z]{2,8}|#\d{2,6}|#x[0-9a-fA-F]{2,5});")
# In a line with other signs of garbling, a half-width ? next to a character stands for one that
# could not be decoded ("梢钥紤]?"): the punctuation step leaves it half-width (punctuation.py).
_QUESTION_MARK = re.compile(rf"(?<=[{HAN}])\?|\?(?=[{HAN}])")
# "因?yàn)榫W貸", "空穴來風?,F在": a pinyin annotation whose character was lost in decoding, a ? and
# Latin letters (a syllable, a comma and a letter) between two characters.
_PINYIN_SCRAP = re.compile(rf"(?<=[{HAN}])\?(?:[{PINYIN_LETTERS}]*[{TONE_MARKED}][{PINYIN_LETTERS}]*\)?|[,，][A-Za-z])(?=[{HAN}])")
# "…宣稱現(xi" at the end: an annotation cut short where the copy ends.
_PINYIN_CUT = re.compile(rf"(?<=[{HAN}])[(（][{PINYIN_LETTERS}]{{1,6}}$")
_LONE_BRACKET = re.compile(rf"(?<=[{HAN}])[\[\]](?=[{HAN}?？\s]|$)")
# "逾期130天" for 1-30 days, "3160天" for 31-60, "年化2436%" for 24-36 %.
_DAYS = re.compile(r"(?<![\d.\-–—~～])(\d{3,6})(?=\s*(?:天|日))")
_PERCENT = re.compile(r"(?<![\d.\-–—~～])(\d{4})(?=\s*[%％])")


def _misdecoded(run: str) -> bool:
    """UTF-8 text that was read as GBK: its GBK bytes are valid UTF-8 again, mostly Chinese."""
    data = run.encode("gb18030", errors="replace")
    back = data.decode("utf-8", errors="replace")
    chinese = sum(1 for c in back if "\u4e00" <= c <= "\u9fff" or "\u3000" <= c <= "\u303f" or "\uff00" <= c <= "\uffef")
    return chinese >= 2 and chinese * 3 >= 0.6 * len(data)


def _lost_dash(digits: str, unit: str) -> bool:
    for cut in range(1, len(digits)):
        a, b = digits[:cut], digits[cut:]
        if b.startswith("0"):
            continue
        first, second = int(a), int(b)
        if unit == "days" and first < second and first % 10 == 1 and second % 30 == 0:
            return True
        if unit == "percent" and cut == 2 and 10 <= first < second <= 99:
            return True
    return False


def strongly_garbled(text: str) -> bool:
    """Signs no real sentence shows: mis-decoded runs, U+FFFD, Latin-1 runs, a lone ASCII bracket."""
    return (any(_misdecoded(run) for run in _HAN_RUN.findall(text)) or "\ufffd" in text
            or bool(_LATIN1_RUN.search(text)) or bool(_PINYIN_SCRAP.search(text))
            or (bool(_LONE_BRACKET.search(text)) and text.count("[") != text.count("]")))


def garbling(text: str) -> list[tuple[str, str]]:
    """(what, excerpt) for each sign of garbling in one line of the draft."""
    found: list[tuple[str, str]] = []
    spans = protected_spans(text)
    for run in _HAN_RUN.findall(text):
        if _misdecoded(run):
            found.append(("mis-decoded characters (UTF-8 read as GBK?)", run))
            break
    if "\ufffd" in text:
        found.append(("undecodable characters (\ufffd)", text))
    found += [("characters of another encoding", m.group(0)) for m in _LATIN1_RUN.finditer(text)]
    found += [("an HTML entity left in the text", m.group(0)) for m in _ENTITY.finditer(text) if not inside(m.start(), spans)]
    if _LONE_BRACKET.search(text) and text.count("[") != text.count("]"):
        found.append(("a lone bracket inside Chinese text", text))
    found += [("what is left of a pinyin annotation (its character lost in decoding?)", text[max(0, m.start() - 4):m.end() + 4])
              for m in _PINYIN_SCRAP.finditer(text)]
    found += [("a pinyin annotation cut short at the end", text[-12:]) for _ in _PINYIN_CUT.finditer(text)]
    if found and "?" in text:
        found += [("a ? in garbled text (a character lost in decoding?)", text[max(0, m.start() - 4):m.end() + 4])
                  for m in _QUESTION_MARK.finditer(text) if not inside(m.start(), spans)]
    for pattern, unit, shown in ((_DAYS, "days", "天"), (_PERCENT, "percent", "%")):
        for m in pattern.finditer(text):
            if not inside(m.start(), spans) and _lost_dash(m.group(1), unit):
                found.append((f"a range that lost its dash? ({m.group(1)}{shown})", text[max(0, m.start() - 6):m.end() + 2]))
    return found


# --- claims that need a fact id -------------------------------------------------------------------
CLAIMS = {
    "legal rule": re.compile(
        r"《[^《》]{1,40}(?:法|法典|条例|规定|办法|解释|意见|通知|纪要|准则|规范)》|第[一二三四五六七八九十百千零\d]+条|\d+\s*条"
        r"|法律|法规|规定|依法|违法|合法(?!性|权益)|非法|有权|无权|无效|不发生效力|发生效力|生效|不得|应当|必须|须经|"
        r"登记|备案|持牌|牌照|监管|主张.{0,4}权利|"
        r"承担.{0,6}责任|构成.{0,8}罪|[犯获判]罪|拘留|坐牢|判刑|刑事|时效|强制执行|失信被执行人|法院|起诉|诉讼|仲裁|判决"),
    "deadline": re.compile(r"(?:\d+|[一二三四五六七八九十两几半百]+)\s*(?:个)?(?:天|日|周|个月|月|年|小时|工作日)(?:内|以内|之内|后|前|起|以上)?"
                           r"|期限|截止|宽限期|届满"),
    "amount": re.compile(r"\d[\d,.]*\s*(?:万|千|百|亿)?\s*(?:元|块钱|块)|[一二三四五六七八九十百千万两几]+(?:万)?元"
                         r"|\d[\d,.]*\s*(?:万|亿)|\d+(?:\.\d+)?\s*折"),
    "percentage": re.compile(r"\d+(?:\.\d+)?\s*[%％]|百分之|\d+\s*倍|年化|利率|LPR"),
}


def claims(sentence: str) -> list[str]:
    """The kinds of claim a sentence makes that a fact id must back, if it cites none."""
    if cited_ids(sentence):
        return []
    return [kind for kind, pattern in CLAIMS.items() if pattern.search(sentence)]


# --- over the whole draft ---------------------------------------------------------------------------
def body_lines(draft: str) -> list[tuple[int, str]]:
    """(draft line number, text without our TODO comments) of each line after the front matter."""
    lines = draft.split("\n")
    end = next(i for i in range(1, len(lines)) if lines[i] == "---")
    return [(n, _COMMENT.sub("", text)) for n, text in enumerate(lines[end + 1:], start=end + 2) if text.strip()]


def review(draft: str, rules: ContentRules) -> list[Finding]:
    findings: list[Finding] = []
    for number, text in body_lines(draft):
        plain = re.sub(r"^(?:#+|\d+\.|-)\s+", "", text)
        for word in words_found(plain, rules.banned_words):
            findings.append(Finding("words", f"{word} ({rules.banned_words[word]})", plain, number))
        for word in words_found(plain, rules.junk_markers):
            findings.append(Finding("words", f"{word} (site junk)", plain, number))
        for what, excerpt in garbling(plain):
            findings.append(Finding("garbled", what, excerpt, number))
        for sentence in _SENTENCE.findall(plain):
            kinds = claims(sentence)
            if kinds:
                findings.append(Finding("claims", ", ".join(kinds), sentence.strip(), number))
    return findings
