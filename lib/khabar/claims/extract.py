"""Finding claims in one document, sentence by sentence (see :mod:`khabar.claims`)."""

from __future__ import annotations

from dataclasses import dataclass
from itertools import compress
from typing import NamedTuple

from khabar.actors import Actor
from khabar.actors import lexicons as actor_lexicons
from khabar.claims import documents
from khabar.claims.cues import (
    Cue,
    Lookup,
    Phrase,
    blocked,
    call_forms,
    cues,
    document_nouns,
    frame_complements,
    headline_nouns,
    light_verbs,
    lookup,
    phrases,
)
from khabar.claims.speakers import (
    MAX_SPEAKER_WORDS,
    Speakers,
    document_lead,
    ends_phrase,
    genitive_pronoun,
    head_of,
    heads,
    is_common_word,
    is_name_like,
    is_plural,
    is_verb,
    stops,
)
from khabar.lexicon import (
    ZWNJ,
    fold,
    hazm_words,
    longest_match,
    read_table,
    vocalised,
    word_frequencies,
)
from khabar.segment import Document, Token

_FINAL = frozenset({".", "!", "؟", "?", "…", "؛"})
_QUOTES = frozenset({"«", "»", '"'})
_COMMA = "،"
_RA = ("را",)  # the object marker as a noun-phrase content's marker (X را محکوم کرد)
_FORMULA_ENDS = (_COMMA, "؛")  # what closes «به گزارش X» before its clause
# A clause straight after a verb of saying, without که or a colon, has at least this many tokens.
MIN_BARE_WORDS = 4
_NOT_CLAUSE_STARTS = frozenset(
    {"و", ":", "که", ".", _COMMA, "را", "تا", "»", ")", "؛", "ولی", "اما", "بلکه"}
)
# A headline «X: Y» names its speaker in at most this many words before the colon.
MAX_HEADLINE_SPEAKER = 6
_DROPPED = object()  # a clause whose subject is not written


class _Span(NamedTuple):
    """A subject phrase found, not yet made an actor (the choice may still change)."""

    start: int
    end: int


@dataclass(slots=True)
class Found:
    """A claim found in a sentence, before its speaker is known."""

    cue: Cue | Phrase
    cue_start: int  # token indices in the sentence
    cue_end: int
    mode: str
    construction: str
    start: int
    stop: int
    addressee: int | None = None  # token index of the addressee's phrase
    subject_before: int | None = None  # the subject is read up to here (default: the cue)
    speaker: tuple[Actor | None, int, int] | None = None  # actor, token span (-1: none)
    nested: bool = False


