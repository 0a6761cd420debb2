"""The teacher's family-language versions of what she typed (table `translations`, 0005).

One row per typed text and language: the text it translates (`source_text`, as it was when
the teacher wrote the version) and the version itself. The language is a template folder's
code ("es", "zh_Hant"). See core/typed_text.py for which texts these are.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from sqlite_utils import Database

from iep_desk.core.typed_text import FieldRef, Translation
from iep_desk.storage.rows import saving


class TranslationStore:
    def __init__(self, db: Database):
        self.db = db

    def of(self, refs: Iterable[FieldRef], language: str) -> dict[FieldRef, Translation]:
        """The stored versions in `language` of the texts at `refs`."""
        return self.every_language(refs).get(language, {})

    def every_language(self, refs: Iterable[FieldRef]) -> dict[str, dict[FieldRef, Translation]]:
        """{language: {ref: version}} of the texts at `refs`, in every language stored."""
        wanted = set(refs)
        if not wanted:
            return {}
        tables = sorted({ref.table for ref in wanted})
        rows = self.db.execute(
            "SELECT language, source_table, source_id, source_column, text, source_text "
            f"FROM translations WHERE source_table IN ({', '.join('?' for _ in tables)})",
            tables).fetchall()
        found: dict[str, dict[FieldRef, Translation]] = {}
        for language, table, row_id, column, text, source in rows:
            ref = FieldRef(table, row_id, column)
            if ref in wanted:
                found.setdefault(language, {})[ref] = Translation(text, source)
        return found

    def save(self, language: str, versions: Mapping[FieldRef, tuple[str, str]]) -> None:
        """Store, in one transaction, each {ref: (source text, version)}; an empty version
        removes the stored one. Raises SaveFailed when the disk refuses (nothing is saved)."""
        with saving(self.db, with_detail=False):
            for ref, (source, text) in versions.items():
                key = [ref.table, ref.row_id, ref.column, language]
                if not text.strip():
                    self.db.execute(
                        "DELETE FROM translations WHERE source_table = ? AND source_id = ? "
                        "AND source_column = ? AND language = ?", key)
                    continue
                self.db.execute(
                    "INSERT INTO translations (source_table, source_id, source_column, "
                    "language, source_text, text) VALUES (?, ?, ?, ?, ?, ?) "
                    "ON CONFLICT (source_table, source_id, source_column, language) DO UPDATE "
                    "SET source_text = excluded.source_text, text = excluded.text, "
                    "updated_at = strftime('%Y-%m-%dT%H:%M:%S', 'now')",
                    [*key, source.strip(), text.strip()])
