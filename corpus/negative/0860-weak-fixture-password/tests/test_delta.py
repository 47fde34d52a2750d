import pytest


@pytest.fixture
def credentials():
    return {"username": "admin", "password": "password1"}
