"""Curfews introduced, a role's holder set off by commas, Arabic men's names ending in -а and
subject relatives (invented sentences)."""
from tests.events.helpers import Ent, codes, coded, only

GENERAL = Ent(("Омар Дарфо",), "PER", "NER", "GOV")
TOWN = Ent(("Агадез",), country="NER")


def test_a_curfew_introduced_is_coerce_of_who_introduced_it():
    for text in ("Преодниот претседател, генерал Омар Дарфо, вчера воведе ноќен полициски час во Агадез.",
                 "Генерал Омар Дарфо воведе ноќен полициски час во Агадез."):
        ev = only(coded(text, [GENERAL, TOWN]), "COERCE")
        assert ev.mode == "curfew" and len(ev.actor) == 1


def test_a_holder_set_off_by_commas_after_a_bare_role_is_no_second_actor():
    doc = coded("Претседателот, генерал Омар Дарфо, ја обвини Франција за мешање.",
                [GENERAL, Ent(("Франција",), country="FRA")])
    assert codes(doc, only(doc, "ACCUSE").actor) == [("NER", "GOV")]


def test_a_man_named_yahya_is_he():
    doc = coded("Портпаролот на бунтовниците, Јахја Карими, изјави дека бродот потонал. "
                "Тој се закани дека ќе продолжат со нападите врз Израел.",
                [Ent(("Јахја Карими",), "PER", "YEM", "REB"), Ent(("Израел",), country="ISR")])
    assert codes(doc, only(doc, "THREATEN").actor) == [("YEM", "REB")]


def test_the_subject_of_a_relative_clause_is_its_antecedent_not_the_person_before():
    doc = coded("Генерал Омар Дарфо вчера воведе полициски час во Агадез. "
                "Полицијата уапсила дваесетина млади кои протестирале пред пумпите.", [GENERAL, TOWN])
    protest = only(doc, "PROTEST")
    assert codes(doc, protest.actor) != [("NER", "GOV")]
    # (a curfew is decreed, no scene: the arrests told after it keep the publication date)
    assert protest.date == "2024-05-10"
    assert [e.date for e in doc.events if e.trigger.text == "уапсила"] == ["2024-05-10"]


def test_a_demonym_role_set_off_by_commas_after_a_person_is_his_role_not_a_second_actor():
    # `Хуан Мендоза, боливискиот претставник во Хаг,`: the apposition tells who the named man is
    for text, state, country in (
            ("Поранешниот претседател Хуан Мендоза, боливискиот претставник во Хаг, ја отфрли идејата на Чиле.",
             Ent(("Чиле",), country="CHL"), "BOL"),
            ("Дипломатот Сок Пхала, камбоџанскиот амбасадор во Женева, ја отфрли одлуката на Тајланд.",
             Ent(("Тајланд",), country="THA"), "KHM"),
            ("Генералот Џон Мукаса, угандскиот министер за одбрана, го отфрли барањето на Кенија.",
             Ent(("Кенија",), country="KEN"), "UGA")):
        person = Ent((text.split(",")[0].split(" ", 1)[1],), "PER", country, "GOV")
        demonym = Ent((text.split(", ")[1].split(" ")[0],), country=country, kind="demonym")
        doc = coded(text, [person, demonym, state])
        assert codes(doc, only(doc, "REJECT").actor) == [(country, "GOV")]


def test_a_demonym_role_after_a_person_and_a_verb_is_still_an_actor_of_its_own():
    # negative twin: no comma before the demonym, so it opens a phrase of its own (`и угандскиот министер`)
    doc = coded("Генералот Џон Мукаса и угандскиот министер за одбрана го отфрлија барањето на Кенија.",
                [Ent(("Џон Мукаса",), "PER", "UGA", "MIL"), Ent(("угандскиот",), country="UGA", kind="demonym"),
                 Ent(("Кенија",), country="KEN")])
    assert len(only(doc, "REJECT").actor) == 2
