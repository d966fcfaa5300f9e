"""The event coder's word knowledge, read from `vesnik/lang/<lang>/triggers.yaml` (triggers,
argument slots, mode cues) and `event_cues.yaml` (status, clause and role cues), plus the
reporting verbs and clause words of `reporting.yaml` (shared with the quotes stage)."""
from __future__ import annotations

from dataclasses import dataclass, replace
from functools import cache, cached_property

from vesnik.lang import yaml_data
from vesnik.quotes.lexicon import ReportingWords, claim_words, reporting_words


@dataclass(frozen=True)
class Slots:
    """Where the actor and the recipient are looked for, in order of preference: `subject`,
    `object`, or a preposition governing the name."""

    actor: tuple[str, ...]
    recipient: tuple[str, ...]


@dataclass(frozen=True)
class Trigger:
    id: str
    type: str
    mode: str | None
    noun: bool
    slots: Slots
    passive: Slots
    reciprocal: bool
    location_as_recipient: bool
    needs: tuple[str, ...]  # word beginnings, one of which the sentence must contain
    unless: tuple[str, ...]  # word beginnings none of which the sentence may contain
    unless_clause: tuple[str, ...]  # word beginnings none of which the trigger's own clause may contain
    unless_next: frozenset[str]  # words that may not follow the trigger in its sentence
    unless_before: frozenset[str]  # words that may not stand right before a single-word trigger
    unless_after: tuple[str, ...]  # beginnings neither of the two words right after the trigger may have
    unless_subject: tuple[str, ...]  # beginnings the word right before a single-word trigger (clitics skipped) may not have
    no_document_object: bool  # a document as the verb's object makes it no event (`ја достави студијата`)
    document_content: bool  # in a document's oblique relative clause it is the document's content (`договор, со кој се обврзуваат`)
    needs_after: tuple[str, ...]  # beginnings one of the two words right after the trigger must have
    requires: frozenset[str]  # any one of: `recipient` found, `content` (a `да`/`дека` clause after it), `object` (a thing named right after it)
    confidence: float
    context: tuple[str, ...]
    named_actor: bool = False  # no unnamed actor (`уништени згради`: damage, not always an attack)
    side_actor: bool = False  # no event when its actors are only people told by a head noun (`туристите нема да останат рамнодушни`)
    state_type: str | None = None  # the type when a state's organs do it (`Израел ја воведе блокадата`: COERCE, no protest)
    invitation_type: str | None = None  # the type when a sequence's callee is invited straight to its last word (`ги повика земјоделците на дијалог`: AGREE)
    invitation_prepositions: frozenset[str] = frozenset()  # what governs that last word in an invitation (`на`), no `да` clause before it
    appeal_sectors: frozenset[str] = frozenset()  # callers of these sectors calling two or more sides appeal to them (the UN `ги повика двете страни на дијалог`)
    passive_actor: str | None = None  # the sector of the unnamed actor of a passive form (`беше уапсен`: the police)
    no_reflexive: bool = False  # no event when `се` comes with it (`се срушија`: collapsed)
    no_negated: bool = False  # no event when negated (`не прифати да одговара`: a refusal, coded by the REJECT entries)
    warned_stays: bool = False  # stays its type told as a warning (`предупреди дека нема простор за зголемување`: a lack of means, no threat)
    passive_sense: bool = False  # every form is passive in sense (`најдена со прободни рани`: the subject is the victim)
    offered_possibility: bool = False  # `може да понуди`: what one says one can offer is offered (AGREE), no mere possibility
    schedulable: bool = False  # `следната недела треба да ја ратификува`: with a day ahead, `треба да` sets it, as a meeting
    content_threat: bool = False  # a coercive or violent act in its `дека`/`да` clause makes it THREATEN (`вети дека ќе мобилизира …`)
    content_mode: bool = False  # a mode its content tells (content_mode_cues) comes before its own (`обвини X дека ги игнорира …`: disapprove)
    dated_by_meeting: bool = False  # a day after it is the meeting's it sets up, which dates it (`покани на средба во четвртокот`)
    announced: bool = False  # it tells an act still to come, as its noun after `најави` does (`повика на штрајк`)
    agreed_content: bool = False  # its `да` clause is what is agreed: no nearest recipient there (`се согласи да ја измени …`)
    together: bool = False  # a mutual act its sides do together whatever its verb's number (`средбата заврши без договор`)
    lemmas: frozenset[str] = frozenset()  # finite forms even when they end like a participle (`покани`)
    sequence: tuple[frozenset[str], ...] = ()  # forms per position of a word sequence
    max_gap: int = 0
    noun_first: bool = False  # the reversed order of an `either_order` sequence (`санкциите наметнати`)
    state_object: bool = False  # a state named right after the trigger, or before its clitic, stands in for `needs` (`го признае Косово`)
    no_state: bool = False  # no event when the sentence names a state (`го нападна Филипче` is verbal, `ја нападна Украина` not)
    negated: str | None = None  # the type of its active form after `нема да` (`нема да го поддржи`: REJECT, an announced refusal)
    refusing_forms: frozenset[str] = frozenset()  # forms whose plain negation is that refusal too (`не се откажува од барањата`)
    quoted_past_forms: frozenset[str] = frozenset()  # forms that inside a direct quote recall a past habit, no act (`„ни ветуваше …“`)
    noun_object: bool = False  # its verbal noun's `на` names the one acted on (`ослободување на затворениците`)
    forum: bool = False  # the name after its last word is the body it is lodged with, no recipient (`поднесе жалба до СТО`)
    accepted_by: frozenset[str] = frozenset()  # a later verb of accepting the act, its subject the act's recipient (`дали X ќе ја прифати`)
    implied_recipient: str | None = None  # the sector of the actors' state aimed at when no one is named (a law annulled: GOV)
    needs_also: tuple[str, ...] = ()  # a second list like `needs`, one of which the sentence must also contain (`суд` and `неустав`)
    tally: bool = False  # with no target it counts the weapons of an attack told before (`лансирала 430 дронови`)
    needs_before: int = 0  # sentences before the trigger's that may hold the `needs` word instead (`Бомба експлодираше … во друга експлозија`)
    members_meet: frozenset[str] = frozenset()  # international bodies' codes that may meet alone: their members meet
    sought: tuple[str, ...] = ()  # object word beginnings, within three words after the trigger, that make it seeking, not asking someone, unless `од` follows in the clause (`бара помош`, `бара помош од ЕУ`)


