"""Restoring zero-width non-joiners (ZWNJ, U+200C) that a text lost.

Two faults are repaired:

* a word written joined, ``همکاریهای`` -> ``همکاری‌های`` (:meth:`ZwnjRestorer.restore_word`);
* a word split by a space, ``همکاری های`` -> ``همکاری‌های`` (:meth:`ZwnjRestorer.joiner`).

Every decision compares written forms by how often Persian writers use them
(wordfreq's Persian frequencies), backed off to morphology when a form is rare:
a known stem plus an affix from ``data/lexicons/zwnj_affixes.tsv``, or a verb of
hazm's ``verbs.dat`` behind می/نمی. Correctly written text decides where it speaks: the UD
development sentences and Persian Wikipedia sentences (``ud_dev_spellings.tsv``,
``wiki_spellings.tsv``). Spaced compounds join by a curated list (``zwnj_compounds.tsv``),
productive heads (‌گیری, ‌آلات, ‌کننده) and hazm's lexicon.

First, do no harm: a compound that writers write joined at least as often as with a ZWNJ
stays joined, and می is a prefix only before a verb (names such as میرزا stay whole). No
list of words from any one article is involved.
"""

from __future__ import annotations

import re
import statistics
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache, lru_cache

import hazm

from khabar import lexicon
from khabar.cache import built
from khabar.forms import PerForm
from khabar.lexicon import UNKNOWN_WORD, ZWNJ

# Letters that never join the following letter: a ZWNJ after them is invisible.
NON_JOINING = frozenset("اآأإدذرزژوؤۀة")
_VERB_ENDING = re.compile("(م|ی|د|یم|ید|ند|ت)$")
# Affix kinds that inflect a word rather than build a new one.
INFLECTION_KINDS = frozenset({"plural", "clitic", "comparative", "ordinal"})
# Analyses that rest on a lexicon entry rather than on inflection.
LEXICAL_KINDS = frozenset({"lexicon", "compound", "derivation"})
# Treebanks whose spelling counts (data/lexicons/ud_dev_spellings.tsv) the restorer uses.
CORPUS_SOURCES = lexicon.UD_DEV_SOURCES
# Wikipedia's counts (data/lexicons/wiki_spellings.tsv) beside the UD development counts.
WIKI_WEIGHT = 1.0
# The UD counts join a spaced pair only when they write it joined more than CORPUS_MARGIN
# times more often than apart: one sentence is no convention.
CORPUS_MARGIN = 1
# A ZWNJ compound of hazm's lexicon joins two spaced words only if words.dat counts it this
# often: lower counts are stray spellings of phrases (قابل‌مشاهده 5, حکومت‌نظامی 7).
LEXICON_MIN_COUNT = 1000
# hazm part-of-speech tags of words that head phrases, not compounds (این گونه, یک بار, هیچ یک).
PHRASE_TAGS = frozenset({"DET", "NUM", "PRO"})
# hazm part-of-speech tags of words that never start or end a ZWNJ compound.
FUNCTION_TAGS = frozenset({"P", "CONJ", "POSTP"})


# ZwnjRestorer.word_flag of a plural.
PLURAL = 2


@dataclass(frozen=True, slots=True)
class Weights:
    """How forms are weighed against each other (frequencies are shares of all tokens)."""

    # Web text often drops ZWNJs, so a joined spelling's frequency overstates its correctness.
    joined_discount: float = 0.1
    # Score of a word known to hazm's lexicon but absent from the frequency list.
    lexicon_floor: float = 2e-8
    # hazm's counts are noisy: a form only hazm counts scores at most this.
    lexicon_cap: float = 1e-6
    # A form built from a stem and an affix but never seen scores the stem's score times the
    # affix kind's prior times this, so that any attested spelling outranks it.
    unattested: float = 0.1
    # Score of a verb form generated from hazm's verb stems but absent from the frequency list.
    verb_floor: float = 2e-7
    # Score of می/نمی + an unknown body that ends like a verb (a verb hazm's list lacks).
    unknown_verb_floor: float = 5e-8
    # Score given to an unknown stem of three or more letters before an inflectional affix.
    unknown_stem_floor: float = 1e-8
    # A stem + affix form absent from the frequency list scores the stem's frequency times
    # the prior of the affix's kind (how often a stem carries such an affix).
    priors: tuple[tuple[str, float], ...] = (
        ("plural", 0.3),
        ("clitic", 0.1),
        ("ending", 0.1),
        ("comparative", 0.05),
        ("ordinal", 0.05),
        ("derivation", 0.05),
        ("compound", 0.05),
    )
    # A space becomes a ZWNJ in an attested compound whose second part is deverbal
    # (present stem + ی/نده: ‌گیری, ‌سازی, ‌کننده); in any other attested compound only above
    # this frequency and this frequency relative to its rarer part, or after بی/هم/پیش above
    # prefix_min. Spaced noun phrases (محیط زیست, جام جهانی) are common and must stay.
    compound_min: float = 1e-5
    compound_ratio: float = 0.1
    prefix_min: float = 1e-6


