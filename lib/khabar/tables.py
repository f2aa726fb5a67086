"""Tidy pandas tables of khabar's results."""

from __future__ import annotations

import hashlib
from bisect import bisect_left
from collections.abc import Sequence
from itertools import takewhile

import numpy as np
import pandas as pd

from khabar import themes as theme_stage
from khabar.analysis import Analysis
from khabar.cleaning import Cleaned
from khabar.lexicon import read_table
from khabar.segment import Token, words

CHANGE_COLUMNS = ["kind", "rule", "start", "end", "before", "after", "context"]


def text_summary(cleaned: Cleaned) -> pd.DataFrame:
    """The raw and the cleaned text side by side: characters, lines, ZWNJs, sha256 (first 16)."""
    return pd.DataFrame(
        [
            {
                "text": version,
                "characters": len(text),
                "lines": text.count("\n") + 1,
                "ZWNJs": text.count("\u200c"),
                "sha256": hashlib.sha256(text.encode("utf-8")).hexdigest()[:16],
            }
            for version, text in (("raw", cleaned.raw), ("cleaned", cleaned.text))
        ]
    )


def change_kinds() -> pd.DataFrame:
    """The cleaner's change kinds with their Persian labels and English descriptions."""
    return pd.DataFrame(read_table("lexicons", "change_kinds.tsv"))


def changes(cleaned: Cleaned, *, context: int = 12) -> pd.DataFrame:
    """One row per change, located in the raw text, with the raw word around it."""
    rows = [
        {
            "kind": c.kind,
            "rule": c.rule,
            "start": c.start,
            "end": c.end,
            "before": c.before,
            "after": c.after,
            "context": cleaned.raw[max(0, c.start - context) : c.end + context].replace("\n", " "),
        }
        for c in cleaned.changes
    ]
    return pd.DataFrame(rows, columns=CHANGE_COLUMNS)


def word_changes(cleaned: Cleaned) -> pd.DataFrame:
    """Each raw word (or spaced pair) whose ZWNJs the cleaner restored, before and after."""
    spans: list[list] = []
    for change in cleaned.changes:
        if not change.kind.startswith("zwnj"):
            continue
        start = _word_edge(cleaned.raw, change.start, step=-1)
        end = _word_edge(cleaned.raw, change.end, step=1)
        if spans and start <= spans[-1][1]:
            spans[-1][1] = max(spans[-1][1], end)
        else:
            spans.append([start, end, change.kind, change.rule])
    rows = [
        {
            "start": start,
            "end": end,
            "before": cleaned.raw[start:end],
            "after": cleaned.text[slice(*cleaned_span(cleaned, start, end))],
            "kind": kind,
            "rule": rule,
        }
        for start, end, kind, rule in spans
    ]
    return pd.DataFrame(rows, columns=["start", "end", "before", "after", "kind", "rule"])


def cleaned_span(cleaned: Cleaned, start: int, end: int) -> tuple[int, int]:
    """The cleaned-text span that came from the raw span ``[start, end)``. A character the
    cleaner inserted at either edge (a space before a word) came from no raw character, so
    it belongs to neither side and is left out."""
    starts, ends = cleaned.offsets.starts, cleaned.offsets.ends
    first = int(np.searchsorted(starts, start, side="left"))
    last = max(first, int(np.searchsorted(ends, end, side="right")))
    while first < last and starts[first] == ends[first]:
        first += 1
    while last > first and starts[last - 1] == ends[last - 1]:
        last -= 1
    return first, last


def zwnj_rules() -> pd.DataFrame:
    """The ZWNJ restoration rules with their Persian labels and English descriptions."""
    return pd.DataFrame(read_table("lexicons", "zwnj_rules.tsv"))


