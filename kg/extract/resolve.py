"""Entity resolution within an article, on top of the parse and the gazetteers.

- a name span -> one Entity: titles and possessives stripped, gazetteer aliases and spelling
  variants merged, a surname resolved to the full name used elsewhere in the article;
- a demonym actor ("Russian forces", "Ukrainian drones") -> its country;
- a role noun ("the Ukrainian president") -> who held that office when the article was published;
- "he"/"she" -> the last person named as a subject; a capital or seat of government acting as
  an agent ("Moscow asked Beijing", "the Kremlin said") -> its state (see `as_agent`).

No coreference model installs offline, so these are rules; they are deliberately conservative:
no antecedent is better than a wrong one."""

from __future__ import annotations

import itertools
import re
from datetime import date

from spacy.tokens import Span, Token

from .events import ATTACK_NOUNS, INCIDENTS, SUPPLY_ITEM_WORDS, entity_span, left_modifiers, objects, prep_objects, subjects, title_case, unnamed_they
from ..families import FAMILIES
from . import geo
from .gazetteer import Gazetteer, norm, squashed
from .nlp import ARABIC_PARTICLES, WATERS
from .ingest import slug
from ..records import Entity

MISTAGGED = ("WORK_OF_ART", "EVENT", "LAW")   # labels the model gives a place it does not know, at times
NER_TYPES = {"PERSON": "Person", "ORG": "Organization", "GPE": "City", "LOC": "Region", "FAC": "Facility",
             "PRODUCT": "Item", "NORP": "Country"}
AGENT_TYPES = {"Person", "Organization", "Country"}
ARTICLE_PREFIX = re.compile(r"^(?:al|el)[- ](?=\w)", re.I)   # the Arabic article before a surname, written apart
TITLE_WORDS = {
    "president", "vice", "prime", "minister", "foreign", "defence", "defense", "secretary", "general",
    "chancellor", "envoy", "special", "spokesman", "spokeswoman", "spokesperson", "mr", "mrs", "ms", "dr",
    "gen", "adm", "admiral", "lt", "col", "colonel", "king", "queen", "pope", "sen", "senator", "rep",
    "ambassador", "deputy", "chief", "head", "commander", "mayor", "governor", "adviser", "advisor",
    "national", "security", "state", "of", "the", "for", "leader", "premier", "nsa", "sir", "lord",
    "dame", "counselor", "aide", "representative", "delegate", "negotiator", "diplomat", "top", "senior",
    "former", "u.s.", "us", "un", "nato", "eu", "interior", "finance", "economy", "trade", "energy",
    "army", "navy", "justice", "director", "speaker", "chairman", "chairwoman", "chair", "-", "maj", "brig",
    "brigadier", "lieutenant", "sgt", "capt", "cardinal", "patriarch", "archbishop", "bishop", "rabbi", "imam",
    "ayatollah", "high", "affairs",   # ("the High Representative for Foreign Affairs": a title)
}
# a title that, with "the", names the one person the article gave it to ("Cardinal Zuppi ... the Cardinal")
RANK_TITLES = {"cardinal", "patriarch", "archbishop", "bishop", "general", "admiral", "senator", "ambassador", "envoy",
               "governor", "mayor", "colonel", "commander", "rabbi", "imam", "ayatollah"}
# an office that, with "the" and no state ("the prime minister", "the foreign minister"), names the
# person the article first gave that title to ("Prime Minister Narendra Modi ... the prime minister")
OFFICE_HEADS = {"president", "minister", "chancellor", "premier", "secretary", "pm"}
NOT_HOLDING = {"former", "then", "new", "late", "acting", "deputy", "vice"}   # "the former (new, deputy) minister": not the one titled
ROYAL_TITLES = {"king", "queen", "emir", "amir", "prince", "princess", "pope", "sultan", "sheikh"}
TITLES = RANK_TITLES | ROYAL_TITLES   # titles written before a name ("Cardinal X", "Qatar's Amir X")
HONORIFICS = ROYAL_TITLES | {"crown", "sheikha"}   # before a royal's full name ("Crown Prince X bin Y")
PRONOUNS_PERSON = {"he", "she", "him", "her"}
DEEDS = {"act", "provocation", "crime", "violation", "escalation"}   # what a deed is called
SAYING = {"say", "tell", "add", "write", "state", "announce", "declare", "stress"}   # whose "we" is whose
DAY_WORDS = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "day", "eve"}
# words that never name an entity, though the small model sometimes tags them
STOP_NAMES = {"the", "a", "an", "this", "that", "it", "they", "we", "i", "you", "he", "she", "kremlin aide", "kamikaze",
              "telegram", "twitter", "x", "facebook", "uav", "uavs", "drone", "drones"}   # (weapons the model took for a body)


def _name_before_misread_verb(tok: Token) -> Span | None:
    """The name in "X and Y plan to meet" that the parser read as "the Y plan": a conjunct noun
    followed by "to", with a person's name as its compound, is that person (the noun was the verb)."""
    doc = tok.doc
    if tok.dep_ != "conj" or tok.pos_ != "NOUN" or tok.i + 1 >= len(doc) or doc[tok.i + 1].lower_ != "to" or \
            tok.i == 0 or doc[tok.i - 1].ent_type_ != "PERSON":
        return None
    return next((e for e in doc.ents if e.end == tok.i and e.label_ == "PERSON"), None)


def named_after_title(tok: Token) -> Span | None:
    """The name right after a title's "of" phrase: "President of the United
    States Joe Biden", "President of the European Commission Ursula von der Leyen"; None when the
    title is not followed so."""
    doc, i = tok.doc, tok.i + 1
    if tok.lower_ not in TITLE_WORDS or i + 1 >= len(doc) or doc[i].lower_ != "of":
        return None
    i += 2 if doc[i + 1].lower_ == "the" else 1
    if i >= len(doc) or doc[i].ent_iob_ != "B" or doc[i].ent_type_ not in ("GPE", "ORG", "NORP"):
        return None
    i += 1
    while i < len(doc) and doc[i].ent_iob_ == "I":
        i += 1
    if i >= len(doc) or doc[i].ent_iob_ != "B" or doc[i].ent_type_ != "PERSON":
        return None
    return next((e for e in doc.ents if e.start == i), None)


