"""Finding people's names in free text as it is really typed.

The detector tokenises once and scores each word from layered evidence:

1. titles ("Mr", "Dr", "Nurse", "Captain") before a word;
2. gazetteers of first names and surnames shipped in anonymiser/data;
3. context: "called"/"named", relation and role words before ("mum Sarah"), speech and
   action verbs or a possessive after ("Grace said", "Will's"), lists of names, signatures;
4. shape: a capitalised word mid-sentence that is not an English word, a term we keep or a
   place is probably a name.

Names that are also ordinary words (Grace, Hope, Will, Mark, Rose) need one of the context
cues, or a capital letter in the middle of a sentence. Once any mention is established, every
other mention of the same name in the report is redacted too (including lower case and
possessives), because one missed repetition defeats the whole redaction.

Reports are typed fast, so the rules also cover what people actually write: a surname in lower
case after a title ("Mr cook"), a lower-case full name ("mark nelson"), a name-word that starts
a clause and does something ("ray got his results"), crew lists ("fo read, sccm ..."), a name
above a job title in a signature, and initials closing a report ("... again. K.W."). The
common-word list is long (data/common_words.txt), so a capitalised word that is not in it is
rarely an ordinary word; names themselves never count as inflections of a common word.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from heapq import heappop, heappush

from anonymiser.candidates import Candidate
from anonymiser.lexicon import Lexicon
from anonymiser.scan import before_each, match_at
from anonymiser.temporal import MONTHS

TOKEN_RE = re.compile(r"[^\W\d_]+(?:['’\-][^\W\d_]+)*['’]?|\d+|[^\w\s]")

WORD, NUM, PUNCT = 0, 1, 2

STRONG_TITLES = frozenset("mr mrs ms miss mx dr prof professor sir dame mstr".split())
WEAK_TITLES = frozenset(
    """nurse sister matron midwife captain capt cpt officer pc dc ds di dci dsgt sgt sergeant
    inspector constable cllr councillor father fr rev reverend pastor imam rabbi judge hhj
    doctor doc consultant teacher coach auntie aunty uncle nan nanna nana grandma grandad""".split()
)
# Words before a name that tell us it is a person (and, for some, which role).
NAME_CUES = frozenset(
    """called named aka nicknamed known mum mom mam mummy mother dad daddy father stepmum stepdad
    stepmother stepfather son daughter stepson stepdaughter brother sister sibling twin child
    baby infant toddler boy girl pupil student patient resident client nan nanna nana gran
    granny grandma grandmother grandad grandpa grandfather grandson granddaughter aunt auntie
    uncle cousin nephew niece partner boyfriend girlfriend husband wife fiance fiancé ex
    friend neighbour colleague worker sw carer teacher manager nurse doctor gp consultant
    registrar midwife visitor hv officer pilot captain fo controller engineer purser paramedic
    crew attendant dispatcher supervisor lead chaperone interpreter advocate therapist
    psychologist keyworker guardian iro lado senco dsl head headteacher deputy assistant
    student trainee locum agency bank hca cyp yp person pt sccm fo dispatcher pharmacist loader
    porter receptionist technician physio physiotherapist dietitian radiographer sonographer
    anaesthetist surgeon paediatrician psychiatrist practitioner caretaker cleaner driver
    steward stewardess purser handler marshaller dentist counsellor mentor tutor
    passenger pax learner mentee coach instructor trainer childminder caseworker housekeeper
    chaplain optometrist phlebotomist matron""".split()
)
SPEECH_VERBS = frozenset(
    """said says say told tells asked asks reported reports stated states explained explains
    disclosed discloses mentioned mentions replied replies shouted shouts cried cries screamed
    called calls rang rings phoned phones texted texts emailed emails messaged arrived arrives
    left leaves went goes came comes was is has had did does will would could should can may
    might became becomes felt feels seemed seems looked looks appeared appears refused refuses
    agreed agrees wanted wants needed needs tried tries took takes gave gives made makes got
    gets saw sees noticed notices spoke speaks visited visits attended attends missed misses
    ran runs walked walks returned returns sat sits stood stands fell falls hit hits kicked
    kicks pushed pushes grabbed grabs lives lived stays stayed stated confirmed confirms
    denied denies admitted admits alleged alleges thinks thought knew knows wrote writes
    answered answers suggested suggests presented presents declined declines remained remains
    began begins started starts stopped stops woke wakes slept sleeps ate eats drank drinks
    hid hides drove drives brought brings bought caught found finds held holds kept keeps
    led leads lost met meets paid pays put puts rang sent sends spent stole threw wore won
    shouted shouts absconded absconds collapsed collapses briefed briefs handled handles
    struggled struggles managed manages completed completes escalated escalates
    handed hands checked checks administered administers gave documented documents recorded
    records contacted contacts raised raises shared shares works worked joined joins
    explained apologised apologises laughed laughs smiled smiles responded responds were
    are""".split()
)
# Words a greeting or a closing thanks is to that are nobody: "Hi all,", "Morning team,",
# "cheers guys".
GREETED_NOBODY = frozenset("all team everyone everybody both guys folks there again mate love "
                           "lovely gang ladies colleagues".split())
SIGN_OFFS = frozenset("thanks thank regards cheers best wishes sincerely from signed love yours".split())
PARTICLES = frozenset(
    "van der den de da di du le la von mac ap bin ibn abu al el ben bint ó ní nic uí mhic".split())
MED_NEXT = frozenset(
    """syndrome syndromes disease diseases disorder palsy lymphoma phenomenon sign test score
    scale manoeuvre maneuver chorea ulcer sarcoma tumour criteria competence competency
    guidelines principles manoeuvres tube procedure method position balloon catheter line
    stitch suture forceps splint frame shunt valve repair reversal operation fracture block
    needle airway speculum mask cyst node nodes pouch diverticulum triad reflex basket questions
    tool chart""".split()
)
# Function words are never names, whatever the gazetteers say ("He" is also a surname).
STOPWORDS = frozenset(
    """a an the and or but nor so yet if then than that this these those there here he she it
    they we i you me him her his hers its our ours their theirs them us my mine your yours
    who whom whose what which when where why how all any some each every both either neither
    no not yes do did does done be is was are were been being am have has had to of in on at
    by for with from as into onto upon about over under after before up down out off again
    can could would shall should might must one ones other another such same own
    very too also just only even still ever never always often per via ok okay hi dear""".split()
) | frozenset(  # contractions of the pronouns, with either apostrophe
    w.replace("'", q) for w in """i'm i've i'll i'd we're we've we'll we'd you're you've you'll
    you'd they're they've they'll they'd he's he'll he'd she's she'll she'd it's it'll""".split()
    for q in "'’")
_SEASONAL_NOUNS = frozenset(
    "day days holiday holidays term end evening morning night heat break fete fair sun".split()
)
MONTHS_AS_NAMES = frozenset({"may", "june", "april", "august", "summer", "autumn", "winter"})
# Words that end a double first name but are not first names themselves ("Ellie-May").
_SECOND_NAMES = MONTHS_AS_NAMES | frozenset({"belle"})
_SENTENCE_END = frozenset(".!?:;•*")
_VERB_AFTER = "followed by a verb of speech or action"
_PAST_AFTER = "followed by a verb in the past tense"
_WEEKDAYS = frozenset("mon tue tues wed thu thur thurs fri sat sun".split())
_OPENERS = frozenset("\"'“‘([-–—*•")
_ABBREVIATIONS = STRONG_TITLES | frozenset("st no vs etc approx e g i capt sgt rev fr".split())


# A lower-case word that makes the capitalised word before it half of a compound ("Foster
# carer", "Day staff"), and words that a page's or a log's number follows ("Page 0412").
_GROUP_AFTER_WORD = frozenset(
    "carer carers staff team teams lead leads case cases centre shift shifts list unit services "
    "service worker workers manager managers nurse nurses sister room".split())
_NUMBERED_WORDS = frozenset("page".split())
_PARAGRAPH_BREAK_RE = re.compile(r"\n[ \t]*\n")
_AGE_UNIT_WORDS = frozenset(
    "d day days wk wks week weeks m mo mos mth mths month months y yr yrs yo year years".split())


@dataclass(slots=True)
class Token:
    """A token with the facts the name rules look at."""

    text: str
    start: int
    end: int
    base_end: int
    kind: int
    lower: str
    cap: bool
    upper: bool
    sent: bool
    newline_before: bool
    poss: bool


def tokenize(text: str) -> list[Token]:
    """Split text into word, number and punctuation tokens in one pass, marking the words
    that start a sentence as it goes."""
    toks: list[Token] = []
    append = toks.append
    finditer = TOKEN_RE.finditer
    line_start = 0
    n = len(text)
    prev: Token | None = None  # the last token that is not an opening mark
    before_prev: Token | None = None
    broken = True  # a line break (or the start) since `prev`
    # Line by line, so "a newline before this token" is just "first token of a later line".
    while line_start <= n:
        line_end = text.find("\n", line_start)
        if line_end < 0:
            line_end = n
        newline = line_start > 0
        for m in finditer(text, line_start, line_end):
            s = m.group()
            start = m.start()
            end = start + len(s)
            first = s[0]
            if newline:
                broken = True
            if first.isalpha():
                last = s[-1]
                if last == "'" or last == "’":
                    base = s[:-1]
                    poss = True
                elif (last == "s" or last == "S") and len(s) > 2 and s[-2] in "'’":
                    base = s[:-2]
                    poss = True
                else:
                    base = s
                    poss = False
                cap = first.isupper()
                sent = broken or prev is None or (
                    # "02:35  Meconium-stained liquor": a log entry opens after its time
                    prev.kind == NUM and before_prev is not None and before_prev.text == ":"
                    and len(prev.text) == 2 and text[end - len(s) - 2:end - len(s)] == "  "
                ) or (
                    # "2140 jaden refused meds": a four-figure time opening a line of a log
                    prev.kind == NUM and prev.newline_before and len(prev.text) == 4
                    and prev.text < "2400" and prev.text[2] < "6"
                ) or (
                    prev.kind == PUNCT and prev.text in _SENTENCE_END
                    # "Dr. Okafor" and "J. Smith": a full stop after a title or initial.
                    and not (prev.text == "." and before_prev is not None
                             and before_prev.kind == WORD
                             and (before_prev.lower in _ABBREVIATIONS
                                  or len(before_prev.text) == 1))
                )
                tok = Token(s, start, end, start + len(base), WORD, base.lower(), cap,
                            cap and len(base) > 1 and base.isupper(), sent, newline, poss)
            else:
                kind = NUM if first.isdigit() else PUNCT
                tok = Token(s, start, end, end, kind, s, False, False, False, newline, False)
            append(tok)
            newline = False
            if tok.kind != PUNCT or s not in _OPENERS:
                before_prev, prev = prev, tok
                broken = False
        line_start = line_end + 1
    return toks


_HONORIFICS = frozenset({"mr", "mrs", "ms", "miss", "mx"})


def _prev_word(toks: list[Token], i: int, skip: str = "") -> int:
    j = i - 1
    while j >= 0 and toks[j].kind == PUNCT and toks[j].text in skip:
        j -= 1
    return j if j >= 0 and toks[j].kind == WORD else -1


def _next_tok(toks: list[Token], i: int) -> Token | None:
    return toks[i + 1] if i + 1 < len(toks) else None


