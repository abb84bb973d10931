#!/usr/bin/env bash
# Two jobs as threads of one process against two processes of one job each (BENCHMARKS.md):
# tells what the threads lose to what they share (the models, the allocator) from what the
# machine itself gives to two cores.
#
#   scripts/two-jobs.sh DIR [HABER_BENCH] [ROUNDS]     e.g. DIR = $TMPDIR/haber-bench-50mb
#
# DIR's subfolders (the bench corpus writes 000, 001, ...) are split into two halves, linked
# (not copied) into a temporary folder; each round times `haber-bench stage extract` on all of
# them with one job and with two, and the two halves at once in two processes of one job (the
# slower one's time). Prints each round's ratios to one job, then their medians.
set -euo pipefail
dir=${1:?usage: two-jobs.sh DIR [HABER_BENCH] [ROUNDS]}
bench=${2:-.build/release/haber-bench}
rounds=${3:-11}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mapfile -t folders < <(find "$dir" -mindepth 1 -maxdepth 1 -type d | sort)
(( ${#folders[@]} >= 2 )) || { echo "two-jobs.sh: $dir needs at least two subfolders" >&2; exit 1; }
half=$(( ${#folders[@]} / 2 ))
mkdir -p "$work/all" "$work/first" "$work/second"
for index in "${!folders[@]}"; do
  name=$(basename "${folders[$index]}")
  cp -al "${folders[$index]}" "$work/all/$name"
  if (( index < half )); then cp -al "${folders[$index]}" "$work/first/$name"; else cp -al "${folders[$index]}" "$work/second/$name"; fi
done
seconds() { awk '{print $3}'; }
"$bench" stage extract "$work/first" > /dev/null   # a warm cache and page cache
: > "$work/ratios"
for _ in $(seq "$rounds"); do
  one=$("$bench" stage extract "$work/all" --jobs 1 | seconds)
  two=$("$bench" stage extract "$work/all" --jobs 2 | seconds)
  "$bench" stage extract "$work/first" --jobs 1 > "$work/p1" & first=$!
  "$bench" stage extract "$work/second" --jobs 1 > "$work/p2" & second=$!
  wait "$first" "$second"
  apart=$(cat "$work/p1" "$work/p2" | seconds | sort -n | tail -1)
  awk -v a="$one" -v b="$two" -v c="$apart" 'BEGIN {
    printf "one job %.2f s; two threads %.2f s (%.2fx); two processes %.2f s (%.2fx)\n", a, b, a / b, c, a / c }'
  awk -v a="$one" -v b="$two" -v c="$apart" 'BEGIN { print a / b, a / c }' >> "$work/ratios"
done
median() { sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
printf 'median of %d: two threads %.2fx, two processes %.2fx one job\n' "$rounds" \
  "$(awk '{print $1}' "$work/ratios" | median)" "$(awk '{print $2}' "$work/ratios" | median)"
