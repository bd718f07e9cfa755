#!/usr/bin/env bash
# Installs what Liaison needs on a Debian machine when it is missing: the Graphviz C library
# (libgraphviz-dev), the Graphviz programs (for the benchmark's comparison) and fonts with full
# Vietnamese coverage. Idempotent and quiet when everything is there.
set -euo pipefail

need=()
pkg-config --exists libgvc 2>/dev/null || need+=(libgraphviz-dev pkg-config)
command -v dot >/dev/null 2>&1 || need+=(graphviz)
fc-list 2>/dev/null | grep -qi "DejaVuSans" || need+=(fonts-dejavu-core fontconfig)
if [ "${LIAISON_WITH_BROWSER:-0}" = 1 ]; then
  command -v chromium >/dev/null 2>&1 || need+=(chromium)
fi

if [ ${#need[@]} -gt 0 ]; then
  echo "setup: installing ${need[*]}" >&2
  sudo=""
  [ "$(id -u)" = 0 ] || sudo="sudo"
  export DEBIAN_FRONTEND=noninteractive
  $sudo apt-get update -qq
  $sudo apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
fi
