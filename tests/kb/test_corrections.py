"""Issue 13, item 3: a user's layer replaces or retracts bundled facts (with reason and source),
and both show in queries, in checks, in `accord kb validate` and in the facts' provenance. A
conflict between layers is a warning and never stops the KB from loading."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from accord.cli import main
from accord.errors import AccordError
from accord.kb import DATA_DIR, build
from accord.model import Statement
from accord.reconcile.kbcheck import KBChecker

SRC = "https://example.org/correction"
OFFICE = "office:nzl-prime-minister"
HIPKINS = "person:chris-hipkins"


@pytest.fixture(scope="module")
def bundled_term(kb):
    """Hipkins's bundled term, read from the data so the test follows it."""
    (fact,) = kb.facts(subject=HIPKINS, property="holds_office", value=OFFICE)
    return fact


def selector(fact) -> dict:
    return {"subject": fact.subject, "property": fact.property, "value": fact.value, "start": fact.start.value}


def replace_layer(fact, end: str) -> dict:
    corrected = {**selector(fact), "end": end, "source": SRC, "as_of": "2026-12-01"}
    return {"corrections": [{"replace": selector(fact), "with": corrected, "reason": "a test: the term ended earlier",
                             "source": SRC, "as_of": "2026-12-01"}]}


def retract_layer(fact) -> dict:
    return {"corrections": [{"retract": selector(fact), "reason": "a test: no such term", "source": SRC,
                             "as_of": "2026-12-01"}]}


def verdict(kb, person, on):
    return KBChecker(kb).check(Statement(person, "holds_office", OFFICE, id="s"), on).kind


def test_replace_changes_queries_and_checks(bundled_term, user_dir):
    folder = user_dir({"fix.yaml": replace_layer(bundled_term, "2023-11-20")})
    kb = build([DATA_DIR, folder])
    [term] = kb.facts(subject=HIPKINS, property="holds_office", value=OFFICE)
    assert term.end.value == "2023-11-20" and term.layer == str(folder)
    assert term.corrects["reason"] == "a test: the term ended earlier"
    assert term.corrects["replaced"][0]["end"] == bundled_term.end.value
    assert term.provenance.startswith(f"[user: {folder}] corrects bundled")
    # the end day is exclusive: 2023-11-19 is his last day in the corrected layer
    assert [h.person for h in kb.holders(OFFICE, on="2023-11-19")] == [HIPKINS]
    assert kb.holders(OFFICE, on="2023-11-20") == []
    assert verdict(kb, HIPKINS, "2023-11-19") == "supported"
    assert verdict(kb, HIPKINS, "2023-11-20") == "unverifiable"  # the handover day: too close to call
    assert verdict(kb, HIPKINS, "2023-11-21") == "contradicted_by_kb"
    assert kb.warnings == [] and [c.kind for c in kb.corrections] == ["replace"]


def test_retract_removes_the_fact_from_queries_and_checks(bundled_term, user_dir):
    folder = user_dir({"fix.yaml": retract_layer(bundled_term)})
    kb = build([DATA_DIR, folder])
    assert kb.facts(subject=HIPKINS, property="holds_office", value=OFFICE) == []
    assert HIPKINS not in [h.person for h in kb.holders(OFFICE, on="2023-04-11")]
    assert verdict(kb, HIPKINS, "2023-04-11") != "supported"
    [c] = kb.corrections
    assert (c.kind, c.reason, c.matched[0].origin) == ("retract", "a test: no such term", bundled_term.origin)


def test_a_selector_matching_nothing_is_a_warning(user_dir):
    layer = {"corrections": [{"retract": {"subject": HIPKINS, "property": "holds_office", "start": "1999-01-01"},
                              "reason": "stale", "source": SRC, "as_of": "2026-12-01"}]}
    kb = build([DATA_DIR, user_dir({"stale.yaml": layer})])
    [w] = kb.warnings
    assert w.origin == "stale.yaml: corrections[0]" and "matches no fact" in w.reason
    assert kb.facts(subject=HIPKINS, property="holds_office", value=OFFICE)  # nothing retracted


