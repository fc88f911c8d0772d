"""Gazetteers: well-known countries, places, people, organisations, weapon systems and topics,
read from the data files in kg/data/. Data, not code: adding an actor means editing JSON."""

from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from pathlib import Path

from ..records import Entity
from .dates import parse_day
from ..vocab import shipped

FILES = {  # file -> default ontology class
    "countries.json": "Country",
    "places.json": "Place",
    "people.json": "Person",
    "organizations.json": "Organization",
    "weapons.json": "WeaponSystem",
    "topics.json": "Topic",
}


@lru_cache(maxsize=65536)
def norm(name: str) -> str:
    """Lookup key for a name: accents, case, dots, apostrophes, a leading 'the' and the 'the' of
    'of the' removed ("Democratic Republic of Congo" is "Democratic Republic of the Congo").
    Kept for the names asked again (extraction asks the same few thousand names all the time)."""
    if name.isascii():   # nothing to decompose (GeoNames' hundred thousand names load at start)
        text = name.lower().replace(".", "")
    else:
        text = unicodedata.normalize("NFKD", name)
        text = "".join(c for c in text if not unicodedata.combining(c)).lower()
        text = text.replace("\u2019", "'").replace("\u2018", "'").replace(".", "")
    text = _SPACES.sub(" ", _POSSESSIVE.sub("", text)).strip()
    return (text[4:] if text.startswith("the ") else text).replace(" of the ", " of ")


_POSSESSIVE = re.compile(r"'s$")
_SPACES = re.compile(r"[\s\-\u2010-\u2015]+")


@dataclass(frozen=True)
class Office:
    person: str
    title: str
    start: date | None
    end: date | None
    nouns: tuple[str, ...]

    def held_on(self, day: date | None) -> bool:
        if day is None:
            return self.end is None
        return (self.start is None or self.start <= day) and (self.end is None or day < self.end)


MINISTRIES = (("Foreign Affairs", "Secretary of State", "Foreign Minister", "External Affairs"),
              ("Defense", "Defence"))   # a minister visiting meets the holder of the same office
HEAD_OFFICES = ("President of", "Prime Minister of", "Chancellor of", "King of", "Emir of", "Supreme Leader of",
                "Premier of")
HEAD_TITLES = tuple(h.lower().removesuffix(" of") for h in HEAD_OFFICES)   # "president", as an article titles one


EXPORTER_SYSTEMS = 5   # a state that makes this many of the gazetteer's weapon systems sells arms
EXPORTER_RATIO = 3     # ... to a state that makes a third as many or fewer


