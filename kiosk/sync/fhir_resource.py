"""A plain request document as one FHIR R4 ``CommunicationRequest`` (docs/sync.md, section FHIR).

``communication_request`` maps the document (``io-kiosk/callback-request/1``)
to the resource and checks it twice before anything is sent: against the
R4B models of ``fhir.resources`` (the same wire format as R4 for this
resource), and against our own rules for the codes a clinic's system will
route on. A resource that fails either is a bug in the kiosk, reported as
``ResourceError`` whose message names the fields, never their values (the
values include a phone number).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

IDENTIFIER_SYSTEM = "urn:ietf:rfc:3986"
CATEGORY_SYSTEM = "urn:io-kiosk:fhir:CodeSystem:request-category"
CATEGORY_CODE = "patient-callback-request"
MEDIUM_SYSTEM = "http://terminology.hl7.org/CodeSystem/v3-ParticipationMode"
MEDIUM_CODE = "PHONE"
LANGUAGE_SYSTEM = "urn:ietf:bcp:47"
PATIENT_ID = "patient"  # the contained Patient's local id: "#patient"
BEST_TIME_WORDS = {
    "morning": "morning",
    "afternoon": "afternoon",
    "evening": "evening",
    "any": "any time",
}
_E164 = re.compile(r"\+[1-9][0-9]{6,14}")


class ResourceError(ValueError):
    """The resource is not one the kiosk may send; the message names fields only."""


def identifier_value(request_id: str) -> str:
    return f"urn:uuid:{request_id}"


def if_none_exist(request_id: str) -> str:
    """The ``If-None-Exist`` search: the request's own id, so a resend finds the first copy."""
    return f"identifier={IDENTIFIER_SYSTEM}|{identifier_value(request_id)}"


def communication_request(document: Mapping[str, Any]) -> dict[str, Any]:
    """The ``CommunicationRequest`` for a plain document, validated.

    Raises:
        ResourceError: the document cannot make a valid resource.
    """
    try:
        resource = _mapped(document)
    except (KeyError, TypeError, AttributeError) as exc:
        raise ResourceError(f"the request document lacks {exc}") from None
    check(resource)
    return resource


def _mapped(document: Mapping[str, Any]) -> dict[str, Any]:
    consent = document["consent"]
    patient: dict[str, Any] = {
        "resourceType": "Patient",
        "id": PATIENT_ID,
        "telecom": [{"system": "phone", "value": document["phone_e164"]}],
        "communication": [
            {
                "language": {
                    "coding": [{"system": LANGUAGE_SYSTEM, "code": document["language"]}]
                },
                "preferred": True,
            }
        ],
    }
    if document.get("first_name"):
        patient["name"] = [{"given": [document["first_name"]]}]
    topics = list(document.get("topics") or [])
    best_time = BEST_TIME_WORDS.get(document["best_time"], document["best_time"])
    return {
        "resourceType": "CommunicationRequest",
        "contained": [patient],
        "identifier": [{"system": IDENTIFIER_SYSTEM, "value": identifier_value(document["id"])}],
        "status": "active",
        "category": [
            {
                "coding": [
                    {
                        "system": CATEGORY_SYSTEM,
                        "code": CATEGORY_CODE,
                        "display": "Patient call-back request",
                    }
                ],
                "text": "Patient call-back request",
            }
        ],
        "priority": "routine",
        "medium": [
            {"coding": [{"system": MEDIUM_SYSTEM, "code": MEDIUM_CODE, "display": "telephone"}]}
        ],
        "subject": {"reference": f"#{PATIENT_ID}"},
        "requester": {"reference": f"#{PATIENT_ID}"},
        "payload": [
            {
                "contentString": "Call back about: "
                + (", ".join(topics) if topics else "general questions")
            }
        ],
        "authoredOn": document["created_at"],
        "note": [
            {"text": f"Best time to call: {best_time}."},
            {
                "time": consent["given_at"],
                "text": "The patient agreed on the kiosk to be called back "
                f"(consent text version {consent['text_version']}, "
                f"sha256 {consent['text_sha256']}), at {consent['given_at']}, "
                f"on kiosk {document['kiosk_id']}.",
            },
        ],
    }


def check(resource: Mapping[str, Any]) -> None:
    """Validate with fhir.resources' R4B model, then our own rules for the routed codes.

    Raises:
        ResourceError: naming the fields that are wrong, never their values.
    """
    from fhir.resources.R4B.communicationrequest import CommunicationRequest
    from pydantic import ValidationError

    try:
        CommunicationRequest.model_validate(dict(resource))
    except ValidationError as exc:
        fields = sorted({".".join(str(p) for p in error["loc"]) for error in exc.errors()})
        raise ResourceError(
            f"not a valid FHIR CommunicationRequest: {', '.join(fields)}"
        ) from None
    problems = []
    if resource.get("status") != "active":
        problems.append("status must be active")
    if not _has_coding(resource.get("category"), CATEGORY_SYSTEM, CATEGORY_CODE):
        problems.append(f"category must hold {CATEGORY_CODE}")
    if not _has_coding(resource.get("medium"), MEDIUM_SYSTEM, MEDIUM_CODE):
        problems.append("medium must be v3-ParticipationMode PHONE")
    identifiers = resource.get("identifier") or []
    if not any(
        i.get("system") == IDENTIFIER_SYSTEM and str(i.get("value", "")).startswith("urn:uuid:")
        for i in identifiers
    ):
        problems.append("identifier must be the request's urn:uuid")
    patients = [r for r in resource.get("contained") or [] if r.get("resourceType") == "Patient"]
    phones = [
        t.get("value")
        for p in patients
        for t in p.get("telecom") or []
        if t.get("system") == "phone"
    ]
    if len(patients) != 1 or len(phones) != 1 or not _E164.fullmatch(str(phones[0])):
        problems.append("the contained Patient must have one E.164 phone number")
    if problems:
        raise ResourceError("; ".join(problems))


def _has_coding(concepts: object, system: str, code: str) -> bool:
    if not isinstance(concepts, list):
        return False
    return any(
        coding.get("system") == system and coding.get("code") == code
        for concept in concepts
        for coding in concept.get("coding") or []
    )
