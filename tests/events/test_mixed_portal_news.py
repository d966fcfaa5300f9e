"""Mixed portal news of 2025–2026: police bulletins, summits, a president's consultations
(invented sentences)."""
from tests.events.helpers import Ent, codes, coded, only

POLICE = Ent(("Полицијата",), "ORG", "MKD", "COP")
EU = Ent(("Европската унија",), "ORG", "EUR", "IGO")
JAPAN = Ent(("Јапонија",), country="JPN")


def test_goods_taken_by_the_police_are_seized():
    doc = coded("Полицијата одзеде два пиштоли и муниција од осомничениот.", [POLICE])
    ev = only(doc, "COERCE")
    assert ev.mode == "seize" and codes(doc, ev.actor) == [("MKD", "COP")]
    # told in the passive, the police of the bulletin took them
    ev = only(coded("Во станот беа пронајдени и одземени 15.000 евра во готовина.", []), "COERCE")
    assert ev.mode == "seize"
    # lives taken by an accident and points taken in sport are no seizure
    assert not coded("Сообраќајната несреќа одзеде три животи.", []).events
    assert not [e for e in coded("Полицијата соопшти дека поразот му одзеде бодови на клубот.", [POLICE]).events
                if e.type == "COERCE"]


def test_an_agreement_concluded_is_agreed_by_both_sides():
    doc = coded("Европската унија и Јапонија во понеделникот го заклучија договорот за дигитална трговија.", [EU, JAPAN])
    ev = only(doc, "AGREE")
    assert sorted(codes(doc, ev.actor)) == [("EUR", "IGO"), ("JPN", None)]
    # a finding about an agreement concludes none
    assert not coded("Уставниот суд заклучи дека договорот со Јапонија е во согласност со законите.", [JAPAN]).events


def test_party_leaders_received_by_a_president_visit_him():
    president = Ent(("Гордана Силјановска-Давкова",), "PER", "MKD", "GOV")
    parties = Ent(("македонските партии",), "ORG", "MKD", "PTY")
    doc = coded("Гордана Силјановска-Давкова утрово ги прими лидерите на македонските партии.", [president, parties])
    ev = only(doc, "CONSULT")
    assert ev.mode == "visit" and codes(doc, ev.actor) == [("MKD", "PTY")] and codes(doc, ev.recipient) == [("MKD", "GOV")]


def test_the_eu_civil_protection_mechanism_activated_is_a_call_for_help():
    mechanism = Ent(("Механизмот на ЕУ за цивилна заштита",), "ORG", "EUR", "IGO")
    doc = coded("Поради шумските пожари, Бугарија утрово го активираше Механизмот на ЕУ за цивилна заштита.",
                [Ent(("Бугарија",), country="BGR"), mechanism])
    ev = only(doc, "REQUEST")
    assert ev.mode == "assist" and codes(doc, ev.actor) == [("BGR", None)] and codes(doc, ev.recipient) == [("EUR", "IGO")]
    # a domestic mechanism set going asks no one
    doc = coded("Владата го активираше механизмот за заштита на потрошувачите од Агенцијата.",
                [Ent(("Владата",), "ORG", "MKD", "GOV"), Ent(("Агенцијата",), "ORG", "MKD", "GOV")])
    assert not [e for e in doc.events if e.type == "REQUEST"]


def test_the_delegates_of_a_union_joined_to_a_minister_meet_for_their_union():
    minister = Ent(("Арбен Таравари",), "PER", "MKD", "GOV")
    doc = coded("Арбен Таравари и претставниците на синдикатот ќе се сретнат во четвртокот.", [minister])
    ev = only(doc, "AGREE")
    assert len(ev.actor) == 2 and sorted(sector for _, sector in codes(doc, ev.actor)) == ["GOV", "LAB"]


def test_support_lacked_is_no_act():
    premier = Ent(("Милан Петров",), "PER", "MKD", "GOV")
    doc = coded("Партијата соопшти дека ја напушта коалицијата, по што Владата на премиерот Милан Петров остана без "
                "поддршка на 41 пратеник во парламентот.", [premier])
    assert not [e for e in doc.events if e.type == "SUPPORT"]
    # support given stays
    doc = coded("Германија даде целосна поддршка на Македонија.", [Ent(("Германија",), country="DEU"), Ent(("Македонија",), country="MKD")])
    assert only(doc, "SUPPORT")


def test_demands_granted_as_justified_are_a_concession():
    minister = Ent(("Ана Стефанова",), "PER", "MKD", "GOV")
    union = Ent(("синдикатот на рударите",), "ORG", "MKD", "LAB")
    doc = coded("Ана Стефанова ги оцени барањата на синдикатот на рударите како легитимни.", [minister, union])
    ev = only(doc, "CONCEDE")
    assert codes(doc, ev.actor) == [("MKD", "GOV")] and codes(doc, ev.recipient) == [("MKD", "LAB")]
    # judged unjustified they are no concession
    doc = coded("Ана Стефанова ги оцени барањата на синдикатот на рударите како неоправдани.", [minister, union])
    assert not [e for e in doc.events if e.type == "CONCEDE"]


def test_support_appreciated_praises_its_giver():
    slovenia, macedonia = Ent(("Словенија",), country="SVN"), Ent(("Македонија",), country="MKD")
    doc = coded("Македонија високо ја цени поддршката на Словенија за членството во Унијата.", [macedonia, slovenia])
    ev = only(doc, "SUPPORT")
    assert codes(doc, ev.actor) == [("MKD", None)] and codes(doc, ev.recipient) == [("SVN", None)]
    # a situation weighed is no praise
    assert not coded("Македонија ја цени ситуацијата во Словенија како стабилна.", [macedonia, slovenia]).events


def test_the_prosecutions_appeal_against_a_light_sentence_still_accuses():
    prosecutors = Ent(("Обвинителството",), "ORG", "MKD", "JUD")
    doc = coded("Обвинителството ќе поднесе жалба на пресудата со која поранешниот градоначалник е осуден на две години.",
                [prosecutors])
    ev = only(doc, "ACCUSE")
    assert ev.mode == "allege" and codes(doc, ev.actor) == [("MKD", "JUD")]
    assert not [e for e in doc.events if e.type == "REJECT"]
    # a woman prosecutor's appeal too
    prosecutor = Ent(("Елена Ристова",), "PER", "MKD", "JUD")
    doc = coded("Обвинителката Елена Ристова изјави дека ќе поднесе жалба на пресудата.", [prosecutor])
    assert only(doc, "ACCUSE").mode == "allege"
    # the convicted side's appeal refuses the ruling
    lawyer = Ent(("Марко Илиев",), "PER", "MKD", "CVL")
    doc = coded("Адвокатот Марко Илиев ќе поднесе жалба на пресудата.", [lawyer])
    assert not [e for e in doc.events if e.type == "ACCUSE"]


def test_an_agreement_fronted_before_a_time_and_place_is_signed_by_the_names_after_the_verb():
    doc = coded("Меморандумот за соработка утрово во Охрид го потпишаа Тимчо Муцунски и Жан-Ноел Баро.",
                [Ent(("Тимчо Муцунски",), "PER", "MKD", "GOV"), Ent(("Жан-Ноел Баро",), "PER", "FRA", "GOV")])
    ev = only(doc, "SUPPORT")
    assert sorted(codes(doc, ev.actor)) == [("FRA", "GOV"), ("MKD", "GOV")]
