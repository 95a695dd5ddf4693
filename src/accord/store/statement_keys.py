"""Statement ids on disk as 8 bytes (SQLite, migration 0015): the id's 16 hexadecimal digits
as the bytes they spell, in the statements, in every index on them, in the references and in
their order index, where the 16-character text took 17 bytes.

The id stays what the design makes it (protocol.statement_id: a hash of the statement's
identity, so two writers that store the same statement meet on the same key) and what every
reader sees (16 lower-case digits); only its storage changes. Bytes compare as the digits do
(memcmp of the bytes orders as the digits' text: '0' < ... < '9' < 'a' < ... < 'f'), so every
ORDER BY and keyset on the id gives the same order as before. An id that is not 16 lower-case
digits (none is written: every stored statement's id comes from statement_id) is kept as text,
and read back as it was.
"""

from __future__ import annotations

import re

_HEX16 = re.compile(r"[0-9a-f]{16}")


def key(statement_id: str) -> bytes | str:
    """The stored form of a statement id: its 8 bytes, or the id itself when it is not 16
    lower-case hexadecimal digits (text, which no stored 8-byte key equals)."""
    if isinstance(statement_id, str) and _HEX16.fullmatch(statement_id):
        return bytes.fromhex(statement_id)
    return statement_id


def sql_id(column: str) -> str:
    """SQLite expression giving back the id from its stored form in `column`."""
    return f"iif(typeof({column}) = 'blob', lower(hex({column})), {column})"


_DIGITS = "0123456789abcdef"


def after_key(after_id: str) -> bytes:
    """The stored bound for a keyset's id (`dated_statements(after=(date, id))`), which may be
    any text (a prefix of an id, ""): the largest 8-byte key whose digits are <= `after_id` as
    text, so that an id is after `after_id` exactly when its key is after the bound (no id of 16
    digits lies between the two); b"" (before every key) when no such key exists."""
    digits = []
    for i in range(16):
        if i == len(after_id):  # a proper prefix: every id that starts with it is after it
            return _before(digits)
        c = after_id[i]
        if c in _DIGITS:
            digits.append(c)
            continue
        below = [d for d in _DIGITS if d < c]
        if not below:  # every digit is after c here: the bound is below the prefix so far
            return _before(digits)
        return bytes.fromhex("".join(digits) + below[-1] + "f" * (15 - i))
    return bytes.fromhex("".join(digits))


def _before(digits: list[str]) -> bytes:
    """The largest key whose digits come before every id starting with `digits` (b"" if none)."""
    for j in range(len(digits) - 1, -1, -1):
        if digits[j] != "0":
            return bytes.fromhex("".join(digits[:j]) + _DIGITS[_DIGITS.index(digits[j]) - 1] + "f" * (15 - j))
    return b""
