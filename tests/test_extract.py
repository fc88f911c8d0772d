"""Each event pattern family, and the negative cases, on sentences written for these tests
(never copied from articles), through the real spaCy model and gazetteers."""

from __future__ import annotations

from datetime import date

import pytest

from kg.extract.pipeline import extract
from kg.extract.ingest import make_article
from kg.extract.nlp import gazetteer, pipeline

PUBLISHED = date(2025, 6, 11)  # a Wednesday


def events(text: str, published: date | None = PUBLISHED):
    article = make_article(text, origin="test", id="t", published=published)
    return extract(article, pipeline(), gazetteer()).events


def labels(event, role):
    return sorted(e.label for e in event.roles.get(role, []))


def only(evs, kind):
    found = [e for e in evs if e.type == kind]
    assert len(found) == 1, [(e.type, e.roles) for e in evs]
    return found[0]


# --- meetings ------------------------------------------------------------------------------

def test_met_with_place_and_date():
    ev = only(events("Polish Foreign Minister Radoslaw Sikorski met Lithuanian President Gitanas Nauseda "
                     "in Vilnius on Tuesday."), "Meeting")
    assert labels(ev, "participant") == ["Gitanas Nauseda", "Radosław Sikorski"]
    assert ev.status == "happened"
    assert ev.place is not None and ev.place.label == "Vilnius"
    assert ev.date.start == date(2025, 6, 10)


def test_planned_meeting_is_planned():
    ev = only(events("Finnish President Alexander Stubb will meet Estonian Prime Minister Kristen Michal "
                     "next week to discuss energy security."), "Meeting")
    assert ev.status == "planned"
    assert ev.date is not None and ev.date.precision == "week" and ev.date.start == date(2025, 6, 16)


def test_set_to_visit_for_talks_with():
    ev = only(events("Italian Prime Minister Giorgia Meloni is set to visit Washington for talks with "
                     "Donald Trump."), "Meeting")
    assert labels(ev, "participant") == ["Donald Trump", "Giorgia Meloni"]
    assert ev.status == "planned"
    assert ev.place is not None and ev.place.label == "Washington"


def test_proposed_meeting_is_proposed():
    ev = only(events("Turkey has proposed a meeting between Volodymyr Zelenskyy and Vladimir Putin."), "Meeting")
    assert labels(ev, "participant") == ["Vladimir Putin", "Volodymyr Zelenskyy"]
    assert ev.status == "proposed"


def test_talks_between_capitals_are_talks_between_states():
    ev = only(events("Talks between Washington and Beijing resumed in Geneva on Monday."), "Meeting")
    assert labels(ev, "participant") == ["China", "United States"]
    assert ev.place is not None and ev.place.label == "Geneva"


def test_demonym_delegations_held_talks():
    ev = only(events("Hungarian and Slovak officials held talks in Bratislava on energy prices."), "Meeting")
    assert labels(ev, "participant") == ["Hungary", "Slovakia"]


def test_topic_from_to_discuss():
    ev = only(events("Keir Starmer will meet Mark Rutte on Friday to discuss Ukraine and defence spending."),
              "Meeting")
    assert "Ukraine" in [t.label for t in ev.topics]


def test_surname_resolves_to_full_name_in_article():
    evs = events("Spanish Prime Minister Pedro Sanchez arrived in Kyiv on Monday. "
                 "Sanchez met Volodymyr Zelensky at the presidential office.")
    ev = only(evs, "Meeting")
    assert labels(ev, "participant") == ["Pedro Sanchez", "Volodymyr Zelenskyy"]


# --- calls ---------------------------------------------------------------------------------

def test_phone_call_is_a_call_not_a_meeting():
    evs = events("Pedro Sanchez spoke with Emmanuel Macron by phone on Monday about migration.")
    ev = only(evs, "Call")
    assert labels(ev, "participant") == ["Emmanuel Macron", "Pedro Sanchez"]
    assert not [e for e in evs if e.type == "Meeting"]


def test_call_for_is_a_demand_not_a_call():
    evs = events("Poland called for new sanctions on Belarus.")
    assert not [e for e in evs if e.type in ("Call", "Meeting")]


# --- supplies ----------------------------------------------------------------------------------

