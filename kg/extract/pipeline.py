"""Extraction: an Article in, an Extraction (entities and events with roles, status, date, place,
topics and the sentence that says so) out. The rules are in kg/events.py (triggers, status) and
kg/resolve.py (names); this module reads the roles off the parse for each event family."""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from itertools import islice
from typing import Iterable, Iterator

from spacy.tokens import Doc, Span, Token

from . import dates, geo
from .clean import HEADLINE_SMALL_WORDS, content_segments, for_parser, sentence_cased, title_cased
from .events import (LISTING_VERBS, URGED_TO, signed_off, TRAVELS, MEALS, honoured, arms_arrived, casualties_where, mourners, lifted_ban, states_official, arrived_with, ANNOUNCING, ANSWERING, CURRENCIES, PLEDGING, SIGNING, THANKING, amount as _amount, paid_for, avenged_on, BLOW_VERBS, at_war, calls_on, setting_verb, ASSERTING, ATTACK_NOUNS, CALL_VERBS, INCIDENTS, TIME_NOUNS, BLASTS, HURTING, armed_help, EXCHANGING, HELP_NOUNS, REPRISALS, armed_by, arms_contract, holder_of, on_the_way, told_people, backing_states, unnamed_fighters, supplied_hyphen, weapons_used, KILLERS, INDUCTING, FELL, FELL_PREPS, PARTITIVES, CONTRACTS, PROPOSED_LEMMAS, contract_items, item_noun, TIME_MARKS, batch_of, targets_listed, bought_for, MISTAGGED_MEETS, ACCUSING, ACQUIRE_VERBS, LIGHT_VERBS, RAISING, REQUEST_VERBS, SUPPLIER_NOUNS, CUSTOMER_NOUNS, PURCHASES, customers_listed, customers_of, classify, entity_span, thanked_for_arms, APPEARING, beside, IRREGULARS, unnamed_doers, leave_sought, APPROVING, also_present, brought_together, governing_verb, left_modifiers,
                     agent_objects, intercepted, lemma_in, made_by, named_among, objects, passive_subject, system_reference, prep_objects, shaken_hands, status_of, subjects,
                     has_prep, fire_preps, given_by, helped_by, killed_where, troops_helping, with_items, joined_recipients, held_by_state, BACKING, BUYING, INSURGENTS, TROOPS, state_made, supplied_by, title_case, told_in, toll_verb, SUPPLY_ITEM_WORDS)
from .gazetteer import Gazetteer, norm
from .nlp import WATERS
from .ingest import slug
from ..families import FAMILIES
from ..records import Article, DateValue, Entity, Event, Extraction, Span as TextSpan
from .resolve import ALLY_NOUNS, BODY_NOUNS, FACILITY_NOUNS, LISTING_NOUNS, PLACE_NOUNS, ROLE_NOUNS, ROYAL_TITLES, TITLE_WORDS, ArticleResolver, as_well_as, called_so, distinct as _distinct, ship_names

EXPAND_PREPS = {"at", "of", "in", "inside", "within", "throughout", "across", "including", "on", "near", "outside"}
DIRECTIONS = {"east", "west", "north", "south", "northeast", "northwest", "southeast", "southwest", "outskirts"}
COMPASS = DIRECTIONS - {"outskirts"} | {"centre", "center"}   # "X in the west, Y in the centre"
STRONG_SUPPLY = {"supply", "deliver", "ship", "sell", "arm", "export", "sale", "sales", "delivery", "deliveries",
                 "shipment", "shipments", "supplies"}
FUNDING = {"give", "donate", "contribute", "provide", "allocate", "transfer", "grant", "commit", "earmark", "lend", "loan"}   # money given to a state
UNARMED_LAUNCHES = {"initiative", "programme", "program", "probe", "investigation", "inquiry", "appeal", "bid",
                    "website", "platform", "project", "fund", "scheme", "review", "process", "effort", "petition",
                    "lawsuit", "case", "consultation", "plan", "dialogue", "talks", "negotiation", "coalition"}
PRESIDING = {"chair", "co-chair", "cochair", "host", "moderate", "mediate", "facilitate", "broker"}   # ... the talks
SPARKING = {"spark", "cause", "trigger", "start", "ignite"}   # an attack that ... a fire at X
SETTINGS = {"backdrop", "background", "odds", "clock", "tide", "grain", "wish", "will", "advice"}   # against the ...
STATE_GROUPS = {"ally", "partner", "country", "nation", "state", "member", "government", "donor", "backer"}
TOPIC_PREPS = {"on", "about", "over", "regarding", "concerning"}
# what an attack hits that belongs to whoever the modifier names ("Hezbollah targets", "Houthi sites")
TARGET_NOUNS = {"target", "site", "position", "base", "facility", "infrastructure", "depot", "camp", "installation",
                "launcher", "hideout", "stronghold", "vessel", "ship", "force", "fighter", "militant", "troop",
                "unit", "asset", "outpost", "headquarters", "command", "warship", "convoy"}
# How sure each kind of rule is (0 to 1), recorded on every event (nkg:confidence): roles read
# straight off the parse, and the guesses that fill a role the sentence does not give.
SYNTAX = 0.9            # subject, object, prepositions of the trigger
FRONTED = 0.8           # "With A and B, C discussed": a misparse undone
CLAUSE_PEOPLE = 0.7     # the people named in a meeting verb's clause, when the parse lost its sides
DEAL_PARTIES = 0.7      # the parties of a signed deal as the sides of a supply
PLACES_WITHIN = 0.7     # a place named deep inside a target phrase
PLACES_HIT = 0.6        # the places a sentence names, when an attack's object names nothing
MEETING_HOST = 0.6      # the host of the talks just told holds the next meetings
FRAME_ATTACKER = 0.6    # the attacker the article leads with, for an attack told without one
FRAME_RECIPIENT = 0.6   # the recipient of the supplies just told, for a supply told without one
FRAME_SUPPLIER = 0.6    # the supplier of the package just told, for "the package" told without one
SAYER_SUPPLIES = 0.6    # the state of whoever says arms "will be sent", for a passive told without a sender
PHONE_WORDS = {"phone", "telephone", "telephonic", "phoned", "video", "videoconference", "videolink"}
GATHERINGS = {"summit", "summits", "conference", "forum", "gathering", "session", "assembly", "congress", "briefing"}
ENDURING = {"suffer", "experience", "endure", "undergo", "sustain", "withstand", "weather"}   # X suffered an attack (not "face": threats)
HARM_VERBS = {"kill", "wound", "injure", "destroy", "damage", "hit", "obliterate", "flatten", "demolish", "raze",
              "devastate", "wreck", "burn", "gut", "level"}   # what an attack does to its target ("burned down")
SHAKEN_VERBS = {"rock", "shake", "rattle", "pound", "batter", "hear", "plunge", "echo", "strike"}  # "X was rocked by blasts"
NOT_TOPICS = {"sidelines", "margins", "behalf", "side", "sideline", "occasion", "eve", "day", "way", "visit", "trip",
              "tour", "phone", "telephone", "call"}
NAMING = {"know", "call", "dub", "name"}   # "a missile known as (dubbed) X"
AIM_PREPS = {"at", "on", "against", "into", "toward", "towards", "inside"}   # "strikes inside Russia"
DELEGATES = {"representative", "leader", "minister", "delegation", "envoy", "official", "negotiator", "diplomat"}
SELLING = {"export", "sell"}   # passive, with no seller named: the maker of what was sold sold it
ARRANGING = {"organise", "organize", "arrange", "broker", "mediate", "facilitate", "propose", "suggest"}   # talks for others
SAYINGS = {"announcement", "statement", "decision", "pledge", "promise", "offer", "move", "plan", "remarks", "comments",
           "words", "speech", "message", "step"}   # a state's ...: its own act, not a state supplied
JOINING_GATHERINGS = {"join", "attend"}   # ... a dinner (meeting) hosted by Y: who did met Y


def _joined(trigger: Token) -> Token | None:
    """The verb by which someone joined the talks a noun names: "joined (attended) a meeting",
    "took part (participated) in talks"; else None."""
    if trigger.dep_ == "dobj" and lemma_in(trigger.head, JOINING_GATHERINGS):
        return trigger.head
    if trigger.dep_ == "pobj" and trigger.head.lower_ == "in":
        holder = trigger.head.head
        if holder.lemma_.lower() == "participate":
            return holder
        if holder.lemma_.lower() == "part" and holder.dep_ == "dobj" and holder.head.lemma_.lower() == "take":
            return holder.head
        if holder.lemma_.lower() == "take" and any(c.lower_ == "part" and c.dep_ == "dobj" for c in holder.children):
            return holder
    return None


def _part_of_the_talks(trigger: Token) -> Token | None:
    """The verb of "X and Y were part of the meeting (talks)": the talks told before, which they
    attended; else None."""
    part = trigger.head.head if trigger.dep_ == "pobj" and trigger.head.lower_ == "of" else None
    if part is None or part.lemma_.lower() != "part" or part.dep_ != "attr" or part.head.lemma_.lower() != "be" or \
            not any(c.dep_ == "det" and c.lower_ == "the" for c in trigger.children):
        return None
    return part.head


def _hosted_gathering(trigger: Token) -> Token | None:
    """The meeting or meal a participle "hosted by Y" describes ("a dinner hosted by Mitsotakis",
    "talks hosted by Macron"); else None."""
    head = trigger.head
    if trigger.lemma_.lower() != "host" or trigger.tag_ != "VBN" or trigger.dep_ != "acl" or not any(
            c.dep_ == "agent" for c in trigger.children):
        return None
    return head if head.pos_ == "NOUN" and (head.lemma_.lower() in MEALS or classify(head) == "Meeting") else None


GOING_ON = {"continue", "resume", "intensify", "escalate", "persist", "rage", "begin", "start", "restart"}
# ... on X: an attack noun whose verb says it went on, its target on the verb ("strikes continued on X")
FRAME_SENTENCES = 4   # how far back an attacker (or talks) told earlier in the article still frames a sentence
LEAD_SENTENCES = 12   # how far into an article its lead still frames agentless attacks
RECIPIENT_SENTENCES = 2  # how far back the supplies just told still say where a supply told without a recipient goes
ANAPHORIC_GROUPS = {"they", "parties", "sides", "ministers", "leaders", "presidents", "delegations", "two",
                    "both", "officials", "counterparts", "men", "diplomats"}


def extract_many(articles: Iterable[Article], nlp, gaz: Gazetteer, batch_size: int = 64,
                 on_sentence=None, group: int = 32) -> Iterator[Extraction]:
    """Extractions for many articles, in order. The articles are taken from the iterable `group`
    at a time (a stream of any length is never held whole); the content lines of a group are
    parsed in one nlp.pipe stream."""
    stream = iter(articles)
    while chunk := list(islice(stream, group)):
        jobs = []
        for n, article in enumerate(chunk):
            is_name = None   # (made for the first headline: most articles have none)
            for start, end in content_segments(article.text):
                text = for_parser(article.text[start:end]).replace("\n", " ")   # (a line that ran on: one sentence)
                headline = title_cased(text)   # "Zelenskyy Begins Talks With Scholz In Kyiv": parsed as a sentence
                if headline:
                    is_name = is_name or _name_test(article.text, gaz)
                    text = sentence_cased(text, is_name)
                lead = len(text) - len(text.lstrip())   # a blanked dateline: parsed without it (a leading
                jobs.append((text[lead:], (n, start + lead, headline)))   # blank turns the parse at random)
        docs_by_article: dict[int, list[tuple[int, Doc]]] = {n: [] for n in range(len(chunk))}
        for doc, (n, start, headline) in nlp.pipe(jobs, as_tuples=True, batch_size=batch_size):
            doc.user_data["headline"] = headline   # (its verbs without auxiliaries: "Crimean Bridge Struck Again")
            docs_by_article[n].append((start, doc))
        for n, article in enumerate(chunk):
            yield extract_docs(article, docs_by_article[n], gaz, on_sentence)


_MID_SENTENCE_NAME = re.compile(r"(?<=[a-z,;] )([A-Z][A-Za-z'’\-]*[A-Za-z])")


def _name_test(text: str, gaz: Gazetteer):
    """Whether a headline's word (or two or three) is a name: one the gazetteer knows (a name or a
    demonym), or a word the article's own sentences capitalise where no sentence starts."""
    body = {re.sub(r"['’]s?$", "", m.group(1)) for line in text.split("\n") if not title_cased(line)
            for m in _MID_SENTENCE_NAME.finditer(line)}
    return lambda phrase: phrase in body or gaz.lookup(phrase) is not None or \
        gaz.country_of_demonym(phrase) is not None


def extract(article: Article, nlp, gaz: Gazetteer) -> Extraction:
    return next(extract_many([article], nlp, gaz))


def extract_docs(article: Article, docs: list[tuple[int, Doc]], gaz: Gazetteer,
                 on_sentence=None) -> Extraction:
    """on_sentence(sent, offset, reader, decisions), when given, sees every sentence after it is
    read, with the reader's decisions on its trigger words (used by `kg explain`)."""
    resolver = ArticleResolver(gaz, article.published)
    resolver.scope = hashlib.sha1(article.key.encode("utf-8")).hexdigest()[:8]
    # pass 1: full names first, so that an early surname finds its person
    for _, doc in docs:
        for ent in doc.ents:
            if ent.label_ == "PERSON" and (len(ent) > 1 or ent.ent_id_):   # (or a person the gazetteer knows)
                resolver.from_span(ent)
    # a war within a state: its army is a side of its own where the article names its insurgents
    resolver.named_groups = {ent.ent_id_ for _, doc in docs for ent in doc.ents if ent.ent_id_ in gaz.armed}
    resolver.civil_wars = {gaz.insurgents[key] for key in resolver.named_groups if key in gaz.insurgents}
    reader = SentenceReader(resolver, gaz, article)
    resolver.article_people = {e.key for e in resolver.entities.values() if e.type == "Person"} | {
        e.key for _, doc in docs for ent in doc.ents if ent.label_ == "PERSON"
        for e in [gaz.lookup(ent.text)] if e is not None and e.type == "Person"}
    events: list[Event] = []
    for offset, doc in docs:
        for sent in doc.sents:
            if on_sentence is not None:
                reader.trace = []
            events += reader.read(sent, offset)
            if on_sentence is not None:
                on_sentence(sent, offset, reader, reader.trace)
    events += reader.supplies_addressed_later({id(doc): offset for offset, doc in docs})
    events = _dedupe(events)
    _calls_told_elsewhere(events)
    _war_topics(events, resolver, gaz, docs)
    for member, group in reader.members_met:   # "The leaders who met X included A": at the meeting told before
        if not member.topics:
            member.topics = list(group.topics)
    events += _heads_met(events, reader.heads)
    used: dict[str, Entity] = {}
    final = resolver.final_entities()
    for ev in events:
        for e in [*[x for xs in ev.roles.values() for x in xs], *( [ev.place] if ev.place else []), *ev.topics]:
            used[e.key] = final.get(e.key, e)
    for ev in events:  # carry the article's aliases onto the entities the events hold
        ev.roles = {r: [used[e.key] for e in xs] for r, xs in ev.roles.items()}
        ev.place = used[ev.place.key] if ev.place else None
        ev.topics = [used[t.key] for t in ev.topics]
    return Extraction(article=article, entities=used, events=events)


DISCUSSED = {"discuss", "discusses", "discussed", "discussing"}


def _stranded_subject(verb: Token) -> list[Token]:
    """The subject the parser hung from the phrase before it: "Within the framework of the
    meeting of the Contact Group, the Minister of Defense of Ukraine, Rustem Umerov, discussed ..."
    read with "the Minister" in apposition to "the Contact Group". The apposition that ends right
    before a verb with no subject of its own (a comma between), its outermost noun."""
    if verb.tag_ not in ("VBD", "VBZ", "VBP") or any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children):
        return []
    i = verb.i - 1
    while i > verb.sent.start and verb.doc[i].is_punct:
        i -= 1
    tok = verb.doc[i]
    while tok.dep_ in ("compound", "flat") and tok.head.i > tok.i:
        tok = tok.head
    while tok.dep_ == "conj" and tok.head.i < tok.i:   # "the Minister of X, Y," read as a list
        tok = tok.head
    told = next((a for a in (tok, *tok.ancestors) if a.dep_ == "relcl" and a.i < verb.i), None)
    if told is not None and told.head.dep_ in ("appos", "pobj") and told.head.ent_type_ == "PERSON":
        tok = told.head   # "..., Støre, whose country borders Russia, stressed": the name the clause tells of
        if tok.dep_ == "pobj":   # (read as the opening phrase's object: "... on Monday, Støre, whose ...")
            return [tok] if _opening(tok, verb) is not None else []
    if tok.dep_ != "appos":
        return []
    while tok.dep_ == "appos" and tok.head.dep_ == "appos":
        tok = tok.head
    if tok.head.dep_ != "pobj" or tok.head.i > tok.i:
        return []
    # only in a phrase the sentence opens with, hung from the verb ("Within the framework of ..."):
    # not "Rubio, Trump's secretary of state, X and Y met", the names in a list the parser broke
    # (or a participle's: "Appearing beside X at a press conference on Monday, Y stressed ...")
    up = _opening(tok.head, verb)
    if up is None or up.i > tok.i:
        return []
    # "On Tuesday Marco Rubio, Trump's secretary of state, X and Y, met": a person the phrase swallowed
    # (the object of the opening preposition itself, not one deeper in the phrase: "On the eve of
    # the conversation with Putin, Scholz spoke with X" is Scholz's)
    return [tok.head] if tok.head.ent_type_ == "PERSON" and tok.head.head == up else [tok]


def _opening(tok: Token, verb: Token) -> Token | None:
    """The phrase hung on the verb that the token sits in, when it is one the sentence opens with
    before the verb: a prepositional phrase ("Within the framework of ...") or a participle's
    ("Appearing beside X ..."); None otherwise."""
    up = tok
    while up.head != up and up != verb and up.head != verb:
        up = up.head
    opens = up.dep_ == "prep" or up.dep_ in ("advcl", "csubj") and up.tag_ == "VBG"
    return up if up.head == verb and up != verb and up.i < verb.i and opens else None


def _heads_met(events: list[Event], heads: dict[str, tuple[Entity, TextSpan, str]]) -> list[Event]:
    """The talks of two states whose delegations the article says who led ("Ukraine's delegation was
    led by X, while Y headed the Russian side") were a meeting of X and Y too: as the states' talks
    (status, date, place, topics), told where the second of them is named."""
    out, done = [], set()
    for ev in events:
        sides = ev.roles.get("participant", [])
        # a state whose delegation's head is named stands for that head; a person of the other state, for
        # themselves ("Lavrov arrived for a meeting with representatives of the U.S. ... The U.S.
        # delegation will be led by Rubio")
        if ev.type != "Meeting" or len(sides) != 2 or not any(s.type == "Country" and s.key in heads for s in sides) \
                or not all(s.type == "Country" and s.key in heads or s.type == "Person" and s.country for s in sides) \
                or len({s.key if s.type == "Country" else s.country for s in sides}) != 2:
            continue
        (a, *told_a), (b, *told_b) = [heads[s.key] if s.type == "Country" else (s, None, None) for s in sides]
        pair = frozenset((a.key, b.key))
        if a.key == b.key or (pair, ev.status) in done:
            continue
        done.add((pair, ev.status))
        sentence, verb = max([t for t in (told_a, told_b) if t[0] is not None], key=lambda told: told[0].start)
        out.append(Event(type="Meeting", roles={"participant": [a, b]}, status=ev.status, sentence=sentence,
                         trigger=verb, date=ev.date, place=ev.place, topics=list(ev.topics),
                         confidence=min(ev.confidence, MEETING_HOST)))
    return out


def _calls_told_elsewhere(events: list[Event]) -> None:
    """"Putin and Macron held a phone conversation ... Macron, Putin discuss Iran": what the same
    people the article tells of in a call "discussed" (a verb of what was said, not a word that
    names a session, "talks", nor one only a meeting fits, "met"), with no place, is that call."""
    calls = {frozenset(e.key for e in ev.roles.get("participant", [])) for ev in events if ev.type == "Call"}
    for ev in events:
        if ev.type == "Meeting" and ev.place is None and ev.trigger.lower() in DISCUSSED and \
                frozenset(e.key for e in ev.roles.get("participant", [])) in calls:
            ev.type = "Call"


def _war_topics(events: list[Event], resolver: ArticleResolver, gaz: Gazetteer, docs) -> None:
    """Talks with a party to a war, with no topic of their own or only topics of war talk (peace,
    a ceasefire) or parties to that war, in an article that names the war's topic, are about that war
    (kg/extract/data/conflicts.json)."""
    if not gaz.conflicts:
        return
    named = {e.key for _, doc in docs for ent in doc.ents if ent.ent_id_ for e in [gaz.entities.get(ent.ent_id_)] if e}
    named |= {c.key for _, doc in docs for ent in doc.ents if ent.label_ == "NORP"   # "Ukrainian" names Ukraine
              for c in [gaz.country_of_demonym(ent.text)] if c is not None}
    for ev in events:
        if ev.type not in ("Meeting", "Call"):
            continue
        sides = {p.key for p in ev.roles.get("participant", [])} | {p.country for p in ev.roles.get("participant", [])
                                                                   if p.country}
        for topic_key, parties in gaz.conflicts:
            # (talks with one party about the other, "told Zelensky of Russia's advances", are about the war too)
            if any(t.key not in gaz.war_topics and (t.key not in parties or t.key in sides) for t in ev.topics):
                continue
            topic = gaz.entities.get(topic_key)
            if topic is not None and sides & parties and topic_key in named and topic not in ev.topics:
                ev.topics.append(resolver._seen(topic))


def _dedupe(events: list[Event]) -> list[Event]:
    seen, out = set(), []
    for ev in events:
        key = (ev.type, ev.status, tuple(sorted((r, tuple(sorted(e.key for e in xs))) for r, xs in ev.roles.items())),
               ev.sentence.start)
        if key not in seen:
            seen.add(key)
            out.append(ev)
    return out


def system_kind(kind: str) -> set[str]:
    """The words of a weapon system's kind, a fighter or a bomber being an aircraft too."""
    words = set(re.split(r"[\s-]+", kind.lower()))
    return words | ({"aircraft"} if words & {"fighter", "bomber", "aircraft"} else set())


@dataclass
class Decision:
    """What the reader did with one trigger word, for `kg explain`."""

    kind: str
    trigger: str
    index: int                 # token index in the sentence's doc
    outcome: str               # kept | dropped
    why: str
    event: Event | None = None


