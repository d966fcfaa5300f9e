"""Recipients the coder left empty on the session's blind sets: a dative clitic before a `на` phrase that names what
the act is for, the two sides of one state's dispute or agreement, an act noun bare after its adjective, the signing
of an agreement welcomed; every sentence here is invented."""
from __future__ import annotations

from tests.events.helpers import Ent, coded, only

MACRON = Ent(("Емануел Макрон",), "PER", "FRA", "GOV")
SANCHEZ = Ent(("Педро Санчез",), "PER", "ESP", "GOV")
MELONI = Ent(("Џорџа Мелони",), "PER", "ITA", "GOV")
RUTTE = Ent(("Марк Руте",), "PER", "NLD", "GOV")
LEYEN = Ent(("Урсула фон дер Лајен",), "PER", "EUR", "IGO")
PETROV = Ent(("Петар Петров",), "PER", "BGR", "PTY")
IVANOV = Ent(("Иван Иванов",), "PER", "BGR", "GOV")
ENVOY = Ent(("Ана Лунд",), "PER", "EUR", "IGO")
BLINKEN = Ent(("Ентони Блинкен",), "PER", "USA", "GOV")
ARMY = Ent(("Руската војска",), "ORG", "RUS", "MIL")
SCHOLZ = Ent(("Олаф Шолц",), "PER", "DEU", "GOV")


def test_a_dative_clitic_before_a_thing_of_another_gender_points_back_to_the_man_named():
    for sentence in ("Емануел Макрон телефонски разговараше со Педро Санчез и му честиташе на изборната победа.",
                     "Емануел Макрон телефонски разговараше со Педро Санчез и му честиташе на победата."):
        ev = only(coded(sentence, [MACRON, SANCHEZ]), "SUPPORT")
        assert ev.actor == ["E1"] and ev.recipient == ["E2"] and "recipient:clitic" in ev.rule, sentence
    ev = only(coded("Џорџа Мелони се сретна со Марк Руте и му се заблагодари на поддршката.", [MELONI, RUTTE]), "SUPPORT")
    assert ev.recipient == ["E2"]


def test_a_dative_clitic_doubling_a_name_after_it_keeps_that_name():
    ev = only(coded("Емануел Макрон ѝ честиташе на Урсула фон дер Лајен.", [MACRON, LEYEN]), "SUPPORT")
    assert ev.recipient == ["E2"] and "recipient:clitic" not in ev.rule


def test_the_two_sides_praised_or_called_on_are_those_of_one_states_dispute_or_agreement_just_told():
    for first, second, kind in (
            ("Петар Петров и Иван Иванов вчера се договорија за нов изборен закон.", "Ана Лунд ги пофали двете страни.", "SUPPORT"),
            ("Петар Петров го обвини Иван Иванов за корупција.", "Ана Лунд ги повика двата табора на дијалог.", "REQUEST")):
        doc = coded(f"{first} {second}", [PETROV, IVANOV, ENVOY])
        ev = next(e for e in doc.events if e.type == kind and e.actor == ["E3"])
        assert sorted(ev.recipient) == ["E1", "E2"] and "recipient:pair" in ev.rule, second


def test_the_two_sides_are_not_looked_for_beyond_two_sentences():
    doc = coded("Петар Петров и Иван Иванов вчера се договорија за нов изборен закон. Изборите ќе бидат во март. "
                "Кампањата почнува во февруари. Натпреварот ќе биде тежок. Ана Лунд ги пофали двете страни.",
                [PETROV, IVANOV, ENVOY])
    assert not next(e for e in doc.events if e.type == "SUPPORT" and e.actor == ["E3"]).recipient


def test_an_act_noun_bare_after_its_adjective_is_the_judged_act():
    for sentence in ("Руската војска изврши ракетни напади врз Харков. Олаф Шолц ги осуди безобзирните напади.",
                     "Руската војска уби 20 цивили во Харков. Олаф Шолц ги осуди „бруталните убиства“."):
        doc = coded(sentence, [ARMY, SCHOLZ, Ent(("Харков",), country="UKR")])
        ev = only(doc, "ACCUSE")
        assert ev.actor == ["E2"] and ev.recipient == ["E1"] and "recipient:judged_act" in ev.rule, sentence


def test_the_signing_welcomed_is_aimed_at_the_signers():
    doc = coded("Петар Петров и Иван Иванов вчера потпишаа договор за соработка. Ентони Блинкен го поздрави потпишувањето.",
                [PETROV, IVANOV, BLINKEN])
    ev = next(e for e in doc.events if e.type == "SUPPORT" and e.actor == ["E3"])
    assert sorted(ev.recipient) == ["E1", "E2"] and "recipient:agreement_parties" in ev.rule


