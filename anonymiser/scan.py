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
    (only those that begin a word when word_start is set). A string of one character is one
    needle; a longer string is refused, since iterating it would look for each of its letters."""
    if isinstance(needles, str) and len(needles) > 1:
        raise TypeError(f"positions() takes an iterable of needles, not the string {needles!r}")
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


_WORD_RUN_RE = re.compile(r"\w+")
# The characters IGNORECASE matches to an ASCII letter that str.lower() does not turn into that
# letter ("ſ" for s, "ı" and "İ" for i): with one in a report, lower-cased words are no guide.
_ODD_FOLDS = ("ſ", "ı", "İ")


def first_words(words: Iterable[str]) -> frozenset[str]:
    """The lower-cased first run of word characters of each of the words or phrases ("guinea
    pig" gives "guinea"): what word_starts looks for. The words are written in Latin letters
    up to U+024F, which IGNORECASE folds as str.lower() does (bar the _ODD_FOLDS)."""
    out: set[str] = set()
    for word in words:
        m = _WORD_RUN_RE.match(word.lower())
        if m is None or any(ord(ch) >= 0x250 or ch in _ODD_FOLDS for ch in word):
            raise ValueError(f"not a plain Latin word: {word!r}")
        out.add(m.group())
    return frozenset(out)


@lru_cache(maxsize=4)
def word_index(text: str) -> dict[str, list[int]] | None:
    """Map each lower-cased run of word characters in text to where it starts, in order;
    None when the report holds a character that lower-casing does not fold as IGNORECASE does.
    Cached so each report is split once for every pass that asks."""
    if any(ch in text for ch in _ODD_FOLDS):
        return None
    index: dict[str, list[int]] = {}
    for m in _WORD_RUN_RE.finditer(text):
        word = m.group().lower()
        starts = index.get(word)
        if starts is None:
            index[word] = [m.start()]
        else:
            starts.append(m.start())
    return index


def word_starts(text: str, firsts: frozenset[str]) -> list[int] | None:
    """Return, in order, where a whole run of word characters that is one of `firsts` (in any
    case) begins; None when the report cannot be read that way (see word_index)."""
    index = word_index(text)
    if index is None:
        return None
    if len(firsts) <= len(index):
        hits = [index[w] for w in firsts if w in index]
    else:
        hits = [starts for w, starts in index.items() if w in firsts]
    if len(hits) == 1:
        return hits[0]
    return sorted(s for starts in hits for s in starts)


def word_led(pattern: re.Pattern[str], text: str,
             firsts: frozenset[str]) -> Iterator[re.Match[str]]:
    """The matches `pattern.finditer(text)` would give, for a pattern whose every match begins
    where a whole run of word characters begins that is one of `firsts` (in any case): the
    pattern is only tried at those words."""
    starts = word_starts(text, firsts)
    if starts is None:
        return pattern.finditer(text)
    return match_at(pattern, text, starts)


def has_word(text: str, firsts: frozenset[str]) -> bool:
    """False only when no whole run of word characters in text is one of `firsts` in any
    case (a test for patterns scanned over the whole report, not over a window of it)."""
    starts = word_starts(text, firsts)
    return starts is None or bool(starts)


def mentions(text: str, words: Iterable[str]) -> bool:
    """False only when none of the lower-case Latin words occurs anywhere in text, in any case,
    even inside another word (so it also rules out matches in any window of the text)."""
    low = lowered(text)
    if low is text or any(ch in text for ch in _ODD_FOLDS):
        return True
    return any(w in low for w in words)


def space_led(pattern: re.Pattern[str], text: str,
              firsts: frozenset[str]) -> Iterator[re.Match[str]]:
    """The matches `pattern.finditer(text)` would give, for a pattern whose every match is a
    run of spaces or tabs and then a whole word that is one of `firsts` (in any case): the
    pattern is only tried where the run before each such word begins. (A match ends on a word
    character, so the next one can never begin inside a run.)"""
    starts = word_starts(text, firsts)
    if starts is None:
        return pattern.finditer(text)
    runs: list[int] = []
    for v in starts:
        i = v
        while i > 0 and text[i - 1] in " \t":
            i -= 1
        if i < v:
            runs.append(i)
    return match_at(pattern, text, runs)


def before_each(text: str, needle: str, offsets: tuple[int, ...],
                skip_blanks: bool = False) -> list[int]:
    """Return, in order, the positions `offsets` characters before each occurrence of needle
    (before the spaces and tabs in front of it, with skip_blanks): where a pattern is tried
    whose every match runs a fixed number of characters up to that needle."""
    out: set[int] = set()
    p = text.find(needle)
    while p >= 0:
        q = p
        if skip_blanks:
            while q > 0 and text[q - 1] in " \t":
                q -= 1
        out.update(q - k for k in offsets if q >= k)
        p = text.find(needle, p + 1)
    return sorted(out)
