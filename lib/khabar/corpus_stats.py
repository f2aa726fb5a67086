"""What the corpus notebooks compute from the corpus tables (:mod:`khabar.corpus_build`).

Pure pandas over the Parquet tables; nothing here loads the pipeline. Every
function takes tables that may be empty (an empty corpus, a corpus without claims, dates or
outlets) and returns an empty table or graph then, never an error.
"""

from __future__ import annotations

from collections import Counter

import pandas as pd

# Periods over time: months, or years when the dates span more than this many months.
MAX_MONTHS = 36
# Outlets shown in a chart: those with the most articles (a heatmap of more is unreadable).
TOP_OUTLETS = 15
SPEAKER_TYPES = ("person", "organization", "group", "unlinked")


def need(table: pd.DataFrame, columns: list[str]) -> pd.DataFrame:
    """*table* with every one of *columns* (missing ones empty): an empty corpus's Parquet
    tables have no columns at all."""
    missing = [c for c in columns if c not in table.columns]
    return table.assign(**dict.fromkeys(missing, "")) if missing else table


# ----- the articles ------------------------------------------------------------------------
def overview(articles: pd.DataFrame, failures: pd.DataFrame) -> pd.DataFrame:
    """The corpus in numbers: articles read and failed, words, outlets, dates, actors, claims."""
    articles = need(articles, ["error", "words", "outlet", "date", "actors", "claims"])
    read = articles[articles["error"] == ""]
    dates = read.loc[read["date"] != "", "date"]
    rows = [
        ("articles read", len(read)),
        ("rows or files not read as they are (see failures)", len(failures)),
        ("words", int(pd.to_numeric(read["words"]).sum()) if len(read) else 0),
        ("median words per article", _median(read["words"])),
        ("outlets", read.loc[read["outlet"] != "", "outlet"].nunique()),
        ("dated articles", len(dates)),
        ("first date", dates.min() if len(dates) else ""),
        ("last date", dates.max() if len(dates) else ""),
        ("actors (in all articles)", int(pd.to_numeric(read["actors"]).sum()) if len(read) else 0),
        ("claims", int(pd.to_numeric(read["claims"]).sum()) if len(read) else 0),
    ]
    return pd.DataFrame(rows, columns=["measure", "value"]).astype({"value": str})


def _median(values: pd.Series) -> int:
    return int(pd.to_numeric(values).median()) if len(values) else 0


def calendar_of(articles: pd.DataFrame) -> str:
    """The calendar most of the corpus's dates were written in ("jalali" or "gregorian"),
    "" without dates: periods are counted in it."""
    written = need(articles, ["calendar"])["calendar"]
    counts = Counter(c for c in written if c)
    return max(sorted(counts), key=counts.__getitem__) if counts else ""


def periods(articles: pd.DataFrame) -> pd.Series:
    """Each article's period ("1402-05" or "2023-08"; a year where the dates span more than
    :data:`MAX_MONTHS` months), in the corpus's calendar; "" where undated."""
    articles = need(articles, ["date", "date_jalali"])
    calendar = calendar_of(articles)
    dates = articles["date_jalali" if calendar == "jalali" else "date"].fillna("")
    months = dates.str[:7]
    found = sorted(m for m in set(months) if m)
    if found and _month_number(found[-1]) - _month_number(found[0]) >= MAX_MONTHS:
        return dates.str[:4]
    return months


def _month_number(month: str) -> int:
    year, number = month.split("-")
    return int(year) * 12 + int(number) - 1


def all_periods(found: list[str]) -> list[str]:
    """Every period from the first to the last of *found* (months or years), gaps included."""
    if not found:
        return []
    first, last = min(found), max(found)
    if len(first) == 4:
        return [str(y) for y in range(int(first), int(last) + 1)]
    numbers = range(_month_number(first), _month_number(last) + 1)
    return [f"{n // 12:04d}-{n % 12 + 1:02d}" for n in numbers]


