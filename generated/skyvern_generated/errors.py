"""The errors the generated layer raises: a body that does not fit the schema, a status no endpoint expects."""


class ShapeError(ValueError):
    """JSON that does not fit the schema. `path` says where (`$.blocks[2].label`), `problem` what.

    The message names JSON types, never values: a body may hold a secret.
    """

    def __init__(self, problem: str) -> None:
        self.problem = problem
        self.path: list[str | int] = []
        super().__init__(problem)

    def within(self, key: str | int) -> "ShapeError":
        """This error, one level deeper: `key` (a field name or a list index) is prepended to its path."""
        if key != "":
            self.path.insert(0, key)
        return self

    @property
    def location(self) -> str:
        return "$" + "".join(
            f"[{key}]" if isinstance(key, int) else f".{key}" for key in self.path
        )

    def __str__(self) -> str:
        return f"{self.location}: {self.problem}"


class UnexpectedBody(Exception):
    """A 2xx response whose body does not fit the schema (raised by the plain `Client`)."""

    def __init__(self, status_code: int, content: bytes, problem: Exception) -> None:
        self.status_code = status_code
        self.content = content
        self.problem = problem
        super().__init__(f"a {status_code} response whose body does not fit: {problem}")


class UnexpectedStatus(Exception):
    """A status other than 2xx (raised by the plain `Client`, which maps no error status)."""

    def __init__(self, status_code: int, content: bytes):
        self.status_code = status_code
        self.content = content
        super().__init__(f"unexpected status code: {status_code}")


__all__ = ["ShapeError", "UnexpectedBody", "UnexpectedStatus"]
