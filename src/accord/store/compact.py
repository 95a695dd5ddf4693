"""Compact encodings for what a store keeps many times per article.

Why: a store that kept each annotation as a row with its own copy of the text it covers, and each
statement reference with its own copy of its sentence, took about 14 times the bytes of the
articles themselves (docs/store.md, "Bytes per article"). Here:

- a document's annotations are one zlib-compressed JSON array (`pack_annotations`); an
  annotation's `text` is left out when it is exactly the document text between its offsets (it
  always is for what the pipeline writes) and rebuilt from the document on the way out;
- a sentence (of a statement reference or a finding) is kept as its length when it is exactly the
  document text from its `sentence_start` (`sentence_length`), else as itself;
- JSON `extra` columns leave out fields that hold their default (`codec.to_row(compact=True)`).

Nothing is lost: whatever is not derivable from the document is stored as written, so every
record reads back equal to what was added (the conformance suite checks it on every backend).
"""

from __future__ import annotations

import dataclasses
import json
import zlib
from typing import Any, Iterable, Sequence

from accord.model import Annotation
from accord.store.codec import _field_names, as_dict, dumps, to_row

# The order of an annotation's fields in its packed array (start: the distance from the previous
# annotation's start; end: the length); anything else the model gains later goes, when set, into
# a trailing object.
_FIELDS = ("layer", "start", "end", "text", "label", "entity", "data")
_DEFAULTS: dict[str, Any] = {"label": None, "entity": None, "data": {}}
ZLIB_LEVEL = 6  # level 9 saved under 1% more on synthetic articles and took twice as long


def pack_annotations(text: str, annotations: Sequence[Annotation]) -> bytes:
    """The annotations (in the order given) as one compressed blob; TypeError for a value JSON
    cannot hold, before anything is written."""
    later = [n for n in _field_names(Annotation) if n not in _FIELDS]  # fields added to the model later
    rows, previous = [], 0
    for ann in annotations:
        # Offsets as the distance from the previous start and a length: short numbers compress
        # better (1.15 KB -> 0.82 KB per synthetic article).
        row = [ann.layer, ann.start - previous, ann.end - ann.start,
               None if ann.text == text[ann.start:ann.end] else ann.text,  # derivable: rebuilt on read
               ann.label, ann.entity, as_dict(ann)["data"] if ann.data else {}]
        while len(row) > 4 and row[-1] == _DEFAULTS.get(_FIELDS[len(row) - 1], object()):
            row.pop()  # trailing defaults (no label, no entity, empty data) cost nothing
        rest = {n: v for n, v in as_dict(ann).items() if n in later} if later else {}
        if rest:
            row += [None] * (len(_FIELDS) - len(row)) + [rest]
        rows.append(row)
        previous = ann.start
    return zlib.compress(dumps(rows).encode("utf-8"), ZLIB_LEVEL)


def unpack_annotations(text: str, blob: bytes, layer: str | None = None,
                       entity: str | None = None) -> list[tuple[int, Annotation]]:
    """(position, annotation) for each packed annotation of `layer` and `entity` (None: any)."""
    out, start = [], 0
    for seq, row in enumerate(json.loads(zlib.decompress(blob))):
        start += row[1]
        if (layer is not None and row[0] != layer) or (entity is not None and _at(row, 5) != entity):
            continue
        values = {name: _at(row, i) for i, name in enumerate(_FIELDS)}
        values["start"], values["end"] = start, start + row[2]
        if values["text"] is None:
            values["text"] = text[values["start"]:values["end"]]
        values["data"] = dict(values["data"] or {})  # never the shared default
        if len(row) > len(_FIELDS):
            values.update(row[len(_FIELDS)])
        out.append((seq, Annotation.from_dict(values)))
    return out


def _at(row: list, i: int) -> Any:
    return row[i] if i < len(row) else _DEFAULTS.get(_FIELDS[i])


def linked_entities(annotations: Iterable[Annotation]) -> list[str]:
    """The distinct linked entities of a document's annotations, sorted (what the per-entity
    index of documents holds)."""
    return sorted({a.entity for a in annotations if a.entity is not None})


def sentence_length(text: str, sentence: str, start: int) -> int | None:
    """len(sentence) when the document text from `start` is exactly `sentence` (so only the length
    needs storing), else None (the sentence is stored as written)."""
    if 0 <= start and text[start:start + len(sentence)] == sentence:
        return len(sentence)
    return None


def sentence_row(record: Any, text: str, columns: Sequence[str], omit: Sequence[str] = ()) -> tuple:
    """`codec.to_row` for a record with a `sentence` and a `sentence_start` (a reference, a
    finding): (columns..., sentence_start, sentence length, extra). When the sentence is the
    document's own text from sentence_start, both leave the JSON; else the length is None and the
    JSON keeps them as written."""
    length = sentence_length(text, record.sentence, record.sentence_start)
    if length is None:
        return (*to_row(record, columns, omit)[:-1], None, None, to_row(record, columns, omit)[-1])
    row = to_row(record, columns, (*omit, "sentence", "sentence_start"))
    return (*row[:-1], record.sentence_start, length, row[-1])


