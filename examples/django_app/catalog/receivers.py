"""What the project does with Skyvern's news: a completed run's products go into the catalog, and a run that
waits for a one-time code is logged for whoever hands codes in."""

from __future__ import annotations

import logging
from typing import Any

from django.dispatch import receiver

from catalog.models import Product
from skyvern_sync.django.models import Run
from skyvern_sync.django.signals import run_status_changed, totp_requested
from skyvern_sync.webhooks import TOTPRequest

logger = logging.getLogger(__name__)


@receiver(run_status_changed)
def catalog_products(sender: type[Run], run: Run, previous_status: str | None, **kwargs: Any) -> None:
    """Sent once per status change (never for a redelivery), after the run's row is saved."""
    names = run.output.get("product_names") if isinstance(run.output, dict) else None
    if run.status != "completed" or not isinstance(names, list):
        logger.info("run %s is %s", run.run_id, run.status)
        return
    for name in names:
        Product.objects.update_or_create(name=str(name), defaults={"run": run})
    logger.info("run %s completed: %d products", run.run_id, len(names))


@receiver(totp_requested)
def code_wanted(sender: type[Run], request: TOTPRequest, answered: bool, **kwargs: Any) -> None:
    """Sent for each TOTP callback; Skyvern asks again 10 s after one that got no code."""
    if not answered:
        logger.warning("run %s waits for a one-time code: hand it in with hand_in_code", request.run_id)
