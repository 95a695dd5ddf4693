"""CI cannot pass by skipping, Hypothesis has a CI and a dev profile, Chromium is found as the
install script finds it, and `make test` says what it installs before it does (issue 17 item 4,
issue 14 item 6)."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def _env(**changes: str | None) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in ("CI", "HYPOTHESIS_PROFILE", "ACCORD_SHARED")}
    env["PYTHONPATH"] = os.pathsep.join([str(ROOT / "src"), str(ROOT)])
    env.update({k: v for k, v in changes.items() if v is not None})
    return env


def _pytest(test: str, **env: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "pytest", test, "-q", "-p", "no:cacheprovider", "-rs"],
                          cwd=ROOT, env=_env(**env), capture_output=True, text=True, timeout=120)


def test_a_missing_shared_folder_fails_in_ci_naming_it(tmp_path):
    """End to end, as CI runs it: the exit status and the message."""
    gone = tmp_path / "no-shared-here"
    done = _pytest("tests/nlp/test_dates_bench.py", CI="true", ACCORD_SHARED=str(gone))
    out = done.stdout + done.stderr
    assert done.returncode == 1, out
    assert "CI=true and ../shared is not beside this checkout" in out and str(gone) in out


@pytest.mark.parametrize("ci,outcome", [("true", pytest.fail.Exception), ("1", pytest.fail.Exception),
                                        ("yes", pytest.fail.Exception), (None, pytest.skip.Exception),
                                        ("false", pytest.skip.Exception), ("", pytest.skip.Exception)])
def test_missing_fails_in_ci_and_skips_elsewhere(monkeypatch, ci, outcome):
    from tests import conftest

    if ci is None:
        monkeypatch.delenv("CI", raising=False)
    else:
        monkeypatch.setenv("CI", ci)
    with pytest.raises(outcome, match="the seed folder is gone"):
        conftest.missing("the seed folder is gone")


@pytest.mark.parametrize("ci,profile,derandomize,examples", [
    ("true", None, True, 300), ("1", None, True, 300), (None, None, False, 100), ("false", None, False, 100),
    ("true", "dev", False, 100), (None, "ci", True, 300),
])
def test_hypothesis_profile_follows_ci(monkeypatch, ci, profile, derandomize, examples):
    import importlib

    from hypothesis import settings

    from tests import conftest

    for name, value in (("CI", ci), ("HYPOTHESIS_PROFILE", profile)):
        if value is None:
            monkeypatch.delenv(name, raising=False)
        else:
            monkeypatch.setenv(name, value)
    before = settings._current_profile
    try:
        importlib.reload(conftest)
        assert (settings.default.derandomize, settings.default.max_examples) == (derandomize, examples)
    finally:
        settings.load_profile(before)


def _executable(folder: Path, name: str) -> Path:
    path = folder / name
    path.write_text("#!/bin/sh\nexit 0\n")
    path.chmod(path.stat().st_mode | stat.S_IXUSR)
    return path


def test_chromium_is_found_on_path_first(tmp_path, monkeypatch):
    from tests.web import server

    fake = _executable(tmp_path, "chromium")
    monkeypatch.setenv("PATH", str(tmp_path))
    monkeypatch.delenv("ACCORD_CHROMIUM", raising=False)
    assert server.find_chromium() == str(fake)


def test_chromium_browser_and_accord_chromium_are_found(tmp_path, monkeypatch):
    from tests.web import server

    other = _executable(tmp_path, "chromium-browser")
    monkeypatch.setenv("PATH", str(tmp_path))
    monkeypatch.delenv("ACCORD_CHROMIUM", raising=False)
    assert server.find_chromium() == str(other)
    chosen = _executable(tmp_path, "my-chrome")
    monkeypatch.setenv("ACCORD_CHROMIUM", str(chosen))
    assert server.find_chromium() == str(chosen)


def test_no_chromium_gives_none_and_a_reason(tmp_path, monkeypatch):
    from tests.web import server

    monkeypatch.setenv("PATH", str(tmp_path))
    monkeypatch.delenv("ACCORD_CHROMIUM", raising=False)
    monkeypatch.setattr(server, "CANDIDATES", ("chromium", "chromium-browser", str(tmp_path / "usr-bin-chromium")))
    assert server.find_chromium() is None
    monkeypatch.setattr(os, "geteuid", lambda: 1000)
    reason = server.why_no_chromium()
    assert "Chromium is not installed" in reason and "not root" in reason and "install-browser.sh" in reason


def test_the_install_script_looks_where_the_tests_look():
    from tests.web import server

    script = (ROOT / "scripts" / "install-browser.sh").read_text()
    assert 'for candidate in "${ACCORD_CHROMIUM:-}" ' + " ".join(server.CANDIDATES) + "; do" in script


def test_make_test_says_what_it_installs_before_it_does():
    plan = subprocess.run(["make", "-n", "-B", "test"], cwd=ROOT, capture_output=True, text=True, timeout=60).stdout
    lines = plan.splitlines()
    pip = next(i for i, line in enumerate(lines) if "pip install" in line and "constraints.txt" in line)
    browser = next(i for i, line in enumerate(lines) if "install-browser.sh" in line and line.startswith("bash"))
    assert "installing accord with its test dependencies" in lines[pip - 1]
    assert "Chromium" in lines[browser - 1] and "apt-get" in lines[browser - 1]
    script = (ROOT / "scripts" / "install-browser.sh").read_text().splitlines()
    apt = next(i for i, line in enumerate(script) if line.startswith("apt-get"))
    said = next(i for i, line in enumerate(script) if "installing Debian's chromium" in line)
    assert said < apt
