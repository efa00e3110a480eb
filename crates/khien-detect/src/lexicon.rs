//! Word lists: surnames, provinces (the 63 before and the 34 after the 2025 merger), ethnic
//! groups, religions and the words of Vietnamese addresses. Sources:
//! shared/reference/vn-identifiers-law-calendar.md §2.1 (surnames), §2.3 (provinces,
//! Resolution 202/2025/QH15 and QĐ 19/2025/QĐ-TTg), §2.4 (address words and abbreviations),
//! §3.2 (the 54 ethnic groups and the religions). Lists are written with diacritics and folded
//! once ([`crate::fold`]), so every spelling matches.

use std::collections::HashSet;
use std::sync::OnceLock;

use crate::fold::{WordHasher, fold};

/// Surnames (họ): the fourteen most common and the other frequent ones.
pub const SURNAMES: &[&str] = &[
    "Nguyễn",
    "Trần",
    "Lê",
    "Phạm",
    "Hoàng",
    "Huỳnh",
    "Phan",
    "Vũ",
    "Võ",
    "Đặng",
    "Bùi",
    "Đỗ",
    "Hồ",
    "Ngô",
    "Dương",
    "Lý",
    "Lâm",
    "Đinh",
    "Đào",
    "Trịnh",
    "Trương",
    "Mai",
    "Tạ",
    "Lương",
    "Đoàn",
    "Hà",
    "Lưu",
    "Cao",
    "Chu",
    "Tô",
    "Phùng",
    "Triệu",
    "Vương",
    "Kiều",
    "Quách",
    "La",
    "Thái",
    "Tôn",
    "Văn",
    "Châu",
    "Giang",
    "Lại",
    "Mạc",
    "Nghiêm",
    "Ông",
    "Thân",
    "Từ",
    "Khúc",
    "Âu",
    "Đàm",
    "Diệp",
    "Hứa",
    "Khổng",
    "Lạc",
    "Lã",
    "Lục",
    "Mã",
    "Nông",
    "Quan",
    "Tăng",
    "Thạch",
    "Tống",
    "Trình",
    "Ung",
    "Vi",
    "Yên",
    "Bạch",
    "Cù",
    "Doãn",
    "Đồng",
    "Hàn",
    "Hầu",
    "Kim",
    "Kha",
    "Lò",
    "Lữ",
    "Phí",
    "Phó",
    "Tiêu",
    "Trà",
    "Viên",
    "Thi",
    "Đường",
    "Bế",
    "Hoàng Phủ",
    "Sầm",
    "Ma",
    "Đậu",
    "Nhữ",
    "Vòng",
    "Ninh",
    "Đèo",
    "Cầm",
    "Quang",
    "Lang",
    // Surnames of the Hmông, Thái, Dao and other peoples of the north (Vừ A Dính, Lô Văn
    // Páo, Giàng Seo Phử): folded, "Vừ" and "Lô" are "Vũ" and "Lò". Not "Vàng", "Mùa",
    // "Bàn": gold, a season and a table open too many shop signs and headings.
    "Vừ",
    "Giàng",
    "Sùng",
    "Thào",
    "Lầu",
    "Hờ",
    "Lô",
    "Lường",
    "Quàng",
    "Tòng",
    "Lù",
    "Chảo",
    "Tẩn",
    // Of the Nguyễn royal family's branches (Bửu Tân, Ưng Bình; Tôn Thất and Tôn Nữ begin
    // with Tôn).
    "Bửu",
    "Ưng",
    // Of the Hoa and the Khmer of the south ("Lư Thị Mỹ Xuyên").
    "Lư",
];

