"""A statistical person-name tagger that votes with the rules.

The rules catch names by what they are (on a name list, after a title, in a signature); what
they miss on text written by new people is mostly names no list holds, in slots no rule
describes ("she gave her name as Merit Okwuosa", "Colleague Coral on the desk"). Those are
recognised by the words around them, which is what this tagger learns: a binary averaged
perceptron over word shape, the shipped word lists, the two words either side (alone and as
pairs) and how the same report writes the word elsewhere (in lower case, or capitalised in
mid-sentence), trained on every labelled corpus in bench/anonymiser
(bench/anonymiser/train_tagger.py rebuilds the weights). The current word's own spelling is a
feature only when it is an ordinary word (and its first three letters when it is not), so the
model cannot learn the training corpora's names by heart; it has to learn the contexts.
It is used twice. Alongside the rules (`tagged_names`) it scores capitalised words and
lower-case words that are in no dictionary, and what it proposes must also get past the rules'
readings of ordinary words; a lower-case everyday word ("misty", "frank") stays with the rules,
which know the phrases that make it a name. After every rule has had its say
(`confident_names`) it also scores lower-case everyday words that are on a name list ("bill",
"ruby") and proposes, on its own word, any word it scores far above its threshold. Five-fold
over blind corpora 73-188 (each fold measured with weights trained on everything but it), the
model retrained this way with that pass took the reports with a direct identifier left in full
from 152 to 135 of 5,698 and must-not-redact hits from 461 to 457; on blind 189-194, kept out of
training, from 30 to 26 of 300 (must-not-redact 51 both). Session 12's weights, trained on all
but blind 207-212, took the reports leaking there from 24 to 22 of 299 (must-not-redact 50 to 53).
Session 13's weights, trained on 220 corpora with the world name lists in the lexicon, left 36
of blind 207-218's 599 reports leaking against 37 with session 12's (trained the same way
without them). The shipped weights are trained on 230 corpora, all but blind 229-238
(bench/anonymiser/train_tagger.py, HELD_OUT), with round 35's first names up to 2ba7bc0 in the
lexicon (retrained with the later ones it lost "Apologies: Lee Summers"); trained the same way
without blind 219-228, they left 7 of those 500 reports leaking against 8 with session
13's weights (round 35's code both times), must-not-redact 101 both.

The weights ship as plain JSON in anonymiser/data/name_tagger.json: readable, diffable, no
model hub, no numerical library at run time.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from typing import NamedTuple

from anonymiser.candidates import Candidate
from anonymiser.lexicon import Lexicon
from anonymiser.names import WORD
from anonymiser.names import Token as NameToken

# Words with internal apostrophes or hyphens stay whole ("O'Brien", "Hill-Mbatha"); a
# possessive is split off so the name and "Jo" in "Jo's" share their features.
TOKEN_RE = re.compile(r"[^\W\d_]+(?:['’\-][^\W\d_]+)*|\d+|[^\w\s]")
_TITLES = frozenset(
    "mr mrs ms miss mx dr prof sister nurse capt captain pc dc ds di sgt cllr rev fr lt "
    "master madam sir".split()
)
_SENTENCE_END = frozenset(".!?:;")


# The kinds of word no list explains: their spelling is not a feature, their affixes are.
_UNLISTED_KINDS = frozenset({"fn", "sn", "fn+sn", "unknown"})

# How much more than the threshold an everyday word must score to be proposed as a name.
# Session 18 chose 0.5 (with CONFIDENT_MARGIN 2) on blind 273-288, which the shipped weights
# had not been trained on: 43 -> 39 of 799 reports leaking, must-not-redact 177 both.
ORDINARY_MARGIN = 0.5


class Token(NamedTuple):
    """A word or punctuation mark with its offsets into the original text."""

    start: int
    end: int
    text: str
    possessive: bool = False


def tokens(text: str, named: list[NameToken] | None = None) -> list[Token]:
    """Split text into tokens, each indexing the original exactly; from `named`, the name
    finder's split of the same text, when the caller has it."""
    if named is not None:
        return _from_name_tokens(named)
    out: list[Token] = []
    append = out.append
    new = tuple.__new__  # a NamedTuple built without its keyword-handling constructor: this
    # runs for every token of every report
    for m in TOKEN_RE.finditer(text):
        word = m.group()
        start = m.start()
        if len(word) > 3 and word[-2] in "'’" and word[-1] in "sS":
            append(new(Token, (start, start + len(word) - 2, word[:-2], True)))
        else:
            append(new(Token, (start, start + len(word), word, False)))
    return out


