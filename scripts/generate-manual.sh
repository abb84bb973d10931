#!/usr/bin/env bash
# Regenerates the man pages in docs/man/ from the command line's own definitions, with
# swift-argument-parser's generate-manual plugin (one page per subcommand).
set -euo pipefail
cd "$(dirname "$0")/.."
mkdir -p docs/man
swift package --allow-writing-to-directory docs/man generate-manual --multi-page --output-directory docs/man
