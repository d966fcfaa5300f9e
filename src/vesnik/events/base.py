"""What the event coder's parts share: distances and type sets its rules use, the records of a
candidate and a coded event, and word-sequence helpers."""
from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cache
from itertools import compress, repeat
from operator import itemgetter, methodcaller

from vesnik.clean.repair import CLOSING_QUOTES
from vesnik.document import Entity, Event, Span
from vesnik.events.lexicon import EventLexicon, Trigger
from vesnik.kb import load_kb

AGENT_PHRASE_REACH = 8  # words from an act's noun to the `од страна на` naming its doer, through a relative clause's verb
ATTRIBUTIVE_REACH = 2  # words from a verb to the end of the definite noun its participle describes
NEGATION_REACH = 4  # words from a negation to its verb (`што сè уште не го признале`)
OFFICIALS_REACH = 5  # sentences after officials met or acted together within which `министрите` means them
BODY_ANAPHOR_SENTENCES = 3  # sentences back where `Движењето`, `Мисијата` find the body they stand for
AID_STORY_REACH = 4  # sentences after an aid with a recipient within which more aid without one goes to it
REQUIRES_RECIPIENT = frozenset({"COOPERATE", "AID", "SANCTION"})  # PLOVER manual, "Requires recipient: Yes"
# PLOVER: cooperative acts reported in the future tense are AGREE, a future retreat is CONCEDE
# acts whose `да`/`дека` clause is their content, not a second event (guidelines: a request's
# topic, an accusation's allegation)
SPEECH_ACTS = frozenset({"REQUEST", "REJECT", "THREATEN", "AGREE", "ACCUSE"})
# acts whose noun, answered by another's verb with its doer in `на`, is coded as that doer's own act (train gold: an
# accusation denied; the invented sets' gold leaves a request refused or an invitation accepted to the answer)
ANSWERED_ACTS = frozenset({"ACCUSE"})
# types a statement is coded as when a trigger names its act; else a quote of blame is ACCUSE
STATEMENT_TYPES = SPEECH_ACTS | {"SUPPORT", "CONCEDE"}
ASSOCIATION_SECTORS = frozenset({"NGO", "LAB"})  # associations and unions, named by whom they gather (`Здружението на новинарите`)
# future acts of these types told as what follows a condition are no act of their own (a conditional
# force or sanction is a threat, a conditional visit or aid a promise: FUTURE_BECOMES)
CONDITIONED_DROPPED = frozenset({"REQUEST", "ACCUSE", "MOBILIZE"})
# coded only when done: an attack told as still to come and held out as no threat is someone's fear or charge
# (`Вашингтон подготвува агресија`, `сака да ја уништи опозицијата`); 1 of 252 such gold events is future (issue #5)
DONE_ONLY = frozenset({"ASSAULT"})
FUTURE_BECOMES = {"CONSULT": "AGREE", "SUPPORT": "AGREE", "COOPERATE": "AGREE", "AID": "AGREE", "RETREAT": "CONCEDE"}
INTERNATIONAL = frozenset({"IGO", "UNO", "EUR", "NGO", "MNC"})  # PLOVER codes of actors of no one state
MEMBER_BODIES = frozenset({"IGO", "UNO", "EUR"})  # PLOVER codes of international bodies whose members are states
JUDGEMENT_TYPES = frozenset({"ACCUSE", "SUPPORT", "REJECT", "AGREE", "CONCEDE"})  # types that judge (or accept, or yield to) another's act
AGREEMENT_TYPES = frozenset({"AGREE", "SUPPORT"})  # the acts that make an agreement: reaching it, signing it
# types whose act, with no recipient, is aimed at the recipient of an act of these types its actors told just
# before in its sentence (a threat after a criticism or a demand, a demand made at a meeting, a refusal after a
# criticism, a capture or seizure after an attack, a promise after praise, a call, a meeting or a judgement: train and
# invented gold give such a promise the first act's recipient 27 times, another 17, nearly all named in its own words,
# none 4; a demand after a criticism, as often another, is not here)
ACTS_AIMED_LIKE_THE_ONE_BEFORE = {"THREATEN": JUDGEMENT_TYPES | {"REQUEST"}, "REQUEST": frozenset({"CONSULT", "ACCUSE", "SUPPORT"}),
                                  "REJECT": frozenset({"ACCUSE"}), "COERCE": frozenset({"ASSAULT"}),
                                  "AGREE": frozenset({"SUPPORT", "REQUEST", "CONSULT", "ACCUSE", "REJECT"})}
