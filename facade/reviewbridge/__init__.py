"""reviewbridge: one typed SDK for four review APIs."""
