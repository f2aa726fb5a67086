"""Viterbi and forward-backward over a linear chain, by CRFsuite's own compiled routines.

python-crfsuite's extension module carries CRFsuite's C library, whose chain routines
(``crf1dc_*``: a context holding the state and transition scores, the Viterbi path, the
forward and backward scores) are exported symbols. khabar computes the state scores itself
(:mod:`khabar.ner.decode`, per word form) and hands them to those routines through ctypes,
so that the path and the probabilities are CRFsuite's, computed in C: a sentence costs a few
calls instead of a Python step per token.

Those routines are not python-crfsuite's public interface, so :func:`chain` checks them on
first use (the layout of CRFsuite 0.12's ``crf1d_context_t``, a path and marginals against
numpy's on a small chain) and returns ``None`` when they are missing or disagree; the decoder
then runs its numpy fallback, which gives the same results more slowly.
"""

from __future__ import annotations

import ctypes
from functools import cache

import numpy as np

_DOUBLE_P = ctypes.POINTER(ctypes.c_double)
_ALL = 0xFF  # CTXF_VITERBI | CTXF_MARGINALS: the buffers for both


class _Context(ctypes.Structure):
    """CRFsuite's ``crf1d_context_t`` (crf1d.h)."""

    _fields_ = [
        ("flag", ctypes.c_int),
        ("num_labels", ctypes.c_int),
        ("num_items", ctypes.c_int),
        ("cap_items", ctypes.c_int),
        ("log_norm", ctypes.c_double),
        ("state", _DOUBLE_P),
        ("trans", _DOUBLE_P),
        ("alpha_score", _DOUBLE_P),
        ("beta_score", _DOUBLE_P),
        ("scale_factor", _DOUBLE_P),
        ("row", _DOUBLE_P),
        ("backward_edge", ctypes.POINTER(ctypes.c_int)),
        ("exp_state", _DOUBLE_P),
        ("exp_trans", _DOUBLE_P),
        ("mexp_state", _DOUBLE_P),
        ("mexp_trans", _DOUBLE_P),
    ]


class Chain:
    """A first-order chain with fixed transition scores: best paths and marginals.

    One CRFsuite context, reused for every sentence (not shared between threads)."""

    def __init__(self, library: ctypes.CDLL, transition: np.ndarray) -> None:
        self._c = library
        self.labels = len(transition)
        self._context = library.crf1dc_new(_ALL, self.labels, 0)
        if not self._context:
            raise MemoryError("CRFsuite could not allocate a chain")
        self._fields = self._context.contents
        transition = np.ascontiguousarray(transition, dtype=np.float64)
        ctypes.memmove(self._fields.trans, transition.ctypes.data, transition.nbytes)
        library.crf1dc_exp_transition(self._context)
        self._capacity = 0
        self._reserve(256)

    def __del__(self) -> None:
        if getattr(self, "_context", None):
            self._c.crf1dc_delete(self._context)
            self._context = None

    def _reserve(self, items: int) -> None:
        """Room for *items* tokens, and numpy views of the context's buffers (CRFsuite
        reallocates them when a sentence is longer than any before)."""
        if items <= self._capacity:
            return
        self._c.crf1dc_set_num_items(self._context, items)
        fields, shape = self._fields, (items, self.labels)
        self._state = np.ctypeslib.as_array(fields.state, shape=shape)
        self._alpha = np.ctypeslib.as_array(fields.alpha_score, shape=shape)
        self._beta = np.ctypeslib.as_array(fields.beta_score, shape=shape)
        self._scale = np.ctypeslib.as_array(fields.scale_factor, shape=(items,))
        self._path = np.zeros(items, dtype=np.intc)
        self._path_pointer = self._path.ctypes.data_as(ctypes.POINTER(ctypes.c_int))
        self._capacity = items

    def _load(self, scores: np.ndarray) -> int:
        """Put a sentence's state scores (tokens x labels) into the context."""
        items = len(scores)
        if items > self._capacity:
            self._reserve(max(items, 2 * self._capacity))
        # What crf1dc_set_num_items does within the capacity, without a foreign call.
        self._fields.num_items = items
        self._state[:items] = scores
        return items

    def viterbi(self, scores: np.ndarray) -> np.ndarray:
        """The best label path of one sentence's state scores."""
        items = self._load(scores)
        self._c.crf1dc_viterbi(self._context, self._path_pointer)
        return self._path[:items].astype(np.intp)

    def path(self, scores: np.ndarray) -> list[int]:
        """:meth:`viterbi` as a list (what the decoder reads, one conversion fewer)."""
        self._load(scores)
        self._c.crf1dc_viterbi(self._context, self._path_pointer)
        return self._path[: len(scores)].tolist()

    def path_marginals(self, path: list[int]) -> list[float]:
        """The marginal probability of each label of *path*, a path of the sentence
        :meth:`path` was just given: those of :meth:`marginals`, computed only there."""
        c, context, items = self._c, self._context, len(path)
        c.crf1dc_exp_state(context)
        c.crf1dc_alpha_score(context)
        c.crf1dc_beta_score(context)
        at = np.arange(items)
        # (alpha * beta) / scale at each position's label of the path: the same products and
        # quotients, elementwise in numpy.
        return (self._alpha[at, path] * self._beta[at, path] / self._scale[:items]).tolist()

    def marginals(self, scores: np.ndarray | None = None) -> np.ndarray:
        """P(label at each position | sentence), tokens x labels, of *scores*, or of the
        scores :meth:`viterbi` was just given."""
        items = self._load(scores) if scores is not None else self._fields.num_items
        c, context = self._c, self._context
        c.crf1dc_exp_state(context)
        c.crf1dc_alpha_score(context)
        c.crf1dc_beta_score(context)
        return self._alpha[:items] * self._beta[:items] / self._scale[:items, None]