class NameFinder:
    """Scores tokens as parts of names and turns runs of them into candidates."""

    def __init__(self, text: str, lex: Lexicon, known_places: frozenset[str],
                 toks: list[Token] | None = None) -> None:
        self.text = text
        self.lex = lex
        self.places = known_places
        self.toks = tokenize(text) if toks is None else toks
        n = len(self.toks)
        self.score = [0.0] * n
        self.reason = [""] * n
        self.dirty = False
        self.line_starts = [i for i, t in enumerate(self.toks) if t.newline_before]
        self.title_line = self._title_case_lines()
        self.word_idx = [i for i, t in enumerate(self.toks) if t.kind == WORD]

    # -- evidence -------------------------------------------------------------------------
    def _title_case_lines(self) -> list[bool]:
        """Flag tokens on lines written in Title Case (headings), where capitals mean less."""
        toks = self.toks
        flags = [False] * len(toks)
        bounds = [*self.line_starts, len(toks)]
        if bounds[0] != 0:
            bounds.insert(0, 0)
        for a, b in zip(bounds, bounds[1:], strict=False):
            if b - a < 4:
                continue
            # Only ordinary words count: a sentence full of names is not a heading.
            words = [t.cap for t in toks[a:b] if t.kind == WORD and len(t.text) > 3
                     and self._is_common(t.lower) and t.lower not in self.lex.first_names]
            if len(words) >= 4 and sum(words) >= 0.75 * len(words):
                flags[a:b] = [True] * (b - a)
        return flags

    def _is_common(self, lower: str) -> bool:
        if "-" in lower and lower in self.lex.first_names:
            return False  # "lily-rose", "ruby-mae": a double first name, not two words
        return self.lex.is_common(lower)

    def _title_before(self, i: int) -> tuple[int, bool] | None:
        """Return (index, strong) of a title just before token i, if any."""
        if self.toks[i].newline_before:
            # a title ends its line ("Captain" / "Band 6 Midwife"), except Mr, Mrs, Ms, Miss
            # and Mx, which a wrapped line can leave at its end ("the VVIP (Mr\nAl-Rashidi)")
            if (i and self.toks[i - 1].lower in _HONORIFICS and self.toks[i - 1].cap
                    and not self.toks[i - 1].upper):
                return i - 1, True
            return None
        j = i - 1
        if j >= 0 and self.toks[j].text == ".":
            if self.toks[j].newline_before:
                return None
            j -= 1
        if j < 0 or self.toks[j].kind != WORD:
            return None
        for _ in range(2):
            # "Capt. M. Harrington", "Dr J Smith": look past initials to the title.
            t = self.toks[j]
            if not (len(t.text) == 1 and t.text.isupper() and j >= 1):
                break
            k = j - 1
            if self.toks[k].text == "." and k >= 1:
                k -= 1
            if self.toks[k].kind != WORD or (self.toks[k].newline_before and k < j - 1):
                break
            if self.toks[k].lower in STRONG_TITLES or self.toks[k].lower in WEAK_TITLES:
                j = k
                break
            if not (len(self.toks[k].text) == 1 and self.toks[k].text.isupper()):
                break
            j = k
        low = self.toks[j].lower
        if self.toks[j].poss:
            return None  # "the Doctor's Kit", "Captain's Log": a title's possession, not a name
        if self.toks[j].text == "MR" and not self.toks[i].upper and self._is_common(
                self.toks[i].lower):
            return None  # "an MR Conditional device": magnetic resonance, not Mr
        if low == "miss" and (self.toks[j + 1].text == "." or (
                j and self.toks[j - 1].lower in ("near", "a", "the", "no", "nearly"))):
            return None  # "a near miss. Hydroxyzine picked": the incident, not the title
        if low in STRONG_TITLES:
            return j, True
        if low in WEAK_TITLES:
            return j, False
        return None

    def _eponym_use(self, i: int) -> bool:
        tok = self.toks[i]
        if "-" in tok.lower and all(_plain(p) in self.lex.eponyms for p in tok.lower.split("-")):
            return True  # "Guillain-Barré", "Osgood-Schlatter"
        if tok.lower not in self.lex.eponyms and tok.lower + "'s" not in self.lex.eponyms:
            return False
        if tok.poss:
            return True
        nxt = self._next_word(i)
        return nxt is not None and nxt.lower in MED_NEXT

    def _next_word(self, i: int) -> Token | None:
        nxt = _next_tok(self.toks, i)
        return nxt if nxt is not None and nxt.kind == WORD else None

    def _context_cue(self, i: int) -> str:
        """Return a reason when the words around token i say it is a person."""
        toks = self.toks
        tok = toks[i]
        j = _prev_word(toks, i, skip=",(-–:")
        if j >= 0 and i - j <= 3:
            prev = toks[j].lower
            if prev in NAME_CUES and not (j + 1 < i and toks[j + 1].text == "-") \
                    and not (toks[j].poss and toks[j].cap):  # not "the Doctor's Kit"
                return "relation or role word before a capitalised word"
            if prev in SIGN_OFFS and (i - j == 1 or toks[i - 1].text == ","):
                return "sign-off followed by a name"
        prev_tok = toks[i - 1] if i > 0 else None
        if prev_tok is not None and prev_tok.text in "—–-" and (
            i < 2 or toks[i - 1].newline_before or toks[i - 2].kind == PUNCT
        ):
            return "signature after a dash"
        if tok.poss:
            return "possessive"
        nxt = _next_tok(toks, i)
        if (nxt is not None and nxt.lower == "here" and i + 2 < len(toks)
                and toks[i + 2].kind == PUNCT and (tok.newline_before or i == 0 or (
                    j >= 0 and toks[j].lower in ("hi", "hello", "hiya", "morning", "afternoon")))):
            return "introducing themselves"  # "Ivy here, writing this up"
        if nxt is not None:
            if nxt.kind == WORD and nxt.lower in SPEECH_VERBS:
                return _VERB_AFTER
            k = i + 1
            while k < len(toks) and k <= i + 2 and toks[k].kind == WORD and toks[k].cap:
                k += 1  # "Daisy Barber (Duty Ops Manager)": look past the surname
            if k + 1 < len(toks) and toks[k].text == "(":
                for inner in toks[k + 1 : k + 4]:
                    if inner.text == ")":
                        break
                    if inner.kind == NUM or inner.lower in NAME_CUES or inner.lower in (
                        _BRACKET_PERSON
                    ):
                        return "followed by age or role in brackets"
            if (nxt.lower in ("in", "on", "at") and i + 3 < len(toks)
                    and toks[i + 2].lower in _PERSON_PLACES and toks[i + 3].kind == NUM):
                return "followed by a bed or seat"  # "Blessing in row 9", "Faith on ward 23"
            if nxt.text == "," and i + 2 < len(toks) and (
                toks[i + 2].kind == NUM
                and not (i + 3 < len(toks) and (
                    toks[i + 3].text in ("/", ".", ":") and self._adjacent(i + 2, i + 3)
                    or toks[i + 3].lower in MONTHS))  # "Stornoway, 23/01/2024": a date
                or (toks[i + 2].lower in ("a", "an", "aged") and i + 3 < len(toks)
                    and toks[i + 3].kind == NUM)
            ):
                return "followed by an age"
            if (nxt.kind == NUM and len(nxt.text) <= 2 and self._adjacent(i, i + 1)
                    and (i + 2 >= len(toks) or toks[i + 2].kind == PUNCT)
                    and not self._call_sign(i)):
                return "followed by an age"  # "Oliver 6, Summer 5."
            if self._age_follows(i):
                return "followed by an age"  # "Poppy 4 wk old", "Kai 15 yo"
            if (nxt.kind == WORD and not nxt.cap and len(nxt.lower) > 4
                    and nxt.lower.endswith("ed") and self.lex.is_common(nxt.lower)
                    and nxt.lower not in _NOT_VERBS):
                return _PAST_AFTER
        return ""

    def _call_sign(self, i: int) -> bool:
        """'Bird 1 (Hope Adair) enter', 'Actions: Bird 1 to patrol': a word and a number that
        the report writes more than once are a unit's call sign, not a child and an age."""
        toks = self.toks
        word = toks[i].text
        return len(word) > 2 and word[1:].islower() \
            and self.text.count(f"{word} {toks[i + 1].text}") >= 2

    def _person_object(self, i: int) -> bool:
        """True when token i stands where a sentence puts a person: straight after a verb
        that takes one ("visited X", "told X") or "with", and before a clause break."""
        toks = self.toks
        if i == 0 or toks[i - 1].kind != WORD or toks[i - 1].lower not in _PERSON_OBJECT_PREV:
            return False
        if not self._adjacent(i - 1, i):
            return False
        nxt = _next_tok(toks, i)
        return nxt is None or nxt.kind == PUNCT or (not nxt.cap and nxt.kind == WORD)

    def _given_to(self, i: int) -> bool:
        """'gave sky her tablets', 'told will his plan': a name-word typed in lower case
        between a verb of giving or telling and his/her/their."""
        toks = self.toks
        tok = toks[i]
        if tok.cap or not i or tok.lower not in self.lex.first_names or tok.lower in STOPWORDS:
            return False
        nxt = _next_tok(toks, i)
        return (toks[i - 1].lower in _GIVING_VERBS and self._adjacent(i - 1, i)
                and nxt is not None and nxt.lower in ("her", "his", "their"))

    def _unknown_word(self, low: str) -> bool:
        lex = self.lex
        return not (
            self._is_common(low) or low in lex.keep or low in self.places or low in lex.eponyms
            or _descriptive_compound(low, lex)
        )

    def score_tokens(self) -> None:
        """Assign each word token a name score from titles, gazetteers and context."""
        lex = self.lex
        toks = self.toks
        common_set = lex.common
        for i, tok in enumerate(toks):
            if tok.kind != WORD:
                continue
            low = tok.lower
            if len(low) == 1:
                continue  # initials are attached to neighbours later
            if low in _TITLE_WORDS or low in _CREW_TITLES or low in _ROLE_ABBREVIATIONS or (
                    low in _ROLE_TITLE_WORDS and low not in lex.first_names
                    and low not in lex.surnames):
                continue  # "Captain informed", "Pax met by", "Loadmaster Joao": a role
            if not tok.cap and low in common_set and not (
                i and (toks[i - 1].text in "(." or toks[i - 1].lower in _TITLE_WORDS
                       or toks[i - 1].lower in _CREW_TITLES)
            ) and not tok.poss and not ((low in lex.first_names or low in _NOT_FIRST) and (
                (i + 1 < len(toks) and (self._surname_word(toks[i + 1].lower)
                                        or toks[i + 1].lower in SPEECH_VERBS
                                        or toks[i + 1].lower in _CLAUSE_ADVERBS
                                        or toks[i + 1].lower in _NEGATED_AUX
                                        or toks[i + 1].lower.endswith("ed")
                                        or (toks[i + 1].kind == NUM and self._age_follows(i))))
                or (i and toks[i - 1].lower in _BEFORE_LOWER_NAME))) and not (
                    i and toks[i - 1].lower in _GIVING_VERBS and self._given_to(i)):
                continue  # fast path: the bulk of any report is lower-case English
            title = self._title_before(i)
            if title is not None:
                j, strong = title
                title_cap = toks[j].cap
                if (strong and (low not in lex.keep or (tok.cap and not tok.upper))
                        and low not in STOPWORDS
                        and low not in SPEECH_VERBS
                        and (tok.cap or self._unknown_word(low)
                             or ((title_cap or toks[j].lower in _UNAMBIGUOUS_TITLES)
                                 and (low in lex.surnames or low in lex.first_names
                                      or not lex.is_basic(low)))
                             or self._lower_miss_title(j, i))):
                    # "Mr cook", "Miss hill": after Mr/Mrs/Ms/Miss/Dr even an ordinary word
                    # is a surname, in whatever case it was typed.
                    self._set(i, 0.95, "title followed by a name")
                    continue
                if (not strong and title_cap and (low not in lex.keep or tok.cap)
                        and low not in _ROLE_TITLE_WORDS and low not in NAME_CUES
                        and not SPECIALTY_RE.search(low)  # "Consultant Rheumatologist"
                        and not tok.upper
                        and (tok.cap or ((low in lex.first_names or low in lex.surnames)
                                         and not lex.is_basic(low))
                             or _GAELIC_SURNAME_RE.fullmatch(low) is not None)  # "PC o'hare"
                        and (self._unknown_word(low) or low in lex.first_names
                             or low in lex.surnames
                             # "PC Danby", "HHJ Mansfield": a town's name as a surname
                             or (tok.cap and low in self.places)
                             # "Captain Sayed": common only as a made-up inflection (say+ed)
                             or (tok.cap and not tok.sent and low not in lex.common
                                 and low not in lex.basic))):
                    self._set(i, 0.9, "title followed by a capitalised word")
                    continue
            if (not tok.cap and low in lex.keep and low in lex.surnames and i
                    and toks[i - 1].lower in _CREW_TITLES and self._adjacent(i - 1, i)):
                self._set(i, 0.75, "surname after a crew role")  # "captain french (commander)"
                continue
            if tok.cap and not tok.upper and low in _SHORT_FORMS and self._short_name_acting(i):
                self._set(i, 0.7, "short form of a name followed by a verb")
                continue  # "* Ed met Kwame fortnightly", "Dot rang", not "ED"
            if low in lex.keep or low in STOPWORDS or self._eponym_use(i):
                continue
            if _PLURAL_ACRONYM_RE.fullmatch(tok.text) or low in _CONTRACTIONS:
                continue  # "2 RNs on", "I've told her"
            if low in _NUMBERED_REFERENCES and i + 1 < len(toks) and toks[i + 1].kind == NUM:
                continue  # "Reg 44", "Para 3": a numbered rule or paragraph, not a person
            if _system_name(tok.text):
                continue  # "StEIS", "SystmOne": a product written in mixed capitals
            if (_descriptive_compound(low, lex) or everyday_compound(tok.text, lex)) and not (
                    "-" in low and low in lex.first_names):  # not "lily-rose", a double first name
                continue  # "Arabic-speaking", "Polish-born", "V-shaped", "Pre-alert"
            if SPECIALTY_RE.search(low):
                continue  # "Rheumatology", "Haematologist": a specialty, never a name
            nxt = _next_tok(toks, i)
            if (low in _WEEKDAYS and nxt is not None and nxt.kind == NUM and i + 2 < len(toks)
                    and toks[i + 2].text in "/." and toks[i + 2].start == nxt.end):
                continue  # "Sun 18/08": a day of the week and a date
            if low in NATO and nxt is not None and nxt.kind == NUM:
                continue  # taxiway "Alpha 3", holding point "Charlie 2"
            if low in NATO and _prev_word(toks, i) >= 0 \
                    and toks[_prev_word(toks, i)].lower in _TAXIWAY_BEFORE:
                continue  # "vacated at Charlie", "near TWY Juliet": a taxiway
            common = self._is_common(low)
            is_first = self._is_first_name(low)
            is_sur = low in lex.surnames
            if tok.upper and len(low) <= 3:
                # Initials such as "JS" only with a verb or role cue, and never after an
                # article ("the AOG was fixed" is a thing, not a person).
                prev = _prev_word(toks, i)
                if (not common and low not in lex.keep and low not in _NOT_INITIALS
                        and not self.title_line[i]
                        and not (prev >= 0 and toks[prev].lower in _ARTICLES)
                        # three capitals are far more often a term ("INR", "CIW said") than
                        # someone's initials, so they need a slot, not just a verb after them
                        and ((len(low) == 2 and self._context_cue(i)) or (
                            prev == i - 1 and toks[prev].lower in _UPPER_INITIAL_SLOTS
                            and (nxt is None or nxt.kind == PUNCT
                                 or nxt.lower in _AFTER_INITIALS))
                             # "(Eng MK)", "(Capt RS)": who signed a log entry
                             or (prev == i - 1 and prev >= 1 and toks[prev - 1].text == "("
                                 and toks[prev].lower in BRACKETED_ROLES
                                 and nxt is not None and nxt.text == ")"))):
                    # "Handover note by JB:", "cc KW": initials where a person would be
                    self._set(i, 0.6, "initials with a name cue")
                continue
            shout = tok.upper  # ALL-CAPS words: treat as capitalised
            capital = tok.cap or shout
            if is_first and not common and low not in self.places \
                    and not (low in _LOWER_NOT_FIRST_NAMES and not capital):
                if capital:
                    self._set(i, 0.9, "known first name")
                elif len(low) >= 3 and not (i and toks[i - 1].lower in _DETERMINERS
                                            and toks[i - 1].lower != "its"):
                    # never after a determiner: "tourniquet on a teddy", "his jack"; but
                    # "hi its jodie" is "it's" typed without its apostrophe
                    self._set(i, 0.75, "known first name in lower case")
                elif not self._lower_full_name(i) and self._short_name_acting(i):
                    self._set(i, 0.7, "short lower-case first name followed by a verb")
                continue
            if is_sur and not common and low not in self.places:
                if capital:
                    self._set(i, 0.8, "known surname")
                elif len(low) >= 4 and self._context_cue(i):
                    self._set(i, 0.6, "known surname in lower case with a name cue")
                continue
            if capital and not shout:
                cue = self._context_cue(i)
                if is_first or is_sur:
                    # A name that is also a word: Grace, Hope, Will, Mark, Rose, May.
                    if cue and not (low in MONTHS_AS_NAMES and cue == "possessive"
                                    and self._seasonal_possessive(i)):
                        self._set(i, 0.8, f"name-word with context: {cue}")
                    elif self._by_person(i):
                        self._set(i, 0.75, "name-word after a participle and 'by'")
                    elif (not tok.sent and not self.title_line[i]
                          and low not in MONTHS_AS_NAMES and low not in self.places
                          and not self._in_title_phrase(i)
                          and not (low in _SHORT_MONTHS and i and toks[i - 1].lower in _BEFORE_MONTH)
                          and not (low in _PLACE_TYPE_WORDS and i + 1 < len(toks)
                                   and toks[i + 1].kind == NUM)
                          and not self._field_label(i) and not self._word_in_compound(i)):
                        # not "back from uni since Jan", nor "at Lane 5", nor a form's
                        # "G-FLXC   Page: TL-004417", nor "Foster carer", "Day staff"
                        self._set(i, 0.65, "name-word capitalised mid-sentence")
                    continue
                if (common and not tok.sent and i and toks[i - 1].upper
                        and toks[i - 1].lower in NAME_CUES and low not in _PLACE_TYPE_WORDS
                        and low not in lex.keep and low not in _ROLE_TITLE_WORDS
                        and (is_sur or is_first or not lex.is_basic(low))):
                    self._set(i, 0.75, "capitalised word after a role abbreviation")
                    continue  # "FO Stokes", "SCCM Marsh"
                if (common and not tok.sent and not self.title_line[i] and i
                        and toks[i - 1].lower in _KIN and toks[i - 1].end < tok.start
                        and not toks[i - 1].poss  # "Dad's Universal Credit"
                        and not (low not in lex.basic and lex.is_basic(low))  # "mum Works"
                        and low not in STOPWORDS and low not in _PLACE_TYPE_WORDS
                        and low not in lex.keep and low not in NAME_CUES
                        and low not in _ROLE_TITLE_WORDS and low not in self.places):
                    self._set(i, 0.7, "capitalised word after a word for family")
                    continue  # "our aunty Shell", "nan Cookie"
                if common and self._between_role_and_verb(i):
                    self._set(i, 0.7, "capitalised word between a role and a verb")
                    continue  # "the paramedic Sol gave", "Husband Reg noticed"
                if common and self._rare_word_acting(i):
                    self._set(i, 0.6, "rare word capitalised where a person acts")
                    continue  # "places Dot might head for"
                if common or low in lex.keep or low in lex.eponyms or low in _SHORT_FORMS_OF_WORDS:
                    continue
                if low in self.places:
                    continue
                if not cue and self._person_object(i):
                    cue = "in the place of a person after a verb or preposition"
                if cue in (_VERB_AFTER, _PAST_AFTER) and tok.sent and low in lex.english:
                    cue = ""  # "Refuel stopped", "Tourniquet inflated": a sentence opens on a word
                if cue:
                    self._set(i, 0.75, f"capitalised word with context: {cue}")
                elif (not tok.sent and not self.title_line[i] and not self._in_title_phrase(i)
                      and not self._field_label(i)
                      and not ("-" in low and all(p in self.places for p in low.split("-")))):
                    # not "Hosp no:" or "Anaes:" in a form, nor a route "Manchester-Newquay"
                    self._set(i, 0.55, "capitalised word not in the dictionary")
            elif not capital:
                if (i >= 2 and toks[i - 1].text == "(" and toks[i - 2].lower in NAME_CUES
                        and i + 1 < len(toks) and toks[i + 1].text == ")"
                        and not (common and low not in lex.keep and lex.is_basic(low))):
                    # "nurse (bill)", never "nurse (bank)" or "engineer (agency)"
                    self._set(i, 0.7, "name in brackets after a relation word")
                    continue
                if self._lower_full_name(i):
                    continue
                prev = _prev_word(toks, i)
                if (prev == i - 1 and toks[prev].lower in _RELATIONS and not common
                        and low not in lex.keep and low not in STOPWORDS and len(low) >= 3
                        and not low.endswith(("ed", "ing", "ly", "n't", "n’t"))
                        and low not in self.places):
                    self._set(i, 0.65, "lower-case name after a relation word")  # "sister lacey-mae"
                    continue
                if (prev == i - 1 and toks[prev].lower in _CREW_TITLES and low not in STOPWORDS
                        and not toks[prev].poss  # "Captain's report"
                        and low not in lex.keep and low not in SPEECH_VERBS
                        and not (lex.is_basic(low) and low not in lex.first_names  # "FO report."
                                 and low not in lex.surnames and not self._past_verb(i + 1))
                        and not (self._past_verb(i) and low not in lex.surnames)
                        and not low.endswith(("ion", "ing"))
                        and (nxt is None or nxt.text in ",()." or nxt.lower in ("and", "&")
                             or self._past_verb(i + 1))):
                    self._set(i, 0.75, "name after a crew role")  # "fo read, sccm ..."
                    continue
                verb = i + 1
                if (nxt is not None and nxt.lower in _CLAUSE_ADVERBS and i + 2 < len(toks)
                        and toks[i + 2].kind == WORD):
                    verb = i + 2  # "poppy last seen", "ray then went"
                vtok = toks[verb] if verb < len(toks) else None
                if (is_first and common and low not in MONTHS_AS_NAMES and not tok.poss
                        and vtok is not None and vtok.kind == WORD and not vtok.cap
                        and (((vtok.lower in SPEECH_VERBS or (vtok.lower.endswith("ed")
                                                              and len(vtok.lower) > 4)
                               or (verb > i + 1 and vtok.lower in _PARTICIPLES)
                             or vtok.lower in _PAST_FORMS)
                              and low not in _NOT_FIRST
                              and (tok.sent or (i and toks[i - 1].lower in _BEFORE_LOWER_NAME)
                                   or (prev == i - 1 and toks[prev].lower in _EX_RELATIONS)))
                             or (self._past_verb(verb) and prev == i - 1
                                 and toks[prev].lower in NAME_CUES)
                             or (vtok.lower in _NEGATED_AUX and low not in _NOT_FIRST
                                 and prev == i - 1 and (toks[prev].lower in _CONJUNCTIONS
                                                        or toks[prev].lower in _BEFORE_LOWER_NAME))
                             )):
                    # "ray got his results", "jack was excluded": a name typed in lower case
                    # that starts a clause and does something; "pharmacist will picked up".
                    self._set(i, 0.7, "lower-case name-word followed by a verb")
                    continue
                if is_first and self._lower_person_slot(i):
                    continue
                if is_first and low not in lex.keep and self._age_follows(i):
                    self._set(i, 0.7, "lower-case name-word followed by an age")
                    continue  # "poppy 4 wk old, NGT replaced"
                if self._given_to(i):
                    self._set(i, 0.7, "lower-case name-word given something")
                    continue
                if tok.poss and (is_first or (len(low) <= 3 and not common)) and not (
                    low in MONTHS_AS_NAMES or low in NAME_CUES or low in lex.keep
                    or low in _CALENDAR_WORDS or low in _NOT_INITIALS
                    or low in _POSSESSIVE_NOT_NAMES  # "the older man's notes"
                    or (prev >= 0 and toks[prev].lower in _DETERMINERS)
                ):
                    # "rich's plan", "ts' NHS number": ordinary words rarely take a possessive
                    # in lower case, names and initials do.
                    self._set(i, 0.65, "lower-case possessive of a name")
                    continue
                if (2 <= len(low) <= 3 and not common and low not in lex.keep
                        and low not in _NOT_INITIALS and prev == i - 1
                        and toks[prev].lower in _INITIAL_SLOTS
                        and (nxt is None or nxt.kind == PUNCT
                             or nxt.lower in _AFTER_INITIALS)):
                    # "home visit to jm at", "spoke with kb.": lower-case initials in the
                    # place of a person.
                    self._set(i, 0.6, "lower-case initials after a person's preposition")
                    continue
                if (len(low) <= 3 and not common and low not in STOPWORDS
                        and low not in _TEXT_SPEAK_WORDS
                        and nxt is not None and nxt.kind == WORD
                        and (nxt.lower in SPEECH_VERBS or (
                            # "dk taking to QA subgroup": letters no word is made of, acting
                            tok.sent and low.isalpha() and not any(v in low for v in "aeiouy")
                            and low not in _NOT_INITIALS and self._adjacent(i, i + 1)
                            and ((nxt.lower.endswith("ing") and len(nxt.lower) > 5)
                                 or self._past_verb(i + 1))))
                        and low not in MONTHS_AS_NAMES and tok.text != "pH"):  # "pH was 6"
                    # "mw told her teacher": lower-case initials doing something.
                    self._set(i, 0.6, "lower-case initials with a verb")
                    continue
                j = _prev_word(toks, i, skip=",")
                if j >= 0 and toks[j].lower in ("called", "named", "nicknamed", "aka") and not common:
                    self._set(i, 0.7, "word after 'called'")

    def _between_role_and_verb(self, i: int) -> bool:
        """'the paramedic Sol gave', 'the loader Jag signalled': an everyday word, capitalised
        mid-sentence straight after a word for a person and straight before what people do, is
        that person's name. A capitalised role word before it must be family at a sentence
        start ("Patient Transport were late" is a service)."""
        toks = self.toks
        tok = toks[i]
        low = tok.lower
        if tok.sent or self.title_line[i] or i == 0 or not self._adjacent(i - 1, i):
            return False
        prev = toks[i - 1]
        if prev.kind != WORD or prev.poss or prev.upper or prev.lower not in NAME_CUES:
            return False
        if prev.cap and not (prev.sent and prev.lower in _KIN):
            return False
        if low in STOPWORDS or low in SPEECH_VERBS or self._word_or_term(low):
            return False
        nxt = i + 1
        if nxt < len(toks) and toks[nxt].lower in _CLAUSE_ADVERBS:
            nxt += 1  # "paramedic Sol then gave"
        if nxt >= len(toks) or toks[nxt].kind != WORD or toks[nxt].cap:
            return False
        verb = toks[nxt].lower
        return (verb in SPEECH_VERBS and verb not in ("is", "are", "were", "was")) \
            or self._past_verb(nxt)

    def _word_or_term(self, low: str) -> bool:
        """A basic English word, a kept term, a place or place type, a day or month, or a
        word for a person or a role: what an everyday capitalised word must not be before
        its place in a sentence makes it a name."""
        lex = self.lex
        return (lex.is_basic(low) or low in lex.keep or low in self.places
                or low in _PLACE_TYPE_WORDS or low in _CALENDAR_WORDS or low in MONTHS_AS_NAMES
                or low in NAME_CUES or low in _ROLE_TITLE_WORDS)

    def _field_label(self, i: int) -> bool:
        """'Hosp no: K09', 'Anaes: Dr Holm': a form's field label after a column break."""
        toks = self.toks
        start = toks[i].start
        if i and toks[i - 1].end > start - 2 and "\n" not in self.text[toks[i - 1].end:start]:
            return False
        j = i + 1
        if j < len(toks) and toks[j].lower in ("no", "number", "id", "ref"):
            j += 1
            if j < len(toks) and toks[j].text == ".":
                j += 1
        return j < len(toks) and toks[j].text == ":" and self._adjacent_or_space(j - 1, j)

    def _rare_word_acting(self, i: int) -> bool:
        """'places Dot might head for': a word outside the basic vocabulary, capitalised in
        mid-sentence with no determiner before it, then a verb people do."""
        toks = self.toks
        tok = toks[i]
        low = tok.lower
        if self.title_line[i] or self._word_or_term(low):
            return False
        if tok.sent or i == 0:
            return False
        if self._by_person(i):
            # "Aircraft inspected by Chip", not "issued by Load Control" or "by Modern Matron"
            nxt = _next_tok(toks, i)
            return not self._in_title_phrase(i) and (
                nxt is None or not (nxt.kind == WORD and nxt.cap) and nxt.lower not in ("and", "&"))
        prev = toks[i - 1]
        if prev.kind != WORD or prev.cap or prev.lower in _DETERMINERS \
                or prev.lower in _NOT_BEFORE_ACTOR:
            return False  # "Chain of Survival worked", "Next morning Gateway ran"
        if i + 1 >= len(toks) or not self._adjacent(i, i + 1):
            return False
        verb = toks[i + 1]
        return verb.kind == WORD and not verb.cap and verb.lower in SPEECH_VERBS \
            and verb.lower not in ("is", "are", "were", "was", "has", "had", "will", "can")

    def _lower_miss_title(self, j: int, i: int) -> bool:
        """'a call from miss hill': lower-case "miss" is a title, not the verb, before a
        surname when no subject or auxiliary comes before it."""
        toks = self.toks
        low = toks[i].lower
        if j != i - 1 or toks[j].lower != "miss" or toks[j].cap:
            return False
        if not (low in self.lex.surnames or low in self.lex.first_names) or low in _MISSABLE:
            return False
        return j == 0 or toks[j - 1].lower not in _BEFORE_MISS_VERB

    def _first_name_shape(self, j: int) -> bool:
        """'supervisor Drew Chambers': a capitalised ordinary word mid-sentence, directly
        before a surname, that is not a role, a place, a day or a heading word."""
        t = self.toks[j]
        low = t.lower
        return not (
            t.sent or self.title_line[j] or t.poss or low in STOPWORDS or low in self.lex.keep
            or low in _TITLE_WORDS or low in _ROLE_TITLE_WORDS or low in NAME_CUES
            or low in _PLACE_TYPE_WORDS or low in _CALENDAR_WORDS or low in self.places
            or low in GENERIC_WORDS or low in _CREW_TITLES or low in SPEECH_VERBS
            or self._eponym_use(j)
        )

    def _past_verb(self, i: int) -> bool:
        """True when token i is a verb in the past tense ("picked", "spotted", "said")."""
        if i >= len(self.toks):
            return False
        tok = self.toks[i]
        low = tok.lower
        return tok.kind == WORD and not tok.cap and (
            low in _PAST_FORMS or (len(low) > 4 and low.endswith("ed") and low not in _NOT_VERBS)
        )

    def _by_person(self, i: int) -> bool:
        """'given at 04:45 by frank', 'inspected by April.': a name-word after a passive
        participle and "by" is the person who did it. A month after "by" is a deadline when
        the sentence looks forward ("to be done by May")."""
        toks = self.toks
        if i < 2 or toks[i - 1].lower != "by" or toks[i - 1].kind != WORD:
            return False
        nxt = _next_tok(toks, i)
        if nxt is not None and (nxt.kind == NUM or nxt.lower in _CALENDAR_WORDS
                                or nxt.lower in _DEADLINE_AFTER):
            return False
        if not toks[i].cap and not (nxt is None or nxt.kind == PUNCT
                                    or nxt.lower in _AFTER_INITIALS):
            return False  # "by frank discussion": an adjective before its noun
        participle = False
        for k in range(i - 2, max(-1, i - 9), -1):
            t = toks[k]
            if t.kind == PUNCT and t.text in _SENTENCE_END and t.text != ":":
                break
            if t.kind != WORD:
                continue
            if t.lower in _FUTURE_CUES:
                return False
            if t.lower in _PARTICIPLES or (len(t.lower) > 4 and t.lower.endswith("ed")):
                participle = True
        return participle

    def _lower_person_slot(self, i: int) -> bool:
        """Score a lower-case name-word where the sentence puts a person: after "by" and a
        participle, or closing a list of names ("Jada & guy.")."""
        toks = self.toks
        low = toks[i].lower
        if low in MONTHS_AS_NAMES or low in NAME_CUES:
            return False
        if self._by_person(i):
            self._set(i, 0.7, "lower-case name-word after 'by'")
            return True
        return False

    def _short_name_acting(self, i: int) -> bool:
        """'when jo chased', 'mo heard and stopped her': a two-letter first name in lower case,
        not after a determiner, straight before what people do."""
        toks = self.toks
        if i and toks[i - 1].lower in _DETERMINERS:
            return False
        if i + 1 >= len(toks) or not self._adjacent(i, i + 1):
            return False
        nxt = toks[i + 1]
        return nxt.kind == WORD and not nxt.cap and nxt.lower not in _AUXILIARIES \
            and (nxt.lower in SPEECH_VERBS or self._past_verb(i + 1))

    def _lower_full_name(self, i: int) -> bool:
        """'mark nelson', 'rojda armstrong': a lower-case first name (or unknown word) directly
        followed by a known surname reads as a full name even when both are also words."""
        toks = self.toks
        lex = self.lex
        if i + 1 >= len(toks) or not self._adjacent(i, i + 1):
            return False
        first, second = toks[i], toks[i + 1]
        if second.kind != WORD or second.cap or first.poss or len(second.lower) < 2:
            return False
        a, b = first.lower, second.lower
        if a in STOPWORDS or b in STOPWORDS or b in SPEECH_VERBS:
            return False
        if a in _NOT_FIRST and (lex.is_common(b) or b not in lex.surnames):
            return False  # "may qureshi" is a name, "may cook" is not
        if a in lex.keep or b in lex.keep or a in NAME_CUES:
            return False
        a_name = a in lex.first_names or a in _NOT_FIRST
        if not self._surname_word(b):
            # "jo souza": a first name that is no English word, then a word we do not know
            if not (a_name and not lex.is_common(a) and len(b) >= 3 and self._unknown_word(b)
                    and not b.endswith(("ed", "ing")) and b.isalpha()):
                return False
        if not (a_name or self._unknown_word(a)):
            return False
        if not a_name and lex.is_basic(b):
            return False  # an unknown word before an everyday word: too weak
        if a_name and lex.is_basic(a) and lex.is_basic(b) and not (
            self._is_name_elsewhere(a, b) or self._person_slot(i) or second.poss
        ):
            return False  # "grace hill" only where the report treats it as a person
        self._set(i, 0.7, "lower-case first name and surname")
        self._set(i + 1, 0.7, "lower-case first name and surname")
        return True

    def _surname_word(self, low: str) -> bool:
        """A known surname, or one with an "s" for a possessive typed without its apostrophe
        ("destiny clarkes review") where that is no English word."""
        lex = self.lex
        return low in lex.surnames or (
            low.endswith("s") and low[:-1] in lex.surnames and low not in lex.english
            and not lex.is_common(low[:-1]))

    def _person_slot(self, i: int) -> bool:
        """'by daisy little (safety officer)': the place in the sentence is a person's."""
        toks = self.toks
        prev = _prev_word(toks, i, skip=",")
        if prev >= 0 and (toks[prev].lower in NAME_CUES or toks[prev].lower in ("by", "with")):
            return True
        return i + 2 < len(toks) and toks[i + 2].text == "("

    def _is_name_elsewhere(self, a: str, b: str) -> bool:
        return any(t.cap and t.lower in (a, b) and not t.sent for t in self.toks)

    def signature_initials(self) -> None:
        """'S.S.' or 'bw' alone on the last line(s): the writer's initials."""
        toks = self.toks
        bounds = [*self.line_starts, len(toks)]
        if bounds[0] != 0:
            bounds.insert(0, 0)
        for i, j in zip(bounds, bounds[1:], strict=False):
            if not 0 < j - i <= 6:
                continue  # initials make a short line
            line = toks[i:j]
            letters = [t for t in line if t.kind == WORD]
            dots = [t for t in line if t.text == "."]
            if (letters and len(letters) + len(dots) == len(line)
                    and self._initials_line(letters, bool(dots))):
                for k in range(i, j):
                    self._set(k, 0.7, "initials on a line of their own")

    def closing(self) -> None:
        """The end of a report: 'K.W.' or 'bw' after the last sentence, 'Thanks, autumn',
        and a name on the line above a job title ('frank' / 'Ward Manager')."""
        toks = self.toks
        n = len(toks)
        if not n:
            return
        # trailing initials after the last sentence end: "... again. K.W.", "12.40pm bw"
        m = _CLOSING_INITIALS_RE.search(self.text, max(0, len(self.text) - 24))
        if m is not None:
            letters = m.group(1)
            low = letters.lower()
            after_sentence = self.text[m.start()] in ".!?" and letters.islower()
            # "... taken at 10 a.m.": the time, not who wrote it
            timed = low.replace(".", "") in ("am", "pm") and _TIME_BEFORE_RE.search(
                self.text, max(0, m.start(1) - 12), m.start(1)) is not None
            if not timed and ("." in letters or (low not in self.lex.keep and low not in _NOT_INITIALS
                                                 and not self.lex.is_common(low)) or (
                # "... followed it.  rm": after a full stop "am" or "rm" cannot be a time or a
                # role abbreviation inside a sentence; it is the writer's sign-off.
                after_sentence and len(low) == 2 and low not in ("ok", "na", "nb", "no")
            )):
                for k in range(n):
                    if toks[k].start >= m.start(1) and toks[k].end <= m.end(1):
                        self._set(k, 0.7, "initials closing the report")
        # "Thanks, may": a sign-off and one or two words to the end of the text
        for k in range(max(0, n - 5), n):
            if toks[k].lower in SIGN_OFFS:
                rest = [t for t in toks[k + 1 :] if t.text != ","]
                if 1 <= len(rest) <= 2 and all(t.kind == WORD and t.lower not in STOPWORDS
                                               and t.lower not in SIGN_OFFS
                                               and t.lower not in GREETED_NOBODY for t in rest):
                    for t_i in range(k + 1, n):
                        if toks[t_i].kind == WORD:
                            self._set(t_i, 0.75, "name after a closing sign-off")
                break
        # a short line followed by a line holding a job title
        starts = self.line_starts
        for a, b in zip(starts, starts[1:], strict=False):
            line = toks[a:b]
            if not (1 <= len(line) <= 3) or any(t.kind != WORD for t in line):
                continue
            if any(t.lower in STOPWORDS or t.lower in self.lex.keep or t.lower in SIGN_OFFS
                   or t.lower in NAME_CUES or t.lower in _ROLE_TITLE_WORDS for t in line):
                continue
            if not all(self._is_first_name(t.lower) or t.lower in self.lex.surnames
                       or self._unknown_word(t.lower) for t in line):
                continue  # "Background" above "The social worker visited..." is a heading
            end = starts[starts.index(b) + 1] if starts.index(b) + 1 < len(starts) else n
            if end - b > 8:
                continue  # a job title is a short line of its own
            nxt_line = toks[b : b + 6]
            if any(t.lower in _ROLE_TITLE_WORDS or t.lower in NAME_CUES for t in nxt_line
                   if not t.newline_before or t is nxt_line[0]):
                for k in range(a, b):
                    self._set(k, 0.75, "name above a job title")

    def _initials_line(self, letters: list[Token], dotted: bool) -> bool:
        if dotted:
            return 2 <= len(letters) <= 3 and all(len(t.text) == 1 for t in letters)
        if len(letters) != 1:
            return False
        low = letters[0].lower
        return (2 <= len(low) <= 3 and low not in self.lex.keep and low not in _NOT_INITIALS
                and letters[0].newline_before and self._last_line(letters[0]))

    def _last_line(self, tok: Token) -> bool:
        return self.text.find("\n", tok.end) < 0 or not self.text[tok.end:].strip()

    def _seasonal_possessive(self, i: int) -> bool:
        """'Summer's day', 'May's meeting': a possessive that belongs to the month or season."""
        nxt = self._next_word(i)
        return nxt is None or nxt.lower in _SEASONAL_NOUNS

    def _word_in_compound(self, i: int) -> bool:
        """A name-word that is the first half of an everyday compound: before a lower-case
        word for a person or a group ("Foster carer", "Day staff", "Day team lead"), or a
        page's or a log's number ("Page 004417")."""
        toks = self.toks
        if i + 1 >= len(toks) or not self._adjacent_or_space(i, i + 1):
            return False
        nxt = toks[i + 1]
        if nxt.kind == NUM:
            return len(nxt.text) >= 3 and toks[i].lower in _NUMBERED_WORDS
        return nxt.kind == WORD and not nxt.cap and nxt.lower in _GROUP_AFTER_WORD

    def _age_follows(self, i: int) -> bool:
        """An age straight after the word: "4 wk old", "15 yo"; not "3 yrs ago"."""
        toks = self.toks
        return (i + 3 < len(toks) and toks[i + 1].kind == NUM and len(toks[i + 1].text) <= 2
                and toks[i + 2].lower in _AGE_UNIT_WORDS
                and (toks[i + 3].lower == "old" or toks[i + 2].lower == "yo"))

    def _in_title_phrase(self, i: int) -> bool:
        """True when a capitalised neighbour is an ordinary word ("Intensive Care Unit")."""
        toks = self.toks
        for j in (i - 1, i + 1):
            if 0 <= j < len(toks) and toks[j].kind == WORD and toks[j].cap and (
                (j < i and self._adjacent(j, i)) or (j > i and self._adjacent(i, j))
            ):
                low = toks[j].lower
                if low in self.lex.first_names or low in self.lex.surnames:
                    continue
                if j > i and (low in _WEEKDAYS or low in MONTHS):
                    continue  # "Interpreter for Zewdi Fri 10am": a name, then when
                if j < i and toks[j].sent and (low in _PERSON_OBJECT_PREV or low in SPEECH_VERBS):
                    continue  # "Visited Ionela": the verb is capitalised for the sentence
                if self._is_common(low) or low in self.lex.keep:
                    return True
        return False

    def _set(self, i: int, score: float, reason: str) -> None:
        if score > self.score[i]:
            self.score[i] = score
            self.reason[i] = reason
            self.dirty = True

    # -- growing runs ---------------------------------------------------------------------
    def _adjacent(self, a: int, b: int) -> bool:
        """True when tokens a < b are separated only by spaces on one line."""
        a_end = self.toks[a].end
        b_start = self.toks[b].start
        if b_start - a_end > 2:
            return False  # three spaces or more: a table's or a form's column break
        return b_start == a_end or self.text[a_end:b_start].strip(" ") == ""

    def _standalone(self, k: int) -> bool:
        """True when token k is not glued to the token before it ("BAW944K." is one code)."""
        return k == 0 or self.toks[k - 1].end < self.toks[k].start

    def _glued_on(self, k: int) -> bool:
        """True when a word or number runs straight on from token k ("B1", "A320")."""
        return k + 1 < len(self.toks) and self.toks[k + 1].start == self.toks[k].end \
            and self.toks[k + 1].kind != PUNCT

    def _is_first_name(self, low: str) -> bool:
        fn = self.lex.first_names
        if low in fn:
            return True
        if "-" not in low:
            return False
        # "lily-rose", and "ellie-may": a double first name whose second half is a month
        first, *rest = low.split("-")
        return first in fn and all(part in fn or part in _SECOND_NAMES for part in rest)

    def _can_extend(
        self, j: int, from_cap: bool, from_first: bool = False, after_first: bool = False
    ) -> bool:
        tok = self.toks[j]
        low = tok.lower
        lex = self.lex
        if tok.kind != WORD or low in STRONG_TITLES or low in STOPWORDS:
            return False
        head, _, tail = low.partition("-")
        if head in PARTICLES and tail and tok.text[len(head) + 1].isupper():
            return True  # "Omar al-Rashid", "Ahmed bin-Khalid"
        if low in lex.keep or low in SPEECH_VERBS:
            # "Sami Costa", "Morag May", "hamish french": after a known first name a surname
            # is a surname even when it is also a brand, a language or a verb.
            if not (after_first and low in lex.surnames and (tok.cap or low not in SPEECH_VERBS)
                    and not self.title_line[j] and not tok.upper):
                return False
            return True
        if self._eponym_use(j):
            return False
        if tok.cap and not tok.upper:
            if low in lex.surnames or low in lex.first_names or self._unknown_word(low):
                return True
            # "Ava Bright", "Drew Chambers": after a known first name a capitalised word is
            # the surname even when it is also an ordinary word, unless it names a place type.
            # A heading in Title Case does not count against it when a role in brackets
            # follows ("Submitted by Daisy Barber (Duty Ops Manager)").
            nxt = _next_tok(self.toks, j)
            return (from_first and (not self.title_line[j] or (nxt is not None
                                                                and nxt.text == "("))
                    and low not in _PLACE_TYPE_WORDS
                    and low not in _CALENDAR_WORDS and low not in NAME_CUES
                    and low not in _ROLE_TITLE_WORDS)
        if not tok.cap and not from_cap:
            # "ffion pryce": a lower-case surname, or an unknown word, after a first name; but
            # not everyday words joined by a hyphen ("gus self-reported")
            if "-" in low and all(self._is_common(part) for part in low.split("-") if part):
                return False
            return (low in lex.surnames or self._unknown_word(low)) and low not in NAME_CUES
        return False

    def extend(self) -> None:
        """Join surnames, initials and particles to the names found so far."""
        if not self.dirty:
            return  # nothing new to grow from since the last call
        toks = self.toks
        n = len(toks)
        changed = True
        rounds = 0
        score = self.score
        while changed and rounds < 4:
            changed = False
            rounds += 1
            # Visit scored tokens left to right; a token scored by a forward step is visited
            # later in the same round, exactly as a plain left-to-right scan would.
            work = [i for i, sc in enumerate(score) if sc > 0]
            last = -1
            while work:
                i = heappop(work)
                if i <= last:
                    continue
                last = i
                cap = toks[i].cap
                # forward: "Sunita Patel", "Tom B.", "Ana de Souza"
                j = i + 1
                # "kev p B1": a letter that starts a code is no initial; after a capitalised
                # word it is left to be read with the word as one model name ("Hamilton T1",
                # "Hydrant H14"), which no name outlives
                if j < n and self.score[j] <= 0 and self._adjacent(i, j) and not toks[i].poss \
                        and not (len(toks[j].text) == 1 and not cap and self._glued_on(j)):
                    t = toks[j]
                    if t.kind == WORD and len(t.text) == 1 and t.text.isupper() and t.text not in "IA":
                        self._set(j, self.score[i], "initial after a name")
                        changed = True
                        heappush(work, j)
                    elif self._can_extend(j, cap, cap and self.score[i] >= 0.8
                                          and self._is_first_name(toks[i].lower),
                                          (self.score[i] >= 0.7
                                           and self._is_first_name(toks[i].lower))
                                          or (cap and toks[j].cap and self.score[i] >= 0.55)):
                        self._set(j, min(self.score[i], 0.85), "surname after a name")
                        changed = True
                        heappush(work, j)
                    elif (t.lower in PARTICLES and j + 1 < n and self._adjacent(j, j + 1)
                          and toks[j + 1].cap and self._can_extend(j + 1, True)):
                        self._set(j, self.score[i], "name particle")
                        self._set(j + 1, self.score[i], "surname after a particle")
                        changed = True
                        heappush(work, j)
                        heappush(work, j + 1)
                # backward: "Grace Patel", "J. Smith", "J Smith"
                j = i - 1
                if j >= 0 and toks[j].text == "." and j - 1 >= 0:
                    k = j - 1
                    if (toks[k].kind == WORD and len(toks[k].text) == 1 and toks[k].text.isupper()
                            and self.score[k] <= 0 and self._standalone(k)
                            and not (k and toks[k - 1].kind in (NUM, WORD)
                                     and toks[k - 1].upper)):
                        self._set(k, self.score[i], "initial before a surname")
                        self._set(j, self.score[i], "initial")
                        changed = True
                    continue
                if j >= 0 and self.score[j] <= 0 and self._adjacent(j, i) and toks[i].cap:
                    t = toks[j]
                    if t.kind != WORD or t.lower in self.lex.keep or t.lower in _ROLE_TITLE_WORDS:
                        continue  # "Loadmaster Joao Pereira": the role stays outside the name
                    if (len(t.text) == 1 and t.text.isupper() and t.text not in "IA"
                            and self._standalone(j)):
                        self._set(j, self.score[i], "initial before a surname")
                        changed = True
                    elif t.cap and not t.upper and (
                        self._is_first_name(t.lower)
                        or (toks[i].lower in self.lex.surnames and self._unknown_word(t.lower)
                            and t.lower not in STOPWORDS and not self.title_line[j])
                        or (toks[i].lower in self.lex.surnames and self.score[i] >= 0.8
                            and self._first_name_shape(j))
                        # "May Li", "June Osei": a month before a found surname, not after a
                        # day number ("12 May Li" would be a date and then a name).
                        or (t.lower in MONTHS_AS_NAMES and toks[i].lower in self.lex.surnames
                            and self.score[i] >= 0.8 and not (j and toks[j - 1].kind == NUM))
                    ):
                        self._set(j, self.score[i], "first name before a surname")
                        changed = True
                elif (j >= 0 and self.score[j] <= 0 and self._adjacent(j, i) and not toks[i].cap
                      and toks[j].kind == WORD and not toks[j].cap and not toks[j].poss
                      and toks[j].lower in self.lex.first_names
                      and toks[j].lower not in STOPWORDS and toks[i].lower in self.lex.surnames):
                    # "may qureshi was given": a lower-case first name before a found surname.
                    self._set(j, self.score[i], "first name before a surname")
                    changed = True
        self.dirty = changed

    def lists(self) -> None:
        """Names in lists: 'Jayden, Tom and Priya' — a capitalised neighbour of a name."""
        toks = self.toks
        n = len(toks)
        caps = [i for i in self.word_idx if toks[i].cap and not toks[i].upper]
        for _ in range(2):
            for i in caps:
                tok = toks[i]
                if self.score[i] > 0:
                    continue
                low = tok.lower
                if (low in self.lex.keep or low in self.places or low in STOPWORDS
                        or self._eponym_use(i)):
                    continue
                if self._is_common(low) and low not in self.lex.first_names:
                    continue
                for j, k in ((i - 1, i - 2), (i + 1, i + 2)):
                    if not (0 <= k < n and 0 <= j < n):
                        continue
                    sep = toks[j]
                    # A known first name may lean on a weaker neighbour ("Precious, Dom.").
                    need = 0.55 if low in self.lex.first_names else 0.6
                    if ((sep.text in (",", "&", "/") or sep.lower in ("and", "or"))
                            and self.score[k] >= need
                            and not _PARAGRAPH_BREAK_RE.search(
                                self.text, toks[min(i, k)].end, toks[max(i, k)].start)):
                        # never across a blank line: "Hi Iain,\n\nFlagging a near miss"
                        self._set(i, 0.65, "in a list with other names")
                        break
        self._lower_list_tail()

    def _lower_list_tail(self) -> None:
        """'Crew were Darren, Ava, Jada & guy.': a lower-case name-word closing a list of
        capitalised names."""
        toks = self.toks
        for i in self.word_idx:
            tok = toks[i]
            if (tok.cap or self.score[i] > 0 or i < 2 or toks[i - 1].lower not in ("and", "&")
                    or not self._is_first_name(tok.lower) or tok.lower in MONTHS_AS_NAMES
                    or tok.lower in NAME_CUES or tok.lower in STOPWORDS):
                continue
            nxt = _next_tok(toks, i)
            if not (nxt is None or (nxt.kind == PUNCT and nxt.text in ".,;!?)")):
                continue
            k = i - 2
            if (toks[k].kind == WORD and toks[k].cap and self.score[k] >= 0.55
                    and k >= 2 and toks[k - 1].text == "," and self.score[k - 2] >= 0.6):
                self._set(i, 0.65, "lower-case name-word closing a list of names")

    def person_positions(self) -> None:
        """Name-words that are also ordinary words ("grace", "Hope", "Dawn"), or initials,
        where the sentence can only mean a person: an age in brackets straight after, "is
        13", "<name> from <a team> <did something>", praise ("great job Dina!"), a bare name
        in brackets after a role ("the dispatcher (Tam)") or a name above nothing but a role
        abbreviation on the last line ("Hope SN")."""
        toks = self.toks
        lex = self.lex
        n = len(toks)
        for i in self.word_idx:
            tok = toks[i]
            if self.score[i] >= 0.6 or not (tok.cap or (i + 1 < n and toks[i + 1].text == "(")):
                continue  # every rule below wants a capital, or an age in brackets after
            low = tok.lower
            if low in STOPWORDS or low in NAME_CUES or low in _TITLE_WORDS or len(low) < 2:
                continue
            first = self._is_first_name(low) or (tok.cap and low in MONTHS_AS_NAMES) or (
                tok.sent and (low in MONTHS_AS_NAMES or low in _NOT_FIRST)
                and self._bracket_age_after(i))
            unknown = (not self._is_common(low) and low not in lex.keep
                       and low not in self.places)
            # "ICU (2), HDU (4)": a kept term with a count in brackets is no one's initials,
            # unless a kind of person comes first ("YP RM (15)")
            initials = tok.upper and len(low) <= 3 and (
                low not in lex.keep or (i and toks[i - 1].lower in _PERSON_KIND_WORDS))
            if not (first or initials or unknown):
                continue
            # "5 KM (3 miles)" is a distance; "23:40 KM (15)" a young person and an age.
            unit = i >= 2 and toks[i - 1].kind == NUM and toks[i - 2].text != ":"
            if self._bracket_age_after(i) and not unit and (tok.cap or first):
                self._set(i, 0.75, "age in brackets after a name-word")
                continue
            if not (first or unknown) or tok.upper:
                continue
            nxt = _next_tok(toks, i)
            if tok.cap and nxt is not None and nxt.lower == "is" and i + 2 < n and (
                    toks[i + 2].kind == NUM and len(toks[i + 2].text) <= 2
                    and (i + 3 >= n or toks[i + 3].kind == PUNCT)) and not tok.poss:
                self._set(i, 0.75, "name-word followed by an age")  # "Rose is 9."
                continue
            if tok.cap and nxt is not None and nxt.lower == "from" and not _PLURAL_ACRONYM_RE.fullmatch(
                    tok.text) and any(
                    self._past_verb(k) for k in range(i + 2, min(n, i + 7))) and low not in (
                    self.places):
                self._set(i, 0.7, "name-word introduced by their team")
                continue
            j = _prev_word(toks, i)
            if (tok.cap and j >= 1 and (toks[j - 1].lower, toks[j].lower) in _PRAISE
                    and (nxt is None or nxt.kind == PUNCT)):
                self._set(i, 0.75, "name-word after praise")
                continue
            if (tok.cap and i >= 2 and toks[i - 1].text == "(" and toks[i - 2].lower in NAME_CUES
                    and nxt is not None and nxt.text == ")"):
                self._set(i, 0.75, "name in brackets after a role")
                continue
            if (tok.cap and tok.newline_before and nxt is not None and nxt.upper
                    and len(nxt.text) <= 4 and self._last_line(nxt)
                    and _next_tok(toks, i + 1) is None):
                self._set(i, 0.7, "name-word above nothing but a role on the last line")

    def ordinary_word_names(self) -> None:
        """First names that are also ordinary words (hope, jack, Amber, Joy), used alone,
        where the sentence can only mean a person:

        * starting a clause and doing something that a later he/she/her/his refers back to
          ("hope got her results");
        * after praise ("shout out to jack on nights", "big up Rose!");
        * between a role abbreviation and the rest of the clause ("checked by HCA Joy on");
        * signing off the report on its last line with a bracketed role ("Amber (FC)");
        * two of them joined by "and" before a bracketed relation or age
          ("Faith and Reign (twins, 3)")."""
        toks = self.toks
        n = len(toks)
        lex = self.lex
        for i in self.word_idx:
            tok = toks[i]
            low = tok.lower
            if self.score[i] >= 0.6 or len(low) < 2 or low in STOPWORDS or low in NAME_CUES:
                continue
            if low in _TITLE_WORDS or low in _CREW_TITLES or low in lex.keep or low in BRACKETED_ROLES:
                continue
            first = self._is_first_name(low) and low not in _NOT_FIRST
            nxt = _next_tok(toks, i)
            if first and not tok.upper and self._praised(i, nxt):
                self._set(i, 0.75, "name-word after praise")
                continue
            if (first and tok.cap and not tok.sent and self._after_role_abbreviation(i)
                    and (nxt is None or nxt.kind == PUNCT or not nxt.cap)
                    and low not in self.places):
                self._set(i, 0.75, "name-word after a role abbreviation")
                continue
            if (first and not tok.poss and low not in MONTHS_AS_NAMES
                    and self._clause_start(i) and self._acts_with_pronoun(i)):
                self._set(i, 0.7, "name-word doing something a pronoun refers back to")
                continue
            if (tok.sent and tok.cap and not tok.upper and nxt is not None and i + 1 < n
                    and nxt is toks[i + 1] and nxt.kind == WORD and nxt.cap
                    and self.score[i + 1] >= 0.6 and self._adjacent(i, i + 1)
                    and not tok.poss and self._unknown_word(low) and low not in self.places):
                # "Tharushi Wijesinghe rang": an unlisted word starting a sentence right
                # before a surname is the first name that goes with it.
                self._set(i, 0.7, "unlisted word starting a sentence before a surname")
                continue
            if tok.cap and not tok.upper and (first or low in lex.surnames
                                              or self._unknown_word(low)):
                if self._bracketed_sign_off(i):
                    self._set(i, 0.75, "name-word signing off with a bracketed role")
                    continue
                pair = self._pair_before_bracket(i)
                if pair:
                    self._set(i, 0.75, "pair of name-words before a bracketed relation or age")
                    self._set(pair, 0.75, "pair of name-words before a bracketed relation or age")

    def _praised(self, i: int, nxt: Token | None) -> bool:
        toks = self.toks
        j = _prev_word(self.toks, i)
        if j < 1 or j != i - 1 or (toks[j - 1].lower, toks[j].lower) not in _PRAISE_CUES:
            return False
        return nxt is None or nxt.kind == PUNCT or (
            not nxt.cap and nxt.lower in _AFTER_PRAISED)

    def _after_role_abbreviation(self, i: int) -> bool:
        """'by MCA Joy', 'thanks to HCA Dawn': a short all-capitals role just before."""
        toks = self.toks
        j = i - 1
        if j < 0 or not toks[j].upper or not (2 <= len(toks[j].text) <= 5):
            return False
        if not self._adjacent(j, i) or toks[j].lower in STOPWORDS:
            return False
        k = j - 1
        return k < 0 or toks[k].lower in _ROLE_ABBREVIATION_SLOTS or toks[j].sent

    def _clause_start(self, i: int) -> bool:
        toks = self.toks
        tok = toks[i]
        if tok.sent or i == 0:
            return True
        return toks[i - 1].text in _CLAUSE_OPENERS

    def _acts_with_pronoun(self, i: int) -> bool:
        """'hope got her results', 'Grace passed and she...': a verb straight after, then a
        personal pronoun before the sentence ends."""
        toks = self.toks
        n = len(toks)
        verb = i + 1
        if verb < n and toks[verb].lower in _CLAUSE_ADVERBS:
            verb += 1
        if verb >= n or toks[verb].kind != WORD or toks[verb].cap:
            return False
        vlow = toks[verb].lower
        if vlow in _NOT_ACTIONS or not (vlow in _PAST_FORMS or vlow in _ACTION_VERBS
                                        or (vlow.endswith("ed") and len(vlow) > 4)):
            return False
        for k in range(verb + 1, min(n, verb + 8)):
            t = toks[k]
            if t.text in ".!?" or t.newline_before:
                return False
            if t.lower in _PERSONAL_PRONOUNS:
                return True
        return False

    def _bracketed_sign_off(self, i: int) -> bool:
        """'Amber (FC)', 'Rose Hill (RM)' alone on the last line of the report."""
        toks = self.toks
        n = len(toks)
        a = i
        if not toks[a].newline_before and not (a == 0):
            if a >= 1 and toks[a - 1].kind == WORD and toks[a - 1].newline_before and (
                    toks[a - 1].cap):
                a -= 1
            else:
                return False
        k = i + 1
        if k < n and toks[k].kind == WORD and toks[k].cap and a == i:
            k += 1  # a surname after the first name
        return (k + 3 == n and toks[k].text == "(" and toks[k + 1].kind == WORD
                and 2 <= len(toks[k + 1].text) <= 5 and toks[k + 1].text.isalpha()
                and toks[k + 2].text == ")")

    def _pair_before_bracket(self, i: int) -> int:
        """Index of the second word of 'Faith and Reign (twins, 3)', or 0."""
        toks = self.toks
        n = len(toks)
        if i + 3 >= n or toks[i + 1].lower not in ("and", "&"):
            return 0
        second = toks[i + 2]
        if second.kind != WORD or not second.cap or second.upper or second.poss:
            return 0
        low2 = second.lower
        if low2 in STOPWORDS or low2 in self.lex.keep or low2 in NAME_CUES or low2 in self.places:
            return 0
        if not (self._is_first_name(toks[i].lower) or self._is_first_name(low2)):
            return 0
        if toks[i + 3].text != "(" or i + 4 >= n:
            return 0
        inside = toks[i + 4]
        if self._bracket_age_after(i + 2) or inside.lower in _BRACKET_RELATIONS:
            return i + 2
        return 0

    def _bracket_age_after(self, i: int) -> bool:
        """True when token i is followed by an age in brackets: "(7)", "(7yo)", "(aged 7)",
        "(15, ..."."""
        toks = self.toks
        n = len(toks)
        if i + 2 >= n or toks[i + 1].text != "(" or not self._adjacent_or_space(i, i + 1):
            return False
        k = i + 2
        if toks[k].lower in ("aged", "age") and k + 1 < n:
            k += 1
        num = toks[k]
        if num.kind != NUM or len(num.text) > 2 or k + 1 >= n:
            return False
        after = toks[k + 1]
        return after.text in (")", ",") or after.lower in _AGE_UNITS

    def _adjacent_or_space(self, a: int, b: int) -> bool:
        return self.toks[b].start - self.toks[a].end <= 1

    def propagate(self) -> None:
        """Redact every other mention of a name found anywhere in the report."""
        toks = self.toks
        score = self.score
        seen: dict[str, float] = {}
        initials: set[str] = set()
        run: list[int] = []
        for i in self.word_idx:
            if score[i] <= 0:
                continue
            tok = toks[i]
            if score[i] >= 0.6 and len(tok.lower) > 1 and tok.lower not in STRONG_TITLES:
                seen[tok.lower] = max(seen.get(tok.lower, 0.0), score[i])
            # A run of name words continues across full stops only ("J. Smith").
            if run and any(toks[k].text != "." for k in range(run[-1] + 1, i)):
                if len(run) >= 2:
                    initials.add("".join(toks[k].text[0].upper() for k in run))
                run = []
            run.append(i)
        if len(run) >= 2:
            initials.add("".join(toks[k].text[0].upper() for k in run))
        if not seen and not initials:
            return
        for i in self.word_idx:
            tok = toks[i]
            if score[i] > 0:
                continue
            low = tok.lower
            if low in STOPWORDS:
                continue
            if low in seen:
                if self._eponym_use(i) or everyday_compound(tok.text, self.lex):
                    continue
                if low == "ward" and (i + 1 >= len(toks) or not toks[i + 1].cap
                                      or toks[i + 1].kind != WORD):
                    continue  # "Ward pharmacist", "Ward: 7", "Ward 23": the ward, not Mr Ward
                if tok.cap or not self._is_common(low) or (
                    i and score[i - 1] > 0 and toks[i - 1].kind == WORD
                    and not toks[i - 1].poss and self._adjacent(i - 1, i)
                    and self._is_first_name(toks[i - 1].lower)
                ) or (seen[low] >= 0.7 and self._lower_name_position(i)):
                    # "dara sweet ... Mr sweet": the ordinary word after a first name is the
                    # surname the report uses elsewhere.
                    self._set(i, min(0.85, seen[low]), "same name as elsewhere in the report")
            elif tok.upper and tok.text in initials:
                self._set(i, 0.8, "initials of a name in the report")

    def _lower_name_position(self, i: int) -> bool:
        """An ordinary word typed in lower case where a sentence puts a person: starting a
        clause, after a preposition that takes a person ("saw grace alone", "re grace"),
        before a verb or an age in brackets, or with a possessive. Used only for a word the
        report has already confirmed as a name elsewhere."""
        toks = self.toks
        tok = toks[i]
        if tok.poss:
            return True
        j = _prev_word(toks, i)
        if j == i - 1 and (toks[j].lower in _INITIAL_SLOTS or toks[j].lower in _BEFORE_LOWER_NAME
                           or toks[j].lower in NAME_CUES):
            return True
        if j >= 0 and toks[j].lower in _DETERMINERS:
            return False  # "the sky", "her grace"
        nxt = _next_tok(toks, i)
        if nxt is None:
            return False
        if nxt.text == "(" and self._bracket_age_after(i):
            return True
        return self._clause_start(i) and nxt.kind == WORD and not nxt.cap and (
            nxt.lower in SPEECH_VERBS or nxt.lower.endswith(("ed", "ing"))
            or nxt.lower in _CLAUSE_ADVERBS)

    # -- output ---------------------------------------------------------------------------
    def candidates(self) -> list[Candidate]:
        """Turn runs of name tokens into candidates, titles included."""
        toks = self.toks
        out: list[Candidate] = []
        n = len(toks)
        done = -1
        for i in [k for k, sc in enumerate(self.score) if sc > 0]:
            if i <= done or toks[i].kind != WORD:
                continue
            j = i
            while j + 1 < n:
                nxt = toks[j + 1]
                if self.score[j + 1] > 0 and not toks[j].poss and (
                    self._adjacent(j, j + 1) or nxt.text == "."
                ):
                    j += 1
                    continue
                break
            while toks[j].kind != WORD:
                j -= 1
            end = toks[j].base_end
            if (j + 1 < n and toks[j + 1].text == "." and toks[j + 1].start == toks[j].end
                    and len(toks[j].text) == 1 and j > i and toks[j - 1].text == "."):
                end = toks[j + 1].end  # "S.S." keeps its last full stop
            start = toks[i].start
            words = [toks[k] for k in range(i, j + 1) if toks[k].kind == WORD]
            best = max(range(i, j + 1), key=lambda k: self.score[k])
            if len(words) == 1 and words[0].upper and len(words[0].text) <= 3:
                # "JS" on its own: the letters are initials, not a name token.
                meta = {"tokens": "", "initials": words[0].text}
            else:
                meta = {
                    "tokens": " ".join(w.lower for w in words if len(w.lower) > 1),
                    "initials": "".join(w.text[0].upper() for w in words),
                }
            title = self._title_before(i)
            if title is not None:
                k, strong = title
                if not strong and toks[k].cap:
                    # A role title ("Captain", "Nurse", "PC") stays in the text and the
                    # replacement carries only the number: "Captain 1" tells the panel who
                    # acted without echoing the role twice. Honorifics (Mr, Dr) go with the
                    # name, because "Mr Person A" reads worse than "Person A".
                    meta["title"] = toks[k].lower
                    meta["title_kept"] = "yes"
                elif strong:
                    start = toks[k].start
                    meta["title"] = toks[k].lower
                    # "Mr and Mrs Dimitrov": the first title belongs to the same surname.
                    if (strong and k >= 2 and toks[k - 1].lower in ("and", "&")
                            and toks[k - 2].lower in STRONG_TITLES):
                        start = toks[k - 2].start
            out.append(
                Candidate(start, end, "name", round(self.score[best], 2),
                          self.reason[best], meta=meta)
            )
            done = j
        return out


