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


class NotebookFailedError(Exception):
    """A notebook raised while executing (``khabar reproduce``); the message names the
    notebook and the error. Not an input error: the CLI exits with 1."""
