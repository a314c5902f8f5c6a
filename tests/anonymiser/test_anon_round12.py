"""Round 12 (session 7): what blind corpora 75-78 showed after their untouched measurement."""

from __future__ import annotations

import pytest

from tests.anonymiser.spans import covered, hidden, redacted, untouched


@pytest.mark.parametrize(
    ("text", "term"),
    [
        ("Baby (6 wks) found asleep on a V-shaped pillow on the sofa.", "V-shaped"),
        ("He found a cracked B-nut on the brake supply line.", "B-nut"),
        ("A MASH referral about bruising was RAG-rated amber on a Friday.", "RAG-rated"),
        ("02:18 Pre-alert to the cath lab.", "Pre-alert"),
        ("0705Z Re-de-iced, departed 0718Z.", "Re-de-iced"),
        ("Thanks\nGareth\nCustomer Service Agent, Check-in", "Check-in"),
        ("This could have been an ABO-incompatible transfusion.", "ABO-incompatible"),
        ("the de-icing team from Northfrost De-icing were quick", "de-icing"),
    ],
)
def test_hyphenated_everyday_descriptions_are_kept(text: str, term: str) -> None:
    assert untouched(text, term)


@pytest.mark.parametrize(
    ("text", "who"),
    [
        ("Carer Ellie-May said the door was open.", "Ellie-May"),
        ("T-Bone said he was outside.", "T-Bone"),
        ("Mum spoke to Gbemisola Ade-Ojo on Monday.", "Ade-Ojo"),
    ],
)
def test_names_capitalised_after_the_hyphen_are_still_names(text: str, who: str) -> None:
    assert hidden(text, who)


@pytest.mark.parametrize(
    ("text", "term"),
    [
        ("OUTPATIENT CLINIC LIST - Rheumatology - Mon 8 Apr", "Rheumatology"),
        ("Sample labels pre-printed. Histopathology noticed the mismatch.", "Histopathology"),
    ],
)
def test_specialties_are_kept(text: str, term: str) -> None:
    assert untouched(text, term)


def test_a_sign_named_after_its_discoverer_is_kept_but_a_persons_test_is_not() -> None:
    assert untouched("The rash went to the tip of his nose (Hutchinson's sign).", "Hutchinson")
    assert hidden("Kai's test went fine this morning.", "Kai")


@pytest.mark.parametrize(
    ("text", "term"),
    [
        ("Methotrexate 20mg weekly but no FBC/LFT for 5 months.", "FBC/LFT"),
        ("Reported by CNS Bronwen. Ref DX-551760.", "CNS"),
        ("07:30 DfT notified.", "DfT"),
    ],
)
def test_tests_and_clinical_roles_written_as_letters_are_kept(text: str, term: str) -> None:
    assert untouched(text, term)


def test_a_role_before_a_name_stays_outside_the_name() -> None:
    text = "10:45 Clinical Nurse Specialist Olu attended, obs stable."
    assert hidden(text, "Olu")
    assert untouched(text, "Specialist")


def test_a_booking_system_name_still_needs_names_not_terms() -> None:
    assert hidden("Pax list: SMITH/JOHN MR seat 4C.", "SMITH/JOHN")


def test_a_chat_logs_speakers_are_people_even_when_the_word_is_everyday() -> None:
    text = ("[17:02] Ravi: drifted north\n[17:03] Dot: yikes\n"
            "[17:04] Ravi: airspace warning went off\n[17:05] Dot: were you on the squawk?")
    assert hidden(text, "Dot")


def test_a_timed_log_heading_is_not_a_speaker() -> None:
    text = ("[09:01] Ravi: on stand\n[09:03] Update: fuel late\n[09:04] Ravi: ok\n"
            "[09:06] Ravi: done")
    assert untouched(text, "Update")


def test_a_form_field_takes_a_surname_that_is_also_a_town() -> None:
    text = "Referrer: Dawn Selkirk, support worker, Taybridge Community Support"
    assert hidden(text, "Dawn Selkirk")


def test_letters_that_spell_a_term_are_initials_after_a_role_and_then_everywhere() -> None:
    text = ("Why: driver C.P. (3 weeks in role) approached without a banksman. "
            "Refresher training booked for C.P.. Ref SGS-OR-1187")
    assert hidden(text, "C.P.")  # every occurrence is gone from the redacted text
    assert untouched("C.P. conference booked for Monday.", "C.P.")


