"""The one exception type the command line turns into a single line on stderr."""


class UserError(Exception):
    """Bad input or an unusable environment, explained in one line for the person who typed it."""

    def __init__(self, message: str, exit_code: int = 2):
        super().__init__(message)
        self.exit_code = exit_code
