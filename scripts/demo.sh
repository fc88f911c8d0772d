#!/usr/bin/env bash
# The main job: set up, build the graph from the example articles, and serve the API on
# http://127.0.0.1:5000 (Ctrl+C stops it). Extra arguments go to `kg serve`.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
.venv/bin/kg build examples/ --store ./kg-data
exec .venv/bin/kg serve --store ./kg-data "$@"
