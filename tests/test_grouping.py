import pandas as pd
import pytest

from analysis.grouping import join_distinct, join_few

FRAME = pd.DataFrame({
    "who": ["b", "a", "b", "a", "b", None],
    "outlet": ["Zeta", "alpha", "Beta", "alpha", "", "Gamma"],
})


@pytest.mark.parametrize(("alphabetical", "sort", "expected"), [
    (True, True, {"a": "alpha", "b": "Beta, Zeta", None: "Gamma"}),
    (False, True, {"a": "alpha", "b": "Zeta, Beta", None: "Gamma"}),
    (True, False, {"b": "Beta, Zeta", "a": "alpha", None: "Gamma"}),
])
def test_join_distinct_orders_values_and_groups(alphabetical, sort, expected):
    joined = join_distinct(FRAME, ["who"], "outlet", alphabetical=alphabetical, sort=sort)
    assert [None if pd.isna(key) else key for key in joined.index] == list(expected)
    assert joined.tolist() == list(expected.values())


def test_join_distinct_matches_pandas_groupby_order_with_several_keys():
    frame = pd.DataFrame({"day": [2, 1, 2, 1], "place": ["x", "y", "x", None], "source": ["s1", "s2", "s3", "s2"]})
    joined = join_distinct(frame, ["day", "place"], "source", sep="|")
    expected = frame.groupby(["day", "place"], dropna=False)["source"].agg("|".join)
    assert joined.index.equals(expected.index)
    assert joined.tolist() == expected.tolist()


def test_join_distinct_can_drop_missing_keys_and_skips_empty_values():
    joined = join_distinct(FRAME, ["who"], "outlet", dropna=True)
    assert joined.to_dict() == {"a": "alpha", "b": "Beta, Zeta"}


@pytest.mark.parametrize(("values", "limit", "expected"), [
    (["a", "b", "c"], None, "a, b, c"),
    (["a", "b", "c"], 3, "a, b, c"),
    (["a", "b", "c", "d", "e"], 2, "a, b, … 3 more"),
    ([], 2, ""),
])
def test_join_few_shows_the_first_values_and_how_many_more(values, limit, expected):
    assert join_few(values, limit=limit) == expected


def test_join_distinct_caps_each_group_at_its_limit():
    frame = pd.DataFrame({"who": ["a"] * 4 + ["b"], "day": ["d4", "d2", "d3", "d1", "d9"]})
    joined = join_distinct(frame, ["who"], "day", limit=2)
    assert joined.tolist() == ["d1, d2, … 2 more", "d9"]
