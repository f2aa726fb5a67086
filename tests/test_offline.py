"""No network: khabar never opens a connection, and the test session could not reach one."""

import json
import os
import socket
import subprocess
import sys
import textwrap

import pytest
from khabar_offline import NetworkBlockedError

from khabar.lexicon import REPO_ROOT

ARTICLE = REPO_ROOT / "data" / "raw" / "000_3573e85439a7b76f.txt"

RECORD_AND_RUN = textwrap.dedent(
    """
    import json, sys
    events = []
    sys.addaudithook(
        lambda event, args: events.append([event, repr(args)[:120]])
        if event.startswith(("socket.", "urllib.", "http.", "ftplib.", "smtplib."))
        else None
    )
    import khabar
    from khabar import analyze, figures, networks, tables
    from khabar.cli import main
    analysis = analyze(sys.argv[1])
    figures.publish(figures.claims_by_speaker, tables.claims(analysis), "x", out_dir=sys.argv[2])
    figures.publish(figures.network, networks.speaker_graph(analysis), "n", out_dir=sys.argv[2],
                    title="network.speakers")
    tables.keyterms(analysis); tables.theme_shares(analysis)
    main(["extract", sys.argv[1]])
    print(json.dumps(events))
    """
)


def test_importing_and_running_khabar_opens_no_connection(tmp_path):
    environment = {k: v for k, v in os.environ.items() if k != "KHABAR_BLOCK_NETWORK"}
    result = subprocess.run(
        [sys.executable, "-c", RECORD_AND_RUN, str(ARTICLE), str(tmp_path)],
        capture_output=True,
        text=True,
        env=environment,
        check=True,
    )
    events = json.loads(result.stdout.strip().splitlines()[-1])
    assert events == []


def test_the_session_and_its_children_cannot_reach_the_network():
    with pytest.raises(NetworkBlockedError):
        socket.getaddrinfo("example.org", 443)
    child = subprocess.run(
        [sys.executable, "-c", "import socket; socket.create_connection(('192.0.2.1', 80), 1)"],
        capture_output=True,
        text=True,
    )
    assert child.returncode != 0 and "NetworkBlockedError" in child.stderr
    assert os.environ["HF_HUB_OFFLINE"] == "1"
