"""Uploads and downloads."""

from __future__ import annotations

import io

from skyvern_sync import Skyvern


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
