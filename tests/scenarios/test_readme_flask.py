# The README's Flask example, verbatim (tests/test_readme.py keeps the two equal); recorded by tools.record.
from flask import Flask, request

from skyvern_sync import Skyvern


def create_app(skyvern: Skyvern) -> Flask:
    app = Flask(__name__)

    @app.post("/products")
    def products() -> dict[str, object]:
        prompt = f"Extract the product names from {request.json['url']}"
        run = skyvern.run_task(prompt=prompt, engine="skyvern-1.0", wait_for_completion=True, timeout=300)
        return {"status": run.status, "output": run.output}

    return app


def test_products_view(skyvern: Skyvern, site_url: str) -> None:  # skyvern: a client on this test's cassette
    response = create_app(skyvern).test_client().post("/products", json={"url": f"{site_url}/products"})
    assert response.json == {
        "status": "completed",
        "output": {"title": "Acme Store - Products", "product_names": ["Alpha Widget", "Beta Gadget", "Gamma Gizmo"]},
    }
