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


# -- mostly UTF-8 with windows-1252 lines: decoded line by line, the lines named -----------------

from accord.errors import InputWarning  # noqa: E402

UTF8_LINE = "Foreign Minister Nanaia Mahuta said \u201cwe stand together\u201d.\n"
CP1252_LINE = "NATO\u2019s chief called the summit \u201chistoric\u201d.\n"


def _decoded(data: bytes) -> tuple[str, list[InputWarning]]:
    warnings: list[InputWarning] = []
    return decode_bytes(data, "mixed.txt", warnings.append), warnings


def test_a_utf8_file_with_windows_1252_lines_is_decoded_line_by_line_with_a_warning():
    data = UTF8_LINE.encode() + CP1252_LINE.encode("cp1252") + b"ascii\n" + CP1252_LINE.encode("cp1252")
    text, warnings = _decoded(data)
    assert text == UTF8_LINE + CP1252_LINE + "ascii\n" + CP1252_LINE
    assert warnings == [InputWarning("mixed.txt", Errors.W001.format(count=2, lines="2, 4"))]


def test_a_plain_utf8_file_gives_no_warning():
    assert _decoded((UTF8_LINE * 3).encode()) == (UTF8_LINE * 3, [])


def test_without_any_non_ascii_utf8_line_the_whole_file_is_a_legacy_encoding_and_no_warning():
    text, warnings = _decoded(FRENCH.encode("cp1252") + b"\nascii only\n")
    assert text == FRENCH + "\nascii only\n" and warnings == []


def test_the_five_bytes_windows_1252_leaves_undefined_still_decode():
    text, warnings = _decoded(UTF8_LINE.encode() + b"Caf\xe9 \x81 and \x9d in a longer line of text that goes on and on\n")
    assert text.endswith("Caf\u00e9 \x81 and \x9d in a longer line of text that goes on and on\n") and len(warnings) == 1


@pytest.mark.parametrize("bad,shown", [(10, "1, 2, 3, 4, 5, 6, 7, 8, 9, 10"),
                                       (11, "1, 2, 3, 4, 5, 6, 7, 8, 9, 10 and 1 more")])
def test_the_warning_lists_ten_line_numbers_then_how_many_more(bad, shown):
    data = CP1252_LINE.encode("cp1252") * bad + UTF8_LINE.encode()
    _, [warning] = _decoded(data)
    assert warning.reason == Errors.W001.format(count=bad, lines=shown)


LINE_TEXT = st.text(alphabet="abc XYZ.,\u00e9\u00fc\u00e0\u00f6\u2019\u201c\u201d\u2014", max_size=30)


@settings(max_examples=150)
@given(st.lists(st.tuples(LINE_TEXT, st.booleans()), min_size=1, max_size=12))
def test_any_mix_of_utf8_and_windows_1252_lines_decodes_to_the_lines_written(lines):
    from hypothesis import assume

    encoded = []
    for line, legacy in lines:
        raw = line.encode("cp1252" if legacy else "utf-8")
        if legacy and not raw.isascii():
            try:
                raw.decode("utf-8")
                assume(False)  # windows-1252 bytes that happen to be valid UTF-8 cannot be told apart
            except UnicodeDecodeError:
                pass
        encoded.append(raw)
    data = UTF8_LINE.encode() + b"\n".join(encoded)
    assume(data.strip())
    text, _ = _decoded(data)
    assert text == UTF8_LINE + "\n".join(line for line, _ in lines)
