"""Inline mark-up for hand-written evaluation corpora, shared by every corpus script.

`[[label:value]]` marks an identifier span and `{{term}}` a must-not-redact mention; `parse`
strips the mark-up and returns exact character offsets into the plain text. `nhs_ok` checks an
NHS number's mod-11 check digit so a corpus never carries an impossible number.
"""

from __future__ import annotations

import json
import os
import re
import textwrap
from collections import Counter
from collections.abc import Iterable, Mapping
from pathlib import Path

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


def flow(s: str) -> str:
    """Running prose: the source's line breaks and indentation collapsed into single spaces."""
    return " ".join(s.split())


def block(s: str) -> str:
    """Formatted text (e-mails, logs, timelines): line breaks kept, source indentation dropped."""
    return textwrap.dedent(s).strip()


def nhs_ok(value: str) -> bool:
    """True when a 10-digit NHS number's mod-11 check digit is valid."""
    digits = re.sub(r"\D", "", value)
    if len(digits) != 10:
        return False
    check = 11 - sum(int(c) * (10 - i) for i, c in enumerate(digits[:9])) % 11
    check = 0 if check == 11 else check
    return check != 10 and check == int(digits[9])


LABELS = (
    "name", "address", "postcode", "phone", "email", "nhs_number", "ni_number", "case_reference",
    "date_of_birth", "date", "age", "organisation", "vehicle_registration", "aircraft_registration",
    "flight_number",
)
DOMAINS = frozenset({"social_care", "health", "aviation"})
KINDS = frozenset({"incident", "near_miss", "success"})
# Labels whose every repeat in a report must be labelled too.
REPEATABLE = frozenset({
    "name", "email", "phone", "nhs_number", "ni_number", "postcode", "case_reference",
    "vehicle_registration", "aircraft_registration", "flight_number",
})
_POSTCODE = re.compile(r"^[A-Z]{1,2}\d[A-Z\d]? \d[ABD-HJLNP-UW-Z]{2}$")
_NI = re.compile(r"^(?!BG|GB|KN|NK|NT|TN|ZZ)[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z] ?\d{2} ?\d{2} ?\d{2} ?[A-D]$")
_TITLE = re.compile(r"^(Mr|Mrs|Ms|Miss|Mx|Dr|Prof|PC|DC|DS|Sgt|Capt|Captain|Nurse|Sister|Rev)\b\.?", re.I)


def build_records(prefix: str, reports: Iterable[tuple[str, str, str]], *,
                  words: tuple[int, int] = (30, 220)) -> list[dict]:
    """Parse and check (domain, kind, marked text) reports into corpus records.

    Fails loudly on anything a scorer would silently mis-count: overlapping marks, spans with
    outer spaces, impossible NHS/NI numbers and postcodes, titles or possessives inside names,
    and an unlabelled repeat of a labelled identifier.
    """
    records: list[dict] = []
    for i, (domain, kind, marked) in enumerate(reports, start=1):
        rid = f"{prefix}-{i:03d}"
        assert domain in DOMAINS and kind in KINDS, (rid, domain, kind)
        text, spans, negatives = parse(marked, labels=LABELS)
        assert words[0] <= len(text.split()) <= words[1], (rid, len(text.split()))
        marks = sorted([(s["start"], s["end"]) for s in spans] + [(n["start"], n["end"]) for n in negatives])
        for (_s1, e1), (s2, _e2) in zip(marks, marks[1:], strict=False):
            assert e1 <= s2, (rid, "overlap")
        for span in spans:
            _check_span(rid, text, span, spans)
        for neg in negatives:
            term = text[neg["start"]:neg["end"]]
            assert term and term == term.strip(), (rid, term)
        records.append({"id": rid, "domain": domain, "kind": kind, "text": text,
                        "spans": spans, "negatives": negatives})
    return records


def _check_span(rid: str, text: str, span: dict, spans: list[dict]) -> None:
    value = text[span["start"]:span["end"]]
    assert value and value == value.strip(), (rid, value)
    label = span["label"]
    if label == "nhs_number":
        assert nhs_ok(value), (rid, value)
    elif label == "ni_number":
        assert _NI.match(value), (rid, value)
    elif label == "postcode":
        assert _POSTCODE.match(value), (rid, value)
    elif label == "name":
        assert not _TITLE.match(value) and not value.endswith("'s"), (rid, value)
    if label in REPEATABLE:
        for m in re.finditer(rf"(?<!\w){re.escape(value)}(?!\w)", text):
            assert any(s["start"] <= m.start() and m.end() <= s["end"] for s in spans), \
                (rid, "unlabelled repeat", value)


def write_records(path: str | os.PathLike, records: list[dict]) -> None:
    """Write records as JSON lines and print a short census of what they hold."""
    out = Path(path)
    out.parent.mkdir(parents=True, exist_ok=True)
    with out.open("w", encoding="utf-8", newline="\n") as fh:
        for rec in records:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    labels = Counter(s["label"] for r in records for s in r["spans"])
    print(f"wrote {len(records)} reports to {out}")
    print("domains:", dict(sorted(Counter(r["domain"] for r in records).items())))
    print("kinds:", dict(sorted(Counter(r["kind"] for r in records).items())))
    print(f"spans: {sum(labels.values())}", {k: labels[k] for k in LABELS if labels[k]})
    print(f"negatives: {sum(len(r['negatives']) for r in records)}")
