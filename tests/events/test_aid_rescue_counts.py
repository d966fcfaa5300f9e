"""Relief and rescue told with an approximate count of the people helped (`спаси над 400 луѓе`), households
helped, aid sent after a disaster told again, missiles launched at a target and a base handed over (no aid), on
sentences written for these tests."""
from __future__ import annotations

from tests.events.helpers import Ent, coded, codes, only

ROMANIAN_POLICE = Ent(("Романската гранична полиција",), "ORG", "ROU", "COP")
CHILEAN_AUTHORITIES = Ent(("Чилеанските власти",), "ORG", "CHL", "GOV")
PORTUGAL = Ent(("Португалија",), country="PRT")
SPAIN = Ent(("Шпанија",), country="ESP")
MOROCCO = Ent(("Мароко",), country="MAR")
# sentences of another matter between a disaster and the aid
FILLERS = ("Премиерот свика седница на Владата. Министрите разговараа за буџетот. ",
           "Синдикатите најавија штрајк. Опозицијата побара оставка. ")


def test_people_rescued_or_evacuated_after_an_approximate_count_are_the_recipient():
    for text, country in (("Романската гранична полиција синоќа спаси над 120 луѓе од гумен чамец во Дунав.", "ROU"),
                          ("Романската гранична полиција евакуираше речиси 900 жители од поплавените села.", "ROU"),
                          # migrants are of no one state the text names
                          ("Романската гранична полиција спаси околу 60 мигранти од камион без воздух.", None)):
        doc = coded(text, [ROMANIAN_POLICE])
        ev = only(doc, "AID")
        assert ev.mode == "humanitarian" and codes(doc, ev.recipient) == [(country, "CVL")], text
    doc = coded("Чилеанските власти евакуираа приближно 2.000 туристи од одморалиштата.", [CHILEAN_AUTHORITIES])
    assert codes(doc, only(doc, "AID").recipient) == [("CHL", "CVL")]


def test_an_approximate_count_of_things_names_no_one_helped():
    # vehicles moved off a bridge are no people: the count's word makes no recipient of them
    assert not coded("Романската гранична полиција евакуираше над 30 возила од мостот.", [ROMANIAN_POLICE]).events


def test_households_helped_are_the_recipient():
    for text in ("Словенечката влада им помогна на 3.000 домаќинства со храна и вода.",
                 "Словенечката влада им помогна на поплавените домаќинства со храна и вода."):
        doc = coded(text, [Ent(("Словенечката влада",), "ORG", "SVN", "GOV")])
        assert codes(doc, only(doc, "AID").recipient) == [("SVN", "CVL")], text


def test_missiles_launched_hit_the_target_after_their_preposition_not_the_missiles():
    doc = coded("Јемен лансираше над 40 дронови и ракети врз Саудиска Арабија.",
                [Ent(("Јемен",), country="YEM"), Ent(("Саудиска Арабија",), country="SAU")])
    ev = only(doc, "ASSAULT")
    assert codes(doc, ev.actor) == [("YEM", None)] and codes(doc, ev.recipient) == [("SAU", None)]



def test_a_disaster_told_again_without_its_place_keeps_later_aid_going_to_that_place():
    for opening, again, aid in (
            ("Шумски пожари ја зафатија Португалија. ", "Во пожарите загинаа 12 лица. ",
             "Шпанија вчера испрати 40 пожарникари и три канадери."),
            ("Силни поплави ја погодија Португалија. ", "Поплавите однесоа три мостови. ",
             "Шпанија вчера испрати хуманитарна помош и спасувачи."),
            ("Земјотрес ја погоди Португалија. ", "По земјотресот илјадници останаа без дом. ",
             "Шпанија вчера испрати тим спасувачи.")):
        text = opening + FILLERS[0] + again + FILLERS[1] + aid  # the aid is six sentences after the place
        doc = coded(text, [PORTUGAL, SPAIN])
        ev = only(doc, "AID")
        assert codes(doc, ev.actor) == [("ESP", None)] and codes(doc, ev.recipient) == [("PRT", None)], text


def test_aid_long_after_a_disaster_told_once_has_no_recipient_from_it():
    # the disaster is not told again: five sentences on, the aid is of another story
    doc = coded("Шумски пожари ја зафатија Португалија. " + FILLERS[0] + FILLERS[1]
                + "Шпанија вчера испрати хуманитарна помош и спасувачи.", [PORTUGAL, SPAIN])
    assert not [e for e in doc.events if e.type == "AID"]


def test_a_disaster_told_again_names_no_new_place_for_aid_to_a_place_named():
    doc = coded("Земјотрес го погоди Мароко. Премиерот свика седница на Владата. Министрите разговараа за буџетот. "
                "По земјотресот илјадници останаа без дом. Шпанија вчера ѝ испрати на Португалија 40 спасувачи.",
                [MOROCCO, SPAIN, PORTUGAL])
    assert codes(doc, only(doc, "AID").recipient) == [("PRT", None)]


def test_a_base_handed_over_on_leaving_is_no_aid_equipment_handed_over_is():
    kabul = Ent(("Кабул",), country="AFG")
    for text in ("Словачките војници ја предадоа базата во Кабул.",
                 "Последните словачки војници вчера ги предадоа базите во Кабул."):
        doc = coded(text, [Ent(("Словачките војници", "словачки војници"), "ORG", "SVK", "MIL"), kabul])
        assert not [e for e in doc.events if e.type == "AID"], text
    handed = coded("Словачките војници предадоа опрема и лекови во Кабул.",
                   [Ent(("Словачките војници",), "ORG", "SVK", "MIL"), kabul])
    assert codes(handed, only(handed, "AID").recipient) == [("AFG", None)]
