"""Claims: who said what, to whom, directly or indirectly, with raw offsets of the content.

Constructions (cue lexicon: ``data/lexicons/claims/cues.tsv``):

* direct: a cue and a colon, ``... گفت: <content>``, or «»-quoted speech, after the cue
  (``گفت «<content>»``) or before the speaker (``«<content>»، وزیر گفت``);
* indirect, that-clause: ``... اعلام کرد که <content>``;
* indirect, object: ``<content: X را Y> دانست / عنوان کرد / ذکر کرد`` (X is judged Y), only
  with something between را and the cue (``X را دانست`` alone means "knew X");
* indirect, request: ``از <addressee> خواست (تا|که) <content>``;
* indirect, frame: ``با بیان اینکه <content>، ...``, ``با اشاره به اینکه <content>، ...``;
* indirect, source: ``به گفته <speaker>، <content>``.

The speaker is the sentence's subject from the actors stage (a title, name, surname or a
resolved pronoun opening the sentence), else the nearest actor mention before the cue, else
the sentence's opening noun phrase; a sentence that names no speaker at all (``همچنین افزود:``,
the subject dropped as Persian does) has the last speaker of this or the previous paragraph,
with an empty ``speaker_text``. A cue with no one to speak it (``می‌توان گفت``, a headline)
makes no claim. Content spans leave out the cue, the colon, quotation marks and the final
stop.

Kinds, decided in this order: request (a request construction); proposal (a cue of
proposing); hope, offer, plan, normative (a marker of hope, readiness, intention or
obligation in the content: ``data/lexicons/claims/markers.tsv``); assessment (an object
construction: X judged Y); position (a first-person plural verb: the speaker's side states
where it stands); factual (anything else).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache

from khabar.actors import Actor
from khabar.lexicon import UNKNOWN_WORD, first_words, hazm_words, longest_match, read_table
from khabar.segment import Document, Token, lemma

_FINAL = frozenset({".", "!", "؟", "?", "…"})
_QUOTES = frozenset({"«", "»", '"'})
_COMPLEMENTISERS = frozenset({"تا", "که"})
_SPEAKER_TYPES = frozenset({"person", "organization", "group"})
KIND_ORDER = ("request", "proposal", "hope", "offer", "plan", "normative")
# An unknown speaker is the sentence's opening noun phrase, at most this long.
MAX_SPEAKER_WORDS = 5
# A clause straight after a cue, without که or a colon, has at least this many tokens.
MIN_BARE_WORDS = 4
_NOT_CLAUSE_STARTS = frozenset({"و", ":", "که", ".", "،", "را"})
_SUBJECT_ENDS = frozenset({"P", "CONJ", "POSTP"})


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

    def to_dict(self) -> dict:
        return {
            "id": self.id,
            "speaker": self.speaker,
            "speaker_text": self.speaker_text,
            "cue": self.cue,
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
class Cue:
    form: str
    patterns: frozenset[str]


@cache
def _cues() -> dict[tuple[str, ...], Cue]:
    """Cue token tuples -> cue, with the plural and perfect forms of past-tense cues."""
    cues: dict[tuple[str, ...], Cue] = {}
    for row in read_table("lexicons", "claims", "cues.tsv"):
        cue = Cue(row["form"], frozenset(row["pattern"].split("|")))
        words = tuple(row["form"].split())
        cues[words] = cue
        if words[-1].endswith(("د", "ت")) and not cue.patterns & {"frame", "source", "call"}:
            for ending in (("ند",), ("ه", "است"), ("ه\u200cاند",)):
                variant = (*words[:-1], words[-1] + ending[0], *ending[1:])
                cues.setdefault(variant, cue)
    cues.setdefault(("معتقدند",), cues[("معتقد", "است")])
    return cues


@cache
def _phrases(name: str) -> frozenset[tuple[str, ...]]:
    return frozenset(tuple(r["form"].split()) for r in read_table("lexicons", "claims", name))


@cache
def _markers() -> dict[tuple[str, ...], tuple[str, str]]:
    return {
        tuple(r["form"].split()): (r["marker"], r["kind"])
        for r in read_table("lexicons", "claims", "markers.tsv")
    }


class _Extractor:
    def __init__(self, doc: Document, actors: list[Actor] | tuple[Actor, ...]) -> None:
        self.doc = doc
        self.raw = doc.cleaned.raw
        # raw start offset of a mention -> (actor, mention end, kind)
        self.mentions: dict[int, tuple[Actor, int]] = {}
        for actor in actors:
            if actor.type in _SPEAKER_TYPES:
                for mention in actor.mentions:
                    self.mentions.setdefault(mention.start, (actor, mention.end))
        self.claims: list[Claim] = []
        self.last_speaker: tuple[Actor, int] | None = None  # and its claim's paragraph

    def run(self) -> list[Claim]:
        for sentence in self.doc.sentences:
            paragraph = self.doc.paragraphs[sentence.paragraph]
            if paragraph.is_headline:
                continue  # a headline's cue has no speaker of its own
            self._sentence(list(self.doc.sentence_tokens(sentence)))
        return self.claims

    # ----- speakers -------------------------------------------------------------------------
    def _actor_at(self, token: Token) -> tuple[Actor, int] | None:
        return self.mentions.get(token.raw_start)

    def _subject(self, tokens: list[Token], before: int) -> tuple[Actor | None, str] | None:
        """The actor opening the sentence, else the nearest actor mentioned before *before*,
        else the noun phrase opening the sentence (an unknown speaker: معاویه گفت)."""
        for k in [0, *range(before - 1, 0, -1)]:
            found = self._actor_at(tokens[k]) if k < len(tokens) else None
            if found:
                actor, end = found
                return actor, self.raw[tokens[k].raw_start : end]
        length = 0
        while length < min(before, MAX_SPEAKER_WORDS + 1) and not _ends_subject(tokens[length]):
            length += 1
        if 0 < length <= MAX_SPEAKER_WORDS:
            return None, self.raw[tokens[0].raw_start : tokens[length - 1].raw_end]
        return None

    def _dropped_subject(
        self, tokens: list[Token], cue_index: int, start: int, mode: str, construction: str
    ) -> tuple[Actor, str] | None:
        """The last speaker, for a sentence that names none (همچنین افزود: ...): Persian drops
        a subject the story is already about. Only for speech (a colon, a quotation or a
        that-clause) with a singular verb, preceded by nothing but openers such as همچنین or
        در ادامه (``data/lexicons/claims/subjectless_openers.tsv``), and a speaker quoted in
        this paragraph or the one before; ``speaker_text`` is then empty, as no words of the
        sentence name the speaker."""
        if self.last_speaker is None or not (mode == "direct" or construction == "that"):
            return None
        actor, paragraph = self.last_speaker
        if tokens[0].paragraph - paragraph > 1 or not _only_openers(tokens[:cue_index]):
            return None
        verb = next(
            (
                t
                for t in reversed(tokens[cue_index:start])
                if t.is_word and t.text not in _COMPLEMENTISERS
            ),
            None,
        )
        return None if verb is None or _plural_verb(verb) else (actor, "")

    # ----- constructions --------------------------------------------------------------------
    def _sentence(self, tokens: list[Token]) -> None:
        words = [t.text for t in tokens]
        not_claims, cues = _phrases("not_claims.tsv"), _cues()
        # Most words start neither a cue nor a blocked phrase: one set lookup says so.
        may_block, may_cue = first_words(not_claims), first_words(cues)
        blocked = {
            i
            for i, word in enumerate(words)
            if word in may_block and longest_match(not_claims, words, i)
        }
        i = 0
        while i < len(words):
            found = (
                longest_match(cues, words, i) if words[i] in may_cue and i not in blocked else None
            )
            if not found:
                i += 1
                continue
            length, cue = found
            end = i + length
            handled = (
                ("frame" in cue.patterns and self._frame(tokens, words, i, end, cue))
                or ("source" in cue.patterns and self._source(tokens, words, i, end, cue))
                or ("colon" in cue.patterns and self._direct(tokens, words, i, end, cue))
                or ("colon" in cue.patterns and self._quoted(tokens, words, i, end, cue))
                or ("that" in cue.patterns and self._that(tokens, words, i, end, cue))
                or ("object" in cue.patterns and self._object(tokens, words, i, end, cue))
                or ("request" in cue.patterns and self._request(tokens, words, i, end, cue))
                or ("call" in cue.patterns and self._call(tokens, words, i, end, cue))
                or ("that" in cue.patterns and self._bare(tokens, words, i, end, cue))
            )
            i = handled or end

    def _direct(self, tokens, words, i, end, cue) -> int:
        if end >= len(words) or words[end] != ":":
            return 0
        stop = self._sentence_end(words, end + 1)
        return self._add(tokens, i, cue, "direct", "colon", end + 1, stop) and stop

    def _quoted(self, tokens, words, i, end, cue) -> int:
        """«...» speech: after the cue (گفت «...»), or before the speaker («...»، وی گفت)."""
        if end < len(words) and words[end] == "«":
            close = next((k for k in range(end + 1, len(words)) if words[k] == "»"), None)
            if close is None:
                return 0
            return self._add(tokens, i, cue, "direct", "quote", end + 1, close) and close + 1
        close = next((k for k in range(i - 1, -1, -1) if words[k] == "»"), None)
        opening = (
            None
            if close is None
            else next((k for k in range(close - 1, -1, -1) if words[k] == "«"), None)
        )
        between = [k for k in range(close + 1, i) if words[k] != "،"] if close is not None else []
        if opening is None or not between or len(between) > MAX_SPEAKER_WORDS:
            return 0
        found = self._actor_at(tokens[between[0]])
        actor, speaker_end = found if found else (None, tokens[between[-1]].raw_end)
        subject = (actor, self.raw[tokens[between[0]].raw_start : speaker_end])
        added = self._add(tokens, i, cue, "direct", "quote", opening + 1, close, None, subject)
        return added and end

    def _that(self, tokens, words, i, end, cue) -> int:
        if end >= len(words) or words[end] != "که":
            return 0
        stop = self._sentence_end(words, end + 1)
        return self._add(tokens, i, cue, "indirect", "that", end + 1, stop) and stop

    def _bare(self, tokens, words, i, end, cue) -> int:
        """A clause straight after the cue (اعلام کردند مواد ... افزایش می‌دهد)."""
        start = end + (1 if end < len(words) and words[end] == "،" else 0)
        stop = self._sentence_end(words, start)
        if stop - start < MIN_BARE_WORDS or words[start] in _NOT_CLAUSE_STARTS:
            return 0
        return self._add(tokens, i, cue, "indirect", "that", start, stop) and stop

    def _call(self, tokens, words, i, end, cue) -> int:
        """«خواستار Y شد»: Y is what the speaker calls for."""
        stop = next((k for k in range(end, len(words)) if lemma(words[k]) == "شد#شو"), None)
        if stop is None or stop == end:
            return 0
        return self._add(tokens, i, cue, "indirect", "request", end, stop) and stop + 1

    def _object(self, tokens, words, i, end, cue) -> int:
        objects = [k for k in range(i) if words[k] == "را"]
        if not objects or objects[-1] == i - 1:
            return 0  # «X را دانست» without a predicate means "knew X"
        start = self._content_start(tokens, words, objects[-1])
        if start is None:
            return 0
        return self._add(tokens, i, cue, "indirect", "object", start, i) and end

    def _request(self, tokens, words, i, end, cue) -> int:
        addressee = None
        for k in range(i - 1, -1, -1):
            if words[k] == "از" and k + 1 < i and self._actor_at(tokens[k + 1]):
                addressee = self._actor_at(tokens[k + 1])[0]
                break
        start = end + (1 if end < len(words) and words[end] in _COMPLEMENTISERS else 0)
        stop = self._sentence_end(words, start)
        if addressee is None or start >= stop:
            return 0
        return self._add(tokens, i, cue, "indirect", "request", start, stop, addressee) and stop

    def _frame(self, tokens, words, i, end, cue) -> int:
        stop = next((k for k in range(end, len(words)) if words[k] == "،"), None)
        if stop is None or stop == end:
            return 0
        return self._add(tokens, i, cue, "indirect", "frame", end, stop) and stop

    def _source(self, tokens, words, i, end, cue) -> int:
        """«به گفته X، Y» (or without the comma, Y right after X's mention)."""
        if end >= len(words):
            return 0
        comma = next((k for k in range(end, len(words)) if words[k] == "،"), None)
        speaker = self._actor_at(tokens[end])
        if speaker is not None:
            actor, mention_end = speaker
            after = next(k for k in range(end, len(tokens)) if tokens[k].raw_end >= mention_end)
            start = comma + 1 if comma == after + 1 else after + 1
        elif comma is not None and comma - end <= MAX_SPEAKER_WORDS:
            actor, mention_end, start = None, tokens[comma - 1].raw_end, comma + 1
        else:
            return 0
        stop = self._sentence_end(words, start)
        subject = (actor, self.raw[tokens[end].raw_start : mention_end])
        added = self._add(tokens, i, cue, "indirect", "source", start, stop, None, subject)
        return added and stop

    # ----- spans ----------------------------------------------------------------------------
    def _content_start(self, tokens, words, object_marker: int) -> int | None:
        """Where «X را Y» begins: after the last comma, else after the subject and framings."""
        commas = [k for k in range(object_marker) if words[k] == "،"]
        if commas:
            return commas[-1] + 1
        k = 0
        opening = self._actor_at(tokens[0]) if tokens else None
        if opening:
            while k < len(tokens) and tokens[k].raw_end <= opening[1]:
                k += 1
        while k < object_marker:
            framing = longest_match(_phrases("framings.tsv"), words, k)
            if not framing:
                break
            k += framing[0]
        return k if k < object_marker else None

    @staticmethod
    def _sentence_end(words: list[str], start: int) -> int:
        stop = len(words)
        while stop > start and words[stop - 1] in _FINAL | _QUOTES:
            stop -= 1
        return stop

    def _add(
        self, tokens, cue_index, cue, mode, construction, start, stop, addressee=None, subject=None
    ) -> bool:
        while start < stop and tokens[start].text in _QUOTES:
            start += 1
        while stop > start and tokens[stop - 1].text in _QUOTES | {"،"}:
            stop -= 1
        if start >= stop:
            return False
        subject = (
            subject
            or self._subject(tokens, cue_index)
            or self._dropped_subject(tokens, cue_index, start, mode, construction)
        )
        if subject is None:
            return False
        actor, speaker_text = subject
        if actor is not None:
            self.last_speaker = (actor, tokens[0].paragraph)
        raw_start, raw_end = tokens[start].raw_start, tokens[stop - 1].raw_end
        clean_start, clean_end = tokens[start].start, tokens[stop - 1].end
        content = self.doc.cleaned.text[clean_start:clean_end]
        markers, kind = _classify([t.text for t in tokens[start:stop]], construction, cue)
        self.claims.append(
            Claim(
                id=f"C{len(self.claims) + 1}",
                speaker=actor.id if actor else None,
                speaker_text=speaker_text,
                cue=cue.form,
                mode=mode,
                text=content,
                start=raw_start,
                end=raw_end,
                addressee=addressee.id if addressee else None,
                kind=kind,
                markers=markers,
                sentence=tokens[0].sentence,
                paragraph=tokens[0].paragraph,
                construction=construction,
            )
        )
        return True


@cache
def _pronouns() -> frozenset[tuple[str, ...]]:
    rows = read_table("lexicons", "actors", "references.tsv")
    return frozenset((r["form"],) for r in rows if r["refers"] == "person")


def _only_openers(tokens: list[Token]) -> bool:
    """Whether *tokens* are nothing but commas and subjectless openers (همچنین, در ادامه)."""
    words = [t.text for t in tokens if t.text != "،"]
    openers = _phrases("subjectless_openers.tsv")
    i = 0
    while i < len(words):
        found = longest_match(openers, words, i, longest=8)
        if not found:
            return False
        i += found[0]
    return True


def _plural_verb(token: Token) -> bool:
    """A third-person plural verb: the past stem and ند (افزودند), or a perfect in اند."""
    past = token.lemma.split("#")[0] if "#" in token.lemma else ""
    return (bool(past) and token.text == past + "ند") or token.text.endswith("\u200cاند")


def _ends_subject(token: Token) -> bool:
    """Where an opening noun phrase ends: punctuation, a preposition or conjunction, a verb."""
    if not token.is_word or "#" in token.lemma:
        return True
    if (token.text,) in _pronouns():
        return False
    return not _SUBJECT_ENDS.isdisjoint(hazm_words().get(token.text, UNKNOWN_WORD)[1])


def _classify(words: list[str], construction: str, cue: Cue) -> tuple[list[str], str]:
    """Markers found in the content, and the claim's kind (see the module docstring)."""
    found: dict[str, str] = {}
    i = 0
    while i < len(words):
        match = longest_match(_markers(), words, i)
        if match:
            marker, kind = match[1]
            found.setdefault(marker, kind)
            i += match[0]
        else:
            i += 1
    markers = list(found)
    kinds = set(found.values())
    if construction == "request":
        return markers, "request"
    if cue.form.startswith("پیشنهاد"):
        return markers, "proposal"
    for kind in KIND_ORDER[2:]:
        if kind in kinds:
            return markers, kind
    if construction == "object":
        return markers, "assessment"
    if any(w.endswith("یم") and len(w) > 3 for w in words):
        return markers, "position"
    return markers, "factual"


def extract_claims(doc: Document, actors: list[Actor] | tuple[Actor, ...]) -> list[Claim]:
    """Every attributed claim of a segmented document, in reading order."""
    claims = _Extractor(doc, actors).run()
    claims.sort(key=lambda c: c.start)
    for number, claim in enumerate(claims, start=1):
        claim.id = f"C{number}"
    return claims
