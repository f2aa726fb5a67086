"""One article's analysis: every stage run once, results kept together."""

from __future__ import annotations

import gc
import hashlib
from collections import Counter
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from pathlib import Path

from khabar import cache as analysis_cache
from khabar import codebooks as codebook_files
from khabar.actors import Actor, extract_actors
from khabar.actors.recognise import enabled as recogniser_enabled
from khabar.claims import Claim, attribute
from khabar.cleaning import Cleaned, clean
from khabar.io import read_text
from khabar.keyterms import Keyterm, keyterms
from khabar.ner.entities import EntitySpan, recognise
from khabar.ner.model import model_identity
from khabar.segment import Document, segment
from khabar.themes import Evidence, codebook, tag_claims, tag_sentences
from khabar.topics import Topics, tag_topics
from khabar.translation import Translation, find_translation

# What ``codebooks=`` takes: codebook files (TSV, see khabar.codebooks) or Codebook objects.
CodebookSpec = str | Path | codebook_files.Codebook

KEYTERMS_KEPT = 100
KEYTERMS_IN_JSON = 20


@dataclass(frozen=True, slots=True)
class Analysis:
    """The stages' results for one article; ``source`` names where the text came from."""

    source: str
    cleaned: Cleaned
    document: Document
    actors: tuple[Actor, ...]
    claims: tuple[Claim, ...]
    claim_evidence: dict[str, list[Evidence]]
    sentence_evidence: dict[int, list[Evidence]]
    translation: Translation | None = None
    # Computed with the rest so that a cached analysis needs no lexicon or tokenizer again.
    keyterms: tuple[Keyterm, ...] = ()
    # The named-entity recogniser's spans (khabar.ner) and the model that found them
    # ("" for the shipped model, else its file name and sha256; "rules-only" when switched
    # off with KHABAR_RECOGNISER=off).
    entities: tuple[EntitySpan, ...] = ()
    ner_model: str = ""
    # CAP topics, policy frames and any codebook of the researcher's (khabar.topics).
    topics: Topics = field(default_factory=Topics)

    @property
    def raw(self) -> str:
        return self.cleaned.raw

    @property
    def sha256(self) -> str:
        return hashlib.sha256(self.raw.encode("utf-8")).hexdigest()

    def to_dict(self) -> dict:
        """The JSON shape of ``khabar extract``: offsets are code points of the raw text."""
        # Thousands of small dicts and no cycles: the collector paused, as for the analysis,
        # or its passes over results kept earlier (a corpus's) cost about a twentieth.
        with _cyclic_gc_paused():
            return self._as_dict()

    def _as_dict(self) -> dict:
        return {
            "source": self.source,
            "sha256": self.sha256,
            "characters": len(self.raw),
            "actors": [actor.to_dict() for actor in self.actors],
            "claims": [
                {
                    **claim.to_dict(),
                    "theme_evidence": [e.to_dict() for e in self.claim_evidence[claim.id]],
                    "topics": [t.to_dict() for t in self.topics.claims.get(claim.id, ())],
                }
                for claim in self.claims
            ],
            "themes": self.theme_summary(),
            "topics": [t.to_dict() for t in self.topics.document],
            "paragraph_topics": [
                {"paragraph": p, "topics": [t.to_dict() for t in found]}
                for p, found in sorted(self.topics.paragraphs.items())
            ],
            "keyterms": [
                {"term": k.term, "key": k.key, "z": round(k.z, 3), "count": k.count}
                for k in self.keyterms[:KEYTERMS_IN_JSON]
            ],
        }

    def theme_summary(self) -> list[dict]:
        """Each codebook theme found: how many claims and sentences carry it, and its evidence."""
        claim_ids: dict[str, list[str]] = {}
        for claim in self.claims:
            for theme_id in claim.themes:
                claim_ids.setdefault(theme_id, []).append(claim.id)
        sentences = Counter(
            theme_id
            for evidence in self.sentence_evidence.values()
            for theme_id in {e.theme for e in evidence}
        )
        summary = []
        for theme in codebook():
            claims = claim_ids.get(theme.id, [])
            if claims or sentences[theme.id]:
                summary.append(
                    {
                        "id": theme.id,
                        "label_fa": theme.label_fa,
                        "label_en": theme.label_en,
                        "claims": len(claims),
                        "sentences": sentences[theme.id],
                        "claim_ids": claims,
                    }
                )
        return summary

    def gloss(self, raw_start: int, raw_end: int) -> str:
        """The project's English translation of the paragraphs around a raw span ("" if none)."""
        return self.translation.gloss(raw_start, raw_end) if self.translation else ""


