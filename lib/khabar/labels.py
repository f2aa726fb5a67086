"""The words drawn in figures and named in notes (``data/figures/*labels.tsv``), in Persian
and English as written: a light module (no matplotlib), shared by the figures, the notes and
the figure catalogue."""

from __future__ import annotations

from functools import cache

from khabar.paths import DATA_DIR, read_table


@cache
def label_rows() -> dict[str, dict[str, str]]:
    """Key -> row of every labels file: ``labels.tsv`` (the article notebooks') and
    ``corpus_labels.tsv`` (the corpus notebooks')."""
    files = sorted(p.name for p in (DATA_DIR / "figures").glob("*labels.tsv"))
    return {row["key"]: row for name in files for row in read_table("figures", name)}


def word_pair(key: str, *, default: str | None = None) -> tuple[str, str]:
    """The Persian and English of label *key* as written (not yet prepared for drawing);
    ``(default, default)`` when no labels file has *key* and a default is given."""
    row = label_rows().get(key)
    if row is None:
        if default is None:
            raise ValueError(f"no figure label {key!r} in data/figures/labels.tsv")
        return default, default
    return row["fa"], row["en"]


def scheme_name(scheme: str) -> tuple[str, str]:
    """A coding scheme's name in Persian and English (``scheme.<name>``), or the codebook's own
    name for a researcher's codebook."""
    return word_pair(f"scheme.{scheme}", default=scheme)


def scheme_title(key: str, scheme: str | None) -> tuple[str, str]:
    """Title *key* in Persian and English, the scheme's name on a second line when given."""
    fa, en = word_pair(key)
    if not scheme:
        return fa, en
    scheme_fa, scheme_en = scheme_name(scheme)
    return f"{fa}\n{scheme_fa}", f"{en}\n{scheme_en}"