@dataclass(frozen=True)
class EventLexicon:
    single: dict[str, tuple[Trigger, ...]]  # word form -> entries, first that fits wins
    sequences: dict[str, tuple[Trigger, ...]]  # form of a sequence's first word -> entries
    mode_cues: dict[str, tuple[tuple[str, tuple[str, ...]], ...]]  # type -> (mode, word beginnings)
    content_mode_cues: dict[str, tuple[tuple[str, tuple[str, ...]], ...]]  # the same, read after the trigger
    negation: frozenset[str]
    negated_future: tuple[tuple[str, ...], ...]
    future: frozenset[str]
    future_governors: tuple[str, ...]
    hypothetical: frozenset[str]
    hypothetical_openers: frozenset[str]
    condition_openers: frozenset[str]  # `ако`, `доколку`: a condition (not `дали`, a question)
    concessive_words: frozenset[str]  # before a condition opener, `even if` (`дури и ако`)
    until_openers: frozenset[str]  # `додека Тирана не …`: with a negation after it, a condition (until)
    hypothetical_sequences: tuple[tuple[str, ...], ...]
    doubted_sequences: tuple[tuple[str, ...], ...]  # a denied expectation or belief: its `да`/`дека` clause tells no act
    frustrated_sequences: tuple[tuple[str, ...], ...]  # ending the clause before a `да` clause: its act not done
    verbal_noun_endings: tuple[str, ...]  # `предавањето`: a verb entry's noun form, no verb of a clause
    historical_sequences: tuple[tuple[str, ...], ...]
    habitual_sequences: tuple[tuple[str, ...], ...]  # `со месеци ги блокираше`: done over and over, no single date
    scheduled_sequences: tuple[tuple[str, ...], ...]  # `е закажана`: after a noun trigger, its act is ahead
    scheduled_modals: tuple[tuple[str, ...], ...]  # `утре треба да се сретне`: a meeting set for a day ahead
    offer_modals: tuple[tuple[str, ...], ...]  # `може да` right before an `offered_possibility` entry: an offer made
    forecast_words: tuple[str, ...]  # `аналитичарите предвидуваат дека … може да понуди`: a forecast, no offer made
    decided_aid: tuple[tuple[str, ...], ...]  # future aid told as already decided stays AID (`според договорот … ќе донира`)
    relief_words: tuple[str, ...]  # beginnings: forces sent with them bring help, no deployment (`авиони носат помош`)
    time_adverbials: tuple[tuple[str, ...], ...]
    time_points: tuple[tuple[str, ...], ...]  # `по почетокот на`: an act's noun after it is a time, no act told
    topic_heads: tuple[tuple[str, ...], ...]  # `организаторите на`: an act's noun after it is presupposed, no act told
    rebutted_words: frozenset[str]
    retort_verbs: frozenset[str]  # `возврати дека …`: a statement that answers an accusation
    claim_verbs: frozenset[str]  # `тврди дека …`: a party's claim, of the other side's act an allegation
    answer_verbs: frozenset[str]  # `му одговори дека`: a retort when a dative clitic says to whom
    message_verbs: frozenset[str]  # `порача дека …`: sending word, a warning of what one will not allow
    retort_blame_openers: tuple[tuple[str, ...], ...]  # `и дека`, `затоа што`: a later clause of a retort, maybe blaming
    proposal_attributions: tuple[tuple[str, ...], ...]  # `како што предлага X`: after a negated clause, X's proposal refused
    condition_words: tuple[tuple[str, ...], ...]  # `ќе зависи од`: a future condition laid on a side, a demand of it
    question_stems: tuple[str, ...]  # `праша`, `прашањето`: an answer after them answers a question
    act_objects: frozenset[str]  # `го критикуваше потегот`: the judgement is of whoever acted before
    held_acts: frozenset[str]  # `штрајкот е политички мотивиран`: a statement's judgement of whoever held it
    act_object_types: dict[str, frozenset[str]]  # such nouns of no trigger -> the types of act they name (`употребата`)
    judged_demonstratives: frozenset[str]  # `изјави дека тоа е неприфатливо`: the last act told before is judged
    judged_openers: tuple[tuple[str, ...], ...]  # `станува збор за …`: as a demonstrative, the act before is judged
    judged_after: frozenset[str]  # `разочаран од пресудата`: the preposition a word of blame takes the thing judged by
    agreement_objects: frozenset[str]  # `го поздрави договорот`: the judgement is of the agreement's parties
    meeting_objects: frozenset[str]  # `го поздрави самитот`: the judgement is of the meeting's sides
    sides_objects: frozenset[str]  # `ги повика страните`: the sides of the last agreement, else meeting, told
    settlement_nouns: frozenset[str]  # `во полските градови`: a demonym before them tells the act's place
    mediation_words: frozenset[str]  # `подготвена да посредува`: an offer to the two sides of the dispute told before
    keeping_verbs: frozenset[str]  # `ќе го почитува договорот`: a promise to keep it is made to the agreement's other sides
    authoring_verbs: frozenset[str]  # `го усвои буџетот`: the verb's subject made the thing named after it
    authored_things: dict[str, str]  # a form of a thing made (`буџетот`) -> its lemma, to find its maker told before
    verb_made_things: dict[str, str]  # `предложи` -> `предлог`: the thing a verb makes with no noun of it after it
    authored_within: frozenset[str]  # `во` of `X во одлуката наведе`: the clause's subject wrote the thing
    authored_thing_kinds: dict[str, frozenset[str]]  # a thing's lemma -> the lemmas of things of its kind (`измени`: `мерка` …)
    adjective_endings: tuple[str, ...]
    refusal_sequences: tuple[tuple[str, ...], ...]  # a `да` clause after one is refused (`не можеме да се разоружаме`)
    # registers telling no political event (a match report, a legislature's floor business):
    # (word beginnings, whole-word sequences, the types still coded there)
    offstage_registers: tuple[tuple[tuple[str, ...], tuple[tuple[str, ...], ...], frozenset[str]], ...]
    floor_request_words: tuple[str, ...]  # `гласањ`: in a transcript's sentence, a request is the floor's business
    floor_request_sequences: tuple[tuple[str, ...], ...]  # `дневниот ред`
    floor_request_asked: tuple[str, ...]  # `пауз`: the same after the request's trigger
    floor_request_asked_sequences: tuple[tuple[str, ...], ...]  # `одговорот`
    floor_request_support: tuple[tuple[str, ...], ...]  # `за поддршка` right after a request: the floor's vote asked
    floor_members: tuple[str, ...]  # `пратени`: fellow members named ...
    floor_votes: tuple[str, ...]  # `поддрж`: ... asked to back or vote after the request's trigger
    floor_addressed_votes: frozenset[str]  # `подржите`: backing asked of those addressed, or with no one named
    floor_bills: tuple[str, ...]  # `закон`: a bill after such backing asked
    chair_addresses: frozenset[str]  # `претседателе`: the sentence addresses the chair
    floor_request_triggers: frozenset[str]  # `agree.invite`: entries of other types read as floor requests too
    poll_words: tuple[str, ...]  # `Мнозинството граѓани го поддржуваат …`: civilians a poll counts
    poll_types: frozenset[str]
    poll_sectors: frozenset[str]
    poll_sources: tuple[tuple[str, ...], ...]  # `…, според анкетата`: whoever the sentence names, a poll's count
    poll_amount_prepositions: frozenset[str]  # `за 20 отсто`: a share after one and a number is an amount, no poll
    ballot_words: tuple[str, ...]  # `на изборите граѓаните дадоа поддршка`: a ballot's count, like a poll's
    ballot_types: frozenset[str]
    number_words: frozenset[str]  # numerals written as words (`од осум отсто`), the claims' data
    civilian_free_types: dict[str, frozenset[str] | None]  # types (or their modes) civilians never act in
    business_types: frozenset[str]  # `Фирмата потпиша договор со синџирот`: companies among themselves
    business_sectors: frozenset[str]
    generic_determiners: frozenset[str]  # `Секоја влада ветува …`: any one of a kind, no actor
    nobody_subjects: tuple[tuple[str, ...], ...]  # `никој не може да …`: an act of nobody's, a general statement
    habitual_words: tuple[tuple[str, ...], ...]  # `секогаш се среќава`: a habit, no one act
    name_heads: tuple[str, ...]  # `Агенцијата за поддршка …`: a trigger in the `за` phrase of a name
    war_nouns: frozenset[str]  # `по Студената војна`: a war named by a capitalised adjective is a period
    war_name_between: frozenset[str]  # `Втората светска војна`: words between that adjective and the noun
    war_name_endings: tuple[str, ...]  # the adjective's endings
    credit_prepositions: frozenset[str]  # `со поддршка на ЕУ`: a sponsor credited, no act
    credit_types: frozenset[str]
    ratification_titles: tuple[tuple[str, ...], ...]  # `Закон за ратификација на …`: the agreement's title runs on
    name_coordinator: str  # `за промоција и поддршка`: a noun coordinated before the trigger there
    topic_preposition: str  # `Агенцијата за …`, `договорот за прекин на огнот`
    facing_preposition: str  # `се соочи со критики`
    amount_preposition: str  # `во износ од …`
    subject_pronouns: dict[str, str]  # nominative pronoun -> masculine | feminine | plural
    plural_definite: str
    plural_endings: tuple[str, ...]
    modifier_endings: tuple[str, ...]
    title_nouns: tuple[str, ...]  # `Книгата „Опсада …“`: a title in quotes after one
    # (works, verbs) pairs: what a work tells (`Филмот раскажува за опсадата`), what a law orders (`Членот 3 пропишува казни`)
    depictions: tuple[tuple[tuple[str, ...], frozenset[str]], ...]
    trend_verbs: frozenset[str]  # `нападите … се зачестија`: acts told as a trend, no act
    dependence_verbs: frozenset[str]  # `помошта … зависи од`: a condition on acts of a kind, no act
    beginning_verbs: tuple[str, ...]  # `започнаа штрајк`: a light verb that tells a new act begun
    denial_verbs: tuple[str, ...]  # `негира дека …`: a denial, whatever its object
    retreat_undoes: dict[str, frozenset[str]]  # retreat mode -> the types of the acts it undoes
    additive_words: frozenset[str]  # `ќе испрати и муниција`: right after a verb trigger, a further act
    additive_not_before: frozenset[str]  # words after which such a word joins clauses instead
    joined_reaction_openers: tuple[tuple[str, ...], ...]  # `и од` before a reaction's actor: it joins the one told
    repeated_words: frozenset[str]  # `повторно ја обвини`: right before a verb trigger, the act once more
    additive_before: tuple[tuple[str, ...], ...]  # `исто така ја повика`: before a verb trigger, one more act
    additive_speech: frozenset[str]  # `додаде тој`: speech lemmas that tell their sentence's act one more
    earlier_words: frozenset[str]  # `претходната средба`: right before a noun trigger, another act before
    to_date_words: frozenset[str]  # `досега се уапсени`: right before a verb trigger, a count to date, no retelling
    light_verbs: frozenset[str]  # `оствари разговори`: the noun takes the verb's subject  # `амбасадорски`: an adjective, no role noun  # `ги отфрли обвинувањата`: the rejection answers an accusation  # `за време на` before a noun trigger: an event of its own
    own_possessives: frozenset[str]  # `го повтори својот повик`: the reflexive possessive's act is the clause subject's
    meeting_circumstance_prepositions: frozenset[str]  # `во разговорот со Y`: the clause subject met Y
    meeting_after_prepositions: frozenset[str]  # `по разговорот со Y`: a meeting over, also before a future clause
    gendered_possessives: dict[str, str]  # `нејзините` -> feminine, `неговите` -> masculine
    opened_passives: dict[str, tuple[str, frozenset[str]]]  # entry id or mode -> (the unnamed actor's sector, participles): `Започната е истрага`
    historical_days: int
    historical_toll_types: frozenset[str]  # a past act of these told in an agentless passive counts victims, background
    answered_demand_reach: int  # sentences after a demand within which a promise or acceptance by the one asked answers it
    demand_answers: frozenset[str]  # trigger entries of promises and acceptances, which answer a demand made of their actor
    ultimatums: frozenset[str]  # trigger entries of threats that make a demand (`ако не …`), which a promise answers too
    readiness_offers: frozenset[str]  # trigger entries of offers of talks or help, made to the other side of the act before
    interceptions: frozenset[str]  # trigger entries of weapons brought down (`собори 98`): the attacker's, also when unnamed
    ruling_appeals: frozenset[str]  # trigger entries of appeals: with no court named, against the ruling told before
    subjunctive: frozenset[str]
    jussive: frozenset[str]  # `нека`: the name it opens or follows at a statement's head is told to act
    relative_openers: frozenset[str]
    object_relatives: frozenset[str]  # `кого`: the relative clause's object, its subject its own
    addressee_relative_prepositions: frozenset[str]  # `на кого му вети`: the antecedent is addressed
    document_addressee_prepositions: frozenset[str]  # `писмо до Владата, со кое бара`: whom the document is for
    plural_relatives: frozenset[str]  # `кои`: the object of a singular verb (`кои ги уапси`)
    invariant_relatives: frozenset[str]  # `што`: no gender, may describe the noun before an `на` name
    factive_heads: frozenset[str]  # `тоа што`: the fact that, no relative clause
    fact_openers: frozenset[str]  # `што Владата мора да`: a fact told of the name, no obligation laid on it
    denied_claims: frozenset[str]  # `тврдењата на X се лага`: claims whose blame is a denial (REJECT)
    refused_offers: frozenset[str]  # `понудата на X`: what one side asks or offers of another
    refusal_judgements: tuple[tuple[str, ...], ...]  # `се нереални`: a judgement refusing a demand or offer
    responsibility_words: tuple[tuple[str, ...], ...]  # `одговорен за`: the act after it in blame is only alleged
    blame_topic_words: frozenset[str]  # `против корупцијата`: a word of blame after one is a topic fought, no blame
    situation_words: frozenset[str]  # `состојбата е катастрофална`: a word of blame after one judges a situation, no one
    superlative_prefixes: tuple[str, ...]  # `нај-`: a statement's words are matched without it too
    referent_cues: tuple[tuple[str, ...], ...]  # `мислејќи на Y` after a statement: Y is whom it is about
    adverbial_relatives: frozenset[str]  # `каде што`, `кога што`: the subject carries over
    oblique_relative_prepositions: frozenset[str]  # `со кои потпиша`: the pronoun is no subject, the subject carries over
    head_modifier_prepositions: frozenset[str]  # `луѓе со знамиња на ЕУ ја блокираа`: a phrase between subject and verb
    gathering_stems: tuple[str, ...]  # `самитот, кој заврши синоќа`: a dated gathering dates the acts done there
    gathering_definite_endings: tuple[str, ...]  # `на самитот`, `на протестот`: the gathering or act told before
    gathering_back_prepositions: frozenset[str]  # `На маргините на самитот, …`: an act done at a gathering told before
    protest_leading_stems: tuple[str, ...]  # `кој ги предводеше протестантите`: a leader of the protest told before
    protest_led_stems: tuple[str, ...]  # and the protest nouns such a verb takes
    protest_organiser_stems: tuple[str, ...]  # `Организаторите побараа …`: those who called the protest told before
    sequel_adverbs: frozenset[str]  # `Комисијата веднаш ја осуди …`: done on the day of the act told before
    then_adverbs: frozenset[str]  # `Шејнбаум тогаш ги отфрли`: done at the time told last, a month or year too
    sequel_openings: tuple[tuple[str, ...], ...]  # `Во исто време …` opening a sentence: its acts are on that day too
    manner_openers: tuple[tuple[str, ...], ...]  # `со тоа што`: a clause of the means, its subject the sentence's
    partitive_words: frozenset[str]  # `двајца од …`: words of a part before the whole's preposition
    tally_words: frozenset[str]  # `немало приведени лица`: there being people an act was done to tells its tally
    partitive_prepositions: frozenset[str]  # the preposition of the whole (`од`)
    comparatives: frozenset[str]  # `повеќе од сто …`: a count, no agent nor whole after `од`
    approximators: frozenset[str]  # `над 400 луѓе`: an approximate count before the people counted
    crowds: frozenset[str]  # `неколку стотини`: a large count of people before the plural counted
    crowd_sector: str  # the sector of a counted group of people no sector head names
    duration_units: frozenset[str]  # `притвор од 30 дена на X`: the length of a measure, no word of its object
    place_named_documents: frozenset[str]  # `Договорот од Охрид`: the place names the agreement
    document_place_prepositions: frozenset[str]
    document_nouns: frozenset[str]  # `резолуција со која …`: the document acts for its maker
    object_nouns: frozenset[str]  # `Договорот го ратификуваше …`: a fronted object, never a doer
    comma_openers: frozenset[str]
    new_subject_openers: frozenset[str]  # `…, а X изјави`: the clause after has a subject of its own
    subjectless_adverbs: frozenset[str]  # `Таму се сретна …`: an adverb before a dropped subject's verb
    parenthetical_words: frozenset[str]  # `Од СДСМ, пак, соопштија`: set off by commas, no clause break
    aside_openers: frozenset[str]  # `…, иако X …`: names after them are the clause's own subject
    reflexive: frozenset[str]
    coordinators: frozenset[str]
    preposition_phrases: tuple[tuple[tuple[str, ...], str], ...]  # (words, the preposition they stand for)
    agent_phrases: tuple[tuple[str, ...], ...]  # those of them that stand for a passive's agent (`од страна на`)
    location_prepositions: frozenset[str]
    mission_seat_stems: tuple[str, ...]  # `амбасадата во Белград`: the mission's seat, not the act's place
    body_seat_stems: tuple[str, ...]  # `властите во Анкара`: the body's seat, not the act's place
    mission_site_prepositions: frozenset[str]  # `пред конзулатот во Солун`: the mission is the act's site
    residence_prepositions: frozenset[str]  # `Србите на Косово`: where a people lives
    native_communities: dict[str, frozenset[str]]  # a people's state -> the states it is also a native community of
    local_people_words: frozenset[str]  # `локалните Срби`: the people living where the story is
    genitive: str
    member_preposition: str  # `Пратениците од опозицијата`: members of a collective
    authority_sectors: frozenset[str]  # `Истрагата на ФБИ против X`: a body of these sectors after `на` does the act
    authority_target_prepositions: frozenset[str]  # (with the act's target after it under one of these)
    agent_genitive_targets: frozenset[str]  # `нападот на Хамас врз Израел`: with these after it, any noun's `на` names the doer
    authored_objects: frozenset[str]  # `наводите на опозицијата`: the collective after `на` is the recipient
    partnered_objects: frozenset[str]  # `соработката со банката`: the body after `со` is the recipient
    pressure_phrases: tuple[tuple[str, ...], ...]  # `под притисок од опозицијата`: the collective after it is the recipient
    pressure_by: frozenset[str]
    owner_prepositions: frozenset[str]  # `државјани на Албанија`, `активисти од Косово`: the collective's country
    portfolio_prepositions: frozenset[str]  # `министрите за надворешни работи на ЕУ`: the owner after the portfolio
    pair_anaphora: frozenset[str]
    next_meeting_openers: frozenset[str]  # `Следната средба …`: the next meeting of the pair named last
    count_anaphora: dict[str, int]  # `трите земји`: the last three states named together
    side_nouns: frozenset[str]  # `Страните се договорија`: as a subject, the pair told before
    pair_numerals: frozenset[str]  # `двете`: also the two sides of the last act between two states
    pair_people: frozenset[str]  # `двајцата`: two people, the leaders of state sides
    gathered_officials: frozenset[str]  # `министрите`: the officials of the meeting or pair told last
    apposition_descriptors: frozenset[str]  # `републиканецот` before a name in apposition to a role
    pair_heads: frozenset[str]  # `двете земји`: the two states named together before
    side_heads: frozenset[str]  # `двете страни`: the parties of the last dispute
    warring_adjectives: frozenset[str]  # `завојуваните страни`: the sides of the last fight
    fight_sides_openers: tuple[tuple[str, ...], ...]  # `сите страни`, `страните`: the sides of the last fight as an object
    purpose_sequences: tuple[tuple[str, ...], ...]  # `за да`: a purpose clause's opening words
    purpose_target_types: frozenset[str]  # types whose purpose clause names whom the act was aimed at
    plural_object_clitics: frozenset[str]  # `ги`, `им`: a verb's plural object named in an earlier sentence
    object_clitic_genders: dict[str, str]  # `го`, `ѝ`, `ги` -> the gender (or `plural`) of an object named before
    dative_doubled_articles: dict[str, tuple[str, ...]]  # `му` -> the articles of the nouns it can double (`народот`)
    relative_pronoun_genders: dict[str, str]  # `која` -> feminine: an object clitic of another gender doubles a name after
    unnamed_object_followers: frozenset[str]  # `за`, `дека`, `.`: right after a verb, its object is not named there
    dative_clitics: frozenset[str]  # `му`, `ѝ`: double a person named before, the subject of a later `да` clause
    verb_clitics: frozenset[str]  # `го`, `ја`, `се`: a verb follows, so no role's complement crosses one
    same_pronouns: dict[str, str]  # `истиот` -> masculine: the one just named, right before its verb
    person_clitics: dict[str, str]  # singular dative clitic -> the gender of the person it doubles
    oblique_pronouns: dict[str, str]  # `од него`: a pronoun after a preposition -> its gender or `plural`
    second_person_words: frozenset[str]  # `вас`, `ве`: in a quoted act, its addressee is the quote's
    object_possessives: dict[str, str]  # `нејзините` opening an object -> the owner's gender or `plural`
    name_gender_endings: dict[str, tuple[str, ...]]  # gender -> endings of a name's last word that show it
    stateless_heads: frozenset[str]  # `земјите`: several states, no one country
    membership_words: frozenset[str]  # `земјите членки`: an organisation's member states
    alliance_words: frozenset[str]  # `сојузниците`: an alliance's members, told bare
    demonym_heads: dict[str, str]  # `страната` -> GOV: a state's organ only after its demonym
    foreign_adjectives: frozenset[str]  # `странски државјани`: of another state than the story's, unknown which
    unknown_adjectives: frozenset[str]  # `непознат напаѓач`, `маскирани лица`: of no state known
    regional_complements: tuple[tuple[str, ...], ...]  # `лидерите од регионот`: of many states, none
    state_anaphora: frozenset[str]  # `земјата`: one state the text named before
    body_anaphora: frozenset[str]  # `партијата`: the body of the head's sector the text named last
    body_name_stems: dict[str, str]  # `банката` -> `банк`: the body named last whose name holds the stem
    indefinite_bodies: dict[str, str]  # `мисија` -> `мисијата`: after a definite adjective, the anaphor's form
    delegate_nouns: frozenset[str]  # `претставниците` (на синдикатот): who speak for the body after them
    manner_adverbs: frozenset[str]  # `телефонски` (со двете страни): between a verb and its object
    body_adjective_stems: dict[str, str]  # `синдикалн` (раководство): the sector of the body a delegate noun speaks for
    adjective_bodies: frozenset[str]  # `совет`, `комисијата`: a body of the sector its adjective names
    body_heads: dict[str, str]  # `европарламентарците`: members of an international body -> its country code
    member_heads: frozenset[str]  # nouns whose `на X` acts as X (`членовите на ЕП`)
    place_parts: frozenset[str]  # nouns of a part of a place whose `на X` stands for X (`од северниот дел на Газа`)
    seat_heads: frozenset[str]  # nouns of a body's building whose `на X` stands for X (`пред зградата на ДИК`)
    site_nouns: frozenset[str]  # `на граничниот премин Јариње`: the name is where, not whose the organ before is
    sector_heads: dict[str, str]  # head noun form of an organ or collective -> PLOVER sector
    addressee_heads: dict[str, str]  # `политичарите`: a group of people named only as an act's object -> its sector
    role_stems: tuple[tuple[str, str], ...]  # role noun beginning of a person (roles.yaml) -> sector
    role_lookalikes: tuple[str, ...]  # beginnings of words that start like a role noun and are none (roles.yaml)
    role_stem_aliases: dict[str, str]  # a compound role stem -> the plain one it is told again by (`еврокомесар` -> `комесар`)
    owned_voices: tuple[str, ...]  # stems of offices that speak for whoever owns them (`неговиот портпарол`)
    person_groups: dict[str, str | None]  # `адвокатите` (на X): people acting for person X -> their sector (None: X's)
    former_words: tuple[str, ...]  # `поранешниот`: a role phrase of a former holder
    definite_adjective_endings: tuple[str, ...]  # `високиот` (претставник): the article on a role's adjective
    epithets: dict[str, str | None]  # `ѕвездата`, `политичарот` -> the gender they tell (roles.yaml), bare forms too
    age_epithets: dict[str, str]  # `годишниот` (after `61-`) -> gender (roles.yaml)
    kind_roles: frozenset[str]  # `генерал`: role stems that fit a holder of another role of their sector (roles.yaml)
    object_adjective_endings: tuple[str, ...]  # `шокантните` (убиства): the article on an act noun's adjective
    possessive_pronouns: frozenset[str]  # `вашиот`: first and second persons' possessives
    role_connectors: frozenset[str]  # words joining a role noun to its complement (roles.yaml: `министерот за`)
    role_seat_connectors: frozenset[str]  # of those, the ones naming where the office sits (`судијата во Основниот суд`)
    document_openers: frozenset[str]  # `Во извештајот на X, …`, `Според извештајот на X, …`: X's document frames the sentence
    home_state: str  # the state of the news read (roles.yaml): whose offices a text naming no state speaks of
    home_communities: frozenset[str]  # states whose nations are communities of the home state (roles.yaml)
    seats: dict[str, str]  # cities that host an international body (roles.yaml): a visit there goes to the body
    unnamed_actors: dict[str, str]  # type whose unnamed actor is still coded -> the actor's sector
    unnamed_mode_sectors: dict[str, str]  # mode -> the sector of its unnamed actor (a strike: LAB)
    unnamed_names: dict[str, str]  # sector -> the name such an actor gets
    unnamed_names_en: dict[str, str]  # sector -> its English name
    foreign_place_recipient_types: frozenset[str]  # types whose unnamed target is the state where they happen
    conditional_threat_types: frozenset[str]  # types whose future act under a condition is THREATEN
    conditioned_threat_types: frozenset[str]  # types whose future act is THREATEN under a condition, not after a warning alone
    threat_content_types: frozenset[str]  # types whose act promised is a threat (a `content_threat` entry)
    promised_own_types: dict[str, frozenset[str]]  # type → statuses of its act promised that make the promise that act
    ending_words: tuple[str, ...]  # `ќе ја заврши војната`: the conflict act after them is ended, not threatened
    halting_words: tuple[str, ...]  # `ги прекинаа борбите`: the act noun after them is halted, no act told
    warning_verbs: frozenset[str]  # `предупреди дека ќе …`: such a future act told under them is THREATEN too
    until_warning_verbs: frozenset[str]  # `порача дека … ќе продолжат сè додека … не …`: a warning only with an until
    place_recipient_types: frozenset[str]  # types whose recipient may be a place that is no state (`помош за Газа`)
    home_place_scene_types: frozenset[str]  # types whose towns of the actors' own state are the scene, no recipient
    demonym_agent_types: frozenset[str]  # types whose act's noun takes a demonym before it as its actor (`рускиот напад`)
    target_nouns: frozenset[str]  # `X беше цел на напад`: the subject is the target of the act's noun after `на`
    demonym_target_types: frozenset[str]  # types whose recipient a demonym after a recipient preposition gives
    content_recipient_prepositions: dict[str, frozenset[str]]  # type -> prepositions naming its target in its content
    opposition_words: frozenset[str]  # `опозицијата`: its unnamed target is the government
    opposition_target_types: frozenset[str]
    blamed_heads: tuple[tuple[str, ...], ...]  # `опозицијата`, `претходната власт`: an unnamed side blamed in a statement
    appeal_publics: dict[str, str]  # sector -> the public its requests with no one named address
    petitioner_sectors: frozenset[str]  # sectors whose requests with no one named go to their government
    suspect_target_modes: dict[str, frozenset[str]]  # type -> modes of acts on people aimed at the unnamed suspects
    suspect_told_modes: dict[str, frozenset[str]]  # type -> modes so only when the sentence tells the suspects or their homes
    suspect_stems: tuple[str, ...]  # `осомничен`: words of the suspects
    search_stems: tuple[str, ...]  # `претрес`: a search, always of the suspects' premises
    suspect_homes: frozenset[str]  # `домовите`: a home searched
    suspect_owners: frozenset[str]  # `нивните` (домови): its owners told before it
    suspect_owner_prepositions: frozenset[str]  # (`домовите`) `на` …: its owners told after it
    suspect_target_sectors: frozenset[str]  # the organs doing those acts (police, prosecution, courts)
    suspect_sector: str  # the sector of those suspects
    resignation_objects: frozenset[str]  # `побара негова оставка`: a demand with no one named made of the government
    implied_recipients: dict[str, str]  # type -> the sector of the actor's country that is its target when none is named
    domestic_recipient_types: frozenset[str]  # directed types whose target, when none is found at all, is of the actor's country
    abroad_sectors: frozenset[str]  # actors' sectors whose acts get no such target: they act abroad as often
    abroad_modes: frozenset[str]  # a government's or army's threat of force is aimed at an enemy, never guessed at home
    home_setting_prepositions: frozenset[str]  # `на Зимбабве`: the state named after one is no side of the act
    protester_stems: tuple[str, ...]  # `демонстрант`: people named as protesters, whose protest the force at it tells
    forces_at_protests: frozenset[str]  # types of force aimed at them that tell their protest
    abroad_side_adjectives: tuple[str, ...]  # stems: `европските партнери`, a side of the wider world, no home story
    abroad_side_heads: frozenset[str]  # the nouns of states, bodies or people such an adjective must come before
    non_state_target: str  # the sector of that target for an actor outside the state
    domestic_party_names: tuple[str, str]  # the name (Macedonian, English) of that target for a state organ
    no_implied_recipient_modes: frozenset[str]  # modes of those types with no such target (a strike)
    employer_sectors: frozenset[str]  # a strike's target named in its sentence: the employer's sectors
    state_employer_stems: tuple[str, ...]  # `училиштата`, `генерален`: a strike of the state's services
    unnamed_noun_types: frozenset[str]  # of those, the types whose noun triggers get one too
    stateless_attacked: frozenset[str]  # victims' sectors whose unnamed attacker is of no state
    tolled_nouns: frozenset[str]  # `загинаа во напад со дронови`: an indefinite attack noun told with its dead is an act
    toll_words: tuple[str, ...]  # beginnings of the words of its dead and wounded
    nearest_recipient_types: frozenset[str]  # types whose missing recipient is the sentence's nearest other name
    forum_place_types: frozenset[str]  # types for which a body under a preposition of place is where they happen
    not_recipient_prepositions: frozenset[str]  # prepositions whose name is not taken as such a recipient
    cause_words: frozenset[str]  # `поради …`: past them no nearest recipient is sought
    mediation_nouns: frozenset[str]  # `со посредство на X`: X a third party, no side
    moved_object_types: frozenset[str]  # their unnamed object is the actor's forces, no recipient
    contexts: tuple[tuple[str, tuple[str, ...]], ...]
    accusation_words: tuple[tuple[str, ...], ...]  # word-beginning sequences that make a quote a criticism
    accusation_exceptions: tuple[str, ...]  # beginnings of words those cues take in that tell no blame (`осудениот`)
    class_nouns: tuple[str, ...]  # beginnings of nouns a word of blame before names a class of (`криминалните групи`)
    attribute_endings: tuple[str, ...]  # endings of that word of blame as an attribute (`криминалните`)
    label_copulas: frozenset[str]  # before such a phrase it is a label predicated (`е криминална група`), blame
    enabling_verbs: tuple[str, ...]  # and verbs of letting it be (`ја толерира нелегалната миграција`), blame
    harm_words: tuple[tuple[str, ...], ...]  # `ќе ги погоди`: harm a warned-of measure will do (word beginnings)
    threat_words: tuple[tuple[str, ...], ...]  # word-beginning sequences that make a warning's content a threat
    borne_threats: tuple[tuple[str, ...], ...]  # `ќе ја платат цената`: of the public, a harm warned of
    stated_threats: tuple[tuple[str, ...], ...]  # word-beginning sequences that make any statement under a condition a threat
    conditioned_subjects: tuple[tuple[str, ...], ...]  # `секој обид за …`: a subject that states a condition (`ако некој се обиде`)
    avowed_threats: tuple[tuple[str, ...], ...]  # word-beginning sequences that make any statement a threat
    own_side_threats: tuple[tuple[str, ...], ...]  # ... that make a statement a threat when said of the speaker's own side
    impersonal_verbs: frozenset[str]  # `ќе има`, `ќе биде`: a future told of no one, a forecast
    ability_stems: tuple[str, ...]  # `нема да можам`: an inability told, no refusal
    refusing_abilities: frozenset[str]  # `не можеме да`: a present `can` that, negated, refuses
    copula_stems: tuple[str, ...]  # `нема да бидеме`: what one will not be, no act refused
    unasked_stems: tuple[str, ...]  # `нема да чекаме`, `нема да нападне`: resolve or restraint, no act refused
    second_person_endings: tuple[str, ...]  # `нема да бидеш`: the one addressed, not the speaker's side
    yielding_words: tuple[tuple[str, ...], ...]  # word beginnings of giving way (`нема да се откаже`): a refusal, no threat
    otherwise_sequences: tuple[tuple[str, ...], ...]  # `во спротивно`: a condition told by a phrase
    punishments_announced: tuple[tuple[str, ...], ...]  # `ќе одговара пред законот`: punishment of a culprit to come
    generic_culprits: tuple[tuple[str, ...], ...]  # `кој и да`, `сите што`: a culprit told by what he does, not named
    praise_words: tuple[tuple[str, ...], ...]  # word-beginning sequences that make a quote praise (SUPPORT)
    approval_words: tuple[tuple[str, ...], ...]  # `фер`, `историск`: praise of a made thing or act a quote is about
    approval_subjects: frozenset[str]  # `договорот`, `одлуката`, `ова`: the things and acts approval_words judge
    fact_sources: frozenset[str]  # sectors whose statements tell facts (the police on a crime), no blame
    audience_sectors: frozenset[str]  # `им порача на новинарите`: the press a statement is told to is no party to it
    denial_words: tuple[tuple[str, ...], ...]  # word-beginning sequences that make a quote a denial (REJECT)
    motive_words: tuple[tuple[str, ...], ...]  # a motive imputed: a denial of a claim, blame of an act (`политички мотивиран`)
    defended_clients: tuple[tuple[str, ...], ...]  # `неговиот клиент`: opening a statement, counsel's defence (REJECT)
    claim_heads: frozenset[str]  # `предлогот дека …`: a reported clause that is someone else's idea, not the speaker's statement
    necessity_words: tuple[tuple[str, ...], ...]  # `важно X да`: X is asked (REQUEST) in a reported statement
    timeliness_words: tuple[tuple[str, ...], ...]  # `време е X да`: X, named before `да`, is asked
    expectation_words: tuple[tuple[str, ...], ...]  # `очекува X да`: X, another state named before `да`, is asked
    obligation_words: tuple[tuple[str, ...], ...]  # word sequences that lay an obligation on the name before them
    given_object_types: frozenset[str]  # types whose bare object is the thing given, not the recipient
    obligation_fillers: frozenset[str]  # words an obligation's modal and `да` may enclose (`мора, исто така, да`)
    counterfactual_obligations: frozenset[tuple[str, ...]]  # `ќе морало да`: what would have had to be, no demand
    counterfactual_consequences: tuple[tuple[str, ...], ...]  # `ќе беше`: what would have been, no consequence held out
    passive_endings: tuple[str, ...]
    auxiliary_participle_endings: tuple[str, ...]  # `бил нападнат`: passive only after a form of "be"
    passive_auxiliaries: frozenset[str]
    participle_reasons: frozenset[str]  # `осуден за шпионажа`: the reason a describing participle gives
    postposed_participle_endings: tuple[str, ...]  # `санкциите наметнати од САД`: a participle right after its noun
    plural_participle_endings: tuple[str, ...]
    plural_verb_endings: tuple[str, ...]  # `уапсија`: a third person plural verb
    past_plural_endings: tuple[str, ...]  # `обвинија`, `осудиле`: a past one, never the present of a `да` clause
    described_participles: tuple[str, ...]  # `уапсените`: a definite participle names people, no act
    describing_determiners: frozenset[str]  # `сите уапсени`, `оние обвинети за`: the participle describes them
    frame_prepositions: frozenset[str]  # `Во разговорите со …, X рече`: a noun framing the sentence
    facing_verbs: tuple[str, ...]  # `се соочи со критики`: the noun is what the subject faces
    imposing_verbs: frozenset[str]  # `царините што Трамп ги наметна`: with a light verb, who made the noun's act
    counterpart_roles: tuple[str, ...]  # `грчкиот колега`: the one Greek of that sector named before
    described_types: frozenset[str]  # types whose participles name a standing status (the accused)
    gerund_endings: tuple[str, ...]
    gerund_elaborations: dict[str, frozenset[str]]  # a gerund's type -> types of the act before it that it tells more of
    reaction_lead_ins: dict[str, frozenset[str]]  # an entry of a bare reaction -> types of the act after it that tell it
    relative_stance_types: frozenset[str]  # types whose present verb in a relative clause describes its head
    rejecting_types: frozenset[str]  # types whose act on a document undoes what its relative clause tells
    rejected_documents: tuple[str, ...]  # beginnings of the documents so rejected (`резолуциј`, `амандман`)
    content_documents: tuple[str, ...]  # beginnings of documents whose relative clause tells their content (`договор`)
    relative_background_types: frozenset[str]  # types whose agentless past passive in a relative clause is background
    apposed_act_types: frozenset[str]  # types whose participle set off after its noun still tells the act
    past_passive_auxiliaries: frozenset[str]  # `беше`, `беа`: a passive told as past
    present_endings: tuple[str, ...]  # `поддржува`, `поддржуваат`: the imperfective present
    present_forms: frozenset[str]  # `бара`: an imperfective present with no such ending
    present_passive_auxiliaries: frozenset[str]  # `се распоредени`, `е распореден`: a state, in a relative clause
    relative_state_types: frozenset[str]  # types whose present passive in a relative clause describes its head
    first_person_endings: tuple[str, ...]  # `бараме`, `се сретнав`: inside a quote, the speaker acts
    first_person_singular_endings: tuple[str, ...]  # `барам`: in a transcript, the speech's speaker acts
    first_person_auxiliaries: frozenset[str]  # `бевме обвинети`: the speaker's side is the passive's patient
    public_stance_types: frozenset[str]  # `граѓаните бараат …` in a speech: what people want, no act
    performatives: frozenset[str]  # entry ids whose first person after `сакам да`/`ќе` is said now (`сакам да се заблагодарам`)
    source_subject_prepositions: frozenset[str]  # `Од ВМРО-ДПМНЕ ги отфрлија`: the body after it acts
    person_role_endings: tuple[str, ...]  # `премиер|от`, `министер|ката`: one person's role noun
    clause_coordinators: frozenset[str]  # `…, но побара`: a verb sharing the clause before's subject
    disaster_words: tuple[str, ...]  # `земјотрес`: aid sent after it with no one named goes to its place
    contrast_openers: frozenset[str]  # `повтори дека …, но побара`: the speaker's own next act
    judged_act_labels: frozenset[str]  # `го осуди апсењето како …`: what the act is called, no author of it
    unnarrated_words: frozenset[str]  # `дека Владата ќе …`: a told clause of no act its subject goes on with
    l_form_endings: tuple[str, ...]  # `нападнала`: the renarrated past, a tense of its own
    partner_prepositions: frozenset[str]  # `и ја засили одбраната заедно со Јапонија`: the next verb's partner
    between_prepositions: frozenset[str]  # `меѓу Косово и ЕУ`: the parties of a relation, the actors' side among them
    joined_actor_openers: tuple[tuple[str, ...], ...]  # `заедно со`: names set off after the subject that act with it
    english: dict[str, dict]  # type -> English verb phrases for the renderer
    reporting: ReportingWords
    governors: frozenset[str]  # every word that may govern a name (see `_governors`)

    @cached_property
    def role_prefixes(self) -> tuple[str, ...]:
        return tuple(stem for stem, _ in self.role_stems)

    @cached_property
    def trigger_forms(self) -> frozenset[str]:
        """The forms a trigger, single or a sequence, may open with."""
        return frozenset(self.single.keys() | self.sequences.keys())

    @cached_property
    def person_roles(self) -> frozenset[str]:
        """One person's role nouns with their article (`премиерот`, `министерката`)."""
        return frozenset(stem + ending for stem in self.role_prefixes for ending in self.person_role_endings)

    @cached_property
    def verb_forms(self) -> frozenset[str]:
        """The verbs the lexicons know: light and speech verbs, and a verb trigger's forms (not a verbal
        noun among its forms: `предавањето`)."""
        return frozenset(self.light_verbs | self.reporting.verbs.keys() | {
            form for form, entries in self.single.items()
            if any(not t.noun for t in entries) and not form.endswith(self.verbal_noun_endings)})

    @cached_property
    def comma_clause_openers(self) -> frozenset[str]:
        """Words that open a clause after a comma."""
        rep = self.reporting
        return rep.clause_openers | rep.complementisers | self.comma_openers | self.hypothetical_openers

    @cached_property
    def clause_openers(self) -> frozenset[str]:
        """Words that always open a clause (`… доколку Израел нападне`)."""
        return self.reporting.complementisers | self.subjunctive | self.relative_openers | self.hypothetical_openers

    @cached_property
    def preposition_phrase_ends(self) -> frozenset[str]:
        """The last words of `preposition_phrases`: only at one of them may a phrase end."""
        return frozenset(words[-1] for words, _ in self.preposition_phrases)

    @cached_property
    def clause_split_words(self) -> frozenset[str]:
        """Words at which `split_clauses` may start a clause with no punctuation mark before them."""
        return self.clause_openers | self.reporting.subject_sharing_subordinators | self.coordinators

    def is_role(self, word: str) -> bool:
        return word.startswith(self.role_prefixes) and not word.startswith(self.role_lookalikes)

    def body_adjective_sector(self, adjective: str) -> str | None:
        """The sector of the body an adjective names (`синдикалното` -> LAB), or None."""
        return next((s for stem, s in self.body_adjective_stems.items() if adjective.startswith(stem)), None)

    def collective_sector(self, word: str, before: str) -> str | None:
        """The sector of an unnamed organ or collective headed by `word`, the word `before` it its adjective:
        a sector head's (`армијата`), or a generic body's its adjective names (`воениот совет` -> MIL)."""
        found = self.sector_heads.get(word)
        if found or word not in self.adjective_bodies:
            return found
        return self.body_adjective_sector(before)

    def head_sector(self, word: str) -> str | None:
        """The sector a head noun gives the country before or after it (`руската армија`,
        `министерот на Србија`), or None when the word is no organ, collective or role."""
        found = self.sector_heads.get(word)
        if found or not self.is_role(word):
            return found
        return next((s for stem, s in self.role_stems if word.startswith(stem)), None)


