"""One event per act: the tellings of one act in a document (a headline and its body, a lead and its
retelling, a visit and the talks held there, a quote repeating an accusation) merge into one event
with every mention kept as evidence, and tellings that differ in place, mode, date or parties stay
apart (`merge`)."""
from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING

from vesnik.document import PLACE_TYPES, Document, Entity, Event
from vesnik.events.base import DEFINITE_BACK_REACH, SPEECH_ACTS, TALLY_BACK_REACH
from vesnik.kb import is_state
from vesnik.time.calendar import period_end, period_start

if TYPE_CHECKING:
    from vesnik.events.base import Coded

HEADLINE_LEAD_REACH = 2  # sentences after the headline that may tell its act: a dateline, then the lead
HEADLINE_ENDINGS = ".!?…:;"  # a first line ending in one of these is the body's lead, not a headline
HEADLINE_SENTENCES = 4  # a section or date line, the title and its parts: no more stand above the body
CROWD_MODES = frozenset({"demo", "riot", "vandalize"})  # a demonstration and the violence of its crowd
VIOLENT_MODES = frozenset({"riot", "vandalize"})
PARTED_MODES = {"ACCUSE": None, "COERCE": frozenset({"arrest"}), "SANCTION": None}  # None: every mode
QUOTED_BLAME_RULE = "accuse.reported_criticism"  # blame told as a statement, its mode no word's but a default
# recipient tags of the trigger's own slots (an untagged recipient is one too): the others are guesses
SLOT_RECIPIENTS = frozenset({"recipient:clitic", "recipient:gerund_clitic", "recipient:verb_object"})


def _recipients_agree(a: Event, b: Event, entities: dict[str, Entity]) -> bool:
    """The same recipients, or none named in one mention (`… се борат против Украина` told again
    as `… се борат`): a mention without a recipient does not make a second act; nor does, for a
    meeting, a state named in one and its people in the other (`ја посети Србија`, `се состана
    со Тадиќ`: one visit)."""
    if set(a.recipient) == set(b.recipient) or not a.recipient or not b.recipient:
        return True
    if a.type == "ASSAULT" and a.sentence == b.sentence and not (_by_slot(a) and _by_slot(b)):
        return True  # (`војниците убија 58 и ранија 2.700`: a toll's guessed target parts no second attack)
    if a.type != "CONSULT":
        return False
    sides = [[entities.get(r) for r in ev.recipient] for ev in (a, b)]
    if any(e is None or not e.country for side in sides for e in side):
        return False
    countries = [{e.country for e in side} for side in sides]
    return countries[0] == countries[1] and any(all(e.type in PLACE_TYPES for e in side) for side in sides)


def _hosts_over_places(recipients: list[str], entities: dict[str, Entity]) -> list[str]:
    """A visit to a city where a host of that city's state was met (`допатува во Берлин, каде се
    сретна со Мерц`) is aimed at the host: the city, or the government its name stood for, was
    only where it happened."""
    def place(ident: str) -> Entity | None:
        ent = entities.get(ident)
        if ent is not None and ent.rule == "events:country+head":  # a capital's government
            ent = entities.get(ident.rsplit(".", 1)[0])
        known = ent is not None and ent.type in PLACE_TYPES and ent.kb_id  # an unknown place may be a state
        return ent if known and not is_state(ent.kb_id) else None
    hosts = {entities[r].country for r in recipients if r in entities and place(r) is None}
    return [r for r in recipients if (p := place(r)) is None or p.country not in hosts]


def _holds(period: str | None, day: str | None) -> bool:
    """A longer period holds a day or a shorter one (`оваа недела` and `во понеделникот`)."""
    if not period or not day or len(period) >= len(day) and "-W" not in period:
        return False
    start, end, first, last = period_start(period), period_end(period), period_start(day), period_end(day)
    return None not in (start, end, first, last) and start <= first and last <= end and (start, end) != (first, last)


def _dates_agree(a: Coded, b: Coded) -> bool:
    """The same date, one of them only the publication date, or one told as a period holding the
    other (`оваа недела се сретнаа` … `во понеделникот се сретнаа`)."""
    return (a.event.date == b.event.date or a.weak_date or b.weak_date
            or _holds(a.event.date, b.event.date) or _holds(b.event.date, a.event.date))


def _places_differ(a: Event, b: Event, entities: dict[str, Entity]) -> bool:
    """Both tellings name where it happened, and not the same place (`протест во Белград`, `во Ниш`); a state and a
    place in it are one place told closer (`уапсен во Србија` … `уапсен во градот Х`), but for meetings, which a
    visit to a state holds in its towns apart."""
    if not a.location or not b.location or a.location == b.location:
        return False
    places = [entities.get(x) for x in (a.location, b.location)]
    if None in places:
        return True
    ka, kb = (p.kb_id for p in places)
    if ka and ka == kb:
        return False
    return is_meeting(a) or not any(is_state(p.kb_id) and q.country == p.country for p, q in (places, places[::-1]))