class Extractor:
    """One pass over a document's sentences, in reading order."""

    def __init__(self, doc: Document, speakers: Speakers) -> None:
        self.doc = doc
        self.raw = doc.cleaned.raw
        self.speakers = speakers
        self.found: list[tuple[Found, list[Token]]] = []
        self.continuing: tuple[Found, Actor | None, int, bool] | None = None
        # A document's text being printed (khabar.claims.documents): its phrase, its issuer,
        # the paragraph that announced it.
        self.document: tuple[Phrase, Actor, int] | None = None
        self.blocked: set[int] = set()  # this sentence's words inside a blocked phrase
        self.cue_words: set[int] = set()  # and inside a cue or phrase
        self.tokens: list[Token] = []  # the sentence's tokens

    def run(self) -> list[tuple[Found, list[Token]]]:
        texts = list(self.doc.texts)  # sliced for each sentence
        for sentence in self.doc.sentences:
            tokens = list(self.doc.sentence_tokens(sentence))
            if not tokens:
                continue
            if self.doc.paragraphs[sentence.paragraph].is_headline:
                self._headline(tokens)
                continue
            words = texts[sentence.first_token : sentence.last_token]
            self._sentence(tokens, words)
            self._announcement(tokens, words)
        return self.found

    # ----- the sentence ---------------------------------------------------------------------
    def _hits(self, words: list[str]) -> list[tuple[int, int, Cue | Phrase]]:
        """Cues and phrases, left to right, longest first, none inside a blocked phrase.
        Most words start none of them: one set lookup per word says so."""
        firsts, singles, pairs = _starts()
        inside_blocked: set[int] = set()
        hits = []
        if firsts.isdisjoint(words):
            self.blocked, self.cue_words = inside_blocked, set()
            return hits
        verbs, extra, stop_phrases = _lookups()
        after = 0
        n = len(words)
        for i in compress(range(n), map(firsts.__contains__, words)):
            word = words[i]
            if word not in singles and (word, words[i + 1] if i + 1 < n else "") not in pairs:
                continue
            blocking = stop_phrases.match(words, i)
            if blocking:
                inside_blocked.update(range(i, i + blocking[0]))
            if i < after or i in inside_blocked:
                continue
            found = extra.match(words, i)
            verb = verbs.match(words, i)
            if verb is not None and (found is None or verb[0] > found[0]):
                found = verb
            if found is not None:
                length, item = found
                hits.append((i, i + length, item))
                after = i + length
        self.blocked = inside_blocked
        self.cue_words = {k for start, end, _ in hits for k in range(start, end)}
        return hits

    def _sentence(self, tokens: list[Token], words: list[str]) -> None:
        """The claims of one sentence: *tokens*, and *words* their texts."""
        self.tokens = tokens
        hits = self._hits(words)
        inside, printed = self._document_text(tokens, words)
        if not hits and self.continuing is None:
            self._print(printed, tokens)
            return  # most sentences: no verb of saying, no quotation going on
        paragraph = tokens[0].paragraph
        opening = self._formula_end(words, hits)
        found: list[Found] = []
        for n, (i, end, item) in enumerate(hits):
            if i < opening:
                continue
            later = [h for h in hits[n + 1 :] if isinstance(h[2], Cue)]
            claim = None
            if isinstance(item, Cue):
                claim = self._verb(tokens, words, i, end, item, later, found)
            elif item.role == "frame":
                claim = self._frame(words, i, end, item, later)
            elif item.role == "open frame":
                claim = self._open_frame(words, i, end, item, later)
            elif item.role in ("source", "document"):
                claim = self._source(tokens, words, i, end, item, later)
            elif item.role == "call":
                claim = self._call(words, i, end, item)
            if claim is not None:
                found.append(claim)
        # In reading order: a claim is nested in an earlier one that has a speaker (a request
        # with no one to make it holds no claims).
        for n, claim in enumerate(found):
            claim.nested = any(
                other.speaker is not None and _span_start(other) <= claim.cue_start < other.stop
                for other in found[:n]
            ) or any(
                other.speaker is not None and _span_start(other) <= claim.cue_start < other.stop
                for other in found[n + 1 :]
            )
            if claim.speaker is None:
                self._speaker(tokens, words, claim, found, opening)
        found = [claim for claim in found if claim.speaker is not None]
        if inside and self._reporting_resumes(tokens, found):
            inside, printed, self.document = False, None, None
        self._print(printed, tokens)
        continued = inside or self._continue(tokens, words, found)
        for claim in found:
            if continued and (claim.speaker[1] < 0 or _narrated(claim)):
                continue  # inside the quotation: only claims naming their own (third) speaker
            self.found.append((claim, tokens))
            actor = claim.speaker[0]
            if actor is not None and not claim.nested:
                self.speakers.heard(actor, paragraph)
        if not continued:
            self._open_quote(tokens, words, found)

    # ----- a document's text printed after its announcement -------------------------------
    def _announcement(self, tokens: list[Token], words: list[str]) -> None:
        """After «متن این بیانیه به شرح زیر است:»: the document's issuer speaks in the next
        paragraphs. The issuer is the actor named right after the document's noun, else
        (and for «این بیانیه») the last speaker of this paragraph or the one before."""
        found = documents.announced(words)
        if found is None:
            return
        noun, phrase = found
        paragraph = tokens[0].paragraph
        named = None
        if not documents.points_back(words, noun) and noun + 1 < phrase:
            named = self.speakers.mention_at(tokens[noun + 1], places=False)
        issuer = named[0] if named else self.speakers.last_speaker(paragraph, person=False)
        if issuer is not None:
            form = " ".join(words[phrase:-1])
            self.document = (Phrase(form, "document text"), issuer, paragraph)

    def _document_text(self, tokens: list[Token], words: list[str]) -> tuple[bool, Found | None]:
        """Whether the sentence is part of a document's text being printed, and if so its
        claim: the whole sentence, the issuer's (none for vocalised Arabic: scripture)."""
        if self.document is None or tokens[0].paragraph == self.document[2]:
            return False, None
        if self._opens_paragraph(tokens) and documents.resumes(words):
            self.document = None
            return False, None
        phrase, issuer, _ = self.document
        self.continuing = None
        raw = self.raw[tokens[0].raw_start : tokens[-1].raw_end]
        start = 1 if words[0] in _QUOTES else 0
        stop = _sentence_end(words, start)
        if stop - start < 2 or vocalised(raw):
            return True, None
        claim = Found(phrase, -1, -1, "direct", "text", start, stop)
        claim.speaker = (issuer, -1, -1)
        return True, claim

    def _reporting_resumes(self, tokens: list[Token], found: list[Found]) -> bool:
        """Whether a paragraph opens with the outlet quoting someone it names, «X گفت:»: the
        document's text has ended."""
        return self._opens_paragraph(tokens) and any(
            f.construction == "colon" and f.speaker is not None and f.speaker[1] >= 0 for f in found
        )

    def _opens_paragraph(self, tokens: list[Token]) -> bool:
        return tokens[0].start == self.doc.paragraphs[tokens[0].paragraph].start

    def _print(self, claim: Found | None, tokens: list[Token]) -> None:
        if claim is not None:
            self.found.append((claim, tokens))
            self.speakers.heard(claim.speaker[0], tokens[0].paragraph)

    def _formula_end(self, words: list[str], hits) -> int:
        """After «به گزارش X (به نقل از Y)،» (or «؛») opening the sentence: where its clause
        begins."""
        for i, end, item in hits:
            if i > 2:
                break
            if isinstance(item, Phrase) and item.role == "formula":
                verb = next(
                    (h[0] for h in hits if h[0] >= end and isinstance(h[2], Cue)), len(words)
                )
                comma = next((k for k in range(end, verb) if words[k] in _FORMULA_ENDS), None)
                if comma is not None:
                    return comma + 1
                # No comma: the speaker begins at the first person the actor stage found.
                for k in range(end + 1, verb):
                    found = self.speakers.mention_at(self.tokens[k], places=False)
                    if found is not None and found[0].type == "person":
                        return k
        return 0

    # ----- verbs ----------------------------------------------------------------------------
    def _verb(self, tokens, words, i, end, cue: Cue, later, found: list[Found]) -> Found | None:
        verb = cue.verb
        allowed = verb.constructions
        n = len(words)
        right = words[end] if end < n else ""
        stop = _sentence_end(words, end)
        if (
            cue.participle
            and right not in (":", "که")
            and not ("request" in allowed and self._addressee(tokens, words, i) is not None)
        ):
            return None
        if i > 0 and words[i - 1] in ("به", "طبق", "از") and cue.participle:
            return None
        if "document" in allowed:
            return self._document(tokens, words, i, end, cue, stop)
        colon_ok = allowed & {"colon", "that", "bare", "quote"}
        if right.startswith(":") and len(right) > 1 and colon_ok:
            return self._colon(cue, i, end, end, words, stop)  # «گفت:۴۷۴ واحد»
        if right == ":" and colon_ok:
            return self._colon(cue, i, end, end + 1, words, stop)
        if right == "که" and end + 1 < n and words[end + 1] == ":" and colon_ok:
            return self._colon(cue, i, end, end + 2, words, stop)
        if right == "«" and allowed & {"quote", "colon"}:
            close = next((k for k in range(end + 1, n) if words[k] == "»"), stop)
            return Found(cue, i, end, "direct", "quote", end + 1, close)
        ra_before = i > 0 and words[i - 1] == "را" and right not in (":", "«")
        if ra_before and _RA not in verb.np_markers:
            return None  # «تلفن‌ها را پاسخ می‌دهند که ...»: an object, then no clause of speech
        if "object" in allowed and verb.verb_class == "evaluating" and not cue.passive:
            claim = self._object(words, i, end, cue, found)
            if claim is not None:
                return claim  # «X را Y تفسیر می‌کنند که ...»: the که opens a relative clause
        if right == "که" and allowed & {"that", "bare", "colon"}:
            return self._clause(cue, i, end, end + 1, words, later, "that")
        if right == "تا" and "ta" in allowed:
            return self._clause(cue, i, end, end + 1, words, later, "that")
        if "request" in allowed:
            claim = self._request(tokens, words, i, end, cue, later)
            if claim is not None:
                return claim
        if ("bare" in allowed or (cue.passive and "that" in allowed)) and not cue.participle:
            start = end + (1 if right == _COMMA else 0)
            claim = self._clause(cue, i, end, start, words, later, "that")
            # «اعتباراتی که ابلاغ می‌شود | گفت: ...»: another verb's quotation follows, not a
            # clause of this one
            quoted = start in self.cue_words and words[start + 1 : start + 2] == [":"]
            if (
                claim is not None
                and claim.stop - claim.start >= MIN_BARE_WORDS
                and (words[start] not in _NOT_CLAUSE_STARTS)
                and not quoted
            ):
                return claim
        if "object" in allowed and cue.passive:
            return self._passive_object(tokens, words, i, end, cue, found)
        if "object" in allowed and not cue.passive:
            claim = self._object(words, i, end, cue, found)
            if claim is not None:
                return claim
        if verb.np_markers and not cue.passive:
            claim = self._noun_phrase(tokens, words, i, end, cue, found)
            if claim is not None:
                return claim
        if allowed & {"quote", "colon"} and right in {"", _COMMA} | _FINAL:
            return self._quoted_before(tokens, words, i, end, cue)
        return None

    def _colon(self, cue, i, end, start, words, stop) -> Found | None:
        if start < len(words) and words[start] == "«":
            close = next((k for k in range(start + 1, len(words)) if words[k] == "»"), None)
            if close is not None and close >= stop - 1:
                return Found(cue, i, end, "direct", "colon", start + 1, close)
        return Found(cue, i, end, "direct", "colon", start, stop)

    def _clause(self, cue, i, end, start, words, later, construction) -> Found | None:
        """A clause after the cue, to the sentence's end or a coordinated verb of saying
        («... و افزود که ...»), without a parenthesis that opens it."""
        if start < len(words) and words[start] == "(":
            close = next((k for k in range(start, len(words)) if words[k] == ")"), None)
            start = close + 1 if close is not None else start
        stop = _sentence_end(words, start)
        for k, _, item in later:
            # «... فاش کند و در عین حال از کشورها خواست ...»: a verb of saying coordinated by و
            link = next((m for m in range(k - 1, start, -1) if words[m] == "و"), None)
            if (
                start < k < stop
                and isinstance(item, Cue)
                and link is not None
                and not any(
                    is_verb(t) or t.text in (_COMMA, "که") for t in self.tokens[link + 1 : k]
                )
                and self._no_subject(words, link + 1, k)
            ):
                stop = link
                break
        for k in range(start, stop):
            if lookup(_clause_breaks("break")).match(words, k):
                stop = k
                break
        if _in_temporal_clause(words, i) or (
            i >= 2 and words[i - 1] == "که" and not is_verb(self.tokens[i - 2])
        ):
            stop = next((k for k in range(start, stop) if words[k] == _COMMA), stop)
        while stop > start and words[stop - 1] in (_COMMA, "و"):
            stop -= 1
        if stop <= start:
            return None
        mode = "indirect"
        if words[start] == "«" and words[stop - 1] == "»":
            mode, start, stop = "direct", start + 1, stop - 1
        return Found(cue, i, end, mode, construction, start, stop)

    def _call(self, words, i, end, phrase: Phrase) -> Found | None:
        """«خواستار Y شد»: Y is what the speaker calls for."""
        forms = call_forms(phrase.verb.lemma)
        for k in range(end + 1, _sentence_end(words, end) + 1):
            match = longest_match(forms, words, k)
            if match:
                return Found(Cue(phrase.verb), i, k + match[0], "indirect", "request", end, k)
            if words[k] in (_COMMA, ":", "که"):
                return None
        return None

    def _no_subject(self, words, start, cue) -> bool:
        """Whether words[start:cue] hold no subject of their own: openers, then the verb or a
        prepositional phrase («و در عین حال از کشورها خواست»; not «و مجلس اعلام کرد»)."""
        k = self._skip_openers(self.tokens, words, start, cue)
        return k >= cue or stops().get(words[k]) == "preposition"

    def _addressee(self, tokens, words, i) -> int | None:
        """«از X» before a verb of asking: where X begins. X may carry a relative clause
        («از جناحی که ... هستند، خواستند»), no other verb of saying or colon."""
        relative = False
        for k in range(i - 1, max(-1, i - 2 * MAX_SPEAKER_WORDS - 1), -1):
            if words[k] == ":" or (k in self.cue_words and k < i):
                return None
            if words[k] == "که":
                relative = True
            elif (
                (is_verb(tokens[k]) or words[k] == _COMMA)
                and not relative
                and k < i - 1
                and not any(words[m] == "که" for m in range(max(0, k - MAX_SPEAKER_WORDS), k))
            ):
                return None
            if words[k] == "از" and k + 1 < i:
                return k + 1
        return None

    def _request(self, tokens, words, i, end, cue, later) -> Found | None:
        addressee = self._addressee(tokens, words, i)
        if addressee is None:
            return None
        start = end + (1 if end < len(words) and words[end] in ("تا", "که") else 0)
        claim = self._clause(cue, i, end, start, words, later, "request")
        if claim is None or words[start] in _NOT_CLAUSE_STARTS:
            return None
        claim.addressee = addressee
        claim.subject_before = addressee - 1
        return claim

    def _object(self, words, i, end, cue, found: list[Found]) -> Found | None:
        """«X را Y cue»: X judged Y. The content's start is fixed with the speaker."""
        floor = max((f.cue_end for f in found), default=0)
        markers = [k for k in range(floor, i) if words[k] == "را"]
        if not markers or markers[-1] == i - 1:
            return None  # «X را دانست» without a predicate means "knew X"
        between = words[markers[-1] + 1 : i]
        if any(w in (":", "که") for w in between):
            return None
        claim = Found(cue, i, end, "indirect", "object", -1, i)
        claim.subject_before = markers[-1]
        return claim

    def _passive_object(self, tokens, words, i, end, cue, found) -> Found | None:
        """«X Y خوانده شده»: X judged Y by no named source. The clause runs from the sentence's
        start or its last comma (not a relative clause: «... که خوانده شد»)."""
        floor = max((f.cue_end for f in found), default=0)
        start = max([floor, *(k + 1 for k in range(floor, i) if words[k] in (_COMMA, ":", "؛"))])
        start = self._skip_openers(tokens, words, start, i)
        inner = tokens[start:i]
        if (
            len(inner) < 2
            or stops().get(words[start]) in ("preposition", "subordinator")
            or any(is_verb(t) or t.text in ("که", "را") for t in inner)
            or any((cue.verb.lemma, w) in _not_objects() for w in words[start:i])
        ):
            return None
        return Found(cue, i, end, "indirect", "object", start, i)

    def _noun_phrase(self, tokens, words, i, end, cue, found: list[Found]) -> Found | None:
        """«بر X تأکید کرد», «از X خبر داد», «X را محکوم کرد»: X is the content."""
        floor = max((f.cue_end for f in found), default=0)
        for marker in cue.verb.np_markers:
            size = len(marker)
            for k in range(i - size, floor - 1, -1):
                if tuple(words[k : k + size]) != marker:
                    continue
                if marker == ("را",):
                    if k != i - 1:
                        break
                    claim = Found(cue, i, end, "indirect", "np", -1, k)
                    claim.subject_before = k
                    return claim
                inner = tokens[k + size : i]
                if not inner or any(is_verb(t) or t.text in (_COMMA, ":", "که") for t in inner):
                    break
                claim = Found(cue, i, end, "indirect", "np", k + size, i)
                claim.subject_before = k
                return claim
        return None

    def _quoted_before(self, tokens, words, i, end, cue) -> Found | None:
        """«...»، X گفت: the quotation before its speaker."""
        close = next((k for k in range(i - 1, -1, -1) if words[k] == "»"), None)
        if close is None:
            return None
        opening = next((k for k in range(close - 1, -1, -1) if words[k] == "«"), None)
        between = [k for k in range(close + 1, i) if words[k] != _COMMA]
        if opening is None or not between or len(between) > MAX_SPEAKER_WORDS:
            return None
        if close - opening < 4 or stops().get(words[between[0]]) == "preposition":
            return None  # «دوست‌نماها» به ... اعتراف می‌کنند: a quoted term, not speech
        claim = Found(cue, i, end, "direct", "quote", opening + 1, close)
        claim.speaker = self._phrase_speaker(tokens, between[0], i)
        return claim if claim.speaker else None

    def _document(self, tokens, words, i, end, cue, stop) -> Found | None:
        """«در X آمده است (که|:|،) Y»: the document X states Y; «در» opens the clause."""
        if words[i] == cue.verb.lemma:
            return None  # «آمد» (came), not «آمده است» (is stated)
        k = self._skip_openers(tokens, words, 0, i)
        if words[k] != "در" or k + 1 >= i:
            return None
        start = end + (1 if end < len(words) and words[end] in (":", "که", _COMMA) else 0)
        if start >= stop:
            return None
        mode = "direct" if end < len(words) and words[end] == ":" else "indirect"
        claim = Found(cue, i, end, mode, "document", start, stop)
        claim.speaker = self._document_speaker(tokens, words, k + 1, i)
        return claim if claim.speaker else None

    # ----- frames and sources ---------------------------------------------------------------
    def _frame(self, words, i, end, phrase: Phrase, later) -> Found | None:
        """«با بیان اینکه Y، ...»: Y runs to the last comma before the next verb of saying."""
        following = next((k for k, _, _ in later if k > end), None)
        if following is not None:
            commas = [k for k in range(end, following) if words[k] == _COMMA]
            stop = commas[-1] if commas else following
        else:
            stop = next((k for k in range(end, len(words)) if words[k] == _COMMA), None)
            if stop is None:
                return None
        if stop <= end:
            return None
        claim = Found(phrase, i, end, "indirect", "frame", end, stop)
        claim.subject_before = i
        return claim

    def _open_frame(self, words, i, end, phrase: Phrase, later) -> Found | None:
        """«با اشاره به X و اینکه Y، ...»: the clause Y after a noun phrase X (X alone is a
        topic, not a claim)."""
        following = next((k for k, _, _ in later if k > end), len(words))
        for k in range(end, following):
            if words[k] in (_COMMA, ":"):
                return self._frame_noun_phrase(i, end, k, phrase)
            match = longest_match(frame_complements(), words, k + 1) if words[k] == "و" else None
            if match:
                claim = self._frame(words, i, k + 1 + match[0], phrase, later)
                if claim is not None:
                    claim.cue_end = end
                return claim
        return self._frame_noun_phrase(i, end, following, phrase)

    def _frame_noun_phrase(self, i, end, stop, phrase: Phrase) -> Found | None:
        """«با تأکید بر لزوم X، ...»: a frame whose noun phrase states a position."""
        inner = self.tokens[end:stop]
        if not phrase.np or not inner or any(is_verb(t) for t in inner):
            return None
        claim = Found(phrase, i, end, "indirect", "frame", end, stop)
        claim.subject_before = i
        return claim

    def _source(self, tokens, words, i, end, phrase: Phrase, later) -> Found | None:
        """«به گفته X، Y» and «طبق بیانیه X، Y»: X said Y."""
        if end >= len(words):
            return None
        if phrase.demonstrative:  # «بر اساس این اطلاعیه،»: the last speaker's notice
            start = end + (1 if words[end] == _COMMA else 0)
            actor = self.speakers.last_speaker(tokens[0].paragraph, person=False)
            if actor is None or _sentence_end(words, start) - start < 2:
                return None
            claim = Found(phrase, i, end, "indirect", "source", start, _sentence_end(words, start))
            claim.speaker = (actor, -1, -1)
            return claim
        first = end
        self.cue_words -= set(range(i, end))  # the phrase's own noun may start the speaker
        if phrase.role == "document" and not self._names_issuer(tokens, words, end):
            first = i + phrase.lead  # no issuer named: the document itself («طبق نوشته‌های تاریخی»)
        speaker_end = self._phrase_end(tokens, words, first, len(words))
        if speaker_end <= first:
            return None
        # «به گفته مسئولان یکی از بیمارستان‌های ژاپن، ...»: the source runs to the comma.
        comma_at = next(
            (
                k
                for k in range(speaker_end, min(len(words), first + MAX_SPEAKER_WORDS))
                if words[k] == _COMMA
            ),
            None,
        )
        if comma_at is not None and not any(
            is_verb(t) or t.text in (":", "که") or stops().get(t.text) == "copula"
            for t in tokens[speaker_end:comma_at]
        ):
            speaker_end = comma_at
        comma = speaker_end < len(words) and words[speaker_end] == _COMMA
        if not comma and any(isinstance(h[2], Cue) for h in later):
            return None  # «روزنامه همشهری از قول X می‌نویسد: ...»: the verb's claim
        if not comma and (
            speaker_end >= len(words)
            or is_verb(tokens[speaker_end])
            or stops().get(words[speaker_end]) == "copula"
            or words[speaker_end] in ("که", "را")
        ):
            return None  # «به تعبیر X گل ... است»: X is no source of a clause
        start = speaker_end + comma
        stop = _sentence_end(words, start)
        if stop - start < 2 or is_verb(tokens[start]) or start in self.cue_words:
            return None
        claim = Found(phrase, i, end, "indirect", "source", start, stop)
        claim.speaker = self._phrase_speaker(tokens, first, speaker_end)
        return claim if claim.speaker else None

    def _names_issuer(self, tokens, words, k) -> bool:
        """Whether «بیانیه» is followed by who issued it (بیانیه وزارت خارجه)."""
        if k >= len(words) or ends_phrase(tokens[k]):
            return False
        if self.speakers.mention_at(tokens[k]) or head_of([words[k]]):
            return True
        return is_name_like(words[k]) and "AJ" not in hazm_words().get(words[k], (0, ()))[1]

    # ----- speakers -------------------------------------------------------------------------
    def _phrase_end(self, tokens, words, k, limit) -> int:
        """Where the noun phrase starting at token *k* ends (see :mod:`.speakers`)."""
        found = self.speakers.mention_at(tokens[k]) if k < len(tokens) else None
        if found is not None:
            raw_end = found[1]
            j = k
            while j < limit and tokens[j].raw_end <= raw_end:
                j += 1
            # The actor stage's mention may run on (شرکت مایکروسافت روز سه‌شنبه): the speaker's
            # phrase has no date, discourse word or verb, but for a title's own words
            # (نماینده ولی فقیه: «ولی» is "guardian" there, not "but").
            title = actor_lexicons.match("titles", [fold(w) for w in words[k : k + 4]], 0)
            cut = next(
                (
                    m
                    for m in range(k + (title[0] if title else 1), j)
                    if stops().get(words[m]) in _NOT_IN_PHRASE or is_verb(tokens[m])
                ),
                j,
            )
            while cut > k + 1 and words[cut - 1] in ("و", _COMMA):
                cut -= 1
            return cut
        if k >= limit or ends_phrase(tokens[k]) or k in self.cue_words:
            return k
        head = heads().get(words[k])
        if head is not None and head.kind in ("pronoun", "first"):
            return k + 1
        j = k + 1
        while j < limit and j - k < MAX_SPEAKER_WORDS:
            word = words[j]
            if word == "از" and heads().get(words[j - 1]) and heads()[words[j - 1]].quantifier:
                j += 1
                continue
            if word == "در" and head is not None and head.kind == "title" and j + 1 < limit:
                place = self.speakers.mention_at(tokens[j + 1])
                if place is not None and place[0].type == "place":
                    j += 1
                    continue
            if word == "و" and j + 1 < limit and not ends_phrase(tokens[j + 1]):
                j += 1
                continue
            if ends_phrase(tokens[j]) or j in self.cue_words or _manner_adverb(words, j, limit):
                break
            j += 1
        while j > k and words[j - 1] in ("و", _COMMA):
            j -= 1
        return j

    def _phrase_speaker(self, tokens, start, end) -> tuple[Actor | None, int, int] | None:
        if end <= start:
            return None
        if end - start > 1 and genitive_pronoun(tokens[start:end]):
            start = end - 1  # «نشست خبری وی ... گفت»: his press conference; he speaks
        end = self.speakers.quoted_name_end(tokens, end)
        resolved = self.speakers.resolve(tokens, start, end)
        if resolved is None:
            return None
        return resolved[0], start, end

    def _document_speaker(self, tokens, words, k, limit):
        """The source of «در X آمده است»: X, or for «این بیانیه» the last speaker; part of a
        document («بخش دیگری از این بیانیه») is the document."""
        k += document_lead(words[k:limit])
        end = self._phrase_end(tokens, words, k, limit)
        if end <= k:
            return None
        if words[k] in ("این", "همین") and end - k <= 2:
            actor = self.speakers.last_speaker(tokens[0].paragraph, person=False)
            if actor is not None:
                return actor, k, end
        return self._phrase_speaker(tokens, k, end)

    def _speaker(self, tokens, words, claim: Found, found: list[Found], opening: int) -> None:
        """The subject of the claim's clause, else a dropped subject or an impersonal claim."""
        cue = claim.cue
        if isinstance(cue, Cue) and cue.passive:
            agent = self._agent_phrase(tokens, words, claim.cue_start) or self._passive_document(
                tokens, words, claim.cue_start
            )
            if agent is not None:
                claim.speaker = agent  # «از سوی وزارت خارجه اعلام شد که ...»
            elif not claim.nested:
                claim.speaker = (None, -1, -1)
            return
        before = claim.cue_start if claim.subject_before is None else claim.subject_before
        outer = [f for f in found if f is not claim and _span_start(f) <= claim.cue_start < f.stop]
        start = max([opening, *(f.start for f in outer)])
        if claim.construction == "frame":
            subject = _DROPPED
            for candidate in self._clause_starts(tokens, words, start, before, set()):
                subject = self._subject(tokens, words, candidate, before)
                if subject is not _DROPPED and subject is not None:
                    break
            subject = self._resolved(tokens, subject)
            if subject is _DROPPED:
                governing = next(
                    (f for f in found if f.cue_start >= claim.stop and isinstance(f.cue, Cue)), None
                )
                if governing is not None and governing.speaker is None:
                    self._speaker(tokens, words, governing, found, opening)
                if governing is not None and governing.speaker:
                    claim.speaker = governing.speaker  # its speaker, or none for a passive
                    return
                subject = self._dropped(tokens, words, claim, start)
            claim.speaker = subject if subject is not _DROPPED else None
            return
        inside = {
            k
            for f in found
            if f is not claim and f not in outer
            for k in range(_span_start(f), f.stop)
        }
        window = claim.cue_start
        while window > start and words[window - 1] not in (_COMMA, "که", ":"):
            window -= 1
        if any(
            stops().get(words[k]) in ("modal", "subordinator")
            for k in range(window, claim.cue_start)
            if k not in inside
        ):
            return
        if claim.cue_start >= 2 and words[claim.cue_start - 1] == "که":
            claim.speaker = self._antecedent(tokens, words, claim.cue_start - 1)
            return
        else:
            subject = _DROPPED
            plural = isinstance(cue, Cue) and cue.plural
            candidates = self._clause_starts(tokens, words, start, before, inside)
            subject_clauses_dropped = True
            for n, candidate in enumerate(candidates):
                subject = self._subject(tokens, words, candidate, before, claim)
                subject_clauses_dropped = subject_clauses_dropped and subject is _DROPPED
                if subject is _DROPPED or subject is None:
                    continue
                # Back across a finished clause, a plural verb wants a plural subject («اجتماع
                # عظیمی برپا شد و از من خواستند»).
                if n and plural and not self._plural_agent(tokens, subject):
                    subject = _DROPPED
                    continue
                break
        if subject is _DROPPED:
            if claim.nested:
                return
            # No clause before the verb names anyone (آهی کشید و گفت): the verb's own clause,
            # from the latest start, is what the dropped subject is read from.
            latest = candidates[0] if candidates and subject_clauses_dropped else start
            subject = self._dropped(tokens, words, claim, latest)
        elif subject is not None and claim.nested and not self._named(tokens, subject):
            return
        first = isinstance(cue, Cue) and cue.first
        if first or (isinstance(subject, _Span) and _first_person(words, subject)):
            # «من ... گفتم»: the narrator, only when named; never a third person's verb
            if not (first and isinstance(subject, _Span) and _first_person(words, subject)):
                return
            claim.speaker = (self.speakers.narrator(tokens, subject.start), *subject)
            return
        subject = self._resolved(tokens, subject)
        claim.speaker = subject if subject is not _DROPPED else None
        if claim.construction in ("object", "np") and claim.speaker is not None:
            self._object_start(tokens, words, claim, found)

    def _agent_phrase(self, tokens, words, cue_start):
        """The agent of a passive verb of saying: «از سوی X», «توسط X», «از زبان X»."""
        for k in range(cue_start - 1, max(-1, cue_start - MAX_SPEAKER_WORDS), -1):
            if words[k] in (_COMMA, ":", "که") or is_verb(tokens[k]):
                return None
            match = lookup(_agents()).match(words, k)
            if match:
                end = self._phrase_end(tokens, words, k + match[0], cue_start)
                if end > k + match[0]:
                    return self._phrase_speaker(tokens, k + match[0], end)
                return None
        return None

    def _passive_document(self, tokens, words, cue_start):
        """The document a passive verb of saying is said in, when the clause opens with it,
        speaking for its issuer: «در پیام X تأکید شده است:» (X), «در این اطلاعیه تأکید شده است»
        (the last speaker, else the notice); None otherwise."""
        k = self._skip_openers(tokens, words, 0, cue_start)
        if k + 1 >= cue_start or words[k] != "در":
            return None
        lead = k + 1 + document_lead(words[k + 1 : cue_start])  # در بخش دیگری از این اطلاعیه
        noun = lead + 1 if lead < cue_start and words[lead] in ("این", "همین") else lead
        if noun >= cue_start or words[noun] not in document_nouns():
            return None
        return self._document_speaker(tokens, words, lead, cue_start)

    def _clause_starts(self, tokens, words, start, before, inside) -> list[int]:
        """Where the verb's clause may begin, latest first: after a verb that ends an earlier
        clause («... استخدام کرد و از او خواست»: the subject of both is read before the
        first), after «در حالی که», after a colon, and at *start*."""
        found = {start}
        breaks, links = lookup(_clause_breaks("break")), lookup(_clause_breaks("link"))
        for k in breaks.starts(words, start, before):
            match = breaks.match(words, k)
            if match and k not in inside and k not in self.blocked:
                found.add(k + match[0])
        table = stops()
        for k in range(start, before - 1):
            if k in inside or k in self.blocked:
                continue
            word, then = words[k], words[k + 1]
            if word == ":":
                found.add(k + 1)  # «... اینگونه نقل کنیم: هواشناسی ... هشدار داده بود»
                continue
            if (table.get(word) == "copula" or (word not in table and is_verb(tokens[k]))) and (
                then in (_COMMA, "و", "که") or links.match(words, k + 1)
            ):
                found.add(k + 2 if then == "که" else k + 1)
        return sorted(found, reverse=True)

    def _antecedent(self, tokens, words, that: int):
        """The subject of «X که تأکید کرد ...»: X, the noun phrase right before که (none
        after a verb: «... وجود دارد که می‌گوید»)."""
        last = that - 1
        if is_verb(tokens[last]) or ends_phrase(tokens[last]):
            return None
        for k in range(max(0, last - 6), last + 1):
            found = self.speakers.mention_at(tokens[k], places=False)
            if found and tokens[last].raw_end <= found[1]:
                return self._phrase_speaker(tokens, k, last + 1)
        k = last
        if not is_name_like(words[last]):
            while k > 0 and last - k < 2 and not ends_phrase(tokens[k - 1]):
                k -= 1
        return self._phrase_speaker(tokens, k, last + 1)

    def _resolved(self, tokens, subject):
        """A chosen subject phrase as (actor, start, end); other results as they are."""
        if isinstance(subject, _Span):
            return self._phrase_speaker(tokens, subject.start, subject.end)
        return subject

    def _named(self, tokens, subject: _Span) -> bool:
        """Whether a nested clause's subject names a source (not «این موضوع»)."""
        start, end = subject
        found = self.speakers.mention_at(tokens[start])
        if found is not None and found[0].key[:1] != ("speaker",):
            return True
        words = [t.text for t in tokens[start:end]]
        head = head_of(words)
        if head is not None:
            return head.kind in ("title", "honorific", "pronoun", "nominal", "name") and not (
                head.quantifier
            )
        return is_name_like(words[0])

    def _subject(self, tokens, words, k, before, claim: Found | None = None):
        """The noun phrase opening the clause tokens[k:before] (after openers and
        prepositional phrases), else _DROPPED when nothing but those stands before the verb,
        else None. For «X را Y دانست», the phrase must name an agent (not «رشد دارایی‌ها»)."""
        k = self._skip_openers(tokens, words, k, before)
        if k >= before:
            return _DROPPED
        if words[k] in ("«", '"'):  # a name in quotation marks: «ران جاکوب» گفت
            closing = "»" if words[k] == "«" else '"'
            close = next((m for m in range(k + 1, min(before, k + 6)) if words[m] == closing), None)
            if close is not None and close > k + 1:
                return _Span(k + 1, close)
        if stops().get(words[k]) == "preposition" or words[k] in _QUOTES:
            commas = [
                c
                for c in range(k, before)
                if words[c] == _COMMA and not self.speakers.covers(tokens[c].raw_start)
            ]
            if commas:
                return self._subject(tokens, words, commas[0] + 1, before, claim)
            after = self._phrase_end(tokens, words, k + 1, before)
            if after > k + 1:
                return self._subject(tokens, words, after, before, claim)
            return _DROPPED
        end = self._phrase_end(tokens, words, k, before)
        if end <= k:
            return None
        if end < before and end == k + 1 and _light_verb_form(tokens[end]):
            return _DROPPED  # «قدردانی کرد و بیان کرد»: a compound verb, not a subject
        if (
            end < before
            and end == k + 1
            and is_verb(tokens[end])
            and _indefinite(words[k])
            and not self.speakers.mention_at(tokens[k])
        ):
            return _DROPPED  # «آهی کشید و گفت»: a sigh is the object of the first verb
        # «X را Y دانست», «X را محکوم کرد»: the subject may run into the object.
        objective = claim is not None and (
            claim.construction == "object"
            or (claim.construction == "np" and words[claim.subject_before] == "را")
        )
        mention = self.speakers.mention_at(tokens[k])
        if objective and not mention:
            end = self._subject_prefix(tokens, words, k, end + 1) or end
            while end > k + 1 and words[end - 1] == "و":
                end -= 1
            if not self._agent(words[k:end]):
                return None
        if end < len(words) and words[end] == "را":
            # «او را ...» is an object; «موسوی لاری اجرای طرح را ...» a name, then the object.
            if self.speakers.mention_at(tokens[k]) or words[k] in ("این", "آن"):
                return None
            end = self._subject_prefix(tokens, words, k, end)
            if end is None:
                return None
        return _Span(k, end)

    @staticmethod
    def _agent(words: list[str]) -> bool:
        """A phrase that can judge or announce: a known head (title, organisation, group,
        pronoun) or a name (its first word not among the most common words: «موسوی لاری»،
        not «رشد دارایی‌ها»)."""
        if words[0] in ("این", "آن", "همین") and len(words) > 1:
            words = words[1:]  # «این محتسبان»: the people spoken of before
            return head_of(words) is not None or is_plural(words[0]) or Extractor._agent(words)
        return (
            head_of(words) is not None
            or word_frequencies().get(words[0], 0.0) < AGENT_MAX_FREQUENCY
        )

    def _plural_agent(self, tokens, subject: _Span) -> bool:
        """A subject a plural verb agrees with: an actor, a plural, a group, an honoured
        person (مقام معظم رهبری ... دانستند), a name."""
        start, end = subject
        words = [t.text for t in tokens[start:end]]
        if self.speakers.mention_at(tokens[start]) or head_of(words) is not None:
            return True
        return any(map(is_plural, words)) or not is_common_word(words[0])

    def _subject_prefix(self, tokens, words, k, end) -> int | None:
        """The subject opening a phrase that ran into the object: honorifics and a name
        («آقای جمال‌لو | بسته را»), a quantifier and its noun («اکثر نمایندگان | تایید ... را»),
        a head and its complement up to a name («جامعه هنرمندان روسی | کیارستمی را»), or a
        name up to the first common word («نوربخش | رشد نقدینگی را»)."""
        head = heads().get(words[k])
        j = k
        if head is not None and head.kind == "honorific":
            while (
                j < end and heads().get(words[j], head).kind == "honorific" and words[j] in heads()
            ):
                j += 1
            while j < end and not is_common_word(words[j]):
                j += 1
        elif head is not None and head.quantifier:
            j = k + 2 + (k + 1 < end and words[k + 1] == "از")
        elif head_of(words[k:end]) is not None:
            j = k + 1
            while j < end and j - k < 4 and is_common_word(words[j]):
                place = self.speakers.mention_at(tokens[j])
                if place is not None and place[0].type == "place":
                    j = next(
                        m for m in range(j, end + 1) if m == end or tokens[m].raw_start >= place[1]
                    )
                    break
                j += 1
        else:
            j = k + 1
            while j < end and not is_common_word(words[j]):
                j += 1
        return j if k < j < end else None

    def _skip_openers(self, tokens, words, k, before) -> int:
        while k < before:
            word = words[k]
            if stops().get(word) == "manner":
                # «چنان‌که سوال خود را از یاد برده باشد، زیرلب گفت»: the clause to its comma
                comma = next((m for m in range(k + 1, before) if words[m] == _COMMA), None)
                k = comma + 1 if comma is not None else k + 1
                continue
            if word in (_COMMA, "و") or stops().get(word) in ("discourse", "time", *_SUBCLAUSES):
                k += 1
                continue
            if word == "که" and k > 0 and stops().get(words[k - 1]) in _SUBCLAUSES:
                k += 1
                continue
            if word.isdigit():
                k += 1
                continue
            if manner := _manner_adverb(words, k, before):
                k += manner  # «هق‌هق‌کنان گفت», «بریده بریده گفت»: how, not who
                continue
            if k + 1 < before and stops().get(words[k + 1]) == "time" and word in _DETERMINERS:
                k += 2  # «یک روز»، «همین هفته»
                continue
            match = lookup(_framings()).match(words, k)
            if match:
                k += match[0]
                continue
            break
        return k

    def _dropped(self, tokens, words, claim: Found, start):
        """A clause with no written subject: the last speaker for a singular verb of speech
        after nothing but openers; an impersonal claim for a plural verb with که."""
        cue = claim.cue
        if not isinstance(cue, Cue):
            actor = self.speakers.last_speaker(tokens[0].paragraph)
            return (actor, -1, -1) if actor is not None else None
        if cue.first:
            return None
        if cue.plural:
            if claim.construction == "that" and words[claim.cue_end : claim.cue_end + 1] == ["که"]:
                return (None, -1, -1)
            return None
        if not (claim.mode == "direct" or claim.construction in ("that",)):
            return None
        if not _only_openers(words[start : claim.cue_start]):
            return None
        actor = self.speakers.last_speaker(tokens[0].paragraph)
        return (actor, -1, -1) if actor is not None else None

    def _object_start(self, tokens, words, claim: Found, found: list[Found]) -> None:
        """Where «X را Y» begins: after the subject and its adjuncts, a comma, or the previous
        verb of the sentence («... دانست و X را Y خواند»)."""
        if claim.construction == "np" and claim.start >= 0:
            # «X از تامین ... از شهرستان گچساران خبر داد»: the first marker after X
            marker_words = next(
                (
                    m
                    for m in claim.cue.verb.np_markers
                    if tuple(words[claim.subject_before : claim.subject_before + len(m)]) == m
                ),
                None,
            )
            _, _, speaker_end = claim.speaker
            if marker_words is not None and speaker_end >= 0:
                size = len(marker_words)
                first = next(
                    (
                        k
                        for k in range(speaker_end, claim.subject_before)
                        if tuple(words[k : k + size]) == marker_words
                    ),
                    None,
                )
                if first is not None and not any(
                    is_verb(t) or t.text in (_COMMA, ":")
                    for t in tokens[first + size : claim.cue_start]
                ):
                    claim.start = first + size
            return
        _, _, speaker_end = claim.speaker
        floor = max([f.cue_end for f in found if f.cue_end <= claim.cue_start] or [0])
        start = max(speaker_end if speaker_end >= 0 else 0, floor)
        marker = claim.subject_before
        commas = [k for k in range(start, marker) if words[k] == _COMMA]
        if commas:
            start = commas[-1] + 1
        # «پدرم ... علاقه‌مند بود و بیکاری را ... تلقی می‌کرد»: after the finished clause
        for k in range(marker - 1, start, -1):
            if words[k] == "و" and (
                is_verb(tokens[k - 1]) or stops().get(words[k - 1]) == "copula"
            ):
                start = k + 1
                break
        start = self._skip_openers(tokens, words, start, marker)
        if isinstance(claim.cue, Cue) and any(
            (claim.cue.verb.lemma, w) in _not_objects() for w in words[start:marker]
        ):
            claim.speaker = None  # «اشعاری را ... خواندند»: read, not called
            return
        if claim.construction == "np":
            claim.start, claim.stop = start, marker
        else:
            claim.start = start
        if claim.start >= claim.stop:
            claim.speaker = None

    # ----- headlines and quotations over several sentences ----------------------------------
    def _headline(self, tokens: list[Token]) -> None:
        """«X: Y» in a headline: X said Y; «تأکید X بر Y»: X stressed Y."""
        words = [t.text for t in tokens]
        self.cue_words = set()
        verb = headline_nouns().get(words[0])
        if verb is not None:
            self._headline_noun(tokens, words, verb)
            return
        if ":" not in words:
            return
        colon = words.index(":")
        if not 0 < colon <= MAX_HEADLINE_SPEAKER or any(
            ends_phrase(t) and t.text != "و" for t in tokens[:colon]
        ):
            return
        stop = _sentence_end(words, colon + 1)
        if stop <= colon + 1:
            return
        claim = Found(_COLON_CUE, colon, colon + 1, "direct", "headline", colon + 1, stop)
        claim.speaker = self._phrase_speaker(tokens, 0, colon)
        if claim.speaker is not None:
            self.found.append((claim, tokens))

    def _headline_noun(self, tokens, words, verb) -> None:
        for marker in verb.np_markers:
            size = len(marker)
            at = next(
                (
                    k
                    for k in range(2, min(len(words), MAX_HEADLINE_SPEAKER + 2))
                    if tuple(words[k : k + size]) == marker
                ),
                None,
            )
            if at is None or any(ends_phrase(t) for t in tokens[1:at]):
                continue
            stop = _sentence_end(words, at + size)
            if stop - (at + size) < 1:
                continue
            claim = Found(Cue(verb), 0, 1, "indirect", "headline", at + size, stop)
            claim.speaker = self._phrase_speaker(tokens, 1, at)
            if claim.speaker is not None:
                self.found.append((claim, tokens))
            return

    def _open_quote(self, tokens, words, found: list[Found]) -> None:
        """Remember a quotation the sentence leaves open: «...» not closed, or a colon quote
        that runs to the sentence's end (the next sentences may continue it)."""
        self.continuing = None
        direct = [
            f
            for f in found
            if f.construction in ("colon", "quote") and f.speaker[0] is not None and not f.nested
        ]
        if not direct or direct[-1].stop < _sentence_end(words, 0):
            return
        last = direct[-1]
        opened = "«" in words[max(0, last.start - 1) : last.start + 1]
        quoted = opened and "»" not in words[last.start :]
        self.continuing = (last, last.speaker[0], tokens[0].paragraph, quoted)

    def _continue(self, tokens, words, found: list[Found]) -> bool:
        """Whether the sentence goes on with the quotation of the sentence before: then it is
        a claim of the same speaker (same paragraph). Inside «» it may hold verbs of saying of
        its own; without quotation marks it holds no claim of its own and no colon."""
        if self.continuing is None:
            return False
        opening, actor, paragraph, quoted = self.continuing
        self.continuing = None
        if tokens[0].paragraph != paragraph:
            return False
        if quoted:
            close = next((k for k, w in enumerate(words) if w == "»"), None)
            stop = close if close is not None else _sentence_end(words, 0)
        elif ":" in words or any(f.speaker[1] >= 0 or f.speaker[0] is None for f in found):
            return False
        else:
            stop = _sentence_end(words, 0)
        start = 1 if words[0] in _QUOTES else 0
        if stop - start >= 2:
            claim = Found(opening.cue, -1, -1, "direct", "continued", start, stop)
            claim.speaker = (actor, -1, -1)
            self.found.append((claim, tokens))
        if not quoted or "»" not in words:
            self.continuing = (opening, actor, paragraph, quoted)
        return True


