#!/usr/bin/env bash
# Runs examples/spark/haber_job.py in local[2] mode on corpus/articles and checks that its
# records equal a direct `haber extract` run byte for byte; then the JSON Lines and Parquet
# input routes, a Parquet round trip, and that a failing haber fails the job with its stderr.
#
#   python3 -m venv /tmp/spark-venv && /tmp/spark-venv/bin/pip install -r examples/spark/requirements.txt
#   swift build -c release
#   VENV=/tmp/spark-venv examples/spark/test_spark.sh
#
# Needs Java 17 (java on PATH or JAVA_HOME). Exits non-zero on any difference.
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/../.." && pwd)
VENV=${VENV:-/tmp/spark-venv}
HABER=${HABER:-$ROOT/.build/release/haber}
MODELS=${MODELS:-$ROOT/models}
INPUT=${INPUT:-corpus/articles}
WORK=$(mktemp -d "${TMPDIR:-/tmp}/haber-spark-test.XXXXXX")
trap 'rm -rf "$WORK"' EXIT

export PYSPARK_PYTHON=$VENV/bin/python PYSPARK_DRIVER_PYTHON=$VENV/bin/python
SUBMIT=("$VENV/bin/spark-submit" --master 'local[2]' --conf spark.ui.enabled=false
        --conf spark.driver.extraJavaOptions=-Dlog4j2.level=ERROR)
JOB=(examples/spark/haber_job.py --haber "$HABER" --models "$MODELS" --cache "$WORK/cache")

cd "$ROOT"
[ -x "$HABER" ] || { echo "no haber binary at $HABER (swift build -c release)"; exit 2; }
failures=0
step() { echo; echo "== $*"; }
now() { echo "$EPOCHREALTIME"; }
took() { awk -v a="$1" -v b="$(now)" 'BEGIN { printf "   %.1f s\n", b - a }'; }
concat() { cat "$1"/part-* > "$2"; }   # Spark's part files, in name order = sorted order
same() {  # same FILE_A FILE_B WHAT
    if cmp -s "$1" "$2"; then
        echo "   identical: $3 ($(wc -l < "$1") lines, $(wc -c < "$1") bytes)"
    else
        echo "   DIFFERENT: $3"; diff <(cut -c1-200 "$1") <(cut -c1-200 "$2") | head -20 || true
        failures=$((failures + 1))
    fi
}

step "1. job on $INPUT (text folder) -> JSON Lines, with the JSON lines it fed haber"
t=$(now)
"${SUBMIT[@]}" "${JOB[@]}" --input "$INPUT" --output "$WORK/out-text" --fed "$WORK/fed" 2> "$WORK/log1" \
    || { tail -30 "$WORK/log1"; exit 1; }
took "$t"; grep '^haber_job:' "$WORK/log1" || true
concat "$WORK/out-text" "$WORK/job-text.jsonl"
concat "$WORK/fed" "$WORK/fed.jsonl"

step "2. haber directly on the same JSON lines: haber extract --input-format jsonl --quiet - < fed.jsonl"
t=$(now)
"$HABER" extract --models "$MODELS" --input-format jsonl --quiet - < "$WORK/fed.jsonl" > "$WORK/direct-fed.jsonl"
took "$t"
same "$WORK/job-text.jsonl" "$WORK/direct-fed.jsonl" "job records = direct JSON Lines run"

step "3. haber directly on the folder: haber extract --quiet $INPUT (source set to null, as in the JSON Lines route)"
t=$(now)
"$HABER" extract --models "$MODELS" --quiet "$INPUT" > "$WORK/direct-folder.jsonl"
took "$t"
# A direct folder run names each file in "source"; piped JSON Lines have "source":null.
# Nothing else may differ.
sed -E 's/^(\{"id":"([^"\\]|\\.)*"),"source":"([^"\\]|\\.)*"/\1,"source":null/' \
    "$WORK/direct-folder.jsonl" > "$WORK/direct-folder-null.jsonl"
same "$WORK/job-text.jsonl" "$WORK/direct-folder-null.jsonl" "job records = direct folder run except source"

step "4. job on fed.jsonl (JSON Lines input) -> Parquet"
mkdir -p "$WORK/in-jsonl" && cp "$WORK/fed.jsonl" "$WORK/in-jsonl/articles.jsonl"
t=$(now)
"${SUBMIT[@]}" "${JOB[@]}" --input "$WORK/in-jsonl/articles.jsonl" --output "$WORK/out-parquet" \
    --output-format parquet 2> "$WORK/log4" || { tail -30 "$WORK/log4"; exit 1; }
