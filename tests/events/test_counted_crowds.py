"""A large count before a plural that opens a clause makes it the clause's subject, a group of people whatever
its noun (`неколку стотини одгледувачи на грозје протестираа`), not the entry's unnamed placeholder."""
from __future__ import annotations

from tests.events.helpers import coded, only


def names(doc, ids):
    by_id = {e.id: e for e in doc.entities}
    return [(by_id[i].name, by_id[i].country, by_id[i].sector) for i in ids]


def test_a_counted_plural_of_no_sector_is_the_subject_that_protests():
    doc = coded("Неколку стотини одгледувачи на грозје вчера протестираа пред Владата.", [])
    assert names(doc, only(doc, "PROTEST").actor) == [("одгледувачи", "MKD", "CVL")]
    doc = coded("Околу 300 пчелари протестираа пред Министерството за земјоделство.", [])
    assert names(doc, only(doc, "PROTEST").actor) == [("пчелари", "MKD", "CVL")]


def test_the_same_plural_without_a_count_keeps_the_placeholder():
    doc = coded("Одгледувачи на грозје вчера протестираа пред Владата.", [])
    assert names(doc, only(doc, "PROTEST").actor) != [("одгледувачи", "MKD", "CVL")]


def test_a_count_governed_by_a_preposition_is_no_subject():
    doc = coded("Пред 200 пчелари, министерот протестираше против одлуката.", [])
    assert names(doc, only(doc, "PROTEST").actor) == [("министерот", "MKD", "GOV")]


def test_a_counted_share_of_a_whole_is_no_group_of_people():
    doc = coded("Агенцијата потврди дека 40 проценти од приведените пчелари немаат досие.", [])
    assert not [e for e in doc.entities if e.name == "проценти"]
