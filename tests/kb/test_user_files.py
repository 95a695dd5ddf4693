"""Issue 3, item 4: user folders in the same format, validated the same way (--kb, ACCORD_KB)."""

from __future__ import annotations

import pytest

from accord.errors import AccordError
from accord.kb import DATA_DIR, build, load

SRC = "https://example.org/registry"


def test_user_file_adds_entities_and_facts(user_dir):
    folder = user_dir({"mine.yaml": {
        "entities": [{"id": "org:pacific-defence-forum", "name": "Pacific Defence Forum", "abbreviations": ["PDF"]}],
        "fact_groups": [{"shared": {"property": "member_of", "value": "org:pacific-defence-forum", "source": SRC, "as_of": "2024-01-01"},
                         "facts": [{"subject": "state:NZL", "start": "2019-03"}, {"subject": "state:FJI", "start": "2019"}]}],
    }})
    kb = build([DATA_DIR, folder])
    st = kb.status("New Zealand", "PDF", on="2020-01-01")
    assert st.member and st.member_since == "2019-03" and st.sources == [SRC]
    assert [f.subject for f in kb.facts(property="joined", value="org:pacific-defence-forum")] == ["state:NZL", "state:FJI"]


@pytest.mark.parametrize("fact,message", [
    ({"subject": "state:NZL", "property": "member_of", "value": "org:NATO", "as_of": "2024-01-01"}, "source"),
    ({"subject": "state:NZL", "property": "member_of", "value": "org:NATO", "source": SRC}, "as_of"),
    ({"subject": "state:NZL", "property": "member_of", "value": "org:NATO", "source": SRC, "as_of": "2024-01"}, "full date"),
    ({"subject": "state:NZL", "property": "member_of", "value": "org:NATO", "source": SRC, "as_of": "2024-01-01", "start": "2023-02-30"}, "2023-02-30"),
    ({"subject": "state:NZL", "property": "member_of", "value": "org:NATO", "source": "nato.int", "as_of": "2024-01-01"}, "URL"),
    ({"subject": "state:NZL", "property": "likes", "value": "org:NATO", "source": SRC, "as_of": "2024-01-01"}, "vocabulary"),
    ({"subject": "state:NZL", "property": "member_of", "value": "org:NOPE", "source": SRC, "as_of": "2024-01-01"}, "does not resolve"),
    ({"subject": "state:NZL", "property": "member_of", "value": "org:NATO", "source": SRC, "as_of": "2024-01-01",
      "start": "2020-01-01", "end": "2019-01-01"}, "before start"),
])
def test_bad_user_fact_is_rejected_with_its_location(user_dir, fact, message):
    folder = user_dir({"bad.yaml": {"facts": [fact]}})
    with pytest.raises(AccordError, match=message) as info:
        build([DATA_DIR, folder])
    assert "bad.yaml: facts[0]" in str(info.value)


def test_duplicate_id_is_rejected(user_dir):
    folder = user_dir({"dup.yaml": {"entities": [{"id": "org:NATO", "name": "Another NATO"}]}})
    with pytest.raises(AccordError, match="duplicate id org:NATO"):
        build([DATA_DIR, folder])


def test_unmarked_shared_alias_is_rejected_and_marked_one_accepted(user_dir):
    entity = {"id": "org:new-atlantic-trade-org", "name": "New Atlantic Trade Organisation", "abbreviations": ["NATO"]}
    with pytest.raises(AccordError, match="not marked ambiguous"):
        build([DATA_DIR, user_dir({"a.yaml": {"entities": [entity]}})])


def test_overlapping_terms_across_layers_load_with_a_warning(user_dir):
    fact = {"subject": "person:jens-stoltenberg", "property": "holds_office", "value": "office:nzl-prime-minister",
            "start": "2023-03-01", "end": "2023-05-01", "source": SRC, "as_of": "2024-01-01"}
    folder = user_dir({"t.yaml": {"facts": [fact]}})
    kb = build([DATA_DIR, folder])
    [warning] = [w for w in kb.warnings if "single-holder" in w.reason]
    assert (warning.layer, warning.origin) == (str(folder), "t.yaml: facts[0]")
    assert "person:chris-hipkins" in warning.reason and str(folder) in str(warning)
    assert "person:jens-stoltenberg" in [h.person for h in kb.holders("office:nzl-prime-minister", on="2023-04-01")]