@dataclass
class Gazetteer:
    entities: dict[str, Entity] = field(default_factory=dict)
    by_name: dict[str, str] = field(default_factory=dict)        # norm(alias) -> key
    demonyms: dict[str, str] = field(default_factory=dict)       # norm(demonym) -> country key
    seats: dict[str, str] = field(default_factory=dict)          # city or seat key/name -> country key
    offices: list[Office] = field(default_factory=list)
    outlets: set[str] = field(default_factory=set)               # keys of news outlets
    companies: set[str] = field(default_factory=set)             # keys of companies (arms makers): never a state's body
    armed: set[str] = field(default_factory=set)                 # keys of armed groups (Hamas, the Houthis)
    insurgents: dict[str, str] = field(default_factory=dict)     # armed group key -> the state it fights within (RSF: Sudan)
    forces: dict[str, str] = field(default_factory=dict)         # country key -> its armed forces' key
    capitals: dict[str, str] = field(default_factory=dict)       # country key -> its capital city's key
    origins: dict[str, str] = field(default_factory=dict)        # weapon system key -> the country that makes it
    kinds: dict[str, str] = field(default_factory=dict)          # weapon system key -> its kind ("combat drone")
    conflicts: list[tuple[str, frozenset[str]]] = field(default_factory=list)  # (topic key, party keys)
    camps: list[frozenset[str]] = field(default_factory=list)   # each side of a war with the states that arm it
    war_topics: frozenset[str] = frozenset()                     # topics of talks about a war (peace, ceasefire ...)
    held_by_foe: set[str] = field(default_factory=set)          # places of a war party's ground its foe holds or held
    legislatures: dict[tuple[str, str], str] = field(default_factory=dict)   # (country, senate|house|parliament) -> body key

    def foes(self, state: str) -> list[Entity]:
        """The states a state fights in the wars conflicts.json knows."""
        return [self.entities[p] for _, parties in self.conflicts if state in parties
                for p in sorted(parties) if p != state and p in self.entities]

    def opposed(self, a: str, b: str) -> bool:
        """Whether two states are in the camps of opposite sides of a war (conflicts.json)."""
        return any(a in x and b in y for x in self.camps for y in self.camps if x is not y and not (a in y or b in x))

    def arms_exporter(self, a: str, b: str) -> str | None:
        """Which of two states sells arms to the other in a deal that does not say: the one that
        makes many of the weapon systems the gazetteer knows (EXPORTER_SYSTEMS) and at least
        EXPORTER_RATIO times as many as the other ("the United States and Saudi Arabia signed an
        arms deal"); None when neither or both do (France and Germany)."""
        made = {a: 0, b: 0}
        for origin in self.origins.values():
            if origin in made:
                made[origin] += 1
        for seller, buyer in ((a, b), (b, a)):
            if made[seller] >= EXPORTER_SYSTEMS and made[seller] >= EXPORTER_RATIO * max(1, made[buyer]):
                return seller
        return None

    def lookup(self, name: str) -> Entity | None:
        key = self.by_name.get(norm(name))
        return self.entities.get(key) if key else None

    def country_of_demonym(self, word: str) -> Entity | None:
        key = self.demonyms.get(norm(word))
        return self.entities.get(key) if key else None

    def state_for_seat(self, entity: Entity) -> Entity | None:
        """The country a capital city or seat of government stands for when it acts."""
        key = self.seats.get(entity.key)
        return self.entities.get(key) if key else None

    def misspelt_person(self, name: str) -> Entity | None:
        """The one person the gazetteer knows whose name differs from `name` only by one letter of
        the surname ("Mike Walz" for Mike Waltz), the first name the same; None when none or several."""
        words = norm(name).split()
        if len(words) < 2 or len(words[-1]) < 4:
            return None
        found = {key for first, last, key in self._names_by_first().get(words[0], ())
                 if first == " ".join(words[:-1]) and _one_letter_apart(last, words[-1])}
        return self.entities[found.pop()] if len(found) == 1 else None

    def spelt_otherwise(self, name: str) -> Entity | None:
        """The one person the gazetteer knows by a name of two words or more spelt with the same
        letters ("Mohammed bin Zayed al-Nahyan" for Mohamed bin Zayed Al Nahyan); None when none or several."""
        if not hasattr(self, "_by_letters"):
            index: dict[str, set[str]] = {}
            for entity in self.entities.values():
                if entity.type == "Person":
                    for label in (entity.label, *entity.aliases):
                        if len(label.split()) >= 2:
                            index.setdefault(squashed(label), set()).add(entity.key)
            self._by_letters = index
        found = self._by_letters.get(squashed(name), set()) if len(name.split()) >= 2 else set()
        return self.entities[next(iter(found))] if len(found) == 1 else None

    def _names_by_first(self) -> dict[str, list[tuple[str, str, str]]]:
        if not hasattr(self, "_by_first"):
            index: dict[str, list[tuple[str, str, str]]] = {}
            for e in self.entities.values():
                if e.type != "Person":
                    continue
                for written in (e.label, *e.aliases):
                    words = norm(written).split()
                    if len(words) >= 2:
                        index.setdefault(words[0], []).append((" ".join(words[:-1]), words[-1], e.key))
            self._by_first = index
        return self._by_first

    def leaders(self, country: str, day: date | None) -> list[Entity]:
        """Who headed the state or its government on that day: its president, prime minister,
        chancellor, king or emir (an office titled "... of <the state>")."""
        state = self.entities.get(country)
        if state is None:
            return []
        return [self.entities[o.person] for o in self.offices
                if o.title.startswith(HEAD_OFFICES) and o.title.endswith(state.label) and o.held_on(day)
                and o.person in self.entities]

    def hosts(self, visitor: str, country: str, day: date | None, titled: tuple[str, ...] = ()) -> list[Entity]:
        """Whom a visitor to a state meets there: a head of state or government, an envoy or anyone
        without an office here meets its leaders (`leaders`); a foreign or defence minister meets
        the state's holder of the same office; another minister, nobody we can name. `titled`: the
        offices the article gives the visitor ("foreign minister"), read when we know none."""
        held = [t.lower() for t in self.titles_held(visitor, day) or titled]
        if not held or any(t.startswith(HEAD_TITLES) for t in held):
            return self.leaders(country, day)
        kind = next((words for t in held for words in MINISTRIES if any(w.lower() in t for w in words)), None)
        state = self.entities.get(country)
        if kind is None or state is None:
            return []
        return [self.entities[o.person] for o in self.offices if state.label in o.title and o.held_on(day)
                and any(w in o.title for w in kind) and o.person in self.entities]

    def titles_held(self, person: str, day: date | None) -> list[str]:
        """The titles of the offices a person held on that day ("Prime Minister of Denmark")."""
        return [o.title for o in self.offices if o.person == person and o.held_on(day)]

    def office_holder(self, noun_phrase: str, day: date | None) -> Entity | None:
        """Who held the office a role noun names on that day ("the Ukrainian president")."""
        for office in self._offices_by_noun().get(norm(noun_phrase), ()):
            if office.held_on(day):
                return self.entities.get(office.person)
        return None

    def _offices_by_noun(self) -> dict[str, list[Office]]:
        """The offices each role noun names, in the order of `offices` (made on first use)."""
        if not hasattr(self, "_by_noun"):
            index: dict[str, list[Office]] = {}
            for office in self.offices:
                for noun in dict.fromkeys(office.nouns):
                    index.setdefault(noun, []).append(office)
            self._by_noun = index
        return self._by_noun