def test_two_layers_disagreeing_on_a_term_is_a_warning(bundled_term, user_dir):
    other = {**selector(bundled_term), "end": "2023-11-20", "source": SRC, "as_of": "2026-12-01"}
    kb = build([DATA_DIR, user_dir({"dup.yaml": {"facts": [other]}})])
    [w] = kb.warnings
    assert "replace" in w.reason and bundled_term.origin in w.reason and "2023-11-20" in w.reason


def test_corrections_apply_only_to_earlier_layers(bundled_term, user_dir, tmp_path):
    first = user_dir({"fix.yaml": retract_layer(bundled_term)})
    second = tmp_path / "second"
    second.mkdir()
    fact = {**selector(bundled_term), "source": SRC, "as_of": "2026-12-01"}
    (second / "again.jsonl").write_text(json.dumps({"fact": fact}) + "\n", encoding="utf-8")
    kb = build([DATA_DIR, first, second])  # a later layer adds the term back
    assert [f.layer for f in kb.facts(subject=HIPKINS, property="holds_office", value=OFFICE)] == [str(second)]


def test_json_lines_correction(bundled_term, tmp_path):
    folder = tmp_path / "jsonl"
    folder.mkdir()
    line = {"correction": retract_layer(bundled_term)["corrections"][0]}
    (folder / "c.jsonl").write_text(json.dumps(line) + "\n", encoding="utf-8")
    kb = build([DATA_DIR, folder])
    assert kb.facts(subject=HIPKINS, property="holds_office", value=OFFICE) == []


@pytest.mark.parametrize("correction,message", [
    ({"retract": {"subject": HIPKINS, "property": "holds_office"}, "source": SRC, "as_of": "2026-12-01"}, "reason"),
    ({"retract": {"subject": HIPKINS}, "reason": "x", "source": SRC, "as_of": "2026-12-01"}, "property"),
    ({"replace": {"subject": HIPKINS, "property": "holds_office"}, "reason": "x", "source": SRC, "as_of": "2026-12-01"},
     "replace needs with"),
    ({"retract": {"subject": HIPKINS, "property": "holds_office"}, "reason": "x", "source": "a page", "as_of": "2026-12-01"},
     "URL"),
    ({"retract": {"subject": HIPKINS, "property": "holds_office", "colour": "red"}, "reason": "x", "source": SRC,
      "as_of": "2026-12-01"}, "colour"),
])
def test_a_bad_correction_is_an_error_with_its_location(user_dir, correction, message):
    with pytest.raises(AccordError, match=message) as info:
        build([DATA_DIR, user_dir({"bad.yaml": {"corrections": [correction]}})])
    assert "bad.yaml: corrections[0]" in str(info.value)


def test_facts_carry_their_layer(kb, user_dir):
    assert {f.layer for f in kb.facts()} == {"bundled"}
    folder = user_dir({"p.yaml": {"facts": [{"subject": "state:NZL", "property": "member_of", "value": "org:IP4",
                                             "source": SRC, "as_of": "2026-12-01"}]}})
    mine = build([DATA_DIR, folder])
    assert [f.layer for f in mine.facts(subject="state:NZL", property="member_of", value="org:IP4")][-1] == str(folder)
    assert mine.layers == ["bundled", str(folder)]


# -- the CLI -----------------------------------------------------------------------------------------
def run(*args):
    return CliRunner().invoke(main, ["kb", *args], catch_exceptions=False)


