"""The calendar invitation (.ics): valid RFC 5545 for two independent parsers, and empty of
personal data."""

from __future__ import annotations

import dataclasses
import re
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
import vobject
from icalendar import Calendar

from fallmanager.domain.case_conference import CaseConference, ConferenceStatus
from fallmanager.reports.conference import invitation_ics, is_plausible_email
from tests.reports import conference_samples as samples

EMAIL = "m.kovacevic@musterstadt.de"
STAMP = datetime(2027, 3, 1, 8, 0, 12, 345000, tzinfo=UTC)
BERLIN = ZoneInfo("Europe/Berlin")


def _conference(**changes: object) -> CaseConference:
    return dataclasses.replace(samples.conference().conference, **changes)  # type: ignore[arg-type]


def _ics(conference: CaseConference | None = None, **kwargs: object) -> bytes:
    arguments: dict[str, object] = {
        "organiser_name": samples.CASE_MANAGER,
        "organiser_email": EMAIL,
        "stamp": STAMP,
    }
    arguments.update(kwargs)
    return invitation_ics(conference or _conference(), **arguments)  # type: ignore[arg-type]


def _event(ics: bytes) -> object:
    calendar = Calendar.from_ical(ics)
    events = calendar.walk("VEVENT")
    assert len(events) == 1
    return events[0]


def test_icalendar_reads_back_calendar_and_event() -> None:
    ics = _ics()
    calendar = Calendar.from_ical(ics)
    assert str(calendar["PRODID"]) == "-//Fallmanager//Fallkonferenz//DE"
    assert str(calendar["VERSION"]) == "2.0"
    assert str(calendar["METHOD"]) == "PUBLISH"
    timezones = calendar.walk("VTIMEZONE")
    assert [str(tz["TZID"]) for tz in timezones] == ["Europe/Berlin"]
    event = _event(ics)
    assert str(event["UID"]) == f"{samples.CONFERENCE}@fallmanager"  # type: ignore[index]
    assert str(event["SUMMARY"]) == f"Fallkonferenz {samples.CASE_LABEL}"  # type: ignore[index]
    start, end = event["DTSTART"], event["DTEND"]  # type: ignore[index]
    assert start.params["TZID"] == "Europe/Berlin"
    assert end.params["TZID"] == "Europe/Berlin"
    assert start.dt.replace(tzinfo=None) == datetime(2027, 3, 12, 10, 0)
    assert end.dt.replace(tzinfo=None) == datetime(2027, 3, 12, 11, 30)
    assert event["DTSTAMP"].dt == datetime(2027, 3, 1, 8, 0, 12, tzinfo=UTC)  # type: ignore[index]
    organiser = event["ORGANIZER"]  # type: ignore[index]
    assert str(organiser) == f"mailto:{EMAIL}"
    assert organiser.params["CN"] == samples.CASE_MANAGER
    assert str(event["STATUS"]) == "CONFIRMED"  # type: ignore[index]
    assert str(event["LOCATION"]) == "Rathaus Musterstadt, Raum 204"  # type: ignore[index]
    assert str(event["URL"]) == "https://video.musterstadt.de/fk-7q3k"  # type: ignore[index]
    description = str(event["DESCRIPTION"])  # type: ignore[index]
    assert description.startswith("Die Tagesordnung erhalten Sie gesondert.")
    assert int(event["SEQUENCE"]) >= 0  # type: ignore[index]
    assert "ATTENDEE" not in event  # type: ignore[operator]


def test_vobject_reads_the_same_times_through_the_timezone_definition() -> None:
    """vobject builds its own tzinfo from our VTIMEZONE: the UTC times must match zoneinfo."""
    ics = _ics()
    assert b"\r\nDTSTART;TZID=Europe/Berlin:20270312T100000\r\n" in ics
    assert b"\r\nDTEND;TZID=Europe/Berlin:20270312T113000\r\n" in ics
    card = vobject.readOne(ics.decode("utf-8"))
    event = card.vevent
    assert event.uid.value == f"{samples.CONFERENCE}@fallmanager"
    assert event.summary.value == "Fallkonferenz FK-7Q3K"
    # vobject turns the TZID parameter into a tzinfo built from our VTIMEZONE.
    assert event.dtstart.value.tzinfo is not None
    assert event.dtend.value.tzinfo is not None
    # 12 March 2027 is still winter time (CET, UTC+1).
    assert event.dtstart.value.astimezone(UTC) == datetime(2027, 3, 12, 9, 0, tzinfo=UTC)
    assert event.dtend.value.astimezone(UTC) == datetime(2027, 3, 12, 10, 30, tzinfo=UTC)
    assert event.organizer.value == f"mailto:{EMAIL}"
    assert event.organizer.params["CN"] == [samples.CASE_MANAGER]
    assert card.method.value == "PUBLISH"