_TITLE_WORDS = STRONG_TITLES | WEAK_TITLES
# Kinds of person whose initials may follow them ("pupil KD", "patient AB"); the recall pass
# reads initials after these too.
PERSON_KINDS = frozenset(
    "girl boy lad pupil student patient pt resident child toddler infant client woman man "
    "staff".split())
# ... and, before initials with an age in brackets, a young person or a relation ("YP RM (15)").
_PERSON_KIND_WORDS = PERSON_KINDS | frozenset("yp cyp baby son daughter sibling brother sister".split())
# Words after which a capitalised unknown word is a person: "visited Ionela", "told Ionela".
_PERSON_OBJECT_PREV = frozenset(
    """told asked visited saw met thanked phoned rang texted emailed contacted supported
    accompanied collected reassured helped informed reminded advised with""".split()
)
_GIVING_VERBS = frozenset("gave give gives giving given told tell tells showed handed offered".split())
# Words inside brackets after a name that say it is a person: "Will (our eldest)".
_BRACKET_PERSON = frozenset("aged age eldest youngest oldest middle pa twin".split())
# Words that name a kind of place or service: never the surname after a first name.
_PLACE_TYPE_WORDS = frozenset(
    """street st road rd lane avenue close drive way court crescent place gardens grove terrace
    hill row walk mews square park view rise green parade house lodge cottage farm hall school
    academy college nursery primary hospital clinic surgery practice centre center unit ward team
    trust council service services home church airport station ward hub""".split()
)
_CALENDAR_WORDS = frozenset(
    """monday tuesday wednesday thursday friday saturday sunday january february march april
    june july august september october november december christmas easter""".split()
)
# A month's short form that is also a name, and the words that make it the month.
_SHORT_MONTHS = frozenset("jan".split())
_BEFORE_MONTH = frozenset("since until till in during before after mid early late end last next".split())
# Words before a capitalised word that make it a thing's or a service's name.
_NOT_BEFORE_ACTOR = frozenset(
    "of in on at for from to by into onto morning afternoon evening night day week".split())
