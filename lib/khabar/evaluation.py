"""Scoring khabar against annotated text: ZWNJ restoration, and claims.

ZWNJ restoration.

Both texts are reduced to their *skeleton*: the characters other than spaces and
ZWNJs, folded the way the cleaner folds letters and digits. Each gap between two
skeleton characters is labelled ``""`` (joined), ``" "`` (space) or ZWNJ. A
restored ZWNJ is a true positive where the gold text has a ZWNJ in the same gap.
Where the skeletons differ (the cleaner changed punctuation), only gaps inside
aligned stretches are compared.

The development corpora follow two conventions the Academy's standard does not:
some plurals and comparatives are written joined (گروهها, بیشتر). *Lenient*
scoring therefore does not count a ZWNJ before ها or تر where the gold writes the
word joined.
"""

from __future__ import annotations

import csv
import difflib
import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from itertools import pairwise
from pathlib import Path

from khabar.cleaning import clean_text
from khabar.lexicon import ZWNJ

_FOLD = str.maketrans(
    {
        "\u064a": "\u06cc",
        "\u0649": "\u06cc",
        "\u0643": "\u06a9",
        "\u0629": "\u0647",
        **{chr(base + i): str(i) for base in (0x06F0, 0x0660) for i in range(10)},
    }
)
_DROPPED = re.compile("[\u064b-\u065f\u0670\u0640\u200b\u200d-\u200f\ufeff]")
_LENIENT_FOLLOWERS = ("ها", "تر")


def gap_labels(text: str) -> tuple[str, list[str]]:
    """The folded skeleton of *text* and, for each gap between its characters, its label."""
    text = _DROPPED.sub("", text.translate(_FOLD))
    skeleton: list[str] = []
    labels: list[str] = []
    pending = ""
    for char in text:
        if char.isspace():
            pending = " "
        elif char == ZWNJ:
            pending = pending or ZWNJ
        else:
            if skeleton:
                labels.append(pending)
            skeleton.append(char)
            pending = ""
    return "".join(skeleton), labels


@dataclass
class GapCounts:
    """True positives, false positives and false negatives of ZWNJ gaps."""

    tp: int = 0
    fp: int = 0
    fn: int = 0
    fp_lenient: int = 0

    def add(self, other: GapCounts) -> None:
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn
        self.fp_lenient += other.fp_lenient

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def precision_lenient(self) -> float:
        denominator = self.tp + self.fp_lenient
        return self.tp / denominator if denominator else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        return _f1(self.precision, self.recall)

    @property
    def f1_lenient(self) -> float:
        return _f1(self.precision_lenient, self.recall)


def compare(gold: str, predicted: str) -> tuple[GapCounts, Differences]:
    """ZWNJ gap counts of *predicted* against *gold*, and how many word-gaps differ at all."""
    gold_skeleton, gold_labels = gap_labels(gold)
    pred_skeleton, pred_labels = gap_labels(predicted)
    counts = GapCounts()
    differing = differing_lenient = 0
    matcher = difflib.SequenceMatcher(None, gold_skeleton, pred_skeleton, autojunk=False)
    for block in matcher.get_matching_blocks():
        for k in range(block.size - 1):
            g = gold_labels[block.a + k]
            p = pred_labels[block.b + k]
            follows = gold_skeleton[block.a + k + 1 : block.a + k + 3]
            convention = g == "" and p == ZWNJ and follows in _LENIENT_FOLLOWERS
            if g != p and _is_letter(gold_skeleton[block.a + k]) and _is_letter(follows[:1]):
                differing += 1
                differing_lenient += not convention
            if p == ZWNJ and g == ZWNJ:
                counts.tp += 1
            elif p == ZWNJ:
                counts.fp += 1
                counts.fp_lenient += not convention
            elif g == ZWNJ:
                counts.fn += 1
    return counts, Differences(differing, differing_lenient)


@dataclass
class Differences:
    """Letter gaps (or lines) whose joining differs: all, and outside the corpus conventions."""

    strict: int = 0
    lenient: int = 0


