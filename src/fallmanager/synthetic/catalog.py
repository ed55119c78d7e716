"""Fixed material of the synthetic data: the helper network, facilities and German texts.

The organisations are those named in the city's report on long-tolerated families; streets,
phone numbers, e-mail addresses (under the reserved ``.example`` domain) and the names of
most schools and Kitas are invented.
"""

from __future__ import annotations

from dataclasses import dataclass

from fallmanager.domain.housing import AccommodationKind
from fallmanager.domain.network import ActorKind

CITY = "Münster"
POSTCODES = ("48143", "48145", "48147", "48149", "48151", "48153", "48155", "48157", "48159",
             "48161", "48163", "48165", "48167")  # fmt: skip
STREETS = (
    "Lindenstraße", "Am Mühlenbach", "Kastanienallee", "Birkenweg", "Hafenweg", "Schulstraße",
    "Ringstraße", "Brückenstraße", "Gartenstraße", "Wiesenweg", "Eichendorffstraße", "Am Kanal",
    "Ahornweg", "Rosenstraße", "Feldstiege", "Lerchenweg", "Sandstiege", "Im Wiesengrund",
    "Buchenhain", "Am Schäferhof", "Holunderweg", "Kiebitzpohl", "Mergelkamp", "Ulmenweg",
    "Heideweg", "Drosselweg", "Am Stadtgraben", "Weidenstiege", "Zum Lehmkuhlen", "Flachsweg",
)  # fmt: skip


@dataclass(frozen=True, slots=True)
class ActorSpec:
    """An organisation of the network; ``category`` is how the generator picks it."""

    category: str
    name: str
    kind: ActorKind
    department: str = ""
    functions: tuple[str, ...] = ("Beratung",)
    notes: str = ""


