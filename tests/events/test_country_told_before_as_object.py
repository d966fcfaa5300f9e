"""A bare `земјата` right after a verb trigger is the state told last before it (`Известувачот за Албанија
… ја пофали земјата`), not a name further on in the sentence; never the actor's own state. On sentences
written for these tests, through the whole pipeline.
"""
from __future__ import annotations

from tests.events.helpers import pipeline_events


def test_the_country_praised_is_the_state_told_before():
    found = pipeline_events("Известувачот на Европскиот парламент за Албанија, Ханс Мајер, вчера ја пофали земјата "
                            "за реформите во судството на ЕУ.")
    assert found == [("SUPPORT", ["EUR"], ["ALB"])]


def test_the_actors_own_country_is_no_recipient():
    # negative twin: the premier praises his own country
    found = pipeline_events("Албанскиот премиер Еди Рама вчера ја пофали земјата за реформите во судството на ЕУ.")
    assert [r for _, _, rs in found for r in rs if r == "ALB"] == []