def score_lines(golds: Iterable[str], predictions: Iterable[str]) -> tuple[GapCounts, Differences]:
    """Summed gap counts over lines, and how many lines have any letter gap changed."""
    total = GapCounts()
    lines = Differences()
    for gold, predicted in zip(golds, predictions, strict=True):
        counts, differing = compare(gold, predicted)
        total.add(counts)
        lines.strict += differing.strict > 0
        lines.lenient += differing.lenient > 0
    return total, lines


def fold_blocks[T](items: list[T], *, folds: int) -> list[list[T]]:
    """*items* cut into *folds* contiguous blocks of nearly equal size, in order (folds of
    whole documents when the items are sentences in document order)."""
    bounds = [round(k * len(items) / folds) for k in range(folds + 1)]
    return [items[a:b] for a, b in pairwise(bounds)]


def without_zwnj(text: str) -> str:
    """Condition A: every ZWNJ deleted."""
    return text.replace(ZWNJ, "")


def zwnj_as_space(text: str) -> str:
    """Condition B: every ZWNJ replaced by a space."""
    return text.replace(ZWNJ, " ")


def _is_letter(char: str) -> bool:
    return char.isalpha()


def _f1(precision: float, recall: float) -> float:
    return 2 * precision * recall / (precision + recall) if precision + recall else 0.0


# ----- claims ------------------------------------------------------------------------------
# A predicted claim matches a gold one of the same sentence when their content tokens overlap
# this much (Jaccard); see benchmarks/claims/README.md.
CLAIM_MATCH = 0.5


def _content_tokens(text: str) -> set[str]:
    return set(clean_text(text).replace(ZWNJ, "").split())


def same_speaker(gold: str, predicted: str) -> bool:
    """Speaker texts agree: equal, or one contains the other (ZWNJs and spaces ignored)."""
    gold, predicted = (s.replace(ZWNJ, "").replace(" ", "") for s in (gold, predicted))
    return bool(predicted) and (gold in predicted or predicted in gold)


def load_claim_annotations(
    path: str | Path, *, fold: str | None = None
) -> dict[tuple[str, int], list[dict]]:
    """Gold claims by (treebank, line); a sentence without claims maps to an empty list.
    With *fold*, only the rows of that fold (``extra_annotations.tsv`` has a ``fold`` column)."""
    with Path(path).open(encoding="utf-8") as handle:
        rows = csv.DictReader(
            (line for line in handle if not line.startswith("#")),
            delimiter="\t",
            quoting=csv.QUOTE_NONE,
        )
        gold: dict[tuple[str, int], list[dict]] = defaultdict(list)
        for row in rows:
            if fold is not None and row.get("fold") != fold:
                continue
            key = (row["treebank"], int(row["line"]))
            gold[key]  # a sentence without claims still counts
            if row["mode"] != "none":
                gold[key].append(row)
    return gold


def sentence_speaker_span(
    sentence: str, speaker: str, near: tuple[int, int] | None = None
) -> tuple[int, int] | None:
    """Where the gold speaker's text is in its sentence (None: no source, «-»): the
    occurrence overlapping *near* (the predicted span) if the text occurs more than once."""
    if not speaker or speaker == "-":
        return None
    spans = [(m.start(), m.end()) for m in re.finditer(re.escape(speaker), sentence)]
    if near is not None:
        for span in spans:
            if span[0] < near[1] and near[0] < span[1]:
                return span
    return spans[0] if spans else None


def strict_sentence_speaker(gold: dict, predicted: dict) -> bool:
    """The predicted speaker is the gold speaker's noun phrase or its head: its span lies
    inside the gold span and starts where it starts or after a comma inside it (an
    apposition); a claim with no source («-») has no predicted speaker."""
    span = predicted.get("speaker_span")
    gold_span = sentence_speaker_span(gold["text"], gold["speaker"], span)
    if gold_span is None:
        return gold["speaker"] == "-" and predicted.get("speaker_id") is None and span is None
    if span is None:
        return False
    (a, b), (c, d) = gold_span, span
    if not (a <= c and d <= b and c < d):
        return False
    return c == a or gold["text"][a:c].rstrip().endswith("،")


