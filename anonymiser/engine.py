"""The anonymise() pipeline: detect, apply the organisation's lists, resolve, replace.

Every detector sees the original text and reports offsets into it; nothing rewrites the text
until the very end, so the spans always index the original exactly.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from anonymiser.candidates import Candidate, resolve
from anonymiser.casing import truecase
from anonymiser.edges import give_back_stops, widen
from anonymiser.lexicon import Lexicon, lexicon
from anonymiser.model import Policy, Result, Span
from anonymiser.names import (
    JOB_TITLE_ENDS,
    NATO,
    STRONG_TITLES,
    WEAK_TITLES,
    _place_words,
    find_names,
    tokenize,
)
from anonymiser.places import (
    GENERIC_ORG_WORDS,
    NAMED_STREET_RE,
    ORG_TYPE_RE,
    TOWN_REASON,
    WARD_NUMBER_REASON,
    address_blocks,
    find_addresses,
    find_organisations,
    find_towns,
)
from anonymiser.recall import recall_pass
from anonymiser.replace import assign
from anonymiser.scan import (
    first_words,
    has_word,
    leading_words,
    lowered,
    match_at,
    mentions,
    positions,
    word_led,
    word_trie,
)
from anonymiser.structured import ROUTE_REASON, find_structured
from anonymiser.temporal import MONTHS, NAME_DAYS, age_band, find_ages, find_dates

DEFAULT_POLICY = Policy()

# An organisation's own terms outrank every built-in detector: they know their patch.
_ORG_LIST_BONUS = 100


@lru_cache(maxsize=64)
def _terms_pattern(terms: frozenset[str]) -> re.Pattern[str] | None:
    if not terms:
        return None
    alt = "|".join(
        re.escape(t).replace(r"\ ", r"\s+") for t in sorted(terms, key=len, reverse=True)
    )
    return re.compile(rf"(?<![\w])(?:{alt})(?![\w])", re.IGNORECASE)


def _kind_of_term(term: str, lex: Lexicon) -> str:
    if ORG_TYPE_RE.search(term.title()):
        return "organisation"
    if NAMED_STREET_RE.search(term.title()):
        return "address"
    words = term.lower().split()
    if words and all(w in lex.first_names or w in lex.surnames for w in words):
        return "name"
    return "organisation"


def _always_identifying(text: str, policy: Policy, lex: Lexicon) -> list[Candidate]:
    pattern = _terms_pattern(policy.always_identifying)
    if pattern is None:
        return []
    found = []
    for m in pattern.finditer(text):
        kind = _kind_of_term(m.group(0), lex)
        meta = {"tokens": m.group(0).lower(), "initials": ""} if kind == "name" else {"type": ""}
        found.append(
            Candidate(m.start(), m.end(), kind, 1.0, "on the organisation's identifying list",
                      meta=meta, priority_bonus=_ORG_LIST_BONUS)
        )
    return found


def _never_ranges(text: str, policy: Policy) -> list[tuple[int, int]]:
    pattern = _terms_pattern(policy.never_redact)
    if pattern is None:
        return []
    return [(m.start(), m.end()) for m in pattern.finditer(text)]


# A number right after a confirmed name is its age when it stands alone in the clause:
# "Jayden (4)", "Abdi (care leaver, 19)", "Maisie, 14, said", "Rose is 9.", "Rose and Will
# (siblings, 4 and 2)". What follows the number must close the clause, so "Tom, 12 Oak Road"
# and "Amy was 20 minutes late" are left alone.
_AGE_AFTER_NAME_RE = re.compile(
    r"""(?:['’]s)?
    (?:[ \t]*\([ \t]*(?:[^(),\d\n]{1,30},[ \t]*)?   # "(4", "(care leaver, 19"
      |,[ \t]*                                    # "Maisie, 14,"
      |[ \t]+(?:is|was|is[ \t]+now|now)[ \t]+)     # "Sky is 13"
    (?:aged[ \t]+)?
    (\d{1,3})(?:[ \t]*(?:yo|yrs?|years?|(months?|mths?|weeks?|wks?))(?:[ \t]+old)?)?
    (?:[ \t]*(?:and|&)[ \t]*(\d{1,2}))?
    (?=[ \t]*[,);.!?]|[ \t]+(?:and|but|with|who|has|had|was|is)\b|[ \t]*(?:\n|$))""",
    re.IGNORECASE | re.VERBOSE,
)
# "she's 16", "since he was 12": an age stated about a person by pronoun.
_PRONOUN_AGE_RE = re.compile(
    r"(?<![\w'’])(?:s?he|they)(?:['’]s|[ \t]+(?:is|was|turned|turns|is[ \t]+now))[ \t]+"
    r"(?:only[ \t]+|now[ \t]+|just[ \t]+)?(\d{1,2})"
    r"(?=[ \t]*[,);.!?]|[ \t]+(?:and|but|with|years?)\b|[ \t]*(?:\n|$))",
    re.IGNORECASE,
)


def _age_candidate(
    m: re.Match[str], group: int, reason: str, policy: Policy, unit: int = 0
) -> Candidate | None:
    years: float = float(int(m.group(group)))
    end = m.end(group)
    if unit and m.group(unit):
        # "Ruby (6 weeks)", "Lily (18 months)": a baby's age, in weeks or months.
        years /= 12 if m.group(unit).lower().startswith("m") else 52
        end = m.end(unit)
    if years > 110:
        return None
    replacement = age_band(years) if policy.age_bands else "[age]"
    return Candidate(m.start(group), end, "age", 0.8, reason, replacement=replacement)


def _ages_after_people(text: str, names: list[Candidate], policy: Policy) -> list[Candidate]:
    """Ages stated right after a name, or after he/she/they, as bare numbers."""
    out = []
    for cand in names:
        m = _AGE_AFTER_NAME_RE.match(text, cand.end)
        if m is None:
            continue
        for group in (1, 3):
            if m.group(group) is not None:
                age = _age_candidate(m, group, "number standing after a name", policy,
                                     unit=2 if group == 1 else 0)
                if age is not None:
                    out.append(age)
    low = text.lower()
    for m in match_at(_PRONOUN_AGE_RE, text, positions(low, ("he", "she", "they"), True)):
        age = _age_candidate(m, 1, "age stated after he, she or they", policy)
        if age is not None:
            out.append(age)
    return out


def _yield_to_organisations(text: str, cands: list[Candidate]) -> list[Candidate]:
    """A street or town that begins an organisation's name ("Holt Park Surgery", "Callington
    Road Hospital") belongs to the organisation: the address detector would otherwise win
    the overlap and leave the type word, and the report would read "ZZZ Surgery" beside the
    place it names. The address keeps whatever lies before the organisation."""
    orgs = [c for c in cands if c.kind == "organisation"]
    if not orgs:
        return cands
    out = []
    for c in cands:
        if c.kind == "address":
            for o in orgs:
                if o.start < c.end < o.end and c.start <= o.start:
                    end = o.start
                    while end > c.start and not text[end - 1].isalnum():
                        end -= 1
                    if end - c.start < 3:
                        break
                    c = Candidate(c.start, end, c.kind, c.confidence, c.reason,
                                  c.replacement, dict(c.meta), c.priority_bonus)
            else:
                out.append(c)
            continue
        out.append(c)
    return out


# A house or flat number the street detector stopped short of: "8/3 Easter Road" (Scottish
# flat notation), "22 Easter Road" when the street was found from its name alone.
_NUMBER_BEFORE_STREET_RE = re.compile(r"(?<![\w/.:-])\d{1,4}(?:/\d{1,3})?[A-Za-z]?[ \t]$")


def _with_house_numbers(text: str, cands: list[Candidate]) -> list[Candidate]:
    out = []
    for c in cands:
        if c.kind == "address" and c.start and text[c.start - 1] in " \t":
            m = _NUMBER_BEFORE_STREET_RE.search(text, max(0, c.start - 12), c.start)
            if m is not None and not text[: m.start()].rstrip()[-1:].isdigit():
                # never the tail of a number before it ("NHS 691 724 4651  The Old Forge")
                c = Candidate(m.start(), c.end, c.kind, c.confidence, c.reason,
                              c.replacement, dict(c.meta), c.priority_bonus)
        out.append(c)
    return out


# Policies named after the person they commemorate: "Philomena Protocol", "Herbert Protocol",
# "Clare's Law", "Martha's Rule". The name is the policy's, not a person's in the report.
_POLICY_WORDS = r"(?:[Pp]rotocol|[Ll]aw|[Rr]ule|[Pp]rinciples?)"
_NAMED_POLICY_RE = re.compile(rf"(?:['’]s)?[ \t]+{_POLICY_WORDS}\b")
_ENDS_WITH_POLICY_RE = re.compile(rf"[ \t]{_POLICY_WORDS}$")


# An aircraft's type written beside its registration: "G-CJTV (Discus)", "G-LFSJ (PA-34
# Seneca)", "G-OKTA King Air 350 c/s ...", "AW169 G-KRNW", or after a manufacturer ("Boeing
# 737-400SF"). The type carries the learning; it is never a name or a reference.
_TYPE_AFTER_REG_RE = re.compile(
    r"(?:[ \t]*\([ \t]*([A-Z][A-Za-z]+|[A-Z][A-Za-z-]*(?:[ \t][A-Za-z-]+)?[ \t-]?\d[\w-]*"
    r"(?:[ \t][A-Z][A-Za-z]+)?)[ \t]*\)"
    # one space: a wider gap is the next column of a table ("G-HELX      Ruth Lewandowska")
    r"|[ \t]?[ \t]((?:[A-Z][a-z]+[ \t]){0,2}[A-Z][a-z]+(?:[ \t]\d{2,4}[A-Za-z]*)?)"
    r"(?=[ \t]*(?:c/s|[,.;:]|\n|$|dep|on|in|inbound|from|to|at|with)))")
# "G-BXLV (HVA-LS-24-004)": an occurrence's reference after the registration, not its type;
# no type has two groups of letters before its number, or a number led by a nought.
_REFERENCE_NOT_TYPE_RE = re.compile(r"[A-Z]{2,}-[A-Z]{2,}-\d|-0\d")
# "AW169 G-KRNW", "A320neo G-UZHF", "ATR72 G-ISLK"; never a callsign ("EZY82GK G-UZHF").
_TYPE_BEFORE_REG_RE = re.compile(
    r"(?<![\w-])((?:[A-Z]{1,2}-?\d{2,4}(?:-\d{1,4})?|ATR[ -]?\d{2})(?:[A-Z]{1,2}|neo|ceo|max)?)"
    r"[ \t]+$")
_MAKER_TYPE_RE = re.compile(
    leading_words(
        "Boeing Airbus Embraer ATR Dash Cessna Piper Beech Beechcraft Bombardier Saab Fokker BAe Avro "
        "Gulfstream Learjet Pilatus Diamond Robinson Eurocopter Leonardo Sikorsky Bell AgustaWestland "
        "Agusta Schleicher Schempp-Hirth Grob Tecnam Cirrus Socata Dornier Britten-Norman Islander "
        "Phenom Citation Robin Jodel Slingsby".split() + ["Twin Otter", "King Air"])
    + r"[ \t]+([A-Z]{0,3}-?\d{2,4}(?:-\d{1,4})?[A-Za-z]{0,3}"
    # "Piper Malibu", "Piper Arrow": the light aircraft Piper names rather than numbers
    + r"|(?<=Piper )(?:Malibu|Arrow|Cherokee|Warrior|Archer|Seneca|Seminole|Navajo|Tomahawk|"
    + r"Aztec|Cub|Comanche|Saratoga|Lance|Dakota|Meridian))")
_TYPE_KINDS = frozenset({"name", "case_reference", "flight_number", "organisation"})


def _aircraft_types(text: str, cands: list[Candidate]) -> list[Candidate]:
    regions: list[tuple[int, int]] = []
    for c in cands:
        if c.kind != "aircraft_registration":
            continue
        m = _TYPE_AFTER_REG_RE.match(text, c.end)
        if m is not None:
            group = 1 if m.group(1) is not None else 2
            if not _REFERENCE_NOT_TYPE_RE.search(m.group(group)):
                regions.append((m.start(group), m.end(group)))
        before = _TYPE_BEFORE_REG_RE.search(text, max(0, c.start - 12), c.start)
        if before is not None:
            regions.append((before.start(1), before.end(1)))
    regions.extend((m.start(), m.end()) for m in _MAKER_TYPE_RE.finditer(text))
    if not regions:
        return cands
    lex = lexicon()
    return [c for c in cands
            if c.kind not in _TYPE_KINDS
            or not any(s <= c.start and c.end <= e for s, e in regions)
            # "the solo student in G-CDWX (Rhys)": a first name no maker or type has
            or (c.kind == "name" and text[c.start:c.end].lower() in lex.first_names
                and text[c.start:c.end].lower() not in lex.keep
                and not lex.is_common(text[c.start:c.end].lower()))]


# "Lennox-Gastaut syndrome", "Crohn disease", "Edinburgh scale": a name that a condition,
# scale or manoeuvre is named after, written without a possessive.
_CONDITION_AFTER_RE = re.compile(
    r"[ \t]+(?:syndrome|disease|disorder|palsy|scales?|scores?|scoring|criteria|manoeuvre|"
    r"classification|lymphoma|sarcoma|tumour|test|sign|chart|cards?|forceps|"
    r"fracture|procedure|splint|retractor)\b", re.IGNORECASE)
_TITLE_BEFORE_RE = re.compile(r"\b(?:mr|mrs|ms|miss|mx|dr|prof)\.?[ \t]*$", re.IGNORECASE)
_TITLE_START_RE = re.compile(r"(?:mr|mrs|ms|miss|mx|dr|prof)\b", re.IGNORECASE)


# Codes that are not records: what the organisation's terms hold ("s136" is a section, "T34" a
# syringe driver), an aircraft type written with its model number ("PA-28-161", "DHC-6"), and
# a part number ("P/N ALX-8421").
_VETOED_CODE_KINDS = frozenset({"case_reference", "flight_number", "vehicle_registration"})
_TYPE_DESIGNATOR_RE = re.compile(
    r"(?:PA|DA|DR|SR|TB|AA|BN|BN2[AB]?|DHC|EMB|ATR|AS|EC|AW|MD|BK)-\d{1,3}(?:-[1-9]\d{0,2}[A-Z]{0,2})?"
    r"|B7[0-8]7-\d{1,3}[A-Z]{0,3}|A3[0-8]\d-\d{1,3}[A-Z]{0,3}"  # "B747-8F", "A330-200F"
    r"|UN\d{4}")  # a UN dangerous-goods number
# "on the A34", "the M62": a road, not a record
_ROAD_RE = re.compile(r"[AMB]\d{1,4}(?:\(M\))?")
_ROAD_BEFORE_RE = re.compile(r"\b(?:the|on|via|off|along|onto|from)[ \t]+$", re.IGNORECASE)
# "Rona Bravo", "Tern Charlie": an offshore installation or a call sign, not a person
_NATO_AFTER_RE = re.compile(r"[ \t]+([A-Z][a-z]+(?:-ray)?)\b")
_NATO_LAST = frozenset(
    "alpha bravo charlie delta echo foxtrot golf hotel kilo papa quebec sierra tango "
    "uniform whiskey whisky xray x-ray yankee zulu".split())  # not Lima, a surname too
_PART_NUMBER_BEFORE_RE = re.compile(r"\b(?:P/N|PN|part[ \t]+(?:no\.?|number))[ \t:]*$",
                                    re.IGNORECASE)


def _not_kept_codes(text: str, cands: list[Candidate]) -> list[Candidate]:
    keep = lexicon().keep
    return [c for c in cands
            if c.kind not in _VETOED_CODE_KINDS
            or not (text[c.start:c.end].lower() in keep
                    or _TYPE_DESIGNATOR_RE.fullmatch(text, c.start, c.end)
                    or (_ROAD_RE.fullmatch(text, c.start, c.end)
                        and _ROAD_BEFORE_RE.search(text, max(0, c.start - 8), c.start))
                    or _PART_NUMBER_BEFORE_RE.search(text, max(0, c.start - 16), c.start))]


_LOWER_WORD_RE = re.compile(r"[a-z](?<![\w'’\-].)[a-z'’]+")


def _not_another_language(text: str, cands: list[Candidate]) -> list[Candidate]:
    """A report written in Welsh (or any language but English) is full of lower-case words no
    English dictionary holds; they are not lower-case names. Only when most of the report's
    lower-case words are not English is a name candidate with a lower-case word dropped."""
    lower = [c for c in cands if c.kind == "name"
             and any(w[:1].islower() for w in text[c.start:c.end].split())]
    if not lower:
        return cands
    lex = lexicon()
    words = _LOWER_WORD_RE.findall(text)
    if len(words) < 20:
        return cands
    needed = (len(words) + 1) // 2
    common, basic = lex.common, lex.basic
    for w in words:  # stops as soon as half the words are English, as in almost every report
        if w in common or w in basic:
            needed -= 1
            if needed <= 0:
                return cands
    dropped = {id(c) for c in lower}
    return [c for c in cands if id(c) not in dropped]


# "Essex Radar", "Scottish Control": an air traffic unit; "Leeds United": a football club ("Belfast
# City" is as often the airport, so "City" stays out).
_UNIT_AFTER_RE = re.compile(r" (?:Radar|Approach|Tower|Director|Control|Information)\b")
_CLUB_AFTER_RE = re.compile(
    r"[ \t]+(?:United|Rovers|Athletic|Wanderers|Albion|Villa|Rangers|Hotspur)\b")


def _not_units_or_clubs(text: str, cands: list[Candidate]) -> list[Candidate]:
    places = lexicon().places
    cands = [c for c in cands if c.kind != "name" or not (
        (len(words := text[c.start:c.end].split()) == 2 and words[1].lower() in _NATO_LAST)
        or ((after := _NATO_AFTER_RE.match(text, c.end)) is not None
            and after.group(1).lower() in _NATO_LAST))]
    return [c for c in cands if c.kind not in ("name", "address")
            or not ((c.kind == "name" and " " not in text[c.start:c.end]
                     and _UNIT_AFTER_RE.match(text, c.end))
                    or (_CLUB_AFTER_RE.match(text, c.end)
                        and text[c.start:c.end].lower() in places))]


# After a possessive only what is named after a discoverer ("Hutchinson's sign", "Bell's
# palsy"); "Kai's test" and "Amy's chart" belong to a person.
_EPONYM_AFTER_POSSESSIVE_RE = re.compile(
    r"['’]s?[ \t]+(?:sign|syndrome|disease|palsy|phenomenon|manoeuvre|triad|reflex)\b")


def _not_eponymous_terms(text: str, cands: list[Candidate]) -> list[Candidate]:
    return [c for c in cands if c.kind != "name"
            or (not _EPONYM_AFTER_POSSESSIVE_RE.match(text, c.end)
                and (text[c.end:c.end + 1] in ("'", "’")
                     or not _CONDITION_AFTER_RE.match(text, c.end)))
            or _TITLE_BEFORE_RE.search(text, max(0, c.start - 6), c.start) is not None
            or _TITLE_START_RE.match(text, c.start) is not None]


_BARE_POSSESSIVE_END = re.compile(r"s(?!\w)")  # "rileys dad": the name without its "s"
_SCHOOL_YEAR_RE = re.compile(r"(?:Y|Yr)\d{1,2}\b|P[1-7]\b|S[1-6]\b")


def _whole_words(text: str, cands: list[Candidate]) -> list[Candidate]:
    """A name is whole words: never the "HbA" of "HbA1c" or the tail of a code. A name run
    that took the first letter of a code after it keeps its whole words when they are a full
    name or a pupil before a school year ("Kristīne Bērziņa G2P1", "Grace Y9")."""
    out = []
    for c in cands:
        if c.kind == "name" and c.end < len(text) and text[c.end].isalnum() \
                and not _BARE_POSSESSIVE_END.match(text, c.end):
            cut = text.rfind(" ", c.start, c.end)
            kept = text[c.start:cut].rstrip() if cut > c.start else ""
            words = kept.split()
            if len(kept) < 2 or not (_SCHOOL_YEAR_RE.match(text, c.start + len(kept) + 1)
                                     or len(words) in (2, 3) and all(w[0].isupper() for w in words)
                                     # "Kev B1 shift lead": a first name, then a licence
                                     or len(words) == 1 and words[0].lower() in lexicon().first_names):
                continue  # "McKinley T34", "Ikarus C42": a maker and a model, not a person
            c = replace(c, end=c.start + len(kept))
        if c.kind == "name" and c.start > 0 and text[c.start - 1].isalnum():
            continue
        out.append(c)
    return out


# "Isle of Man", "Bay of Biscay", "Vale of Glamorgan": the name of a place, not a person.
_PLACE_OF_RE = re.compile(
    r"\b(?:Isle|Isles|Bay|Vale|Forest|Port|Firth|Sound|Strait|Straits|Gulf|Cape|Lake|Loch|"
    r"Mull|Kyle|Sea|Rhinns|Rhins)[ \t]+of[ \t]+(?:the[ \t]+)?$")


# "Edinburgh Postnatal Depression Scale", "Waterlow Score": every word of a named scale or tool
# belongs to the tool.
_TOOL_WORDS = ("Scale", "Score", "Criteria", "Questionnaire", "Questions", "Tool", "Index",
               "Protocol", "Pathway", "Checklist", "Round")
_NAMED_TOOL_RE = re.compile(
    r"(?:[A-Z][a-z\-]+[ \t]){1,4}(?:Scale|Score|Criteria|Questionnaire|Questions|Tool|Index|"
    r"Protocol|Pathway|Checklist|Round|Rounds)\b")


def _not_named_tools(text: str, cands: list[Candidate]) -> list[Candidate]:
    if not any(w in text for w in _TOOL_WORDS):
        return cands
    regions = [(m.start(), m.end()) for m in _NAMED_TOOL_RE.finditer(text)
               if not _TITLE_START_RE.match(text, m.start())]  # never "Mr Smith Pathway"
    if not regions:
        return cands
    return [c for c in cands
            if c.kind not in ("name", "address", "organisation")
            or not any(s <= c.start and c.end <= e for s, e in regions)]


# "the Betadine", "their Cargowise template", "a Travelodge key card", "the Jodel G-AYKD": one
# capitalised word after an article or a possessive, or before an aircraft's registration, is a
# product, a brand or an aircraft type; a person is written with no article in front.
_ARTICLE_BEFORE_RE = re.compile(r"\b(?:the|a|an|their)[ \t]+$", re.IGNORECASE)
# "the Al-Halabi family", "the Lowther-Bell twins", "the Okonkwo-Bell unborn": a household.
_HOUSEHOLD_AFTER_RE = re.compile(
    r"['’]?s?[ \t]+(?:family|families|children|kids|twins|boys|girls|siblings|household|unborn|"
    r"kinship|parents|brothers|sisters|case)\b", re.IGNORECASE)
_REGISTRATION_AFTER_RE = re.compile(r"[ \t]+(?:\d{2,3}[ \t]+)?[A-Z]{1,2}-[A-Z]{3,4}\b")
_PERSON_REASONS = ("title", "first name", "surname", "known", "initial", "signed", "speaker",
                   "field", "greeted", "said", "role", "list", "thanked", "relation", "family")


def _not_products(text: str, cands: list[Candidate]) -> list[Candidate]:
    lex = lexicon()
    return [c for c in cands if c.kind != "name" or not _product(text, c, lex)]


def _product(text: str, c: Candidate, lex: Lexicon) -> bool:
    word = text[c.start:c.end]
    low = word.lower()
    names = lex.first_names
    return (word[:1].isupper() and " " not in word
            and low not in names and low not in lex.surnames
            # "the Okonjo-Baptiste party": a double-barrelled surname, every part on the lists
            and not ("-" in low and all(part in names or part in lex.surnames
                                        for part in low.split("-")))
            and not any(r in c.reason for r in _PERSON_REASONS)
            and not _HOUSEHOLD_AFTER_RE.match(text, c.end)
            # "the Brennans", "the Doyles": a family by its surname
            and not (low.endswith("s") and (low[:-1] in lex.surnames or low[:-1] in lex.first_names))
            and bool(_ARTICLE_BEFORE_RE.search(text, max(0, c.start - 8), c.start)
                     or _REGISTRATION_AFTER_RE.match(text, c.end)))


def _not_places_of(text: str, cands: list[Candidate]) -> list[Candidate]:
    return [c for c in cands if c.kind != "name"
            or not _PLACE_OF_RE.search(text, max(0, c.start - 20), c.start)]


def _not_named_policies(text: str, cands: list[Candidate]) -> list[Candidate]:
    return [c for c in cands
            if c.kind != "name" or not (
                _NAMED_POLICY_RE.match(text, c.end)
                or _ENDS_WITH_POLICY_RE.search(text, c.start, c.end))]


@lru_cache(maxsize=2)
def _keep_phrases_re(ignore_case: bool = True) -> re.Pattern[str]:
    alt = word_trie(lexicon().phrases).replace(r"\ ", r"[ \t]+")
    return re.compile(rf"(?<![\w\-]){alt}s?(?![\w\-])", re.IGNORECASE if ignore_case else 0)


def _not_keep_phrases(text: str, cands: list[Candidate]) -> list[Candidate]:
    """"wing walker", "Code Adam", "Paddington Bear": the organisation's phrases to keep."""
    # The phrases are lower case: matching them case-sensitively in the lower-cased text is
    # twice as fast as ignoring case, and finds the same places (same offsets); `lowered`
    # gives the text back unchanged when lower-casing would move offsets.
    low = lowered(text)
    found = (_keep_phrases_re(False).finditer(low) if low is not text
             else _keep_phrases_re().finditer(text))
    regions = [(m.start(), m.end()) for m in found]
    if not regions:
        return cands
    return [c for c in cands
            if not any(s <= c.start and c.end <= e for s, e in regions)
            and not (c.kind == "address" and any(s < c.end and c.start < e for s, e in regions))
            # "Natalia's Home Treatment visit": the type word opens a phrase to keep
            and not (c.kind == "organisation"
                     and any(c.start < s < c.end < e for s, e in regions))]


# "RAG rating on the referral was Amber": a rating's colour, not a girl called Amber.
_RAG_BEFORE_RE = re.compile(
    r"\b(?:RAG|rated|rating|status|PEWS|NEWS2?|MEWS|triage|flagged)\b[^.\n]{0,40}$", re.IGNORECASE)
_RAG_COLOURS = frozenset({"red", "amber", "green"})


# "was Amber on the RAG", "an Amber response upgraded to Red": the rating named after it.
_RAG_AFTER_RE = re.compile(
    r"[ \t]+(?:\d[ \t]+)?(?:on[ \t]+the[ \t]+RAG|rating|rated|response|category|call|flag|alert|"
    r"warning|RAG|status|disposition)\b", re.IGNORECASE)  # "Green 2 disposition": NHS 111
# "risk now Amber (was Green)", "Red -> Amber": two ratings side by side.
_RAG_PAIR_RE = re.compile(r"\b(?:Red|Amber|Green|RED|AMBER|GREEN)\b")
_RAG_UPGRADE_RE = re.compile(r"\b(?:upgraded|downgraded|escalated|raised|lowered|moved)[ \t]+"
                             r"(?:to|from)[ \t]+$", re.IGNORECASE)
# "Storm Éowyn", "Storm Arwen": a named storm is weather.
_STORM_BEFORE_RE = re.compile(r"\bStorm[ \t]+$")


def _not_rag_ratings(text: str, cands: list[Candidate]) -> list[Candidate]:
    return [c for c in cands if c.kind != "name" or not (
        (text[c.start:c.end].lower() in _RAG_COLOURS and (
            _RAG_BEFORE_RE.search(text, max(0, c.start - 50), c.start)
            or _RAG_AFTER_RE.match(text, c.end)
            or _RAG_UPGRADE_RE.search(text, max(0, c.start - 30), c.start)
            or _rag_beside(text, c)))
        or _STORM_BEFORE_RE.search(text, max(0, c.start - 8), c.start)
        or _named_storm(text[c.start:c.end]))]


def _rag_beside(text: str, c: Candidate) -> bool:
    """Another rating's colour within a few words: "now Amber (was Green)"."""
    lo, hi = max(0, c.start - 20), min(len(text), c.end + 20)
    return any(m.start() != c.start and text[m.start():m.end()].lower() != text[c.start:c.end].lower()
               for m in _RAG_PAIR_RE.finditer(text, lo, hi))


def _named_storm(found: str) -> bool:
    """ "Storm Arwen" read as a first name and a surname: a storm, unless the second word is
    a surname ("Storm Jones") or double-barrelled ("Storm Okonkwo-Reid"): storms are named
    with one word."""
    words = found.split()
    return (len(words) == 2 and words[0] == "Storm" and "-" not in words[1]
            and words[1].lower() not in lexicon().surnames)


# "my dog Bryn", "her rabbit, Mr Buttons", "Bramble the yard dog", "Tyson is the family's
# Staffie": an animal's or a toy's name is not a person's.
_ANIMALS = (r"(?:dog|dogs|puppy|pup|cat|kitten|pony|horse|rabbit|bunny|hamster|guinea[ \t]pig|"
            r"budgie|parrot|tortoise|snake|lizard|ferret|goldfish|fish|pet|staffie|terrier|"
            r"spaniel|labrador|collie|poodle|greyhound|lurcher|teddy|soft[ \t]toy|toy|doll)")
_ANIMAL_BEFORE_RE = re.compile(
    rf"\b{_ANIMALS},?[ \t]+(?:(?:called|named)[ \t]+)?[\"“'‘]?(?:Mr[ \t]+|Mrs[ \t]+)?$"
    # "the dog (Bruno)", "One horse (Bramble)"
    rf"|\b(?i:the|a|an|our|his|her|their|my|one|family)[ \t]+(?-i:{_ANIMALS})[ \t]*\($",
    re.IGNORECASE)
_DETERMINER_START_RE = re.compile(r"(?i:the|a|an|our|his|her|their|my|one|family)\b")
_DETERMINER_END_RE = re.compile(r"\b(?i:the|a|an|our|his|her|their|my|your|family)[ \t]+$")
_ANIMAL_AFTER_RE = re.compile(
    rf"[\"”'’]?,?[ \t]*(?:\((?:the|our|his|her|their|my)[ \t]+(?:[\w-]+[ \t]+)?{_ANIMALS}\)"
    rf"|the[ \t]+(?:[\w-]+[ \t]+)?{_ANIMALS}\b"
    rf"|is[ \t]+(?:the[ \t]+family['’]s|his|her|their|my|our|a)[ \t]+(?:[\w-]+[ \t]+)?{_ANIMALS}\b)",
    re.IGNORECASE)


_TOY_RE = re.compile(r"\b(?:teddy|soft[ \t]toy|toy|doll)\b", re.IGNORECASE)
# Every cue before or after a pet's name holds one of the animal words as a whole word.
_ANIMAL_FIRSTS = first_words(_ANIMALS[3:-1].replace(r"[ \t]", " ").split("|"))


_GIVER_AFTER_RE = re.compile(
    r"[ \t]+(?:brought|bought|gave|sent|made|knitted|got|won|left|dropped|posted)\b")


def _not_animals_or_toys(text: str, cands: list[Candidate]) -> list[Candidate]:
    if not has_word(text, _ANIMAL_FIRSTS):
        return cands  # no animal or toy word anywhere, so no cue for one
    named = {}
    for c in cands:
        if c.kind != "name":
            continue
        cue = _ANIMAL_BEFORE_RE.search(text, max(0, c.start - 30), c.start)
        if (cue is not None and cue.group()[:1].isupper() and c.end - c.start > 2
                and not _DETERMINER_START_RE.match(cue.group())
                and not _DETERMINER_END_RE.search(text, max(0, cue.start() - 12), cue.start())):
            cue = None  # "Cat MacLeod, CFI": a capitalised animal word opening a name is a name
        if cue is not None and _TOY_RE.search(cue.group()) and _GIVER_AFTER_RE.match(text, c.end):
            continue  # "the teddy Gary brought for his girls": who brought the toy
        cue = cue or _ANIMAL_AFTER_RE.match(text, c.end)
        if cue is not None:
            named[(c.start, c.end)] = _TOY_RE.search(cue.group()) is None
    if not named:
        return cands
    # An animal is the animal wherever the report names it ("give Tyson away. Tyson is the
    # family's Staffie"); a toy or doll may share a person's name, so only that mention goes.
    pets = {text[s:e] for (s, e), animal in named.items() if animal}
    return [c for c in cands if c.kind != "name" or not (
        (c.start, c.end) in named or text[c.start:c.end] in pets)]


# Words that name a kind of service, not a particular one: "Youth Justice Service", "Rapid
# Response Team", "Leaving Care Service" are what any area has; a place or a proper name in
# them ("Northgate Pupil Referral Unit") is what makes one identifying. The words that describe
# a kind of organisation (places.GENERIC_ORG_WORDS) but where ("North West", "City", "County"),
# and the roles and kinds of work inside one.
_WHERE_WORDS = frozenset(
    """north south east west northern southern eastern western central mid greater upper lower
    new old royal city county general district national regional""".split())
_SERVICE_WORDS = (GENERIC_ORG_WORDS - _WHERE_WORDS) | frozenset(
    """abuse admin administration advice adviser advisor alcohol assistant attendance benefits
    bird business clerk co-ordinator commissioning complaints compliance consultant coordinator
    dental department dept deputy director directory disabilities discharge disorder disorders
    domestic drug drugs eating elderly end exploitation forum frailty group haematology homeless
    homelessness housing hyperacute infection integrated intervention interview interviews lead
    learning life manager managers missing misuse needs network nurse nurses nursing officer
    older paeds palliative panel partnership patient patients people's permanence person persons
    pharmacy placement placements practitioner prescriber prevention principal psychiatric
    psychiatry pupil rapid reablement referrals rehabilitation report return security sexual
    sister standards substance support teams triage units violence welfare technical detached
    review pre-proceedings proceedings users medical equipment library perinatal mental walk-in
    aseptic early pregnancy assessment safer neighbourhood reduction reducing restrictive
    practice restorative oral surgery local decontamination participation coastguard rescue
    runway virtual fracture screening immunisation medicines optimisation renal transplant
    follow-up chemo day victim offender management looked after children children's
    safeguarding quality assurance clinical hub crisis resolution home treatment leavers
    operations wildlife direct payments in-patient inpatient outpatient outpatients""".split())


# "prescribed Tazocin", "80ml Omnipaque", "completed the Parvolex", "Emerade pens": a word in a
# medicine's slot is a medicine, not a person.
# "prescribed", "started on", "course of": what a medicine's name follows.
_DOSE_PHRASES = ("prescribed", "administered", "infused", "started", "started on", "restarted on",
                 "commenced on", "switched to", "completed the", "course of", "dose of",
                 "infusion of", "box of", "treated with", "trial of", "supply of", "stock of",
                 "pack of", "bottle of")
_DOSED_BEFORE_RE = re.compile(
    r"(?:\b(?:" + "|".join(p.replace(" ", r"[ \t]+") for p in _DOSE_PHRASES) + r")"
    r"|\d[ \t]*(?:mg|mcg|ml|g|units?|iu))[ \t]+$", re.IGNORECASE)
# Every match of _DOSED_BEFORE_RE holds the first word of one of the phrases or a number and
# its unit, so a report with neither has none in any window.
_DOSE_WORDS = tuple(sorted({p.split()[0] for p in _DOSE_PHRASES}))
_DOSE_UNIT_RE = re.compile(r"\d[ \t]*(?:mg|mcg|ml|g|units?|iu)[ \t]", re.IGNORECASE)
_DOSED_AFTER_RE = re.compile(
    r"[ \t]+(?:\d+[ \t]*(?:mg|mcg|ml|g|units?|iu)\b|(?:dose|doses|infusion|tablets?|capsules?|pens?|"
    r"syrup|injection|drip|patch|patches|inhaler|cream|sachets?)\b"
    # "Yusuf drops out again", "Mo drops her off": a person's verb, not a medicine's form
    r"|drops\b(?![ \t]+(?:out|off|in|by|back|round|her|him|them|it|me|us)\b))", re.IGNORECASE)


def _not_medicines(text: str, cands: list[Candidate]) -> list[Candidate]:
    lex = lexicon()
    dosing = mentions(text, _DOSE_WORDS) or _DOSE_UNIT_RE.search(text) is not None
    return [c for c in cands if c.kind != "name" or not _medicine(text, c, lex, dosing)]


def _medicine(text: str, c: Candidate, lex: Lexicon, dosing: bool) -> bool:
    words = text[c.start:c.end].split()
    dosed_before = dosing and _DOSED_BEFORE_RE.search(text, max(0, c.start - 30), c.start) is not None
    if len(words) == 1:
        return dosed_before or _DOSED_AFTER_RE.match(text, c.end) is not None
    # "started on Trelegy Ellipta": two words no name list knows, in a medicine's slot
    return len(words) == 2 and dosed_before and not any(
        w.lower() in lex.first_names or w.lower() in lex.surnames for w in words)


_CAP_WORD_LEFT_RE = re.compile(r"([A-Z][\w'’&-]*)[ \t]+$")
_CAP_WORD_RIGHT_RE = re.compile(r"[ \t]+([A-Z][\w'’&-]*)")


def _generic_service(text: str, c: Candidate) -> bool:
    """The candidate, with the capitalised words around it, names a kind of service only."""
    words = text[c.start:c.end].split()
    if not all(w.lower().strip(",.:;()") in _SERVICE_WORDS for w in words):
        return False
    start, end = c.start, c.end
    while (left := _CAP_WORD_LEFT_RE.search(text, max(0, start - 30), start)) is not None \
            and left.group(1).lower() in _SERVICE_WORDS:
        words.insert(0, left.group(1))
        start = left.start(1)
    while (right := _CAP_WORD_RIGHT_RE.match(text, end)) is not None \
            and right.group(1).lower().strip(",.:;()") in _SERVICE_WORDS:
        words.append(right.group(1))
        end = right.end(1)
    return len(words) >= 2


def _not_generic_services(text: str, cands: list[Candidate]) -> list[Candidate]:
    return [c for c in cands
            if c.kind not in ("organisation", "name") or not _generic_service(text, c)]


# ", Specialty Doctor,", ", Health and Safety Lead": a job title after a name and a comma.
_JOB_TITLE_END_RE = re.compile(
    rf"(?:[ \t]+(?:[A-Z][\w'’\-]*|and|&|of))*?[ \t]+{JOB_TITLE_ENDS}[ \t]*(?=[,;|\n]|$)")
_AFTER_COMMA_RE = re.compile(r",[ \t]*$")


def _not_job_titles(text: str, cands: list[Candidate]) -> list[Candidate]:
    lex = lexicon()
    return [c for c in cands if c.kind != "name"
            or not _AFTER_COMMA_RE.search(text, max(0, c.start - 3), c.start)
            or any(w in lex.first_names or w in lex.surnames
                   for w in text[c.start:c.end].lower().split())
            or not (_JOB_TITLE_END_RE.match(text, c.end)
                    or _JOB_TITLE_END_RE.match(text, c.start - 1))]


# "Child D, known in this review as 'Harley'", "'Sky' (a pseudonym)": a review's made-up
# name for a child, which stays wherever it is used.
_PSEUDONYM_INTRO_RE = re.compile(
    r"(?:known|referred[ \t]+to|called)[ \t]+in[ \t]+this[ \t]+(?:review|report|document)[ \t]+as"
    r"[ \t]+['\"‘“]?([A-Z][a-z'’\-]+)"
    r"|['\"‘“]?([A-Z][a-z'’\-]+)['\"’”]?[ \t]*\((?:a[ \t]+|not[ \t]+(?:his|her|their)[ \t]+real[ \t]+name"
    r"[ \t]*[,;-]?[ \t]*)?pseudonym\)"
    r"|pseudonym[ \t]+['\"‘“]?([A-Z][a-z'’\-]+)")


def _not_review_pseudonyms(text: str, cands: list[Candidate]) -> list[Candidate]:
    if "pseudonym" not in text and "in this " not in text:
        return cands
    made_up = {g.rstrip("'’") for m in _PSEUDONYM_INTRO_RE.finditer(text) for g in m.groups() if g}
    if not made_up:
        return cands
    return [c for c in cands if c.kind != "name" or text[c.start:c.end] not in made_up]


def _not_world_acronyms(text: str, cands: list[Candidate]) -> list[Candidate]:
    """A word of four or more capitals that only the world name lists know is an acronym ("an
    expired HUET", "DS Kerr (CAIT)"), not a name: in a line of ordinary case nobody types a name
    so. Three capitals may be someone's initials ("NEK was taking a call"), and beside a name
    the hand-kept lists know, capitals are a surname typed as forms ask ("Ahmed SALIH")."""
    lex = lexicon()
    world = lex.world
    out = []
    for c in cands:
        if c.kind == "name":
            words = text[c.start:c.end].split()
            if any(len(w) > 3 and w.isupper() and w.isalpha() and w.lower() in world
                   for w in words) and not any(
                    len(w) > 1 and w.lower() not in world
                    and (w.lower() in lex.first_names or w.lower() in lex.surnames)
                    for w in words):
                continue  # "SAFO J. Okoro", but not "Ahmed SALIH"
        out.append(c)
    return out


# "hold short of taxiway Charlie", "via Bravo, cross Alpha", "ATIS Information Mike": a letter of
# the phonetic alphabet naming a taxiway, a holding point or a broadcast, not a person.
_PHONETIC_SLOT_RE = re.compile(
    r"\b(?:taxiway|twy|short(?:[ \t]+of)?|holding[ \t]+point|via|cross|crossing|crossed|"
    r"information|info|atis|intersection|exit|link|apron)[ \t]+$", re.IGNORECASE)


def _not_phonetic_letters(text: str, cands: list[Candidate]) -> list[Candidate]:
    """Drop the names that are a phonetic letter in a taxiway's, a holding point's or an ATIS
    broadcast's slot; "Charlie" anywhere else is left to the rules."""
    out = []
    for c in cands:
        if c.kind == "name":
            words = text[c.start:c.end].lower().split()
            if words[-1] in NATO and (
                    (len(words) == 2 and words[0] in ("information", "info"))
                    or (len(words) == 1 and _PHONETIC_SLOT_RE.search(
                        text, max(0, c.start - 24), c.start))):
                continue
        out.append(c)
    return out


# "reached 94% in April (target 75%)", "41 logged in June (May: 29)", "from May, and": a month
# that is also a first name, after a word that makes it a time. Narrower than temporal's
# WHEN_BEFORE_RE: "by April" and "after June" may be people ("signed by April (HCA)").
_NAME_MONTHS = frozenset(day.lower() for day in NAME_DAYS) & frozenset(MONTHS)
_MONTH_TIME_BEFORE_RE = re.compile(
    r"\b(?:in|from|since|during|until|till|of|early|late|mid|last|next|this|every|each|"
    r"through|throughout)[ \t]+$", re.IGNORECASE)


def _not_months(text: str, cands: list[Candidate]) -> list[Candidate]:
    """Drop a lone name that is a month written where a time goes."""
    return [c for c in cands if not (
        c.kind == "name" and text[c.start:c.end].lower() in _NAME_MONTHS
        and _MONTH_TIME_BEFORE_RE.search(text, max(0, c.start - 16), c.start))]


# "Sun 14:00", "Thu 24/07", "since Sun night", "Sat/Sun", "core group Thu": a day's short
# form where a time goes, never the person named Sun or Thu.
_WEEKDAY_SHORT = frozenset("mon tue tues wed weds thu thur thurs fri sat sun".split())
_WEEKDAY_AFTER_RE = re.compile(
    r"[ \t]*(?:\d{1,2}(?:[:.]\d{2}|/\d{1,2}|(?:st|nd|rd|th)\b)|(?:night|morning|afternoon|evening|eve|am|pm|"
    r"lunch(?:time)?|daytime|overnight)\b|(?:[/\-–][ \t]*|[ \t]+)(?i:mon|tue|wed|thu|fri|sat|sun)\b"
    r"|[ \t]*(?:$|\||\t))",
    re.MULTILINE)
_WEEKDAY_BEFORE_RE = re.compile(
    r"(?:\b(?i:on|since|until|till|til|by|from|next|last|every|ends?|due|this|group|review|visit|"
    r"clinic|mtg|meeting)|(?i:mon|tue|wed|thu|fri|sat|sun)[ \t]*[/\-–,]?)[ \t]*$")


def _not_weekdays(text: str, cands: list[Candidate]) -> list[Candidate]:
    """Drop a name that is a day's short form where a time goes."""
    return [c for c in cands if not (
        c.kind == "name" and text[c.start:c.end].lower() in _WEEKDAY_SHORT
        and (_WEEKDAY_AFTER_RE.match(text, c.end) is not None
             or _WEEKDAY_BEFORE_RE.search(text, max(0, c.start - 12), c.start) is not None))]


_BRACKETED_CAPS_RE = re.compile(r"[ \t]*\([ \t]*([A-Z]{2,4})[ \t]*\)")
_NAME_PART_RE = re.compile(r"[\-.'’]+")


def _not_roles_in_brackets(text: str, cands: list[Candidate]) -> list[Candidate]:
    """Capitals in brackets straight after a person's name that cannot be that person's
    initials are their role or team: "Marta Wójcik (MCC)", "Dr Adeyemi (RC)", "Mark Eze
    (HART)"; but "Zoe Hart (ZH)", "Tyler-James Booth (TJ)" and "Sam (SJ)" are the person again.
    Initials begin with the first name's letter and, after a full name, end with the letter of
    one of its parts."""
    if "(" not in text:
        return cands
    longest: dict[int, Candidate] = {}
    for c in cands:
        if c.kind == "name" and (c.end not in longest or c.start < longest[c.end].start):
            longest[c.end] = c
    roles: set[tuple[int, int]] = set()
    for end, c in longest.items():
        m = _BRACKETED_CAPS_RE.match(text, end)
        if m is None:
            continue
        words = [w for w in text[c.start:c.end].split()
                 if w[:1].isalpha() and w.lower().rstrip(".") not in STRONG_TITLES
                 and w.lower().rstrip(".") not in WEAK_TITLES]
        if not words:
            continue
        code = m.group(1)
        letters = {part[:1].upper() for w in words for part in _NAME_PART_RE.split(w)
                   if part}
        if code[0] != words[0][:1].upper() or (len(words) > 1 and code[-1] not in letters):
            roles.add((m.start(1), m.end(1)))
    if not roles:
        return cands
    return [c for c in cands if c.kind != "name" or (c.start, c.end) not in roles]


# "the HART crew", "her OM is Ms Adeyemi", "his GP": letters the report writes after a
# determiner are a service, a role or a thing; nobody writes "the" before a person's initials.
_DETERMINED_LETTERS_RE = re.compile(
    r"\b(?:[Tt]he|[Oo]ur|[Tt]heir|[Hh]is|[Hh]er|[Mm]y|[Yy]our|[Ee]ach|[Ee]very|[Aa]ny)[ \t]+"
    r"([A-Z]{2,4})(?![\w'’\-])")
# Each match opens on one of the determiners, a whole word.
_DETERMINED_FIRSTS = frozenset("the our their his her my your each every any".split())


def _not_determined_letters(text: str, cands: list[Candidate]) -> list[Candidate]:
    """Drop names that are two to four capitals the report also writes after a determiner."""
    determined = {m.group(1) for m in word_led(_DETERMINED_LETTERS_RE, text, _DETERMINED_FIRSTS)}
    if not determined:
        return cands
    return [c for c in cands if c.kind != "name" or text[c.start:c.end] not in determined]


# "Interiors Team Leader", "Heron Airways Station Manager": an organisation's type word that a
# job's last word follows is part of someone's role; the organisation, if any, ends before it.
_ROLE_AFTER_TYPE_RE = re.compile(
    r"[ \t]+(?:Manager|Leader|Lead|Worker|Captain|Officer|Co-?ordinator|Director|Supervisor|"
    r"Administrator|Assistant|Practitioner|Chair|Head)\b")


def _not_roles_as_organisations(text: str, cands: list[Candidate]) -> list[Candidate]:
    out: list[Candidate] = []
    for c in cands:
        if c.kind != "organisation" or _ROLE_AFTER_TYPE_RE.match(text, c.end) is None:
            out.append(c)
            continue
        head = text[c.start:c.end].rsplit(None, 1)
        if len(head) == 2 and ORG_TYPE_RE.search(head[0].rsplit(None, 1)[-1]) is not None:
            out.append(replace(c, end=c.start + len(head[0].rstrip())))
    return out


# Last words on what the detectors proposed: each drops candidates that are part of a
# policy, job title, review pseudonym, place, tool, condition or aircraft type, or not whole
# words.
_VETOES = (_not_named_policies, _not_job_titles, _not_review_pseudonyms, _not_places_of,
           _whole_words, _not_named_tools,
           _not_eponymous_terms, _aircraft_types, _not_keep_phrases,
           _not_rag_ratings, _not_kept_codes, _not_units_or_clubs, _not_another_language,
           _not_animals_or_toys, _not_generic_services, _not_medicines, _not_products,
           _not_world_acronyms, _not_roles_in_brackets, _not_phonetic_letters, _not_months,
           _not_weekdays, _not_determined_letters, _not_roles_as_organisations)


KEPT_PLACE = "kept place"  # meta flag: claims its words in overlap resolution, is not hidden
_BEFORE_TOWN_RE = re.compile(r"([A-Z][\w'’-]*)\s*,[ \t]*$")
# "his grandmother lives in Kidsgrove", "staying with his aunt in Hemsworth", "back in
# Cleethorpes": where someone lives narrows who they are, so that town is hidden.
_HOME_BEFORE_TOWN_RE = re.compile(
    r"\b(?:lives?|living|lived|stay(?:s|ed|ing)?|mov(?:e|es|ed|ing)|relocat\w*|placed|"
    r"resid\w*|grew[ \t]+up|(?:is|are|was|were|comes?|came|originally)[ \t]+from)\b"
    r"[^.\n]{0,30}?\b(?:in|to|at|near|nr|from)\s+$"
    r"|\bback[ \t]+in\s+$", re.IGNORECASE)


def _mark_lone_towns(text: str, cands: list[Candidate]) -> None:
    """Mark the towns found on their own, which `anonymise` keeps once overlaps are settled
    (so "Milton Keynes" still stops "Keynes" being read as a surname). A town is hidden where
    another address part or a postcode overlaps it or sits within two characters of it, or
    where it ends a place written as "Somewhere, Town" ("Lower Combe, Hatherleigh", "Holiday
    Inn Express, Greenwich"), but not in a list of towns ("Leeds, Bradford and Hull"), and
    where the text says someone lives there ("lives in Kidsgrove")."""
    parts = [c for c in cands if c.kind in ("address", "postcode") and c.reason != TOWN_REASON]
    towns = [c for c in cands if c.reason == TOWN_REASON]
    starts = {c.start for c in towns}
    # "Goodwin Academy, Scunthorpe": a town after an organisation says where it is, and the
    # organisation is what identifies (it is hidden on its own); the town stays.
    org_ends = {c.end for c in cands if c.kind == "organisation"}
    places = lexicon().places
    for c in towns:
        if any(p.start <= c.end + 2 and c.start <= p.end + 2 for p in parts):
            continue
        if _HOME_BEFORE_TOWN_RE.search(text, max(0, c.start - 60), c.start) is not None:
            continue
        before = _BEFORE_TOWN_RE.search(text, max(0, c.start - 40), c.start)
        if before is not None and before.group(1).lower() not in places \
                and before.start(1) not in starts and before.end(1) not in org_ends \
                and not ORG_TYPE_RE.fullmatch(before.group(1).capitalize()):
            continue
        c.meta[KEPT_PLACE] = "yes"



def detect(text: str, policy: Policy) -> list[Candidate]:
    """Return every candidate from every detector, before overlap resolution."""
    lex = lexicon()
    cands: list[Candidate] = []
    cands.extend(find_structured(text, lex.common))
    cands.extend(find_dates(text, policy))
    cands.extend(find_ages(text, policy))
    cands.extend(find_organisations(text, lex))
    cands.extend(find_addresses(text, lex))
    cands.extend(find_towns(text, lex))
    toks = tokenize(text)  # one split of the text, for the name finder and the tagger
    names = find_names(text, lex, toks)
    cands.extend(names)
    cands.extend(recall_pass(text, cands, lex, _place_words(lex), toks))
    cands.extend(address_blocks(text, cands, lex))
    if not policy.towns:
        _mark_lone_towns(text, cands)
    for c in cands:
        if c.reason == WARD_NUMBER_REASON or c.reason == ROUTE_REASON:
            # "Ward 12", "ward 7B": a numbered ward is a place type any hospital has, as "LHR"
            # in "LHR-JFK" is a public airport; each still claims its words (so "Ward" is not
            # read as a surname) but is not hidden.
            c.meta[KEPT_PLACE] = "yes"
    names = [c for c in cands if c.kind == "name"]
    cands.extend(_ages_after_people(text, names, policy))
    cands = _with_house_numbers(text, _yield_to_organisations(text, cands))
    for veto in _VETOES:
        cands = veto(text, cands)
    cands.extend(_always_identifying(text, policy, lex))
    never = _never_ranges(text, policy)
    if never:
        cands = [
            c for c in cands
            if c.priority_bonus >= _ORG_LIST_BONUS  # the organisation's own identifying list
            or not any(s < c.end and c.start < e for s, e in never)
        ]
    return [c for c in cands if c.kind in policy.kinds and c.confidence >= policy.min_confidence]


def build_text(text: str, spans: list[Span]) -> str:
    """Rebuild the output by splicing each span's replacement into the original."""
    parts: list[str] = []
    pos = 0
    for span in spans:
        parts.append(text[pos : span.start])
        parts.append(span.replacement)
        pos = span.end
    parts.append(text[pos:])
    return "".join(parts)


def anonymise(text: str, policy: Policy | None = None) -> Result:
    """Find identifying details in text and return the redacted text with its spans."""
    policy = policy or DEFAULT_POLICY
    if not text:
        return Result(text="", spans=[], original="")
    # Lines typed in capitals are read as if typed in ordinary case (same offsets); the
    # output splices the replacements into the text as written.
    seen = truecase(text, lexicon())
    kept = widen(seen, [c for c in resolve(detect(seen, policy), seen)
                        if KEPT_PLACE not in c.meta])
    spans = give_back_stops(seen, assign(seen, kept, policy), kept)
    return Result(text=build_text(text, spans), spans=spans, original=text)
