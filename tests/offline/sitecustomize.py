"""Run at start-up by every Python process the tests start (this folder is on PYTHONPATH)."""

import os

if os.environ.get("KHABAR_BLOCK_NETWORK") == "1":
    import khabar_offline

    khabar_offline.forbid_network()
