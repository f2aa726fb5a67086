import networkx as nx

from khabar import analyze_text, figures, networks


def test_networks_of_the_article_export_and_read_back(article_raw, tmp_path):
    analysis = analyze_text(article_raw)
    themes = networks.actor_theme_graph(analysis)
    modes = nx.get_node_attributes(themes, "mode")
    assert sorted(themes.nodes[n]["label"] for n in themes if modes[n] == "actor") == [
        "دمیتری کالتسوف",
        "عابدین خرم",
    ]
    sanctions = "theme:sanctions"
    assert [themes.nodes[n]["label"] for n in themes[sanctions]] == ["عابدین خرم"]
    speakers = networks.speaker_graph(analysis)
    khorram, koltsov = (
        next(n for n in speakers if speakers.nodes[n]["label"] == name)
        for name in ("عابدین خرم", "دمیتری کالتسوف")
    )
    assert speakers.edges[khorram, koltsov]["relation"] == "addresses"
    assert speakers.edges[khorram, koltsov]["kinds"] == "request"
    graphml, edges = networks.write_graph(speakers, tmp_path, "speakers")
    assert nx.read_graphml(graphml).number_of_edges() == speakers.number_of_edges()
    assert edges.read_text(encoding="utf-8").startswith("source,")
    for graph in (themes, speakers):
        saved = figures.publish(
            figures.network,
            graph,
            "net",
            out_dir=tmp_path,
            title="network.speakers",
            kinds_on_edges=graph.is_directed(),
        )
        assert set(saved) == {"fa", "en"}


def test_speakers_and_topics_of_any_scheme(seed_analysis):
    from khabar.networks import actor_topic_graph

    for scheme in ("cap", "frames"):
        graph = actor_topic_graph(seed_analysis, scheme=scheme)
        topics = [n for n, mode in graph.nodes(data="mode") if mode == "theme"]
        assert topics and all(graph.nodes[n]["scheme"] == scheme for n in topics)
        assert all(graph.nodes[n]["label"] and graph.nodes[n]["label_en"] for n in topics)
    weights = {(u, v): w for u, v, w in actor_topic_graph(seed_analysis).edges(data="weight")}
    assert sum(weights.values()) == sum(
        1
        for c in seed_analysis.claims
        for t in seed_analysis.topics.claims[c.id]
        if t.scheme == "cap" and c.speaker
    )
