"""Corpus statistics and figures on empty and small tables: empty results and the empty
state, never an error or a warning."""

from __future__ import annotations

import warnings

import networkx as nx
import pandas as pd
import pytest

from khabar import corpus_narrative as narrative
from khabar import corpus_network
from khabar import corpus_stats as stats
from khabar.figures import corpus as corpus_figures
from khabar.figures.style import EMPTY_SIZE

EMPTY = pd.DataFrame()


def test_every_statistic_of_an_empty_corpus_is_empty():
    assert stats.articles_over_time(EMPTY).empty
    assert stats.articles_by_outlet(EMPTY).empty
    assert stats.top_actors(EMPTY).empty and stats.most_quoted(EMPTY).empty
    assert stats.speaker_codes(EMPTY, EMPTY, EMPTY, scheme="themes").empty
    assert stats.code_grid(EMPTY, EMPTY, scheme="themes").empty
    assert stats.speaker_grid(EMPTY, EMPTY, EMPTY).empty
    assert corpus_network.cooccurrence(EMPTY, EMPTY, EMPTY, EMPTY, EMPTY).nodes.empty
    assert stats.overview(EMPTY, EMPTY)["value"].iloc[0] == "0"


@pytest.mark.parametrize(
    ("draw", "data", "options"),
    [
        (corpus_figures.articles_over_time, EMPTY, {}),
        (corpus_figures.articles_by_outlet, EMPTY, {}),
        (corpus_figures.article_sizes, EMPTY, {}),
        (corpus_figures.actor_bars, EMPTY, {}),
        (corpus_figures.actor_bars, EMPTY, {"value": "claims"}),
        (corpus_figures.speaker_codes, EMPTY, {}),
        (
            corpus_figures.grid,
            EMPTY,
            {"title": "corpus_speakers_time.title", "empty": "empty.corpus_speakers_time"},
        ),
        (corpus_figures.cooccurrence, corpus_network.Network.empty(), {}),
    ],
)
@pytest.mark.parametrize("lang", ["fa", "en"])
def test_every_figure_has_its_empty_state(draw, data, options, lang):
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        figure = draw(data, lang=lang, **options)
    assert tuple(figure.get_size_inches()) == EMPTY_SIZE and not figure.axes


def test_periods_fill_gaps_in_the_calendar_most_dates_use():
    articles = pd.DataFrame(
        {
            "source": ["a", "b", "c", "d"],
            "error": ["", "", "", ""],
            "date": ["2023-08-03", "2023-10-30", "2023-10-31", ""],
            "date_jalali": ["1402-05-12", "1402-08-08", "1402-08-09", ""],
            "calendar": ["jalali", "jalali", "gregorian", ""],
        }
    )
    counts = stats.articles_over_time(articles)
    assert list(counts["period"]) == ["1402-05", "1402-06", "1402-07", "1402-08"]
    assert list(counts["articles"]) == [1, 0, 0, 2]
    note = narrative.time_note(counts).data
    assert "1402-08" in note and "4" in note


def test_years_when_the_dates_span_more_than_three_years():
    articles = pd.DataFrame({"date": ["2015-01-01", "2023-05-05"], "calendar": ["gregorian"] * 2})
    assert list(stats.periods(articles)) == ["2015", "2023"]
    assert stats.all_periods(["2015", "2017"]) == ["2015", "2016", "2017"]


def test_the_network_links_actors_of_one_article_and_of_one_claim():
    actors = pd.DataFrame(
        {
            "corpus_actor": ["person:a", "person:b", "country:IR", "place:x"],
            "type": ["person", "person", "country", "place"],
            "name": ["الف", "ب", "ایران", "ایکس"],
            "name_en": ["A", "B", "Iran", "X"],
            "articles": [2, 1, 2, 1],
            "claims": [1, 0, 0, 0],
        }
    )
    links = pd.DataFrame(
        {
            "source": ["s1", "s1", "s1", "s2", "s2"],
            "actor": ["P1", "P2", "L1", "P1", "L1"],
            "corpus_actor": ["person:a", "person:b", "place:x", "person:a", "country:IR"],
        }
    )
    mentions = pd.DataFrame(
        {"source": ["s2", "s2"], "actor": ["P1", "L1"], "start": [0, 30], "end": [5, 35]}
    )
    claims = pd.DataFrame({"source": ["s2"], "id": ["C1"], "start": [20], "end": [40]})
    speakers = pd.DataFrame({"source": ["s2"], "id": ["C1"], "corpus_actor": ["person:a"]})
    network = corpus_network.cooccurrence(links, actors, mentions, claims, speakers)
    graph = network.to_networkx()
    assert sorted(graph.edges) == [("country:IR", "person:a"), ("person:a", "person:b")]
    assert graph.edges["country:IR", "person:a"] == {"articles": 1, "claims": 1, "weight": 2}
    assert "place:x" not in graph  # a city is no country
    edges = corpus_network.edge_table(network)
    assert edges.iloc[0]["source_label"] == "ایران"
    assert "ایران" in narrative.network_note(network).data


