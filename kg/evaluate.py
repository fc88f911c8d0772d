"""Measure extraction against a hand-annotated gold file, with the rules of the project's scorer
(shared/eval/README.md): answers are entity pairs over the whole corpus (meetings unordered,
supply and attack ordered), matched by label against the gold entity's label and aliases; a gold
slot with several entities accepts any; optional gold events are neither required nor penalised;
the "(happened)" lines count only rows and gold answers with status happened.

The rows come from the canned queries run on the store, exactly as the API serves them."""

from __future__ import annotations

import json
import re
from itertools import combinations, product
from pathlib import Path

from .extract.gazetteer import norm
from .store.catalogue import Catalogue
from .store.stores import Store

RELATIONS = {  # gold type -> (canned query, first column, second column, unordered?)
    "Meeting": ("who-met-whom", "a", "b", True),
    "Supply": ("who-supplied-whom", "supplier", "recipient", False),
    "Attack": ("who-attacked-whom", "attacker", "target", False),
}
GOLD_SLOTS = {"Supply": ("supplier", "recipient"), "Attack": ("attacker", "target")}
TOPIC = "Ukraine"


def _pair(unordered: bool, x: str, y: str):
    return frozenset((x, y)) if unordered else (x, y)


class Gold:
    def __init__(self, data: dict) -> None:
        self.names: dict[str, str] = {}
        for key, entity in data["entities"].items():
            for name in (entity["label"], *entity.get("aliases", [])):
                self.names.setdefault(norm(name), key)
        self.events = data["events"]

    def entity(self, label: str) -> str:
        return self.names.get(norm(label), "?" + norm(label))

    def units(self, kind: str, counts=lambda ev: True) -> dict:
        """Gold answers: {key: {"pairs": accepted pairs, "statuses": set, "required": bool}}."""
        units: dict = {}
        for ev in (e for e in self.events if e["type"] == kind):
            if kind == "Meeting":
                answers = [(frozenset(p), {frozenset(p)}) for p in combinations(ev["participants"], 2)]
            else:
                first, second = (ev[slot] for slot in GOLD_SLOTS[kind])
                answers = [((first[0], second[0]), set(product(first, second)))]
            for key, pairs in answers:
                unit = units.setdefault(key, {"pairs": set(), "statuses": set(), "required": False})
                unit["pairs"] |= pairs
                unit["statuses"].add(ev.get("status", "happened"))
                unit["required"] |= not ev.get("optional") and counts(ev)
        return units


def predicted(gold: Gold, kind: str, rows: list[dict], iris: dict) -> dict:
    _, first, second, unordered = RELATIONS[kind]
    out: dict = {}
    for row in rows:
        ids = []
        for col in (first, second):
            label = row.get(col + "Label") or re.split(r"[/#]", row.get(col, "").rstrip("/#"))[-1]
            eid = gold.entity(label)
            if col in row and not eid.startswith("?"):
                iris.setdefault(eid, set()).add(row[col])
            ids.append(eid)
        if ids[0] != ids[1]:
            status = re.split(r"[/#]", row.get("status") or "happened")[-1].lower()
            out.setdefault(_pair(unordered, *ids), set()).add(status)
    return out


def score(units: dict, pairs: dict, status: str | None = None) -> dict:
    fits = lambda u: status is None or status in u["statuses"]
    by_pair: dict = {}
    for key, unit in units.items():
        for p in unit["pairs"]:
            by_pair.setdefault(p, []).append(key)
    counted = hits = status_ok = 0
    found, false_alarms = set(), []
    for p, statuses in pairs.items():
        if status and status not in statuses:
            continue
        keys = by_pair.get(p, [])
        required = [k for k in keys if units[k]["required"] and fits(units[k])]
        if not required and any(not units[k]["required"] and fits(units[k]) for k in keys):
            continue
        counted += 1
        if required:
            hits += 1
            found.update(required)
            status_ok += any(statuses & units[k]["statuses"] for k in required)
        else:
            false_alarms.append(p)
    wanted = {k for k, u in units.items() if u["required"] and fits(u)}
    recall = len(wanted & found) / len(wanted) if wanted else 1.0
    precision = hits / counted if counted else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    show = lambda p: " ~ ".join(sorted(p)) if isinstance(p, frozenset) else " -> ".join(p)
    return {"precision": precision, "recall": recall, "f1": f1, "predicted": counted, "gold": len(wanted),
            "status_accuracy": status_ok / hits if hits else 0.0,
            "missed": sorted(map(show, wanted - found)), "false_alarms": sorted(map(show, false_alarms))}


def rows_of(store: Store, catalogue: Catalogue, name: str, args: dict | None = None) -> list[dict]:
    result = catalogue.get(name).run(store, args or {})
    return [{k: v.value for k, v in row.items()} for row in result.rows]


def report(store: Store, gold_path: str | Path) -> dict:
    gold = Gold(json.loads(Path(gold_path).read_text(encoding="utf-8")))
    catalogue = Catalogue()
    out, iris = {}, {}
    for kind, (query, *_rest) in RELATIONS.items():
        pairs = predicted(gold, kind, rows_of(store, catalogue, query), iris)
        units = gold.units(kind)
        out[kind] = score(units, pairs)
        out[kind + " (happened)"] = score(units, pairs, status="happened")
    topical = predicted(gold, "Meeting", rows_of(store, catalogue, "who-met-whom", {"topic": TOPIC}), iris)
    out["Meeting about " + TOPIC] = score(gold.units("Meeting", lambda ev: TOPIC in ev.get("topics", [])), topical)
    split = {e: sorted(v) for e, v in iris.items() if len(v) > 1}
    macro = sum(out[k]["f1"] for k in RELATIONS) / len(RELATIONS)
    return {"scores": out, "split_entities": split, "macro_f1": macro}


def evaluate(store: Store, gold_path: str | Path, verbose: bool = False) -> str:
    """The scorer's table, as text."""
    data = report(store, gold_path)
    lines = [f"{'relation':28} {'P':>5} {'R':>5} {'F1':>5} {'pred':>5} {'gold':>5} {'status':>6}"]
    for name, s in data["scores"].items():
        lines.append(f"{name:28} {s['precision']:5.2f} {s['recall']:5.2f} {s['f1']:5.2f} "
                     f"{s['predicted']:5d} {s['gold']:5d} {s['status_accuracy']:6.2f}")
        if verbose:
            lines += [f"    missed      {m}" for m in s["missed"]]
            lines += [f"    false alarm {m}" for m in s["false_alarms"]]
    split = data["split_entities"]
    lines.append(f"entities split over several IRIs: {len(split)}" + (f" {sorted(split)}" if split else ""))
    s = data["scores"]
    lines.append(f"macro-F1 {data['macro_f1']:.3f} meet {s['Meeting']['f1']:.2f} supply {s['Supply']['f1']:.2f} "
                 f"attack {s['Attack']['f1']:.2f} about-{TOPIC} {s['Meeting about ' + TOPIC]['f1']:.2f}")
    return "\n".join(lines)
