#!/usr/bin/env python3
"""Run `haber extract` on a Spark cluster, one haber process per partition.

Input (--input): a folder of *.txt articles (walked as `haber extract FOLDER` walks it), a
JSON Lines file or folder of *.jsonl files ({"id", "text", "published"?, "lang"?} per line),
or a Parquet dataset with the columns id, text and optionally published and lang.

Each partition is piped as JSON Lines through `haber extract --input-format jsonl --quiet -`
with RDD.pipe. The records are the exact lines haber wrote; they are sorted by input order
(or by id with --sort-by id) and written as JSON Lines (text part files, in order) or Parquet
(columns seq, id, lang, published, record).

Local run (from the package root, after `swift build -c release`):

    spark-submit --master 'local[2]' examples/spark/haber_job.py \
        --input corpus/articles --output /tmp/haber-out --output-format jsonl

On a cluster, ship haber and its models with `--archives haber-linux.tar.gz#haber` and
leave --haber/--models at their defaults (haber/haber and haber/models in the executor's
working folder); see examples/spark/README.md.
"""

import argparse
import json
import os
import shlex
import sys

from pyspark import StorageLevel
from pyspark.sql import SparkSession
from pyspark.sql.types import LongType, StringType, StructField, StructType

HERE = os.path.dirname(os.path.abspath(__file__))
PACKAGE_ROOT = os.path.dirname(os.path.dirname(HERE))

FAILED = "@@HABER-FAILED@@"
STDERR = "@@HABER-STDERR@@"

# Runs haber with its stderr kept in a temporary file. On a non-zero exit the status and
# the stderr lines are written to stdout after the records, marked, so that the Python side
# can fail the task with haber's message (RDD.pipe itself only reports the exit code and
# leaves stderr in the executor's log). On success, stderr is passed through to the log.
WRAPPER = r"""
err=$(mktemp "${TMPDIR:-/tmp}/haber-stderr.XXXXXX") || exit 70
"$@" 2>"$err"
rc=$?
if [ "$rc" -ne 0 ]; then
    echo "@@HABER-FAILED@@ $rc"
    sed 's/^/@@HABER-STDERR@@ /' "$err"
else
    cat "$err" >&2
fi
rm -f "$err"
exit "$rc"
"""


class HaberFailed(RuntimeError):
    pass


def parse_arguments(argv):
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--input", required=True,
                   help="folder of *.txt articles, a .jsonl file or folder of *.jsonl, or a Parquet dataset")
    p.add_argument("--input-format", choices=["auto", "text", "jsonl", "parquet"], default="auto",
                   help="auto: a .jsonl file or a folder holding *.jsonl is jsonl, a .parquet path or a folder "
                        "holding *.parquet is parquet, any other folder is text (default: auto)")
    p.add_argument("--output", required=True, help="output folder (Spark part files)")
    p.add_argument("--output-format", choices=["jsonl", "parquet"], default="jsonl")
    p.add_argument("--mode", choices=["overwrite", "error"], default="error",
                   help="what to do when --output exists (default: error)")
    local_haber = os.path.join(PACKAGE_ROOT, ".build", "release", "haber")
    local_models = os.path.join(PACKAGE_ROOT, "models")
    p.add_argument("--haber", default=local_haber if os.path.exists(local_haber) else "haber/haber",
                   help="the haber binary as the executors see it (default: the package's release build if it "
                        "exists, else haber/haber as unpacked by --archives haber-linux.tar.gz#haber)")
    p.add_argument("--models", default=local_models if os.path.isdir(local_models) else "haber/models",
                   help="the models folder as the executors see it (default: the package's models/ if it exists, "
                        "else haber/models)")
    p.add_argument("--cache", default=os.path.join("/tmp", "haber-cache"),
                   help="HABER_CACHE for the haber processes: where they keep their memory-mapped indexes "
                        "(default: /tmp/haber-cache on each machine)")
    p.add_argument("--env", action="append", default=[], metavar="NAME=VALUE",
                   help="more environment for the haber processes (e.g. LD_LIBRARY_PATH=...); repeatable")
    p.add_argument("--partitions", type=int, default=0,
                   help="number of partitions, i.e. of haber processes (default: Spark's default parallelism)")
    p.add_argument("--sort-by", choices=["input", "id"], default="input",
                   help="order of the output: input order (default) or id")
    p.add_argument("--fed", help="also write the JSON Lines fed to haber, in the output's order, to this "
                                 "folder (for comparing with a direct `haber extract --input-format jsonl` run)")
    p.add_argument("--haber-args", default="",
                   help="extra arguments for haber extract, as one shell-quoted string (e.g. '--types ORG')")
    return p.parse_args(argv)


# ---------------------------------------------------------------------------------------
# Input


