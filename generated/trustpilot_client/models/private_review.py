from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypedDict, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PrivateReview")

# The members this model declares, by their JSON names; any other member is kept in additional_properties.
_DECLARED = frozenset(
    {
        "businessUnit",
        "businessUnitHistory",
        "companyReply",
        "complianceLabels",
        "consumer",
        "countsTowardsLocationTrustScore",
        "countsTowardsTrustScore",
        "createdAt",
        "experiencedAt",
        "findReviewer",
        "id",
        "invitation",
        "isVerified",
        "language",
        "links",
        "location",
        "numberOfLikes",
        "referenceId",
        "referralEmail",
        "reportData",
        "reviewVerificationLevel",
        "source",
        "stars",
        "status",
        "tags",
        "text",
        "title",
        "updatedAt",
    }
)


@_attrs_define
class PrivateReview:
    """A review of a business unit as the business sees it (private data included).

    Attributes:
        business_unit (None | ReviewBusinessUnit | Unset):
        business_unit_history (list[BusinessUnitHistoryEntry] | None | Unset): Business units the review belonged to
            before ([3P] schemas).
        company_reply (CompanyReply | None | Unset): The company's reply to the review; null when there is none.
        compliance_labels (list[None | str] | None | Unset): Compliance labels (the docs' example holds a null).
        consumer (Consumer | None | Unset):
        counts_towards_location_trust_score (bool | None | Unset): Whether the review counts towards the location's
            TrustScore ([3P] schemas).
        counts_towards_trust_score (bool | None | Unset): Whether the review counts towards the TrustScore ([3P]
            schemas).
        created_at (None | str | Unset): When the review was written.
        experienced_at (None | str | Unset): When the consumer's experience took place.
        find_reviewer (FindReviewer | None | Unset): The Find Reviewer state of the review ([3P] schemas).
        id (None | str | Unset): The review's id.
        invitation (Invitation | None | Unset): The invitation the review answered ([3P] schemas).
        is_verified (bool | None | Unset): Whether the review is verified.
        language (None | str | Unset): Language of the review (e.g. `da`).
        links (list[Link] | None | Unset):
        location (Location | None | Unset): The business location the review is about; null when none.
        number_of_likes (int | None | Unset): Number of likes.
        reference_id (None | str | Unset): The reference (order) id the invitation carried (private).
        referral_email (None | str | Unset): The consumer's e-mail the invitation went to (private).
        report_data (None | ReportData | Unset): Why and how the review was reported; null when nobody reported it.
        review_verification_level (None | str | Unset): How the review was verified ([3P] schemas).
        source (None | str | Unset): How the review was collected.
        stars (int | None | Unset): The rating, 1 to 5 stars.
        status (None | str | Unset): The review's state, e.g. `active`.
        tags (list[Tag] | None | Unset): The business's tags on the review.
        text (None | str | Unset): The review's text.
        title (None | str | Unset): The review's title.
        updated_at (None | str | Unset): When the review was last changed; null when it never was.
    """

    business_unit: None | ReviewBusinessUnit | Unset = UNSET
    business_unit_history: list[BusinessUnitHistoryEntry] | None | Unset = UNSET
    company_reply: CompanyReply | None | Unset = UNSET
    compliance_labels: list[None | str] | None | Unset = UNSET
    consumer: Consumer | None | Unset = UNSET
    counts_towards_location_trust_score: bool | None | Unset = UNSET
    counts_towards_trust_score: bool | None | Unset = UNSET
    created_at: None | str | Unset = UNSET
    experienced_at: None | str | Unset = UNSET
    find_reviewer: FindReviewer | None | Unset = UNSET
    id: None | str | Unset = UNSET
    invitation: Invitation | None | Unset = UNSET
    is_verified: bool | None | Unset = UNSET
    language: None | str | Unset = UNSET
    links: list[Link] | None | Unset = UNSET
    location: Location | None | Unset = UNSET
    number_of_likes: int | None | Unset = UNSET
    reference_id: None | str | Unset = UNSET
    referral_email: None | str | Unset = UNSET
    report_data: None | ReportData | Unset = UNSET
    review_verification_level: None | str | Unset = UNSET
    source: None | str | Unset = UNSET
    stars: int | None | Unset = UNSET
    status: None | str | Unset = UNSET
    tags: list[Tag] | None | Unset = UNSET
    text: None | str | Unset = UNSET
    title: None | str | Unset = UNSET
    updated_at: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        value = self.business_unit
        if value is not UNSET:
            field_dict["businessUnit"] = value.to_dict() if isinstance(value, ReviewBusinessUnit) else value
        value = self.business_unit_history
        if value is not UNSET:
            field_dict["businessUnitHistory"] = (
                (
                    [(item0.to_dict() if isinstance(item0, BusinessUnitHistoryEntry) else item0) for item0 in value]
                    if isinstance(value, list)
                    else value
                )
                if isinstance(value, list)
                else value
            )
        value = self.company_reply
        if value is not UNSET:
            field_dict["companyReply"] = value.to_dict() if isinstance(value, CompanyReply) else value
        value = self.compliance_labels
        if value is not UNSET:
            field_dict["complianceLabels"] = value
        value = self.consumer
        if value is not UNSET:
            field_dict["consumer"] = value.to_dict() if isinstance(value, Consumer) else value
        value = self.counts_towards_location_trust_score
        if value is not UNSET:
            field_dict["countsTowardsLocationTrustScore"] = value
        value = self.counts_towards_trust_score
        if value is not UNSET:
            field_dict["countsTowardsTrustScore"] = value
        value = self.created_at
        if value is not UNSET:
            field_dict["createdAt"] = value
        value = self.experienced_at
        if value is not UNSET:
            field_dict["experiencedAt"] = value
        value = self.find_reviewer
        if value is not UNSET:
            field_dict["findReviewer"] = value.to_dict() if isinstance(value, FindReviewer) else value
        value = self.id
        if value is not UNSET:
            field_dict["id"] = value
        value = self.invitation
        if value is not UNSET:
            field_dict["invitation"] = value.to_dict() if isinstance(value, Invitation) else value
        value = self.is_verified
        if value is not UNSET:
            field_dict["isVerified"] = value
        value = self.language
        if value is not UNSET:
            field_dict["language"] = value
        value = self.links
        if value is not UNSET:
            field_dict["links"] = (
                (
                    [(item0.to_dict() if isinstance(item0, Link) else item0) for item0 in value]
                    if isinstance(value, list)
                    else value
                )
                if isinstance(value, list)
                else value
            )
        value = self.location
        if value is not UNSET:
            field_dict["location"] = value.to_dict() if isinstance(value, Location) else value
        value = self.number_of_likes
        if value is not UNSET:
            field_dict["numberOfLikes"] = value
        value = self.reference_id
        if value is not UNSET:
            field_dict["referenceId"] = value
        value = self.referral_email
        if value is not UNSET:
            field_dict["referralEmail"] = value
        value = self.report_data
        if value is not UNSET:
            field_dict["reportData"] = value.to_dict() if isinstance(value, ReportData) else value
        value = self.review_verification_level
        if value is not UNSET:
            field_dict["reviewVerificationLevel"] = value
        value = self.source
        if value is not UNSET:
            field_dict["source"] = value
        value = self.stars
        if value is not UNSET:
            field_dict["stars"] = value
        value = self.status
        if value is not UNSET:
            field_dict["status"] = value
        value = self.tags
        if value is not UNSET:
            field_dict["tags"] = (
                (
                    [(item0.to_dict() if isinstance(item0, Tag) else item0) for item0 in value]
                    if isinstance(value, list)
                    else value
                )
                if isinstance(value, list)
                else value
            )
        value = self.text
        if value is not UNSET:
            field_dict["text"] = value
        value = self.title
        if value is not UNSET:
            field_dict["title"] = value
        value = self.updated_at
        if value is not UNSET:
            field_dict["updatedAt"] = value
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        obj = object.__new__(cls)
        value = src_dict.get("businessUnit", UNSET)
        if isinstance(value, dict):
            try:
                value = ReviewBusinessUnit.from_dict(value)
            except (TypeError, ValueError, AttributeError, KeyError):
                pass  # kept as sent, like upstream's cast fallback

        obj.business_unit = value
        value = src_dict.get("businessUnitHistory", UNSET)
        if isinstance(value, list):
            try:
                value = list(map(BusinessUnitHistoryEntry.from_dict, value))
            except (TypeError, ValueError, AttributeError, KeyError):
                pass  # kept as sent, like upstream's cast fallback

        obj.business_unit_history = value
        value = src_dict.get("companyReply", UNSET)
        if isinstance(value, dict):
            try:
                value = CompanyReply.from_dict(value)
            except (TypeError, ValueError, AttributeError, KeyError):
                pass  # kept as sent, like upstream's cast fallback

        obj.company_reply = value
        obj.compliance_labels = src_dict.get("complianceLabels", UNSET)
        value = src_dict.get("consumer", UNSET)
        if isinstance(value, dict):
            try:
                value = Consumer.from_dict(value)
            except (TypeError, ValueError, AttributeError, KeyError):
                pass  # kept as sent, like upstream's cast fallback

        obj.consumer = value
        obj.counts_towards_location_trust_score = src_dict.get("countsTowardsLocationTrustScore", UNSET)
        obj.counts_towards_trust_score = src_dict.get("countsTowardsTrustScore", UNSET)
        obj.created_at = src_dict.get("createdAt", UNSET)
        obj.experienced_at = src_dict.get("experiencedAt", UNSET)
        value = src_dict.get("findReviewer", UNSET)
        if isinstance(value, dict):
            try:
                value = FindReviewer.from_dict(value)
            except (TypeError, ValueError, AttributeError, KeyError):
                pass  # kept as sent, like upstream's cast fallback

        obj.find_reviewer = value
        obj.id = src_dict.get("id", UNSET)
        value = src_dict.get("invitation", UNSET)
        if isinstance(value, dict):
            try:
                value = Invitation.from_dict(value)
            except (TypeError, ValueError, AttributeError, KeyError):
                pass  # kept as sent, like upstream's cast fallback

        obj.invitation = value
        obj.is_verified = src_dict.get("isVerified", UNSET)
        obj.language = src_dict.get("language", UNSET)
        value = src_dict.get("links", UNSET)
        if isinstance(value, list):
            try:
                value = list(map(Link.from_dict, value))
            except (TypeError, ValueError, AttributeError, KeyError):
                pass  # kept as sent, like upstream's cast fallback

        obj.links = value
        value = src_dict.get("location", UNSET)
        if isinstance(value, dict):
            try:
                value = Location.from_dict(value)
            except (TypeError, ValueError, AttributeError, KeyError):
                pass  # kept as sent, like upstream's cast fallback

        obj.location = value
        obj.number_of_likes = src_dict.get("numberOfLikes", UNSET)
        obj.reference_id = src_dict.get("referenceId", UNSET)
        obj.referral_email = src_dict.get("referralEmail", UNSET)
        value = src_dict.get("reportData", UNSET)
        if isinstance(value, dict):
            try:
                value = ReportData.from_dict(value)
            except (TypeError, ValueError, AttributeError, KeyError):
                pass  # kept as sent, like upstream's cast fallback

        obj.report_data = value
        obj.review_verification_level = src_dict.get("reviewVerificationLevel", UNSET)
        obj.source = src_dict.get("source", UNSET)
        obj.stars = src_dict.get("stars", UNSET)
        obj.status = src_dict.get("status", UNSET)
        value = src_dict.get("tags", UNSET)
        if isinstance(value, list):
            try:
                value = list(map(Tag.from_dict, value))
            except (TypeError, ValueError, AttributeError, KeyError):
                pass  # kept as sent, like upstream's cast fallback

        obj.tags = value
        obj.text = src_dict.get("text", UNSET)
        obj.title = src_dict.get("title", UNSET)
        obj.updated_at = src_dict.get("updatedAt", UNSET)
        if not _DECLARED.issuperset(src_dict):
            obj.additional_properties = {k: v for k, v in src_dict.items() if k not in _DECLARED}
        return obj

    if not TYPE_CHECKING:  # hidden from type checkers, which would otherwise accept any attribute name

        def __getattr__(self, name: str) -> Any:
            # from_dict leaves additional_properties unset when there is no unknown member (most
            # records): the empty dict is made on first use instead of once per record.
            if name != "additional_properties":
                raise AttributeError(f"{type(self).__name__!r} object has no attribute {name!r}", name=name, obj=self)
            self.additional_properties = {}
            return self.additional_properties

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


