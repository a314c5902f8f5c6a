"""Dates, dates of birth and ages: find them and generalise them.

Exact dates are replaced by their month ("3rd March 2024" -> "March 2024") because the
month is usually what the learning needs while the day is what a colleague recognises.
Generic time words ("every Monday", "in March", "last week") are left alone: nothing here
matches a weekday or month without a day number. Ages become bands ("aged 7" -> "aged 5-9").
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from anonymiser.candidates import Candidate
from anonymiser.model import Policy
from anonymiser.scan import anchors, cued, near, positions

# Days, months and seasons that are also first names ("Sunday Eze", "April M.", "Summer").
NAME_DAYS = ("Sunday", "April", "May", "June", "August", "Summer", "Autumn")
# A word before a day or month that makes it the time, not a person ("on Sunday", "from May").
WHEN_BEFORE_RE = re.compile(
    r"\b(?:on|every|last|next|this|in|by|since|until|till|from|of|early|late|mid|each|all|"
    r"during|before|after|the)[ \t]+$", re.IGNORECASE)

MONTHS: dict[str, int] = {}
for _number, _names in enumerate(
    (
        ("january", "jan"),
        ("february", "feb"),
        ("march", "mar"),
        ("april", "apr"),
        ("may",),
        ("june", "jun"),
        ("july", "jul"),
        ("august", "aug"),
        ("september", "sep", "sept"),
        ("october", "oct"),
        ("november", "nov"),
        ("december", "dec"),
    ),
    start=1,
):
    for _name in _names:
        MONTHS[_name] = _number

MONTH_NAMES = (
    "",
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)

_MONTH_ALT = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
    r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)"
)
_WEEKDAY = r"(?:(?:mon|tue|tues|wed|weds|thu|thur|thurs|fri|sat|sun)(?:day)?\.?,?\s+)"
_YEAR = r"(?:,?[\s-]*(?P<year>(?:19|20)\d\d|'\d\d))"

DAY_MONTH_RE = re.compile(
    rf"\b{_WEEKDAY}?(?:the\s+)?(?P<day>[0-3]?\d)(?:st|nd|rd|th)?(?:\s+of)?[\s-]+"
    rf"(?P<month>{_MONTH_ALT})\b(?:\.?{_YEAR})?(?![\w-])",
    re.IGNORECASE,
)
MONTH_DAY_RE = re.compile(
    rf"\b{_WEEKDAY}?(?P<month>{_MONTH_ALT})\.?\s+(?:the\s+)?(?P<day>[0-3]?\d)"
    rf"(?P<ord>st|nd|rd|th)?\b{_YEAR}?(?![\w:.]\d)",
    re.IGNORECASE,
)
NUMERIC_DATE_RE = re.compile(
    r"(?<![\w/.:-])(?P<a>[0-3]?\d)(?P<sep>[/.-])(?P<b>[01]?\d)(?P=sep)(?P<year>(?:19|20)?\d\d)"
    r"(?![\w/:-]|\.\d)"
)
ISO_DATE_RE = re.compile(r"(?<![\w/-])(?P<year>(?:19|20)\d\d)-(?P<b>[01]\d)-(?P<a>[0-3]\d)(?![\w/-])")
SHORT_NUMERIC_RE = re.compile(
    r"(?<=\bon\s)(?P<a>[0-3]?\d)/(?P<b>[01]?\d)(?![\w/.]|\.\d)", re.IGNORECASE
)
# "Sat 17/08", "seen 05/12", "fixed with DHS 15/01": a day and a month written as two pairs of
# digits straight after a word. Ratings and ratios ("it 10/10", "DASH 17/24") are turned down
# by the day and month they would need; the word itself is not part of the date.
WORD_DAY_MONTH_RE = re.compile(r"(?<![\w/-])(?P<word>[A-Za-z]{2,5}) (?P<a>\d{2})/(?P<b>\d{2})(?![\w/-])")
WEEKDAY_ORDINAL_RE = re.compile(
    r"\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\s+(?:the\s+)?(?P<day>[0-3]?\d)(?:st|nd|rd|th)\b",
    re.IGNORECASE,
)
# "the fourth of August 1939", "Twenty-first of March": a day in words, as callers say it.
_ORDINAL_WORDS = (
    "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth "
    "thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth twentieth "
    "thirtieth".split())
_ORDINAL_WORD_ALT = (r"(?:twenty[\s-](?:first|second|third|fourth|fifth|sixth|seventh|eighth|"
                     r"ninth)|thirty[\s-]first|" + "|".join(_ORDINAL_WORDS) + ")")
WORD_ORDINAL_DATE_RE = re.compile(
    rf"\b(?:the\s+)?{_ORDINAL_WORD_ALT}\s+of\s+(?P<month>january|february|march|april|may|"
    rf"june|july|august|september|october|november|december)\b{_YEAR}?(?![\w-])",
    re.IGNORECASE)
ORDINAL_ONLY_RE = re.compile(r"\b(?:on\s+)?(the\s+)?(?P<day>[0-3]?\d)(?:st|nd|rd|th)\b", re.I)
_MONTH_STEMS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
MONTH_YEAR_RE = re.compile(rf"\b(?P<month>{_MONTH_ALT})\.?,?\s+(?P<year>(?:19|20)\d\d)\b", re.I)
YEAR_RE = re.compile(r"\b(?:in\s+)?(?P<year>(?:19|20)\d\d)\b")

DOB_CUE_RE = re.compile(
    r"(?:\bd\.?\s?o\.?\s?b\b\.?|\bdate\s+of\s+birth\b|\bborn\b(?:\s+on)?|\bbirthday\b)"
    r"(?:\s+(?:is|was|of))?\s*[:=\-–]?\s*(?:\(|the\s+|in\s+)?$",
    re.IGNORECASE,
)

# Words after "the 14th" that show it is not a date ("the 3rd time", "the 5th floor").
_ORDINAL_NOUN_STOP = frozenset(
    "time times floor dose doses attempt attempts day days week weeks month months year years"
    " century centile percentile place birthday anniversary child children baby person patient"
    " call calls visit visits occasion occasions round rounds incident incidents one ones"
    " stage stages grade line item items row page minute minutes hour hours step steps"
    " generation wave cycle session sessions bed bay room street road and".split()
)


def _month_name(token: str) -> int | None:
    return MONTHS.get(token.lower().rstrip("."))


def _year_value(raw: str | None) -> int | None:
    if not raw:
        return None
    raw = raw.strip("'")
    if len(raw) == 2:
        return 2000 + int(raw) if int(raw) <= 40 else 1900 + int(raw)
    return int(raw)


def generalise_date(month: int | None, year: int | None, policy: Policy) -> str:
    """Return the replacement for a specific date under the policy's granularity."""
    if policy.date_granularity == "remove":
        return "[date]"
    if policy.date_granularity == "year":
        return str(year) if year else "[year]"
    if month and year:
        return f"{MONTH_NAMES[month]} {year}"
    if month:
        return MONTH_NAMES[month]
    return "[month]"


