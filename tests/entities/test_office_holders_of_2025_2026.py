"""Office holders and leaders of 2025-2026 news the knowledge base gained link where the text names them,
and only there: sentences written for these tests."""
from __future__ import annotations

from functools import cache

import pytest

from vesnik.document import Document
from vesnik.pipeline.default import build_pipeline


@cache
def _pipeline():
    return build_pipeline(until="linking")


def _kb_ids_of(text: str, written: str) -> set[str | None]:
    doc = _pipeline().run_one(Document(id="t", source="t", raw_text=text)).document
    return {e.kb_id for e in doc.entities if any(m.text == written for m in e.mentions)}


@pytest.mark.parametrize("text, written, kb_id", [
    ("Градоначалникот на Битола Тони Коњановски потпиша договор со германска фирма.", "Тони Коњановски", "per:toni-konjanovski"),
    # the twin: the MP who shares his surname stays himself
    ("Пратеникот Никола Коњановски поднесе амандман на буџетот.", "Никола Коњановски", "per:nikola-konjanovski"),
    ("Претседателот на косовското Собрание Димал Баша ја закажа седницата за вторник.", "Димал Баша", "per:dimal-basha"),
    # the twin: the bare surname is still the Albanian politician's
    ("Албанската опозиција се собра во Тирана. Баша ги повика поддржувачите на протест.", "Баша", "per:lulzim-basha"),
    ("Лидерот на Демократската партија на Србите го посети Куманово.", "Демократската партија на Србите", "org:mkd:dps"),
])
def test_a_new_office_holder_or_body_links_and_a_namesake_keeps_its_own(text, written, kb_id):
    assert _kb_ids_of(text, written) == {kb_id}


def test_a_grill_is_no_gang_leader():
    doc = _pipeline().run_one(Document(id="t", source="t", raw_text="На скарата имаше барбекју. Барбекју беше подготвено за гостите.")).document
    assert not [e for e in doc.entities if any(m.text == "Барбекју" for m in e.mentions)]


def test_the_gang_leader_links_by_his_name():
    text = "Водачот на хаитските банди Џими Шеризие се закани со нови напади врз полицијата."
    assert _kb_ids_of(text, "Џими Шеризие") == {"per:jimmy-cherizier"}
