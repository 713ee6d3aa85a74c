"""The ``fhir`` target: each request as one ``CommunicationRequest``, created at most once.

Sent with FHIR's conditional create (``If-None-Exist`` on the request's own
``urn:uuid`` identifier), so a request sent again after a lost answer
finds the first copy instead of making a second (R7): the server answers
201 the first time and 200 with the same resource after. Before the first
request, the server's CapabilityStatement (``GET [base]/metadata``) must
declare ``conditionalCreate`` for CommunicationRequest; a server that does
not could store duplicates, so the target pauses instead and says why.

Answers are classified by ``kiosk.sync.attempt`` (R8); a 412 means the
server already holds several records with this identifier, which no resend
can fix: it is parked for a person. TLS errors fail closed (pause).

FHIR needs the plain number, so this target cannot be used with sealing
(``sync_public_key``): ``FhirTarget`` refuses that combination
(docs/sync.md, "FHIR" says how a clinic gets both).
"""

from __future__ import annotations

import os
import ssl
import stat
from collections.abc import Mapping
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import httpx2

from kiosk.sync.attempt import PARK, PAUSE, RETRY, SENT, Attempt, SyncConfigError, classify_status
from kiosk.sync.document import SEALED_SCHEMA
from kiosk.sync.fhir_resource import ResourceError, communication_request, if_none_exist
from kiosk.sync.webhook import is_loopback

FHIR_JSON = "application/fhir+json"
TIMEOUT = httpx2.Timeout(15.0, connect=5.0)  # read/write/pool 15 s, connect 5 s


class FhirConfigError(SyncConfigError):
    """The fhir target cannot be used as configured; the message names the setting."""


class FhirTarget:
    """Delivers plain request documents to a FHIR R4 server's ``CommunicationRequest``.

    Args:
        base_url: the server's FHIR base (``sync_url``), e.g. ``https://ehr.example/fhir``.
        token: a bearer token for ``Authorization``, or None.
        ca_file: the clinic's own CA bundle (``sync_ca_file``), or None for the system's.
        sealed: whether requests are sealed (``sync_public_key`` set): refused.
        transport: an httpx2 transport, for tests only.
    """

    name = "fhir"

    def __init__(
        self,
        base_url: str,
        *,
        token: str | None = None,
        ca_file: Path | None = None,
        sealed: bool = False,
        transport: httpx2.BaseTransport | None = None,
    ) -> None:
        if sealed:
            raise FhirConfigError(
                "sync_target = fhir cannot be used with sync_public_key: the FHIR server "
                "needs the patient's number, and a sealed request has it only for the "
                "holder of the clinic's private key; use the webhook or folder target for "
                "sealed requests and let the clinic's integration engine open them and post "
                "to FHIR (docs/sync.md, section FHIR), or clear sync_public_key"
            )
        self.base_url = _checked_url(base_url)
        headers = {"Accept": FHIR_JSON}
        if token:
            headers["Authorization"] = f"Bearer {token}"
        verify: ssl.SSLContext | bool = True
        if ca_file is not None:
            try:
                verify = ssl.create_default_context(cafile=str(ca_file))
            except (OSError, ssl.SSLError) as exc:
                raise FhirConfigError(f"sync_ca_file: cannot use {ca_file}: {exc}") from exc
        # One client for the target's life: its connections are reused.
        self._client = httpx2.Client(
            headers=headers,
            timeout=TIMEOUT,
            verify=verify,
            transport=transport,
            follow_redirects=False,
            trust_env=False,  # a proxy from the environment must not see patients' numbers
        )
        self._capable = False

    @classmethod
    def from_settings(cls, settings: Any) -> FhirTarget:
        """The target for ``sync_target = "fhir"``: ``sync_url``, ``sync_token_file``,
        ``sync_ca_file``, and ``sync_public_key`` (which must be empty).

        Raises:
            FhirConfigError: a setting that cannot be used, named.
        """
        url = str(settings.sync_url or "")
        token_file = str(settings.sync_token_file or "")
        ca_file = str(settings.sync_ca_file or "")
        public_key = str(settings.sync_public_key or "")
        if not url:
            raise FhirConfigError("sync_url: the FHIR server's base URL is needed for fhir")
        return cls(
            url,
            token=read_token(Path(token_file).expanduser()) if token_file else None,
            ca_file=Path(ca_file).expanduser() if ca_file else None,
            sealed=bool(public_key.strip()),
        )

    def check_capabilities(self) -> Attempt:
        """Whether the server declares conditional create for CommunicationRequest.

        Returns ``sent`` when it does; otherwise the attempt that says why not
        (``pause`` when it does not declare it, ``retry`` when it cannot be asked).
        """
        try:
            response = self._client.get(f"{self.base_url}/metadata")
        except httpx2.HTTPError as exc:
            return _network_attempt(exc, "asking the FHIR server what it supports")
        if response.status_code != 200:
            asked = classify_status(response.status_code, response.headers.get("Retry-After"))
            return Attempt(asked.outcome, f"{asked.reason} to GET /metadata", asked.retry_after)
        try:
            capability = response.json()
        except ValueError:
            return Attempt(PAUSE, "the FHIR server's /metadata is not JSON")
        if not declares_conditional_create(capability):
            return Attempt(
                PAUSE,
                "the FHIR server does not declare conditional create for CommunicationRequest "
                "in its CapabilityStatement; without it a resent request could be stored "
                "twice, so nothing is sent (docs/sync.md, section FHIR)",
            )
        self._capable = True
        return Attempt(SENT, "the FHIR server supports conditional create")

    def deliver(self, request_id: str, document: dict[str, Any]) -> Attempt:
        """Create the request's CommunicationRequest unless the server has it already."""
        if document.get("schema") == SEALED_SCHEMA:
            return Attempt(
                PARK, "a sealed request cannot be sent to FHIR (docs/sync.md, section FHIR)"
            )
        if document.get("id") != request_id:
            return Attempt(PARK, "the document's id is not the request's")
        try:
            resource = communication_request(document)
        except ResourceError as exc:
            return Attempt(PARK, f"the kiosk could not make a valid FHIR resource: {exc}")
        if not self._capable:
            checked = self.check_capabilities()
            if checked.outcome != SENT:
                return checked
        try:
            response = self._client.post(
                f"{self.base_url}/CommunicationRequest",
                json=resource,
                headers={"Content-Type": FHIR_JSON, "If-None-Exist": if_none_exist(request_id)},
            )
        except httpx2.HTTPError as exc:
            return _network_attempt(exc, "sending to the FHIR server")
        status = response.status_code
        if status == 201:
            return Attempt(SENT, "the FHIR server created it (201)")
        if status == 200:
            return Attempt(SENT, "the FHIR server had it already (200, conditional create)")
        if status == 412:
            return Attempt(
                PARK,
                "the FHIR server holds several records with this request's identifier (412); "
                "someone at the clinic must merge them before it can be sent",
            )
        return classify_status(status, response.headers.get("Retry-After"))

    def close(self) -> None:
        self._client.close()


