"""Files: uploads to Skyvern's storage, for runs to use as inputs."""

from __future__ import annotations

import os
from collections.abc import Mapping
from typing import IO, TYPE_CHECKING, Any, cast

from skyvern_sync.errors import InvalidParameterError, InvalidParameterTypeError
from skyvern_sync.resources._base import ClientCore
from skyvern_sync.validation import check_id, check_int

MAX_RETENTION_DAYS = 365  # Skyvern 1.0.56's MAX_UPLOADED_FILE_RETENTION_DAYS (a 422 above it)

if TYPE_CHECKING:
    from skyvern_generated.models import (
        UploadFileResponse,
    )

    from skyvern_sync.options import RequestOptions


class FilesMixin(ClientCore):
    """The files operations (skyvern_generated/api/files/), mixed into `Skyvern`."""

    def upload_file(
        self,
        file: IO[bytes],
        request_options: RequestOptions | Mapping[str, Any] | None = None,
        *,
        retention_days: int | None = None,
    ) -> UploadFileResponse:
        """Upload a file to Skyvern's storage, for runs to use as an input.

        Args:
            file: a file open for reading in binary mode (`open(path, "rb")`, `io.BytesIO`); its `name`, if
                any, names the upload. The file is read from where it is positioned.
            request_options: per-call timeout, retries and headers.
            retention_days: days to keep the file before the server deletes it, 1 to 365 (Skyvern 1.0.56's
                ceiling); None keeps it until the organization's data retention policy removes it.

        Returns:
            `s3uri` (the reference's name; the wire's `s3_uri` is there too), `presigned_url`, `file_id` (for
            `delete_file`) and `expires_at` (set when `retention_days` was given).
        """
        from skyvern_generated.models import UploadFileBody
        from skyvern_generated.types import File

        if not callable(getattr(file, "read", None)) or isinstance(file, str | bytes | os.PathLike):
            raise InvalidParameterTypeError("file", f"must be a file open in binary mode, got {type(file).__name__}")
        if "b" not in str(getattr(file, "mode", "b")):
            raise InvalidParameterError("file", "must be open in binary mode ('rb'), not text mode")
        name = os.path.basename(str(getattr(file, "name", "") or "upload")) or "upload"
        days = check_int("retention_days", retention_days, minimum=1, maximum=MAX_RETENTION_DAYS)
        body = UploadFileBody(file=File(payload=file, file_name=name), retention_days=days)  # type: ignore[arg-type]
        return cast("UploadFileResponse", self._call("upload_file", request_options, body=body))

    def delete_file(self, file_id: str, *, request_options: RequestOptions | Mapping[str, Any] | None = None) -> None:
        """Delete an uploaded file (its stored bytes and its record).

        Args:
            file_id: the file (`file_...`), as `upload_file` returned it.
            request_options: per-call timeout, retries and headers.

        Raises:
            NotFoundError: no file with this id, or it was deleted already (the server answers 404 alike for
                another organization's file).
        """
        self._call("delete_file", request_options, check_id("file_id", file_id))
