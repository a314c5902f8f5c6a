"""Errors raised by staff identity services."""


class IdentityError(Exception):
    """Base class for sign-in and account errors."""


class SignInError(IdentityError):
    """Wrong e-mail or password (deliberately does not say which)."""


class ThrottledError(IdentityError):
    """Too many sign-in attempts for this account name; try again later."""


class TotpError(IdentityError):
    """The second-factor code was wrong, expired or already used."""


class AccountError(IdentityError):
    """An account operation was refused (duplicate e-mail, unknown role, ...)."""
