"""Blame told by an evaluative word in a reported statement (a side called false, harming or endangering what it
runs, deciding on party lines, treating one badly, borrowing beyond measure, an act called a coup or a bad sign,
spending without openness, working for others than the public, rigging, settling scores, distorting),
and their negative twins: the same words aimed at no actor, or displeasure of others, are no event; a compromise
refused in advance (REJECT) or made (CONCEDE); held ground refused (REJECT) or given up (RETREAT). Every sentence
here is invented."""
from __future__ import annotations

from tests.events.helpers import Ent, coded

LEADER = Ent(("Борис Танев",), "PER", "MKD", "PTY")
PARTY = Ent(("Новата левица",), "ORG", "MKD", "PTY")
COMMISSION = Ent(("Изборната комисија",), "ORG", "MKD", "GOV")
MINISTRY = Ent(("Министерството за финансии",), "ORG", "MKD", "GOV")
HUNGARY = Ent(("Унгарија",), country="HUN")
ENVOY = Ent(("Ана Лунд",), "PER", "EUR", "IGO")


def accusations(doc):
    return [e for e in doc.events if e.type == "ACCUSE"]


def test_evaluative_blame_said_of_a_named_side_is_an_accusation():
    for sentence, ents in (
            ("Борис Танев изјави дека Новата левица е „лажна опозиција“ што ја штити власта.", [LEADER, PARTY]),
            ("Борис Танев рече дека Министерството за финансии го оштетува пензискиот фонд.", [LEADER, MINISTRY]),
            ("Борис Танев рече дека Министерството за финансии ја загрозува стабилноста на банките.", [LEADER, MINISTRY]),
            ("„Изборната комисија одлучуваше по партиска линија“, рече Борис Танев.", [LEADER, COMMISSION]),
            ("Ана Лунд рече дека Унгарија не се однесува добро кон партнерите.", [ENVOY, HUNGARY]),
            ("Борис Танев предупреди дека Министерството за финансии ја задолжува државата над мерка.", [LEADER, MINISTRY]),
            ("Ана Лунд оцени дека одлуката на Унгарија е „уставен државен удар“.", [ENVOY, HUNGARY]),
            ("Ана Лунд изјави дека законот на Унгарија е лош знак за слободата на медиумите.", [ENVOY, HUNGARY])):
        doc = coded(sentence, ents, quotes=True)
        found = accusations(doc)
        assert len(found) == 1 and found[0].actor == ["E1"], sentence
        assert found[0].recipient and found[0].recipient[0].startswith("E2"), sentence
        assert found[0].mode == "disapprove", sentence


def test_the_same_words_aimed_at_no_actor_are_no_event():
    for sentence in ("Борис Танев рече дека сушата ја загрозува стабилноста на цените.",
                     "Борис Танев изјави дека лажни вести се шират низ социјалните мрежи.",
                     "Борис Танев рече дека падот на извозот е лош знак за економијата.",
                     "Борис Танев рече дека економијата следната година ќе расте побавно."):
        doc = coded(sentence, [LEADER], quotes=True)
        assert not doc.events, sentence


def test_the_displeasure_of_others_is_no_blame_of_the_speaker():
    doc = coded("„Разбирам дека пензионерите се незадоволни, но Министерството за финансии има свои граници“, рече "
                "Борис Танев.", [LEADER, MINISTRY], quotes=True)
    assert not accusations(doc)


GOVERNMENT = Ent(("Владата",), "ORG", "MKD", "GOV")
PREMIER = Ent(("Борис Танев",), "PER", "MKD", "GOV")
SERBIA = Ent(("Србија",), country="SRB")


