"""Help plan use cases against a real vault: versions, goals, catalogue, review, Heute."""

from __future__ import annotations

from datetime import date

import pytest

from fallmanager.domain.dates import PartialDate
from fallmanager.domain.errors import DomainError, ErrorCode
from fallmanager.domain.family import FamilyFile
from fallmanager.domain.help_plan import (
    EvidenceStatus,
    GoalLevel,
    GoalStatus,
    HelpPlanGoal,
    HelpPlanReview,
    LifeDomain,
    NeedAssessment,
    NeedLevel,
    PhraseKind,
    ResidenceRequirement,
    VersionStatus,
)
from fallmanager.domain.help_plan_catalogue import seed_catalogue
from fallmanager.domain.help_plan_view import (
    ChangeKind,
    compare_versions,
    current_version,
    help_plan_snapshot,
    is_adult,
)
from fallmanager.domain.people import Person, Sex
from fallmanager.services import family_files, help_plan, persons
from fallmanager.services.history import revert_records
from fallmanager.services.today import today_overview
from fallmanager.storage.uow import SqlUnitOfWork

TODAY = date(2026, 11, 25)


@pytest.fixture
def family(uow: SqlUnitOfWork) -> FamilyFile:
    return family_files.open_family_file(uow, opened_on=date(2026, 2, 1))


def _person(uow: SqlUnitOfWork, family: FamilyFile, given: str, born: str) -> Person:
    return persons.add_person(
        uow,
        family_id=family.id,
        given_names=given,
        family_name="Đorđević",
        sex=Sex.FEMALE,
        birth_date=PartialDate.parse(born),
        confirmed_not_duplicate=True,
        today=TODAY,
    ).person


def _detail(uow: SqlUnitOfWork, family: FamilyFile):  # type: ignore[no-untyped-def]
    return family_files.get_family_file(uow, family_id=family.id)


def test_the_catalogue_holds_the_reports_goals_and_phrases() -> None:
    catalogue = seed_catalogue()
    frameworks = catalogue.children(None)
    assert [e.german for e in frameworks] == [
        "Erfolgreicher Schulbesuch",
        "Übergang Schule-Beruf",
        "Integration in Erwerbstätigkeit",
        "Stützende und hemmende Faktoren in der zielgruppenbezogenen Arbeit",
    ]
    report_numbers = sorted(
        e.report_no for e in catalogue.entries if e.level is GoalLevel.ACTIVITY and e.report_no
    )
    assert report_numbers[0] == "1.1" and report_numbers[-1] == "4.4"
    conference = next(e for e in catalogue.entries if e.report_no == "4.4")
    assert "Fallkonferenzen" in conference.german
    assert catalogue.phrases(PhraseKind.REQUIREMENT)
    for entry in catalogue.entries:
        assert entry.german.strip()
        for language in ("en", "sq", "sr-Latn", "sr-Cyrl", "bs", "mk"):
            assert entry.in_language(language), (entry.id, language)
    # Cyrillic where it belongs, Latin where it belongs
    assert any(
        "ђ" in e.wording["sr-Cyrl"] or "ћ" in e.wording["sr-Cyrl"] for e in catalogue.entries
    )
    assert all(not any("а" <= c <= "я" for c in e.wording["sq"]) for e in catalogue.entries)