@dataclass(frozen=True, slots=True)
class _Colon:
    form: str = ":"
    role: str = "headline"
    kind: str = ""


_COLON_CUE = _Colon()


# A subject of «X را Y دانست» that is no known head is a name: its first word is rarer.
AGENT_MAX_FREQUENCY = 1e-4
_DETERMINERS = frozenset({"یک", "هر", "این", "آن", "همین", "همان"})
# Words that open a clause of time, manner or reason before the main clause (وقتی، همان‌طور).
_SUBCLAUSES = ("temporal", "manner")
_NOT_IN_PHRASE = frozenset({"time", "discourse", "copula", "modal", *_SUBCLAUSES})


_PARTICIPLE = actor_lexicons.MANNER_SUFFIX


def _manner_adverb(words: list[str], k: int, before: int) -> int:
    """The length of an adverb of manner at *k* before the verb: a word in «‌کنان» (written
    joined with a ZWNJ or apart), or a word said twice (بریده بریده, آرام آرام); 0 if none."""
    word = words[k]
    if word.endswith(ZWNJ + _PARTICIPLE):
        return 1
    if k + 1 < before and words[k + 1] == _PARTICIPLE:
        return 2
    if k + 1 < before and words[k + 1] == word and word.isalpha():
        return 2
    return 0