_UNAMBIGUOUS_TITLES = frozenset("mr mrs ms mx dr mstr".split())
# Lower-case words that are first names but, before a surname, are still usually verbs.
_NOT_FIRST = frozenset("will may can long grant pat".split())
# Crew-list prefixes that work like titles, typed in lower case too ("fo read, sccm ray").
_CREW_TITLES = frozenset("fo f/o sccm cc capt captain cpt purser pic pc dc".split())
# Names that in lower case are the radio's "roger" and the baggage "dolly", never anyone in
# the read corpora (58 hits, no names).
_LOWER_NOT_FIRST_NAMES = frozenset("roger dolly".split())
# Capitalised short forms of words that no dictionary lists and no one is called: "Hosp no",
# "Flt", "Hb 112", "Wh/chair", "Disp", "Ive" (I've), "Flagging".
_SHORT_FORMS_OF_WORDS = frozenset(
    "hosp hb wh td disp eng ive flagging dept approx info admin tel mob obs meds".split())
# Everyday words that a name list also holds, with a possessive: "the older man's", "kit's".
_POSSESSIVE_NOT_NAMES = frozenset("man woman kit chase lad boy girl son".split())
# Shorthand and text-speak that a verb follows without being anyone: "pls can someone",
# "ive told the GP", "omg she said", "txt sent", "eng said".
_TEXT_SPEAK_WORDS = frozenset(
    """pls plz ive omg txt msg mtg wks vis hed co eng hob def nvm lol uni amb flt nbr qty mag
    wll mtx pwc kt np ofp bf gf thx tbh btw imo idk ngl""".split())

