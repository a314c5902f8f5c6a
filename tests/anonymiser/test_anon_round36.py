"""Round 36: what session 15 learnt from blind corpora 229-238 once they had been measured."""

from __future__ import annotations

import pytest

from anonymiser import anonymise
from tests.anonymiser.spans import hidden, kinds, untouched


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Engine run done, handed over to Lars at 10:00 for the taxi test", "Lars"),
        ("Aircraft checked by Hemi - paint damage only, no structural", "Hemi"),
        ("bins in the sluice changed by jojo. still not collected", "jojo"),
        ("the van is out, manny has it today", "manny"),
        ("no referral went (soph thinks it sat in drafts)", "soph"),
        ("From: Ferg\nRe: the night's defects", "Ferg"),
        ("cartridges from the new box, birdy says it happened tues too", "birdy"),
    ],
)
def test_short_forms_and_names_kept_as_terms_in_capitals(text: str, name: str) -> None:
    assert hidden(text, name), kinds(text)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Crossing the zone we called LARS for a basic service", "LARS"),
        ("Listed for a left hemi arthroplasty on Tuesday", "hemi"),
    ],
)
def test_the_terms_stay_in_capitals_and_lower_case(text: str, kept: str) -> None:
    assert untouched(text, kept), kinds(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("two lads by the shops, one of them the one they call Stretch. we shouted", "Stretch"),
        ("the lads call him Gonzo most days", "Gonzo"),
    ],
)
def test_what_people_call_someone(text: str, name: str) -> None:
    assert hidden(text, name), kinds(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("To: night crew (Kit / Sol)\nFrom: Priyanka Desai", "Sol"),
        ("Staff (Grace Adeyemi, Chip) followed at a distance", "Chip"),
    ],
)
def test_a_short_list_in_brackets_with_a_name_is_people(text: str, name: str) -> None:
    assert hidden(text, name), kinds(text)


def test_a_list_in_brackets_of_services_stays() -> None:
    text = "Referred on (Grace Obi, Housing) the same day"
    assert untouched(text, "Housing"), kinds(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Tailplane inspected by Chip - no damage found", "Chip"),
        ("Last signed out by\n  HB & SA at 07:10. Both rung.", "HB"),
        ("Last signed out by\n  HB & SA at 07:10. Both rung.", "SA"),
        ("To Sølvi and everyone at the training centre,\nThank you", "Sølvi"),
        ("On Tuesday Sol (Year 9) told his class teacher at break", "Sol"),
        ("Renewals: Ana and HvdB due in March", "HvdB"),
        ("no further action as amber didnt want to press charges", "amber"),
    ],
)
def test_people_where_only_a_person_fits(text: str, name: str) -> None:
    assert hidden(text, name), kinds(text)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("The LIR was issued by Load Control before the change", "Load Control"),
        ("Handled by ATC & RFFS within two minutes", "RFFS"),
        ("DfE guidance was followed", "DfE"),
        ("the van wont start again, rang the garage", "van"),
        ("Wires risk now Amber (was Green) on the register", "Amber"),
        ("Wires risk now Amber (was Green) on the register", "Green"),
        ("She queried it with Technical Services, who confirmed the basis", "Technical Services"),
        ("On behalf of the Pre-Proceedings Team I wanted to thank you", "Pre-Proceedings Team"),
        ("Dr Kofi Mensah (consultant haematologist) was informed", "haematologist"),
        ("Seen by the consultant radiologist the same day", "radiologist"),
    ],
)
def test_services_ratings_and_roles_stay(text: str, kept: str) -> None:
    assert untouched(text, kept), kinds(text)


def test_the_called_name_is_replaced_consistently() -> None:
    text = "Sol (Year 9) told his teacher. We recorded Sol's words."
    out = anonymise(text).text
    assert "Sol" not in out


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("SAFETY REVIEW - COMMENDATION. Ref SR-24-066. 1. Occurrence.", "SR-24-066"),
        ("ATSA spotted a 7600 squawk on G-BXLV (HVA-LS-24-004)", "HVA-LS-24-004"),
    ],
)
def test_a_reference_shaped_like_an_aircraft_type_is_a_reference(text: str, code: str) -> None:
    assert hidden(text, code), kinds(text)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("G-BXKT (PA-28-161) landed long", "PA-28-161"),
        ("the SR-22 was refuelled", "SR-22"),
    ],
)
def test_aircraft_types_stay(text: str, kept: str) -> None:
    assert untouched(text, kept), kinds(text)