# and those aimed at the recipient of such an act its actors tell right after (`изрази загриженост и ја повика Кина на
# воздржаност`: the concern is about China)
ACTS_AIMED_LIKE_THE_ONE_AFTER = {"ACCUSE": frozenset({"REQUEST"})}
ANSWERED_TYPES = frozenset({"ACCUSE", "THREATEN"})  # what a rejection of accusations or threats answers
ASKING_TYPES = frozenset({"REQUEST", "AGREE"})  # a demand or an offer, which a refusal answers
ASKED_ORGANS = frozenset({"GOV", "MIL"})  # organs a demand of a state is made of, which its leaders refuse for it
JUSTICE_SECTORS = frozenset({"JUD", "COP"})  # who charges, detains and sentences the arrested
CHARGE_PRONOUN_REACH = 4  # tokens before a charge's trigger where `против нив` stands (`Против нив е поднесена …`)
LEAD_IN_REACH = 1  # sentences after a bare reaction within which the act it leads in to is told
ARREST_STORY_REACH = 3  # sentences after an arrest within which a charge with only a clitic is of the arrested
CHARGING_TYPES = frozenset({"COERCE", "SANCTION"})  # an arrest or a conviction charges whom it hits: their denial answers it
RULING_TYPES = frozenset({"SANCTION", "COERCE", "COOPERATE"})  # a court's ruling an appeal refuses: a conviction, a
# detention ordered, a handover decided
# modes that name a different act from every other mode of their type (a charge and a criticism;
# an arrest of people and a seizure or search of their things): two mentions in them are two events
HOSTILE_TYPES = frozenset({"ASSAULT", "ACCUSE", "THREATEN", "COERCE"})  # acts of one side of a conflict against the other
FIGHTING_TYPES = frozenset({"ASSAULT"})  # the acts of sides at war (`завојуваните страни`: those who fought last)
DISPUTE_TYPES = HOSTILE_TYPES | {"REJECT"}  # acts between the two sides of a dispute (`Скопје ги отфрли барањата на Софија`)
OTHER_SIDE_TYPES = frozenset({"REJECT", "THREATEN"})  # a refusal or threat naming no one answers the other side of the story
# the acts told before that such a refusal or threat answers (not talks: a refusal after a meeting is often of another thing)
OTHER_SIDE_ACTS = DISPUTE_TYPES | ASKING_TYPES | {"SANCTION"}
SIDES_TYPES = DISPUTE_TYPES | AGREEMENT_TYPES | {"CONSULT"}  # acts that make two parties `двете страни` (a dispute, a deal, talks)
BLAME_TOPIC_REACH = 2  # words from `против` to a word of blame it makes a topic (`против нелегалната миграција`)
SITUATION_REACH = 5  # words from a noun of a situation to a word of blame judging it (`состојбата во Појасот е „катастрофална“`)
APPROVAL_SUBJECT_REACH = 4  # words from a statement's start to the thing it approves (`ревидираниот француски предлог е …`)
DENIAL_RULE = "reject.reported_denial"  # a denial told as a statement (`„Тоа не е вистина“, рече X`)
# the speaker's own side will not do or change something (`рече дека нема да го менува буџетот`): a refusal of the
# side whose demand it answers, told before (`_answer_demands`), else no event
OWN_REFUSAL_RULE = "reject.own_refusal"
OWN_ACCORD = "+recipient:own_accord"  # an agreement praised by one of its parties: SUPPORT with no recipient
DEFENCE_RULE = DENIAL_RULE + "+defence"  # counsel's statement of the client's side (`изјави дека неговиот клиент е невин`)
INVERTING_MARKS = {",", "“", "\"", "»"}  # after these a speech verb attributes the statement before it
VISITOR_STATEMENT_TYPES = frozenset({"SUPPORT", "AGREE", "REQUEST"})  # a visitor's statements are addressed to the host
PARTNER_ACTS = frozenset({"AGREE", "REQUEST"})  # offered or asked of the one just met (`се сретна со X и понуди …`)
CLAUSE_MARKS = {",", "-", "--", "–", "—", ")"}  # that close a phrase before the clause going on after them
DATELINE_DASHES = {"-", "--", "–", "—"}
DOUBLE_HYPHEN = "--"  # closes a dateline right after its places even when capitalised, not in capitals (one token per hyphen)
DATELINE_REACH = 9  # tokens from a dateline's place to its dash (`ПРИШТИНА, 15 јануари 2026 (МИА) –`)
# between an antecedent (its acronym in brackets, the closing quote of its quoted name) and its relative pronoun
RELATIVE_PUNCTUATION = CLAUSE_MARKS | CLOSING_QUOTES
ROLE_REACH_WORDS = 5  # words between a role noun and the name it introduces (`секретар на НАТО, Марк Руте`)
REBUTTED_SOURCE_REACH = 3  # sentences back where a denied report's source is looked for
JUDGED_ACT_REACH = 2  # sentences back where the judged act's author is looked for
JUDGED_KIND_REACH = 4  # sentences back where an act of the kind a judged noun names is looked for (`заплената …`)
FELT_REACH = 4  # words after the start of a word of blame where the preposition of the thing judged may stand (`е „многу незадоволен“ од`)
SIDELESS_TYPES = frozenset({"SUPPORT", "AID"})  # thanks, praise and help: they make no side of a dispute or of talks
OTHER_SIDE_REACH = 2  # sentences back where the act whose other side an offer, refusal or threat naming no one answers is told
ROLE_COMPLEMENT_WORDS = 4  # words of a role's complement between it and a relative pronoun (`за внатрешни работи`)
ADDRESS_REACH = 3  # words from a quoted act to its second-person word, and from `на` to the quote's addressee
FORCE_ACTS = frozenset({"ASSAULT", "COERCE"})  # a force's own strike or arrest, whose target its report describes
FORCE_SECTORS = frozenset({"COP", "MIL"})  # forces that guard, break up or ban a protest, not hold one
STATE_SECTORS = frozenset({"GOV", "LEG", "JUD", "COP", "MIL"})  # organs of a state: its country is where they act
# people whose country no international body's code is (`поддржувачи на излезот од Унијата`): it codes its organs
PEOPLE_SECTORS = frozenset({"CVL", "REF", "CRM"})
UNNAMED_SPEAKER_SECTORS = frozenset({"PTY", "LAB"})  # bodies a bare noun names as speakers (`Од партијата велат …`)
MISSION_OWNER_REACH = 5  # `амбасадата на ЕУ во …`: the mission noun, its `на` owner, the preposition
AUTHORITY_SECTORS = frozenset({"GOV", "LEG", "IGO"})  # bodies whose decisions another judges (`Москва ја осуди одлуката`)
OFFICE_RULE = "events:office_holder"  # the rule of an unnamed office holder (`Министерката за здравство`)
TOPIC_TYPES = frozenset({"PER"})  # who a dropped subject or `тој`/`таа`/`тие` stands for
PREVIOUS_SUBJECT_REACH = 1  # a dropped subject (`Тој`, pro-drop) is the person of the sentence just before
NOUN_SUBJECT_REACH = 3  # a noun trigger's bare subject stands this close (`Заев имаше средба со ...`)
LIGHT_VERB_MODIFIERS = 3  # words between a light verb and its noun (`најавија нов пакет воена помош`)
TIME_POINT_MODIFIERS = 2  # words between `по почетокот на` and the act's noun (`по почетокот на руската инвазија`)
POSSESSIVE_ADJECTIVES = 2  # between an opening possessive and its noun (`Нивната последна заедничка средба`)
NOUN_GENITIVE_REACH = 3  # and its `на X` follows it this closely (`посетата на Заев`)
LEADING_PHRASE = 4  # words from the sentence start to a noun trigger in its opening adverbial
GATHERING_BACK_REACH = 5  # sentences back to the gathering that `на самитот` refers to
DEFINITE_BACK_REACH = 4  # sentences back to the act a noun with its article (`Протестот …`) tells again
TALLY_BACK_REACH = 2  # sentences back to the attack a targetless launch (`лансирала 430 дронови`) tallies
DAY_PART_REACH = 5  # sentences back to the day whose evening `вечерта` is
UNTIL_REACH = 5  # words from `додека` to the verb of its condition (`додека Владата не ги`)
SEQUEL_ADVERB_REACH = 3  # words before a trigger where `веднаш`, `истовремено` stand (`веднаш ја осуди`)
SESSION_ACCOUNT_REACH = 3  # sentences an account of a dated session runs on with no date of its own
EPISODE_TYPES = frozenset({"CONSULT", "PROTEST", "ASSAULT", "COERCE"})  # dated episodes whose acts, told after, share their day
# deeds done at the scene of a dated episode, by whoever is there: the police's tear gas and arrests at a protest, the
# raid's seizures, the fire returned in an attack (not an arrest after an attack: a later response)
SCENE_ACTS = {"PROTEST": frozenset({"PROTEST", "COERCE", "ASSAULT"}), "COERCE": frozenset({"COERCE", "PROTEST"}),
              "ASSAULT": frozenset({"ASSAULT"})}
