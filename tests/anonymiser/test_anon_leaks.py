"""Direct identifiers as practitioners really type them, which used to slip through."""

import pytest

from anonymiser import anonymise
from tests.anonymiser.spans import covered, redacted


@pytest.mark.parametrize(
    "text, needle",
    [
        # after "by" and a participle
        ("Midazolam was given at 11:15 by May and the effect was good.", "May"),
        ("The aircraft was inspected by April.", "April"),
        ("Paracetamol was given at 04:45 by frank and it helped.", "frank"),
        # lower-case initials and initials after "by"
        ("Writing this up after the home visit to jm at her flat.", "jm"),
        ("Handover note by JB: settled overnight.", "JB"),
        ("I left my notebook with I.P.'s details in it.", "I.P."),
        ("Nothing else to add, all checks were done.  rm", "rm"),
        # lower-case titles and names
        ("In August I got a call from miss hill about the placement.", "hill"),
        ("The theatre list had may qureshi down for the wrong side.", "may qureshi"),
        ("Passenger jo souza in seat 14C became unwell.", "jo souza"),
        ("Referral for dara sweet (DOB 7 July 1968). Mr sweet was seen.", "dara sweet"),
        ("rich's plan was reviewed under section 17.", "rich"),
        ("Missing episode: poppy last seen Saturday evening.", "poppy"),
        ("Pharmacist will picked up the error before it reached the ward.", "will"),
        ("Crew were Darren, Ava, Jada & guy.", "guy"),
        ("We went to see kayden and his sister lacey-mae at home.", "lacey-mae"),
        # crew lists typed in lower case
        ("crew: captain french (commander), fo read, sccm pereira.", "french"),
        ("crew: captain french (commander), fo read, sccm pereira.", "read"),
        ("fo love spotted that the fuel figure was wrong.", "love"),
        # surnames that are also brands, languages, verbs or ordinary words
        ("The panel approved Sami Costa as long-term carers.", "Sami Costa"),
        ("Brilliant work from emre costa and the crew.", "emre costa"),
        ("The assessment was done by Morag May on Tuesday.", "Morag May"),
        ("The contact supervisor Drew Chambers ended contact early.", "Drew Chambers"),
        ("Submitted by Daisy Barber (Duty Ops Manager), 15 May 2024", "Daisy Barber"),
        ("It went well.\nJaswinder Pearson's discharge summary was posted.", "Jaswinder Pearson"),
        ("Ivy here, writing this up after the visit.", "Ivy"),
        # what practitioners type that the corpora may not contain
        ("Seen with dad (Kwame) and mum (lisa).", "Kwame"),
        ("Thanks @sarah.jones and @TomB for the quick escalation.", "@sarah.jones"),
        ("Thanks @sarah.jones and @TomB for the quick escalation.", "@TomB"),
        ("Kind regards\nPriya Raman\nSenior Social Worker", "Priya Raman"),
        ("Baby of Smith was admitted to the neonatal unit.", "Smith"),
        ("Mrs Ellis-Barrington and Jean-Paul Okonkwo-Smith attended.", "Ellis-Barrington"),
        ("Mrs Ellis-Barrington and Jean-Paul Okonkwo-Smith attended.", "Jean-Paul Okonkwo-Smith"),
        ("Siobhan O'Neill, Ciaran McAllister and Hamish MacLeod were there.", "O'Neill"),
        ("Siobhan O'Neill, Ciaran McAllister and Hamish MacLeod were there.", "Ciaran McAllister"),
        ("Dr Omar al-Rashid and Ahmed bin Khalid attended.", "Omar al-Rashid"),
        ("Dr Omar al-Rashid and Ahmed bin Khalid attended.", "Ahmed bin Khalid"),
        ("Nguyen Thi Lan and Zhang Wei Ming were the interpreters.", "Nguyen Thi Lan"),
        ("Letters go c/o Margaret Doyle at the same address.", "Margaret Doyle"),
        ("FAO Julie Hartley, cc: Mark Devlin", "Julie Hartley"),
        ("FAO Julie Hartley, cc: Mark Devlin", "Mark Devlin"),
        ("I spoke to Janet Pryor per Kev Walsh via Dean Oduya.", "Kev Walsh"),
        ("I spoke to Janet Pryor per Kev Walsh via Dean Oduya.", "Dean Oduya"),
        ("Spoke to mrs o'brien and fao ms mcdonald.", "o'brien"),
        ("Letter signed by J.S. Smith's mum.", "J.S. Smith"),
    ],
)
def test_names_now_found(text: str, needle: str) -> None:
    assert covered(text, needle), redacted(text)