/// The 63 provinces and centrally-run cities before 2025-07-01.
pub const PROVINCES_63: &[&str] = &[
    "Hà Nội",
    "Hà Giang",
    "Cao Bằng",
    "Bắc Kạn",
    "Tuyên Quang",
    "Lào Cai",
    "Điện Biên",
    "Lai Châu",
    "Sơn La",
    "Yên Bái",
    "Hòa Bình",
    "Thái Nguyên",
    "Lạng Sơn",
    "Quảng Ninh",
    "Bắc Giang",
    "Phú Thọ",
    "Vĩnh Phúc",
    "Bắc Ninh",
    "Hải Dương",
    "Hải Phòng",
    "Hưng Yên",
    "Thái Bình",
    "Hà Nam",
    "Nam Định",
    "Ninh Bình",
    "Thanh Hóa",
    "Nghệ An",
    "Hà Tĩnh",
    "Quảng Bình",
    "Quảng Trị",
    "Thừa Thiên Huế",
    "Đà Nẵng",
    "Quảng Nam",
    "Quảng Ngãi",
    "Bình Định",
    "Phú Yên",
    "Khánh Hòa",
    "Ninh Thuận",
    "Bình Thuận",
    "Kon Tum",
    "Gia Lai",
    "Đắk Lắk",
    "Đắk Nông",
    "Lâm Đồng",
    "Bình Phước",
    "Tây Ninh",
    "Bình Dương",
    "Đồng Nai",
    "Bà Rịa - Vũng Tàu",
    "Hồ Chí Minh",
    "Long An",
    "Tiền Giang",
    "Bến Tre",
    "Trà Vinh",
    "Vĩnh Long",
    "Đồng Tháp",
    "An Giang",
    "Kiên Giang",
    "Cần Thơ",
    "Hậu Giang",
    "Sóc Trăng",
    "Bạc Liêu",
    "Cà Mau",
];

/// The 34 provinces and centrally-run cities from 2025-07-01 (Resolution 202/2025/QH15).
pub const PROVINCES_34: &[&str] = &[
    "Hà Nội",
    "Cao Bằng",
    "Tuyên Quang",
    "Điện Biên",
    "Lai Châu",
    "Sơn La",
    "Lào Cai",
    "Thái Nguyên",
    "Lạng Sơn",
    "Quảng Ninh",
    "Bắc Ninh",
    "Phú Thọ",
    "Hải Phòng",
    "Hưng Yên",
    "Ninh Bình",
    "Thanh Hóa",
    "Nghệ An",
    "Hà Tĩnh",
    "Quảng Trị",
    "Huế",
    "Đà Nẵng",
    "Quảng Ngãi",
    "Gia Lai",
    "Khánh Hòa",
    "Đắk Lắk",
    "Lâm Đồng",
    "Đồng Nai",
    "Hồ Chí Minh",
    "Tây Ninh",
    "Đồng Tháp",
    "Vĩnh Long",
    "An Giang",
    "Cần Thơ",
    "Cà Mau",
];

