"""Exports: claims as CSV and Parquet, Discourse Network Analyzer statements, GraphML.

* ``claims.csv`` / ``claims.parquet``: :func:`khabar.tables.claims`.
* ``dna-statements.csv``: one statement per claim in the Discourse Network Analyzer's shape:
  person, organization, concept, agreement, plus the text and its raw offsets. The concept
  is the claim's themes when the themes stage has run, else its kind; the organization is
  the speaker's role (استاندار آذربایجان شرقی) or, for organisations and groups, their name.
  khabar does not classify stance yet, so agreement is 1 for every statement (negation is
  reported in the claim's markers, but "we have no obstacle" is not disagreement). A claim
  whose speaker no actor stands for keeps its statement with person and organization
  empty (the words naming the speaker are in ``claims.csv``'s ``speaker_text``).
* ``claims.graphml``: a two-mode network, actors (speakers and addressees) and concepts,
  with an edge speaker -> concept per claim kind (weight = number of claims), and edges
  speaker -> addressee for requests; readable by Gephi and networkx. A speaker no actor
  stands for is a node of its own (``unknown:<words naming the speaker>``, type ``unknown``).
"""

from __future__ import annotations

from pathlib import Path

import networkx as nx
import pandas as pd

from khabar.analysis import Analysis
from khabar.networks import speaker_node
from khabar.tables import claims as claims_table

DNA_COLUMNS = [
    "statement",
    "person",
    "organization",
    "concept",
    "agreement",
    "text",
    "start",
    "end",
    "source",
]


def dna_statements(analysis: Analysis) -> pd.DataFrame:
    """The claims as Discourse Network Analyzer statements (see the module docstring)."""
    actors = {a.id: a for a in analysis.actors}
    rows = []
    for claim in analysis.claims:
        speaker = actors.get(claim.speaker)
        person = speaker.name if speaker and speaker.type == "person" else ""
        organization = _organization_of(speaker) if speaker else ""
        for concept in claim.themes or [claim.kind]:
            rows.append(
                {
                    "statement": claim.id,
                    "person": person,
                    "organization": organization,
                    "concept": concept,
                    "agreement": 1,
                    "text": claim.text,
                    "start": claim.start,
                    "end": claim.end,
                    "source": analysis.source,
                }
            )
    return pd.DataFrame(rows, columns=DNA_COLUMNS)


def claim_network(analysis: Analysis) -> nx.MultiDiGraph:
    """Actors and concepts as a two-mode network (see the module docstring)."""
    graph = nx.MultiDiGraph(source=analysis.source)
    actors = {a.id: a for a in analysis.actors}
    weights: dict[tuple[str, str, str], int] = {}
    for claim in analysis.claims:
        speaker, attributes = speaker_node(claim, actors)
        graph.add_node(speaker, **{**attributes, "mode": "actor", "type": attributes["mode"]})
        if claim.addressee:
            actor = actors[claim.addressee]
            graph.add_node(
                actor.id, label=actor.name, label_en=actor.name_en, mode="actor", type=actor.type
            )
        for concept in claim.themes or [claim.kind]:
            graph.add_node(
                f"concept:{concept}",
                label=concept,
                label_en=concept,
                mode="concept",
                type="concept",
            )
            key = (speaker, f"concept:{concept}", "states")
            weights[key] = weights.get(key, 0) + 1
        if claim.addressee:
            key = (speaker, claim.addressee, claim.kind)
            weights[key] = weights.get(key, 0) + 1
    for (source, target, relation), weight in weights.items():
        graph.add_edge(source, target, relation=relation, weight=weight)
    return graph


def write_all(analysis: Analysis, folder: str | Path) -> list[Path]:
    """Write claims.csv, claims.parquet, dna-statements.csv and claims.graphml to *folder*."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    table = claims_table(analysis)
    paths = [
        folder / name
        for name in ("claims.csv", "claims.parquet", "dna-statements.csv", "claims.graphml")
    ]
    table.to_csv(paths[0], index=False)
    table.to_parquet(paths[1], index=False)
    dna_statements(analysis).to_csv(paths[2], index=False)
    nx.write_graphml(claim_network(analysis), paths[3])
    return paths


def _organization_of(actor) -> str:
    if actor.type in ("organization", "group"):
        return actor.name
    return actor.roles[0] if actor.roles else ""
