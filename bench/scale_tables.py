"""Make a large built folder from a smaller one: its tables copied K times, each copy a later stretch of time.

    python bench/scale_tables.py BUILT OUT --factor 10 [--shift-days 11]

Copy k (0 .. K-1) of every article, quote and figure gets ids ending in `~k` and every date moved
k x `shift-days` days later, so K copies of a season of coverage become a longer run of coverage
with K times the articles, quotes and figures: distinct days, weeks and timeline marks grow with K,
while outlets, claimants and wordings stay those of the built corpus. Written as Parquet, one copy
at a time (memory stays that of one copy), so OUT is a built folder the dashboard opens as it is.
"""

from __future__ import annotations

import argparse
from pathlib import Path

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq

from analysis.export import TABLE_NAMES, read_table

ID_COLUMNS = {"articles": ["article_id"], "quotes": ["quote_id", "article_id"], "claims": ["claim_id", "article_id"]}


def shifted_copy(frame: pd.DataFrame, table: str, copy: int, shift_days: int) -> pd.DataFrame:
    shift = pd.Timedelta(days=copy * shift_days)
    dates = {name: frame[name] + shift for name in frame.columns if pd.api.types.is_datetime64_any_dtype(frame[name])}
    ids = {name: frame[name] + f"~{copy}" for name in ID_COLUMNS[table]}
    return frame.assign(**dates, **ids)


def scale(built: Path, out: Path, factor: int, shift_days: int) -> dict[str, int]:
    out.mkdir(parents=True, exist_ok=True)
    rows = {}
    for table in TABLE_NAMES:
        frame = read_table(built, table)
        writer = None
        try:
            for copy in range(factor):
                batch = pa.Table.from_pandas(shifted_copy(frame, table, copy, shift_days), preserve_index=False)
                writer = writer or pq.ParquetWriter(out / f"{table}.parquet", batch.schema)
                writer.write_table(batch)
        finally:
            if writer is not None:
                writer.close()
        rows[table] = len(frame) * factor
    return rows


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("built", type=Path, help="a folder written by `python -m analysis build`")
    parser.add_argument("out", type=Path, help="the folder to write the scaled tables to")
    parser.add_argument("--factor", type=int, default=10, help="copies of every table (default 10)")
    parser.add_argument("--shift-days", type=int, default=11, help="days between one copy and the next (default 11)")
    args = parser.parse_args(argv)
    rows = scale(args.built, args.out, args.factor, args.shift_days)
    print(", ".join(f"{count:,} {table}" for table, count in rows.items()) + f" -> {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
