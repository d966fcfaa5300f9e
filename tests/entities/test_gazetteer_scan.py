"""The gazetteer's scan of a text: only words that open an indexed form are read further, the
longest form wins, and the scan goes on after it (invented forms and sentences)."""
from vesnik.entities.gazetteer import WORDS_AND_GAPS, Gazetteer
from vesnik.text.translit import fold

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


def test_a_longer_form_broken_by_a_gap_no_name_has_falls_back_to_the_shorter_one():
    text = "Речна управа; на Пелагонија ѝ требаат пари, вели РУП."
    assert _found(text) == [("Речна управа", "T1"), ("Пелагонија", "T3"), ("РУП", "T1")]


def test_longest_gives_the_words_and_forms_of_the_longest_fitting_key():
    gazetteer = Gazetteer(ENTRIES)
    text = "Речна управа на Пелагонија"
    parts = WORDS_AND_GAPS.split(text)
    keys = [fold(w) for w in parts[1::2]]
    n, forms = gazetteer._longest(parts, parts[1::2], keys, 0)
    assert (n, [f.actor_id for f in forms]) == (4, ["T2"])
    assert gazetteer._longest(parts, parts[1::2], keys, 1) is None  # `управа` opens no key
    lower = WORDS_AND_GAPS.split("речна управа")
    assert gazetteer._longest(lower, lower[1::2], [fold(w) for w in lower[1::2]], 0) is None  # a name's capitals are missing


ACRONYMS = [("ШРП", "A1", "acronym", "ORG"), ("УЧЗ", "A2", "acronym", "ORG")]


def test_an_acronym_in_its_own_script_must_be_spelt_as_indexed():
    # `СРП` and `УЦЗ` fold as `ШРП` and `УЧЗ` do (s/š, c/č) but are other acronyms
    found = [m.forms[0].actor_id for m in Gazetteer(ACRONYMS).find("Здружението СРП и фондот УЦЗ се пожалија, а ШРП и УЧЗ молчат.")]
    assert found == ["A1", "A2"]


def test_an_acronym_in_another_script_still_matches_its_folded_spelling():
    found = [m.forms[0].actor_id for m in Gazetteer(ACRONYMS).find("Агенцијата SHRP, позната и како SRP, одговори на UCZ.")]
    assert found == ["A1", "A1", "A2"]
