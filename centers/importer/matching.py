"""Which stored center each row is, and which center each row is part of.

A row is the stored center of its name in its country: the exact name, else
the one name that differs only in case, else the one center that had the name
before a curator renamed it (so a re-import never duplicates a renamed
center). `part_of` names the row's parent, a center in the same country: in
the file or stored. Every problem is a row error, found before anything is
written.
"""

from __future__ import annotations

from centers.importer.bulk import chunks
from centers.importer.ownership import shown
from centers.models import Center


class CenterMatcher:
    """Match the rows of one file to stored centers and to their parents.

    `centers[i]` is row i's stored center or None (a new one); `former_names`
    holds the rows matched on an earlier name; `parents[i]` is row i's parent:
    a stored Center, or the index of the row that creates it.
    """

    def __init__(self, *, rows, countries, stored, errors):
        self.rows = rows
        self.errors = errors
        self.by_pk = {center.pk: center for center in stored}
        self.names_by_pk = {center.pk: center.name for center in stored}
        self.country_ids = [countries[row.country_code].pk for row in rows]
        exact = {(center.name, center.country_id): center for center in stored}
        self.folded = {}
        for center in stored:
            key = (center.name.casefold(), center.country_id)
            self.folded.setdefault(key, []).append(center)
        self.centers = []
        for row, country_id in zip(rows, self.country_ids, strict=True):
            center = exact.get((row.name, country_id))
            if center is None:
                candidates = self.folded.get((row.name.casefold(), country_id), [])
                center = candidates[0] if len(candidates) == 1 else None
            self.centers.append(center)
        self.former_names = set()
        self._match_former_names()
        self._check_one_row_per_center()
        self.parents = {}
        self._find_parents()
        self._check_loops()

    def shown_value(self, name, value):
        """Show a parent by its name, other values as conflicts show them."""
        if name == "parent_id" and value is not None:
            return repr(self.names_by_pk.get(value, str(value)))
        return shown(value)

    def _match_former_names(self):
        unmatched = {
            (row.name, self.country_ids[index]): index
            for index, row in enumerate(self.rows)
            if self.centers[index] is None
        }
        if not unmatched:
            return
        had_name = {}
        names = sorted({name for name, _ in unmatched})
        for chunk in chunks(names):
            for pk, name, country_id in (
                Center.history.filter(
                    name__in=chunk, country_id__in=set(self.country_ids)
                )
                .values_list("id", "name", "country_id")
                .distinct()
            ):
                if pk in self.by_pk and self.by_pk[pk].name != name:
                    had_name.setdefault((name, country_id), set()).add(pk)
        for key, index in unmatched.items():
            pks = had_name.get(key, set())
            if len(pks) == 1:
                self.centers[index] = self.by_pk[pks.pop()]
                self.former_names.add(index)

    def _check_one_row_per_center(self):
        lines = {}
        for index, center in enumerate(self.centers):
            if center is None:
                continue
            row = self.rows[index]
            if center.pk in lines:
                self.errors.append(
                    f"line {row.line}, column name: {row.name!r} is the center "
                    f"now named {center.name!r}, which line {lines[center.pk]} "
                    "lists too"
                )
            lines.setdefault(center.pk, row.line)

    def _find_parents(self):
        in_file = {
            (row.name.casefold(), self.country_ids[index]): index
            for index, row in enumerate(self.rows)
        }
        for index, row in enumerate(self.rows):
            if not row.part_of:
                continue
            key = (row.part_of.casefold(), self.country_ids[index])
            if key in in_file:
                parent_index = in_file[key]
                stored = self.centers[parent_index]
                self.parents[index] = stored if stored is not None else parent_index
                continue
            candidates = self.folded.get(key, [])
            if len(candidates) == 1:
                self.parents[index] = candidates[0]
            else:
                problem = "names more than one" if candidates else "is not a"
                self.errors.append(
                    f"line {row.line}, column part_of: {row.part_of!r} {problem} "
                    f"center in {row.country_code} (stored or in this file)"
                )

    def _node(self, index):
        center = self.centers[index]
        return ("center", center.pk) if center is not None else ("row", index)

    def _check_loops(self):
        parent_of = {
            ("center", center.pk): ("center", center.parent_id)
            for center in self.by_pk.values()
            if center.parent_id is not None
        }
        for index, parent in self.parents.items():
            if isinstance(parent, Center):
                parent_of[self._node(index)] = ("center", parent.pk)
            else:
                parent_of[self._node(index)] = self._node(parent)
        for index in self.parents:
            start = node = self._node(index)
            for _ in range(len(parent_of)):
                node = parent_of.get(node)
                if node is None:
                    break
                if node == start:
                    row = self.rows[index]
                    self.errors.append(
                        f"line {row.line}, column part_of: {row.part_of!r} is "
                        f"itself part of {row.name!r} (directly or through its "
                        "units)"
                    )
                    break