def test_a_plan_from_draft_to_agreement_signatures_and_update(
    uow: SqlUnitOfWork, family: FamilyFile
) -> None:
    mother = _person(uow, family, "Jelena", "1985-03-02")
    child = _person(uow, family, "Ana", "2012-06-01")
    version = help_plan.start_help_plan(
        uow, family_id=family.id, drawn_up_on=date(2026, 3, 1), participant_ids=(mother.id,),
        family_language="sr-Cyrl", review_on=date(2026, 9, 1),
    )  # fmt: skip
    with pytest.raises(DomainError) as error:
        help_plan.start_help_plan(uow, family_id=family.id, drawn_up_on=date(2026, 3, 2))
    assert error.value.code is ErrorCode.HELP_PLAN_EXISTS

    goals = help_plan.add_goals_from_catalogue(
        uow, version_id=version.id, parent_id=None, entry_ids=["1"]
    )
    framework = goals[0]
    assert framework.level is GoalLevel.FRAMEWORK and framework.catalogue_id == "1"
    assert {g.level for g in goals} == set(GoalLevel)
    outcome = next(g for g in goals if g.parent_id == framework.id)
    activity = help_plan.add_goal(
        uow, version_id=version.id, parent_id=outcome.id, level=GoalLevel.ACTIVITY,
        wording="Schulbescheinigung für Ana holen", person_ids=(child.id,),
        domains=(LifeDomain.SCHOOL_CHILDCARE,), responsible_is_family=True,
        due_on=date(2026, 4, 1),
    )  # fmt: skip
    with pytest.raises(DomainError) as error:
        help_plan.add_goal(
            uow, version_id=version.id, parent_id=framework.id, level=GoalLevel.ACTIVITY,
            wording="falsch eingehängt",
        )  # fmt: skip
    assert error.value.code is ErrorCode.GOAL_LEVEL_MISMATCH
    help_plan.set_translation(
        uow, owner_id=activity.id, language="sr-Cyrl", wording="Узети потврду о школовању"
    )
    need = NeedAssessment(
        version_id=version.id, person_id=child.id, domain=LifeDomain.SCHOOL_CHILDCARE,
        resources="geht gern zur Schule", needs="Hausaufgabenhilfe", level=NeedLevel.MEDIUM,
    )  # fmt: skip
    help_plan.save_need(uow, need=need)
    requirement = ResidenceRequirement(version_id=version.id, wording="Pass vorlegen")
    help_plan.save_requirement(uow, requirement=requirement)

    snapshot = help_plan_snapshot(_detail(uow, family), version.id)
    assert snapshot.wording_in(activity, "sr-Cyrl") == "Узети потврду о школовању"
    assert snapshot.needs_review_in(activity, "sr-Cyrl")
    # a catalogue goal prints the catalogue's translation while its wording is unchanged
    assert snapshot.wording_in(framework, "mk") == seed_catalogue().entry("1").wording["mk"]  # type: ignore[union-attr]
    assert snapshot.wording_in(activity, "sq") is None

    agreed = help_plan.agree_version(uow, version_id=version.id, agreed_on=date(2026, 3, 5))
    assert [v.status for v in agreed.after] == [VersionStatus.AGREED]  # type: ignore[attr-defined]
    # content is kept; progress is still recorded on the running plan
    with pytest.raises(DomainError) as error:
        help_plan.add_goal(
            uow, version_id=version.id, parent_id=None, level=GoalLevel.FRAMEWORK, wording="x"
        )
    assert error.value.code is ErrorCode.HELP_PLAN_NOT_EDITABLE
    help_plan.set_goal_status(uow, goal_id=activity.id, status=GoalStatus.DONE)
    help_plan.set_evidence(uow, requirement_id=requirement.id, evidence=EvidenceStatus.REQUESTED)
    with pytest.raises(DomainError):
        help_plan.set_goal_status(uow, goal_id=activity.id, status=GoalStatus.DROPPED)
    signed = help_plan.record_signatures(
        uow, version_id=version.id, signed_on=date(2026, 3, 6),
        signed_by_ids=(mother.id,), signed_by_case_manager=True,
    )  # fmt: skip
    assert signed.after[0].signed_on == date(2026, 3, 6)  # type: ignore[attr-defined]

    update = help_plan.start_update(uow, family_id=family.id, drawn_up_on=date(2026, 9, 2))
    new_version = update.after[0]
    with pytest.raises(DomainError) as error:
        help_plan.start_update(uow, family_id=family.id, drawn_up_on=date(2026, 9, 3))
    assert error.value.code is ErrorCode.HELP_PLAN_DRAFT_OPEN
    detail = _detail(uow, family)
    assert current_version(detail).id == new_version.id  # type: ignore[union-attr]
    old = help_plan_snapshot(detail, version.id)
    new = help_plan_snapshot(detail, new_version.id)
    assert len(new.goals) == len(old.goals) and len(new.requirements) == 1
    copied = next(g for g in new.goals if g.origin_id == activity.id)
    assert copied.status is GoalStatus.DONE
    assert new.wording_in(copied, "sr-Cyrl") == "Узети потврду о школовању"
    assert compare_versions(old, new).is_empty

    (copied_requirement,) = new.requirements
    help_plan.save_requirement(
        uow, requirement=ResidenceRequirement(
            id=copied_requirement.id, version_id=new_version.id, wording="Gültigen Pass vorlegen",
            evidence=EvidenceStatus.PRESENT, origin_id=copied_requirement.origin_id,
        ),
    )  # fmt: skip
    help_plan.remove_goal(uow, goal_id=copied.id)
    help_plan.add_goal(
        uow, version_id=new_version.id, parent_id=None, level=GoalLevel.FRAMEWORK,
        wording="Integration in Erwerbstätigkeit",
    )  # fmt: skip
    detail = _detail(uow, family)
    diff = compare_versions(
        help_plan_snapshot(detail, version.id), help_plan_snapshot(detail, new_version.id)
    )
    (changed,) = diff.requirements
    assert changed.kind is ChangeKind.CHANGED and set(changed.fields) == {"wording", "evidence"}
    assert {c.kind for c in diff.goals} == {ChangeKind.ADDED, ChangeKind.REMOVED}
    help_plan.agree_version(uow, version_id=new_version.id, agreed_on=date(2026, 9, 4))
    statuses = {v.number: v.status for v in _detail(uow, family).help_plan_versions}
    assert statuses == {1: VersionStatus.SUPERSEDED, 2: VersionStatus.AGREED}
    assert is_adult(mother, TODAY) and not is_adult(child, TODAY)


