"""The corpus's co-occurrence network as two tidy tables: actors (nodes) and links (edges).

Actors across articles (persons, organisations, countries) are linked when they appear in
the same article or the same claim. A corpus of a few thousand articles has hundreds of
thousands of links; kept as pandas tables they are counted, sorted, drawn and written
(GraphML for Gephi, CSV) in a few seconds, where a networkx graph of them took tens of
seconds and most of a notebook kernel's memory. :meth:`Network.to_networkx` gives the graph
for network measures.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np
import pandas as pd

from khabar.corpus_stats import need
from khabar.graphml import write_tables

if TYPE_CHECKING:
    import networkx as nx

NETWORK_TYPES = ("person", "organization", "country")
NODE_COLUMNS = ["id", "label", "label_en", "type", "articles", "claims"]
EDGE_COLUMNS = ["source", "target", "weight", "articles", "claims"]


@dataclass(frozen=True)
class Network:
    """*nodes*: one row per actor (``id``, ``label``, ``label_en``, ``type``, ``articles``,
    ``claims`` as speaker), in order of first appearance along the sorted links; *edges*: one
    row per linked pair (``source`` < ``target``, ``weight`` = ``articles`` + ``claims``
    shared), sorted by both ends."""

    nodes: pd.DataFrame
    edges: pd.DataFrame

    @classmethod
    def empty(cls) -> Network:
        """A network without actors."""
        return cls(
            pd.DataFrame({c: pd.Series(dtype="object") for c in NODE_COLUMNS}),
            pd.DataFrame({c: pd.Series(dtype="object") for c in EDGE_COLUMNS}),
        )

    def degree(self) -> pd.Series:
        """How many actors each actor is linked with, by id (0 for none)."""
        ends = pd.concat([self.edges["source"], self.edges["target"]], ignore_index=True)
        return ends.value_counts().reindex(self.nodes["id"], fill_value=0)

    def to_networkx(self) -> nx.Graph:
        """The network as a networkx graph, each table's other columns as attributes."""
        import networkx as nx  # here: only this method needs it, and it takes a tenth of a second

        graph = nx.Graph()
        graph.add_nodes_from(_attributed(self.nodes, ends=1))
        graph.add_edges_from(_attributed(self.edges, ends=2))
        return graph


def _attributed(table: pd.DataFrame, *, ends: int) -> Iterator[tuple]:
    """Each row as networkx takes it: its first *ends* values, then the others by column."""
    names = list(table.columns[ends:])
    for row in table.itertuples(index=False, name=None):
        yield (*row[:ends], dict(zip(names, row[ends:], strict=True)))


def cooccurrence(
    links: pd.DataFrame,
    actors: pd.DataFrame,
    mentions: pd.DataFrame,
    claims: pd.DataFrame,
    claim_speakers: pd.DataFrame,
    *,
    types: tuple[str, ...] = NETWORK_TYPES,
) -> Network:
    """Actors across articles of *types* linked when they appear in the same article (edge
    ``articles``) or the same claim (``claims``: the speaker and the actors mentioned inside
    the claim's words)."""
    if links.empty:
        return Network.empty()
    kinds = actors.set_index("corpus_actor")
    kept = links[links["corpus_actor"].map(kinds["type"]).isin(types)]
    members = _claim_members(kept, mentions, claims, claim_speakers, kinds["type"], types)
    # Pairs are counted on integer codes of the ids, sorted as the ids are: joins and sorts
    # of hundreds of thousands of pairs of strings would take seconds.
    ids = pd.Index(pd.unique(pd.concat([kept["corpus_actor"], members["corpus_actor"]])))
    ids = ids.sort_values()
    together = _pairs(
        pd.factorize(kept["source"])[0], ids.get_indexer(kept["corpus_actor"])
    ).rename("articles")
    spoken = _pairs(
        members.groupby(["source", "id"], sort=False).ngroup().to_numpy(),
        ids.get_indexer(members["corpus_actor"]),
    ).rename("claims")
    counts = pd.concat([together, spoken], axis=1).fillna(0).astype("int64").sort_index()
    if counts.empty:
        return Network.empty()
    ends = [counts.index.get_level_values(level).to_numpy() for level in (0, 1)]
    edges = pd.DataFrame(
        {
            "source": ids.take(ends[0]),
            "target": ids.take(ends[1]),
            "weight": (counts["articles"] + counts["claims"]).to_numpy(),
            "articles": counts["articles"].to_numpy(),
            "claims": counts["claims"].to_numpy(),
        }
    )
    # Nodes in order of first appearance along the sorted links.
    order = ids.take(pd.unique(np.column_stack(ends).ravel()))
    nodes = kinds.loc[order, ["name", "name_en", "type", "articles", "claims"]]
    nodes = pd.DataFrame(
        {
            "id": order,
            "label": nodes["name"].to_numpy(),
            "label_en": nodes["name_en"].where(nodes["name_en"] != "", nodes["name"]).to_numpy(),
            "type": nodes["type"].to_numpy(),
            "articles": nodes["articles"].astype("int64").to_numpy(),
            "claims": nodes["claims"].astype("int64").to_numpy(),
        }
    )
    return Network(nodes, edges)


