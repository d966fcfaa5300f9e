"""The words the quotes stage looks for, read from `vesnik/lang/<lang>/reporting.yaml` and
`claims.yaml` into lookup tables (the headers of those files say where the words come from)."""
from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from vesnik.lang import yaml_data


def _lower(words) -> frozenset[str]:
    return frozenset(w.lower() for w in words)


def _sequences(groups) -> tuple[tuple[str, ...], ...]:
    """Word sequences, longest first so that the longest one matches."""
    return tuple(sorted((tuple(w.lower() for w in seq) for seq in groups), key=len, reverse=True))


def _by_first_word(sequences: tuple[tuple[str, ...], ...]) -> dict[str, tuple[tuple[str, ...], ...]]:
    table: dict[str, list[tuple[str, ...]]] = {}
    for seq in sequences:
        table.setdefault(seq[0], []).append(seq)
    return {first: tuple(seqs) for first, seqs in table.items()}


def _by_last_word(sequences: tuple[tuple[str, ...], ...]) -> dict[str, tuple[tuple[str, ...], ...]]:
    return {last: tuple(s for s in sequences if s[-1] == last) for last in {s[-1] for s in sequences}}


# Word lists of reporting.yaml read as lower-case sets, under their own key.
REPORTING_WORD_SETS = (
    "complementisers", "source_cues", "not_sources", "blocking_particles", "clitics", "clause_openers",
    "content_breaks", "name_linkers", "coordinators", "prepositions", "addressee_prepositions", "name_particles",
    "feminine_role_forms", "source_nouns", "speaker_nouns", "title_nouns", "masculine_names_ending_like_feminine", "feminine_names_ending_otherwise",
    "inverted_openers", "outlet_prepositions", "speaker_prepositions", "house_outlets", "document_nouns", "same_document",
    "statement_nouns", "statement_prepositions", "raising_impersonal", "reflexive_other_sense", "reflexive_particles",
    "relative_pronouns", "object_clitics", "person_object_clitics", "label_markers", "backward_demonstratives", "narrative_clause_openers", "subjunctive_particles",
    "noun_relatives", "subject_sharing_subordinators",
    "place_prepositions", "interview_nouns", "interview_prepositions", "appearance_words", "appearance_prepositions", "interview_lead_nouns", "interviewer_nouns",
    "informant_nouns", "outlet_nouns", "party_nouns", "speaker_adjectives", "possessive_linkers", "body_prepositions",
    "topic_prepositions", "relay_openers", "relay_conjunctions", "owner_offices", "share_nouns", "share_openers",
    "speaker_quantifiers", "unnamed_sources", "evidence_verbs",
)


