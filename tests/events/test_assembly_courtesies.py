"""Courtesies and procedure of Assembly speeches that tell no directed act (precision of the non-request types on
unseen parliament speeches, session 40): holiday greetings, an aside `извинете`, MPs' backing counted as a vote,
informing the public, unease called `немир`, a document read out by its register number, the chair's list of
absent MPs, thanks for a question. Each beside a near twin that stays an event."""
from tests.events.helpers import Ent, coded, only
from tests.events.test_transcript_speaker import speech

MP = Ent(("Марија Стојанова",), "PER", "MKD", "LEG")
PARTY = Ent(("Левица",), "ORG", "MKD", "PTY")
GOVERNMENT = Ent(("Владата",), "ORG", "MKD", "GOV")
MINISTER = Ent(("Петар Илиевски",), "PER", "MKD", "GOV")


def _speech_types(text: str, entities: list[Ent]) -> list[str]:
    return [type_ for type_, _ in speech(text, entities)[1]]


def test_a_holiday_greeting_is_no_congratulation():
    assert "SUPPORT" not in _speech_types("Дозволете ми на верниците да им го честитам празникот.", [MP])
    assert "SUPPORT" not in _speech_types("На сите граѓани им го честитам Велигден.", [MP])
    assert _speech_types("Дозволете ми на министерот Петар Илиевски да му го честитам изборот.", [MINISTER]) == ["SUPPORT"]


def test_holiday_wishes_sent_are_no_congratulations():
    assert not coded("Марија Стојанова упати честитки до верниците за празникот.", [MP]).events
    assert only(coded("Марија Стојанова упати честитки до Петар Илиевски за изборот.", [MP, MINISTER]), "SUPPORT")


def test_an_aside_excuse_me_is_no_apology():
    assert not coded("Целта на законот, Левица, извинете, целта на измената е јасна.", [PARTY]).events
    assert only(coded("Министерот Петар Илиевски се извини на Левица за изјавата.", [MINISTER, PARTY]), "CONCEDE")


def test_backing_of_mps_counted_is_a_vote():
    assert not coded("Предлогот на Левица доби поддршка од 40 пратеници.", [PARTY]).events
    assert only(coded("Предлогот на Левица доби поддршка од Владата.", [PARTY, GOVERNMENT]), "SUPPORT")
    assert not coded("Вчера 70 пратеници дадоа поддршка на иницијативата на Левица.", [PARTY]).events
    assert only(coded("Вчера Владата даде поддршка на иницијативата на Левица.", [PARTY, GOVERNMENT]), "SUPPORT")


def test_informing_the_public_is_no_meeting():
    assert "CONSULT" not in _speech_types("Да ја искористам приликата да ја информирам јавноста за новиот план.", [])
    assert "CONSULT" in _speech_types("Вчера го информирав министерот Петар Илиевски за новиот план.", [MINISTER])


def test_unease_in_the_singular_is_no_riot():
    assert not coded("Секое прашање за реформите кај Левица предизвикуваше немир.", [PARTY]).events
    assert only(coded("Во Скопје избија немири по одлуката на Владата.", [GOVERNMENT]), "PROTEST")


def test_a_document_read_out_by_its_register_number_is_procedure():
    assert not coded("Ве известувам дека Левица го повлече Предлогот за избор на судии под архивски број 1234/1.",
                     [PARTY]).events
    assert only(coded("Левица го повлече предлогот за избор на судии по протестите на адвокатите.", [PARTY]), "CONCEDE")


def test_the_chairs_list_of_absent_mps_is_procedure():
    assert _speech_types("Пратениците Марија Стојанова и Петар Илиевски ме известија дека нема да присуствуваат на "
                         "седницата.", [MP, MINISTER]) == []
    assert "REJECT" in _speech_types("Пратениците на Левица најавија дека нема да присуствуваат на седницата.", [PARTY])


def test_thanks_for_a_question_are_procedure():
    assert _speech_types("Се заблагодарувам на пратеничката Марија Стојанова за поставеното прашање.", [MP]) == []
    assert _speech_types("Се заблагодарувам на пратеничката Марија Стојанова за поддршката на законот.", [MP]) == ["SUPPORT"]