def _unnamed_alike(a: Event, b: Event, entities: dict[str, Entity]) -> bool:
    """The same unnamed kind of actor toward the same recipients (or none named in one telling), in no
    two places named apart (`студенти протестираа во Белград` … `Протестот во Белград`; not `… во Ниш`)."""
    named = any(entities[i].kb_id for i in a.actor + b.actor if i in entities)
    return (bool(a.actor and b.actor) and not named
            and (set(a.recipient) == set(b.recipient)
                 or _sides_agree(a.recipient, b.recipient, entities, named=True, either_empty=True))
            and _sides_agree(a.actor, b.actor, entities) and not _places_differ(a, b, entities))


def _meeting_of_visit(visit: Coded, c: Coded, entities: dict[str, Entity]) -> bool:
    """A meeting of a visit's countries told within two days of it (`вчера допатува во дводневна
    посета` … `Денеска се сретна со премиерот`; `се сретна со Си` … `допатува во понеделникот`),
    and not elsewhere, is the visit's (guidelines: one visit told several times)."""
    v, ev = visit.event, c.event
    if not (v.type == ev.type == "CONSULT" and v.mode == "visit" and v.status == ev.status) or _places_differ(v, ev, entities):
        return False
    ids = ev.actor + ev.recipient
    if len(ids) < 2 or not all(i in entities and entities[i].country for i in ids + v.actor + v.recipient):
        return False
    if _countries_of(ids, entities) != _countries_of(v.actor + v.recipient, entities):
        return False
    # a visit that met someone and then meets another (the president, then the premier) holds
    # two meetings (dev/train gold)
    home = _countries_of(v.actor, entities)
    met = {i for i in v.recipient if entities[i].type == "PER"}
    meets = {i for i in ids if entities[i].type == "PER" and entities[i].country not in home}
    if met and not meets <= met:
        return False
    if _dates_agree(visit, c):
        return True
    start, day = period_start(v.date or ""), period_start(ev.date or "")
    return bool(start and day and len(v.date or "") == len(ev.date or "") == 10 and 0 <= (day - start).days <= 2)


def _talks_of_visit(visit: Event, ev: Event) -> bool:
    """`Муцунски … во посета на Косово, каде што се сретна со Курти. Курти и Муцунски разговараа …`:
    the talks of the visitor with whom the visit met, told in the sentence after, are the visit."""
    return (visit.type == ev.type == "CONSULT" and visit.mode == "visit" and 0 < ev.sentence - visit.sentence <= 1
            and len(ev.actor + ev.recipient) > 1 and set(ev.actor + ev.recipient) <= set(visit.actor + visit.recipient))


def _gathering_retold(met: Coded, c: Coded, entities: dict[str, Entity]) -> bool:
    """A meeting told again in the same place with no day of its own, among the first telling's
    participants and more (`X и Y се сретнаа во среда во Z` … `Патувањето на X во Z му понуди
    можност да се сретне со Y и W`): the same gathering, not a second one on the publication day."""
    a, b = met.event, c.event
    return (is_meeting(a) and is_meeting(b) and c.weak_date and not met.weak_date and bool(a.location and b.location)
            and not _places_differ(a, b, entities) and len(a.actor + a.recipient) > 1
            and set(a.actor + a.recipient) <= set(b.actor + b.recipient))


def _modes_part(a: Event, b: Event, by_noun: bool = False) -> bool:
    """Two mentions of one type whose modes name two acts (`уапсија петмина` … `запленила дрога`);
    a quote's blame names no mode, so it may retell an accusation (`го обвини X дека …` …
    `„X лаже“, рече тој`). In a type whose modes name acts of their own, a mention without mode told by a
    verb of doing is another act than one with a mode (`извршија претреси … и одзедоа пари`: the search and
    the seizure); told by its noun alone (`При претресите … биле запленети`) it is the scene of the other."""
    if a.type not in PARTED_MODES or a.mode == b.mode or any(e.rule.startswith(QUOTED_BLAME_RULE) for e in (a, b)):
        return False
    parted = PARTED_MODES[a.type]
    if not (a.mode and b.mode):
        return parted is not None and not by_noun
    return parted is None or bool({a.mode, b.mode} & parted)


def _about_apart(a: Coded, b: Coded) -> bool:
    """One actor's statements told by their verbs further apart than the next sentence, each about things of its
    own, no word shared after the trigger (`повика на реформи во судството` … `повика да се исплатат
    обештетувањата`): two acts, not one told again (guidelines: one act per actor, recipients and time). The
    next sentence often tells the act just told in other words; a noun mention or the speaker's own quote
    refers back; meetings are told again by what was said there."""
    return (b.event.sentence - a.event.sentence > 1 and set(a.event.actor) == set(b.event.actor)
            and not (a.named_by_noun or b.named_by_noun or is_meeting(b.event)) and "actor:speaker" not in b.event.rule.split("+")
            and bool(a.about and b.about) and not a.about & b.about)


def _one_crowd(a: Event, b: Event, entities: dict[str, Entity]) -> bool:
    """A demonstration and the violence of its crowd, told in one sentence (`протестираа пред амбасадата, а дел од
    нив фрлаа камења`, `палеа автомобили и кршеа излози`): one protest, whatever target each clause guessed. A
    blockade, a strike or a boycott told with it is an act of its own (`протестираа …, а активисти блокираа …`)."""
    return (a.type == b.type == "PROTEST" and a.sentence == b.sentence and {a.mode, b.mode} <= CROWD_MODES
            and bool({a.mode, b.mode} & VIOLENT_MODES)
            and _sides_agree(a.actor, b.actor, entities) and not _places_differ(a, b, entities))