def test_a_compromise_refused_in_advance_is_a_rejection_and_one_made_a_concession():
    for sentence in ("Премиерот Борис Танев изјави дека Владата „никогаш нема да прави компромис“ за интересите на "
                     "земјоделците.",
                     "Борис Танев рече дека Владата нема да прави никакви компромиси со Србија."):
        doc = coded(sentence, [PREMIER, GOVERNMENT, SERBIA], quotes=True)
        assert [e.type for e in doc.events] == ["REJECT"], sentence
        assert doc.events[0].status == "asserted" and "negated→REJECT" in doc.events[0].rule, sentence
    doc = coded("Владата направи компромис со Србија за граничниот премин.", [GOVERNMENT, SERBIA])
    assert [(e.type, e.actor, e.recipient) for e in doc.events] == [("CONCEDE", ["E1"], ["E2"])]


def test_a_compromise_reached_stays_an_agreement():
    doc = coded("Владата и Србија постигнаа компромис за граничниот премин.", [GOVERNMENT, SERBIA])
    assert [e.type for e in doc.events] == ["AGREE"]


MINISTER = Ent(("Ана Рис",), "PER", "PHL", "GOV")
MANILA = Ent(("Манила",), country="PHL")
CHINA = Ent(("Кина",), country="CHN")
ISRAEL = Ent(("Израел",), country="ISR")


def test_ground_refused_in_advance_is_a_rejection_of_the_side_pressing_for_it():
    for sentence in ("Кина побара од Манила да ги повлече бродовите. Министерката Ана Рис изјави дека Манила „нема да се "
                     "повлече“ од своите води.",
                     "Кина побара од Манила да ги повлече бродовите. Ана Рис рече дека Манила нема да се повлече ниту "
                     "педа од својата територија."):
        doc = coded(sentence, [MINISTER, MANILA, CHINA], quotes=True)
        refusals = [e for e in doc.events if e.type == "REJECT"]
        assert len(refusals) == 1 and "negated→REJECT" in refusals[0].rule, sentence
        assert refusals[0].recipient and refusals[0].recipient[0].startswith("E3"), sentence


def test_ground_given_up_is_a_retreat_and_receding_water_no_event():
    doc = coded("Израел вчера се повлече од тампон-зоната.", [ISRAEL])
    assert [(e.type, e.mode, e.status) for e in doc.events] == [("RETREAT", "withdraw", "asserted")]
    assert not coded("Ана Рис рече дека водите ќе се повлечат до утре.", [MINISTER], quotes=True).events
    doc = coded("Израел нема да ги повлече војниците од тампон-зоната.", [ISRAEL])
    assert [e.rule.split("+")[0] for e in doc.events] == ["retreat.withdraw_troops"]


def test_conduct_without_openness_or_for_others_than_the_public_or_rigged_is_blame():
    for sentence, ents in (
            ("Борис Танев рече дека Министерството за финансии ги троши парите „без никаква транспарентност“.",
             [LEADER, MINISTRY]),
            ("Борис Танев изјави дека Изборната комисија работи нетранспарентно и затворено.", [LEADER, COMMISSION]),
            ("Борис Танев изјави дека Министерството за финансии „работи за банките, а не за граѓаните“.",
             [LEADER, MINISTRY]),
            ("Борис Танев оцени дека Министерството за финансии е „зафатено со себеси, а не со граѓаните“.",
             [LEADER, MINISTRY]),
            ("Ана Лунд изјави дека Унгарија ги изманипулирала локалните избори.", [ENVOY, HUNGARY]),
            ("Борис Танев рече дека Министерството за финансии се пресметува со критичарите преку инспекции.",
             [LEADER, MINISTRY]),
            ("Ана Лунд рече дека Унгарија ја искривува историјата на регионот.", [ENVOY, HUNGARY])):
        doc = coded(sentence, ents, quotes=True)
        found = accusations(doc)
        assert len(found) == 1 and found[0].actor == ["E1"], sentence
        assert found[0].recipient and found[0].recipient[0].startswith("E2"), sentence


def test_openness_or_distortion_of_no_actor_is_no_event():
    for sentence in ("Борис Танев рече дека постапката заврши без транспарентност, како и секоја година досега.",
                     "Борис Танев рече дека топлината го искривува воздухот над патот.",
                     "Борис Танев рече дека парите се за граѓаните, а не за банките."):
        assert not coded(sentence, [LEADER], quotes=True).events, sentence
