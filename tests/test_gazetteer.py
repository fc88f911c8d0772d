"""kg.extract.gazetteer: names, demonyms, seats of government and office holders, read from the
shipped data files, and from small files written here to pin down how each field is read."""

from __future__ import annotations

import json
from datetime import date

import pytest

from kg.extract.gazetteer import load, norm
from kg.extract.nlp import gazetteer


@pytest.fixture(scope="module")
def gaz():
    return gazetteer()


@pytest.mark.parametrize("name, key", [
    ("Ukraine", "ukraine"), ("the Ukraine", "ukraine"), ("KYIV", "kyiv"), ("Kyïv", "kyiv"), ("Kiev", "kyiv"),
    ("U.S.", "united-states"), ("USA", "united-states"), ("Zelenskyy", "volodymyr-zelenskyy"),
    ("Volodymyr Zelensky", "volodymyr-zelenskyy"), ("Zelenskiy", "volodymyr-zelenskyy"),
    ("Patriot missiles", "patriot"), ("Shahed drones", "shahed-136"), ("Kremlin", "seat-kremlin"),
    ("Pakistan Taliban", "tehrik-i-taliban-pakistan"), ("Taliban", "taliban"), ("ECOWAS", "ecowas"),
    ("Jokowi", "joko-widodo"), ("Amorim", "celso-amorim"), ("AMLO", "andres-manuel-lopez-obrador"),
    ("Mercosur", "mercosur"), ("KIA", "kachin-independence-army"),
])
def test_lookup_by_any_name(gaz, name, key):
    assert gaz.lookup(name).key == key


@pytest.mark.parametrize("written, label", [
    ("Jonas Gahr Store", "Jonas Gahr Støre"), ("Jonas Gahr Støre", "Jonas Gahr Støre"),
    ("Mariusz Blaszczak", "Mariusz Błaszczak"), ("Bjorn Arild Gram", "Bjørn Arild Gram"),
])
def test_a_person_is_labelled_in_the_spelling_of_their_name_and_found_without_its_letters(gaz, written, label):
    """Letters no accent-stripping turns into ASCII (ø, ł) are kept in the label; the ASCII spelling
    the press often prints is an alias."""
    assert gaz.lookup(written).label == label


def test_an_unknown_name_is_none(gaz):
    assert gaz.lookup("Zorvania") is None and gaz.country_of_demonym("Zorvanian") is None


def test_norm_is_the_lookup_key():
    assert norm("The Kyïv’s") == norm("kyiv") == "kyiv"
    assert norm("U.S.") == "us" and norm("Bosnia-Herzegovina") == norm("Bosnia  Herzegovina")
    assert norm("Democratic Republic of Congo") == norm("the Democratic Republic of the Congo")


@pytest.mark.parametrize("plain, written", [
    ("Kyiv's", "Kyiv\u2019s"), ("the Hague", "The\u00a0Hague"), ("Sao Paulo", "São Paulo"),
    ("Ivano-Frankivsk", "Ivano\u2013Frankivsk"), ("Republic of the Congo", "Republic of the Cóngo"),
])
def test_norm_is_the_same_for_ascii_and_for_accented_or_typographic_writing(plain, written):
    # ASCII names skip the Unicode decomposition: the key must not depend on which way was taken
    assert not written.isascii() and norm(plain) == norm(written)


def test_a_name_with_of_the_is_found_without_the_in_text():
    """The entity ruler knows "X of the Y" as "X of Y" too: the statistical NER alone splits
    "the Democratic Republic of Congo" into a city "the Democratic" and another country."""
    from kg.extract.nlp import pipeline

    doc = pipeline()("Burundi and the Democratic Republic of Congo signed a border accord, officials said.")
    assert [(e.text, e.ent_id_) for e in doc.ents if "Congo" in e.text or "Democratic" in e.text] == [
        ("Democratic Republic of Congo", "democratic-republic-of-the-congo")]


@pytest.mark.parametrize("word, key", [("Russian", "russia"), ("Russians", "russia"), ("Ukrainian", "ukraine"),
                                       ("German", "germany")])
def test_demonyms(gaz, word, key):
    assert gaz.country_of_demonym(word).key == key


@pytest.mark.parametrize("seat, state", [("moscow", "russia"), ("beijing", "china"), ("seat-kremlin", "russia"),
                                         ("seat-white-house", "united-states")])
def test_capitals_and_seats_stand_for_their_state(gaz, seat, state):
    assert gaz.state_for_seat(gaz.entities[seat]).key == state


def test_other_cities_stand_for_nothing(gaz):
    assert gaz.state_for_seat(gaz.entities["kharkiv"]) is None                  # a city, not the capital


