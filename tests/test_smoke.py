"""The start page is served and explains the confidentiality promise."""


def test_start_page_promises_confidentiality(client):
    response = client.get("/")
    assert response.status_code == 200
    page = response.get_data(as_text=True)
    assert "do not record your name, IP address" in page
    assert "Follow up with your receipt" in page