def _from_name_tokens(named: list[NameToken]) -> list[Token]:
    """The tokens `tokens` would find, from the name finder's split of the same text: the
    same words, numbers and marks, except that a word's closing apostrophe ("Jones'") is a
    mark of its own here."""
    out: list[Token] = []
    append = out.append
    new = tuple.__new__
    for tok in named:
        word = tok.text
        start = tok.start
        mark = ""
        if tok.kind == WORD and (word[-1] == "'" or word[-1] == "’"):
            mark = word[-1]
            word = word[:-1]
        if len(word) > 3 and word[-2] in "'’" and word[-1] in "sS":
            append(new(Token, (start, start + len(word) - 2, word[:-2], True)))
        else:
            append(new(Token, (start, start + len(word), word, False)))
        if mark:
            append(new(Token, (start + len(word), start + len(word) + 1, mark, False)))
    return out


def _shape(word: str) -> str:
    if not word[0].isalpha():
        return "d" if word[0].isdigit() else "p"
    if word.isupper():
        return "I" if len(word) == 1 else "A"
    if word[0].isupper():
        return "X" if word[1:].islower() or not word[1:] else "M"
    return "x" if word.islower() else "m"


def _kind_of(word: str, lex: Lexicon) -> str:
    """A coarse class of what the word lists say a word is."""
    low = word.lower()
    if not word[0].isalpha():
        return "num" if word[0].isdigit() else word
    if low in _TITLES:
        return "title"
    first = low in lex.first_names
    last = low in lex.surnames
    if low in lex.keep:
        return "keep"
    if lex.is_basic(low):
        return "basic+n" if first or last else "basic"
    if lex.is_common(low):
        return "common+n" if first or last else "common"
    if first and last:
        return "fn+sn"
    if first:
        return "fn"
    if last:
        return "sn"
    return "unknown"


@dataclass(frozen=True, slots=True)
class _Word:
    """What the features need to know about one token, computed once per token."""

    low: str
    shape: str
    kind: str
    context: str  # how the token reads as a neighbour: its spelling if ordinary, else its kind


def _describe(tok: Token, lex: Lexicon) -> _Word:
    return _describe_word(tok.text, lex)


@lru_cache(maxsize=65536)
def _describe_word(word: str, lex: Lexicon) -> _Word:
    """A word's facts depend on its spelling alone, and reports repeat their words."""
    kind = _kind_of(word, lex)
    low = word.lower()
    context = low if kind in ("basic", "title", "keep", "basic+n") or not word[0].isalpha() \
        else kind
    return _Word(low, _shape(word), kind, context)


class Descriptions:
    """Per-token facts for `features`, worked out on first use: most tokens of a report are
    never scored or looked at as a neighbour, so describing them all up front is wasted."""

    def __init__(self, toks: list[Token], lex: Lexicon) -> None:
        self._toks = toks
        self._lex = lex
        self._cache: dict[int, _Word] = {}
        self._usage: tuple[frozenset[str], frozenset[str]] | None = None

    def __getitem__(self, i: int) -> _Word:
        word = self._cache.get(i)
        if word is None:
            word = self._cache[i] = _describe(self._toks[i], self._lex)
        return word


    def usage(self, text: str) -> tuple[frozenset[str], frozenset[str]]:
        """The words this report writes in lower case somewhere, and the words it capitalises
        in mid-sentence somewhere: a word the writer also types in lower case is probably an
        ordinary word, one capitalised where no sentence starts is probably a proper noun."""
        if self._usage is None:
            lower: set[str] = set()
            middle: set[str] = set()
            find = text.find
            prev: Token | None = None
            for tok in self._toks:
                word = tok.text
                first = word[0]
                if first.isalpha():
                    if first.islower():
                        lower.add(word)
                    elif prev is not None and prev.text not in _SENTENCE_END \
                            and find("\n", prev.end, tok.start) < 0:
                        middle.add(word.lower())
                prev = tok
            self._usage = frozenset(lower), frozenset(middle)
        return self._usage