# Imported here, once this class exists, so that models referring to each other can import.
from ..models.business_unit_history_entry import BusinessUnitHistoryEntry  # noqa: E402
from ..models.company_reply import CompanyReply  # noqa: E402
from ..models.consumer import Consumer  # noqa: E402
from ..models.find_reviewer import FindReviewer  # noqa: E402
from ..models.invitation import Invitation  # noqa: E402
from ..models.link import Link  # noqa: E402
from ..models.location import Location  # noqa: E402
from ..models.report_data import ReportData  # noqa: E402
from ..models.review_business_unit import ReviewBusinessUnit  # noqa: E402
from ..models.tag import Tag  # noqa: E402

# attrs compiled __init__ with the names this module had when the class was made; add those imported
# since, so that typing.get_type_hints resolves its annotations.
_init_names = PrivateReview.__init__.__globals__
_init_names.update({name: value for name, value in globals().items() if name not in _init_names})


# PrivateReview as JSON: each member it was generated with, by its JSON name (unknown ones may come too).
PrivateReviewJSON = TypedDict(
    "PrivateReviewJSON",
    {
        "businessUnit": "ReviewBusinessUnitJSON | None",
        "businessUnitHistory": "list[BusinessUnitHistoryEntryJSON] | None",
        "companyReply": "CompanyReplyJSON | None",
        "complianceLabels": "list[str | None] | None",
        "consumer": "ConsumerJSON | None",
        "countsTowardsLocationTrustScore": "bool | None",
        "countsTowardsTrustScore": "bool | None",
        "createdAt": "str | None",
        "experiencedAt": "str | None",
        "findReviewer": "FindReviewerJSON | None",
        "id": "str | None",
        "invitation": "InvitationJSON | None",
        "isVerified": "bool | None",
        "language": "str | None",
        "links": "list[LinkJSON] | None",
        "location": "LocationJSON | None",
        "numberOfLikes": "int | None",
        "referenceId": "str | None",
        "referralEmail": "str | None",
        "reportData": "ReportDataJSON | None",
        "reviewVerificationLevel": "str | None",
        "source": "str | None",
        "stars": "int | None",
        "status": "str | None",
        "tags": "list[TagJSON] | None",
        "text": "str | None",
        "title": "str | None",
        "updatedAt": "str | None",
    },
    total=False,
)