class ArticleResolver:
    """Resolves mentions for one article; remembers full names and the last person subject."""

    def __init__(self, gaz: Gazetteer, published: date | None) -> None:
        self.gaz = gaz
        self.published = published
        self.people: dict[str, Entity] = {}      # surname (normed) -> full-name entity
        self.given: dict[str, Entity] = {}       # first name (normed) -> full-name entity ("Lee" of "Lee Jae Myung")
        self.entities: dict[str, Entity] = {}    # key -> entity seen in this article
        self.aliases: dict[str, set[str]] = {}   # key -> names used in this article
        self.last_person: Entity | None = None
        self.article_people: set[str] = set()   # the gazetteer's people the article names anywhere
        self.last_group: Entity | None = None    # the armed group named last ("the group", "the rebels")
        self.titled: dict[str, set[str]] = {}    # a rank title ("cardinal") -> the people named with it
        self.offices: dict[str, list[str]] = {}  # an office ("prime minister") -> the people so titled, first first
        self.bodies: dict[str, Entity] = {}      # "army" -> the state whose army the article named last
        self.placed: dict[str, Entity] = {}      # norm(name) -> the town the article placed in a state (Jermuk, not Cermik),
        # or the region it called a state or province ("Borno state")
        self.heads_named: dict[str, dict[str, set[str]]] = {}   # state -> office -> the people the article so titles
        self.delegations: dict[str, Entity] = {}  # person key -> the state whose delegation they led
        self.named_groups: set[str] = set()   # the armed groups the article names anywhere
        self.civil_wars: set[str] = set()   # states whose own insurgents the article names (Sudan: the RSF)
        self.scope = ""    # the article's short id, for entities only it names (an unnamed ship)
        self.sentence_people: list[tuple[int, Entity]] = []  # (token index, person) subjects of this sentence
        self.sentence_groups: list[tuple[int, list[Entity]]] = []  # plural subjects of this sentence
        self.last_delegation: list[Entity] = []   # who led the delegation the last sentence had as its subject
        self.delegation_now: list[Entity] = []    # ... and this sentence

    # -- registration -----------------------------------------------------------------------
    def _seen(self, entity: Entity, name: str | None = None) -> Entity:
        """Note an entity the article names (as `name`), with the short names it may go by later."""
        if entity.key not in self.entities:
            self.entities[entity.key] = entity
        if entity.key in self.gaz.armed and entity.key not in self.gaz.forces.values():
            self.last_group = entity   # (a state's armed forces are no "group", "rebels")
        if name and norm(name) != norm(entity.label):
            self.aliases.setdefault(entity.key, set()).add(name)
        if entity.type in ("Person", "Organization"):  # "Putin" after "Vladimir Putin", "Kupol" after "IEMZ Kupol"
            parts = entity.label.split()
            if len(parts) > 1 and (entity.type == "Person" or parts[-1][:1].isupper() and len(parts[-1]) > 3):
                self.people.setdefault(norm(parts[-1]), entity)
                bare = re.sub(r"^(?:al|el|ad|as|ash|at|az)-", "", parts[-1], flags=re.I)
                if entity.type == "Person" and bare != parts[-1] and len(bare) > 2:
                    self.people.setdefault(norm(bare), entity)   # "Sisi" after "Abdel Fattah al-Sisi"
            for alias in entity.aliases:
                if len(alias.split()) == 1:
                    self.people.setdefault(norm(alias), entity)
            written = (name or "").split()
            if entity.type == "Person" and len(written) > 1 and written[-1][:1].isupper() and len(written[-1]) > 2:
                self.people.setdefault(norm(written[-1]), entity)   # "Araqchi" after "Abbas Araqchi", a
                # spelling of the gazetteer's Abbas Araghchi
            if entity.type == "Person" and len(parts) > 1 and parts[0][:1].isupper():
                self.given.setdefault(norm(parts[0]), entity)   # "Lee" after "Lee Jae Myung": a family name
                # written first (asked only where no one has it as a surname)
        return entity

    def next_sentence(self) -> None:
        """A sentence read: the delegation it had as its subject is the one a "they" next refers to."""
        self.last_delegation, self.delegation_now = self.delegation_now, []

    def note_subject(self, entity: Entity | None) -> None:
        if entity is not None and entity.type == "Person":
            self.last_person = entity

    def final_entities(self) -> dict[str, Entity]:
        """Every entity seen, with the names this article used added to its aliases."""
        out = {}
        for key, e in self.entities.items():
            names = self.aliases.get(key, set())
            out[key] = Entity(e.key, e.label, e.type, frozenset(e.aliases | names), e.wikidata, e.country) \
                if names else e
        return out

    # -- spans ----------------------------------------------------------------------------------
    def from_span(self, span: Span) -> Entity | None:
        found = self._from_span(span)
        if found is not None and found.type == "Person":
            self._note_titles(span, found)
        return found

    def _from_span(self, span: Span) -> Entity | None:
        label = span.label_
        if label not in NER_TYPES:   # (a place the article named already, mistagged here: "in and around [X]")
            if label not in MISTAGGED:
                return None
            text = clean_name(span)
            placed = self.placed.get(norm(text)) or self.entities.get(slug(text))
            return self._seen(placed, span.text) if placed is not None and placed.type in ("City", "Region") else None
        if span.ent_id_ and span.ent_id_ in self.gaz.entities:
            return self._seen(self.gaz.entities[span.ent_id_], span.text)
        text = clean_name(span)
        if not text or norm(text) in STOP_NAMES or all(t.lower_.rstrip(".") in TITLE_WORDS or t.is_punct for t in span):
            return None   # (a title alone, "the EU's Special Representative", names nobody)
        if label in ("PERSON", "ORG") and all(t.is_lower or not t.is_alpha for t in span):
            return None   # "Erdogan and X begin meeting in Vilnius", "begin meeting" tagged a person: no name
        if label == "ORG" and norm(text) in BODY_NOUNS:
            return None   # "his Defense Ministry", "the Army": a state's body, whose it is read off the phrase
        if label in ("ORG", "PERSON") and _headline_words(span):
            return None   # "Russian Ballistic Missile Strike Damages Two Ships": a headline's words, capitalised
        if len(span) == 1 and (span[0].lower_ in FACILITY_NOUNS or span[0].lower_ in PLACE_NOUNS or
                               span[0].lower_ in ("building", "buildings")):
            return None   # "Attack on Building in Dnipro": a common noun a headline capitalised
        words = [t for t in span if t.is_alpha]
        if label in ("ORG", "PERSON") and len(words) == 1 and words[0].tag_ in ("NN", "NNS") and \
                words[0].lemma_.lower() in geo.english_words():
            return None   # "\u2022 Explosions were reported in X": a common noun the model took for a name
        if (text.isupper() or text.istitle()) and len(span) == 1 and not span.ent_id_ and {
                span[0].lower_, span[0].lower_ + "s", span[0].lemma_.lower()} & (SUPPLY_ITEM_WORDS | ATTACK_NOUNS):
            return None   # "A RUSSIAN MISSILE strike", "Following Missile Strike": a word capitalised, not a name
        titled = self.titled.get(words[0].lower_, ()) if len(words) == 1 else ()
        if len(titled) == 1 and span.start > 0 and span.doc[span.start - 1].lower_ == "the":
            return self.entities[next(iter(titled))]   # "the Amir", tagged a name: the one so titled
        known = self.gaz.lookup(text)
        if known is not None:
            return self._seen(known, text)
        held = self._held_region(span, text)
        if held is not None:
            return held
        if norm(text) in self.placed:
            return self._seen(self.placed[norm(text)], text)
        area = _area_named(span, text) if label in ("GPE", "LOC") else None
        if area is not None and not geo.own_name(area) and not geo.own_name(text):
            # "Borno state", "Borno State", "the state of Borno": a state or province no gazetteer
            # holds by that name is that area, not a foreign city that lists it among its other
            # names (Germany's Borna, Saudi Arabia's Turabah for "Taraba"); one entity however written
            region = self.placed[norm(area)] = self._seen(Entity(key=slug(area), label=area, type="Region"), text)
            return region
        if re.fullmatch(r"[A-Z]{2,}s", text):   # "UAVs", "APCs", "NGOs": the plural of a kind, not a name
            return None
        if label in ("GPE", "LOC", "FAC") and len(span) >= 2 and span[-1].lower_ in DAY_WORDS:
            return None   # "Palm Sunday", "Independence Day", "Christmas Eve": a day, not a place
        listed = label in ("PERSON", "ORG") and _listed_with_places(span)
        # "Gaza City and Khan Younis": a pair, only where no longer list was found
        paired = not listed and label in ("PERSON", "ORG") and _listed_with_places(span, least=2)
        if label in ("GPE", "LOC", "FAC") or _place_context(span) or _taken_place(span) or listed or paired:
            # a city or state the gazetteer lacks, from GeoNames and ISO 3166 ("Safed", "Bahawalpur");
            # a name the model took for a person or body is a place where the sentence puts a place
            found = geo.place(text) or (geo.country(text) if label == "GPE" else None)
            if found is not None:
                return self._seen(found, text)
            if listed:   # "Mahmoudiyah, Al Hatta, Ansar and Al Wardiya were hit": villages, whatever the model said
                return self._seen(Entity(key=slug(text), label=text, type="City"), text)
            if label in ("PERSON", "ORG") and (noun := _place_named_by(span)) is not None:
                # "the village (area) of Ain Baal", the name taken for a person's: the place it names
                return self._seen(Entity(key=slug(text), label=text, type="Region" if noun in REGION_NOUNS else "City"), text)
        words = text.split()
        if len(words) > 1 and label in ("ORG", "NORP", "GPE") and all(w.lower() in MILITARY_WORDS | {"armed"}
                                                                       for w in words[1:]):
            state = self.gaz.country_of_demonym(words[0])  # "the Azerbaijani Army", "Israeli forces": the state
            if state is not None:
                return self._seen(state, text)
        body, of, owner = text.partition(" of ")
        if of and label == "ORG" and all(w.lower() in MILITARY_WORDS | {"armed"} for w in body.split()):
            state = self.gaz.lookup(owner)   # "the Armed Forces of Ukraine", "Navy of the Russian Federation"
            if state is not None and state.type == "Country":
                return self._seen(state, text)
        surname = ARTICLE_PREFIX.sub("", text)   # "Al Busaidi" after "Badr bin Hamad Al Busaidi"
        if len(surname.split()) == 1 and norm(surname) in self.people:  # a surname the model mistyped
            return self._seen(self.people[norm(surname)], text)
        country = self.gaz.country_of_demonym(text)  # "Ukrainian", whatever the model tagged it
        if country is not None and len(span) == 1:
            return self._seen(country)
        if label == "NORP":
            return None
        if label == "PERSON" and len(words) >= 2 and words[0][:1].isupper() and \
                words[-1].lower() in FACILITY_NOUNS and words[-1][:1].isupper():
            # "Dyagilevo Air Base", "Novoshakhtinsk Refinery", which the model took for a person's name: a site
            return self._seen(Entity(key=slug(text), label=text, type="Facility"), text)
        if label == "PERSON" and len(words) >= 2 and words[0][:1].isupper() and words[-1][:1].isupper() and \
                words[-1].lower() in LISTED_REGION_NOUNS:
            # "Rakhine State", "Momauk Township", which the model took for a person's name: a region
            base = geo.place(" ".join(words[:-1]))
            return self._seen(Entity(key=slug(text), label=text, type="Region",
                                     country=base.country if base is not None else None), text)
        if label == "PERSON" or label == "ORG" and _person_after_title(span):
            return self._person(text, self._title_state(span))
        if not re.search(r"[A-Za-z]", text) or text.islower():
            return None
        kind = NER_TYPES[label]
        country = None
        if kind == "Organization" and words[-1].lower() in BUILDING_NOUNS:
            kind = "Facility"   # "the Radwan Mosque", "Al-Awda Hospital": a building, not a body
        if kind == "Organization":  # "Ukraine's military department", "the Russian defence ministry"
            first = span[0] if span[0].lower_ != "the" or len(span) < 2 else span[1]
            state = self.gaz.country_of_demonym(first.text) or self.gaz.lookup(first.text)
            country = state.key if state is not None and state.type == "Country" else None
        return self._seen(Entity(key=slug(text), label=text, type=kind, country=country), text)

    def note_acronyms(self, ents) -> None:
        """"the Arakan Army (AA)", "Hayat Tahrir al-Sham (HTS)": the short name an article gives a body
        in brackets after its name is that body when the article uses it later ("the AA said")."""
        for ent in ents:
            doc = ent.doc
            if ent.label_ not in ("ORG", "NORP", "GPE", "FAC") or ent.end + 2 >= len(doc) or doc[ent.end].text != "(" \
                    or doc[ent.end + 2].text != ")":
                continue
            short = doc[ent.end + 1].text
            if not (2 <= len(short) <= 8 and short.isupper() and short.isalpha()) or norm(short) in self.people \
                    or self.gaz.lookup(short) is not None:
                continue
            entity = self.from_span(ent)
            if entity is not None and entity.type in ("Organization", "Country"):
                self.people[norm(short)] = entity

    def _note_titles(self, span: Span, person: Entity) -> None:
        """The rank titles written before a person's name ("Cardinal Matteo Zuppi", "US envoy Steve
        Witkoff"), for a later "the Cardinal", "the envoy"."""
        for word in [t for t in span if t.lower_ in TITLES] + _title_before(span):
            if word.lower_ in TITLES:   # "Cardinal X", "US envoy X", "Qatar's Amir X"
                self.titled.setdefault(word.lower_, set()).add(person.key)
        office = _office_before(span)
        if office is not None and person.key not in self.offices.setdefault(office, []):
            self.offices[office].append(person.key)
        if office in ("president", "prime minister"):   # "Rwandan President Paul Kagame": that state's head
            title = _title_before(span)
            at = span.start - len(title) - 1   # (or the owner before it: "DR Congo's President X")
            owner = [span.doc[at - 1]] if at >= 1 and span.doc[at].lower_ in ("'s", "’s") else []
            states = {st.key for t in title + owner for st in [self.state_of(t)] if st is not None
                      and st.type == "Country"}
            if len(states) == 1:
                self.heads_named.setdefault(states.pop(), {}).setdefault(office, set()).add(person.key)

    def offices_of(self, person: Entity) -> tuple[str, ...]:
        """The offices the article titled a person with ("foreign minister"), first first."""
        return tuple(office for office, people in self.offices.items() if person.key in people)

    def _our_state(self, token: Token) -> Entity | None:
        """"We" or "us" in what a state's leader or minister says ("Frederiksen, who said we will donate
        19 jets", "'powerful support for us,' Zelensky said"): the state they hold office in on the day
        (not a person's own state otherwise: a NATO chief's "we" is NATO)."""
        found = self.our_speaker(token)
        return found[1] if found else None

    def our_speaker(self, token: Token) -> tuple[Entity, Entity] | None:
        """(the speaker, the state they speak for) of a "we" or "us" in what a state's leader or
        minister says (_our_state); None when there is no such one speaker."""
        verb = token.head
        for _ in range(6):   # up to the verb of saying the pronoun's clause hangs from
            saying = verb.lemma_.lower() in SAYING and verb.pos_ == "VERB"
            said_by = subjects(verb) if saying else []
            if saying and not any(s.lower_ in ("we", "i") for s in said_by):   # (not "we announced that we will")
                break
            if verb.head == verb:
                return None
            verb = verb.head
        else:
            return None
        speakers = [e for s in said_by for e in self.from_token(s, conjuncts=False) if e.type == "Person"]
        if len(speakers) != 1 or not speakers[0].country:
            return None
        person, state = speakers[0], self.gaz.entities.get(speakers[0].country)
        if state is None:
            return None
        office = any(title.endswith(state.label) for title in self.gaz.titles_held(person.key, self.published)) or \
            any(person.key in held for held in self.heads_named.get(state.key, {}).values())
        return (person, self._seen(state)) if office else None

    def _head_named(self, token: Token) -> Entity | None:
        """"The Argentine President", "Rwanda's president" (one, not "former"), where the gazetteer
        knows no holder on the day: the one person the article titled so with that state
        ("Argentine President Javier Milei")."""
        prime = token.lower_ == "minister" and any(c.lower_ == "prime" for c in token.children if c.i < token.i)
        office = "prime minister" if prime else _office_name(token.lower_)
        if office not in ("president", "prime minister"):
            return None
        if token.tag_ not in ("NN", "NNP") or any(c.lower_ in ("former", "then", "late", "acting", "deputy", "vice")
                                                  for c in token.children if c.i < token.i):
            return None
        states = distinct(self._modifier_states(token))
        named = self.heads_named.get(states[0].key, {}).get(office, set()) if len(states) == 1 else set()
        return self.entities.get(next(iter(named))) if len(named) == 1 else None

    def _official_named(self, token: Token) -> Entity | None:
        """"The German minister", "the Ukrainian foreign minister" (one, not "former"): the one person
        of that state the article titled with such an office ("German Foreign Minister Annalena
        Baerbock"), where neither the gazetteer nor the head of state named gives a holder."""
        if token.lower_ not in OFFICE_HEADS or token.tag_ not in ("NN", "NNP") or token.lower_ == "president" or not any(
                c.dep_ == "det" and c.lower_ == "the" for c in token.children):
            return None
        mods = [c for c in token.children if c.i < token.i and c.dep_ in ("amod", "compound")]
        if any(c.lower_ in NOT_HOLDING for c in mods):
            return None
        states = distinct(self._modifier_states(token))
        if len(states) != 1:
            return None
        kind = " ".join([c.lower_ for c in mods if self.state_of(c) is None] + [token.lower_])   # "foreign minister"
        people = distinct([self.entities[key] for office, keys in self.offices.items()
                           if office == kind or office.endswith(" " + kind) for key in keys
                           if key in self.entities and self.entities[key].country == states[0].key])
        return self._seen(people[0]) if len(people) == 1 else None

    def _titled_holder(self, token: Token) -> Entity | None:
        """"The prime minister", "the foreign minister" (no state, no owner, not "former"): the
        person the article first named with that title ("Prime Minister Keir Starmer")."""
        if token.lower_ not in OFFICE_HEADS or token.tag_ not in ("NN", "NNP") or not any(
                c.dep_ == "det" and c.lower_ == "the" for c in token.children):
            return None
        mods = [c for c in token.children if c.i < token.i and c.dep_ not in ("det", "punct")]
        if any(c.dep_ not in ("amod", "compound") or c.ent_type_ or self.state_of(c) is not None
               or c.lower_ in NOT_HOLDING for c in mods):
            return None
        of_words = [t.lower_ for p in token.children if p.dep_ == "prep" and p.lower_ == "of"
                    for t in p.subtree if t.dep_ != "det" and t != p]
        words = [c.lower_ for c in mods] + [token.lower_]
        for office in ([" ".join(words + ["of"] + of_words)] if of_words else []) + [" ".join(words)]:
            people = self.offices.get(_office_name(office))
            if people and not (of_words and office == " ".join(words)):
                return self._seen(self.entities[people[0]])
        return None

    def _placed_in(self, city: Entity, span: Span, depth: int) -> Entity:
        """"Slavyansk in Russia's Krasnodar region": a town the text places in a region or state of
        another country than the town the name first finds (Ukraine's Sloviansk) is a town of that
        name there."""
        within = [e for o in prep_objects(span.root, {"in"}) for e in [self._one(o, depth + 1)]
                  if e is not None and e.type in ("Region", "Country")]
        state = next((w.key if w.type == "Country" else w.country for w in within), None)
        if state is None or city.country is None or state == city.country or state not in self.gaz.entities:
            return city
        text = clean_name(span)
        return self._seen(self.entities.get(slug(f"{text} {state}")) or
                          Entity(key=slug(f"{text} {state}"), label=text, type="City", country=state), text)

    def _unnamed_person(self, token: Token) -> Entity | None:
        """A name the tagger missed, given in apposition to a role noun: two to four capitalised
        proper nouns, none of them a name of anything else."""
        words = [t for t in token.subtree if t.i <= token.i and t.dep_ in ("compound", "flat") or t == token]
        if not 2 <= len(words) <= 4 or words[-1].i - words[0].i != len(words) - 1 or not all(
                w.pos_ == "PROPN" and w.text[:1].isupper() and w.ent_type_ in ("", "PERSON") for w in words):
            return None
        text = " ".join(w.text for w in words)
        return None if self.gaz.lookup(text) is not None else self._person(text)

    def _unit_of(self, span: Span, depth: int) -> Entity | None:
        """The state whose unit a name is, when its owner is written before it: "Ukraine's 47th
        Brigade", "the Russian army's 1st Guards Tank Army", "Russia's Air Force" (with its conjuncts: "the army's 33rd and
        47th brigades"); None for other names, or when the owner names no state."""
        if span.label_ != "ORG" or span[-1].lower_.rstrip("s") not in UNIT_WORDS and not all(
                w.lower_ in MILITARY_WORDS | SERVICE_WORDS for w in span if w.is_alpha):   # "Russia's Air Force"
            return None
        root = span.root
        while root.dep_ == "conj" and root.head.i < root.i:
            root = root.head
        owners = [c for c in root.children if c.dep_ == "poss" and c.i < span.start or c.i < span.start and
                  c.dep_ in ("amod", "compound") and self.gaz.country_of_demonym(c.text) is not None]
        states = [st for o in owners for st in [self.state_of(o) if o.dep_ != "poss" or o.ent_type_ else
                                                 self._owner_state(self._one(o, depth + 1))] if st is not None]
        return self._side_of(states[0], root) if states and states[0].type == "Country" else None

    def _speaker_state(self, token: Token, depth: int) -> Entity | None:
        """The state of the one who says something: a person's own ("Zelensky"), else the one
        the words before the name or the title's of-phrase give ("Belgium's Defense Minister Theo
        Francken", "the Minister of Defense of Spain, Margarita Robles")."""
        person = self._one(token, depth + 1)
        if person is not None and person.type == "Person" and person.country in self.gaz.entities:
            return self.gaz.entities[person.country]
        if person is not None and person.type == "Country":
            # "Ukraine said its country ..." is no speaker; "British officials" speak for their state
            return person if token.pos_ == "NOUN" and token.lemma_.lower() in SPOKESPEOPLE else None
        return self._titled_state(token)

    def _titled_state(self, token: Token) -> Entity | None:
        """The state the words before a speaker's name or title, or the title's of-phrase, give:
        "Belgium's Defense Minister Theo Francken", "the Minister of Defense of Spain", "US officials"."""
        words = [t for t in token.subtree if t.i < token.i and t.dep_ in ("poss", "compound", "amod", "nmod")]
        outer = prep_objects(token, {"of"})
        words += [o for o in outer] + [x for o in outer for x in prep_objects(o, {"of"})]
        states = [st for st in map(self.state_of, words) if st is not None and st.type == "Country"]
        return states[0] if len(set(states)) == 1 else None

    def _name_after_place(self, token: Token) -> Entity | None:
        """The person in "of the Czech Republic Petr Fiala" when the tagger, having the state's
        name, left the name after it untagged: two or three capitalised proper nouns ending at
        `token`, right after a place the sentence names, none of them a name of anything else."""
        words = []
        for t in reversed(token.doc[max(token.i - 3, 0):token.i + 1]):
            if t.ent_type_ or t.pos_ != "PROPN" or not t.is_title or not t.is_alpha:
                break
            words.insert(0, t)
        if not 2 <= len(words) <= 3 or words[-1] != token:
            return None
        before = token.doc[words[0].i - 1] if words[0].i > 0 else None
        if before is None or before.ent_type_ not in ("GPE", "LOC") or before.head not in words:
            return None
        text = " ".join(w.text for w in words)
        return None if self.gaz.lookup(text) is not None else self._person(text)

    def _title_state(self, span: Span) -> str | None:
        """The state a name's title gives ("Cambodian Prime Minister Hun Manet" -> Cambodia), for a
        person the gazetteer does not know."""
        title = _title_before(span)
        for word in title:
            if word.ent_type_ in ("NORP", "GPE"):
                named = entity_span(word)   # the whole name: "South Korean", not its "Korean"
                text = named.text if named is not None else word.text
                state = self.gaz.country_of_demonym(text) or self.gaz.lookup(text)
                return state.key if state is not None and state.type == "Country" else None
        if any(w.lower_ in OFFICE_WORDS for w in title):
            # "met Zelensky, Foreign Minister Dmytro Kuleba and Interior Minister X": an office with no state,
            # in a list of people the gazetteer knows, all of one state, is that state's
            listed = [t for t in span.root.conjuncts if t.ent_type_ == "PERSON" and t.i not in range(span.start, span.end)]
            states = {p.country for t in listed for named in [entity_span(t)] if named is not None
                      for p in [self.gaz.lookup(named.text) or self.gaz.lookup(named[-1].text)]
                      if p is not None and p.type == "Person"}
            if len(states) == 1 and None not in states:
                return next(iter(states))
        return None

    def _person(self, text: str, country: str | None = None) -> Entity | None:
        words = text.split()
        key = norm(words[-1])
        if len(words) == 1:
            found = self.people.get(key) or (self.people.get(key[:-1]) if key.endswith("s") and
                                              key not in self.people else None)   # "Lulas' visit": Lula's
            found = found or self.given.get(key)
            if found is not None:
                return self._seen(found, text)
            known = self.gaz.lookup(text) or self.gaz.office_holder(text, self.published)   # "the Pope"
            return self._seen(known, text) if known else self._seen(Entity(slug(text), text, "Person"), text)
        # a full name: a gazetteer person by surname + first name variant, or a new person
        known = self.gaz.lookup(" ".join(words[-2:]))
        if known is not None and known.type == "Person":
            return self._seen(known, text)
        known = self.gaz.misspelt_person(" ".join(words[-2:])) or self.gaz.spelt_otherwise(text)
        if known is not None:   # "Mike Walz": Mike Waltz, misspelt; "Mohammed bin Zayed al-Nahyan", spelt otherwise
            return self._seen(known, text)
        if all(w.lower() in ROYAL_TITLES or w.lower() == "crown" for w in words[:-1]):
            # "Crown Prince Mohammed", "Sheikh Tamim": a royal goes by a title and the first of his
            # names; the one person of the article whose name begins so
            named = [e for e in self.entities.values() if e.type == "Person" and e.label.split()[0] == words[-1]]
            if len(named) == 1:
                return self._seen(named[0], text)
        # one the article named already, maybe spelt otherwise ("Abdel Fattah al-Sisi", then "Abdelfatah
        # al-Sisi"); else a new person, of the state the title names if it names one
        letters = squashed(text)
        known = self.entities.get(slug(text)) or next((e for e in self.entities.values() if e.type == "Person"
                                                       and squashed(e.label) == letters), None)
        if known is None and not {w.lower() for w in words} & ARABIC_PARTICLES:
            # the last names of one the article named in full ("Lubamba Wagner" after "Rene
            # Lubamba Wagner"); not "Hamad al Thani" after "Tamim bin Hamad al Thani", his father
            longer = [e for e in self.entities.values() if e.type == "Person"
                      and len(e.label.split()) > len(words) and e.label.split()[-len(words):] == words]
            known = longer[0] if len(longer) == 1 else None
        return self._seen(known or Entity(key=slug(text), label=text, type="Person", country=country), text)

    def _held_region(self, span: Span, text: str) -> Entity | None:
        """"Pakistan-administered Kashmir", "Indian-controlled Kashmir": a place the gazetteer lacks,
        held by a state, is the region that state holds, named as written (a place the gazetteer
        knows, "Russian-occupied Melitopol", stays the place)."""
        doc = span.doc
        if span.label_ not in ("GPE", "LOC") or span.start < 3 or doc[span.start - 2].text != "-" or \
                doc[span.start - 1].lower_ not in ("administered", "controlled", "held"):
            return None
        holder = doc[span.start - 3]
        state = self.gaz.country_of_demonym(holder.text) or self.gaz.lookup(holder.text)
        if state is None or state.type != "Country":
            return None
        # one region however the holding is written ("India-administered", "Indian-controlled Kashmir")
        label = f"{holder.text}-{doc[span.start - 1].text} {text}"
        key = slug(f"{state.key} held {text}")
        known = self.entities.get(key) or Entity(key=key, label=label, type="Region", country=state.key)
        return self._seen(known, label)

    # -- tokens -----------------------------------------------------------------------------------
    def states_listed(self, token: Token) -> list[Entity]:
        """"U.S., Qatari, Egyptian and Israeli officials": the states a list of names and demonyms
        before a plural body noun names, however the parser hung the list (it may make one of its
        words the subject and the noun its apposition), when the list names two or more; the token
        is the noun or a word of the list."""
        doc = token.doc

        def state(t: Token) -> Entity | None:
            found = self.state_of(t) if t.pos_ in ("ADJ", "PROPN") and t.ent_type_ in ("GPE", "NORP") else None
            return found if found is not None and found.type == "Country" else None

        noun = token
        while noun.i < noun.sent.end - 1 and (noun.text in (",", "and") or state(noun) is not None):
            noun = doc[noun.i + 1]
        if noun.tag_ not in ("NNS", "NNPS") or noun.lower_ not in STATE_BODY_NOUNS or noun.i > token.i + 12:
            return []
        states: list[Entity] = []
        k = noun.i - 1
        while k >= noun.sent.start and (doc[k].text in (",", "and") or state(doc[k]) is not None):
            found = state(doc[k])
            if found is not None and found not in states:
                states.insert(0, found)
            k -= 1
        return states if len(states) >= 2 and k < token.i else []

    def from_token(self, token: Token, depth: int = 0, conjuncts: bool = True) -> list[Entity]:
        """The entities a syntactic argument stands for (a name, a demonym phrase, a role noun,
        a pronoun), following apposition and conjunction (`conjuncts`: the names joined after it too)."""
        out: list[Entity] = []
        members = [token, *[c for c in token.conjuncts if c.i > token.i and conjuncts]]
        if conjuncts and (also := as_well_as(token)) is not None:
            members += [also, *[c for c in also.conjuncts if c.i > also.i]]   # "X as well as Y", Y hung elsewhere
        if conjuncts and token.pos_ in ("PROPN", "NOUN"):   # "the Netherlands, together with Germany and Denmark,"
            members += [x for o in together_with(token) for x in (o, *o.conjuncts) if x not in members]
        regions = self.listed_regions(token)
        if regions:
            return regions
        if token.pos_ == "NOUN" and token.lemma_.lower() in LISTING_NOUNS:
            # "NATO allies Germany and the Netherlands": each one the apposition lists
            members += [c for a in token.children if a.dep_ == "appos" for c in a.conjuncts if c.i > a.i]
        named_after = [a for a in token.children if a.dep_ == "appos" and a.ent_type_ == "PERSON"]
        if conjuncts and token.lower_ in TITLE_WORDS and len(named_after) >= 2:
            # "The President of X, A, and the High Representative of Y, B": both names read as the first
            # title's appositions
            members += named_after
        if token.ent_type_ == "PERSON":  # "A, B and C" misparsed as A with the apposition "B and C"
            for child in token.children:
                if child.dep_ == "appos" and child.ent_type_ == "PERSON":
                    members += [child, *[c for c in child.conjuncts if c.i > child.i]]
            for child in token.subtree:   # "with Zelensky and Foreign Minister Sybiha" read as one name
                if child.dep_ == "nmod" and child.ent_type_ == "PERSON" and child.i < token.i and any(
                        c.dep_ == "cc" for c in child.children):
                    members.append(child)
        person = token if token.ent_type_ == "PERSON" else next(
            (a for a in token.children if a.dep_ == "appos" and a.ent_type_ == "PERSON"), None)
        if conjuncts and person is not None:   # "A, advisers from B and C, and D": a plural is no apposition of
            members += [c for c in person.children if c.dep_ == "appos" and c.tag_ == "NNS" and c.pos_ == "NOUN"]  # one
        for tok in list(members):
            named_in = [a for a in tok.children if a.dep_ == "appos" and a.ent_type_ == "PERSON"] \
                if tok != token and tok.pos_ == "NOUN" and tok.tag_ == "NNS" else []
            if named_in:   # "X and his Czech and Slovenian counterparts, A and B, met ...": the people named
                members[members.index(tok):members.index(tok) + 1] = [
                    x for a in named_in for x in (a, *a.conjuncts) if x.i >= a.i]
        for tok in members:
            if tok != token and tok.dep_ in ("amod", "compound"):
                continue  # "Ukrainian and Russian officials": handled as the noun's modifiers
            named = named_after_title(tok) or _name_before_misread_verb(tok)
            # "President of the United States Joe Biden": the name after the title, not the title's holder
            found = [x for x in [self.from_span(named)] if x is not None] if named is not None else \
                self._many(tok, depth)
            for e in found:
                if e not in out:
                    out.append(e)
        return out

    def listed_regions(self, token: Token, whole: bool = False) -> list[Entity]:
        """"Kursk, Belgorod and Bryansk regions", "Rakhine, Kachin, and Shan States", "Pekon and
        Hsihseng townships": names listed before a plural region noun, each one that kind of
        region (whatever the tagger took each name for); from `token` to the end of the list (the
        whole list when `whole`); none when `token` is in no such list."""
        head = token
        while head.dep_ == "conj" and head.head.i < head.i and head.head.pos_ not in ("VERB", "AUX"):
            head = head.head
        members = sorted([head, *head.conjuncts], key=lambda t: t.i)
        kind = head.head.head if head.dep_ == "pobj" and head.head.lower_ in ("including", "like") else None
        if kind is not None and kind.lemma_.lower() in REGION_NOUNS and kind.tag_ == "NNS" and all(
                m.pos_ == "PROPN" and not list(m.children) or m.ent_type_ in ("GPE", "LOC") for m in members):
            # "front-line regions, including Sumy, Dnipropetrovsk and Donetsk": each a region of that name
            return distinct([self._region(clean_name(named) if (named := entity_span(m)) is not None else m.text,
                                          kind.lemma_.lower()) for m in members if m.i >= token.i or whole])
        if head.dep_ in ("conj", "dobj") and head.head.pos_ in ("VERB", "AUX"):   # "targeted Odesa, Mykolaiv, ...
            # and X Oblasts", the parser hanging the second name on the verb: the verb's object and the names
            # after it, each after a comma
            verb = head.head
            first = [c for c in verb.children if c.dep_ == "dobj" and c.i <= head.i]
            rest = [x for c in verb.children if c.dep_ == "conj" and first and c.i > first[0].i and c.pos_ == "PROPN"
                    and c.doc[c.i - 1].text == "," for x in (c, *c.conjuncts) if x != verb]
            if first and rest:
                members = sorted(set(first[:1] + [x for x in rest] + [x for x in first[0].conjuncts]), key=lambda t: t.i)
        after = [c for c in head.children if c.dep_ == "appos" and c.i > members[-1].i and not list(c.children)]
        last = after[0] if after else members[-1]   # (the noun read as the first name's apposition)
        noun = next((n for n in LISTED_REGION_NOUNS if last.lower_ in (n + "s", n[:-1] + "ies")), None)
        if len(members) < 2 or noun is None or last.ent_id_ or any(c.dep_ == "det" for c in last.children):
            return []   # "China and the United States", a name the gazetteer knows: no list of states
        names = []
        for tok in members:
            words = [t for t in tok.children if t.i < tok.i and t.dep_ in ("compound", "flat")] + [tok]
            if tok == last:
                words = words[:-1]
            doc = tok.doc
            while words and words[0].i >= 2 and doc[words[0].i - 1].text == "-" and doc[words[0].i - 2].pos_ == "PROPN" \
                    and not doc[words[0].i - 2].whitespace_:
                words = [doc[words[0].i - 2], doc[words[0].i - 1]] + words   # "Ivano-Frankivsk": one name
            if not words or words[-1].i - words[0].i != len(words) - 1 or not all(
                    w.pos_ == "PROPN" and w.text[:1].isupper() or w.text == "-" for w in words):
                return []
            if tok.i >= token.i or whole:
                names.append("".join(w.text_with_ws for w in words).strip())
        if noun in REGION_NOUNS:
            return distinct([self._region(name, noun) for name in names])
        kind = noun.capitalize() if last.text[:1].isupper() else noun   # "Shan State", "Pekon township"
        return distinct([self.gaz.lookup(f"{name} {noun}") or self._seen(
            Entity(key=slug(f"{name} {noun}"), label=f"{name} {kind}", type="Region"), f"{name} {kind}")
            for name in names])

    def _governed(self, token: Token, depth: int) -> list[Entity]:
        """"The governors of the Kursk and Belgorod regions reported attacks on their territories",
        "the mayor of X said his city was hit": the regions (the city) whoever governs them speaks of."""
        if token.lower_ not in TERRITORY_NOUNS or not any(
                c.dep_ == "poss" and c.lower_ in ("his", "her", "their") for c in token.children):
            return []
        verbs = [a for a in token.ancestors if a.pos_ in ("VERB", "AUX")][:3]   # "reported", "said (it was hit)"
        rulers = next((r for v in verbs for r in [[n for n in subjects(v) if n.lemma_.lower() in GOVERNOR_NOUNS]]
                       if r), [])
        ruled = distinct([e for n in rulers for o in prep_objects(n, {"of"}) for e in self.from_token(o, depth + 1)
                          if e.type in ("Region", "City")])
        return ruled if token.tag_ == "NNS" or len(ruled) == 1 else []

    def _owner_state(self, owner: Entity | None) -> Entity | None:
        """Whose forces a body's are: a state's ministry or service stands for the state (an armed
        group, "Hamas", stays itself)."""
        if owner is not None and owner.type == "Organization" and owner.country in self.gaz.entities and \
                owner.key not in self.gaz.armed and _words(owner.label, *owner.aliases) & (
                    MILITARY_WORDS | STATE_BODY_WORDS):   # "SBU", the Security Service of Ukraine
            return self._seen(self.gaz.entities[owner.country])
        return owner

    def _region(self, name: str, noun: str) -> Entity:
        """The region a place name and a region noun name: "the Volgograd region", "Kursk oblast"."""
        known = self.gaz.lookup(f"{name} {noun}") or self.gaz.lookup(f"{name} region") or \
            self.gaz.lookup(f"{name} oblast")
        if known is not None:
            return self._seen(known)
        place = self.gaz.lookup(name)
        if place is not None and place.type == "Region" and noun == "region":
            return self._seen(place)   # "the Nagorno-Karabakh region": the region the gazetteer knows by that name
        # one key whatever the noun ("Kursk oblast" is "the Kursk region"); named as written ("South Kivu
        # province", "al-Jawf governorate"), as the news calls it
        if place is None:
            place = geo.place(name)   # (whose region it is: "the Tambov region" is Russia's, as Tambov is)
        return self._seen(Entity(key=slug(f"{name} region"), label=f"{name} {noun}", type="Region",
                                 country=place.country if place is not None else None))

    def _many(self, token: Token, depth: int) -> list[Entity]:
        """Collective nouns modified by several demonyms stand for several states; "they" stands
        for an earlier plural subject of the same sentence ("Russian forces ... when they shelled");
        "the Lviv and Ivano-Frankivsk regions" for both regions."""
        lower = token.lower_
        governed = self._governed(token, depth)
        if governed:
            return governed
        if token.pos_ == "NOUN" and token.tag_ == "NNS" and token.lemma_.lower() in LEGISLATORS and not token.ent_type_:
            return [body] if (body := self._legislature(token)) is not None else []   # "U.S. senators": their house
        if token.lemma_.lower() in COALITIONS and token.pos_ == "NOUN" and not token.ent_type_:
            leaders = distinct([e for x in _coalition_leaders(token) for y in (x, *x.conjuncts)
                                for e in [self._one(y, depth + 1) or self.state_of(y)] if e is not None])
            if len(leaders) > 1:   # "the coalition led by Denmark and the Netherlands": the states leading it
                return leaders
        if token.lemma_.lower() in REGION_NOUNS and lower != token.lemma_.lower():
            # (or a name the model mistyped that GeoNames knows: "the Irkutsk and Murmansk regions", Irkutsk a product)
            mods = [c for c in token.children if c.dep_ in ("compound", "nmod") and c.i < token.i
                    and (c.ent_type_ in ("GPE", "LOC") or c.pos_ == "PROPN" and geo.place(c.text) is not None)]
            if not mods:   # "the northern Kyiv and Chernihiv regions", the names hung from the adjective
                mods = [t for t in token.subtree if t.i < token.i and t.ent_type_ in ("GPE", "LOC")
                        and t.head.dep_ == "amod" and t.head.head == token]
            spans = [entity_span(m) for x in mods for m in (x, *x.conjuncts)]
            names = list(dict.fromkeys(clean_name(sp) for sp in spans if sp is not None))
            # "the South and North Kivu provinces": a bare direction shares the rest of the last name
            last = names[-1].split() if names else []
            names = [f"{n} {' '.join(last[1:])}" if n.lower() in REGION_PREFIXES and len(last) > 1
                     and last[0].lower() in REGION_PREFIXES else n for n in names]
            if len(names) >= 2:
                return [self._region(name, token.lemma_.lower()) for name in names]
        kind = FACILITY_NOUNS.get(lower) or FACILITY_NOUNS.get(lower[:-1]) if token.tag_ in ("NNS", "NNPS") else None
        if kind:   # "the Zamzam and Abu Shouk camps", "the Saratov and Ryazan oil refineries": one of each
            mods = [c for c in token.children if c.dep_ in ("compound", "nmod") and c.i < token.i and
                    c.pos_ == "PROPN" and c.text[:1].isupper()]
            members = [m for x in mods for m in (x, *x.conjuncts) if m.pos_ == "PROPN"]
            names = [" ".join(w.text for w in [c for c in m.children if c.dep_ == "compound" and c.i < m.i] + [m])
                     for m in members]
            if len(names) >= 2 and len(set(names)) == len(names):
                return distinct([self._named_facility(name, token, kind, geo.place(name)) for name in names])
        if token.lemma_.lower() in REGION_NOUNS:   # "the regions of Kursk and Belgorod", "the region of Kherson"
            named = [o for o in prep_objects(token, {"of"}) for o in (o, *o.conjuncts) if o.ent_type_ in ("GPE", "LOC")]
            spans = [entity_span(o) for o in named]
            names = list(dict.fromkeys(clean_name(sp) for sp in spans if sp is not None))
            known = [self.gaz.lookup(n) for n in names]
            if names and not any(k is not None and k.type == "Country" for k in known):   # not "the Bryansk region of Russia"
                return [self._seen(k) if k is not None and k.type == "Region" else
                        self._region(re.sub(r"\s+(region|oblast|province)$", "", n, flags=re.I), token.lemma_.lower())
                        for n, k in zip(names, known)]
        if lower in ("they", "them", "their"):
            if unnamed_they(token) is not None:
                return []   # "a boat the terrorists had stolen when they attacked X": the fighters, unnamed
            # (not the subjects of a quotation the pronoun is outside of: '"A and B have always been the
            # first to help," declared X after their meeting')
            earlier = [g for i, g in self.sentence_groups if i < token.i and (not quoted(token.doc[i]) or quoted(token))]
            if earlier:
                return list(earlier[-1])
            if lower == "they" and token.dep_ == "nsubj" and self.last_delegation:
                # "A Pakistani delegation led by X visited Kabul. They met Y": the people leading it
                return list(self.last_delegation)
        if token.lemma_.lower() in LED_GROUPS and token.pos_ == "NOUN":
            # "the US delegation led by Rubio", "a team headed by Witkoff", "UN officials headed by X
            # and Y": the people leading it
            leaders = [o for c in token.children if c.dep_ == "acl" and c.lemma_.lower() in ("lead", "head")
                       for a in c.children if a.dep_ == "agent" for o in a.children if o.dep_ == "pobj"]
            if token.dep_ == "dobj" and token.head.lemma_.lower() in ("lead", "head") and token.lemma_.lower() in (
                    "delegation", "team", "mission"):
                leaders += subjects(token.head)   # "after leading a delegation to meet X": who led it
            # "a Hamas delegation made up of (comprising, consisting of) A, B and C": the people in it
            leaders += [x for c in token.children if c.dep_ == "acl" and c.lemma_.lower() in ("make", "compose", "consist",
                                                                                            "comprise", "include")
                        for o in objects(c) + prep_objects(c, {"of"}) for x in (o, *o.conjuncts)]
            people = [e for o in leaders for e in self.from_token(o, depth + 1) if e.type == "Person"]
            if people:
                if token.dep_ in ("nsubj", "nsubjpass"):   # "they" in the next sentence
                    self.delegation_now = people
                states = self._modifier_states(token) or [self.gaz.entities[x.country] for x in people
                                                          if x.country in self.gaz.entities]
                for person in people:   # met by a state's officials, the delegation is its state (kg.extract.pipeline)
                    if states:
                        self.delegations[person.key] = self._seen(states[0])
                return people
        if token.pos_ in ("NOUN", "PROPN") and (lower in COLLECTIVE_NOUNS or token.lemma_.lower() in COLLECTIVE_NOUNS):
            # "Russian and Ukrainian officials", "US and UK forces" (even where the model took "UK forces" for a name)
            named = token.ent_type_ == "ORG" and token.ent_id_ in self.gaz.entities
            own = entity_span(token) if token.ent_type_ else None
            states = []
            for child in token.children:
                if child.dep_ == "poss" and named:
                    continue  # a known body's own name: "Sudan's paramilitary Rapid Support Forces" is the RSF
                if own is not None and own.start <= child.i < own.end and own.label_ == "ORG":
                    continue  # a word of the body's own name: "Assault" of "the 47th Assault Brigade"
                if child.dep_ in ("amod", "compound", "poss", "nmod") and child.i < token.i:
                    for mod in (child, *child.conjuncts):
                        state = self.state_of(mod)
                        if state is not None and state not in states and not (named and state.key == token.ent_id_):
                            states.append(state)   # ("Armed" in "the Sudanese Armed Forces" names the body itself)
            of_states, of_bodies = [], []
            if len(states) > 1:   # "the Chinese and Russian foreign ministers": the people, when the office is known
                holders = self._office_holders(token)
                if holders:
                    return holders
            after = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
            hung = [after] if not states and after is not None and after.dep_ == "prep" and after.lower_ in (
                "of", "from") and after.head == token.head and token.dep_ in ("dobj", "pobj") else []
            # (the parser hanging the phrase on the verb: "met national security advisers from A, B and C")
            for prep in [*token.children, *hung]:  # "the leaders of France and Germany", "the authorities of the DRC",
                if prep.dep_ == "prep" and prep.lower_ in ("of", "from"):   # "delegations from X and Y"
                    for obj in prep.children:
                        if obj.dep_ == "pobj":
                            inner = prep_objects(obj, {"of"}) if obj.ent_type_ == "CARDINAL" or obj.lower_ in (
                                "some", "several", "many", "most", "all", "both", "state", "government") else []
                            obj = inner[0] if inner else obj   # "representatives of three of its partners - X, Y and Z",
                            # "the heads of state of X, Y and Z"
                            for e in self.from_token(obj, depth + 1):
                                agent = self.as_agent(e)
                                if agent is not None and agent.type == "Country" and agent not in states:
                                    states.append(agent)
                                    of_states.append(agent)
                                elif agent is not None and agent.type == "Organization" and agent.key not in \
                                        self.gaz.companies and agent not in of_bodies:
                                    of_bodies.append(agent)   # "the leaders of ASEAN", "officials of the AU"
            if lower in ("counterparts", "colleagues") and states:
                # "his Brazilian and Chilean colleagues (counterparts)": who holds his office in each (or the
                # one person the article names of it); unknown, nobody (as one counterpart)
                return distinct([p for st in states if st.type == "Country"
                                 for p in [self._counterpart_in(token, st)] if p is not None])
            if len(of_states) > 1 and len(states) == len(of_states):   # "the foreign ministers of Russia and China"
                holders = self._office_holders(token, of_states)
                if holders:
                    return holders
            if len(states) > 1 or of_states and lower in STATE_BODY_NOUNS:
                return states
            if not states and of_bodies and lower in STATE_BODY_NOUNS and (token.tag_ in ("NNS", "NNPS") or
                                                                          lower == "delegation"):
                # ("officials of the AU"; "a delegation from the regional bloc ECOWAS": one body's)
                return of_bodies
        if token.pos_ == "NOUN" and token.lemma_.lower() in DELEGATE_NOUNS | BODY_HEADS and token.tag_ == "NN" and not any(
                c.dep_ in ("amod", "compound", "poss", "nmod") and self.state_of(c) is not None for c in token.children):
            # "a senior official from the Arab League", "an envoy of the African Union", "the head of the Red
            # Cross" (whose name the gazetteer does not know): the body they speak for
            bodies = [a for o in prep_objects(token, {"of", "from"}) for e in self.from_token(o, depth + 1)
                      for a in [self.as_agent(e)] if a is not None and a.type == "Organization"
                      and a.key not in self.gaz.companies]
            if len(bodies) == 1:
                if token.lemma_.lower() in BODY_HEADS:   # a head the gazetteer knows is who it is ("the head of the IAEA")
                    holder = self._one(token, depth)
                    return [holder if holder is not None else bodies[0]]
                return bodies
        found = self._one(token, depth)
        return [found] if found is not None else []

    def _office_holders(self, token: Token, states: list[Entity] | None = None) -> list[Entity]:
        """"The Chinese and Russian foreign ministers", "the US and Ukrainian presidents", "the
        foreign ministers of Russia and China" (`states` given): each state's holder of the office
        on the day, when every one of them is known; else none."""
        if token.tag_ not in ("NNS", "NNPS"):
            return []
        mods = [c for c in token.children if c.dep_ in ("amod", "compound", "poss", "nmod") and c.i < token.i]
        title = self._office_title(token, mods)
        named = [[f"{state.label}'s {title}", f"{title} of {state.label}", f"{title} of the {state.label}"]
                 for state in states] if states is not None else [
            [f"{m.text} {title}"] for c in mods for m in (c, *c.conjuncts) if self.state_of(m) is not None]
        people: list[Entity] = []
        if token.lemma_.lower() == "leader":   # "French, Italian, German leaders", "the leaders of Canada and Italy"
            leaders = [self._leader(st) for st in states] if states is not None else [
                self._leader(st) for c in mods for m in (c, *c.conjuncts) for st in [self.state_of(m)]
                if st is not None and st.type == "Country"]
            return [self._seen(p) for p in distinct(leaders)] if len(leaders) > 1 and all(leaders) else []
        for offices in named:
            holder = next((h for o in offices for h in [self.gaz.office_holder(o, self.published)] if h), None)
            if holder is None:
                return []
            if holder not in people:
                people.append(self._seen(holder))
        return people if len(people) > 1 else []

    def _office_title(self, token: Token, mods: list[Token]) -> str:
        """A role noun's office without its state: "foreign minister" of "the Chinese and Russian
        foreign ministers" or of "Türkiye's foreign minister"."""
        return " ".join([c.text for c in mods if c.dep_ in ("amod", "compound") and self.state_of(c) is None]
                        + [token.lemma_.lower()])

    def _holder_by_state(self, token: Token) -> Entity | None:
        """A role noun whose state is named by another of its names ("Türkiye's foreign minister",
        the office listed as Turkey's): the office asked for by the state's own name."""
        if token.tag_ not in ("NN", "NNP"):   # one holder: not "Ukrainian leaders"
            return None
        mods = [c for c in token.children if c.dep_ in ("amod", "compound", "poss") and c.i < token.i]
        states = [st for c in mods for st in [self.state_of(c)] if st is not None and st.type == "Country"]
        if len(states) != 1:
            return None
        title = self._office_title(token, mods)
        return next((h for o in (f"{states[0].label}'s {title}", f"{title} of {states[0].label}")
                     for h in [self.gaz.office_holder(o, self.published)] if h), None)

    def _leader(self, state: Entity) -> Entity | None:
        """A state's leader on the day: its one head of state or government; where it has two (a
        president and a prime minister), the one the article names (anywhere: a headline's "Italy's
        leader" is named in the text below it)."""
        heads = self.gaz.leaders(state.key, self.published)
        if not heads:   # a state whose leaders the gazetteer lacks: its president (else prime minister) as the
            # article titles them ("Rwandan President Paul Kagame"), when one person is so titled
            named = self.heads_named.get(state.key, {})
            titled = named.get("president") or named.get("prime minister") or set()
            return self.entities.get(next(iter(titled))) if len(titled) == 1 else None
        if len(heads) > 1:   # the article's people (every full name read before its first sentence, and
            # the gazetteer's people it names by surname alone, anywhere)
            named = {e.key for e in self.entities.values() if e.type == "Person"} | self.article_people
            heads = [h for h in heads if h.key in named]
        return heads[0] if len(heads) == 1 else None

    def group_of(self, state: Entity) -> Entity | None:
        """The one armed group of a state that this article names ("rockets fired from Lebanon",
        the article telling of Hezbollah, even later than its headline); None when none or several."""
        if state.type != "Country":
            return None
        named = [*self.entities.values(), *(self.gaz.entities[k] for k in sorted(self.named_groups) if k not in self.entities)]
        groups = [e for e in named if e.key in self.gaz.armed and (e.country or self.gaz.insurgents.get(e.key)) == state.key
                  and (e.key in self.gaz.insurgents or not _words(e.label) & MILITARY_WORDS)]   # not its own army
        return self._seen(groups[0]) if len(groups) == 1 else None

    def _one(self, token: Token, depth: int) -> Entity | None:
        if depth > 3:
            return None
        doc = token.doc
        if token.lemma_.lower() in COALITIONS and token.pos_ == "NOUN" and not token.ent_type_:
            leaders = [e for x in _coalition_leaders(token) for e in [self._one(x, depth + 1) or self.state_of(x)]
                       if e is not None]
            leaders += [self._seen(e) for c in token.children if c.dep_ == "amod" and c.lower_.endswith("-led")
                        for e in [self.gaz.lookup(c.text[:-4]) or self.gaz.country_of_demonym(c.text[:-4])]
                        if e is not None and e.type == "Country"]   # "a U.S.-led coalition", one token
            if len(leaders) == 1:   # "the Latvian-led (drone) coalition": the state leading it acts
                return leaders[0]
        if not token.ent_id_ and (ship := ship_named(token)) is not None:
            # "BRP Teresa Magbanua", "HMS Defender": a state's ship, whatever the tagger took it for (a person),
            # as a named ship the tagger saw is ("the USS Dwight D. Eisenhower")
            return self._seen(Entity(key=slug(ship), label=ship, type="Facility", country=SHIP_PREFIXES[ship.split()[0]]))
        if token.pos_ == "NOUN" and token.tag_ == "NN" and any(c.dep_ == "det" and c.lower_ in ("a", "an", "another")
                                                               for c in token.children) and \
                "member" in {token.lemma_.lower()} | {c.lemma_.lower() for c in token.children if c.dep_ == "compound"} \
                and not prep_objects(token, {"of"}):
            return None   # "a NATO member (state)": some member, unnamed; not the alliance
        if token.ent_type_ and (token.ent_type_ in NER_TYPES or token.ent_type_ in MISTAGGED):
            span = entity_span(token)
            if span is not None and (unit := self._unit_of(span, depth)) is not None:
                return unit   # "the Ukrainian army's 33rd Brigade": that state's forces, not a body of its own
            if span is not None and not (span.label_ == "NORP" and token.dep_ in ("amod", "compound")
                                         and token.head.pos_ in ("NOUN", "PROPN") and token.head.i >= span.end):
                entity = self.from_span(span)
                if entity is not None and entity.type == "WeaponSystem" and token.dep_ in ("nsubj", "nsubjpass"):
                    # "A Russian glide bomb struck X": the weapon's state acts
                    owner = next((st for m in reversed(left_modifiers(token)) if m.i < span.start
                                  for st in [self.state_of(m)] if st is not None), None)
                    return owner or entity
                if entity is not None and entity.type == "City" and depth < 2:
                    entity = self._placed_in(entity, span, depth)
                if entity is not None:
                    return entity
        lower = token.lower_
        if lower in TITLES and token.pos_ in ("NOUN", "PROPN") and len(self.titled.get(lower, ())) == 1 and any(
                c.dep_ == "det" and c.lower_ == "the" for c in token.children) and not any(
                c.dep_ in ("compound", "poss", "amod") and c.lemma_.lower() not in ("born", "bear")
                for c in token.children):   # ("the Italian-born Cardinal", not "the Russian envoy")
            return self.entities[next(iter(self.titled[lower]))]   # "the Cardinal": the one so named before
        if not token.ent_type_ and token.pos_ == "PROPN" and token.text[:1].isupper() and any(
                c.dep_ == "compound" and c.lower_ in TITLES for c in token.children) and \
                self.gaz.lookup(token.text) is None:
            return self._person(token.text)   # "Patriarch Kirill", the name left untagged after its title
        if not token.ent_type_ and token.pos_ == "PROPN" and any(
                c.dep_ == "appos" and c.i > token.i and c.lemma_.lower() in ROLE_NOUNS | OFFICE_WORDS
                for c in token.children) and (found := self._unnamed_person(token)) is not None:
            return found   # "Celso Amorim, head advisor to the President, met X": a name the tagger missed, its role after it
        if not token.ent_type_ and lower.rstrip(".") in CORPORATE_SUFFIXES:   # "Boeing Co.": the company it ends
            named = [c for c in token.children if c.dep_ == "compound" and c.ent_type_]
            if named:
                return self._one(named[-1], depth + 1)
        if not token.ent_type_ and (token.pos_ == "PROPN" or token.text[:1].isupper() and token.pos_ == "NOUN" and
                                    token.lower_ not in geo.english_words()) and norm(token.text) in self.people \
                and not any(c.dep_ == "compound" for c in token.children):
            # "Abramovich and Umerov": a surname left untagged (or read as a plural noun: "Gonsalves greeted X")
            return self._seen(self.people[norm(token.text)], token.text)
        if not token.ent_type_ and token.pos_ == "PROPN" and token.dep_ == "conj" and token.text[:1].isupper() and \
                not token.is_upper and not any(c.dep_ == "compound" for c in token.children) and \
                self.gaz.lookup(token.text) is None and _listed_with_places(doc[token.i:token.i + 1]):
            # "sites in Vardenis, Goris, Sotk and Jermuk": a name the model left untagged in a list of places
            found = geo.place(token.text)
            return self._seen(found or Entity(key=slug(token.text), label=token.text, type="City"), token.text)
        clause = token.head if token.dep_ != "poss" else token.head.head
        if lower in ("it", "its", "they", "their") and clause.dep_ == "ccomp":
            # "Ukraine said it struck ...", "the SBU said its drones struck ...", "the United States
            # announced that they would send ...": who said so
            said = [c for c in clause.head.children if c.dep_ == "nsubj"]
            found = self._one(said[0], depth + 1) if said else None
            if found is not None and found.type == "City":
                found = self.as_agent(found)   # "Moscow said its forces ...": the capital speaks for its state
            if said and (found is None or found.type == "Organization" and not found.country and
                         _words(found.label) - {"of", "the", "and"} <= GENERIC_BODY_WORDS):
                # "Russia's Ministry of Defence said it struck ...", "the Defence Ministry of Russia":
                # a state's body named without a state of its own speaks for the state its name gives
                state = self._titled_state(said[0])
                if state is not None and state.type == "Country" and said[0].lower_ in BODY_NOUNS:
                    self.bodies[said[0].lower_] = state   # "The ministry also said it ...": the same state's
                found = state or found
            if lower in ("they", "their", "it", "its") and said and (found is None or found.type == "Person"):
                # "the Spanish defence minister said they were ready to send ...": the state the
                # speaker's title names speaks (not a name alone: "Zelensky said they attacked")
                return self._seen(state) if (state := self._titled_state(said[0])) is not None else None
            return found if found is not None and found.type in ("Country", "Organization", "Seat") else None
        if lower in ("former", "latter") and any(c.dep_ == "det" and c.lower_ == "the" for c in token.children):
            # "Turkey and Ukraine ..., with the former supplying the latter": the first or second of a pair named before
            pair = next((([h, *h.conjuncts]) for h in doc[token.sent.start:token.i]
                         if h.dep_ != "conj" and len(h.conjuncts) == 1 and h.ent_type_ and h.conjuncts[0].ent_type_
                         and h.conjuncts[0].i < token.i), None)
            if pair is not None:
                found = self._one(pair[0 if lower == "former" else 1], depth + 1)
                return self.as_agent(found) if found is not None else None
        owned = any(c.dep_ == "poss" and c.lower_ in ("his", "her") for c in token.children)
        if lower in ("country", "nation") or lower in BODY_NOUNS and owned:
            # "Zelensky confirmed the country has received ...", "X said his country would send ...",
            # "X said the missiles promised by her country have arrived", "X said his defence ministry
            # struck Y": the state of who said so
            said = clause if token.dep_ in ("nsubj", "nsubjpass") and clause.dep_ == "ccomp" and (owned or any(
                c.dep_ == "det" and c.lower_ == "the" for c in token.children)) else \
                next((a for a in list(token.ancestors)[:5] if a.dep_ == "ccomp"), None) if owned else None
            if said is not None:
                states = [st for c in said.head.children if c.dep_ == "nsubj" for st in [self._speaker_state(c, depth)]
                          if st is not None]
                return self._seen(states[0]) if states else None
            if token.dep_ in ("dobj", "pobj") and any(c.dep_ == "det" and c.lower_ == "the" for c in token.children):
                # "... Ukraine's ports since Russia invaded the country": the state the sentence named last
                # before it, but the one acting on it
                doers = {e.key for s in subjects(clause) for e in [self._one(s, depth + 1)] if e is not None}
                named = [e for ent in doc.ents[::-1] if ent.end <= token.i and ent.start >= token.sent.start
                         and ent.label_ == "GPE" for e in [self.from_span(ent)] if e is not None]
                named = [e for e in named if e.type == "Country" and e.key not in doers]
                return named[0] if named else None
        if lower in ("it", "they") and token.dep_ == "nsubj" and clause.dep_ == "relcl":
            # "X thanked Denmark for the jets it delivered": the state or body named before the
            # noun the clause tells of
            for ent in reversed([e for e in doc.ents if e.end <= clause.head.left_edge.i and e.label_ in ("GPE", "ORG", "NORP")]):
                found = self.as_agent(self.from_span(ent))
                if found is not None and found.type in ("Country", "Organization"):
                    return found
            return None
        if lower in ("we", "us") and token.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj", "dative"):
            return self._our_state(token)   # "Frederiksen said we will donate jets": Denmark
        if lower in PRONOUNS_PERSON and token.dep_ in ("nsubj", "nsubjpass") and clause.dep_ == "relcl" and any(
                c.dep_ == "advmod" and c.lower_ in ("where", "when") for c in clause.children):
            # "as part of X's visit to the US, where he met lawmakers": the one whose visit it is
            # (the clause hung on the noun, or on the place of its "to" phrase: "X's visit to the US, where")
            nouns = [clause.head] + ([clause.head.head.head] if clause.head.dep_ == "pobj" else [])
            owners = [e for n in nouns for c in n.children if c.dep_ == "poss" and c.ent_type_ == "PERSON"
                      for e in [self._one(c, depth + 1)] if e is not None and e.type == "Person"]
            if len(owners) == 1:
                return owners[0]
            # "During Saturday's visit to Rome, where he met X, Zelensky thanked ...": the phrase the
            # sentence opens with tells of the main clause's subject, named after it
            opening = next((a for a in clause.ancestors if a.dep_ in ("prep", "advcl") and a.head.pos_ in ("VERB", "AUX")),
                           None)
            subs = [c for c in opening.head.children if c.dep_ in ("nsubj", "nsubjpass")] if opening is not None else []
            if len(subs) == 1 and subs[0].ent_type_ == "PERSON" and opening.right_edge.i < subs[0].i:
                found = self._one(subs[0], depth + 1)
                if found is not None and found.type == "Person":
                    return found
        if lower in PRONOUNS_PERSON:
            earlier = [e for i, e in self.sentence_people if i < token.i]
            # not the subject of a condition the pronoun is outside of: "Z said ..., but if X agrees,
            # he will fly there to meet him" (he is Z)
            subject = token.dep_ in ("nsubj", "nsubjpass") or token.dep_ == "conj" and token.head.dep_ == "nsubj"
            outside = [e for i, e in self.sentence_people if i < token.i and not _conditioned(doc[i], token)] \
                if subject else []
            if token.dep_ in ("dobj", "pobj"):  # "X will fly there to meet him": him is not X
                verb = token.head if token.dep_ == "dobj" else token.head.head
                own = {t.i for t in subjects(verb)} if verb.pos_ in ("VERB", "AUX") else set()
                own_people = {e for i, e in self.sentence_people if i in own} | {
                    e for t in subjects(verb) for e in self.from_token(t, depth + 1) if e.type == "Person"} \
                    if verb.pos_ in ("VERB", "AUX") else set()
                outside = [e for i, e in self.sentence_people if i < token.i and e not in own_people]
                if not outside:  # "after hosting Xi ..., the Russian President greeted him": a person named before
                    named = [(ent.start, e) for ent in doc.ents if ent.label_ == "PERSON" and ent.end <= token.i
                             for e in [self.from_span(ent)] if e is not None and e.type == "Person"]
                    # or by office: "a call with his Russian counterpart ... offered to host him"
                    named += [(t.i, e) for t in doc[token.sent.start:token.i] if t.dep_ in ("pobj", "dobj")
                              and t.lemma_.lower() in ROLE_NOUNS and not t.ent_type_
                              for e in [self._one(t, depth + 1)] if e is not None and e.type == "Person"]
                    named = [e for _, e in sorted(named, key=lambda pair: pair[0])]
                    outside = [e for e in named if e not in own_people] or (
                        [self.last_person] if self.last_person is not None and self.last_person not in own_people
                        else [])
                    return outside[-1] if outside else None
            return (outside or earlier)[-1] if earlier else self.last_person
        if token.pos_ not in ("NOUN", "PROPN"):
            return None
        # apposition names the noun: "the Israeli foreign minister, Gideon Saar"
        for child in token.children:
            if child.dep_ == "appos" and not called_so(child):
                found = self._one(child, depth + 1)
                if found is None and (lower in TITLE_WORDS or lower in ROLE_NOUNS or lower == "counterpart"):
                    found = self._unnamed_person(child)   # "his Swiss counterpart Ignazio Cassis", untagged
                if found is not None:
                    return found
        # a role noun right before a name is that person: "his Turkish counterpart Recep Tayyip Erdogan"
        nxt = doc[token.i + 1] if token.i + 1 < len(doc) else None
        if nxt is not None and nxt.ent_type_ == "PERSON" and nxt.ent_iob_ == "B" and \
                (lower in COLLECTIVE_NOUNS or lower in TITLE_WORDS or lower in ROLE_NOUNS):
            span = next((e for e in doc.ents if e.start == nxt.i), None)
            entity = self.from_span(span) if span is not None else None
            if entity is not None:
                return entity
        if nxt is not None and nxt.ent_type_ == "ORG" and nxt.ent_iob_ == "B" and token.lemma_.lower() in NAMED_BODIES:
            span = next((e for e in doc.ents if e.start == nxt.i), None)   # "the regional bloc ECOWAS", "the
            entity = self.from_span(span) if span is not None else None   # militant group Hamas": its name
            if entity is not None and entity.type == "Organization":
                return entity
        # the same with a comma the parser did not read as apposition: "a meeting with his Chinese
        # counterpart, Wang Yi, and other officials" (the name not the subject of what follows:
        # "after meeting his counterpart, Blinken flew to Paris" is two people)
        after = doc[token.i + 2] if token.i + 2 < len(doc) and nxt is not None and nxt.text == "," else None
        if after is not None and after.ent_type_ == "PERSON" and after.ent_iob_ == "B" and \
                (lower in TITLE_WORDS or lower in ROLE_NOUNS) and token.sent == after.sent:
            span = next((e for e in doc.ents if e.start == after.i), None)
            if span is not None and span.root.dep_ not in ("nsubj", "nsubjpass") and span.root.head != token.head \
                    and (span.end >= len(doc) or doc[span.end].text in (",", ".", "and", ";", ")")):
                entity = self.from_span(span)
                if entity is not None and entity.type == "Person":
                    return entity
        if lower in TITLE_WORDS or lower in ROLE_NOUNS:   # "President of Poland Andrzej Duda", the name
            named = [o for o in prep_objects(token, {"of"}) if o.ent_type_ == "PERSON"]   # parsed in the of
            span = entity_span(named[0]) if named else None
            entity = self.from_span(span) if span is not None else None
            if entity is not None and entity.type == "Person":
                return entity
            for obj in prep_objects(token, {"of"}):   # "Prime Minister of the Czech Republic Petr Fiala", untagged
                entity = self._name_after_place(obj)
                if entity is not None:
                    return entity
        if token.lemma_.lower() in MEMBERS and token.pos_ == "NOUN":   # "members of the UK government": the UK
            bodies = [e for o in prep_objects(token, {"of"}) for e in self.from_token(o, depth + 1) if e.type == "Country"]
            if len(bodies) == 1:
                return bodies[0]
        if lower in ("counterpart", "counterparts", "colleague"):  # "met his Ukrainian counterpart": the same office there
            return self._counterpart(token)
        titled = self._titled_holder(token)   # "the prime minister": the one the article so titled first
        if titled is not None:
            return titled
        # a role noun held by one person: "the Ukrainian president", "Ukraine's president"
        holder = self.gaz.office_holder(role_phrase(token, of=True), self.published) or \
            self.gaz.office_holder(role_phrase(token, of="before"), self.published) or \
            self.gaz.office_holder(role_phrase(token), self.published) or self._holder_by_state(token) or \
            self.gaz.office_holder(re.sub(r"['’]s ", " ", role_phrase(token)), self.published)   # "the Pentagon's chief"
        # "the US secretary of state"; "Ukraine's minister of defence" as "Ukraine's defence minister"
        if holder is None:
            holder = self._head_named(token) or self._official_named(token)
        if holder is not None:
            return self._seen(holder)
        if token.lemma_.lower() == "leader" and token.tag_ == "NN":   # "Turkey's leader": its head on the day
            states = self._modifier_states(token)
            head = self._leader(states[0]) if len(states) == 1 else None
            if head is not None:
                return self._seen(head)
        if token.tag_ in ("NN", "NNP") and token.lemma_.lower() in OFFICE_NOUNS and \
                not any(c.lower_ in ("former", "ex", "late", "then") for c in token.children) and \
                not (nxt is not None and nxt.ent_type_ == "PERSON"):   # a title before the name is that person's
            # "Fiji's foreign minister", "the Fijian president", "the ambassador of Fiji", whose holder on the
            # day neither the gazetteer nor the article names: the state they act for, as an unnamed
            # official's ("officials from Fiji") is
            states = distinct(self._modifier_states(token) + [
                st for o in prep_objects(token, {"of"}) for st in [self.state_of(o)] if st is not None and st.type == "Country"])
            if len(states) == 1:
                return states[0]
        # "a new Chinese firm called Beijing Xichao International Technology and Trade": the name it is called
        if lower in ORG_NOUNS or token.lemma_.lower() in ORG_NOUNS:
            for acl in token.children:
                if acl.dep_ == "acl" and acl.lemma_.lower() in ("call", "name", "know"):
                    names = [c for c in acl.children if c.dep_ in ("oprd", "dobj", "attr") and c.pos_ == "PROPN"]
                    if names:
                        words = [t for t in names[0].subtree if t.pos_ in ("PROPN", "CCONJ") or t.text == "&"]
                        text = doc[words[0].i:words[-1].i + 1].text if words else names[0].text
                        known = self.gaz.lookup(text)
                        if known is not None:
                            return self._seen(known, text)
                        state = next((st for m in left_modifiers(token) for st in [self.state_of(m)]
                                      if st is not None and st.type == "Country"), None)
                        return self._seen(Entity(key=slug(text), label=text, type="Organization",
                                                 country=state.key if state else None), text)
            # "the Russian manufacturer IEMZ Kupol": a name right after a company noun
            nxt = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
            if nxt is not None and nxt.ent_type_ == "ORG" and nxt.ent_iob_ == "B":
                span = next((e for e in doc.ents if e.start == nxt.i), None)
                entity = self.from_span(span) if span is not None else None
                if entity is not None:
                    return entity
        if lower in WING_NOUNS and any(c.dep_ == "amod" and c.lower_ in WING_KINDS for c in token.children):
            # "Hamas's armed wing", "the military wing of Hezbollah": the group (or state) whose wing it is
            owner = next((a for m in [*reversed(left_modifiers(token)), *prep_objects(token, {"of"})]
                          for a in [self.state_of(m)] if a is not None), None)
            if owner is not None:
                return owner
        # "Russian forces", "Moscow's invading forces", "Ukraine's military": the state acts
        if lower in COLLECTIVE_NOUNS or token.lemma_.lower() in COLLECTIVE_NOUNS or \
                lower in ORG_NOUNS or token.lemma_.lower() in ORG_NOUNS:
            for child in reversed(left_modifiers(token)):  # nearest first: "IDF fighter jets"
                if child.dep_ == "poss" and token.lemma_.lower() in ALLY_NOUNS:
                    continue   # "Ukraine's allies", "its partners": others, not the state ("NATO allies" are NATO's)
                state = self.state_of(child) if child.lower_ != "its" else self._owner_state(self._one(child, depth + 1))
                if state is None and lower in LEADERS_BODIES and child.ent_type_ == "PERSON":
                    # "the Biden administration", "the Netanyahu government": the state its leader serves
                    state = next((self._seen(self.gaz.entities[p.country]) for p in self.from_token(child, depth + 1)
                                  if p.type == "Person" and p.country in self.gaz.entities), None)
                if state is not None:   # "the defence ministry said its forces captured Y": the state's forces
                    if lower in ("group", "movement") and state.type == "Country" and any(
                            m.lemma_.lower() in IRREGULAR_KINDS for m in left_modifiers(token)):
                        group = self.group_of(state)   # "the Palestinian militant group": the armed group of
                        if group is not None:           # theirs the article names, not their state
                            return group
                    if lower in BODY_NOUNS and state.type == "Country":
                        self.bodies[lower] = state
                    return self._side_of(state, token)
            if lower in MILITARY_WORDS | FIGHTER_NOUNS:   # "the Navy of Ukraine", "the forces of Russia": the
                # state's; "fighters of Hamas", "fighters from the al-Shabab group": the armed group's
                # (not a state they came "from": "fighters from Syria" are not Syria's)
                states = [s for o in prep_objects(token, {"of"}) + [o for o in prep_objects(token, {"from"})
                                                                    if o.ent_type_ != "GPE"] for s in [
                    self.state_of(o) or next((x for c in o.children if c.dep_ == "compound"   # "the X group"
                                              for x in [self.state_of(c)] if x is not None), None)] if s is not None]
                if len(states) == 1 and (states[0].type == "Country" or states[0].key in self.gaz.armed):
                    return self._side_of(states[0], token)
            if lower in BODY_NOUNS and lower in self.bodies and not left_modifiers(token) and any(
                    c.dep_ == "det" and c.lower_ == "the" for c in token.children):
                return self._side_of(self.bodies[lower], token)   # "the army", after "the Sudanese army": the same state's
            if lower in ("army", "military") and len(self.civil_wars) == 1 and not left_modifiers(token) and any(
                    c.dep_ == "det" and c.lower_ == "the" for c in token.children):
                forces = self._civil_war_forces(next(iter(self.civil_wars)))   # "the army", in an article of a war
                if forces is not None:                                            # within one state
                    return self._seen(forces)
        # "the group", "the Iranian-backed rebels": the armed group named before in the sentence, else
        # the one the article named last
        if lower in GROUP_NOUNS and (any(c.dep_ == "det" and c.lower_ == "the" for c in token.children) or
                                     token.tag_ == "NNS" and not any(c.dep_ in ("det", "amod", "compound", "poss", "nummod",
                                                                               "prep", "relcl", "acl") for c in token.children)):
            # (or bare: "when rebels seized Damascus", the article's group)
            here = [e for ent in token.sent.ents if ent.end <= token.i and ent.label_ in ("ORG", "NORP", "GPE")
                    for e in [self.gaz.entities.get(ent.ent_id_) if ent.ent_id_ else self.gaz.lookup(ent.text)]
                    if e is not None and e.key in self.gaz.armed]
            if here or self.last_group is not None:
                return self._seen(here[-1]) if here else self.last_group
        # "the Volgograd region", "Kursk oblast": the region of a place name
        if lower in REGION_NOUNS:
            names = [c for c in token.children if c.dep_ == "compound" and c.ent_type_ in ("GPE", "LOC")]
            if names:
                words = [t.text for t in doc[names[0].left_edge.i:names[-1].i + 1] if t.ent_type_ in ("GPE", "LOC")]
                return self._region(" ".join(words), lower)
        # "Lebanon's capital", "the Ukrainian capital": that state's capital city
        if lower == "capital" and token.pos_ == "NOUN" and not any(c.dep_ == "prep" and c.lower_ == "of" for c in token.children):
            states = self._modifier_states(token)
            if len(states) == 1 and self.gaz.capitals.get(states[0].key) in self.gaz.entities:
                return self._seen(self.gaz.entities[self.gaz.capitals[states[0].key]])
        # "the city of Dnipro", "the village of Petro-Ivanivka"
        if lower in PLACE_NOUNS:
            for child in token.children:
                if child.dep_ == "prep" and child.lower_ == "of":
                    for obj in child.children:
                        if obj.dep_ == "pobj":
                            return self._one(obj, depth + 1) or self._named_here(obj, lower)
        return None

    def _named_here(self, name: Token, noun: str) -> Entity | None:
        """A place no gazetteer knows, named where only a place can be: "the town of Tinzaouaten"
        (the model's tag, if any, notwithstanding); the article's later mentions of the name are it."""
        words = [t for t in name.subtree if t.i <= name.i and t.pos_ == "PROPN"]
        if name.pos_ != "PROPN" or not words or words[-1] != name or words[-1].i - words[0].i != len(words) - 1 or \
                not all(w.text[:1].isupper() and w.ent_type_ not in ("PERSON", "NORP", "DATE", "TIME") for w in words):
            return None
        text = " ".join(w.text for w in words)
        if self.gaz.lookup(text) is not None:
            return None
        self.placed[norm(text)] = self._seen(
            Entity(key=slug(text), label=text, type="Region" if noun in REGION_NOUNS else "City"), text)
        return self.placed[norm(text)]

    def untagged_place(self, token: Token) -> Entity | None:
        """A proper noun the model did not tag, where a place goes ("two cities - Bahawalpur and
        Muridke"): a city or region GeoNames knows."""
        if token.pos_ == "NOUN" and token.lower_ in REGION_NOUNS and not token.ent_type_:
            # "a drone strike in the Penza region", the name untagged: the region of that name
            names = [c for c in token.children if c.dep_ == "compound" and c.pos_ == "PROPN" and not c.ent_type_]
            if names and names[-1].i == token.i - 1 and names[-1].text[:1].isupper() and \
                    names[-1].i - names[0].i == len(names) - 1:
                return self._region(" ".join(t.text for t in names), token.lower_)
            return None
        if token.pos_ != "PROPN" or token.ent_type_:
            return None
        words = [t for t in token.subtree if t.i <= token.i and t.pos_ == "PROPN" and
                 (t == token or t.dep_ == "compound")]
        found = geo.place(" ".join(t.text for t in words))
        return self._seen(found) if found is not None else None

    def vessel(self, noun: Token) -> Entity | None:
        """A merchant ship struck ("a Greek-owned merchant ship", "an oil tanker", "a Liberian-flagged
        cargo vessel"), or shipping ("attacks on commercial shipping"): the ship, an item named as
        the article writes it, not its owner's state (a state's warship is the state,
        kg.extract.pipeline)."""
        lemma = noun.lemma_.lower()
        mods = left_modifiers(noun)
        words = {m.lower_ for m in mods}
        flagged = any(m.lower_ in ("owned", "flagged", "operated", "registered") for m in noun.subtree if m.i < noun.i)
        if not (lemma in MERCHANT_SHIPS or lemma in ("ship", "vessel", "boat") and (words & MERCHANT_WORDS or flagged)
                or noun.lower_ == "shipping"):   # "attacks on (commercial) shipping in the Red Sea"
            return None
        named = [a for a in noun.children if a.dep_ == "appos" and a.pos_ == "PROPN" and a.left_edge.i == noun.i + 1]
        if not named and len(listed := ship_names(noun)) == 1:
            named = listed   # "the tankers ..., the Kairos,": the one named (several: ships_named)
        if named:   # "the commercial ship Transworld Navigator": the ship's own name
            name = noun.doc[named[0].left_edge.i:named[0].i + 1].text
            return self._seen(Entity(key=slug(name), label=name, type="Item"))
        start = min([m.left_edge.i for m in mods] + [noun.i])
        label = noun.doc[start:noun.i + 1].text
        label = label[:1].upper() + label[1:]
        # one article's unnamed ship is not another's: the key is the article's own
        return self._seen(Entity(key=f"{slug(label)}-{self.scope}" if self.scope else slug(label), label=label,
                                 type="Item"))

    def ships_named(self, noun: Token) -> list[Entity]:
        """The merchant ships a plural noun names in apposition ("the two oil tankers, Kairos and
        Virat, were struck"): each by its name; none when it names fewer than two."""
        names = ship_names(noun)
        if len(names) < 2 or self.vessel(noun) is None:
            return []
        return [self._seen(Entity(key=slug(name), label=name, type="Item")) for name in map(_proper_name, names)]

    def ship_called(self, name: Token) -> Entity | None:
        """A merchant ship named after its kind ("the oil tanker Sounion", the name read as the
        head): the ship, by its name; else None."""
        if name.pos_ != "PROPN" or name.ent_type_ in ("GPE", "LOC", "NORP") or not any(
                c.dep_ == "compound" and c.lemma_.lower() in MERCHANT_SHIPS for c in name.children):
            return None
        label = _proper_name(name)
        return self._seen(Entity(key=slug(label), label=label, type="Item"))

    def _legislature(self, noun: Token) -> Entity | None:
        """The body members of parliament sit in: "U.S. senators" the US Senate, "House lawmakers"
        the House, "Ukrainian lawmakers" the Verkhovna Rada; senators named by no state the US
        Senate (as news says it); None for lawmakers of no state named, or a state whose
        parliament the gazetteer does not know."""
        house = any(m.lower_ == "house" for m in left_modifiers(noun))
        titled = self._titled_state(noun)
        state = titled.key if titled is not None else "united-states" if noun.lemma_.lower() == "senator" or house else None
        if state is None:
            return None
        kind = "house" if house else LEGISLATORS[noun.lemma_.lower()]
        body = self.gaz.legislatures.get((state, kind)) or self.gaz.legislatures.get((state, "parliament"))
        return self._seen(self.gaz.entities[body]) if body in self.gaz.entities else None

    def facility(self, noun: Token, places: list[Entity]) -> Entity | None:
        """A facility named by the noun it heads and where it is: "a refinery in Ryazan",
        "the Ryazan refinery", "two Russian airfields near Luhansk" -> the Ryazan refinery, the
        Luhansk airfield. A name the gazetteer knows ("Zaporizhzhia nuclear plant") wins."""
        lemma = noun.lemma_.lower()
        if lemma not in FACILITY_NOUNS and noun.lower_ not in FACILITY_NOUNS:
            return None
        where, written, own = None, None, None
        for mod in left_modifiers(noun):  # its own name first: "the Nuseirat (refugee) camp in central Gaza"
            if mod.dep_ in ("compound", "nmod", "amod") and mod.i < noun.i and mod.ent_type_ in ("GPE", "LOC"):
                found = self._one(mod, 1)
                if found is not None and found.type in ("City", "Region") and not _water(found):
                    span = entity_span(mod)
                    where, written = found, clean_name(span) if span is not None else None
            elif mod.dep_ in ("compound", "nmod") and mod.i < noun.i and (
                    mod.pos_ == "PROPN" or mod.is_upper and mod.is_alpha and len(mod) >= 3) and (   # "NORSI", tagged a noun
                    mod.ent_type_ in ("", "ORG", "PERSON") or
                    mod.ent_type_ == "NORP" and self.gaz.country_of_demonym(mod.text) is None):
                words = [t for t in mod.subtree if t.i <= mod.i and t.pos_ == "PROPN"] or [mod]
                first = words[0].i
                while first > 0 and noun.doc[first - 1].pos_ == "PROPN" and noun.doc[first - 1].dep_ in (
                        "compound", "nmod") and noun.doc[first - 1].head in (mod.head, noun.doc[first]):
                    first -= 1                         # "Osman Digna", each a modifier of the noun
                between = noun.doc[first:mod.i + 1]   # "Nur Shams", "Al-Faraa"
                text = between.text if all(t.pos_ == "PROPN" or t.text == "-" for t in between) else mod.text
                while len(text.split()) > 1 and text.split()[-1].lower() in FACILITY_KINDS:
                    text = text.rsplit(" ", 1)[0]      # "Zmiiv Thermal Power" (Plant): the name, then its kinds
                found = geo.place(text) if mod.ent_type_ != "PERSON" else None   # a town the model did not tag,
                if found is not None:                                            # or took for a body
                    where, written = self._seen(found, text), text
                elif lemma in ("camp", "camps") and text[:1].isupper():
                    own = written = text               # "the Nur Shams camp": its own name, wherever it is
                elif text[:1].isupper() and (mod.ent_type_ in ("", "PERSON", "NORP") and self._unknown_name(mod, text) or
                                             mod.ent_type_ == "ORG" and self._unknown_body(text)) and \
                        not set(text.lower().split()) <= FACILITY_KINDS and \
                        all(t.pos_ in ("NOUN", "ADJ") and t.is_lower or t.lower_ in FACILITY_KINDS
                            for t in noun.doc[mod.i + 1:noun.i]):
                    # "Burshtyn thermal power plant", a town the model took for a person or a people ("the
                    # Dyagilevo airfield", no demonym) or left untagged:
                    # the facility's own name (not a company's, a group's or a state's: whose it is)
                    own = written = text
        if where is None:   # where the noun itself says it is ("a station in Kramatorsk"), else the nearest place named
            near = [e for o in prep_objects(noun, {"in", "near", "at", "outside"}) for e in self.from_token(o)]
            # (not a sea: "a Black Sea port" is some port on it, not one named after it)
            where = next((p for p in near + places if p.type == "City"), None) or \
                next((p for p in near + places if p.type == "Region" and not _water(p)), None)
        if own is not None and written == own:   # in the state the sentence places it, if no nearer place
            return self._named_facility(own, noun, lemma, where or next((p for p in places if p.type == "Country"), None))
        if where is None:
            return None
        # named as the article writes the place ("Jenin camp", not GeoNames' "Janin camp"), or as our
        # gazetteer names it ("Hodeidah port" however the article spells Hodeidah)
        if written and where.key in self.gaz.entities and norm(written) in map(norm, (where.label, *where.aliases)):
            written = where.label
        base = re.sub(r"\s+(region|oblast|province|krai)$", "", written or where.label, flags=re.I)
        return self._named_facility(base, noun, lemma, where)

    def _unknown_name(self, token: Token, text: str) -> bool:
        """A name no one we know bears: not a state's demonym, nothing the gazetteer knows, no
        body the article names (a person the model made of a town's name is no one known)."""
        if not self._unknown_body(text):
            return False
        found = self._one(token, 1)
        return found is None or found.type == "Person" and found.key not in self.gaz.entities

    def _unknown_body(self, text: str) -> bool:
        """A name that is no state's demonym and nothing the gazetteer knows (no state, company or
        group): "the Kalanchak airfield", the name the model took for a body, is Kalanchak's."""
        return self.gaz.country_of_demonym(text) is None and self.gaz.lookup(text) is None

    def listed_facilities(self, noun: Token) -> list[Entity]:
        """The facilities a colon after a plural facility noun lists by name ("strikes on four
        airbases: Belaya, Dyagilevo and Olenya" -> the Belaya air base, ...), each called by its
        name and the noun's kind; nothing when the list holds anything but names."""
        lemma = noun.lemma_.lower()
        sent = noun.sent
        if noun.tag_ != "NNS" or lemma not in FACILITY_NOUNS:
            return []
        # or a dash, the list read as the noun's apposition wherever it stands: "four refineries were
        # attacked - A, B, C and D"
        listed = [x for a in noun.children if a.dep_ == "appos" and a.i > noun.i + 1 and a.pos_ == "PROPN"
                  and noun.doc[a.i - 1].text in DASHES for x in (a, *a.conjuncts)]
        if listed and all(x.pos_ == "PROPN" and x.ent_type_ in ("", "PERSON", "GPE", "LOC", "ORG", "FAC") for x in listed):
            spans = [entity_span(x) for x in listed]
            return [self._named_facility(clean_name(sp) if sp is not None else x.text, noun, lemma, None)
                    for x, sp in zip(listed, spans)]
        end = noun.right_edge.i if noun.right_edge.text == ":" else noun.right_edge.i + 1   # (the colon, the noun's or not)
        if end >= sent.end or noun.doc[end].text != ":":
            return []
        named = [e for e in sent.ents if e.start > end]
        if not named or any(e.label_ not in ("PERSON", "GPE", "LOC", "ORG", "FAC") for e in named) or any(
                t.pos_ in ("VERB", "AUX") for t in noun.doc[end + 1:named[-1].end]):
            return []
        return [self._named_facility(clean_name(e), noun, lemma, None) for e in named]

    def _named_facility(self, base: str, noun: Token, lemma: str, where: Entity | None) -> Entity:
        """The facility of kind `noun` called `base` ("Ryazan", or its own name), with the kinds
        the text gives before the noun ("oil", "thermal power"); the gazetteer's if it knows it."""
        kind = FACILITY_NOUNS.get(lemma) or FACILITY_NOUNS.get(noun.lower_)
        qualifiers = []   # "an oil refinery in Ryazan" -> the Ryazan oil refinery; "a naval base" -> naval base
        for mod in sorted(left_modifiers(noun), key=lambda t: -t.i):
            if mod.dep_ not in ("compound", "amod") or mod.lower_ not in FACILITY_KINDS or mod.i < noun.i - 3:
                break   # (a kind however written: "the Dnister Hydroelectric Power Plant")
            qualifiers.insert(0, mod.lower_)
        name = " ".join([base, *qualifiers, kind])
        for candidate in (name, f"{base} {kind}"):
            known = self.gaz.lookup(candidate)
            if known is not None:
                return self._seen(known, candidate)
        country = None if where is None else where.country if where.type != "Country" else where.key
        return self._seen(Entity(key=slug(name), label=name, type="Facility", country=country), name)

    def _counterpart(self, token: Token) -> Entity | None:
        """"X met his Ukrainian counterpart": whoever holds X's office in Ukraine on the day. The
        counterpart is never the state itself; unknown, it is nobody."""
        state = next((s for s in (self.state_of(c) for c in token.children if c.dep_ in ("amod", "compound", "poss")
                                  and c.i < token.i) if s is not None and s.type == "Country"), None)
        return self._counterpart_in(token, state) if state is not None else None

    def _counterpart_in(self, token: Token, state: Entity) -> Entity | None:
        """Whoever holds, in `state`, the office of the one whose counterpart (colleague) the token is."""
        demonyms = [w for w, key in self.gaz.demonyms.items() if key == state.key]
        people = [e for i, e in self.sentence_people if i < token.i][:1] or \
            ([self.last_person] if self.last_person else [])  # the one whose counterpart it is
        for person in people:
            for office in self.gaz.offices:
                if office.person != person.key or not office.held_on(self.published):
                    continue
                for noun in office.nouns:
                    first, _, rest = noun.partition(" ")
                    if not rest or self.gaz.country_of_demonym(first) is None:
                        continue
                    for title in (rest, *SAME_OFFICE.get(rest.lower(), ())):
                        for demonym in demonyms:
                            holder = self.gaz.office_holder(f"{demonym} {title}", self.published)
                            if holder is not None and holder.key != person.key:
                                return self._seen(holder)
        # an office the gazetteer does not know: the one person of that state the article names
        named = [e for e in self.entities.values() if e.type == "Person" and e.country == state.key
                 and e not in people]
        return self._seen(named[0]) if len(named) == 1 else None

    def state_of(self, token: Token) -> Entity | None:
        """The country a modifier names: a demonym ("Russian"), a country or capital ("Moscow's")."""
        country = self.gaz.country_of_demonym(token.text)
        if country is not None:
            return self._seen(country)
        if token.ent_type_ in ("GPE", "NORP", "ORG"):
            span = entity_span(token)
            country = self.gaz.country_of_demonym(span.text) if span is not None and token.ent_type_ == "NORP" else None
            if country is not None:   # a demonym of two words: "South Korean", "Saudi Arabian"
                return self._seen(country)
            if span is not None and span.end > token.i + 2 and _possessive(token):
                own = self.gaz.lookup(token.text)   # "Sudan" in "Sudan's army"-controlled: the state, not its army
                if own is not None and own.type == "Country":
                    return self._seen(own)
            entity = self.from_span(span) if span is not None else None
            if entity is not None:
                agent = self.as_agent(entity)
                if agent is not None and agent.type in ("Country", "Organization"):
                    return agent
        return None

    def as_agent(self, entity: Entity | None) -> Entity | None:
        """The entity acting: a capital or seat of government stands for its state; places,
        weapons and topics cannot act; news outlets report, they do not take part."""
        if entity is None or entity.key in self.gaz.outlets:
            return None
        entity = self.as_belligerent(entity)  # a state's armed forces act as the state
        state = self.gaz.state_for_seat(entity)
        if state is not None:
            return self._seen(state)
        return entity if entity.type in AGENT_TYPES else None

    def as_belligerent(self, entity: Entity) -> Entity:
        """A state's armed force ("Russian Armed Forces", "the Russian Navy") is the state at war,
        as attacker, target or party to talks, except in a war within the state: where the article
        names an insurgent force of that state ("the Sudanese army and the RSF"), its army is a side
        of its own; other entities stay as they are."""
        if entity.key in self.gaz.companies:   # "Hanwha Aerospace", "Rafael Advanced Defense Systems": makers
            return entity
        forces = self._civil_war_forces(entity.country) if entity.type == "Organization" else None
        if forces is not None:   # "the Sudanese Air Force": the Sudanese Armed Forces
            return self._seen(forces) if _words(entity.label) & MILITARY_WORDS else entity
        if entity.type == "Organization" and entity.country and entity.country in self.gaz.entities:
            words = _words(entity.label)
            if words & MILITARY_WORDS or entity.key not in self.gaz.armed and \
                    _words(entity.label, *entity.aliases) & (FIGHTING_BODY_WORDS | MILITARY_WORDS):
                # "the SBU", Ukraine's security service; "the Bundeswehr", known as the German military
                return self._seen(self.gaz.entities[entity.country])
        return entity

    def fighting(self, entity: Entity) -> Entity:
        """Who fights: a state's armed force is the state (`as_belligerent`); in a war within a
        state, the state fighting ("Sudanese drones struck ...") is its armed forces."""
        entity = self.as_belligerent(entity)
        forces = self._civil_war_forces(entity.key) if entity.type == "Country" else None
        return self._seen(forces) if forces is not None else entity

    def _side_of(self, state: Entity, noun: Token) -> Entity:
        """Whose "army", "forces" or "troops" a state's are: the state, except in a war within it
        (`as_belligerent`), where they are its armed forces."""
        forces = self._civil_war_forces(state.key) if noun.lemma_.lower() in FORCE_NOUNS else None
        return self._seen(forces) if forces is not None else state

    def _civil_war_forces(self, country: str | None) -> Entity | None:
        """A state's armed forces, in an article of a war within that state (`civil_wars`); else None."""
        return self.gaz.entities[self.gaz.forces[country]] if country in self.civil_wars and country in self.gaz.forces \
            else None

    def _modifier_states(self, noun: Token) -> list[Entity]:
        """The countries a noun's modifiers name ("Turkey's leader", "the Ukrainian capital")."""
        return [st for m in left_modifiers(noun) for st in [self.state_of(m)] if st is not None and st.type == "Country"]

    def as_place(self, entity: Entity | None) -> Entity | None:
        """The entity as a target or location: a seat of government is its capital city's place; news
        outlets report, they are neither hit nor where ("a Taliban official told AFP")."""
        if entity is None or entity.type in ("Topic", "Item", "WeaponSystem", "Person") or entity.key in self.gaz.outlets:
            return None
        entity = self.as_belligerent(entity)  # "attacks on the Azerbaijani army": on Azerbaijan
        if entity.type == "Seat":
            return self.as_agent(entity)
        return entity


