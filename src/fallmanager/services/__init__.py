"""Use cases, named after what the case manager does.

Every function takes the unit of work first and keyword arguments after it, runs in one
transaction, returns plain data (frozen domain records or read models) and raises typed
errors (:class:`~fallmanager.domain.errors.DomainError` and its kin).
"""
