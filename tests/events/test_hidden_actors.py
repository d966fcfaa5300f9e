"""Actors told outside the slots a trigger's words give: an authority's `на`, a possessive
pronoun, a pronoun after an opening adverbial (invented sentences)."""
from tests.events.helpers import GREECE, SERBIA, Ent, coded, only

FBI = Ent(("ФБИ",), type="ORG", country="USA", sector="COP")
SENATOR = Ent(("Џон Смит",), type="PER", country="USA", sector="LEG")
MAYOR = Ent(("Петар Петров",), type="PER", country="MKD", sector="GOV")


def test_an_authority_after_на_with_a_target_after_it_does_the_inquiry():
    doc = coded("Истрагата на ФБИ против сенаторот Џон Смит ќе трае уште еден месец.", [FBI, SENATOR])
    inquiry = only(doc, "ACCUSE")
    assert (inquiry.actor, inquiry.recipient) == (["E1"], ["E2"])


def test_a_person_after_на_is_whom_the_arrest_hits_not_its_actor():
    doc = coded("Апсењето на градоначалникот Петар Петров за злоупотреба предизвика реакции.", [MAYOR])
    assert not [e for e in doc.events if e.type == "COERCE" and e.actor == ["E1"]]


def test_an_authority_after_на_with_no_target_is_an_inquiry_only_wanted():
    doc = coded("Сенаторот рече дека ни треба истрага на ФБИ.", [FBI])
    assert not [e for e in doc.events if e.type == "ACCUSE" and e.actor == ["E1"]]


MERZ = Ent(("Мерц",), type="PER", country="DEU", sector="GOV")
MACRON = Ent(("Макрон",), type="PER", country="FRA", sector="GOV")
POLAND = Ent(("Полска",), country="POL")
EU = Ent(("ЕУ",), type="ORG", country="EUR", sector="IGO")


def test_a_plural_possessive_opening_the_sentence_gives_the_act_to_those_named_together_before():
    doc = coded("Мерц и Макрон ја потпишаа декларацијата. Нивниот заеднички повик до ЕУ е да се зголемат буџетите.",
                [MERZ, MACRON, EU])
    assert set(only(doc, "REQUEST").actor) == {"E1", "E2"}


def test_a_singular_possessive_opening_the_sentence_gives_the_act_to_the_person_before():
    doc = coded("Макрон потоа замина за Варшава. Неговата посета на Полска ќе трае два дена.", [MACRON, POLAND])
    visit = only(doc, "CONSULT")
    assert (visit.actor, visit.recipient) == (["E1"], ["E2"])


MICKOSKI = Ent(("Мицкоски",), type="PER", country="MKD", sector="GOV")
VUCIC = Ent(("Вучиќ",), type="PER", country="SRB", sector="GOV")
RAMA = Ent(("Рама",), type="PER", country="ALB", sector="GOV")


def test_a_pronoun_subject_gives_a_noun_trigger_of_its_clause_the_person_before():
    doc = coded("Мицкоски го пофали Рама. Тој поминал многу часови во разговори со Вучиќ.", [MICKOSKI, VUCIC, RAMA])
    assert set(only(doc, "CONSULT").actor) | set(only(doc, "CONSULT").recipient) == {"E1", "E2"}


def test_a_pronoun_subject_after_an_opening_date_is_the_person_before():
    doc = coded("Мицкоски се сретна со Рама во Тирана. Во вторникот тој разговараше и со Вучиќ.", [MICKOSKI, VUCIC, RAMA])
    talks = [e for e in doc.events if e.type == "CONSULT" and "E2" in e.actor + e.recipient]
    assert len(talks) == 1 and "E1" in talks[0].actor + talks[0].recipient


def test_an_earlier_meeting_of_the_same_pair_is_another_meeting():
    doc = coded("Мицкоски и Вучиќ се сретнаа во Белград. Нивната претходна средба беше во Охрид во ноември.",
                [MICKOSKI, VUCIC], published="2026-01-22")
    assert sorted(e.date for e in doc.events if e.type == "CONSULT") == ["2025-11", "2026-01-22"]


def test_a_pronoun_in_a_clause_before_a_comma_is_no_subject_of_a_noun_after_it():
    doc = coded("Мицкоски го пофали Рама. Бидејќи тој не е тука, ќе ја почнеме средбата со Вучиќ.", [MICKOSKI, VUCIC, RAMA])
    assert not [e for e in doc.events if e.type == "CONSULT" and "E1" in e.actor + e.recipient]