def squashed(name: str) -> str:
    """A name's letters alone, each run of one letter written once: the same for the ways one name
    is spelt ("Abdel Fattah al-Sisi", "Abdelfatah al-Sisi")."""
    return re.sub(r"(.)\1+", r"\1", re.sub(r"[^a-z0-9]", "", norm(name)))


def _one_letter_apart(a: str, b: str) -> bool:
    """One letter added, dropped or changed (not the same word)."""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b)) == 1
    short, long = (a, b) if len(a) < len(b) else (b, a)
    return any(long[:i] + long[i + 1:] == short for i in range(len(long)))


def _parse_day(value) -> date | None:
    """An office's from / to: YYYY-MM-DD, YYYY-MM or YYYY (its first day); ValueError for a bad one."""
    day = parse_day(value)
    if value and day is None:
        raise ValueError(f"an office's dates are YYYY-MM-DD, YYYY-MM or YYYY, not {value!r}")
    return day


def _forces_of(name: str, country: str, gaz: "Gazetteer") -> bool:
    """Whether one of a body's other names calls it the state's armed forces: "Myanmar Armed
    Forces" for the body labelled "Myanmar military" (not "Revolutionary Armed Forces of Colombia")."""
    words = name.lower().split()
    if words[-2:] != ["armed", "forces"] or len(words) < 3:
        return False
    owner = norm(" ".join(words[:-2]))
    return gaz.demonyms.get(owner) == country or gaz.by_name.get(owner) == country