ACTORS: tuple[ActorSpec, ...] = (
    ActorSpec("immigration", "Ausländerbehörde Münster", ActorKind.IMMIGRATION_OFFICE,
              "Aufenthaltsrecht und Bleiberecht",
              ("Sachbearbeitung Bleiberecht", "Sachbearbeitung Duldungen", "Teamleitung"),
              "Termine nur nach Vereinbarung; Passbeschaffung über das Servicebüro."),
    ActorSpec("social_service", "Sozialamt", ActorKind.SOCIAL_OFFICE,
              "Sozialdienst für Flüchtlinge",
              ("Sozialarbeiterin Unterkunft", "Sozialarbeiter Unterkunft", "Koordination")),
    ActorSpec("benefits", "Sozialamt", ActorKind.SOCIAL_OFFICE,
              "Leistungsgewährung AsylbLG", ("Leistungssachbearbeitung",)),
    ActorSpec("ksd", "Amt für Kinder, Jugendliche und Familien", ActorKind.YOUTH_OFFICE,
              "Kommunaler Sozialdienst", ("Bezirkssozialarbeit", "Bezirkssozialarbeit")),
    ActorSpec("school_refusal", "Amt für Kinder, Jugendliche und Familien",
              ActorKind.YOUTH_OFFICE, "Fachberatung Schulverweigerung", ("Fachberatung",)),
    ActorSpec("youth_social_work", "Amt für Kinder, Jugendliche und Familien",
              ActorKind.YOUTH_OFFICE, "Fachstelle Jugendsozialarbeit", ("Jugendsozialarbeit",)),
    ActorSpec("school_social_work", "Amt für Schule und Weiterbildung", ActorKind.SCHOOL_OFFICE,
              "Schulsozialarbeit", ("Schulsozialarbeiterin", "Schulsozialarbeiter")),
    ActorSpec("transition", "Amt für Schule und Weiterbildung", ActorKind.SCHOOL_OFFICE,
              "Kommunale Koordinierungsstelle Übergang Schule–Beruf",
              ("Koordination KAoA", "Bildungsberatung")),
    ActorSpec("integration_centre", "Kommunales Integrationszentrum",
              ActorKind.INTEGRATION_CENTRE, "Bildung und Integration",
              ("Bildungsberatung", "Seiteneinstiegsberatung")),
    ActorSpec("health", "Gesundheitsamt", ActorKind.HEALTH_OFFICE,
              "Kinder- und Jugendgesundheit", ("Ärztin", "Sozialmedizinische Assistenz")),
    ActorSpec("integration_point", "Agentur für Arbeit – Integration Point",
              ActorKind.EMPLOYMENT_AGENCY, "Integration Point",
              ("Arbeitsvermittlung", "Berufsberatung")),
    ActorSpec("jobcenter", "Jobcenter Münster", ActorKind.JOBCENTER, "Team Migration",
              ("Fallmanagement", "Leistungssachbearbeitung")),
    ActorSpec("mamba", "MAMBA – Netzwerk Arbeitsmarktintegration", ActorKind.NGO,
              "Projektbüro", ("Coaching", "Jobcoaching"),
              "Münsters Aktionsprogramm für Migrant*innen und Bleibeberechtigte."),
    ActorSpec("ggua", "GGUA Flüchtlingshilfe", ActorKind.NGO, "Ausländerrechtliche Beratung",
              ("Rechtsberatung", "Beratung")),
    ActorSpec("caritas", "Caritas Münster", ActorKind.NGO, "Migrationsberatung",
              ("Migrationsberatung", "Migrationsberatung")),
    ActorSpec("awo", "AWO Stadtteilbüro Kinderhaus", ActorKind.NGO, "Stadtteilarbeit",
              ("Stadtteilarbeit",)),
    ActorSpec("interpreters", "Sprachmittlerpool Münster", ActorKind.INTERPRETER_POOL,
              "Vermittlung", ("Koordination",),
              "Albanisch, Serbisch, Bosnisch, Mazedonisch, Romanes; 3 Werktage Vorlauf."),
    ActorSpec("integration_council", "Integrationsrat der Stadt Münster", ActorKind.OTHER,
              "Geschäftsstelle", ("Geschäftsführung",)),
    ActorSpec("training_provider", "Bildungszentrum Handwerk Münsterland",
              ActorKind.TRAINING_PROVIDER, "Ausbildungsvorbereitung",
              ("Ausbildungsbegleitung",)),
    ActorSpec("doctor_children", "Kinder- und Jugendarztpraxis Kinderhaus", ActorKind.DOCTOR, "",
              ("Praxisteam",)),
    ActorSpec("doctor_children", "Kinder- und Jugendarztpraxis Am Kanal", ActorKind.DOCTOR, "",
              ("Praxisteam",)),
    ActorSpec("doctor_gp", "Hausarztpraxis Am Stadtgraben", ActorKind.DOCTOR, "",
              ("Praxisteam",)),
    ActorSpec("school_primary", "Uppenbergschule", ActorKind.SCHOOL, "Grundschule",
              ("Schulleitung", "Klassenleitung")),
    ActorSpec("school_primary", "Grundschule Am Wasserturm", ActorKind.SCHOOL, "Grundschule",
              ("Klassenleitung",)),
    ActorSpec("school_primary", "Ludgerusschule", ActorKind.SCHOOL, "Grundschule",
              ("Klassenleitung", "Schulsozialarbeit")),
    ActorSpec("school_primary", "Kiebitzschule", ActorKind.SCHOOL, "Grundschule",
              ("Klassenleitung",)),
    ActorSpec("school_secondary", "Hauptschule Coerde", ActorKind.SCHOOL, "Hauptschule",
              ("Klassenleitung", "Schulsozialarbeit", "Beratungslehrer")),
    ActorSpec("school_secondary", "Hauptschule Am Kanal", ActorKind.SCHOOL, "Hauptschule",
              ("Klassenleitung", "Schulsozialarbeit")),
    ActorSpec("school_secondary", "Realschule Im Hagen", ActorKind.SCHOOL, "Realschule",
              ("Klassenleitung",)),
    ActorSpec("school_secondary", "Gesamtschule Nordost", ActorKind.SCHOOL, "Gesamtschule",
              ("Klassenleitung", "Abteilungsleitung")),
    ActorSpec("school_special", "Förderschule Am Bergfeld", ActorKind.SCHOOL,
              "Förderschwerpunkt Lernen", ("Klassenleitung", "Sonderpädagogik")),
    ActorSpec("school_vocational", "Berufskolleg Am Hafen", ActorKind.SCHOOL, "Berufskolleg",
              ("Bildungsgangleitung", "Schulsozialarbeit")),
    ActorSpec("school_vocational", "Berufskolleg für Technik Münster-Süd", ActorKind.SCHOOL,
              "Berufskolleg", ("Bildungsgangleitung",)),
    ActorSpec("kita", "Kita Regenbogen", ActorKind.KITA, "", ("Kita-Leitung",)),
    ActorSpec("kita", "Kita Sonnenblume", ActorKind.KITA, "", ("Kita-Leitung", "Erzieherin")),
    ActorSpec("kita", "Städtische Kita Kinderhaus-West", ActorKind.KITA, "", ("Kita-Leitung",)),
    ActorSpec("kita", "Familienzentrum St. Marien", ActorKind.KITA, "Familienzentrum",
              ("Leitung Familienzentrum",)),
)  # fmt: skip