def with_sentence(data: dict[str, Any], sentence_start: int | None, sentence: str | None) -> dict[str, Any]:
    """A record's dict with the sentence cut from its document by the query put back (when it was
    stored as a length)."""
    if sentence is not None:
        data["sentence"] = sentence
        data["sentence_start"] = sentence_start
    return data


# -- evidence by reference ------------------------------------------------------------------------
# A finding's evidence quotes other articles: `{"type": "document", "doc_id", "start", "end",
# "sentence"}`, and a flag that absorbed others (reconcile/flags.py) carries theirs inside its
# items of type "finding". A claim thousands of articles make gave findings of 10 KB, most of it
# the documents' 64-digit ids and sentences copied from them. Stored (migration 0011), such an
# item is the list `[doc_key, start, end, offset of the sentence in the document, its length]`
# (the document's integer key in the store); read, it is the same dict again, its sentence cut
# from the document's text. Only items of exactly those five keys, in evidence made of dicts
# alone, whose sentence is in a stored document's text, are kept so: anything else as written.

DOCUMENT_KEYS = ("doc_id", "end", "sentence", "start", "type")  # the order JSON with sorted keys reads back


def evidence_documents(evidence: Sequence[Any]) -> set[str]:
    """The ids of the stored documents the evidence (as written) could quote by reference."""
    found: set[str] = set()
    for item in evidence:
        if _quotes(item):
            found.add(item["doc_id"])
        if isinstance(item, dict) and isinstance(item.get("evidence"), list):
            found |= evidence_documents(item["evidence"])
    return found


def _quotes(item: Any) -> bool:
    return (isinstance(item, dict) and item.get("type") == "document" and sorted(item) == list(DOCUMENT_KEYS)
            and isinstance(item["doc_id"], str) and isinstance(item["sentence"], str) and item["sentence"] != ""
            and all(type(item[k]) is int for k in ("start", "end")))


def _dicts_only(evidence: list) -> bool:
    return all(isinstance(i, dict) and (not isinstance(i.get("evidence"), list) or _dicts_only(i["evidence"]))
               for i in evidence)


def pack_evidence(evidence: list, documents: dict[str, tuple[int, str]]) -> list | None:
    """The evidence with each quote of a stored document (`documents`: id -> (key, text)) as
    its list; None when none is (or the evidence holds something other than dicts: kept as
    written)."""
    if not _dicts_only(evidence):
        return None
    packed = [_pack_item(item, documents) for item in evidence]
    return packed if packed != evidence else None


def _pack_item(item: dict, documents: dict[str, tuple[int, str]]) -> Any:
    if _quotes(item) and item["doc_id"] in documents:
        key, text = documents[item["doc_id"]]
        sentence = item["sentence"]
        at = text.find(sentence, max(0, item["end"] - len(sentence)))
        at = text.find(sentence) if at < 0 else at
        if at >= 0:
            return [key, item["start"], item["end"], at, len(sentence)]
    if isinstance(item.get("evidence"), list):
        return {**item, "evidence": [_pack_item(i, documents) for i in item["evidence"]]}
    return item


def packed_keys(evidence: list) -> set[int]:
    """The document keys that packed evidence quotes."""
    found: set[int] = set()
    for item in evidence:
        if isinstance(item, list):
            found.add(item[0])
        elif isinstance(item.get("evidence"), list):
            found |= packed_keys(item["evidence"])
    return found


def unpack_evidence(evidence: list, documents: dict[int, tuple[str, str]]) -> list:
    """`pack_evidence` undone (`documents`: key -> (id, text))."""
    out = []
    for item in evidence:
        if isinstance(item, list):
            key, start, end, at, length = item
            doc_id, text = documents[key]
            item = {"doc_id": doc_id, "end": end, "sentence": text[at:at + length], "start": start, "type": "document"}
        elif isinstance(item.get("evidence"), list):
            item = {**item, "evidence": unpack_evidence(item["evidence"], documents)}
        out.append(item)
    return out


def finding_row(finding: Any, text: str, documents: dict[str, tuple[int, str]], columns: Sequence[str],
                omit: Sequence[str] = ()) -> tuple:
    """`sentence_row` for a finding, its evidence by reference when it quotes stored documents
    (`documents`: id -> (key, text) of those it quotes): the JSON keeps it as `evidence_at`
    (not a field of Finding, so never mistaken for evidence as written)."""
    packed = pack_evidence(finding.evidence, documents)
    if packed is None:
        return sentence_row(finding, text, columns, omit)
    row = sentence_row(dataclasses.replace(finding, evidence=[]), text, columns, omit)
    extra = json.loads(row[-1])
    extra["evidence_at"] = packed
    return (*row[:-1], dumps(extra))


