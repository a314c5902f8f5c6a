"""Architecture: the anonymiser imports only the standard library and itself."""

import ast
import sys
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[2] / "anonymiser"


def imported_roots(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    roots: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            roots.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level:  # relative import stays inside the package
                continue
            if node.module:
                roots.add(node.module.split(".")[0])
    return roots


def test_package_exists() -> None:
    assert (PACKAGE / "__init__.py").is_file()


def test_only_stdlib_and_own_imports() -> None:
    allowed = set(sys.stdlib_module_names) | {"anonymiser", "__future__"}
    offenders = {}
    for path in sorted(PACKAGE.rglob("*.py")):
        bad = imported_roots(path) - allowed
        if bad:
            offenders[str(path.relative_to(PACKAGE))] = sorted(bad)
    assert offenders == {}


def test_data_files_shipped() -> None:
    data = PACKAGE / "data"
    for name in ("first_names.txt", "surnames.txt", "common_words.txt", "keep_terms.txt"):
        assert (data / name).stat().st_size > 0


def test_the_build_under_test_is_the_one_asked_for() -> None:
    # `make test-compiled` sets CANDOUR_EXPECT_COMPILED=1 and must run the mypyc build;
    # everywhere else the tests must run the source.
    import importlib
    import os

    modules = sorted(p.stem for p in PACKAGE.glob("*.py") if p.stem != "__main__")
    files = {name: importlib.import_module(f"anonymiser.{name}" if name != "__init__" else "anonymiser")
             .__file__ or "" for name in modules}
    compiled = {name for name, path in files.items() if not path.endswith(".py")}
    if os.environ.get("CANDOUR_EXPECT_COMPILED") == "1":
        assert compiled == set(modules), files
    else:
        assert not compiled, files