# coercion decreed for a whole place and time (a curfew, martial law), no police action with a scene of its own
DECREED_MODES = frozenset({"curfew", "martial-law"})
LED_PROTEST_REACH = 3  # words from a verb of leading to the protest it led (`ги предводеше протестантите`)
GATHERING_DATE_REACH = 8  # words between a gathering's noun and its date (`на самитот во Брисел, кој заврши синоќа`)
GATHERING_REACH = 4  # words before a relative pronoun where the gathering it describes is named (`самитот во Брисел ,`)
POSSESSOR_HEAD_REACH = 2  # words from a clause's start to the noun whose `на X` stands for its subject
ACT_PLACE_REACH = 5  # words after a trigger within which a place is its act's, not a complement's
DEMONYM_PLACE_REACH = 2  # words between a location preposition and a demonym of towns (`во повеќе полски градови`)
OBJECT_REACH = 3  # words after a trigger where its object's head stands (`ги отфрли обвинувањата`, an unnamed collective)
NAME_PHRASE_REACH = 4  # words of a law's or institution's `за` phrase before a participle in it
STATUS_REACH = 4  # words before a trigger where `не`, `ќе`, `би` count
CUE_REACH = 12  # characters between a complementiser and the reported statement it opens
ATTRIBUTION_WORDS = 8  # words of a quote's attribution (`рече тој во интервју за телевизијата`) before a verbal adverb
# actors the sentence does not name as the subject of the trigger's clause or the one before it
UNNAMED_SUBJECT = frozenset({"actor:speaker", "actor:previous", "actor:anaphora", "actor:collective", "actor:unnamed"})
INHERITED_ACTOR = 0.85  # confidence factors
PUBLICATION_DATE = 0.85
PASSIVE = 0.9
REPORTED_STATEMENT = 0.5  # a quote of blame or obligation with no trigger word
ABOUT_WORDS = 3  # the words after a trigger that name its object or content (`повика на итни мерки за …`)
ABOUT_REACH = 8  # words after a trigger within which a `дека`/`да` opens what it says
ABOUT_STEM = 5  # letters of a word that name it whatever its ending (`реформи`, `реформите`); shorter words are function words
SUPERLATIVE_STEM = 5  # letters a word must keep after `нај` to be a superlative (`најави`, `најде` are not)
NECESSITY_REACH = 8  # words from a word of necessity to its `да` (`важно Македонија и Грција да`)
EXPECTATION_REACH = 2  # words from a verb of expecting to the state it asks (`очекува од Атина да`), not one deeper in
CONDITION_SUBJECT_REACH = 2  # words from a condition opener to the side it names (`доколку повторно Европа …`)
STATE_ANAPHORA_REACH = 2  # sentences back in which `земјата` finds the state it refers to
OBLIGATION_REACH = 4  # words between the name an obligation is laid on and its modal (`Србија ... треба да`)