class SentenceReader:
    """Reads the events of one sentence at a time, remembering what follow-up sentences need."""

    def __init__(self, resolver: ArticleResolver, gaz: Gazetteer, article: Article) -> None:
        self.r = resolver
        self.gaz = gaz
        self.article = article
        self.last_meeting: Event | None = None
        self.people_meeting: tuple[int, Event] | None = None   # the last talks of two people, and where told
        self.found_here: list[Event] = []   # the events the sentence being read told so far
        self.meetings_told: list[set[str]] = []   # the participants of each meeting read so far
        self.people_group: tuple[int, list[Entity]] | None = None   # the last subject naming several people
        self.sentences_since_meeting = 0
        self.topic_names = {norm(n): e for e in gaz.entities.values() if e.type == "Topic"
                            for n in (e.label, *e.aliases)}
        self.trace: list[Decision] | None = None  # set to a list to record every decision (kg explain)
        self.confidence = SYNTAX  # of the event being read; rules that guess lower it (_doubt)
        # the role reader of each family (kg/families.py); a family without one fails here, at start
        self.readers = {"Meeting": self.meeting, "Call": self.meeting, "Supply": self.supply,
                        "Attack": self.attack, "Request": self.request}
        missing = set(FAMILIES) - set(self.readers)
        if missing:
            raise RuntimeError(f"no role reader for the event families {sorted(missing)}")
        self.sentence_no = 0
        self.at_summit = False  # the article has told of a summit: lists of people met there are bilaterals
        self.frames: list[tuple[int, list[Entity]]] = []  # (sentence, attackers) of the attacks read so far
        self.last_targets: list[Entity] = []  # the targets of the last attack read
        self.unclaimed: tuple[int, list[Entity]] | None = None   # the targets of the last attack told without attacker
        self.all_unclaimed: list[tuple[int, list[Entity]]] = []   # ... of every attack so told
        self.lead_unclaimed: tuple[int, list[Entity]] | None = None   # of the article's first attack, so told
        self.recipients: list[tuple[int, list[Entity]]] = []  # (sentence, recipients) of the supplies read so far
        # (trigger, sentence, the sentence's trace) of supplies told with no recipient found
        self.unaddressed: list[tuple[Token, int, list[Decision] | None]] = []
        self.rereading = False   # reading those again at the article's end
        self.suppliers: tuple[int, list[Entity]] | None = None   # (sentence, suppliers) of the last supply read
        self.state_pair: tuple[int, list[Entity]] | None = None   # (sentence, two states) last named together
        self.systems: list[tuple[int, int, Entity]] = []   # (sentence, token, system) of the weapon systems named
        self.meant: dict[tuple[int, int], Entity | None] = {}   # (sentence, token) -> the system a word stands for
        # (sentence, noun, meeting) of meetings held with a group a plural noun names ("met with A and
        # seven European leaders to discuss T"), and (meeting, that one) of the group's members listed
        # later ("The leaders who met X included B and C"): they met there, on what it was about
        self.group_meetings: list[tuple[int, str, Event]] = []
        self.members_met: list[tuple[Event, Event]] = []
        self.heads: dict[str, tuple[Entity, TextSpan, str]] = {}   # state -> who led its delegation, where told, the verb
        self.named_before: list[Entity] = []   # the people the sentence before named (for "the two" in this one)

    def read(self, sent: Span, offset: int) -> list[Event]:
        self.sentence_no += 1
        self.at_summit = self.at_summit or any(t.lower_ in ("summit", "summits", "sidelines") for t in sent)
        self.r.sentence_people = [(tok.i, e) for tok in sent if tok.dep_ in ("nsubj", "nsubjpass")
                                  and tok.lower_ not in ("he", "she")
                                  for e in self.r.from_token(tok) if e.type == "Person"]
        self.r.sentence_groups = []
        ents = sent.ents   # (made afresh, from every span of the document, at each use)
        self.r.note_acronyms(ents)
        self.systems += [(self.sentence_no, ent.start, system) for ent in ents if ent.ent_id_
                         for system in [self.gaz.entities.get(ent.ent_id_)]
                         if system is not None and system.type == "WeaponSystem"]
        for tok in sent:   # "the French combat aircraft" names the system again: "it" next is that one
            if system_reference(tok):
                self.system_meant(tok)
        for tok in sent:  # "the Sudanese army": remembered, so that a later "the army" is Sudan's
            if tok.lower_ in BODY_NOUNS and tok.pos_ == "NOUN" and left_modifiers(tok):
                states = [e for e in self.r.from_token(tok) if e.type == "Country" or e.type == "Organization"
                          and e.country and self.r.as_belligerent(e).type == "Country"]
                if len(states) == 1:   # a state, or its armed forces by name ("the Azerbaijani military")
                    self.r.bodies[tok.lower_] = states[0]
        for tok in sent:
            # the people a plural subject names, or those spoken with ("he had spoken with the leaders of A
            # and B, and they agreed to meet"), for a "they" later in the sentence
            if (tok.dep_ in ("nsubj", "nsubjpass") or tok.dep_ == "pobj" and tok.head.lower_ == "with" and
                    tok.head.head.lemma_.lower() in CALL_VERBS) and (tok.tag_ in ("NNS", "NNPS") or tok.conjuncts):
                group = [a for a in (self.r.as_agent(e) for e in self.r.from_token(tok)) if a is not None]
                if group:
                    self.r.sentence_groups.append((tok.i, group))
            if tok.dep_ in ("nsubj", "nsubjpass"):   # the people a subject names, for a "they" in the next sentence
                people = _distinct([e for ent in ents if ent.label_ == "PERSON" and tok.left_edge.i <= ent.start
                                    and ent.end <= tok.right_edge.i + 1 for e in [self.r.from_span(ent)]
                                    if e is not None and e.type == "Person"])
                if len(people) >= 2:
                    self.people_group = (self.sentence_no, people)
        found: list[Event] = []
        self.found_here = found
        self._note_state_pair(sent)   # ("urged A and B to stand down, with both nations exchanging fire")
        for token in sent:
            kind = classify(token)
            if kind is None or _in_quoted_title(token):
                continue
            found += self.event_at(kind, token, sent, offset)
        self._note_heads(sent, offset)
        self._note_subjects(sent)
        self.named_before = self._people_named(sent.ents)
        self._calls_told_later(sent, found)
        meetings = [e for e in found if e.type in ("Meeting", "Call")]
        self.meetings_told += [{p.key for p in e.roles.get("participant", [])} for e in meetings if e.type == "Meeting"]
        people_met = [e for e in meetings if len(e.roles.get("participant", [])) == 2
                      and all(p.type == "Person" for p in e.roles["participant"])]
        if people_met:
            self.people_meeting = (self.sentence_no, people_met[-1])
        if meetings:
            self.last_meeting, self.sentences_since_meeting = meetings[-1], 0
        else:
            self.sentences_since_meeting += 1
            self._follow_up_topics(sent)
        return found

    def supplies_addressed_later(self, offsets: dict[int, int]) -> list[Event]:
        """The supplies told with a supplier and items but no recipient, read again at the article's end:
        "Canada pledged $2 billion in military aid" where every supply the article goes on to tell
        goes to Ukraine (one state: `supply`'s fallback to the article's recipients). `offsets`:
        the character offset of the text each trigger's doc was made from, by the doc's id."""
        self.rereading, found = True, []
        try:
            for trigger, sentence_no, trace in self.unaddressed:
                self.sentence_no, self.found_here = sentence_no, []
                self.trace = [] if trace is not None else None
                events = self.event_at("Supply", trigger, trigger.sent, offsets[id(trigger.doc)])
                if events and trace is not None:   # (kg explain: the sentence's decision is now this one)
                    trace[:] = [d for d in trace if d.index != trigger.i or d.kind != "Supply"] + self.trace
                found += events
        finally:
            self.rereading, self.trace = False, None
        return found

    def _calls_told_later(self, sent: Span, found: list[Event]) -> None:
        """"X held talks with Y. During the phone conversation, ...": talks the next sentence
        calls a phone call were a call."""
        if self.last_meeting is None or self.last_meeting.type != "Meeting" or self.sentences_since_meeting > 0:
            return
        words = {t.lower_ for t in sent}
        if not (words & PHONE_WORDS and words & {"call", "conversation", "talk", "talks", "conversations", "calls"}):
            return
        told = [e for e in found if e.type in ("Meeting", "Call")]
        for event in told:  # "During the phone conversation, X and Y discussed ..."
            if not _in_person(event):   # "X will meet Y in Washington after a phone call": a meeting
                event.type = "Call"
        same = [e for e in told if set(e.roles.get("participant", [])) == set(self.last_meeting.roles.get("participant", []))]
        if (not told or same) and not _in_person(self.last_meeting):
            self.last_meeting.type = "Call"   # a call of other people told here says nothing of the talks before

    def _note_subjects(self, sent: Span) -> None:
        # a sentence with no person as its subject makes the person it names as an owner the one a "he"
        # next refers to ("... the first stage of Zelensky's visit to Belgium. He was received by ...")
        owners = [(tok.i, e) for tok in sent if tok.dep_ == "poss" and tok.ent_type_ == "PERSON"
                  for e in self.r.from_token(tok) if e.type == "Person"][:1]   # (the first: "X's visit comes ahead of Y's trip")
        for _, person in self.r.sentence_people or owners:
            self.r.note_subject(person)
        self.r.sentence_people = []
        self.r.next_sentence()

    # -- one event ------------------------------------------------------------------------------------
    def _decide(self, kind: str, trigger: Token, outcome: str, why: str, event: Event | None = None) -> None:
        if self.trace is not None:
            self.trace.append(Decision(kind, trigger.text, trigger.i, outcome, why, event))

    def _doubt(self, confidence: float) -> None:
        """A rule that guessed: the event is only as sure as its least sure step."""
        self.confidence = min(self.confidence, confidence)

    def event_at(self, kind: str, trigger: Token, sent: Span, offset: int) -> list[Event]:
        self.confidence = SYNTAX
        status = status_of(trigger)
        if status is None:
            self._decide(kind, trigger, "dropped", "negated, denied or hypothetical")
            return []
        found = self.readers[kind](trigger)
        if not found:
            self._decide(kind, trigger, "dropped", "roles incomplete: " + FAMILIES[kind].needs)
            return []
        if kind == "Meeting" and (mediators := self._mediators(trigger)):
            # "talks between A and B, mediated by X": X sat with them
            found = [{**roles, "participant": _distinct(roles.get("participant", []) + mediators)}
                     for roles in (found if isinstance(found, list) else [found])]
        if kind == "Meeting" and _counterparts_unnamed(trigger) and all(
                len({e.country for e in roles.get("participant", [])} - {None}) == 1 and
                all(e.type == "Person" and e.country for e in roles.get("participant", []))
                for roles in (found if isinstance(found, list) else [found])):
            # "X, as well as his foreign and defence ministers, arrived for talks with their counterparts":
            # one state's delegation, whose counterparts go unnamed, met no one named
            self._decide(kind, trigger, "dropped", "one state's delegation; its counterparts unnamed")
            return []
        if kind == "Supply" and _inside(trigger, REQUEST_VERBS | {"whether", "if"}) and leave_sought(trigger) is None:
            # (not leave sought to supply: "X requested approval to send tanks to Y" is X's supply, proposed)
            self._decide(kind, trigger, "dropped", "inside a request or a condition: not a supply")
            return []
        start, end = offset + sent.start_char, offset + sent.end_char   # the article's words, not the parser's
        span = TextSpan(start, end, self.article.text[start:end])
        events = []
        found = found if isinstance(found, list) else [found]
        # what one of a sentence's events holds is no other's place ("explosions in A and B", A's and B's)
        everyone = {"told": [e for roles in found for xs in roles.values() for e in xs]} if len(found) > 1 else {}
        for roles in found:
            event = Event(type=kind, roles=roles, status=status, sentence=span, trigger=trigger.text,
                          confidence=self.confidence)
            event.date = self.date_of(trigger, status)
            event.place = self.place_of(trigger, {**roles, **everyone})
            if kind in ("Meeting", "Call"):
                event.topics = self.topics_of(trigger, roles)
            if kind == "Meeting":
                self._groups_met(trigger, event)
            self._decide(kind, trigger, "kept", f"status {status}", event)
            events.append(event)
        return events

    def _groups_met(self, trigger: Token, event: Event) -> None:
        """A meeting held with a group a plural noun names ("met with A and seven European leaders
        to discuss T") is remembered; one of the group's members listed later ("The leaders who met X
        included B and C"), sharing a participant with it, is linked to it (its topics, `extract`)."""
        keys = {e.key for e in event.roles.get("participant", [])}
        if named_among(trigger):
            noun = trigger.head.lemma_.lower()
            group = next((ev for n, lemma, ev in reversed(self.group_meetings)
                          if lemma == noun and self.sentence_no - n <= GROUP_SENTENCES
                          and keys & {e.key for e in ev.roles["participant"]}), None)
            if group is not None:
                self.members_met.append((event, group))
            return
        verb = trigger if trigger.pos_ == "VERB" else governing_verb(trigger)
        met = [x for h in filter(None, (trigger, verb)) for o in objects(h) + prep_objects(h, {"with"})
               for x in (o, *o.conjuncts)]
        for noun in {t.lemma_.lower() for t in met if t.tag_ == "NNS" and t.lemma_.lower() in GROUP_MEMBERS}:
            self.group_meetings.append((self.sentence_no, noun, event))

    def agents(self, tokens: Iterable[Token]) -> list[Entity]:
        out: list[Entity] = []
        for tok in tokens:
            found = self.r.from_token(tok)   # ("from Boeing Co.": the company it ends, resolve.CORPORATE_SUFFIXES)
            if tok.lemma_.lower() not in ("counterpart", "colleague") and (listed := self.r.states_listed(tok)) and \
                    any(e not in found for e in listed):
                # "U.S., Qatari, Egyptian and Israeli officials", however the parser hung the list (one's
                # counterparts of several states are the people in the office there, or no one named)
                found = listed + [e for e in found if e not in listed]
            if not found and tok.pos_ in ("NOUN", "PROPN"):   # "the governor of the region, Gleb Nikitin": the name in apposition
                joined = {t for c in tok.children if c.dep_ == "conj" for t in c.subtree}   # not a conjunct's own
                found = [e for a in tok.subtree if a.dep_ == "appos" and a.ent_type_ == "PERSON" and a not in joined
                         for e in self.r.from_token(a)][:1]
            if (not found or tok.lower_ == "they" and tok.dep_ == "nsubj" and all(e.type != "Person" for e in found)) \
                    and (tok.lower_ == "they" and tok.dep_ in ("nsubj", "nsubjpass") or tok.dep_ == "dobj" and (
                    tok.lower_ == "them" or tok.pos_ == "NOUN" and tok.lemma_.lower() in ("leader", "president", "minister")
                    and any(c.lower_ in ("both", "each") for c in tok.children))) and \
                    _tells_talks(tok.head) and self.people_group is not None and \
                    self.sentence_no - self.people_group[0] == 1:
                # "X, Y and Z travelled by train. In Kyiv, they were welcomed by W": the people just named (as
                # "W greeted each leader", "W welcomed both leaders", "W greeted them"); also where "they" was read
                # as the body that says so ("The four leaders met in X. They will meet Z, Downing Street said")
                found = list(self.people_group[1])
                self._doubt(MEETING_HOST)
            if not found and tok.pos_ == "NOUN" and tok.lemma_.lower() in DELEGATES and any(
                    _refers_back(o) for o in prep_objects(tok, {"of", "from"})):
                # "representatives of the two countries will convene": the two states just told, or those of
                # the two people of the talks just told ("X met Y ... representatives of the two countries")
                found = self._warring_sides(prep_objects(tok, {"of", "from"}))
                if not found and any(o.lemma_.lower() in ("country", "nation", "state") for o in prep_objects(tok, {"of"})):
                    states = _distinct([self._state_of_person(p) for p in self._meeting_pair()])
                    found = states if len(states) == 2 and all(s.type == "Country" for s in states) else []
            if not found and tok.tag_ in ("NNS", "NNPS") and tok.lemma_.lower() in LISTING_NOUNS:
                found = self._listed_after_colon(tok)   # "with the leaders of the mediating nations: A, B and C"
            after = tok.doc[tok.right_edge.i + 1] if tok.right_edge.i + 1 < len(tok.doc) else None
            if not found and tok.lemma_.lower() in ROLE_NOUNS and after is not None and after.ent_iob_ == "B" \
                    and after.ent_type_ == "PERSON":
                # "between Lavrov and former US secretary of state Antony Blinken": the name right
                # after the title, which the parser hung elsewhere
                found = self.r.from_token(after)[:1]
            if tok.ent_type_ == "GPE" and any(e.type == "Country" for e in found):
                # "Israel, the UAE and Bahrain": a list of states the parser read as an apposition and its conjuncts
                found = found + [e for a in tok.children if a.dep_ == "appos" and a.ent_type_ == "GPE" and a.conjuncts
                                 for x in (a, *a.conjuncts) for e in self.r.from_token(x, conjuncts=False)
                                 if e.type == "Country" and e not in found]
            for group in [g for g in (tok, *[c for c in tok.conjuncts if c.i > tok.i]) if g.tag_ == "NNS"]:
                # "top US officials, including Secretary of State Marco Rubio": them too; "the US and its allies,
                # including Poland and France": the states
                kinds = ("Person", "Country") if group.lemma_.lower() in STATE_GROUPS else ("Person",)
                found = found + [e for o in prep_objects(group, {"including"}) + _such_as(group) for x in (o, *o.conjuncts)
                                 for e in self.r.from_token(x) if e.type in kinds and e not in found]
            if tok.pos_ in ("NOUN", "PROPN") and not tok.ent_type_:
                # "by the President of Spain, Pedro Sanchez, and his Ukrainian counterpart, Volodymyr Zelensky":
                # the parser joins the second to the first's name in apposition, not to the title
                found = found + [e for a in tok.children if a.dep_ == "appos" and a.ent_type_ == "PERSON"
                                 for x in a.conjuncts if x.i > a.i for e in self.agents([x]) if e not in found]
            for e in found:
                agent = self.r.as_agent(e)
                if agent is not None and agent not in out:
                    out.append(agent)
        return out

    def _listed_after_colon(self, noun: Token) -> list[Entity]:
        """The people or states a colon right after a plural noun's phrase lists ("the leaders of
        the mediating nations: A, B and C"), when all it lists are such names."""
        sent, end = noun.sent, noun.right_edge.i + 1
        if end >= sent.end or noun.doc[end].text != ":":
            return []
        named = [e for e in sent.ents if e.start > end]
        if not named or any(e.label_ not in ("PERSON", "GPE", "NORP", "ORG") for e in named):
            return []
        named = [e for e in named if not all(   # not a title read as a name ("Qatari Emir")
            t.lower_ in TITLE_WORDS or t.lower_ in ROYAL_TITLES or self.gaz.country_of_demonym(t.text) for t in e)]
        found = [x for e in named if e.label_ != "NORP" for x in [self.r.from_span(e)] if x is not None]
        return _distinct([x for x in found if x.type in ("Person", "Country")])

    def meeting(self, trigger: Token) -> list[dict[str, list[Entity]]] | None:
        """The participants of a meeting or call (`_participants`); a delegation met in the person
        leading it ("a U.S. delegation led by Rubio") is its state when the other side is a state
        ("talks between Ukrainian officials and a U.S. delegation led by Rubio")."""
        groups = self._participants(trigger)
        # "'We just had a meeting with X,' Starmer said": the one who speaks was at it, not only their state
        spoken = [found for t in trigger.sent if t.lower_ in ("we", "us") and t.dep_ in ("nsubj", "nsubjpass", "pobj")
                  for found in [self.r.our_speaker(t)] if found is not None][:1]
        for group in groups or []:
            if spoken and spoken[0][1] in group["participant"] and spoken[0][0] not in group["participant"]:
                group["participant"] = [spoken[0][0] if e == spoken[0][1] else e for e in group["participant"]]
            people = group["participant"]
            if any(e.type == "Country" for e in people) and any(e.key in self.r.delegations for e in people) and all(
                    e.type != "Person" or e.key in self.r.delegations for e in people):   # (not when someone named
                # meets them too: "brought together X, advisers from A and B, and a delegation led by Rubio")
                group["participant"] = _distinct([self.r.delegations.get(e.key, e) for e in people])
            # a leader and their own state are one side ("Ukraine's Zelenskiy visits ..."), not two
            own = {e.country for e in group["participant"] if e.type == "Person" and e.country}
            group["participant"] = [e for e in group["participant"] if not (e.type == "Country" and e.key in own)]
        groups = [g for g in groups or [] if len(g["participant"]) >= 2]
        return groups or None

    def _participants(self, trigger: Token) -> list[dict[str, list[Entity]]] | None:
        """The participants of a meeting or call, as one group per meeting. "X met A, B and C" (one
        side and a list on the other) is a meeting of X with each of them, not of A with B: a list
        of the people someone met is never paired among itself. "Talks between A, B and C" is one
        meeting of them all."""
        if trigger.pos_ != "VERB" and trigger.lower_ in MISTAGGED_MEETS and trigger.dep_ == "ROOT":
            # "X (L) greets Y (R) upon his arrival": the verb tagged a noun; the people on each side of it
            self._doubt(CLAUSE_PEOPLE)
            left, right = self._clause_people(trigger)
            return self._sides(left, [p for p in right if p not in left])
        if len(gathered := mourners(trigger)) >= 2:   # "X and Y laid wreaths at the memorial"
            return [{"participant": self._people_named(gathered)}]
        if (brought := brought_together(trigger)):   # "the talks brought together X, Y and a delegation led by Z"
            return [{"participant": self.agents(brought)}]
        if (gathering := _hosted_gathering(trigger)) is not None:
            # "X joined (attended) a dinner hosted by Y [for A, as well as B and C]": one gathering of
            # them all, the host, who joined it and the guests named after it
            joining = governing_verb(gathering)
            guests = subjects(joining) if joining is not None and lemma_in(joining, JOINING_GATHERINGS) else []
            hosts = self.agents([x for o in prep_objects(trigger, {"by"}) for x in (o, *o.conjuncts)])
            more = [p for c in gathering.children if c.dep_ == "cc" and c.lower_ == "as"
                    for p in self._people_after(c, within=False)]
            people = _distinct(hosts + self.agents(guests) + more)
            return [{"participant": people}] if hosts and len(people) >= 2 else None
        if (being := _part_of_the_talks(trigger)) is not None:
            # "Dmitriev and Ushakov were part of the meeting with Putin": at the talks just told, as guests
            joined = self._joining_talks(self._people_named(
                [e for e in trigger.sent.ents if e.label_ == "PERSON" and e.end <= being.i]))
            if joined:
                return joined
        if also_present(trigger):   # "X was also in attendance": at the talks just told
            return self._joining_talks(self.agents([x for s in subjects(trigger) for x in (s, *s.conjuncts)]))
        if trigger.lower_ == "one" and trigger.pos_ not in ("VERB", "AUX"):
            # "The meeting with Hamas followed one with X and Y": the host of the talks just told met them
            withs = prep_objects(trigger, {"with"}) or prep_objects(trigger.head, {"with"})
            withs += _misattached_conjuncts(trigger.head, withs)   # "... envoy, X, and Biden's envoy, Y"
            others = self.agents([x for w in _envoys_named(withs) for x in (w, *w.conjuncts)])
            holders = [h for h in self._meeting_host(others) if h not in others]
            if holders:
                self._doubt(MEETING_HOST)
            return self._sides(holders, others) if holders and others else None
        if trigger.pos_ == "VERB" and trigger.lemma_.lower() == "accompany":
            # "Accompanying X at the Kremlin was Y", "X was accompanied by Y": Y at the talks just told, X's
            if passive_subject(trigger):
                companions, led = _by_agents([trigger]), passive_subject(trigger)
            else:
                companions, led = [c for c in trigger.children if c.dep_ == "nsubj"], objects(trigger)
            pair = {e.key for e in self._meeting_pair()}
            if not pair & {e.key for e in self.agents(led)}:
                # "during his visit to the plant, X was accompanied by Russian Deputy Prime Minister Y": a host of
                # another state escorting a guest meets them (not one of the guest's own delegation)
                guests = [(t, a) for t in led for a in self.agents([t])[:1] if a.type == "Person"]
                hosts = [(t, a) for c in companions for t in (c, *c.conjuncts) for a in self.agents([t])[:1]
                         if a.type == "Person"]
                sides = [self._person_side(t, a) for t, a in guests + hosts]
                if len(guests) == 1 and len(hosts) == 1 and None not in sides and sides[0] != sides[1]:
                    return [{"participant": [guests[0][1], hosts[0][1]]}]
                return None
            # (each named one, not a name in apposition to them: "Y, Trump's son-in-law")
            return self._joining_talks(_distinct([a for c in companions for x in (c, *c.conjuncts)
                                                  for a in self.agents([x])[:1]]))
        if trigger.pos_ == "VERB" and trigger.lemma_.lower() == "join":
            # "They were also joined by X", "X joined them": the talks just told, with X
            agents = [x for o in prep_objects(trigger, {"by"}) for x in (o, *o.conjuncts)]
            named = [x for s in passive_subject(trigger) if s.ent_type_ == "PERSON" for x in (s, *s.conjuncts)]
            sides = {self._person_side(t, a) for t in named + agents for a in self.agents([t])[:1] if a.type == "Person"}
            if named and agents and (None in sides or len(sides) > 1):
                # "X and Y will be joined at the meeting by Z": the three of them (not "Putin was joined by
                # Russia's defense minister": his own side, at the talks just told)
                people = _distinct(self.agents(named) + self.agents(agents))
                return [{"participant": people}] if len(people) >= 2 else None
            return self._joining_talks(self.agents(agents or [x for s in subjects(trigger) for x in (s, *s.conjuncts)]))
        if trigger.pos_ == "VERB":
            lemma = trigger.lemma_.lower()
            subj = subjects(trigger)
            met = passive_subject(trigger) if agent_objects(trigger) else []
            if trigger.dep_ == "acl" and trigger.tag_ == "VBG":
                # "Putin and Kim shaking hands", "leaders meeting in Paris": the participle's noun
                # (the parser may take one of a pair as its subject and the other as the noun)
                nouns = [trigger.head, *trigger.head.conjuncts]
                for _ in range(2):  # names in apposition to the noun, and to those: "leader X and Y"
                    nouns += [a for n in nouns for a in n.children if a.dep_ == "appos" and a not in nouns]
                subj = [*nouns, *subj]
            if not subj:   # "photos of Putin meeting with X", the name read as the participle's compound
                subj = [c for c in trigger.children if c.dep_ == "compound" and c.ent_type_ == "PERSON"]
            if not subj and trigger.dep_ == "pcomp":   # "after meeting with Lavrov, Cavusoglu said ..."
                subj = _clause_subjects(trigger)
            if not subj:   # "Within the framework of X, the minister of Y, Z, discussed ... with W"
                subj = _stranded_subject(trigger)
            if not subj and trigger.tag_ == "VBG" and trigger.dep_ in ("advcl", "csubj"):
                subj = _stranded_subject(trigger.head)   # "Appearing beside X on Monday, Y stressed ...": Y
            first = self.agents(subj)
            if not first:   # "leaders (heads of state) from seven countries, including X and Y, met Z": those named
                first = self.agents([x for s in subj if s.tag_ == "NNS" and s.lemma_.lower() in GROUP_MEMBERS
                                     for t in s.subtree if t.lower_ == "including" and t.dep_ == "prep"
                                     for o in t.children if o.dep_ == "pobj" for x in (o, *o.conjuncts)])
            if not first and any(s.lemma_.lower() in TRAVELS for s in subj):
                # "X's last visit to Cairo was in 2012, to meet Y": the one who visited
                first = self.agents([c for s in subj for c in s.children if c.dep_ == "poss"])
            alongside = beside(trigger) if lemma in APPEARING else []
            homes = {a.country for a in first if a.type == "Person" and a.country}
            # one's own side beside one is no meeting: "Vance, who was sitting beside Trump"
            alongside = [t for t in alongside if not any(e.type == "Person" and e.country in homes for e in self.agents([t]))]
            withs = prep_objects(trigger, {"with", "to"}) + calls_on(trigger) + alongside + honoured(trigger)
            # "met with Yoon's adviser Shin Won-sik and the minister Kim Yong-hyun", a list the parser
            # broke at the hyphenated names: each person the with-phrase names (not an owner, "Yoon's")
            withs += [n for w in trigger.children if w.dep_ == "prep" and w.lower_ == "with"
                      for n in _people_listed(w) if n not in withs]
            if withs:   # "meeting with X, as well as officials, including Y": the parser hangs the rest on the verb
                withs += [c for c in trigger.children if c.i > withs[0].i and (
                    c.dep_ == "conj" and c.pos_ in ("NOUN", "PROPN") or   # (or the list's next name read as an adverb)
                    c.dep_ in ("npadvmod", "dep") and c.ent_type_ == "PERSON")]
            others = withs + met   # "X was received by Y": Y met X
            if met and len(first) >= 2 and not any(c.dep_ == "conj" for m in met for c in m.children) and (
                    self.agents(met) or any(m.pos_ == "PROPN" or m.lemma_.lower() in ROLE_NOUNS | TITLE_WORDS | DELEGATES
                                            for m in met)):   # (not "the agreement was signed by A and B": together)
                # "X was received by A, B and C": X is the one side, the hosts listed the other (no
                # one when X is no one the article names: "the envoy was received by A and by B")
                first, others = self.agents(met), withs + subj
            host = trigger  # "With A, C went over X and discussed Y": the with hangs from the first verb
            while host.dep_ == "conj" and host.head.pos_ in ("VERB", "AUX"):
                host = host.head
            fronted = [c for c in host.children if c.dep_ == "prep" and c.lower_ == "with" and c.i < host.i
                       and not any(o.dep_ == "pobj" for o in c.children)]
            if fronted and subj:
                # "With A and B, C discussed X", where the parser took A and B into the subject (or hung
                # them from it): C, the phrase nearest the verb, is the subject; the people named
                # between "with" and C are the people met
                nodes = [subj[0], *subj[0].conjuncts]
                nodes += [c for n in list(nodes) for c in n.children if c.dep_ == "appos"]
                nearest = max(nodes, key=lambda n: n.i)
                subject = self.r.as_agent(self.r._one(nearest, 0))
                if subject is not None:
                    met = []
                    for ent in trigger.sent.ents:
                        if ent.label_ == "PERSON" and fronted[0].i < ent.start and ent.end <= nearest.i \
                                and not (ent.root.head == nearest and ent.root.dep_ in ("poss", "compound")):
                            person = self.r.from_span(ent)
                            if person is not None and person != subject and person not in met:
                                met.append(person)
                    if met:
                        self._doubt(FRONTED)
                        self.r.sentence_people = [(trigger.i - 1, subject)] if subject.type == "Person" else []
                        return self._sides([subject], met + [a for a in self.agents(others) if a != subject],
                                           _one_by_one(trigger))
            objs = [_antecedent(o, trigger) for o in objects(trigger)]   # "Putin, whom Xi met in March"
            if lemma == "visit":
                # "visit Washington for talks with X": the city is the place, X the other side; a
                # factory, a base or a hospital visited is a place too, whoever owns it ("a BYD factory")
                objs = [o for o in objs if not self._is_place(o) and o.lemma_.lower() not in SITES]
                for talks in prep_objects(trigger, {"for"}):
                    others += prep_objects(talks, {"with"})
            elif lemma == "tell":
                objs = [o for o in objs if o.dep_ == "dobj"]
            elif lemma == "shake":  # "shook hands with X": the with may hang from "hands"
                objs = []
                others += prep_objects(shaken_hands(trigger), {"with"})
                # "X shook hands and took photos with Y": the with of the verb the handshake shares its subject with
                # ("posed for photos with Y", "exchanged a few words with Y": the with may hang from the object)
                others += [o for c in trigger.children if c.dep_ == "conj" and c.pos_ == "VERB" and not any(
                    s.dep_.startswith("nsubj") for s in c.children)
                    for x in (c, *[t for t in c.subtree if t.dep_ in ("dobj", "pobj") and t.head in (c, *c.children)])
                    for o in prep_objects(x, {"with"})]
            elif lemma in ("discuss", "sign"):
                # what is discussed is a topic; "discussed strengthening X with Y"; "signed a pact with Y"
                others += [o for x in trigger.children if x.dep_ == "xcomp" for o in prep_objects(x, {"with"})]
                if lemma == "discuss":
                    # "to discuss the Gaza war with X", the with on the topic; "would discuss with X efforts
                    # to ...", the name read as the topic's modifier (not "discuss talks with Hamas": a topic)
                    others = [_name_read_as_modifier(o) or o for o in others]
                    # (a person: "a ceasefire deal with Ukraine" is the deal's other side, not who discussed it)
                    others += [p for o in objs if classify(o) != "Meeting" for p in prep_objects(o, {"with"})
                               if p.ent_type_ == "PERSON" or p.pos_ == "PROPN" and p.lower_ in TITLE_WORDS and
                               any(e.type == "Person" for e in self.r.from_token(p))]   # "with the Minister of X, Y"
                if lemma == "sign":   # ("a deal with [Trump on rare earth] minerals": the name the parser hung lower)
                    others += [_name_read_as_modifier(o) or o for x in objs if x.lemma_.lower() in AGREEMENTS
                               for o in prep_objects(x, {"with"})]
                objs = []
            if lemma in ("welcome", "host", "receive", "invite"):  # "welcomed X to the White House"
                others = [o for o in others if not (o.head.lower_ == "to" and self._is_place(o))]
            second = [a for a in self.agents(objs + others) if a not in first]
            if first and not second and lemma in ("meet", "gather", "convene"):
                # "A and B, along with C, met in Cairo": C met with them (one who met nobody named)
                joined = [o for c in trigger.children if c.dep_ in ("prep", "advmod") and c.lower_ in ("along", "together")
                          for w in c.children if w.dep_ == "prep" and w.lower_ == "with"
                          for o in w.children if o.dep_ == "pobj"] + prep_objects(trigger, {"alongside"})
                first = first + [a for a in self.agents([x for o in joined for x in (o, *o.conjuncts)]) if a not in first]
            if lemma == "sign" and not (len(first + second) >= 2 and (first and second or len(first) >= 2) and (
                    all(e.type == "Person" for e in first + second) or _signs_agreement(trigger, self._is_place) and all(
                        e.type in ("Person", "Country") or e.key in self.gaz.armed for e in first + second))):
                # "X and Y signed a pact": people signing met; states met when they sign an agreement
                # ("Rwanda and the DRC signed a peace agreement in Washington"); not "X signed a bill"
                return None
            split = _one_by_one(trigger)
            if lemma == "sign" and second and any(t.lower_ == "together" for t in trigger.subtree):
                return [{"participant": _distinct(first + second)}]   # "X signed the accord together with A and B": one act
            if len(first) < 2 and not second and any(_refers_back(s) for s in subj):
                # "The two presidents spoke by phone": the people of the talks just told; "the two sides
                # agreed to meet": the sides of the fighting just told
                first = self._people_here(subj) or self._people_pair(subj) or self._meeting_pair() or \
                    self._warring_sides(subj) or \
                    self._those_named(subj[0])
                if first:
                    self._doubt(MEETING_HOST)
            if first and not second and any(_refers_back(o) for o in objs + others):
                # "X, who initiated the talks, met with the two leaders separately": the people of the talks
                # just told (in this sentence or the one before)
                here = [e for e in self.found_here if e.type == "Meeting"]   # (told earlier in this sentence)
                second = [p for p in (list(here[-1].roles.get("participant", [])) if here else self._meeting_pair())
                          if p not in first]
                if second:
                    self._doubt(MEETING_HOST)
            if lemma == "visit" and first and not second:   # "Modi visited Ukraine": its leader, when named
                visited = self._visited_states(objects(trigger) + prep_objects(trigger, {"to"}))
                second = self._visit_host(first, visited)
                if not second and len(visited) == 1 and all(f.type == "Country" and f.key != visited[0] for f in first) \
                        and any(x.lemma_.lower() in ("delegation", "mission") for x in subj):
                    second = [self.r._seen(self.gaz.entities[visited[0]])]   # "a Turkish delegation visited Egypt"
            if len(second) == 1 and _among_those(trigger):
                first, second, split = second, first, True   # "Among those expected to meet X were A, B and C"
            if first and second and lemma == "meet" and any(
                    c.lower_ == "together" and c.i + 1 < len(c.doc) and c.nbor(1).lower_ == "with" for c in trigger.children):
                return [{"participant": _distinct(first + second)}]   # "X and Y met together with A and B": all four
            if first and len(second) >= 2 and lemma == "host" and any(
                    o.lemma_.lower() in GATHERINGS for o in prep_objects(trigger, {"at", "for"})):
                return [{"participant": _distinct(first + second)}]   # "X will host A, B and C at the summit": all of them
            sides = self._sides(first, second, split)
            if sides is None and lemma in ("meet", "gather", "convene"):  # a parse that lost the sides: the people the clause names
                self._doubt(CLAUSE_PEOPLE)
                left, right = self._clause_people(trigger)
                left = _distinct(first + left)
                sides = self._sides(left, [p for p in second + right if p not in left], split)
            return sides
        # ("... will be held in Paris and will be co-chaired by X and Y": the verb joined to the one it is subject of)
        chaired = [v for v in (trigger.head, *trigger.head.conjuncts) if v.lemma_.lower() in (
            "attend", "chair", "co-chair", "cochair", "host", "mediate", "moderate")] if trigger.dep_ == "nsubjpass" else []
        if chaired and any(c.dep_ == "det" and c.lower_ in ("the", "this", "these") for c in trigger.children):
            # "The meeting is also attended by X and Y", "The talks were chaired by X": the talks just
            # told, with them
            # ("the talks", however far back: the article's last talks, no others told since)
            by = self.agents([x for v in chaired for o in prep_objects(v, {"by"}) for x in (o, *o.conjuncts)])
            if len(by) >= 2 and trigger.lemma_.lower() in GATHERINGS:
                return [{"participant": by}]   # "The summit was attended by A, B and C": theirs, not the talks told before
            joined = self._joining_talks(by, far=True)
            if joined:
                return joined
            if len(by) >= 2 and trigger.head.lemma_.lower() != "attend":
                return [{"participant": by}]   # "the meeting will be co-chaired by X and Y": they hold it together
        if trigger.dep_ == "dobj" and trigger.head.lemma_.lower() in PRESIDING and not prep_objects(
                trigger, {"with", "between", "among", "of"}) and any(
                c.dep_ in ("det", "poss") and c.lower_ in ("the", "this", "these", "those", "their") for c in trigger.children):
            # "Fidan chaired the meeting", "X hosted the talks": the talks just told, with the one presiding
            joined = self._joining_talks(self.agents(subjects(trigger.head)), far=True)
            if joined:
                return joined
        between = self.agents(_envoys_named(prep_objects(trigger, {"between", "among"}) + [
            # "talks held in Cairo between A and B": the between on the participle that tells where
            o for c in trigger.children if c.dep_ == "acl" and c.tag_ == "VBN"
            for o in prep_objects(c, {"between", "among"})]))
        if len(between) < 2:   # "between A and B's C", read as "between [A and B]'s C": the people the phrase names
            named = _distinct([a for p in trigger.children if p.dep_ == "prep" and p.lower_ in ("between", "among")
                               for a in self._people_after(p)])
            between = named if len(named) >= 2 else between
        if len(between) < 2:   # "the meeting of Fidan and Sybiha" (not "a meeting of NATO", "the summit of the G7")
            of = prep_objects(trigger, {"of"})
            named = self.agents(of)
            if len(named) >= 2 and (all(a.type == "Person" for a in named) or any(
                    o.lemma_.lower() in DELEGATES and prep_objects(o, {"of", "from"}) for o in of)):
                between = named   # "the meetings of representatives of Ukraine, the US and France"
        # ("other meetings, including with X and Y": those it includes)
        # (not companies: "discussions with key Chinese companies" are no talks with China)
        withs = [o for o in prep_objects(trigger, {"with"}) + [
            o for c in trigger.children if c.lower_ == "including" for w in c.children if w.lower_ == "with"
            for o in w.children if o.dep_ == "pobj"] if o.lemma_.lower() not in COMMERCIAL]
        if _press_conference(trigger):   # "said at a news conference alongside (beside) Y": given with Y
            withs += [o for o in beside(trigger) if o not in withs]
        # "talks with Trump envoys (Putin's aides)": the state the one they serve leads, not that one
        served_by = {o: [c for c in o.children if c.dep_ in ("compound", "poss") and c.ent_type_ == "PERSON"]
                     for o in withs if o.lemma_.lower() in AIDES and o.tag_ == "NNS"}
        served = self.agents([c for cs in served_by.values() for c in cs])
        others = [a for a in self.agents([o for o in withs if not served_by.get(o)]) if a not in between] + [
            s for s in _distinct([self._state_of_person(p) for p in served]) if s.type == "Country" and s not in between]
        # "in meetings with Uruguay's A, Paraguay's B and Ecuador's C": each person the phrase names, however
        # the parser hung the possessives (no clause of its own between: not "with X, who brought Y")
        others += [a for p in trigger.children if p.dep_ == "prep" and p.lower_ == "with" for a in self._people_after(p)
                   if a not in between and a not in others and a not in served]
        # "talks involving the US, Egypt and Qatar": those it involves (the parser may read them as its object
        # or as a preposition's)
        involved = [a for a in self.agents([x for c in trigger.children if c.dep_ == "acl" and c.lemma_.lower() == "involve"
                                            for o in objects(c) + [p for p in c.children if p.dep_ == "pobj"]
                                            for x in (o, *o.conjuncts)])
                    if a not in between and a not in others]
        others += involved
        verb = governing_verb(trigger)
        if verb is not None and verb.lemma_.lower() in ("attend", "join") and (alongside := _distinct([
                a for h in (trigger, verb) for p in h.children if p.dep_ == "prep" and p.lower_ == "alongside"
                for a in self._people_after(p, within=False)])):
            # "X attended a summit alongside A, B and C": all of them were at it, together (each person
            # named after "alongside", however the parser hung the list)
            present = _distinct(self.agents(subjects(verb)) + between + alongside + others)
            if len(present) >= 2:
                return [{"participant": present}]
        telling = told_in(trigger)   # "During talks in Ankara, X told Y ...": the verb that tells Y, if any
        # "the meeting will take place with the participation of X and Y": they take part
        clause = trigger.head if trigger.dep_ in ("nsubj", "nsubjpass") else verb   # ("the talks were held with ...")
        others += [a for a in self.agents([x for h in (trigger, clause) if h is not None for p in prep_objects(h, {"with"})
                                           if p.lemma_.lower() == "participation"
                                           for o in prep_objects(p, {"of"}) for x in (o, *o.conjuncts)])
                   if a not in between and a not in others]
        if len(between) < 2 and verb is not None:  # "proposed a meeting before the end of May between A and B"
            later = [t for t in verb.subtree if t.lower_ == "between" and t.dep_ == "prep" and t.i > trigger.i
                     and not _verb_between(t, verb) and t.head.lemma_.lower() not in BETWEEN_NOUNS]
            between = self.agents([o for t in later[:1] for o in t.children if o.dep_ == "pobj"]) or between
            others = [p for p in others if p not in between]
        if len(between) >= 2 and (joining := _joined(trigger)) is not None and (
                joiners := [a for a in self.agents(subjects(joining)) if a not in between]):
            # "He joined a meeting between Kuleba and Reznikov and their U.S. counterparts": the one who joined
            # met them (each of them, where they are one side)
            return self._sides(joiners, _distinct(between + others))
        if len(between) >= 2:  # "X proposed a meeting between A and B": X proposes, A and B meet
            return [{"participant": _distinct(between + others)}]
        # "Ukraine-Russia talks", "their meeting": modifiers name the sides when they name two
        named = []
        for child in [m for c in trigger.children for m in (c, *[g for g in c.children if g.dep_ in ("compound", "nmod") and
                      g.i + 2 == c.i and g.nbor(1).text == "-" and (g.ent_type_ == "PERSON" or trigger.dep_ != "ROOT")])]:
            # "a Trump-Putin meeting", "informed about the US-Russia talks", "US-Iran nuclear negotiations" (not
            # a heading: "China-Russia meeting")
            if child.dep_ in ("compound", "amod", "poss", "nmod") and child.i < trigger.i:
                hyphened = any(0 <= child.i + k < len(child.doc) and child.doc[child.i + k].text == "-" for k in (-1, 1))
                for e in self.r.from_token(child):
                    if e.type == "City" and child.dep_ != "poss" and trigger.lemma_.lower() not in TRAVELS and not hyphened:
                        continue   # "the Berlin (Istanbul, Geneva) talks": where they were, not a side (not "the
                        # Kyiv visit": whose capital is visited; nor "the Belgrade-Pristina dialogue": two sides)
                    a = self.r.as_agent(e)
                    if a is not None and a not in named and (child.ent_type_ in ("GPE", "NORP", "PERSON")
                                                             or child.lower_ == "their" or
                                                             child.ent_type_ == "ORG" and hyphened):
                        named.append(a)   # (a body only in a pair: "the EU-China summit", "NATO-Russia talks")
        if len(named) >= 2:
            return [{"participant": _distinct(named + others)}]
        holders = between + named
        if not holders and not others and any(c.dep_ == "poss" and c.lower_ == "their" for c in trigger.children):
            clause = _verb_above(trigger)   # "X told Y at the start of their talks", "X and Y began their talks": the clause's people
            if clause.pos_ in ("VERB", "AUX"):
                holders = self.agents(subjects(clause))
                others = [a for a in self.agents([o for o in objects(clause) if o.dep_ in ("dobj", "dative")])
                          if a not in holders and a.type == "Person"]
        if not holders and any(c.dep_ == "poss" and c.lower_ in ("his", "her") for c in trigger.children):
            clause = _verb_above(trigger)   # "X described his meeting with Y": his is X's
            if clause.dep_ == "pcomp" and all(s.lower_ in ("what", "which") or s == trigger for s in subjects(clause)):
                clause = _verb_above(clause)   # "X, in what was his last meeting with Y, said": X's
            holders = [a for a in self.agents(subjects(clause)) if a.type == "Person"]
            holders = holders if len(holders) == 1 else []   # whose "his" is, only where one person is the subject
        if not holders:   # "Zelenskyy's trip includes a visit to X and a meeting with Y": the traveller's
            listed = trigger.head if trigger.dep_ == "conj" else trigger
            if listed.dep_ == "dobj" and listed.head.lemma_.lower() in LISTING_VERBS:
                holders = self.agents([c for s in subjects(listed.head) if s.lemma_.lower() in TRAVELS
                                       for c in s.children if c.dep_ == "poss" and c.ent_type_ == "PERSON"])
        if not holders and trigger.dep_ == "pobj" and trigger.head.lower_ in ("to", "for") and \
                trigger.head.head.lemma_.lower() in READY and trigger.head.head.dep_ == "acomp":
            holders = self.agents(subjects(trigger.head.head.head))   # "X is open to a meeting with Y"
        if verb is not None and verb.dep_ == "xcomp" and verb.head.lemma_.lower() == "invite" and not holders:
            invited = self.agents(objects(verb.head))  # "X invited A and B to take part in talks": A and B meet
            if len(invited) >= 2:
                return [{"participant": _distinct(invited + others)}]
            verb = verb.head   # "X invited Y to join talks": as "invited Y to talks"
        if verb is not None and verb.lemma_.lower() == "invite" and not holders:
            # "X invited Y to Paris for talks": X proposes to meet Y
            holders = self.agents(subjects(verb))
            others += [o for o in self.agents(objects(verb)) if o not in holders and o not in others]
        elif verb is not None and (lemma_in(verb, LIGHT_VERBS | {"discuss", "confirm", "host", "chair", "co-chair"}) or
                                   # "X told a news conference with Y": the one who spoke held it with Y
                                   verb.lemma_.lower() in ("tell", "address") and trigger.dep_ == "dobj" or
                                   # "X and Y gave a press conference": held it
                                   verb.lemma_.lower() == "give" and trigger.dep_ == "dobj" and _press_conference(trigger) or
                                   # "X described (hailed) the Berlin talks with Y as productive": X's talks
                                   verb.lemma_.lower() in ("describe", "hail", "praise") and trigger.dep_ == "dobj"
                                   and trigger.head == verb or
                                   # "He shared a meeting with X" (not "shared details of talks with X")
                                   verb.lemma_.lower() == "share" and trigger.dep_ == "dobj" and trigger.head == verb) and not (
                trigger.dep_ == "pobj" and trigger.head.lower_ in TIME_PREPS) and not (
                verb.lemma_.lower() == "discuss" and trigger.dep_ == "dobj"):   # "hosted talks with Y"
            # (not "X discussed the talks with Hamas mediated by Qatar": talks discussed are a topic)
            # (not "during X's visit, Russia launched an attack": the visit is no one's launch)
            subj = subjects(verb)
            if not subj and verb.lemma_.lower() in RAISING:  # "X and Y were set for talks"
                subj = passive_subject(verb)
            if not subj and verb.dep_ == "pcomp":   # "X and Y made no progress towards agreeing on a truce at talks"
                subj = _clause_subjects(trigger)
            if not subj and verb.dep_ == "acl" and verb.head.pos_ in ("PROPN", "NOUN"):
                subj = [verb.head]   # "Pistorius, co-chairing the meeting with Healey"
            holders += [h for h in self.agents(subj) if h not in holders]
            if not holders and not others and any(_refers_back(x) for x in subj):
                holders = self._warring_sides(subj)   # "the two sides agreed to hold talks"
                if not holders and any(x.lemma_.lower() in TWO_PEOPLE for x in subj):
                    # "X met Y at the airport. The two men held talks": the two who just met
                    pair = self._meeting_pair()
                    holders = pair if len(pair) == 2 and all(p.type == "Person" for p in pair) else []
                if holders:
                    self._doubt(MEETING_HOST)
            if verb.lemma_.lower() in ("join", "accompany"):  # "leaders will join X for talks with Y": X holds them
                holders += [h for h in self.agents(objects(verb)) if h not in holders and h not in others]
            if not others and trigger.dep_ == "dobj":   # "had lunch with X", "held talks on Friday with X": the with on the verb
                others = [a for a in self.agents(prep_objects(verb, {"with"})) if a not in holders]
        elif not holders and (trigger.lower_ not in GATHERINGS or others or _joint(trigger)):
            # (a press conference with Y is joint, and so is "a joint press conference")
            # "X arrived in Berlin following meetings in Rome with Y": the clause's subject
            holders = self.agents(_clause_subjects(trigger))
            if not holders and others:   # "His trip comes a week after a summit with Y": the traveller's
                owners = [c for x in _clause_subjects(trigger) if x.lemma_.lower() in TRAVELS
                          for c in x.children if c.dep_ == "poss"]
                holders = self.agents([o for o in owners if o.lower_ not in ("his", "her")]) or (
                    [self.r.last_person] if self.r.last_person is not None and any(
                        o.lower_ in ("his", "her") for o in owners) else [])
            if not holders and not others and any(_refers_back(x) for x in _clause_subjects(trigger)):
                # "both countries accepted a truce during peace talks in Doha": the two sides just told
                holders = self._warring_sides(_clause_subjects(trigger))
                if holders:
                    self._doubt(MEETING_HOST)
            met, holding = {o.key for o in others}, {h.key for h in holders}
            if holders and others and any(c.dep_ == "det" and c.lower_ == "the" for c in trigger.children) and any(
                    met <= told and not holding & told for told in self.meetings_told):
                # "X and Y spoke with Z in preparation for the meeting with Putin": the meeting told before
                # (Z's with Putin), not one of the clause's people
                return None
            if holders and not others and trigger.dep_ == "pobj" and trigger.head.lower_ in ("during", "at") \
                    and trigger.head.head.pos_ == "VERB":
                # "X expressed camaraderie with Y during a bilateral meeting": who the clause is with
                clause = trigger.head.head
                others = [a for a in self.agents(prep_objects(clause, {"with"}) + [
                    o for x in objects(clause) for o in prep_objects(x, {"with"})]) if a not in holders]
            if holders and not others and telling is not None:
                # "In a phone call, X urged Y to ...", "During talks in Ankara, X told Y ...": X spoke with Y
                others = [a for a in self.agents(told_people(telling)) if a not in holders]
        tellers = self.agents(subjects(telling)) if telling is not None and telling != trigger.head.head else []
        if tellers:
            # "X told Y that Z wants closer ties with W during a meeting": the meeting is X's with Y (what
            # was said is not who met)
            holders = tellers
            others = [a for a in self.agents(told_people(telling)) if a not in holders]
        if trigger.lower_ in GATHERINGS and not others and not (
                (verb is not None and verb.lemma_.lower() in ("hold", "give") or _joint(trigger)) and len(holders) >= 2):
            return None  # attending the same summit is not meeting one another; "X and Y will hold a summit" is,
            # and "X and Y pictured during a joint press conference" were together
        if not holders and others and verb is not None and verb.dep_ == "ccomp" and \
                verb.head.lemma_.lower() in PROPOSED_LEMMAS:
            # "Russia proposed that the next round of talks with Ukraine be held in Istanbul": Russia's talks
            holders = [a for a in self.agents(subjects(verb.head)) if a not in others]
        if not holders and others and not (verb is not None and verb.lemma_.lower() == "discuss" and trigger.dep_ == "dobj"):
            # "Bilateral meetings with A and B will take place": the host of the talks just told
            holders = self._meeting_host(others)
            if holders:
                self._doubt(MEETING_HOST)
        if not holders and others and (said := _reported_talks(trigger)) is not None:
            # "Iran's Foreign Ministry said talks with the US had taken place": the sayer's side held them
            holders = [h for h in (self._state_of_person(a) for a in self.agents(subjects(said))) if h not in others]
        if not holders and not others and trigger.lemma_.lower() in ("visit", "trip"):
            holders = self.agents(prep_objects(trigger, {"by"}))   # "a visit by X to Y", as "X's visit to Y"
        if holders and not others and trigger.lemma_.lower() in ("visit", "trip"):
            visited = prep_objects(trigger, {"to"}) or [   # ("a visit by X to Y", the "to" hung on X)
                p for b in prep_objects(trigger, {"by"}) for p in prep_objects(b, {"to"})]
            others = self._visit_host(holders, self._visited_states(visited)) or [   # "during Duda's visit to Turkey"
                # "a visit by an Egyptian delegation to Turkiye's drone makers, Baykar and TAI": the bodies visited
                a for a in self.agents([x for v in visited for n in (v, *[c for c in v.children if c.dep_ == "appos"])
                                        for x in (n, *n.conjuncts)]) if a.type == "Organization" and a not in holders]
        if involved and (holders or len(involved) >= 2):   # one set of talks, all of them in it
            if len(involved) >= 2 and verb is not None and verb.lemma_.lower() in ARRANGING:
                holders = []   # "X would organise a summit involving A, B and C": they meet; X arranges it
            return [{"participant": _distinct(holders + others)}]
        return self._sides(holders, [o for o in others if o not in holders], _one_by_one(trigger),
                           together=_press_conference(trigger))

    def _sides(self, first: list[Entity], second: list[Entity],
               split: bool = False, together: bool = False) -> list[dict[str, list[Entity]]] | None:
        """One meeting of everyone, or, when the text says the meetings were one by one
        ("bilateral meetings with A and B", "met A and B separately"), one meeting of the first
        side with each of the second; never one by one when they appeared `together` (a press
        conference with A, B and C)."""
        first, second = _distinct(first), _distinct([e for e in second if e not in first])
        if together and first and second:
            return [{"participant": first + second}]
        # a list of three or more, or a list met at a summit, is a schedule of bilateral meetings; the
        # people of one state met are one side, never a pair among themselves ("met Premier Li Qiang
        # and Zhao Leji"; "met Burns and Al Thani" is a meeting of three)
        sides_met = {e.key if e.type == "Country" else e.country for e in second}
        split = split or len(second) >= 3 or self.at_summit or \
            len(second) >= 2 and len(sides_met) == 1 and None not in sides_met
        if not second:  # "Putin and Xi met": the subjects met each other
            sides = _by_side(first) if len(first) >= 3 else None
            if sides is not None:   # "Rubio, Hegseth and Yermak met": each of one side met each of the other
                return [{"participant": [a, b]} for a in sides[0] for b in sides[1]]
            return [{"participant": first}] if len(first) >= 2 else None
        if not first:  # people someone met, with nobody known to meet them: not a meeting among themselves
            return None
        meetings = [first + [other] for other in second] if split else [first + second]
        own = {e.key if e.type == "Country" else e.country for e in first}
        out = []
        for people in meetings:
            sides = _by_side(people) if len(people) >= 3 else None
            if sides is None and split and len(first) >= 2 and len(own) == 1 and None not in own and \
                    people[-1] not in first:
                # "A and B (of one state) met with X, Y, and Z", Z's state unknown: each met Z, not each other
                sides = (first, [people[-1]])
            # "Vance and Rubio met with Zelensky": each of one side met each of the other
            for meeting in [[a, b] for a in sides[0] for b in sides[1]] if sides else [people]:
                if meeting not in out:
                    out.append(meeting)
        return [{"participant": people} for people in out]

    def _clause_people(self, verb: Token) -> tuple[list[Entity], list[Entity]]:
        """People named in the verb's own clause (not in another verb's clause, not as a modifier
        like "Trump's secretary"), before and after the verb."""
        left: list[Entity] = []
        right: list[Entity] = []
        for ent in verb.sent.ents:
            if ent.label_ != "PERSON" or ent.root.dep_ in ("poss", "compound", "amod") and not (
                    ent.root.dep_ == "compound" and ent.root.head == verb and verb.pos_ != "VERB"):
                continue   # (but "X greets Y" read as a noun "greets" with X its compound: X greets)
            tok, ok = ent.root, False
            for _ in range(8):
                if tok == verb:
                    ok = True
                    break
                if tok.head == tok or tok != ent.root and tok.pos_ in ("VERB", "AUX") or \
                        tok.dep_ in ("relcl", "advcl", "ccomp", "acl"):
                    break
                tok = tok.head
            person = self.r.from_span(ent) if ok else None
            if person is not None and person.type == "Person":
                side = left if ent.start < verb.i else right
                if person not in left + right:
                    side.append(person)
        return left, right

    def _visited_states(self, places: list[Token]) -> list[str]:
        """The states the places visited are, or are in."""
        states: list[str] = []
        for tok in places:
            for e in self.r.from_token(tok):
                place = self.r.as_place(e)
                key = None if place is None else place.key if place.type == "Country" else place.country
                if key and key not in states:
                    states.append(key)
        return states

    def _visit_host(self, visitors: list[Entity], states: list[str]) -> list[Entity]:
        """"During Duda's visit to Turkey", "Modi visited Ukraine": a leader visiting a state met
        its head of state or government, a minister their counterpart, when the article names them
        (who held the office on the day, `Gazetteer.hosts`); nobody when the place is the visitor's
        own state or several states are named (`states`: `_visited_states`)."""
        people = [v for v in visitors if v.type == "Person"]
        if len(states) != 1 or not people or any(v.country == states[0] for v in people):
            return []
        hosts = [h for p in people for h in self.gaz.hosts(p.key, states[0], self.article.published, self.r.offices_of(p))
                 if h.key in self.r.article_people]
        if hosts:
            self._doubt(MEETING_HOST)
        return [self.r._seen(h) for h in hosts[:1]]

    def _joining_talks(self, guests: list[Entity], far: bool = False) -> list[dict[str, list[Entity]]] | None:
        """The talks just told (`far`: the last told, however far back), with guests who joined or
        attended them; None without either."""
        pair = self._meeting_pair(far)
        if not guests or not pair:
            return None
        self._doubt(MEETING_HOST)
        # each guest met those there of other states (a minister joining his own president's talks with
        # another met the other, not his president)
        side = lambda e: e.key if e.type == "Country" else e.country
        groups = [{"participant": _distinct([g, *others])} for g in guests
                  for others in [[p for p in pair if p != g and not (side(g) and side(p) == side(g))]] if others]
        return groups or None

    def _people_here(self, nouns: list[Token]) -> list[Entity]:
        """"X warned Y ..., saying after the two men met that ...": the two (three) people this
        sentence named before "the two men", when it named just so many (before any talks told
        earlier)."""
        people = [n for n in nouns if n.lemma_.lower() in TWO_PEOPLE and _refers_back(n)]
        if not people:
            return []
        many, named = self._named_before(people[0])
        return named if len(named) == many else []

    def _named_before(self, noun: Token) -> tuple[int, list[Entity]]:
        """How many people "the two (three, four) ..." counts (two when it says no number), and the
        people its sentence named before it."""
        many = next((GROUP_SIZES[c.lower_] for c in noun.children if c.lower_ in GROUP_SIZES), 2)
        return many, self._people_named([ent for ent in noun.sent.ents if ent.end <= noun.left_edge.i])

    def _people_pair(self, nouns: list[Token]) -> list[Entity]:
        """"Both ministers had discussed X": when the talks told last were not two people's ("China
        hosted Putin"), the two people named just before ("Pashinyan told Michel ... The two leaders"),
        else those of the talks of two people told last; nothing for "the two sides"."""
        people = [n for n in nouns if n.lemma_.lower() in TWO_PEOPLE and _refers_back(n)]
        pair = self._meeting_pair()
        if not people or pair and all(p.type == "Person" for p in pair):
            return []
        named = self._those_named(people[0])
        if named or self.people_meeting is None or self.sentence_no - self.people_meeting[0] > 2 * FRAME_SENTENCES:
            return named
        return list(self.people_meeting[1].roles["participant"])

    def _meeting_pair(self, far: bool = False) -> list[Entity]:
        if self.last_meeting is None or self.sentences_since_meeting > FRAME_SENTENCES and not far:
            return []
        return list(self.last_meeting.roles.get("participant", []))

    def _note_state_pair(self, sent: Span) -> None:
        """Two states named together ("India and Pakistan have agreed to a ceasefire", "a ceasefire
        between India, Pakistan", "urged India and Pakistan to ..."), for a "both countries" later in
        the sentence or after it."""
        for tok in sent:
            if tok.dep_ in ("nsubj", "nsubjpass", "pobj", "dobj") and tok.ent_type_ == "GPE" and any(
                    c.dep_ == "conj" for c in tok.children):
                states = _distinct([e for e in self.r.from_token(tok) if e.type == "Country"])
                if len(states) == 2 and len(list(tok.conjuncts)) == 1:
                    self.state_pair = (self.sentence_no, states)

    def _note_heads(self, sent: Span, offset: int) -> None:
        """Who led a state's delegation or side: "Ukraine's delegation was led by X", "Y headed the
        Russian side", "the Russian delegation, led by Z" (for the talks of two states, `_heads_met`)."""
        for tok in sent:
            if tok.lemma_.lower() not in ("lead", "head") or tok.pos_ != "VERB":
                continue
            sides = [s for s in passive_subject(tok) + [c for c in objects(tok) if c.dep_ == "dobj"]
                     + ([tok.head] if tok.dep_ == "acl" else []) if s.lemma_.lower() in DELEGATIONS]
            people = [o for o in (_by_agents([tok]) if tok.dep_ == "acl" or passive_subject(tok) else subjects(tok))
                      if o.ent_type_ == "PERSON"]
            for side in sides[:1]:
                states = [st for st in self.r._modifier_states(side) if st.type == "Country"]
                person = next((e for p in people[:1] for e in self.r.from_token(p) if e.type == "Person"), None)
                if not states and person is not None and (said := _saying_clause(side)) is not None:
                    # "Thailand confirmed that a delegation led by X would attend": the state that says so
                    states = [a for a in self.agents(subjects(said.head)) if a.type == "Country"]
                if len(states) == 1 and person is not None:
                    start, end = offset + sent.start_char, offset + sent.end_char
                    self.heads.setdefault(states[0].key, (person, TextSpan(start, end, self.article.text[start:end]),
                                                          tok.text))

    def _paired_states(self) -> list[Entity]:
        """The two states last named together, within FRAME_SENTENCES."""
        if self.state_pair is None or self.sentence_no - self.state_pair[0] > FRAME_SENTENCES:
            return []
        return list(self.state_pair[1])

    def _warring_sides(self, nouns: list[Token]) -> list[Entity]:
        """"The two sides", "both countries": the attacker and the target of the attack just told,
        when they are two states or armed groups (not people: "the two leaders" are people); else
        the two states the article last named together ("India and Pakistan ... both countries")."""
        if not any(n.lemma_.lower() in ("side", "country", "nation", "state", "party", "neighbour", "neighbor",
                                        "government", "army", "foe", "rival", "adversary") for n in nouns):
            return []
        if not self.frames or self.sentence_no - self.frames[-1][0] > FRAME_SENTENCES:
            return self._paired_states() if any(_refers_back(n) for n in nouns) else []
        sides = _distinct(self.frames[-1][1] + [t for t in self.last_targets if t.type in ("Country", "Organization")])
        return sides[:2] if len(sides) >= 2 and all(s.type in ("Country", "Organization") for s in sides[:2]) else []

    def _those_named(self, subject: Token) -> list[Entity]:
        """"Rutte told Zelensky as the two visited an air base": the two (three, four) people the
        sentence named before "the two", when it named just so many, else the sentence before. A group
        of more than two is also noted as the people a "they" in the next sentence may be."""
        many, people = self._named_before(subject)
        if not people:   # "For X, Y's visit could shore up his support. For the two leaders, who last met ...":
            # the two (the four: "A, B, C and D arrived ... The four leaders met") the sentence before
            # named, when it named just so many, each known to the gazetteer or titled for a state (not
            # an analyst quoted on them)
            people = self.named_before if all(p.key in self.gaz.entities or p.country for p in self.named_before) else []
        if len(people) == many and many > 2:
            self.people_group = (self.sentence_no, people)   # ("they will meet Z" next)
        return people if len(people) == many else []

    def _people_after(self, prep: Token, within: bool = True) -> list[Entity]:
        """The people named after a preposition, however the parser hung them ("between A and
        Ukraine's B", "with Uruguay's A, Paraguay's B and Ecuador's C"): within its phrase, not in
        a phrase nested in it ("with X, an adviser to [Putin]"); or, `within` False, to the end of
        the sentence ("alongside A, B and C", the list cut); never past a verb."""
        doc = prep.doc
        return self._people_named([e for e in prep.sent.ents if e.label_ == "PERSON" and e.start > prep.i and not any(
            t.pos_ in ("VERB", "AUX") for t in doc[prep.i:e.start]) and (not within or e.end <= prep.right_edge.i + 1
                                                                      and not _under_prep(e.root, prep, NESTING_PREPS))])

    def _people_named(self, ents) -> list[Entity]:
        """The people the entity spans name, once each."""
        return _distinct([p for ent in ents if ent.label_ == "PERSON"
                          for p in [self.r.from_span(ent)] if p is not None and p.type == "Person"])

    def _meeting_host(self, others: list[Entity]) -> list[Entity]:
        """The host of the talks just told: their first side, where two sides held them (talks
        of many have no one host)."""
        pair = self._meeting_pair()
        return [h for h in pair[:1] if h not in others] if len(pair) == 2 else []

    def supply(self, trigger: Token) -> dict[str, list[Entity]] | None:
        lemma = trigger.lemma_.lower()
        if trigger.pos_ == "NOUN" and trigger.dep_ == "dobj" and trigger.head.lemma_.lower() in ACQUIRE_VERBS \
                and classify(trigger.head) == "Supply":
            return None   # "used by X to receive weapons shipments from Y": the verb tells it, with its receiver
        sent_troops: list[Entity] = []
        if armers := armed_by(trigger):   # "Hezbollah, armed by Iran": the noun "armed" tells of is armed
            item_tokens = prep_objects(trigger, {"with"})
            recipients = self.agents([trigger.head])
            suppliers = self.agents(armers)
        elif (who := supplied_hyphen(trigger)) is not None:
            # "Ukraine fired US-supplied missiles", "Ukraine's use of British-provided tanks": whoever has them
            # was supplied them by the state before the hyphen
            item_tokens = [trigger.head]
            suppliers = [s for s in [self.r.state_of(who)] if s is not None and s.type == "Country"]
            recipients = self.agents(holder_of(trigger.head))
        elif going := on_the_way(trigger):   # "F-16s are en route to Ukraine from Denmark": sent from there
            item_tokens = going
            recipients = self.agents(prep_objects(trigger, {"to"}))
            suppliers = self.agents(prep_objects(trigger, {"from"}) or prep_objects(trigger.head.head, {"from"}) or
                                    [f for i in going for f in prep_objects(i, {"from"})]) or self._made_by(going)
        elif trigger.pos_ == "VERB" and lemma == "arrive" and (brought := arrived_with(trigger)):
            # "Russian military instructors have arrived in Niger with an air defence system": their state's
            item_tokens = brought
            recipients = [self.gaz.entities[k] for k in self._visited_states(prep_objects(trigger, {"in", "to"}))
                          if k in self.gaz.entities]
            suppliers = self._states_in([m for s in subjects(trigger) for m in left_modifiers(s)])
        elif trigger.pos_ == "VERB" and (arms := arms_arrived(trigger)):
            # "four of its Leopard 2 tanks had reached Ukraine", "German tanks arrived in Ukraine": the state
            # they are said to be of ("its": the one whose words the clause is, "Poland announced that ...")
            item_tokens = arms
            recipients = self.agents([o for o in trigger.children if o.dep_ == "dobj"] +
                                     prep_objects(trigger, {"in", "to"}))
            saying = [trigger.head] if trigger.dep_ == "ccomp" else []
            suppliers = self.agents(prep_objects(trigger, {"from"})) or _distinct([
                st for a in arms for m in a.subtree if m.i < a.i and m.dep_ in ("poss", "amod", "compound")
                for st in ([self.r.state_of(m)] if m.lower_ not in ("its", "their") else
                           [self.r.as_belligerent(x) for x in self.agents([y for v in saying for y in subjects(v)])])
                if st is not None and st.type == "Country" and st not in recipients])
            if not suppliers:   # "Germany announced that the first IRIS-T had reached Ukraine": the teller's
                suppliers = [s for s in self.agents([y for v in saying for y in subjects(v) if y.ent_type_ == "GPE"])
                             if s.type == "Country" and s not in recipients]
            # (a side's tanks that reach its foe's ground are no supply: "Ukraine's tanks reached Russia")
            suppliers = self._no_foes(suppliers, recipients)
        elif trigger.pos_ == "VERB" and lemma == "arrive":  # "tanks arrived in Ukraine from the United States"
            item_tokens = subjects(trigger)
            recipients = self.agents(prep_objects(trigger, {"in", "to"}))
            suppliers = self.agents(prep_objects(trigger, {"from"})) or \
                self.agents([g for i in item_tokens for g in given_by(i)]) or self._made_by(item_tokens)
        elif (soldiers := troops_helping(trigger)) is not None:
            # "Burundian troops were helping the Congolese army": soldiers at a state's war are arms it is
            # supplied with, by the state they are named for
            item_tokens = []
            suppliers = [st for m in left_modifiers(soldiers) for st in [self.r.state_of(m)]
                         if st is not None and st.type == "Country"]
            helped = [o for o in (helped_by(trigger) if lemma != "fight" else prep_objects(trigger, {"alongside"}))
                      if o.ent_type_ in ("GPE", "ORG") or o.lemma_.lower() in {"force", "army", "military", "troop",
                                                                                "soldier", *INSURGENTS}]
            recipients = [self.r.as_belligerent(a) for a in self.agents(helped)]
            if not recipients:
                return None   # (not "fought alongside Polish volunteers")
            sent_troops = [_troops_item(soldiers)]
        elif trigger.pos_ == "VERB" and lemma in ACQUIRE_VERBS and (bought := self.agents(bought_for(trigger))) \
                and lemma != "receive":
            # "Canada is buying NASAMS for Ukraine": the buyer supplies whom it buys for
            item_tokens = objects(trigger)
            suppliers = [s for s in self.agents(subjects(trigger)) if s not in bought]
            recipients = bought
        elif trigger.pos_ == "VERB" and lemma in ACQUIRE_VERBS:
            # "a batch of jets"; passive, what was bought ("the aircraft has been ordered by Brazil")
            item_tokens = list(dict.fromkeys(i for o in objects(trigger) or passive_subject(trigger)
                                             for i in (o, *batch_of(o))))
            if not item_tokens and trigger.dep_ == "acl" and trigger.tag_ == "VBN":
                item_tokens = [trigger.head]   # "Rafales bought by India from France": the noun bought
            recipients = self.agents(subjects(trigger))
            if not recipients:   # "Ukraine said its energy system had received power from Poland": whose it is
                recipients = [r for s in subjects(trigger) for c in s.children if c.dep_ == "poss"
                              for r in self.agents([c]) if r.type == "Country"]
            if not recipients and lemma in INDUCTING and passive_subject(trigger):
                # "the jets were commissioned into the Pakistan Air Force": whose force
                recipients = self.agents(prep_objects(trigger, {"into"}))
            if not recipients and any(c.dep_ == "agent" for c in trigger.children):
                return None   # "bought by the three countries": a buyer named but unknown is no one else
            if not recipients and trigger.dep_ == "acl" and trigger.tag_ == "VBN":
                recipients = self.agents(holder_of(trigger.head))   # "X used drones imported from Iran": X's
            if not recipients and trigger.dep_ in ("xcomp", "advcl") and trigger.head.tag_ == "VBG":
                # "X rejected an offer, choosing instead to buy submarines from Y": the buyer is X
                recipients = self.agents(subjects(trigger.head) or subjects(trigger.head.head))
            suppliers = self.agents([m for o in item_tokens for m in made_by(o)] or
                                    ([] if lemma == "use" else prep_objects(trigger, {"from"}) or
                                     [p for o in item_tokens for h in (o, *o.conjuncts, *[
                                         c for c in o.children if c.dep_ == "acl" and c.lemma_.lower() in ACQUIRE_VERBS])
                                      for p in prep_objects(h, {"from"})]))   # "the jets acquired from China were ...",
            # "gets warplanes, drones from Russia" (the source on the last of the things got)
            if not suppliers and lemma != "use":   # "Saudi Arabia bought Chinese drones": their maker supplied them
                suppliers = self._makers(item_tokens, recipients) or [
                    s for s in self._made_by(item_tokens) if s not in recipients]   # "received its first US-made F-16s"
            if not suppliers and lemma in BUYING:   # "the UAE ordered 80 Rafale jets": the state that makes them
                suppliers = self._origin_makers(item_tokens, recipients)
            if not suppliers and lemma == "receive" and trigger.dep_ == "ccomp" and trigger.head.lemma_.lower() in (
                    "say", "announce", "tell", "confirm", "pledge", "promise"):
                # "Canadian Prime Minister Mark Carney, who said Ukraine would receive C$1 billion in military aid":
                # from the state of the one who says so (a leader of another state; never its foe)
                sayers = self.agents([_antecedent(s, trigger.head) for s in subjects(trigger.head)])
                suppliers = self._no_foes([x for x in (self._state_of_person(a) for a in sayers if a.type == "Person")
                                           if x.type == "Country" and x not in recipients], recipients)
        elif trigger.pos_ == "VERB" and (backers := backing_states(trigger)):
            # "Haftar is backed by Egypt and the UAE": at war, a state's backing of a side is arms (a side told
            # in a sentence that names the war, or in an article telling of attacks just before)
            item_tokens = []
            suppliers = self.agents(backers)
            backed = passive_subject(trigger) or objects(trigger)
            recipients = [self.r.as_belligerent(a) for a in self.agents(backed + [
                c for b in backed if b.lemma_.lower() in ("force", "forces", "army", "military")
                for c in b.children if c.dep_ == "poss"])]
            at_war = any(t.lemma_.lower() in WAR_WORDS for t in trigger.sent) or (
                self.frames and self.sentence_no - self.frames[-1][0] <= FRAME_SENTENCES) or any(
                r.key in self.gaz.armed for r in recipients)
            if not at_war:
                return None
        elif trigger.pos_ == "VERB" and lemma in THANKING and (item_tokens := thanked_for_arms(trigger)):
            # "X thanked Germany for its contribution to Ukraine's air defence": Germany supplied X's state
            suppliers = self.agents(objects(trigger))
            owners = [t for i in item_tokens for t in i.subtree if t.dep_ == "poss" and t.head != i]
            recipients = [r for c in owners for r in [self.r.state_of(c)] if r is not None and r.type == "Country"] or [
                self._state_of_person(a) for a in self.agents(subjects(trigger))]
        elif trigger.pos_ == "VERB" and lemma not in ("arm", "equip") and (item_tokens := objects(trigger)) and \
                (recipients := self.agents(passive_subject(trigger))) and not any(self.agents([o]) for o in item_tokens):
            # "Ukraine was given (promised, sold) 31 tanks by the US (from the Netherlands)": the one given them gets them
            suppliers = [s for s in self.agents(prep_objects(trigger, {"by", "from"}) + [
                p for o in item_tokens for p in prep_objects(o, {"from", "by"})]) if s not in recipients]
        elif trigger.pos_ == "VERB":
            passive = passive_subject(trigger)
            # "grateful to A and B for committing to provide jets": those thanked provide them
            suppliers = self.agents(_grateful_to(trigger)) or self.agents(subjects(trigger))
            if lemma in ("arm", "equip"):   # "Iran armed the Houthis with missiles", "equipped X with jets"
                recipients = self.agents(objects(trigger) or passive)
                item_tokens = prep_objects(trigger, {"with"})
                if passive:   # "Pakistan was equipped with Chinese J-10C jets": their makers supplied them
                    suppliers = suppliers or self._makers(item_tokens, recipients)
            else:
                held_items: list[Token] = []
                # "contribute $37 million to a NATO fund for Ukraine": the state the fund is for
                funds = [f for o in prep_objects(trigger, {"to"}) if o.lemma_.lower() in FUNDS
                         for f in prep_objects(o, {"for"})]
                recipients = self._forces(funds or prep_objects(trigger, {"to"}) +   # ("to Sudanese militias": the group)
                                          [c for c in trigger.children if c.dep_ == "dative" and c.pos_ != "ADP"])
                if not recipients:  # "delivered a third Patriot system to Ukraine, the ministry said": the to on the
                    # object; "send $500m in arms to Ukraine": on the item the amount is in; "pledged systems for Ukraine"
                    held = objects(trigger) + [i for o in objects(trigger) if _amount(o)   # (the "in" on the verb or
                                               for i in prep_objects(trigger, {"in"}) + prep_objects(o, {"in", "for"})]  # the
                    # amount; "5 billion euros for weapons for Ukraine"; "military aid as well as humanitarian
                    # support to Ukraine": the to on the last of the things listed)
                    held += [c for o in objects(trigger) for c in o.conjuncts if c.i > o.i]
                    recipients = self.agents([p for o in held for p in prep_objects(o, {"to", "for"})])
                objs = [o for o in trigger.children if o.dep_ == "dobj"]
                if not recipients and len(objs) >= 2 and objs[0].ent_type_ in ("GPE", "ORG", "NORP") and self.agents(objs[:1]):
                    recipients = self.agents(objs[:1])   # "send Ukraine 65 F-16s", read as two objects
                    held_items = objs[1:]
                if not recipients:  # "provided to Ukraine air defence systems", read as "to [Ukraine air defence
                    # systems]"; "France sent Ukraine SCALP missiles", read as one object "[Ukraine SCALP missiles]"
                    led = [(c, o) for o in (objects(trigger) or prep_objects(trigger, {"to"}))
                           for c in [_state_led(o)] if c is not None]
                    if led and (recipients := [r for r in self.agents([led[0][0]]) if r not in suppliers]):
                        held_items = [led[0][1]]
                if not recipients:  # "to more than 30 countries, including Ukraine and Poland"
                    recipients = self.agents([o for t in prep_objects(trigger, {"to"})
                                              for o in prep_objects(t, {"including", "like"})])
                if not recipients and trigger.dep_ == "relcl" and any(o.lower_ in ("which", "whom") for o in prep_objects(
                        trigger, {"to"})) and trigger.head.dep_ == "nsubj" and trigger.head.head.lemma_.lower() in ("include", "be"):
                    # "the countries to which the drone has been exported include X and Y"
                    recipients = self.agents(objects(trigger.head.head))
                item_tokens = passive if passive else held_items or objects(trigger)
                if not item_tokens and trigger.dep_ == "acl" and trigger.tag_ == "VBN":
                    # "Turkish-made drones supplied to the army": the drones (the noun right before the
                    # participle, which the parser may hang on a noun further up: "the use of drones supplied")
                    before = trigger.doc[trigger.i - 1]
                    item_tokens = [before if before.pos_ in ("NOUN", "PROPN") and before.i > trigger.head.i else trigger.head]
                if not recipients:   # "missiles destined for Ukraine were shipped from Germany": where they are bound
                    bound = [o for o in item_tokens if o.lower_ in DESTINED]   # (the parser's "[missiles destined] were")
                    item_tokens = [s for o in bound for s in subjects(o)] + [o for o in item_tokens if o not in bound]
                    recipients = self.agents([p for o in item_tokens for c in o.children if c.dep_ in ("acl", "amod")
                                              and c.lower_ in DESTINED for p in prep_objects(c, {"for", "to"})] + [
                        p for o in bound for p in prep_objects(o, {"for", "to"})])
                if trigger.dep_ == "relcl" and not passive and not recipients and objects(trigger) and \
                        all(self.agents([o]) for o in objects(trigger)):
                    recipients = self.agents(objects(trigger))   # "the missiles it gave Ukraine"
                    item_tokens = []
                if trigger.dep_ == "relcl" and all(o.lower_ in ("that", "which") for o in item_tokens):
                    item_tokens = [trigger.head]   # "the jets (that) it delivered to Ukraine"
                if trigger.dep_ in ("xcomp", "advcl") and trigger.head.lemma_.lower() in ACQUIRE_VERBS and all(
                        o.pos_ == "PRON" for o in item_tokens):
                    item_tokens = objects(trigger.head)   # "Canada purchased NASAMS to donate (them) to Ukraine"
                if not recipients and trigger.dep_ in ("relcl", "acl") and trigger.head.dep_ == "pobj" and \
                        trigger.head.head.lower_ == "for" and trigger.head.head.head.lemma_.lower() in GRATEFUL:
                    # "he was grateful for the weapons that Britain had supplied": to whoever thanks for them
                    thanked = trigger.head.head.head
                    clause = thanked if thanked.pos_ in ("VERB", "AUX") else thanked.head
                    recipients = [self._state_of_person(a) for a in self.agents(subjects(clause))]
                item_tokens += [i for o in item_tokens if _amount(o)    # "send $500m in arms to X", "$5bn for weapons"
                                for i in prep_objects(trigger, {"in"}) + prep_objects(o, {"in", "for"})
                                if i not in item_tokens and not self.agents([i])]
                item_tokens += [i for o in item_tokens if o.pos_ == "NUM" and not _amount(o)   # "sent 31 of its tanks"
                                for i in prep_objects(o, {"of"}) or prep_objects(trigger, {"of"}) if i not in item_tokens]
                if not recipients and trigger.dep_ == "acl" and trigger.tag_ == "VBN" and not objects(trigger):
                    # "Ukraine has six systems, provided by the US", "Ukraine's F-16s, donated by Denmark": whose they are
                    recipients = self.agents(holder_of(trigger.head))
                    item_tokens = [trigger.head] if recipients else item_tokens
                if not recipients and trigger.dep_ == "pcomp" and trigger.head.lower_ == "for" and \
                        trigger.head.head.lemma_.lower() in THANKING:
                    # "X thanked Y for delivering the weapons": to the state of whoever thanks
                    recipients = [self._state_of_person(a) for a in self.agents(subjects(trigger.head.head))]
                if not recipients and (helped := _helped(trigger)):
                    # "sent troops to help Russia", "sent systems to help defend Ukraine": whom they help
                    recipients = self.agents(helped)
                    troops = [x for o in item_tokens for x in (o, *batch_of(o)) if x.lemma_.lower() in TROOPS]
                    if recipients and troops and not self.items(item_tokens):   # soldiers sent to a war are arms
                        sent_troops = [_troops_item(troops[0])]
                if not recipients and trigger.dep_ in ("relcl", "acl") and any(
                        o.lower_ in ("it", "them") for o in prep_objects(trigger, {"to"}) + objects(trigger)):
                    # "Ukraine is using missiles which were given to it (them) by the US": who has them
                    recipients = self.agents(holder_of(trigger.head))
                if not recipients:   # "send tanks to Ukraine's front lines": the state they are held by
                    recipients = self.agents([h for o in prep_objects(trigger, {"to"}) for h in held_by_state(o)])
                if not recipients:   # "send tanks and provide training to Ukraine": the verb it is joined to
                    recipients = self.agents(joined_recipients(trigger))
                if not recipients:  # "provide Ukraine with weapons"
                    provided = with_items(trigger) if lemma in BACKING else prep_objects(trigger, {"with"})
                    if provided:
                        recipients = self.agents(objects(trigger))
                        item_tokens = provided
            origins = [a for a in self.agents(prep_objects(trigger, {"from"})) if a.type == "Country"]
            if lemma in MOVING and origins and recipients and not passive:
                suppliers = origins   # "transport missiles from Iran to Russia": the state they come from, whoever carries
            if not suppliers and passive:   # "were delivered by Poland", "the tanks, sent from Poland, were delivered"
                suppliers = self.agents(prep_objects(trigger, {"from", "by"}) + [
                    p for o in passive for c in o.children if c.dep_ == "acl" and lemma_in(c, FAMILIES["Supply"].verbs)
                    for p in prep_objects(c, {"from", "by"})])
                # (things are sent from a place, not a person: "sent from Santander", the port the tagger took
                # for a name)
                origins = {a.key for a in self.agents(prep_objects(trigger, {"from"})) if a.type == "Person"}
                suppliers = [a for a in suppliers if a.key not in origins]
            if not suppliers and not passive:   # "Chinese airlifters delivered X to Y": the carriers' state
                suppliers = self._states_in([s for s in subjects(trigger) if s.lemma_.lower() in CARRIERS])
            if not suppliers and trigger.tag_ == "VBG":   # "X was quick in backing Ukraine with weapons"
                suppliers = self.agents(_clause_subjects(trigger) or subjects(_clause_verb(
                    trigger, ("pcomp", "prep", "acomp", "pobj")) or trigger))
            if not suppliers:
                suppliers = self._made_by(item_tokens)
            if not suppliers and passive and lemma in SELLING:   # "the drone has been exported to Poland": by its maker
                suppliers = self._origin_makers(item_tokens, recipients)
            if not suppliers and passive and recipients and (said := _said_by_state(trigger)):
                # "German Defence Minister X said 80 tanks will be sent to Ukraine": sent by the sayer's state
                suppliers = [s for s in (self._state_of_person(a) for a in self.agents(said))
                             if s.type == "Country" and s not in recipients]
                if suppliers:
                    self._doubt(SAYER_SUPPLIES)
        elif trigger.pos_ == "NOUN" and lemma in CONTRACTS:
            # "Lockheed Martin signed a deal with Poland for 32 F-35 jets": the maker (a company, or the
            # state whose make the arms are) supplies the state it signed with
            item_tokens = contract_items(trigger)
            found = self.agents(_deal_parties(trigger))
            states = [p for p in found if p.type == "Country"]
            makers = [p for p in found if p.type == "Organization"] or [
                s for s in self._makers(item_tokens, []) if s in states]
            suppliers = makers if len(makers) == 1 else []
            if not makers and len(found) == 1 and states:   # "X signed a contract for 80 French-made jets": their
                made = self._makers(item_tokens, states)     # maker's state sells them to X
                suppliers = made if len(made) == 1 else []
            if not makers and len(states) == 2:   # "India and the Philippines signed a deal for BrahMos missiles":
                made = [s for s in self._origin_makers(item_tokens, []) if s in states]   # the one whose make they are
                seller = made[0].key if made else self.gaz.arms_exporter(states[0].key, states[1].key)
                suppliers = [s for s in states if s.key == seller]   # "the US and Saudi Arabia signed an arms deal"
            recipients = [s for s in states if s not in suppliers and s.key not in {m.country for m in suppliers}]
            if suppliers and recipients:
                self._doubt(DEAL_PARTIES)
        elif trigger.pos_ == "NOUN" and lemma in PURCHASES:   # "India approved the purchase of drones from the US"
            item_tokens = [i for o in prep_objects(trigger, {"of"}) for i in (o, *batch_of(o))]
            suppliers = self.agents(prep_objects(trigger, {"from"}) + [p for o in item_tokens for p in prep_objects(o, {"from"})])
            verb = governing_verb(trigger)
            buyers = subjects(verb) if verb is not None else []
            # whose purchase: "Poland's purchase", the state of the body approving it ("India's Ministry of
            # Defence approved the purchase"), or whoever did
            recipients = [r for t in [trigger, *buyers] for c in t.children if c.dep_ == "poss"
                          for r in [self.r.state_of(c)] if r is not None and r.type == "Country"] or [
                self._state_of_person(a) for a in self.agents(buyers)]
            if not suppliers and verb is not None and verb.lemma_.lower() in APPROVING:
                # "the United States has approved Jakarta's purchase of 36 F-15s": the seller approves the sale
                suppliers = [s for s in (self._state_of_person(a) for a in self.agents(subjects(verb)))
                             if s not in recipients]
            if not suppliers and recipients:   # "Ankara's purchase of a Russian air defence system": its maker's
                suppliers = self._makers(item_tokens, recipients) or self._made_by(item_tokens) or \
                    self._origin_makers(item_tokens, recipients)
        elif lemma in CUSTOMER_NOUNS:   # "the Rafale's buyers include Egypt", "it has six clients including Qatar"
            recipients = self.agents(customers_listed(trigger))
            item_tokens = [h for h in customers_of(trigger) if any(w.type == "WeaponSystem" for w in self.items([h]))]
            suppliers = self._origin_makers(item_tokens, recipients) if item_tokens else [
                h for h in self.agents(customers_of(trigger)) if h.type == "Organization"]   # "Dassault's clients"
        elif lemma in SUPPLIER_NOUNS:  # "X is Y's main arms supplier", "X emerged as a key supplier of drones to Y"
            suppliers = self.agents(supplied_by(trigger))
            recipients = self.agents(prep_objects(trigger, {"to", "for"}))
            recipients += [r for c in trigger.children if c.dep_ == "poss" for r in [self.r.state_of(c)] if r]
            item_tokens = prep_objects(trigger, {"of"}) + [c for c in trigger.children if c.dep_ in ("compound", "nmod")]
            if any(t.lemma_.lower() in HELP_NOUNS and not armed_help(t) for t in item_tokens):
                return None   # "a major supplier (contributor) of humanitarian aid": no arms
            if not recipients:  # "the biggest supplier of arms to Ukraine", the parser's "arms to Ukraine"
                recipients = self.agents([o for t in item_tokens for o in prep_objects(t, {"to", "for"})])
            if any(t.lower_ in RANKS for t in trigger.subtree if t.i < trigger.i):
                # "the second-biggest supplier of aid to Ukraine after the United States": the first is one too
                suppliers += [a for a in self.agents(prep_objects(trigger, {"after", "behind"})) if a not in suppliers]
            if lemma in ("backer", "donor"):   # "the second-biggest backer of Ukraine": whom it backs
                recipients += [r for r in self.agents(prep_objects(trigger, {"of"})) if r not in recipients]
                item_tokens = []
        else:
            recipients = self.agents(prep_objects(trigger, {"to", "for"}))  # "an arms package for Taiwan"
            if not recipients:  # "a package of military aid worth 500 million euros for Ukraine": deeper in the phrase
                recipients = self.agents([o for t in trigger.subtree if t.dep_ == "prep" and t.lower_ in ("to", "for")
                                          and t.i > trigger.i and not _verb_between(t, trigger)
                                          for o in t.children if o.dep_ == "pobj"])
            if not recipients and trigger.lower_ in ("flow", "flows") and trigger.dep_ == "dobj":
                # "to stifle the flow of weapons from Iran via Syria to Hezbollah", the "to" hung on the verb
                recipients = self.agents(prep_objects(trigger.head, {"to"}))
            if not recipients:  # "a package for Ukraine to boost its air defences", parsed as a clause
                recipients = self.agents([s for c in trigger.children if c.dep_ in ("advcl", "acl", "relcl") and any(
                    m.dep_ == "mark" and m.lower_ == "for" for m in c.children) for s in c.children if s.dep_ == "nsubj"])
            item_tokens = prep_objects(trigger, {"of"}) + [c for c in trigger.children if c.dep_ == "compound"]
            suppliers = self.agents(prep_objects(trigger, {"by", "from"}))
            # where the things come from: "the delivery of 96 Apache helicopters from the United States"
            sources = [p for o in item_tokens for p in prep_objects(o, {"from"})] + prep_objects(trigger, {"from"})
            if not recipients and trigger.dep_ == "dobj" and trigger.head.lemma_.lower() in TAKING_DELIVERY:
                # "X has taken delivery of drones from Y", "X accepted the first deliveries of jets": who takes it
                taken = trigger.head
                if not item_tokens:   # "took delivery on Thursday of aircraft from X": the "of" hung on the verb
                    item_tokens = prep_objects(taken, {"of"})
                    sources += [p for o in item_tokens for p in prep_objects(o, {"from"})]
                recipients = self.agents(subjects(taken))
                suppliers = suppliers or self.agents(prep_objects(taken, {"from"}) + sources) or \
                    self._made_by(item_tokens) or self._makers(item_tokens, recipients)   # ("of US Abrams tanks")
            arrived = trigger.head if trigger.dep_ == "nsubj" and trigger.head.lemma_.lower() in REACHING else None
            if not recipients and arrived is not None:
                # "a shipment of Indian rocket launchers has reached Armenia", "the first delivery arrived in
                # Kyiv": the state where it arrived
                states = self._visited_states([o for o in arrived.children if o.dep_ == "dobj"] +
                                              prep_objects(arrived, {"in", "at"}))
                recipients = [self.gaz.entities[k] for k in states if k in self.gaz.entities]
            for child in trigger.children:
                if child.dep_ in ("poss", "amod", "compound") and child.i < trigger.i:
                    # ("Iran and North Korea's provision of weapons": each owner the possessive lists)
                    for owner in (child, *(child.conjuncts if child.dep_ == "poss" else ())):
                        state = self.r.state_of(owner)
                        if state is not None and state not in suppliers:
                            suppliers.append(state)
            if not suppliers and arrived is not None:   # "of Indian rocket launchers": the things' state
                suppliers = [s for s in self._states_in([m for o in item_tokens for m in left_modifiers(o)])
                             if s not in recipients]
            verb = governing_verb(trigger)
            if not suppliers:   # "announced a package of aid coming from Spain": from whom it comes, not who told it
                suppliers = self.agents([p for o in (trigger, *item_tokens) for c in o.children if c.dep_ == "acl"
                                         and c.lemma_.lower() in ("come", "arrive") for p in prep_objects(c, {"from"})])
            if not suppliers and trigger.lower_ in ("delivery", "deliveries", "arrival", "shipment", "shipments"):
                # "X announced the delivery of F-16s from the Netherlands": from whom they come, not who told it
                suppliers = self.agents(sources) or self._makers(item_tokens, recipients)
                if suppliers and not recipients and verb is not None and lemma_in(verb, PACKAGE_VERBS):
                    # (to the state of whoever announces what comes from another)
                    recipients = [r for r in (self._state_of_person(a) for a in self.agents(subjects(verb)))
                                  if r.type == "Country" and r not in suppliers]
            approved = verb is not None and (lemma_in(verb, APPROVING) or signed_off(verb))
            if not suppliers and verb is not None and (lemma_in(verb, PACKAGE_VERBS) or approved):
                suppliers = self.agents(subjects(verb))
                if approved:   # "Congress (the State Department) cleared the sale": a state's
                    # body approving its sale; the state sells (not a company: "Boeing approved the sale")
                    # (a person approving is his state's, when the gazetteer knows it, else no one named)
                    suppliers = [self.gaz.entities[a.country] if a.type == "Organization" and a.country in
                                 self.gaz.entities and a.key not in self.gaz.companies else a for a in suppliers]
                    suppliers = [s for s in (self._state_of_person(a) for a in suppliers) if s.type != "Person"]
            if not recipients and verb is not None and (lemma_in(verb, PACKAGE_VERBS) or approved):
                recipients = self.agents(prep_objects(verb, {"to", "for"}))  # "approved the sale of jets to X"
            ban, lift = lifted_ban(trigger)
            if lift is not None:
                # "the US lifted its ban on arms sales to X": who lifts it sells (to X, however the "to" is hung)
                suppliers = suppliers or self.agents(subjects(lift)) or self.agents(
                    [c for c in ban.children if c.dep_ == "poss"])
                recipients = recipients or self.agents(prep_objects(ban, {"to", "for"}))
            if not suppliers:  # "the sale of Turkish-made drones"
                suppliers = self._made_by(item_tokens)
            if not suppliers:  # "the delivery of 96 Apache helicopters from the United States"
                suppliers = self.agents(sources) or self._states_in(
                    [t for t in sources if t.lemma_.lower() in STOCKS])   # "weapons from U.S. stocks"
        suppliers, recipients = _distinct(suppliers), _distinct(recipients)
        recipients = [r for r in recipients if r not in suppliers]
        if not suppliers or not recipients:
            # "X and Y signed a deal to supply jets to Y" / "for the sale of X-made drones": the
            # parties to the deal are the two sides
            found = self.agents(_deal_parties(trigger))
            parties = [p for p in found if p.type == "Country"]
            companies = [p for p in found if p.type == "Organization"]
            if not suppliers and not recipients and len(companies) == 1 and len(parties) == 1:
                # "Hanwha signed a contract with Romania's defence ministry to supply howitzers": the maker to the state
                suppliers, recipients = companies, parties
                self._doubt(DEAL_PARTIES)
            elif len(parties) == 1 and suppliers and not recipients and parties[0] not in suppliers:
                recipients = parties   # "X signed a contract for the delivery of jets from Y": X buys
                self._doubt(DEAL_PARTIES)
            elif len(parties) == 2:
                self._doubt(DEAL_PARTIES)
                if suppliers and not recipients:
                    recipients = [p for p in parties if p not in suppliers]
                elif recipients and not suppliers:
                    suppliers = [p for p in parties if p not in recipients and p.key not in
                                 {r.country for r in recipients}]
        items = self.items(item_tokens) or sent_troops
        # money given or contributed to a state ("Denmark is contributing about $90 million", "had donated 92.8
        # billion crowns to Ukraine"): a supply with no item to name
        funded = not items and trigger.pos_ == "VERB" and lemma in FUNDING and any(
            t.ent_type_ == "MONEY" or t.lemma_.lower() in CURRENCIES or t.text in ("$", "€", "£")
            for o in item_tokens for t in o.subtree)
        if not recipients and trigger.pos_ == "VERB" and any(c.dep_ == "advmod" and c.lower_ == "instead"
                                                             for c in trigger.children):
            # "refused to send weapons to Ukraine, instead offering aid": to whom the thing refused would have gone
            base = trigger.head
            recipients = self.agents([o for v in (base, *[c for c in base.children if c.dep_ in ("xcomp", "ccomp")])
                                      for o in prep_objects(v, {"to"})])
        if recipients:   # the supplies the article is telling of go there ("the supply of tanks to Ukraine")
            self.recipients.append((self.sentence_no, recipients))
        if not suppliers and trigger.pos_ == "NOUN" and trigger.right_edge.i + 1 < len(trigger.doc) and \
                (after := trigger.doc[trigger.right_edge.i + 1]).lower_ == "by" and after.dep_ in ("prep", "agent"):
            # "donations of F-16s by A, B and C", the "by" the parser hung on a word before the noun
            suppliers = self.agents([o for o in after.children if o.dep_ == "pobj"])
        if not suppliers and trigger.pos_ == "NOUN" and self.suppliers is not None and \
                self.sentence_no - self.suppliers[0] <= RECIPIENT_SENTENCES and \
                any(c.dep_ == "det" and c.lower_ in ("the", "this") for c in trigger.children):
            # "X pledged a new aid package. ... The package includes Y": the package just told, X's
            suppliers = [x for x in self.suppliers[1] if x not in recipients]
            if suppliers:
                self._doubt(FRAME_SUPPLIER)
        if suppliers and items:
            self.suppliers = (self.sentence_no, suppliers)
        if suppliers and not recipients and (items or funded) and all(o.pos_ == "PRON" and o.lower_ in ("it", "them", "its")
                                                          for o in prep_objects(trigger, {"to", "for"})) \
                and not any(prep_objects(x, DEPLOYED) for x in (trigger, *item_tokens)):
            # (not "sending warships near the island": a deployment)
            # "The Netherlands announced the delivery of Patriot missiles to train Ukrainian crews": the
            # one other state the sentence names, else where the supplies just told went
            named = [s for t in trigger.sent if t.dep_ in ("poss", "amod", "compound") and t.pos_ in ("PROPN", "ADJ")
                     and not (t.ent_type_ and t.head.ent_type_ == t.ent_type_)   # not "United" in "United States"
                     and t.head.lemma_.lower() not in HOSTILE and classify(t.head) != "Attack"   # not "Russian attacks"
                     and t.head.lower_ != "behalf"   # not "on Canada's behalf": whom the supplier acts for
                     and t.head.lemma_.lower() not in SAYINGS   # nor "Sweden's announcement came after X sent ..."
                     and t.head not in item_tokens   # nor the items' maker: "German tanks sent by Poland"
                     for s in [self.r.state_of(t)] if s is not None and s.type == "Country" and s not in suppliers
                     and s.key not in {x.country for x in suppliers}]   # not "a Chinese firm" supplying
            named = _distinct(named)
            untitled = _distinct([s for t in trigger.sent if t.dep_ in ("poss", "amod", "compound")
                                  and not any(_sayers_title(h) for h in (t.head, t.head.head))
                                  for s in [self.r.state_of(t)] if s in named])
            # the office of the one who says it names a state only when no other does: "X, South Korean
            # defense minister, said Pyongyang sent missiles that Moscow troops launch" (Russia),
            # "Ukraine President Zelensky said Denmark would provide F-16s" (Ukraine)
            named = untitled if len(untitled) == 1 else named
            recipients = named if len(named) == 1 else next(
                ([r for r in rs if r not in suppliers] for n, rs in reversed(self.recipients)
                 if 0 <= self.sentence_no - n <= RECIPIENT_SENTENCES and any(r not in suppliers for r in rs)), [])
            if not recipients and lemma not in ACQUIRE_VERBS:   # the one state every supply the article told so
                # far (or, read again at its end, the whole article) went to (not for a purchase: "the vehicles
                # are being purchased from X" names no buyer, and the buyer is no recipient told)
                told = _distinct([r for _, rs in self.recipients for r in rs if r not in suppliers])
                recipients = told if len(told) == 1 else []
            # never across the sides of a war: "X sent tanks to Ukraine. North Korea delivered shells."
            recipients = self._no_foes(recipients, suppliers)
            if recipients:
                self._doubt(FRAME_RECIPIENT)
            elif not self.rereading and lemma not in ACQUIRE_VERBS:   # to read again once the article has told
                # where its supplies go
                self.unaddressed.append((trigger, self.sentence_no, self.trace))
        if not suppliers or not recipients:
            return None
        if item_tokens and all(t.lemma_.lower() in HELP_NOUNS and any(
                p.dep_ == "prep" and p.lower_ in ("in", "with") and any(c.tag_ == "VBG" for c in p.children)
                for p in (*t.children, *(trigger.children if t.head == trigger else []))) for t in item_tokens):
            return None   # "promised assistance in establishing who fired": help with a task, not aid (the "in"
            # on the noun or on the verb it is the object of)
        funded = funded and all(r.type == "Country" for r in recipients)   # (not "donated $5 million to UNICEF")
        if not items and not funded and lemma not in STRONG_SUPPLY | SUPPLIER_NOUNS | {"thank"} and not armed_by(trigger) \
                and not backing_states(trigger) and not arms_arrived(trigger) \
                and not arms_contract(trigger) and not (trigger.pos_ == "NOUN" and lemma in HELP_NOUNS) \
                and not (trigger.pos_ == "VERB" and any(armed_help(t) for t in item_tokens)):
            # (thanks: for arms, see classify; "armed by" and "an arms deal": arms, unnamed; "military aid from X
            # for Y": armed help, see classify; "pledged $1bn in military aid to Y": the same, pledged)
            return None  # "gave Trump a clear message", "received a letter from X" are not supplies
        # a state's official announcing or sending supplies does so for the state ("John Kirby announced the package");
        # a city they are sent from, its state ("tanks sent from Santander")
        suppliers = _distinct([self.gaz.entities.get(e.country, e) if e.type == "City" and e.country else
                               self._state_of_person(e) for e in suppliers])
        recipients = [r for r in _distinct([self._state_of_person(e) for e in recipients]) if r not in suppliers]
        if not recipients:
            return None
        return {"supplier": suppliers, "recipient": recipients, "item": items}

    def _makers(self, items: list[Token], besides: list[Entity]) -> list[Entity]:
        """The states whose demonym the items supplied carry, their makers ("Chinese drones"), but
        for the states in `besides` (who received them)."""
        states = [s for o in items for m in state_made(o) for s in [self.r.state_of(m)]
                  if s is not None and s.type == "Country" and s not in besides]
        # "26 Dassault Rafale-M fighter aircraft": a maker the gazetteer knows, by its state
        states += [st for o in items if o.pos_ == "NOUN" and (o.lower_ in SUPPLY_ITEM_WORDS or o.lemma_.lower() + "s"
                                                              in SUPPLY_ITEM_WORDS)
                   for m in left_modifiers(o) if m.ent_type_ == "ORG" for e in self.r.from_token(m)
                   if e.type == "Organization" and e.country in self.gaz.entities
                   for st in [self.gaz.entities[e.country]] if st not in besides]
        return _distinct(states)

    def _person_side(self, token: Token, person: Entity) -> str | None:
        """The state a person named at the token serves: the gazetteer's, else the one their title
        names ("Russian Deputy Prime Minister Denis Manturov"); None if neither says."""
        if person.country:
            return person.country
        titled = self.r._titled_state(token)
        return titled.key if titled is not None else None

    def _no_foes(self, sides: list[Entity], others: list[Entity]) -> list[Entity]:
        """`sides` without any on the opposite side of a war from one of `others` (conflicts.json):
        no supply crosses the sides of a war."""
        return [s for s in sides if not any(self.gaz.opposed(s.key, o.key) for o in others)]

    def _state_of_person(self, entity: Entity) -> Entity:
        """The state a person in the gazetteer serves, for the sides of a supply; anyone else as is."""
        if entity.type == "Person" and entity.country and entity.country in self.gaz.entities:
            return self.r._seen(self.gaz.entities[entity.country])
        return entity

    def _made_by(self, items: list[Token]) -> list[Entity]:
        """"Chinese-made engines": the state the items come from."""
        for item in items:
            words = [t for t in item.subtree if t.i < item.i]
            for i, tok in enumerate(words):
                nxt = words[i + 1:i + 3]
                if any(n.lower_ in ("made", "-made", "built") for n in nxt) or tok.lower_.endswith("-made"):
                    named = self.gaz.lookup(tok.text.rsplit("-", 1)[0])   # "U.S.-made"
                    state = self.r.state_of(tok.doc[tok.i:tok.i + 1][0]) or \
                        self.gaz.country_of_demonym(tok.text.split("-")[0]) or \
                        (named if named is not None and named.type == "Country" else None)
                    if state is not None:
                        return [state]
        return []

    def system_meant(self, token: Token) -> Entity | None:
        """"The drone has been exported to ...", "Qatar bought 36 of the planes", "It was sold to
        ...": a weapon system the article named within FRAME_SENTENCES whose kind the word fits (a
        plane is an aircraft, not a missile), the one it names most (the article's subject, not
        the rival it is compared with), else the last; "it" and a bare number ("Egypt ordered 24")
        only a system of this sentence or the one before."""
        kind = system_reference(token)
        if kind is None:
            return None
        at_word = (self.sentence_no, token.i)   # read once: a word asked again is not named again
        if at_word not in self.meant:
            self.meant[at_word] = self._system_at(token, kind)
        return self.meant[at_word]

    def _system_at(self, token: Token, kind: str) -> Entity | None:
        reach = FRAME_SENTENCES if kind else 1
        made = {s.key for t in token.subtree if t.i < token.i and t.ent_type_ == "NORP"
                for s in [self.gaz.country_of_demonym(t.text)] if s is not None}   # "the French combat aircraft"
        near = [system for sentence, at, system in self.systems
                if self.sentence_no - sentence <= reach and (sentence < self.sentence_no or at < token.i)
                and (not kind or kind in system_kind(self.gaz.kinds.get(system.key, "")))
                and (not made or self.gaz.origins.get(system.key) in made)]
        if not near:
            return None
        named = [s for _, _, s in self.systems]
        system = max(reversed(near), key=named.count)   # (max keeps the first of equals: the last named)
        self.systems.append((self.sentence_no, token.i, system))   # named again: "it" next is the same
        return self.r._seen(system)

    def _reporting_towns(self, verb: Token) -> list[Token]:
        """The towns and regions that "reported explosions": "Lviv and Dnipro", "cities (across Ukraine)
        including Lviv and Dnipro"; not a state ("Poland reported explosions near its border" is no attack on it)."""
        named: list[Token] = []
        for subject in subjects(verb):
            listed = [subject] if subject.ent_type_ else [   # a place noun: the list anywhere in its phrase
                o for t in subject.subtree if t.dep_ == "prep" and t.lower_ in ("including", "like")
                for o in t.children if o.dep_ == "pobj"]
            named += [x for t in listed for x in (t, *t.conjuncts)]
        return [t for t in named if any(e.type in ("City", "Region") for e in self.r.from_token(t, conjuncts=False))]

    def _origin_makers(self, items: list[Token], besides: list[Entity]) -> list[Entity]:
        """"The UAE ordered 80 Rafale jets": the state that makes the systems bought (the
        gazetteer's origin), when they are one state's and some buyer is not that state ("ordered
        by Brazil, Portugal and Hungary": Brazil's own are no supply, the others are)."""
        makers = _distinct([self.gaz.entities[self.gaz.origins[w.key]] for w in self.items(items)
                            if w.key in self.gaz.origins and self.gaz.origins[w.key] in self.gaz.entities])
        buyers = {self._state_of_person(b).key for b in besides}
        return [self.r._seen(makers[0])] if len(makers) == 1 and buyers != {makers[0].key} else []

    def items(self, tokens: list[Token]) -> list[Entity]:
        out: list[Entity] = []
        for tok in tokens:
            for t in [tok, *tok.conjuncts]:
                weapons = self._weapons_in(t) or [s for s in [self.system_meant(t)] if s is not None]
                if weapons:
                    out += [w for w in weapons if w not in out]
                elif not item_noun(t):   # "drone supplier"
                    # "$67 billion in weapons", "a package of air defence systems", "an aid package"
                    inner = prep_objects(t, {"in", "of", "worth"}) + [c for c in t.children if c.dep_ == "compound"]
                    out += [i for i in self.items(inner) if i not in out]
                else:
                    words = [c for c in t.subtree if c.i <= t.i and c.dep_ in ("amod", "compound")
                             and c.pos_ in ("ADJ", "NOUN", "PROPN") and c.lower_ not in AMOUNT_WORDS
                             and c.ent_type_ != "GPE" or c == t]   # (a state's name is whose, not what: "Ukraine aid")
                    label = " ".join(w.lower_ for w in words if w.is_alpha or w == t)
                    item = Entity(key=slug(label), label=label, type="Item")
                    if item not in out:
                        out.append(item)
        return out

    def _weapons_in(self, token: Token) -> list[Entity]:
        out = []
        for ent in token.doc.ents:
            if ent.start >= token.left_edge.i and ent.end <= token.right_edge.i + 1 and ent.ent_id_:
                e = self.gaz.entities.get(ent.ent_id_)
                if e is not None and e.type == "WeaponSystem" and e not in out:
                    out.append(self.r._seen(e, ent.text))
        return out

    def attack(self, trigger: Token) -> dict[str, list[Entity]] | list[dict[str, list[Entity]]] | None:
        lemma = trigger.lemma_.lower()
        aimed_where: list[Token] = []   # where what a noun's "targeting" names is
        if lemma in EXCHANGING:
            return self._exchange(trigger)
        if flying := intercepted(trigger):
            return self._intercepted(trigger, flying)
        if lemma == "clash" and trigger.pos_ == "VERB":
            return self._clash(self.agents(subjects(trigger) + prep_objects(trigger, {"with"})))
        if (warring := at_war(trigger)) is not None:
            # "X, who has been at war with Y": the one the clause is about; each fights the other
            sides = [warring.head] if warring.dep_ == "relcl" and any(
                s.tag_ in ("WP", "WDT") for s in subjects(warring)) else subjects(warring)
            foes = prep_objects(trigger, {"with"}) + prep_objects(warring, {"with"})
            return self._clash(self.agents([x for t in sides + foes for x in (t, *t.conjuncts)]), people=True)
        mutual = self._reciprocal(trigger) or self._blamed_each_other(trigger)
        if mutual is not None:
            return mutual
        if lemma == "clash" or trigger.lower_ == "clashes":   # "clashes between Thai and Cambodian troops"
            return self._clash(self.agents(prep_objects(trigger, {"between"})) or _distinct(
                [s for m in left_modifiers(trigger) for x in (m, *m.conjuncts) for s in [self.r.state_of(x)] if s]) or
                # "A and B agreed to a ceasefire after a week of border clashes": the clause's two sides
                self.agents([x for s in _clause_subjects(trigger) for x in (s, *s.conjuncts)]))
        claimed = _claimed_by(trigger)   # whom the attack is laid at ("blamed the strikes on X"), if anyone
        passive: list[Token] = []
        fighters_killed = False   # what it did was kill fighters no name goes with ("killed three militants in X")
        hit: list[Token] = []   # what a verb says it hit, where that names no target of itself
        verb = None
        victims = self._killed(trigger)   # someone named killed is who was hit, not where
        if trigger.pos_ == "VERB":
            if trigger.dep_ == "acl" and lemma in ("target", "aim", "direct") and classify(trigger.head) == "Attack":
                return None   # "missile attacks targeting X": the attack noun's, which reads its targets
            taken = objects(trigger) or passive_subject(trigger)
            if lemma in ("capture", "seize") and taken and all(
                    o.lemma_.lower() in CAPTIVES or o.lower_ in ("others", "many", "some", "they") or
                    o.pos_ == "NUM" for o in taken):
                return None  # "captured several Indian soldiers", "others were captured in X": prisoners taken,
                # not ground attacked
            if lemma == "launch" and any(o.lemma_.lower() in UNARMED_LAUNCHES for o in objects(trigger)):
                return None   # "launched the initiative (an inquiry, a bid) against X": nothing fired
            if lemma in ("launch", "fire", "shoot", "rain") and not (lemma == "shoot" and passive_subject(trigger)):
                # (what was shot is hit: "the cruiser was shot by Ukraine's navy")
                if any(classify(o) == "Attack" and prep_objects(o, AIM_PREPS) for o in objects(trigger)):
                    return None  # "launched an attack on X": the noun is the trigger
                # "fired missiles at X", "launched rockets towards X": the prep may hang from the object
                # ("40 missiles and 100 drones against X"; "dozens of drones on targets in X", on the drones)
                # (or from the participle naming them: "a missile known as Oreshnik at the city of X")
                target_tokens = prep_objects(trigger, AIM_PREPS) + [
                    p for o in objects(trigger) for b in (o, *[i for i in batch_of(o) if i != o])
                    for x in (b, *b.conjuncts, *[a for a in b.children if a.dep_ == "acl" and a.lemma_.lower() in NAMING])
                    for p in prep_objects(x, AIM_PREPS)]
                # "fired (rockets) in the direction of X": X
                target_tokens += [t for h in (trigger, *objects(trigger)) for d in prep_objects(h, {"in"})
                                  if d.lemma_.lower() == "direction" for t in prep_objects(d, {"of"})]
                if not target_tokens and trigger.dep_ == "amod" and subjects(trigger):
                    # "X fired missiles at Y" parsed as "fired missiles": the prep hangs from the noun
                    target_tokens = prep_objects(trigger.head, AIM_PREPS)
                if not target_tokens:   # "fired over (across) Israel's border", "across the border with X": the state beyond it
                    target_tokens = [t for h in (trigger, *objects(trigger)) for b in prep_objects(h, {"over", "across"})
                                     if b.lemma_.lower() in BORDERS
                                     for t in [c for c in b.children if c.dep_ == "poss"] + prep_objects(b, {"with"})]
                if not target_tokens:   # "launched a missile that landed near X (struck inside Y)": where it came down
                    target_tokens = [t for o in objects(trigger) for c in o.children if c.dep_ == "relcl"
                                     and c.lemma_.lower() in LANDING
                                     for t in prep_objects(c, AIM_PREPS | {"near", "in"}) + objects(c)]
                # "launched 100 rockets across northern Israel, with some landing near Haifa": where they fell too
                target_tokens += [t for h in (trigger, *objects(trigger)) for t in prep_objects(h, {"across"})
                                  if t not in target_tokens and t.lemma_.lower() not in BORDERS]   # (the border: above)
                target_tokens += [t for w in prep_objects(trigger, {"with"}) for x in (w, *w.children)
                                  if lemma_in(x, LANDING) for t in prep_objects(x, AIM_PREPS | {"near", "in"})
                                  if t not in target_tokens]
            else:
                passive = passive_subject(trigger)
                if passive and all(p.lemma_.lower() == "target" and not any(c.dep_ in ("amod", "compound", "nmod", "poss")
                                                                          for c in p.children) for p in passive):
                    return None   # "Targets were destroyed in the areas of X": an air force's report of what
                    # it shot down, not a strike there
                if not passive and _headline_passive(trigger):   # "Crimean Bridge Struck Again": it was struck
                    passive = subjects(trigger)
                if not passive and trigger.tag_ == "VBN" and any(c.dep_ in ("auxpass", "agent") for c in trigger.children):
                    # "X caught fire after being hit", "X was set ablaze after being struck": the clause's subject
                    passive = _clause_subjects(trigger) or _clause_patients(trigger) or subjects(trigger.head)
                target_tokens = passive if passive else objects(trigger) + prep_objects(trigger, {"on", "into", "onto"})
                if not passive and trigger.tag_ == "VBG" and trigger.lower_ in ATTACK_NOUNS:
                    # "shelling by the RSF on Abu Shouk camp killed 15": the noun read as a verb, its "on" on the doer
                    target_tokens += [p for o in prep_objects(trigger, {"by"}) for p in prep_objects(o, {"on", "against"})]
                # "the region, which X recaptured in 2023": the one the clause is about
                target_tokens = [_antecedent(t, trigger) for t in target_tokens]
                # "said its forces had not struck the building and accused X of blowing it up": the building
                target_tokens = [_site_before(t) or t if t.lower_ == "it" else t for t in target_tokens]
                if not target_tokens:   # "attacked what it said was Israel's spy headquarters": what it was said to be
                    target_tokens = [a for c in trigger.children if c.dep_ == "ccomp" and any(
                        w.tag_ == "WP" and w.dep_ == "dobj" for w in c.children)
                        for cop in c.children if cop.dep_ == "ccomp" and cop.lemma_.lower() == "be"
                        for a in cop.children if a.dep_ == "attr"]
                if lemma in ("kill", "assassinate") or lemma in HURTING and passive and agent_objects(trigger):
                    # where they killed, not whom: "killed dozens of Palestinians near sites in Gaza" ("two were
                    # wounded by Ukrainian drones in Belgorod": where, the place on the doer)
                    # (whom, when named: "killed Hassan Nasrallah in Beirut" hit him, `_killed`; Beirut is where)
                    target_tokens = [] if victims else killed_where(trigger)
                elif places := casualties_where(trigger):   # "a journalist was wounded in Irpin": Irpin, not whose
                    target_tokens = places                   # the journalist is
                if preps := fire_preps(trigger):   # "set fire to X", "opened fire on X"
                    target_tokens = prep_objects(trigger, preps)
                elif lemma in ("advance", "march", "push"):   # "advanced on X", "pushed towards X"
                    target_tokens += prep_objects(trigger, {"toward", "towards"})
                elif lemma == "cause":   # "drones caused explosions at X": where they went off
                    target_tokens = [p for o in objects(trigger) for p in prep_objects(o, {"at", "in", "on", "near"})] or \
                        prep_objects(trigger, {"at", "in", "on", "near"})
                elif lemma in FELL:   # "a missile fell near a school in Kharkiv": where it fell
                    target_tokens = prep_objects(trigger, FELL_PREPS)
                if not victims and not any(self.targets(t) for t in target_tokens):  # "attacked a centre at the plant"
                    hit = target_tokens
                    ways = [[c for c in trigger.children if c.dep_ == "npadvmod" and c.pos_ == "PROPN"], [
                        m for c in trigger.children if c.dep_ == "npadvmod" and c.lemma_.lower() in MOMENTS
                        for m in c.children if m.dep_ == "compound" and m.ent_type_ in ("GPE", "LOC", "FAC")],
                        prep_objects(trigger, {"at"}), prep_objects(trigger, {"including"}),
                        prep_objects(trigger, {"across", "in", "throughout", "inside", "within"}),
                        (prep_objects(trigger.head, {"in"}) if trigger.dep_ == "advcl" else []),
                        # "struck a site near Isfahan", the "near" on the verb: a town or region it is near
                        # (not a state: "a base near Poland" is not in Poland)
                        [o for o in prep_objects(trigger, {"near", "outside"})
                         if (found_near := self.targets(o)) and all(e.type != "Country" for e in found_near)]]
                    # the first that names a target ("targeted sites throughout X, including the airport": X,
                    # not the airport, which names none), else the first there is
                    target_tokens = next((w for w in ways if any(self.targets(t) for t in w)), None) or \
                        next((w for w in ways if w), [])
                    # "In Kyiv, seven people were killed when a missile hit a block": where the clause it tells of was
                    # "Russian jets bombed Aleppo" (a name the parser left as a modifier), "pounded cities across X"
            if (listed := _listed_as_hit(trigger)):   # "The four airbases hit were A, B, C and D": those
                target_tokens, passive = listed, subjects(trigger) or [trigger.head]
            if not target_tokens:  # "claimed to have struck and set on fire a refinery": the object of the conjunct
                # (else what it hit, whose places may lie deeper: "the vehicle where they were travelling in X")
                target_tokens = [o for c in trigger.conjuncts if c.i > trigger.i for o in objects(c)] or hit
            else:   # "targeted Odesa, Mykolaiv and Sumy", the list hung on the verb; "struck X, alongside Y and Z"
                target_tokens += [t for t in _misattached_conjuncts(trigger, target_tokens) if t not in target_tokens]
                target_tokens += [x for o in prep_objects(trigger, {"alongside"}) if o.i > target_tokens[0].i
                                  for x in (o, *o.conjuncts)]
                # "struck Yemen, including Sanaa and Hodeidah": the examples of the place hit, hung on the verb
                target_tokens += [o for o in prep_objects(trigger, {"including"}) if o.i > target_tokens[0].i
                                  and o not in target_tokens]
            doers = subjects(trigger)
            if trigger.dep_ == "pcomp" and trigger.head.head.lemma_.lower() in ("responsibility", "credit") and \
                    trigger.head.head.head.pos_ == "VERB":   # "X claimed responsibility for launching a missile"
                doers = subjects(trigger.head.head.head)
            if trigger.dep_ == "xcomp" and trigger.head.lemma_.lower() in PERCEIVING:
                doers = objects(trigger.head)   # "X detected missiles targeting Y": the missiles, not who saw them
            if trigger.dep_ == "pcomp" and trigger.head.head.lemma_.lower() in SAYING:
                doers = []   # "'By attacking ships Russia tries to ...,' X said", the phrase hung on the saying:
                # what is said is not the sayer's deed
            attackers = self._forces(doers) if not passive or passive == passive_subject(trigger) else []
            if lemma in FELL or lemma == "cause":   # what fell is no one: "a Russian missile" is Russia's, else the frame's
                # ("a pair of Hezbollah drones exploded": the group whose they are)
                fell = doers + [o for d in doers if d.lower_ in PARTITIVES for o in prep_objects(d, {"of"})]
                attackers = self._states_in(fell) or [a for d in fell for m in left_modifiers(d) for a in self.agents([m])
                                                      if a.key in self.gaz.armed]
            if not attackers and not passive:   # "a drone launched by the group hit X": whoever launched it
                attackers = self.agents([o for d in doers for c in d.children if c.dep_ == "acl"
                                         and c.lemma_.lower() in LAUNCHING for o in prep_objects(c, {"by"})])
            if not attackers and not passive:   # "dozens of Russian drones targeted X": the drones' state
                attackers = self.agents([o for s in doers if s.lower_ in PARTITIVES or s.ent_type_ == "CARDINAL"
                                         for o in prep_objects(s, {"of"})])
            if not attackers and not passive:   # "two US-led air strikes targeted X": the strikes' state
                attackers = self._states_in([s for s in doers if classify(s) == "Attack"], skip=trigger)
                # (not the places of the clause that tells what they did: "an attack that hit Kyiv")
            if not attackers and not passive:   # "a Thai F-16 fighter jet bombed X": the state whose weapon it is
                attackers = self._states_in([m for s in doers if s.lemma_.lower() in KILLERS | WARCRAFT
                                             for m in left_modifiers(s) if not any(   # (its own words, not a clause
                                                 t.lower_ in MAKING or t.lower_.endswith("-made") for t in m.subtree)])
                # on it; not its maker: "Iranian-made drones hit X" names no attacker)
            if not attackers and not passive and trigger.tag_ == "VBG" and trigger.lower_ in ATTACK_NOUNS and \
                    not any(c.dep_ in ("nsubj", "nsubjpass") for c in trigger.children):
                attackers = self._forces(prep_objects(trigger, {"by"}))   # "shelling by the RSF on X", a noun read as a verb
            if not attackers and not passive and (say := _saying_verb(trigger)) is not None and any(
                    c.dep_ == "poss" and c.lower_ in ("its", "their") for s in doers
                    if s.lemma_.lower() in KILLERS | WARCRAFT for c in s.children):
                attackers = [a for a in self._forces(subjects(say)) if a.type != "Person"]
                # "the IDF said its ships targeted X": the sayer's (a body's, not a person's: "X said their drones")
            if not attackers:  # "hit by debris from a Ukrainian drone attack", "were hit in mass Ukrainian airstrikes"
                attackers = self._states_in(prep_objects(trigger, {"by", "from"}) + [
                    m for o in prep_objects(trigger, {"in", "during"}) if classify(o) == "Attack" for m in left_modifiers(o)])
                # "rockets were fired from Lebanon": the armed group of that state the article tells of
                attackers = [self.r.group_of(a) or a for a in attackers] or self.agents(claimed)
        else:
            attackers = self.agents(prep_objects(trigger, {"by", "from"}))
            for mod in left_modifiers(trigger):
                if mod.lemma_.lower() == "lead":   # "the Hamas-led attack": who led it
                    attackers += [a for a in self.agents([c for c in mod.children if c.dep_ in ("npadvmod", "compound")])
                                  if a not in attackers]
                    continue
                for m in (mod, *mod.conjuncts):
                    state = self.r.state_of(m)
                    if state is not None and state not in attackers:
                        attackers.append(state)
            verb = governing_verb(trigger)
            if attackers and verb is not None and trigger.dep_ == "dobj" and trigger.head == verb and \
                    verb.lemma_.lower() == "join":   # "the Arakan Army joins KIA attacks on X": the joiner too
                attackers += [a for a in self._forces(subjects(verb)) if a not in attackers]
            if not attackers and claimed and trigger.head.lower_ == "in":
                attackers = self.agents(claimed)   # "his role in the bombing": his, not the clause's (who wants him)
                if not attackers:
                    return None   # (whose, unknown: no one else's, nor the article's frame)
            if not attackers and claimed and trigger.head.lower_ == "for" and trigger.head.head.lemma_.lower() == "responsible":
                attackers = self.agents(claimed)   # "held X responsible for the attack": X, not who holds it so
            if not attackers and verb is not None and lemma_in(verb, ACCUSING):
                attackers = self.agents(objects(verb))  # "X accused Y of an attack on Z": Y attacked
            elif not attackers and verb is not None and not _answered(trigger) and lemma_in(
                    verb, LIGHT_VERBS | CARRIED_OUT | {"fire", "shoot", "include"} | HARM_VERBS | JOINING | (
                        BLOW_VERBS if trigger.lemma_.lower() == "blow" else set())) and not any(
                    c.dep_ == "expl" for c in verb.children) and not (   # ("there had been attacks on X": no one's said;
                    verb.lemma_.lower() == "be" and trigger.dep_ == "pobj" and trigger.head.dep_ == "prep"   # "X was in Y
                    and trigger.head.lower_ in ("during", "amid", "after", "before", "since")):   # during the attack")
                attackers = self._forces(subjects(verb))  # "Russian drones killed nine people in a strike on X"
            carrier, chain = _with_carrier(trigger)
            if not attackers and carrier is not None:
                # "Ukraine responded with drone strikes on X", "Iran responded with missile and drone attacks
                # on X", "Israel opened the war with a series of airstrikes against X"
                attackers = self.agents(subjects(carrier))
            if not attackers and trigger.dep_ in ("nsubj", "nsubjpass"):  # "the attack was carried out by X"
                # (or a verb joined to the one it is subject of: "the attack killed ten and was claimed by X";
                # by whoever did or claimed it, not who condemned, reported or repelled it)
                attackers = self._done_by([v for v in ([trigger.head] if trigger.dep_ == "nsubjpass" else []) + [
                    c for c in trigger.head.conjuncts if c.i > trigger.head.i and c.tag_ == "VBN"
                    and not any(a.dep_.startswith("nsubj") for a in c.children)] if lemma_in(v, CARRIED_OUT)])
            if not attackers:  # "a rocket attack claimed by X", "strikes carried out by X": done by whom the
                # participle that describes it names (or the parser hung on the clause's verb, past the
                # attack, the sentence's last: "... in response to a shooting in X, claimed by Y.")
                attackers = self._done_by([c for c in trigger.children if c.dep_ == "acl" and c.tag_ == "VBN"
                                           and lemma_in(c, CARRIED_OUT)] or [
                    c for a in trigger.ancestors for c in a.children if c.dep_ == "advcl" and c.tag_ == "VBN"
                    and c.i > trigger.i and c.left_edge.i > 0 and c.doc[c.left_edge.i - 1].text == ","
                    and lemma_in(c, CARRIED_OUT) and not any(x.pos_ == "NOUN" and classify(x) == "Attack"
                                                             for x in c.doc[trigger.i + 1:c.i])
                    and not any(s.dep_.startswith("nsubj") for s in c.children)])
            if not attackers:  # "X, which is responsible for attacks on Y"; "X was behind the attack"
                attackers = self.agents(claimed)
            if not attackers and (bracing := avenged_on(trigger)) is not None:
                attackers = self.agents(subjects(bracing))   # "Israel braced for retaliation over the killing of X"
            if not attackers and verb is not None and verb.lemma_.lower() == "claim" and trigger.dep_ == "dobj":
                attackers = self._forces(subjects(verb))   # "the Houthis claimed a drone attack on Eilat"
            if not attackers and any(c.dep_ == "poss" and c.lower_ in ("its", "their") for c in trigger.children):
                helped = verb is not None and trigger.dep_ == "pobj" and trigger.head.head == verb and \
                    verb.lemma_.lower() in ("help", "aid", "assist", "support", "back")
                # "drones aided the army in its operations against X": the one helped; else the clause's
                attackers = self.agents(objects(verb)) if helped else []
                attackers = attackers or self.agents(_clause_subjects(trigger) or (subjects(verb) if verb is not None else []))
            preps = {"on", "against", "into", "at", "targeting", "toward", "towards", "inside"} | ({"of"} if trigger.lower_ in (
                "invasion", "bombardment", "shelling", "bombing", "capture", "seizure") else set()) | (
                {"in"} if trigger.lemma_.lower() == "operation" else set()) | (
                {"to"} if trigger.lemma_.lower() == "blow" else set())   # "a blow to X"
            target_tokens = prep_objects(trigger, preps) or [t for n in chain for t in prep_objects(n, preps)]
            if target_tokens and trigger.pos_ == "NOUN":
                # "attacks on the carrier X in the Red Sea and the ship Y in the Arabian Sea", the second joined to
                # the attacks: a target too
                target_tokens += [c for c in trigger.conjuncts if c.i > target_tokens[-1].i and c.pos_ in ("NOUN", "PROPN")
                                  and classify(c) is None and not any(c.i > x.i > trigger.i and x.pos_ in ("VERB", "AUX")
                                                                      for x in trigger.sent)]
            if not target_tokens:   # "an attack by Hamas fighters on Sderot", "on Sderot" hung on the fighters
                target_tokens = [t for b in prep_objects(trigger, {"by"}) for x in (b, *b.conjuncts)
                                 for t in prep_objects(x, {"on", "against"})]
            if not target_tokens and lemma in RANGED_WEAPONS | {"strike", "bombing", "raid"}:
                # "an airstrike by the military in X": X, the "in" hung on the doer
                target_tokens = [t for b in prep_objects(trigger, {"by"}) for t in prep_objects(b, {"in"})]
            if not target_tokens and trigger.lemma_.lower() == "blow" and verb is not None:
                target_tokens = prep_objects(verb, {"to", "on", "against"})   # "dealt a blow [to X]", on the verb
            # not where it was told: "announced the strikes on his Truth Social platform"; not whom they
            # were blamed on ("blamed the strikes on X")
            blamed_on = set(claimed)
            target_tokens = [t for t in target_tokens if t.lemma_.lower() not in MEDIA and t not in blamed_on]
            if lemma == "target":   # "Among Moscow's targets were X and Y": those listed
                target_tokens = targets_listed(trigger)
            if not target_tokens:   # "X's use of drones against Y", "against" on the drones
                target_tokens = weapons_used(trigger)
            if not target_tokens and trigger.dep_ == "dobj" and verb is not None:
                # "repelled a drone attack overnight on the X region": "on X" hung on the verb past a word of time
                target_tokens = [t for t in prep_objects(verb, {"on", "against"})
                                 if t.i > trigger.i and t not in blamed_on and t.ent_type_ not in ("DATE", "TIME")
                                 and t.lemma_.lower() not in TIME_NOUNS]
            holder = trigger.head.head if trigger.dep_ == "pobj" and trigger.head.lower_ == "of" and \
                trigger.head.head.lower_ in PARTITIVES else trigger   # ("part of Russia's strike was aimed at X")
            if not target_tokens and holder.dep_ == "nsubjpass" and lemma_in(holder.head, {"aim", "direct", "target"}):
                # "Part of Russia's overnight strike was aimed at the city of Lutsk": where it was aimed
                target_tokens = prep_objects(holder.head, {"at", "against", "on"})
            if not target_tokens and trigger.dep_ == "nsubj" and lemma_in(trigger.head, {"cause", "inflict"}):
                # "A Russian drone attack caused significant damage to the shelter at X": what it damaged
                target_tokens = [p for o in objects(trigger.head) if o.lemma_.lower() in ("damage", "destruction")
                                 for p in prep_objects(o, {"to"}) + prep_objects(trigger.head, {"to"})]
            if not target_tokens and trigger.dep_ == "nsubj" and lemma_in(trigger.head, GOING_ON):
                # "Russian attacks resumed early on Wednesday on the ports of X and Y": "on" hung on the verb
                target_tokens = [t for t in prep_objects(trigger.head, {"on", "against", "at"})
                                 if t.ent_type_ not in ("DATE", "TIME") and t.lemma_.lower() not in TIME_NOUNS]
            if not target_tokens and trigger.dep_ == "dobj" and verb is not None:
                # "confirmed the attacks, reporting damage and fires at airbases in X": where the damage was
                target_tokens = [p for c in verb.children if c.dep_ == "advcl" and c.tag_ == "VBG"
                                 for o in objects(c) for x in (o, *o.conjuncts) if x.lemma_.lower() in BLASTS | {"damage"}
                                 for p in prep_objects(x, {"at", "in", "on"}) + prep_objects(c, {"at", "in", "on"})]
            series = [trigger.head.head] if trigger.dep_ == "pobj" and trigger.head.lower_ == "of" and \
                trigger.head.head.lemma_.lower() in SERIES else []   # "a series (wave) of airstrikes on X"
            if not target_tokens and series:
                target_tokens = prep_objects(series[0], preps)   # "on X" on "series"
            if target_tokens:   # "strikes on cities across Ukraine, including Kyiv", the examples hung on the noun
                target_tokens += [o for h in (trigger, *series) for o in prep_objects(h, {"including"})
                                  if o not in target_tokens]
            target_tokens += _misattached_conjuncts(verb, target_tokens)
            for acl in trigger.children:  # "an attack aimed at X", "strikes targeting X"
                if acl.dep_ in ("acl", "advcl", "relcl") and acl.lemma_.lower() in ("aim", "target", "direct"):
                    target_tokens += objects(acl) + prep_objects(acl, {"at", "against", "on"})
                    aimed_where += prep_objects(acl, {"in", "near"})   # "strikes targeting the airport [in X]"
                elif acl.dep_ == "acl" and lemma_in(acl, LIGHT_VERBS | {"fire"}):  # "an assault launched by X across Y"
                    attackers += [a for a in self.agents(prep_objects(acl, {"by"})) if a not in attackers]
                    target_tokens += prep_objects(acl, AIM_PREPS | {"across", "throughout"})
            if not target_tokens and verb is not None and (lemma_in(verb, LIGHT_VERBS) or verb == carrier):
                # "staged an incursion into X", "carried out dozens of airstrikes across X", "responded with
                # airstrikes on X" (the on hanging from the verb)
                target_tokens = prep_objects(verb, {"on", "against", "into", "at", "inside"})
                if not any(self.targets(t) for t in target_tokens):   # "on Tuesday" names no target
                    target_tokens += prep_objects(verb, {"across", "throughout"})
                if not any(self.targets(t) for t in target_tokens):
                    # "launched a new offensive in the Kharkiv region": a city or region, not a whole country
                    target_tokens += [o for o in prep_objects(verb, {"in"})
                                      if not any(e.type == "Country" for e in self.r.from_token(o))]
                if target_tokens and trigger.dep_ == "dobj" and trigger.head == verb:
                    # "launched strikes across Ukraine, including Kyiv": the examples, hung on the verb
                    target_tokens += [o for o in prep_objects(verb, {"including"}) if o.i > trigger.i]
            if not target_tokens and trigger.dep_ == "pobj" and trigger.head.dep_ == "agent":
                # "a hospital in X was heavily damaged by a Russian airstrike", "an explosion at a depot in X
                # was caused by a drone attack": what the strike did it to
                harmed = trigger.head.head
                target_tokens = [_antecedent(t, harmed) for t in passive_subject(harmed)]   # "buildings in X that were damaged"
                if not target_tokens and harmed.dep_ == "acl" and lemma_in(harmed, HARM_VERBS):
                    target_tokens = [harmed.head]   # "a school in X damaged by Russian strikes"
            if not target_tokens and trigger.dep_ == "pobj" and (
                    trigger.head.lower_ in ("after", "following") or trigger.head.dep_ == "agent"):
                # "a fire broke out at a depot in X after a drone attack", "... at a refinery, ignited by a drone
                # attack" (the participle of the fire, or of the place the parser hung it on): where it broke out
                target_tokens = _blast_site(trigger.head.head)
            if not target_tokens and trigger.dep_ == "nsubj" and trigger.head.lemma_ == "be":
                target_tokens = prep_objects(trigger.head, {"on", "against"})   # "the attack was on the refinery"
            if not target_tokens and trigger.dep_ == "pobj" and trigger.head.head.pos_ == "VERB" and \
                    lemma_in(trigger.head.head, HARM_VERBS):
                # "33 killed in Russian airstrikes on Chernihiv", the "on" hung from "killed"
                target_tokens = prep_objects(trigger.head.head, {"on", "against", "at"})
            if not target_tokens and trigger.dep_ == "pobj" and trigger.head.lower_ == "in" and \
                    lemma_in(trigger.head.head, HURTING):
                # "three Israeli soldiers were killed in a rocket attack": the soldiers' side was hit
                target_tokens = [s for s in passive_subject(trigger.head.head) if s.lemma_.lower() in FALLEN_FORCES]
            if trigger.dep_ == "dobj" and lemma_in(trigger.head, ENDURING) and not any(self.targets(t) for t in target_tokens):
                # "Kharkiv suffered a massive drone attack", "the city experienced strikes": who endured it was hit
                target_tokens = subjects(trigger.head)
            if not target_tokens and trigger.dep_ == "pobj" and trigger.head.lower_ == "under" and \
                    lemma_in(trigger.head.head, {"come", "be", "remain", "fall"}):
                # "X came under attack from Y", "X was under fire from Y": X is hit, Y attacks
                target_tokens = subjects(trigger.head.head)
                if not attackers:
                    attackers = self.agents(prep_objects(trigger.head.head, {"from"}))
                    attackers += [s for t in prep_objects(trigger.head.head, {"from"})
                                  for s in self._states_in([t]) if s not in attackers]
            if trigger.dep_ == "pobj" and trigger.head.lower_ == "to" and not any(self.targets(t) for t in target_tokens):
                # "Engels and Saratov had been subject (were subjected) to a mass drone attack": they were hit
                holder = trigger.head.head
                if holder.lower_ == "subject" and holder.dep_ == "acomp":
                    target_tokens = subjects(holder.head) or target_tokens
                elif holder.lower_ == "subjected":
                    target_tokens = passive_subject(holder) or subjects(holder) or target_tokens
            if not target_tokens and (answering := _answering_clause(trigger)) is not None:
                # "Iran retaliated for US strikes", "fired rockets in retaliation for Israeli strikes": whoever
                # answers an attack told without its target was hit by it; one told where it was hit that
                # place ("in response to a shooting in Jerusalem")
                target_tokens = [p for p in prep_objects(trigger, {"in"}) if self.targets(p)] or [
                    s for s in subjects(answering) if s.pos_ in ("PROPN", "NOUN")]
            if not target_tokens and (toll := toll_verb(trigger)) is not None:  # "most of the casualties occurred in X"
                target_tokens = prep_objects(toll, {"in"}) or self._reporting_towns(toll)
            if not target_tokens and trigger.dep_ == "pobj" and trigger.head.lower_ == "of" and \
                    trigger.head.head.lemma_.lower() == "toll" and trigger.head.head.dep_ == "nsubj":
                # "the toll of the attack included fatalities in X, Y and Z": where its dead and wounded were
                told = trigger.head.head.head
                target_tokens = prep_objects(told, {"in", "across"}) + [
                    p for o in objects(told) for p in prep_objects(o, {"in", "across"})]
            if not target_tokens and trigger.dep_ in ("nsubj", "nsubjpass") and \
                    trigger.head.lemma_.lower() in ("take", "occur", "happen", "come"):
                target_tokens = [t for t in prep_objects(trigger.head, {"in", "on", "at"})   # "the strikes took place in X"
                                 if t.lemma_.lower() not in REPRISALS]   # not "came in retaliation for a strike on X"
            if not target_tokens and trigger.dep_ == "nsubj" and trigger.head.lemma_.lower() == "set" and \
                    fire_preps(trigger.head):
                target_tokens = prep_objects(trigger.head, {"to"})   # "a drone attack set fire to a depot in X"
            if not target_tokens and trigger.dep_ == "nsubj" and trigger.head.lemma_.lower() in SPARKING:
                # "the attack sparked (caused) a fire at the refinery": where its fire or blast was
                blasts = [o for o in objects(trigger.head) if o.lemma_.lower() in BLASTS]
                target_tokens = [p for x in blasts + (blasts and [trigger.head]) for p in prep_objects(x, {"at", "in", "on"})]
            # "strikes killed X" (the parser's clause too), "a strike that killed X"
            harm = next((h for h in [trigger.head] * (trigger.dep_ == "nsubj") + [
                c for c in trigger.children if objects(c) and (c.dep_ == "acl" or c.dep_ == "relcl" and any(
                    s.dep_ == "nsubj" and s.tag_ in ("WDT", "WP") for s in c.children))]
                if lemma_in(h, HARM_VERBS | {"force"})), None)
            if not target_tokens and harm is not None and \
                    not victims:   # (whom, when named: "a strike killed Soleimani in Baghdad" hit him)
                # "Israeli airstrikes killed 20 people in Gaza City": where the strikes did harm
                target_tokens = prep_objects(harm, {"in", "on", "at", "near", "across", "throughout"}) + \
                    objects(harm) + [   # "killed 40 people across the Gaza Strip"
                        o for d in prep_objects(harm, {"during"}) for o in prep_objects(d, {"at", "in"})]
                if not any(self.targets(t) for t in target_tokens):   # "killed three and wounded two in X"
                    target_tokens += killed_where(harm)
                fighters_killed = bool(objects(harm)) and all(unnamed_fighters(o) for o in objects(harm))
                # ("killed 11 people during prayers at a mosque": where the prayers were)
            if not target_tokens:  # "an airstrike in Beirut": a city or facility, not a whole country
                target_tokens = [o for o in prep_objects(trigger, {"in"})
                                 if not any(e.type == "Country" for e in self.r.from_token(o))]
            if not target_tokens and trigger.pos_ == "NOUN" and trigger.lemma_.lower() in GROUND_ASSAULTS:
                # "repelled a Russian assault near Pokrovsk": the town fought for (a strike "near" a town hit
                # somewhere else: "the attack near Lviv" was on a base outside it)
                target_tokens = [o for o in prep_objects(trigger, {"near"})
                                 if any(e.type in ("City", "Region") for e in self.r.from_token(o))]
            if not target_tokens and trigger.pos_ == "NOUN":
                # "the Kharkiv strike", "the Golan Heights attack": the place the noun is named for (a
                # state before it is its attacker: "Israeli strikes", "Russia's attack")
                target_tokens = [m for m in left_modifiers(trigger) if m.dep_ == "compound" and m.head == trigger
                                 and m.ent_type_ in ("GPE", "LOC", "FAC") and any(
                                     e.type in ("City", "Region", "Facility", "Place") for e in self.r.from_token(m))]
        # talks are no target, nor is where they were: "after the invasion, at tense talks in Turkey"
        target_tokens = [t for t in target_tokens if t.pos_ != "NOUN" or classify(t) not in ("Meeting", "Call")]
        # (a time of day names no target: "an attack at 3:00 am (0000 GMT)" is not on GMT)
        targets = _distinct([t for tok in target_tokens if tok.ent_type_ != "TIME" for t in self.targets(tok)])
        if fighters_killed and targets:
            # "US airstrikes killed three militants in Somalia": the armed group the article names in that state,
            # not the state (nor its towns); no one when the article names none
            states = {t.key if t.type == "Country" else t.country for t in targets}
            groups = [g for st in states if st in self.gaz.entities
                      for g in [self.r.group_of(self.gaz.entities[st])] if g is not None]
            targets = [g for g in _distinct(groups) if g not in attackers]
            if not targets:
                return None
        if not targets and trigger.pos_ != "VERB" and target_tokens and verb is not None:
            # "made strikes on airfields near Luhansk and Berdyansk", the place hanging from the verb
            facilities, places = self._sites(target_tokens, prep_objects(verb, {"near", "in", "at"}))
            # (or "airstrikes on insurgent targets in and around X": targets, positions or sites there)
            generic = all(t.lemma_.lower() in ("target", "position", "site", "hideout", "stronghold") for t in target_tokens)
            targets = _distinct(facilities + places) if facilities or generic else []
        if not targets and trigger.pos_ != "VERB" and target_tokens and aimed_where:
            facilities, places = self._sites([x for t in target_tokens for x in (t, *t.conjuncts)],
                                             aimed_where)   # "strikes targeting the seaport and airport in X"
            targets = _distinct(facilities + places)
        if not targets and trigger.pos_ != "VERB" and target_tokens:
            # "attacks on energy facilities in several regions, including Lviv", "strikes on
            # infrastructure across Ukraine": what it hit names no place; where it hit does
            facilities, places = self._sites(target_tokens, prep_objects(trigger, {"in", "across", "throughout"}))
            targets = _distinct(facilities + places)
        if not targets and lemma == "open" and trigger.pos_ == "VERB":   # classified only when it opens fire
            # "opened fire on crowds near an aid site in Rafah": who was fired on names no place; where
            targets = _distinct([p for tok in target_tokens for p in self._places_within(tok)])
        if trigger.pos_ == "VERB" and targets and all(t.type == "Country" for t in targets):
            # "struck a Russian ammunition depot in Belgorod": a site's town or region on the verb is
            # where (the object's modifier named only whose it is; a state's ships, convoys and
            # positions are the state)
            within = [p for o in prep_objects(trigger, {"in", "near"}) for p in self.targets(o)
                      if p.type in ("City", "Region") and not _water(p)]
            if within and objects(trigger) and all(o.pos_ == "NOUN" and self.r.facility(o, within) is not None
                                                   for o in objects(trigger)):
                targets = _distinct(within)
        if trigger.pos_ == "VERB" and not any(t.type == "Facility" for t in targets):
            targets = self._with_facilities(trigger, targets)  # "attacked a refinery in Ryazan", the place on the verb
        targets = _distinct(targets + victims)
        # a sea beside what was hit in it is where, not a target ("ships in Haifa port and the Mediterranean")
        targets = [t for t in targets if not _water(t)] or targets
        attackers = _distinct([self.r.fighting(a) for a in attackers])
        # a weapon is what strikes, never who: "American B-2 bombers struck X" is the US with B-2s
        armed_with = [a for a in attackers if a.type == "WeaponSystem"]
        attackers = [a for a in attackers if a.type != "WeaponSystem"]
        targets = [t for t in targets if t not in attackers]
        if attackers and not targets and trigger.pos_ == "NOUN" and not _terror(trigger):
            # "Israel launched a ground offensive in Lebanon", "Russia carried out airstrikes in Syria": a
            # state's attack in another state, no place in it named, is on that state
            # (an armed group's own state is its war's ground: "M23 launched an offensive in eastern DRC")
            held = [trigger] + ([trigger.head] if trigger.dep_ == "dobj" else [])   # ("launched strikes in Syria")
            targets = [c for h in held for o in prep_objects(h, {"in"}) for c in self.targets(o)
                       if c.type == "Country" and c not in attackers][:1]

        if attackers and not targets and trigger.pos_ == "NOUN" and (defending := _resisted_by(trigger)):
            # "Ukraine has fought to repel a brutal Russian invasion", "Ukraine is defending itself against
            # Russia's invasion": the invasion is on the side that repels it
            targets = [d for d in (self.r.as_belligerent(a) for a in self.agents(defending))
                       if d.type == "Country" and d not in attackers]
        if trigger.pos_ == "VERB" and attackers and targets:
            targets += self._harmed_places(trigger, attackers, targets)
        # a state does not attack its own towns: "Russian and Ukrainian officials ... bombardment of Mariupol"
        homes = {t.country for t in targets if t.country} | {t.key for t in targets if t.type == "Country"}
        if len(attackers) > 1:
            attackers = [a for a in attackers if a.key not in homes] or attackers
        if attackers:  # the article's frame: who is attacking, even where this sentence names no target
            self.frames.append((self.sentence_no, attackers))
        if attackers and not targets:  # "fired missiles on what it said were camps in Pakistan"
            targets = [t for tok in target_tokens for t in self._places_within(tok) if t not in attackers]
            if targets:
                self._doubt(PLACES_WITHIN)
        if (not targets or any(t.lemma_.lower() in PLACE_NOUNS and t.tag_ == "NNS" for t in target_tokens)) and (
                ranged := self._range_places(trigger)):   # "regions were targeted ..., from Kharkiv to Odesa"
            targets += [t for t in ranged if t not in attackers and t not in targets]
        framed: list[dict[str, list[Entity]]] = []
        if not attackers and targets and not _terror(trigger) and not unnamed_doers(trigger) and not (
                lemma == "operation" and trigger.tag_ == "NNS" and not any(c.dep_ in ("det", "poss") for c in trigger.children)):
            # (operations told in general, "a mainstay for counterterrorism operations in the Mideast", are no one's)
            # (a terror attack is no side's of the war told; nor one done by fighters left unnamed: "the group of
            # terrorists who raided X")
            # "X's retaliation for an attack on Y", "X fired rockets in retaliation to a strike on Y": whoever
            # made the attack, not X answering it (passed as if X held the ground, so that the frame skips X)
            answering = {a.key for a in self.agents([c for c in trigger.head.head.children if c.dep_ == "poss"]) +
                         self._forces(_clause_subjects(trigger))} if _answered(trigger) else set()
            ranged = any(t.lemma_.lower() in RANGED_WEAPONS for t in trigger.sent)
            # ("Russia's Crimean Bridge was bombed": its owner's ground, which the owner did not attack)
            owners = {s.key for t in target_tokens for c in t.children if c.dep_ == "poss"
                      for s in [self.r.state_of(c)] if s is not None and s.type == "Country"}
            attackers = [a for a in self._frame_attackers(targets, self._holders(trigger.sent) | answering, ranged)
                         if a.key not in answering | owners]
            framed = self._framed_per_side(targets, self._holders(trigger.sent))
            if attackers:
                self._doubt(FRAME_ATTACKER)
        if attackers and not targets and trigger.pos_ == "NOUN" and \
                lemma_in(_with_carrier(trigger)[0] or trigger, STRIKING_BACK) and \
                (answered := next((f for f in reversed(self.frames) if not set(f[1]) & set(attackers)), None)) and \
                self.sentence_no - answered[0] <= 1:
            # "A fired rockets into B's province. B retaliated with airstrikes": on the one it answers (the
            # attack of another told in this sentence or the one before)
            targets = [a for a in answered[1] if a.type in ("Country", "Organization")]
        if attackers and not targets and (where := _where_clause(trigger)) is not None:
            # "the Kursk region, where Ukraine launched an offensive": the place the clause is on
            targets = [t for t in self.targets(where) if t not in attackers]
        if attackers and not targets and lemma in ("launch", "fire") and trigger.dep_ == "ccomp":
            # "Ukraine's air force reported that Russia launched 653 drones": at the state whose forces tell it
            tellers = [self.r.as_belligerent(a) for a in self.agents(subjects(trigger.head))]
            targets = [t for t in tellers if t.type == "Country" and t not in attackers][:1]
            if targets:
                self._doubt(PLACES_HIT)
        if attackers and not targets and trigger.pos_ == "VERB" and lemma not in ("launch", "fire", "shoot"):
            targets = self._with_facilities(trigger, self._places_hit(trigger, attackers))  # "struck its refinery"
            if targets:
                self._doubt(PLACES_HIT)
        if attackers and not targets and (clause := trigger if trigger.pos_ == "VERB" else verb) is not None:
            targets = self._shaken(clause, attackers, trigger if trigger.pos_ == "NOUN" else None)
            # ("Kyiv was rocked by explosions as Russia launched an attack")
            if targets:
                self._doubt(PLACES_HIT)
        if attackers and not targets and (not target_tokens or trigger.pos_ == "VERB" and
                                          not any(self.r.from_token(t) for t in target_tokens)):
            # "Cambodia accused Thailand of launching heavy bombardments": an attack told with no target,
            # which a state accuses another of, hit the accuser
            targets = [a for a in self.agents(_accusers(trigger if trigger.pos_ == "VERB" else verb))
                       if a.type == "Country" and a not in attackers]
            if targets:
                self._doubt(PLACES_HIT)
        # a sea is not struck: what is, is shipping in it ("attacks on shipping in the Red Sea")
        targets = [t for t in targets if not _water(t)]
        # nor is a region of many states where something in it was ("US air bases in the Middle East": the bases)
        wide = [t for t in targets if t.type == "Region" and not t.country and t.key in self.gaz.entities]
        if wide and len(wide) < len(targets):
            targets = [t for t in targets if t not in wide]
        if attackers and not targets and _told_before(trigger) and all(a.type != "Person" for a in attackers):
            # "X was struck overnight. The strike was carried out by Ukrainian drones": the attack just
            # told without its attacker (or the article's first, in its lead: a headline's), now given one
            told = [u for u in (self.unclaimed, self.lead_unclaimed) if u is not None and (
                self.sentence_no - u[0] <= UNCLAIMED_SENTENCES or u is self.lead_unclaimed and
                self.sentence_no <= LEAD_SENTENCES)]
            told_targets: list[Entity] = []
            if told:   # the attack just told: every target its sentence gave it ("X was hit by attacks targeting
                # A and B": one assault told by several words), else those it was last said to have
                sentence, last = told[0]
                told_targets = [t for n, hit in self.all_unclaimed if n == sentence for t in hit] or last
            targets = [t for t in _distinct(told_targets) if t not in attackers]
            if not targets and trigger.tag_ == "NNS" and claimed:
                # "Drones hit X ... A strike hit Y ... The army blamed the attacks on Z": the attacks told
                # without their attacker in the sentences before, all of them (laid at someone: not "the
                # Kenyan airstrikes" that answered them)
                targets = _distinct([t for n, hit in self.all_unclaimed if self.sentence_no - n <= UNCLAIMED_PLURAL
                                     for t in hit if t not in attackers])
            if targets:
                self._doubt(FRAME_ATTACKER)
        if targets and not attackers:
            self.unclaimed = (self.sentence_no, targets)
            self.all_unclaimed.append(self.unclaimed)
        elif not targets and not attackers and self.unclaimed is not None and trigger.pos_ == "NOUN" and \
                self.sentence_no - self.unclaimed[0] <= UNCLAIMED_SENTENCES and trigger.dep_ in ("attr", "nsubj") \
                and trigger.head.lemma_.lower() == "be" and (
                    _told_before(trigger) or any(c.dep_ == "poss" for c in trigger.children)):
            # "This was the region's deadliest attack": said of again, still without its attacker (not
            # an attack merely named again, "in the pre-dawn raid", after which another side's may follow)
            self.unclaimed = (self.sentence_no, self.unclaimed[1])
            if not self.frames and self.lead_unclaimed is None:
                self.lead_unclaimed = self.unclaimed
        # a leader does not attack their own state ("Zelensky agreed to hold a meeting over missile attacks on
        # Ukraine": the attacks are the meeting's matter, not his)
        own = {a.country for a in attackers if a.type == "Person" and a.country}
        targets = [t for t in targets if not (t.type == "Country" and t.key in own)]
        if not attackers or not targets:
            return None
        roles = {"attacker": attackers, "target": targets}
        self.last_targets = targets
        weapons = self._weapons_in(trigger) if trigger.pos_ != "VERB" else \
            [w for o in objects(trigger) for w in self._weapons_in(o)]
        weapons += [w for w in armed_with if w not in weapons]
        if weapons:
            roles["weapon"] = weapons
        if framed and {t.key for r in framed for t in r["target"]} == {t.key for t in targets}:
            # "Explosions were reported in Tehran, Tel Aviv and Jerusalem", in a war told of both sides:
            # each side's places hit by the other
            return [{**roles, **r} for r in framed]
        return roles

    def _framed_per_side(self, targets: list[Entity], holders: set[str]) -> list[dict[str, list[Entity]]]:
        """Places of two or more states hit in one sentence with no attacker named: the frame's
        attacker for each state's places (none unless every state's get one, and not all the same)."""
        by_state: dict[str | None, list[Entity]] = {}
        for t in targets:
            by_state.setdefault(t.key if t.type == "Country" else t.country, []).append(t)
        if len(by_state) < 2 or None in by_state:
            return []
        found = [{"attacker": self._frame_attackers(group, holders), "target": group} for group in by_state.values()]
        if not all(r["attacker"] for r in found) or len({tuple(a.key for a in r["attacker"]) for r in found}) < 2:
            return []
        return found

    def _mediators(self, trigger: Token) -> list[Entity]:
        """The people who mediated, brokered or chaired the talks a trigger tells ("talks mediated
        by X", "the talks were chaired by X", "met in Doha, mediated by X"); states that mediate
        from afar are not named here."""
        verbs = [c for c in trigger.children if c.dep_ in ("acl", "relcl", "advcl") and c.lemma_.lower() in MEDIATING]
        # "a meeting with X, hosted by Y": the parser hangs the participle on the last one met
        verbs += [c for o in prep_objects(trigger, {"with"}) for x in (o, *o.conjuncts, *[
                      a for a in o.children if a.dep_ == "appos"]) for c in x.children   # ("his counterpart, X, hosted by Y")
                  if c.dep_ == "acl" and c.tag_ == "VBN" and c.lemma_.lower() in MEDIATING]
        if trigger.dep_ == "nsubjpass" and trigger.head.lemma_.lower() in MEDIATING:
            verbs.append(trigger.head)
        return [a for a in self.agents([x for o in _by_agents(verbs) for x in (o, *o.conjuncts)]) if a.type == "Person"]

    def _done_by(self, verbs: list[Token]) -> list[Entity]:
        """Who the by-phrases of passive verbs name as having done an attack: agents, else the
        states their words name ("... by two Ukrainian sea drones")."""
        by = _by_agents(verbs)
        return self.agents(by) or self._states_in(by)

    def _forces(self, tokens: list[Token]) -> list[Entity]:
        """Who the attackers named are: an insurgent or paramilitary force named by its state's
        demonym ("an Iraqi militia", "Syrian rebels", "Sudanese paramilitary forces") is the armed
        group of that state the article names, not the state or its army (no one when it names none
        or several)."""
        found = self.agents(tokens)
        irregular = any(t.lemma_.lower() in IRREGULARS or any(m.lower_ == "paramilitary" for m in left_modifiers(t))
                        for t in tokens)   # ("Sudanese paramilitary forces": not the Sudanese army)
        states = [a if a.type == "Country" else self.gaz.entities.get(a.country or "") for a in found]
        if irregular and found and all(st is not None and st.type == "Country" for st in states):
            return _distinct([g for st in states for g in [self.r.group_of(st)] if g is not None])
        return found

    def _intercepted(self, verb: Token, flying: list[Token]) -> dict[str, list[Entity]] | None:
        """Weapons in flight shot down tell of an attack by whoever launched them: "Ukraine's air
        force said it shot down 59 of 102 Russian drones" is Russia's attack on Ukraine, "several
        rockets were intercepted over Haifa" an attack on Haifa by the article's attacker. The launcher
        is the weapons' state ("Russian drones", not "Iranian-made drones"), who launched or fired
        them ("launched by Russia", "fired from Lebanon"), else the article's frame; the target is
        where they were downed, else the state that downed them."""
        launchers: list[Entity] = []
        for weapon in flying:
            for mod in left_modifiers(weapon):
                made = mod.i + 2 < len(mod.doc) and mod.nbor(1).text == "-" and mod.nbor(2).lemma_.lower() in MADE
                state = None if made else self.r.state_of(mod)
                if state is not None and state.type in ("Country", "Organization") and state not in launchers:
                    launchers.append(state)
            for clause in weapon.children:
                if clause.dep_ == "appos" and clause.ent_type_ in ("GPE", "ORG", "NORP"):
                    launchers += self.agents([clause])     # "the 70 drones Russia launched", read as apposition
                elif clause.dep_ in ("acl", "relcl"):      # "launched by Russia", "(that) Russia fired"
                    launchers += self.agents(prep_objects(clause, {"by"}) + subjects(clause))
                    launchers += [self.r.group_of(s) or s for s in self._states_in(prep_objects(clause, {"from"}))]
            if any(self.targets(o) for c in weapon.subtree for o in prep_objects(c, AIM_PREPS) + (
                    objects(c) if c.lemma_.lower() in ("target", "aim") else [])):
                return None   # "drones Russia fired at Ukraine", "a missile targeting Eilat": that is the attack
        # where they were downed: "over X", "over the Black Sea, over Crimea, and over the Kursk region" (the
        # parser hangs each "over" somewhere else: on the verb, as its conjunct, on the place before)
        preps = [c for x in (verb, *flying) for c in x.children if c.pos_ == "ADP" and c.dep_ in ("prep", "conj")
                 and c.lower_ in DOWNED_OVER]
        for p in preps:
            preps += [c for o in p.children if o.dep_ == "pobj" for c in o.children
                      if c.dep_ == "prep" and c.lower_ in DOWNED_OVER and c not in preps]
            preps += [c for c in p.conjuncts if c.pos_ == "ADP" and c.lower_ in DOWNED_OVER and c not in preps]
        where = [t for p in preps for o in p.children if o.dep_ == "pobj" for t in self.targets(o) if not _water(t)]
        downers = subjects(verb) + prep_objects(verb, {"by"})
        if downers and all(d.pos_ == "PRON" or any(c.dep_ == "poss" and c.pos_ == "PRON" for c in d.children)
                           for d in downers) and verb.dep_ == "ccomp":
            downers = subjects(verb.head)   # "it" or "its air defences": who said so
        defenders = [w for w in _distinct([self._state_of_person(a) for a in self.agents(downers)] +
                                          self._states_in(downers, besides=frozenset({"by", "from"})))
                     if w.type == "Country"]   # (not who gave the jets: "the jets from the delivery by Denmark")
        launchers = _distinct([self.r.fighting(a) for a in launchers if a.type != "WeaponSystem"])
        if verb.dep_ == "xcomp" and verb.head.lemma_.lower() in HELPING or any(
                c.dep_ == "aux" and c.lemma_.lower() in HELPING for c in verb.children):
            defenders = []   # "the US helped intercept Iranian missiles": not what they were fired at
        targets = [t for t in _distinct(where or defenders) if t not in launchers]
        if not launchers and targets and not any(left_modifiers(w) and {m.lower_ for m in left_modifiers(w)} & UNKNOWN
                                                 for w in flying):
            # no launcher named: the article's attacker, unless that is who downed them
            framed = self._frame_attackers(targets, self._holders(verb.sent), ranged=True)
            if framed and not set(framed) & set(defenders):
                launchers = framed
                self._doubt(FRAME_ATTACKER)
        if not launchers or not targets:
            return None
        self.frames.append((self.sentence_no, launchers))
        self.last_targets = targets
        roles = {"attacker": launchers, "target": targets}
        weapons = [w for x in flying for w in self._weapons_in(x)]
        if weapons:
            roles["weapon"] = _distinct(weapons)
        return roles

    def _killed(self, trigger: Token) -> list[Entity]:
        """Whom an attack killed, when the article names them or their armed group: "the strike on
        Dahiya killed Ibrahim Akil, a commander of Hezbollah's Radwan Force" hit Akil and Hezbollah
        (not "killed 14 people": no one named)."""
        harm = trigger if trigger.pos_ == "VERB" and lemma_in(trigger, KILLING) else \
            trigger.head if trigger.dep_ == "nsubj" and lemma_in(trigger.head, KILLING) else \
            next((c for c in trigger.children if c.dep_ == "relcl" and lemma_in(c, KILLING)   # "a strike that killed X"
                  and not any(n.dep_ == "neg" for n in c.children)), None) if trigger.pos_ == "NOUN" else None
        if harm is None:   # "the strike targeted Fuad Shukr", "Israel targeted X": someone named aimed at was hit
            aimed = trigger if trigger.pos_ == "VERB" else trigger.head if trigger.dep_ == "nsubj" else None
            if aimed is not None and aimed.lemma_.lower() == "target" and aimed.pos_ == "VERB" and any(
                    o.ent_type_ == "PERSON" for o in objects(aimed) + passive_subject(aimed)):
                harm = aimed
        if harm is None and trigger.pos_ == "NOUN" and trigger.dep_ == "pobj" and trigger.head.lower_ == "in" and \
                lemma_in(trigger.head.head, KILLING | {"martyr"}) and passive_subject(trigger.head.head):
            harm = trigger.head.head   # "X was killed (martyred) in an attack by Y": X was hit
        if harm is not None:
            killed = objects(harm) + passive_subject(harm)
        elif trigger.pos_ == "NOUN" and trigger.lemma_.lower() in SLAYINGS:
            killed = prep_objects(trigger, {"of"})   # "the assassination of Ismail Haniyeh"
        else:
            return []
        out: list[Entity] = []
        for victim in (x for o in killed for x in (o, *o.conjuncts)):
            people = [e for e in self.r.from_token(victim) if e.type == "Person"]
            if not people and victim.lemma_.lower() in LEADING_NOUNS:
                # "killed the leader of the Hezbollah movement, Hassan Nasrallah": the name that ends the phrase,
                # hung by the parser on the movement
                last = victim.right_edge
                people = [e for e in self.r.from_token(last) if e.type == "Person"] if (
                    last.dep_ == "appos" and last.ent_type_ == "PERSON") else []
            groups = [g for t in victim.subtree for g in [self.r.state_of(t)] if g is not None and g.key in self.gaz.armed]
            if not people and states_official(victim):   # "killed a South Korean fisheries official": the state's
                groups += [s for t in victim.subtree if t.i < victim.i and t.ent_type_ in ("NORP", "GPE")
                           for s in [self.r.state_of(t)] if s is not None and s.type == "Country"]
            out += people + groups
        return _distinct(out)

    def _harmed_places(self, verb: Token, attackers: list[Entity], targets: list[Entity]) -> list[Entity]:
        """"X fired rockets at northern Israel, wounding a man in Tiberias", "X shelled the region,
        killing four people in Chuhuiv": the town, region or facility where the attack did harm, told
        in a participle after it, is hit too (not a country: "killing two Israelis in Lebanon" names
        where, the country is no new target)."""
        homes = {a.key for a in attackers}
        out: list[Entity] = []
        for clause in verb.children:
            if clause.dep_ not in ("advcl", "conj") or clause.tag_ != "VBG" or not (
                    lemma_in(clause, HARM_VERBS) or fire_preps(clause) or clause.lemma_.lower() in ("start", "spark")
                    and any(o.lemma_.lower() in ("fire", "blaze") for o in objects(clause))):
                continue
            where = [o for t in clause.subtree if t.dep_ == "prep" and t.lower_ in ("in", "at", "near") and _told_by(t, clause)
                     for o in t.children if o.dep_ == "pobj"]   # not "killing a man who had lived in X"
            for place in [p for o in where for p in self.targets(o)]:
                if place.type in ("City", "Region", "Facility", "Place") and place.country not in homes \
                        and place not in targets + out + attackers:
                    out.append(place)
        return out

    def _shaken(self, verb: Token, attackers: list[Entity], noun: Token | None = None) -> list[Entity]:
        """"Kyiv was rocked by explosions as Russia launched a missile attack", "explosions were heard
        across Odesa when Russian drones struck": an attack told with no target in a clause of time
        hits the place its main clause says was shaken, hit or heard it; so does an attack noun the
        clause is "after" ("explosions rocked X after a Ukrainian strike")."""
        if verb.dep_ == "advcl" and any(c.dep_ in ("mark", "advmod") and c.lower_ in ("as", "when", "while", "after")
                                        for c in verb.children):
            main = verb.head
        elif noun is not None and noun.dep_ == "pobj" and noun.head.lower_ in ("after", "following", "amid") and \
                noun.head.head == verb:
            main = verb   # "explosions rocked Melitopol after a Ukrainian strike"
        else:
            return []
        if not lemma_in(main, SHAKEN_VERBS | HARM_VERBS):
            return []
        where = passive_subject(main) + objects(main) + prep_objects(main, {"in", "across", "throughout", "over"})
        homes = {a.key for a in attackers}
        return _distinct([t for tok in where for t in self.targets(tok)
                          if t.key not in homes and t.country not in homes and t not in attackers])

    def _sites(self, things: list[Token], where: list[Token]) -> tuple[list[Entity], list[Entity]]:
        """The places the phrases `where` name, and the facilities among `things` there."""
        places = [p for o in where for p in self.targets(o)]
        return [f for f in (self.r.facility(o, places) for o in things) if f is not None], places

    def _with_facilities(self, verb: Token, places: list[Entity]) -> list[Entity]:
        """The places, after the facility each object of the verb names there: "attacked a
        refinery" with Ryazan named -> the Ryazan refinery, then Ryazan."""
        out = list(places)
        for obj in objects(verb):
            facility = self.r.facility(obj, out)
            if facility is not None:
                out = _with_facility(facility, out)
        return out

    def _states_in(self, tokens: list[Token], skip: Token | None = None, besides: frozenset[str] = frozenset()) \
            -> list[Entity]:
        """The states a phrase names by demonym or name: "debris from a Ukrainian drone attack";
        none of those in `skip`'s subtree, nor under a place's preposition or one of `besides`."""
        out: list[Entity] = []
        skipped = {t.i for t in skip.subtree} if skip is not None else set()
        for token in tokens:
            for tok in token.subtree:
                if tok.i in skipped or _under_prep(tok, token, PLACE_PREPS | besides):
                    continue   # "a US-led campaign in Yemen": where it is, not whose
                state = self.r.state_of(tok) if tok.pos_ in ("ADJ", "PROPN") else None
                if state is not None and state.type == "Country" and state not in out:
                    out.append(state)
        return out

    def _places_within(self, token: Token) -> list[Entity]:
        """Places named anywhere inside a target phrase, however deep the parse put them."""
        out: list[Entity] = []
        if _setting(token):
            return out   # "launched drones against the backdrop of talks in X": nothing aimed at X
        # not inside a clause with a subject of its own that tells a time ("an attack at a time when
        # Ukraine and America are working to stop it") or an attack of its own ("the factories making the
        # missiles that Iran fired at Israel", "the port the Houthis used for attacks on Eilat"): its
        # places are not the target's
        clauses = [t for t in token.subtree if t.dep_ in ("relcl", "advcl", "acl", "ccomp") and t != token
                   and any(c.dep_ in ("nsubj", "nsubjpass") for c in t.children)
                   and (any(c.dep_ in ("advmod", "mark") and c.lower_ in TIME_MARKS for c in t.children)
                        or any(classify(x) == "Attack" for x in t.subtree))]
        clauses += [t for t in token.subtree if t != token and _setting(t)]   # "... in response to attacks on X"
        for ent in token.doc.ents:
            if not (token.left_edge.i <= ent.start and ent.end <= token.right_edge.i + 1) or _directional(ent.root) \
                    or any(c.left_edge.i <= ent.start <= c.right_edge.i for c in clauses):
                continue
            if ent.label_ in ("GPE", "LOC", "FAC"):
                places = self.r.listed_regions(ent.root, whole=True) or [self.r.as_place(self.r.from_span(ent))]
            else:   # a name the model took for a person or body where the phrase names a place ("the area of X")
                places = [p for p in [self.r.from_span(ent)] if ent.label_ in ("PERSON", "ORG")
                          and p is not None and p.type in ("City", "Region")]
            near = ent.root.dep_ == "pobj" and ent.root.head.lower_ in ("near", "outside")   # "a base near Poland"
            out += [p for p in places if p is not None and p not in out and not (near and p.type == "Country")]
        return out

    def _places_hit(self, trigger: Token, attackers: list[Entity]) -> list[Entity]:
        """"A hospital in Kyiv was damaged when a Russian missile struck its building": when the
        attack's own object names nothing, the city, region or facility the sentence is about."""
        attacker_tokens = {t.i for s in subjects(trigger) for t in s.subtree}
        # nor a place in the setting ("in response to the attacks on X")
        attacker_tokens |= {x.i for t in trigger.sent if _setting(t) for x in t.subtree}
        homes = {a.key for a in attackers}
        out: list[Entity] = []
        for ent in trigger.sent.ents:
            if ent.label_ not in ("GPE", "LOC", "FAC") or ent.root.i in attacker_tokens:
                continue
            if ent.root.head.lower_ == "from" or ent.root.dep_ in ("compound", "amod", "poss") or _directional(ent.root) \
                    or ent.end < len(ent.doc) and ent.doc[ent.end].text == "-" and not ent.doc[ent.end - 1].whitespace_ \
                    or ent.root.head.lower_ == "in" and ent.root.head.head.lemma_.lower() in SAYING \
                    or any(a.dep_ == "prep" and a.lower_ == "off" for a in ent.root.ancestors if a.i > trigger.i):
                # "drones launched from Lebanon"; "Black Sea regions" (a modifier, not the place); "Moscow-installed";
                # "In Moscow, the defence ministry said ...": where it was said; "seized the island off the port
                # of Odesa": what it lies off, not what was hit
                continue
            places = self.r.listed_regions(ent.root, whole=True) or [self.r.as_place(self.r.from_span(ent))]
            out += [p for p in places if p is not None and p.type in ("City", "Region", "Facility", "Place")
                    and p.country not in homes and p not in out]
        return out

    def _range_places(self, trigger: Token) -> list[Entity]:
        """"15 regions were targeted, officials said, from the regions of Kharkiv and Dnipro to the
        port city of Odesa, as well as the capital, Kyiv": the towns and regions a from-to range of
        places in the attack's sentence names, when the attack itself names none."""
        out: list[Entity] = []
        for start in (t for t in trigger.sent if t.dep_ == "prep" and t.lower_ == "from"):
            first = [o for o in start.children if o.dep_ == "pobj" and (
                o.lemma_.lower() in PLACE_NOUNS or o.ent_type_ in ("GPE", "LOC"))]
            heads = (*first, start, start.head, *([start.head.head] if start.head.pos_ in ("NOUN", "PROPN") else []))
            ends = [o for h in heads for t in h.children if t.dep_ == "prep" and t.lower_ == "to" and t.i > start.i
                    for o in t.children if o.dep_ == "pobj"]   # (the parser hangs the "to" on any of these)
            if not first or not ends:
                continue
            for tok in (*first, *ends, *(c for c in start.conjuncts if c.pos_ in ("NOUN", "PROPN"))):
                out += [p for p in self.targets(tok) if p.type in ("City", "Region", "Facility") and p not in out]
        return out

    def _exchange(self, verb: Token) -> list[dict[str, list[Entity]]] | None:
        """"India and Pakistan exchanged fire": each side attacked the other. "The two armies
        exchanged shelling": the sides of the attack just told."""
        sides = self.agents(subjects(verb))
        if len(sides) != 2 and any(_refers_back(s) for s in subjects(verb)):
            last = _distinct(self.frames[-1][1] + [t for t in self.last_targets if t.type == "Country"]
                             if self.frames else [])
            sides = last[:2] if len(last) >= 2 else self._paired_states()
            if len(sides) == 2:
                self._doubt(FRAME_ATTACKER)
        sides = [self.r.as_belligerent(s) for s in sides]
        if len(sides) != 2:
            return None
        return self._each_other(*sides)

    def _reciprocal(self, trigger: Token) -> list[dict[str, list[Entity]]] | None:
        """"Israel and Iran launched strikes against each other", "the two armies shelled one
        another": the two sides the clause's subject names attacked each other. None when the
        attack is not aimed at "each other" or the subject is not two warring sides."""
        verb = trigger if trigger.pos_ == "VERB" else governing_verb(trigger)
        if verb is None:
            return None
        aimed = objects(verb) + prep_objects(verb, AIM_PREPS) + (
            prep_objects(trigger, AIM_PREPS) if trigger is not verb else [])
        if not any(_is_reciprocal(x) for t in aimed for x in (t, *(c for c in t.children if c.dep_ == "poss"))):
            # (or what is theirs: "shelled each other's positions")
            return None
        return self._clash(self.agents([x for s in subjects(verb) for x in (s, *s.conjuncts)]))

    def _blamed_each_other(self, trigger: Token) -> list[dict[str, list[Entity]]] | None:
        """"X and Y each said the other had launched attacks", "X and Y accused each other of
        shelling the border": each side says the other attacked; both attacks, as the text gives
        no one's word above the other's. None unless the attack is so told of two warring sides."""
        verb = trigger if trigger.pos_ == "VERB" else governing_verb(trigger)
        if verb is None or trigger is verb and any(classify(o) == "Attack" for o in objects(verb)):
            return None   # "the other launched attacks": the attack noun tells it
        if verb.dep_ == "ccomp" and any(d.lower_ == "other" and any(c.lower_ == "the" for c in d.children)
                                        for d in subjects(verb)):
            teller = verb.head
        elif verb.dep_ == "pcomp" and verb.head.dep_ == "prep" and lemma_in(verb.head.head, ACCUSING) and \
                any(_is_reciprocal(o) for o in objects(verb.head.head)):
            teller = verb.head.head
        else:
            return None
        # the tellers: "X and Y", or "each" with them ("X and Y each said", parsed as "each" of them)
        tellers = [x for s in subjects(teller) for h in ([c for c in s.children if c.dep_ in ("nmod", "compound")]
                                                           if s.lower_ == "each" else [s]) for x in (h, *h.conjuncts)]
        return self._clash(self.agents(tellers))

    def _clash(self, sides: list[Entity], people: bool = False) -> list[dict[str, list[Entity]]] | None:
        """Two states' or armed groups' forces clashing attacked each other; people clashing
        ("Trump clashed with Zelensky") or crowds clashing with police did not. Two people at war
        (`people`: "X has been at war with Y") are the sides they lead."""
        sides = _distinct([self.r.as_belligerent(s) for s in sides])
        if len(sides) != 2 or not all(s.type == "Country" or s.key in self.gaz.armed or people and s.type == "Person"
                                      for s in sides):
            return None
        return self._each_other(*sides)

    def _each_other(self, a: Entity, b: Entity) -> list[dict[str, list[Entity]]]:
        """Two sides that attacked each other: both attacks, the sides noted as the article's frame
        and as the last targets, for what follows."""
        self.frames.append((self.sentence_no, [a, b]))
        self.last_targets = [a, b]
        return [{"attacker": [a], "target": [b]}, {"attacker": [b], "target": [a]}]

    def _holders(self, sent: Span) -> set[str]:
        """The states the sentence says hold ground: "Pakistan-administered Kashmir", "Russian-occupied
        Melitopol", "Houthi-controlled areas"."""
        out = set()
        for tok in sent:
            if tok.lower_ in ("administered", "controlled", "held", "occupied", "run") and tok.i >= 2 and \
                    tok.nbor(-1).text == "-":
                holder = self.r.state_of(tok.nbor(-2))
                if holder is not None:
                    out.add(holder.key)
            elif tok.pos_ == "NOUN" and (tok.lemma_.lower() in FACILITY_NOUNS or tok.lemma_.lower() == "installation"):
                # "the Nevatim Air Base, a critical Israeli military installation, was among the targets": Israel's
                out |= {state.key for m in tok.children if m.dep_ in ("amod", "compound") and m.i < tok.i
                        for state in [self.gaz.country_of_demonym(m.text)] if state is not None}
        return out

    def _frame_attackers(self, targets: list[Entity], holders: set[str] = frozenset(),
                         ranged: bool = False) -> list[Entity]:
        """An attack told without its attacker ("a barrage of rockets hit the city") is by whoever
        the article's lead reports attacking, else whoever it has just reported attacking, unless
        the target is their own ground, or ground the sentence says they hold. With no attacker
        reported yet, drones, missiles or shells (`ranged`) that hit a party's own ground in a
        known war are its foe's ("In Russia, a drone attacked an oil depot"), unless its foe holds
        or has held that ground."""
        targets_keys = {t.key for t in targets} | set(holders)
        # ground held by another ("Russian-occupied Nova Kakhovka") is not its state's own to strike
        taken = targets_keys | ({t.country for t in targets if t.country} if not holders else set())
        # nor is an armed group of the state struck its attacker ("jets struck southern Lebanon": not Hezbollah)
        home_groups = {a.key for _, attackers in self.frames for a in attackers if a.country and a.country in taken}
        taken |= home_groups
        frames = [(n, [a for a in attackers if a.type != "Person"]) for n, attackers in self.frames]   # sides, not people
        frames = [(n, attackers) for n, attackers in frames if attackers]
        here = [a for n, attackers in frames if n == self.sentence_no for a in attackers if a.key not in targets_keys | home_groups]
        if here:   # "reported Ukrainian attacks overnight, saying drones were shot down over X": this sentence's attacker
            return _distinct(here)
        if frames and self.sentence_no - frames[0][0] <= LEAD_SENTENCES:
            # the article's first attacker sets its frame (even on ground it calls another's: occupied towns)
            lead = [a for a in frames[0][1] if a.key not in targets_keys | home_groups]
            if lead and all(a.key in taken for a in lead):   # on the lead's own ground: another side, if any,
                others = [a for _, attackers in reversed(frames) for a in attackers if a.key not in taken]
                # or, where its own capital, or a city of its own its foe never held, is hit, its foe in a known
                # war (no state strikes its capital; "Kharkiv hit by missiles after Ukraine launches drone attack")
                foes = [f for a in lead if self.gaz.capitals.get(a.key) in targets_keys or any(
                            t.country == a.key and t.type == "City" and t.key not in self.gaz.held_by_foe for t in targets)
                        for f in self.gaz.foes(a.key)]
                own_city = any(all(t.key == self.gaz.capitals.get(a.key) or t.country == a.key and t.type == "City"
                                   and t.key not in self.gaz.held_by_foe for t in targets) for a in lead)
                # (only its own towns hit; occupied towns its own forces strike are not such: Berdiansk)
                lead = _distinct(others)[:1] or [self.r._seen(f) for f in _distinct(foes)[:1]] or (
                    [] if own_city else lead)
                # (else a war on ground it calls its own: occupied Crimea, Karabakh; but no state strikes its own
                # capital or towns: "Turkey struck PKK targets ... attackers opened fire at an Ankara company")
            else:   # a lead of two sides striking each other: the one whose ground it is not ("Israel and
                lead = [a for a in lead if a.key not in taken]   # Iran traded strikes ... explosions in Tehran")
            if lead:
                return lead
        for n, attackers in reversed(frames):
            if self.sentence_no - n > FRAME_SENTENCES:
                break
            fit = [a for a in attackers if a.key not in taken]
            if fit:
                return fit
        if not frames and ranged and not holders:
            return self._foe_of_ground(targets)
        return []

    def _foe_of_ground(self, targets: list[Entity]) -> list[Entity]:
        """The one foe, in a known war, of the one state whose own ground the targets are (none where
        that foe holds or has held it: conflicts.json's held_by_foe)."""
        states = {t.key if t.type == "Country" else t.country for t in targets}
        if len(states) != 1 or None in states or any(t.key in self.gaz.held_by_foe for t in targets):
            return []
        if all(t.type == "Country" for t in targets) and not any(f.key in self.r.entities for f in self.gaz.foes(
                next(iter(states)))):
            return []   # a state's people or troops hit ("shelling Russian peacekeepers" in Karabakh): not its
            # ground, and its foe in a known war, which the article never names, is no one told
        foes = _distinct(self.gaz.foes(states.pop()))
        return [self.r._seen(foes[0])] if len(foes) == 1 else []

    def targets(self, token: Token, depth: int = 0) -> list[Entity]:
        """What a target phrase names: an entity; else what it is at/of/in ("a training centre at
        the plant"); else the state its modifier names ("Ukrainian cities")."""
        out = []
        if _setting(token):
            return out   # "launched the initiative against the backdrop of X": no aim at X
        also = as_well_as(token)   # "struck Kharkiv as well as Odesa", Odesa hung elsewhere
        named_ships: set[Token] = set()
        for tok in (token, *[c for c in token.conjuncts if c.i > token.i], *_list_resumed(token), *_list_as_apposition(token),
                    *([also, *also.conjuncts] if also is not None else [])):
            if tok.pos_ == "NOUN" and tok.lemma_.lower() in PROJECTILES:
                continue   # "air defences targeting Russian drones": weapons in flight are intercepted, not attacked
            if tok.pos_ == "NOUN" and tok.lemma_.lower() in BORDERS and tok.dep_ == "pobj" and \
                    tok.head.lower_ in ("near", "along", "by", "close"):
                continue   # "killed two soldiers near the Venezuelan border": where, not the state beyond it
                # (strikes "on Indian borders" hit India)
            if listed := self.r.listed_facilities(tok):   # "strikes on four airbases: A, B, C and D"
                out += [f for f in listed if f not in out]
                continue
            # (each of a list on its own: "A Air Base and B Air Base", where A is no name of the first)
            found = [p for p in (self.r.as_place(e) for e in self.r.from_token(tok, conjuncts=False)) if p is not None]
            found = self._in_named_state(tok, found)
            fighters = tok.pos_ == "NOUN" and tok.lemma_.lower() in FIGHTERS
            if fighters:
                # "Palestinian militants": the armed group of theirs the article names, not their state
                found = [g for f in found for g in ([self.r.group_of(f)] if f.type == "Country" else [f]) if g is not None]
            if not found:
                found = [p for p in [self.r.untagged_place(tok)] if p is not None]
            elif depth < 3 and any(f.type in ("Country", "Region") for f in found):
                # "strikes across Ukraine, including Kyiv and Lviv": the places it names too
                found += [f for o in prep_objects(tok, {"including"}) for f in self.targets(o, depth + 1) if f not in found]
            if tok in named_ships:
                continue
            if tok.pos_ == "NOUN" and (ships := self.r.ships_named(tok)):   # "the two tankers, Kairos and Virat"
                out += [s for s in ships if s not in out]
                named_ships.update(ship_names(tok))
                continue
            if (ship := self.r.ship_called(tok)) is not None:   # "the oil tanker Sounion"
                out += [ship] if ship not in out else []
                continue
            if tok.pos_ == "NOUN" and (ship := self.r.vessel(tok)) is not None:   # "a Greek-owned merchant ship"
                out += [ship] if ship not in out else []
                continue
            if not found and depth < 3 and (tok.pos_ in ("NOUN", "PROPN") or tok.lower_ in PARTITIVES and
                                            has_prep(tok, {"of"})):   # "one of Russia's largest refineries"
                inners = prep_objects(tok, EXPAND_PREPS) + _such_as(tok)
                for inner in inners:
                    near = inner.head.lower_ in ("near", "outside")  # "a base near Poland" is not in Poland
                    found += [f for f in self.targets(inner, depth + 1) if not (near and f.type == "Country")]
                # "Israeli cities, including Tel Aviv and Haifa": the examples and the cities' state
                examples = bool(inners) and all(i.head.lower_ in ("including", "as") for i in inners)
                facility = self.r.facility(tok, found)  # "a refinery in Ryazan" -> the Ryazan refinery
                if facility is not None:
                    found = _with_facility(facility, found)
                named = [m for m in left_modifiers(tok) if m.ent_type_ == "FAC" and m.dep_ == "compound"]
                if named and not found:  # "the USS Dwight D. Eisenhower aircraft carrier"
                    found += [p for p in (self.r.as_place(e) for e in self.r.from_token(named[-1])) if p is not None]
                allied = tok.lemma_.lower() in ALLY_NOUNS   # "Iran's allies, including X": not Iran
                if (not found or examples) and not fighters and not allied:  # "Ukrainian towns", "southern Russian Black Sea regions"
                    for left in (t for t in tok.subtree if t.i < tok.i):
                        state = self.gaz.country_of_demonym(left.text) if left.pos_ in ("ADJ", "PROPN") else None
                        if state is None and (left.dep_ == "poss" or left.dep_ in ("compound", "amod") and (
                                left.pos_ == "PROPN" or left.ent_type_ == "GPE")) and left.head == tok:
                            # "Russia's", "a US destroyer", "a Kyiv apartment block" (the parser's adjective)
                            state = self.r.state_of(left)
                            if left.dep_ != "poss" and state is not None and state.type != "Country":
                                state = None
                            cities = [p for p in map(self.r.as_place, self.r.from_token(left))
                                      if p is not None and p.type == "City"]
                            if cities:  # "Beirut's southern suburbs", "a Kharkiv hospital": the city
                                state = cities[0]
                        if state is not None and state not in found:
                            found.append(self.r._seen(state))
                elif tok.pos_ == "NOUN" and found and all(_water(f) for f in found):
                    # a state's ship at sea is the state: "a US destroyer in the Red Sea"
                    owners = [s for s in map(self.r.state_of, left_modifiers(tok))
                              if s is not None and s.type == "Country"]
                    found = _distinct(owners) or found
                if lemma_in(tok, TARGET_NOUNS) and not fighters:  # "Hezbollah targets", "Houthi sites"
                    owners = [o for o in map(self.r.state_of, left_modifiers(tok)) if o is not None]
                    found += [o for o in _distinct(owners) if o not in found]
                if tok.pos_ == "NOUN" and not fighters:   # "facilities linked to / used by X": X's, so X is hit
                    owners = self.agents([x for c in tok.children if c.dep_ == "acl" and c.lemma_.lower() in OWNED_BY
                                          for o in prep_objects(c, {"to", "by", "with"}) for x in (o, *o.conjuncts)])
                    found += [o for o in owners if o not in found and o.type in ("Organization", "Country")]
                if facility is not None:
                    found = _with_facility(facility, found)
            if depth < 3 and tok.pos_ in ("NOUN", "PROPN"):
                # "two cities - Bahawalpur and Muridke", "two villages, A and B": each one named
                found += [f for c in tok.children if c.dep_ == "appos" and not called_so(c) and (
                    tok.pos_ == "NOUN" and c.pos_ == "PROPN" or not found)   # (not "Odesa, Ukraine")
                          for f in self.targets(c, depth + 1) if f not in found]
            out += [f for f in found if f not in out]
        return out

    def request(self, trigger: Token) -> dict[str, list[Entity]] | None:
        requesters = self.agents(subjects(trigger))
        addressees = self.agents(objects(trigger) + prep_objects(trigger, {"to", "from"}))
        wanted = self.items(prep_objects(trigger, {"for"}))
        if requesters and wanted:   # who asks for arms is where the supplies told next go ("X asked for air defence")
            self.recipients.append((self.sentence_no, [self._state_of_person(r) for r in requesters]))
        if not requesters or not addressees:
            return None
        roles = {"requester": requesters, "addressee": addressees}
        items = self.items(prep_objects(trigger, {"for"}))
        if items:
            roles["item"] = items
        return roles

    # -- date, place, topics ---------------------------------------------------------------------
    def date_of(self, trigger: Token, status: str) -> DateValue | None:
        anchor = governing_verb(trigger) if trigger.pos_ != "VERB" else trigger
        if anchor is None and trigger.dep_ in ("nsubj", "nsubjpass"):
            anchor = trigger.head
        anchors = {t for t in (trigger, anchor) if t is not None}
        best = None
        for ent in trigger.doc.ents:
            if ent.label_ not in ("DATE", "TIME"):
                continue
            head = ent.root
            if head.head.lower_ == "since" and head.dep_ == "pobj" and classify(trigger) in ("Meeting", "Call"):
                continue   # "his first visit since 2012": when the last one was (attacks "since November" began then)
            hops, tok = 0, head
            while tok not in anchors and tok.head != tok and hops < 4:
                tok, hops = tok.head, hops + 1
            if tok in anchors:
                # a planned event's weekday is ahead, unless the day hangs on a verb in the past ("on Tuesday,
                # the US announced $500 million in aid": the Tuesday before the article, when it was announced)
                text = ent.text   # "on Thursday, June 6": the weekday with the day that follows it, read together
                after = next((e for e in trigger.doc.ents if e.start == ent.end + 1 and e.label_ == "DATE"), None)
                if after is not None and trigger.doc[ent.end].text == "," and ent.text.lower() in dates.WEEKDAYS:
                    text = trigger.doc[ent.start:after.end].text
                value = dates.resolve(text, self.article.published,
                                      future=status == "planned" and tok.tag_ not in ("VBD", "VBN"))
                if value is not None and (best is None or hops < best[0]):
                    best = (hops, value)
        return best[1] if best else None

    def _in_named_state(self, tok: Token, found: list[Entity]) -> list[Entity]:
        """A town the sentence places in a state ("sites in A, B and C in eastern Armenia") is that
        state's, not a namesake GeoNames found elsewhere by another spelling (Jermuk, not Turkey's
        Cermik): a city of ours in that state, under the name as written."""
        if tok.pos_ != "PROPN" or not any(f.type == "City" and f.country and f.key not in self.gaz.entities
                                          for f in found):
            return found   # (nothing a state named could correct: the list and its states are not looked up)
        members = [tok]
        while members[-1].dep_ == "conj" and members[-1].head.i < members[-1].i:
            members.append(members[-1].head)
        members += [c for m in list(members) for c in m.conjuncts if c not in members]
        first = members[-1]
        # "sites in A, B ... in X", "struck sites in A and B in X": the phrase on the list, on its noun, on the verb
        holders = members + ([first.head.head, first.head.head.head] if first.dep_ == "pobj" else [first.head])
        states = _distinct([e for m in holders for o in prep_objects(m, {"in"})
                            for e in self.r.from_token(o, conjuncts=False) if e.type == "Country"])
        span = entity_span(tok)
        if not states and span is not None and not geo.own_name(span.text):
            # "sites in Vardenis, Goris and Jermuk": a name found only among a foreign city's other
            # names is in the state of the places it is listed with, when they are all in one
            near = [e for m in members if m != tok for e in self.r.from_token(m, conjuncts=False)
                    if e.type in ("City", "Region") and e.country]
            home = {e.country for e in near}
            states = [self.gaz.entities[c] for c in home if c in self.gaz.entities] if len(home) == 1 else []
        if len(states) != 1:
            return found
        state = states[0]
        out = []
        for f in found:
            if f.type == "City" and f.country and f.country != state.key and span is not None and \
                    f.key not in self.gaz.entities:
                f = self.r.placed[norm(span.text)] = self.r._seen(
                    Entity(key=slug(span.text), label=span.text, type="City", country=state.key), span.text)
            out.append(f)
        return out

    def _is_place(self, token: Token) -> bool:
        found = self.r.from_token(token)
        return any(e.type == "Seat" for e in found) or any(
            e.type in ("City", "Region", "Facility", "Place", "Country") for e in found) and \
            token.ent_type_ in ("GPE", "LOC", "FAC")

    def place_of(self, trigger: Token, roles: dict[str, list[Entity]]) -> Entity | None:
        taken = {e.key for xs in roles.values() for e in xs}
        scope = [trigger] + [o for o in objects(trigger)] + prep_objects(trigger, {"with"})
        if trigger.pos_ != "VERB":   # "talks held in Cairo": where the participle says
            scope += [c for c in trigger.children if c.dep_ == "acl" and c.tag_ == "VBN" and c.lemma_.lower() in CONVENING]
        verb = governing_verb(trigger) if trigger.pos_ != "VERB" else None
        if verb is None and trigger.pos_ != "VERB" and trigger.dep_ in ("nsubj", "nsubjpass"):
            verb = trigger.head  # "Talks between A and B resumed in Geneva"
        if verb is not None:
            scope.append(verb)
        if trigger.lemma_.lower() == "visit":
            for o in objects(trigger):
                if self._is_place(o):
                    return next((e for e in self.r.from_token(o)), None)
        for tok in scope:
            for obj in prep_objects(tok, {"in", "at"}):
                for e in self.r.from_token(obj):
                    if e.type in ("City", "Region", "Facility", "Place", "Country") and e.key not in taken:
                        return e
        return None

    def topics_of(self, trigger: Token, roles: dict[str, list[Entity]]) -> list[Entity]:
        taken = {e.key for xs in roles.values() for e in xs}
        phrases: list[Token] = []
        holders = [trigger] + ([governing_verb(trigger)] if trigger.pos_ != "VERB" else [])
        for holder in filter(None, holders):
            # "talks on X", not "On Tuesday, X met ..." nor "on the sidelines of a summit"
            phrases += [p for p in prep_objects(holder, TOPIC_PREPS) if p.i > holder.i
                        and p.ent_type_ not in ("DATE", "TIME", "PERSON") and p.lower_ not in NOT_TOPICS]
            if holder is trigger and trigger.pos_ == "NOUN":   # "the meeting of the Contact Group on Ukraine's defence"
                for body in prep_objects(holder, {"of"}):
                    phrases += [p for p in prep_objects(body, TOPIC_PREPS) if p.ent_type_ not in ("DATE", "TIME", "PERSON")]
            if holder.lemma_.lower() == "discuss":  # "discussed X", "discussed strengthening X"
                phrases += objects(holder) + [c for c in holder.children if c.dep_ in ("xcomp", "ccomp")]
            for child in holder.children:  # "to discuss Ukraine"
                if child.dep_ in ("advcl", "xcomp", "acl", "relcl") and child.lemma_.lower() in ("discuss", "address"):
                    phrases += objects(child) + prep_objects(child, TOPIC_PREPS)
            if holder is not trigger and trigger.dep_ == "pobj" and trigger.head.lower_ in ("during", "at", "in") and \
                    trigger.head.head == holder and holder.lemma_.lower() in SPOKEN:
                # "X called for dialogue between Ukraine and Russia during a meeting with Y", "X told Y at their
                # talks that ...": what was said at the meeting is what it was about
                phrases += [o for o in objects(holder) if o.dep_ == "dobj"] + prep_objects(holder, {"for"}) + [
                    c for c in holder.children if c.dep_ in ("xcomp", "ccomp")]
        return [t for t in self._topics_in(phrases) if t.key not in taken]

    def _topics_in(self, phrases: list[Token]) -> list[Entity]:
        out: list[Entity] = []
        for phrase in phrases:
            tokens = list(phrase.subtree)
            for tok in tokens:
                for e in self.r.from_token(tok):
                    if e.type in ("Country", "Region", "Organization", "City", "Topic", "WeaponSystem", "Seat"):
                        # "support for Kyiv": a capital or seat as a topic is its state
                        e = self.r.as_agent(e) if e.type == "Seat" or self.gaz.state_for_seat(e) else e
                        if e is not None and e not in out:
                            out.append(e)
                if tok.lower_ in ("crisis", "war", "conflict", "invasion") and tok.pos_ == "NOUN":
                    for child in tok.children:  # "the Ukraine crisis", "the Ukrainian crisis"
                        state = self.r.state_of(child) if child.i < tok.i else None
                        if state is not None and state not in out:
                            out.append(state)
            words = [t.lower_ for t in tokens]
            for n in range(min(4, len(words)), 0, -1):
                for i in range(len(words) - n + 1):
                    topic = self.topic_names.get(norm(" ".join(words[i:i + n])))
                    if topic is not None and topic not in out:
                        out.append(self.r._seen(topic))
        return out

    def _follow_up_topics(self, sent: Span) -> None:
        """"The two ministers exchanged views on X": topics of the meeting just reported."""
        if self.last_meeting is None or self.sentences_since_meeting > 3:
            return
        for tok in sent:
            lemma = tok.lemma_.lower()
            if lemma not in FOLLOW_UP_VERBS or tok.pos_ not in ("VERB", "AUX"):
                continue
            subj = subjects(tok)
            # "the two ministers exchanged views", "their talks touched on X", "the meeting focused on X"
            if not subj or not any(w.lower_ in ANAPHORIC_GROUPS for s in subj for w in s.subtree) and not any(
                    s.lemma_.lower() in TALKS_NOUNS and any(c.lower_ in ("the", "their", "this", "these") for c in s.children)
                    for s in subj):
                continue
            phrases = prep_objects(tok, TOPIC_PREPS) + (objects(tok) if lemma in OBJECT_TOPICS else [])
            if lemma == "agree":   # "the two leaders agreed that their countries would supply X to Y"
                phrases += [c for c in tok.children if c.dep_ in ("ccomp", "xcomp")]
            for o in objects(tok):  # "exchanged views on X"
                phrases += prep_objects(o, TOPIC_PREPS)
            for topic in self._topics_in(phrases):
                if topic not in self.last_meeting.topics and topic not in self.last_meeting.roles.get("participant", []):
                    self.last_meeting.topics.append(topic)


