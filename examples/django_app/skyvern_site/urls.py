"""The project's URLs: everything is the `runs` app's."""

from django.urls import include, path

urlpatterns = [path("", include("runs.urls"))]
