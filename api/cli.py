"""The `kg` command line: thin wrappers over the same functions the HTTP API calls. `kg query`
and `kg export` go through kg.service.Service as /sparql, /queries/NAME and /export do, so an ad
hoc query meets the same outbound-fetch guard, row limit and truncation warning.

It lives in the top layer (api/) because `kg serve` starts the web app; the library `kg` never
imports Flask.

    kg build ARTICLES...            build the graph (one named graph per article)
    kg serve [--host H --port P]    serve the API and SPARQL endpoint
    kg query NAME|FILE [--param k=v] [--format F] [--max-rows N]
    kg query --list                 the canned queries and their parameters
    kg export [-o FILE] [--format F] [--graph IRI] [--ontology-only|--data-only]
    kg stats
    kg reason / kg validate / kg evaluate GOLD

Every command takes --store DIR (default ./kg-data, or KG_STORE) and --store-url URL (KG_STORE_URL)."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from kg.config import Config
from kg.errors import KGError


def _common(p: argparse.ArgumentParser) -> None:
    p.add_argument("--store", help="directory of the embedded store (default ./kg-data, env KG_STORE)")
    p.add_argument("--store-url", help="SPARQL query endpoint of a remote store instead (env KG_STORE_URL)")


def _positive(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        value = 0
    if value <= 0:
        raise argparse.ArgumentTypeError(f"a positive whole number, not {text!r}")
    return value


def _bytes(text: str) -> int:
    """A size in bytes: 1073741824, 1G, 512M, 100K."""
    units = {"K": 2**10, "M": 2**20, "G": 2**30, "T": 2**40}
    raw = text.strip().upper().removesuffix("B")
    try:
        value = int(float(raw[:-1]) * units[raw[-1]]) if raw and raw[-1] in units else int(raw)
    except ValueError:
        value = 0
    if value <= 0:
        raise argparse.ArgumentTypeError(f"a size such as 2G, 512M or a number of bytes, not {text!r}")
    return value


def parser() -> argparse.ArgumentParser:
    ap = argparse.ArgumentParser(prog="kg", description="Build and serve a knowledge graph of who met, "
                                 "supplied and attacked whom, from news articles.")
    sub = ap.add_subparsers(dest="command", required=True)

    p = sub.add_parser("build", help="build the graph from .txt, .html and .jsonl files and folders")
    _common(p)
    p.add_argument("paths", nargs="+", help="files or folders of articles")
    p.add_argument("--no-progress", action="store_true", help="no progress bar")
    p.add_argument("--reason", action="store_true", help="run the reasoner after the build")
    p.add_argument("--workers", type=int, help="extract on a local Dask cluster of N worker processes that write "
                   "to the SPARQL server of --store-url (needs news-kg[cluster]; see docs/scale.md)")
    p.add_argument("--scheduler", help="extract on the Dask cluster at tcp://HOST:PORT instead (with --store-url)")
    p.add_argument("--batch-size", type=int, default=8, help="articles per batch sent to a worker (default 8)")
    p.add_argument("--jobs", "-j", type=_positive, help="processes parsing articles on this machine (default: one "
                   "per core; 1 parses in the kg process)")
    p.add_argument("--max-article-bytes", type=_positive, help="largest article read, in bytes (default 1000000, "
                   "env KG_MAX_ARTICLE_BYTES); an HTML page or JSON line may be 4 times that")

    p = sub.add_parser("serve", help="serve the HTTP API and SPARQL endpoint")
    _common(p)
    p.add_argument("--host", help="address to bind (default 127.0.0.1, env KG_HOST)")
    p.add_argument("--port", type=int, help="port (default 5000, env KG_PORT)")
    p.add_argument("--query-timeout", type=float, help="seconds a query may run (default 30)")
    p.add_argument("--max-rows", type=int, help="most rows a query returns (default 10000)")
    p.add_argument("--updates", choices=["off", "open", "token"],
                   help="SPARQL Update and graph writes: off (default), open (loopback only), token (KG_UPDATE_TOKEN)")
    p.add_argument("--cors", dest="cors_origins", help="comma-separated origins allowed by CORS (default: none)")
    p.add_argument("--query-workers", type=int, help="processes answering queries (default 4; a quarter kept "
                   "for canned queries and lookups)")
    p.add_argument("--query-memory", type=_bytes, help="memory one query worker may use, e.g. 2G or 512M (default: "
                   "RAM / (query workers + 2)); a query that needs more is stopped with 503")
    p.add_argument("--worker-network", choices=["none", "host"], help="none (default): query workers run without "
                   "network where the OS allows it; host: they keep it")
    p.add_argument("--max-request-bytes", type=int, help="largest request body accepted (default 1000000)")
    p.add_argument("--allowed-services", help="comma-separated SERVICE endpoints a query may call (default: none)")

    p = sub.add_parser("query", help="run a canned query (by name) or a SPARQL file")
    _common(p)
    p.add_argument("query", nargs="?", help="canned query name (see `kg query --list`) or a .rq file")
    p.add_argument("--list", action="store_true", help="list the canned queries and their parameters")
    p.add_argument("--param", "-p", action="append", default=[], metavar="NAME=VALUE", help="a parameter value")
    p.add_argument("--format", "-f", help="json, xml, csv, tsv (SELECT, ASK; default csv) or turtle, ntriples, "
                   "jsonld, rdfxml (CONSTRUCT, DESCRIBE; default turtle)")
    p.add_argument("--max-rows", type=int, help="most rows a query returns (default 10000, env KG_MAX_ROWS)")
    p.add_argument("--limit", help="a canned query's page: this many rows (at most --max-rows; default: every row "
                   "up to --max-rows)")
    p.add_argument("--offset", help="a canned query's page: skip this many rows first (default 0)")
    p.add_argument("--allowed-services", help="comma-separated SERVICE endpoints a query may call (default: none)")

    p = sub.add_parser("export", help="export ontology and data (Turtle by default) for Protégé")
    _common(p)
    p.add_argument("-o", "--output", help="file to write (default: standard output)")
    p.add_argument("--format", "-f", default="turtle", help="turtle (default), ntriples, rdfxml, jsonld")
    p.add_argument("--graph", help="only this article's graph (its IRI)")
    what = p.add_mutually_exclusive_group()
    what.add_argument("--ontology-only", action="store_true")
    what.add_argument("--data-only", action="store_true")

    p = sub.add_parser("stats", help="counts of graphs, triples, events and entities")
    _common(p)

    p = sub.add_parser("reason", help="check consistency with HermiT and store inferred facts")
    _common(p)

    p = sub.add_parser("validate", help="check the graph against the SHACL shapes")
    _common(p)

    p = sub.add_parser("explain", help="why an event is (not) in the graph: names, triggers and the rule that "
                       "kept or dropped each candidate, sentence by sentence")
    p.add_argument("text", help="a sentence or paragraph in quotes, or a .txt, .html or .jsonl file")
    p.add_argument("--published", help="publication day (YYYY-MM-DD) for relative dates such as 'on Monday'")
    p.add_argument("--all", action="store_true", help="also show sentences with no event trigger")

    p = sub.add_parser("evaluate", help="score the graph's canned queries against a gold file")
    _common(p)
    p.add_argument("gold", help="gold JSON file (format of shared/eval/gold/seeds.json)")
    p.add_argument("--verbose", action="store_true")
    return ap


def config_from(args: argparse.Namespace) -> Config:
    keys = ("store", "store_url", "host", "port", "query_timeout", "max_rows", "updates", "cors_origins",
            "query_workers", "max_request_bytes", "allowed_services", "query_memory", "worker_network", "max_article_bytes")
    return Config.load({k: getattr(args, k) for k in keys if getattr(args, k, None) is not None})


def main(argv: list[str] | None = None) -> int:
    args = parser().parse_args(argv)
    try:
        config = config_from(args)
        return COMMANDS[args.command](args, config)
    except KGError as exc:
        print(f"kg {args.command}: error: {exc.message}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:  # `kg explain FILE | head`: the reader has all it wanted
        sys.stderr.close()
        return 0


def cmd_build(args, config: Config) -> int:
    if args.workers is not None or args.scheduler:
        return cmd_cluster_build(args, config)
    from kg.build import build
    from kg.store.stores import open_store

    store = open_store(config)
    try:
        report = build(args.paths, store, progress=not args.no_progress, jobs=args.jobs,
                       max_article_bytes=config.max_article_bytes)
    finally:
        store.close()
    for failure in report.failures:
        print(f"kg build: skipped {failure.message}", file=sys.stderr)
    rate = report.words / report.seconds if report.seconds else 0.0
    print(f"built {report.articles} article(s): {report.events} event(s), {report.triples} triple(s) "
          f"in {report.seconds:.1f}s ({rate:.0f} words/s); {report.unchanged} unchanged article(s) skipped; "
          f"{len(report.failures)} file(s) failed"
          + (f"; store compacted in {report.compaction_seconds:.1f}s" if report.compaction_seconds else ""))
    status = 0 if report.ok else 1
    if args.reason and report.articles:
        status = max(status, cmd_reason(args, config))
    return status


def cmd_cluster_build(args, config: Config) -> int:
    """kg build --workers N | --scheduler ADDR: extraction on a Dask cluster, each worker writing
    to the SPARQL server (kg.cluster). Exit 0: built; 1: files or articles failed; 2: error (the
    server down or refusing a write: run again to resume); 3: built, but batches ran again after
    a worker was lost (the report lists them)."""
    from kg.cluster import cluster_build
    from kg.errors import ConfigError

    if not config.store_url:
        raise ConfigError("--workers and --scheduler write to a SPARQL server: give --store-url URL "
                          "(e.g. http://127.0.0.1:7878/query for `oxigraph serve --union-default-graph`)")
    if args.workers is not None and args.workers < 1:
        raise ConfigError("--workers must be at least 1")
    report = cluster_build(args.paths, config.store_url, workers=args.workers, scheduler=args.scheduler,
                           batch_size=args.batch_size, progress=not args.no_progress,
                           update_url=config.store_update_url, max_article_bytes=config.max_article_bytes)
    for failure in report.failures:
        print(f"kg build: skipped {failure.message}", file=sys.stderr)
    print(report.summary())
    status = 1 if not report.ok else 3 if report.retried else 0
    if args.reason and report.articles:
        status = max(status, cmd_reason(args, config))
    return status


def cmd_serve(args, config: Config) -> int:
    from api.serve import serve

    serve(config)
    return 0


def cmd_query(args, config: Config) -> int:
    """A canned query or a SPARQL file through kg.service, as /queries/NAME and /sparql answer it."""
    from kg.errors import InputError, ParameterError
    from kg.service import Service, answer_kinds, truncation_message

    service = Service(config)
    if args.list:
        print(catalogue_text(service.catalogue.describe()), end="")
        return 0
    if not args.query:
        raise ParameterError("name a canned query or a .rq file (`kg query --list` shows the canned queries)")
    params = {}
    for item in args.param:
        name, sep, value = item.partition("=")
        if not sep:
            raise ParameterError(f"--param takes NAME=VALUE, not {item!r}")
        params[name] = value
    if args.query.endswith(".rq") or Path(args.query).is_file():
        if params or args.limit is not None or args.offset is not None:
            raise ParameterError("--param, --limit and --offset work with canned queries only")
        try:
            text = Path(args.query).read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            raise InputError(f"cannot read {args.query}: {getattr(exc, 'strerror', None) or exc}",
                             file=args.query) from None
        answer = service.query(text, args.format or ("turtle" if answer_kinds(text) == ("graph",) else "csv"))
    else:
        answer = service.canned(args.query, params, args.format or "csv", limit=args.limit, offset=args.offset)
    sys.stdout.buffer.write(answer.body)
    sys.stdout.flush()
    if answer.truncated:
        print(f"kg query: warning: {truncation_message(config.max_rows)}", file=sys.stderr)
    elif answer.more:
        print(f"kg query: more rows follow; the next page: --offset {answer.page_end}", file=sys.stderr)
    return 0


def catalogue_text(queries: list[dict]) -> str:
    """`kg query --list`: each canned query's name and summary, then its parameters."""
    lines = []
    for query in queries:
        lines.append(f"{query['name']}: {query['summary']}")
        for p in query["parameters"]:
            kind = p["type"] + (" " + "|".join(p["choices"]) if p.get("choices") else "")
            lines.append(f"    --param {p['name']}=... ({kind}{', required' if p['required'] else ''}): "
                         f"{p['description']}")
    return "".join(line + "\n" for line in lines)


