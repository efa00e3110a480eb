//! The masked form of a field's value, for callers who need to recognise a value but not to
//! know it (Decree 165/2025 Art. 11; Law 91/2025: minimisation): the last four characters of
//! an identifier (`********6789` for a CCCD), the first letter and the domain of an e-mail
//! address, the initials of a name. Nothing else of the value is kept.

/// The masked form of `value`.
pub fn mask(value: &str) -> String {
    let value = value.trim();
    if let Some((local, domain)) = value.split_once('@')
        && !local.is_empty()
        && domain.contains('.')
        && !domain.contains(char::is_whitespace)
    {
        let first: String = local.chars().take(1).collect();
        return format!("{first}***@{domain}");
    }
    let has_digit = value.chars().any(|c| c.is_ascii_digit());
    if !has_digit && value.contains(' ') {
        // A name or a phrase: initials only.
        return value
            .split_whitespace()
            .map(|w| {
                let mut c = w.chars();
                let first: String = c.next().into_iter().collect();
                format!("{first}{}", "*".repeat(c.count()))
            })
            .collect::<Vec<_>>()
            .join(" ");
    }
    // An identifier: its last four letters or digits, when it has more than six.
    let n = value.chars().filter(|c| c.is_alphanumeric()).count();
    let keep = if n > 6 { 4 } else { 0 };
    let mut seen = 0;
    value
        .chars()
        .map(|c| {
            if !c.is_alphanumeric() {
                return c;
            }
            seen += 1;
            if seen + keep > n { c } else { '*' }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::mask;

    #[test]
    fn masks_keep_only_what_recognises_a_value() {
        for (value, masked) in [
            ("079123456789", "********6789"),
            ("0912 345 678", "**** **5 678"),
            ("nguyen.van.a@example.vn", "n***@example.vn"),
            ("Nguyễn Văn An", "N***** V** A*"),
            ("1234", "****"),
            ("", ""),
        ] {
            assert_eq!(mask(value), masked, "{value}");
        }
    }
}
