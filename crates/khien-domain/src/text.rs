//! Validated text: trimmed, NFC-independent length limits, e-mail addresses and country codes.

use crate::DomainError;

/// Non-empty text of bounded length, trimmed of surrounding whitespace, with no control
/// characters other than newline and tab.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Text(String);

impl Text {
    /// Parses `raw` for the field `field`, allowing at most `max` characters.
    pub fn parse(field: &'static str, raw: &str, max: usize) -> Result<Self, DomainError> {
        let s = raw.trim();
        if s.is_empty() {
            return Err(DomainError::Empty { field });
        }
        if s.chars().count() > max {
            return Err(DomainError::TooLong { field, max });
        }
        if s.chars().any(|c| c.is_control() && c != '\n' && c != '\t') {
            return Err(DomainError::Invalid {
                field,
                rule: "control characters are not allowed",
            });
        }
        Ok(Self(s.to_owned()))
    }

    /// Parses an optional field: `None` and blank text both mean absent.
    pub fn parse_opt(
        field: &'static str,
        raw: Option<&str>,
        max: usize,
    ) -> Result<Option<Self>, DomainError> {
        match raw {
            None => Ok(None),
            Some(s) if s.trim().is_empty() => Ok(None),
            Some(s) => Self::parse(field, s, max).map(Some),
        }
    }

    /// The text.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl std::fmt::Display for Text {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

/// An e-mail address, lower-cased. The check is deliberately simple (one `@`, a dot in the
/// domain, no spaces): the address is confirmed by use, not by a grammar.
#[derive(Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Email(String);

impl Email {
    /// Parses an e-mail address.
    pub fn parse(raw: &str) -> Result<Self, DomainError> {
        const FIELD: &str = "email";
        const RULE: &str = "expected an address like name@example.vn";
        let s = raw.trim().to_lowercase();
        if s.is_empty() {
            return Err(DomainError::Empty { field: FIELD });
        }
        if s.chars().count() > 254 {
            return Err(DomainError::TooLong {
                field: FIELD,
                max: 254,
            });
        }
        let Some((local, domain)) = s.split_once('@') else {
            return Err(DomainError::Invalid {
                field: FIELD,
                rule: RULE,
            });
        };
        let ok = !local.is_empty()
            && !domain.contains('@')
            && domain.contains('.')
            && !domain.starts_with('.')
            && !domain.ends_with('.')
            && !s.chars().any(|c| c.is_whitespace() || c.is_control());
        if !ok {
            return Err(DomainError::Invalid {
                field: FIELD,
                rule: RULE,
            });
        }
        Ok(Self(s))
    }

    /// The address.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// E-mail addresses are personal data: `Debug` does not print them.
impl std::fmt::Debug for Email {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Email(<redacted>)")
    }
}

/// An ISO 3166-1 alpha-2 country code, upper case (`VN`, `SG`, ...).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct CountryCode([u8; 2]);

impl CountryCode {
    /// Viet Nam.
    pub const VN: Self = Self(*b"VN");

    /// Parses a two-letter code, in either case.
    pub fn parse(field: &'static str, raw: &str) -> Result<Self, DomainError> {
        match raw.trim().as_bytes() {
            [a, b] if a.is_ascii_alphabetic() && b.is_ascii_alphabetic() => {
                Ok(Self([a.to_ascii_uppercase(), b.to_ascii_uppercase()]))
            }
            _ => Err(DomainError::Invalid {
                field,
                rule: "expected a two-letter ISO 3166-1 country code such as VN",
            }),
        }
    }

    /// The code.
    pub fn as_str(&self) -> &str {
        // Both bytes are ASCII letters by construction.
        std::str::from_utf8(&self.0).unwrap_or("VN")
    }
}

impl std::fmt::Display for CountryCode {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_is_trimmed_bounded_and_free_of_control_characters() {
        assert_eq!(
            Text::parse("name", "  Sở Y tế  ", 10).unwrap().as_str(),
            "Sở Y tế"
        );
        assert_eq!(
            Text::parse("name", " ", 10),
            Err(DomainError::Empty { field: "name" })
        );
        assert_eq!(
            Text::parse("name", "ắắắắắ", 4),
            Err(DomainError::TooLong {
                field: "name",
                max: 4
            })
        );
        assert!(Text::parse("name", "a\u{0}b", 10).is_err());
        assert_eq!(Text::parse_opt("x", Some("  "), 5).unwrap(), None);
    }

    #[test]
    fn emails_are_lower_cased_and_checked() {
        assert_eq!(
            Email::parse(" DPO@Example.VN ").unwrap().as_str(),
            "dpo@example.vn"
        );
        for bad in [
            "", "a", "a@b", "@b.vn", "a@@b.vn", "a b@c.vn", "a@.vn", "a@vn.",
        ] {
            assert!(Email::parse(bad).is_err(), "{bad:?} accepted");
        }
    }

    #[test]
    fn email_debug_hides_the_address() {
        let e = Email::parse("nguyen.van.a@example.vn").unwrap();
        assert!(!format!("{e:?}").contains("nguyen"));
    }

    #[test]
    fn country_codes() {
        assert_eq!(CountryCode::parse("c", "sg").unwrap().as_str(), "SG");
        assert!(CountryCode::parse("c", "VNM").is_err());
        assert!(CountryCode::parse("c", "V1").is_err());
    }
}
