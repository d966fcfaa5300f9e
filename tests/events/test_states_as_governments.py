"""A state named as a side of an act is its government (sector GOV), as a capital standing for it is;
a person, an organ or a place that is no state keeps its own sector."""
from __future__ import annotations

from vesnik.events import EventStep

from tests.events.helpers import Ent, codes, document, only


def _states_known(doc, *states: tuple[int, str]):
    for index, kb_id in states:
        doc.entities[index].kb_id = kb_id  # (states of the knowledge base)
    return EventStep("mk")(doc)


def test_a_state_refusing_by_its_name_is_its_government():
    doc = _states_known(document("Хрватска ја отфрли понудата на Словенија за заеднички гранични патроли.",
                                 [Ent(("Хрватска",), country="HRV"), Ent(("Словенија",), country="SVN")]),
                        (0, "gpe:HRV"), (1, "gpe:SVN"))
    ev = only(doc, "REJECT")
    assert codes(doc, ev.actor) == [("HRV", "GOV")] and codes(doc, ev.recipient) == [("SVN", "GOV")]


def test_a_place_that_is_no_state_keeps_no_sector():
    # the same sentence with a region that is not a state of the knowledge base: no government made for it
    doc = EventStep("mk")(document("Хрватска ја отфрли понудата на Истра за заеднички гранични патроли.",
                                   [Ent(("Хрватска",), country="HRV"), Ent(("Истра",), country="HRV")]))
    ev = only(doc, "REJECT")
    assert codes(doc, ev.actor) == [("HRV", None)]


def test_a_state_called_on_by_a_minister_is_its_government_and_the_minister_stays_himself():
    minister = Ent(("Петар Стојанов",), "PER", "BGR", "GOV")
    doc = _states_known(document("Министерот Петар Стојанов ја повика Романија да ја отвори границата.",
                                 [minister, Ent(("Романија",), country="ROU", name_en="Romania")]), (1, "gpe:ROU"))
    ev = only(doc, "REQUEST")
    assert ev.actor == ["E1"] and codes(doc, ev.recipient) == [("ROU", "GOV")]
    by_id = {e.id: e for e in doc.entities}
    assert by_id[ev.recipient[0]].name_en == "Romania"  # (told by the state's name, named as the state)


def test_a_government_named_as_such_before_keeps_its_name_where_the_state_stands_for_it():
    # (the twin: `Владата на Романија` made the government first, so the state's name later reuses it unrenamed)
    doc = _states_known(document("Владата на Романија ја отфрли понудата. Министерот Петар Стојанов ја повика Романија да ја отвори границата.",
                                 [Ent(("Романија",), country="ROU", name_en="Romania"),
                                  Ent(("Петар Стојанов",), "PER", "BGR", "GOV")]), (0, "gpe:ROU"))
    rejected, called = (only(doc, t) for t in ("REJECT", "REQUEST"))
    by_id = {e.id: e for e in doc.entities}
    assert rejected.actor == called.recipient and by_id[called.recipient[0]].name_en == "Romania's government"


def test_a_state_of_a_sector_of_its_own_keeps_it():
    # (a state entity the knowledge base gives a sector keeps that sector: no government stands for it)
    doc = _states_known(document("Министерот Петар Стојанов ја повика Романија да ја отвори границата.",
                                 [Ent(("Петар Стојанов",), "PER", "BGR", "GOV"), Ent(("Романија",), country="ROU", sector="REL")]),
                        (1, "gpe:ROU"))
    ev = only(doc, "REQUEST")
    assert ev.recipient == ["E2"] and codes(doc, ev.recipient) == [("ROU", "REL")]


def test_the_government_of_a_state_carries_every_mention_of_the_state():
    # (the state told by its name and, before, by its demonym: the government stands where either stands)
    doc = _states_known(document("Унгарските власти реагираа остро. Унгарија ја отфрли одлуката на Хрватска.",
                                 [Ent(("Унгарија", "Унгарските"), country="HUN"), Ent(("Хрватска",), country="HRV")]),
                        (0, "gpe:HUN"), (1, "gpe:HRV"))
    ev = only(doc, "REJECT")
    government = {e.id: e for e in doc.entities}[ev.actor[0]]
    assert government.sector == "GOV" and {m.text for m in government.mentions} == {"Унгарија", "Унгарските"}
    # a place of no state named the same way gets no government and keeps its own mentions only
    doc = EventStep("mk")(document("Унгарските власти реагираа остро. Унгарија ја отфрли одлуката на Хрватска.",
                                   [Ent(("Унгарија", "Унгарските"), country="HUN"), Ent(("Хрватска",), country="HRV")]))
    assert only(doc, "REJECT").actor == ["E1"]
