"""Court, prosecution and police copy of Macedonian portals, 2025–2026 (indictments, custody, arrests): gaps a
blind set of invented articles showed (invented sentences)."""
from vesnik.events import EventStep

from tests.events.helpers import Ent, codes, coded, document, only

COMMISSION = Ent(("Антикорупциската комисија",), "ORG", "MKD", "GOV")
COURT = Ent(("Основниот суд Велес",), "ORG", "MKD", "JUD")


def test_a_motion_for_prosecution_filed_by_a_body_is_a_charge():
    director = Ent(("Горан Цветковски",), "PER", "MKD", "ELI")
    doc = coded("Антикорупциската комисија до обвинителството достави иницијатива за кривично гонење против "
                "Горан Цветковски.", [COMMISSION, director])
    ev = only(doc, "ACCUSE")
    assert ev.mode == "allege" and ev.actor == ["E1"]
    # an initiative of another kind asks for no prosecution
    doc = coded("Антикорупциската комисија поднесе иницијатива за измена на законот.", [COMMISSION])
    assert not [e for e in doc.events if e.type == "ACCUSE"]


def test_a_measure_ordered_at_the_prosecutions_request_is_its_request_to_the_court():
    mayor = Ent(("Илир Бејта",), "PER", "MKD", "GOV")
    doc = coded("Основниот суд Велес, на барање на обвинителството, му определи притвор на Илир Бејта.", [COURT, mayor])
    ev = only(doc, "REQUEST")
    assert codes(doc, ev.actor) == [("MKD", "JUD")] and ev.actor != ["E1"] and ev.recipient == ["E1"]
    assert only(doc, "COERCE").actor == ["E1"] and not [e for e in doc.events if e.type == "ACCUSE"]
    # a court acting at a citizen's request tells no motion of the prosecution
    doc = coded("Основниот суд Велес, на барање на семејството, го одложи рочиштето.", [COURT])
    assert not [e for e in doc.events if e.type == "ACCUSE" or e.rule.startswith("request.prosecution")]


def test_custody_sought_by_the_prosecution_is_a_request_to_the_court_and_a_sentence_sought_a_charge():
    prosecution = Ent(("Обвинителството",), "ORG", "MKD", "JUD")
    doc = coded("Обвинителството до Основниот суд Велес ќе побара мерка притвор за тројцата осомничени.",
                [prosecution, COURT])
    ev = only(doc, "REQUEST")
    assert ev.actor == ["E1"] and ev.recipient == ["E2"] and ev.status == "future"
    assert not [e for e in doc.events if e.type == "ACCUSE"]
    # prison sought at trial stays a charge
    doc = coded("Обвинителството до Основниот суд Велес бараше осум години затвор за тројцата обвинети.",
                [prosecution, COURT])
    assert only(doc, "ACCUSE").mode == "allege" and not [e for e in doc.events if e.type == "REQUEST"]


def test_an_arrest_warrant_threatens_arrest_and_a_custody_order_for_those_held_coerces():
    mayor = Ent(("Илир Бејта",), "PER", "MKD", "GOV")
    doc = coded("Основниот суд Велес издаде налог за апсење на Илир Бејта.", [COURT, mayor])
    ev = only(doc, "THREATEN")
    assert ev.mode == "arrest" and ev.actor == ["E1"] and ev.recipient == ["E2"]
    assert not [e for e in doc.events if e.type in ("COERCE", "ACCUSE")]
    doc = coded("Полицијата распиша потерница по Илир Бејта.", [Ent(("Полицијата",), "ORG", "MKD", "COP"), mayor])
    assert only(doc, "THREATEN").recipient == ["E2"]
    # an order of custody for suspects already held is the detention
    doc = coded("Основниот суд Велес издаде налог за притвор за Илир Бејта.", [COURT, mayor])
    assert only(doc, "COERCE").mode == "arrest" and not [e for e in doc.events if e.type == "THREATEN"]


