"""A legislature's floor business (giving the floor, calling a vote, requests under the Rules of Procedure, a
proposer's closing formula) tells no directed act; the same requests and backing off the floor are events."""
from __future__ import annotations

from tests.events.helpers import Ent, coded, only
from tests.events.test_transcript_speaker import speech

MP = Ent(("Марија Стојанова",), "PER", "MKD", "LEG")
PARTY = Ent(("Левица",), "ORG", "MKD", "PTY")
GOVERNMENT = Ent(("Владата",), "ORG", "MKD", "GOV")


def test_giving_the_floor_is_no_request():
    assert not coded("Марија Стојанова ја повика Владата да земе збор.", [MP, GOVERNMENT]).events
    assert only(coded("Марија Стојанова ја повика Владата да поднесе оставка.", [MP, GOVERNMENT]), "REQUEST")


def test_calling_a_vote_is_no_request():
    assert not coded("Левица побара поединечно гласање за предлогот.", [PARTY]).events
    assert only(coded("Левица побара итно повлекување на предлогот.", [PARTY]), "REQUEST")


def test_a_request_under_the_rules_of_procedure_is_no_request():
    assert not coded("Врз основа на член 70 од Деловникот, Левица бара од Владата да ги објави записниците.",
                     [PARTY, GOVERNMENT]).events
    assert only(coded("Врз основа на член 70 од договорот, Левица бара од Владата да ги објави записниците.",
                      [PARTY, GOVERNMENT]), "REQUEST")


def test_a_proposers_closing_formula_is_no_backing():
    assert not coded("Изнесените аргументи се доволни, Левица да го поддржи предлогот.", [PARTY]).events
    assert only(coded("Левица го поддржа предлогот на синдикатите.", [PARTY]), "SUPPORT")


def test_a_decision_defended_as_within_the_rules_is_still_a_rejection():
    council = Ent(("Судскиот совет",), "ORG", "MKD", "JUD")
    assert only(coded("Судскиот совет ги отфрли обвинувањата, велејќи дека изборот бил во согласност со деловникот.",
                      [council]), "REJECT")


def test_arrests_told_on_the_floor_are_still_coded():
    doc = coded("Согласно член 70 од Деловникот, Левица ја повика полицијата да ги пушти граѓаните што ги уапси вчера.", [PARTY])
    assert only(doc, "COERCE")
    assert not [ev for ev in doc.events if ev.type == "REQUEST"]
    assert only(coded("Левица ја повика полицијата да ги пушти граѓаните што ги уапси вчера.", [PARTY]), "REQUEST")


# A transcript's first-person floor calls (the speaker's own acts once `Document.speaker` is set; re-audit of
# parliament speeches): a vote, a roll call, a recess, rising, the fast track, backing a bill together.
def _speech_events(text: str) -> list:
    return speech(text, [GOVERNMENT])[1]


def test_the_speakers_call_to_vote_is_no_request():
    assert _speech_events("Ве повикувам да гласаме за предлогот.") == []
    assert _speech_events("Ве повикувам да ја изгласаме оваа точка.") == []
    assert _speech_events("Ја повикувам Владата да ги повлече измените.") == [("REQUEST", ["Горан Ристов"])]


def test_the_speakers_request_for_a_roll_call_or_a_recess_is_no_request():
    assert _speech_events("Барам номинално гласање за оваа точка.") == []
    assert _speech_events("Барам пауза од еден час.") == []
    assert _speech_events("Ќе ве замолам да се вратиме за половина час.") == []
    assert _speech_events("Барам оставка од министерот.") == [("REQUEST", ["Горан Ристов"])]
    assert _speech_events("Ќе ја замолам Владата да се врати на преговорите.") == [("REQUEST", ["Горан Ристов"])]


def test_the_speakers_call_to_back_a_bill_together_is_no_request():
    assert _speech_events("Ве повикувам да го поддржиме предлогот на законот.") == []
    assert _speech_events("Ја повикувам Владата да го поддржи предлогот на законот.") == [("REQUEST", ["Горан Ристов"])]


