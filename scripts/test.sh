#!/usr/bin/env bash
# Set-up (Graphviz C library, fonts, a headless browser for the report test) and the test suite.
set -euo pipefail
cd "$(dirname "$0")/.."
LIAISON_WITH_BROWSER=1 ./scripts/setup.sh
swift build --build-tests
swift test --skip-build 2>&1 | tee .build/test.log
