"""The `runs` app's URLs: your side (start and read runs, hand in a code) and Skyvern's (webhook, TOTP)."""

from django.urls import path

from runs import views

app_name = "runs"
urlpatterns = [
    path("runs/", views.start_run, name="start"),
    path("runs/<str:run_id>/", views.show_run, name="show"),
    path("runs/<str:run_id>/code/", views.hand_in_code, name="code"),
    path("webhooks/skyvern/", views.skyvern_webhook, name="webhook"),
    path("totp/", views.totp_callback, name="totp"),
]
