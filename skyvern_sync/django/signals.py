"""Signals: `run_status_changed` once per status change of a stored run, `totp_requested` per TOTP callback.

    from django.dispatch import receiver
    from skyvern_sync.django.signals import run_status_changed

    @receiver(run_status_changed)
    def on_run(sender, run, previous_status, **kwargs):
        if run.status == "completed":
            ...

`run_status_changed`: sender the `Run` model; `run` the stored row, `previous_status` (None for a new row).
A redelivery, or news of an earlier status, changes nothing and sends nothing. Sent after the row is saved.
`totp_requested`: sender the `Run` model; `request` (a `skyvern_sync.webhooks.TOTPRequest`) and `answered`
(whether a code was handed out). Never the code itself.
"""

from __future__ import annotations

from django.dispatch import Signal

run_status_changed = Signal()
totp_requested = Signal()
