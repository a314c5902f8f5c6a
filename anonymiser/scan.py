"""Fast scanning: run an expensive pattern only near cheap anchors.

Python's regex engine tries a pattern at every position of the text unless the pattern begins
with a literal or a character class. Most detector patterns begin with a word boundary, an
optional title or a look-behind, so scanning a report with each of them in turn costs far
more than everything else the anonymiser does. Instead each detector names the few
characters its matches must contain (a digit, "@", a month, "aged") and the full pattern is
only tried in a small window around those anchors. The matches are the ones the pattern would
find on its own, as long as the window covers the longest match around an anchor.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from functools import lru_cache


def positions(low: str, needles: Iterable[str], word_start: bool = False,
              start: int = 0, end: int | None = None) -> list[int]:
    """Return the sorted start offsets of every occurrence of any needle in low[start:end]
    (only those that begin a word when word_start is set)."""
    needles = tuple(needles)
    stop = len(low) if end is None else end
    if len(needles) > 4 and not (word_start and len(needles) <= 24):
        # One pass of a literal alternation beats a str.find loop per needle. It reports one
        # match per start and none inside another match, which only matters mid-word.
        found = [m.start() for m in _alternation(needles).finditer(low, start, stop)]
    else:
        found = []
        append = found.append
        find = low.find
        for needle in needles:
            i = find(needle, start, stop)
            while i >= 0:
                append(i)
                i = find(needle, i + 1, stop)
        found = sorted(set(found))  # "ref" and "reference" both start at the same place
    if word_start:
        found = [i for i in found if not (i and (low[i - 1].isalnum() or low[i - 1] == "_"))]
    return found


@lru_cache(maxsize=64)
def _alternation(needles: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile("|".join(re.escape(n) for n in sorted(needles, key=len, reverse=True)))


def word_trie(words: Iterable[str]) -> str:
    """A regular expression matching any of the words, built as a trie so the engine branches
    on each letter once instead of trying every word in turn (hundreds of cue words)."""
    trie: dict[str, dict] = {}
    for word in words:
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict[str, dict]) -> str:
        ends = "" in node
        branches = [re.escape(ch) + build(child) for ch, child in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if ends else body

    return "(?:" + build(trie) + ")"


def leading_words(words: Iterable[str], guard: str = r"\w", ignore_case: bool = False) -> str:
    """A pattern for any of the words that starts with a plain character class, so Python's
    regular-expression engine skips in C to the positions where one of the words can begin.

    A pattern that starts with a look-behind or ``\b`` (as "a whole word from this list" does)
    is tried at every position of the text; this one is tried only at its first letters. The
    look-behind ``guard`` (what may not come before a word) is checked after the first letter,
    and each branch checks which first letter it follows.
    """
    groups: dict[str, set[str]] = {}
    for word in words:
        first = word[0].lower() if ignore_case else word[0]
        groups.setdefault(first, set()).add(word[1:].lower() if ignore_case else word[1:])
    firsts = sorted(groups)
    chars = "".join(re.escape(c) + (re.escape(c.upper()) if ignore_case and c.upper() != c else "")
                    for c in firsts)
    branches = []
    for c in firsts:
        rests = groups[c]
        tail = word_trie(r for r in rests if r) if any(rests) else ""
        if "" in rests and tail:
            tail = f"(?:{tail})?"
        ahead = f"[{re.escape(c)}{re.escape(c.upper())}]" if ignore_case else re.escape(c)
        branches.append(f"(?<={ahead}){tail}")
    body = "|".join(branches)
    if ignore_case:
        body = f"(?i:{body})"
    return f"[{chars}](?<!{guard}.)(?:{body})"


def anchors(pattern: re.Pattern[str], text: str) -> list[int]:
    """Return the start offsets of a cheap anchor pattern (one that begins with a literal)."""
    return [m.start() for m in pattern.finditer(text)]


def near(
    pattern: re.Pattern[str], text: str, where: Iterable[int], before: int, after: int
) -> Iterator[re.Match[str]]:
    """Yield non-overlapping matches of pattern that start at most `before` characters
    before an anchor and end at most `after` characters after it, left to right."""
    n = len(text)
    last = 0
    for a in where:
        if a < last:
            continue
        lo = max(last, a - before)
        hi = min(n, a + after)
        m = pattern.search(text, lo, hi)
        if m is None or m.start() > a:
            continue
        last = max(m.end(), m.start() + 1)
        yield m


def match_at(pattern: re.Pattern[str], text: str, starts: Iterable[int]) -> Iterator[re.Match[str]]:
    """Yield non-overlapping matches of pattern that begin exactly at one of the sorted starts."""
    last = 0
    for s in starts:
        if s < last:
            continue
        m = pattern.match(text, s)
        if m is not None:
            last = max(m.end(), s + 1)
            yield m


def cued(pattern: re.Pattern[str], text: str, stems: tuple[str, ...]) -> Iterator[re.Match[str]]:
    """The matches `pattern.finditer(text)` would give, for a pattern whose every match begins
    at the start of a word with one of the lower-case `stems` (in any case): the pattern is
    only tried where a stem begins a word of the lower-cased text."""
    low = lowered(text)
    if low is text:  # lower-casing would move offsets: no stems to look for
        return pattern.finditer(text)
    return match_at(pattern, text, positions(low, stems, word_start=True))


def digit_run_starts(pattern: re.Pattern[str], text: str) -> list[int]:
    """Return where the digit runs begin that contain a match of a digit-led anchor pattern."""
    out: list[int] = []
    for m in pattern.finditer(text):
        i = m.start()
        while i > 0 and text[i - 1].isdigit():
            i -= 1
        out.append(i)
    return out


_DIGITS_RE = re.compile(r"\d+")


@lru_cache(maxsize=4)
def digit_runs(text: str) -> tuple[tuple[int, int], ...]:
    """Return (start, end) of every run of digits; cached so each report is scanned once."""
    return tuple(m.span() for m in _DIGITS_RE.finditer(text))


def digit_starts(text: str) -> list[int]:
    """Return where each run of digits begins, in order."""
    return [s for s, _ in digit_runs(text)]


@lru_cache(maxsize=4)
def lowered(text: str) -> str:
    """Return text lower-cased, or the text itself when lower-casing would shift offsets."""
    low = text.lower()
    return low if len(low) == len(text) else text


def starts_before_digits(text: str, offsets: Iterable[int], min_len: int = 1) -> list[int]:
    """Return the positions `offsets` characters before each digit run of min_len or more."""
    out = {
        s - k for s, e in digit_runs(text) if e - s >= min_len for k in offsets if s - k >= 0
    }
    return sorted(out)


@lru_cache(maxsize=4)
def code_starts(text: str) -> tuple[int, ...]:
    """Return where letter-led codes begin: the letters just before a digit run, allowing one
    separator between them ("AB12", "CP/2024", "NW1 6XE", "U2 8023"), one start per run."""
    out: list[int] = []
    for s, _ in digit_runs(text):
        p = s
        if p > 0 and text[p - 1] in " -/":
            p -= 1
        q = p
        while q > 0 and text[q - 1].isalpha():
            q -= 1
        if q < p:
            out.append(q)
        if p < s:
            # "U2 8023": the letters may also touch the digits directly.
            q = s
            while q > 0 and text[q - 1].isalpha():
                q -= 1
            if q < s:
                out.append(q)
    return tuple(sorted(set(out)))
