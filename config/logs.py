"""Logging filters: keep the log useful when scanners knock."""

import logging

# Hosts already reported by this process; bounded so a scanner cannot grow it.
MAX_REMEMBERED_HOSTS = 1000


class DisallowedHostOnce(logging.Filter):
    """Report each disallowed Host header once, as a warning without traceback.

    Django logs every such request as an error with a traceback; they are
    scanners and misconfigured clients, not faults of ours.
    """

    def __init__(self):
        super().__init__()
        self.seen = set()

    def filter(self, record):
        host = record.getMessage()
        if host in self.seen:
            return False
        if len(self.seen) < MAX_REMEMBERED_HOSTS:
            self.seen.add(host)
        record.levelno, record.levelname = logging.WARNING, "WARNING"
        record.exc_info = record.exc_text = None
        return True