def _words(*names: str) -> set[str]:
    """The lowercase words of names: what a body's names say it is ("forces", "security")."""
    return set(re.findall(r"[a-z]+", " ".join(names).lower()))


# the prefixes of navies' and coast guards' ship names, before the name itself, and their states
SHIP_PREFIXES = {"BRP": "philippines", "HMS": "united-kingdom", "USS": "united-states", "USNS": "united-states",
                 "USCGC": "united-states", "HMAS": "australia", "HMCS": "canada", "HNLMS": "netherlands",
                 "ROKS": "south-korea", "JS": "japan", "RFS": "russia", "TCG": "turkey", "PNS": "pakistan",
                 "KRI": "indonesia", "HMNZS": "new-zealand", "FGS": "germany", "ITS": "italy", "ARA": "argentina",
                 "RSS": "singapore", "KD": "malaysia", "HTMS": "thailand"}
MERCHANT_SHIPS = {"tanker", "freighter", "bulker"}
MERCHANT_WORDS = {"merchant", "cargo", "commercial", "container", "oil", "bulk", "civilian", "fishing", "grain",
                  "drug", "smuggling", "migrant"}
COLLECTIVE_NOUNS = {
    "force", "forces", "troops", "troop", "army", "military", "navy", "government", "officials", "official",
    "advisers", "advisors", "envoys", "defenders",
    "drones", "drone", "missiles", "missile", "jets", "aircraft", "artillery", "side", "delegation",
    "delegations", "representatives", "negotiators", "leadership", "authorities", "administration",
    "soldiers", "units", "strikes", "strike", "raids", "raid", "attack", "attacks", "air", "warplanes",
    "president", "presidents", "ministers", "mediators", "diplomats", "ministry", "department", "defence", "defense", "embassy", "allies", "ally", "partners",
    "nations", "countries",
    "bombers", "shelling", "bombardment", "fighters", "counterparts", "counterpart", "regime", "state",
    "rockets", "rocket", "shells", "shell", "fire", "gunfire", "bomb", "bombs", "projectile", "projectiles", "munitions", "warships", "warship", "helicopters", "planes", "tanks", "gunmen", "militants",
    "rebels", "paratroopers", "salvo", "salvos", "airstrike", "airstrikes", "gunboats", "submarine", "battalion",
    "brigade", "brigades", "commandos", "militia", "militias", "police", "guard", "guards", "leaders", "delegates",
    "envoys", "commanders", "chiefs", "team", "response", "retaliation", "campaign", "service", "services",
    "agency", "agencies", "intelligence", "command", "junta", "heads", "colleagues",
}
# offices that are each other's counterparts under other names
SAME_OFFICE = {"secretary of state": ("foreign minister",), "top diplomat": ("foreign minister",),
               "foreign secretary": ("foreign minister",), "defence secretary": ("defence minister",),
               "defense secretary": ("defence minister", "defense minister"),
               "secretary of defense": ("defence minister", "defense minister"),
               "foreign minister": ("secretary of state", "foreign secretary"),
               "defence minister": ("defence secretary", "secretary of defense")}
