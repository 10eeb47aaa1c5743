"""The example Django project: settings, URLs and the WSGI entry point around the `runs` app."""
