#!/usr/bin/env python3
"""Check gold annotation files against their articles (see docs/FORMAT.md).

usage: python3 scripts/check_gold.py [CORPUS_DIR]

CORPUS_DIR holds articles/<id>.txt and gold/<id>.json; it defaults to the
corpus/ folder next to this script's folder. For every gold file it checks:
valid JSON; `id` equals the file name; the article exists (and every article
has a gold file); `lang` is a code of a language profile (models/languages/<code>/); `published` is an ISO date or null;
only the seven type keys besides id/lang/published; name items have a string
`name` and a list `alt`; every name and alt occurs in the article (after NFC,
’ ‘ ʼ -> ', NBSP -> space, whitespace collapsed; case-sensitive first, then a
Turkish-aware case-insensitive match that only warns); PERCENT values are
numbers; DATE values are YYYY, YYYY-MM, YYYY-MM-DD or START/END of those;
MONEY has a numeric amount and a 3-letter uppercase currency; no duplicate
items within a type.

Prints one line per problem or warning and a summary line; exits 1 when
there were problems (warnings alone exit 0), 2 on a bad invocation.
"""
import datetime
import json
import os
import re
import sys
import unicodedata

NAME_TYPES = ("ORG", "CITY", "COUNTRY", "PERSON")
TYPES = NAME_TYPES + ("PERCENT", "DATE", "MONEY")
META_KEYS = ("id", "lang", "published")


def read_languages():
    """The language codes of the profiles, models/languages/<code>/profile.tsv (the one list
    of languages Haber reads; scripts/model_tables.py reads it as Haber does)."""
    sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
    import model_tables
    models = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "models")
    try:
        return set(model_tables.read_languages(model_tables.Path(models)))
    except model_tables.ModelError as error:
        print(f"check_gold.py: {error}", file=sys.stderr)
        sys.exit(2)


LANGS = read_languages()
NAME_ITEM_KEYS = {"name", "alt", "optional"}
DATE_RE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")
CURRENCY_RE = re.compile(r"^[A-Z]{3}$")


def normalize(s):
    """NFC, apostrophes unified, NBSP and other spaces -> one space."""
    s = unicodedata.normalize("NFC", s)
    for q in ("\u2019", "\u2018", "\u02bc"):
        s = s.replace(q, "'")
    s = s.replace("\u00a0", " ").replace("\u202f", " ")
    return " ".join(s.split())


def tr_lower(s):
    """Turkish-aware lowercase: I -> ı, İ -> i, then str.lower()."""
    return s.replace("I", "ı").replace("İ", "i").lower()


def loose(s):
    """Case-insensitive key for the fallback match: Turkish lowercase, ı -> i."""
    return tr_lower(s).replace("ı", "i").replace("i\u0307", "i")


def occurs(form, text):
    """'word' if form starts at a word boundary in text, 'inner' if only inside
    a word, None if absent. The end is left open for case suffixes."""
    if form not in text:
        return None
    if re.search(r"(?<!\w)" + re.escape(form), text):
        return "word"
    return "inner"


def fold_key(s):
    """Key for duplicate detection, close to the scorer's folding."""
    s = tr_lower(unicodedata.normalize("NFC", s)).replace("ı", "i")
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    s = re.sub(r"[^\w\s]", " ", s)
    return " ".join(s.split())


def is_number(v):
    return isinstance(v, (int, float)) and not isinstance(v, bool)


def parse_date(s):
    """Return (granularity tuple) for a single ISO date, or None if invalid."""
    m = DATE_RE.match(s)
    if not m:
        return None
    y, mo, d = m.group(1), m.group(2), m.group(3)
    try:
        if d is not None:
            datetime.date(int(y), int(mo), int(d))
        elif mo is not None and not 1 <= int(mo) <= 12:
            return None
    except ValueError:
        return None
    return tuple(int(x) for x in (y, mo, d) if x is not None)


def valid_date_value(s):
    if not isinstance(s, str):
        return False
    parts = s.split("/")
    if len(parts) == 1:
        return parse_date(parts[0]) is not None
    if len(parts) != 2:
        return False
    a, b = parse_date(parts[0]), parse_date(parts[1])
    if a is None or b is None:
        return False
    return a <= b