NAMED_BODIES = {"bloc", "group", "alliance", "organisation", "organization", "movement", "militia", "union",
                "body", "grouping", "faction"}   # a noun the body's own name follows: "the regional bloc ECOWAS"
# groups of people the ones leading them stand for: "a team headed by Witkoff", "officials led by X"
LED_GROUPS = {"delegation", "team", "mission", "official", "representative", "negotiator", "delegate", "envoy", "diplomat"}
ROLE_NOUNS = {"counterpart", "leader", "envoy", "minister", "president", "chancellor", "premier", "host",
              "prime", "secretary", "ambassador", "adviser", "advisor", "aide", "negotiator", "monarch", "emir", "amir"}
# nouns an apposition lists the members of: "NATO allies Germany and the Netherlands"
LISTING_NOUNS = {"ally", "country", "state", "nation", "leader", "partner", "neighbour", "neighbor", "member", "power",
                 "minister", "president", "mediator", "guarantor", "donor", "signatory"}
LEADERS_BODIES = {"administration", "government", "regime"}   # "the Biden administration": the US
LEGISLATORS = {"senator": "senate", "lawmaker": "parliament", "legislator": "parliament", "congressman": "parliament",
               "congresswoman": "parliament", "mp": "parliament", "parliamentarian": "parliament"}   # ... of a state's body
