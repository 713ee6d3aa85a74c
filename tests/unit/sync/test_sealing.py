"""Sealing to the clinic's key: RFC 9180 A.1 (the suite we use), tampering, swapped envelopes.

The RFC's vectors fix the sender's ephemeral key, which a real sender never
does, so the library's encrypt cannot be asked to reproduce them. Instead
the key schedule of RFC 9180 (sections 4, 4.1, 5.1) is written out here
from the RFC's text on plain HMAC-SHA256, checked against every
intermediate value the RFC prints for A.1.1, and then used to seal
messages that the kiosk's ``open_sealed`` path (cryptography's HPKE) must
open, and the other way round: our envelopes must open with this
independent key schedule. So both directions are tied to the RFC.
"""

import base64
import copy
import hashlib
import hmac
import json

import pytest
from cryptography.hazmat.primitives.asymmetric import x25519
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from kiosk.sync import sealing

# RFC 9180 Appendix A.1.1: DHKEM(X25519, HKDF-SHA256), HKDF-SHA256, AES-128-GCM, mode_base.
A1 = {
    "info": "4f6465206f6e2061204772656369616e2055726e",
    "ikmE": "7268600d403fce431561aef583ee1613527cff655c1343f29812e66706df3234",
    "pkEm": "37fda3567bdbd628e88668c3c8d7e97d1d1253b6d4ea6d44c150f741f1bf4431",
    "skEm": "52c4a758a802cd8b936eceea314432798d5baf2d7e9235dc084ab1b9cfa2f736",
    "ikmR": "6db9df30aa07dd42ee5e8181afdb977e538f5e1fec8a06223f33f7013e525037",
    "pkRm": "3948cfe0ad1ddb695d780e59077195da6c56506b027329794ab02bca80815c4d",
    "skRm": "4612c550263fc8ad58375df3f557aac531d26850903e55a9f23f21d8534e8ac8",
    "enc": "37fda3567bdbd628e88668c3c8d7e97d1d1253b6d4ea6d44c150f741f1bf4431",
    "shared_secret": "fe0e18c9f024ce43799ae393c7e8fe8fce9d218875e8227b0187c04e7d2ea1fc",
    "key_schedule_context": "00725611c9d98c07c03f60095cd32d400d8347d45ed67097bbad50fc56da742d"
    "07cb6cffde367bb0565ba28bb02c90744a20f5ef37f30523526106f637abb05449",
    "secret": "12fff91991e93b48de37e7daddb52981084bd8aa64289c3788471d9a9712f397",
    "key": "4531685d41d65f03dc48f6b8302c05b0",
    "base_nonce": "56d890e5accaaf011cff4b7d",
    "exporter_secret": "45ff1c2e220db587171952c0592d5f5ebe103f1561a2614e38f2ffd47e99e3f8",
}
# A.1.1.1, sequence number 0.
A1_PT = "4265617574792069732074727574682c20747275746820626561757479"
A1_AAD0 = "436f756e742d30"
A1_CT0 = (
    "f938558b5d72f1a23810b4be2ab4f84331acc02fc97babc53a52ae8218a355a96d8770ac83d07bea87e13c512a"
)

KEM_SUITE_ID = b"KEM" + (0x0020).to_bytes(2, "big")
HPKE_SUITE_ID = b"HPKE" + (0x0020).to_bytes(2, "big") + (1).to_bytes(2, "big") * 2


def h(name):
    return bytes.fromhex(A1[name])


# --- RFC 9180 written out, for the test only --------------------------------------


def extract(salt, ikm):
    return hmac.new(salt or b"\0" * 32, ikm, hashlib.sha256).digest()


def expand(prk, info, length):
    out, block, n = b"", b"", 1
    while len(out) < length:
        block = hmac.new(prk, block + info + bytes([n]), hashlib.sha256).digest()
        out, n = out + block, n + 1
    return out[:length]


def labeled_extract(suite_id, salt, label, ikm):
    return extract(salt, b"HPKE-v1" + suite_id + label + ikm)


def labeled_expand(suite_id, prk, label, info, length):
    return expand(prk, length.to_bytes(2, "big") + b"HPKE-v1" + suite_id + label + info, length)


def derive_x25519(ikm):
    """DeriveKeyPair for X25519 (RFC 9180 section 7.1.3)."""
    prk = labeled_extract(KEM_SUITE_ID, b"", b"dkp_prk", ikm)
    return labeled_expand(KEM_SUITE_ID, prk, b"sk", b"", 32)


def raw_public(private_bytes):
    private = x25519.X25519PrivateKey.from_private_bytes(private_bytes)
    return private.public_key().public_bytes_raw()


