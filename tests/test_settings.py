"""The settings module and .env.example agree: every variable read is listed."""

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
READ = re.compile(r'env\.(?:str|bool|int|list|db)\(\s*"([A-Z_]+)"')
LISTED = re.compile(r"^#?\s*([A-Z_]+)=", re.MULTILINE)


def test_env_example_lists_every_variable_the_settings_read():
    read = set(READ.findall((ROOT / "config" / "settings.py").read_text()))
    listed = set(LISTED.findall((ROOT / ".env.example").read_text()))

    assert len(read) > 15  # the pattern still finds the settings' reads
    assert read - listed == set()