def _is_dob(text: str, start: int) -> bool:
    lo = max(0, start - 30)
    if _DOB_ANCHOR_RE.search(text[lo:start].lower()) is None:
        return False  # no "dob", "birth" or "born" nearby: skip the full cue pattern
    return DOB_CUE_RE.search(text, lo, start) is not None


def _emit(
    text: str, start: int, end: int, month: int | None, year: int | None, reason: str,
    conf: float, policy: Policy,
) -> Candidate:
    if _is_dob(text, start):
        return Candidate(start, end, "date_of_birth", 0.97, "date after 'DOB' or 'born'",
                         replacement="[date of birth]")
    return Candidate(start, end, "date", conf, reason,
                     replacement=generalise_date(month, year, policy))


# Cheap anchors (see anonymiser.scan): every date names a month or has digits in a known shape.
_MONTH_STEMS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_NUMERIC_ANCHOR_RE = re.compile(r"\d[/.-]\d")
_ORDINAL_ANCHOR_RE = re.compile(r"\d(?:st|nd|rd|th)\b", re.IGNORECASE)
_DOB_ANCHOR_RE = re.compile(r"(?:d\.?\s?o\.?\s?b|birth|born)")


def _has_digit(text: str, start: int, end: int) -> bool:
    return _DIGIT_RE.search(text, max(0, start), end) is not None


_DIGIT_RE = re.compile(r"\d")
_TWO_DIGIT_YEAR_RE = re.compile(r"[\s-]\d\d(?![\w:/.]\d|\w)")


