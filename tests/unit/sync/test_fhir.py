"""The fhir target against a real FHIR server (Medplum's router on loopback), and its refusals.

R7: however often a request is sent, lost answers included, the server holds
one CommunicationRequest for it. R8: each kind of answer leads to the
outcome the worker acts on.
"""

import uuid

import httpx2
import pytest

from kiosk.sync import fhir
from kiosk.sync.attempt import PARK, PAUSE, RETRY, SENT
from kiosk.sync.fhir import FhirConfigError, FhirTarget
from kiosk.sync.fhir_resource import communication_request, if_none_exist
from tests.servers.fhir_server import fhir_server  # noqa: F401  (the fixture)
from tests.unit.sync.test_fhir_resource import document

CAPABLE = {
    "resourceType": "CapabilityStatement",
    "rest": [
        {
            "mode": "server",
            "resource": [{"type": "CommunicationRequest", "conditionalCreate": True}],
        }
    ],
}


def new_document():
    return document(id=str(uuid.uuid4()))


def found_by_identifier(base_url, request_id):
    """What a clinic's system finds when it searches for the request's identifier."""
    response = httpx2.get(
        f"{base_url}/CommunicationRequest",
        params={"identifier": if_none_exist(request_id).removeprefix("identifier=")},
        timeout=10,
    )
    response.raise_for_status()
    return [entry["resource"] for entry in response.json().get("entry", [])]


class DropFirstAnswer(httpx2.HTTPTransport):
    """The server commits the first POST, and its answer is lost on the way back."""

    def __init__(self) -> None:
        super().__init__()
        self.dropped = False

    def handle_request(self, request):
        if request.method == "POST" and not self.dropped:
            self.dropped = True
            request.headers["X-Test-Drop-Response"] = "1"  # tests/servers/fhir/server.mjs
        return super().handle_request(request)


def test_conditional_create_makes_it_once_then_finds_the_same_record(fhir_server):  # noqa: F811
    target = FhirTarget(fhir_server)
    doc = new_document()

    first = target.deliver(doc["id"], doc)
    second = target.deliver(doc["id"], doc)

    assert (first.outcome, first.reason) == (SENT, "the FHIR server created it (201)")
    assert second.outcome == SENT and "(200" in second.reason
    (stored,) = found_by_identifier(fhir_server, doc["id"])
    assert stored["contained"][0]["telecom"][0]["value"] == "+12025550143"
    assert stored["status"] == "active"
    target.close()


def test_r7_three_sends_with_a_lost_answer_leave_exactly_one_record(fhir_server):  # noqa: F811
    transport = DropFirstAnswer()
    target = FhirTarget(fhir_server, transport=transport)
    doc = new_document()

    outcomes = [target.deliver(doc["id"], doc).outcome for _ in range(3)]

    assert transport.dropped
    assert outcomes == [RETRY, SENT, SENT]  # the lost answer is retried, then found
    assert len(found_by_identifier(fhir_server, doc["id"])) == 1
    target.close()


def test_several_records_with_the_identifier_park_the_request(fhir_server):  # noqa: F811
    doc = new_document()
    resource = communication_request(doc)
    for _ in range(2):  # someone else stored it twice, without conditional create
        httpx2.post(f"{fhir_server}/CommunicationRequest", json=resource, timeout=10)
    target = FhirTarget(fhir_server)

    attempt = target.deliver(doc["id"], doc)

    assert attempt.outcome == PARK
    assert "several records" in attempt.reason and "412" in attempt.reason
    assert len(found_by_identifier(fhir_server, doc["id"])) == 2  # nothing added
    target.close()


def test_the_servers_capability_statement_is_checked_before_anything_is_sent(fhir_server):  # noqa: F811
    target = FhirTarget(fhir_server)
    assert target.check_capabilities().outcome == SENT
    target.close()


def mocked(handler):
    return FhirTarget("https://ehr.clinic.test/fhir", transport=httpx2.MockTransport(handler))


def test_a_server_without_conditional_create_gets_nothing_and_the_target_pauses():
    posted = []

    def handler(request):
        if request.url.path.endswith("/metadata"):
            return httpx2.Response(200, json={**CAPABLE, "rest": [{"mode": "server"}]})
        posted.append(request)
        return httpx2.Response(201, json={})

    doc = new_document()
    attempt = mocked(handler).deliver(doc["id"], doc)
    assert attempt.outcome == PAUSE and "conditional create" in attempt.reason
    assert posted == []


@pytest.mark.parametrize(
    ("status", "headers", "outcome"),
    [
        (503, {}, RETRY),
        (429, {"Retry-After": "120"}, RETRY),
        (400, {}, PARK),
        (422, {}, PARK),
        (401, {}, PAUSE),
        (403, {}, PAUSE),
    ],
)
def test_each_answer_is_classified(status, headers, outcome):
    seen = []

    def handler(request):
        if request.url.path.endswith("/metadata"):
            return httpx2.Response(200, json=CAPABLE)
        seen.append(request)
        return httpx2.Response(status, headers=headers, json={"resourceType": "OperationOutcome"})

    doc = new_document()
    attempt = mocked(handler).deliver(doc["id"], doc)
    assert attempt.outcome == outcome
    (sent,) = seen
    assert sent.headers["If-None-Exist"] == if_none_exist(doc["id"])
    assert sent.headers["Content-Type"] == "application/fhir+json"
    if status == 429:
        assert attempt.retry_after == 120


