"""Language identification per document and per sentence.

lingua-language-detector does the statistics; vesnik narrows its choice first by script and
by alphabet (a sentence with `ќ` cannot be Bulgarian, one with `ъ` cannot be Macedonian),
which is both more accurate on short sentences and several times faster, and separates
Serbian in Latin script from Croatian and Bosnian by the yat reflex, which lingua has no
model for. The language facts are data in `vesnik/lang/common/`.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from lingua import Language, LanguageDetectorBuilder

from vesnik.document import Document
from vesnik.lang import LANG_DIR, _rows, supported_languages
from vesnik.pipeline import PipelineStep

LETTER = re.compile(r"[^\W\d_]", re.UNICODE)
LATIN_WORD = re.compile(r"[a-zčćžšđ]+")
DOCUMENT_SAMPLE = 1000  # characters the document-level decision reads
MIN_SENTENCE_CHARS = 20  # shorter sentences take the document's language
IJEKAVIAN_YAT = re.compile(r"[bcdfghklmnprstvzčšž]ije|[bmpvdt]je[a-zčćžš]")
EKAVIAN_MIN_WORDS = 40


@dataclass(frozen=True)
class LanguageInfo:
    code: str
    lingua: Language | None
    script: str
    alphabet: frozenset[str]


@dataclass(frozen=True)
class Guess:
    language: str | None
    confidence: float


SCRIPT_LETTERS = {
    "Cyrl": re.compile(r"[\u0400-\u04FF]"),
    "Latn": re.compile(r"[A-Za-z\u00C0-\u024F]"),
    "Grek": re.compile(r"[\u0370-\u03FF\u1F00-\u1FFF]"),
}


class LanguageIdentifier:
    def __init__(self) -> None:
        rows = _rows(LANG_DIR / "common" / "languages.tsv")
        self.languages = [
            LanguageInfo(r["code"], getattr(Language, r["lingua"]) if r["lingua"] != "-" else None,
                         r["script"], frozenset(r["alphabet"]))
            for r in rows
        ]
        self.by_lingua = {info.lingua: info for info in self.languages if info.lingua}
        self.info = {info.code: info for info in self.languages}
        reflexes = _rows(LANG_DIR / "common" / "bcs_reflexes.tsv")
        self.ekavian = frozenset(r["form"] for r in reflexes if r["variety"] == "sr")
        self.ijekavian = frozenset(r["form"] for r in reflexes if r["variety"] == "ijek")

    @cache
    def _detector(self, script: str):
        """One detector per script, made when first needed (loading its models takes seconds)."""
        langs = [info.lingua for info in self.languages if info.script == script and info.lingua]
        return LanguageDetectorBuilder.from_languages(*langs).with_preloaded_language_models().build()

    def identify(self, text: str) -> Guess:
        counts = {script: len(pattern.findall(text)) for script, pattern in SCRIPT_LETTERS.items()}
        script = max(counts, key=counts.get)
        letters = len(LETTER.findall(text))
        if not counts[script]:
            return Guess(None, 0.0)
        in_script = [info for info in self.languages if info.script == script]
        if script == "Cyrl":
            used = set(SCRIPT_LETTERS["Cyrl"].findall(text.lower()))
            in_script = [info for info in in_script if used <= info.alphabet] or in_script
        candidates = [info for info in in_script if info.lingua]
        if len(candidates) == 1:
            guess = Guess(candidates[0].code, round(counts[script] / letters, 3))
        else:
            allowed = {info.lingua for info in candidates}
            values = [v for v in self._detector(script).compute_language_confidence_values(text)
                      if v.language in allowed]
            total = sum(v.value for v in values)
            if not total:
                return Guess(None, 0.0)
            guess = Guess(self.by_lingua[values[0].language].code, round(values[0].value / total, 3))
        if guess.language in ("hr", "bs", "sr-Cyrl") and script == "Latn":
            guess = Guess(self._bcs_latin(text, guess.language), guess.confidence)
        return guess

    def foreign_letters(self, text: str, info: LanguageInfo) -> set[str]:
        """Letters of the text (either case) that the language's alphabet or script lacks."""
        pattern = SCRIPT_LETTERS[info.script]
        return {ch for ch in set(text) if ch.isalpha() and not (
            ch.lower() in info.alphabet if info.alphabet else pattern.match(ch))}

    def fits(self, text: str, info: LanguageInfo) -> bool:
        """Is the text mostly in the language's script, with no letter of that script outside
        the language's alphabet? (Foreign names in another script do not count against it.)"""
        pattern = SCRIPT_LETTERS[info.script]
        letters = {ch for ch in set(text.lower()) if ch.isalpha()}
        in_script = {ch for ch in letters if pattern.match(ch)}
        if info.alphabet and not in_script <= info.alphabet:
            return False
        if in_script == letters:
            return True
        return 2 * len(pattern.findall(text)) >= len(LETTER.findall(text))

    def _bcs_latin(self, text: str, lingua_choice: str) -> str:
        """Serbian Latin is ekavian: ekavian word forms win, and so does a long text with no
        ijekavian yat reflex at all (mjesto, vrijeme, djeca)."""
        low = text.lower()
        words = LATIN_WORD.findall(low)
        ek = sum(w in self.ekavian for w in words)
        ijek = sum(w in self.ijekavian for w in words)
        if ek > ijek or (ijek == 0 and len(words) >= EKAVIAN_MIN_WORDS and not IJEKAVIAN_YAT.search(low)):
            return "sr-Latn"
        return lingua_choice


@cache
def identifier() -> LanguageIdentifier:
    return LanguageIdentifier()


class LanguageStep(PipelineStep):
    """Tags the document and each of its sentences with a language; warns when vesnik has no
    deeper analysis for it."""

    name = "language"

    def __init__(self) -> None:
        super().__init__()
        self.ident = identifier()
        self.supported = set(supported_languages())

    def process(self, doc: Document) -> Document:
        guess = self.ident.identify(doc.text[:DOCUMENT_SAMPLE])
        doc.language, doc.language_confidence = guess.language, guess.confidence
        self.stats[f"documents in {guess.language}"] += 1
        if guess.language not in self.supported:
            self.stats["documents in unsupported languages"] += 1
            doc.warn(self.name, f"language is {guess.language or 'unknown'}: the text is cleaned, segmented and "
                     f"tagged, but deeper analysis is only for {', '.join(sorted(self.supported))}")
        self._tag_sentences(doc)
        return doc

    def _tag_sentences(self, doc: Document) -> None:
        """A sentence takes its document's language unless its letters say otherwise (mostly
        another script, or a letter outside the document language's alphabet): only then is
        it identified on its own. Short sentences always take the document's language."""
        info = self.ident.info.get(doc.language or "")
        foreign = self.ident.foreign_letters(doc.text, info) if info else set()
        for sent in doc.sentences:
            sent.language = doc.language
            if not foreign:
                continue
            chunk = doc.text[sent.start:sent.end]
            if len(chunk) < MIN_SENTENCE_CHARS or not any(ch in chunk for ch in foreign) or self.ident.fits(chunk, info):
                continue
            sent.language = self.ident.identify(chunk).language or doc.language
            if sent.language != doc.language:
                self.stats["sentences in another language than their document"] += 1
