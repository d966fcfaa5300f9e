"""Requests in a speech's transcript that are the chamber's procedure (invented sentences): what is asked names the
floor's business (an agenda item, a vote, support asked of the floor, a reply, the rules), the chair is addressed,
the speaker asks for the speaker's own act, or asks nothing past whom it calls — no REQUEST; a demand on another
actor for a political act stays one, and the same words in news are untouched."""
from __future__ import annotations

from tests.events.helpers import Ent, coded, only
from tests.events.test_transcript_speaker import speech

GOVERNMENT = Ent(("Владата",), "ORG", "MKD", "GOV")
MINISTER = Ent(("Марко Илиевски",), "PER", "MKD", "GOV")
PARTY = Ent(("Левица",), "ORG", "MKD", "PTY")
SPEAKER = ("REQUEST", ["Горан Ристов"])


def _requests(text: str, entities=(GOVERNMENT, MINISTER, PARTY)) -> list:
    return [e for e in speech(text, list(entities))[1] if e[0] == "REQUEST"]


def test_an_agenda_item_or_a_vote_asked_is_procedure():
    assert _requests("Барам четвртата точка да биде симната од дневниот ред.") == []
    assert _requests("Имам дадено образложение и барам предлогот да се стави на гласање.") == []
    assert _requests("Барам четвртиот закон да биде повлечен од Владата.") == [SPEAKER]


def test_a_third_persons_agenda_request_in_a_transcript_is_procedure():
    assert _requests("Продолжуваме со барањето на Левица, која побара да се дополни дневниот ред.") == []
    assert _requests("Левица побара да се намали данокот на лековите.") == [("REQUEST", ["Левица"])]


def test_a_reply_asked_in_question_time_is_procedure():
    assert _requests("Го повикувам министерот Марко Илиевски да одговори на прашањето.") == []
    assert _requests("Го повикувам министерот Марко Илиевски да поднесе оставка.") == [SPEAKER]


def test_a_thanks_for_the_reply_before_the_request_does_not_make_it_procedure():
    assert _requests("Благодарам на одговорот и ве охрабрувам да поведете постапка против виновните.") == [SPEAKER]


def test_support_asked_of_the_floor_is_procedure():
    assert _requests("Толку од мене и ве замолувам за поддршка.") == []
    assert _requests("Барам од Владата повеќе средства за поддршка на земјоделците.") == [SPEAKER]


def test_the_chair_addressed_makes_it_procedure_but_not_the_head_of_government():
    assert _requests("Претседателе, да ве замолам на мандатарот да му кажете да не излегува.") == []
    assert _requests("Господине претседателе на Владата, ве замолувам да ги намалите цените на струјата.") == [SPEAKER]


def test_the_speakers_own_act_asked_is_no_request():
    assert _requests("И барам да знам зошто законот се менува без расправа.") == []
    assert _requests("Апелирам да покажеме трпение и разбирање.") == []
    assert _requests("И барам Владата да каже зошто законот се менува без расправа.") == [SPEAKER]
    assert _requests("Апелирам Владата да покаже трпение и разбирање.") == [SPEAKER]


def test_a_call_that_asks_nothing_is_the_chair_giving_the_floor():
    assert _requests("Го повикувам Марко Илиевски.") == []
    assert _requests("Го повикувам Марко Илиевски да се извини на граѓаните.") == [SPEAKER]


def test_the_same_words_in_news_stay_requests():
    assert only(coded("Левица побара точката за данокот да се стави на дневен ред.", [PARTY]), "REQUEST")


def test_what_citizens_want_told_in_a_speech_is_a_general_statement():
    citizens = Ent(("граѓаните",), "ORG", "MKD", "CVL")
    assert _requests("Граѓаните бараат чист воздух и подобри услови за живот.", (GOVERNMENT, citizens)) == []
    assert _requests("Левица бара чист воздух и подобри услови за живот.", (GOVERNMENT, PARTY)) == [("REQUEST", ["Левица"])]


def test_a_proposed_person_or_draft_is_no_request():
    assert not [e for e in coded("Предложените заменици министри од владината коалиција се стручни луѓе.", [PARTY]).events
                if e.type == "REQUEST"]
    assert only(coded("Левица му предложи на министерот да ги повлече измените.", [PARTY]), "REQUEST")


def test_fellow_members_asked_to_back_a_bill_is_a_vote():
    assert _requests("Ги повикувам пратениците да го поддржат законот за данокот.") == []
    assert _requests("Ја повикувам Владата да го поддржи законот за данокот.") == [SPEAKER]


