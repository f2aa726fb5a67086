"""What the corpus notebooks say about a corpus, computed from its tables, in Persian and
English (the sentences of ``data/narrative/corpus.tsv``; see :mod:`khabar.prose`). Each
function returns an IPython ``HTML`` block; names and outlets are escaped."""

from __future__ import annotations

import pandas as pd
from IPython.display import HTML

from khabar import corpus_stats as stats
from khabar.corpus_network import Network, edge_table
from khabar.prose import Text, join, render

EXAMPLES = 3
TOP_SPEAKERS = 3


def overview_note(articles: pd.DataFrame) -> HTML:
    """How many articles and words; the dates and the calendar; the outlets."""
    articles = stats.need(articles, ["error", "words", "date", "outlet", "calendar"])
    read = articles[articles["error"] == ""]
    if read.empty:
        return render([Text.say("corpus.none")])
    words = pd.to_numeric(read["words"])
    sentences = [
        Text.say(
            "corpus.counts", articles=len(read), words=int(words.sum()), median=int(words.median())
        )
    ]
    dates = read.loc[read["date"] != ""]
    if dates.empty:
        sentences.append(Text.say("corpus.no_dates"))
    else:
        calendar = stats.calendar_of(read)
        column = "date_jalali" if calendar == "jalali" else "date"
        sentences.append(
            Text.say(
                "corpus.dates",
                dated=len(dates),
                first=dates[column].min(),
                last=dates[column].max(),
                calendar=Text.say(f"calendar.{calendar}"),
            )
        )
    outlets = stats.articles_by_outlet(read, top=1_000_000)
    if outlets.empty:
        sentences.append(Text.say("corpus.no_outlets"))
    else:
        top = outlets.iloc[0]
        sentences.append(
            Text.say(
                "corpus.outlets", outlets=len(outlets), top=top["outlet"], count=top["articles"]
            )
        )
    return render(sentences)


def failures_note(failures: pd.DataFrame) -> HTML:
    if failures.empty:
        return render([Text.say("failures.none")])
    return render([Text.say("failures.some", count=len(failures))])


def actors_note(actors: pd.DataFrame) -> HTML:
    """The person and the organisation in the most articles, and the most quoted speaker."""
    sentences = []
    for kind, key in (
        ("person", "actors.most_mentioned"),
        ("organization", "actors.most_mentioned_org"),
    ):
        top = stats.top_actors(actors, types=(kind,), top=1)
        if not top.empty:
            row = top.iloc[0]
            sentences.append(
                Text.say(key, name=Text.name(row["name"], row["name_en"]), articles=row["articles"])
            )
    if not sentences:
        sentences.append(Text.say("actors.no_persons"))
    quoted = stats.most_quoted(actors, top=1)
    if quoted.empty:
        sentences.append(Text.say("actors.no_claims"))
    else:
        row = quoted.iloc[0]
        sentences.append(
            Text.say(
                "actors.most_quoted",
                name=Text.name(row["name"], row["name_en"]),
                claims=row["claims"],
                articles=row["claim_articles"],
            )
        )
    return render(sentences)


def merged_note(actors: pd.DataFrame) -> HTML:
    """How many actors were matched across forms of their name, with examples."""
    merged = stats.merged_names(actors)
    if merged.empty:
        return render([Text.say("actors.not_merged")])
    examples = [
        Text.say(
            "actors.example",
            name=Text.name(row["name"], row["name_en"]),
            forms=Text.name(row["forms"].replace(";", "»، «"), row["forms"].replace(";", "», «")),
        )
        for _, row in merged.head(EXAMPLES).iterrows()
    ]
    return render([Text.say("actors.merged", count=len(merged), example=join(examples))])


def speakers_note(shares: pd.DataFrame, *, top: int = TOP_SPEAKERS) -> HTML:
    """For the *top* speakers: the code they raise in the largest share of their claims."""
    if shares.empty:
        return render([Text.say("speakers.none")])
    sentences = []
    for _, rows in list(shares.groupby("corpus_actor", sort=False))[:top]:
        row = rows.sort_values(["share", "code"], ascending=[False, True]).iloc[0]
        sentences.append(
            Text.say(
                "speakers.top",
                speaker=Text.name(row["name"], row["name_en"]),
                share=f"{row['share']:.0%}",
                articles=row["articles"],
                code=Text.name(row["label_fa"], row["label_en"]),
            )
        )
    return render(sentences)


def time_note(counts: pd.DataFrame) -> HTML:
    """Over how many periods the articles are spread, and the busiest."""
    if counts.empty:
        return render([Text.say("time.none")])
    busiest = counts.sort_values(["articles", "period"], ascending=[False, True]).iloc[0]
    return render(
        [
            Text.say(
                "time.busiest",
                periods=len(counts),
                period=busiest["period"],
                count=busiest["articles"],
            )
        ]
    )


def outlets_note(grid: pd.DataFrame, *, top: int = EXAMPLES) -> HTML:
    """For the *top* outlets: their most frequent code (rows of *grid* are codes)."""
    if grid.empty:
        return render([Text.say("corpus.no_outlets")])
    sentences = []
    for outlet in list(grid.columns)[:top]:
        column = grid[outlet]
        if column.max() <= 0:
            continue
        fa, en = column.idxmax()
        sentences.append(
            Text.say(
                "outlet.top_code",
                outlet=outlet,
                code=Text.name(fa, en),
                share=f"{column.max():.0%}",
            )
        )
    return render(sentences)


def network_note(network: Network) -> HTML:
    """How many actors and links, and the strongest link."""
    edges = edge_table(network, top=1)
    if edges.empty:
        return render([Text.say("network.none")])
    row = edges.iloc[0]
    nodes = network.nodes.set_index("id")
    return render(
        [
            Text.say(
                "network.counts",
                nodes=len(network.nodes),
                edges=len(network.edges),
                a=Text.name(*nodes.loc[row["source"], ["label", "label_en"]]),
                b=Text.name(*nodes.loc[row["target"], ["label", "label_en"]]),
                articles=row["articles"],
                claims=row["claims"],
            )
        ]
    )