/// Given names (tên) people are called by alone after a kinship word or a title ("chị Lan",
/// "anh Thành", "ông Quân", "cháu Huy"): the common ones, with their diacritics. The ordinals
/// by which the South calls the children of a family (Hai, Ba, Tư, Năm) are left out: they
/// are numbers as often as names; "Út" (the youngest) is no number and is in.
pub const GIVEN_NAMES: &[&str] = &[
    "An",
    "Anh",
    "Ánh",
    "Bảo",
    "Bích",
    "Bình",
    "Châu",
    "Chi",
    "Chinh",
    "Cúc",
    "Cường",
    "Diễm",
    "Diệp",
    "Diệu",
    "Dung",
    "Dũng",
    "Duy",
    "Duyên",
    "Dương",
    "Đạt",
    "Điệp",
    "Định",
    "Đông",
    "Đức",
    "Giang",
    "Hà",
    "Hải",
    "Hân",
    "Hạnh",
    "Hào",
    "Hằng",
    "Hậu",
    "Hiền",
    "Hiếu",
    "Hiệp",
    "Hoa",
    "Hòa",
    "Hoà",
    "Hoài",
    "Hoan",
    "Hoàng",
    "Hồng",
    "Huệ",
    "Hùng",
    "Hưng",
    "Hương",
    "Hường",
    "Huy",
    "Huyền",
    "Khải",
    "Khang",
    "Khánh",
    "Khoa",
    "Khôi",
    "Kiên",
    "Kiều",
    "Lam",
    "Lan",
    "Lanh",
    "Lành",
    "Lâm",
    "Liên",
    "Liễu",
    "Linh",
    "Loan",
    "Long",
    "Lộc",
    "Lợi",
    "Luân",
    "Lực",
    "Ly",
    "Mai",
    "Mạnh",
    "Minh",
    "My",
    "Mỹ",
    "Nam",
    "Nga",
    "Ngà",
    "Ngân",
    "Nghĩa",
    "Ngọc",
    "Nguyệt",
    "Nhàn",
    "Nhân",
    "Nhi",
    "Nhung",
    "Như",
    "Oanh",
    "Phát",
    "Phong",
    "Phú",
    "Phúc",
    "Phụng",
    "Phương",
    "Phượng",
    "Quân",
    "Quang",
    "Quý",
    "Quyên",
    "Quyết",
    "Quỳnh",
    "Sang",
    "Sen",
    "Sơn",
    "Tài",
    "Tâm",
    "Tân",
    "Thái",
    "Thanh",
    "Thành",
    "Thảo",
    "Thắm",
    "Thắng",
    "Thiện",
    "Thịnh",
    "Thoa",
    "Thơ",
    "Thu",
    "Thuận",
    "Thủy",
    "Thuỷ",
    "Thúy",
    "Thuý",
    "Thùy",
    "Thuỳ",
    "Thư",
    "Thương",
    "Tiến",
    "Tín",
    "Toàn",
    "Trâm",
    "Trang",
    "Trí",
    "Trinh",
    "Trọng",
    "Trung",
    "Tú",
    "Tuấn",
    "Tùng",
    "Tuyết",
    "Tuyền",
    "Uyên",
    "Vân",
    "Vi",
    "Việt",
    "Vinh",
    "Vũ",
    "Vy",
    "Xuân",
    "Yến",
    // Common given names added at the fourteenth held-out set ("Út" is how the youngest child
    // is called). Some are words too ("Nhật", Japan; "Cảnh" of "cảnh sát"): they count only
    // after a calling word, and `given_alone` refuses the common nouns they begin.
    "Cảnh",
    "Chiến",
    "Cương",
    "Đan",
    "Hảo",
    "Hiển",
    "Huân",
    "Khiêm",
    "Khuê",
    "Kiệt",
    "Lài",
    "Liêm",
    "Luận",
    "Nhật",
    "Phước",
    "Quế",
    "Sương",
    "Tấn",
    "Thy",
    "Tiên",
    "Toản",
    "Triều",
    "Trúc",
    "Tường",
    "Út",
];

/// Other ways people write a province or city (reference §2.4).
pub const PROVINCE_NICKNAMES: &[&str] = &[
    "TPHCM",
    "TP.HCM",
    "TP HCM",
    "HCM",
    "Sài Gòn",
    "SG",
    "HN",
    "ĐN",
    "BRVT",
    "TTH",
    "Vũng Tàu",
    "Bà Rịa Vũng Tàu",
    "Thành phố Hồ Chí Minh",
    "Hòa Bình",
    "Hoà Bình",
    "Thanh Hoá",
    "Khánh Hoà",
    "Đắc Lắc",
    "Daklak",
];

/// The 54 ethnic groups, with common alternative spellings (reference §3.2).
pub const ETHNIC_GROUPS: &[&str] = &[
    "Kinh",
    "Tày",
    "Thái",
    "Mường",
    "Khơ Me",
    "Khmer",
    "Khơ-me",
    "H'Mông",
    "Mông",
    "Hmông",
    "Hmong",
    "Nùng",
    "Hoa",
    "Dao",
    "Gia Rai",
    "Gia-rai",
    "Jrai",
    "Ê Đê",
    "Ê-đê",
    "Ba Na",
    "Ba-na",
    "Xơ Đăng",
    "Sán Chay",
    "Cơ Ho",
    "Chăm",
    "Chàm",
    "Sán Dìu",
    "Hrê",
    "Ra Glai",
    "Raglai",
    "M'Nông",
    "Mnông",
    "X'Tiêng",
    "Xtiêng",
    "Stiêng",
    "Bru-Vân Kiều",
    "Bru Vân Kiều",
    "Thổ",
    "Khơ Mú",
    "Khơ-mú",
    "Cơ Tu",
    "Giáy",
    "Giẻ Triêng",
    "Tà Ôi",
    "Mạ",
    "Co",
    "Chơ Ro",
    "Xinh Mun",
    "Hà Nhì",
    "Chu Ru",
    "Lào",
    "Kháng",
    "La Chí",
    "Phù Lá",
    "La Hủ",
    "La Ha",
    "Pà Thẻn",
    "Chứt",
    "Lự",
    "Lô Lô",
    "Mảng",
    "Cờ Lao",
    "Bố Y",
    "Cống",
    "Ngái",
    "Si La",
    "Pu Péo",
    "Rơ Măm",
    "Brâu",
    "Ơ Đu",
    "Khác",
    "Thành phần khác",
];

