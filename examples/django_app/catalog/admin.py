"""The catalog's admin page, beside the package's page of runs."""

from __future__ import annotations

from typing import TYPE_CHECKING

from django.contrib import admin

from catalog.models import Product

# ModelAdmin is generic only in django-stubs, not at run time
if TYPE_CHECKING:
    ProductAdminBase = admin.ModelAdmin[Product]
else:
    ProductAdminBase = admin.ModelAdmin


@admin.register(Product)
class ProductAdmin(ProductAdminBase):
    list_display = ("name", "run", "found_at")
    search_fields = ("name",)
