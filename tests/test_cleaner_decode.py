"""Encodings the cleaner accepts, and the inputs it refuses (guide/cleaner/decode.py)."""
from __future__ import annotations

import codecs

import pytest

from guide.cleaner.decode import BINARY, EMPTY, UNDECODABLE, decode
from guide.cleaner.errors import CleanerError

TEXT = "网贷逾期怎么办\n\n逾期以后，先联系平台客服，说明情况（例如收入下降）。\n1. 保存短信\n"


@pytest.mark.parametrize("data,encoding", [
    (TEXT.encode("utf-8"), "UTF-8"),
    (codecs.BOM_UTF8 + TEXT.encode("utf-8"), "UTF-8 with BOM"),
    (codecs.BOM_UTF16_LE + TEXT.encode("utf-16-le"), "UTF-16 LE with BOM"),
    (codecs.BOM_UTF16_BE + TEXT.encode("utf-16-be"), "UTF-16 BE with BOM"),
    (TEXT.encode("utf-16-le"), "UTF-16 LE (no BOM)"),
    (TEXT.encode("utf-16-be"), "UTF-16 BE (no BOM)"),
    (TEXT.encode("gbk"), "GB18030/GBK"),
    (TEXT.encode("gb18030"), "GB18030/GBK"),
], ids=["utf8", "utf8-bom", "utf16le-bom", "utf16be-bom", "utf16le", "utf16be", "gbk", "gb18030"])
def test_each_encoding_decodes_to_the_same_text(data, encoding):
    assert decode(data) == (TEXT, encoding)


def test_gb18030_only_characters_decode():
    text = "逾期😀𠀀\n"  # outside GBK: GB18030 four-byte sequences
    assert decode(text.encode("gb18030"))[0] == text


@pytest.mark.parametrize("data", [
    b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00",   # NULs in no UTF-16 pattern
    "正文\x07\x1b内容".encode("utf-8"),                         # control characters
    b"abc\x00\x00\x00def\x00",                                  # NULs on both parities
], ids=["png", "control-chars", "mixed-nuls"])
def test_binary_is_refused(data):
    with pytest.raises(CleanerError) as error:
        decode(data)
    assert error.value.message == BINARY


def test_undecodable_is_refused():
    data = "逾期".encode("utf-8") + b"\xff\xfe\xff\xff"  # 0xFF starts nothing in UTF-8 or GB18030
    with pytest.raises(CleanerError) as error:
        decode(data)
    assert error.value.message == UNDECODABLE


@pytest.mark.parametrize("data", [b"", b" \n\t\r\n", codecs.BOM_UTF8, codecs.BOM_UTF16_LE + " \n".encode("utf-16-le")],
                         ids=["empty", "whitespace", "utf8-bom-only", "utf16-whitespace"])
def test_empty_is_refused(data):
    with pytest.raises(CleanerError) as error:
        decode(data)
    assert error.value.message == EMPTY
