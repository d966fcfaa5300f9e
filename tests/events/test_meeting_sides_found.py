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
