"""Texts and choices shared by the parts of the Fallkonferenzen tab: times, persons, actors,
data categories, the help plan's goals and the roles of an anonymised case discussion."""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from datetime import date, datetime, time, timedelta

from PySide6.QtCore import QCoreApplication

from fallmanager.domain.case_conference import CaseConference, ConferenceTopic
from fallmanager.domain.conference_view import ConferenceSnapshot
from fallmanager.domain.consent import DataCategory
from fallmanager.domain.family_file_detail import FamilyFileDetail
from fallmanager.domain.genogram.anonymise import role_labels
from fallmanager.domain.genogram.input import genogram_input
from fallmanager.domain.help_plan import GoalLevel, HelpPlanGoal, HelpPlanVersion
from fallmanager.domain.help_plan_view import current_version
from fallmanager.domain.network import Actor
from fallmanager.domain.people import Person
from fallmanager.ui.family_file.person_format import person_name, sorted_persons
from fallmanager.ui.texts import label
from fallmanager.ui.widgets.collation import sorted_by
from fallmanager.ui.widgets.dates import format_date

#: A conference is planned for this time of day unless the user chooses another.
DEFAULT_START = time(10, 0)
_WEEKEND = (5, 6)  # Saturday, Sunday


def next_working_day(today: date) -> date:
    """The next day from Monday to Friday after ``today``."""
    day = today + timedelta(days=1)
    while day.weekday() in _WEEKEND:
        day += timedelta(days=1)
    return day


def default_start(today: date) -> datetime:
    """When a new conference is proposed: the next working day at 10:00."""
    return datetime.combine(next_working_day(today), DEFAULT_START)


def clock(moment: datetime) -> str:
    return f"{moment.hour:02d}:{moment.minute:02d}"


def conference_when(conference: CaseConference) -> str:
    """ "12.03.2027, 10:00–11:30" """
    end = conference.starts_at + timedelta(minutes=conference.duration_minutes)
    return QCoreApplication.translate("ConferenceFormat", "{date}, {start}–{end}").format(
        date=format_date(conference.held_on), start=clock(conference.starts_at), end=clock(end)
    )


def conference_title(conference: CaseConference) -> str:
    """ "Fallkonferenz am 12.03.2027" (undo texts, dialog titles)."""
    return QCoreApplication.translate("ConferenceFormat", "Fallkonferenz am {date}").format(
        date=format_date(conference.held_on)
    )


def conference_heading(conference: CaseConference) -> str:
    """ "Fallkonferenz am 12.03.2027, 10:00–11:30" """
    end = conference.starts_at + timedelta(minutes=conference.duration_minutes)
    return QCoreApplication.translate(
        "ConferenceFormat", "Fallkonferenz am {date}, {start}–{end}"
    ).format(
        date=format_date(conference.held_on), start=clock(conference.starts_at), end=clock(end)
    )


def actor_text(actors: Iterable[Actor], actor_id: uuid.UUID | None) -> str:
    """An actor's name; "Fallmanagement" for none (the case manager)."""
    if actor_id is None:
        return QCoreApplication.translate("ConferenceFormat", "Fallmanagement")
    actor = next((a for a in actors if a.id == actor_id), None)
    if actor is None:
        return QCoreApplication.translate("ConferenceFormat", "unbekannte Stelle")
    return actor.name


def actor_list(actors: Iterable[Actor], actor_ids: Iterable[uuid.UUID]) -> str:
    by_id = {a.id: a for a in actors}
    return ", ".join(by_id[a].name for a in actor_ids if a in by_id)


def persons_text(
    detail: FamilyFileDetail, person_ids: Iterable[uuid.UUID], *, whole_family: bool = True
) -> str:
    """The persons' names; "ganze Familie" for none (a topic about the family as a whole)."""
    names = [person_name(p) for pid in person_ids if (p := detail.person(pid)) is not None]
    if not names:
        return (
            QCoreApplication.translate("ConferenceFormat", "ganze Familie") if whole_family else ""
        )
    return ", ".join(names)


def categories_text(categories: Iterable[str]) -> str:
    """The data categories by name; "keine personenbezogenen Daten" for none."""
    names = [label(DataCategory(c)) for c in categories]
    if not names:
        return QCoreApplication.translate("ConferenceFormat", "keine personenbezogenen Daten")
    return ", ".join(names)


def topic_heading(topic: ConferenceTopic, number: int) -> str:
    """ "TOP 2: Schulbesuch" """
    return QCoreApplication.translate("ConferenceFormat", "TOP {number}: {title}").format(
        number=number, title=topic.title
    )