_NOT_INITIALS = frozenset(
    """ok na nb am pm yes no tbc hr hrs mg ml kg mcg mmol iv im sc po pr od bd tds qds prn ct
    mri ecg ekg eeg bp rr hb ng ngt peg cm mm km mph kt kts ft lb lbs oz min mins sec secs
    wk wks yr yrs mth mths etc tv pc dvd cd app it ie eg vs re fyi asap aob fi
    ni gi bg cb qa aa""".split()  # NI number, GI bleed, BG 5.9, the CB pulled, QA, AA (adult)
)
# Words after which lower-case initials stand where a person would ("visit to jm at").
_INITIAL_SLOTS = frozenset("to with by for from re cc fao per via visited saw met".split())
# What may follow a person's initials or a lower-case name-word in that slot.
_AFTER_INITIALS = frozenset("and at on in who with about from was were is has had".split())
_UPPER_INITIAL_SLOTS = frozenset("by from cc fao per via with".split())
# Role words that open a bracket naming who did something, by initials: "(Eng MK)".
BRACKETED_ROLES = frozenset(
    "eng engr engineer lae tech mech capt fo sfo cc ccm sccm csm purser pic hlo rn sn hca sw"
    .split())
_CLAUSE_ADVERBS = frozenset(
    "then also last later just never still now again finally eventually initially both".split()
)
_PLURAL_ACRONYM_RE = re.compile(r"[A-Z]{2,}s")
_CONTRACTIONS = frozenset(
    w.replace("'", a)
    for w in """i'm i've i'd i'll he'd he'll she'd she'll we'd we'll we've they'd they'll they've
    you'd you'll you've it'd it'll""".split()
    for a in "'’"
)
_DETERMINERS = frozenset(
    "the a an this that these those our your their his her my its another any every each some "
    "no".split()
)
_PAST_FORMS = frozenset(
    """said told gave took went came saw got made found left ran was had did wrote rang sent
    brought caught kept held led lost met paid put spent threw wore drove ate drank hid slept
    woke began fell sat stood knew thought picked spotted noticed heard felt meant bought
    taught sought understood forgot chose spoke broke rode froze shook swore tore bit shut
    dealt lent built bent stuck struck hung sang swam won""".split()
)
# "o'hare", "mcdonald", "macleod": an Irish or Scottish surname, in whatever case it is typed.
_GAELIC_SURNAME_RE = re.compile(r"(?:o['’]|mc|mac)[a-z]{2,}(?:-[a-z]+)?")
# Short forms of names that are also abbreviations or words, so on no name list: a name
# only when written as one ("Ed", not "ED") and doing something.
_SHORT_FORMS = frozenset("ed di nat dot sid nic cath don".split())
_AUXILIARIES = frozenset("is are was were will would can could should may might".split())
# "her ex dean has been round": family, past or present, before a name typed in lower case.
_EX_RELATIONS = frozenset("ex partner boyfriend girlfriend husband wife brother sister".split())
_PARTICIPLES = frozenset(
    """given seen done made taken written caught found led run held told brought sent kept
    taught met paid put read set shown known drawn driven flown signed spotted""".split()
)
_FUTURE_CUES = frozenset(
    """be will should must shall need needs needed due until aim aiming expected expect plan
    planned hope hoping deadline target before""".split()
)
_DEADLINE_AFTER = frozenset("next latest end half the this".split())

