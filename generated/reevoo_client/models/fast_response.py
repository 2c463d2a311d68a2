from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.fast_response_organisation import FastResponseOrganisation
    from ..models.fast_response_respondent import FastResponseRespondent


T = TypeVar("T", bound="FastResponse")


@_attrs_define
class FastResponse:
    """A reply the retailer posted to the review.

    Attributes:
        organisation (FastResponseOrganisation | None | Unset):
        respondent (FastResponseRespondent | None | Unset):
        response (None | str | Unset): Text of the reply.
    """

    organisation: FastResponseOrganisation | None | Unset = UNSET
    respondent: FastResponseRespondent | None | Unset = UNSET
    response: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.fast_response_organisation import FastResponseOrganisation  # noqa: PLC0415
        from ..models.fast_response_respondent import FastResponseRespondent  # noqa: PLC0415

        organisation: dict[str, Any] | None | Unset
        if isinstance(self.organisation, Unset):
            organisation = UNSET
        elif isinstance(self.organisation, FastResponseOrganisation):
            organisation = self.organisation.to_dict()
        else:
            organisation = self.organisation

        respondent: dict[str, Any] | None | Unset
        if isinstance(self.respondent, Unset):
            respondent = UNSET
        elif isinstance(self.respondent, FastResponseRespondent):
            respondent = self.respondent.to_dict()
        else:
            respondent = self.respondent

        response: None | str | Unset
        if isinstance(self.response, Unset):
            response = UNSET
        else:
            response = self.response

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if organisation is not UNSET:
            field_dict["organisation"] = organisation
        if respondent is not UNSET:
            field_dict["respondent"] = respondent
        if response is not UNSET:
            field_dict["response"] = response

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.fast_response_organisation import FastResponseOrganisation  # noqa: PLC0415
        from ..models.fast_response_respondent import FastResponseRespondent  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_organisation(data: object) -> FastResponseOrganisation | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                organisation_type_0 = FastResponseOrganisation.from_dict(data)

                return organisation_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(FastResponseOrganisation | None | Unset, data)

        organisation = _parse_organisation(d.pop("organisation", UNSET))

        def _parse_respondent(data: object) -> FastResponseRespondent | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                respondent_type_0 = FastResponseRespondent.from_dict(data)

                return respondent_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(FastResponseRespondent | None | Unset, data)

        respondent = _parse_respondent(d.pop("respondent", UNSET))

        def _parse_response(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        response = _parse_response(d.pop("response", UNSET))

        fast_response = cls(
            organisation=organisation,
            respondent=respondent,
            response=response,
        )

        fast_response.additional_properties = d
        return fast_response

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
