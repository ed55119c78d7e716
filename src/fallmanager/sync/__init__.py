"""The laptop's side of office sync: the HTTPS transport with a pinned certificate, the
device token in the operating system's credential store, and push and pull against the
vault."""
