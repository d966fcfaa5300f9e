"""An opening phrase (`По средбата со Y, …`) leans on its main clause's subject, the bare name before the verb's
object clitic; a name after the clitic is the verb's object and never the subject of the phrase. Sentences
written for this test."""
from __future__ import annotations

import pytest

from vesnik.document import Document
from vesnik.pipeline.default import build_pipeline


def events(text: str) -> list[tuple[str, str, list[str], list[str]]]:
    """(type, trigger, actor names, recipient names) of each event."""
    doc = build_pipeline().run_one(Document(id="t", source="t", raw_text=text)).document
    names = {e.id: e.name for e in doc.entities}
    return [(ev.type, ev.trigger.text, [names[a] for a in ev.actor], [names[r] for r in ev.recipient]) for ev in doc.events]


@pytest.mark.parametrize("text, obj", [
    ("Српскиот министер Иван Петровиќ вчера беше во Ниш. По средбата со новинарите, тој ја обвини Хрватска.", "Хрватска"),
    ("Грчкиот премиер Никос Андреу вчера беше во Солун. По разговорот со граѓаните, тој ја критикуваше Турција.", "Турција"),
    ("Бугарскиот претседател Стефан Иванов беше во Варна. После средбата со студентите, тој ја обвини Романија.", "Романија"),
])
def test_the_object_after_the_clitic_is_no_partner_of_the_opening_meeting(text, obj):
    for etype, _, actors, recipients in events(text):
        if etype == "CONSULT":
            assert obj not in actors and obj not in recipients


@pytest.mark.parametrize("text, subject", [
    # the negative twin: the bare name before the clitic is the subject the opening phrase leans on
    # (a meeting with the press is no consultation: the twin meets the mayor)
    ("Српскиот министер Иван Петровиќ вчера беше во Ниш. По средбата со градоначалникот, Петровиќ ја обвини Хрватска.",
     "Иван Петровиќ"),
    ("Грчкиот премиер Никос Андреу вчера беше во Солун. По разговорот со граѓаните, Андреу ја критикуваше Турција.",
     "Никос Андреу"),
])
def test_the_subject_before_the_clitic_still_leads_the_opening_phrase(text, subject):
    found = events(text)
    consult = [ev for ev in found if ev[0] == "CONSULT"]
    assert consult and all(subject in ev[2] for ev in consult)
    assert all("Хрватска" not in ev[2] and "Турција" not in ev[2] for ev in consult)


@pytest.mark.parametrize("text, etype, actor", [
    ("По инцидентот Владата ги повика граѓаните да бидат мирни.", "REQUEST", "Влада на Република Северна Македонија"),
    ("По несреќата МВР ги засили патролите на северната граница.", "MOBILIZE", "Министерство за внатрешни работи"),
])
def test_a_name_a_clitic_follows_after_a_bare_definite_noun_is_the_subject(text, etype, actor):
    # a name takes no noun before it without `на`: the noun ended the preposition's phrase
    assert [ev[2] for ev in events(text) if ev[0] == etype] == [[actor]]


@pytest.mark.parametrize("text", [
    # the negative twin: a town's noun takes its name (`градот Куманово`), still under the preposition
    "Во градот Куманово ги уапсија двајца осомничени за грабеж.",
    "Во селото Куманово ги уапсија двајца осомничени за грабеж.",
])
def test_a_town_named_after_its_noun_stays_under_the_preposition(text):
    assert not any("Куманово" in ev[2] for ev in events(text))
