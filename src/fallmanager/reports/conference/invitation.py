"""The calendar invitation to a case conference (.ics, RFC 5545).

An invitation travels by e-mail and sits in other organisations' calendars, so it says as
little as possible: when, where, the pseudonymous case label and who invites. It holds no
name of a family member, no topic, no case number and no list of attendees; the agenda
follows separately, per participant, through the consent gate.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

from icalendar import Calendar, Event, Timezone, TimezoneDaylight, TimezoneStandard, vCalAddress

from fallmanager.domain.case_conference import CaseConference, ConferenceStatus
from fallmanager.reports.documents import normalise

TIMEZONE = "Europe/Berlin"
BERLIN = ZoneInfo(TIMEZONE)
PRODUCT_ID = "-//Fallmanager//Fallkonferenz//DE"
NEUTRAL_DESCRIPTION = "Die Tagesordnung erhalten Sie gesondert."

#: SEQUENCE counts minutes from this moment to DTSTAMP, so every later sending of the same
#: conference (moved, cancelled) carries a higher number and replaces the earlier one.
_SEQUENCE_EPOCH = datetime(2020, 1, 1, tzinfo=UTC)

_LOCAL_PART = r"[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*"
_DOMAIN = r"(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z]{2,63}"
_EMAIL = re.compile(rf"({_LOCAL_PART})@({_DOMAIN})")


def is_plausible_email(address: str) -> bool:
    """A plain ``local@domain.tld`` address (no display name, no spaces, at most 254
    characters, a local part of at most 64)."""
    match = _EMAIL.fullmatch(address)
    return match is not None and len(address) <= 254 and len(match.group(1)) <= 64


def _berlin_timezone() -> Timezone:
    """VTIMEZONE for Europe/Berlin with the EU rules in force since 1996 (summer time from
    the last Sunday of March, 02:00, to the last Sunday of October, 03:00)."""
    daylight = TimezoneDaylight()
    daylight.add("tzname", "CEST")
    daylight.add("tzoffsetfrom", timedelta(hours=1))
    daylight.add("tzoffsetto", timedelta(hours=2))
    daylight.add("dtstart", datetime(1970, 3, 29, 2, 0))
    daylight.add("rrule", {"freq": "yearly", "bymonth": 3, "byday": "-1su"})
    standard = TimezoneStandard()
    standard.add("tzname", "CET")
    standard.add("tzoffsetfrom", timedelta(hours=2))
    standard.add("tzoffsetto", timedelta(hours=1))
    standard.add("dtstart", datetime(1970, 10, 25, 3, 0))
    standard.add("rrule", {"freq": "yearly", "bymonth": 10, "byday": "-1su"})
    timezone = Timezone()
    timezone.add("tzid", TIMEZONE)
    timezone.add_component(daylight)
    timezone.add_component(standard)
    return timezone


def invitation_ics(
    conference: CaseConference, *, organiser_name: str, organiser_email: str, stamp: datetime
) -> bytes:
    """The invitation as iCalendar bytes (CRLF line ends, lines folded at 75 octets).

    ``conference.starts_at`` is local wall-clock time in Germany; ``stamp`` (timezone-aware)
    is when the invitation is made. Raises ``ValueError`` for an organiser address that is
    not a plausible e-mail address or a stamp without a timezone.
    """
    email = organiser_email.strip()
    if not is_plausible_email(email):
        raise ValueError("the organiser's e-mail address is not valid")
    if stamp.tzinfo is None or stamp.utcoffset() is None:
        raise ValueError("the stamp needs a timezone")
    stamp = stamp.astimezone(UTC).replace(microsecond=0)
    start = _local(conference.starts_at)
    end = (start.astimezone(UTC) + timedelta(minutes=conference.duration_minutes)).astimezone(
        BERLIN
    )
    place = normalise(conference.place).replace("\n", ", ")
    link = normalise(conference.video_link).replace("\n", "")

    event = Event()
    event.add("uid", f"{conference.id}@fallmanager")
    event.add("dtstamp", stamp)
    event.add("dtstart", start)
    event.add("dtend", end)
    event.add("summary", f"Fallkonferenz {normalise(conference.case_label)}")
    if place or link:
        event.add("location", place or link)
    if link:
        event.add("url", link)
    description = NEUTRAL_DESCRIPTION
    if link:
        description += f"\nVideokonferenz: {link}"
    event.add("description", description)
    organiser = vCalAddress(f"mailto:{email}")
    # RFC 6868 would encode a double quote as ^', which few calendar programs understand.
    name = normalise(organiser_name).replace("\n", " ").replace('"', "'")
    if name:
        organiser.params["CN"] = name
    event.add("organizer", organiser)
    cancelled = conference.status is ConferenceStatus.CANCELLED
    event.add("status", "CANCELLED" if cancelled else "CONFIRMED")
    event.add("sequence", max(0, int((stamp - _SEQUENCE_EPOCH).total_seconds() // 60)))
    event.add("transp", "OPAQUE")

    calendar = Calendar()
    calendar.add("prodid", PRODUCT_ID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    calendar.add_component(_berlin_timezone())
    calendar.add_component(event)
    ics: bytes = calendar.to_ical()
    return ics


def _local(moment: datetime) -> datetime:
    """``moment`` as a time in Europe/Berlin (a naive time is taken as Berlin time)."""
    if moment.tzinfo is None:
        return moment.replace(tzinfo=BERLIN)
    return moment.astimezone(BERLIN)
