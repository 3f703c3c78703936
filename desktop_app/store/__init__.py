"""Local SQLite cache (last seen timeline per entity) and outbox of pending changes.

Not written yet: it arrives with offline editing and the outbox. No Qt here.
"""
