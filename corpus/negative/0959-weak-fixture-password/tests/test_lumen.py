import pytest


@pytest.fixture
def credentials():
    return {"username": "deploy", "password": "admin123"}
