"""The project's own app: the products finished Skyvern runs found, kept by a signal receiver."""
