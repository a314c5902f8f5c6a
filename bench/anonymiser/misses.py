#!/usr/bin/env python3
"""Show where Candour's anonymiser misses, over-redacts or hits a negative.

    python bench/anonymiser/misses.py CORPUS.jsonl [...] [-q]

Runs the library in-process and scores with run.py's scorer, then prints one
line per missed direct identifier (MISS, or PART when partly covered), per
predicted span outside any label (FP) and per negative that was redacted
(NEG), with a little context.  ``-q`` prints the summary only.  A tool for
developers reading their own corpora; it never reads the held-out corpora's
code and prints nothing from real reports.
"""
from __future__ import annotations

import argparse
import pathlib
import sys

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent.parent))
sys.path.insert(0, str(HERE))

from run import DIRECT, load_corpus, score  # noqa: E402

from anonymiser import anonymise  # noqa: E402


def _ctx(text: str, start: int, end: int, width: int = 40) -> str:
    left = text[max(0, start - width):start].replace("\n", " ")
    right = text[end:end + width].replace("\n", " ")
    return f"{left}[[{text[start:end]}]]{right}"


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("corpus", nargs="+")
    ap.add_argument("-q", action="store_true", help="summary only")
    args = ap.parse_args()
    recs = load_corpus(args.corpus)
    preds = {}
    for r in recs:
        res = anonymise(r["text"])
        preds[r["id"]] = [(s.start, s.end, s.kind) for s in res.spans]
    if not args.q:
        for r in recs:
            t = r["text"]
            cov = bytearray(len(t))
            gold = bytearray(len(t))
            for s, e, _ in preds[r["id"]]:
                cov[s:e] = b"\x01" * (e - s)
            for sp in r["spans"]:
                s, e = sp["start"], sp["end"]
                gold[s:e] = b"\x01" * (e - s)
                n = sum(1 for i in range(s, e) if not t[i].isspace())
                c = sum(1 for i in range(s, e) if cov[i] and not t[i].isspace())
                if sp["label"] in DIRECT and c < n:
                    tag = "MISS" if c == 0 else "PART"
                    print(f"{tag} {r['id']} {sp['label']}: {_ctx(t, s, e)}")
            for s, e, kind in preds[r["id"]]:
                if not any(gold[s:e]):
                    print(f"FP   {r['id']} {kind}: {_ctx(t, s, e)}")
            for ng in r["negatives"]:
                s, e = ng["start"], ng["end"]
                if any(cov[s:e]):
                    print(f"NEG  {r['id']}: {_ctx(t, s, e)}")
    m = score(recs, preds)
    print(f"direct recall {m['direct_recall']:.1%}  leaking {m['leak_share']:.1%} "
          f"({m['leak_reports']}/{m['direct_reports']})  precision {m['precision']:.1%}  "
          f"must-not-redact {m['neg_error']:.1%} ({m['neg_hit']}/{m['neg_tot']})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