def find_dates(text: str, policy: Policy) -> Iterator[Candidate]:
    """Yield specific dates and dates of birth, each with its generalised replacement."""
    low = text.lower()
    if len(low) != len(text):
        low = text  # a few characters change length when lower-cased; fall back to the text
    months = positions(low, _MONTH_STEMS, word_start=True)
    # A day number comes just before the month ("14th of March") or just after ("March 14").
    day_first = [a for a in months if _has_digit(low, a - 10, a)]
    month_first = [a for a in months if _has_digit(low, a + 3, a + 20)]
    for m in near(DAY_MONTH_RE, text, day_first, 40, 40):
        day = int(m.group("day"))
        if not 1 <= day <= 31:
            continue
        month_tok = m.group("month")
        # "3 may" is more often a verb than a date unless the month is capitalised.
        if month_tok.lower() == "may" and month_tok[0] == "m" and not m.group("year"):
            continue
        end = m.end()
        if not m.group("year") and _is_dob(text, m.start()):
            # "DOB 3 Nov 44": a bare two-digit year is only safe to take after a DOB cue.
            two = _TWO_DIGIT_YEAR_RE.match(text, end)
            if two:
                end = two.end()
        yield _emit(text, m.start(), end, _month_name(month_tok), _year_value(m.group("year")),
                    "day and month", 0.95, policy)
    for m in near(MONTH_DAY_RE, text, month_first, 16, 40):
        day = int(m.group("day"))
        month_tok = m.group("month")
        if not 1 <= day <= 31:
            continue
        if not (m.group("ord") or m.group("year")):
            # "March 3" without ordinal or year: accept only a capitalised month other than May.
            if not month_tok[0].isupper() or month_tok.lower() == "may":
                continue
            if re.match(r"\s*(?:[a-z%]|mg|ml|x\b)", text[m.end() :]):
                continue  # "March 3 children" style counts
            if len(month_tok) > 4 and "." in text[m.start("month"):m.start("day")]:
                continue  # "planned for November. 4. AOB": a sentence ends; a list goes on
        yield _emit(text, m.start(), m.end(), _month_name(month_tok), _year_value(m.group("year")),
                    "month and day", 0.9, policy)
    numeric = anchors(_NUMERIC_ANCHOR_RE, text)
    for regex, reason in ((NUMERIC_DATE_RE, "numeric date"), (ISO_DATE_RE, "ISO date")):
        for m in near(regex, text, numeric, 5, 12):
            day, month = int(m.group("a")), int(m.group("b"))
            if month > 12 and day <= 12:
                day, month = month, day  # US order typed by mistake
            if not (1 <= day <= 31 and 1 <= month <= 12):
                continue
            yield _emit(text, m.start(), m.end(), month, _year_value(m.group("year")), reason,
                        0.95, policy)
    for m in near(SHORT_NUMERIC_RE, text, numeric, 2, 8):
        day, month = int(m.group("a")), int(m.group("b"))
        if 1 <= day <= 31 and 1 <= month <= 12:
            yield _emit(text, m.start(), m.end(), month, None, "day/month after 'on'", 0.7, policy)
    for m in near(WORD_DAY_MONTH_RE, text, numeric, 8, 6):
        day, month = int(m.group("a")), int(m.group("b"))
        if (1 <= day <= 31 and 1 <= month <= 12 and (day, month) != (10, 10)
                and m.group("word").lower() != "on"):  # "on 12/12" is the rule above
            yield _emit(text, m.start("a"), m.end("b"), month, None, "day and month after a word",
                        0.7, policy)
    ordinals = anchors(_ORDINAL_ANCHOR_RE, text)
    for m in near(ORDINAL_ONLY_RE, text, ordinals, 12, 8):
        if not m.group(0).lower().startswith(("on", "the")):
            continue
        day = int(m.group("day"))
        if not 1 <= day <= 31:
            continue
        following = re.match(r"\s*(?:of\s+)?([A-Za-z]+)", text[m.end() :])
        if following:
            word = following.group(1).lower()
            if word in _ORDINAL_NOUN_STOP or _month_name(word):
                continue
        start = m.start(1) if m.group(1) else m.start("day")
        yield _emit(text, start, m.end(), None, None, "day of month ('the 14th')", 0.75, policy)
    for m in near(WEEKDAY_ORDINAL_RE, text, ordinals, 20, 8):
        if 1 <= int(m.group("day")) <= 31:
            yield _emit(text, m.start(), m.end(), None, None, "weekday and day of month", 0.8,
                        policy)
    if months and " of " in low:
        # The day in words ends at most 25 characters before its month ("twenty-first of ").
        for m in near(WORD_ORDINAL_DATE_RE, text, months, 30, 24):
            month_tok = m.group("month")
            if month_tok.lower() == "may" and month_tok[0] == "m":
                continue  # "the second of may be": a verb
            yield _emit(text, m.start(), m.end(), _month_name(month_tok),
                        _year_value(m.group("year")), "day and month in words", 0.9, policy)
    # Month-and-year or a bare year after a DOB cue is still a date of birth.
    if _DOB_ANCHOR_RE.search(low) is None:
        return
    for m in cued(MONTH_YEAR_RE, text, _MONTH_STEMS):
        if _is_dob(text, m.start()):
            yield Candidate(m.start(), m.end(), "date_of_birth", 0.9, "month of birth",
                            replacement="[date of birth]")
    for m in YEAR_RE.finditer(text):
        if _is_dob(text, m.start("year")):
            yield Candidate(m.start("year"), m.end(), "date_of_birth", 0.8, "year of birth",
                            replacement="[date of birth]")