def score_claims(gold: dict, predicted: dict) -> dict[str, float]:
    """Claim precision, recall, F1 (content Jaccard >= CLAIM_MATCH), speaker accuracy
    (lenient: the texts contain one another; strict: :func:`strict_sentence_speaker`), mode
    accuracy, and how many claim-free sentences get a claim."""
    tp = fp = fn = speaker_ok = strict_ok = mode_ok = 0
    free = free_hit = 0
    for key, gold_claims in gold.items():
        remaining = list(predicted.get(key, []))
        if not gold_claims:
            free += 1
            free_hit += bool(remaining)
        for claim in gold_claims:
            best = max(remaining, default=None, key=lambda p: _jaccard(claim, p))
            if best is not None and _jaccard(claim, best) >= CLAIM_MATCH:
                remaining.remove(best)
                tp += 1
                speaker_ok += same_speaker(claim["speaker"], best["speaker"]) or (
                    claim["speaker"] == "-" and not best["speaker"]
                )
                strict_ok += strict_sentence_speaker(claim, best)
                mode_ok += claim["mode"] == best["mode"]
            else:
                fn += 1
        fp += len(remaining)
    return _summary(tp, fp, fn, speaker_ok, strict_ok, mode_ok, free, free_hit)


def _summary(tp, fp, fn, speaker_ok, strict_ok, mode_ok, free, free_hit) -> dict[str, float]:
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {
        "claims": tp + fn,
        "P": precision,
        "R": recall,
        "F1": f1,
        "speaker": speaker_ok / tp if tp else 0.0,
        "strict": strict_ok / tp if tp else 0.0,
        "mode": mode_ok / tp if tp else 0.0,
        "free": free,
        "free_with_claim": free_hit,
        "tp": tp,
        "fp": fp,
        "fn": fn,
        "strict_ok": strict_ok,
        "speaker_ok": speaker_ok,
        "mode_ok": mode_ok,
    }


# The counts a claims summary is made of, in :func:`_summary`'s order.
SUMMARY_COUNTS = ("tp", "fp", "fn", "speaker_ok", "strict_ok", "mode_ok", "free", "free_with_claim")


def pooled_summary(summaries: Iterable[dict]) -> dict[str, float]:
    """One summary of several sets' claims (:func:`score_claims`, :meth:`ArticleCounts.summary`):
    their counts added up, so every claim and sentence weighs the same, not each set."""
    summaries = list(summaries)
    return _summary(*(sum(int(s[key]) for s in summaries) for key in SUMMARY_COUNTS))


def _jaccard(gold: dict, predicted: dict) -> float:
    a, b = _content_tokens(gold["content"]), _content_tokens(predicted["content"])
    return len(a & b) / len(a | b) if a | b else 0.0


# ----- mentions and coreference -----------------------------------------------------------
#
# Mentions are (start, end, entity) triples: raw offsets and the entity (gold) or actor
# (system) they belong to. A system mention matches a gold mention exactly when the offsets
# are equal, by overlap when the spans share a character; each mention matches at most one
# of the other side (the pairs sharing most characters first).


@dataclass(frozen=True, slots=True)
class MentionScores:
    gold: int
    system: int
    exact: int
    overlap: int

    def prf(self, *, exact: bool) -> tuple[float, float, float]:
        found = self.exact if exact else self.overlap
        precision = found / self.system if self.system else 0.0
        recall = found / self.gold if self.gold else 0.0
        return precision, recall, _f1(precision, recall)

    def __add__(self, other: MentionScores) -> MentionScores:
        return MentionScores(
            self.gold + other.gold,
            self.system + other.system,
            self.exact + other.exact,
            self.overlap + other.overlap,
        )


Span = tuple[int, int, str]