def articles_over_time(articles: pd.DataFrame) -> pd.DataFrame:
    """Articles per period, every period from the first to the last (gaps as 0)."""
    counts = Counter(p for p in periods(articles) if p)
    rows = [(p, counts.get(p, 0)) for p in all_periods(list(counts))]
    return pd.DataFrame(rows, columns=["period", "articles"])


def articles_by_outlet(articles: pd.DataFrame, *, top: int = TOP_OUTLETS) -> pd.DataFrame:
    """The *top* outlets by articles (metadata's outlet, or the host of the article's URL)."""
    outlets = need(articles, ["outlet"])["outlet"]
    counts = outlets[outlets != ""].value_counts().sort_index(kind="stable")
    counts = counts.sort_values(ascending=False, kind="stable").head(top)
    return pd.DataFrame({"outlet": counts.index, "articles": counts.to_numpy()})


# ----- actors -------------------------------------------------------------------------------
def top_actors(
    actors: pd.DataFrame, *, types: tuple[str, ...] = ("person", "organization"), top: int = 15
) -> pd.DataFrame:
    """The *top* actors of *types* by the articles they appear in, then their claims."""
    actors = need(actors, ["corpus_actor", "type", "articles", "claims"])
    chosen = actors[actors["type"].isin(types)]
    ordered = chosen.sort_values(
        ["articles", "claims", "corpus_actor"], ascending=[False, False, True], kind="stable"
    )
    return ordered.head(top).reset_index(drop=True)


def most_quoted(actors: pd.DataFrame, *, top: int = 15) -> pd.DataFrame:
    """The *top* speakers by claims, then by the articles they are quoted in."""
    actors = need(actors, ["corpus_actor", "claims", "claim_articles"])
    chosen = actors[pd.to_numeric(actors["claims"]) > 0]
    ordered = chosen.sort_values(
        ["claims", "claim_articles", "corpus_actor"], ascending=[False, False, True], kind="stable"
    )
    return ordered.head(top).reset_index(drop=True)


def merged_names(actors: pd.DataFrame) -> pd.DataFrame:
    """The actors seen under more than one form of their name, most articles first."""
    actors = need(actors, ["corpus_actor", "type", "name", "name_en", "forms", "articles"])
    merged = actors[actors["forms"].astype(str).str.contains(";", regex=False)]
    return merged[["corpus_actor", "type", "name", "name_en", "forms", "articles"]]


# ----- speakers and topics ------------------------------------------------------------------
def speaker_codes(
    claim_speakers: pd.DataFrame,
    claim_codes: pd.DataFrame,
    actors: pd.DataFrame,
    *,
    scheme: str,
    top: int = 12,
) -> pd.DataFrame:
    """For the *top* speakers with the most claims coded in *scheme*: each code they raise,
    the claims raising it, its share of the speaker's claims, and the articles in which they
    raise it. One row per speaker and code; speakers most claims first."""
    columns = ["corpus_actor", "name", "name_en", "code", "label_fa", "label_en"]
    columns += ["claims", "share", "articles", "speaker_claims"]
    codes = need(claim_codes, ["source", "claim", "scheme", "code", "label_fa", "label_en"])
    codes = codes[codes["scheme"] == scheme]
    if codes.empty or claim_speakers.empty:
        return pd.DataFrame(columns=columns)
    said = claim_speakers.groupby("corpus_actor").size().rename("speaker_claims")
    coded = codes.merge(
        claim_speakers, left_on=["source", "claim"], right_on=["source", "id"], how="inner"
    )
    chosen = coded.groupby("corpus_actor")["claim"].size().sort_values(ascending=False)
    chosen = list(chosen.sort_index(kind="stable").sort_values(ascending=False).index[:top])
    coded = coded[coded["corpus_actor"].isin(chosen)]
    table = (
        coded.groupby(["corpus_actor", "code", "label_fa", "label_en"])
        .agg(claims=("claim", "size"), articles=("source", "nunique"))
        .reset_index()
        .join(said, on="corpus_actor")
    )
    table["share"] = table["claims"] / table["speaker_claims"]
    names = actors.set_index("corpus_actor")[["name", "name_en"]]
    table = table.join(names, on="corpus_actor")
    table["order"] = table["corpus_actor"].map({a: n for n, a in enumerate(chosen)})
    table = table.sort_values(["order", "claims", "code"], ascending=[True, False, True])
    return table[columns].reset_index(drop=True)