def analyze_text(
    raw: str,
    *,
    source: str = "<text>",
    ner_model: str | Path | None = None,
    codebooks: Sequence[CodebookSpec] = (),
) -> Analysis:
    """Run every stage on a raw text.

    Topics come from the standard codebooks (CAP major topics, policy frames) and from each
    of *codebooks* (files in the format of :mod:`khabar.codebooks`, or Codebook objects; a
    malformed file raises :class:`~khabar.errors.CodebookError` before any analysis).
    When ``data/translations/`` holds a translation of this text, it rides along, and its
    English name spellings replace khabar's automatic romanisation of the people named.
    *ner_model*: the named-entity recogniser's model file (default: ``$KHABAR_NER_MODEL``,
    else the shipped model; see :mod:`khabar.ner`).
    """
    books = codebook_files.resolve(codebooks)
    with _cyclic_gc_paused():
        return _analyze_text(raw, source=source, ner_model=ner_model, books=books)


def _analyze_text(
    raw: str,
    *,
    source: str,
    ner_model: str | Path | None,
    books: tuple[codebook_files.Codebook, ...],
) -> Analysis:
    cleaned = clean(raw)
    document = segment(cleaned)
    # KHABAR_RECOGNISER=off: the actor stage's rules alone, without the recogniser's spans.
    enabled = recogniser_enabled()
    entities = recognise(document, model=ner_model) if enabled else ()
    translation = find_translation(hashlib.sha256(raw.encode("utf-8")).hexdigest())
    actors = tuple(extract_actors(document, entities=entities))
    if translation and translation.names:
        actors = tuple(replace(a, name_en=translation.names.get(a.name, a.name_en)) for a in actors)
    attribution = attribute(document, actors)
    claims = tuple(attribution.claims)
    if attribution.speakers:  # speakers the actor stage did not find: actors too
        actors = tuple(sorted((*actors, *attribution.speakers), key=_first_mention))
    # One search for every codebook's terms: the topics' codebooks, then the seed's themes.
    themes = len(books)
    spans = codebook_files.find_in_document(document, (*books, codebook_files.shipped("themes")))
    evidence = tag_claims(document, claims, spans=spans, book=themes)
    return Analysis(
        source,
        cleaned,
        document,
        actors,
        claims,
        evidence,
        tag_sentences(document, spans=spans, book=themes),
        translation,
        tuple(keyterms(document, top=KEYTERMS_KEPT)),
        entities,
        model_identity(ner_model) if enabled else "rules-only",
        tag_topics(document, claims, actors, books, spans=spans),
    )


def _first_mention(actor: Actor) -> int:
    return actor.mentions[0].start if actor.mentions else 0


_lexicons_frozen = False


@contextmanager
def _cyclic_gc_paused() -> Iterator[None]:
    """Python's cyclic garbage collector paused for one article's analysis.

    An analysis allocates tens of thousands of small tuples (tokens, spans) and no reference
    cycles (a test checks), so reference counting frees all of it; the collector's passes
    over those young objects, and every tenth of them over the loaded lexicons, took about
    a sixth of the whole pipeline's time. The collector's previous state is restored.

    After the first analysis in a process, which loaded the lexicons (objects that live as
    long as the process), the process's objects are moved out of the collector's reach
    (:func:`gc.freeze`, after one collection), as the corpus mode's workers do: otherwise
    every full collection walks them again, about a tenth of the pipeline's time when the
    articles' results are kept (``make bench``). Objects alive at that moment are not
    examined for reference cycles again (reference counting still frees them)."""
    global _lexicons_frozen
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()
    if not _lexicons_frozen:
        _lexicons_frozen = True
        gc.collect()
        gc.freeze()


def analyze(
    path: str | Path,
    *,
    cache: bool = False,
    cache_dir: Path | None = None,
    ner_model: str | Path | None = None,
    codebooks: Sequence[CodebookSpec] = (),
) -> Analysis:
    """Read an article file and run every stage on it (*ner_model*, *codebooks*: see
    :func:`analyze_text`).

    With *cache*, the result is kept in *cache_dir* (default ``.cache/analysis/`` in the
    repository, ignored by git) under the raw text's sha256, a fingerprint of khabar's code
    and data (:mod:`khabar.cache`), and what else the analysis depended on: a named-entity
    model other than the shipped one (cached under that model's sha256) and the researcher's
    codebooks (their names and contents). So every notebook after the first loads the
    article's analysis instead of recomputing it, and any change to code, lexicons, model or
    codebooks recomputes it.
    """
    books = codebook_files.resolve(codebooks)
    raw = read_text(path)
    if not cache:
        with _cyclic_gc_paused():
            return _analyze_text(raw, source=str(path), ner_model=ner_model, books=books)
    model = model_identity(ner_model) if recogniser_enabled() else "rules-only"
    # The shipped codebooks are data (in the code and data fingerprint); a researcher's are not.
    own = codebook_files.fingerprint(books[len(codebook_files.STANDARD) :])
    variant = "+".join(part for part in (model, own) if part)
    cached = analysis_cache.cache_path(raw, cache_dir=cache_dir, variant=variant)
    found = analysis_cache.load(cached)
    if isinstance(found, Analysis):
        return replace(found, source=str(path))
    with _cyclic_gc_paused():
        analysis = _analyze_text(raw, source=str(path), ner_model=ner_model, books=books)
    analysis_cache.store(cached, analysis)
    return analysis
