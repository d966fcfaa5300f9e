"""The document model's private attributes, read through a shortcut of pydantic's own lookup."""
import copy
import pickle

import pytest

from vesnik.document import Entity


def test_private_candidates_read_written_and_copied():
    entity = Entity(id="E1", name="Речна управа", type="ORG")
    assert entity._candidates == []
    entity._candidates = ["T1", "T2"]
    assert entity._candidates == ["T1", "T2"]
    for copied in (entity.model_copy(), copy.deepcopy(entity), pickle.loads(pickle.dumps(entity))):
        assert copied._candidates == ["T1", "T2"]


def test_unknown_attributes_still_raise():
    entity = Entity(id="E1", name="Речна управа", type="ORG")
    with pytest.raises(AttributeError):
        entity._unknown
    with pytest.raises(AttributeError):
        entity.unknown
