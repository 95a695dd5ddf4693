"""Bytes to text: empty, binary, UTF-8, byte-order marks, legacy encodings, undecodable."""

from __future__ import annotations

import codecs

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from accord.errors import Errors, InputError
from accord.ingest.decode import decode_bytes, looks_binary

GERMAN = ("Die Ministerin sagte, dass die Allianz größer wird und Übungen plant. Außerdem erklärte "
          "sie, dass zwei Länder beitreten würden; die Gespräche seien schwierig gewesen.")
FRENCH = "Le ministre a dit « bonjour » à l’alliance à Bruxelles, où les alliés se réunissent."


def _refused(data: bytes) -> str:
    with pytest.raises(InputError) as caught:
        decode_bytes(data, "in.txt")
    assert caught.value.source == "in.txt"
    return caught.value.reason


def test_empty_file_is_e001():
    assert _refused(b"") == Errors.E001
    assert _refused(b"  \n\t\n") == Errors.E001


def test_binary_file_is_e002():
    assert _refused(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj") == Errors.E002
    assert _refused(b"text\x00with a nul byte") == Errors.E002
    assert _refused(bytes(range(1, 32)) * 10) == Errors.E002


def test_utf8_with_and_without_bom():
    assert decode_bytes("Mahuta said “yes”.".encode(), "a") == "Mahuta said “yes”."
    assert decode_bytes(codecs.BOM_UTF8 + "Åland".encode(), "a") == "Åland"


def test_utf16_with_bom_is_not_binary():
    assert decode_bytes("Te Reo Māori".encode("utf-16"), "a") == "Te Reo Māori"


def test_legacy_western_encodings_are_detected():
    assert decode_bytes(GERMAN.encode("latin-1"), "a") == GERMAN
    assert decode_bytes(FRENCH.encode("cp1252"), "a") == FRENCH


def test_cyrillic_legacy_encoding_is_detected():
    text = "Министры стран альянса обсудили расширение и новые учения на севере."
    assert decode_bytes(text.encode("cp1251"), "a") == text


def test_undecodable_bytes_are_e003():
    assert _refused(bytes(range(0x80, 0x100)) * 4) == Errors.E003


def test_looks_binary_accepts_ordinary_text():
    assert not looks_binary(b"Line one.\r\n\tLine two.\f")


@settings(max_examples=150)
@given(st.binary(max_size=400))
def test_any_bytes_give_text_or_input_error(data):
    try:
        assert isinstance(decode_bytes(data, "x"), str)
    except InputError as err:
        assert err.reason in (Errors.E001, Errors.E002, Errors.E003)


def test_binary_behind_a_byte_order_mark_is_e002():
    controls_and_private_use = b"\x01\x00\x02\x00\x00\xe0\x01\xe0" * 50
    assert _refused(codecs.BOM_UTF16_LE + controls_and_private_use) == Errors.E002
    assert _refused(codecs.BOM_UTF16_LE + b"\x00\xd8") == Errors.E003  # a lone surrogate
