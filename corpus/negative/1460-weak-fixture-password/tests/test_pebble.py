import pytest


@pytest.fixture
def credentials():
    return {"username": "svc_app", "password": "test1234"}
