"""The compiled anonymiser is run only while it was built from the source beside it."""

from __future__ import annotations

import runpy
import shutil
import sys
from pathlib import Path

import pytest

from config.compiled import (
    STAMP,
    begin_stamp,
    build_dir,
    compiled_build,
    finish_stamp,
    source_digest,
)

ROOT = Path(__file__).resolve().parents[2]


def checkout(tmp_path: Path) -> Path:
    (tmp_path / "anonymiser" / "data").mkdir(parents=True)
    (tmp_path / "anonymiser" / "engine.py").write_text("RULES = 1\n")
    (tmp_path / "anonymiser" / "data" / "first_names.txt").write_text("amira\n")
    (tmp_path / "setup.py").write_text("setup()\n")
    shutil.copy(ROOT / "gunicorn.conf.py", tmp_path / "gunicorn.conf.py")
    return tmp_path


def build(root: Path) -> None:
    build_dir(root).mkdir(parents=True)
    (build_dir(root) / STAMP).write_text(source_digest(root) + "\n")


def test_digest_follows_the_modules_the_word_lists_and_the_build_script(tmp_path: Path) -> None:
    root = checkout(tmp_path)
    seen = {source_digest(root)}
    (root / "anonymiser" / "engine.py").write_text("RULES = 2\n")
    seen.add(source_digest(root))
    (root / "anonymiser" / "data" / "first_names.txt").write_text("amira\nzofia\n")
    seen.add(source_digest(root))
    (root / "setup.py").write_text("setup(ext_modules=[])\n")
    seen.add(source_digest(root))
    (root / "anonymiser" / "engine.py").rename(root / "anonymiser" / "rules.py")
    seen.add(source_digest(root))
    assert len(seen) == 5


def test_a_missing_build_runs_the_source(tmp_path: Path) -> None:
    folder, why = compiled_build(checkout(tmp_path))
    assert folder is None
    assert "make compiled" in why


def test_a_current_build_is_run(tmp_path: Path) -> None:
    root = checkout(tmp_path)
    build(root)
    folder, why = compiled_build(root)
    assert folder == build_dir(root)
    assert "compiled" in why


def test_a_build_left_behind_by_an_update_is_not_run(tmp_path: Path) -> None:
    root = checkout(tmp_path)
    build(root)
    (root / "anonymiser" / "engine.py").write_text("RULES = 2\n")
    folder, why = compiled_build(root)
    assert folder is None
    assert "other source" in why


def test_gunicorn_puts_only_a_current_build_on_the_path(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "path", list(sys.path))  # the settings file adds its folder
    root = checkout(tmp_path)
    settings = runpy.run_path(str(root / "gunicorn.conf.py"))
    assert "pythonpath" not in settings
    build(root)
    settings = runpy.run_path(str(root / "gunicorn.conf.py"))
    assert settings["pythonpath"] == str(build_dir(root))
    (root / "setup.py").write_text("setup(ext_modules=[])\n")
    settings = runpy.run_path(str(root / "gunicorn.conf.py"))
    assert "pythonpath" not in settings


def test_a_build_stamped_as_it_finishes_carries_the_digest_it_was_built_from(
        tmp_path: Path) -> None:
    root = checkout(tmp_path)
    begin_stamp(root)
    build_dir(root).mkdir(parents=True)  # the compiler's output lands here
    assert finish_stamp(root) is True
    folder, _why = compiled_build(root)
    assert folder == build_dir(root)


def test_source_changed_while_compiling_leaves_the_build_unused(tmp_path: Path) -> None:
    # Seen in session 16: a build that read older source finished after the source changed,
    # was stamped with the new digest and passed for current, giving other spans than the source.
    root = checkout(tmp_path)
    begin_stamp(root)
    (root / "anonymiser" / "engine.py").write_text("RULES = 2\n")  # an update lands mid-build
    build_dir(root).mkdir(parents=True)
    assert finish_stamp(root) is False
    folder, why = compiled_build(root)
    assert folder is None
    assert "other source" in why
