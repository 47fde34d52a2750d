import pytest


@pytest.fixture
def credentials():
    return {"username": "raven_svc", "password": "Welcome1!"}