def _low(words) -> tuple[str, ...]:
    return tuple(str(w).lower() for w in words)


def _epithet_forms(by_gender: dict[str, list[str]], articles: tuple[str, ...]) -> dict[str, str | None]:
    """Each epithet's definite form and its bare one (the article cut: `ѕвезда` after `холивудската`) -> its gender."""
    forms: dict[str, str | None] = {}
    for gender, words in by_gender.items():
        for word in _low(words):
            article = next(a for a in articles if word.endswith(a))
            forms[word] = forms[word[:-len(article)]] = None if gender == "either" else gender
    return forms


def _slots(spec: dict, fallback: Slots) -> Slots:
    return Slots(tuple(spec.get("actor", fallback.actor)), tuple(spec.get("recipient", fallback.recipient)))


def _trigger(entry: dict, defaults: dict) -> Trigger:
    # a sequence of nouns and adjectives only (`прекин на огнот`, `воздушни удари`) is a noun trigger too
    noun = entry.get("pos", "verb") == "noun" or bool(entry.get("sequence")) and all(
        part.get("pos") in ("noun", "adj") for part in entry["sequence"])
    base = defaults["noun" if noun else "verb"]
    passive = defaults["passive"]
    return Trigger(
        id=entry["id"],
        type=entry["type"],
        mode=entry.get("mode"),
        noun=noun,
        slots=_slots(entry, Slots(tuple(base["actor"]), tuple(base["recipient"]))),
        passive=_slots(entry.get("passive", {}), Slots(tuple(passive["actor"]), tuple(passive["recipient"]))),
        reciprocal=bool(entry.get("reciprocal")),
        location_as_recipient=bool(entry.get("location_as_recipient")),
        needs=_low(entry.get("needs", ())),
        needs_also=_low(entry.get("needs_also", ())),
        needs_before=int(entry.get("needs_before", 0)),
        tally=bool(entry.get("tally", False)),
        state_object=bool(entry.get("state_object", False)),
        no_state=bool(entry.get("no_state", False)),
        unless=_low(entry.get("unless", ())),
        unless_clause=_low(entry.get("unless_clause", ())),
        unless_next=frozenset(_low(entry.get("unless_next", ()))),
        unless_before=frozenset(_low(entry.get("unless_before", ()))),
        unless_after=_low(entry.get("unless_after", ())),
        unless_subject=_low(entry.get("unless_subject", ())),
        no_document_object=bool(entry.get("no_document_object")),
        document_content=bool(entry.get("document_content")),
        needs_after=_low(entry.get("needs_after", ())),
        requires=frozenset(_low(entry.get("requires", ()))),
        confidence=float(entry.get("confidence", defaults["confidence"])),
        context=tuple(entry.get("context", ())),
        named_actor=bool(entry.get("named_actor")),
        side_actor=bool(entry.get("side_actor")),
        state_type=entry.get("state_type"),
        invitation_type=entry.get("invitation_type"),
        invitation_prepositions=frozenset(_low(entry.get("invitation_prepositions", ()))),
        appeal_sectors=frozenset(entry.get("appeal_sectors", ())),
        passive_actor=entry.get("passive_actor"),
        passive_sense=bool(entry.get("passive_sense")),
        content_threat=bool(entry.get("content_threat")),
        content_mode=bool(entry.get("content_mode")),
        offered_possibility=bool(entry.get("offered_possibility")),
        schedulable=bool(entry.get("schedulable")),
        agreed_content=bool(entry.get("agreed_content")),
        together=bool(entry.get("together")),
        dated_by_meeting=bool(entry.get("dated_by_meeting")),
        announced=bool(entry.get("announced")),
        no_reflexive=bool(entry.get("no_reflexive")),
        no_negated=bool(entry.get("no_negated")),
        warned_stays=bool(entry.get("warned_stays")),
        lemmas=frozenset(_low(entry.get("lemmas", ()))),
        sequence=tuple(frozenset(_low(part["forms"])) for part in entry.get("sequence", ())),
        max_gap=int(entry.get("max_gap", 0)),
        sought=_low(entry.get("sought", ())),
        members_meet=frozenset(entry.get("members_meet", ())),
        negated=entry.get("negated"),
        refusing_forms=frozenset(_low(entry.get("refusing_forms", ()))),
        quoted_past_forms=frozenset(_low(entry.get("quoted_past_forms", ()))),
        implied_recipient=entry.get("implied_recipient"),
        noun_object=bool(entry.get("noun_object")),
        forum=bool(entry.get("forum")),
        accepted_by=frozenset(_low(entry.get("accepted_by", ()))),
    )


