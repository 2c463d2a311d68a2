"""The Trustpilot sandbox as the tests walk it."""

from tests.providers import Case

#: The sandbox's business unit of example.com (its example scope).
UNIT = "507f191e810c19729de860ea"

# Listed by creation time only: an incremental run finds an edit only on the pages it walks anyway.
CASE = Case(scope={"business_unit_id": UNIT}, page_size="per_page", sees_edits=False, narrowing=("--stars", "5"))