def change_counts(cleaned: Cleaned) -> pd.DataFrame:
    """How many changes of each kind and rule, labelled in Persian and English.

    Columns: kind, rule, label_fa, label_en, description, changes. Kinds that did not
    occur are left out; ``label_*`` name the rule where there is one, else the kind.
    """
    counts = changes(cleaned).groupby(["kind", "rule"]).size().rename("changes").reset_index()
    counts = counts.sort_values(["changes", "kind", "rule"], ascending=[False, True, True])
    kinds = change_kinds().set_index("kind")
    rules = zwnj_rules().set_index("rule")
    rows = []
    for row in counts.itertuples():
        source = rules.loc[row.rule] if row.rule else kinds.loc[row.kind]
        rows.append(
            {
                "kind": row.kind,
                "rule": row.rule,
                "label_fa": source["label_fa"],
                "label_en": row.rule or row.kind,
                "description": source["description"],
                "changes": row.changes,
            }
        )
    return pd.DataFrame(
        rows, columns=["kind", "rule", "label_fa", "label_en", "description", "changes"]
    )


def token_counts(analysis: Analysis) -> pd.DataFrame:
    """Word tokens and types in the raw and the cleaned text (hazm's tokenizer)."""
    versions = {"raw": words(analysis.raw), "cleaned": analysis.document.word_texts()}
    return pd.DataFrame(
        [
            {"text": version, "tokens": len(found), "types": len(set(found))}
            for version, found in versions.items()
        ],
        columns=["text", "tokens", "types"],
    )


def _words_within(tokens: Sequence[Token], starts: list[int], raw_start: int, raw_end: int) -> int:
    """Word tokens inside a raw span; *starts* are the tokens' raw starts (sorted)."""
    inside = takewhile(lambda t: t.raw_start < raw_end, tokens[bisect_left(starts, raw_start) :])
    return sum(1 for t in inside if t.raw_end <= raw_end and t.is_word)


def _word_edge(raw: str, position: int, *, step: int) -> int:
    """Move from *position* to the edge of the word it touches (a space counts as inside)."""
    if step < 0:
        while position > 0 and not raw[position - 1].isspace():
            position -= 1
        return position
    while position < len(raw) and not raw[position].isspace():
        position += 1
    return position


ACTOR_COLUMNS = [
    "id",
    "type",
    "name",
    "name_en",
    "roles",
    "roles_en",
    "affiliation",
    "members",
    "mentions",
    "first_paragraph",
]
MENTION_COLUMNS = [
    "actor",
    "name",
    "name_en",
    "type",
    "order",
    "kind",
    "text",
    "start",
    "end",
    "sentence",
    "paragraph",
]


def actors(analysis: Analysis) -> pd.DataFrame:
    """One row per actor: who they are and how often they are mentioned."""
    rows = [
        {
            "id": a.id,
            "type": a.type,
            "name": a.name,
            "name_en": a.name_en,
            "roles": "؛ ".join(a.roles),
            "roles_en": "; ".join(a.roles_en),
            "affiliation": a.affiliation,
            "members": ", ".join(a.members),
            "mentions": len(a.mentions),
            "first_paragraph": min((m.paragraph for m in a.mentions), default=None),
        }
        for a in analysis.actors
    ]
    return pd.DataFrame(rows, columns=ACTOR_COLUMNS)


def mentions(analysis: Analysis) -> pd.DataFrame:
    """One row per mention, in reading order within each actor (``order`` counts from 1)."""
    rows = [
        {
            "actor": a.id,
            "name": a.name,
            "name_en": a.name_en,
            "type": a.type,
            "order": k + 1,
            "kind": m.kind,
            "text": m.text,
            "start": m.start,
            "end": m.end,
            "sentence": m.sentence,
            "paragraph": m.paragraph,
        }
        for a in analysis.actors
        for k, m in enumerate(sorted(a.mentions, key=lambda m: m.start))
    ]
    return pd.DataFrame(rows, columns=MENTION_COLUMNS)


def mention_kinds(
    mention_table: pd.DataFrame, *, types: tuple[str, ...] = ("person",)
) -> pd.DataFrame:
    """Mentions per actor (``actor_name``) and kind (one column each), most mentioned first."""
    chosen = mention_table[mention_table["type"].isin(types)].rename(
        columns={"name": "actor_name", "name_en": "actor_name_en"}
    )
    counts = chosen.pivot_table(
        index=["actor", "actor_name", "actor_name_en"],
        columns="kind",
        values="start",
        aggfunc="count",
        fill_value=0,
    )
    counts = counts.assign(total=counts.sum(axis=1)).sort_values("total", ascending=False)
    return counts.reset_index()