#: Municipal facilities: (name, kind, street, postcode).
FACILITIES: tuple[tuple[str, AccommodationKind, str, str], ...] = (
    ("Unterkunft Am Hafenbecken", AccommodationKind.MUNICIPAL_REFUGEE, "Am Hafenbecken 12",
     "48155"),
    ("Wohnanlage Lindenhof", AccommodationKind.MUNICIPAL_REFUGEE, "Lindenhof 3-7", "48157"),
    ("Unterkunft Kiebitzpohl", AccommodationKind.MUNICIPAL_REFUGEE, "Kiebitzpohl 40", "48159"),
    ("Übergangswohnheim Mergelkamp", AccommodationKind.MUNICIPAL_REFUGEE, "Mergelkamp 9",
     "48163"),
    ("Übergangseinrichtung Holunderweg", AccommodationKind.HOMELESS_SERVICES, "Holunderweg 2",
     "48145"),
    ("Notunterkunft Weidenstiege", AccommodationKind.HOMELESS_SERVICES, "Weidenstiege 15",
     "48167"),
)  # fmt: skip

# --- Texts --------------------------------------------------------------------------------

ROLES = {
    "immigration": ("Aufenthaltsrechtliche Verfahren", "Duldungsverlängerung, Bleiberecht"),
    "social_service": ("Sozialdienst Unterkunft", "Sozialberatung in der Unterkunft"),
    "benefits": ("Leistungen nach dem AsylbLG",),
    "ksd": ("Hilfen zur Erziehung", "Kinderschutz / Beratung der Eltern"),
    "school_refusal": ("Fachberatung Schulverweigerung",),
    "youth_social_work": ("Jugendsozialarbeit",),
    "school_social_work": ("Schulsozialarbeit",),
    "transition": ("Übergang Schule–Beruf", "Bildungsberatung"),
    "integration_centre": ("Seiteneinstiegsberatung", "Bildungsberatung"),
    "health": ("Kinder- und Jugendgesundheit", "Impfberatung"),
    "integration_point": ("Arbeitsvermittlung", "Berufsberatung"),
    "jobcenter": ("Leistungen und Arbeitsvermittlung SGB II",),
    "mamba": ("Arbeitsmarktintegration", "Jobcoaching"),
    "ggua": ("Ausländerrechtliche Beratung",),
    "caritas": ("Migrationsberatung",),
    "awo": ("Stadtteilarbeit, Hausaufgabenhilfe",),
    "interpreters": ("Sprachmittlung",),
    "integration_council": ("Beschwerde / Vermittlung",),
    "training_provider": ("Ausbildungsvorbereitung",),
    "doctor_children": ("Kinderärztliche Versorgung",),
    "doctor_gp": ("Hausärztliche Versorgung",),
    "school_primary": ("Schule (Klassenleitung)",),
    "school_secondary": ("Schule (Klassenleitung)",),
    "school_special": ("Schule (Klassenleitung)",),
    "school_vocational": ("Berufskolleg",),
    "kita": ("Kita",),
}

CASE_WARNINGS = (
    "keine Besuche vor 10:00 Uhr",
    "Hund in der Wohnung",
    "Termine nur nach telefonischer Absprache",
    "Post an die Beratungsstelle, nicht an die Unterkunft",
    "Kontakt zum früheren Partner vermeiden",
    "Vater arbeitet im Schichtdienst – Termine nachmittags",
    "Mutter schwanger – Termine im Büro bevorzugen",
    "Telefonnummer wechselt häufig",
)
INTERPRETER_WARNING = "nur mit Sprachmittlung"

CONDITIONS = (
    "Wohnsitzauflage: Stadt Münster",
    "Erwerbstätigkeit nur mit Erlaubnis der Ausländerbehörde",
    "Erwerbstätigkeit nicht gestattet",
    "Räumliche Beschränkung auf das Land Nordrhein-Westfalen",
    "Mitwirkung bei der Passbeschaffung",
    "Erlischt mit Bekanntgabe des Abschiebungstermins",
)

