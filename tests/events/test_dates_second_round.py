"""Dates of acts told against another act or day of the account (the second round on the invented desks):
counted intervals in weeks and years, `Истиот ден` and `вечерта` after acts dated from an account; every
sentence here is invented."""
from __future__ import annotations

from tests.events.helpers import Ent, coded, only


def test_an_act_counted_weeks_or_years_before_the_act_it_follows_takes_that_day():
    mayor = [Ent(("Стојанов",), "PER", "MKD", "GOV")]
    doc = coded("Илјадници граѓани денеска протестираа во Битола, точно една година откако полицијата го уапси "
                "градоначалникот Стојанов.", mayor, "2026-03-19")
    assert only(doc, "COERCE").date == "2025-03-19" and "date:interval" in only(doc, "COERCE").rule
    doc = coded("Опозицијата денеска протестираше пред Собранието, две недели откако полицијата го приведе пратеникот Петров.",
                [Ent(("Петров",), "PER", "MKD", "LEG")], "2026-03-19")
    assert only(doc, "COERCE").date == "2026-03-05"
    # (told in the passive, and from a 29 February)
    doc = coded("Стотици студенти вечерва се собраа пред судот, три години откако активистот Ристов беше уапсен под "
                "обвинение за тероризам.", [Ent(("Ристов",), "PER", "MKD", "CVL")], "2024-02-29")
    assert only(doc, "COERCE").date == "2021-02-28"


def test_an_act_with_a_day_of_its_own_after_the_interval_keeps_its_day():
    mayor = [Ent(("Стојанов",), "PER", "MKD", "GOV")]
    # (without a day of its own the interval counts back from the protest's day)
    for own_day, expected in (("во понеделникот ", "2026-03-16"), ("", "2026-03-18")):
        doc = coded(f"Илјадници граѓани денеска протестираа во Битола, еден ден откако полицијата {own_day}го уапси "
                    "градоначалникот Стојанов.", mayor, "2026-03-19")
        assert only(doc, "COERCE").date == expected


MEETING = [Ent(("Стефан Илиев",), "PER", "MKD", "GOV"), Ent(("Илиев",), "PER", "MKD", "GOV"),
           Ent(("Ана Берг",), "PER", "SWE", "GOV"), Ent(("Берг",), "PER", "SWE", "GOV"),
           Ent(("Амбасадата на Србија",), "ORG", "SRB", "GOV"), Ent(("Владата",), "ORG", "MKD", "GOV"),
           Ent(("Командата за обука",), "ORG", "SWE", "MIL")]
ACCOUNT = ("Министерот Стефан Илиев вчера во Стокхолм се сретна со шведската министерка Ана Берг. "
           "Одлуката треба да ја потврди парламентот. Македонија во 2025 година издвојува околу два отсто од БДП за одбрана. "
           "На средбата Берг го пофалила придонесот на Македонија. Тоа е прв таков договор. ")


def test_the_same_day_past_the_time_stage_s_reach_is_the_day_of_the_last_act_dated_from_the_account():
    # (the meeting's day is five sentences back, past a year; the praise at it two)
    doc = coded(ACCOUNT + "Истиот ден Илиев ја посети и Командата за обука во Упсала. "
                "Амбасадата на Србија вечерта објави соопштение во кое ја критикува Владата.", MEETING, "2025-11-18")
    visit = next(e for e in doc.events if e.trigger.text == "посети")
    assert visit.date == "2025-11-17" and "date:same_day" in visit.rule
    # (`вечерта` after it is the evening of that day)
    assert only(doc, "ACCUSE").date == "2025-11-17"
    doc = coded(ACCOUNT + "Тој ден Илиев ја посети и Командата за обука во Упсала.", MEETING, "2025-11-18")
    assert next(e for e in doc.events if e.trigger.text == "посети").date == "2025-11-17"


def test_the_same_day_with_no_act_dated_close_before_keeps_the_publication_date():
    doc = coded("Министерот Стефан Илиев вчера во Стокхолм се сретна со шведската министерка Ана Берг. "
                "Одлуката треба да ја потврди парламентот. Македонија во 2025 година издвојува околу два отсто од БДП. "
                "Тоа е прв таков договор. Договорот важи пет години. "
                "Истиот ден Илиев ја посети и Командата за обука во Упсала.", MEETING, "2025-11-18")
    assert next(e for e in doc.events if e.trigger.text == "посети").date == "2025-11-18"


def test_a_meeting_only_spoken_of_is_no_session_whose_day_carries_over():
    ents = [Ent(("Белата куќа",), "ORG", "USA", "GOV"), Ent(("Пекинг",), country="CHN"), Ent(("Токио",), country="JPN"),
            Ent(("Олаф Шолц",), "PER", "DEU", "GOV"), Ent(("Кремљ",), "ORG", "RUS", "GOV")]
    welcome = "Канцеларот Олаф Шолц ја поздрави најавата за новите разговори меѓу Пекинг и Токио."
    for spoken_of in ("Белата куќа вчера ја отфрли идејата за средба меѓу двајцата лидери. ",
                      "Кремљ вчера го одби предлогот за самит со Пекинг. "):
        assert only(coded(spoken_of + welcome, ents, "2026-08-20"), "SUPPORT").date == "2026-08-20"
    # (a meeting held that day is the session the reaction follows)
    held = "Белата куќа вчера одржа средба со претставници на Пекинг. "
    assert only(coded(held + welcome, ents, "2026-08-20"), "SUPPORT").date == "2026-08-19"


def test_a_meeting_offered_before_the_end_of_a_period_takes_the_publication_date():
    ents = [Ent(("Марко Петров",), "PER", "MNE", "GOV"), Ent(("Јанев",), "PER", "SRB", "GOV")]
    for text in ("Претседателот Марко Петров рече дека е подготвен да се сретне со српскиот премиер Јанев уште пред крајот на годината.",
                 "Премиерот Марко Петров ќе се сретне со српскиот претседател Јанев пред крајот на месецот."):
        assert only(coded(text, ents, "2025-12-10"), "AGREE").date == "2025-12-10"