def match_mentions(gold: list[Span], system: list[Span]) -> dict[int, int]:
    """System index -> gold index, one to one, by overlap (largest shared span first)."""
    pairs = []
    for s, (s_start, s_end, _) in enumerate(system):
        for g, (g_start, g_end, _) in enumerate(gold):
            shared = min(s_end, g_end) - max(s_start, g_start)
            if shared > 0:
                exact = (s_start, s_end) == (g_start, g_end)
                pairs.append((not exact, -shared, s, g))
    matched: dict[int, int] = {}
    used: set[int] = set()
    for _, _, s, g in sorted(pairs):
        if s not in matched and g not in used:
            matched[s] = g
            used.add(g)
    return matched


def score_mentions(gold: list[Span], system: list[Span]) -> MentionScores:
    exact = len({(a, b) for a, b, _ in gold} & {(a, b) for a, b, _ in system})
    return MentionScores(len(gold), len(system), exact, len(match_mentions(gold, system)))


@dataclass(frozen=True, slots=True)
class CorefCounts:
    """B-cubed sums and entity-level counts over one or more articles."""

    precision_sum: float = 0.0
    recall_sum: float = 0.0
    system_items: int = 0
    gold_items: int = 0
    entities_found: int = 0  # gold entities with at least one mention found
    entities_whole: int = 0  # ... whose found mentions are all in one system actor

    def __add__(self, other: CorefCounts) -> CorefCounts:
        return CorefCounts(*(a + b for a, b in zip(_fields(self), _fields(other), strict=True)))

    def b_cubed(self) -> tuple[float, float, float]:
        precision = self.precision_sum / self.system_items if self.system_items else 0.0
        recall = self.recall_sum / self.gold_items if self.gold_items else 0.0
        return precision, recall, _f1(precision, recall)

    def whole_share(self) -> float:
        return self.entities_whole / self.entities_found if self.entities_found else 0.0


def _fields(counts: CorefCounts) -> tuple:
    return (
        counts.precision_sum,
        counts.recall_sum,
        counts.system_items,
        counts.gold_items,
        counts.entities_found,
        counts.entities_whole,
    )


def score_coreference(gold: list[Span], system: list[Span]) -> CorefCounts:
    """B-cubed over the mentions of both sides: a system mention is scored against the gold
    entity of the gold mention it matches (by overlap), and a mention without a match on the
    other side is there a singleton; precision is averaged over system mentions, recall over
    gold mentions. Also: how many gold entities have a mention found, and how many of those
    have all their found mentions in one system actor."""
    matched = match_mentions(gold, system)
    gold_of = {s: g for s, g in matched.items()}
    system_of = {g: s for s, g in matched.items()}
    gold_entity = [e for _, _, e in gold]
    system_actor = [a for _, _, a in system]

    def gold_key(s: int) -> str:
        return f"gold:{gold_entity[gold_of[s]]}" if s in gold_of else f"system-only:{s}"

    def system_key(g: int) -> str:
        return f"system:{system_actor[system_of[g]]}" if g in system_of else f"gold-only:{g}"

    precision = 0.0
    for s in range(len(system)):
        same_actor = [t for t in range(len(system)) if system_actor[t] == system_actor[s]]
        precision += sum(gold_key(t) == gold_key(s) for t in same_actor) / len(same_actor)
    recall = 0.0
    for g in range(len(gold)):
        same_entity = [h for h in range(len(gold)) if gold_entity[h] == gold_entity[g]]
        recall += sum(system_key(h) == system_key(g) for h in same_entity) / len(same_entity)
    actors_of: dict[str, set[str]] = defaultdict(set)
    for g, s in system_of.items():
        actors_of[gold_entity[g]].add(system_actor[s])
    whole = sum(len(actors) == 1 for actors in actors_of.values())
    return CorefCounts(precision, recall, len(system), len(gold), len(actors_of), whole)


# ----- claims in whole articles (benchmarks/articles) ---------------------------------------


