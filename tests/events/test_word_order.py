"""Events told in other word orders, warnings and visits: sentences written for these tests."""
from __future__ import annotations

from tests.events.helpers import SERBIA, Ent, codes, coded, only

EU = Ent(("ЕУ",), "ORG", "EUR", "IGO")


def test_a_warning_that_announces_a_refusal_threatens_the_one_warned():
    doc = coded("ЕУ ја предупреди Србија дека нема да ја поддржи нејзината кандидатура ако не ги спроведе реформите.",
                [EU, SERBIA])
    ev = only(doc, "THREATEN")
    assert codes(doc, ev.actor) == [("EUR", "IGO")] and codes(doc, ev.recipient) == [("SRB", None)]
    assert not [e for e in doc.events if e.type in ("SUPPORT", "REJECT")]


def test_a_warning_of_sanctions_threatens_the_one_warned_not_a_name_in_its_content():
    doc = coded("Вашингтон ја предупреди Москва дека ќе воведе нови санкции против Иран.",
                [Ent(("Вашингтон",), country="USA"), Ent(("Москва",), country="RUS"), Ent(("Иран",), country="IRN")])
    ev = only(doc, "THREATEN")
    assert codes(doc, ev.actor) == [("USA", None)] and codes(doc, ev.recipient) == [("RUS", None)]


def test_an_object_fronted_before_its_clitic_leaves_the_subject_after_the_verb():
    doc = coded("Барањето на Приштина го отфрли Белград.",
                [Ent(("Приштина",), country="KOS"), Ent(("Белград",), country="SRB")])
    ev = only(doc, "REJECT")
    assert codes(doc, ev.actor) == [("SRB", None)] and codes(doc, ev.recipient) == [("KOS", None)]


def test_a_fronted_agreement_is_ratified_by_the_parliament_after_the_verb():
    doc = coded("Договорот со Грција го ратификуваше Собранието на Македонија.",
                [Ent(("Грција",), country="GRC"), Ent(("Собранието на Македонија",), "ORG", "MKD", "LEG")])
    ev = only(doc, "SUPPORT")
    assert codes(doc, ev.actor) == [("MKD", "LEG")]


def test_a_noun_of_the_act_opening_the_sentence_has_the_subject_after_its_light_verb():
    doc = coded("Протестна нота до Хрватска упати Министерството за надворешни работи на Србија.",
                [Ent(("Хрватска",), country="HRV"), Ent(("Министерството за надворешни работи на Србија",), "ORG", "SRB", "GOV")])
    ev = only(doc, "ACCUSE")
    assert codes(doc, ev.actor) == [("SRB", "GOV")] and codes(doc, ev.recipient) == [("HRV", None)]


def test_sanctions_told_before_their_verb_are_imposed_by_the_name_after_it():
    doc = coded("Нови санкции против Иран воведе ЕУ.", [EU, Ent(("Иран",), country="IRN")])
    ev = only(doc, "SANCTION")
    assert codes(doc, ev.actor) == [("EUR", "IGO")] and codes(doc, ev.recipient) == [("IRN", None)]


def test_a_name_in_a_phrase_of_cause_is_no_recipient_of_a_mobilisation():
    doc = coded("Полска ги крена своите борбени авиони поради руските напади врз Украина.",
                [Ent(("Полска",), country="POL"), Ent(("руските",), country="RUS", kind="demonym"),
                 Ent(("Украина",), country="UKR")])
    ev = only(doc, "MOBILIZE")
    assert codes(doc, ev.actor) == [("POL", None)] and ev.recipient == []


def test_an_unnamed_collective_coordinated_with_the_subject_acts_with_it():
    doc = coded("Владата на Србија и опозицијата постигнаа договор за изборниот закон.", [SERBIA])
    ev = only(doc, "AGREE")
    assert sorted(codes(doc, ev.actor)) == [("SRB", "GOV"), ("SRB", "PTY")]


def test_an_unnamed_collective_opening_the_clause_before_the_named_subject_acts_with_it():
    government = Ent(("Владата",), "ORG", "MKD", "GOV")
    doc = coded("Синдикатите и Владата потпишаа колективен договор.", [government])
    assert codes(doc, only(doc, "SUPPORT").actor) == [("MKD", "GOV"), ("MKD", "LAB")]
    # a possessive before the collective leaves it no one's own actor (`нивните сојузници`)
    allies = coded("Нивните сојузници и Украина потпишаа договор.", [Ent(("Украина",), country="UKR")])
    assert only(allies, "SUPPORT").actor == ["E1"]


def test_forces_put_on_alert_are_what_is_moved_not_a_recipient():
    doc = coded("Романија ги стави своите сили во состојба на приправност поради нападите со дронови.",
                [Ent(("Романија",), country="ROU")])
    ev = only(doc, "MOBILIZE")
    assert codes(doc, ev.actor) == [("ROU", None)] and ev.recipient == []


def test_aid_announced_by_a_verb_after_its_noun_is_a_promise():
    doc = coded("Нова воена помош за Украина најави Канада.", [Ent(("Украина",), country="UKR"), Ent(("Канада",), country="CAN")])
    ev = only(doc, "AGREE")
    assert codes(doc, ev.actor) == [("CAN", None)] and codes(doc, ev.recipient) == [("UKR", None)]


