"""Fixtures for the KB tests: the bundled KB (built once, bypassing the on-disk cache so the
tests always check the data as it is now) and a writer of small user KB folders."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from accord.kb import DATA_DIR, build


@pytest.fixture(scope="session")
def kb():
    return build([DATA_DIR])


@pytest.fixture
def user_dir(tmp_path: Path):
    """Write {filename: data} as YAML files into a fresh folder and return it."""

    def write(files: dict[str, dict]) -> Path:
        folder = tmp_path / "userkb"
        folder.mkdir(exist_ok=True)
        for name, data in files.items():
            (folder / name).write_text(yaml.safe_dump(data, sort_keys=False), encoding="utf-8")
        return folder

    return write
