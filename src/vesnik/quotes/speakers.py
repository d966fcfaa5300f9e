"""Who says it: the speaker phrase next to a cue, and what a pronoun, a role or a dropped
subject refers to.

A speaker phrase is found by position, without a parser:
- before the verb (`X изјави дека`): the last name in the clause before the verb, where a
  name is a run of capitalised words (`Зоран Заев`); a run joined by `на`/`за`/`од` to the
  words before it takes its head along (`Разузнавачката агенција на Јужна Кореја`), and a run
  inside an adverbial (`во интервју за SETimes`) is passed over. Without a name: a pronoun,
  a role word, a source noun, or the last word before the verb (`аналитичарите велат`).
- after the verb (`…, изјави X`) or after `според`: the first name, pronoun or role word,
  passing over adverbials and addressees (`рече за SETimes Мемети`, `објави во четврток`).
Entity mentions (from the entities stage) decide between candidates when there are any: the
speaker is the mention overlapping the phrase, a person before an organisation or a place.

Resolution: a pronoun refers to the last person of its gender named in the five sentences
before; a role word (`претседателот`) to the last person the text introduced with that role
(`српскиот претседател Александар Вучиќ`); a dropped subject (`Додаде дека …`, `… и рече дека`)
to the subject of the sentence's first clause, else to the last speaker of the two sentences
before. The resolved speaker's `text` is then the antecedent as written (so a resolution
survives without entities), and `how` says which rule resolved it.
"""
from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date
from functools import cache

from vesnik.clean.boilerplate import dateline_source
from vesnik.document import PLACE_TYPES, Entity, Mention
from vesnik.kb import load_kb, state_organ_name
from vesnik.lang import word_list
from vesnik.time.words import date_words
from vesnik.quotes.lexicon import ReportingWords, claim_words
from vesnik.quotes.text import CLOSE, OPEN, Text, Token

CLAUSE_PUNCTUATION = set(",;:()–[]") | {OPEN, CLOSE}
SENTENCE_PUNCTUATION = set(".!?…")
TYPE_PREFERENCE = {"PER": 0, "ORG": 1, "GPE": 2, "LOC": 3}
SOURCE_SECTORS = {"JRN"}  # PLOVER sector of news media: agencies and outlets relay statements
PARTY_SECTORS = {"PTY"}  # political parties, which `партијата` refers back to
PRONOUN_WINDOW = 5  # sentences back in which a pronoun finds its antecedent
DROPPED_WINDOW = 2  # sentences back in which a dropped subject finds the last speaker
NOUN_PHRASE_WORDS = 6
SPEAKER_PHRASE_REACH = 16  # words after a verb within which its speaker phrase (with complements) ends
APPOSED_PHRASES = 3  # comma-separated phrases between a subject and its verb
ADVERBIAL_WORDS = 3  # words of a time adverbial between an apposed subject and its verb
PARENTHESIS_WORDS = 6  # words of a parenthesis a clause runs through (`(15-ти мај)`)
RELAY_PARENTHESIS_WORDS = 9  # words of a relay or an interview between commas before a verb (`X, како што пренесува Y, рече`)
ROLE_PHRASE_WORDS = 6  # words of a role phrase before its holder's name (`министер за надворешни работи`)
APPOSED_ADVERBIAL = 6  # words of an adverbial phrase between a role and its apposed name
INTERVIEW_WINDOW = 10  # sentences back in which `во интервјуто` finds the interview it refers to
NAME_WORDS = 3  # words of a speaker's name between a verb and the outlet it spoke to
OUTLET_SECTION_WORDS = 4  # words naming a section of an outlet (`за делот за култура на X`)
DOCUMENT_COMPLEMENT_WORDS = 3  # words between a document noun and the `на` of its body (`Извештајот за глобалната корупција на X`)


@cache
def time_words(lang: str) -> frozenset[str]:
    """Weekdays, months, `денеска`-like words and parts of a period (`крајот`, `почетокот`):
    capitalised at a sentence start, never names, and no part of a speaker phrase
    (`агенцијата на крајот од една година`)."""
    words = date_words(lang)
    return (frozenset(words.weekdays) | frozenset(words.month_names) | frozenset(words.deictic)
            | frozenset(words.period_parts))


@dataclass
class Speaker:
    start: int
    end: int
    text: str
    kind: str  # name | pronoun | role | noun | dropped
    gender: str | None = None  # masculine | feminine | plural, when the words say
    role: str | None = None
    source: bool = False  # a news source (agency, newspaper) speaking for itself
    entity: Entity | None = None
    how: str = ""  # how it was resolved: pronoun | role | dropped | continued | ""
    cited_at: int = -1  # offset of the last cue it spoke under
    share: bool = False  # a share of people (`35 проценти`), as a poll or study counts them

    @property
    def resolved(self) -> bool:
        return self.kind in ("name", "noun") or bool(self.how)


@dataclass
class NameMention:
    start: int
    end: int
    entity: Entity