def test_sanctions_told_before_a_future_verb_are_announced():
    doc = coded("Санкции против Иран ќе воведе ЕУ.", [EU, Ent(("Иран",), country="IRN")])
    assert [(e.type, e.status) for e in doc.events] == [("SANCTION", "future")]


def test_a_plural_verb_after_one_person_and_a_singular_clitic_has_its_subject_after_it():
    doc = coded("Мадуро го уапсија американските сили.",
                [Ent(("Мадуро",), "PER", "VEN", "GOV"), Ent(("американските сили",), "ORG", "USA", "MIL")])
    ev = only(doc, "COERCE")
    assert codes(doc, ev.actor) == [("USA", "MIL")] and codes(doc, ev.recipient) == [("VEN", "GOV")]


def test_a_host_receiving_a_guest_is_the_recipient_of_the_visit():
    doc = coded("Мицкоски го прими унгарскиот премиер Орбан.",
                [Ent(("Мицкоски",), "PER", "MKD", "GOV"), Ent(("Орбан",), "PER", "HUN", "GOV")])
    ev = only(doc, "CONSULT")
    assert codes(doc, ev.actor) == [("HUN", "GOV")] and codes(doc, ev.recipient) == [("MKD", "GOV")]


def test_a_warning_that_something_will_not_be_allowed_threatens_the_one_warned():
    doc = coded("Анкара ја предупреди Атина дека нема да дозволи промена на границите.",
                [Ent(("Анкара",), country="TUR"), Ent(("Атина",), country="GRC")])
    ev = only(doc, "THREATEN")
    assert codes(doc, ev.actor) == [("TUR", None)] and codes(doc, ev.recipient) == [("GRC", None)]
    assert not [e for e in doc.events if e.type == "REJECT"]


def test_a_name_a_slot_finds_past_a_word_of_cause_is_no_recipient():
    doc = coded("Литванија ги стави своите војници во приправност поради вежбите на Белорусија.",
                [Ent(("Литванија",), country="LTU"), Ent(("Белорусија",), country="BLR")])
    ev = only(doc, "MOBILIZE")
    assert codes(doc, ev.actor) == [("LTU", None)] and ev.recipient == []


def test_members_of_states_after_a_plural_verb_are_its_subject():
    doc = coded("Путин го посетија лидерите на Словачка и Унгарија.",
                [Ent(("Путин",), "PER", "RUS", "GOV"), Ent(("Словачка",), country="SVK"), Ent(("Унгарија",), country="HUN")])
    ev = only(doc, "CONSULT")
    assert sorted(codes(doc, ev.actor)) == [("HUN", None), ("SVK", None)] and codes(doc, ev.recipient) == [("RUS", "GOV")]


def test_fronted_sanctions_before_their_clitic_are_imposed_by_the_name_after_the_verb():
    doc = coded("Санкциите против Иран ги воведе ЕУ.", [EU, Ent(("Иран",), country="IRN")])
    ev = only(doc, "SANCTION")
    assert codes(doc, ev.actor) == [("EUR", "IGO")] and codes(doc, ev.recipient) == [("IRN", None)]


def test_a_fronted_award_is_given_by_the_name_after_the_verb():
    # an award is praise (SUPPORT), in either order of its words
    doc = coded("Наградата ја додели претседателката Силјановска на амбасадорот Смит.",
                [Ent(("Силјановска",), "PER", "MKD", "GOV"), Ent(("Смит",), "PER", "USA", "GOV")])
    assert not [e for e in doc.events if e.type == "AID"]
    ev = only(doc, "SUPPORT")
    assert codes(doc, ev.actor) == [("MKD", "GOV")] and codes(doc, ev.recipient) == [("USA", "GOV")]


def test_two_meetings_of_one_actor_told_in_one_sentence_on_different_days_are_two_events():
    doc = coded("Министерот Тошковски во понеделникот се сретна со Кос, а минатата недела разговараше со Орбан.",
                [Ent(("Тошковски",), "PER", "MKD", "GOV"), Ent(("Кос",), "PER", "EUR", "IGO"), Ent(("Орбан",), "PER", "HUN", "GOV")])
    meetings = [e for e in doc.events if e.type == "CONSULT"]
    assert len(meetings) == 2 and meetings[0].date != meetings[1].date
    assert any(codes(doc, e.recipient) == [("HUN", "GOV")] for e in meetings)


def test_the_noun_of_an_opening_verbal_adverb_is_the_main_clause_subjects_act():
    doc = coded("Изразувајќи поддршка за Молдавија, Макрон рече дека Франција ќе испрати нова помош.",
                [Ent(("Молдавија",), country="MDA"), Ent(("Макрон",), "PER", "FRA", "GOV"), Ent(("Франција",), country="FRA")])
    ev = only(doc, "SUPPORT")
    assert (codes(doc, ev.actor), codes(doc, ev.recipient)) == ([("FRA", "GOV")], [("MDA", None)])