def describe(toks: list[Token], lex: Lexicon) -> Descriptions:
    """Per-token facts for `features`; pass the same object for every token of a text."""
    return Descriptions(toks, lex)


def features(toks: list[Token], words: Descriptions, i: int, text: str) -> list[str]:
    """The feature strings of token i; everything the model knows about it."""
    me = words[i]
    shape, kind, low = me.shape, me.kind, me.low
    feats = [
        "b",
        f"s={shape}",
        f"k={kind}",
        f"sk={shape}{kind}",
        f"suf={low[-3:]}" if kind in ("fn", "sn", "fn+sn", "unknown") else _spelling(shape, low),
    ]
    if toks[i].possessive:
        feats.append(f"poss{shape}{kind}")
    before = text[toks[i - 1].end:toks[i].start] if i else "\n"
    starts_line = "\n" in before or i == 0
    starts_sentence = starts_line or toks[i - 1].text in _SENTENCE_END
    if starts_line:
        feats.append(f"line0{shape}{kind}")
    elif starts_sentence:
        feats.append(f"sent0{shape}{kind}")
    after = text[toks[i].end:toks[i + 1].start] if i + 1 < len(toks) else "\n"
    if "\n" in after:
        feats.append(f"lineend{shape}{kind}")
    for offset in (-2, -1, 1, 2):
        j = i + offset
        if 0 <= j < len(toks):
            other = words[j]
            feats.append(f"{offset}w={other.context}")
            if abs(offset) == 1:
                feats.append(f"{offset}wk={other.context}|{kind}")
                feats.append(f"{offset}s={other.shape}{shape}")
                if toks[j].possessive:
                    feats.append(f"{offset}poss")
        else:
            feats.append(f"{offset}w=<edge>")
    # The two words before and the two after as pairs: "name as _", "_ from the".
    n = len(toks)
    feats.append(f"bb={words[i - 2].context if i >= 2 else '<edge>'}|"
                 f"{words[i - 1].context if i >= 1 else '<edge>'}")
    feats.append(f"aa={words[i + 1].context if i + 1 < n else '<edge>'}|"
                 f"{words[i + 2].context if i + 2 < n else '<edge>'}")
    if kind in ("fn", "sn", "fn+sn", "unknown"):
        feats.append(f"pre={low[:3]}")
    lower, middle = words.usage(text)
    if low in lower:
        feats.append(f"doclow{kind}")
    if low in middle:
        feats.append(f"docmid{kind}")
    return feats


def _spelling(shape: str, low: str) -> str:
    """An ordinary word's own spelling as a feature, apart for lower case: "coral" in a reef
    says nothing about "Colleague Coral on the desk"."""
    return f"lw={low}" if shape == "x" or shape == "m" else f"w={low}"


