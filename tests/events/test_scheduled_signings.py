"""A signing or ratification set for a day ahead with `треба да` (`следниот петок треба да ја потпише
спогодбата`, `до крајот на месецот треба да го ратификува договорот`) is a cooperative act to come, AGREE
(guidelines: statements of future cooperative acts; signing and ratifying done are SUPPORT), as a meeting set
ahead is. With no day ahead, in someone's statement or told as a duty left undone it is no such plan."""
from tests.events.helpers import Ent, coded

ESTONIA = Ent(("Естонија",), country="EST")
FINLAND = Ent(("Финска",), country="FIN")
RIIGIKOGU = Ent(("естонскиот парламент",), "ORG", "EST", "LEG")
MINISTER = Ent(("Мика Виртанен",), "PER", "FIN", "GOV")


def _agree(doc):
    return [e for e in doc.events if e.type == "AGREE"]


def test_a_signing_set_for_next_friday_is_agree():
    doc = coded("Естонија треба да ја потпише спогодбата со Финска следниот петок во Талин.", [ESTONIA, FINLAND],
                published="2024-05-08")
    [ev] = _agree(doc)
    assert ev.actor == ["E1"] and ev.recipient == ["E2"]


def test_a_ratification_due_by_the_end_of_the_month_is_agree():
    doc = coded("Естонскиот парламент треба да го ратификува договорот со Финска до крајот на месецот.",
                [Ent(("Естонскиот парламент",), "ORG", "EST", "LEG"), FINLAND], published="2024-05-08")
    [ev] = _agree(doc)
    assert ev.actor == ["E1"] and ev.recipient == ["E2"]


def test_a_ratification_set_for_next_week_is_agree():
    doc = coded("Според медиумите, естонскиот парламент треба да ја ратификува спогодбата со Финска следната недела.",
                [RIIGIKOGU, FINLAND], published="2024-05-08")
    [ev] = _agree(doc)
    assert ev.actor == ["E1"]


def test_a_signing_demanded_in_a_statement_is_no_plan():
    doc = coded("Министерот Мика Виртанен рече дека Естонија треба да ја потпише спогодбата со Финска.",
                [MINISTER, ESTONIA, FINLAND], published="2024-05-08")
    assert not _agree(doc)


def test_a_ratification_that_was_due_last_week_is_no_plan():
    doc = coded("Естонија требаше да го ратификува договорот со Финска минатата недела.", [ESTONIA, FINLAND],
                published="2024-05-08")
    assert not _agree(doc)


LATVIA_PM = Ent(("Лаура Озола", "Озола"), "PER", "LVA", "GOV")
ESTONIA_PM = Ent(("Каја Тамм", "Тамм"), "PER", "EST", "GOV")
SAEIMA = Ent(("Сеимасот",), "ORG", "LVA", "LEG")


def test_a_ratification_set_ahead_of_the_agreement_told_before_is_aimed_at_its_other_party():
    doc = coded("Озола и Тамм во вторникот во Рига потпишаа договор за заедничка граница. "
                "Сеимасот треба да го ратификува договорот до крајот на месецот.",
                [LATVIA_PM, ESTONIA_PM, SAEIMA], published="2024-05-08")
    [ev] = _agree(doc)
    assert ev.actor == ["E3"] and ev.recipient == ["E2"]


def test_a_similar_agreement_set_ahead_is_not_aimed_at_the_parties_of_the_one_before():
    doc = coded("Озола и Тамм во вторникот во Рига потпишаа договор за заедничка граница. "
                "Естонија треба да ја потпише сличната спогодба следниот петок.",
                [LATVIA_PM, ESTONIA_PM, ESTONIA], published="2024-05-08")
    [ev] = _agree(doc)
    assert ev.recipient == []
