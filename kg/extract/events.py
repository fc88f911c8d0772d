"""Event patterns over the dependency parse: Meeting, Call, Supply, Attack, Request.

Each family is a set of trigger words (verbs and nouns) plus rules that read the roles off the
trigger's syntactic neighbourhood: subjects, objects, prepositions, modifiers, and the verb that
governs a noun trigger ("held talks with", "launched an attack on"). Status comes from the
trigger's clause chain (will, is set to, proposed, denied ...)."""

from __future__ import annotations

from spacy.tokens import Span, Token

from ..families import ATTACK, CALL, MEETING, REQUEST, SUPPLY

# trigger words are declared with their family (kg/families.py)
MEET_VERBS, MEET_NOUNS = MEETING.verbs, MEETING.nouns
CALL_VERBS, CALL_NOUNS = CALL.verbs, CALL.nouns
SUPPLY_VERBS, SUPPLY_NOUNS = SUPPLY.verbs, SUPPLY.nouns
ATTACK_VERBS, ATTACK_NOUNS = ATTACK.verbs, ATTACK.nouns
REQUEST_VERBS = REQUEST.verbs
FIRE_ARMS = {"rocket", "artillery", "mortar", "tank", "missile", "drone", "sniper", "machine-gun", "machinegun", "anti-aircraft",
             "naval", "cannon", "howitzer"}   # "rocket fire", "artillery fire": an attack
# "operation" is an attack only when it is military: "a military operation in X", "cross-border operations against X"
MILITARY_MODIFIERS = {"military", "anti-terrorist", "counter-terrorist", "counterterrorism", "ground", "air",
                      "cross-border", "border", "naval", "combat", "offensive", "punitive", "special"}
SUPPLIER_NOUNS = {"supplier", "provider", "backer", "donor", "contributor"}   # "X is Y's main arms supplier", "the biggest backer of Y"
CUSTOMER_NOUNS = {"client", "customer", "buyer", "purchaser", "importer", "operator"}   # "the jet's buyers include X"
PURCHASES = {"purchase", "acquisition", "procurement"}   # "the purchase of X from Y"
APPROVING = {"approve", "authorize", "authorise", "clear", "allow", "permit"}   # a state approving another's purchase sells
SIGNING = {"sign", "agree", "conclude", "ink", "seal", "reach", "finalize", "finalise", "clinch", "strike"}   # ... a deal
HAVING_CUSTOMERS = {"have", "count", "win", "gain", "attract", "add", "find"}   # "it now has six clients including X"
ACQUIRE_VERBS = {"receive", "buy", "purchase", "acquire", "import", "obtain", "use", "procure", "get", "induct",
                 "commission", "order"}
ORDERING = {"order"}   # an order placed is a supply to come
INDUCTING = {"induct", "commission"}   # "X inducted / commissioned Y-made jets into its air force"
BATCHES = {"batch", "batches", "first", "consignment", "tranche", "lot", "squadron", "fleet", "set", "pair",
           "dozens", "hundreds", "thousands", "tens", "scores"}
LIGHT_VERBS = {"hold", "have", "begin", "start", "conduct", "set", "resume", "continue", "open", "join", "attend",
               "launch", "stage", "carry", "mount", "keep", "maintain", "step", "intensify", "unleash",
               "announce", "approve", "make", "plan", "propose", "offer", "agree", "schedule", "be", "take",
               "complete", "wrap", "end", "finish", "arrange", "seek", "want", "prepare", "organize", "organise",
               "renew", "escalate", "expand", "order", "authorize", "authorise", "pledge", "promise",
               "kick"}   # "kicked off talks"

SUPPLY_ITEM_WORDS = {"aid", "funds", "weapons", "arms", "equipment", "ammunition", "missiles", "drones",
                     "engines", "tanks", "vehicles", "systems", "assistance", "support", "munitions", "shells",
                     "jets", "aircraft", "components", "parts", "money", "loans", "grants", "supplies",
                     "artillery", "rockets", "fuel", "gas", "oil", "components", "batteries", "chips", "uavs",
                     "howitzers", "helicopters", "interceptors", "bombs", "warplanes", "submarines", "warships",
                     "frigates", "corvettes", "destroyers", "bombers", "weaponry", "radars", "rifles", "guns",
                     "launchers", "ships", "vessels", "boats", "generators", "minehunters", "minesweepers"}
CURRENCIES = {"dollar", "euro", "pound", "crown", "krone", "krona", "kronor", "kroner", "franc", "yen", "yuan", "rouble",
              "ruble", "hryvnia", "zloty", "rupee", "shekel", "lira", "won"}


def amount(token: Token) -> bool:
    """A sum of money ("$500m", "1 billion euros"), however the tagger split it (or tagged it a number)."""
    return token.ent_type_ == "MONEY" or any(c.ent_type_ == "MONEY" for c in token.children) or \
        token.lemma_.lower() in CURRENCIES and any(c.dep_ == "nummod" for c in token.children)


FUNDS_COMMITTED = {"commit", "earmark"}   # supply verbs only of a sum or of aid set aside for someone


def funds_committed(verb: Token) -> bool:
    """A sum, or aid, committed or earmarked for a recipient: "the US has committed $50 billion in
    security assistance to Ukraine", "the EU earmarked 5 billion euros for Ukraine" (not "committed
    war crimes", "committed itself to talks", "committed troops to the front")."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in FUNDS_COMMITTED:
        return False
    given = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    return any(amount(o) or o.lower_ in SUPPLY_ITEM_WORDS - {"support"} for o in given) and any(
        t.dep_ in ("prep", "dative") and t.lower_ in ("to", "for")     # (on the verb or the sum: "$50 billion
        for t in (*verb.children, *(x for o in given for x in o.subtree)))   # in aid to Ukraine")


CONTRACTS = {"deal", "agreement", "contract", "accord", "order", "memorandum"}
PLANNED_LEMMAS = {"set", "expect", "schedule", "plan", "due", "intend", "prepare", "aim", "arrange", "slate",
                  "slat",   # the small model's lemma of "slated"
                  "postpone", "delay", "reschedule",   # "talks between X and Y were postponed": still to come
                  "intent", "intention", "decision",
                  "upcoming", "next", "forthcoming", "future", "pledge", "promise", "approve", "agree", "decide",
                  "commit", "vow", "undertake"}   # "committed to delivering F-16s": to come
HESITATING = {"hesitant", "reluctant", "hesitate"}   # "appeared hesitant to provide X": weighed, not done
PROPOSED_LEMMAS = {"propose", "offer", "suggest", "urge", "invite", "push", "press", "want", "seek", "call", "consider",
                   "weigh", "mull", "explore", "contemplate",
                   "demand", "insist", "hope", "wish", "favour", "favor", "support", "ready", "willing", "prepared", "open",
                   "readiness", "willingness", "eagerness",   # "expressed X's readiness to sell Y": on offer
                   "ask", "request", "appeal"} | HESITATING
WARNING = {"warn", "caution", "advise", "counsel"}   # ... X against doing something
NEGATING_LEMMAS = {"deny", "refuse", "reject", "rule", "cancel", "fail", "decline", "halt", "stop",
                   "suspend", "pause", "block", "without", "avoid", "prevent", "scrap", "shelve", "threaten",
                   "skip", "boycott", "snub"}   # "X skipped (boycotted) the dinner with Y": not held with X
IRREGULARS = {"militia", "rebel", "insurgent", "jihadist", "guerrilla", "militant", "gunman", "terrorist"}   # not a state's army
INSURGENTS = {"rebel", "insurgent", "jihadist", "militia", "separatist", "guerrilla"}
KILLERS = {"force", "troop", "soldier", "army", "military", "fighter", "gunman", "militant", "rebel", "jet",
           "drone", "missile", "airstrike", "navy", "rocket", "shell", "bomb"}   # who kill in an attack (not the police at home)


def killed_where(verb: Token) -> list[Token]:
    """Where a killing was: "killed dozens near aid sites in Gaza", "killed eight civilians as they
    were out collecting water in the city of Lysychansk" (the clause of time telling of the killed)."""
    found = prep_objects(verb, {"in", "near", "across", "throughout"}) + [
        p for o in objects(verb) + agent_objects(verb) for x in (o, *[t for t in o.subtree if t.dep_ == "pobj"])
        for p in prep_objects(x, {"in", "near"})]   # ("killed by Russian drones in Odesa", the place hung on the doer)
    if not found:   # "killed three people and wounded two others in X": the place the verbs share
        # ("five were killed and dozens injured in X", the second verb parsed as a participle of "dozens")
        found = [p for c in verb.children if c.dep_ == "conj" and c.pos_ == "VERB" and c.lemma_.lower() in HURTING
                 and not any(s.dep_.startswith("nsubj") for s in c.children)
                 for p in prep_objects(c, {"in", "near", "across", "throughout"})] + [
            p for c in verb.children if c.dep_ == "conj" and c.pos_ in ("NOUN", "NUM", "ADJ", "PRON") for a in c.children
            if a.dep_ == "acl" and a.lemma_.lower() in HURTING for p in prep_objects(a, {"in", "near", "across", "throughout"})]
    if not found:
        for clause in (c for c in verb.children if c.dep_ == "advcl" and any(
                m.dep_ == "mark" and m.lower_ in ("as", "while", "when") for m in c.children)):
            found += [p for t in (clause, *[x for x in clause.children if x.dep_ in ("xcomp", "advcl", "acomp")])
                      for p in prep_objects(t, {"in", "near"})]
    return found


VICTIMS = {"person", "people", "civilian", "resident", "child", "woman", "man", "passenger", "worker", "soldier"}
CASUALTY_CAUSES = {"accident", "crash", "collision", "flood", "flooding", "earthquake", "quake", "stampede", "storm",
                   "landslide", "avalanche", "derailment", "hurricane", "cyclone", "typhoon", "heatwave", "riot"}


def casualties_where(verb: Token) -> list[Token]:
    """The places named where people were killed or hurt, in a passive that names no doer and no
    one by name ("two people were killed in Kharkiv", "five were killed and dozens injured in Kyiv
    and Odesa", "eight people were reported killed by drones in X"), or where people counted died
    ("one person died in Kharkiv"); not "killed in a car crash in Kyiv", nor "killed in the strike"
    (whose noun is the trigger). Empty when it is not such a sentence."""
    if verb.lemma_.lower() == "die" and verb.tag_ in ("VBD", "VBN"):   # "one person died in Kharkiv": people counted
        who = [s for s in verb.children if s.dep_ == "nsubj"]
        if not who or not all(s.lemma_.lower() in VICTIMS or any(c.dep_ == "nummod" for c in s.children) for s in who):
            return []   # (not "his grandfather died in Kharkiv")
    elif verb.lemma_.lower() not in HURTING or verb.tag_ != "VBN":
        return []
    elif any(c.dep_ == "auxpass" for c in verb.children):
        who = passive_subject(verb)
    elif verb.dep_ == "xcomp" and verb.head.lemma_.lower() in ("report", "confirm", "believe", "say") and any(
            c.dep_ == "auxpass" for c in verb.head.children):   # "eight people were reported killed in X"
        who = passive_subject(verb.head)
    else:
        return []
    # a doer named ("killed by Russian drones": the rules of doers read it), not weapons alone ("by drones")
    named_doer = any(not (o.lemma_.lower() in WEAPON_WORDS | FALLING and not any(
        m.ent_type_ in ("NORP", "GPE", "ORG") for m in o.subtree if m.i < o.i)) for o in agent_objects(verb))
    if named_doer or any(c.dep_ == "neg" for c in verb.children) or any(
            t.ent_type_ == "PERSON" or t.lower_ in ("no", "nobody", "none") for s in who for t in s.subtree):
        return []   # (someone named: "a photojournalist with him, Juan Arredondo, was wounded in Irpin"; "no one was
        # hurt in X")
    where = killed_where(verb)
    if any(t.lemma_.lower() in CASUALTY_CAUSES for t in where):
        return []
    # (the place a part of it names: "in the Ukrainian-held part of the Donetsk region")
    where += [p for t in where if t.lemma_.lower() in ("part", "parts", "area", "areas", "outskirts")
              for p in prep_objects(t, {"of"})]
    return [x for t in where for x in (t, *t.conjuncts) if x.ent_type_ in ("GPE", "LOC", "FAC")]


TOLL_WORDS = {"injury", "casualty", "death", "victim", "damage", "fatality", "loss", "destruction", "fire"}
PUNISHING = {"sanction", "punish", "downgrade", "cut", "sever", "expel", "fine", "penalise", "penalize", "rebuke",
             "blacklist", "condemn", "criticise", "criticize", "censure"}   # ... X (ties with X) for doing Y: X did
REPRISALS = {"retaliation", "response", "revenge", "reprisal", "answer", "reaction"}   # ... to (for) an attack that was
ANSWERING = {"retaliate", "respond", "react"}   # ... to (for, over) an attack: the attack answered was made
NEGOTIATING = {"talk", "talks", "negotiation", "discussion", "consultation", "negotiate"}   # ... on a supply
HELP_NOUNS = {"support", "aid", "assistance", "help"}
PLEDGING = {"pledge", "promise", "announce", "unveil", "approve", "allocate", "commit", "earmark"}   # a sum so told is to come
ARMED_HELP = {"military", "security", "defence", "defense", "lethal", "weapons", "arms", "weapon"}   # ... help from X for Y: a supply
EXCHANGING = {"exchange", "trade"}   # ... fire: each side attacked the other
HURTING = {"wound", "injure", "kill", "hurt", "maim"}   # "killed two and wounded three in X"
STRUCK_BARGAINS = {"deal", "agreement", "accord", "pact", "bargain", "compromise", "balance", "tone", "note", "chord",
                   "nerve", "pose", "truce", "ceasefire", "alliance", "partnership"}   # "struck a deal": no blow
SCOLDING = {"blast", "slam", "hammer", "batter", "pummel", "attack", "strike", "hit"}   # ... X for / over Y: criticised
TIME_NOUNS = {"night", "day", "time", "week", "weekend", "month", "hour", "year", "period", "row", "minute"}
TIME_MARKS = {"as", "when", "after", "while", "since", "because"}   # a clause of time (or cause) of its own
KNOWING = {"inform", "tell", "consult", "notify", "brief", "know", "aware", "warn"}   # not knowing of an event
BACKING = {"back", "support", "bolster", "help", "assist", "aid", "reinforce"}   # ... X with weapons
ARRIVING = {"arrive", "travel", "fly", "come", "land", "visit", "go"}   # "X arrived in Kyiv and talked with Y"
MEALS = {"dinner", "lunch", "breakfast", "luncheon"}   # had dinner with someone: met them
BLASTS = {"explosion", "blast", "fire", "blaze", "damage", "destruction"}   # what weapons caused at a place
FELL = {"fall", "land", "explode", "crash", "detonate", "impact", "rain"}   # what a weapon in flight did where it came down
FELL_PREPS = {"on", "in", "near", "into", "onto", "at"}   # ... where: "fell near a school", "crashed onto a refinery"
PARTITIVES = {"one", "some", "two", "three", "several", "many", "most", "part", "parts", "dozens", "hundreds",
              "pair", "couple", "number", "dozen", "swarm", "salvo", "barrage", "volley", "wave", "series"}   # "a pair of drones"
FALLING = {"missile", "rocket", "drone", "shell", "bomb", "debris", "fragment", "projectile", "shrapnel"}   # fell on a place
CALLED_OFF = {"call": "off", "put": "off", "stay": "away"}   # "the meeting was called off", "put off the visit",
# "stayed away from the dinner with X"
ASSERTING = {"confirm", "announce", "say", "tell", "reveal", "report"}   # "I can confirm that ...": told as fact
HYPOTHETICAL = {"could", "might", "may", "should", "whether", "if", "unless", "must", "can"}
PERMISSION_NOUNS = {"approval", "permission", "authorization", "authorisation", "clearance", "consent"}
SEEKING = {"request", "seek", "ask", "get", "receive", "obtain", "win", "need", "apply"}   # leave sought
SEATS = {"office", "house", "palace", "kremlin", "chancellery"}   # "the Oval Office", "the White House"
GATHERING_PLACES = {"venue", "sidelines", "sideline", "margins", "ceremony", "reception", "dinner", "banquet", "forum"}
APPEARING = {"say", "speak", "stand", "sit", "appear", "tell", "add", "announce", "pose", "remark", "declare", "state",
             "condemn", "denounce", "warn", "stress", "vow", "unveil", "reaffirm",   # with someone beside them
             "mark", "celebrate", "commemorate", "attend", "watch", "tour", "inspect", "observe"}   # (a ceremony, a visit)
MISTAGGED_MEETS = {"greets", "meets", "welcomes", "receives", "hosts"}
RECEIVED_WORDS = {"news", "proposal", "plan", "offer", "decision", "statement", "move", "announcement", "outcome",
                  "result", "agreement", "deal", "idea", "initiative", "step", "letter", "message", "invitation"}   # (welcomed)
ANNOUNCING = {"announce", "unveil", "allocate", "earmark"}
MODAL_OFFERS = {"could", "might", "may", "can", "should"}
PLANNED_AUX = {"will", "'ll", "shall", "would", "wo", "gon"}


BLOW_VERBS = {"deliver", "deal", "inflict", "strike", "land"}
BLOWN_AT = {"refinery", "depot", "airfield", "base", "position", "plant", "facility", "target", "infrastructure",
            "port", "airbase", "warehouse", "headquarters", "troops", "forces", "unit", "ship", "vessel",
            "fleet", "bridge", "station", "terminal", "arsenal", "storage", "site", "concentration"}   # what a blow hits


def calls_on(verb: Token) -> list[Token]:
    """Whom "X will call on Prime Minister Y" names: X pays Y a visit; nobody in "X called on Y to
    stop" or "called on Y for a ceasefire" (urged)."""
    if verb.lemma_.lower() != "call" or verb.pos_ != "VERB":
        return []
    on = prep_objects(verb, {"on", "upon"})
    loose = [c for c in verb.children if c.dep_ in ("prep", "prt") and c.lower_ in ("on", "upon")
             and not any(o.dep_ == "pobj" for o in c.children)]
    if loose:   # "on" read as a particle, or a preposition left without its object: the name after it
        on += [c for c in verb.children if c.dep_ in ("dobj", "dep", "npadvmod", "attr", "oprd")
               and c.i > loose[0].i and c.ent_type_ == "PERSON"]
    on = [o for o in on if o.ent_type_ not in ("DATE", "TIME")]   # (not "on Monday")
    urged = [c for x in (verb, *on) for c in x.children if c.dep_ in ("xcomp", "ccomp", "advcl", "acl", "relcl")
             and (c.tag_ == "VB" or any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children))]
    if not on or urged or prep_objects(verb, {"for"}) or not all(o.ent_type_ == "PERSON" for o in on):
        return []
    return on


