"""Institution nouns named without a state, and the agency a dateline credits (invented sentences)."""
from .helpers import Ent, coded

MIA = Ent(("МИА",), "ORG", "MKD", "MED")
AFP = Ent(("АФП",), "ORG", "FRA", "MED")


def parties(text: str, entities: list[Ent]) -> list[tuple[str, list[str], list[str]]]:
    doc = coded(text, entities)
    names = {e.id: e.name for e in doc.entities}
    return [(ev.type, [names[a] for a in ev.actor], [names[r] for r in ev.recipient]) for ev in doc.events]


def test_the_agency_a_dateline_credits_is_no_party_of_a_headline_glued_to_it():
    assert parties("Србија побара консултации во рамки на сојузотБелград, 4 мај (МИА) – Владата денеска соопшти дека "
                   "ќе бара итна седница.", [Ent(("Србија",), country="SRB"), MIA]) == [("REQUEST", ["Србија"], [])]
    assert parties("Хрватска ги повика соседитеЗагреб, 4 мај (АФП) – Премиерот денеска рече дека е подготвен за разговори.",
                   [Ent(("Хрватска",), country="HRV"), AFP])[0] == ("REQUEST", ["Хрватска"], [])


def test_an_agency_in_brackets_inside_a_sentence_stays_a_party():
    agency = Ent(("Информативната агенција", "МИА"), "ORG", "MKD", "MED")
    assert parties("Србија ја повика Информативната агенција (МИА) да го објави соопштението.",
                   [Ent(("Србија",), country="SRB"), agency]) == [("REQUEST", ["Србија"], ["Информативната агенција"])]


def test_the_institutions_a_mission_named_with_its_seat_calls_on_are_the_host_states():
    from .helpers import pipeline_events

    # (the mission's name tells its seat: what it speaks of is the host state's, not its own)
    assert pipeline_events("Американската амбасада во Скопје соопшти дека ги следи случувањата и ги повика институциите "
                           "да ја гарантираат независноста на судството.") == [("REQUEST", ["USA"], ["MKD"])]
    assert pipeline_events("Германската амбасада во Белград ги повика властите да ја истражат смртта на новинарот.") == [
        ("REQUEST", ["DEU"], ["SRB"])]
    # (twin: a state named with the organ is that state's)
    assert pipeline_events("Американската амбасада во Скопје ја повика српската влада да ја гарантира независноста "
                           "на судството.") == [("REQUEST", ["USA"], ["SRB"])]



def test_capitalised_places_a_double_hyphen_closes_are_a_dateline_not_the_subject():
    podgorica, tirana = Ent(("Подгорица",), country="MNE"), Ent(("Тирана",), country="ALB")
    commission = Ent(("Европската комисија",), "ORG", "EUR", "IGO")
    government = Ent(("Владата на Црна Гора",), "ORG", "MNE", "GOV")
    text = (" -- Европската комисија вчера предложи укинување на визите. "
            "Владата на Црна Гора го поздрави предлогот.")
    for dateline, places in (("Подгорица, Тирана", [podgorica, tirana]), ("Подгорица", [podgorica])):
        events = parties(dateline + text, places + [commission, government])
        assert [r for t, _, r in events if t == "SUPPORT"] == [["Европската комисија"]]
    # (places that are the subject, with no double hyphen after them, stay it)
    events = parties("Подгорица и Тирана вчера потпишаа договор за соработка.", [podgorica, tirana])
    assert sorted(events[0][1]) == ["Подгорица", "Тирана"]