def _one_word_twice(a: Event, b: Event) -> bool:
    """Two rules of one type coding the same words (`предупреди дека … доколку …` read as a
    conditional warning and as a reported one): one act, the first reading stands; not two sides
    each acting on the other (`се обвинија меѓусебно`), nor readings of two times (one past, one now)."""
    return (a.type == b.type and a.status == b.status and a.sentence == b.sentence
            and a.trigger.start < b.trigger.end and b.trigger.start < a.trigger.end
            and not set(a.actor) & set(b.recipient) and not set(b.actor) & set(a.recipient))


def _handless_passive(ev: Event) -> bool:
    flags = ev.rule.split("+")
    return "passive" in flags and "actor:unnamed" in flags


def _passive_and_its_hand(a: Event, b: Event, entities: dict[str, Entity]) -> bool:
    """An act told in the passive with no hand named and the same act told with its hand in the sentence
    (`Х е обвинета дека …, а обвинителството бара 25 години затвор за неа`): one act, the unnamed hand of the
    kind the other names. (Attacks and their killings are joined by `merge` itself.)"""
    if (a.type != b.type or a.type == "ASSAULT" or is_meeting(a) or a.sentence != b.sentence or a.status != b.status
            or _handless_passive(a) == _handless_passive(b)):
        return False
    sectors = [{entities[i].sector for i in ev.actor if i in entities} for ev in (a, b)]
    return len(sectors[0]) == 1 and sectors[0] == sectors[1] and None not in sectors[0]


def _patient_told_again(a: Event, b: Event, entities: dict[str, Entity]) -> bool:
    """An act told again in the passive about the same patient, in the same mode (`Тројца млади се уапсени …`
    … `Тие беа уапсени ноќта во Х`): the passive tells what was done to whom, so a telling that names no other
    patient by the verb's own slots, and no hand of its own besides the one told or of other countries, is the
    act told before (guidelines: one event told twice). A meeting's passive (`беше примен`) is one of its sides."""
    if "passive" not in b.rule.split("+") or not a.mode or a.mode != b.mode or is_meeting(b):
        return False
    if set(a.recipient) != set(b.recipient) and _by_slot(a) and _by_slot(b):  # (a guessed patient parts nothing)
        return False
    if all(ev.actor and "actor:unnamed" not in ev.rule.split("+") for ev in (a, b)) and not set(a.actor) & set(b.actor):
        return False  # (`… беше обвинет од страна на синдикатот`: a hand of its own, another act)
    # (an unnamed hand's country is a guess, often the patient's: it names no hand of its own)
    hands = [set() if _handless_passive(ev) else _countries_of(ev.actor, entities) for ev in (a, b)]
    return not (hands[0] and hands[1]) or hands[0] <= hands[1] or hands[1] <= hands[0]


def is_meeting(ev: Event) -> bool:
    """A meeting or visit, also one announced (coded AGREE as PLOVER codes future cooperation)."""
    return ev.type == "CONSULT" or (ev.type == "AGREE" and ev.rule.startswith("consult."))


def headline_sentences(doc: Document) -> set[int]:
    """The sentences of the article's headline: its first lines, each set apart by a line break and
    ending in no full stop (`АФРИКА 26.11.2026` above `Воен удар во X: војската го уапси …`)."""
    found: set[int] = set()
    line: list[int] = []
    for sentence in doc.sentences[:HEADLINE_SENTENCES]:
        text = doc.text[sentence.start:sentence.end].rstrip()
        if "\n" in text:
            break
        line.append(sentence.index)
        if doc.text[sentence.end:sentence.end + 2].lstrip(" ").startswith("\n"):
            if text.endswith(tuple(HEADLINE_ENDINGS)):  # the body's first paragraph
                break
            found.update(line)
            line = []
    return found


def _sides_agree(a: list[str], b: list[str], entities: dict[str, Entity], named: bool = False,
                 either_empty: bool = False) -> bool:
    """The same side told in a headline and in the body: a shared entity; a state one telling
    names (or its government, by the capital's name) for the forces or office of it the other
    names (`Кина започна воени вежби` … `Кинеската армија започна …`, `Белград бара` …
    `Петковиќ побара`, `Македонија и ММФ разговараат` for the minister's talks with the
    mission); or the same kind of actor (country and sector) where no side is named
    (`работници` and `protesters`: MKD CVL), with `named` also where one is
    (`Владата`, `the authorities`: MKD GOV). With `either_empty`, a side one telling leaves out."""
    if set(a) & set(b) or (either_empty and not (a and b)):
        return True
    sides = [[entities.get(x) for x in side] for side in (a, b)]
    stated = any(side and all(e is not None and state_told(e) for e in side) for side in sides)
    if stated and _countries_of(a, entities) & _countries_of(b, entities):
        return True
    if not a or not b or any(e is None or e.country is None for side in sides for e in side):
        return False
    if not named and any(e.kb_id for side in sides for e in side):
        return False
    return {(e.country, e.sector) for e in sides[0]} == {(e.country, e.sector) for e in sides[1]}