def at_war(noun: Token) -> Token | None:
    """The verb of "X has been at war with Y", "X and Y remain at war": each attacks the other."""
    if noun.lemma_.lower() != "war" or noun.dep_ != "pobj" or noun.head.lower_ != "at" or \
            noun.head.head.lemma_.lower() not in ("be", "remain", "stay") or any(c.dep_ == "det" for c in noun.children):
        return None
    return noun.head.head


def dealt_blow(noun: Token) -> bool:
    """A blow dealt to something that can be hit ("delivered a powerful blow to Russian oil
    refineries", "dealt a heavy blow against enemy positions"), not a blow to hopes or an economy:
    the one it hits is a facility, a place or an armed force."""
    if noun.lemma_.lower() != "blow" or noun.pos_ != "NOUN" or noun.dep_ != "dobj" or \
            noun.head.lemma_.lower() not in BLOW_VERBS:
        return False
    hit = prep_objects(noun, {"to", "on", "against"}) or prep_objects(noun.head, {"to", "on", "against"})
    return any(h.ent_type_ in ("GPE", "LOC", "FAC") or h.lemma_.lower() in BLOWN_AT for h in hit)


def classify(token: Token) -> str | None:
    """The event family a trigger word belongs to, if any."""
    lemma, lower, pos = token.lemma_.lower(), token.lower_, token.pos_
    if pos in ("VERB", "AUX") and also_present(token):   # "X was also in attendance", "Y also attended"
        return "Meeting"
    if armed_by(token) or on_the_way(token):   # "Hezbollah, armed by Iran" (whether the parser made "armed" a verb
        return "Supply"                          # or an adjective); "F-16s are en route to Ukraine from Denmark"
    if pos == "VERB":
        if lemma in ("speak", "talk", "come", "sit") and not _by_phone(token) and (any(
                c.lower_ == "face-to-face" for c in token.children) or lemma in ("speak", "talk") and any(
                o.lower_ == "person" and not any(c.dep_ in ("det", "amod", "compound") for c in o.children)
                for o in prep_objects(token, {"in"}))):
            return "Meeting"   # "X and Y talked face-to-face", "the two presidents came face-to-face", "X and Y
            # spoke in person" (not "spoke one-on-one": on the phone too)
        if lemma in ("speak", "talk", "chat") and not _by_phone(token):
            # "Blinken and Kuleba talked in Kyiv", "A and B chat at the summit", "X arrived in Kyiv and talked
            # with Y": face to face where they were
            where = [token, token.head] if token.dep_ == "conj" and token.head.lemma_.lower() in ARRIVING else [token]
            where += [x for c in token.children if c.dep_ in ("advcl", "prep") for x in (c, *c.children)
                      if x.dep_ in ("advcl", "pcomp") and x.lemma_.lower() in ARRIVING]   # "Since arriving in Paris, X talked with Y"
            if any(o.ent_type_ in ("GPE", "FAC") or o.lemma_.lower() in GATHERING_PLACES or
                   o.ent_type_ == "ORG" and o.lemma_.lower() in SEATS or   # "spoke with X in the Oval Office
                   o.pos_ in ("NOUN", "PROPN") and o.lemma_.lower() in MEETING.nouns for v in where
                   for o in prep_objects(v, {"in", "at"})) or any(
                    o.lemma_.lower() in ("sidelines", "sideline", "margins") for o in prep_objects(token, {"on"})):
                return "Meeting"   # (or "at the venue of the summit", "at the G7 Leaders' Summit", "on the
                # sidelines of the summit": there together)
        if lemma == "tell" and not _by_phone(token) and not _in_a_call(token) and (told := told_people(token)) and any(
                _where_met(o) or o.lemma_.lower() in GATHERING_PLACES
                for h in (token, *told) for o in prep_objects(h, {"in", "at"})):
            return "Meeting"   # "X told Putin in Moscow (in the Kremlin, at State House) that ...": told face to
            # face where they were (the parser may hang the place on the one told)
        if lemma in APPEARING and beside(token) and not any(
                o.pos_ == "NOUN" and classify(o) == "Meeting" for o in objects(token)):
            return "Meeting"   # "X said alongside Y", "speaking alongside Y": together (not "attended a summit
            # alongside Y": the summit's noun tells it)
        if honoured(token):   # "Zelensky presented Kellogg with a state honour": in person
            return "Meeting"
        if lemma in CALL_VERBS and (lemma in ("speak", "talk", "phone", "telephone") or _by_phone(token)):
            return "Call"
        if lemma == "invite" and any(c.dep_ == "dobj" and c.ent_type_ == "PERSON" for c in token.children) and any(
                _where_met(o) for o in prep_objects(token, {"to"})) and not has_prep(token, {"for"}) and not any(
                c.dep_ == "xcomp" for c in token.children):
            return "Meeting"   # "Meloni invited Zelensky to Rome": a visit to her, proposed (not "invited X to
            # Paris for talks", "invited X to join": read from their own words)
        if len(mourners(token)) >= 2:
            return "Meeting"   # "X and Y placed wreaths at the memorial": a ceremony the two attended together
        if lemma == "confer" or lemma == "huddle" and has_prep(token, {"with"}):
            return "Meeting"  # "Rubio conferred with Lavrov", "Erdogan huddled with Putin in Sochi"
        if lemma == "tell" and _by_phone(token):
            return "Call"
        if lemma == "call" and calls_on(token):  # "Wang will call on Prime Minister Modi": a visit paid
            return "Meeting"
        if lemma == "call" and _calls_someone(token):  # "Macron called Zelensky on Friday"
            return "Call"
        if lemma in INDUCTING and not has_prep(token, {"into"}):
            return None   # "commissioned a study": only what enters a force ("into its navy") was supplied
        if lemma in ACQUIRE_VERBS and _acquired_from(token):  # "received jets from X" before "received X"
            return "Supply"
        if lemma == "receive" and any(o.dep_ == "dobj" and (o.lower_ in SUPPLY_ITEM_WORDS or o.ent_type_ == "PRODUCT" or any(
                t.lower_.endswith("-made") or t.lower_ == "made" for t in o.subtree if t.i < o.i)) for o in token.children):
            return "Supply"   # "the country has received its first US-made F-16s": arms received, not a guest
        if lemma in ("buy", "purchase", "procure") and bought_for(token):
            return "Supply"   # "Canada is buying NASAMS for Ukraine": bought for another, supplied to it
        if lemma == "arrive" and has_prep(token, {"in", "to"}) and (has_prep(token, {"from"}) or any(
                (t.lower_ in ("made", "built") or t.lower_.endswith("-made")) and t.i < s.i for s in subjects(token) for t in s.subtree)
                or any(given_by(s) for s in subjects(token))):
            # "the first Abrams tanks arrived in Ukraine from the United States", "US-made tanks will arrive in
            # X", "the missiles promised by Spain have arrived in Ukraine"
            return "Supply"
        if arms_arrived(token):
            return "Supply"   # "four of its Leopard 2 tanks had reached Ukraine", "German tanks arrived in Ukraine"
        if lemma == "arrive" and has_prep(token, {"in", "to"}) and arrived_with(token):
            return "Supply"   # "Russian military instructors have arrived in Niger with an air defence system"
        if lemma == "bring" and prep_objects(token, {"to"}) and any(
                item_noun(o) or o.ent_type_ == "PRODUCT" or any(t.ent_type_ == "PRODUCT" for t in o.subtree)
                for d in token.children if d.dep_ == "dobj" for o in (d, *batch_of(d))):
            return "Supply"   # "Germany brought three Patriot batteries to Slovakia" (not "brought peace to")
        if lemma in MEET_VERBS:
            if lemma in ("gather", "convene") and any(c.dep_ == "dobj" for c in token.children):
                return None  # "X and Y gathered in Antalya" met; "X gathered support from Y" did not
            if lemma in ("receive", "welcome", "greet") and any(
                    c.dep_ in ("nsubjpass", "dobj") and c.pos_ == "NOUN" and (c.lower_ in MEET_NOUNS or c.lemma_.lower()
                                                                          in MEET_NOUNS | RECEIVED_WORDS)
                    for c in token.children) or lemma == "receive" and any(
                    c.dep_ == "advmod" and c.lower_ in ("well", "poorly", "badly", "coolly") for c in token.children):
                return None  # "his visit was well received by officials", "X welcomed the talks": a reaction
            return "Meeting"
        if lemma == "join" and joins_company(token):   # "They were joined by X", "X later joined them"
            return "Meeting"
        if lemma == "accompany" and any(c.ent_type_ == "PERSON" or c.lower_ in ("he", "she") for c in token.children
                                        if c.dep_ in ("dobj", "nsubjpass")) and any(
                x.ent_type_ == "PERSON" for c in token.children if c.dep_ in ("nsubj", "agent") for x in (
                    c, *c.children, *[a for o in c.children for a in o.children if a.dep_ == "appos"])):
            return "Meeting"   # "Accompanying X at the Kremlin was Y", "X was accompanied by Y": Y joined X's talks
            # ("by her Ukrainian counterpart, Y": the name in apposition)
        if brought_together(token):   # "the talks brought together X, Y and Z"
            return "Meeting"
        if lemma == "shake" and shaken_hands(token) is not None:  # "X shook hands with Y", "X and Y shake hands"
            return "Meeting"
        if lemma in ("embrace", "hug") and any(c.dep_ == "dobj" and c.ent_type_ == "PERSON" for c in token.children) \
                and any(c.dep_ == "nsubj" and c.ent_type_ == "PERSON" for c in token.children):
            return "Meeting"  # "Modi embraced Putin at his residence" (not "Ukraine embraced the proposal")
        if lemma == "sit" and any(c.dep_ == "prt" and c.lower_ == "down" for c in token.children) \
                and prep_objects(token, {"with"}):
            return "Meeting"  # "X sat down with Y"
        if lemma in ("transport", "ferry") and not has_prep(token, {"from"}):
            return None   # carried somewhere ("transported drones into Russia" for an attack): only "from A to B" supplies
        if lemma == "lend" and any(o.lemma_.lower() in LENT_FIGURATIVELY for o in token.children if o.dep_ == "dobj"):
            return None   # "France is lending support (its voice, weight) to X": backing in words, not a loan
        if lemma in SUPPLY_VERBS and not any(dealt_blow(o) for o in token.children if o.dep_ == "dobj"):
            return "Supply"   # (not "delivered a blow to X": the blow is the attack)
        if funds_committed(token):
            return "Supply"   # "the US has committed $50 billion in aid to Ukraine"
        if lemma in THANKING and thanked_for_arms(token):
            return "Supply"   # "Zelensky thanked (praised) Denmark for the F-16s": what was given is a supply
        if troops_helping(token):
            return "Supply"   # "Burundian troops were helping the Congolese army": soldiers at a state's war
        if lemma in BACKING and any(o.lower_ in SUPPLY_ITEM_WORDS or o.ent_type_ == "PRODUCT" or any(
                c.lower_ in SUPPLY_ITEM_WORDS for c in o.conjuncts) for o in with_items(token)):
            return "Supply"   # "backing Ukraine with weapons", "supports Kyiv with air defence systems"
        if backing_states(token):
            return "Supply"   # "Ukraine has been supported by the US in its fight against Russia" (kept only where
            # the article tells of a war: kg.extract.pipeline)
        if intercepted(token):
            return "Attack"  # "air defences shot down 59 of 102 Russian drones": the drones' side attacked
        if lemma in ATTACK_VERBS:
            if lemma in SCOLDING and any(o.ent_type_ not in ("DATE", "TIME") and o.lemma_.lower() not in TIME_NOUNS
                                         for o in prep_objects(token, {"for", "over"})) or lemma == "hit" and any(
                    c.dep_ == "prt" and c.lower_ == "out" for c in token.children):
                return None   # "they blasted the Kremlin for an attack", "hit out at X": words, not blows
            if lemma == "hammer" and any(c.dep_ == "prt" and c.lower_ == "out" for c in token.children) or any(
                    c.dep_ == "dobj" and c.lemma_.lower() in STRUCK_BARGAINS for c in token.children):
                return None   # "hammered out a deal", "struck a balance": agreed, not hit
            if lemma in ("seize", "capture") and (seized := [
                    x for o in objects(token) for t in (o, *o.conjuncts)
                    for x in (prep_objects(t, {"of"}) if t.lemma_.lower() in HAULS else [t])]) and all(
                    x.lemma_.lower() in WEAPON_WORDS | CARGOES or any(
                        c.dep_ == "compound" and c.lemma_.lower() in WEAPON_WORDS for c in x.children) for x in seized):
                return None   # "the Navy seized Iranian arms (750 tons of missiles) bound for X": an interdiction
                # (not "seized large parts of X", "seized Philippine boats and firearms")
            return "Attack"
        clause = token.head.head if token.dep_ == "pcomp" and token.head.lower_ in CLAUSE_PREPS else \
            token.head if token.dep_ == "advcl" else token
        clause = clause.head if clause.dep_ == "npadvmod" and clause.head.pos_ == "VERB" else clause   # "the day after"
        doers = [s for h in ([token, clause] if token.tag_ == "VBG" and clause != token else [token])
                 for s in h.children if s.dep_ == "nsubj"]
        if lemma == "damage" and any(s.lemma_.lower() in FALLING | {"strike", "airstrike", "attack", "shelling"}
                                     for s in doers):
            return "Attack"  # "Russian missiles damaged a power plant in X" (not "the storm damaged X"); "after
            # damaging X, a drone attacked Y": the clause's drone
        if lemma == "take" and _takes_ground(token):
            return "Attack"  # "Russian troops took Avdiivka"
        if lemma == "drop" and any(o.dep_ == "dobj" and o.lemma_.lower() in FALLING | WEAPON_WORDS for o in token.children) \
                and has_prep(token, {"on", "onto"}):
            return "Attack"  # "Russian forces dropped a powerful bomb on a theatre in Mariupol"
        if lemma == "rain" and any(o.dep_ == "dobj" and o.lemma_.lower() in FALLING for o in token.children):
            return "Attack"  # "Russian forces rained missiles (down) on Kyiv": what they fired
        if lemma in FELL and any(c.dep_ == "nsubj" and (c.lemma_.lower() in FALLING or c.lower_ in PARTITIVES and any(
                o.lemma_.lower() in FALLING for o in prep_objects(c, {"of"}))) for c in token.children) \
                and has_prep(token, FELL_PREPS):
            return "Attack"  # "a missile fell near a school in Kharkiv", "debris fell on a building in Kyiv",
            # "a pair of drones exploded in X"
        if lemma == "cause" and any(c.dep_ == "nsubj" and c.lemma_.lower() in FALLING for c in token.children) and any(
                o.dep_ == "dobj" and o.lemma_.lower() in BLASTS and (has_prep(o, {"at", "in", "on", "near"}) or
                                                                      has_prep(token, {"at", "in", "on", "near"}))
                for o in token.children):
            return "Attack"  # "Ukrainian drones caused explosions at the Engels airfield"
        if (lemma == "blow" and any(c.dep_ == "prt" and c.lower_ == "up" for c in token.children) or lemma == "knock"
                and any(c.dep_ == "prt" and c.lower_ == "out" for c in token.children) and _armed_doer(token)) and any(
                c.dep_ == "dobj" for c in token.children):
            return "Attack"  # "saboteurs blew up a railway bridge in the Bryansk region", "knocked out a bridge"
        if lemma in ("kill", "assassinate") and any(c.dep_ == "agent" for c in token.children) and any(
                c.dep_ == "nsubjpass" and c.ent_type_ == "PERSON" for c in token.children):
            return "Attack"  # "Soleimani was killed by a US drone in Baghdad": someone named, by someone
        if lemma in HURTING and any(o.pos_ == "PROPN" or o.lemma_.lower() in KILLERS | WEAPON_WORDS
                                    for o in agent_objects(token)) and killed_where(token) and (
                any(c.dep_ == "nsubjpass" for c in token.children) or token.dep_ == "acl"):
            return "Attack"  # "civilians were killed by Armenian missiles in Ganja", "civilians killed by Armenia in
            # Ganja", "two were wounded by Ukrainian drones in Belgorod": where, by whom
        if lemma in ("kill", "assassinate") and any(c.dep_ == "nsubj" and (c.pos_ == "PROPN" or c.lemma_.lower() in KILLERS)
                                                   for c in token.children):   # a side killed
            if killed_where(token) and not any(
                    unnamed_fighters(x) for o in objects(token) for x in (o, *prep_objects(o, {"of"}))):
                return "Attack"  # "Israeli forces killed dozens of Palestinians near aid sites in Gaza": where they
                # killed (not "troops killed jihadists in X": they fought them there; X is no target)
            if any(o.ent_type_ == "PERSON" or states_official(o) for o in objects(token)):
                return "Attack"  # "Israel killed Hassan Nasrallah", "North Korean soldiers killed a South Korean official"
        if casualties_where(token):
            return "Attack"  # "Two people were killed in Kharkiv", told after an attack: a place it hit (the attack
            # reader takes the attacker from the article's frame; with none, there is no event)
        if fire_preps(token):
            return "Attack"  # "drones set fire to a fuel depot in Belgorod", "troops opened fire on crowds in Rafah"
        if set_ablaze(token):
            return "Attack"  # "Ukrainian drones set an oil depot ablaze (on fire) in X"
        if lemma in ("slam", "crash", "smash", "plough", "plow", "tear", "rip") and has_prep(token, {"into", "onto"}):
            return "Attack"  # "Russian missiles slammed into a shopping centre in Kremenchuk"
        if lemma in ("advance", "push", "march", "cross") and has_prep(token, {"into"}) or lemma in (
                "advance", "march", "push") and has_prep(token, {"on", "toward", "towards"}):
            return "Attack"  # "Ukrainian troops advanced into Russia's Kursk region"
        if lemma == "enter" and any(c.dep_ == "nsubj" and c.pos_ == "NOUN" and c.lemma_.lower() in KILLERS | INSURGENTS
                                    for c in token.children) and any(
                o.dep_ == "dobj" and (o.ent_type_ in ("GPE", "LOC") or o.lemma_.lower() in ("town", "city", "village"))
                for o in token.children):
            return "Attack"  # "the rebels entered the town of Kamanyola": fighters taking ground
        if lemma in EXCHANGING and any(o.dep_ == "dobj" and (o.lower_ in ATTACK_NOUNS or o.lemma_ in ("fire", "shelling"))
                                       for o in token.children):
            return "Attack"  # "India and Pakistan exchanged fire", "traded fire": each attacked the other
        if lemma == "fight" and token.dep_ in ("xcomp", "advcl") and any(
                c.dep_ == "aux" and c.lower_ == "to" for c in token.children) and \
                token.head.lemma_.lower() in DEPLOYING and any(
                _troops(o) for o in objects(token.head) + prep_objects(token.head, {"in"})) and any(   # ("sent in troops")
                o.dep_ == "dobj" and (o.ent_type_ in ("ORG", "GPE", "NORP") or o.pos_ == "PROPN") for o in token.children):
            return "Attack"  # "Eritrea sent thousands of troops to fight the TDF": troops sent against a side
        if lemma == "clash":
            return "Attack"  # "Thai and Cambodian troops clashed on the border": each attacked the other
        if lemma in REQUEST_VERBS:
            return "Request"
        if lemma == "discuss":  # "X and Y discussed Z in a call" is a call
            return "Call" if _by_phone(token) or _in_a_call(token) else "Meeting"
    elif lower == "one" and token.dep_ in ("dobj", "pobj") and _after_talks(token) and (
            has_prep(token, {"with"}) or has_prep(token.head, {"with"})):
        return "Meeting"   # "The meeting with Hamas followed one with X and Y": a meeting with them, before it
    elif pos in ("NOUN", "PROPN"):
        if lower in ("flow", "flows") and has_prep(token, {"to", "from"}) and any(
                o.lemma_.lower() in WEAPON_WORDS | {"arm", "arms", "ammunition"} or o.ent_type_ == "PRODUCT"
                for o in prep_objects(token, {"of"})):
            return "Supply"   # "the flow of weapons from Iran via Syria to Hezbollah"
        if lemma in MEALS and (has_prep(token, {"with", "between"}) or token.dep_ == "dobj" and has_prep(token.head, {"with"})):
            return "Meeting"  # "Trump had dinner with Macron at the Elysee"
        if lower in MISTAGGED_MEETS and token.dep_ == "ROOT":
            return "Meeting"  # a caption's "X greets Y", the verb tagged a plural noun
        if lower in CALL_NOUNS and (has_prep(token, {"with", "between"}) or told_in(token) is not None):
            return "Call"
        if lemma == "conversation" and has_prep(token, {"with", "between"}) and any(
                c.lower_ in ("phone", "telephone", "video") for c in token.children):
            return "Call"  # "held a phone conversation with X"
        if (lower in MEET_NOUNS or lemma in MEET_NOUNS) and any(
                c.dep_ in ("amod", "compound") and c.lower_ in ("online", "virtual", "video", "video-link", "videolink")
                for c in token.children):
            return "Call"   # "attended an online meeting", "a video conference with X": not in one place
        if (lower in MEET_NOUNS or lemma in MEET_NOUNS) and lower not in ("visit", "trip", "summit") and any(
                p.lower_ in ("by", "over", "via") and any(o.lemma_.lower() in ("phone", "telephone", "videolink")
                                                        for o in p.children if o.dep_ == "pobj")
                for h in (token, token.head) for p in h.children if p.dep_ == "prep" and (h == token or p.i > token.i)):
            return "Call"   # "X and Y held talks by phone", "a one-on-one over the phone": not in one place
        if (lower in MEET_NOUNS or lemma in MEET_NOUNS) and token.dep_ == "pobj" and token.head.lower_ == "under":
            return None   # "under discussion (negotiation) with X": a matter still open, no talks told
        if lower in MEET_NOUNS or lemma in MEET_NOUNS:
            if lower in ("round", "session"):   # "a round of talks", "a session between X and Y"
                return "Meeting" if _of_talks(token) or lower == "session" and any(
                    o.ent_type_ in ("PERSON", "GPE", "NORP") for o in prep_objects(token, {"between"})) else None
            return "Meeting"
        if lower in ATTACK_NOUNS or lemma in ATTACK_NOUNS:
            return "Attack"
        if lemma in ("assassination", "killing", "murder") and any(o.ent_type_ == "PERSON" for o in prep_objects(
                token, {"of"})) and (has_prep(token, {"by"}) or any(m.ent_type_ in ("NORP", "GPE", "ORG") for m in left_modifiers(token))
                                     or token.dep_ == "pobj" and token.head.lower_ in ("for", "of")
                                     and token.head.head.lemma_.lower() in ACCUSING
                                     or token.dep_ == "dobj" and token.head.lemma_.lower() in DOING_KILLINGS
                                     or avenged_on(token) is not None):
            # "Israel's assassination of Ismail Haniyeh": by whom named (not "the killing of civilians"); "X
            # blamed Y for the killing of Z", "Y carried out the killing of Z": by whom blamed, or who did it;
            # "X braced for retaliation over the killing of Z": X
            return "Attack"
        if lemma == "clash" or lower == "clashes":
            return "Attack"   # "clashes between Thai and Cambodian forces": each side attacked the other
        if at_war(token) is not None:
            return "Attack"   # "the army has been at war with the RSF since 2023"
        if dealt_blow(token):
            return "Attack"   # "the army delivered a powerful blow to Russian refineries"
        if lemma in INCIDENTS and token.dep_ == "pobj" and any(c.dep_ == "det" and c.lower_ in ("the", "this", "that")
                                                               for c in token.children) and (
                token.head.lower_ == "behind" and token.head.head.lemma_.lower() == "be" or
                token.head.lower_ == "for" and token.head.head.lemma_.lower() in ("responsible", "responsibility")):
            return "Attack"   # "X was behind the incident", "claimed responsibility for the massacre": the attack told
        if lemma == "target" and targets_listed(token):
            return "Attack"   # "Among Moscow's targets were X and Y", "Russia's targets included X"
        if lemma == "fire" and token.pos_ == "NOUN" and any(c.dep_ in ("compound", "amod", "nmod") and c.lemma_.lower() in
                                                              FIRE_ARMS for c in token.children):
            return "Attack"   # "Hezbollah rocket fire killed a soldier" (not "a fire broke out at the depot")
        if lower == "fire" and token.dep_ == "pobj" and token.head.lower_ == "under" and \
                token.head.head.lemma_.lower() in ("come", "be", "remain", "fall"):
            return "Attack"   # "X came under fire from Y" (not "a fire broke out")
        if lower in TOLLS and toll_verb(token) is not None:
            return "Attack"  # "most of the casualties occurred in Kyiv": an attack told by its toll
        if lemma in ("operation", "operations") and any(
                c.dep_ in ("amod", "compound") and c.lower_.strip("“”\"'") in MILITARY_MODIFIERS for c in token.children):
            return "Attack"
        if lemma in ("operation", "operations", "war") and any(
                x.ent_type_ in ("ORG", "GPE", "NORP", "LOC") and x.pos_ == "PROPN"
                for o in prep_objects(token, {"against"} | ({"on"} if lemma == "war" else set()))
                for x in (o, *[c for c in o.children if c.dep_ == "compound"])):
            return "Attack"   # "its operations against Al-Shabaab", "Israel's war against the Hamas group", "the
            # Israeli war on Gaza": against (on) a named group, state or land
        if lemma == "action" and any(c.dep_ == "amod" and c.lower_ == "military" for c in token.children) and any(
                c.dep_ in ("amod", "compound", "poss") and c.ent_type_ in ("NORP", "GPE", "ORG") for c in token.children):
            return "Attack"   # "weakened by Israeli military actions" (a state's, not "military action is possible")
        if lower in SUPPLY_NOUNS or lemma in SUPPLY_NOUNS:
            return "Supply"
        if lemma == "export" and token.pos_ == "NOUN" and any(
                x.ent_type_ == "PRODUCT" or {x.lower_, x.lemma_.lower(), x.lemma_.lower() + "s"} & ARMS_WORDS
                for o in [*prep_objects(token, {"of"}), *(c for c in token.children if c.dep_ in ("compound", "amod"))]
                for x in (o, *left_modifiers(o))):
            return "Supply"   # "the export of Eurofighter jets to X", "arms exports to X": of arms (not "oil exports")
        armed = armed_help(token)
        if armed and has_prep(token, {"for", "to"}) and (has_prep(token, {"from"}) or any(
                c.dep_ in ("amod", "compound", "poss") and c.ent_type_ in ("NORP", "GPE") and c.i < token.i
                for c in token.children)) or (armed or lemma in ("aid", "assistance")) and _sum_in_help(token):
            return "Supply"   # "military support for Ukraine from the U.S. and its allies": armed help from one to another;
            # "announced $2.5bn in economic (humanitarian) aid for X": a sum of aid given
        if weapons_used(token):
            return "Attack"   # "Russia's use of North Korean missiles against Kharkiv"
        if lemma in CONTRACTS and lemma != "order" and (contract_items(token) or arms_contract(token)):
            return "Supply"   # "X signed a contract with Y for 48 jets", "an export contract with Y on drones",
            # "X and Y signed an arms deal"
        if lemma in SUPPLIER_NOUNS and supplied_by(token):  # "X is Y's main arms supplier"
            return "Supply"
        if lemma in PURCHASES and prep_objects(token, {"of"}) and (has_prep(token, {"from"}) or any(
                has_prep(o, {"from"}) for o in prep_objects(token, {"of"}))):
            return "Supply"   # "approved the purchase of 31 drones from the US": bought from the US
        if lemma in PURCHASES and prep_objects(token, {"of"}) and token.dep_ == "dobj" and \
                token.head.lemma_.lower() in APPROVING and any(c.dep_ == "poss" and c.ent_type_ in ("GPE", "NORP")
                                                            for c in token.children):
            return "Supply"   # "the US approved Jakarta's purchase of 36 F-15s": the seller approving another's buy
        if lemma in PURCHASES and any(c.dep_ == "poss" and c.ent_type_ in ("GPE", "NORP") for c in token.children) and \
                any(state_made(o) for o in prep_objects(token, {"of"})):
            return "Supply"   # "Ankara's purchase of a Russian air defence system": bought from its maker
        if lemma in CUSTOMER_NOUNS and customers_listed(token) and customers_of(token):
            return "Supply"   # "the Rafale's buyers include Egypt", "it has six foreign clients including Qatar"
    return None