@pytest.mark.parametrize(
    "text, needle",
    [
        ("They live at 176 beeston green, southampton.  Thanks.", "176 beeston green, southampton"),
        ("At 60c chestnut way, exeter - mdt discussed him.", "60c chestnut way, exeter"),
        ("Community visit to Mr Saunders at 112 back court, Cardiff W4E 1FA today.",
         "112 back court, Cardiff"),
        ("His new address (holly lodge, chapeltown close, little haywood,\nbt6 0xf) was sent.",
         "holly lodge, chapeltown close, little haywood"),
        ("family address 12 cotton mill, broadway walk  wn27 7lh, tel", "12 cotton mill, broadway walk"),
        ("He listed his address as 204 back row, glasgow, then left.", "204 back row, glasgow"),
        ("Old address at The Laurels, Old Place, Ballykelly.", "The Laurels, Old Place, Ballykelly"),
        ("Re Dawn  691 724 4651  The Old Forge, Tamar Lane, called 999", "The Old Forge, Tamar Lane"),
        ("Found on the floor at Kestrel Barn, Sycamore Crescent, Cross Hills, Wakefield, age 92",
         "Kestrel Barn, Sycamore Crescent, Cross Hills, Wakefield"),
        ("Lives alone at Flat 27, Park View Tower, Coronation Terrace IG2 3TB.",
         "Flat 27, Park View Tower, Coronation Terrace"),
        ("Discharged home to Flat 35, Eden Point, Swallow Dr, Bolton w/o a package of care.",
         "Flat 35, Eden Point, Swallow Dr, Bolton"),
        ("Visited at home (2 Maes y Deri, Llandeilo SA19 6PP) on day 5.", "2 Maes y Deri, Llandeilo"),
        ("He moved to 3 Heol y Felin, Pontypridd last week.", "3 Heol y Felin, Pontypridd"),
    ],
)
def test_addresses_now_found(text: str, needle: str) -> None:
    assert covered(text, needle), redacted(text)


@pytest.mark.parametrize(
    "text",
    [
        "To be completed by May 2025.",
        "The plan is to finish by May.",
        "The review should be done by April next year.",
        "I didn't miss lunch and we will miss school on Friday.",
        "She lives at 14 Mill Lane with nan.",
        "He is living in fear and we moved on.",
        "The change was signed off by frank discussion at the panel.",
        "Her mum wasn't in when we called.",
        "Meet @ 3pm in the U.K. office, e.g. room 2.",
        "Listened to by PLO and the IRO.",
    ],
)
def test_ordinary_words_kept(text: str) -> None:
    spans = anonymise(text).spans
    kept_words = {"May", "April", "miss", "lunch", "school", "with", "nan", "fear", "frank",
                  "wasn't", "U.K.", "PLO", "IRO"}
    for span in spans:
        assert text[span.start : span.end] not in kept_words, redacted(text)
    if "14 Mill Lane" in text:
        assert [text[s.start : s.end] for s in spans] == ["14 Mill Lane"]


def test_initials_do_not_absorb_the_next_name() -> None:
    """'by JB: Tyler' are two people, not one."""
    text = anonymise("Handover note by JB: Tyler kicked off again.").text
    assert text == "Handover note by Person A: Person B kicked off again."
