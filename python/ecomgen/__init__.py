"""ecomgen from Python: generate a scenario's tables as pandas DataFrames.

    import ecomgen
    tables = ecomgen.generate("flash_sale", scale=0.1, seed=7, tables=["orders"])
    orders = tables["orders"]

The rows are those of the files `ecomgen flash_sale --scale 0.1 --seed 7` writes, built
from the same columnar batches, in memory (no temporary files). Column dtypes:

  integer ids and counts  int64 (Int64, pandas' nullable integer, where a column can be NULL)
  money (DECIMAL(18,2))   float64 holding the value in currency units, e.g. 1234.5 for 1234.50;
                          the cents are exact after round(2)
  other decimals          float64, NaN where NULL
  booleans                bool
  timestamps              datetime64[ns, UTC], NaT where NULL
  dates                   datetime64[ns] at midnight (no time zone), NaT where NULL
  vocabularies            category, with every entry of the vocabulary as a category
  free text               string (pandas' string dtype)

Bad arguments raise ValueError with the command line's message, e.g.
"--scale: expected a positive number, got \"-1\"".
"""

import numpy as np
import pandas as pd

from . import _ecomgen

__all__ = ["generate", "scenarios"]

scenarios = list(_ecomgen.scenarios)

_NANOS_PER_MICRO = 1000
_NANOS_PER_DAY = 86_400 * 1_000_000_000


def _series(kind, values, nulls, dictionary):
    null_mask = None if nulls is None else nulls.astype(bool)
    if kind == "int":
        if null_mask is None:
            return pd.Series(values, dtype="int64")
        return pd.Series(pd.arrays.IntegerArray(values, null_mask))
    if kind == "bool":
        if null_mask is None:
            return pd.Series(values.astype(bool))
        return pd.Series(pd.arrays.BooleanArray(values.astype(bool), null_mask))
    if kind == "decimal":
        money = values / 100.0
        if null_mask is not None:
            money[null_mask] = np.nan
        return pd.Series(money, dtype="float64")
    if kind == "double":
        doubles = values.copy()
        if null_mask is not None:
            doubles[null_mask] = np.nan
        return pd.Series(doubles, dtype="float64")
    if kind in ("timestamp", "date"):
        nanos = values * (_NANOS_PER_MICRO if kind == "timestamp" else _NANOS_PER_DAY)
        stamps = nanos.view("datetime64[ns]")
        if null_mask is not None:
            stamps[null_mask] = np.datetime64("NaT")
        series = pd.Series(stamps)
        return series.dt.tz_localize("UTC") if kind == "timestamp" else series
    if kind == "enum":
        codes = values.copy()
        if null_mask is not None:
            codes[null_mask] = -1
        return pd.Series(pd.Categorical.from_codes(codes, categories=dictionary))
    if kind == "string":
        text = pd.array(values, dtype="string")
        if null_mask is not None:
            text[null_mask] = pd.NA
        return pd.Series(text)
    raise ValueError(f"unknown column kind {kind!r}")


def generate(scenario, *, scale=None, seed=None, duration=None, start=None, intensity=None,
             discount=None, config=None, tables=None):
    """The tables of a run of `scenario` as {table name: DataFrame}.

    scenario: a built-in scenario name, or "custom" with config=PATH (a JSON config file,
    as for `ecomgen custom --config`). The keyword arguments are the command line's
    overrides (--scale, --seed, --duration "14d", --start "2024-11-29T00:00:00Z",
    --intensity, --discount). tables: a list of table names (default: all ten).
    """
    overrides = {"scale": scale, "seed": seed, "duration": duration, "start": start,
                 "intensity": intensity, "discount": discount}
    if isinstance(tables, str):
        tables = [tables]
    columns = _ecomgen.generate(scenario, overrides, "" if config is None else str(config),
                                list(tables or []))
    frames = {}
    for table, described in columns.items():
        frames[table] = pd.DataFrame(
            {name: _series(kind, values, nulls, dictionary)
             for name, kind, values, nulls, dictionary in described})
    return frames
