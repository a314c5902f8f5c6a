"""Round 41: what session 20 learnt from blind corpora 305-320 once they had been measured."""

from __future__ import annotations

import pytest

from anonymiser import anonymise
from tests.anonymiser.spans import hidden, kinds, one_span_of_kind, untouched


def test_a_lower_case_name_does_not_take_a_codes_letter_as_its_initial() -> None:
    # "kev p B" used to be one name, which the whole-words veto then dropped, "kev" and all.
    text = "tool control goes to pot on nights, 3 aircraft on stand and 2 of us. kev p B1"
    assert hidden(text, "kev p"), kinds(text)
    assert untouched(text, "B1"), kinds(text)


def test_a_model_name_with_a_lettered_number_stays() -> None:
    text = "ventilated on the Hamilton T1, from Raigmore to PICU"
    assert untouched(text, "Hamilton"), kinds(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("| 10:41 | G-CFNM Astir | Ellie-May Groves | tail dolly left on |", "Ellie-May Groves"),
        ("Ellie-May Groves was on the wing.", "Ellie-May Groves"),
        ("launched by Lily-Belle today", "Lily-Belle"),
    ],
)
def test_a_double_first_name_ending_in_a_month_or_a_word(text: str, name: str) -> None:
    assert hidden(text, name), kinds(text)


@pytest.mark.parametrize(
    ("text", "who"),
    [
        ("pls can we stop sending hi-loaders out without a marshaller. – bm (shift lead)", "bm"),
        ("will ask Rob to add a hard stop. - m.c. (SpR)", "m.c."),
        ("i've put it in the SMS as WAA-NM-24-058. - g.p.", "g.p."),
        ("learning = reception need to check the SCR. tbc at team mtg. - G x", "G"),
        ("think we need the group list split into core + wider. - cat (SW), wed 5/6", "cat"),
        ("pls pls staff the rotation properly. STSO k.b.", "k.b."),
        ("can duty SW pls ring the house b4 12. ta kc", "kc"),
    ],
)
def test_who_signs_a_report_at_its_very_end(text: str, who: str) -> None:
    assert hidden(text, who), kinds(text)


@pytest.mark.parametrize(
    "text",
    [
        "handed over to nights - night staff (HCA)",
        "all done - SW (duty)",
        "seen on CCTV tonight",
        "thanks all",
        "pls sort the rota before friday. cheers guys",
        "the bloods were taken at 10 a.m.",
    ],
)
def test_roles_and_words_closing_a_report_stay(text: str) -> None:
    result = anonymise(text)
    assert not [s for s in result.spans if s.kind == "name"], kinds(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("alarm kept going off. staff on shift neve + kwame. pls chase estates", "neve"),
        ("tech log entry made, engineering (nev) says grounded till inspected", "nev"),
        ("sup (HB) knew i was over time but there was no one spare", "HB"),
        ("rose (HCA) did the obs at 14:00", "rose"),
        ("scr audit today (me + bal) found the mentor's DBS had lapsed", "bal"),
        ("signed on his chart by jk and tb but never entered in the CD register", "tb"),
        ("no loading instruction for the chair; loaders (JB, DO) not trained on it", "DO"),
        ("| 05/11 | Summer | seated hold | 6 min | Hussain/Lake | none |", "Lake"),
        ("big up to bill on maintenance, came out on a sunday nite", "bill"),
        ("Item 4 - KT (ref MACE-2024-0612) | DS Kowalczyk reported", "KT"),
        ("jo noticed K+ 6.8 on j smith's bloods, she's been 4.1 all wk", "j smith"),
        ("signed as checked on 1 Aug by \"R.T.\" but the expiry column was blank", "R.T."),
        ("Ref: EH-2024-052\nFamily: Petrescu   Workers: Ioana Marin", "Petrescu"),
    ],
)
def test_names_in_slots_round_41(text: str, name: str) -> None:
    assert hidden(text, name), kinds(text)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("told duty mgr Sandeep + MCC, a/c held", "MCC"),
        ("08:10 Spoke with Dembele + Custodial Manager Ahmed", "Custodial"),
        ("pre-proc mtg for kayden + sibs was booked for tues", "sibs"),
        ("dt rang 10.40 v cross, said they had cleared the diary", "v cross"),
        ("a submerged log, about 3 m long, not visible", "m long"),
        ("pls check w day staff", "w day"),
        ("seen by jk and ok but", "ok"),
    ],
)
def test_ordinary_words_beside_those_slots_stay(text: str, kept: str) -> None:
    assert untouched(text, kept), kinds(text)


def test_the_other_of_a_bracketed_pair_with_the_writer_is_no_role() -> None:
    assert untouched("(me + staff) did the handover", "staff")


def test_an_apologies_list_of_two_with_one_found_name() -> None:
    text = "Apologies: Sue Barraclough, Cliff\n1. Successes since last meeting"
    assert hidden(text, "Cliff"), kinds(text)


def test_a_found_name_repeated_in_lower_case_in_a_chat() -> None:
    text = ("21/05/2024, 18:47 - Bill Hartigan: here's the new care plan\n"
            "21/05/2024, 18:52 - Anjali Rao: bill this is the wrong group hun")
    assert hidden(text, "bill"), kinds(text)
    text = "Hi Kelly, thanks for telling me about Mason's exclusion. who is kelly?? who is mason"
    assert hidden(text, "mason"), kinds(text)


