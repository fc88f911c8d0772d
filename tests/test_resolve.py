"""kg.extract.resolve on its own: names to entities, over the real parse (the small English model
with the gazetteer entity ruler, kg.extract.nlp.pipeline()). Spans are made over the parse
without a gazetteer id where a test is about the resolver's own rules rather than the ruler's."""

from __future__ import annotations

from datetime import date

import pytest
from spacy.tokens import Span

from kg.extract.nlp import gazetteer, pipeline
from kg.extract.resolve import ArticleResolver, clean_name, role_phrase


@pytest.fixture(scope="module")
def nlp():
    return pipeline()


@pytest.fixture
def resolver():
    return ArticleResolver(gazetteer(), date(2025, 7, 14))


def span(doc, text: str, label: str) -> Span:
    """A span over the words `text` of the parse, with a label and no gazetteer id."""
    start = next(t.i for t in doc if doc[t.i:].text.startswith(text))
    end = next(t.i + 1 for t in doc[start:] if doc[start:t.i + 1].text == text)
    return Span(doc, start, end, label=label)


def token(doc, text: str):
    return next(t for t in doc if t.text == text)


@pytest.mark.parametrize("text, words, name", [
    ("Foreign Minister Jane Doerfler's plan was rejected.", "Foreign Minister Jane Doerfler's", "Jane Doerfler"),
    ("Mr. Ahmed Qureshi spoke first.", "Mr. Ahmed Qureshi", "Ahmed Qureshi"),
    ("Defence Secretary Maria Lindqvist arrived.", "Defence Secretary Maria Lindqvist", "Maria Lindqvist"),
])
def test_titles_and_possessives_are_stripped(nlp, resolver, text, words, name):
    whole = span(nlp(text), words, "PERSON")
    assert whole.text == words and clean_name(whole) == name
    entity = resolver.from_span(whole)
    assert (entity.label, entity.type, entity.key) == (name, "Person", name.lower().replace(" ", "-"))


@pytest.mark.parametrize("text, name", [
    ("President Volodymyr Zelensky spoke.", "President Volodymyr Zelensky"),
    ("Volodymyr Zelenskyy spoke.", "Volodymyr Zelenskyy"),
    ("Zelensky spoke.", "Zelensky"),
    ("Mr. Zelenskiy spoke.", "Mr. Zelenskiy"),
])
def test_spellings_of_one_name_are_one_person(nlp, resolver, text, name):
    entity = resolver.from_span(span(nlp(text), name, "PERSON"))
    assert (entity.key, entity.label) == ("volodymyr-zelenskyy", "Volodymyr Zelenskyy")


def test_a_surname_after_the_full_name_is_that_person_and_the_names_used_become_aliases(nlp, resolver):
    doc = nlp("Jane Doerfler arrived in Vienna. Doerfler later met Wang Yi.")
    full = resolver.from_span(span(doc, "Jane Doerfler", "PERSON"))
    second = [t.i for t in doc if t.text == "Doerfler"][1]
    later = resolver.from_span(Span(doc, second, second + 1, label="PERSON"))
    assert later == full and full.key == "jane-doerfler"
    assert "Doerfler" in resolver.final_entities()["jane-doerfler"].aliases


def test_a_capital_or_seat_acting_is_its_state_and_stays_a_place_when_hit(nlp, resolver):
    doc = nlp("Moscow asked Beijing for help. The Kremlin said no.")
    moscow, beijing = resolver.from_span(span(doc, "Moscow", "GPE")), resolver.from_span(span(doc, "Beijing", "GPE"))
    assert (moscow.key, moscow.type) == ("moscow", "City")
    assert resolver.as_agent(moscow).key == "russia" and resolver.as_agent(beijing).key == "china"
    assert resolver.as_place(moscow) == moscow                                   # a target stays the city
    kremlin = resolver.from_span(next(e for e in doc.ents if e.text == "Kremlin"))
    assert resolver.as_agent(kremlin).key == "russia"


def test_things_and_outlets_do_not_act(resolver):
    gaz = gazetteer()
    assert resolver.as_agent(gaz.entities["patriot"]) is None                  # a weapon system
    assert resolver.as_agent(gaz.entities["associated-press"]) is None         # a news outlet reports
    assert resolver.as_place(gaz.entities["patriot"]) is None
    assert resolver.as_agent(gaz.entities["ukraine"]).key == "ukraine"


def test_demonyms_stand_for_their_states(nlp, resolver):
    doc = nlp("Ukrainian and Russian officials met in Istanbul.")
    assert resolver.state_of(token(doc, "Russian")).key == "russia"
    assert [e.key for e in resolver.from_token(token(doc, "officials"))] == ["ukraine", "russia"]
    assert resolver.from_span(span(doc, "Ukrainian", "NORP")).key == "ukraine"


@pytest.mark.parametrize("published, holder", [(date(2025, 7, 14), "volodymyr-zelenskyy"),
                                               (date(2018, 1, 1), "petro-poroshenko")])
def test_a_role_noun_is_whoever_held_the_office_then(nlp, published, holder):
    resolver = ArticleResolver(gazetteer(), published)
    for text in ("The Ukrainian president met Russian officials.", "Ukraine's president met Russian officials."):
        president = token(nlp(text), "president")
        assert role_phrase(president).lower() in ("ukrainian president", "ukraine's president")
        assert [e.key for e in resolver.from_token(president)] == [holder], text


def test_a_name_nothing_knows_is_still_an_entity_of_the_type_the_model_gave(nlp, resolver):
    doc = nlp("Officials from Zorvania Dynamics signed the deal.")
    entity = resolver.from_span(span(doc, "Zorvania Dynamics", "ORG"))
    assert (entity.key, entity.label, entity.type) == ("zorvania-dynamics", "Zorvania Dynamics", "Organization")
    assert resolver.from_span(span(doc, "the deal", "ORG")) is None                # lower case names nothing


def test_an_organisations_own_first_word_stays_in_its_name():
    from kg.extract.nlp import pipeline
    from kg.extract.resolve import clean_name
    doc = pipeline()("Moldova's army, in coordination with the Special Operations Forces and the National Guard, "
                     "struck the depot.")
    names = {clean_name(e) for e in doc.ents if e.label_ == "ORG"}
    assert "Operations Forces" not in names and "Guard" not in names


@pytest.mark.parametrize("text, word", [
    ("Moscow Summons US Envoy Following Missile Strike on Sevastopol", "Missile"),
    ("A RUSSIAN MISSILE strike hit the port.", "MISSILE"),
    ("Kyiv Says Drones Hit Refinery", "Drones"),
])
def test_a_weapon_word_capitalised_is_no_body(nlp, resolver, text, word):
    """A headline's "Missile" (or one set in capitals) the model tagged a body names no one."""
    assert resolver.from_span(span(nlp(text), word, "ORG")) is None
