"""Recall-first policy passes run after the context detectors.

Context rules tuned on the reports we had did not generalise to reports written later, so
these passes lean towards recall (a confidentiality officer reviews every proposal):

* a token confirmed as a name anywhere in a report is proposed at every occurrence, in any
  case, unless the words around that occurrence show the ordinary word ("the sky", "in good
  faith", "I hope", "will be", "mark the");
* a capitalised word on the first-name list is a name in any position unless an
  ordinary-word pattern applies (a modal "Will you", a verb "Mark the", a determiner
  "the Hope", a month with a day "May 3rd");
* a final line or trailing fragment of one to three capitalised words, optionally with a
  bracketed abbreviation, is a signature;
* capitalised members of a list that already holds a confirmed name are names;
* a single capital initial with a full stop before a bracket or a verb, in a person slot;
* "b. 1958" / "born 1958" is a date of birth;
* code-like tokens after a short capitalised system word or "ref", "permit", "licence",
  "lic", "booking", and dotted licence numbers ("UK.66.123456F"), are references (those
  finders live in anonymiser/codes.py);
* the statistical tagger (anonymiser/tagger.py) proposes names from the words around them,
  and the rules above still veto ordinary uses, roles, titles and eponyms;
* words joined by "and" to a found name ("blossom and sonny Carpenter"), initials beside a
  name or after "spoke to" / "staff member", an initial and surname ("P. Lister"), a surname
  before "family" or "boys", a possessive typed without its apostrophe ("rileys dad"), a
  nickname before "(real name ...)" or before a bracketed full name, a name set off by commas
  after a role ("his coach, Duke,"), and signatures above each message of a pasted thread;
* last, the tagger on its own names a word nothing claimed whose surroundings are far more
  where a name goes than anything it was trained on ("for tayla (15) to").

Every pass reports offsets into the original text; overlap resolution happens later.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterator
from dataclasses import replace

from anonymiser.candidates import Candidate
from anonymiser.codes import references, what3words
from anonymiser.lexicon import Lexicon, is_drug_name
from anonymiser.names import (
    _BEFORE_MONTH,
    _DOTTED_WORDS,
    _NOT_INITIALS,
    _RELATIONS,
    _ROLE_TITLE_WORDS,
    _SHORT_MONTHS,
    BRACKETED_ROLES,
    GENERIC_WORDS,
    GREETED_NOBODY,
    JOB_TITLE_ENDS,
    NAME_CUES,
    NATO,
    PERSON_KINDS,
    PERSON_VERB_AFTER_RE,
    SPECIALTY_RE,
    STOPWORDS,
    STRONG_TITLES,
    WEAK_TITLES,
    WORD_BEFORE_RE,
    Token,
    everyday_compound,
)
from anonymiser.places import ORG_TYPE_RE, TOWN_REASON
from anonymiser.scan import (
    before_each,
    cued,
    digit_runs,
    first_words,
    has_word,
    leading_words,
    lowered,
    match_at,
    mentions,
    near,
    positions,
    space_led,
    word_index,
    word_led,
    word_starts,
    word_trie,
)
from anonymiser.tagger import Working, confident_names, tagged_names
from anonymiser.temporal import MONTHS, NAME_DAYS, WHEN_BEFORE_RE

_WORD_RE = re.compile(r"[A-Za-z][A-Za-z'’\-]*")

_DETERMINERS = frozenset(
    "the a an this that these those our your their his her my its no any some every each "
    "good bad blue clear open night summer's grey".split()
)
_PREPOSITIONS = frozenset(
    "in of on at into onto for from during over until till since before after by through "
    "under above across towards toward per via".split()
)
_PRONOUNS = frozenset(
    "i you we they he she it who which that there this one everyone someone nobody "
    "i'll we'll you'll i'd we'd".split()
)
_MODALS = frozenset("will may can might must shall".split())
# Names that are also everyday verbs: "Mark the chart", "Hope you are well", "Sue the firm".
_VERB_NAMES = frozenset(
    "will may can mark hope sue rob bill pat grant drew jack frank chase joy rose skye sky "
    "faith grace".split()
) - {"faith", "grace", "joy", "sky", "skye"}
_MONTH_NAMES = frozenset("may june april august".split())
_SEASONS = frozenset("summer autumn winter spring".split())
_SEASON_NOUNS = frozenset(
    "holiday holidays term terms camp camps fete fair months month time break school "
    "scheme club clothes uniform hols period leave".split()
)
_AFTER_MODAL_OK = frozenset(
    "is was has had and or said says told says, 's seemed looked felt went came".split()
)
_COMMON_PHRASES = frozenset(
    {
        ("good", "faith"), ("bad", "faith"), ("in", "faith"), ("with", "grace"),
        ("grace", "period"), ("saving", "grace"), ("high", "hope"), ("no", "hope"),
        ("amber", "alert"), ("amber", "light"), ("amber", "warning"), ("amber", "flag"),
        ("amber", "rating"), ("amber", "rag"), ("rated", "amber"), ("red", "amber"),
        ("amber", "green"), ("to", "amber"), ("rag", "amber"), ("as", "amber"),
        ("sky", "news"), ("clear", "sky"), ("duke", "of"), ("the", "duke"), ("the", "sky"), ("grace", "note"),
        ("of", "man"), ("said", "grace"), ("say", "grace"), ("saying", "grace"),
        ("days'", "grace"), ("repair", "bill"), ("phone", "bill"), ("gas", "bill"),
    }
)
_RELATION_PREFIX = frozenset(
    "baby little big brother sister sibling cousin mum dad nan gran uncle aunt auntie twin "
    "and".split()
)
_SIGNOFF_WORDS = frozenset(
    "thanks thank regards cheers best wishes kind many sincerely yours warm love signed "
    "ta thx".split()
)
_PERSON_VERBS = frozenset(
    "said says told was is has had disclosed became went came reported made asked refused "
    "left ran hit kicked punched stated alleged wanted".split()
)
_INITIAL_SLOTS = frozenset("by with to from for and saw met re visited about".split())


def _prev_word(text: str, start: int) -> str:
    m = re.search(r"([A-Za-z][A-Za-z'’]*)[ \t]*$", text[max(0, start - 40) : start])
    return m.group(1).lower() if m else ""


def _prev_raw(text: str, start: int) -> str:
    """The word just before, but only if nothing but spaces separates it from start."""
    m = re.search(r"([A-Za-z][A-Za-z'’]*)[ \t]+$", text[max(0, start - 40) : start])
    return m.group(1).lower() if m else ""


def _next_word(text: str, end: int) -> str:
    m = re.match(r"[ \t]+([A-Za-z0-9][A-Za-z0-9'’]*)", text[end : end + 40])
    return m.group(1).lower() if m else ""


def _next_char(text: str, end: int) -> str:
    rest = text[end : end + 20].lstrip(" \t")
    return rest[:1]


def _sentence_start(text: str, start: int) -> bool:
    before = text[max(0, start - 4) : start].rstrip(" \t\"'“‘(")
    return not before or before[-1] in ".!?:;\n-–—•*"


def _ordinary(text: str, start: int, end: int, low: str) -> bool:
    """True when the words around this occurrence show the ordinary word, not a name."""
    prev = _prev_raw(text, start)
    nxt = _next_word(text, end)
    nxt_char = _next_char(text, end)
    if (prev, low) in _COMMON_PHRASES or (low, nxt) in _COMMON_PHRASES:
        return True
    if prev in _DETERMINERS or prev in _PREPOSITIONS:
        if low in _MONTH_NAMES | _SEASONS or prev in _DETERMINERS:
            return True
        if text[start].islower():
            return True
    if low in _SHORT_MONTHS and prev in _BEFORE_MONTH:
        return True  # "back from uni since Jan"
    if low in _MONTH_NAMES and (nxt[:1].isdigit() or prev[:1].isdigit()
                                 or (prev and prev in ("of", "early", "late", "mid", "last", "next"))):
        return True
    if low in _SEASONS and (nxt in _SEASON_NOUNS or prev in ("last", "next", "this", "early",
                                                              "late", "mid", "of")):
        return True
    if low in _MODALS:
        if prev in _PRONOUNS or prev in ("not", "also", "still", "you", "we"):
            return True
        if text[start].isupper() and _sentence_start(text, start) and nxt in _PRONOUNS:
            return True  # "Will you", "May I", "Can we"
        if nxt and nxt not in _AFTER_MODAL_OK and nxt_char.isalpha():
            return True  # "will be", "may have", "can see"
    if low in _VERB_NAMES:
        if prev in _PRONOUNS or prev in ("to", "not", "also", "and", "will", "would", "should",
                                         "could", "did", "do", "does", "pls", "please"):
            if text[start].islower() or prev not in ("and",):
                return True
        if nxt in _DETERMINERS or nxt in _PRONOUNS or nxt in ("to", "that", "up", "down",
                                                               "off", "out", "as", "it"):
            return True
    if text[start].islower() and prev in ("very", "so", "too", "more", "most", "quite"):
        return True
    return False


# Patterns some rules apply to a slice of text many times per report, compiled once.
_TRAILING_INITIAL_RE = re.compile(r"[ \t]([A-Z])\.?(?=[,;)]|[ \t]+[a-z])")
_NAME_SPLIT_RE = re.compile(r"[\s\-]+")
_MC_SPLIT_RE = re.compile(r"(O['’]|Mc|Mac)([A-Z])")
_LEADING_TITLE_RE = re.compile(r"^(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof)\.?[ \t]+")
_CLOSES_RE = re.compile(r"[ \t]*[),]")
_TRAILING_BRACKET_RE = re.compile(r"[ \t]*\([^()]*\)$")


def _covered(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    return any(s < end and start < e for s, e in spans)


def _by_initials(start: int, end: int, letters: str, reason: str, conf: float) -> Candidate:
    """A person written as initials: the letters stand for them, and there are no name words."""
    return Candidate(start, end, "name", conf, reason, meta={"tokens": "", "initials": letters})


def _name(start: int, end: int, word: str, reason: str, conf: float = 0.7) -> Candidate:
    low = word.lower()
    return Candidate(start, end, "name", conf, reason,
                     meta={"tokens": low if len(low) > 1 else "", "initials": word[:1].upper()})


def _confirmed_tokens(text: str, names: list[Candidate], lex: Lexicon) -> set[str]:
    out: set[str] = set()
    for c in names:
        if c.kind != "name" or c.confidence < 0.6:
            continue
        for w in _WORD_RE.findall(text[c.start : c.end]):
            low = w.lower().rstrip("'’")
            if low.endswith(("'s", "’s")):
                low = low[:-2]
            if len(low) < 3 or low in _TITLEISH or low in STOPWORDS:
                continue
            out.add(low)
    return out


# Words before a lower-case name-word that make it the everyday word.
_ORDINARY_BEFORE = frozenset(
    """real huge great such much full be is are was were been being some more less little big
    true good bad high low no any every of with without lost give gave gives showed show own my
    your our their by""".split())
# Words after a name written with a bare possessive "s": "Franks daughter", "Jades mum".
_RELATION_AFTER = _RELATIONS | frozenset(
    "carer carers foster birth social worker sw teacher school room house home bedroom car phone "
    "placement keyworker nan nanna gran sisters brothers siblings parents kids children friends "
    "class classroom bag coat tablet nos number".split())
# "spotted franks DBS", "jades PEP": an acronym owned by the name before it.
_OWNED_ACRONYM_RE = re.compile(r"[ \t]+[A-Z]{2,5}\b(?![\-/])")
_TITLEISH = frozenset(
    "mr mrs ms miss mx dr prof sir dame mstr capt captain nurse pc dc sgt rev fr the and".split()
)


_CAPITAL_NEXT_RE = re.compile(r"[ \t]+[A-Z][a-z]")


def _reads_as_other_word(text: str, start: int, end: int, low: str, lex: Lexicon) -> bool:
    """The repeat of a found name that the words around it make an everyday word."""
    if text[end:end + 1] == "s":
        # "Franks daughter" is Frank's; "Franks" alone is another word, but "kais buccal" can
        # only be Kai's
        return _next_word(text, end + 1) not in _RELATION_AFTER and not _OWNED_ACRONYM_RE.match(
            text, end + 1) and (
            low + "s" in lex.english or lex.is_common(low + "s")
            or (low not in lex.first_names and low.endswith(("er", "or", "ist"))))
    return _ordinary(text, start, end, low)


# The start of a chat message, just after its sender: "21/05/2024, 18:52 - Anjali Rao: ".
_MESSAGE_OPENING_RE = re.compile(r"(?:^|\n)[^\n:]{2,40}\d{1,2}:\d{2}[^\n:]{0,30}:[ \t]+$"
                                 r"|(?:^|\n)[^\n:]{2,30}:[ \t]+$")


def _propagate(text: str, names: list[Candidate], taken: list[tuple[int, int]],
               lex: Lexicon) -> list[Candidate]:
    toks = _confirmed_tokens(text, names, lex)
    out: list[Candidate] = []
    if not toks:
        return out
    for start, end in _occurrences(text, toks):
        word = text[start:end]
        if _covered(taken, start, end):
            continue
        low = word.lower()
        if word.isupper() and len(low) > 3:
            continue  # a heading or an acronym
        if low == "ward" and not _CAPITAL_NEXT_RE.match(text, end):
            continue  # "Ward: Heather Ward", "Ward staff", "Ward 23": the ward, not Mr Ward
        if word[0].islower() and (low in lex.common or low in lex.keep) and low not in lex.first_names:
            continue  # "ward", "bell": a surname that is an everyday word, written as one
        # "Anjali Rao: bill this is the wrong group", "who is mason": a found name said to
        # someone opening a chat message, or asked about
        said_to = low not in _MODALS and (
            _MESSAGE_OPENING_RE.search(text, max(0, start - 40), start) is not None
            or text[max(0, start - 7):start].lower() == "who is ")
        if word[0].islower() and lex.is_basic(low) and _prev_raw(text, start) in _ORDINARY_BEFORE \
                and not said_to:
            continue  # "Grace led ... with real grace", "there is hope again", "be frank"
        if not said_to and _reads_as_other_word(text, start, end, low, lex):
            continue
        out.append(_name(start, end, word, "repeat of a name confirmed elsewhere"))
    return out


def _lower_initials_repeats(text: str, names: list[Candidate], taken: list[tuple[int, int]],
                            lex: Lexicon) -> list[Candidate]:
    """"signed by jk and tb ... she gave it and tb witnessed": lower-case initials found once
    as someone's are theirs wherever else they stand as a word."""
    found = {text[c.start:c.end] for c in names if c.kind == "name" and c.end - c.start in (2, 3)}
    letters = {w for w in found if w.isalpha() and w.islower() and not (
        lex.is_basic(w) or w in STOPWORDS or w in _TEXT_SPEAK or w in _CAPS_NOT_INITIALS
        or (len(w) == 3 and w in lex.english))}  # "man", "van": words, not letters
    if not letters:
        return []
    out: list[Candidate] = []
    alternation = "|".join(sorted(letters))
    for m in re.finditer(rf"(?<![\w'’\-@.])(?:{alternation})(?![\w'’\-@])", text):
        if not _covered(taken, m.start(), m.end()):
            out.append(_by_initials(m.start(), m.end(), m.group(0).upper(),
                                    "repeat of lower-case initials confirmed elsewhere", 0.6))
    return out


def _short_forms(text: str, names: list[Candidate], taken: list[tuple[int, int]],
                 lex: Lexicon) -> list[Candidate]:
    """"pri ur a star" after "Priyanka Raghunathan:", "kev" after "Kevin Doyle": the first three
    or four letters of a found first name, standing as a word no dictionary has, are what the
    team calls that person."""
    shorts: set[str] = set()
    for c in names:
        if c.kind != "name" or c.confidence < 0.6:
            continue
        first = _WORD_RE.match(text, c.start)
        if first is None or not first.group(0)[:1].isupper() or len(first.group(0)) < 5:
            continue
        low = first.group(0).lower()
        if low in lex.first_names:
            shorts.update(low[:k] for k in (3, 4) if k < len(low) - 1)
    low_text = text.lower()
    shorts = {w for w in shorts if w in low_text and not (
        w in lex.english or w in lex.keep or w in STOPWORDS or w in _TEXT_SPEAK
        or w in _NOT_NAME_PARTS or not w.isalpha())}
    if not shorts:
        return []
    return [_name(s, e, text[s:e], "a short form of a name confirmed elsewhere", 0.6)
            for s, e in _occurrences(text, shorts)
            if not (_covered(taken, s, e) or text[e:e + 1] in ("s", "'", "’")
                    or text[s:e].isupper())]  # "NAS" beside "Nasreen" is a term


# "on j smith's bloods": a lower-case initial, then a surname (the letters that stand alone in
# notes for a word or a unit, "u", "n", "r", "c", "x", "v", "w", "m", are left out, as is a
# letter after a number).
_LOWER_INITIAL_SURNAME_RE = re.compile(
    r"([dfghjklpqsz])(?<![\w'’\-./].)(?<!\d[ \t].)[ \t]([a-z]{3,15})(?=['’]s\b|[ \t,.;:)!?]|$)")


def _lower_initial_surnames(text: str, taken: list[tuple[int, int]], lex: Lexicon,
                            places: frozenset[str]) -> list[Candidate]:
    out: list[Candidate] = []
    for m in _LOWER_INITIAL_SURNAME_RE.finditer(text):
        low = m.group(2)
        if low not in lex.surnames or low in lex.keep or low in places or low in STOPWORDS \
                or low in _PERSONISH or low in _NOT_NAME_PARTS or _covered(taken, m.start(), m.end()):
            continue
        out.append(_name(m.start(), m.end(), m.group(0), "a lower-case initial and surname", 0.6))
    return out


def _word_char(ch: str) -> bool:
    return ch.isalnum() or ch == "_"


def _occurrences(text: str, toks: set[str]) -> list[tuple[int, int]]:
    """Where any of the (lower-case) tokens stands as a word, in any case, optionally with a
    possessive or a bare "s" after it; leftmost first, the longest token at each place."""
    low_text = text.lower()
    if len(low_text) != len(text):  # a letter whose lower case is longer: use the pattern
        alt = "|".join(re.escape(t) for t in sorted(toks, key=len, reverse=True))
        pat = re.compile(rf"(?<![\w@.\-])(?:{alt})(?=['’]s\b|s?[^\w@\-]|$)", re.IGNORECASE)
        return [m.span() for m in pat.finditer(text)]
    n = len(text)

    def after_ok(end: int) -> bool:
        if end == n:
            return True
        ch = text[end]
        if ch in "'’" and text[end + 1:end + 2] == "s" and (end + 2 == n or not _word_char(text[end + 2])):
            return True
        if not (_word_char(ch) or ch in "@-"):
            return True
        return ch == "s" and end + 1 < n and not (_word_char(text[end + 1]) or text[end + 1] in "@-")

    found: list[tuple[int, int]] = []
    for tok in toks:
        at = low_text.find(tok)
        while at >= 0:
            end = at + len(tok)
            if (at == 0 or not (_word_char(text[at - 1]) or text[at - 1] in "@.-")) and after_ok(end):
                found.append((at, end))
            at = low_text.find(tok, at + 1)
    found.sort(key=lambda se: (se[0], -se[1]))
    kept: list[tuple[int, int]] = []
    last = 0
    for start, end in found:
        if start >= last:
            kept.append((start, end))
            last = end
    return kept


_CAP_WORD_RE = re.compile(r"([A-Z](?<![\w@.\-'’].)[a-z]+(?:-[A-Z][a-z]+)?)(?![\w@\-])")


# "Woman: Kristīne Bērziņa", "Łukasz", "Şükrü Yılmaz": in English prose a capitalised word
# spelled with letters English does not use is almost always someone's name.
_FOREIGN_LETTERS = frozenset(
    "āăąćčďēėęěğīįıķļľłńňņőřśşšţťūůűųźżžșțłøåæœßðþàáâãäçèéêëìíîïñòóôõöùúûüýÿ")
_RARE_LETTERS = frozenset(
    "āăąćčďēėęěğīįıķļľłńňņőřśşšţťūůűųźżžșțøåæœðþđơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ")
_LOWER_FOREIGN_RE = re.compile(r"[^\W\d_A-Z](?<![\w'’\-@.].)[^\W\d_]+(?:-[^\W\d_]+)?(?![\w'’\-@])")
_CAP_WORD = r"[A-ZÀ-ÞĀ-Ž](?:[^\W\d_]|['’\-](?=[^\W\d_]))+"
_CAP_RUN_RE = re.compile(
    rf"[A-ZÀ-ÞĀ-Ž](?<![\w'’\-].)(?:[^\W\d_]|['’\-](?=[^\W\d_]))+"
    rf"(?:[ \t]+{_CAP_WORD}){{0,2}}(?![\w'’\-])")


_UNFOLDED = str.maketrans("łøđıßæœð", "lodisaod")


def _unaccented(word: str) -> str:
    """"wójcik" -> "wojcik", "łukasz" -> "lukasz": the spelling a name list holds."""
    decomposed = unicodedata.normalize("NFKD", word.translate(_UNFOLDED))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def _foreign_spelled(text: str, taken: list[tuple[int, int]], lex: Lexicon,
                     places: frozenset[str]) -> list[Candidate]:
    if _FOREIGN_LETTERS.isdisjoint(text.lower()):
        return []
    out: list[Candidate] = []
    for m in _CAP_RUN_RE.finditer(text):
        words = m.group(0).split()
        if _FOREIGN_LETTERS.isdisjoint(m.group(0).lower()):
            continue
        if any(w.lower() in lex.keep or w.lower() in places or w.lower() in lex.common
               or w.lower() in _NOT_NAME_PARTS or w.isupper() for w in words):
            continue
        if any(s <= m.start() and m.end() <= e for s, e in taken):
            continue  # found whole already; a partial find may still be vetoed, so add it
        out.append(_name(m.start(), m.end(), words[0], "spelled with letters English does not use",
                         0.65))
    # In lower case only letters that no borrowed English word has, and only a name the lists
    # hold once its accents are taken off ("ionuț", "wójcik"); "halušky" and "café" stay.
    if not _RARE_LETTERS.isdisjoint(lowered(text)):
        for m in _LOWER_FOREIGN_RE.finditer(text):
            word = m.group(0)
            if (_RARE_LETTERS.isdisjoint(word) or word in lex.keep or word in places
                    or word in lex.common or _covered(taken, m.start(), m.end())):
                continue
            plain = _unaccented(word)
            if plain not in lex.first_names and plain not in lex.surnames:
                continue
            out.append(_name(m.start(), m.end(), word,
                             "spelled in lower case with letters English does not use", 0.6))
    return out


# People online: "@lilT_22", "snap name is h0pe.xoxo", "xX_NightWolf_Xx", "jayyy.k_99". A
# handle is a direct identifier; an underscore inside a word, or a user name after the app it
# belongs to, is one.
_HANDLE_RE = re.compile(
    r"(?<![\w@.])@[A-Za-z0-9_.]{2,30}(?<!\.)(?![\w@])"
    r"|[A-Za-z0-9](?<![\w@.\-/].)[A-Za-z0-9.]*_[A-Za-z0-9_.]*(?<![._])(?![\w@/])")
_LOGIN_CUE_RE = re.compile(
    r"\b(?:log[ \t-]?in|logon|user[ \t]?(?:name|id)|smartcard[ \t]+(?:id|name))s?"
    r"(?:[ \t]+(?:is|was))?[ \t]*[:(\"'‘“]?[ \t]*([a-z][a-z0-9._]{3,24}[a-z0-9])(?![\w@.\-])",
    re.IGNORECASE)
_SPEAKER_HANDLE_RE = re.compile(r"^[ \t]*([a-z][a-z0-9]{1,15}\.[a-z][a-z0-9]{0,15}):[ \t]", re.M)
_APP_CUE_RE = re.compile(
    r"(?:snap(?:chat)?|insta(?:gram)?|tiktok|tik[ \t]tok|twitter|facebook|discord|whatsapp|"
    r"user[ \t]?name|handle|account|profile|gamer[ \t]?tag|psn|xbox)"
    r"(?:[ \t]+(?:name|id|handle|account))?(?:[ \t]+(?:is|was|called|of))?[ \t]*[:(\"'‘“]?[ \t]*$",
    re.IGNORECASE)
_DOTTED_HANDLE_RE = re.compile(r"[a-z0-9](?<![\w@.\-/].)[a-z0-9]*(?:\.[a-z0-9]+)+(?![\w@/])")
# "YP-D refused", "Child B", "Young person C": a placeholder letter a report already uses.
_PSEUDONYM_RE = re.compile(r"\b(?:YP|CYP)[ \t]?-?[ \t]?[A-Z](?![\w'’\-])")


_APP_WORDS = ("snap", "insta", "tiktok", "tik tok", "twitter", "facebook", "discord", "whatsapp",
              "user", "handle", "account", "profile", "gamer", "psn", "xbox")
_NUMBER_WORD_RE = re.compile(r"[nN](?<!\w.)(?:[uU][mM][bB][eE][rR]|[oO]\.?)[ \t]*\d")
_FILE_ENDINGS = (".docx", ".doc", ".pdf", ".xlsx", ".xls", ".csv", ".txt", ".jpg", ".jpeg",
                 ".png", ".msg", ".pptx", ".zip")


# "pick up from number 14", "back to no. 9": a house given by its number alone.
_HOUSE_NUMBER_RE = re.compile(
    r"\b(?:from|at|to|outside|round|in)[ \t]+((?:number[ \t]*|no\.?[ \t]+)\d{1,3}[a-z]?)(?![\w/.]|\.\d)"
    r"(?![ \t]+(?:engine|engines|hold|door|tank|pump|generator|seat|bed|bay|stand|runway|gate)\b)",
    re.IGNORECASE)


# A name spelled out letter by letter on a call: "spelt back K-O-W-A-L-C-Z-Y-K", "G-W-E-N".
_SPELLED_RE = re.compile(r"[A-Za-zÀ-ž](?<![\w\-].)(?:-[A-Za-zÀ-ž]){2,}(?![\w\-])")
_SPELLED_HINT_RE = re.compile(r"-[A-Za-zÀ-ž]-")
_SPELL_CUE_RE = re.compile(r"\b(?:spel(?:t|led|ling|ls|l)|letters?)\b[^.\n]{0,30}$", re.I)


def _spelled_out(text: str, taken: list[tuple[int, int]]) -> list[Candidate]:
    out: list[Candidate] = []
    for m in _SPELLED_RE.finditer(text):
        letters = m.group(0).replace("-", "")
        if not (letters.isupper() or letters.islower()) or _covered(taken, m.start(), m.end()):
            continue
        if len(letters) < 4 and _SPELL_CUE_RE.search(text, max(0, m.start() - 40), m.start()) is None:
            continue
        out.append(_name(m.start(), m.end(), letters.lower(), "a name spelled out letter by letter",
                         0.7))
    return out


# "dawn.k:", "added by r.patel3": a log-in name made of a person's name; "RealBloxDaddy99": a
# gamer tag, capitals inside the word and a number at its end.
_LOGIN_RE = re.compile(
    r"[a-z](?<![\w@.\-/].)[a-z0-9]*\.[a-z](?:['’](?=[a-z]{3}))?[a-z0-9]*(?![\w@/]|\.\w)")  # "j.o'neill"
_NOT_LOGIN_ENDS = frozenset("com uk org net io gov nhs co ac sch ly me info biz eu ie".split())
_PLAIN_LOGIN_RE = re.compile(r"[a-z](?<![\w@.\-/].)[a-z]{3,13}\d{1,3}(?![\w@/\-])")
_GAMER_HINT_RE = re.compile(r"[a-z]\d\d")
_GAMER_TAG_RE = re.compile(r"[A-Za-z](?<![\w@.\-/].)[a-z]*[A-Z][A-Za-z]*\d{2,4}(?![\w@/])")


def _logins(text: str) -> list[re.Match[str]]:
    """Dotted log-in names, looked for only around a dot between lower-case letters."""
    out: list[re.Match[str]] = []
    last = -1
    dot = text.find(".", 1)
    while dot > 0:
        here, dot = dot, text.find(".", dot + 1)
        if not (text[here - 1].islower() or text[here - 1].isdigit()) \
                or not text[here + 1:here + 2].islower():
            continue
        start = here - 1
        while start > 0 and (text[start - 1].isascii() and text[start - 1].isalnum()
                             or text[start - 1] == "."):
            start -= 1
        if start <= last:
            continue
        while start < here - 1 and not text[start].islower():
            start += 1  # the pattern's first character is a lower-case letter
        m = _LOGIN_RE.match(text, start)
        if m is not None:
            out.append(m)
            last = m.end()
    return out


def _login_names(text: str, taken: list[tuple[int, int]], lex: Lexicon) -> list[Candidate]:
    out: list[Candidate] = []
    for m in _logins(text):
        parts = [p.rstrip("0123456789").replace("’", "'") for p in m.group(0).split(".")]
        if (m.group(0).split(".")[-1] in _NOT_LOGIN_ENDS or "." + parts[-1] in _FILE_ENDINGS
                or not any(len(p) >= 3 and (p in lex.first_names or p in lex.surnames)
                           and (p not in lex.common or any(len(q) == 1 for q in parts))
                           for p in parts)
                or any(s <= m.start() and m.end() <= e for s, e in taken)):
            continue  # a part found alone ("okafor" in "k.okafor2") gives way to the whole
        out.append(_name(m.start(), m.end(), m.group(0), "a log-in name made of a name", 0.75))
    letter_digit = any(s and text[s - 1].isascii() and text[s - 1].isalpha()
                       for s, _ in digit_runs(text))
    for m in _PLAIN_LOGIN_RE.finditer(text) if letter_digit else ():
        # "hpatel2", "sjones14": an initial or two, a surname, a number
        word = m.group(0).rstrip("0123456789")
        if (word in lex.common or word in lex.keep
                or not any(word[k:] in lex.surnames and not lex.is_common(word[k:])
                           for k in (1, 2))
                or _covered(taken, m.start(), m.end())):
            continue
        out.append(_name(m.start(), m.end(), m.group(0), "a log-in name made of a name", 0.7))
    for m in _GAMER_TAG_RE.finditer(text) if letter_digit and _GAMER_HINT_RE.search(text) else ():
        tag = m.group(0)
        letters = [ch for ch in tag if ch.isalpha()]
        if (len(letters) < 6 or sum(ch.isupper() for ch in letters) < 2
                or sum(ch.islower() for ch in letters) < 3 or _covered(taken, m.start(), m.end())):
            continue
        out.append(Candidate(m.start(), m.end(), "name", 0.7, "a gamer tag",
                             meta={"tokens": tag.lower(), "initials": ""}))
    return out


def _online_names(text: str, taken: list[tuple[int, int]], lex: Lexicon) -> list[Candidate]:
    out: list[Candidate] = []
    if "_" in text or "@" in text:
        for m in _HANDLE_RE.finditer(text):
            code = m.group(0)
            if ("@" in code[1:] or sum(ch.isalpha() for ch in code) < 3
                    or code.lower().endswith(_FILE_ENDINGS)):
                continue
            if not any(s <= m.start() and m.end() <= e for s, e in taken):
                out.append(Candidate(m.start(), m.end(), "name", 0.8, "a user name online",
                                     meta={"tokens": code.lower(), "initials": ""},
                                     priority_bonus=2))
    low = lowered(text)
    if "." in text and any(app in low for app in _APP_WORDS):
        for m in _DOTTED_HANDLE_RE.finditer(text):
            if (any(ch.isalpha() for ch in m.group(0))
                    and _APP_CUE_RE.search(text, max(0, m.start() - 40), m.start())
                    and not _covered(taken, m.start(), m.end())):
                out.append(_name(m.start(), m.end(), m.group(0), "a user name after its app", 0.75))
    for m in _LOGIN_CUE_RE.finditer(text) if "log" in low or "user" in low else ():
        # "assigned to a leaver's login (gwilliams)", "username: jmorrow2": a system login
        word = m.group(1)
        if (word not in lex.english and not lex.is_common(word) and word not in lex.keep
                and (any(ch.isdigit() or ch in "._" for ch in word) or word[1:] in lex.surnames
                     or word in lex.first_names or word[:-1] in lex.surnames)
                and not _covered(taken, m.start(1), m.end(1))):
            out.append(_name(m.start(1), m.end(1), word, "a user name after 'login'", 0.7))
    for m in _SPEAKER_HANDLE_RE.finditer(text) if "." in text else ():
        # "becks.m: was in crew room": a chat's speaker by a dotted user name
        if not _covered(taken, m.start(1), m.end(1)):
            out.append(_name(m.start(1), m.end(1), m.group(1), "a speaker's user name", 0.7))
    for m in (_HOUSE_NUMBER_RE.finditer(text) if _NUMBER_WORD_RE.search(text) else ()):
        if not _covered(taken, m.start(1), m.end(1)):
            out.append(Candidate(m.start(1), m.end(1), "address", 0.6, "a house by its number"))
    for m in _PSEUDONYM_RE.finditer(text) if "YP" in text else ():  # in every match
        if not _covered(taken, m.start(), m.end()):
            out.append(Candidate(m.start(), m.end(), "name", 0.7, "a young person's letter",
                                 meta={"tokens": m.group(0).lower(), "initials": m.group(0)[-1]}))
    return out


# A time that opens a line of a log or chat: "14:02", "[07:40]", "03/10/2025, 08:40".
_TIMESTAMP = (r"\[?(?:\d{1,2}/\d{1,2}/\d{2,4},?[ \t]+)?\d{1,2}[:.]\d{2}(?::\d{2})?"
              r"(?:,?[ \t]+\d{1,2}/\d{1,2}/\d{2,4})?\]?")  # "[02:14, 22/06/2024]" too
# Chat exports and minutes give each speaker a line: "ciarán 08:02: cant find it", "Inês: Hi
# Jo". A word that starts a line and is followed by a time or a colon, and is no heading
# ("Subject:", "Learning:"), is the person speaking.
_SPEAKER_RE = re.compile(
    rf"[ \t]*(?P<before>{_TIMESTAMP}[ \t]*[-–]?[ \t]*)?"
    r"(?P<who>[A-Za-zÀ-ÿ][a-zà-ÿ'’\-]+(?:[ \t][A-Z][a-zà-ÿ'’\-]+|\.[A-Za-z0-9]{1,3}|[A-Z]\b"
    r"|[ \t][A-Z](?=[ \t]*(?:\(?\d{1,2}[:.]\d{2}\)?[ \t]*)?:))?"  # "Sue B: brilliant!!"
    r"|[A-Z]{2,3}(?=[ \t]*:))"  # "19:30 KW: rang mum": initials speak only after a time
    r"(?P<role>[ \t][A-Z]{2,5})?"  # "Mared EDT:", "Tariq PRM:": a role after the name
    r"(?:[ \t]*[\u2600-\u27bf\U0001f300-\U0001faff\ufe0f]{1,3})?"  # "Skip 🛫:": an emoji in a handle
    r"[ \t]*(?P<after>\(?\d{1,2}[:.]\d{2}\)?[ \t]*)?:[ \t]")
# "Reporter: Rutendo Chikwanha RN", "Name: K. R. Nair": a form's person field.
_PERSON_FIELD_LABELS = (
    r"\b(?:Reporter|Reported[ \t]by|Name|Patient|Client|Resident|Service[ \t]user|Woman|Mother|"
    r"Father|Witness|Author|Completed[ \t]by|Written[ \t]by|Submitted[ \t]by|Signed|"
    r"Referrer|Referred[ \t]by|Caller|Carer|Parent|Young[ \t]person|Pupil|Student|Interpreter|"
    r"Informant|Victim|Interviewer|Assessor|(?:Action[ \t]+)?[Oo]wner|Actioned[ \t]+by|From|To|Cc|"
    r"Scribe|Led[ \t]+by|Outgoing|Incoming|Handed[ \t]+over[ \t]+by|"
    r"(?:Social|Support|Key)[ \t]?worker|Family|"
    r"(?:Child(?:'s)?[ \t]+)?(?:[Ss]urname|[Ff]orenames?(?:\(s\))?|[Ff]irst[ \t]+names?|"
    r"[Ff]amily[ \t]+name))[ \t]*:[ \t]*")
_PERSON_FIELD_RE = re.compile(
    _PERSON_FIELD_LABELS +
    r"((?:[A-Z]\.[ \t]?){0,3}[A-ZÀ-Þ][A-Za-zÀ-ÿ'’\-]+(?:[ \t][A-ZÀ-Þ][a-zà-ÿ'’\-][A-Za-zÀ-ÿ'’\-]*){0,2}"
    r"(?:[ \t][A-Z]\.?(?![\w'’\-]))?)")  # "From: Mark D": a surname's initial
# "Interviewer: nat (missing team)": a person's field filled in lower case.
_LOWER_PERSON_FIELD_RE = re.compile(_PERSON_FIELD_LABELS + r"([a-z][a-z'’\-]{1,15})(?![\w@.'’\-])")
# The whole first word of each label above ("Key worker" or "Keyworker", "Child's surname"):
# every match of the two patterns opens on one of them.
_PERSON_FIELD_FIRSTS = frozenset(
    """reporter reported name patient client resident service woman mother father witness author
    completed written submitted signed referrer referred caller carer parent young pupil student
    interpreter informant victim interviewer assessor action owner actioned from to cc scribe led
    outgoing incoming handed social socialworker support supportworker key keyworker child
    surname forename forenames first family""".split())
_FIELD_INITIALS_RE = re.compile(r"[A-Z]{2,3}")
_MAIL_HEADER_RE = re.compile(r"(?:From|To|Cc)\b")
_SUBJECT_FIELD_RE = re.compile(
    r"(?:Name|Patient|Client|Resident|Service[ \t]user|Young[ \t]person|Pupil|Student|Victim|Child)\b")
_FIELD_WORDS = ("Report", "Name", "Patient", "Client", "Resident", "Service", "Woman", "Mother",
                "Father", "Witness", "Author", "by", "Signed", "urname", "orename", "name:",
                "Referrer", "Caller", "Carer", "Parent", "Young", "Pupil", "Student", "Interpreter",
                "Informant", "Victim", "worker", "Interviewer", "Assessor", "wner", "Actioned", "From",
                "To", "Cc", "Scribe", "Led", "Outgoing", "Incoming", "Handed", "Family")
_SIG_INITIALS_RE = re.compile(
    r"\b(?:Sig|Signed|Sign|Signature|Initials|Init|Inits)[ \t]*[:\-][ \t]*"
    r"([A-Z](?:\.?[A-Z]){1,2}\.?)(?![\w'’\-])")
# "(initials look like RJ or PJ?)", "by the dispatcher (initials tb)": letters the text says
# are someone's initials, in capitals or in lower case, and a second set offered beside them.
_PROSE_INITIALS_RE = re.compile(
    r"\binitials[ \t]+(?:(?:look(?:s|ed)?|read|reads|looked)[ \t]+like[ \t]+|(?:are|were|of|say|said)"
    r"[ \t]+)?[\"'(]?((?-i:[A-Z]{2,3}|[a-z]{2}|[A-Za-z]\.[A-Za-z]\.?))(?![\w'’\-])"
    r"(?:[ \t]*(?:or|and|/|,)[ \t]*((?-i:[A-Z]{2,3}))(?![\w'’\-]))?", re.IGNORECASE)
_GREETINGS = frozenset(
    """hello hi hiya hey morning afternoon evening dear all team everyone folks colleagues
    thanks thank cheers ta regards grazie merci danke gracias obrigado dziekuje diolch""".split())
# "Fergal,", "Hi Dusty,": a message opening on the name of the person it is for.
_SALUTATION_RE = re.compile(
    r"[ \t]*(?P<greeting>(?i:hi|hello|hiya|hey|morning|afternoon|evening)[ \t]+)?"
    r"([A-ZÀ-Þ][a-zà-ÿ'’\-]+)[ \t]*,[ \t]*(?:\n|(?=(?:please|pls|can|could|would|thanks|thank|"
    r"just|did|are|is|wanted|just)\b))")
# "To Sølvi and everyone at Fenbridge": a thank-you note opening on who it is for.
_TO_OPENING_RE = re.compile(
    r"[ \t]*(?:To|Dear)[ \t]+([A-ZÀ-Þ][a-zà-ÿ'’\-]+)[ \t]+(?:and|&)[ \t]+(?:everyone|everybody|all"
    r"|the[ \t]+(?:team|crew|staff|rest))\b")
# "Last signed out by HB & SA": two sets of initials after "by" are the two people who did it.
_BY_INITIALS_PAIR_RE = re.compile(
    r"\bby(?:[ \t]+|[ \t]*\n[ \t]*)([A-Z]{2,3})[ \t]*(?:&|\+|/|and)[ \t]*([A-Z]{2,3})(?![\w'’\-])")
# "PMcK", "DMcL", "JO'N": initials of a Mc-, Mac- or O'- surname.
_MC_INITIALS_RE = re.compile(r"[A-Z](?<![\w'’\-].)(?:Mc|Mac|O['’])[A-Z](?![\w'’\-])"
                             # "HvdB", "JvD", "MdS": initials of a surname with a particle
                             r"|[A-Z](?<![\w'’\-].)(?:vd|v|van|von|de|da|dos|du)[A-Z](?![\w'’\-])")


# "-- PF, Safety Officer", "T-J x", "Kez xx": a short sign-off on its own line.
_SIGNOFF_LINE_RE = re.compile(
    r"(?:^|\n|[.!?][ \t]+)[ \t]*(?:[-–—]{1,2}[ \t]*"
    r"(?:(?P<dash>[A-Z]{2,3}(?=[ \t]*,)|[a-z]{2,3}(?=[ \t]*$))|(?P<end>[A-Z]{2,3})(?=[ \t]*(?:\n|$)))"
    r"|(?P<kiss>[A-Z][A-Za-z]?(?:-[A-Z][a-z]?)?)[ \t]+x{1,3}[ \t]*(?=\n|$))")


_LAST_DASH_NAME_RE = re.compile(r"\n[ \t]*[-–—]{1,2}[ \t]*([A-Z][a-z]{1,11})[ \t]*$")
# "pls can someone sort the kiosk - kc": lower-case initials after a dash end the last line.
_INLINE_SIGNOFF_RE = re.compile(r"(?<=\w)[ \t]+[-–—][ \t]*([a-z]{2,3})[ \t]*$")
# "pls fix. sj H@N", "between lists. ks (NE)", "not eyesight?? mel HCA": the report ends with
# the writer's lower-case initials (or first name) and their role or team.
_SIGNOFF_WITH_ROLE_RE = re.compile(
    r"(?:^|\n|[.!?)][ \t]+|[ \t][-–—][ \t]*|[ \t](?:rep(?:orted)?[ \t]+by|by|from)[ \t]+)"
    r"([a-z]{2,3})[ \t]+"
    r"(?P<role>\([A-Za-z@&/ ]{1,12}\)|[A-Z][A-Za-z@&/]{1,5}|[a-z]{2,8})"
    r"(?:[ \t]+\d{1,2}/\d{1,2}(?:/\d{2,4})?)?[ \t]*$")
def _has_vowel(low: str) -> bool:
    return any(ch in "aeiouy" for ch in low)


def _letters_read_as_word(low: str, lex: Lexicon) -> bool:
    """Whether two or three lower-case letters ending a report read as a word or a term, not
    as the writer's initials; letters with no vowel ("kc", "gd") are initials, whatever a
    dictionary makes of them."""
    return ((_has_vowel(low) and (lex.is_common(low) or low in lex.english))
            or low in lex.keep or low in _CAPS_NOT_INITIALS)


# Shorthand with no vowel that ends a note without being anyone ("pls Datix").
_TEXT_SPEAK = frozenset("pls plz thx tx ty np ps pts msg txt tbh btw imo".split())
# "Signed: Sunday E., RMN": a day or month that is also a first name, with an initial after it,
# is someone; days and months take no initials (unless a preposition makes it the day).
_NAME_DAY_INITIAL_RE = re.compile(
    r"(?<![\w'’-])(?:" + "|".join(NAME_DAYS) + r")[ \t]+[A-Z]\.?(?=[ \t]*(?:[,;:)|]|\n|$))")
_NAME_DAY_WORDS_RE = re.compile("|".join(NAME_DAYS))
# "Ta, L": a single letter closing the report after thanks.
_THANKS_LETTER_RE = re.compile(
    r"\b(?:[Tt]hanks|[Tt]hank you|[Tt]a|[Cc]heers|[Rr]egards|[Bb]est|[Tt]hx|[Tt]y)[ \t]*[,.!]?"
    r"[ \t\n]+([A-Z])\.?[ \t]*$")


# "[07:40] Tasha R: ...", "14:02 - Kez (EDT): ...": a timed line opened by whoever speaks.
_TIMED_SPEAKER_RE = re.compile(
    rf"(?:^|\n)[ \t]*{_TIMESTAMP}[ \t]*[-–]?[ \t]*([A-Z][a-z]+)[^:\n]{{0,20}}:")
# Words that open a timed line of a log without being anyone ("09:10 Update: ...").
_LOG_HEADINGS = frozenset(
    """note notes update action actions outcome plan comment comments summary system auto
    reply call alert alarm info information message status result results handover
    decision task addr tel mob dob ref loc nok hx dx rx tx sx obs""".split())


# Who answers on a radio net without being anyone: "06:12 Control: CSA 4, describe".
_RADIO_STATIONS = frozenset(
    "control tower ground approach radar director delivery apron ops base dispatch comms "
    "despatch info information security gate medic rescue fire".split())


def _chat_speaker(low: str, lex: Lexicon, places: frozenset[str], everyday: bool = False) -> bool:
    return not (low in lex.keep or low in places or low in _NOT_NAME_PARTS or low in _PERSONISH
                or low in _LOG_HEADINGS or low in _DAYS_MONTHS
                or (not everyday and lex.is_basic(low)))


def _could_be_name(lows: list[str], lex: Lexicon, places: frozenset[str],
                    roles: bool = True) -> bool:
    """Whether a few capitalised words in a person's slot can be their name: none is a term to
    keep, a place, a title or (unless roles is off) a role, and not all are everyday words."""
    if any(w in lex.keep or w in places or w in _NOT_NAME_PARTS or (roles and w in _PERSONISH)
           for w in lows):
        return False
    return not all(lex.is_common(w) and w not in lex.first_names and w not in lex.surnames
                   for w in lows)


# "Besnik - interpreter (Albanian)", "- Lorna Baxter – ISW": a meeting's attendee, one a line.
_ROLE_LINE_RE = re.compile(
    r"[ \t]*(?:[-•*][ \t]*)?(?P<who>[A-ZÀ-Þ][a-zß-ÿ'’\-]+(?:[ \t][A-ZÀ-Þ][a-zß-ÿ'’\-]+)?)"
    r"[ \t]+[-–—][ \t]+(?:the[ \t]+)?(?P<role>[A-Za-z]+)\b")


# "From: Kowal, Malgorzata <m.kowal@...>", "To: Hughes, Bethan (Community MW); Obi, Chinwe",
# "DP: MENSAH-BOATENG, Tyrese": a name written surname first, in a header, list or form.
_SURNAME_FIRST_RE = re.compile(
    r"([A-ZÀ-Þ](?<![\w'’\-].)(?:[a-zß-ÿ'’]+|[A-ZÀ-Þ'’]+)(?:-[A-ZÀ-Þ][A-Za-zß-ÿ'’]+)?),[ \t]"
    r"([A-ZÀ-Þ][a-zß-ÿ'’\-]+(?:[ \t][A-ZÀ-Þ][a-zß-ÿ'’\-]+)?)"
    r"(?=[ \t]*(?:<|\(|;|\n|$|[ \t]{2}|,[ \t]*[A-ZÀ-Þ][A-Za-zß-ÿ'’\-]+,[ \t]))")


_NAME_WORD_BEFORE_RE = re.compile(r"(?<![\w'’\-])[A-ZÀ-Þ][\w'’\-]*\.?[ \t]+$")


def _surname_first(text: str, taken: list[tuple[int, int]], lex: Lexicon,
                   places: frozenset[str]) -> list[Candidate]:
    out: list[Candidate] = []
    for m in _SURNAME_FIRST_RE.finditer(text) if ", " in text else ():
        surname, first = m.group(1).lower(), m.group(2).split()[0].lower()
        if (not _could_be_name([surname, *m.group(2).lower().split()], lex, places)
                or ORG_TYPE_RE.search(m.group(2)) is not None
                or (m.group(1).isupper() and len(surname) <= 3)):
            continue  # "RCW, Willow Lodge": a role and a home
        if not ((first in lex.first_names or not lex.is_common(first))
                and (surname in lex.surnames or not lex.is_common(surname))):
            continue  # "Monday, Tuesday", "Ward, Bed": everyday words
        if first not in lex.first_names and surname not in lex.surnames:
            continue
        if any(s <= m.start() and m.end() <= e for s, e in taken) or _NAME_WORD_BEFORE_RE.search(
                text, max(0, m.start() - 30), m.start()):
            continue  # "Dr Adeyinka, Matteo Ricci", "Dusty Wainwright, Laura Chen": a list
        out.append(_surname_first_name(m))
    for m in _CAPS_SURNAME_FIRST_RE.finditer(text) if ", " in text else ():
        surname, first = m.group(1).lower(), m.group(2).rstrip(".").lower()
        if any(s <= m.start() and m.end() <= e for s, e in taken) or len(surname) < 3:
            continue
        if not _could_be_name([surname] + ([first] if len(first) > 1 else []), lex, places):
            continue
        if not (surname in lex.surnames or surname in lex.first_names
                or not lex.is_common(surname)):
            continue  # "NOTE, Grace", "HOLD, Mark": a word in capitals, then a name
        if len(first) > 1 and not (first in lex.first_names or not lex.is_common(first)):
            continue  # "URGENT, Please"
        if len(first) == 1 and surname not in lex.surnames:
            continue
        if not (surname in lex.surnames or surname in lex.first_names or (
                len(surname) >= 5 and any(ch in "aeiouy" for ch in surname))):
            continue  # "the ODP, Luka", "EMD, Kirsty": a role's letters before a name
        before = _NAME_WORD_BEFORE_RE.search(text, max(0, m.start() - 30), m.start())
        if _prev_word(text, m.start()).lower() in _DETERMINERS or (
                before is not None and before.group(0).strip().rstrip(".").lower()
                not in _SURNAME_FIRST_TITLES):
            continue  # "the AFISO, Murdo", "Arrivals PCP, Eastmarsh": a role or a place
        cand = _surname_first_name(m)
        for s, e in taken:
            if s < m.start() < e:  # "Capt HARGREAVES" found before: one span with the title
                cand = replace(cand, start=s)
        out.append(cand)
    return out


_SURNAME_FIRST_TITLES = STRONG_TITLES | WEAK_TITLES | frozenset("fo sfo pf pm cc".split())


# "CHEN, Marcus, used", "FOX, Daniel 34", "FO BERG, Anders", "WARBURTON, E": a surname in
# capitals, a comma and a first name or initial is a person written surname first wherever it
# stands.
_CAPS_SURNAME_FIRST_RE = re.compile(
    r"([A-ZÀ-Þ](?<![\w'’\-].)[A-ZÀ-Þ'’]+(?:-[A-ZÀ-Þ][A-ZÀ-Þ'’]+)?),[ \t]"
    r"([A-ZÀ-Þ][a-zß-ÿ'’\-]+|[A-ZÀ-Þ]\.?)(?![\w'’\-])")


def _surname_first_name(m: re.Match[str]) -> Candidate:
    """One span, so "Kowal, Malgorzata" is one person, not two."""
    words = _WORD_RE.findall(m.group(0))
    return Candidate(m.start(), m.end(), "name", 0.75, "a name written surname first",
                     meta={"tokens": " ".join(w.lower() for w in words),
                           "initials": (words[-1][:1] + words[0][:1]).upper()},
                     priority_bonus=1)


# "Present: Hamid, Rachel F, Tomas, Bee, ops Gavin": a meeting's attendees, one to an item.
_ATTENDEE_RE = re.compile(r"[A-Z][a-z'’\-]+(?:[ \t][A-Z]\.?)?(?=[ \t]*(?:[,;]|$|\n|and[ \t]))")


def _line_starts(text: str) -> list[int]:
    """Where each line of text begins."""
    starts = [0]
    at = text.find("\n")
    while at >= 0:
        starts.append(at + 1)
        at = text.find("\n", at + 1)
    return starts


def _lines(text: str) -> list[tuple[int, str]]:
    """Each line of text, without its line break, with where it begins."""
    starts = _line_starts(text)
    return [(a, text[a:(starts[k + 1] - 1) if k + 1 < len(starts) else len(text)])
            for k, a in enumerate(starts)]


# A typed table's header cell that says its column holds people: "Worker", "Initials",
# "Carers", "Checked by", "Action owner", "Staff (s)".
_PERSON_COLUMN_RE = re.compile(
    r"(?:(?:allocated|key|social|support|named|lead|duty|action|staff)[ \t]+)?"
    r"(?:workers?|sw|nurses?|carers?|staff|staff[ \t]+members?|initials?|inits?|names?|signed|"
    r"wom[ae]n|mothers?|parents?|"
    r"sign|signature|sig|who|crew|clients?|child(?:ren)?|patients?|pt|residents?|"
    r"service[ \t]+users?|yp|person|owner|attendees?|practitioners?|reporter|witness(?:es)?|"
    r"reviewers?|clinicians?|assessors?|inspectors?|checkers?|checked|reviewed|witnessed|"
    r"verified|countersigned|authori[sz]ed|approved|"
    r"[a-z]+[ \t]+by)(?:[ \t]*\(s\))?", re.IGNORECASE)
# A header that is a role ("IRO", "Allocated SW", "Engineer") heads a column of people too;
# not these role-ish words, whose columns hold places, teams, grades or times.
_NOT_PERSON_HEADERS = frozenset(
    "team ward duty ops operations safety support family band head deputy licensed senior "
    "junior security ground admin compliance member agency bank called known named aka "
    "nicknamed ex baby infant toddler boy girl child cyp yp".split())
_TABLE_CELL_SPLIT_RE = re.compile(r"[ \t]*\|[ \t]*|\t[ \t]*|[ \t]{2,}")
# A cell of initials, dotted or not, or with an Irish O' ("RO'B").
_CELL_INITIALS_RE = re.compile(
    r"[A-Z]\.?[A-Z]\.?(?:[A-Z]\.?)?|[A-Z]{1,2}['’][A-Z]"
    r"|[A-Z](?:\.?[A-Z])?\.?-[A-Z](?:\.?[A-Z])?\.?")  # "J-PM", "AK-R", "T.B.-M.": a double surname
_CELL_WORD_RE = re.compile(r"[A-ZÀ-Þ][a-zß-ÿ'’\-]+|[A-ZÀ-Þ]{2,}[a-zß-ÿ'’\-]*")


def _cells(line: str, at: int) -> list[tuple[int, str]]:
    """A typed table row's cells with where each starts in the text; pipes, tabs or runs of
    two or more spaces between them."""
    out: list[tuple[int, str]] = []
    pos = 0
    for sep in _TABLE_CELL_SPLIT_RE.finditer(line):
        if sep.start() > pos or sep.start() > 0:
            out.append((at + pos, line[pos:sep.start()]))
        pos = sep.end()
    out.append((at + pos, line[pos:]))
    return [(a, c) for a, c in out if c] if line.rstrip().endswith("|") else out


def _table_people(text: str, taken: list[tuple[int, int]], lex: Lexicon,
                  places: frozenset[str]) -> list[Candidate]:
    """Names and initials in the column of a typed table whose header says it holds people
    ("Child | Worker | Due" then "Jade O'Connor | T.A. | 07/06"; "Initials" then "RB")."""
    out: list[Candidate] = []
    if "|" not in text and "  " not in text and "\t" not in text:
        return out
    lines = _lines(text)
    k = 0
    while k < len(lines):
        at, line = lines[k]
        k += 1
        if "|" not in line and "  " not in line and "\t" not in line:
            continue  # no column break: not a table's header
        head = _cells(line, at)
        if len(head) < 2:
            continue
        columns = [c for c, (_a, cell) in enumerate(head) if _person_header(cell.strip())]
        refs = [c for c, (_a, cell) in enumerate(head) if _REF_COLUMN_RE.fullmatch(cell.strip())]
        if not columns and not refs:
            continue
        left: dict[int, list[tuple[int, str]]] = {c: [] for c in columns}
        took: dict[int, int] = {c: 0 for c in columns}
        only_letters = set(columns)  # columns whose every filled cell is initials
        while k < len(lines):
            row_at, row = lines[k]
            cells = _cells(row, row_at)
            if len(cells) == len(head) - 1 and row.rstrip().endswith("|") \
                    and not line.rstrip().endswith("|") and not any(ch.isdigit() for ch in line):
                cells.append((row_at + len(row), ""))  # "1 | GE | 18 | Y |": its last cell empty
            if len(cells) != len(head):
                break
            k += 1
            for c in columns:
                cell_at, cell = cells[c]
                people = _people_in_cell(cell.rstrip(), cell_at, taken, lex, places)
                out.extend(people)
                stripped = cell.strip()
                lead = cell_at + cell.index(stripped) if stripped else cell_at
                if people or (stripped[:1].isalpha()
                              and _covered(taken, lead, lead + len(stripped))):
                    took[c] += 1  # a person, found here or already
                elif _CELL_INITIALS_RE.fullmatch(cell.rstrip()):
                    left[c].append((cell_at, cell.rstrip()))
                if not (_CELL_INITIALS_RE.fullmatch(cell.strip())
                        or _CELL_INITIALS_PAIR_RE.fullmatch(cell.strip())
                        or _BLANK_CELL_RE.fullmatch(cell.strip())):
                    only_letters.discard(c)
            for c in refs:
                cell_at, cell = cells[c]
                cell = cell.rstrip()
                if _REF_CELL_RE.fullmatch(cell) and sum(ch.isdigit() for ch in cell) >= 3 \
                        and not _covered(taken, cell_at, cell_at + len(cell)):
                    out.append(Candidate(cell_at, cell_at + len(cell), "case_reference", 0.7,
                                         "a code in a table's column of references"))
        for c in columns:
            # "Init" over CB, CB, PM; "Staff" over KA, DM, OB, TM: in a column of initials,
            # letters that are a term elsewhere are initials too
            strong = _INITIALS_HEADER_RE.fullmatch(head[c][1].strip()) is not None
            # "ATCO" over NP, HR, LT: in a column of nothing but initials, one of them a
            # person's, the rest are people too, even letters that are a role or a unit
            lettered = took[c] >= 2 or (took[c] >= 1 and c in only_letters)
            for cell_at, cell in left[c]:
                low = cell.replace(".", "").lower()
                # beside names, or under a header any role could fill ("Who", "Owner"): never
                # a role's or a team's letters ("DSL", "HR")
                mixed = c not in only_letters or _GENERIC_PERSON_HEADER_RE.fullmatch(
                    head[c][1].strip()) is not None
                if (strong or (lettered and low not in _CAPS_NOT_INITIALS
                               and not (mixed and (low in _ROLE_SHORT_SET or low in _ROLE_PAIRS
                                                   or low in _NOT_INITIALS))
                               and (not lex.is_basic(low) or (
                                   # "TO" among "AKS" and "Priya": capitals, not the word
                                   cell.isupper() and len(low) == 2
                                   and low not in _NOT_PERSON_CELL_WORDS)))) \
                        and low not in _UNITS_NOT_ATTENDEES \
                        and not _covered(taken, cell_at, cell_at + len(cell)):
                    out.append(_name(cell_at, cell_at + len(cell), cell, _TABLE_INITIALS, 0.65))
    seen = {(c.start, c.end) for c in out}
    for letters in {text[c.start:c.end] for c in out if c.reason == _TABLE_INITIALS}:
        # "missed because T.A. went off sick": the same initials outside the table
        for s, e in _standalone(text, letters, _joins_initials):
            if (s, e) not in seen and not _covered(taken, s, e):
                out.append(_name(s, e, letters, "initials from a table's column of people", 0.7))
    return out


_TABLE_INITIALS = "initials in a table's column of people"
_GENERIC_PERSON_HEADER_RE = re.compile(
    r"(?i:who|(?:action[ \t]+)?owners?|lead|by|names?|person|responsible|[a-z]+[ \t]+by)")
# Short words a column of people holds that are no one: "NO", "NA", "OK", "ALL".
_NOT_PERSON_CELL_WORDS = frozenset("no ok na nb am pm yes all any nil none tbc tba n/a".split())
_INITIALS_HEADER_RE = re.compile(r"(?i:initials?|inits?|sig|signature|signed|sign)")
# A header cell that says its column holds case or record numbers ("Case", "Ref no", "MRN").
_REF_COLUMN_RE = re.compile(
    r"(?i:(?:case|client|patient|record|incident|log|job|referral|file)[ \t]*"
    r"(?:no\.?|number|ref(?:erence)?|id|#)?|ref(?:erence)?(?:[ \t]*no\.?)?|id|mrn|crn|urn|"
    r"hosp(?:ital)?[ \t]*(?:no\.?|number))")
# What such a column's cells hold: one code, letters and digits, perhaps with / or -.
_REF_CELL_RE = re.compile(r"[A-Z]{0,4}[ \-/]?\d[\dA-Z/\-]{2,14}")
# A cell that says nothing about what its column holds: empty, a dash, a lower-case word.
_BLANK_CELL_RE = re.compile(r"[-–—/?x]*|[a-z][a-z ]*")


def _initials_columns(text: str, confirmed: list[Candidate], taken: list[tuple[int, int]],
                      lex: Lexicon) -> list[Candidate]:
    """Initials in a table's column that holds nothing but initials, when some of those
    initials are a person elsewhere in the report: a rota ("Lane 1 | Lane 2" then "GS | NW"),
    whose header names a post, not a person ("KP spotted it" below the table)."""
    if "|" not in text and "\t" not in text:
        return []
    people = {text[c.start:c.end] for c in confirmed if c.kind == "name"}
    if not people:
        return []
    rows: list[list[tuple[int, str]]] = []
    out: list[Candidate] = []
    for at, line in _lines(text) + [(len(text), "")]:  # an empty last line ends the last table
        cells = _cells(line, at) if ("|" in line or "\t" in line) else []
        if line.startswith("\t"):
            cells.insert(0, (at, ""))  # "\tMon\tTue": a header whose corner cell is empty
        if cells and set(line.strip()) <= set("|-: \t"):
            continue  # a Markdown rule under the header
        if rows and len(cells) == len(rows[0]) and len(cells) >= 2:
            rows.append(cells)
            continue
        if len(rows) >= 3:
            out.extend(_initials_in_columns(rows[1:], people, taken, lex))
        rows = [cells] if len(cells) >= 2 else []
    return out


_CELL_LETTERS_LIST_RE = re.compile(r"[A-Z]{2,3}(?:[ \t]*[/,&][ \t]*[A-Z]{2,3}){1,3}")


def _initials_in_columns(rows: list[list[tuple[int, str]]], people: set[str],
                         taken: list[tuple[int, int]], lex: Lexicon) -> list[Candidate]:
    columns: list[list[tuple[int, str]]] = []
    for c in range(len(rows[0])):
        found: list[tuple[int, str]] = []
        for row in rows:
            cell_at, raw = row[c]
            cell = raw.strip()
            if _CELL_INITIALS_RE.fullmatch(cell):
                found.append((cell_at + raw.index(cell), cell))
            elif _CELL_LETTERS_LIST_RE.fullmatch(cell):
                # "CH/JB", "DK, JB": a rota's cell with two people on the shift
                at = cell_at + raw.index(cell)
                found.extend((at + m.start(), m.group(0)) for m in re.finditer(r"[A-Z]{2,3}", cell))
            elif not _BLANK_CELL_RE.fullmatch(cell):
                found = []
                break
        letters = {cell for _a, cell in found}
        # Most of them read as no term ("GS" is also ground speed, in a column beside "NW").
        if len(found) >= 2 and 2 * sum(_initials_ok(cell, lex) or cell in people
                                       for cell in letters) > len(letters):
            columns.append(found)
    if not any(cell in people for found in columns for _a, cell in found):
        return []
    return [_name(a, a + len(cell), cell, "initials in a table's columns of initials, some of "
                  "them people", 0.6)
            for found in columns for a, cell in found
            if (_initials_ok(cell, lex) or cell in people) and not _covered(taken, a, a + len(cell))]


# Short headers of a rota's or a log's columns of people: "Dr", "Capt", "P1", "P2 (guest)",
# "PIC", "TL" (team leader), "Eng".
_PERSON_HEADER_SHORT = frozenset(
    "dr drs capt cpt p1 p2 pic tl eng engr sup atco atcos ctlr disp rp by observer gatekeeper cadet"
    .split())


def _person_header(cell: str) -> bool:
    if _PERSON_COLUMN_RE.fullmatch(cell):
        return True
    if _TRAILING_BRACKET_RE.sub("", cell).lower().rstrip(".") in _PERSON_HEADER_SHORT:
        return True
    words = cell.lower().split()
    return 0 < len(words) <= 2 and all(w.isalpha() for w in words) \
        and words[-1] in _PERSONISH and words[-1] not in _NOT_PERSON_HEADERS


# "GN/MK", "SNB/GN", "KO/-": two people's initials in one cell, or one and a blank.
_CELL_INITIALS_PAIR_RE = re.compile(
    r"(?:[A-Z]{2,3}|-)(?:[ \t]*[/&,][ \t]*(?:[A-Z]{2,3}|-))+")


def _person_slot_letters(code: str, lex: Lexicon) -> bool:
    """Letters in a slot that holds a person (a column headed Nurse or Capt): someone's
    initials even when they also spell a term ("CC", "RW"), never a role, a unit or a word."""
    low = code.replace(".", "").lower()
    if code.count(".") >= len(low) and low not in ("na", "ie", "eg", "am", "pm"):
        return True  # "N.B." in a column of clients: dotted, someone's initials
    return _initials_ok(code, lex) or not (
        low in _CAPS_NOT_INITIALS or low in _ROLE_SHORT or low in _ROLE_PAIRS
        or low in _NOT_INITIALS or low in _LOG_HEADINGS or lex.is_basic(low))


# Cells of a column of people: an initial and a surname ("L. Harrow"); a first name in lower
# case with perhaps an initial ("bob t"); initials beside a name ("TB / Grace").
_CELL_INITIAL_SURNAME_RE = re.compile(r"([A-Z])\.?[ \t]+([A-Z][a-z'’\-]+)")
_CELL_LOWER_NAME_RE = re.compile(r"([a-z][a-z'’\-]{2,14})(?:[ \t]+[a-z]\.?)?")
_CELL_LETTERS_AND_NAME_RE = re.compile(r"([A-Z]{2,3})[ \t]*[/&][ \t]*[A-Z][a-z'’\-]+")


def _pair_letters(code: str, lex: Lexicon) -> bool:
    low = code.lower()
    return not (low in _CAPS_NOT_INITIALS or low in _ROLE_SHORT or low in _ROLE_PAIRS
                or lex.is_basic(low))


def _people_in_cell(cell: str, at: int, taken: list[tuple[int, int]], lex: Lexicon,
                    places: frozenset[str]) -> list[Candidate]:
    if _CELL_INITIALS_RE.fullmatch(cell):
        if _person_slot_letters(cell, lex) and not _covered(taken, at, at + len(cell)):
            return [_name(at, at + len(cell), cell, _TABLE_INITIALS, 0.7)]
        return []
    if _CELL_INITIALS_PAIR_RE.fullmatch(cell):
        pair = list(re.finditer(r"[A-Z]{2,3}", cell))
        sure = [_person_slot_letters(m.group(0), lex) for m in pair]
        # "KM / HR": beside someone's initials, letters that are also a unit are initials too
        return [_name(at + m.start(), at + m.end(), m.group(0), _TABLE_INITIALS, 0.7)
                for m, ok in zip(pair, sure, strict=True)
                if (ok or (any(sure) and _pair_letters(m.group(0), lex)))
                and not _covered(taken, at + m.start(), at + m.end())]
    if any(ch.isdigit() for ch in cell):
        return []
    initial = _CELL_INITIAL_SURNAME_RE.fullmatch(cell)
    if initial is not None:
        # "L. Harrow", "G. Hartley": an initial and a surname, even one that is also a place
        low = initial.group(2).lower()
        if not (low in lex.keep or low in _PERSONISH or low in NAME_CUES or low in STOPWORDS
                or _covered(taken, at, at + len(cell))):
            return [_name(at, at + len(cell), initial.group(2), "a name in a table's column of people",
                          0.7)]
        return []
    lower = _CELL_LOWER_NAME_RE.fullmatch(cell)
    if lower is not None:
        # "bob t": a first name typed in lower case, perhaps with the surname's initial
        low = lower.group(1)
        if low in lex.first_names and not (low in lex.keep or low in _PERSONISH or low in STOPWORDS
                                           or _covered(taken, at, at + len(cell))):
            return [_name(at, at + len(cell), low, "a name in a table's column of people", 0.7)]
        return []
    mixed = _CELL_LETTERS_AND_NAME_RE.fullmatch(cell)
    found = []
    if mixed is not None and _pair_letters(mixed.group(1), lex) \
            and not _covered(taken, at + mixed.start(1), at + mixed.end(1)):
        # "TB / Grace": someone's initials beside a name, even letters that are also a term
        found.append(_name(at + mixed.start(1), at + mixed.end(1), mixed.group(1), _TABLE_INITIALS,
                           0.7))
    for m in _CELL_WORD_RE.finditer(cell):
        low = m.group(0).lower()
        start, end = at + m.start(), at + m.end()
        if (low in lex.keep or low in places or low in STOPWORDS or low in NAME_CUES
                or low in _ROLE_TITLE_WORDS or low in _PERSONISH or low in _NOT_NAME_PARTS):
            return []  # "Ward Manager", "Police": a role or an agency, not a person
        listed = low in lex.first_names or low in lex.surnames
        if m.group(0).isupper() and not listed and any(
                o.group(0) != m.group(0) and o.end() - o.start() > 2
                and (o.group(0).isupper() or lex.is_common(o.group(0).lower()))
                for o in _CELL_WORD_RE.finditer(cell)):
            continue  # "HOLLOWAY WCHS", "Receiving ODP": a code or a role in capitals
        if (listed or not lex.is_common(low)) and not _covered(taken, start, end):
            found.append(_name(start, end, m.group(0), "a name in a table's column of people", 0.7))
    return found


def _list_end(text: str, start: int) -> int:
    """Where a list that starts at start ends: its line's end, or a later line's when the list
    runs on ("Abimbola Ade (Fuel Quality Lead),\nRusty (union rep), Charlotte Beaumont\n(Easterby
    Airport Fire Service)"); -1 at the end of the text."""
    end = text.find("\n", start)
    while end >= 0:
        stop = text.find("\n", end + 1)
        after = text[end + 1:stop if stop >= 0 else len(text)]
        line = text[start:end]
        if not after.strip() or ":" in after or not (
                line.rstrip().endswith(",") or after.lstrip().startswith("(")
                or line.count("(") > line.count(")")):
            break
        start, end = end + 1, stop
    return end


def _attendees(text: str, names: list[Candidate], taken: list[tuple[int, int]], lex: Lexicon,
               places: frozenset[str]) -> list[Candidate]:
    """Everyday words in a list of attendees where the others are people ("Bee")."""
    out: list[Candidate] = []
    if ":" not in text:
        return out
    found = [(c.start, c.end) for c in names]
    heads = list(match_at(_ATTENDANCE_RE, text, _line_starts(text)))
    heads += list(_CREW_HEAD_RE.finditer(text)) if "rew" in text else []
    for head in heads:
        end = _list_end(text, head.end())
        items = []
        noted_at: set[int] = set()  # items with a note in brackets after them
        for part in _ATTENDEE_ITEM_RE.finditer(text[head.end():end if end >= 0 else len(text)]):
            item = part.group(0).strip()
            start = part.start() + head.end() + part.group(0).index(item[:1]) if item else 0
            if text[head.end():start].rstrip(" \t").endswith("("):
                continue  # inside a note whose bracket the list does not close
            bracket = item.find("(")
            noted = bracket > 0 and item.endswith(")")
            if noted:
                item = item[:bracket].rstrip()  # "Rusty (union rep)": the name before the note
            m = _ATTENDEE_RE.fullmatch(item)
            if m is not None:
                items.append((start, start + len(item), item))
                if noted:
                    noted_at.add(start)
            elif item and _covered(found, start, start + len(item)):
                items.append((start, start + len(item), item))  # "Will Farraday", found already
            elif (low_item := _LOWER_ATTENDEE_RE.fullmatch(item)) is not None:
                # "Crew: Will Farraday, Dimitra, robin (new joiner)": a first name in lower case
                items.append((start, start + low_item.end(1), low_item.group(1)))
        out.extend(_initials_with_roles(text, head.end(), end if end >= 0 else len(text),
                                        taken, lex))
        people = sum(1 for s, e, w in items
                     if _covered(found, s, e) or w.split()[0].lower() in lex.first_names)
        # "Apologies: Sue Barraclough, Cliff": two items, one a found name, make a list too
        if (len(items) < 3 or people < 2) and not (len(items) == 2 and people == 1):
            continue
        for s, e, w in items:
            low = w.split()[0].lower()
            # "Cliff" among people, every other item a found name: a person whatever it spells
            others_people = all(_covered(found, s2, e2) for s2, e2, _w in items if s2 != s)
            if (_covered(taken, s, e) or low in lex.keep or low in places or low in _NOT_NAME_PARTS
                    or low in _PERSONISH
                    or (lex.is_basic(low) and not (w.islower() and low in lex.first_names)
                        and s not in noted_at and not (others_people and w[:1].isupper()))):
                continue
            out.append(_name(s, e, w, "an everyday word among a meeting's attendees", 0.65))
    return out


# One item of an attendance list: initials, then who they are in brackets, a role in capitals
# or in lower case ("MH (DN)", "CT (SW, chair)", "RM (OIM, Brannock Bravo)"); not a role with
# a name in brackets ("DSL (Faye)").
_ATTENDEE_INITIALS_RE = re.compile(r"([A-Z]{2,3})[ \t]*\((?=[ \t]*(?:[A-Z]{2,}\b|[a-z]))[^()\n]*\)")
_UNITS_NOT_ATTENDEES = frozenset("gp ae ed icu hdu nhs uk na tbc".split())
# An attendee with any note in brackets, which may run over a line break: "Joy Hart (paternal
# gran)".
_ATTENDEE_ITEM_RE = re.compile(r"(?:[^,;\n(]|\([^()]{0,60}\))+")
# A list's item in lower case, perhaps with a note in brackets: "robin (new joiner)".
_LOWER_ATTENDEE_RE = re.compile(r"([a-z][a-z'’\-]{2,14})(?:[ \t]*\([^()\n]{1,30}\))?")
# Items of a list, a bracket's commas inside its item.
_LIST_ITEM_RE = re.compile(r"(?:[^,;\n(]|\([^()\n]*\))+")


def _initials_with_roles(text: str, start: int, end: int, taken: list[tuple[int, int]],
                         lex: Lexicon) -> list[Candidate]:
    """Initials before their role in brackets, in a meeting's list of who was there."""
    out: list[Candidate] = []
    if "(" not in text[start:end]:
        return out
    items = [m for m in _LIST_ITEM_RE.finditer(text, start, end) if m.group(0).strip()]
    if len(items) < 2:
        return out
    for item in items:
        m = _ATTENDEE_INITIALS_RE.fullmatch(text, item.start() + len(item.group(0))
                                            - len(item.group(0).lstrip()),
                                            item.start() + len(item.group(0).rstrip()))
        if m is None or _covered(taken, m.start(1), m.end(1)):
            continue
        low = m.group(1).lower()
        # A role or a unit in capitals ("GP (locum)", "SW (duty)"); a kept term is still
        # someone's initials here ("MH (DN)").
        if low in _ROLE_SHORT or low in _CAPS_NOT_INITIALS or low in _ROLE_PAIRS \
                or low in _UNITS_NOT_ATTENDEES:
            continue
        out.append(_by_initials(m.start(1), m.end(1), m.group(1),
                                "initials before their role in a list of who was there", 0.65))
    return out


def _speakers_and_fields(text: str, taken: list[tuple[int, int]], lex: Lexicon,
                         places: frozenset[str],
                         towns: frozenset[tuple[int, int]] = frozenset()) -> list[Candidate]:
    """Speakers in logs and chats, people in a form's fields, short sign-offs. `towns` are
    spans in `taken` that are only a town, which a form's person field may take back."""
    out: list[Candidate] = []
    line_starts = _line_starts(text)
    if len(line_starts) > 2:
        for m in match_at(_ROLE_LINE_RE, text, line_starts):
            role = m.group("role").lower()
            lows = [w.lower() for w in m.group("who").split()]
            if ((role in NAME_CUES or role in _ROLE_SHORT)
                    and _could_be_name(lows, lex, places)
                    and not _covered(taken, m.start("who"), m.end("who"))):
                out.append(_name(m.start("who"), m.end("who"), lows[0],
                                 "an attendee's name before their role", 0.7))
    if ":" in text:
        speakers = list(match_at(_SPEAKER_RE, text, line_starts))
        # A chat log's speakers ("[17:03] Dot: yikes") are people even when the word is an
        # everyday one, once another timed speaker in the same log is a known name.
        openers = [m.group(1).lower() for m in _TIMED_SPEAKER_RE.finditer(text)]
        chat = len(openers) >= 3 and any(w in lex.first_names for w in openers)
        # An untimed chat ("Bisi: just wanted to say" / "Mark: honestly"): a one-word speaker
        # no dictionary knows is a person, once another speaker is a known first name.
        said = [m.group("who").lower() for m in speakers if " " not in m.group("who")]
        said_timed = [m.group("who") for m in speakers if m.group("before")]
        untimed_chat = len(said) >= 3 and any(w in lex.first_names for w in said)
        for m in speakers:
            words = m.group("who").split()
            lows = [w.lower().split(".")[0] for w in words]
            if _covered(taken, m.start("who"), m.end("who")):
                continue
            # "Sully: wait so bags went thru??": a one-word speaker who speaks more than once
            # in an untimed chat with a known name in it, whatever word it is
            repeated = untimed_chat and len(words) == 1 and said.count(lows[0]) >= 2 \
                and words[0][1:].islower() and _chat_speaker(lows[0], lex, places)
            # "[22:04] Rusty: lads" twice in a timed chat with a known name in it: a nickname,
            # even an everyday word, once it speaks more than once
            repeated = repeated or (
                chat and m.group("before") is not None and len(words) == 1
                and words[0][1:].islower() and said_timed.count(words[0]) >= 2
                and _chat_speaker(lows[0], lex, places, everyday=True)
                and lows[0] not in _RADIO_STATIONS)
            if not repeated and not _could_be_name(lows, lex, places) and not (
                    chat and m.group("before") and len(words) == 1 and words[0][1:].islower()
                    and _chat_speaker(lows[0], lex, places)) and not (
                    # "18:41 - Big Tel:": a nickname of two words that speaks more than once
                    chat and m.group("before") and len(words) == 2
                    and said_timed.count(m.group("who")) >= 2
                    and not (lows[1] in lex.keep or lows[1] in places or lows[1] in _PERSONISH
                             or lex.is_basic(lows[1]))):
                continue
            if m.group("role") and m.group("role").strip().lower() not in lex.keep:
                continue  # "Mared EDT:" is a name and a team; "Joe Bloggs:" is caught above
            timed = m.group("before") or m.group("after")
            if words[0].isupper() and not (m.group("before") and _initials_ok(words[0], lex)):
                continue
            named = any(w in lex.first_names or w in lex.surnames for w in lows)
            foreign = not _FOREIGN_LETTERS.isdisjoint(m.group("who").lower())
            unknown = repeated or (untimed_chat and len(words) == 1 and lows[0] not in lex.english
                                   and _chat_speaker(lows[0], lex, places))
            if not (timed or named or foreign or unknown):
                continue  # "Subject:", "Learning:", "Referrer:", "Paeds:"
            out.append(_name(m.start("who"), m.end("who"), words[0], "a speaker's name before their words",
                             0.7))
        fields = (word_led(_PERSON_FIELD_RE, text, _PERSON_FIELD_FIRSTS)
                  if any(w in text for w in _FIELD_WORDS) else ())
        for m in fields:
            if text[m.end(1):m.end(1) + 1] == "." and " " not in m.group(1) and len(m.group(1)) <= 4:
                continue  # "Sr. António Ferreira": a title, the name after it is found elsewhere
            words = [w for w in m.group(1).split() if not w.endswith(".")]
            lows = [w.lower() for w in words]
            mailbox = _MAIL_HEADER_RE.match(m.group(0)) is not None  # From:, To:, Cc:
            if (_FIELD_INITIALS_RE.fullmatch(m.group(1)) and lows[0] not in _CAPS_NOT_INITIALS
                    and not mailbox
                    and (lows[0] not in lex.keep or _SUBJECT_FIELD_RE.match(m.group(0)))
                    and not _covered(taken, m.start(1), m.end(1))):
                # "Young person: RM   DOB:", "Scribe: AO": letters in a person's field are initials;
                # in the field for the person the report is about, even letters that spell a term
                # ("RM"), though "Referrer: DSL" is a role
                out.append(_by_initials(m.start(1), m.end(1), m.group(1),
                                        "initials in a form's field for a person", 0.7))
                continue
            # "Reporter: Kerenza Hall": a surname that is also a building word, after a first word
            # "Referrer: Dawn Selkirk": after a first name, a town's name is a surname
            checked = [w for i, w in enumerate(lows)
                       if not (i and w in lex.surnames and w in _NOT_NAME_PARTS)
                       and not (i and w in places and lows[0] in lex.first_names)]
            if (not words or not _could_be_name(checked, lex, places, roles=False)
                    or _covered([t for t in taken if t not in towns], m.start(1), m.end(1))):
                continue
            if mailbox and (
                    lows[0] not in lex.first_names or lows[0] in lex.keep):
                continue  # "To: DCT Managers", "From: PACS admin": a mailbox; "From: Mark D"
            out.append(_name(m.start(1), m.end(1), words[0], "a form's field for a person", 0.7))
        for m in word_led(_LOWER_PERSON_FIELD_RE, text, _PERSON_FIELD_FIRSTS) if fields else ():
            low = m.group(1)
            initials = (2 <= len(low) <= 3 and not lex.is_common(low)
                        and low not in _CAPS_NOT_INITIALS)  # "Incoming: rj"
            if (low in lex.first_names or _lower_nameish(low, lex) or initials) \
                    and low not in lex.keep and not _covered(taken, m.start(1), m.end(1)):
                out.append(_name(m.start(1), m.end(1), low, "a form's field for a person", 0.65))
    for m in _SIG_INITIALS_RE.finditer(text) if "Sig" in text or "Init" in text else ():
        # "Sig: AF", "Initials: RB": whatever letters a signature field holds are someone's
        if not _covered(taken, m.start(1), m.end(1)) and m.group(1).lower() not in _CAPS_NOT_INITIALS:
            out.append(_by_initials(m.start(1), m.end(1), m.group(1).replace(".", ""),
                                    "initials in a signature field", 0.7))
    for m in _PROSE_INITIALS_RE.finditer(text) if "nitials" in text else ():
        for part in (1, 2):
            letters = m.group(part)
            if letters is None or _covered(taken, m.start(part), m.end(part)):
                continue
            low = letters.replace(".", "").lower()
            if low in _CAPS_NOT_INITIALS or (letters.islower() and lex.is_basic(low)):
                continue  # "initials on the form": a word, not the letters
            out.append(_by_initials(m.start(part), m.end(part), letters.replace(".", "").upper(),
                                    "letters the text calls someone's initials", 0.7))
    for m in match_at(_SALUTATION_RE, text, _line_starts(text)) if "," in text else ():
        word = m.group(2)
        low = word.lower()
        alone = text[m.end():m.end() + 1] in ("\n", "")
        if (_covered(taken, m.start(2), m.end(2)) or low in lex.keep or low in places
                or low in _PERSONISH or low in _NOT_NAME_PARTS or low in STOPWORDS
                or low in GREETED_NOBODY
                or (lex.is_common(low) and low not in lex.first_names
                    and not m.group("greeting")  # "hi Jules, just wanted to say"
                    and (alone or lex.is_basic(low)))):
            continue  # "Team,", "All,", "Colleagues,", "Thanks, please…"
        if low in _GREETINGS:
            continue  # "Hello,", "Grazie,"
        out.append(_name(m.start(2), m.end(2), word, "a name greeted on its own line", 0.7))
    for m in match_at(_TO_OPENING_RE, text, _line_starts(text)) if "To" in text else ():
        low = m.group(1).lower()
        if not (_covered(taken, m.start(1), m.end(1)) or low in lex.keep or low in places
                or low in _PERSONISH or low in GREETED_NOBODY or lex.is_basic(low)):
            out.append(_name(m.start(1), m.end(1), m.group(1), "a name a note is addressed to",
                             0.7))
    for m in _BY_INITIALS_PAIR_RE.finditer(text) if "by" in text else ():
        if any(g.lower() in lex.keep for g in m.groups()):
            continue  # "by ATC & RFFS": services
        for pair in (1, 2):
            if not _covered(taken, m.start(pair), m.end(pair)):
                out.append(_by_initials(m.start(pair), m.end(pair), m.group(pair),
                                        "two sets of initials after 'by'", 0.65))
    for m in _SIGNOFF_LINE_RE.finditer(text):
        g = "dash" if m.group("dash") else ("end" if m.group("end") else "kiss")
        # "-- PF, Safety Officer" is someone even if PF is a term; a bare "-- NHS" is not
        if (g == "dash" or m.group(g).lower() not in lex.keep) \
                and not _covered(taken, m.start(g), m.end(g)):
            out.append(_by_initials(m.start(g), m.end(g), m.group(g), "a short sign-off", 0.65))
    dash = _LAST_DASH_NAME_RE.search(text, max(0, len(text) - 20))
    if dash is not None:
        # "... for the court to decide.\n- Em": a word signing the report off on its last line
        low = dash.group(1).lower()
        if not (low in lex.keep or low in _GREETINGS or low in _SIGNOFF_WORDS or low in places
                or low in _PERSONISH or low in NAME_CUES
                or (lex.is_basic(low) and low not in lex.first_names)
                or _covered(taken, dash.start(1), dash.end(1))):
            out.append(_name(dash.start(1), dash.end(1), dash.group(1),
                             "a name signing off on the last line", 0.65))
    last = _INLINE_SIGNOFF_RE.search(text, max(0, len(text) - 12))
    if last is not None and not _covered(taken, last.start(1), last.end(1)):
        low = last.group(1)
        # "well done Miss Okafor - sx": after a dash at the very end, letters with no vowel
        # that could be a note's shorthand ("sx", "hx") are still whoever wrote it
        if not _letters_read_as_word(low, lex) or (low in lex.keep and not _has_vowel(low)):
            out.append(_by_initials(last.start(1), last.end(1), low, "a short sign-off", 0.65))
    tail = max(0, len(text) - 24)
    last = _SIGNOFF_WITH_ROLE_RE.search(text, max(0, len(text) - 34))
    if last is not None and last.group("role").isalpha() and last.group("role").islower() \
            and last.group("role") not in _SIGN_OFF_ROLE_WORDS | _ROLE_SHORT_SET:
        last = None  # "... and ck duty" signs off; "... as we do" does not
    if last is not None and not _covered(taken, last.start(1), last.end(1)):
        low = last.group(1)
        # "... from Bay 4. ck RN": before a role, only an everyday word is not the writer
        role = last.group("role").strip(" \t()").lower() in _ROLE_SHORT_SET | _SIGN_OFF_ROLE_WORDS \
            or last.group("role").isupper()
        if low in lex.first_names or not (_letters_read_as_word(low, lex) or low in _TEXT_SPEAK) \
                or (role and not (lex.is_basic(low) or low in STOPWORDS)):
            out.append(_by_initials(last.start(1), last.end(1), low,
                                    "a short sign-off with a role", 0.65))
    for m in (_NAME_DAY_INITIAL_RE.finditer(text) if _NAME_DAY_WORDS_RE.search(text) else ()):
        if not _covered(taken, m.start(), m.end()) \
                and not WHEN_BEFORE_RE.search(text, max(0, m.start() - 10), m.start()):
            out.append(_name(m.start(), m.end(), m.group(0).split()[0],
                             "a first name that is a day or month, with an initial", 0.7))
    last = _THANKS_LETTER_RE.search(text, tail)
    if last is not None and last.group(1) not in "AI" \
            and not _covered(taken, last.start(1), last.end(1)):
        out.append(_by_initials(last.start(1), last.end(1), last.group(1),
                                "a letter signing off after thanks", 0.65))
    for m in _MC_INITIALS_RE.finditer(text):
        if not _covered(taken, m.start(), m.end()):
            out.append(_by_initials(m.start(), m.end(), m.group(0), "initials of a Mc, O' or van surname",
                                    0.7))
    return out


def _first_names_anywhere(text: str, taken: list[tuple[int, int]], lex: Lexicon,
                          places: frozenset[str]) -> list[Candidate]:
    out: list[Candidate] = []
    for m in _CAP_WORD_RE.finditer(text):
        word = m.group(1)
        low = word.lower()
        if low not in lex.first_names or low in places or low in lex.eponyms:
            continue
        if _covered(taken, m.start(), m.end()) or _reads_as_ordinary(text, m.start(), m.end(), lex):
            continue
        out.append(_name(m.start(), m.end(), word, "capitalised first name", 0.65))
    return out


def _reads_as_ordinary(text: str, start: int, end: int, lex: Lexicon) -> bool:
    """True when a capitalised word that could be a first name reads as something else here."""
    low = text[start:end].lower()
    # A word inside a run of capitalised words that is not a name run ("Rose Ward",
    # "Grace Court") is left to the place and organisation detectors.
    nxt_m = re.match(r"[ \t]+([A-Z][a-z]+)", text[end : end + 30])
    if nxt_m and nxt_m.group(1).lower() in _PLACE_TAILS:
        return True
    if _ordinary(text, start, end, low):
        return True
    if low in _MONTH_NAMES and not _sentence_start(text, start) \
            and _next_word(text, end)[:1].isdigit():
        return True  # "May 3rd"
    if low in NATO and (re.match(r"[ \t]*\d", text[end : end + 3])
                        or _prev_raw(text, start) in _PREPOSITIONS | {"via", "twy", "point"}):
        return True  # "cleared to Charlie 2", "holding point Charlie": a taxiway or stand
    if _TITLE_POSSESSIVE_BEFORE_RE.search(text, max(0, start - 20), start):
        return True  # "the Doctor's Kit", "the Captain's Log": a thing of a role's
    if low in lex.common and _sentence_start(text, start):
        after = text[end : end + 3].lstrip(" \t")[:1]
        nxt = _next_word(text, end)
        role = re.match(r"[ \t]+[A-Z]{2,4}(?=[ \t]*[,.;)]|[ \t]*$)", text[end : end + 8])
        if after.isalnum() and nxt not in _AFTER_SENTENCE_NAME and role is None:
            return True  # "Wing walker", "Sky high": the ordinary word opening a sentence
    return False


_TITLE_POSSESSIVE_BEFORE_RE = re.compile(
    r"\b(?:Doctor|Doctors|Captain|Nurse|Matron|Sister|Pilot|Manager)['’]s?[ \t]+$")
_AFTER_SENTENCE_NAME = _PERSON_VERBS | _PREPOSITIONS | frozenset(
    "and & or but who rang called phoned emailed texted noticed spotted saw felt cried "
    "shouted agreed explained confirmed checked did does will would could should has "
    "remains remained stayed seemed looked tried also then".split()
)

_PLACE_TAILS = frozenset(
    "ward unit house court road street lane avenue close way drive hall school academy "
    "centre center hospital surgery practice college park green hill view lodge team "
    "trust church primary nursery clinic airport terminal garden gardens place".split()
)

_SIGNATURE_RE = re.compile(
    r"(?:^|(?<=[.!?\n]))[ \t]*((?:[A-Z][a-z'’\-]+|[A-Z]\.?)(?:[ \t]+(?:[A-Z][a-z'’\-]+|[A-Z]\.?)){0,2})"
    r"(?:[ \t]*\([ \t]*[A-Za-z/&]{2,8}[ \t]*\))?[ \t]*[.!]?[ \t]*$"
)


# "— kaz", "- jo x": a lower-case first name or nickname signed after a dash at the very end.
_LOWER_SIGNATURE_RE = re.compile(
    r"(?:(?:^|\s)[-–—~][ \t]*|[.!?][ \t]+|\n[ \t]*)([a-z][a-z'’\-]{1,15})(?:[ \t]+x+)?[ \t.!]*$")


def _lower_signature(text: str, taken: list[tuple[int, int]], lex: Lexicon) -> list[Candidate]:
    tail = text.rstrip()
    # A match ends at the end and holds no line break but as its first character, so it
    # begins at the last line break or after it.
    m = _LOWER_SIGNATURE_RE.search(tail, max(0, tail.rfind("\n")))
    if m is None or _covered(taken, m.start(1), m.end(1)):
        return []
    low = m.group(1)
    if low in lex.keep or (lex.is_common(low) and low not in lex.first_names):
        return []
    return [_name(m.start(1), m.end(1), low, "lower-case name signed at the end", 0.65)]


# "dawn h - transport coord", "/ dawn", "mel (vs)", "- K.", "Kev B1 shift lead", "mark t",
# "MA shift mgr": who signed a hurried note at its very end, with their role if any.
_END_SIGN_OFF_RE = re.compile(
    r"(?:^|[.!?\n\u2600-\u27bf\U0001f300-\U0001faff]|(?<![^ \t\n])[-–—~/]{1,3}[ \t]*)[ \t]*"
    r"(?P<who>[A-Za-z][a-z'’\-]{1,15}(?:[ \t]+[A-Za-z]\.?)?|[A-Z]{1,3}\.?"
    r"|[A-Za-z]\.(?:[A-Za-z](?:['’][A-Za-z])?\.?){1,2})"
    r"(?:[ \t]*\((?P<abbr>[A-Za-z /&]{2,30})\))?"
    r"(?P<role>(?:[ \t]*[-–,][ \t]*|[ \t]+)[A-Za-z0-9/&'’\-]+"
    r"(?:(?:[ \t]+|[ \t]*,[ \t]*)[A-Za-z0-9/&'’\-]+){0,5})?"
    r"[ \t.!x]*$")
_ROLE_TOKEN_SPLIT_RE = re.compile(r"[ \t,]+")
_SIGN_OFF_DATE_RE = re.compile(r"\d{1,2}/\d{1,2}(?:/\d{2,4})?")
_SIGN_OFF_ROLE_WORDS = _ROLE_TITLE_WORDS | NAME_CUES | frozenset(
    """coord coordinator mgr manager lead shift b1 b2 cat a b c team supervisor on call duty
    ops transport pharmacy pharmacist tech technician engineer eng office officer and & sup chief
    the of rp driver worker carer admin staff agent escort hca student locum reg vs sw care
    in charge ed ae a&e icu itu ward unit night nights day days firefighter band bleep holder
    quality clinical kinship senior junior leader support charge control room flight training
    safety compliance custody residential reception receptionist path pathology lab marshal
    1 2 3 4 5 6 7 8 8a 8b 8c 9""".split())


# Where a role signing off works, not who they are: "RN Bay", "HCA Ward", "SW Team".
_SIGN_OFF_PLACES = frozenset("bay ward unit team desk room base line hub side north south east "
                             "west nights days lates earlies".split())


def _sign_off_role(role: str) -> bool:
    """'EOC Clinical Supervisor', '111 team leader, North Calder IUC', 'FI, Skylark Flight
    Training', 'Part-145 quality': role words, letters and numbers, and the capitalised words of
    a service, with at least one role word or set of letters among them (and no date)."""
    tokens = [t for t in _ROLE_TOKEN_SPLIT_RE.split(role) if t]
    marked = False
    # "airfield ops", "placements duty", "PRM sup": a few words naming where the writer works,
    # ending on a role word; any other lower-case word makes it part of a sentence
    ends_in_role = 1 < len(tokens) <= 3 and tokens[-1].lower() in _SIGN_OFF_ROLE_WORDS
    for tok in tokens:
        low = tok.lower()
        if low in _DAYS_MONTHS:
            return False  # "Rheumatology - Mon 8 Apr": a heading and its date
        if low in _SIGN_OFF_ROLE_WORDS or low in _ROLE_SHORT_SET:
            marked = True
        elif (tok.isupper() or any(ch.isdigit() for ch in tok)) and len(tok) <= 8:
            marked = True  # "EOC", "CFI", "111", "Part-145", "B1"
        elif not tok[:1].isupper() and not (ends_in_role and tok.isalpha()
                                            and low not in STOPWORDS):
            return False  # a lower-case word no role has: part of a sentence
    return marked


def _end_sign_off(text: str, taken: list[tuple[int, int]], lex: Lexicon,
                  places: frozenset[str]) -> list[Candidate]:
    """A name, a name and an initial, or initials signing a note at its very end: the first
    reading of the last 60 characters, from the earliest start, that is a signature."""
    end = len(text.rstrip())
    at = max(0, end - 60)
    while (m := _END_SIGN_OFF_RE.search(text, at, end)) is not None:
        found = _sign_off_at(text, m, taken, lex, places)
        if found:
            return found
        at = m.start() + 1
    return []


def _sign_off_at(text: str, m: re.Match[str], taken: list[tuple[int, int]], lex: Lexicon,
                 places: frozenset[str]) -> list[Candidate]:
    if _covered(taken, m.start("who"), m.end("who")):
        return []
    role = m.group("role")
    who = m.group("who")
    first = who.split()[0]
    low = first.lower().rstrip(".")
    abbr = m.group("abbr")
    if (role and not abbr and low in _ROLE_SHORT_SET and first.isupper() and " " not in who
            and re.fullmatch(r"[ \t]+[A-Z][a-z]{1,12}", role)):
        # "... on the triage proforma tbh. ENP Cat": a role, then the writer's first name
        name = role.strip()
        low_name = name.lower()
        if not (low_name in _PERSONISH or low_name in lex.keep or low_name in places
                or low_name in _NOT_NAME_PARTS or low_name in _DAYS_MONTHS
                or ORG_TYPE_RE.search(name) or low_name in STOPWORDS or low_name in _SIGN_OFF_PLACES
                or (lex.is_basic(low_name) and low_name not in lex.first_names
                    and len(low_name) > 3)):
            at = m.start("role") + role.index(name)
            if not _covered(taken, at, at + len(name)):
                return [_name(at, at + len(name), name, "a name after a role signing a note at "
                              "its end", 0.65)]
        return []
    if re.fullmatch(r"[a-z]\.[a-z]\.?", first) and not role and not abbr \
            and first.replace(".", "") not in _DOTTED_WORDS:
        # "... for Star of the Month 👍 t.m": lower-case dotted initials signing off
        return [_by_initials(m.start("who"), m.end("who"), first.replace(".", "").upper(),
                             "initials signing a note at its end", 0.65)]
    if abbr and not role and low in _ROLE_SHORT_SET:
        # "- FO (tm)": a role signing off, their initials in brackets
        if re.fullmatch(r"[A-Za-z]{2,3}", abbr) and not _covered(taken, m.start("abbr"), m.end("abbr")) \
                and not ((abbr.lower() in _ROLE_SHORT_SET and not abbr.islower())
                         or lex.is_basic(abbr.lower())):
            return [_by_initials(m.start("abbr"), m.end("abbr"), abbr, "initials after a role "
                                 "signing a note at its end", 0.65)]
        return []
    dated = role is not None and _SIGN_OFF_DATE_RE.fullmatch(role.strip()) is not None
    if role and not dated and not _sign_off_role(role.strip(" \t,-–")):
        return []  # "mark the chart": a sentence, not a signature
    if (2 <= len(low) <= 3 and first.islower() and not lex.is_common(low)
            and (dated or (role and any(ch.isalpha() for ch in role)))
            and low not in lex.keep and low not in _CAPS_NOT_INITIALS and low not in STOPWORDS):
        # "ck 7/6", "jk ANP": initials typed in lower case, dated or with a role
        return [_by_initials(m.start("who"), m.end("who"), low.upper(), "initials signing a note at its end",
                             0.65)]
    if dated:
        return []
    if len(low) <= 3 and first.rstrip(".").isupper():
        before = text[:m.start("who")].rstrip()
        if len(low) == 1 and (low in "ai" or not (
                role or m.group("abbr") or before.endswith(("-", "–", "—", "/", "?", "!", ".")))
                or re.search(rf"(?<![\w'’]){first[0]}(?![\w'’])", before)):
            return []  # "… is at risk of A", "use plan B.\nB": a letter in a sentence
        dashed = before.endswith(("-", "–", "—", "/"))
        if len(low) > 1 and (not (_initials_ok(first, lex) or (dashed and not role and len(low) == 2))
                             or low in _CAPS_NOT_INITIALS or not (role or dashed or m.group("abbr"))
                             or first.rstrip(".") in text[:m.start("who")]):
            return []  # "Works vehicle off. NFA.", "RHI summary … RHI worker": a term
    elif (((low in lex.keep or low in places) and not (
            # "... in caps!! - sofia": a first name in lower case after a dash, not the city
            first.islower() and low in lex.first_names and not lex.is_common(low) and not role
            and text[:m.start("who")].rstrip().endswith(("-", "–", "—"))))
          or low in STOPWORDS or low in _SIGN_OFF_ROLE_WORDS
          or low in _NOT_NAME_PARTS or SPECIALTY_RE.search(low)
          or not (low in lex.first_names or _lower_nameish(low, lex))):
        return []
    return [_name(m.start("who"), m.end("who"), who, "a name signing a note at its end", 0.65)]


# "– bm (shift lead)", "- m.c. (SpR)", "- g.p.", "- G x", "- cat (SW), wed 5/6", "STSO k.b.":
# after a dash (or a role in capitals) at the very end, letters or a short word, then perhaps a
# kiss, a role in brackets and a date, sign the report whatever else the letters might spell.
_TAIL_SIGNER_RE = re.compile(
    r"(?:(?<![^ \t\n])(?P<dash>[-–—~])[ \t]*|(?<![\w'’])(?P<caps>[A-Z]{2,5})[ \t]+)"
    r"(?P<who>[A-Za-z]\.[A-Za-z]\.?(?:[A-Za-z]\.?)?|[A-Z](?=[ \t]+x)|[a-z]{2,8}|[A-Za-z]{2,3})"
    r"(?P<kiss>[ \t]+x{1,3})?"
    r"(?:[ \t]*\((?P<abbr>[A-Za-z /&]{2,20})\))?"
    r"(?:[ \t]*,?[ \t]*(?:[A-Za-z]{3,5}[ \t]+)?\d{1,2}/\d{1,2}(?:/\d{2,4})?)?"
    r"[ \t.!]*$")


_SIGNING_PAIR_RE = re.compile(r"(?:^|\n)[ \t]*([A-Z]{2,3})[ \t]*/[ \t]*([A-Z]{2,3})[ \t.]*$")


def _tail_signer(text: str, taken: list[tuple[int, int]], lex: Lexicon) -> list[Candidate]:
    pair = _SIGNING_PAIR_RE.search(text, max(0, len(text.rstrip()) - 16))
    if pair is not None and any(_initials_ok(g, lex) for g in pair.groups()):
        # "NA / RH" on the last line: two people signing, whatever one pair of letters spells
        return [_by_initials(pair.start(g), pair.end(g), pair.group(g), "initials of two people "
                             "signing the report", 0.65) for g in (1, 2)
                if pair.group(g).lower() not in _ROLE_SHORT_SET
                and not _covered(taken, pair.start(g), pair.end(g))]
    m = _TAIL_SIGNER_RE.search(text, max(0, len(text.rstrip()) - 40))
    if m is None or _covered(taken, m.start("who"), m.end("who")):
        return []
    who, abbr = m.group("who"), m.group("abbr")
    low = who.replace(".", "").lower()
    role = abbr is not None and (_sign_off_role(abbr) or abbr.lower() in _ROLE_SHORT_SET)
    if m.group("caps") and not (m.group("caps").lower() in _ROLE_SHORT_SET or "." in who):
        return []  # "... on CCTV tonight": letters after capitals that are not a role
    if "." in who:
        if low in _DOTTED_WORDS and not m.group("dash"):
            return []  # "... at 10 a.m.": a time, unless a dash sets it apart as a signature
    elif len(who) == 1:
        if not (m.group("dash") and m.group("kiss")):
            return []
    elif who.islower() and len(who) > 3:
        if not (role and abbr.isupper()) or low in STOPWORDS or low in lex.keep \
                or low in _SIGN_OFF_ROLE_WORDS:
            return []  # "- night staff (HCA)" has no name in it
    elif not (m.group("dash") and role) or low in _ROLE_SHORT_SET or low in STOPWORDS:
        return []  # "- SW (duty)": a role signing off, not initials
    return [_by_initials(m.start("who"), m.end("who"), low.upper(), "initials or a name signing "
                         "the report at its very end", 0.65)]


# "ta kc", "cheers jb": lower-case initials after thanks end the report.
_THANKS_INITIALS_RE = re.compile(r"\b(?:ta|thx|tx|ty|cheers|thanks)[ \t,]+([a-z]{2,3})[ \t.!x]*$")


def _thanks_initials(text: str, taken: list[tuple[int, int]], lex: Lexicon) -> list[Candidate]:
    m = _THANKS_INITIALS_RE.search(text, max(0, len(text) - 20))
    if m is None or _covered(taken, m.start(1), m.end(1)):
        return []
    low = m.group(1)
    if lex.is_basic(low) or low in STOPWORDS or low in GREETED_NOBODY or low in _TEXT_SPEAK:
        return []  # "cheers all", "thanks guys"
    return [_by_initials(m.start(1), m.end(1), low.upper(), "initials after thanks at the end", 0.65)]


# Where one message of a pasted e-mail thread ends: its signature sits just above.
_MESSAGE_BREAK_RE = re.compile(
    r"^[ \t]*(?:-{2,}[ \t]*(?:Original|Forwarded)[ \t]+[Mm]essage[ \t]*-{2,}|From:[ \t]|"
    r"On[ \t].{5,80}[ \t]wrote:)", re.MULTILINE)


def _signature(text: str, taken: list[tuple[int, int]], lex: Lexicon) -> list[Candidate]:
    """A signature at the end of the report, and at the end of each message in a thread."""
    ends = [len(text.rstrip())]
    for m in _MESSAGE_BREAK_RE.finditer(text):
        end = len(text[: m.start()].rstrip())
        if end:
            ends.append(end)
    out: list[Candidate] = []
    for end in ends:
        out.extend(_signature_before(text, end, taken, lex))
    return out


def _signature_before(text: str, stop: int, taken: list[tuple[int, int]],
                      lex: Lexicon) -> list[Candidate]:
    # A match holds no line break and ends at `stop` or at a line break just before it, so it
    # lies on the last line before `stop`.
    m = _SIGNATURE_RE.search(text, text.rfind("\n", 0, max(0, stop - 1)) + 1, stop)
    if m is None:
        return []
    words = m.group(1).split()
    lows = [w.lower().rstrip(".") for w in words]
    if any(w in _SIGNOFF_WORDS or w in _ROLE_TITLE_WORDS or w in _PLACE_TAILS for w in lows):
        return []
    namey = [w for w in lows if w in lex.first_names or w in lex.surnames
             or (len(w) > 1 and not lex.is_common(w)) or len(w) == 1]
    bracketed = "(" in m.group(0)
    # One capitalised word alone on the last line, after a blank line, is a sign-off even when
    # it is also a word ("Dirk", "Wren"), unless it is an everyday one ("Thanks", "Resolved").
    alone = (len(words) == 1 and text[max(0, m.start(1) - 2):m.start(1)].replace(" ", "") == "\n\n"
             and not lex.is_basic(lows[0])
             and not lows[0].endswith(("ed", "ing", "ly", "tion", "ment", "ness", "ful")))
    if not bracketed and not alone and (not namey or (len(lows) == 1 and len(namey) < 1)):
        return []
    if all(len(w) == 1 for w in lows) and len(lows) < 2:
        return []
    start, end = m.start(1), m.end(1)
    if _covered(taken, start, end) and any(
        _covered(taken, wm.start() + start, wm.end() + start)
        for wm in re.finditer(r"\S+", m.group(1))
    ):
        return []
    word = words[0]
    cand = _name(start, end, word, "signature at the end of the report", 0.7)
    cand.meta["tokens"] = " ".join(w for w in lows if len(w) > 1)
    cand.meta["initials"] = "".join(w[0].upper() for w in words)
    return [cand]


_LIST_RE = re.compile(
    r"((?:(?:baby|little|big|brother|sister|twin|cousin)[ \t]+)?[A-Z][a-z'’\-]+)"
    r"((?:[ \t]*,[ \t]*(?:(?:baby|little|big|brother|sister|twin|cousin)[ \t]+)?[A-Z][a-z'’\-]+)*)"
    r"[ \t]*,?[ \t]+(?:and|&)[ \t]+((?:baby|little|big|brother|sister|twin|cousin)[ \t]+)?"
    r"([A-Z][a-z'’\-]+)"
)
_MEMBER_RE = re.compile(r"[A-Z][a-z'’\-]+")
_LIST_END_RE = re.compile(
    r",?[ \t]*(?:and|&)[ \t]+(?:(?:baby|little|big|brother|sister|twin|cousin)[ \t]+)?[A-Z]")


def _lists(text: str, names: list[Candidate], lex: Lexicon,
           places: frozenset[str]) -> list[Candidate]:
    spans = [(c.start, c.end) for c in names if c.kind == "name"]
    out: list[Candidate] = []
    if not spans:
        return out  # a list is only taken up when one of its members is a name found already
    # Only where a capitalised word follows the "and" can a list of names end.
    anchors = [a for a in positions(text, (" and ", " & ", ",and ", ",& "))
               if _LIST_END_RE.match(text, a)]
    for m in near(_LIST_RE, text, anchors, 200, 60):
        members = [(mm.start() + m.start(), mm.end() + m.start(), mm.group(0))
                   for mm in _MEMBER_RE.finditer(m.group(0))]
        members = [x for x in members if x[2].lower() not in ("and",)]
        if len(members) < 2:
            continue
        if not any(_covered(spans, s, e) for s, e, _ in members):
            continue
        # "Love, Carlene & Devon": a card's sign-off, then the people who signed it
        signed = members[0][2].lower() in _SIGNOFF_WORDS and _sentence_start(text, members[0][0])
        loved = signed and members[0][2].lower() == "love"  # a card: places are people too
        if signed:
            members = members[1:]
        for s, e, w in members:
            low = w.lower()
            if (_covered(spans, s, e) or (low in places and not loved) or low in _PLACE_TAILS
                    or low in STRONG_TITLES or low in WEAK_TITLES or low in _RELATIONS
                    or low in _ROLE_TITLE_WORDS or low in lex.keep or low in STOPWORDS):
                continue
            if (len(members) == 2 and lex.is_common(low) and low not in lex.first_names
                    and low not in lex.surnames
                    and (_sentence_start(text, s) or _ends_capitalised_phrase(text, s))):
                continue  # "Training and Jo both need...", "the Early Help Assessment and Jo"
            if s == members[0][0] and (_prev_raw(text, s) in _DETERMINERS
                                       or _prev_raw(text, s) in _PREPOSITIONS):
                continue
            out.append(_name(s, e, w, "member of a list that holds a name", 0.65))
    return out


_INITIAL_RE = re.compile(r"([A-Z])(?<![\w.].)\.(?=[ \t]*\(|[ \t]+([a-z]+))")


def _initials(text: str, taken: list[tuple[int, int]]) -> list[Candidate]:
    out: list[Candidate] = []
    for m in _INITIAL_RE.finditer(text):
        if _covered(taken, m.start(), m.end()):
            continue
        prev = _prev_raw(text, m.start())
        verb = m.group(2)
        if verb is not None and verb not in _PERSON_VERBS:
            continue
        age_after = re.match(r"\.[ \t]*\([ \t]*\d{1,2}[ \t]*[),]", text[m.end() - 1 : m.end() + 8])
        if prev in _DETERMINERS:
            continue
        if (prev not in _INITIAL_SLOTS and age_after is None
                and not (verb and _sentence_start(text, m.start()))):
            continue
        out.append(_by_initials(m.start(), m.end() - 1, m.group(1), "single initial in a person position",
                                0.6))
    return out


_BORN_RE = re.compile(r"\b(?:b\.|born(?:[ \t]+in)?)[ \t]*((?:19|20)\d{2})\b", re.IGNORECASE)


def _born(text: str) -> list[Candidate]:
    return [
        Candidate(m.start(1), m.end(1), "date_of_birth", 0.85, "year after 'b.' or 'born'",
                  replacement="[date of birth]")
        for m in (_BORN_RE.finditer(text) if mentions(text, ("b.", "born")) else ())
    ]


_STREET_TOWN_RE = re.compile(
    r"[A-Z](?<!\w.)[a-z'’\-]+[ \t]+(?:[A-Z][a-z'’\-]+[ \t]+){0,2}"
    r"(?:Street|Road|Lane|Avenue|Parade|Broadway|Row|Hill|Green)"
    r"[ \t]*,[ \t]*([A-Z][a-z'’\-]+(?:[ \t]+[A-Z][a-z'’\-]+)?)"
)


# "on the Highfield estate": a housing estate named in passing, its word in lower case.
_LOWER_ESTATE_RE = re.compile(
    r"\b(?:the|on|off|from|at|in)[ \t]+((?:[A-Z][a-z'’\-]+[ \t]+){1,2})estate\b")


def _lower_estates(text: str, taken: list[tuple[int, int]], lex: Lexicon) -> list[Candidate]:
    out: list[Candidate] = []
    if "estate" not in text:
        return out
    for m in cued(_LOWER_ESTATE_RE, text, ("the", "on", "off", "from", "at", "in")):
        words = m.group(1).split()
        if all(lex.is_common(w.lower()) or w.lower() in lex.keep for w in words):
            continue  # "the Council estate", "the NHS estate"
        end = m.end()
        if _covered(taken, end - len("estate"), end):
            continue  # the estate's own word is part of something found already
        out.append(Candidate(m.start(1), end, "address", 0.7, "a named housing estate",
                             meta={"type": ""}))
    return out


# "the night job at Polmear Quarry", "on site at Brackley Down", "at Holme Edge Reservoir",
# "6 nm SE of Penhallow Head": a local place named by its own words and a kind of open-air
# place, after a word for where or a bearing.
_PLACE_KINDS = (
    r"(?:Quarry|Beach|Reservoir|Downs?|Moor|Fell|Woods?|Common|Cove|Crag|Gill|Beck|Top|Edge|"
    r"Tarn|Scar|Heath|Marsh|Sands|Dunes|Cliffs?|Pits?|Works|Yard|Wharf|Quay|Landing|Point|Head|Ness|"
    r"Bay|Bridge|Park|Hill|Fields?|Green|Forest|Lake|Loch|Island|Pier|Harbour|Marina)")
_LOCAL_PLACE_RE = re.compile(
    r"\b(?:at|near|from|off|by|to|on|in|into|below|above|past|behind|beside|outside|towards|"
    r"around|(?:north|south|east|west|[NSEW]{1,3})[ \t]+of)\s+((?:[A-Z][a-z'’\-]+[ \t]+){1,2}"
    + _PLACE_KINDS
    + r"(?![\w'’\-]|[ \t]+(?:[A-Z]|road|lane|street|avenue|drive)))")
# The kind of place alone, found first with one cheap search.
_LOCAL_PLACE_KIND_RE = re.compile(r"[a-z'’\-][ \t]+" + _PLACE_KINDS + r"\b")
# The kinds as whole words ("Downs?" as "down" and "downs"): a match holds one of them.
_PLACE_KIND_FIRSTS = frozenset(
    form.lower() for kind in _PLACE_KINDS[3:-1].split("|")
    for form in ((kind[:-2], kind[:-1]) if kind.endswith("s?") else (kind,)))


def _local_places(text: str, lex: Lexicon) -> list[Candidate]:
    out: list[Candidate] = []
    if not has_word(text, _PLACE_KIND_FIRSTS) or _LOCAL_PLACE_KIND_RE.search(text) is None:
        return out  # most reports name no open-air place: one cheap search says so
    for m in _LOCAL_PLACE_RE.finditer(text):
        words = m.group(1).split()
        if any(w.lower() in lex.keep or w.lower() in _DAYS_MONTHS for w in words[:-1]) \
                or all(lex.is_basic(w.lower()) for w in words[:-1]):
            continue  # "at Low Tide Beach" maybe; "at Main Works", "at the Old Yard": generic
        out.append(Candidate(m.start(1), m.end(1), "address", 0.7, "a local place by name",
                             meta={"type": ""}))
    return out


# "at the Old Mill flats", "Where found: Crossgates shopping centre": a block of flats, an
# estate or a shopping centre by its name, its kind typed in lower case (capitalised kinds are
# the organisation and street finders').
_NAMED_BLOCK_RE = re.compile(
    r"(?:\b(?:at|near|from|off|by|to|in|into|outside|behind|round)[ \t]+|:[ \t]*|,[ \t]+)"
    r"(?:the[ \t]+)?((?:[A-Z][a-z'’\-]+[ \t]+){1,2}"
    r"(?:flats|(?:shopping|trading|industrial|housing)[ \t]+(?:centre|center|estate|park)|"
    r"retail[ \t]+park|precinct|tower[ \t]+block))\b")
_BLOCK_WORDS = frozenset(("flats", "centre", "center", "estate", "park", "precinct", "block"))


# "in the garden at The Old Forge", "both called The Old School House": a house named for what
# it once was.
_OLD_HOUSE_RE = re.compile(
    r"\b(?:at|called|to|from|in|outside|named)[ \t]+(The[ \t]+Old[ \t]+(?:Forge|Rectory|Vicarage|"
    r"School(?:[ \t]+House)?|Schoolhouse|Post[ \t]+Office|Mill(?:[ \t]+House)?|Chapel|Barn|"
    r"Bakery|Dairy|Smithy|Coach[ \t]+House|Stables|Granary|Manse|Parsonage|Station(?:[ \t]+House)?|"
    r"Farmhouse|Forge[ \t]+Cottage|Toll[ \t]+House))\b(?![ \t]+(?:[A-Z]|pub|inn|hotel|cafe))")


def _named_blocks(text: str, lex: Lexicon) -> list[Candidate]:
    out: list[Candidate] = []
    for m in near(_OLD_HOUSE_RE, text, positions(text, ("The Old",)), 12, 40):
        out.append(Candidate(m.start(1), m.end(1), "address", 0.7, "a house named for what it was",
                             meta={"type": ""}))
    kinds = word_starts(text, _BLOCK_WORDS)
    for m in near(_NAMED_BLOCK_RE, text, positions(text, _BLOCK_WORDS) if kinds is None else kinds,
                  48, 8):
        words = m.group(1).split()
        names = [w for w in words if w[0].isupper()]
        if any(w.lower() in lex.keep or w.lower() in _DAYS_MONTHS or w.lower() in _PERSONISH
               for w in names) or (len(names) == 1 and lex.is_basic(names[0].lower())):
            continue  # "the Council flats", "the New flats": no name
        out.append(Candidate(m.start(1), m.end(1), "address", 0.7, "a block or estate by name",
                             meta={"type": ""}))
    return out


def _street_and_town(text: str, lex: Lexicon) -> list[Candidate]:
    """"High Street, Harrow": a generic street name becomes an address beside a known town."""
    out: list[Candidate] = []
    for m in _STREET_TOWN_RE.finditer(text):
        town = m.group(1)
        end = m.end()
        if town.lower() not in lex.places:
            first = town.split()[0]
            if first.lower() not in lex.places:
                continue
            end = m.start(1) + len(first)
        out.append(Candidate(m.start(), end, "address", 0.75, "street name and town",
                             meta={"type": ""}))
    return out


# "off kirkstall road", "at moor lane", "lowe road end": a street typed in lower case, with no
# house number. The word before the street type must be in no dictionary, or be a named place
# after a word for where ("at", "off", "on"); "the main road" and "a back lane" stay.
_LOWER_STREET_TYPE_RE = re.compile(
    r"[ \t](?:road|lane|street|avenue|drive|crescent|terrace|grove|gardens|mews|rd|st|ave|"
    r"walk|brow|park|place|square|parade)"
    r"(?![\w'’\-])")
# (a house number before the street is as good as a word for where: "at 41 mill brow")
_LOWER_STREET_BEFORE_RE = re.compile(
    r"(?:(?<![\w'’\-:.])((?:at|off|on|along|near|from|to|in|down|up|round|around)[ \t]+"
    r"|\d{1,4}[a-z]?[ ]))?"
    r"(?<![\w'’\-])([a-z][a-z'’\-]{2,})[ \t]*$")
_NOT_STREET_NAMES = frozenset(
    """the a an this that main high back old new country side slip ring busy quiet same our my
    your their his her its every dual private access service long narrow dirt farm bus single
    one two wrong right left next other ring relief link school church station""".split())


_AFTER_STREET = frozenset("for on at in to and with was is had where when".split())
_NOT_NUMBERED_STREETS = frozenset(
    """min mins minute minutes hour hours hr hrs mile miles km metre metres meter meters yard yards
    foot feet ft sec secs second seconds day days week weeks wk wks month months year years yr yrs
    times way lane lanes main car bus short quick long escorted""".split())


def _lower_streets(text: str, lex: Lexicon) -> list[Candidate]:
    out: list[Candidate] = []
    for street in _LOWER_STREET_TYPE_RE.finditer(text):
        m = _LOWER_STREET_BEFORE_RE.search(text, max(0, street.start() - 40), street.start())
        if m is None:
            continue
        word = m.group(2)
        if word in _NOT_STREET_NAMES or word in lex.keep or word in _PREPOSITIONS \
                or "'" in word or "’" in word or "-" in word:  # "can't walk", "age-appropriate way"
            continue
        if lex.is_common(word) and m.group(1) is None:
            continue
        numbered = m.group(1) is not None and m.group(1)[0].isdigit()
        # "at 41 mill brow for ...": a house number makes even an everyday word a street's (but
        # "at 3 big park gates" is a park's gates)
        house = numbered and word not in _NOT_NUMBERED_STREETS and not word.endswith(("ing", "ly")) \
            and (_next_char(text, street.end()) in ("", ",", ".", ";", "\n", ")")
                 or _next_word(text, street.end()) in _AFTER_STREET)
        # "on tanner st": "st" and "rd" after a word for where abbreviate only a street's name
        short = m.group(1) is not None and not numbered and street.group(0).strip() in ("st", "rd")
        if not (house or short) and (lex.is_basic(word) or word.endswith(("ing", "ed", "ly"))):
            continue
        out.append(Candidate(m.start(1) if numbered else m.start(2), street.end(), "address", 0.7,
                             "street name in lower case", meta={"type": ""}))
    return out


# -- names grown from what was found, and names in a person's slot -----------------------------

_PART = r"[A-ZÀ-Þ][a-zß-ÿ]+(?:['’][A-Z]?[a-zß-ÿ]+)?(?:-[A-ZÀ-Þa-zß-ÿ][a-zß-ÿ]+)*"
_HYPHENED_PART_RE = re.compile(rf"(?<![\w'’\-]){_PART}-$")
_LEFT_PART_RE = re.compile(rf"(?<![\w'’\-])({_PART})[ \t]$")
_RIGHT_PART_RE = re.compile(rf"[ \t]({_PART})(?![\w@\-])")
_DAYS_MONTHS = frozenset(MONTHS) | frozenset(
    "monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs "
    "fri sat sun today tomorrow yesterday".split()
)
_NOT_NAME_PARTS = (
    STRONG_TITLES | WEAK_TITLES | _ROLE_TITLE_WORDS | _RELATIONS | GENERIC_WORDS | _PLACE_TAILS
    | _DAYS_MONTHS | _DETERMINERS | _PRONOUNS | _PREPOSITIONS | _SIGNOFF_WORDS
    | frozenset("and or but so then when if as not no yes also after before while pt pts yp "
                "sw fo sccm capt nurse sister charge staff dr mr mrs ms miss".split())
)


# First names kept off the name list because the same letters are mostly something else ("ED",
# "Raigmore ED"; LARS the radar service, a SID the departure, MATS the manual, a reg the
# registrar or the registration); written as a name beside a found surname or after "known as",
# they are the name ("Ed Fairweather", "Lars Henriksen", "known as Reg").
_FIRST_NAMES_OFF_THE_LIST = frozenset({"ed", "lars", "sid", "mats", "reg"})


def _name_part(word: str, lex: Lexicon, places: frozenset[str]) -> bool:
    """True when a capitalised word may be part of a person's name beside a found name."""
    low = word.lower().rstrip("'’")
    if low.endswith(("'s", "’s")):
        return False  # "Kerry's", the end of a name, never the middle of one
    if low in lex.keep and word[:1].isupper() and word[1:].islower() and (low in lex.first_names
                                                   or low in lex.surnames
                                                   or low in _FIRST_NAMES_OFF_THE_LIST):
        return True  # "Mel", "Sen", "Ed": a name written like one, not the acronym (MEL, ED)
    return not (low in _NOT_NAME_PARTS or low in lex.keep or low in lex.eponyms
                or low in places or ORG_TYPE_RE.search(word) is not None)


def _organisation_follows(text: str, end: int) -> bool:
    """True when the next word is a place or organisation type ("Grace Hill Surgery")."""
    tail = re.match(r"[ \t]+([A-Z][a-z]+)", text[end : end + 30])
    return tail is not None and (tail.group(1).lower() in _PLACE_TAILS
                                 or ORG_TYPE_RE.search(tail.group(1)) is not None)


_PARTICLE_RE = re.compile(
    rf"[ \t](?:de|da|del|dela|della|di|du|dos|das|van|von|der|den|ter|bin|binti|bint|ibn|ap|"
    rf"le|la|al|el)(?:[ \t](?:la|der|den|los|las))?[ \t]({_PART})(?![\w@\-])")
_LOWER_SURNAME_RE = re.compile(r"[ \t]([a-z][a-z'’]+(?:-[a-z][a-z'’]+)?)(?![\w@\-])")


def _lower_surname(word: str, lex: Lexicon, places: frozenset[str]) -> bool:
    low = word.rstrip("'’")
    if low.endswith(("'s", "’s")) or len(low) < 3:
        return False
    if low not in lex.surnames and low.endswith(("ed", "ing", "ly")):
        return False  # "ioana absconded": a verb the dictionary does not list
    return (low in lex.surnames or not lex.is_common(low)) and not (
        low in _NOT_NAME_PARTS or low in lex.keep or low in places or low in _LOWER_NOT_NAMES)


_INITIALS_ONLY_RE = re.compile(r"[A-Z]{2,3}")


def _chain(text: str, cands: list[Candidate], lex: Lexicon,
           places: frozenset[str]) -> list[Candidate]:
    """Grow each found name over the capitalised words right beside it: "passenger Victor
    Frank" when only "Frank" was found, "FO Priyanka Sen", "Brooke Hill-Mbatha". A word
    that opens a sentence joins only when it is itself a name ("Victor") or no ordinary word.
    Runs that go on into an organisation's type word ("Grace Hill Surgery") are left alone."""
    out: list[Candidate] = []
    for c in cands:
        if c.kind != "name" or "\n" in text[c.start : c.end]:
            continue
        start, end = c.start, c.end
        hyphened = _HYPHENED_PART_RE.search(text[max(0, start - 30) : start])
        if hyphened is not None and _name_part(hyphened.group(0)[:-1], lex, places):
            start -= len(hyphened.group(0))  # "Hill-" before "Mbatha"
        # "KW Community Matron": initials are whole, the words after them a role
        while not _INITIALS_ONLY_RE.fullmatch(text, c.start, c.end):
            m = _RIGHT_PART_RE.match(text, end)
            if m is None or not _name_part(m.group(1), lex, places):
                break
            end = m.end(1)
        # "Reg Dr Tan attends": nothing of a name stands before its title
        first = text[c.start:c.end].split(None, 1)[0].lower().rstrip(".")
        while first not in STRONG_TITLES and first not in WEAK_TITLES:
            m = _LEFT_PART_RE.search(text, max(0, start - 40), start)
            if m is None or not _name_part(m.group(1), lex, places):
                break
            low = m.group(1).lower()
            if low in BRACKETED_ROLES and _INITIALS_ONLY_RE.fullmatch(text, c.start, c.end):
                break  # "(Eng MK)": the role of the person the initials stand for
            if low in NAME_CUES and m.group(1)[1:].islower():
                break  # "Son Darren informed": the relation, then the name
            if _sentence_start(text, m.start(1)) and lex.is_common(low) and (
                    low not in lex.first_names and low not in _FIRST_NAMES_OFF_THE_LIST):
                break
            start = m.start(1)
        particle = _PARTICLE_RE.match(text, end)
        if particle is not None and _name_part(particle.group(1), lex, places):
            end = particle.end(1)  # "Rodel dela Cruz", "Ana de la Cruz", "Ruud van Dijk"
        initial = _TRAILING_INITIAL_RE.match(text[end : end + 4])
        if initial is not None and text[c.start : c.end].split()[-1].lower() in lex.first_names:
            end += initial.end()  # "Rose A, both on the same round"
        lower = _LOWER_SURNAME_RE.match(text, end)
        if (lower is not None and text[c.start:c.end].islower()
                and _lower_surname(lower.group(1), lex, places)):
            end = lower.end(1)  # "mum dawn kirkbride", "misty o'brien": a writer without capitals
        if (start, end) == (c.start, c.end):
            continue
        if _organisation_follows(text, end):
            continue
        # As sure as the surest name it takes in, so it wins the overlap with that name.
        inner = [o.confidence for o in cands
                 if o.kind == "name" and start <= o.start and o.end <= end]
        grown = _name(start, end, text[start:end], f"{c.reason}, with the words beside it",
                      max([c.confidence, 0.7, *inner]))
        grown.meta["tokens"] = " ".join(w.lower() for w in _WORD_RE.findall(text[start:end]))
        grown.meta["initials"] = "".join(w[0].upper() for w in text[start:end].split())
        out.append(grown)
    return out


# A word followed by an age is a person: "Rocky (4)", "Drew (24) on s2", "Ivy aged 4",
# "jack (care leaver, 19)", "Chance (yr 10)". The number must close the bracket or clause.
_AGE_SLOT_RE = re.compile(
    r"([A-Za-zÀ-ÿ](?<![\w'’@.\-].)[a-zß-ÿ'’\-]+)"
    r"(?:[ \t]*\([ \t]*(?:[A-Za-z][A-Za-z \t\-]{1,25},[ \t]*)?(?:aged[ \t]+|age[ \t]+|yr[ \t]*|year[ \t]+)?"
    r"\d{1,2}(?:[ \t]*(?:yo|yrs?|years?|months?|mths?|m|y))?[ \t]*[),]"
    r"|[ \t]+aged[ \t]+\d{1,2}\b"
    r"|(?P<bare>[ \t]+\d{1,2}(?=[ \t]*(?:\)|,|and[ \t]|&)))"
    r"|(?P<comma>,[ \t]*\d{1,3}(?=[ \t]*,[ \t]+[a-z]))"  # "Moirrey Quirk, 88, in bay 4"
    r"|(?P<unit>[ \t]+\d{1,2}[ \t]*(?:yo|y/o|yrs?|years?[ \t]+old)\b))"  # "Rx for Oscar 4yrs"
)
_CAP_WORD_BEFORE_RE = re.compile(r"([A-Z][a-zß-ÿ'’\-]+)[ \t]+$")
# "ruby 2 brought in by nan ?swallowed": a note that opens on a child's first name in lower
# case and their age, then what happened to them.
_LINE_NAME_AGE_RE = re.compile(
    r"(?:^|\n)([a-z][a-z'’\-]{2,})[ \t]+(\d{1,2})[ \t]+(?=(?:yo|y/o|yrs?|years?|brought|"
    r"presented|came|was|is|has|had|seen|found|with)\b|[a-z]{3,}ed\b)")


# "mum marisol and kids sofia 4 and mateo", "the baby (rio, 7wks)": a child's first name in lower
# case between a word for a child and an age, even a first name that is also a kept term in
# capitals (MEL, RiO) or a city.
_CHILD_NAME_AGE_RE = re.compile(
    r"\b(?:kids?|children|baby|son|daughter|siblings?|brother|sister|twins?|grandson|"
    r"granddaughter|boy|girl)[ \t]*[(:]?[ \t]*([a-z][a-z'’\-]{2,14})[ \t]*,?[ \t]*\d{1,2}[ \t]*"
    r"(?:yo|y/o|yrs?|years?|mths?|months?|wks?|weeks?|days?)?(?![\w/:.])")
_CHILD_WORDS = frozenset(
    "kid kids children baby son daughter sibling siblings brother sister twin twins grandson "
    "granddaughter boy girl".split())


# "Triaged by RN Costa.", "the session w the Carters": a listed surname that is also a kept
# term or a word, where only a person fits: straight after a nurse's letters (the titles the
# name finder knows, "Sister", "Dr", "Sgt", are its own), or made plural after "the".
_TITLED_SURNAME_RE = re.compile(
    r"\b(?:RN|SN|HCA)[ \t]+([A-Z][a-z'’]{2,})"
    r"(?=[ \t]*[.,;)]|[ \t]+(?:has|had|was|is|said|did|rang|asked|told|came|went|took|gave)\b)")
_TITLED_SURNAME_FIRSTS = frozenset(("rn", "sn", "hca"))
_PLURAL_SURNAME_RE = re.compile(  # a literal start: the engine skips to each "the " in C
    r"the[ \t]+([A-Z][a-z'’]{2,})s(?=[ \t]*(?:[.,;:!?)]|$|\n)"
    r"|[ \t]+(?:and|were|are|have|had|who|said)\b)")


def _surname_slots(text: str, taken: list[tuple[int, int]], lex: Lexicon,
                   places: frozenset[str]) -> list[Candidate]:
    out: list[Candidate] = []
    found = list(word_led(_TITLED_SURNAME_RE, text, _TITLED_SURNAME_FIRSTS))
    found += [m for m in _PLURAL_SURNAME_RE.finditer(text)
              if m.start() == 0 or not text[m.start() - 1].isalnum()]
    for m in found:
        word = m.group(1)
        low = word.lower()
        if (low not in lex.surnames or lex.is_basic(low) or low in places or low in STOPWORDS
                or low in _PERSONISH or low in NAME_CUES or low in _DAYS_MONTHS
                or _covered(taken, m.start(1), m.end(1))):
            continue
        out.append(_name(m.start(1), m.end(1), word, "a surname where only a person fits", 0.65))
    return out


def _child_name_ages(text: str, taken: list[tuple[int, int]], lex: Lexicon) -> list[Candidate]:
    out: list[Candidate] = []
    for m in word_led(_CHILD_NAME_AGE_RE, text, _CHILD_WORDS):
        word = m.group(1)
        if (word not in lex.first_names or lex.is_basic(word) or word in STOPWORDS
                or word in _DAYS_MONTHS or _covered(taken, m.start(1), m.end(1))):
            continue
        out.append(_name(m.start(1), m.end(1), word, "a child's first name in lower case, with an age",
                         0.7))
    return out


def _line_name_ages(text: str, taken: list[tuple[int, int]], lex: Lexicon) -> list[Candidate]:
    out: list[Candidate] = []
    for m in _LINE_NAME_AGE_RE.finditer(text):
        word = m.group(1)
        if (word not in lex.first_names or word in STOPWORDS or word in lex.keep
                or int(m.group(2)) > 17 or _covered(taken, m.start(1), m.end(1))):
            continue
        out.append(_name(m.start(1), m.end(1), word, "lower-case first name opening a note, with an age",
                         0.7))
    return out


# What a person does next: "duke (11) had been smoking", "EM returned herself".
_PERSON_ACTS = frozenset(
    "was is had has said says told seen went came got left ran took returned refused "
    "disclosed absconded became kicked hit".split())
_PERSON_ACTS_RE = re.compile(rf"[ \t]+(?:{'|'.join(sorted(_PERSON_ACTS))})\b")
_AGED_AFTER_RE = re.compile(r"[ \t]+aged[ \t]+\d")


def _age_slots(text: str, taken: list[tuple[int, int]], lex: Lexicon,
               places: frozenset[str]) -> list[Candidate]:
    out: list[Candidate] = []
    # An age is one to three digits after a space, bracket, comma or "yr": never the tail of
    # a time, date, phone or reference, which are most of a report's numbers.
    starts = [s for s, e in digit_runs(text)
              if e - s <= 3 and (s == 0 or text[s - 1] in " \t(,rR")]
    for m in near(_AGE_SLOT_RE, text, starts, 80, 40):
        word = m.group(1)
        low = word.lower()
        if _covered(taken, m.start(1), m.end(1)):
            continue
        if m.group("comma"):
            # "Name Surname, 88, in bay 4": a capitalised name set off by commas with an age;
            # the surname may be an everyday word ("Quirk") when a name-like word comes first.
            before = _CAP_WORD_BEFORE_RE.search(text, max(0, m.start(1) - 30), m.start(1))
            if not word[0].isupper() or before is None or _covered(
                    taken, before.start(1), before.end(1)):
                continue
            first = before.group(1).lower()
            if not ((first in lex.first_names or not lex.is_common(first))
                    and first not in lex.keep and first not in places
                    and first not in NAME_CUES and low not in lex.keep):
                continue
            out.append(_name(before.start(1), m.end(1), text[before.start(1):m.end(1)],
                             "name set off by commas with an age", 0.75))
            continue
        if not _name_part(word, lex, places) and low not in places:
            continue  # a place name before an age is a person's name: "Mali aged 7"
        if m.group("unit") and not (word[0].isupper() and not _sentence_start(text, m.start(1))
                                    and (low in lex.first_names or not lex.is_common(low))
                                    and low not in lex.keep):
            continue  # "for Oscar 4yrs", never "Year 4 yrs" or a sentence's first word
        if m.group("bare") and (low in lex.keep or not (
                re.search(r"\([^()]{0,30}$", text[max(0, m.start(1) - 31) : m.start(1)])
                and (low in lex.first_names or not lex.is_common(low)))):
            continue  # "(Flint 9 and Jasper 11)", never "Reg 32" or "(Dash 8)"
        if word[0].islower():
            # lower case only where a person is expected: a known name opening a line or
            # sentence ("jack (care leaver, 19)"), never "the boy (4)" or "twins (8)"
            opens = _sentence_start(text, m.start(1)) or re.search(
                r"\d[ \t]+$", text[max(0, m.start(1) - 8) : m.start(1)]) is not None
            acts = _PERSON_ACTS_RE.match(text, m.end()) is not None
            # "sent ruby aged 4 to the wrong carer": a first name with "aged" after it
            aged = low in lex.first_names and _AGED_AFTER_RE.match(text, m.end(1)) is not None
            if not (((low in lex.first_names or not lex.is_basic(low)) and opens)
                    or (acts and not m.group("bare")) or aged):
                continue  # only where a sentence or a timed note starts: "22:15 reign (YP, 14)",
                # or where the person then does something: "duke (11) had been smoking"
        elif lex.is_common(low) and low not in lex.first_names and _sentence_start(
                text, m.start(1)) and low in lex.basic:
            continue  # "Twins (8) placed", "Children (3) at home": everyday words
        if low in NAME_CUES or low in _RELATIONS:
            continue
        out.append(_name(m.start(1), m.end(1), word, "word followed by an age", 0.75))
    return out


# "contact worker (Dusty)", "business support (Sky)", "the driver (Big Mo)": a capitalised
# word or two in brackets straight after a word for a person or a job.
_BRACKET_NAME_RE = re.compile(
    r"([A-Za-z]+)[ \t]*\([ \t]*((?:[A-Za-z][a-z'’\-]+)(?:[ \t]+(?:[A-Z][a-z'’\-]+|[A-Z]\.?(?!\w)))?)"
    r"(?=[ \t]*(?:\)|,|[ \t]from[ \t]|[ \t]at[ \t]|\?\)|[ \t]?[-–][ \t]))"  # "(Sully - yes really)"
)
_PERSONISH = _ROLE_TITLE_WORDS | NAME_CUES | frozenset("dispenser checker picker".split()) | frozenset(
    "driver worker carer keyworker admin compliance staff agent escort guard receptionist "
    "cleaner porter hca student locum reg fy1 fy2 sho st1 st2 colleague volunteer mentor "
    "security ground handler dispatcher instructor examiner member collector observer "
    "supervisor assessor".split()
)


def _bracket_names(text: str, taken: list[tuple[int, int]], lex: Lexicon,
                   places: frozenset[str]) -> list[Candidate]:
    out: list[Candidate] = []
    for m in near(_BRACKET_NAME_RE, text, positions(text, "("), 40, 60):
        if m.group(1).lower() not in _PERSONISH and m.group(1).lower() not in _ROLES_BEFORE_BRACKET \
                and not _on_shift(text, m.start(1), m.group(1).lower()):
            continue
        words = m.group(2).split()
        if words[0][0].islower() and (len(words) > 1 or words[0] not in lex.first_names
                                      or words[0] in _MODALS or words[0] in _MONTH_NAMES):
            continue  # "support (bill)" is a person; "(see below)" is not
        if not all(_name_part(w, lex, places) for w in words):
            continue
        if _covered(taken, m.start(2), m.end(2)):
            continue
        out.append(_name(m.start(2), m.end(2), words[0], "name in brackets after a role", 0.75))
    for m in near(_ROLE_IN_BRACKETS_RE, text, positions(text, "("), 20, 20):
        word = m.group(1)
        low = word.lower()
        role = m.group(2).lower()
        if (role not in _PERSONISH and role not in _ROLE_SHORT_SET
                and not _GRADE_RE.fullmatch(role)) \
                or _covered(taken, m.start(1), m.end(1)):
            continue
        if (low in lex.keep or low in places or (low in STOPWORDS and low != "will")
                or low in _PERSONISH
                or low in _NOT_NAME_PARTS or low in _MONTH_NAMES or not (
                    low in lex.first_names or _NICKNAME_SHAPE_RE.fullmatch(low)
                    or _unknown_name_shape(low, lex)
                    # "Jules (AMHP, …)": a capitalised word no basic one, before a role's letters
                    or (word[0].isupper() and m.group(2).isupper() and low not in lex.basic))):
            continue
        out.append(_name(m.start(1), m.end(1), word, "name before a role in brackets", 0.7))
    return out


# "by bill (driver, Kestrel Cars)", "aleks (driver, agency)": a name, then its role in brackets.
_ROLE_IN_BRACKETS_RE = re.compile(r"([A-Za-z][a-z'’\-]{1,20})[ \t]*\([ \t]*([A-Za-z][A-Za-z0-9]*)\b")
# A doctor's or trainee's grade: "F1", "FY2", "ST3", "CT1".
_GRADE_RE = re.compile(r"(?:f|fy|st|ct|sp)[1-8]")
# Roles the lists above leave out that a name in brackets follows: "capt (mark)".
_ROLES_BEFORE_BRACKET = frozenset(
    "capt captain cpt skipper fo sfo eng engineer operator loader marshaller mechanic technician "
    "tech medic paramedic charge".split())  # "nurse in charge (Temperance)"
# "res staff on shift (dean)": a person on duty, then their name in brackets.
_ON_DUTY_RE = re.compile(r"([A-Za-z]+)[ \t]+on[ \t]+$")


def _on_shift(text: str, at: int, word: str) -> bool:
    if word not in ("shift", "duty", "call", "nights", "days", "site", "scene"):
        return False
    m = _ON_DUTY_RE.search(text, max(0, at - 25), at)
    return m is not None and (m.group(1).lower() in _PERSONISH or m.group(1).lower() in _ROLE_SHORT_SET)


# "thanks Mel!", "Thank you Sterling at the virtual school", "shout out to Faith",
# "well done Penny", "big up to bill", "cc Dusty Wainwright, Laura Chen".
_THANKED_STEMS = ("thank", "cheers", "ta", "kudos", "shout", "well", "big", "cc", "fao",
                  "praise", "credit", "hats", "nice", "good", "great", "brilliant", "excellent")
# The last word of a post or a department an e-mail is copied to ("Cc: Security").
_DEPARTMENT_WORDS = _PERSONISH | frozenset(
    "governance security team manager managers unit service services office department desk "
    "reception admin pharmacy finance estates hr legal quality safeguarding operations ops "
    "inbox mailbox rota".split())
# Listed first names that, thanked, are endearments or everyone: "cheers love", "thanks all".
_NOT_THANKED_LOWER = frozenset("love mate hun babe pal bud boss all guys team".split())
# "shout out 2 will on edt last nite", "thanks to sam and dolly": what may follow a
# lower-case name that is thanked, short of the end of the clause.
_AFTER_PRAISED = frozenset("on and for from at in who n & + x xx".split())
_THANKED_RE = re.compile(
    r"\b(?:thanks(?:[ \t]+(?:to|again))?|thank[ \t]+you(?:[ \t]+to)?|cheers|ta|kudos[ \t]+to|"
    r"shout[ \t-]*outs?[ \t]+(?:to|2)|well[ \t]+done(?:[ \t]+to)?|big[ \t]+(?:thanks|up)[ \t]+to|cc|fao|"
    r"praise[ \t]+for|credit[ \t]+to|hats[ \t]+off[ \t]+to|"
    r"(?P<praise>(?:nice|good|great|brilliant|excellent)[ \t]+(?:work|job|spot|catch)"
    r"(?:[ \t]+by)?))[ \t,:]+"
    rf"(?P<who>{_PART}(?:[ \t]+{_PART})?)",
    re.IGNORECASE,
)


# "joy (his personal adviser)", "— Jules (deputy manager)", "sim (nurse)", "GP (Security Duty
# Manager)": a word straight before a role in brackets is the person who holds it.
_BEFORE_ROLE_RE = re.compile(
    r"(?<![\w'’\-.])([A-Za-zÀ-ÿ][a-zà-ÿ'’]{1,15}(?:-[A-Za-zÀ-ÿ][a-zà-ÿ'’]+)?|[A-Z]{2,3})[ \t]*\("
    r"(?:(?:his|her|their|our|the|my|a|an|new|agency|bank|locum|student)[ \t]+)?"
    r"(?P<role>[A-Za-z][A-Za-z0-9 \t/&,\-]{1,40}?)\)")
_SIGNED_WITH_ROLE_RE = re.compile(
    r"[-–—][ \t]*([A-Z][a-z'’\-]+)[ \t]*,[ \t]*(?P<role>[A-Za-z][A-Za-z \t/&\-]{1,40}?)[ \t]*(?=\n|$)")
_ROLE_CODE_RE = re.compile(r"[A-Z]{2,5}")
_DOTTED_BEFORE_BRACKET_RE = re.compile(
    r"(?<![\w.\-])((?:[A-Z]\.){1,2}[A-Z](?:-[A-Z])?\.)[ \t]*\([^()\n]{2,40}\)")


def _before_role_starts(text: str) -> list[int]:
    """Where a match of _BEFORE_ROLE_RE can begin, in order: its word runs up to the spaces
    before a bracket, so it begins where the run of letters, apostrophes and hyphens before
    them begins, or just after a "×" or "÷" inside that run (letters to the pattern, but not
    word characters, so its look-behind lets a word follow them)."""
    out: set[int] = set()
    p = text.find("(")
    while p >= 0:
        q = p
        while q > 0 and text[q - 1] in " \t":
            q -= 1
        r = q
        while r > 0 and ("A" <= text[r - 1] <= "Z" or "a" <= text[r - 1] <= "z"
                         or "À" <= text[r - 1] <= "ÿ" or text[r - 1] in "'’-"):
            r -= 1
            if text[r] in "×÷":
                out.add(r + 1)
        if r < q:
            out.add(r)
        p = text.find("(", p + 1)
    return sorted(out)


_ROLE_JOINERS = frozenset("per by plus and with from for to of added assessed as via".split())
_DASH_BEFORE_RE = re.compile(r"(?:^|\n|[-–—])[ \t]*$")
_BAND_RE = re.compile(r"band[ \t]*[2-9][a-d]?", re.IGNORECASE)  # "nic (band 6)": an NHS pay band
_ROLE_IN_BRACKETS_ENDS = (NAME_CUES | frozenset(
    "adviser advisor coordinator co-ordinator practitioner manager lead officer worker nurse "
    "assistant supervisor controller technician operative agent host".split())) - frozenset(
    "called named known aka ex bank agency person head deputy baby child infant toddler boy girl "
    "patient pt pax passenger client resident pupil student learner".split())


def _role_words(role: str) -> list[str]:
    return [w for w in re.split(r"[ \t/&,]+", role.lower()) if w]


def _signed_with_job(text: str, taken: list[tuple[int, int]], lex: Lexicon) -> list[Candidate]:
    """"- Jules, Security Training Lead": a sign-off naming its writer and their job."""
    out: list[Candidate] = []
    for m in _SIGNED_WITH_ROLE_RE.finditer(text) if "," in text else ():
        words = _role_words(m.group("role"))
        low = m.group(1).lower()
        if (words and words[-1] in _ROLE_IN_BRACKETS_ENDS and low not in _PERSONISH
                and low not in STOPWORDS and low not in lex.keep and low not in _DAYS_MONTHS
                and not _covered(taken, m.start(1), m.end(1))):
            out.append(_name(m.start(1), m.end(1), m.group(1), "a name signing with a job", 0.7))
    return out


# Every match of _DOTTED_BEFORE_BRACKET_RE holds a full stop, perhaps spaces, then a bracket.
_STOP_BRACKET_RE = re.compile(r"\.[ \t]*\(")


def _dotted_before_bracket(text: str, taken: list[tuple[int, int]]) -> list[Candidate]:
    """"N.R. (police), P.N. (HBS), S.K-W. (SDM)": dotted initials with their service or job in
    brackets."""
    out: list[Candidate] = []
    for m in (_DOTTED_BEFORE_BRACKET_RE.finditer(text) if _STOP_BRACKET_RE.search(text)
              else ()):
        code = m.group(1)
        if code.replace(".", "").lower() in _DOTTED_WORDS or _covered(taken, m.start(1), m.end(1)):
            continue
        out.append(_by_initials(m.start(1), m.end(1), code.replace(".", ""),
                                "dotted initials before a service or role in brackets", 0.7))
    return out


def _named_before_role(text: str, taken: list[tuple[int, int]], lex: Lexicon,
                       places: frozenset[str]) -> list[Candidate]:
    """A word, initials or a double first name straight before a role in brackets: the person
    who holds the role."""
    out: list[Candidate] = []
    for m in match_at(_BEFORE_ROLE_RE, text, _before_role_starts(text)):
        words = _role_words(m.group("role"))
        if text[m.end():m.end() + 2].strip(" \t")[:1] == ":" or not _ROLE_JOINERS.isdisjoint(words):
            continue  # "Comment (Duty Ops Controller):" heads a field; "date (per SW)" cites one
        word = m.group(1)
        low = word.lower()
        if (_ROLE_CODE_RE.fullmatch(m.group("role")) and word[0].isupper() and not word.isupper()
                and "-" in word and low.split("-")[0] in lex.first_names
                and _could_be_name(low.split("-")[:1], lex, places)
                and not any(s <= m.start(1) and m.end(1) <= e for s, e in taken)):
            # "To: Ellie-May (DCT)": a double first name with the letters of a grade or team
            out.append(_name(m.start(1), m.end(1), word, "a name before a role in brackets", 0.7))
            continue
        if not words or len(words) > 4 or not (
                words[-1] in _ROLE_IN_BRACKETS_ENDS or words[-1] in _ROLE_SHORT_SET
                or _BAND_RE.fullmatch(m.group("role"))):
            continue
        if low in STOPWORDS or low in _DETERMINERS or _covered(taken, m.start(1), m.end(1)):
            continue
        if word.isupper() and "," in m.group("role"):
            continue  # "NOK (Sandra, daughter)": a role, then who fills it
        if word.isupper():
            # "GP (Security Duty Manager)" is someone's initials; "DSL (designated
            # safeguarding lead)" is a role spelled out
            spelled = "".join(w[0] for w in words)
            if (len(words) < 2 or spelled.startswith(low) or low in _ROLE_PAIRS
                    or low in _ROLE_SHORT_SET or low in _CAPS_NOT_INITIALS
                    or low in ("pf", "pm", "pic")):
                continue
            out.append(_by_initials(m.start(1), m.end(1), word, "initials before a role in brackets",
                                    0.7))
            continue
        if low in _PERSONISH or low in _GREETINGS:
            continue
        if lex.is_basic(low) and low not in lex.first_names and not (
                word[0].isupper() and _DASH_BEFORE_RE.search(text, max(0, m.start(1) - 4), m.start(1))):
            continue  # "the street triage car (nurse plus officer)"; but "— Jules (deputy manager)"
        if (low in lex.keep and low not in lex.first_names) or (
                low in places and low not in lex.first_names) or low.endswith(("ed", "ing")):
            continue
        prev = _prev_raw(text, m.start(1))
        if prev in _DETERMINERS or prev in ("of", "for", "to", "in", "on", "at"):
            continue  # "the sim (nurse led)", "cover for nights (agency nurse)"
        out.append(_name(m.start(1), m.end(1), word, "a name before a role in brackets", 0.7))
    return out


# "... for two weeks (LP)": initials in brackets closing a report are whoever wrote it.
_CLOSING_INITIALS_RE = re.compile(r"\(([A-Z]{2,3})\)[ \t]*[.!]?[ \t]*$")


# "19:11  AK drops weight": initials opening a timed log entry and doing something.
_TIMED_INITIALS_ACTING_RE = re.compile(
    r"(?:^|\n)[ \t]*\[?\d{1,2}[:.]?\d{2}\]?[ \t]+(?:-[ \t]+)?([A-Z]{2})"
    r"(?:[ \t]*(?:/|&|and)[ \t]*([A-Z]{2}))?[ \t]+"  # "0216 DJ / RM attended"
    r"(?=(?:[a-z]{3,}(?:s|ed)|rang|spoke|told|took|saw|gave|left|went|came|found|handover|"
    r"on[ \t]+obs)\b)")
# (two letters only: three opening a log entry are far more often a term, "LIR issued", "BRS shows")


def _timed_initials_acting(text: str, taken: list[tuple[int, int]], lex: Lexicon) -> list[Candidate]:
    out: list[Candidate] = []
    for m in _TIMED_INITIALS_ACTING_RE.finditer(text):
        code = m.group(1)
        if (not _initials_ok(code, lex) or code.lower() in _NOT_INITIALS
                or _covered(taken, m.start(1), m.end(1))):
            continue  # "09:00 HR dropped", "10:30 GP reviewed": a measure or a role
        out.append(_by_initials(m.start(1), m.end(1), code, "initials opening a timed entry, acting",
                                0.65))
        other = m.group(2)
        # The second of a pair acting together is a person even when its letters are a term.
        if other and _person_slot_letters(other, lex) and not _covered(taken, m.start(2), m.end(2)):
            out.append(_by_initials(m.start(2), m.end(2), other,
                                    "initials opening a timed entry, acting", 0.65))
    return out


# "... kept by the door. Well done all. CH": letters standing alone as the report's last word,
# after a full stop, are the writer signing off, even when they spell a term; but not a status
# ("... should have been off. NFA.", "Reached patient? NO").
_LAST_INITIALS_RE = re.compile(r"(?:^|\n|[.!)][ \t]+)[ \t\-–—]*([A-Z]{2,3})[ \t.]*\s*\Z")
_LAST_NOT_INITIALS = frozenset(
    "nfa vor no yes tbc tba asap fyi na aob end pto rip eod eta etd sos ack nil".split())


# "...sw is Mr Achebe.\nm.": one letter alone on the report's last line, the writer's initial.
_LAST_LETTER_RE = re.compile(r"[.!?)][ \t]*\n[ \t\-–—]*([A-Za-wyz])\.?[ \t]*\Z")


def _last_initials(text: str, taken: list[tuple[int, int]], lex: Lexicon) -> list[Candidate]:
    letter = _LAST_LETTER_RE.search(text, max(0, len(text.rstrip()) - 8))
    if letter is not None and not _covered(taken, letter.start(1), letter.end(1)):
        return [_by_initials(letter.start(1), letter.end(1), letter.group(1),
                             "an initial signing off the report on its own line", 0.6)]
    m = _LAST_INITIALS_RE.search(text, max(0, len(text.rstrip()) - 12))
    if m is None or m.group(1).lower() in _LAST_NOT_INITIALS or _covered(taken, m.start(1), m.end(1)):
        return []
    if len(m.group(1)) == 3 and m.group(1).lower() in lex.keep:
        return []  # "-- NHS", "... CAA": three letters that are a term; two are often initials
    return [_by_initials(m.start(1), m.end(1), m.group(1), "initials signing off the report", 0.65)]


def _closing_initials(text: str, taken: list[tuple[int, int]], lex: Lexicon) -> list[Candidate]:
    m = _CLOSING_INITIALS_RE.search(text, max(0, len(text.rstrip()) - 8))
    if m is None or not _initials_ok(m.group(1), lex) or _covered(taken, m.start(1), m.end(1)):
        return []
    before = text[max(0, m.start() - 30):m.start()].split()
    if not before or not before[-1][:1].islower():
        return []  # "- Marcus (RCW)": after a name the letters are the writer's job
    return [_by_initials(m.start(1), m.end(1), m.group(1), "initials in brackets closing the report",
                         0.65)]


# "nas from IT said", "will from the OT team was with me": a lower-case word opening a clause,
# then where the person works, then what they did. Matched from "from"/"on" forwards, and the
# word looked for just before it.
_FROM_WHERE_RE = re.compile(
    r"(?:from|on)[ \t]+(?:the[ \t]+)?[A-Za-z][\w&]*(?:[ \t]+(?:team|office|desk|dept|department|ward|unit))?"
    r"[ \t]+(?:speaks|spoke|said|says|told|was|is|has|had|went|came|rang|phoned|called|"
    r"confirmed|emailed|texted|messaged|helped|sorted|fixed|found|noticed|spotted|saw|agreed)\b")
_WORD_BEFORE_FROM_RE = re.compile(
    r"(?:^|\n|[.!?;][ \t]+|\b(?:and|with|by)[ \t]+)[ \t]*([a-z][a-z'’\-]{1,14})[ \t]+$")


def _lower_from(text: str, taken: list[tuple[int, int]], lex: Lexicon) -> list[Candidate]:
    out: list[Candidate] = []
    for m in cued(_FROM_WHERE_RE, text, ("from", "on")):
        n = _WORD_BEFORE_FROM_RE.search(text, max(0, m.start() - 24), m.start())
        if n is None or _covered(taken, n.start(1), n.end(1)):
            continue
        low = n.group(1)
        if not (_lower_nameish(low, lex) or (
                low in lex.first_names and low not in STOPWORDS and low not in lex.keep)):
            continue
        out.append(_name(n.start(1), n.end(1), low, "lower-case name before where they work", 0.65))
    return out


# "Ebs you are a star", "Gemma, you're a legend": a message turning to the person it praises.
# Matched from "you are" forwards, and the word looked for just before it.
_YOU_ARE_RE = re.compile(
    r"(?:you(?:[ \t]+(?:are|were|r)|['’]re)|u[ \t]+r|ur)[ \t]+(?:a|an|the|my|amazing|brilliant|"
    r"awesome|incredible|fab|fabulous|superstar|star|legend|hero|life[ \t-]?saver|gem)\b",
    re.IGNORECASE)
_WORD_BEFORE_YOU_RE = re.compile(
    r"(?:^|\n|[.!?][ \t]+)[ \t]*([A-Za-zÀ-ÿ][a-zà-ÿ'’\-]+)[ \t]*,?[ \t]+$")


def _vocatives(text: str, taken: list[tuple[int, int]], lex: Lexicon,
               places: frozenset[str]) -> list[Candidate]:
    out: list[Candidate] = []
    for y in cued(_YOU_ARE_RE, text, ("you", "ur", "u")):
        m = _WORD_BEFORE_YOU_RE.search(text, max(0, y.start() - 30), y.start())
        if m is None:
            continue
        word = m.group(1)
        low = word.lower()
        if low in _GREETINGS or _covered(taken, m.start(1), m.end(1)):
            continue
        if word[0].isupper():
            if not _could_be_name([low], lex, places):
                continue  # "Honestly you are", "Team you are"
        elif not _lower_nameish(low, lex):
            continue
        out.append(_name(m.start(1), m.end(1), word, "the person a message praises", 0.7))
    return out


# "mums surname spelt Fairburn", "name misspelled as 'Kuitim'": a name spelled out as a name.
_SPELT_RE = re.compile(
    r"(?:spelt|spelled|misspelt|misspelled|spelling)[ \t]+(?:(?:as|wrongly|wrong|it)[ \t]+){0,2}"
    r"[\"“‘']?([A-ZÀ-Þ][A-Za-zÀ-ÿ'’\-]+(?:[ \t][A-ZÀ-Þ][A-Za-zÀ-ÿ'’\-]+)?)")
_SPELT_NAME_BEFORE_RE = re.compile(r"\b(?:sur)?names?\b", re.IGNORECASE)


def _spelt_names(text: str, taken: list[tuple[int, int]], lex: Lexicon) -> list[Candidate]:
    """`taken` leaves out spans that are only a town: a town's name spelled as a surname is
    the surname."""
    out: list[Candidate] = []
    for m in cued(_SPELT_RE, text, ("spelt", "spelled", "misspelt", "misspelled", "spelling")):
        if not _SPELT_NAME_BEFORE_RE.search(text, max(0, m.start() - 40), m.start()):
            continue
        words = m.group(1).split()
        lows = [w.lower() for w in words]
        # a place's name is a surname here ("Fairburn"); a word or a term is not
        if not _could_be_name(lows, lex, frozenset()) or _covered(taken, m.start(1), m.end(1)):
            continue
        out.append(_name(m.start(1), m.end(1), words[0], "a name as it was spelled", 0.75))
    return out


def _thanked(text: str, taken: list[tuple[int, int]], lex: Lexicon,
             places: frozenset[str]) -> list[Candidate]:
    out: list[Candidate] = []
    for m in cued(_THANKED_RE, text, _THANKED_STEMS):
        if m.group("praise") and "," in text[m.end("praise"):m.start("who")]:
            continue  # "Theatres good catch, Theatre 5": praise, then a place
        words = m.group("who").split()
        if not words[0][0].isupper():
            low = words[0].lower()
            listed = low in lex.first_names and low not in STOPWORDS and low not in lex.keep \
                and low not in _NOT_THANKED_LOWER
            # "shout out 2 will", "well done grace", "big up to bill", "cheers gem" ending a
            # chat line ("thanks will" alone is "thanks, will do")
            praised = _lower_nameish(low, lex) or (listed and (
                m.group(0)[:1].lower() in "swb" or (
                    low not in _MODALS
                    and text[m.start("who") + len(low):m.start("who") + len(low) + 1] in ("\n", ""))))
            if (praised and not _covered(taken, m.start("who"), m.start("who") + len(low))
                    and (_next_char(text, m.start("who") + len(low)) in ("", ".", "!", ",", "\n")
                         or _next_word(text, m.start("who") + len(low)) in _AFTER_PRAISED)):
                out.append(_name(m.start("who"), m.start("who") + len(low), low,
                                 "lower-case name thanked or praised", 0.65))  # "nice work yus."
            continue
        if words[-1].lower() in _DEPARTMENT_WORDS and all(
                lex.is_basic(w.lower()) or w.lower() in lex.keep or w.lower() in _DEPARTMENT_WORDS
                for w in words):
            continue  # "Cc: Registered Manager", "Cc: Information Governance": a post, not a person
        keep = []
        for w in words:
            if not _name_part(w, lex, places) or (w.isupper() and len(w) > 1):
                break
            keep.append(w)
        if not keep:
            continue
        end = m.start("who") + len(" ".join(keep))
        if text[m.start("who"):end] != " ".join(keep):
            end = m.start("who") + len(keep[0])
        if _organisation_follows(text, end):
            continue  # "thanks to Riverside Surgery": an organisation, found elsewhere
        if not _covered(taken, m.start("who"), end):
            out.append(_name(m.start("who"), end, keep[0], "name thanked or copied in", 0.75))
        # "Thanks to Lucia for the rota and to J-B for covering": the thanks go on to another
        for more in _AND_TO_RE.finditer(text, end, min(len(text), end + 120)):
            if "\n" in text[end:more.start()] or "." in text[end:more.start()].rstrip("."):
                break
            word = more.group(1)
            low = word.lower()
            if (_covered(taken, more.start(1), more.end(1)) or low in places
                    or (low in lex.keep and not (word[1:].islower() and (
                        low in lex.first_names or low in _FIRST_NAMES_OFF_THE_LIST)))
                    or low in _PERSONISH or low in NAME_CUES or low in STOPWORDS
                    or (lex.is_basic(low) and low not in lex.first_names
                        and low not in _FIRST_NAMES_OFF_THE_LIST)):
                continue
            out.append(_name(more.start(1), more.end(1), word, "name thanked or copied in", 0.7))
    return out


_AND_TO_RE = re.compile(
    r"[ \t]+and[ \t]+(?:also[ \t]+)?to[ \t]+([A-Z][a-z'’]*(?:-[A-Z][a-z'’]*)?)(?![\w'’\-])")


# "PC Gold rang", "Sgt Payne", "DC Webb": a rank or title before a capitalised word that is
# also an everyday word. The title says it is a person.
_TITLED_RE = re.compile(
    leading_words("PC DC DS DI Sgt Insp Cllr Mr Mrs Ms Miss Mx Dr Capt Nurse Sister Matron Rev".split())
    + r"\.?"
    r"[ \t]+(?:\d{2,5}[ \t]+)?(" + _PART + r")"
)
# "the one they call Stretch", "the lads call him Bluey": what people call someone.
_THEY_CALL_WORDS = "they we everyone everybody people lads kids girls boys staff".split()
_THEY_CALL_RE = re.compile(
    r"\b(?:" + "|".join(_THEY_CALL_WORDS) + r")[ \t]+call(?:s|ed)?"
    r"(?:[ \t]+(?:him|her|them))?[ \t]+[\"'‘“]?(" + _PART + r")")
_THEY_CALL_FIRSTS = first_words(_THEY_CALL_WORDS)  # each match opens on one, a whole word
# "known as Tiny", "her name was Trace", "calls himself Duke": what follows is what they
# are called.
_CALLED_RE = re.compile(
    r"[kgcna](?<!\w.)(?:(?<=k)nown(?:[ \t]+to[ \t]+(?:everyone|everybody|all|staff|us|them"
    r"|friends|family|the[ \t]+team))?[ \t]+as|(?<=g)oes[ \t]+by|(?<=c)alls?[ \t]+(?:him|her|them)"
    r"sel(?:f|ves)|(?<=n)(?:icknamed|ame[ \t]+(?:is|was|as))|(?<=a)(?:ka|\.k\.a\.?))"
    r"[ \t]+[\"'‘“]?(" + _PART + r")",
    re.IGNORECASE,
)
# The whole word each match of _CALLED_RE opens on ("a" of "a.k.a.").
_CALLED_FIRSTS = frozenset("known goes call calls nicknamed name aka a".split())
# "Mr G" (George), "Mrs K.": a title before a lone capital stands for a surname.
_TITLED_LETTER_RE = re.compile(
    leading_words("Mr Mrs Ms Miss Mx Dr Uncle Auntie Aunty Aunt Nan Nanna Cousin".split())
    + r"\.?[ \t]+([A-Z])(?:\.(?![ \t]*[A-Z][a-z])|(?![\w.\-]|['’]\w))")
# "its dale here", "this is carl hebden": a caller or dictating writer says who they are.
_SELF_INTRO_RE = re.compile(
    r"[iItT](?<!\w.)(?:(?<=[iI])[tT](?:'?[sS]|’[sS])|(?<=[tT])[hH][iI][sS][ \t]+[iI][sS])"
    r"[ \t]+([a-z][a-z'’\-]{2,})(?:[ \t]+([a-z][a-z'’\-]{2,}))?"
    r"[ \t]+(?:here|speaking|calling|from|on)\b", re.IGNORECASE)
_SELF_INTRO_FIRSTS = frozenset(("it", "its", "this"))  # the whole word a match opens on
# "thanks re Grace Y9", "Kai (Year 7)": a first name with a school year is a pupil.
_SCHOOL_YEAR_RE = re.compile(
    r"([A-Z](?<![\w'’\-].)[a-z'’\-]+)[ \t]+\(?(?:(?:Y|Yr|Year)[ \t]?(?:[1-9]|1[0-3])|P[1-7]|S[1-6])\b\)?")
# Airline and booking systems write names SURNAME/FIRSTNAME MS.
_PNR_NAME_RE = re.compile(
    r"[A-Z](?<![\w/].)[A-Z'\-]{1,24}/[A-Z][A-Z'\-]{1,24}(?:[ \t]+(?:MR|MRS|MS|MISS|MSTR|DR|MX))?"
    r"(?![\w/])"
    # "FOUBISTER/J MR": a surname and an initial, with the title that makes it a passenger
    r"|[A-Z](?<![\w/].)[A-Z'\-]{1,24}/[A-Z](?=[ \t]+(?:MR|MRS|MS|MISS|MSTR|DR|MX)\b)"
)


def _titled_and_called(text: str, taken: list[tuple[int, int]], lex: Lexicon,
                       places: frozenset[str]) -> list[Candidate]:
    out: list[Candidate] = []
    for matches, reason in (
            (_TITLED_RE.finditer(text), "capitalised word after a title or rank"),
            (word_led(_CALLED_RE, text, _CALLED_FIRSTS), "what a person is known as"),
            (word_led(_THEY_CALL_RE, text, _THEY_CALL_FIRSTS), "what a person is known as")):
        for m in matches:
            word = m.group(1)
            if not word[0].isupper() or not _name_part(word, lex, places):
                continue
            if _covered(taken, m.start(1), m.end(1)):
                continue
            out.append(_name(m.start(1), m.end(1), word, reason, 0.75))
    for m in _TITLED_LETTER_RE.finditer(text):
        if not _covered(taken, m.start(1), m.end(1)):
            out.append(_by_initials(m.start(1), m.end(1), m.group(1), "a title before an initial", 0.7))
    for m in word_led(_SELF_INTRO_RE, text, _SELF_INTRO_FIRSTS):
        first, second = m.group(1), m.group(2)
        low = first.lower()
        if (low not in lex.first_names or lex.is_basic(low) and low not in lex.first_names
                or _covered(taken, m.start(1), m.end(1))):
            continue
        end = m.end(2) if second and (second.lower() in lex.surnames
                                      or not lex.is_common(second.lower())) else m.end(1)
        out.append(_name(m.start(1), end, first, "a writer saying who they are", 0.7))
    for m in _SCHOOL_YEAR_RE.finditer(text):
        low = m.group(1).lower()
        # "Sol (Year 9)": in brackets, any word outside the basic vocabulary is the pupil's name
        listed = low in lex.first_names or ("(" in m.group(0) and not lex.is_basic(low)
                                            and low not in _PERSONISH and low not in NAME_CUES)
        if (listed and low not in lex.keep and low not in places
                and not _covered(taken, m.start(1), m.end(1))):
            out.append(_name(m.start(1), m.end(1), m.group(1), "a pupil with a school year", 0.7))
    for m in _PNR_NAME_RE.finditer(text):
        parts = [w.lower() for w in m.group(0).split()[0].split("/")]
        if all(p in lex.first_names or p in lex.surnames or not lex.is_common(p) or len(p) == 1
               for p in parts) and not any(p in lex.keep for p in parts):
            # never "YES/NO", "AND/OR", "FBC/LFT"
            out.append(_name(m.start(), m.end(), m.group(0).split("/")[1],
                             "SURNAME/FIRSTNAME as booking systems write it", 0.95))
    return out


# "mum's boyfriend clay grabbed me", "nephew jay.", "carer misty swan let", "mum jade let me
# in", "receptionist abi spotted", "baby rio was": a lower-case word straight after a word for
# a relation, a carer or a role, where a verb or the end of the clause follows, is that
# person's name.
_LOWER_RELATIONS = frozenset(
    "boyfriend girlfriend partner nephew niece son daughter brother sister cousin uncle aunt "
    "auntie carer girl boy lad mate friend stepdad stepmum grandson granddaughter instructor "
    "coach neighbour colleague student trainee porter driver keyworker husband wife".split())
# Other words for a person: after these only a first name or a word in no dictionary is taken,
# never an everyday word ("nurse practitioner said", "patient transport arrived").
_LOWER_CUES = (NAME_CUES | _RELATIONS | (WEAK_TITLES - frozenset("nan nanna nana".split()))
               | frozenset("apprentice mechanic ojti atco receptionist fc mgr lads leader operator "
                           "sitter pa".split())
               ) - frozenset(
    "called named aka nicknamed known ex head lead deputy assistant agency bank person "
    "passenger pax patient resident client pt cyp yp".split()) - _LOWER_RELATIONS
_LOWER_FOLLOW_VERBS = frozenset(
    "said says told grabbed hit was is has had let came went rang who and gave took left asked "
    "refused shouted called aware didnt didn't wasnt wasn't hadnt kept knew saw found caught "
    "made did got put ran sat brought".split())
_LOWER_AFTER_RELATION_RE = re.compile(
    r"(" + leading_words(_LOWER_CUES | _LOWER_RELATIONS, r"[\w'’\-]", ignore_case=True) + r")"
    r"[ \t]+([a-zß-ÿā-ž][a-zß-ÿā-ž'’\-]{1,})(?:[ \t]+([a-zß-ÿā-ž][a-zß-ÿā-ž'’\-]{2,}))?"
    r"(?=[ \t]*(?:[,.;:!?()+&]|$)|[ \t]+(?:" + "|".join(sorted(_LOWER_FOLLOW_VERBS))
    + r"|[a-z]{3,}ed|\d{1,3}(?![\d:.]))\b)",
    re.M)
# Each match opens on a whole word, one of the cues or relations.
_LOWER_AFTER_RELATION_FIRSTS = first_words(_LOWER_CUES | _LOWER_RELATIONS)
# After "mum" or "carer", what is no one: a verb ("mum rang back"), shorthand ("appt
# tmrw"), a state ("lethargic"), a job ("endoscopist").
_NOT_AFTER_CARER = frozenset(
    """rang came took found brought saw met gone shaken appt tmrw rep solo kit setup pre-flight
    post-ictal invoice mad fatigue wouldnt couldnt didnt""".split())
_LOWER_NOT_NAMES = frozenset(
    """support worker workers team was is had has who and said says told with the a an in on
    at of for to from aged age also too now then still again there here home said""".split()
)


_ENGLISH_ENDINGS = (
    "tion", "sion", "ment", "ness", "ity", "ance", "ence", "ism", "able", "ible", "ful", "less",
    "ous", "ive", "ise", "ize", "ard", "ward", "wards", "ship", "hood")


def _english_made(word: str, lex: Lexicon) -> bool:
    """True for a word that is built the way English words are: a derivational ending, or two
    everyday words run together ("onboard", "misheard")."""
    if word.endswith(_ENGLISH_ENDINGS):
        return True
    if "-" in word:  # "sign-off", "hand-over": English words joined by a hyphen
        return all(part in lex.english and part not in lex.first_names for part in word.split("-"))
    return any(lex.is_common(word[:i]) and lex.is_common(word[i:])
               for i in range(3, len(word) - 2))


# "k said dean has not been round", "told jade had to": a lower-case first name between a
# verb of saying and an auxiliary is the person talked about.
_SAID_NAME_RE = re.compile(
    r"\b(?:said|says|told|tell|tells|asked|reported|thinks|thought)"
    r"(?:[ \t]+(?:her|him|me|us|them|that))?[ \t]+([a-z][a-z'’\-]{2,})"
    r"(?=[ \t]+(?:has|had|was|is|would|will|did|didn't|hasn't|wasn't|isn't|hadn't|won't|wouldn't|"
    r"hadnt|hasnt|wasnt|didnt|wont)\b)")


def _said_names(text: str, taken: list[tuple[int, int]], lex: Lexicon) -> list[Candidate]:
    out: list[Candidate] = []
    for m in cued(_SAID_NAME_RE, text, ("said", "says", "told", "tell", "asked", "reported",
                                        "thinks", "thought")):
        word = m.group(1)
        # a listed first name, or a word in no dictionary ("tell her deano has been round")
        unlisted = (len(word) >= 4 and not lex.is_common(word) and "'" not in word
                    and "’" not in word and not word.endswith(("ing", "ed", "ly"))
                    and not _english_made(word, lex))
        if ((word in lex.first_names or unlisted) and word not in _MODALS
                and word not in _MONTH_NAMES and word not in lex.keep
                and not _covered(taken, m.start(1), m.end(1))):
            out.append(_name(m.start(1), m.end(1), word, "a lower-case name after 'said'", 0.65))
    return out


# "so amber got the interpreter", "pat shut down straight away", "mel kept him in the kitchen":
# a first name in lower case, everyday word or not, straight before a verb only a person does.
_LOWER_ACTING_RE = re.compile(
    r"[ \t]+(?:said|says|told|rang|phoned|asked|got|kept|"
    r"took|came|went|saw|found|noticed|spotted|shouted|called|checked|did|made|put|gave|brought|"
    r"sorted|remembered|realised|realized|knew|thought|felt|wanted|needed|agreed|explained|"
    r"confirmed|stayed|left|arrived|shut|looked|walked|drove|picked|handed|answered|covered|"
    r"cried|screamed|ran|sat|stood|helped|offered|reckons|texted|messaged|emailed|wrote|signed|"
    r"booked|refused|admitted|denied|disclosed|tried|managed|spoke|talked|grabbed|hit|kicked|"
    r"pushed|punched|swore|threatened|hadnt|didnt|wasnt|couldnt|wouldnt|cant|had(?:n['’]t)|"
    r"did(?:n['’]t)|was(?:n['’]t)|could(?:n['’]t)|would(?:n['’]t)|can['’]t)\b")
# The whole word each of those verbs opens on ("hadn" in "hadn't", "can" in "can't").
_LOWER_ACTING_FIRSTS = frozenset(
    """said says told rang phoned asked got kept took came went saw found noticed spotted shouted
    called checked did made put gave brought sorted remembered realised realized knew thought
    felt wanted needed agreed explained confirmed stayed left arrived shut looked walked drove
    picked handed answered covered cried screamed ran sat stood helped offered reckons texted
    messaged emailed wrote signed booked refused admitted denied disclosed tried managed spoke
    talked grabbed hit kicked pushed punched swore threatened hadnt didnt wasnt couldnt wouldnt
    cant hadn didn wasn couldn wouldn can""".split())
# The word before such a verb, found by looking back from the verb (cheaper than trying every
# word of the report).
_WORD_BEFORE_VERB_RE = re.compile(r"(?<![\w'’\-])([a-z][a-z'’\-]{1,14})$")
# Words before those verbs that are not names: "the man said", "kit got", "the van came".
_NOT_ACTING = frozenset(
    """man son kit will mark van max wing min can guy trace memory honey miles journey my storm
    sky rain grant may june april august sue rob dick rich chase lane hunter gene art""".split())


# "a pic of lily-grace in her uniform": two first names joined by a hyphen, in lower case.
_LOWER_DOUBLE_NAME_RE = re.compile(r"[a-z](?<![\w@.'’\-/].)[a-z]{2,}-[a-z]{3,}(?![\w@'’\-/])")


def _lower_double_names(text: str, taken: list[tuple[int, int]], lex: Lexicon) -> list[Candidate]:
    out: list[Candidate] = []
    hyphens = [h for h in positions(text, "-")
               if text[h - 1:h].islower() and text[h + 1:h + 2].islower()]
    for m in near(_LOWER_DOUBLE_NAME_RE, text, hyphens, 16, 17):
        first, _, second = m.group(0).partition("-")
        if (first in lex.first_names and second in lex.first_names
                and m.group(0) not in lex.english
                and not any(w in _DAYS_MONTHS or w in lex.keep or w in STOPWORDS or w in _MODALS
                            for w in (first, second))
                and not _covered(taken, m.start(), m.end())):
            out.append(_name(m.start(), m.end(), m.group(0),
                             "two first names joined by a hyphen, in lower case", 0.65))
    return out


def _lower_acting(text: str, taken: list[tuple[int, int]], lex: Lexicon) -> list[Candidate]:
    out: list[Candidate] = []
    for verb in space_led(_LOWER_ACTING_RE, text, _LOWER_ACTING_FIRSTS):
        m = _WORD_BEFORE_VERB_RE.search(text, max(0, verb.start() - 16), verb.start())
        if m is None:
            continue
        word = m.group(1)
        if (word not in lex.first_names or word in _NOT_ACTING or len(word) < 3
                or word in _MODALS or word in STOPWORDS or word in _PERSONISH
                or word in _DETERMINERS or _covered(taken, m.start(1), m.end(1))
                or _prev_raw(text, m.start(1)) in _DETERMINERS):
            continue  # "the ray came back clear", "a grant was agreed": a thing, not a person
        out.append(_name(m.start(1), m.end(1), word, "a lower-case first name before a person's "
                         "verb", 0.65))
    return out


# "told dawn at handover", "spoke to jay after", "thanks to sunny (HCA)": a lower-case first
# name as the one spoken to, where what follows closes the phrase; an everyday word that is
# also a name ("dawn", "will", "summer") is a person here.
_SPOKEN_TO_FOLLOW = (
    r"(?=[ \t]*(?:\(|,|\.|;|:|!|\n|$)|[ \t]+(?:at|in|on|about|after|before|and|who|re|from|"
    r"if|when|but|so|n|&|\+|earlier|today|yesterday|tonight|later|straight|too|also|next|this|"
    r"last)\b)")
_SPOKEN_TO_LOWER_RE = re.compile(
    r"\b(?:told|tell|telling|asked|rang|phoned|texted|messaged|emailed|thanked|informed|updated|"
    r"warned|reminded|(?:spoke|spoken|speak|speaking|talked|talking|chatted|handed[ \t]+over|handover|"
    r"passed[ \t]+it|escalated|thanks|shout[ \t]*out|hand(?:ed)?(?:[ \t]+(?:it|this))?|"
    r"sent(?:[ \t]+(?:it|them|this|photos|pics))?|send(?:[ \t]+(?:it|them|this))?|"
    r"passed|given|gave[ \t]+it)[ \t]+to|shout[ \t-]*out[ \t]+2)[ \t]+([a-z][a-z'’\-]{1,14})"
    + _SPOKEN_TO_FOLLOW)
# "done by amber next day", "checked the dose w amber (MW)": who did it, or did it with the
# writer; found from "by" or "with", then the verb before it is checked.
_BY_OR_WITH_LOWER_RE = re.compile(
    r"(?:by|with|w/?)[ \t]+([a-z][a-z'’\-]{1,14})" + _SPOKEN_TO_FOLLOW)
_DONE_BEFORE_BY_RE = re.compile(
    r"\b(?:done|seen|written|led|taken|given|driven|caught|sorted|picked[ \t]+up|[a-z]{3,}ed)"
    r"[ \t]+$")
_DONE_BEFORE_WITH_RE = re.compile(
    r"\b(?:checked|checking|double[ \t-]checked|discussed|liaised|agreed|confirmed)"
    r"(?:[ \t]+(?:it|this|the[ \t]+[a-z]+))?[ \t]+$")


# "found by chance", "done by hand": what follows "by" in a phrase, not who.
_BY_IDIOMS = frozenset("chance luck accident default design hand mistake".split())
_SPOKEN_TO_STEMS = ("told", "tell", "asked", "rang", "phoned", "texted", "messaged", "emailed",
                    "thanked", "informed", "updated", "warned", "reminded", "spoke", "speak",
                    "talk", "chatted", "handed", "handover", "passed", "escalated", "thanks",
                    "shout", "hand", "sent", "send", "given", "gave")


# "ta will for legging it over", "carer will on Fri", "to will from the day hospice", "joy and
# will recognised": "will" typed in lower case where the modal cannot stand, since no verb
# follows it, after thanks, a role, or a word that joins it to another person.
_LOWER_WILL_RE = re.compile(
    r"\b(?:ta|thanks|thank[ \t]+you|cheers|to|with|by|carer|nurse|hca|and|&|\+)[ \t]+(will)"
    r"(?=[ \t]*(?:[,.!)]|\n(?![ \t]*[a-z])|$)"
    r"|[ \t]+(?:for(?![ \t]+(?:sure|now|certain|definite))|from|on|at|who|x|recognised|thanked)\b)")
# "jess was in pain, will remembered", "will rang round 4 pharmacies": a verb in the past,
# regular or not, which no modal takes; but "the will was read", "living will": the document.
_WILL_PAST_RE = re.compile(
    r"(?<![\w'’])(?<!the[ \t])(?<!his[ \t])(?<!her[ \t])(?<!living[ \t])(?<!their[ \t])"
    r"(will)(?=[ \t]+(?:(?!(?:em|im)?bed\b|shed\b|sled\b|shred\b)[a-z]+[^e\W]ed\b|"
    r"(?:rang|said|told|took|saw|gave|went|came|found|spoke|brought|drove|sent|got|did|made|kept|"
    r"wrote|ran|sat|stood|caught|met|knew|thought|heard|was|has|had)\b))")


# "bc dr h was off", "thanks to dr O for the training", "bloods on mr K (A9021LM)": a title,
# then one letter for the surname.
_TITLE_LETTER_RE = re.compile(
    r"(?<![\w'’])(?:(?:[Dd]r|DR|[Mm]rs?|MRS?|[Mm]s)\.?|Miss)[ \t]+([A-Za-z])(?![\w'’&\-]|\.\w)"
    r"(?=[ \t]+[a-z(]|[ \t]*[,;:)!?]|[ \t]*$)")


def _title_letters(text: str, taken: list[tuple[int, int]]) -> list[Candidate]:
    return [_by_initials(m.start(1), m.end(1), m.group(1).upper(), "a title, then one letter "
                         "for a surname", 0.7)
            for m in cued(_TITLE_LETTER_RE, text, ("dr", "mr", "ms", "miss"))
            if m.group(1).lower() not in "aiw" and not _covered(taken, m.start(1), m.end(1))]


def _lower_will(text: str, taken: list[tuple[int, int]]) -> list[Candidate]:
    found = list(_LOWER_WILL_RE.finditer(text)) + [
        m for m in _WILL_PAST_RE.finditer(text)
        if _prev_raw(text, m.start(1)) not in _PRONOUNS]  # "he will said nothing": a slip
    return [_name(m.start(1), m.end(1), "will", "'will' where no verb follows it", 0.65)
            for m in found if not _covered(taken, m.start(1), m.end(1))]


# "dispenser (PN)", "HV (SC)", "ED reg (TO)", "Medic 1 (JPW)": a role, then the initials of the
# person in it in brackets; letters that are a term elsewhere ("SC", "TO") are initials here.
_ROLE_THEN_INITIALS_RE = re.compile(
    r"\b([A-Za-z][A-Za-z\-]+)(?:[ \t]+\d)?[ \t]*\(([A-Z]{2,3})\)")
_PILOT_ROLES = frozenset("pf pm pnf".split())
_ROLE_WORDS_BEFORE_INITIALS = frozenset(
    "dispenser reg registrar sho fy1 fy2 medic reviewer typist scribe chair minutes operator "
    "hv sn rn hca nic emd sup tc eng engineering".split())


def _role_letters(low: str) -> bool:
    """Letters that are a role, a unit or a note, never the initials beside a role."""
    return (low in _ROLE_SHORT_SET or low in _CAPS_NOT_INITIALS or low in _ROLE_PAIRS
            or low in _UNITS_NOT_ATTENDEES or low in _PILOT_ROLES)


# Every match of _ROLE_THEN_INITIALS_RE ends on two or three capitals in brackets.
_BRACKETED_CAPS_RE = re.compile(r"\([A-Z]{2,3}\)")


def _initials_after_roles(text: str, taken: list[tuple[int, int]],
                          lex: Lexicon) -> list[Candidate]:
    out: list[Candidate] = []
    if _BRACKETED_CAPS_RE.search(text) is None:
        return out
    for m in _ROLE_THEN_INITIALS_RE.finditer(text):
        role, letters = m.group(1).lower(), m.group(2).lower()
        if not (role in _ROLE_TITLE_WORDS or role in _ROLE_WORDS_BEFORE_INITIALS):
            continue
        if _role_letters(letters) or _covered(taken, m.start(2), m.end(2)):
            continue  # "nurse (RGN)", "doctor (SHO)", "Captain (PF)": the role's own letters
        words = re.findall(r"[A-Za-z]+", text[max(0, m.start(1) - 40):m.end(1)])
        if "".join(w[0] for w in words[-len(letters):]).lower() == letters:
            continue  # "health advisor (HA)": the role spelt out, then its letters
        out.append(_by_initials(m.start(2), m.end(2), m.group(2),
                                "initials in brackets after a role", 0.65))
    return out


# "engineering (nev) says", "tc (kb)": a role, then who it was in lower case in brackets.
_ROLE_THEN_LOWER_RE = re.compile(r"\b([A-Za-z][A-Za-z\-]+)[ \t]*\(([a-z]{2,10})\)")


def _lower_after_roles(text: str, taken: list[tuple[int, int]], lex: Lexicon,
                       places: frozenset[str]) -> list[Candidate]:
    out: list[Candidate] = []
    brackets = positions(text, "(")
    for m in near(_ROLE_THEN_LOWER_RE, text, brackets, 30, 14):
        role, low = m.group(1).lower(), m.group(2)
        if not (role in _ROLE_TITLE_WORDS or role in _ROLE_WORDS_BEFORE_INITIALS) \
                or _covered(taken, m.start(2), m.end(2)):
            continue
        if low in lex.first_names and not _not_a_lower_name(low, lex, places) \
                and not lex.is_basic(low):
            out.append(_name(m.start(2), m.end(2), low, "a lower-case name in brackets after a "
                             "role", 0.65))
        elif len(low) <= 3 and low not in lex.english and not _role_letters(low) \
                and low not in lex.keep and low not in _TEXT_SPEAK:
            out.append(_by_initials(m.start(2), m.end(2), low.upper(), "lower-case initials in "
                                    "brackets after a role", 0.65))
    for m in near(_LOWER_THEN_ROLE_RE, text, brackets, 14, 8):
        # "ash (HA) took the call": a first name in lower case, then its role in brackets
        low = m.group(1)
        if m.group(2).lower() in _ROLE_SHORT_SET and low in lex.first_names \
                and not _not_a_lower_name(low, lex, places) and not _covered(taken, *m.span(1)):
            out.append(_name(m.start(1), m.end(1), low, "a lower-case name before its role in "
                             "brackets", 0.65))
    return out


_LOWER_THEN_ROLE_RE = re.compile(r"(?<![\w'’\-])([a-z]{2,10})[ \t]*\(([A-Z][A-Za-z]{1,4})\)")


# "completed by HT (NIC)", "GS (RP)", "NB (MDT coordinator)": initials, then the person's role
# in brackets; a term never has a role.
_INITIALS_THEN_ROLE_RE = re.compile(
    r"(?<![\w'’\-/])([A-Z]{2,3})[ \t]*\(((?:[A-Z]{2,4}[ \t]+)?[A-Za-z]+(?:[ \t]+[a-z]+)?)\)")
_INITIALS_THEN_REF_RE = re.compile(
    r"(?<![\w'’\-/])([A-Z]{2,3})[ \t]*\((?i:ref|case|id|nhs|hosp|crn|mrn)\b")
_BRACKET_ROLES = frozenset("rp oim hlo mgr lead locum agency bank".split())


def _initials_before_roles(text: str, taken: list[tuple[int, int]],
                           lex: Lexicon) -> list[Candidate]:
    out: list[Candidate] = []
    for m in near(_INITIALS_THEN_REF_RE, text, positions(text, "("), 6, 8):
        # "Item 4 - KT (ref MACE-2024-0612)": whose case the reference is
        if not (_role_letters(m.group(1).lower()) or m.group(1).lower() in lex.keep
                or _covered(taken, m.start(1), m.end(1))):
            out.append(_by_initials(m.start(1), m.end(1), m.group(1),
                                    "initials before their reference in brackets", 0.65))
    # Each match is two or three letters just before a bracket (or the spaces before one).
    for m in match_at(_INITIALS_THEN_ROLE_RE, text,
                      before_each(text, "(", (2, 3), skip_blanks=True)):
        letters, roles = m.group(1).lower(), m.group(2).lower().split()
        if not any(role in _ROLE_TITLE_WORDS or role in _ROLE_SHORT_SET or role in _BRACKET_ROLES
                   for role in roles):
            continue
        if _role_letters(letters) or letters in roles or _covered(taken, m.start(1), m.end(1)):
            continue  # "SW (duty)", "GP (locum)": a role with a word about it
        out.append(_by_initials(m.start(1), m.end(1), m.group(1),
                                "initials before their role in brackets", 0.65))
    return out


# "B1 M. Costa inspected", "R. Kettering   lactulose", "2   B. Firth   leg dressing": an
# initial with its full stop before a capitalised word is a name, even a word that is also a
# town, a brand or an everyday word; never a heading ("B. Actions") or "Appendix B. Summary".
_INITIAL_DOT_NAME_RE = re.compile(
    r"(?<![\w.'’\-&/])([A-Z])\.[ \t]?([A-Z][a-z'’]+(?:-[A-Z][a-z'’]+)?)(?![\w'’\-])")
_CELL_END_RE = re.compile(r"[ \t]{2,}|\t|[ \t]*\||[ \t]*(?:\n|$)")
_PART_LABEL_BEFORE_RE = re.compile(
    r"(?i)\b(?:appendix|annex|part|section|plan|option|fig|table)[ \t]*$")


def _initial_dot_names(text: str, taken: list[tuple[int, int]], lex: Lexicon,
                       places: frozenset[str]) -> list[Candidate]:
    out: list[Candidate] = []
    for m in match_at(_INITIAL_DOT_NAME_RE, text, before_each(text, ".", (1,))):  # "J. Smith"
        word = m.group(2)
        low = word.lower()
        if (lex.is_basic(low) or low in NAME_CUES or low in _PERSONISH or low in _DAYS_MONTHS
                or low in _ROLE_TITLE_WORDS or low in STOPWORDS
                or not (low in lex.surnames or low in lex.first_names or low in places
                        or (low not in lex.english and low not in lex.keep)
                        or _CELL_END_RE.match(text, m.end()))
                or _covered(taken, m.start(), m.end())):
            continue  # "consent form said R. Spotted at sign in": a sentence ends on a letter
        prev = WORD_BEFORE_RE.search(text, max(0, m.start() - 20), m.start())
        if prev is not None and prev.group(1).lower() in lex.english \
                and prev.group(1).lower() not in _INITIAL_SLOTS:
            continue  # "not squawking Mode C. Airprox filed", "hep B. Restarted"
        before = text[max(0, m.start() - 12):m.start()]
        if not before.strip() or before.rstrip().endswith((".", ":", "\n")) \
                or _PART_LABEL_BEFORE_RE.search(before):
            continue  # a heading's letter, or a letter that labels a part
        out.append(_name(m.start(), m.end(), word, "an initial and full stop before a name", 0.65))
    return out


# First names whose letters are a term only in capitals or as a system's name ("MEL", "SID",
# "RiO", "PRU"): typed in lower case in a person's slot, the name ("told mel on the doorstep").
_LOWER_NAMES_KEPT_IN_CAPS = frozenset("mel sid lars rio pru".split())


def _not_a_lower_name(word: str, lex: Lexicon, places: frozenset[str]) -> bool:
    """A lower-case word that no slot makes a person's name: not a listed first name, or a
    term, a place, a role, a modal, a day or a month."""
    return (word not in lex.first_names or (word in lex.keep and word not in _LOWER_NAMES_KEPT_IN_CAPS)
            or word in places
            or word in _PERSONISH or word in NAME_CUES or word in STOPWORDS
            or word in _MODALS or word in _DAYS_MONTHS)


def _spoken_to_lower(text: str, taken: list[tuple[int, int]], lex: Lexicon,
                     places: frozenset[str]) -> list[Candidate]:
    out: list[Candidate] = []
    found = list(cued(_SPOKEN_TO_LOWER_RE, text, _SPOKEN_TO_STEMS))
    for m in cued(_BY_OR_WITH_LOWER_RE, text, ("by", "with", "w")):
        done = _DONE_BEFORE_WITH_RE if m.group(0)[0] == "w" else _DONE_BEFORE_BY_RE
        if done.search(text, max(0, m.start() - 30), m.start()):
            found.append(m)
    for m in found:
        word = m.group(1)
        if (_not_a_lower_name(word, lex, places) or word in _BY_IDIOMS
                or _covered(taken, m.start(1), m.end(1))):
            continue
        out.append(_name(m.start(1), m.end(1), word, "a lower-case name spoken to", 0.65))
    return out


# "me + wren checked baby", "kez and me went back": a lower-case first name beside the writer,
# doing something with them.
_BESIDE_ME_VERB_RE = re.compile(
    r"[ \t]+(?:[a-z]{3,}ed|" + "|".join(sorted(_LOWER_FOLLOW_VERBS)) + r")\b")
# Only the words around "me" are looked at: "me + " then the name, or the name then " + me".
_ME_THEN_NAME_RE = re.compile(r"[ \t]*(?:\+|&|and|n)[ \t]*([a-z][a-z'’\-]{1,14})")
_NAME_THEN_ME_RE = re.compile(r"\b([a-z][a-z'’\-]{1,14})[ \t]*(?:\+|&|and|n)[ \t]*$")
_ME_RE = re.compile(r"\b(?:me|myself|i)\b")
_ME_FIRSTS = frozenset(("me", "myself", "i"))


def _with_me(text: str, taken: list[tuple[int, int]], lex: Lexicon,
             places: frozenset[str]) -> list[Candidate]:
    out: list[Candidate] = []
    for me in word_led(_ME_RE, text, _ME_FIRSTS):
        if me.group(0) != "i":
            after = _ME_THEN_NAME_RE.match(text, me.end())
            if after is not None and text[me.start() - 1:me.start()] == "(" \
                    and _next_char(text, after.end()) == ")":
                # "(me + bal) found": the pair in brackets who did it, the other named by
                # whatever the team calls them
                low = after.group(1)
                if not (low in lex.keep or low in STOPWORDS or low in _PERSONISH or low in NAME_CUES
                        or low in _NOT_COORDINATED or (lex.is_basic(low) and low not in lex.first_names)
                        or _covered(taken, after.start(1), after.end(1))):
                    out.append(_name(after.start(1), after.end(1), low, "a lower-case name in "
                                     "brackets beside the writer", 0.65))
                continue
            if after is not None and (_BESIDE_ME_VERB_RE.match(text, after.end()) or (
                    _prev_raw(text, me.start()) == "by" and _next_char(text, after.end()) in ",.;\n")):
                # "given by me + grace, steri strips ...": the two who did it
                out.extend(_beside_me(text, after.start(1), after.end(1), taken, lex, places))
                continue
        if _BESIDE_ME_VERB_RE.match(text, me.end()):
            before = _NAME_THEN_ME_RE.search(text, max(0, me.start() - 24), me.start())
            if before is not None:
                out.extend(_beside_me(text, before.start(1), before.end(1), taken, lex, places))
    return out


def _beside_me(text: str, start: int, end: int, taken: list[tuple[int, int]], lex: Lexicon,
               places: frozenset[str]) -> list[Candidate]:
    word = text[start:end]
    if _not_a_lower_name(word, lex, places) or _covered(taken, start, end):
        return []
    return [_name(start, end, word, "a lower-case name beside the writer", 0.65)]


# "Receptionist Flora recognised", "Colleague Coral on the desk", "Husband Reg noticed", "CCP
# Fern": a first name that is also an everyday word, capitalised straight after a word for a
# role or relation, where a verb, a preposition or the end of the clause follows. Found from
# the capitalised word (few are first names), then the word before it is checked.
_TITLE_WORD_RE = re.compile(r"(?<![\w'’\-])[A-Z][a-z]{1,14}(?![\w'’\-])")
_ROLE_BEFORE_CAPITAL_RE = re.compile(r"([A-Za-z][\w'’\-]*)[ \t]*\n?[ \t]*$")
_ROLE_CUE_WORDS = frozenset(w.lower() for w in _LOWER_CUES | _LOWER_RELATIONS) | {"ccp"}
_AFTER_ROLE_NAME_RE = re.compile(
    r"[ \t]*(?:[,.;:!?()]|\n|$)|[ \t]+(?:" + "|".join(sorted(_LOWER_FOLLOW_VERBS))
    + r"|[a-z]{3,}ed|on|at|in|from|with)\b")


# "DI: Rosheen.", "Coordinator on duty: Jarek.", "Scrub: HW   Circ: Teodora": a field whose
# label is a role, filled with one word or a person's letters and nothing else.
_FIELD_LABEL_RE = re.compile(
    r"(?:^|\n|[ \t]{2,}|\|[ \t]*|[.!?][ \t]+)((?:[A-Za-z][\w/&\-]*[ \t]){0,3}[A-Za-z][\w/&\-]*)"
    r"[ \t]*$")
_FIELD_VALUE_RE = re.compile(
    r"[ \t]*([A-ZÀ-Þ](?:[a-zß-ÿ'’\-]+|[A-Z]{1,2}))(?=[ \t]*(?:[.,;(]|\n|$|[ \t]{2,}|\|))")
# Theatre, flying and control-room roles that head such a field: the scrub and circulating
# practitioners, the duty instructor, the runner.
_FIELD_ROLES = frozenset("scrub circ circulator di capt runner odp anaes anaesthetics".split())


def _role_fields(text: str, taken: list[tuple[int, int]], lex: Lexicon,
                 places: frozenset[str]) -> list[Candidate]:
    out: list[Candidate] = []
    for colon in positions(text, ":"):
        value = _FIELD_VALUE_RE.match(text, colon + 1)  # checked first: one position
        if value is None or not (text[colon - 1:colon].isalpha() or text[colon - 1:colon] == " "):
            continue
        head = _FIELD_LABEL_RE.search(text, max(0, colon - 64), colon)
        if head is None:
            continue
        label = head.group(1).lower().split()
        if label[-2:] == ["on", "duty"] and len(label) > 2:
            label = label[:-2]  # "Coordinator on duty:"
        role = label[-1]
        if role in ("cc", "to", "from", "bcc"):
            continue  # a mail header: its own finder reads it
        if not (role in _PERSONISH or role in NAME_CUES or role in _ROLE_SHORT
                or role in _FIELD_ROLES) or role in _NOT_PERSON_HEADERS:
            continue
        word = value.group(1)
        low = word.lower()
        if _covered(taken, value.start(1), value.end(1)):
            continue
        if word.isupper():
            if len(word) >= 2 and _person_slot_letters(word, lex):
                out.append(_by_initials(value.start(1), value.end(1), word,
                                        "initials in a field for a role", 0.65))
            continue
        if (low in lex.keep or low in places or low in _PERSONISH or low in NAME_CUES
                or low in STOPWORDS or low in _DAYS_MONTHS or low in _NOT_NAME_PARTS
                or (lex.is_common(low) and low not in lex.first_names)):
            continue
        out.append(_name(value.start(1), value.end(1), word, "a name in a field for a role", 0.65))
    return out


def _capital_after_role(text: str, taken: list[tuple[int, int]], lex: Lexicon,
                        places: frozenset[str]) -> list[Candidate]:
    out: list[Candidate] = []
    first_names = lex.first_names
    for m in _TITLE_WORD_RE.finditer(text):
        word = m.group(0)
        low = word.lower()
        if not (low in first_names or low in _FIRST_NAMES_OFF_THE_LIST):
            continue
        if not _AFTER_ROLE_NAME_RE.match(text, m.end()):
            continue  # checked first: one position, where the cue is a search
        cue = _ROLE_BEFORE_CAPITAL_RE.search(text, max(0, m.start() - 30), m.start())
        if cue is None or cue.group(1).lower() not in _ROLE_CUE_WORDS:
            continue
        # "Husband Reg", "wife Sid": a relation before a name off the lists outweighs its
        # reading as a term
        relation = low in _FIRST_NAMES_OFF_THE_LIST and cue.group(1).lower() in _LOWER_RELATIONS
        if ((not relation and (low in lex.keep or low in _PERSONISH))
                or low in places or low in NAME_CUES
                or low in _MODALS or low in _DAYS_MONTHS or low in STOPWORDS
                or _covered(taken, m.start(), m.end())):
            continue
        out.append(_name(m.start(), m.end(), word, "a first name after a role or relation",
                         0.65))
    return out


def _lower_after_relation(text: str, taken: list[tuple[int, int]],
                          lex: Lexicon) -> list[Candidate]:
    out: list[Candidate] = []
    for m in word_led(_LOWER_AFTER_RELATION_RE, text, _LOWER_AFTER_RELATION_FIRSTS):
        first, second = m.group(2), m.group(3)
        named = first in lex.first_names
        relation = m.group(1).lower() in _RELATIONS
        if (first in _LOWER_NOT_NAMES or (first in lex.keep and not (named and relation))
                or first in NAME_CUES or first in _MODALS or first in STOPWORDS
                or (not named and (first in _LOWER_FOLLOW_VERBS or first in _NOT_AFTER_CARER
                                   or first.endswith(("ist", "ic", "al", "ue"))))
                or first.endswith(("ed", "ing", "ly", "ologist", "ician", "iatrist"))
                or len(first) < 3
                or (first.endswith("s") and first[:-1] in lex.english)):  # "stepdad grabs her"
            continue
        if "'" in first or "’" in first or (not named and _english_made(first, lex)):
            continue  # "wasn't", "misheard", "incapacitation": English, not a name
        if lex.is_basic(first) and not named and not (
                second and second in lex.surnames and not lex.is_common(second)):
            continue  # "sister ward", "son fine": everyday words, unless a surname follows
        if not named and (lex.is_common(first) or is_drug_name(first)) and (
                m.group(1).lower() not in _LOWER_RELATIONS
                or _next_word(text, m.end(3 if second else 2)) not in _LOWER_FOLLOW_VERBS | {""}):
            continue  # "nurse practitioner said", "carer text received": only a name will do
        end = m.end(2)
        if second and second not in _LOWER_NOT_NAMES and (
                second in lex.surnames or not lex.is_common(second)):
            end = m.end(3)
        if _covered(taken, m.start(2), m.end(2)):
            continue
        if _covered(taken, m.start(2), end):
            end = m.end(2)  # the surname was found already: "girl misty o'brien"
        out.append(_name(m.start(2), end, first, "lower-case name after a relation or carer", 0.65))
    return out


# "Supervisee: Rachael Stothard ... RS coordinated ... Signed RS / OF": minutes, supervision
# notes and e-mail threads name a person once in full and then by their initials; a capital
# pair or triple that spells the initials of a name found in the same report is that person.
# A lone letter does the same where a person acts or signs off ("k said", "J x").
_CAPS_TOKEN_RE = re.compile(r"([A-Z](?<![\w'’\-/.].)[A-Z]{1,2})(?![\w\-/]|\.\w)")
# "- AO, LS, PK, JT.", "HS, JI and NB": three or more sets of initials in a list.
_INITIALS_LIST_RE = re.compile(
    r"[A-Z](?<![\w'’\-/.].)[A-Z]{1,2}(?:[ \t]*,[ \t]*[A-Z]{2,3}){1,}(?:[ \t]*(?:,|and|&)[ \t]*[A-Z]{2,3})"
    r"(?![\w\-/])")
_LONE_LETTER_RE = re.compile(
    r"([B-HJ-Zb-hj-z])(?<![\w'’\-/.&].)(?:(?=['’]s[ \t]+(?:room|bedroom|mum|dad|nan|phone|bag|"
    r"school|carer|sw|worker)\b)|(?=[ \t]+(?:said|says|told|was|is|has|had|rang|asked|"
    r"went|came|left|agreed|felt|thinks|thought|seemed|arrested|returned|refused|disclosed|"
    r"admitted|denied|attended|stated|spoke|ran|walked|shouted|cried|slept|called|helped|"
    r"needed|wanted|kept|took|got|checked|noticed|spotted)\b(?<![nur][ \t]called)"
    r"(?<![nur][ \t]helped)(?<![nur][ \t]needed)(?<![nur][ \t]wanted)(?<![nur][ \t]kept)"
    r"(?<![nur][ \t]took)(?<![nur][ \t]got)(?<![nur][ \t]checked)(?<![nur][ \t]noticed)"
    r"(?<![nur][ \t]spotted))"
    r"|(?=\.?[ \t]*(?:x+)?[ \t]*(?:\n|$)))")


_LONE_LETTERS = frozenset("bcdefghjklmnopqrstuvwxyz")


def _lone_letter_matches(text: str) -> Iterator[re.Match[str]]:
    """The matches of _LONE_LETTER_RE.finditer(text). Each is a letter that begins a word of
    the text, the whole word or the letter and a kiss ("Jxx"), so it is only tried there."""
    index = word_index(text)
    if index is None:
        return _LONE_LETTER_RE.finditer(text)
    starts = sorted(s for w, at in index.items()
                    if w[0] in _LONE_LETTERS and not w[1:].strip("x") for s in at)
    return match_at(_LONE_LETTER_RE, text, starts)


def _initials_of(name: str) -> set[str]:
    words = [w for w in _NAME_SPLIT_RE.split(name) if w[:1].isalpha()]
    if len(words) < 2:
        return set()
    first, last = words[0][0], words[-1][0]
    out = {(first + last).upper()}
    split = _MC_SPLIT_RE.match(words[-1])
    if split:  # "L. O'Driscoll" signs LOD, "Ross McKay" RMK
        out.add((first + split.group(1)[0] + split.group(2)).upper())
    if len(words) == 3:
        out.add("".join(w[0] for w in words).upper())
        if "-" in name.split()[-1]:
            out.add((first + words[1][0]).upper())  # "Amara Mensah-Boateng" signs AM too
    return out


def _whole_cell(text: str, start: int, end: int) -> bool:
    """The letters are the whole of a pipe-delimited table cell ("| AM |"): in a checklist
    signed by Amara Mensah, "AM" in the "Checked by" column is her, not the morning."""
    return (text[:start].rstrip(" \t").endswith("|")
            and text[end:].lstrip(" \t")[:1] in ("|", "\n", ""))


def _derived_initials(text: str, confirmed: list[Candidate], taken: list[tuple[int, int]],
                      lex: Lexicon) -> list[Candidate]:
    full = [text[c.start:c.end] for c in confirmed if c.kind == "name"]
    pairs: set[str] = set()
    letters: set[str] = set()
    for name in full:
        name = _LEADING_TITLE_RE.sub("", name)
        pairs |= _initials_of(name)
        if name[:1].isalpha():
            letters.add(name[0] if name[0].islower() else name[0].lower() + "^")
    out: list[Candidate] = []
    if pairs:
        for m in _CAPS_TOKEN_RE.finditer(text):
            code = m.group(1)
            if (code in pairs and (code.lower() not in lex.keep or _whole_cell(text, m.start(1), m.end(1)))
                    and code.lower() not in _ROLE_PAIRS
                    and not _covered(taken, m.start(1), m.end(1))):
                out.append(_by_initials(m.start(1), m.end(1), code, "initials of a name found in the report",
                                        0.7))
    named = {(c.start, c.end) for c in confirmed if c.kind == "name"} | {
        (c.start, c.end) for c in out}
    for m in _INITIALS_LIST_RE.finditer(text):
        items = list(re.finditer(r"[A-Z]{2,3}", m.group(0)))
        spans = [(m.start() + i.start(), m.start() + i.end()) for i in items]
        if not any(sp in named for sp in spans):
            continue  # "ED, ICU, HDU": a list of places unless one of them is a person
        for (s, e), i in zip(spans, items, strict=True):
            low = i.group(0).lower()
            if (s, e) in named or low in lex.keep or low in _ROLE_PAIRS or _covered(taken, s, e):
                continue
            out.append(_by_initials(s, e, i.group(0), "initials in a list with a person's initials", 0.65))
    # "Dylan (7) ... Dyl up at 7": a short form of a first name found in the report.
    firsts = {w.lower() for c in confirmed if c.kind == "name"
              for w in _WORD_RE.findall(text[c.start:c.end])[:1] if len(w) >= 5}
    if firsts:
        for whole in sorted(firsts):
            for k in (3, 4, 5):
                short = whole[:k].capitalize()
                if k >= len(whole) or short.lower() in lex.keep or lex.is_basic(short.lower()):
                    continue
                at = text.find(short)
                while at >= 0:
                    end = at + k
                    # added even where another rule found the word, so the short form joins the
                    # person it stands for ("Dylan ... Dyl" get one placeholder)
                    if ((at == 0 or not (text[at - 1].isalnum() or text[at - 1] in "'’-"))
                            and (end == len(text) or not (text[end].isalnum() or text[end] == "-"))):
                        out.append(Candidate(at, end, "name", 0.7,
                                             "short form of a name found in the report",
                                             meta={"tokens": whole, "initials": whole[0].upper()}))
                    at = text.find(short, end)
    wanted = {x[0].upper() for x in letters} | {x for x in letters if len(x) == 1}
    lone = (_lone_letter_matches(text) if text[:1] in wanted or any(
        f" {ch}" in text or f"\n{ch}" in text or f"\t{ch}" in text for ch in wanted) else ())
    for m in lone:
        letter = m.group(1)
        # A capital stands for any name with that initial; a lower-case letter only for a name
        # written in lower case, and only where the person acts ("k said").
        if (letter.lower() + "^" if letter.isupper() else letter) not in letters and not (
                letter.isupper() and letter.lower() in letters):
            continue
        if _covered(taken, m.start(1), m.end(1)):
            continue
        if letter.islower() and m.group(0) == letter and not _next_word(text, m.end(1)):
            continue
        line_start = text.rfind("\n", 0, m.start(1)) + 1
        before = text[line_start:m.start(1)].strip(" \t-–—")
        if before and not (before[-1] in ".!?:;," or text[m.start(1) - 1] in " \t"):
            continue
        if before and m.group(0) == letter and text[m.end(1):m.end(1) + 1] in ("", "\n") \
                and before[-1] not in ".!?":
            continue  # "... plan A" at a line end: a letter in a sentence, not a sign-off
        out.append(_by_initials(m.start(1), m.end(1), letter.upper(),
                                "a found name's initial standing for the person", 0.6))
    return out


# "blossom and sonny Carpenter", "Coral and Misha Bhattacharya", "(Flint 9 and Jasper 11)":
# a word joined by "and" to a found name, with an age between if the writer gave one.
# Initials join the same way, and by a comma too: "JS and T. Okafor", "Staff: JS, T. Okafor".
_BRACKET_AGE = r"[ \t]*\((?:aged[ \t]*)?\d{1,2}\)"
_BRACKET_AGE_RE = re.compile(_BRACKET_AGE)
_AGE_GAP = (r"(?:[ \t]+(?:aged[ \t]+)?\d{1,2}(?:[ \t]*(?:yrs?|yo|years?))?"
            rf"|{_BRACKET_AGE})?")  # "sofia 4 and mateo", "Minh (8) and An (5)"
_COORD_WORD = r"[A-Za-z][a-z'’\-]+|[A-Z]{2,3}"
_COORD_LEFT_RE = re.compile(
    rf"(?<![\w'’\-])({_COORD_WORD}){_AGE_GAP}(?:[ \t]+(?:and|&|\+|or)|[ \t]*(,))[ \t]+$")
_COORD_RIGHT_RE = re.compile(
    rf"{_AGE_GAP}(?:[ \t]+(?:and|&|\+|or)|[ \t]*(,))[ \t]+({_COORD_WORD})(?![\w@\-])")
_NOT_COORDINATED = _NOT_NAME_PARTS | NAME_CUES | _LOWER_NOT_NAMES | _TITLEISH | frozenset(
    "me us him them her his their its both all other others everyone family families kids "
    "children siblings sibs staff police".split()
)
# Where a lower-case word may stand as a person before "and": after a verb of meeting or a
# preposition, or at the start of a sentence ("went to see blossom and sonny", ". bay and sonny").
_CAPS_NOT_INITIALS = frozenset("ok na nb am pm tbc it ie eg vs re fyi asap aob etc id fi".split())
_LOWER_COORD_BEFORE = frozenset(
    "see saw seen visit visited visiting meet met meeting with to for from re between "
    "told asked called rang phoned texted emailed".split()
)
_LOWER_COORD_AFTER = frozenset(
    "were are had have both said told went came left got seemed looked".split()
)


_LOWER_INITIALS_NAME_RE = re.compile(r"[a-z]{2}")


def _coordinated(text: str, confirmed: list[Candidate], taken: list[tuple[int, int]],
                 lex: Lexicon, places: frozenset[str]) -> list[Candidate]:
    """Words joined by "and" to a found name are people too, written the same way."""
    out: list[Candidate] = []
    seen: set[int] = set()
    for c in confirmed:
        if c.kind != "name" or c.end - c.start < 2:
            continue
        first = _WORD_RE.match(text, c.start)
        lower_name = first is not None and first.group(0).islower() \
            and first.group(0) not in _TITLEISH
        # Only worth a search when "and", "&", "or" or a comma comes just before the name.
        before = text[max(0, c.start - 60):c.start].rstrip(" \t")
        left = (_COORD_LEFT_RE.search(text, max(0, c.start - 60), c.start)
                if before.endswith(("and", "&", "+", "or", ",")) else None)
        right = _COORD_RIGHT_RE.match(text, c.end)
        for m, side in ((left, "left"), (right, "right")):
            if m is None:
                continue
            group, comma = (1, m.group(2)) if side == "left" else (2, m.group(1))
            start, end = m.start(group), m.end(group)
            if start in seen or _covered(taken, start, end):
                continue
            word = m.group(group)
            low = word.lower()
            if "+" in m.group(0) and not (word[0].islower() and lower_name):
                continue  # "Sandeep + MCC", "Dembele + Custodial Manager": "+" joins jottings
            if word.isupper():
                # Not a role after a name ("Precious Ncube, RCW"), a title before one ("and PC
                # Gareth Lloyd"), or a thing ("a PA and Dr Yusuf"); a comma joins initials
                # only in a list that opens a line or follows a colon ("Staff: JS, T. Okafor").
                if (low in lex.keep or low in _CAPS_NOT_INITIALS or low in lex.basic
                        or re.match(r"[ \t]+[A-Z]", text[end:end + 2])
                        or (side == "left" and _prev_raw(text, start) in _DETERMINERS)
                        or (comma and (side == "right" or not _list_opening(text, start)))):
                    continue
                seen.add(start)
                out.append(_name(start, end, word, "initials joined to a name", 0.6))
                continue
            if (not comma and word.islower() and len(low) == 2 and _LOWER_INITIALS_NAME_RE.fullmatch(
                    text, c.start, c.end) and not (lex.is_basic(low) or low in STOPWORDS
                                                 or low in lex.keep or low in _TEXT_SPEAK)):
                # "signed by jk and tb": lower-case initials joined to lower-case initials
                seen.add(start)
                out.append(_by_initials(start, end, low.upper(), "initials joined to a name", 0.6))
                continue
            aged = side == "left" and re.search(r"\d", text[end:m.end()]) is not None
            # "Minh (8) and An (5)": a short capitalised word with an age in brackets, like
            # the name it is joined to, is a child's name, even when it spells a little word
            # "Escort: Bolton & Cartwright (OSG)": a place that is also a surname, joined to a
            # surname standing alone, is the other officer
            paired_surnames = (word[:1].isupper() and low in lex.surnames
                               and " " not in text[c.start:c.end]
                               and text[c.start:c.end].lower() in lex.surnames
                               and text[c.start:c.end].lower() not in lex.first_names)
            bracket_aged = (side == "right" and word[:1].isupper() and word[1:].islower()
                            and _BRACKET_AGE_RE.match(text, end) is not None
                            and _BRACKET_AGE_RE.match(text, c.end) is not None)
            if comma or (((len(low) < 3 or low in STOPWORDS or low in _NOT_COORDINATED)
                          and not (bracket_aged and len(low) < 4))
                         or low in lex.keep
                         or (low in places and not aged and not paired_surnames)
                         or low in lex.eponyms
                         or low.endswith(("ing", "ly"))):
                continue  # a place is a child's name when an age follows: "sofia 4 and mateo"
            if word[0].islower():
                if not lower_name or (lex.is_common(low) and low not in lex.first_names and (
                        lex.is_basic(low) or not _lower_slot(text, start, end, side))):
                    continue  # "from contact and rileys dad": an everyday word
            elif lex.is_common(low) and low not in lex.first_names and side == "left" and (
                    _sentence_start(text, start) or _ends_capitalised_phrase(text, start)):
                continue  # "Training and Jo ...", "the Early Help Assessment and Johnny"
            if side == "left" and _prev_raw(text, start) in _DETERMINERS:
                continue  # "the boys and Jo"
            seen.add(start)
            out.append(_name(start, end, word, "joined by 'and' to a name", 0.65))
    return out


# "Hussain/Lake", "Lake / Antoine": two people who did something together, written as a pair
# with a slash; once one is a found name, the other is a person too.
_SLASHED_PAIR_RE = re.compile(
    r"(?<![\w/'’\-])([A-Z][a-z'’\-]+)[ \t]*/[ \t]*([A-Z][a-z'’\-]+)(?![\w/'’\-])")


def _fills_a_cell(text: str, start: int, end: int) -> bool:
    """True when start..end is the whole of a typed table row's cell ("| Hussain/Lake |")."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line = text[line_start:len(text) if line_end < 0 else line_end]
    if "|" not in line:
        return False
    return any(at + len(cell) - len(cell.lstrip()) == start and cell.strip() == text[start:end]
               for at, cell in _cells(line, line_start))


def _slashed_pairs(text: str, confirmed: list[Candidate], taken: list[tuple[int, int]],
                   lex: Lexicon, places: frozenset[str]) -> list[Candidate]:
    out: list[Candidate] = []
    if "/" not in text:
        return out
    names = {(c.start, c.end) for c in confirmed if c.kind == "name"}
    for m in near(_SLASHED_PAIR_RE, text, positions(text, "/"), 30, 30):
        for found, other in ((1, 2), (2, 1)):
            if m.span(found) not in names or _covered(taken, *m.span(other)):
                continue
            low = m.group(other).lower()
            if (low in lex.keep or low in places or low in _PERSONISH or low in NAME_CUES
                    or low in _DAYS_MONTHS or low in STOPWORDS or low in _ROLE_TITLE_WORDS
                    or not (low in lex.surnames or low in lex.first_names or low not in lex.english
                            or _fills_a_cell(text, m.start(), m.end()))):
                continue  # "| Hussain/Lake |": a table's cell holds the pair and nothing else
            out.append(_name(m.start(other), m.end(other), m.group(other),
                             "paired with a name by a slash", 0.6))
    return out


# "night crew (Kit / Sol)", "Staff (Grace Adeyemi, Chip) followed": a short list in brackets,
# each item a capitalised word or two, one of them a found name; the others are people too.
_BRACKET_LIST_RE = re.compile(r"\(([^()\n]{3,60})\)")
_BRACKET_ITEM_SPLIT_RE = re.compile(r"[ \t]*(?:,|/|&|\+|\band\b)[ \t]*")
_BRACKET_CAPS_ITEM_RE = re.compile(r"[A-Z]{2,3}")
_BRACKET_ITEM_RE = re.compile(r"[A-Z][a-z'’\-]+(?:[ \t]+[A-Z][a-z'’\-]+)?")


def _bracketed_siblings(text: str, confirmed: list[Candidate], taken: list[tuple[int, int]],
                        lex: Lexicon, places: frozenset[str]) -> list[Candidate]:
    out: list[Candidate] = []
    if "(" not in text:
        return out
    names = [(c.start, c.end) for c in confirmed if c.kind == "name"]
    for m in _BRACKET_LIST_RE.finditer(text):
        inner = m.group(1)
        if not _BRACKET_ITEM_SPLIT_RE.search(inner):
            continue
        items: list[tuple[int, int]] = []
        pos = m.start(1)
        for part in _BRACKET_ITEM_SPLIT_RE.split(inner):
            at = text.index(part, pos)
            pos = at + len(part)
            items.append((at, pos))
        caps = all(_BRACKET_CAPS_ITEM_RE.fullmatch(text[s:e]) for s, e in items)
        if len(items) < 2 or len(items) > 6 \
                or not (caps or all(_BRACKET_ITEM_RE.fullmatch(text[s:e]) for s, e in items)):
            continue
        named = [any(ns <= s and e <= ne or s <= ns < e for ns, ne in names) for s, e in items]
        if not any(named):
            continue
        for (s, e), found in zip(items, named, strict=True):
            if found or _covered(taken, s, e):
                continue
            if caps:
                # "loaders (JB, DO)": initials in brackets beside found initials, whatever
                # word they spell, unless a term or a role
                if not (_role_letters(text[s:e].lower()) or text[s:e].lower() in lex.keep):
                    out.append(_by_initials(s, e, text[s:e], "initials in a list in brackets "
                                            "with a name", 0.6))
                continue
            lows = [w.lower() for w in text[s:e].split()]
            if any(w in lex.keep or w in places or w in _PERSONISH or w in NAME_CUES
                   or lex.is_basic(w) or w in _DAYS_MONTHS for w in lows):
                continue
            out.append(_name(s, e, text[s:e].split()[0], "in a list in brackets with a name",
                             0.6))
    return out


# "Crew tonight: Jago / Dr Quintero / Tash", "3 DNA - BK, LS, Gerry", "nights: Krzysztof, Tem":
# a short list of people, each item a name, a title and a name, or initials, perhaps with a
# note in brackets; once two of its items are found names, the rest are people too.
_LIST_TITLE = r"(?:(?:Dr|Mr|Mrs|Ms|Miss|Capt|Sgt|PC|Nurse)\.?[ \t]+)?"
_LIST_ITEM = (
    _LIST_TITLE + r"(?:[A-ZÀ-Þ][a-zß-ÿ'’\-]+(?:[ \t]+[A-ZÀ-Þ][a-zß-ÿ'’\-]+)?|[A-Z]{2,3}"
    r"|(?:[A-Z]\.){1,2}[A-Z]?\.?)(?:[ \t]*\([^()\n]{1,30}\))?")
_LIST_RUN_RE = re.compile(
    rf"(?:^|(?<=[:(])|(?<=[ \t][-–—]))[ \t]*({_LIST_ITEM}(?:[ \t]*[,/;&][ \t]*{_LIST_ITEM}){{1,8}})"
    r"[ \t]*(?=$|[).\n]|[ \t]+(?:-|–|—|->)[ \t])", re.M)
# The label before a list of two that says it holds people on a shift: "nights: Krzysztof, Tem".
_SHIFT_LABEL_RE = re.compile(
    r"(?i:nights?|days|lates?|earlies|early|shift|tonight|crew|team|staff|present|cover|on)[ \t]*:[ \t]*$")
_LIST_INITIALS_RE = re.compile(r"[A-Z]{2,3}")
_LIST_SEP_RE = re.compile(r"[ \t]*[,/;&][ \t]*")
_LIST_TITLE_RE = re.compile(_LIST_TITLE)


def _list_run_starts(text: str) -> list[int]:
    """Where a match of _LIST_RUN_RE can begin, in order: the start of a line, just after a
    colon or an opening bracket, or just after a dash with a space or tab before it."""
    out = set(before_each(text, "\n", (-1,)) + before_each(text, ":", (-1,))
              + before_each(text, "(", (-1,)))
    out.add(0)
    for dash in "-–—":
        out.update(i for i in before_each(text, dash, (-1,)) if i > 1 and text[i - 2] in " \t")
    return sorted(out)


def _listed_siblings(text: str, confirmed: list[Candidate], taken: list[tuple[int, int]],
                     lex: Lexicon, places: frozenset[str]) -> list[Candidate]:
    out: list[Candidate] = []
    names = [(c.start, c.end) for c in confirmed if c.kind == "name"]
    if not names:
        return out
    for m in match_at(_LIST_RUN_RE, text, _list_run_starts(text)):
        items: list[tuple[int, int]] = []
        pos = m.start(1)
        for sep in _LIST_SEP_RE.finditer(text, m.start(1), m.end(1)):
            if sep.start() < pos or text.count("(", pos, sep.start()) > text.count(")", pos, sep.start()):
                continue  # a comma or slash inside an item's brackets: "(RM, chair)"
            items.append((pos, sep.start()))
            pos = sep.end()
        items.append((pos, m.end(1)))
        named = [any(s <= ns < e for ns, _ne in names) for s, e in items]
        if sum(named) < 2 and not (
                len(items) == 2 and any(named)
                and _SHIFT_LABEL_RE.search(text, max(0, m.start() - 12), m.start(1))) and not (
                # "3 DNA - BK, LS, Gerry": one name among initials that read as no term
                len(items) >= 3 and any(named)
                and all(found or _LIST_INITIALS_RE.fullmatch(text[s:e]) and _initials_ok(text[s:e], lex)
                        for (s, e), found in zip(items, named, strict=True))):
            continue
        if len(items) == 2 and sum(named) == 2:
            continue
        for (s, e), found in zip(items, named, strict=True):
            if found:
                continue
            item = text[s:e]
            bracket = item.find("(")
            if bracket > 0:
                item = item[:bracket].rstrip()
            title = _LIST_TITLE_RE.match(item)
            s += title.end() if title else 0
            item = item[title.end():] if title else item
            e = s + len(item)
            if not item or _covered(taken, s, e):
                continue
            if item.isupper() or "." in item:
                if not _initials_ok(item, lex) or item.lower() in _UNITS_NOT_ATTENDEES:
                    continue
                out.append(_by_initials(s, e, item, "initials in a list of people", 0.6))
                continue
            lows = [w.lower() for w in item.split()]
            if any(w in lex.keep or w in places or w in _PERSONISH or w in NAME_CUES
                   or lex.is_basic(w) or w in _DAYS_MONTHS or w in STOPWORDS for w in lows):
                continue
            out.append(_name(s, e, item.split()[0], "in a list of people", 0.6))
    return out


# "three siblings (R, T and baby N)", "the two children linked to the address (AB and DM)":
# people counted in plural, then their initials in brackets.
_PEOPLE_THEN_INITIALS_RE = re.compile(
    r"\b(?i:children|siblings|kids|boys|girls|twins|brothers|sisters|sons|daughters|parents|"
    r"carers|young[ \t]+people|yps?|cyp|students|pupils|residents|patients|adults|males|females)"
    r"(?:[ \t]+[a-z]+){0,5}?[ \t]*\(((?:(?:baby[ \t]+)?[A-Z](?:\.?[A-Z]){0,2}\.?[ \t]*(?:,|and|&)[ \t]*)+"
    r"(?:baby[ \t]+)?[A-Z](?:\.?[A-Z]){0,2}\.?)\)")
_BRACKET_INITIAL_RE = re.compile(r"[A-Z](?:\.?[A-Z]){0,2}\.?")


_PEOPLE_COUNTED_STEMS = tuple(
    "children siblings kids boys girls twins brothers sisters sons daughters parents carers "
    "young yp cyp students pupils residents patients adults males females".split())


def _initials_of_people_counted(text: str, taken: list[tuple[int, int]]) -> list[Candidate]:
    out: list[Candidate] = []
    for m in cued(_PEOPLE_THEN_INITIALS_RE, text, _PEOPLE_COUNTED_STEMS):
        for item in _BRACKET_INITIAL_RE.finditer(text, m.start(1), m.end(1)):
            code = item.group(0)
            if code.replace(".", "").lower() in _CAPS_NOT_INITIALS \
                    or _covered(taken, item.start(), item.end()):
                continue
            out.append(_by_initials(item.start(), item.end(), code.replace(".", ""),
                                    "initials of people counted before them", 0.7))
    return out


# "J (15) came to the clinic", "a young person, K, aged 15", "Y11 LD (16)", "Case 1: MG, 2y":
# a person's initials, then their age.
_LETTERS_THEN_AGE_RE = re.compile(
    r"(?<![\w'’\-/.&])([A-Z]{1,3})(?:[ \t]*\((\d{1,2})(?:[ \t]*(?:y|yo|yrs?))?\)"
    r"|,[ \t]*(?:aged[ \t]+)?(\d{1,2})(?:[ \t]*(?:y|yo|yrs?|years?(?:[ \t]+old)?)\b|(?=,)))")
# Letters that a count in brackets follows: "DNA (3) this week", "ASB (2)".
_COUNTED_ABBREVIATIONS = frozenset("dna wnb asb dnr nfa mfh ooh cme ehe sen pru".split())
_NOT_BEFORE_LETTER = frozenset(
    "plan grade ward bay zone type category cat option block level stage phase class group "
    "team room bed unit site gate stand lane wing area point section part appendix annex "
    "schedule form exhibit list step tier band child baby patient adult person mother father "
    "parent sibling woman man girl boy infant".split())  # "Child Z, aged 11": a pseudonym


def _letters_with_ages(text: str, taken: list[tuple[int, int]], lex: Lexicon) -> list[Candidate]:
    out: list[Candidate] = []
    # Each match is one to three capitals, then a bracket (perhaps after spaces) or a comma.
    starts = sorted(set(before_each(text, "(", (1, 2, 3), skip_blanks=True)
                        + before_each(text, ",", (1, 2, 3))))
    for m in match_at(_LETTERS_THEN_AGE_RE, text, starts):
        code = m.group(1)
        age = int(m.group(2) or m.group(3))
        if age > 25 or _covered(taken, m.start(1), m.end(1)):
            continue
        if _prev_raw(text, m.start(1)) in _NOT_BEFORE_LETTER:
            continue
        if len(code) == 1:
            if code in "AI":
                continue
        elif (not _initials_ok(code, lex) or code.lower() in _UNITS_NOT_ATTENDEES
              or code.lower() in _COUNTED_ABBREVIATIONS):
            continue
        out.append(_by_initials(m.start(1), m.end(1), code, "initials with an age", 0.7))
    return out


# "- Winch running rough; Hooper to look Sun 9th", "Actions:\n- Okoro to chase the GP": who
# owns an action, a name opening an item or a clause, then "to" and what they will do.
_ACTION_VERBS = (
    r"(?:look|check|chase|review|confirm|contact|email|e-mail|ring|call|phone|speak|update|send|"
    r"book|arrange|liaise|follow|write|share|audit|raise|discuss|complete|sort|fix|order|add|"
    r"remind|brief|feed[ \t]+back|circulate|draft|amend|escalate)\b")
_ACTION_OWNER_RE = re.compile(
    r"(?:^|(?<=[;:])|(?<=\n))[ \t]*(?:[-•*][ \t]*)?([A-Z][a-z'’]+(?:-[A-Z][a-z'’]+)?)[ \t]+to[ \t]+"
    + _ACTION_VERBS, re.MULTILINE)
# What every owned action holds, found first with one cheap search.
_ACTION_VERB_RE = re.compile(r"[a-z'’][ \t]+to[ \t]+" + _ACTION_VERBS)


def _action_owners(text: str, taken: list[tuple[int, int]], lex: Lexicon,
                   places: frozenset[str]) -> list[Candidate]:
    out: list[Candidate] = []
    if _ACTION_VERB_RE.search(text) is None:
        return out
    for m in _ACTION_OWNER_RE.finditer(text):
        low = m.group(1).lower()
        if (_covered(taken, m.start(1), m.end(1)) or low in lex.keep or low in places
                or low in _PERSONISH or low in NAME_CUES or low in STOPWORDS
                or low in _DAYS_MONTHS or low in _NOT_NAME_PARTS
                or (lex.is_basic(low) and low not in lex.first_names and low not in lex.surnames)):
            continue  # "Pharmacy to review", "Estates to fix": a department, not a person
        out.append(_name(m.start(1), m.end(1), m.group(1), "a name owning an action", 0.65))
    return out


# "Dispatch handover 14:00 – SL → RB": who handed over to whom, one of them found.
_HANDOVER_PAIR_RE = re.compile(
    r"(?<![\w'’.\-])([A-Z]{2,3})[ \t]*(?:→|->|-->|⇒|>)[ \t]*([A-Z]{2,3})(?![\w'’\-])")


def _handover_pairs(text: str, confirmed: list[Candidate], taken: list[tuple[int, int]],
                    lex: Lexicon) -> list[Candidate]:
    out: list[Candidate] = []
    names = [(c.start, c.end) for c in confirmed if c.kind == "name"]
    for m in _HANDOVER_PAIR_RE.finditer(text):
        for this, other in ((1, 2), (2, 1)):
            if (_covered(names, m.start(other), m.end(other))
                    and not _covered(taken, m.start(this), m.end(this))
                    and _initials_ok(m.group(this), lex)):
                out.append(_by_initials(m.start(this), m.end(this), m.group(this),
                                        "initials handing over to a found name", 0.6))
    return out


def _ends_capitalised_phrase(text: str, start: int) -> bool:
    """True when the word at start closes a run of capitalised words ("Early Help Assessment")."""
    m = re.search(r"[A-Z][a-z]+[ \t]+$", text[max(0, start - 30):start])
    return m is not None and not _sentence_start(text, start)


def _list_opening(text: str, start: int) -> bool:
    before = text[max(0, start - 3):start].rstrip(" \t")
    return not before or before[-1] in ":\n"


# "T-J (Tyler-James Okafor)", "Dee (Deirdre Walsh)": a short form before the full name.
_BEFORE_BRACKET_RE = re.compile(
    r"(?<![\w\-])([A-Za-z](?:[A-Za-z'’\-]{0,14}[A-Za-z]))[\"'”’]?[ \t]*\([ \t]*$")


def _before_bracketed_names(text: str, confirmed: list[Candidate], taken: list[tuple[int, int]],
                            lex: Lexicon, places: frozenset[str]) -> list[Candidate]:
    out: list[Candidate] = []
    for c in confirmed:
        if c.kind != "name" or " " not in text[c.start:c.end].strip():
            continue  # a full name, two words or more
        closes = _CLOSES_RE.match(text[c.end:c.end + 3])
        if closes is None:
            continue
        m = _BEFORE_BRACKET_RE.search(text, max(0, c.start - 20), c.start)
        if m is None or _covered(taken, m.start(1), m.end(1)):
            continue
        if closes.group(0).endswith(",") and text[m.end(1):m.end(1) + 1] not in "\"'”’":
            continue  # "a local man (Carl Beddoes, 4 Etnam Street)": only a quoted nickname
        low = m.group(1).lower()
        shares = any(w.lower()[:3] == low[:3] for w in text[c.start:c.end].split())
        if (low in _NOT_COORDINATED or (low in lex.keep and not (shares and m.group(1)[0].isupper()))
                or low in places
                or low in _PERSONISH
                or (lex.is_common(low) and low not in lex.first_names and not shares)):
            continue  # "Quality (Amber Holt) raised a flag": a team; "Sully (Andrew Sullivan)",
            # "Ed (Edmund Farquharson)"
        out.append(_name(m.start(1), m.end(1), m.group(1), "short name before the full name",
                         0.7))
    for c in confirmed:
        # "Siddharth (Sid)", "Reginald Tooley (Reg)": the short form of a found name after it
        m = _SHORT_FORM_AFTER_RE.match(text, c.end)
        if c.kind != "name" or m is None or _covered(taken, m.start(1), m.end(1)):
            continue
        low = m.group(1).lower()
        if low in _PERSONISH or low in NAME_CUES or low in places or low in _DAYS_MONTHS:
            continue
        if any(len(w) > len(low) and w.lower().startswith(low[:2])
               for w in text[c.start:c.end].split()):
            out.append(_name(m.start(1), m.end(1), m.group(1), "short name after the full name",
                             0.7))
    return out


_SHORT_FORM_AFTER_RE = re.compile(r"[ \t]*\([ \t]*([A-Z][a-z'’\-]{1,10})[ \t]*\)")


# 'Dorothy Marsden ("Dot")', "Kieran 'Dusty' Miller": a nickname in quotes beside a name.
_QUOTED_NICKNAME_AFTER_RE = re.compile(
    r"[ \t]*\(?[ \t]*[\"'“‘]([A-Z][a-z'’\-]{1,15}|[A-Z](?=[\"”][ \t]+[A-Z]))[\"'”’][ \t]*\)?")


# "Friend 'Shy' messaged staff", "boyfriend 'Tank'": a quoted name after a relation or role.
_QUOTED_CAP_RE = re.compile(r"[\"'“‘]([A-Z][a-z'’\-]{1,15})[\"'”’]")
_CUE_BEFORE_QUOTE_RE = re.compile(
    r"(?<![\w'’\-])(?i:" + word_trie(_LOWER_CUES | _LOWER_RELATIONS) + r")[ \t]+$")


# '("Granny", Wretham Road)': a relation in quotes is what the family call her, not a name.
_NOT_NICKNAMES = _RELATIONS | WEAK_TITLES | frozenset(
    "nanny grandpa grandmother grandfather gramps nanna nana".split())


def _quoted_nicknames(text: str, confirmed: list[Candidate],
                      taken: list[tuple[int, int]]) -> list[Candidate]:
    out: list[Candidate] = []
    for q in _QUOTED_CAP_RE.finditer(text):
        if _CUE_BEFORE_QUOTE_RE.search(text, max(0, q.start() - 40), q.start()) is None:
            continue
        if not _covered(taken, q.start(1), q.end(1)):
            out.append(_name(q.start(1), q.end(1), q.group(1), "quoted name after a relation", 0.7))
    for c in confirmed:
        if c.kind != "name":
            continue
        m = _QUOTED_NICKNAME_AFTER_RE.match(text, c.end)
        if m is None or _covered(taken, m.start(1), m.end(1)) \
                or m.group(1).lower() in _NOT_NICKNAMES:
            continue
        out.append(_name(m.start(1), m.end(1), m.group(1), "nickname in quotes beside a name",
                         0.7))
    return out


# "16:05 P back from college ... Will rings P ... Talked with P.": a capital letter standing alone,
# again and again, where a person goes, once the report names someone with that initial.
# (The letter comes first and the look-behind after it, so the search can skip to capitals.)
_ALONE_LETTER_RE = re.compile(r"([B-HJ-Z])(?<![\w'’./&@#+-].)(?![\w'’/&@#+-]|\.\w|[ \t]*\d)")
_ALONE_LETTER_NEXT_RE = re.compile(r"[ \t]+[a-z]{2,}|[ \t]*(?:[.,;!?]|-[ \t]|$)", re.M)
_ALONE_LETTER_MIN = 3
_TIME_END_RE = re.compile(r"\d{1,2}[:.]\d{2}$")


def _initials_of_found(text: str, confirmed: list[Candidate]) -> set[str]:
    """The first letters of the names found written out (not as initials)."""
    return {text[c.start].upper() for c in confirmed
            if c.kind == "name" and c.end - c.start > 2 and text[c.start].isupper()}


def _letters_for_named(text: str, confirmed: list[Candidate],
                       taken: list[tuple[int, int]]) -> list[Candidate]:
    initials = _initials_of_found(text, confirmed)
    if not initials:
        return []
    by_letter: dict[str, list[tuple[int, int]]] = {}
    for m in _ALONE_LETTER_RE.finditer(text):
        letter = m.group(1)
        if letter not in initials or _ALONE_LETTER_NEXT_RE.match(text, m.end()) is None:
            continue
        before = text[max(0, m.start() - 20):m.start()].rstrip()
        if before and (before[-1] == "|"  # a table cell of one letter: a code or a unit
                       or (before[-1].isdigit() or before.split()[-1][:1].isupper())
                       and not _TIME_END_RE.search(before)):
            continue  # "Bay B", "Plan C", "Hep B", "2 B": a letter that labels a thing
        by_letter.setdefault(letter, []).append(m.span(1))
    out: list[Candidate] = []
    for letter, spans in by_letter.items():
        if len(spans) < _ALONE_LETTER_MIN:
            continue
        out.extend(_by_initials(s, e, letter, "one capital letter used for a person named in "
                                "the report", 0.6) for s, e in spans if not _covered(taken, s, e))
    return out


# "Caller: Femi ... F: mum in flat 3 ... GW: What's baby's legal status?": in a transcript whose
# speakers are written as letters, one letter opening a line as a speaker is a person too, when
# it is a found name's initial and another speaker's letters were found as a person ("M:" and
# "T:" alone are as often mum and the teacher).
_SPEAKER_LETTER_RE = re.compile(r"^[ \t]*([B-PR-Z]):[ \t]+(?=\S)", re.M)
_SPEAKER_LETTERS_RE = re.compile(r"^[ \t]*([A-Z]{2,3}):[ \t]+(?=\S)", re.M)


def _speaker_letters(text: str, confirmed: list[Candidate],
                     taken: list[tuple[int, int]]) -> list[Candidate]:
    singles = list(_SPEAKER_LETTER_RE.finditer(text))
    if not singles:
        return []
    names = [(c.start, c.end) for c in confirmed if c.kind == "name"]
    initials = _initials_of_found(text, confirmed)
    lettered = any(_covered(names, m.start(1), m.end(1)) for m in _SPEAKER_LETTERS_RE.finditer(text))
    return [_by_initials(m.start(1), m.end(1), m.group(1), "one letter speaking in a transcript", 0.6)
            for m in singles
            if lettered and m.group(1) in initials and not _covered(taken, m.start(1), m.end(1))]


# "Kaur-Lindqvist bundle", "Okafor-Reid said": two capitalised halves joined by a hyphen, one of
# them a surname on the list, is a double-barrelled surname wherever it stands, a line's first
# word included (no dictionary word, place, kept term or eponym among the halves).
_DOUBLE_BARREL_RE = re.compile(r"(?<![\w'’\-])([A-Z][a-z'’]+)-([A-Z][a-z'’]+)(?![\w'’\-])")


def _double_barrelled(text: str, taken: list[tuple[int, int]], lex: Lexicon,
                      places: frozenset[str]) -> list[Candidate]:
    out: list[Candidate] = []
    hyphens = [i for i in positions(text, "-")
               if i > 0 and text[i - 1].islower() and text[i + 1:i + 2].isupper()]
    for m in near(_DOUBLE_BARREL_RE, text, hyphens, 40, 40):
        halves = (m.group(1).lower(), m.group(2).lower())
        if not any(h in lex.surnames for h in halves) or _covered(taken, m.start(), m.end()):
            continue
        if any(lex.is_common(h) or h in lex.keep or h in places or h in lex.eponyms
               or h in _NOT_NAME_PARTS for h in halves):
            continue
        out.append(_name(m.start(), m.end(), m.group(0), "double-barrelled surname", 0.7))
    return out


def _lower_slot(text: str, start: int, end: int, side: str) -> bool:
    if side == "left":
        return _prev_raw(text, start) in _LOWER_COORD_BEFORE or _sentence_start(text, start)
    nxt = _next_word(text, end)
    return nxt in _LOWER_COORD_AFTER or _next_char(text, end) in (",", ".", ")", "")


# "Housing officer P. Lister", "(L. Zhou)": an initial and a capitalised word that is not an
# everyday word is a person, whether or not the surname is on a list.
# "Certified: K Sandhu", "by M Haddad": an initial without its full stop before a surname.
_BARE_INITIAL_SURNAME_RE = re.compile(
    r"[A-Z](?<![\w.&/'’\-].)[ \t]([A-Z][a-z'’]{2,}(?:-[A-Z][a-z'’]+)?)(?![\w@\-])")
_INITIAL_SURNAME_RE = re.compile(
    r"[A-Z](?<![\w.&/].)\.[ \t]?(?:[A-Z]\.[ \t]?){0,2}([A-Z][a-z'’]+(?:-[A-Z][a-z'’]+)?)(?![\w@\-])")


# Roles written before a colleague's initial and surname: "SW O. Bright", "RN K. Hill".
_ROLE_BEFORE_INITIAL = frozenset("sw rn hca tm sm nic iro dsl gp dr cllr pc ds dc sgt".split())


def _initial_surnames(text: str, lex: Lexicon, places: frozenset[str]) -> list[Candidate]:
    out: list[Candidate] = []
    for m in _INITIAL_SURNAME_RE.finditer(text):
        low = m.group(1).lower()
        if low.endswith(("'s", "’s")):
            low = low[:-2]
        everyday = low in lex.common or low in lex.basic or low in _NOT_NAME_PARTS
        # "(M. Dyer)", "R. Hall,": a surname that is also a word, in brackets or before a comma
        bracketed = text[m.end():m.end() + 1] in (")", ",") and not lex.is_basic(low) and (
            text[max(0, m.start() - 1):m.start()] == "(" or low in lex.surnames)
        # "(C. Bright)" alone in its brackets, "SW O. Bright,": even an everyday word, where
        # nothing but the initial and the surname fills the brackets or a role stands before;
        # never a place word ("(B. Road)")
        boxed = low not in _NOT_NAME_PARTS and (
            (text[max(0, m.start() - 1):m.start()] == "(" and text[m.end():m.end() + 1] == ")")
            or (text[m.end():m.end() + 1] in (")", ",")
                and _prev_raw(text, m.start()) in _ROLE_BEFORE_INITIAL))
        acts = PERSON_VERB_AFTER_RE.match(text, m.end()) is not None and not \
            _NAME_WORD_BEFORE_RE.search(text, max(0, m.start() - 30), m.start())  # "Kim O. Will"
        if ((everyday and not bracketed and not acts and not boxed) or low in lex.keep
                # "N. Wales", not "T. Ramsbottom", nor "G. Harrow agreed": a town does nothing
                or (low in places and low not in lex.villages and not acts)
                or low in lex.eponyms or low in _DAYS_MONTHS or low in STOPWORDS):
            continue
        if _prev_raw(text, m.start()) in ("no", "fig", "vol", "para", "plan", "grade", "class"):
            continue
        out.append(_name(m.start(), m.end(), m.group(1), "initial and surname", 0.85))
    for m in _BARE_INITIAL_SURNAME_RE.finditer(text):
        low = m.group(1).lower()
        if ((low in lex.surnames or len(low) >= 4) and not lex.is_common(low)
                and low not in lex.keep and low not in lex.first_names
                and low not in places and low not in _NOT_NAME_PARTS
                and _prev_raw(text, m.start()) not in ("no", "fig", "plan", "grade", "class",
                                                       "type", "category", "cat", "band")):
            out.append(_name(m.start(), m.end(), m.group(1), "initial and surname", 0.75))
    return out


# "rileys birth dad", "Jacks mum": a first name with a possessive written without its
# apostrophe, before a relation or the people and places around a child.
_BARE_POSSESSIVE_RE = re.compile(
    r"([A-Za-z](?<![\w'’\-].)[a-z]+)s[ \t]+(?:(?:birth|foster|step|new|real|biological|old)[ \t]+)?"
    r"(?:mum|mom|mam|mummy|dad|daddy|mother|father|nan|nanna|nana|gran|grandma|grandad|brother|"
    r"sister|sibling|siblings|aunt|auntie|uncle|cousin|partner|boyfriend|girlfriend|carers?|sw|"
    r"social[ \t]+worker|teacher|school|keyworker|bedroom|placement|house|dog|"
    r"personal[ \t]+advis[eo]r|class[ \t]+teacher|friends?|phone|parents|family|grandparents|"
    r"interpreter|key[ \t]+worker|birthday|text|texts|crew|wrist|arm|hand|leg|face|instructor|"
    r"room|bed|flat|bag|meds|medication|tablets|appointment|contact|number|car|shift|file|"
    r"notes|passport|baby|son|daughter|kids|children|boy|girl|2nd[ \t]+check|check)(?:s|['’]s)?\b"
)
_CAP_NAME_S_BEFORE_RE = re.compile(r"(?<![\w'’\-])([A-Z][a-z]{2,})s[ \t]+([A-Za-z][\w\-]+)")
_WORD_S_RE = re.compile(r"\b[a-z]{4,}s\b")
_FIRST_NAME_S_RE = re.compile(r"(?<![\w'’\-])([a-z]{4,})s[ \t]+(?=[a-z])")
_WEAK_OWNED_RE = re.compile(r"[ \t]+(?:parents|family|grandparents|interpreter|key[ \t]+worker)")
# Words for family after which a bare possessive can only be a person's: "zuzias mum".
_FAMILY_AFTER_RE = re.compile(
    r"[ \t]+(?:(?:birth|foster|step)[ \t]+)?(?:mum|mom|mam|dad|mother|father|nan|nanna|gran|"
    r"grandma|grandad|brother|sister|aunt|auntie|uncle|cousin|parents|grandparents)\b")


# "spoke to KB in transport", "staff member KH": two capitals after talking to someone, or
# after a word for a member of staff.
_TALKED_TO_RE = re.compile(
    r"[smtc](?<!\w.)(?:(?<=s)(?:poke|poken|peak|peaking)[ \t]+(?:to|with)"
    r"|(?<=t)(?:alked|alking)[ \t]+(?:to|with)|(?<=c)(?:hatted|hatting)[ \t]+(?:to|with)"
    r"|(?<=m)et[ \t]+(?:to|with)|(?<=s)taff[ \t]+member|(?<=m)ember[ \t]+of[ \t]+staff"
    r"|(?<=c)(?:olleague|o-worker))"
    r"[ \t]+([A-Z]{2})(?![\w'’\-])")


def _talked_to_initials(text: str, taken: list[tuple[int, int]],
                        lex: Lexicon) -> list[Candidate]:
    out: list[Candidate] = []
    for m in _TALKED_TO_RE.finditer(text):
        low = m.group(1).lower()
        if (low in lex.keep or low in _CAPS_NOT_INITIALS or low in lex.basic
                or _covered(taken, m.start(1), m.end(1))):
            continue
        out.append(_by_initials(m.start(1), m.end(1), m.group(1), "initials of someone spoken to", 0.6))
    return out



# Initials where only a person can stand. The letters: two or three capitals ("LB", "CÓS"), or
# dotted ("G.S.", "A.K.").
_INITIALS = r"(?:[A-ZÀ-Þ]{2,3}|[A-Z]\.[ \t]?[A-Z]\.?(?:[A-Z]\.?)?)"
_INITIALS_END = r"(?![\w'’\-/&])"
# Every run of two or three capitals, or dotted capitals; the words around it decide.
_INITIALS_TOKEN_RE = re.compile(
    r"[A-ZÀ-Þ](?<![\w'’\-/&].)(?:[A-ZÀ-Þ]{1,2}|\.[ \t]?[A-Z]\.?(?:[A-Z]\.?)?"
    r"|[A-Z]?-[A-Z]{1,2}(?<=\w\w-\w|\w-\w\w))"  # "JK-O", "S-LW": a double-barrelled surname
    + _INITIALS_END)
# After a role written short: "Note by CH LB:", "learning for EMD RH", "ATSA: PJ".
_ROLE_SHORT = (
    "ch emd atsa atco atcos eca sw ssw fsw dsl ddsl hv sn rn rm hca nic cfi fo sfo pic sccm cm "
    "yp cyp pt sgt tl tm edt amhp cpn iro csw hoy ta lsa senco ccm cc ojti odp enp anp acp ecp "
    "np rgn rmn cmw rsw tdm stl tfo lae csm hcsw idva isva mso fso sho spr emt ccp".split())
_ROLE_SHORT_SET = frozenset(_ROLE_SHORT)
# A school year or a kind of person, then initials: "Y11 LD (16)", "the new girl FR", "pt G.S.".
_SCHOOL_YEAR_WORD_RE = re.compile(r"y(?:ear)?\d{1,2}")
# "Child AB", "Patient C": a review's pseudonym, written with a capital, stays
_PSEUDONYM_KINDS = (r"(?:Child|Adult|Patient|Pupil|Resident|Client|Boy|Girl|Man|Woman|Sibling|Baby|"
                    r"Mother|Father|Young[ \t]Person)")
_PSEUDONYM_KIND_RE = re.compile(rf"\b{_PSEUDONYM_KINDS}[ \t]+$")
# Told, alerted, copied in: "alerted DH dsl", "cc JM", "handed to KB".
_INFORMED = frozenset(
    "alerted informed notified told emailed e-mailed messaged texted updated copied cc ccd "
    "cc'd".split())
_INFORMED_TO = frozenset("handed passed escalated".split())
# "completed by HT", "recorded by S-JH", "checked by AKS": whoever did it, by their initials.
_DONE_BY = frozenset(
    "completed recorded written signed countersigned checked double-checked seen reviewed "
    "reported witnessed authorised authorized observed logged entered updated approved raised "
    "submitted prepared documented typed assessed examined triaged verified collected "
    "dispensed filed corrected amended actioned".split())
_DONE_BY_TIMED_RE = re.compile(
    r"\b(?:" + "|".join(sorted(_DONE_BY)) + r")[ \t]+(?:at[ \t]+)?\d{1,2}[:.]\d{2}[ \t]+by[ \t]+$",
    re.IGNORECASE)


def _words_before(text: str, start: int) -> tuple[str, str]:
    """The two words before start, lower case ("" where there is none), skipping spaces and
    one colon: what a slot rule asks of the left context, without a pattern search."""
    words: list[str] = []
    i = start
    for _ in range(2):
        while i > 0 and text[i - 1] in " \t":
            i -= 1
        if i > 0 and text[i - 1] == ":" and not words:
            i -= 1
            while i > 0 and text[i - 1] in " \t":
                i -= 1
        end = i
        while i > 0 and (text[i - 1].isalnum() or text[i - 1] in "'’-"):
            i -= 1
        if i == end:
            break
        words.append(text[i:end].lower())
    words += ["", ""]
    return words[0], words[1]


# Initials then a role: "DH dsl", "LS (6M teacher)".
# "LB, Registered Manager", "KW Community Matron": initials signing a note with a job title.
_JOB_TITLE_AFTER_RE = re.compile(rf",?[ \t]+(?:[A-Z][a-z]+[ \t]+){{0,2}}{JOB_TITLE_ENDS}[ \t]*(?=\n|$)")
# "YP (AT, 16, UASC)": initials with an age in brackets.
_AGE_AFTER_INITIALS_RE = re.compile(
    r",[ \t]*(?:aged[ \t]+)?\d{1,2}(?:[ \t]*(?:yrs?|y/?o|years?))?[ \t]*[,)]")
# "AN (9yrs)", "JT (14)", "ME, aged 15": an age straight after letters makes them a person.
_AGE_BRACKETED_AFTER_RE = re.compile(
    r"[ \t]*(?:\([ \t]*(?:aged[ \t]+)?\d{1,2}[ \t]*(?:yrs?|y/?o|years?(?:[ \t]+old)?)?[ \t]*\)"
    r"|,[ \t]*aged[ \t]+\d{1,2}\b)")
_ROLE_AFTER_RE = re.compile(
    r"[ \t]*(?:(?:dsl|ddsl|sw|hv|ta|lsa|senco|hca)\b"
    r"|\([^()\n]{0,15}\b(?i:teacher|tutor|head|dsl|ddsl|senco|sw|worker|nurse|visitor|carer|"
    r"ta|lsa|mentor|manager|mgr|officer)\))")
# "Our note (PD, 3 April)", "trays (JH, 19/06)": who wrote or owns it, and when.
_DATED_AFTER_RE = re.compile(
    r",[ \t]*(?:\d{1,2}(?:[/.\-]\d{1,2}|[ \t]*(?:st|nd|rd|th)?[ \t]+[A-Z][a-z]{2,8})|"
    r"(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\b)")
# "Actions: GT to change the code", ". MK to chase": initials given something to do.
_ACTION_AFTER_RE = re.compile(r"[ \t]+to[ \t]+[a-z]{3,}")
_CLAUSE_START_RE = re.compile(r"(?:^|[\n.;:•\-–]|\d[.)])[ \t]*$")
# "Present: GA (CFI, chair), RL (HoT), MK (QM)": a line of who attended, sent or was copied in.
_ROLE_IN_BRACKETS_AFTER_RE = re.compile(r"[ \t]*\([ \t]*[A-Za-z][A-Za-z &/]{0,20}\)")
# "CM: Ola   Crew: Will Farraday, Dimitra, robin": a crew list later in a line.
_CREW_HEAD_RE = re.compile(r"(?<=[ \t]{2})(?:[Cc]abin[ \t]+)?[Cc]rew[ \t]*:")
_ATTENDANCE_RE = re.compile(
    r"[ \t]*(?i:present|attendees|attending|(?:in[ \t]+)?attendance|attended|apologies|minutes|"
    r"minute[ \t]+taker|chair|cc|distribution|circulation|staffing|staff[ \t]+on)\b[^:\n]{0,12}:")
# A found name, then its initials in brackets: "Bianca (BF)", "Arben Kola ("A.K.")".
_BRACKETED_INITIALS_RE = re.compile(
    rf"[ \t]*\([ \t]*[\"'“‘]?({_INITIALS}|[a-z]{{2,3}})[\"'”’]?[ \t]*[,;)]")


def _bracketed_person_initials(code: str, before: str, lex: Lexicon) -> bool:
    """Whether capitals in brackets after `before` ("me", "pilot") are someone's initials:
    never a role's own letters ("the nurse (RGN)"), nor a term that is no English word."""
    low = code.lower()
    if low in _ROLE_PAIRS or low in _ROLE_SHORT_SET or low in _BRACKETED_ROLE_CODES:
        return False
    if before in ("me", "myself"):
        return True
    if not (_cue_word(before) or before in _ROLE_SHORT_SET):
        return False
    return not (low in lex.keep and not lex.is_basic(low))


# Letters written in brackets after a role that are the role's side, seat or kind.
_BRACKETED_ROLE_CODES = frozenset("pf pm pic lhs rhs uk us eu gp ed nhs dbs".split())


# Letters that are initials in a list of who attended though not elsewhere ("AM", "TO").
_LIST_ONLY_INITIALS = frozenset("am ok na nb fi to so at as is in on be he me do go no us".split())
_TITLE_BEFORE_NAME_RE = re.compile(r"[ \t]+[A-Z](?:[a-z]|\.[A-Z])")
_LISTED_INITIALS_RE = re.compile(r"[ \t]*(?:[,;]|$|\n|and\b|&)")


def _initials_ok(code: str, lex: Lexicon) -> bool:
    """Not a term, a role or a word in capitals. Dotted letters ("G.S.") are initials whatever
    the same letters undotted might stand for."""
    low = code.replace(".", "").replace(" ", "").lower()
    if low in _CAPS_NOT_INITIALS:
        return False
    return "." in code or not (low in lex.keep or low in lex.basic or low in _ROLE_PAIRS
                               or low in _ROLE_SHORT)


# "some1 called "Snoop"", "one was called "Blessed"": a quoted name after "called".
_CALLED_QUOTED_RE = re.compile(
    r"\b(?i:called|named|nicknamed|known[ \t]+as|aka|goes[ \t]+by)[ \t]+[\"“‘']"
    r"([^\s\"”’']{2,25}|[A-Z][\w'’\-]*(?:[ \t][A-Z][\w'’\-]*){1,2})[\"”’']")
_CALLED_STEMS = ("called", "named", "nicknamed", "known", "aka", "goes")
_LOWER_INITIALS_STEMS = ("typist", "typed", "scribe", "minute", "admin", "handed", "passed",
                         "done", "seen", "given", "completed", "checked", "signed", "written")
_NAMED_BEFORE = frozenset(
    "was is were are been someone some1 somebody one man woman boy girl lad guy bloke friend "
    "person male female older younger".split())
# "Typist: sh", "Admin note kb 12/06", "handed over by jb": lower-case initials of who wrote it.
_LOWER_INITIALS_RE = re.compile(
    r"\b(?:typist|typed[ \t]+by|scribe|minutes|minute[ \t]+taker|admin[ \t]+note|"
    r"(?:handed|passed|done|seen|given|completed|checked|signed|written)[ \t]+(?:over[ \t]+)?by)"
    r"[ \t]*:?[ \t]*\(?([a-z]{2,3})(?![\w'’\-@.])", re.IGNORECASE)


def _quoted_and_lower_initials(text: str, taken: list[tuple[int, int]],
                               lex: Lexicon) -> list[Candidate]:
    out: list[Candidate] = []
    for m in cued(_CALLED_QUOTED_RE, text, _CALLED_STEMS):
        low = m.group(1).lower()
        handle = any(ch.isdigit() or ch in "._@" for ch in low)
        named = _words_before(text, m.start())[0] in _NAMED_BEFORE
        if (low in lex.keep or lex.is_basic(low)
                or (not handle and not named and lex.is_common(low)
                    and low not in lex.first_names)
                or _covered(taken, m.start(1), m.end(1))):
            continue  # 'FO called "Rotate"': a call-out; 'someone called "Snoop"': a name
        out.append(_name(m.start(1), m.end(1), m.group(1), "a quoted name after 'called'", 0.7))
    for m in cued(_LOWER_INITIALS_RE, text, _LOWER_INITIALS_STEMS):
        code = m.group(1)
        if (not code.islower() or lex.is_common(code) or code in lex.keep
                or code in _CAPS_NOT_INITIALS or _covered(taken, m.start(1), m.end(1))):
            continue
        out.append(_by_initials(m.start(1), m.end(1), code.upper(), "lower-case initials of a writer", 0.65))
    return out


_WITH_ME_RE = re.compile(r"\b(?:me|myself)[ \t]*(?:\+|&|and)[ \t]*$", re.IGNORECASE)


def _initials_in_slots(text: str, confirmed: list[Candidate], taken: list[tuple[int, int]],
                       lex: Lexicon) -> list[Candidate]:
    """Initials where the words around them can only mean a person."""
    out: list[Candidate] = []
    for m in _INITIALS_TOKEN_RE.finditer(text):
        code = m.group(0).rstrip()
        start, end = m.start(), m.start() + len(code)
        one, two = _words_before(text, start)
        if code.isupper() and _AGE_BRACKETED_AFTER_RE.match(text, end):
            # "Chronology - AN (9yrs)", "YP: ME, aged 15": letters with their age are a person,
            # even letters that spell a little word
            low = code.replace(".", "").lower()
            if low not in lex.keep and low not in _ROLE_PAIRS and low not in _CAPS_NOT_INITIALS \
                    and low not in _ROLE_SHORT and not _covered(taken, start, end):
                out.append(_by_initials(start, end, code.replace(".", ""),
                                        "initials with their age", 0.7))
            continue
        if one in _ROLE_SHORT_SET:
            reason = "initials after a role"
        elif (one in PERSON_KINDS and not _PSEUDONYM_KIND_RE.search(text, max(0, start - 8), start)
              ) or _SCHOOL_YEAR_WORD_RE.fullmatch(one) or (
                one.isdigit() and two == "year") or (
                one in ("boy", "girl", "pupil", "student", "lad")
                and _SCHOOL_YEAR_WORD_RE.fullmatch(two)):
            reason = "initials after a school year or a kind of person"
        elif one in _INFORMED or (one == "to" and two in _INFORMED_TO):
            reason = "initials of someone told or copied in"
        elif one == "by" and (two in _DONE_BY or _DONE_BY_TIMED_RE.search(
                text, max(0, start - 40), start)):
            reason = "initials of whoever did it"  # "completed by HT", "corrected 10:15 by RW"
        elif _WITH_ME_RE.search(text, max(0, start - 12), start):
            reason = "initials of someone working beside the writer"  # "checked by me + LB"
        elif _ROLE_AFTER_RE.match(text, end):
            reason = "initials with a role"
        elif _JOB_TITLE_AFTER_RE.match(text, end):
            reason = "initials signed with a job title"  # "LB, Registered Manager"
        elif (text[start - 1:start] == "(" and text[end:end + 1] == ")" and code.isupper()
              and _bracketed_person_initials(code, _words_before(text, start - 1)[0], lex)):
            # "checked by me (NB)", "PILOT (OR):": letters in brackets straight after the writer
            # or a role are whoever it is, even letters that spell a word or a note
            if not _covered(taken, start, end):
                out.append(_by_initials(start, end, code, "initials in brackets after a person",
                                        0.7))
            continue
        elif text[start - 1:start] == "(" and _AGE_AFTER_INITIALS_RE.match(text, end):
            # "YP (AT, 16, UASC)": letters with an age are a person, even letters that spell a
            # little word
            low = code.lower()
            if low not in lex.keep and low not in _ROLE_PAIRS and low not in _CAPS_NOT_INITIALS \
                    and not _covered(taken, start, end):
                out.append(_by_initials(start, end, code, "initials in brackets with an age", 0.7))
            continue
        elif _ACTION_AFTER_RE.match(text, end) and one not in _DETERMINERS \
                and _CLAUSE_START_RE.search(text, max(0, start - 40), start):
            reason = "initials given an action"
        elif text[start - 1:start] == "(" and (
                _DATED_AFTER_RE.match(text, end)
                or ((text[end:end + 1] in (")", ",") or _AND_INITIALS_RE.match(text, end))
                    and (_cue_word(role_word := _words_before(text, start - 1)[0])
                         or role_word in _ROLE_SHORT_SET))):
            reason = "initials in brackets after a role or before a date"
        elif _ATTENDANCE_RE.match(text, line := text.rfind("\n", 0, start) + 1, start) and (
                text.count("(", line, start) <= text.count(")", line, start)):
            if not _initials_ok(code, lex) and not (
                    # "SO (YJS)": letters that spell a word, with the person's service in brackets
                    _ROLE_IN_BRACKETS_AFTER_RE.match(text, end) and code.isupper()
                    and code.lower() not in _CAPS_NOT_INITIALS and code.lower() not in lex.keep
            ) and not (
                    # "Present: DK, AM, Bill", "Attendance: LM, FG, TO": in a list of people,
                    # letters that are a note or a little word elsewhere are someone's initials
                    code.isupper() and code.lower() in _LIST_ONLY_INITIALS
                    and _LISTED_INITIALS_RE.match(text, end)):
                continue  # not the roles in brackets ("MK (QM)")
            if _TITLE_BEFORE_NAME_RE.match(text, end):
                continue  # "Attendance: WM Grace Whitlock", "PC C.D.": a rank before a name
            reason = "initials in a list of who attended"
            if not _covered(taken, start, end):
                out.append(_by_initials(start, end, code.replace(".", ""), reason, 0.65))
            continue
        else:
            continue
        if not _initials_ok(code, lex) or _covered(taken, start, end):
            continue
        out.append(_by_initials(start, end, code.replace(".", ""), reason, 0.65))
    for c in confirmed:
        if c.kind != "name":
            continue
        after = _BRACKETED_INITIALS_RE.match(text, c.end)
        if after is None:
            continue
        code = after.group(1).rstrip()
        first = text[c.start:c.end].lstrip("'\"“‘")[:1]
        if (first.upper() != code[:1].upper() or not _initials_ok(code, lex)
                or (code.islower() and (lex.is_common(code) or code in _CAPS_NOT_INITIALS))
                or _covered(taken, after.start(1), after.start(1) + len(code))):
            continue
        out.append(_by_initials(after.start(1), after.start(1) + len(code), code.replace(".", ""),
                                "initials in brackets after the name", 0.7))
    # Initials that stand for a person once stand for them everywhere in the report.
    found = {text[c.start:c.end] for c in [*out, *confirmed]
             if c.kind == "name" and 2 <= c.end - c.start <= 4
             and text[c.start:c.end].replace("-", "").isalpha()
             and (text[c.start:c.end].isupper() or c.reason == "initials in brackets after the name")}
    claimed = taken + [(c.start, c.end) for c in out]
    for code in sorted(found):
        for at, end in _standalone(text, code, _joins_initials, possessive=True):
            if not _covered(claimed, at, end):
                out.append(_by_initials(at, end, code, "the same initials as a person found in the report",
                                        0.65))
    return out


# "Parents (T.A. and O.A.)": a second set of initials after "and".
_AND_INITIALS_RE = re.compile(r"[ \t]+(?:and|&)[ \t]+" + _INITIALS + r"[ \t]*\)")


def _cue_word(word: str) -> bool:
    """A word for a person, or its plural ("parents", "carers")."""
    return word in NAME_CUES or word in _PARENTS or (word.endswith("s") and word[:-1] in NAME_CUES)


_PARENTS = frozenset("parent parents grandparents carers guardians".split())


def _joins_initials(ch: str) -> bool:
    return _word_char(ch) or ch in "'’-/&"


# "spoke to misty, she understands": someone spoken to, then referred to as he or she;
# "spoke to dawn who said", "talked with grace, her keyworker": a lower-case first name that
# someone spoke to, before who they are.
_SPOKE_STEMS = ("spoke", "speak", "talked", "talking", "chatted")
_SPOKEN_TO_RE = re.compile(
    r"\b(?:spoke|spoken|speak|speaking|talked|talking|chatted)[ \t]+(?:to|with)[ \t]+"
    r"([A-Za-z][a-z'’\-]{2,})(?:(?P<pronoun>[ \t]*,[ \t]*(?:she|he|they)\b)"
    r"|(?=[ \t]+who\b|[ \t]*,[ \t]+(?:who|the|her|his|our|their)\b))")
# "rusty (real name Russell Lamb, 16)", "Dee (aka Deirdre)": a nickname before the real name.
_NICKNAME_RE = re.compile(
    r"([A-Za-z](?<![\w'’\-].)[a-z'’\-]{2,})[ \t]*\([ \t]*(?:real[ \t]+name|aka|a\.k\.a\.|known[ \t]+as)\b",
    re.IGNORECASE)
# "signed d.v.", "sgd J.K.": initials after "signed".
_SIGNED_INITIALS_RE = re.compile(
    r"\b(?:signed|sgd|signed[ \t]+off)[ \t:]+((?:[A-Za-z]\.[ \t]?){2,3})(?=[ \t]*(?:\n|$|[,;]))")
# "his coach, Duke, already had his trust": a capitalised word set off by commas after a role.
_APPOSITION_RE = re.compile(r",[ \t]*([A-Z][a-z'’\-]+)[ \t]*,(?![ \t]*(?:and|or)\b)")


def _named_in_passing(text: str, taken: list[tuple[int, int]], lex: Lexicon,
                      places: frozenset[str]) -> list[Candidate]:
    """Names the sentence itself points at: spoken to, a nickname, initials signed, or set off
    by commas after a role."""
    out: list[Candidate] = []
    for m in cued(_SPOKEN_TO_RE, text, _SPOKE_STEMS):
        word = m.group(1)
        low = word.lower()
        if _covered(taken, m.start(1), m.end(1)) or low in lex.keep:
            continue
        if m.group("pronoun"):
            if low not in _NOT_COORDINATED and low not in places:
                out.append(_name(m.start(1), m.end(1), word,
                                 "someone spoken to, then 'she' or 'he'", 0.65))
        elif (word in lex.first_names and word not in _MODALS and word not in _MONTH_NAMES
              and word not in STOPWORDS):
            out.append(_name(m.start(1), m.end(1), word, "a lower-case name someone spoke to",
                             0.65))
    for m in near(_NICKNAME_RE, text, positions(text, "("), 40, 30):
        low = m.group(1).lower()
        if low in _NOT_COORDINATED or low in lex.keep or _covered(taken, m.start(1), m.end(1)):
            continue
        out.append(_name(m.start(1), m.end(1), m.group(1), "nickname before a real name", 0.7))
    for m in cued(_SIGNED_INITIALS_RE, text, ("signed", "sgd")):
        if _covered(taken, m.start(1), m.end(1)):
            continue
        initials = m.group(1).rstrip()
        out.append(_by_initials(m.start(1), m.start(1) + len(initials), initials.replace(".", "").upper(),
                                "initials after 'signed'", 0.65))
    for m in _APPOSITION_RE.finditer(text):  # anchored on the comma: cheap to scan for
        role = re.search(r"(?<![\w'’\-])([a-z]+)[ \t]*$", text[max(0, m.start() - 20):m.start()])
        word = m.group(1)
        low = word.lower()
        if role is None or role.group(1) not in NAME_CUES or role.group(1) in _PRONOUNS:
            continue
        if (low in _NOT_COORDINATED or low in lex.keep or low in places or low in _DAYS_MONTHS
                or _covered(taken, m.start(1), m.end(1))):
            continue
        out.append(_name(m.start(1), m.end(1), word, "set off by commas after a role", 0.7))
    return out


# "Jürgen (LPC) called STOP", "Sam (SW) rang": a capitalised word with a role abbreviation.
_NAME_WITH_ROLE_RE = re.compile(
    r"([A-ZÀ-Þ](?<![\w'’\-].)[a-zß-ÿ'’\-]+)[ \t]*\([ \t]*[A-Z]{2,5}\d?[ \t]*\)")


# "Bed 3 Win Thein - proned 16h", "bay 2: Mrs Akhtar": a patient named after their bed.
_BED_NAME_RE = re.compile(
    r"\b(?:[Bb]ed|[Bb]ay|[Cc]ot|[Rr]m|[Rr]oom|[Ss]ide[ \t]+room)[ \t]*\d{1,2}[A-Za-z]?[ \t]*[:,\-–]?[ \t]+"
    r"([A-Z][a-z'’\-]+(?:[ \t]+[A-Z][a-z'’\-]+)?)(?![\w'’\-])")


# "Bed 1  LM – 1:1 obs": a patient's initials after their bed, before the notes about them.
_BED_INITIALS_RE = re.compile(
    r"\b(?:[Bb]ed|[Cc]ot)[ \t]*\d{1,2}[A-Za-z]?[ \t]*[:,\-–]?[ \t]+([A-Z]{2,3})(?=[ \t]*[-–:(,]|[ \t]{2})")


def _bed_names(text: str, taken: list[tuple[int, int]], lex: Lexicon,
               places: frozenset[str]) -> list[Candidate]:
    out: list[Candidate] = []
    low = lowered(text)
    if not any(w in low for w in ("bed", "bay", "cot", "rm", "room")):
        return out
    for m in cued(_BED_INITIALS_RE, text, ("bed", "cot")):
        if (_initials_ok(m.group(1), lex) and m.group(1).lower() not in _NOT_INITIALS
                and not _covered(taken, m.start(1), m.end(1))):
            out.append(_by_initials(m.start(1), m.end(1), m.group(1), "a patient's initials after their bed",
                                    0.7))
    for m in cued(_BED_NAME_RE, text, ("bed", "bay", "cot", "rm", "room", "side")):
        words = m.group(1).split()
        if not _could_be_name([w.lower() for w in words], lex, places) \
                or _covered(taken, m.start(1), m.end(1)):
            continue
        out.append(_name(m.start(1), m.end(1), words[0], "a patient named with their bed", 0.7))
    return out


def _names_with_roles(text: str, taken: list[tuple[int, int]], lex: Lexicon,
                      places: frozenset[str]) -> list[Candidate]:
    out: list[Candidate] = []
    for m in _NAME_WITH_ROLE_RE.finditer(text):
        low = m.group(1).lower()
        if (_covered(taken, m.start(1), m.end(1)) or low in lex.keep or low in places
                or low in _NOT_NAME_PARTS or low in _PERSONISH
                or (lex.is_common(low) and low not in lex.first_names)):
            continue
        out.append(_name(m.start(1), m.end(1), m.group(1), "name with a role abbreviation", 0.7))
    return out


# "zarghona's foster carer", "kayden's mum": a lower-case word that is in no dictionary, with
# a possessive, before a relation or a carer, is a child's name.
_LOWER_POSSESSIVE_RE = re.compile(
    r"([a-z](?<![\w'’\-].)[a-z\-]{2,})['’]s[ \t]+(?:(?:birth|foster|step|new|real|social)[ \t]+)?"
    r"(?:mum|mom|mam|dad|mother|father|nan|nanna|gran|grandma|grandad|brother|sister|sibling|"
    r"siblings|aunt|auntie|uncle|cousin|carers?|worker|sw|teacher|school|keyworker|placement)\b")


# "EM returned herself at 02:30", "TJ seen by night staff", "a boy like TJ.", "let LM go":
# two capitals standing for a young person, where a person acts or is acted on.
_BARE_INITIALS_RE = re.compile(r"([A-Z](?<![\w'’\-/].)[A-Z])(?![\w'’\-/])")
_INITIALS_BEFORE = frozenset("like let told asked saw for with and by".split())
# What a person's initials do mid-sentence: "the log shows RS was stopped".
_INITIALS_ACT = frozenset("was is has had said says told refused returned went absconded".split())
# Words after initials that close the person's part of a clause: "screened by GH without".
_AFTER_INITIALS_CLAUSE = frozenset(
    "without at on in for from and after before who because when while".split())
# Two-letter role and service abbreviations that act like people in a sentence ("TM said").
_ROLE_PAIRS = frozenset("dc ds di cn sn rn sm tl tm dm pe np ap sp ip ot ta cp sw hv pa".split())


# Services a person in a meeting comes from: "RC (Police Scotland)", "NP (nursery)".
_SERVICE_WORDS = frozenset(
    "police school nursery team service council academy hospital surgery health education "
    "housing ht dht sw hv".split())
# "(SJ, staff nurse)": initials in brackets with the person's role.
_INITIALS_WITH_ROLE_RE = re.compile(
    r"\([ \t]*([A-Z]{2,3})[ \t]*,[ \t]*([A-Za-z][A-Za-z \t\-]{1,30})\)"
    # "Picked by: AB (dispenser)", "RC (Police Scotland), EW (HT, Walker Road School)": initials
    # before their role or service in brackets
    r"|(?<![\w'’\-/])([A-Z]{2,3})[ \t]*\([ \t]*([A-Za-z][A-Za-z \t\-/,]{1,40})\)")


def _bare_initials(text: str, taken: list[tuple[int, int]], lex: Lexicon) -> list[Candidate]:
    out: list[Candidate] = []
    # Each match begins on two or three letters before a bracket, or on the bracket itself.
    starts = sorted(set(before_each(text, "(", (2, 3), skip_blanks=True)
                        + before_each(text, "(", (0,))))
    for m in match_at(_INITIALS_WITH_ROLE_RE, text, starts):
        g = 1 if m.group(1) else 3
        role_words = set(re.split(r"[ \t/,]+", m.group(g + 1).lower()))
        low = m.group(g).lower()
        if (role_words & (NAME_CUES | _ROLE_TITLE_WORDS | _PERSONISH | _SERVICE_WORDS)
                and low not in lex.keep
                and low not in _ROLE_PAIRS and not _covered(taken, m.start(g), m.end(g))):
            out.append(_by_initials(m.start(g), m.end(g), m.group(g), "initials with a role", 0.65))
    for m in _BARE_INITIALS_RE.finditer(text):
        low = m.group(1).lower()
        if (low in lex.keep or low in _CAPS_NOT_INITIALS or low in _ROLE_PAIRS
                or low in lex.basic or _covered(taken, m.start(1), m.end(1))):
            continue
        nxt = _next_word(text, m.end(1))
        acts = nxt in _PERSON_ACTS or (nxt.endswith("ed") and len(nxt) > 4)
        after = _prev_raw(text, m.start(1))
        closes = _next_char(text, m.end(1)) in (".", ",", "!", "?", ")", "") or acts \
            or nxt in ("go", "come", "stay", "know") \
            or (after == "by" and nxt in _AFTER_INITIALS_CLAUSE)
        if ((_sentence_start(text, m.start(1)) and acts) or (after in _INITIALS_BEFORE and closes)
                or (nxt in _INITIALS_ACT and after not in _DETERMINERS and after not in _PREPOSITIONS
                    and after not in ("of", "per", "via", "by"))):
            out.append(_by_initials(m.start(1), m.end(1), m.group(1),
                                    "initials where a person acts or is acted on", 0.6))
    return out


def _s_word_matches(pattern: re.Pattern[str], text: str,
                    shortest: int) -> Iterator[re.Match[str]]:
    """The matches of pattern.finditer(text), for a pattern whose every match begins with a
    whole word of at least `shortest` letters that ends in "s": it is only tried at those."""
    index = word_index(text)
    if index is None:
        return pattern.finditer(text)
    starts = sorted(s for w, at in index.items() if len(w) >= shortest and w[-1] == "s"
                    for s in at)
    return match_at(pattern, text, starts)


def _apostrophe_word_starts(text: str) -> list[int]:
    """Where the run of lower-case letters and hyphens before each "'s" or "’s" begins, in
    order: the only place a match of _LOWER_POSSESSIVE_RE can begin (a letter or hyphen may
    not stand before it)."""
    out: list[int] = []
    for quote in ("'s", "’s"):
        a = text.find(quote)
        while a >= 0:
            r = a
            while r > 0 and ("a" <= text[r - 1] <= "z" or text[r - 1] == "-"):
                r -= 1
            if r < a:
                out.append(r)
            a = text.find(quote, a + 2)
    return sorted(out)


def _bare_possessives(text: str, taken: list[tuple[int, int]], lex: Lexicon) -> list[Candidate]:
    out: list[Candidate] = []
    for m in match_at(_LOWER_POSSESSIVE_RE, text, _apostrophe_word_starts(text)):
        low = m.group(1)
        # "says hes rio's uncle": a first name that is also a term, before a word for family
        family = low in lex.first_names and _FAMILY_AFTER_RE.match(text, m.end(1) + 2) is not None
        if ((lex.is_common(low) and not family) or (low in lex.keep and not family)
                or low in _NOT_NAME_PARTS or _covered(taken, m.start(1), m.end(1))):
            continue
        out.append(_name(m.start(1), m.end(1), low, "lower-case name with a possessive", 0.65))
    owners = {w for w in _WORD_S_RE.findall(text) if w[:-1] in lex.first_names}
    for m in _FIRST_NAME_S_RE.finditer(text) if owners else ():
        # "nearly handed jamals sertraline to Reece": a first name no English word shares, with
        # a possessive "s" and no apostrophe, before whatever it owns
        if m.group(1) + "s" not in owners:
            continue
        low = m.group(1).lower()
        if (low in lex.first_names and not lex.is_common(low) and low not in lex.keep
                and low + "s" not in lex.english and not lex.is_common(low + "s")
                and low not in _NOT_NAME_PARTS and not _covered(taken, m.start(1), m.end(1) + 1)):
            out.append(_name(m.start(1), m.end(1), m.group(1),
                             "name with a possessive 's' and no apostrophe", 0.65))
    for m in _s_word_matches(_CAP_NAME_S_BEFORE_RE, text, 4):
        # "for Noors Synagis injection": a first name with a bare "s" before a kept term (a
        # medicine, a device, a plan) that it owns
        low = m.group(1).lower()
        if (low in lex.first_names and not lex.is_common(low) and not lex.is_common(low + "s")
                and m.group(2).lower() in lex.keep and not _covered(taken, m.start(1), m.end(1) + 1)):
            out.append(_name(m.start(1), m.end(1), m.group(1),
                             "name with a possessive 's' and no apostrophe", 0.65))
    for m in _s_word_matches(_BARE_POSSESSIVE_RE, text, 3):
        stem = m.group(1)
        low = stem.lower()
        if _covered(taken, m.start(1), m.end(1) + 1) or low in _NOT_NAME_PARTS or (
                low in lex.keep and not (
                    # "Jordans brother": a first name that is also a country, before family
                    stem[:1].isupper() and low in lex.first_names
                    and _FAMILY_AFTER_RE.match(text, m.end(1) + 1))):
            continue
        if (low + "s" in lex.english or lex.is_common(low + "s")) and (
                _WEAK_OWNED_RE.match(text, m.end(1) + 1)
                or not _FAMILY_AFTER_RE.match(text, m.end(1) + 1) and not (
                    # "Jacks instructor", "rubys wrist": a first name of four letters or more
                    # whose "s" would also make a word ("this", "has", "lens" stay)
                    len(low) >= 4 and low in lex.first_names)):
            continue  # "this family", "has contact", "the lens check": English, not a name
        if low not in lex.first_names and not (
                len(low) >= 4 and not lex.is_common(low) and not lex.is_common(low + "s")
                and low not in lex.surnames and _FAMILY_AFTER_RE.match(text, m.end(1) + 1)):
            continue  # an unlisted word only before a word for family: "zuzias mum"
        out.append(_name(m.start(1), m.end(1), stem, "name with a possessive 's' and no apostrophe",
                         0.65))
    return out


# "The Crane boys", "the Okafor family": a capitalised word between "the" and a household;
# "the delaney file", "the okonkwo hse": an unknown lower-case word before the family's things.
_HOUSEHOLD = "family|families|boys|girls|children|kids|twins|siblings|household"
_HOUSEHOLD_WORDS = frozenset(_HOUSEHOLD.split("|"))
_FAMILY_RE = re.compile(
    r"[Tt](?<![\w'’].)he[ \t]*\n?[ \t]*([^\W\d_][^\W\d_'’]+(?:-[^\W\d_][^\W\d_'’]+)?)[ \t]+"
    rf"(?:{_HOUSEHOLD}|brothers|sisters"
    r"|(?P<home>file|hse|house|home|case|form|referral|notes|chronology|paperwork))\b"
)
# "1. Success – Tanner family", "Re: Osei family": a surname and "family" opening a line, an
# item or a subject, where "the" is left out.
_HEADED_FAMILY_RE = re.compile(
    r"(?:^|\n|[–—:][ \t]|\d[.)][ \t])[ \t]*([A-Z][a-z'’]+(?:-[A-Z][a-z'’]+)?)[ \t]+family\b")
# "gave her previous address in Larkfield": a place the text says is someone's own address (a
# town too, which alone stays); not "found at an address in Bradford".
_ADDRESS_IN_RE = re.compile(
    r"\b(?:her|his|their|my|previous|current|last|usual|home|new|old)[ \t]+"
    r"address(?:es)?[ \t]+(?:is[ \t]+|was[ \t]+|as[ \t]+)?(?:in|at)[ \t]+"
    r"([A-Z][a-z'’]{2,}(?:[ \t\-][A-Z][a-z'’]{2,})?)(?![\w'’\-])")


def _address_in(text: str, taken: list[tuple[int, int]], lex: Lexicon) -> list[Candidate]:
    out: list[Candidate] = []
    for m in _ADDRESS_IN_RE.finditer(text):
        lows = m.group(1).lower().replace("-", " ").split()
        if any(w in lex.keep or w in STOPWORDS or w in _DAYS_MONTHS or w in _PERSONISH
               or (lex.is_common(w) and w not in lex.surnames) for w in lows) \
                or _covered(taken, m.start(1), m.end(1)):
            continue
        out.append(Candidate(m.start(1), m.end(1), "address", 0.7,
                             "a place given as someone's address"))
    return out


# "the H. family", "the R. children": a family written by its initial.
_FAMILY_INITIAL_RE = re.compile(rf"[Tt](?<![\w'’].)he[ \t]+([A-Z])\.?[ \t]+(?:{_HOUSEHOLD})\b")
_NOT_FAMILY_NAMES = frozenset(
    """foster adoptive birth host other same whole extended wider new previous current first
    second third last next local traveller travellers roma gypsy muslim christian jewish sikh
    hindu asian black white british english irish scottish welsh african caribbean polish
    romanian lithuanian somali eritrean afghan syrian kurdish pakistani bangladeshi indian
    chinese vietnamese albanian nigerian ghanaian european american ukrainian portuguese
    italian spanish french german turkish iranian iraqi sudanese""".split()
)


def _family_names(text: str, taken: list[tuple[int, int]], lex: Lexicon,
                  places: frozenset[str]) -> list[Candidate]:
    out: list[Candidate] = []
    for m in _FAMILY_RE.finditer(text):
        word = m.group(1)
        low = word.lower()
        if word.isupper():
            continue  # "the SEN children"
        if m.group("home") and (word[0].isupper() or len(low) < 4 or low in lex.english
                                or _english_made(low, lex)
                                or low.endswith(("ed", "ing", "ly", "al", "ive", "ous", "ful"))):
            continue  # "the delaney file", "the okonkwo hse"; but "the Manor House", "the old file"
        if word[0].islower() and (lex.is_common(low) or low not in lex.surnames and len(low) < 4):
            continue  # "the other children"; but "the mcdonagh children" is a family
        # "the Costa family": a listed surname that is also a kept term ("Costa" the café)
        kept = low in lex.keep and not (word[0].isupper() and low in lex.surnames)
        if (low in _NOT_FAMILY_NAMES or low in _NOT_NAME_PARTS or kept
                or low in places or _covered(taken, m.start(1), m.end(1))):
            continue
        out.append(_name(m.start(1), m.end(1), word, "surname before 'family' or 'children'",
                         0.65))
    for m in near(_HEADED_FAMILY_RE, text, positions(text, ("family",)), 40, 7):
        word = m.group(1)
        low = word.lower()
        if (low in _NOT_FAMILY_NAMES or low in _NOT_NAME_PARTS or low in lex.keep
                or low in places or low in _PERSONISH or low in STOPWORDS
                or (lex.is_basic(low) and low not in lex.surnames and not (
                    # "Tanner", "Fletcher": a trade's word, never a comparative ("Older")
                    low.endswith("er") and not lex.is_basic(low[:-2])
                    and not lex.is_basic(low[:-1]) and not lex.is_basic(low[:-3])))
                or _covered(taken, m.start(1), m.end(1))):
            continue
        out.append(_name(m.start(1), m.end(1), word, "surname heading a family's item", 0.65))
    for m in _FAMILY_INITIAL_RE.finditer(text):
        end = m.end(1) + (text[m.end(1):m.end(1) + 1] == ".")
        if not _covered(taken, m.start(1), end):
            out.append(_by_initials(m.start(1), end, m.group(1), "a family's initial", 0.65))
    return out


def _tagger_agrees(text: str, cand: Candidate, lex: Lexicon) -> bool:
    """The rules' view of a word the tagger proposes: never a role, title, eponym, day or
    month, nor a word the ordinary-use rules explain ("by May", "Hope you are well")."""
    word = text[cand.start:cand.end]
    low = word.lower()
    if ("-" in low and all(lex.is_common(p) for p in low.split("-") if p)) \
            or everyday_compound(word, lex):
        return False  # "out-of-hours", "pre-alert", "V-shaped": everyday words joined up
    if SPECIALTY_RE.search(low):
        return False  # "Histopathology noticed": a department, not a person
    if word.isupper() and re.search(rf"\b{_PSEUDONYM_KINDS}[ \t]+{re.escape(word)}\b", text):
        return False  # "Child AB" names the review's pseudonym, which stays wherever it is used
    if word.isupper() and low in _CAPS_NOT_INITIALS:
        return False  # "Frankie, FI": a flying instructor, not someone's initials
    return not (low in _NOT_NAME_PARTS or low in lex.eponyms or low in STOPWORDS
                or _next_word(text, cand.end) in _ROLE_TITLE_WORDS  # "Personal Adviser"
                or _reads_as_ordinary(text, cand.start, cand.end, lex))


def _plainly_ordinary(text: str, cand: Candidate) -> bool:
    """The readings even a confident tagger yields to: a stopword, a specialty, a month ("by
    May"), a season, and a verb or modal with its object ("Hope you are well", "Mark the
    chart", "Will you").
    Its other vetoes are not asked: over blind corpora 73-188 they turned down 14 names the
    tagger was sure of ("Apologies: Lee Summers", "* Bill to check") against 2 other words."""
    word = text[cand.start:cand.end]
    low = word.lower()
    if (low in STOPWORDS and not word.isupper()) or SPECIALTY_RE.search(low):
        return True  # "The", "Histopathology noticed"; but "AM to share" is someone's initials
    if low in _NOT_FAMILY_NAMES and _next_word(text, cand.end) in _HOUSEHOLD_WORDS:
        return True  # "2. Foster family review": a kind of family, not the Fosters
    if not _ordinary(text, cand.start, cand.end, low):
        return False
    if low in _MONTH_NAMES or low in _SEASONS:
        return True
    nxt = _next_word(text, cand.end)
    return (low in _VERB_NAMES or low in _MODALS) and (nxt in _DETERMINERS or nxt in _PRONOUNS)


# "said his name was filmon", "surname ?mccarthy", "known as dougie": a lower-case word that the
# report says is a name, where no dictionary knows it.
_NAMED_LOWER_STEMS = ("name", "surname", "forename", "known", "aka", "calls", "called")
_NAMED_LOWER_RE = re.compile(
    r"(?:name[ \t]+(?:was|is|given[ \t]+as)|name[ \t]*[:=]|surname|forename|known[ \t]+as|aka|"
    r"calls[ \t]+(?:himself|herself|themselves)|called)(?![\w'’\-])"
    r"[ \t]*[:=]?[ \t]*\??[ \t]*([a-z][a-z'’\-]{2,15})(?![\w'’\-])", re.IGNORECASE)


def _named_lower(text: str, taken: list[tuple[int, int]], lex: Lexicon,
                 places: frozenset[str]) -> list[Candidate]:
    out: list[Candidate] = []
    for m in cued(_NAMED_LOWER_RE, text, _NAMED_LOWER_STEMS):
        word = m.group(1)
        if word != word.lower() or _covered(taken, m.start(1), m.end(1)):
            continue
        if not (_lower_nameish(word, lex) or (word in lex.surnames and not lex.is_common(word))):
            continue  # "name was not given", "called back", "known as well"
        if word in places or _english_made(word, lex):
            continue
        out.append(_name(m.start(1), m.end(1), word, "a lower-case word the report calls a name",
                         0.7))
    return out


# "gaz says dec did the dupe check", "dec's not signed", "he'll ring dec in the am", "told
# Dec.": a month's short form that is also a short name (Declan, Jan), where a person goes: with
# a possessive, before a person's verb, or after a word for telling or ringing someone.
_MONTH_NAME_VERBS = frozenset("did said says rang told signed checked kept went".split())
_SHORT_MONTH_NAME_RE = re.compile(
    r"(?<![\w'’\-])(?i:(?:(ring|rang|told|tell|ask|asked|phoned|called|texted|emailed|cc|says|said)"
    r"[ \t]+))?((?i:dec|jan))((?:['’]s)(?![ \t]*\d))?(?![\w'’\-])")


def _month_names(text: str, taken: list[tuple[int, int]]) -> list[Candidate]:
    out: list[Candidate] = []
    for m in _SHORT_MONTH_NAME_RE.finditer(text):
        acting = m.group(3) is not None or _next_word(text, m.end(2)) in _MONTH_NAME_VERBS
        if not (acting or (m.group(1) is not None and not _next_char(text, m.end(2)).isdigit())):
            continue  # "by dec", "told 3 dec", "rang jan 4th": a date
        if not _covered(taken, m.start(2), m.end(2)):
            out.append(_name(m.start(2), m.end(2), m.group(2), "a month's short form used as "
                             "a short name", 0.65))
    return out


# "girl 13 (will call her M. here, full details on EPR)", "I'll call him Z": the letter or name
# a writer gives someone to keep them unnamed still points at one person.
_CALLED_HERE_RE = re.compile(
    r"\bcall(?:ing|ed)?[ \t]+(?:him|her|them)[ \t]+[\"'‘“]?([A-Z]\.?(?![\w'’])|[A-Z][a-z]+(?![\w'’]))")


def _called_here(text: str, taken: list[tuple[int, int]], lex: Lexicon) -> list[Candidate]:
    out: list[Candidate] = []
    for m in cued(_CALLED_HERE_RE, text, ("call",)):
        word = m.group(1)
        low = word.rstrip(".").lower()
        if low in lex.keep or low in STOPWORDS or low in _PERSONISH or low in NAME_CUES \
                or low in _DAYS_MONTHS or _covered(taken, m.start(1), m.end(1)):
            continue  # "call her Mum", "call them Monday"
        out.append(_by_initials(m.start(1), m.end(1), word.rstrip(".")[:1], "the letter or name a "
                                "writer calls someone by", 0.7) if len(low) == 1 else
                   _name(m.start(1), m.end(1), word, "the name a writer calls someone by", 0.7))
    return out


# "the panel pack for baby L", "baby R was on standard formula": a baby written as a letter;
# but a rapid review's pseudonym ("Rapid review - Baby Y") stays, as review names do.
_BABY_LETTER_RE = re.compile(r"[Bb](?<![\w'’].)aby[ \t]+([A-HJ-Z])(?![\w'’\-]|\.\w)")
_REVIEWED_BABY_RE = re.compile(r"review(?:[ \t]+of|[ \t]*[-–:])[ \t]*[Bb]aby[ \t]+([A-Z])\b")
# "O.K. / R.S." in a checked-by column: two people's initials, the first a word's letters too.
_DOTTED_PAIR_RE = re.compile(r"([A-Z](?<![\w.].)\.[A-Z]\.)[ \t]*/[ \t]*([A-Z]\.[A-Z]\.)(?!\w)")


def _letters_of_babies_and_pairs(text: str, taken: list[tuple[int, int]]) -> list[Candidate]:
    out: list[Candidate] = []
    if "aby" in text:
        reviewed = {m.group(1) for m in _REVIEWED_BABY_RE.finditer(text)}
        for m in _BABY_LETTER_RE.finditer(text):
            if m.group(1) not in reviewed and not _covered(taken, m.start(1), m.end(1)):
                out.append(_by_initials(m.start(1), m.end(1), m.group(1), "a baby's letter", 0.65))
    if "/" in text:
        for m in _DOTTED_PAIR_RE.finditer(text):
            for g in (1, 2):
                if not _covered(taken, m.start(g), m.end(g)):
                    out.append(_by_initials(m.start(g), m.end(g), m.group(g).replace(".", ""),
                                            "a pair of dotted initials", 0.65))
    return out


# "transfer of E.G. (NTS-24-0871)", '"R.M." in the tracker': initials written with full stops
# are the same person wherever else the report writes them, once found as someone.
_DOTTED_LETTERS_RE = re.compile(r"[A-Z](?<![\w.].)\.(?:[A-Z]\.){1,2}(?!\w)")


def _dotted_repeats(text: str, confirmed: list[Candidate],
                    taken: list[tuple[int, int]]) -> list[Candidate]:
    found = {text[c.start:c.end] for c in confirmed if c.kind == "name"}
    found = {f for f in found if _DOTTED_LETTERS_RE.fullmatch(f)}
    if not found:
        return []
    out: list[Candidate] = []
    for m in _DOTTED_LETTERS_RE.finditer(text):
        if text[:m.start()].rstrip(" \t")[-1:].isdigit():
            continue  # "seen at 9 A.M.": a time, whoever A.M. is
        if m.group(0) in found and not _covered(taken, m.start(), m.end()):
            out.append(_by_initials(m.start(), m.end(), m.group(0).replace(".", ""),
                                    "repeat of initials confirmed elsewhere", 0.65))
    return out


# "taxi to Thornbury", "outside the pub in Nether Cobley": a locality word and a name no
# dictionary knows, after a word for where, is a village or hamlet.
_LOCALITY_PLACE_STEMS = frozenset(("in", "at", "from", "to", "near", "outside", "around", "above",
                                   "below", "beyond", "past"))
_LOCALITY_PLACE_RE = re.compile(
    leading_words(sorted(_LOCALITY_PLACE_STEMS)) + r"[ \t]+((?:Nether|Great|Little|Much|Long|Kings|Queens|"
    r"Upper|Lower|Old|High|North|South|East|West)[ \t]+[A-Z][a-z]{3,})\b(?![ \t]+[A-Z&(]|['’\-])")
# Its locality words, found first from the report's word index: far rarer than "in" or "at".
_LOCALITY_WORDS = frozenset(
    "nether great little much long kings queens upper lower old high north south east west".split())


def _locality_places(text: str, taken: list[tuple[int, int]], lex: Lexicon) -> list[Candidate]:
    out: list[Candidate] = []
    localities = word_starts(text, _LOCALITY_WORDS)
    anchors = (positions(text, [w.title() for w in _LOCALITY_WORDS]) if localities is None
               else [a for a in localities if text[a].isupper()])
    for m in near(_LOCALITY_PLACE_RE, text, anchors, 16, 40):
        first, second = (w.lower() for w in m.group(1).split())
        # "above Nether Combe": "Nether" names nothing but a village, whatever word follows
        if ((lex.is_common(second) or second in lex.english) and first != "nether") \
                or second in lex.keep \
                or m.group(1).lower() in lex.places or _covered(taken, m.start(1), m.end(1)):
            continue  # "in High Wycombe": a known town, kept on its own as towns are
        out.append(Candidate(m.start(1), m.end(1), "address", 0.7,
                             "a village's name after a word for where", priority_bonus=1))
    for m in near(_ISLE_RE, text, positions(text, ("Isle",)), 30, 24):
        word = m.group("word").lower()
        if word in lex.english or word in lex.keep or word in lex.places \
                or m.group("place").lower() in lex.places:
            continue  # "Isle of Wight": known, kept as towns are
        out.append(Candidate(m.start("place"), m.end("place"), "address", 0.7,
                             "an island's name", priority_bonus=1))
    return out


# "back from Isle of Varra": an island whose name no dictionary knows, after a word for where
# (headlands, "6 nm SE of Penhallow Head", are local places by name).
_ISLE_RE = re.compile(
    r"\b(?:of|off|from|to|at|near|past|round|around|above|over|towards|on)[ \t]+"
    r"(?P<place>Isle[ \t]+of[ \t]+(?P<word>[A-Z][a-z]{2,}))\b(?![ \t]+[A-Z])")


def recall_pass(text: str, cands: list[Candidate], lex: Lexicon,
                places: frozenset[str], name_tokens: list[Token] | None = None) -> list[Candidate]:
    """Return the extra candidates the recall-first policy adds to what was found."""
    names = [c for c in cands if c.kind == "name"]
    taken = [(c.start, c.end) for c in cands]
    extra: list[Candidate] = []
    extra.extend(_born(text))
    extra.extend(_street_and_town(text, lex))
    extra.extend(_local_places(text, lex))
    extra.extend(_named_blocks(text, lex))  # over a word the name finder took: the whole place
    extra.extend(_lower_streets(text, lex))
    extra.extend(references(text))
    extra.extend(what3words(text))
    extra.extend(_lone_letters(text, taken))
    extra.extend(_lower_actors(text, taken, lex, places))
    extra.extend(_lists(text, names, lex, places))
    extra.extend(_initials(text, taken))
    extra.extend(_age_slots(text, taken, lex, places))
    extra.extend(_line_name_ages(text, taken, lex))
    extra.extend(_child_name_ages(text, taken, lex))
    extra.extend(_surname_slots(text, taken, lex, places))
    extra.extend(_bracket_names(text, taken, lex, places))
    extra.extend(_thanked(text, taken, lex, places))
    extra.extend(_vocatives(text, taken, lex, places))
    extra.extend(_lower_from(text, taken, lex))
    extra.extend(_signed_with_job(text, taken, lex))
    extra.extend(_dotted_before_bracket(text, taken))
    extra.extend(_named_before_role(text, taken, lex, places))
    extra.extend(_closing_initials(text, taken, lex))
    extra.extend(_last_initials(text, taken, lex))
    extra.extend(_timed_initials_acting(text, taken, lex))
    extra.extend(_titled_and_called(text, taken, lex, places))
    extra.extend(_lower_after_relation(text, taken, lex))
    extra.extend(_spoken_to_lower(text, taken, lex, places))
    extra.extend(_named_lower(text, taken, lex, places))
    if "call" in text:
        extra.extend(_called_here(text, taken, lex))
    extra.extend(_letters_of_babies_and_pairs(text, taken))
    if mentions(text, ("dec", "jan")):
        extra.extend(_month_names(text, taken))
    extra.extend(_locality_places(text, [(c.start, c.end) for c in cands
                                         if c.reason != TOWN_REASON], lex))
    extra.extend(_with_me(text, taken, lex, places))
    if "will" in text:
        extra.extend(_lower_will(text, taken))
    extra.extend(_title_letters(text, taken))
    extra.extend(_letters_with_ages(text, taken, lex))
    if " to " in text:
        extra.extend(_action_owners(text, taken, lex, places))
    if "(" in text:
        extra.extend(_initials_of_people_counted(text, taken))
    if ". " in text or "." in text:
        extra.extend(_initial_dot_names(text, taken, lex, places))
    if "(" in text:
        extra.extend(_initials_after_roles(text, taken, lex))
        extra.extend(_lower_after_roles(text, taken, lex, places))
        extra.extend(_initials_before_roles(text, taken, lex))
    extra.extend(_capital_after_role(text, taken, lex, places))
    if ":" in text:
        extra.extend(_role_fields(text, taken, lex, places))
    extra.extend(_said_names(text, taken, lex))
    extra.extend(_lower_acting(text, taken, lex))
    if "-" in text:
        extra.extend(_lower_double_names(text, taken, lex))
    extra.extend(_family_names(text, taken, lex, places))
    extra.extend(_initial_surnames(text, lex, places))
    extra.extend(_lower_initial_surnames(text, taken, lex, places))
    extra.extend(_bare_possessives(text, taken, lex))
    extra.extend(_talked_to_initials(text, taken, lex))
    extra.extend(_bare_initials(text, taken, lex))
    extra.extend(_named_in_passing(text, taken, lex, places))
    extra.extend(_names_with_roles(text, taken, lex, places))
    extra.extend(_foreign_spelled(text, taken, lex, places))
    extra.extend(_bed_names(text, taken, lex, places))
    extra.extend(_online_names(text, taken, lex))
    extra.extend(_login_names(text, taken, lex))
    if _SPELLED_HINT_RE.search(text):
        extra.extend(_spelled_out(text, taken))
    towns = frozenset((c.start, c.end) for c in cands if c.reason == TOWN_REASON)
    extra.extend(_speakers_and_fields(text, taken, lex, places, towns))
    not_towns = [t for t in taken if t not in towns]
    extra.extend(_spelt_names(text, not_towns, lex))
    if "ddress" in text:
        extra.extend(_address_in(text, not_towns, lex))  # a town the text says is an address
    extra.extend(_lower_estates(text, not_towns, lex))
    extra.extend(_surname_first(text, taken, lex, places))
    extra.extend(_quoted_and_lower_initials(text, taken, lex))
    extra.extend(_attendees(text, names, taken, lex, places))
    extra.extend(_table_people(text, taken, lex, places))
    taken2 = taken + [(c.start, c.end) for c in extra]
    extra.extend(_first_names_anywhere(text, taken2, lex, places))
    confirmed = names + [c for c in extra if c.kind == "name"]
    merged = len(extra)  # extra[:merged] is already in confirmed

    def confirm_new() -> None:
        nonlocal merged
        confirmed.extend(c for c in extra[merged:] if c.kind == "name")
        merged = len(extra)

    taken3 = taken + [(c.start, c.end) for c in extra]
    extra.extend(_signature(text, taken3, lex))
    extra.extend(_lower_signature(text, taken3, lex))
    extra.extend(_end_sign_off(text, taken3 + [(c.start, c.end) for c in extra], lex, places))
    extra.extend(_tail_signer(text, taken3 + [(c.start, c.end) for c in extra], lex))
    extra.extend(_thanks_initials(text, taken3 + [(c.start, c.end) for c in extra], lex))
    confirm_new()
    taken_t = taken + [(c.start, c.end) for c in extra]
    tag_scores = Working()  # the tagger's tokens and scores, shared by its two passes
    extra.extend(c for c in tagged_names(text, taken_t, lex, named=name_tokens, memo=tag_scores)
                 if _tagger_agrees(text, c, lex))
    confirm_new()
    extra.extend(_chain(text, confirmed, lex, places))
    confirm_new()
    extra.extend(_derived_initials(text, confirmed, taken + [(c.start, c.end) for c in extra], lex))
    confirm_new()
    extra.extend(_initials_in_slots(text, confirmed, taken + [(c.start, c.end) for c in extra], lex))
    extra.extend(_initials_columns(text, confirmed, taken + [(c.start, c.end) for c in extra], lex))
    extra.extend(_line_head_siblings(text, confirmed, taken + [(c.start, c.end) for c in extra],
                                     lex))
    extra.extend(_chat_heads(text, confirmed, taken + [(c.start, c.end) for c in extra], lex,
                             places))
    confirm_new()
    taken_c = taken + [(c.start, c.end) for c in extra]
    extra.extend(_coordinated(text, confirmed, taken_c, lex, places))
    extra.extend(_before_bracketed_names(text, confirmed, taken_c, lex, places))
    extra.extend(_bracketed_siblings(text, confirmed, taken_c, lex, places))
    extra.extend(_slashed_pairs(text, confirmed, taken_c, lex, places))
    extra.extend(_listed_siblings(text, confirmed, taken_c, lex, places))
    if ">" in text or "→" in text:
        extra.extend(_handover_pairs(text, confirmed, taken_c, lex))
    extra.extend(_quoted_nicknames(text, confirmed, taken_c))
    extra.extend(_letters_for_named(text, confirmed, taken_c))
    extra.extend(_dotted_repeats(text, confirmed, taken_c))
    if ":" in text:
        extra.extend(_speaker_letters(text, confirmed, taken_c))
    extra.extend(_double_barrelled(text, taken_c, lex, places))
    confirm_new()
    extra.extend(c for c in confident_names(text, taken + [(c.start, c.end) for c in extra], lex,
                                            named=name_tokens, memo=tag_scores)
                 if not _plainly_ordinary(text, c))
    confirm_new()
    taken4 = taken + [(c.start, c.end) for c in extra]
    extra.extend(_propagate(text, confirmed, taken4, lex))
    extra.extend(_short_forms(text, confirmed, taken4 + [(c.start, c.end) for c in extra], lex))
    extra.extend(_lower_initials_repeats(text, confirmed, taken4 + [(c.start, c.end) for c in extra],
                                         lex))
    extra.extend(_repeated_codes(text, cands + extra, taken + [(c.start, c.end) for c in extra]))
    return extra


_CODE_KINDS = frozenset({"case_reference", "vehicle_registration", "aircraft_registration"})


# "KM - good eve, in bed 22:15" / "RT - quiet, didnt eat tea" / "AJ - found a lighter": the
# lines of a handover each open on the person they are about, so when one line's initials
# are a person, so are the initials that open the lines beside it.
_LINE_HEAD_RE = re.compile(r"^([A-Z]{2,3})[ \t]*[-–:][ \t]+(?=[a-z*\"'(])", re.M)


def _line_head_siblings(text: str, confirmed: list[Candidate], taken: list[tuple[int, int]],
                        lex: Lexicon) -> list[Candidate]:
    heads = [m.span(1) for m in _LINE_HEAD_RE.finditer(text)]
    if not heads:
        return []
    lines = [text.count("\n", 0, s) for s, _e in heads]
    names = [(c.start, c.end) for c in confirmed if c.kind == "name"]
    # Lines that open on a person, in initials or in words ("leah - quiet, ate her tea").
    person_lines = {text.count("\n", 0, m.start(1)) for m in _LINE_NAMED_HEAD_RE.finditer(text)
                    if any(s <= m.start(1) and m.end(1) <= e for s, e in names)}
    # The lines under an "Actions" heading open on who owns each action.
    action_lines: set[int] = set()
    for m in _ACTIONS_HEADING_RE.finditer(text):
        line = text.count("\n", 0, m.start()) + 1
        while line in lines:  # the run of initials-led lines straight under the heading
            action_lines.add(line)
            line += 1
    if not person_lines and not action_lines:
        return []
    out: list[Candidate] = []
    for (s, e), line in zip(heads, lines, strict=True):
        near = line in action_lines or any(abs(line - other) <= 2 for other in person_lines)
        if not near or _covered(taken, s, e) or not _initials_ok(text[s:e], lex):
            continue
        out.append(_by_initials(s, e, text[s:e], "initials opening a line, as a person's do beside it", 0.6))
    return out


_LINE_NAMED_HEAD_RE = re.compile(
    r"^[ \t]*([A-Za-z][\w'’\-]*(?:[ \t]+[A-Z][\w'’\-]*)?)[ \t]*[-–:][ \t]+", re.M)
_ACTIONS_HEADING_RE = re.compile(r"^[ \t]*(?i:(?:agreed[ \t]+)?actions?(?:[ \t]+agreed)?)[ \t]*:?[ \t]*$",
                                 re.M)


# A chat pasted from Teams, Slack or WhatsApp: each message opens on its sender's handle, with
# the time after it ("ruta.k 11:02 anyone know…", "nish  05:52" over the message, "lee t 10:35:")
# or, untimed, a lower-case handle and a colon ("big al: who left the barrier up").
_CHAT_HEAD_RE = re.compile(
    r"^[ \t]*@?(?P<who>[^\W\d_][\w'’\-]*(?:[._][^\W_][\w'’\-]*)*(?:[ \t][A-Za-z]\b\.?)?)"
    r"[ \t]+[(\[]?\d{1,2}[:.]\d{2}[)\]]?(?:[ \t]*:)?(?=[ \t]|$)"  # "sammi-j [08:58]"
    r"|^[ \t]*(?P<low>[a-z][\w'’\-]*(?:[ \t][a-z][\w'’\-]*)?):[ \t]", re.M)


_SENDER_TAIL_RE = re.compile(r"[^:\n]{0,20}?(?:\d{1,2}[:.]\d{2}|:)")
_HANDLE_PARTS_RE = re.compile(r"[._ \t]")


def _chat_heads(text: str, confirmed: list[Candidate], taken: list[tuple[int, int]],
                lex: Lexicon, places: frozenset[str]) -> list[Candidate]:
    """The senders of a pasted chat, once one sender is a known person: a handle is whatever
    the writer's team calls each other ("kev_m", "nish", "mel"), so its words need no list."""
    heads = [(m.start(g), m.end(g), g) for m in _CHAT_HEAD_RE.finditer(text)
             for g in ("who", "low") if m.group(g)]
    if len(heads) < 2:
        return []
    # Senders already known to be people: a confirmed name opening a line, then a time or a
    # colon ("Hollie B (RFFS)  06:20", "Tash: that was me").
    senders = sum(1 for c in confirmed if c.kind == "name"
                  and text[text.rfind("\n", 0, c.start) + 1:c.start].strip(" \t@") == ""
                  and _SENDER_TAIL_RE.match(text, c.end) is not None)
    if not senders:
        return []
    out: list[Candidate] = []
    for form in ("who", "low"):
        mine = [(s, e) for s, e, g in heads if g == form]
        said = [text[s:e] for s, e in mine]
        if len(mine) < 2:
            continue
        for (s, e), who in zip(mine, said, strict=True):
            parts = _HANDLE_PARTS_RE.split(who.lower())
            head = parts[0]
            # Part of a handle may be taken already ("rob" in "big rob"); the handle goes whole.
            inside = [(ts, te) for ts, te in taken if ts < e and s < te]
            if any(not (s <= ts and te <= e) or (ts, te) == (s, e) for ts, te in inside) \
                    or who.isupper() or head in _LOG_HEADINGS \
                    or head in _DAYS_MONTHS or head in places or head in _PERSONISH \
                    or any(w in STOPWORDS for w in parts) \
                    or (lex.is_basic(head) and not any(w in lex.first_names for w in parts)
                        and not (len(parts) > 1 and said.count(who) > 1)) \
                    or (head in lex.keep and said.count(who) < 2):
                continue
            # Whole, over the part found already: "big rob", not "rob" with "big" left.
            out.append(_name(s, e, head, "a sender's handle in a pasted chat",
                             0.8 if inside else 0.65))
    return out


# "J not in school", "T's wash bag", "ta G": a person referred to by one capital letter, where
# what follows is what a person does or owns, or where a note is signed off.
_LONE_PERSON_RE = re.compile(
    r"[B-HJ-KMNO-QS-Z](?<![\w'’.\-/&@#].)(?:(?=['’]s[ \t]+[a-z])|(?=[ \t]+(?:not|was|is|has|had|said|says|"
    r"moved|went|came|left|told|wants|wanted|refused|returned|attended|disclosed|became|kicked|"
    r"hit|ran|seemed|appeared|stayed|slept|ate|got|could|would|should|will|can|did|does|family|"
    r"last[ \t]+seen|seen[ \t]+by|"
    r"and[ \t]+(?:sister|brother|mum|dad))\b)|(?=\.?,[ \t]*\d{1,2}[ \t]*\))"
    r"|(?=[ \t]*\([ \t]*\d{1,2}[ \t]*\)(?:[ \t]*(?:[,;&]|and\b|\n|$)|[ \t]{2,}|\t))"
    r"|(?=[ \t]*\([ \t]*aged?[ \t]*\d{1,2}[ \t]*\)))")  # "S (age 13) told Chidi"
_LONE_SIGNOFF_RE = re.compile(
    r"\b(?i:ta|thanks|cheers|thx|love)[ \t]+([B-HJ-KMNO-QS-Z])[ \t]*(?:x+)?[ \t]*(?=\n|$|[.!,])")
# "thanks for moving so fast P", "well done T. shes been asking for u": one capital letter
# signing a message off after a lower-case word, or praised.
_LONE_END_RE = re.compile(
    r"(?<=[a-z!,]) ([B-HJ-KMNO-QS-Z])[ \t]*(?:x+)?[ \t]*(?=\n|$)")
_LONE_PRAISED_RE = re.compile(
    r"\b(?i:well[ \t]+done|great[ \t]+job|good[ \t]+job|nice[ \t]+one|thank[ \t]+you|"
    r"(?:good|great|nice)[ \t]+catch|shout[ \t]*out[ \t]+to|kudos[ \t]+to)[ \t]+([B-HJ-KMNO-QS-Z])"
    r"(?=[ \t]*[.!,]|[ \t]*(?:\n|$)|[ \t]+[^\w\s])")  # "good catch G 👍"
# "just seen T at the bus station": one capital letter seen somewhere, like a person.
_LONE_SEEN_RE = re.compile(
    r"\b(?:seen|saw|spotted|found|met|visited|picked[ \t]+up)[ \t]+([B-HJ-KMNO-QS-Z])"
    r"[ \t]+(?=(?:at|in|with|near|outside|walking|running|leaving|crying)\b)")
# "how did H get on", "has K eaten": one capital letter asked about like a person.
_LONE_ASKED_WORDS = "did does has have had is was will would can could should".split()
_LONE_ASKED_RE = re.compile(
    r"\b(?:" + "|".join(_LONE_ASKED_WORDS) + r")[ \t]+([B-HJ-KMNO-QS-Z])"
    r"[ \t]+(?=(?:get|go|do|feel|sleep|eat|eaten|manage|cope|settle|take|like|want|need|know|"
    r"seem|say|come|stay|settled|slept|managed|been)\b)")
_LONE_ASKED_FIRSTS = first_words(_LONE_ASKED_WORDS)  # each match opens on one, a whole word
_LONE_NOT_AFTER_RE = re.compile(
    r"\b(?:plan|bay|category|cat|grade|type|ward|room|bed|zone|level|section|part|appendix|class|"
    r"group|block|unit|stand|gate|terminal|vitamin|hep|hepatitis|strep|option|step|stage|team|"
    r"shift|form|year|key|exhibit|box|column|row|line|runway|taxiway|point|sector|area|site|pod|"
    r"wing|floor|door|flat|house|no|number|item|annex|annexe|schedule|tier|band|phase|pathway|"
    r"route|track|platform|car|seat|mr|mrs|ms|miss|dr|mx|letter|called|model|size|blood|"
    r"the|a|an|of|plus|minus|grade|mark|watch|pier|bag|shelf|bin|drawer|channel|hangar|lane|list|"
    r"theatre|cubicle|corridor|suite|hall|lounge|deck|dock|apron|cell|kiosk|desk|counter)[ \t.]*$",
    re.IGNORECASE)


# "Child W", "Adult X": a review that already writes people as letters (its pseudonyms stay).
_LETTER_PSEUDONYMS_RE = re.compile(rf"\b{_PSEUDONYM_KINDS}[ \t]+[A-Z]\b")
# Each match of it opens on one of the kinds, a whole word ("Young Person" on "Young").
_LETTER_PSEUDONYMS_FIRSTS = first_words(_PSEUDONYM_KINDS[3:-1].replace(r"[ \t]", " ").split("|"))


# "Dani 06:41: jonno is going to…", "kicked off after jase called him": a lower-case word no
# dictionary knows, where a message or clause starts, then doing what people do.
_LOWER_ACTOR_RE = re.compile(
    r"(?:^|\n|\d[:.]\d\d:?[ \t]+|(?:^|\n|[.!?;][ \t]+)[ \t]*(?:[01]\d|2[0-3])[0-5]\d[ \t]+|:[ \t]+"
    r"|[.!?][ \t]+"
    r"|\b(?:after|before|with|and|told|asked|when|"
    r"cos|coz|because|but|then|if|until|til|till)[ \t]+)([a-z][a-z'’\-]{2,})(?=[ \t]+(?P<verb>is|was|"
    r"has|had|said|says|called|told|asked|hit|kicked|went|came|left|wants|wanted|thinks|knows|got|"
    r"gets|rang|texted|messaged|speaks|spoke|cried|smiled|laughed|refused|agreed|[a-z]{3,}ed)\b)")


_ACTOR_SPEECH = frozenset("said says told rang texted messaged spoke asked".split())
_ACTOR_VERBS_ED = frozenset(
    "called asked kicked wanted texted messaged smiled laughed refused agreed".split())


def _lower_nameish(low: str, lex: Lexicon) -> bool:
    """A lower-case word that can only be someone's name or nickname: a listed first name
    that is no everyday word, a nickname's shape, or three letters or more no dictionary knows."""
    if low in lex.keep or low in STOPWORDS or low in _NOT_NAME_PARTS or low in _PERSONISH:
        return False
    return ((low in lex.first_names and not lex.is_common(low))
            or bool(_NICKNAME_SHAPE_RE.fullmatch(low)) and not lex.is_common(low)
            or _unknown_name_shape(low, lex)
            or (len(low) == 3 and low.isalpha() and low not in lex.english
                and not lex.is_common(low) and any(ch in "aeiouy" for ch in low)))


def _unknown_name_shape(low: str, lex: Lexicon) -> bool:
    """'rahmat', 'samiullah', 'zabi': a word of four letters or more that no word list knows,
    with vowels like a name's and no ending of an English word."""
    english = lex.english
    if (len(low) < 4 or not low.isalpha() or not any(ch in "aeiou" for ch in low)
            or low in english or lex.is_common(low)):
        return False
    if low.endswith("nt") and low[:-2] in english:
        return False  # "hadnt", "wasnt": a contraction typed without its apostrophe
    # "autocomplete", "handover": two English words of four letters or more run together
    return not any(low[:k] in english and low[k:] in english for k in range(4, len(low) - 3))
_NICKNAME_SHAPE_RE = re.compile(r"[a-z]{2,4}(?:o|y|ie|ey|az|ez|iz|oz|zza|zzy)")


def _lower_actors(text: str, taken: list[tuple[int, int]], lex: Lexicon,
                  places: frozenset[str]) -> list[Candidate]:
    out: list[Candidate] = []
    for m in _LOWER_ACTOR_RE.finditer(text):
        word = m.group(1)
        low = word.lower().rstrip("'’")
        # An everyday word that is also a name speaks, tells or rings only as a person
        # ("summer told the duty manager", "jay said"); a modal never ("will said" is not).
        speaks = (m.group("verb") in _ACTOR_SPEECH and low in lex.first_names
                  and low not in _MODALS)
        if ((lex.is_common(low) and not speaks) or low in lex.keep or low in places
                or low in _NOT_NAME_PARTS
                or low in STOPWORDS or low in NAME_CUES or _covered(taken, m.start(1), m.end(1))
                or (low not in lex.first_names and not _NICKNAME_SHAPE_RE.fullmatch(low)
                    and (m.group("verb").endswith("ed") and m.group("verb") not in _ACTOR_VERBS_ED
                         or not _unknown_name_shape(low, lex)))):
            continue  # a name on the list, or shaped like a nickname ("jonno", "kez", "deano"),
            # or, before a verb on the list, no English word ("rahmat was", "samiullah told")
        out.append(_name(m.start(1), m.end(1), word, "a lower-case name doing something", 0.6))
    return out


def _lone_letters(text: str, taken: list[tuple[int, int]]) -> list[Candidate]:
    out: list[Candidate] = []
    if next(word_led(_LETTER_PSEUDONYMS_RE, text, _LETTER_PSEUDONYMS_FIRSTS), None) is not None:
        return out
    found = [(m.start(), m.end()) for m in _LONE_PERSON_RE.finditer(text)
             if not _LONE_NOT_AFTER_RE.search(text, max(0, m.start() - 14), m.start())]
    found += [m.span(1) for m in cued(_LONE_SIGNOFF_RE, text, ("ta", "thanks", "cheers", "thx",
                                                               "love"))]
    found += [m.span(1) for m in _LONE_END_RE.finditer(text)
              if not _LONE_NOT_AFTER_RE.search(text, max(0, m.start() - 14), m.start())]
    found += [m.span(1) for m in cued(_LONE_PRAISED_RE, text, ("well", "great", "good", "nice",
                                                                "thank", "shout", "kudos"))]
    found += [m.span(1) for m in word_led(_LONE_ASKED_RE, text, _LONE_ASKED_FIRSTS)]
    found += [m.span(1) for m in cued(_LONE_SEEN_RE, text, ("seen", "saw", "spotted", "found", "met",
                                                            "visited", "picked"))]
    for start, end in found:
        # "20 May S (age 13)": the letter may be the tail of a longer guess ("May S") that the
        # date beside it will beat; let the overlap be resolved
        if not _covered(taken, start, end) or any(s < start and e == end for s, e in taken):
            out.append(_by_initials(start, end, text[start], "a person written as one capital letter", 0.6))
    return out


def _repeated_codes(text: str, found: list[Candidate],
                    taken: list[tuple[int, int]]) -> list[Candidate]:
    """A reference found once is the same reference wherever else it is written ("crew code RCM
    ... Grazie, Matteo (RCM)")."""
    out: list[Candidate] = []
    seen: set[str] = set()
    for c in found:
        code = text[c.start:c.end]
        if c.kind not in _CODE_KINDS or code in seen or len(code) < 3:
            continue
        seen.add(code)
        for start, end in _standalone(text, code, str.isalnum):
            if not _covered(taken, start, end):
                out.append(Candidate(start, end, c.kind, c.confidence, "repeat of a reference found "
                                     "elsewhere in the report"))
        tail = _CODE_TAIL_RE.search(code) if c.kind == "case_reference" else None
        if tail is None or tail.group(1) in seen:
            continue
        seen.add(tail.group(1))
        for start, end in _standalone(text, tail.group(1), _joins_number):
            # "LADO-25-0157" in the table, then "Near miss: 0157 outcome was typed": the
            # reference by its last digits, never a time ("at 0157") or part of a date
            if not (_covered(taken, start, end) or start < c.end and c.start < end
                    or _TIME_CUE_BEFORE_RE.search(text, max(0, start - 8), start)
                    or _UNIT_AFTER_RE.match(text, end)):
                out.append(Candidate(start, end, "case_reference", 0.6,
                                     "the last digits of a reference found in the report"))
    return out


# A reference's last run of digits after a separator or letters: "LADO-25-0157", "ED0943".
_CODE_TAIL_RE = re.compile(r"[A-Za-z/\-. ](\d{4,6})$")
_TIME_CUE_BEFORE_RE = re.compile(r"\b(?:at|@|by|from|until|till|since|to|approx|~|around)[ \t]*$",
                                 re.IGNORECASE)
_UNIT_AFTER_RE = re.compile(
    r"[ \t]*(?:hrs?|h\b|am\b|pm\b|z\b|utc\b|local\b|ft\b|feet|m\b|km|nm\b|kg|lbs?\b|ml\b|mg\b|"
    r"kts?\b|knots|mph|miles)", re.IGNORECASE)


def _joins_number(ch: str) -> bool:
    return ch.isalnum() or ch in "/-.:,£$€%"


def _standalone(text: str, needle: str, joins: Callable[[str], bool],
                possessive: bool = False) -> Iterator[tuple[int, int]]:
    """Where needle stands on its own in text (case as written): no character that `joins`
    on either side, except, with `possessive`, an "'s" after it."""
    n = len(text)
    at = text.find(needle)
    while at >= 0:
        end = at + len(needle)
        if (at == 0 or not joins(text[at - 1])) and (
                end == n or not joins(text[end])
                or (possessive and text[end:end + 2] in ("'s", "’s"))):
            yield at, end
        at = text.find(needle, end)
