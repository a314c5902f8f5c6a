"""Command line: ``python -m anonymiser [FILE] [--always-identifying F] [--never-redact F]``.

With no FILE, reads JSON lines ``{"id": ..., "text": ...}`` from stdin and writes JSON lines
``{"id": ..., "text": ..., "spans": [{"start", "end", "label"}]}``; with FILE, prints the
redacted text of that plain-text file.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TextIO

from anonymiser.engine import anonymise
from anonymiser.model import Policy


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m anonymiser",
        description="Remove identifying details from free-text reports.",
    )
    parser.add_argument("file", nargs="?", help="plain-text file to redact (default: JSON lines on stdin)")
    parser.add_argument("--always-identifying", metavar="FILE",
                        help="file of local terms to always redact, one per line")
    parser.add_argument("--never-redact", metavar="FILE",
                        help="file of terms never to redact, one per line")
    return parser


def run_jsonl(stdin: TextIO, stdout: TextIO, policy: Policy) -> int:
    """Anonymise JSON lines from stdin to stdout; return the number of bad lines."""
    bad = 0
    for lineno, line in enumerate(stdin, start=1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
            text = record["text"]
            if not isinstance(text, str):
                raise TypeError("text must be a string")
        except (ValueError, KeyError, TypeError) as exc:
            print(f"line {lineno}: {exc}", file=sys.stderr)
            bad += 1
            continue
        result = anonymise(text, policy)
        out = {
            "id": record.get("id"),
            "text": result.text,
            "spans": [{"start": s.start, "end": s.end, "label": s.kind} for s in result.spans],
        }
        stdout.write(json.dumps(out, ensure_ascii=False) + "\n")
    return bad


def main(argv: Sequence[str] | None = None) -> int:
    """Run the CLI and return its exit status."""
    args = _parser().parse_args(argv)
    policy = Policy.from_files(args.always_identifying, args.never_redact)
    if args.file:
        text = Path(args.file).read_text(encoding="utf-8")
        sys.stdout.write(anonymise(text, policy).text)
        return 0
    return 1 if run_jsonl(sys.stdin, sys.stdout, policy) else 0


if __name__ == "__main__":
    raise SystemExit(main())
