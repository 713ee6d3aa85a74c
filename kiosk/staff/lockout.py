"""How wrong PINs slow down and then stop further tries (R14; OWASP Authentication).

Failures 1 to 4 cost nothing: people mistype. From the 5th on, each failure
makes the next try wait twice as long as the one before (1, 2, 4, 8, 16 s,
never more than 5 minutes), and the 10th locks the account until an admin
or ``kiosk staff unlock`` clears it. Six digits are a million PINs; someone
at the screen gets ten guesses per account, and about half a minute of
waiting, before a person has to notice.
"""

FAILURES_BEFORE_DELAY = 5  # after the 5th failure: exponential delay
FAILURES_BEFORE_LOCK = 10  # at the 10th: locked until an admin or the CLI unlocks
MAX_DELAY_SECONDS = 300.0


def delay_after(failures: int) -> float:
    """Seconds before the next PIN may be tried, after ``failures`` wrong PINs in a row.

    Returns:
        0 for fewer than ``FAILURES_BEFORE_DELAY`` failures, else
        ``2 ** (failures - 5)`` seconds, capped at ``MAX_DELAY_SECONDS``.
    """
    if failures < FAILURES_BEFORE_DELAY:
        return 0.0
    # The inner min() only keeps 2.0 ** n from overflowing if the limits change.
    return min(2.0 ** min(failures - FAILURES_BEFORE_DELAY, 64), MAX_DELAY_SECONDS)


def locks(failures: int) -> bool:
    """Whether ``failures`` wrong PINs in a row lock the account."""
    return failures >= FAILURES_BEFORE_LOCK
