import pytest


@pytest.fixture
def credentials():
    return {"username": "nimbus_svc", "password": "P@ssword1"}
