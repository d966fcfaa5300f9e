"""A counted pair of parties as the act's object (`ги повика двете земји`) is the two sides told before: with no two
states named together nor a dispute, the two sides of the last act between two states; the pair's noun may stand
after two modifiers (`двете соседни источноафрикански земји`). Without the count, the plural noun is no pair.
Sentences written for these tests."""
from __future__ import annotations

from vesnik.document import Document
from vesnik.pipeline.default import build_pipeline

CONGRATULATED = "Португалија вчера ѝ честиташе на Шпанија за успешното претседавање. "
WAR = "Етиопија и Еритреја водеа војна. "


def requests(text: str) -> list[list[str]]:
    """The recipients' names of the requests the whole pipeline finds."""
    doc = build_pipeline().run_one(Document(id="t", source="t", raw_text=text)).document
    by_id = {e.id: e for e in doc.entities}
    return [sorted(by_id[r].name for r in ev.recipient) for ev in doc.events if ev.type == "REQUEST"]


def test_pair_object_is_the_two_sides_of_the_last_act():
    text = CONGRATULATED + "Европскиот комесар Маргаритис Схинас ги повика двете земји да ја зголемат соработката на границата."
    assert requests(text) == [["Португалија", "Шпанија"]]


def test_plural_object_without_the_count_is_no_pair():
    text = CONGRATULATED + "Европскиот комесар Маргаритис Схинас ги повика земјите да ја зголемат соработката на границата."
    assert requests(text) == [["земјите"]]


def test_pair_object_with_two_modifiers_before_its_noun():
    text = WAR + "Кенија ги повика двете соседни источноафрикански земји да го почитуваат примирјето."
    assert requests(text) == [["Еритреја", "Етиопија"]]


def test_modified_plural_without_the_count_is_no_pair():
    text = WAR + "Кенија ги повика соседните источноафрикански земји да го почитуваат примирјето."
    assert requests(text) == [["земји"]]