def span_jaccard(a: tuple[int, int], b: tuple[int, int]) -> float:
    """Overlap of two character spans over their union."""
    inter = max(0, min(a[1], b[1]) - max(a[0], b[0]))
    union = max(a[1], b[1]) - min(a[0], b[0])
    return inter / union if union > 0 else 0.0


def _overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return max(a[0], b[0]) < min(a[1], b[1])


@dataclass
class ArticleCounts:
    """Claim matches of some articles: see :func:`score_article_claims`."""

    tp: int = 0
    fp: int = 0
    fn: int = 0
    speaker_ok: int = 0
    strict_ok: int = 0
    mode_ok: int = 0
    free: int = 0
    free_with_claim: int = 0

    def add(self, other: ArticleCounts) -> None:
        for name in self.__dataclass_fields__:
            setattr(self, name, getattr(self, name) + getattr(other, name))

    def summary(self) -> dict[str, float]:
        return _summary(
            self.tp,
            self.fp,
            self.fn,
            self.speaker_ok,
            self.strict_ok,
            self.mode_ok,
            self.free,
            self.free_with_claim,
        )


def score_article_claims(
    gold_claims: list[dict],
    gold_mentions: list[dict],
    predicted: list[dict],
    sentences: list[tuple[int, int]],
) -> ArticleCounts:
    """Predicted claims of one article against its annotation
    (``benchmarks/articles/GUIDELINES.md``).

    A predicted claim matches a gold one when their content spans overlap by at least
    CLAIM_MATCH of their union. Speaker (entity): the predicted actor has a mention overlapping
    a mention of the gold entity (a gold «-», no one entity, wants no actor or a group).
    Strict: that, and where both name the speaker in the sentence, the predicted speaker span
    overlaps the gold one.
    *predicted*: dicts with ``start``, ``end``, ``mode``, ``speaker_span`` (or None) and
    ``speaker_mentions`` (the predicted actor's mention spans; None: no actor) and
    ``speaker_type`` (the actor's type).
    *sentences*: the article's sentence spans, for the claim-free count (a sentence holding
    no gold claim's content or cue)."""
    spans_of: dict[str, list[tuple[int, int]]] = defaultdict(list)
    for mention in gold_mentions:
        spans_of[mention["entity"]].append((int(mention["start"]), int(mention["end"])))
    counts = ArticleCounts()
    remaining = list(predicted)
    for claim in gold_claims:
        content = (int(claim["content_start"]), int(claim["content_end"]))
        best = max(
            remaining, default=None, key=lambda p: span_jaccard(content, (p["start"], p["end"]))
        )
        if best is None or span_jaccard(content, (best["start"], best["end"])) < CLAIM_MATCH:
            counts.fn += 1
            continue
        remaining.remove(best)
        counts.tp += 1
        counts.mode_ok += claim["mode"] == best["mode"]
        if claim["speaker"] == "-":
            # No one entity: no actor, or a group (the guidelines give unnamed groups «-»).
            entity_ok = best["speaker_mentions"] is None or best.get("speaker_type") == "group"
        else:
            gold_spans = spans_of.get(claim["speaker"], [])
            entity_ok = best["speaker_mentions"] is not None and any(
                _overlaps(p, g) for p in best["speaker_mentions"] for g in gold_spans
            )
        counts.speaker_ok += entity_ok
        span_ok = True
        if claim["speaker_start"] and best["speaker_span"] is not None:
            gold_span = (int(claim["speaker_start"]), int(claim["speaker_end"]))
            span_ok = _overlaps(gold_span, best["speaker_span"])
        counts.strict_ok += entity_ok and span_ok
    counts.fp = len(remaining)
    marks = [int(c["content_start"]) for c in gold_claims] + [
        int(c["cue_start"]) for c in gold_claims
    ]
    for start, end in sentences:
        if any(start <= m < end for m in marks):
            continue
        counts.free += 1
        counts.free_with_claim += any(start <= p["start"] < end for p in predicted)
    return counts