OTHER_DOCUMENTS = (
    "Geburtsurkunde (Original)",
    "Geburtsurkunde (Kopie)",
    "Personalausweis des Herkunftslandes, abgelaufen",
    "Heiratsurkunde",
    "Staatsangehörigkeitsnachweis beantragt",
    "Registrierungsbescheinigung der Gemeinde",
    "Auszug aus dem Geburtenregister",
    "Schulbescheinigung",
)

PERSON_NOTES = (
    "Braucht Begleitung zu Behördenterminen.",
    "Regelmäßige Kontrolluntersuchungen beim Hausarzt.",
    "Trägt eine Brille; Sehtest steht an.",
    "Hat großes Interesse an einem Deutschkurs.",
    "Versorgt die jüngeren Geschwister, wenn die Eltern Termine haben.",
    "Spielt im Fußballverein im Stadtteil.",
)

EMPLOYERS = (
    "Reinigungsdienst Sauber & Co. GmbH", "Lagerlogistik Nord GmbH",
    "Restaurant Zum Kanal", "Pflegedienst Lebenswert", "Bäckerei Sommerkamp",
    "Garten- und Landschaftsbau Grünwerk", "Paketdienst Westfalen Express",
    "Hotel am Stadtgraben", "Gebäudeservice Münsterland", "Supermarkt Frischeck",
    "Autowaschanlage Hafenweg", "Kantine im Technologiepark", "Zeitarbeit Kompass GmbH",
    "Malerbetrieb Farbenfroh", "Fleischerei am Markt",
)  # fmt: skip
#: Occupations of unskilled work: (male form, female form).
JOBS = (
    ("Reinigungskraft", "Reinigungskraft"),
    ("Lagerhelfer", "Lagerhelferin"),
    ("Küchenhilfe", "Küchenhilfe"),
    ("Helfer im Garten- und Landschaftsbau", "Helferin im Garten- und Landschaftsbau"),
    ("Verkäufer", "Verkäuferin"),
    ("Pflegehelfer", "Pflegehelferin"),
    ("Fahrer", "Fahrerin"),
    ("Produktionshelfer", "Produktionshelferin"),
    ("Servicekraft", "Servicekraft"),
    ("Malerhelfer", "Malerhelferin"),
    ("Hilfskraft im Hotel", "Hilfskraft im Hotel"),
)
TRAININGS = (
    "Kfz-Mechatroniker/in", "Friseur/in", "Verkäufer/in", "Fachkraft für Lagerlogistik",
    "Pflegefachfrau/Pflegefachmann", "Elektroniker/in für Energie- und Gebäudetechnik",
    "Maler/in und Lackierer/in", "Koch/Köchin", "Medizinische/r Fachangestellte/r",
    "Anlagenmechaniker/in SHK", "Kaufmann/Kauffrau im Einzelhandel", "Bäcker/in",
)  # fmt: skip
TRAINING_EMPLOYERS = (
    "Autohaus Kinderhaus GmbH", "Salon Haarscharf", "Elektro Lichtblick GmbH",
    "Pflegezentrum Am Aasee", "Malerbetrieb Farbenfroh", "Bäckerei Sommerkamp",
    "Sanitärtechnik Wasserwerk", "Restaurant Zum Kanal", "Supermarkt Frischeck",
    "Arztpraxis Am Stadtgraben",
)  # fmt: skip

TOPICS = {
    "school": ("Schulbesuch", "Fehlzeiten", "Elterngespräch Schule", "Hausaufgabenhilfe"),
    "kita": ("Kita-Platz", "Kita-Anmeldung"),
    "passport": ("Passbeschaffung", "Identitätsklärung", "Termin Botschaft"),
    "residence": ("Duldungsverlängerung", "Bleiberecht", "Antrag § 25b", "Antrag § 25a",
                  "Post der Ausländerbehörde"),
    "work": ("Arbeitssuche", "Beschäftigungserlaubnis", "Bewerbung"),
    "training": ("Ausbildungsplatzsuche", "Ausbildung", "Übergang Schule–Beruf"),
    "housing": ("Wohnsituation", "Wohnungssuche", "Umzug"),
    "health": ("Gesundheit", "Arztbesuch", "Impfungen"),
    "money": ("Leistungen AsylbLG", "Schulden", "Kindergeld"),
    "family": ("Familiensituation", "Erziehungsfragen", "Fallkonferenz"),
    "language": ("Sprachkurs", "Integrationskurs"),
}  # fmt: skip

