"""Western Balkans news as Macedonian portals tell it (2025–2026): crowds before the police, police
cordons, shows of force. Sentences invented for these tests."""
from tests.events.helpers import Ent, coded, only

KOSOVO_POLICE = Ent(("Косовската полиција", "Полицијата"), "ORG", "KOS", "COP")


def test_a_crowd_chanting_before_a_police_station_is_a_demonstration():
    doc = coded("Стотици жители на Чачак се собраа пред полициската станица скандирајќи „Слобода за Марко“.", [])
    assert only(doc, "PROTEST").mode == "demo"


def test_police_blocking_the_entrances_restrict_and_protest_nothing():
    doc = coded("Полицијата ги блокираше влезовите во двете села.", [KOSOVO_POLICE])
    cordon = only(doc, "COERCE")
    assert cordon.trigger.text == "блокираше" and cordon.recipient == []
    assert "PROTEST" not in [e.type for e in doc.events]


def test_a_show_of_force_is_no_demonstration():
    doc = coded("Министерот Никола Ранђеловиќ ја нарече рацијата „демонстрација на сила на режимот“.",
                [Ent(("Никола Ранђеловиќ",), "PER", "SRB", "GOV")])
    assert "PROTEST" not in [e.type for e in doc.events]


def test_an_alliance_force_reinforcing_its_presence_mobilises():
    doc = coded("КФОР го засили своето присуство во Лепосавиќ пред локалните избори.",
                [Ent(("КФОР",), "ORG", "IGO", "MIL")])
    assert only(doc, "MOBILIZE").actor
