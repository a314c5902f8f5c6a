"""Where a kept name's edges belong, once overlaps are settled.

Each detector finds a name by what it knows, and leaves the single letters beside it to whoever
finds them: the name finder takes "Tom B" but the tagger's "Farrow" leaves the "L" of
"L Farrow", a chat handle "Kofi A:" keeps its "A", a table cell "Okafor, N" keeps its comma
between two spans, and "Olu Adébáyọ̀" loses the accent typed as a combining mark. An initial
beside a name is part of the name: it narrows who the person is. Worked out here for every kept
name whichever detector found it, after `resolve`, so no detector has to know the others.

The full stop of a closing initial ("Ruth K.") is the initial's own; the span takes it, and the
replacement gives it back where it also ended the sentence ("... told Ruth K." -> "... told
Person A.").
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import replace

from anonymiser.candidates import Candidate
from anonymiser.model import Span
from anonymiser.names import WORD_BEFORE_RE
from anonymiser.temporal import NAME_DAYS, WHEN_BEFORE_RE

# "B. Sørensen", "C.O'B", "d. o'rourke": a letter and its full stop before a name.
_DOTTED_BEFORE_RE = re.compile(r"(?<![\w.'’&/°-])([A-Za-z])\.[ \t]?$")
# "L Farrow": a capital on its own before a name; not "A" or "I", which are words.
_BARE_BEFORE_RE = re.compile(r"(?<![\w.'’&/-])([B-HJ-Z]) $")
# The word before such a letter, when it makes the letter a label: "Ward C", "Plan B".
_LABELLED_BY = frozenset(
    """plan grade type category cat vitamin vit hep hepatitis bay ward block wing zone gate stand
    level part class section sect schedule appendix annex annexe option unit room team group side
    pod area hall floor flat house stage step phase tier band site row seat box door exit lane
    bed cell landing corridor court route runway rwy taxiway twy apron hold hangar bus coach
    shift watch crew squad line pier terminal concourse division platoon list item priority
    risk strep grp blood bag kit drawer tray cylinder pack""".split()
)
# "Sunday Eze", "April Mensah": a day or month that is also a first name, before a surname,
# unless a preposition makes it the day or month ("on Sunday Patel rang": WHEN_BEFORE_RE).
_NAME_DAY_BEFORE_RE = re.compile(r"(?<![\w'’-])(?:" + "|".join(NAME_DAYS) + r")[ \t]$")
# After a name: a capital ("Kofi A:", "Jo B,"), or ", N" in "Okafor, N"; "A" and "I" only
# where no sentence could go on (before a colon, a cell's bar, a bracket or the line's end).
_AFTER_RE = re.compile(r"(,?[ \t])([A-Z])(?![\w'’&/+-])")
_CLOSED_AFTER_RE = re.compile(r"\.?[ \t]*(?:[:|)]|\n|$)")
# "amber l's": a lower-case letter after a lower-case name.
_LOWER_AFTER_RE = re.compile(r"([ \t])([b-hj-wyz])(?=['’]s\b|[ \t]*[,:;)|]|[ \t]*\n|[ \t]*$)")
# After "Okafor, N": what lets the letter be the initial of the name before it, not a side, a
# wing or a list's next item ("Patel, R knee", "Code Blue, D wing").
_AFTER_COMMA_INITIAL_RE = re.compile(
    r"\.?(?:[ \t]*(?:[:|)]|\n|$)|\t|[ \t]+(?:on|in|at|and|to|was|is|has|had|from|for|with|"
    r"said|who|re)\b)")
# A full stop after a closing initial that also ends a sentence.
_SENTENCE_AFTER_RE = re.compile(r"[ \t]*(?:\n|$)|[ \t]+[A-Z\"“(]")

# After an address: the kind of place it is, in lower case; a locality word after a town.
_PLACE_NOUN_AFTER_RE = re.compile(r"[ \t]+(?:estate|site|flats|townland|car[ \t]+park)(?![\w'’-])")
_LOCALITY_AFTER_RE = re.compile(
    r"[ \t]+(?:Cross|Marsh|Moor|Heath|Common|Bottom|Side)(?![\w'’-])")
# Before an address: its flat, unit or plot number ("Flat 2/1, ", "Unit 4, "), or a Scottish
# tenement flat ("3F1, "); not a meeting room ("Room 2, Calder House").
_UNIT_BEFORE_RE = re.compile(
    r"(?<![\w/])(?:(?:[Ff]lat|[Uu]nit|[Pp]lot|Croft|Apartment|Apt)[ \t]*\d[\dA-Za-z/]{0,4}"
    r"|\d{1,2}F\d{1,2}),?[ \t]*$")

DOT = "initial's full stop"


_NAME_DAYS = tuple(f"{day}{gap}" for day in NAME_DAYS for gap in " \t")


def _letter_before(text: str, start: int) -> bool:
    """Cheaply, whether a letter on its own (with or without a full stop) may stand just
    before `start`: "L Farrow", "B. Sørensen", "C.O'B"; the patterns then decide."""
    p = start - 1
    if p < 1:
        return False
    ch = text[p]
    if ch == ".":
        return text[p - 1].isalpha()
    if ch == " " or ch == "\t":
        prev = text[p - 1]
        if prev == ".":
            return p >= 2 and text[p - 2].isalpha()
        return prev.isalpha() and (p < 2 or not text[p - 2].isalnum())
    return False


def _is_combining(ch: str) -> bool:
    return unicodedata.combining(ch) > 0


def widen(text: str, kept: list[Candidate]) -> list[Candidate]:
    """Grow each kept name over the initials and marks beside it that are free (in text order,
    as `resolve` returns them); a lone letter another name span holds is merged in."""
    out: list[Candidate] = []
    n = len(text)
    count = len(kept)
    marks = not text.isascii()  # combining accents are never ASCII
    i = 0
    while i < count:
        c = kept[i]
        i += 1
        start, end = c.start, c.end
        while marks and end < n and _is_combining(text[end]):
            end += 1
        if c.kind == "address":
            left_limit = out[-1].end if out else 0
            right_limit = kept[i].start if i < count else n
            start, end = _address_edges(text, start, end, left_limit, right_limit)
        if c.kind != "name":
            out.append(c if (start, end) == (c.start, c.end) else replace(c, start=start, end=end))
            continue
        low_name = text[start:end].islower()
        left_limit = out[-1].end if out else 0
        start = _start_with_initial(text, start, left_limit, low_name)
        nxt = kept[i] if i < count else None
        letter_end = _initial_after(text, end, low_name)
        if letter_end is not None and text[start:end].replace(".", "").isupper() \
                and end - start <= 4:
            letter_end = None  # "(R, T and baby N)": initials take no initial; each is someone
        if letter_end is not None:
            if nxt is not None and nxt.kind == "name" and nxt.start == letter_end - 1 \
                    and text[letter_end:nxt.end] in ("", "'s", "’s"):
                i += 1  # "Okafor, N", "amber l's": the letter was a span of its own
                end = letter_end
            elif letter_end <= (nxt.start if nxt is not None else n):
                end = letter_end
        meta = c.meta
        if end < n and text[end] == "." and text[end - 1].isupper() \
                and (end - start == 1 or not text[end - 2].isalpha()) \
                and end + 1 <= (kept[i].start if i < count else n):
            end += 1
            meta = {**meta, DOT: "yes"}
        out.append(c if (start, end) == (c.start, c.end) and meta is c.meta
                   else replace(c, start=start, end=end, meta=meta))
    return out


def _address_edges(text: str, start: int, end: int, left_limit: int,
                   right_limit: int) -> tuple[int, int]:
    """An address's span grown over the kind of place it names typed after it ("Kingfisher
    estate", "Brinkley Top car park"), a locality word after its last word ("Hemsby Cross",
    "Lowick Moor") and the flat or unit number before it ("Unit 4, Beacon House", "3F1, 27
    Easter Road"): each narrows where the address is."""
    for pattern in (_PLACE_NOUN_AFTER_RE, _LOCALITY_AFTER_RE):
        m = pattern.match(text, end, right_limit)
        if m is not None and (pattern is _PLACE_NOUN_AFTER_RE or text[end - 1:end].isalpha()):
            end = m.end()
    m = _UNIT_BEFORE_RE.search(text, max(left_limit, start - 16), start)
    if m is not None:
        start = m.start()
    return start, end


def _start_with_initial(text: str, start: int, left_limit: int, low_name: bool) -> int:
    """Where a name starts once the initial before it ("L Farrow", "d. o'rourke") or a day
    that is a first name ("Sunday Eze") is taken in; never before `left_limit`."""
    before = text[max(left_limit, start - 12):start] if _letter_before(text, start) else ""
    if before:
        m = _DOTTED_BEFORE_RE.search(before)
        if m is not None and not (m.group(1).islower() and not low_name):
            line_start = text.rfind("\n", 0, start) + 1
            if not (m.group(1).islower() and start - len(before) + m.start() == line_start):
                start -= len(before) - m.start()  # not "b. Jones" listing a line
        elif m is None and not low_name:
            m = _BARE_BEFORE_RE.search(before)
            if m is not None:
                word = WORD_BEFORE_RE.search(text, max(0, start - 30), start - 2)
                if word is None or word.group(1).lower() not in _LABELLED_BY:
                    start -= len(before) - m.start()
    if not low_name and text[start:start + 1].isupper() \
            and text.endswith(_NAME_DAYS, max(left_limit, start - 8), start):
        day = _NAME_DAY_BEFORE_RE.search(text, max(left_limit, start - 8), start)
        if day is not None and not WHEN_BEFORE_RE.search(
                text, max(0, day.start() - 10), day.start()):
            start = day.start()
    return start


def _initial_after(text: str, end: int, low_name: bool) -> int | None:
    """Where the initial after a name ends ("Kofi A:", "Okafor, N", "amber l's"), if one
    follows; the letter itself is the character before that offset."""
    m = (_LOWER_AFTER_RE if low_name else _AFTER_RE).match(text, end)
    if m is None:
        return None
    letter_end = m.end()
    if not low_name:
        if m.group(2) in "AI" and not _CLOSED_AFTER_RE.match(text, letter_end):
            return None
        if m.group(1).startswith(",") and not _AFTER_COMMA_INITIAL_RE.match(text, letter_end):
            return None
    return letter_end


def give_back_stops(text: str, spans: list[Span], kept: list[Candidate]) -> list[Span]:
    """Return the full stop a closing initial took where it also ended a sentence."""
    if not any(DOT in cand.meta for cand in kept):
        return spans
    out = []
    for span, cand in zip(spans, kept, strict=True):
        if DOT in cand.meta and _SENTENCE_AFTER_RE.match(text, span.end):
            span = replace(span, replacement=span.replacement + ".")
        out.append(span)
    return out
