"""Domestic political copy of Macedonian portals (prosecutors, the president, parties trading blame): gaps a
blind set of invented 2025–2026 articles showed (invented sentences and names)."""
from tests.events.helpers import Ent, coded, only

GOVERNMENT = Ent(("Владата",), "ORG", "MKD", "GOV")
ASSEMBLY = Ent(("Собранието",), "ORG", "MKD", "LEG")
PROSECUTION = Ent(("Обвинителството",), "ORG", "MKD", "JUD")
PRESIDENT = Ent(("Ана Петровска",), "PER", "MKD", "GOV")
FORMER = Ent(("Стојан Игњатов",), "PER", "MKD", "ELI")


def test_an_order_to_investigate_is_the_prosecutors_investigation_of_the_one_named():
    doc = coded("Обвинителството вчера донесе наредба за спроведување истрага против Стојан Игњатов.",
                [PROSECUTION, FORMER])
    ev = only(doc, "ACCUSE")
    assert ev.mode == "investigate" and ev.actor == ["E1"] and ev.recipient == ["E2"]


def test_a_law_sent_back_for_reconsideration_is_a_veto_of_the_assembly():
    doc = coded("Ана Петровска го врати во Собранието на повторно одлучување Законот за домување.",
                [PRESIDENT, ASSEMBLY])
    ev = only(doc, "REJECT")
    assert ev.actor == ["E1"] and ev.recipient == ["E2"]


def test_regret_over_a_decision_is_disapproval_and_regret_for_ones_own_act_a_concession():
    minister = Ent(("Марјан Ристов",), "PER", "MKD", "GOV")
    doc = coded("Ана Петровска го врати законот во Собранието. Министерот Марјан Ристов изрази жалење за одлуката.",
                [PRESIDENT, ASSEMBLY, minister])
    assert only(doc, "ACCUSE").actor == ["E3"] and not [e for e in doc.events if e.type == "CONCEDE"]
    doc = coded("Министерот Марјан Ристов изрази жалење за грешката на службите.", [minister])
    assert only(doc, "CONCEDE").actor == ["E1"]


def test_an_ultimatum_or_a_decision_called_theatre_or_a_political_order_is_criticism():
    sdsm = Ent(("СДСМ",), "ORG", "MKD", "PTY")
    doc = coded("СДСМ го нарече ултиматумот „театар“.", [sdsm])
    assert only(doc, "ACCUSE").actor == ["E1"]
    levica = Ent(("Левица",), "ORG", "MKD", "PTY")
    doc = coded("Левица ја нарече одлуката „политичка нарачка“.", [levica])
    assert only(doc, "ACCUSE").actor == ["E1"]


def test_the_body_after_od_keeps_the_second_verb_past_a_doubled_object():
    sdsm = Ent(("СДСМ",), "ORG", "MKD", "PTY")
    minister = Ent(("министерот",), "ORG", "MKD", "GOV")
    for text in ("Од СДСМ ја обвинија Владата и побараа оставка од министерот.",
                 "Од СДСМ ја обвинија Владата дека ги заборави земјоделците и побараа оставка од министерот."):
        doc = coded(text, [sdsm, GOVERNMENT, minister])
        assert only(doc, "REQUEST").actor == ["E1"], text


def test_the_signing_withheld_beside_the_law_returned_is_the_same_veto():
    doc = coded("Ана Петровска не го потпиша указот и го врати законот во Собранието на повторно одлучување.",
                [PRESIDENT, ASSEMBLY])
    assert [e.type for e in doc.events] == ["REJECT"]


def test_pockets_filled_invented_scandals_and_political_persecution_are_words_of_blame():
    spokesman = Ent(("Марјан Ристов",), "PER", "MKD", "GOV")
    sdsm = Ent(("СДСМ",), "ORG", "MKD", "PTY")
    doc = coded("„СДСМ измислува афери наместо да се извини“, рече Марјан Ристов.", [sdsm, spokesman], quotes=True)
    ev = only(doc, "ACCUSE")
    assert ev.actor == ["E2"] and ev.recipient == ["E1"]
    opposition = Ent(("Елена Тасевска",), "PER", "MKD", "PTY")  # (a government official blaming it is its own side)
    doc = coded("„Владата не гради патишта, туку ги полни џебовите на своите“, изјави Елена Тасевска.",
                [GOVERNMENT, opposition], quotes=True)
    assert only(doc, "ACCUSE").recipient == ["E1"]
    vmro = Ent(("ВМРО-ДПМНЕ",), "ORG", "MKD", "PTY")
    doc = coded("Стојан Игњатов изјави дека станува збор за политички прогон нарачан од ВМРО-ДПМНЕ.", [FORMER, vmro],
                quotes=True)
    assert only(doc, "ACCUSE").recipient == ["E2"]


def test_an_act_told_with_a_year_only_does_not_date_the_sequel_of_the_days_account():
    court = Ent(("Судот",), "ORG", "MKD", "JUD")
    union = Ent(("Синдикатот",), "ORG", "MKD", "LAB")
    levica = Ent(("Левица",), "ORG", "MKD", "PTY")
    doc = coded("Судот вчера ги укина спорните одредби на законот. Иницијативата ја поднесе Синдикатот, кој уште минатата "
                "година предупреди дека Владата ќе го користи законот за политички прогон. Судот истовремено ја отфрли "
                "иницијативата на Левица.", [court, union, GOVERNMENT, levica], published="2026-03-19", quotes=True)
    assert only(doc, "REJECT").date == "2026-03-18"


def test_a_measure_of_restraint_the_prosecutors_propose_is_a_request_to_the_court_and_other_measures_are_not():
    doc = coded("Обвинителството предложи мерка забрана за напуштање на државата за Стојан Игњатов.", [PROSECUTION, FORMER])
    ev = only(doc, "REQUEST")
    assert ev.actor == ["E1"] and "E2" not in ev.recipient  # the suspect is no party to the request
    assert not [e for e in doc.events if e.type == "ACCUSE"]
    doc = coded("Обвинителството предложи мерки за подобрување на соработката со Стојан Игњатов.", [PROSECUTION, FORMER])
    assert not [e for e in doc.events if e.rule.startswith("request.seek_custody")]
    # naming no one, it is not aimed at the police that arrested the suspect either
    police = Ent(("Полицијата",), "ORG", "MKD", "COP")
    doc = coded("Полицијата утрово уапси Стојан Игњатов. Обвинителството ќе предложи мерка притвор.",
                [police, PROSECUTION, FORMER])
    ev = only(doc, "REQUEST")
    assert ev.actor == ["E2"] and not {"E1", "E3"} & set(ev.recipient)
