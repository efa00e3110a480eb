//! Khiên's domain: the registry (an organisation's books) as types, and the rules on them.
//!
//! This crate is the functional core. It does no I/O, never reads the clock and never draws
//! randomness: every instant and every random value is an argument. It knows nothing of HTTP,
//! JSON or SQL; the storage crates and the API crate convert to and from these types by hand.
//!
//! Values that come from outside (names, tax codes, e-mail addresses, enumerations) are parsed
//! into these types once, at the edge, with [`DomainError`] naming the field that was wrong.
//! Error messages never repeat the offending value: it may be personal data.

#![forbid(unsafe_code)]

mod asset;
mod breach;
mod case;
mod consent;
pub mod fold;
mod ids;
mod org;
mod processing;
mod profile;
mod register;
mod text;
mod url;
mod user;

pub use asset::{
    AssetKind, Classification, DataAsset, DataAssetDraft, ImportanceCriterion, ImportanceLevel,
    PersonalDataClass, Retention, RetentionUnit,
};
pub use breach::{
    BREACH_FILE_YEARS, BreachDataKind, BreachFacts, BreachNotice, Severity, mask_email,
};
pub use case::{Case, CaseEntry, CaseEntryKind};
pub use consent::{
    CHILD_OWN_CONSENT_FROM, CHILD_UNDER, Capacity, Consent, ConsentChannel, ConsentFacts,
    Representation, RequestKind, RequestStatus, age_on, check_consent,
};
pub use ids::{
    ActivityId, AssetId, CaseId, ConsentId, InvitationId, OrgId, RegisterEntryId, ScanId,
    SessionId, TokenId, UserId, time_ordered_uuid,
};
pub use org::{Designation, OrgKind, Organisation, OrganisationDraft, TaxCode, check_phone};
pub use processing::{
    LegalBasis, ProcessingActivity, ProcessingActivityDraft, Recipient, RecipientKind,
};
pub use profile::{OrgProfile, Sector, SizeClass, StoredProfile};
pub use register::{FieldValue, RegisterEntry};
pub use text::{CountryCode, Email, Text};
pub use url::redact_url;
pub use user::{Membership, Role, User};

/// Why a value from outside was refused. The message names the field and the rule, never the
/// value itself (it may be personal data).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum DomainError {
    /// A required field was empty or only whitespace.
    #[error("`{field}` must not be empty")]
    Empty {
        /// The field's name in the wire format.
        field: &'static str,
    },
    /// A field was longer than allowed.
    #[error("`{field}` is longer than {max} characters")]
    TooLong {
        /// The field's name in the wire format.
        field: &'static str,
        /// The limit, in characters.
        max: usize,
    },
    /// A field did not follow its format.
    #[error("`{field}` is not valid: {rule}")]
    Invalid {
        /// The field's name in the wire format.
        field: &'static str,
        /// The rule that was broken, in words.
        rule: &'static str,
    },
    /// A value is not one of the allowed codes.
    #[error("`{field}` must be one of: {allowed}")]
    NotOneOf {
        /// The field's name in the wire format.
        field: &'static str,
        /// The allowed codes, comma separated.
        allowed: &'static str,
    },
}

/// A closed set of codes with a stable text form, used for every enumeration that crosses a
/// boundary (database column, JSON field, CLI flag).
pub trait Code: Sized + Copy + 'static {
    /// Every value, in a stable order.
    const ALL: &'static [Self];
    /// The field name used in errors.
    const FIELD: &'static str;
    /// The allowed codes, for error messages.
    const ALLOWED: &'static str;
    /// The stable code.
    fn code(self) -> &'static str;
    /// The Vietnamese label shown to people.
    fn label_vi(self) -> &'static str;
    /// Parses a code.
    fn parse_code(s: &str) -> Result<Self, DomainError> {
        Self::ALL
            .iter()
            .copied()
            .find(|v| v.code() == s)
            .ok_or(DomainError::NotOneOf {
                field: Self::FIELD,
                allowed: Self::ALLOWED,
            })
    }
}

/// Declares a [`Code`] enum: variants with their code and Vietnamese label.
macro_rules! code_enum {
    (
        $(#[$meta:meta])*
        $name:ident, field = $field:literal, allowed = $allowed:literal {
            $( $(#[$vmeta:meta])* $variant:ident => ($code:literal, $label:literal) ),+ $(,)?
        }
    ) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
        pub enum $name {
            $( $(#[$vmeta])* $variant ),+
        }
        impl $crate::Code for $name {
            const ALL: &'static [Self] = &[$(Self::$variant),+];
            const FIELD: &'static str = $field;
            const ALLOWED: &'static str = $allowed;
            fn code(self) -> &'static str {
                match self { $(Self::$variant => $code),+ }
            }
            fn label_vi(self) -> &'static str {
                match self { $(Self::$variant => $label),+ }
            }
        }
        impl ::std::fmt::Display for $name {
            fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str($crate::Code::code(*self))
            }
        }
        impl ::std::str::FromStr for $name {
            type Err = $crate::DomainError;
            fn from_str(s: &str) -> Result<Self, Self::Err> {
                <Self as $crate::Code>::parse_code(s)
            }
        }
    };
}
pub(crate) use code_enum;

#[cfg(test)]
mod tests {
    use super::*;

    fn roundtrip<T: Code + PartialEq + std::fmt::Debug>() {
        for v in T::ALL {
            assert_eq!(T::parse_code(v.code()).unwrap(), *v);
            assert!(
                T::ALLOWED.contains(v.code()),
                "{} missing from ALLOWED",
                v.code()
            );
            assert!(!v.label_vi().is_empty());
        }
        assert!(T::parse_code("no-such-code").is_err());
    }

    #[test]
    fn every_code_enum_round_trips_and_lists_its_codes() {
        roundtrip::<OrgKind>();
        roundtrip::<Role>();
        roundtrip::<AssetKind>();
        roundtrip::<PersonalDataClass>();
        roundtrip::<ImportanceLevel>();
        roundtrip::<ImportanceCriterion>();
        roundtrip::<LegalBasis>();
        roundtrip::<RecipientKind>();
        roundtrip::<RetentionUnit>();
        roundtrip::<SizeClass>();
        roundtrip::<Sector>();
        roundtrip::<ConsentChannel>();
        roundtrip::<Representation>();
        roundtrip::<Capacity>();
        roundtrip::<RequestKind>();
        roundtrip::<RequestStatus>();
        roundtrip::<BreachDataKind>();
        roundtrip::<Severity>();
    }
}
