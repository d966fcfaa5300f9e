"""Background acts that are no events: a stance told in the present of a relative clause about a
participant, a penalty one is liable to, missiles sent in an attack told by a gerund; and the same
words where they are the act, on sentences written for these tests."""
from __future__ import annotations

from tests.events.helpers import Ent, codes, coded, only

TURKEY = Ent(("Турција",), country="TUR")
AZERBAIJAN = Ent(("Азербејџан",), country="AZE")
UKRAINE = Ent(("Украина",), country="UKR")


def test_a_stance_in_the_present_of_a_relative_clause_describes_its_head():
    doc = coded("Грчкиот министер рече дека Турција, која долго го поддржува Азербејџан, мора да го почитува правото.",
                [TURKEY, AZERBAIJAN, Ent(("Грчкиот",), country="GRC", kind="demonym")])
    assert not [e for e in doc.events if e.type == "SUPPORT"]
    doc = coded("Премиерот ги прозва земјите што го поддржуваат планот на Азербејџан.", [AZERBAIJAN])
    assert not [e for e in doc.events if e.type == "SUPPORT"]


def test_a_stance_in_the_aorist_of_a_relative_clause_or_of_a_main_clause_is_an_act():
    france = Ent(("Франција",), country="FRA")
    doc = coded("Словенија, која вчера ја поддржа резолуцијата на Франција, денеска ја осуди одлуката.",
                [Ent(("Словенија",), country="SVN"), france])
    assert codes(doc, only(doc, "SUPPORT").actor) == [("SVN", None)]
    doc = coded("Турција ја поддржува кандидатурата на Азербејџан, изјави министерот.", [TURKEY, AZERBAIJAN])
    assert codes(doc, only(doc, "SUPPORT").actor) == [("TUR", None)]


def test_a_penalty_one_is_liable_to_threatens_no_one():
    doc = coded("Поранешниот градоначалник, кому му се заканува кривична пријава, не се појави.", [])
    assert not [e for e in doc.events if e.type == "THREATEN"]
    doc = coded("На пратеникот од Скопје му се заканува казна затвор до пет години.", [Ent(("Скопје",), country="MKD")])
    assert not [e for e in doc.events if e.type == "THREATEN"]


def test_a_threat_of_a_penalty_by_its_speaker_is_one():
    minister = Ent(("Панче Тошковски",), "PER", "MKD", "GOV")
    doc = coded("Министерот Панче Тошковски вчера се закани со кривична пријава против директорот.", [minister])
    assert codes(doc, only(doc, "THREATEN").actor) == [("MKD", "GOV")]


def test_missiles_sent_in_an_attack_told_by_a_gerund_are_the_attack_not_aid():
    doc = coded("Русија ноќеска ја нападна Одеса, испраќајќи над 40 ракети и дронови кон Украина.",
                [Ent(("Русија",), country="RUS"), Ent(("Одеса",), country="UKR"), UKRAINE])
    assert [e.type for e in doc.events] == ["ASSAULT"]


def test_missiles_sent_to_a_state_are_aid():
    doc = coded("Шведска вчера испрати нови ракети за противвоздушна одбрана на Украина.",
                [Ent(("Шведска",), country="SWE"), UKRAINE])
    assert codes(doc, only(doc, "AID").recipient) == [("UKR", None)]


def test_a_stance_in_a_relative_clause_dated_to_a_day_is_an_act():
    doc = coded("Турција, која денеска ја поддржува иницијативата на Азербејџан, ќе испрати набљудувачи.",
                [TURKEY, AZERBAIJAN])
    assert codes(doc, only(doc, "SUPPORT").actor) == [("TUR", None)]


def test_an_agentless_past_arrest_in_a_relative_clause_about_its_head_is_background():
    ents = [Ent(("Вилијам Руто",), "PER", "KEN", "ELI"), Ent(("Најроби",), country="KEN"),
            Ent(("Трибуналот",), "ORG", "UNO", "JUD")]
    doc = coded("Вилијам Руто, кој беше уапсен во Најроби минатата година, не присуствуваше на рочиштето "
                "пред Трибуналот.", ents, published="2026-03-12")
    assert not [e for e in doc.events if e.type == "COERCE"]
    # the arrest told as the news, or one the clause names the hand of, is an act
    doc = coded("Вилијам Руто беше уапсен вчера во Најроби.", ents, published="2026-03-12")
    assert only(doc, "COERCE").mode == "arrest"
    doc = coded("Вилијам Руто, кој беше уапсен од Трибуналот минатата година, не присуствуваше на рочиштето.",
                ents, published="2026-03-12")
    assert only(doc, "COERCE").actor == ["E3"]


