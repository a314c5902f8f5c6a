"""Regex detectors for identifiers with a recognisable shape.

E-mails, phone numbers, postcodes, NHS and National Insurance numbers, case references and
vehicle, aircraft and flight identifiers. Where a format carries a check (the NHS number's
mod-11 digit, the list of postcode areas) the check decides confidence, so a random ten-digit
string is not announced as an NHS number with certainty.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from anonymiser.candidates import Candidate
from anonymiser.places import STREET_TYPES
from anonymiser.scan import (
    code_starts,
    cued,
    digit_runs,
    first_words,
    lowered,
    match_at,
    mentions,
    positions,
    starts_before_digits,
    word_starts,
)
from anonymiser.temporal import NUMERIC_DATE_RE, WORD_DAY_MONTH_RE

EMAIL_RE = re.compile(
    r"(?<![\w.+-])[A-Za-z0-9][A-Za-z0-9._%+'-]*@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}"
)

# A trunk '0' or an international prefix, then digit groups with the separators people type.
PHONE_RE = re.compile(
    r"""(?<![\w+/.£$-])
    (?:(?:\+|00)\s?\d{1,3}[\s.-]?(?:\(0\)[\s.-]?)?\(?\d{1,5}\)?|\(?0\d{1,5}\)?)
    (?:[\s.-]?\d{2,5}){1,4}
    (?:\s?(?:ext\.?|extension|x)\s?\d{1,6})?
    (?![\w/])""",
    re.VERBOSE | re.IGNORECASE,
)
_CODE_LETTERS_BEFORE_RE = re.compile(r"(?<![A-Za-z])([A-Z]{1,5})[- /]?$")
_RECORD_NUMBER_BEFORE_RE = re.compile(
    r"\b(?:hospital|hosp|case|ref|reference|record|patient|nhs|crime|incident|log|id|mrn|"
    r"unit|booking|pnc|cad|datix|job)[ \t]+(?:number|num|no\.?)[ \t:]*(?:is[ \t]+)?\(?[ \t]*"
    r"(?:[A-Z]{1,5}[- /]?)?$", re.IGNORECASE)
# "log CAD ", "incident no. ": a reference word just before a number that has a phone's shape.
_REF_WORD_BEFORE_RE = re.compile(
    r"\b(?:log|cad|ref|reference|incident|crime|occurrence|job|case|datix)\b\.?[ \t]*"
    r"(?:no\.?|number|#)?[ \t]*[:#]?[ \t]*(?:\(?[ \t]*)$", re.IGNORECASE)
PHONE_CONTEXT_RE = re.compile(
    r"\b(?:tel|phone|mobile|mob|landline|number|call|ring|rang|text|whatsapp|contact|ext)",
    re.IGNORECASE,
)
# "07700 9OO 774": a mobile number typed with letter O for zero.
LETTER_O_PHONE_RE = re.compile(r"0(?<![\w].)7[\dOo]{3}[ \t-]?[\dOo]{3}[ \t-]?[\dOo]{3}(?![\w])")
# "ext 4417", "Ext. 2231", "bleep 6632": a desk or a pager reaches one person.
EXTENSION_RE = re.compile(
    r"\b(?:ext|extn|extension|bleep|blp|pager)\.?[ \t]*(?:no\.?[ \t]*)?:?[ \t]*\(?(\d{3,6})(?![\w/:-]|\.\d)",
    re.IGNORECASE)
SHORT_PHONE_RE = re.compile(r"(?<![\w.])\d{3,4}[\s-]?\d{3,4}(?![\w/]|-\d)")

NHS_RE = re.compile(r"(?<![\w/.-])(\d{3})([\s-]?)(\d{3})\2(\d{4})(?![\w/-]|\.\d)")
NHS_CONTEXT_RE = re.compile(r"\b(?:nhs|chi|h&c|hcn|nhs\s*no|nhs\s*number)\b", re.IGNORECASE)

NI_CONTEXT_RE = re.compile(r"\b(?:ni|nino|insurance)\b", re.IGNORECASE)
NI_RE = re.compile(
    r"(?<![\w-])[A-CEGHJ-TW-Z][A-CEGHJ-TW-Z]\s?\d{2}\s?\d{2}\s?\d{2}\s?[A-D](?![\w-])",
    re.IGNORECASE,
)

# Every UK postcode area; checking the outward code against it removes most false matches
# such as drug doses or model numbers that happen to look like 'AB1 2CD'.
POSTCODE_AREAS = frozenset(
    """AB AL B BA BB BD BH BL BN BR BS BT CA CB CF CH CM CO CR CT CV CW DA DD DE DG DH DL DN DT
    DY E EC EH EN EX FK FY G GL GU GY HA HD HG HP HR HS HU HX IG IM IP IV JE KA KT KW KY L LA LD
    LE LL LN LS LU M ME MK ML N NE NG NN NP NR NW OL OX PA PE PH PL PO PR RG RH RM S SA SE SG SK
    SL SM SN SO SP SR SS ST SW SY TA TD TF TN TQ TR TS TW UB W WA WC WD WF WN WR WS WV YO ZE""".split()
)
POSTCODE_RE = re.compile(
    r"(?<![\w-])([A-Z]{1,2})(\d[A-Z\d]?)\s{0,2}(\d[ABD-HJLNP-UW-Z]{2})(?![\w-])", re.IGNORECASE
)

# Words that introduce a local reference; the code after them must contain digits.
REF_INTRO_RE = re.compile(
    r"""\b(?:ref(?:erence)?s?|case|record|file|incident|id|crime|log|job|claim|datix|mosaic|
    lcs|eclipse|liquidlogic|carefirst|systmone|emis|rio|mrn|cris|cad|occurrence|mor|asr|
    report|hospital|patient|unit|client|person|child|account|ticket|reg|registration|serial|
    badge|collar|warrant|docket|no|number|nos?|num|page|ulysses|inphase|task|appeal)\b\.?
    (?:\s*(?:no\.?|number|num|\#|id|ref|reference|page|pg\.?|sheet|entry)(?:\s*,)?)?\s*[:\#]?\s*
    (?:is\s+|was\s+)?""",
    re.IGNORECASE | re.VERBOSE,
)
# A code after a reference word may be written in groups: "RBH 221 4418", "TL 448210",
# "IE.66.1187". Further groups after a space or a dot are two or more digits and follow
# capital letters or digits, never a word ("hospital on 25 Jan" is a date, not a code).
REF_CODE_RE = re.compile(
    r"[A-Z]{1,5}(?:[ .]\d{2,}(?!\w))+"
    r"|(?:[A-Za-z0-9][A-Za-z0-9/-]*[A-Za-z0-9]|[0-9])(?:(?<=\d)[ .]\d{2,}(?!\w))*"
)
PREFIXED_REF_RE = re.compile(
    r"(?<![\w/-])[A-Z]{1,5}(?:[-/]?\d{4,}|[-/ ]\d{2,4}[-/]\d{2,})(?:[-/]\d+)*[A-Z]?(?![\w/-])",
    re.IGNORECASE,
)
LONG_DIGITS_RE = re.compile(r"(?<![\w.,/-])\d{7,}(?![\w/-]|[.,]\d)")
# "111-7809145": a short prefix and a long serial, a call or log number's shape.
GROUPED_DIGITS_RE = re.compile(r"(?<![\w.,/-])\d{2,4}-\d{6,8}(?![\w/-]|[.,]\d)")

# The letters of published series, whose numbers are regulations, guidance and standards that
# every reader can look up: "NICE NG143", "EC 261/2004", "CAP 1535", "AMC 20-29".
PUBLISHED_SERIES = frozenset("NICE EC EU CAP AMC".split())

# "UN1263": a dangerous-goods class, the same for every consignment; never a reference.
UN_NUMBER_RE = re.compile(r"UN ?\d{4}")

VEHICLE_RES: tuple[re.Pattern[str], ...] = (
    re.compile(r"(?<![\w-])[A-Z]{2}(?:0[1-9]|[1-7]\d)\s?[A-Z]{3}(?![\w-])"),  # current, 2001-
    re.compile(r"(?<![\w-])[A-HJ-NP-Y]\d{1,3}\s?[A-Z]{3}(?![\w-])"),  # prefix, 1983-2001
    re.compile(r"(?<![\w-])[A-Z]{3}\s?\d{1,3}[A-HJ-NP-Y](?![\w-])"),  # suffix, 1963-1983
)
VEHICLE_CONTEXT_RE = re.compile(
    r"\b(?:reg|registration|vrm|plate|car|van|vehicle|vehicles|taxi|lorry|motorbike|index|"
    r"loader|hi-?loader|bowser|tug|tractor|truck|pushback|ambulift|minibus|bus|coach|"
    r"ambulance|motorcycle|scooter|jeep|4x4|pick-?up|transit)\b"
    r"[^.\n]{0,20}$",
    re.IGNORECASE,
)
LOWER_VEHICLE_RE = re.compile(r"(?<![\w-])[a-z]{2}\d{2}\s?[a-z]{3}(?![\w-])", re.IGNORECASE)

AIRCRAFT_PREFIXES = frozenset(
    """G EI D F I OO PH HB OE SE LN OY OH EC CS SP OK OM HA YR LZ SX TC 9H 5B VH ZK C VP VQ M
    2 A6 A7 4X JA B ZS PP PR LX LY YL ES S5 9A UR RA TF ER HS 9V 9M VT AP SU CN ET 5Y 5N TS 7T
    HL HZ A9C 4R OD JY T7 YU Z3 E7 4O ZA""".split()
)
AIRCRAFT_RE = re.compile(r"(?<![\w-])([A-Z0-9]{1,3})-([A-Z0-9]{3,5})(?![\w-])")
US_AIRCRAFT_RE = re.compile(r"(?<![\w-])N[1-9]\d{0,4}[A-HJ-NP-Z]{0,2}(?![\w-])")
_AVIATION_WORDS = (
    "aircraft", "airframe", "tail", "reg", "registration", "registered", "flight", "pilot",
    "captain", "cessna", "piper", "boeing", "airbus", "helicopter", "hangar", "taxi", "runway",
    "callsign")
AVIATION_CONTEXT_RE = re.compile(r"\b(?:" + "|".join(_AVIATION_WORDS) + r")\b", re.IGNORECASE)
_AVIATION_FIRSTS = first_words(_AVIATION_WORDS)


def _aviation_anywhere(text: str) -> bool:
    """Whether AVIATION_CONTEXT_RE matches anywhere in text: whether one of its words is a
    whole word of the text, looked up in the report's words when they can be."""
    starts = word_starts(text, _AVIATION_FIRSTS)
    if starts is None:
        return AVIATION_CONTEXT_RE.search(text) is not None
    return bool(starts)

# Airline designators that cannot be mistaken for ordinary upper-case words.
AIRLINE_CODES = frozenset(
    """BA BAW EZY U2 EJU EZS RYR FR RUK VS VIR LS EXS TOM BY SHT BEE LOG EI EIN LH DLH AF AFR
    KL KLM W6 WZZ W9 WUK EK UAE QR QTR EY ETD AA AAL UA UAL DL DAL TK THY SK SAS AY FIN IB IBE
    VY VLG TP TAP LX SWR OS AUA SN BEL AZ ITY A3 AEE LM LOG T3 EZE JTD MT TCX BCY CFE NAX DY
    NOZ AC ACA WS WJA SQ SIA CX CPA QF QFA AI AIC PK PIA ET ETH KQ KQA MS MSR SV SVA GF GFA WY OMA
    RK RAM AT RJ RJA ME MEA PC PGT XQ SXS EW EWG DE CFG X3 TUI HV TRA OR TFL LOT RO ROT OU CTN
    JU ASL FB LZB BT BTI OV ELL LO""".split()
)
FLIGHT_RE = re.compile(r"(?<![\w-])([A-Z][A-Z0-9]|[0-9][A-Z])([A-Z]?)\s?(\d{1,4}[A-Z]{0,2})(?![\w-])")
FLIGHT_CONTEXT_RE = re.compile(
    r"\b(?:flight|flt|callsign|call\s?sign|service)\s*(?:no\.?|number)?\s*:?\s*"
    r"([A-Z0-9]{2,3}\s?\d{1,4}[A-Z]{0,2})\b",
    re.IGNORECASE,
)
AIRCRAFT_TYPES_RE = re.compile(r"^(?:A3\d\d|B7\d7|ATR|E1\d\d|CRJ|DHC|Q400|MD|DC)", re.IGNORECASE)

_PHONE_MAX_TRUNK = 11
# "01709 496 0832": an area code and two groups of a landline, one digit too many as typed;
# nothing else is written in that shape, so the number is still someone's phone.
_ONE_DIGIT_TOO_MANY_RE = re.compile(r"0\d{3,4}[ -]\d{3,4}[ -]\d{3,4}")


def _digits(text: str) -> str:
    return "".join(ch for ch in text if ch.isdigit())


def nhs_check_digit_ok(digits: str) -> bool:
    """Return True when a ten-digit string passes the NHS number mod-11 check."""
    if len(digits) != 10 or not digits.isdigit():
        return False
    total = sum(int(d) * w for d, w in zip(digits[:9], range(10, 1, -1), strict=True))
    check = 11 - total % 11
    if check == 11:
        check = 0
    return check != 10 and check == int(digits[9])


def find_emails(text: str) -> Iterator[Candidate]:
    """Yield e-mail addresses."""
    if "@" not in text:
        return
    for m in EMAIL_RE.finditer(text):
        yield Candidate(m.start(), m.end(), "email", 0.99, "e-mail address")


def _trim_phone(text: str, start: int, end: int) -> tuple[int, int] | None:
    """Drop trailing digit groups until the number has a plausible length."""
    chunk = text[start:end]
    international = chunk.lstrip("(").startswith(("+", "00"))
    low, high = (8, 15) if international else (10, _PHONE_MAX_TRUNK)
    if chunk.startswith("00"):
        low = 11  # "00123456" after MRN is a record number, not a dialling prefix
    ext = re.search(r"\s?(?:ext\.?|extension|x)\s?\d{1,6}$", chunk, re.IGNORECASE)
    core_end = end - (len(ext.group(0)) if ext else 0)
    while True:
        n = len(_digits(text[start:core_end]))
        if low <= n <= high or (n == high + 1 and _ONE_DIGIT_TOO_MANY_RE.fullmatch(
                text, start, core_end)):
            return start, (end if ext and core_end == end - len(ext.group(0)) else core_end)
        if n < low:
            return None
        ext = None
        cut = re.search(r"[\s.-]?\d+$", text[start:core_end])
        if cut is None or cut.start() == 0:
            return None
        core_end = start + cut.start()
        end = core_end


def find_phones(text: str) -> Iterator[Candidate]:
    """Yield UK and international phone numbers, with extensions."""
    starts = sorted(
        [s for s, _ in digit_runs(text) if text[s] == "0"] + positions(text, ("+", "("))
    )
    for m in match_at(PHONE_RE, text, starts):
        trimmed = _trim_phone(text, m.start(), m.end())
        if trimmed is None:
            continue
        start, end = trimmed
        digits = _digits(text[start:end])
        # A bare ten-digit number with NHS context belongs to the NHS detector.
        if len(digits) == 10 and NHS_CONTEXT_RE.search(text, max(0, start - 40), start):
            continue
        if _REF_WORD_BEFORE_RE.search(text, max(0, start - 24), start):
            continue  # "log CAD 0219-020624": a log number in a phone number's shape
        if text[end - 1] == ")" and "(" not in text[start:end]:
            end -= 1
        if text[start] == "(" and ")" not in text[start:end]:
            start += 1  # "(01706 812244)": the bracket belongs to the sentence
        yield Candidate(start, end, "phone", 0.95, "telephone number shape")
    for m in match_at(SHORT_PHONE_RE, text, starts_before_digits(text, (0,), 3)):
        # Local numbers without an area code only count when the text says it is a number.
        if not PHONE_CONTEXT_RE.search(text, max(0, m.start() - 30), m.start()):
            continue
        code = _CODE_LETTERS_BEFORE_RE.search(text, max(0, m.start() - 7), m.start())
        if code is not None and not PHONE_CONTEXT_RE.fullmatch(code.group(1)):
            continue  # "ref FD-118204", "(RBA 0087134)": a reference's serial, not a phone
        if m.start() >= 2 and text[m.start() - 1] == "-" and text[m.start() - 2].isalnum():
            continue  # "HP-2025-010442", "111-7791166": the tail of a longer code
        if _RECORD_NUMBER_BEFORE_RE.search(text, max(0, m.start() - 30), m.start()):
            continue  # "hospital number 0087134", "crime no. 44120"
        yield Candidate(m.start(), m.end(), "phone", 0.7, "local number after 'phone'")
    for m in LETTER_O_PHONE_RE.finditer(text):
        if "O" in m.group(0) or "o" in m.group(0):
            yield Candidate(m.start(), m.end(), "phone", 0.8, "phone number typed with letter O")
    low = lowered(text)
    if "double" in low or "oh " in low or "zero " in low or "nought " in low or "plus " in low:
        yield from _spoken_phones(text)
    extensions = any(w in low for w in ("ext", "bleep", "blp", "pager"))
    for m in (EXTENSION_RE.finditer(text) if extensions else ()):
        yield Candidate(m.start(1), m.end(1), "phone", 0.8, "internal extension or bleep")


# A number read out on a call: "oh seven seven double oh, nine double oh, three six one".
_DIGIT_WORDS = {"oh": 1, "o": 1, "zero": 1, "nought": 1, "one": 1, "two": 1, "three": 1,
                "four": 1, "five": 1, "six": 1, "seven": 1, "eight": 1, "nine": 1}
_SPOKEN_DIGIT = (r"(?:(?:double|triple|treble)[ \t\-]+)?"
                 r"(?:oh|o|zero|nought|one|two|three|four|five|six|seven|eight|nine)"
                 r"(?:[ \t\-]+(?:hundred|thousand))?")
_SPOKEN_DIGITS_RE = re.compile(
    rf"(?<![\w'’\-])(?:plus[ \t]+)?{_SPOKEN_DIGIT}(?:[ \t,\-]+{_SPOKEN_DIGIT})+(?![\w'’\-])",
    re.IGNORECASE)
_SPOKEN_STEMS = ("plus", "double", "triple", "treble", "o", "zero", "nought", "one", "two",
                 "three", "four", "five", "six", "seven", "eight", "nine")
_SPOKEN_ZEROS = {"hundred": 2, "thousand": 3}


def _spoken_phones(text: str) -> Iterator[Candidate]:
    for m in cued(_SPOKEN_DIGITS_RE, text, _SPOKEN_STEMS):
        words = re.findall(r"[A-Za-z]+", m.group(0).lower())
        digits, repeat = 0, 1
        for word in words:
            if word == "double":
                repeat = 2
            elif word in ("triple", "treble"):
                repeat = 3
            elif word in _SPOKEN_ZEROS:
                digits += _SPOKEN_ZEROS[word]
            elif word != "plus":
                digits += _DIGIT_WORDS[word] * repeat
                repeat = 1
        # Ten or more digits starting with nought or "plus": a phone number, not "one or two".
        if digits >= 10 and words[0] in ("oh", "o", "zero", "nought", "plus"):
            yield Candidate(m.start(), m.end(), "phone", 0.8, "phone number read out in words")


def find_nhs_numbers(text: str) -> Iterator[Candidate]:
    """Yield NHS numbers: valid check digit, or ten digits next to the word NHS."""
    for m in match_at(NHS_RE, text, starts_before_digits(text, (0,), 3)):
        digits = m.group(1) + m.group(3) + m.group(4)
        context = NHS_CONTEXT_RE.search(text, max(0, m.start() - 40), m.start()) is not None
        valid = nhs_check_digit_ok(digits)
        if re.search(r"(?:\+\d{1,3}|\(0\))\s?$", text[max(0, m.start() - 6) : m.start()]):
            continue  # the tail of an international phone number
        if valid and context:
            yield Candidate(m.start(), m.end(), "nhs_number", 0.99, "NHS number, check digit valid")
        elif context:
            yield Candidate(m.start(), m.end(), "nhs_number", 0.7, "ten digits after 'NHS'")
        elif valid and digits[0] != "0":
            yield Candidate(m.start(), m.end(), "nhs_number", 0.85, "ten digits, NHS check valid")


def find_ni_numbers(text: str) -> Iterator[Candidate]:
    """Yield National Insurance numbers."""
    for m in match_at(NI_RE, text, code_starts(text)):
        chunk = m.group(0)
        upper = chunk == chunk.upper()
        # Lower-case look-alikes need the words 'NI' or 'insurance' nearby.
        if not upper and not NI_CONTEXT_RE.search(text, max(0, m.start() - 30), m.start()):
            continue
        yield Candidate(m.start(), m.end(), "ni_number", 0.95 if upper else 0.8, "NI number shape")


def find_postcodes(text: str) -> Iterator[Candidate]:
    """Yield UK postcodes whose area letters are real, with or without the space."""
    for m in match_at(POSTCODE_RE, text, code_starts(text)):
        area = m.group(1).upper()
        chunk = m.group(0)
        if area not in POSTCODE_AREAS and not (chunk.isupper() and chunk.count(" ") == 1):
            # An area no map has ("NB4 7QS") is still a postcode written in full, in
            # capitals with its one space: no dose or model number is typed that way.
            continue
        conf = 0.97 if (" " in chunk or chunk.isupper()) else 0.85
        yield Candidate(m.start(), m.end(), "postcode", conf, "UK postcode")


# A district on its own ("lives in LS6", "the BD5 area") narrows a home down to a few
# thousand households; it needs a place word around it because "B12" and "N95" are not places.
OUTWARD_RE = re.compile(r"(?<![\w-])([A-Z]{1,2})(\d[A-Z\d]?)(?![\w-]|\s{0,2}\d[A-Z]{2}\b)")
OUTWARD_BEFORE_RE = re.compile(
    r"\b(?:in|at|near|from|around|postcode|post\s+code|area|district|moved\s+to|lives|living|"
    r"based|address)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
OUTWARD_AFTER_RE = re.compile(r"\s+(?:area|postcode|district)\b", re.IGNORECASE)


def find_outward_codes(text: str) -> Iterator[Candidate]:
    """Yield bare outward postcodes ("LS6") that the text uses as a place."""
    for m in match_at(OUTWARD_RE, text, code_starts(text)):
        if m.group(1) not in POSTCODE_AREAS:
            continue
        after = OUTWARD_AFTER_RE.match(text, m.end()) is not None
        if len(m.group(1)) == 1 and not after:
            continue  # "M1", "B12", "E10": roads, vitamins and products as often as districts
        before = OUTWARD_BEFORE_RE.search(text, max(0, m.start() - 20), m.start())
        if before is None and not after:
            continue
        yield Candidate(m.start(), m.end(), "postcode", 0.8, "postcode district")


def _ref_code_ok(code: str) -> bool:
    digits = sum(ch.isdigit() for ch in code)
    if digits == 0:
        return False
    # Short bare numbers after 'case' or 'no.' are usually counts ("case 2 of 3").
    return len(code) >= 4 and digits >= 3 or (digits >= 2 and any(ch.isalpha() for ch in code))


def find_case_references(text: str) -> Iterator[Candidate]:
    """Yield local case, record and incident references."""
    low = lowered(text)
    runs = digit_runs(text)
    if not runs:
        return
    # An introduction is looked for only in the 45 characters before each number.
    intro: list[int] = []
    lo, hi = max(0, runs[0][0] - 45), runs[0][0]
    for s, _ in runs[1:]:
        if s - 45 > hi:
            intro += positions(low, _REF_INTRO_STEMS, True, lo, hi)
            lo = s - 45
        hi = s
    intro += positions(low, _REF_INTRO_STEMS, True, lo, hi)
    for m in match_at(REF_INTRO_RE, text, intro):
        code = REF_CODE_RE.match(text, m.end())
        if code is None:
            continue
        value = code.group(0).rstrip("/-")
        if re.fullmatch(r"(?:19|20)\d\d", value):
            continue  # "the report 2024" names a year, not a record
        if not _ref_code_ok(value) or re.fullmatch(r"\d{1,2}(?:st|nd|rd|th)", value, re.I):
            continue
        date = NUMERIC_DATE_RE.fullmatch(value)
        if date and 1 <= int(date.group("a")) <= 31 and 1 <= int(date.group("b")) <= 12:
            continue  # "night log 11/03/24": the log's date, which the dates find
        if m.group(0)[:4].lower() == "page" and not re.fullmatch(r"\d{5,}", value):
            continue  # "Page 04417" of a tech log is its serial; "page 12" is a page
        end = code.start() + len(value)
        if value[0].isdigit() and _STREET_AFTER_RE.match(text, end):
            continue  # "for the file: 112a Dewsbury Road" is a house number
        yield Candidate(code.start(), end, "case_reference", 0.9, "code after a reference word")
    for m in match_at(PREFIXED_REF_RE, text, code_starts(text)):
        chunk = m.group(0)
        prefix = re.match(r"[A-Za-z]+", chunk)
        if prefix and prefix.group(0).lower() in _UNIT_WORDS:
            continue
        if prefix and prefix.group(0).upper() in PUBLISHED_SERIES and chunk[prefix.end():][:1] == " ":
            continue  # "EC 1107/2006", "CAP 1535": a published regulation or guide
        if WORD_DAY_MONTH_RE.fullmatch(chunk):
            continue  # "Sat 17/08", "DASH 17/24": a date (the dates find it) or a score
        if " " in chunk and prefix and not prefix.group(0).isupper():
            word = prefix.group(0)
            if sum(c.isupper() for c in word) >= 2 and chunk[len(word)] == " ":
                # "StEIS 2024/11873": a system written in mixed-case capitals; the
                # reference is the code after it.
                start = m.start() + len(word) + 1
                yield Candidate(start, m.end(), "case_reference", 0.8, "code after a system name")
            continue  # "March 2024/25" is a period, not a reference
        if AIRCRAFT_TYPES_RE.match(chunk):
            continue  # "ATR 72-600", "A320-200": an aircraft type, kept for learning
        if UN_NUMBER_RE.fullmatch(chunk):
            continue  # "UN1263": a dangerous-goods class, the same for every consignment
        if _DATE_AFTER_LETTERS_RE.fullmatch(chunk):
            continue  # "PSNI 15/08/24": who was told, and when
        yield Candidate(m.start(), m.end(), "case_reference", 0.8, "letters followed by digits")
    for m in match_at(LONG_DIGITS_RE, text, starts_before_digits(text, (0,), 7)):
        yield Candidate(m.start(), m.end(), "case_reference", 0.6, "long number")
    for m in match_at(GROUPED_DIGITS_RE, text, starts_before_digits(text, (0,), 2)):
        yield Candidate(m.start(), m.end(), "case_reference", 0.6, "number in two groups")


# Where a reference introduction can begin (see anonymiser.scan).
_REF_INTRO_STEMS = (
    "ref", "case", "record", "file", "incident", "id", "crime", "log", "job", "claim", "datix",
    "mosaic", "lcs", "eclipse", "liquidlogic", "carefirst", "systmone", "emis", "rio", "mrn",
    "cris", "cad", "occurrence", "mor", "asr", "report", "hospital", "patient", "unit",
    "client", "person", "child", "account", "ticket", "reg", "serial", "badge", "collar",
    "warrant", "docket", "no", "num", "page", "ulysses", "inphase", "task", "appeal",
)
_STREET_AFTER_RE = re.compile(rf"\s+(?:[A-Z][\w'’-]*\s+){{1,3}}{STREET_TYPES}\b")
_DATE_AFTER_LETTERS_RE = re.compile(r"[A-Za-z]+[ \t]\d{1,2}[/.-]\d{1,2}[/.-](?:\d{2}|\d{4})")
_UNIT_WORDS = frozenset(
    "mg ml mcg kg g l mmol iu am pm hrs hr h mins min km mi ft m cm mm flight fl no nos at on"
    " in to by of and or is was for from page p pp ext tel year years yr"
    # observations: "BP 104/66", "HR 118", "GCS 14/15", "BM 12"
    " bp hr rr pr sats spo2 gcs bm temp news news2 pews mews".split()
)


def find_vehicles(text: str) -> Iterator[Candidate]:
    """Yield UK vehicle registration marks in current and older formats."""
    seen: set[int] = set()
    starts = code_starts(text)
    for idx, pattern in enumerate(VEHICLE_RES):
        for m in match_at(pattern, text, starts):
            chunk = m.group(0)
            if AIRCRAFT_TYPES_RE.match(chunk) or m.start() in seen:
                continue
            head = chunk.split()[0] if " " in chunk else chunk
            if idx == 2 and head[:3] in AIRLINE_CODES:
                continue
            context = VEHICLE_CONTEXT_RE.search(text, max(0, m.start() - 40), m.start())
            # Older formats collide with codes and callsigns; insist on context for them.
            if idx > 0 and context is None:
                continue
            seen.add(m.start())
            conf = 0.95 if idx == 0 else 0.8
            yield Candidate(m.start(), m.end(), "vehicle_registration", conf, "vehicle reg shape")
    for m in match_at(LOWER_VEHICLE_RE, text, code_starts(text)):
        if m.group(0).isupper() or m.start() in seen:
            continue
        if VEHICLE_CONTEXT_RE.search(text, max(0, m.start() - 40), m.start()):
            yield Candidate(
                m.start(), m.end(), "vehicle_registration", 0.8, "vehicle reg after 'reg'"
            )


def find_aircraft(text: str, common: frozenset[str]) -> Iterator[Candidate]:
    """Yield aircraft registrations such as G-ABCD, EI-ABC, D-AIBC and N123AB."""
    hyphens = positions(text, ("-",))
    # A window of the text can hold an aviation word only if the whole text does.
    aviation = mentions(text, _AVIATION_WORDS)
    for m in match_at(AIRCRAFT_RE, text, sorted({h - k for h in hyphens for k in (1, 2, 3) if h >= k})):
        prefix, mark = m.group(1), m.group(2)
        if prefix not in AIRCRAFT_PREFIXES:
            continue
        if mark.isdigit():
            continue  # "A-380" style model numbers, not marks
        if mark.lower() in common and not (aviation and AVIATION_CONTEXT_RE.search(
            text, max(0, m.start() - 60), m.end() + 40
        )):
            continue  # D-DAY, T-BAR and friends
        yield Candidate(m.start(), m.end(), "aircraft_registration", 0.95, "aircraft reg shape")
    for m in match_at(US_AIRCRAFT_RE, text, code_starts(text)):
        chunk = m.group(0)
        if len(chunk) < 4:
            continue  # N95 masks, N2 gas
        has_context = aviation and AVIATION_CONTEXT_RE.search(
            text, max(0, m.start() - 80), m.end() + 40) is not None
        if not has_context and not chunk[-1].isalpha():
            continue
        # With aviation context an N-number outranks the postcode it resembles (N12 3AB).
        yield Candidate(m.start(), m.end(), "aircraft_registration", 0.8, "US aircraft reg",
                        priority_bonus=10 if has_context else 0)


def find_flights(text: str) -> Iterator[Candidate]:
    """Yield flight numbers and callsigns (BA123, EZY4567, U2 8023, RYR12AB)."""
    for m in match_at(FLIGHT_RE, text, code_starts(text)):
        code = m.group(1) + m.group(2)
        if code not in AIRLINE_CODES:
            continue
        if AIRCRAFT_TYPES_RE.match(m.group(0)):
            continue
        yield Candidate(m.start(), m.end(), "flight_number", 0.9, "airline code and number")
    words = positions(lowered(text), ("flight", "flt", "call", "service"), word_start=True)
    for m in match_at(FLIGHT_CONTEXT_RE, text, words):
        value = m.group(1)
        if AIRCRAFT_TYPES_RE.match(value) or not any(ch.isalpha() for ch in value[:3]):
            continue
        if not value[:2].isupper() and value[:2].upper() not in AIRLINE_CODES:
            continue  # "Fostering Service on 21st": a word, not a callsign
        yield Candidate(m.start(1), m.end(1), "flight_number", 0.85, "code after 'flight'")


# "LHR-JFK", "BHX-PMI": a route written as two airport codes. Once a code has been seen in a
# route, its other appearances in the report ("met by EMS at JFK") are the same airport. An
# airport with scheduled flights identifies nobody: the engine keeps these codes in the text,
# but they claim their letters, so "MAN" is never read as a word or a person's initials.
ROUTE_REASON = "airport code in a route"
ROUTE_RE = re.compile(r"(?<![\w-])([A-Z]{3})-([A-Z]{3})(?![\w-])")


def find_routes(text: str, flights: bool) -> Iterator[Candidate]:
    """Yield airports named by their codes in a route, and their other mentions."""
    if "-" not in text or not (flights or _aviation_anywhere(text)):
        return  # "ICU-HDU" in a ward report is a transfer between units, not a route
    codes: set[str] = set()
    for m in ROUTE_RE.finditer(text):
        if m.group(1) == m.group(2):
            continue
        for g in (1, 2):
            codes.add(m.group(g))
    if not codes:
        return
    other = re.compile(rf"(?<!\w)(?:{'|'.join(sorted(codes))})(?!\w)")
    for m in other.finditer(text):
        yield Candidate(m.start(), m.end(), "organisation", 0.75, ROUTE_REASON,
                        meta={"type": ""})


def find_structured(text: str, common: frozenset[str]) -> list[Candidate]:
    """Run every shape-based detector over the text."""
    found: list[Candidate] = []
    found.extend(find_emails(text))
    found.extend(find_nhs_numbers(text))
    found.extend(find_phones(text))
    found.extend(find_ni_numbers(text))
    found.extend(find_postcodes(text))
    found.extend(find_outward_codes(text))
    found.extend(find_case_references(text))
    found.extend(find_vehicles(text))
    found.extend(find_aircraft(text, common))
    flights = list(find_flights(text))
    found.extend(flights)
    found.extend(find_routes(text, bool(flights)))
    return found
