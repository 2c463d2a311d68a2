"""One adapter per provider: the only place that knows a provider's quirks."""
