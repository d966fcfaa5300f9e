"""`group` builds its mentions without validation: each must be what a validated `Mention` is."""
from __future__ import annotations

from vesnik.document import Document, Mention, Sentence
from vesnik.entities import Candidate, group


def test_grouped_mentions_are_valid_mentions_with_the_same_fields_set():
    text = "Министерот Петар Ковачев ја посети Тетово. Ковачев потоа замина."
    doc = Document(id="t", source="t", text=text, sentences=[Sentence(index=0, start=0, end=42), Sentence(index=1, start=43, end=65)])
    first, second = text.index("Петар"), text.index("Ковачев", 30)
    candidates = [Candidate(first, first + len("Петар Ковачев"), "PER", "model"),
                  Candidate(text.index("Тетово"), text.index("Тетово") + 6, "GPE", "gazetteer", actors=["X1"]),
                  Candidate(second, second + len("Ковачев"), "PER", "propagated")]
    mentions = [m for e in group(doc, candidates) for m in e.mentions]
    assert [(m.text, m.sentence, m.rule) for m in mentions] == [
        ("Петар Ковачев", 0, "model"), ("Тетово", 0, "gazetteer"), ("Ковачев", 1, "propagated")]
    for m in mentions:
        validated = Mention(**m.model_dump())
        assert m == validated and m.model_fields_set == validated.model_fields_set
        assert m.model_dump_json() == validated.model_dump_json()