_NUMBER_WORDS: dict[str, int] = {
    w: i
    for i, w in enumerate(
        "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen"
        " fifteen sixteen seventeen eighteen nineteen twenty".split()
    )
}
_NUM = r"(?P<num>\d{1,3}|" + "|".join(_NUMBER_WORDS) + r")"
_UNIT = r"(?P<unit>years?|yrs?|y/o|yo|months?|mths?|mos?|weeks?|wks?|days?)"

AGE_RES: tuple[tuple[re.Pattern[str], str], ...] = (
    (
        re.compile(
            rf"\b(?:aged|age|ages|ag(?:e)?d)\s*[:\-]?\s*{_NUM}(?:\s*{_UNIT})?(?:\s+old)?\b",
            re.IGNORECASE,
        ),
        "'aged' followed by a number",
    ),
    (
        re.compile(rf"\b{_NUM}[\s-]*{_UNIT}[\s-]*old\b", re.IGNORECASE),
        "'N years old'",
    ),
    (
        re.compile(rf"\b{_NUM}\s*(?P<unit>yrs?|y/o|yo|y\.o\.)(?![\w/])", re.IGNORECASE),
        "'N yrs' after a person",
    ),
)
_DURATION_BEFORE_RE = re.compile(
    r"\b(?:for|over|past|last|within|after|since|than|about|around|nearly|almost|every|in|"
    r"spent|took|lasted|served|worked|of)\s*$",
    re.IGNORECASE,
)


def age_band(years: float) -> str:
    """Return a band label for an age in years (e.g. 7 -> '5-9')."""
    if years < 1:
        return "under 1"
    bounds = ((5, "1-4"), (10, "5-9"), (15, "10-14"), (18, "15-17"), (25, "18-24"),
              (35, "25-34"), (45, "35-44"), (55, "45-54"), (65, "55-64"), (75, "65-74"),
              (85, "75-84"))
    for limit, label in bounds:
        if years < limit:
            return label
    return "85+"


def _age_years(num: str, unit: str | None) -> float:
    value = _NUMBER_WORDS.get(num.lower())
    n = float(value if value is not None else int(num))
    u = (unit or "y").lower()
    if u.startswith("m"):
        return n / 12
    if u.startswith("w"):
        return n / 52
    if u.startswith("d"):
        return n / 365
    return n


def _age_replacement(match: re.Match[str], years: float, policy: Policy) -> str:
    chunk = match.group(0)
    if not policy.age_bands:
        return "[age]"
    band = age_band(years)
    start = match.start("num") - match.start()
    unit = match.group("unit")
    if years < 1 and unit:
        # "3-month-old" -> "under-1-year-old"; "3 weeks old" -> "under 1 year old";
        # "aged 3 months" -> "aged under 1"
        unit_end = match.end("unit") - match.start()
        sep = "-" if "-" in chunk[start:unit_end] else " "
        tail = chunk[unit_end:]
        if tail.strip():
            return chunk[:start] + f"under{sep}1{sep}year" + tail
        return chunk[:start] + "under 1"
    end = match.end("num") - match.start()
    return chunk[:start] + band + chunk[end:]


# For each age pattern: words its matches contain, and how far a match reaches around them.
_AGE_ANCHORS: tuple[tuple[tuple[str, ...], int, int], ...] = (
    (("ag",), 1, 40),
    (("old",), 40, 5),
    (("yr", "y/o", "yo", "y.o."), 12, 6),
)


def find_ages(text: str, policy: Policy) -> Iterator[Candidate]:
    """Yield ages with their banded replacement."""
    low = text.lower()
    if len(low) != len(text):
        low = text
    for (regex, reason), (needles, before, after) in zip(AGE_RES, _AGE_ANCHORS, strict=True):
        where = positions(low, needles)
        if not where:
            continue
        for m in near(regex, text, where, before, after):
            if regex is AGE_RES[2][0] and m.group("unit").lower()[:2] == "yr" and _DURATION_BEFORE_RE.search(
                text, max(0, m.start() - 12), m.start()
            ):
                continue  # "for 7 yrs" is a duration; "for 82yo female" is not
            years = _age_years(m.group("num"), m.group("unit"))
            if years > 120:
                continue
            yield Candidate(m.start(), m.end(), "age", 0.9, reason,
                            replacement=_age_replacement(m, years, policy))
