"""The document model every pipeline stage reads and fills in.

Field names follow PLOVER's record where PLOVER has one (event, mode, actor, recipient,
context, date); vesnik adds provenance (sentence, character offsets into the cleaned
text, trigger words, the rule or model that fired, confidence).
"""
from __future__ import annotations

import bisect
from datetime import date
from operator import attrgetter
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, PrivateAttr


class Span(BaseModel):
    """Character offsets into `Document.text` (the cleaned text)."""

    start: int
    end: int
    text: str


class Sentence(BaseModel):
    index: int
    start: int
    end: int
    language: str | None = None


class Mention(BaseModel):
    start: int
    end: int
    text: str
    sentence: int
    # "name" for a name as written; "demonym" for an adjective or noun of a people (`руската`),
    # "role" for a role phrase, "pronoun" — the non-name kinds are kept for the stages that
    # need them (events, quotes) and are not named-entity mentions
    kind: str = "name"
    rule: str | None = None  # what found it: gazetteer, model, coreference

PLACE_TYPES = frozenset({"GPE", "LOC"})  # entity types of places


class Entity(BaseModel):
    id: str
    name: str
    type: Literal["PER", "ORG", "GPE", "LOC"]
    mentions: list[Mention] = Field(default_factory=list)
    name_en: str | None = None
    kb_id: str | None = None
    wikidata: str | None = None
    country: str | None = None
    sector: str | None = None
    rule: str | None = None
    confidence: float | None = None
    # knowledge-base candidates found by the entities stage, for the linking stage to choose from
    _candidates: list[str] = PrivateAttr(default_factory=list)

    def __getattr__(self, item: str) -> Any:
        # a private attribute read straight from its store: pydantic's own lookup takes several calls,
        # and the linking stage reads `_candidates` tens of thousands of times a batch
        if item in self.__private_attributes__:
            try:
                return self.__pydantic_private__[item]
            except (KeyError, TypeError):
                pass  # not set yet: pydantic's lookup tells why
        return super().__getattr__(item)


class Quote(BaseModel):
    id: str
    text: str
    start: int
    end: int
    sentence: int
    direct: bool
    speaker: str | None = None  # entity id
    speaker_text: str | None = None
    reported_by: str | None = None  # entity id of the source that reports the statement
    rule: str | None = None


class TimeExpression(BaseModel):
    """A date or time expression and the date it resolves to against the publication date."""

    start: int
    end: int
    text: str
    sentence: int
    value: str | None = None  # ISO date (YYYY-MM-DD, YYYY-MM, YYYY, or YYYY-Www) or None if unresolved
    precision: Literal["day", "week", "month", "year"] | None = None
    relative: bool = False  # resolved against the publication date
    rule: str | None = None


class Claim(BaseModel):
    """A number the text states (casualties, troops, money, percentages) and who states it."""

    id: str
    kind: str  # PLOVER size field or vesnik kind: dead, injured, arrested, troops, money, percent, count
    value: float
    unit: str | None = None  # currency code, "percent", "people" ...
    approximate: str | None = None  # the hedge word: околу, повеќе од, најмалку ...
    start: int
    end: int
    text: str
    sentence: int
    source: str | None = None  # entity id of who states the number
    source_text: str | None = None
    rule: str | None = None
    date: str | None = None  # ISO date of the time expression that governs it (the time stage fills it)
    date_from_publication: bool = False  # no expression governs it: the date is the record's (or its part's)


class Event(BaseModel):
    id: str
    type: str  # PLOVER event type, e.g. CONSULT
    mode: str | None = None
    actor: list[str] = Field(default_factory=list)  # entity ids
    recipient: list[str] = Field(default_factory=list)
    date: str | None = None
    location: str | None = None  # entity id
    status: Literal["asserted", "future", "hypothetical", "negated", "historical"] = "asserted"
    reported_by: str | None = None
    sentence: int
    trigger: Span
    rule: str
    confidence: float
    context: list[str] = Field(default_factory=list)
    # the same event told again elsewhere in the document (a headline repeating the body)
    also_triggers: list[Span] = Field(default_factory=list)


class Problem(BaseModel):
    """A warning about a document, or the reason it could not be processed."""

    stage: str
    message: str


class Document(BaseModel):
    model_config = ConfigDict(validate_assignment=False)

    id: str
    source: str  # where it came from: a path, a URL, "stdin", "<path>:<line>"
    title: str | None = None
    author: str | None = None
    speaker: str | None = None  # whose words the whole text is: a speech's transcript (a record's `speaker`)
    published: date | None = None
    url: str | None = None
    content_hash: str | None = None  # sha256 of the decoded input text: the store's identity of a document
    language: str | None = None
    language_confidence: float | None = None
    raw_text: str = Field(default="", exclude=True)
    text: str = ""
    sentences: list[Sentence] = Field(default_factory=list)
    entities: list[Entity] = Field(default_factory=list)
    quotes: list[Quote] = Field(default_factory=list)
    events: list[Event] = Field(default_factory=list)
    times: list[TimeExpression] = Field(default_factory=list)
    claims: list[Claim] = Field(default_factory=list)
    warnings: list[Problem] = Field(default_factory=list)
    meta: dict[str, Any] = Field(default_factory=dict)

    # cleaned-text position -> raw-text position (len(text) + 1 entries), set by the clean stage
    _raw_offsets: Any = PrivateAttr(default=None)  # array of ints, or None while text == raw_text
    # the spaCy Doc of `text`, set by the segment stage for later spaCy components
    _spacy_doc: Any = PrivateAttr(default=None)
    _dated_parts: list = PrivateAttr(default_factory=list)  # (start, end, date) of a merged record's dated parts
    # (start, end, state) of the items of a page of news briefs, each opened by its dateline (set by linking)
    _segments: list = PrivateAttr(default_factory=list)

    def warn(self, stage: str, message: str) -> None:
        self.warnings.append(Problem(stage=stage, message=message))

    def raw_offset(self, clean_offset: int) -> int:
        """Map an offset in the cleaned text back to the raw input text."""
        if self._raw_offsets is None:
            return clean_offset
        return self._raw_offsets[clean_offset]

    def sentence_of(self, offset: int) -> int:
        """The index of the sentence holding `offset` (the last sentence for an offset between or after them)."""
        at = bisect.bisect_right(self.sentences, offset, key=attrgetter("start")) - 1  # sentences are in text order
        if at >= 0 and offset < self.sentences[at].end:
            return self.sentences[at].index
        return len(self.sentences) - 1 if self.sentences else 0

    def output(self) -> dict[str, Any]:
        """The output contract: one JSON-ready object per document. An entity's `mentions` are
        the places where it is named; the other ways the text refers to it (a demonym such as
        `руската`, a role phrase, a pronoun, the words an actor was derived from) are its
        `references`, so a reader of names only can take `mentions` as they are."""
        data = self.model_dump(mode="json", exclude={"raw_text", "meta", "language_confidence", "url", "content_hash"})
        for entity in data["entities"]:
            mentions = entity.pop("mentions")
            entity["mentions"] = [m for m in mentions if m["kind"] == "name"]
            entity["references"] = [m for m in mentions if m["kind"] != "name"]
        data["url"] = self.url
        data["language_confidence"] = self.language_confidence
        return data

    @classmethod
    def from_output(cls, data: dict[str, Any]) -> Document:
        """The Document an `output()` object describes (what the store keeps)."""
        data = {**data, "entities": [{**e, "mentions": sorted(e.get("mentions", []) + e.get("references", []),
                                                              key=lambda m: m["start"])}
                                     for e in data.get("entities", [])]}
        return cls.model_validate(data)