def test_the_fast_track_rising_and_the_address_to_fellow_mps_are_floor_business():
    assert _speech_events("Барам законот да се донесе по скратена постапка.") == []
    assert _speech_events("Ве повикувам да станеме и да оддадеме почит.") == []
    assert _speech_events("Почитувани колеги пратеници, ве замолувам да го поддржите предлогот.") == []
    assert _speech_events("Барам законот да се донесе по итна истрага.") == [("REQUEST", ["Горан Ристов"])]
    assert _speech_events("Ве повикувам да се откажете од законот.") == [("REQUEST", ["Горан Ристов"])]
    assert _speech_events("Почитувани граѓани, ја замолувам Владата да го поддржи предлогот.") == [("REQUEST", ["Горан Ристов"])]


def test_the_chairs_notice_of_absence_and_call_to_sign_up_to_speak_are_floor_business():
    assert _speech_events("За спреченост да присуствува известува пратеникот, замолувам тоа да се забележи.") == []
    assert _speech_events("Ги повикувам пратениците да ја поднесат пријавата за збор.") == []
    assert _speech_events("Ја повикувам Владата да ја поднесе пријавата за измама.") == [("REQUEST", ["Горан Ристов"])]


def test_the_chairs_finding_of_a_vote_is_no_act():
    assert not speech("Констатирам дека Собранието го прифати предлогот на Левица.", [PARTY])[1]
    assert speech("Сметам дека Собранието го прифати предлогот на Левица.", [PARTY])[1]


def test_a_point_of_order_is_floor_business():
    assert not speech("Се извинувам, за процедурална забелешка се јави Марија Стојанова.", [MP])[1]
    assert only(speech("Се извинувам на Марија Стојанова за навредата.", [MP])[0], "CONCEDE")


def test_thanks_for_the_answer_given_is_a_courtesy():
    assert not speech("Му се заблагодарувам на министерот за дадениот одговор.", [GOVERNMENT])[1]
    assert speech("Му се заблагодарувам на министерот за дадената помош.", [GOVERNMENT])[1]


def test_backing_for_a_bill_asked_of_those_addressed_is_the_floors_vote():
    assert _speech_events("Ве повикувам да ги подржите овие предлози.") == []
    assert _speech_events("Барам поддршка за овој закон од сите вас.") == []
    # a body named asked to back it, and a bill named before the vote, are requests of an act
    assert _speech_events("Ја повикувам Владата да ги поддржи овие предлози.") == [("REQUEST", ["Горан Ристов"])]
    assert _speech_events("Ве повикувам да го повлечете законот и да побарате поддршка од Брисел.") == [("REQUEST", ["Горан Ристов"])]


def test_the_chair_calling_an_official_to_present_and_asking_for_order_is_floor_business():
    assert _speech_events("Го повикувам министерот за финансии да го презентира делот од буџетот.") == []
    assert _speech_events("Ве замолувам само за трпение.") == []
    assert _speech_events("Го повикувам министерот за финансии да го повлече делот од буџетот.") == [("REQUEST", ["Горан Ристов"])]
    assert _speech_events("Ве замолувам само за оставка.") == [("REQUEST", ["Горан Ристов"])]


def test_the_chairs_announcement_is_floor_business_but_a_resignation_it_tells_stays():
    assert not speech("Ве известувам дека Левица го повлече барањето за итна седница.", [PARTY])[1]
    assert speech("Сметам дека Левица го повлече барањето за итна седница.", [PARTY])[1]
    assert speech("Ве известувам дека пратеничката Марија Стојанова поднесе оставка на функцијата пратеник.", [MP])[1]


def test_a_withdrawn_proposal_is_no_stepping_down():
    assert not [ev for ev in coded("Комисијата го повлече Предлогот за избор на членови на Советот на обвинителите.",
                                   [Ent(("Комисијата",), "ORG", "MKD", "LEG")]).events if ev.type == "RETREAT"]
    assert only(coded("Судијата се повлече од функцијата.", [Ent(("Судијата",), "PER", "MKD", "JUD")]), "RETREAT")


def test_a_guest_invited_to_take_the_floor_is_floor_business():
    assert _speech_events("Ваша екселенцијо, ве повикувам да земете збор во Собранието.") == []
    assert _speech_events("Ваша екселенцијо, ве повикувам да земете учество во преговорите.") == [("REQUEST", ["Горан Ристов"])]
