"""Every example of the SDK reference, ported to skyvern_sync by deleting `await` and `asyncio.run`.

Not run: type-checked. CI (`python -m tools.check_wheel`) installs the built wheel into a fresh environment
and runs `mypy --strict` on this file, as a user's program would be checked, with no cast and no
`# type: ignore`.
"""

from __future__ import annotations

import datetime

from skyvern_sync import Skyvern
from skyvern_sync.client import SkyvernEnvironment
from skyvern_sync.client.core import ApiError, RequestOptions
from skyvern_sync.client.errors import (
    BadRequestError,
    ConflictError,
    ForbiddenError,
    NotFoundError,
    UnprocessableEntityError,
)
from skyvern_sync.schemas.run_blocks import CredentialType
from skyvern_sync.schemas.runs import RunEngine
from skyvern_sync.types import GetRunResponse, TaskRunResponse, Workflow, WorkflowRunResponse


def main() -> None:
    client = Skyvern(api_key="YOUR_API_KEY")
    result = client.run_task(
        prompt="Get the title of the top post on Hacker News",
        url="https://news.ycombinator.com",
        wait_for_completion=True,
    )
    print(result.output)

    local = Skyvern.local()
    Skyvern(api_key="k", base_url="http://localhost:8000", environment=SkyvernEnvironment.LOCAL, timeout=30.0)
    print(local.base_url)

    task: TaskRunResponse = client.run_task(
        prompt="Extract the products",
        url="https://example.com",
        engine=RunEngine.skyvern_v2,
        max_steps=10,
        data_extraction_schema={"type": "object"},
        proxy_location="RESIDENTIAL",
        error_code_mapping={"NO_RESULTS": "nothing found"},
        extra_http_headers={"x-trace": "1"},
    )
    run_id: str = task.run_id
    output: dict[str, object] | list[object] | str | None = task.output
    print(run_id, output, task.failure_reason, task.downloaded_files, task.recording_url, task.screenshot_urls)
    print(task.app_url, task.step_count, task.created_at.isoformat(), task.finished_at)

    run: GetRunResponse = client.get_run(task.run_id)
    print(run.status, run.output, run.failure_reason)
    client.cancel_run(task.run_id)
    for entry in client.get_run_timeline(task.run_id):
        print(entry.type, entry.block, entry.thought, entry.children)
    for artifact in client.get_run_artifacts(task.run_id, artifact_type=["screenshot_action", "recording"]):
        print(client.get_artifact(artifact.artifact_id).uri)
    client.retry_run_webhook(task.run_id)

    workflow: Workflow = client.create_workflow(
        json_definition={
            "title": "Extract Products",
            "workflow_definition": {
                "parameters": [
                    {
                        "key": "target_url",
                        "parameter_type": "workflow",
                        "workflow_parameter_type": "string",
                        "description": "URL to scrape",
                    }
                ],
                "blocks": [
                    {
                        "block_type": "task",
                        "label": "extract",
                        "prompt": "Extract the top 3 products with name and price",
                        "url": "{{ target_url }}",
                    }
                ],
            },
        },
    )
    print(workflow.workflow_permanent_id, workflow.workflow_id, workflow.version, workflow.title)
    print(workflow.workflow_definition, workflow.status, workflow.created_at)
    workflows: list[Workflow] = client.get_workflows(page=1, page_size=10, status=["published"])
    print(len(workflows), client.get_workflow(workflow.workflow_permanent_id, version=1).title)
    print(client.get_workflow_versions(workflow.workflow_permanent_id))
    client.update_workflow(workflow.workflow_permanent_id, yaml_definition="title: x")
    client.delete_workflow(workflow.workflow_permanent_id)

    session = client.create_browser_session(timeout=60, extensions=["ad-blocker"], browser_type="chrome")
    print(session.browser_session_id, session.status, session.browser_address, session.app_url, session.timeout)
    print(session.started_at, session.created_at, client.get_browser_session(session.browser_session_id))
    client.run_task(
        prompt="Log in with username demo@example.com",
        url="https://app.example.com/login",
        browser_session_id=session.browser_session_id,
        wait_for_completion=True,
    )
    print([s.browser_session_id for s in client.get_browser_sessions()])
    client.close_browser_session(session.browser_session_id)

    flow: WorkflowRunResponse = client.run_workflow(
        workflow_id="wpid_login_flow",
        parameters={"username": "demo@example.com"},
        wait_for_completion=True,
    )
    print(flow.run_with, flow.ai_fallback, flow.script_run)
    profile = client.create_browser_profile(name="demo-account-login", workflow_run_id=flow.run_id)
    print(profile.browser_profile_id, profile.name, profile.description, profile.created_at)
    client.run_workflow(
        workflow_id="wpid_extract_invoices",
        browser_profile_id=profile.browser_profile_id,
        wait_for_completion=True,
    )
    print(client.list_browser_profiles(include_deleted=True), client.get_browser_profile(profile.browser_profile_id))
    client.delete_browser_profile(profile.browser_profile_id)

    credential = client.create_credential(
        name="site", credential_type="password", credential={"username": "u", "password": "p"}
    )
    print(client.get_credentials(page=1, page_size=10), client.get_credential(credential.credential_id))
    client.delete_credential(credential.credential_id)
    totp = client.send_totp_code(
        totp_identifier="alice@example.com",
        content="123456",
        expired_at=datetime.datetime.now(datetime.UTC),
    )
    print(totp.totp_code_id)

    login = client.login(credential_type=CredentialType.skyvern, credential_id="cred_1", url="https://x.example")
    print(login.run_id)
    download = client.download_files(navigation_goal="Download the invoice", download_suffix=".pdf")
    print(download.downloaded_files)
    with open("data.csv", "rb") as f:
        upload = client.upload_file(file=f)
        print(upload.s3uri)
        print(upload.presigned_url)

    try:
        client.get_run("tsk_nonexistent")
    except NotFoundError as e:
        print(e.status_code, e.body)
    except (BadRequestError, ForbiddenError, ConflictError, UnprocessableEntityError) as e:
        print(e.status_code, e.body)
    except ApiError as e:
        print(e.status_code, e.body)

    try:
        client.run_task(prompt="...", url="...", wait_for_completion=True, timeout=300)
    except TimeoutError:
        print("Task didn't complete in time")

    if result.status == "failed":
        print(result.failure_reason)
    elif result.status == "completed":
        print(result.output)

    client.run_task(
        prompt="...",
        url="...",
        request_options=RequestOptions(
            timeout_in_seconds=120,
            max_retries=3,
            additional_headers={"x-custom-header": "value"},
        ),
    )

    polled = client.run_task(prompt="...", url="...")
    while True:
        current = client.get_run(polled.run_id)
        if current.status in ("completed", "failed", "terminated", "timed_out", "canceled"):
            break
    print(current.output)


if __name__ == "__main__":
    main()
