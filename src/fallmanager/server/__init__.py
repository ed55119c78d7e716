"""The office sync server (``fallmanager-server``): users, teams, devices and the merged
copy of the family files that the laptops synchronise with."""
