"""The records every layer shares: Article in, Event out, and their errors."""