@pytest.mark.parametrize(
    "text",
    [
        "proper calm. also ta will for running over with the first aid kit",
        "Good catch by carer will on Friday while bathing him",
        "and to will from the day hospice who made it happen",
        "lovely to see joy and will recognised at huddle",
    ],
)
def test_will_in_lower_case_where_no_verb_follows_is_a_name(text: str) -> None:
    assert hidden(text, "will"), kinds(text)


@pytest.mark.parametrize(
    "text",
    [
        "we will for sure look at it again",
        "I've told the IRO and will\nupdate his Pathway Plan",
        "this will, in time, help the team",
        "staff will on the whole cope",
    ],
)
def test_will_the_modal_stays(text: str) -> None:
    assert untouched(text, "will"), kinds(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("the task list was still assigned to a leaver's login (gwilliams). One", "gwilliams"),
        ("Clinical system username: jmorrow2 was still active", "jmorrow2"),
        ("ops_danny: anyone seen the tech log??\nbecks.m: was in crew room\n", "becks.m"),
    ],
)
def test_logins_and_dotted_speakers(text: str, name: str) -> None:
    assert hidden(text, name), kinds(text)


def test_logging_in_is_not_a_login_name() -> None:
    text = "log in with your smartcard before the round; login was fine"
    assert not anonymise(text).spans


@pytest.mark.parametrize(
    ("text", "letters"),
    [
        ("Picked by: dispenser (PN)    Checked by: pharmacist", "PN"),
        ("14/09/22 | HV (SC)     | 8/52 check", "SC"),
        ("19:20 ED reg (TO) starts fluids", "TO"),
        ("14:03 Medic 1 (JPW): received, en route", "JPW"),
        ("05:30 Datix completed by HT (NIC).", "HT"),
        ("we check 2 identifiers at handout. GS (RP)", "GS"),
        ("LK punched the window. RW (unit mgr) called over the radio.", "RW"),
    ],
)
def test_initials_beside_a_role_in_brackets_are_the_person(text: str, letters: str) -> None:
    assert hidden(text, letters), kinds(text)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Crew: Captain (PF), FO (PM)", "PF"),
        ("Answered by health advisor (HA) at 18:42", "HA"),
        ("the nurse (RGN) said it was fine", "RGN"),
        ("the SW (IRO chair) said", "SW"),
        ("Seen in ICU (bank) by the team", "ICU"),
    ],
)
def test_a_roles_own_letters_stay(text: str, kept: str) -> None:
    assert untouched(text, kept), kinds(text)


def test_a_short_form_in_brackets_after_the_full_name() -> None:
    text = "Siddharth (Sid) is nut allergic. Sid's mum informed."
    assert hidden(text, "Sid"), kinds(text)
    assert "Sid" not in anonymise(text).text


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Jane Smith (Social worker) said it was fine", "Social worker"),
        ("Fatima Benali (resettlement), probation (Ian Proctor) and the school", "probation"),
    ],
)
def test_a_role_or_service_beside_a_full_name_stays(text: str, kept: str) -> None:
    assert untouched(text, kept), kinds(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("ACTION: B1 M. Costa inspected the probes", "M. Costa"),
        ("2   B. Firth         leg dressing         08:00", "B. Firth"),
    ],
)
def test_an_initial_and_full_stop_before_a_name(text: str, name: str) -> None:
    assert hidden(text, name), kinds(text)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("First aid given, 111 advised A&E. Taken to hospital by mum", "Taken"),
        ("not on frequency and not squawking Mode C. Airprox filed.", "Airprox"),
        ("consent form said R. Spotted at sign in by the ODP", "Spotted"),
        ("level was 1.6 mmol/L. Lithium withheld", "Lithium"),
        ("A. Background\nB. Actions taken\n", "Actions"),
        ("see Appendix B. Summary follows", "Summary"),
    ],
)
def test_a_sentence_ending_on_a_letter_is_no_name(text: str, kept: str) -> None:
    assert untouched(text, kept), kinds(text)