@dataclass(frozen=True, slots=True)
class Model:
    """A linear scorer: the sum of the weights of a token's features."""

    weights: dict[str, float]
    threshold: float
    # Weights looked up by what they depend on rather than by a formatted feature string;
    # filled as words and contexts are first seen (see `score_at`).
    _by_word: dict[str, tuple[float, ...]] = field(default_factory=dict, compare=False,
                                                   repr=False)
    _by_neighbour: dict[tuple[int, str, str, str, str], tuple[float, ...]] = field(
        default_factory=dict, compare=False, repr=False)
    _by_pair: dict[tuple[str, str, str], float] = field(default_factory=dict, compare=False,
                                                        repr=False)

    def forget(self) -> None:
        """Drop the looked-up weights (they hold spellings seen in reports)."""
        self._by_word.clear()
        self._by_neighbour.clear()
        self._by_pair.clear()

    def remembered(self) -> int:
        return len(self._by_word) + len(self._by_neighbour) + len(self._by_pair)

    def score(self, feats: list[str]) -> float:
        w = self.weights
        return sum(w.get(f, 0.0) for f in feats)

    def score_at(self, toks: list[Token], words: Descriptions, i: int, text: str) -> float:
        """`score(features(toks, words, i, text))` without building the feature strings.

        The weights are added in the order `features` lists them, so the sum is the same
        float to the last bit; only where each weight is found differs (per spelling, per
        neighbour context), which is what makes the tagger cheap on long reports."""
        tok = toks[i]
        own = self._by_word.get(tok.text)
        if own is None:
            own = self._by_word[tok.text] = self._own(words[i])
        acc, w_poss, w_line0, w_sent0, w_lineend, w_pre, w_doclow, w_docmid = own
        me = words[i]
        kind, shape = me.kind, me.shape
        if tok.possessive:
            acc += w_poss
        before = text[toks[i - 1].end:tok.start] if i else "\n"
        if "\n" in before or i == 0:
            acc += w_line0
        elif toks[i - 1].text in _SENTENCE_END:
            acc += w_sent0
        n = len(toks)
        after = text[tok.end:toks[i + 1].start] if i + 1 < n else "\n"
        if "\n" in after:
            acc += w_lineend
        w = self.weights
        by_neighbour = self._by_neighbour
        ctx = ["<edge>", "<edge>", "<edge>", "<edge>"]
        for slot, offset in enumerate((-2, -1, 1, 2)):
            j = i + offset
            if 0 <= j < n:
                other = words[j]
                ctx[slot] = other.context
                key = (offset, other.context, other.shape, kind, shape)
                near = by_neighbour.get(key)
                if near is None:
                    if offset in (-1, 1):
                        near = by_neighbour[key] = (
                            w.get(f"{offset}w={other.context}", 0.0),
                            w.get(f"{offset}wk={other.context}|{kind}", 0.0),
                            w.get(f"{offset}s={other.shape}{shape}", 0.0),
                        )
                    else:
                        near = by_neighbour[key] = (w.get(f"{offset}w={other.context}", 0.0),)
                for weight in near:
                    acc += weight
                if offset in (-1, 1) and toks[j].possessive:
                    acc += w.get(f"{offset}poss", 0.0)
            else:
                acc += w.get(f"{offset}w=<edge>", 0.0)
        for pair in (("bb", ctx[0], ctx[1]), ("aa", ctx[2], ctx[3])):
            paired = self._by_pair.get(pair)
            if paired is None:
                paired = self._by_pair[pair] = w.get(f"{pair[0]}={pair[1]}|{pair[2]}", 0.0)
            acc += paired
        if kind in _UNLISTED_KINDS:
            acc += w_pre
        lower, middle = words.usage(text)
        if me.low in lower:
            acc += w_doclow
        if me.low in middle:
            acc += w_docmid
        return acc

    def _own(self, me: _Word) -> tuple[float, ...]:
        """The weights that depend on the word alone: the first five features summed in
        order, then the ones `features` adds only in some positions."""
        w = self.weights
        shape, kind, low = me.shape, me.kind, me.low
        unlisted = kind in _UNLISTED_KINDS
        acc = 0.0
        for f in ("b", f"s={shape}", f"k={kind}", f"sk={shape}{kind}",
                  f"suf={low[-3:]}" if unlisted else _spelling(shape, low)):
            acc += w.get(f, 0.0)
        return (acc, w.get(f"poss{shape}{kind}", 0.0), w.get(f"line0{shape}{kind}", 0.0),
                w.get(f"sent0{shape}{kind}", 0.0), w.get(f"lineend{shape}{kind}", 0.0),
                w.get(f"pre={low[:3]}", 0.0) if unlisted else 0.0,
                w.get(f"doclow{kind}", 0.0), w.get(f"docmid{kind}", 0.0))


