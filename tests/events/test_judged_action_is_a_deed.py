"""An action judged (`ја бранеше акцијата`, `ја пофали акцијата`) is a deed told before (a raid, a strike, a relief
drive), not the protest said about it since: its doers are the recipient (invented sentences)."""
import pytest

from tests.events.helpers import pipeline_events


@pytest.mark.parametrize("text, expected", [
    ("Американските имиграциски власти вчера извршија рација во фабриката на Хјундаи и приведоа стотици Јужнокорејци. "
     "Јужнокорејското Министерство за надворешни работи изрази загриженост и побара од американските власти да ги почитуваат"
     " правата. Претседателот Доналд Трамп ја бранеше акцијата.", ("SUPPORT", ["USA"], ["USA"])),
    ("Српската полиција вчера уапси шестмина хрватски државјани на границата. Хрватското Министерство за надворешни работи"
     " протестираше кај српскиот амбасадор. Српскиот премиер ја пофали акцијата.", ("SUPPORT", ["SRB"], ["SRB"])),
])
def test_a_judged_action_is_the_deed_before(text, expected):
    assert expected in pipeline_events(text)
