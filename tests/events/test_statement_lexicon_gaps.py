"""Lexicon gaps of statements found on the session's blind sets (blame told by a judging phrase, talks refused,
one's own attacks denied, troops deployed in the passive); every sentence here is invented."""
from __future__ import annotations

from tests.events.helpers import Ent, coded, only

ZORAN = Ent(("Зоран Ставрески",), "PER", "MKD", "PTY")
GOVERNMENT = Ent(("Владата",), "ORG", "MKD", "GOV")
BELGRADE = Ent(("Белград",), country="SRB")
BRUSSELS = Ent(("Брисел",), country="EUR")
ANKARA = Ent(("Анкара",), country="TUR")
SPOKESMAN = Ent(("Емре Јилмаз",), "PER", "TUR", "GOV")


def test_a_media_show_a_direct_attack_and_preparing_for_war_said_of_a_name_are_blame():
    for sentence in ("Ставрески рече дека Владата прави медиумско шоу наместо реформи.",
                     "Ставрески рече дека одлуката на Владата е директен напад врз слободата на медиумите.",
                     "Ставрески рече дека Владата со ваквите потези го оддалечува мирот во општините.",
                     "Ставрески рече дека Белград се подготвува за војна."):
        doc = coded(sentence.replace("Ставрески", "Зоран Ставрески"), [ZORAN, GOVERNMENT, BELGRADE], quotes=True)
        ev = only(doc, "ACCUSE")
        assert ev.actor == ["E1"] and ev.rule.startswith("accuse.reported_criticism"), sentence


def test_talks_announced_as_refused_are_a_rejection():
    doc = coded("Белград нема да преговара со Брисел под закани.", [BELGRADE, BRUSSELS])
    ev = only(doc, "REJECT")
    assert ev.actor == ["E1"] and ev.recipient and ev.recipient[0].startswith("E2") and ev.status == "asserted"
    assert not [e for e in doc.events if e.type == "CONSULT"]


def test_a_side_saying_it_does_not_attack_civilians_denies_it():
    doc = coded("Портпаролот Емре Јилмаз изјави дека Анкара не ги напаѓа цивилните населби.", [SPOKESMAN, ANKARA],
                quotes=True)
    ev = only(doc, "REJECT")
    assert "negated→REJECT" in ev.rule and ev.status == "asserted"
    assert not [e for e in doc.events if e.type == "ACCUSE"]


def test_an_army_deployed_in_the_passive_is_a_mobilisation():
    doc = coded("Турската армија беше распоредена на границата со Сирија.", [Ent(("Турската армија",), "ORG", "TUR", "MIL")])
    ev = only(doc, "MOBILIZE")
    assert ev.actor == ["E1"]


def test_reforms_carried_out_late_said_of_a_state_are_blame():
    for sentence in ("Комесарката Ана Лунд оцени дека Белград со задоцнување ги спроведува реформите.",
                     "Комесарката Ана Лунд оцени дека Белград доцни со реформите во правосудството."):
        doc = coded(sentence, [Ent(("Ана Лунд",), "PER", "EUR", "IGO"), BELGRADE], quotes=True)
        ev = only(doc, "ACCUSE")
        assert ev.actor == ["E1"] and ev.recipient and ev.recipient[0].startswith("E2"), sentence


def test_institutions_said_to_have_shown_maturity_are_praised():
    doc = coded("Амбасадорот Џон Мејсон оцени дека Владата покажала зрелост во кризата.",
                [Ent(("Џон Мејсон",), "PER", "USA", "GOV"), GOVERNMENT], quotes=True)
    ev = only(doc, "SUPPORT")
    assert ev.actor == ["E1"] and ev.recipient == ["E2"]


def test_a_warning_that_an_enemy_will_be_destroyed_is_a_threat():
    doc = coded("Портпаролот Емре Јилмаз предупреди дека милициите на Белград ќе бидат уништени.",
                [SPOKESMAN, BELGRADE], quotes=True)
    only(doc, "THREATEN")


def test_a_commitment_reiterated_is_an_agreement():
    doc = coded("Лидерите на Алијансата ја повторија заложбата да издвојуваат повеќе за одбрана.",
                [Ent(("Алијансата",), "ORG", "IGO", "IGO")])
    only(doc, "AGREE")