def load(directory: Path | None = None) -> Gazetteer:
    """Read every gazetteer file. Missing files are skipped; a broken one raises."""
    directory = directory or shipped("kg.extract.data", "")
    gaz = Gazetteer()
    pending_seats: list[tuple[str, str]] = []
    for filename, default_type in FILES.items():
        path = directory / filename
        if not path.exists():
            continue
        data = json.loads(path.read_text(encoding="utf-8"))
        for row in data["entries"]:
            key = row["key"]
            aliases = frozenset(a for a in row.get("aliases", []) if a)
            entity = Entity(key=key, label=row["label"], type=row.get("type") or default_type, aliases=aliases,
                            wikidata=row.get("wikidata") or None, country=row.get("country") or None)
            gaz.entities[key] = entity
            if row.get("origin"):
                gaz.origins[key] = row["origin"]
            if row.get("kind"):
                gaz.kinds[key] = row["kind"]
            for name in (row["label"], *aliases):
                gaz.by_name.setdefault(norm(name), key)
            if default_type == "Country":
                for word in row.get("demonyms", []):
                    gaz.demonyms.setdefault(norm(word), key)
                if row.get("capital"):
                    pending_seats.append((row["capital"], key))
                    gaz.capitals[key] = row["capital"]
                for seat in row.get("seats", []):
                    seat_key = "seat-" + re.sub(r"[^a-z0-9]+", "-", norm(seat))
                    gaz.seats[seat_key] = key
                    gaz.by_name.setdefault(norm(seat), seat_key)
                    gaz.entities.setdefault(seat_key, Entity(key=seat_key, label=seat, type="Seat", country=key))
            if row.get("legislature") and row.get("country"):
                gaz.legislatures[(row["country"], row["legislature"])] = key
            if row.get("outlet"):
                gaz.outlets.add(key)
            if row.get("company"):
                gaz.companies.add(key)
            if row.get("armed"):
                gaz.armed.add(key)
                if row.get("based_in") and not row.get("country"):
                    gaz.insurgents[key] = row["based_in"]
                elif row.get("country") and ("armed forces" in row["label"].lower() or any(
                        _forces_of(name, row["country"], gaz) for name in aliases)):
                    gaz.forces.setdefault(row["country"], key)
            for office in row.get("offices", []):
                gaz.offices.append(Office(person=key, title=office.get("title", ""),
                                          start=_parse_day(office.get("from")), end=_parse_day(office.get("to")),
                                          nouns=tuple(norm(n) for n in office.get("nouns", []))))
    conflicts = directory / "conflicts.json"
    if conflicts.exists():
        data = json.loads(conflicts.read_text(encoding="utf-8"))
        for row in data["entries"]:
            gaz.conflicts.append((row["topic"], frozenset(row["parties"])))
            for party in row["parties"]:
                gaz.camps.append(frozenset([party, *row.get("aligned", {}).get(party, [])]))
            gaz.held_by_foe.update(k for keys in row.get("held_by_foe", {}).values() for k in keys)
        gaz.war_topics = frozenset(data.get("war_topics", []))
    for capital, country in pending_seats:
        gaz.seats.setdefault(capital, country)
    gaz.offices = [Office(o.person, o.title, o.start, o.end, tuple(dict.fromkeys(o.nouns + _title_nouns(o.title, gaz))))
                   for o in gaz.offices]
    return gaz


_OF_STATE = re.compile(r" (?:of|for) (?:the )?")
_SHORT_OFFICES = {"minister of foreign affairs": ("foreign minister",), "minister for foreign affairs": ("foreign minister",),
                  "minister of defence": ("defence minister", "defense minister"),
                  "minister of defense": ("defense minister", "defence minister")}


def _title_nouns(title: str, gaz: Gazetteer) -> tuple[str, ...]:
    """The role nouns a state's office title gives of itself, besides those its entry lists:
    "President of Latvia" is "president of Latvia", "Latvia's president" and "Latvian president";
    "Minister of Foreign Affairs of Latvia" also "Latvian foreign minister". None for an office
    of a body ("President of the European Commission") or of no state."""
    split = next(((title[:m.start()], state) for m in _OF_STATE.finditer(title)
                  for state in [gaz.entities.get(gaz.by_name.get(norm(title[m.end():]), ""))]
                  if state is not None and state.type == "Country"), None)
    if split is None:
        return ()
    office, state = split[0].lower(), split[1]
    own = [d for d, key in gaz.demonyms.items() if key == state.key]
    demonyms = [d for d in own if not (d.endswith("s") and d[:-1] in own)]   # "Latvian", not "Latvians"; "Swiss"
    out = []
    for name in (office, *_SHORT_OFFICES.get(office, ())):
        out += [f"{name} of {state.label}", f"{name} of the {state.label}", f"{state.label}'s {name}",
                *[f"{d} {name}" for d in demonyms]]
    return tuple(norm(n) for n in out)
