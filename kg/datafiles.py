"""Reading Rasad's YAML data files (libyaml's C loader when present: the catalogue is large)."""
from __future__ import annotations

import re
from pathlib import Path

import yaml

_BASE = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class _Loader(_BASE):
    """YAML 1.1 reads `no`, `on`, `yes`, `off` as booleans: in word lists they are words (`no` in
    the negations, `on` in the target markers). Only true and false stay booleans."""


_BOOL = "tag:yaml.org,2002:bool"
_Loader.yaml_implicit_resolvers = {first: [(tag, pattern) for tag, pattern in resolvers if tag != _BOOL]
                                   for first, resolvers in _BASE.yaml_implicit_resolvers.items()}
_Loader.add_implicit_resolver(_BOOL, re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$"), list("tTfF"))


def read_yaml(path: Path):
    return yaml.load(path.read_text(encoding="utf-8"), Loader=_Loader)