def _indefinite(word: str) -> bool:
    """A thing with the indefinite «ی» (آهی a sigh, سخنی a word): not a person's noun (مردی
    a man may speak) nor a surname of a given name (حسینی, کاظمی)."""
    noun = word.removesuffix("ی").rstrip(ZWNJ)
    if noun == word or len(noun) < 2 or word in heads():
        return False
    if actor_lexicons.is_given(noun) or actor_lexicons.person_noun(noun) or noun == "کس":
        return False
    return actor_lexicons.is_noun(noun) and is_common_word(noun)


def _in_temporal_clause(words: list[str], i: int) -> bool:
    """Whether the verb at *i* is in a clause of time («وقتی X می‌گوید Y، ...»)."""
    for k in range(i - 1, -1, -1):
        if words[k] == _COMMA:
            return False
        if stops().get(words[k]) in _SUBCLAUSES:
            return True
    return False


def _light_verb_form(token: Token) -> bool:
    """A form of a light verb (کرد، نمود، داشت ...): the word before it is the verb's own."""
    return "#" in token.lemma and token.lemma.split("#")[0] in light_verbs()


def _narrated(claim: Found) -> bool:
    """Whether the claim's speaker is a first-person narrator (من گفتم)."""
    actor = claim.speaker[0]
    return actor is not None and actor.key[:1] == ("narrator",)


