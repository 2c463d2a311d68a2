"""``reviewbridge load`` and the dlt source behind ``reviewbridge.dlt`` (imports dlt: load it only when used)."""
