"""Countries of actors and recipients in world news: guests received as a pair named before, and
the like (invented sentences, each with a twin where the rule must not fire)."""
from tests.events.helpers import Ent, codes, coded, only

SAVA = Ent(("Марко Сава",), "PER", "ROU", "GOV")
ILIEV = Ent(("Петар Илиев",), "PER", "BGR", "GOV")
HOST = Ent(("Ана Лукач",), "PER", "HRV", "GOV")


# `ги прими двајцата лидери`: the guests are the two the text named together before, not an unnamed
# collective of the host's country
def test_a_pair_received_is_the_pair_named_before():
    doc = coded("Марко Сава и Петар Илиев вчера го потпишаа договорот за гасоводот. Церемонијата ја водеше "
                "хрватската премиерка Ана Лукач, која претходно ги прими двајцата лидери во владата.",
                [SAVA, ILIEV, HOST])
    meeting = only(doc, "CONSULT")
    assert sorted(codes(doc, meeting.actor)) == [("BGR", "GOV"), ("ROU", "GOV")]
    assert codes(doc, meeting.recipient) == [("HRV", "GOV")]


def test_leaders_received_with_no_pair_word_stay_a_collective():
    doc = coded("Марко Сава и Петар Илиев вчера го потпишаа договорот за гасоводот. Церемонијата ја водеше "
                "хрватската премиерка Ана Лукач, која претходно ги прими лидерите на синдикатите во владата.",
                [SAVA, ILIEV, HOST])
    meeting = only(doc, "CONSULT")
    assert codes(doc, meeting.actor) != [("BGR", "GOV"), ("ROU", "GOV")]
    assert len(meeting.actor) == 1


LUND = Ent(("Ерик Лунд",), "PER", "SWE", "GOV")
MOREAU = Ent(("Клер Моро",), "PER", "FRA", "GOV")
NOVAK = Ent(("Јан Новак",), "PER", "CZE", "GOV")
IRAN = Ent(("Иран",), country="IRN")


# `министрите X, Y и Z го обвинија …` after a participle: the last name closes the list of the subject, it opens
# no clause of its own
def test_a_list_of_names_closed_by_and_is_one_subject():
    doc = coded("Во писмото испратено вчера до Советот за безбедност, министрите Ерик Лунд, Клер Моро и Јан Новак "
                "го обвинија Иран дека ги крши обврските.", [LUND, MOREAU, NOVAK, IRAN])
    accusation = only(doc, "ACCUSE")
    assert sorted(codes(doc, accusation.actor)) == [("CZE", "GOV"), ("FRA", "GOV"), ("SWE", "GOV")]
    assert codes(doc, accusation.recipient) == [("IRN", None)]


def test_a_single_name_after_and_opens_its_own_clause():
    doc = coded("Во писмото испратено вчера до Советот за безбедност, министерот Ерик Лунд ја поздрави одлуката и "
                "Јан Новак го обвини Иран дека ги крши обврските.", [LUND, NOVAK, IRAN])
    accusation = only(doc, "ACCUSE")
    assert codes(doc, accusation.actor) == [("CZE", "GOV")]


PREMIER = Ent(("Ана Стојанова",), "PER", "MKD", "GOV")
AMERICAN = Ent(("Американскиот",), country="USA", kind="demonym")


# `Американскиот амбасадор … Амбасадорот повика`: the bare office is the one told before by its state's adjective,
# not an unnamed holder of the story's state
def test_a_bare_office_is_the_one_told_before_by_its_states_adjective():
    doc = coded("Американскиот амбасадор денеска се сретна со премиерката Ана Стојанова. Амбасадорот повика на "
                "побрзи реформи во судството.", [PREMIER, AMERICAN])
    assert codes(doc, only(doc, "REQUEST").actor) == [("USA", "GOV")]


def test_a_bare_office_of_another_role_is_not_the_adjectives():
    doc = coded("Американскиот амбасадор денеска се сретна со премиерката Ана Стојанова. Премиерката повика на "
                "побрзи реформи во судството.", [PREMIER, AMERICAN])
    assert codes(doc, only(doc, "REQUEST").actor) == [("MKD", "GOV")]


POPE = Ent(("Пио XIII",), "PER", "VAT", "REL")
ZORAN = Ent(("Зоран Илиќ",), "PER", "SRB", "GOV")


# `папа|та`: the definite form of a role whose stem ends in -а refers back to the one named with it
def test_the_pope_told_bare_is_the_pope_named_before():
    doc = coded("Новиот папа Пио XIII вчера ја посети Белград. Претседателот Зоран Илиќ денеска разговараше "
                "телефонски со папата.", [POPE, ZORAN])
    talk = only(doc, "CONSULT")
    assert codes(doc, talk.actor) == [("SRB", "GOV")]
    assert codes(doc, talk.recipient) == [("VAT", "REL")]


def test_the_pope_told_bare_with_no_pope_named_is_no_one_named():
    doc = coded("Претседателот Зоран Илиќ вчера ја посети Белград. Претседателот Зоран Илиќ денеска разговараше "
                "телефонски со папата.", [ZORAN])
    talk = only(doc, "CONSULT")
    assert ("VAT", "REL") not in codes(doc, talk.actor + talk.recipient)


COURT = Ent(("Вишиот суд во Загреб",), "ORG", "HRV", "JUD")
LAWYER = Ent(("Ивица Марин",), "PER", "SRB", "JUD")


# `Судот донесе решение … Адвокатот најави жалба против решението`: the appeal refuses the decision, so its court
def test_an_appeal_against_a_decision_is_aimed_at_the_court_that_made_it():
    doc = coded("Вишиот суд во Загреб во вторникот донесе решение за продолжување на постапката. Неговиот адвокат "
                "Ивица Марин најави жалба против решението.", [COURT, LAWYER])
    appeal = only(doc, "REJECT")
    assert codes(doc, appeal.recipient) == [("HRV", "JUD")]


def test_an_appeal_against_a_decision_no_one_made_is_not_the_courts():
    doc = coded("Вишиот суд во Загреб во вторникот го одложи рочиштето за осомничениот. Неговиот адвокат "
                "Ивица Марин најави жалба против решението.", [COURT, LAWYER])
    appeal = only(doc, "REJECT")
    assert ("HRV", "JUD") not in codes(doc, appeal.recipient)


NORWAY, SWEDEN, DENMARK = (Ent(("Норвешка",), country="NOR"), Ent(("Шведска",), country="SWE"),
                           Ent(("Данска",), country="DNK"))


# `Тројцата министри … го повикаа Иран`: the three named together before, as `двајцата` stands for two
def test_the_three_ministers_are_the_three_states_named_together():
    doc = coded("Норвешка, Шведска и Данска вчера ги замрзнаа договорите со Иран. Тројцата министри за надворешни "
                "работи во писмото го повикаа Иран да ги пушти затворениците.", [NORWAY, SWEDEN, DENMARK, IRAN])
    call = only(doc, "REQUEST")
    assert sorted(c for c, _ in codes(doc, call.actor)) == ["DNK", "NOR", "SWE"]


def test_ministers_with_no_count_are_no_anaphor_of_the_three():
    doc = coded("Норвешка, Шведска и Данска вчера ги замрзнаа договорите со Иран. Министрите за надворешни "
                "работи во писмото го повикаа Иран да ги пушти затворениците.", [NORWAY, SWEDEN, DENMARK, IRAN])
    call = only(doc, "REQUEST")
    assert sorted(c for c, _ in codes(doc, call.actor)) != ["DNK", "NOR", "SWE"]
