"""The readable report's entity list: names and other references are counted apart, so an actor the
coder derived from a state's name is not read as a second mention of the place."""
import io

from vesnik.document import Document, Entity, Mention, Sentence
from vesnik.export.report import render_report

TEXT = "Србија ја повика амбасадорката. Белград ги отфрли српските барања."


def report_of(entities: list[Entity]) -> str:
    doc = Document(id="d", source="test", text=TEXT, entities=entities,
                   sentences=[Sentence(index=0, start=0, end=31), Sentence(index=1, start=32, end=len(TEXT))])
    out = io.StringIO()
    render_report(doc, out, width=200)
    return out.getvalue()


def mention(word: str, kind: str = "name") -> Mention:
    start = TEXT.index(word)
    return Mention(start=start, end=start + len(word), text=word, sentence=int(start > 31), kind=kind)


def test_names_and_references_are_counted_apart():
    state = Entity(id="E1", name="Србија", type="GPE", name_en="Serbia", country="SRB",
                   mentions=[mention("Србија"), mention("српските", "demonym")])
    report = report_of([state])
    assert "GPE  Србија (Serbia) [SRB]  ×1 + 1 reference\n" in report


def test_an_actor_with_references_only_says_so():
    government = Entity(id="E1.GOV", name="Белград", type="ORG", name_en="Serbia", country="SRB", sector="GOV",
                        mentions=[mention("Белград", "reference")])
    unnamed = Entity(id="E2", name="непознат сторител", type="ORG", country="UNK")
    report = report_of([government, unnamed])
    assert "ORG  Белград (Serbia) [SRB GOV]  (not by name; 1 reference)\n" in report
    assert "ORG  непознат сторител [UNK]  (not named in the text)\n" in report


def test_names_alone_keep_the_plain_count():
    state = Entity(id="E1", name="Србија", type="GPE", name_en="Serbia", country="SRB", mentions=[mention("Србија")])
    assert "GPE  Србија (Serbia) [SRB]  ×1\n" in report_of([state])
