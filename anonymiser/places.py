"""Street addresses, house names, towns and named organisations.

An organisation is a run of capitalised words ending in a type word ("Little Acorns
Nursery", "Riverside Medical Centre", "the Eastside Locality Team"). The run must contain at
least one word that is not a generic descriptor, so "the Intensive Care Unit", "Children's
Services" or "the Duty Team" keep their meaning. The type words survive in the replacement
("ZZZ Nursery") so the text still reads.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from anonymiser.candidates import Candidate
from anonymiser.lexicon import Lexicon
from anonymiser.names import ROLE_TITLE_WORDS
from anonymiser.scan import (
    anchors,
    code_starts,
    cued,
    digit_run_starts,
    lowered,
    match_at,
    near,
    positions,
)

ORG_TYPES = (
    r"(?:Primary\s+School|Secondary\s+School|Infant\s+School|Junior\s+School|High\s+School|"
    r"Grammar\s+School|Special\s+School|School|Primary|Academy|College|Sixth\s+Form|University|"
    r"Nursery|Pre-?[Ss]chool|Playgroup|Day\s+Nursery|Children'?s\s+Centre|Family\s+Centre|"
    r"Family\s+Hub|Medical\s+Centre|Medical\s+Practice|Health\s+Centre|Surgery|Practice|"
    r"Hospital|Infirmary|Clinic|Hospice|Ward|Unit|Team|Trust|Council|Partnership|Service|"
    r"Services|Foundation|Church|Mosque|Temple|Gurdwara|Synagogue|Care\s+Home|Nursing\s+Home|"
    r"Children'?s\s+Home|Home|Centre|Airport|Airways|Airlines|Aviation|Air|Flying\s+Club|"
    r"Club|Library|Pharmacy|Dental\s+Practice|Dentists?|Prison|Police\s+Station|Station|"
    r"Hub|Base|Depot|Refuge|Hostel|Project|Charity|Group|Association|Society|Federation|"
    r"Locality|Campus|Site|Recreation\s+Ground|Playing\s+Fields?|Sports\s+Ground)"
)
ORG_TYPE_RE = re.compile(rf"\b{ORG_TYPES}\b")
ORG_TYPE_LOWER_RE = re.compile(
    r"\b(?:primary\s+school|school|academy|nursery|surgery|medical\s+centre|health\s+centre|"
    r"hospital|children'?s\s+centre|family\s+centre|infirmary)\b"
)

# Words that describe a kind of organisation rather than name one.
GENERIC_ORG_WORDS = frozenset(
    """the a an of and for & st primary secondary infant infants junior senior high grammar
    special community children's childrens children child family families medical health
    general district county city local locality area neighbourhood national regional university teaching
    safeguarding duty assessment intake referral emergency intensive critical care neonatal
    paediatric paediatrics maternity mental adult adults adolescent youth young people
    offending early help social work workers worker protection looked after leaving care head
    fostering adoption disability disabled residential respite specialist multi agency
    multi-agency hub front door access contact initial response out hours of-hours nhs
    foundation trust acute ambulance police fire rescue service services team unit ward
    centre center home homes house school nursery college academy hospital clinic surgery
    practice day night short break breaks outreach liaison crisis home-treatment treatment
    inpatient outpatient outpatients day-case theatre theatres recovery admissions admission
    assessment observation observations high-dependency dependency cardiac cardiology
    renal oncology surgical medicine medical orthopaedic orthopaedics trauma stroke
    respiratory neurology neurosurgery urology gynaecology obstetric obstetrics labour
    delivery postnatal antenatal birth birthing midwifery midwife-led led virtual
    operations operational control flight crew cabin engineering maintenance safety quality
    training ground handling ops dispatch planning rostering management leadership senior
    executive board governance legal finance hr human resources it digital education
    educational psychology psychologist therapy therapies occupational speech language
    physiotherapy camhs mash send sen iro lado edt court courts prison probation youth-justice
    justice yot yos virtual school schools our their his her its my your this that every any
    new old main central north south east west northern southern eastern western upper lower
    first second third""".split()
)
# Capitalised sentence starters that must not be pulled into an organisation name.
_STARTERS = frozenset(
    """the a an at in on to from by with for and or but then when after before while our
    their his her my your this that these those we they he she i it yesterday today tomorrow
    later earlier staff mum dad mother father child children parents""".split()
)

STREET_TYPES = (
    r"(?:Street|St|Road|Rd|Lane|Ln|Avenue|Ave|Close|Cl|Drive|Dr|Way|Court|Ct|Crescent|Cres|"
    r"Place|Pl|Gardens|Gdns|Grove|Gr|Terrace|Terr|Tce|Pde|Hill|Row|Walk|Mews|Square|Sq|Park|View|Rise|"
    r"Green|Parade|Boulevard|Vale|Brow|Fold|Croft|Wynd|Gate|Meadow|Meadows|Mead|Chase|"
    r"Approach|Bank|End|Yard|Wharf|Quay|Embankment|Circus|Passage|Heights|Broadway|Estate|"
    r"Mount|Garth|Dene|Paddock|Spinney|Drove|Nook|Hollow)"
)
_STREET_TYPE_RE = re.compile(STREET_TYPES)
_STREET_TYPE_END_RE = re.compile(rf"\b{STREET_TYPES}$")
_LETTERS_RE = re.compile(r"[A-Za-z]+")
_CAP = r"[A-Z][\w'’-]*"
NUMBERED_ADDRESS_RE = re.compile(
    rf"(?:\b(?:Flat|Apartment|Apt|Unit|Room|Block)\s*\d+[A-Za-z]?,?\s+)?"
    rf"(?<![\w/.:-])[1-9]\d{{0,3}}[A-Za-z]?,?\s+(?:{_CAP}\s+){{0,3}}{STREET_TYPES}\b"
    rf"|(?:\b(?:Flat|Apartment|Apt|Unit|Room|Block)\s*\d+[A-Za-z]?,?\s+)?"
    rf"(?<![\w/.:-])[1-9]\d{{0,3}}[A-Za-z]?,?\s+[A-Z][a-z]+(?:way|gate|side|field|wood|ford|bury|"
    rf"hurst|moor|lea|leigh|dale|mount|stone)\b"
    # Welsh puts the street word first: "2 Maes y Deri", "14 Heol yr Eglwys", "5 Ffordd Las"
    rf"|(?<![\w/.:-])\d{{1,4}}[A-Za-z]?,?\s+(?:Heol|Ffordd|Stryd|L[oô]n|Llys|Maes|Clos|Cae|"
    rf"Rhodfa|Teras|Cwrt|Parc|Bryn|Ael|Pant|Coed|Cwm|Nant|Tan|Pen)\s+"
    rf"(?:(?:y|yr|'r|ar|a|dan|uwch)\s+)?{_CAP}(?:\s+{_CAP})?"
)
LOWER_ADDRESS_RE = re.compile(
    r"(?<![\w/.:-])\d{1,4}[a-z]?,?\s+(?P<words>(?:[a-z][\w'’-]*\s+){1,2})"
    r"(?P<street>street|road|lane|avenue|crescent|gardens|terrace|rd|ln|ave|mews|grove|close|"
    r"drive|way|view|rise|parade|walk|green|park|hill|court|place|row|square|cres|gdns|dr|cl|"
    r"vale|croft|fold|mead|chase|wynd|brow|heights|quay|wharf|boulevard|mount|garth|dene|"
    r"paddock|spinney|nook|st)\b",
    re.IGNORECASE,
)
# Street words that are also ordinary nouns: after a number they need an unusual word too.
_WEAK_LOWER_STREETS = frozenset(
    "way view rise parade walk green park hill court place row square vale fold chase brow st"
    " dr cl".split()
)
NAMED_STREET_RE = re.compile(rf"\b(?:{_CAP}\s+){{1,3}}{STREET_TYPES}\b(?![ \t]+of\b)")
# An unnumbered Welsh street, named by a word that only means a street: "Heol y Felin",
# "Ffordd Las", "Stryd Fawr". (Maes, Parc, Bryn... are just as often farms, parks or people.)
_WELSH_STREET_STEMS = ("heol", "ffordd", "stryd", "lon", "lôn", "rhodfa", "teras", "cilgant")
WELSH_STREET_RE = re.compile(
    rf"\b(?:Heol|Ffordd|Stryd|L[oô]n|Rhodfa|Teras|Cilgant)\s+(?:(?:y|yr|'r|ar)\s+)?{_CAP}"
    rf"(?:\s+{_CAP})?")
FLAT_RE = re.compile(r"\b(?:Flat|Apartment|Apt)\s+\d+[A-Za-z]?\b", re.IGNORECASE)
HOUSE_NAME_RE = re.compile(
    rf"\b(?:{_CAP}\s+){{1,2}}(?:Cottage|Cottages|Farm|Farmhouse|Barn|Manor|Grange|Villa|"
    rf"Bungalow|Lodge|House|Hall|Mill)\b"
)
WARD_NUMBER_RE = re.compile(r"\b[Ww]ard\s+\d{1,2}[A-Za-z]?\b")
SAINT_RE = re.compile(r"\b(?:St\.?|Saint)\s+[A-Z][a-z]+(?:['’]s)?")
ST_LOWER_RE = re.compile(r"\bst\.?\s+[a-z]+['’]s(?:\s+(?:primary|school|church|hospital))*\b")

_FUNCTION_WORDS = frozenset(
    "the a an up down on in at to from of and or across along over by off into round near"
    " mile miles minute minutes yard yards metre metres times time doors door houses".split()
)
_GENERIC_STREETS = frozenset(
    {"high street", "main road", "ring road", "car park", "main street", "the high street"}
)
_GENERIC_HOUSES = frozenset(
    "town sports village church care children's childrens foster guest dining main court"
    " council coffee dolls doll's play tree open big white green full halfway safe".split()
)


def _is_generic(word: str, lex: Lexicon) -> bool:
    lower = word.lower().rstrip(".")
    return lower in GENERIC_ORG_WORDS or lower in lex.keep


# "and" is deliberately not a connector: "St Mary's School and Little Acorns Nursery" is two
# organisations, and a run must not swallow the first one.
_PERSONAL_TITLES = frozenset("mr mrs ms miss mx".split())
_TITLE_BREAKS = frozenset("of and by the to for in on at with from taken into".split())
_WEAK_TYPES = frozenset(
    """Team Unit Service Services Group Hub Base Project Site Campus Centre Home Club Station
    Association Society Partnership Trust Council Locality Ward Practice Foundation Charity
    Federation Air Aviation Refuge Hostel""".split()
)
# "and" joins two names inside one organisation ("Heart and Chest Hospital", "Dumfries and
# Galloway Royal Infirmary"); a leading one is dropped like the others.
_CONNECTORS = frozenset({"of", "&", "and", "upon", "the", "de", "la", "le"})


_RUN_CHARS = frozenset("'’.&-")


_ENDS_WITH_TYPE_RE = re.compile(rf"\b{ORG_TYPES}[ \t]+$")
_AND = frozenset({"and"})


def _run_start(text: str, pos: int) -> int:
    """Walk back over 'Word ' tokens (capitalised, a number or a connector) ending at pos.

    The same run _RUN_RE.search would find, walked word by word instead of letting the
    pattern be tried at each of the 80 characters before every organisation type word.
    """
    window = max(0, pos - 80)
    start = pos
    p = pos
    while True:
        q = p
        while q > window and text[q - 1] in " \t":
            q -= 1
        if q == p or q <= window:
            return start
        ws = q
        while ws > window and (text[ws - 1].isalnum() or text[ws - 1] in _RUN_CHARS
                               or text[ws - 1] == "_"):
            ws -= 1
        if ws == q:
            return start
        token = text[ws:q]
        if ws == window and window > 0 and text[window - 1].isalnum():
            # The window cut a word in half; the run starts after the fragment.
            return start
        first = token[0]
        if token in _AND and _ENDS_WITH_TYPE_RE.search(text, window, ws):
            return start  # "... Primary School and Little Acorns Nursery": two organisations
        if ("A" <= first <= "Z") or first.isdigit() or token in _CONNECTORS:
            start = ws
            p = ws
            continue
        for k in range(1, len(token)):
            ch = token[k]
            if ("A" <= ch <= "Z") or ch.isdigit() or token[k:] in _CONNECTORS:
                return ws + k
        return start


def _walk_back(text: str, pos: int) -> int:
    """Return the start of the run of capitalised words that ends just before pos."""
    start = _run_start(text, pos)
    if start >= pos:
        return pos
    # Drop leading connectors and sentence starters ("The", "At", "Our").
    while start < pos:
        end_word = start
        while end_word < pos and text[end_word] not in " \t":
            end_word += 1
        word = text[start:end_word]
        if word.lower() in _CONNECTORS or word.lower() in _STARTERS:
            start = end_word
            while start < pos and text[start] in " \t":
                start += 1
            continue
        break
    return start


_ORG_TYPE_ANCHOR_RE = re.compile(rf"{ORG_TYPES}\b")
_LEAD_CONNECTORS_RE = re.compile(r"(?:(?:of|and|&|the|on|in)\s+)+")
_ORG_WORD_RE = re.compile(r"[\w'’.&-]+")
_PRE_WORD_RE = re.compile(r"(?<![\w'’-])([a-z][\w'’-]+)\s+$")
_ORG_LOWER_STEMS = (
    "primary", "school", "academy", "nursery", "surgery", "medical", "health", "hospital",
    "children", "family", "infirmary",
)


def find_organisations(text: str, lex: Lexicon) -> Iterator[Candidate]:
    """Yield named organisations, keeping their type words for the placeholder."""
    for m in _ORG_TYPE_ANCHOR_RE.finditer(text):
        if m.start() and (text[m.start() - 1].isalnum() or text[m.start() - 1] == "_"):
            continue  # the \b of ORG_TYPE_RE, checked after the cheap literal scan
        start = _walk_back(text, m.start())
        if start >= m.start():
            continue
        # Trim leading connector words that the walk may have included.
        head = text[start : m.start()]
        lead = _LEAD_CONNECTORS_RE.match(head)
        if lead:
            start += lead.end()
        # "in bay 3. Chapel Allerton Medical Practice": a word ending in a full stop ended
        # the previous sentence (titles such as "St." excepted).
        for w in _ORG_WORD_RE.finditer(text, start, m.start()):
            if w.group().endswith(".") and w.group().lower() not in ("st.", "dr.", "mt."):
                start = w.end()
            elif w.group() == "the":
                start = w.end()  # "Omar Coleman & the Head of Service": a new phrase
        # "Tomasz Wojcik   Team Manager": a gap of spaces or a tab is a table's column break
        gap = max(text.rfind("  ", start, m.start()), text.rfind("\t", start, m.start()))
        if gap >= 0:
            start = gap
        while start < m.start() and text[start] in " \t":
            start += 1
        if start >= m.start():
            continue
        words = _ORG_WORD_RE.findall(text, start, m.start())
        # A capitalised function word ("Summary Of Events ... By The Team") marks a heading in
        # Title Case: only what follows the last one can be a name.
        cut = max(
            (k + 1 for k, w in enumerate(words) if w[0].isupper() and w.lower() in _TITLE_BREAKS),
            default=0,
        )
        if cut:
            tail = words[cut:]
            if not tail:
                continue
            start = text.rfind(tail[0], 0, m.start())
            words = tail
        if words[0].isdigit() and start and text[start - 1] == ":":
            # "19:00 Pharmacy closed": the minutes of a time, then a department
            words = words[1:]
            if not words:
                continue
            start = text.index(words[0], start + 1)
        proper = [w for w in words if not _is_generic(w, lex)]
        if not proper:
            continue
        if words[0].lower().rstrip(".") in _PERSONAL_TITLES:
            continue  # "Mr Daniel Ward": a person whose surname is a kind of place
        if m.group(0).split()[-1] in _WEAK_TYPES and all(
            lex.is_basic(w.lower()) or w.lower() in lex.keep or w.isupper() for w in proper
        ):
            # "Transport Team", "Core Group", "Spring Ward": ordinary words before a weak type
            # word describe a function, not a named place.
            continue
        # A single proper word that is an ordinary sentence-initial word is not a name.
        at_sentence_start = _sentence_start(text, start)
        if at_sentence_start and len(proper) == 1 and lex.is_basic(proper[0].lower()):
            continue
        type_words = _trailing_generic(words, lex) + [m.group(0)]
        yield Candidate(
            start, m.end(), "organisation", 0.85, "capitalised name ending in an organisation type",
            meta={"type": " ".join(type_words)},
        )
    for m in match_at(ORG_TYPE_LOWER_RE, text, positions(text, _ORG_LOWER_STEMS, word_start=True)):
        # Lower-case "northfield primary school": accept when the word before is not English.
        pre = _PRE_WORD_RE.search(text[max(0, m.start() - 30) : m.start()])
        if pre is None:
            continue
        word = pre.group(1)
        if word in _FUNCTION_WORDS or lex.is_common(word) or word in lex.keep:
            continue
        if word in GENERIC_ORG_WORDS or word in lex.first_names:
            continue
        start = m.start() - len(pre.group(0))
        yield Candidate(start, m.end(), "organisation", 0.6, "unknown word before 'school'",
                        meta={"type": m.group(0)})
    for m in match_at(WARD_NUMBER_RE, text, positions(lowered(text), ("ward",), word_start=True)):
        yield Candidate(m.start(), m.end(), "organisation", 0.8, WARD_NUMBER_REASON,
                        meta={"type": "Ward", "prefix": "1"})
    for m in match_at(SAINT_RE, text, positions(text, ("St", "Saint"), word_start=True)):
        before = text[max(0, m.start() - 30) : m.start()]
        if re.search(r"\b\d{1,4}[A-Za-z]?\s+[A-Z][\w'-]*\s+$", before):
            continue  # "14 Mill St" is a street, handled as an address
        yield Candidate(m.start(), m.end(), "organisation", 0.75, "saint's name (church, school)",
                        meta={"type": ""})
    for m in match_at(ST_LOWER_RE, text, positions(text, ("st",), word_start=True)):
        yield Candidate(m.start(), m.end(), "organisation", 0.7, "lower-case saint's name",
                        meta={"type": ""})


def _trailing_generic(words: list[str], lex: Lexicon) -> list[str]:
    out: list[str] = []
    for w in reversed(words):
        if w.lower() in GENERIC_ORG_WORDS and w.lower() not in ("the", "of", "and", "&", "st"):
            out.insert(0, w)
        else:
            break
    return out


def _sentence_start(text: str, pos: int) -> bool:
    j = pos
    while j > 0 and text[j - 1] in " \t\"'“‘([":
        j -= 1
    return j == 0 or text[j - 1] in ".!?:;\n•*-–—"


# Anchors (see anonymiser.scan): a house number before a word, a street or house type word.
_HOUSE_NUMBER_ANCHOR_RE = re.compile(r"\d[A-Za-z]?,?\s+[A-Za-z]")
_FLAT_WORDS = ("Flat", "Apartment", "Apt", "Unit", "Room", "Block")
_STREET_ANCHOR_RE = re.compile(rf"{STREET_TYPES}\b")
_HOUSE_ANCHOR_RE = re.compile(
    r"(?:Cottage|Cottages|Farm|Farmhouse|Barn|Manor|Grange|Villa|Bungalow|Lodge|House|Hall|"
    r"Mill)\b"
)


def find_addresses(text: str, lex: Lexicon) -> list[Candidate]:
    """Return street addresses, flat numbers and house names, each address joined with the
    comma-separated parts around it ("Flat 3, Kestrel House, Mill Lane, Leeds")."""
    parts = [*_address_parts(text, lex), *_parts_before_postcodes(text, lex),
             *_cued_chains(text, lex)]
    return _join_address_parts(text, sorted(parts, key=lambda c: c.start), lex)


_ADDRESS_CUES = ("address", "live", "living", "stay", "resid", "moved", "moving", "c/o")
_ADDRESS_CUE_RE = re.compile(
    r"(?:address(?:ed)?|lives?|living|lived|staying|stays|stayed|resides?|residing|moved|"
    r"moving|c/o)(?![\w-])(?:[ \t]+(?:is|was|as|at|to|of|in|now|alone|with[ \t]+\w+[ \t]+at))*"
    r"[ \t]*[:(-]?[ \t]*",
    re.IGNORECASE,
)
_CHAIN_PART_RE = re.compile(
    r"(?:(?:flat|apartment|apt|unit)[ \t]*\d+[a-z]?|\d{1,4}[a-z]?)?[ \t]*"
    r"[a-z][a-z'’-]*(?: [a-z][a-z'’-]*){0,3}(?![\w-])",
    re.IGNORECASE,
)
_CHAIN_SEP_RE = re.compile(r",[ \t]*")
# Street types that are nothing else, so a street of two words opening a sentence or a line is
# still a street ("Rowan Crescent is where she lives"), as "Park View" need not be.
_PLAIN_STREET_TYPES = frozenset("street road lane avenue crescent drive terrace gardens grove mews".split())
_STREET_WORDS = frozenset(
    """street st road rd lane ln avenue ave close cl drive dr way court ct crescent cres place
    pl gardens gdns grove gr terrace terr hill row walk mews square sq park view rise green
    parade boulevard vale brow fold croft wynd gate meadow meadows mead chase approach bank end
    yard wharf quay embankment circus passage heights broadway estate house lodge mill cottage
    cottages farm farmhouse barn forge manor grange villa bungalow hall tower towers point
    mansions buildings apartments flats works mount garth dene paddock spinney nook""".split()
)
_WELSH_STREET_WORDS = frozenset(
    "heol ffordd stryd lon lôn llys maes clos cae rhodfa teras cwrt parc".split()
)
_LOCALITY_WORDS = frozenset(
    """little great upper lower north south east west old new nether high long kings queens
    st saint the y yr upon on le""".split()
)


def _chain_part_kind(part: str, lex: Lexicon) -> str:
    """Classify one comma-separated chunk after an address cue: 'street' (a number or a street
    or building word), 'place' (a town or an unknown locality), or '' (not an address)."""
    words = part.lower().split()
    if not words or len(words) > 5:
        return ""
    if any(w in _FUNCTION_WORDS and w not in _LOCALITY_WORDS for w in words):
        return ""
    if words[0][0].isdigit() or words[0] in ("flat", "apartment", "apt", "unit"):
        rest = words[1:]
        if words[0] in ("flat", "apartment", "apt", "unit") and rest and rest[0][0].isdigit():
            rest = rest[1:]
        if not rest:
            return "street" if words[0][0].isalpha() else ""
        return "street" if rest[-1] in _STREET_WORDS or rest[0] in _WELSH_STREET_WORDS else ""
    if words[-1] in _STREET_WORDS or words[0] in _WELSH_STREET_WORDS:
        return "street"
    if part.startswith("The ") and len(words) >= 2 and part.split()[1][0].isupper():
        return "place"  # a house name: "The Laurels"
    if " ".join(words) in lex.places:
        return "place"
    if all(w in _LOCALITY_WORDS or w in lex.places or (not lex.is_common(w) and w not in lex.keep)
           for w in words) and any(w not in _LOCALITY_WORDS for w in words):
        return "place"
    return ""


_NOT_CHAIN_OPENERS = frozenset("on the a an for by from with".split())


def _cued_chains(text: str, lex: Lexicon) -> Iterator[Candidate]:
    """'his address as 204 back row, glasgow', 'new address (holly lodge, chapeltown close,
    little haywood)': after a word that announces an address, the comma-separated chunks are
    the address in whatever case they were typed."""
    low = lowered(text)
    for cue in match_at(_ADDRESS_CUE_RE, text, positions(low, _ADDRESS_CUES, word_start=True)):
        pos = cue.end()
        start = pos
        end = pos
        streets = 0
        for _ in range(5):
            m = _CHAIN_PART_RE.match(text, pos)
            if m is None or m.end() == m.start():
                break
            # The longest leading run of words that reads as part of an address:
            # "14 Mill Lane with nan" is "14 Mill Lane", and the address ends there.
            whole = m.group(0)
            words = whole.split(" ")
            if words[0] in _NOT_CHAIN_OPENERS:
                break  # "wrong address on the court order": a phrase, not an address
            kind = ""
            k = len(words)
            while k and not kind:
                kind = _chain_part_kind(" ".join(words[:k]), lex)
                k -= 0 if kind else 1
            if not kind:
                break
            streets += kind == "street"
            end = m.start() + len(" ".join(words[:k]).rstrip())
            sep = _CHAIN_SEP_RE.match(text, end) if k == len(words) else None
            if sep is None:
                break
            pos = sep.end()
        if streets and end > start:
            yield Candidate(start, end, "address", 0.8, "address after a word that announces it",
                            meta={"type": ""})


_POSTCODE_SHAPE_RE = re.compile(
    r"(?<![\w-])[A-Z]{1,2}\d[A-Z\d]?\s{0,2}\d[ABD-HJLNP-UW-Z]{2}(?![\w-])", re.IGNORECASE
)
# "at Trewithen, Ponsanooth", "attended 47 Pen-y-Bryn, Ammanford": house, street and village
# names before a postcode, with a house number in front where the street has no type word.
_PLACE_WORD = r"[A-Z][a-z'’]+(?:-[A-Za-z'’]+)*"
_PARTS_BEFORE_RE = re.compile(
    r"(?:\b(?:at|to|from|of|is|was|as|address|addressed|lives|living)[ \t]+|[:(\n][ \t]*"
    r"|[ \t](?=\d{1,4}[A-Za-z]?[ \t]+[A-Z]))"
    rf"(?P<parts>(?:\d{{1,4}}[A-Za-z]?[ \t]+)?(?:{_PLACE_WORD}(?:[ \t]+{_PLACE_WORD}){{0,2}},"
    rf"[ \t]*){{0,2}}{_PLACE_WORD}(?:[ \t]+{_PLACE_WORD}){{0,2}}),?[ \t]*$"
)


def _parts_before_postcodes(text: str, lex: Lexicon) -> Iterator[Candidate]:
    """'at Trewithen, Ponsanooth TR3 7HG': house and village names written before a postcode
    are part of the address even without a street word."""
    for m in match_at(_POSTCODE_SHAPE_RE, text, code_starts(text)):
        before = _PARTS_BEFORE_RE.search(text, max(0, m.start() - 80), m.start())
        if before is None:
            continue
        chunks = [c.strip().lstrip("0123456789").strip() for c in
                  before.group("parts").split(",")]
        if not all(chunks):
            continue
        if not all(_part_ok(c, lex) for c in chunks):
            continue
        yield Candidate(before.start("parts"), before.end("parts"), "address", 0.8,
                        "house and place names before a postcode", meta={"type": ""})


def _address_parts(text: str, lex: Lexicon) -> Iterator[Candidate]:
    numbers = digit_run_starts(_HOUSE_NUMBER_ANCHOR_RE, text)
    starts = sorted(numbers + positions(text, _FLAT_WORDS, word_start=True)) if numbers else []
    for m in match_at(NUMBERED_ADDRESS_RE, text, starts):
        yield Candidate(m.start(), _extend_town(text, m.end(), lex), "address", 0.95,
                        "house number and street", meta={"type": _street_type(m.group(0))})
    for m in match_at(LOWER_ADDRESS_RE, text, numbers):
        words = m.group("words").lower().split()
        if any(w in _FUNCTION_WORDS for w in words):
            continue
        street = m.group("street").lower()
        if street in _WEAK_LOWER_STREETS and all(lex.is_basic(w) or w in lex.keep for w in words):
            # "3 big park", "2 main view": ordinary words before a weak street word, unless a
            # town or a postcode follows ("112 back court, Cardiff W4E 1FA")
            town = _TOWN_AFTER_RE.match(text, m.end()) or _LOWER_TOWN_AFTER_RE.match(text, m.end())
            if not ((town is not None and town.group(1).lower() in lex.places)
                    or _POSTCODE_SHAPE_RE.match(text, m.end() + 1)):
                continue
        yield Candidate(m.start(), m.end(), "address", 0.85, "house number and street",
                        meta={"type": _street_type(m.group(0))})
    for m in near(NAMED_STREET_RE, text, anchors(_STREET_ANCHOR_RE, text), 100, 14):
        start = m.start()
        if "\n" in m.group(0):
            nl = text.rfind("\n", start, m.end()) + 1
            if len(text[nl:m.end()].split()) >= 2:
                start = nl  # "Stan Fairbrother\nBrandon Road": the street is on its own line
            elif not text[text.rfind("\n", 0, start) + 1:start].strip():
                continue  # "Rhys\nApproach Radar Controller": a name alone on its line
        words = text[start:m.end()].split()
        first = words[0]
        if _sentence_start(text, start) and (first.lower() in _STARTERS or lex.is_basic(first.lower())):
            if len(words) > 2:
                start += len(first) + 1
                words = words[1:]
            elif (first.lower() in _STARTERS or words[1].lower() not in _PLAIN_STREET_TYPES
                  or "\t" in m.group(0) or re.match(r"[ \t]*\d", text[m.end():m.end() + 3])):
                continue  # "Close Lane 7, reroute": an order about a numbered lane
        if first.lower() in _STARTERS:
            continue
        phrase = " ".join(words).lower()
        if phrase in _GENERIC_STREETS or all(_is_generic(w, lex) for w in words[:-1]):
            continue
        if words[-1] in ("St", "Dr") and re.match(r"\s*[A-Z]", text[m.end() :]):
            continue  # "St Mary's", "Dr Okafor" follow, not a street
        if words[-1] in ("Court", "Park", "View", "Hill", "Green", "Bank", "End", "Gate", "Way"):
            conf = 0.6
        else:
            conf = 0.8
        yield Candidate(start, _extend_town(text, m.end(), lex), "address", conf, "street name",
                        meta={"type": _street_type(m.group(0))})
    for m in cued(WELSH_STREET_RE, text, _WELSH_STREET_STEMS):
        yield Candidate(m.start(), _extend_town(text, m.end(), lex), "address", 0.8,
                        "Welsh street name", meta={"type": ""})
    for m in near(FLAT_RE, text, positions(text.lower(), ("flat", "apartment", "apt")), 0, 20):
        yield Candidate(m.start(), m.end(), "address", 0.8, "flat number", meta={"type": ""})
    for m in near(HOUSE_NAME_RE, text, anchors(_HOUSE_ANCHOR_RE, text), 70, 12):
        words = m.group(0).split()
        if words[0].lower() in _GENERIC_HOUSES or words[0].lower() in _STARTERS:
            if len(words) == 2:
                continue
        if all(_is_generic(w, lex) for w in words[:-1]):
            continue
        prev = words[-2].lower()
        if words[-1].lower() in lex.surnames and (
            prev in lex.first_names or not (lex.is_common(prev) or prev in lex.places)
        ):
            continue  # "Selam Hall", "Fraser Mill": a person whose surname is a house word
        start = m.start()
        number = _HOUSE_NUMBER_BEFORE_RE.search(text, max(0, start - 6), start)
        if number is not None:
            start = number.start()  # "2 Cotton Mill"
        yield Candidate(start, m.end(), "address", 0.75, "house name",
                        meta={"type": words[-1]})


# Building and house-name words that make a comma-separated part of an address.
_BUILDING_RE = re.compile(
    r"(?:House|Court|Heights|Mansions|Flats|Tower|Towers|Point|Cottage|Cottages|Farm|Barn|"
    r"Lodge|Forge|Manor|Grange|Villa|Bungalow|Hall|Mill|Buildings|Apartments|Place|Works)$"
)
_PART_RE = re.compile(
    r"(?:The\s+)?[A-Z][a-z'’]+(?:-[A-Za-z][a-z'’]+)*(?:[ \t]+[A-Z][a-z'’]+(?:-[A-Za-z][a-z'’]+)*){0,2}"
)
_NEXT_PART_RE = re.compile(r",[ \t]*(?:\|[ \t]*)?")
_PART_BEFORE_RE = re.compile(
    r"(?:\b(?:to|at|from|near|of|is|was|as|address|addressed|in)[ \t]+|[:(][ \t]*|\n[ \t]*"
    r"|[ \t]{2,})"
    r"(?P<part>(?:\d{1,4}[A-Za-z]?[ \t]+)?(?:The[ \t]+)?[A-Z][a-z'’]+(?:[ \t]+[A-Z][a-z'’]+){0,2})"
    r",[ \t]*$"
)
_NOT_PART_WORDS = frozenset(
    """mr mrs ms miss dr mx the and but then on monday tuesday wednesday thursday friday
    saturday sunday january february march april may june july august september october
    november december""".split()
)


def _part_ok(part: str, lex: Lexicon) -> bool:
    """Is this comma-separated chunk a plausible piece of an address (a building, a locality,
    a town) rather than the next clause of the sentence?"""
    words = part.split()
    lows = [w.lower() for w in words]
    if lows[0] in _NOT_PART_WORDS and lows[0] != "the":
        return False
    if lows[-1] in ROLE_TITLE_WORDS:
        return False  # "Short Breaks Coordinator, Larkspur Lodge": a job title before its place
    if all(w in lex.keep or w in GENERIC_ORG_WORDS and w not in ("house", "court") for w in lows
           if w != "the"):
        return False
    if " ".join(lows) in lex.places or any(w in lex.places for w in lows):
        return True
    if _BUILDING_RE.search(part) or _STREET_TYPE_END_RE.search(part):
        return True
    if lows[0] == "the" and len(words) >= 2:
        return True
    return any(not lex.is_basic(w) and w not in lex.first_names for w in lows if w != "the")


def _trim_part(part: str, lex: Lexicon) -> str:
    """'Huddersfield Managers were told': keep the place, drop the sentence that follows."""
    words = part.split()
    towns = [k for k, w in enumerate(words) if w.lower() in lex.places]
    if towns:
        words = words[: towns[-1] + 1]  # nothing after the town belongs to the address
    while len(words) > 1 and (
        words[-1].lower() in _NOT_PART_WORDS or words[-1].lower() in lex.first_names
        or (lex.is_basic(words[-1].lower()) and not _BUILDING_RE.search(words[-1])
            and not _STREET_TYPE_RE.fullmatch(words[-1]))
    ):
        words.pop()
    if words and words[-1].lower() in _NOT_PART_WORDS:
        return ""
    return part[: part.find(words[-1]) + len(words[-1])] if words else ""


def _join_address_parts(text: str, parts: list[Candidate], lex: Lexicon) -> list[Candidate]:
    """Merge address candidates separated only by commas and reach out to the comma-separated
    building, locality and town names on either side: every part of an address identifies."""
    out: list[Candidate] = []
    for cand in parts:
        if out and out[-1].end <= cand.start and _NEXT_PART_RE.fullmatch(
            text, out[-1].end, cand.start
        ) or (out and out[-1].end > cand.start):
            prev = out[-1]
            if cand.end > prev.end:
                out[-1] = Candidate(prev.start, cand.end, "address", max(prev.confidence,
                                    cand.confidence), prev.reason, meta=cand.meta)
            continue
        out.append(cand)
    joined: list[Candidate] = []
    for cand in out:
        start, end = cand.start, cand.end
        for _ in range(4):
            building = _BUILDING_AFTER_RE.match(text, end)
            if building is not None:
                end = building.end()  # "Park View Tower": the street name names a building
            sep = _NEXT_PART_RE.match(text, end)
            if sep is None:
                break
            m = _PART_RE.match(text, sep.end())
            if m is None:
                town = _LOWER_TOWN_AFTER_RE.match(text, end)
                if town is not None and town.group(1) in lex.places:
                    end = town.end()  # "60c chestnut way, exeter"
                break
            part = _trim_part(m.group(0), lex)
            if not part or not _part_ok(part, lex):
                # "Cross Hills, Wakefield": a locality we cannot judge, then a known town
                nxt = _TOWN_AFTER_RE.match(text, m.end())
                if (nxt is not None and nxt.group(1).lower() in lex.places
                        and not any(w.lower() in _NOT_PART_WORDS for w in m.group(0).split())):
                    end = nxt.end()
                break
            end = m.start() + len(part)
        before = _PART_BEFORE_RE.search(text, max(0, start - 60), start)
        if before is not None and _part_ok(before.group("part").split(maxsplit=1)[-1]
                                           if before.group("part")[0].isdigit()
                                           else before.group("part"), lex):
            start = before.start("part")
        if (start, end) != (cand.start, cand.end):
            cand = Candidate(start, end, "address", max(cand.confidence, 0.85),
                             "address with its building and town", meta=cand.meta)
        if joined and (joined[-1].end > cand.start
                       or _NEXT_PART_RE.fullmatch(text, joined[-1].end, cand.start)):
            # Reaching out joined two parts found separately ("Flat 35, Eden Point, Swallow
            # Dr, Bolton"): one address, one span.
            prev = joined[-1]
            joined[-1] = Candidate(prev.start, max(prev.end, cand.end), "address",
                                   max(prev.confidence, cand.confidence), prev.reason,
                                   meta=cand.meta)
            continue
        joined.append(cand)
    return joined


def _street_type(chunk: str) -> str:
    word = _LETTERS_RE.findall(chunk)[-1]
    full = {"st": "Street", "rd": "Road", "ln": "Lane", "ave": "Avenue", "cl": "Close",
            "dr": "Drive", "ct": "Court", "cres": "Crescent", "pl": "Place", "gdns": "Gardens",
            "gr": "Grove", "terr": "Terrace", "sq": "Square"}
    lower = word.lower()
    if lower in full:
        return full[lower]
    if _STREET_TYPE_RE.search(word.title()):
        return word.title() if _STREET_TYPE_RE.fullmatch(word.title()) else "Street"
    return "Street"


_BUILDING_AFTER_RE = re.compile(
    r"[ \t]+(?:Tower|Towers|House|Court|Heights|Point|Mansions|Buildings|Apartments|Lodge)\b"
)
_LOWER_TOWN_AFTER_RE = re.compile(r",[ \t]*([a-z][a-z'’-]+(?: [a-z][a-z'’-]+)?)(?![\w])")
_HOUSE_NUMBER_BEFORE_RE = re.compile(r"(?<![\w/.:-])\d{1,4}[A-Za-z]?[ \t]+$")
_TOWN_AFTER_RE = re.compile(r",\s*([A-Z][a-z'’-]+(?:[ -][A-Z][a-z'’-]+)?)(?![\w])")


def _extend_town(text: str, end: int, lex: Lexicon) -> int:
    """Include a following ', Town' in the address span when the town is recognisable."""
    m = _TOWN_AFTER_RE.match(text, end)
    if m is None:
        return end
    town = m.group(1).lower()
    town_end = m.end()
    if " " in town and town not in lex.places:
        first, second = town.split(maxsplit=1)
        if second in _NOT_PART_WORDS or first in lex.places or lex.is_basic(second):
            # "Croydon Ms Parker", "Huddersfield Managers were told": the town, then the
            # next sentence
            town = first
            town_end = m.start(1) + len(town)
    if town in lex.places or not (lex.is_basic(town) or town in lex.keep):
        return town_end
    return end


_CAP_WORD_RE = re.compile(r"[A-Z](?<![\w-][A-Z])[\w'’]*(?:-[A-Za-z]+)*")
_NEXT_WORD_RE = re.compile(r"[ -]([A-Za-z][\w'’-]*)")
_PLACE_PREP_RE = re.compile(r"\b(?:in|at|from|near|to|around|of)\s+$", re.IGNORECASE)
_NOT_TOWN_AFTER_RE = re.compile(r"\s+(?:[Cc]oma|[Ss]cale|[Ss]yndrome)")


@lru_cache(maxsize=4)
def _place_first_words(lex: Lexicon) -> frozenset[str]:
    return frozenset(p.split()[0] for p in lex.places if " " in p)


TOWN_REASON = "town or city"
WARD_NUMBER_REASON = "ward number"


def find_towns(text: str, lex: Lexicon) -> Iterator[Candidate]:
    """Yield known UK towns and cities written with a capital."""
    # A set lookup per capitalised word is far faster than one regex alternating over
    # hundreds of town names.
    places = lex.places
    firsts = _place_first_words(lex)
    for m in _CAP_WORD_RE.finditer(text):
        word = m.group(0)
        lower = word.lower()
        end = m.end()
        two = _NEXT_WORD_RE.match(text, end) if lower in firsts else None
        if two and f"{lower} {two.group(1).lower()}" in places:
            end = two.end()
            lower = f"{lower} {two.group(1).lower()}"
        elif lower not in places:
            continue
        if lex.is_basic(lower) or lower in lex.surnames or lower in lex.first_names:
            # "Reading", "Bath", "Sutton": only after a place preposition.
            if not _PLACE_PREP_RE.search(text[max(0, m.start() - 8) : m.start()]):
                continue
        if _NOT_TOWN_AFTER_RE.match(text, end):
            continue
        # Towns rank below organisations so "Leeds General Infirmary" stays one organisation.
        yield Candidate(m.start(), end, "address", 0.6, TOWN_REASON, meta={"type": ""},
                        priority_bonus=-20)


# -- whole address blocks ----------------------------------------------------------------------

# One comma-separated chunk of an address as people type it: capitalised words and numbers,
# flat notation ("2/1", "4b"), a house name in quotes, Welsh and Gaelic connectors ("Heol y
# Bryn", "Maes yr Haf"), "upon", "on", "the".
_BLOCK_WORD = (r"(?:['‘\"“]?(?:[A-Z][\w'’.\-]*|\d{1,4}(?:/\d{1,3})?[A-Za-z]?)['’\"”]?"
               r"|y|yr|upon|on|the|de|le|la|of|&)")
_BLOCK_CHUNK_RE = re.compile(rf"(?:{_BLOCK_WORD})(?:[ \t]+{_BLOCK_WORD}){{0,5}}")
_BLOCK_TAIL_RE = re.compile(rf"(?:(?<=[ \t,(:])|^)((?:{_BLOCK_WORD}[ \t]+){{0,5}}{_BLOCK_WORD})$")
_UNIT_BEFORE_RE = re.compile(r"\b(?:Unit|Flat|Apartment|Apt|Suite|Block|Room)[ \t]+$",
                             re.IGNORECASE)
_LOWER_LINKS = frozenset("y yr upon on the de le la of &".split())
_BLOCK_STOPS = frozenset(
    """team manager worker officer service services council nurse doctor practitioner adviser
    advisor social regards thanks ward unit department dept""".split()
)


def _block_chunk_ok(chunk: str, lex: Lexicon) -> bool:
    words = [w.strip("'‘’\"“”") for w in chunk.split()]
    if not words or words[0].lower() in _LOWER_LINKS - {"the"}:
        return False
    if any(w.lower() in _BLOCK_STOPS for w in words) or words[-1].lower() in ROLE_TITLE_WORDS:
        return False  # "Team Manager", "Designated Safeguarding Lead": a signature's job title
    if all(w.isupper() and len(w) > 1 or w.lower() in lex.keep for w in words if w):
        return False  # "MASH", "Ofsted": an agency listed before the address, not part of it
    return any(w[:1].isupper() or w[:1].isdigit() for w in words)


def _walk_block_left(text: str, pos: int, lex: Lexicon, limit: int = 4) -> int:
    """Move pos left over whole chunks ", Chunk" of an address; the last one may be the
    capitalised tail of a longer phrase ("home visit to 'Rosemount'")."""
    start = pos
    for _ in range(limit):
        before = text[max(0, start - 80) : start]
        m = re.search(r",[ \t]*$", before)
        if m is None:
            break
        sep_start = start - (len(before) - m.start())
        segment = text[max(0, sep_start - 80) : sep_start]
        segment = re.split(r"[.;!?:()\-–—]\s|\n|,", segment)[-1]
        tail = _BLOCK_TAIL_RE.search(segment)
        if tail is None or not _block_chunk_ok(tail.group(1), lex):
            break
        start = sep_start - len(segment) + tail.start(1)
        if segment[: tail.start(1)].strip(" \t"):
            break  # the chunk was the tail of a phrase: the address starts there
    return start


def _walk_block_right(text: str, pos: int, lex: Lexicon, limit: int = 2) -> int:
    end = pos
    for _ in range(limit):
        m = re.match(r",[ \t]*", text[end:])
        if m is None:
            break
        chunk = _BLOCK_CHUNK_RE.match(text, end + m.end())
        if chunk is None or not _block_chunk_ok(chunk.group(0), lex):
            break
        if _POSTCODE_SHAPE_RE.match(chunk.group(0)):
            break
        words = chunk.group(0).lower().split()
        if not all(w in lex.places or w in _LOCALITY_WORDS or not lex.is_common(w)
                   for w in words):
            break  # ", Sarah said": the address ended; a town or village goes on
        end = chunk.end()
        while text[end - 1] == ".":
            end -= 1  # "..., Southampton.": the full stop ends the sentence
    return end


def address_blocks(text: str, cands: list[Candidate], lex: Lexicon) -> list[Candidate]:
    """Join an address with the chunks around it that the part detectors missed: a quoted
    house name, a Welsh street, a farm, a village before the postcode. One span from the first
    chunk to the last, so nothing between the parts (a house name, "y") is left in the text.
    The postcode keeps its own span."""
    out: list[Candidate] = []
    for c in cands:
        if c.kind == "postcode":
            before = text[max(0, c.start - 80) : c.start]
            gap = re.search(r"[ \t]*,?[ \t]*$", before)
            end = c.start - (len(before) - gap.start()) if gap else c.start
            seg = before[: gap.start()] if gap else before
            seg = re.split(r"[.;!?:()\n\-–—]\s|\n", seg)[-1]
            tail = _BLOCK_TAIL_RE.search(seg)
            if tail is None or not _block_chunk_ok(tail.group(1), lex):
                continue
            start = end - (len(seg) - tail.start(1))
            if tail.start(1) == 0 or text[start - 1 : start] in ",":
                start = _walk_block_left(text, start, lex)
            elif re.search(r",[ \t]*$", text[max(0, start - 3) : start]):
                start = _walk_block_left(text, start, lex)
        elif c.kind == "address":
            if text[c.start : c.end].lower() in lex.places:
                continue  # a bare town: what comes before its comma is anybody's guess
            unit = _UNIT_BEFORE_RE.search(text, max(0, c.start - 12), c.start)
            start = _walk_block_left(text, unit.start() if unit else c.start, lex)
            end = _walk_block_right(text, c.end, lex)
        else:
            continue
        for other in cands:  # never smaller than an address already found across it
            if other.kind == "address" and other.start < end and start < other.end:
                start, end = min(start, other.start), max(end, other.end)
        if end - start < 3 or any(o.kind == "address" and o.start <= start and end <= o.end
                                  for o in cands):
            continue
        out.append(Candidate(start, end, "address", 0.85, "address block around an address",
                             meta={"type": ""}, priority_bonus=5))
    return out
