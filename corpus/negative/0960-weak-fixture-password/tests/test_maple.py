import pytest


@pytest.fixture
def credentials():
    return {"username": "admin", "password": "test1234"}