def state_told(ent: Entity) -> bool:
    """A state, or its government told by the state's or the capital's name (`Белград бара …`)."""
    return ent.type == "GPE" or ent.rule == "events:country+head" and ent.sector == "GOV"


def _state_and_its_people(first: list[str], again: list[str], entities: dict[str, Entity]) -> bool:
    """The states of a joint act one telling names and people of theirs the other names
    (`Бугарија и Македонија потпишаа меморандум` … `Меморандумот го потпишаа министрите …`): one side;
    one state's act and its official's are often two (a commitment, then the chancellor's promise)."""
    sides = [[entities.get(i) for i in side] for side in (first, again)]
    if not all(sides) or any(e is None or not e.country for side in sides for e in side):
        return False
    def state(e: Entity) -> bool:
        return is_state(e.kb_id) if e.type == "GPE" else state_told(e)
    states, people = (sides[0], sides[1]) if all(state(e) for e in sides[0]) else (sides[1], sides[0])
    return (len(states) > 1 and all(state(e) for e in states) and not any(state_told(e) for e in people)
            and {e.country for e in people} <= {e.country for e in states})


def _countries_of(ids: list[str], entities: dict[str, Entity]) -> set[str]:
    return {entities[i].country for i in ids if i in entities and entities[i].country}


def _retold_headline(kept: list[Coded], ev: Event, headline: set[int], entities: dict[str, Entity]) -> Coded | None:
    """The headline's event that a body sentence tells in full (guidelines: one event told twice)."""
    if ev.sentence in headline:
        return None
    return next((k for k in kept if k.event.sentence in headline
                 and (k.event.type == ev.type and k.event.status == ev.status or _promised_in_body(k.event, ev)
                      or _word_read_in_full(k.event, ev))
                 and not _modes_part(k.event, ev)  # (`уапсени двајца` over the body's seizure: the arrest told later)
                 and not _joined_by_recipient(k.event, ev, entities)
                 and not (_names_its_actor(k.event) and _named_apart(k.event.actor, ev.actor, entities))
                 and not _sites_differ(k.event, ev, entities)
                 and (_same_countries(k.event, ev, entities)
                      or (_sides_agree(k.event.actor, ev.actor, entities) or _same_actor_countries(k.event, ev, entities))
                      and (_sides_agree(k.event.recipient, ev.recipient, entities, named=True, either_empty=True)
                           or _same_unnamed_kind(k.event.recipient, ev.recipient, entities))
                      or _passive_headline_of_lead(k.event, ev, headline, kept))), None)


def _lead_of_headline(kept: list[Coded], c: Coded, headline: set[int], entities: dict[str, Entity]) -> Coded | None:
    """The headline's act told again in the lead by the same entry and the same actor, whatever
    recipient each telling found (`X го обвини Y` over `X ги обвини властите …`): one act, unless
    both name a recipient by the trigger's own slots and not the same one, or name two dates or targets."""
    ev = c.event
    if not headline or not max(headline) < ev.sentence <= max(headline) + HEADLINE_LEAD_REACH:
        return None
    return next((k for k in kept if k.event.sentence in headline and k.event.status == ev.status
                 and k.event.rule.split("+")[0] == ev.rule.split("+")[0] and k.event.actor and ev.actor
                 and (set(k.event.actor) == set(ev.actor) or _sides_agree(k.event.actor, ev.actor, entities, named=True))
                 and (k.event.date == ev.date or k.weak_date or c.weak_date)
                 and not (_by_slot(k.event) and _by_slot(ev) and set(k.event.recipient) != set(ev.recipient))
                 and not _targets_differ(k.event, ev, entities) and not _modes_part(k.event, ev)), None)


def _targets_differ(a: Event, b: Event, entities: dict[str, Entity]) -> bool:
    """The tellings aim at two towns (`напад врз Киев`, `врз Одеса`); where each says it happened may
    differ by no more than how closely it is told (`во Ормуз`, `во Ормуздскиот Теснец`)."""
    x, y = _sites(a, entities)[0], _sites(b, entities)[0]
    return bool(x and y and not x & y)


def _by_slot(ev: Event) -> bool:
    """A recipient found by the trigger's own slots (object, clitic, the entry's preposition)."""
    return bool(ev.recipient) and not any(f.startswith("recipient:") and f not in SLOT_RECIPIENTS for f in ev.rule.split("+"))


def _recipient_support(ev: Event, entities: dict[str, Entity]) -> tuple[bool, bool, bool]:
    """How well a telling's recipient is found: at all, by a known name (no unnamed collective), by
    the trigger's slots."""
    named = any(r in entities and entities[r].kb_id for r in ev.recipient)
    return bool(ev.recipient), named, _by_slot(ev)


def _passive_headline_of_lead(head: Event, ev: Event, headline: set[int], kept: list[Coded]) -> bool:
    """A headline in the passive (`…, приведени 70 демонстранти`) names no hand and guesses its sides:
    the lead's act of the same entry (`полицијата … приведе 70 демонстранти`) is what it told in short.
    The lead is the first sentence with an act after the headline (a dateline may stand between)."""
    last = max(headline)
    return ("passive" in head.rule.split("+") and last < ev.sentence <= last + HEADLINE_LEAD_REACH
            and not any(last < k.event.sentence < ev.sentence for k in kept)
            and head.rule.split("+")[0] == ev.rule.split("+")[0])


