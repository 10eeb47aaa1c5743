"""Response types where the reference differs from the generated models."""

from __future__ import annotations

import attrs
from skyvern_generated.models import UploadFileResponse as _WireUploadFileResponse


@attrs.define
class UploadFileResponse(_WireUploadFileResponse):
    """The wire's `s3_uri`, `presigned_url`, `file_id`, `expires_at`, plus the reference's `s3uri`."""

    @property
    def s3uri(self) -> str:
        return str(self.s3_uri)


__all__ = ["UploadFileResponse"]
