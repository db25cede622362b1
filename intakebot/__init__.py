"""intakebot: the email intake bot for the CITES cheetah closed user group on WCO CENcomm."""

__version__ = "0.1.0"
