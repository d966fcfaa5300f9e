"""A subject pronoun that stands for the person of the sentence before even when a date of several words
follows it (`Тој минатата недела …`), when a source phrase opens its sentence (`Според изворите, таа …`), and
when that person was named after the role of a body (`Командантот на мисијата, генерал Х, изјави …`)
(sentences written for these tests)."""
from __future__ import annotations

from tests.events.helpers import GREECE, SERBIA, Ent, coded, events_of

PETROV = Ent(("Никола Петров", "Петров"), "PER", "MKD", "GOV")
MARKOVA = Ent(("Ана Маркова", "Маркова"), "PER", "MKD", "GOV")
MISSION = Ent(("ЕУФОР",), "ORG", "IGO", "MIL")
RINALDI = Ent(("Марко Риналди",), "PER", "ITA", "MIL")



def test_a_pronoun_before_a_date_of_several_words_is_the_person_before():
    for text in ("Министерот Никола Петров вчера зборуваше за буџетот. Тој минатата недела ја критикуваше Србија.",
                 "Министерот Никола Петров вчера зборуваше за буџетот. Тој пред два дена ја критикуваше Србија.",
                 "Министерот Никола Петров вчера зборуваше за буџетот. Тој оваа недела ја критикуваше Србија."):
        accusations = events_of(coded(text, [PETROV, SERBIA]), "ACCUSE")
        assert [e.actor for e in accusations] == [["E1"]], text


def test_a_pronoun_before_a_date_after_a_sentence_naming_no_person_stays_without_actor():
    doc = coded("Законот стапи на сила вчера. Тој минатата недела ја критикуваше Србија.", [SERBIA])
    assert not events_of(doc, "ACCUSE")


def test_a_pronoun_after_an_opening_source_phrase_is_the_person_before():
    for text in ("Министерката Ана Маркова вчера зборуваше за преговорите. Според дипломатски извори, таа ќе побара "
                 "од Србија да најде компромис.",
                 "Министерката Ана Маркова вчера зборуваше за преговорите. Според медиумите, таа побарала од Србија "
                 "да најде компромис.",
                 "Министерката Ана Маркова вчера зборуваше за преговорите. Согласно изјавата, таа ќе побара од Србија "
                 "да најде компромис."):
        requests = events_of(coded(text, [MARKOVA, SERBIA]), "REQUEST")
        assert [e.actor for e in requests] == [["E1"]], text


def test_a_pronoun_after_an_opening_source_phrase_with_no_person_before_stays_without_actor():
    doc = coded("Владата вчера ја усвои одлуката. Според медиумите, таа ќе побара од Србија да најде компромис.", [SERBIA])
    assert not events_of(doc, "REQUEST")


def test_a_pronoun_is_the_person_named_after_the_role_of_a_body():
    for text in ("Командантот на ЕУФОР, генерал Марко Риналди, изјави дека ситуацијата е мирна. Тој ја повика Србија "
                 "на воздржаност.",
                 "Командантот на ЕУФОР, Марко Риналди, вчера зборуваше за безбедноста. Тој ја повика Србија на "
                 "воздржаност."):
        requests = events_of(coded(text, [MISSION, RINALDI, SERBIA]), "REQUEST")
        assert [e.actor for e in requests] == [["E2"]], text


def test_a_pronoun_after_a_sentence_naming_a_body_and_no_person_stays_without_actor():
    doc = coded("Мисијата на ЕУФОР вчера ги засили патролите кон Грција. Тој ја повика Србија на воздржаност.",
                [MISSION, GREECE, SERBIA])
    assert not [e for e in events_of(doc, "REQUEST") if e.actor]


def test_a_pronoun_after_an_opening_adverbial_phrase_is_the_person_before():
    for text in ("Министерот Никола Петров вчера пристигна во Атина. Патувајќи со воен авион, тој ја посети Грција.",
                 "Министерот Никола Петров вчера пристигна во Атина. По долгиот разговор со новинарите, тој ја посети Грција.",
                 "Министерот Никола Петров вчера пристигна во Атина. Но, со завршувањето на конференцијата минатиот "
                 "понеделник тој ја посети Грција."):
        visits = events_of(coded(text, [PETROV, GREECE]), "CONSULT")
        assert [e.actor for e in visits] == [["E1"]], text


def test_a_pronoun_after_an_opening_adverbial_phrase_with_no_person_before_stays_without_actor():
    doc = coded("Законот стапи на сила вчера. Патувајќи со воен авион, тој ја посети Грција.", [GREECE])
    assert not [e for e in events_of(doc, "CONSULT") if e.actor]


def test_a_determiner_after_a_preposition_in_an_opening_phrase_is_no_subject():
    doc = coded("Министерот Никола Петров вчера пристигна во Атина. Во тој период ја посети Грција делегација на Србија.",
                [PETROV, GREECE, SERBIA])
    assert [e.actor for e in events_of(doc, "CONSULT")] != [["E1"]]


def test_a_resignation_after_an_intention_noun_is_announced():
    doc = coded("Министерот Никола Петров вчера пристигна во Владата. Тој отиде кај премиерот со намера да даде оставка.",
                [PETROV])
    assert [e.actor for e in events_of(doc, "CONCEDE")] == [["E1"]] and not events_of(doc, "RETREAT")
    doc = coded("Министерот Никола Петров вчера пристигна во Владата. Тој отиде кај премиерот и даде оставка.", [PETROV])
    assert [e.actor for e in events_of(doc, "RETREAT")] == [["E1"]] and not events_of(doc, "CONCEDE")
