"""A count of things before `од` (`казни на три од фирмите`) is no word of the recipient: the whole it
counts is (invented sentences)."""
import pytest

from tests.events.helpers import pipeline_events


@pytest.mark.parametrize("text, expected", [
    ("Инспекторатот за животна средина на Хрватска изрекол казни на три од фирмите.", ("SANCTION", ["HRV"], ["HRV"])),
    ("Инспекторатот за животна средина на Хрватска изрекол казни на пет од трговците во Сплит.", ("SANCTION", ["HRV"], ["HRV"])),
])
def test_the_whole_a_count_is_of_is_the_recipient(text, expected):
    assert expected in pipeline_events(text)


def test_a_count_of_the_fines_names_no_recipient():
    assert not pipeline_events("Инспекторатот за животна средина на Хрватска изрекол три казни.")