def test_an_agenda_named_before_the_request_is_procedure():
    assert _requests("Како дополнување на дневниот ред барам да се стави законот за данокот.") == []
    assert _requests("Како одговор на кризата со цените барам Владата да го намали данокот.") == [SPEAKER]


def test_convincing_someone_that_something_is_so_is_no_request():
    assert not [e for e in coded("Левица ги убедува родителите дека училиштето е безбедно.", [PARTY]).events
                if e.type == "REQUEST"]
    assert only(coded("Левица ги убедува родителите да ги запишат децата во училиштето.", [PARTY]), "REQUEST")


def test_an_explanation_asked_of_a_minister_is_question_time():
    assert _requests("Ве замолувам министре да ми објасните зошто тендерот доцни.") == []
    assert _requests("Ве замолувам министре да го поништите тендерот за патот.") == [SPEAKER]


def test_the_speakers_call_on_the_public_is_a_general_statement():
    citizens = Ent(("граѓаните",), "ORG", "MKD", "CVL")
    assert _requests("Ги повикувам граѓаните да ги погледнат податоците за платите.", (GOVERNMENT, citizens)) == []
    assert _requests("Ја повикувам Владата да ги погледне податоците за платите.", (GOVERNMENT, citizens)) == [SPEAKER]


def test_a_guest_invited_to_address_the_chamber_is_the_order_of_business():
    assert _requests("Го повикувам министерот Марко Илиевски да им се обрати на присутните.") == []
    assert _requests("Го повикувам министерот Марко Илиевски да им се извини на присутните.") == [SPEAKER]


def test_a_title_before_the_name_called_is_still_the_chair_giving_the_floor():
    assert _requests("Го повикувам господинот Марко Илиевски.") == []
    assert _requests("Го повикувам министерот Марко Илиевски.") == []
    assert _requests("Го повикувам господинот Марко Илиевски да се извини на граѓаните.") == [SPEAKER]


def test_information_or_manners_asked_on_the_floor_are_procedure():
    assert _requests("Министре, ќе ве замолам информација за бројот на новите пензионери.") == []
    assert _requests("Ве замолувам за коректност во расправата.") == []
    assert _requests("Министре, ќе ве замолам да го зголемите бројот на новите лекари.") == [SPEAKER]


def test_citing_an_article_is_no_call():
    assert not [e for e in coded("Левица со повикување на членот 5 од Уставот го оспори законот.", [PARTY]).events
                if e.type == "REQUEST"]
    assert only(coded("Левица со сите сили ја повика Владата да го повлече законот.", [PARTY, GOVERNMENT]), "REQUEST")


def test_the_chair_inviting_or_calling_a_member_to_speak_is_procedure():
    def invitations(text):
        return [e for e in speech(text, [GOVERNMENT, MINISTER, PARTY])[1] if e[0] in ("AGREE", "ACCUSE")]
    assert invitations("Го поканувам пратеникот Марко Илиевски да се произнесе дали е задоволен од одговорот.") == []
    assert invitations("Го поканувам министерот Марко Илиевски да дојде во Струмица на средба со земјоделците.") != []
    assert invitations("Го поканувам Марко Илиевски да разговараме за цените на струјата.") != []


def test_a_roll_call_asked_is_procedure():
    assert _requests("Барам номинална изјава на сите пратеници.") == []
    assert _requests("Барам Владата да ги намали цените на сите лекови.") == [SPEAKER]


def test_fellow_members_asked_for_their_backing_by_the_noun_is_procedure():
    assert _requests("Ги замолувам колегите пратеници да ја дадат својата поддршка.") == []
    assert _requests("Ја замолувам Владата да ја даде својата поддршка на земјоделците.") == [SPEAKER]


def test_the_debates_manners_asked_of_the_one_addressed_are_no_request():
    assert _requests("Ве замолувам кога зборувате за земјоделците да ги кажете вистинските бројки.") == []
    assert _requests("Ве замолувам за земјоделците да ги исплатите субвенциите до крајот на месецот.") == [SPEAKER]


def test_the_public_to_be_informed_by_a_minister_is_question_time():
    assert _requests("Министре, ве замолувам да ја известите јавноста за тендерот.") == []
    assert _requests("Министре, ве замолувам да го поништите тендерот.") == [SPEAKER]


def test_a_members_question_named_as_such_is_procedure_but_a_walkout_from_its_session_a_refusal():
    assert _requests("Кога ќе барам пратеничко прашање до Владата, пак ќе го поставам истото.") == []
    assert _requests("Кога ќе барам оставка од Владата, пак ќе го поставам истото.") == [SPEAKER]
    assert "REJECT" in [t for t, _ in speech("Левица ја напушти седницата за пратенички прашања.", [PARTY])[1]]
