def test_api_helpers():
    assert True
