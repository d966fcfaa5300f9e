"""A search told by its verb (`претресоа`) is a COERCE act of its own beside the seizure or arrest of the raid;
`претресе` as the reading of a bill or a report is no search."""
import pytest

from .helpers import pipeline_events


@pytest.mark.parametrize("text", [
    "Полицајците претресоа 14 станови и одзедоа оружје и пари.",
    "Српската полиција претресе пет куќи во Ниш и уапси двајца осомничени.",
    "Инспекторите вчера претресоа магацин во Велес и запленија цигари.",
])
def test_search_verb_is_an_act_beside_the_seizure_or_arrest(text):
    assert [t for t, _, _ in pipeline_events(text)].count("COERCE") == 2


@pytest.mark.parametrize("text", [
    "Собранието ќе го претресе предлог-законот за буџетот.",
    "Комисијата денеска го претресе извештајот на министерот.",
])
def test_reading_of_a_text_is_no_search(text):
    assert [t for t, _, _ in pipeline_events(text)] == []
