"""`path("skyvern/", include("skyvern_sync.django.urls"))`: `webhook/` and `totp/`, named in `skyvern_sync:`."""

from django.urls import path

from skyvern_sync.django import views

app_name = "skyvern_sync"
urlpatterns = [
    path("webhook/", views.webhook, name="webhook"),
    path("totp/", views.totp, name="totp"),
]
