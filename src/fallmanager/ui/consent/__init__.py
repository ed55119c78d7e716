"""Consents of a family file: who may receive what until when (Einwilligungen)."""

#: The change kind every consent edit announces (Heute lists consents running out).
CONSENT_KIND = "consent"
#: The change kind of a new entry in the disclosure log.
DISCLOSURE_KIND = "disclosure"
