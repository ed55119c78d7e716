"""English sentences for domain error and warning codes (command line, logs, import reports).

The desktop translates the same codes through Qt's translation system; this table is the
plain-text fallback. Messages name fields, never personal data.
"""

from __future__ import annotations

from fallmanager.domain.errors import DomainError, ErrorCode, WarningCode

ERROR_TEXTS: dict[ErrorCode, str] = {
    ErrorCode.REQUIRED: "a value is required",
    ErrorCode.TOO_LONG: "the value is too long",
    ErrorCode.INVALID_VALUE: "the value is not valid",
    ErrorCode.WRONG_TYPE: "the value has the wrong type",
    ErrorCode.UNKNOWN_FIELD: "unknown field",
    ErrorCode.INVALID_DATE: "not a valid date",
    ErrorCode.INVALID_CODE: "not a valid country or language code",
    ErrorCode.DATE_IN_FUTURE: "the date lies in the future",
    ErrorCode.END_BEFORE_START: "the end lies before the start",
    ErrorCode.DEATH_BEFORE_BIRTH: "the date of death lies before the date of birth",
    ErrorCode.INVALID_CASE_NUMBER: "a case number looks like 2026-0042",
    ErrorCode.DUPLICATE_CASE_NUMBER: "the case number is already in use",
    ErrorCode.CLOSED_WITHOUT_DATE: "a closed family file needs a closing date",
    ErrorCode.OPEN_WITH_CLOSING_DATE: "an open family file cannot have a closing date",
    ErrorCode.FAMILY_FILE_CLOSED: "the family file is closed; reopen it first",
    ErrorCode.LEGAL_BASIS_REQUIRED: "a residence permit needs its legal basis (e.g. § 25b)",
    ErrorCode.SELF_RELATIONSHIP: "a person cannot be related to themselves",
    ErrorCode.OWN_ANCESTOR: "this would make a person their own ancestor",
    ErrorCode.TOO_MANY_BIOLOGICAL_PARENTS: "a child cannot have more than two biological parents",
    ErrorCode.DUPLICATE_RELATIONSHIP: "this relationship is already recorded",
    ErrorCode.NOTE_IMMUTABLE: "notes cannot be changed; add a correction instead",
    ErrorCode.NOT_FOUND: "the record does not exist",
    ErrorCode.NOT_A_MEMBER: "the person is not a member of this family file",
    ErrorCode.POSSIBLE_DUPLICATE: "a person with this name and birth year exists already",
    ErrorCode.TASK_ALREADY_DONE: "the task is already done",
    ErrorCode.REFERENCE_MISMATCH: "the referenced records do not belong together",
    ErrorCode.NO_PARENTS_RECORDED: "record a parent first; siblings are linked through them",
    ErrorCode.HELP_PLAN_EXISTS: "the family file already has a help plan",
    ErrorCode.HELP_PLAN_NOT_EDITABLE: "an agreed help plan version is not changed; start an update",
    ErrorCode.HELP_PLAN_NOT_AGREED: "only an agreed help plan version can be signed",
    ErrorCode.HELP_PLAN_DRAFT_OPEN: "a draft of the help plan is open; agree or continue it first",
    ErrorCode.GOAL_LEVEL_MISMATCH: (
        "activities belong under outcome goals, outcome goals under framework goals"
    ),
    ErrorCode.CONSENT_NOT_EDITABLE: "a given consent is not changed; prepare a new consent",
    ErrorCode.CONSENT_NOT_GIVEN: "the consent has not been given yet; record it as given first",
    ErrorCode.CONSENT_WITHDRAWN: "the consent has already been withdrawn in full",
    ErrorCode.DISCLOSURE_NOT_PERMITTED: (
        "no valid consent covers this disclosure; nothing was disclosed"
    ),
    ErrorCode.NAME_IN_ANONYMISED: (
        "an anonymised case discussion must not contain names of the family; use roles"
    ),
    ErrorCode.CONFERENCE_NOT_HELD: "the case conference has not been marked as held",
    ErrorCode.NO_OUTCOME_GOAL: "an agreed step has no outcome goal of the help plan to go under",
}

WARNING_TEXTS: dict[WarningCode, str] = {
    WarningCode.PARENT_VERY_YOUNG: "the parent was younger than 12 at the child's birth",
    WarningCode.PARENT_DIED_LONG_BEFORE_BIRTH: "the parent died before the child's birth",
    WarningCode.FICTITIOUS_BIRTH_DATE: "01.01. is often a fictitious date of birth",
}


def describe_error(error: DomainError) -> str:
    text = ERROR_TEXTS.get(error.code, error.code.value)
    details = []
    if "max_len" in error.params:
        details.append(f"at most {error.params['max_len']} characters")
    if "max_items" in error.params:
        details.append(f"at most {error.params['max_items']} entries")
    if "expected" in error.params:
        details.append(f"expected {error.params['expected']}")
    if (
        error.code in (ErrorCode.INVALID_DATE, ErrorCode.INVALID_CASE_NUMBER)
        and "value" in error.params
    ):
        details.append(f"got {error.params['value']!r}")
    if error.code is ErrorCode.NOT_FOUND and "entity" in error.params:
        details.append(str(error.params["entity"]).replace("_", " "))
    suffix = f" ({'; '.join(details)})" if details else ""
    where = f"{error.field}: " if error.field else ""
    return f"{where}{text}{suffix}"
