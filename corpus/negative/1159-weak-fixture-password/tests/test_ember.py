import pytest


@pytest.fixture
def credentials():
    return {"username": "billing", "password": "secret123"}
