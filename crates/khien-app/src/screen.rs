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