def declares_conditional_create(capability: object) -> bool:
    """Whether a CapabilityStatement has a server ``rest`` with conditional create for us."""
    if not isinstance(capability, Mapping):
        return False
    if capability.get("resourceType") != "CapabilityStatement":
        return False
    for rest in capability.get("rest") or []:
        if not isinstance(rest, Mapping) or rest.get("mode") != "server":
            continue
        for resource in rest.get("resource") or []:
            if (
                isinstance(resource, Mapping)
                and resource.get("type") == "CommunicationRequest"
                and resource.get("conditionalCreate") is True
            ):
                return True
    return False


def read_token(path: Path) -> str:
    """The bearer token from ``sync_token_file``; refused if others may read the file.

    Raises:
        FhirConfigError: missing, empty, or readable by group or world.
    """
    try:
        mode = path.stat().st_mode
        text = path.read_text(encoding="utf-8").strip()
    except OSError as exc:
        raise FhirConfigError(f"sync_token_file: cannot read {path}: {exc.strerror}") from exc
    if os.name == "posix" and mode & (stat.S_IRWXG | stat.S_IRWXO):
        raise FhirConfigError(f"sync_token_file: {path} may be read by others; chmod 600 it")
    if not text:
        raise FhirConfigError(f"sync_token_file: {path} is empty")
    return text


def _checked_url(base_url: str) -> str:
    """The base URL without a trailing slash: https, or http to this machine only."""
    parts = urlsplit(base_url.strip())
    if parts.scheme not in ("https", "http") or not parts.hostname:
        raise FhirConfigError(f"sync_url: {base_url!r} is not an http(s) URL")
    if parts.scheme == "http" and not is_loopback(parts.hostname):
        raise FhirConfigError(
            "sync_url: plain http is allowed only to this machine (loopback); use https"
        )
    return base_url.strip().rstrip("/")


def _network_attempt(exc: httpx2.HTTPError, doing: str) -> Attempt:
    """A failure below HTTP: TLS fails closed (pause); timeouts and resets are retried."""
    if _is_tls_error(exc):
        return Attempt(
            PAUSE, f"TLS failed {doing}: the server's certificate is not trusted (sync_ca_file?)"
        )
    if isinstance(exc, httpx2.TimeoutException):
        return Attempt(RETRY, f"no answer in time {doing}")
    return Attempt(RETRY, f"the connection failed {doing} ({type(exc).__name__})")


def _is_tls_error(exc: BaseException) -> bool:
    seen: BaseException | None = exc
    while seen is not None:
        if isinstance(seen, ssl.SSLError):
            return True
        seen = seen.__cause__ or seen.__context__
    return "CERTIFICATE_VERIFY_FAILED" in str(exc) or "SSL" in type(exc).__name__