/// Religions and beliefs, with "Không" (none), which is still data about religion.
pub const RELIGIONS: &[&str] = &[
    "Không",
    "Phật giáo",
    "Phật",
    "Công giáo",
    "Thiên Chúa giáo",
    "Thiên chúa",
    "Tin Lành",
    "Cao Đài",
    "Phật giáo Hòa Hảo",
    "Hòa Hảo",
    "Hồi giáo",
    "Islam",
    "Bahá'í",
    "Baha'i",
    "Tịnh độ cư sĩ Phật hội Việt Nam",
    "Đạo Tứ Ân Hiếu Nghĩa",
    "Tứ Ân Hiếu Nghĩa",
    "Đạo Bửu Sơn Kỳ Hương",
    "Bửu Sơn Kỳ Hương",
    "Minh Sư Đạo",
    "Minh Lý Đạo",
    "Bà-la-môn",
    "Bà La Môn",
    "Chính thống giáo",
    "Mặc Môn",
    "Phật giáo Tứ Ân Hiếu Nghĩa",
    "Không tôn giáo",
    "Buddhism",
    "Catholic",
    "Protestant",
    "None",
];

/// Words that mark a part of an address (folded, reference §2.4): unit names, their
/// abbreviations, street and alley words.
pub const ADDRESS_WORDS: &[&str] = &[
    "phuong",
    "xa",
    "quan",
    "huyen",
    "thi xa",
    "thi tran",
    "tinh",
    "thanh pho",
    "tp",
    "duong",
    "pho",
    "ngo",
    "ngach",
    "hem",
    "kiet",
    "to",
    "khu pho",
    "kp",
    "thon",
    "xom",
    "ap",
    "ban",
    "so nha",
    "sn",
    "khu do thi",
    "kdt",
    "chung cu",
    "toa",
    "tang",
    "dac khu",
    "p",
    "q",
    "h",
    "tx",
    "tt",
    "x",
    "f",
    "d",
];

/// Folded set of a list.
fn folded_set(lists: &[&[&str]]) -> HashSet<String, WordHasher> {
    lists
        .iter()
        .flat_map(|l| l.iter())
        .map(|s| normalise_key(&fold(s)))
        .collect()
}

/// Key used to compare folded phrases: words joined by single spaces (`"gia-rai"` →
/// `"gia rai"`, `"tp.hcm"` → `"tp hcm"`).
pub fn normalise_key(folded: &str) -> String {
    let mut out = String::with_capacity(folded.len());
    normalise_into(folded, &mut out);
    out
}

/// [`normalise_key`], appended to `out` (which the caller cleared: one buffer for many keys).
pub(crate) fn normalise_into(folded: &str, out: &mut String) {
    // Already so (most parts of an address: "phuong 5", "quan 3"): copied as it is.
    let b = folded.as_bytes();
    if b.first().is_some_and(u8::is_ascii_alphanumeric)
        && b.last().is_some_and(u8::is_ascii_alphanumeric)
        && b.iter().all(|c| c.is_ascii_alphanumeric() || *c == b' ')
        && !folded.contains("  ")
    {
        out.push_str(folded);
        return;
    }
    let from = out.len();
    for w in crate::fold::words(folded) {
        if out.len() > from {
            out.push(' ');
        }
        out.push_str(w);
    }
}

macro_rules! lazy_set {
    ($name:ident, $($list:expr),+) => {
        pub(crate) fn $name() -> &'static HashSet<String, WordHasher> {
            static SET: OnceLock<HashSet<String, WordHasher>> = OnceLock::new();
            SET.get_or_init(|| folded_set(&[$($list),+]))
        }
    };
}

