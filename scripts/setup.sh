#!/usr/bin/env bash
# Installs what Liaison needs on a Debian machine when it is missing: the Graphviz C library
# (libgraphviz-dev), the Graphviz programs (for the benchmark's comparison) and fonts with full
# Vietnamese coverage. With LIAISON_WITH_BROWSER=1 (the test script sets it), also what the
# report and export tests read their output back with: headless Chromium, pdftoppm and an emoji
# font (the report in a real browser and on A4 pages), Python 3 with networkx (GraphML, GEXF), icalendar
# (iCalendar), jsonschema (the dossier JSON Schema) and markdown-it-py (the Markdown report).
# Idempotent and quiet when everything is there.
set -euo pipefail

need=()
pkg-config --exists libgvc 2>/dev/null || need+=(libgraphviz-dev pkg-config)
command -v dot >/dev/null 2>&1 || need+=(graphviz)
fc-list 2>/dev/null | grep -qi "DejaVuSans" || need+=(fonts-dejavu-core fontconfig)
if [ "${LIAISON_WITH_BROWSER:-0}" = 1 ]; then
  command -v chromium >/dev/null 2>&1 || need+=(chromium)
  command -v pdftoppm >/dev/null 2>&1 || need+=(poppler-utils)
  fc-list 2>/dev/null | grep -qi "Noto Color Emoji" || need+=(fonts-noto-color-emoji)
  command -v python3 >/dev/null 2>&1 || need+=(python3 python3-pip)
fi

sudo=""
[ "$(id -u)" = 0 ] || sudo="sudo"
apt_updated=0
apt_install() {
  export DEBIAN_FRONTEND=noninteractive
  if [ "$apt_updated" = 0 ]; then $sudo apt-get update -qq; apt_updated=1; fi
  $sudo apt-get install -y -qq --no-install-recommends "$@" >/dev/null
}

if [ ${#need[@]} -gt 0 ]; then
  echo "setup: installing ${need[*]}" >&2
  apt_install "${need[@]}"
fi

if [ "${LIAISON_WITH_BROWSER:-0}" = 1 ]; then
  # Python modules, each as "import-name:pip-name:debian-package".
  missing_pip=()
  missing_deb=()
  for spec in networkx:networkx:python3-networkx icalendar:icalendar:python3-icalendar \
              jsonschema:jsonschema:python3-jsonschema markdown_it:markdown-it-py:python3-markdown-it; do
    IFS=: read -r module pip_name deb_name <<<"$spec"
    if ! python3 -c "import $module" >/dev/null 2>&1; then
      missing_pip+=("$pip_name")
      missing_deb+=("$deb_name")
    fi
  done
  if [ ${#missing_pip[@]} -gt 0 ]; then
    echo "setup: installing Python modules ${missing_pip[*]}" >&2
    python3 -m pip --version >/dev/null 2>&1 || apt_install python3-pip || true
    python3 -m pip install -q "${missing_pip[@]}" 2>/dev/null \
      || python3 -m pip install -q --break-system-packages "${missing_pip[@]}" 2>/dev/null \
      || apt_install "${missing_deb[@]}"
  fi
fi