@dataclass(frozen=True, slots=True)
class Affix:
    form: str
    position: str
    after: str
    kind: str
    standalone: bool
    # "rule": a compound head joins after any noun; "attested": only where a lexicon holds the
    # compound (the head is a common word of its own too: دار, کش, خواه).
    evidence: str = "rule"


class ZwnjRestorer:
    """Decides where ZWNJs belong. Build once (via :func:`default_restorer`) and reuse."""

    def __init__(
        self,
        *,
        weights: Weights | None = None,
        corpus_sources: tuple[str, ...] = CORPUS_SOURCES,
        wiki: bool = True,
    ) -> None:
        self.weights = weights or Weights()
        self.freq = lexicon.word_frequencies()
        self.words = lexicon.hazm_words()
        # Spaced pairs are decided on the UD counts alone: the Wikipedia sentences were
        # normalised with ZWNJs between the words of many phrases (شده‌است, ایالات‌متحده).
        self.corpus = lexicon.spelling_counts(corpus_sources)
        self.written = correct_text_counts(corpus_sources, wiki=wiki)
        self.wiki = lexicon.wiki_counts() if wiki else {}
        tables = _lexicon_tables(corpus_sources)
        affixes = [
            Affix(
                r["form"],
                r["position"],
                r["after"],
                r["kind"],
                r["standalone"] == "yes",
                r["evidence"],
            )
            for r in lexicon.read_table("lexicons", "zwnj_affixes.tsv")
        ]
        self.suffixes = sorted(
            (a for a in affixes if a.position == "suffix"), key=lambda a: -len(a.form)
        )
        self.joined_endings = [a.form for a in self.suffixes if a.after == "joined"]
        self.suffixes = [a for a in self.suffixes if a.after != "joined"]
        self.prefixes = [a for a in affixes if a.position == "prefix"]
        self.infixes = sorted((a.form for a in affixes if a.position == "infix"), key=len)
        self.suffix_by_form = {a.form: a for a in self.suffixes}
        comparatives = [a.form for a in self.suffixes if a.kind == "comparative"]
        # A comparative + a joined ending -> the comparative (تری -> تر; not ترین, a suffix of
        # its own: اصلی‌ترین is common where اصلی‌تر is rare).
        self.comparative_bases = {
            form: base
            for form in comparatives
            for base in comparatives
            if form.startswith(base) and form[len(base) :] in self.joined_endings
        }
        self.verb_prefixes = {a.form for a in self.prefixes if a.kind == "verb"}
        self.no_ezafe = frozenset(
            r["form"] for r in lexicon.read_table("lexicons", "zwnj_no_ezafe.tsv")
        )
        self.preverbs = [r["form"] for r in lexicon.read_table("lexicons", "verb_preverbs.tsv")]
        self.verb_bodies = tables.verb_bodies
        self.present_stems = frozenset(present for _, present in lexicon.verb_stems())
        self.past_stems = frozenset(past for past, _ in lexicon.verb_stems())
        self.compound_prefixes = frozenset(a.form for a in self.prefixes if a.kind == "compound")
        self.bound_prefixes = frozenset(
            a.form for a in self.prefixes if a.kind == "compound" and not a.standalone
        )
        self.corpus_prefixes = tables.corpus_prefixes
        self.fixed_compounds = fixed_compounds()
        self.aliases = tables.aliases
        self._verb_pattern = re.compile(
            "^("
            + "|".join(sorted(self.preverbs, key=len, reverse=True))
            + ")?("
            + "|".join(sorted(self.verb_prefixes, key=len, reverse=True))
            + ")(.{2,})$"
        )
        self.prior = dict(self.weights.priors)
        self.count_scale = tables.count_scale
        self.stopwords = frozenset(hazm.stopwords_list())
        self.best_form = lru_cache(maxsize=200_000)(self._best_form)
        self.joiner = lru_cache(maxsize=200_000)(self._joiner)
        # Cleaning asks for every word of every article: a hit must cost one C-level lookup.
        self.analyse_word = lru_cache(maxsize=200_000)(self._analyse_word)
        # The same for a whole text's words, and the joiner for its spaced pairs, at once.
        # Whether each of a whole text's words needs a look (:meth:`word_flag`), at once.
        self.word_flags = PerForm(self.word_flag).many
        self.join_pairs = PerForm(self._join_pair).many
        self.analyse_before_pause = lru_cache(maxsize=20_000)(self._analyse_before_pause)
        self.analyse_without_ezafe = lru_cache(maxsize=20_000)(self._analyse_without_ezafe)

    # ----- scores -------------------------------------------------------------------------
    def known_score(self, form: str) -> float:
        """How well attested a written form is on its own."""
        score = self.freq.get(form, 0.0)
        if score:
            return score
        count, tags = self.words.get(form, UNKNOWN_WORD)
        if count:
            return min(count * self.count_scale, self.weights.lexicon_cap)
        return self.weights.lexicon_floor if tags else 0.0

    def _noun_score(self, stem: str) -> float:
        """How well attested *stem* is as a noun that can take a plural: a verb's past stem that
        hazm's lexicon does not hold as a noun (کرد, بود, گفت) is a verb only, so its frequency
        is no noun's (کردهایم reads کرده‌ایم, not a plural of کرد); one it holds (نشست, ساخت)
        keeps its frequency."""
        if stem in self.past_stems and "N" not in self.words.get(stem, UNKNOWN_WORD)[1]:
            return 0.0
        return self.known_score(stem)

    # ----- joined words -----------------------------------------------------------------
    def restore_word(self, word: str) -> str:
        """The word with its missing ZWNJs (and an elided به) restored, or unchanged."""
        return self.analyse_word(word)[0]

    def _analyse_word(self, word: str) -> tuple[str, str]:
        """The restored word and the rule that decided it (``""`` if unchanged); called as
        ``analyse_word``, cached."""
        if ZWNJ in word or len(word) < 3:
            return word, ""
        form, _, rule = self.best_form(word)
        return form, rule if form != word else ""

    def _analyse_before_pause(self, word: str) -> tuple[str, str]:
        """:meth:`analyse_word` for a word that ends a sentence, where Persian puts its verb: a
        past participle + clitic (ساخته‌ای, دریافته‌ایم) is read before a plural of the
        participle's stem (ساخت‌های, which needs a word after it); called as
        ``analyse_before_pause``, cached."""
        form, rule = self.analyse_word(word)
        if rule != "plural":
            return form, rule
        for candidate, _, kind in self._candidates(word):
            participle = candidate.split(ZWNJ, 1)[0]
            if kind == "clitic" and participle.endswith("ه") and participle[:-1] in self.past_stems:
                return candidate, kind
        return self.analyse_without_ezafe(word)

    def _analyse_without_ezafe(self, word: str) -> tuple[str, str]:
        """:meth:`analyse_word` for a word that no ezafe complement follows (punctuation, a
        verb, a preposition or conjunction: ``zwnj_no_ezafe.tsv``): a plural with its ezafe
        (زمین‌های) needs one, so the indefinite or copula ای after a final ه is read instead
        (زمینه‌ای از هنر, مرتبه‌ای می‌رسد); called as ``analyse_without_ezafe``, cached."""
        form, rule = self.analyse_word(word)
        if rule != "plural" or not form.endswith(ZWNJ + "های"):
            return form, rule
        for candidate, _, kind in self._candidates(word):
            if kind == "clitic" and candidate.endswith("ه" + ZWNJ + "ای"):
                return candidate, kind
        return form, rule

    def _best_form(self, word: str) -> tuple[str, float, str]:
        candidates = [c for c in self._candidates(word) if not self._keeps_joined(word, *c)]
        if self.written:
            in_corpus = self.written.get(word, 0)
            # Two readings of a word (دست‌های, دسته‌ای) are told apart by the frequency list, far
            # larger than the correct sentences: those decide only for their list's favourite.
            favourite = max((self.freq.get(c[0], 0.0) for c in candidates), default=0.0)
            for form, score, kind in sorted(
                candidates,
                key=lambda c: (
                    self.written.get(c[0], 0) <= in_corpus,
                    -max(c[1], self.known_score(c[0])),
                ),
            ):
                if self.written.get(form, 0) > in_corpus and self.freq.get(form, 0.0) >= (
                    favourite
                ):
                    return form, max(score, self.known_score(form)), kind
                # Correct text wrote this word joined: trust it over a lexicon compound, but
                # not over inflection (a corpus's joined plurals are its convention, not ours);
                # a single joined spelling is no convention where writers prefer the ZWNJ
                # (موضعگیری once in Wikipedia; موضع‌گیری in wordfreq's list alone).
                if (
                    in_corpus
                    and kind in LEXICAL_KINDS
                    and not self._derived_by_rule(form)
                    and (
                        in_corpus > CORPUS_MARGIN
                        or self.freq.get(word, 0.0) >= self.freq.get(form, 0.0)
                    )
                ):
                    candidates.remove((form, score, kind))
        for form, score, _ in candidates:
            if self._bound_prefix_spelling(word, form):
                # بی is written apart by the spelling rules (بیخود -> بی‌خود): the word's own
                # frequency is its standard spelling's.
                return form, max(score, self.known_score(word)), "compound"
        own = self.known_score(word)
        # hazm's lexicon counts words in edited text: a joined spelling it counted is a word
        # in its own right (نمایشنامه, بیشتر); any other joined spelling is weighed down.
        if word in self.freq and not self.words.get(word, (0,))[0]:
            own *= self.weights.joined_discount
        best = (word, own, "")
        for candidate in candidates:
            if candidate[1] > best[1]:
                best = candidate
        return best

    def _keeps_joined(self, word: str, form: str, score: float, kind: str) -> bool:
        """First, do no harm: a compound that Persian writers write joined at least as often as
        with a ZWNJ (همفکری, خوشبین, کهنسال) stays joined. Inflection (ها, تر, می) is not
        weighed so: its joined spellings are the slips the restorer is for; but a pronoun's
        plural (اینها, همانها) is a word usage spells either way. Nor is a bound prefix whose
        ZWNJ spelling is attested (see :meth:`_bound_prefix_spelling`)."""
        if self._derived_by_rule(form) or self._bound_prefix_spelling(word, form):
            return False
        if kind == "plural" and self._pronoun_plural(form):
            return True  # آنها, همانها: usage writes a pronoun's plural either way
        if kind not in LEXICAL_KINDS:
            return False
        joined = self.freq.get(word, 0.0)
        if joined:
            return joined >= self.freq.get(form, 0.0)
        return self._base_keeps_joined(word, form)

    def _base_keeps_joined(self, word: str, form: str) -> bool:
        """Do no harm to a compound's rarer forms: one that ends in a joined ending (ی, ان, یم,
        مین) keeps its base's joining where writers write the base joined at least as often as
        with a ZWNJ (نهصدمین of نهصد, خوشبختیم of خوشبخت)."""
        for ending in self.joined_endings:
            if not (word.endswith(ending) and form.endswith(ending)):
                continue
            base, base_form = word[: -len(ending)], form[: -len(ending)]
            if base_form.endswith(ZWNJ) or ZWNJ not in base_form:
                continue
            joined = self.freq.get(base, 0.0)
            if joined and joined >= self.freq.get(base_form, 0.0):
                return True
        return False

    def _pronoun_plural(self, form: str) -> bool:
        pronoun = form.split(ZWNJ, 1)[0]
        tags = self.words.get(pronoun, UNKNOWN_WORD)[1]
        # بعضی‌ها: a ی joined to ها is no usage's spelling.
        return "PRO" in tags and "DET" in tags and not pronoun.endswith("ی")

    def _bound_prefix_spelling(self, word: str, form: str) -> bool:
        """Whether *form* writes *word* as a bound prefix (بی) + a word, as the spelling rules
        do: a lexicon or Wikipedia attests the ZWNJ spelling of the prefix with the word or with
        its base before a joined ending (بی‌کار for بیکاری, بیکاران), and neither hazm's lexicon
        nor Wikipedia writes the word joined more often than with the ZWNJ (بیچاره). Words that
        merely begin with the prefix's letters (بیمار, بیدار, بیمه) have no ZWNJ spelling."""
        prefix, _, rest = form.partition(ZWNJ)
        if prefix not in self.bound_prefixes or not rest or ZWNJ in rest:
            return False
        if self.words.get(word, UNKNOWN_WORD)[0] > self.words.get(form, UNKNOWN_WORD)[0]:
            return False
        if self.wiki.get(word, 0) > self.wiki.get(form, 0):
            return False
        bases = [rest] + [rest[: -len(e)] for e in self.joined_endings if rest.endswith(e)]
        return any(self._attested(prefix + ZWNJ + base) for base in bases if len(base) >= 2)

    def _attested(self, form: str) -> bool:
        """A lexicon, wordfreq or Wikipedia holds the written form."""
        return form in self.freq or form in self.words or self.wiki.get(form, 0) > 0

    def _derived_by_rule(self, form: str) -> bool:
        """A base + derivational suffix that the spelling rules write apart (موافقت‌نامه,
        علاقه‌مند): not a compound whose spelling is a matter of usage."""
        affix = self.suffix_by_form.get(form.rsplit(ZWNJ, 1)[-1])
        return affix is not None and affix.kind == "derivation"

    def _candidates(self, word: str) -> Iterator[tuple[str, float, str]]:
        """Possible spellings of a joined word: (form, score, kind of analysis)."""
        w = self.weights
        alias = self.aliases.get(word)
        if alias:
            # بویژه -> به‌ویژه is the standard spelling of به, not a lexicon's choice.
            elided = alias.startswith("به" + ZWNJ) and not word.startswith("به")
            yield alias, self.known_score(alias), "standard" if elided else self._kind_of(alias)
        verb = self._verb_form(word)
        if verb:
            known = verb.split(ZWNJ, 1)[1] in self.verb_bodies or verb in self.freq
            floor = w.verb_floor if known else w.unknown_verb_floor
            yield verb, max(self.freq.get(verb, 0.0), floor), "verb"
        # A word hazm's lexicon tags as a plural (an Arabic plural: توجهات, سهام) ends in no clitic.
        arabic_plural = "PL" in self.words.get(word, UNKNOWN_WORD)[1]
        for affix in self.suffixes:
            stem = word[: -len(affix.form)]
            if not word.endswith(affix.form) or len(stem) < 2:
                continue
            if affix.kind == "clitic" and (
                arabic_plural or len(stem) < 3 or self._explained_whole(word)
            ):
                continue  # توجهات, سهام; رهایم is رها + یم, not ره + ایم; گریاند, رعایای
            if stem[-1] in NON_JOINING and affix.after == "any" and affix.kind == "plural":
                # کارها, سخنگوهای: the plural needs no ZWNJ after a non-joining letter.
                yield word, self._derived(self._noun_score(stem), affix.kind), affix.kind
                continue
            if not self._attaches(stem, affix):
                continue
            stem_form, stem_score, _ = self.best_form(stem)
            if affix.kind == "plural" and stem_score:
                stem_score = self._noun_score(stem) and stem_score
            if (
                stem_score <= 0
                and len(stem) >= 3
                and affix.kind in ("plural", "clitic")
                and not self._explained_whole(word)
            ):
                stem_score = w.unknown_stem_floor
            if stem_score <= 0 or not self._suffix_plausible(stem_form, affix):
                continue
            form = stem_form + ZWNJ + affix.form
            yield form, self.known_score(form) or self._derived(stem_score, affix.kind), affix.kind
        for ending in self.joined_endings:
            stem = word[: -len(ending)]
            if word.endswith(ending) and len(stem) >= 3:
                alias = self.aliases.get(stem)
                if alias:
                    score = self._derived(self.known_score(alias), "ending")
                    yield alias + ending, score, "lexicon"
        yield from self._patronymics(word)
        for affix in self.prefixes:
            rest = word[len(affix.form) :]
            if affix.kind != "compound" or not word.startswith(affix.form) or len(rest) < 3:
                continue
            form = affix.form + ZWNJ + self.best_form(rest)[0]
            kind = "compound" if affix.form in self.bound_prefixes else "lexicon"
            yield form, self.known_score(form), kind

    def _patronymics(self, word: str) -> Iterator[tuple[str, float, str]]:
        """An Arabic patronymic that lost its ZWNJs (عبداللهبنزبیر -> عبدالله‌بن‌زبیر): a word no
        lexicon knows, made of a known noun of three or more letters, بن or ابن, and a known word
        of three or more letters. It scores its rarer name's frequency times the unattested
        factor: any attested spelling outranks it."""
        if len(word) < 8 or self._attested(word):
            return
        for infix in self.infixes:
            start = word.find(infix, 3)
            while start > 0:
                left, right = word[:start], word[start + len(infix) :]
                start = word.find(infix, start + 1)
                if len(right) < 3 or left[-1] in NON_JOINING:
                    continue
                if "N" not in self.words.get(left, UNKNOWN_WORD)[1]:
                    continue
                rarer = min(self.known_score(left), self.known_score(right))
                if rarer > 0:
                    form = ZWNJ.join((left, infix, right))
                    yield form, rarer * self.weights.unattested, "patronymic"

    def _explained_whole(self, word: str) -> bool:
        """A word that needs no unknown stem to be read: a verb form (گریاند), or a known word
        ending in ا or و with the ی of its ezafe (رعایای خود, پوریای ولی)."""
        if word in self.verb_bodies:
            return True
        base = word[:-1]
        return word.endswith("ی") and base[-1:] in ("ا", "و") and self.known_score(base) > 0

    def _kind_of(self, form: str) -> str:
        """The rule family a ZWNJ spelling shows: its last affix, a verbal prefix, or lexicon."""
        parts = form.split(ZWNJ)
        affix = self.suffix_by_form.get(parts[-1])
        if affix and affix.kind in INFLECTION_KINDS:
            return affix.kind
        if parts[0].removeprefix("ن") == "می" or parts[0].endswith(("می", "نمی")):
            return "verb"
        return "lexicon"

    def _derived(self, stem_score: float, kind: str) -> float:
        """Score of an unattested stem + affix form: compounds need attestation."""
        if kind in ("compound", "derivation"):
            return 0.0
        return stem_score * self.prior[kind] * self.weights.unattested

    def _verb_form(self, word: str) -> str | None:
        """می/نمی + a verb body, as a ZWNJ form: a known body, or an unknown word's body."""
        match = self._verb_pattern.match(word)
        if not match:
            return None
        preverb, prefix, body = match.group(1) or "", match.group(2), match.group(3)
        form = preverb + prefix + ZWNJ + body
        # Only before a verb: names and loanwords begin with می too (میرآبادی, میرزا, میتانی).
        if body in self.verb_bodies or form in self.freq:
            return form
        return None

    @staticmethod
    def _attaches(stem: str, affix: Affix) -> bool:
        last = stem[-1]
        if last in NON_JOINING:
            return False
        if affix.after == "he_ye":
            return last in "هی"
        if affix.after == "he":
            return last == "ه"
        if affix.after == "silent_he":
            # After ا or و a final ه is a consonant (راه, گروه): its clitics join (گروهشان).
            return last == "ه" and len(stem) >= 2 and stem[-2] not in "او"
        return True

    # ----- words split by a space ------------------------------------------------------
    def word_flag(self, word: str) -> int:
        """0 for a word its analysis leaves as it is, 1 for one it changes, ``PLURAL`` (2)
        for a plural (which its context may read otherwise)."""
        own, kind = self.analyse_word(word)
        return PLURAL if kind == "plural" else int(own != word)

    def _join_pair(self, pair: tuple[str, str]) -> tuple[str, str] | None:
        return self.joiner(*pair)

    def _joiner(self, left: str, right: str) -> tuple[str, str] | None:
        """What should stand between two spaced words (ZWNJ or nothing) and by which rule;
        None keeps the space."""
        decision = self._join_decision(left, right)
        if decision is None:
            return None
        return ("" if decision == "plural-after-non-joining" else ZWNJ), decision

    def _join_decision(self, left: str, right: str) -> str | None:
        w = self.weights
        host = left.rsplit(ZWNJ, 1)[-1]
        # Decide on the right word's first part, so that a second cleaning decides alike.
        right = right.split(ZWNJ, 1)[0]
        affix = self.suffix_by_form.get(right)
        if affix and affix.kind in INFLECTION_KINDS:
            if host in self.verb_prefixes or not (self.known_score(host) or not affix.standalone):
                return None
            if host[-1] in NON_JOINING:
                return "plural-after-non-joining" if affix.kind == "plural" else None
            if self._attaches(host, affix) and (
                self._suffix_plausible(host, affix) or self._superlative(host, affix)
            ):
                return affix.kind
            return None
        if host in self.verb_prefixes or (
            host.endswith(tuple(self.verb_prefixes)) and host[:-2].rstrip("ن") in self.preverbs
        ):
            if right in self.verb_bodies or self.freq.get(host + ZWNJ + right):
                return "verb"
            # An unknown word after می is a verb hazm's list lacks (می دمد); a word hazm counts
            # on its own is not (ماه می سال).
            if not self.words.get(right, (0,))[0] and _VERB_ENDING.search(right):
                return "verb"
            return None
        head = affix is not None and affix.kind == "compound"
        # hazm tags some heads as conjunctions (کش): a compound head is no function word.
        if len(right) < 2 or (self._function_word(right) and not head):
            return None
        if host[-1] in NON_JOINING and not head:
            return None
        compound = host + ZWNJ + right
        if compound in self.fixed_compounds:
            return "lexicon"
        if host in self.bound_prefixes and self._prefixable(host, right):
            return "compound"  # بی never stands alone: بی هوشی, بی سابقه
        joined = self.corpus.get(compound, 0) + self.corpus_prefixes.get(left + ZWNJ + right, 0)
        spaced = self.corpus.get(f"{host} {right}", 0)
        if joined > spaced + CORPUS_MARGIN and (
            host in self.compound_prefixes or not self._phrase_pair(host, right)
        ):
            return "corpus"
        if spaced > joined:
            return None
        if head and self._head_joins(host, affix):
            return "compound"  # a productive head: تصمیم گیری, ماشین آلات, اصول گرایان
        if host[-1] in NON_JOINING:
            return None
        if not self.known_score(compound):
            return None
        if host in self.bound_prefixes:
            return "compound"
        if self._lexicon_compound(compound) and self._lexicon_pair(host, right):
            return "lexicon"
        if host in self.compound_prefixes:
            return "compound" if self.freq.get(compound, 0.0) >= w.prefix_min else None
        if self._function_word(host) or not self._may_compound(host, right):
            return None
        if self._lexicon_compound(compound) and not self._verb_word(right):
            return "lexicon"
        if self._deverbal(right):
            return "compound"
        rarer = min(self.known_score(host) or 1.0, self.known_score(right) or 1.0)
        frequency = self.freq.get(compound, 0.0)
        if frequency >= w.compound_min and frequency >= w.compound_ratio * rarer:
            return "lexicon"
        return None

    def _lexicon_compound(self, compound: str) -> bool:
        """hazm's lexicon counts the ZWNJ compound in its corpus (see LEXICON_MIN_COUNT)."""
        return self.words.get(compound, UNKNOWN_WORD)[0] >= LEXICON_MIN_COUNT

    def _phrase_pair(self, host: str, right: str) -> bool:
        """Two words that make a phrase whatever a corpus's convention: a doubled word (دانه
        دانه), a determiner, pronoun or numeral and its noun (یک باره, هیچ گاه), a preposition
        and its object (به زودی: the preposition به is written apart), or a participle after
        its object (گرفته شده)."""
        if host == right or self._phrase_head(host) or self._verb_word(right):
            return True
        tags = self.words.get(host, UNKNOWN_WORD)[1]
        return not FUNCTION_TAGS.isdisjoint(tags) and not {"N", "AJ"} & set(tags)

    def _lexicon_pair(self, host: str, right: str) -> bool:
        """Whether two spaced words whose ZWNJ compound hazm's lexicon counts (see
        LEXICON_MIN_COUNT) are that compound: not a determiner or pronoun phrase (این که, آن سو),
        not a doubled word, not a word before a function word (وقتی که), nor a participle after
        its object (داده شده), and not a pair Wikipedia writes apart. hazm's other tags are too
        loose to go by: سه‌شنبه and نیم‌رخ begin with a «numeral», میان‌دوره and پیش‌نیاز with a
        «preposition», حشره‌کش ends in a «conjunction»."""
        if host == right or right in self.stopwords or self._verb_word(right):
            return False
        tags = {*self.words.get(host, UNKNOWN_WORD)[1], *self.words.get(right, UNKNOWN_WORD)[1]}
        if not {"DET", "PRO"}.isdisjoint(tags):
            return False
        apart = self.wiki.get(f"{host} {right}", 0)
        return not apart or apart < self.wiki.get(host + ZWNJ + right, 0)

    def _prefixable(self, prefix: str, word: str) -> bool:
        """A known content word after a bound prefix (بی هوشی; not بی آنکه, بی بی سی)."""
        tags = self.words.get(word, UNKNOWN_WORD)[1]
        return (
            word != prefix
            and self.known_score(word) > 0
            and PHRASE_TAGS.isdisjoint(tags)
            and not self._function_word(word)
        )

    def _head_joins(self, host: str, head: Affix) -> bool:
        """Whether a spaced compound head joins its host: after a host that may take it, by
        the rule alone or, for a head that is also a word of its own (دار, کش), where hazm's
        lexicon or wordfreq holds the compound written joined or with a ZWNJ (سبوس‌دار)."""
        if not self._attaches(host, head) and head.after != "any":
            return False
        if not self._compound_host(host, head.form, bound=not head.standalone):
            return False
        return head.evidence == "rule" or self._compound_attested(host, head.form)

    def _compound_attested(self, host: str, right: str) -> bool:
        """hazm's lexicon or wordfreq holds host + right as one word (joined or with a ZWNJ)."""
        return any(
            form in self.freq or self.words.get(form, UNKNOWN_WORD)[0] > 0
            for form in (host + ZWNJ + right, host + right)
        )

    def _compound_host(self, host: str, head: str, *, bound: bool = False) -> bool:
        """Whether *host* can take a productive compound head: a noun or adjective of hazm's
        lexicon (or a word the frequency list knows) that may compound with *head*; a
        preposition only if it is a noun too and joins the next letter (جهت گیری, not در گیری).
        A *bound* head (‌طلبان, ‌کنندگان) is no word of its own: Wikipedia's writing it apart is a
        lost ZWNJ, not a phrase.
        """
        tags = self.words.get(host, UNKNOWN_WORD)[1]
        if len(host) < 2 or not self._may_compound(host, head, wiki=not bound):
            return False
        if self._function_word(host) and ("N" not in tags or host[-1] in NON_JOINING):
            return False
        return bool({"N", "AJ"} & set(tags)) or (not tags and self.known_score(host) > 0)

    def _phrase_head(self, host: str) -> bool:
        """A determiner or pronoun (این, هیچ), or a numeral among hazm's stopwords (یک, سه):
        it heads a phrase, not a compound. hazm tags many nouns as numerals too (چانه, سبوس,
        مستعمره), so a numeral tag alone does not make one."""
        tags = self.words.get(host, UNKNOWN_WORD)[1]
        if not {"DET", "PRO"}.isdisjoint(tags):
            return True
        return "NUM" in tags and host in self.stopwords

    def _may_compound(self, host: str, right: str, *, wiki: bool = True) -> bool:
        """Whether two spaced words, whose ZWNJ compound a lexicon knows, may be that compound:
        not a determiner or numeral phrase (این گونه, یک بار, هیچ یک), not a doubled word
        (آرام آرام), and not a pair
        Wikipedia writes apart more often than with a ZWNJ (its sentences join many phrases,
        so their writing a pair apart is strong evidence)."""
        if host == right or self._phrase_head(host):
            return False
        if not {"DET", "PRO"}.isdisjoint(self.words.get(right, UNKNOWN_WORD)[1]):
            return False
        apart = self.wiki.get(f"{host} {right}", 0) if wiki else 0
        return not apart or apart < self.wiki.get(host + ZWNJ + right, 0)

    def _verb_word(self, word: str) -> bool:
        """A finite verb, past participle or infinitive, with or without the negative ن."""
        body = word[1:] if word.startswith("ن") and word[1:] in self.verb_bodies else word
        return body in self.verb_bodies or (body.endswith("ن") and body[:-1] in self.past_stems)

    def _function_word(self, word: str) -> bool:
        """Prepositions and conjunctions (به, که): they head phrases, not compounds."""
        return not FUNCTION_TAGS.isdisjoint(self.words.get(word, UNKNOWN_WORD)[1])

    def _deverbal(self, word: str) -> bool:
        """Present stem + ی / نده / ندگان / ندگی (‌گیری, ‌کننده): a compound's verbal head."""
        for ending in ("ندگان", "ندگی", "نده", "ی"):
            if word.endswith(ending) and word[: -len(ending)] in self.present_stems:
                return True
        return False

    def _superlative(self, host: str, affix: Affix) -> bool:
        """A spaced comparative suffix that is never a word of its own (ترین) after a known
        word: its space is a lost ZWNJ whatever hazm tags the host (اقتصادی ترین)."""
        return (
            affix.kind == "comparative"
            and not affix.standalone
            and affix.form not in self.comparative_bases
            and self.known_score(host) > 0
        )

    def _suffix_plausible(self, host: str, affix: Affix) -> bool:
        if affix.kind == "plural":
            return True
        if host in self.stopwords and len(host) < 3:
            return False
        if affix.kind != "comparative":
            return True
        if affix.form in self.comparative_bases:
            # تری: the host's comparative itself is in use (راحت‌تر; not دمی‌تر of دمیتری).
            base = self.comparative_bases[affix.form]
            if not (self.known_score(host + ZWNJ + base) or self.known_score(host + base)):
                return False
        tags = self.words.get(host.rsplit(ZWNJ, 1)[-1], UNKNOWN_WORD)[1]
        return "AJ" in tags or bool(self.freq.get(host + ZWNJ + affix.form))


