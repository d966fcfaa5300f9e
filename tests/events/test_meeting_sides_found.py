"""A meeting's second side where the sentence names it only as a body's members or as the speaker of a
`дека` clause (invented sentences)."""
from tests.events.helpers import pipeline_events


def test_plural_members_of_an_international_body_meet_among_themselves():
    assert pipeline_events("Амбасадорите на ОБСЕ денеска се состанаа во Виена.") == [("CONSULT", ["IGO"], [])]
    assert pipeline_events("Министрите на НАТО ќе се сретнат во Брисел следниот месец.") == [("AGREE", ["IGO"], [])]


def test_one_official_of_a_body_meeting_no_one_named_is_no_meeting():
    assert pipeline_events("Шефицата на ОБСЕ вчера се сретна во Виена.") == []
    assert pipeline_events("Генералниот секретар на НАТО вчера се сретна во Брисел.") == []


def test_the_speaker_who_will_receive_a_body_s_delegates_is_the_host():
    for text in ("Министерката Јана Петреска изјави дека во петокот ќе ги прими претставниците на синдикатот.",
                 "Градоначалникот Марко Бојчевски рече дека утре ќе ги прими претставниците на здружението на таксистите."):
        events = pipeline_events(text)
        assert [e[0] for e in events] == ["AGREE"], text
        assert events[0][2] and events[0][1], text  # the guests act, the host is received by


def test_the_speaker_is_no_host_of_a_passive_reception():
    assert pipeline_events("Министерката Јана Петреска изјави дека синдикатот ќе биде примен во петокот.") == []


def test_employers_by_their_other_word_are_a_meeting_s_side():
    events = pipeline_events("Премиерот Марко Бојчевски утре ќе се сретне со претставниците на работодавците.")
    assert [e[0] for e in events] == ["AGREE"] and len(events[0][1]) == 2


def test_a_mediator_meets_the_two_sides_named_before():
    assert ("CONSULT", ["TUR"], ["RUS", "UKR"]) in pipeline_events(
        "Русија и Украина ги продолжија нападите. Турскиот министер Мевлут Јилмаз по телефонските разговори со двете "
        "страни изјави дека Анкара е подготвена да посредува.")
    assert pipeline_events("Ерменија и Азербејџан продолжија со обвинувањата. Францускиот министер Пол Мартен вчера се "
                           "сретна со двете земји.")[-1] == ("CONSULT", ["FRA"], ["ARM", "AZE"])


def test_a_pair_of_people_met_or_a_partner_named_is_not_the_sides_named_before():
    told = "Русија и Украина ги продолжија нападите. Турскиот министер Мевлут Јилмаз "
    met = pipeline_events(told + "вчера се сретна со двајцата лидери.")[-1]
    assert met[0] == "CONSULT" and met[2] == []  # the two leaders join the meeting, as before
    talks = pipeline_events(told + "по разговорите со претседателот на Азербејџан изјави дека Анкара е подготвена.")
    assert ("CONSULT", ["TUR"], ["AZE"]) in talks