took "$t"; grep '^haber_job:' "$WORK/log4" || true

step "5. Parquet round trip: read the records back (ordered by seq); write fed.jsonl as a Parquet input"
t=$(now)
"${SUBMIT[@]}" examples/spark/parquet_tool.py read "$WORK/out-parquet" "$WORK/job-parquet.jsonl" 2> "$WORK/log5" \
    || { tail -30 "$WORK/log5"; exit 1; }
"${SUBMIT[@]}" examples/spark/parquet_tool.py write "$WORK/fed.jsonl" "$WORK/in-parquet" 2>> "$WORK/log5" \
    || { tail -30 "$WORK/log5"; exit 1; }
took "$t"; grep '^parquet_tool:' "$WORK/log5" || true
same "$WORK/job-parquet.jsonl" "$WORK/direct-fed.jsonl" "JSON Lines input -> Parquet -> records = direct run"

step "6. job on the Parquet input -> JSON Lines"
t=$(now)
"${SUBMIT[@]}" "${JOB[@]}" --input "$WORK/in-parquet" --output "$WORK/out-from-parquet" 2> "$WORK/log6" \
    || { tail -30 "$WORK/log6"; exit 1; }
took "$t"; grep '^haber_job:' "$WORK/log6" || true
concat "$WORK/out-from-parquet" "$WORK/job-from-parquet.jsonl"
same "$WORK/job-from-parquet.jsonl" "$WORK/direct-fed.jsonl" "Parquet input -> records = direct run"

step "7. subfolders: ids and order as haber makes them (same name in two subfolders, a-c/ before a/, BOM, CRLF)"
tree=$WORK/tree
mkdir -p "$tree/a/deep" "$tree/a-c" "$tree/b"
printf 'Ankara’da İŞİM toplantısı 21.07.2017 tarihinde yapıldı.\n' > "$tree/a/x.txt"
printf 'Paris is the capital of France; 4 million euros.\n' > "$tree/b/x.txt"
printf '\xef\xbb\xbfBerlin liegt in Deutschland.\r\nSeit 2010.\r\n' > "$tree/a-c/y.txt"
printf 'İzmir’de yüzde 58 arttı.\n' > "$tree/a/deep/z.txt"
printf 'Lyon, le 3 mars 2021.\n' > "$tree/a.txt"
printf 'not an article\n' > "$tree/notes.md"
t=$(now)
"${SUBMIT[@]}" "${JOB[@]}" --input "$tree" --output "$WORK/out-tree" 2> "$WORK/log7" \
    || { tail -30 "$WORK/log7"; exit 1; }
took "$t"; grep '^haber_job:' "$WORK/log7" || true
concat "$WORK/out-tree" "$WORK/job-tree.jsonl"
"$HABER" extract --models "$MODELS" --quiet "$tree" \
    | sed -E 's/^(\{"id":"([^"\\]|\\.)*"),"source":"([^"\\]|\\.)*"/\1,"source":null/' > "$WORK/direct-tree.jsonl"
echo "   ids in order: $(cut -d, -f1 "$WORK/job-tree.jsonl" | tr '\n' ' ')"
same "$WORK/job-tree.jsonl" "$WORK/direct-tree.jsonl" "job records on a tree = direct folder run except source"

step "8. a failing haber (--models pointing nowhere) fails the job with haber's stderr"
t=$(now)
if "${SUBMIT[@]}" examples/spark/haber_job.py --haber "$HABER" --models "$WORK/no-models" --cache "$WORK/cache" \
        --input "$INPUT" --output "$WORK/out-fail" > "$WORK/log8" 2>&1; then
    echo "   WRONG: the job succeeded"; failures=$((failures + 1))
elif grep -q 'haber exited with status' "$WORK/log8" && grep -q 'models folder not found' "$WORK/log8"; then
    echo "   failed as it should, with haber's message:"
    grep -m1 -A1 'HaberFailed: haber exited with status' "$WORK/log8" | sed 's/^/   | /'
else
    echo "   WRONG: the job failed without haber's stderr"; tail -20 "$WORK/log8"; failures=$((failures + 1))
fi
took "$t"

echo
if [ "$failures" -eq 0 ]; then echo "test_spark: all checks passed"; else echo "test_spark: $failures check(s) failed"; fi
[ "$failures" -eq 0 ]
