"""`accord check` pauses the cyclic garbage collector while it loads the model, the KB and the
pipeline, then freezes what they made: the collector's state is as it was, the loaded objects are
never scanned again, and an error while loading leaves the collector running."""

from __future__ import annotations

import gc

import pytest

from accord.cli.check import _startup


@pytest.fixture(autouse=True)
def restore_gc():
    was = gc.isenabled()
    yield
    gc.unfreeze()
    gc.enable() if was else gc.disable()


def test_collector_paused_while_loading_then_running_with_the_loaded_objects_frozen():
    gc.enable()
    gc.unfreeze()
    with _startup():
        assert not gc.isenabled()
        loaded = [[] for _ in range(1000)]
    assert gc.isenabled()
    assert gc.get_freeze_count() >= len(loaded)


def test_a_disabled_collector_stays_disabled():
    gc.disable()
    with _startup():
        pass
    assert not gc.isenabled()


def test_an_error_while_loading_leaves_the_collector_running():
    gc.enable()
    with pytest.raises(RuntimeError), _startup():
        raise RuntimeError("model missing")
    assert gc.isenabled()