BODY_NOUNS = {"army", "military", "navy", "government", "regime", "junta", "ministry"}   # "the army" after "the Sudanese army"
OFFICE_NOUNS = ROLE_NOUNS - {"counterpart", "host", "prime", "aide", "envoy", "negotiator"} | {"king"}   # one holder
# each, acting for a state
OFFICE_WORDS = {"minister", "secretary", "chancellor", "president", "premier", "ambassador", "envoy", "adviser",
                "advisor", "spokesman", "spokeswoman", "spokesperson", "commander", "chief"}   # an office before a name
BODY_HEADS = {"head", "chief", "chair", "chairman", "chairwoman", "chairperson", "director"}
DELEGATE_NOUNS = {"official", "representative", "envoy", "delegation", "delegate", "negotiator", "diplomat"}
STATE_BODY_NOUNS = {"authorities", "government", "leaders", "leadership", "officials",
                    "army", "military", "forces", "troops", "delegation", "delegations", "representatives",
                    "administration", "ministers", "diplomats", "negotiators", "advisers", "advisors",
                    "envoys", "heads", "colleagues"}  # "the authorities of X", "national security advisers from X", "the
# heads of state of X and Y" act for X
SEIZING = {"capture", "seize", "take", "overrun", "storm", "besiege", "conquer", "encircle", "shell", "bomb", "bombard",
           "invade", "enter", "liberate", "recapture", "retake"}   # what these take or strike is ground
