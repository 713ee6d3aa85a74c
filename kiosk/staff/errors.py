"""What staff accounts raise when a request cannot be done as asked."""


class StaffError(Exception):
    """A refused staff-account action, in plain words for IT or the staff screen.

    The message never holds a PIN, nor a name that could be a phone number:
    input is only echoed once it has passed the name check (R11).
    """