FACED_REACH = 4  # words from `се соочи` to the noun faced (`се соочи со остри критики`)
OPENING_MODIFIERS = 2  # words before a noun trigger that still opens its clause (`Нова воена помош`)
FRAME_REACH = 4  # words from the sentence start to a framing noun (`По нејзиниот прв состанок`)
QUESTION_BOUNDS = frozenset({".", "!", "“", "”", "\"", "»", ";"})


@dataclass
class Candidate:
    trigger: Trigger
    first: int  # token range of the trigger words
    end: int
    passive: bool
    span_first: int  # with a reflexive particle before it


@dataclass
class Coded:
    event: Event
    weak_date: bool  # the date is the publication date, no time expression
    evidence: list[Span] = field(default_factory=list)  # further mentions merged into it
    begun: bool = False  # told as begun (`започнаа штрајк со глад`): a new act, no retelling of another kind
    further: bool = False  # told as one more (`ќе испрати и муниција`): a new act, no retelling
    earlier: bool = False  # told as an earlier act of its kind (`Нивната претходна средба`): another act, no retelling
    to_date: bool = False  # told as a count to date (`досега се уапсени 700 лица`): a sum of acts, no retelling of one
    setting: bool = False  # named by its definite noun as the scene of another act (`на протестот изјави`): refers back
    named_by_noun: bool = False  # told by its noun with no verb of doing (`Протестот во Белград беше …`): may refer back
    definite: bool = False  # that noun with its article (`на протестот`, `Штрајкот`): the act the story already told
    tally: bool = False  # a count of weapons used (`лансирала 430 дронови`): with no target, of the attack told before
    fronted: bool = False  # that noun opening its clause as the object a clitic doubles (`Разговорите ги водеа X`): given
    forum: bool = False  # lodged with a body (`поднесе жалба до Советот за безбедност`): against whom its side accused
    about: frozenset[str] = frozenset()  # stems of the words its clause tells after the trigger: what the act is about


