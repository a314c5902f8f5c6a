"""The anonymiser compiled with mypyc: where production finds it, and whether it is current.

`make compiled` builds the anonymiser's modules into `build/compiled/anonymiser` (setup.py,
`CANDOUR_COMPILE=1`) and writes there the digest of the source it was built from. gunicorn
(`gunicorn.conf.py`) puts that folder first on the import path only while the digest matches the
source beside it: a build left behind by an update is never run, the source is, and the log
says so. The compiled build gives the same spans as the source (`make test-compiled` runs the
anonymiser's tests on it; the benchmark compares the two on every report).
"""

from __future__ import annotations

import hashlib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
STAMP = "SOURCES"


def build_dir(root: Path = ROOT) -> Path:
    return root / "build" / "compiled"


def source_digest(root: Path = ROOT) -> str:
    """SHA-256 over the anonymiser's modules and data and the build script, names included."""
    files = sorted([*root.glob("anonymiser/*.py"), *root.glob("anonymiser/data/*"),
                    root / "setup.py"])
    digest = hashlib.sha256()
    for path in files:
        digest.update(path.relative_to(root).as_posix().encode() + b"\0")
        digest.update(path.read_bytes() + b"\0")
    return digest.hexdigest()


def compiled_build(root: Path = ROOT) -> tuple[Path | None, str]:
    """The compiled build's folder when it was built from this source, and why (or why not)."""
    folder = build_dir(root)
    try:
        built = (folder / STAMP).read_text(encoding="ascii").strip()
    except FileNotFoundError:
        return None, "no compiled anonymiser (make compiled builds it): running the source"
    if built != source_digest(root):
        return None, ("the compiled anonymiser was built from other source (run make compiled): "
                      "running the source")
    return folder, "running the compiled anonymiser from build/compiled"
