"""Translated texts for the codes and enums the domain returns (the domain speaks no prose).

Tables hold German source texts marked with ``QT_TRANSLATE_NOOP`` so that ``pyside6-lupdate``
extracts them; lookups translate at call time, so a language switch applies at once.
"""

from __future__ import annotations

from enum import Enum

from PySide6.QtCore import QCoreApplication

from fallmanager.domain.case_conference import ConferenceStatus
from fallmanager.domain.consent import ConsentForm, ConsentPurpose, ConsentStatus, DataCategory
from fallmanager.domain.consent_gate import GateReason, LegalAge
from fallmanager.domain.disclosure import DisclosureChannel, DocumentKind, RecipientKind
from fallmanager.domain.education_work import AttendanceConcern, BenefitKind
from fallmanager.domain.errors import DomainError, DomainWarning, ErrorCode, WarningCode
from fallmanager.domain.family import CaseStatus, MembershipRole
from fallmanager.domain.genogram_records import EmotionalRelationKind
from fallmanager.domain.help_plan import (
    EvidenceStatus,
    GoalLevel,
    GoalStatus,
    LifeDomain,
    NeedLevel,
    PhraseKind,
    VersionStatus,
)
from fallmanager.domain.help_plan_view import ChangeKind
from fallmanager.domain.housing import AccommodationKind
from fallmanager.domain.network import ActorKind
from fallmanager.domain.people import NameVariantKind, PassportStatus, Sex
from fallmanager.domain.relationships import (
    ParentChildKind,
    PartnershipEventKind,
    PartnershipKind,
)
from fallmanager.domain.residence import MigrationEventKind, ResidenceKind
from fallmanager.domain.visits import VisitKind


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Marks ``text`` for extraction into the translation file; translated at lookup."""
    return text


# StrEnum members equal their string value (Sex.UNKNOWN == PassportStatus.UNKNOWN), so the
# table is keyed by (enum type, value) below.
_LABEL_SOURCES: dict[tuple[type[Enum], Enum], str] = {
    (CaseStatus, CaseStatus.OPEN): QT_TRANSLATE_NOOP("Labels", "offen"),
    (CaseStatus, CaseStatus.CLOSED): QT_TRANSLATE_NOOP("Labels", "abgeschlossen"),
    (MembershipRole, MembershipRole.MEMBER): QT_TRANSLATE_NOOP("Labels", "Mitglied"),
    (MembershipRole, MembershipRole.RELATIVE): QT_TRANSLATE_NOOP("Labels", "Angehörige/r"),
    (Sex, Sex.FEMALE): QT_TRANSLATE_NOOP("Labels", "weiblich"),
    (Sex, Sex.MALE): QT_TRANSLATE_NOOP("Labels", "männlich"),
    (Sex, Sex.DIVERSE): QT_TRANSLATE_NOOP("Labels", "divers"),
    (Sex, Sex.UNKNOWN): QT_TRANSLATE_NOOP("Labels", "unbekannt"),
    (PassportStatus, PassportStatus.UNKNOWN): QT_TRANSLATE_NOOP("Labels", "unbekannt"),
    (PassportStatus, PassportStatus.NONE): QT_TRANSLATE_NOOP("Labels", "kein Pass"),
    (PassportStatus, PassportStatus.HELD): QT_TRANSLATE_NOOP("Labels", "Pass vorhanden"),
    (PassportStatus, PassportStatus.EXPIRED): QT_TRANSLATE_NOOP("Labels", "Pass abgelaufen"),
    (PassportStatus, PassportStatus.PROCUREMENT_IN_PROGRESS): QT_TRANSLATE_NOOP(
        "Labels", "Passbeschaffung läuft"
    ),
    (NameVariantKind, NameVariantKind.PASSPORT): QT_TRANSLATE_NOOP("Labels", "Reisepass"),
    (NameVariantKind, NameVariantKind.TOLERATION_PAPER): QT_TRANSLATE_NOOP(
        "Labels", "Duldungsbescheinigung"
    ),
    (NameVariantKind, NameVariantKind.SCHOOL_REGISTER): QT_TRANSLATE_NOOP(
        "Labels", "Schulunterlagen"
    ),
    (NameVariantKind, NameVariantKind.TRANSLITERATION): QT_TRANSLATE_NOOP("Labels", "Umschrift"),
    (NameVariantKind, NameVariantKind.OTHER): QT_TRANSLATE_NOOP("Labels", "andere"),
    (ParentChildKind, ParentChildKind.BIOLOGICAL): QT_TRANSLATE_NOOP("Labels", "leiblich"),
    (ParentChildKind, ParentChildKind.ADOPTIVE): QT_TRANSLATE_NOOP("Labels", "adoptiert"),
    (ParentChildKind, ParentChildKind.FOSTER): QT_TRANSLATE_NOOP("Labels", "Pflegekind"),
    (ParentChildKind, ParentChildKind.STEP): QT_TRANSLATE_NOOP("Labels", "Stiefkind"),
    (PartnershipKind, PartnershipKind.MARRIAGE): QT_TRANSLATE_NOOP("Labels", "Ehe"),
    (PartnershipKind, PartnershipKind.UNMARRIED): QT_TRANSLATE_NOOP(
        "Labels", "Partnerschaft ohne Trauschein"
    ),
    (PartnershipEventKind, PartnershipEventKind.PARTNERSHIP_BEGAN): QT_TRANSLATE_NOOP(
        "Labels", "Beginn"
    ),
    (PartnershipEventKind, PartnershipEventKind.MARRIED): QT_TRANSLATE_NOOP("Labels", "Heirat"),
    (PartnershipEventKind, PartnershipEventKind.SEPARATED): QT_TRANSLATE_NOOP("Labels", "Trennung"),
    (PartnershipEventKind, PartnershipEventKind.RECONCILED): QT_TRANSLATE_NOOP(
        "Labels", "Versöhnung"
    ),
    (PartnershipEventKind, PartnershipEventKind.DIVORCED): QT_TRANSLATE_NOOP("Labels", "Scheidung"),
    (PartnershipEventKind, PartnershipEventKind.WIDOWED): QT_TRANSLATE_NOOP("Labels", "verwitwet"),
    (ResidenceKind, ResidenceKind.TOLERATION): QT_TRANSLATE_NOOP("Labels", "Duldung (§ 60a)"),
    (ResidenceKind, ResidenceKind.TOLERATION_UNCLARIFIED_IDENTITY): QT_TRANSLATE_NOOP(
        "Labels", "Duldung ungeklärte Identität (§ 60b)"
    ),
    (ResidenceKind, ResidenceKind.TRAINING_TOLERATION): QT_TRANSLATE_NOOP(
        "Labels", "Ausbildungsduldung (§ 60c)"
    ),
    (ResidenceKind, ResidenceKind.EMPLOYMENT_TOLERATION): QT_TRANSLATE_NOOP(
        "Labels", "Beschäftigungsduldung (§ 60d)"
    ),
    (ResidenceKind, ResidenceKind.ASYLUM_PERMISSION): QT_TRANSLATE_NOOP(
        "Labels", "Aufenthaltsgestattung"
    ),
    (ResidenceKind, ResidenceKind.RESIDENCE_PERMIT): QT_TRANSLATE_NOOP(
        "Labels", "Aufenthaltserlaubnis"
    ),
    (ResidenceKind, ResidenceKind.FICTION_CERTIFICATE): QT_TRANSLATE_NOOP(
        "Labels", "Fiktionsbescheinigung"
    ),
    (ResidenceKind, ResidenceKind.SETTLEMENT_PERMIT): QT_TRANSLATE_NOOP(
        "Labels", "Niederlassungserlaubnis"
    ),
    (ResidenceKind, ResidenceKind.GERMAN_CITIZEN): QT_TRANSLATE_NOOP(
        "Labels", "deutsche Staatsangehörigkeit"
    ),
    (ResidenceKind, ResidenceKind.OTHER): QT_TRANSLATE_NOOP("Labels", "sonstiger Status"),
    (MigrationEventKind, MigrationEventKind.ENTRY): QT_TRANSLATE_NOOP("Labels", "Einreise"),
    (MigrationEventKind, MigrationEventKind.VOLUNTARY_DEPARTURE): QT_TRANSLATE_NOOP(
        "Labels", "freiwillige Ausreise"
    ),
    (MigrationEventKind, MigrationEventKind.DEPORTATION): QT_TRANSLATE_NOOP(
        "Labels", "Abschiebung"
    ),
    (MigrationEventKind, MigrationEventKind.RE_ENTRY): QT_TRANSLATE_NOOP(
        "Labels", "Wiedereinreise"
    ),
    (AccommodationKind, AccommodationKind.MUNICIPAL_REFUGEE): QT_TRANSLATE_NOOP(
        "Labels", "kommunale Flüchtlingsunterkunft"
    ),
    (AccommodationKind, AccommodationKind.HOMELESS_SERVICES): QT_TRANSLATE_NOOP(
        "Labels", "Übergangseinrichtung Wohnungslosenhilfe"
    ),
    (AccommodationKind, AccommodationKind.PRIVATE_FLAT): QT_TRANSLATE_NOOP(
        "Labels", "eigene Wohnung"
    ),
    (AccommodationKind, AccommodationKind.OTHER): QT_TRANSLATE_NOOP("Labels", "andere Unterkunft"),
    (AttendanceConcern, AttendanceConcern.NONE): QT_TRANSLATE_NOOP("Labels", "regelmäßig"),
    (AttendanceConcern, AttendanceConcern.OCCASIONAL_ABSENCES): QT_TRANSLATE_NOOP(
        "Labels", "gelegentliche Fehlzeiten"
    ),
    (AttendanceConcern, AttendanceConcern.FREQUENT_ABSENCES): QT_TRANSLATE_NOOP(
        "Labels", "häufige Fehlzeiten"
    ),
    (AttendanceConcern, AttendanceConcern.ABSENTEEISM): QT_TRANSLATE_NOOP(
        "Labels", "Schulabsentismus"
    ),
    (BenefitKind, BenefitKind.ASYLBLG): QT_TRANSLATE_NOOP("Labels", "AsylbLG"),
    (BenefitKind, BenefitKind.SGB_II): QT_TRANSLATE_NOOP("Labels", "Bürgergeld (SGB II)"),
    (BenefitKind, BenefitKind.SGB_XII): QT_TRANSLATE_NOOP("Labels", "Sozialhilfe (SGB XII)"),
    (BenefitKind, BenefitKind.CHILD_BENEFIT): QT_TRANSLATE_NOOP("Labels", "Kindergeld"),
    (BenefitKind, BenefitKind.OTHER): QT_TRANSLATE_NOOP("Labels", "andere Leistung"),
    (ActorKind, ActorKind.IMMIGRATION_OFFICE): QT_TRANSLATE_NOOP("Labels", "Ausländerbehörde"),
    (ActorKind, ActorKind.SOCIAL_OFFICE): QT_TRANSLATE_NOOP("Labels", "Sozialamt"),
    (ActorKind, ActorKind.YOUTH_OFFICE): QT_TRANSLATE_NOOP("Labels", "Jugendamt"),
    (ActorKind, ActorKind.SCHOOL_OFFICE): QT_TRANSLATE_NOOP("Labels", "Schulamt"),
    (ActorKind, ActorKind.SCHOOL): QT_TRANSLATE_NOOP("Labels", "Schule"),
    (ActorKind, ActorKind.KITA): QT_TRANSLATE_NOOP("Labels", "Kita"),
    (ActorKind, ActorKind.JOBCENTER): QT_TRANSLATE_NOOP("Labels", "Jobcenter"),
    (ActorKind, ActorKind.EMPLOYMENT_AGENCY): QT_TRANSLATE_NOOP("Labels", "Agentur für Arbeit"),
    (ActorKind, ActorKind.INTEGRATION_CENTRE): QT_TRANSLATE_NOOP("Labels", "Integrationszentrum"),
    (ActorKind, ActorKind.HEALTH_OFFICE): QT_TRANSLATE_NOOP("Labels", "Gesundheitsamt"),
    (ActorKind, ActorKind.DOCTOR): QT_TRANSLATE_NOOP("Labels", "Arztpraxis"),
    (ActorKind, ActorKind.NGO): QT_TRANSLATE_NOOP("Labels", "freier Träger"),
    (ActorKind, ActorKind.INTERPRETER_POOL): QT_TRANSLATE_NOOP("Labels", "Dolmetscherpool"),
    (ActorKind, ActorKind.TRAINING_PROVIDER): QT_TRANSLATE_NOOP("Labels", "Bildungsträger"),
    (ActorKind, ActorKind.OTHER): QT_TRANSLATE_NOOP("Labels", "sonstiger Akteur"),
    (VisitKind, VisitKind.HOME_VISIT): QT_TRANSLATE_NOOP("Labels", "Hausbesuch"),
    (VisitKind, VisitKind.OFFICE): QT_TRANSLATE_NOOP("Labels", "Termin im Büro"),
    (VisitKind, VisitKind.PHONE): QT_TRANSLATE_NOOP("Labels", "Telefonat"),
    (VisitKind, VisitKind.ACCOMPANIMENT): QT_TRANSLATE_NOOP("Labels", "Begleitung"),
    (VisitKind, VisitKind.OTHER): QT_TRANSLATE_NOOP("Labels", "anderer Kontakt"),
    (EmotionalRelationKind, EmotionalRelationKind.CLOSE): QT_TRANSLATE_NOOP("Labels", "eng"),
    (EmotionalRelationKind, EmotionalRelationKind.CONFLICTUAL): QT_TRANSLATE_NOOP(
        "Labels", "konflikthaft"
    ),
    (EmotionalRelationKind, EmotionalRelationKind.DISTANT): QT_TRANSLATE_NOOP(
        "Labels", "distanziert"
    ),
    (EmotionalRelationKind, EmotionalRelationKind.CUT_OFF): QT_TRANSLATE_NOOP(
        "Labels", "Kontaktabbruch"
    ),
    (LifeDomain, LifeDomain.HOUSING): QT_TRANSLATE_NOOP("Labels", "Wohnen"),
    (LifeDomain, LifeDomain.HEALTH): QT_TRANSLATE_NOOP("Labels", "Gesundheit"),
    (LifeDomain, LifeDomain.SCHOOL_CHILDCARE): QT_TRANSLATE_NOOP(
        "Labels", "Schule und Kinderbetreuung"
    ),
    (LifeDomain, LifeDomain.TRAINING_WORK): QT_TRANSLATE_NOOP("Labels", "Ausbildung und Arbeit"),
    (LifeDomain, LifeDomain.LANGUAGE): QT_TRANSLATE_NOOP("Labels", "Sprache"),
    (LifeDomain, LifeDomain.LIVELIHOOD): QT_TRANSLATE_NOOP(
        "Labels", "Lebensunterhalt und Finanzen"
    ),
    (LifeDomain, LifeDomain.RESIDENCE): QT_TRANSLATE_NOOP("Labels", "Aufenthalt"),
    (LifeDomain, LifeDomain.FAMILY_PARENTING): QT_TRANSLATE_NOOP("Labels", "Familie und Erziehung"),
    (LifeDomain, LifeDomain.SOCIAL_LIFE): QT_TRANSLATE_NOOP("Labels", "soziales Leben"),
    (GoalLevel, GoalLevel.FRAMEWORK): QT_TRANSLATE_NOOP("Labels", "Rahmenziel"),
    (GoalLevel, GoalLevel.OUTCOME): QT_TRANSLATE_NOOP("Labels", "Ergebnisziel"),
    (GoalLevel, GoalLevel.ACTIVITY): QT_TRANSLATE_NOOP("Labels", "Aktivität"),
    (GoalStatus, GoalStatus.OPEN): QT_TRANSLATE_NOOP("Labels", "offen"),
    (GoalStatus, GoalStatus.IN_PROGRESS): QT_TRANSLATE_NOOP("Labels", "in Arbeit"),
    (GoalStatus, GoalStatus.DONE): QT_TRANSLATE_NOOP("Labels", "erledigt"),
    (GoalStatus, GoalStatus.DROPPED): QT_TRANSLATE_NOOP("Labels", "entfällt"),
    (NeedLevel, NeedLevel.NONE): QT_TRANSLATE_NOOP("Labels", "kein Bedarf"),
    (NeedLevel, NeedLevel.LOW): QT_TRANSLATE_NOOP("Labels", "geringer Bedarf"),
    (NeedLevel, NeedLevel.MEDIUM): QT_TRANSLATE_NOOP("Labels", "mittlerer Bedarf"),
    (NeedLevel, NeedLevel.HIGH): QT_TRANSLATE_NOOP("Labels", "hoher Bedarf"),
    (EvidenceStatus, EvidenceStatus.MISSING): QT_TRANSLATE_NOOP("Labels", "fehlt"),
    (EvidenceStatus, EvidenceStatus.REQUESTED): QT_TRANSLATE_NOOP("Labels", "angefordert"),
    (EvidenceStatus, EvidenceStatus.PRESENT): QT_TRANSLATE_NOOP("Labels", "liegt vor"),
    (VersionStatus, VersionStatus.DRAFT): QT_TRANSLATE_NOOP("Labels", "Entwurf"),
    (VersionStatus, VersionStatus.AGREED): QT_TRANSLATE_NOOP("Labels", "vereinbart"),
    (VersionStatus, VersionStatus.SUPERSEDED): QT_TRANSLATE_NOOP("Labels", "abgelöst"),
    (PhraseKind, PhraseKind.OUTCOME_GOAL): QT_TRANSLATE_NOOP("Labels", "Ergebnisziel"),
    (PhraseKind, PhraseKind.ACTIVITY): QT_TRANSLATE_NOOP("Labels", "Aktivität"),
    (PhraseKind, PhraseKind.REQUIREMENT): QT_TRANSLATE_NOOP(
        "Labels", "Voraussetzung für das Aufenthaltsrecht"
    ),
    (ChangeKind, ChangeKind.ADDED): QT_TRANSLATE_NOOP("Labels", "neu"),
    (ChangeKind, ChangeKind.REMOVED): QT_TRANSLATE_NOOP("Labels", "entfernt"),
    (ChangeKind, ChangeKind.CHANGED): QT_TRANSLATE_NOOP("Labels", "geändert"),
    (DataCategory, DataCategory.RESIDENCE): QT_TRANSLATE_NOOP("Labels", "Aufenthalt"),
    (DataCategory, DataCategory.SCHOOL): QT_TRANSLATE_NOOP("Labels", "Schule und Ausbildung"),
    (DataCategory, DataCategory.HEALTH): QT_TRANSLATE_NOOP("Labels", "Gesundheit"),
    (DataCategory, DataCategory.WORK_BENEFITS): QT_TRANSLATE_NOOP(
        "Labels", "Arbeit und Leistungen"
    ),
    (DataCategory, DataCategory.FAMILY_SITUATION): QT_TRANSLATE_NOOP(
        "Labels", "familiäre Situation"
    ),
    (DataCategory, DataCategory.HELP_PLAN): QT_TRANSLATE_NOOP("Labels", "Hilfeplan"),
    (ConsentPurpose, ConsentPurpose.CASE_CONFERENCE): QT_TRANSLATE_NOOP("Labels", "Fallkonferenz"),
    (ConsentPurpose, ConsentPurpose.IMMIGRATION_OFFICE): QT_TRANSLATE_NOOP(
        "Labels", "Zusammenarbeit mit der Ausländerbehörde"
    ),
    (ConsentPurpose, ConsentPurpose.REFERRAL): QT_TRANSLATE_NOOP(
        "Labels", "Vermittlung an eine Stelle oder ein Angebot"
    ),
    (ConsentForm, ConsentForm.WRITTEN): QT_TRANSLATE_NOOP("Labels", "schriftlich"),
    (ConsentForm, ConsentForm.VERBAL): QT_TRANSLATE_NOOP("Labels", "mündlich vor Zeugen"),
    (ConsentStatus, ConsentStatus.PREPARED): QT_TRANSLATE_NOOP("Labels", "vorbereitet"),
    (ConsentStatus, ConsentStatus.GIVEN): QT_TRANSLATE_NOOP("Labels", "erteilt"),
    (GateReason, GateReason.NO_CONSENT): QT_TRANSLATE_NOOP("Labels", "keine Einwilligung"),
    (GateReason, GateReason.NOT_GIVEN): QT_TRANSLATE_NOOP("Labels", "noch nicht erteilt"),
    (GateReason, GateReason.GIVEN_LATER): QT_TRANSLATE_NOOP("Labels", "erst später erteilt"),
    (GateReason, GateReason.NO_CUSTODY_HOLDER): QT_TRANSLATE_NOOP(
        "Labels", "keine sorgeberechtigte Person erfasst"
    ),
    (GateReason, GateReason.CUSTODY_HOLDER_MISSING): QT_TRANSLATE_NOOP(
        "Labels", "nicht von allen Sorgeberechtigten erteilt"
    ),
    (GateReason, GateReason.NOT_GIVEN_BY_PERSON): QT_TRANSLATE_NOOP(
        "Labels", "nicht von der Person selbst erteilt"
    ),
    (GateReason, GateReason.PURPOSE_NOT_COVERED): QT_TRANSLATE_NOOP(
        "Labels", "Zweck nicht umfasst"
    ),
    (GateReason, GateReason.RECIPIENT_NOT_COVERED): QT_TRANSLATE_NOOP(
        "Labels", "Stelle nicht umfasst"
    ),
    (GateReason, GateReason.CATEGORY_NOT_COVERED): QT_TRANSLATE_NOOP(
        "Labels", "Daten nicht umfasst"
    ),
    (GateReason, GateReason.WITHDRAWN): QT_TRANSLATE_NOOP("Labels", "widerrufen"),
    (GateReason, GateReason.EXPIRED): QT_TRANSLATE_NOOP("Labels", "abgelaufen"),
    (LegalAge, LegalAge.ADULT): QT_TRANSLATE_NOOP("Labels", "volljährig"),
    (LegalAge, LegalAge.MINOR): QT_TRANSLATE_NOOP("Labels", "minderjährig"),
    (LegalAge, LegalAge.UNCERTAIN): QT_TRANSLATE_NOOP("Labels", "Volljährigkeit ungewiss"),
    (ConferenceStatus, ConferenceStatus.PLANNED): QT_TRANSLATE_NOOP("Labels", "geplant"),
    (ConferenceStatus, ConferenceStatus.HELD): QT_TRANSLATE_NOOP("Labels", "durchgeführt"),
    (ConferenceStatus, ConferenceStatus.CANCELLED): QT_TRANSLATE_NOOP("Labels", "abgesagt"),
    (DocumentKind, DocumentKind.CONSENT_FORM): QT_TRANSLATE_NOOP(
        "Labels", "Einwilligungserklärung"
    ),
    (DocumentKind, DocumentKind.AGENDA): QT_TRANSLATE_NOOP("Labels", "Tagesordnung"),
    (DocumentKind, DocumentKind.INVITATION): QT_TRANSLATE_NOOP("Labels", "Kalendereinladung"),
    (DocumentKind, DocumentKind.MINUTES): QT_TRANSLATE_NOOP("Labels", "Protokoll"),
    (DocumentKind, DocumentKind.RESULTS_SHEET): QT_TRANSLATE_NOOP("Labels", "Ergebnisblatt"),
    (DocumentKind, DocumentKind.HELP_PLAN_FAMILY): QT_TRANSLATE_NOOP(
        "Labels", "Hilfeplan (Fassung für die Familie)"
    ),
    (DocumentKind, DocumentKind.HELP_PLAN_OFFICE): QT_TRANSLATE_NOOP(
        "Labels", "Hilfeplan (Fassung für die Akte)"
    ),
    (DocumentKind, DocumentKind.GENOGRAM): QT_TRANSLATE_NOOP("Labels", "Genogramm"),
    (DocumentKind, DocumentKind.DISCLOSURE_LOG): QT_TRANSLATE_NOOP(
        "Labels", "Offenlegungsprotokoll"
    ),
    (RecipientKind, RecipientKind.FAMILY): QT_TRANSLATE_NOOP("Labels", "Familie"),
    (RecipientKind, RecipientKind.ACTOR): QT_TRANSLATE_NOOP("Labels", "Stelle des Netzwerks"),
    (RecipientKind, RecipientKind.FILE): QT_TRANSLATE_NOOP("Labels", "Akte"),
    (DisclosureChannel, DisclosureChannel.PRINT): QT_TRANSLATE_NOOP("Labels", "gedruckt"),
    (DisclosureChannel, DisclosureChannel.FILE): QT_TRANSLATE_NOOP("Labels", "Datei"),
}


_LABELS: dict[tuple[type[Enum], str], str] = {}
for (_kind, _member), _text in _LABEL_SOURCES.items():
    _LABELS[(_kind, _member.value)] = _text

_ERRORS: dict[ErrorCode, str] = {
    ErrorCode.REQUIRED: QT_TRANSLATE_NOOP("Errors", "Bitte ausfüllen."),
    ErrorCode.TOO_LONG: QT_TRANSLATE_NOOP("Errors", "Der Text ist zu lang."),
    ErrorCode.INVALID_VALUE: QT_TRANSLATE_NOOP("Errors", "Dieser Wert ist nicht gültig."),
    ErrorCode.WRONG_TYPE: QT_TRANSLATE_NOOP("Errors", "Dieser Wert hat die falsche Art."),
    ErrorCode.UNKNOWN_FIELD: QT_TRANSLATE_NOOP("Errors", "Unbekanntes Feld."),
    ErrorCode.INVALID_DATE: QT_TRANSLATE_NOOP(
        "Errors", "Kein gültiges Datum (z. B. 14.03.2011, 03.2011 oder 2011)."
    ),
    ErrorCode.INVALID_CODE: QT_TRANSLATE_NOOP("Errors", "Unbekannter Länder- oder Sprachcode."),
    ErrorCode.DATE_IN_FUTURE: QT_TRANSLATE_NOOP("Errors", "Das Datum liegt in der Zukunft."),
    ErrorCode.END_BEFORE_START: QT_TRANSLATE_NOOP("Errors", "Das Ende liegt vor dem Beginn."),
    ErrorCode.DEATH_BEFORE_BIRTH: QT_TRANSLATE_NOOP(
        "Errors", "Das Sterbedatum liegt vor dem Geburtsdatum."
    ),
    ErrorCode.INVALID_CASE_NUMBER: QT_TRANSLATE_NOOP(
        "Errors", "Ein Aktenzeichen sieht so aus: 2026-0042."
    ),
    ErrorCode.DUPLICATE_CASE_NUMBER: QT_TRANSLATE_NOOP(
        "Errors", "Dieses Aktenzeichen ist schon vergeben."
    ),
    ErrorCode.CLOSED_WITHOUT_DATE: QT_TRANSLATE_NOOP(
        "Errors", "Eine abgeschlossene Akte braucht ein Abschlussdatum."
    ),
    ErrorCode.OPEN_WITH_CLOSING_DATE: QT_TRANSLATE_NOOP(
        "Errors", "Eine offene Akte kann kein Abschlussdatum haben."
    ),
    ErrorCode.FAMILY_FILE_CLOSED: QT_TRANSLATE_NOOP(
        "Errors", "Die Familienakte ist abgeschlossen. Bitte zuerst wieder öffnen."
    ),
    ErrorCode.LEGAL_BASIS_REQUIRED: QT_TRANSLATE_NOOP(
        "Errors", "Eine Aufenthaltserlaubnis braucht ihre Rechtsgrundlage (z. B. § 25b)."
    ),
    ErrorCode.SELF_RELATIONSHIP: QT_TRANSLATE_NOOP(
        "Errors", "Eine Person kann nicht mit sich selbst verbunden werden."
    ),
    ErrorCode.OWN_ANCESTOR: QT_TRANSLATE_NOOP(
        "Errors", "Damit wäre eine Person ihr eigener Vorfahre."
    ),
    ErrorCode.TOO_MANY_BIOLOGICAL_PARENTS: QT_TRANSLATE_NOOP(
        "Errors", "Ein Kind kann höchstens zwei leibliche Eltern haben."
    ),
    ErrorCode.DUPLICATE_RELATIONSHIP: QT_TRANSLATE_NOOP(
        "Errors", "Diese Beziehung ist schon erfasst."
    ),
    ErrorCode.NOTE_IMMUTABLE: QT_TRANSLATE_NOOP(
        "Errors", "Notizen werden nicht geändert. Bitte eine Korrektur hinzufügen."
    ),
    ErrorCode.NOT_FOUND: QT_TRANSLATE_NOOP("Errors", "Der Eintrag existiert nicht (mehr)."),
    ErrorCode.NOT_A_MEMBER: QT_TRANSLATE_NOOP(
        "Errors", "Die Person gehört nicht zu dieser Familienakte."
    ),
    ErrorCode.POSSIBLE_DUPLICATE: QT_TRANSLATE_NOOP(
        "Errors", "Eine Person mit diesem Namen und Geburtsjahr gibt es schon."
    ),
    ErrorCode.TASK_ALREADY_DONE: QT_TRANSLATE_NOOP("Errors", "Die Aufgabe ist schon erledigt."),
    ErrorCode.REFERENCE_MISMATCH: QT_TRANSLATE_NOOP(
        "Errors", "Die verknüpften Einträge gehören nicht zusammen."
    ),
    ErrorCode.NO_PARENTS_RECORDED: QT_TRANSLATE_NOOP(
        "Errors",
        "Bitte zuerst einen Elternteil eintragen: Geschwister werden über die Eltern verbunden.",
    ),
    ErrorCode.HELP_PLAN_EXISTS: QT_TRANSLATE_NOOP(
        "Errors", "Für diese Familienakte gibt es schon einen Hilfeplan."
    ),
    ErrorCode.HELP_PLAN_NOT_EDITABLE: QT_TRANSLATE_NOOP(
        "Errors",
        "Eine vereinbarte Fassung des Hilfeplans bleibt unverändert. Bitte eine Fortschreibung "
        "beginnen.",
    ),
    ErrorCode.HELP_PLAN_NOT_AGREED: QT_TRANSLATE_NOOP(
        "Errors", "Unterschrieben werden kann nur eine vereinbarte Fassung."
    ),
    ErrorCode.HELP_PLAN_DRAFT_OPEN: QT_TRANSLATE_NOOP(
        "Errors", "Es gibt schon einen Entwurf des Hilfeplans. Bitte ihn zuerst fortführen."
    ),
    ErrorCode.GOAL_LEVEL_MISMATCH: QT_TRANSLATE_NOOP(
        "Errors",
        "Aktivitäten gehören unter ein Ergebnisziel, Ergebnisziele unter ein Rahmenziel.",
    ),
    ErrorCode.CONSENT_NOT_EDITABLE: QT_TRANSLATE_NOOP(
        "Errors",
        "Eine erteilte Einwilligung bleibt unverändert. Für einen anderen Umfang bitte eine "
        "neue Einwilligung vorbereiten.",
    ),
    ErrorCode.CONSENT_NOT_GIVEN: QT_TRANSLATE_NOOP(
        "Errors", "Die Einwilligung ist noch nicht erteilt. Bitte zuerst die Erteilung erfassen."
    ),
    ErrorCode.CONSENT_WITHDRAWN: QT_TRANSLATE_NOOP(
        "Errors", "Die Einwilligung ist bereits vollständig widerrufen."
    ),
    ErrorCode.DISCLOSURE_NOT_PERMITTED: QT_TRANSLATE_NOOP(
        "Errors",
        "Für diese Weitergabe liegt keine gültige Einwilligung vor. Es wurde nichts weitergegeben.",
    ),
    ErrorCode.NAME_IN_ANONYMISED: QT_TRANSLATE_NOOP(
        "Errors",
        "In einer anonymisierten Fallbesprechung dürfen keine Namen der Familie vorkommen. "
        "Bitte den Namen durch die Rolle ersetzen (z. B. „Mutter“).",
    ),
    ErrorCode.CONFERENCE_NOT_HELD: QT_TRANSLATE_NOOP(
        "Errors", "Das geht erst, wenn die Fallkonferenz als durchgeführt markiert ist."
    ),
    ErrorCode.NO_OUTCOME_GOAL: QT_TRANSLATE_NOOP(
        "Errors",
        "Ein vereinbarter Schritt hat kein Ergebnisziel. Bitte zuerst ein Ergebnisziel des "
        "Hilfeplans wählen.",
    ),
}

_WARNINGS: dict[WarningCode, str] = {
    WarningCode.PARENT_VERY_YOUNG: QT_TRANSLATE_NOOP(
        "Errors", "Der Elternteil war bei der Geburt jünger als 12 Jahre."
    ),
    WarningCode.PARENT_DIED_LONG_BEFORE_BIRTH: QT_TRANSLATE_NOOP(
        "Errors", "Der Elternteil ist vor der Geburt des Kindes gestorben."
    ),
    WarningCode.FICTITIOUS_BIRTH_DATE: QT_TRANSLATE_NOOP(
        "Errors", "Der 01.01. ist oft ein fiktives Geburtsdatum. Bitte prüfen."
    ),
}

#: Expected failures outside the domain, by their stable ``code``.
_FAILURES: dict[str, str] = {
    "wrong_passphrase": QT_TRANSLATE_NOOP(
        "Errors", "Die Passphrase stimmt nicht. Bitte noch einmal versuchen."
    ),
    "wrong_recovery_key": QT_TRANSLATE_NOOP(
        "Errors", "Der Wiederherstellungsschlüssel passt nicht."
    ),
    "malformed_recovery_key": QT_TRANSLATE_NOOP(
        "Errors", "Der Wiederherstellungsschlüssel enthält einen Tippfehler."
    ),
    "weak_passphrase": QT_TRANSLATE_NOOP(
        "Errors", "Die Passphrase ist zu kurz oder zu leicht zu erraten."
    ),
    "vault_not_found": QT_TRANSLATE_NOOP("Errors", "An diesem Ort gibt es keinen Tresor."),
    "vault_exists": QT_TRANSLATE_NOOP("Errors", "An diesem Ort gibt es schon einen Tresor."),
    "key_file_damaged": QT_TRANSLATE_NOOP(
        "Errors",
        "Die Schlüsseldatei des Tresors ist beschädigt. Bitte eine Sicherung zurückspielen.",
    ),
    "device_secret_missing": QT_TRANSLATE_NOOP(
        "Errors",
        "Der Geräteschlüssel fehlt im Schlüsselbund dieses Rechners. "
        "Bitte mit dem Wiederherstellungsschlüssel entsperren.",
    ),
    "keyring_unavailable": QT_TRANSLATE_NOOP(
        "Errors", "Auf diesem Rechner gibt es keinen sicheren Schlüsselbund."
    ),
    "vault_locked": QT_TRANSLATE_NOOP("Errors", "Der Tresor ist gesperrt."),
    "backup_invalid": QT_TRANSLATE_NOOP(
        "Errors", "Die Sicherungsdatei ist beschädigt oder keine Fallmanager-Sicherung."
    ),
    "refused_overwrite": QT_TRANSLATE_NOOP(
        "Errors", "Eine vorhandene Datei wird nicht überschrieben."
    ),
    "vault_busy": QT_TRANSLATE_NOOP(
        "Errors", "Der Tresor ist in einem anderen Fallmanager-Fenster geöffnet."
    ),
    "vault_damaged": QT_TRANSLATE_NOOP(
        "Errors", "Der Tresor ist beschädigt. Bitte eine Sicherung zurückspielen."
    ),
    "storage_full": QT_TRANSLATE_NOOP(
        "Errors", "Der Datenträger ist voll. Es wurde nichts gespeichert."
    ),
    "invalid_exchange_document": QT_TRANSLATE_NOOP(
        "Errors",
        "Die Datei ist keine gültige Fallmanager-Austauschdatei. Es wurde nichts geändert.",
    ),
}

_FIELDS: dict[str, str] = {
    "case_number": QT_TRANSLATE_NOOP("Fields", "Aktenzeichen"),
    "given_names": QT_TRANSLATE_NOOP("Fields", "Vornamen"),
    "family_name": QT_TRANSLATE_NOOP("Fields", "Familienname"),
    "birth_date": QT_TRANSLATE_NOOP("Fields", "Geburtsdatum"),
    "death_date": QT_TRANSLATE_NOOP("Fields", "Sterbedatum"),
    "occurred_at": QT_TRANSLATE_NOOP("Fields", "Zeitpunkt"),
    "title": QT_TRANSLATE_NOOP("Fields", "Titel"),
    "due_on": QT_TRANSLATE_NOOP("Fields", "Fällig am"),
    "name": QT_TRANSLATE_NOOP("Fields", "Name"),
    "valid_from": QT_TRANSLATE_NOOP("Fields", "Gültig ab"),
    "valid_until": QT_TRANSLATE_NOOP("Fields", "Gültig bis"),
    "legal_basis": QT_TRANSLATE_NOOP("Fields", "Rechtsgrundlage"),
    "languages": QT_TRANSLATE_NOOP("Fields", "Sprachen"),
    "nationality": QT_TRANSLATE_NOOP("Fields", "Staatsangehörigkeit"),
}


def label(value: Enum) -> str:
    """The translated name of an enum value (falls back to its code)."""
    source = _LABELS.get((type(value), value.value))
    return QCoreApplication.translate("Labels", source) if source else str(value.value)


def field_name(field: str) -> str:
    source = _FIELDS.get(field)
    return QCoreApplication.translate("Fields", source) if source else field


def error_text(exc: BaseException) -> str:
    """One translated, actionable sentence for an expected failure; never personal data."""
    if isinstance(exc, DomainError):
        source = _ERRORS.get(exc.code)
        if source is None:
            return QCoreApplication.translate("Errors", "Die Eingabe ist nicht gültig.")
        return QCoreApplication.translate("Errors", source)
    code = getattr(exc, "code", None)
    source = _FAILURES.get(code) if isinstance(code, str) else None
    if source is None:
        return QCoreApplication.translate("Errors", "Der Vorgang ist fehlgeschlagen.")
    return QCoreApplication.translate("Errors", source)


def warning_text(warning: DomainWarning) -> str:
    source = _WARNINGS.get(warning.code)
    return QCoreApplication.translate("Errors", source) if source else str(warning.code.value)


def has_label(value: Enum) -> bool:
    return (type(value), value.value) in _LABELS
