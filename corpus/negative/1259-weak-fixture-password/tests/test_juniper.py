import pytest


@pytest.fixture
def credentials():
    return {"username": "app_rw", "password": "admin123"}