@pytest.mark.parametrize(
    ("text", "who"),
    [
        ("Shared with team at supervision - well done all. LB, Registered Manager", "LB"),
        ("Syringe marked at 2.5ml, teach-back done.\nKW Community Matron", "KW"),
        ("What happened: YP (AT, 16, UASC) did not return by curfew.", "AT"),
    ],
)
def test_initials_signed_with_a_job_title_or_given_an_age(text: str, who: str) -> None:
    assert hidden(text, who)


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("Reported by: Dr Faisal Rahim, Specialty Doctor,\nEastfield CMHT", "Specialty"),
        ("Reported by: Colin Tate, Health and Safety Lead", "Health"),
        ("Reported by: Darren Quigley, Into-Plane Fueller\nCompany: Aeroflow", "Into-Plane"),
        ("Reported by: Cabin Host Mariana Esteves", "Host"),
        ("Special mention to Loadmaster Joao Pereira who re-planned the deck.", "Loadmaster"),
    ],
)
def test_a_job_title_beside_a_name_is_kept(text: str, title: str) -> None:
    assert untouched(text, title)


def test_a_signature_above_a_job_title_line_is_a_name() -> None:
    text = "ASR raised, ref SHC-ASR-0319.\n\nPieter\nLoadmaster, Skyhaul Cargo | 020 7946 0712"
    assert hidden(text, "Pieter")


def test_an_honorific_left_at_the_end_of_a_wrapped_line_still_titles_the_name() -> None:
    assert hidden("a Cannes stop for the VVIP (Mr\nAl-Rashidi) on the last day", "Al-Rashidi")
    assert untouched("BAGGAGE SERVICES - NEAR MISS\nWorldTracer: LHRBA48213", "WorldTracer")


def test_a_lower_case_first_name_someone_spoke_to() -> None:
    assert hidden("rang office, spoke to dawn who said the family changed it", "dawn")
    assert untouched("I spoke to mum who was upset", "mum")


def test_fire_service_watches_are_kept() -> None:
    assert untouched("Watch debrief, Blue Watch, Eastmoor Airport Fire Service", "Blue Watch")


# Round 13 (read from blind 81-84 after their untouched measurement)

def test_a_chat_speaker_beside_a_speaker_with_a_surname_initial() -> None:
    text = ("[07:40] Tasha R: [photo of handover sheet]\n[07:41] Gabby: can someone send it?\n"
            "[07:42] Tasha R: here\n[07:42] Gabby: ty hun x")
    assert hidden(text, "Gabby")


def test_an_everyday_word_among_a_meetings_attendees_is_a_person() -> None:
    text = "Present: Hamid, Rachel F, Tomas, Bee, ops Gavin\n4. Bee to brief the new rota"
    assert hidden(text, "Bee")
    assert untouched("Present: Hamid, Tomas, Police, Housing", "Housing")


def test_dotted_letters_with_an_age_are_initials_but_a_time_is_not() -> None:
    text = "Timeline - delayed retrieval, pt A.M. (58M), Islay. Seen at 9 A.M. (09:00)."
    assert covered(text, "A.M. (58M)"[:4])
    assert "9 A.M." in redacted(text)


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("- Senior Cabin Crew Gabriela Torres started CPR", "Cabin Crew"),
        ("03:30 - Community First Responder Frank Ashworth reached the patient", "Responder"),
    ],
)
def test_crew_and_responder_roles_stay_outside_the_name(text: str, role: str) -> None:
    assert untouched(text, role)


@pytest.mark.parametrize(
    ("text", "made_up"),
    [
        ("Child D, known in this review as 'Harley', was 15. Harley had been missing.", "Harley"),
        ("Sky (a pseudonym) was placed. Sky's mum, Donna Reid, agreed.", "Sky"),
    ],
)
def test_a_reviews_pseudonym_stays_wherever_it_is_used(text: str, made_up: str) -> None:
    assert made_up in redacted(text)
    assert untouched(text, made_up)


def test_welsh_greetings_are_kept_but_a_welsh_organisation_is_still_hidden() -> None:
    assert hidden('"Annwyl Faith, diolch am bopeth."', "Faith")
    assert untouched('"Annwyl Faith, diolch am bopeth."', "Annwyl")
    assert hidden("Advice from Bethan at Grandparents Plus Cymru got him paid.", "Grandparents")