def _pairs(groups: np.ndarray, actors: np.ndarray) -> pd.Series:
    """How many groups hold each pair of distinct actors (both integer codes, a row per
    membership), indexed by the pair ``(a, b)`` with ``a < b``."""
    members = pd.DataFrame({"group": groups, "actor": actors}).drop_duplicates()
    both = members.merge(members, on="group", suffixes=("_a", "_b"))
    both = both[both["actor_a"] < both["actor_b"]]
    return both.groupby(["actor_a", "actor_b"], sort=True).size()


def _claim_members(
    kept: pd.DataFrame,
    mentions: pd.DataFrame,
    claims: pd.DataFrame,
    claim_speakers: pd.DataFrame,
    kinds: pd.Series,
    types: tuple[str, ...],
) -> pd.DataFrame:
    """The actors across articles in each claim (``source``, ``id``, ``corpus_actor``): its
    speaker and the actors with a mention inside its words (those of *types*)."""
    columns = ["source", "id", "corpus_actor"]
    claims = need(claims, ["source", "id", "start", "end"])
    mentions = need(mentions, ["source", "actor", "start", "end"])
    if claims.empty or mentions.empty:
        return pd.DataFrame(columns=columns)
    found = mentions[["source", "actor", "start", "end"]].merge(kept, on=["source", "actor"])
    # Every mention meets every claim of its article, so that join is made on integer codes
    # and row numbers: made on the tables themselves it copied their strings for each pair.
    articles = pd.Index(pd.unique(claims["source"]))
    pairs = pd.DataFrame(
        {
            "article": articles.get_indexer(found["source"]),
            "mention": np.arange(len(found)),
            "start": found["start"].to_numpy(),
            "end": found["end"].to_numpy(),
        }
    ).merge(
        pd.DataFrame(
            {
                "article": articles.get_indexer(claims["source"]),
                "claim": np.arange(len(claims)),
                "claim_start": claims["start"].to_numpy(),
                "claim_end": claims["end"].to_numpy(),
            }
        ),
        on="article",
    )
    pairs = pairs[(pairs["start"] >= pairs["claim_start"]) & (pairs["end"] <= pairs["claim_end"])]
    claim_rows, mention_rows = pairs["claim"].to_numpy(), pairs["mention"].to_numpy()
    inside = pd.DataFrame(
        {
            "source": claims["source"].to_numpy()[claim_rows],
            "id": claims["id"].to_numpy()[claim_rows],
            "corpus_actor": found["corpus_actor"].to_numpy()[mention_rows],
        }
    )
    spoken = need(claim_speakers, columns)
    spoken = spoken[spoken["corpus_actor"].map(kinds).isin(types)]
    return pd.concat([inside[columns], spoken[columns]], ignore_index=True)


def edge_table(network: Network, *, top: int | None = None) -> pd.DataFrame:
    """The network's links (the *top* strongest only, if given), strongest first, ties in
    the order of their ends: both ends (ids and names) and the counts."""
    # The links are sorted by their ends: a stable sort by weight keeps that among ties.
    order = np.argsort(-network.edges["weight"].to_numpy(dtype="int64"), kind="stable")[:top]
    edges = network.edges.take(order).reset_index(drop=True)
    labels = network.nodes.set_index("id")["label"]
    return pd.DataFrame(
        {
            "source": edges["source"],
            "source_label": edges["source"].map(labels),
            "target": edges["target"],
            "target_label": edges["target"].map(labels),
            **{key: edges[key].astype("int64") for key in ("weight", "articles", "claims")},
        }
    )


def write_network(network: Network, folder: str | Path, name: str) -> list[Path]:
    """Save *network* as ``NAME.graphml`` (Gephi, networkx) and its links as
    ``NAME-edges.csv``."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    paths = [folder / f"{name}.graphml", folder / f"{name}-edges.csv"]
    write_tables(network.nodes, network.edges, paths[0])
    write_csv(edge_table(network), paths[1])
    return paths


def write_csv(table: pd.DataFrame, path: Path) -> None:
    """*table* as UTF-8 CSV without its index, strings in double quotes. Written by pyarrow:
    pandas' writer took seconds for the 10^5 links of a large corpus, pyarrow a tenth of one."""
    import pyarrow as pa
    from pyarrow import csv

    options = csv.WriteOptions(quoting_style="needed")
    csv.write_csv(pa.Table.from_pandas(table, preserve_index=False), str(path), options)