CLAIM_COLUMNS = [
    "id",
    "paragraph",
    "speaker",
    "speaker_name",
    "speaker_name_en",
    "speaker_text",
    "speaker_label",
    "speaker_label_en",
    "cue",
    "mode",
    "construction",
    "kind",
    "markers",
    "addressee",
    "addressee_name",
    "text",
    "start",
    "end",
    "words",
    "gloss_en",
]


def claims(analysis: Analysis) -> pd.DataFrame:
    """One row per claim: speaker, cue, mode, kind, markers, content and its raw offsets.

    ``speaker_name``/``speaker_name_en`` name the speaker's actor (empty when no actor stands
    for the speaker); ``speaker_label``/``speaker_label_en`` always name the speaker: the
    actor, else the article's words for them, else "unknown speaker". ``gloss_en`` is the
    project's English translation of the claim's paragraph, when ``data/translations/`` has
    one for this article (else empty).
    """
    names = {a.id: (a.name, a.name_en) for a in analysis.actors}
    tokens = analysis.document.tokens
    starts = [t.raw_start for t in tokens]
    rows = [
        {
            "id": c.id,
            "paragraph": c.paragraph,
            "speaker": c.speaker,
            "speaker_name": names.get(c.speaker, ("", ""))[0],
            "speaker_name_en": names.get(c.speaker, ("", ""))[1],
            "speaker_text": c.speaker_text,
            **_speaker_labels(names.get(c.speaker), c.speaker_text),
            "cue": c.cue,
            "mode": c.mode,
            "construction": c.construction,
            "kind": c.kind,
            "markers": ", ".join(c.markers),
            "addressee": c.addressee or "",
            "addressee_name": names.get(c.addressee, ("", ""))[0] if c.addressee else "",
            "text": c.text,
            "start": c.start,
            "end": c.end,
            "words": _words_within(tokens, starts, c.start, c.end),
            "gloss_en": analysis.gloss(c.start, c.end),
        }
        for c in analysis.claims
    ]
    return pd.DataFrame(rows, columns=CLAIM_COLUMNS)


UNKNOWN_SPEAKER = ("سخنگوی نامعلوم", "unknown speaker")


def _speaker_labels(names: tuple[str, str] | None, speaker_text: str) -> dict[str, str]:
    """How a table or figure names a claim's speaker: the actor's names, else the words the
    article uses for the speaker, else "unknown speaker"."""
    if names is not None:
        return {"speaker_label": names[0], "speaker_label_en": names[1] or names[0]}
    fa, en = (speaker_text, speaker_text) if speaker_text else UNKNOWN_SPEAKER
    return {"speaker_label": fa, "speaker_label_en": en}


def codebook() -> pd.DataFrame:
    """The theme codebook: id, labels, definition and indicator terms."""
    return pd.DataFrame(
        [
            {
                "id": t.id,
                "label_fa": t.label_fa,
                "label_en": t.label_en,
                "definition": t.definition,
                "terms": "، ".join(" ".join(w) for w in t.terms),
            }
            for t in theme_stage.codebook()
        ]
    )


def claim_themes(analysis: Analysis) -> pd.DataFrame:
    """One row per piece of theme evidence in a claim: claim, speaker, theme, term, raw span."""
    names = {a.id: a.name for a in analysis.actors}
    rows = [
        {
            "claim": c.id,
            "speaker": c.speaker or "",
            "speaker_name": names.get(c.speaker, c.speaker_text),
            "theme": e.theme,
            "term": e.term,
            "text": e.text,
            "start": e.start,
            "end": e.end,
        }
        for c in analysis.claims
        for e in analysis.claim_evidence[c.id]
    ]
    return pd.DataFrame(
        rows, columns=["claim", "speaker", "speaker_name", "theme", "term", "text", "start", "end"]
    )


