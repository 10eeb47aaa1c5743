"""What a notebook shows for models and errors (`_repr_html_`): readable, escaped, and never a secret."""

from __future__ import annotations

from html.parser import HTMLParser
from typing import Any

import pytest
from skyvern_generated import models
from skyvern_generated.types import Model

from skyvern_sync import ApiConnectionError, NotFoundError, ResponseValidationError, RunWaitTimeout, Skyvern, _cards
from tests import _faults as f
from tests._faults import KEY
from tests._recorded import parse, recorded_answers, recorded_body, walk_models

# every tag and attribute a card may contain: anything else got through unescaped
TAGS = {"div", "b", "span", "table", "tr", "th", "td", "code", "pre", "a", "details", "summary"}
ATTRIBUTES = {"style", "class", "href", "target", "rel"}
HOSTILE = '<script>alert("x")</script><img src=x onerror=alert(1)>'


class Markup(HTMLParser):
    """The tags, attributes and links of a card, and its text with the entities decoded."""

    def __init__(self, html: str) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: set[str] = set()
        self.attributes: set[str] = set()
        self.links: list[str] = []
        self.text: list[str] = []
        self.feed(html)
        self.close()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.add(tag)
        self.attributes.update(name for name, _ in attrs)
        self.links += [value or "" for name, value in attrs if name == "href"]

    def handle_data(self, data: str) -> None:
        self.text.append(data)


def safe(html: str) -> Markup:
    markup = Markup(html)
    assert markup.tags <= TAGS, markup.tags - TAGS
    assert markup.attributes <= ATTRIBUTES, markup.attributes - ATTRIBUTES
    assert all(link.startswith(("http://", "https://")) for link in markup.links), markup.links
    return markup


def completed_run() -> models.TaskRunResponse:
    body = recorded_body("get_run", lambda run: run["status"] == "completed" and run["run_type"] == "task_v1")
    run = parse("get_run", 200, body)
    assert isinstance(run, models.TaskRunResponse)
    return run


def test_a_run_card_shows_status_output_failure_and_links() -> None:
    run = completed_run()
    run.output = {"product_names": ["Alpha Widget", "Beta Gadget"]}
    run.screenshot_urls = [f"https://cdn.example/shot{n}.png" for n in range(8)]
    run.app_url = "https://app.skyvern.com/runs/tsk_1"
    run.failure_reason = None
    html = run._repr_html_()
    markup = safe(html)
    text = "".join(markup.text)
    assert "TaskRunResponse" in text and "completed" in text and run.run_id in text
    assert "background:#1a7f37" in html  # completed is green
    assert '"Alpha Widget"' in text and "<pre" in html  # the output as indented JSON
    assert "https://app.skyvern.com/runs/tsk_1" in markup.links
    assert "https://cdn.example/shot0.png" in markup.links and "https://cdn.example/shot7.png" not in markup.links
    assert "and 3 more" in text
    # the local server's recording is a file:// URL: shown as its path (a link a browser would refuse)
    assert run.recording_url is not None and run.recording_url.startswith("file://")
    assert run.recording_url not in markup.links and run.recording_url[:60] in text
    assert "failure reason" not in text

    run.status = models.RunStatus.failed
    run.failure_reason = "the page never loaded"
    html = run._repr_html_()
    assert "background:#cf222e" in html and "the page never loaded" in "".join(safe(html).text)


def test_a_long_output_is_cut_in_the_card_not_in_the_model() -> None:
    run = completed_run()
    run.output = {"text": "y" * 50_000}
    html = run._repr_html_()
    assert len(html) < 20_000 and "more characters" in html
    assert len(run.output["text"]) == 50_000


def test_every_value_from_the_server_is_escaped() -> None:
    run = completed_run()
    run.failure_reason = HOSTILE
    run.output = {"</pre>" + HOSTILE: HOSTILE}
    run.app_url = "javascript:alert(document.cookie)"
    run.recording_url = 'https://x.example/"><script>alert(2)</script>'
    run.screenshot_urls = ["data:text/html,<script>alert(3)</script>"]
    run["<b onmouseover=alert(4)>"] = HOSTILE
    run.run_id = HOSTILE
    html = run._repr_html_()
    markup = safe(html)
    assert "<script" not in html and "<img" not in html
    assert set(markup.links) == {'https://x.example/"><script>alert(2)</script>'}  # an attribute, quoted and escaped
    text = "".join(markup.text)
    assert "javascript:alert(document.cookie)" in text and HOSTILE in text  # shown as text, readable
    workflow = models.Workflow.from_dict({**recorded_body("create_workflow"), "title": HOSTILE})
    assert "<script" not in workflow._repr_html_() and HOSTILE in "".join(safe(workflow._repr_html_()).text)


def test_secrets_are_masked_as_the_repr_masks_them() -> None:
    totp = models.TOTPCode.from_dict({**recorded_body("send_totp_code"), "code": "424242", "content": "code 424242"})
    credential = models.NonEmptyPasswordCredential(username="u", password="hunter2-secret", totp="JBSW-SECRET")
    request = models.CreateCredentialRequest(
        name="site", credential_type=models.StoredCredentialType.password, credential=credential
    )
    for model in (totp, credential, request):
        html = model._repr_html_()
        for secret in ("424242", "hunter2-secret", "JBSW-SECRET"):
            assert secret not in html, (type(model).__name__, secret)
    assert "<code>***</code>" in totp._repr_html_() and "<code>u</code>" in credential._repr_html_()
    assert "NonEmptyPasswordCredential" in request._repr_html_()  # nested: collapsed to its class
    extras = models.Artifact.from_dict({**recorded_body("get_artifact"), "api_token": "tok-123456", "note": "kept"})
    html = extras._repr_html_()
    assert "tok-123456" not in html and "api_token" in html and "kept" in html


