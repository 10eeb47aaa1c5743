"""The project's URLs: the admin, and the include the docs show."""

from django.contrib import admin
from django.urls import include, path

urlpatterns = [
    path("admin/", admin.site.urls),
    path("skyvern/", include("skyvern_sync.django.urls")),
]
