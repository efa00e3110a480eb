//! Documents as offices write them (a decision, a CV, a complaint letter, a bank form, a
//! discharge summary), written by hand for these tests and unlike the corpus generator's
//! rows: sentences, forms of labels and values, tables with a header. Every piece of personal
//! data is marked `{detector|value}`; the marks are the truth the scanner is graded against.

#![allow(dead_code)]

/// A part of a document.
pub enum Part {
    /// A paragraph.
    P(&'static str),
    /// A table: the first row is its header (a form's header is "Nội dung | Thông tin").
    T(&'static [&'static [&'static str]]),
}

pub struct Doc {
    pub name: &'static str,
    pub parts: &'static [Part],
}

use Part::{P, T};

pub use crate::grading::MARKED;

mod held_out_10;
mod held_out_11;
mod held_out_12;
mod held_out_13;
mod held_out_14;
mod held_out_15;
mod held_out_16;
mod held_out_17;
mod held_out_18;
mod held_out_19;
mod held_out_2;
mod held_out_20;
mod held_out_21;
mod held_out_22;
mod held_out_23;
mod held_out_3;
mod held_out_4;
mod held_out_5;
mod held_out_6;
mod held_out_7;
mod held_out_8;
mod held_out_9;
pub use held_out_2::HELD_OUT_2;
pub use held_out_3::HELD_OUT_3;
pub use held_out_4::HELD_OUT_4;
pub use held_out_5::HELD_OUT_5;
pub use held_out_6::HELD_OUT_6;
pub use held_out_7::HELD_OUT_7;
pub use held_out_8::HELD_OUT_8;
pub use held_out_9::HELD_OUT_9;
pub use held_out_10::HELD_OUT_10;
pub use held_out_11::HELD_OUT_11;
pub use held_out_12::HELD_OUT_12;
pub use held_out_13::HELD_OUT_13;
pub use held_out_14::HELD_OUT_14;
pub use held_out_15::HELD_OUT_15;
pub use held_out_16::HELD_OUT_16;
pub use held_out_17::HELD_OUT_17;
pub use held_out_18::HELD_OUT_18;
pub use held_out_19::HELD_OUT_19;
pub use held_out_20::HELD_OUT_20;
pub use held_out_21::HELD_OUT_21;
pub use held_out_22::HELD_OUT_22;
pub use held_out_23::HELD_OUT_23;

pub const DOCS: &[Doc] = &[
    Doc {
        name: "quyet-dinh-khen-thuong",
        parts: &[
            P("ỦY BAN NHÂN DÂN PHƯỜNG HÀNG BÀI"),
            P(
                "QUYẾT ĐỊNH Về việc khen thưởng các cá nhân có thành tích xuất sắc trong phong trào toàn dân bảo vệ an ninh Tổ quốc năm 2025",
            ),
            P("CHỦ TỊCH ỦY BAN NHÂN DÂN PHƯỜNG HÀNG BÀI"),
            P(
                "Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022; Xét đề nghị của Trưởng Công an phường tại Tờ trình số 45/TTr-CAP ngày 02/12/2025.",
            ),
            P("Điều 1. Tặng Giấy khen cho các cá nhân có tên sau đây:"),
            T(&[
                &["STT", "Họ và tên", "Ngày sinh", "Số CCCD", "Nơi cư trú"],
                &[
                    "1",
                    "{person_name|Nguyễn Thị Thu Hà}",
                    "{date_of_birth|14/02/1987}",
                    "{vn.cccd|001187004512}",
                    "{vn.address|Số 12 ngõ 8 phố Tràng Thi, phường Hàng Bài, Hà Nội}",
                ],
                &[
                    "2",
                    "{person_name|Trần Quốc Việt}",
                    "{date_of_birth|03/09/1979}",
                    "{vn.cccd|001079013377}",
                    "{vn.address|Tổ 5, khu phố 2, phường Hàng Bài, Hà Nội}",
                ],
                &[
                    "3",
                    "{person_name|Đỗ Minh Khôi}",
                    "{date_of_birth|21/11/1992}",
                    "{vn.cccd|034092006781}",
                    "{vn.address|45 Lý Thường Kiệt, phường Hàng Bài, Hà Nội}",
                ],
            ]),
            P(
                "Điều 2. Chánh Văn phòng, Trưởng Công an phường và các cá nhân có tên tại Điều 1 chịu trách nhiệm thi hành Quyết định này.",
            ),
            P("Nơi nhận: Như Điều 2; Lưu: VT."),
            P("CHỦ TỊCH {person_name|Phạm Văn Đông}"),
        ],
    },
    Doc {
        name: "so-yeu-ly-lich",
        parts: &[
            P("SƠ YẾU LÝ LỊCH"),
            T(&[
                &["Nội dung", "Thông tin"],
                &["Họ và tên", "{person_name|Lê Hoàng Yến}"],
                &["Ngày sinh", "{date_of_birth|05/08/1996}"],
                &["Giới tính", "{gender|Nữ}"],
                &["Số CCCD", "{vn.cccd|079196008844}"],
                &["Điện thoại", "{vn.phone|0903 456 789}"],
                &["Email", "{email|hoangyen.le96@gmail.com}"],
                &[
                    "Địa chỉ thường trú",
                    "{vn.address|128/4 Nguyễn Đình Chiểu, phường Võ Thị Sáu, Quận 3, TP. Hồ Chí Minh}",
                ],
            ]),
            P("QUÁ TRÌNH HỌC TẬP VÀ CÔNG TÁC"),
            P(
                "2014 - 2018: Sinh viên Trường Đại học Kinh tế TP. Hồ Chí Minh, chuyên ngành Kế toán.",
            ),
            P(
                "2018 - 2023: Kế toán viên tại Công ty TNHH Thương mại Phú Thịnh, 25 Trần Hưng Đạo, Quận 1.",
            ),
            P("2023 đến nay: Kế toán tổng hợp tại Công ty Cổ phần Dược phẩm Bến Thành."),
            P(
                "Người tham chiếu: anh {person_name|Võ Thành Trung}, trưởng phòng kế toán, điện thoại {vn.phone|0918 222 345}.",
            ),
            P("Tôi xin cam đoan những lời khai trên là đúng sự thật."),
        ],
    },
    Doc {
        name: "don-khieu-nai",
        parts: &[
            P("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc"),
            P("ĐƠN KHIẾU NẠI"),
            P("Kính gửi: Chủ tịch Ủy ban nhân dân huyện Đông Anh"),
            P(
                "Tôi tên là {person_name|Nguyễn Văn Thắng}, sinh ngày {date_of_birth|17/06/1968}, CCCD số {vn.cccd|001068002233} cấp ngày 10/05/2021, hiện cư trú tại {vn.address|thôn Cổ Dương, xã Tiên Dương, huyện Đông Anh, thành phố Hà Nội}; số điện thoại liên hệ {vn.phone|0976 543 210}.",
            ),
            P(
                "Ngày 20/10/2025, Ủy ban nhân dân xã Tiên Dương ban hành Quyết định số 312/QĐ-UBND về việc thu hồi 120 m2 đất nông nghiệp của gia đình tôi để mở rộng đường liên xã.",
            ),
            P(
                "Tôi không đồng ý với mức bồi thường vì giá áp dụng thấp hơn giá thị trường. Gia đình tôi gồm vợ là bà {person_name|Lê Thị Hạnh} và hai con đang sinh sống trên thửa đất này.",
            ),
            P(
                "Đề nghị Chủ tịch Ủy ban nhân dân huyện xem xét, giải quyết. Mọi thông tin xin gửi về địa chỉ thư điện tử {email|thangnv1968@yahoo.com}.",
            ),
            P("Người khiếu nại {person_name|Nguyễn Văn Thắng}"),
        ],
    },
    Doc {
        name: "giay-de-nghi-mo-tai-khoan",
        parts: &[
            P("NGÂN HÀNG TMCP NGOẠI THƯƠNG VIỆT NAM - CHI NHÁNH THÀNH CÔNG"),
            P("GIẤY ĐỀ NGHỊ MỞ TÀI KHOẢN THANH TOÁN KIÊM ĐĂNG KÝ DỊCH VỤ NGÂN HÀNG ĐIỆN TỬ"),
            T(&[
                &["Nội dung", "Thông tin khách hàng"],
                &["Họ và tên", "{person_name|Bùi Thanh Tùng}"],
                &["Ngày sinh", "{date_of_birth|29/12/1990}"],
                &["Số hộ chiếu", "{vn.passport|C4521873}"],
                &["Mã số thuế cá nhân", "{vn.tax_code|8012345677}"],
                &["Điện thoại di động", "{vn.phone|0345 678 901}"],
                &[
                    "Địa chỉ liên hệ",
                    "{vn.address|Phòng 1203, tòa nhà HH2, 54 Nguyễn Chí Thanh, phường Láng, Hà Nội}",
                ],
            ]),
            P(
                "Đề nghị ngân hàng mở tài khoản thanh toán và chuyển tiền lương từ tài khoản số {vn.bank_account|0451000123456} mở tại Vietcombank chi nhánh Thành Công.",
            ),
            P(
                "Xe máy đăng ký chính chủ biển số {vn.licence_plate|29B1-456.78} dùng làm tài sản bảo đảm cho khoản vay tiêu dùng.",
            ),
            P("Cán bộ tiếp nhận: {person_name|Hoàng Thị Mai Anh} - Giao dịch viên."),
        ],
    },
    Doc {
        name: "giay-ra-vien",
        parts: &[
            P("BỆNH VIỆN ĐA KHOA TỈNH NGHỆ AN"),
            P("GIẤY RA VIỆN"),
            P(
                "Họ tên người bệnh: {person_name|Hồ Thị Lan}, tuổi 58, giới tính: {gender|Nữ}, dân tộc: {ethnicity|Kinh}.",
            ),
            P(
                "Mã số BHYT: {vn.health_insurance_card|HC4404012345678}. Địa chỉ: {vn.address|xóm 3, xã Nghi Phú, thành phố Vinh, tỉnh Nghệ An}.",
            ),
            P("Vào viện lúc 08 giờ 30 ngày 02/11/2025. Ra viện lúc 14 giờ ngày 09/11/2025."),
            P("{health|Chẩn đoán}: Viêm phổi cộng đồng mức độ trung bình; tăng huyết áp độ II."),
            P(
                "Phương pháp điều trị: kháng sinh đường tĩnh mạch 7 ngày, thở oxy, điều chỉnh huyết áp.",
            ),
            P(
                "Ghi chú: tái khám sau 2 tuần tại phòng khám Nội tổng hợp, mang theo giấy ra viện. Bác sĩ điều trị: {person_name|Trương Đức Minh}.",
            ),
        ],
    },
];

/// Documents written after the detectors were last changed, and never used to change them:
/// their score is the honest one (the five above were written first and the detectors were
/// fixed where they failed on them).
pub const HELD_OUT: &[Doc] = &[
    Doc {
        name: "hop-dong-thue-nha",
        parts: &[
            P("HỢP ĐỒNG THUÊ NHÀ Ở"),
            P("Hôm nay, ngày 03 tháng 11 năm 2025, tại Đà Nẵng, chúng tôi gồm:"),
            P(
                "BÊN CHO THUÊ (Bên A): Ông {person_name|Phan Thanh Hải}, sinh năm {date_of_birth|1972}, CCCD số {vn.cccd|048072001936} do Cục Cảnh sát QLHC về TTXH cấp ngày 12/08/2021; thường trú tại {vn.address|K12/5 Ông Ích Khiêm, phường Hải Châu, thành phố Đà Nẵng}; điện thoại: {vn.phone|0905 112 233}.",
            ),
            P(
                "BÊN THUÊ (Bên B): Bà {person_name|Đinh Thị Ngọc Ánh}, sinh ngày {date_of_birth|22/04/1995}, hộ chiếu số {vn.passport|B7714520}, email {email|ngocanh.dinh@outlook.com}.",
            ),
            P(
                "Giá thuê: 6.500.000 đồng/tháng, thanh toán vào ngày 05 hằng tháng qua tài khoản số {vn.bank_account|0041000377812} tại Ngân hàng Vietcombank chi nhánh Đà Nẵng, chủ tài khoản {person_name|Phan Thanh Hải}.",
            ),
            P(
                "Hợp đồng có hiệu lực 12 tháng kể từ ngày ký. Hai bên cam kết thực hiện đúng các điều khoản đã thỏa thuận.",
            ),
        ],
    },
    Doc {
        name: "bien-ban-vi-pham",
        parts: &[
            P("CÔNG AN PHƯỜNG TÂN ĐỊNH"),
            P("BIÊN BẢN VI PHẠM HÀNH CHÍNH về trật tự, an toàn giao thông đường bộ"),
            P(
                "Hồi 21 giờ 15 phút ngày 18/11/2025, tại ngã tư Hai Bà Trưng - Trần Quang Khải, Tổ công tác gồm Thượng úy {person_name|Lâm Quốc Bảo} và Trung úy {person_name|Tạ Minh Nhật} tiến hành lập biên bản đối với:",
            ),
            T(&[
                &["Nội dung", "Thông tin người vi phạm"],
                &["Họ và tên", "{person_name|Châu Văn Lực}"],
                &["Ngày sinh", "{date_of_birth|09/09/2001}"],
                &["Số định danh cá nhân", "{vn.cccd|079201014455}"],
                &[
                    "Nơi ở hiện tại",
                    "{vn.address|58 Trần Nhật Duật, phường Tân Định, Quận 1, TP. Hồ Chí Minh}",
                ],
                &["Giấy phép lái xe số", "{vn.driving_licence|790123456789}"],
            ]),
            P(
                "Phương tiện: xe mô tô biển số {vn.licence_plate|59X2-345.67}. Hành vi vi phạm: điều khiển xe chạy quá tốc độ quy định từ 10 km/h đến 20 km/h.",
            ),
            P("Biên bản được lập thành 02 bản, người vi phạm đã đọc lại và ký tên."),
        ],
    },
    Doc {
        name: "danh-sach-hoc-sinh",
        parts: &[
            P("TRƯỜNG THCS LÊ QUÝ ĐÔN"),
            P("DANH SÁCH HỌC SINH ĐĂNG KÝ BẢO HIỂM Y TẾ NĂM HỌC 2025-2026 - LỚP 8A2"),
            T(&[
                &[
                    "STT",
                    "Họ tên học sinh",
                    "Ngày sinh",
                    "Mã số BHXH",
                    "Họ tên phụ huynh",
                    "Điện thoại phụ huynh",
                ],
                &[
                    "1",
                    "{person_name|Nguyễn Gia Bảo}",
                    "{date_of_birth|15/03/2012}",
                    "{vn.social_insurance|7912345678}",
                    "{person_name|Nguyễn Văn Khánh}",
                    "{vn.phone|0938 765 432}",
                ],
                &[
                    "2",
                    "{person_name|Trương Ngọc Hân}",
                    "{date_of_birth|02/07/2012}",
                    "{vn.social_insurance|7912345690}",
                    "{person_name|Trương Thị Mỹ}",
                    "{vn.phone|0977 123 004}",
                ],
                &[
                    "3",
                    "{person_name|Lý Minh Khang}",
                    "{date_of_birth|28/12/2012}",
                    "{vn.social_insurance|7912345701}",
                    "{person_name|Lý Văn Hùng}",
                    "{vn.phone|0868 456 789}",
                ],
            ]),
            P("Giáo viên chủ nhiệm: cô {person_name|Vương Thị Thanh Thủy}."),
        ],
    },
    Doc {
        name: "thu-xin-viec",
        parts: &[
            P("Kính gửi: Phòng Nhân sự Công ty Cổ phần Công nghệ Sao Việt"),
            P(
                "Em là {person_name|Mai Đức Trọng}, tốt nghiệp loại giỏi ngành Công nghệ thông tin tại Học viện Công nghệ Bưu chính Viễn thông năm 2024. Qua trang tuyển dụng của Công ty, em được biết Quý Công ty đang tuyển vị trí lập trình viên.",
            ),
            P(
                "Em đã có một năm làm việc tại Công ty TNHH Phần mềm Hoàng Long với các dự án thương mại điện tử. Em xin gửi kèm sơ yếu lý lịch và bảng điểm.",
            ),
            P(
                "Mọi liên hệ xin gửi về: {email|trong.maiduc@gmail.com} hoặc số điện thoại {vn.phone|0327 889 900}. Địa chỉ: {vn.address|số 7 ngách 15 ngõ 68 Cầu Giấy, phường Quan Hoa, quận Cầu Giấy, Hà Nội}.",
            ),
            P("Em xin chân thành cảm ơn. Trân trọng, {person_name|Mai Đức Trọng}."),
        ],
    },
];

/// The text without marks, and the truth: (detector, value) in order.
pub fn unmark(s: &str) -> (String, Vec<(String, String)>) {
    let mut out = String::new();
    let mut truth = Vec::new();
    let mut rest = s;
    while let Some(i) = rest.find('{') {
        out.push_str(&rest[..i]);
        let after = &rest[i + 1..];
        let j = after.find('}').expect("closed mark");
        let (d, v) = after[..j].split_once('|').expect("detector|value");
        out.push_str(v);
        truth.push((d.to_owned(), v.to_owned()));
        rest = &after[j + 1..];
    }
    out.push_str(rest);
    (out, truth)
}

/// Plain text: paragraphs as lines, form rows as "label: value", table rows tab-separated
/// after their header.
pub fn plain(doc: &Doc) -> String {
    let mut out = String::new();
    for p in doc.parts {
        match p {
            P(s) => {
                out.push_str(&unmark(s).0);
                out.push('\n');
            }
            T(rows) => {
                let form = rows[0][0] == "Nội dung";
                for (k, r) in rows.iter().enumerate() {
                    if form && k == 0 {
                        continue;
                    }
                    let cells: Vec<String> = r.iter().map(|c| unmark(c).0).collect();
                    out.push_str(&cells.join(if form { ": " } else { "\t" }));
                    out.push('\n');
                }
            }
        }
    }
    out
}

/// The truth of a document: detector → occurrences.
pub fn truth(doc: &Doc) -> std::collections::BTreeMap<String, u64> {
    let mut m = std::collections::BTreeMap::new();
    for p in doc.parts {
        let texts: Vec<&str> = match p {
            P(s) => vec![s],
            T(rows) => rows.iter().flat_map(|r| r.iter().copied()).collect(),
        };
        for t in texts {
            for (d, _) in unmark(t).1 {
                *m.entry(d).or_insert(0) += 1;
            }
        }
    }
    m
}

fn esc(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

/// An HTML page as a web form exports it.
pub fn html(doc: &Doc) -> String {
    let mut out = String::from(
        "<!DOCTYPE html><html lang=\"vi\"><head><meta charset=\"utf-8\"><title>Hồ sơ</title><style>td{padding:4px}</style><script>var x = '0912345678';</script></head><body>\n",
    );
    for p in doc.parts {
        match p {
            P(s) => out.push_str(&format!("<p>{}</p>\n", esc(&unmark(s).0))),
            T(rows) => {
                out.push_str("<table border=\"1\">\n");
                for (k, r) in rows.iter().enumerate() {
                    let tag = if k == 0 { "th" } else { "td" };
                    out.push_str("<tr>");
                    for c in r.iter() {
                        out.push_str(&format!("<{tag}>{}</{tag}>", esc(&unmark(c).0)));
                    }
                    out.push_str("</tr>\n");
                }
                out.push_str("</table>\n");
            }
        }
    }
    out.push_str("</body></html>\n");
    out
}

fn rtf_escape(s: &str) -> String {
    let mut out = String::new();
    for c in s.chars() {
        match c {
            '\\' | '{' | '}' => {
                out.push('\\');
                out.push(c);
            }
            c if c.is_ascii() => out.push(c),
            c => {
                let mut buf = [0u16; 2];
                for u in c.encode_utf16(&mut buf) {
                    out.push_str(&format!("\\u{}?", *u as i16));
                }
            }
        }
    }
    out
}

/// An RTF document as WordPad writes it (Unicode escapes, tables of \cell and \row).
pub fn rtf(doc: &Doc) -> String {
    let mut out = String::from(
        "{\\rtf1\\ansi\\ansicpg1258\\deff0{\\fonttbl{\\f0\\fnil\\fcharset163 Times New Roman;}}{\\*\\generator Riched20 10.0.19041}\\viewkind4\\uc1\n",
    );
    for p in doc.parts {
        match p {
            P(s) => out.push_str(&format!(
                "\\pard\\f0\\fs26 {}\\par\n",
                rtf_escape(&unmark(s).0)
            )),
            T(rows) => {
                for r in rows.iter() {
                    out.push_str("\\trowd\\cellx2000\\cellx6000\\cellx8000\\cellx10000\\cellx12000\n\\pard\\intbl ");
                    for c in r.iter() {
                        out.push_str(&format!("{}\\cell ", rtf_escape(&unmark(c).0)));
                    }
                    out.push_str("\\row\n");
                }
                out.push_str("\\pard\n");
            }
        }
    }
    out.push('}');
    out
}

/// The blocks khien-forms renders to DOCX and PDF.
pub fn blocks(doc: &Doc) -> Vec<khien_doc::Block> {
    use khien_doc::{Block, Run};
    doc.parts
        .iter()
        .map(|p| match p {
            P(s) => Block::Paragraph(vec![Run::Value(unmark(s).0)]),
            T(rows) => Block::Table {
                headings: rows[0].iter().map(|c| unmark(c).0).collect(),
                rows: rows[1..]
                    .iter()
                    .map(|r| r.iter().map(|c| Run::Value(unmark(c).0)).collect())
                    .collect(),
            },
        })
        .collect()
}

fn xml_escape(s: &str) -> String {
    esc(s).replace('"', "&quot;")
}

/// An OpenDocument text, as LibreOffice stores one (content.xml with text:p and tables).
pub fn odt(doc: &Doc) -> Vec<u8> {
    use std::io::Write;
    let mut body = String::new();
    let mut n = 0;
    for p in doc.parts {
        match p {
            P(s) => body.push_str(&format!(
                "<text:p text:style-name=\"P1\">{}</text:p>",
                xml_escape(&unmark(s).0)
            )),
            T(rows) => {
                n += 1;
                body.push_str(&format!(
                    "<table:table table:name=\"Bảng{n}\"><table:table-column table:number-columns-repeated=\"{}\"/>",
                    rows[0].len()
                ));
                for r in rows.iter() {
                    body.push_str("<table:table-row>");
                    for c in r.iter() {
                        body.push_str(&format!(
                            "<table:table-cell office:value-type=\"string\"><text:p>{}</text:p></table:table-cell>",
                            xml_escape(&unmark(c).0)
                        ));
                    }
                    body.push_str("</table:table-row>");
                }
                body.push_str("</table:table>");
            }
        }
    }
    let content = format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?><office:document-content xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\" xmlns:table=\"urn:oasis:names:tc:opendocument:xmlns:table:1.0\" office:version=\"1.3\"><office:body><office:text>{body}</office:text></office:body></office:document-content>"
    );
    let mut z = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let stored =
        zip::write::SimpleFileOptions::default().compression_method(zip::CompressionMethod::Stored);
    let deflated = zip::write::SimpleFileOptions::default();
    z.start_file("mimetype", stored).unwrap();
    z.write_all(b"application/vnd.oasis.opendocument.text")
        .unwrap();
    z.start_file("content.xml", deflated).unwrap();
    z.write_all(content.as_bytes()).unwrap();
    z.finish().unwrap().into_inner()
}

/// An e-mail with the document as its text body (quoted-printable, as mail clients send
/// Vietnamese) and nothing attached.
pub fn eml(doc: &Doc) -> String {
    let body = plain(doc);
    let mut qp = String::new();
    for line in body.lines() {
        let mut cur = String::new();
        for b in line.bytes() {
            let piece = if b.is_ascii_alphanumeric() || b" .,:;/()-".contains(&b) {
                (b as char).to_string()
            } else {
                format!("={b:02X}")
            };
            if cur.len() + piece.len() > 72 {
                qp.push_str(&cur);
                qp.push_str("=\r\n");
                cur.clear();
            }
            cur.push_str(&piece);
        }
        qp.push_str(&cur);
        qp.push_str("\r\n");
    }
    format!(
        "From: =?UTF-8?B?VsSDbiB0aMawIA==?= <thu.nguyenvan@hangbai.hanoi.gov.vn>\r\nTo: hoso@example.vn\r\nSubject: =?UTF-8?Q?G=E1=BB=ADi_h=E1=BB=93_s=C6=A1?=\r\nMIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n{qp}"
    )
}