def test_a_modal_opening_a_chat_message_stays() -> None:
    text = "[22:10] Will Dunn: can someone cover\n[22:12] Bex: will do"
    assert untouched(text, "will do"), kinds(text)


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("09/11/2024, 05:52 - Lee Sung-min: who left a strap on stand 31??\n"
         "09/11/2024, 05:56 - Hope: prob off the ULD dolly\n"
         "09/11/2024, 05:58 - Skip 🛫: good spot Sung-min. Put it on the FOD board\n"
         "09/11/2024, 05:59 - Lee Sung-min: done", "Skip"),
        ("Lina K: guys the HBS screen froze\nSully: wait so bags went thru unscreened??\n"
         "Lina K: no, the fail-safe kicked in\nFaisal: reported to IT?\n"
         "Sully: if that hadn't kicked in its a CAA job\nFaisal: im logging it", "Sully"),
    ],
)
def test_chat_speakers_round_41(text: str, speaker: str) -> None:
    assert hidden(text, speaker), kinds(text)


def test_a_short_form_of_a_found_first_name() -> None:
    text = ("[08:02] Priyanka Raghunathan: autoclave B failed its Helix test\n"
            "[08:03] Tom Farrelly: on it\n[08:21] Tom Farrelly: 👍 pri ur a star")
    assert hidden(text, "pri"), kinds(text)


def test_capitals_beside_a_found_first_name_are_no_short_form() -> None:
    text = "Nasreen rang. NAS monitoring on discharge from SCBU"
    assert untouched(text, "NAS"), kinds(text)


def test_two_pairs_of_initials_signing_the_report() -> None:
    text = "- Samples in the specimen fridge 23:55.\nNA / RH"
    assert hidden(text, "NA"), kinds(text)
    assert untouched("seen in clinic.\nED / ICU", "ED")


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("a farm track above Nether Combe. Cloud base was marginal.", "Nether Combe"),
        ("unknown aircraft 4 miles west of Penhallow Head, squawking 7000", "Penhallow Head"),
        ("fuel stop on the way back from Isle of Varra rotors running", "Isle of Varra"),
        ("reparation at the allotments on tanner st for sat 20th", "tanner st"),
        ("she knew her carers lived on\nRowan Crescent. It looks like a letter", "Rowan Crescent"),
        ("Rowan Crescent is where she lives now.", "Rowan Crescent"),
    ],
)
def test_places_round_41(text: str, place: str) -> None:
    assert one_span_of_kind(text, place, "address"), kinds(text)


def test_an_address_cue_inside_a_longer_word_takes_no_letters() -> None:
    # "live" matched inside "lived", and "d on Rowan Crescent" was the address.
    text = "carers lived on Rowan Crescent. It"
    spans = anonymise(text).spans
    assert [text[s.start:s.end] for s in spans] == ["Rowan Crescent"]


def test_numbered_lanes_are_no_street() -> None:
    text = "05:44 CONTROL: Close Lane 7, reroute to 6 and 8."
    assert not [s for s in anonymise(text).spans if s.kind == "address"], kinds(text)
    assert untouched("Time\tLane 1\tLane 2", "Time")


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("she was living on food bank parcels", "food bank"),
        ("the Isle of Wight ferry was late", "Isle of Wight"),
        ("report it to the Department Head today", "Department Head"),
    ],
)
def test_no_place_in_these_round_41(text: str, kept: str) -> None:
    assert untouched(text, kept), kinds(text)


@pytest.mark.parametrize(
    ("text", "ref"),
    [
        ("Flat 6 - empty, ready for MASH referral 24/0581 arriving approx 11.", "24/0581"),
        ("KY19 WDF already flagged on OP/KINGFISHER/0338 for another child", "OP/KINGFISHER/0338"),
        ("He has a visitor pass (VP 0442) but his escort had gone", "0442"),
    ],
)
def test_references_round_41(text: str, ref: str) -> None:
    assert hidden(text, ref), kinds(text)


def test_slashed_watch_names_stay() -> None:
    text = "HANDOVER - RFFS/A/G watch, am to pm, Sat 23/08"
    assert untouched(text, "RFFS/A/G"), kinds(text)


def test_lower_case_initials_found_once_are_theirs_elsewhere() -> None:
    text = ("signed on his chart by jk and tb but never entered. rang her, she confirmed she gave "
            "it and tb witnessed.")
    redacted = anonymise(text).text
    assert "tb" not in redacted, kinds(text)


def test_words_of_three_letters_are_no_repeated_initials() -> None:
    # The first "van" is read as a name by another rule; the repeat is no one's initials.
    text = "dad and van followed. the van driver could not see it"
    at = text.index("the van") + 4
    assert not [s for s in anonymise(text).spans if s.start < at + 3 and at < s.end], kinds(text)


def test_a_lower_case_name_after_a_personal_assistant() -> None:
    text = "[09:19] Mark Tunstall: his PA joy is sorting the bus pass, he starts Mon 9th"
    assert hidden(text, "joy"), kinds(text)
    assert untouched("the PA system is down again", "system")


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("he was picked up on the Kingfisher estate again", "Kingfisher estate"),
        ("found at 41 Quarry Lane, Hemsby Cross on the Tuesday", "41 Quarry Lane, Hemsby Cross"),
        ("his gran, of 3F1, 27 Easter Road, Edinburgh, had not been told", "3F1, 27 Easter Road"),
    ],
)
def test_an_address_takes_its_place_noun_locality_word_and_flat(text: str, address: str) -> None:
    assert one_span_of_kind(text, address, "address"), kinds(text)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("minutes | Thursday 9th May 2024, Room 2, Calder House | Present: SH", "Room 2"),
        ("she had moved back to her sister's plot near Carlisle after an argument", "plot near"),
        ("found by BTP at Lime Street station late on a Saturday", "station"),
    ],
)
def test_rooms_plots_and_stations_beside_a_place_stay(text: str, kept: str) -> None:
    assert untouched(text, kept), kinds(text)
