"""Curated data files (templates/data/*.yml): guidance points, sanctions, regulations, exclusions."""

from __future__ import annotations

from functools import cache
from importlib import resources
from typing import Any

import yaml


class DataError(ValueError):
    """A curated data file is malformed; the message names the file and the entry."""


@cache
def load(name: str) -> dict[str, Any]:
    """Parse ``templates/data/<name>.yml``."""
    text = resources.files("templates").joinpath("data", f"{name}.yml").read_text("utf-8")
    return yaml.safe_load(text)


def guidance() -> list[dict[str, Any]]:
    """Guidance points, checked against the sanctions and regulations they reference."""
    points = load("guidance")["points"]
    levels = {lvl["id"] for lvl in sanctions()}
    regs = {reg["id"] for reg in regulations()}
    for point in points:
        if point["sanction"] is not None and point["sanction"] not in levels:
            raise DataError(f"guidance.yml: {point['id']}: sanksi tidak dikenal {point['sanction']}")
        for basis in point["basis"]:
            if basis["reg"] not in regs:
                raise DataError(f"guidance.yml: {point['id']}: regulasi tidak dikenal {basis['reg']}")
    return points


def sanctions() -> list[dict[str, Any]]:
    """Sanction levels, lightest first."""
    return load("sanctions")["levels"]


def regulations() -> list[dict[str, Any]]:
    """Regulations the site explains."""
    return load("regulations")["regulations"]


def excluded_ids() -> frozenset[str]:
    """Ids of articles the editors left out of the site."""
    return frozenset(entry["id"] for entry in load("exclusions")["excluded"] or [])