def _verbal_noun(trig: Trigger, noun_defaults: dict) -> Trigger:
    """The noun reading of a verb entry, for its verbal nouns: the actor after `на`, the
    entry's prepositional recipients (else the nouns' defaults); for an entry whose noun takes
    its object after `на` (`ослободување на затворениците`), the recipient after `на`, the actor
    the subject or after `од`."""
    recipient = tuple(s for s in trig.slots.recipient if s not in ("subject", "object", "на")) or tuple(noun_defaults["recipient"])
    if trig.noun_object:
        return replace(trig, noun=True, slots=Slots(("од", "subject"), ("на", *recipient)))
    return replace(trig, noun=True, slots=Slots(tuple(noun_defaults["actor"]), recipient))


def _governors(triggers: list[Trigger], reporting: ReportingWords, cues: dict) -> frozenset[str]:
    """The reporting data's prepositions and source cues (`според`), the location and
    phrase prepositions, and every preposition a trigger's slots name."""
    slots = {s for t in triggers for s in (*t.slots.actor, *t.slots.recipient, *t.passive.actor, *t.passive.recipient)}
    return (reporting.prepositions | reporting.source_cues | frozenset(_low(cues["location_prepositions"]))
            | frozenset(cues["preposition_phrases"]) | frozenset(slots - {"subject", "object", "demonym", "authority"}))