@pytest.mark.parametrize("phrase, day, holder", [
    ("Ukrainian president", date(2025, 7, 14), "volodymyr-zelenskyy"),
    ("ukraine's president", date(2019, 5, 20), "volodymyr-zelenskyy"),   # his first day
    ("Ukrainian president", date(2019, 5, 19), "petro-poroshenko"),      # the day before
    ("President of Ukraine", date(2015, 1, 1), "petro-poroshenko"),
    ("Ukrainian president", None, "volodymyr-zelenskyy"),                 # no date: who holds it now
    ("Ukrainian gardener", date(2025, 7, 14), None),
    # leaders beyond the war's own, as other conflicts' news names them
    ("Egyptian president", date(2024, 3, 1), "abdel-fattah-al-sisi"),
    ("Hamas leader", date(2024, 3, 1), "ismail-haniyeh"),
    ("Hamas leader", date(2024, 9, 1), "yahya-sinwar"),
    ("Syrian president", date(2023, 6, 1), "bashar-al-assad"),
    ("Syrian president", date(2025, 6, 1), "ahmed-al-sharaa"),
    ("Congolese president", date(2025, 3, 19), "felix-tshisekedi"),
    ("Indonesian president", date(2022, 6, 26), "joko-widodo"),
    ("Indonesian president", date(2025, 1, 1), "prabowo-subianto"),
    ("Mexican president", date(2023, 5, 1), "andres-manuel-lopez-obrador"),
    ("Brazilian foreign minister", date(2024, 5, 1), "mauro-vieira"),
    # the heads of state and government of Europe and the allies, 2020-2025, each on the day
    ("president of Latvia", date(2022, 4, 13), "egils-levits"),
    ("Latvian president", date(2024, 1, 1), "edgars-rinkevics"),
    ("Czech prime minister", date(2023, 6, 1), "petr-fiala"),
    ("Belgian prime minister", date(2022, 1, 1), "alexander-de-croo"),
    ("Swiss president", date(2023, 5, 1), "alain-berset"),
])
def test_office_holders_by_date(gaz, phrase, day, holder):
    found = gaz.office_holder(phrase, day)
    assert (found.key if found else None) == holder


def write(directory, name: str, entries: list[dict]) -> None:
    (directory / name).write_text(json.dumps({"entries": entries}), encoding="utf-8")


def test_how_each_field_is_read(tmp_path):
    write(tmp_path, "countries.json", [{"key": "zorvania", "label": "Zorvania", "aliases": ["Republic of Zorvania"],
                                        "demonyms": ["Zorvanian"], "capital": "zorvan-city", "seats": ["Blue Palace"],
                                        "wikidata": "Q1"}])
    write(tmp_path, "places.json", [{"key": "zorvan-city", "label": "Zorvan City", "type": "City", "country": "zorvania"}])
    write(tmp_path, "people.json", [
        {"key": "ana-vex", "label": "Ana Vex", "aliases": ["Vex"], "country": "zorvania",
         "offices": [{"title": "President", "from": "2020-03", "to": None, "nouns": ["Zorvanian president"]}]},
        {"key": "old-vex", "label": "Old Vex", "offices": [{"from": "2010", "to": "2020-03", "nouns": ["Zorvanian president"]}]},
        {"key": "agency", "label": "Zorvan Wire", "outlet": True}])
    gaz = load(tmp_path)                                      # the other files are missing: skipped
    zorvania = gaz.lookup("Republic of Zorvania")
    assert (zorvania.key, zorvania.type, zorvania.wikidata) == ("zorvania", "Country", "Q1")
    assert gaz.lookup("Zorvan City").type == "City" and gaz.lookup("vex").key == "ana-vex"
    assert gaz.country_of_demonym("zorvanian") == zorvania
    assert gaz.state_for_seat(gaz.lookup("Zorvan City")) == zorvania
    palace = gaz.lookup("the Blue Palace")
    assert palace.type == "Seat" and gaz.state_for_seat(palace) == zorvania
    assert gaz.office_holder("Zorvanian president", date(2020, 3, 1)).key == "ana-vex"   # "2020-03" is its first day
    assert gaz.office_holder("Zorvanian president", date(2020, 2, 29)).key == "old-vex"
    assert gaz.outlets == {"agency"}


def test_a_state_office_title_names_its_holder_in_each_form(tmp_path):
    """"President of Zorvania" is also "president of Zorvania", "Zorvania's president" and
    "Zorvanian president" without the entry listing them; a foreign minister is "Zorvanian foreign
    minister"; a body's office ("President of the Zorvan Council") gives no state's forms."""
    write(tmp_path, "countries.json", [{"key": "zorvania", "label": "Zorvania", "demonyms": ["Zorvanian", "Zorvanians"]}])
    write(tmp_path, "people.json", [
        {"key": "ana-vex", "label": "Ana Vex", "offices": [{"title": "President of Zorvania", "from": "2020-03"}]},
        {"key": "bo-tal", "label": "Bo Tal", "offices": [{"title": "Minister of Foreign Affairs of Zorvania"}]},
        {"key": "cy-ro", "label": "Cy Ro", "offices": [{"title": "President of the Zorvan Council"}]}])
    gaz = load(tmp_path)
    for phrase in ("president of Zorvania", "Zorvania's president", "Zorvanian president"):
        assert gaz.office_holder(phrase, date(2021, 1, 1)).key == "ana-vex"
    assert gaz.office_holder("Zorvanian president", date(2019, 1, 1)) is None
    assert gaz.office_holder("Zorvanian foreign minister", date(2021, 1, 1)).key == "bo-tal"
    assert gaz.office_holder("Zorvanians president", date(2021, 1, 1)) is None
    assert gaz.office_holder("Zorvanian president of the Zorvan Council", date(2021, 1, 1)) is None


def test_a_broken_file_stops_loading(tmp_path):
    (tmp_path / "people.json").write_text('{"entries": [{"key": "x"', encoding="utf-8")
    with pytest.raises(json.JSONDecodeError):
        load(tmp_path)


@pytest.mark.parametrize("name, label", [
    ("Mike Walz", "Mike Waltz"),          # a letter dropped
    ("Keir Starmar", "Keir Starmer"),     # a letter changed
    ("Marco Rubbio", "Marco Rubio"),      # a letter added
    ("Tim Walz", None),                   # another first name: another person
    ("Donald Trump", None),               # the name itself is no misspelling
    ("Joe Bidenn Smith", None),           # nobody by that first name and surname
])
def test_a_name_one_letter_off_a_known_persons_is_that_person(gaz, name, label):
    found = gaz.misspelt_person(name)
    assert (found.label if found is not None else None) == label
