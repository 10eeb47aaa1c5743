"""The generated package's `types`: skyvern_sync/_model.py's public names, where openapi-python-client puts them."""

# The runtime is an ordinary module (it does not vary with the schema); the generator writes a types.py either
# way, and this one re-exports instead of defining the generator's own placeholder types.
from skyvern_sync._model import (
    MISSING,
    File,
    FileTypes,
    Model,
    RequestFiles,
    Response,
    extra_repr,
    hidden,
)

__all__ = [
    "MISSING",
    "File",
    "FileTypes",
    "Model",
    "RequestFiles",
    "Response",
    "extra_repr",
    "hidden",
]
