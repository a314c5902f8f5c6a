"""Round 35: what session 14 learnt from blind corpora 219-228 once they had been measured."""

from __future__ import annotations

import pytest

from anonymiser import anonymise
from tests.anonymiser.spans import covered, hidden, kinds, untouched


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ('Confirmation of Payee came back "no match" - account name is "L Farrow" kwame', "L Farrow"),
        ("meds (hyoscine, levomepromazine) for mr d. o'rourke went to his old pharmacy", "d. o'rourke"),
        ("Land 14  11:42  KXR     B. Sørensen      -              W", "B. Sørensen"),
        ("honestly the SOP is fine i just rushed. - C.O'B", "C.O'B"),
        ("[01:14] Kofi A: who loaded hold 4?? the AVI boxes\n[01:16] Kofi A: NOTOC has it", "Kofi A"),
        ("near miss - nearly sent amber l's family plan to the wrong mum!!", "amber l"),
        ("| 21:15 | Ward 14 | Okafor, N | WX0611204 | gent level due 22:00 |", "Okafor, N"),
        ("the task was typed against Brennan, T on Salton Ward (same initial)", "Brennan, T"),
    ],
)
def test_an_initial_beside_a_name_is_part_of_it(text: str, name: str) -> None:
    assert hidden(text, name), kinds(text)


@pytest.mark.parametrize(
    ("text", "name", "after"),
    [
        ("10:30 PA Ruth K. told via EDT handover", "Ruth K.", "Person A told"),
        ("| 21 | Mariam Y. | LC-20140 | none |", "Mariam Y.", "Person A |"),
        ("The handover was done well by Ruth K.\nThanks all", "Ruth K.", "Person A.\nThanks"),
        ("Everything was checked twice by Ruth K. The family were told.", "Ruth K.",
         "Person A. The family"),
    ],
)
def test_a_closing_initial_takes_its_full_stop_and_gives_back_a_sentence_end(
        text: str, name: str, after: str) -> None:
    assert covered(text, name), kinds(text)
    assert after in anonymise(text).text


def test_a_name_keeps_its_combining_accent() -> None:
    text = "I now use the work phone calendar. – Olu Adébáyọ̀, Family Support Worker"
    assert hidden(text, "Olu Adébáyọ̀"), kinds(text)
    assert "\u0300" not in anonymise(text).text


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Code Blue, D wing 3s landing, cell 14", "D wing"),
        ("pls put on team board. mo x", " x"),
        ("Issue Bag A\tSK\t02/01/24\tnil\nBag B\tBev\t02/01/24\toxytocin", "Bag B"),
        ("Ward C Patel's notes", "Ward"),
        ("max 13.1°C overnight, current 9.8°C. Min/max not reset", "9.8°C."),
    ],
)
def test_letters_that_are_sides_wings_or_labels_stay(text: str, kept: str) -> None:
    assert kept in anonymise(text).text, kinds(text)


def test_a_kiss_is_not_an_initial() -> None:
    assert untouched("good catch. thats the system working lou x -- exported", " x --")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("all updated on the system. handed over by Mo (EDT) to jules", "jules"),
        ("started nitrofurantoin 50mg, daughter jules staying over.", "jules"),
        ("kev on the quad agrees. 3rd time this month.\n- jules (winch)", "jules"),
        ("3rd launch of the day, K21 G-CKWR, tommo P1 w/ cadet in front.", "tommo"),
        ("10mm ring spanner missing off deano's shadow board", "deano"),
        ("rang the ward and polly said the bed was ready", "polly"),
        ("Handed over to Nate at 19:00, all obs stable", "Nate"),
    ],
)
def test_names_the_word_list_read_as_words_and_british_nicknames(text: str, name: str) -> None:
    assert hidden(text, name), kinds(text)


