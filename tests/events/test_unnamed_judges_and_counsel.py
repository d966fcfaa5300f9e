"""One judge no one named (`Федерална судијка во …`, `истражниот судија`) and the counsel of a party told by a noun
(`Бранителите на осудените`) act as unnamed judicial actors of the story's country; indefinite counsel after a
possessive or before a relative (`неговите адвокати`, `со адвокати, кои …`) is no such subject. Sentences written
for this test."""
from __future__ import annotations

import pytest

from vesnik.document import Document
from vesnik.pipeline.default import build_pipeline


def events(text: str) -> list[tuple[str, str, list[tuple[str, str | None, str | None]]]]:
    """(type, trigger, actors as (name, country, sector)) of each event."""
    doc = build_pipeline().run_one(Document(id="t", source="t", raw_text=text)).document
    ents = {e.id: e for e in doc.entities}
    return [(ev.type, ev.trigger.text, [(ents[a].name, ents[a].country, ents[a].sector) for a in ev.actor])
            for ev in doc.events]


@pytest.mark.parametrize("text, trigger, country", [
    ("Полицијата во Ниш уапси петмина. Судот ги осуди петмината на затвор. "
     "Бранителите на осудените најавија жалба до Врховниот суд на Србија.", "жалба", "SRB"),
    ("Полицијата во Загреб уапси тројца. Бранителите на обвинетите ја отфрлија пресудата.", "отфрлија", "HRV"),
    ("Полицијата во Скопје уапси двајца. Судијка од Основниот суд им определи притвор од 30 дена.", "определи притвор", "MKD"),
    ("Полицијата во Битола уапси шофер. Обвинителството отвори предмет, а истражниот судија синоќа му определи притвор.",
     "определи притвор", "MKD"),
])
def test_unnamed_judge_or_counsel_acts(text, trigger, country):
    acts = [ev for ev in events(text) if ev[1] == trigger]
    assert acts and acts[0][2] and all(sector == "JUD" and c == country for _, c, sector in acts[0][2])
    assert any(name.lower().startswith(("бранител", "судиј")) for name, _, _ in acts[0][2])


@pytest.mark.parametrize("text, trigger, subject", [
    # negative twins: indefinite counsel is the possessor's, or an object before its relative, not the subject
    ("Турскиот суд го осуди активистот Мехмет Јилмаз. Војската ги обвинува адвокатите дека носат пораки.", "обвинува", "војската"),
    ("Судот во Анкара ги ограничи правата на осомничените да се консултираат со адвокати, кои војската ги обвинува "
     "дека носат пораки.", "обвинува", "војската"),
])
def test_counsel_after_the_verb_or_before_a_relative_is_no_subject(text, trigger, subject):
    acts = [ev for ev in events(text) if ev[1] == trigger]
    assert acts and all(name.lower() == subject for name, _, _ in acts[0][2])
