"""Relief and rescue told with an approximate count of the people helped (`спаси над 400 луѓе`), and
missiles launched at a target, on sentences written for these tests."""
from __future__ import annotations

from tests.events.helpers import Ent, coded, codes, only

ROMANIAN_POLICE = Ent(("Романската гранична полиција",), "ORG", "ROU", "COP")
CHILEAN_AUTHORITIES = Ent(("Чилеанските власти",), "ORG", "CHL", "GOV")


def test_people_rescued_or_evacuated_after_an_approximate_count_are_the_recipient():
    for text, country in (("Романската гранична полиција синоќа спаси над 120 луѓе од гумен чамец што тонеше во Дунав.", "ROU"),
                          ("Романската гранична полиција евакуираше речиси 900 жители од поплавените села.", "ROU"),
                          # migrants are of no one state the text names
                          ("Романската гранична полиција спаси околу 60 мигранти од камион без воздух.", None)):
        doc = coded(text, [ROMANIAN_POLICE])
        ev = only(doc, "AID")
        assert ev.mode == "humanitarian" and codes(doc, ev.recipient) == [(country, "CVL")], text
    doc = coded("Чилеанските власти евакуираа приближно 2.000 туристи од планинските одморалишта.", [CHILEAN_AUTHORITIES])
    assert codes(doc, only(doc, "AID").recipient) == [("CHL", "CVL")]


def test_an_approximate_count_of_things_names_no_one_helped():
    # vehicles moved off a bridge are no people: the count's word makes no recipient of them
    assert not coded("Романската гранична полиција евакуираше над 30 возила од мостот.", [ROMANIAN_POLICE]).events


def test_missiles_launched_hit_the_target_after_their_preposition_not_the_missiles():
    doc = coded("Јемен лансираше над 40 дронови и ракети врз Саудиска Арабија.",
                [Ent(("Јемен",), country="YEM"), Ent(("Саудиска Арабија",), country="SAU")])
    ev = only(doc, "ASSAULT")
    assert codes(doc, ev.actor) == [("YEM", None)] and codes(doc, ev.recipient) == [("SAU", None)]
