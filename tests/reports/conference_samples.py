"""A synthetic family with consents, two case conferences and a disclosure log (no real
person).

The Krasniqi family: the parents Arbën and Vjosa (both with custody of their daughter), the
daughter Elira (14, the index person) and the son Dardan (20). Three organisations take part
in the conference of 12.03.2027; the consents are drawn so that each of them may see some
topics and not others:

========================================  ======  ========  ===================
topic                                     Schule  Jobcenter  Ausländerbehörde
========================================  ======  ========  ===================
1 Regelmäßiger Schulbesuch (Elira)        yes     no         no
2 Ausbildungsplatz … (Dardan)             no      yes        yes
3 Passbeschaffung der Eltern              no      no         yes
4 Termine und nächste Fallkonferenz       yes     yes        yes   (no personal data)
5 Ärztliche Abklärung … (Elira, health)   no      no         no    (consent only prepared)
========================================  ======  ========  ===================
"""

from __future__ import annotations

import uuid
from datetime import date, datetime

from fallmanager.domain.case_conference import (
    AgreedStep,
    CaseConference,
    ConferenceStatus,
    ConferenceTopic,
)
from fallmanager.domain.conference_view import ConferenceSnapshot, conference_snapshot
from fallmanager.domain.consent import (
    Consent,
    ConsentForm,
    ConsentPurpose,
    ConsentStatus,
    ConsentWithdrawal,
    DataCategory,
)
from fallmanager.domain.dates import PartialDate
from fallmanager.domain.disclosure import (
    Disclosure,
    DisclosureChannel,
    DocumentKind,
    RecipientKind,
)
from fallmanager.domain.family import FamilyFile, FamilyMembership
from fallmanager.domain.family_file_detail import FamilyFileDetail
from fallmanager.domain.help_plan import TextTranslation
from fallmanager.domain.network import Actor, ActorKind
from fallmanager.domain.people import Person, Sex
from fallmanager.domain.relationships import ParentChildLink
from fallmanager.reports.documents import Letterhead
from fallmanager.reports.help_plan.common import Layout, PrintOptions

PRINTED_ON = date(2027, 3, 1)
CASE_NUMBER = "2027-0815"
CASE_LABEL = "FK-7Q3K"
ANONYMISED_LABEL = "FK-2B9X"
CASE_MANAGER = "Mirjana Kovačević"
LETTERHEAD = Letterhead(
    "Stadt Musterstadt – Sozialamt, Sozialdienst für Flüchtlinge",
    ("Rathausplatz 1, 12345 Musterstadt", "Telefon 0123 456-789"),
)


def _id(n: int) -> uuid.UUID:
    return uuid.UUID(int=0x7000 + n)


FAMILY_ID = _id(1)
FATHER, MOTHER, DAUGHTER, SON = _id(11), _id(12), _id(13), _id(14)
SCHOOL, JOBCENTER, ABH = _id(21), _id(22), _id(23)
CONSENT_SCHOOL, CONSENT_SON, CONSENT_PARENTS, CONSENT_HEALTH = _id(31), _id(32), _id(33), _id(34)
CONFERENCE, ANONYMISED = _id(40), _id(60)
T_SCHOOL, T_TRAINING, T_PASSPORT, T_DATES, T_HEALTH = _id(41), _id(42), _id(43), _id(44), _id(45)

#: Texts of the topics, so tests can look for them.
TITLE_SCHOOL = "Regelmäßiger Schulbesuch"
TITLE_TRAINING = "Ausbildungsplatz und Arbeitserlaubnis"
TITLE_PASSPORT = "Passbeschaffung der Eltern"
TITLE_DATES = "Termine und nächste Fallkonferenz"
TITLE_HEALTH = "Ärztliche Abklärung der Kopfschmerzen"
RESULT_SCHOOL = (
    "Elira besucht die Schule wieder regelmäßig; die Fehlzeiten im Februar sind entschuldigt."
)
RESULT_SCHOOL_SQ = (
    "Elira e ndjek përsëri rregullisht shkollën; mungesat e shkurtit janë të justifikuara."
)
RESULT_PASSPORT = (
    "Die Eltern beantragen Pässe beim Konsulat; "
    "die Ausländerbehörde verlängert die Duldung bis dahin."
)
STEP_CERTIFICATE = "Schulbescheinigung an das Fallmanagement schicken"
STEP_CERTIFICATE_SQ = "Dërgoni vërtetimin e shkollës te menaxhimi i rastit"
STEP_PASSPORT = "Passanträge beim Konsulat stellen"
STEP_DOCTOR = "Termin beim Kinderarzt vereinbaren"
INTERNAL_NOTE = "Vater bei Terminen oft angespannt; vorab telefonisch erinnern"
WITNESS = "Petra Sommer (Sozialamt)"

