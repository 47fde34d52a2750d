import pytest


@pytest.fixture
def credentials():
    return {"username": "tundra_svc", "password": "Welcome1!"}