VISIT_OPENERS = {
    "home_visit": (
        "Hausbesuch in der Unterkunft.",
        "Hausbesuch in der Wohnung der Familie.",
        "Hausbesuch; die Familie war vollständig anwesend.",
        "Hausbesuch nach Terminabsprache.",
        "Unangekündigter Hausbesuch, die Familie hat sich Zeit genommen.",
    ),
    "office": (
        "Gespräch im Büro.",
        "Termin im Büro auf Wunsch der Familie.",
        "{adult} kam ohne Termin ins Büro.",
    ),
    "phone": (
        "Telefonat mit {adult}.",
        "Rückruf von {adult}.",
    ),
    "other": ("Kurzer Kontakt im Stadtteilbüro.",),
}
#: Accompaniments (Begleitungen): where to, and how the note begins.
ACCOMPANIMENTS = {
    "Ausländerbehörde": "Begleitung von {adult} zur Ausländerbehörde.",
    "Jobcenter": "Begleitung von {adult} zum Jobcenter.",
    "Schule": "Begleitung zum Elterngespräch in der Schule.",
    "Gesundheitsamt": "Begleitung zum Termin beim Gesundheitsamt.",
    "Botschaft": "Begleitung von {adult} zur Botschaft (Passbeschaffung).",
}
INTERPRETER_SENTENCE = "Gespräch mit Sprachmittlung ({language})."
TOPIC_SENTENCES = {
    "school": (
        "{child} geht regelmäßig zur Schule, die Klassenleitung ist zufrieden.",
        "Die Schule meldet erneut Fehlzeiten von {child}; Gespräch mit der Schulsozialarbeit "
        "vereinbart.",
        "Für {child} wurde ein Platz in der Hausaufgabenhilfe gefunden.",
        "Zeugnis von {child} besprochen; die Versetzung ist gefährdet.",
    ),
    "kita": (
        "Anmeldung von {child} im Kita-Navigator besprochen.",
        "Für {child} ist ab dem Sommer ein Kita-Platz zugesagt.",
    ),
    "passport": (
        "Termin bei der Botschaft zur Passbeschaffung steht noch aus.",
        "{adult} hat die Geburtsurkunde aus dem Herkunftsland erhalten.",
        "Die Ausländerbehörde fordert weitere Nachweise zur Identitätsklärung.",
    ),
    "residence": (
        "Die Duldung läuft bald ab; Termin zur Verlängerung ist vereinbart.",
        "Voraussetzungen für eine Aufenthaltserlaubnis nach § 25b besprochen.",
        "Schreiben der Ausländerbehörde gemeinsam gelesen und erklärt.",
        "Antrag auf Aufenthaltserlaubnis wurde gestellt, Entscheidung steht aus.",
    ),
    "work": (
        "{adult} sucht weiter Arbeit; Bewerbungsunterlagen überarbeitet.",
        "Antrag auf Beschäftigungserlaubnis bei der Ausländerbehörde vorbereitet.",
        "{adult} hat ein Jobangebot in der Reinigung, Probearbeit nächste Woche.",
    ),
    "training": (
        "Ausbildungsplatzsuche von {child} besprochen; Kontakt zur Berufsberatung hergestellt.",
        "{child} hat eine Zusage für ein Praktikum.",
    ),
    "housing": (
        "Die Wohnung ist zu klein für die Familie; Wohnberechtigungsschein beantragt.",
        "Schimmel im Kinderzimmer gemeldet, Hausmeister informiert.",
        "Wohnungssuche: zwei Besichtigungstermine vereinbart.",
    ),
    "health": (
        "U-Untersuchung für {child} vereinbart.",
        "{adult} berichtet von Rückenschmerzen, Termin beim Hausarzt empfohlen.",
        "Impfstatus der Kinder mit dem Gesundheitsamt geklärt.",
    ),
    "money": (
        "Nachzahlung der Leistungen beim Sozialamt angefragt.",
        "Offene Rechnung des Stromanbieters besprochen, Ratenzahlung vereinbart.",
        "Kindergeldantrag ausgefüllt.",
    ),
    "family": (
        "Familiensituation stabil, keine besonderen Vorkommnisse.",
        "Spannungen zwischen den Eltern angesprochen; Beratung angeboten.",
        "Fallkonferenz mit Schule und Jugendamt vorbereitet.",
    ),
    "language": (
        "{adult} ist für einen Integrationskurs angemeldet.",
        "Deutschkurs im Stadtteilbüro empfohlen.",
    ),
}
CLOSINGS = (
    "Nächster Termin in zwei Wochen.",
    "Wiedervorlage nach Rückmeldung der Ausländerbehörde.",
    "Die Familie meldet sich bei Fragen.",
    "Nächster Hausbesuch im kommenden Monat.",
    "",
)
STANDALONE_NOTES = (
    "Telefonat mit der Ausländerbehörde: die Akte liegt zur Prüfung vor.",
    "Rückmeldung der Schulsozialarbeit: die Anwesenheit hat sich verbessert.",
    "E-Mail der Migrationsberatung zur Passbeschaffung erhalten und abgelegt.",
    "Absprache mit dem Sozialdienst der Unterkunft zur Wohnsituation.",
    "Kurze Rücksprache mit dem Jobcenter zur Arbeitsvermittlung.",
    "Fallkonferenz: Aufgaben verteilt, Protokoll folgt.",
)
CORRECTIONS = (
    "Korrektur zum Eintrag vom {date}: Der Termin bei der Ausländerbehörde ist am {other}, "
    "nicht wie notiert.",
    "Korrektur zum Eintrag vom {date}: Nicht {adult}, sondern die Schulsozialarbeit hat die "
    "Schule informiert.",
    "Korrektur zum Eintrag vom {date}: Die Sprachmittlung war telefonisch zugeschaltet.",
    "Korrektur zum Eintrag vom {date}: Der Antrag wurde am {other} gestellt.",
)

