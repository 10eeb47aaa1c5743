from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.credit_card_billing_address import CreditCardBillingAddress


T = TypeVar("T", bound="NonEmptyCreditCardCredential")


@_attrs_define
class NonEmptyCreditCardCredential:
    """Credit card credential model that requires non-empty values."""

    card_number: str
    """ The full credit card number (must not be empty) """
    card_cvv: str
    """ The card's CVV (must not be empty) """
    card_exp_month: str
    """ The card's expiration month (must not be empty) """
    card_exp_year: str
    """ The card's expiration year (must not be empty) """
    card_brand: str
    """ The card's brand (must not be empty) """
    card_holder_name: str
    """ The name of the card holder (must not be empty) """
    billing_address: CreditCardBillingAddress | None | Unset = UNSET
    """ Optional billing address associated with the card """
    billing_email: None | str | Unset = UNSET
    """ Optional billing email address """
    billing_phone: None | str | Unset = UNSET
    """ Optional billing phone number """
    metadata: Any | None | Unset = UNSET
    """ Optional additional credit card metadata fields """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.credit_card_billing_address import CreditCardBillingAddress

        card_number = self.card_number

        card_cvv = self.card_cvv

        card_exp_month = self.card_exp_month

        card_exp_year = self.card_exp_year

        card_brand = self.card_brand

        card_holder_name = self.card_holder_name

        billing_address: dict[str, Any] | None | Unset
        if isinstance(self.billing_address, Unset):
            billing_address = UNSET
        elif isinstance(self.billing_address, CreditCardBillingAddress):
            billing_address = self.billing_address.to_dict()
        else:
            billing_address = self.billing_address

        billing_email: None | str | Unset
        if isinstance(self.billing_email, Unset):
            billing_email = UNSET
        else:
            billing_email = self.billing_email

        billing_phone: None | str | Unset
        if isinstance(self.billing_phone, Unset):
            billing_phone = UNSET
        else:
            billing_phone = self.billing_phone

        metadata: Any | None | Unset
        if isinstance(self.metadata, Unset):
            metadata = UNSET
        else:
            metadata = self.metadata

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "card_number": card_number,
                "card_cvv": card_cvv,
                "card_exp_month": card_exp_month,
                "card_exp_year": card_exp_year,
                "card_brand": card_brand,
                "card_holder_name": card_holder_name,
            }
        )
        if billing_address is not UNSET:
            field_dict["billing_address"] = billing_address
        if billing_email is not UNSET:
            field_dict["billing_email"] = billing_email
        if billing_phone is not UNSET:
            field_dict["billing_phone"] = billing_phone
        if metadata is not UNSET:
            field_dict["metadata"] = metadata

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.credit_card_billing_address import CreditCardBillingAddress

        d = dict(src_dict)
        card_number = d.pop("card_number")

        card_cvv = d.pop("card_cvv")

        card_exp_month = d.pop("card_exp_month")

        card_exp_year = d.pop("card_exp_year")

        card_brand = d.pop("card_brand")

        card_holder_name = d.pop("card_holder_name")

        def _parse_billing_address(
            data: object,
        ) -> CreditCardBillingAddress | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                billing_address_type_0 = CreditCardBillingAddress.from_dict(data)

                return billing_address_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CreditCardBillingAddress | None | Unset, data)

        billing_address = _parse_billing_address(d.pop("billing_address", UNSET))

        def _parse_billing_email(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        billing_email = _parse_billing_email(d.pop("billing_email", UNSET))

        def _parse_billing_phone(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        billing_phone = _parse_billing_phone(d.pop("billing_phone", UNSET))

        def _parse_metadata(data: object) -> Any | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(Any | None | Unset, data)

        metadata = _parse_metadata(d.pop("metadata", UNSET))

        non_empty_credit_card_credential = cls(
            card_number=card_number,
            card_cvv=card_cvv,
            card_exp_month=card_exp_month,
            card_exp_year=card_exp_year,
            card_brand=card_brand,
            card_holder_name=card_holder_name,
            billing_address=billing_address,
            billing_email=billing_email,
            billing_phone=billing_phone,
            metadata=metadata,
        )

        non_empty_credit_card_credential.additional_properties = d
        return non_empty_credit_card_credential

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
