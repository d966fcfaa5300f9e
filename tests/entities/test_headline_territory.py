"""A story whose headline names a territory with a code of its own (Hong Kong, Palestine) is that territory's,
however often it names the state the territory belongs to: a body the knowledge base lacks takes its code;
sentences and names written for these tests."""
from __future__ import annotations

from functools import cache

from vesnik.ingest import new_document
from vesnik.pipeline.default import build_pipeline

BODY = ("Студентите протестираа{place} против новиот закон за безбедност што го бара Кина. Кина ги обвини странските "
        "влади, а Кина најави одговор. Синдикатот на наставниците Граѓанска алијанса повика на штрајк.")


@cache
def _pipeline():
    return build_pipeline(until="linking")


def _union_country(text: str) -> str | None:
    doc = _pipeline().run_one(new_document("t", "test", text)).document
    return next(e.country for e in doc.entities if e.name == "Граѓанска алијанса")


def test_a_territory_in_the_headline_is_the_storys_country():
    assert _union_country("Студенти блокираа автопат во Хонгконг\n" + BODY.format(place="")) == "HKG"


def test_a_territory_named_only_in_the_body_leaves_the_state_named_most():
    assert _union_country("Студенти блокираа автопат во Кина\n" + BODY.format(place=" во Хонгконг")) == "CHN"