# what someone says at a meeting, the meeting is about ("called for a ceasefire during talks with X")
SPOKEN = {"say", "call", "urge", "tell", "stress", "emphasise", "emphasize", "express", "reiterate", "voice", "raise",
          "underline", "insist", "warn", "propose", "pledge", "promise", "offer", "discuss"}
FOLLOW_UP_VERBS = {"discuss", "exchange", "talk", "focus", "cover", "touch", "center", "centre", "concentrate",
                   "revolve", "address", "tackle", "agree"}   # what the talks just told were about
OBJECT_TOPICS = {"discuss", "cover", "address", "tackle"}   # ... as their object ("they discussed X")
TALKS_NOUNS = {"talk", "talks", "meeting", "discussion", "discussions", "negotiation", "negotiations", "conversation",
               "summit"}
PACKAGE_VERBS = LIGHT_VERBS | ANNOUNCING | PLEDGING | APPROVING | {"present"}   # "approved / announced / unveiled the sale of jets to X",
# "committed to (pledged) the transfer of jets to X": its supplier
STOCKS = {"stock", "stocks", "stockpile", "stockpiles", "arsenal", "arsenals", "inventory", "inventories", "reserve",
          "reserves", "warehouse", "warehouses"}   # "weapons from U.S. stocks": the state is the supplier