def members(detail: FamilyFileDetail) -> list[Person]:
    """The family's living members, by name."""
    ids = {m.person_id for m in detail.memberships}
    return [p for p in sorted_persons(detail.persons) if p.id in ids and not p.deceased]


def network_actors(detail: FamilyFileDetail, today: date) -> list[Actor]:
    """The actors involved with the family today (its network), by name."""
    involved = {
        i.actor_id
        for i in detail.involvements
        if (i.since is None or i.since <= today) and (i.until is None or today <= i.until)
    }
    return sorted_by((a for a in detail.actors if a.id in involved), lambda a: a.name)


def plan_goals(detail: FamilyFileDetail) -> tuple[HelpPlanVersion | None, list[HelpPlanGoal]]:
    """The newest help plan version (draft or running) and its Ergebnisziele with their
    Aktivitäten, in the order of the goal tree."""
    version = current_version(detail)
    if version is None:
        return None, []
    goals = [g for g in detail.help_plan_goals if g.version_id == version.id]

    def under(parent_id: uuid.UUID | None) -> list[HelpPlanGoal]:
        return sorted(
            (g for g in goals if g.parent_id == parent_id), key=lambda g: (g.position, str(g.id))
        )

    ordered: list[HelpPlanGoal] = []
    for framework in under(None):
        for outcome in under(framework.id):
            ordered.append(outcome)
            ordered += under(outcome.id)
    return version, ordered


def goal_text(goal: HelpPlanGoal) -> str:
    """ "Ergebnisziel: Regelmäßiger Schulbesuch" """
    return QCoreApplication.translate("ConferenceFormat", "{level}: {wording}").format(
        level=label(goal.level), wording=goal.wording
    )


def goal_wording(detail: FamilyFileDetail, goal_id: uuid.UUID | None) -> str:
    goal = next((g for g in detail.help_plan_goals if g.id == goal_id), None)
    return goal.wording if goal is not None else ""


def outcome_goals(detail: FamilyFileDetail) -> list[HelpPlanGoal]:
    return [g for g in plan_goals(detail)[1] if g.level is GoalLevel.OUTCOME]


def member_roles(detail: FamilyFileDetail, on: date) -> dict[uuid.UUID, str]:
    """Each person's role relative to the index person ("Kind 1"), for anonymised texts."""
    return role_labels(genogram_input(detail, on=on), "de")


def role_for_name(detail: FamilyFileDetail, name: str, on: date) -> str:
    """The role of the one member called ``name`` (given or family name), else ""."""
    wanted = name.casefold()
    matches = [
        p.id
        for p in detail.persons
        if wanted in (p.given_names.casefold(), p.family_name.casefold())
        or wanted in p.given_names.casefold().split()
    ]
    matches += [
        v.person_id
        for v in detail.name_variants
        if wanted in (v.given_names.casefold(), v.family_name.casefold())
    ]
    unique = set(matches)
    if len(unique) != 1:
        return ""
    return member_roles(detail, on).get(unique.pop(), "")


def gate_summary(snapshot: ConferenceSnapshot) -> str:
    """The consent state of a conference in a few words (the conference list)."""
    conference = snapshot.conference
    if conference.anonymised:
        return QCoreApplication.translate("ConferenceFormat", "anonymisiert – keine nötig")
    if not conference.participant_actor_ids:
        return QCoreApplication.translate("ConferenceFormat", "keine Stellen eingeladen")
    blocked = blocked_participants(snapshot)
    if not blocked:
        return QCoreApplication.translate("ConferenceFormat", "alle Teilnehmenden freigegeben")
    count = len(blocked)  # a plain name: the extraction of plural texts needs one
    return QCoreApplication.translate("ConferenceFormat", "%n gesperrt", "", count)


def blocked_participants(snapshot: ConferenceSnapshot) -> list[uuid.UUID]:
    """Participants who may not see at least one topic."""
    gate = snapshot.gate
    return [a for a in snapshot.conference.participant_actor_ids if gate.blocked_topics(a)]


def shut_out(snapshot: ConferenceSnapshot, actor_id: uuid.UUID) -> bool:
    """The participant may see no topic at all (gets no agenda)."""
    return bool(snapshot.topics) and not snapshot.gate.allowed_topics(actor_id)


def language_of_plan(detail: FamilyFileDetail) -> str:
    """The family's language as the help plan records it ("" = German only)."""
    version = current_version(detail)
    return version.family_language if version is not None else ""