@cache
def _library() -> ctypes.CDLL | None:
    try:
        import pycrfsuite._pycrfsuite as extension

        library = ctypes.CDLL(extension.__file__)
        library.crf1dc_new.restype = ctypes.POINTER(_Context)
        library.crf1dc_new.argtypes = [ctypes.c_int, ctypes.c_int, ctypes.c_int]
        for name in ("crf1dc_delete", "crf1dc_exp_transition", "crf1dc_exp_state"):
            getattr(library, name).argtypes = [ctypes.POINTER(_Context)]
        for name in ("crf1dc_alpha_score", "crf1dc_beta_score"):
            getattr(library, name).argtypes = [ctypes.POINTER(_Context)]
        library.crf1dc_set_num_items.argtypes = [ctypes.POINTER(_Context), ctypes.c_int]
        library.crf1dc_viterbi.argtypes = [
            ctypes.POINTER(_Context),
            ctypes.POINTER(ctypes.c_int),
        ]
        library.crf1dc_viterbi.restype = ctypes.c_double
    except (ImportError, OSError, AttributeError):
        return None
    return library


def chain(transition: np.ndarray) -> Chain | None:
    """CRFsuite's chain routines for these transition scores, or ``None`` when they are not
    there or fail the check on a small chain against :func:`reference_path` and
    :func:`reference_marginals`."""
    library = _library()
    if library is None:
        return None
    made = Chain(library, transition)
    fields = made._fields
    if fields.num_labels != len(transition) or fields.cap_items < made._capacity:
        return None
    scores = np.sin(np.arange(40 * made.labels, dtype=np.float64)).reshape(40, made.labels) * 3
    if not np.array_equal(made.viterbi(scores), reference_path(scores, transition)):
        return None
    if not np.allclose(made.marginals(scores), reference_marginals(scores, transition)):
        return None
    return made


def reference_path(scores: np.ndarray, transition: np.ndarray) -> np.ndarray:
    """The best path of one sentence, in numpy (for checking)."""
    best = scores[0].copy()
    back = np.zeros(scores.shape, dtype=np.intp)
    for t in range(1, len(scores)):
        candidates = best[:, None] + transition
        back[t] = candidates.argmax(axis=0)
        best = candidates.max(axis=0) + scores[t]
    path = [int(best.argmax())]
    for t in range(len(scores) - 1, 0, -1):
        path.append(int(back[t, path[-1]]))
    return np.array(path[::-1])


def reference_marginals(scores: np.ndarray, transition: np.ndarray) -> np.ndarray:
    """The marginals of one sentence, in numpy (for checking)."""
    weight, exp_transition = np.exp(scores), np.exp(transition)
    forward = np.empty_like(weight)
    backward = np.ones_like(weight)
    forward[0] = weight[0]
    for t in range(1, len(scores)):  # rescaled at each step: the scale cancels out
        forward[t] = (forward[t - 1] @ exp_transition) * weight[t]
        forward[t] /= forward[t].sum()
    for t in range(len(scores) - 2, -1, -1):
        backward[t] = exp_transition @ (weight[t + 1] * backward[t + 1])
        backward[t] /= backward[t].sum()
    joint = forward * backward
    return joint / joint.sum(axis=1, keepdims=True)