def test_a_first_person_verb_outside_quotes_after_a_quote_is_its_speakers():
    doc = coded("„Разговаравме за патот“, рече Мицкоски.\nЈа повикав Србија да ги отвори границите.", [MICKOSKI, SERBIA],
                quotes=True)
    call = only(doc, "REQUEST")
    assert (call.actor, call.recipient) == (["E1"], ["E2"])


def test_a_dative_clitic_of_a_call_told_by_the_speaker_is_the_man_the_sentence_before_names():
    doc = coded("„Вучиќ е во право“, рече Мицкоски.\nМу се јавив откако излезе веста.", [MICKOSKI, VUCIC], quotes=True)
    call = [e for e in doc.events if e.trigger.text.startswith("Му")]
    assert len(call) == 1 and (call[0].actor, call[0].recipient) == (["E1"], ["E2"])


def test_an_authority_after_на_before_an_unnamed_target_does_the_inquiry():
    doc = coded("Истрагата на ФБИ против мрежата на шверцери е проширена.", [FBI])
    assert only(doc, "ACCUSE").actor == ["E1"]


def test_an_act_after_an_earlier_meeting_of_the_pair_keeps_the_days_date():
    doc = coded("Мицкоски и Вучиќ разговараа во Белград. Нивниот претходен состанок беше во Охрид во декември 2023 година. "
                "Двајцата се договорија да го продолжат дијалогот.", [MICKOSKI, VUCIC], published="2026-03-16")
    assert only(doc, "AGREE").date == "2026-03-16"


def test_истиот_alone_before_the_verb_is_the_person_before_but_not_before_a_noun():
    alone = coded("Мицкоски допатува во Тирана. Истиот го критикуваше Рама.", [MICKOSKI, RAMA])
    assert (only(alone, "ACCUSE").actor, only(alone, "ACCUSE").recipient) == (["E1"], ["E2"])
    noun = coded("Мицкоски допатува во Тирана. Истиот извештај го критикуваше Рама.", [MICKOSKI, RAMA])
    assert not [e for e in noun.events if e.type == "ACCUSE" and e.actor == ["E1"]]


def test_a_speakers_first_person_invitation_is_an_act():
    doc = coded("„Ја поканив Србија на самитот во Скопје“, рече Мицкоски.", [MICKOSKI, SERBIA], quotes=True)
    invitation = only(doc, "AGREE")
    assert (invitation.actor, invitation.recipient) == (["E1"], ["E2"])


# two leaders who met, and a mediator who speaks of them afterwards
PAIR_AND_MEDIATOR = [Ent(("Ана Петрова",), "PER", "SRB", "GOV"), Ent(("Иван Марку",), "PER", "KOS", "GOV"),
                     Ent(("Хелга Берг",), "PER", "EUR", "IGO")]


def test_the_pair_told_to_have_agreed_is_the_pair_named_before_not_the_speaker():
    doc = coded("Ана Петрова и Иван Марку разговараа во Брисел. "
                "Хелга Берг изјави дека двете страни се согласиле да формираат комисија.", PAIR_AND_MEDIATOR)
    assert sorted(only(doc, "AGREE").actor) == ["E1", "E2"]


def test_the_two_leaders_called_on_are_the_pair_named_before():
    doc = coded("Ана Петрова и Иван Марку разговараа во Брисел. "
                "Хелга Берг ги повика двајцата лидери да ги спроведат договорите.", PAIR_AND_MEDIATOR)
    assert sorted(only(doc, "REQUEST").recipient) == ["E1", "E2"]


def test_a_relative_clause_under_a_preposition_is_the_subject_s_act_toward_the_name_before():
    # `со кои потпиша`: the pronoun is governed by `со`, no subject; the minister signs with the colleagues
    doc = coded("Министерот Петар Илиевски имаше средби со своите колеги од Србија и Грција, со кои потпиша "
                "меморандум за заедничко патролирање.",
                [Ent(("Петар Илиевски",), "PER", "MKD", "GOV"), SERBIA, GREECE])
    ev = only(doc, "SUPPORT")
    assert ev.actor == ["E1"] and set(ev.recipient) == {"E2", "E3"}