def _first_person(words: list[str], span: _Span) -> bool:
    """Whether the phrase is a first-person pronoun (من، ما، بنده)."""
    head = heads().get(words[span.start])
    return span.end - span.start == 1 and head is not None and head.kind == "first"


def _span_start(claim: Found) -> int:
    """Where a claim's content starts; for «X را Y» before its speaker is known, at را."""
    return claim.start if claim.start >= 0 else claim.subject_before


def _sentence_end(words: list[str], start: int) -> int:
    stop = len(words)
    while stop > start and words[stop - 1] in _FINAL | _QUOTES:
        stop -= 1
    return stop


def _framings() -> frozenset[tuple[str, ...]]:
    return _framing_table()


def _only_openers(words: list[str]) -> bool:
    """Whether *words* are nothing but commas, «و», subjectless openers (همچنین, در ادامه)
    and adverbs of manner (هق‌هق کنان)."""
    words = [w for w in words if w not in (_COMMA, "و")]
    table = _openers()
    i = 0
    while i < len(words):
        found = lookup(table).match(words, i)
        length = found[0] if found else _manner_adverb(words, i, len(words))
        if not length:
            return False
        i += length
    return True


from functools import cache  # noqa: E402


@cache
def _framing_table() -> frozenset[tuple[str, ...]]:
    rows = read_table("lexicons", "claims", "framings.tsv")
    rows += read_table("lexicons", "claims", "subjectless_openers.tsv")
    return frozenset(tuple(r["form"].split()) for r in rows)


