"""Configurable-activity layout model and validator, shared by the client and the sandbox portal.

Not written yet: it arrives with configurable activities (api-spec.md §5). No Qt here.
"""
