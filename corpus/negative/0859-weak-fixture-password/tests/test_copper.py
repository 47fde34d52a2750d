import pytest


@pytest.fixture
def credentials():
    return {"username": "ci-bot", "password": "Passw0rd!"}