def test_a_run_field_the_repr_hides_stays_hidden_in_the_run_summary() -> None:
    class SecretRun(Model):  # as the generator writes a model with a secret field
        __slots__ = ("output", "run_id", "status")
        _fields = ("run_id", "status", "output")
        _secrets = frozenset({"output"})

        def __init__(self, run_id: str, status: str, output: Any) -> None:
            self.run_id, self.status, self.output = run_id, status, output
            self.additional_properties = {}

    html = SecretRun(run_id="tsk_1", status="completed", output={"token": "s3cr3t-value"})._repr_html_()
    assert "s3cr3t-value" not in html and "s3cr3t-value" not in repr(SecretRun("r", "s", "s3cr3t-value"))
    assert html.count("<code>***</code>") == 2  # in the summary and in all fields


def test_a_model_card_is_a_table_with_nested_models_collapsed_and_none_fields_named() -> None:
    workflow = models.Workflow.from_dict(recorded_body("create_workflow"))
    markup = safe(workflow._repr_html_())
    text = "".join(markup.text)
    assert "table" in markup.tags and "workflow_permanent_id" in text and workflow.workflow_permanent_id in text
    assert "WorkflowDefinition" in text and "block_type" not in text  # collapsed, not dumped
    assert "None: " in text and "description" in text
    timeline = parse("get_run_timeline", 200, recorded_body("get_run_timeline", lambda body: len(body) > 0))
    entry_text = "".join(safe(timeline[0]._repr_html_()).text)
    assert "WorkflowRunTimeline" in entry_text and str(timeline[0].type) in entry_text


def test_every_recorded_answer_renders() -> None:
    rendered = 0
    for answer in recorded_answers():
        if not 200 <= answer.status < 300:
            continue
        for model in walk_models(parse(answer.operation, answer.status, answer.body)):
            safe(model._repr_html_())
            rendered += 1
    assert rendered > 500


def test_an_api_error_card_names_status_request_and_the_servers_words_never_the_key(
    server: f.FaultServer,
) -> None:
    server.script(f.status(404, {"detail": f"Task run not found: {KEY} {HOSTILE}"}, headers={"X-Echo": KEY}))
    with pytest.raises(NotFoundError) as info:
        Skyvern(KEY, base_url=server.url).get_run("tsk_nope", request_options={"max_retries": 0})
    html = info.value._repr_html_()
    text = "".join(safe(html).text)
    assert KEY not in html and "<script" not in html
    assert "NotFoundError" in text and "404" in text and "GET /v1/runs/tsk_nope" in text
    assert "Task run not found: ***" in text


def test_other_errors_render_their_own_details() -> None:
    invalid = ResponseValidationError(
        200, "{not json", {}, problem="the body is not JSON", method="POST", path="/v1/run/tasks", run_id="tsk_9"
    )
    text = "".join(safe(invalid._repr_html_()).text)
    assert "the body is not JSON" in text and "tsk_9" in text and "{not json" not in text
    dropped = ApiConnectionError("connection reset", method="GET", path="/v1/runs/x", may_have_reached_server=True)
    assert "it may have reached the server" in "".join(safe(dropped._repr_html_()).text)


def test_a_run_wait_timeout_says_how_to_wait_again() -> None:
    run = completed_run()
    run.status = models.RunStatus.running
    run.app_url = "https://app.skyvern.com/runs/tsk_1"
    html = RunWaitTimeout(run.run_id, 300, run)._repr_html_()
    markup = safe(html)
    text = "".join(markup.text)
    assert run.run_id in text and "running" in text and "300 s" in text
    assert f"client.wait_for_run('{run.run_id}', timeout=300)" in text
    assert "https://app.skyvern.com/runs/tsk_1" in markup.links
    several = RunWaitTimeout("tsk_a", 5, None, pending_run_ids=["tsk_a", "tsk_b"])._repr_html_()
    assert "client.wait_for_runs(['tsk_a', 'tsk_b'], timeout=5)" in "".join(safe(several).text)
    assert "no poll answered" in several


def test_rendering_imports_nothing() -> None:
    import subprocess
    import sys

    # a card is built from what the models' module already imported (no html, no json encoder of its own): the
    # cards' module is all a first card loads
    code = (
        "import sys; from skyvern_generated.models import TaskRunResponse; before = set(sys.modules);"
        "from skyvern_sync._cards import html_card; html_card('x', [('a', 1)]);"
        "print(sorted(set(sys.modules) - before))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "['skyvern_sync._cards']"


def test_a_file_url_shows_as_its_path_not_a_dead_link() -> None:
    markup = safe(_cards.link("file:///LOCAL/artifacts/recording.webm", "recording"))
    assert markup.links == []
    assert "file:///LOCAL/artifacts/recording.webm" in "".join(markup.text)
