"""Reading models/ as Haber reads it (Sources/HaberText/Models/ModelDirectory.swift).

A table is named by its flat path, e.g. `lexicon/roles.tsv`. When that file exists it is the
table. Otherwise the table has been split by language (scripts/split-models-by-language.py):
it is the concatenation of `models/languages/<folder>/<path>` in the language order, each
row given a first column `lang` from its folder's name. The order: the folders with a
`profile.tsv` by their `order` key, then folders without one (words of languages Haber does
not detect, such as Italian elisions) by name, then `all/` (rows of every language, `lang`
`*`). The language list `languages.tsv` is made from the profiles, in that order: `lang`,
then every profile key but `order`.

Used by generate_models.py, check_gold.py and split-models-by-language.py, so that the scripts
and Haber agree on what a table holds.
"""

from __future__ import annotations

from pathlib import Path

LANGUAGES = "languages"     # the folder of per-language folders, below models/
PROFILE = "profile.tsv"     # a language's row of the language list, as key/value rows
ALL = "all"                 # the folder of rows of every language
ALL_CODE = "*"              # the `lang` of the rows of `all/`
ORDER = "order"             # the profile key that gives a language's position
LANGUAGE_LIST = "languages.tsv"


class ModelError(Exception):
    """A missing or malformed model file, said in one line naming it."""


def parse(text: str, name: str) -> tuple[list[str], list[str], list[list[str]]]:
    """The comment lines before the header row, the header row and the rows of a TSV text
    (comments and empty lines after the header are skipped, as Haber skips them)."""
    comments: list[str] = []
    header: list[str] | None = None
    rows: list[list[str]] = []
    for line in text.split("\n"):
        line = line[:-1] if line.endswith("\r") else line
        if not line or line.startswith("#"):
            if header is None and line:
                comments.append(line)
            continue
        fields = line.split("\t")
        if header is None:
            header = fields
        else:
            rows.append(fields)
    if header is None:
        raise ModelError(f"{name}: no header row")
    return comments, header, rows


def read_file(path: Path, name: str) -> tuple[list[str], list[str], list[list[str]]]:
    try:
        text = path.read_bytes().decode("utf-8")
    except FileNotFoundError:
        raise ModelError(f"model file missing: {path}") from None
    except UnicodeDecodeError:
        raise ModelError(f"{name}:0: not UTF-8") from None
    return parse(text, name)


def is_folder(path: Path) -> bool:
    """A language folder: a folder, not hidden."""
    return path.is_dir() and not path.name.startswith(".")


def profiles(models: Path) -> list[tuple[str, dict[str, str]]]:
    """Every language folder with a profile, in the language order, with its key/value rows."""
    found = []
    root = models / LANGUAGES
    if not root.is_dir():
        return []
    for folder in sorted(p for p in root.iterdir() if is_folder(p) and (p / PROFILE).is_file()):
        name = f"{LANGUAGES}/{folder.name}/{PROFILE}"
        _, header, rows = read_file(folder / PROFILE, name)
        if header[:2] != ["key", "value"]:
            raise ModelError(f"{name}:1: header must be key<TAB>value")
        values = {}
        for row in rows:
            values.setdefault(row[0], row[1] if len(row) > 1 else "")
        found.append((folder.name, values))

    def position(item):
        order = item[1].get(ORDER, "")
        return (0, int(order), item[0]) if order.strip().lstrip("-").isdigit() else (1, 0, item[0])
    return sorted(found, key=position)


def language_folders(models: Path) -> list[str]:
    """The folders of models/languages/ in the order their rows are concatenated."""
    root = models / LANGUAGES
    if not root.is_dir():
        return []
    profiled = [code for code, _ in profiles(models)]
    others = sorted(p.name for p in root.iterdir() if is_folder(p) and p.name not in profiled and p.name != ALL)
    return profiled + others + ([ALL] if (root / ALL).is_dir() else [])


def code_of(folder: str) -> str:
    return ALL_CODE if folder == ALL else folder


def backing_files(models: Path, rel: str) -> list[Path]:
    """The files a table is read from: its flat file, or its per-language files."""
    if (models / rel).is_file():
        return [models / rel]
    if rel == LANGUAGE_LIST:
        return [models / LANGUAGES / code / PROFILE for code, _ in profiles(models)]
    return [models / LANGUAGES / folder / rel for folder in language_folders(models)
            if (models / LANGUAGES / folder / rel).is_file()]


def has_table(models: Path, rel: str) -> bool:
    return bool(backing_files(models, rel))


def read_table(models: Path, rel: str) -> tuple[list[str], list[list[str]]]:
    """The header and rows of table `rel`: the flat file, or its per-language files joined."""
    flat = models / rel
    if flat.is_file():
        _, header, rows = read_file(flat, rel)
        return header, rows
    if rel == LANGUAGE_LIST:
        found = profiles(models)
        if not found:
            raise ModelError(f"model file missing: {flat} (nor {LANGUAGES}/*/{PROFILE})")
        keys: list[str] = []
        for _, values in found:
            keys += [k for k in values if k != ORDER and k not in keys]
        return ["lang"] + keys, [[code] + [values.get(k, "") for k in keys] for code, values in found]
    header: list[str] | None = None
    rows: list[list[str]] = []
    parts = 0
    for folder in language_folders(models):
        path = models / LANGUAGES / folder / rel
        if not path.is_file():
            continue
        parts += 1
        name = f"{LANGUAGES}/{folder}/{rel}"
        _, part_header, part_rows = read_file(path, name)
        if "lang" in part_header:
            raise ModelError(f"{name}:1: has a lang column; its folder gives the language")
        if header is None:
            header = ["lang"] + part_header
        new = [c for c in part_header if c not in header]
        if new:
            header += new
        if header[1:] == part_header:
            rows += [[code_of(folder)] + r for r in part_rows]
        else:
            where = [header.index(c) for c in part_header]
            for r in part_rows:
                out = [""] * len(header)
                out[0] = code_of(folder)
                for i, value in zip(where, r):
                    out[i] = value
                rows.append(out)
    if not parts or header is None:
        raise ModelError(f"model file missing: {flat} (nor {LANGUAGES}/*/{rel})")
    return header, rows


def read_records(models: Path, rel: str) -> list[dict[str, str]]:
    header, rows = read_table(models, rel)
    return [{c: (r[i] if i < len(r) else "") for i, c in enumerate(header)} for r in rows]


def read_languages(models: Path) -> tuple[str, ...]:
    """The codes of the languages Haber reads, in their order (the first is the fallback)."""
    return tuple(r["lang"] for r in read_records(models, LANGUAGE_LIST) if r.get("lang"))
