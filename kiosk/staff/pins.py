"""Staff PINs: what a new PIN must look like, and hashing it with Argon2id (R14).

A PIN is stored only as an Argon2id PHC string
(``$argon2id$v=19$m=19456,t=2,p=1$<salt>$<hash>``), which carries its own
parameters, so raising them later needs no migration: the next right PIN is
simply rehashed. Nothing here logs, returns or puts a PIN in a message.
"""

import functools
import itertools
import logging
import secrets

from argon2 import PasswordHasher, Type
from argon2.exceptions import InvalidHashError, VerificationError

from kiosk.staff.errors import StaffError

log = logging.getLogger(__name__)

MIN_PIN_DIGITS = 6
# The on-screen PIN pad takes up to this many digits, so no longer PIN can be
# made: its owner could never sign in (and would lock themselves out trying).
MAX_PIN_DIGITS = 12

# OWASP's Argon2id minimum (m=19 MiB, t=2, p=1): about 30 ms per check on a
# small kiosk PC. A 6-digit PIN has only a million values, so no hash setting
# makes a stolen database safe to ignore; the hash keeps PINs unreadable to
# whoever sees the file, and the lockout (kiosk.staff.lockout) is what stops
# guessing at the screen. parallelism=1: the kiosk has few cores to spare.
HASHER = PasswordHasher(
    time_cost=2,
    memory_cost=19 * 1024,  # KiB
    parallelism=1,
    hash_len=32,
    salt_len=16,
    type=Type.ID,
)


def check_new_pin(pin: str) -> None:
    """Raise ``StaffError`` unless ``pin`` is acceptable as someone's new PIN.

    A PIN is 6 to 32 digits (0-9), and not one digit repeated or a plain run
    such as 123456 or 987654, which are the first guesses anyone makes.
    """
    if not (pin.isascii() and pin.isdigit()):
        raise StaffError("a PIN must be digits only")
    if not MIN_PIN_DIGITS <= len(pin) <= MAX_PIN_DIGITS:
        raise StaffError(f"a PIN must be {MIN_PIN_DIGITS} to {MAX_PIN_DIGITS} digits long")
    steps = {int(b) - int(a) for a, b in itertools.pairwise(pin)}
    if steps in ({0}, {1}, {-1}):
        raise StaffError("a PIN must not be one digit repeated, nor digits counting up or down")


def hash_pin(pin: str, hasher: PasswordHasher = HASHER) -> str:
    """The PHC string to store for ``pin``, with a fresh random salt."""
    return hasher.hash(pin)


def pin_matches(stored: str, pin: str, hasher: PasswordHasher = HASHER) -> bool:
    """Whether ``pin`` is the PIN ``stored`` was made from; False for a damaged hash too."""
    try:
        return hasher.verify(stored, pin)
    except InvalidHashError:
        # Not the hash either (it is damaged): only that it is unusable.
        log.warning("a stored PIN hash is not a valid Argon2 hash; that PIN cannot be used")
        return False
    except VerificationError:  # includes VerifyMismatchError: the wrong PIN
        return False


def dummy_hash(hasher: PasswordHasher = HASHER) -> str:
    """A hash of a random PIN nobody knows, made with ``hasher``'s parameters.

    Checking a PIN for an unknown name against it costs the same time as a
    real check, so the time taken does not tell which names exist.
    """
    return _dummy_hash(hasher.time_cost, hasher.memory_cost, hasher.parallelism, hasher.type)


@functools.cache
def _dummy_hash(time_cost: int, memory_cost: int, parallelism: int, kind: Type) -> str:
    hasher = PasswordHasher(
        time_cost=time_cost, memory_cost=memory_cost, parallelism=parallelism, type=kind
    )
    return hasher.hash(secrets.token_hex(16))
