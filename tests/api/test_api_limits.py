"""POST /api/documents with the defaults: a body up to --max-bytes (5,000,000) is stored, one byte
more is a clean 413, and a long article is annotated in parts (it answered 500 when spaCy
refused texts over 1,000,000 characters)."""

from __future__ import annotations

import warnings

import pytest

from accord.ingest import MAX_BYTES
from tests.api.test_api import assert_error_shape

PARAGRAPH = ("NATO Secretary General Jens Stoltenberg welcomed Finland as the 31st member of the alliance "
             "on 4 April 2023.")


def long_article(size: int) -> bytes:
    """A plain-text article of exactly `size` bytes: real sentences between long runs of one
    letter (paragraphs the pipeline reads fast, so a megabyte annotates in seconds)."""
    head = f"title: A long report\ndate 2024-01-15\n\n{PARAGRAPH}\n\n".encode()
    filler = (("x" * 9_000 + "\n\n" + PARAGRAPH + "\n\n") * (size // 9_000 + 1)).encode()
    return (head + filler)[:size]


def _client(tmp_path, kb, **options):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        from fastapi.testclient import TestClient
    from accord.api import create_app

    return TestClient(create_app(tmp_path / "limits.db", kb=kb, **options), raise_server_exceptions=False)


def _post(client, body: bytes):
    return client.post("/api/documents?source=long.txt", content=body, headers={"content-type": "text/plain"})


def test_a_6_mb_post_is_a_413_with_the_error_shape(tmp_path, kb):
    with _client(tmp_path, kb) as client:
        error = assert_error_shape(_post(client, long_article(6_000_000)), 413)
    assert error["code"] == "payload_too_large" and "5000000 bytes" in error["message"]


def test_the_default_limit_takes_a_body_of_max_bytes_and_refuses_one_byte_more(tmp_path, kb):
    with _client(tmp_path, kb, annotator=None) as client:
        assert _post(client, long_article(MAX_BYTES)).status_code == 201
        assert_error_shape(_post(client, long_article(MAX_BYTES + 1)), 413)


@pytest.mark.model
def test_a_1_5_mb_post_is_annotated_in_parts_and_stored(tmp_path, kb):
    with _client(tmp_path, kb) as client:
        response = _post(client, long_article(1_500_000))
        assert response.status_code == 201, response.text
        body = response.json()
        assert body["annotated"] is True and len(body["ingested"]) == 1 and body["failed"] == []
        doc_id = body["ingested"][0]["id"]
        people = client.get(f"/api/documents/{doc_id}/annotations?layer=mention").json()
    found = [a for a in people["annotations"] if a["entity"] == "person:jens-stoltenberg"]
    assert len(found) > 100 and max(a["start"] for a in found) > 1_000_000
