"""Bytes to text: refuse empty and binary files, decode UTF-8, guess legacy encodings carefully.

A wrong guess silently corrupts every name in an article ("Mahuta" survives, "Åland" does not),
so a legacy encoding is accepted only when charset-normalizer finds a decoding with almost no
mess, and windows-1252 (the usual legacy encoding of Western news sites) wins a tie.
"""

from __future__ import annotations

import codecs
import unicodedata

from accord.errors import Errors, InputError

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


def decode_bytes(data: bytes, source: str) -> str:
    """The text of a file's bytes, or InputError (E001 empty, E002 binary, E003 undecodable)."""
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
    text = guess_legacy(data)
    if text is None:
        raise InputError(source, Errors.E003)
    return text


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