@cache
def default_restorer() -> ZwnjRestorer:
    """The shared restorer (lexicons load once per process)."""
    return ZwnjRestorer()


@dataclass(frozen=True)
class _LexiconTables:
    """What a restorer derives from the lexicons alone, kept by :func:`khabar.cache.built`
    so that a new process loads it instead of deriving it again."""

    corpus_prefixes: dict[str, float]
    aliases: dict[str, str]
    count_scale: float
    verb_bodies: frozenset[str]


@cache
def fixed_compounds() -> frozenset[str]:
    """The curated compounds of ``data/lexicons/zwnj_compounds.tsv`` (ZWNJ spellings)."""
    return frozenset(r["form"] for r in lexicon.read_table("lexicons", "zwnj_compounds.tsv"))


@cache
def correct_text_counts(corpus_sources: tuple[str, ...], *, wiki: bool) -> dict[str, float]:
    """How often correctly written text spells each form: the UD development counts of
    *corpus_sources* plus, if *wiki*, the Wikipedia counts (weighted by WIKI_WEIGHT)."""
    counts: dict[str, float] = dict(lexicon.spelling_counts(corpus_sources))
    if wiki:
        for form, count in lexicon.wiki_counts().items():
            counts[form] = counts.get(form, 0) + WIKI_WEIGHT * count
    return counts