def walk_text_folder(folder):
    """The *.txt files below `folder` in the order `haber extract FOLDER` reads them.

    haber sorts each folder's entries by name, a subfolder's name with a trailing '/', and
    walks depth first (Sources/HaberRecords/Input/InputWalker.swift); it follows symbolic
    links and skips a link back to an ancestor. Returns (path, relative path) pairs.
    """
    out = []

    def visit(path, ancestors):
        real = os.path.realpath(path)
        if real in ancestors:
            raise SystemExit(f"{path}: symlink loop (a link back to {real})")
        entries = []
        for name in os.listdir(path):
            if name.startswith("."):
                continue  # hidden files and folders are skipped, as haber does without --hidden
            child = path.rstrip("/") + "/" + name
            is_dir = os.path.isdir(child)
            entries.append((name + "/" if is_dir else name, child, is_dir))
        entries.sort(key=lambda e: e[0])
        for _, child, is_dir in entries:
            if is_dir:
                visit(child, ancestors | {real})
            elif os.path.splitext(child)[1].lower() == ".txt" and os.path.exists(child):
                out.append(child)

    visit(folder, frozenset())
    return out


def text_id(path, folder):
    """The id haber gives a file found in `folder`: its path relative to the folder without
    extension (`a/x` for `folder/a/x.txt`), as FORMAT.md asks; a name that is only an
    extension (`.txt`) stays whole (InputWalker.stem in Sources/HaberRecords/Input)."""
    base = folder if folder.endswith("/") else folder + "/"
    relative = path[len(base):] if path.startswith(base) else os.path.basename(path)
    stem = os.path.splitext(relative)[0]
    return relative if not stem or stem.endswith("/") else stem


def read_article(path):
    """A text file as haber reads it: strict UTF-8, no NUL bytes, a leading BOM dropped."""
    with open(path, "rb") as f:
        data = f.read()
    if b"\0" in data:
        raise HaberFailed(f"{path}: binary file (contains NUL bytes)")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as e:
        raise HaberFailed(f"{path}: not valid UTF-8 ({e})") from None
    if text.startswith("\ufeff"):
        text = text[1:]
    return text


def json_line(article_id, text, published=None, lang=None):
    obj = {"id": article_id, "text": text}
    if published is not None:
        obj["published"] = published
    if lang is not None:
        obj["lang"] = lang
    return json.dumps(obj, ensure_ascii=False)


def row_fields(obj, where):
    """id, text, published, lang of one JSON Lines object or Parquet row (a dict)."""
    if not isinstance(obj, dict):
        raise HaberFailed(f"{where}: not a JSON object")
    text = obj.get("text")
    if not isinstance(text, str):
        raise HaberFailed(f"{where}: no \"text\" string")
    article_id = obj.get("id")
    if isinstance(article_id, bool) or not isinstance(article_id, (str, int)):
        raise HaberFailed(f"{where}: no \"id\" (a string or an integer); the job needs an id on every row")
    published = obj.get("published")
    lang = obj.get("lang")
    return (str(article_id), text,
            published if isinstance(published, str) else None,
            lang if isinstance(lang, str) else None)


def detect_format(path):
    if path.endswith(".jsonl"):
        return "jsonl"
    if path.endswith(".parquet"):
        return "parquet"
    if os.path.isdir(path):
        names = os.listdir(path)
        if any(n.endswith(".parquet") for n in names):
            return "parquet"
        if any(n.endswith(".jsonl") for n in names):
            return "jsonl"
    return "text"


def prepared_articles(spark, args, partitions):
    """RDD of (seq, id, JSON line for haber), seq being the input order."""
    sc = spark.sparkContext
    fmt = args.input_format if args.input_format != "auto" else detect_format(args.input)
    if fmt == "text":
        paths = walk_text_folder(args.input) if os.path.isdir(args.input) else [args.input]
        if not paths:
            raise SystemExit(f"{args.input}: no *.txt files")
        # The driver lists the files; the executors read them, so the folder must be at the
        # same path on every machine (local mode, or a shared file system).
        if os.path.isdir(args.input):
            listed = [(seq, text_id(p, args.input), os.path.abspath(p)) for seq, p in enumerate(paths)]
        else:
            name = os.path.basename(args.input)
            listed = [(0, os.path.splitext(name)[0] or name, os.path.abspath(args.input))]

        def load(item):
            seq, article_id, path = item
            return seq, article_id, json_line(article_id, read_article(path))

        return sc.parallelize(listed, partitions).map(load)
    if fmt == "jsonl":
        if os.path.isdir(args.input):
            files = sorted(os.path.join(args.input, n) for n in os.listdir(args.input) if n.endswith(".jsonl"))
        else:
            files = [args.input]
        # Comma-separated paths are read in the order given, each file's splits in order.
        lines = sc.textFile(",".join(files), partitions).zipWithIndex()

        def load(pair):
            line, number = pair
            if not line.strip():
                return []
            try:
                obj = json.loads(line)
            except ValueError as e:
                raise HaberFailed(f"{args.input} line {number + 1} (counting across files): not JSON ({e})")
            article_id, text, published, lang = row_fields(obj, f"{args.input} line {number + 1}")
            return [(number, article_id, json_line(article_id, text, published, lang))]

        return lines.flatMap(load)
    if fmt == "parquet":
        frame = spark.read.parquet(args.input)
        columns = [c for c in ("id", "text", "published", "lang") if c in frame.columns]
        rows = frame.select(*columns).rdd.zipWithIndex()

        def load(pair):
            row, number = pair
            article_id, text, published, lang = row_fields(row.asDict(), f"{args.input} row {number}")
            return number, article_id, json_line(article_id, text, published, lang)

        return rows.map(load).repartition(partitions) if rows.getNumPartitions() < partitions else rows.map(load)
    raise SystemExit(f"unknown input format {fmt}")