SYRIA = Ent(("Сирија",), country="SYR")
TURKISH = Ent(("Турските",), country="TUR", kind="demonym")


def test_the_purpose_of_a_participle_describing_its_noun_is_no_act():
    doc = coded("Турските војници испратени да ја нападнат Сирија се повлекоа.", [TURKEY, SYRIA, TURKISH])
    assert [e.type for e in doc.events] == ["RETREAT"]


def test_the_purpose_a_verb_sends_people_for_is_an_act():
    doc = coded("Турција ги испрати војниците да ја нападнат Сирија.", [TURKEY, SYRIA, TURKISH])
    assert codes(doc, only(doc, "ASSAULT").recipient) == [("SYR", None)]


def test_a_participle_set_off_after_its_noun_describes_it():
    doc = coded("Поранешниот генерал Петар Стојков, осуден за шверц на оружје, вчера даде интервју за телевизијата.",
                [Ent(("Петар Стојков",), "PER", "MKD", "MIL")])
    assert not [e for e in doc.events if e.type == "SANCTION"]
    doc = coded("Бунтовниците, поддржани од Турција, вчера го освоија градот.",
                [Ent(("Бунтовниците",), "ORG", None, "REB"), TURKEY])
    assert not [e for e in doc.events if e.type == "SUPPORT"]


def test_a_participle_told_with_its_form_of_be_tells_the_act():
    doc = coded("Поранешниот генерал Петар Стојков вчера беше осуден за шверц на оружје.",
                [Ent(("Петар Стојков",), "PER", "MKD", "MIL")])
    assert [e.type for e in doc.events] == ["SANCTION"]
    doc = coded("Министерот беше уапсен, обвинет и осуден за корупција.", [])
    assert [e.type for e in doc.events] == ["COERCE", "ACCUSE", "SANCTION"]
    doc = coded("Според полицијата, уапсени се двајца осомничени за грабежот.", [])
    assert [e.type for e in doc.events] == ["COERCE"]


def test_diplomacy_relations_or_jobs_destroyed_are_words_not_an_attack():
    usa = Ent(("Вашингтон",), country="USA")
    doc = coded("Амбасадорот изјави дека Вашингтон ги уништува и последните добри односи меѓу двете земји.", [usa])
    assert not [e for e in doc.events if e.type == "ASSAULT"]
    doc = coded("Синдикатот оцени дека новите царини на Вашингтон ги уништуваат работните места.", [usa])
    assert not [e for e in doc.events if e.type == "ASSAULT"]
    doc = coded("Министерот предупреди дека планот ќе ја уништи дипломатијата.", [])
    assert not [e for e in doc.events if e.type == "ASSAULT"]


def test_targets_destroyed_by_forces_are_an_attack():
    doc = coded("Руските сили ги уништија мостовите меѓу двата града.", [Ent(("Руските сили",), "ORG", "RUS", "MIL")])
    assert [e.type for e in doc.events] == ["ASSAULT"]
    doc = coded("Руските сили ги уништија работилниците во градот.", [Ent(("Руските сили",), "ORG", "RUS", "MIL")])
    assert [e.type for e in doc.events] == ["ASSAULT"]


def test_a_negated_stance_in_a_relative_clause_describes_its_head():
    kosovo, kurti = Ent(("Косово",), country="KOS"), Ent(("Аљбин Курти",), "PER", "KOS", "GOV")
    doc = coded("Премиерот Аљбин Курти ги повика земјите кои сè уште не го признале Косово да го направат тоа наскоро.",
                [kosovo, kurti])
    assert [e.type for e in doc.events] == ["REQUEST"]


def test_a_negated_stance_of_a_named_state_is_told_with_its_status():
    kosovo = Ent(("Косово",), country="KOS")
    doc = coded("Шпанија сè уште не го признала Косово.", [Ent(("Шпанија",), country="ESP"), kosovo])
    assert only(doc, "SUPPORT").status == "negated"


def test_countermeasures_promised_are_a_threat():
    doc = coded("Европската унија ги зголеми царините, а Анкара вети контрамерки.",
                [Ent(("Европската унија",), "ORG", "EUR", "IGO"), Ent(("Анкара",), country="TUR")])
    assert "THREATEN" in [e.type for e in doc.events] and "AGREE" not in [e.type for e in doc.events]


def test_help_promised_is_an_agreement():
    doc = coded("Европската унија ги зголеми царините, а Анкара вети помош за извозниците.",
                [Ent(("Европската унија",), "ORG", "EUR", "IGO"), Ent(("Анкара",), country="TUR")])
    assert "AGREE" in [e.type for e in doc.events] and "THREATEN" not in [e.type for e in doc.events]
