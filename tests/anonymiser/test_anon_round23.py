"""Round 23 (session 9): what blind corpora 129-134 showed after their first measurement."""

from __future__ import annotations

import pytest

from anonymiser import anonymise
from tests.anonymiser.spans import hidden, one_span_of_kind, untouched


# -- kept -----------------------------------------------------------------------------------
@pytest.mark.parametrize(("text", "word"), [
    ("Near miss, Theatre 3, 5th Dec. Tourniquet inflated at 10:02 for ankle fusion", "Tourniquet"),
    ("Nothing given. Wristband replaced, sending ward informed by phone.", "Wristband"),
    ("Her last dose was at 17:00. Epidural deferred, PCA offered instead.", "Epidural"),
])
def test_a_sentence_that_opens_on_an_english_word_before_a_past_tense(text: str, word: str) -> None:
    assert untouched(text, word)


@pytest.mark.parametrize(("text", "word"), [
    ("02:35  Meconium-stained liquor noted. Transfer advised.", "Meconium-stained"),
    ("04:31  Ventouse delivery. Baby to NNU for observation.", "Ventouse"),
    ("02:10  Neuro obs started, Glasgow Coma Scale 15.", "Neuro"),
])
def test_a_log_entry_opens_after_its_time(text: str, word: str) -> None:
    assert untouched(text, word)


def test_a_name_opening_a_log_entry_is_still_found() -> None:
    assert hidden("09:15  Zewdi rang to say she was safe.", "Zewdi")


@pytest.mark.parametrize(("text", "word"), [
    ("A quick note to say thanks to Gareth on Approach and Mei Lin on Tower.", "Tower"),
    ("0615  Approach advises all traffic primary radar u/s.", "0615"),
    ("Class G, receiving a Traffic Service. Controller called traffic.", "Traffic Service"),
    ("primary radar u/s, Deconfliction Service limited.", "Deconfliction Service"),
    ("coordinated with Shanwick and briefed the cabin", "Shanwick"),
    ("Reported by: Callum Fraser, ATCO (TWR)", "TWR"),
    ("the 'one voice' principle from TRM, an ATIS update within 4 minutes", "TRM"),
    ("night of 12/4 - priya NNU", "NNU"),
    ("#shoutout for Summer Ojo (CMW, Riverside Team) who spotted it", "CMW"),
    ("active cooling on Tecotherm.", "Tecotherm"),
    ("During his bath Jayden (8) told RSW Callum McGregor", "RSW"),
    ("not triaged over the weekend\nBy: Sky Roberts, TDM", "TDM"),
    ("Attendees: STL Rachel Ng, Fergus (terminal duty manager)", "STL"),
    ("family Wójcik - DEAF + MAAS, arrived early", "MAAS"),
    ("pt admitted with #NOF, fixed with DHS 15/01.", "DHS"),
    ("The carer, Mrs Begum, speaks Pahari and limited English", "Pahari"),
    ("tried to come airside with a Stanley knife in his tool belt", "Stanley"),
    ("xray showed Weber B fracture. Ottawa ankle rules documented", "Weber B"),
    ("Rosa has been nominated for the trust Star Award.", "Star Award"),
    ("we never updated his address on the Change of Circs when he moved", "Circs"),
    ("14:12  111 referral, Green 2 disposition (home visit within 2h)", "Green"),
    ("NG xray for bed 11 pls, pH was 6 so didnt feed", "pH"),
])
def test_terms_that_carry_the_learning(text: str, word: str) -> None:
    assert untouched(text, word)


# -- found ----------------------------------------------------------------------------------
def test_a_name_before_a_weekday_and_a_time() -> None:
    assert hidden("Mum knows.\n- Interpreter for Zewdi Fri 10am cancelled by agency - rebook", "Zewdi")


def test_a_name_and_initial_in_an_email_header_from_field() -> None:
    text = "HANDOVER - Early Help Front Door - Fri 14/03\nFrom: Mark D   To: Sinéad\n\n1. Ellis family"
    assert one_span_of_kind(text, "Mark D", "name")


@pytest.mark.parametrize("text", [
    "Subject: thank you\nTo: DCT Managers\n\nHi all",
    "From: PACS admin\nTo: Patient Safety Team",
    "Subject: Well done - PAN yesterday\nTo: Watch C\n\nAll,",
])
def test_a_mailbox_in_a_header_is_not_a_person(text: str) -> None:
    assert not any(s.kind == "name" for s in anonymise(text).spans)


def test_lower_case_initials_signing_off_with_a_role() -> None:
    assert hidden("record not just the 111 notes. adastra case 2450913. jk ANP", "jk")
    assert untouched("Please log and I'll inform SHOT.\n\nAnjali\next 4471", "ext")


def test_initials_in_brackets_after_a_clinical_role() -> None:
    assert hidden("exam not recorded. i was the ENP (DH). reflected with Wendy", "DH")


def test_a_one_word_speaker_in_an_untimed_chat() -> None:
    text = ("Bisi: just wanted to say bay 4 had ZERO falls this month\n"
            "Mark: honestly the bay nursing thing works\n"
            "Bisi: its the baywatch plus the low beds")
    assert hidden(text, "Bisi")
    assert untouched("Caller: daughter Bernadette, cb 07700 900461\nAddr: Flat 2\nMark: rang\n"
                     "Kim: ok", "Addr")


def test_a_letter_asked_about_like_a_person() -> None:
    text = "[09:15] Grace O'Connor: amazing. how did H get on"
    assert any(s.kind == "name" and text[s.start:s.end] == "H" for s in anonymise(text).spans)


def test_a_hollow_is_a_street() -> None:
    text = "The letter mentioned dad's new address at 31 Fern Hollow, which mum does not know"
    assert one_span_of_kind(text, "31 Fern Hollow", "address")


@pytest.mark.parametrize(("text", "date"), [
    ("EDT HANDOVER SHEET  -  Sat 17/08 into Sun 18/08", "17/08"),
    ("pt admitted with #NOF, fixed with DHS 15/01.", "15/01"),
    ("LADO referral made 20/11. Parents informed by DSL.", "20/11"),
])
def test_a_day_and_month_after_a_word_is_a_date(text: str, date: str) -> None:
    assert one_span_of_kind(text, date, "date")


@pytest.mark.parametrize(("text", "word"), [
    ("thank you nikita. i would give it 10/10.", "10/10"),
    ("Risk: DASH 17/24, non-fatal strangulation reported", "17/24"),
    ("de-iced on stand 7, Type II 75/25, rig 2", "75/25"),
])
def test_scores_and_ratios_are_not_dates_or_references(text: str, word: str) -> None:
    assert untouched(text, word)


def test_a_day_and_month_after_a_word_is_generalised_to_the_month() -> None:
    # Found by the dates, like every other date, so the month survives for the panel.
    assert anonymise("EDT HANDOVER SHEET  -  Sat 17/08 into Sun 18/08").text == \
        "EDT HANDOVER SHEET  -  Sat August into Sun August"
    assert anonymise("police informed log 0897 of 12/04. mum aware").text.endswith("of April. mum aware")
