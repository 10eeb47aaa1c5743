"""The project's URLs: the admin, and skyvern_sync.django's webhook and TOTP endpoints under skyvern/."""

from django.contrib import admin
from django.urls import include, path

urlpatterns = [
    path("admin/", admin.site.urls),
    path("skyvern/", include("skyvern_sync.django.urls")),
]