def test_moving_goals_keeps_positions_dense_and_refuses_wrong_levels(
    uow: SqlUnitOfWork, family: FamilyFile
) -> None:
    version = help_plan.start_help_plan(uow, family_id=family.id, drawn_up_on=date(2026, 3, 1))
    first, second = (
        help_plan.add_goal(
            uow, version_id=version.id, parent_id=None, level=GoalLevel.FRAMEWORK, wording=name
        )
        for name in ("A", "B")
    )
    outcomes = [
        help_plan.add_goal(
            uow, version_id=version.id, parent_id=first.id, level=GoalLevel.OUTCOME, wording=name
        )
        for name in ("a1", "a2", "a3")
    ]
    change = help_plan.move_goal(uow, goal_id=outcomes[0].id, parent_id=second.id, position=0)
    snapshot = help_plan_snapshot(_detail(uow, family), version.id)
    assert [g.wording for g in snapshot.goals_under(first.id)] == ["a2", "a3"]
    assert [g.position for g in snapshot.goals_under(first.id)] == [0, 1]
    assert [g.wording for g in snapshot.goals_under(second.id)] == ["a1"]
    # undo through the history puts everything back
    revert_records(uow, records=change.before)
    snapshot = help_plan_snapshot(_detail(uow, family), version.id)
    assert [g.wording for g in snapshot.goals_under(first.id)] == ["a1", "a2", "a3"]
    help_plan.move_goal(uow, goal_id=outcomes[2].id, parent_id=first.id, position=0)
    snapshot = help_plan_snapshot(_detail(uow, family), version.id)
    assert [g.wording for g in snapshot.goals_under(first.id)] == ["a3", "a1", "a2"]
    with pytest.raises(DomainError) as error:
        help_plan.move_goal(uow, goal_id=outcomes[1].id, parent_id=None, position=0)
    assert error.value.code is ErrorCode.GOAL_LEVEL_MISMATCH
    removed = help_plan.remove_goal(uow, goal_id=first.id)
    assert {type(r) for r in removed.before} == {HelpPlanGoal}
    assert len(removed.before) == 4  # the framework goal with its three outcome goals
    snapshot = help_plan_snapshot(_detail(uow, family), version.id)
    assert [g.wording for g in snapshot.goals_under(None)] == ["B"]


