#!/usr/bin/env bash
# Where the time goes by the clock (BENCHMARKS.md): samples one job's on-CPU time with
# `perf record -e cpu-clock` (a software timer: it needs no hardware counters, which this
# machine's VM does not offer) while `haber-bench stage extract` reads DIR, then prints each
# stage's share of the samples (inclusive; stages nest, so the shares do not add up) and the
# functions that take the most samples themselves.
#
#   scripts/clock-profile.sh DIR [HABER_BENCH]     e.g. DIR = the 50 MB bench folder
#
# Callgrind counts instructions, which repeat from run to run; the clock shows what they
# leave out: a function that misses the caches or mispredicts its branches takes a larger
# share of the clock than of the instructions. The shares are shares of this process's own
# time, so they hold while other work runs, where seconds do not. Keeps the samples in
# $PERF_OUT (default: a temporary file) for `perf report -i FILE` and `perf annotate`.
set -euo pipefail
dir=${1:?usage: clock-profile.sh DIR [HABER_BENCH]}
bench=${2:-.build/release/haber-bench}
command -v perf > /dev/null || { echo "clock-profile.sh: perf is not installed (apt-get install linux-perf)" >&2; exit 1; }
command -v swift > /dev/null || { echo "clock-profile.sh: swift is needed to demangle names" >&2; exit 1; }
data=${PERF_OUT:-$(mktemp)}
"$bench" stage extract "$dir" --jobs 1 > /dev/null
perf record -q -e cpu-clock -F 4000 -g -o "$data" "$bench" stage extract "$dir" --jobs 1 > /dev/null 2>&1 \
  || { echo "clock-profile.sh: perf record failed (is /proc/sys/kernel/perf_event_paranoid above 2?)" >&2; exit 1; }
inclusive=$(perf report -i "$data" --children --sort symbol -g none 2> /dev/null | swift demangle --simplified)
printf '%-22s %8s\n' stage "clock"
# Each stage by its entry point; the largest share among the symbols that match (a function
# may appear both specialized and not).
while IFS='|' read -r label pattern; do
  share=$( { grep -E "\] ($pattern)" <<< "$inclusive" || true; } | awk '{sub("%", "", $1); if ($1 > m) m = $1} END {printf "%.1f", m}')
  printf '%-22s %7s%%\n' "$label" "$share"
done <<'STAGES'
reading files|(specialized )?ArticleReader\.article\(from:\)
normalizer|TextNormalizer\.document\(for:\)
tokenizer|Tokenizer\.tokenize\(_:language:\)
language detection|LanguageDetector\.language\(of:frequency:\)
header|(specialized )?HeaderReader\.header\(of:lines:dates:\)
dates|protocol witness for Extractor\.candidates\(in:context:\) in conformance DateExtractor|(specialized )?DateExtractor\.candidates\(in:context:\)
organizations|protocol witness for Extractor\.candidates\(in:context:\) in conformance OrganizationExtractor|(specialized )?OrganizationExtractor\.candidates\(in:context:\)
places|protocol witness for Extractor\.candidates\(in:context:\) in conformance PlaceExtractor|(specialized )?PlaceExtractor\.candidates\(in:context:\)
money|protocol witness for Extractor\.candidates\(in:context:\) in conformance MoneyExtractor|(specialized )?MoneyExtractor\.candidates\(in:context:\)
persons|protocol witness for Extractor\.candidates\(in:context:\) in conformance PersonExtractor|(specialized )?PersonExtractor\.candidates\(in:context:\)
percentages|protocol witness for Extractor\.candidates\(in:context:\) in conformance PercentExtractor|(specialized )?PercentExtractor\.candidates\(in:context:\)
resolver|(specialized )?Resolver\.settle\(_:\)
writer|JSONLinesWriter\.Sink\.write\(_:\)
model loading|(static )?ExtractionModels\.load\(from:cache:\)
system calls|entry_SYSCALL_64_after_hwframe
STAGES
echo
echo "most samples in the function itself:"
perf report -i "$data" --no-children --sort dso,symbol -g none 2> /dev/null | swift demangle --simplified \
  | grep -E '^ +[0-9]' | head -25 | cut -c1-120
[ -n "${PERF_OUT:-}" ] || rm -f "$data"