CAPTIVES = {"soldier", "troop", "fighter", "civilian", "hostage", "prisoner", "crew", "sailor", "man", "people",
            "person", "pilot", "officer", "member", "servicemen", "serviceman", "militant", "mercenary"}
HOSTILE = {"aggression", "war", "force", "forces", "troops", "army", "military", "occupation", "invader", "invaders",
           "occupier", "occupiers", "missile", "missiles", "drone", "drones", "bomb", "bombs"}  # a state named as the enemy
DEPLOYED = {"toward", "towards", "at", "into", "over", "near", "around", "off", "across", "along"}  # where forces are sent
SITES = {"factory", "plant", "base", "site", "hospital", "school", "museum", "memorial", "exhibition", "company",
         "headquarters", "office", "port", "farm", "facility", "shipyard", "mine", "refinery", "airport", "station",
         "camp", "village", "town", "city", "region", "frontline", "front", "border", "area", "centre", "center"}
MADE = {"made", "built", "designed", "produced", "supplied", "manufactured"}   # "Iranian-made drones" are not Iran's to fire
READY = {"open", "ready", "willing", "prepared", "eager", "keen", "available"}   # ... to a meeting with Y
TIME_PREPS = {"during", "after", "before", "following", "amid", "since", "ahead", "until", "throughout"}
LANDING = {"land", "strike", "hit", "fall", "explode", "crash", "slam", "impact"}   # a missile that ... near X
MOMENTS = {"moment", "minute", "hour", "day", "second"}   # "struck Odesa moments after ...", read as "Odesa moments"
LAUNCHING = {"launch", "fire", "send", "operate", "fly", "drop", "deploy"}   # a weapon ... by X: X's
PERCEIVING = {"detect", "see", "spot", "observe", "track", "record", "register", "hear", "watch", "intercept"}
DESTINED = {"destined", "bound", "intended", "earmarked", "meant", "headed", "heading"}   # items ... for X
CARRIERS = {"airlifter", "aircraft", "plane", "freighter", "ship", "vessel", "convoy", "train", "truck", "lorry",
            "transport", "airlift", "flight"}   # what carries supplies: "Chinese airlifters delivered X"
