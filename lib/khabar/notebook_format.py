"""nbformat, imported without jsonschema's optional IRI checker.

jsonschema, which nbformat imports to validate notebooks, imports ``rfc3987_syntax`` for its
"iri" format checker when that package is installed (JupyterLab's dependencies install it),
and that package compiles a Lark grammar on import: about 1.5 s in every process that reads a
notebook, most of the time the notebook runner's workers take to start. No notebook schema
checks an IRI, so the runner's processes do without it (one that imported it before keeps it;
importing it after this module raises ImportError).
"""

from __future__ import annotations

import sys

sys.modules.setdefault("rfc3987_syntax", None)  # type: ignore[assignment]

import nbformat  # noqa: E402

__all__ = ["nbformat"]