class Report:
    def __init__(self):
        self.problems = 0
        self.warnings = 0

    def problem(self, where, msg):
        self.problems += 1
        print(f"{where}: {msg}")

    def warn(self, where, msg):
        self.warnings += 1
        print(f"{where}: warning: {msg}")


def display(path):
    rel = os.path.relpath(path)
    return path if rel.startswith("..") else rel


def check_names(where, t, items, text, text_lower, rep):
    seen = {}
    for i, item in enumerate(items):
        if not isinstance(item, dict):
            rep.problem(where, f"{t}[{i}] is not an object: {item!r}")
            continue
        name = item.get("name")
        if not isinstance(name, str) or not name.strip():
            rep.problem(where, f"{t}[{i}] has no string 'name': {item!r}")
            continue
        alt = item.get("alt")
        if not isinstance(alt, list):
            rep.problem(where, f"{t} '{name}' has no list 'alt'")
            alt = []
        extra = set(item) - NAME_ITEM_KEYS
        if extra:
            rep.warn(where, f"{t} '{name}' has unknown keys {sorted(extra)}")
        if "optional" in item and not isinstance(item["optional"], bool):
            rep.problem(where, f"{t} '{name}' has non-boolean 'optional'")
        forms = [("name", name)]
        for a in alt:
            if not isinstance(a, str) or not a.strip():
                rep.problem(where, f"{t} '{name}' has a non-string or empty alt {a!r}")
                continue
            forms.append(("alt", a))
        if len({normalize(f) for _, f in forms}) != len(forms):
            rep.warn(where, f"{t} '{name}' repeats a form in its alt list")
        for kind, form in forms:
            n = normalize(form)
            label = f"{t} '{name}'" if kind == "name" else f"{t} '{name}' alt '{form}'"
            found = occurs(n, text)
            if found == "word":
                continue
            if found == "inner":
                rep.warn(where, f"{label} found only inside a longer word in article")
            elif occurs(loose(n), text_lower):
                rep.warn(where, f"{label} found only case-insensitively in article")
            elif kind == "alt":
                # An alt may be an expansion the article never spells out (the seed's
                # `AB` / `Avrupa Birliği`): worth a look, not an error.
                rep.warn(where, f"{label} not found in article (an expansion?)")
            else:
                rep.problem(where, f"{label} not found in article")
        key = fold_key(name)
        if key in seen:
            rep.problem(where, f"{t} duplicate item '{name}' (same as '{seen[key]}')")
        else:
            seen[key] = name
    # the same alt form claimed by two different items is suspicious
    owner = {}
    for item in items:
        if not isinstance(item, dict) or not isinstance(item.get("name"), str):
            continue
        alt = item.get("alt") if isinstance(item.get("alt"), list) else []
        forms = [item["name"]] + [a for a in alt if isinstance(a, str)]
        for f in {fold_key(x) for x in forms}:
            if f in owner and owner[f] != item["name"]:
                rep.warn(where, f"{t} form '{f}' belongs to both '{owner[f]}' and '{item['name']}'")
            owner.setdefault(f, item["name"])


