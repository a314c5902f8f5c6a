"""Reading text typed in capitals the way the detectors read ordinary prose.

Pilots' reports, ambulance and police logs and older case systems write whole lines in
capitals ("CAPT HAWKEN CONSIDERED REJECT ABOVE V1"). There a capital letter no longer says
"a name starts here", and rules built on that cue miss the names and read acronyms as
people. `truecase` returns a copy of the text of exactly the same length in which the lines
written in capitals have their everyday words in lower case, titles and unfamiliar words
capitalised, and acronyms, codes and words that are also names left as they were; the
detectors run on that copy and every offset still indexes the original.
"""

from __future__ import annotations

import bisect
import itertools
import re

from anonymiser.lexicon import Lexicon
from anonymiser.names import NAME_CUES

# A word of letters, with inner apostrophes and hyphens ("O'CONNELL", "OSEI-BONSU").
_WORD_RE = re.compile(r"[^\W\d_]+(?:['’\-][^\W\d_]+)*")
# Two capitals or more as a whole word; starting with a character class lets the engine skip
# to capitals in C instead of trying a word boundary at every position.
_CAPS_WORD_RE = re.compile(r"[A-Z](?<![\w'’\-][A-Z])[A-Z'’\-]*[A-Z]\b")
_TITLES = {
    "mr": "Mr", "mrs": "Mrs", "ms": "Ms", "miss": "Miss", "mx": "Mx", "dr": "Dr",
    "prof": "Prof", "capt": "Capt", "insp": "Insp", "sgt": "Sgt", "cllr": "Cllr",
    "rev": "Rev", "supt": "Supt",
}
_VOWELS = frozenset("aeiouyàáâäèéêëìíîïòóôöùúûüýŵŷ")
# A line counts as written in capitals when at least this share of its words are.
_CAPS_SHARE = 0.8


