"""The server itself (its version, its browser types) and an SDK action run at once."""

from __future__ import annotations

import pytest

from skyvern_sync import BadRequestError, NotFoundError, Skyvern, UnprocessableEntityError
from skyvern_sync.types import ClickAction, ExtractAction


def test_the_server_says_its_version_and_offers_no_browser_types(skyvern: Skyvern) -> None:
    assert skyvern.get_version() == {"version": "1.0.56"}
    # a self-hosted 1.0.56 server offers no browser engine to choose (Skyvern Cloud lists its own)
    assert skyvern.get_browser_types() == []


def test_run_sdk_action_without_a_browser_on_the_page_is_refused(skyvern: Skyvern, site_url: str) -> None:
    # the 1.0.56 server runs the action in a browser it does not navigate to `url`: it refuses a blank page
    with pytest.raises(BadRequestError, match="blank page"):
        skyvern.run_sdk_action(
            url=f"{site_url}/products",
            action=ExtractAction(prompt="the product names"),
            request_options={"timeout_in_seconds": 180},
        )


def test_run_sdk_action_in_a_browser_session_on_the_page(skyvern: Skyvern, site_url: str) -> None:
    # the server acts on the session's current page and never opens `url`: a run in the session puts it there
    session = skyvern.create_browser_session(timeout=15)
    sid = session.browser_session_id
    run = skyvern.run_task(
        prompt="Open the products page", url=f"{site_url}/products", engine="skyvern-1.0",
        browser_session_id=sid, wait_for_completion=True, timeout=300,
    )  # fmt: skip
    assert run.status == "completed", run.failure_reason

    # a click asks the language model for the element first; the stand-in finds none (it does not know the
    # single-click prompt), so the server clicks the given selector and answers with it
    clicked = skyvern.run_sdk_action(
        url=f"{site_url}/products",
        action=ClickAction(selector="h1", intention="the page title"),
        browser_session_id=sid,
    )
    assert clicked.workflow_run_id.startswith("wr_")
    assert clicked.result == "h1"

    # an extraction continues the click's run (workflow_run_id) and answers with the extracted data
    extracted = skyvern.run_sdk_action(
        url=f"{site_url}/products",
        action=ExtractAction(prompt="the product names"),
        browser_session_id=sid,
        workflow_run_id=clicked.workflow_run_id,
    )
    assert extracted.workflow_run_id == clicked.workflow_run_id
    assert extracted.result == {
        "title": "Acme Store - Products",
        "product_names": ["Alpha Widget", "Beta Gadget", "Gamma Gizmo"],
    }

    # with no selector to fall back on, a click the model finds no element for is refused with a 422
    with pytest.raises(UnprocessableEntityError, match="no fallback selector"):
        skyvern.run_sdk_action(
            url=f"{site_url}/products", action=ClickAction(intention="the page title"), browser_session_id=sid
        )
    skyvern.close_browser_session(sid)


def test_run_sdk_action_in_an_unknown_browser_session_or_run_is_not_found(skyvern: Skyvern, site_url: str) -> None:
    with pytest.raises(NotFoundError, match="does not exist or is not live"):
        skyvern.run_sdk_action(
            url=f"{site_url}/products", action=ClickAction(selector="h1"), browser_session_id="pbs_000000000000000000"
        )
    with pytest.raises(NotFoundError, match="Workflow run wr_000000000000000000 not found"):
        skyvern.run_sdk_action(
            url=f"{site_url}/products", action=ClickAction(selector="h1"), workflow_run_id="wr_000000000000000000"
        )
