"""The procedure list model follows Qt's model rules, also across a language switch."""

from PySide6.QtCore import Qt

from kiosk.qml.procedures import ProcedureModel


def test_procedure_model_passes_the_model_tester(kiosk, qtmodeltester):
    qtmodeltester.check(kiosk.procedures)


def test_language_switch_resets_the_model_with_new_titles(kiosk, qtbot):
    model: ProcedureModel = kiosk.procedures
    roles = {bytes(name).decode(): role for role, name in model.roleNames().items()}
    title_role = roles["title"]
    assert model.data(model.index(0, 0), title_role) == "What is interventional oncology?"
    with qtbot.waitSignal(model.modelReset):
        kiosk.language.choose("es")
    assert model.data(model.index(0, 0), title_role) == "¿Qué es la oncología intervencionista?"
    assert model.data(model.index(0, 0), Qt.ItemDataRole.DisplayRole) == (
        "¿Qué es la oncología intervencionista?"
    )


def test_details_of_an_unknown_procedure_is_empty(kiosk):
    assert kiosk.procedures.details("nope", "en") == {}
    assert kiosk.procedures.details("y90", "fr") == {}