@pytest.mark.parametrize(
    ("text", "who"),
    [
        ("drivers now confirm every transport request. well done Miss Okafor - sx", "sx"),
        ("the bleep list of mobiles is 2 yrs out of date. pls fix. sj H@N", "sj"),
        ("resend letters when they move pts between lists. ks (NE)", "ks"),
        ("should it be within arms length for him not eyesight?? mel HCA", "mel"),
        ("probs ring me before Friday on 07700 900 662. Ta, L", "L"),
    ],
)
def test_the_writer_signing_off_at_the_very_end(text: str, who: str) -> None:
    assert hidden(text, who), kinds(text)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("admitted to renal ward, will need extra session. pls Datix", "pls"),
        ("bloods sent, results to follow. Thanks, A", "A"),
        ("all checked twice and nothing missing. ok NHS", "ok"),
    ],
)
def test_shorthand_at_the_very_end_is_not_a_sign_off(text: str, kept: str) -> None:
    assert untouched(text, kept), kinds(text)


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("one referral under two log numbers (HP-2025-010442 / HP-2025-010519)", "HP-2025-010442"),
        ("Police were called (log CAD 0219-020624) and removed him", "CAD 0219-020624"),
        ("Health advisor took a 111 call (111-7791166) about a student", "111-7791166"),
        ("A baby with a fever (111-7809145) waited 4 h 40 min for a call back", "111-7809145"),
        ("G-OSKH tech log pg 004417 - the ADD for the wx radar expires tonight", "004417"),
    ],
)
def test_a_reference_is_hidden_whole_not_as_a_phone_number_inside_it(text: str, code: str) -> None:
    assert covered(text, code), kinds(text)
    assert all(kind == "case_reference" for part, kind in kinds(text) if part in code), kinds(text)


def test_a_phone_number_after_a_reference_still_a_phone() -> None:
    text = "ring the duty desk on 01632 960123, ref 4471"
    assert ("01632 960123", "phone") in kinds(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("after a PV bleed. checked the dose w amber (MW) at the desk but", "amber"),
        ("duty of candour convo done by amber next day. our discharge check", "amber"),
        ("pls can we get a FOD bin by stand 6. photos sent to kit in safety. - RJ", "kit"),
        ("tried duty SW twice no answer. will hand to mo in the am.", "mo"),
        ("lone working app wasnt on either. team leader sunny aware n says log it", "sunny"),
        ("incubator mount moved abt 2cm. me + wren checked baby straight away", "wren"),
    ],
)
def test_lower_case_names_that_are_everyday_words_where_only_a_person_fits(
        text: str, name: str) -> None:
    assert hidden(text, name), kinds(text)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("K+ 6.8 phoned to AMU not ED - found by chance\n10:20 systems back", "chance"),
        ("then me and will look at it together", "will"),
        ("the tin was checked with care (twice) by both of us", "care"),
    ],
)
def test_everyday_words_in_those_slots_stay(text: str, kept: str) -> None:
    assert untouched(text, kept), kinds(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("09:30 Receptionist Flora recognised the voice from 08:20", "Flora"),
        ("they tankered extra fuel. Colleague Coral on the desk spotted it first.", "Coral"),
        ("she would have taken 40mg. Husband Reg noticed the tablets looked different", "Reg"),
        ("Crew: HEMS TC Will Tennant, Dr Chinwe Okeke, CCP Fern\n21:42  Tasked to RTC", "Fern"),
        ("result given by Practice Nurse\n  Fern.\n10:05 Registration lead informed", "Fern"),
    ],
)
def test_a_first_name_that_is_an_everyday_word_after_a_role(text: str, name: str) -> None:
    assert hidden(text, name), kinds(text)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("the coral reef photo on the wall of the family room was lovely", "coral"),
        ("a fern and two spider plants in the quiet room", "fern"),
        ("flora and fauna theme for the sensory garden", "flora"),
        ("Pharmacist Reg 15 check was due that week", "Reg"),
    ],
)
def test_those_words_stay_everyday_words_elsewhere(text: str, kept: str) -> None:
    assert untouched(text, kept), kinds(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("fridge 9.1°C at 06:00 – pharmacy aware.\nSigned: Sunday E., RMN", "Sunday E."),
        ("Nurse in charge (nights): Sunday Eze\n1. ACCT reviewed", "Sunday Eze"),
        ("Minutes taken by April M.\nApologies: none", "April M."),
    ],
)
def test_a_first_name_that_is_a_day_or_month_with_an_initial_or_surname(
        text: str, name: str) -> None:
    assert hidden(text, name), kinds(text)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("the clinic was closed on Sunday Patel said later", "Sunday"),
        ("next panel in May J. Okoro to chair it", "May"),
    ],
)
def test_the_day_or_month_itself_stays(text: str, kept: str) -> None:
    assert untouched(text, kept), kinds(text)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("opt-out BBV testing in reception reached 94% in April (target 75%). 11 new", "April"),
        ("Near-miss trends: 41 logged in June (May: 29) - felt to reflect", "June"),
        ("if we can use this layout for all reviews from May, and I'm taking it", "May"),
        ("the install is planned for November. 4. AOB: circulate the plan", "November. 4"),
    ],
)
def test_a_month_where_a_time_goes_is_not_a_name_or_a_date(text: str, kept: str) -> None:
    assert untouched(text, kept), kinds(text)