def _speech_type_status(text: str, entities: list[Ent]) -> list[tuple[str, str]]:
    return [(e.type, e.status) for e in speech(text, entities)[0].events]


def test_thanks_praise_and_apology_in_the_first_person_after_want_or_will_are_given_now():
    assert _speech_type_status("Сакам да им се заблагодарам на граѓаните за довербата.", []) == [("SUPPORT", "asserted")]
    assert _speech_type_status("Ќе го поздравам вложувањето на Владата во енергетиката.", [GOVERNMENT]) == [
        ("SUPPORT", "asserted")]
    assert _speech_type_status("Сакам најпрвин да се извинам на граѓаните.", []) == [("CONCEDE", "asserted")]


def test_the_same_acts_of_another_or_backing_to_come_stay_intentions():
    assert _speech_type_status("Министерот Петар Илиевски сака да им се заблагодари на граѓаните.", [MINISTER]) == [
        ("AGREE", "asserted")]
    assert _speech_type_status("Министерот Петар Илиевски сака да се извини на граѓаните.", [MINISTER]) == [
        ("CONCEDE", "future")]
    assert _speech_type_status("Ќе го поддржам вложувањето на Владата во енергетиката.", [GOVERNMENT]) == [
        ("AGREE", "asserted")]


def test_an_imagined_scene_is_no_act():
    assert not coded("Замислете Левица да штрајкува пред Уставниот суд.", [PARTY]).events
    assert only(coded("Вчера Левица штрајкуваше пред Уставниот суд.", [PARTY]), "PROTEST")


def test_attacked_with_a_claim_is_no_assault():
    assert "ASSAULT" not in [e.type for e in coded("Левица била нападната дека прави предизборен поткуп.", [PARTY]).events]
    assert only(coded("Левица била нападната пред седиштето во Скопје.", [PARTY]), "ASSAULT")


def test_support_planned_or_as_a_purpose_is_no_act():
    assert not coded("Владата предвидува сериозна поддршка за општините.", [GOVERNMENT]).events
    assert not coded("Левица ќе ги користи средствата за поддршка на Владата.", [PARTY, GOVERNMENT]).events
    assert only(coded("Левица изјави поддршка за Владата.", [PARTY, GOVERNMENT]), "SUPPORT")
    assert only(coded("Поддршка за наставниците упати и Левица.", [PARTY]), "SUPPORT")


def test_a_promise_named_by_its_noun_is_told_not_made():
    assert not coded("Законот е реализација на предизборните ветувања на Левица.", [PARTY]).events
    assert only(coded("Левица вети дека ќе го поднесе законот.", [PARTY]), "AGREE")


def test_a_government_brought_down_is_no_destruction():
    assert not coded("Левица се обиде да ја сруши Владата со 61 пратеник.", [PARTY, GOVERNMENT]).events
    assert only(coded("Левица ја сруши оградата пред Владата.", [PARTY, GOVERNMENT]), "ASSAULT")


def test_a_dare_to_attack_is_no_attack():
    assert "ASSAULT" not in [e.type for e in coded("Напаѓајте ја Левица колку сакате.", [PARTY]).events]
    assert only(coded("Непознати лица со ножеви ја нападнаа Левица пред седиштето.", [PARTY]), "ASSAULT")


def test_a_legislature_backing_a_bill_votes():
    assembly = Ent(("Собранието",), "ORG", "MKD", "LEG")
    assert not coded("Минатиот месец Собранието го поддржа законот на Владата.", [assembly, GOVERNMENT]).events
    assert only(coded("Минатиот месец Левица го поддржа законот на Владата.", [PARTY, GOVERNMENT]), "SUPPORT")


def test_what_the_public_thinks_told_in_a_speech_is_a_general_statement():
    citizens = Ent(("граѓаните",), "ORG", "MKD", "CVL")
    assert _speech_types("Граѓаните ја поздравуваат одлуката на Владата за платите.", [citizens, GOVERNMENT]) == []
    assert _speech_types("Левица ја поздравува одлуката на Владата за платите.", [PARTY, GOVERNMENT]) == ["SUPPORT"]
    # protests of the public told in a speech stay events
    assert _speech_types("Граѓаните протестираа пред Владата против платите.", [citizens, GOVERNMENT]) == ["PROTEST"]
