"""The statistical person-name tagger: tokens, shipped weights, and how it votes with the rules."""

from __future__ import annotations

import json
from importlib import resources

import pytest

from anonymiser import names, tagger
from anonymiser.lexicon import lexicon
from anonymiser.tagger import Model, Working, describe, features, model, scored, tokens
from tests.anonymiser.spans import hidden, kinds, untouched


def test_tokens_index_the_original_and_split_possessives() -> None:
    text = "Saw O'Brien's mum and Hill-Mbatha at 10:30."
    toks = tokens(text)
    assert all(text[t.start:t.end] == t.text for t in toks)
    obrien = next(t for t in toks if t.text == "O'Brien")
    assert obrien.possessive
    assert any(t.text == "Hill-Mbatha" for t in toks)


@pytest.mark.parametrize(
    "text",
    [
        "Saw O'Brien's mum and Hill-Mbatha at 10:30.",
        "the Smiths' house, Jones' car and J's bag",
        "it's ok' ’s\nLine two: Ama’s phone 07700 900123 (CP/2024/17)",
    ],
)
def test_tokens_taken_from_the_name_finders_split_are_the_same_tokens(text: str) -> None:
    assert tokens(text, names.tokenize(text)) == tokens(text)


def test_shipped_weights_load_and_separate_name_slots_from_ordinary_ones() -> None:
    lex = lexicon()
    shipped = model()
    assert shipped.weights and shipped.threshold > 0
    text = "Colleague Tamsin on the desk spotted it. The desk was busy."
    scores = {tok.text: score for tok, score in scored(text, lex)}
    assert scores["Tamsin"] > 0 > scores["The"]
    assert scores["Colleague"] < 0


def test_tagger_proposes_an_unlisted_surname_in_a_name_slot() -> None:
    text = "She gave her name as Merit Okwuosa when she was booked in."
    assert hidden(text, "Okwuosa"), kinds(text)


def test_tagger_never_overrides_the_ordinary_word_rules(monkeypatch: pytest.MonkeyPatch) -> None:
    # The same sentences the rules keep, with a model that calls every capitalised word a name
    # far above its threshold, so that its confident pass runs too.
    eager = Model(weights={"s=X": 50.0}, threshold=1.0)
    lex = lexicon()
    text = "Hope you are well. The plan is to finish by May. Histopathology noticed it."
    assert all(score > eager.threshold + tagger.CONFIDENT_MARGIN
               for tok, score in scored(text, lex, eager) if tok.text[0].isupper())
    monkeypatch.setattr(tagger, "model", lambda: eager)
    for word in ("Hope", "The", "May", "Histopathology"):
        assert untouched(text, word), kinds(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # Each was left in full, in a corpus the tagger was not trained on, before the tagger
        # could name a word on its own; each is a slot no rule reads ("for tayla (15)" reads
        # as "for rest", "happened to JT" as an acronym, "assistant Dot" as a word).
        ("near miss - nearly posted the RHA summary for tayla (15) to birth mums old address",
         "tayla"),
        ("[09:43] Tom Whitlow: phew. same thing happened to JT last month", "JT"),
        ("Present: Amy Roberts (Virtual School)\nApologies: Lee Summers (CAMHS)\n\nItem 1",
         "Lee Summers"),
        ("handover done. steph agrees, she said labour ward had 2 spare", "steph"),
        ("Tower controller Fraser Mackintosh and assistant Dot deserve thanks for the squawk",
         "Dot"),
        ("Actions: AM to share the joint protocol with the team", "AM"),
    ],
)
def test_a_word_far_more_in_a_name_slot_than_anything_else_is_named(text: str, name: str) -> None:
    assert hidden(text, name), kinds(text)


def test_the_confident_pass_scores_everyday_words_on_a_name_list_in_lower_case() -> None:
    # "bill" is scored as the model was trained (wide); next to the rules it is not.
    lex = lexicon()
    text = "hi its bill. at mrs ferreira's now, rang the doorbell"
    narrow = {tok.text for tok, _ in scored(text, lex)}
    wide = {tok.text for tok, _ in scored(text, lex, wide=True)}
    assert "bill" not in narrow and "bill" in wide
    assert "doorbell" not in wide  # an everyday word on no name list is never scored


def test_the_two_passes_share_one_scoring_of_the_text() -> None:
    lex = lexicon()
    text = "Colleague Tamsin on the desk spotted it; bill from housing (Band 5) rang JT."
    fresh = dict((tok.start, score) for tok, score in scored(text, lex, wide=True))
    work = Working()
    narrow = dict((tok.start, score) for tok, score in scored(text, lex, memo=work))
    assert work.scores and work.toks is not None
    again = dict((tok.start, score) for tok, score in scored(text, lex, wide=True, memo=work))
    assert again == fresh
    assert all(fresh[start] == score for start, score in narrow.items())


def test_shipped_weights_are_not_trained_on_the_held_out_corpora() -> None:
    # Blind corpora 337-352 measure the shipped tagger on text it never saw (bench/README.md).
    raw = json.loads((resources.files("anonymiser") / "data" / "name_tagger.json")
                     .read_text(encoding="utf-8"))
    trained = set(raw["trained_on"])
    assert len(trained) > 150
    assert not trained & {f"heldout_blind{n}" for n in range(337, 353)}


def test_features_read_how_the_same_report_writes_the_word_elsewhere() -> None:
    # A word also typed in lower case reads as ordinary; one capitalised mid-sentence as a name.
    lex = lexicon()
    text = "Will rang at nine. I said we will call back. Later Will came in."
    toks = tokens(text)
    words = describe(toks, lex)
    first = features(toks, words, 0, text)
    assert any(f.startswith("doclow") for f in first)
    assert any(f.startswith("docmid") for f in first)
    plain = "Tamsin rang at nine."
    ptoks = tokens(plain)
    assert not any(f.startswith(("doclow", "docmid"))
                   for f in features(ptoks, describe(ptoks, lex), 0, plain))


def test_features_pair_the_two_words_on_each_side() -> None:
    lex = lexicon()
    text = "She gave her name as Merit when booked in."
    toks = tokens(text)
    i = next(k for k, t in enumerate(toks) if t.text == "Merit")
    feats = features(toks, describe(toks, lex), i, text)
    assert "bb=name|as" in feats and "aa=when|booked" in feats


def test_scoring_without_feature_strings_gives_the_same_float_as_the_features() -> None:
    # score_at looks weights up by what they depend on; it must add the same weights in the
    # same order as features, so the tagger's decisions cannot drift from what it learned.
    lex = lexicon()
    shipped = model()
    text = ("Dr Okafor's note: Will rang at nine.\nI said we will call back; later Will came in "
            "with Tamsin (Y9) and O'Brien's mum.\n- JB, Duty Manager")
    toks = tokens(text)
    words = describe(toks, lex)
    for i in range(len(toks)):
        assert shipped.score_at(toks, words, i, text) == shipped.score(
            features(toks, words, i, text)), toks[i]


def test_proposing_skips_only_words_the_tagger_never_proposes() -> None:
    lex = lexicon()
    text = "Colleague Tamsin and the NHS team met Dr Amadi."
    every = {tok.text for tok, _ in scored(text, lex)}
    proposing = {tok.text for tok, _ in scored(text, lex, proposing=True)}
    assert "NHS" in every and "NHS" not in proposing
    assert "Tamsin" in proposing and "Amadi" in proposing