def shared_secret(dh, enc, pk_r):
    """DHKEM's ExtractAndExpand (section 4.1)."""
    eae_prk = labeled_extract(KEM_SUITE_ID, b"", b"eae_prk", dh)
    return labeled_expand(KEM_SUITE_ID, eae_prk, b"shared_secret", enc + pk_r, 32)


def key_schedule(secret_in, info):
    """KeySchedule for mode_base (section 5.1): (context, secret, key, base_nonce, exporter)."""
    psk_id_hash = labeled_extract(HPKE_SUITE_ID, b"", b"psk_id_hash", b"")
    info_hash = labeled_extract(HPKE_SUITE_ID, b"", b"info_hash", info)
    context = b"\x00" + psk_id_hash + info_hash
    secret = labeled_extract(HPKE_SUITE_ID, secret_in, b"secret", b"")
    return (
        context,
        secret,
        labeled_expand(HPKE_SUITE_ID, secret, b"key", context, 16),
        labeled_expand(HPKE_SUITE_ID, secret, b"base_nonce", context, 12),
        labeled_expand(HPKE_SUITE_ID, secret, b"exp", context, 32),
    )


def reference_seal(sk_e, pk_r, info, plaintext):
    """Single-shot SealBase with a fixed ephemeral key: enc || ciphertext."""
    enc = raw_public(sk_e)
    private = x25519.X25519PrivateKey.from_private_bytes(sk_e)
    dh = private.exchange(x25519.X25519PublicKey.from_public_bytes(pk_r))
    _, _, key, nonce, _ = key_schedule(shared_secret(dh, enc, pk_r), info)
    return enc, AESGCM(key).encrypt(nonce, plaintext, b"")


def reference_open(sk_r, enc, info, ciphertext):
    private = x25519.X25519PrivateKey.from_private_bytes(sk_r)
    dh = private.exchange(x25519.X25519PublicKey.from_public_bytes(enc))
    _, _, key, nonce, _ = key_schedule(shared_secret(dh, enc, raw_public(sk_r)), info)
    return AESGCM(key).decrypt(nonce, ciphertext, b"")


# --- the RFC's vectors -------------------------------------------------------------


def test_the_reference_key_schedule_gives_every_value_of_rfc9180_a11():
    assert derive_x25519(h("ikmE")) == h("skEm")
    assert derive_x25519(h("ikmR")) == h("skRm")
    assert raw_public(h("skEm")) == h("pkEm") == h("enc")
    assert raw_public(h("skRm")) == h("pkRm")
    dh = x25519.X25519PrivateKey.from_private_bytes(h("skEm")).exchange(
        x25519.X25519PublicKey.from_public_bytes(h("pkRm"))
    )
    secret_in = shared_secret(dh, h("enc"), h("pkRm"))
    assert secret_in == h("shared_secret")
    context, secret, key, nonce, exporter = key_schedule(secret_in, h("info"))
    assert (context, secret, key, nonce, exporter) == (
        h("key_schedule_context"),
        h("secret"),
        h("key"),
        h("base_nonce"),
        h("exporter_secret"),
    )
    # Sequence 0's nonce is base_nonce itself; its ciphertext is the RFC's.
    assert AESGCM(key).encrypt(nonce, bytes.fromhex(A1_PT), bytes.fromhex(A1_AAD0)) == (
        bytes.fromhex(A1_CT0)
    )


def test_the_library_opens_what_the_rfc_key_schedule_seals():
    """cryptography's HPKE (what the kiosk and `kiosk sync open` use) follows RFC 9180 A.1."""
    enc, ciphertext = reference_seal(h("skEm"), h("pkRm"), h("info"), bytes.fromhex(A1_PT))
    assert enc == h("enc")
    private = x25519.X25519PrivateKey.from_private_bytes(h("skRm"))
    suite = sealing._SUITE
    assert suite.decrypt(enc + ciphertext, private, info=h("info")) == bytes.fromhex(A1_PT)


def test_an_envelope_from_the_kiosk_opens_with_the_rfc_key_schedule():
    private = x25519.X25519PrivateKey.from_private_bytes(h("skRm"))
    envelope = sealing.seal(
        b"Beauty is truth", private.public_key(), request_id="r-1", kiosk_id="lobby-1"
    )
    assert {k: envelope[k] for k in ("kem", "kdf", "aead")} == sealing.ALGORITHMS
    enc = base64.b64decode(envelope["enc"])
    ciphertext = base64.b64decode(envelope["ciphertext"])
    info = sealing.info_for("r-1", "lobby-1")
    assert reference_open(h("skRm"), enc, info, ciphertext) == b"Beauty is truth"


