"""The command line: JSON lines in and out, and plain-text file mode."""

import json
import subprocess
import sys
from pathlib import Path

import anonymiser

# The folder the imported package lives in, so the command runs the same build as the tests:
# the source tree, or the compiled one (`make test-compiled`).
ROOT = Path(anonymiser.__file__).resolve().parents[1]


def run(args: list[str], stdin: str = "") -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "anonymiser", *args],
        input=stdin, capture_output=True, text=True, cwd=ROOT, check=False, timeout=60,
    )


def test_jsonl_round_trip() -> None:
    lines = [
        {"id": 1, "text": "Jayden rang 07700 900123."},
        {"id": "b", "text": "Nothing to hide here."},
    ]
    proc = run([], "\n".join(json.dumps(x) for x in lines) + "\n")
    assert proc.returncode == 0, proc.stderr
    out = [json.loads(line) for line in proc.stdout.splitlines()]
    assert [o["id"] for o in out] == [1, "b"]
    assert out[0]["text"] == "Person A rang [phone]."
    assert out[0]["spans"] == [
        {"start": 0, "end": 6, "label": "name"},
        {"start": 12, "end": 24, "label": "phone"},
    ]
    assert out[1]["spans"] == []


def test_bad_line_reported_and_rest_processed() -> None:
    proc = run([], 'not json\n{"id": 2, "text": "ok"}\n')
    assert proc.returncode == 1
    assert "line 1" in proc.stderr
    assert json.loads(proc.stdout)["id"] == 2


def test_file_mode(tmp_path: Path) -> None:
    report = tmp_path / "report.txt"
    report.write_text("Dr Okafor saw her on 3rd March 2024.\n", encoding="utf-8")
    proc = run([str(report)])
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout == "Doctor 1 saw her on March 2024.\n"


def test_list_flags(tmp_path: Path) -> None:
    always = tmp_path / "always.txt"
    always.write_text("Brookside\n", encoding="utf-8")
    never = tmp_path / "never.txt"
    never.write_text("Grace\n", encoding="utf-8")
    report = tmp_path / "r.txt"
    report.write_text("Grace went to Brookside.", encoding="utf-8")
    proc = run([str(report), "--always-identifying", str(always), "--never-redact", str(never)])
    assert proc.stdout == "Grace went to ZZZ."
