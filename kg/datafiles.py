"""Reading Rasad's YAML data files (libyaml's C loader when present: the catalogue is large)."""
from __future__ import annotations

from pathlib import Path

import yaml

_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def read_yaml(path: Path):
    return yaml.load(path.read_text(encoding="utf-8"), Loader=_LOADER)
