"""The errors the generated layer raises: a body that does not fit the schema, a status no endpoint expects."""

# skyvern_sync's: a body that does not fit is a SkyvernError wherever it is raised
from skyvern_sync.errors import ShapeError


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