def _takes_ground(verb: Token) -> bool:
    """"took Avdiivka": a named place taken, not "took part" or "took a train". (Taking control of
    villages is not read as an attack: the gold leaves it out.)"""
    return any(c.dep_ == "dobj" and (c.ent_type_ in ("GPE", "LOC", "FAC") or c.lemma_.lower() in TAKEN_PLACES and any(
        o.ent_type_ in ("GPE", "LOC", "FAC") for o in prep_objects(c, {"of"}))) for c in verb.children)
    # ("took the strategic city of Goma": the place noun with its name)


TAKEN_PLACES = {"city", "town", "village", "port", "capital", "hub"}


FIRE_IDIOMS = {"set": {"to"}, "open": {"on", "at"}}   # "set fire to X", "opened fire on / at X"


def fire_preps(verb: Token) -> set[str]:
    """The prepositions that name what is attacked when the verb heads "set fire to" or "open fire
    on / at" (its object "fire"); empty otherwise."""
    preps = FIRE_IDIOMS.get(verb.lemma_.lower(), set())
    if preps and has_prep(verb, preps) and any(c.dep_ == "dobj" and c.lower_ == "fire" for c in verb.children):
        return preps
    return set()


def set_ablaze(verb: Token) -> bool:
    """"X set a depot ablaze", "X set the depot on fire": its object burnt by someone named as the
    clause's subject (not "the depot was set ablaze")."""
    if verb.lemma_.lower() != "set" or verb.pos_ != "VERB" or not any(c.dep_ == "nsubj" for c in verb.children):
        return False
    burnt = [c for c in verb.children if c.dep_ == "dobj"]
    return bool(burnt) and any(x.lower_ == "ablaze" or x.dep_ == "prep" and x.lower_ == "on" and any(
        f.lower_ == "fire" for f in x.children) for h in (verb, *burnt) for x in h.children)


INTERCEPTING = {"intercept", "down", "destroy", "neutralize", "neutralise", "repel", "repulse"}   # + "shoot down"
IN_FLIGHT = {"drone", "missile", "rocket", "uav", "projectile", "shahed"}   # what is shot down on its way
COUNTS = {"most", "all", "some", "many", "dozens", "hundreds", "several", "none", "each"}


def intercepted(verb: Token) -> list[Token]:
    """The weapons in flight a verb says were shot down: "(it) shot down 59 of 102 Russian drones",
    "several rockets were intercepted", "air defences destroyed 30 drones"; empty when it names none
    (a jet shot down is an attack on the jet's side, not a sign of one)."""
    lemma = verb.lemma_.lower()
    if verb.pos_ != "VERB" or not (lemma in INTERCEPTING or lemma == "shoot" and any(
            c.dep_ in ("prt", "advmod") and c.lower_ == "down" for c in verb.children)):
        return []
    out: list[Token] = []
    objects_of = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    if not objects_of:   # "shot down or intercepted three drones": the object the verbs share
        objects_of = [c for v in verb.children if v.dep_ == "conj" and v.pos_ == "VERB" and v.i > verb.i
                      and v.lemma_.lower() in INTERCEPTING for c in v.children if c.dep_ == "dobj"]
    for said in objects_of:
        for x in (said, *said.conjuncts):
            if x.lemma_.lower() in IN_FLIGHT:
                out.append(x)
            elif x.pos_ == "NUM" or x.lower_ in COUNTS | PARTITIVES | BATCHES:   # "59 of 102 drones", "scores of drones"
                # ("scores of exploding drones", the participle read as a verb taking the drones as its object)
                held = [o for p in prep_objects(x, {"of"})
                        for o in ([p] if p.pos_ != "VERB" else [c for c in p.children if c.dep_ == "dobj"])]
                out += [p for o in held for p in (o, *o.conjuncts) if p.lemma_.lower() in IN_FLIGHT]
    return out


def toll_verb(noun: Token) -> Token | None:
    """The verb that places an attack's toll ("casualties", "deaths"): "(most of) the casualties
    occurred / were reported in X" -> occurred, "X reported explosions" -> reported; None when the
    noun is not its subject or the verb names no place."""
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.lemma_.lower() in ("report", "sound") \
            and has_prep(noun, {"in"}):
        return noun   # "there were reports of explosions in X": the noun itself places them
    if noun.dep_ == "dobj" and noun.head.lemma_.lower() in ("report", "record", "hear") and any(
            s.ent_type_ in ("GPE", "LOC") or s.lemma_.lower() in REPORTING_PLACES for s in subjects(noun.head)):
        return noun.head   # "Lviv and Dnipro (cities including Lviv) also reported explosions": the places reporting them
    subject = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ == "of" else noun
    verb = subject.head
    if subject.dep_ in ("nsubj", "nsubjpass") and verb.lemma_.lower() in ("occur", "happen", "report", "record", "hear") \
            and has_prep(verb, {"in"}):
        return verb
    return None


def supplied_by(noun: Token) -> list[Token]:
    """Who a supplier noun says supplies: "X is (has become) Y's supplier", "X emerged as a
    supplier to Y", "X, Y's main supplier, ...". Nothing for a supplier named only by a modifier."""
    if noun.dep_ in ("attr", "oprd") and noun.head.pos_ in ("VERB", "AUX"):
        return subjects(noun.head)
    if noun.dep_ == "pobj" and noun.head.lower_ == "as" and noun.head.head.pos_ in ("VERB", "AUX"):
        return subjects(noun.head.head)
    if noun.dep_ == "appos":
        return [noun.head]
    return []


def customers_listed(noun: Token) -> list[Token]:
    """The customers a customer noun lists: "clients including X and Y", "buyers such as X",
    "its buyers include X and Y", "the customers are X and Y"."""
    listed = prep_objects(noun, {"including", "like"}) + [
        o for c in noun.children if c.dep_ == "prep" and c.lower_ == "as" and any(
            s.lower_ == "such" for s in (*c.children, noun.doc[c.i - 1])) for o in c.children if o.dep_ == "pobj"]
    if not listed and noun.dep_ == "nsubj" and noun.head.lemma_.lower() in ("include", "be"):
        listed = objects(noun.head)
    return listed


def customers_of(noun: Token) -> list[Token]:
    """Whose customers they are: the holder ("it has six clients", "Dassault won buyers"), the
    thing bought ("buyers of the Rafale", "the jet's customers")."""
    if noun.dep_ == "dobj" and noun.head.lemma_.lower() in HAVING_CUSTOMERS:
        return subjects(noun.head)
    return prep_objects(noun, {"of", "for"}) + [c for c in noun.children if c.dep_ == "poss"]


def title_case(sent, most_words: int) -> bool:
    """A headline written in title case: at most `most_words` words, seven in ten capitalised."""
    words = [t for t in sent if t.is_alpha]
    return len(words) <= most_words and sum(t.text[:1].isupper() for t in words) >= 0.7 * len(words)


def _after_talks(token: Token) -> bool:
    """Is the token the "one" a meeting followed or came after ("The meeting with X followed one with
    Y", "the talks came after one with Y")?"""
    verb = token.head if token.dep_ == "dobj" else token.head.head if token.head.lower_ in ("after", "before") else None
    return verb is not None and verb.lemma_.lower() in ("follow", "precede", "come") and any(
        s.lemma_.lower() in MEET_NOUNS for s in verb.children if s.dep_ == "nsubj")


def joins_company(verb: Token) -> bool:
    """"They were (also) joined by X", "X joined them": someone joining the people just told (not
    "Finland joined NATO", "X joined the call")."""
    if any(c.dep_ == "nsubjpass" and (c.lower_ in ("they", "we") or c.ent_type_ == "PERSON") for c in verb.children):
        return any(c.dep_ == "agent" for c in verb.children)   # (or "X and Y will be joined by Z")
    return any(c.dep_ == "dobj" and c.lower_ in ("them", "us") for c in verb.children)


