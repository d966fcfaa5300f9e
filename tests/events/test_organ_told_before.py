"""A bare state organ (`Полицијата уапси …`) goes on telling the same organ the document placed before by a
demonym or a seat, or named with its demonym (`Српската полиција`), not the state the rest of the story names most;
sentences written for these tests."""
from __future__ import annotations

from vesnik.document import Document
from vesnik.pipeline.default import build_pipeline

AFTER = (" Белград ги осуди претресите, а српската влада соопшти дека Србија ќе се обрати до НАТО."
         " Полицијата уапси тројца мажи.")


def arrest_countries(text: str) -> tuple[str | None, str | None]:
    """(actor's, recipient's) country of the one arrest the whole pipeline finds."""
    doc = build_pipeline().run_one(Document(id="t", source="t", raw_text=text)).document
    by_id = {e.id: e for e in doc.entities}
    (ev,) = [ev for ev in doc.events if ev.type == "COERCE" and "arrest" in ev.rule]
    return by_id[ev.actor[0]].country, by_id[ev.recipient[0]].country


def test_police_placed_by_a_demonym_before():
    assert arrest_countries("Косовската полиција вчера претресе неколку куќи во Звечан." + AFTER) == ("KOS", "KOS")


def test_police_told_before_without_a_place_is_the_storys_state():
    assert arrest_countries("Полицијата вчера претресе неколку куќи во Звечан." + AFTER) == ("SRB", "SRB")


def test_police_placed_by_a_seat_before():
    assert arrest_countries("Според полицијата во Приштина, вчера беа претресени неколку куќи." + AFTER) == ("KOS", "KOS")


def test_a_place_of_the_search_is_no_seat_of_the_police():
    assert arrest_countries("Според полицијата, вчера беа претресени неколку куќи во Приштина." + AFTER) == ("SRB", "SRB")


def actor_country(text: str, type_: str) -> str | None:
    """The actor's country of the one event of type `type_` the whole pipeline finds."""
    doc = build_pipeline().run_one(Document(id="t", source="t", raw_text=text)).document
    by_id = {e.id: e for e in doc.entities}
    (ev,) = [ev for ev in doc.events if ev.type == type_]
    return by_id[ev.actor[0]].country


def alert_country(told_before: str) -> str | None:
    """The country of the unnamed ministry that raises its forces' readiness."""
    text = ("Владата во Приштина ги осуди вежбите на српската војска покрај границата со Косово. "
            f"Портпаролот на {told_before} ја отфрли критиката. Претседателската канцеларија на Косово ги осуди "
            "вежбите, а министерството за одбрана ги стави своите сили во состојба на готовност.")
    return actor_country(text, "MOBILIZE")


def test_the_same_ministry_told_before_with_its_demonym():
    assert alert_country("српското министерство за одбрана") == "SRB"


def test_a_named_ministry_before_is_another_organ():
    assert alert_country("српското Министерство за надворешни работи") == "KOS"


HUNGARY_AFTER = (" Министерството за надворешни работи на Унгарија ги осуди претресите, а унгарската влада соопшти дека"
                 " Унгарија ќе се обрати до ЕУ. Полицијата уапси тројца мажи.")


def test_police_whose_name_holds_its_demonym_goes_on():
    # `Српската полиција` is a body of the knowledge base: its demonym is no mention of its own
    assert arrest_countries("Српската полиција вчера претресе неколку куќи во Ниш." + HUNGARY_AFTER) == ("SRB", "SRB")


def test_another_organ_whose_name_holds_a_demonym_is_not_the_police():
    assert arrest_countries("Српската влада вчера нареди претреси во неколку куќи во Ниш." + HUNGARY_AFTER) == ("HUN", "HUN")


def call_country(told_before: str) -> str | None:
    """The country of the unnamed ministry that calls on the US to lift its tariffs."""
    text = ("Вашингтон воведе нови царини за кинески компании. Американскиот претседател рече дека царините ќе останат. "
            f"{told_before} ја осуди одлуката. Министерството ги повика САД да ги укинат царините.")
    return actor_country(text, "REQUEST")


def test_a_bare_ministry_goes_on_telling_the_named_one_its_demonym_placed():
    assert call_country("Кинеското Министерство за трговија") == "CHN"


def test_a_bare_ministry_after_another_organ_of_that_state_is_not_continued():
    assert call_country("Кинеската влада") == "USA"


def test_the_police_named_last_goes_on_not_one_before_it():
    assert arrest_countries("Српската полиција вчера претресе неколку куќи во Ниш. Хрватската полиција соопшти дека"
                            " осомничените избегале преку границата." + HUNGARY_AFTER) == ("HRV", "HRV")


HOME_OPENING = ("СКОПЈЕ - Министерот за внатрешни работи на Македонија изјави дека ќе соработува со соседите."
                " Српската полиција вчера претресе неколку куќи во Ниш.")


def test_the_bare_police_of_a_home_story_goes_on_telling_the_foreign_police_named_with_its_demonym():
    assert arrest_countries(HOME_OPENING + " Полицијата уапси тројца мажи.") == ("SRB", "SRB")


def test_the_bare_police_after_a_home_place_is_the_home_police():
    assert arrest_countries(HOME_OPENING + " Синоќа во Куманово непознат маж пукал во воздух."
                            " Полицијата уапси тројца мажи.") == ("MKD", "MKD")


def test_the_bare_police_after_the_home_police_told_in_between_is_the_home_police():
    assert arrest_countries(HOME_OPENING + " Таа соработувала со македонската полиција."
                            " Полицијата уапси тројца мажи.") == ("MKD", "MKD")
