"""`трите земји`, `четирите влади` after the verb (invented sentences): the last group of that many states
named together, also after a gerund's clitic (`обвинувајќи ги трите земји`); `двете земји` there too, and the pair
told as allies, neighbours or members (`двете сојузнички`, `двете соседки`)."""
import pytest

from tests.events.helpers import pipeline_events

TRIO = "Владите на Перу, Чиле и Еквадор вчера потпишаа план за заштита на рибите. "


@pytest.mark.parametrize("text, expected", [
    (TRIO + "Европската комисија ги повика трите земји брзо да го спроведат.", ("REQUEST", ["EUR"], ["PER", "CHL", "ECU"])),
    (TRIO + "Американскиот државен секретар ги пофали трите влади за храброста.", ("SUPPORT", ["USA"], ["PER", "CHL", "ECU"])),
    ("Американскиот претседател ќе ја намали помошта за Хондурас, Гватемала и Ел Салвадор, обвинувајќи ги трите земји"
     " дека не ги запреле мигрантите.", ("ACCUSE", ["USA"], ["HND", "GTM", "SLV"])),
    ("Бразилскиот претседател ја прекина трговијата со Перу и Чиле, обвинувајќи ги двете земји за шверц.",
     ("ACCUSE", ["BRA"], ["PER", "CHL"])),
])
def test_counted_states_are_the_last_that_many_named_together(text, expected):
    assert expected in pipeline_events(text)


@pytest.mark.parametrize("text, expected", [
    ("Премиерите на Словенија и Хрватска вчера потпишаа договор за границата. Европската комисија ги пофали двете соседки"
     " за храброста.", ("SUPPORT", ["EUR"], ["SVN", "HRV"])),
    ("Грција и Турција повторно се спорат околу морските граници. Стејт департментот ги повика двете сојузнички во НАТО"
     " да ги решаваат несогласувањата преку дијалог.", ("REQUEST", ["USA"], ["GRC", "TUR"])),
])
def test_allies_and_neighbours_counted_are_the_pair(text, expected):
    assert expected in pipeline_events(text)


def test_a_count_no_group_matches_names_no_one():
    events = pipeline_events(TRIO + "Европската комисија ги повика четирите земји брзо да го спроведат.")
    assert not any(recipients for kind, _, recipients in events if kind == "REQUEST")