NATO = frozenset(
    """alpha bravo charlie delta echo foxtrot golf hotel india juliet juliett kilo lima mike
    november oscar papa quebec romeo sierra tango uniform victor whiskey whisky xray x-ray
    yankee zulu""".split()
)
_COMPOUND_TAILS = frozenset(
    "speaking speaker based led related like style only free friendly aged old born year"
    " years month months week weeks day days registered trained qualified check checks".split()
)


_ROLE_TITLE_WORDS = frozenset(
    """manager worker officer adviser advisor supervisor engineer nurse midwife visitor doctor
    consultant registrar captain pilot controller coordinator co-ordinator lead leader director
    practitioner therapist assistant administrator clerk dispatcher pharmacist paramedic
    teacher headteacher senco dsl iro chair head deputy team ward duty ops operations safety
    support family licensed senior junior band childminder caseworker housekeeper chaplain
    optometrist phlebotomist matron specialist technician surgeon anaesthetist radiographer
    sonographer physiotherapist receptionist volunteer host loadmaster fueller marshaller purser
    steward stewardess crew responder commander winchman winchwoman""".split()
)
ROLE_TITLE_WORDS = _ROLE_TITLE_WORDS  # for the place finder: a job title is no address part
# The last word of a job title written with capitals ("Registered Manager", "Health and Safety
# Lead", "Into-Plane Fueller"), as a pattern: what ends a title after a name or initials.
JOB_TITLE_ENDS = (
    r"(?:Doctor|Lead|Manager|Matron|Nurse|Officer|Worker|Visitor|Midwife|Practitioner|Sister|"
    r"Co-?ordinator|Director|Supervisor|Therapist|Pharmacist|Paramedic|Engineer|Controller|"
    r"Adviser|Advisor|Assistant|Consultant|Registrar|Fueller|Loadmaster|Technician|Specialist)")
