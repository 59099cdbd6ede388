"""The analyst's view: the HTTP API and the page."""
