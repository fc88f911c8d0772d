"""The event families, each declared once: its ontology class, its roles, its shortcut property,
its trigger words and what extraction needs to keep a candidate.

Extraction (kg.extract), the mapping to triples (kg.mapping), entity lookups (kg.store.lookup)
and `kg stats` read their lists from here; tests/test_families.py checks every declaration
against the ontology (class, roles and shortcut declared there) and the SHACL shapes (a shape
for every family), so a new family is one declaration here plus its terms in the ontology, and a
forgotten piece fails a test instead of silently writing nothing.

    >>> FAMILIES["Supply"].shortcut
    (('supplier', 'recipient'), 'supplied')
    >>> [f.name for f in FAMILIES.values() if f.symmetric]
    ['Meeting', 'Call']
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Family:
    name: str                         # the ontology class (nkg:Meeting ...)
    plural: str                       # how `kg stats` counts them
    roles: tuple[str, ...]            # role properties, in the order they are read and shown
    needs: str                        # what a candidate needs to be kept (kg explain says it)
    shortcut: tuple[tuple[str, ...] | str, str] | None = None  # (roles, property): metWith, supplied ...
    verbs: frozenset[str] = frozenset()   # trigger verbs (lemmas)
    nouns: frozenset[str] = frozenset()   # trigger nouns (forms and lemmas)

    @property
    def symmetric(self) -> bool:
        """Its shortcut links every participant with every other (metWith, spokeWith)."""
        return self.shortcut is not None and isinstance(self.shortcut[0], str)


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


MEETING = Family(
    "Meeting", "meetings", ("participant",), "two participants", ("participant", "metWith"),
    verbs=_words("meet greet host visit receive negotiate sign welcome gather convene"),
    nouns=_words("talks meeting meetings negotiations summit round session visit conference briefing consultations "
                 "discussion discussions dialogue trip signing one-on-one audience"))
CALL = Family(
    "Call", "calls", ("participant",), "two participants", ("participant", "spokeWith"),
    verbs=_words("speak talk phone telephone call"),
    nouns=_words("call calls"))
SUPPLY = Family(
    "Supply", "supplies", ("supplier", "recipient", "item"),
    "a supplier, a recipient and an item (or a strong supply verb)", (("supplier", "recipient"), "supplied"),
    verbs=_words("send supply deliver provide ship sell transfer give donate arm export hand furnish pledge promise "
                 "contribute dispatch loan lend lease gift airlift smuggle rush equip transport ferry offer allocate"),
    nouns=_words("sale sales delivery deliveries shipment shipments supply supplies transfer transfers package "
                 "donation donations provision"))
ATTACK = Family(
    "Attack", "attacks", ("attacker", "target", "weapon"), "an attacker and a target",
    (("attacker", "target"), "attacked"),
    verbs=_words("attack strike shell bombard hit target invade bomb pound raid assault storm launch fire shoot "
                 "seize capture recapture retake overrun blast sink ambush pummel hammer batter torpedo destroy raze "
                 "conquer besiege ram"),
    nouns=_words("attack attacks strike strikes bombardment shelling invasion incursion assault assaults raid raids "
                 "offensive bombing onslaught barrage airstrike airstrikes salvo salvos counteroffensive counterattack "
                 "counterattacks capture seizure sabotage shooting shootings"))
REQUEST = Family(
    "Request", "requests", ("requester", "addressee", "item"), "a requester and an addressee",
    verbs=_words("ask request appeal seek beg"))

FAMILIES: dict[str, Family] = {f.name: f for f in (MEETING, CALL, SUPPLY, ATTACK, REQUEST)}

# roles every family may carry besides its own
COMMON_ROLES = ("place", "topic")
ROLES: tuple[str, ...] = tuple(dict.fromkeys(r for f in FAMILIES.values() for r in f.roles)) + COMMON_ROLES
