"""The Python module against the command line: same rows and values as the CSV files of
the same run, the documented dtypes, and the CLI's messages as ValueError."""

import glob
import os
import re
import subprocess

import numpy as np
import pandas as pd
import pytest

import ecomgen

ECOMGEN = os.environ.get("ECOMGEN_BINARY", "ecomgen")


def cli_tables(tmp_path, args):
    out = tmp_path / "run"
    subprocess.run([ECOMGEN, *args, "--quiet", "--out-dir", str(out)], check=True)
    tables = {}
    for path in glob.glob(str(out / "*.csv")):
        table = re.sub(r"^.*_\d{8}_\d{6}_", "", os.path.basename(path))[: -len(".csv")]
        tables[table] = pd.read_csv(path, dtype=str, keep_default_na=False)
    return tables


def as_csv_text(series):
    """The column printed the way the CSV prints it (empty for NULL)."""
    if isinstance(series.dtype, pd.DatetimeTZDtype):
        text = series.dt.strftime("%Y-%m-%dT%H:%M:%SZ")
    elif pd.api.types.is_datetime64_dtype(series.dtype):
        text = series.dt.strftime("%Y-%m-%d")
    elif pd.api.types.is_bool_dtype(series.dtype):
        text = series.map({True: "true", False: "false"})
    elif pd.api.types.is_float_dtype(series.dtype):
        return series  # compared by value below
    else:
        text = series.astype("string")
    return text.astype(object).where(series.notna(), "")


def assert_same_as_csv(frame, csv):
    assert list(frame.columns) == list(csv.columns)
    assert len(frame) == len(csv)
    for name in frame.columns:
        ours = as_csv_text(frame[name])
        theirs = csv[name]
        if pd.api.types.is_float_dtype(ours.dtype):
            expected = pd.to_numeric(theirs.replace("", np.nan))
            assert np.allclose(ours.to_numpy(), expected.to_numpy(), rtol=0, atol=1e-9,
                               equal_nan=True), name
            # Money and rounded doubles print back to the CSV's text.
            decimals = max((len(v.split(".")[1]) for v in theirs if "." in v), default=0)
            printed = ours.map(lambda v: "" if np.isnan(v) else f"{v:.{decimals}f}")
            if decimals > 0:
                assert (printed == theirs).all(), name
        else:
            assert (ours.reset_index(drop=True) == theirs).all(), name


def test_orders_equal_the_csv_with_documented_dtypes(tmp_path):
    tables = ecomgen.generate("flash_sale", scale=0.1, seed=7, tables=["orders"])
    assert list(tables) == ["orders"]
    orders = tables["orders"]
    assert orders["order_id"].dtype == np.int64
    assert str(orders["campaign_id"].dtype) == "Int64"
    assert str(orders["order_ts"].dtype) == "datetime64[ns, UTC]"
    assert str(orders["delivered_ts"].dtype) == "datetime64[ns, UTC]"
    assert orders["delivered_ts"].isna().any()
    assert str(orders["promised_delivery_date"].dtype) == "datetime64[ns]"
    assert orders["channel"].dtype == "category"
    assert orders["total_amount"].dtype == np.float64
    csv = cli_tables(tmp_path, ["flash_sale", "--scale", "0.1", "--seed", "7",
                                "--tables", "orders"])
    assert_same_as_csv(orders, csv["orders"])


def test_every_table_equals_the_csv(tmp_path):
    args = dict(scale=0.05, seed=3, duration="2d")
    tables = ecomgen.generate("payment_outage", **args)
    csv = cli_tables(tmp_path, ["payment_outage", "--scale", "0.05", "--seed", "3",
                                "--duration", "2d"])
    assert sorted(tables) == sorted(csv)
    for name, frame in tables.items():
        assert len(frame) > 0, name
        assert_same_as_csv(frame, csv[name])
    assert tables["customers"]["first_name"].dtype == "string"


@pytest.mark.parametrize("call, message", [
    (lambda: ecomgen.generate("flash_sael"), "flash_sael"),
    (lambda: ecomgen.generate("flash_sale", scale=-1), "--scale"),
    (lambda: ecomgen.generate("flash_sale", duration="4x"), "--duration"),
    (lambda: ecomgen.generate("flash_sale", tables=["ordres"]), "unknown table \"ordres\""),
    (lambda: ecomgen.generate("custom"), "custom needs --config"),
])
def test_bad_input_raises_value_error_with_the_cli_message(call, message):
    with pytest.raises(ValueError, match=message):
        call()


def test_bad_input_message_is_the_cli_one(tmp_path):
    with pytest.raises(ValueError) as raised:
        ecomgen.generate("flash_sale", scale="abc")
    cli = subprocess.run([ECOMGEN, "flash_sale", "--scale", "abc", "--out-dir",
                          str(tmp_path)], capture_output=True, text=True)
    assert cli.returncode == 2
    assert cli.stderr.strip() == "ecomgen: error: " + str(raised.value)