FIRST_NAMES = ("Arbën", "Vjosa", "Elira", "Dardan")


def _persons() -> tuple[Person, ...]:
    return (
        Person(
            id=FATHER,
            given_names="Arbën",
            family_name="Krasniqi",
            sex=Sex.MALE,
            birth_date=PartialDate(1979, 4, 12),
        ),
        Person(
            id=MOTHER,
            given_names="Vjosa",
            family_name="Krasniqi",
            sex=Sex.FEMALE,
            birth_date=PartialDate(1983, 9),
        ),
        Person(
            id=DAUGHTER,
            given_names="Elira",
            family_name="Krasniqi",
            sex=Sex.FEMALE,
            birth_date=PartialDate(2012, 1, 7),
        ),
        Person(
            id=SON,
            given_names="Dardan",
            family_name="Krasniqi",
            sex=Sex.MALE,
            birth_date=PartialDate(2006, 5, 30),
        ),
    )


def _actors() -> tuple[Actor, ...]:
    return (
        Actor(
            id=SCHOOL,
            name="Gesamtschule Am Lindenplatz",
            kind=ActorKind.SCHOOL,
            department="Schulsozialarbeit",
            street="Lindenplatz 3",
            postcode="12345",
            city="Musterstadt",
        ),
        Actor(
            id=JOBCENTER,
            name="Jobcenter Musterstadt",
            kind=ActorKind.JOBCENTER,
            department="Team U25",
            street="Bahnhofstraße 17",
            postcode="12345",
            city="Musterstadt",
        ),
        Actor(
            id=ABH,
            name="Ausländerbehörde Musterstadt",
            kind=ActorKind.IMMIGRATION_OFFICE,
            department="Sachgebiet Aufenthalt",
            street="Rathausplatz 1",
            postcode="12345",
            city="Musterstadt",
        ),
    )


def _consents() -> tuple[Consent, ...]:
    return (
        # The school may hear about Elira's schooling and family situation.
        Consent(
            id=CONSENT_SCHOOL,
            family_id=FAMILY_ID,
            subject_ids=(DAUGHTER,),
            given_by_ids=(FATHER, MOTHER),
            recipient_actor_ids=(SCHOOL,),
            categories=(DataCategory.SCHOOL.value, DataCategory.FAMILY_SITUATION.value),
            purposes=(ConsentPurpose.CASE_CONFERENCE.value,),
            status=ConsentStatus.GIVEN,
            language="sq",
            prepared_on=date(2027, 1, 25),
            given_on=date(2027, 2, 1),
            expires_on=date(2028, 1, 31),
        ),
        # Dardan lets the Jobcenter and the immigration office hear about work and residence.
        Consent(
            id=CONSENT_SON,
            family_id=FAMILY_ID,
            subject_ids=(SON,),
            given_by_ids=(SON,),
            recipient_actor_ids=(JOBCENTER, ABH),
            categories=(DataCategory.WORK_BENEFITS.value, DataCategory.RESIDENCE.value),
            purposes=(
                ConsentPurpose.CASE_CONFERENCE.value,
                ConsentPurpose.IMMIGRATION_OFFICE.value,
            ),
            status=ConsentStatus.GIVEN,
            prepared_on=date(2027, 1, 25),
            given_on=date(2027, 2, 1),
            expires_on=date(2028, 1, 31),
        ),
        # The parents, verbally before a witness, with an interpreter: residence to the ABH.
        Consent(
            id=CONSENT_PARENTS,
            family_id=FAMILY_ID,
            subject_ids=(FATHER, MOTHER),
            given_by_ids=(FATHER, MOTHER),
            recipient_actor_ids=(ABH,),
            categories=(DataCategory.RESIDENCE.value,),
            purposes=(
                ConsentPurpose.CASE_CONFERENCE.value,
                ConsentPurpose.IMMIGRATION_OFFICE.value,
            ),
            status=ConsentStatus.GIVEN,
            form=ConsentForm.VERBAL,
            witness=WITNESS,
            language="sq",
            interpreter_present=True,
            prepared_on=date(2027, 2, 8),
            given_on=date(2027, 2, 10),
            expires_on=date(2028, 2, 9),
        ),
        # Prepared only: Elira's health data for the school (both parents must sign).
        Consent(
            id=CONSENT_HEALTH,
            family_id=FAMILY_ID,
            subject_ids=(DAUGHTER,),
            recipient_actor_ids=(SCHOOL, JOBCENTER),
            categories=(DataCategory.HEALTH.value, DataCategory.SCHOOL.value),
            purposes=(ConsentPurpose.CASE_CONFERENCE.value, ConsentPurpose.REFERRAL.value),
            language="sq",
            prepared_on=date(2027, 2, 20),
        ),
    )


