"""GraphML for Gephi, written from a network's two tables: networkx's writers build the whole
XML tree first, which for a corpus's co-occurrence network (10^5 edges) took about 17 s and
hundreds of MB; this writes an equivalent document (networkx reads it back as the graph its
own writer gives: tested), its elements joined column by column by pyarrow's string kernels,
in under a second for 4 x 10^5 edges. Attribute types follow networkx's: ``long`` for
integers, ``double`` for floats, ``boolean``, ``string`` otherwise."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from xml.sax.saxutils import escape, quoteattr

import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc
from pandas.api import types as dtypes

BATCH = 50_000  # rows joined into one text at a time
_HEAD = (
    "<?xml version='1.0' encoding='utf-8'?>\n"
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" '
    'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" '
    'xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns '
    'http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">\n'
)


def _type(column: pd.Series) -> str:
    if dtypes.is_bool_dtype(column):
        return "boolean"
    if dtypes.is_integer_dtype(column):
        return "long"
    return "double" if dtypes.is_float_dtype(column) else "string"


def _texts(column: pd.Series, kind: str) -> pa.Array:
    """Each value as GraphML element text."""
    if kind == "long":  # most of a network's values (counts): nothing to escape
        return pa.array(column.to_numpy(dtype="int64")).cast(pa.string())
    if kind == "boolean":
        return pa.array([str(v).lower() for v in column.tolist()])
    return pa.array([escape(str(v)) for v in column.tolist()], type=pa.string())


def _data(table: pd.DataFrame, keys: dict[str, tuple[str, str]]) -> pa.Array:
    """For each row, its ``<data>`` lines (joined by pyarrow's string kernels: a corpus's
    network has 10^5 edges and more)."""
    parts: list[object] = []
    for name, (ident, kind) in keys.items():
        parts += [f'      <data key="{ident}">', _texts(table[name], kind), "</data>\n"]
    if not parts:
        return pa.array([""] * len(table), type=pa.string())
    return pc.binary_join_element_wise(*parts, "")


def _elements(head: list[object], data: pa.Array, tail: str) -> str:
    """One element per row: *head* (texts and arrays of the opening tag), its data, *tail*;
    all rows as one text."""
    rows = pc.binary_join_element_wise(*head, data, tail, "").cast(pa.large_string())
    whole = pa.LargeListArray.from_arrays([0, len(rows)], rows)
    return pc.binary_join(whole, pa.scalar("", pa.large_string()))[0].as_py()


def _batches(rows: int) -> Iterator[slice]:
    """The rows in slices of ``BATCH``, written one at a time so that memory stays bounded."""
    return (slice(start, start + BATCH) for start in range(0, rows, BATCH))


def _ends(column: pd.Series, ids: pa.Array, quoted: pa.Array) -> pa.Array:
    """The quoted id of the node at each end in *column*; *ids* are the nodes' ids and
    *quoted* the same as XML attribute values."""
    at = pc.index_in(pa.array(column.astype(str)).cast(pa.string()), value_set=ids)
    if at.null_count:
        raise ValueError("an edge's end is not among the nodes")
    return quoted.take(at)


def write_tables(
    nodes: pd.DataFrame, edges: pd.DataFrame, path: str | Path, *, directed: bool = False
) -> Path:
    """Write a network to *path*: *nodes* one row per node (the first column its id, the
    others its attributes), *edges* one row per edge (the first two columns its ends, the
    others its attributes), each in the order given."""
    keys: dict[tuple[str, str], tuple[str, str]] = {}
    for where, table, attributes in (("node", nodes, 1), ("edge", edges, 2)):
        # As networkx, keys only for attributes some node or edge has.
        for name in table.columns[attributes:] if len(table) else ():
            keys[(where, name)] = (f"d{len(keys)}", _type(table[name]))
    path = Path(path)
    node_keys = {name: key for (where, name), key in keys.items() if where == "node"}
    edge_keys = {name: key for (where, name), key in keys.items() if where == "edge"}
    ids = pa.array([str(node) for node in nodes.iloc[:, 0].tolist()], type=pa.string())
    quoted = pa.array([quoteattr(node) for node in ids.to_pylist()], type=pa.string())
    with path.open("w", encoding="utf-8", newline="\n") as out:
        out.write(_HEAD)
        for (where, name), (ident, kind) in keys.items():
            out.write(
                f'  <key id="{ident}" for="{where}" attr.name={quoteattr(str(name))} '
                f'attr.type="{kind}" />\n'
            )
        out.write(f'  <graph edgedefault="{"directed" if directed else "undirected"}">\n')
        for rows in _batches(len(nodes)):
            head = ["    <node id=", quoted[rows], ">\n"]
            out.write(_elements(head, _data(nodes.iloc[rows], node_keys), "    </node>\n"))
        source, target = (_ends(edges.iloc[:, k], ids, quoted) for k in (0, 1))
        for rows in _batches(len(edges)):
            head = ["    <edge source=", source[rows], " target=", target[rows], ">\n"]
            out.write(_elements(head, _data(edges.iloc[rows], edge_keys), "    </edge>\n"))
        out.write("  </graph>\n</graphml>\n")
    return path