CHINA = Ent(("Кина",), country="CHN")
XI = Ent(("Си Џинпинг",), "PER", "CHN", "GOV")
WASHINGTON = Ent(("Вашингтон",), country="USA")
NETANYAHU = Ent(("Бенјамин Нетанјаху",), "PER", "ISR", "GOV")
TRUMP = Ent(("Трамп",), "PER", "USA", "GOV")
SAUDI = Ent(("Саудиска Арабија",), country="SAU")
GERMANY = Ent(("Германија",), country="DEU")
HUNGARY = Ent(("Унгарија",), country="HUN")
FRANCE = Ent(("Франција",), country="FRA")


def test_a_call_after_its_callers_praise_or_condemnation_in_the_sentence_is_aimed_alike():
    for sentence in ("Руската војска уби 20 цивили во Харков. Олаф Шолц ги осуди убиствата и побара одговорност за нив.",
                     "Руската војска уби 20 цивили во Харков. Олаф Шолц го осуди нападот и побара независна истрага."):
        ev = only(coded(sentence, [ARMY, SCHOLZ, Ent(("Харков",), country="UKR")]), "REQUEST")
        assert ev.recipient == ["E1"] and "recipient:act_before" in ev.rule, sentence
    doc = coded("Петар Петров и Иван Иванов вчера се договорија за нов изборен закон. "
                "Ана Лунд ги пофали двете страни и ги повика целосно да го спроведат договореното.", [PETROV, IVANOV, ENVOY])
    ev = only(doc, "REQUEST")
    assert sorted(ev.recipient) == ["E1", "E2"] and "recipient:act_before" in ev.rule


def test_a_leaders_denial_of_his_states_act_named_by_its_demonym_answers_the_accusation_against_the_state():
    doc = coded("Вашингтон ја обвини Кина за кибернапади врз американски банки. Си Џинпинг негираше какво било кинеско учество.",
                [WASHINGTON, CHINA, XI, Ent(("кинеско",), country="CHN", kind="demonym")])
    ev = only(doc, "REJECT")
    assert ev.actor == ["E3"] and ev.recipient == ["E1"] and "recipient:accuser" in ev.rule


def test_a_leaders_bare_denial_answers_no_accusation_against_his_state():
    doc = coded("Вашингтон ја обвини Кина за кибернапади. Си Џинпинг негираше дека бил вмешан.", [WASHINGTON, CHINA, XI])
    assert not [e for e in doc.events if e.type == "REJECT" and e.recipient]


def test_a_reaction_told_as_also_coming_from_another_is_aimed_like_the_one_it_joins():
    doc = coded("Бенјамин Нетанјаху ја поздрави одлуката на Трамп, а поддршка стигна и од Саудиска Арабија.",
                [NETANYAHU, TRUMP, SAUDI])
    ev = next(e for e in doc.events if e.type == "SUPPORT" and e.actor == ["E3"])
    assert ev.recipient == ["E2"] and "recipient:joined_reaction" in ev.rule
    doc = coded("Германија ја критикуваше Унгарија за ветото, а критики дојдоа и од Франција.", [GERMANY, HUNGARY, FRANCE])
    ev = next(e for e in doc.events if e.type == "ACCUSE" and e.actor == ["E3"])
    assert ev.recipient == ["E2"]


BERISHA = Ent(("Сали Бериша",), "PER", "ALB", "GOV")
RAMA = Ent(("Еди Рама",), "PER", "ALB", "PTY")


def test_an_offer_rejected_in_the_sentence_that_told_it_is_aimed_at_its_subject_named_before():
    for sentence in ("Сали Бериша на средбата понудил формирање анкетна комисија, но Еди Рама го отфрлил предлогот.",
                     "Сали Бериша предложи нов изборен закон, а Еди Рама веднаш ја отфрли иницијативата."):
        ev = only(coded(sentence, [BERISHA, RAMA]), "REJECT")
        assert ev.actor == ["E2"] and ev.recipient == ["E1"], sentence


def test_the_judges_own_sentence_gives_no_subject_named_after_the_judgement():
    doc = coded("Еди Рама го отфрли предлогот на средбата со Сали Бериша.", [RAMA, BERISHA])
    assert not [e for e in doc.events if e.type == "REJECT" and "recipient:judged_act" in e.rule]