TRAINERS = {"instructor", "trainer", "adviser", "advisor", "specialist", "expert", "troop", "soldier", "personnel"}


def arms_arrived(verb: Token) -> list[Token]:
    """The arms of a state that reached (arrived in) a place: "four of its Leopard 2 tanks had
    reached Ukraine", "German Leopard tanks arrived in Ukraine" (whose they are said by a possessive
    or a demonym, or by the state that tells of them: "Germany announced that the first IRIS-T had
    reached Ukraine"); [] for anything else ("the tanks reached the front", "the first tanks arrived")."""
    lemma = verb.lemma_.lower()
    if not (lemma == "reach" and any(o.dep_ == "dobj" and o.ent_type_ == "GPE" for o in verb.children) or
            lemma == "arrive" and any(o.ent_type_ == "GPE" for o in prep_objects(verb, {"in", "to"}))):
        return []
    things = [x for s in subjects(verb) for x in ([s, *prep_objects(s, {"of"})] if s.lower_ in PARTITIVES | BATCHES
                                                   or s.pos_ == "NUM" else [s])]
    # "Germany announced that the first of four IRIS-T systems had reached Ukraine": told by a state, its own
    told_by_state = verb.dep_ == "ccomp" and verb.head.lemma_.lower() in ASSERTING and any(
        s.ent_type_ == "GPE" for s in subjects(verb.head))
    return [t for t in things if t.pos_ in ("NOUN", "PROPN") and (item_noun(t) or t.ent_type_ == "PRODUCT") and (any(
        m.dep_ == "poss" and (m.ent_type_ in ("GPE", "NORP") or m.lower_ in ("its", "their")) or
        m.dep_ in ("amod", "compound") and m.ent_type_ in ("NORP", "GPE") for m in t.children) or told_by_state)]


def signed_off(verb: Token) -> bool:
    """"Signed off on (a package)": approved it."""
    return verb.lemma_.lower() == "sign" and any(c.dep_ == "prt" and c.lower_ == "off" for c in verb.children)


def arrived_with(verb: Token) -> list[Token]:
    """The arms a state's people brought where they arrived ("Russian military instructors arrived in
    Niger with an air defence system and other equipment"); [] for anything else (not "Blinken arrived
    in Kyiv with a message")."""
    if not any(s.lemma_.lower() in TRAINERS and any(m.ent_type_ in ("NORP", "GPE", "ORG") for m in s.children
                                                 if m.dep_ in ("amod", "compound", "poss"))
               for s in subjects(verb)):
        return []
    return [x for o in prep_objects(verb, {"with"}) for x in (o, *o.conjuncts)
            if x.lower_ in SUPPLY_ITEM_WORDS or x.lemma_.lower() in ("system", "equipment", "weapon", "missile", "drone")]


def brought_together(verb: Token) -> list[Token]:
    """Whom talks or a summit "brought together" ("the talks brought together X, Y and Z"); nothing
    for anything else ("brought the war to an end")."""
    if verb.lemma_.lower() != "bring" or not any(c.lower_ == "together" and c.dep_ in ("prt", "advmod")
                                                  for c in verb.children):
        return []
    return [x for o in verb.children if o.dep_ == "dobj" for x in (o, *o.conjuncts)]


def also_present(verb: Token) -> bool:
    """"X was also in attendance", "X and Y also attended", "X was also present": someone at the
    talks just told (not "X attended the summit": a gathering is no meeting of its guests)."""
    if not any(c.dep_ == "advmod" and c.lower_ == "also" for c in verb.children) or \
            not any(c.dep_ == "nsubj" for c in verb.children):
        return False
    lemma = verb.lemma_.lower()
    if lemma == "attend":
        return not any(c.dep_ in ("dobj", "prep") for c in verb.children)
    return lemma == "be" and (any(c.dep_ == "acomp" and c.lower_ == "present" for c in verb.children) or any(
        o.lower_ == "attendance" for o in prep_objects(verb, {"in"})))


def shaken_hands(verb: Token) -> Token | None:
    """The "hands" of "shake hands"."""
    return next((c for c in verb.children if c.dep_ == "dobj" and c.lower_ == "hands"), None)


def made_by(item: Token) -> list[Token]:
    """"engines made by X", "drones supplied by X": the makers or senders named for an item."""
    out = []
    for acl in item.children:
        if acl.dep_ == "acl" and acl.lemma_.lower() in ("make", "produce", "manufacture", "build", "supply",
                                                         "provide", "ship", "send", "sell", "deliver"):
            for agent in (a for a in acl.children if a.dep_ == "agent"):
                objs = [o for o in agent.children if o.dep_ == "pobj"]
                if not objs:  # a misparse leaves the name unattached: take the name right after "by"
                    nxt = agent.doc[agent.i + 1] if agent.i + 1 < len(agent.doc) else None
                    span = entity_span(nxt) if nxt is not None else None
                    objs = [span[-1]] if span is not None else []
                out += objs
    return out


def bought_for(verb: Token) -> list[Token]:
    """Whom a buyer buys for: "buying NASAMS for Ukraine", "bought jets for the Ukrainian air
    force"; not a price ("for $7.4 billion", and whatever the parser hung on that "for")."""
    preps = [c for c in verb.children if c.dep_ == "prep" and c.lower_ == "for"] + [
        c for o in verb.children if o.dep_ == "dobj" for c in o.children if c.dep_ == "prep" and c.lower_ == "for"]
    out = [o for p in preps if not any(t.ent_type_ == "MONEY" for t in p.subtree)
           for o in p.children if o.dep_ == "pobj" and not (   # not what for: "for deployment on board X"
               o.lemma_.lower() in PURPOSES and not any(c.dep_ == "poss" for c in o.children))]
    for clause in verb.children:   # "will purchase US weapons to support Ukraine's defence": whom it supports
        if clause.dep_ in ("advcl", "xcomp") and clause.lemma_.lower() in BOUGHT_TO_HELP and any(
                a.dep_ == "aux" and a.lower_ == "to" for a in clause.children):
            out += [x for o in clause.children if o.dep_ == "dobj"
                    for x in ([c for c in o.children if c.dep_ == "poss"] or [o])]
    return out


PURPOSES = {"deployment", "use", "service", "operation", "training", "installation", "integration", "induction",
            "replacement", "modernisation", "modernization"}   # bought "for use by X": what for, not for whom
BOUGHT_TO_HELP = {"support", "help", "aid", "assist", "bolster", "strengthen", "boost", "arm", "equip"}


def _acquired_from(verb: Token) -> bool:
    """"X received drones from Y", "X was using engines made by Y" (a supply seen from the buyer)."""
    if verb.lemma_.lower() != "use" and (has_prep(verb, {"from"}) or any(
            has_prep(x, {"from"}) for o in verb.children if o.dep_ == "dobj" for x in (o, *o.conjuncts))):
        return True  # the source on the verb, or hung from the object (the last of them: "gets jets, drones from Y")
    if any(made_by(o) for o in verb.children if o.dep_ in ("dobj", "nsubjpass")):
        return True
    if verb.lemma_.lower() in BUYING and any(system_reference(o) is not None for d in verb.children
                                             if d.dep_ in ("dobj", "nsubjpass") for o in batch_of(d)):
        return True   # "Qatar bought 36 of the planes", "the aircraft was ordered by Brazil": the system named before
    return verb.lemma_.lower() != "use" and any(
        state_made(o) or maker_named(o) or verb.lemma_.lower() in BUYING and system_named(o)
        for d in verb.children if d.dep_ == "dobj" or d.dep_ == "nsubjpass" and verb.lemma_.lower() in BUYING
        for o in batch_of(d))   # "the Rafale has been ordered by Greece"


BUYING = {"order", "buy", "purchase", "procure", "acquire", "import", "induct", "commission"}


def system_named(item: Token) -> bool:
    """"80 Rafale jets", "the S-400": a weapon system the gazetteer knows, named in the thing
    bought (whose maker's state sells it: kg.extract.pipeline)."""
    return any(t.ent_type_ == "PRODUCT" and t.ent_id_ for t in (item, *left_modifiers(item)))


# the words for a weapon system named before ("the drone", "the planes"), each with a word its kind must hold
SYSTEM_NOUNS = {"aircraft": "aircraft", "plane": "aircraft", "jet": "aircraft", "warplane": "aircraft",
                "fighter": "aircraft", "drone": "drone", "uav": "drone", "tank": "tank", "howitzer": "howitzer",
                "missile": "missile", "helicopter": "helicopter", "system": "system", "launcher": "launcher",
                "vehicle": "vehicle", "submarine": "submarine", "frigate": "frigate"}


def system_reference(token: Token) -> str | None:
    """Whether a word may stand for a weapon system the article named before: "the drone", "these
    planes" (the word its kind must hold: "drone", "aircraft"), "it" or a bare number bought
    ("Egypt ordered 24": "", any kind); None for anything else ("Russian drones", "the Rafale")."""
    if token.lower_ in ("it", "its") or token.pos_ == "NUM" and token.dep_ == "dobj" and not prep_objects(token, {"of"}) \
            and token.ent_type_ != "MONEY":   # ("pledged $4.5 billion in aid": a sum, not the jets just told)
        return ""
    word = token.lemma_.lower()
    if token.pos_ == "NOUN" and word in SYSTEM_NOUNS and any(
            c.dep_ == "det" and c.lower_ in ("the", "this", "these", "those") for c in token.children) and not any(
            (t.ent_type_ or t.pos_ == "PROPN") and not (t.ent_type_ == "NORP" and t.pos_ == "ADJ")
            for t in token.subtree if t.i < token.i):   # not "the US-made F-15 jets" ("the French jets": of France's)
        return SYSTEM_NOUNS[word]
    return None


def mourners(verb: Token) -> list:
    """The people named as the subject of a verb of paying homage together ("X and Y laid wreaths
    (flowers) at", "paid tribute (their respects) to"), however the parser hung the names; else []."""
    lemma = verb.lemma_.lower()
    if verb.pos_ != "VERB" or not (
            lemma in ("lay", "place") and any(o.lemma_.lower() in ("wreath", "flower") for o in objects(verb)) or
            lemma == "pay" and any(o.lemma_.lower() in ("tribute", "respect", "homage") for o in objects(verb))):
        return []
    heads = [c for c in verb.children if c.dep_ == "nsubj"]
    return [e for h in heads for e in verb.doc.ents if e.label_ == "PERSON" and h.left_edge.i <= e.start
            and e.end <= h.right_edge.i + 1]


def item_noun(token: Token) -> bool:
    """A word for things supplied (SUPPLY_ITEM_WORDS), in its form, its lemma or the lemma's plural;
    or capabilities an arms word names ("anti-aircraft capabilities", "air defence capability")."""
    if token.lemma_.lower() in ("capability", "capabilities"):
        return any(m.lower_ in ARMS_KINDS for m in token.subtree if m.i < token.i)
    return bool({token.lemma_.lower(), token.lower_, token.lemma_.lower() + "s"} & SUPPLY_ITEM_WORDS)


ARMS_KINDS = {"aircraft", "defence", "defense", "missile", "drone", "artillery", "strike", "tank", "armoured",
              "armored", "naval", "weapons"}   # ... capabilities: arms


def maker_named(item: Token) -> bool:
    """"12 Dassault Aviation Rafale fighter jets": arms named with their maker, a company."""
    return item.pos_ == "NOUN" and item_noun(item) and any(
        m.ent_type_ == "ORG" and m.dep_ in ("compound", "nmod") for m in left_modifiers(item))


INTENDING = {"plan", "want", "expect", "intend", "hope", "aim", "seek", "prepare", "schedule", "set", "agree",
             "promise", "vow", "pledge", "wish", "try", "offer", "propose", "decide", "due", "go"}


def _told_as_done(verb: Token) -> bool:
    """Whether a clause tells what was done, or is being done: its verb and those it hangs from
    (to the sentence's root) have no modal or future auxiliary and are not an intention ("will
    brief reporters after talks", "plans to speak after talks": to come)."""
    tok = verb
    for _ in range(6):
        if tok.pos_ not in ("VERB", "AUX"):
            return False
        if any(c.dep_ in ("aux", "auxpass") and (c.lower_ in PLANNED_AUX or c.lower_ in HYPOTHETICAL)
               for c in tok.children) or tok.lemma_.lower() in INTENDING:
            return False
        if tok.tag_ == "VB" and not any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children):
            return False   # a bare infinitive or an imperative
        if tok.dep_ == "ROOT" or tok.head == tok:
            return tok.tag_ in ("VBD", "VBZ", "VBP", "VBN", "VBG")
        if tok.dep_ not in ("xcomp", "ccomp", "advcl", "conj"):
            return False
        tok = tok.head
    return False


def targets_listed(noun: Token) -> list[Token]:
    """What a side's targets are said to be: "Among Moscow's (other) targets were X and Y",
    "Russia's targets included X" -> X (and Y, its conjunct); a side's (a possessive), or "the
    targets" alone (of the attack the article tells of)."""
    if not any(c.dep_ == "poss" for c in noun.children) and not (
            noun.lower_ == "targets" and all(c.dep_ == "amod" or c.dep_ == "det" and c.lower_ == "the"
                                             for c in noun.children if c.dep_ not in ("prep", "punct"))):
        return []   # (whose, else the attack the article tells of: "Targets included bombers at X")
    clause = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ == "among" else \
        noun.head if noun.dep_ == "nsubj" else None
    if clause is None or clause.lemma_.lower() not in ("be", "include"):
        return []
    listed = [c for c in clause.children if c.dep_ in ("nsubj", "attr", "dobj") and c != noun]
    # "Targets included bombers at airbases in A and B": where they were, the parser hanging it on the verb
    return listed + prep_objects(clause, {"in", "at", "across", "near"})


ARMS_WORDS = {"arms", "weapons", "weapon"}
SALES_WORDS = {"sale", "sales", "procurement", "purchase", "export", "exports"}


def arms_contract(deal: Token) -> bool:
    """A deal for arms that does not name them: "an arms deal", "a weapons contract", "a defence
    sales agreement" (not "a defence cooperation agreement", "a security accord")."""
    if deal.lemma_.lower() not in CONTRACTS or deal.lemma_.lower() == "order" or deal.pos_ != "NOUN":
        return False
    before = [t.lower_ for t in deal.subtree if t.i < deal.i]
    return bool(ARMS_WORDS & set(before)) or any(
        w in ("defence", "defense", "military") and nxt in SALES_WORDS for w, nxt in zip(before, before[1:]))


def contract_items(deal: Token) -> list[Token]:
    """The arms a contract or deal is for: "a deal for 32 F-35 jets", "a contract ... on TB2 drones"
    (the for on the noun, or on the verb that signs it); none when what it is for is no arms."""
    holders = [deal] + ([deal.head] if deal.dep_ == "dobj" else [])
    found = [o for h in holders for o in prep_objects(h, {"for", "on", "covering"})]
    # "a deal for the acquisition (purchase, supply) of X": X
    found = [x for o in found for x in (prep_objects(o, {"of"}) if o.lemma_.lower() in DEALT_FOR else [o])]
    return [o for o in found for i in batch_of(o)
            if item_noun(i) or i.ent_type_ == "PRODUCT" or any(c.ent_type_ == "PRODUCT" for c in i.children)]


DEALT_FOR = PURCHASES | {"supply", "delivery", "sale", "transfer"}   # what a deal is for, of arms


def batch_of(item: Token) -> list[Token]:
    """What a batch or a number of things holds: "the first batch of six J-10C jets", "the first of
    26 Rafales", "40 of its tanks" -> the jets, the Rafales, the tanks; anything else itself."""
    if item.lower_ in BATCHES or item.lemma_.lower() in BATCHES or item.pos_ == "NUM":
        inner = prep_objects(item, {"of"})
        if inner:
            return inner
    return [item]


def state_made(item: Token) -> list[Token]:
    """"bought Chinese drones", "received German tanks": the modifiers of a thing supplied (a
    common noun among SUPPLY_ITEM_WORDS, not a person or a body) that name a state, its maker."""
    if item.pos_ != "NOUN" or item.ent_type_ in ("PERSON", "ORG") or not item_noun(item):
        return []   # "received the Indian prime minister" is a visit
    mods = left_modifiers(item)   # "Chinese J-10C jets" too; "French-made jets", the state on "made"
    return [c for c in mods if c.ent_type_ in ("NORP", "GPE")] + [
        g for c in mods if c.lower_ == "made" for g in c.children if g.dep_ == "npadvmod" and g.ent_type_ in ("NORP", "GPE")]


def _calls_someone(verb: Token) -> bool:
    """"X called Y": a person called, not "called for", "called on X to", "called it a crime"."""
    children = list(verb.children)
    if any(c.dep_ in ("xcomp", "ccomp", "prt") and not _call_purpose(c) for c in children):
        return False
    for c in children:  # "called for calm", "called on X to": not "called X on Friday"
        if c.dep_ == "prep" and c.lower_ in ("for", "off", "up", "on") and not (
                c.lower_ == "on" and any(o.ent_type_ in ("DATE", "TIME") for o in c.children)):
            return False
    objects = [c for c in children if c.dep_ in ("dobj", "oprd")]
    # "called Zelensky" (the parser may say oprd), not "called him a liar" (an object and a predicate)
    return len(objects) == 1 and objects[0].ent_type_ == "PERSON"


CALL_PURPOSES = {"discuss", "talk", "congratulate", "express", "offer", "thank", "inform", "brief", "reassure",
                 "convey", "tell", "ask", "wish"}


def _call_purpose(clause: Token) -> bool:
    """"called Putin to discuss the war": what the call was for (not "called X to account", "called
    on X to stop")."""
    return clause.dep_ in ("xcomp", "advcl") and clause.pos_ == "VERB" and clause.lemma_.lower() in CALL_PURPOSES \
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.children)


TOLD_TO = {"tell", "urge", "ask", "assure", "reassure", "warn", "inform", "press", "brief", "thank", "congratulate"}


