"""Uploads and downloads."""

from __future__ import annotations

import io

from skyvern_sync import Skyvern


def test_upload_file_gives_s3uri_and_presigned_url(skyvern: Skyvern) -> None:
    upload = skyvern.upload_file(file=io.BytesIO(b"name,price\nAlpha Widget,3\n"))
    # the reference's `s3uri`; the wire's `s3_uri` stays available too
    assert upload.s3uri == upload.s3_uri
    assert upload.s3uri
    assert upload.presigned_url


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