# --- documents ---------------------------------------------------------------------


def plain(request_id="5d1f0e3a-9c1b-4d7e-8a55-0c1f2b3a4d5e", kiosk_id="lobby-1"):
    """A plain document in the documented shape (docs/sync.md), built by hand."""
    return {
        "schema": sealing.PLAIN_SCHEMA,
        "id": request_id,
        "created_at": "2026-11-26T22:10:05.123Z",
        "kiosk_id": kiosk_id,
        "phone_e164": "+12025550143",
        "first_name": "Ana",
        "best_time": "morning",
        "language": "es",
        "topics": ["y90", "tace"],
        "consent": {
            "text_version": "2026-11-es-1",
            "text_sha256": "ab" * 32,
            "given_at": "2026-11-26T22:09:58.000Z",
        },
    }


@pytest.fixture
def pair():
    private = x25519.X25519PrivateKey.generate()
    return private, private.public_key()


def test_a_sealed_document_shows_only_id_times_and_kiosk(pair):
    private, public = pair
    sealed = sealing.sealed_document(plain(), public)
    assert set(sealed) == {"schema", "id", "created_at", "kiosk_id", "sealed"}
    text = json.dumps(sealed)
    for secret in ("2025550143", "Ana", "y90", "morning"):
        assert secret not in text
    assert sealing.open_sealed(sealed, private) == plain()


def test_every_changed_byte_of_the_envelope_is_refused(pair):
    private, public = pair
    sealed = sealing.sealed_document(plain(), public)
    for field in ("enc", "ciphertext"):
        raw = bytearray(base64.b64decode(sealed["sealed"][field]))
        for position in range(len(raw)):
            changed = copy.deepcopy(sealed)
            flipped = bytearray(raw)
            flipped[position] ^= 0x01
            changed["sealed"][field] = base64.b64encode(flipped).decode()
            with pytest.raises(sealing.SealingError, match=r"does not open|damaged"):
                sealing.open_sealed(changed, private)


@pytest.mark.parametrize(
    "change",
    [
        {"id": "00000000-0000-4000-8000-000000000000"},  # moved to another request
        {"kiosk_id": "lobby-2"},  # claimed by another kiosk
    ],
)
def test_an_envelope_moved_to_another_request_or_kiosk_does_not_open(pair, change):
    private, public = pair
    swapped = {**sealing.sealed_document(plain(), public), **change}
    with pytest.raises(sealing.SealingError, match="does not open"):
        sealing.open_sealed(swapped, private)


def test_a_changed_outside_time_is_refused(pair):
    private, public = pair
    changed = {**sealing.sealed_document(plain(), public), "created_at": "2020-01-01T00:00:00Z"}
    with pytest.raises(sealing.SealingError, match="does not match"):
        sealing.open_sealed(changed, private)


def test_another_key_or_another_suite_is_refused(pair):
    _, public = pair
    sealed = sealing.sealed_document(plain(), public)
    with pytest.raises(sealing.SealingError, match="does not open"):
        sealing.open_sealed(sealed, x25519.X25519PrivateKey.generate())
    other_suite = copy.deepcopy(sealed)
    other_suite["sealed"]["aead"] = "ChaCha20Poly1305"
    with pytest.raises(sealing.SealingError, match="aead"):
        sealing.open_sealed(other_suite, pair[0])
    with pytest.raises(sealing.SealingError, match="not a sealed request"):
        sealing.open_sealed(plain(), pair[0])


def test_keys_round_trip_as_pem_and_a_private_key_is_refused_as_the_kiosk_key(tmp_path):
    private_pem, public_pem = sealing.new_key_pair()
    (tmp_path / "k.pem").write_bytes(private_pem)
    (tmp_path / "p.pem").write_bytes(public_pem)
    private = sealing.load_private_key(tmp_path / "k.pem")
    public = sealing.load_public_key(tmp_path / "p.pem")
    assert sealing.open_sealed(sealing.sealed_document(plain(), public), private) == plain()
    with pytest.raises(sealing.SealingError, match="PRIVATE key: it must never be on a kiosk"):
        sealing.load_public_key(tmp_path / "k.pem")
    with pytest.raises(sealing.SealingError, match="cannot read the key file"):
        sealing.sealer_for(tmp_path / "missing.pem")
    (tmp_path / "junk.pem").write_text("not a key")
    with pytest.raises(sealing.SealingError, match="not a PEM public key"):
        sealing.load_public_key(tmp_path / "junk.pem")
    assert sealing.sealer_for("") is None
