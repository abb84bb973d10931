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
# With CACHE_SIM=1 callgrind also simulates the caches and branch predictor of one core of this
# machine (32 KB L1 for code and for data, the 1 MB L2 as its "last level") and the script
# prints a cycle estimate a byte beside the instructions:
#   CEst = Ir + 10 * branch mispredicts + 10 * L1 misses + 50 * L2 misses.
# By the clock, extraction retires far fewer instructions a cycle than ICU's segmentation; the
# estimate counts the stalls that instructions alone leave out, and repeats as they do.
#
# Keeps the callgrind files in $CALLGRIND_OUT (default: a temporary folder) for
# `callgrind_annotate --inclusive=yes FILE`. Uses $HABER_CACHE like haber; run the extract
# stage once before, so that the model cache is warm (a first run builds it).
set -euo pipefail
export SWIFT_DETERMINISTIC_HASHING=1
dir=${1:?usage: callgrind-figures.sh DIR [HABER_BENCH]}
bench=${2:-.build/release/haber-bench}
command -v valgrind > /dev/null || { echo "callgrind-figures.sh: valgrind is not installed (apt-get install valgrind)" >&2; exit 1; }
simulate=()
if [ "${CACHE_SIM:-0}" = 1 ]; then
  simulate=(--cache-sim=yes --branch-sim=yes --I1=32768,8,64 --D1=32768,8,64 --LL=1048576,16,64)
fi
out=${CALLGRIND_OUT:-$(mktemp -d)}
mkdir -p "$out"
one=$(mktemp -d)
trap 'rm -rf "$one"' EXIT
mkdir -p "$one/a"
echo "Merhaba" > "$one/a/x.txt"

# The cycle estimate of a callgrind file: its instructions when it simulated nothing.
estimate() {
  awk '/^events:/ { for (i = 2; i <= NF; i++) name[i] = $i }
       /^summary:/ { for (i = 2; i <= NF; i++) v[name[i]] = $i
         printf "%.0f", v["Ir"] + 10 * (v["Bcm"] + v["Bim"]) + 10 * (v["I1mr"] + v["D1mr"] + v["D1mw"]) \
           + 50 * (v["ILmr"] + v["DLmr"] + v["DLmw"]) }' "$1"
}

# Runs one stage under callgrind; prints "instructions bytes estimate".
measure() {
  local stage=$1 folder=$2 name=$3
  local printed
  printed=$(valgrind --tool=callgrind "${simulate[@]}" --callgrind-out-file="$out/$name.out" "$bench" stage "$stage" "$folder" 2> "$out/$name.log")
  local instructions
  instructions=$(awk '/^summary:/ {print $2}' "$out/$name.out")
  echo "$instructions ${printed%% *} $(estimate "$out/$name.out")"
}

"$bench" stage extract "$one" > /dev/null
printf '%-28s %16s %16s %12s' stage "instructions" "one word" "per byte"
[ ${#simulate[@]} -gt 0 ] && printf ' %14s %14s %12s' "estimate" "one word" "per byte"
printf '\n'
declare -A perbyte cyclesperbyte
for stage in segment tokenize extract; do
  read -r total bytes cycles < <(measure "$stage" "$dir" "$stage")
  read -r base _ basecycles < <(measure "$stage" "$one" "$stage-oneword")
  perbyte[$stage]=$(awk -v t="$total" -v b="$base" -v n="$bytes" 'BEGIN {printf "%.0f", (t - b) / n}')
  cyclesperbyte[$stage]=$(awk -v t="$cycles" -v b="$basecycles" -v n="$bytes" 'BEGIN {printf "%.0f", (t - b) / n}')
  printf '%-28s %16s %16s %12s' "$stage" "$total" "$base" "${perbyte[$stage]}"
  [ ${#simulate[@]} -gt 0 ] && printf ' %14s %14s %12s' "$cycles" "$basecycles" "${cyclesperbyte[$stage]}"
  printf '\n'
done
awk -v b="${perbyte[segment]}" -v c="${perbyte[tokenize]}" -v d="${perbyte[extract]}" 'BEGIN {
  printf "(c) against (b): %.1f%% (target 60%%)\n", 100 * b / c
  printf "(d) against (b): %.1f%% (target 40%%)\n", 100 * b / d
}'
if [ ${#simulate[@]} -gt 0 ]; then
  awk -v b="${cyclesperbyte[segment]}" -v c="${cyclesperbyte[tokenize]}" -v d="${cyclesperbyte[extract]}" 'BEGIN {
    printf "by the estimate: (c) against (b) %.1f%%, (d) against (b) %.1f%%\n", 100 * b / c, 100 * b / d
  }'
fi
echo "callgrind files: $out"