def test_overlapping_terms_inside_one_layer_are_still_an_error(user_dir):
    terms = [{"subject": p, "property": "holds_office", "value": "office:nzl-prime-minister", "start": "2099-01-01",
              "source": SRC, "as_of": "2024-01-01"} for p in ("person:jens-stoltenberg", "person:mark-rutte")]
    with pytest.raises(AccordError, match="single-holder"):
        build([DATA_DIR, user_dir({"t.yaml": {"facts": terms}})])


def test_missing_folder_is_an_error(tmp_path):
    with pytest.raises(AccordError, match="holds no"):
        build([DATA_DIR, tmp_path / "absent"])


def test_env_variable_adds_folders(user_dir, monkeypatch):
    folder = user_dir({"p.yaml": {"entities": [{"id": "person:ana-example", "name": "Ana Example"}]}})
    monkeypatch.setenv("ACCORD_KB", str(folder))
    monkeypatch.setenv("ACCORD_KB_CACHE", "0")
    assert load().entity("person:ana-example").name == "Ana Example"
    monkeypatch.delenv("ACCORD_KB")
    assert not load().has("person:ana-example")


def test_disk_cache_is_used_and_invalidated(user_dir, tmp_path, monkeypatch):
    from accord.kb import loader

    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    folder = user_dir({"p.yaml": {"entities": [{"id": "person:ana-example", "name": "Ana Example"}]}})
    loader.cached_build([DATA_DIR, folder])
    [written] = (tmp_path / "cache" / "accord").glob("kb-*.pickle")
    real_build = loader.build

    def no_build(folders):
        raise AssertionError("built again although the cache holds this KB")

    monkeypatch.setattr(loader, "build", no_build)
    assert loader.cached_build([DATA_DIR, folder]).entity("person:ana-example").name == "Ana Example"
    # a changed data file is a new key: built again (and the old file stays until pruned)
    (folder / "p.yaml").write_text("entities:\n  - {id: person:ana-example, name: Ana Renamed}\n", encoding="utf-8")
    with pytest.raises(AssertionError, match="built again"):
        loader.cached_build([DATA_DIR, folder])
    monkeypatch.setattr(loader, "build", real_build)
    assert loader.cached_build([DATA_DIR, folder]).entity("person:ana-example").name == "Ana Renamed"
    assert len(list(written.parent.glob("kb-*.pickle"))) == 2


def test_disk_cache_key_changes_with_the_kb_code(user_dir, tmp_path, monkeypatch):
    from accord.kb import loader

    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    folder = user_dir({"p.yaml": {"entities": [{"id": "person:ana-example", "name": "Ana Example"}]}})
    paths = loader._paths([DATA_DIR, folder])
    before = loader._cache_file(paths)
    assert loader.code_digest() == loader.code_digest()  # stable within a process
    monkeypatch.setattr(loader, "_CODE_DIGEST", ["code of another checkout"])
    assert loader._cache_file(paths) != before


def test_code_digest_reads_the_content_of_the_kb_package_and_the_model(monkeypatch):
    from pathlib import Path

    from accord.kb import loader

    monkeypatch.setattr(loader, "_CODE_DIGEST", [])
    read = []
    real = Path.read_bytes
    monkeypatch.setattr(Path, "read_bytes", lambda self: read.append(self.name) or real(self))
    loader.code_digest()
    assert {"loader.py", "temporal.py", "queries.py", "model.py", "dump.py"} <= set(read)


def test_disk_cache_keeps_only_the_newest_files(user_dir, tmp_path, monkeypatch):
    import os

    from accord.kb import loader

    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    cache = tmp_path / "cache" / "accord"
    cache.mkdir(parents=True)
    old = []
    for i in range(loader.CACHE_KEEP + 3):  # older than anything written now, oldest first
        path = cache / f"kb-old{i:02d}.pickle"
        path.write_bytes(b"stale")
        os.utime(path, (1_000_000 + i, 1_000_000 + i))
        old.append(path)
    (cache / "notes.txt").write_text("not a cache file")
    folder = user_dir({"p.yaml": {"entities": [{"id": "person:ana-example", "name": "Ana Example"}]}})
    loader.cached_build([DATA_DIR, folder])
    kept = {p.name for p in cache.glob("kb-*.pickle")}
    written = loader._cache_file(loader._paths([DATA_DIR, folder])).name
    # the one just written, then the newest of the old ones
    assert kept == {written} | {p.name for p in old[-(loader.CACHE_KEEP - 1):]}
    assert (cache / "notes.txt").exists()