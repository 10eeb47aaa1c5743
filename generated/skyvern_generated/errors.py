"""The generated package's `errors`: skyvern_sync's, where openapi-python-client puts them."""

# The generator writes an errors.py either way; the classes do not vary with the schema, so they live in
# ordinary modules. A body that does not fit is a SkyvernError wherever it is raised.
from skyvern_sync._model import UnexpectedBody, UnexpectedStatus
from skyvern_sync.errors import ShapeError

__all__ = ["ShapeError", "UnexpectedBody", "UnexpectedStatus"]
