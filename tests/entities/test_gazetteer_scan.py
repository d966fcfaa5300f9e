"""The gazetteer's scan of a text: only words that open an indexed form are read further, the
longest form wins, and the scan goes on after it (invented forms and sentences)."""
from vesnik.entities.gazetteer import Gazetteer

ENTRIES = [
    ("Речна управа", "T1", "name", "ORG"),
    ("Речна управа на Пелагонија", "T2", "name", "ORG"),
    ("Пелагонија", "T3", "name", "LOC"),
    ("РУП", "T1", "acronym", "ORG"),
]


def _found(text: str) -> list[tuple[str, str]]:
    return [(text[m.start:m.end], m.forms[0].actor_id) for m in Gazetteer(ENTRIES).find(text)]


def test_longest_form_wins_and_scan_goes_on_after_it():
    text = "Вчера Речна управа на Пелагонија соопшти дека и Пелагонија ќе добие брана."
    assert _found(text) == [("Речна управа на Пелагонија", "T2"), ("Пелагонија", "T3")]


def test_a_form_cut_short_falls_back_to_the_shorter_one():
    text = "Речна управа на општината, а не РУП, ја ислушува жалбата."
    assert _found(text) == [("Речна управа", "T1"), ("РУП", "T1")]


def test_words_that_open_no_form_and_lower_case_forms_give_nothing():
    assert _found("речна управа и пелагонија се напишани со мали букви, рупата е празна.") == []
    assert _found("") == []