def test_validate_shows_replace_and_retract(bundled_term, user_dir, tmp_path):
    replaced = user_dir({"fix.yaml": replace_layer(bundled_term, "2023-11-20")})
    result = run("validate", "--kb", str(replaced))
    assert result.exit_code == 0, result.output
    assert f"replace [user: {replaced}] fix.yaml: corrections[0]: 1 fact(s)" in result.output
    assert "a test: the term ended earlier" in result.output and result.output.splitlines()[-1].startswith("valid:")
    retracted = tmp_path / "retracted"
    retracted.mkdir()
    (retracted / "r.yaml").write_text(json.dumps(retract_layer(bundled_term)), encoding="utf-8")
    data = json.loads(run("validate", "--kb", str(retracted), "--format", "json").output)
    assert data["valid"] is True and data["corrections"][0]["kind"] == "retract"
    assert data["corrections"][0]["matched"] == [{"layer": "bundled", "origin": bundled_term.origin}]


def test_validate_exits_1_on_a_layer_conflict(user_dir):
    layer = {"corrections": [{"retract": {"subject": HIPKINS, "property": "holds_office", "start": "1999-01-01"},
                              "reason": "stale", "source": SRC, "as_of": "2026-12-01"}]}
    folder = user_dir({"stale.yaml": layer})
    result = run("validate", "--kb", str(folder))
    assert result.exit_code == 1
    assert f"warning: [user: {folder}] stale.yaml: corrections[0]: retract matches no fact" in result.output
    data = json.loads(run("validate", "--kb", str(folder), "--format", "json").output)
    assert data["valid"] is False and data["warnings"][0]["origin"] == "stale.yaml: corrections[0]"


def test_holders_shows_the_layer_and_the_retraction(bundled_term, user_dir, tmp_path):
    replaced = user_dir({"fix.yaml": replace_layer(bundled_term, "2023-11-20")})
    text = run("holders", OFFICE, "--kb", str(replaced)).output
    assert f"[user: {replaced}]" in text and "corrects: bundled" in text
    data = json.loads(run("holders", OFFICE, "--on", "2023-04-11", "--kb", str(replaced), "--format", "json").output)
    [term] = data["holders"]
    assert term["layer"] == str(replaced) and term["corrects"]["reason"] == "a test: the term ended earlier"
    retracted = tmp_path / "retracted"
    retracted.mkdir()
    (retracted / "r.yaml").write_text(json.dumps(retract_layer(bundled_term)), encoding="utf-8")
    text = run("holders", OFFICE, "--kb", str(retracted)).output
    assert f"retracted [user: {retracted}]: {HIPKINS} holds_office {OFFICE}" in text and "a test: no such term" in text
    data = json.loads(run("holders", OFFICE, "--kb", str(retracted), "--format", "json").output)
    assert data["retracted"][0]["fact"]["subject"] == HIPKINS


def test_status_shows_a_user_fact_and_a_retraction(kb, tmp_path):
    (bundled,) = [f for f in kb.facts(subject="state:FIN", property="member_of", value="org:NATO")]
    folder = tmp_path / "fin"
    folder.mkdir()
    layer = {"corrections": [{"retract": {"subject": "state:FIN", "property": "member_of", "value": "org:NATO"},
                              "reason": "a test retraction", "source": SRC, "as_of": "2026-12-01"}],
             "facts": [{"subject": "state:FIN", "property": "member_of", "value": "org:NATO",
                        "start": bundled.start.value, "source": SRC, "as_of": "2026-12-01"}]}
    (folder / "fin.yaml").write_text(json.dumps(layer), encoding="utf-8")
    text = run("status", "Finland", "NATO", "--on", "2024-01-01", "--kb", str(folder)).output
    assert f"source: {SRC} [user: {folder}]" in text
    assert f"retracted [user: {folder}]: state:FIN member_of org:NATO" in text and "a test retraction" in text
    data = json.loads(run("status", "Finland", "NATO", "--on", "2024-01-01", "--kb", str(folder), "--format", "json").output)
    assert data["member"] is True and data["facts"][0]["layer"] == str(folder)
    assert data["retracted"][0]["fact"]["origin"] == bundled.origin and data["retracted"][0]["reason"] == "a test retraction"
    assert bundled.provenance == ""
