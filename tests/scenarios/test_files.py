"""Uploads and downloads."""

from __future__ import annotations

import io

import pytest

from skyvern_sync import NotFoundError, Skyvern


def test_upload_file_gives_s3uri_and_presigned_url(skyvern: Skyvern) -> None:
    upload = skyvern.upload_file(file=io.BytesIO(b"name,price\nAlpha Widget,3\n"))
    # the reference's `s3uri` is the storage URI the wire calls `s3_uri`: s3:// on Skyvern Cloud, file:// on a
    # local server that stores uploads on its disk
    assert upload.s3uri.startswith(("s3://", "file://")) and upload.s3uri.endswith("_upload")
    assert "s3uri" not in upload.to_dict()  # a name for reading, never sent or stored
    assert upload.presigned_url is not None and upload.presigned_url.startswith(("https://", "file://"))
    assert upload.file_id is not None and upload.file_id.startswith("file_")


def test_download_files_then_wait(skyvern: Skyvern, site_url: str) -> None:
    started = skyvern.download_files(navigation_goal="Download the report", url=f"{site_url}/downloads")
    assert started.run_id.startswith("wr_")
    run = skyvern.wait_for_run(started.run_id, timeout=300)
    assert run.status == "completed", run.failure_reason
    assert run.downloaded_files
    assert all(f.url.startswith("file:///") for f in run.downloaded_files)


def test_cancel_a_running_download(skyvern: Skyvern, site_url: str) -> None:
    started = skyvern.download_files(
        navigation_goal="Download the report [[stub:delay=60]]", url=f"{site_url}/downloads"
    )
    skyvern.cancel_run(started.run_id)
    run = skyvern.wait_for_run(started.run_id, timeout=120)
    assert run.status == "canceled"
    assert run.run_type == "workflow_run"


def test_upload_with_a_retention_period_then_delete_the_file(skyvern: Skyvern) -> None:
    kept = skyvern.upload_file(file=io.BytesIO(b"name,price\nBeta Widget,5\n"))
    expiring = skyvern.upload_file(file=io.BytesIO(b"name,price\nGamma Widget,7\n"), retention_days=3)
    # a retention period gives the file a deletion date; without one it has none of its own
    assert kept.expires_at is None and expiring.expires_at is not None
    assert expiring.file_id is not None and kept.file_id is not None
    skyvern.delete_file(expiring.file_id)
    # deleted once, it is gone: a second delete is a 404
    with pytest.raises(NotFoundError):
        skyvern.delete_file(expiring.file_id)
    skyvern.delete_file(kept.file_id)
    with pytest.raises(NotFoundError):
        skyvern.delete_file("file_000000000000000000")
