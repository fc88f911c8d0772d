"""Build throughput: raw spaCy against `kg build`, and the re-run of an unchanged build.

    .venv/bin/python bench/build.py [--articles 200] [--corpus FILE_OR_FOLDER ...]

The texts are this repository's examples/ and the seed corpus (../shared/corpus/seeds.jsonl, read
at run time), repeated under distinct ids to about --articles articles, written to one JSON-lines
file in a temporary folder. It prints:

- raw `nlp.pipe` of the same spaCy model on the same texts, words/s, with n_process=1 and 2 (the
  model loaded before the clock starts; spaCy's worker start-up inside it);
- `kg build FILE --jobs 1` and `--jobs 2` into a fresh store, through the real console script:
  words/s from the wall clock of the whole command (Python start, model loads, worker start-up,
  reading, writing) and as the command reports it (its build, without the interpreter start);
  target: --jobs 2 >= 0.8x raw n_process=2;
- the same `kg build` again on the unchanged store (every article skipped), and how many times
  faster than the first build it is; target >= 20x.

Speed targets live here, printed, not in timed tests. The machine is shared: run it when idle."""

from __future__ import annotations

import argparse
import json
import os
import re
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from kg.extract.ingest import collect  # noqa: E402

DEFAULT_CORPUS = [ROOT / "examples", ROOT.parent / "shared" / "corpus" / "seeds.jsonl"]
KG = Path(sys.executable).parent / "kg"


def corpus_file(paths: list[Path], n: int, folder: Path) -> tuple[Path, list[str], int]:
    """The articles of `paths` repeated under distinct ids to about n, as one .jsonl file."""
    articles = collect([p for p in paths if p.exists()]).articles
    if not articles:
        sys.exit(f"no articles in {', '.join(map(str, paths))}")
    out = folder / "bench.jsonl"
    texts, words = [], 0
    with out.open("w", encoding="utf-8") as f:
        for i in range(n):
            a = articles[i % len(articles)]
            f.write(json.dumps({"id": f"bench-{i}-{a.key}", "text": a.text, "title": a.title, "url": a.url,
                                "outlet": a.outlet, "published": a.published.isoformat() if a.published else None})
                    + "\n")
            texts.append(a.text)
            words += len(a.text.split())
    return out, texts, words


def cpu() -> float:
    """CPU seconds of this process and of its finished children (the kg command and its workers,
    spaCy's workers)."""
    me, kids = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return me.ru_utime + me.ru_stime + kids.ru_utime + kids.ru_stime


def raw_rate(texts: list[str], words: int, n_process: int) -> tuple[float, float]:
    """Words/s of raw nlp.pipe, and the CPU seconds it took."""
    import spacy

    from kg.extract.nlp import MODEL

    nlp = spacy.load(MODEL)
    list(nlp.pipe(texts[:2]))  # warm
    t0, c0 = time.perf_counter(), cpu()
    for _ in nlp.pipe(texts, batch_size=64, n_process=n_process):
        pass
    return words / (time.perf_counter() - t0), cpu() - c0


def kg_build(corpus: Path, store: Path, jobs: int) -> tuple[float, str, float]:
    cmd = [str(KG) if KG.exists() else sys.executable, *([] if KG.exists() else ["-m", "api.cli"]),
           "build", str(corpus), "--store", str(store), "--no-progress", "--jobs", str(jobs)]
    t0, c0 = time.perf_counter(), cpu()
    result = subprocess.run(cmd, capture_output=True, text=True)
    seconds = time.perf_counter() - t0
    if result.returncode != 0:
        sys.exit(f"kg build failed ({result.returncode}): {result.stderr[-2000:]}")
    return seconds, result.stdout.strip(), cpu() - c0


def reported_rate(stdout: str) -> float:
    m = re.search(r"\(([\d,]+) words/s\)", stdout)
    return float(m.group(1).replace(",", "")) if m else 0.0


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--articles", type=int, default=200)
    ap.add_argument("--corpus", nargs="*", type=Path, default=DEFAULT_CORPUS)
    args = ap.parse_args()
    print(f"machine: {os.cpu_count()} cores, load average {os.getloadavg()[0]:.1f} at start")
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        corpus, texts, words = corpus_file(args.corpus, args.articles, folder)
        print(f"corpus: {len(texts)} articles, {words:,} words ({', '.join(str(p) for p in args.corpus)})")
        raw, raw_cpu = {}, {}
        for n in (1, 2):
            raw[n], raw_cpu[n] = raw_rate(texts, words, n)
            print(f"raw nlp.pipe, n_process={n}: {raw[n]:,.0f} words/s ({words / raw[n]:.1f}s, "
                  f"{raw_cpu[n]:.1f} CPU s)")
        first = {}
        for jobs in (1, 2):
            store = folder / f"store-{jobs}"
            seconds, out, used = kg_build(corpus, store, jobs)
            first[jobs] = seconds
            print(f"kg build --jobs {jobs}: {words / seconds:,.0f} words/s wall clock ({seconds:.1f}s, {used:.1f} CPU s "
                  f"with start-up), {reported_rate(out):,.0f} words/s as reported; "
                  f"{words / seconds / raw[2]:.2f}x raw n_process=2 (wall), "
                  f"{reported_rate(out) / raw[2]:.2f}x (reported)  [{out}]")
        print(f"load average now {os.getloadavg()[0]:.1f}: on a busy machine compare the CPU seconds too")
        again, out, _ = kg_build(corpus, folder / "store-2", 2)
        print(f"re-run of the unchanged build: {again:.2f}s against {first[2]:.1f}s for the first build: "
              f"{first[2] / again:.0f}x faster  [{out}]")
        ratio = words / first[2] / raw[2]
        print(f"targets: kg build --jobs 2 >= 0.8x raw n_process=2: {'met' if ratio >= 0.8 else 'NOT met'} "
              f"({ratio:.2f}x wall clock); unchanged re-run >= 20x faster: "
              f"{'met' if first[2] / again >= 20 else 'NOT met'} ({first[2] / again:.0f}x)")


if __name__ == "__main__":
    main()