def themes_by_speaker(analysis: Analysis) -> pd.DataFrame:
    """Share of each speaker's claims that carry each theme (rows: speakers, columns: themes)."""
    names = {a.id: a.name for a in analysis.actors}
    rows = [
        {"speaker_name": names.get(c.speaker, c.speaker_text), "theme": theme}
        for c in analysis.claims
        for theme in c.themes
    ]
    claims_per_speaker = pd.Series(
        [names.get(c.speaker, c.speaker_text) for c in analysis.claims]
    ).value_counts()
    counts = (
        pd.crosstab(pd.DataFrame(rows)["speaker_name"], pd.DataFrame(rows)["theme"])
        if rows
        else pd.DataFrame()
    )
    order = [t.id for t in theme_stage.codebook() if t.id in counts.columns]
    return counts[order].div(claims_per_speaker, axis=0).loc[claims_per_speaker.index]


def theme_shares(analysis: Analysis) -> pd.DataFrame:
    """Tidy :func:`themes_by_speaker`: one row per speaker and theme raised, with the
    speaker's and the theme's names in Persian and English and the share of their claims."""
    wide = themes_by_speaker(analysis)
    english = {a.name: a.name_en for a in analysis.actors}
    themes = {t.id: t for t in theme_stage.codebook()}
    rows = [
        {
            "speaker_name": speaker,
            "speaker_name_en": english.get(speaker) or speaker,
            "theme": theme,
            "label_fa": themes[theme].label_fa,
            "label_en": themes[theme].label_en,
            "share": share,
        }
        for speaker, row in wide.iterrows()
        for theme, share in row.items()
        if share > 0
    ]
    columns = ["speaker_name", "speaker_name_en", "theme", "label_fa", "label_en", "share"]
    return pd.DataFrame(rows, columns=columns)


def theme_counts(analysis: Analysis) -> pd.DataFrame:
    """Each theme found in the article: claims and sentences that carry it."""
    return pd.DataFrame(
        analysis.theme_summary(),
        columns=["id", "label_fa", "label_en", "claims", "sentences", "claim_ids"],
    )


def keyterms(analysis: Analysis, *, top: int = 20) -> pd.DataFrame:
    """The article's keyterms: the article's own form, the key counted (lemmas, ZWNJs
    removed), the log-odds z-score against the background and the count (see
    :mod:`khabar.keyterms`)."""
    return pd.DataFrame(list(analysis.keyterms[:top]), columns=["term", "key", "z", "count"])


def span_checks(analysis: Analysis) -> pd.DataFrame:
    """Whether every extracted item's raw offsets cut out exactly what the item says it
    covers: a mention's, a theme term's and a topic term's text is the raw text at its
    offsets; a claim's content (cleaned text) is what the cleaner made of the raw text at its
    offsets, mapped through the offset map. One row per kind of item: how many, and how many
    match."""
    raw, cleaned = analysis.raw, analysis.cleaned
    checks = {
        "mentions (raw text)": [
            raw[m.start : m.end] == m.text for a in analysis.actors for m in a.mentions
        ],
        "claims (cleaned text, through the offset map)": [
            cleaned.text[slice(*cleaned_span(cleaned, c.start, c.end))] == c.text
            for c in analysis.claims
        ],
        "theme evidence (raw text)": [
            raw[e.start : e.end] == e.text
            for evidence in analysis.claim_evidence.values()
            for e in evidence
        ],
        "topic evidence (raw text)": [
            raw[e.start : e.end] == e.text for t in analysis.topics.document for e in t.evidence
        ],
    }
    return pd.DataFrame(
        [
            {"items": kind, "count": len(found), "matching": sum(found), "all_match": all(found)}
            for kind, found in checks.items()
        ],
        columns=["items", "count", "matching", "all_match"],
    )


TOPIC_PROFILE_COLUMNS = [
    "rank",
    "scheme",
    "code",
    "label_en",
    "label_fa",
    "score",
    "share",
    "paragraphs",
    "claims",
    "terms",
]


