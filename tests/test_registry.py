from __future__ import annotations

import pytest

from veille.errors import PipelineError
from veille.pipeline import check_stage_order
from veille.registry import DEFAULT_STAGES, STAGES, build_stages, load_stage_class
from veille.stage import Stage


@pytest.mark.parametrize("name", sorted(STAGES))
def test_every_registered_stage_imports_and_declares_its_contract(name: str) -> None:
    cls = load_stage_class(name)
    assert issubclass(cls, Stage)
    assert cls.name == name
    assert cls.version >= 1
    assert cls.assigns, f"{name} assigns nothing"


def test_default_stage_list_is_in_a_valid_order() -> None:
    check_stage_order(build_stages(DEFAULT_STAGES))


def test_unknown_stage_is_a_clear_error() -> None:
    with pytest.raises(PipelineError, match="unknown stage 'nope'"):
        load_stage_class("nope")
