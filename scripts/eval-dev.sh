#!/usr/bin/env bash
# Score extraction on a gold set, as shared/eval/score.py does, without a server:
#   scripts/eval-dev.sh                 # the dev set (.cache/dev.jsonl; see shared/eval/dev/README.md)
#   scripts/eval-dev.sh seeds           # the five seed articles
# Extra arguments go to `kg evaluate` (e.g. --verbose). The store is rebuilt each time in .cache/.
set -euo pipefail
cd "$(dirname "$0")/.."
shared="${KG_SHARED:-../shared}"
which=dev
case "${1:-}" in dev|seeds) which="$1"; shift ;; esac
case "$which" in
  dev)   input=.cache/dev.jsonl; gold="$shared/eval/gold/dev.json"
         [ -f "$input" ] || { echo "eval: $input is missing: collect the dev texts first ($shared/eval/dev/README.md)" >&2; exit 2; } ;;
  seeds) input="$shared/corpus/seeds.jsonl"; gold="$shared/eval/gold/seeds.json" ;;
  *)     echo "eval: dev or seeds, not $which" >&2; exit 2 ;;
esac
store=".cache/eval-$which"
rm -rf "$store"
.venv/bin/kg build "$input" --store "$store" --no-progress >&2
.venv/bin/kg evaluate "$gold" --store "$store" "$@"