@dataclass
class Arguments:
    actor: list[str]
    recipient: list[str]
    flags: list[str]
    reciprocal: bool = False  # a meeting-like act: its sides are actor and recipient only when one hosts


SHORT_BEGINNINGS = 16  # up to so many word beginnings a word is tested against all of them


@cache
def _by_first_letter(beginnings: tuple[str, ...]) -> tuple[dict[str, tuple[str, ...]], tuple[str, ...]]:
    """The word beginnings under their first letter, and those that open any word (an empty one)."""
    any_word = tuple(b for b in beginnings if not b)
    grouped: dict[str, tuple[str, ...]] = {}
    for b in beginnings:
        if b:
            grouped[b[0]] = grouped.get(b[0], any_word) + (b,)
    return grouped, any_word


def opening_flags(words: list[str], beginnings: tuple[str, ...]) -> Iterator[bool]:
    """Whether each word starts with one of `beginnings`, by C-level calls; a long list is tested
    only by the beginnings of the word's own first letter (hundreds then cost no more than a few)."""
    if len(beginnings) <= SHORT_BEGINNINGS:
        return map(methodcaller("startswith", beginnings), words)
    grouped, any_word = _by_first_letter(beginnings)
    return map(str.startswith, words, map(grouped.get, map(itemgetter(slice(0, 1)), words), repeat(any_word)))