@lru_cache(maxsize=1)
def model() -> Model:
    """The shipped weights (anonymiser/data/name_tagger.json)."""
    raw = json.loads(
        (resources.files("anonymiser") / "data" / "name_tagger.json").read_text(encoding="utf-8")
    )
    return Model(weights=raw["weights"], threshold=raw["threshold"])


def worth_scoring(tok: Token, lex: Lexicon, wide: bool = True) -> bool:
    """Only words that could be a name are scored: capitalised words, lower-case words in no
    dictionary, and (`wide`, as the model is trained) lower-case everyday words that are on a
    name list. Narrow, a lower-case everyday word ("frank", "misty") is left to the rules, which
    know the phrases that make it a name ("carer misty said")."""
    return _worth_scoring(tok.text, lex, wide)


def _worth_scoring(word: str, lex: Lexicon, wide: bool) -> bool:
    return _worth(word, lex) >= (WIDE if wide else NARROW)


# How a word is worth scoring: not at all, only in the wide scoring, or in both.
NEVER, WIDE, NARROW = 0, 1, 2


def _worth(word: str, lex: Lexicon) -> int:
    if len(word) < 2:
        return NEVER
    first = word[0]
    if first.isupper():
        return NARROW
    if not first.isalpha():
        return NEVER
    if word in lex.common:  # the common case, decided without working out the word's kind
        return WIDE if word in lex.first_names or word in lex.surnames else NEVER
    return NARROW if _kind_of(word, lex) in _UNLISTED_KINDS else NEVER


def scored(text: str, lex: Lexicon, chosen: Model | None = None,
           taken: list[tuple[int, int]] | None = None,
           proposing: bool = False,
           named: list[NameToken] | None = None,
           wide: bool = False,
           memo: Working | None = None) -> Iterator[tuple[Token, float]]:
    """Yield each word token worth scoring (see `worth_scoring`), and not taken, with the
    model's name score. With `proposing`, words `tagged_names` would turn down whatever their
    score are skipped. `memo` keeps the tokens and their scores for the next call on the same
    text with the same model: a score depends on the text alone, not on what is taken."""
    m = chosen or model()
    if m.remembered() > _MEMO_LIMIT:
        m.forget()  # bounded: it holds spellings and contexts seen in reports
    if memo is None:
        memo = Working()
    if memo.toks is None or memo.words is None or memo.worth is None:
        memo.toks = tokens(text, named)
        memo.words = describe(memo.toks, lex)
        memo.worth = []
        for i, tok in enumerate(memo.toks):
            level = _worth(tok.text, lex)
            if level:
                memo.worth.append((i, level))
    toks, words, known = memo.toks, memo.words, memo.scores
    need = WIDE if wide else NARROW
    blocked = bytearray(len(text))
    for s, e in taken or ():
        blocked[s:e] = b"\x01" * (e - s)
    for i, level in memo.worth:
        tok = toks[i]
        word = tok.text
        if level < need or blocked[tok.start] or blocked[tok.end - 1]:
            continue
        if proposing and _never_proposed(word, lex):
            continue
        score = known.get(i)
        if score is None:
            score = known[i] = m.score_at(toks, words, i, text)
        yield tok, score


class Working:
    """The tagger's working on one text, kept between its passes (see `scored`)."""

    __slots__ = ("toks", "words", "worth", "scores")

    def __init__(self) -> None:
        self.toks: list[Token] | None = None
        self.words: Descriptions | None = None
        self.worth: list[tuple[int, int]] | None = None  # (token, NARROW or WIDE)
        self.scores: dict[int, float] = {}


_MEMO_LIMIT = 100_000


def _never_proposed(word: str, lex: Lexicon) -> bool:
    low = word.lower()
    # "FGCs", "NHS", "NetSure": acronyms, headings and brands; and roles, titles, kept terms.
    # Two or three capitals may be someone's initials ("SJ present"), judged in tagged_names.
    return low in lex.keep or low in _TITLES or (
        sum(ch.isupper() for ch in word) > 1 and not _initials_shaped(word, lex))