def test_the_arrested_after_a_definite_count_are_people_told_no_new_arrest():
    ministry = Ent(("МВР",), "ORG", "MKD", "COP")
    doc = coded("МВР соопшти дека четворица од шестте уапсени се странски државјани.", [ministry])
    assert not [e for e in doc.events if e.type == "COERCE"]
    # a bare count before the participle still tells the arrest (`шестмина уапсени`, a headline)
    doc = coded("МВР соопшти дека синоќа се уапсени шест лица.", [ministry])
    assert only(doc, "COERCE").mode == "arrest"


def test_a_place_named_once_beside_one_states_organs_does_not_move_the_story_abroad():
    court = Ent(("Основниот суд Битола",), "ORG", "MKD", "JUD")
    dubai = Ent(("Дубаи",), "GPE", "ARE")
    doc = document("Основниот суд Битола го осуди поранешниот директор, фатен со билет за Дубаи. Судот му ги одзеде "
                   "пасошите.", [court, dubai])
    for e in doc.entities:
        e.kb_id = f"Q{e.id}"  # known actors of the knowledge base
    doc = EventStep("mk")(doc)
    ev = next(e for e in doc.events if e.trigger.text == "одзеде")
    assert codes(doc, ev.actor) == [("MKD", "JUD")]


def test_an_unnamed_body_opening_the_sentence_acts_past_a_closed_relative_aside():
    government = Ent(("Владата",), "ORG", "MKD", "GOV")
    doc = coded("Синдикатот, кој минатата есен организираше штрајк, бара Владата да ги врати укинатите додатоци.",
                [government])
    ev = only(doc, "REQUEST")
    assert codes(doc, ev.actor) == [("MKD", "LAB")] and ev.recipient == ["E1"]


def test_a_verb_past_a_source_set_off_by_commas_goes_on_with_the_sentences_subject():
    ministry = Ent(("Министерството за земјоделство",), "ORG", "MKD", "GOV")
    doc = coded("Министерството за земјоделство е незадоволно од ослободителната пресуда и, како што соопштија "
                "оттаму, ќе ја обжали одлуката.", [ministry, COURT])
    assert only(doc, "ACCUSE").actor == ["E1"]


def test_a_courts_lesser_measure_of_restraint_is_a_restriction():
    doc = coded("Основниот суд Велес им определи мерки на претпазливост на двајцата осомничени.", [COURT])
    ev = only(doc, "COERCE")
    assert ev.mode == "restrict" and ev.actor == ["E1"] and codes(doc, ev.recipient) == [("MKD", "CRM")]
    doc = coded("Основниот суд Велес изрече мерка забрана за напуштање на живеалиштето.", [COURT])
    assert only(doc, "COERCE").mode == "restrict"


def test_the_prosecutions_and_polices_acts_with_no_one_named_aim_at_the_suspects():
    prosecution = Ent(("Обвинителството",), "ORG", "MKD", "JUD")
    doc = coded("Обвинителството бараше казна од седум години затвор.", [prosecution])
    ev = only(doc, "ACCUSE")
    assert ev.actor == ["E1"] and codes(doc, ev.recipient) == [("MKD", "CRM")]
    # the accused named are the target
    accused = Ent(("Петар Наумовски",), "PER", "MKD", "ELI")
    doc = coded("Обвинителството бараше казна од седум години затвор за Петар Наумовски.", [prosecution, accused])
    assert only(doc, "ACCUSE").recipient == ["E2"]
    # a party's allegation with no one named is no act on suspects
    party = Ent(("Левица",), "ORG", "MKD", "PTY")
    doc = coded("Левица поднесе кривична пријава до обвинителството.", [party])
    assert all(codes(doc, e.recipient) != [("MKD", "CRM")] for e in doc.events)


def test_a_seizure_in_the_suspects_homes_aims_at_the_suspects():
    police = Ent(("Полицијата",), "ORG", "MKD", "COP")
    for sentence in ("Полицијата при претресите во домовите на осомничените заплени 30.000 евра и два пиштоли.",
                     "Полицијата при претресот во нивните домови заплени оружје и муниција."):
        doc = coded(sentence, [police])
        assert codes(doc, only(doc, "COERCE").recipient) == [("MKD", "CRM")], sentence
    # drugs seized at a border crossing are no one's told
    doc = coded("Полицијата на граничниот премин Табановце заплени 20 килограми хероин.", [police])
    assert only(doc, "COERCE").recipient == []