def truecase(text: str, lex: Lexicon) -> str:
    """The text with its all-capitals lines recased (same length, same offsets)."""
    caps = [m.start() for m in _CAPS_WORD_RE.finditer(text)]
    if len(caps) < 3:
        return text  # the common case: ordinary prose, decided in one C-level scan
    lines = text.split("\n")
    # Only a line with two words in capitals or more can be written in capitals (or, with a
    # single word, be a short line of a report that is); the rest are ordinary.
    per_line = [0] * len(lines)
    line_ends = list(itertools.accumulate(len(line) + 1 for line in lines))
    for at in caps:
        per_line[bisect.bisect_right(line_ends, at)] += 1
    verdicts = [_caps_line(line) if count else False for line, count in zip(lines, per_line,
                                                                            strict=True)]
    if not any(v is True for v in verdicts):
        return text
    shouting = sum(v is True for v in verdicts) >= max(1, len(lines) // 2)
    out: list[str] = []
    for line, verdict in zip(lines, verdicts, strict=True):
        if verdict is True or (verdict is None and shouting):
            line = _recase(line, lex)
        out.append(line)
    recased = "\n".join(out)
    return recased if len(recased) == len(text) else text


def _caps_line(line: str) -> bool | None:
    """True for a line written in capitals, False for one that is not, None when it is too
    short to tell on its own (two words or fewer, all in capitals)."""
    words = [w for w in _WORD_RE.findall(line) if len(w) > 1]
    if not words:
        return False
    caps = sum(w.isupper() for w in words)
    if len(words) <= 2:
        return None if caps == len(words) else False
    return caps >= _CAPS_SHARE * len(words)


def _recase(line: str, lex: Lexicon) -> str:
    chars = list(line)
    n = len(line)
    words = [m for m in _WORD_RE.finditer(line) if m.group().isupper() and len(m.group()) > 1]
    lows = [m.group().lower() for m in words]
    for k, m in enumerate(words):
        word = m.group()
        start, end = m.span()
        if (start and (line[start - 1].isalnum() or line[start - 1] in "-/@._"))\
                or (end < n and (line[end].isalnum() or line[end] in "-/@_")):
            continue  # part of a code, a registration, an e-mail or a reference
        touching = [j for j in (k - 1, k + 1) if 0 <= j < len(lows)
                    and (words[j].start() - end if j > k else start - words[j].end()) <= 2]
        near = {lows[j] for j in touching}
        if lows[k] in _TITLES and k + 1 not in touching:
            continue  # "ALTUN/ZEYNEP MISS": a title only counts before a name
        new = _recase_word(word, lex, near)
        if new == word and _name_beside_name(line, lows, words, k, lex):
            new = _capitalised(lows[k])
        if new == lows[k] and _in_street(line, lows, words, k, lex):
            new = word[0] + lows[k][1:]  # "22 HOLLY BANK": the street keeps its capitals
        if new != word and len(new) == len(word):
            chars[start:end] = new
    return "".join(chars)


def _name_beside_name(line: str, lows: list[str], words: list[re.Match[str]], k: int,
                      lex: Lexicon) -> bool:
    """A word that is both a name and an everyday word ("JACK", "PIKE", "HEATHER", "STOKES")
    stands beside what makes it a name: a title, a word for a person ("DAUGHTER HEATHER",
    "MANAGER: STOKES"), a first name before a surname ("JACK PIKE", "DARREN PIKE"), or a
    first name after a surname and a comma ("PRICE, TIA-LOUISE")."""
    low = lows[k]
    first, sur = low in lex.first_names, low in lex.surnames
    if not (first or sur) or not _everyday(low, lex):
        return False
    start, end = words[k].span()
    prev = lows[k - 1] if k and start - words[k - 1].end() <= 3 \
        and line[words[k - 1].end():start].strip() in ("", ":") else None
    nxt = lows[k + 1] if k + 1 < len(lows) and words[k + 1].start() - end <= 2 else None
    if prev is not None and (prev in _TITLES or prev in NAME_CUES
                             or (sur and prev in lex.first_names)):
        return True
    if first and nxt is not None and line[end:words[k + 1].start()].strip() == "" \
            and nxt in lex.surnames and nxt not in NAME_CUES:
        return True
    return bool(sur and nxt is not None and line[end:words[k + 1].start()].strip() == ","
                and any(p in lex.first_names for p in nxt.split("-")) and not _everyday(nxt, lex))


def _capitalised(low: str) -> str:
    """ "o'connell" -> "O'Connell", "osei-bonsu" -> "Osei-Bonsu", "ana's" -> "Ana's"."""
    parts = re.split(r"(['’\-])", low)
    return "".join(p.capitalize() if i % 2 == 0 and (i == 0 or len(p) > 1) else p
                   for i, p in enumerate(parts))


_PREFIXES = ("re", "un", "non", "pre", "post", "over", "under", "mis", "dis", "co", "de", "in",
             "intra", "inter", "multi", "sub", "semi", "anti", "self", "cross", "out")
_STREET_WORDS = frozenset(
    "street road lane avenue close drive way court crescent place gardens grove terrace hill "
    "row walk mews square park view rise green parade vale brow fold croft wynd gate meadow "
    "meadows mead chase bank end yard wharf quay heights estate farm house cottage edge garth "
    "ings".split()
)
_HOUSE_NUMBER_RE = re.compile(r"(?<![\w/.:-])\d{1,3}[A-Za-z]?[ \t]+$")


def _in_street(line: str, lows: list[str], words: list[re.Match[str]], k: int,
               lex: Lexicon) -> bool:
    """A word of a street or house name written after a house number, up to and including
    its street word ("22 HOLLY BANK", "2 PARK EDGE"), or a street word after a name no list
    knows ("TRELOWEN FARM")."""
    for j in range(k, max(-1, k - 3), -1):
        if j < k and (lows[j] in _STREET_WORDS or words[j + 1].start() - words[j].end() != 1):
            break
        if _HOUSE_NUMBER_RE.search(line, max(0, words[j].start() - 8), words[j].start()):
            # a street only if one of the next few words (from here on) is a street word
            tail = lows[k:min(len(lows), j + 4)]
            return any(w in _STREET_WORDS for w in tail)
    return lows[k] in _STREET_WORDS and k > 0 and words[k - 1].group()[0].isupper() \
        and words[k].start() - words[k - 1].end() == 1 and lows[k - 1] not in _STREET_WORDS \
        and not _everyday(lows[k - 1], lex)


def _everyday(low: str, lex: Lexicon) -> bool:
    """An ordinary word, counting hyphenated compounds ("follow-up", "re-graded") and
    common prefixes ("readmitted", "unaccounted") of ordinary words."""
    if lex.is_common(low):
        return True
    if "-" in low:
        return all(p in _PREFIXES or lex.is_common(p) for p in low.split("-") if p)
    return any(low.startswith(p) and len(low) - len(p) > 3 and lex.is_common(low[len(p):])
               for p in _PREFIXES)


_ENGLISH_ENDINGS = ("ing", "ed", "able", "ible", "tion", "sion", "ment", "ness", "ity", "ous",
                    "ive", "ise", "ize", "ised", "ized", "ator", "ators", "ure", "ism", "ist",
                    "ists", "ally", "ics", "ful", "less", "ship", "ward", "wards")


def _compound(low: str, lex: Lexicon) -> bool:
    """Two everyday words run together ("callback", "winchman", "forename")."""
    return any(lex.is_common(low[:k]) and lex.is_common(low[k:]) for k in range(3, len(low) - 2))


def _recase_word(word: str, lex: Lexicon, near: set[str]) -> str:
    low = word.lower()
    if low in _TITLES:
        return _TITLES[low]
    parts = re.split(r"(['’\-])", low)
    if "-" in word and (any(len(p) == 1 for p in parts[::2])
                        or all(len(p) <= 3 for p in parts[::2])):
        return word  # "G-TVAA": a registration; "MAN-DLM": a route
    names = low in lex.first_names or low in lex.surnames or (
        "-" in low and any(p in lex.first_names for p in parts[::2] if len(p) > 2))
    if low in lex.keep:
        return word  # "CAMHS", "MASH", "NOTAM": kept terms stay as written
    if _everyday(low, lex):
        # An everyday word reads in lower case, unless it is also a name ("WARD", "GRANT"),
        # which stays in capitals for the rules that read capitals as a possible name.
        return word if names else low
    if not names and (len(low) <= 4 or _VOWELS.isdisjoint(low)):
        return word  # "RWY", "NKDA", "ANPR": an acronym
    # A word no list knows is capitalised (read as a possible name) beside a title or a first
    # name ("CAPT HAWKEN", "TOM PASCOE"), or when it is not built like an English word
    # ("GEOCODED", "LIFEJACKETS", "ISOLATOR" stay in capitals).
    if not names and not any(w in _TITLES or w in lex.first_names for w in near) and (
            low.endswith(_ENGLISH_ENDINGS) or _compound(low, lex)):
        return word
    return _capitalised(low)