def told_in(noun: Token) -> Token | None:
    """The verb of a clause set in the talks or the call the noun names that tells what one side
    said to a person: "In a phone call, X urged Y to ...", "During talks in Ankara, X told Y that
    ...", "X thanked Y for his support during their meeting" -> urged, told, thanked (X spoke
    with Y there); None otherwise."""
    if noun.dep_ != "pobj" or noun.head.lower_ not in ("in", "during", "on", "over", "at"):
        return None
    verb = noun.head.head
    said = verb
    while said.dep_ in ("ccomp", "xcomp") and said.head.pos_ == "VERB" and verb.i - said.i < 20 and not (
            lemma_in(verb, MEET_VERBS) or any(o.lower_ in MEET_NOUNS for o in objects(verb))
            or has_prep(noun, {"with", "between"})):
        said = said.head   # "X told Y that he wanted to deepen ties during a meeting in Moscow": the parser hung
        # the meeting on what was said (not "told Y he would hold talks with Z": talks of their own)
    verb = said if said.lemma_.lower() in TOLD_TO else verb
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in TOLD_TO:
        return None
    return verb if told_people(verb) else None


def _where_met(place: Token) -> bool:
    """A place people can be together: a city or state, a building, a seat of government ("the
    Kremlin", "the White House", "State House")."""
    return place.ent_type_ in ("GPE", "FAC") or place.ent_type_ == "ORG" and place.pos_ == "PROPN" and (
        place.head.lower_ == "at" or any(c.dep_ == "det" and c.lower_ == "the" for c in place.children))


def told_people(verb: Token) -> list[Token]:
    """Whom the verb tells: "told Putin", "told Russia's President Vladimir Putin" (the name beside
    the title)."""
    return [p for c in verb.children if c.dep_ == "dobj"
            for p in ([c] if c.ent_type_ == "PERSON" else [a for a in c.children if a.dep_ == "appos"
                                                          and a.ent_type_ == "PERSON"])]


def _in_a_call(verb: Token) -> bool:
    """"... in a 90-minute call", "during a phone conversation", "on a video call"; "a phone
    conversation in which they discussed ..." (the clause of the call)."""
    return any(o.lower_ in ("call", "conversation", "videoconference")
               for o in prep_objects(verb, {"in", "during", "on", "over"})) or \
        verb.dep_ == "relcl" and verb.head.lower_ in ("call", "conversation", "videoconference")


def _by_phone(token: Token) -> bool:
    return any(t.lower_ in ("phone", "telephone", "phoned") for t in token.subtree) or any(
        c.lower_ in ("phone", "telephone") for c in token.children)


OFFICERS = {"official", "officer", "diplomat", "minister", "commander", "general", "ambassador", "envoy", "governor",
            "mayor"}


def states_official(noun: Token) -> bool:
    """"a South Korean fisheries official", "Iran's top general": someone a state's own word names."""
    return noun.lemma_.lower() in OFFICERS and any(
        x.ent_type_ in ("NORP", "GPE") for c in noun.children if c.dep_ in ("amod", "compound", "poss") and c.i < noun.i
        for x in c.subtree)


def _ranked(noun: Token) -> bool:
    """A noun a copula says "not the first (second, only, last)" of: "this was not the first meeting
    between X and Y" tells of a meeting, and of others before it."""
    return noun.dep_ == "attr" and any(c.dep_ == "amod" and (c.lower_ in ("first", "only", "last") or
                                                             c.ent_type_ == "ORDINAL") for c in noun.children)


def has_prep(token: Token, preps: set[str]) -> bool:
    return any(c.dep_ == "prep" and c.lower_ in preps for c in token.children)


def _of_talks(token: Token) -> bool:
    return any(c.dep_ == "prep" and c.lower_ == "of" and any(o.lower_ in ("talks", "negotiations")
                                                              for o in c.children) for c in token.children)


ACCUSING = {"accuse", "blame", "suspect", "charge", "condemn", "criticize", "criticise"}
DOING_KILLINGS = {"carry", "claim", "commit", "order", "conduct"}   # "Y carried out the assassination of Z"
TRAVELS = {"visit", "trip", "journey", "tour"}   # "X's visit (trip) ...": X went
ENABLING = {"enable", "allow", "permit", "let", "help", "encourage", "force"}   # ... X to do: X does
RAISING = {"set", "expect", "schedule", "due", "slate", "slat", "plan", "say", "report", "believe", "suppose",
           "understand", "think", "know", "allow", "ask", "invite", "urge", "authorize", "authorise",
           "see", "spot", "photograph", "film", "hear", "summon", "send", "dispatch", "bring",
           "call"}   # "X was seen talking to Y": X talked

def lemma_in(token: Token, words: set[str]) -> bool:
    """Is the token's lemma one of `words`? Also tries simple stems, since the small model
    sometimes lemmatises badly ("staged" -> "stag")."""
    lower = token.lower_
    if token.lemma_.lower() in words or lower in words:
        return True
    for suffix in ("ing", "ed", "es", "s", "d"):
        if lower.endswith(suffix):
            stem = lower[: -len(suffix)]
            if stem in words or stem + "e" in words:
                return True
    return False


# --- syntax helpers ------------------------------------------------------------------------

SENDING = {"send", "dispatch", "task", "assign", "delegate"}   # who is sent acts (not a body authorized: the state acts)
# "X urged Y to visit Z": Y would visit (a meeting or call asked of someone; a supply asked for is a request)
URGING = {"urge", "invite", "ask", "encourage", "persuade", "press", "push", "call", "appeal", "convince"}
# ... someone to do something: the one urged does it ("urged Putin to end his war")
URGED_TO = {"urge", "exhort", "implore", "ask", "persuade", "press", "push", "convince", "beg", "pressure"}


def _antecedent(pronoun: Token) -> Token | None:
    """The name or noun right before ", which" (", who") when the parser did not make the clause
    a relative clause of it; else None."""
    doc, i = pronoun.doc, pronoun.i - 1
    while i >= 0 and doc[i].is_space:
        i -= 1
    if i < 1 or doc[i].text != "," or pronoun.head.dep_ == "relcl":
        return None
    i -= 1
    while i >= 0 and doc[i].is_space:
        i -= 1
    return doc[i] if i >= 0 and doc[i].pos_ in ("PROPN", "NOUN") else None


def _comma_joined(verb: Token, subject: Token) -> list[Token]:
    """A name a headline joins to the subject with a comma for "and" ("Putin, Xi hold talks in
    Beijing"), which the parser hangs from the verb on its own."""
    first = subject.left_edge.i - 2
    if first != verb.sent.start or verb.doc[first + 1].text != ",":
        return []
    name = verb.doc[first]
    return [name] if name.head == verb and name.dep_ in ("dep", "npadvmod", "nsubj", "advcl") and name.pos_ == "PROPN" and \
        name.ent_type_ in ("PERSON", "GPE", "NORP", "ORG") and subject.ent_type_ == name.ent_type_ else []


THANKING = {"thank", "praise", "commend", "credit", "applaud", "hail"}   # "thanked X for sending Y"
# a resolve to act, and whose it is: "X's decision to send tanks", "expressed his readiness to meet Y"
RESOLVES = {"intent", "intention", "decision", "plan", "plans", "commitment", "readiness", "willingness", "pledge",
            "promise", "offer"}


def _named_after_as(verb: Token) -> list[Token]:
    """"... as Moscow carries out its war": the name right before the verb that the parser made the
    object of "as" (the "as" hung on this verb as its mark, or, for a verb, on a word before it)."""
    if verb.i < 2:
        return []
    name = verb.doc[verb.i - 1]
    hung = verb.pos_ == "VERB" or name.head.dep_ == "mark" and name.head.head == verb
    return [name] if hung and name.dep_ == "pobj" and name.head.lower_ == "as" and \
        name.head.i == name.left_edge.i - 1 and name.ent_type_ in ("GPE", "ORG", "PERSON", "NORP") else []


def subjects(verb: Token) -> list[Token]:
    """Subjects of a verb, inherited through xcomp/advcl/conj/relcl when the verb has none."""
    seen = 0
    tok = verb
    while tok is not None and seen < 5:
        # a "to" infinitive with no subject of its own: whose it is, the clause above says
        infinitive = any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children) and \
            not any(c.dep_.startswith("nsubj") for c in tok.children)
        if infinitive and tok.dep_ in ("relcl", "acl") and tok.head.lemma_.lower() in TRAVELS | {"mission"} \
                and tok.head.dep_ == "dobj":
            tok = tok.head.head   # "X makes a trip to meet Y": X meets Y
            seen += 1
            continue
        if infinitive and (tok.dep_ == "xcomp" and tok.head.lemma_.lower() in ENABLING | URGED_TO or   # (the parser's
                           tok.dep_ == "advcl" and tok.head.lemma_.lower() in URGED_TO) and (   # advcl: "exhorted X to end")
                enabled := [c for c in tok.head.children if c.dep_ == "dobj"]):
            return enabled   # "enabling Ukrainian forces to attack inside Russia": the forces attack; "urged
            # (exhorted) Putin to end his war": Putin ends it (not "ordered his forces to shell X": the one ordering)
        if infinitive and tok.dep_ in ("advcl", "xcomp") and tok.head.lemma_.lower() in SUPPLY_VERBS and (
                given := _given_to(tok.head)):
            return given   # "the systems it had given Ukraine to counter Russia's assaults": Ukraine counters them
        subs = [c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass", "csubj")] or [
            # "X has, upon his arrival in Y, met Z": the subject hung on the auxiliary the aside cut off
            s for a in tok.children if a.dep_ == "aux" and a.i < tok.i for s in a.children if s.dep_ == "nsubj"] or \
            _named_after_as(tok)
        agent = agent_objects(tok)
        if any(c.dep_ == "nsubjpass" for c in tok.children):
            if tok != verb and tok.lemma_.lower() in RAISING:
                raised = [c for c in tok.children if c.dep_ == "nsubjpass"]  # "X is set to visit"
                if raised and raised[0].lower_ in ("who", "which", "that") and tok.dep_ == "relcl":
                    return [tok.head]  # "Zelenskyy, who was expected to meet X"
                return raised
            return agent  # passive: the agent acts, the passive subject is acted on
        if subs:
            if subs[0].lower_ in ("which", "who", "that") and tok.dep_ == "relcl":
                return named_among(tok) or [tok.head]
            if subs[0].lower_ in ("which", "who") and (before := _antecedent(subs[0])) is not None:
                return [before]   # "according to Russia , which launched ...", the clause misread as the verb's own
            return _swallowed_by_date(tok, subs[0].i) + _comma_joined(tok, subs[0]) + subs
        if tok is verb and not subs and verb.dep_ == "conj" and verb.i > 0 and \
                (prev := verb.doc[verb.i - 1]).dep_ == "conj" and prev.ent_type_ in ("GPE", "ORG", "PERSON", "NORP") \
                and prev.head.ent_type_ in ("DATE", "TIME"):
            return [prev]   # "X struck Y on Friday and Iran fired missiles at X": "Iran" read as a second day
        if tok is verb and (swallowed := _swallowed_by_date(verb, verb.i)):
            return swallowed   # "On Feb. 21, A, B and the C countries met", all of them joined to the day
        if agent:
            return agent
        if tok.dep_ == "pcomp" and tok.head.dep_ == "prep" and tok.head.head.dep_ == "npadvmod" and \
                tok.head.lower_ in ("after", "before") and tok.head.head.head.pos_ in ("VERB", "AUX"):
            tok = tok.head.head.head   # "the day after damaging X, a drone attacked Y": the drone damaged X
            seen += 1
            continue
        if tok.dep_ == "pcomp" and tok.head.dep_ == "prep" and tok.head.head.pos_ in ("VERB", "AUX"):
            if tok.head.head.lemma_.lower() in ACCUSING:  # "Moscow accused Kyiv of shelling X": Kyiv shelled
                return [c for c in tok.head.head.children if c.dep_ == "dobj"] or [
                    c for c in tok.head.head.children if c.dep_ == "nsubjpass"]   # "X has been accused of supplying"
            if tok.head.lower_ == "for" and tok.head.head.lemma_.lower() in THANKING and (thanked := [
                    c for c in tok.head.head.children if c.dep_ == "dobj"]):
                return thanked   # "X thanked Y for delivering the weapons": Y delivered them
            if tok.head.lower_ == "for" and tok.head.head.lemma_.lower() in PUNISHING and (blamed := [
                    c for c in tok.head.head.children if c.dep_ == "dobj" and c.pos_ == "PROPN"] or [
                    o for c in tok.head.head.children if c.dep_ == "dobj" for o in prep_objects(c, {"with"})]):
                return blamed   # "sanctioned Iran for supplying drones", "cut ties with Iran for supplying": Iran did
            if tok.head.lower_ in ("before", "after", "upon", "while", "since") and tok.tag_ == "VBG" and (
                    surface := [c for c in tok.head.head.children if c.dep_ == "nsubjpass"]):
                return surface   # "X was received by Y before heading to Z": X heads there, not Y
            if tok.head.lower_ == "as" and tok.tag_ == "VBG":
                return []   # "X raised concerns as shelling continued in Gaza" (the noun read as a gerund), "X
                # described the strike as targeting Y": not the doings of the clause's subject
            tok = tok.head.head  # "X contributed by providing Y": the subject of the verb the prep hangs from
            seen += 1
            continue
        if tok.dep_ == "conj" and tok.tag_ == "VBG" and tok.head.lemma_.lower() in ACCUSING and tok.head.tag_ != "VBG" \
                and not any(c.dep_ == "aux" for c in tok.children):
            # "X accused Y of massing troops and shelling Z", the second gerund joined to "accused": Y shelled
            return [c for c in tok.head.children if c.dep_ == "dobj"]
        if tok.dep_ == "pcomp" and tok.head.dep_ == "prep" and tok.head.head.pos_ == "NOUN" and (
                owner := [c for c in tok.head.head.children if c.dep_ == "poss"]):
            return owner   # "the UAE's involvement in supplying weapons", "Qatar's role in hosting the talks"
        if tok is verb and (doer := _gerund_doer(verb)) is not None:
            return [doer]   # "despite Washington sending tanks to X", parsed as "despite Washington" and "sending"
        if tok.dep_ == "pcomp" and tok.head.dep_ == "prep" and tok.head.head.dep_ == "acomp":
            tok = tok.head.head   # "Kyiv was open to negotiating with Russia": whom the adjective tells of
            seen += 1
            continue
        if tok.dep_ == "acomp" and tok.head.pos_ in ("AUX", "VERB"):  # "X and Y are due to meet", "X remains open to"
            tok = tok.head
            seen += 1
            continue
        if tok.dep_ == "conj" and tok.pos_ == "VERB" and tok.head.pos_ == "NOUN" and tok.head.dep_ == "dobj":
            tok = tok.head.head   # "X open fire, attack Y" read with "attack" joined to "fire": X attacks
            seen += 1
            continue
        if tok.dep_ == "xcomp" and tok.head.lemma_.lower() in URGING and (classify(tok) in ("Meeting", "Call") or (
                tok.lemma_.lower() in LIGHT_VERBS and any(c.dep_ == "dobj" and classify(c) in ("Meeting", "Call")
                                                          for c in tok.children))) and (
                urged := [c for c in tok.head.children if c.dep_ == "dobj"] or prep_objects(tok.head, {"on", "to"})):
            return urged   # "Zelensky urged Trump to visit Ukraine", "called on Putin to meet him", "urged A and B
            # to hold talks": the ones urged
        if (tok.dep_ == "xcomp" or tok.dep_ == "advcl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children)) \
                and tok.head.lemma_.lower() in SENDING and (
                sent := [c for c in tok.head.children if c.dep_ == "dobj"]):
            if all(_troops(o) for o in sent) and (senders := [c for c in tok.head.children if c.dep_ == "nsubj"]):
                return senders   # "Eritrea sent thousands of troops to fight X": the state whose troops they are
            return sent   # "X sent his foreign minister to meet Y": the one sent meets Y
        if (seeker := leave_sought(tok)) is not None:
            tok = seeker   # "Poland requested approval to send tanks": whoever sought leave would send
            seen += 1
            continue
        if tok.dep_ == "ccomp" and tok.tag_ in ("VBD", "VBZ", "VBP") and tok.head.lemma_.lower() in ASSERTING and \
                not any(c.dep_ in ("aux", "auxpass") for c in tok.children):
            return []   # "X's air force said [missiles fired from Y] hit a factory": what was said has a subject of its
            # own, lost to the parser; never the one who said it
        if tok.dep_ == "acl" and tok.tag_ == "VB" and tok.head.lemma_.lower() in RESOLVES:
            # "X announced their intent to donate jets to Y", "expressed his willingness to meet Y": whose
            # it is first: "condemned the decision of Kim (Kim's decision) to send troops" is Kim's
            resolve = tok.head
            owners = [c for c in resolve.children if c.dep_ == "poss" and c.lower_ not in (
                "its", "their", "his", "her")] + prep_objects(resolve, {"of", "by"})
            if owners or resolve.dep_ not in ("dobj", "pobj"):
                return owners
            tok = resolve.head
            seen += 1
            continue
        if tok.dep_ in ("acl", "relcl") and tok.tag_ == "VB" and tok.head.lemma_.lower() in CONTRACTS and \
                tok.head.dep_ == "dobj" and tok.head.head.lemma_.lower() in APPROVING | SIGNING:
            tok = tok.head.head   # "X approved (signed) a deal to sell jets to Y": X sells
            seen += 1
            continue
        if tok.dep_ in ("xcomp", "advcl", "conj", "ccomp", "acl", "pcomp") and tok.head != tok or \
                tok.dep_ == "oprd" and tok.pos_ == "VERB":   # ("X appear set to hold talks", "set" read as a predicate)
            if tok.dep_ == "acl" and tok.head.pos_ in ("NOUN", "PROPN") and tok.tag_ == "VBN":
                if tok.head.dep_ == "pobj" and tok.head.head.lower_ in CLAUSE_PREPS and tok.i > tok.head.i + 1:
                    return [tok.head]  # "after the M23, a rebel force, sprinted across X": a clause, misparsed
                return []
            if tok.dep_ == "acl" and tok.head.pos_ in ("NOUN", "PROPN") and tok.tag_ in ("VBG", "VBD"):
                return [tok.head]  # "the rebels, advancing on X" / a misparsed "the M23 ... sprinted": the noun acts
            if (named := named_among(tok)):
                return named
            tok = tok.head
            seen += 1
            continue
        if tok.dep_ == "relcl":
            if (named := named_among(tok)):
                return named
            if tok.tag_ in ("VB", "VBN") and any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children) and \
                    tok.head.dep_ == "attr" and tok.head.head.lemma_.lower() in ("be", "become", "remain"):
                # "Orban became the first EU leader to meet Putin": who became it
                return [c for c in tok.head.head.children if c.dep_ == "nsubj"]
            return [tok.head]
        return []
    return []


