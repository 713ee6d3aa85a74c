"""The document every target receives matches the JSON Schema in the repo (docs/sync.md)."""

from __future__ import annotations

import json

import jsonschema
import pytest

from kiosk.sync import document
from tests.unit.sync.conftest import make_request


@pytest.fixture
def validator():
    schema = document.schema()
    jsonschema.Draft202012Validator.check_schema(schema)
    return jsonschema.Draft202012Validator(schema)


def test_a_saved_request_becomes_a_document_the_schema_accepts(store, validator, clock):
    request_id = store.save_request(make_request(7), now=clock())
    built = document.build(store.get_request(request_id))
    validator.validate(built)
    assert built["schema"] == "io-kiosk/callback-request/1"
    assert built["id"] == request_id
    assert built["phone_e164"] == "+12125550107"
    assert built["first_name"] == "Ana"
    assert built["topics"] == ["y90"]
    assert built["consent"]["text_version"] == "2026-11-en-1"


def test_a_request_without_a_name_says_null(store, validator, clock):
    request_id = store.save_request(make_request(name=None), now=clock())
    built = document.build(store.get_request(request_id))
    validator.validate(built)
    assert built["first_name"] is None


def test_the_schema_refuses_what_a_receiver_must_not_take(store, validator, clock):
    built = document.build(store.get_request(store.save_request(make_request(), now=clock())))
    for field, value in [
        ("phone_e164", "2125550100"),
        ("best_time", "midnight"),
        ("id", "not-a-uuid"),
        ("extra", 1),
    ]:
        with pytest.raises(jsonschema.ValidationError):
            validator.validate({**built, field: value})


def test_encoding_is_stable_json(store, clock):
    built = document.build(store.get_request(store.save_request(make_request(), now=clock())))
    assert document.encode(built) == document.encode(dict(reversed(list(built.items()))))
    assert json.loads(document.encode(built)) == built


def test_a_wiped_request_cannot_be_sent(store, clock):
    row = store.get_request(store.save_request(make_request(), now=clock()))
    with pytest.raises(ValueError, match="no number left"):
        document.build({**row, "phone_e164": ""})