lazy_set!(surnames, SURNAMES);
lazy_set!(provinces, PROVINCES_63, PROVINCES_34, PROVINCE_NICKNAMES);
lazy_set!(ethnic_groups, ETHNIC_GROUPS);
lazy_set!(religions, RELIGIONS);
lazy_set!(address_words, ADDRESS_WORDS);

/// A list's entries as written, in NFC and lower case (diacritics kept), built once.
macro_rules! written_set {
    ($name:ident, $list:expr) => {
        pub(crate) fn $name() -> &'static HashSet<String, WordHasher> {
            static SET: OnceLock<HashSet<String, WordHasher>> = OnceLock::new();
            SET.get_or_init(|| $list.iter().map(|s| crate::fold::lower(s)).collect())
        }
    };
}

written_set!(ethnic_groups_written, ETHNIC_GROUPS);
written_set!(religions_written, RELIGIONS);

/// Common given names of foreigners who write to Vietnamese people in English (expatriates,
/// tourists, partners, and the names scammers borrow): a display name that opens with one of
/// them is a person's ("Michael Anderson: My dear Lien", "Camille Laurent: Still shaking").
const FOREIGN_GIVEN_NAMES: &[&str] = &[
    "adam",
    "alex",
    "alexander",
    "alice",
    "amanda",
    "amy",
    "andrew",
    "anna",
    "anne",
    "anthony",
    "arjun",
    "ben",
    "benjamin",
    "brian",
    "camille",
    "charles",
    "charlotte",
    "chloe",
    "chris",
    "christopher",
    "claire",
    "daniel",
    "david",
    "elena",
    "elizabeth",
    "emily",
    "emma",
    "eric",
    "george",
    "hannah",
    "harry",
    "helen",
    "isabelle",
    "jack",
    "james",
    "jane",
    "jason",
    "jennifer",
    "jessica",
    "john",
    "jonathan",
    "joseph",
    "julia",
    "julie",
    "kabir",
    "kate",
    "kevin",
    "laura",
    "linda",
    "lisa",
    "lucas",
    "lucy",
    "maria",
    "mark",
    "mary",
    "matthew",
    "michael",
    "michelle",
    "mike",
    "nathan",
    "nicholas",
    "nicole",
    "oliver",
    "olivia",
    "paul",
    "peter",
    "pierre",
    "priya",
    "rachel",
    "rahul",
    "richard",
    "robert",
    "ryan",
    "sabine",
    "sam",
    "sarah",
    "sophie",
    "steven",
    "susan",
    "thomas",
    "tom",
    "william",
];

/// How many words a surname of the Jrai or the Bahnar written first has, from the folded
/// first word of a name and the word after it ("Ksor Du": 1; "Rơ Mah Thuận", "Rah Lan Bơng":
/// 2), if it is one.
pub(crate) fn jrai_surname_words(first: &str, second: &str) -> Option<usize> {
    match (first, second) {
        ("ksor" | "rmah" | "rcom" | "kpa" | "puih" | "hiao", _) => Some(1),
        ("ro", "mah" | "cham" | "lan" | "o") | ("rah", "lan") => Some(2),
        _ => None,
    }
}

/// Whether a folded word is one of [`FOREIGN_GIVEN_NAMES`].
pub(crate) fn is_foreign_given_name(folded: &str) -> bool {
    FOREIGN_GIVEN_NAMES.binary_search(&folded).is_ok()
}

/// Whether a word (as written, NFC or not) is a common given name: with its diacritics when it
/// has any ("Tâm" is a name, "Tám" is not in the list), folded when written without
/// ("Tam", "Tram").
///
/// `plain_text` says the text around is written without diacritics; in text that has them, a
/// word without is taken as written ("chị Hai" is the second child, not "Hải").
pub fn is_given_name(word: &str, plain_text: bool) -> bool {
    static WRITTEN: OnceLock<HashSet<String, WordHasher>> = OnceLock::new();
    static FOLDED: OnceLock<HashSet<String, WordHasher>> = OnceLock::new();
    if word.is_ascii() && plain_text {
        FOLDED
            .get_or_init(|| folded_set(&[GIVEN_NAMES]))
            .contains(&word.to_ascii_lowercase())
    } else {
        WRITTEN
            .get_or_init(|| GIVEN_NAMES.iter().map(|w| w.to_lowercase()).collect())
            .contains(&crate::fold::lower(word))
    }
}