AIMING = {"fire", "launch", "shoot", "aim", "lob", "direct"}
REGION_PREFIXES = {"north", "south", "east", "west", "northern", "southern", "eastern", "western", "upper", "lower",
                   "central"}   # words a pair of region names may share the rest of ("South and North Kivu")
GROUP_NOUNS = {"group", "militants", "rebels", "militia", "militias", "movement", "fighters", "insurgents",
               "militant", "rebel", "insurgent", "paramilitaries", "paramilitary", "rebellion", "insurgency"}
IRREGULAR_KINDS = {"militant", "rebel", "insurgent", "jihadist", "islamist", "terrorist", "armed", "paramilitary",
                   "separatist", "guerrilla"}   # "the Lebanese armed group": a group, not the state
ALLY_NOUNS = {"ally", "partner"}   # a state's allies are others ("Ukraine's allies"), not the state
ORG_NOUNS = {"manufacturer", "company", "firm", "producer", "maker", "contractor", "supplier", "factory",
             "group", "buyer", "agency", "operator", "exporter", "importer", "carrier", "shipper", "dealer"}
# what a facility noun is called in the facility's name ("airfields" -> "airfield")
FACILITY_NOUNS = {"refinery": "refinery", "refineries": "refinery", "airfield": "airfield", "airfields": "airfield",
                  "airbase": "airbase", "airport": "airport", "depot": "depot", "plant": "plant", "port": "port", "seaport": "seaport",
                  "terminal": "terminal", "factory": "factory", "bridge": "bridge", "dam": "dam",
                  "substation": "substation", "shipyard": "shipyard", "base": "base", "arsenal": "arsenal",
                  "camp": "camp", "camps": "camp", "station": "station", "crossing": "crossing",
                  "crossings": "crossing", "checkpoint": "checkpoint", "checkpoints": "checkpoint"}
