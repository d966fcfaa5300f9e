"""The person a singular subject pronoun stands for when the sentence before told of a plural group, or
named the person again only outside the subject, and when a source phrase opens its sentence (invented sentences)."""
from tests.events.helpers import VUCIC, Ent, coded

MICKOSKI = Ent(("Мицкоски",), type="PER", country="MKD", sector="GOV")
RAMA = Ent(("Рама",), type="PER", country="ALB", sector="GOV")


def talks_of(doc, ident: str) -> list:
    return [e for e in doc.events if e.type == "CONSULT" and ident in e.actor + e.recipient]


def test_a_pronoun_after_a_source_phrase_is_the_subject_of_a_noun_in_its_clause():
    doc = coded("Мицкоски го пофали Рама. Според неговите соработници, тој поминал многу часови во разговори со Вучиќ.",
                [MICKOSKI, VUCIC, RAMA])
    assert talks_of(doc, "E1") and talks_of(doc, "E2")


def test_a_pronoun_before_a_comma_is_still_no_subject_of_a_noun_after_it():
    doc = coded("Мицкоски го пофали Рама. Според неговите соработници, тој не е тука, па средбата со Вучиќ ќе почека.",
                [MICKOSKI, VUCIC, RAMA])
    assert not talks_of(doc, "E1")


def test_a_plural_group_telling_of_another_person_leaves_the_pronoun_to_the_person_before():
    doc = coded("Мицкоски е главниот сведок. Пратениците се надеваат дека Вучиќ знаел за планот. "
                "Тој подоцна разговараше со Рама.", [MICKOSKI, VUCIC, RAMA])
    assert talks_of(doc, "E3") and talks_of(doc, "E1") and not talks_of(doc, "E2")


def test_with_no_person_before_the_plural_groups_told_person_is_the_pronouns():
    doc = coded("Пратениците се надеваат дека Вучиќ знаел за планот. Тој подоцна разговараше со Рама.", [VUCIC, RAMA])
    assert talks_of(doc, "E1")


def test_a_sentence_naming_only_the_person_again_keeps_them_for_a_pronoun():
    doc = coded("Мицкоски допатува во Тирана. Посетата на Мицкоски ќе трае два дена. Тој разговараше со Рама.",
                [MICKOSKI, RAMA])
    assert talks_of(doc, "E1")


def test_a_sentence_naming_another_person_does_not_keep_the_person_before():
    doc = coded("Мицкоски допатува во Тирана. Посетата на Вучиќ ќе трае два дена. Тој разговараше со Рама.",
                [MICKOSKI, VUCIC, RAMA])
    assert not talks_of(doc, "E1")


NATO = Ent(("НАТО",), type="ORG", country="IGO", sector="MIL")


def test_their_meeting_after_one_body_of_a_plural_name_is_the_pairs_told_of_last():
    doc = coded("Мицкоски се сретна со Вучиќ во Охрид. Мицкоски ги пофали силите на НАТО. "
                "Нивната последна средба беше во јануари 2019 година.", [MICKOSKI, VUCIC, RAMA, NATO])
    assert any(sorted(e.actor) == ["E1", "E2"] for e in doc.events if e.type == "CONSULT" and not e.recipient)


def test_their_meeting_after_two_names_told_together_is_theirs():
    doc = coded("Мицкоски се сретна со Вучиќ во Охрид. Мицкоски ги пофали Рама и НАТО. "
                "Нивната последна средба беше во јануари 2019 година.", [MICKOSKI, VUCIC, RAMA, NATO])
    assert any(sorted(e.actor) == ["E3", "E4"] for e in doc.events if e.type == "CONSULT")