def topic_codebook(analysis: Analysis, *, scheme: str = "cap") -> pd.DataFrame:
    """A codebook the analysis ran (``cap``, ``frames`` or a researcher's, by name): code,
    labels, definitions and indicator terms, a weak term followed by its weight."""
    book = analysis.topics.codebook(scheme)
    return pd.DataFrame(
        [
            {
                "code": c.code,
                "label_en": c.label_en,
                "label_fa": c.label_fa,
                "definition_en": c.definition_en,
                "definition_fa": c.definition_fa,
                "terms": "، ".join(
                    t.text if t.weight == 1 else f"{t.text} ({t.weight:g})" for t in c.terms
                ),
            }
            for c in book.codes
        ],
        columns=["code", "label_en", "label_fa", "definition_en", "definition_fa", "terms"],
    )


def topic_profile(analysis: Analysis, *, scheme: str = "cap") -> pd.DataFrame:
    """The article's ranked codes under one scheme: score, share of the scheme's total score,
    paragraphs and claims that carry the code, and its distinct terms (most matched first)."""
    analysis.topics.codebook(scheme)  # an unknown scheme is a KeyError naming the schemes run
    found = [t for t in analysis.topics.document if t.scheme == scheme]
    total = sum(t.score for t in found)
    paragraphs = _units_per_code(analysis.topics.paragraphs.values(), scheme)
    claims = _units_per_code(analysis.topics.claims.values(), scheme)
    rows = [
        {
            "rank": rank,
            "scheme": scheme,
            "code": t.code,
            "label_en": t.label,
            "label_fa": t.label_fa,
            "score": t.score,
            "share": round(t.score / total, 3) if total else 0.0,
            "paragraphs": paragraphs.get(t.code, 0),
            "claims": claims.get(t.code, 0),
            "terms": "، ".join(_terms_by_count(t)),
        }
        for rank, t in enumerate(found, start=1)
    ]
    return _about(pd.DataFrame(rows, columns=TOPIC_PROFILE_COLUMNS), scheme)


def _about(table: pd.DataFrame, scheme: str) -> pd.DataFrame:
    """*table* with its scheme in ``attrs``, so a figure of an empty table can name it."""
    table.attrs["scheme"] = scheme
    return table


def _units_per_code(units, scheme: str) -> dict[str, int]:
    counts: dict[str, int] = {}
    for topics in units:
        for t in topics:
            if t.scheme == scheme:
                counts[t.code] = counts.get(t.code, 0) + 1
    return counts


def _terms_by_count(topic) -> list[str]:
    counts: dict[str, int] = {}
    for e in topic.evidence:
        counts[e.term] = counts.get(e.term, 0) + 1
    return sorted(counts, key=lambda term: -counts[term])  # stable: first matched first on ties


def paragraph_topics(analysis: Analysis, *, scheme: str = "cap", top: int = 3) -> pd.DataFrame:
    """Each paragraph's best codes under one scheme (at most *top*), in reading order: the
    paragraph's raw span, rank, code, labels, score and terms. Paragraphs without any code
    under the scheme have no row."""
    analysis.topics.codebook(scheme)
    spans = {p.index: p for p in analysis.document.paragraphs}
    rows = [
        {
            "paragraph": index,
            "headline": spans[index].is_headline,
            "start": spans[index].raw_start,
            "end": spans[index].raw_end,
            "rank": rank,
            "code": t.code,
            "label_en": t.label,
            "label_fa": t.label_fa,
            "score": t.score,
            "terms": "، ".join(t.terms),
        }
        for index, found in sorted(analysis.topics.paragraphs.items())
        for rank, t in enumerate([t for t in found if t.scheme == scheme][:top], start=1)
    ]
    columns = ["paragraph", "headline", "start", "end", "rank", "code", "label_en", "label_fa"]
    return pd.DataFrame(rows, columns=[*columns, "score", "terms"])


TOPIC_EVIDENCE_COLUMNS = [
    "scheme",
    "code",
    "label_en",
    "label_fa",
    "term",
    "weight",
    "text",
    "start",
    "end",
    "paragraph",
    "headline",
    "in_actor",
    "claim",
]