def test_a_month_name_handed_over_to_is_still_a_person() -> None:
    text = "handed over to April (HCA) at 8"
    assert hidden(text, "April"), kinds(text)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("escort has the sheet.\n\nKind regards\nSunita\nShort Breaks Coordinator, Larkspur Lodge\n"
         "01632 960214", "Short Breaks Coordinator"),
        ("MOR filed: CFD-MOR-24-104.\n\nRhys\nApproach Radar Controller", "Approach Radar Controller"),
        ("Kind regards,\nMehmet\nDesignated Safeguarding Lead, Marlpit Lane Academy",
         "Designated Safeguarding Lead"),
    ],
)
def test_a_job_title_in_a_signature_is_not_an_address(text: str, kept: str) -> None:
    assert kept in anonymise(text).text, kinds(text)


def test_a_street_on_the_line_after_a_name_is_still_an_address() -> None:
    text = "God bless you all,\nIrene & Stan Fairbrother\nBrandon Road, Thetford"
    assert hidden(text, "Brandon Road"), kinds(text)
    assert hidden(text, "Stan Fairbrother"), kinds(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("no1 does the weekly car checks since steph left. it has a sign on now", "steph"),
        ("rang shivon at EDT re the new admission", "shivon"),
        ("i took control (FI shez) and landed. nobody hurt.", "shez"),
    ],
)
def test_short_forms_of_first_names(text: str, name: str) -> None:
    assert hidden(text, name), kinds(text)


def test_the_nurse_in_charge_is_not_a_name() -> None:
    assert untouched("ngozi (nic) said flag it on both charts", "nic")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("lone working app wasnt on. team leader sunny aware n says log it",
         "team leader 1 aware"),
        ("returned to land overweight. Captain Hughes, FO Priya Shah. Borescope done",
         "FO 1."),
        ("consultant Amir Khan reviewed him at 10", "consultant 1 reviewed"),
        ("mum Sarah said no", "mum Parent 1 said"),
    ],
)
def test_a_role_said_in_the_words_before_a_name_is_not_said_twice(
        text: str, expected: str) -> None:
    assert expected in anonymise(text).text


def test_thanks_is_not_a_teaching_assistant() -> None:
    assert anonymise("probs ring me before Friday on 07700 900 662. Ta, L").text.endswith(
        "Ta, Person A")


def test_a_title_after_a_comma_belongs_to_the_next_person() -> None:
    text = "Attendees: Hamza Iqbal (engineering), Capt Farah Siddiqui, Capt Lucas Ferreira, Lou Bramwell"
    out = anonymise(text).text
    assert "Captain 1, Captain 2, Person B" in out, out
    text = "Present: P. Lund, Dr Kowalski, Joy Mensah"
    assert anonymise(text).text == "Present: Person A, Doctor 1, Person B"