CORPORATE_SUFFIXES = {"co", "corp", "inc", "ltd", "llc", "plc", "ag", "sa", "gmbh", "nv", "se", "spa"}
# a named building the model may tag as an organisation ("the Radwan Mosque"): a facility
BUILDING_NOUNS = {"mosque", "church", "cathedral", "synagogue", "temple", "monastery", "hospital", "clinic",
                  "stadium", "theatre", "theater", "hotel", "mall"}
MEMBERS = {"member", "representative", "envoy", "delegate"}   # ... of a state's government: the state, met in them
FACILITY_KINDS = {"oil", "naval", "navy", "air", "arms", "ammunition", "fuel", "gas", "power", "nuclear", "grain",
                  "chemical", "drone", "missile", "weapons", "energy", "thermal", "hydroelectric", "railway", "rail",
                  "cargo", "container", "compressor", "storage", "bus", "train", "petrol", "coal", "military", "pumping",
                  "electric", "electricity", "water", "distribution", "transmission"}   # "the oil refinery"
WING_NOUNS = {"wing", "arm"}                  # "Hamas's armed wing", "the military arm of Hezbollah"
WING_KINDS = {"armed", "military", "paramilitary"}
FIGHTER_NOUNS = {"fighters", "militants", "gunmen"}   # "fighters of Hamas"
FORCE_NOUNS = {"army", "military", "force", "forces", "troops", "troop", "soldier", "soldiers", "armed", "junta"}
SERVICE_WORDS = {"air", "naval", "armed", "ground", "land", "special", "operations", "the"}   # "the Air Force"
UNIT_WORDS = {"brigade", "regiment", "battalion", "division", "corps", "squadron", "detachment", "unit", "guard"}   # a named unit
MILITARY_WORDS = {"forces", "force", "army", "navy", "fleet", "military", "troops", "guard", "brigade", "regiment",
                  "corps", "command", "marines", "aerospace"}
FIGHTING_BODY_WORDS = {"security", "intelligence", "defence", "defense"}   # a state's service striking is the state
STATE_BODY_WORDS = {"ministry", "government", "service", "intelligence", "security", "defence", "defense", "staff"}
GENERIC_BODY_WORDS = STATE_BODY_WORDS | {"foreign", "affairs", "interior", "general", "emergency", "emergencies"}
TERRITORY_NOUNS = {"territory", "territories", "region", "regions", "oblast", "province", "city"}   # "their territories"
SPOKESPEOPLE = {"official", "source", "diplomat", "minister", "spokesman", "spokeswoman", "spokesperson", "government",
                "authority", "leader", "ministry"}   # "British officials said the country ...": the state's
GOVERNOR_NOUNS = {"governor", "mayor"}   # who speaks for a region or a city
REGION_NOUNS = {"region", "oblast", "province", "krai", "governorate", "prefecture", "district"}
LISTED_REGION_NOUNS = REGION_NOUNS | {"state", "township", "county", "municipality"}   # "A and B townships"
AREA_NOUNS = (REGION_NOUNS - {"district"}) | {"state"}   # a state's first-level areas (a district may be a city's)
PLACE_NOUNS = {"city", "town", "village", "region", "port", "capital", "settlement", "oblast", "province",
               "district", "area", "suburb", "territory", "country"}


def _title_before(span: Span) -> list[Token]:
    """The words of the title written before a name, nearest first: "Cambodian Prime Minister" in
    "Cambodian Prime Minister Hun Manet", "US envoy", and first names the name's span left out."""
    doc, i, out = span.doc, span.start - 1, []
    while i >= 0 and span.start - i <= 5:
        if doc[i].text == ")" and i >= 2 and doc[i - 2].text == "(" and doc[i - 1].ent_type_ in ("GPE", "NORP"):
            out.append(doc[i - 1])   # "Democratic Republic of Congo (DRC) President X": the state in brackets
            i -= 3
            continue
        if not (doc[i].lower_ in TITLE_WORDS or doc[i].lower_ in RANK_TITLES or doc[i].ent_type_ in ("GPE", "NORP") or
                doc[i].pos_ == "PROPN" and doc[i].text[:1].isupper()):
            break
        out.append(doc[i])
        i -= 1
    return out


DASHES = {"—", "–", "-", "--"}


