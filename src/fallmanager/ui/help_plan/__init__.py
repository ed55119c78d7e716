"""The Hilfeplan tab of a family file: versions, needs, goals, requirements, reviews."""