def _swallowed_by_date(verb: Token, before: int) -> list[Token]:
    """The head of a list the parser joined to the day the sentence opens with: "On March 3, Egypt,
    Jordan and the Gulf states met" read as "March 3, Egypt, Jordan" and "the Gulf states met"
    (or with no subject at all). The first name joined to the opening phrase's day, before
    index `before` ([] when there is none)."""
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.i < before):
        for day in (o for o in prep.children if o.dep_ == "pobj" and o.ent_type_ in ("DATE", "TIME")):
            named = [c for c in day.conjuncts if c.i > day.i and c.ent_type_ in ("GPE", "ORG", "PERSON", "NORP")]
            if named:
                return named[:1]
    return []


LISTING_VERBS = {"include", "comprise"}


def named_among(clause: Token) -> list[Token]:
    """Who a copula names among the people a clause describes: "Among those expected to meet X
    were A, B and C", "Among the leaders who met X was A" (the clause, an acl or relcl of the
    object of "among"); whom the group a clause describes includes: "The leaders who met X
    included A, B and C" (the clause on the subject of "include"); [] for any other clause."""
    group = clause.head if clause.dep_ in ("acl", "relcl") else None
    if group is not None and group.dep_ == "nsubj" and group.head.lemma_.lower() in LISTING_VERBS:
        return [c for c in group.head.children if c.dep_ == "dobj"]
    among = clause.head.head if clause.dep_ in ("acl", "relcl") and clause.head.dep_ == "pobj" else None
    if among is None or among.lower_ != "among" or among.head.lemma_.lower() != "be":
        return []
    return [c for c in among.head.children if c.dep_ in ("nsubj", "attr") and c.i > among.head.i]


INCIDENTS = {"incident", "massacre", "atrocity"}   # what an attack is called when told again
FACTIVE_PREPS = {"despite", "after", "following", "notwithstanding", "since"}   # what they introduce was done
GERUND_PREPS = {"despite", "after", "before", "with", "without", "following", "amid", "notwithstanding"}


def _gerund_doer(verb: Token) -> Token | None:
    """Who does a gerund without a subject of its own, when the parser hung it beside the noun
    before it: "despite Washington (last year) sending tanks" read as "despite Washington" and a
    clause "sending tanks". The preposition's object, when nothing but a few adverbs or words of
    time stand between it and the gerund."""
    if verb.tag_ != "VBG" or verb.dep_ not in ("advcl", "xcomp", "pcomp", "acl", "ccomp") or verb.head == verb:
        return None
    for prep in verb.head.children:
        if prep.dep_ != "prep" or prep.lower_ not in GERUND_PREPS or prep.i > verb.i:
            continue
        noun = next((o for o in prep.children if o.dep_ == "pobj"), None)
        if noun is None or noun.right_edge.i >= verb.i:
            continue
        between = verb.doc[noun.right_edge.i + 1:verb.i]
        if len(between) <= 3 and all(t.pos_ in ("ADV", "NOUN", "ADJ", "DET", "NUM") and t.dep_ in (
                "advmod", "npadvmod", "amod", "det", "nummod") for t in between):
            return noun
    return None


REPORTING_PLACES = {"city", "town", "village", "region"}   # "cities including X reported explosions"
MODIFIER_DEPS = ("amod", "compound", "poss", "nmod")
TOLLS = {"casualties", "fatalities", "deaths",   # the toll of an attack, where it "occurred"
         "explosions", "blasts"}   # or its blasts, where they were heard or reported
CLAUSE_PREPS = {"after", "before", "since", "until", "as", "when", "while"}


def left_modifiers(noun: Token) -> list[Token]:
    """The modifiers before a noun, through chains of compounds: "IDF fighter jets" -> fighter, IDF."""
    out, todo = [], [noun]
    while todo:
        tok = todo.pop()
        for child in tok.children:
            if child.dep_ in MODIFIER_DEPS and child.i < noun.i and child not in out:
                out.append(child)
                todo.append(child)
    return sorted(out, key=lambda t: t.i)


def entity_span(token: Token) -> Span | None:
    """The entity span the token is in, if any."""
    if token.ent_iob_ in ("O", ""):   # in none (without making every span of the document)
        return None
    return next((e for e in token.doc.ents if e.start <= token.i < e.end), None)


def armed_help(token: Token) -> bool:
    """"Military aid", "security assistance", "defence support": help that is arms (not humanitarian aid)."""
    return token.lemma_.lower() in HELP_NOUNS and any(c.dep_ in ("amod", "compound") and c.lower_ in ARMED_HELP
                                                      for c in token.children)


def _sum_in_help(help_noun: Token) -> bool:
    """"(The US) announced $1bn in military aid for Ukraine": a sum in armed help, for another, where
    the verb does not tell the supply itself, as "pledged" does; the one it is for may hang on the
    verb ("announced $1bn in military aid to Ukraine", as the parser reads it)."""
    if not (help_noun.dep_ == "pobj" and help_noun.head.lower_ == "in"):
        return False
    holder = help_noun.head.head   # the sum ("$1bn in aid"), or the verb ("announced CAD 2.5 billion in aid")
    if holder.dep_ == "dobj":
        total, verb = holder, holder.head
        told = any(c.dep_ == "nummod" or c.ent_type_ == "MONEY" for c in (total, *total.children))
    elif holder.pos_ == "VERB" and (total := next((c for c in holder.children if c.dep_ == "dobj"), None)) is not None:
        verb = holder   # (the currency taken for a name, the figures in apposition to it)
        told = any(t.ent_type_ == "MONEY" or t.pos_ == "NUM" for t in total.subtree)
    else:
        return False
    return told and classify(verb) != "Supply" and (has_prep(help_noun, {"for", "to"}) or has_prep(verb, {"for", "to"}))


def _armed_doer(verb: Token) -> bool:
    """Whether the verb's subject is one that fights (a state, a force, a weapon, an attack: "drones
    knocked out a radar", "attacks that knocked out the bridge"), not a storm or a boxer."""
    subject = [c for c in verb.children if c.dep_ == "nsubj"]
    if subject and subject[0].lower_ in ("that", "which") and verb.dep_ == "relcl":
        subject = [verb.head]
    return any(s.ent_type_ in ("GPE", "NORP", "ORG") or s.lemma_.lower() in FALLING | KILLERS | ATTACK_NOUNS
               for s in subject)


def unnamed_doers(trigger: Token) -> bool:
    """Whether an attack is told as done by fighters the sentence leaves unnamed ("the group of
    terrorists who raided X", "an attack by suspected jihadists"): then it is no one else's."""
    doers = subjects(trigger) if trigger.pos_ == "VERB" else prep_objects(trigger, {"by"})
    doers += [o for d in doers if d.lower_ in ("group", "band", "gang", "cell", "unit") for o in prep_objects(d, {"of"})]
    doers += [d for they in doers if they.lower_ == "they" for d in [unnamed_they(they)] if d is not None]
    return any(unnamed_fighters(d) for d in doers)


def unnamed_fighters(noun: Token) -> bool:
    """"Terrorists", "suspected jihadists": fighters no name or demonym goes with ("Russian terrorists" is
    a side named)."""
    return noun.lemma_.lower() in IRREGULARS and not noun.ent_type_ and not any(
        m.ent_type_ in ("NORP", "GPE", "ORG") and m.lower_ not in CREEDS for m in left_modifiers(noun))


CREEDS = {"islamic", "islamist", "jihadist", "muslim", "christian", "shia", "shiite", "sunni"}   # no side named


def unnamed_they(they: Token) -> Token | None:
    """The unnamed fighters a "they" stands for: the plural subject nearest before it in its sentence,
    when that is one ("a boat the terrorists had stolen when they attacked X"); else None."""
    nearest = next((t for t in reversed(they.doc[they.sent.start:they.i]) if t.dep_ in ("nsubj", "nsubjpass")
                    and t.tag_ in ("NNS", "NNPS")), None)
    return nearest if nearest is not None and unnamed_fighters(nearest) else None


BANS = {"ban", "embargo", "restriction", "moratorium", "freeze", "suspension"}   # ... on arms sales to X
LIFTING = {"lift", "end", "ease", "remove", "scrap", "reverse", "rescind", "relax", "overturn"}


def lifted_ban(noun: Token) -> tuple[Token | None, Token | None]:
    """(the ban a supply noun hangs from, the verb lifting it): "lifted its ban on arms sales to X"
    (sales to come), "imposed a ban on arms sales to X" (no lifting verb: none); (None, None) when
    the noun hangs from no ban."""
    if noun.dep_ != "pobj" or noun.head.lower_ != "on" or noun.head.head.lemma_.lower() not in BANS:
        return None, None
    ban = noun.head.head
    lift = ban.head if ban.dep_ in ("dobj", "nsubjpass") and ban.head.lemma_.lower() in LIFTING else None
    return ban, lift


def leave_sought(verb: Token) -> Token | None:
    """The verb by which leave to do something was sought or got ("requested approval to send",
    "received permission to supply"), or None."""
    noun = verb.head
    if verb.dep_ == "acl" and verb.tag_ == "VB" and noun.lemma_.lower() in PERMISSION_NOUNS and noun.dep_ == "dobj" \
            and noun.head.lemma_.lower() in SEEKING:
        return noun.head
    return None


HONOURS = {"medal", "honor", "honour", "award", "order", "decoration", "prize", "insignia"}


def honoured(verb: Token) -> list[Token]:
    """The people handed an honour in person: "presented X with a state honour", "handed X the
    medal" (the one named, not "him"); else empty."""
    if verb.lemma_.lower() not in ("present", "hand") or verb.pos_ != "VERB":
        return []
    people = [c for c in verb.children if c.dep_ in ("dobj", "dative") and c.ent_type_ == "PERSON"]
    given = prep_objects(verb, {"with"}) + [c for c in verb.children if c.dep_ == "dobj"]
    return people if any(g.lemma_.lower() in HONOURS for g in given) else []


def beside(verb: Token) -> list[Token]:
    """The people a verb of speaking or appearing puts someone beside: "X said alongside Y",
    "speaking (appearing) beside Y", "X stood next to Y" (a joint appearance: they were together);
    and those a press conference is given beside ("a news conference alongside Y")."""
    found = [o for h in (verb, *[d for d in verb.children if d.dep_ == "dobj"])   # ("attended the ceremony alongside Y")
             for c in h.children if c.dep_ in ("prep", "advmod") and (c.lower_ in ("alongside", "beside") or c.lower_ == "next" and any(
                 t.lower_ == "to" for t in c.children)) for x in (c, *[t for t in c.children if t.lower_ == "to"])
             for o in x.children if o.dep_ == "pobj" and o.ent_type_ == "PERSON"]
    # "X, alongside President A and Prime Minister B, condemned ...", the names read as the verb's subjects,
    # or "alongside" hung from the subject ("X on Friday, alongside A and B, condemned"): the people named
    # between "alongside" and the verb
    for holder in (verb, *[s for s in verb.children if s.dep_ == "nsubj"]):
        for c in holder.children:
            if c.dep_ == "prep" and c.lower_ == "alongside" and c.i < verb.i and (
                    holder is not verb or not any(o.dep_ == "pobj" for o in c.children)):
                found += [e[-1] for e in verb.doc.ents if e.label_ == "PERSON" and c.i < e.start and e.end <= verb.i
                          and e[-1] not in found]
    return found


def agent_objects(verb: Token) -> list[Token]:
    """The objects of a passive verb's by-phrases: "received by X", and "by X, and by Y", the second
    by-phrase hung from the verb as its conjunct; and "by the governor, X, and the mayor, Y", the
    second person hung from the verb as a noun joined to it."""
    agents = [c for c in verb.children if c.dep_ == "agent"]
    if not agents and any(c.dep_ == "auxpass" for c in verb.children):
        # "was received on her arrival in X by Y", the by-phrase hung on the arrival
        agents = [b for p in verb.children if p.dep_ == "prep" and p.lower_ in ("on", "upon", "after")
                  for o in p.children if o.dep_ == "pobj" and o.lemma_.lower() in ("arrival", "landing")
                  for b in o.children if b.dep_ == "prep" and b.lower_ == "by"]
    nouns = []
    if agents:
        agents += [c for c in verb.children if c.dep_ == "conj" and c.pos_ == "ADP" and c.lower_ == "by"]
        # "by X and by Y", the second by-phrase hung from the first
        agents += [j for c in agents for j in c.children if j.dep_ == "conj" and j.pos_ == "ADP" and j.lower_ == "by"]
        nouns = [c for c in verb.children if c.dep_ == "conj" and c.pos_ in ("NOUN", "PROPN") and c.i > agents[0].i
                 and any(t.dep_ == "cc" for t in verb.doc[agents[0].i:c.i] if t.head in (verb, c))]
    return [o for c in agents for o in c.children if o.dep_ == "pobj"] + nouns


def _given_to(verb: Token) -> list[Token]:
    """The state a supply verb gives to, for the "to" clause after it (what is given is for the one
    given it to do): "gave Ukraine Patriots", "had given Ukraine" (a relative clause), "gave Ukraine
    Patriot systems" (read as one object), "sent tanks to Ukraine" (not "sent X to Kyiv to meet Y":
    who is sent goes)."""
    kids = list(verb.children)
    objs = [c for c in kids if c.dep_ == "dobj"]
    found = [c for c in kids if c.dep_ == "dative" and c.pos_ != "ADP"] + [
        c for c in objs if c.ent_type_ in ("GPE", "NORP") and (len(objs) > 1 or verb.dep_ == "relcl")]
    found += [m for c in objs for m in [c.doc[c.left_edge.i]]
              if m.ent_type_ == "GPE" and m.dep_ == "compound" and m.head.ent_type_ != "GPE"]
    if not found and any(c.ent_type_ not in ("PERSON", "GPE", "NORP", "ORG") for c in objs):
        found = [o for o in prep_objects(verb, {"to"}) if o.ent_type_ == "GPE"]
    return found


