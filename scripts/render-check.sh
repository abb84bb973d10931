#!/usr/bin/env bash
# Renders the corpus with `haber render`, opens every page in headless Chromium (Debian's
# `chromium`), screenshots it, and fails when a page logs anything to the console (a script
# error, a fetch the Content-Security-Policy refused) or when the entity marks the page
# declares (data-entities="N") are not all in the DOM Chromium built.
#
#   scripts/render-check.sh [OUT]          render corpus/articles into OUT, then check
#   scripts/render-check.sh --no-render OUT  check pages already in OUT
#
# HABER (default .build/debug/haber), CHROMIUM (default chromium). Screenshots go to
# OUT/screenshots; exit status 0 when every page passes, 1 otherwise.
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
haber=${HABER:-$root/.build/debug/haber}
chromium=${CHROMIUM:-chromium}
render=1
if [ "${1:-}" = "--no-render" ]; then render=0; shift; fi
out=${1:-$(mktemp -d)/site}
mkdir -p "$out" && out=$(cd "$out" && pwd)

if [ "$render" = 1 ]; then
    # From the package root, so pages name their source as corpus/articles/….
    (cd "$root" && "$haber" render -q -o "$out" corpus/articles)
fi
[ -f "$out/index.html" ] || { echo "render-check: no $out/index.html" >&2; exit 1; }
mkdir -p "$out/screenshots"
log=$(mktemp)
trap 'rm -f "$log"' EXIT

# Headless, no profile state, no network stack doing anything on its own.
flags=(--headless --no-sandbox --disable-gpu --hide-scrollbars --no-first-run --disable-extensions
       --disable-background-networking --user-data-dir="$(mktemp -d)" --enable-logging=stderr --v=0)

failures=0
pages=0
fail() { echo "FAIL $1: $2"; failures=$((failures + 1)); }

while IFS= read -r page; do
    pages=$((pages + 1))
    name=${page#"$out"/}
    shot="$out/screenshots/$(echo "${name%.html}" | tr '/' '_').png"
    if ! timeout 60 "$chromium" "${flags[@]}" --window-size=1200,1400 --screenshot="$shot" "file://$page" >/dev/null 2>"$log"; then
        fail "$name" "chromium could not take a screenshot"
        continue
    fi
    [ -s "$shot" ] || fail "$name" "empty screenshot"
    dom=$(timeout 60 "$chromium" "${flags[@]}" --dump-dom "file://$page" 2>>"$log") || { fail "$name" "chromium could not load it"; continue; }
    # Chromium logs console messages and CSP refusals as CONSOLE lines.
    if grep -E 'CONSOLE|Refused to|Uncaught' "$log" >/dev/null; then
        fail "$name" "the page reported: $(grep -E 'CONSOLE|Refused to|Uncaught' "$log" | head -3 | tr '\n' ' ')"
    fi
    if [ "$name" = index.html ]; then
        grep -q '<svg' <<<"$dom" || fail "$name" "no chart"
        links=$(grep -o 'href="articles/' <<<"$dom" | wc -l)
        [ "$links" -eq "$(find "$out/articles" -name '*.html' | wc -l)" ] || fail "$name" "$links links for the pages written"
    else
        declared=$(grep -o 'data-entities="[0-9]*"' <<<"$dom" | grep -o '[0-9][0-9]*' || true)
        marks=$(grep -o '<mark class="[A-Z]*"' <<<"$dom" | wc -l)
        if [ -z "$declared" ]; then fail "$name" "no article text in the DOM"
        elif [ "$marks" -ne "$declared" ]; then fail "$name" "$marks marks in the DOM, $declared entities"
        fi
    fi
done < <(echo "$out/index.html"; find "$out/articles" -name '*.html' | sort)

echo "render-check: $pages pages, $failures failed; screenshots in $out/screenshots"
[ "$failures" -eq 0 ]