def _office_before(span: Span) -> str | None:
    """The office in the title written right before a name, without its state or rank words:
    "prime minister" of "UK Prime Minister Rishi Sunak", "secretary of state" of "US Secretary of
    State Antony Blinken"; None when there is none, or the title says "former"."""
    run = list(itertools.takewhile(lambda t: not t.ent_type_, _title_before(span)))   # to a state's name
    doc, i, words = span.doc, span.start - len(run) - 1, [t.lower_ for t in reversed(run)]
    if i >= 0 and doc[i].lower_ in ("former", "ex", "late", "then", "acting", "deputy", "vice"):
        return None
    while words and words[0] in ("the", "of", "-", "us", "u.s.", "un", "eu", "nato"):
        words.pop(0)
    if any(w in ("former", "deputy", "vice", "acting") for w in words):
        return None
    head = words[words.index("of") - 1] if "of" in words[1:] else words[-1] if words else ""
    return _office_name(" ".join(words)) if head in OFFICE_HEADS else None


def called_so(noun: Token) -> bool:
    """An apposition that says what something was, not who: "the seizure of the ship, an Iranian act of
    terror", "a Russian provocation" (its demonym is no name of the noun it is set beside)."""
    return noun.lemma_.lower() in DEEDS | INCIDENTS | ATTACK_NOUNS and any(
        c.dep_ == "det" and c.lower_ in ("a", "an") for c in noun.children)


def _office_name(office: str) -> str:
    """One spelling of an office: "PM" is "prime minister"."""
    return "prime minister" if office == "pm" else office


def ship_names(noun: Token) -> list[Token]:
    """The names a plural noun of ships lists after it, in apposition or joined to it."""
    if noun.tag_ != "NNS":
        return []
    return [x for a in noun.children if a.dep_ in ("appos", "conj") and a.pos_ == "PROPN" and a.i > noun.i
            for x in (a, *a.conjuncts) if x.pos_ == "PROPN"]


def _proper_name(token: Token) -> str:
    """The name a proper noun ends, with the proper nouns before it ("Eternity C", "Magic Seas")."""
    start = token.i
    while start > 0 and token.doc[start - 1].pos_ == "PROPN" and token.doc[start - 1].head == token:
        start -= 1
    return token.doc[start:token.i + 1].text


def ship_named(token: Token) -> str | None:
    """The name of a ship the word ends, written after a navy's prefix ("BRP Teresa Magbanua",
    "the HMS Defender"); else None."""
    if token.pos_ != "PROPN" or token.text in SHIP_PREFIXES:
        return None
    doc, start = token.doc, token.i
    while start > token.left_edge.i and doc[start - 1].pos_ == "PROPN" and doc[start - 1].text not in SHIP_PREFIXES:
        start -= 1
    if start == 0 or doc[start - 1].text not in SHIP_PREFIXES or doc[start - 1].i < token.left_edge.i:
        return None
    return doc[start - 1:token.i + 1].text


OPENING_QUOTES, CLOSING_QUOTES = {"“", "‘"}, {"”", "’"}


def quoted(token: Token) -> bool:
    """Is the word inside a quotation of its sentence ("…", “…”)?"""
    inside = False
    for t in token.sent:
        if t.i >= token.i:
            return inside
        if t.text in OPENING_QUOTES:
            inside = True
        elif t.text in CLOSING_QUOTES:
            inside = False
        elif t.text == '"':
            inside = not inside
    return inside


def _conditioned(subject: Token, other: Token) -> bool:
    """Is `subject` the subject of an if/unless/when clause that `other` is not in?"""
    verb = subject.head
    return any(c.dep_ == "mark" and c.lower_ in ("if", "unless", "when", "once") for c in verb.children) \
        and other not in verb.subtree


EVENT_WORDS = frozenset(w for f in FAMILIES.values() for w in (*f.verbs, *f.nouns))


def _headline_words(span: Span) -> bool:
    """A span the model took for a name in a headline written in title case, that holds the word
    of an event ("Missile Strike Damages", "Talks Resume")."""
    return title_case(span.sent, 16) and any(t.lower_ in EVENT_WORDS or t.lemma_.lower() in EVENT_WORDS for t in span)


def _water(place: Entity) -> bool:
    """A sea, a gulf, a strait, a bay or a lake: "the Black Sea", "the Gulf of Aden"."""
    return bool(set(place.label.lower().split()) & set(WATERS)) or place.label.lower().endswith("ocean")


def _person_after_title(span: Span) -> bool:
    """"G20 chairman Joko Widodo", the name tagged a body: two or three capitalised names, none an
    English word, right after an office ("chairman", "minister", "envoy")."""
    before = span.doc[span.start - 1] if span.start > 0 else None
    return before is not None and before.lower_ in OFFICE_WORDS | BODY_HEADS | {"leader"} and \
        2 <= len(span) <= 3 and all(t.pos_ == "PROPN" and t.is_title and t.is_alpha and
                                    t.lower_ not in geo.english_words() for t in span)


def _listed_with_places(span: Span, least: int = 3) -> bool:
    """Is the span one of a list of names (joined as conjuncts or appositions) where a place goes,
    or with another name the model tagged a place? "The outskirts of Zrariyeh, Mahmoudiyah, Al Hatta
    and Ansar", "strikes on Kfardjal, Ansar and Kfar Melki". With least=2, a pair counts too, when
    the other name is a place ("Gaza City and Khan Younis"): the caller then takes it for a place
    only where GeoNames knows one by that name."""
    if any(t.lower_.rstrip(".") in TITLE_WORDS for t in _title_before(span)):
        return False   # "DRC President Felix Tshisekedi and Rwandan President Paul Kagame": people by their titles
    root = span.root
    while root.dep_ in ("conj", "appos") and root.head.i < root.i and root.head.pos_ == "PROPN":
        root = root.head
    members = [t for t in root.subtree if t == root or t.dep_ in ("conj", "appos") and t.pos_ == "PROPN"]
    if len(members) < least or span.root not in members:
        return False
    doc = span.doc
    head = entity_span(root) or doc[root.i:root.i + 1]
    if least < 3 and len(members) < 3:
        return any(t.ent_type_ in ("GPE", "LOC") and t not in span for t in members)
    return _place_context(head) or any(t.ent_type_ in ("GPE", "LOC") and t not in span for t in members)


def _place_context(span: Span) -> bool:
    """Is the span where a place goes: "in X", "near X", "the city of X", "towards X", "towns
    including X (and Y)", "cities X and Y"?"""
    root = span.root
    while root.dep_ == "conj" and root.head.i < root.i:    # "towns including X and Y"
        root = root.head
    head = root.head
    if root.dep_ == "appos" and head.i < root.i and head.pos_ == "NOUN" and head.lemma_.lower() in PLACE_NOUNS:
        return True  # "seized eastern cities Goma and Bukavu", "the town, X"
    if any(c.dep_ == "appos" and c.i > root.i and c.pos_ == "NOUN" and _place_noun(c) for c in root.children):
        return True  # "Goma, a strategic provincial capital", "X, a town near the border"
    if root.dep_ != "pobj":
        return False
    if head.lower_ == "of" and head.head.lower_ == "control" and head.head.head.lemma_.lower() in SEIZING | {"gain", "wrest"}:
        return True  # "seized control of Goma"
    if head.lower_ in ("in", "near", "towards", "toward", "outside", "into"):
        return True
    if head.lower_ in ("on", "against", "at") and (head.head.pos_ == "NOUN" and head.head.lemma_.lower() in ATTACK_NOUNS or
                                             head.i > 0 and head.doc[head.i - 1].lemma_.lower() in ATTACK_NOUNS):
        return True  # "strikes on (at) Rafah": what a strike hits, when it is a place (also "condemned the assault on
        # Goma", the parser hanging "on Goma" on the verb)
    if head.lower_ in ("at", "on") and any(t.lemma_.lower() in AIMING for t in (head.head, head.head.head)):
        return True  # "fired rockets at Kiryat Shmona", "launched drones at Eilat"
    if head.lower_ in ("including", "like") and _place_noun(head.head):
        return True
    return head.lower_ == "of" and (_place_noun(head.head) or head.head.lower_ in {"outskirts", "centre", "center",
                                                                                   "direction"})   # "the towns of X"


def _place_noun(token: Token) -> bool:
    """"town", "towns", "cities": a noun for a place, in the singular or the plural."""
    return token.lower_ in PLACE_NOUNS or token.lemma_.lower() in PLACE_NOUNS


def _place_named_by(span: Span) -> str | None:
    """The place noun whose name the span is: "the village of X", "the area of X", "in the direction
    of X", each of "the towns of X, Y and Z" (the noun); else None."""
    if any(t.i < span.start and t.pos_ == "PROPN" for t in span.root.subtree):
        return None   # a piece of a longer name ("Shab" of "Ayta ash-Shab"): not the place's whole name
    root = span.root
    while root.dep_ == "conj" and root.head.i < root.i:
        root = root.head
    if root.dep_ != "pobj" or root.head.lower_ != "of" or root.head.head.pos_ != "NOUN":
        return None
    noun = root.head.head.lemma_.lower()
    return noun if noun in PLACE_NOUNS - {"country", "capital", "territory"} or noun == "direction" else None


def _area_named(span: Span, text: str) -> str | None:
    """The name of the state or province a name is called: "Borno state", "Borno State" (the noun
    in the name), "the state of Borno" -> "Borno"; None when the sentence does not call it one."""
    doc, words = span.doc, text.split()
    if len(words) >= 2 and words[-1].lower() in AREA_NOUNS and words[-1][:1].isupper():
        return " ".join(words[:-1])
    if span.end < len(doc) and doc[span.end].lower_ in AREA_NOUNS:
        return text
    if span.start >= 2 and doc[span.start - 1].lower_ == "of" and doc[span.start - 2].lower_ in AREA_NOUNS:
        return text
    return None


def _taken_place(span: Span) -> bool:
    """Is the span the object of taking or striking ground: "rebels captured Goma", the model
    calling Goma a person?"""
    root = span.root
    while root.dep_ == "conj" and root.head.i < root.i:   # "captured Goma and Bukavu": each of them
        root = root.head
    return root.dep_ == "dobj" and root.head.pos_ == "VERB" and root.head.lemma_.lower() in SEIZING


COALITIONS = {"coalition"}
LEADING = {"lead", "head", "spearhead", "build", "form", "create", "launch", "found", "set", "convene"}


def _coalition_leaders(noun: Token) -> list[Token]:
    """Who leads a coalition: "the Latvian-led coalition", "a coalition led by Latvia", "Latvia is
    building (leads) a coalition": the leader's name."""
    out = [m for c in noun.children if c.dep_ == "amod" and c.lemma_.lower() in ("lead", "head")
           for m in c.children if m.dep_ in ("npadvmod", "compound", "nmod") and m.i < c.i]
    out += [o for c in noun.children if c.dep_ == "acl" and c.lemma_.lower() in ("lead", "head", "spearhead")
            for a in c.children if a.dep_ == "agent" for o in a.children if o.dep_ == "pobj"]
    if not out and noun.dep_ == "dobj" and noun.head.lemma_.lower() in LEADING:
        out = subjects(noun.head)
    return out


def together_with(token: Token) -> list[Token]:
    """"X, together (along) with Y": the names joined to the token as acting with it."""
    preps = [c for c in token.children if c.dep_ == "prep" and c.lower_ == "with" and c.i > token.i and any(
        a.lower_ in ("together", "along", "jointly") for a in c.children if a.dep_ == "advmod")]
    preps += [w for c in token.children if c.dep_ == "prep" and c.lower_ == "along" and c.i > token.i
              for w in c.children if w.dep_ == "prep" and w.lower_ == "with"]   # ("along" read as a preposition)
    return [o for c in preps for o in c.children if o.dep_ == "pobj" and o.ent_type_ in ("GPE", "NORP", "ORG", "PERSON")]


def as_well_as(token: Token) -> Token | None:
    """"with X as well as Y": the head of Y, however the parser hung it (often from the verb); None
    when no "as well as" follows the token's phrase."""
    doc, j = token.doc, token.i + 1      # (the parser may hang "as well as" on the token: not its right edge)
    if token.pos_ not in ("PROPN", "NOUN") or j + 3 >= len(doc) or \
            [t.lower_ for t in doc[j:j + 3]] != ["as", "well", "as"]:
        return None
    root = doc[j + 3]
    while root.head.i > root.i and root.dep_ in ("compound", "amod", "det", "nmod", "poss", "case", "punct"):
        root = root.head
    return root if root.pos_ in ("PROPN", "NOUN") and root.ent_type_ and root != token else None


NAME_ADJECTIVES = {"special", "national", "central", "joint", "federal", "royal", "supreme", "strategic", "united",
                   "islamic", "popular", "revolutionary", "free", "democratic", "republican", "general", "naval",
                   "main", "high", "international", "civil", "territorial", "presidential", "armed"}
# words an organisation's own name begins with ("Special Operations Forces", "National Guard"), never a
# demonym before it ("Chinese Xiamen Limbach Aviation Engine Co.")


def clean_name(span: Span) -> str:
    """The name in an entity span, without leading titles, articles or a trailing possessive."""
    tokens = list(span)
    while tokens and tokens[-1].text in ("'s", "’s", "'", "’"):
        tokens = tokens[:-1]
    while len(tokens) > 1 and not (span.label_ == "ORG" and tokens[0].lower_ in NAME_ADJECTIVES) and (
            tokens[0].lower_.rstrip(".") in TITLE_WORDS or tokens[0].is_punct
            or (span.label_ in ("ORG", "PERSON") and tokens[0].pos_ == "ADJ" and tokens[0].lower_ not in NAME_ADJECTIVES)):
        if len(tokens) == 2 and tokens[0].lower_ in ROYAL_TITLES and span.label_ == "PERSON":
            break   # "King Abdullah", "Pope Francis": a monarch's one name goes with the title
        tokens = tokens[1:]  # "President", "the", "Chinese" in "Chinese Xiamen Limbach Aviation Engine Co."
    while len(tokens) > 3 and span.label_ == "PERSON" and tokens[0].lower_ in HONORIFICS:
        tokens = tokens[1:]   # "Emir Sheikh Tamim bin Hamad al Thani", "Crown Prince Mohammed bin Salman": the
        # name after the honorifics
    text = " ".join(t.text for t in tokens).replace(" - ", "-").replace(" -", "-").replace("- ", "-")
    text = re.sub(r"'s$|’s$", "", text).strip(" '\"“”‘’")
    return text


def _possessive(token: Token) -> bool:
    """"Ukraine's" however the parser attached it: a name with a possessive ending."""
    return any(c.dep_ == "case" and c.lower_ in ("'s", "’s", "'", "’") for c in token.children)


def role_phrase(token: Token, of: bool | str = False) -> str:
    """"the Ukrainian president" -> "ukrainian president"; "Ukraine's president" -> "ukraine's president";
    with `of`, what an "of" phrase adds: "the US secretary of state" -> "US secretary of state"."""
    mods = [c for c in token.children if c.i < token.i and (c.dep_ in ("amod", "compound", "poss") or
                                                              c.dep_ == "nmod" and _possessive(c))
            and not (c.dep_ == "amod" and c.tag_ in ("VBG", "VBN"))]   # "the visiting Finnish president"
    words = []
    for m in mods:
        # a modifier of two words, the first hanging from the second: "the North Korean leader"
        lead = [t for t in token.doc[m.left_edge.i:m.i] if t.dep_ in ("amod", "compound") and t.head == m]
        text = token.doc[lead[0].i:m.i + 1].text if lead and m.dep_ in ("amod", "compound") and \
            len(lead) == m.i - lead[0].i else m.text
        words.append(text + ("'s" if (m.dep_ == "poss" or _possessive(m)) and not text.endswith("'s") else ""))
    of_words = []
    for prep in (c for c in token.children if c.dep_ == "prep" and c.lower_ == "of"):
        objs = [o for o in prep.children if o.dep_ == "pobj" and o.pos_ in ("NOUN", "PROPN")]
        if objs:
            of_words = [t.text for t in objs[0].subtree if t.dep_ != "det"]
    if of == "before" and of_words:       # "minister of defence" -> "defence minister"
        return " ".join(words + of_words + [token.text])
    words.append(token.text)
    if of and of_words:
        words += ["of"] + of_words
    return " ".join(words)


def distinct(entities: list[Entity | None]) -> list[Entity]:
    """The entities once each (by key), in order; None left out."""
    out = []
    for e in entities:
        if e is not None and e.key not in {x.key for x in out}:
            out.append(e)
    return out