@cache
def _sequences_by_first(sequences: tuple[tuple[str, ...], ...]) -> tuple[
        tuple[str, ...], tuple[int, ...], dict[str, tuple[tuple[str, ...], ...]], dict[str, tuple[str, ...] | None]]:
    """The sequences' first parts, their lengths, the rest of each sequence under its first part,
    and the second parts those rests open (None when a sequence ends there): the rests are read
    only when the next word opens one of them (`е`, `а`, `не` open hundreds of sequences)."""
    rests: dict[str, list[tuple[str, ...]]] = {}
    for seq in sequences:
        rests.setdefault(seq[0], []).append(seq[1:])
    seconds = {first: None if () in r else tuple(rest[0] for rest in r) for first, r in rests.items()}
    return tuple(rests), tuple(sorted({len(first) for first in rests})), {first: tuple(r) for first, r in rests.items()}, seconds


def stem_sequence_starts(words: list[str], sequences: tuple[tuple[str, ...], ...]) -> list[int]:
    """Where one of the word-beginning sequences starts in `words`."""
    return list(_stem_sequence_starts(words, sequences))


def _stem_sequence_starts(words: list[str], sequences: tuple[tuple[str, ...], ...]) -> Iterator[int]:
    firsts, lengths, rests, seconds = _sequences_by_first(sequences)
    last = len(words) - 1
    # the words that open no sequence are passed over by C-level calls: only the others are read here
    for i in compress(range(len(words)), opening_flags(words, firsts)):
        word = words[i]
        for n in lengths:
            if n > len(word):
                break
            key = word[:n]
            following = rests.get(key)
            if following is None:
                continue
            opened = seconds[key]
            if opened is not None and not (i < last and words[i + 1].startswith(opened)):
                continue  # the next word opens none of the rests
            if any(all(i + j < len(words) and words[i + j].startswith(part) for j, part in enumerate(rest, 1))
                   for rest in following):
                yield i
                break


def stem_sequence_ends(words: list[str], sequences: tuple[tuple[str, ...], ...]) -> list[int]:
    """The index right after each match of one of the word-beginning sequences in `words`."""
    return [at + len(seq) for at in stem_sequence_starts(words, sequences) for seq in sequences
            if all(at + j < len(words) and words[at + j].startswith(part) for j, part in enumerate(seq))]


def has_stem_sequence(words: list[str], sequences: tuple[tuple[str, ...], ...]) -> bool:
    return next(_stem_sequence_starts(words, sequences), None) is not None


def has_until(words: list[str], lex: EventLexicon) -> bool:
    """The words hold an `until` (`додека Владата не …`, `сè додека Владата во Скопје доследно не …`): the word with a
    negation within UNTIL_REACH words after it."""
    return any(w in lex.until_openers and set(words[i + 1:i + 1 + UNTIL_REACH]) & lex.negation
               for i, w in enumerate(words))


def capital_of(ent: Entity) -> str | None:
    """The country a capital stands for, from the knowledge base (None for other entities)."""
    if not ent.kb_id:
        return None
    actor = load_kb().get(ent.kb_id)
    return actor.capital_of if actor is not None else None


def opened_by(clause, sequences) -> bool:
    """Whether the clause's opener ends one of the word sequences (`нема да`, `за да`)."""
    return any(seq[-1] == clause.opener and clause.before_opener[-(len(seq) - 1):] == seq[:-1]
               for seq in sequences if len(seq) > 1)
