#!/usr/bin/env python3
"""Checks that docs/conformance-cases/LANG.md lists every Recognizers-Text case that fails,
each once, and no case that passes.

    scripts/check-cases-left.py HABER [LANG ...]     e.g. .build/release/haber en fr de es

The lists name cases by suite and index, one line per reason and suite
(`  DatePeriodParser: 21, 40, 41 (3 cases)`); the failures come from the suites themselves,
run through `../shared/tools/conformance.py` (mapped figures) with HABER. A rule that makes a
listed case pass, or a case that starts failing, shows up here as a line to move.
Exits 1 when a list and the failures disagree, 0 when they agree; skips (exit 0) where
../shared is absent, as in a clone without it.
"""
import os
import re
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SHARED = os.path.join(os.path.dirname(ROOT), "shared")
SUITES = os.path.join(SHARED, "peer-suites", "recognizers-text")
CONFORMANCE = os.path.join(SHARED, "tools", "conformance.py")
NAMES = ("DateExtractor", "DateParser", "DatePeriodExtractor", "DatePeriodParser", "CurrencyModel", "PercentModel")
LISTED = re.compile(r"^\s*(" + "|".join(NAMES) + r"): ([0-9][0-9, ]*)")
FAILED = re.compile(r"^FAIL \S+?_(" + "|".join(NAMES) + r")-([0-9]+):")


def listed(language):
    """Suite → list of indexes named in the language's file (duplicates kept)."""
    path = os.path.join(ROOT, "docs", "conformance-cases", language + ".md")
    cases = {}
    with open(path, encoding="utf-8") as file:
        for line in file:
            match = LISTED.match(line)
            if match:
                numbers = [int(n) for n in match.group(2).replace(" ", "").split(",") if n]
                cases.setdefault(match.group(1), []).extend(numbers)
    return cases


def failing(language, haber):
    """Suite → set of indexes of the failing cases, from the suites run through HABER."""
    models = os.environ.get("HABER_MODELS", os.path.join(ROOT, "models"))
    cases = {}
    folder = os.path.join(SUITES, language)
    for name in sorted(os.listdir(folder)):
        if not name.endswith(".json"):
            continue
        command = [sys.executable, CONFORMANCE, "--fails", "100000", os.path.join(folder, name), "--",
                   "env", "HABER_MODELS=" + models, haber, "extract", "-q", "--input-format", "jsonl", "-"]
        output = subprocess.run(command, capture_output=True, text=True, check=True).stdout
        for line in output.splitlines():
            match = FAILED.match(line)
            if match:
                cases.setdefault(match.group(1), set()).add(int(match.group(2)))
    return cases


def main():
    if len(sys.argv) < 2:
        print(__doc__.strip().splitlines()[2].strip(), file=sys.stderr)
        return 2
    if not os.path.isfile(CONFORMANCE):
        print("check-cases-left: ../shared is absent; skipped")
        return 0
    haber, languages = sys.argv[1], sys.argv[2:] or ["en", "fr", "de", "es"]
    agree = True
    for language in languages:
        named, failed = listed(language), failing(language, haber)
        for suite in NAMES:
            names, fails = named.get(suite, []), failed.get(suite, set())
            twice = sorted({n for n in names if names.count(n) > 1})
            missing, passing = sorted(fails - set(names)), sorted(set(names) - fails)
            state = "ok" if not (twice or missing or passing) else "DIFFERS"
            agree = agree and state == "ok"
            print(f"{language} {suite}: {len(fails)} failing, {len(set(names))} listed: {state}")
            for label, numbers in (("failing, not listed", missing), ("listed, passing", passing), ("listed twice", twice)):
                if numbers:
                    print(f"  {label}: {', '.join(map(str, numbers))}")
    return 0 if agree else 1


if __name__ == "__main__":
    sys.exit(main())
