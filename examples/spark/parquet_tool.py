#!/usr/bin/env python3
"""Helpers for test_spark.sh, run with spark-submit.

    parquet_tool.py read DATASET OUT.jsonl        the `record` column of a haber_job Parquet
                                                 output, ordered by `seq`, one per line
    parquet_tool.py write IN.jsonl DATASET        JSON Lines {id, text, published?, lang?} as
                                                 a Parquet dataset (one file, input order)
"""

import json
import sys

from pyspark.sql import SparkSession
from pyspark.sql.types import StringType, StructField, StructType


def main():
    command, source, target = sys.argv[1:4]
    spark = SparkSession.builder.appName("haber-parquet-tool").getOrCreate()
    if command == "read":
        rows = spark.read.parquet(source).orderBy("seq").select("record").collect()
        with open(target, "w", encoding="utf-8", newline="") as out:
            for row in rows:
                out.write(row.record + "\n")
        print(f"parquet_tool: {len(rows)} records read from {source}", file=sys.stderr)
    elif command == "write":
        with open(source, encoding="utf-8") as f:
            objects = [json.loads(line) for line in f if line.strip()]
        schema = StructType([StructField(name, StringType(), name not in ("id", "text"))
                             for name in ("id", "text", "published", "lang")])
        rows = [tuple(o.get(k) for k in ("id", "text", "published", "lang")) for o in objects]
        spark.createDataFrame(rows, schema).coalesce(1).write.mode("overwrite").parquet(target)
        print(f"parquet_tool: {len(rows)} rows written to {target}", file=sys.stderr)
    else:
        raise SystemExit(f"unknown command {command}")
    spark.stop()


if __name__ == "__main__":
    main()
