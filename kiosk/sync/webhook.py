"""The webhook target: an HTTPS ``POST`` of the request document (docs/sync.md).

Each request is posted as JSON with ``Idempotency-Key: <request id>``, so
the clinic's integration engine keeps one copy however often the kiosk
sends it (R7). The bearer token is read from ``sync_token_file`` at every
attempt (IT may replace it without a restart) and refused when the file is
readable or writable by group or others. Plain ``http://`` is allowed
only to this computer. Everything that is not a clean answer is failed
closed: a certificate that does not check out pauses the target, it is
never retried without verification.

The client is ``httpx2``, the maintained fork of ``httpx`` (whose releases
stalled in December 2024), with explicit timeouts, no redirects followed,
and no proxy or certificate settings taken from the environment.
"""

from __future__ import annotations

import ipaddress
import os
import ssl
import stat
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import httpx2

from kiosk.sync.attempt import PAUSE, RETRY, Attempt, SyncConfigError, classify_status
from kiosk.sync.document import encode

CONNECT_SECONDS = 5.0
READ_SECONDS = 15.0
_LOOPBACK_NAMES = frozenset({"localhost"})


def check_url(url: str) -> str:
    """``url`` if the kiosk may post to it: https, or http to loopback only."""
    parts = urlsplit(url)
    if parts.scheme not in ("https", "http") or not parts.hostname:
        raise SyncConfigError("sync_url must be an https:// address")
    if parts.scheme == "http" and not is_loopback(parts.hostname):
        raise SyncConfigError(
            "sync_url: plain http:// is allowed only to this computer; use https://"
        )
    if parts.username or parts.password:
        raise SyncConfigError("sync_url must not hold a user or password; use sync_token_file")
    return url


def is_loopback(host: str) -> bool:
    if host.lower() in _LOOPBACK_NAMES:
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def read_token(path: Path | None) -> str:
    """The bearer token in ``path``, refusing a file others could read or change.

    Raises:
        SyncConfigError: no file set, missing, too open, or empty.
    """
    if path is None:
        raise SyncConfigError("sync_token_file is not set; the webhook needs a token")
    try:
        info = path.stat()
        if os.name != "nt" and info.st_mode & (stat.S_IRWXG | stat.S_IRWXO):
            raise SyncConfigError(
                f"sync_token_file {path} can be read or changed by other users; chmod 600 it"
            )
        token = path.read_text(encoding="utf-8").strip()
    except OSError as exc:
        raise SyncConfigError(f"sync_token_file {path}: {exc.strerror or exc}") from None
    if not token or not token.isprintable() or " " in token:
        raise SyncConfigError(f"sync_token_file {path} holds no usable token")
    return token


def tls_context(ca_file: Path | None) -> ssl.SSLContext:
    """Certificate and host name checks always on; the clinic's CA when one is given."""
    try:
        context = ssl.create_default_context(cafile=str(ca_file) if ca_file else None)
    except (OSError, ssl.SSLError) as exc:
        raise SyncConfigError(f"sync_ca_file {ca_file} cannot be used: {exc}") from None
    context.minimum_version = ssl.TLSVersion.TLSv1_2
    return context


class WebhookTarget:
    """POSTs each request's document to ``url``; one client, reused."""

    name = "webhook"

    def __init__(
        self,
        url: str,
        token_file: Path | None,
        ca_file: Path | None = None,
        *,
        read_seconds: float = READ_SECONDS,
    ) -> None:
        """
        Raises:
            SyncConfigError: a URL the kiosk must not post to, or an unusable CA file.
        """
        self.url = check_url(url)
        self.token_file = token_file
        self._client = httpx2.Client(
            verify=tls_context(ca_file),
            trust_env=False,
            follow_redirects=False,
            timeout=httpx2.Timeout(read_seconds, connect=CONNECT_SECONDS),
        )

    def deliver(self, request_id: str, document: dict[str, Any]) -> Attempt:
        try:
            token = read_token(self.token_file)
        except SyncConfigError as exc:
            return Attempt(PAUSE, str(exc))
        headers = {
            "Content-Type": "application/json",
            "Idempotency-Key": request_id,
            "Authorization": f"Bearer {token}",
        }
        try:
            response = self._client.post(self.url, content=encode(document), headers=headers)
        except httpx2.TimeoutException:
            return Attempt(RETRY, "the clinic's server did not answer in time")
        except httpx2.ConnectError as exc:
            if _tls_failure(exc):
                return Attempt(
                    PAUSE,
                    "the clinic's server certificate could not be verified "
                    "(check sync_ca_file and the server's certificate)",
                )
            return Attempt(RETRY, "the clinic's server could not be reached")
        except httpx2.TransportError:
            return Attempt(RETRY, "the connection to the clinic's server broke off")
        return classify_status(response.status_code, response.headers.get("Retry-After"))

    def close(self) -> None:
        self._client.close()


def _tls_failure(exc: BaseException) -> bool:
    """Whether an ssl error is anywhere in the chain of causes."""
    seen: BaseException | None = exc
    while seen is not None:
        if isinstance(seen, ssl.SSLError | ssl.CertificateError):
            return True
        seen = seen.__cause__ or seen.__context__
    return "CERTIFICATE_VERIFY_FAILED" in str(exc) or "SSL" in str(exc)