# ---------------------------------------------------------------------------------------
# haber through RDD.pipe


def haber_command(args):
    haber = [args.haber, "extract", "--input-format", "jsonl", "--quiet", "--models", args.models]
    haber += shlex.split(args.haber_args)
    return shlex.join(["/bin/sh", "-c", WRAPPER, "haber-pipe", *haber, "-"])


def haber_environment(args):
    # RDD.pipe starts the command with exactly this environment (not the executor's).
    env = {"PATH": "/usr/local/bin:/usr/bin:/bin", "HABER_CACHE": args.cache}
    for item in args.env:
        name, _, value = item.partition("=")
        env[name] = value
    return env


def records_or_failure(lines):
    """haber's records; raises with haber's stderr when the wrapper reports a failure."""
    failure = None
    stderr = []
    try:
        for line in lines:
            if failure is None and line.startswith(FAILED):
                failure = line[len(FAILED):].strip()
            elif failure is not None:
                if line.startswith(STDERR):
                    stderr.append(line[len(STDERR) + 1:])
            else:
                yield line
    except Exception:
        # RDD.pipe's checkCode raises once the output is read; haber's message comes first.
        if failure is None:
            raise
    if failure is not None:
        shown = stderr[:40] + ([f"... ({len(stderr) - 40} more lines)"] if len(stderr) > 40 else [])
        raise HaberFailed(f"haber exited with status {failure}; its standard error:\n" + "\n".join(shown))


def check_pair(pair):
    (seq, article_id, fed), record = pair
    got = json.loads(record).get("id")
    if got != article_id:
        raise HaberFailed(f"record out of step with its input: expected id {article_id!r}, haber wrote {got!r}")
    return seq, article_id, fed, record


def main(argv=None):
    args = parse_arguments(argv if argv is not None else sys.argv[1:])
    spark = SparkSession.builder.appName("haber-extract").getOrCreate()
    sc = spark.sparkContext
    partitions = args.partitions or sc.defaultParallelism

    articles = prepared_articles(spark, args, partitions).persist(StorageLevel.MEMORY_AND_DISK)
    # Each partition's JSON lines go through one haber process, which writes its records in
    # the order it read the lines; zip pairs every record with its input (Spark fails the job
    # if a partition's counts differ), and check_pair checks the ids.
    piped = (articles.map(lambda a: a[2])
             .pipe(haber_command(args), env=haber_environment(args), checkCode=True)
             .mapPartitions(records_or_failure))
    # Persisted so that the sort's sampling pass and the writes do not run haber again.
    results = articles.zip(piped).map(check_pair).persist(StorageLevel.MEMORY_AND_DISK)

    schema = StructType([StructField("seq", LongType(), False), StructField("id", StringType(), False),
                         StructField("fed", StringType(), False), StructField("record", StringType(), False)])
    frame = spark.createDataFrame(results, schema)
    order = ["seq"] if args.sort_by == "input" else ["id", "seq"]
    frame = frame.orderBy(*order)

    if args.output_format == "jsonl":
        # One string column written as text: each line is the record exactly as haber wrote it;
        # the part files, in name order, hold the records in the sorted order.
        frame.select("record").write.mode(args.mode).text(args.output)
    else:
        from pyspark.sql import functions as F
        record_schema = StructType([StructField("lang", StringType()), StructField("published", StringType())])
        parsed = F.from_json("record", record_schema)
        (frame.select("seq", "id", parsed["lang"].alias("lang"), parsed["published"].alias("published"), "record")
         .write.mode(args.mode).parquet(args.output))
    if args.fed:
        frame.select("fed").write.mode(args.mode).text(args.fed)

    count = results.count()
    print(f"haber_job: {count} records written to {args.output} ({args.output_format}, "
          f"{partitions} partitions)", file=sys.stderr)
    spark.stop()


if __name__ == "__main__":
    main()
