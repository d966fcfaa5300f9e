"""An agreement told again in the passive after a form of "be" (`Договорот е постигнат по …`) is the agreement told
before, one event; a second agreement told with its own active verb stays a second (invented sentences, session 41)."""
from tests.events.helpers import SERBIA, Ent, coded

IMF = Ent(("ММФ",), "ORG", None, "IGO")
PREMIER = Ent(("Јован Ристиќ",), "PER", "SRB", "GOV")
ENVOY = Ent(("Џон Кларк",), "PER", None, "IGO")
ALL = [IMF, SERBIA, PREMIER, ENVOY]


def test_the_agreement_told_again_in_the_passive_is_one():
    doc = coded("Мисијата на ММФ и Србија во неделата постигнаа договор за нов аранжман, соопшти Џон Кларк. Договорот "
                "е постигнат по долги разговори со премиерот Јован Ристиќ.", ALL)
    assert [e.type for e in doc.events] == ["AGREE"]


def test_a_second_agreement_by_its_active_verb_is_two():
    doc = coded("Мисијата на ММФ и Србија во неделата постигнаа договор за нов аранжман, соопшти Џон Кларк. Премиерот "
                "Јован Ристиќ и ММФ постигнаа и договор за гаранции.", ALL)
    assert [e.type for e in doc.events] == ["AGREE", "AGREE"]