def passive_subject(verb: Token) -> list[Token]:
    """The subject of a passive verb; of a passive joined to a verb before it, that verb's subject
    ("X travelled to Y and was greeted by Z": X was greeted)."""
    own = [c for c in verb.children if c.dep_ == "nsubjpass"]
    if own or verb.dep_ != "conj" or verb.head.pos_ not in ("VERB", "AUX") or not any(
            c.dep_ == "auxpass" for c in verb.children) or any(c.dep_ in ("nsubj", "csubj") for c in verb.children):
        return own
    return [c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass")]


def objects(verb: Token) -> list[Token]:
    found = [c for c in verb.children if c.dep_ in ("dobj", "attr", "oprd")]
    if found and verb.pos_ == "VERB":   # "to meet X, as well as Y and Z": Y hung on the verb by the parser
        found += [c for c in verb.children if c.dep_ == "conj" and c.i > found[0].i and c.pos_ == "PROPN"
                  and c.ent_type_ in ("PERSON", "GPE", "ORG", "NORP") and not any(
                      s.dep_.startswith("nsubj") for s in c.children)]
    return found


def prep_objects(token: Token, preps: set[str]) -> list[Token]:
    out = []
    for c in token.children:
        if c.dep_ in ("prep", "dative", "agent") and c.lower_ in preps:
            found = [o for o in c.children if o.dep_ in ("pobj", "pcomp")]
            # "in and around Kidal": the object the preposition shares with the one joined to it
            out += found or [o for j in c.children if j.dep_ == "conj" and j.pos_ == "ADP"
                             for o in j.children if o.dep_ in ("pobj", "pcomp")]
    return out


def governing_verb(noun: Token) -> Token | None:
    """The verb a noun trigger hangs from: "held talks", "launched an attack", "set for talks"."""
    tok = noun
    for _ in range(4):
        if tok.dep_ in ("dobj", "pobj", "prep", "attr", "nsubjpass", "oprd", "compound", "conj", "appos"):
            tok = tok.head
            if tok.pos_ in ("VERB", "AUX"):
                return tok
        else:
            return None
    return None


# --- status --------------------------------------------------------------------------------------

def _finite(token: Token) -> Token | None:
    """The finite verb a non-finite one hangs from ("signaled ... willingness to agree" -> signaled)."""
    for _ in range(4):
        if token.tag_ in ("VBD", "VBZ", "VBP", "MD"):
            return token
        if token.dep_ not in ("acl", "xcomp", "dobj", "advcl", "ccomp", "pobj", "prep") or token.head == token:
            return None
        token = token.head
    return None


TROOPS = {"troop", "soldier", "fighter", "personnel", "mercenary", "serviceman", "servicemen"}


def _troops(noun: Token) -> bool:
    """Soldiers, unnamed: "troops", "forces", "thousands of soldiers" (whose, the sentence tells)."""
    return not noun.ent_type_ in ("ORG", "GPE", "NORP", "PERSON") and (
        noun.lemma_.lower() in TROOPS | {"force", "troops", "forces"} or
        any(x.lemma_.lower() in TROOPS | {"force"} for x in prep_objects(noun, {"of"})))


def troops_helping(verb: Token) -> Token | None:
    """"Burundian troops were helping the Congolese army", "North Korean soldiers are fighting
    alongside Russia", "Rwandan forces deployed to help Mozambique's army": the soldiers (named for
    their state) a verb says help another side, or None."""
    lemma = verb.lemma_.lower()
    if verb.pos_ != "VERB" or not (lemma in ("help", "assist", "aid", "support", "reinforce", "back") and helped_by(verb)
                                   or lemma == "fight" and has_prep(verb, {"alongside"})):
        return None
    sent = [verb] + ([verb.head] if verb.dep_ in ("advcl", "xcomp") and verb.head.lemma_.lower() in DEPLOYING else [])
    return next((c for v in sent for c in v.children if c.dep_ in ("nsubj", "nsubjpass") and c.lemma_.lower() in TROOPS and any(
        m.ent_type_ in ("NORP", "GPE", "ORG") and m.pos_ in ("ADJ", "PROPN") for m in left_modifiers(c))), None)


DEPLOYING = {"deploy", "arrive", "send", "dispatch", "move"}   # "troops deployed to help X"


def helped_by(verb: Token) -> list[Token]:
    """Whom a verb of helping helps: its object, or the subject of the clause it helps do ("help
    Mozambique's army battle insurgents")."""
    return [c for c in verb.children if c.dep_ == "dobj"] or [
        s for x in verb.children if x.dep_ in ("ccomp", "xcomp") and x.pos_ == "VERB" for s in x.children if s.dep_ == "nsubj"]


DEFENCE_WORDS = {"military", "defence", "defense", "security", "army", "armed", "air-defence", "air-defense"}
VAGUE_HELP = {"support", "contribution", "help"}   # arms only when said military ("its military support")


def thanked_for_arms(verb: Token) -> list[Token]:
    """What someone thanked someone for, when it is arms or aid given: "thanked Germany for the
    tanks", "for its military aid", "for its contribution to Ukraine's air defence"; nothing for
    thanks for support, words or a visit ("thanked X for its support", "for the invitation")."""
    if not any(c.dep_ == "dobj" for c in verb.children):
        return []
    out = []
    for noun in prep_objects(verb, {"for"}):
        for x in (noun, *noun.conjuncts):
            if x.lemma_.lower() in VAGUE_HELP:
                said = [t for t in x.subtree if t.lower_ in DEFENCE_WORDS or t.lemma_.lower() in DEFENCE_WORDS]
                if said and (x.lemma_.lower() not in ("support", "help") or any(t.head == x for t in said)):
                    out.append(x)   # "its military aid", "its contribution to Ukraine's air defence"
            elif item_noun(x) or x.ent_type_ == "PRODUCT":
                out.append(x)
            elif x.lower_ in SUPPLY_NOUNS:   # "for a recent shipment (the delivery) of howitzers": what it brought
                out += [i for o in prep_objects(x, {"of"}) for i in (o, *o.conjuncts)
                        if item_noun(i) or i.ent_type_ == "PRODUCT"]
    return out


LENT_FIGURATIVELY = {"support", "voice", "weight", "hand", "credence", "ear", "name", "legitimacy", "backing"}


ARMS_HOLDERS = {"defender", "arsenal", "frontline", "defence", "defense", "stockpile", "struggle", "fight", "effort",
                "resistance", "counteroffensive"}   # a state's own: "Ukraine's defenders", "Ukraine's freedom struggle"


def held_by_state(noun: Token) -> list[Token]:
    """The state a destination noun belongs to, when arms sent there are the state's: "to Ukraine's
    front lines", "to Ukraine's defenders", "to Kyiv's arsenal" (not "to Ukraine's border")."""
    lemma = noun.lemma_.lower()
    held = lemma in ARMS_HOLDERS or lemma == "line" and any(
        m.lower_ in ("front", "frontline") for m in noun.children if m.dep_ in ("amod", "compound"))
    return [c for c in noun.children if c.dep_ == "poss" and c.pos_ == "PROPN"] if held else []


def joined_recipients(verb: Token) -> list[Token]:
    """Whom a supply verb joined to this one gives to, when the two share a subject:
    "will send tanks and provide training to Ukraine", "sent tanks to Ukraine and delivered shells"
    (the later verb has no subject of its own)."""
    joined = [c for c in verb.children if c.dep_ == "conj"] + ([verb.head] if verb.dep_ == "conj" else [])
    later = lambda v: v if v.i > verb.i else verb
    return [o for v in joined if v.pos_ == "VERB" and lemma_in(v, SUPPLY.verbs)
            and not any(c.dep_ in ("nsubj", "nsubjpass") for c in later(v).children)
            for o in prep_objects(v, {"to"}) + [p for x in objects(v) for p in prep_objects(x, {"to"})]]


def with_items(verb: Token) -> list[Token]:
    """What a verb provides "with": "backed Ukraine with weapons", also where the parser hung the
    with-phrase from the last of the verb's objects ("assist Mali, Burkina Faso and Niger with
    arms")."""
    found = prep_objects(verb, {"with"})
    if not found:
        for obj in (c for c in verb.children if c.dep_ == "dobj"):
            members = [obj, *obj.conjuncts] + [m for p in prep_objects(obj, {"of"}) for m in (p, *p.conjuncts)]
            found = [o for m in members[-1:] for o in prep_objects(m, {"with"})]
    return found


NOT_ARMS = {"diplomatically", "politically", "verbally", "publicly", "rhetorically", "morally"}   # backing in words


def backing_states(verb: Token) -> list[Token]:
    """The states that back (support) a side, as a verb tells it: "Haftar is backed by Egypt and the
    UAE", "Ukraine has been supported by the U.S. in its fight", "Russia and the UAE back Haftar's
    forces"; none when the backers are not named states or the backing is in words ("backed Kyiv
    diplomatically"), or when what is backed is a thing ("supports the plan")."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in ("back", "support") or verb.tag_ == "VBG" and verb.dep_ == "amod" \
            or any(c.dep_ == "neg" or c.lower_ in NOT_ARMS for c in verb.children):
        return []
    agents = [o for c in verb.children if c.dep_ == "agent" for o in c.children if o.dep_ == "pobj"]
    backers = agents if agents else [c for c in verb.children if c.dep_ == "nsubj"]
    backed = passive_subject(verb) if agents else [c for c in verb.children if c.dep_ == "dobj"]
    backers += [n for b in backers for n in b.children if n.dep_ == "nmod" and any(c.dep_ == "cc" for c in n.children)]
    # ("by the U.S. and European allies", read as "[the U.S. and European] allies")
    states = [m for b in backers for m in (b, *b.conjuncts) if m.ent_type_ in ("GPE", "NORP") and m.pos_ == "PROPN"]
    sides = [b for b in backed if b.ent_type_ in ("GPE", "PERSON", "ORG", "NORP") or b.lower_ in ("he", "she", "they")
             or b.lemma_.lower() in ("force", "forces", "army", "military", "fighter", "rebel", "militia")]
    return states if sides else []


SUPPLIED_WORDS = {"supplied", "provided", "donated", "delivered", "gifted", "sent"}


def supplied_hyphen(token: Token) -> Token | None:
    """"US-supplied missiles", "British-provided tanks": the word before the hyphen, which names
    who supplied them; None for any other word."""
    if token.lower_ not in SUPPLIED_WORDS or token.dep_ != "amod" or token.i < 2 or token.doc[token.i - 1].text != "-" \
            or token.doc[token.i - 1].whitespace_ or token.doc[token.i - 2].whitespace_:
        return None
    who = token.doc[token.i - 2]
    return who if who.head == token else None


def holder_of(item: Token) -> list[Token]:
    """Who has what a noun names: its owner ("Ukraine's F-16s"), or by how the sentence uses it: the
    subject of the verb it is the object of ("Ukraine fired the missiles", "X used drones imported
    from Y"), the owner of the use it is of ("Ukraine's use of the missiles"), where it is bound
    ("missiles bound for the Houthis")."""
    if owners := [c for c in item.children if c.dep_ == "poss"]:
        return owners
    batch = [item.head.head] if item.dep_ == "pobj" and item.head.lower_ == "of" else []   # "750 tons of missiles"
    held = (item, *item.conjuncts, *batch)
    if bound := [o for c in [c for x in held for c in x.children if c.dep_ in ("amod", "acl")] + [
            c for x in held if x.dep_ == "dobj" for c in x.head.children if c.dep_ == "advcl"]   # (hung on the verb)
                 if c.lower_ in ("bound", "destined") for o in prep_objects(c, {"for"})]:
        return bound
    if item.dep_ == "dobj" and item.head.lemma_.lower() in HOLDING_VERBS:
        return subjects(item.head)
    if item.dep_ == "pobj" and item.head.lower_ == "of" and item.head.head.lemma_.lower() in HOLDING_NOUNS:
        return [c for c in item.head.head.children if c.dep_ == "poss"]
    verb = item.head.head if item.dep_ == "pobj" else None
    if verb is not None and verb.pos_ == "VERB" and (item.head.lower_ in ("on", "upon") and verb.lemma_.lower() in (
            "rely", "depend") or item.head.lower_ == "with" and classify(verb) == "Attack"):
        return subjects(verb)   # "X relies on the missiles", "X struck Y with the missiles": X has them
    return []   # (not "Russia shot down US-supplied missiles": who downs them is not who has them)


HOLDING_VERBS = {"use", "fire", "launch", "deploy", "receive", "operate", "employ", "field", "get", "obtain", "have",
                 "own", "possess"}
HOLDING_NOUNS = {"use", "deployment", "firing", "launch", "operation"}


def on_the_way(token: Token) -> list[Token]:
    """The arms a "route" or "way" noun says are going somewhere ("F-16s are en route to Ukraine
    from Denmark", "the first batteries are on their way to Ukraine"): the subject of the verb the
    phrase hangs from, when it names arms (a person en route travels) and the phrase says where
    to; else none."""
    if token.lower_ not in ("route", "way") or token.dep_ != "pobj" or not prep_objects(token, {"to"}):
        return []
    prep = token.head
    if not (prep.lower_ == "en" and token.lower_ == "route" or prep.lower_ == "on" and any(
            c.dep_ == "poss" for c in token.children)):
        return []
    verb = prep.head
    if verb.pos_ not in ("AUX", "VERB"):
        return []
    return [s for s in subjects(verb) if item_noun(s) or any(t.ent_type_ == "PRODUCT" for t in s.subtree if t.i <= s.i)]


CARGOES = {"cargo", "shipment", "consignment", "arm", "arms", "weaponry", "ammunition"}   # what is seized, not struck
HAULS = {"ton", "tonne", "cache", "batch", "load", "haul", "stockpile", "shipment", "consignment", "cargo"}   # ... of arms
WEAPON_WORDS = {"missile", "drone", "bomb", "rocket", "shell", "munition", "weapon", "warhead", "artillery"}


def weapons_used(token: Token) -> list[Token]:
    """"Ukraine's first use of ATACMS missiles on Russian soil", "Russia's use of North Korean
    missiles against Kharkiv": a state's use of weapons on (against, inside) a place, which is an
    attack by it; the places aimed at (the prep on the use, or on the weapons); none for a use with
    no owner or no place aimed at ("the use of drones is growing")."""
    if token.lemma_.lower() != "use" or token.pos_ != "NOUN" or not any(c.dep_ == "poss" for c in token.children):
        return []
    armed = [u for u in prep_objects(token, {"of"}) if u.lemma_.lower() in WEAPON_WORDS or item_noun(u) and any(
        t.ent_type_ == "PRODUCT" for t in u.subtree)]
    aim = {"on", "against", "inside"}
    return (prep_objects(token, aim) or [p for u in armed for p in prep_objects(u, aim)]) if armed else []


def armed_by(token: Token) -> list[Token]:
    """Who armed whom an "armed by" participle after a noun speaks of: "Hezbollah, armed and
    financed by Tehran", "the Houthis, armed by Iran", "the militia, which is armed and trained by
    Iran" -> Tehran, Iran (the agent of "armed" or of a participle joined to it); none for "armed
    groups", "armed men", "armed with rifles"."""
    if token.lower_ != "armed" or token.dep_ not in ("amod", "acl", "relcl"):
        return []
    for verb in (token, *[c for c in token.children if c.dep_ == "conj" and c.tag_ in ("VBN", "JJ")]):
        found = [o for a in verb.children if a.dep_ == "agent" for o in a.children if o.dep_ == "pobj"]
        if found:
            return found
    return []


def given_by(noun: Token) -> list[Token]:
    """Who gave the things a noun names, by a participle after it: "the missiles promised by Spain",
    "tanks supplied by Germany" -> Spain, Germany."""
    return [o for c in noun.children if c.dep_ == "acl" and c.tag_ == "VBN" and c.lemma_.lower() in SUPPLY_VERBS
            for a in c.children if a.dep_ == "agent" for o in a.children if o.dep_ == "pobj"]


def status_of(trigger: Token) -> str | None:
    """happened | planned | proposed, or None when the event is denied, negated or hypothetical.

    Walks up from the trigger through its clause chain; stops at a reporting verb, so reported
    speech keeps the event's own status ("X said he would send" is planned). An order placed or a
    contract signed for arms tells of a supply to come ("Jakarta ordered 42 Rafale jets")."""
    status = _told_status(trigger)
    if trigger.dep_ == "pcomp" and trigger.head.lower_ == "against" and trigger.head.head.lemma_.lower() in WARNING:
        return None   # "Biden warned Xi against supplying Russia with weapons": not done, nor anyone's plan
    if status is not None and trigger.lemma_.lower() == "war" and any(c.dep_ == "poss" for c in trigger.children):
        return "happened"   # "X urged Y to stop its support for Russia's war against Ukraine": a war being fought
    if status == "happened" and (told := _status_modifier(trigger)) is not None:
        status = told   # "the planned meeting between X and Y was discussed": still to come
    ban, lift = lifted_ban(trigger)
    if ban is not None:   # sales a ban is lifted on are to come; sales banned are none
        return "planned" if lift is not None and status is not None else None
    if (leave := leave_sought(trigger)) is not None and status is not None:
        # "X requested approval to send tanks": proposed; "X received permission to send them": planned
        return "planned" if leave.lemma_.lower() in ("get", "receive", "obtain", "win") else "proposed"
    if status == "happened" and (trigger.pos_ == "VERB" and trigger.lemma_.lower() in ORDERING or
                                 trigger.pos_ == "NOUN" and trigger.lemma_.lower() in CONTRACTS):
        return "planned"   # (only supplies have these triggers: classify)
    return status


def _status_modifier(noun: Token) -> str | None:
    """planned or proposed, when a word before the event noun says so ("the planned (scheduled,
    promised, upcoming) meeting", "the proposed sale"); else None."""
    if noun.pos_ != "NOUN":
        return None
    words = {w for c in noun.children if c.dep_ in ("amod", "compound") and c.i < noun.i for w in (c.lemma_.lower(), c.lower_)}
    if words & PLANNED_MODIFIERS:
        return "planned"
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.lemma_.lower() in CHANCES:
        return "proposed"   # "the possibility (prospect) of talks between X and Y"
    return "proposed" if words & PROPOSED_MODIFIERS else None


CHANCES = {"possibility", "prospect", "prospects", "chance", "chances", "likelihood", "idea", "option", "feasibility"}


PLANNED_MODIFIERS = {"plan", "planned", "schedule", "scheduled", "promise", "promised", "pledge", "pledged", "commit",
                     "committed", "upcoming", "forthcoming", "future", "expect", "expected", "slate", "slated",
                     "intended", "impending"}
PROPOSED_MODIFIERS = {"propose", "proposed", "possible", "potential", "mooted", "prospective", "hoped", "hoped-for"}


NOT_HELD = {"take", "happen", "occur", "materialize", "materialise", "go", "start", "begin", "convene", "meet",
            "proceed", "open", "resume", "get"}   # "the talks failed to take place (to open, to get under way)"


BRACING = {"brace", "prepare", "fear", "await", "expect"}   # ... a reprisal for what one did


def avenged_on(trigger: Token) -> Token | None:
    """Who braces for the reprisal an attack calls for ("Israel braced for retaliation from Iran over
    the killing of X"): the verb whose subject did it; else None."""
    reprisal = trigger.head.head if trigger.dep_ == "pobj" and trigger.head.lower_ in ("over", "for") else None
    if reprisal is None or reprisal.lemma_.lower() not in REPRISALS or reprisal.dep_ not in ("pobj", "dobj"):
        return None
    verb = reprisal.head.head if reprisal.dep_ == "pobj" and reprisal.head.lower_ == "for" else reprisal.head
    return verb if verb.pos_ == "VERB" and verb.lemma_.lower() in BRACING else None


def paid_for(trigger: Token) -> Token | None:
    """The verb of paying (being punished) for a deed: "X will pay (a heavy price) for the attack",
    "X must be punished for the strike"; else None."""
    if trigger.dep_ != "pobj" or trigger.head.lower_ != "for":
        return None
    verb = trigger.head.head
    if verb.lemma_.lower() == "price" and verb.dep_ == "dobj":
        verb = verb.head
    return verb if verb.pos_ == "VERB" and verb.lemma_.lower() in ("pay", "punish") else None


def _told_status(trigger: Token) -> str | None:
    tok = trigger
    if trigger.pos_ == "NOUN" and trigger.dep_ == "pobj" and (told := told_in(trigger)) is not None \
            and told != trigger.head.head:
        return _told_status(told)   # "X told Y he wants closer ties during a meeting": the telling's, not the wish's
    if trigger.pos_ == "NOUN" and trigger.dep_ == "pobj" and trigger.head.lower_ in ("to", "for", "over") and \
            trigger.head.head.lemma_.lower() in REPRISALS | ANSWERING and \
            classify(trigger) == "Attack":
        return "happened"   # "vowed a response to the attack", "retaliation for a strike", "would retaliate over
        # an attack": what is answered was
    if paid_for(trigger) is not None and classify(trigger) == "Attack":
        return "happened"   # "X would pay a heavy price for the attack": the attack was
    if trigger.dep_ in ("pcomp", "pobj") and trigger.head.lower_ in ("on", "about", "over") and \
            trigger.head.head.lemma_.lower() in NEGOTIATING and classify(trigger) in ("Supply", "Attack"):
        return "proposed"   # "X is in talks with Y on supplying jets to Z": what the talks are about, not yet done
    if trigger.pos_ == "NOUN" and trigger.dep_ in ("nsubjpass", "nsubj") and trigger.head.lemma_.lower() in (
            "repeat", "recur"):
        return "happened"   # "last week's strike on X must not be repeated": it was; the warning is about another
    if trigger.pos_ == "NOUN" and trigger.dep_ == "nsubj" and (failed := trigger.head).lemma_.lower() == "fail" and \
            failed.tag_ in ("VBD", "VBN", "VBZ", "VBP") and classify(trigger) == "Meeting" and \
            not any(c.dep_ == "aux" and c.lower_ in ("will", "would", "could", "may", "might") for c in failed.children) and \
            any(c.dep_ == "xcomp" and c.lemma_.lower() not in NOT_HELD for c in failed.children):
        return "happened"   # "the talks failed to yield any progress": held, with nothing to show (not "failed to take place")
    if trigger.pos_ == "VERB" and trigger.lemma_.lower() in ("pledge", "promise") and not any(
            c.dep_ == "neg" for c in trigger.children):
        return "planned"  # "X pledged jets to Y": promised, not yet delivered
    if trigger.pos_ == "VERB" and trigger.lemma_.lower() in ("offer", "invite") and not any(
            c.dep_ == "neg" for c in trigger.children):
        return "proposed"  # "Berlin is offering IRIS-T systems to Ukraine": offered, not yet agreed ("invited X to Rome")
    if trigger.pos_ == "NOUN" and trigger.lemma_.lower() in HELP_NOUNS and trigger.dep_ == "pobj" and \
            trigger.head.lower_ == "in" and (trigger.head.head.dep_ == "dobj" and trigger.head.head.head.lemma_.lower()
                                             in PLEDGING or trigger.head.head.lemma_.lower() in PLEDGING) and \
            classify(trigger) == "Supply":
        return "planned"  # "X announced $1bn in military aid for Y": promised, not yet delivered
    if trigger.tag_ == "VB" and any(c.dep_ == "aux" and c.lower_ == "to" for c in trigger.children) and (
            trigger.dep_ == "ROOT" or trigger.dep_ == "ccomp" and trigger.head.lemma_.lower() in ASSERTING):
        return "planned"   # "X and Y plan to meet" with "plan" read as a noun: a clause whose verb is "to meet"
    verb = trigger
    while verb.pos_ not in ("VERB", "AUX") and verb.head != verb:
        verb = verb.head
    if verb.tag_ == "VB" and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children) and not any(
            t.tag_ in ("VBD", "VBZ", "VBP", "MD") for t in trigger.sent):
        return "planned"   # as a headline says it, no finite verb: "At X's invitation, Y to embark on a visit to Z"
    if trigger.pos_ == "NOUN" and trigger.dep_ == "pobj" and trigger.head.lower_ == "for" and \
            trigger.head.head.lemma_.lower() in ("date", "time", "venue", "timing", "location", "place"):
        # "a date for a Trump-Putin meeting remains undecided": to come, once agreed when it is set
        told = trigger.head.head.head
        return "planned" if told.lemma_.lower() in ("set", "fix", "agree", "announce", "confirm") else "proposed"
    if trigger.pos_ == "NOUN" and trigger.dep_ == "pobj" and trigger.head.lower_ == "for":
        holder = trigger.head.head   # "a deal for the sale", or "signed [a deal] for the sale"
        if holder.lemma_.lower() in CONTRACTS or holder.pos_ == "VERB" and any(
                c.dep_ == "dobj" and c.lemma_.lower() in CONTRACTS for c in holder.children):
            return "planned"  # "signed a deal for the sale of drones": the sale is to come
    if trigger.pos_ in ("VERB", "NOUN") and any(c.dep_ == "aux" and c.lower_ == "to" for c in trigger.children) and (
            # (a verb the tagger took for a noun: "signed a contract to supply of 54 howitzers")
            trigger.dep_ in ("acl", "relcl") and trigger.head.lemma_.lower() in CONTRACTS or   # (the parser's "relcl")
            trigger.dep_ in ("advcl", "xcomp") and any(c.dep_ == "dobj" and c.lemma_.lower() in CONTRACTS
                                                       for c in trigger.head.children)):
        # "signed a contract to buy jets from X": the purchase is to come ("a potential deal to supply": proposed)
        return "proposed" if _status_modifier(trigger.head) == "proposed" else "planned"
    if trigger.pos_ == "NOUN" and trigger.dep_ == "pobj" and trigger.head.lower_ in ("after", "following") and \
            _told_as_done(trigger.head.head):
        return "happened"  # "X refused to comment after talks with Y": whatever X did after them, the talks were held
    if trigger.pos_ == "NOUN" and trigger.dep_ == "pobj" and trigger.head.lower_ in ("in", "during", "at", "after",
                                                                                     "following") \
            and trigger.head.head.pos_ == "VERB" and _told_as_past(trigger.head.head, trigger.head.lower_ in ("in", "during")):
        return "happened"  # "In a meeting with X, Y pledged support": the meeting was, whatever was pledged
        # ("Y has called for talks during a meeting with X": so too in the perfect; "during talks with
        # X, Y did not pledge anything": the talks were held all the same)
    if trigger.pos_ == "NOUN" and (setting := setting_verb(trigger)) is not None and \
            trigger.head.head.pos_ not in ("VERB", "AUX") and _told_as_past(setting, True):
        return "happened"  # "X and Y made no progress towards agreeing on a truce at talks in Z": they were held
    if trigger.pos_ == "NOUN" and trigger.dep_ == "pobj" and trigger.head.lower_ == "of" and \
            trigger.head.head.lower_ == "part" and trigger.head.head.head.lower_ == "as" and \
            (verb := _finite(trigger.head.head.head.head)) is not None and verb.tag_ == "VBD" and \
            not any(c.dep_ == "neg" for c in verb.children) and \
            not any(c.dep_ in ("amod", "compound", "poss") and c.lower_ in ("next", "upcoming", "future")
                    for t in (trigger, *trigger.children) for c in t.children):
        return "happened"  # "signaled their willingness to agree ... as part of their negotiations with X": they were held
    if trigger.pos_ == "NOUN" and trigger.dep_ == "pobj" and (trigger.head.lower_ == "before" or trigger.head.lower_
                                                             in ("of", "to") and trigger.head.head.lower_ in ("ahead", "prior")):
        return "planned"  # "ahead of his talks with X", "before the summit": still to come
    if trigger.pos_ == "NOUN" and trigger.dep_ == "dobj" and trigger.head.tag_ == "VBG" and \
            trigger.head.dep_ == "pcomp" and trigger.head.head.lower_ == "before":
        return "planned"  # "before starting negotiations with the RSF": still to come
    if trigger.pos_ == "NOUN" and trigger.dep_ == "pobj" and classify(trigger) == "Attack" and (
            trigger.head.lower_ in FACTIVE_PREPS or trigger.head.lower_ == "of" and trigger.head.head.dep_ == "pobj"
            and trigger.head.head.head.lower_ in FACTIVE_PREPS):
        return "happened"   # "agreed to a ceasefire after a week of border clashes": the clashes were fought
    if trigger.tag_ == "VBG" and not any(c.dep_ == "neg" for c in trigger.children) and (
            trigger.dep_ == "pcomp" and trigger.head.lower_ in FACTIVE_PREPS or
            (doer := _gerund_doer(trigger)) is not None and doer.head.lower_ in FACTIVE_PREPS or
            trigger.dep_ == "pcomp" and trigger.head.lower_ == "with" and any(c.dep_ == "nsubj" for c in trigger.children)):
        return "happened"   # "despite X sending tanks", "after X hitting Y", "..., with both sides exchanging
        # fire": told as done, whatever the clause around
    if trigger.tag_ == "VBG" and trigger.dep_ == "advcl" and trigger.lemma_.lower() in APPEARING and \
            trigger.head.tag_ in ("VBD", "VBZ", "VBP") and not any(c.dep_ in ("aux", "neg") for c in trigger.head.children):
        return "happened"   # "Speaking alongside X, Y pledged more aid": Y did speak there, whatever was pledged
    if trigger.tag_ == "VBD" and trigger.dep_ == "advcl" and any(
            m.dep_ == "advmod" and m.lower_ == "when" and m.i < trigger.i for m in trigger.children) and not any(
            c.dep_ in ("neg", "aux") for c in trigger.children):
        return "happened"   # "... did not reflect what X and Y discussed when they met in Alaska": a time told as past
    came_from = None
    for step in range(8):
        lemma = tok.lemma_.lower()
        children = list(tok.children)
        if step and any(c.dep_ == "advmod" and c.lower_ == "instead" for c in came_from.children):
            return "happened"   # "canceled a purchase of X, buying Y instead": what was done in its place
        if step and came_from.dep_ == "advcl" and came_from.tag_ == "VBG" and came_from.i > tok.i and not any(
                c.dep_ in ("mark", "nsubj", "aux") for c in came_from.children) and any(c.dep_ == "neg" for c in children):
            return "happened"   # "X has not kept the truce, launching daily attacks": what X did do
        contrasted = came_from is not None and (came_from.dep_ == "conj" and any(
            c.dep_ == "cc" and c.lower_ in ("but", "yet") for c in children) or   # "does not have F-16s, but is supplying ..."
            came_from.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in ("while", "although", "though", "whereas")
                                              for m in came_from.children))   # "While X has supplied jets, Y has not"
        stopped_by = step and lemma == "stop" and (
            came_from.dep_ == "prep" and came_from.lower_ in ("for", "in", "at") or
            came_from.dep_ in ("advcl", "xcomp") and any(c.dep_ == "prep" and c.lower_ in ("in", "at", "over")
                                                         for c in children))
        # ("stopped in Washington for meetings with X", "stopped in Halifax to meet X": a stop made, not
        # the meetings stopped)
        if not contrasted and (any(c.dep_ == "neg" for c in children) and not (step and lemma in KNOWING)
                               and not (step == 1 and lemma == "be" and _ranked(trigger))
                               or step and lemma in NEGATING_LEMMAS and not stopped_by or not step and any(   # a headline's "X skips
                    c.dep_ == "compound" and c.tag_.startswith("VB") and c.lemma_.lower() in NEGATING_LEMMAS   # dinner with Y",
                    for c in children)):   # the verb parsed as a modifier of the noun
            return None   # (not told of talks is no denial of them: "Ukraine was not informed about the talks")
        if step and lemma in ("vow", "swear") and classify(trigger) == "Attack":
            return None   # "vowed to launch more attacks": a threat, as "threatened to attack" (none yet)
        if step and lemma in CALLED_OFF and any(c.dep_ in ("prt", "advmod") and c.lower_ == CALLED_OFF[lemma]
                                                for c in children):
            return None
        if step and tok.dep_ == "acomp" and any(c.dep_ == "neg" for c in tok.head.children):
            return None  # "he was not ready to give Ukraine the missiles"
        odds = next((c.lemma_.lower() for c in children if c.dep_ == "acomp"), None) if tok.lemma_.lower() == "be" \
            and trigger.dep_ in ("nsubj", "nsubjpass") and trigger.head == tok else None
        if odds in ("unlikely", "impossible", "doubtful", "improbable"):
            return None       # "a meeting between Putin and Zelensky is unlikely this year"
        if odds in ("likely", "possible", "probable"):
            return "proposed"   # "a meeting is possible"
        if any(c.lower_ in ("never", "no") and c.dep_ in ("neg", "advmod", "det") for c in children) and not (
                step and tok.pos_ == "NOUN" and (came_from.dep_ == "prep" and tok.lemma_.lower() in TOLL_WORDS or
                                                 trigger.dep_ == "pobj" and trigger.head.lower_ in ("at", "during"))):
            return None   # (but "there were no injuries in the attacks": the attacks were, harming no one; "made
            # no progress at talks in X": the talks were held, to no end)
        if step and lemma in ("remind", "recall") and any(c.dep_ == "nsubj" and c.lower_ in ("we", "i") for c in children):
            return "happened"   # "We will remind (recall) that X struck Y": the writer's aside, not a plan
        if any(c.lower_ in HYPOTHETICAL and c.dep_ in ("aux", "mark") for c in children) and not (
                step and lemma in ASSERTING and all(c.lower_ == "can" for c in children
                                                    if c.lower_ in HYPOTHETICAL and c.dep_ in ("aux", "mark"))):
            # (but "I can confirm that X is sending Y" asserts it)
            if (not step or step == 1 and trigger.pos_ == "NOUN" and lemma in LIGHT_VERBS) and any(
                    c.lower_ in MODAL_OFFERS and c.dep_ == "aux" for c in children) and \
                    classify(trigger) in ("Meeting", "Call"):
                return "proposed"  # "Putin could meet Zelensky in Moscow": on offer ("China could supply": a guess)
            return None
        if any(c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in ("if", "unless") for m in c.children)
               for c in children) and classify(trigger) in ("Meeting", "Call", "Supply"):
            return "proposed"  # "if Putin agrees, they will fly there to meet him": offered on a condition
        if any(c.lower_ in PLANNED_AUX and c.dep_ == "aux" for c in children):
            return "planned"
        if any(c.lower_ in ("going",) and c.dep_ == "aux" for c in children):
            return "planned"
        if tok.pos_ in ("NOUN", "PROPN"):
            for c in children:
                cl = c.lemma_.lower()
                if c.dep_ in ("amod", "compound") and cl in ("propose", "proposed", "possible", "potential"):
                    return "proposed"
                if c.dep_ in ("amod", "compound") and cl in ("upcoming", "next", "planned", "forthcoming",
                                                               "new", "future", "third", "fourth", "another"):
                    if not _past_governor(tok):
                        return "planned"
        if step and signed_off(tok):
            return "planned"   # "signed off on an aid package": approved it, to come
        if step and lemma in PLANNED_LEMMAS and not (lemma == "set" and not any(
                c.dep_ == "xcomp" or c.dep_ == "prep" and c.lower_ == "for" for c in children)) and not (
                lemma == "aim" and any(c.dep_ == "auxpass" for c in children) and any(
                    c.dep_ == "prep" and c.lower_ == "at" for c in children)):
            # "is set to meet", "set for talks" -- not "was set ablaze", "set on fire"; nor "the strike was
            # aimed at X": where it went
            return "planned"
        if step and lemma in PROPOSED_LEMMAS and not (lemma == "open" and any(
                c.dep_ == "dobj" and c.lower_ == "fire" for c in children)) and not (   # "open to talks", not "open fire"
                lemma in HESITATING and any(c.dep_ == "aux" and c.lower_ == "had" for c in (*children, *tok.head.children))):
            return "proposed"   # (but "had been reluctant to send X": no longer, and it was sent)
        if step == 1 and trigger.pos_ == "NOUN" and trigger.dep_ in ("dobj", "nsubjpass") and (
                lemma in ANNOUNCING and classify(trigger) in ("Supply", "Meeting", "Call")
                or lemma == "confirm" and classify(trigger) in ("Meeting", "Call")):
            return "planned"  # "announced a $2.5 billion package", "confirmed a meeting in August", "the
            # delivery was announced": to come
        if step and lemma in ("say", "tell", "report", "add", "confirm", "announce", "write", "claim",
                              "accuse", "state", "note", "warn"):
            return "happened"
        vowed_to = tok.dep_ == "advcl" and tok.tag_ == "VB" and any(c.dep_ == "aux" and c.lower_ == "to" for c in children) \
            and tok.head.lemma_.lower() in ("vow", "swear", "threaten")   # "vowed in an address to launch strikes",
        # the infinitive the parser hung as a clause of its own: the vow's, read on
        if not vowed_to and tok.dep_ in ("advcl", "conj") and tok.pos_ in ("VERB", "AUX") and (step or tok.dep_ == "advcl" and tok.pos_ == "VERB" and any(
                c.dep_ == "nsubj" for c in children) and any(c.dep_ == "mark" and c.lower_ in TIME_MARKS for c in children)):
            # a clause of its own: its plans are not the event's; the event's own clause of time, with its
            # own subject, happened ("explosions could be heard as Russia targeted X")
            return "happened"
        if tok.dep_ == "relcl" and tok.pos_ in ("VERB", "AUX") and (tok.tag_ in ("VBD", "VBZ", "VBP") or any(
                c.dep_ in ("aux", "auxpass") and c.tag_ in ("VBD", "VBZ", "VBP") for c in children)):
            return "happened"   # "support for Putin, whom Xi met in March", "a block which had been struck": a
            # clause of its own, told as done (not the sentence's: "visiting an apartment block ...")
        if (step or tok.pos_ == "VERB") and tok.dep_ == "acl" and tok.tag_ == "VBN" and \
                not any(c.dep_ == "aux" for c in children) and any(c.dep_ == "agent" for c in children):
            return "happened"   # "the war, triggered by the attack on Israel, could spiral": what set it off was;
            # "X will give aid under an agreement signed by A and B": the signing was
        if tok.dep_ == "ROOT" or tok.head == tok:
            # a headline: "Russia, Ukraine to hold talks" (an infinitive with no finite verb)
            if any(c.dep_ == "aux" and c.lower_ == "to" for c in children) and tok.tag_ == "VB":
                return "planned"
            return "happened"
        if tok.dep_ == "xcomp" and any(c.dep_ == "aux" and c.lower_ == "to" for c in children) \
                and tok.head.lemma_.lower() in ("need", "have", "try", "want", "hope"):
            return "proposed"
        if tok.dep_ in ("xcomp", "ccomp") and any(c.dep_ == "aux" and c.lower_ == "to" for c in children) \
                and tok.head.lemma_.lower() == "be":
            return "planned"  # "she was to meet X"
        if tok.dep_ == "appos" and tok.pos_ in ("NOUN", "PROPN"):
            return "happened"  # "Iran, Russia's main drone supplier, denies ...": a description of its own
        came_from, tok = tok, tok.head
    return "happened"