# Capitalised words that describe rather than name ("Royal", "General", "Senior").
GENERIC_WORDS = frozenset(
    """royal general senior junior acting interim deputy chief principal great little old new
    north south east west upper lower saint st holy""".split()
)
# Things people miss, and the words that make "miss" a verb ("didn't miss school").
_MISSABLE = frozenset("school work ward day class church home lunch dinner tea bed bus".split())
_BEFORE_MISS_VERB = frozenset(
    """i we you they he she it to not never didn't don't doesn't won't wouldn't will would could
    might may can should must did do does also always often sometimes really really'll 'll
    just still might""".split()
)
_RELATIONS = frozenset(
    """mum mom mam dad mother father son daughter brother sister sibling twin baby nan nanna
    gran granny grandma grandad aunt auntie uncle cousin nephew niece partner boyfriend
    girlfriend husband wife friend stepmum stepdad stepson stepdaughter""".split()
)
_ARTICLES = frozenset("the a an this that".split())
_TAXIWAY_BEFORE = frozenset(
    "at via twy taxiway taxiways hp link onto vacated vacate point".split())
# Words for family before a capitalised word that can only be what they call that person.
_KIN = frozenset(
    """mum mom mam dad nan nana nanna gran granny grandma grandad grandpa aunt auntie aunty
    uncle cousin stepdad stepmum brother sister son daughter husband wife partner boyfriend
    girlfriend""".split())
