"""A speaker labelling someone or his act (invented sentences): `го нарече X „…“`, `го опиша X како „…“`,
`ја оцени Y како „…“`. A damning label is ACCUSE disapprove toward the one labelled, a praising one SUPPORT;
a neutral label codes nothing."""
from __future__ import annotations

from tests.events.helpers import Ent, coded, only

DIMOVSKA = Ent(("Ана Димовска", "Димовска"), "PER", "MKD", "PTY")
STOJANOV = Ent(("Петар Стојанов", "Стојанов"), "PER", "MKD", "GOV")
GOVERNMENT = Ent(("Владата",), "ORG", "MKD", "GOV")


def test_a_damning_label_is_blame_of_the_one_labelled():
    for sentence in ("Ана Димовска на прес-конференција го нарече Петар Стојанов „најголемиот кловн во политиката“.",
                     "Ана Димовска го нарече Петар Стојанов „арогантен нарцисоид“.",
                     "Ана Димовска го опиша Петар Стојанов како „демагог без срам“.",
                     "Ана Димовска ја нарече Владата „бездушна“ кон пензионерите.",
                     "Ана Димовска ја нарече Владата „провокативна“."):
        doc = coded(sentence, [DIMOVSKA, STOJANOV, GOVERNMENT], quotes=True)
        ev = only(doc, "ACCUSE")
        assert ev.mode == "disapprove" and ev.actor == ["E1"] and ev.recipient in (["E2"], ["E3"]), sentence


def test_the_investigation_called_a_witch_hunt_is_blame():
    doc = coded("Ана Димовска ја нарече Владата „лов на вештерки“ против опозицијата.", [DIMOVSKA, GOVERNMENT], quotes=True)
    ev = only(doc, "ACCUSE")
    assert ev.actor == ["E1"] and ev.recipient == ["E2"]


def test_a_praising_label_is_support_of_the_one_labelled():
    for sentence in ("Ана Димовска го нарече Петар Стојанов „добар човек“.",
                     "Ана Димовска го опиша Петар Стојанов како „вистински лидер“ на партијата.",
                     "Ана Димовска ја оцени Владата како „силен лидер“ во регионот."):
        doc = coded(sentence, [DIMOVSKA, STOJANOV, GOVERNMENT], quotes=True)
        ev = only(doc, "SUPPORT")
        assert ev.actor == ["E1"] and ev.recipient in (["E2"], ["E3"]), sentence
        assert not [e for e in doc.events if e.type == "ACCUSE"], sentence


def test_a_neutral_label_codes_nothing():
    for sentence in ("Ана Димовска го нарече Петар Стојанов „кандидат на партијата“.",
                     "Ана Димовска го опиша Петар Стојанов како „министер од кариера“.",
                     "Ана Димовска ја нарече Владата „влада на континуитетот“."):
        doc = coded(sentence, [DIMOVSKA, STOJANOV, GOVERNMENT], quotes=True)
        assert not [e for e in doc.events if e.type in ("ACCUSE", "SUPPORT")], sentence


def test_a_step_forward_as_a_topic_is_no_praise():
    doc = coded("Петар Стојанов рече дека влијанието на чекорот напред нема да биде само за Владата.",
                [STOJANOV, GOVERNMENT], quotes=True)
    assert not [e for e in doc.events if e.type == "SUPPORT"]


def test_an_act_judged_historic_is_praise_of_its_maker():
    doc = coded("Владата ја донесе реформата на судството. Ана Димовска ја оцени реформата како историска.",
                [GOVERNMENT, DIMOVSKA])
    ev = only(doc, "SUPPORT")
    assert ev.actor == ["E2"]


SPOKESMAN = Ent(("Марко Илиќ", "Илиќ"), "PER", "SRB", "GOV")


def test_a_label_is_told_by_its_own_verb_not_a_nearer_one_after_it():
    for sentence in ("Марко Илиќ го нарече Петар Стојанов „кловн“ и побара од Владата да го смени.",
                     "Марко Илиќ го опиша Петар Стојанов како „демагог“ и ги повика граѓаните на протест."):
        doc = coded(sentence, [SPOKESMAN, STOJANOV, GOVERNMENT], quotes=True)
        ev = only(doc, "ACCUSE")
        assert ev.trigger.text in ("нарече", "опиша") and ev.recipient == ["E2"], sentence


