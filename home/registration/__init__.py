"""Registering for an event on its page: seats, the waiting list, e-mails and cancellation."""
