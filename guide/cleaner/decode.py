"""Turn the bytes of a scraped article into text, detecting UTF-8, UTF-16 or GB18030/GBK.

No chardet: the three encodings these articles come in can be told apart by rules. BOMs first;
then NUL bytes, which only UTF-16 (or a binary file) has; then strict UTF-8, which random GBK
text almost never passes; then GB18030, a superset of GBK and GB2312.
"""
from __future__ import annotations

import codecs
import re

from guide.cleaner.errors import CleanerError

_BOMS = [  # longest first is not needed: no BOM here is a prefix of another
    (codecs.BOM_UTF8, "utf-8", "UTF-8 with BOM"),
    (codecs.BOM_UTF16_LE, "utf-16-le", "UTF-16 LE with BOM"),
    (codecs.BOM_UTF16_BE, "utf-16-be", "UTF-16 BE with BOM"),
]
# Control characters never found in an article: C0 except tab/newline/CR/form feed, DEL, C1.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f]")

BINARY = ("looks like a binary file, not a text article (it has NUL bytes or control characters); "
          "pass the article as plain text")
UNDECODABLE = ("is not valid UTF-8, UTF-16 or GB18030/GBK text; "
               "open it in an editor and save it as UTF-8, then run again")
EMPTY = "is empty (nothing but whitespace); pass a file that holds the article text"


def _utf16_without_bom(data: bytes) -> tuple[str, str] | None:
    """UTF-16 LE or BE, judged by where the NUL bytes fall (the high byte of ASCII characters).

    Chinese characters have no NUL byte, so only newlines, spaces and ASCII give NULs: all of them
    on odd offsets means little-endian, all on even offsets big-endian. Mixed means binary.
    """
    if len(data) % 2:
        return None
    odd = sum(1 for i in range(1, len(data), 2) if data[i] == 0)
    even = sum(1 for i in range(0, len(data), 2) if data[i] == 0)
    if odd and not even:
        codec = "utf-16-le"
    elif even and not odd:
        codec = "utf-16-be"
    else:
        return None
    try:
        return data.decode(codec), codec.upper().replace("-LE", " LE").replace("-BE", " BE") + " (no BOM)"
    except UnicodeDecodeError:
        return None


def decode(data: bytes) -> tuple[str, str]:
    """Return (text, name of the encoding found); raise CleanerError for empty, binary, undecodable."""
    if not data.strip():
        raise CleanerError(EMPTY)
    text = encoding = None
    for bom, codec, name in _BOMS:
        if data.startswith(bom):
            try:
                text, encoding = data[len(bom):].decode(codec), name
            except UnicodeDecodeError:
                raise CleanerError(f"starts with a {name.split(' with')[0]} byte-order mark but is not valid "
                                   f"{name.split(' with')[0]}; save it again as UTF-8") from None
            break
    if text is None and b"\x00" in data:
        found = _utf16_without_bom(data)
        if found is None:
            raise CleanerError(BINARY)
        text, encoding = found
    if text is None:
        for codec, name in (("utf-8", "UTF-8"), ("gb18030", "GB18030/GBK")):
            try:
                text, encoding = data.decode(codec), name
                break
            except UnicodeDecodeError:
                continue
        else:
            raise CleanerError(UNDECODABLE)
    if _CONTROL.search(text):
        raise CleanerError(BINARY)
    if not text.strip():
        raise CleanerError(EMPTY)
    return text, encoding