MOVING = {"ship", "transport", "airlift", "smuggle", "ferry"}   # ... from A to B: A supplies, whoever carries
BETWEEN_NOUNS = {"war", "conflict", "fighting", "hostilities", "tension", "relation", "relations", "tie", "ties",
                 "border", "dispute", "rivalry", "confrontation", "peace", "ceasefire", "truce", "exchange", "swap",
                 "agreement", "deal", "rift", "standoff", "clash", "difference", "gap", "line", "frontline"}
# what holds its own "between A and B" ("the conflict between Ukraine and Russia"), not a meeting's
WAR_WORDS = {"war", "fight", "battle", "offensive", "invasion", "aggression", "insurgency", "conflict", "militarily",
             "frontline", "front", "troops", "forces"}   # a sentence that tells of a war
FUNDS = {"fund", "facility", "mechanism", "programme", "program", "initiative", "account", "coalition"}   # ... for X
TAKING_DELIVERY = {"take", "accept", "await"}   # ... delivery of X: the subject is supplied
GRATEFUL = {"grateful", "thankful", "thank", "thanks", "gratitude", "appreciative"}   # ... for what X supplied
KILLING = {"kill", "assassinate", "eliminate"}   # an attack that killed someone named hit them
SLAYINGS = {"assassination", "killing", "murder"}   # ... of someone named: an attack on them
HELPING = {"help", "helped", "helps", "assist", "aid"}   # "the US helped intercept missiles" fired at another
UNKNOWN = {"unidentified", "unknown", "mysterious", "commercial", "civilian", "stray", "suspected"}   # no one's, as far as told
DOWNED_OVER = {"over", "above", "near", "in", "across", "around", "off"}   # where weapons in flight were downed
PROJECTILES = {"drone", "missile", "rocket", "shell", "uav", "aircraft", "jet", "helicopter", "plane", "projectile",
               "bomb", "warplane", "interceptor"}