@dataclass(frozen=True)
class ReportingWords:
    complementisers: frozenset[str]
    source_cues: frozenset[str]
    not_sources: frozenset[str]
    blocking_particles: frozenset[str]
    reflexive_other_sense: frozenset[str]  # verbs that mean something else after `се` (`се јави`: called)
    reflexive_particles: frozenset[str]
    clitics: frozenset[str]
    clause_openers: frozenset[str]
    relative_pronouns: frozenset[str]  # open a relative clause set off by commas: its names are not the subject
    object_clitics: frozenset[str]  # `го обвинија КФОР`: the name after the verb is its object
    person_object_clitics: frozenset[str]  # `го нарече „…“` with no object: a man named before
    label_markers: frozenset[str]  # `го опиша како „…“`: between a verb and its label, no object
    backward_demonstratives: frozenset[str]  # `Ова го изјави X`: the sentence before is X's
    owner_offices: frozenset[str]  # `неговиот кабинет соопшти`: the office speaks for the possessive's referent
    manner_adverb_endings: tuple[str, ...]  # `„…“, свечено изјави тој`
    feminine_title_endings: tuple[str, ...]  # `сенаторката Елизабет Ворен`: a woman
    content_breaks: frozenset[str]
    subjunctive_particles: frozenset[str]  # `пред да`: a clause, `пред новинарите`: a preposition
    narrative_clause_openers: frozenset[str]  # `…, иако додаде`: a cue after them is no relayed statement
    noun_relatives: frozenset[str]  # `Компанијата што го гради автопатот вели`: the noun before speaks
    subject_sharing_subordinators: frozenset[str]  # `…, кога изјави дека`: the main clause's subject
    name_linkers: frozenset[str]
    topic_prepositions: frozenset[str]  # `Мицкоски за Заев рече`: what a person speaks about
    place_prepositions: frozenset[str]  # `властите во X`: X says where the speakers are
    coordinators: frozenset[str]
    prepositions: frozenset[str]
    addressee_prepositions: frozenset[str]
    name_particles: frozenset[str]
    feminine_role_forms: frozenset[str]
    source_nouns: frozenset[str]
    share_nouns: frozenset[str]  # `38 проценти рекле`: a share of people speaks
    share_openers: frozenset[str]  # `Околу половина од …`
    document_nouns: frozenset[str]  # `во извештајот на X се вели`: X speaks through its document
    same_document: frozenset[str]  # `се вели во истото`: the document cited last
    statement_nouns: frozenset[str]  # `со изјава дека …`: a noun whose `дека` clause is a statement
    statement_prepositions: frozenset[str]  # `со изјава дека`: the clause's subject made the statement
    raising_impersonal: frozenset[str]  # `X се очекува да …`: the whole clause is the statement
    speaker_nouns: frozenset[str]
    speaker_quantifiers: frozenset[str]  # `една жена призна`: an indefinite subject
    title_nouns: frozenset[str]
    masculine_names_ending_like_feminine: frozenset[str]
    feminine_names_ending_otherwise: frozenset[str]  # `Кристин Лагард`: a woman all the same
    inverted_openers: frozenset[str]
    relay_openers: frozenset[str]  # `X, пренесува Y, рече`, `X, цитиран од Y, рекол`
    relay_conjunctions: frozenset[str]  # `…, изјави X, а пренесе МИА`
    outlet_prepositions: frozenset[str]
    interview_nouns: frozenset[str]  # `во интервју за X`: X is the outlet, known or not
    interview_prepositions: frozenset[str]
    appearance_words: frozenset[str]  # `гостувајќи на X`: X is the outlet, as after an interview noun
    appearance_prepositions: frozenset[str]
    interview_lead_nouns: frozenset[str]  # an interview named in the lead: its answers are the person's
    interviewer_nouns: frozenset[str]  # `дописничката на X Y`: Y asks
    informant_nouns: frozenset[str]  # `извор на X`: X relays its informant
    speaker_adjectives: frozenset[str]  # `Извор близок до Владата`: the complement is the speaker's
    possessive_linkers: frozenset[str]  # `Гласот на Греам`: a possessor a pronoun may refer to
    outlet_nouns: frozenset[str]  # `додаде агенцијата`: the outlet named last
    party_nouns: frozenset[str]  # `велат од партијата`: the party named last
    unnamed_sources: frozenset[str]  # `велат дипломатите`: a source of news, no actor
    evidence_verbs: frozenset[str]  # lemmas: `нападот покажува дека`, a thing's evidence inside a statement
    speaker_prepositions: frozenset[str]
    body_prepositions: frozenset[str]  # `Во Владата велат`: the body speaks
    house_outlets: frozenset[str]
    verbs: dict[str, tuple[str, str]]  # form -> (class: speech | opinion | naming | quoting, lemma)
    impersonal: dict[str, tuple[tuple[str, ...], ...]]  # first word -> sequences, longest first
    pronouns: dict[str, str]  # form -> masculine | feminine | plural
    possessive_pronouns: dict[str, str]  # form -> masculine | feminine | plural
    citing_adverbs: dict[str, tuple[tuple[str, ...], ...]]  # first word -> sequences, longest first
    parenthetical_phrases: dict[str, tuple[tuple[str, ...], ...]]  # last word -> sequences, longest first
    roles: dict[str, str]  # form -> role
    role_lookalike_nouns: dict[str, frozenset[str]]  # role form -> nouns after which it is an adjective (`пратеничката група`)
    role_offices: dict[str, frozenset[str]]  # role -> the knowledge base's offices it names
    role_paraphrases: tuple[tuple[tuple[str, ...], str], ...]  # word beginnings of an office's paraphrase -> its role phrase (roles.yaml)
    organ_speakers: tuple[tuple[str, str], ...]  # (stem, sector) of a state's speaking organs, in order
    feminine_surname_endings: tuple[str, ...]
    feminine_first_name_endings: tuple[str, ...]
    feminine_participle_endings: tuple[str, ...]
    definite_endings: tuple[str, ...]
    neuter_definite_endings: tuple[str, ...]  # `Македонското министерство`, not `Опозицијата остро`
    gathering_stems: tuple[str, ...]  # `по средбата со Y`: a phrase on a meeting, no speaker
    gerund_endings: tuple[str, ...]

    def paraphrased_role(self, tokens, at: int) -> str | None:
        """The role phrase a paraphrase that token `at` is a word of stands for (`шефот на дипломатијата`:
        `министер за надворешни работи`); tokens are anything with a lower-case `low`."""
        for words, role in self.role_paraphrases:
            for start in (at - k for k, w in enumerate(words) if tokens[at].low.startswith(w)):
                if (start >= 0 and start + len(words) <= len(tokens)
                        and all(tokens[start + k].low.startswith(w) for k, w in enumerate(words))):
                    return role
        return None

    @property
    def cue_starts(self) -> frozenset[str]:
        """Every word a cue may start with."""
        return frozenset(self.verbs) | self.source_cues | frozenset(self.impersonal) | self.statement_nouns