def _conference() -> tuple[CaseConference, tuple[ConferenceTopic, ...], tuple[AgreedStep, ...]]:
    conference = CaseConference(
        id=CONFERENCE,
        family_id=FAMILY_ID,
        starts_at=datetime(2027, 3, 12, 10, 0),
        duration_minutes=90,
        place="Rathaus Musterstadt, Raum 204",
        video_link="https://video.musterstadt.de/fk-7q3k",
        initiator_actor_id=SCHOOL,
        participant_actor_ids=(SCHOOL, JOBCENTER, ABH),
        participant_person_ids=(MOTHER,),
        case_label=CASE_LABEL,
        status=ConferenceStatus.HELD,
        notes=INTERNAL_NOTE,
    )
    topics = (
        ConferenceTopic(
            id=T_SCHOOL,
            conference_id=CONFERENCE,
            position=0,
            title=TITLE_SCHOOL,
            categories=(DataCategory.SCHOOL.value,),
            person_ids=(DAUGHTER,),
            lead_actor_id=SCHOOL,
            result=RESULT_SCHOOL,
        ),
        ConferenceTopic(
            id=T_TRAINING,
            conference_id=CONFERENCE,
            position=1,
            title=TITLE_TRAINING,
            categories=(DataCategory.WORK_BENEFITS.value, DataCategory.RESIDENCE.value),
            person_ids=(SON,),
            lead_actor_id=JOBCENTER,
            result="Dardan beginnt im August eine Ausbildung zum Anlagenmechaniker.",
        ),
        ConferenceTopic(
            id=T_PASSPORT,
            conference_id=CONFERENCE,
            position=2,
            title=TITLE_PASSPORT,
            categories=(DataCategory.RESIDENCE.value,),
            person_ids=(FATHER, MOTHER),
            lead_actor_id=ABH,
            result=RESULT_PASSPORT,
        ),
        ConferenceTopic(
            id=T_DATES,
            conference_id=CONFERENCE,
            position=3,
            title=TITLE_DATES,
            result="Die nächste Fallkonferenz findet im Juni statt.",
        ),
        ConferenceTopic(
            id=T_HEALTH,
            conference_id=CONFERENCE,
            position=4,
            title=TITLE_HEALTH,
            categories=(DataCategory.HEALTH.value,),
            person_ids=(DAUGHTER,),
        ),
    )
    steps = (
        AgreedStep(
            id=_id(51),
            topic_id=T_SCHOOL,
            wording=STEP_CERTIFICATE,
            person_ids=(DAUGHTER,),
            responsible_actor_id=SCHOOL,
            due_on=date(2027, 4, 1),
            activity_id=_id(99),
        ),
        AgreedStep(
            id=_id(52),
            topic_id=T_SCHOOL,
            position=1,
            wording="Elterngespräch in der Schule",
            person_ids=(FATHER, MOTHER),
            responsible_is_family=True,
            due_on=date(2027, 3, 26),
        ),
        AgreedStep(
            id=_id(53),
            topic_id=T_TRAINING,
            wording="Antrag auf Beschäftigungserlaubnis stellen",
            person_ids=(SON,),
            responsible_actor_id=JOBCENTER,
            responsible_is_family=True,
            due_on=date(2027, 4, 15),
        ),
        AgreedStep(
            id=_id(54),
            topic_id=T_PASSPORT,
            wording=STEP_PASSPORT,
            person_ids=(FATHER, MOTHER),
            responsible_is_family=True,
            due_on=date(2027, 5, 31),
        ),
        AgreedStep(
            id=_id(55),
            topic_id=T_DATES,
            wording="Einladung zur nächsten Fallkonferenz verschicken",
            due_on=date(2027, 6, 1),
        ),
        AgreedStep(
            id=_id(56),
            topic_id=T_HEALTH,
            wording=STEP_DOCTOR,
            person_ids=(DAUGHTER,),
            responsible_is_family=True,
            due_on=date(2027, 3, 31),
        ),
    )
    return conference, topics, steps