def _neuter_l_forms(forms: tuple[str, ...], endings: dict[str, str]) -> tuple[str, ...]:
    """The neuter l-forms of a verb's feminine ones whose masculine is listed too (`уапсила`,
    `уапсил` -> `уапсило`), not listed already."""
    known = set(forms)
    feminine, masculine, neuter = endings["feminine"], endings["masculine"], endings["neuter"]
    made = (f[:-len(feminine)] + neuter for f in forms
            if f.endswith(feminine) and f[:-len(feminine)] + masculine in known)
    return tuple(f for f in made if f not in known)


@cache
def event_lexicon(lang: str) -> EventLexicon:
    data = yaml_data(lang, "triggers")
    cues = yaml_data(lang, "event_cues")
    single: dict[str, list[Trigger]] = {}
    sequences: dict[str, list[Trigger]] = {}
    triggers = []
    for entry in data["triggers"]:
        trig = _trigger(entry, data["defaults"])
        triggers.append(trig)
        if trig.sequence:
            orders = [trig]
            if entry.get("either_order") and len(trig.sequence) == 2:  # `го потпишаа договорот` / `договорот го потпишаа`
                orders.append(replace(trig, sequence=trig.sequence[::-1], noun_first=True))
            for order in orders:
                for form in order.sequence[0]:
                    sequences.setdefault(form, []).append(order)
        else:
            as_noun = None if trig.noun else _verbal_noun(trig, data["defaults"]["noun"])
            forms = _low(entry["forms"])
            for form in forms if trig.noun else forms + _neuter_l_forms(forms, cues["l_form_endings"]):
                verbal_noun = as_noun is not None and form.endswith(tuple(_low(cues["verbal_noun_endings"])))
                single.setdefault(form, []).append(as_noun if verbal_noun else trig)
    return EventLexicon(
        single={f: tuple(ts) for f, ts in single.items()},
        sequences={f: tuple(ts) for f, ts in sequences.items()},
        mode_cues={t: tuple((mode, _low(words)) for mode, words in modes.items()) for t, modes in data["mode_cues"].items()},
        content_mode_cues={t: tuple((mode, _low(words)) for mode, words in modes.items())
                           for t, modes in data["content_mode_cues"].items()},
        negation=frozenset(_low(cues["negation"])),
        negated_future=tuple(_low(s) for s in cues["negated_future"]),
        future=frozenset(_low(cues["future"])),
        future_governors=_low(cues["future_governors"]),
        hypothetical=frozenset(_low(cues["hypothetical"])),
        hypothetical_openers=frozenset(_low(cues["hypothetical_openers"])),
        condition_openers=frozenset(_low(cues["condition_openers"])),
        concessive_words=frozenset(_low(cues["concessive_words"])),
        until_openers=frozenset(_low(cues["until_openers"])),
        hypothetical_sequences=tuple(_low(s) for s in cues["hypothetical_sequences"]),
        doubted_sequences=tuple(_low(s) for s in cues["doubted_sequences"]),
        frustrated_sequences=tuple(_low(s) for s in cues["frustrated_sequences"]),
        verbal_noun_endings=_low(cues["verbal_noun_endings"]),
        historical_sequences=tuple(_low(s) for s in cues["historical_sequences"]),
        habitual_sequences=tuple(_low(s) for s in cues["habitual_sequences"]),
        scheduled_sequences=tuple(_low(s) for s in cues["scheduled_sequences"]),
        scheduled_modals=tuple(_low(s) for s in cues["scheduled_modals"]),
        decided_aid=tuple(_low(s) for s in cues["decided_aid"]),
        relief_words=_low(cues["relief_words"]),
        offer_modals=tuple(_low(s) for s in cues["offer_modals"]),
        forecast_words=tuple(_low(cues["forecast_words"])),
        time_adverbials=tuple(_low(s) for s in cues["time_adverbials"]),
        time_points=tuple(_low(s) for s in cues["time_points"]),
        topic_heads=tuple(_low(s) for s in cues["topic_heads"]),
        rebutted_words=frozenset(_low(cues["rebutted_words"])),
        retort_verbs=frozenset(_low(cues["retort_verbs"])),
        message_verbs=frozenset(_low(cues["message_verbs"])),
        retort_blame_openers=tuple(_low(s) for s in cues["retort_blame_openers"]),
        claim_verbs=frozenset(_low(cues["claim_verbs"])),
        answer_verbs=frozenset(_low(cues["answer_verbs"])),
        proposal_attributions=tuple(_low(s) for s in cues["proposal_attributions"]),
        condition_words=tuple(_low(s) for s in cues["condition_words"]),
        question_stems=tuple(_low(cues["question_stems"])),
        act_objects=frozenset(_low(cues["act_objects"])),
        held_acts=frozenset(_low(cues["held_acts"])),
        act_object_types={w.lower(): frozenset(types) for w, types in cues["act_object_types"].items()},
        judged_demonstratives=frozenset(_low(cues["judged_demonstratives"])),
        judged_openers=tuple(_low(seq) for seq in cues["judged_openers"]),
        judged_after=frozenset(_low(cues["judged_after"])),
        agreement_objects=frozenset(_low(cues["agreement_objects"])),
        meeting_objects=frozenset(_low(cues["meeting_objects"])),
        sides_objects=frozenset(_low(cues["sides_objects"])),
        settlement_nouns=frozenset(_low(cues["settlement_nouns"])),
        mediation_words=frozenset(_low(cues["mediation_words"])),
        keeping_verbs=frozenset(_low(cues["keeping_verbs"])),
        authoring_verbs=frozenset(_low(cues["authoring_verbs"])),
        authored_things={form: lemma for lemma, forms in cues["authored_things"].items() for form in _low(forms)},
        verb_made_things={form: lemma for lemma, forms in cues["verb_made_things"].items() for form in _low(forms)},
        authored_within=frozenset(_low(cues["authored_within"])),
        authored_thing_kinds={lemma: frozenset(kind) for kind in cues["authored_thing_kinds"] for lemma in kind},
        adjective_endings=_low(cues["adjective_endings"]),
        light_verbs=frozenset(_low(cues["light_verbs"])),
        beginning_verbs=tuple(_low(cues["beginning_verbs"])),
        denial_verbs=tuple(_low(cues["denial_verbs"])),
        retreat_undoes={mode: frozenset(types) for mode, types in cues["retreat_undoes"].items()},
        additive_words=frozenset(_low(cues["additive_words"]["words"])),
        additive_not_before=frozenset(_low(cues["additive_words"]["not_before"])),
        joined_reaction_openers=tuple(_low(seq) for seq in cues["joined_reaction_openers"]),
        repeated_words=frozenset(_low(cues["repeated_words"])),
        additive_before=tuple(_low(seq) for seq in cues["additive_before"]),
        additive_speech=frozenset(_low(cues["additive_speech"])),
        earlier_words=frozenset(_low(cues["earlier_words"])),
        to_date_words=frozenset(_low(cues["to_date_words"])),
        own_possessives=frozenset(_low(cues["own_possessives"])),
        meeting_circumstance_prepositions=frozenset(_low(cues["meeting_circumstance_prepositions"])),
        meeting_after_prepositions=frozenset(_low(cues["meeting_after_prepositions"])),
        opened_passives={mode: (spec["actor"], frozenset(_low(spec["words"]))) for mode, spec in cues["opened_passives"].items()},
        gendered_possessives={**{w: "feminine" for w in _low(cues["feminine_possessives"])},
                              **{w: "masculine" for w in _low(cues["masculine_possessives"])}},
        refusal_sequences=tuple(_low(str(seq).split()) for seq in cues["refusal_sequences"]),
        offstage_registers=tuple((_low(spec.get("words", [])), tuple(tuple(_low(seq)) for seq in spec.get("sequences", [])),
                                  frozenset(spec["exempt"])) for spec in cues["offstage_registers"].values()),
        floor_request_words=_low(cues["floor_requests"]["words"]),
        floor_request_sequences=tuple(tuple(_low(seq)) for seq in cues["floor_requests"]["sequences"]),
        floor_request_asked=_low(cues["floor_requests"]["asked"]),
        floor_request_asked_sequences=tuple(tuple(_low(seq)) for seq in cues["floor_requests"]["asked_sequences"]),
        floor_request_support=tuple(tuple(_low(seq)) for seq in cues["floor_requests"]["support"]),
        floor_members=_low(cues["floor_requests"]["members"]),
        floor_votes=_low(cues["floor_requests"]["vote"]),
        floor_addressed_votes=frozenset(_low(cues["floor_requests"]["addressed_votes"])),
        floor_bills=_low(cues["floor_requests"]["bills"]),
        chair_addresses=frozenset(_low(cues["floor_requests"]["chair"])),
        floor_request_triggers=frozenset(cues["floor_requests"]["triggers"]),
        poll_words=_low(cues["poll"]["words"]),
        poll_types=frozenset(cues["poll"]["types"]),
        poll_sectors=frozenset(cues["poll"]["sectors"]),
        poll_sources=tuple(_low(s) for s in cues["poll"]["sources"]),
        poll_amount_prepositions=frozenset(_low(cues["poll"]["amount_prepositions"])),
        ballot_words=_low(cues["poll"]["ballot_words"]),
        ballot_types=frozenset(cues["poll"]["ballot_types"]),
        number_words=frozenset(claim_words(lang).number_words),
        civilian_free_types={t: None if modes is None else frozenset(modes) for t, modes in cues["civilian_free_types"].items()},
        business_types=frozenset(cues["business"]["types"]),
        business_sectors=frozenset(cues["business"]["sectors"]),
        generic_determiners=frozenset(_low(cues["generic_determiners"])),
        nobody_subjects=tuple(_low(s) for s in cues["nobody_subjects"]),
        habitual_words=tuple(_low(s) for s in cues["habitual_words"]),
        name_heads=_low(cues["name_heads"]),
        war_nouns=frozenset(_low(cues["named_wars"]["nouns"])),
        war_name_between=frozenset(_low(cues["named_wars"]["between"])),
        war_name_endings=_low(cues["named_wars"]["endings"]),
        ratification_titles=tuple(tuple(_low(seq)) for seq in cues["ratification_titles"]),
        name_coordinator=cues["name_coordinator"],
        topic_preposition=cues["topic_preposition"],
        facing_preposition=cues["facing_preposition"],
        amount_preposition=cues["amount_preposition"],
        subject_pronouns={str(k).lower(): v for k, v in cues["subject_pronouns"].items()},
        plural_definite=cues["plural_definite"],
        plural_endings=_low(cues["plural_endings"]),
        modifier_endings=_low(cues["modifier_endings"]),
        credit_prepositions=frozenset(_low(cues["credit"]["prepositions"])),
        credit_types=frozenset(cues["credit"]["types"]),
        title_nouns=_low(cues["title_nouns"]),
        depictions=tuple((_low(cues[key]["works"]), frozenset(_low(cues[key]["verbs"]))) for key in ("depiction", "provisions")),
        trend_verbs=frozenset(_low(cues["trend_verbs"])),
        dependence_verbs=frozenset(_low(cues["dependence_verbs"])),
        historical_days=int(cues["historical_days"]),
        historical_toll_types=frozenset(cues["historical_toll_types"]),
        answered_demand_reach=int(cues["answered_demand_reach"]),
        demand_answers=frozenset(cues["demand_answers"]),
        ultimatums=frozenset(cues["ultimatums"]),
        readiness_offers=frozenset(cues["readiness_offers"]),
        interceptions=frozenset(cues["interceptions"]),
        ruling_appeals=frozenset(cues["ruling_appeals"]),
        subjunctive=frozenset(_low(cues["subjunctive"])),
        jussive=frozenset(_low(cues["jussive"])),
        relative_openers=frozenset(_low(cues["relative_openers"])),
        object_relatives=frozenset(_low(cues["object_relatives"])),
        addressee_relative_prepositions=frozenset(_low(cues["addressee_relative_prepositions"])),
        document_addressee_prepositions=frozenset(_low(cues["document_addressee_prepositions"])),
        plural_relatives=frozenset(_low(cues["plural_relatives"])),
        adverbial_relatives=frozenset(_low(cues["adverbial_relatives"])),
        oblique_relative_prepositions=frozenset(_low(cues["oblique_relative_prepositions"])),
        head_modifier_prepositions=frozenset(_low(cues["head_modifier_prepositions"])),
        gathering_stems=tuple(_low(cues["gathering_stems"])),
        gathering_definite_endings=tuple(_low(cues["gathering_definite_endings"])),
        gathering_back_prepositions=frozenset(_low(cues["gathering_back_prepositions"])),
        protest_leading_stems=tuple(_low(cues["protest_leading_stems"])),
        protest_led_stems=tuple(_low(cues["protest_led_stems"])),
        protest_organiser_stems=tuple(_low(cues["protest_organiser_stems"])),
        sequel_adverbs=frozenset(_low(cues["sequel_adverbs"])),
        then_adverbs=frozenset(_low(cues["then_adverbs"])),
        sequel_openings=tuple(tuple(_low(seq)) for seq in cues["sequel_openings"]),
        manner_openers=tuple(_low(str(seq).split()) for seq in cues["manner_openers"]),
        partitive_words=frozenset(_low(cues["partitive"]["words"])),
        tally_words=frozenset(_low(cues["tally_words"])),
        partitive_prepositions=frozenset(_low(cues["partitive"]["prepositions"])),
        comparatives=frozenset(_low(cues["partitive"]["comparatives"])),
        approximators=frozenset(_low(cues["partitive"]["approximators"])),
        crowds=frozenset(_low(cues["partitive"]["crowds"])),
        crowd_sector=cues["partitive"]["crowd_sector"],
        duration_units=frozenset(_low(cues["duration_units"])),
        place_named_documents=frozenset(_low(cues["place_named_documents"])),
        document_place_prepositions=frozenset(_low(cues["document_place_prepositions"])),
        factive_heads=frozenset(_low(cues["factive_heads"])),
        fact_openers=frozenset(_low(cues["fact_openers"])),
        denied_claims=frozenset(_low(cues["denied_claims"])),
        refused_offers=frozenset(_low(cues["refused_offers"])),
        refusal_judgements=tuple(_low(str(w).split()) for w in cues["refusal_judgements"]),
        responsibility_words=tuple(_low(str(w).split()) for w in cues["responsibility_words"]),
        blame_topic_words=frozenset(_low(cues["blame_topic_words"])),
        situation_words=frozenset(_low(cues["situation_words"])),
        superlative_prefixes=tuple(_low(cues["superlative_prefixes"])),
        referent_cues=tuple(_low(str(w).split()) for w in cues["referent_cues"]),
        invariant_relatives=frozenset(_low(cues["invariant_relatives"])),
        document_nouns=frozenset(_low(cues["document_nouns"])),
        object_nouns=frozenset(_low(cues["object_nouns"])),
        comma_openers=frozenset(_low(cues["comma_openers"])),
        new_subject_openers=frozenset(_low(cues["new_subject_openers"])),
        subjectless_adverbs=frozenset(_low(cues["subjectless_adverbs"])),
        parenthetical_words=frozenset(_low(cues["parenthetical_words"])),
        aside_openers=frozenset(_low(cues["aside_openers"])),
        reflexive=frozenset(_low(cues["reflexive"])),
        coordinators=frozenset(_low(cues["coordinators"])),
        preposition_phrases=tuple((_low(seq), prep) for prep, seqs in cues["preposition_phrases"].items() for seq in seqs),
        agent_phrases=tuple(_low(seq) for seq in cues["preposition_phrases"][cues["agent_preposition"]]),
        location_prepositions=frozenset(_low(cues["location_prepositions"])),
        mission_seat_stems=tuple(_low(cues["mission_seat_stems"])),
        body_seat_stems=tuple(_low(cues["body_seat_stems"])),
        mission_site_prepositions=frozenset(_low(cues["mission_site_prepositions"])),
        residence_prepositions=frozenset(_low(cues["residence_prepositions"])),
        native_communities={state: frozenset(homes) for state, homes in cues["native_communities"].items()},
        local_people_words=frozenset(_low(cues["local_people_words"])),
        genitive=str(cues["genitive"]).lower(),
        member_preposition=str(cues["member_preposition"]).lower(),
        authority_sectors=frozenset(cues["authority_genitive"]["sectors"]),
        authority_target_prepositions=frozenset(_low(cues["authority_genitive"]["target_prepositions"])),
        agent_genitive_targets=frozenset(_low(cues["agent_genitive_targets"])),
        authored_objects=frozenset(_low(cues["authored_objects"])),
        partnered_objects=frozenset(_low(cues["partnered_objects"])),
        pressure_phrases=tuple(tuple(_low(seq)) for seq in cues["pressure_phrases"]),
        pressure_by=frozenset(_low(cues["pressure_by"])),
        owner_prepositions=frozenset(_low(cues["owner_prepositions"])),
        portfolio_prepositions=frozenset(_low(cues["portfolio_prepositions"])),
        dative_clitics=frozenset(_low(cues["dative_clitics"])),
        verb_clitics=frozenset(_low(cues["verb_clitics"])),
        same_pronouns={k.lower(): v for k, v in cues["same_pronouns"].items()},
        person_clitics={k.lower(): v for k, v in cues["person_clitics"].items()},
        oblique_pronouns={k.lower(): v for k, v in cues["oblique_pronouns"].items()},
        second_person_words=frozenset(_low(cues["second_person_words"])),
        object_possessives={k.lower(): v for k, v in cues["object_possessives"].items()},
        name_gender_endings={k: tuple(_low(v)) for k, v in cues["name_gender_endings"].items()},
        plural_object_clitics=frozenset(_low(cues["plural_object_clitics"])),
        object_clitic_genders={k.lower(): v for k, v in cues["object_clitic_genders"].items()},
        dative_doubled_articles={k.lower(): tuple(_low(v)) for k, v in cues["dative_doubled_articles"].items()},
        relative_pronoun_genders={k.lower(): v for k, v in cues["relative_pronoun_genders"].items()},
        unnamed_object_followers=frozenset(_low(cues["unnamed_object_followers"])),
        stateless_heads=frozenset(_low(cues["stateless_heads"])),
        membership_words=frozenset(_low(cues["membership_words"])),
        alliance_words=frozenset(_low(cues["alliance_words"])),
        demonym_heads={form: sector for sector, forms in cues["demonym_heads"].items() for form in _low(forms)},
        foreign_adjectives=frozenset(_low(cues["foreign_adjectives"])),
        unknown_adjectives=frozenset(_low(cues["unknown_adjectives"])),
        regional_complements=tuple(_low(s) for s in cues["regional_complements"]),
        state_anaphora=frozenset(_low(cues["state_anaphora"])),
        body_anaphora=frozenset(_low(cues["body_anaphora"])),
        body_name_stems={w.lower(): stem.lower() for w, stem in cues["body_name_stems"].items()},
        indefinite_bodies={w.lower(): d.lower() for w, d in cues["indefinite_bodies"].items()},
        delegate_nouns=frozenset(_low(cues["delegate_nouns"])),
        manner_adverbs=frozenset(_low(cues["manner_adverbs"])),
        body_adjective_stems={stem.lower(): sector for stem, sector in cues["body_adjective_stems"].items()},
        adjective_bodies=frozenset(_low(cues["adjective_bodies"])),
        body_heads={w.lower(): code for w, code in cues.get("body_heads", {}).items()},
        pair_anaphora=frozenset(_low(cues["pair_anaphora"])),
        next_meeting_openers=frozenset(_low(cues["next_meeting_openers"])),
        count_anaphora={w.lower(): n for w, n in cues["count_anaphora"].items()},
        side_nouns=frozenset(_low(cues["side_nouns"])),
        pair_numerals=frozenset(_low(cues["pair_numerals"])),
        pair_people=frozenset(_low(cues["pair_people"])),
        gathered_officials=frozenset(_low(cues["gathered_officials"])),
        apposition_descriptors=frozenset(_low(cues["apposition_descriptors"])),
        pair_heads=frozenset(_low(cues["pair_heads"])),
        side_heads=frozenset(_low(cues["side_heads"])),
        warring_adjectives=frozenset(_low(cues["warring_adjectives"])),
        fight_sides_openers=tuple(_low(str(seq).split()) for seq in cues["fight_sides_openers"]),
        purpose_sequences=tuple(_low(seq) for seq in cues["purpose_sequences"]),
        purpose_target_types=frozenset(cues["purpose_target_types"]),
        member_heads=frozenset(_low(cues["member_heads"])),
        place_parts=frozenset(_low(cues["place_parts"])),
        seat_heads=frozenset(_low(cues["seat_heads"])),
        site_nouns=frozenset(_low(cues["site_nouns"])),
        sector_heads={form: sector for sector, forms in cues["sector_heads"].items() for form in _low(forms)},
        addressee_heads={form: sector for sector, forms in cues["addressee_heads"].items() for form in _low(forms)},
        role_connectors=frozenset(_low(yaml_data(lang, "roles")["connectors"])),
        role_seat_connectors=frozenset(_low(yaml_data(lang, "roles")["location_connectors"])),
        home_state=str(yaml_data(lang, "roles")["home_state"]),
        home_communities=frozenset(yaml_data(lang, "roles")["home_communities"]),
        seats=dict(yaml_data(lang, "roles")["seats"]),
        document_openers=frozenset(_low(cues["document_openers"])),
        role_stems=tuple(sorted(((stem.lower(), sector) for stem, sector in yaml_data(lang, "roles")["roles"].items()),
                                key=lambda r: -len(r[0]))),
        role_stem_aliases=dict(yaml_data(lang, "roles")["role_stem_aliases"]),
        role_lookalikes=_low(yaml_data(lang, "roles")["role_lookalikes"]),
        owned_voices=_low(yaml_data(lang, "roles")["owned_voices"]),
        person_groups={form.lower(): sector for form, sector in yaml_data(lang, "roles")["person_groups"].items()},
        former_words=tuple(_low(yaml_data(lang, "roles")["former"])),
        definite_adjective_endings=tuple(_low(cues["definite_adjective_endings"])),
        epithets=_epithet_forms(yaml_data(lang, "roles")["epithets"], tuple(_low(yaml_data(lang, "reporting")["definite_endings"]))),
        age_epithets=dict(yaml_data(lang, "roles")["age_epithets"]),
        kind_roles=frozenset(_low(yaml_data(lang, "roles")["kind_roles"])),
        object_adjective_endings=tuple(_low(cues["object_adjective_endings"])),
        possessive_pronouns=frozenset(_low(cues["possessive_pronouns"])),
        unnamed_actors=dict(cues["unnamed_actors"]["types"]),
        unnamed_names=dict(cues["unnamed_actors"]["names"]),
        unnamed_mode_sectors=dict(cues["unnamed_actors"]["modes"]),
        unnamed_names_en=dict(cues["unnamed_actors"]["names_en"]),
        unnamed_noun_types=frozenset(cues["unnamed_actors"]["noun_types"]),
        stateless_attacked=frozenset(cues["unnamed_actors"]["stateless_against"]),
        tolled_nouns=frozenset(_low(cues["unnamed_actors"]["tolled_nouns"])),
        toll_words=tuple(_low(cues["unnamed_actors"]["toll_words"])),
        implied_recipients=dict(cues["implied_recipients"]),
        domestic_recipient_types=frozenset(cues["domestic_recipient"]["types"]),
        abroad_sectors=frozenset(cues["domestic_recipient"]["abroad_sectors"]),
        abroad_modes=frozenset(cues["domestic_recipient"]["abroad_modes"]),
        home_setting_prepositions=frozenset(_low(cues["domestic_recipient"]["setting_prepositions"])),
        protester_stems=tuple(_low(cues["protests_met_with_force"]["stems"])),
        forces_at_protests=frozenset(cues["protests_met_with_force"]["types"]),
        abroad_side_adjectives=tuple(_low(cues["domestic_recipient"]["abroad_side"]["adjectives"])),
        abroad_side_heads=frozenset(_low(cues["domestic_recipient"]["abroad_side"]["nouns"])) | frozenset(
            _low(cues["stateless_heads"])) | frozenset(_low(f for forms in cues["sector_heads"].values() for f in forms)),
        non_state_target=cues["domestic_recipient"]["non_state_target"],
        domestic_party_names=(cues["domestic_recipient"]["name"], cues["domestic_recipient"]["name_en"]),
        appeal_publics=dict(cues["appeal_publics"]),
        petitioner_sectors=frozenset(cues["petitioner_sectors"]),
        suspect_target_modes={t: frozenset(m) for t, m in cues["suspect_targets"]["modes"].items()},
        suspect_told_modes={t: frozenset(m) for t, m in cues["suspect_targets"]["told_modes"].items()},
        suspect_stems=tuple(_low(cues["suspect_targets"]["suspect_stems"])),
        search_stems=tuple(_low(cues["suspect_targets"]["search_stems"])),
        suspect_homes=frozenset(_low(cues["suspect_targets"]["homes"])),
        suspect_owners=frozenset(_low(cues["suspect_targets"]["owners"])),
        suspect_owner_prepositions=frozenset(_low(cues["suspect_targets"]["owner_prepositions"])),
        suspect_target_sectors=frozenset(cues["suspect_targets"]["sectors"]),
        suspect_sector=cues["suspect_targets"]["sector"],
        resignation_objects=frozenset(cues["resignation_objects"]),
        opposition_words=frozenset(_low(cues["opposition_words"])),
        opposition_target_types=frozenset(cues["opposition_target_types"]),
        blamed_heads=tuple(_low(str(w).split()) for w in cues["blamed_heads"]),
        no_implied_recipient_modes=frozenset(cues["no_implied_recipient_modes"]),
        employer_sectors=frozenset(cues["employer_sectors"]),
        state_employer_stems=tuple(_low(cues["state_employer_stems"])),
        foreign_place_recipient_types=frozenset(cues["foreign_place_recipient_types"]),
        conditional_threat_types=frozenset(cues["conditional_threat_types"]),
        conditioned_threat_types=frozenset(cues["conditioned_threat_types"]),
        threat_content_types=frozenset(cues["threat_content_types"]),
        promised_own_types={t: frozenset(statuses) for t, statuses in cues["promised_own_types"].items()},
        ending_words=_low(cues["ending_words"]),
        halting_words=_low(cues["halting_words"]),
        warning_verbs=frozenset(_low(cues["warning_verbs"])),
        until_warning_verbs=frozenset(_low(cues["until_warning_verbs"])),
        place_recipient_types=frozenset(cues["place_recipient_types"]),
        home_place_scene_types=frozenset(cues["home_place_scene_types"]),
        demonym_agent_types=frozenset(cues["demonym_agent_types"]),
        target_nouns=frozenset(_low(cues["target_nouns"])),
        demonym_target_types=frozenset(cues["demonym_target_types"]),
        content_recipient_prepositions={t: frozenset(_low(p)) for t, p in cues["content_recipient_prepositions"].items()},
        nearest_recipient_types=frozenset(cues["nearest_recipient_types"]),
        forum_place_types=frozenset(cues["forum_place_types"]),
        not_recipient_prepositions=frozenset(_low(cues["not_recipient_prepositions"])),
        cause_words=frozenset(_low(cues["cause_words"])),
        mediation_nouns=frozenset(_low(cues["mediation_nouns"])),
        moved_object_types=frozenset(cues["moved_object_types"]),
        contexts=tuple((context, _low(words)) for context, words in cues["contexts"].items()),
        accusation_words=tuple(_low(str(w).split()) for w in cues["accusation_words"]),
        accusation_exceptions=_low(cues["accusation_exceptions"]),
        class_nouns=_low(cues["class_nouns"]),
        attribute_endings=_low(cues["attribute_endings"]),
        label_copulas=frozenset(_low(cues["label_copulas"])),
        enabling_verbs=_low(cues["enabling_verbs"]),
        harm_words=tuple(_low(str(w).split()) for w in cues["harm_words"]),
        threat_words=tuple(_low(str(w).split()) for w in cues["threat_words"]),
        borne_threats=tuple(_low(str(w).split()) for w in cues["borne_threats"]),
        stated_threats=tuple(_low(str(w).split()) for w in cues["stated_threats"]),
        conditioned_subjects=tuple(_low(str(w).split()) for w in cues["conditioned_subjects"]),
        avowed_threats=tuple(_low(str(w).split()) for w in cues["avowed_threats"]),
        own_side_threats=tuple(_low(str(w).split()) for w in cues["own_side_threats"]),
        impersonal_verbs=frozenset(_low(cues["impersonal_verbs"])),
        ability_stems=_low(cues["ability_stems"]),
        refusing_abilities=frozenset(_low(cues["refusing_abilities"])),
        copula_stems=_low(cues["copula_stems"]),
        unasked_stems=_low(cues["unasked_stems"]),
        second_person_endings=_low(cues["second_person_endings"]),
        yielding_words=tuple(_low(str(w).split()) for w in cues["yielding_words"]),
        otherwise_sequences=tuple(_low(s) for s in cues["otherwise_sequences"]),
        punishments_announced=tuple(_low(str(w).split()) for w in cues["punishments_announced"]),
        generic_culprits=tuple(_low(str(w).split()) for w in cues["generic_culprits"]),
        praise_words=tuple(_low(str(w).split()) for w in cues["praise_words"]),
        approval_words=tuple(_low(str(w).split()) for w in cues["approval_words"]),
        approval_subjects=frozenset(_low(cues["approval_subjects"])),
        fact_sources=frozenset(cues["fact_sources"]),
        audience_sectors=frozenset(cues["audience_sectors"]),
        denial_words=tuple(_low(str(w).split()) for w in cues["denial_words"]),
        motive_words=tuple(_low(str(w).split()) for w in cues["motive_words"]),
        defended_clients=tuple(_low(str(w).split()) for w in cues["defended_clients"]),
        claim_heads=frozenset(_low(cues["claim_heads"])),
        necessity_words=tuple(_low(str(w).split()) for w in cues["necessity_words"]),
        timeliness_words=tuple(_low(str(w).split()) for w in cues["timeliness_words"]),
        expectation_words=tuple(_low(str(w).split()) for w in cues["expectation_words"]),
        obligation_words=tuple(_low(str(w).split()) for w in cues["obligation_words"]),
        obligation_fillers=frozenset(_low(cues["obligation_fillers"])),
        counterfactual_obligations=frozenset(tuple(_low(s)) for s in cues["counterfactual_obligations"]),
        counterfactual_consequences=tuple(_low(s) for s in cues["counterfactual_consequences"]),
        given_object_types=frozenset(cues["given_object_types"]),
        passive_endings=_low(cues["passive_participle_endings"]),
        auxiliary_participle_endings=_low(cues["auxiliary_participle_endings"]),
        passive_auxiliaries=frozenset(_low(cues["passive_auxiliaries"])),
        participle_reasons=frozenset(_low(cues["participle_reasons"])),
        postposed_participle_endings=_low(cues["postposed_participle_endings"]),
        plural_participle_endings=_low(cues["plural_participle_endings"]),
        plural_verb_endings=_low(cues["plural_verb_endings"]),
        past_plural_endings=tuple(_low(cues["past_plural_endings"])),
        described_participles=_low(cues["described_participles"]),
        describing_determiners=frozenset(_low(cues["describing_determiners"])),
        described_types=frozenset(cues["described_types"]),
        facing_verbs=_low(cues["facing_verbs"]),
        imposing_verbs=frozenset(_low(cues["imposing_verbs"])),
        counterpart_roles=_low(cues["counterpart_roles"]),
        frame_prepositions=frozenset(_low(cues["frame_prepositions"])),
        gerund_endings=_low(cues["gerund_endings"]),
        gerund_elaborations={k: frozenset(v) for k, v in cues["gerund_elaborations"].items()},
        reaction_lead_ins={k: frozenset(v) for k, v in cues["reaction_lead_ins"].items()},
        relative_stance_types=frozenset(cues["relative_stance_types"]),
        rejecting_types=frozenset(cues["rejecting_types"]),
        rejected_documents=_low(cues["rejected_documents"]),
        content_documents=_low(cues["content_documents"]),
        relative_background_types=frozenset(cues["relative_background_types"]),
        apposed_act_types=frozenset(cues["apposed_act_types"]),
        past_passive_auxiliaries=frozenset(_low(cues["past_passive_auxiliaries"])),
        present_endings=_low(cues["present_endings"]),
        present_forms=frozenset(_low(cues["present_forms"])),
        present_passive_auxiliaries=frozenset(_low(cues["present_passive_auxiliaries"])),
        relative_state_types=frozenset(cues["relative_state_types"]),
        first_person_endings=_low(cues["first_person_endings"]),
        first_person_singular_endings=_low(cues["first_person_singular_endings"]),
        first_person_auxiliaries=frozenset(_low(cues["first_person_auxiliaries"])),
        public_stance_types=frozenset(cues["public_stance_types"]),
        performatives=frozenset(cues["performatives"]),
        source_subject_prepositions=frozenset(_low(cues["source_subject_prepositions"])),
        person_role_endings=tuple(str(e) for e in cues["person_role_endings"]),
        clause_coordinators=frozenset(_low(cues["clause_coordinators"])),
        partner_prepositions=frozenset(_low(cues["partner_prepositions"])),
        between_prepositions=frozenset(_low(cues["between_prepositions"])),
        joined_actor_openers=tuple(_low(words) for words in cues["joined_actor_openers"]),
        contrast_openers=frozenset(_low(cues["contrast_openers"])),
        judged_act_labels=frozenset(_low(cues["judged_act_labels"])),
        unnarrated_words=frozenset(_low(cues["unnarrated_words"])),
        l_form_endings=_low(cues["l_form_endings"].values()),
        disaster_words=_low(cues["disaster_words"]),
        english=data["english"],
        reporting=reporting_words(lang),
        governors=_governors(triggers, reporting_words(lang), cues),
    )
