"""The one exception type the command line turns into a one-line message and exit code 1."""


class UserError(Exception):
    """A problem the user can fix (missing model, unreadable file, no audio device).

    The message is a single line that says what went wrong and, where possible, how to fix it.
    """
