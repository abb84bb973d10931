#!/usr/bin/env bash
# Checks that spaCy reads `haber extract --format conll`: converts the corpus's CoNLL with
# `spacy convert --converter ner` (the CoNLL-2003 reader: TOKEN and TAG columns, blank lines
# between sentences, -DOCSTART- between documents) and fails unless spaCy made one document
# per article with exactly the entities of the JSON records, span for span.
#
#   python3 -m venv /tmp/spacy && /tmp/spacy/bin/pip install spacy
#   PYTHON=/tmp/spacy/bin/python scripts/check-conll.sh [ARTICLES…]
#
# HABER (default .build/debug/haber); ARTICLES default to corpus/articles.
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
haber=${HABER:-$root/.build/debug/haber}
python=${PYTHON:-python3}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
if [ "$#" -eq 0 ]; then set -- "$root/corpus/articles"; fi

"$haber" extract -q --format conll -o "$work/corpus.conll" "$@"
"$haber" extract -q -o "$work/records.jsonl" "$@"
"$python" -m spacy convert "$work/corpus.conll" "$work" --converter ner --file-type spacy

"$python" - "$work/corpus.spacy" "$work/records.jsonl" <<'PY'
import json, sys
import spacy
from spacy.tokens import DocBin

def squeeze(text):
    return "".join(text.split())

nlp = spacy.blank("xx")
docs = list(DocBin().from_disk(sys.argv[1]).get_docs(nlp.vocab))
records = [json.loads(line) for line in open(sys.argv[2], encoding="utf-8")]
failures = 0
if len(docs) != len(records):
    print(f"FAIL: spaCy read {len(docs)} documents, haber wrote {len(records)} records")
    failures += 1
total = 0
for doc, record in zip(docs, records):
    got = [(ent.label_, squeeze(ent.text)) for ent in doc.ents]
    want = [(e["type"], squeeze(e["text"])) for e in sorted(record["entities"], key=lambda e: e["start"])]
    total += len(got)
    if got != want:
        failures += 1
        missing = [w for w in want if w not in got][:3]
        extra = [g for g in got if g not in want][:3]
        print(f"FAIL {record['id']}: spaCy {len(got)} entities, record {len(want)}; missing {missing}, extra {extra}")
print(f"check-conll: {len(docs)} documents, {total} entities read by spaCy {spacy.__version__}, {failures} failed")
sys.exit(1 if failures else 0)
PY