def _anonymised() -> tuple[CaseConference, tuple[ConferenceTopic, ...], tuple[AgreedStep, ...]]:
    conference = CaseConference(
        id=ANONYMISED,
        family_id=FAMILY_ID,
        starts_at=datetime(2027, 7, 2, 14, 30),
        duration_minutes=60,
        place="Kommunales Integrationszentrum, Besprechungsraum 2",
        participant_actor_ids=(SCHOOL, JOBCENTER),
        anonymised=True,
        case_label=ANONYMISED_LABEL,
    )
    topics = (
        ConferenceTopic(
            id=_id(61),
            conference_id=ANONYMISED,
            title="Schulische Situation der Indexperson",
            categories=(DataCategory.SCHOOL.value, DataCategory.HEALTH.value),
            person_ids=(DAUGHTER,),
            lead_actor_id=SCHOOL,
        ),
        ConferenceTopic(
            id=_id(62),
            conference_id=ANONYMISED,
            position=1,
            title="Berufliche Perspektive in der Familie",
            categories=(DataCategory.WORK_BENEFITS.value,),
            person_ids=(SON, FATHER),
            lead_actor_id=JOBCENTER,
            result="Beide werden zur Berufsberatung eingeladen.",
        ),
    )
    steps = (
        AgreedStep(
            id=_id(63),
            topic_id=_id(62),
            wording="Termin bei der Berufsberatung vermitteln",
            person_ids=(SON,),
            responsible_actor_id=JOBCENTER,
            due_on=date(2027, 8, 1),
        ),
    )
    return conference, topics, steps


def _disclosures() -> tuple[Disclosure, ...]:
    return (
        Disclosure(
            id=_id(81),
            family_id=FAMILY_ID,
            disclosed_at=datetime(2027, 3, 2, 9, 15),
            document=DocumentKind.AGENDA,
            title="Tagesordnung 12.03.2027",
            recipient_kind=RecipientKind.ACTOR,
            recipient_actor_id=JOBCENTER,
            categories=(DataCategory.WORK_BENEFITS.value, DataCategory.RESIDENCE.value),
            person_ids=(SON,),
            consent_ids=(CONSENT_SON,),
            conference_id=CONFERENCE,
            channel=DisclosureChannel.FILE,
        ),
        Disclosure(
            id=_id(89),
            family_id=FAMILY_ID,
            disclosed_at=datetime(2027, 1, 25, 14, 0),
            document=DocumentKind.CONSENT_FORM,
            title="Einwilligungserklärung Schule",
            recipient_kind=RecipientKind.FAMILY,
            categories=(DataCategory.SCHOOL.value, DataCategory.FAMILY_SITUATION.value),
            person_ids=(DAUGHTER,),
            channel=DisclosureChannel.PRINT,
            language="sq",
        ),
        Disclosure(
            id=_id(83),
            family_id=FAMILY_ID,
            disclosed_at=datetime(2027, 3, 12, 16, 40),
            document=DocumentKind.RESULTS_SHEET,
            title="Ergebnisblatt 12.03.2027",
            recipient_kind=RecipientKind.FAMILY,
            categories=(DataCategory.SCHOOL.value, DataCategory.RESIDENCE.value),
            person_ids=(FATHER, MOTHER, DAUGHTER, SON),
            conference_id=CONFERENCE,
            channel=DisclosureChannel.PRINT,
            language="sq",
        ),
        Disclosure(
            id=_id(82),
            family_id=FAMILY_ID,
            disclosed_at=datetime(2027, 3, 2, 9, 20),
            document=DocumentKind.AGENDA,
            title="Tagesordnung 12.03.2027",
            recipient_kind=RecipientKind.ACTOR,
            recipient_actor_id=ABH,
            categories=(DataCategory.RESIDENCE.value, DataCategory.WORK_BENEFITS.value),
            person_ids=(FATHER, MOTHER, SON),
            consent_ids=(CONSENT_SON, CONSENT_PARENTS),
            conference_id=CONFERENCE,
            channel=DisclosureChannel.FILE,
        ),
        Disclosure(
            id=_id(79),
            family_id=FAMILY_ID,
            disclosed_at=datetime(2027, 6, 20, 11, 5),
            document=DocumentKind.AGENDA,
            title="Tagesordnung 02.07.2027 (anonymisiert)",
            recipient_kind=RecipientKind.ACTOR,
            recipient_actor_id=SCHOOL,
            conference_id=ANONYMISED,
            anonymised=True,
            channel=DisclosureChannel.FILE,
            note="Fallbesprechung ohne Namen",
        ),
    )


