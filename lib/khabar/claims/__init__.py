"""Claims: who said what, to whom, directly or indirectly, with raw offsets of the content.

The language of attribution is data (``data/lexicons/claims/``): about 200 verbs of reported
speech, each form generated from its lemma (:mod:`khabar.claims.cues`); frames, source phrases
and the outlet's reporting formulas; the words that end a speaker's noun phrase.

Constructions:

* direct: a verb and a colon, ``X گفت: <content>``; «»-quoted speech after the verb
  (``X گفت «<content>»``) or before the speaker (``«<content>»، X گفت``); a headline
  ``X: <content>``; the sentences that go on with a quotation in the same paragraph (a claim
  each, of the same speaker); a document's text printed after «متن این بیانیه به شرح زیر
  است:» (construction ``text``: each sentence of the paragraphs after it, the document's
  issuer's; :mod:`khabar.claims.documents`);
* indirect, that-clause: ``X اعلام کرد که <content>``, a clause straight after the verb
  (``X گفت <content>``), ``X مدعی است که <content>``;
* indirect, object: ``X <content: Y را Z> دانست / خواند / برشمرد`` (Y is judged Z), only with
  something between را and the verb (``Y را دانست`` alone means "knew Y");
* indirect, noun phrase: ``بر <content> تأکید کرد``, ``از <content> خبر داد``,
  ``<content> را محکوم کرد``: the verb's lexicon row says which word marks the content;
* indirect, request: ``از <addressee> خواست (تا|که) <content>``, ``خواستار <content> شد``;
* indirect, frame: ``با بیان / ذکر / اشاره به اینکه <content>، ...``;
* indirect, source: ``به گفته / به نوشته / به اعتقاد / از قول / طبق اعلام X، <content>``;
  ``در بیانیه X آمده است: <content>``;
* passive or impersonal: ``گفته می‌شود که <content>``, ``اعلام شد که``, ``گفته‌اند که``: a
  claim with no named source (``speaker`` None).

A claim inside another's content is a nested claim when its own clause names its speaker
(``X گفت که Y اعلام کرده است که Z``: Y claims Z); a verb of saying there with no named subject
is not a claim. Not claims: the outlet's formula «به گزارش X» (the claims are those of the
speaker after it), ``می‌توان گفت`` and other blocked phrases, a verb after a modal or «اگر»,
a verb with no content, a first- or second-person source.

Speakers (:mod:`khabar.claims.speakers`): the subject noun phrase of the verb's clause,
linked to the actor stage's actor whose mention starts it, else resolved (pronouns and
demonstratives), else a new actor the claim stage makes (:attr:`Attribution.speakers`),
so that every claim whose sentence names a source has a speaker. A sentence that names no
speaker (``همچنین افزود: ...``) has the last speaker of this or the previous paragraph for a
singular verb of speech after nothing but openers, with empty ``speaker_text``.

Kinds: :mod:`khabar.claims.kinds`.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from khabar.actors import Actor
from khabar.claims.cues import Cue
from khabar.claims.extract import Extractor, Found
from khabar.claims.kinds import KIND_ORDER, classify
from khabar.claims.speakers import Speakers
from khabar.segment import Document, Token

__all__ = ["KIND_ORDER", "Attribution", "Claim", "attribute", "extract_claims"]
_QUOTES = frozenset({"«", "»", '"'})
_TRIM = _QUOTES | {"،", ":", "؛", ".", "!", "؟", "?", "…"}


@dataclass(slots=True)
class Claim:
    id: str
    speaker: str | None
    speaker_text: str
    cue: str
    mode: str
    text: str
    start: int
    end: int
    addressee: str | None
    kind: str
    markers: list[str]
    sentence: int
    paragraph: int
    construction: str
    themes: list[str] = field(default_factory=list)
    # Raw offsets of the phrase naming the speaker in this sentence (None: not named here)
    # and of the cue.
    speaker_start: int | None = None
    speaker_end: int | None = None
    cue_start: int | None = None
    cue_end: int | None = None

    def to_dict(self) -> dict:
        return {
            "id": self.id,
            "speaker": self.speaker,
            "speaker_text": self.speaker_text,
            "speaker_start": self.speaker_start,
            "speaker_end": self.speaker_end,
            "cue": self.cue,
            "cue_start": self.cue_start,
            "cue_end": self.cue_end,
            "mode": self.mode,
            "construction": self.construction,
            "text": self.text,
            "start": self.start,
            "end": self.end,
            "addressee": self.addressee,
            "kind": self.kind,
            "markers": self.markers,
            "themes": self.themes,
            "sentence": self.sentence,
            "paragraph": self.paragraph,
        }


@dataclass(frozen=True, slots=True)
class Attribution:
    """The claims of a document, and the speakers the claim stage made for sources the actor
    stage did not find (each with a mention for the phrase that names it)."""

    claims: list[Claim]
    speakers: list[Actor]


def attribute(doc: Document, actors: list[Actor] | tuple[Actor, ...]) -> Attribution:
    """Every attributed claim of a segmented document, in reading order, and the new
    speakers."""
    speakers = Speakers(doc.cleaned.raw, actors)
    claims = []
    for found, tokens in Extractor(doc, speakers).run():
        claim = _claim(doc, found, tokens, speakers)
        if claim is not None:
            claims.append(claim)
    claims.sort(key=lambda c: (c.start, c.end))
    for number, claim in enumerate(claims, start=1):
        claim.id = f"C{number}"
    return Attribution(claims, speakers.created)


def extract_claims(doc: Document, actors: list[Actor] | tuple[Actor, ...]) -> list[Claim]:
    """Every attributed claim of a segmented document, in reading order."""
    return attribute(doc, actors).claims


def _claim(doc: Document, found: Found, tokens: list[Token], speakers: Speakers) -> Claim | None:
    start, stop = found.start, found.stop
    while start < stop and tokens[start].text in _TRIM:
        start += 1
    while stop > start and tokens[stop - 1].text in _TRIM:
        stop -= 1
    if start >= stop or found.speaker is None:
        return None
    raw = doc.cleaned.raw
    first = tokens[start]
    skip = 1 if first.text.startswith(":") and len(first.text) > 1 else 0  # «گفت:۴۷۴»
    actor, speaker_start, speaker_end = found.speaker
    named = speaker_start >= 0
    cue = found.cue
    if isinstance(cue, Cue):
        implied, form = cue.verb.kind, cue.verb.lemma
    else:
        implied, form = cue.kind, cue.form
    words = [t.text for t in tokens[start:stop]]
    markers, kind = classify(words, construction=found.construction, implied=implied)
    addressee = None
    if found.addressee is not None:
        mention = speakers.mention_at(tokens[found.addressee], places=False)
        addressee = mention[0].id if mention else None
    cue_tokens = tokens[found.cue_start : found.cue_end] if found.cue_start >= 0 else []
    return Claim(
        id="",
        speaker=actor.id if actor is not None else None,
        speaker_text=raw[tokens[speaker_start].raw_start : tokens[speaker_end - 1].raw_end]
        if named
        else "",
        cue=form,
        mode=found.mode,
        text=doc.cleaned.text[first.start + skip : tokens[stop - 1].end],
        start=first.raw_start + skip,
        end=tokens[stop - 1].raw_end,
        addressee=addressee,
        kind=kind,
        markers=markers,
        sentence=tokens[0].sentence,
        paragraph=tokens[0].paragraph,
        construction=found.construction,
        speaker_start=tokens[speaker_start].raw_start if named else None,
        speaker_end=tokens[speaker_end - 1].raw_end if named else None,
        cue_start=cue_tokens[0].raw_start if cue_tokens else None,
        cue_end=cue_tokens[-1].raw_end if cue_tokens else None,
    )