JOINING = {"collaborate", "cooperate", "participate", "partner", "team", "unite"}  # "X and Y collaborated on strikes"
AMOUNT_WORDS = {"more", "additional", "further", "extra", "fresh", "several", "many", "such", "other", "similar"}   # not part of an item's name
NOT_WITH = {"threaten", "warn", "charge", "accuse", "meet", "deal", "cope", "coincide", "compare", "comply", "agree",
            "disagree", "fight", "clash", "negotiate", "talk", "discuss"}   # "X threatened Y with strikes": no attack by X
QUANTITIES = {"series", "wave", "waves", "barrage", "volley", "salvo", "dozens", "hundreds", "number", "spate", "string",
              "round", "rounds", "flurry", "campaign", "combination", "mix"}


def _by_agents(verbs: list[Token]) -> list[Token]:
    """The objects of the by-phrases of passive verbs ("claimed by X", "mediated by X")."""
    return [o for v in verbs for o in agent_objects(v)]


def _terror(trigger: Token) -> bool:
    """"The terror attack in X", "a terrorist attack": told as terrorism, by no state whose war the
    article reports (its attacker is whom the article names, never the article's frame)."""
    return trigger.lemma_.lower() in ("attack", "bombing") and any(
        c.dep_ in ("amod", "compound") and c.lower_ in ("terror", "terrorist") and not (
            c.i > 0 and c.doc[c.i - 1].text == "-") for c in trigger.children)   # (not an "anti-terror operation")


