"""Validation of TestFreaks create/update bodies: the documented fields, types and limits (422)."""

from __future__ import annotations

from typing import Any

from ._http import BadInput
from ._times import parse_date

MAX_EXTRACT = 60_000
MAX_POINT = 2_000


def _integer(value: Any) -> int | None:
    """JSON integers (also 4.0, as JSON Schema counts it); None for anything else."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    if isinstance(value, float) and value.is_integer():
        return int(value)
    return None


def _strings(review: dict[str, Any], name: str, parent: str = "review") -> None:
    value = review.get(name)
    if name in review and not isinstance(value, str):
        raise BadInput(f"{parent}.{name} must be a string", 422)


def _object(review: dict[str, Any], name: str, parent: str = "review") -> dict[str, Any]:
    value = review.get(name, {})
    if not isinstance(value, dict):
        raise BadInput(f"{parent}.{name} must be an object", 422)
    return value


def review_write(body: Any) -> dict[str, Any]:
    """The validated ``review`` object of a create/update body (422 for invalid data)."""
    if not isinstance(body, dict):
        raise BadInput("The request body must be a JSON object", 422)
    review = body.get("review")
    if not isinstance(review, dict):
        raise BadInput("review is required and must be an object", 422)
    review = dict(review)
    author = review.get("author")
    if not isinstance(author, str):
        raise BadInput("review.author is required and must be a string", 422)
    score = _integer(review.get("score"))
    if score is None:
        raise BadInput("review.score is required and must be an integer", 422)
    if not 1 <= score <= 5:
        raise BadInput("review.score must be between 1 and 5", 422)
    review["score"] = score
    _strings(review, "external_id")
    if "date" in review and not (isinstance(review["date"], str) and parse_date(review["date"]) is not None):
        raise BadInput("review.date must be a date (YYYY-MM-DD)", 422)
    if "extract" in review:
        if not isinstance(review["extract"], str):
            raise BadInput("review.extract must be a string", 422)
        if len(review["extract"]) > MAX_EXTRACT:
            raise BadInput(f"review.extract is limited to {MAX_EXTRACT} characters", 422)
    for name in ("pros", "cons"):
        if name in review:
            points = review[name]
            if not isinstance(points, list) or not all(isinstance(p, str) for p in points):
                raise BadInput(f"review.{name} must be a list of strings", 422)
            if any(len(p) > MAX_POINT for p in points):
                raise BadInput(f"review.{name} entries are limited to {MAX_POINT} characters", 422)
    order = _object(review, "order")
    _strings(order, "id", "review.order")
    for name, fields in (("customer", ("id", "name", "email")), ("item", ("id", "family_id"))):
        part = _object(order, name, "review.order")
        for field in fields:
            _strings(part, field, f"review.order.{name}")
    if "images" in review:
        images = review["images"]
        if not isinstance(images, list) or not all(isinstance(i, dict) for i in images):
            raise BadInput("review.images must be a list of objects", 422)
        for image in images:
            for field in ("token", "format"):
                _strings(image, field, "review.images[]")
            for field in ("width", "height"):
                if field in image:
                    number = _integer(image[field])
                    if number is None:
                        raise BadInput(f"review.images[].{field} must be an integer", 422)
                    image[field] = number
    _object(review, "custom_questions")
    if "accepted" in review and review["accepted"] is not None and not isinstance(review["accepted"], bool):
        raise BadInput("review.accepted must be true, false or null", 422)
    return review
