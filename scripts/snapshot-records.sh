#!/usr/bin/env bash
# Writes the records of the corpus, its development articles, the two holdouts and the peer
# conformance suites into DIR,
# so that a change of the core can be checked byte for byte against a snapshot taken before.
#
#   scripts/snapshot-records.sh DIR [HABER_BINARY]      then: diff -r BEFORE AFTER
#
# The conformance runs need ../shared, or the folder $HABER_SHARED names (a worktree elsewhere);
# skipped, with a line on standard error, when it is absent.
set -euo pipefail
cd "$(dirname "$0")/.."
out=${1:?usage: snapshot-records.sh DIR [HABER_BINARY]}
haber=${2:-.build/release/haber}
mkdir -p "$out"
"$haber" extract -q --reference-date 2026-01-01 corpus/articles > "$out/corpus.jsonl"
"$haber" extract -q --reference-date 2026-01-01 corpus/holdout/articles > "$out/holdout.jsonl"
"$haber" extract -q --reference-date 2026-01-01 corpus/holdout-2/articles > "$out/holdout-2.jsonl"
"$haber" extract -q --reference-date 2026-01-01 corpus/dev/articles > "$out/dev.jsonl"
shared=${HABER_SHARED:-../shared}
suites=$shared/peer-suites/recognizers-text
if [ ! -d "$suites" ]; then
  echo "snapshot-records.sh: no $suites: the conformance suites are skipped (set HABER_SHARED)" >&2
else
  for dir in "$suites" "$suites"/en "$suites"/fr "$suites"/de "$suites"/es; do
    for suite in "$dir"/*.json; do
      name=$(basename "$suite" .json)
      PYTHONHASHSEED=0 python3 "$shared/tools/conformance.py" --fails 100000 "$suite" -- \
        bash -c "tee '$out/$name.in.jsonl' | '$haber' extract -q --input-format jsonl - | tee '$out/$name.out.jsonl'" \
        > "$out/$name.summary.txt" 2>&1 || true
    done
  done
  grep -h -E '^[A-Za-z_]+.*[0-9]+/[0-9]+' "$out"/*.summary.txt > "$out/conformance.txt" || true
fi
echo "snapshot written to $out"
