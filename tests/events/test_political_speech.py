"""False events of political speech: idioms, figures and descriptions that carry a trigger word (review of
unseen Assembly speeches)."""
from tests.events.helpers import Ent, coded


def test_a_heart_that_bursts_for_a_country_is_an_idiom_not_a_shooting():
    doc = coded("За Албанија за која ви пука срцето, вие не ги бранете нашите интереси, рече Марко Петровски.",
                [Ent(("Албанија",), country="ALB"), Ent(("Марко Петровски",), "PER", "MKD", "LEG")])
    assert not [e for e in doc.events if e.type == "ASSAULT"]


def test_a_display_of_strength_is_no_protest():
    doc = coded("Опозицијата го нарече законот бруталното демонстрирање на моќ од страна на мнозинството.",
                [Ent(("Опозицијата",), "ORG", "MKD", "OPP")])
    assert not [e for e in doc.events if e.type == "PROTEST"]


def test_a_condition_that_opens_the_sentence_tells_no_act():
    doc = coded("Ако министерот Марко Петровски поднесе оставка, ќе има предвремени избори.",
                [Ent(("Марко Петровски",), "PER", "MKD", "GOV")])
    assert not [e for e in doc.events if e.status == "asserted"]


def test_the_perfect_negated_by_nema_reports_the_act_as_not_done():
    doc = coded("Министерството за надворешни работи нема поднесено барање до Србија.",
                [Ent(("Министерството за надворешни работи",), "ORG", "MKD", "GOV"), Ent(("Србија",), country="SRB")])
    assert [e.status for e in doc.events if e.type == "REQUEST"] == ["negated"]


def test_a_participle_in_a_laws_title_names_what_the_law_is_about():
    doc = coded("Владата го испрати до Собранието Предлог-законот за управување со конфискуван имот.",
                [Ent(("Владата",), "ORG", "MKD", "GOV"), Ent(("Собранието",), "ORG", "MKD", "LEG")])
    assert not [e for e in doc.events if e.type == "COERCE"]


def test_a_hope_told_in_the_first_person_past_is_no_act():
    doc = coded("Јас се надевав дека Марко Петровски ќе го поддржи предлогот на Албанија.",
                [Ent(("Марко Петровски",), "PER", "MKD", "GOV"), Ent(("Албанија",), country="ALB")])
    assert not doc.events


def test_a_case_named_before_the_subject_of_its_da_clause_is_a_condition():
    doc = coded("Во случај Србија да ги нападне косовските полицајци, Алијансата ќе реагира.",
                [Ent(("Србија",), country="SRB"), Ent(("косовските",), country="KOS", kind="demonym")])
    assert not [e for e in doc.events if e.type == "ASSAULT" and e.status == "asserted"]


def test_a_call_that_follows_a_condition_is_no_act_of_its_own():
    chair = Ent(("претседателот на Собранието",), "ORG", "MKD", "LEG")
    assert not coded("Ако говорникот се оддалечи од темата, претседателот на Собранието ќе го повика на ред.", [chair]).events
    called = coded("Претседателот на Собранието ќе го повика министерот да се придржува кон темата.", [chair])
    assert [(e.type, e.status) for e in called.events] == [("REQUEST", "future")]


def test_asking_the_chair_for_the_floor_is_no_demand():
    member = Ent(("Јане Петровски",), "PER", "MKD", "LEG")
    assert not coded("Јане Петровски бара процедурално, повелете.", [member]).events
    assert not coded("Пратеникот Јане Петровски побара реплика.", [member]).events


def test_members_excused_from_a_session_hold_no_meeting_nor_stay_away():
    doc = coded("Пратениците Ана Трајковска и Горан Илиевски ме известија дека се спречени да присуствуваат на седницата.",
                [Ent(("Ана Трајковска",), "PER", "MKD", "LEG"), Ent(("Горан Илиевски",), "PER", "MKD", "LEG")])
    assert doc.events == []


def test_greeting_the_citizens_who_follow_a_session_is_no_support():
    doc = coded("Пратениците од Левица ги поздравуваат граѓаните што ја следат седницата.",
                [Ent(("Левица",), "ORG", "MKD", "PTY")])
    assert not [e for e in doc.events if e.type == "SUPPORT"]


def test_waiting_for_someone_to_apologise_tells_no_apology():
    doc = coded("Марко Петровски рече дека чека колешката Трајковска да се извини за навредите.",
                [Ent(("Марко Петровски",), "PER", "MKD", "LEG"), Ent(("Трајковска",), "PER", "MKD", "LEG")])
    assert not [e for e in doc.events if e.type == "CONCEDE"]


