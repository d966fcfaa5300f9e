"""A meeting's second side in three constructions the partner search missed (invented sentences):
a delegate noun whose adjective names the body (`со синдикалното раководство`), an adverb of manner
between the verb and its `со` (`разговараше телефонски со`, `се сретна одделно со`), and the delegates
of a pair told before (`со министрите за надворешни работи на двете земји`)."""
import pytest

from tests.events.helpers import pipeline_events

PAIR = "Преговорите меѓу Ерменија и Азербејџан повторно запреа. "


@pytest.mark.parametrize("text, expected", [
    ("Министерката за здравство Ана Петрова вчера се сретна со синдикалното раководство во Скопје.",
     ("CONSULT", ["MKD", "MKD"], [])),
    ("Министерката за здравство Ана Петрова утре ќе се сретне со синдикалното раководство.",
     ("AGREE", ["MKD", "MKD"], [])),
    ("Министерот за правда Игор Николов вчера разговараше со партиското раководство во Скопје.",
     ("CONSULT", ["MKD", "MKD"], [])),
])
def test_an_adjective_names_the_body_of_the_delegates(text, expected):
    assert expected in pipeline_events(text)


def test_a_bare_leadership_is_no_side():
    # whose leadership the text does not say: the meeting keeps one side and is dropped
    assert not pipeline_events("Министерката за здравство Ана Петрова вчера се сретна со раководството во Скопје.")


@pytest.mark.parametrize("text", [
    PAIR + "Германскиот канцелар Фридрих Мерц вчера разговараше телефонски со двете страни.",
    PAIR + "Германскиот канцелар Фридрих Мерц вчера се сретна одделно со двете страни.",
    PAIR + "Германскиот канцелар Фридрих Мерц вчера разговараше телефонски со министрите за надворешни работи на двете земји.",
    PAIR + "Германскиот канцелар Фридрих Мерц вчера се сретна со претседателите на двете држави.",
])
def test_the_pair_told_before_is_met_past_an_adverb_or_through_its_delegates(text):
    assert ("CONSULT", ["DEU"], ["ARM", "AZE"]) in pipeline_events(text)


def test_a_collective_is_met_past_an_adverb():
    assert pipeline_events("Германскиот канцелар Фридрих Мерц вчера се сретна одделно со синдикатите.") == [
        ("CONSULT", ["DEU", "DEU"], [])]


def test_an_adverb_alone_gives_no_side():
    assert not pipeline_events("Германскиот канцелар Фридрих Мерц вчера се сретна одделно.")


def test_a_pair_of_a_topic_is_not_the_pair_met():
    # the pair is the relations', not the journalists': they join the meeting as the host's own
    events = pipeline_events(PAIR + "Германскиот канцелар Фридрих Мерц вчера се сретна со новинарите за односите на двете земји.")
    assert ("CONSULT", ["DEU"], ["ARM", "AZE"]) not in events
