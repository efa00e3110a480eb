//! The screen that keeps personal data out of the processing log's free-text fields.

/// The id of the first detector that finds personal data with confidence 0.8 or more in a
/// text (`khien_detect`'s free-text scanner), for [`khien_log::event::EventInput`].
pub fn screen(current_year: i32) -> impl Fn(&str) -> Option<String> {
    move |text: &str| {
        let mut hits = Vec::new();
        khien_detect::scan_text(text, current_year, &mut hits);
        hits.iter()
            .find(|h| h.hit.confidence >= 0.8)
            .map(|h| h.hit.detector.id().to_owned())
    }
}

impl crate::App {
    /// Free text that may be kept, signed or shown: trimmed, `required` or not, at most `max`
    /// characters (`rule` says so when it is broken), with no personal data in it.
    pub(crate) fn screened_text(
        &self,
        field: &'static str,
        text: &str,
        max: usize,
        required: bool,
        rule: &'static str,
    ) -> Result<String, crate::AppError> {
        let t = text.trim();
        if (required && t.is_empty()) || t.chars().count() > max {
            return Err(crate::AppError::invalid(field, rule));
        }
        if let Some(detector) = screen(self.now().year())(t) {
            tracing::info!(detector, field, "free text with personal data refused");
            return Err(crate::AppError::invalid(
                field,
                "must not contain personal data (an identifier, a name, an address...)",
            ));
        }
        Ok(t.to_owned())
    }
}