def test_what_a_search_finds_is_taken_from_the_unnamed_suspects():
    police = Ent(("Полицијата во Прилеп", "полицајците"), "ORG", "MKD", "COP")
    for sentence in ("Полицијата во Прилеп изврши претреси во четири станови и одзеде пиштол, муниција и 6.000 евра.",
                     "Полицијата во Прилеп вчера претресе три куќи во Долнени и одзеде два автомобили.",
                     "Според соопштението, полицајците извршија претреси на пет адреси и запленија лаптопи и документи."):
        doc = coded(sentence, [police])
        seizure = next(e for e in doc.events if e.mode == "seize")
        assert codes(doc, seizure.recipient) == [("MKD", "CRM")], sentence
    # goods taken with no search told, on a road, are no one's told
    for sentence in ("Полицијата во Прилеп на патот кон Битола заплени 5 килограми хероин.",
                     "Полицијата во Прилеп одзеде два автомобили и 3.000 евра."):
        doc = coded(sentence, [police])
        assert only(doc, "COERCE").recipient == [], sentence


def test_an_act_at_anothers_request_carries_that_ones_request_to_the_one_who_acts():
    council = Ent(("Советот за безбедност",), "ORG", "UNO", "IGO")
    norway = Ent(("Норвешка",), country="NOR")
    doc = coded("Советот за безбедност денеска одржа итна седница на барање на Норвешка.", [council, norway])
    ev = only(doc, "REQUEST")
    assert ev.actor == ["E2"] and ev.recipient == ["E1"]  # the request is no object of the session
    assert only(doc, "CONSULT").actor == ["E1"]
    # the same session with no request told
    doc = coded("Советот за безбедност денеска одржа итна седница за Норвешка.", [council, norway])
    assert not [e for e in doc.events if e.type == "REQUEST"]
    police = Ent(("Полицијата",), "ORG", "MKD", "COP")
    doc = coded("Полицијата, на барање на Норвешка, го уапси поранешниот министер.", [police, norway])
    assert only(doc, "REQUEST").actor == ["E2"] and only(doc, "REQUEST").recipient == ["E1"]
    # a request told as a thing, not as the reason for an act (`барањето на X`), is no such adverbial
    doc = coded("Полицијата го разгледа барањето на Норвешка.", [police, norway])
    assert not [e for e in doc.events if e.rule.startswith("request.at_request")]


def test_a_request_told_after_a_comma_at_the_end_is_made_to_the_sentences_subject():
    council = Ent(("Советот за безбедност",), "ORG", "UNO", "IGO")
    norway = Ent(("Норвешка",), country="NOR")
    doc = coded("Советот за безбедност ќе одржи итна седница за Судан во петокот, на барање на Норвешка.", [council, norway])
    ev = only(doc, "REQUEST")
    assert ev.actor == ["E2"] and ev.recipient == ["E1"]
    # with no one named before it, no one is made its recipient, least of all the one who asks
    doc = coded("Итна седница ќе се одржи во петокот, на барање на Норвешка.", [norway])
    ev = only(doc, "REQUEST")
    assert ev.actor == ["E1"] and "E1" not in ev.recipient


def test_the_body_a_request_phrase_names_asks_though_a_pair_was_told_before():
    police = Ent(("Полицијата",), "ORG", "MKD", "COP")
    text = ("Полицијата и Царината ги уапсија двајцата осомничени. "
            "Основниот суд Велес им определи притвор на двајцата, по предлог на обвинителството.")
    doc = coded(text, [police, Ent(("Царината",), "ORG", "MKD", "GOV"), COURT])
    ev = only(doc, "REQUEST")
    assert codes(doc, ev.actor) == [("MKD", "JUD")] and ev.recipient == ["E3"]
    # the order told alone carries no request
    doc = coded(text.replace(", по предлог на обвинителството", ""), [police, Ent(("Царината",), "ORG", "MKD", "GOV"), COURT])
    assert not [e for e in doc.events if e.type == "REQUEST"]