def test_review_starts_the_next_version_and_heute_lists_what_is_due(
    uow: SqlUnitOfWork, family: FamilyFile
) -> None:
    version = help_plan.start_help_plan(
        uow, family_id=family.id, drawn_up_on=date(2026, 3, 1), review_on=date(2026, 11, 1)
    )
    framework, *_ = help_plan.add_goals_from_catalogue(
        uow, version_id=version.id, parent_id=None, entry_ids=["3"]
    )
    outcome = next(
        g
        for g in help_plan_snapshot(_detail(uow, family), version.id).goals
        if g.parent_id == framework.id
    )
    due = help_plan.add_goal(
        uow, version_id=version.id, parent_id=outcome.id, level=GoalLevel.ACTIVITY,
        wording="Termin im Integration Point wahrnehmen", due_on=date(2026, 11, 20),
    )  # fmt: skip
    help_plan.add_goal(
        uow, version_id=version.id, parent_id=outcome.id, level=GoalLevel.ACTIVITY,
        wording="später", due_on=date(2027, 1, 20),
    )  # fmt: skip

    def overview():  # type: ignore[no-untyped-def]
        return today_overview(uow, today=TODAY, not_visited_days=42)

    # a draft is not the running plan yet
    assert not overview().activities_due and not overview().reviews_due
    help_plan.agree_version(uow, version_id=version.id, agreed_on=date(2026, 3, 2))
    shown = overview()
    assert [a.goal_id for a in shown.activities_due] == [due.id]
    assert shown.activities_due[0].overdue and shown.activities_due_total == 1
    assert [r.version_id for r in shown.reviews_due] == [version.id]
    assert shown.reviews_due[0].case_number == family.case_number

    result = help_plan.record_review(
        uow, version_id=version.id, held_on=TODAY, achieved="Termin vereinbart",
        next_review_on=date(2027, 5, 1),
    )  # fmt: skip
    assert len(result.created) > 2
    shown = overview()
    # the review is held; the agreed plan runs on (and its activities stay due) until the
    # update, still a draft, is agreed
    assert not shown.reviews_due and [a.goal_id for a in shown.activities_due] == [due.id]
    detail = _detail(uow, family)
    assert [v.number for v in detail.help_plan_versions] == [1, 2]
    assert detail.help_plan_reviews[0].achieved == "Termin vereinbart"
    # a second review while the update is still a draft continues that draft
    again = help_plan.record_review(uow, version_id=version.id, held_on=TODAY, achieved="")
    assert [type(r) for r in again.created] == [HelpPlanReview]
    assert len(_detail(uow, family).help_plan_versions) == 2
    # once the update is agreed, the first plan is superseded and leaves the list
    help_plan.agree_version(uow, version_id=detail.help_plan_versions[1].id, agreed_on=TODAY)
    assert [a.goal_id for a in overview().activities_due] != [due.id]


def test_own_catalogue_phrases_join_the_catalogue(uow: SqlUnitOfWork) -> None:
    phrase = help_plan.add_catalogue_phrase(
        uow,
        kind=PhraseKind.ACTIVITY,
        wording="Kita-Platz suchen ",
        domain=LifeDomain.SCHOOL_CHILDCARE,
    )
    catalogue = help_plan.catalogue(uow)
    entry = catalogue.entry(f"own:{phrase.id}")
    assert entry is not None and entry.own and entry.german == "Kita-Platz suchen"
    assert entry.level is GoalLevel.ACTIVITY