def test_timeouts_are_retried_and_tls_failures_fail_closed():
    import ssl

    def timeout(request):
        raise httpx2.ReadTimeout("slow", request=request)

    def bad_certificate(request):
        try:
            raise ssl.SSLCertVerificationError("certificate verify failed")
        except ssl.SSLError as exc:
            raise httpx2.ConnectError("[SSL: CERTIFICATE_VERIFY_FAILED]", request=request) from exc

    doc = new_document()
    assert mocked(timeout).deliver(doc["id"], doc).outcome == RETRY
    attempt = mocked(bad_certificate).deliver(doc["id"], doc)
    assert attempt.outcome == PAUSE and "TLS" in attempt.reason


def test_a_token_is_sent_as_bearer_and_reasons_never_hold_the_number():
    seen = []

    def handler(request):
        seen.append(request)
        if request.url.path.endswith("/metadata"):
            return httpx2.Response(200, json=CAPABLE)
        return httpx2.Response(400, json={"resourceType": "OperationOutcome"})

    target = FhirTarget(
        "https://ehr.clinic.test/fhir/", token="s3cret", transport=httpx2.MockTransport(handler)
    )
    doc = new_document()
    attempt = target.deliver(doc["id"], doc)
    assert [r.url.path for r in seen] == ["/fhir/metadata", "/fhir/CommunicationRequest"]
    assert all(r.headers["Authorization"] == "Bearer s3cret" for r in seen)
    assert "2025550143" not in attempt.reason


def test_sealing_and_fhir_together_are_refused_with_a_clear_config_error(tmp_path):
    class Settings:
        sync_url = "https://ehr.clinic.test/fhir"
        sync_token_file = ""
        sync_ca_file = ""
        sync_public_key = str(tmp_path / "clinic-sync.pub.pem")

    with pytest.raises(FhirConfigError, match="cannot be used with sync_public_key"):
        FhirTarget.from_settings(Settings())
    sealed = {"schema": "io-kiosk/sealed-request/1", "id": "x", "kiosk_id": "k", "sealed": {}}
    assert mocked(lambda r: httpx2.Response(500)).deliver("x", sealed).outcome == PARK


@pytest.mark.parametrize(
    ("url", "problem"),
    [
        ("http://ehr.clinic.test/fhir", "plain http is allowed only to this machine"),
        ("ftp://ehr.clinic.test/fhir", "not an http"),
        ("", "not an http"),
    ],
)
def test_urls_must_be_https_or_loopback(url, problem):
    with pytest.raises(FhirConfigError, match=problem):
        FhirTarget(url)
    FhirTarget("http://127.0.0.1:8080/fhir").close()
    FhirTarget("http://localhost/fhir").close()


def test_the_token_file_must_be_private(tmp_path):
    token = tmp_path / "token"
    token.write_text("s3cret\n")
    token.chmod(0o644)
    with pytest.raises(FhirConfigError, match="may be read by others"):
        fhir.read_token(token)
    token.chmod(0o600)
    assert fhir.read_token(token) == "s3cret"
    with pytest.raises(FhirConfigError, match="cannot read"):
        fhir.read_token(tmp_path / "missing")


def test_from_settings_reads_the_url_token_file_and_ca_file(tmp_path, fhir_server):  # noqa: F811
    token = tmp_path / "token"
    token.write_text("s3cret\n")
    token.chmod(0o600)

    class Settings:
        sync_url = fhir_server + "/"
        sync_token_file = str(token)
        sync_ca_file = ""
        sync_public_key = ""

    target = FhirTarget.from_settings(Settings())
    doc = new_document()
    assert target.deliver(doc["id"], doc).outcome == SENT
    assert len(found_by_identifier(fhir_server, doc["id"])) == 1
    target.close()
    Settings.sync_url = ""
    with pytest.raises(FhirConfigError, match="sync_url"):
        FhirTarget.from_settings(Settings())


def test_the_configured_fhir_target_is_built_from_the_settings(tmp_path):
    # sync_target = "fhir" reaches FhirTarget through the one place targets are made,
    # and a setting it cannot use is a SyncConfigError like any other target's.
    import dataclasses

    from kiosk import settings
    from kiosk.sync.configured import make_target
    from kiosk.sync.webhook import SyncConfigError

    base = settings.load(env={"KIOSK_DATA_DIR": str(tmp_path / "data")}).settings
    s = dataclasses.replace(base, sync_target="fhir", sync_url="http://127.0.0.1:9/fhir")
    target = make_target(s)
    assert isinstance(target, FhirTarget)
    target.close()
    key = tmp_path / "clinic.pub.pem"
    key.write_text("not read here")
    with pytest.raises(SyncConfigError, match="sync_public_key"):
        make_target(dataclasses.replace(s, sync_public_key=key))
