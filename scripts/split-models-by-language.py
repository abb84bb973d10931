#!/usr/bin/env python3
"""Split the curated, language-keyed tables of models/ into one folder per language.

usage: python3 scripts/split-models-by-language.py [--models DIR] [--dry-run]

A curated table is a .tsv file outside models/languages/ whose header comments say
"curated by the Haber project" and whose header row has a `lang` column. For each one found
in flat form, the script writes `models/languages/<lang>/<same path>` with that language's
rows, the `lang` column dropped (the folder says it) and the file's header comments kept as
they are (they say where the facts come from). Comments between rows (the sections of
dates/grammar.tsv) go with the rows they head, in every language that has such rows. Rows
whose `lang` is `*` go to `models/languages/all/` (read back with `lang` `*`); rows with an
empty `lang` go there too and are read back as `*` (a note says so). A code without a
profile (Italian elisions, `it`) gets a folder without `profile.tsv`: words of a language
Haber does not detect, read in the articles of the others.

`models/languages.tsv` becomes `models/languages/<lang>/profile.tsv`: its header comments,
then `key<TAB>value` rows, one per column (name, months, letters, and any other), and
`order`, the language's position in the list (1 = the fallback of language detection).

Then the flat files are deleted. Haber, generate_models.py and check_gold.py read a split
table as the per-language files joined in the language order (scripts/model_tables.py).

Replaying: a second run on a split tree changes nothing. A flat file found again (re-added
by a merge from a branch that edited it before the split, or written anew) is folded in: its
rows replace the per-language files of the languages it has rows for; languages it has no
row for keep their files (a note names them). A flat languages.tsv replaces the profiles of
its languages, keeping keys they have that it lacks; when it lists every profiled language
its order becomes the order, else new languages are appended after the others. Files whose
content would not change are not rewritten (their modification time keeps Haber's caches).

After merging a branch that edited flat tables (git: "CONFLICT (modify/delete)"):
    git add <the flat files git left in place>          # keep the edited flat file
    git checkout --theirs models/MANIFEST.tsv            # either side: it is rewritten below
    python3 scripts/split-models-by-language.py          # folds them into models/languages/
    python3 scripts/generate_models.py --curated-only    # checks them, rewrites the manifest
    git add -A models && git commit
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import model_tables as mt  # noqa: E402

PROFILE_NOTE = ("# This folder's language (its code is the folder's name) as key/value rows: one key per column "
                "of the language list, and order, its position in the list (1 = the fallback of language detection).")


def is_curated(comments: list[str]) -> bool:
    return any("curated by the haber project" in line.lower() for line in comments)


class Splitter:
    def __init__(self, models: Path, dry_run: bool):
        self.models = models
        self.dry_run = dry_run
        self.changed = 0

    def write(self, path: Path, text: str) -> None:
        if path.is_file() and path.read_bytes() == text.encode("utf-8"):
            return
        self.changed += 1
        print(f"write  {path.relative_to(self.models)}")
        if not self.dry_run:
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(text.encode("utf-8"))

    def delete(self, path: Path) -> None:
        self.changed += 1
        print(f"delete {path.relative_to(self.models)}")
        if not self.dry_run:
            path.unlink()
            # A folder the split emptied (models/dates/) goes too: git keeps no empty folder.
            folder = path.parent
            while folder != self.models and not any(folder.iterdir()):
                folder.rmdir()
                folder = folder.parent

    def flat_tables(self) -> list[str]:
        """The curated tables with a `lang` column still in flat form, languages.tsv first."""
        found = []
        for path in sorted(self.models.rglob("*.tsv")):
            rel = path.relative_to(self.models).as_posix()
            if rel.startswith(mt.LANGUAGES + "/") or rel == "MANIFEST.tsv":
                continue
            comments, header = head_of(path)
            if rel == mt.LANGUAGE_LIST or (is_curated(comments) and "lang" in header):
                found.append(rel)
        return sorted(found, key=lambda rel: (rel != mt.LANGUAGE_LIST, rel))

    def fold_languages(self) -> None:
        flat = self.models / mt.LANGUAGE_LIST
        comments, header, rows = mt.read_file(flat, mt.LANGUAGE_LIST)
        lang = header.index("lang")
        existing = dict(mt.profiles(self.models))
        old_order = list(existing)
        flat_codes = []
        for number, row in enumerate(rows, 2):
            code = row[lang] if lang < len(row) else ""
            if not code or code == mt.ALL_CODE or "/" in code:
                raise mt.ModelError(f"{mt.LANGUAGE_LIST}:{number}: a language needs a code")
            flat_codes.append(code)
        if set(old_order) <= set(flat_codes):
            order = flat_codes
        else:
            order = old_order + [c for c in flat_codes if c not in old_order]
            print(f"note   {mt.LANGUAGE_LIST} lacks {sorted(set(old_order) - set(flat_codes))}: "
                  "their profiles are kept, new languages come after them")
        head = comments if PROFILE_NOTE in comments else [PROFILE_NOTE] + comments
        for code, row in zip(flat_codes, rows):
            values = {column: (row[i] if i < len(row) else "") for i, column in enumerate(header) if i != lang}
            values.pop(mt.ORDER, None)
            for key, value in existing.get(code, {}).items():
                if key not in values and key != mt.ORDER:
                    values[key] = value
            values[mt.ORDER] = str(order.index(code) + 1)
            existing[code] = values
            self.write(self.models / mt.LANGUAGES / code / mt.PROFILE,
                       "\n".join(head + ["key\tvalue"] + [f"{k}\t{v}" for k, v in values.items()]) + "\n")
        # Languages the flat list did not name keep their profile, with their new position.
        for code in order:
            if code in flat_codes:
                continue
            path = self.models / mt.LANGUAGES / code / mt.PROFILE
            text = path.read_text(encoding="utf-8")
            lines = [f"{mt.ORDER}\t{order.index(code) + 1}" if line.startswith(mt.ORDER + "\t") else line
                     for line in text.rstrip("\n").split("\n")]
            if not any(line.startswith(mt.ORDER + "\t") for line in lines):
                lines.append(f"{mt.ORDER}\t{order.index(code) + 1}")
            self.write(path, "\n".join(lines) + "\n")
        self.delete(flat)

    def split(self, rel: str) -> None:
        flat = self.models / rel
        text = flat.read_bytes().decode("utf-8")
        lines = text.split("\n")
        if lines and lines[-1] == "":
            lines.pop()
        head: list[str] = []
        header: list[str] | None = None
        lang = 0
        # Per output folder: its lines, and the last section (comment block) written to it.
        out: dict[str, list[str]] = {}
        written_section: dict[str, int] = {}
        section: list[str] = []
        section_id = 0
        empty_lang = 0
        for number, line in enumerate(lines, 1):
            line = line[:-1] if line.endswith("\r") else line
            if header is None:
                if not line or line.startswith("#"):
                    head.append(line)
                    continue
                header = line.split("\t")
                lang = header.index("lang")
                continue
            if not line:
                continue
            if line.startswith("#"):
                if not section or written_section_any(written_section, section_id):
                    section, section_id = [], section_id + 1
                section.append(line)
                continue
            fields = line.split("\t")
            code = fields[lang].strip() if lang < len(fields) else ""
            if not code:
                empty_lang += 1
                code = mt.ALL_CODE
            if "/" in code or code.startswith("."):
                raise mt.ModelError(f"{rel}:{number}: lang {code!r} is no language code")
            folder = mt.ALL if code == mt.ALL_CODE else code
            if folder not in out:
                out[folder] = head + ["\t".join(c for i, c in enumerate(header) if i != lang)]
                written_section[folder] = 0
            if section and written_section[folder] != section_id:
                out[folder] += section
                written_section[folder] = section_id
            out[folder].append("\t".join(f for i, f in enumerate(fields) if i != lang))
        if header is None:
            raise mt.ModelError(f"{rel}: no header row")
        if empty_lang:
            print(f"note   {rel}: {empty_lang} rows without lang go to {mt.LANGUAGES}/{mt.ALL}/ and read back as lang *")
        for folder, body in out.items():
            self.write(self.models / mt.LANGUAGES / folder / rel, "\n".join(body) + "\n")
        root = self.models / mt.LANGUAGES
        kept = sorted(p.name for p in root.iterdir() if p.is_dir() and p.name not in out and (p / rel).is_file()) \
            if root.is_dir() else []
        if kept:
            print(f"note   {rel} has no rows for {kept}: their {mt.LANGUAGES}/<lang>/{rel} are kept")
        self.delete(flat)

    def run(self) -> int:
        tables = self.flat_tables()
        for rel in tables:
            if rel == mt.LANGUAGE_LIST:
                self.fold_languages()
            else:
                self.split(rel)
        profiled = {code for code, _ in mt.profiles(self.models)} if not self.dry_run else set()
        root = self.models / mt.LANGUAGES
        if root.is_dir() and not self.dry_run:
            for folder in sorted(p.name for p in root.iterdir() if p.is_dir()):
                if folder != mt.ALL and folder not in profiled:
                    print(f"note   {mt.LANGUAGES}/{folder}/ has no {mt.PROFILE}: words of a language Haber does not "
                          "detect, read in the articles of the others")
        print(f"{len(tables)} flat tables split, {self.changed} files written or deleted"
              + (" (dry run)" if self.dry_run else ""))
        return 0


def head_of(path: Path) -> tuple[list[str], list[str]]:
    """The comments before the header row and the header row, without reading the whole file
    (the generated place tables are large)."""
    comments: list[str] = []
    with path.open(encoding="utf-8", newline="") as handle:
        for line in handle:
            line = line.rstrip("\n").rstrip("\r")
            if not line or line.startswith("#"):
                comments.append(line)
                continue
            return comments, line.split("\t")
    return comments, []


def written_section_any(written: dict[str, int], section_id: int) -> bool:
    """Whether the current comment block already heads rows: a new comment starts a new block."""
    return any(value == section_id for value in written.values())


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--models", type=Path, default=Path(__file__).resolve().parent.parent / "models")
    parser.add_argument("--dry-run", action="store_true", help="say what would change, change nothing")
    args = parser.parse_args()
    try:
        return Splitter(args.models.resolve(), args.dry_run).run()
    except mt.ModelError as error:
        print(f"split-models-by-language.py: error: {error}", file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())
