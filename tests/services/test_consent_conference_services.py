"""Consents, case conferences and the disclosure log against a real vault."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, replace
from datetime import date, datetime

import pytest

from fallmanager.domain.case_conference import AgreedStep, CaseConference, ConferenceTopic
from fallmanager.domain.conference_view import conference_snapshot, consent_overview
from fallmanager.domain.consent import (
    Consent,
    ConsentForm,
    ConsentPurpose,
    ConsentStatus,
    ConsentWithdrawal,
    DataCategory,
)
from fallmanager.domain.consent_gate import GateReason
from fallmanager.domain.dates import PartialDate
from fallmanager.domain.disclosure import Disclosure, DocumentKind, RecipientKind
from fallmanager.domain.errors import DomainError, ErrorCode
from fallmanager.domain.family import FamilyFile
from fallmanager.domain.help_plan import GoalLevel, HelpPlanGoal, VersionStatus
from fallmanager.domain.network import Actor, ActorKind
from fallmanager.domain.people import Person, Sex
from fallmanager.domain.tasks import Task
from fallmanager.services import (
    case_conference,
    consent,
    disclosure,
    family_files,
    help_plan,
    network,
    persons,
    relationships,
)
from fallmanager.services.history import apply_records
from fallmanager.services.today import today_overview
from fallmanager.storage.uow import SqlUnitOfWork

TODAY = date(2026, 11, 25)
CONFERENCE_AT = datetime(2026, 12, 10, 10, 0)


@dataclass
class Family:
    file: FamilyFile
    mother: Person
    father: Person
    child: Person
    jobcenter: Actor
    school: Actor


def _person(uow: SqlUnitOfWork, family: FamilyFile, given: str, born: str, sex: Sex) -> Person:
    return persons.add_person(
        uow,
        family_id=family.id,
        given_names=given,
        family_name="Krasniqi",
        sex=sex,
        birth_date=PartialDate.parse(born),
        confirmed_not_duplicate=True,
        today=TODAY,
    ).person


@pytest.fixture
def family(uow: SqlUnitOfWork) -> Family:
    file = family_files.open_family_file(uow, opened_on=date(2026, 1, 5))
    mother = _person(uow, file, "Ardita", "1986-03-02", Sex.FEMALE)
    father = _person(uow, file, "Driton", "1983", Sex.MALE)
    child = _person(uow, file, "Arben", "2014-05-09", Sex.MALE)
    for parent in (mother, father):
        relationships.record_parent_child(
            uow, parent_id=parent.id, child_id=child.id, has_custody=True
        )
    jobcenter = network.add_actor(uow, name="Jobcenter Musterstadt", kind=ActorKind.JOBCENTER)
    school = network.add_actor(uow, name="Hauptschule Am Park", kind=ActorKind.SCHOOL)
    return Family(file, mother, father, child, jobcenter, school)


def _consent(f: Family, **changes: object) -> Consent:
    base = Consent(
        family_id=f.file.id,
        subject_ids=(f.mother.id, f.father.id, f.child.id),
        recipient_actor_ids=(f.school.id,),
        categories=("school",),
        purposes=("case_conference",),
        prepared_on=date(2026, 11, 20),
    )
    return replace(base, **changes)  # type: ignore[arg-type]


def _give(uow: SqlUnitOfWork, f: Family, record: Consent, **changes: object) -> Consent:
    consent.save_consent(uow, consent=record, today=TODAY)
    arguments: dict[str, object] = {
        "consent_id": record.id,
        "given_on": date(2026, 11, 21),
        "given_by_ids": (f.mother.id, f.father.id),
        "form": ConsentForm.WRITTEN,
        "expires_on": date(2027, 11, 20),
        "today": TODAY,
    }
    arguments.update(changes)
    change = consent.give_consent(uow, **arguments)  # type: ignore[arg-type]
    given = change.after[0]
    assert isinstance(given, Consent)
    return given


def _detail(uow: SqlUnitOfWork, f: Family):  # type: ignore[no-untyped-def]
    return family_files.get_family_file(uow, family_id=f.file.id)


def test_prepare_give_and_freeze_a_consent(uow: SqlUnitOfWork, family: Family) -> None:
    prepared = _consent(family)
    consent.save_consent(uow, consent=prepared, today=TODAY)
    wider = replace(prepared, categories=("school", "health"))
    change = consent.save_consent(uow, consent=wider, today=TODAY)
    assert change.before == (prepared,) and change.after == (wider,)
    given = _give(uow, family, wider)
    assert given.status is ConsentStatus.GIVEN
    with pytest.raises(DomainError) as error:
        consent.save_consent(uow, consent=replace(given, categories=("school",)), today=TODAY)
    assert error.value.code is ErrorCode.CONSENT_NOT_EDITABLE
    with pytest.raises(DomainError) as error:
        consent.remove_consent(uow, consent_id=given.id)
    assert error.value.code is ErrorCode.CONSENT_NOT_EDITABLE
    grants = consent_overview(_detail(uow, family), TODAY)
    assert {(g.recipient_actor_id, g.category) for g in grants} == {
        (family.school.id, DataCategory.SCHOOL),
        (family.school.id, DataCategory.HEALTH),
    }


def test_consent_input_is_checked(uow: SqlUnitOfWork, family: Family) -> None:
    stranger = family_files.open_family_file(uow, opened_on=date(2026, 1, 5))
    outsider = _person(uow, stranger, "Lena", "1990", Sex.FEMALE)
    with pytest.raises(DomainError) as error:
        consent.save_consent(uow, consent=_consent(family, subject_ids=(outsider.id,)), today=TODAY)
    assert (error.value.code, error.value.field) == (ErrorCode.NOT_A_MEMBER, "subject_ids")
    with pytest.raises(DomainError) as error:
        consent.save_consent(
            uow, consent=_consent(family, recipient_actor_ids=(uuid.uuid4(),)), today=TODAY
        )
    assert error.value.code is ErrorCode.NOT_FOUND
    record = _consent(family)
    with pytest.raises(DomainError) as error:
        _give(uow, family, record, given_on=date(2026, 12, 1))
    assert (error.value.code, error.value.field) == (ErrorCode.DATE_IN_FUTURE, "given_on")
    with pytest.raises(DomainError) as error:
        consent.give_consent(
            uow,
            consent_id=record.id,
            given_on=TODAY,
            given_by_ids=(family.mother.id,),
            form=ConsentForm.VERBAL,
            expires_on=date(2027, 1, 1),
            today=TODAY,
        )
    assert (error.value.code, error.value.field) == (ErrorCode.REQUIRED, "witness")
    with uow:
        assert uow.records.require(Consent, record.id).status is ConsentStatus.PREPARED


def test_withdrawal_takes_effect_at_once_and_is_append_only(
    uow: SqlUnitOfWork, family: Family
) -> None:
    given = _give(
        uow, family, _consent(family, recipient_actor_ids=(family.school.id, family.jobcenter.id))
    )
    partial = ConsentWithdrawal(
        consent_id=given.id,
        withdrawn_on=TODAY,
        full=False,
        recipient_actor_ids=(family.jobcenter.id,),
        declared_by_ids=(family.mother.id,),
    )
    consent.withdraw_consent(uow, withdrawal=partial, today=TODAY)
    recipients = {g.recipient_actor_id for g in consent_overview(_detail(uow, family), TODAY)}
    assert recipients == {family.school.id}
    with pytest.raises(DomainError) as error:
        consent.withdraw_consent(
            uow,
            withdrawal=ConsentWithdrawal(consent_id=given.id, withdrawn_on=date(2026, 12, 24)),
            today=TODAY,
        )
    assert error.value.code is ErrorCode.DATE_IN_FUTURE
    with pytest.raises(DomainError) as error:
        consent.withdraw_consent(
            uow,
            withdrawal=ConsentWithdrawal(
                consent_id=given.id, withdrawn_on=TODAY, full=False, categories=("health",)
            ),
            today=TODAY,
        )
    assert error.value.code is ErrorCode.INVALID_VALUE
    consent.withdraw_consent(
        uow, withdrawal=ConsentWithdrawal(consent_id=given.id, withdrawn_on=TODAY), today=TODAY
    )
    assert consent_overview(_detail(uow, family), TODAY) == ()
    with pytest.raises(DomainError) as error:
        consent.withdraw_consent(
            uow, withdrawal=ConsentWithdrawal(consent_id=given.id, withdrawn_on=TODAY), today=TODAY
        )
    assert error.value.code is ErrorCode.CONSENT_WITHDRAWN
    with pytest.raises(DomainError) as error:
        apply_records(uow, withdraw=[(ConsentWithdrawal, partial.id)])
    assert error.value.code is ErrorCode.NOTE_IMMUTABLE


def _plan(uow: SqlUnitOfWork, f: Family, **changes: object) -> CaseConference:
    conference = CaseConference(
        family_id=f.file.id,
        starts_at=CONFERENCE_AT,
        participant_actor_ids=(f.school.id, f.jobcenter.id),
        case_label=case_conference.new_case_label(uow),
    )
    conference = replace(conference, **changes)  # type: ignore[arg-type]
    case_conference.save_conference(uow, conference=conference)
    return conference


def test_plan_a_conference_and_see_the_gate(uow: SqlUnitOfWork, family: Family) -> None:
    conference = _plan(uow, family)
    assert conference.case_label.startswith("FK-") and len(conference.case_label) == 8
    topic = ConferenceTopic(
        conference_id=conference.id,
        title="Schulbesuch",
        categories=("school",),
        person_ids=(family.child.id,),
    )
    case_conference.save_topic(uow, topic=topic)
    second = ConferenceTopic(conference_id=conference.id, title="Termine")
    stored = case_conference.save_topic(uow, topic=second).after[0]
    assert isinstance(stored, ConferenceTopic) and stored.position == 1
    snapshot = conference_snapshot(_detail(uow, family), conference.id)
    assert [t.title for t in snapshot.topics] == ["Schulbesuch", "Termine"]
    problems = snapshot.gate.problems(family.school.id)
    assert [(p.person_id, p.reason) for p in problems] == [(family.child.id, GateReason.NO_CONSENT)]
    # Consent recorded after the conference was planned opens the gate for the school only.
    _give(uow, family, _consent(family))
    snapshot = conference_snapshot(_detail(uow, family), conference.id)
    assert snapshot.gate.allowed_topics(family.school.id) == snapshot.topics
    assert [t.title for t in snapshot.gate.allowed_topics(family.jobcenter.id)] == ["Termine"]
    problem = snapshot.gate.problems(family.jobcenter.id)[0]
    assert problem.reason is GateReason.RECIPIENT_NOT_COVERED
    moved = case_conference.move_topic(uow, topic_id=second.id, offset=-1)
    assert len(moved.after) == 2
    snapshot = conference_snapshot(_detail(uow, family), conference.id)
    assert [t.title for t in snapshot.topics] == ["Termine", "Schulbesuch"]


def test_an_anonymised_discussion_refuses_names(uow: SqlUnitOfWork, family: Family) -> None:
    with pytest.raises(DomainError) as error:
        _plan(uow, family, anonymised=True, participant_person_ids=(family.mother.id,))
    assert error.value.field == "participant_person_ids"
    conference = _plan(uow, family, anonymised=True)
    with pytest.raises(DomainError) as error:
        case_conference.save_topic(
            uow,
            topic=ConferenceTopic(conference_id=conference.id, title="Schulbesuch von Arben"),
        )
    assert error.value.code is ErrorCode.NAME_IN_ANONYMISED
    assert error.value.params["name"] == "Arben"
    topic = ConferenceTopic(
        conference_id=conference.id, title="Schulbesuch des Kindes", categories=("school",)
    )
    case_conference.save_topic(uow, topic=topic)
    with pytest.raises(DomainError) as error:
        case_conference.save_step(
            uow, step=AgreedStep(topic_id=topic.id, wording="Familie KRASNIQI informieren")
        )
    assert error.value.code is ErrorCode.NAME_IN_ANONYMISED
    snapshot = conference_snapshot(_detail(uow, family), conference.id)
    assert snapshot.gate.fully_permitted


def _agreed_plan(uow: SqlUnitOfWork, f: Family) -> HelpPlanGoal:
    version = help_plan.start_help_plan(uow, family_id=f.file.id, drawn_up_on=date(2026, 3, 1))
    framework = help_plan.add_goal(
        uow,
        version_id=version.id,
        parent_id=None,
        level=GoalLevel.FRAMEWORK,
        wording="Erfolgreicher Schulbesuch",
    )
    outcome = help_plan.add_goal(
        uow,
        version_id=version.id,
        parent_id=framework.id,
        level=GoalLevel.OUTCOME,
        wording="Regelmäßiger Schulbesuch",
    )
    help_plan.agree_version(uow, version_id=version.id, agreed_on=date(2026, 3, 2))
    return outcome


def test_agreed_steps_become_activities_and_tasks(uow: SqlUnitOfWork, family: Family) -> None:
    outcome = _agreed_plan(uow, family)
    conference = _plan(uow, family)
    topic = ConferenceTopic(
        conference_id=conference.id,
        title="Schulbesuch",
        categories=("school",),
        goal_ids=(outcome.id,),
        result="Die Schule meldet Fehlzeiten wöchentlich.",
    )
    case_conference.save_topic(uow, topic=topic)
    step = AgreedStep(
        topic_id=topic.id,
        wording="Fehlzeiten wöchentlich melden",
        person_ids=(family.child.id,),
        responsible_actor_id=family.school.id,
        due_on=date(2027, 1, 15),
    )
    case_conference.save_step(uow, step=step)
    change = case_conference.take_steps_into_help_plan(
        uow, conference_id=conference.id, step_ids=[step.id], today=TODAY, task_note="FK"
    )
    detail = _detail(uow, family)
    draft = next(v for v in detail.help_plan_versions if v.status is VersionStatus.DRAFT)
    assert draft.number == 2  # a Fortschreibung was started for it
    activity = next(g for g in detail.help_plan_goals if g.wording == step.wording)
    assert activity.version_id == draft.id and activity.level is GoalLevel.ACTIVITY
    parent = next(g for g in detail.help_plan_goals if g.id == activity.parent_id)
    assert parent.origin_id == outcome.id  # the draft's copy of the topic's outcome goal
    assert activity.responsible_actor_id == family.school.id
    task = next(t for t in detail.tasks if t.title == step.wording)
    assert task.due_on == date(2027, 1, 15) and task.person_id == family.child.id
    assert task.responsible == "Hauptschule Am Park"
    taken = next(s for s in detail.agreed_steps if s.id == step.id)
    assert (taken.activity_id, taken.task_id) == (activity.id, task.id)
    # Taking it over twice changes nothing.
    again = case_conference.take_steps_into_help_plan(
        uow, conference_id=conference.id, step_ids=[step.id], today=TODAY
    )
    assert again.after == ()
    # Undo withdraws the draft, the activity and the task, and resets the step.
    apply_records(
        uow,
        revert=[r for r in change.before if r.id in {a.id for a in change.after}],
        withdraw=[(type(r), r.id) for r in change.created],
    )
    detail = _detail(uow, family)
    assert [v.status for v in detail.help_plan_versions] == [VersionStatus.AGREED]
    assert not any(t.title == step.wording for t in detail.tasks)
    assert not next(s for s in detail.agreed_steps if s.id == step.id).taken_into_help_plan


def test_a_step_without_outcome_goal_is_refused_and_nothing_is_left(
    uow: SqlUnitOfWork, family: Family
) -> None:
    _agreed_plan(uow, family)
    conference = _plan(uow, family)
    topic = ConferenceTopic(conference_id=conference.id, title="Sonstiges")
    case_conference.save_topic(uow, topic=topic)
    step = AgreedStep(topic_id=topic.id, wording="Rückruf")
    case_conference.save_step(uow, step=step)
    with pytest.raises(DomainError) as error:
        case_conference.take_steps_into_help_plan(
            uow, conference_id=conference.id, step_ids=[step.id], today=TODAY
        )
    assert error.value.code is ErrorCode.NO_OUTCOME_GOAL
    detail = _detail(uow, family)
    assert [v.number for v in detail.help_plan_versions] == [1]
    with uow:
        assert not uow.records.find(Task, family_id=family.file.id)


def test_minutes_translation_for_the_results_sheet(uow: SqlUnitOfWork, family: Family) -> None:
    conference = _plan(uow, family)
    topic = ConferenceTopic(conference_id=conference.id, title="Schule", result="Gut.")
    case_conference.save_topic(uow, topic=topic)
    case_conference.set_minutes_translation(uow, owner_id=topic.id, language="sq", wording="Mirë.")
    detail = _detail(uow, family)
    assert [(t.owner_id, t.wording) for t in detail.text_translations] == [(topic.id, "Mirë.")]
    removed = case_conference.remove_conference(uow, conference_id=conference.id)
    assert {type(r) for r in removed.before} == {CaseConference, ConferenceTopic}


def test_disclosures_to_an_organisation_pass_the_gate(uow: SqlUnitOfWork, family: Family) -> None:
    document = Disclosure(
        family_id=family.file.id,
        disclosed_at=datetime(2026, 11, 25, 9, 0),
        document=DocumentKind.HELP_PLAN_FAMILY,
        title="Hilfeplan Erstplan",
        recipient_kind=RecipientKind.ACTOR,
        recipient_actor_id=family.school.id,
        categories=("help_plan",),
    )
    with pytest.raises(DomainError) as error:
        disclosure.require_permitted(
            uow, disclosure=document, purpose=ConsentPurpose.CASE_CONFERENCE, on=TODAY
        )
    assert error.value.code is ErrorCode.DISCLOSURE_NOT_PERMITTED
    assert disclosure.disclosure_log(uow, family_id=family.file.id) == ()
    given = _give(uow, family, _consent(family, categories=("help_plan",)))
    logged = disclosure.require_permitted(
        uow, disclosure=document, purpose=ConsentPurpose.CASE_CONFERENCE, on=TODAY
    )
    assert logged.consent_ids == (given.id,)
    assert disclosure.disclosure_log(uow, family_id=family.file.id) == (logged,)
    # Anonymised or for the family itself: no consent needed, none recorded.
    own = replace(document, id=uuid.uuid4(), recipient_kind=RecipientKind.FAMILY,
                  recipient_actor_id=None)  # fmt: skip
    disclosure.record_disclosures(uow, disclosures=[own])
    assert len(disclosure.disclosure_log(uow, family_id=family.file.id)) == 2


def test_heute_lists_consents_running_out(uow: SqlUnitOfWork, family: Family) -> None:
    soon = _give(uow, family, _consent(family), expires_on=date(2026, 12, 5))
    _give(uow, family, _consent(family), expires_on=date(2027, 6, 1))
    lapsed = _give(uow, family, _consent(family), expires_on=date(2026, 11, 22))
    withdrawn = _give(uow, family, _consent(family), expires_on=date(2026, 12, 1))
    consent.withdraw_consent(
        uow, withdrawal=ConsentWithdrawal(consent_id=withdrawn.id, withdrawn_on=TODAY), today=TODAY
    )
    overview = today_overview(uow, today=TODAY, not_visited_days=60)
    listed = [(c.consent_id, c.expired) for c in overview.expiring_consents]
    assert listed == [(lapsed.id, True), (soon.id, False)]
    assert overview.expiring_consents_total == 2
    assert overview.expiring_consents[0].recipient_names == ("Hauptschule Am Park",)
    assert overview.expiring_consents[0].case_number == family.file.case_number


def _pdf_text(path_or_bytes: object) -> str:
    import io

    from pypdf import PdfReader

    data = path_or_bytes.read_bytes() if hasattr(path_or_bytes, "read_bytes") else path_or_bytes
    reader = PdfReader(io.BytesIO(data))  # type: ignore[arg-type]
    return "\n".join(page.extract_text() or "" for page in reader.pages)


def test_export_writes_only_permitted_agendas_and_logs_each(
    uow: SqlUnitOfWork, family: Family, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    from fallmanager.reports.help_plan import PrintOptions
    from fallmanager.services.conference_documents import (
        export_conference_documents,
        prepare_minutes,
        prepare_results_sheet,
        save_document,
    )

    given = _give(uow, family, _consent(family))
    third = network.add_actor(
        uow, name="Ausländerbehörde Musterstadt", kind=ActorKind.IMMIGRATION_OFFICE
    )
    conference = _plan(
        uow, family, participant_actor_ids=(family.school.id, family.jobcenter.id, third.id)
    )
    school_topic = ConferenceTopic(
        conference_id=conference.id,
        title="Schulbesuch regelmäßig",
        categories=("school",),
        person_ids=(family.child.id,),
    )
    work_topic = ConferenceTopic(
        conference_id=conference.id,
        title="Arbeitsaufnahme der Eltern",
        categories=("work_benefits",),
    )
    case_conference.save_topic(uow, topic=school_topic)
    case_conference.save_topic(uow, topic=work_topic)
    now = datetime(2026, 11, 25, 9, 30)
    result = export_conference_documents(
        uow,
        family_id=family.file.id,
        conference_id=conference.id,
        folder=tmp_path,
        options=PrintOptions(language="sq", printed_on=TODAY),
        organiser_name="Fallmanagement Sozialamt",
        organiser_email="fallmanagement@stadt.example",
        now=now,
        include_family=True,
    )
    # Only the school may see a topic; the job centre and the immigration office get nothing.
    assert set(result.skipped) == {family.jobcenter.id, third.id}
    names = sorted(p.name for p in result.files)
    assert names == [
        f"Einladung_{conference.case_label}.ics",
        f"Tagesordnung_{conference.case_label}_Familie.pdf",
        f"Tagesordnung_{conference.case_label}_Hauptschule-Am-Park.pdf",
    ]
    school_agenda = _pdf_text(tmp_path / names[2])
    assert "Schulbesuch regelmäßig" in school_agenda
    assert "Arbeitsaufnahme" not in school_agenda
    family_agenda = _pdf_text(tmp_path / names[1])
    assert "Arbeitsaufnahme der Eltern" in family_agenda
    ics = (tmp_path / names[0]).read_bytes().decode()
    for secret in ("Arben", "Krasniqi", "Schulbesuch", family.file.case_number):
        assert secret not in ics
    log = disclosure.disclosure_log(uow, family_id=family.file.id)
    by_kind = {(d.document, d.recipient_kind, d.recipient_actor_id) for d in log}
    assert by_kind == {
        (DocumentKind.AGENDA, RecipientKind.ACTOR, family.school.id),
        (DocumentKind.INVITATION, RecipientKind.ACTOR, family.school.id),
        (DocumentKind.AGENDA, RecipientKind.FAMILY, None),
    }
    school_log = next(d for d in log if d.document is DocumentKind.AGENDA and d.recipient_actor_id)
    assert school_log.consent_ids == (given.id,)
    assert school_log.categories == ("school",) and school_log.person_ids == (family.child.id,)
    # Minutes for the school hold only its topic; the file copy holds both.
    minutes = prepare_minutes(
        uow,
        family_id=family.file.id,
        conference_id=conference.id,
        recipient_actor_id=family.school.id,
        options=PrintOptions(printed_on=TODAY),
        now=now,
    )
    text = _pdf_text(minutes.data)
    assert "Schulbesuch regelmäßig" in text and "Arbeitsaufnahme" not in text
    assert "Arben" not in minutes.suggested_name
    saved = save_document(uow, document=minutes, path=tmp_path / minutes.suggested_name)
    assert saved.consent_ids == (given.id,)
    sheet = prepare_results_sheet(
        uow,
        family_id=family.file.id,
        conference_id=conference.id,
        options=PrintOptions(language="sq", printed_on=TODAY),
        now=now,
    )
    assert sheet.disclosure.recipient_kind is RecipientKind.FAMILY
    assert sheet.disclosure.language == "sq"
    assert len(disclosure.disclosure_log(uow, family_id=family.file.id)) == 4
