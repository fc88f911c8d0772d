#!/usr/bin/env bash
# Set up everything the project needs on a fresh machine (Python 3.11, Java 17 and the package
# registries): the Debian packages used by the tests (OWL API, Jena, Chromium) when we are root,
# then a virtual environment in .venv with the project and its pinned dependencies.
#   scripts/setup.sh          # the project, for building and serving
#   scripts/setup.sh --test   # also the test tools and Debian packages
set -euo pipefail
cd "$(dirname "$0")/.."
want_test=0
[ "${1:-}" = "--test" ] && want_test=1

if [ "$want_test" = 1 ]; then
  need=()
  [ -f /usr/share/java/owlapi-distribution.jar ] || need+=(libowlapi-java)
  [ -f /usr/share/java/jena-cmds.jar ] || need+=(libapache-jena-java)
  command -v chromium >/dev/null || need+=(chromium)
  if [ "${#need[@]}" -gt 0 ]; then
    if [ "$(id -u)" = 0 ]; then
      echo "setup: installing Debian packages: ${need[*]}" >&2
      apt-get update -qq
      DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
    else
      echo "setup: warning: not root; tests that need ${need[*]} will be skipped" >&2
    fi
  fi
fi

[ -x .venv/bin/python ] || python3 -m venv .venv
pip_install() {  # quiet, but a failed install stops the script
  .venv/bin/python -m pip install -q --disable-pip-version-check "$@"
}
pip_install --upgrade pip
if [ "$want_test" = 1 ]; then
  pip_install -e ".[test,cluster]"   # the tests also build and install the wheel (tests/test_wheel_install.py)
                                     # and start a Dask cluster (tests/test_cluster.py)
else
  pip_install --force-reinstall --no-deps . && pip_install .   # the product: a normal, non-editable install
fi
.venv/bin/kg --help >/dev/null
