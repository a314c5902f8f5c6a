"""Readable, consistent replacements for the spans that survived overlap resolution.

The same person gets the same placeholder everywhere in a report ("Jayden", "jayden",
"Jayden's" and "J" all become "Child A"), and where the text states a role the placeholder
says it ("mum Sarah" -> "Parent 1", "Dr Okafor" -> "Doctor 1"), because a reviewer learning
from the report needs to know who did what, not who they were.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from anonymiser.candidates import Candidate
from anonymiser.model import Policy, Span

FIXED: dict[str, str] = {
    "postcode": "[postcode]",
    "phone": "[phone]",
    "email": "[email]",
    "nhs_number": "[NHS number]",
    "ni_number": "[NI number]",
    "case_reference": "[reference]",
    "date_of_birth": "[date of birth]",
    "date": "[date]",
    "age": "[age]",
    "vehicle_registration": "[vehicle registration]",
    "aircraft_registration": "[aircraft registration]",
    "flight_number": "[flight number]",
}

# Role label, and whether members are lettered (Child A) or numbered (Parent 1).
ROLE_LABELS: dict[str, tuple[str, bool]] = {
    "child": ("Child", True),
    "parent": ("Parent", False),
    "relative": ("Relative", False),
    "carer": ("Carer", False),
    "social_worker": ("Social worker", False),
    "doctor": ("Doctor", False),
    "nurse": ("Nurse", False),
    "midwife": ("Midwife", False),
    "health_visitor": ("Health visitor", False),
    "teacher": ("Teacher", False),
    "police": ("Police officer", False),
    "captain": ("Captain", False),
    "first_officer": ("First officer", False),
    "pilot": ("Pilot", False),
    "controller": ("Controller", False),
    "engineer": ("Engineer", False),
    "cabin_crew": ("Cabin crew member", False),
    "paramedic": ("Paramedic", False),
    "manager": ("Manager", False),
    "interpreter": ("Interpreter", False),
    "faith_leader": ("Faith leader", False),
    "person": ("Person", True),
}

TITLE_ROLES: dict[str, str] = {
    "dr": "doctor", "doctor": "doctor", "consultant": "doctor", "prof": "doctor",
    "professor": "doctor", "nurse": "nurse", "sister": "nurse", "matron": "nurse",
    "midwife": "midwife", "captain": "captain", "capt": "captain", "cpt": "captain",
    "pc": "police", "dc": "police", "ds": "police", "di": "police", "dci": "police",
    "sgt": "police", "dsgt": "police", "sergeant": "police", "inspector": "police",
    "constable": "police", "officer": "police", "teacher": "teacher", "coach": "teacher",
    "father": "faith_leader", "fr": "faith_leader", "rev": "faith_leader",
    "reverend": "faith_leader", "pastor": "faith_leader", "imam": "faith_leader",
    "rabbi": "faith_leader", "auntie": "relative", "aunty": "relative", "uncle": "relative",
    "nan": "relative", "nanna": "relative", "nana": "relative", "grandma": "relative",
    "grandad": "relative",
}

_ROLE_WORDS: tuple[tuple[str, str], ...] = (
    (r"social\s+workers?|sw|caseworker|case\s+worker|student\s+social\s+worker", "social_worker"),
    (r"foster\s+(?:carer|mum|mother|dad|father|parent)s?|carers?|kinship\s+carer", "carer"),
    (r"health\s+visitor|hv", "health_visitor"),
    (r"first\s+officer|fo|f/o|co-?pilot", "first_officer"),
    (r"captain|capt|commander|pic", "captain"),
    (r"pilot", "pilot"),
    (r"(?:air\s+traffic\s+)?controller|atco", "controller"),
    (r"(?:cabin\s+crew(?:\s+member)?|flight\s+attendant|purser|cabin\s+manager|steward(?:ess)?)",
     "cabin_crew"),
    (r"(?:licensed\s+)?(?:aircraft\s+)?engineer", "engineer"),
    (r"paramedics?", "paramedic"),
    (r"midwife|midwives", "midwife"),
    (r"(?:staff\s+|charge\s+|student\s+|school\s+|ward\s+)?nurse|matron|hca", "nurse"),
    (r"doctor|dr|gp|consultant|registrar|paediatrician|surgeon|anaesthetist|psychiatrist|sho|"
     r"fy[12]|locum", "doctor"),
    # "TA" only in capitals: "Ta, L" is thanks
    (r"(?:head\s*)?teacher|headteacher|teaching\s+assistant|senco|(?-i:TA)|tutor", "teacher"),
    (r"police\s+officer|pc|dc|ds|sergeant|sgt|constable|police", "police"),
    (r"(?:team\s+|service\s+|ward\s+|duty\s+)?manager|team\s+leader|supervisor", "manager"),
    (r"interpreter|translator", "interpreter"),
    (r"mum|mom|mam|mummy|mother|dad|daddy|father|step-?(?:mum|dad|mother|father)|parents?|"
     r"birth\s+(?:mother|father|parent)", "parent"),
    (r"nan|nanna|nana|gran|granny|grandma|grandmother|grandad|grandpa|grandfather|aunt|auntie|"
     r"uncle|cousin|grandparents?", "relative"),
    (r"child|son|daughter|step-?(?:son|daughter)|baby|infant|toddler|newborn|boy|girl|pupil|"
     r"young\s+person|yp|cyp|sibling|brother|sister|twin|grandson|granddaughter|nephew|niece|"
     r"teenager|looked\s+after\s+child|foster\s+child", "child"),
)
_ROLE_ALT = "|".join(f"(?P<r{i}>{pat})" for i, (pat, _) in enumerate(_ROLE_WORDS))
ROLE_BEFORE_RE = re.compile(
    rf"\b(?:{_ROLE_ALT})(?:['’]s)?\s*(?:,|:|-|–|\()?\s*(?:is\s+|was\s+|called\s+|named\s+)?$",
    re.IGNORECASE,
)
ROLE_AFTER_RE = re.compile(
    rf"^\s*(?:\(|,|-|–)\s*(?:the\s+|his\s+|her\s+|their\s+|our\s+|a\s+)?"
    rf"(?:(?:duty|allocated|named|student|locum|agency|bank)\s+)?(?:{_ROLE_ALT})\b",
    re.IGNORECASE,
)
CHILD_AGE_AFTER_RE = re.compile(
    r"^\s*(?:\(|,)\s*(?:aged?\s*)?(?P<n>\d{1,2})\s*(?:yrs?|years?|y/?o|months?|mths?|weeks?)?"
    r"\s*(?:old)?\s*[),]",
    re.IGNORECASE,
)
CHILD_AGE_BEFORE_RE = re.compile(
    r"\b(?P<n>\d{1,2})[\s-]*(?:year|month|week)s?[\s-]*old\s*(?:,\s*)?$", re.IGNORECASE
)


_WORD_START_RE = re.compile(r"\b\w")


_DASH_SLASH_RE = re.compile(r"[-/]")
_SPACES_RE = re.compile(r"\s+")
_LEADING_THE_RE = re.compile(r"^the\s+")


def _match_at_word_start(regex: re.Pattern[str], text: str) -> re.Match[str] | None:
    """regex.search(text) for a pattern that starts with a word: try word starts only, which
    is much cheaper than letting a large alternation be tried at every character."""
    # A role phrase and what may follow it ("student social worker's, is") spans at most six
    # words, so a match that ends the text starts among its last six words.
    for start in [w.start() for w in _WORD_START_RE.finditer(text)][-6:]:
        m = regex.match(text, start)
        if m is not None:
            return m
    return None


# Every word a role phrase can end with: a cheap test on the last word before a name decides
# whether the large role pattern needs running at all.
_ROLE_FRAGMENTS = frozenset(
    {w for pat, _ in _ROLE_WORDS for w in re.findall(r"[a-z]+", pat.lower())}
    | {w[:-1] for pat, _ in _ROLE_WORDS for w in re.findall(r"[a-z]+", pat.lower())
       if w.endswith("s")}
    | set("stepmum stepdad stepmother stepfather stepson stepdaughter copilot".split())
)
_FILLERS = frozenset("is was called named".split())


def _may_end_with_role(before: str) -> bool:
    words = [w.strip(",:-–(") for w in before.lower().split()]
    words = [w for w in words if w]
    if words and words[-1] in _FILLERS:
        words.pop()
    if not words:
        return False
    last = words[-1]
    if last.endswith(("'s", "’s")):
        last = last[:-2]
    return any(part.rstrip("0123456789") in _ROLE_FRAGMENTS for part in _DASH_SLASH_RE.split(last))


# A capitalised word straight after a role word: the role is that next person's title.
_NAME_AFTER_ROLE_RE = re.compile(r"\.?[ \t]+[A-Z][a-z]")


def role_of(text: str, cand: Candidate) -> str:
    """Return the role the text gives the person in a name candidate, or 'person'."""
    title = cand.meta.get("title")
    if title and title in TITLE_ROLES:
        return TITLE_ROLES[title]
    first = text[cand.start : cand.end].split(maxsplit=1)
    if len(first) == 2 and first[0].rstrip(".").lower() in TITLE_ROLES:
        return TITLE_ROLES[first[0].rstrip(".").lower()]  # "Capt Farah Siddiqui" in one span
    before = text[max(0, cand.start - 40) : cand.start]
    after = text[cand.end : cand.end + 50]
    m = CHILD_AGE_AFTER_RE.match(after)
    if m and int(m.group("n")) < 18:
        return "child"
    if "old" in before.lower():
        m = CHILD_AGE_BEFORE_RE.search(before)
        if m and int(m.group("n")) < 18:
            return "child"
    for regex, text_part in ((ROLE_BEFORE_RE, before), (ROLE_AFTER_RE, after)):
        if regex is ROLE_BEFORE_RE:
            if not _may_end_with_role(before):
                continue
            m = _match_at_word_start(regex, text_part)
        else:
            m = regex.match(text_part)
            if m is not None and _NAME_AFTER_ROLE_RE.match(text_part, m.end()):
                continue  # "Will Tennant, Dr Chinwe Okeke": the next person's title
        if m is not None:
            return _role_matched(m)
    return "person"


def _role_matched(m: re.Match[str]) -> str:
    """The role of the alternative of ROLE_BEFORE_RE or ROLE_AFTER_RE that matched."""
    for key, value in m.groupdict().items():
        if value is not None:
            return _ROLE_WORDS[int(key[1:])][1]
    return "person"


@dataclass(slots=True)
class _Person:
    tokens: set[str]
    initials: str
    first: int
    role: str = "person"
    label: str = ""
    members: list[int] = field(default_factory=list)


def _letter(n: int) -> str:
    out = ""
    n += 1
    while n:
        n, r = divmod(n - 1, 26)
        out = chr(65 + r) + out
    return out


def _cluster_people(text: str, names: list[tuple[int, Candidate]]) -> list[_Person]:
    people: list[_Person] = []
    for idx, cand in names:
        tokens = set(cand.meta.get("tokens", "").split())
        initials = cand.meta.get("initials", "")
        match: _Person | None = None
        for person in people:
            if tokens and person.tokens and (tokens <= person.tokens or person.tokens <= tokens):
                # Two full names that share only a surname are different people.
                if len(tokens) >= 2 and len(person.tokens) >= 2 and tokens != person.tokens:
                    if not (tokens <= person.tokens or person.tokens <= tokens):
                        continue
                match = person
                break
            if not tokens and initials and (initials == person.initials
                                            or initials.lower() in person.tokens):
                match = person
                break
            if tokens == {person.initials.lower()} and len(person.initials) >= 2:
                match = person  # "GH" taken as a word here, as initials there
                break
            if len(tokens) == 1 and initials and len(initials) >= 2 and initials == person.initials:
                match = person
                break
        if match is None:
            match = _Person(set(tokens), initials, cand.start)
            people.append(match)
        else:
            match.tokens |= tokens
            if len(initials) > len(match.initials):
                match.initials = initials
        match.members.append(idx)
        if match.role == "person":
            match.role = role_of(text, cand)
    return people


@lru_cache(maxsize=16)
def _placeholder_sequence(base: str) -> tuple[str, ...]:
    if len(set(base)) == 1 and base.isalpha() and base.isupper():
        letter = ord(base[0])
        seq = [chr(c) * len(base) for c in range(letter, 64, -1)]
        return (*seq, *(f"{base}{n}" for n in range(2, 200)))
    return (base, *(f"{base}{n}" for n in range(2, 200)))


def _place_key(text: str) -> str:
    low = _SPACES_RE.sub(" ", text.lower()).strip()
    return _LEADING_THE_RE.sub("", low)


def assign(text: str, kept: list[Candidate], policy: Policy) -> list[Span]:
    """Give every kept candidate its replacement and return the spans in text order."""
    replacements: dict[int, str] = {}
    names = [(i, c) for i, c in enumerate(kept) if c.kind == "name"]
    people = _cluster_people(text, names)
    counters: dict[str, int] = {}
    for person in sorted(people, key=lambda p: p.first):
        role = person.role if policy.role_aware else "person"
        label, lettered = ROLE_LABELS[role]
        n = counters.get(role, 0)
        counters[role] = n + 1
        person.label = f"{label} {_letter(n) if lettered else n + 1}"
        for idx in person.members:
            replacements[idx] = person.label
    sequence = _placeholder_sequence(policy.place_placeholder)
    places: dict[str, str] = {}
    for i, cand in enumerate(kept):
        if i in replacements:
            continue
        if cand.kind in ("organisation", "address"):
            key = _place_key(text[cand.start : cand.end])
            if key not in places:
                places[key] = sequence[min(len(places), len(sequence) - 1)]
            ph = places[key]
            kind_word = cand.meta.get("type", "")
            if cand.meta.get("prefix"):
                replacements[i] = f"{kind_word} {ph}".strip()
            else:
                replacements[i] = f"{ph} {kind_word}".strip()
        elif cand.replacement is not None:
            replacements[i] = cand.replacement
        else:
            replacements[i] = FIXED.get(cand.kind, "[redacted]")
    for idx, cand in names:
        replacements[idx] = _avoid_echo(text, cand, replacements[idx])
    return [
        Span(c.start, c.end, c.kind, replacements[i], c.confidence, c.reason)
        for i, c in enumerate(kept)
    ]


# Family labels stay whole after the family word ("mum Parent 1"): "mum 1" reads as a count.
_FAMILY_ROLES = frozenset({"parent", "relative", "carer", "child"})


# "sw was rhiannon" -> "sw was Social worker 1", never "sw was 1": after "is", "was",
# "called" or "named" the label keeps its role, or the name would read as a number.
_FILLER_END_RE = re.compile(r"\b(?:is|was|called|named)\s*$", re.IGNORECASE)


def _avoid_echo(text: str, cand: Candidate, label: str) -> str:
    """'social worker Tom Briggs' -> 'social worker 1', not 'social worker Social worker 1';
    likewise after a role title kept in the text ('Nurse Okoro' -> 'Nurse 1')."""
    role_words, _, suffix = label.rpartition(" ")
    if cand.meta.get("title_kept") and role_words:
        return suffix  # "Captain Hughes" -> "Captain 1": the title in the text says the role
    if not role_words or "title" in cand.meta:
        return label
    before = text[max(0, cand.start - len(role_words) - 1) : cand.start]
    if before.lower() == role_words.lower() + " ":
        return suffix
    if suffix.isdigit():
        # "team leader sunny" -> "team leader 1", "consultant Amir Khan" -> "consultant 1": the
        # words before say the role in words of their own
        near = text[max(0, cand.start - 40) : cand.start]
        m = _match_at_word_start(ROLE_BEFORE_RE, near) if _may_end_with_role(near) else None
        if m is not None and m.end() == len(near) and near[-1:] in (" ", "\t") \
                and not any(ch in m.group(0) for ch in "(:,-–\n") \
                and _FILLER_END_RE.search(m.group(0)) is None:
            role = _role_matched(m)
            if role not in _FAMILY_ROLES and ROLE_LABELS[role][0] == role_words:
                return suffix
    return label
