"""The numpy decoding of the shipped NER model chooses exactly what spaCy's `ner` component chooses."""
from spacy.attrs import ENT_IOB, ENT_TYPE

from vesnik.entities import ner_model
from vesnik.entities.decode import GreedyEntities
from vesnik.segment import make_nlp, mark_sentences

TEXTS = [
    "Градоначалникот Мартин Трајчевски го пречека претседателот на Словенија Мирко Новак во Битола.",
    "Министерството за здравство соопшти дека Институтот за јавно здравје ќе ги објави податоците. "
    "Делегацијата од Европската унија пристигна во Охрид.\n\nСиндикатот на просветните работници најави штрајк.",
    "„Нема да се откажеме“, рече Ана Петровска-Николовска, портпаролка на Владата на Албанија.",
    "Скопје",
]


def _annotations(doc):
    return doc.to_array([ENT_IOB, ENT_TYPE]).tolist()


def test_the_decoding_matches_spacys_on_documents_with_and_without_sentences():
    model = ner_model("mk")
    if model is None:
        return
    recognise = GreedyEntities(model)
    for text in TEXTS:
        starts = [0] + [i + 2 for i, c in enumerate(text) if c == "." and text[i + 1:i + 2] == " "]
        for marked in (False, True):  # the model's sub-documents have no sentences, whole documents do
            ours, reference = make_nlp("mk")(text), make_nlp("mk")(text)
            if marked:
                spans = list(zip(starts, starts[1:] + [len(text)]))
                ours, reference = mark_sentences(ours, spans), mark_sentences(reference, spans)
            for _, component in model.pipeline:
                reference = component(reference)
            ours = recognise(ours)
            assert _annotations(ours) == _annotations(reference), text
            assert [(e.start, e.end, e.label_) for e in ours.ents] == [(e.start, e.end, e.label_) for e in reference.ents]
