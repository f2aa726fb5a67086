import subprocess
import sys

from conftest import ARTICLE


def run(*args, stdin=b""):
    return subprocess.run(
        [sys.executable, "-m", "khabar", *args], input=stdin, capture_output=True, check=False
    )


def test_clean_a_file_keeps_one_output_line_per_input_line():
    result = run("clean", str(ARTICLE))
    assert result.returncode == 0
    out = result.stdout.decode()
    assert out.count("\n") == ARTICLE.read_text(encoding="utf-8").count("\n")
    assert "همکاری\u200cهای" in out


def test_clean_reads_stdin():
    result = run("clean", "-", stdin="می توانند\nكتاب ها\n".encode())
    assert result.stdout.decode() == "می\u200cتوانند\nکتاب\u200cها\n"


def test_clean_reads_windows_1256(tmp_path):
    path = tmp_path / "legacy.txt"
    path.write_bytes("همكاريهاي ما".encode("cp1256"))
    assert run("clean", str(path)).stdout.decode() == "همکاری\u200cهای ما"


def test_empty_file_gives_empty_output(tmp_path):
    path = tmp_path / "empty.txt"
    path.write_bytes(b"")
    result = run("clean", str(path))
    assert (result.returncode, result.stdout, result.stderr) == (0, b"", b"")


def assert_one_line_error(result, fragment):
    assert result.returncode == 2
    lines = result.stderr.decode().splitlines()
    assert len(lines) == 1 and fragment in lines[0] and "Traceback" not in lines[0]


def test_errors_are_one_line_with_exit_code_2(tmp_path):
    binary = tmp_path / "image.png"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    assert_one_line_error(run("clean", str(binary)), "image.png")
    assert_one_line_error(run("clean", str(tmp_path / "missing.txt")), "no such file")
    assert_one_line_error(run("clean", str(tmp_path)), "not a regular file")
    assert_one_line_error(run("frobnicate"), "invalid choice")


def test_extract_one_file_gives_one_json_document_with_raw_offsets():
    import json

    result = run("extract", str(ARTICLE))
    assert result.returncode == 0
    data = json.loads(result.stdout)
    raw = ARTICLE.read_text(encoding="utf-8")
    assert data["source"] == str(ARTICLE)
    persons = [a for a in data["actors"] if a["type"] == "person"]
    assert {"id", "name", "name_en", "type", "roles", "mentions"} <= set(persons[0])
    for actor in data["actors"]:
        for mention in actor["mentions"]:
            assert raw[mention["start"] : mention["end"]] == mention["text"]


def test_extract_several_inputs_or_a_directory_gives_json_lines(tmp_path):
    import json

    (tmp_path / "a.txt").write_text("سفیر ایران در مسکو گفت: همکاری ادامه دارد.", encoding="utf-8")
    (tmp_path / "b.txt").write_text("استاندار فارس سخن گفت.", encoding="utf-8")
    (tmp_path / "notes.md").write_text("not an article", encoding="utf-8")
    lines = run("extract", str(tmp_path)).stdout.decode().splitlines()
    sources = [json.loads(line)["source"] for line in lines]
    assert sources == [str(tmp_path / "a.txt"), str(tmp_path / "b.txt")]
    both = run("extract", str(tmp_path / "a.txt"), str(tmp_path / "b.txt"), "--format", "jsonl")
    assert len(both.stdout.decode().splitlines()) == 2


def test_extract_errors_are_one_line(tmp_path):
    assert_one_line_error(run("extract", str(tmp_path / "none.txt")), "no such file")
    assert_one_line_error(run("extract", str(tmp_path)), "without .txt files")
    (tmp_path / "a.txt").write_text("متن", encoding="utf-8")
    (tmp_path / "b.txt").write_text("متن", encoding="utf-8")
    result = run("extract", str(tmp_path / "a.txt"), str(tmp_path / "b.txt"), "--format", "json")
    assert_one_line_error(result, "exactly one input")


def test_extract_is_the_same_whatever_the_hash_seed():
    import os

    outputs = set()
    for seed in ("1", "2"):
        env = {**os.environ, "PYTHONHASHSEED": seed}
        result = subprocess.run(
            [sys.executable, "-m", "khabar", "extract", str(ARTICLE)],
            capture_output=True,
            check=True,
            env=env,
        )
        outputs.add(result.stdout)
    assert len(outputs) == 1


CODEBOOK = "code\tlabel_en\tterms\ntrade\tTrade\tتجارت|صادرات|تجاری:0.5\n"


def test_extract_takes_the_researchers_codebooks(tmp_path):
    import json

    mine = tmp_path / "my_trade.tsv"
    mine.write_text(CODEBOOK, encoding="utf-8")
    seed_codebook = ARTICLE.parents[1] / "codebook" / "themes.tsv"
    result = run("extract", str(ARTICLE), "--codebook", str(mine), "--codebook", str(seed_codebook))
    assert result.returncode == 0, result.stderr.decode()
    data = json.loads(result.stdout)
    schemes = [t["scheme"] for t in data["topics"]]
    assert schemes.index("cap") < schemes.index("frames") < schemes.index("my_trade")
    assert "themes" in schemes and data["themes"]  # the claims' themes are still there
    assert any(t["scheme"] == "my_trade" for c in data["claims"] for t in c["topics"])


def test_a_malformed_codebook_is_one_line_and_exit_2(tmp_path):
    bad = tmp_path / "bad.tsv"
    bad.write_text(CODEBOOK.replace("تجاری:0.5", "تجاری:half"), encoding="utf-8")
    for command in (["extract", str(ARTICLE)], ["corpus", str(ARTICLE), "--out", str(tmp_path)]):
        result = run(*command, "--codebook", str(bad))
        assert_one_line_error(result, "bad.tsv, line 2 (code 'trade'): the weight of 'تجاری'")
    assert_one_line_error(
        run("extract", str(ARTICLE), "--codebook", str(tmp_path / "none.tsv")), "no such file"
    )
