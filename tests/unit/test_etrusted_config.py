"""eTrusted's client configuration: its token URL, like its API's, is never plain HTTP."""

from __future__ import annotations

import pytest
import reviewbridge as rb


def test_etrusted_token_url_must_not_be_plain_http() -> None:
    with pytest.raises(rb.ConfigurationError, match="unencrypted"):
        rb.ETrusted("id", "secret", token_url="http://login.example.com/oauth/token")
