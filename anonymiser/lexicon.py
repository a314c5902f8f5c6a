"""Word lists shipped in anonymiser/data, loaded once and cached.

Lists are plain text so an organisation can read (and challenge) exactly what the detector
believes is a name, an ordinary word or a term that must survive redaction.

There are two lists of ordinary words: ``common_words.txt`` (about 24,000 words) decides whether
a capitalised word could be a name, and the much smaller ``basic_words.txt`` decides whether a
word before "Team", "Lane" or "Surgery" merely describes it ("Transport Team") or is part of a
proper name ("Riverside Surgery"), where a long dictionary would be too generous. A third,
``english_words.txt.gz`` (SCOWL's large British list, 115,000 words), only tells a word of English
from one no dictionary knows ("rahmat", "samiullah").
"""

from __future__ import annotations

import gzip
import re
from dataclasses import dataclass, field, replace
from functools import lru_cache
from importlib import resources


def _read(name: str) -> str:
    return (resources.files("anonymiser") / "data" / name).read_text(encoding="utf-8")


def _words(name: str) -> frozenset[str]:
    words: set[str] = set()
    for line in _read(name).splitlines():
        if line.lstrip().startswith("#"):
            continue
        words.update(w.lower() for w in line.split())
    return frozenset(words)


def _english() -> frozenset[str]:
    raw = (resources.files("anonymiser") / "data" / "english_words.txt.gz").read_bytes()
    text = gzip.decompress(raw).decode("utf-8")
    return frozenset(w for w in text.split("\n") if w and not w.startswith("#"))


def _lines(name: str) -> frozenset[str]:
    return frozenset(
        line.strip().lower()
        for line in _read(name).splitlines()
        if line.strip() and not line.lstrip().startswith("#")
    )


@dataclass(frozen=True, slots=True, eq=False)
class Lexicon:
    """The gazetteers and stop lists the name and place detectors consult. Compared and hashed
    by identity: it is a key of many caches, and one is built per process (`lexicon()`)."""

    first_names: frozenset[str]
    surnames: frozenset[str]
    common: frozenset[str]
    keep: frozenset[str]
    eponyms: frozenset[str]
    places: frozenset[str]
    basic: frozenset[str] = frozenset()
    phrases: frozenset[str] = frozenset()
    # The places only the gazetteer knows (villages and small towns, in `places` too): rare
    # enough that a strong person cue ("T. Ramsbottom") outweighs them.
    villages: frozenset[str] = frozenset()
    # Every English word a large spelling dictionary knows (SCOWL, data/english_words.txt.gz):
    # not what decides a name, only whether a lower-case word is English at all.
    english: frozenset[str] = frozenset()
    # The names only the world lists know (data/world_*.txt, from Faker's tables), in
    # `first_names` or `surnames` too: names of many languages, but also, in capitals, some
    # acronyms ("HUET", "CAIT"), which the hand-kept lists never needed to rule out.
    world: frozenset[str] = frozenset()

    # Answers of is_common for words outside the word list, which every rule asks about again
    # and again; cleared when large (it holds words seen in reports).
    _uncommon_memo: dict[str, bool] = field(
        default_factory=dict, init=False, compare=False, hash=False, repr=False)

    def is_common(self, lower: str) -> bool:
        """Return True for an ordinary English word, allowing simple inflections."""
        if lower in self.common:
            return True
        memo = self._uncommon_memo
        known = memo.get(lower)
        if known is None:
            if len(memo) > 50_000:
                memo.clear()
            known = memo[lower] = not (lower in self.first_names or lower in self.surnames) and (
                # "james" is not jam + es, "parker" is not park + er
                _inflected_common(self.common, lower) or is_drug_name(lower))
        return known

    def is_basic(self, lower: str) -> bool:
        """Return True for a core everyday word (see data/basic_words.txt), with inflections."""
        if lower in self.basic:
            return True
        if lower in self.first_names or lower in self.surnames:
            return False
        return _inflected_common(self.basic, lower)


