"""Stages over one document model, in the manner of datatrove's PipelineStep over a Document."""
from vesnik.pipeline.base import DocumentError, Pipeline, PipelineStep, Result

__all__ = ["DocumentError", "Pipeline", "PipelineStep", "Result"]
