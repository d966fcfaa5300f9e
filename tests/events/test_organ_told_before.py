"""A bare state organ (`Полицијата уапси …`) goes on telling the same organ the document placed before by a
demonym or a seat, not the state the rest of the story names most; sentences written for these tests."""
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


def alert_country(told_before: str) -> str | None:
    """The country of the unnamed ministry that raises its forces' readiness."""
    text = ("Владата во Приштина ги осуди вежбите на српската војска покрај границата со Косово. "
            f"Портпаролот на {told_before} ја отфрли критиката. Претседателската канцеларија на Косово ги осуди "
            "вежбите, а министерството за одбрана ги стави своите сили во состојба на готовност.")
    doc = build_pipeline().run_one(Document(id="t", source="t", raw_text=text)).document
    by_id = {e.id: e for e in doc.entities}
    (ev,) = [ev for ev in doc.events if ev.type == "MOBILIZE"]
    return by_id[ev.actor[0]].country


def test_the_same_ministry_told_before_with_its_demonym():
    assert alert_country("српското министерство за одбрана") == "SRB"


def test_a_named_ministry_before_is_another_organ():
    assert alert_country("српското Министерство за надворешни работи") == "KOS"
