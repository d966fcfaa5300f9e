"""False events of unseen news (session 37): an act told of nobody or of anyone is a general statement,
and a meeting with the press is where a statement was made, no consultation (invented sentences)."""
from tests.events.helpers import GREECE, MACEDONIA, Ent, coded

GOVERNMENT = Ent(("Владата",), type="ORG", country="MKD", sector="GOV")
MINISTER = Ent(("Николовски",), type="PER", country="MKD", sector="GOV")
PRESIDENT = Ent(("Петров",), type="PER", country="BGR", sector="GOV")
BULGARIA = Ent(("Бугарија",), country="BGR")


def test_nobody_can_ban_is_no_ban():
    doc = coded("Министерот Николовски одговори дека никој не може да ѝ забрани на Македонија да го негува својот јазик.",
                [MINISTER, MACEDONIA])
    assert "COERCE" not in [e.type for e in doc.events]


def test_the_government_cannot_ban_is_still_told():
    # twin: a named subject unable to ban is a ban not done, still coded as before
    doc = coded("Министерот Николовски одговори дека Владата не може да ѝ забрани на Македонија да го негува својот јазик.",
                [MINISTER, GOVERNMENT, MACEDONIA])
    assert "COERCE" in [e.type for e in doc.events]


def test_when_someone_is_accused_is_no_accusation():
    doc = coded("Кога некој е обвинет за нешто што не го сторил, мора да остане смирен.", [])
    assert not [e for e in doc.events if e.type == "ACCUSE"]


def test_someone_named_accused_is_an_accusation():
    doc = coded("Кога Николовски беше обвинет за злоупотреба, Владата молчеше.", [MINISTER, GOVERNMENT])
    assert [e.type for e in doc.events if e.type == "ACCUSE"] == ["ACCUSE"]


def test_a_call_after_a_quote_that_nobody_is_above_the_law_keeps_its_speaker():
    doc = coded("Министерот Николовски изјави дека „никој не е над законот“ и ја повика Грција да го почитува договорот.",
                [MINISTER, GREECE])
    assert [e.type for e in doc.events if e.type == "REQUEST"] == ["REQUEST"]


def test_a_meeting_with_journalists_is_no_consultation():
    doc = coded("Бугарскиот претседател Петров на средба со новинарите во Варна изјави дека ќе го посети Скопје.",
                [PRESIDENT, Ent(("Бугарскиот",), country="BGR", kind="demonym")])
    assert "CONSULT" not in [e.type for e in doc.events]


def test_a_meeting_with_a_minister_is_a_consultation():
    doc = coded("Бугарскиот претседател Петров на средба со министерот Николовски во Варна разговараше за границата.",
                [PRESIDENT, Ent(("Бугарскиот",), country="BGR", kind="demonym"), MINISTER])
    assert "CONSULT" in [e.type for e in doc.events]


PARTY = Ent(("Народната партија",), type="ORG", country="MNE", sector="PTY")
SERBIA_CAPITAL = Ent(("Белград",), country="SRB")


def test_a_reflexive_stance_in_a_relative_clause_describes_its_head():
    # the present is read on the verb, not on the particle before it (`што се залагаат`)
    doc = coded("Народната партија, која се залага за поблиски врски со Белград, го критикуваше Владата.",
                [PARTY, SERBIA_CAPITAL, GOVERNMENT])
    assert "REQUEST" not in [e.type for e in doc.events]


def test_the_same_stance_told_as_the_news_is_coded():
    doc = coded("Народната партија на конгресот се залага за поблиски врски со Белград.", [PARTY, SERBIA_CAPITAL])
    assert "REQUEST" in [e.type for e in doc.events]


def test_what_the_actor_always_does_is_a_habit_no_act():
    # session 41 (Assembly speeches): `секогаш` before the verb tells a habit or standing commitment, not one act
    doc = coded("Владата секогаш ќе ги осуди нападите на Бугарија врз цивилите.", [GOVERNMENT, BULGARIA])
    assert "ACCUSE" not in [e.type for e in doc.events]
    doc = coded("Министерот Николовски секогаш се среќава со Петров.", [MINISTER, PRESIDENT])
    assert "CONSULT" not in [e.type for e in doc.events]


def test_the_same_act_told_once_is_still_coded():
    doc = coded("Владата вчера ги осуди нападите на Бугарија врз цивилите.", [GOVERNMENT, BULGARIA])
    assert "ACCUSE" in [e.type for e in doc.events]
    doc = coded("Министерот Николовски вчера се сретна со Петров.", [MINISTER, PRESIDENT])
    assert "CONSULT" in [e.type for e in doc.events]
