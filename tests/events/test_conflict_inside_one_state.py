"""The two sides of a conflict inside one state are a dispute `двете страни` may mean; of several disputes, the
story's conflict, the one most acts were told of (invented sentences)."""
from __future__ import annotations

from tests.events.helpers import Ent, coded

_SIDES = [Ent(("Владините сили",), "ORG", "CMR", "MIL"), Ent(("Фронтот за слобода",), "ORG", "CMR", "REB"),
          Ent(("Жан Дипон",), "PER", "IGO", "IGO"), Ent(("Министерството за внатрешни работи",), "ORG", "CMR", "GOV"),
          Ent(("полицијата",), "ORG", "CMR", "COP"), Ent(("Чад",), "GPE", "TCD"), Ent(("Камерун",), "GPE", "CMR")]


# (sentences of no act: the sides come from the dispute told before them, not from the pair of the sentence just before)
_FILLER = "Во регионот живеат околу два милиони луѓе. Пазарите вчера беа затворени. Училиштата работат нормално. "


def _recipient_names(doc, type_: str) -> list[str]:
    ev = [e for e in doc.events if e.type == type_][-1]
    return sorted(e.name for e in doc.entities if e.id in ev.recipient)


def test_the_two_sides_of_a_war_inside_one_state_are_both_sides():
    doc = coded("Владините сили вчера го нападнаа Фронтот за слобода кај границата. " + _FILLER
                + "Посредникот Жан Дипон ги повика двете страни на прекин на огнот.", _SIDES)
    assert _recipient_names(doc, "REQUEST") == ["Владините сили", "Фронтот за слобода"]
    # two civil organs of one state, a ministry blaming its police, are no two sides of a conflict
    doc = coded("Министерството за внатрешни работи вчера ја обвини полицијата за пропусти. " + _FILLER
                + "Посредникот Жан Дипон ги повика двете страни на прекин на огнот.", _SIDES)
    assert _recipient_names(doc, "REQUEST") != ["Министерството за внатрешни работи", "полицијата"]


def test_the_sides_are_those_of_the_story_conflict_not_of_a_border_closed_late():
    doc = coded("Владините сили вчера го нападнаа Фронтот за слобода кај границата. Фронтот за слобода ги обвини "
                "Владините сили за масакр. Чад денеска ја затвори границата со Камерун. "
                "Посредникот Жан Дипон ги повика двете страни на прекин на огнот.", _SIDES)
    assert _recipient_names(doc, "REQUEST") == ["Владините сили", "Фронтот за слобода"]
    # with the border dispute the story's main one, its two states are meant
    doc = coded("Чад ја обвини Камерун за упади. Камерун ги отфрли обвинувањата. Владините сили вчера го нападнаа "
                "Фронтот за слобода кај границата. Чад денеска ја затвори границата со Камерун. "
                "Посредникот Жан Дипон ги повика двете страни на дијалог.", _SIDES)
    assert _recipient_names(doc, "REQUEST") == ["Камерун", "Чад"]


def test_the_two_states_are_never_two_sides_inside_one():
    doc = coded("Владините сили вчера го нападнаа Фронтот за слобода кај границата. " + _FILLER
                + "Посредникот Жан Дипон ги повика двете земји на прекин на огнот.", _SIDES)
    assert _recipient_names(doc, "REQUEST") != ["Владините сили", "Фронтот за слобода"]


def test_an_attack_with_no_target_is_on_the_other_side_of_the_story_dispute():
    ents = _SIDES + [Ent(("Пол Мбаје",), "PER", "CMR", "GOV"), Ent(("Канцеларијата на ОН",), "ORG", "UNO", "IGO")]
    doc = coded("Фронтот за слобода вчера изврши воздушни удари кај градот. " + _FILLER
                + "Министерот Пол Мбаје го обвини Фронтот за слобода за злосторства.", ents)
    assert _recipient_names(doc, "ASSAULT") == ["Пол Мбаје"]
    # a body of states judging the attacker is no side of the fight
    doc = coded("Фронтот за слобода вчера изврши воздушни удари кај градот. " + _FILLER
                + "Канцеларијата на ОН го обвини Фронтот за слобода за злосторства.", ents)
    assert "Канцеларијата на ОН" not in _recipient_names(doc, "ASSAULT")
