"""reviewbridge benchmarks: ``make bench`` (figures) and ``make soak`` (fault survival)."""
