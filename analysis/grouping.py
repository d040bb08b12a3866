"""Text joined per group, fast with tens of thousands of groups.

pandas runs a Python function once per group for `agg(", ".join)`, slicing a small
Series each time: at 10,000 articles that is hundreds of thousands of slices and tens of
seconds. Here the groups are numbered once and the strings gathered in one pass over lists.
"""

from __future__ import annotations

import pandas as pd


def join_distinct(frame: pd.DataFrame, keys: list[str], column: str, sep: str = ", ", alphabetical: bool = True,
                  sort: bool = True, dropna: bool = False) -> pd.Series:
    """Per group of `keys`: the distinct non-empty values of `column` joined with `sep`.

    Values come alphabetically (ignoring case) or, with `alphabetical=False`, in order of first
    appearance. The result is indexed like `frame.groupby(keys, sort=sort, dropna=dropna).size()`.
    """
    grouped = frame.groupby(keys, sort=sort, dropna=dropna)
    groups: list[dict[str, None]] = [{} for _ in range(grouped.ngroups)]
    codes = grouped.ngroup().fillna(-1).astype(int).tolist()  # -1: a row whose missing key was dropped
    values = frame[column].astype("string").fillna("").tolist()
    for code, value in zip(codes, values, strict=True):
        if code >= 0 and value:
            groups[code][value] = None
    joined = [sep.join(sorted(group, key=str.casefold) if alphabetical else group) for group in groups]
    return pd.Series(joined, index=grouped.size().index, dtype="string", name=column)
