#!/usr/bin/env python3
"""Rebuild anonymiser/data/world_first_names.txt and world_surnames.txt.

    python -m venv /tmp/names && /tmp/names/bin/pip install -r bench/anonymiser/requirements-names.txt
    PYTHONPATH=. /tmp/names/bin/python bench/anonymiser/make_world_names.py

The hand-kept lists (first_names.txt, surnames.txt) hold the names most often met in UK reports
but miss many that practitioners, families and crews do carry (Lars, Sven, Nate, Sami, Tomek,
Lindqvist). Source: the person-name tables of the pinned `Faker` package (MIT licence, see
world_names.LICENSE.txt), every locale, Latin script only. Kept out, so that the lists add
names and not noise: anything already on the hand-kept lists, a kept term, an everyday or
English word (the lexicon's lists, with their inflections: "theres", "ambers") or one that an
"s" or "es" makes one ("clas", "math"), a UK place, and words
shorter than three letters; a three-letter first name must be a first name in at least three locales ("Ulf", "Ole", "Liv",
not "Neo", which is also the neonatal unit). Written lower-cased, sorted, one per line.
"""
from __future__ import annotations

import importlib
import pathlib
import pkgutil
import re
import sys
from collections import defaultdict

import faker  # type: ignore[import-not-found]
import faker.providers.person as person  # type: ignore[import-not-found]

ROOT = pathlib.Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from anonymiser.lexicon import _inflected_common, _lines, _words, is_drug_name, lexicon  # noqa: E402

DATA = ROOT / "anonymiser" / "data"
LATIN = re.compile(r"^[A-Za-zÀ-ÖØ-öø-ÿĀ-ž]+(?:['’\-][A-Za-zÀ-ÖØ-öø-ÿĀ-ž]+)*$")
TABLES = {
    "first": ("first_names", "first_names_male", "first_names_female", "first_names_nonbinary"),
    "last": ("last_names", "last_names_male", "last_names_female"),
}
OUT = {"first": DATA / "world_first_names.txt", "last": DATA / "world_surnames.txt"}
# Clipped words of the reports that Faker lists as names and that are not kept terms: "heli
# ops" is a helicopter, but a kept "heli" would also keep the callsign "Heli 21", which only
# the name rules' reading of an unknown capitalised word hides today.
NOT_NAMES = frozenset({"heli", "helis"})
HEADER = """\
# {what} from the person-name tables of Faker {version} (MIT licence, world_names.LICENSE.txt),
# every locale, Latin script, less the hand-kept lists, kept terms, everyday and English words
# and UK places. Rebuilt by bench/anonymiser/make_world_names.py; lower case, one per line.
"""


def locales() -> dict[str, dict[str, set[str]]]:
    """For each kind of name, each name and the locales that list it."""
    found: dict[str, dict[str, set[str]]] = {kind: defaultdict(set) for kind in TABLES}
    for module in pkgutil.iter_modules(person.__path__):
        provider = getattr(importlib.import_module(f"{person.__name__}.{module.name}"),
                           "Provider", None)
        if provider is None:
            continue
        for kind, tables in TABLES.items():
            for table in tables:
                names = getattr(provider, table, None)
                if not isinstance(names, (list, tuple, dict, set)):
                    continue  # a property computed from other tables
                for name in names:
                    name = name.strip()
                    if LATIN.match(name):
                        found[kind][name.lower()].add(module.name)
    return found


def main() -> None:
    lex = lexicon()
    places = _lines("uk_places.txt") | lex.places
    hand = _words("first_names.txt") | _words("surnames.txt")  # the lexicon also holds these lists
    def ordinary(name: str) -> bool:
        # Lexicon.is_common, less its exception for names: the lexicon loaded here already
        # holds the world lists, so the exception would let every listed word through.
        return name in lex.common or _inflected_common(lex.common, name) or is_drug_name(name)
    for kind, names in locales().items():
        kept = sorted(
            name for name, where in names.items()
            if len(name) >= 3
            and not (kind == "first" and len(name) == 3 and len(where) < 3)
            and name not in hand and name not in NOT_NAMES
            and name not in lex.keep and not ordinary(name) and name not in lex.english
            and name not in places
            # "clas" + "s", "math" + "s": the name finder reads a plural as a name's plural
            and not any(name + end in lex.english or ordinary(name + end)
                        for end in ("s", "es"))
        )
        what = "First names" if kind == "first" else "Surnames"
        OUT[kind].write_text(HEADER.format(what=what, version=faker.VERSION)
                             + "\n".join(kept) + "\n", encoding="utf-8")
        print(f"wrote {len(kept)} {what.lower()} to {OUT[kind]}")


if __name__ == "__main__":
    main()
