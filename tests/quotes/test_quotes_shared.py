"""The quotes stage on the reference article and on dev articles of ../shared (read at run time).

The full pipeline runs first; when the entities stage finds the people and the agency, the
speaker and `reported_by` are their entities, otherwise the assertions fall back on the
speaker text and the `reported_by=` part of the rule.
"""
from __future__ import annotations

from functools import cache

import pytest

from tests.shared_data import SEED, articles, needs_shared
from vesnik.document import Document
from vesnik.pipeline.default import build_pipeline
from vesnik.quotes import QuoteStep


@cache
def analysed(doc_id: str) -> Document:
    pipeline = build_pipeline()
    pipeline.steps.append(QuoteStep("mk"))
    text = SEED.read_text(encoding="utf-8") if doc_id == "seed" else articles()[doc_id]["text"]
    result = pipeline.run_one(Document(id=doc_id, source=doc_id, raw_text=text))
    assert result.ok, result.error
    return result.document


def mentioned(doc: Document, entity_id: str | None) -> set[str]:
    """The surface forms of an entity of the document."""
    return {m.text for e in doc.entities if e.id == entity_id for m in e.mentions}


def quote_with(doc: Document, words: str, direct: bool = True):
    found = [q for q in doc.quotes if q.direct == direct and q.text.startswith(words)]
    assert found, [(q.text, q.rule) for q in doc.quotes]
    return found[0]


@needs_shared
def test_seed_partial_quote_of_kim_reported_by_kcna():
    doc = analysed("seed")
    q = quote_with(doc, "целосно ќе ја поддржи")
    assert q.text == "целосно ќе ја поддржи"
    assert q.speaker_text == "Ким Џонг Ун" and "reported_by=КЦНА" in q.rule
    if doc.entities:
        assert "Ким Џонг Ун" in mentioned(doc, q.speaker) and {"КЦНА", "KCNA"} & mentioned(doc, q.reported_by)
    indirect = quote_with(doc, "неговата земја", direct=False)  # the clause after `изјави дека`
    assert indirect.speaker == q.speaker and indirect.reported_by == q.reported_by


@needs_shared
def test_seed_full_quote_is_kcnas_own():
    doc = analysed("seed")
    q = quote_with(doc, "Другарот Ким Џонг Ун и претседателот Путин разменија")
    assert q.speaker_text == "КЦНА" and q.reported_by is None and q.rule == "direct:inverted"
    if doc.entities:
        assert "КЦНА" in mentioned(doc, q.speaker)


@needs_shared
def test_seed_putins_words_are_relayed_by_kcna():
    doc = analysed("seed")
    for words in ("специјални", "високо ги пофали", "посебни односи на доверба"):
        q = quote_with(doc, words)
        assert q.speaker_text.endswith("Путин") and "reported_by=" in q.rule, q


@needs_shared
def test_seed_casualty_claim_of_the_south_korean_agency():
    doc = analysed("seed")
    dead = [c for c in doc.claims if c.kind == "dead"]
    assert len(dead) == 1
    c = dead[0]
    assert (c.value, c.unit, c.approximate, c.text) == (2000, "people", "околу", "2.000 севернокорејски војници")
    assert c.source_text.startswith("Разузнавачката агенција") and c.source_text.endswith("Јужна Кореја")
    if doc.entities:  # the agency speaks, not the state (issue #4)
        source = next(e for e in doc.entities if e.id == c.source)
        assert (source.country, source.sector, source.name_en) == ("KOR", "SPY", "South Korea's intelligence service")
    hearsay = [c for c in doc.claims if c.rule.endswith("unattributed")]
    assert [(c.kind, c.value) for c in hearsay] == [("troops", 6000)]


@needs_shared
def test_seed_title_in_quotation_marks_is_no_quote():
    assert "Родонг Синмун" not in {q.text for q in analysed("seed").quotes}


@needs_shared
def test_offsets_point_at_the_quoted_text():
    for doc_id in ("seed", "setimes-dev-0001", "ntrex-reuters.218861"):
        doc = analysed(doc_id)
        for q in doc.quotes:
            assert doc.text[q.start:q.end] == q.text
            if q.direct:
                assert "„" in doc.text[max(0, q.start - 3):q.start + 1]
        for c in doc.claims:
            assert doc.text[c.start:c.end] == c.text


@needs_shared
def test_setimes_quotes_of_one_speaker_in_a_row():
    """A quote after `…“, рече X, ...` standing alone goes on X's statement."""
    doc = analysed("setimes-dev-0001")
    direct = [q for q in doc.quotes if q.direct]
    assert [q.speaker_text for q in direct[:3]] == ["Иџет Мемети"] * 3
    assert [q.rule for q in direct[:3]] == ["direct:inverted", "direct:inverted", "direct:continued"]
    indirect = [q for q in doc.quotes if not q.direct and q.rule == "indirect:that"]
    assert [q.speaker_text for q in indirect] == ["Мемети"]


@needs_shared
def test_reuters_speaker_named_before_the_quotes():
    doc = analysed("ntrex-reuters.218861")
    direct = [q for q in doc.quotes if q.direct]
    assert [q.speaker_text for q in direct[:3]] == ["Ри Јонг Хо"] * 3
    assert [q.rule for q in direct[1:3]] == ["direct:inverted+pronoun", "direct:continued"]  # `„…“. рече тој.`


@needs_shared
@pytest.mark.parametrize("doc_id, kind, value, approximate", [
    ("ntrex-reuters.218863", "dead", 384, "Најмалку"),
    ("ntrex-reuters.218863", "injured", 540, None),
])
def test_reuters_casualty_claims(doc_id, kind, value, approximate):
    claims = [c for c in analysed(doc_id).claims if c.kind == kind]
    assert [(c.value, c.approximate) for c in claims] == [(value, approximate)]