def test_what_is_done_instead_of_an_act_leaves_the_act_undone():
    doc = coded("Министерот Марко Петровски да се фати за работа, наместо да испраќа честитки до Левица.",
                [Ent(("Марко Петровски",), "PER", "MKD", "GOV"), Ent(("Левица",), "ORG", "MKD", "PTY")])
    assert not [e for e in doc.events if e.status == "asserted"]


def test_a_duty_the_rules_of_procedure_set_is_no_meeting():
    doc = coded("Почитувани колеги, почитувани претставници на Владата, сакам да реагирам според членот 40 од Деловникот, "
                "каде јасно стои дека на седницата задолжително присуствуваат премиерот и министрите.",
                [Ent(("Владата",), "ORG", "MKD", "GOV")])
    assert not [e for e in doc.events if e.status == "asserted"]


def test_a_bare_apology_before_a_remark_is_politeness_and_one_to_someone_is_an_apology():
    petrov = Ent(("Петров",), type="PER", country="MKD", sector="LEG")
    polite = coded("Пратеникот Петров рече: „Се извинувам, ова не беше процедурално, но морав да се јавам.“", [petrov],
                   quotes=True)
    assert not [e for e in polite.events if e.type == "CONCEDE"]
    doc = coded("Пратеникот Петров рече: „Се извинувам на граѓаните што законот доцни.“", [petrov], quotes=True)
    assert [e.actor for e in doc.events if e.type == "CONCEDE"] == [["E1"]]


def test_a_session_of_one_state_s_organs_is_no_meeting():
    doc = coded("Според Деловникот, Владата и пратениците по закажувањето на седницата можат да предложат нова точка.",
                [Ent(("Владата",), type="ORG", country="MKD", sector="GOV"),
                 Ent(("пратениците",), type="ORG", country="MKD", sector="LEG")])
    assert not [e for e in doc.events if e.type == "CONSULT"]


def test_a_first_person_threat_in_a_quote_run_on_from_the_sentence_before_is_the_speakers():
    leader = Ent(("Зоран Ристов",), "PER", "MKD", "PTY")
    government = Ent(("Владата",), "ORG", "MKD", "GOV")
    doc = coded("„Ова е само почеток. Ако Владата не ги слушне граѓаните, следниот пат ќе ги блокираме сите патишта“, рече "
                "Зоран Ристов.", [leader, government], quotes=True)
    ev = next(e for e in doc.events if e.trigger.text == "блокираме")
    assert ev.actor == ["E1"] and ev.recipient == ["E2"]


def test_a_question_whether_to_act_tells_no_act():
    party = Ent(("Левица",), "ORG", "MKD", "PTY")
    government = Ent(("Владата",), "ORG", "MKD", "GOV")
    assert not coded("Зошто да ја поддржи Левица Владата по сето ова.", [party, government]).events
    assert [e.type for e in coded("Затоа Левица ја поддржа Владата по сето ова.", [party, government]).events] == ["SUPPORT"]
    assert not coded("За тоа ли да ѝ се извини Левица на Владата.", [party, government]).events
    assert [e.type for e in coded("Левица ѝ се извини на Владата за тоа.", [party, government]).events] == ["CONCEDE"]


def test_acting_as_if_or_an_outcome_supposed_tells_no_act():
    party = Ent(("Левица",), "ORG", "MKD", "PTY")
    government = Ent(("Владата",), "ORG", "MKD", "GOV")
    assert not coded("Левица се однесува како да ја поддржува Владата.", [party, government]).events
    assert not coded("Ќе испадне дека Левица ја нападнала Владата.", [party, government]).events
    assert coded("Се покажа дека Левица ја нападнала Владата.", [party, government]).events


def test_feeding_with_bread_is_no_wounding():
    party = Ent(("Левица",), "ORG", "MKD", "PTY")
    police = Ent(("полицајци",), "ORG", "MKD", "COP")
    assert not [e for e in coded("Полицајците, Левица ги ранила со леб и сол.", [party, police]).events if e.type == "ASSAULT"]
    assert [e.type for e in coded("Полицајците, Левица ги ранила со нож и сол.", [party, police]).events] == ["ASSAULT"]


def test_agreeing_with_what_was_said_is_a_view_shared():
    party = Ent(("Левица",), "ORG", "MKD", "PTY")
    government = Ent(("Владата",), "ORG", "MKD", "GOV")
    assert not coded("Левица се согласи со тоа што го зборуваше Владата.", [party, government]).events
    assert [e.type for e in coded("Левица се согласи со предлогот што го даде Владата.", [party, government]).events] == ["AGREE"]
