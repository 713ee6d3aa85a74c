"""Child process for the R9 kill test: drain the outbox to a webhook, print each delivery.

    python tests/durability/drainer.py <database> <url> <token file> <ca file>

Prints "ready" once the store is open, then each request id after its
delivery was recorded, then "done" when nothing is left. The parent
SIGKILLs it at chosen moments.
"""

import sys
from pathlib import Path

from kiosk.store import Store
from kiosk.store.outbox import Outbox
from kiosk.sync.attempt import SENT
from kiosk.sync.webhook import WebhookTarget
from kiosk.sync.worker import Drainer


def main() -> None:
    db, url, token, ca = sys.argv[1:5]
    with Store.open(Path(db)) as store:
        drainer = Drainer(Outbox(store), WebhookTarget(url, Path(token), Path(ca)))
        print("ready", flush=True)
        while True:
            step = drainer.step()
            if step.outcome == SENT:
                print(step.request_id, flush=True)
            elif step.outcome != "retry":
                break
    print("done", flush=True)


if __name__ == "__main__":
    main()
