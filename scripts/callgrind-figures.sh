#!/usr/bin/env bash
# Noise-free speed figures for the compiled core (BENCHMARKS.md): instructions per byte of
#   (b) ICU word segmentation, (c) normalize + tokenize, (d) full extraction (one job),
# each stage run by `haber-bench stage` under `valgrind --tool=callgrind` on DIR, minus the
# same stage on a folder of one word (what start-up costs), divided by the bytes of DIR.
# Instruction counts repeat from run to run, where seconds on a shared machine do not.
#
#   scripts/callgrind-figures.sh DIR [HABER_BENCH]     e.g. DIR = the first 1,000 bench articles
#
# Swift seeds its hash tables at random in every process, which moves the counts by a few
# million from run to run; SWIFT_DETERMINISTIC_HASHING=1 makes them repeat (to 0.01%).
#
# Keeps the callgrind files in $CALLGRIND_OUT (default: a temporary folder) for
# `callgrind_annotate --inclusive=yes FILE`. Uses $HABER_CACHE like haber; run the extract
# stage once before, so that the model cache is warm (a first run builds it).
set -euo pipefail
export SWIFT_DETERMINISTIC_HASHING=1
dir=${1:?usage: callgrind-figures.sh DIR [HABER_BENCH]}
bench=${2:-.build/release/haber-bench}
command -v valgrind > /dev/null || { echo "callgrind-figures.sh: valgrind is not installed (apt-get install valgrind)" >&2; exit 1; }
out=${CALLGRIND_OUT:-$(mktemp -d)}
mkdir -p "$out"
one=$(mktemp -d)
trap 'rm -rf "$one"' EXIT
mkdir -p "$one/a"
echo "Merhaba" > "$one/a/x.txt"

# Runs one stage under callgrind; prints "instructions bytes".
measure() {
  local stage=$1 folder=$2 name=$3
  local printed
  printed=$(valgrind --tool=callgrind --callgrind-out-file="$out/$name.out" "$bench" stage "$stage" "$folder" 2> "$out/$name.log")
  local instructions
  instructions=$(awk '/^summary:/ {print $2}' "$out/$name.out")
  echo "$instructions ${printed%% *}"
}

"$bench" stage extract "$one" > /dev/null
printf '%-28s %16s %16s %12s\n' stage "instructions" "one word" "per byte"
declare -A perbyte
for stage in segment tokenize extract; do
  read -r total bytes < <(measure "$stage" "$dir" "$stage")
  read -r base _ < <(measure "$stage" "$one" "$stage-oneword")
  perbyte[$stage]=$(awk -v t="$total" -v b="$base" -v n="$bytes" 'BEGIN {printf "%.0f", (t - b) / n}')
  printf '%-28s %16s %16s %12s\n' "$stage" "$total" "$base" "${perbyte[$stage]}"
done
awk -v b="${perbyte[segment]}" -v c="${perbyte[tokenize]}" -v d="${perbyte[extract]}" 'BEGIN {
  printf "(c) against (b): %.1f%% (target 60%%)\n", 100 * b / c
  printf "(d) against (b): %.1f%% (target 40%%)\n", 100 * b / d
}'
echo "callgrind files: $out"
