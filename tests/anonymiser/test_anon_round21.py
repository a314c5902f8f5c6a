"""Round 21 (session 8): what blind corpora 111-118 showed after their untouched measurement."""

from __future__ import annotations

from tests.anonymiser.spans import hidden, one_span_of_kind, untouched


def test_a_postcode_with_an_area_no_map_has_after_at_is_still_a_postcode() -> None:
    text = "[09:04] Dev: i'm round the corner at QX4 7HD, can go now"
    assert one_span_of_kind(text, "QX4 7HD", "postcode")


def test_a_chat_speaker_with_a_capital_initial_run_on() -> None:
    text = ("[09:02] lou.h: anyone near the flats?\n"
            "[09:04] AmaniK: on my way\n"
            "[09:21] AmaniK: in. she's on the kitchen floor")
    assert hidden(text, "AmaniK")


def test_a_pronoun_after_a_letter_and_a_full_stop_starts_a_sentence() -> None:
    assert untouched("On the stand the cabin was over 30°C. She had had nothing to drink.", "She")
    assert untouched("Your NI number is on file as B. I've given it to payroll.", "I've")
