"""The pipeline vesnik runs by default, stage by stage in the order of the folders."""
from __future__ import annotations

from vesnik.pipeline.base import Pipeline, PipelineStep

STAGES = ("clean", "segment", "language", "entities", "linking", "quotes", "time", "events")


def build_pipeline(until: str | None = None, lang: str = "mk") -> Pipeline:
    """Every stage up to and including `until` (all by default)."""
    from vesnik.clean import CleanStep
    from vesnik.entities import EntityStep
    from vesnik.events import EventStep
    from vesnik.language import LanguageStep
    from vesnik.linking import LinkStep
    from vesnik.quotes import QuoteStep
    from vesnik.segment import SegmentStep
    from vesnik.time import TimeStep

    makers = {"clean": lambda: CleanStep(lang), "segment": lambda: SegmentStep(lang), "language": LanguageStep,
              "entities": lambda: EntityStep(lang), "linking": lambda: LinkStep(lang),
              "quotes": lambda: QuoteStep(lang), "time": lambda: TimeStep(lang),
              "events": lambda: EventStep(lang)}
    steps: list[PipelineStep] = []
    for name in STAGES:
        steps.append(makers[name]())
        if name == until:
            break
    return Pipeline(steps)
