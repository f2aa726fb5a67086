"""Network off for every Python process the tests start (kernels, workers, the CLI).

The test session puts this folder on ``PYTHONPATH``, so each child interpreter runs
``sitecustomize.py`` at start-up, which installs :func:`forbid_network` from here; the
session itself calls it from ``conftest.py``. Loopback and Unix sockets stay allowed:
Jupyter kernels talk to their client over them.
"""

from __future__ import annotations

import os
import sys

LOOPBACK = {"localhost", "127.0.0.1", "::1", "0.0.0.0", "", None}
# Libraries that fetch models from a hub read these and stay offline.
OFFLINE_ENVIRONMENT = {
    "HF_HUB_OFFLINE": "1",
    "TRANSFORMERS_OFFLINE": "1",
    "HF_DATASETS_OFFLINE": "1",
    "NLTK_DATA": os.devnull,
}


class NetworkBlockedError(RuntimeError):
    """Raised when code under test tries to reach a host other than this machine."""


def _host(event: str, args: tuple) -> object:
    if event == "socket.getaddrinfo":
        return args[0]
    if event in ("socket.gethostbyname", "socket.gethostbyname_ex", "socket.gethostbyaddr"):
        return args[0]
    address = args[1]
    return address[0] if isinstance(address, tuple) else None  # a Unix socket path


def _guard(event: str, args: tuple) -> None:
    if event in ("socket.connect", "socket.sendto", "socket.getaddrinfo") or event.startswith(
        "socket.gethostby"
    ):
        host = _host(event, args)
        if isinstance(host, bytes):
            host = host.decode("ascii", "replace")
        if host not in LOOPBACK:
            raise NetworkBlockedError(f"network access blocked in tests: {event} {host!r}")


def forbid_network() -> None:
    """Install the guard in this interpreter (audit hooks cannot be removed)."""
    os.environ.update(OFFLINE_ENVIRONMENT)
    if not getattr(sys, "_khabar_network_blocked", False):
        sys.addaudithook(_guard)
        sys._khabar_network_blocked = True
