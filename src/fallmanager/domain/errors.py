"""Typed domain errors and warnings.

The domain never produces prose for users: it raises :class:`DomainError` with an
:class:`ErrorCode` and machine-readable parameters, and it reports soft problems as
:class:`DomainWarning`. Adapters (command line, desktop) turn codes into sentences in the
user's language.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any


class ErrorCode(StrEnum):
    """Every rule the domain can reject a value with."""

    REQUIRED = "required"
    TOO_LONG = "too_long"
    INVALID_VALUE = "invalid_value"
    WRONG_TYPE = "wrong_type"
    UNKNOWN_FIELD = "unknown_field"
    INVALID_DATE = "invalid_date"
    INVALID_CODE = "invalid_code"
    DATE_IN_FUTURE = "date_in_future"
    END_BEFORE_START = "end_before_start"
    DEATH_BEFORE_BIRTH = "death_before_birth"
    INVALID_CASE_NUMBER = "invalid_case_number"
    DUPLICATE_CASE_NUMBER = "duplicate_case_number"
    CLOSED_WITHOUT_DATE = "closed_without_date"
    OPEN_WITH_CLOSING_DATE = "open_with_closing_date"
    FAMILY_FILE_CLOSED = "family_file_closed"
    LEGAL_BASIS_REQUIRED = "legal_basis_required"
    SELF_RELATIONSHIP = "self_relationship"
    OWN_ANCESTOR = "own_ancestor"
    TOO_MANY_BIOLOGICAL_PARENTS = "too_many_biological_parents"
    DUPLICATE_RELATIONSHIP = "duplicate_relationship"
    NOTE_IMMUTABLE = "note_immutable"
    NOT_FOUND = "not_found"
    NOT_A_MEMBER = "not_a_member"
    POSSIBLE_DUPLICATE = "possible_duplicate"
    TASK_ALREADY_DONE = "task_already_done"
    REFERENCE_MISMATCH = "reference_mismatch"
    NO_PARENTS_RECORDED = "no_parents_recorded"
    HELP_PLAN_EXISTS = "help_plan_exists"
    HELP_PLAN_NOT_EDITABLE = "help_plan_not_editable"
    HELP_PLAN_NOT_AGREED = "help_plan_not_agreed"
    HELP_PLAN_DRAFT_OPEN = "help_plan_draft_open"
    GOAL_LEVEL_MISMATCH = "goal_level_mismatch"
    CONSENT_NOT_EDITABLE = "consent_not_editable"
    CONSENT_NOT_GIVEN = "consent_not_given"
    CONSENT_WITHDRAWN = "consent_withdrawn"
    DISCLOSURE_NOT_PERMITTED = "disclosure_not_permitted"
    NAME_IN_ANONYMISED = "name_in_anonymised"
    CONFERENCE_NOT_HELD = "conference_not_held"
    NO_OUTCOME_GOAL = "no_outcome_goal"


class WarningCode(StrEnum):
    """Soft findings: the record is accepted, the user should look at it."""

    PARENT_VERY_YOUNG = "parent_very_young"
    PARENT_DIED_LONG_BEFORE_BIRTH = "parent_died_long_before_birth"
    FICTITIOUS_BIRTH_DATE = "fictitious_birth_date"


class DomainError(Exception):
    """A rule of the domain was violated.

    ``field`` names the offending attribute where there is one, so forms can show the error
    next to the field; ``params`` carries the values a translated message needs.
    """

    def __init__(self, code: ErrorCode, field: str | None = None, **params: Any) -> None:
        self.code = code
        self.field = field
        self.params: Mapping[str, Any] = params
        detail = ", ".join(f"{k}={v!r}" for k, v in sorted(params.items()))
        where = f" [{field}]" if field else ""
        super().__init__(f"{code.value}{where}" + (f" ({detail})" if detail else ""))


class NotFoundError(DomainError):
    """A record that a use case refers to does not exist (or was deleted)."""

    def __init__(self, entity: str, entity_id: object) -> None:
        super().__init__(ErrorCode.NOT_FOUND, None, entity=entity, id=str(entity_id))
        self.entity = entity
        self.entity_id = entity_id


@dataclass(frozen=True, slots=True)
class DomainWarning:
    """A finding that does not block saving, e.g. a parent younger than 12 at a child's birth."""

    code: WarningCode
    subject_ids: tuple[str, ...] = ()
    params: Mapping[str, Any] = field(default_factory=dict)
