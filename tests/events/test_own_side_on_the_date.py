"""A body is a speaker's own side (no blame of his) only through an office he holds or has held by the
story's date, not one the knowledge base records him taking later (invented sentences)."""
from datetime import date

from tests.events.helpers import pipeline_events

BLAME = "Вук Јеремиќ изјави дека одлуката на Генералното собрание на ОН е неприфатлива и непријателска."


def test_blame_of_a_body_the_speaker_heads_only_years_later_is_an_accusation():
    assert ("ACCUSE", ["SRB"], ["UNO"]) in pipeline_events(BLAME, date(2008, 6, 1))


def test_the_same_words_while_he_presides_over_the_body_blame_no_other():
    assert pipeline_events(BLAME, date(2013, 3, 1)) == []
