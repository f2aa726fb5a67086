"""The exceptions khabar raises. All derive from :class:`KhabarError`.

The CLI turns any of them into a one-line message on stderr and exit code 2.
"""


class KhabarError(Exception):
    """Base class: a problem with the input, never a bug in khabar."""


class InputNotFoundError(KhabarError):
    """The path does not exist."""


class InputNotAFileError(KhabarError):
    """The path is a directory or another non-regular file where a file was expected."""


class InputUnreadableError(KhabarError):
    """The file exists but cannot be read (permissions, I/O error)."""


class UndecodableInputError(KhabarError):
    """The bytes are binary data or in an encoding khabar does not read."""


class CodebookError(KhabarError):
    """A codebook file is malformed; the message names the file and the line."""


class DateError(KhabarError):
    """A value that names no date in the Solar Hijri or the Gregorian calendar."""


class CorpusInputError(KhabarError):
    """A corpus khabar cannot read as a whole: no such file, an unknown format, no text column."""


class NotebookFailedError(Exception):
    """One or more notebooks raised while executing (``khabar reproduce``). ``failures`` holds
    a :class:`khabar.reproduce.NotebookFailure` for each (notebook, cell, error, the saved
    partly executed copy); ``str()`` gives one line per failure. The CLI exits with 2."""

    def __init__(self, failures) -> None:
        self.failures = list(failures)
        super().__init__("\n".join(map(str, self.failures)))