@cache
def _lexicon_tables(corpus_sources: tuple[str, ...]) -> _LexiconTables:
    def derive() -> _LexiconTables:
        freq, words = lexicon.word_frequencies(), lexicon.hazm_words()
        return _LexiconTables(
            _zwnj_prefixes(lexicon.spelling_counts(corpus_sources)),
            # Not Wikipedia's counts: its sentences were normalised with extra ZWNJs (حمل‌و‌نقل).
            _zwnj_aliases(freq, words, lexicon.spelling_counts(corpus_sources)),
            _count_scale(freq, words),
            _verb_bodies(),
        )

    return built(f"zwnj-tables-{'+'.join(corpus_sources) or 'no-corpus'}", derive)


def _verb_bodies() -> frozenset[str]:
    """Verb forms without می/نمی: present stem + ending, past stem + ending, past participle
    (می‌داشته), and the regular causative (رنجان-د, رنجاند-ند) and past (مک-ید) of each
    present stem."""
    endings: dict[str, list[str]] = {"present": [], "past": []}
    for row in lexicon.read_table("lexicons", "verb_endings.tsv"):
        endings[row["stem"]].append(row["form"] or "")
    bodies = set()
    pairs = set(lexicon.verb_stems())
    for _, present in list(pairs):
        if len(present) >= 2 and not present.endswith(("ان", "ا", "و")):
            pairs.add((present + "اند", present + "ان"))  # causative: رنجاندن, رنجان
        if len(present) >= 2 and present[-1] not in "اآو":
            pairs.add((present + "ید", present))  # regular past: مکیدن, فشانیدن
    for past, present in pairs:
        bodies.add(past + "ه")
        for ending in endings["past"]:
            bodies.add(past + ending)
        for ending in endings["present"]:
            bodies.add(present + ending)
            if present[-1] in "اآو":  # گو -> گویم, گویی; رو -> روم: both patterns occur
                bodies.add(present + "ی" + ending)
    return frozenset(bodies)