# Short words for a kind of person, capitalised at a sentence start ("Pax met by EMS").
_ROLE_ABBREVIATIONS = frozenset("pax pt pts yp cyp".split())
# Two words of praise before a name at the end of a sentence ("great job Dina!").
_PRAISE = frozenset(
    {("well", "done"), ("great", "job"), ("good", "job"), ("great", "work"), ("good", "work"),
     ("thanks", "to"), ("thank", "you"), ("out", "to"), ("kudos", "to"), ("big", "thanks")}
)
_PRAISE_CUES = _PRAISE | frozenset(
    {("shout", "out"), ("shoutout", "to"), ("big", "up"), ("shout", "to"), ("props", "to"),
     ("thanks", "to"), ("cheers", "to"), ("done", "to"),
     ("catch", "by"), ("catch", "from"), ("spot", "by"), ("spot", "from")})  # "good catch by jo"
# What may follow a praised name in lower case: "shout out to jack on nights".
_AFTER_PRAISED = frozenset("on at for from in who and & of".split())
# Words before a role abbreviation that is followed by a person: "by MCA Joy".
_ROLE_ABBREVIATION_SLOTS = frozenset(
    "by from with to and & cc thanks fao per via our the".split())
_CLAUSE_OPENERS = frozenset("- – — : ; \" “ ‘".split())
_PERSONAL_PRONOUNS = frozenset("she he her his him they them their herself himself".split())
# Verbs a person does, beyond the past forms: "hope gets her", "jack loves his".
_ACTION_VERBS = frozenset(
    """gets got passed passes loves loved won wins finished finishes managed manages started
    starts moved moves told tells asked asks said says wants wanted needs needed tried tries
    has had did does""".split())
# Verbs that follow ordinary abstract nouns as often as people ("hope is", "joy was").
_NOT_ACTIONS = frozenset("is was are were will would could should can may might must".split())
_BRACKET_RELATIONS = frozenset(
    "twins twin siblings sibling brothers sisters brother sister both cousins half step".split())
# A capitalised word before a number that names a rule or a part of a document: "Reg 44".
_NUMBERED_REFERENCES = frozenset(
    "reg regs regulation regulations para paragraph sched schedule annex appendix art "
    "article clause rule standard chapter part section s".split())


# What may follow the number of an age in brackets: "(7yo)", "(3 months)".
_AGE_UNITS = frozenset("yo yrs yr y years year months month mths mo weeks wks".split())
_CLOSING_INITIALS_RE = re.compile(
    r"(?:[.!?;:)]\s+|\n\s*|\d(?:am|pm|hrs)?\s+)((?:[A-Za-z]\.\s?){2,3}|[A-Za-z]{2,3})\s*$"
)
_PERSON_PLACES = frozenset("row seat bay bed ward room cot cubicle side".split())
_BEFORE_LOWER_NAME = frozenset("and & , by with thanks".split())
_CONJUNCTIONS = frozenset("as cos coz because but so when until if though".split())
# "amber didnt want to press charges": a clause's subject, typed as quickly as the name.
_NEGATED_AUX = frozenset(
    """didnt didn't didn’t doesnt doesn't doesn’t wasnt wasn't wasn’t wont won't won’t cant can't
    can’t couldnt couldn't couldn’t wouldnt wouldn't wouldn’t hasnt hasn't hasn’t hadnt hadn't
    hadn’t""".split())
# Past-tense words that follow ordinary nouns far more often than names.
_NOT_VERBS = frozenset("based related needed used shared involved concerned".split())
_ACCENTS = str.maketrans("áàâäéèêëíìîïóòôöúùûüçñ", "aaaaeeeeiiiioooouuuucn")


def _plain(word: str) -> str:
    return word.translate(_ACCENTS)


_NAME_PREFIXES = ("Mc", "Mac", "Fitz", "De", "Di", "Da", "Du", "La", "Le", "Van", "Von", "St")


def _system_name(word: str) -> bool:
    """True for a word with a capital inside it that no surname prefix explains: "StEIS",
    "SystmOne", "eCDP". "McRoberts", "MacLeod", "DeShawn" and "O'Neill" are names."""
    if len(word) < 4 or word.isupper() or "'" in word or "’" in word or "-" in word:
        return False
    inner = [k for k in range(1, len(word)) if word[k].isupper()]
    if not inner:
        return False
    if word[0].islower():
        return True
    if len(inner) == 1 and word.startswith(_NAME_PREFIXES) and word[: inner[0]] in _NAME_PREFIXES:
        return False
    return len(inner) >= 2 or inner[0] >= 2 and word[: inner[0]] not in _NAME_PREFIXES


# Prefixes written with a hyphen before an everyday word ("Pre-alert", "Re-de-iced").
_HYPHEN_PREFIXES = frozenset(
    "pre re de non co sub anti post self multi inter intra over under ex semi mid cross".split())


def everyday_compound(word: str, lex: Lexicon) -> bool:
    """True for a hyphenated description whose later parts are lower-case everyday words:
    "V-shaped", "B-nut", "RAG-rated", "Pre-alert", "Check-in", "Well-being". Names and
    nicknames are capitalised after the hyphen ("Ade-Ojo", "Ellie-May", "T-Bone"), and Welsh
    and Gaelic places carry words English does not use ("Pen-y-Lan", "Bun-sgoil")."""
    parts = word.split("-")
    if len(parts) < 2 or not all(parts):
        return False
    head, rest = parts[0], parts[1:]
    if not all(p.islower() and p.isalpha() for p in rest):
        return False
    head_low = head.lower()
    if not (len(head) == 1 or (head.isupper() and head.isalpha()) or head_low in _HYPHEN_PREFIXES
            or lex.is_common(head_low)):
        return False
    return all(lex.is_common(p) or p in _HYPHEN_PREFIXES for p in rest)


# The endings of medical specialties and their practitioners: no one is named "Rheumatology".
SPECIALTY_RE = re.compile(
    r"(?:ology|ologist|ologists|ography|iatrics|iatrician|iatry|iatrist|ectomy|otomy|oscopy"
    r"|aemia|emia|itis|osis|pathy|plasty)$")


def _descriptive_compound(low: str, lex: Lexicon) -> bool:
    """True for hyphenated descriptions ("arabic-speaking") rather than double-barrelled names."""
    if "-" not in low:
        return False
    parts = low.split("-")
    return parts[-1] in _COMPOUND_TAILS or parts[0] in lex.keep


def find_names(text: str, lex: Lexicon, toks: list[Token] | None = None) -> list[Candidate]:
    """Return name candidates for the text (`toks`: its `tokenize`, if already made)."""
    finder = NameFinder(text, lex, _place_words(lex), toks)
    finder.score_tokens()
    finder.extend()
    finder.lists()
    finder.extend()
    finder.signature_initials()
    finder.closing()
    finder.person_positions()
    finder.ordinary_word_names()
    finder.extend()
    finder.propagate()
    finder.extend()
    return finder.candidates() + _dotted_initials(text, lex) + _mentions(text)


# "@sarah.jones", "@TomB": a handle typed in a chat or e-mail thread (an e-mail address has a
# word character before its "@" and is found by the structured detector).
_MENTION_RE = re.compile(r"(?<![\w.@])@([A-Za-z][\w.\-]{1,40}[A-Za-z0-9])")


def _mentions(text: str) -> list[Candidate]:
    """Return @mentions as names."""
    if "@" not in text:
        return []
    return [
        Candidate(m.start(), m.end(), "name", 0.8, "@mention",
                  meta={"tokens": m.group(1).lower(), "initials": m.group(1)[0].upper()})
        for m in _MENTION_RE.finditer(text)
    ]


# Kept terms that are written with full stops too ("C.P. plan", "the G.P.", "R.N."); any other
# kept letters written dotted ("T.M.", "G.S.") are someone's initials.
_DOTTED_TERMS = frozenset("cp gp sw hv pc dc ds di rn od bd tds qds prn ed ae er tv dj mp "
                          "ceo cv id vip dna iv im".split())
_DOTTED_INITIALS_RE = re.compile(
    r"(?<![\w.])((?:[A-Z]\.){2,3}|[A-Z]\.[A-Z][-'’][A-Z]\.)(?=['’]s\b|[\s,;:)|\x22\u201d'’!?]|\.(?:\s|$)|$)")
# "R.K-S.", "J.O'N.": dotted initials of a double-barrelled or O'- surname
_SURNAME_AFTER_RE = re.compile(r"[ \t]([A-Z][a-z]+(?:-[A-Z][a-z]+)?)\b")
# The word straight before a position: "told J.P.", "hep B. Restarted".
WORD_BEFORE_RE = re.compile(r"([A-Za-z]+)[ \t]+$")
_AGE_IN_BRACKETS_RE = re.compile(
    r"[ \t]*\((?:aged[ \t]+)?\d{1,3}[ \t]*(?:[MFmf]|y|yo|yrs?|years?)?[ \t]*[),]")
_TIME_BEFORE_RE = re.compile(r"(?:\d|\bthe|\bmorning|\bnoon|\bo'clock)[ \t]*$", re.IGNORECASE)
# What a person does, straight after who does it: "M.H. speaks Zaghawa", "G. Harrow agreed".
PERSON_VERB_AFTER_RE = re.compile(
    r"[ \t]+(?:speaks|spoke|said|says|told|was|is|has|had|went|came|wanted|wants|asked|refused|"
    r"agreed|rang|phoned|called|confirmed|reviewed|decided|arrived|attended|checked|signed|"
    r"approved|authorised|noted|advised|replied|wrote|emailed)\b")
# Dotted abbreviations that are not anyone's initials.
_DOTTED_WORDS = frozenset(
    "uk us usa gb gp nb ps am pm ie eg ok tv ae ed dj un eu rip bbc itv nhs pto rsvp eta "
    "aka asap ad bc ce dob etd bst".split()
)


def _dotted_initials(text: str, lex: Lexicon) -> list[Candidate]:
    """'I.P.'s details', 'seen by K.W. today': initials written with full stops."""
    if "." not in text:
        return []
    out = []
    found = list(match_at(_DOTTED_INITIALS_RE, text, before_each(text, ".", (1,))))  # "K.W."
    # Letters that also spell a term ("C.P.") are someone's initials where a role or a word for
    # a person comes just before them ("driver C.P."), and then everywhere else in the report.
    people = set()
    people_at = set()
    for m in found:
        cue = WORD_BEFORE_RE.search(text, max(0, m.start() - 30), m.start())
        if (cue is not None and cue.group(1).lower() in NAME_CUES | _ROLE_TITLE_WORDS) \
                or _AGE_IN_BRACKETS_RE.match(text, m.end()) \
                or (text[m.start() - 1:m.start()] == "(" and text[m.end():m.end() + 1] == ")"):
            people.add(m.group(1))  # "driver C.P.", "pt A.M. (58M)", "Reflection (B.M.):"
            people_at.add(m.start())
    for m in found:
        low = m.group(1).replace(".", "").lower()
        if low in ("am", "pm") and not _TIME_BEFORE_RE.search(text, max(0, m.start() - 12),
                                                               m.start()):
            people_at.add(m.start())  # "contact between A.M. and birth mum": no time before it
        elif low in lex.keep and PERSON_VERB_AFTER_RE.match(text, m.end()):
            people.add(m.group(1))  # "M.H. speaks Zaghawa"
    for m in found:
        letters = m.group(1).replace(".", "").replace("-", "").replace("'", "").replace("’", "")
        low = letters.lower()
        if (low in _DOTTED_WORDS and m.start() not in people_at) or (
                low in lex.keep and low in _DOTTED_TERMS and m.group(1) not in people):
            continue  # "A.M." only where it is someone's ("pt A.M. (58M)"), never "9 A.M."
        surname = _SURNAME_AFTER_RE.match(text, m.end())
        if surname is not None:
            # "J.S. Smith": the initials and the surname are one name
            out.append(Candidate(m.start(), surname.end(), "name", 0.85, "initials and a surname",
                                 meta={"tokens": surname.group(1).lower(),
                                       "initials": letters + surname.group(1)[0]}))
            continue
        out.append(Candidate(m.start(), m.end(), "name", 0.6, "initials with full stops",
                             meta={"tokens": "", "initials": letters}))
    return out


@lru_cache(maxsize=4)
def _place_words(lex: Lexicon) -> frozenset[str]:
    return frozenset(p for p in lex.places if " " not in p)
