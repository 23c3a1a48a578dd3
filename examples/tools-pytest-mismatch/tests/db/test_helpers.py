def test_db_helpers():
    assert True