def _promised_in_body(head: Event, ev: Event) -> bool:
    """The headline tells as done (`Германија испраќа ракети`) what the body tells by the same entry as
    promised, an intention coded another type (`ќе испорача ракети`: AGREE): one act."""
    flags = ev.rule.split("+")
    return (head.status == "asserted" and head.type != ev.type and flags[0] == head.rule.split("+")[0]
            and any(flag in (f"future→{ev.type}", f"hypothetical→{ev.type}") for flag in flags))


def _word_read_in_full(head: Event, ev: Event) -> bool:
    """The headline's trigger word is in the body's trigger, read there with what the headline left
    out (`ослободен` over `беше ослободен од обвинение`, `најавува штрајк` over `ќе стапат во штрајк
    доколку …`, a crossing blocked by a name the body tells as a crossing): one act, the body's type."""
    words = ev.trigger.text.lower().split()
    return head.type != ev.type and all(word in words for word in head.trigger.text.lower().split())


def _names_its_actor(ev: Event) -> bool:
    """The actor is the one its own clause names, not one found elsewhere (inherited, a speaker …)."""
    return not any(flag.startswith("actor:") for flag in ev.rule.split("+"))


def _named_apart(a: list[str], b: list[str], entities: dict[str, Entity]) -> bool:
    """Both tellings name their actors, bodies (or people) known apart and none shared (`Светска
    банка одобри …` over `ЕБРД одобри кредит …`): two acts, however alike their countries."""
    sides = [[entities.get(i) for i in side] for side in (a, b)]
    if not all(sides) or any(e is None or not e.kb_id for side in sides for e in side):
        return False
    kinds = {e.type for side in sides for e in side}
    return len(kinds) == 1 and not {e.kb_id for e in sides[0]} & {e.kb_id for e in sides[1]}


def _same_actor_countries(head: Event, ev: Event, entities: dict[str, Entity]) -> bool:
    """Both tellings' actors are of the same countries, all known (`Хутите заплениле танкер` over
    `Јеменските бунтовници … заплениле танкер`): a headline shortens the actor's name."""
    known = all(i in entities and entities[i].country for i in head.actor + ev.actor)
    return known and bool(head.actor) and _countries_of(head.actor, entities) == _countries_of(ev.actor, entities)


def _same_unnamed_kind(a: list[str], b: list[str], entities: dict[str, Entity]) -> bool:
    """Unnamed people of one sector on both tellings, whatever country each is given (`ослободи 90
    затвореници` in a headline, `ослободи 90 палестински затвореници` in the body)."""
    sides = [[entities.get(i) for i in side] for side in (a, b)]
    if not all(sides) or any(e is None or e.kb_id or not e.sector for side in sides for e in side):
        return False
    return {e.sector for e in sides[0]} == {e.sector for e in sides[1]}


def _sites_differ(a: Event, b: Event, entities: dict[str, Entity]) -> bool:
    """The tellings aim at two towns (`напад врз Киев`, `врз Одеса`: two attacks) or happen in two.
    A capital told for its government (`прифати предлогот на Вашингтон`) is a town only as a target:
    it is no second place beside where the other telling was held (`во Џеда`)."""
    (targets_a, places_a), (targets_b, places_b) = _sites(a, entities), _sites(b, entities)
    return any(x and y and not x & y for x, y in ((targets_a, targets_b), (places_a, places_b)))


def _sites(ev: Event, entities: dict[str, Entity]) -> tuple[set[str], set[str]]:
    """The towns and regions an act was aimed at (a capital told for its government is its town),
    and those it took place in or was aimed at, its capitals told for governments left out: no state."""
    targets, places = set(), set()
    for ident in [ev.location, *ev.recipient]:
        ent = entities.get(ident) if ident else None
        capital = ent is not None and ent.rule == "events:country+head"
        if capital:
            ent = entities.get(ident.rsplit(".", 1)[0])
        if ent is not None and ent.type in PLACE_TYPES and not is_state(ent.kb_id):
            if ident != ev.location:
                targets.add(ent.kb_id or ent.id)
            if not capital:
                places.add(ent.kb_id or ent.id)
    return targets, places


def _joined_by_recipient(head: Event, ev: Event, entities: dict[str, Entity]) -> bool:
    """The headline's act is aimed at a state that is one of the parties of the body's joint act
    (`Мицкоски: Грција е важен партнер` and `Мицкоски и Мицотакис потпишаа меморандум`): two acts.
    Meetings are exempt: one telling may name a host the other counts among the participants."""
    parties = _countries_of(ev.actor, entities)
    return not is_meeting(ev) and len(parties) > 1 and bool(_countries_of(head.recipient, entities) & parties)


def _same_countries(head: Event, ev: Event, entities: dict[str, Entity]) -> bool:
    """The same countries take part on both tellings, all of them known (`Србија и ЕУ
    разговараат` for the minister's meeting with the Commission, the sides told apart only in
    the body)."""
    told, again = head.actor + head.recipient, ev.actor + ev.recipient
    known = all(i in entities and entities[i].country for i in told + again)
    return known and _countries_of(told, entities) == _countries_of(again, entities)


