"""The architecture stays visible: imports run one way, and only the limiter sees the client.

STYLE.md: `wsgi -> config.app -> review -> reporting -> config.* -> anonymiser`.
"""

from __future__ import annotations

import ast
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
AREAS = ("config", "reporting", "review", "anonymiser")


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text("utf-8"))
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.add(node.module)
    return found


def _modules(package: str) -> list[Path]:
    return sorted((ROOT / package).rglob("*.py"))


def _top(name: str) -> str:
    return name.split(".")[0]


@pytest.mark.parametrize("path", _modules("reporting"), ids=lambda p: str(p.relative_to(ROOT)))
def test_reporting_never_imports_review(path):
    assert "review" not in {_top(m) for m in _imports(path)}


_PLATFORM = [p for p in _modules("config") if p != ROOT / "config" / "app.py"]


@pytest.mark.parametrize("path", _PLATFORM, ids=lambda p: str(p.relative_to(ROOT)))
def test_platform_never_imports_an_area(path):
    assert not {_top(m) for m in _imports(path)} & {"reporting", "review"}


@pytest.mark.parametrize("path", _modules("anonymiser"), ids=lambda p: str(p.relative_to(ROOT)))
def test_anonymiser_is_a_pure_library(path):
    allowed = set(sys.stdlib_module_names) | {"anonymiser", "__future__"}
    outside = {_top(m) for m in _imports(path)} - allowed
    assert not outside, f"{path.name} imports {outside}"


def test_wsgi_only_builds_the_app():
    source = (ROOT / "wsgi.py").read_text("utf-8")
    tree = ast.parse(source)
    statements = [n for n in tree.body if not (isinstance(n, ast.Expr) and isinstance(n.value, ast.Constant))]
    assert len(statements) == 2
    assert _imports(ROOT / "wsgi.py") == {"config.app"}


_CLIENT_METADATA = ("remote_addr", "access_route", "user_agent", "X-Forwarded-For", "HTTP_USER_AGENT",
                    "HTTP_REFERER", "request.referrer")


@pytest.mark.parametrize("path", [p for a in ("config", "reporting", "review") for p in _modules(a)],
                         ids=lambda p: str(p.relative_to(ROOT)))
def test_only_the_rate_limiter_reads_client_metadata(path):
    if path == ROOT / "config" / "limiter.py":
        return
    source = path.read_text("utf-8")
    used = [word for word in _CLIENT_METADATA if word in source]
    assert not used, f"{path.relative_to(ROOT)} reads {used}: reporters' metadata must never be touched"