def _initials_shaped(word: str, lex: Lexicon) -> bool:
    low = word.lower()
    return 2 <= len(word) <= 3 and word.isupper() and word.isalpha() and not (
        low in lex.keep or lex.is_common(low) or low in _NOT_INITIALS)


# Two or three capitals that are units, words or abbreviations, never anyone's initials.
_NOT_INITIALS = frozenset(
    """ok na nb am pm yes no tbc hr hrs mg ml kg mcg iv im sc po pr od bd tds qds prn ct mri ecg
    bp rr hb ng ngt peg cm mm km mph kt kts ft lb lbs oz min sec wk wks yr yrs tv pc it ie eg
    vs re fyi asap aob etc id uk us eu gp ae ed icu hdu nhs mr mrs ms dr""".split())
# How much more than the threshold two or three capitals must score to be proposed as
# someone's initials: a little, because most runs of capitals in a report are terms.
INITIALS_MARGIN = 1.0


def tagged_names(text: str, taken: list[tuple[int, int]], lex: Lexicon,
                 chosen: Model | None = None,
                 named: list[NameToken] | None = None,
                 memo: Working | None = None) -> list[Candidate]:
    """Name candidates for the words the model is confident about and nothing else claimed."""
    m = chosen or model()
    out = []
    for tok, score in scored(text, lex, m, taken, proposing=True, named=named, memo=memo):
        low = tok.text.lower()
        if score <= m.threshold:
            continue
        if sum(ch.isupper() for ch in tok.text) > 1 and score <= m.threshold + INITIALS_MARGIN:
            continue  # initials need more evidence than a capitalised word does
        if score <= m.threshold + ORDINARY_MARGIN and lex.is_common(low) \
                and low not in lex.first_names:
            continue  # an everyday word ("Boxing Day") needs more evidence than a name does
        out.append(Candidate(tok.start, tok.end, "name", 0.6,
                             "the words around it are where a name goes (statistical tagger)",
                             meta={"tokens": low, "initials": tok.text[:1].upper()}))
    return out


# How far above the threshold a word must score for the model alone to name it. Five-fold
# over blind corpora 73-193, margins of 2, 3 and 4 left 152, 152 and 153 of 178 leaking reports
# leaking, against 499, 496 and 495 must-not-redact hits (500 before); 3 was the middle. With
# the weights trained on 274 corpora, 2 (and ORDINARY_MARGIN 0.5) left blind 273-288, kept out
# of their training, at 39 leaking against 43 at 3, must-not-redact 177 either way.
CONFIDENT_MARGIN = 2.0


def confident_names(text: str, taken: list[tuple[int, int]], lex: Lexicon,
                    chosen: Model | None = None,
                    named: list[NameToken] | None = None,
                    memo: Working | None = None) -> list[Candidate]:
    """Name candidates for words nothing else claimed whose surroundings are so much where a
    name goes ("for tayla (15) to", "happened to JT last month", "Apologies: Lee Summers")
    that no rule's reading as an ordinary word outweighs them; never a kept term or a title."""
    m = chosen or model()
    floor = m.threshold + CONFIDENT_MARGIN
    out = []
    for tok, score in scored(text, lex, m, taken, named=named, wide=True, memo=memo):
        if score <= floor:
            continue
        low = tok.text.lower()
        if low in lex.keep or low in _TITLES:
            continue
        if low in lex.eponyms and (tok.possessive or text[tok.end:tok.end + 2].strip()[:1]
                                   .islower()):
            continue  # "Hodgkin's lymphoma", "Parkinson disease": a condition, not a person
        out.append(Candidate(tok.start, tok.end, "name", 0.6,
                             "the words around it are where a name goes, whatever the rules "
                             "say (statistical tagger)",
                             meta={"tokens": low, "initials": tok.text[:1].upper()}))
    return out