def test_sent_items_to_recipient():
    ev = only(events("Norway has sent howitzers and ammunition to Ukraine."), "Supply")
    assert labels(ev, "supplier") == ["Norway"] and labels(ev, "recipient") == ["Ukraine"]
    assert ev.status == "happened"


def test_will_deliver_named_weapon_is_planned():
    ev = only(events("Sweden will deliver Gripen jets to Ukraine next year."), "Supply")
    assert ev.status == "planned"
    assert labels(ev, "supplier") == ["Sweden"]


def test_request_is_a_request_never_a_supply():
    evs = events("Belarus asked Russia for fighter jets and air defence systems.")
    assert not [e for e in evs if e.type == "Supply"]
    ev = only(evs, "Request")
    assert labels(ev, "requester") == ["Belarus"] and labels(ev, "addressee") == ["Russia"]


def test_denial_is_not_a_supply_that_happened():
    evs = events("Iran denied supplying drones to Russia.")
    assert not [e for e in evs if e.type == "Supply" and e.status == "happened"]


# --- attacks -------------------------------------------------------------------------------------

def test_demonym_attacker_and_city_target():
    ev = only(events("Russian drones attacked Odesa overnight."), "Attack")
    assert labels(ev, "attacker") == ["Russia"]
    assert labels(ev, "target") == ["Odesa"]


def test_attacked_city_stays_a_city_while_acting_capital_is_the_state():
    evs = events("Russian missiles struck Kyiv on Friday. Kyiv asked Berlin for more air defence systems.")
    attack = only(evs, "Attack")
    assert labels(attack, "target") == ["Kyiv"]
    request = only(evs, "Request")
    assert labels(request, "requester") == ["Ukraine"] and labels(request, "addressee") == ["Germany"]


def test_noun_attack_on_target():
    ev = only(events("A Ukrainian drone attack on Belgorod injured two people."), "Attack")
    assert labels(ev, "attacker") == ["Ukraine"] and labels(ev, "target") == ["Belgorod"]


def test_invasion_of_country():
    ev = only(events("Iraq began its invasion of Kuwait in August 1990."), "Attack")
    assert labels(ev, "attacker") == ["Iraq"] and labels(ev, "target") == ["Kuwait"]
    assert ev.date.start == date(1990, 8, 1) and ev.date.precision == "month"


def test_negated_attack_is_dropped():
    assert not [e for e in events("Russian forces did not attack Kharkiv on Monday.") if e.type == "Attack"]


def test_evidence_offsets_point_into_the_article_text():
    text = "Cookie settings: we use cookies and you agree to our use of cookies.\nRussian drones attacked Odesa overnight."
    article = make_article(text, origin="test", id="t", published=PUBLISHED)
    ev = only(extract(article, pipeline(), gazetteer()).events, "Attack")
    assert text[ev.sentence.start:ev.sentence.end] == ev.sentence.text == "Russian drones attacked Odesa overnight."


def test_reported_speech_keeps_the_event_status():
    evs = events("Officials said Keir Starmer will meet Mark Rutte next week. "
                 "The ministry said Russian drones attacked Odesa on Monday.")
    assert only(evs, "Meeting").status == "planned"
    attack = only(evs, "Attack")
    assert attack.status == "happened" and attack.date.start == date(2025, 6, 9)


def test_role_noun_resolves_to_office_holder_on_the_publication_date():
    evs = events("The Ukrainian president met the NATO Secretary-General in Brussels on Monday.",
                 published=date(2025, 7, 14))
    ev = only(evs, "Meeting")
    assert labels(ev, "participant") == ["Mark Rutte", "Volodymyr Zelenskyy"]


def test_same_event_from_two_articles_is_one_event_with_two_sources(seed_store_path):
    from kg.store.stores import EmbeddedStore

    store = EmbeddedStore(seed_store_path, read_only=True)
    rows = store.query("""PREFIX nkg: <https://w3id.org/news-kg/ontology#>
        SELECT ?event (COUNT(DISTINCT ?source) AS ?n) WHERE {
          ?event a nkg:Meeting ; nkg:participant <https://w3id.org/news-kg/id/jake-sullivan> ; nkg:source ?source
        } GROUP BY ?event""").rows
    assert len(rows) == 1 and int(rows[0]["n"].value) == 2