def _item_of(ev: Event, items: list[tuple[int, int, str | None]]) -> int | None:
    """The index of the item of a page of news briefs (`Document._segments`) the event's trigger stands in, if any."""
    return next((i for i, (start, end, _) in enumerate(items) if start <= ev.trigger.start < end), None)


def _in_frame_of(c: Coded, told: Coded) -> None:
    """One more act of an actor's, told after the act it would have retold (`Тие, исто така, повикаа …`),
    is aimed where that one was and told on its day, where its own sentence names neither."""
    if not c.event.recipient and told.event.recipient:
        c.event.recipient = list(told.event.recipient)
        c.event.rule += "+recipient:act_before"
    if c.weak_date and not told.weak_date:
        c.event.date, c.weak_date = told.event.date, False
        c.event.rule = c.event.rule.replace("+date:publication", "")



def _told_before(k: Coded, c: Coded, entities: dict[str, Entity]) -> bool:
    """The act `c` tells is the one `k` told before: the same type and status, one act by its sides or by a cue of
    telling again (`_one_act`), with dates that agree, modes that do not part and no other place (no meeting)."""
    before, ev = k.event, c.event
    return (before.type == ev.type and before.status == ev.status and _one_act(k, c, entities)
            and _dates_agree(k, c)
            and not (before.mode != ev.mode and (before.mode and ev.mode and c.begun
                                                 or _modes_part(before, ev, k.named_by_noun or c.named_by_noun)))
            # (`уапсија … во Куманово` … `Во Скопје, пак, полицијата привела …`: two arrests)
            and (is_meeting(ev) or not _places_differ(before, ev, entities)))


def _one_act(k: Coded, c: Coded, entities: dict[str, Entity]) -> bool:
    """`c` and `k`, of one type, are one act by their sides or by how `c` names it again."""
    before, ev = k.event, c.event
    if ((set(before.actor) == set(ev.actor) or not is_meeting(ev) and _state_and_its_people(before.actor, ev.actor, entities))
            and _recipients_agree(before, ev, entities)):
        return True
    if is_meeting(ev) and set(before.actor + before.recipient) == set(ev.actor + ev.recipient):
        return True
    if _one_crowd(before, ev, entities):
        return True
    if _talks_of_visit(before, ev) or _patient_told_again(before, ev, entities) or _gathering_retold(k, c, entities):
        return True
    # (`Х на протестот изјави …`: the scene of another act is the act of its kind told in a sentence before, whoever
    # the clause makes its actor; `возврати по нападот на Y`: Y's attack, not the answer)
    if c.setting and before.sentence < ev.sentence and before.mode == ev.mode and not is_meeting(ev):
        return True
    if c.named_by_noun and _unnamed_alike(before, ev, entities):
        return True
    # (`Дронови нападнаа пазар … Според сведоци, дроновите удриле напладне`: the attack told again)
    if ev.type == "ASSAULT" and "date:episode" in ev.rule and before.mode == ev.mode and _unnamed_alike(before, ev, entities):
        return True
    # (`Русија изврши масовен напад врз Киев … Москва лансирала 430 дронови`: a tally of the weapons, no target
    # named, of the attack just told by its side)
    if (c.tally and not ev.recipient and 0 < ev.sentence - before.sentence <= TALLY_BACK_REACH
            and _same_actor_countries(before, ev, entities)):
        return True
    # (`Армијата изврши воздушни удари … Според армијата, гаѓани биле складишта`: hits by no hand named, on no day of
    # their own and at no target the verb's own slots give, told just after an attack, are that attack's outcome)
    if (ev.type == "ASSAULT" and {"actor:unnamed", "date:episode"} <= set(ev.rule.split("+")) and not _by_slot(ev)
            and 0 < ev.sentence - before.sentence <= TALLY_BACK_REACH):
        return True
    # (`Армијата изврши воздушни напади … Армијата тврди дека гаѓале командни центри`: the attacker's own word on the
    # attack just told, whatever target it names; its side's speaker too, `„Ги напаѓаме терористите“, рече министерот`)
    if (ev.type == "ASSAULT" and {"actor:speaker", "actor:inherited"} & set(ev.rule.split("+"))
            and (set(before.actor) == set(ev.actor) or _same_actor_countries(before, ev, entities))
            and ("date:previous" in ev.rule or "date:episode" in ev.rule or ev.sentence == before.sentence)):
        return True
    # (`Во нападот врз Киев загинаа …, изјави Кличко`: the act told before, whoever speaks of it)
    if c.named_by_noun and "actor:inherited" in ev.rule and not is_meeting(ev):
        return True
    actor_countries = _countries_of(ev.actor, entities)
    # (`… ќе побара екстрадиција од Шпанија. Шпанскиот суд ќе одлучува за барањето`: the act's recipient deciding on
    # it names it, no act of its own, nor a mode, which its content told; a strike after a march is another act)
    if (c.named_by_noun and not is_meeting(ev) and 0 < ev.sentence - before.sentence <= 1 and bool(actor_countries)
            and ev.mode in (before.mode, None) and actor_countries <= _countries_of(before.recipient, entities)):
        return True
    # (`Синдикатот започна штрајк … Во штрајкот учествуваат …`: no one but the type names its actor)
    if (c.named_by_noun and "actor:unnamed" in ev.rule and before.mode == ev.mode and not is_meeting(ev)
            and not _places_differ(before, ev, entities)):
        return True
    # (`Студенти протестираа … Протестот го организираше здружението`, `Х на протестот изјави`: the article names the
    # act told before, whoever of its country the sentence makes its actor)
    if (c.definite and before.mode == ev.mode and not is_meeting(ev) and ev.sentence - before.sentence <= DEFINITE_BACK_REACH
            and not _places_differ(before, ev, entities) and _same_actor_countries(before, ev, entities)):
        return True
    # (`… по разговорите со Y. Разговорите ги водеа X и Z`: the fronted topic is the act just told, a meeting too, led
    # by some of its sides' people)
    return bool(c.fronted and (before.mode == ev.mode or is_meeting(ev)) and 0 < ev.sentence - before.sentence <= DEFINITE_BACK_REACH
                and actor_countries and actor_countries <= _countries_of(before.actor + before.recipient, entities)
                and not _places_differ(before, ev, entities))

