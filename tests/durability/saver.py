"""Child process for the R1 test: save requests forever, print each id once it is saved.

    python tests/durability/saver.py <database>

Imports only ``kiosk.store`` so it starts fast; the request is a plain
namespace with the fields ``Store.save_request`` reads. An id is printed (and
flushed) only after ``save_request`` returned it: every printed id is a
request the kiosk would have thanked the patient for.
"""

import sys
from pathlib import Path
from types import SimpleNamespace

from kiosk.store import Store

REQUEST = SimpleNamespace(
    phone_e164="+12127365000",
    first_name="Ana",
    best_time="any",
    language="en",
    topics=("y90",),
    consent=SimpleNamespace(
        text_version="2026-11-en-1",
        text_sha256="0" * 64,
        given_at="2026-11-26T22:10:05Z",
        kiosk_id="durability",
    ),
)


def main(database: str) -> None:
    store = Store.open(Path(database))
    out = sys.stdout
    while True:
        request_id = store.save_request(REQUEST)
        out.write(request_id + "\n")
        out.flush()


if __name__ == "__main__":
    main(sys.argv[1])
