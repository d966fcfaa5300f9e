"""vesnik: who did what to whom, when, where, and who says so, from Macedonian news."""

__version__ = "0.1.0"
