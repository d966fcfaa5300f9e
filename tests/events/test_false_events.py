"""False and doubled events the blind desks found (invented sentences): one act told twice, and
words that look like an act but name none."""
from tests.events.helpers import RUSSIA, Ent, coded, only, pipeline_events

GERMANY = Ent(("Германија",), country="DEU")


def test_a_gerund_telling_what_the_criticism_was_is_no_second_accusation():
    # the gerund's actor was read as the forces in the speaker's title; it still hangs on the criticism
    events = pipeline_events("Поранешниот командант на германските копнени сили во Европа Клаус Рихтер ја критикуваше "
                             "одлуката, оценувајќи дека таа испраќа „погрешна порака“ до Москва во момент кога руски "
                             "дронови го повредуваат полскиот воздушен простор.")
    assert [t for t, _, _ in events] == ["ACCUSE"]


def test_sending_a_message_is_no_aid():
    doc = coded("Министерот рече дека повлекувањето испраќа „погрешна порака“ до Русија, чии дронови го "
                "повредуваат воздушниот простор.", [RUSSIA])
    assert not [e for e in doc.events if e.type == "AID"]


def test_sending_drones_with_a_message_after_them_is_still_aid():
    doc = coded("Германија испрати дронови и муниција во Украина, што е јасна порака до Русија.",
                [GERMANY, Ent(("Украина",), country="UKR"), RUSSIA])
    assert only(doc, "AID").actor == ["E1"]


MOSCOW = Ent(("Москва",), country="RUS")
RUSSIAN = Ent(("руското",), country="RUS", kind="demonym")
TRAJKOV = Ent(("Трајков",), type="PER", country="MKD", sector="GOV")
DUI = Ent(("ДУИ",), type="ORG", country="MKD", sector="PTY")


def test_a_bare_sharp_reaction_leads_in_to_the_accusation_told_next():
    doc = coded("Москва реагираше остро. Портпаролката на руското Министерство за надворешни работи ја обвини "
                "Германија дека ја меша во војната.", [MOSCOW, RUSSIAN, GERMANY])
    assert only(doc, "ACCUSE").trigger.text == "обвини"


def test_a_sharp_reaction_at_someone_stays_when_what_follows_is_aimed_elsewhere():
    doc = coded("ДУИ остро реагираше на изјавата на министерот Трајков. Пратениците потоа ја напуштија седницата.",
                [DUI, TRAJKOV])
    assert only(doc, "ACCUSE").recipient == ["E2"]


def test_a_charge_daffaires_spelled_otpopravnik_summoned_is_a_protest_not_a_call_to_talks():
    doc = coded("Министерството за надворешни работи на Грција го повика албанскиот отпоправник на работите на разговор.",
                [Ent(("Министерството за надворешни работи на Грција",), type="ORG", country="GRC", sector="GOV"),
                 Ent(("албанскиот",), country="ALB", kind="demonym")])
    assert [(e.type, e.mode) for e in doc.events] == [("ACCUSE", "disapprove")]


def test_concern_told_with_a_call_on_both_sides_blames_no_one():
    doc = coded("Мисијата на ОН во Кипар изрази загриженост и ги повика двете страни да се воздржат од нови чекори.",
                [Ent(("Мисијата на ОН во Кипар",), type="ORG", country="UNO", sector="IGO")])
    assert [e.type for e in doc.events] == ["REQUEST"]


def test_taken_to_jail_on_the_courts_detention_order_is_one_act():
    doc = coded("Поранешниот директор Стојков беше спроведен во затворот Идризово, бидејќи судот му одреди притвор.",
                [Ent(("Стојков",), type="PER", country="MKD", sector="ELI")])
    assert only(doc, "COERCE").trigger.text.startswith("одреди")


def test_a_count_of_prisoners_released_is_a_statistic_not_a_release():
    doc = coded("Ова е петтата размена, со што вкупниот број ослободени заробеници надмина две илјади.", [])
    assert not [e for e in doc.events if e.type == "RETREAT"]


def test_a_newsrooms_request_for_comment_is_no_call():
    embassy = Ent(("Американската амбасада",), "ORG", "USA", "GOV")
    assert not coded("Американската амбасада не одговори на барањето за коментар.", [embassy]).events
    assert only(coded("Американската амбасада го повтори барањето за итна истрага.", [embassy]), "REQUEST").actor == ["E1"]


def test_an_attack_by_unnamed_drones_told_again_by_witnesses_is_one_attack():
    kharkiv = Ent(("Харков",), country="UKR")
    doc = coded("Во саботата беспилотни летала нападнаа болница во Харков. "
                "Според очевидци, дроновите удриле рано наутро, кога болницата била полна.", [kharkiv],
                published="2026-02-16")
    ev = only(doc, "ASSAULT")
    assert ev.date == "2026-02-14" and [t.text for t in ev.also_triggers] == ["удриле"]


def test_the_attacker_s_own_word_on_the_strike_just_told_is_that_strike():
    forces = Ent(("Турските сили",), type="ORG", country="TUR", sector="MIL")
    doc = coded("Турските сили во средата извршија воздушни напади врз Северен Ирак. "
                "Турските сили тврдат дека со ракети гаѓале складишта на ПКК.",
                [forces, Ent(("Северен Ирак",), country="IRQ"), Ent(("ПКК",), type="ORG", country="TUR", sector="REB")],
                published="2026-04-09")
    ev = only(doc, "ASSAULT")
    assert ev.date == "2026-04-08" and [t.text for t in ev.also_triggers] == ["гаѓале"]


def test_a_letter_whose_content_a_relative_clause_tells_is_that_act_alone():
    ministry = Ent(("Министерството за економија",), "ORG", "MKD", "GOV")
    commerce = Ent(("Министерството за трговија на САД",), "ORG", "USA", "GOV")
    washington = Ent(("Вашингтон",), country="USA")
    doc = coded("Министерството за економија испрати писмо до Министерството за трговија на САД со кое бара од "
                "Вашингтон да ги изземе компаниите од царините.", [ministry, commerce, washington])
    assert [ev.type for ev in doc.events] == ["REQUEST"]
    # a letter told without its content is contact at a distance
    doc = coded("Министерството за економија испрати писмо до Министерството за трговија на САД.", [ministry, commerce])
    assert only(doc, "CONSULT").mode == "phone"
