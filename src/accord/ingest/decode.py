"""Bytes to text: refuse empty and binary files, decode UTF-8, guess legacy encodings carefully.

A wrong guess silently corrupts every name in an article ("Mahuta" survives, "Åland" does not),
so a legacy encoding is accepted only when charset-normalizer finds a decoding with almost no
mess, and windows-1252 (the usual legacy encoding of Western news sites) wins a tie.

Scraped news often mixes the two: a UTF-8 page with a paragraph pasted from a windows-1252
source. A file with at least one line of valid non-ASCII UTF-8 (a multi-byte sequence that
windows-1252 text almost never forms by chance) is decoded line by line instead: each line as
UTF-8 where it is valid, else as windows-1252, and a warning names the lines repaired.
"""

from __future__ import annotations

import codecs
import unicodedata

from typing import Callable

from accord.errors import Errors, InputError, InputWarning

# File signatures of formats that are certainly not articles in text form.
BINARY_SIGNATURES = (
    b"%PDF", b"\x89PNG", b"GIF8", b"\xff\xd8\xff", b"PK\x03\x04", b"\x1f\x8b", b"\x7fELF",
    b"BZh", b"\xfd7zXZ", b"7z\xbc\xaf", b"SQLite format 3\x00", b"\xd0\xcf\x11\xe0",
)
# Byte-order marks, longest first (the UTF-32 LE mark starts with the UTF-16 LE one).
BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"), (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be"),
)
_TEXT_CONTROLS = frozenset(b"\t\n\r\f\v\x1b")
MAX_CONTROL_SHARE = 0.05  # of the first SAMPLE bytes
SAMPLE = 8192
MAX_MESS = 0.05  # charset-normalizer's "chaos" as a fraction
_UNDEFINED_1252 = frozenset(b"\x81\x8d\x8f\x90\x9d")
SHOWN_LINES = 10  # repaired line numbers listed in a warning


def decode_bytes(data: bytes, source: str, warn: Callable[[InputWarning], None] | None = None) -> str:
    """The text of a file's bytes, or InputError (E001 empty, E002 binary, E003 undecodable).

    `warn` is called with an InputWarning (W001) when lines were repaired."""
    if not data.strip():
        raise InputError(source, Errors.E001)
    for bom, encoding in BOMS:
        if data.startswith(bom):
            return _decode_with_bom(data[len(bom):], encoding, source)
    if looks_binary(data):
        raise InputError(source, Errors.E002)
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    mixed = decode_mixed(data)
    if mixed is not None:
        text, repaired = mixed
        if warn is not None:
            warn(InputWarning(source, Errors.W001.format(count=len(repaired), lines=_line_list(repaired))))
        return text
    text = guess_legacy(data)
    if text is None:
        raise InputError(source, Errors.E003)
    return text


def decode_mixed(data: bytes) -> tuple[str, list[int]] | None:
    """(text, 1-based numbers of the lines read as windows-1252) when the bytes are UTF-8 with
    some lines in windows-1252; None when no line is non-ASCII UTF-8 (not a UTF-8 file at all)."""
    lines = data.split(b"\n")
    decoded: list[str] = []
    repaired: list[int] = []
    utf8_evidence = False
    for number, line in enumerate(lines, 1):
        try:
            text = line.decode("utf-8")
            utf8_evidence = utf8_evidence or not line.isascii()
        except UnicodeDecodeError:
            text = _windows_1252(line)
            repaired.append(number)
        decoded.append(text)
    if not utf8_evidence or garbled("\n".join(decoded[n - 1] for n in repaired)):  # binary between lines
        return None
    return "\n".join(decoded), repaired


def _windows_1252(line: bytes) -> str:
    """A line in windows-1252; its five undefined bytes read as Latin-1 (C1 controls)."""
    try:
        return line.decode("cp1252")
    except UnicodeDecodeError:
        return "".join(chr(b) if b in _UNDEFINED_1252 else bytes([b]).decode("cp1252") for b in line)


def _line_list(numbers: list[int]) -> str:
    shown = ", ".join(str(n) for n in numbers[:SHOWN_LINES])
    return shown + (f" and {len(numbers) - SHOWN_LINES} more" if len(numbers) > SHOWN_LINES else "")


def looks_binary(data: bytes) -> bool:
    """True for known binary signatures, NUL bytes, or many control bytes near the start."""
    if data.startswith(BINARY_SIGNATURES):
        return True
    sample = data[:SAMPLE]
    if b"\x00" in sample:
        return True
    controls = sum(1 for byte in sample if byte < 0x20 and byte not in _TEXT_CONTROLS)
    return controls > MAX_CONTROL_SHARE * len(sample)


def guess_legacy(data: bytes) -> str | None:
    """Decode non-UTF-8 bytes when an encoding fits with confidence, else None."""
    from charset_normalizer import from_bytes
    from charset_normalizer.md import mess_ratio

    best = from_bytes(data).best()
    best_mess = best.percent_chaos / 100 if best is not None else 1.0
    try:
        western = data.decode("cp1252")
    except UnicodeDecodeError:
        western = None
    if western is not None:
        mess = mess_ratio(western, 1.0)
        if mess <= MAX_MESS and mess <= best_mess + 0.01:
            return western
    if best is not None and best_mess <= MAX_MESS:
        return str(best)
    return None


def _decode_with_bom(body: bytes, encoding: str, source: str) -> str:
    try:
        text = body.decode(encoding)
    except UnicodeDecodeError as err:
        raise InputError(source, Errors.E003) from err
    if not text.strip():
        raise InputError(source, Errors.E001)
    if garbled(text):  # binary data that happens to start like a byte-order mark
        raise InputError(source, Errors.E002)
    return text


def garbled(text: str) -> bool:
    """True when many characters are controls, unassigned or private: not text in any language."""
    sample = text[:SAMPLE]
    odd = sum(1 for ch in sample if ch not in "\t\n\r\f\v" and unicodedata.category(ch) in ("Cc", "Cn", "Co", "Cs"))
    return odd > MAX_CONTROL_SHARE * len(sample)
