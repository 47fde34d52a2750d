import pytest


@pytest.fixture
def credentials():
    return {"username": "etl", "password": "Passw0rd!"}