@pytest.mark.parametrize(
    "starts_at",
    [
        datetime(2027, 3, 27, 10, 0),  # the day before summer time
        datetime(2027, 3, 29, 10, 0),  # summer time (CEST)
        datetime(2027, 7, 2, 14, 30),
        datetime(2027, 10, 30, 9, 0),  # last day of summer time
        datetime(2027, 11, 1, 9, 0),  # winter time again
        datetime(2031, 3, 31, 8, 15),
    ],
)
def test_summer_and_winter_time_agree_with_zoneinfo(starts_at: datetime) -> None:
    ics = _ics(_conference(starts_at=starts_at))
    expected = starts_at.replace(tzinfo=BERLIN).astimezone(UTC)
    event = vobject.readOne(ics.decode("utf-8")).vevent
    assert event.dtstart.value.astimezone(UTC) == expected
    assert event.dtend.value.astimezone(UTC) == expected + timedelta(minutes=90)


def test_no_personal_data_no_topics_no_case_number() -> None:
    text = _ics().decode("utf-8")
    unfolded = text.replace("\r\n ", "")
    snapshot = samples.conference()
    forbidden = [
        *samples.FIRST_NAMES,
        "Krasniqi",
        samples.CASE_NUMBER,
        samples.INTERNAL_NOTE,
        *(topic.title for topic in snapshot.topics),
        *(actor.name for actor in snapshot.participants),
    ]
    for value in forbidden:
        assert value not in unfolded, value
    assert "ATTENDEE" not in unfolded
    assert "Die Tagesordnung erhalten Sie gesondert." in unfolded


def test_crlf_line_ends_and_lines_folded_at_75_octets() -> None:
    long_place = (
        "Familienzentrum Südstadt – Großer Saal (Erdgeschoss), Ćirilo-i-Metodije-Straße " * 2
    )
    ics = _ics(_conference(place=long_place.strip()))
    assert ics.endswith(b"\r\n")
    assert b"\n" not in ics.replace(b"\r\n", b"")
    lines = ics.split(b"\r\n")[:-1]
    assert max(len(line) for line in lines) <= 75
    assert any(line.startswith(b" ") for line in lines)  # something was folded
    for line in lines:
        line.decode("utf-8")  # folding never splits a multi-byte character
    location = str(_event(ics)["LOCATION"])  # type: ignore[index]
    assert location == long_place.strip()


def test_cancelled_conference_and_a_later_sending() -> None:
    first = _event(_ics())
    cancelled = _event(
        _ics(_conference(status=ConferenceStatus.CANCELLED), stamp=STAMP + timedelta(days=2))
    )
    assert str(cancelled["STATUS"]) == "CANCELLED"  # type: ignore[index]
    assert int(cancelled["SEQUENCE"]) > int(first["SEQUENCE"])  # type: ignore[index]
    assert str(cancelled["UID"]) == str(first["UID"])  # type: ignore[index]


def test_location_falls_back_to_the_video_link_and_url_only_with_a_link() -> None:
    online = _event(_ics(_conference(place="")))
    assert str(online["LOCATION"]) == "https://video.musterstadt.de/fk-7q3k"  # type: ignore[index]
    in_person = _event(_ics(_conference(video_link="")))
    assert "URL" not in in_person  # type: ignore[operator]
    assert str(in_person["DESCRIPTION"]) == "Die Tagesordnung erhalten Sie gesondert."  # type: ignore[index]


def test_organiser_name_with_special_characters_survives() -> None:
    name = 'Kovačević, Mirjana; "Sozialamt"\nZeile'
    ics = _ics(organiser_name=name)
    expected = "Kovačević, Mirjana; 'Sozialamt' Zeile"
    event = vobject.readOne(ics.decode("utf-8")).vevent
    assert event.organizer.params["CN"] == [expected]
    assert event.organizer.value == f"mailto:{EMAIL}"
    assert _event(ics)["ORGANIZER"].params["CN"] == expected  # type: ignore[index]


@pytest.mark.parametrize(
    "email",
    [
        "",
        "mirjana",
        "m@musterstadt",
        "m kovacevic@musterstadt.de",
        "Mirjana <m@musterstadt.de>",
        "m@@musterstadt.de",
        ".m@musterstadt.de",
        "m..k@musterstadt.de",
        "m@musterstadt..de",
        "m@-musterstadt.de",
        "m@musterstadt.de\r\nATTENDEE:mailto:x@y.de",
        "mailto:m@musterstadt.de",
        "a" * 65 + "@musterstadt.de",
    ],
)
def test_implausible_organiser_address_is_refused(email: str) -> None:
    assert not is_plausible_email(email)
    with pytest.raises(ValueError, match="e-mail"):
        _ics(organiser_email=email)


@pytest.mark.parametrize(
    "email", ["m.kovacevic@musterstadt.de", "fk+konferenz@sozialamt.stadt-musterstadt.nrw"]
)
def test_plausible_addresses_pass(email: str) -> None:
    assert is_plausible_email(email)
    event = _event(_ics(organiser_email=f"  {email} "))
    assert str(event["ORGANIZER"]) == f"mailto:{email}"  # type: ignore[index]


def test_stamp_without_timezone_is_refused() -> None:
    with pytest.raises(ValueError, match="timezone"):
        _ics(stamp=datetime(2027, 3, 1, 8, 0))


def test_stamp_is_written_in_utc() -> None:
    local = datetime(2027, 7, 1, 10, 0, tzinfo=BERLIN)
    ics = _ics(stamp=local).decode("utf-8")
    assert re.search(r"^DTSTAMP:20270701T080000Z\r$", ics, re.MULTILINE)