def test_an_act_of_a_state_named_by_its_adjective_blames_or_praises_that_state():
    for sentence, type_ in (("Марко Илиќ го оцени албанскиот потег како „провокативен“.", "ACCUSE"),
                            ("Марко Илиќ ја нарече албанската одлука „бездушна“.", "ACCUSE"),
                            ("Марко Илиќ ја оцени албанската понуда како „добар прв чекор“.", "SUPPORT")):
        doc = coded(sentence, [SPOKESMAN, Ent(("албанскиот", "албанската"), country="ALB", kind="demonym")], quotes=True)
        ev = only(doc, type_)
        assert ev.recipient == ["E2"], sentence


def test_an_act_of_the_speakers_own_state_labelled_blames_no_one():
    doc = coded("Марко Илиќ ја оцени српската понуда како „добар прв чекор“.",
                [SPOKESMAN, Ent(("српската",), country="SRB", kind="demonym")], quotes=True)
    assert not [e for e in doc.events if e.recipient == ["E2"]]


def test_an_act_called_a_blow_or_an_attack_on_democracy_blames_its_maker():
    for sentence in ("Владата ја донесе одлуката за медиумите. Ана Димовска ја нарече одлуката „тежок удар за слободата на говорот“.",
                     "Владата ја донесе одлуката за медиумите. Ана Димовска ја нарече одлуката „акт против демократијата“."):
        doc = coded(sentence, [GOVERNMENT, DIMOVSKA], quotes=True)
        ev = only(doc, "ACCUSE")
        assert ev.actor == ["E2"] and ev.recipient, sentence


def test_a_blow_no_one_dealt_and_a_fight_for_democracy_blame_no_one():
    for sentence in ("„Поплавите се тежок удар за земјоделците“, изјави Ана Димовска.",
                     "Ана Димовска рече дека борбата за демократијата продолжува."):
        doc = coded(sentence, [DIMOVSKA, GOVERNMENT], quotes=True)
        assert not [e for e in doc.events if e.type == "ACCUSE"], sentence


def test_an_insult_without_quote_marks_is_blame():
    for sentence in ("Ана Димовска го нарече Петар Стојанов кловн.",
                     "Ана Димовска го нарече Петар Стојанов нарцисоид и демагог.",
                     "Ана Димовска ја нарече политиката на Владата нехумана."):
        doc = coded(sentence, [DIMOVSKA, STOJANOV, GOVERNMENT], quotes=True)
        ev = only(doc, "ACCUSE")
        assert ev.actor == ["E1"] and ev.recipient in (["E2"], ["E3"]), sentence
    doc = coded("Ана Димовска го нарече Петар Стојанов кандидат.", [DIMOVSKA, STOJANOV, GOVERNMENT], quotes=True)
    assert not doc.events


def test_a_clitic_with_no_object_labels_the_man_named_before():
    for sentence in ("Судот го прогласи Петар Стојанов за виновен. Судијата Ана Димовска го нарече „шарлатан“.",
                     "Ана Димовска, која не се сретна со Петар Стојанов, го нарече „демагог“.",
                     "Петар Стојанов го напушти состанокот. Ана Димовска го опиша како „вистински лидер“."):
        doc = coded(sentence, [STOJANOV, DIMOVSKA], quotes=True)
        ev = next(e for e in doc.events if e.type in ("ACCUSE", "SUPPORT"))
        assert ev.actor == ["E2"] and ev.recipient == ["E1"], sentence


def test_a_clitic_before_a_thing_named_labels_the_thing_not_the_man_before():
    doc = coded("Петар Стојанов го напушти состанокот. Ана Димовска го нарече состанокот „кловновска претстава“.",
                [STOJANOV, DIMOVSKA], quotes=True)
    assert not [e for e in doc.events if e.type == "ACCUSE" and e.recipient == ["E1"] and e.rule.startswith("accuse.reported")]