def test_graphml_reads_back_as_networkx_own_does(tmp_path):
    nodes = pd.DataFrame(
        {
            "id": ["person:الف", "country:IR"],
            "label": ["الف <b>&", "ایران"],
            "label_en": ["A", "Iran"],
            "type": ["person", "country"],
            "articles": [2, 1],
            "claims": [0, 1],
        }
    )
    edges = pd.DataFrame(
        {
            "source": ["country:IR"],
            "target": ["person:الف"],
            "weight": [3],
            "articles": [1],
            "claims": [2],
            "share": [0.5],
            "direct": [True],
        }
    )
    network = corpus_network.Network(nodes, edges)
    graph = network.to_networkx()
    ours, theirs = tmp_path / "ours.graphml", tmp_path / "theirs.graphml"
    corpus_network.write_network(network, tmp_path, "ours")
    nx.write_graphml(graph, theirs)
    back = nx.read_graphml(ours)
    assert dict(back.nodes(data=True)) == dict(graph.nodes(data=True))
    assert list(back.edges(data=True)) == list(graph.edges(data=True))
    assert nx.utils.graphs_equal(back, nx.read_graphml(theirs))


def test_graphml_written_in_batches_is_the_same_document(tmp_path, monkeypatch):
    from khabar import graphml

    nodes = pd.DataFrame({"id": ["a", "b", "c"], "label": ["الف", "ب <&>", "ج"]})
    edges = pd.DataFrame(
        {"source": ["a", "a", "b"], "target": ["b", "c", "c"], "weight": [1, 2, 3]}
    )
    whole = graphml.write_tables(nodes, edges, tmp_path / "whole.graphml").read_bytes()
    monkeypatch.setattr(graphml, "BATCH", 2)
    assert graphml.write_tables(nodes, edges, tmp_path / "batches.graphml").read_bytes() == whole
    with pytest.raises(ValueError, match="not among the nodes"):
        graphml.write_tables(nodes.iloc[:2], edges, tmp_path / "bad.graphml")


def test_the_edges_csv_reads_back_as_the_edge_table(tmp_path):
    nodes = pd.DataFrame(
        {
            "id": ["person:الف", "country:IR", "organization:ب"],
            "label": ['الف، "ب", ج', "ایران", "سازمان\nب"],
            "type": ["person", "country", "organization"],
        }
    )
    edges = pd.DataFrame(
        {
            "source": ["country:IR", "country:IR"],
            "target": ["person:الف", "organization:ب"],
            "weight": [3, 1],
            "articles": [1, 1],
            "claims": [2, 0],
        }
    )
    network = corpus_network.Network(nodes, edges)
    written = corpus_network.write_network(network, tmp_path, "links")[1]
    back = pd.read_csv(written, dtype={"source_label": str, "target_label": str})
    pd.testing.assert_frame_equal(
        back, corpus_network.edge_table(network), check_dtype=False, check_index_type=False
    )


def test_the_outlet_grids_show_the_outlets_with_the_most_articles():
    outlets = [f"outlet {n:02d}" for n in range(stats.TOP_OUTLETS + 5)]
    # outlet NN has NN + 1 articles, so the last TOP_OUTLETS outlets are the largest
    sources = [(o, f"{o}/{k}") for n, o in enumerate(outlets) for k in range(n + 1)]
    articles = pd.DataFrame(
        {
            "source": [s for _, s in sources],
            "outlet": [o for o, _ in sources],
            "error": "",
            "date": "",
            "date_jalali": "",
        }
    )
    codes = pd.DataFrame(
        {
            "source": [s for _, s in sources],
            "scheme": "cap",
            "code": "19",
            "label_fa": "امور بین‌الملل",
            "label_en": "International affairs",
        }
    )
    grid = stats.code_grid(codes, articles, scheme="cap", by="outlet")
    assert list(grid.columns) == outlets[::-1][: stats.TOP_OUTLETS]
    assert (grid.to_numpy() == 1).all()
    speakers = pd.DataFrame({"source": [s for _, s in sources], "corpus_actor": "person:a"})
    actors = pd.DataFrame(
        {"corpus_actor": ["person:a"], "type": ["person"], "name": ["الف"], "name_en": ["A"]}
    )
    said = stats.speaker_grid(speakers, articles, actors, by="outlet")
    assert list(said.columns) == outlets[::-1][: stats.TOP_OUTLETS]
    assert said.iloc[0].tolist() == list(range(len(outlets), len(outlets) - stats.TOP_OUTLETS, -1))


def test_the_strongest_edges_are_the_head_of_the_whole_edge_table():
    pairs = [("a", "b", 2), ("a", "c", 2), ("b", "d", 5), ("c", "d", 5), ("e", "f", 1)]
    nodes = pd.DataFrame({"id": list("abcdef"), "label": list("ABCDEF")})
    edges = pd.DataFrame(pairs, columns=["source", "target", "weight"]).assign(claims=0)
    network = corpus_network.Network(nodes, edges.assign(articles=edges["weight"]))
    whole = corpus_network.edge_table(network)
    assert list(whole["weight"]) == [5, 5, 2, 2, 1]
    assert list(whole["source_label"]) == ["B", "C", "A", "A", "E"]
    pd.testing.assert_frame_equal(corpus_network.edge_table(network, top=3), whole.head(3))
    assert corpus_network.edge_table(corpus_network.Network.empty(), top=3).empty