def _zwnj_aliases(
    freq: dict[str, float], words: dict[str, tuple[int, frozenset[str]]], corpus: dict[str, float]
) -> dict[str, str]:
    """Joined spelling -> its most frequent ZWNJ spelling, for every ZWNJ word known.

    Words beginning with the preposition به also get the spelling that drops its ه
    (بویژه for به‌ویژه), a common slip of older and hurried writing.
    """
    best: dict[str, tuple[float, str]] = {}
    for form in [*freq, *words, *corpus, *fixed_compounds()]:
        if ZWNJ not in form or " " in form:
            continue
        score = freq.get(form, 0.0) + corpus.get(form, 0)
        keys = [form.replace(ZWNJ, "")]
        if form.startswith("به" + ZWNJ):
            keys.append("ب" + form[3:].replace(ZWNJ, ""))
        for key in keys:
            if key not in best or score > best[key][0]:
                best[key] = (score, form)
    return {key: form for key, (_, form) in best.items()}


def _count_scale(freq: dict[str, float], words: dict[str, tuple[int, frozenset[str]]]) -> float:
    """Typical frequency per hazm corpus count, to put words.dat counts on wordfreq's scale."""
    ratios = [freq[w] / count for w, (count, _) in words.items() if count > 0 and w in freq]
    return statistics.median(ratios) if ratios else 0.0


def _zwnj_prefixes(corpus: dict[str, float]) -> dict[str, float]:
    """Counts of the ZWNJ-joined beginnings of attested words (عبدالله‌بن of عبدالله‌بن‌زبیر)."""
    prefixes: dict[str, float] = {}
    for form, count in corpus.items():
        parts = form.split(ZWNJ)
        for end in range(2, len(parts) + 1):
            prefix = ZWNJ.join(parts[:end])
            prefixes[prefix] = prefixes.get(prefix, 0) + count
    return prefixes