def code_grid(
    article_codes: pd.DataFrame,
    articles: pd.DataFrame,
    *,
    scheme: str,
    by: str = "period",
    top: int = 10,
) -> pd.DataFrame:
    """Share of each group's articles (a period, or an outlet with ``by="outlet"``) that carry
    each of the *top* codes of *scheme*: rows are codes (``label_fa``, ``label_en``), columns
    the groups (periods in order, gaps included; the :data:`TOP_OUTLETS` outlets with the most
    articles, by articles)."""
    groups = _groups(articles, by)
    codes = need(article_codes, ["source", "scheme", "code", "label_fa", "label_en"])
    codes = codes[(codes["scheme"] == scheme) & codes["source"].isin(groups.index)]
    if codes.empty:
        return pd.DataFrame()
    totals = groups.value_counts()
    chosen = codes["code"].value_counts().sort_index(kind="stable")
    chosen = list(chosen.sort_values(ascending=False, kind="stable").index[:top])
    codes = codes[codes["code"].isin(chosen)].drop_duplicates(["source", "code"])
    counts = pd.crosstab([codes["code"]], codes["source"].map(groups))
    order = _group_order(groups, by)
    counts = counts.reindex(index=chosen, columns=order, fill_value=0)
    shares = counts.div(totals.reindex(order), axis=1).fillna(0)
    labels = codes.drop_duplicates("code").set_index("code")[["label_fa", "label_en"]]
    return shares.join(labels).set_index(["label_fa", "label_en"])


def speaker_grid(
    claim_speakers: pd.DataFrame,
    articles: pd.DataFrame,
    actors: pd.DataFrame,
    *,
    by: str = "period",
    top: int = 10,
) -> pd.DataFrame:
    """Claims of each of the *top* speakers (persons, organisations, groups) per group (period,
    or one of the :data:`TOP_OUTLETS` outlets with the most articles): rows are speakers
    (``name``, ``name_en``), columns the groups."""
    groups = _groups(articles, by)
    if claim_speakers.empty or groups.empty:
        return pd.DataFrame()
    kinds = actors.set_index("corpus_actor")["type"]
    said = claim_speakers[claim_speakers["source"].isin(groups.index)]
    said = said[said["corpus_actor"].map(kinds).isin(SPEAKER_TYPES[:-1])]
    if said.empty:
        return pd.DataFrame()
    chosen = said["corpus_actor"].value_counts().sort_index(kind="stable")
    chosen = list(chosen.sort_values(ascending=False, kind="stable").index[:top])
    said = said[said["corpus_actor"].isin(chosen)]
    counts = pd.crosstab(said["corpus_actor"], said["source"].map(groups))
    counts = counts.reindex(index=chosen, columns=_group_order(groups, by), fill_value=0)
    names = actors.set_index("corpus_actor")[["name", "name_en"]]
    return counts.join(names).set_index(["name", "name_en"])


def _groups(articles: pd.DataFrame, by: str) -> pd.Series:
    """source -> its period or outlet, for the articles that have one."""
    articles = need(articles, ["source", "outlet", "error"])
    read = articles[articles["error"] == ""]
    values = periods(read) if by == "period" else read["outlet"]
    groups = pd.Series(values.to_numpy(), index=read["source"].to_numpy())
    return groups[groups != ""]


def _group_order(groups: pd.Series, by: str) -> list[str]:
    if by == "period":
        return all_periods(list(set(groups)))
    counts = groups.value_counts().sort_index(kind="stable")
    return list(counts.sort_values(ascending=False, kind="stable").index[:TOP_OUTLETS])