TASKS = {
    "residence": ("Duldung verlängern – Termin Ausländerbehörde", "Antrag § 25b vorbereiten",
                  "Nachweise für Bleiberecht zusammenstellen", "Fiktionsbescheinigung abholen"),
    "passport": ("Passbeschaffung: Termin Botschaft vereinbaren",
                 "Geburtsurkunde übersetzen lassen", "Identitätsnachweise anfordern"),
    "school": ("Schulanmeldung für {child}", "Elterngespräch Schule für {child}",
               "Fehlzeiten {child} mit Schulsozialarbeit klären"),
    "kita": ("Kita-Platz für {child} beantragen",),
    "work": ("Bewerbungsunterlagen für {adult} erstellen",
             "Beschäftigungserlaubnis beantragen", "Termin Integration Point vereinbaren"),
    "money": ("Kindergeldantrag einreichen", "Nachweise Lebensunterhalt sammeln",
              "Bescheid Sozialamt prüfen"),
    "family": ("Fallkonferenz vorbereiten", "Hilfeplan fortschreiben"),
    "housing": ("Wohnberechtigungsschein beantragen", "Mängel in der Wohnung melden"),
}  # fmt: skip

#: How the description names the family's residence situation, by pathway.
PATHWAYS = {
    "toleration": "Aufenthalt: Kettenduldungen.",
    "104c": "Aufenthalt: Chancen-Aufenthaltsrecht nach § 104c AufenthG.",
    "104c_failed": "Aufenthalt: § 104c ausgelaufen, wieder Duldung.",
    "25b": "Aufenthalt: Aufenthaltserlaubnis nach § 25b AufenthG.",
    "25_5": "Aufenthalt: Aufenthaltserlaubnis nach § 25 Abs. 5 AufenthG.",
    "youth": "Aufenthalt: Jugendliche mit Aufenthaltserlaubnis nach § 25a, Eltern teils geduldet.",
    "settlement": "Aufenthalt: Niederlassungserlaubnis.",
    "german": "Vater deutscher Staatsangehöriger; Mutter mit Aufenthaltserlaubnis nach § 28.",
    "german_tolerated": "Vater deutscher Staatsangehöriger; Mutter weiterhin geduldet.",
}
LANGUAGE_NAMES = {
    "sq": "Albanisch",
    "sr": "Serbisch",
    "bs": "Bosnisch",
    "mk": "Mazedonisch",
    "rom": "Romanes",
}
KITA_GROUPS = ("Gruppe Igel", "Gruppe Bären", "Gruppe Füchse", "U3-Gruppe", "Maxi-Gruppe")
VOCATIONAL_CLASSES = ("AV 1", "AV 2", "IFK", "BFS 1", "BFS 2", "Unterstufe")
OTHERS_PRESENT = (
    "Schulsozialarbeiterin",
    "Mitarbeiterin der Unterkunft",
    "Kollegin des Kommunalen Sozialdienstes",
    "Onkel der Kinder",
)
NEARBY_CITIES = ("Bielefeld", "Dortmund", "Bochum", "Gelsenkirchen", "Osnabrück")
