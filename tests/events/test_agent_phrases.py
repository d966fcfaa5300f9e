"""An agent's word sequence (`од страна на X`) after a passive told with its auxiliary names the act's doer, before an
actor carried over from the clause before (invented sentences); not after an active verb, whose doer is its subject and
after which the phrase tells whose a thing is (`ја услови со мерки од страна на …`)."""
from tests.events.helpers import pipeline_events

CHOIR = "Членовите на норвешкото кралско семејство го слушаа концертот на хорот, на кој му беше доделена титулата амбасадор на мирот"


def test_the_agent_phrase_after_a_passive_names_the_doer():
    events = pipeline_events(CHOIR + " од страна на Советот на Европа во 2010 година.")
    assert [actors for kind, actors, _ in events if kind == "SUPPORT"] == [["IGO"]]


def test_without_the_agent_phrase_the_actor_is_carried_over():
    events = pipeline_events(CHOIR + " во 2010 година.")
    assert [actors for kind, actors, _ in events if kind == "SUPPORT"] == [["NOR"]]


def test_the_agent_phrase_after_an_active_verb_is_no_doer_of_it():
    events = pipeline_events("Српскиот премиер Иван Марковиќ го прими грчкиот министер. Тој изјави дека Србија е подготвена да "
                             "ја отвори границата, но понудата ја услови со „соодветни мерки“ од страна на Брисел.")
    assert [actors for kind, actors, _ in events if kind == "REQUEST"] == [["SRB"]]