def krasniqi_family() -> FamilyFileDetail:
    family = FamilyFile(
        id=FAMILY_ID,
        case_number=CASE_NUMBER,
        opened_on=date(2026, 9, 1),
        index_person_id=DAUGHTER,
    )
    persons = _persons()
    memberships = tuple(FamilyMembership(family_id=FAMILY_ID, person_id=p.id) for p in persons)
    links = tuple(
        ParentChildLink(parent_id=parent, child_id=child, has_custody=True)
        for parent in (FATHER, MOTHER)
        for child in (DAUGHTER, SON)
    )
    conference, topics, steps = _conference()
    anonymised, anonymised_topics, anonymised_steps = _anonymised()
    translations = (
        TextTranslation(owner_id=T_SCHOOL, language="sq", wording=RESULT_SCHOOL_SQ),
        TextTranslation(owner_id=_id(51), language="sq", wording=STEP_CERTIFICATE_SQ),
        TextTranslation(
            owner_id=T_TRAINING,
            language="sq",
            wording="Dardani fillon në gusht një formim profesional si instalues.",
        ),
    )
    withdrawals = (
        # The school keeps the school data; only the family situation is taken out.
        ConsentWithdrawal(
            consent_id=CONSENT_SCHOOL,
            withdrawn_on=date(2027, 2, 20),
            full=False,
            categories=(DataCategory.FAMILY_SITUATION.value,),
            declared_by_ids=(MOTHER,),
        ),
    )
    return FamilyFileDetail(
        family=family,
        memberships=memberships,
        persons=persons,
        name_variants=(),
        parent_child_links=links,
        partnerships=(),
        partnership_events=(),
        residence_statuses=(),
        migration_events=(),
        households=(),
        household_members=(),
        accommodations=(),
        school_attendances=(),
        vocational_trainings=(),
        employments=(),
        benefit_periods=(),
        involvements=(),
        actors=_actors(),
        contact_persons=(),
        visits=(),
        case_notes=(),
        tasks=(),
        text_translations=translations,
        consents=_consents(),
        consent_withdrawals=withdrawals,
        case_conferences=(conference, anonymised),
        conference_topics=(*topics, *anonymised_topics),
        agreed_steps=(*steps, *anonymised_steps),
        disclosures=_disclosures(),
    )


def conference() -> ConferenceSnapshot:
    return conference_snapshot(krasniqi_family(), CONFERENCE)


def anonymised_conference() -> ConferenceSnapshot:
    return conference_snapshot(krasniqi_family(), ANONYMISED)


def consent(consent_id: uuid.UUID) -> Consent:
    return next(c for c in krasniqi_family().consents if c.id == consent_id)


def options(language: str = "", layout: Layout = "side_by_side") -> PrintOptions:
    return PrintOptions(
        language=language,
        layout=layout,
        letterhead=LETTERHEAD,
        case_manager_name=CASE_MANAGER,
        printed_on=PRINTED_ON,
    )
