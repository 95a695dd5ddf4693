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
# sentences copied from stored documents. Stored, such an item keeps `"sentence_at": [offset,
# length]` into its document's text in place of the sentence (migration 0011); read, the
# sentence is cut from the text again, at the same place among the item's keys.

def evidence_documents(evidence: Sequence[dict[str, Any]], packed: bool = False) -> set[str]:
    """The ids of the documents the evidence quotes (with `packed`: those kept by reference)."""
    key = "sentence_at" if packed else "sentence"
    found: set[str] = set()
    for item in evidence:
        if isinstance(item, dict):
            if item.get("type") == "document" and isinstance(item.get("doc_id"), str) and key in item:
                found.add(item["doc_id"])
            if isinstance(item.get("evidence"), list):
                found |= evidence_documents(item["evidence"], packed)
    return found


def pack_evidence(evidence: list[dict[str, Any]], texts: dict[str, str]) -> list[dict[str, Any]]:
    """The evidence with each quoted sentence found in its document's text (`texts`: id -> text)
    replaced by its offset and length; a sentence not found there is kept as written."""
    return [_pack_item(item, texts) if isinstance(item, dict) else item for item in evidence]


def _pack_item(item: dict[str, Any], texts: dict[str, str]) -> dict[str, Any]:
    out = dict(item)
    sentence, text = item.get("sentence"), texts.get(item.get("doc_id")) if item.get("type") == "document" else None
    if isinstance(sentence, str) and sentence and text is not None:
        end = item.get("end") if isinstance(item.get("end"), int) else 0
        at = text.find(sentence, max(0, end - len(sentence)))
        at = text.find(sentence) if at < 0 else at
        if at >= 0:
            out = {("sentence_at" if k == "sentence" else k): ([at, len(sentence)] if k == "sentence" else v)
                   for k, v in item.items()}
    if isinstance(item.get("evidence"), list):
        out["evidence"] = pack_evidence(item["evidence"], texts)
    return out


def unpack_evidence(evidence: list[dict[str, Any]], texts: dict[str, str]) -> list[dict[str, Any]]:
    """`pack_evidence` undone: each sentence cut from its document's text again."""
    return [_unpack_item(item, texts) if isinstance(item, dict) else item for item in evidence]


def _unpack_item(item: dict[str, Any], texts: dict[str, str]) -> dict[str, Any]:
    out = item
    if item.get("type") == "document" and "sentence_at" in item:
        at, length = item["sentence_at"]
        sentence = texts[item["doc_id"]][at:at + length]
        out = {("sentence" if k == "sentence_at" else k): (sentence if k == "sentence_at" else v)
               for k, v in item.items()}
    if isinstance(item.get("evidence"), list):
        out = {**out, "evidence": unpack_evidence(item["evidence"], texts)}
    return out


def _has_key(evidence: list, key: str) -> bool:
    return any(isinstance(i, dict) and (key in i or (isinstance(i.get("evidence"), list) and _has_key(i["evidence"], key)))
               for i in evidence)


def finding_row(finding: Any, text: str, texts: dict[str, str], columns: Sequence[str],
                omit: Sequence[str] = ()) -> tuple:
    """`sentence_row` for a finding, its evidence by reference when any of it quotes a stored
    document (`texts`: id -> text of the documents it quotes): the JSON keeps it as `evidence_at`
    (not a field of Finding, so never mistaken for evidence as written); an evidence that already
    holds a `sentence_at` of its own is kept as written."""
    packed = _packed(finding.evidence, texts)
    if packed is None:
        return sentence_row(finding, text, columns, omit)
    row = sentence_row(dataclasses.replace(finding, evidence=[]), text, columns, omit)
    extra = json.loads(row[-1])
    extra["evidence_at"] = packed
    return (*row[:-1], dumps(extra))


def _packed(evidence: list, texts: dict[str, str]) -> list | None:
    """The evidence packed, or None when nothing of it is kept by reference."""
    packed = None if _has_key(evidence, "sentence_at") else pack_evidence(evidence, texts)
    return None if packed is None or packed == evidence else packed


def pack_stored(extra: str, text_of) -> str | None:
    """A finding's stored JSON (written before migration 0011) with its evidence by reference,
    or None when nothing changes; `text_of(ids)` gives the texts of the stored documents among
    `ids` ({id: text})."""
    data = json.loads(extra)
    evidence = data.get("evidence")
    if not isinstance(evidence, list) or not (quoted := evidence_documents(evidence)):
        return None
    packed = _packed(evidence, text_of(quoted))
    if packed is None:
        return None
    del data["evidence"]
    data["evidence_at"] = packed
    return dumps(data)


def packed_documents(data: dict[str, Any]) -> set[str]:
    """The documents a finding's stored dict (from `finding_row`'s JSON) quotes by reference."""
    return evidence_documents(data["evidence_at"], packed=True) if "evidence_at" in data else set()


def with_evidence(data: dict[str, Any], texts: dict[str, str]) -> dict[str, Any]:
    """A finding's stored dict with its evidence as written (`texts`: `packed_documents`' texts)."""
    if "evidence_at" in data:
        data["evidence"] = unpack_evidence(data.pop("evidence_at"), texts)
    return data