def pack_stored(extra: str, documents_of) -> str | None:
    """A finding's stored JSON (written before migration 0011) with its evidence by reference,
    or None when nothing changes; `documents_of(ids)` gives {id: (key, text)} of the stored
    documents among `ids`."""
    data = json.loads(extra)
    evidence = data.get("evidence")
    if not isinstance(evidence, list) or not (quoted := evidence_documents(evidence)):
        return None
    packed = pack_evidence(evidence, documents_of(quoted))
    if packed is None:
        return None
    del data["evidence"]
    data["evidence_at"] = packed
    return dumps(data)


def packed_documents(data: dict[str, Any]) -> set[int]:
    """The keys of the documents a finding's stored dict (from `finding_row`'s JSON) quotes."""
    return packed_keys(data["evidence_at"]) if "evidence_at" in data else set()


def with_evidence(data: dict[str, Any], documents: dict[int, tuple[str, str]]) -> dict[str, Any]:
    """A finding's stored dict with its evidence as written (`documents`: key -> (id, text) of
    `packed_documents`)."""
    if "evidence_at" in data:
        data["evidence"] = unpack_evidence(data.pop("evidence_at"), documents)
    return data


# -- findings' JSON, compressed -------------------------------------------------------------------
# What a finding keeps besides its columns (its claim, explanation and evidence: the KB's facts,
# quotes by reference, the findings it absorbed) is JSON that repeats its keys, the KB's fact
# layout and often its own claim: 440 bytes a finding and 1.7 KB a `contradicted_by_kb` in a store
# verified 40 times (docs/scale.md). Stored (migration 0012) as a version byte and a raw deflate
# stream primed with FINDING_WORDS, the words such JSON is made of (a preset dictionary: zlib on
# its own saved 45 % of those bytes, with the dictionary 66 %, as short JSON has little to refer
# back to). The dictionary is part of the format: a blob names the version it was written with,
# and a changed dictionary needs a new version (tests/store/test_packed_findings.py holds its hash).

PACKED_V1 = 1
MIN_PACKED = 64  # shorter JSON ("{}", a bare claim) is kept as written
FINDING_WORDS = (
    b'"asserted_by":"article","sentence_start":0,"statement_id":null,"confidence":{}'
    b'holds_presidency,participant_in,applied_to,invited_to_join,cooperates_with,candidate_for,'
    b'took_place_on,located_in,invaded,attended,hosted,left,'
    b'"kind":"conflicting_sources","kind":"surface_anomaly","kind":"unverifiable","kind":"new",'
    b'"kind":"supported","kind":"contradicted_by_kb","kind":"date_inconsistency",'
    b'(month only)(year only)"type":"document","doc_id":'
    b'"explanation":"No other source states this yet.","start":'
    b'{"as_of":"","end":null,"point_in_time":null,"property":"holds_office","property":"joined",'
    b'"property":"member_of","property":"partner_of","source":"https://","start":null,'
    b'"subject":"person:","subject":"state:","type":"kb","value":"office:","value":"org:"},'
    b'{"claim":"","evidence":[[],"explanation":"Another article gives another date: ",'
    b'"kind":"date_inconsistency","type":"finding"},{"claim":"","end":,"evidence":[{"as_of":"'
)


def pack_json(extra: str) -> tuple[str, bytes | None]:
    """(extra, None) for JSON kept as written; ("", its compressed bytes) when they are fewer."""
    if len(extra) < MIN_PACKED:
        return extra, None
    packer = zlib.compressobj(ZLIB_LEVEL, zlib.DEFLATED, -15, 9, zlib.Z_DEFAULT_STRATEGY, FINDING_WORDS)
    blob = bytes([PACKED_V1]) + packer.compress(extra.encode("utf-8")) + packer.flush()
    return ("", blob) if len(blob) < len(extra.encode("utf-8")) else (extra, None)


def unpack_json(extra: str, packed: bytes | None) -> str:
    """`pack_json` undone: the JSON as written."""
    if packed is None:
        return extra
    packed = bytes(packed)
    if packed[0] != PACKED_V1:
        raise ValueError(f"a finding packed with an unknown version ({packed[0]})")
    unpacker = zlib.decompressobj(-15, FINDING_WORDS)
    return (unpacker.decompress(packed[1:]) + unpacker.flush()).decode("utf-8")


def packed_finding_row(finding: Any, text: str, documents: dict[str, tuple[int, str]], columns: Sequence[str],
                       omit: Sequence[str] = ()) -> tuple:
    """`finding_row` with its JSON through `pack_json`: (..., extra, packed)."""
    row = finding_row(finding, text, documents, columns, omit)
    return (*row[:-1], *pack_json(row[-1]))
