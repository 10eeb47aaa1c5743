"""The example Django project: settings, URLs and the WSGI entry point around skyvern_sync.django and `catalog`."""
