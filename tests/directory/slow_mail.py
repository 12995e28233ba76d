import time

from django.core.mail.backends.locmem import EmailBackend

DELAY_SECONDS = 0.5


class SlowBackend(EmailBackend):
    """A mail server that takes half a second per message, as a distant SMTP server may."""

    def send_messages(self, messages):
        time.sleep(DELAY_SECONDS * len(messages))
        return super().send_messages(messages)
