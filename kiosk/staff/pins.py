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

from kiosk.staff.common_pins import COMMON_PINS
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


# Three keys in a line on a phone-style keypad (rows, columns, diagonals,
# the 0 column), either way: 159753 is two of them, an X.
_KEYPAD_LINES = frozenset(
    line
    for forward in ("123", "456", "789", "147", "258", "369", "159", "357", "258", "580")
    for line in (forward, forward[::-1])
)


def check_new_pin(pin: str) -> None:
    """Raise ``StaffError`` unless ``pin`` is acceptable as someone's new PIN.

    A PIN is 6 to 12 digits (0-9) and not one of the first guesses anyone
    makes: one digit repeated, digits counting up or down (123456, 987654,
    7890123), or a common PIN (``is_common``).
    """
    if not (pin.isascii() and pin.isdigit()):
        raise StaffError("a PIN must be digits only")
    if not MIN_PIN_DIGITS <= len(pin) <= MAX_PIN_DIGITS:
        raise StaffError(f"a PIN must be {MIN_PIN_DIGITS} to {MAX_PIN_DIGITS} digits long")
    if _counts(pin):
        raise StaffError("a PIN must not be one digit repeated, nor digits counting up or down")
    if is_common(pin):
        raise StaffError(
            "that PIN is one of the most common ones (a repeated block, a mirror, doubled "
            "digits, a keypad pattern); choose a less obvious one"
        )


def is_common(pin: str) -> bool:
    """Whether ``pin`` is on the list of common PINs or follows a pattern people favour.

    The patterns: one digit repeated or counting (111111, 123456, 901234); a
    block repeated (123123, 121212, 007007); a mirror (123321); one digit
    everywhere but one place (000001, 100000); at most two runs of one digit
    (111222, 000999); doubled digits counting (112233); keypad lines of three
    (159753, 147258, 789456). Together they refuse well under 1% of 6-digit
    PINs (tests/unit/staff/test_pins.py measures it).
    """
    if pin in COMMON_PINS or _counts(pin):
        return True
    size = len(pin)
    if any(
        pin == pin[:block] * (size // block)
        for block in range(1, size // 2 + 1)
        if size % block == 0
    ):
        return True
    if pin == pin[::-1] or max(pin.count(digit) for digit in set(pin)) >= size - 1:
        return True
    runs = [(digit, len(list(group))) for digit, group in itertools.groupby(pin)]
    if len(runs) <= 2:
        return True
    if len({length for _, length in runs}) == 1 and _counts("".join(d for d, _ in runs)):
        return True
    return size % 3 == 0 and all(pin[i : i + 3] in _KEYPAD_LINES for i in range(0, size, 3))


def _counts(digits: str) -> bool:
    """One digit repeated, or counting up or down by one, 9 wrapping round to 0."""
    steps = {(int(b) - int(a)) % 10 for a, b in itertools.pairwise(digits)}
    return steps in ({0}, {1}, {9})


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