def _setting(token: Token) -> bool:
    """"Against the backdrop (the background, the odds) of X", "in response (retaliation) to attacks on
    X": the setting of what is told, never its aim."""
    return token.dep_ == "pobj" and (token.lemma_.lower() in SETTINGS and token.head.lower_ == "against" or
                                     token.lemma_.lower() in REPRISALS and token.head.lower_ in ("in", "as"))


def _answered(trigger: Token) -> bool:
    """The attack a reprisal answers ("fired rockets in retaliation to a strike on X"): not made by
    whoever answers it."""
    prep = trigger.head
    return trigger.dep_ == "pobj" and prep.lower_ in ("to", "for") and (
        prep.head.lemma_.lower() in REPRISALS or prep.i > 0 and prep.doc[prep.i - 1].lemma_.lower() in REPRISALS) or \
        trigger.dep_ == "pobj" and prep.lower_ in ("to", "for", "over", "against") and prep.head.pos_ == "VERB" and \
        prep.head.lemma_.lower() in RETALIATING   # "X would retaliate over (for) an attack on Y"
    # (the parser may hang "to a strike" on the verb, right after "in retaliation")


def _saying_clause(noun: Token) -> Token | None:
    """The clause a subject noun is the subject of, when a verb of saying governs it ("Thailand
    confirmed that a delegation led by X would attend"); else None."""
    clause = noun.head
    if noun.dep_ not in ("nsubj", "nsubjpass") or clause.dep_ != "ccomp":
        return None
    return clause if lemma_in(clause.head, ASSERTING | {"state"}) else None


RETALIATING = ANSWERING | {"reply"}   # ... to (for) an attack
GROUND_ASSAULTS = {"assault", "offensive", "counteroffensive", "counterattack", "incursion"}   # fought for a town


def _accusers(verb: Token | None) -> list[Token]:
    """Who accuses (blames) someone of the verb's deed: "X accused Y of launching ...", "X blamed Y
    for shelling ..."; else nothing."""
    if verb is None or verb.dep_ != "pcomp" or verb.head.lower_ not in ("of", "for"):
        return []
    accusing = verb.head.head
    return subjects(accusing) if accusing.pos_ == "VERB" and accusing.lemma_.lower() in ("accuse", "blame") else []


def _answering_clause(trigger: Token) -> Token | None:
    """The verb of whoever answers the attack noun: "X retaliated to (for) US attacks", "X
    responded to the strikes", "X fired rockets in retaliation for Israeli strikes"; else None."""
    prep = trigger.head
    if trigger.dep_ != "pobj" or prep.lower_ not in ("to", "for", "against", "over") or trigger.pos_ != "NOUN":
        return None   # ("X would retaliate over an attack on Y")
    if prep.head.pos_ == "VERB" and prep.head.lemma_.lower() in RETALIATING:
        return prep.head
    reprisal = prep.head if prep.head.lemma_.lower() in REPRISALS else None
    if reprisal is None and _answered(trigger) and prep.head.pos_ == "VERB":
        return prep.head   # "in retaliation" then "for a strike" both hung on the verb
    if reprisal is not None and reprisal.dep_ == "pobj" and reprisal.head.lower_ in ("in", "as") and \
            reprisal.head.head.pos_ == "VERB":
        return reprisal.head.head
    return None


FALLEN_FORCES = {"soldier", "troop", "serviceman", "servicemen", "sailor", "marine", "paratrooper", "guard"}
UNCLAIMED_SENTENCES = 2   # how far back an attack told without its attacker is still "the strike" given one
UNCLAIMED_PLURAL = 6      # ... and among "the attacks" given one
DELEGATIONS = {"delegation", "side", "team", "negotiator"}   # what leads a state's part in talks
GROUP_SENTENCES = 6       # how far back a meeting with a group is the one its members listed met at
GROUP_MEMBERS = {"leader", "minister", "official", "head", "counterpart", "representative", "envoy", "president",
                 "diplomat", "delegate", "ally", "partner"}   # the plural nouns of such groups
MAKING = {"made", "built", "produced", "designed", "manufactured", "supplied", "provided", "donated"}
REACHING = {"arrive", "reach", "land"}   # a shipment that ... a state
BORDERS = {"border", "frontier"}   # fired across ...: the state beyond it, not the line
WARCRAFT = {"aircraft", "warplane", "plane", "bomber", "helicopter", "warship", "ship", "tank", "artillery", "vessel",
             "boat", "submarine"}
FIGHTERS = {"militant", "fighter", "gunman", "insurgent", "rebel", "jihadist", "terrorist"}   # a side's fighters
SERIES = {"series", "wave", "barrage", "volley", "salvo", "string", "spate", "round", "flurry", "number", "swarm"}
RANKS = {"second", "third", "fourth", "fifth"}   # "the second-largest supplier ... after X"
CONVENING = {"hold", "convene", "host", "organise", "organize", "stage", "conduct"}   # "talks held in X"


def _counterparts_unnamed(trigger: Token) -> bool:
    """Talks "with their (his) counterparts" that name none of them."""
    holders = [trigger] + ([trigger.head.head] if trigger.dep_ == "pobj" else [])
    return any(o.lemma_.lower() == "counterpart" and not any(
        c.dep_ == "appos" or c.ent_type_ for c in o.subtree if c != o) for h in holders for o in prep_objects(h, {"with"}))


def _state_led(noun: Token) -> Token | None:
    """The state's name the parser took for the first modifier of the noun of things given to it:
    "sent [Ukraine cluster munitions]" -> Ukraine."""
    first = noun.left_edge
    if noun.pos_ not in ("NOUN", "PROPN") or first.i == noun.i or first.head != noun or first.dep_ != "compound" \
            or first.ent_type_ != "GPE" or noun.ent_type_ == "GPE":
        return None
    return first


def _name_read_as_modifier(noun: Token) -> Token | None:
    """The name the parser took for a modifier of the next noun: "with [Sissi efforts] to halt the
    fighting" -> Sissi."""
    if noun.pos_ != "NOUN" or noun.ent_type_:
        return None
    first = next((c for c in noun.children if c.dep_ in ("compound", "nmod") and c.i == noun.left_edge.i), None)
    return first if first is not None and first.ent_type_ in ("PERSON", "ORG", "GPE") else None


def _headline_passive(verb: Token) -> bool:
    """A headline's passive without its auxiliary: "Crimean Bridge Struck Again", "Kyiv Hit by
    Drones" (a short line in title case, the verb with no object nor auxiliary)."""
    return verb.tag_ in ("VBD", "VBN") and (verb.doc.user_data.get("headline") or verb.text[:1].isupper() and
                                            title_case(verb.sent, 12)) and \
        not any(c.dep_ in ("dobj", "aux", "auxpass") for c in verb.children) and bool(subjects(verb))


def _told_before(trigger: Token) -> bool:
    """"The strike", "this attack", "that assault": an attack noun that refers back (with no
    target of its own)."""
    # (the parser may hang the determiner on the noun's first modifier: "the drone strikes", "the" on "drone")
    dets = [*trigger.children, *(d for c in trigger.children if c.dep_ == "compound" and c.i < trigger.i for d in c.children)]
    return trigger.pos_ == "NOUN" and (
        any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in dets) or
        # "drone strikes the army blamed on X": attacks the blame refers to
        any(c.dep_ in ("relcl", "acl") and c.lemma_.lower() in ("blame", "attribute") for c in trigger.children))


def _listed_as_hit(verb: Token) -> list[Token]:
    """What a copula (or "include") lists as the things a participle says were hit: "The cities hit
    were A, B and C", "The four airbases struck were A and B", "the targeted airbases included A and
    B", "X was among the sites hit" (the parser may read "hit" as the verb, with
    "were A" its clause, or as the noun's participle, with "were" the verb); [] otherwise."""
    if verb.tag_ not in ("VBD", "VBN", "VBP"):   # ("hit" may be read as a present)
        return []
    among = verb.head.head if verb.dep_ == "acl" and verb.head.dep_ == "pobj" else None
    if verb.dep_ == "advcl" and verb.head.lemma_ == "be":   # (or the participle read as the copula's clause)
        among = next((c for c in verb.head.children if c.dep_ == "prep" and c.i < verb.i), None)
    if among is not None and among.lower_ == "among" and among.head.lemma_ == "be":
        # "X was among the sites hit", "One of the targets, X, was among the sites hit": the subject's names
        return [x for c in among.head.children if c.dep_ == "nsubj"
                for x in (c, *c.conjuncts, *[a for a in c.children if a.dep_ == "appos"])]
    if verb.tag_ == "VBP":
        return []
    if verb.dep_ in ("acl", "amod") and verb.head.tag_ == "NNS" and verb.head.dep_ == "nsubj" and \
            verb.head.head.lemma_ == "include":
        # "the airbases hit (the targeted airbases) included A, B and C": those it lists
        return [o for o in verb.head.head.children if o.dep_ == "dobj"]
    if verb.dep_ == "acl" and verb.head.tag_ == "NNS" and verb.head.dep_ == "nsubj" and verb.head.head.lemma_ == "be":
        be = verb.head.head
    elif any(c.dep_ == "nsubj" and c.tag_ == "NNS" and c.i == verb.i - 1 for c in verb.children):
        be = next((c for c in verb.children if c.dep_ == "ccomp" and c.lemma_ == "be" and c.i == verb.i + 1), None)
        included = next((c for c in verb.children if c.dep_ in ("advcl", "ccomp", "conj") and c.lemma_ == "include"
                         and c.i == verb.i + 1), None)   # "the airbases hit included A, B and C", read with "hit" the verb
        if be is None and included is not None:
            return [o for o in included.children if o.dep_ == "dobj"]
    else:
        return []
    return [a for a in be.children if a.dep_ in ("attr", "nsubj") and a.i > be.i] if be is not None else []


