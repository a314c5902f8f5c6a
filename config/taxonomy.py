"""The configurable taxonomy and codebooks: data under `config/data/`, read-only objects here.

Service areas and their settings, harm grades, the roles a reporter may name (roles only, never
people), the local contacts shown when someone is at risk now, and the contributory/enabling
factors codebooks (SEIPS by default) are data an admin can change without touching code. They
are read lazily (never at import time) and cached; `clear_cache()` re-reads them.

Areas use these functions to offer choices and to validate codes: an unknown code is refused.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

DATA_DIR = Path(__file__).resolve().parent / "data"
TAXONOMY_PATH = DATA_DIR / "taxonomy.json"
CODEBOOK_DIR = DATA_DIR / "codebooks"
DEFAULT_CODEBOOK = "seips"


class TaxonomyError(ValueError):
    """The taxonomy or a codebook file is missing or malformed."""


@dataclass(frozen=True)
class Option:
    """One choice: a stable code, a label for people and optional help text."""

    code: str
    label: str
    help: str = ""


@dataclass(frozen=True)
class ServiceArea:
    """A service area (children's social care, health, aviation) and its settings."""

    code: str
    label: str
    settings: tuple[Option, ...]


@dataclass(frozen=True)
class RoleOption:
    """A role a reporter may say was involved, and the areas it belongs to."""

    code: str
    label: str
    areas: tuple[str, ...]


@dataclass(frozen=True)
class UrgentContact:
    """Where to go today when someone is at risk of harm now."""

    code: str
    label: str
    detail: str
    phone: str


@dataclass(frozen=True)
class Factor:
    """One code of a contributory/enabling factors codebook."""

    code: str
    label: str
    help: str
    domain: str


@dataclass(frozen=True)
class Domain:
    """A group of factors (a SEIPS work-system component)."""

    code: str
    label: str
    help: str
    factors: tuple[Factor, ...]


@dataclass(frozen=True)
class Codebook:
    """A contributory/enabling factors codebook (the same codes describe failure and success)."""

    code: str
    name: str
    description: str
    domains: tuple[Domain, ...]

    @property
    def factors(self) -> tuple[Factor, ...]:
        """Every factor, in domain order."""
        return tuple(f for d in self.domains for f in d.factors)

    def factor(self, code: str) -> Factor | None:
        """The factor with this code, or None."""
        return next((f for f in self.factors if f.code == code), None)

    def codes(self) -> frozenset[str]:
        """Every factor code."""
        return frozenset(f.code for f in self.factors)


@dataclass(frozen=True)
class Taxonomy:
    """Everything in taxonomy.json."""

    service_areas: tuple[ServiceArea, ...]
    harm_grades: tuple[Option, ...]
    roles: tuple[RoleOption, ...]
    urgent_contacts: tuple[UrgentContact, ...]
    #: Where matters outside the programme go instead (a complaint, an HR matter, ...): shown to
    #: a reporter whose report triage closed as outside scope.
    outside_scope_routes: tuple[Option, ...] = ()

    def service_area(self, code: str) -> ServiceArea | None:
        """The service area with this code, or None."""
        return next((a for a in self.service_areas if a.code == code), None)

    def is_setting(self, area_code: str | None, setting_code: str) -> bool:
        """True if the setting exists (in the given area, or in any area when none is given)."""
        areas = [a for a in self.service_areas if area_code is None or a.code == area_code]
        return any(s.code == setting_code for a in areas for s in a.settings)

    def all_settings(self) -> tuple[tuple[ServiceArea, Option], ...]:
        """Every (area, setting) pair, for one grouped list."""
        return tuple((a, s) for a in self.service_areas for s in a.settings)

    def harm_grade_codes(self) -> frozenset[str]:
        """Every harm grade code."""
        return frozenset(h.code for h in self.harm_grades)

    def role_codes(self) -> frozenset[str]:
        """Every role code."""
        return frozenset(r.code for r in self.roles)

    def role_label(self, code: str) -> str:
        """The label of a role code (the code itself if unknown)."""
        return next((r.label for r in self.roles if r.code == code), code)


def _read(path: Path) -> dict[str, Any]:
    try:
        data = json.loads(path.read_text("utf-8"))
    except (OSError, ValueError) as exc:
        raise TaxonomyError(f"cannot read {path.name}: {exc}") from None
    if not isinstance(data, dict):
        raise TaxonomyError(f"{path.name} must hold a JSON object")
    return data


def _option(raw: dict[str, Any]) -> Option:
    return Option(code=str(raw["code"]), label=str(raw["label"]), help=str(raw.get("help", "")))


@lru_cache(maxsize=1)
def load_taxonomy() -> Taxonomy:
    """The taxonomy from config/data/taxonomy.json (cached)."""
    raw = _read(TAXONOMY_PATH)
    try:
        return Taxonomy(
            service_areas=tuple(
                ServiceArea(code=a["code"], label=a["label"],
                            settings=tuple(_option(s) for s in a["settings"]))
                for a in raw["service_areas"]
            ),
            harm_grades=tuple(_option(h) for h in raw["harm_grades"]),
            roles=tuple(RoleOption(code=r["code"], label=r["label"], areas=tuple(r.get("areas", ())))
                        for r in raw["roles"]),
            urgent_contacts=tuple(
                UrgentContact(code=c["code"], label=c["label"], detail=c["detail"],
                              phone=c.get("phone", ""))
                for c in raw["urgent_contacts"]
            ),
            outside_scope_routes=tuple(_option(o) for o in raw.get("outside_scope_routes", ())),
        )
    except (KeyError, TypeError) as exc:
        raise TaxonomyError(f"taxonomy.json is malformed: {exc}") from None


@lru_cache(maxsize=8)
def load_codebook(name: str = DEFAULT_CODEBOOK) -> Codebook:
    """A codebook from config/data/codebooks/<name>.json (cached)."""
    if not name.replace("_", "").isalnum():
        raise TaxonomyError(f"not a codebook name: {name!r}")
    raw = _read(CODEBOOK_DIR / f"{name}.json")
    try:
        domains = tuple(
            Domain(
                code=d["code"], label=d["label"], help=d.get("help", ""),
                factors=tuple(Factor(code=f["code"], label=f["label"], help=f.get("help", ""),
                                     domain=d["code"]) for f in d["factors"]),
            )
            for d in raw["domains"]
        )
        return Codebook(code=raw["code"], name=raw["name"], description=raw.get("description", ""),
                        domains=domains)
    except (KeyError, TypeError) as exc:
        raise TaxonomyError(f"codebook {name} is malformed: {exc}") from None


def clear_cache() -> None:
    """Forget cached data so the next call re-reads the files (after an admin edit)."""
    load_taxonomy.cache_clear()
    load_codebook.cache_clear()
