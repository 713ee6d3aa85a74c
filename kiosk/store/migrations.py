"""The database schema, as an ordered list of sqlite-utils migrations.

Each migration is one function, applied at most once and recorded in
``_sqlite_migrations``. ``Migrations.apply`` runs each one in a single
transaction together with its record, so a kiosk killed half-way through
leaves the schema as it was before that migration or after it, never in
between, and the next start simply applies it again (R4).

Never edit a migration that has shipped: add a new one at the end.
"""

from sqlite_utils import Database
from sqlite_utils.db import ForeignKey
from sqlite_utils.migrations import Migrations

MIGRATIONS = Migrations("kiosk")


@MIGRATIONS()
def m001_requests_and_outbox(db: Database) -> None:
    """Call-back requests, and the outbox row that carries each one to the sync target."""
    db.table("requests").create(
        {
            "id": str,  # uuid4, made on the kiosk; also the sync idempotency key (R6)
            "created_at": str,  # UTC ISO-8601 with milliseconds
            "phone_e164": str,
            "first_name": str,
            "best_time": str,
            "language": str,
            "topics": str,  # JSON list of procedure ids
            "consent_version": str,
            "consent_sha256": str,
            "consent_at": str,
            "kiosk_id": str,
            "status": str,  # new -> called -> done
            "status_changed_at": str,
            "status_changed_by": str,
        },
        pk="id",
        not_null={
            "created_at",
            "phone_e164",
            "best_time",
            "language",
            "topics",
            "consent_version",
            "consent_sha256",
            "consent_at",
            "kiosk_id",
            "status",
        },
        defaults={"status": "new"},
    )
    # The staff list is "newest first, perhaps only the new ones".
    db.table("requests").create_index(["status", "created_at"])
    db.table("outbox").create(
        {
            "request_id": str,
            "status": str,  # pending, then whatever kiosk.sync makes of it
            "attempts": int,
            "next_attempt_at": str,
            "last_error": str,
        },
        pk="request_id",
        foreign_keys=[
            ForeignKey(
                table="outbox",
                column="request_id",
                other_table="requests",
                other_column="id",
                on_delete="CASCADE",
            )
        ],
        not_null={"status", "attempts"},
        defaults={"status": "pending", "attempts": 0},
    )


@MIGRATIONS()
def m002_usage_counts(db: Database) -> None:
    """Anonymous counts per UTC day: which topics are read, how often the form is used."""
    db.table("usage").create(
        {"day": str, "event": str, "subject": str, "count": int},
        pk=("day", "event", "subject"),
        not_null={"day", "event", "subject", "count"},
        defaults={"subject": "", "count": 0},
    )


@MIGRATIONS()
def m003_staff_accounts(db: Database) -> None:
    """Front-desk staff: one Argon2id PIN hash each, and lockout counters that outlive restarts."""
    db.table("staff").create(
        {
            "key": str,  # the name case-folded: names are unique whatever their case
            "name": str,  # as the admin typed it, for display
            "pin_hash": str,  # Argon2id PHC string, never the PIN (R14)
            "admin": int,
            "failures": int,  # wrong PINs since the last right one (or unlock, or reset)
            "not_before": str,  # no PIN is checked before this UTC time (5+ failures)
            "locked": int,  # 10 failures: only an admin or the CLI can clear it
            "created_at": str,
            "pin_changed_at": str,
        },
        pk="key",
        not_null={"key", "name", "pin_hash", "admin", "failures", "locked", "created_at"},
        defaults={"admin": 0, "failures": 0, "locked": 0},
    )


@MIGRATIONS()
def m004_audit_log(db: Database) -> None:
    """The hash-chained log of staff actions, and its one-row head (R15)."""
    db.table("audit").create(
        {
            "id": int,  # 1, 2, 3, ... without gaps: a gap is a deleted row
            "at": str,
            "action": str,
            "actor": str,
            "detail": str,  # canonical JSON object; never a phone number
            "prev_hash": str,
            "row_hash": str,  # sha256 of prev_hash and this row's canonical JSON
        },
        pk="id",
        not_null={"at", "action", "actor", "detail", "prev_hash", "row_hash"},
    )
    # The latest row's id and hash, written with every row: deleting the last
    # rows of the chain would otherwise leave a shorter chain that checks out.
    db.table("audit_head").create(
        {"id": int, "last_id": int, "row_hash": str},
        pk="id",
        not_null={"last_id", "row_hash"},
    )


@MIGRATIONS()
def m005_audit_seal(db: Database) -> None:
    """Each audit row's seal: HMAC-SHA256 of its hash with a key kept outside the database (R26).

    Rows written before this have none; the first sealed write seals them (kiosk.staff.audit).
    """
    db.execute("ALTER TABLE audit ADD COLUMN row_mac TEXT")


@MIGRATIONS()
def m006_sealed_requests(db: Database) -> None:
    """The envelope of a request sealed to the clinic's key (kiosk.sync.sealing); else NULL.

    A sealed row keeps its phone number and first name only in here:
    ``phone_e164`` is "" and ``first_name`` NULL.
    """
    db.table("requests").add_column("sealed", str)


@MIGRATIONS()
def m007_sync_state(db: Database) -> None:
    """What the sync worker needs to survive restarts (R6-R9), and tombstones (R29).

    The outbox already counts attempts and holds the next attempt's time and
    the last error; it gains why a request was parked and when it was
    delivered, and when its number and name were wiped after delivery (its
    request row is then a tombstone). ``sync_state`` is a small key-value
    table for the target as a whole (paused and why, the last success, the
    last error).
    """
    outbox = db.table("outbox")
    outbox.add_column("parked_reason", str)
    outbox.add_column("delivered_at", str)
    outbox.add_column("wiped_at", str)
    # The drain takes the oldest pending row first: rowid is save order.
    outbox.create_index(["status"])
    db.table("sync_state").create({"key": str, "value": str}, pk="key", not_null={"value"})


@MIGRATIONS()
def m008_closing_requests(db: Database) -> None:
    """How often nobody answered, and why a request was closed without staff (R12).

    ``not_reached`` counts the calls nobody answered; ``closed_reason`` is
    "not_reached" or "no_contact" when the kiosk closed the request itself
    (``kiosk.staff.closing``), else NULL. Earlier calls nobody answered are
    counted from the audit log, where each one is a "status_change" row.
    """
    requests = db.table("requests")
    requests.add_column("not_reached", int, not_null_default=0)
    requests.add_column("closed_reason", str)
    db.execute(
        "UPDATE requests SET not_reached = ("
        "SELECT count(*) FROM audit WHERE action = 'status_change' "
        "AND json_extract(detail, '$.request') = requests.id "
        "AND json_extract(detail, '$.outcome') = 'not_reached')"
    )


def migrate(db: Database, stop_before: str | None = None) -> None:
    """Bring ``db`` to the latest schema; a no-op when it is already there.

    Args:
        db: an open database, not inside a transaction.
        stop_before: the name of a migration not to apply (nor any after it);
            tests use it to build a database at an older version.
    """
    # sqlite-utils creates its bookkeeping table and that table's unique
    # index as two separate statements; one transaction keeps a kill between
    # them from leaving a table without its index.
    with db.atomic():
        MIGRATIONS.ensure_migrations_table(db)
    MIGRATIONS.apply(db, stop_before=stop_before)


def names() -> list[str]:
    """Every migration's name, oldest first; the last is the schema this code expects."""
    with Database(memory=True, execute_plugins=False) as empty:
        return [migration.name for migration in MIGRATIONS.pending(empty)]