class PrivateReviewView:
    """Typed read access to the JSON of one PrivateReview, without building the model.

    Each member reads what the server sent under its JSON name (None when missing), unchecked: the
    types are the spec's. A member holding another model reads as that model's view.
    """

    __slots__ = ("_json",)

    def __init__(self, json: PrivateReviewJSON) -> None:
        self._json = json

    @property
    def business_unit(self) -> ReviewBusinessUnitView | None:
        value = self._json.get("businessUnit")
        return ReviewBusinessUnitView(value) if isinstance(value, dict) else None

    @property
    def business_unit_history(self) -> list[BusinessUnitHistoryEntryJSON] | None:
        return self._json.get("businessUnitHistory")

    @property
    def company_reply(self) -> CompanyReplyView | None:
        value = self._json.get("companyReply")
        return CompanyReplyView(value) if isinstance(value, dict) else None

    @property
    def compliance_labels(self) -> list[str | None] | None:
        return self._json.get("complianceLabels")

    @property
    def consumer(self) -> ConsumerView | None:
        value = self._json.get("consumer")
        return ConsumerView(value) if isinstance(value, dict) else None

    @property
    def counts_towards_location_trust_score(self) -> bool | None:
        return self._json.get("countsTowardsLocationTrustScore")

    @property
    def counts_towards_trust_score(self) -> bool | None:
        return self._json.get("countsTowardsTrustScore")

    @property
    def created_at(self) -> str | None:
        return self._json.get("createdAt")

    @property
    def experienced_at(self) -> str | None:
        return self._json.get("experiencedAt")

    @property
    def find_reviewer(self) -> FindReviewerView | None:
        value = self._json.get("findReviewer")
        return FindReviewerView(value) if isinstance(value, dict) else None

    @property
    def id(self) -> str | None:
        return self._json.get("id")

    @property
    def invitation(self) -> InvitationView | None:
        value = self._json.get("invitation")
        return InvitationView(value) if isinstance(value, dict) else None

    @property
    def is_verified(self) -> bool | None:
        return self._json.get("isVerified")

    @property
    def language(self) -> str | None:
        return self._json.get("language")

    @property
    def links(self) -> list[LinkJSON] | None:
        return self._json.get("links")

    @property
    def location(self) -> LocationView | None:
        value = self._json.get("location")
        return LocationView(value) if isinstance(value, dict) else None

    @property
    def number_of_likes(self) -> int | None:
        return self._json.get("numberOfLikes")

    @property
    def reference_id(self) -> str | None:
        return self._json.get("referenceId")

    @property
    def referral_email(self) -> str | None:
        return self._json.get("referralEmail")

    @property
    def report_data(self) -> ReportDataView | None:
        value = self._json.get("reportData")
        return ReportDataView(value) if isinstance(value, dict) else None

    @property
    def review_verification_level(self) -> str | None:
        return self._json.get("reviewVerificationLevel")

    @property
    def source(self) -> str | None:
        return self._json.get("source")

    @property
    def stars(self) -> int | None:
        return self._json.get("stars")

    @property
    def status(self) -> str | None:
        return self._json.get("status")

    @property
    def tags(self) -> list[TagJSON] | None:
        return self._json.get("tags")

    @property
    def text(self) -> str | None:
        return self._json.get("text")

    @property
    def title(self) -> str | None:
        return self._json.get("title")

    @property
    def updated_at(self) -> str | None:
        return self._json.get("updatedAt")


from ..models.business_unit_history_entry import BusinessUnitHistoryEntryJSON  # noqa: E402
from ..models.company_reply import CompanyReplyJSON, CompanyReplyView  # noqa: E402
from ..models.consumer import ConsumerJSON, ConsumerView  # noqa: E402
from ..models.find_reviewer import FindReviewerJSON, FindReviewerView  # noqa: E402
from ..models.invitation import InvitationJSON, InvitationView  # noqa: E402
from ..models.link import LinkJSON  # noqa: E402
from ..models.location import LocationJSON, LocationView  # noqa: E402
from ..models.report_data import ReportDataJSON, ReportDataView  # noqa: E402
from ..models.review_business_unit import ReviewBusinessUnitJSON, ReviewBusinessUnitView  # noqa: E402
from ..models.tag import TagJSON  # noqa: E402
