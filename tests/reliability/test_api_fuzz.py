"""schemathesis against the HTTP API's OpenAPI schema: whatever a client sends, no 5xx.

Only the server-error check runs: the response shapes are the API's own tests' business. The store
holds synthetic articles with annotations, statements and findings, so the routes that look
documents, entities and statements up have something to find.
"""

from __future__ import annotations

import warnings

import pytest

schemathesis = pytest.importorskip("schemathesis")
pytest.importorskip("accord.api")
from hypothesis import HealthCheck, given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402
from schemathesis.checks import not_a_server_error  # noqa: E402

from accord.model import Finding  # noqa: E402
from accord.store import open_store  # noqa: E402
from bench.synth import generate  # noqa: E402

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def api_schema(tmp_path_factory):
    from accord.api import create_app
    from accord.kb import load

    db = tmp_path_factory.mktemp("fuzz") / "fuzz.db"
    with open_store(db) as store:
        for n in range(12):
            doc, anns, sts = generate(n, seed=3, words=80).records()
            store.add(doc, anns, sts)
            ref = sts[0].references[0]
            store.set_findings([Finding("new", "Only this article says so.", doc.id, ref.start, ref.end,
                                        ref.sentence, sentence_start=ref.sentence_start)], [doc.id])
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        app = create_app(str(db), kb=load(), annotator=None, max_body=20_000)
    return schemathesis.openapi.from_asgi("/api/openapi.json", app)


def test_no_request_makes_the_server_fail(api_schema):
    # Each operation gets its own hypothesis run (schemathesis' pytest plugin does the same; it is
    # not used because it does not work with this pytest).
    operations = [result.ok() for result in api_schema.get_all_operations()]
    assert len(operations) > 10
    statuses: list[int] = []
    for operation in operations:
        @settings(max_examples=15, deadline=None, suppress_health_check=list(HealthCheck), database=None)
        @given(case=operation.as_strategy())
        def no_server_error(case):
            response = case.call()
            statuses.append(response.status_code)
            case.validate_response(response, checks=[not_a_server_error])

        no_server_error()
    # the requests reached the routes: some found something, some were refused as invalid
    assert len(statuses) > 5 * len(operations) and 200 in statuses and any(400 <= s < 500 for s in statuses)


# POST bodies of every size around the default limit, in every encoding: never a 5xx, and 413
# exactly when the body is over the limit (--max-bytes, 5,000,000 by default).
SIZES = st.sampled_from([1_000_000, 1_500_000, 5_000_000, 5_000_001, 6_000_000])
ENCODINGS = st.sampled_from(["utf-8", "mixed", "cp1252", "utf-16"])
CONTENT_TYPES = st.sampled_from(["text/plain", "text/html", "application/json", "application/x-ndjson"])
LINE = "NATO\u2019s foreign ministers met in Brussels on 4 April 2023, \u201csaid\u201d officials. "


def _body(size: int, encoding: str) -> bytes:
    line = (LINE * 20 + "\n").encode("cp1252" if encoding == "cp1252" else "utf-8")
    if encoding == "mixed":
        line += (LINE + "\n").encode("cp1252")
    if encoding == "utf-16":
        line = (LINE * 20 + "\n").encode("utf-16-le")
        return (b"\xff\xfe" + line * (size // len(line) + 1))[:size - size % 2]
    return (line * (size // len(line) + 1))[:size]


@pytest.fixture(scope="module")
def default_client(tmp_path_factory):
    from accord.api import create_app
    from accord.kb import load

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # starlette warns about httpx at import
        from fastapi.testclient import TestClient

        app = create_app(str(tmp_path_factory.mktemp("post") / "post.db"), kb=load(), annotator=None)
    with TestClient(app, raise_server_exceptions=False) as client:
        yield client


@settings(max_examples=12, deadline=None, suppress_health_check=list(HealthCheck), database=None)
@given(size=SIZES, encoding=ENCODINGS, ctype=CONTENT_TYPES)
def test_a_post_of_any_size_and_encoding_is_never_a_server_error(default_client, size, encoding, ctype):
    from accord.ingest import MAX_BYTES

    body = _body(size, encoding)
    response = default_client.post("/api/documents", content=body, headers={"content-type": ctype})
    assert response.status_code < 500, response.text
    assert (response.status_code == 413) == (len(body) > MAX_BYTES)