@lru_cache(maxsize=65536)
def _inflected_common(common: frozenset[str], lower: str) -> bool:
    """Check inflected forms; cached because reports repeat the same words constantly."""
    # Derive inflected forms instead of listing them: a handful of suffix rules covers most
    # of what appears in reports without shipping a full morphological dictionary.
    for suffix, repl in _SUFFIXES:
        if lower.endswith(suffix) and len(lower) - len(suffix) >= 3:
            stem = lower[: len(lower) - len(suffix)] + repl
            if stem in common:
                return True
    return False


# Medicines are named by the WHO's international non-proprietary name stems, which English
# names do not end in: hydroxyzine, ramipril, bisoprolol, lansoprazole, clarithromycin...
_DRUG_RE = re.compile(
    r"(?:zine|pril|olol|alol|azole|mycin|cillin|cycline|statin|sartan|dipine|oxacin|parin|"
    r"tidine|triptan|setron|lukast|gliptin|gliflozin|umab|ximab|zumab|tinib|ciclovir|navir|"
    r"zepam|azolam|peridol|apine|oxetine|semide|thiazide|profen|fenac|codone|morphine|caine|"
    r"dronate|olone|asone|amol|tyline|pramine|xaban|gatran|farin|pramide|afil|tropium|"
    r"terol|prost|vudine|iclone|pidem)$"
)


def is_drug_name(lower: str) -> bool:
    """True for a word built on a medicine-name stem (and long enough not to be a name)."""
    return len(lower) >= 7 and _DRUG_RE.search(lower) is not None


_SUFFIXES: tuple[tuple[str, str], ...] = (
    ("ies", "y"),
    ("ied", "y"),
    ("es", ""),
    ("s", ""),
    ("ed", ""),
    ("ed", "e"),
    ("ing", ""),
    ("ing", "e"),
    ("ly", ""),
    ("er", ""),
    ("ers", ""),
    ("ness", ""),
    ("ment", ""),
    ("ful", ""),
)


# Place names ending in these words are as often a street or a building as a village.
_STREETISH = frozenset(
    "road street lane avenue way drive close court crescent place gardens grove terrace hill row "
    "walk mews square park view rise green parade vale gate estate end bank".split()
)


def _gazetteer(lex: Lexicon) -> frozenset[str]:
    """The UK towns, villages and islands of data/uk_places.txt and uk_islands.txt that can
    be read as places wherever they are written: not a first name or surname ("Barry", "Ashley"), not an
    everyday word ("Deal", "March"), not a kept term, and not a two-word place that reads
    as a person ("Ashley Green") or a street ("Abbey Road")."""
    out: set[str] = set()
    names = lex.first_names | lex.surnames
    for place in _lines("uk_places.txt") | _lines("uk_islands.txt"):
        words = place.split()
        if len(words) == 1:
            if place in names or place in lex.keep or lex.is_common(place):
                continue
        elif words[-1] in _STREETISH or (words[0] in lex.first_names and words[-1] in names) \
                or "," in place:
            continue
        out.add(place)
    return frozenset(out)


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    """Return the shipped lexicon, loading the data files on first use."""
    first_names, surnames = _words("first_names.txt"), _words("surnames.txt")
    world_first, world_sur = _words("world_first_names.txt"), _words("world_surnames.txt")
    lex = Lexicon(
        first_names=first_names | world_first,
        surnames=surnames | world_sur,
        common=_words("common_words.txt"),
        keep=_words("keep_terms.txt"),
        eponyms=_words("eponyms.txt"),
        places=_lines("places.txt") | _lines("world_places.txt"),
        basic=_words("basic_words.txt"),
        phrases=_lines("keep_phrases.txt"),
        english=_english(),
        world=(world_first | world_sur) - first_names - surnames,
    )
    villages = _gazetteer(lex) - lex.places
    return replace(lex, places=lex.places | villages, villages=villages)