def topic_evidence(analysis: Analysis, *, scheme: str | None = None) -> pd.DataFrame:
    """Every piece of evidence behind the article's codes (one scheme, or all): the term, its
    weight, the raw text and offsets, its paragraph, whether it is in the headline or part of
    an actor's title or name (counted half), and the claim it lies in ("" if none)."""
    if scheme is not None:
        analysis.topics.codebook(scheme)
    claims = sorted((c.start, c.end, c.id) for c in analysis.claims)
    rows = [
        {
            "scheme": t.scheme,
            "code": t.code,
            "label_en": t.label,
            "label_fa": t.label_fa,
            "term": e.term,
            "weight": e.weight,
            "text": e.text,
            "start": e.start,
            "end": e.end,
            "paragraph": e.paragraph,
            "headline": e.headline,
            "in_actor": e.actor,
            "claim": next((c for s, z, c in claims if s <= e.start and e.end <= z), ""),
        }
        for t in analysis.topics.document
        if scheme in (None, t.scheme)
        for e in t.evidence
    ]
    return pd.DataFrame(rows, columns=TOPIC_EVIDENCE_COLUMNS)


def claim_topics(analysis: Analysis, *, scheme: str = "cap") -> pd.DataFrame:
    """One row per code of each claim under one scheme: claim, speaker, rank, code, labels,
    score and terms (the evidence lies inside the claim's content)."""
    analysis.topics.codebook(scheme)
    names = {a.id: (a.name, a.name_en) for a in analysis.actors}
    rows = [
        {
            "claim": c.id,
            "paragraph": c.paragraph,
            "speaker": c.speaker or "",
            "speaker_name": names.get(c.speaker, (c.speaker_text, ""))[0],
            "speaker_name_en": names.get(c.speaker, ("", c.speaker_text))[1] or c.speaker_text,
            "rank": rank,
            "code": t.code,
            "label_en": t.label,
            "label_fa": t.label_fa,
            "score": t.score,
            "terms": "، ".join(t.terms),
        }
        for c in analysis.claims
        for rank, t in enumerate(
            [t for t in analysis.topics.claims.get(c.id, ()) if t.scheme == scheme], start=1
        )
    ]
    columns = ["claim", "paragraph", "speaker", "speaker_name", "speaker_name_en", "rank"]
    return pd.DataFrame(rows, columns=[*columns, "code", "label_en", "label_fa", "score", "terms"])


TOPIC_SHARE_COLUMNS = [
    "speaker_name",
    "speaker_name_en",
    "scheme",
    "code",
    "label_fa",
    "label_en",
    "claims",
    "share",
]


def topic_shares(analysis: Analysis, *, scheme: str = "cap") -> pd.DataFrame:
    """What each speaker stresses under one scheme: one row per speaker and code raised, with
    the claims carrying it and their share of the speaker's claims. Speakers come in order of
    their claims (most first, then first heard), codes in codebook order."""
    book = analysis.topics.codebook(scheme)
    names = {a.id: (a.name, a.name_en) for a in analysis.actors}
    claims_of: dict[str, int] = {}
    english: dict[str, str] = {}
    carrying: dict[tuple[str, str], int] = {}
    for c in analysis.claims:
        name, name_en = names.get(c.speaker, (c.speaker_text, c.speaker_text))
        claims_of[name] = claims_of.get(name, 0) + 1
        english.setdefault(name, name_en or name)
        for t in analysis.topics.claims.get(c.id, ()):
            if t.scheme == scheme:
                carrying[name, t.code] = carrying.get((name, t.code), 0) + 1
    speakers = sorted(claims_of, key=lambda s: -claims_of[s])  # stable: first heard on ties
    rows = [
        {
            "speaker_name": speaker,
            "speaker_name_en": english[speaker],
            "scheme": scheme,
            "code": code.code,
            "label_fa": code.label_fa,
            "label_en": code.label_en,
            "claims": carrying[speaker, code.code],
            "share": carrying[speaker, code.code] / claims_of[speaker],
        }
        for speaker in speakers
        for code in book.codes
        if (speaker, code.code) in carrying
    ]
    return _about(pd.DataFrame(rows, columns=TOPIC_SHARE_COLUMNS), scheme)
