"""A passive act told after an accusation in its sentence (`го обвини X дека стои зад нападот, при кој беше убиен …`)
is part of the act alleged, no event of its own; told after a verb of saying that goes on (`… и соопшти дека беше
убиен …`) it is told as done (invented sentences)."""
from datetime import date

import pytest

from tests.events.helpers import events_of, pipeline_document

DAY = date(2025, 5, 20)


@pytest.mark.parametrize("alleged, told", [
    ("Премиерот Петар Марков денеска го обвини Белград дека стои зад нападот во селото Горно, при кој беше убиен"
     " еден полицаец.",
     "Премиерот Петар Марков денеска го обвини Белград дека стои зад нападот во селото Горно и соопшти дека во"
     " неделата беше убиен еден полицаец."),
    ("Опозицијата ги обвинува полициските сили за растурањето на протестот, кога беа убиени пет лица.",
     "Опозицијата ги обвинува полициските сили за растурањето на протестот и соопшти дека беа убиени пет лица."),
])
def test_a_passive_killing_in_an_accusation_is_alleged(alleged, told):
    doc = pipeline_document(alleged, DAY)
    assert events_of(doc, "ACCUSE") and not events_of(doc, "ASSAULT")
    doc = pipeline_document(told, DAY)
    assert events_of(doc, "ACCUSE") and events_of(doc, "ASSAULT")
