#!/usr/bin/env bash
# Liaison's main command: installs what is missing (Graphviz library, fonts), builds the release
# binary, and renders the examples into Output/ (see scripts/render-examples.sh for the list).
#   ./scripts/main.sh
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/setup.sh
swift build -c release --product liaison
./scripts/render-examples.sh .build/release/liaison Output
echo "main: rendered the examples into Output/" >&2