@pytest.mark.parametrize(
    ("text", "letters"),
    [
        ("Present: DK, AM, Bill Ferreira (Street Outreach)", "AM"),
        ("Attendance: LM, FG, TO, Mark Whelan (pharmacy)", "TO"),
        ("Attendance: LM, FG, TO, Mark Whelan (pharmacy)", "FG"),
    ],
)
def test_initials_in_a_list_of_who_attended(text: str, letters: str) -> None:
    assert hidden(text, letters), kinds(text)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Attendees: WM Karen Oduya, CM Rob Hinchliffe", "WM"),
        ("Present: Gwen Ashworth (EDT), PC Tariq Mahmood, Lenka", "PC"),
        ("Crew: Capt A. Vasquez; FO Lily-Rose Barker; CSD Hamish; CC Yasmin", "CSD"),
        ("Present: SW, IRO, Mum and GP", "IRO"),
    ],
)
def test_a_rank_before_a_name_in_a_list_stays(text: str, kept: str) -> None:
    assert untouched(text, kept), kinds(text)


FRIDGE_LOG = """Fridge temperature log - w/c 22/07
Date    Time   Min   Max   Now    Init   Comment
22/07   09:05  2.4   7.1   4.0    CB     -
23/07   09:12  2.1   7.4   3.8    CB     -
24/07   08:58  3.0   14.6  11.2   PM     door found ajar!!
"""

MED_TABLE = """Date     Resident            Error                               Staff   Harm
02/03    E. Walsh            amoxicillin dose omitted              KA      none
11/03    B. Thornbury        bisoprolol given twice                DM      low
19/03    H. Pike             lactulose not signed for              OB      none
24/03    Mr Adeyinka         paracetamol within 4 hours            TM      none
"""


@pytest.mark.parametrize(
    ("text", "letters"),
    [(FRIDGE_LOG, "CB"), (FRIDGE_LOG, "PM"), (MED_TABLE, "DM"), (MED_TABLE, "TM")],
)
def test_letters_in_a_column_of_initials_are_initials(text: str, letters: str) -> None:
    assert hidden(text, letters), kinds(text)


def test_a_column_of_times_and_notes_keeps_its_words() -> None:
    assert untouched(FRIDGE_LOG, "door found ajar"), kinds(FRIDGE_LOG)
    assert untouched(MED_TABLE, "none"), kinds(MED_TABLE)


def test_a_name_signing_off_on_the_last_line() -> None:
    text = "told him that's for the court to decide.\n- Em"
    assert hidden(text, "Em"), kinds(text)


@pytest.mark.parametrize("text", ["that's for the court to decide.\n- Thanks",
                                  "that's for the court to decide.\n- Pharmacy"])
def test_a_word_that_signs_off_for_nobody_stays(text: str) -> None:
    assert not anonymise(text).spans, kinds(text)


def test_becks_shouting_is_a_person() -> None:
    text = "vaping while tom had the propane hose on. becks shouted + he went back out."
    assert hidden(text, "becks"), kinds(text)


def test_a_call_sign_written_twice_is_no_child_with_an_age() -> None:
    text = ("Actions: Bird 1 to patrol continuously 06:30-08:00.\n"
            "The aircraft was taken out of service. Bird 1 (Fraser Duthie) had cleared gulls.")
    assert untouched(text, "Bird 1"), kinds(text)
    assert hidden(text, "Fraser Duthie"), kinds(text)


def test_children_with_their_ages_still_found() -> None:
    text = "kids at home were Oliver 6, Summer 5. Summer 5 was asleep."
    assert hidden(text, "Oliver"), kinds(text)
    assert hidden(text, "Summer"), kinds(text)


@pytest.mark.parametrize(
    ("text", "kept", "name"),
    [
        ("Kept in overnight for observation. Son Darren informed. Harm: low", "Son", "Darren"),
        ("Neuro obs started.\nSon Clive informed at 08:00 as per plan", "Son", "Clive"),
    ],
)
def test_a_relation_before_a_name_is_not_part_of_it(text: str, kept: str, name: str) -> None:
    assert untouched(text, kept), kinds(text)
    assert hidden(text, name), kinds(text)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Referred to the Perinatal Mental Health Team the same day", "Perinatal Mental Health Team"),
        ("Borrowed a pump from the Medical Equipment Library", "Medical Equipment Library"),
        ("Discussed with the Early Pregnancy Assessment Unit", "Early Pregnancy Assessment Unit"),
        ("The Coastguard Rescue Team were on scene by 14:10", "Coastguard Rescue Team"),
        ("Shared with the Local Runway Safety Team on Monday", "Local Runway Safety Team"),
    ],
)
def test_generic_teams_and_services_stay(text: str, kept: str) -> None:
    assert untouched(text, kept), kinds(text)


def test_a_named_team_is_still_hidden() -> None:
    text = "Referred to the Larkspur Perinatal Team the same day"
    assert hidden(text, "Larkspur"), kinds(text)
