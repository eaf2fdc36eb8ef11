#!/usr/bin/env python3
"""The customers table as a user would otherwise write it: numpy + pandas + Faker, to CSV.

Usage: customers_faker.py ROWS [OUT.csv]

Writes the same columns as ecomgen's customers table (customer_id .. preferred_support_channel)
and prints the rows per second, counting generation and the CSV write, as ecomgen does. The
columns Faker has no notion of (categories, dates) are drawn with numpy, vectorized over all
rows; only the text columns go through Faker one row at a time, which is how such scripts are
usually written and the fastest fair use of Faker. Debian: python3-pandas python3-numpy
python3-fake-factory (Faker).

The last line of output is "rows_per_s=<number>", for scripts.
"""

import os
import sys
import tempfile
import time

import numpy as np
import pandas as pd
from faker import Faker

CITIES = {
    "Mumbai": "west", "Pune": "west", "Ahmedabad": "west", "Delhi": "north", "Jaipur": "north",
    "Lucknow": "north", "Kolkata": "east", "Patna": "east", "Bengaluru": "south",
    "Chennai": "south", "Hyderabad": "south", "Coimbatore": "south",
}
GENERATIONS = ["gen_z", "millennial", "gen_x", "boomer"]
GENERATION_SHARES = [0.28, 0.35, 0.25, 0.12]
# Birth years per generation (first, last).
BIRTH_YEARS = {"gen_z": (1997, 2006), "millennial": (1981, 1996), "gen_x": (1965, 1980),
               "boomer": (1946, 1964)}
ACQUISITION = ["paid_social", "influencer", "organic", "direct", "referral"]
CHANNELS = ["web", "mobile_web", "mobile_app"]
PAYMENTS = ["card", "bnpl", "upi", "cod"]
SUPPORT = ["chat", "whatsapp", "social_media", "email", "phone"]
EMAIL_DOMAINS = ["gmail.com", "yahoo.com", "outlook.com", "rediffmail.com"]


def generate(rows: int, seed: int = 42) -> pd.DataFrame:
    rng = np.random.default_rng(seed)
    fake = Faker("en_US")
    fake.seed_instance(seed)

    first = [fake.first_name() for _ in range(rows)]
    last = [fake.last_name() for _ in range(rows)]
    phone = [fake.phone_number() for _ in range(rows)]
    ids = np.arange(1, rows + 1)
    domains = rng.choice(EMAIL_DOMAINS, size=rows, p=[0.7, 0.15, 0.1, 0.05])
    email = [f"{f.lower()}.{l.lower()}{i}@{d}" for f, l, i, d in zip(first, last, ids, domains)]

    generation = rng.choice(GENERATIONS, size=rows, p=GENERATION_SHARES)
    first_year = np.array([BIRTH_YEARS[g][0] for g in GENERATIONS])[
        pd.Categorical(generation, categories=GENERATIONS).codes]
    last_year = np.array([BIRTH_YEARS[g][1] for g in GENERATIONS])[
        pd.Categorical(generation, categories=GENERATIONS).codes]
    year = rng.integers(first_year, last_year + 1)
    birth = (pd.to_datetime(year.astype(str), format="%Y")
             + pd.to_timedelta(rng.integers(0, 365, size=rows), unit="D"))

    city_names = np.array(list(CITIES))
    city = rng.choice(city_names, size=rows)
    region = pd.Series(city).map(CITIES).to_numpy()

    window_start = pd.Timestamp("2021-10-01", tz="UTC")
    signup = window_start + pd.to_timedelta(rng.integers(0, 3 * 365 * 86400, size=rows), unit="s")

    return pd.DataFrame({
        "customer_id": ids,
        "first_name": first,
        "last_name": last,
        "email": email,
        "phone": phone,
        "birth_date": birth.strftime("%Y-%m-%d"),
        "generation": generation,
        "city": city,
        "region": region,
        "country": "India",
        "signup_ts": signup.strftime("%Y-%m-%dT%H:%M:%SZ"),
        "acquisition_channel": rng.choice(ACQUISITION, size=rows),
        "preferred_channel": rng.choice(CHANNELS, size=rows),
        "preferred_payment_method": rng.choice(PAYMENTS, size=rows),
        "preferred_support_channel": rng.choice(SUPPORT, size=rows),
    })


def main() -> int:
    if len(sys.argv) not in (2, 3) or not sys.argv[1].isdigit() or int(sys.argv[1]) <= 0:
        print(__doc__.strip().splitlines()[2], file=sys.stderr)
        return 2
    rows = int(sys.argv[1])
    with tempfile.TemporaryDirectory() as tmp:
        out = sys.argv[2] if len(sys.argv) == 3 else os.path.join(tmp, "customers.csv")
        start = time.perf_counter()
        frame = generate(rows)
        generated = time.perf_counter()
        frame.to_csv(out, index=False)
        done = time.perf_counter()
        size = os.path.getsize(out)
    total = done - start
    print(f"rows={rows} generate_s={generated - start:.3f} write_s={done - generated:.3f} "
          f"total_s={total:.3f} MB={size / 1e6:.1f}")
    print(f"rows_per_s={rows / total:.0f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