def merge(coded: list[Coded], stats: Counter[str], entities: dict[str, Entity] | None = None,
          headline: frozenset[int] | set[int] = frozenset(), items: list[tuple[int, int, str | None]] = ()) -> list[Coded]:
    """One event per act: one trigger read by two rules of a type; a headline's event told again in
    the body (same type and status, or told there as promised, a shared actor or the same unnamed
    kind, or the lead's act of the entry a passive headline used); the same type, actors, recipients and status with dates that agree
    (or one of them only the publication date) are one event, and so are two meetings told in
    one sentence that share an actor (a visit and the talks held there, also announced ones), and
    an attack and the killing by no hand its clause names told with it, and an agreement one side tells of after
    both sides reached it; the later mentions
    become its evidence and fill in what it lacks (place, source, a date from the text, the
    recipient a later mention names). An act told as begun in another mode (a hunger strike the
    protesters started) is a new act, and so is one told as one more (`ќе испрати и муниција`, `Таа, исто така,
    повика …`, `…, додаде тој`), aimed and dated like the act it would have retold where it names neither.
    A headline's act told again in the body is the body's event, the headline its evidence; so is one
    the lead tells by the same entry and actor kind, whatever recipient each found: the better-found stands,
    with the act its own sentence told just before it.
    A meeting of a visit's countries on its days is the visit; an act named again by its noun with
    the same unnamed kind of actor (`Протестот`), or (no meeting) with no actor in its sentence or with its article a few
    sentences after it by an actor of its country, is that act unless told in another place;
    an act told again in the passive about the same patient, in the same mode, is that act (a count to date,
    `досега се уапсени`, retells none), and so is its definite noun naming the scene of another act (`на протестот
    изјави`); a week or year told first holds the day told later, which then dates the event. Acts told in two
    places (no meeting), in modes that name two acts (an arrest and a seizure) or in two `items` of a page of
    briefs (the headline above them may tell any of them) stay two."""
    kept: list[Coded] = []
    for c in coded:
        ev = c.event
        # (the items of a page of briefs are stories of their own: acts told in two items are two acts)
        item = _item_of(ev, items)
        pool = [k for k in kept if item is None or _item_of(k.event, items) in (None, item)]
        if any(_one_word_twice(k.event, ev) for k in kept):
            stats["merged: one trigger coded twice"] += 1
            continue
        passive = next((k for k in pool if _passive_and_its_hand(k.event, ev, entities or {})), None)
        if passive is not None:  # the first telling stands, the other is its evidence
            stats["merged: a passive act and its hand"] += 1
            passive.evidence.append(ev.trigger)
            continue
        told = _retold_headline(pool, ev, headline, entities or {})
        if told is not None:  # the body's telling is the most complete: it stands, the headline is its evidence
            stats["merged: the headline's event told in the body"] += 1
            kept[kept.index(told)] = c
            c.evidence = [told.event.trigger, *told.evidence, *c.evidence]
            c.event.recipient = c.event.recipient or told.event.recipient
            continue
        told = _lead_of_headline(pool, c, headline, entities or {})
        if told is not None:  # the lead stands, with the better-found recipient of the two tellings
            stats["merged: the headline's act told in the lead"] += 1
            kept[kept.index(told)] = c
            c.evidence = [told.event.trigger, *told.evidence, *c.evidence]
            if _recipient_support(told.event, entities or {}) > _recipient_support(ev, entities or {}):
                ev.recipient = told.event.recipient
                ev.rule = "+".join(f for f in ev.rule.split("+") if not f.startswith("recipient:"))
                ev.rule += "".join(f"+{f}" for f in told.event.rule.split("+") if f.startswith("recipient:"))
            # (`X и Y ќе воспостават заеднички патроли, договорија вчера …`: the lead's own sentence told the act just before)
            for k in [k for k in pool if k is not told and k.event.sentence == ev.sentence and _told_before(k, c, entities or {})]:
                stats["merged: the same event told again"] += 1
                kept.remove(k)
                c.evidence.append(k.event.trigger)
            continue
        if c.earlier:  # (`Нивната претходна средба беше во Охрид`: not the meeting told before)
            kept.append(c)
            continue
        # (a count to date, `досега се уапсени 700 лица`, sums the acts told before: it retells none of them)
        told = [] if c.to_date else [k for k in pool if _told_before(k, c, entities or {})]
        if not told and c.named_by_noun and ev.type in SPEECH_ACTS:
            # (`X ги обвини … Y ги отфрли обвинувањата на X`: the doer's act told before, named again by its noun, whatever
            # day the answer is told on)
            told = [k for k in pool if k.event.type == ev.type and ev.actor and set(ev.actor) <= set(k.event.actor)]
        # one more act of the kind just told (`Тие, исто така, повикаа …`) stands apart, in the frame of that one
        partner = told[-1] if told and c.further and not is_meeting(ev) else None
        # (a mention about other things than the act before is another act, though not told as one more)
        told = [] if partner is not None else [k for k in told if not _about_apart(k, c)]
        # the telling in the same place first (`Протестот во Ниш` is the protest told in Niš)
        same = next((k for k in told if ev.location and k.event.location == ev.location), told[0] if told else None)
        one_visit = None if same is not None else next(
            (k for k in pool if k.event.type == ev.type and is_meeting(ev) and is_meeting(k.event) and k.event.sentence == ev.sentence
             and k.event.status == ev.status and set(k.event.actor) & set(ev.actor)
             and (k.event.date == ev.date or k.weak_date or c.weak_date)), None)  # (`во понеделникот …, а минатата недела …`: two)
        if one_visit is not None:  # `допатува во Србија, каде што се состана со X`: one visit
            same = one_visit
        if same is None:
            same = next((k for k in pool if _meeting_of_visit(k, c, entities or {})), None)
        if same is None and ev.type == "AGREE" and len(ev.actor) == 1 and not ev.recipient:
            # `Белград и Приштина постигнаа договор …` … `рече Тачи по постигнувањето на договорот`:
            # one side telling of the agreement both reached is that agreement
            same = next((k for k in pool if k.event.type == "AGREE" and len(k.event.actor) > 1 and k.event.rule.split("+")[0] == ev.rule.split("+")[0]
                         and k.event.status == ev.status and (k.event.date == ev.date or k.weak_date or c.weak_date)
                         and _countries_of(ev.actor, entities or {}) and _countries_of(ev.actor, entities or {}) < _countries_of(k.event.actor, entities or {})), None)
        if same is None and ev.type == "ASSAULT" and ("actor:unnamed" in ev.rule or "actor:inherited" in ev.rule):
            # `Руските сили извршија напад врз Одеса, при што беа убиени четири цивили`, `напад … убил
            # четворица`: the killing whose hand its clause does not name is the attack's
            same = next((k for k in pool if k.event.type == "ASSAULT" and k.event.sentence == ev.sentence
                         and "actor:unnamed" not in k.event.rule and k.event.status == ev.status), None)
        if same is None and ev.type == "ASSAULT":
            # `Тројца беа ранети кога руска ракета удри во зграда`: the killing told first is the attack's too
            unnamed = next((k for k in pool if k.event.type == "ASSAULT" and k.event.sentence == ev.sentence
                            and "actor:unnamed" in k.event.rule and k.event.status == ev.status), None)
            if unnamed is not None:
                stats["merged: the same event told again"] += 1
                kept[kept.index(unnamed)] = c
                c.evidence = [unnamed.event.trigger, *unnamed.evidence, *c.evidence]
                c.event.mode = c.event.mode or unnamed.event.mode  # (the victims are no side of a fight: dev gold)
                continue
        if same is None:
            if partner is not None:
                _in_frame_of(c, partner)
            kept.append(c)
            continue
        stats["merged: the same event told again"] += 1
        base = same.event
        same.evidence.append(ev.trigger)
        if same.weak_date and not c.weak_date:
            base.date, same.weak_date = ev.date, False
            base.rule = base.rule.replace("+date:publication", "")
        elif not c.weak_date and _holds(base.date, ev.date):  # the day told later is the week's or year's event
            base.date = ev.date
        # a visit gathers whom it met (`ја посети Србија` … `се состана со Тадиќ`; `ја посети
        # Хрватска каде се сретна со колегата X`, where X was told as a second actor)
        retold = _gathering_retold(same, c, entities or {})  # its first telling says who met
        if is_meeting(base) and not retold:
            met = [p for p in ev.actor + ev.recipient if p not in base.actor]
            home = _countries_of(base.actor, entities or {})
            if home and not home & _countries_of(base.recipient, entities or {}):
                # a visit abroad meets hosts: the visitor told by another name (`Црногорскиот
                # претседател ја посети Србија` … `Вујановиќ се состана со Тадиќ`) is no one met
                met = [p for p in met if p not in (entities or {}) or (entities or {})[p].country not in home]
            base.recipient = _hosts_over_places(list(dict.fromkeys(base.recipient + met)), entities or {})
        elif not retold:
            base.recipient = base.recipient or ev.recipient
        base.location = base.location or ev.location
        base.reported_by = base.reported_by or ev.reported_by
        # (`протестираа …, а дел од нив фрлаа камења`: the crowd's deed names the protest's mode)
        base.mode = ev.mode if base.mode == "demo" and _one_crowd(base, ev, entities or {}) else base.mode or ev.mode
        base.context = list(dict.fromkeys(base.context + ev.context))
        base.confidence = max(base.confidence, ev.confidence)
    return kept
