"""The Thanx package the templates generate: its request builder as httpx sends it, the tolerances of its
fast models (unknown members, open enums, exact strings), and the headers its spec requires."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from tests.conftest import load_spec


def test_build_request_is_what_httpx_sends() -> None:
    from thanx_client.api.feedbacks import list_feedbacks
    from thanx_client.models import FeedbackStateFilter

    kwargs = list_feedbacks.build_request(merchant_id="m 1", states=[FeedbackStateFilter.RATED], page=2)
    assert kwargs["method"] == "GET"
    assert kwargs["url"] == "/partner/feedbacks"
    assert kwargs["params"]["merchant_id"] == "m 1"
    assert kwargs["params"]["page"] == 2
    request = httpx.Client(base_url="http://127.0.0.1").build_request(**kwargs)
    assert request.url.path == "/partner/feedbacks"
    assert request.headers["Accept-Version"] == "v4.0"


def test_models_keep_unknown_members_and_exact_strings() -> None:
    from thanx_client.models import Feedback, Purchase

    body: dict[str, Any] = {
        "id": "f-1",
        "rated_at": "2024-01-02T03:04:05.600Z",
        "purchase": {"id": "p-1", "surprise": [1, 2]},
        "brand_new": {"nested": True},
    }
    feedback = Feedback.from_dict(body)
    assert feedback.rated_at == "2024-01-02T03:04:05.600Z"
    assert feedback.additional_properties == {"brand_new": {"nested": True}}
    assert isinstance(feedback.purchase, Purchase)
    assert feedback.purchase["surprise"] == [1, 2]
    assert feedback.to_dict() == body


def test_unknown_members_dict_is_made_on_first_use() -> None:
    from thanx_client.models import Feedback

    feedback = Feedback.from_dict({"id": "f-1"})
    assert feedback.additional_properties == {}
    feedback["extra"] = 1
    assert feedback.to_dict() == {"id": "f-1", "extra": 1}
    assert Feedback.from_dict({"id": "f-1"}) == Feedback(id="f-1")
    with pytest.raises(AttributeError, match="no_such_member"):
        _ = feedback.no_such_member  # type: ignore[attr-defined]


def test_values_that_do_not_fit_are_kept_as_sent() -> None:
    from thanx_client.models import Feedback

    body = {"purchase": "not an object", "state": 7, "rating": "ten"}
    feedback = Feedback.from_dict(body)
    assert feedback.purchase == "not an object"
    assert feedback.state == 7
    assert feedback.to_dict() == body


def test_open_enums_keep_unknown_values_and_bound_what_they_remember() -> None:
    from thanx_client.models import Feedback, FeedbackState

    known = len(FeedbackState.__members__)
    states = [Feedback.from_dict({"state": f"brand-new-{n}"}).state for n in range(200)]
    assert [str(s) for s in states] == [f"brand-new-{n}" for n in range(200)]
    assert all(isinstance(s, FeedbackState) and not s.is_known for s in states)
    assert Feedback.from_dict({"state": "rated"}).state is FeedbackState.RATED
    assert len(FeedbackState._value2member_map_) <= known + 64
    assert Feedback.from_dict({"state": "brand-new-3"}).to_dict() == {"state": "brand-new-3"}


def test_thanx_requires_a_content_type_and_a_user_agent_on_every_call() -> None:
    # The docs' $AUTH_HEADERS: Content-Type: application/json and a User-Agent naming the application.
    headers = load_spec("thanx")["x-reviewbridge-headers"]
    assert headers["Content-Type"] == "application/json"
    assert headers["User-Agent"]
