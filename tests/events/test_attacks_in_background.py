"""Attacks named in passing that are no attack told (issue #5, false ASSAULT events): an act's beginning as
the time of the news, an attack a label names, the toll of a past atrocity in an agentless passive, warning
shots and a drill's live fire, an explosion in a depot; each beside a near-identical sentence where the attack
is told, on sentences written for these tests."""
from __future__ import annotations

from tests.events.helpers import Ent, coded

UKRAINE = Ent(("Украина",), country="UKR")
RUSSIAN = Ent(("руската",), country="RUS", kind="demonym")
SERBIA = Ent(("Србија",), country="SRB")
KOSOVO = Ent(("Косово",), country="KOS")


def assaults(text: str, entities: list[Ent]) -> list[str]:
    return [e.trigger.text for e in coded(text, entities).events if e.type == "ASSAULT"]


def test_the_beginning_of_an_invasion_dates_the_news():
    assert assaults("Украина доби статус на кандидат по почетокот на руската инвазија.", [UKRAINE, RUSSIAN]) == []
    assert assaults("Украина доби статус на кандидат по руската инвазија.", [UKRAINE, RUSSIAN]) == ["инвазија"]


def test_an_attack_a_label_names_is_the_attack_told_before():
    told = "Непознати лица нападнаа полициска патрола на Косово. "
    labelled = told + "Премиерот на Србија го нарече нападот „кршење на меѓународното право“."
    assert assaults(labelled, [SERBIA, KOSOVO]) == ["нападнаа"]
    mentioned = told + "Премиерот на Србија го спомена нападот во говорот."
    assert assaults(mentioned, [SERBIA, KOSOVO]) == ["нападнаа", "нападот"]


def test_the_toll_of_a_past_massacre_is_background():
    assert assaults("Во масакрот во селото во мај 1992 година беа убиени 300 цивили.", []) == []
    assert assaults("Вчера во селото беа убиени тројца цивили.", []) == ["убиени"]


def test_warning_shots_hit_no_one():
    assert assaults("Граничната полиција испука предупредувачки истрели.", []) == []
    assert assaults("Војниците испукаа неколку истрели кон селото.", []) == ["истрели"]


def test_an_explosion_in_a_depot_is_an_accident():
    assert assaults("Во складиштето за муниција експлодираа гранати и загинаа тројца работници.", []) == []
    assert assaults("Во центарот на градот експлодираше бомба под автомобилот на судијата.", []) == ["експлодираше"]


def test_a_participle_with_the_article_names_the_victims():
    village = Ent(("Белица",), country="MKD")
    events = coded("Роднините на убиените од Белица најавија тужби против државата.", [village]).events
    assert not [e for e in events if e.type == "ASSAULT"]
    events = coded("Роднините на лицата убиени од Белица најавија тужби против државата.", [village]).events
    assert [e.trigger.text for e in events if e.type == "ASSAULT"] == ["убиени"]


def test_fighting_halted_is_no_fighting_told():
    assert assaults("Србија и Косово ги прекинаа борбите во петокот наутро.", [SERBIA, KOSOVO]) == []
    assert assaults("Србија и Косово ги продолжија борбите во петокот наутро.", [SERBIA, KOSOVO]) == ["борбите"]


def test_an_attack_only_told_to_come_is_no_attack():
    assert assaults("Премиерот изјави дека Србија подготвува напад врз Косово.", [SERBIA, KOSOVO]) == []
    assert assaults("Премиерот изјави дека Србија изврши напад врз Косово.", [SERBIA, KOSOVO]) == ["напад"]


def test_an_attack_held_out_under_a_condition_stays_a_threat():
    events = coded("Србија ќе го нападне Косово доколку не ги повлече силите.", [SERBIA, KOSOVO]).events
    assert [e.type for e in events] == ["THREATEN"]


def test_weapons_brought_down_by_no_one_named_tally_an_attack():
    assert assaults("Над градот ноќеска беа соборени 40 беспилотни летала.", []) == []
    defence = Ent(("Противвоздушната одбрана",), type="ORG", country="UKR", sector="MIL")
    assert assaults("Противвоздушната одбрана ноќеска собори 40 беспилотни летала.", [defence]) == ["собори"]


def test_measures_that_affect_people_hit_no_one():
    affecting = "Премиерот рече дека санкциите, кои ги погодуваат граѓаните, мора да се укинат по ракетните тестови."
    assert assaults(affecting, []) == []
    assert assaults("Руска ракета ја погоди зградата во Украина.", [UKRAINE]) == ["погоди"]
