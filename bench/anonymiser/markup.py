"""Inline mark-up for hand-written evaluation corpora, shared by every corpus script.

`[[label:value]]` marks an identifier span and `{{term}}` a must-not-redact mention; `parse`
strips the mark-up and returns exact character offsets into the plain text. `nhs_ok` checks an
NHS number's mod-11 check digit so a corpus never carries an impossible number.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping

MARK = re.compile(r"\[\[(\w+):(.+?)\]\]|\{\{(.+?)\}\}", re.S)


def parse(marked: str, *, labels: Iterable[str] | None = None,
          aliases: Mapping[str, str] | None = None) -> tuple[str, list[dict], list[dict]]:
    """Plain text, identifier spans and must-not-redact spans of one marked-up narrative."""
    allowed = set(labels) if labels is not None else None
    out: list[str] = []
    spans: list[dict] = []
    negatives: list[dict] = []
    pos = n = 0
    for match in MARK.finditer(marked):
        chunk = marked[pos:match.start()]
        out.append(chunk)
        n += len(chunk)
        if match.group(1):
            label = (aliases or {}).get(match.group(1), match.group(1))
            if allowed is not None and label not in allowed:
                raise ValueError(f"unknown label {match.group(1)!r}")
            value = match.group(2)
            spans.append({"start": n, "end": n + len(value), "label": label})
        else:
            value = match.group(3)
            negatives.append({"start": n, "end": n + len(value), "term": value})
        out.append(value)
        n += len(value)
        pos = match.end()
    out.append(marked[pos:])
    text = "".join(out)
    if any(token in text for token in ("[[", "]]", "{{", "}}")):
        raise ValueError(f"unbalanced mark-up in: {text[:80]!r}")
    return text, spans, negatives


def nhs_ok(value: str) -> bool:
    """True when a 10-digit NHS number's mod-11 check digit is valid."""
    digits = re.sub(r"\D", "", value)
    if len(digits) != 10:
        return False
    check = 11 - sum(int(c) * (10 - i) for i, c in enumerate(digits[:9])) % 11
    check = 0 if check == 11 else check
    return check != 10 and check == int(digits[9])