@cache
def _clause_breaks(role: str) -> frozenset[tuple[str, ...]]:
    return frozenset(
        tuple(r["form"].split())
        for r in read_table("lexicons", "claims", "clause_breaks.tsv")
        if r["role"] == role
    )


@cache
def _lookups() -> tuple[Lookup, Lookup, Lookup]:
    return lookup(cues()), lookup(phrases()), lookup(blocked())


@cache
def _starts() -> tuple[frozenset[str], frozenset[str], frozenset[tuple[str, str]]]:
    """Where a cue, a phrase or a blocked phrase may start: their first words; the words that
    are one by themselves; the first two words of longer ones."""
    found = [lookup(table) for table in (cues(), phrases(), blocked())]
    singles = frozenset().union(*(f.singles for f in found))
    pairs = frozenset().union(*(f.pairs for f in found))
    return singles | {pair[0] for pair in pairs}, singles, pairs


@cache
def _agents() -> frozenset[tuple[str, ...]]:
    rows = read_table("lexicons", "claims", "agents.tsv")
    return frozenset(tuple(r["form"].split()) for r in rows)


@cache
def _not_objects() -> frozenset[tuple[str, str]]:
    rows = read_table("lexicons", "claims", "not_objects.tsv")
    return frozenset((r["lemma"], r["object"]) for r in rows)


@cache
def _openers() -> frozenset[tuple[str, ...]]:
    return frozenset(
        tuple(r["form"].split())
        for r in read_table("lexicons", "claims", "subjectless_openers.tsv")
    )
