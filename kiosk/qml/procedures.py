"""``Procedures``: the topics of the current language, as a list model for QML.

The model lists the tiles of the home screen. ``details(id, language)`` gives a
procedure screen everything it shows; a screen passes ``Language.current`` so
its binding re-reads when the language changes and the step stays put.
"""

from datetime import date
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QByteArray,
    QDate,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Slot,
)
from PySide6.QtQml import QmlNamedElement, QmlSingleton, QQmlEngine

from kiosk.content import ContentPack, Procedure, Review
from kiosk.qml import QML_IMPORT_MAJOR_VERSION, QML_IMPORT_NAME, owned_by  # noqa: F401  (read by @QmlElement)

_ROLES = ("procedureId", "tileTitle", "title", "summary")
_ROLE_IDS = {name: Qt.ItemDataRole.UserRole + 1 + n for n, name in enumerate(_ROLES)}
_ATTRIBUTES = {
    "procedureId": "id",
    "tileTitle": "tile_title",
    "title": "title",
    "summary": "summary",
}

_Index = QModelIndex | QPersistentModelIndex


@QmlNamedElement("Procedures")
@QmlSingleton
class ProcedureModel(QAbstractListModel):  # type: ignore[operator]  # stub bug: QmlNamedElement
    @staticmethod
    def create(engine: QQmlEngine) -> "ProcedureModel":
        """QML's hook: this engine's instance, made by the composition root."""
        return owned_by(engine, ProcedureModel)

    def __init__(
        self, packs: dict[str, ContentPack], language: str, parent: QObject | None = None
    ):
        super().__init__(parent)
        self._packs = packs
        self._language = language

    def set_language(self, language: str) -> None:
        if language != self._language:
            self.beginResetModel()
            self._language = language
            self.endResetModel()

    def _rows(self) -> tuple[Procedure, ...]:
        return self._packs[self._language].procedures

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008  (Qt's signature)
        return 0 if parent.isValid() else len(self._rows())

    def roleNames(self) -> dict[int, QByteArray]:
        return {role: QByteArray(name.encode()) for name, role in _ROLE_IDS.items()}

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows()):
            return None
        procedure = self._rows()[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return procedure.title
        for name, role_id in _ROLE_IDS.items():
            if role == role_id:
                return getattr(procedure, _ATTRIBUTES[name])
        return None

    @Slot(str, result="QVariantMap")
    def comparison(self, language: str) -> dict[str, Any]:
        """The side-by-side table, with each column titled by its procedure's short title."""
        pack = self._packs.get(language)
        if pack is None or pack.comparison is None:
            return {}
        table = pack.comparison
        titles = {p.id: p.tile_title for p in pack.procedures}
        return {
            "title": table.title,
            "intro": table.intro,
            "columns": [{"id": c, "title": titles.get(c, c)} for c in table.columns],
            "rows": [{"label": r.label, "cells": list(r.cells)} for r in table.rows],
            **_stamp(table.review, pack, language),
        }

    @Slot(str, str, result="QVariantMap")
    def details(self, procedure_id: str, language: str) -> dict[str, Any]:
        """Everything the procedure screen shows, or an empty map if unknown."""
        pack = self._packs.get(language)
        procedure = pack.procedure(procedure_id) if pack else None
        if pack is None or procedure is None:
            return {}
        review = procedure.review
        return {
            "id": procedure.id,
            "title": procedure.title,
            "tileTitle": procedure.tile_title,
            "alsoCalled": procedure.also_called,
            "summary": procedure.summary,
            "animation": procedure.animation,
            "steps": [
                {"title": s.title, "caption": s.caption, "animationStep": s.animation_step}
                for s in procedure.steps
            ],
            "benefits": list(procedure.benefits),
            "sideEffectsCommon": list(procedure.side_effects_common),
            "sideEffectsSerious": list(procedure.side_effects_serious),
            "recovery": list(procedure.recovery),
            "callYourTeam": list(procedure.call_your_team),
            "questions": list(procedure.questions),
            "sources": [{"title": s.title, "url": s.url} for s in procedure.sources],
            "keyPoints": list(procedure.key_points),
            "who": procedure.who,
            "goal": procedure.goal,
            "before": list(procedure.before),
            "callEmergency": list(procedure.call_emergency),
            **_stamp(review, pack, language),
        }


def _stamp(review: Review | None, pack: ContentPack, language: str) -> dict[str, Any]:
    """A review stamp as the footer shows it: who, when, draft or not, next review."""
    if review is None:
        return {}
    locale = QLocale(language)

    def shown(day: date) -> str:
        return locale.toString(QDate(day.year, day.month, day.day), pack.date_format)

    return {
        "reviewedBy": review.reviewed_by,
        "reviewedOn": shown(review.reviewed_on),
        "reviewDraft": review.is_draft,
        "nextReview": shown(review.next_review),
    }