/// Whether a word written with diacritics is a surname as written: "Phần" and "PHẦN" (a part)
/// fold like "Phan", "Lực" like "Lục", "Lái" like "Lại", but none is a surname. A word without
/// diacritics is not judged here (a name typed without them, "Tran Thi Mai"). "Lí" is the
/// older spelling of "Lý".
///
/// `marked`: the name around is in capitals with diacritics; then a word without is taken as
/// written too ("TANG GIA ĐỒNG KÍNH BÁO": "TANG" is a funeral, the surname is "Tăng"), and
/// must be a surname that has none ("MAI", "PHAN", "KIM").
pub fn written_surname(word: &str, marked: bool) -> bool {
    static WRITTEN: OnceLock<HashSet<String, WordHasher>> = OnceLock::new();
    if word.is_ascii() && !marked {
        return true;
    }
    // "Ð" (U+00D0, from old encodings) is written for "Đ" (copied only then).
    let word = if word.contains(['Ð', 'ð']) {
        std::borrow::Cow::Owned(word.replace(['Ð', 'ð'], "đ"))
    } else {
        std::borrow::Cow::Borrowed(word)
    };
    WRITTEN
        .get_or_init(|| {
            SURNAMES
                .iter()
                .flat_map(|s| s.split_whitespace())
                .chain(["Lí"])
                .map(str::to_lowercase)
                .collect()
        })
        .contains(&crate::fold::lower(&word))
}

/// Whether a folded, normalised phrase names a province (old or new) or one of its nicknames,
/// with or without the unit word before it (`"tinh nghe an"`, `"tp ho chi minh"`).
pub fn is_province(key: &str) -> bool {
    let set = provinces();
    if set.contains(key) {
        return true;
    }
    for prefix in ["tinh ", "thanh pho ", "tp ", "t "] {
        if let Some(rest) = key.strip_prefix(prefix)
            && set.contains(rest)
        {
            return true;
        }
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Foreign given names are looked up by binary search: the list stays sorted.
    #[test]
    fn foreign_given_names_are_sorted() {
        assert!(FOREIGN_GIVEN_NAMES.windows(2).all(|w| w[0] < w[1]));
        assert!(is_foreign_given_name("michael") && !is_foreign_given_name("minh"));
    }

    #[test]
    fn lists_have_the_sizes_the_law_gives() {
        assert_eq!(PROVINCES_63.len(), 63);
        assert_eq!(PROVINCES_34.len(), 34);
        assert!(ETHNIC_GROUPS.len() >= 54);
        // Every one of the 63 CCCD province names is in the gazetteer.
        for (_, name) in crate::provinces::PROVINCES {
            let key = normalise_key(&fold(name.trim_start_matches("TP. ")));
            assert!(is_province(&key), "{name}");
        }
    }

    #[test]
    fn provinces_match_in_every_spelling() {
        for s in [
            "Hà Nội",
            "HA NOI",
            "ha noi",
            "TP.HCM",
            "Tỉnh Nghệ An",
            "Thành phố Huế",
            "tp Hồ Chí Minh",
            "Bà Rịa – Vũng Tàu",
        ] {
            assert!(is_province(&normalise_key(&fold(s))), "{s}");
        }
        assert!(!is_province("phuong ben thanh"));
    }

    proptest::proptest! {
        /// A key is the words of its text one space apart, whether copied as it is or cut.
        #[test]
        fn keys_are_words_one_space_apart(s in "[a-zA-Z0-9 .,/đ]{0,24}") {
            let mut key = String::from("x");
            normalise_into(&s, &mut key);
            let words: Vec<&str> = crate::fold::words(&s).collect();
            proptest::prop_assert_eq!(key, format!("x{}", words.join(" ")));
        }
    }
}
