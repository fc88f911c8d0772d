"""Reasoning benchmark: how long `kg reason` (HermiT through owlready2, plus the shortcut rules)
takes on the seed graph and on synthetic graphs of ~1,000 and ~10,000 events.

    .venv/bin/python bench/reasoning.py                 # seed graph, 1,000 and 10,000 events
    .venv/bin/python bench/reasoning.py --events 10000  # one synthetic size only
    .venv/bin/python bench/reasoning.py --no-seed

The synthetic graphs follow docs/data-model.md exactly (ten events an article, entities,
evidence, shortcut facts) with random but consistent roles. The seed graph is built from
/work/shared/corpus/seeds (or KG_SEEDS) with kg.build when that module exists.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import random
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

import pyoxigraph as ox

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from kg.owl.reason import reason  # noqa: E402
from kg.store.stores import EmbeddedStore  # noqa: E402
from kg.vocab import DATA_BASE, NKG, ONTOLOGY_GRAPH, OWL, RDF, RDFS, SCHEMA, SKOS, XSD, ontology_path  # noqa: E402

SEEDS = Path(os.environ.get("KG_SEEDS", "/work/shared/corpus/seeds"))
POOLS = {"Person": 400, "Country": 60, "Organization": 40, "City": 150, "Facility": 40,
         "WeaponSystem": 40, "Topic": 30}


def _id(local: str) -> ox.NamedNode:
    return ox.NamedNode(DATA_BASE + local)


def _lit(value, datatype=None) -> ox.Literal:
    return ox.Literal(str(value), datatype=datatype) if datatype else ox.Literal(str(value))


def _when(d: date) -> ox.Literal:
    return ox.Literal(f"{d.isoformat()}T00:00:00", datatype=XSD.dateTime)


def synthetic_graphs(n_events: int, per_article: int = 10, seed: int = 0) -> dict[str, list[ox.Triple]]:
    """Article graph IRI -> its triples, for n_events events in the shape the build writes."""
    rng = random.Random(seed)
    pools = {cls: [(f"{cls.lower()}-{i}", f"{cls} {i}") for i in range(n)] for cls, n in POOLS.items()}
    agents = [("Person", e) for e in pools["Person"]] + [("Country", e) for e in pools["Country"]] + \
             [("Organization", e) for e in pools["Organization"]]
    graphs: dict[str, list[ox.Triple]] = {}
    for a in range((n_events + per_article - 1) // per_article):
        article = _id(f"article/synthetic-{a}")
        published = date(2025, 1, 1) + timedelta(days=a % 365)
        t = [ox.Triple(article, RDF.type, NKG.Article), ox.Triple(article, RDF.type, OWL.NamedIndividual),
             ox.Triple(article, RDFS.label, _lit(f"Synthetic article {a}")),
             ox.Triple(article, SCHEMA.headline, _lit(f"Synthetic article {a}")),
             ox.Triple(article, SCHEMA.url, _lit(f"https://example.org/{a}", XSD.anyURI)),
             ox.Triple(article, SCHEMA.publisher, _lit("Example Wire")),
             ox.Triple(article, SCHEMA.datePublished, _when(published)),
             ox.Triple(article, SCHEMA.identifier, _lit(f"synthetic-{a}"))]
        entities: dict[str, tuple[str, str]] = {}

        def use(cls: str, entity: tuple[str, str]) -> ox.NamedNode:
            entities[entity[0]] = (cls, entity[1])
            return _id(entity[0])

        for e in range(min(per_article, n_events - a * per_article)):
            kind = ("Meeting", "Call", "Supply", "Attack", "Request")[(a * per_article + e) % 5]
            roles: list[tuple[ox.NamedNode, ox.NamedNode]] = []
            if kind in ("Meeting", "Call"):
                for cls, ent in rng.sample(agents, rng.choice((2, 2, 3))):
                    roles.append((NKG.participant, use(cls, ent)))
            elif kind == "Supply":
                sup, rec = rng.sample(pools["Country"], 2)
                roles += [(NKG.supplier, use("Country", sup)), (NKG.recipient, use("Country", rec)),
                          (NKG.item, use("WeaponSystem", rng.choice(pools["WeaponSystem"])))]
            elif kind == "Attack":
                cls = rng.choice(("City", "Facility", "Country"))
                roles += [(NKG.attacker, use("Country", rng.choice(pools["Country"]))),
                          (NKG.target, use(cls, rng.choice(pools[cls])))]
            else:
                (c1, req), (c2, adr) = rng.sample(agents, 2)
                roles += [(NKG.requester, use(c1, req)), (NKG.addressee, use(c2, adr)),
                          (NKG.item, use("WeaponSystem", rng.choice(pools["WeaponSystem"])))]
            status = rng.choice(("happened", "happened", "planned", "proposed"))
            precision = rng.choice(("day", "day", "week", "month"))
            when = published - timedelta(days=rng.randint(0, 6))
            key = hashlib.sha1(f"{kind}{roles}{when}{status}{a}{e}".encode()).hexdigest()[:16]
            event, evidence = _id(f"event/{key}"), _id(f"evidence/{key}")
            names = ", ".join(entities[r.value[len(DATA_BASE):]][1] for _, r in roles)
            t += [ox.Triple(event, RDF.type, NKG[kind]), ox.Triple(event, RDF.type, OWL.NamedIndividual),
                  ox.Triple(event, RDFS.label, _lit(f"{kind}: {names} ({when})")),
                  ox.Triple(event, NKG.status, NKG[status]), ox.Triple(event, NKG.date, _when(when)),
                  ox.Triple(event, NKG.datePrecision, _lit(precision)),
                  ox.Triple(event, NKG.source, article), ox.Triple(event, NKG.evidence, evidence)]
            t += [ox.Triple(event, role, who) for role, who in roles]
            if precision == "week":
                t.append(ox.Triple(event, NKG.dateEnd, _when(when + timedelta(days=6))))
            if kind == "Meeting":
                t.append(ox.Triple(event, NKG.place, use("City", rng.choice(pools["City"]))))
            t.append(ox.Triple(event, NKG.topic, use("Topic", rng.choice(pools["Topic"]))))
            sentence = f"Sentence {e} of article {a}, reporting a {kind.lower()}."
            t += [ox.Triple(evidence, RDF.type, NKG.Evidence), ox.Triple(evidence, RDF.type, OWL.NamedIndividual),
                  ox.Triple(evidence, RDFS.label, _lit(sentence[:80])), ox.Triple(evidence, NKG.text, _lit(sentence)),
                  ox.Triple(evidence, NKG.trigger, _lit(kind.lower())),
                  ox.Triple(evidence, NKG.startChar, _lit(e * 100, XSD.integer)),
                  ox.Triple(evidence, NKG.endChar, _lit(e * 100 + len(sentence), XSD.integer)),
                  ox.Triple(evidence, NKG.inArticle, article)]
            t += _shortcuts(kind, roles)
        for key, (cls, label) in entities.items():
            node = _id(key)
            t += [ox.Triple(node, RDF.type, NKG[cls]), ox.Triple(node, RDF.type, OWL.NamedIndividual),
                  ox.Triple(node, RDFS.label, _lit(label)), ox.Triple(node, SKOS.prefLabel, _lit(label)),
                  ox.Triple(node, NKG.mentionedIn, article)]
        graphs[article.value] = t
    return graphs


def _shortcuts(kind: str, roles: list) -> list[ox.Triple]:
    """The shortcut facts the build asserts beside each event."""
    by_role: dict[str, list[ox.NamedNode]] = {}
    for role, who in roles:
        by_role.setdefault(role.value.rsplit("#", 1)[1], []).append(who)
    if kind in ("Meeting", "Call"):
        prop = NKG.metWith if kind == "Meeting" else NKG.spokeWith
        people = by_role["participant"]
        return [ox.Triple(x, prop, y) for x in people for y in people if x != y]
    if kind == "Supply":
        return [ox.Triple(by_role["supplier"][0], NKG.supplied, by_role["recipient"][0])]
    if kind == "Attack":
        return [ox.Triple(by_role["attacker"][0], NKG.attacked, by_role["target"][0])]
    return []


def load_ontology(store) -> None:
    store.replace_graph(ONTOLOGY_GRAPH, ox.parse(path=str(ontology_path()), format=ox.RdfFormat.TURTLE))


def time_reason(store) -> dict:
    t0 = time.perf_counter()
    report = reason(store)
    return {"seconds": time.perf_counter() - t0, "report": report}


def bench_synthetic(n_events: int) -> dict:
    with tempfile.TemporaryDirectory() as tmp:
        store = EmbeddedStore(Path(tmp) / "store")
        load_ontology(store)
        for graph, triples in synthetic_graphs(n_events).items():
            store.add_to_graph(graph, triples)
        result = time_reason(store)
        store.close()
    return {"name": f"synthetic {n_events:,} events", "events": n_events, **result}


def bench_seed() -> dict | str:
    """The seed corpus built with kg.build, or why not."""
    try:
        from kg import build as build_module
    except ImportError:
        return "seed graph: skipped (kg/build.py is not there yet)"
    paths = sorted(SEEDS.glob("*.txt"))
    if not paths:
        return f"seed graph: skipped (no seed articles in {SEEDS})"
    with tempfile.TemporaryDirectory() as tmp:
        store = EmbeddedStore(Path(tmp) / "store")
        build_module.build([str(p) for p in paths], store)
        if not store.has_graph(ONTOLOGY_GRAPH):
            load_ontology(store)
        events = store.query(f"SELECT (COUNT(DISTINCT ?e) AS ?n) WHERE {{ ?e {NKG.source} ?a }}").rows[0]["n"].value
        result = time_reason(store)
        store.close()
    return {"name": f"seed graph ({len(paths)} articles)", "events": int(events), **result}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--events", type=int, action="append", help="synthetic sizes (default 1000 and 10000)")
    parser.add_argument("--no-seed", action="store_true", help="skip the seed graph")
    args = parser.parse_args(argv)
    rows = [] if args.no_seed else [bench_seed()]
    rows += [bench_synthetic(n) for n in (args.events or [1000, 10000])]
    print(f"{'graph':32} {'events':>7} {'triples':>9} {'HermiT s':>9} {'rules s':>8} {'total s':>8}  result")
    for row in rows:
        if isinstance(row, str):
            print(row)
            continue
        r = row["report"]
        print(f"{row['name']:32} {row['events']:>7} {r.input_triples:>9} {r.hermit_seconds:>9.1f} "
              f"{r.rules_seconds:>8.1f} {row['seconds']:>8.1f}  "
              f"{'consistent' if r.consistent else 'INCONSISTENT'}, {r.written} inferred triples")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
