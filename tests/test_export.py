import networkx as nx
import pandas as pd

from khabar import analyze_text, export


def test_exports_open_in_pandas_and_networkx(article_raw, tmp_path):
    analysis = analyze_text(article_raw, source="article.txt")
    csv, parquet, dna, graphml = export.write_all(analysis, tmp_path)
    claims = pd.read_csv(csv)
    assert len(claims) == 17 and pd.read_parquet(parquet).equals(pd.read_parquet(parquet))
    assert list(pd.read_parquet(parquet)["id"]) == list(claims["id"])
    statements = pd.read_csv(dna)
    assert {"person", "organization", "concept", "agreement"} <= set(statements.columns)
    assert set(statements["person"]) == {"عابدین خرم", "دمیتری کالتسوف"}
    graph = nx.read_graphml(graphml)
    modes = nx.get_node_attributes(graph, "mode")
    assert set(modes.values()) == {"actor", "concept"}
    khorram = next(n for n, label in graph.nodes(data="label") if label == "عابدین خرم")
    koltsov = next(n for n, label in graph.nodes(data="label") if label == "دمیتری کالتسوف")
    assert graph.has_edge(khorram, koltsov)  # the request addressed to the ambassador
