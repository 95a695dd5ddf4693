"""Build accord's annotation pipeline: the spaCy model plus accord's components from config.cfg.

    from accord.nlp.pipeline import load_pipeline
    nlp = load_pipeline()          # the bundled KB
    nlp = load_pipeline(kb=my_kb)  # a KB built by the caller (tests)

Components load their data (KB gazetteer, fuzzy index) in `initialize`, called here with the
KB, never in `__init__`; the model's own components are not re-initialised. Optional components
(dates, quotes, statements) are added only when their module exists in this checkout.
"""

from __future__ import annotations

import importlib
from pathlib import Path
from typing import Any

from accord.errors import AccordError, Errors

CONFIG_PATH = Path(__file__).resolve().parent / "config.cfg"


def read_config(path: Path = CONFIG_PATH) -> dict[str, Any]:
    """The pipeline config as a plain dict; AccordError(E202) when it is malformed."""
    from thinc.api import Config

    try:
        config = Config().from_disk(path, interpolate=False)
    except Exception as err:  # thinc raises several kinds on bad syntax
        raise AccordError(Errors.E202.format(path=path, reason=err)) from err
    accord = config.get("accord") or {}
    for key in ("model", "pipeline", "modules"):
        if key not in accord:
            raise AccordError(Errors.E202.format(path=path, reason=f"[accord] has no {key!r}"))
    return dict(config)


def load_model(name: str, package: str = ""):
    """The bare spaCy model; AccordError(E201) naming the package when it is not installed."""
    import spacy

    try:
        return spacy.load(name)
    except OSError as err:
        raise AccordError(Errors.E201.format(name=name, package=package or name)) from err


def load_pipeline(kb=None, config_path: Path = CONFIG_PATH, model=None):
    """The spaCy model with accord's components added and initialised with `kb`.

    `kb` defaults to the bundled KB (`accord.kb.load()`); `model` is an already loaded spaCy
    Language to extend instead of loading the configured one (benchmarks compare models).
    """
    config = read_config(config_path)
    settings = config["accord"]
    nlp = model if model is not None else load_model(settings["model"], settings.get("package", ""))
    split_marks_before_words(nlp)
    keep_hyphenated_titles(nlp)
    if kb is None:
        from accord.kb import load

        kb = load()
    for name in available_components(settings, config_path):
        options = dict((config.get("components") or {}).get(name) or {})
        placement = {k: options.pop(k) for k in ("before", "after") if k in options}
        nlp.add_pipe(name, name=name, config=options, **placement)
        initialize_component(nlp, name, kb)
    return nlp


# A wire dateline run into the lede by a dash with no space after it: "OSLO/BRUSSELS -NATO
# Secretary-General X said ...". The tokenizer keeps "-NATO" as one token, which no name, title or
# organisation then matches; a hyphen opening a token before a capital letter is split off.
DASH_BEFORE_CAPITAL = r"^-(?=[A-Z])"
# A list marker run into its item: "•Sweden became ...". The tokenizer kept "•Sweden" as one
# token (it splits "▪" and most other symbols off, not "•"); the marker is split off, so the name
# is matched and the item parsed apart from the marker (nlp/extract/paragraphs.list_item_starts).
BULLET_BEFORE_WORD = r"^[•‣⁃◦](?=\w)"
EXTRA_PREFIXES = (DASH_BEFORE_CAPITAL, BULLET_BEFORE_WORD)


def split_marks_before_words(nlp) -> None:
    """Add EXTRA_PREFIXES to the tokenizer's prefixes (each once; patterns, so the tokenizer
    still serialises)."""
    import re

    search = nlp.tokenizer.prefix_search
    pattern = getattr(getattr(search, "__self__", None), "pattern", None)
    if pattern is None:
        return
    missing = [extra for extra in EXTRA_PREFIXES if extra not in pattern]
    if missing:
        nlp.tokenizer.prefix_search = re.compile("|".join([pattern, *missing])).search


# Titles written with hyphens that the tokenizer would cut into five tokens ("Chairperson", "-",
# "in", "-", "Office"), which no title reader takes for one title: the OSCE's Chairperson-in-Office
# (kb23). Each is kept as one token, in the capitalisations news writes.
HYPHENATED_TITLES = tuple(f"{head}-in-{office}" for head in ("Chairperson", "Chair", "Chairman", "Chairwoman")
                          for office in ("Office", "office"))


def keep_hyphenated_titles(nlp) -> None:
    """Add each of HYPHENATED_TITLES, and its lower-case form, as a special case of the tokenizer
    (one token)."""
    from spacy.symbols import ORTH

    for title in HYPHENATED_TITLES:
        for form in {title, title.lower()}:
            nlp.tokenizer.add_special_case(form, [{ORTH: form}])


def available_components(settings: dict, config_path: Path = CONFIG_PATH) -> list[str]:
    """The configured components whose factories can be registered, in config order."""
    from spacy.language import Language

    optional = set(settings.get("optional") or ())
    found = []
    for name in settings["pipeline"]:
        module = settings["modules"].get(name)
        try:
            if module:
                importlib.import_module(module)
        except ModuleNotFoundError as err:
            if name in optional and err.name == module:
                continue
            raise
        if not Language.has_factory(name):
            if name in optional:
                continue
            raise AccordError(Errors.E203.format(path=config_path, name=name))
        found.append(name)
    return found


def initialize_component(nlp, name: str, kb) -> None:
    """Call the component's own `initialize` (with the KB when it takes one)."""
    import inspect

    pipe = nlp.get_pipe(name)
    init = getattr(pipe, "initialize", None)
    if init is None:
        return
    params = inspect.signature(init).parameters
    kwargs = {"nlp": nlp} if "nlp" in params else {}
    if "kb" in params:
        kwargs["kb"] = kb
    init(lambda: [], **kwargs)


def model_info(nlp) -> dict[str, str]:
    """{"name", "version"} of the statistical model under the pipeline: "en_core_web_sm 3.8.0"."""
    meta = nlp.meta
    return {"name": f"{meta.get('lang', 'xx')}_{meta.get('name', 'unknown')}", "version": str(meta.get("version", ""))}