@dataclass(frozen=True)
class ClaimWords:
    number_words: dict[str, float]
    person_numerals: dict[str, float]
    joiners: frozenset[str]
    scales: dict[str, float]
    vague: dict[str, float]
    hedges: dict[str, tuple[tuple[str, ...], ...]]  # last word -> sequences, longest first
    currencies: dict[str, str]
    currency_adjectives: dict[str, str]  # `американски долари`, `канадски долари`: the state's currency
    auxiliaries: frozenset[str]  # `се`, `беа` between a bare number and the verb of what befell them
    number_of_heads: frozenset[str]  # `бројот на жртви … се искачи на 45`
    percent: frozenset[str]
    kinds: dict[str, str]  # word -> dead | injured | arrested | troops
    people_nouns: frozenset[str]
    count_nouns: dict[str, str]  # word -> English unit
    not_claim_words: frozenset[str]
    not_heads: frozenset[str]
    ratio_words: frozenset[str]
    range_words: frozenset[str]
    definite_suffixes: frozenset[str]
    year_range: tuple[int, int]

    @property
    def number_starts(self) -> frozenset[str]:
        """Every word other than digits a number may start with (numerals, currency signs)."""
        return frozenset(self.number_words) | frozenset(self.person_numerals) | frozenset(self.vague) | frozenset(self.currencies)


@cache
def reporting_words(lang: str) -> ReportingWords:
    data = yaml_data(lang, "reporting")
    verbs = {
        form.lower(): (verb_class, lemma)
        for verb_class in ("naming", "opinion", "quoting", "speech")  # speech last: it wins a shared form
        for lemma, forms in data[f"{verb_class}_verbs"].items()
        for form in forms
    }
    return ReportingWords(
        **{key: _lower(data[key]) for key in REPORTING_WORD_SETS},
        verbs=verbs,
        impersonal=_by_first_word(_sequences(data["impersonal"])),
        pronouns={form.lower(): gender for gender, forms in data["pronouns"].items() for form in forms},
        possessive_pronouns={form.lower(): gender for gender, forms in data["possessive_pronouns"].items() for form in forms},
        citing_adverbs=_by_first_word(_sequences(data["citing_adverbs"])),
        parenthetical_phrases=_by_last_word(_sequences(data["parenthetical_phrases"])),
        roles={form.lower(): role for role, forms in data["roles"].items() for form in forms},
        role_lookalike_nouns={form.lower(): _lower(nouns) for form, nouns in data["role_lookalike_nouns"].items()},
        role_offices={role: frozenset(offices) for role, offices in data["role_offices"].items()},
        role_paraphrases=tuple((tuple(phrase.lower().split()), role)
                               for phrase, role in yaml_data(lang, "roles")["role_paraphrases"].items()),
        organ_speakers=tuple((stem.lower(), sector) for sector, stems in data["organ_speakers"].items() for stem in stems),
        manner_adverb_endings=tuple(data["manner_adverb_endings"]),
        feminine_title_endings=tuple(data["feminine_title_endings"]),
        feminine_surname_endings=tuple(data["feminine_surname_endings"]),
        feminine_first_name_endings=tuple(data["feminine_first_name_endings"]),
        feminine_participle_endings=tuple(data["feminine_participle_endings"]),
        definite_endings=tuple(data["definite_endings"]),
        neuter_definite_endings=tuple(data["neuter_definite_endings"]),
        gathering_stems=tuple(data["gathering_stems"]),
        gerund_endings=tuple(data["gerund_endings"]),
    )


@cache
def claim_words(lang: str) -> ClaimWords:
    data = yaml_data(lang, "claims")
    low, high = data["year_range"]
    return ClaimWords(
        number_words={w.lower(): float(v) for w, v in data["number_words"].items()},
        person_numerals={w.lower(): float(v) for w, v in data["person_numerals"].items()},
        joiners=_lower(data["number_joiners"]),
        scales={w.lower(): float(v) for w, v in data["scales"].items()},
        vague={w.lower(): float(v) for w, v in data["vague_quantities"].items()},
        hedges=_by_last_word(_sequences(data["hedges"])),
        currencies={str(w).lower(): code for w, code in data["currencies"].items()},
        currency_adjectives={w.lower(): code for w, code in data["currency_adjectives"].items()},
        auxiliaries=frozenset(w.lower() for w in data["auxiliaries"]),
        number_of_heads=frozenset(w.lower() for w in data["number_of_heads"]),
        percent=_lower(data["percent"]),
        kinds={w.lower(): kind for kind, words in data["kinds"].items() for w in words},
        people_nouns=_lower(data["people_nouns"]),
        count_nouns={w.lower(): unit for w, unit in data["count_nouns"].items()},
        not_claim_words=_lower(data["not_claim_words"]),
        not_heads=_lower(data["not_heads"]),
        ratio_words=_lower(data["ratio_words"]),
        range_words=_lower(data["range_words"]),
        definite_suffixes=_lower(data["definite_suffixes"]),
        year_range=(int(low), int(high)),
    )
