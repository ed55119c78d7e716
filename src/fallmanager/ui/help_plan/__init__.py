"""The Hilfeplan tab of a family file: versions, needs, goals, requirements, reviews."""

#: The change kind every help plan edit announces.
KINDS = ("help_plan",)