def _in_quoted_title(token: Token) -> bool:
    """A word of a title the text quotes ('a report, "Enabling Atrocities: UN Member States' Arms
    Transfers to the Myanmar Military"'): a title names a work; it tells no event."""
    quotes = [t.i for t in token.sent if t.text == '"']
    for start, end in zip(quotes[::2], quotes[1::2]):
        if start < token.i < end:
            words = [t for t in token.doc[start + 1:end] if t.is_alpha and t.lower_ not in HEADLINE_SMALL_WORDS]
            return len(words) >= 4 and sum(t.text[:1].isupper() for t in words) >= 0.8 * len(words)
    return False


def _blast_site(head: Token) -> list[Token]:
    """Where a fire or explosion that an attack caused was: "a fire broke out at a refinery in X
    (after the attack)", "explosions were heard in X", "a fire at a depot, ignited by the attack" (the
    participle on the fire or, as the parser may hang it, on the place); [] when no fire is told."""
    if head.dep_ == "acl" and head.tag_ == "VBN":    # "... ignited by the attack": of the fire, or of the place
        noun = head.head
        if noun.lemma_.lower() not in BLASTS:
            where = noun.head.head if noun.dep_ == "pobj" else None   # (and the town the clause places it in)
            return [noun, *[p for p in prep_objects(where, {"in"}) if p != noun]] if where is not None and \
                where.pos_ in ("VERB", "NOUN") and any(b.lemma_.lower() in BLASTS for b in (where, *subjects(where))) else []
        head = noun.head if noun.dep_ in ("nsubj", "nsubjpass") else noun
    if head.pos_ == "NOUN" and head.lemma_.lower() in BLASTS:
        return prep_objects(head, {"at", "in", "on"}) or (
            prep_objects(head.head, {"at", "in", "on"}) if head.dep_ in ("nsubj", "nsubjpass") else [])
    blasts = [s for s in subjects(head) + passive_subject(head) if s.lemma_.lower() in BLASTS]
    if head.pos_ in ("VERB", "AUX") and blasts:
        return prep_objects(head, {"at", "in", "on"}) or [p for s in blasts for p in prep_objects(s, {"at", "in", "on"})]
    return []


def _list_as_apposition(token: Token) -> list[Token]:
    """The rest of a list the parser read as an apposition: in "struck the Ryazan oil refineries, a
    fuel depot in Voronezh, and a plant in Penza" the depot hangs from "refineries" as an apposition
    with the plant its conjunct. A singular "a ..." beside a plural noun, followed by "and ...",
    describes nothing: it is the next item."""
    if token.tag_ != "NNS":
        return []
    return [x for a in token.children if a.dep_ == "appos" and a.tag_ == "NN" and any(
        d.dep_ == "det" and d.lower_ in ("a", "an") for d in a.children) and (   # (the "and" on either)
        any(c.dep_ == "conj" for c in a.children) or any(c.dep_ == "conj" and c.i > a.i for c in token.children))
        for x in (a, *[c for c in a.conjuncts if c.i > a.i])]


def _list_resumed(token: Token) -> list[Token]:
    """Names a list of places resumes after a place it locates, which the parser joined to that
    place: in "X and Y in western Ukraine, Z in central Ukraine, W in the south and V in the east",
    Z is the conjunct of the first "Ukraine" and V of "south", though the list is X, Y, Z, W, V; in
    "A in X, B in Y, and C in Z", B the apposition of X. Names alone (a place told by a noun, "Lviv and towns in the east", is not resumed)."""
    out = []
    for tok in (token, *[c for c in token.conjuncts if c.i > token.i]):
        if tok.pos_ != "PROPN":
            continue
        for where in prep_objects(tok, {"in"}):
            out += [c for c in where.conjuncts if c.i > where.i and c.pos_ == "PROPN" and c.ent_type_ in ("GPE", "LOC", "FAC")
                    and c not in out]
            # "A in X, B in Y, and C in Z", B read as an apposition of X: the next of the list, placed in its turn
            out += [c for c in where.children if c.dep_ == "appos" and c.i > where.i and c.pos_ == "PROPN"
                    and has_prep(c, {"in"}) and c not in out]
    if token.pos_ == "PROPN":
        # "hit A in the centre, B in the west, C in the east and D in the south": B hung from the clause's
        # verb, C and D from B (or from "the west")
        for after in (c for c in token.head.children if c.i > token.i and c.dep_ in ("npadvmod", "appos", "conj")
                      and c.pos_ == "PROPN" and any(o.lower_ in COMPASS for o in prep_objects(c, {"in"}))):
            out += [x for x in after.subtree if x.pos_ == "PROPN" and x.ent_type_ in ("GPE", "LOC", "FAC") and (
                x == after or x.dep_ in ("appos", "conj")) and x not in out]
    return out


def _misattached_conjuncts(verb: Token | None, objects: list[Token]) -> list[Token]:
    """Nouns the parser joined to the verb that were the last object's conjuncts: in "X increased
    its attacks on vessels and US Navy ships in the region" the parser read "and ... ships" as a
    clause of "increased". A noun (not a verb, without a subject of its own) after an 'and' that
    hangs from the verb, after the objects found."""
    if verb is None or not objects:
        return []
    last = max(o.i for o in objects)
    joined = any(x.dep_ == "cc" and x.lower_ in ("and", "as well as") and x.i > last for x in verb.children)
    out = []
    for c in verb.children:
        if c.dep_ != "conj" or c.i <= last or c.pos_ not in ("NOUN", "PROPN") or any(
                g.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for g in c.children):
            continue
        if joined:
            out.append(c)
        elif c.conjuncts and c.doc[c.i - 1].text == "," and c.i - 1 > last:   # "targeted A, B, C and D": a list
            out += [c, *(x for x in c.conjuncts if x != verb)]
    return out


def _with_carrier(trigger: Token) -> tuple[Token | None, list[Token]]:
    """The verb whose subject an attack noun told with "with" is done by ("X responded with
    strikes", "X opened the war with a wave of missile and drone attacks"), and the nouns between
    (their prepositions name the target too); (None, []) when there is none or the verb does not
    tell of the subject attacking ("threatened Y with strikes", "was charged with attacks")."""
    chain, node = [trigger], trigger
    for _ in range(4):
        if node.dep_ == "conj" and node.head.pos_ == "NOUN":
            node = node.head            # "missile and drone attacks": the conjunct before it
        elif node.dep_ == "pobj" and node.head.lower_ == "of" and node.head.head.lemma_.lower() in QUANTITIES:
            node = node.head.head       # "a series of airstrikes"
        else:
            break
        chain.append(node)
    if node.dep_ != "pobj" or node.head.lower_ != "with" or node.head.head.pos_ != "VERB":
        return None, []
    verb = node.head.head
    if verb.lemma_.lower() in NOT_WITH or any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children):
        return None, []
    return verb, chain[1:]


STRIKING_BACK = {"retaliate", "respond", "reply", "answer", "hit"}   # "X retaliated (responded) with strikes"


IN_PERSON = {"meet", "met", "meets", "meeting", "meetings", "summit", "visit", "visited", "visits", "host", "hosted",
             "receive", "received", "welcome", "welcomed", "greet", "greeted", "gather", "gathered", "convene",
             "convened", "shook", "shake", "sat"}


def _in_person(event: Event) -> bool:
    """Told by a word only a meeting in person fits ("met", "summit", "hosted"), not "talks"."""
    return event.trigger.lower() in IN_PERSON


AGREEMENTS = {"agreement", "deal", "accord", "treaty", "pact", "declaration", "memorandum", "ceasefire", "truce",
              "charter", "communique", "protocol", "roadmap", "framework"}


def _signs_agreement(verb: Token, is_place) -> bool:
    """"signed a peace agreement in Washington (at the White House)": what is signed is an agreement
    between sides, and where it was signed is told (the sides came together there)."""
    signed = [o for o in verb.children if o.dep_ in ("dobj", "nsubjpass") and (   # ("the Abraham Accords", a name)
        o.lemma_.lower() in AGREEMENTS or o.lower_.removesuffix("s") in AGREEMENTS)]
    # (the place on the agreement's "of" phrase too: "a declaration of principles in Doha")
    holders = [verb, *signed, *[p for o in signed for p in prep_objects(o, {"of"})]]
    return bool(signed) and any(o.ent_type_ in ("GPE", "FAC", "LOC") or is_place(o)
                                for x in holders for o in prep_objects(x, {"in", "at"}))


def _by_side(people: list[Entity]) -> tuple[list[Entity], list[Entity]] | None:
    """Three or more who met, split into the two states they serve, when every one's state is known
    and there are exactly two (two delegates of one side are not a pair that met; a state named beside
    its own people is them); else None."""
    sides: dict[str, list[Entity]] = {}
    for e in people:
        side = e.key if e.type == "Country" else e.country
        if not side:
            return None
        sides.setdefault(side, []).append(e)
    if len(sides) != 2:
        return None
    # a side's people stand for it: its state beside them is no one more who met ("DRC President X and Y")
    a, b = ([e for e in side if e.type != "Country" or not any(p.type == "Person" for p in side)] or side
            for side in sides.values())
    return a, b


def _with_facility(facility: Entity, found: list[Entity]) -> list[Entity]:
    """The facility first; the name it is called by is not a body of its own ("the Nuseirat camp",
    "Nuseirat" tagged as an organisation)."""
    return [facility] + [f for f in found if f != facility and not (
        f.type == "Organization" and facility.label.lower().startswith(f.label.lower() + " "))]


MEDIA = {"platform", "website", "channel", "account", "television", "tv", "radio", "broadcast", "programme",
         "program", "show", "media", "network", "telegram", "x", "twitter", "facebook", "podcast", "interview"}
OWNED_BY = {"link", "belong", "tie", "connect", "use", "run", "operate", "affiliate", "control", "own"}
PLACE_PREPS = {"in", "across", "over", "near", "on", "at", "into", "against", "inside", "throughout", "along"}


ASSISTING = HELPING | {"support", "bolster", "back", "reinforce", "defend", "strengthen"}


def _troops_item(soldiers: Token) -> Entity:
    """Soldiers supplied, as the item of the supply: "troops", "soldiers"."""
    label = soldiers.lemma_.lower() + "s"
    return Entity(key=slug(label), label=label, type="Item")


def _grateful_to(verb: Token) -> list[Token]:
    """Those someone is grateful to for the verb's deed: "grateful to A and B for committing to
    provide jets", "for their commitment to providing us with F-16s": A and B (each); [] when no
    gratitude is above the verb, or a clause of its own subject comes between."""
    tok = verb
    for _ in range(6):
        if any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children) or tok.dep_ not in (
                "xcomp", "pcomp", "pobj", "prep", "acl"):
            return []
        if tok.dep_ == "prep" and tok.lower_ == "for":   # (the "for" hung on the adjective, or on "am")
            grateful = [tok.head] if tok.head.lemma_.lower() in GRATEFUL else [
                c for c in tok.head.children if c.dep_ == "acomp" and c.lemma_.lower() in GRATEFUL]
            return [x for g in grateful for o in prep_objects(g, {"to"}) for x in (o, *o.conjuncts)]
        tok = tok.head
    return []


def _helped(verb: Token) -> list[Token]:
    """Whom what is sent goes "to help": "sent troops to help Russia (repel X)", "sent systems to
    help defend Ukraine" -> Russia, Ukraine."""
    for clause in verb.children:
        if clause.dep_ not in ("advcl", "xcomp") or clause.lemma_.lower() not in ASSISTING or not any(
                a.dep_ == "aux" and a.lower_ == "to" for a in clause.children):
            continue
        for step in (clause, *[x for x in clause.children if x.dep_ == "xcomp" and x.lemma_.lower() in ASSISTING]):
            helped = [o for o in step.children if o.dep_ == "dobj"]
            if helped:
                return helped
        return [s for x in clause.children if x.dep_ == "ccomp" for s in x.children if s.dep_ == "nsubj"]
    return []


NESTING_PREPS = {"to", "of", "for", "from", "in", "at", "on", "by", "with", "about"}   # a phrase within a phrase


def _people_listed(prep: Token) -> list[Token]:
    """The people a preposition's phrase lists ("with Yoon's adviser A and the minister B"), however
    the parser hung them: each person's name (not an owner, "Yoon's") with nothing but nouns
    between it and the preposition in the parse (no verb or preposition of a phrase of its own:
    not "with A amid talks, with B pushing ..."), when the phrase names two or more so."""
    doc = prep.doc
    listed = []
    for ent in prep.sent.ents:
        if ent.label_ != "PERSON" or ent.start <= prep.i or ent.end > prep.right_edge.i + 1 or (
                ent.end < len(doc) and doc[ent.end].lower_ in ("'s", "’s")):
            continue
        tok, clear = ent.root.head, True
        while tok != prep and tok.head != tok:
            clear = clear and tok.pos_ not in ("VERB", "AUX", "ADP")
            tok = tok.head
        if clear and tok == prep:
            listed.append(ent.root)
    # (each two named apart by "and" or a comma: not the parts of one name the tagger split, "Abdel-Fattah El-" "Sisi")
    spans = sorted((e.start, e.end) for e in prep.sent.ents if e.root in listed)
    joined = all(any(t.lower_ in ("and", ",") for t in doc[a_end:b_start]) for (_, a_end), (b_start, _) in zip(spans, spans[1:]))
    return listed if len(listed) >= 2 and joined else []


def _under_prep(token: Token, top: Token, preps: set[str]) -> bool:
    """Whether `token` hangs (below `top`) from one of these prepositions."""
    tok = token
    while tok != top and tok.head != tok:
        if tok.dep_ == "prep" and tok.lower_ in preps:
            return True
        tok = tok.head
    return False


def _such_as(noun: Token) -> list[Token]:
    """The examples a noun gives: "areas such as Sumy and Kharkiv" -> Sumy."""
    return [o for p in noun.children if p.dep_ == "prep" and p.lower_ == "as" and
            any(c.lower_ == "such" for c in p.children) for o in p.children if o.dep_ == "pobj"]


def _water(entity: Entity) -> bool:
    """A sea, gulf, strait, bay, lake or ocean (no state's ground)."""
    words = entity.label.lower().split()
    return entity.type not in ("Country", "City") and bool(words) and (
        words[0] in WATERS or words[-1] in WATERS + ("ocean",) or len(words) == 1 and words[0] in SEAS_WRITTEN_BARE)


SEAS_WRITTEN_BARE = {"mediterranean", "baltic", "adriatic", "aegean", "caribbean", "atlantic", "pacific", "arctic"}


def _directional(token: Token) -> bool:
    """"east of Moscow": a place named to say where something else is."""
    head = token.head
    return token.dep_ == "pobj" and head.lower_ == "of" and head.head.lower_ in DIRECTIONS


def _one_by_one(trigger: Token) -> bool:
    """Does the text say the meetings were separate? "meetings with A and B", "bilateral talks",
    "one-on-one", "separately", "respectively"."""
    if trigger.lower_ in ("meetings", "calls", "conversations", "visits"):
        return True
    words = {t.lower_ for t in trigger.children} | {t.lower_ for t in trigger.subtree if t.dep_ in ("advmod", "npadvmod")}
    if trigger.pos_ != "VERB":
        verb = governing_verb(trigger)
        if verb is not None:
            words |= {t.lower_ for t in verb.children}
    return bool(words & {"bilateral", "separate", "separately", "respectively", "one", "individual", "individually",
                         "bilaterals", "one-on-one"})


def _verb_above(noun: Token) -> Token:
    """The nearest verb above a noun, however deep in phrases it sits (the sentence's root when
    none is a verb); unlike _clause_verb, unbounded."""
    clause = noun.head
    while clause.pos_ not in ("VERB", "AUX") and clause.head != clause:
        clause = clause.head
    return clause


def _among_those(trigger: Token) -> bool:
    """Is the verb in a clause describing the people a copula names ("Among those expected to
    meet X were A, B and C")? Each of them, not all together, meets X."""
    clause = trigger
    while clause.dep_ in ("xcomp", "conj") and clause.head != clause:
        clause = clause.head
    return bool(named_among(clause))


def _is_reciprocal(token: Token) -> bool:
    """'each other' or 'one another' (the word the phrase is headed by)."""
    pair = {token.lower_, *(c.lower_ for c in token.children)}   # the parser heads it by either word
    return pair >= {"each", "other"} or pair >= {"one", "another"}


TWO_PEOPLE = {"man", "leader", "president", "minister", "premier", "woman", "politician", "diplomat"}   # "the two men"


REPELLING = {"repel", "repulse", "resist", "withstand", "counter", "fend"}   # ... an invasion: its target does
# (and "facing (has faced) attacks", not "faces an offensive": a threat; "suffered" attacks: ENDURING)
DEFENDING = {"fight", "defend", "struggle", "stand", "hold"}   # ... against an invasion: its target does


def _resisted_by(noun: Token) -> list[Token]:
    """Who repels (resists, fights against, defends itself against) the attack the noun names
    ("Ukraine fought to repel a Russian invasion"); none otherwise."""
    verb = noun.head
    if noun.dep_ == "pobj" and verb.lower_ == "against":
        verb = verb.head
        if verb.lemma_.lower() not in DEFENDING | REPELLING:
            return []
    elif noun.dep_ != "dobj" or not (verb.lemma_.lower() in REPELLING or verb.lemma_.lower() == "face"
                                     and verb.tag_ in ("VBG", "VBN", "VBD")):
        return []
    if verb.pos_ != "VERB" or any(c.dep_ == "neg" for c in verb.children):
        return []
    if verb.dep_ == "acl" and verb.head.dep_ == "pobj" and verb.head.head.head.pos_ == "VERB":
        verb = verb.head.head.head   # "fought with great courage to repel X", the parser's "courage to repel"
    if verb.dep_ == "acl" and verb.tag_ == "VBG" and verb.head.pos_ == "PROPN":
        return [verb.head]   # "Ukraine, facing increasing Russian attacks, has ...": the name it describes
    return subjects(verb)


OCCURRING = {"happen", "occur", "hold", "begin", "start", "conclude", "end", "resume", "open"}   # talks that ...


def _reported_talks(noun: Token) -> Token | None:
    """"X said (announced) talks with Y had taken place (were held, began)": the saying verb, whose
    subject's side held the talks; None otherwise."""
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.lower_ in ("round", "session"):
        noun = noun.head.head   # "the first round of talks with Y took place"
    verb = noun.head
    if noun.dep_ not in ("nsubj", "nsubjpass") or not (verb.lemma_.lower() in OCCURRING or verb.lemma_.lower() == "take"
                                                        and any(o.lower_ == "place" for o in objects(verb))):
        return None
    return _saying_verb(verb)


def _said_by_state(verb: Token) -> list[Token]:
    """Who said what the verb tells, where it is what they said ("X said (that) 80 tanks will be sent
    to Ukraine"): the saying verb's subject; none otherwise."""
    clause = verb
    while clause.dep_ == "conj" and clause.head.pos_ in ("VERB", "AUX"):
        clause = clause.head   # "crews have started training ... and 80 tanks will be sent"
    said = _saying_verb(clause)
    return subjects(said) if said is not None else []


SAYING = ASSERTING | {"state", "add"}   # the verbs that say what their clause tells


def _saying_verb(clause: Token) -> Token | None:
    """The verb of saying whose object the clause is ("X said (that) talks took place"), else None."""
    return clause.head if clause.dep_ == "ccomp" and clause.head.lemma_.lower() in SAYING else None


MANY_SIDED = {"trilateral", "three-way", "tripartite", "quadrilateral", "four-way", "quadripartite"}


def _site_before(pronoun: Token) -> Token | None:
    """The site "it" stands for, when its sentence named one before it as a verb's object or
    subject ("had not struck the building and accused X of blowing it up")."""
    return next((t for t in reversed(pronoun.doc[pronoun.sent.start:pronoun.i]) if t.pos_ == "NOUN"
                 and t.lemma_.lower() in SITES | {"building", "bridge", "theatre", "theater"}
                 and t.dep_ in ("dobj", "nsubj", "nsubjpass")), None)


def _antecedent(token: Token, clause: Token) -> Token:
    """The noun a relative pronoun of the clause stands for ("the region, which X recaptured":
    the region); any other token as it is."""
    return _relative_antecedent(clause) if token.tag_ in ("WDT", "WP") and clause.dep_ == "relcl" else token


def _tells_talks(verb: Token) -> bool:
    """A verb of meeting or calling, or one of holding or taking part in talks ("held a meeting
    with", "participated (took part) in a meeting with")."""
    if classify(verb) in ("Meeting", "Call"):
        return True
    held = objects(verb) + prep_objects(verb, {"in"}) + [p for o in objects(verb) for p in prep_objects(o, {"in"})]
    return verb.pos_ in ("VERB", "AUX") and any(o.pos_ == "NOUN" and classify(o) in ("Meeting", "Call") for o in held)


def _relative_antecedent(clause: Token) -> Token:
    """The noun a relative clause tells of: the one it hangs from, or, where its verb is plural
    and that noun singular, the plural noun the parser should have hung it from ("buildings in
    Borodianka, a settlement near Kyiv, that were damaged")."""
    head = clause.head
    plural = any(c.dep_ in ("aux", "auxpass") and c.lower_ in ("were", "are", "have") for c in clause.children)
    if plural and head.tag_ in ("NN", "NNP"):
        return next((t for t in reversed(clause.doc[clause.sent.start:head.i]) if t.tag_ == "NNS" and
                     t.left_edge.i <= head.i <= t.right_edge.i), head)
    return head


def _sayers_title(noun: Token) -> bool:
    """Is the noun the title of the one who says what the sentence tells? "Shin Won-sik, South
    Korean defense minister, said", "the Polish foreign minister, Radoslaw Sikorski, said"."""
    person = noun.head if noun.dep_ in ("appos", "compound") and noun.head.ent_type_ == "PERSON" else noun if any(
        c.dep_ in ("appos", "nmod") and c.ent_type_ == "PERSON" for c in noun.children) else None
    return person is not None and person.dep_ == "nsubj" and person.head.lemma_.lower() in SAYING


def _press_conference(noun: Token) -> bool:
    """"a press (news) conference", "a joint briefing": an appearance of all its people together;
    "a trilateral summit (three-way talks) with A and B": A and B are at the table too."""
    words = {c.lower_ for c in noun.children if c.dep_ in ("compound", "amod")}
    return noun.lemma_.lower() in ("conference", "briefing") and bool(words & {"press", "news", "joint"}) or \
        bool(words & MANY_SIDED)


def _joint(noun: Token) -> bool:
    """"a joint press conference", "their joint news conference": held together by those in the clause."""
    return any(c.dep_ == "amod" and c.lower_ == "joint" for c in noun.children)


GROUP_SIZES = {"two": 2, "both": 2, "three": 3, "four": 4, "five": 5, "six": 6}   # "the four leaders"


def _refers_back(noun: Token) -> bool:
    """"the two leaders", "both presidents", "the two sides", "the four leaders": people the article
    has just named."""
    return noun.pos_ == "NOUN" and noun.tag_ == "NNS" and any(
        c.lower_ in ("two", "both") and c.dep_ in ("nummod", "det", "predet", "amod") or
        c.lower_ in GROUP_SIZES and c.dep_ == "nummod" and noun.lemma_.lower() in TWO_PEOPLE and any(
            d.dep_ == "det" and d.lower_ == "the" for d in noun.children) for c in noun.children) or \
        noun.lower_ == "two" and any(c.dep_ == "det" and c.lower_ == "the" for c in noun.children)   # "as the two visited X"


MEDIATING = PRESIDING | {"co-host"}   # who sat with the sides ("talks mediated (hosted) by X")
# what an attack is done or claimed by ("the attack was carried out (claimed, ordered) by X")
CARRIED_OUT = {"arrange", "authorise", "authorize", "begin", "carry", "claim", "commit", "conduct", "continue", "direct",
               "escalate", "execute", "expand", "hold", "intensify", "kick", "launch", "maintain", "mount", "orchestrate",
               "order", "organise", "organize", "perpetrate", "plan", "prepare", "renew", "resume", "schedule", "stage",
               "start", "step", "unleash"}


def _claimed_by(trigger: Token) -> list[Token]:
    """Who an attack noun is laid at: "X, which is responsible for attacks on Y", "X was behind
    the attack", "attacks claimed by X", "strikes blamed on X", "blamed the strikes on X"."""
    head = trigger.head
    if (paying := paid_for(trigger)) is not None:   # "X would pay a heavy price for the attack": X did it
        return subjects(paying) or passive_subject(paying)
    if trigger.dep_ == "pobj" and head.lower_ == "for" and head.head.lemma_.lower() == "responsible":
        if head.head.dep_ in ("oprd", "xcomp", "ccomp") and (held := [o for o in head.head.head.children if o.dep_ == "dobj"]):
            return held   # "Ukraine held Russia responsible for the attack": Russia, not who holds it so
        verb = head.head.head if head.head.dep_ in ("acomp", "amod") else head.head
        return subjects(verb)
    if trigger.dep_ == "pobj" and head.lower_ == "behind" and head.head.pos_ in ("VERB", "AUX"):
        return subjects(head.head)
    if trigger.dep_ == "pobj" and head.lower_ == "in" and head.head.lemma_.lower() in ("role", "part", "involvement"):
        # "wanted by the US for his role in the 1983 bombing": whose role it was (not who wants him)
        return [c for c in head.head.children if c.dep_ == "poss"]
    if trigger.dep_ == "pobj" and head.lower_ == "for" and head.head.lemma_.lower() == "responsibility" \
            and head.head.head.pos_ in ("VERB", "AUX"):
        # "X admitted Kyiv's responsibility for the attacks": whose it is; else "X claimed responsibility
        # for the attack on Y": the one who claims it
        return [c for c in head.head.children if c.dep_ == "poss" and c.ent_type_ in ("GPE", "ORG", "NORP")] or \
            subjects(head.head.head)
    # "drone strikes the army blamed on X", "the strikes were blamed on X" (the verb of blame on the
    # attack told, however the parser tagged the attack word)
    blamed = [t for t in trigger.sent if t.lemma_.lower() in ("blame", "attribute") and t.pos_ == "VERB" and (
        t.head == trigger and t.dep_ in ("relcl", "acl") or
        t == head and trigger.dep_ in ("nsubjpass", "dobj") or   # "the army attributed the attacks to X"
        t.dep_ in ("relcl", "acl") and t.head.head == trigger and t.head.dep_ in ("dep", "compound", "pobj") or
        # "a deadly attack on the Golan Heights blamed on the group": the blame hung on the target
        t.dep_ == "acl" and t.head.dep_ == "pobj" and t.head.head.dep_ == "prep" and t.head.head.head == trigger)]
    found = [o for c in blamed for o in prep_objects(c, {"on", "to"})]
    if not found and trigger.dep_ == "dobj" and head in blamed:
        # the parser hung "to X" ("on X") on the attacks: "attributed the attacks (on Y) to X", "blamed
        # the strikes on X" (the last "on": "blamed the attacks on Y on X")
        found = prep_objects(trigger, {"to"}) if head.lemma_.lower() == "attribute" else \
            prep_objects(trigger, {"on"})[-1:]
    if not found and _told_before(trigger):
        # "X was behind the incident and Y backed the attack": whom the sentence puts behind the attack told
        found = [s for t in trigger.sent if t.lower_ == "behind" and t.head.pos_ in ("VERB", "AUX")
                 and t.head.lemma_.lower() == "be" and any(o.lemma_.lower() in INCIDENTS | ATTACK_NOUNS and _told_before(o)
                                                           for o in prep_objects(t.head, {"behind"}))
                 for s in subjects(t.head)]
    # "to the paramilitary Rapid Support Forces", the adjective taken for the noun: the name in apposition
    return [x for o in found for x in (o, *[c for c in o.children if c.dep_ == "appos"])]



def _envoys_named(tokens: list[Token]) -> list[Token]:
    """A list with its members: "between Putin and U.S. envoys Witkoff and Kushner", which the
    parser reads as "Putin and U.S." with "envoys" a verb, is Putin and the envoys named after
    the state (a state followed by a plural noun for people that names them)."""
    out = []
    for tok in (t for x in tokens for t in (x, *x.conjuncts)):
        after = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
        named = [a for a in after.children if a.dep_ == "appos" and a.ent_type_ == "PERSON"] if (
            tok.ent_type_ == "GPE" and after is not None and after.lower_ in ENVOYS) else []
        out += [x for a in named for x in (a, *a.conjuncts)] if named else [tok]
    return out


ENVOYS = {"envoys", "officials", "negotiators", "diplomats", "representatives", "delegates", "ministers"}
AIDES = {"envoy", "aide", "adviser", "advisor", "negotiator", "representative", "emissary"}   # (plural): someone's


def _deal_parties(trigger: Token) -> list[Token]:
    """The subjects of the verb a deal hangs from: "X and Y signed a deal for the sale of ..." ->
    X, Y; "X and Y signed a letter of intent for a deal to supply ..." -> X, Y."""
    tok, path = trigger, [trigger]
    for _ in range(6):
        if tok.head == tok:
            return []
        tok = tok.head
        path.append(tok)
        if tok.lemma_.lower() in SIGNING:   # and whom it is signed with: "X signed a contract with Y"
            deals = path + [c for c in tok.children if c.dep_ == "dobj" and c.lemma_.lower() in CONTRACTS]
            return subjects(tok) + [x for t in deals for o in prep_objects(t, {"with"}) for x in (o, *o.conjuncts)]
        if tok.pos_ in ("VERB", "AUX") and tok.dep_ not in ("acl", "xcomp", "pcomp"):
            return []
    return []




def _clause_verb(token: Token, through: tuple[str, ...]) -> Token | None:
    """The verb of the clause a token sits in, up through prepositions (and the dependencies
    `through` names); None when the token is itself a subject or object of a verb."""
    tok = token
    for _ in range(4):
        if tok.dep_ not in through:
            return None
        tok = tok.head
        if tok.pos_ in ("VERB", "AUX") and tok.dep_ != "prep":  # "following", "during" are prepositions here
            return tok
    return None


LEADING_NOUNS = {"leader", "chief", "commander", "head", "founder"}   # "the leader of X, NAME" is NAME
RANGED_WEAPONS = {"drone", "missile", "rocket", "uav", "shelling", "shell", "artillery", "airstrike", "shahed"}
COMMERCIAL = {"company", "firm", "business", "corporation", "investor", "bank", "enterprise", "executive",
              "businessman", "businesswoman", "businessperson", "conglomerate"}   # met as trade, not as a state


def _clause_subjects(noun: Token) -> list[Token]:
    """The subject of the clause a noun sits in: "X arrived following meetings with Y" -> X."""
    if noun.dep_ == "pobj" and noun.head.dep_ == "prep" and noun.head.head.dep_ in ("nsubj", "nsubjpass"):
        return [noun.head.head]   # "X, in a meeting with Y, said ...": the phrase hangs from the subject itself
    verb = _clause_verb(noun, ("pobj", "prep", "pcomp", "npadvmod", "advmod"))   # "ahead of talks with Y, X ..."
    if verb is None or verb.dep_ == "pcomp" and not subjects(verb):
        # "X and Y made no progress towards a ceasefire at talks in Z": what the clause's subjects did there,
        # however deep the phrase ("at talks" hung on the ceasefire, on the progress made)
        verb = setting_verb(noun)
    if verb is None:
        return []
    if verb.lemma_.lower() == "accompany" and passive_subject(verb):
        return passive_subject(verb)   # "for his visit, X will be accompanied by Y and Z": X's visit
    if noun.dep_ == "pobj" and verb.dep_ in ("xcomp", "advcl") and verb.head.lemma_.lower() in URGED_TO:
        verb = verb.head   # "X pushes Y to train pilots in a meeting with Z": the one urging is at the meeting
        # (what the one urged is to end is theirs: "urged Y to end his invasion")
    # (a subject the parser hung in apposition on the phrase the sentence opens with: "During a
    # press conference with X, Ukrainian President Y said ...")
    found = subjects(verb) or _stranded_subject(verb)
    if verb.dep_ == "acl" and found in ([], [verb.head]) and verb.head.dep_ == "dobj" and not verb.head.ent_type_ \
            and verb.head.head.pos_ == "VERB":
        # "X holds a letter congratulating Z during a meeting with Y": the parser hangs the meeting
        # on the participle of the thing X holds (the letter does not meet); the holder's clause is X's
        found = subjects(verb.head.head)
    return found


def _where_clause(token: Token) -> Token | None:
    """The noun a "where" clause that tells the token hangs from: "the Kursk region, where
    Ukraine launched an offensive" -> region (up through the clause's own verbs and phrases,
    "where X holds towns since launching an offensive"); None when the token is in no such clause."""
    tok = token
    for _ in range(5):
        if tok.dep_ == "relcl":
            return tok.head if any(c.dep_ == "advmod" and c.lower_ == "where" for c in tok.children) else None
        if tok.head == tok or tok.dep_ not in ("dobj", "pobj", "prep", "pcomp", "advcl", "xcomp", "conj", "compound"):
            return None
        tok = tok.head
    return None


def _clause_patients(token: Token) -> list[Token]:
    """The passive subject of the clause a participle hangs from: "X was set ablaze after being struck"."""
    verb = _clause_verb(token, ("pobj", "prep", "pcomp", "advcl"))
    return passive_subject(verb) if verb is not None else []


def _verb_between(token: Token, top: Token) -> bool:
    """Is there another verb on the way from token up to top?"""
    tok = token.head
    while tok != top and tok.head != tok:
        if tok.pos_ == "VERB":
            return True
        tok = tok.head
    return False


def _told_by(token: Token, verb: Token) -> bool:
    """Is token in verb's own clause, or in that of a verb joined to it ("killing six and wounding
    11 in X"), not in a clause of another verb ("a man who had lived in X")?"""
    tok = token.head
    while tok != verb and tok.head != tok:
        if tok.pos_ == "VERB" and tok.dep_ != "conj":
            return False
        tok = tok.head
    return tok == verb


def _inside(token: Token, lemmas: set[str]) -> bool:
    """Whether the token's clause is inside a clause of one of the verbs (or a clause opened by one
    of the words: "if", "whether"); a fact a noun states is no one's request ("sought a balance,
    touting the fact that X has provided aid")."""
    tok = token
    for _ in range(5):
        if tok.head == tok:
            return False
        if tok.dep_ in ("acl", "ccomp") and tok.head.pos_ == "NOUN" and any(
                c.dep_ == "mark" and c.lower_ == "that" for c in tok.children):
            return False
        tok = tok.head
        if tok.lemma_.lower() in lemmas or any(c.lower_ in lemmas and c.dep_ == "mark" for c in tok.children):
            return True
    return any(c.lower_ in lemmas and c.dep_ == "mark" for c in token.children)