def setting_verb(noun: Token) -> Token | None:
    """The finite verb of the clause whose setting an event noun is, "at" or "during" it, however
    deep the phrase hangs ("X and Y made no progress towards agreeing on a truce at talks in Z":
    made), past gerunds; None when the noun is no such setting."""
    if noun.dep_ != "pobj" or noun.head.lower_ not in ("at", "during"):
        return None
    tok = noun.head
    for _ in range(8):
        if tok.dep_ not in ("pobj", "prep", "pcomp", "dobj") or tok.head == tok:
            return None
        tok = tok.head
        if tok.pos_ in ("VERB", "AUX") and tok.dep_ != "pcomp":
            return tok
    return None


def _told_as_past(verb: Token, negated: bool = False) -> bool:
    """A verb told in the past tense or the perfect ("pledged", "has called", "had met"), not
    negated unless `negated` ("did not pledge")."""
    if not negated and any(c.dep_ == "neg" for c in verb.children):
        return False
    helpers = [c for c in verb.children if c.dep_ == "aux"]
    return verb.tag_ == "VBD" and not helpers or verb.tag_ == "VBN" and bool(helpers) and all(
        c.lemma_.lower() == "have" for c in helpers) or negated and verb.tag_ == "VB" and len(helpers) == 1 and \
        helpers[0].lower_ == "did"


def _past_governor(noun: Token) -> bool:
    verb = governing_verb(noun)
    if verb is not None and verb.tag_ == "VB" and verb.dep_ in ("xcomp", "advcl") and verb.head.lemma_.lower() in MEANS \
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        verb = verb.head   # "X used drones to launch the third attack on Y": the means told as done
    return verb is not None and verb.tag_ in ("VBD", "VBN") and not any(
        c.dep_ == "aux" and c.lower_ in PLANNED_AUX for c in verb.children)


MEANS = {"use", "deploy", "employ"}   # "used drones to launch an attack": the purpose is the deed
