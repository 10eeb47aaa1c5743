"""The `runs` app: start Skyvern runs, store what their webhooks deliver, answer TOTP callbacks."""
