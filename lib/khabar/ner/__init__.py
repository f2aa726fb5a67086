"""The statistical named-entity recogniser: persons, organisations and places.

A linear-chain CRF (python-crfsuite) over khabar's cleaned tokens, with document-level
propagation of the names it finds. It is the first layer of the actor stage; titles, roles,
unnamed persons and coreference are rules on top of it (``khabar.actors``).

API (imported on first use)::

    from khabar.ner import recognise, recognise_tokens, EntitySpan
    spans = recognise(document)              # khabar.segment.Document -> tuple[EntitySpan]
    span.type, span.first, span.end          # PER/ORG/LOC, token indices [first, end)
    span.raw_start, span.raw_end             # offsets into the raw text
    span.probability, span.source            # least marginal of its tags; model/propagated
    recognise_tokens(["دکتر", "محمد", "جواد", "ظریف", "گفت"])  # ['B-PER', 'I-PER', ...]

Modules: :mod:`~khabar.ner.corpora` (reading and normalising corpora), :mod:`~khabar.ner.features`,
:mod:`~khabar.ner.augment` (renamed training copies), :mod:`~khabar.ner.train`,
:mod:`~khabar.ner.model` (loading, tagging), :mod:`~khabar.ner.propagate`,
:mod:`~khabar.ner.entities`.

Conventions (benchmarks/articles/GUIDELINES.md): honorifics and ranks before a name are inside
the person's span («دکتر ظریف»); offices (سخنگوی وزارت امور خارجه) are not (they are role
mentions, found by rules); parties and movements are organisations; nationalities, events and
dates are not entities.

Which model
-----------
``recognise(..., model=PATH)`` and ``khabar.analyze(..., ner_model=PATH)``, else the environment
variable ``KHABAR_NER_MODEL``, else the shipped ``data/models/ner-shared.crfsuite``.

The shipped model is trained (``make ner-model``, deterministic: same corpora, code and data,
same bytes) on the MIT-licensed corpora in ``../shared/corpora/ner``: ParsTwiNER (tweets) and a
Text-Mining Persian-NER subset (Wikipedia), with renamed copies of the sentences that name
people; its licences and attribution are in ``data/models/``. Neither corpus is news, and the
Wikipedia subset's annotation leaves many people untagged, so the model is weaker on news than
a news-trained one.

Licence versus news: training your own model
--------------------------------------------
The Persian corpora annotated on news (PEYMA, Arman, NSURL-2019) are distributed for research
use only or carry no licence. khabar therefore never ships them, nor a model trained on them:
a model's weights are derived from its corpus, and redistributing it would redistribute what
the licence keeps to research. A researcher who holds such a corpus may train a model for
their own work, which typically recognises more of the people and organisations of news (its
sentences, names and spelling are news's own), and point khabar at it::

    khabar train-ner peyma/train.txt arman/train.txt ../shared/corpora/ner/parstwiner_train.txt \\
        --out ~/models/ner-news.crfsuite
    KHABAR_NER_MODEL=~/models/ner-news.crfsuite make reproduce

The readers take PEYMA's ``token|tag`` lines (B_PERS, I_ORG, ...) and Arman's ``token tag``
lines (B-pers, I-org, fac, event, pro) as well as the MIT corpora's formats. The trade-off:
results from such a model are better on news but can only be reproduced by someone holding the
same corpora, and the model file must stay with them; results from the shipped model can be
reproduced by anyone from this repository. Say which model produced a table (the analysis
records the model's file name and sha256, :attr:`khabar.analysis.Analysis.ner_model`).
"""

from __future__ import annotations

from importlib import import_module

_EXPORTS = {
    "EntitySpan": "khabar.ner.entities",
    "recognise": "khabar.ner.entities",
    "recognise_tokens": "khabar.ner.entities",
    "recognise_sentences": "khabar.ner.entities",
    "NerModelError": "khabar.ner.model",
    "model_path": "khabar.ner.model",
    "recogniser": "khabar.ner.model",
    "NerCorpusError": "khabar.ner.corpora",
    "read_corpus": "khabar.ner.corpora",
}
__all__ = sorted(_EXPORTS)


def __getattr__(name: str) -> object:
    if name in _EXPORTS:
        value = getattr(import_module(_EXPORTS[name]), name)
        globals()[name] = value
        return value
    raise AttributeError(f"module 'khabar.ner' has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted([*globals(), *_EXPORTS])