def cmd_export(args, config: Config) -> int:
    from kg.service import Service

    what = "ontology" if args.ontology_only else "data" if args.data_only else "all"
    data = Service(config).export(args.format, graph=args.graph, what=what).body
    if args.output:
        Path(args.output).write_bytes(data)
        print(f"wrote {len(data)} bytes to {args.output}", file=sys.stderr)
    else:
        sys.stdout.buffer.write(data)
    return 0


def cmd_stats(args, config: Config) -> int:
    from kg.store.stats import stats
    from kg.store.stores import open_store

    store = open_store(config)
    try:
        print(json.dumps(stats(store), indent=2))
    finally:
        store.close()
    return 0


def cmd_reason(args, config: Config) -> int:
    """Exit 0 when consistent (inferred facts written), 1 when inconsistent (explained), 2 on error."""
    from kg.errors import InconsistentGraph
    from kg.owl.reason import reason
    from kg.store.stores import open_store

    store = open_store(config)
    try:
        report = reason(store)
    except InconsistentGraph as exc:
        print(exc.message)
        return 1
    finally:
        store.close()
    print(report.summary() if hasattr(report, "summary") else report)
    return 0


def cmd_validate(args, config: Config) -> int:
    from kg.store.stores import open_store
    from kg.owl.validate import validate

    store = open_store(config)
    try:
        report = validate(store)
    finally:
        store.close()
    print(report.summary() if hasattr(report, "summary") else report)
    return 0 if getattr(report, "conforms", True) else 1


def cmd_evaluate(args, config: Config) -> int:
    from kg.evaluate import evaluate
    from kg.store.stores import open_store

    store = open_store(config)
    try:
        text = evaluate(store, args.gold, verbose=args.verbose)
    finally:
        store.close()
    print(text)
    return 0


def cmd_explain(args, config: Config) -> int:
    from kg.extract.explain import explain

    print(explain(args.text, published=args.published, all_sentences=args.all))
    return 0


COMMANDS = {"build": cmd_build, "serve": cmd_serve, "query": cmd_query, "export": cmd_export,
            "stats": cmd_stats, "reason": cmd_reason, "validate": cmd_validate, "evaluate": cmd_evaluate,
            "explain": cmd_explain}

if __name__ == "__main__":
    sys.exit(main())
