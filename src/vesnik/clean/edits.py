"""Apply edits to a text while keeping a map from every new position to the old one."""
from __future__ import annotations

from array import array


def apply_edits(text: str, edits: list[tuple[int, int, str]]) -> tuple[str, array]:
    """Replace `text[start:end]` by each edit's string.

    Edits must not overlap. Returns the new text and an array of len(new) + 1 offsets into
    the old text: characters kept map to themselves, inserted ones to the edit's start.
    """
    pieces: list[str] = []
    offsets = array("l")
    pos = 0
    for start, end, new in sorted(edits, key=lambda e: (e[0], e[1])):
        if start < pos:
            raise ValueError(f"overlapping edit at {start}")
        pieces.append(text[pos:start])
        offsets.extend(range(pos, start))
        pieces.append(new)
        if len(new) == end - start:
            offsets.extend(range(start, end))
        else:
            offsets.extend([start] * len(new))
        pos = end
    pieces.append(text[pos:])
    offsets.extend(range(pos, len(text) + 1))
    return "".join(pieces), offsets


def compose(outer: array, inner: array) -> array:
    """Offsets of a text edited twice: `outer` maps the final text to the middle one,
    `inner` maps the middle text to the original."""
    return array("l", (inner[i] for i in outer))
