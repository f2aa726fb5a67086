"""Networks of an article: who stresses which theme, and who speaks to or of whom.

* :func:`actor_theme_graph`: two-mode, speakers and themes; an edge per (speaker, theme) with
  ``weight`` = claims and ``kinds`` = the claim kinds, e.g. ``request;offer``.
* :func:`actor_topic_graph`: the same for the codes of any scheme the analysis ran (CAP major
  topics, policy frames, a researcher's codebook); topic nodes have mode ``theme`` (the
  network figure draws them in the themes' column) and carry their ``scheme`` and ``code``.
* :func:`speaker_graph`: one-mode, actors; an edge speaker -> addressee for every claim
  addressed to someone (``relation`` = "addresses") and speaker -> actor for every actor
  mentioned inside a claim's content (``relation`` = "mentions"), with the claim kinds.

Both are networkx graphs whose nodes carry ``label`` (Persian), ``label_en`` and ``mode``. A
speaker no actor stands for is a node of its own (:func:`speaker_node`), never left out.
:func:`write_graph` saves GraphML and an edge list CSV.
"""

from __future__ import annotations

from pathlib import Path

import networkx as nx
import pandas as pd

from khabar.analysis import Analysis
from khabar.tables import UNKNOWN_SPEAKER
from khabar.themes import codebook


def speaker_node(claim, actors: dict) -> tuple[str, dict[str, str]]:
    """The node of a claim's speaker: its actor, or, for a speaker no actor stands for, a
    node of its own named by the words the article uses (``speaker_text``), the same node
    for every claim with those words; "unknown speaker" when the sentence names none."""
    actor = actors.get(claim.speaker)
    if actor is not None:
        return actor.id, {"label": actor.name, "label_en": actor.name_en, "mode": actor.type}
    fa, en = (claim.speaker_text, claim.speaker_text) if claim.speaker_text else UNKNOWN_SPEAKER
    return f"unknown:{claim.speaker_text}", {"label": fa, "label_en": en, "mode": "unknown"}


def actor_theme_graph(analysis: Analysis) -> nx.Graph:
    """Speakers and themes, linked by the claims in which the speaker raises the theme."""
    graph = nx.Graph(source=analysis.source)
    actors = {a.id: a for a in analysis.actors}
    labels = {t.id: t for t in codebook()}
    for claim in analysis.claims:
        if not claim.themes:
            continue
        speaker, attributes = speaker_node(claim, actors)
        graph.add_node(speaker, **{**attributes, "mode": "actor"})
        for theme in claim.themes:
            node = f"theme:{theme}"
            graph.add_node(
                node, label=labels[theme].label_fa, label_en=labels[theme].label_en, mode="theme"
            )
            _add(graph, speaker, node, claim.kind)
    return graph


def actor_topic_graph(analysis: Analysis, *, scheme: str = "cap") -> nx.Graph:
    """Speakers and the codes of *scheme*, linked by the claims in which the speaker raises
    the code (an edge's ``weight`` counts those claims)."""
    analysis.topics.codebook(scheme)  # an unknown scheme is a KeyError naming the schemes run
    graph = nx.Graph(source=analysis.source, scheme=scheme)
    actors = {a.id: a for a in analysis.actors}
    for claim in analysis.claims:
        topics = [t for t in analysis.topics.claims.get(claim.id, ()) if t.scheme == scheme]
        if not topics:
            continue
        speaker, attributes = speaker_node(claim, actors)
        graph.add_node(speaker, **{**attributes, "mode": "actor"})
        for topic in topics:
            node = f"{scheme}:{topic.code}"
            graph.add_node(
                node,
                label=topic.label_fa,
                label_en=topic.label,
                mode="theme",
                scheme=scheme,
                code=topic.code,
            )
            _add(graph, speaker, node, claim.kind)
    return graph


def speaker_graph(analysis: Analysis) -> nx.DiGraph:
    """Speakers -> the actors they address or mention in their claims."""
    graph = nx.DiGraph(source=analysis.source)
    actors = {a.id: a for a in analysis.actors}
    for claim in analysis.claims:
        speaker, attributes = speaker_node(claim, actors)
        targets = []
        if claim.addressee:
            targets.append((claim.addressee, "addresses"))
        for actor in analysis.actors:
            inside = any(claim.start <= m.start and m.end <= claim.end for m in actor.mentions)
            if inside and actor.id != claim.speaker and actor.type != "place":
                targets.append((actor.id, "mentions"))
        for target, relation in targets:
            graph.add_node(speaker, **attributes)
            actor = actors[target]
            graph.add_node(target, label=actor.name, label_en=actor.name_en, mode=actor.type)
            _add(graph, speaker, target, claim.kind, relation=relation)
    return graph


def edge_table(graph: nx.Graph) -> pd.DataFrame:
    """The edges with their end labels and attributes, one row each."""
    rows = [
        {
            "source": u,
            "source_label": graph.nodes[u]["label"],
            "target": v,
            "target_label": graph.nodes[v]["label"],
            **data,
        }
        for u, v, data in graph.edges(data=True)
    ]
    return pd.DataFrame(rows)


def write_graph(graph: nx.Graph, folder: str | Path, name: str) -> list[Path]:
    """Save *graph* as NAME.graphml and its edge list as NAME-edges.csv under *folder*."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    paths = [folder / f"{name}.graphml", folder / f"{name}-edges.csv"]
    nx.write_graphml(graph, paths[0])
    edge_table(graph).to_csv(paths[1], index=False)
    return paths


def _add(graph: nx.Graph, source: str, target: str, kind: str, **attributes) -> None:
    if graph.has_edge(source, target):
        data = graph.edges[source, target]
        data["weight"] += 1
        kinds = data["kinds"].split(";")
        if kind not in kinds:
            data["kinds"] = ";".join([*kinds, kind])
    else:
        graph.add_edge(source, target, weight=1, kinds=kind, **attributes)
