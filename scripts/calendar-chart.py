#!/usr/bin/env python3
"""Draws daily orders over a year in each market as one SVG (docs/img/calendar.svg).

Usage: scripts/calendar-chart.py ECOMGEN [OUT.svg]
Generates a 365-day baseline (scale 0.2, seed 42, from 2024-01-01) in the India and the US
market with the given ecomgen binary, counts orders per local day and plots them. Standard
library only.
"""
import csv
import datetime as dt
import glob
import json
import os
import subprocess
import sys
import tempfile

MARKETS = [("in", 5.5, "#c0392b", "India (local days, UTC+5:30)"),
           ("us", -5.0, "#2471a3", "US (local days, UTC-5)")]
START = dt.datetime(2024, 1, 1)
DAYS = 365


def daily_orders(ecomgen, market, offset_hours, scratch):
    config = os.path.join(scratch, market + ".json")
    with open(config, "w") as f:
        json.dump({"name": market + "_year", "extends": "baseline",
                   "business": {"market": market}}, f)
    out = os.path.join(scratch, market)
    subprocess.run([ecomgen, "custom", "--config", config, "--scale", "0.2", "--seed", "42",
                    "--duration", f"{DAYS}d", "--start", START.strftime("%Y-%m-%dT%H:%M:%SZ"),
                    "--tables", "orders", "--quiet", "--out-dir", out], check=True)
    counts = [0] * (DAYS + 1)
    offset = dt.timedelta(hours=offset_hours)
    with open(glob.glob(os.path.join(out, "*orders.csv"))[0], newline="") as f:
        for row in csv.DictReader(f):
            ts = dt.datetime.strptime(row["order_ts"][:19], "%Y-%m-%dT%H:%M:%S") + offset
            index = (ts.date() - START.date()).days
            if 0 <= index <= DAYS:
                counts[index] += 1
    return counts[1:DAYS]  # whole local days only


def svg(series):
    width, height, left, right, top, bottom = 960, 360, 56, 16, 28, 40
    peak = max(max(counts) for counts in series) * 1.05
    x = lambda i: left + i * (width - left - right) / (DAYS - 2)
    y = lambda v: top + (1 - v / peak) * (height - top - bottom)
    out = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" '
           f'font-family="sans-serif" font-size="12">',
           f'<rect width="{width}" height="{height}" fill="white"/>',
           f'<text x="{left}" y="18" font-size="14">Orders per day over 2024, baseline at '
           f'scale 0.2 (500 orders a day on average), seed 42</text>']
    for tick in range(0, int(peak) + 1, 250):
        out.append(f'<line x1="{left}" x2="{width - right}" y1="{y(tick):.1f}" '
                   f'y2="{y(tick):.1f}" stroke="#ddd"/>')
        out.append(f'<text x="{left - 6}" y="{y(tick) + 4:.1f}" text-anchor="end">{tick}</text>')
    for month in range(1, 13):
        i = (dt.date(2024, month, 1) - START.date()).days - 1
        label = dt.date(2024, month, 1).strftime("%b")
        out.append(f'<text x="{x(max(i, 0)):.1f}" y="{height - bottom + 16}">{label}</text>')
    for n, ((_, _, colour, label), counts) in enumerate(zip(MARKETS, series)):
        points = " ".join(f"{x(i):.1f},{y(v):.1f}" for i, v in enumerate(counts))
        out.append(f'<polyline points="{points}" fill="none" stroke="{colour}" '
                   f'stroke-width="1.2"/>')
        out.append(f'<text x="{width - right - 240}" y="{top + 16 + 16 * n}" '
                   f'fill="{colour}">{label}</text>')
    out.append("</svg>")
    return "\n".join(out) + "\n"


def main():
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    target = sys.argv[2] if len(sys.argv) > 2 else "docs/img/calendar.svg"
    with tempfile.TemporaryDirectory() as scratch:
        series = [daily_orders(sys.argv[1], market, offset, scratch)
                  for market, offset, _, _ in MARKETS]
    with open(target, "w") as f:
        f.write(svg(series))


if __name__ == "__main__":
    main()
