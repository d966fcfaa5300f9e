"""A group of residents named by their place without the article (`200 жители на селото X`) is plural by its head, not
by the place its name ends with: a `Тие` opening the next sentence goes on with it. Sentences written for this test."""
from __future__ import annotations

import pytest

from vesnik.document import Document
from vesnik.pipeline.default import build_pipeline


def actors_of(text: str, trigger: str) -> list[list[str]]:
    doc = build_pipeline().run_one(Document(id="t", source="t", raw_text=text)).document
    names = {e.id: e.name for e in doc.entities}
    return [[names[a] for a in ev.actor] for ev in doc.events if ev.trigger.text == trigger]


@pytest.mark.parametrize("text", [
    "Околу 200 жители на селото Романовце вчера го блокираа патот. Тие бараа градоначалникот лично да дојде.",
    "Стотина жители на селото Арачиново вчера го блокираа патот. Тие бараа градоначалникот лично да дојде.",
    "Педесетина жители на населбата Тафталиџе вчера го блокираа булеварот. Тие бараа градоначалникот лично да дојде.",
])
def test_they_go_on_with_the_residents(text):
    found = actors_of(text, "бараа")
    assert found and found[0] and found[0][0].startswith("жители на")


def test_a_singular_holder_of_a_place_is_no_they():
    # the negative twin: one mayor of the village is no antecedent of a plural `Тие`
    found = actors_of("Градоначалникот на селото Романовце вчера го блокираше патот. Тие бараа Владата да дојде.", "бараа")
    assert not any(actors and actors[0].startswith("Градоначалникот") for actors in found)
