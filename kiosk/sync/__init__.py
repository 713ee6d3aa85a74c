"""Sync: the outbox delivered to the clinic's own system, exactly once (Qt-free; R6-R9).

A worker drains the outbox in order, one request at a time, to the one
configured target (a webhook, a FHIR R4 server or a folder). Every target
deduplicates on the request id, so delivering again after a lost answer is
safe. Each attempt ends in one ``Attempt`` (``kiosk.sync.attempt``).
"""
