"""Local references and codes in free text: case, record, licence, crew, log and serial
numbers written the many ways people type them, and what3words locations.

Part of the recall-first pass (see anonymiser.recall): each finder takes the text and returns
candidates; none looks at what other detectors found.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from anonymiser.candidates import Candidate
from anonymiser.scan import before_each, cued, digit_runs, leading_words, lowered, match_at
from anonymiser.structured import PUBLISHED_SERIES, UN_NUMBER_RE

_CODE = r"(?=[A-Z0-9\-/]*\d)(?:[A-Z0-9][A-Z0-9\-/]{4,19})"
_CUE_CODE_STEMS = tuple("ref reference permit licence license lic booking staff employee payroll "
                        "badge awb mawb hawb waybill pnc cro batch lot serial exhibit notam tag rx "
                        "referral pass"
                        .split())
_CUE_CODE_RE = re.compile(
    leading_words(_CUE_CODE_STEMS, ignore_case=True) + r"\.?"
    r"(?:[ \t]+(?:no\.?|number|ref|reference|code))?[ \t]*[:#(]?[ \t]*"
    # "ref ucr 55812": a system's letters, in any case, before a number
    r"(?P<sys>(?<![A-Za-z])(?!(?:no|is|was|for|to|of|on|at|the|and|from|with)[ \t])[A-Za-z]{2,5}[ \t]+"
    r"(?=\d{4,12}(?![\w/-])))?"
    # (four digits pass only after a system's letters: "visitor pass (VP 0442)")
    rf"(?P<code>{_CODE}|(?=[A-Z0-9]*\d)[A-Za-z0-9]{{5,12}}|(?<=[A-Za-z][ \t])\d{{4}})(?![\w/-])",
    re.IGNORECASE,
)
_SYSTEM_CODE_RE = re.compile(
    r"(?P<sys>[A-Z](?<![\w-].)(?:[A-Z]{1,6}|[a-z][A-Z]))[ \t]+"
    r"(?P<code>\d{5,12}|\d{2,8}[-/]\d{2,8}(?:/\d{2,4})?|(?=[A-Z0-9]*\d)(?=[A-Z0-9]*[A-Z])"
    r"[A-Z0-9]{5,12})(?![\w/-])"
)
# "crew code RCM", "staff ID: KDN4": the code a roster or payroll knows a person by.
_CREW_CODE_RE = re.compile(
    r"\b(?:crew|staff|employee|pilot|roster)[ \t]+(?:code|id|no\.?|number|ref)\b[ \t]*:?[ \t]*"
    r"((?-i:[A-Z0-9]{2,8}))(?![\w/\-])", re.IGNORECASE)
_DATE_CODE_RE = re.compile(r"\d{1,2}[/-]\d{1,2}[/-](?:\d{2}|\d{4})")
# "SSK/ASR/23/0917": a reference in slashed parts with letters and at least four digits.
# "VS/INC/2411-07": a part may hold a hyphen; "OP/KINGFISHER/0338": an operation's name.
_SLASHED_CODE_RE = re.compile(
    r"[A-Z](?<![\w/.\-].)[A-Z]{1,4}(?:/(?:[A-Z0-9]{1,6}(?:-[A-Z0-9]{1,6})?|[A-Z]{7,12})){2,4}(?![\w/\-])")
# "UK.66.123456A", "UK.FCL.PPL.0912266": licence numbers in dotted parts.
_DOTTED_LICENCE_RE = re.compile(
    r"[A-Z](?<![\w.].)[A-Z]{1,2}(?:\.(?:[A-Z]{2,5}|[A-Z]\d|\d{2,3})){1,3}\.[A-Z]?\d{3,8}[A-Z]?(?!\w|\.\w)")
# "24/LC/7730", "2025/MASH/0412": a log or case number in slashed parts, digits first, with
# letters in the middle (no date has letters there).
_DIGIT_SLASHED_CODE_RE = re.compile(
    r"(?<![\w/.\-])\d{1,4}/[A-Z]{1,5}/\d{2,8}(?:/[A-Z0-9]{1,6})?(?![\w/\-])")
# "Auth 4471", "stamp no. 212": an engineer's authorisation or stamp number, which names the
# engineer as surely as a licence does; "Bag tag 0ZT 481772": a passenger's bag.
_AUTH_NUMBER_RE = re.compile(
    r"\b(?:auth(?:ori[sz]ation)?|stamp(?:[ \t]+holder)?|bag[ \t]+tag)(?:[ \t]*(?:no\.?|number|#))?"
    r"[ \t]*:?[ \t]*((?-i:[A-Z0-9]{2,3}[ \t])?\d{3,7}|(?-i:[A-Z]{2,4}-\d{2,5}))(?![\w/\-]|\.\d)",
    re.IGNORECASE)
# "14/30226/24": a police crime number (force or district, serial, year); the middle part is
# too long for any date.
_CRIME_NUMBER_RE = re.compile(r"(?<![\w/.])\d{2}/\d{4,6}/\d{2}(?![\w/]|\.\d)")
# "Licence: NPPL(M) 214773", "licence no 0447123": a pilot's or engineer's licence number.
_LICENCE_NUMBER_RE = re.compile(
    r"licen[cs]e(?:[ \t]*(?:no\.?|number|#))?[ \t]*:?[ \t]*(?:[A-Z]{2,6}(?:\([A-Z]{1,2}\))?[ \t]+)?"
    r"([A-Z]{0,3}\d{5,8})\b", re.IGNORECASE)
# "Unknown Male Alpha 7731", "Unknown Female 0412": the temporary identity a trauma or
# emergency patient is registered under before their name is known.
_UNKNOWN_PATIENT_RE = re.compile(
    r"\bUn(?:known|identified)[ \t]+(?:Male|Female|Man|Woman|Adult|Child|Patient)[ \t]+"
    r"(?:[A-Z][a-z]+[ \t]+)?\d{2,7}\b")
# "ZW24C00381", "P118907", "HUM150325": letters and at least five digits in one token, a
# record or case number whatever system wrote it.
_MIXED_CODE_RE = re.compile(
    r"[A-Za-z0-9](?<![\w/.\-].)(?:(?<=[A-Za-z])|(?=[A-Za-z0-9]*[A-Za-z]))(?:(?<=\d)|(?=[A-Za-z]*\d))"
    r"[A-Za-z0-9]{5,13}(?![\w\-])")
_LETTER_PREFIX_RE = re.compile(r"[A-Z]-[A-Z]{2,}-")
# "UNKNOWN-MAJ-0417": a made-up identity or a local reference in hyphenated parts.
# "HAM-OCC-25/014": the same with a serial after a slash.
_HYPHEN_CODE_RE = re.compile(
    r"[A-Z0-9](?<![\w/.\-].)[A-Z0-9]{0,9}(?:-[A-Z0-9]{1,16}){1,3}(?:/\d{2,8})?(?![\w\-/])")
# "Hospital no. RJ7 003 1884", "MRN 123 456 7890": a record number typed in groups.
_SPACED_NUMBER_STEMS = tuple("hospital hosp unit patient pt record case mrn chi crn file ref".split())
_SPACED_NUMBER_RE = re.compile(
    leading_words(_SPACED_NUMBER_STEMS, ignore_case=True) + r"\.?"
    r"(?:[ \t]+(?:no|number|num|nos|id|ref))?\.?[ \t]*[:#]?[ \t]*"
    r"(?P<code>[A-Z0-9]{2,5}(?:[ \t][0-9]{3,4}){1,3})(?![\w/\-])",
    re.IGNORECASE,
)
# A prison number: a letter, four digits and two letters ("A4471DK").
_PRISON_NUMBER_RE = re.compile(r"[A-Z](?<![\w/\-].)\d{4}[A-Z]{2}(?![\w/\-])")
# "MOR filed (2024/12866)", "crime 2025/004417", "ASR 24/0311": a year (with the system's
# letters, if any) and a serial of three or more digits (a date's month or day has at most two).
_YEAR_SERIAL_RE = re.compile(
    r"[A-Z12](?<![\w/.\-].)(?:(?<=[A-Z])[A-Z]{1,5}[ \t](?:19|20)?\d{2}|(?<=1)9\d{2}|(?<=2)0\d{2})/\d{3,8}"
    r"(?![\w/\-]|\.\d)")
# "CAD 6672/27JUL", "log CAD 1182 04/04", "CAD 219934": a police or ambulance incident log
# number with the day it was opened.
_CAD_RE = re.compile(
    r"\bCAD[ \t]*(?:no\.?|number|ref)?[ \t]*:?[ \t]*\d{2,7}(?:-\d{2,8})*"
    r"(?:[ \t]*/[ \t]*\d{1,2}[A-Za-z]{3}(?:\d{2,4})?|[ \t]+\d{1,2}/\d{1,2}(?:/\d{2,4})?)?(?![\w/-])")
# "inc 4471", "log 412", "job #2231": a short serial straight after the word for the log it
# is in (police log numbers look like times: "log 0412 of 15/04"); not a number to dial
# ("call 999") nor a duration ("pump log: 106 mins").
_LOG_NUMBER_STEMS = ("inc", "incident", "log", "job", "call", "occurrence", "ticket", "task")
_LOG_NUMBER_RE = re.compile(
    leading_words(_LOG_NUMBER_STEMS, ignore_case=True)
    + r"(?:[ \t]*(?i:no\.?|number|#|ref))?[ \t]*:?[ \t]*#?(\d{3,8})"
    r"(?![\w/\-:.]|\.\d|[ \t]*(?i:mins?|minutes|hrs?|hours|secs?|ml|mg)\b)")
_DIALLED = frozenset("999 111 112 101 105 119 2222 3333 4444".split())
# "111-5820-4416", "111-250214-01133", "240402-1193": digits in hyphenated groups of three or
# more, eight digits or more in all, as a call, incident or case system numbers them.
_GROUPED_NUMBER_RE = re.compile(r"(?<![\w\-/+.])\d{3,8}(?:-\d{3,8}){1,3}(?![\w\-/]|\.\d)")
# ... but two groups of four that are a span of clock times or years, or round figures
# ("1000-1400", "2014-2019", "3000-4000 ft"), are not a number.
_CLOCK_RE = re.compile(r"(?:[01]\d|2[0-3])[0-5]\d")
_YEAR_RE = re.compile(r"(?:19|20)\d\d")
# "G071 624 118 305 L": a blood unit, donation or record number in spaced groups of three or
# four digits, ten digits or more in all (a phone or NHS number of that shape is found as one).
_SPACED_GROUPS_RE = re.compile(
    r"(?:[A-Z](?<![\w/+\-].)\d{3,4}|\d(?<![\w/+\-].)\d{2,3})(?:[ \t]\d{3,4}){2,}(?![\w/\-])")
_NOT_SYSTEMS = frozenset(
    "NHS DOB MRN CHI NI FL BAND TEL MOB ISO BS EN IEC BP HR RR PR GCS BM SATS TEMP NEWS QNH QFE"
    .split()) | PUBLISHED_SERIES


def _grouped_number(code: str) -> bool:
    groups = code.split("-")
    if sum(len(g) for g in groups) < 8:
        return False
    if len(groups) == 2 and len(groups[0]) == len(groups[1]) == 4:
        return not (all(_CLOCK_RE.fullmatch(g) for g in groups)
                    or all(_YEAR_RE.fullmatch(g) for g in groups)
                    or all(g.endswith("00") for g in groups))
    return True


def _mixed_codes(text: str) -> Iterator[re.Match[str]]:
    """Matches of _MIXED_CODE_RE, tried once per run of letters and digits that holds a digit
    (the code is the whole run) instead of in a window around every number."""
    tried = -1
    n = len(text)
    for s, e in digit_runs(text):
        if s < tried:
            continue  # a later digit run of a code already tried
        start = s
        while start and text[start - 1] in _ALNUM:
            start -= 1
        end = e
        while end < n and text[end] in _ALNUM:
            end += 1
        tried = end
        if 6 <= end - start <= 14:
            m = _MIXED_CODE_RE.match(text, start)
            if m is not None:
                yield m


_ALNUM = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789")


def references(text: str) -> list[Candidate]:
    out: list[Candidate] = []
    for m in cued(_CUE_CODE_RE, text, _CUE_CODE_STEMS):
        code = m.group("code")
        if code.isdigit() and len(code) < (4 if m.group("sys") else 5):
            continue
        if code.isalpha():
            continue
        out.append(Candidate(m.start("sys") if m.group("sys") else m.start("code"), m.end("code"),
                             "case_reference", 0.8, "code after a reference word"))
    for m in _SYSTEM_CODE_RE.finditer(text):
        if m.group("sys") in _NOT_SYSTEMS:
            continue
        # "LCS 4471902": the system's letters belong to a number ("HEMS AW169" is a helicopter)
        code = m.group("code")
        if "/" in code and not code.replace("/", "").isdigit():
            continue
        if ("-" in code or "/" in code) and sum(ch.isdigit() for ch in code) < 5:
            continue  # "BP 104/66" is an observation, "ATR 72-600" a type
        if _DATE_CODE_RE.fullmatch(code):
            continue  # "PSNI 15/08/24": an agency and a date
        whole = not code.isalnum() or code.isdigit()
        whole = whole and m.group("sys") not in ("ID", "REF", "NO", "NUM", "NR") \
            and m.group("sys").isupper()  # "RiO 1048823": a product's name, kept
        out.append(Candidate(m.start() if whole else m.start("code"), m.end("code"),
                             "case_reference", 0.7, "code after a system abbreviation",
                             priority_bonus=1 if whole else 0))
    for m in _mixed_codes(text):
        code = m.group(0)
        if UN_NUMBER_RE.fullmatch(code):
            continue
        if sum(ch.isdigit() for ch in code) >= 5 and sum(ch.isalpha() for ch in code) >= 1:
            out.append(Candidate(m.start(), m.end(), "case_reference", 0.6,
                                 "code of letters and five or more digits"))
    for m in _HYPHEN_CODE_RE.finditer(text) if "-" in text else ():  # in every match
        code = m.group(0)
        if code[1:2] == "-" and _LETTER_PREFIX_RE.match(code) is None:
            continue  # "O-320-D2J", an engine; but "W-INC-89002", a ward's incident number
        if sum(ch.isdigit() for ch in code) >= 3 and sum(ch.isalpha() for ch in code) >= 2:
            out.append(Candidate(m.start(), m.end(), "case_reference", 0.6,
                                 "hyphenated code with letters and digits"))
    for m in cued(_SPACED_NUMBER_RE, text, _SPACED_NUMBER_STEMS):
        out.append(Candidate(m.start("code"), m.end("code"), "case_reference", 0.8,
                             "record number in groups after a record word",
                             priority_bonus=5))  # "RJ7 003 1884" is no flight number
    for m in _DOTTED_LICENCE_RE.finditer(text):
        out.append(Candidate(m.start(), m.end(), "case_reference", 0.85,
                             "dotted licence number"))
    for m in _CRIME_NUMBER_RE.finditer(text) if "/" in text else ():
        out.append(Candidate(m.start(), m.end(), "case_reference", 0.8,
                             "a crime number in slashed parts"))
    for m in cued(_LICENCE_NUMBER_RE, text, ("licence", "license")):
        out.append(Candidate(m.start(1), m.end(1), "case_reference", 0.8,
                             "a licence's number", priority_bonus=1))
    for m in (_UNKNOWN_PATIENT_RE.finditer(text) if "Un" in text else ()):
        out.append(Candidate(m.start(), m.end(), "case_reference", 0.85,
                             "an unknown patient's temporary identity", priority_bonus=2))
    for m in _PRISON_NUMBER_RE.finditer(text):
        out.append(Candidate(m.start(), m.end(), "case_reference", 0.7, "prison number"))
    low = lowered(text)
    crew = any(w in low for w in ("crew ", "staff ", "employee ", "pilot ", "roster "))
    for m in (_CREW_CODE_RE.finditer(text) if crew else ()):
        out.append(Candidate(m.start(1), m.end(1), "case_reference", 0.75, "a person's staff code"))
    for m in _SLASHED_CODE_RE.finditer(text):
        if sum(ch.isdigit() for ch in m.group(0)) >= 4:
            out.append(Candidate(m.start(), m.end(), "case_reference", 0.75,
                                 "reference in slashed parts", priority_bonus=1))
    for m in cued(_AUTH_NUMBER_RE, text, ("auth", "stamp", "bag")):
        out.append(Candidate(m.start(1), m.end(1), "case_reference", 0.75,
                             "an authorisation, stamp or bag tag number"))
    for m in _DIGIT_SLASHED_CODE_RE.finditer(text) if "/" in text else ():
        out.append(Candidate(m.start(), m.end(), "case_reference", 0.75,
                             "reference in slashed parts", priority_bonus=1))
    for m in (_CAD_RE.finditer(text) if "CAD" in text else ()):
        out.append(Candidate(m.start(), m.end(), "case_reference", 0.85, "incident log number",
                             priority_bonus=2))
    for m in _YEAR_SERIAL_RE.finditer(text):
        out.append(Candidate(m.start(), m.end(), "case_reference", 0.7,
                             "year and serial number",
                             priority_bonus=1 if m.group(0)[0].isalpha() else 0))
    for m in cued(_LOG_NUMBER_RE, text, _LOG_NUMBER_STEMS):
        number = m.group(1)
        if number in _DIALLED:
            continue
        out.append(Candidate(m.start(1), m.end(1), "case_reference", 0.7,
                             "a serial after the word for its log"))
        listed = _LISTED_NEXT_RE.match(text, m.end(1))
        if listed is not None and len(listed.group(1)) == len(number):
            out.append(Candidate(listed.start(1), listed.end(1), "case_reference", 0.7,
                                 "a number listed after a reference, in the same series"))
    # Each match has three to eight digits before its first hyphen.
    for m in match_at(_GROUPED_NUMBER_RE, text, before_each(text, "-", (3, 4, 5, 6, 7, 8))):
        if _grouped_number(m.group(0)):
            out.append(Candidate(m.start(), m.end(), "case_reference", 0.6,
                                 "a number in hyphenated groups"))
    for m in _SPACED_GROUPS_RE.finditer(text):
        if sum(ch.isdigit() for ch in m.group(0)) >= 10:
            out.append(Candidate(m.start(), m.end(), "case_reference", 0.5,
                                 "a long number in spaced groups"))
    out.extend(_listed_after(text, out))
    return out


# "ADD/TLWR/0150 and 0152", "crime 2024/1182 & 1183": a bare number listed straight after a
# reference, with as many digits as the serial the reference ends in, is the next of that series.
_LISTED_NEXT_RE = re.compile(r"[ \t]*(?:and|&|,|or)(?:[ \t]+|[ \t]*\n[ \t]*)(\d{3,8})(?![\w/\-]|\.\d)")
_SERIAL_END_RE = re.compile(r"\d+$")


def _listed_after(text: str, found: list[Candidate]) -> list[Candidate]:
    out: list[Candidate] = []
    for c in found:
        serial = _SERIAL_END_RE.search(text, c.start, c.end)
        if serial is None or serial.end() != c.end or serial.start() == c.start:
            continue  # a reference with a prefix and a serial at its end
        m = _LISTED_NEXT_RE.match(text, c.end)
        if m is not None and len(m.group(1)) == serial.end() - serial.start():
            out.append(Candidate(m.start(1), m.end(1), "case_reference", 0.7,
                                 "a number listed after a reference, in the same series"))
    return out


# "///ladder.grazed.pounds", "what3words: filled.count.soap": three words that locate a spot
# to three metres.
_WHAT3WORDS_RE = re.compile(
    r"///[a-z]+\.[a-z]+\.[a-z]+\b|(?<=what3words)[ \t:]*(?:is[ \t]+)?[a-z]+\.[a-z]+\.[a-z]+\b",
    re.IGNORECASE)


def what3words(text: str) -> list[Candidate]:
    if "///" not in text and "what3words" not in text.lower():
        return []
    out = []
    for m in _WHAT3WORDS_RE.finditer(text):
        start = m.start() + len(m.group()) - len(m.group().lstrip(" \t:"))
        if m.group().lstrip(" \t:").lower().startswith("is "):
            start += 3
        out.append(Candidate(start, m.end(), "address", 0.9, "what3words location",
                             meta={"type": ""}))
    return out