class Speakers:
    """Speaker phrases of one document and the referents they may resolve to."""

    def __init__(self, words: ReportingWords, doc: Text, entities: list[Entity], published: date | None = None):
        self.words = words
        self.doc = doc
        self.entities = entities
        self.published = published
        self.tokens = doc.tokens
        self.time_words = time_words(doc.lang)
        self.date_words = date_words(doc.lang)
        self.common_words = word_list(doc.lang, "common_words")
        numbers = claim_words(doc.lang)
        self.number_words, self.number_joiners = frozenset(numbers.number_words), numbers.joiners
        self.mentions = sorted(
            (NameMention(m.start, m.end, e) for e in entities for m in e.mentions if m.kind in ("name", "anaphor")),
            key=lambda m: m.start,
        )
        self._mention_starts = [m.start for m in self.mentions]
        self.oblique_referents: list[Speaker] = []  # people named only as objects, filled with the referents
        self.referents: list[Speaker] = self._introduced_referents()
        self.pronoun_genders: dict[str, str] = {}  # entity id -> gender of a pronoun that referred to it
        own = dateline_source(doc.text)  # the agency whose copy the article is (`Скопје, … (МИА) –`)
        self.own_outlet = own.lower() if own else None

    # --- phrases -------------------------------------------------------------------------

    def before(self, verb: int, apposition: bool = True) -> Speaker | None:
        """The subject before a verb, or None when the clause has none (a dropped subject).
        An empty clause after a comma looks at the apposition before it (`Министерот …,
        Слободан Милосављевиќ, рече`)."""
        opening = self.parenthesis_before(verb)
        if opening is None:
            opening = self._dashes_before(verb)  # `владината коалиција -- предводена од БСП -- призна`
        if opening is None:
            opening = self._relay_parenthesis(verb)  # `Вучиќ, како што пренесува Танјуг, рече`
        if opening is not None:
            return self.before(opening, apposition)  # `Тој, исто така, вети`: the subject is before the parenthesis
        first = self.clause_start(verb)
        relative = first - 1
        if (relative > 0 and self.tokens[relative].low in self.words.relative_pronouns
                and (self.tokens[relative - 1].text == "," or self._person_ends_before(relative))
                and self.opening_subject(first, verb) is None and not self._object_relative(first, verb)):
            # `Г-ѓа Дејвис, 45, којашто живее во Лидни вели дека`: the relative pronoun is the
            # subject (the clause names none of its own: not `коишто тие ги нарекоа`), and the
            # name it stands for speaks; also a person's name right before it, no comma between
            # (`… од X која на Твитер напиша`)
            sentence_first = self.doc.sentence_tokens(self.tokens[verb].sentence).start
            comma = relative - 1 if self.tokens[relative - 1].text == "," else relative
            owner = self._named_before(comma, sentence_first)
            if owner is not None:
                return owner
        bare = first - 1  # `Компанијата што го гради автопатот сега вели`: the noun before the relative speaks
        if (bare > 0 and self.tokens[bare].low in self.words.noun_relatives and self._noun_or_name(self.tokens[bare - 1])
                and self.opening_subject(first, verb) is None
                and any(self._plain(t) or t.low in self.words.verbs for t in self.tokens[first:verb])):
            head = self.before(bare, apposition=False)
            if head is not None and head.kind in ("name", "noun", "role"):
                return head
        last = verb
        while last > first and self.tokens[last - 1].low in self.words.clitics:
            last -= 1
        if last - 1 > first and self.tokens[last - 1].text == ")":
            opening = next((k for k in range(last - 2, first, -1) if self.tokens[k].text == "("), None)
            if opening is not None:
                last = opening  # `Агенцијата за … на Индонезија (BPPT) изјави`: the name before its abbreviation
        owner = self._owner_office(first, last)
        if owner is not None:
            return owner
        sentence_first = self.doc.sentence_tokens(self.tokens[verb].sentence).start
        opening = (self.tokens[first].text[:1].isupper() or (first > 0 and self.tokens[first - 1].text == "," and self.tokens[first + 1].cap)
                   or (first > sentence_first and self.past_opening_adverbials(sentence_first, first + 1) == first))  # `По средбата, од синдикатот велат`
        if (last - first > 1 and self.tokens[first].low in self.words.speaker_prepositions and opening
                and self.tokens[first + 1].low not in self.time_words):
            # `Од СДСМ велат дека`, `Од министерството за туризам велат`, `Од 2011, од Глобален Граѓанин тврдат`
            return self._phrase(first + 1, last)
        if last - first > 1 and self.tokens[first].low in self.words.body_prepositions and opening:
            body = next((m for m in self.mentions_in(self.tokens[first + 1].start, self.tokens[last - 1].end)
                         if m.entity.type == "ORG" and m.start == self.tokens[first + 1].start
                         and self.doc.token_at(m.end) == last), None)
            if body is not None:  # `Во Владата велат дека`
                return self._speaker(first + 1, last, "name")
        shared = first - 2  # `Од СДСМ реагираа и оценија дека`: coordinated speech verbs share the subject
        if last == first and shared > 0 and self.tokens[first - 1].low in self.words.coordinators and self.tokens[shared].low in self.words.verbs:
            found = self.before(shared, apposition)
            if found is not None:
                return found
        adverbials = last > first and self._prepositional_phrases(first, last, verb)
        if apposition and adverbials:
            opening = self.parenthesis_before(first)
            if opening is not None:  # `Премиерот, пак, на прес-конференција во Битола оцени`: adverbials after a parenthesis
                return self.before(opening, apposition)
        if last == first or self._adverbial_only(first, last) or self._interview_adverbial(first, last, verb) or adverbials:
            # `…, генерал Метин Гурак, во петокот негираше`, `X, пак, во интервју за Y истакна`
            comma = first - 1
            if apposition and comma > 0 and self.tokens[comma].text == "," and self.tokens[comma].sentence == self.tokens[verb].sentence:
                opening = self.parenthesis_before(first)
                return self.before(opening, apposition) if opening is not None else self._apposed_subject(comma)
            if last == first:
                return None
        share = self._share_before(first, last)
        if share is not None:
            return share
        # `Тој за каналот Б92 изјави`: the outlet spoken to is no subject
        outlets = [(i, o) for i in range(first, last) if self.tokens[i].low in self.words.outlet_prepositions
                   for o in [self._outlet_at(i, last, verb=last)] if o is not None]
        in_outlet = {k for i, o in outlets for k in range(i, self.doc.token_at(o.end))}
        runs = [r for r in self._name_runs(first, last) if not self._apposed_title(r[0]) and not self._role_modifier(*r)
                and r[0] not in in_outlet]
        for run_start, run_end in reversed(runs):
            head = self._head_of(first, run_start)
            if head is None:
                # `Портпаролот на Министерството за надворешни работи на Русија Марија Захарова`:
                # the person a long role phrase ends in
                role = next((k for k in range(first, min(first + 2, run_start)) if self.tokens[k].low in self.words.roles), None)
                holder = (self._person_after_role(role, run_end)
                          if role is not None and run_end == last and not self._object_role(first, run_start - 1) else None)
                if holder is not None:
                    return holder
                continue
            common = run_end - run_start == 1 and self._capitalised_word(run_start)  # `Истиот покажува …`
            if head == first and run_end - run_start == 1 and (len(runs) == 1 or common):
                run_end = self._common_noun_end(run_end, last)  # `Локалната управа во Куманово`
            if common:  # no name, and no referent for a later pronoun
                return self._speaker(head, self._complement_end(run_end, last), "noun")
            known = [m for m in self.mentions_in(self.tokens[run_start].start, self.tokens[run_end - 1].end)
                     if m.start >= self.tokens[run_start].start]
            body_end = max((self.doc.token_at(m.end) for m in known if m.entity.type == "ORG"), default=None)
            common_head = (not known and run_end + 1 < last and self.tokens[run_end].low in self.words.name_linkers
                           and self._plain(self.tokens[run_end + 1]))
            if head == first and ((body_end is not None and run_end <= body_end <= last) or common_head):
                # `Државната метеоролошка станица во Феникс објави`, `Еден Член на собранието од X рече`: a body or a
                # common noun keeps its complements; a person does not (`Мицкоски за Заев рече`, `Петров од Скопје`)
                run_end = self._complement_end(body_end or run_end, last)
            return self._speaker(head, run_end, "name", role_at=run_start - 1)
        for i in range(last - 1, first - 1, -1):
            found = self._function_speaker(i, last) if i not in in_outlet else None
            after = self.doc.token_at(found.end) if found else last
            if found and found.kind == "noun" and i > first and self._after_preposition(i, first) and after < last:
                # `Во соопштението амбасадата предупреди`: the document it speaks in is an adverbial, the words after it speak
                return self._description_before(after, last)
            if found:
                comma = first - 1
                if found.kind == "role" and apposition and comma > 0 and self.tokens[comma].text == ",":
                    named = self._apposed_subject(comma)  # `Џек Рос, шефот на „Sunderland“ рече`
                    if named is not None and named.kind == "name":
                        return named
                return found
        return self._description_before(first, last)

    def _after_preposition(self, i: int, first: int) -> bool:
        """Token i heads a preposition's object, at most two lower-case words between them
        (`во соопштението`, `Во своето соопштение`, `во нивното вчерашно соопштение`)."""
        opener = next((k for k in range(i - 1, max(first, i - 3) - 1, -1) if self.tokens[k].low in self.words.prepositions), None)
        return opener is not None and all(t.word and not t.cap for t in self.tokens[opener + 1:i])

    def _object_relative(self, first: int, verb: int) -> bool:
        """The relative pronoun before token `first` is the verb's object: its clitic alone stands
        before the verb and a label follows it, no object of its own (`ДДВ, кое го окарактеризира
        како „…“`; not `кој го окарактеризира предлогот како`)."""
        after = self.tokens[verb + 1] if verb + 1 < len(self.tokens) else None
        return (verb == first + 1 and self.tokens[first].low in self.words.object_clitics and after is not None
                and (after.low in self.words.label_markers or after.text == OPEN))

    def _person_ends_before(self, i: int) -> bool:
        """A person's name ends right before token i."""
        return any(m.entity.type == "PER" and self.doc.token_at(m.end) == i
                   for m in self.mentions_in(self.tokens[i - 1].start, self.tokens[i - 1].end))

    def _share_before(self, first: int, last: int) -> Speaker | None:
        """A share of people that ends right before the verb (`38 проценти изјавиле`, `Педесет
        и осум проценти од гласачите рекоа`, `Околу половина од учесниците рекле`): a vague
        source, its phrase as written from the number on."""
        start = first
        while start < last and self.tokens[start].low in self.words.share_openers:
            start += 1
        share = start
        while share < last and (self.tokens[share].text.isdigit() or self.tokens[share].low in self.number_words
                                or (share > start and self.tokens[share].low in self.number_joiners)):
            share += 1
        if share >= last or self.tokens[share].low not in self.words.share_nouns:
            return None
        if share == start and self.tokens[share].low in claim_words(self.doc.lang).percent:
            return None  # `проценти` needs its number
        if share + 1 < last and self.tokens[share + 1].low not in self.words.name_linkers:
            return None  # `Половина од …`, not `процентот невработени …`
        sentence = self.tokens[start].sentence
        while (share > start and start > 1 and self.tokens[start - 2].sentence == sentence
               and self.tokens[start - 1].low in self.number_joiners and self.tokens[start - 2].low in self.number_words):
            start -= 2  # `Педесет и осум`: the clause was cut at the number's `и`
        return replace(self._speaker(start, last, "noun"), share=True)

    def _description_before(self, first: int, last: int) -> Speaker | None:
        """A common-noun subject that ends right before the verb, with its adjectives and
        complements (`аналитичарите велат`, `поддржувачите на референдумот велат`, `политичките
        противници на оваа иницијатива тврдеа`): it ends in a definite noun or a complement, and
        its head words (before the first complement) hold a definite noun or a speaker noun;
        none inside an adverbial (`на прес-конференцијата рече`), unless an adjective with the
        article opens it right before its noun (`… синдикалните протестирачи извикуваа`)."""
        tok = self.tokens[last - 1]
        if not tok.word or self._function_word(tok):
            return None
        start = self._compound_start(last - 1, first)
        head_end = last
        while start - 1 >= first:
            prev = self.tokens[start - 1]
            if self._plain(prev):
                start -= 1
            elif prev.low in self.words.name_linkers and start - 2 >= first and self._plain(self.tokens[start - 2]):
                head_end = start - 1
                start -= 2
            elif prev.low in self.words.prepositions and start - 2 >= first and self._speaking_noun(self.tokens[start - 2]):
                # `многумина во меѓународната заедница сметаат`, `работниците во засолништата велат`: speakers
                # and where they are (an adverbial alone still opens with its preposition: `на средбата во X рече`)
                head_end = start - 1
                start -= 2
            else:
                break
        complemented = head_end < last
        article = self.tokens[last - 2] if last - 2 >= start else None
        opens_phrase = (article is not None and article.low.endswith(self.words.definite_endings) and not self._speaking_noun(tok)
                        and article.low not in self.words.possessive_pronouns  # `нејзината канцеларија ги известила`: hers
                        and self.tokens[last - 3].low not in self.words.prepositions)  # `по крајните аргументи`: an adverbial
        if not complemented and opens_phrase:
            # `од другата страна синдикалните протестирачи извикуваа`: the article on the adjective opens the phrase
            return self._speaker(self._compound_start(last - 2, first), last, "noun")  # `38-годишниот тенисер`
        if start - 1 >= first and self.tokens[start - 1].low in self.words.prepositions:
            return None
        quantified = last - 2 >= start and self.tokens[last - 2].low in self.words.speaker_nouns  # `некои екологисти стравуваат`
        counted = next((k for k in range(start, min(head_end, last - 1)) if self.tokens[k].low in self.words.speaker_quantifiers), None)
        if counted is not None:  # `а една жена призна`, `доволно членови на парламентот рекоа`
            return self._speaker(counted, last, "noun")
        if not (self._speaking_noun(tok) or complemented or quantified) or not any(self._speaking_noun(t) for t in self.tokens[start:head_end]):
            return None
        return self._speaker(start, last, "noun")

    def _speaking_noun(self, tok: Token) -> bool:
        """A definite noun or a noun of speakers (`аналитичарите`, `властите`)."""
        return tok.low.endswith(self.words.definite_endings) or tok.low in self.words.speaker_nouns

    def parenthesis_before(self, verb: int) -> int | None:
        """The comma that opens a parenthesis of particles and sentence adverbs (`clitics`) right
        before a verb (`Здружението, исто така, истакна`), else None: the verb's subject stands
        before that comma, and the verb is no inverted attribution."""
        j = verb - 1
        while j >= 0 and self.tokens[j].low in self.words.clitics:
            j -= 1
        if j < 1 or self.tokens[j].text != ",":
            return None
        k = j - 1
        while k >= 0 and self.tokens[k].sentence == self.tokens[verb].sentence:
            if self.tokens[k].low in self.words.clitics:
                k -= 1
                continue
            phrase = next((seq for seq in self.words.parenthetical_phrases.get(self.tokens[k].low, ())
                           if k - len(seq) >= 0 and all(self.tokens[k - len(seq) + 1 + n].low == w for n, w in enumerate(seq))), None)
            if phrase is None:
                break
            k -= len(phrase)  # `, од своја страна,`
        return k if k < j - 1 and k > 0 and self.tokens[k].text == "," else None

    def _relay_parenthesis(self, verb: int) -> int | None:
        """The comma that opens a relay or an interview set off by commas right before a verb (`X,
        како што пренесува Y, рече`, `X, според Y, изјави`, `X, во интервју за Y, изјави`), else
        None: the verb's subject stands before it."""
        close = verb - 1
        while close >= 0 and self.tokens[close].low in self.words.clitics:
            close -= 1
        if close < 1 or self.tokens[close].text != ",":
            return None
        sentence_first = self.doc.sentence_tokens(self.tokens[verb].sentence).start
        opening = next((k for k in range(close - 1, max(sentence_first, close - RELAY_PARENTHESIS_WORDS - 2), -1)
                        if self.tokens[k].text == ","), None)
        if opening is None or opening <= sentence_first:
            return None
        if (self._relay_in(opening + 1, close) is not None or self._interview_adverbial(opening + 1, close, verb)
                or self._gathering_adverbial(opening + 1, close)):
            return opening  # also `X, во интервју за Y, изјави`, `X, по средбата со Y, изјави`
        return None

    def _relay_in(self, first: int, last: int) -> Speaker | None:
        """The body or outlet a phrase names as the one relaying (`како што пренесува Y`, `според
        Y`, `пренесува Y`, `цитиран од Y`): a name, not a person, a pronoun or a place, or a
        phrase headed by a source noun (`државната телевизија`)."""
        lows = [t.low for t in self.tokens[first:last]]
        if lows and (lows[0] in self.words.source_cues or lows[0] in self.words.relay_openers):
            cue = first
        elif len(lows) > 2 and lows[0] in self.words.inverted_openers and lows[1] in self.words.inverted_openers:
            cue = next((k for k in range(first + 2, last) if self.tokens[k].low in self.words.verbs), None)
        else:
            return None
        found = self.after(cue, last) if cue is not None else None
        if found is None or self.doc.token_at(found.end) != last:
            return None
        if found.kind == "noun" and self.tokens[last - 1].low in self.words.source_nouns:
            found.source = True  # `како што пренесе иранската државна телевизија`: an outlet described, not named
            return found
        known = self.mentions_in(found.start, found.end)
        if found.kind != "name" and not (found.kind == "noun" and known):  # `од МИА`: one word after the preposition
            return None
        if any(m.entity.type != "ORG" for m in known):
            return None
        found.source = True
        return found

    def relay_parenthesis(self, verb: int) -> Speaker | None:
        """The relay set off by commas between a subject and its speech verb (see `_relay_parenthesis`)."""
        opening = self._relay_parenthesis(verb)
        if opening is None:
            return None
        close = next(k for k in range(opening + 1, verb) if self.tokens[k].text == ",")
        return self._relay_in(opening + 1, close)

    def relay_closing(self, comma: int) -> int | None:
        """The comma that closes a relay set off by commas from the one at `comma`, right after a
        speech verb and before its `дека` (`X рекол, пренесува Y, дека …`), else None."""
        if self.tokens[comma].text != ",":
            return None
        sentence_stop = self.doc.sentence_tokens(self.tokens[comma].sentence).stop
        close = next((k for k in range(comma + 2, min(sentence_stop, comma + RELAY_PARENTHESIS_WORDS + 2))
                      if self.tokens[k].text == ","), None)
        return close if close is not None and self._relay_in(comma + 1, close) is not None else None

    def relay_after(self, verb: int) -> Speaker | None:
        """The relay set off by commas right after a speech verb (see `relay_closing`)."""
        comma = verb + 1
        close = self.relay_closing(comma) if comma < len(self.tokens) else None
        return self._relay_in(comma + 1, close) if close is not None else None

    def _dashes_before(self, verb: int) -> int | None:
        """The first token of the dash that opens a parenthesis between dashes right before a verb
        (`X -- предводена од Y -- призна`), else None."""
        j = verb - 1
        while j >= 0 and self.tokens[j].low in self.words.clitics:
            j -= 1
        if j < 1 or not self._dash(j):
            return None
        sentence_first = self.doc.sentence_tokens(self.tokens[verb].sentence).start
        while j > sentence_first and self._dash(j - 1):
            j -= 1  # `--` is two tokens
        k = next((k for k in range(j - 1, sentence_first, -1) if self._dash(k)), None)
        while k is not None and k > sentence_first and self._dash(k - 1):
            k -= 1
        return k

    def news_source(self, phrase: Speaker | None) -> bool:
        """A phrase that names a news outlet or agency."""
        return phrase is not None and (phrase.source or any(m.entity.sector in SOURCE_SECTORS for m in self.mentions_in(phrase.start, phrase.end)))

    def is_place(self, phrase: Speaker) -> bool:
        """A phrase that names only places (`од Брисел`: where it was said from)."""
        here = self.mentions_in(phrase.start, phrase.end)
        return bool(here) and all(m.entity.type in PLACE_TYPES for m in here)

    def _address_tail(self, phrase: Speaker) -> bool:
        """A place set off by a comma after another place (`Бетезда, Мериленд`) ends an address,
        not a subject."""
        comma = self.doc.token_at(phrase.start) - 1
        if comma < 1 or self.tokens[comma].text != ",":
            return False
        here = self.mentions_in(phrase.start, phrase.end)
        there = self.mentions_in(self.tokens[comma - 1].start, self.tokens[comma - 1].end)
        return bool(here and there) and all(m.entity.type in PLACE_TYPES for m in here + there)

    def adverb(self, tok: Token) -> bool:
        """A manner or time adverb (`долгорочно`, `јавно`): lower case, -о (reporting.yaml)."""
        return tok.word and tok.text.islower() and len(tok.text) > 3 and tok.low.endswith(self.words.manner_adverb_endings)

    def _adverbial_only(self, first: int, last: int) -> bool:
        """A clause part that is only a short time adverbial (`во петокот`, `вчера`, `во
        неделата (10-ти април)`: a parenthesis left out) or manner adverbs (`гордо`)."""
        words, depth = [], 0
        for t in self.tokens[first:last]:
            depth += (t.text == "(") - (t.text == ")")
            if depth == 0 and t.text != ")":
                words.append(t)
        if words and len(words) <= ADVERBIAL_WORDS and all(self.adverb(t) and not t.low.endswith(self.words.definite_endings) for t in words):
            return True  # `X, синот на …, гордо го нарече`: a manner adverb
        return (0 < len(words) <= ADVERBIAL_WORDS and (words[0].low in self.words.prepositions or words[0].low in self.time_words)
                and all(t.low in self.time_words or t.low in self.words.prepositions for t in words))

    def _interview_adverbial(self, first: int, last: int, verb: int) -> bool:
        """A clause part that only names the interview or appearance the statement was made in
        (`во интервју за ТВ 24`, `гостувајќи на Канал 5`): no subject."""
        lows = [t.low for t in self.tokens[first:last]]
        opens = ((len(lows) > 1 and lows[0] in self.words.prepositions and lows[1] in self.words.interview_nouns)
                 or (bool(lows) and lows[0] in self.words.appearance_words))
        outlet = self.interview_outlet(verb) if opens else None
        return outlet is not None and self.doc.token_at(outlet.end) == last

    def _prepositional_phrases(self, first: int, last: int, verb: int) -> bool:
        """A clause part made only of prepositional phrases (`на прес-конференција во Битола`, `на
        својот профил на Фејсбук`, `за агенцијата Анадолија`): no subject among them. A phrase
        is a preposition, at most two plain words or document nouns that are no role
        (`министерот` would be the subject; `во своето соопштение`) and a name run or an outlet;
        time words and adverbs may stand between them (`денеска во Техеран`)."""
        i = first
        while i < last:
            low = self.tokens[i].low
            if low in self.time_words or self.adverb(self.tokens[i]):
                i += 1
                continue
            if low not in self.words.prepositions or low in self.words.speaker_prepositions:
                return False
            outlet = self._outlet_at(i, last, verb=verb) if low in self.words.outlet_prepositions else None
            if outlet is not None:
                i = self.doc.token_at(outlet.end)
                continue
            j = i + 1
            while (j < min(last, i + 3) and (self._plain(self.tokens[j]) or self.tokens[j].low in self.words.document_nouns)
                   and self.tokens[j].low not in self.words.roles):
                j += 1
            if j < last and self.tokens[j].cap and self.tokens[j].word:
                j = self._skip_phrase(j, last)
            if j == i + 1:
                return False
            i = j
        return True

    def _gathering_adverbial(self, first: int, last: int) -> bool:
        """A phrase that only names the meeting or talks the statement followed (`по средбата со
        Y`, `на средбата со Y`, `по телефонскиот разговор со Y`): no subject."""
        lows = [t.low for t in self.tokens[first:last]]
        return (len(lows) > 1 and lows[0] in self.words.prepositions
                and any(w.startswith(self.words.gathering_stems) for w in lows[1:3]))

    def _role_modifier(self, run_start: int, run_end: int) -> bool:
        """A capitalised adjective before a role word (`Поранешниот лидер`) is no name."""
        return run_end - run_start == 1 and run_end < len(self.tokens) and self.tokens[run_end].low in self.words.roles

    def _apposed_title(self, i: int) -> bool:
        """A title in quotation marks after a noun or a linker (`партијата „Укип“`, `шефот на
        „Sunderland“`): the noun's complement, not the subject."""
        if not self._title_mark(self.tokens[i]) or i < 2 or self.tokens[i - 1].text != OPEN:
            return False
        before = self.tokens[i - 2]
        return self._plain(before) or before.low in self.words.name_linkers or before.low in self.words.prepositions

    def _compound_start(self, i: int, first: int) -> int:
        """Start of a hyphenated word ending at token i (`24-годишниот`)."""
        while i - 2 >= first and self.tokens[i - 1].text == "-" and self.tokens[i - 2].end == self.tokens[i - 1].start == self.tokens[i].start - 1:
            i -= 2
        return i

    def _apposed_subject(self, comma: int) -> Speaker | None:
        """The subject before `, … , VERB`: the name that opens one of the comma-separated
        phrases before the verb (`Aлбер Гаши, експерт на ЕУ во Институтот …, вели`, `Питер
        Цуваларис, кој работи …, рече`), else what the nearest phrase holds (`Министерот …,
        Слободан Милосављевиќ, рече`), not a bare noun."""
        sentence_first = self.doc.sentence_tokens(self.tokens[comma].sentence).start
        relative, owner = self._relative_clause_owner(comma, sentence_first)
        if relative:
            return owner
        phrase = self._phrase_start(comma, sentence_first)
        if phrase - 1 > sentence_first and self.tokens[phrase - 1].text == "," and self.tokens[phrase].low.endswith(self.words.gerund_endings):
            # `Поддржувачите на договорот, вклучувајќи го и премиерот X, тврдат`: a phrase a verbal
            # adverb opens names some of the subject; the subject stands before it
            return self.before(phrase - 1)
        nearest = self.before(comma, apposition=False)
        described = nearest is not None and self.doc.text[nearest.start:nearest.start + 1].islower()
        if nearest is not None and self._address_tail(nearest):
            nearest = None  # `X, од Институтот … од Бетезда, Мериленд, рече`: the place ends X's description
        if nearest is not None and nearest.kind == "name" and not described:
            return nearest
        for _ in range(APPOSED_PHRASES):
            first = self._phrase_start(comma, sentence_first)
            opening = self.opening_subject(first, comma)
            if opening is None and first == sentence_first and self._function_word(self.tokens[first]):
                opening = self.before(comma, apposition=False)  # `Во саботата Ориол Хункерас, еден од …, објави`
            # (`Од ВМРО-ДПМНЕ, во писмена реакција, одговорија`: the body a speaker preposition opening the sentence names)
            source = first == sentence_first and self.tokens[first].low in self.words.speaker_prepositions
            if opening is not None and (opening.kind == "name" or source) and not self._address_tail(opening):
                return opening
            if (opening is not None and first == sentence_first and opening.end == self.tokens[comma - 1].end
                    and (nearest is None or nearest.kind == "noun")):
                # `Министерката, 45, изјави`, `Податоците, собрани од …, покажаа`: a role or noun
                # that is the whole opening phrase is the subject the phrases after it describe
                return opening
            if first - 1 <= sentence_first or self.tokens[first - 1].text != ",":
                break
            comma = first - 1
        # `Улрике Лунацек, член на Европскиот парламент, изјави`: a description headed by a common
        # noun yields to the name it describes; alone it still speaks
        return nearest if nearest is not None and nearest.kind != "noun" else None

    def _relative_clause_owner(self, comma: int, sentence_first: int) -> tuple[bool, Speaker | None]:
        """Whether a relative clause is among the phrases before the verb, and the name it
        describes (`Кит, кој … се ожени со … Рози Лесли, исто 31, призна` -> Кит): the names
        inside it never speak."""
        for _ in range(APPOSED_PHRASES):
            first = self._phrase_start(comma, sentence_first)
            if first - 1 <= sentence_first or self.tokens[first - 1].text != ",":
                return False, None
            if self.tokens[first].low in self.words.relative_pronouns:
                return True, self._named_before(first - 1, sentence_first)
            comma = first - 1
        return False, None

    def _named_before(self, comma: int, sentence_first: int) -> Speaker | None:
        """The name in the nearest of the phrases before `comma` that holds one, past
        appositions (`Во саботата Ориол Хункерас, еден од деветте лидери, кои …`); none in a
        phrase a verbal adverb opens (`Продолжувајќи да го брани кандидатот за Врховниот суд, кој`)."""
        right_before = self.mentions_in(self.tokens[comma - 1].start, self.tokens[comma - 1].end) if comma > sentence_first else []
        if right_before and self.doc.token_at(right_before[-1].end) == comma:
            first = self.doc.token_at(right_before[-1].start)
            if right_before[-1].entity.type == "PER" or (first > 0 and self.tokens[first - 1].low in self.words.speaker_prepositions):
                # the name just before the relative pronoun, also after `од` (`Реагираа и од СДСМ, кои оценија`),
                # not a complement (`кандидатот за Врховниот суд, кој`)
                return self._speaker(first, comma, "name")
        for _ in range(APPOSED_PHRASES):
            first = self._phrase_start(comma, sentence_first)
            if self.tokens[first].low.endswith(self.words.gerund_endings):
                return None
            found = self.before(comma, apposition=False)
            if found is not None and found.kind == "name":
                return found
            if first - 1 <= sentence_first or self.tokens[first - 1].text != ",":
                return None
            comma = first - 1
        return None

    def _phrase_start(self, comma: int, sentence_first: int) -> int:
        """First token after the comma or dash (or sentence start) before `comma`: `ПОДГОРИЦА,
        Црна Гора -- Стефано Санино, …, рече` starts its subject after the dateline's dash."""
        j = comma - 1
        while j >= sentence_first and self.tokens[j].text != "," and not self._dash(j):
            j -= 1
        return j + 1

    def _dash(self, j: int) -> bool:
        """A dash between words (`--`, `–`, `—`), not a hyphen inside one."""
        tok = self.tokens[j]
        if tok.text in ("–", "—"):
            return True
        text = self.doc.text
        return tok.text == "-" and (tok.start == 0 or text[tok.start - 1] in " -") and text[tok.end:tok.end + 1] in (" ", "-")

    def after(self, verb: int, stop: int | None = None, demonstratives: bool = False) -> Speaker | None:
        """The speaker after a verb or `според`, up to the end of its clause (or `stop`). After
        a verb a pronoun is the subject (`рече тој одлучно`); after `според` a pronoun before
        a noun is a demonstrative (`според таа анализа`)."""
        end = self._clause_end(verb + 1, stop)
        plain: list[Token] = []  # words outside adverbial and addressee phrases
        complements = False  # past a phrase that follows the plain words: the rest complements them
        phrase_end, place = end, False
        i = verb + 1
        while i < end:
            tok = self.tokens[i]
            low = tok.low
            if i == verb + 1 and low in self.words.speaker_prepositions and i + 1 < end:
                return self._phrase(i + 1, end)  # `изјавија од канцеларијата на затворот`
            if low in self.words.prepositions or low in self.words.addressee_prepositions:
                if plain and not complements:
                    phrase_end = i
                place = low in self.words.place_prepositions
                i = self._skip_phrase(i + 1, end)
                if i < end and self.tokens[i].text == "(":  # `во петокот (15-ти мај)`
                    i = next((k + 1 for k in range(i, end) if self.tokens[k].text == ")"), i)
                complements = bool(plain)
                continue
            if (tok.cap and tok.word and low not in self.words.clitics and complements and place and len(plain) <= 3
                    and not any(m.entity.type == "PER" for m in self.mentions_in(tok.start, tok.end))):
                # `рекоа здравствените власти на конференција во провинцијата X`: a place named in the
                # adverbial after the speaker's words is no speaker
                return self._apposition(self._phrase(plain[0].i, phrase_end), end)
            if tok.cap and tok.word and low not in self.words.clitics:
                run_end = self._run_end(i, end)
                return self._speaker(i, self._common_noun_end(run_end, end, to_clause_end=True), "name", role_at=i - 1)
            found = self._function_speaker(i, end, demonstratives)
            if found:
                return self._apposition(found, end) if found.kind in ("role", "noun") else found
            if tok.word and not self._function_word(tok) and not complements:
                plain.append(tok)
            i += 1
        if plain and len(plain) <= 3:
            return self._apposition(self._phrase(plain[0].i, end), end)
        return None

    def possessor(self, i: int) -> Speaker | None:
        """The owner of the words a relay quotes, named by a possessive at token i (`неговата
        изјава`): a pronoun of its gender."""
        if i >= len(self.tokens) or self.tokens[i].low not in self.words.possessive_pronouns:
            return None
        tok = self.tokens[i]
        return Speaker(tok.start, tok.end, tok.text, "pronoun", self.words.possessive_pronouns[tok.low])

    def _owner_office(self, first: int, last: int) -> Speaker | None:
        """The possessive before an office that speaks for its owner, when tokens [first, last)
        are only that (`неговиот кабинет`, `од нејзината канцеларија`), else None."""
        k = first + (self.tokens[first].low in self.words.speaker_prepositions)
        if last - k == 2 and self.tokens[k + 1].low in self.words.owner_offices:
            return self.possessor(k)
        return None

    def document_source(self, first: int, end: int) -> tuple[bool, Speaker | None]:
        """Whether an impersonal cue at tokens [first, end) quotes a document (`се вели во
        извештајот`, `во истото`) right before it or right after it in its clause, and the body
        that wrote it when named there (`во извештајот на X`)."""
        clause_first, clause_end = self.clause_start(first), self._clause_end(end, None)
        cited = False
        for i in [*range(first - 1, clause_first - 1, -1), *range(end, clause_end)]:
            low = self.tokens[i].low
            owner = self.document_owner(i, clause_end) if low in self.words.document_nouns else None
            if owner is not None:
                return True, owner
            cited = cited or low in self.words.document_nouns or low in self.words.same_document
        return cited, None

    def issuer_before(self, statement: int) -> Speaker | None:
        """Who issued a document the text cites without naming its owner, for the statement that
        opens a sentence at offset `statement`: the subject of the sentence before, which told
        what the body did (`X ги осуди апсењата. „…“, се вели во соопштението` -> X)."""
        first = self.doc.token_at(statement)
        if 0 < first < len(self.tokens) and self.tokens[first - 1].text == OPEN:
            first -= 1
        if first == 0 or first >= len(self.tokens) or self.tokens[first - 1].sentence == self.tokens[first].sentence:
            return None
        return self.sentence_subject(first - 1)

    def document_owner(self, noun: int, limit: int) -> Speaker | None:
        """The body after a document noun: `извештајот на X`, `соопштението на полициската
        станица`, also past a short complement (`Извештајот за глобалната корупција на X`)."""
        for j in range(noun + 1, min(limit, noun + DOCUMENT_COMPLEMENT_WORDS + 2)):
            tok = self.tokens[j]
            if tok.low in self.words.possessive_linkers and j + 1 < limit:
                nxt = self.tokens[j + 1]
                if nxt.cap and nxt.word:
                    return self._speaker(j + 1, self._common_noun_end(self._run_end(j + 1, len(self.tokens)), limit), "name")
                return self._phrase(j + 1, limit) if self._speaking_noun(nxt) else None  # `на полициската станица`
            if not (self._plain(tok) or tok.low in self.words.name_linkers):
                return None
        return None

    def _apposition(self, found: Speaker, end: int) -> Speaker:
        """`рече министерот за финансии, Себастијан Владеску`: the name after the comma, also past
        one adverbial phrase (`рече претседателот на комисијата, со седиште во Берлин, Хугет Лабел`)."""
        nxt = end + 1
        if nxt < len(self.tokens) and self.tokens[end].text == "," and self.tokens[nxt].low in self.words.prepositions:
            comma = next((j for j in range(nxt, min(nxt + APPOSED_ADVERBIAL, len(self.tokens)))
                          if self.tokens[j].text in ",." or self.tokens[j].sentence != self.tokens[end].sentence), None)
            if comma is not None and self.tokens[comma].text == ",":
                end, nxt = comma, comma + 1
        if nxt < len(self.tokens) and self.tokens[end].text == "," and self.tokens[nxt].cap and self.tokens[nxt].word:
            run_end = self._run_end(nxt, len(self.tokens))
            if self._opens_statement(run_end):
                return found  # `Според украинската армија, Русија лансирала …`: the name is the statement's subject
            named = self._speaker(nxt, run_end, "name")
            named.role = named.role or found.role
            return named
        return found

    def _opens_statement(self, after_name: int) -> bool:
        """A lower-case word other than a preposition right after a name, or after the adverbial
        phrases that follow it (its verb): the name opens a clause, it is apposed to nothing."""
        if after_name >= len(self.tokens):
            return False
        sentence_end = self.doc.sentence_tokens(self.tokens[after_name].sentence).stop
        while after_name < sentence_end and self.tokens[after_name].low in self.words.prepositions:
            after_name = self._skip_phrase(after_name + 1, sentence_end)  # `Русија во текот на ноќта лансирала`
        if after_name >= sentence_end:
            return False
        tok = self.tokens[after_name]
        return tok.word and not tok.cap and tok.low not in self.words.prepositions

    def _phrase(self, first: int, end: int) -> Speaker:
        """A common-noun speaker phrase with its complements (`еден од судиите на Уставниот
        суд`), at most a few words; named when it holds a capitalised word."""
        last = min(end, first + NOUN_PHRASE_WORDS)
        last = next((j for j in range(first + 1, last) if self.tokens[j].low.endswith(self.words.gerund_endings)
                     or self.tokens[j].text[:1].isdigit() or self.tokens[j].low in self.time_words  # `… на 24-ти септември`
                     or self._second_definite(first, j) or self._adverb_opening_adverbial(j)), last)
        while last > first + 1 and (self.tokens[last - 1].low in self.words.prepositions or not self.tokens[last - 1].word):
            last -= 1
        named = any(t.cap for t in self.tokens[first + 1:last])
        return self._speaker(first, last, "name" if named else "noun")

    def _adverb_opening_adverbial(self, j: int) -> bool:
        """`агенцијата за катастрофи на земјата рано во неделата`: an adverb before a
        preposition or a time word ends the speaker phrase (a definite noun, `министерството`, does not)."""
        nxt = self.tokens[j + 1] if j + 1 < len(self.tokens) else None
        return (self.adverb(self.tokens[j]) and not self.tokens[j].low.endswith(self.words.definite_endings) and nxt is not None
                and (nxt.low in self.words.prepositions or nxt.low in self.time_words))

    def _second_definite(self, first: int, j: int) -> bool:
        """Token j bears the definite article right after a word that already did: a noun phrase
        has one (`изворите идејата`: the source ends before `идејата`; `канцеларијата на
        затворот` is one phrase)."""
        ends = self.words.definite_endings
        prev = self.tokens[j - 1]
        return (j > first and self._plain(self.tokens[j]) and self.tokens[j].low.endswith(ends)
                and prev.word and prev.low.endswith(ends) and prev.low not in self.words.name_linkers)

    def next_noun_phrase(self, first: int, end: int) -> int | None:
        """The first token after `first` and before `end` that opens a new noun phrase: a
        lower-case definite word right after a phrase that is complete (a definite word, a name
        or a title: `документите министерот`, `Ројтерс преговорите`); a phrase bears the article
        once, on its first word, so the second one starts another."""
        ends = self.words.definite_endings
        for j in range(first + 1, end):
            tok, prev = self.tokens[j], self.tokens[j - 1]
            speaking = tok.low in self.words.roles or tok.low in self.words.source_nouns  # function words that head a phrase
            if not (tok.word and not tok.cap and tok.low.endswith(ends) and (speaking or not self._function_word(tok))):
                continue
            named = (prev.cap and prev.word) or prev.text == CLOSE or any(
                m.end == prev.end for m in self.mentions_in(prev.start, prev.end))
            if named or (prev.word and prev.low.endswith(ends) and not self._function_word(prev)):
                return j
        return None

    def source_phrase(self, cue: int, stop: int) -> Speaker | None:
        """The source after `според`: a title in quotation marks, the body whose document it names
        (`според годишниот Извештај за корупцијата на X`), else as after a verb."""
        nxt = cue + 1
        noun = next((k for k in range(nxt, min(stop, nxt + 2)) if self.tokens[k].low in self.words.document_nouns), None)
        if noun is not None and all(self._plain(t) for t in self.tokens[nxt:noun]):
            owner = self.document_owner(noun, stop)
            if owner is not None:
                return owner
        if nxt < stop and self.tokens[nxt].text == OPEN:
            marked = self.doc.inside_marks(self.tokens[nxt].start)
            if marked is not None and marked.title:
                first, last = self.doc.token_at(marked.start), self.doc.token_at(marked.end)
                return self._speaker(first, last, "name")
        return self.after(cue, stop, demonstratives=True)

    def outlet(self, verb: int) -> Speaker | None:
        """The news outlet a statement was made to: `за` after the verb and a name that is a
        news source (an entity of the media sector, a name after a source noun, or a name in
        Latin letters in text that is not: `изјави за The Sunday Telegraph`)."""
        end = self._clause_end(verb + 1, None)
        start = self.clause_start(verb)
        places = [*range(verb + 1, end - 1), *range(start, verb)]  # `Тој за каналот Б92 изјави`
        sentence_first = self.doc.sentence_tokens(self.tokens[verb].sentence).start
        if start - 1 > sentence_first and self.tokens[start - 1].text == "," and self.tokens[sentence_first].low in self.words.prepositions:
            places += range(sentence_first, start - 1)  # `Во интервју за МИА, X рече`
        for i in places:
            if self.tokens[i].low not in self.words.outlet_prepositions:
                continue
            found = self._outlet_at(i, end if i > verb else (verb if i >= start else start - 1), verb=verb)
            if found is not None:
                return found
        return self.interview_outlet(verb)

    def informant_outlet(self, speaker: Speaker | None) -> Speaker | None:
        """The outlet whose informant speaks (`извор на Скај њуз навести дека …`): it relays."""
        words = speaker.text.lower().split() if speaker is not None else []
        if not words or words[0] not in self.words.informant_nouns or (len(words) > 1 and words[1] in self.words.speaker_adjectives):
            return None  # `извор близок до Владата`: whom the informant is close to relays nothing
        for m in self.mentions_in(speaker.start, speaker.end):
            if m.start > speaker.start and (m.entity.sector in SOURCE_SECTORS or (m.entity.type == "ORG" and m.entity.kb_id is None)):
                found = self._speaker(self.doc.token_at(m.start), self.doc.token_at(m.end), "name")
                found.source = True
                return found
        return None

    def interview_outlet(self, verb: int) -> Speaker | None:
        """The outlet of an interview or a press statement named anywhere in the verb's sentence
        (`рече X, директор на …, во интервјуто за Y`): the noun makes the name after it an
        outlet even when no entity says so, unless a person or a place (`во изјавата за Заев`);
        so does a guest appearance (`гостувајќи на Канал 5`).
        A definite noun alone refers back to the interview or statement named last (`Во изјава
        за Y, X рече …. Во интервјуто тој призна …`). Another cue verb between the noun and the
        verb has its own statement (`Во интервју за Y, A рече дека B изјавил …`: Y is A's outlet)."""
        span = self.doc.sentence_tokens(self.tokens[verb].sentence)
        for i in range(span.start, span.stop - 1):
            low = self.tokens[i].low
            if low in self.words.interview_nouns:
                prepositions = self.words.interview_prepositions
            elif low in self.words.appearance_words:
                prepositions = self.words.appearance_prepositions
            else:
                continue
            marked = self.doc.inside_marks(self.tokens[i].start)
            between = range(min(i, verb) + 1, max(i, verb))
            if (marked is not None and not marked.title) or any(self.tokens[k].low in self.words.verbs for k in between):
                continue
            if self.tokens[i + 1].low in prepositions:
                found = self._interview_named(i)
            elif self.tokens[i].low.endswith(self.words.definite_endings):
                found = self._earlier_interview(i)
            else:
                found = None
            if found is not None:
                return found
        return None

    def _interview_named(self, i: int) -> Speaker | None:
        """The outlet after the interview noun at i and its preposition, also through a section
        of it (`во изјава за делот за култура на Сандеј Тајмс`)."""
        end = self._clause_end(i + 2, None)
        found, _ = self._outlet_name(i + 2, end)
        if found is None and self.tokens[i + 1].low in self.words.outlet_prepositions:
            found = self._outlet_at(i + 1, end)
        if found is None or self._house_outlet(found) or self._not_outlet(found):
            return None
        found.source = True
        return found

    def _earlier_interview(self, i: int) -> Speaker | None:
        sentence = self.tokens[i].sentence
        for k in range(i - 1, -1, -1):
            if sentence - self.tokens[k].sentence > INTERVIEW_WINDOW:
                return None
            if self.tokens[k].low in self.words.interview_nouns and self.tokens[k + 1].low in self.words.interview_prepositions:
                found = self._interview_named(k)
                if found is not None:
                    return found
        return None

    def _outlet_at(self, i: int, end: int, verb: int | None = None) -> Speaker | None:
        """The news outlet named by the `за` phrase at token i, if it names one, also through a
        section of it (`за делот за култура на Сандеј Тајмс`); a name the knowledge base does not
        know is one when the phrase stands right by the speech verb at `verb` (`рече тој за
        Телеграф`), and so is a Latin name in Cyrillic text (`за AI` in the speaker's title,
        `изјави практичар за AI, X`, is a field)."""
        found, named_source = self._outlet_name(i + 1, end)
        if found is None and i + 1 < end and self.tokens[i + 1].low in self.words.outlet_nouns:
            # `изјави X за каналот`: the outlet the text named last
            found = self._named_before_in(self._speaker(i + 1, i + 2, "noun"), SOURCE_SECTORS)
            named_source = found is not None
        if found is None:
            section = next((k for k in range(i + 2, min(end - 1, i + 2 + OUTLET_SECTION_WORDS))
                            if self.tokens[k].low in self.words.possessive_linkers and self.tokens[k + 1].cap and self.tokens[k + 1].word
                            and all(self._plain(t) or t.low in self.words.name_linkers for t in self.tokens[i + 1:k])), None)
            if section is not None:
                owner, _ = self._outlet_name(section + 1, end)
                named_source = owner is not None and owner.entity is not None and owner.entity.sector == "JRN"
                found = owner if named_source else None
        if found is None or self._house_outlet(found) or self._not_outlet(found):
            return None
        latin = found.text.isascii() and not self.doc.text[max(0, found.start - 60):found.start].isascii() and (verb is None or self._next_to_verb(i, found, verb))
        if named_source or latin or found.source or (self._unknown_body(found) and verb is not None and self._next_to_verb(i, found, verb)):
            found.source = True
            return found
        return None

    def _unknown_body(self, found: Speaker) -> bool:
        """A name no entity explains, or an organisation the knowledge base does not know, but
        not a definite adjective and its noun: that names a body (`за Стопанската комора`)."""
        words = found.text.split()
        body = len(words) > 1 and words[0].lower().endswith(self.words.definite_endings)
        return not body and (found.entity is None or (found.entity.type == "ORG" and found.entity.kb_id is None))

    def _next_to_verb(self, i: int, found: Speaker, verb: int) -> bool:
        """The `за` phrase at i (naming `found`) touches the verb, past at most its subject, a
        pronoun or a short name (`рече тој за Телеграф`, `Вучиќ за Пинк изјави`) and ends a
        clause or meets the verb: a name further off is more often what was spoken about."""
        after = self.doc.token_at(found.end)
        if i > verb:
            between = self.tokens[verb + 1:i]
            ends = after >= len(self.tokens) or self.tokens[after].text in CLAUSE_PUNCTUATION | SENTENCE_PUNCTUATION \
                or self.tokens[after].low in self.words.complementisers
        else:
            between, ends = self.tokens[after:verb], True
        return ends and len(between) <= NAME_WORDS and all(t.low in self.words.pronouns or (t.cap and t.word) for t in between)

    def _outlet_name(self, j: int, end: int) -> tuple[Speaker | None, bool]:
        """The name after `за` (`за SETimes`), past a source noun or an adjective (`за
        шкотскиот „Sportsound“`); a title in quotation marks is the name (`за „Post“`); media
        named by an adjective alone are the outlet (`за турските медиуми`)."""
        first = j
        known = next((m for m in self.mentions_in(self.tokens[j].start, self.tokens[j].end)
                      if m.start == self.tokens[j].start), None) if j < end and self.tokens[j].cap else None
        if known is not None:  # `за Канал 5`: a known name, also one that opens with a source noun
            last = min(end, max(self.doc.token_at(known.end), self._run_end(j, end)))  # `за Канал Д ТВ`: as written
            return self._speaker(j, last, "name"), known.entity.sector in SOURCE_SECTORS
        described = j + 1 < end and self._plain(self.tokens[j]) and self.tokens[j + 1].low in self.words.source_nouns
        if described:
            j += 1  # `за белградскиот канал Б92`
        named_source = j < end and self.tokens[j].low in self.words.source_nouns
        j += named_source
        if j + 1 < end and self._plain(self.tokens[j]) and self.tokens[j + 1].text == OPEN:
            j += 1
        if j < end and self.tokens[j].text == OPEN:
            marked = self.doc.inside_marks(self.tokens[j].start)
            if marked is not None and marked.title:
                first, last = self.doc.token_at(marked.start), self.doc.token_at(marked.end)
                return self._speaker(first, last, "name"), True
        if j < end and self.tokens[j].cap and self.tokens[j].word:
            run_end = self._run_end(j, end)
            run_end += run_end < end and self.tokens[run_end].text.isdigit()  # `за Канал 5`, `за ТВ 21`
            return self._speaker(j, run_end, "name"), named_source
        if described:
            return self._speaker(first, j, "noun"), True
        return None, False

    @staticmethod
    def _not_outlet(found: Speaker) -> bool:
        """A person or a place is what a statement is about, not whom it was made to (`во
        изјавата за Заев`)."""
        return found.entity is not None and found.entity.type != "ORG"

    def _house_outlet(self, found: Speaker) -> bool:
        """The article's own outlet: a house name, or the agency its dateline names, by name or by
        any written form of the same entity (`МИА` for `Медиумска информативна агенција`)."""
        names = {found.text} | ({found.entity.name} if found.entity is not None else set())
        if found.entity is not None and self.own_outlet is not None:
            names |= {m.text for m in found.entity.mentions}
        return any(n.lower() in self.words.house_outlets or n.lower() == self.own_outlet for n in names)

    def dialogue_speaker(self, colon: int) -> Speaker | None:
        """`Роџерс: „…“`: a name or a short noun phrase alone before a colon opens the sentence,
        also before the outlet it spoke to (`Мицкоски за Канал 5: …`)."""
        first = self.doc.sentence_tokens(self.tokens[colon].sentence).start
        outlet = self.colon_outlet(colon)
        end = self.doc.token_at(outlet.start) - 1 if outlet is not None else colon
        words = self.tokens[first:end]
        if not words or len(words) > 3 or not all(t.word for t in words):
            return None
        return self._speaker(first, end, "name" if words[0].cap else "noun")

    def colon_outlet(self, colon: int) -> Speaker | None:
        """`Мицкоски за Сител: …`: the news outlet named between a headline's speaker and its
        colon, which relays the statement (not `Мицкоски за Заев:`, whom it is about)."""
        first = self.doc.sentence_tokens(self.tokens[colon].sentence).start
        for i in range(first + 1, colon - 1):
            if self.tokens[i].low in self.words.outlet_prepositions:
                found = self._outlet_at(i, colon)
                if found is not None and self.doc.token_at(found.end) == colon:
                    return found
        return None

    def clause_subject(self, i: int) -> Speaker | None:
        """The name, pronoun or role word that opens the clause of token i (before i)."""
        return self.opening_subject(self.clause_start(i), i)

    def opening_subject(self, first: int, limit: int) -> Speaker | None:
        """The name, pronoun or role word that opens tokens [first, limit), past opening adverbials."""
        first = self.past_opening_adverbials(first, limit)
        while first < limit and self.tokens[first].low in self.words.clitics:
            first += 1
        if first >= limit:
            return None
        tok = self.tokens[first]
        marked = self.doc.inside_marks(tok.start)
        if marked is not None and not marked.title:
            return None  # quoted words are no subject of the report
        role = first + 1 if self._role_modifier(first, first + 1) else first  # `Новиот градоначалник на Скопје X`
        person = next((m for m in self.mentions_in(tok.end, self.tokens[limit - 1].end) if m.entity.type == "PER"), None)
        holder = (self._person_after_role(role, self.doc.token_at(person.end))
                  if person and self.tokens[role].low in self.words.roles else None)
        if holder is not None:  # `Претседателот на Европскиот совет Доналд Туск изјави …, но предупреди`: the role's person
            return holder
        if tok.cap and tok.word and not self._function_word(tok):
            run_end = self._run_end(first, limit)
            if run_end - first == 1 and self._role_modifier(first, run_end):
                # `Австрискиот министер за надворешни работи Михаел Спинделегер`: the role's person
                found = self._function_speaker(first + 1, limit)
                if found is not None:
                    return self._apposition(found, self._clause_end(first + 1, limit)) if found.kind == "role" else found
            common = run_end - first == 1 and self._capitalised_word(first)
            adverb_after = (run_end < limit and self.adverb(self.tokens[run_end])
                            and not tok.low.endswith(self.words.neuter_definite_endings))  # `Опозицијата остро го критикуваше`
            if run_end - first == 1 and not adverb_after:  # `Брачниот пар`
                run_end = min(self._common_noun_end(run_end, limit), run_end + 1)
            if common:
                run_end = self._common_complement_end(run_end, limit)
                # `Заменик-министерот за надворешни работи, X, допатува … и изјави`: the person apposed to the office
                found = self._speaker(first, run_end, "noun")
                complement = self._linked_end(run_end, limit)
                complement = self._common_complement_end(complement, limit)  # `… работи на Русија, X,`
                named = self._apposition(found, complement)
                return named if named is not found and named.entity is not None and named.entity.type == "PER" else found
            return self._speaker(first, run_end, "noun" if common else "name")
        return self._function_speaker(first, limit)

    def _common_complement_end(self, end: int, limit: int) -> int:
        """A common noun's complement after a linker: a name (`Земјите од Југоисточна Европа`), or
        lower-case words the speech verb follows (`Член на конзервативната партија рече`), which
        tells them from a verb of the clause (`Земјите од регионот предложија проекти`)."""
        if end + 1 >= limit or self.tokens[end].low not in self.words.name_linkers:
            return end
        if self._next_is_name(end, limit):
            return self._run_end(end + 1, limit)
        linked = self._linked_end(end, limit)
        return linked if linked < limit and self.tokens[linked].low in self.words.verbs else end

    def past_opening_adverbials(self, first: int, limit: int) -> int:
        """Past the adverbials that open a clause before its subject, and the comma after them:
        a time phrase (`Оваа година`, `Минатата недела`) and prepositional phrases (`Наместо тоа`,
        `Во средата`, `во Обединетите Нации`), as in `Оваа година во Обединетите Нации, Трамп …
        рече` -> Трамп, and an opening `Но`. `Од X` stays: it names who speaks (`Од СДСМ велат`)."""
        i = first
        while i + 1 < limit:
            low = self.tokens[i].low
            if low in self.date_words.directions and self.tokens[i + 1].low in self.date_words.units_singular:
                i += 2
            elif low in self.words.prepositions and low not in self.words.speaker_prepositions:
                i = self._skip_phrase(i + 1, limit)
            elif self.tokens[i].text == "," and i > first:
                i += 1
            elif i == first and low in self.words.content_breaks:
                i += 1  # `Но премиерот …`
            else:
                break
        return i

    def subject_of(self, i: int) -> Speaker | None:
        """The subject of token i's clause, or of the sentence when the clause is joined to
        it by a coordinator and has none of its own (`Заев и Вучиќ … и ја потврдија …`)."""
        found = self.clause_subject(i)
        if found is None:
            start = self.clause_start(i)
            joined = start > 0 and self.tokens[start - 1].low in self.words.coordinators
            # `…, но рекоа дека`: a contrast that names no subject of its own
            contrast = (start > 0 and self.tokens[start - 1].low in self.words.content_breaks
                        and all(t.low in self.words.clitics or self.adverb(t) for t in self.tokens[start:i]))
            # `X предложија проекти за кои сметаа дека`: the relative pronoun is an object, the subject the sentence's
            oblique_relative = (start > 1 and self.tokens[start - 1].low in self.words.relative_pronouns
                                and (self.tokens[start - 2].low in self.words.prepositions or self._object_relative(start, i)))
            # `X ги нападна критичарите, кога изјави дека`: a subordinate clause with no subject of its own
            sub = start - 1
            if sub > 1 and self.tokens[sub].low in self.words.noun_relatives and self.tokens[sub - 1].low in self.words.subject_sharing_subordinators:
                sub -= 1  # `…, каде што изјави дека`
            subordinate = (sub > 1 and self.tokens[sub].low in self.words.subject_sharing_subordinators
                           and self.tokens[sub - 1].text == ","
                           and all(t.low in self.words.clitics or self.adverb(t) for t in self.tokens[start:i]))
            if joined or contrast or oblique_relative or subordinate:
                found = self.sentence_subject(start - 1)
            elif self.tokens[i].low.endswith(self.words.gerund_endings):
                found = self.sentence_subject(i)
        return found

    def sentence_subject(self, i: int) -> Speaker | None:
        """The subject that opens the sentence of token i, for a later verb that drops it."""
        return self.opening_subject(self.doc.sentence_tokens(self.tokens[i].sentence).start, i)

    def clause_start(self, i: int) -> int:
        """First token of the clause that token i stands in (looking back from i)."""
        sentence_first = self.doc.sentence_tokens(self.tokens[i].sentence).start if self.tokens else 0
        j = i - 1
        while j >= sentence_first:
            tok = self.tokens[j]
            if tok.text in (OPEN, CLOSE) and self._title_mark(tok):
                j -= 1
                continue
            if tok.text == ")":  # a parenthesis belongs to its clause (`во неделата (10-ти април) инсистираше`)
                opening = next((k for k in range(j - 1, sentence_first - 1, -1) if self.tokens[k].text == "("), None)
                if opening is not None:
                    j = opening - 1
                    continue
            if (tok.text in CLAUSE_PUNCTUATION or tok.low in self.words.complementisers
                    or (tok.low in self.words.clause_openers and not self.preposition_at(j))):
                return j + 1  # not `пред зградата` (`пред да` is a clause)
            if tok.low in self.words.coordinators and not self._between_names(j) and not self._inside_mention(j):
                return j + 1  # not `Министерството за образование и наука`
            j -= 1
        return sentence_first

    def preposition_at(self, j: int) -> bool:
        """`пред` before a noun (`изјави пред новинарите дека`) is a preposition; `пред да` opens a clause."""
        nxt = self.tokens[j + 1].low if j + 1 < len(self.tokens) else None
        return self.tokens[j].low in self.words.prepositions and nxt not in self.words.subjunctive_particles

    def _inside_mention(self, j: int) -> bool:
        return any(m.start < self.tokens[j].start and self.tokens[j].end < m.end
                   for m in self.mentions_in(self.tokens[j].start, self.tokens[j].end))

    # --- resolution ----------------------------------------------------------------------

    def link(self, speaker: Speaker) -> Speaker:
        """Attach the entity whose mention overlaps the phrase (a person before an organisation
        or a place). A person's mention inside a longer phrase becomes the phrase (`Министерот …
        Вук Јеремиќ`), and so does a mention that holds the phrase (`Црвениот` → `Црвениот крст`)."""
        overlapping = self.mentions_in(speaker.start, speaker.end)
        if not overlapping:
            return speaker
        people = [m for m in overlapping if m.entity.type == "PER"]
        if len(people) > 1:  # `Заев и Вучиќ`: the phrase stays, the first person speaks for it
            speaker.entity = people[0].entity
            return speaker
        best = min(overlapping, key=lambda m: (TYPE_PREFERENCE.get(m.entity.type, 9), -(m.end - m.start)))
        first = self.doc.token_at(best.start)
        if (not people and best.entity.kb_id is None and best.start > speaker.start
                and self.tokens[first - 1].low in self.words.place_prepositions):
            return speaker  # `здравствените власти во Појасот`: an unknown name after a preposition only says where they are
        if (not people and best.start > speaker.start and self.tokens[first - 1].low in self.words.place_prepositions
                and self._other_state_adjective(speaker.start, best)):
            return speaker  # `Руската амбасада во Виена`: the body of the state its adjective names, only seated in the place
        if best.start > speaker.start and first > 1 and self.tokens[first - 2].low in self.words.speaker_adjectives:
            return speaker  # `Извор близок до Владата`: not the government's own word
        speaker.entity = (self._state_organ(speaker, best) if not people else None) or best.entity
        speaker.source = speaker.source or (best.entity.sector in SOURCE_SECTORS and best.entity.type != "PER")  # a journalist speaks for themself
        inside = best.start <= speaker.start and speaker.end <= best.end
        after = self.doc.token_at(speaker.end)
        if (inside and after + 1 < len(self.tokens) and self.tokens[after].low in self.words.outlet_prepositions
                and self.doc.text[self.tokens[after + 1].start:best.end].lower() in self.words.house_outlets):
            inside = False  # `рече X за SETimes` read as one name: the outlet spoken to is no part of the speaker's
        if speaker.kind == "name" and (people or inside):
            speaker.start, speaker.end, speaker.text = best.start, best.end, self.doc.text[best.start:best.end]
        role = self.words.roles.get(self.tokens[self.doc.token_at(speaker.start)].low)
        if speaker.kind in ("name", "noun", "role") and role and not people and best.entity.type == "GPE" and best.entity.country:
            # `Претседателот на Индонезија рече`: the document's holder of that office of that state;
            # `градоначалникот на Тетово`: of that town
            actor = load_kb().get(best.entity.kb_id) if best.entity.kb_id else None
            town = best.entity.kb_id if actor is not None and not actor.is_country else None
            holder = self._office_holder(role, best.entity.country, town=town)
            if holder is not None:
                speaker.entity, speaker.role, speaker.kind = holder, role, "name"
                return speaker
        if speaker.kind == "name" and speaker.gender is None and best.entity.type == "PER":
            # a surname alone says no gender; the full name the document gives does (`Форд` of `Кристина Бласи Форд`)
            speaker.gender = max((self._name_gender(m.text) for m in best.entity.mentions), key=bool, default=None)
        return speaker

    def _other_state_adjective(self, start: int, place: NameMention) -> bool:
        """A state's adjective between the phrase start and the place, of another country than the place's."""
        return any(country != place.entity.country for country in self._state_adjectives(start, place.start))

    def _state_adjectives(self, start: int, end: int) -> set[str]:
        """The countries of the states' adjectives between offsets start and end (`рускиот`)."""
        return {e.country for e in self.entities if e.country for m in e.mentions
                if m.kind == "demonym" and start <= m.start and m.end <= end}

    def _state_organ(self, speaker: Speaker, state: NameMention) -> Entity | None:
        """`Разузнавачката агенција на Јужна Кореја процени`: the state's organ the phrase names
        before `на <state>` (no role noun: `Премиерот на Владата на X` is a person), as an entity of
        its own with the id the events stage gives a state's organ (`<state id>.<sector>`)."""
        head, owner = self.doc.token_at(speaker.start), self.doc.token_at(state.start)
        if (state.entity.type != "GPE" or owner - 1 <= head or state.end != speaker.end
                or self.tokens[owner - 1].low not in self.words.possessive_linkers):
            return None
        actor = load_kb().get(state.entity.kb_id) if state.entity.kb_id else None
        words = [t.low for t in self.tokens[head:owner - 1]]
        if actor is None or not actor.is_country or any(w in self.words.roles for w in words):
            return None
        sector = next((sector for stem, sector in self.words.organ_speakers if any(w.startswith(stem) for w in words)), None)
        if sector is None:
            return None
        organ_id = f"{state.entity.id}.{sector}"
        organ = next((e for e in self.entities if e.id == organ_id), None)
        if organ is None:
            organ = Entity(id=organ_id, name=speaker.text, type="ORG", country=state.entity.country, sector=sector,
                           name_en=state_organ_name(state.entity.name_en, state.entity.kb_id, sector),
                           rule="quotes:organ of a state", confidence=state.entity.confidence)
            self.entities.append(organ)
        if not any(m.start == speaker.start for m in organ.mentions):
            organ.mentions.append(Mention(start=speaker.start, end=speaker.end, text=speaker.text,
                                          sentence=self.tokens[head].sentence, kind="reference", rule="quotes:organ"))
        return organ

    def resolve(self, speaker: Speaker | None, at: int, previous: list[Speaker], clause_first: Speaker | None) -> Speaker | None:
        """The referent of a pronoun, role or dropped subject at token `at`; names stay."""
        if speaker is None:
            if clause_first is not None:  # `Министерката … ги нагласи … и додаде`: the sentence's role or pronoun speaks
                return replace(self.resolve(clause_first, at, previous, None), how="dropped")
            sentence = self.tokens[at].sentence
            for prev in reversed(previous):
                if sentence - self.doc.sentence_of(prev.start) <= DROPPED_WINDOW and prev.resolved:
                    return replace(prev, how="dropped")
            return None
        if speaker.kind == "pronoun" and speaker.gender != "plural":
            def agrees(referent: Speaker) -> bool:
                return _gender_fits(referent.gender, speaker.gender)

            def may_agree(referent: Speaker) -> bool:
                known = self.pronoun_genders.get(referent.entity.id) if referent.entity is not None else None
                return agrees(referent) or (referent.gender is None and known in (None, speaker.gender))

            # `Карен Јанкел … „…“, рече таа`: a name need not show its gender, unless a pronoun already did;
            # `X се сретна со Урсула фон дер Лајен. Таа рече`: a woman named as an object before a man who may be meant
            antecedent = (self._pronoun_antecedent(speaker, previous, agrees)
                          or (self._antecedent(speaker, agrees, PRONOUN_WINDOW, referents=self.oblique_referents)
                              if speaker.gender == "feminine" else None)
                          or self._pronoun_antecedent(speaker, previous, may_agree))
            if antecedent is None:
                return speaker
            if antecedent.entity is not None:
                self.pronoun_genders.setdefault(antecedent.entity.id, speaker.gender)
            return replace(antecedent, how="pronoun")
        if speaker.kind == "role" and speaker.role:
            antecedent = self._antecedent(speaker, lambda r: self._same_office(speaker, r), None)
            if antecedent is not None:
                return replace(antecedent, how="role")
            last = self.doc.token_at(speaker.end) - 1
            if self.tokens[last].low in self.words.party_nouns and self.tokens[last - 1].low in self.words.possessive_linkers:
                # `„…“, рече портпаролот на партијата`: the party named last speaks, as `портпаролот на СДСМ` does
                party = self._named_before_in(speaker, PARTY_SECTORS)
                if party is not None:
                    return replace(speaker, entity=party.entity, how="role")
            holder = self._office_holder(speaker.role, phrase=speaker)
            return replace(speaker, kind="name", entity=holder, how="role") if holder else speaker
        if speaker.kind == "noun" and speaker.entity is None and speaker.text.lower() in self.words.outlet_nouns:
            found = self._named_before_in(speaker, SOURCE_SECTORS)
            return replace(found, source=True, how="outlet") if found is not None else speaker
        if speaker.kind == "noun" and speaker.entity is None and speaker.text.lower() in self.words.party_nouns:
            found = self._named_before_in(speaker, PARTY_SECTORS)  # `…, велат од партијата`
            return replace(found, how="role") if found is not None else speaker
        return speaker

    def _named_before_in(self, speaker: Speaker, sectors: set[str]) -> Speaker | None:
        """The body of these sectors a noun refers back to (`…, објави Ројтерс. …, додаде
        агенцијата`): the last one the text named, within the pronouns' window."""
        sentence = self.doc.sentence_of(speaker.start)
        for m in reversed(self.mentions_in(0, speaker.start)):
            if sentence - self.doc.sentence_of(m.start) > PRONOUN_WINDOW:
                return None
            if m.end <= speaker.start and m.entity.sector in sectors and m.entity.type == "ORG":
                return self._speaker(self.doc.token_at(m.start), self.doc.token_at(m.end), "name")
        return None

    def _pronoun_antecedent(self, speaker: Speaker, previous: list[Speaker], fits: Callable[[Speaker], bool]) -> Speaker | None:
        """The fitting referent of a pronoun: the subject of the latest sentence that names one,
        unless a person spoke since."""
        antecedent = self._antecedent(speaker, fits, PRONOUN_WINDOW, subject_first=True)
        last_speaker = self._last_person_speaker(speaker, previous, fits)
        if last_speaker is not None and (antecedent is None or antecedent.start < last_speaker.cited_at):
            return last_speaker
        return antecedent

    def _office_holder(self, role: str, country: str | None = None, phrase: Speaker | None = None,
                       town: str | None = None) -> Entity | None:
        """The one person of the document the knowledge base gives an office the role noun
        names (of that country, if given; on the publication date, when the document has one).
        A role `phrase` that names its portfolio (`Министерката за европски прашања`) takes only
        a holder of that body, and a feminine one only a person whose name says she is a woman; one
        that names a `town` only a holder whose office the knowledge base places there.
        Of several holders, the one named before the phrase."""
        offices = self.words.role_offices.get(role)
        if not offices:
            return None
        kb = load_kb()
        portfolio = self._portfolio(phrase)
        holders = []
        for ent in self.entities:
            actor = kb.get(ent.kb_id) if ent.type == "PER" and ent.kb_id else None
            if actor is None or (phrase is not None and phrase.gender == "feminine" and self._name_gender(ent.name) is None):
                continue
            if any(r.role in offices and (country is None or r.country == country)
                   and (self.published is None or r.in_force(self.published)) and (town is None or r.org == town)
                   and (not portfolio or _names_portfolio(kb.get(r.org) if r.org else None, portfolio)) for r in actor.roles):
                holders.append(ent)
        if len(holders) > 1 and phrase is not None:
            # `… министерот Муцунски … рече министерот. … министерот Георгиев`: the holder named before the phrase
            holders = [ent for ent in holders if any(m.start < phrase.start for m in ent.mentions)]
        return holders[0] if len(holders) == 1 else None

    def _same_office(self, phrase: Speaker, referent: Speaker) -> bool:
        """Whether a named referent may be the one a role phrase refers back to: the same role,
        a woman for a feminine title, the state the phrase's adjective names, when the referent's
        adjective or country says one (`украинскиот претседател X … Рускиот претседател`: not X), and
        the portfolio the phrase names, when the referent's own role phrase names one
        (`Министерот за одбрана X … Министерот за европски прашања`: not X)."""
        if referent.role != phrase.role or (phrase.gender == "feminine" and referent.gender != "feminine"):
            return False
        first = self.doc.token_at(referent.start)
        role_at = self._heading_role(first)
        states = self._state_adjectives(phrase.start, phrase.end)
        held = self._state_adjectives(self.tokens[max(0, role_at - 2)].start, self.tokens[role_at].start) or (
            {referent.entity.country} if referent.entity is not None and referent.entity.country else set())
        if states and held and not states & held:
            return False
        portfolio = self._portfolio(phrase)
        heading = [t.low[:5] for t in self.tokens[role_at + 1:first]]
        return not portfolio or not heading or all(w[:5] in heading for w in portfolio)

    def _portfolio(self, phrase: Speaker | None) -> list[str]:
        """The lower-case words of a role phrase's `за` complement (`за европски прашања`), or
        of the town it names (`градоначалникот на Тетово`; a state is a country, not a portfolio)."""
        if phrase is None:
            return []
        paraphrased = self.words.paraphrased_role(self.tokens, self.doc.token_at(phrase.start))
        if paraphrased is not None:
            return paraphrased.split()[2:]  # `шефот на одбраната`: the minister `за одбрана`
        words = self.doc.text[phrase.start:phrase.end].split()
        if len(words) < 3 or words[1].lower() not in self.words.name_linkers:
            return []
        rest = words[2:]
        return [w.lower() for w in rest] if all(w[:1].islower() for w in rest) or self._names_a_town(phrase) else []

    def _names_a_town(self, phrase: Speaker) -> bool:
        """Whether a role phrase ends with a known place that is not a state."""
        kb = load_kb()
        return any(m.end == phrase.end and m.entity.type == "GPE" and m.entity.kb_id
                   and not kb.get(m.entity.kb_id).is_country for m in self.mentions_in(phrase.start, phrase.end))

    def _last_person_speaker(self, speaker: Speaker, previous: list[Speaker], fits) -> Speaker | None:
        """The last person who spoke in the pronoun's window: `тој` goes on about the speaker
        more often than about someone named since (`…, презентирана од Лорен Лаверн, тој рече`)."""
        sentence = self.doc.sentence_of(speaker.start)
        for prev in reversed(previous):
            if prev.cited_at < 0 or sentence - self.doc.sentence_of(prev.cited_at) > PRONOUN_WINDOW:
                return None
            person = prev.kind == "name" and not prev.source and (prev.entity is None or prev.entity.type == "PER")
            if person and fits(prev):
                return prev
        return None

    def forget_referents_inside(self, spans: list[tuple[int, int]]) -> None:
        """People named inside reported words (`рече дека г. Фараж …`) are not what a later
        pronoun of the article refers to."""
        self.referents = [r for r in self.referents if not any(a <= r.start < b for a, b in spans)]

    def remember(self, speaker: Speaker) -> None:
        """A named speaker becomes a referent for later pronouns and roles."""
        if speaker.kind == "name" and not speaker.source and (speaker.entity is None or speaker.entity.type == "PER"):
            self.referents.append(speaker)
            self.referents.sort(key=lambda r: r.start)

    def _antecedent(self, speaker: Speaker, fits, window: int | None, subject_first: bool = False,
                    referents: list[Speaker] | None = None) -> Speaker | None:
        """The last fitting referent before the speaker (within `window` sentences); with
        `subject_first`, the first fitting one of the latest sentence that has one, its subject
        more often than not (`Претседателот X ја исмеваше Y … кандидатот Z. …, рече тој` -> X)."""
        sentence = self.doc.sentence_of(speaker.start)
        found = None
        for ref in reversed(self.referents if referents is None else referents):
            if ref.start >= speaker.start:
                continue
            ref_sentence = self.doc.sentence_of(ref.start)
            if window is not None and sentence - ref_sentence > window:
                break
            if found is not None and ref_sentence != self.doc.sentence_of(found.start):
                break
            if fits(ref):
                found = ref
                if not subject_first or ref_sentence == sentence:
                    break
        return found

    def _introduced_referents(self) -> list[Speaker]:
        """People the text names: person mentions (without entities: runs of two or three
        capitalised words), and names right after a role word."""
        found = []
        for m in self.mentions:
            if m.entity.type == "PER":
                first = self.doc.token_at(m.start)
                titled = self._title_mark(self.tokens[first])  # `„Падингтон“`: a title, no one a pronoun refers to
                if titled or self._leads_list(self.doc.token_at(m.end)):
                    continue
                referent = self._speaker_from_mention(m, role_at=self._heading_role(first))
                (self.oblique_referents if self._oblique(first) else found).append(referent)
        if not self.mentions:
            found.extend(self._full_names())
        for tok in self.tokens:
            if tok.low in self.words.roles and tok.i + 1 < len(self.tokens):
                nxt = self.tokens[tok.i + 1]
                if nxt.cap and nxt.word and not self.mentions_in(nxt.start, nxt.end):
                    found.append(self._speaker(nxt.i, self._run_end(nxt.i, len(self.tokens)), "name", role_at=tok.i))
        return sorted(found, key=lambda r: r.start)

    def _possessed_subject(self, k: int) -> bool:
        """Token k ends a chain of definite common nouns (no roles) joined by possessive
        linkers that opens its clause (`Гласот`, `тонот на говорот`; not `Портпаролот`, nor an
        object: `ја спомена номинацијата`)."""
        def possessed(tok: Token) -> bool:
            return (tok.word and tok.low.endswith(self.words.definite_endings) and tok.low not in self.words.roles
                    and tok.low not in self.words.verbs and not self.mentions_in(tok.start, tok.end))

        while k >= 0 and possessed(self.tokens[k]):
            if self.clause_start(k) == k:
                return True
            if k < 2 or self.tokens[k - 1].low not in self.words.possessive_linkers:
                return False
            k -= 2
        return False

    def _heading_role(self, first: int) -> int:
        """The role word that heads the phrase a name at token `first` ends or is apposed to
        (`Министерката за животна средина Ана Петровска`, `Генералниот секретар на ОН, Антонио
        Гутереш`), else the token before the name."""
        j = first - 1
        if first > 1 and self.tokens[first - 1].text == ",":  # `Генералниот секретар на ОН, Антонио Гутереш`
            before = self.tokens[first - 2]
            if any(m.entity.type == "PER" for m in self.mentions_in(before.start, before.end)):
                return first - 1  # `Синот на г-ѓа Дејвис, Тајлер`: a person's phrase, no role of the name after it
            j = first - 2
        while j >= 0 and first - j <= 7:
            tok = self.tokens[j]
            if tok.low in self.words.roles:
                return j
            if not (tok.word and (tok.cap or tok.low in self.words.name_linkers or self._complement_word(tok))):
                break
            j -= 1
        return first - 1

    def _oblique(self, first: int) -> bool:
        """A name that cannot be a subject: the object of a preposition (`презентирана од
        Лорен Лаверн`, `до г-ѓа Меј`), or an item of a list after another name (`…, Рој Кин и Гас
        Појет`)."""
        j = first - 1
        while j >= 0 and (self.tokens[j].low in self.words.roles or (self.tokens[j].cap and self.tokens[j].word
                                                                       and not self.mentions_in(self.tokens[j].start, self.tokens[j].end))):
            j -= 1  # past a role and the first names the mention leaves out (`Гас Појет`), not another name (`на Трамп Сара Сандерс`)
        if j < 0:
            return False
        before = self.tokens[j]
        if before.low in self.words.possessive_linkers and self._possessed_subject(j - 1):
            return False  # `Гласот на Греам`: the possessor of the clause's subject
        if before.low in self.words.prepositions:
            return True
        listed = before.text == "," or before.low in self.words.coordinators
        return listed and j > 0 and self.tokens[j - 1].cap and self.tokens[j - 1].word and not self._opening_role_holder(j, first)

    def _opening_role_holder(self, comma: int, first: int) -> bool:
        """`Лидерот на СДСМ, Венко Филипче, одржа …`: a name set off by commas after a role
        phrase that opens the sentence is the role's holder, the subject, no item of a list."""
        end = first
        while end < len(self.tokens) and self.tokens[end].cap and self.tokens[end].word:
            end += 1
        sentence_first = self.doc.sentence_tokens(self.tokens[comma].sentence).start
        return (end < len(self.tokens) and self.tokens[end].text == ","
                and self._phrase_start(comma, sentence_first) == sentence_first
                and any(t.low in self.words.roles for t in self.tokens[sentence_first:comma]))

    def _leads_list(self, after: int) -> bool:
        """A name another name follows in a list (`Дик Адвокаат, Дејвид Мојес, ...`): an item of
        an enumeration is not what a later pronoun refers to."""
        toks = self.tokens
        if after + 1 >= len(toks) or not (toks[after].text == "," or toks[after].low in self.words.coordinators):
            return False
        nxt = toks[after + 1]
        return nxt.cap and nxt.word and bool(self.mentions_in(nxt.start, nxt.end))

    def _full_names(self) -> list[Speaker]:
        names = []
        i = 0
        while i < len(self.tokens):
            tok = self.tokens[i]
            if tok.cap and tok.word and not self._function_word(tok):
                end = i + 1
                while end < len(self.tokens) and self.tokens[end].cap and self.tokens[end].word:
                    end += 1
                if 2 <= end - i <= 3:
                    names.append(self._speaker(i, end, "name", role_at=i - 1))
                i = end
            else:
                i += 1
        return names

    # --- helpers -------------------------------------------------------------------------

    def _speaker(self, first: int, end: int, kind: str, role_at: int | None = None) -> Speaker:
        toks = self.tokens
        while end - 1 > first and ((not toks[end - 1].word and not self._closes_title_within(first, end - 1)
                                    and not self._numbered_name(end - 1))
                                   or toks[end - 1].low in self.words.name_linkers
                                   or toks[end - 1].low in self.words.prepositions):
            end -= 1  # `шеф на комисијата за одбрана на`
        start, stop = toks[first].start, toks[end - 1].end
        text = self.doc.text[start:stop]
        role = None
        gender = None
        paraphrased = self.words.paraphrased_role(toks, role_at) if role_at is not None and role_at >= 0 else None
        if role_at is not None and role_at >= 0 and toks[role_at].low in self.words.roles:
            role = paraphrased.split()[0] if paraphrased else self.words.roles[toks[role_at].low]
            if toks[role_at].low in self.words.feminine_role_forms:
                gender = "feminine"
        elif paraphrased is not None:
            role = paraphrased.split()[0]  # the paraphrase ends in a word no role noun (`шефот на дипломатијата Лазар Стевиќ`)
        elif (role_at is not None and role_at >= 0 and kind == "name" and toks[role_at].word
              and toks[role_at].low.endswith(self.words.feminine_title_endings)):
            gender = "feminine"  # `сенаторката Елизабет Ворен`
        source = any(t.low in self.words.source_nouns for t in toks[max(first - 3, 0):end])
        if kind == "name":
            gender = gender or self._name_gender(text)
        return self.link(Speaker(start, stop, text, kind, gender, role, source))

    def _numbered_name(self, i: int) -> bool:
        """A number after a capitalised word ends a name (`Канал 5`, `ТВ 21`)."""
        return i > 0 and self.tokens[i].text.isdigit() and self.tokens[i - 1].cap and self.tokens[i - 1].word

    def _closes_title_within(self, first: int, i: int) -> bool:
        return self.tokens[i].text == CLOSE and any(t.text == OPEN for t in self.tokens[first:i])

    def _speaker_from_mention(self, m: NameMention, role_at: int) -> Speaker:
        first, end = self.doc.token_at(m.start), self.doc.token_at(m.end)
        return self._speaker(first, max(end, first + 1), "name", role_at=role_at)

    def _function_speaker(self, i: int, end: int, demonstratives: bool = False) -> Speaker | None:
        """A pronoun, role phrase or source noun at token i."""
        low = self.tokens[i].low
        words = self.words
        if low in words.pronouns:
            nxt = self.tokens[i + 1] if i + 1 < end else None
            if demonstratives and nxt is not None and self._plain(nxt):
                return None  # a demonstrative: `таа анализа`
            return Speaker(self.tokens[i].start, self.tokens[i].end, self.tokens[i].text, "pronoun", words.pronouns[low])
        if i + 1 < end and self.tokens[i + 1].low in words.role_lookalike_nouns.get(low, ()):
            return None  # `пратеничката група`: an adjective, no role
        if low in words.roles or low in words.source_nouns:
            holder = self._person_after_role(i, end) if low in words.roles else None
            if holder is not None:
                return holder
            phrase_end = self._linked_end(i + 1, end)
            named = [self.doc.token_at(m.end) for m in self.mentions_in(self.tokens[i].start, self.tokens[end - 1].end)
                     if m.start == self.tokens[i].start and m.entity.type != "PER"]
            phrase_end = max([phrase_end, *(e for e in named if e <= end)])  # `Агенцијата за процена и примена на технологијата`
            start = i - 1 if i > 0 and self._role_modifier(i - 1, i) and self.tokens[i - 1].low.endswith(words.definite_endings) else i
            complement = phrase_end == i + 2 and self.tokens[i + 1].low in words.name_linkers
            if phrase_end > i + 2 and phrase_end < end and self.tokens[phrase_end - 1].low.endswith(words.definite_endings):
                # `претседателот на македонската Стопанска комора, X`: the article's adjective makes the body's name the complement's
                complement = any(m.entity.type != "PER" and m.start == self.tokens[phrase_end].start
                                 for m in self.mentions_in(self.tokens[phrase_end].start, self.tokens[phrase_end].end))
            if complement and phrase_end < end and self.tokens[phrase_end].cap:
                # `претставникот на МАНС, Дејан Миловац`: the name is the organisation's
                return self._speaker(i, self._run_end(phrase_end, end), "role", role_at=i)
            if phrase_end < end and self.tokens[phrase_end].cap and self.tokens[phrase_end].word:
                # `министерот за финансии Себастијан Владеску`: the name after the role
                return self._speaker(phrase_end, self._run_end(phrase_end, end), "name", role_at=i)
            if self._named_complement(phrase_end, end):
                phrase_end = end  # `Министерот за надворешни работи на Унгарија изјави`: the state's minister
            kind = "role" if low in words.roles else "noun"
            return self._speaker(start, phrase_end, kind, role_at=i)  # `Поранешниот лидер на …`
        return None

    def _named_complement(self, j: int, end: int) -> bool:
        """Tokens j..end are a linker and the name of a known place or body, the last
        complement of a role phrase right before its verb (`… на Северна Кореја`)."""
        if not (j + 1 < end and self.tokens[j].low in self.words.name_linkers and self.tokens[j + 1].cap):
            return False
        return any(m.entity.type != "PER" and m.start == self.tokens[j + 1].start and self.doc.token_at(m.end) == end
                   for m in self.mentions_in(self.tokens[j + 1].start, self.tokens[end - 1].end))

    def _person_after_role(self, i: int, end: int) -> Speaker | None:
        """The person a role's phrase ends in, past its complement with a body's name (`претставник
        на Пактот за стабилност Веско Шуковиќ`); not a person in the complement (`портпаролот на Трамп`)."""
        people = [m for m in self.mentions_in(self.tokens[i].end, self.tokens[end - 1].end) if m.entity.type == "PER"]
        if not people or self.doc.token_at(people[-1].end) != end:
            return None
        first = self.doc.token_at(people[-1].start)
        between = self.tokens[i + 1:first]
        if not between or self.tokens[first - 1].low in self.words.name_linkers or self.tokens[first - 1].low in self.words.prepositions:
            return None
        if not all(t.word and (t.cap or self._complement_word(t) or t.low in self.words.name_linkers
                               or t.low in self.words.place_prepositions) for t in between):
            return None  # `претседателот на Комисијата за европски прашања во Собранието Антонио Милошоски`
        return self._speaker_from_mention(people[-1], role_at=i)

    def _name_runs(self, first: int, last: int) -> list[tuple[int, int]]:
        runs: list[tuple[int, int]] = []
        i = first
        while i < last:
            tok = self.tokens[i]
            starts_name = tok.cap and tok.word and not (i == first and self._function_word(tok))
            if starts_name:
                end = self._run_end(i, last)
                runs.append((i, end))
                i = end
            else:
                i += 1
        return runs

    def _capitalised_word(self, i: int) -> bool:
        """A common word capitalised only because it opens the sentence, and no entity's name: a
        known common word, or one with the definite article, which names do not take
        (`Следачите на стилот предвидуваат`)."""
        tok = self.tokens[i]
        common = tok.low in self.common_words or tok.low.endswith(self.words.definite_endings)
        return self._opens_sentence(i) and common and not self.mentions_in(tok.start, tok.end)

    def _opens_sentence(self, i: int) -> bool:
        j = i - 1
        while j >= 0 and self.tokens[j].text in (OPEN, "(", "-", "–"):
            j -= 1
        return j < 0 or self.tokens[j].sentence != self.tokens[i].sentence

    def _function_word(self, tok: Token) -> bool:
        w = self.words
        return (tok.low in self.time_words or tok.low in w.clitics or tok.low in w.prepositions or tok.low in w.addressee_prepositions
                or tok.low in w.name_linkers or tok.low in w.clause_openers or tok.low in w.complementisers
                or tok.low in w.pronouns or tok.low in w.roles or tok.low in w.source_nouns
                or tok.low.endswith(w.gerund_endings))  # `Продолжувајќи да го брани …, претседателот рече`

    def _complement_word(self, tok: Token) -> bool:
        """A word of a role's lower-case complement, also a body or another role (`портпаролот на
        агенцијата`, `заменик на министерот`)."""
        return self._plain(tok) or (tok.word and not tok.cap and (tok.low in self.words.source_nouns or tok.low in self.words.roles))

    def _noun_or_name(self, tok: Token) -> bool:
        """A definite noun or a known name (`Компанијата`, `Мицкоски`; not `Како` of `Како што`)."""
        return (tok.word and not self._function_word(tok)
                and (tok.low.endswith(self.words.definite_endings) or bool(self.mentions_in(tok.start, tok.end))))

    def _plain(self, tok: Token) -> bool:
        """A lower-case content word that can belong to a noun phrase (no verbal adverb:
        `играчот смеејќи се`)."""
        return (tok.word and not tok.cap and not self._function_word(tok) and tok.low not in self.words.verbs
                and not tok.low.endswith(self.words.gerund_endings))

    def _common_noun_end(self, run_end: int, limit: int, to_clause_end: bool = False) -> int:
        """A capitalised word heading a common-noun phrase takes the plain words after it
        (`Полициските служби`, `Црвениот крст`); after a verb only when the clause or an
        adverbial follows them (`изјави Црвениот крст во објава`)."""
        j = run_end
        while j < limit and j - run_end < 3:
            tok = self.tokens[j]
            linked = tok.low in self.words.name_linkers and j > run_end and j + 1 < limit and self._plain(self.tokens[j + 1])
            if linked:  # `Дваесет проценти од учениците`, `министерство за надворешни работи`
                j = self._linked_end(j, limit)
                break
            if not self._plain(tok):
                break
            j += 1
        if to_clause_end and j < limit and self.tokens[j].low not in self.words.prepositions:
            return run_end
        return j

    def _complement_end(self, end: int, limit: int) -> int:
        """A noun subject's complements up to its verb (`Властите во БиХ`, `агенцијата за
        ублажување на катастрофи`), not a time adverbial (`Властите во петокот`) or a clitic."""
        w = self.words
        j = end
        if j + 2 < limit and self.tokens[j].low in w.speaker_adjectives and self.tokens[j + 1].low in w.prepositions:
            j += 1  # `Извор близок до Владата`
        while j + 1 < limit and self.tokens[j].low in w.prepositions and self.tokens[j + 1].low not in self.time_words:
            k = j + 1
            while (k < limit and self.tokens[k].word and self.tokens[k].low not in w.prepositions
                   and self.tokens[k].low not in w.clitics and self.tokens[k].low not in self.time_words):
                k += 1
            if k == j + 1:
                break
            j = k
        return j

    def _run_end(self, i: int, limit: int) -> int:
        """End of the name run starting at token i: capitalised words, with name particles,
        hyphens and `и` between them."""
        j = i + 1
        while j < limit:
            tok = self.tokens[j]
            if tok.cap and tok.word:
                j += 1
            elif (tok.low in self.words.name_particles or tok.text == "-" or tok.low in self.words.coordinators) and self._next_is_name(j, limit):
                j += 2
            else:
                break
        return j

    def _next_is_name(self, j: int, limit: int) -> bool:
        return j + 1 < limit and self.tokens[j + 1].cap and self.tokens[j + 1].word

    def _between_names(self, j: int) -> bool:
        toks = self.tokens
        return 0 < j < len(toks) - 1 and toks[j - 1].cap and toks[j + 1].cap and toks[j - 1].word and toks[j + 1].word

    def _head_of(self, first: int, run_start: int) -> int | None:
        """Where the phrase of a name run starts: the run itself, its head joined by a linker
        (`агенција на Јужна Кореја`), or None when the run sits in an adverbial phrase."""
        before = run_start - 1
        if before < first:
            return run_start
        low = self.tokens[before].low
        if low not in self.words.name_linkers:
            return None if low in self.words.prepositions or self._object_role(first, before) else run_start
        if before == first:  # `на Твитер рече`: the run is the object of a preposition
            return None
        k = before - 1
        while k >= first and before - k <= 4:
            tok = self.tokens[k]
            if tok.cap and tok.word:
                while k - 1 >= first and self.tokens[k - 1].cap and self.tokens[k - 1].word:
                    k -= 1
                if low in self.words.topic_prepositions and self._person_run(k, before):
                    return None  # `Мицкоски за Заев рече`: what the person speaks about
                # `Тифани Нг од Универзитетот на Мичиген`: the body is itself the complement of a name
                outer = self._head_of(first, k) if k - 1 > first and self.tokens[k - 1].low in self.words.name_linkers else None
                return outer if outer is not None and outer < k else k
            if tok.text in (OPEN, CLOSE) and self._title_mark(tok):
                k -= 1
                continue
            if tok.low in self.words.prepositions or not tok.word:
                return None
            k -= 1
        return first if k < first else run_start

    def _object_role(self, first: int, last: int) -> bool:
        """Tokens up to `last` end a role or outlet phrase that is the object of a preposition, so the
        name after it is too (`на средбата со македонскиот министер за надворешни работи Тимчо
        Муцунски`, `на својата мрежа Труф Сошл`)."""
        def head(tok: Token) -> bool:
            return tok.low in self.words.roles or tok.low in self.words.outlet_nouns  # `на својата мрежа Труф Сошл`

        k = last
        while k >= first and last - k < ROLE_PHRASE_WORDS and not head(self.tokens[k]):
            if not self.tokens[k].word or self.tokens[k].cap:
                return False
            k -= 1
        if k < first or not head(self.tokens[k]):
            return False
        j = k - 1
        while j >= first and k - j <= 2 and self._plain(self.tokens[j]) and self.tokens[j].low not in self.words.prepositions:
            j -= 1  # `македонскиот`
        # `спроведена од телевизијата X`: `од` names the agent, who may speak
        return j >= first and self.tokens[j].low in self.words.prepositions and self.tokens[j].low not in self.words.speaker_prepositions

    def _person_run(self, first: int, end: int) -> bool:
        """Tokens first..end are one person's name as the entities found it."""
        return any(m.entity.type == "PER" and self.doc.token_at(m.start) == first and self.doc.token_at(m.end) == end
                   for m in self.mentions_in(self.tokens[first].start, self.tokens[end - 1].end))

    def _linked_end(self, i: int, end: int) -> int:
        """End of a role phrase's complement: `министерот за надворешни работи`, `агенцијата за
        ублажување на катастрофи` (one linked phrase after another, a few words in all)."""
        j = i
        while (j < end and self.tokens[j].low in self.words.name_linkers and j + 1 < end
               and (j == i or self._complement_word(self.tokens[j + 1])) and j - i < 5):
            j += 1
            while j < end and self._complement_word(self.tokens[j]) and not self._adverb_opening_adverbial(j) and j - i < 5:
                j += 1
            if j + 1 < end and self.tokens[j].text == OPEN and self._title_mark(self.tokens[j + 1]):
                j = min(end, self.doc.token_at(self.doc.inside_marks(self.tokens[j + 1].start).close + 1))  # `на партијата „Укип“`
        return j

    def _skip_phrase(self, i: int, end: int) -> int:
        """Past the object of a preposition: a name run, or one word and a title after it
        (`за весникот „Вечерњи лист“`)."""
        if i < end and self.tokens[i].cap and self.tokens[i].word:
            known = next((m for m in self.mentions_in(self.tokens[i].start, self.tokens[i].end)
                          if m.start == self.tokens[i].start), None)
            if known is not None:  # `рече за SETimes Енгин Јилмаз`: the outlet's name ends where its mention does
                return min(end, self.doc.token_at(known.end))
            return self._run_end(i, end)
        i += 1
        if i < len(self.tokens) and self.tokens[i].text == OPEN:
            marked = self.doc.inside_marks(self.tokens[i].start)
            if marked is not None and marked.title:
                return self.doc.token_at(marked.close + 1)
        return i

    def _clause_end(self, i: int, stop: int | None) -> int:
        sentence_end = self.doc.sentence_tokens(self.tokens[i - 1].sentence).stop
        limit = min(sentence_end, stop if stop is not None else sentence_end, i + SPEAKER_PHRASE_REACH)
        j = i
        while j < limit:
            tok = self.tokens[j]
            if tok.text == OPEN:
                marked = self.doc.inside_marks(tok.start)
                if marked is not None and marked.title:
                    j = self.doc.token_at(marked.close + 1)
                    continue
            if tok.text == "(":  # `рече во петокот (15-ти мај) премиерот …`: a parenthesis inside the clause
                closing = next((k for k in range(j + 1, min(limit, j + PARENTHESIS_WORDS + 2)) if self.tokens[k].text == ")"), None)
                if closing is not None:
                    j = closing + 1
                    continue
            if tok.text in CLAUSE_PUNCTUATION or tok.text in SENTENCE_PUNCTUATION or tok.low in self.words.complementisers:
                break
            if tok.low in self.words.clause_openers and j > i:
                break
            j += 1
        return j

    def _title_mark(self, tok: Token) -> bool:
        marked = self.doc.inside_marks(tok.start)
        return marked is not None and marked.title

    def mentions_in(self, start: int, end: int) -> list[NameMention]:
        i = bisect_left(self._mention_starts, start - 200)
        found = []
        while i < len(self.mentions) and self.mentions[i].start < end:
            m = self.mentions[i]
            if m.end > start:
                found.append(m)
            i += 1
        return found

    def _name_gender(self, text: str) -> str | None:
        words = text.lower().split()
        w = self.words
        if not words:
            return None
        if len(words) > 1 and words[-1].endswith(w.feminine_surname_endings):
            return "feminine"
        if len(words) > 1 and words[0].endswith(w.feminine_first_name_endings) and words[0] not in w.masculine_names_ending_like_feminine:
            return "feminine"
        return None

    def verb_gender(self, verb: Token) -> str | None:
        return "feminine" if verb.low.endswith(self.words.feminine_participle_endings) else None


def _names_portfolio(body, portfolio: list[str]) -> bool:
    """Whether a body's names hold every word of a portfolio, any inflection (the first five
    letters); a role without a known body may hold any portfolio."""
    if body is None:
        return True
    stems = {w.lower()[:5] for name in (body.name_mk, *body.aliases) for w in name.split()}
    return all(w[:5] in stems for w in portfolio)


def _gender_fits(referent: str | None, pronoun: str | None) -> bool:
    if pronoun == "feminine":
        return referent == "feminine"
    return referent != "feminine"
