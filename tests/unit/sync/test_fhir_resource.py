"""A request document as a FHIR CommunicationRequest: the mapping docs/sync.md, "FHIR" promises."""

import copy

import pytest
from fhir.resources.R4B.communicationrequest import CommunicationRequest

from kiosk.sync import fhir_resource
from kiosk.sync.fhir_resource import ResourceError, communication_request

REQUEST_ID = "5d1f0e3a-9c1b-4d7e-8a55-0c1f2b3a4d5e"


def document(**changes):
    """A plain document in the documented shape (docs/sync.md), built by hand."""
    doc = {
        "schema": "io-kiosk/callback-request/1",
        "id": REQUEST_ID,
        "created_at": "2026-11-26T22:10:05.123Z",
        "kiosk_id": "lobby-1",
        "phone_e164": "+12025550143",
        "first_name": "Ana",
        "best_time": "evening",
        "language": "es",
        "topics": ["y90", "tace"],
        "consent": {
            "text_version": "2026-11-es-1",
            "text_sha256": "ab" * 32,
            "given_at": "2026-11-26T22:09:58.000Z",
        },
    }
    doc.update(changes)
    return doc


def test_the_resource_carries_everything_the_clinic_needs_to_call_back():
    resource = communication_request(document())
    model = CommunicationRequest.model_validate(resource)  # a valid R4(B) resource
    assert model.status == "active"
    assert resource["identifier"] == [
        {"system": "urn:ietf:rfc:3986", "value": f"urn:uuid:{REQUEST_ID}"}
    ]
    (category,) = resource["category"]
    assert category["coding"][0]["code"] == "patient-callback-request"
    (medium,) = resource["medium"]
    assert medium["coding"][0]["system"].endswith("v3-ParticipationMode")
    assert medium["coding"][0]["code"] == "PHONE"
    (patient,) = resource["contained"]
    assert resource["subject"] == {"reference": "#" + patient["id"]}
    assert patient["telecom"] == [{"system": "phone", "value": "+12025550143"}]
    assert patient["name"] == [{"given": ["Ana"]}]
    assert patient["communication"][0]["language"]["coding"][0]["code"] == "es"
    assert resource["payload"] == [{"contentString": "Call back about: y90, tace"}]
    assert resource["authoredOn"] == "2026-11-26T22:10:05.123Z"
    best_time, consent = resource["note"]
    assert best_time["text"] == "Best time to call: evening."
    assert consent["time"] == "2026-11-26T22:09:58.000Z"
    assert "2026-11-es-1" in consent["text"] and "ab" * 32 in consent["text"]


def test_no_name_and_no_topics_are_said_plainly():
    resource = communication_request(document(first_name=None, topics=[], best_time="any"))
    (patient,) = resource["contained"]
    assert "name" not in patient
    assert resource["payload"][0]["contentString"] == "Call back about: general questions"
    assert resource["note"][0]["text"] == "Best time to call: any time."


def test_if_none_exist_searches_the_requests_own_identifier():
    assert fhir_resource.if_none_exist(REQUEST_ID) == (
        f"identifier=urn:ietf:rfc:3986|urn:uuid:{REQUEST_ID}"
    )


@pytest.mark.parametrize(
    ("path", "value", "problem"),
    [
        (("status",), "draft", "status must be active"),
        (("medium", 0, "coding", 0, "code"), "EMAILWRIT", "medium must be"),
        (("category", 0, "coding", 0, "code"), "other", "category must hold"),
        (("contained", 0, "telecom", 0, "value"), "2025550143", "E.164"),
    ],
)
def test_our_own_checks_refuse_a_resource_a_clinic_could_not_route(path, value, problem):
    resource = communication_request(document())
    changed = copy.deepcopy(resource)
    target = changed
    for step in path[:-1]:
        target = target[step]
    target[path[-1]] = value
    with pytest.raises(ResourceError, match=problem):
        fhir_resource.check(changed)


def test_an_invalid_resource_is_named_by_its_fields_never_its_values():
    with pytest.raises(ResourceError) as raised:
        communication_request(document(created_at="not a time"))
    assert "authoredOn" in str(raised.value)
    assert "not a time" not in str(raised.value)
    with pytest.raises(ResourceError) as raised:
        communication_request(document(phone_e164=["+12025550143"]))
    assert "2025550143" not in str(raised.value)
    with pytest.raises(ResourceError, match="lacks"):
        communication_request({"schema": "io-kiosk/callback-request/1", "id": REQUEST_ID})