def check_gold(path, article_path, rep):
    where = display(path)
    try:
        with open(path, encoding="utf-8") as f:
            gold = json.load(f)
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as e:
        rep.problem(where, f"not valid JSON: {e}")
        return
    if not isinstance(gold, dict):
        rep.problem(where, "top level is not a JSON object")
        return
    stem = os.path.basename(path)[:-len(".json")]
    if gold.get("id") != stem:
        rep.problem(where, f"id {gold.get('id')!r} does not equal file name {stem!r}")
    if gold.get("lang") not in LANGS:
        rep.problem(where, f"lang {gold.get('lang')!r} not one of {sorted(LANGS)}")
    pub = gold.get("published", None)
    if "published" not in gold:
        rep.problem(where, "missing key 'published' (use null when there is none)")
    elif pub is not None and not (isinstance(pub, str) and DATE_RE.match(pub)
                                  and parse_date(pub) is not None and len(pub) == 10):
        rep.problem(where, f"published {pub!r} is not an ISO date (YYYY-MM-DD) or null")
    for k in gold:
        if k not in TYPES and k not in META_KEYS:
            rep.problem(where, f"unknown key {k!r}")
    for t in TYPES:
        if t not in gold:
            rep.warn(where, f"missing type key {t} (use an empty list)")
        elif not isinstance(gold[t], list):
            rep.problem(where, f"{t} is not a list")

    text = None
    if not os.path.exists(article_path):
        rep.problem(where, f"no matching article {display(article_path)}")
    else:
        try:
            with open(article_path, encoding="utf-8") as f:
                text = normalize(f.read())
        except (OSError, UnicodeDecodeError) as e:
            rep.problem(where, f"cannot read article {display(article_path)}: {e}")
    if text is not None:
        text_lower = loose(text)
        for t in NAME_TYPES:
            items = gold.get(t)
            if isinstance(items, list):
                check_names(where, t, items, text, text_lower, rep)

    pcts = gold.get("PERCENT")
    if isinstance(pcts, list):
        seen = set()
        for v in pcts:
            if not is_number(v):
                rep.problem(where, f"PERCENT {v!r} is not a number")
            elif v in seen:
                rep.problem(where, f"PERCENT duplicate {v!r}")
            else:
                seen.add(v)

    dates = gold.get("DATE")
    if isinstance(dates, list):
        seen = set()
        for v in dates:
            if not valid_date_value(v):
                rep.problem(where, f"DATE {v!r} is not YYYY, YYYY-MM, YYYY-MM-DD or START/END")
            elif v in seen:
                rep.problem(where, f"DATE duplicate {v!r}")
            else:
                seen.add(v)
        if isinstance(pub, str) and pub not in seen:
            rep.warn(where, f"published {pub} is not among the DATE items")

    money = gold.get("MONEY")
    if isinstance(money, list):
        seen = set()
        for v in money:
            if not isinstance(v, dict):
                rep.problem(where, f"MONEY {v!r} is not an object")
                continue
            amount, cur = v.get("amount"), v.get("currency")
            ok = True
            if not is_number(amount):
                rep.problem(where, f"MONEY {v!r} amount is not a number")
                ok = False
            if not isinstance(cur, str) or not CURRENCY_RE.match(cur):
                rep.problem(where, f"MONEY {v!r} currency is not a 3-letter uppercase code")
                ok = False
            extra = set(v) - {"amount", "currency", "optional"}
            if extra:
                rep.warn(where, f"MONEY {v!r} has unknown keys {sorted(extra)}")
            if ok:
                key = (float(amount), cur)
                if key in seen:
                    rep.problem(where, f"MONEY duplicate {amount} {cur}")
                seen.add(key)


def main(argv):
    if len(argv) == 2 and argv[1] in ("-h", "--help"):
        print(__doc__.strip())
        return 0
    if len(argv) > 2 or (len(argv) == 2 and argv[1].startswith("-")):
        print("usage: python3 scripts/check_gold.py [CORPUS_DIR]", file=sys.stderr)
        return 2
    if len(argv) == 2:
        corpus = argv[1]
    else:
        here = os.path.dirname(os.path.abspath(__file__))
        corpus = os.path.join(os.path.dirname(here), "corpus")
    art_dir = os.path.join(corpus, "articles")
    gold_dir = os.path.join(corpus, "gold")
    rep = Report()
    if not os.path.isdir(gold_dir) or not os.path.isdir(art_dir):
        print(f"{display(corpus)}: needs articles/ and gold/ folders", file=sys.stderr)
        return 2
    golds = sorted(n for n in os.listdir(gold_dir) if n.endswith(".json"))
    arts = sorted(n for n in os.listdir(art_dir) if n.endswith(".txt"))
    for name in golds:
        stem = name[:-len(".json")]
        check_gold(os.path.join(gold_dir, name), os.path.join(art_dir, stem + ".txt"), rep)
    gold_stems = {n[:-len(".json")] for n in golds}
    for name in arts:
        if name[:-len(".txt")] not in gold_stems:
            rep.problem(display(os.path.join(art_dir, name)), "article has no gold file")
    print(f"checked {len(golds)} gold files, {len(arts)} articles: "
          f"{rep.problems} problems, {rep.warnings} warnings")
    return 1 if rep.problems else 0


if __name__ == "__main__":
    try:
        sys.exit(main(sys.argv))
    except BrokenPipeError:
        sys.exit(1)
