"""What the project keeps of Skyvern's results: each product name a completed run found, and that run."""

from __future__ import annotations

from datetime import datetime

from django.db import models

from skyvern_sync.django.models import Run


class Product(models.Model):
    """A product name, with the run that found it last (the package's `Run` row, linked in the admin)."""

    # Annotated because django-stubs is used without its mypy plugin (which would have to load these
    # settings in every mypy run of the repository): the annotation is what the plugin would infer.
    name: models.CharField[str, str] = models.CharField(max_length=200, unique=True)
    run: models.ForeignKey[Run, Run] = models.ForeignKey(Run, on_delete=models.CASCADE, related_name="products")
    found_at: models.DateTimeField[datetime, datetime] = models.DateTimeField(auto_now=True)

    def __str__(self) -> str:
        return self.name
