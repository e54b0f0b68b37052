"""The embedded database's one error type."""


class EmbeddedError(RuntimeError):
    """The embedded database could not be started."""
