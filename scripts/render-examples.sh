#!/usr/bin/env bash
# Renders the examples with a given liaison binary into a folder:
#   ./scripts/render-examples.sh LIAISON_BINARY OUTPUT_FOLDER
# scripts/main.sh runs it into Output/; Tests/LiaisonCommandTests/OutputFreshnessTests.swift runs
# it into a temporary folder and checks that Output/ holds exactly what it makes, byte for byte.
# Run from anywhere; paths are relative to the repository (they appear in captions).
# To add an output, add a line below: `run SUBCOMMAND INPUT… -o "$out/NAME"`.
set -euo pipefail
liaison=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
mkdir -p "$2"
out=$(cd "$2" && pwd)
cd "$(dirname "$0")/.."
run() { "$liaison" "$@"; }

article=Examples/brussels-2024-11.vi.md           # the first article, through extraction
events=Examples/brussels-2024-11.events.yaml      # the same facts written by hand

for ext in dot svg png; do
  run timeline "$article" -o "$out/brussels-2024-11.timeline.$ext"
  run network  "$article" -o "$out/brussels-2024-11.network.$ext"
  run timeline "$events"  -o "$out/brussels-2024-11-yaml.timeline.$ext"
  run network  "$events"  -o "$out/brussels-2024-11-yaml.network.$ext"
done

# The report (HTML, and Markdown with its drawings beside it) and the exports, from the article.
run report "$article" -o "$out/brussels-2024-11.report.html"
run report "$article" -o "$out/brussels-2024-11.report.md"
run extract "$article" -o "$out/brussels-2024-11.extraction.json"
for ext in json graphml gexf ics timeline.json; do
  run export "$article" -o "$out/brussels-2024-11.$ext"
done
run export "$article" --table events -o "$out/brussels-2024-11.events.csv"
