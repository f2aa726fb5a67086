import subprocess
import sys

from conftest import ARTICLE


def run(*args, stdin=b""):
    return subprocess.run([sys.executable, "-m", "khabar", *args], input=stdin,
                          capture_output=True, check=False)


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
