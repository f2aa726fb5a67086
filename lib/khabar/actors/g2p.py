"""Pronunciations of Persian words: the PersianG2p package's dictionary (the Tihu lexicon,
about 47,000 words) and, for words it lacks, its small neural model (a GRU encoder-decoder
trained on that lexicon), whose vowels Persian spelling leaves out.

PersianG2p (MIT) is used for its data only: importing the package itself loads ``inflect``
(about 6 s) and reads a dictionary relative to the working directory, so khabar reads the
two files and runs the model's forward pass here, in numpy, the way the package does.
Nothing is downloaded: the files come with the installed package.
"""

from __future__ import annotations

import importlib.util
import json
from functools import cache
from pathlib import Path

import numpy as np

from khabar.cache import built

# The package's alphabet and phoneme set (PersianG2p/hparams.py).
_GRAPHEMES = ["<pad>", "<unk>", "</s>", *" ًٌٍَُِآئابتثجحخدذرزسشصضطظعغفقلمنهوپچژکگی"]
_PHONEMES = ["<pad>", "<unk>", "<s>", "</s>", *"?ACSZ^_abdefghijklmnopqrstuvxyz"]
_G2I = {g: i for i, g in enumerate(_GRAPHEMES)}
_START, _END = 2, 3
MAX_PHONEMES = 20


class G2PUnavailable(RuntimeError):
    """The PersianG2p package is not installed."""


def _package_dir() -> Path:
    spec = importlib.util.find_spec("PersianG2p")  # found without importing it
    if spec is None or not spec.submodule_search_locations:
        raise G2PUnavailable("the PersianG2p package is not installed")
    return Path(next(iter(spec.submodule_search_locations)))


def _load() -> tuple[dict[str, str], dict[str, np.ndarray]]:
    data = _package_dir() / "data"
    with (data / "tihudictBIG.json").open(encoding="utf-8") as handle:
        lexicon = {word: "".join(p.split()) for word, p in json.load(handle).items()}
    weights = np.load(data / "checkpoint.npy", allow_pickle=True).item()
    return lexicon, {name: np.asarray(array, dtype=np.float32) for name, array in weights.items()}


@cache
def _model() -> tuple[dict[str, str], dict[str, np.ndarray]]:
    return built("persian-g2p", _load)


@cache
def available() -> bool:
    """Whether the package is installed: asked once per process (a search of the import
    path costs about 0.3 ms, and every new name word asks)."""
    try:
        _package_dir()
    except G2PUnavailable:
        return False
    return True


def _gru(x: np.ndarray, h: np.ndarray, w: dict[str, np.ndarray], prefix: str) -> np.ndarray:
    gates_x = x @ w[f"{prefix}.weight_ih_l0"].T + w[f"{prefix}.bias_ih_l0"]
    gates_h = h @ w[f"{prefix}.weight_hh_l0"].T + w[f"{prefix}.bias_hh_l0"]
    size = h.shape[-1]
    reset_update = 1 / (1 + np.exp(-(gates_x[:, : 2 * size] + gates_h[:, : 2 * size])))
    reset, update = reset_update[:, :size], reset_update[:, size:]
    new = np.tanh(gates_x[:, 2 * size :] + reset * gates_h[:, 2 * size :])
    return (1 - update) * new + update * h


def _predict(word: str, w: dict[str, np.ndarray]) -> str:
    """The model's phonemes for *word* (greedy decoding, as the package does)."""
    ids = [_G2I.get(c, _G2I["<unk>"]) for c in word] + [_G2I["</s>"]]
    embedded = w["encoder.emb.weight"][ids]
    h = np.zeros((1, w["encoder.rnn.weight_hh_l0"].shape[1]), np.float32)
    for t in range(len(ids)):
        h = _gru(embedded[t : t + 1], h, w, "encoder.rnn")
    previous = _START
    phonemes = []
    for _ in range(MAX_PHONEMES):
        h = _gru(w["decoder.emb.weight"][[previous]], h, w, "decoder.rnn")
        logits = h @ w["decoder.fc.weight"].T + w["decoder.fc.bias"]
        previous = int(logits.argmax())
        if previous == _END:
            break
        phonemes.append(_PHONEMES[previous])
    return "".join(phonemes)


@cache
def phonemes(word: str) -> str:
    """The pronunciation of a Persian word in PersianG2p's phonemes (A long a, S sh, x kh, q
    gh, C ch, Z zh, ? glottal stop): from the lexicon, else predicted; cached per word."""
    lexicon, weights = _model()
    found = lexicon.get(word)
    return found if found is not None else _predict(word, weights)


def in_lexicon(word: str) -> bool:
    return word in _model()[0]
