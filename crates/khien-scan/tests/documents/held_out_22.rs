//! A twenty-second set of held-out documents, written by hand by someone who had not read the
//! detectors: graded, not tuned on. Mostly free text, with people introduced once by their full
//! name and then by their given name with or without a calling word, relatives inside sentences,
//! dates of birth next to marriage, filing, leak, meeting, scholarship, exam, interview, offer,
//! withdrawal, hospital, deposit, land-certificate and pick-up dates, and identifiers and addresses
//! inside sentences; the parties to the leak, the scholarship list, the candidates and the pick-up
//! book are tables, and the court record, the CV and the pick-up authorisation a form each. The
//! kinds differ from the earlier sets' (a Huế court's record of a successful conciliation in a
//! divorce, with custody of two children, child support and the split of a house and two vehicles,
//! and the parents' SMS about weekend pick-ups typed without diacritics, a Hồ Chí Minh City
//! condominium board's minutes on a water leak from a flat let to a Korean tenant into the flat
//! below, with the residents' Zalo group, a Cần Thơ university's decision awarding a company-funded
//! scholarship to six Mekong students, two of them Khmer, with a student's e-mail asking to change
//! her account and the officer's reply, a Hải Phòng forwarding company's candidate file, second-round
//! interview notes, candidates' comparison and offer e-mail, a Đà Lạt bank branch's reply to a
//! retired woman whose card was copied by a skimmer at an ATM, with her e-mail and her son's, a
//! deposit agreement for a plot of land near Quy Nhơn with the broker's Zalo chat with the Sài Gòn
//! buyer, and a Hà Nội kindergarten's pick-up authorisation and hand-over book, with the teacher's
//! note on a ride-hailing driver refused at the gate and her Zalo chat with the mother). Every
//! piece of personal data is marked `{detector|value}`: names after a title, a calling word or a
//! label (ông, bà, anh, chị, em, cô, cháu, con gái, vợ, chồng, mẹ, bố, bà nội, ông ngoại, dì ruột,
//! di, a, ba, ong, chi, bé, Thẩm phán, Thư ký, PGS.TS, Trung úy, THẨM PHÁN, THƯ KÝ, NGUYÊN ĐƠN, BỊ
//! ĐƠN, BÊN A, BÊN B, NGƯỜI LÀM CHỨNG, TRƯỞNG BAN QUẢN TRỊ, GIÁM ĐỐC CHI NHÁNH, Người ủy quyền,
//! chủ TK, mang tên, đứng tên) are marked without it; given names used alone after a first
//! mention ("chị Hiền", "anh Vinh", "Hien", "cháu Bảo Châu", "Minh Khôi", "cháu Khôi", "Chau",
//! "Khoi", "bà Cúc", "ông Triết", "anh Bền", "bà Oanh", "chị Trang", "anh Park", "em Út Em", "bà
//! Lệ", "em Sô Phia", "em Phúc", "co Xuyen", "bạn Ngọc Giàu", "Ứng viên Nga", "anh Long", "anh
//! Thịnh", "chị Nhung", "bà Vân", "Cô Diễm My", "anh Bảo", "a Phuoc", "ong Tho", "ba Le", "chi
//! Tram", "cháu Khánh An", "chị Thảo", "ông Bình", "anh xe ôm tên Khải", "bé An", "di Linh") are
//! marked; Zalo display names of persons ("Triết Đoàn", "Hứa Mỹ Dung", "Oanh Ngô", "Park
//! Ji-hoon", "Quốc Bảo Đặng", "Nguyễn Hữu Phước", "Tạ Thị Thanh Huyền", "Phương Thảo") and an
//! e-mail sender's name ("Thach Thi So Phia") are marked as written, and so are ALL-CAPS and
//! unaccented names (account holders LE THI DIEU HIEN, DOAN MINH TRIET, THACH THI SO PHIA, HOANG
//! THI THUY NGA and LE VAN THO, "Thach Thi So Phia" in her e-mail). Judgement calls: the two
//! children's personal identification numbers (số định danh cá nhân) and the kindergarten girl's
//! are marked as CCCDs, and minors are marked like adults (the divorcing couple's children, a
//! seventeen-year-old girl whose laptop was damaged, a three-year-old, the kindergarten children);
//! the dead are marked (a father who died in 2020, with his year of birth); a year alone after
//! "sinh năm" or in a "Năm sinh" column is marked as a date of birth; a Korean tenant's name
//! ("Park Ji-hoon", then "anh Park") and his Naver mailbox are marked, and Khmer names (Thạch Thị
//! Sô Phia, Danh Hoàng Phúc, Danh Thị Sa Quênh), a Tày/Nùng driver (Vi Văn Khải) and a K'Ho
//! police officer (Ka Sô Liễng) are marked whole; the broker's 10-digit personal tax code is marked
//! as a tax code; the candidate's MB account, which is her mobile number, is marked as a bank
//! account (and her mobile as a phone where it is one); a student's account is marked both in the
//! list and where her e-mail says it is closed, and a mother's account that receives her son's
//! scholarship is marked; the skimmed card's full number, typed by its holder in her e-mail, is
//! marked as a payment card, while the bank's masked form (4215 **** **** 7317) is not; a
//! disconnected old mobile the bank still held is marked as a phone; the SMS headers in the
//! divorce are the spouses' mobiles and are marked; the CCCD numbers the broker and the buyer typed
//! into Zalo are marked again; the broker's own car is marked as a plate, and so are the couple's
//! car and motorbike and the ride-hailing driver's motorbike; home addresses are marked, the flat
//! with its building and street, addresses holding streets named after people (đường Nguyễn Sinh
//! Cung, đường Trần Hưng Đạo, đường Đặng Huy Trứ, đường Huỳnh Tấn Phát, đường Trần Nguyên Hãn
//! with phường Lê Chân, đường Hai Bà Trưng, đường Lê Đức Thọ), a hamlet with its commune and
//! province, and a residential group with its ward. Left unmarked on purpose: organisation data
//! (the court's address 10 Tôn Đức Thắng and landline 0234 3822 615, the condominium's address
//! 86 Lê Văn Lương where it is the building's, its hotline 028 3775 4190 and the operator's tax
//! code 0315827467, the university's address 256 Nguyễn Văn Cừ, the sponsor's tax code
//! 6300518428 and the role mailbox phongctsv@mtu.edu.vn, the forwarding company's address 119 Lê
//! Hồng Phong, tax code 0201748363, switchboard 0225 3686 215 and mailbox
//! tuyendung@haiau-logistics.vn, the bank branch's tax code 5800376145 and hotline 1900 545486,
//! the kindergarten's address and landline 024 3872 6159), document and reference numbers (case
//! 118/2026/TLST-HNGĐ, marriage certificate 87 in book 01/2015, land certificates CT 08516 and DĐ
//! 471526, plot 312 on map 19 and plot 215 on map 34, minutes 07/2026/BB-BQT, decision
//! 482/QĐ-ĐHKTCN, sponsorship 15/2025/TT-STH, student numbers B2204137 and the others, class codes,
//! job code HA-2603-XNK, letter 0318/2026/CV-ACB.LĐ, report 214/TB-CAP, agreement 03/2026/HĐĐC),
//! flat numbers alone (B-1305, căn 1105, 1205) and a room number, the plot for sale (a field, not
//! anyone's home: thôn Lý Lương, xã Nhơn Lý), amounts, scores, ages and areas, non-birth dates
//! (marriage, filing, conciliation, leak, meeting, decision, e-mail, exam, interview, start,
//! withdrawal, hospital, deposit, certificate and pick-up dates), the masked card number, a
//! street named after a person used alone as a place ("nha me anh ben Dang Huy Tru"), schools,
//! hospitals, ports and a market named as places, ethnic groups and nationalities, and health
//! details (asthma, a sprain, pregnancy, kidney dialysis, hypertension, a milk allergy; not graded
//! in these sets).

use super::Doc;
use super::Part::{P, T};

pub const HELD_OUT_22: &[Doc] = &[
    Doc {
        name: "bien-ban-hoa-giai-thanh-ly-hon-va-nuoi-con",
        parts: &[
            P(
                "TÒA ÁN NHÂN DÂN KHU VỰC 1 - THÀNH PHỐ HUẾ · 10 Tôn Đức Thắng, phường Phú Xuân, thành phố Huế · ĐT 0234 3822 615",
            ),
            P(
                "BIÊN BẢN HÒA GIẢI THÀNH · Thụ lý số 118/2026/TLST-HNGĐ ngày 09/02/2026 về việc \"Ly hôn, tranh chấp về nuôi con, chia tài sản khi ly hôn\"",
            ),
            P(
                "Hồi 08 giờ 30 phút ngày 17/03/2026, tại phòng hòa giải số 2, Tòa án tiến hành phiên họp kiểm tra việc giao nộp, tiếp cận, công khai chứng cứ và hòa giải. Thẩm phán chủ trì phiên họp: bà {person_name|Tôn Nữ Minh Thư}. Thư ký phiên họp: anh {person_name|Hồ Đăng Khoa}. Các đương sự có mặt:",
            ),
            T(&[
                &["Nội dung", "Thông tin"],
                &[
                    "Nguyên đơn",
                    "Chị {person_name|Lê Thị Diệu Hiền}, sinh ngày {date_of_birth|09/07/1991}, giáo viên Trường Tiểu học Vỹ Dạ",
                ],
                &["Căn cước (nguyên đơn)", "{vn.cccd|046191004528}"],
                &[
                    "Nơi cư trú (nguyên đơn)",
                    "{vn.address|số 27 kiệt 15 đường Nguyễn Sinh Cung, phường Vỹ Dạ, thành phố Huế} (nhà mẹ đẻ)",
                ],
                &["Điện thoại (nguyên đơn)", "{vn.phone|0935 471 862}"],
                &[
                    "Bị đơn",
                    "Anh {person_name|Tôn Thất Quang Vinh}, sinh ngày {date_of_birth|23/12/1988}, kỹ sư điện, làm việc tại Đà Nẵng",
                ],
                &["Căn cước (bị đơn)", "{vn.cccd|046088009173}"],
                &[
                    "Nơi cư trú (bị đơn)",
                    "{vn.address|căn hộ 1804 tòa A, chung cư Monarchy, đường Trần Hưng Đạo, phường An Hải, thành phố Đà Nẵng}",
                ],
                &[
                    "Điện thoại, thư điện tử (bị đơn)",
                    "{vn.phone|0914 286 037} · {email|vinh.tonthat88@gmail.com}",
                ],
                &[
                    "Người có quyền lợi, nghĩa vụ liên quan",
                    "Bà {person_name|Nguyễn Thị Thu Cúc}, sinh năm {date_of_birth|1962}, mẹ của bị đơn, ở {vn.address|số 8 kiệt 40 đường Đặng Huy Trứ, phường Thuận Hóa, thành phố Huế}",
                ],
            ]),
            P(
                "Nội dung vụ án: chị {person_name|Hiền} và anh {person_name|Vinh} kết hôn ngày 26/08/2015, có đăng ký tại Ủy ban nhân dân phường Vỹ Dạ (giấy chứng nhận kết hôn số 87, quyển số 01/2015). Từ năm 2023 anh {person_name|Vinh} chuyển công tác ra Đà Nẵng, vợ chồng sống ly thân, thường xuyên mâu thuẫn về kinh tế và việc chăm sóc con; ngày 05/02/2026 chị {person_name|Hiền} nộp đơn xin ly hôn. Hai con chung là cháu {person_name|Tôn Nữ Bảo Châu}, sinh ngày {date_of_birth|15/03/2017}, số định danh cá nhân {vn.cccd|046317002846}, và cháu {person_name|Tôn Thất Minh Khôi}, sinh ngày {date_of_birth|02/10/2020}, số định danh cá nhân {vn.cccd|046220011537}.",
            ),
            P(
                "Thẩm phán đã lấy ý kiến riêng của cháu {person_name|Bảo Châu} (đủ 9 tuổi) với sự có mặt của cô giáo chủ nhiệm là cô {person_name|Phan Thị Ngọc Diệp}; cháu có nguyện vọng ở với mẹ, cuối tuần được ra Đà Nẵng thăm bố. Cháu {person_name|Khôi} bị hen phế quản, đang điều trị ngoại trú tại Bệnh viện Trung ương Huế, cần mẹ chăm sóc hằng ngày.",
            ),
            P("CÁC ĐƯƠNG SỰ THỎA THUẬN ĐƯỢC VỚI NHAU VỀ VIỆC GIẢI QUYẾT TOÀN BỘ VỤ ÁN NHƯ SAU:"),
            P(
                "1. Về quan hệ hôn nhân: chị {person_name|Lê Thị Diệu Hiền} và anh {person_name|Tôn Thất Quang Vinh} thuận tình ly hôn.",
            ),
            P(
                "2. Về con chung: giao hai cháu {person_name|Bảo Châu} và {person_name|Minh Khôi} cho chị {person_name|Hiền} trực tiếp nuôi dưỡng. Anh {person_name|Vinh} cấp dưỡng nuôi con mỗi cháu 3.000.000 đồng/tháng, tổng cộng 6.000.000 đồng/tháng, chuyển trước ngày 10 hằng tháng vào tài khoản Vietcombank số {vn.bank_account|1017348265} mang tên {person_name|LE THI DIEU HIEN}, kể từ tháng 4/2026 cho đến khi các cháu đủ 18 tuổi. Anh {person_name|Vinh} được đón các con vào thứ Bảy tuần thứ hai và tuần thứ tư của tháng, trả về trước 17 giờ Chủ nhật; dịp hè được đón các con 15 ngày liên tục.",
            ),
            P(
                "3. Về tài sản chung: nhà cấp 4 trên thửa đất số 312, tờ bản đồ số 19 tại phường Vỹ Dạ (giấy chứng nhận số CT 08516) thuộc về chị {person_name|Hiền}; chị {person_name|Hiền} thanh toán cho anh {person_name|Vinh} 420.000.000 đồng chậm nhất ngày 30/06/2026. Xe ô tô Kia Seltos biển số {vn.licence_plate|75A-318.46} đứng tên anh {person_name|Vinh} thuộc về anh {person_name|Vinh}; xe máy Honda Vision biển số {vn.licence_plate|75-F1 527.09} thuộc về chị {person_name|Hiền}.",
            ),
            P(
                "4. Về nợ chung: khoản vay 200.000.000 đồng của bà {person_name|Nguyễn Thị Thu Cúc} năm 2019 để sửa nhà, bà {person_name|Cúc} không yêu cầu giải quyết trong vụ án này; chị {person_name|Hiền} và anh {person_name|Vinh} mỗi người trả bà {person_name|Cúc} 100.000.000 đồng theo thỏa thuận riêng.",
            ),
            P(
                "5. Án phí sơ thẩm 150.000 đồng, anh {person_name|Vinh} và chị {person_name|Hiền} mỗi người chịu một nửa. Hết thời hạn 07 ngày kể từ ngày lập biên bản, nếu không có đương sự nào thay đổi ý kiến, Thẩm phán ra quyết định công nhận thuận tình ly hôn và sự thỏa thuận của các đương sự. Biên bản lập xong hồi 10 giờ 45 cùng ngày, các đương sự đã đọc lại và ký tên. THẨM PHÁN {person_name|Tôn Nữ Minh Thư} · THƯ KÝ {person_name|Hồ Đăng Khoa} · NGUYÊN ĐƠN {person_name|Lê Thị Diệu Hiền} · BỊ ĐƠN {person_name|Tôn Thất Quang Vinh}",
            ),
            P(
                "Tin nhắn giữa hai bên, chị {person_name|Hiền} nộp kèm đơn đề nghị thi hành án ngày 30/03/2026 (không dấu):",
            ),
            P(
                "[28/03 21:47] {vn.phone|0914 286 037}: {person_name|Hien} oi thu 7 nay anh don {person_name|Chau} voi {person_name|Khoi} luc 8h o nha ngoai nhe. {person_name|Khoi} con xit thuoc hen khong, em bo vao balo giup anh. Toi chu nhat anh gui 2 dua o nha me anh ben Dang Huy Tru, 5h chieu em qua don, anh phai ve DN truc som. Tien cap duong thang 4 anh chuyen roi do",
            ),
            P(
                "[28/03 22:05] {vn.phone|0935 471 862}: Thu 7 nay {person_name|Chau} thi hoc sinh gioi cap truong, anh don {person_name|Khoi} truoc, 11h anh qua truong Vy Da don {person_name|Chau}. Tien thang 4 em chua thay vao tk, anh xem lai so tk {vn.bank_account|1017348265} nha, dung chuyen vao tk cu Dong A cua em",
            ),
        ],
    },
    Doc {
        name: "bien-ban-ban-quan-tri-ro-ri-nuoc-giua-hai-can-ho",
        parts: &[
            P(
                "BAN QUẢN TRỊ NHÀ CHUNG CƯ PHÚC LỘC TOWER · 86 đường Lê Văn Lương, phường Tân Hưng, Thành phố Hồ Chí Minh · Hotline Ban quản lý 028 3775 4190",
            ),
            P(
                "BIÊN BẢN LÀM VIỆC về sự cố rò rỉ nước từ căn hộ B-1305 xuống căn hộ B-1205 · Số 07/2026/BB-BQT",
            ),
            P(
                "Thời gian: 19 giờ 00 ngày 11/04/2026, tại phòng sinh hoạt cộng đồng tầng 3 block B. Chủ trì: ông {person_name|Huỳnh Tấn Lộc}, Trưởng Ban quản trị. Đại diện đơn vị quản lý vận hành (Công ty TNHH Quản lý Bất động sản An Cư, MST 0315827467): chị {person_name|Châu Ngọc Mai}, Trưởng Ban quản lý, và anh {person_name|Trịnh Văn Bền}, kỹ thuật viên trực ca. Các bên liên quan:",
            ),
            T(&[
                &["STT", "Họ và tên", "Căn hộ", "Tư cách", "Điện thoại"],
                &[
                    "1",
                    "{person_name|Đoàn Minh Triết}",
                    "B-1205",
                    "Chủ sở hữu, bên bị thiệt hại",
                    "{vn.phone|0903 718 245}",
                ],
                &[
                    "2",
                    "{person_name|Ngô Thị Kim Oanh}",
                    "B-1305",
                    "Chủ sở hữu, cho thuê căn hộ",
                    "{vn.phone|0988 150 734}",
                ],
                &[
                    "3",
                    "{person_name|Park Ji-hoon}",
                    "B-1305",
                    "Người thuê, quốc tịch Hàn Quốc",
                    "{vn.phone|0708 624 391}",
                ],
                &[
                    "4",
                    "{person_name|Lại Thu Trang}",
                    "",
                    "Phiên dịch, đồng nghiệp của người thuê",
                    "{vn.phone|0856 203 417}",
                ],
            ]),
            P(
                "Diễn biến: khoảng 23 giờ ngày 08/04/2026, ông {person_name|Triết} phát hiện nước nhỏ giọt từ trần thạch cao phòng ngủ nhỏ và nhà vệ sinh chung của căn hộ ông ở, {vn.address|căn hộ B-1205, chung cư Phúc Lộc Tower, số 86 đường Lê Văn Lương, phường Tân Hưng, Thành phố Hồ Chí Minh}, báo bảo vệ trực ca. Anh {person_name|Bền} lên căn B-1305 nhưng người thuê đi công tác Bình Dương, phải gọi bà {person_name|Oanh} từ nhà riêng ở {vn.address|số 41/7 đường Huỳnh Tấn Phát, phường Tân Thuận, Thành phố Hồ Chí Minh} sang mở cửa lúc 23 giờ 50. Kiểm tra xác định ống cấp nước nóng âm tường của bình nóng lạnh phòng tắm căn B-1305 bị nứt tại khớp nối; khóa van nhánh lúc 0 giờ 25 ngày 09/04/2026.",
            ),
            P(
                "Thiệt hại tại căn B-1205 (ông {person_name|Triết} kê, Ban quản lý đã chụp ảnh xác nhận ngày 09/04): trần thạch cao khoảng 6 m2 bị phồng, ố; tủ quần áo gỗ công nghiệp phồng hai cánh; một máy tính xách tay của con gái ông là cháu {person_name|Đoàn Ngọc Bích}, sinh năm {date_of_birth|2008}, học sinh lớp 12, bị nước nhỏ vào, hỏng bàn phím và bo mạch. Vợ ông là bà {person_name|Quách Thị Hồng} trượt ngã khi lau nước, bong gân cổ tay trái, đã khám tại Bệnh viện Quận 7 (hóa đơn 1.240.000 đồng).",
            ),
            P(
                "Ý kiến các bên: anh {person_name|Park Ji-hoon} (chị {person_name|Trang} dịch) cho biết từ giữa tháng 3 đã báo chủ nhà bình nóng lạnh rò nước nhưng chưa được sửa, cung cấp tin nhắn gửi bà {person_name|Oanh} ngày 14/03/2026. Bà {person_name|Oanh} thừa nhận có nhận tin nhắn, đã hẹn thợ nhưng thợ chưa đến. Ông {person_name|Triết} yêu cầu bồi thường 27.500.000 đồng theo báo giá sửa trần, tủ và máy tính, cộng chi phí khám của vợ. Anh {person_name|Bền} xác nhận đường ống chung trong hộp kỹ thuật không bị hư hỏng.",
            ),
            P(
                "Kết luận: bà {person_name|Oanh} bồi thường cho ông {person_name|Triết} 23.000.000 đồng, chuyển vào tài khoản Techcombank số {vn.bank_account|19028463175012} mang tên {person_name|DOAN MINH TRIET} trước ngày 20/04/2026, và tự thuê thợ thay toàn bộ ống nước nóng phòng tắm căn B-1305 dưới sự giám sát của Ban quản lý; anh {person_name|Park} cam kết khóa van tổng của căn hộ khi đi vắng dài ngày. Biên bản kết thúc lúc 20 giờ 35, các bên thống nhất ký tên. TRƯỞNG BAN QUẢN TRỊ {person_name|Huỳnh Tấn Lộc}",
            ),
            P(
                "Trích tin nhắn nhóm Zalo \"Cư dân Block B Phúc Lộc\" (Ban quản trị lưu kèm biên bản):",
            ),
            P(
                "[09/04 07:12] {person_name|Triết Đoàn}: Thông báo cả nhà: tối qua căn 1305 bị bể ống nước nóng, nước xuống nhà tôi 1205. Căn 1105 kiểm tra giúp trần nhà vệ sinh coi có thấm xuống không nha.",
            ),
            P(
                "[09/04 07:26] {person_name|Hứa Mỹ Dung}: nha em 1105 tran wc co vet am roi a, chieu em chup hinh gui BQL. ky thuat len kiem tra thi goi em so {vn.phone|0779 316 582}, em di lam toi 6h moi ve",
            ),
            P(
                "[09/04 08:02] BQL Phúc Lộc Tower: Ban quản lý đã ghi nhận, kỹ thuật sẽ kiểm tra căn 1105 lúc 18 giờ 30. Đề nghị cư dân hạn chế đăng số điện thoại cá nhân lên nhóm chung.",
            ),
            P(
                "[09/04 08:15] {person_name|Oanh Ngô}: Cô là chủ căn 1305, cô xin lỗi anh {person_name|Triết} và cả nhà, cô sẽ chịu trách nhiệm sửa chữa. Anh {person_name|Triết} nhắn riêng số tài khoản cho cô nhé.",
            ),
            P(
                "[09/04 08:41] {person_name|Park Ji-hoon}: Xin loi moi nguoi. I told the owner in March the water heater was leaking. Very sorry to the family in 1205. If you need anything please email me {email|jihoon.park82@naver.com}.",
            ),
        ],
    },
    Doc {
        name: "quyet-dinh-cap-hoc-bong-tai-tro-va-thu-sinh-vien",
        parts: &[
            P(
                "TRƯỜNG ĐẠI HỌC KỸ THUẬT - CÔNG NGHỆ MIỀN TÂY · 256 đường Nguyễn Văn Cừ, phường An Bình, thành phố Cần Thơ",
            ),
            P(
                "QUYẾT ĐỊNH về việc cấp học bổng \"Tiếp bước tương lai\" học kỳ II năm học 2025-2026 · Số 482/QĐ-ĐHKTCN ngày 06/03/2026",
            ),
            P(
                "HIỆU TRƯỞNG TRƯỜNG ĐẠI HỌC KỸ THUẬT - CÔNG NGHỆ MIỀN TÂY. Căn cứ Thỏa thuận tài trợ số 15/2025/TT-STH ngày 12/11/2025 giữa Nhà trường và Công ty Cổ phần Thủy sản Sông Hậu (mã số thuế 6300518428); xét kết quả học tập học kỳ I và biên bản họp Hội đồng xét học bổng ngày 27/02/2026; theo đề nghị của Trưởng phòng Công tác sinh viên,",
            ),
            P(
                "QUYẾT ĐỊNH: Điều 1. Cấp học bổng cho 06 sinh viên có hoàn cảnh khó khăn, điểm trung bình học kỳ từ 3,2 trở lên, mỗi suất 7.500.000 đồng (bảy triệu năm trăm nghìn đồng), chuyển khoản vào tài khoản Agribank của sinh viên:",
            ),
            T(&[
                &[
                    "STT",
                    "Họ và tên",
                    "MSSV",
                    "Ngày sinh",
                    "Số CCCD",
                    "Lớp",
                    "Số tài khoản",
                ],
                &[
                    "1",
                    "{person_name|Thạch Thị Sô Phia}",
                    "B2204137",
                    "{date_of_birth|17/08/2004}",
                    "{vn.cccd|094304006281}",
                    "KT22A1",
                    "{vn.bank_account|7606205318427}",
                ],
                &[
                    "2",
                    "{person_name|Danh Hoàng Phúc}",
                    "B2301528",
                    "{date_of_birth|03/01/2005}",
                    "{vn.cccd|091205012746}",
                    "CK23A2",
                    "{vn.bank_account|7706205184362}",
                ],
                &[
                    "3",
                    "{person_name|Nguyễn Thị Cẩm Tú}",
                    "B2205092",
                    "{date_of_birth|29/11/2004}",
                    "{vn.cccd|093304003915}",
                    "TP22A1",
                    "{vn.bank_account|7300205417396}",
                ],
                &[
                    "4",
                    "{person_name|Lâm Quốc Thái}",
                    "B2402263",
                    "{date_of_birth|12/06/2006}",
                    "{vn.cccd|095206001857}",
                    "CN24A3",
                    "{vn.bank_account|7900205263814}",
                ],
                &[
                    "5",
                    "{person_name|Trần Văn Út Em}",
                    "B2303711",
                    "{date_of_birth|21/09/2005}",
                    "{vn.cccd|096205007429}",
                    "XD23A1",
                    "Tài khoản của mẹ, bà {person_name|Trần Thị Lệ}: {vn.bank_account|7807205039615}",
                ],
                &[
                    "6",
                    "{person_name|Võ Thị Ngọc Giàu}",
                    "B2203386",
                    "{date_of_birth|05/05/2004}",
                    "{vn.cccd|086304010572}",
                    "KT22A2",
                    "{vn.bank_account|7506205741928}",
                ],
            ]),
            P(
                "Điều 2. Kinh phí do Công ty Cổ phần Thủy sản Sông Hậu chuyển vào tài khoản của Nhà trường, tổng cộng 45.000.000 đồng. Điều 3. Trưởng phòng Công tác sinh viên, Trưởng phòng Kế hoạch - Tài chính và các sinh viên có tên tại Điều 1 chịu trách nhiệm thi hành Quyết định này. KT. HIỆU TRƯỞNG · PHÓ HIỆU TRƯỞNG PGS.TS {person_name|Huỳnh Thanh Nhã}",
            ),
            P(
                "Ghi chú của chuyên viên phòng Công tác sinh viên, cô {person_name|Lư Thị Mỹ Xuyên}: em {person_name|Út Em} làm mất căn cước khi đi làm thêm, đang chờ cấp lại nên chưa mở được tài khoản; mẹ em là bà {person_name|Lệ}, sinh năm {date_of_birth|1979}, bán vé số ở {vn.address|ấp Xóm Lớn, xã Cái Đôi Vàm, tỉnh Cà Mau}, điện thoại {vn.phone|0947 318 506}, có giấy xác nhận của Ủy ban nhân dân xã đồng ý nhận thay. Em {person_name|Sô Phia} là người Khmer, cha mất năm 2021, mẹ bệnh thận chạy thận định kỳ; đây là suất học bổng thứ hai của em trong năm học. Em {person_name|Phúc} được ưu tiên vì nhà ở vùng sạt lở, đã xác minh qua cô {person_name|Danh Thị Sa Quênh}, giáo viên cũ của em.",
            ),
            P(
                "Thư điện tử ngày 12/03/2026 · Từ: {person_name|Thach Thi So Phia} <{email|sophia.thach2004@gmail.com}> · Đến: phongctsv@mtu.edu.vn · Tiêu đề: Xin doi so tai khoan nhan hoc bong",
            ),
            P(
                "Kinh gui co {person_name|Xuyen}, em la {person_name|Thach Thi So Phia}, MSSV B2204137 lop KT22A1. Em xin loi vi em ghi sai so tai khoan trong ho so, so {vn.bank_account|7606205318427} la tai khoan cu cua em mo o Soc Trang, da bi khoa do lau khong giao dich. Em xin nhan hoc bong vao tai khoan Agribank chi nhanh Ninh Kieu so {vn.bank_account|7600205892147}, chu TK {person_name|THACH THI SO PHIA}. Em gui kem anh chup the ATM va can cuoc {vn.cccd|094304006281}. Neu can em len phong ky lai, so dien thoai cua em {vn.phone|0396 518 274}. Em cam on co nhieu a.",
            ),
            P(
                "Trả lời ngày 13/03/2026 của cô {person_name|Lư Thị Mỹ Xuyên}: Chào em {person_name|Sô Phia}, em lên phòng A1.04 vào giờ hành chính để ký đơn đề nghị đổi tài khoản, mang theo căn cước bản gốc. Lần sau em đừng gửi ảnh thẻ ATM qua thư điện tử, cô đã xóa ảnh đó. Em báo giúp cô bạn {person_name|Ngọc Giàu} cùng lớp ký nhận quyết định trước thứ Sáu nhé.",
            ),
        ],
    },
    Doc {
        name: "ho-so-ung-vien-va-phieu-ghi-chep-phong-van",
        parts: &[
            P(
                "CÔNG TY TNHH GIAO NHẬN VẬN TẢI HẢI ÂU · Tầng 6, tòa nhà TD Plaza, số 119 Lê Hồng Phong, phường Gia Viên, thành phố Hải Phòng · MST 0201748363 · Tổng đài 0225 3686 215",
            ),
            P(
                "HỒ SƠ ỨNG VIÊN · Vị trí: Nhân viên chứng từ xuất nhập khẩu · Mã tin tuyển dụng HA-2603-XNK · Nhận hồ sơ qua cổng tuyển dụng ngày 12/03/2026",
            ),
            T(&[
                &["Nội dung", "Thông tin"],
                &["Họ và tên", "{person_name|Hoàng Thị Thúy Nga}"],
                &["Ngày sinh", "{date_of_birth|11/05/1998}"],
                &["Số căn cước", "{vn.cccd|044198005273}"],
                &[
                    "Hộ khẩu thường trú",
                    "{vn.address|thôn Tân Mỹ, xã Quảng Trạch, tỉnh Quảng Trị}",
                ],
                &[
                    "Chỗ ở hiện nay",
                    "{vn.address|số 35 ngõ 120 đường Trần Nguyên Hãn, phường Lê Chân, thành phố Hải Phòng}",
                ],
                &[
                    "Điện thoại · E-mail",
                    "{vn.phone|0386 472 519} · {email|thuynga.hoang98@gmail.com}",
                ],
                &[
                    "Học vấn",
                    "Cử nhân Kinh doanh quốc tế, Trường Đại học Hàng hải Việt Nam (2016-2020), điểm trung bình 3,21/4; TOEIC 785 (thi ngày 14/06/2025)",
                ],
                &[
                    "Kinh nghiệm",
                    "08/2020 - 02/2026: nhân viên chứng từ, Công ty Cổ phần Logistics Cảng Xanh; khai hải quan trên hệ thống VNACCS, làm C/O mẫu E và D, theo dõi lịch tàu",
                ],
                &[
                    "Người tham chiếu",
                    "Anh {person_name|Bùi Quang Thịnh}, trưởng phòng khai thác Công ty Cảng Xanh, {vn.phone|0912 604 358}",
                ],
                &["Mức lương mong muốn", "14.000.000 đồng/tháng"],
            ]),
            P(
                "PHIẾU GHI CHÉP PHỎNG VẤN VÒNG 2 · 14 giờ 00 ngày 24/03/2026 · Người phỏng vấn: chị {person_name|Vũ Thị Hồng Nhung} (Phòng Nhân sự) và anh {person_name|Phạm Đức Long} (Trưởng phòng Chứng từ)",
            ),
            P(
                "Ứng viên {person_name|Nga} đến đúng giờ, trình bày mạch lạc, trả lời phần tiếng Anh chuyên ngành tốt. Bài thực hành lập bộ chứng từ xuất khẩu một lô 2 container gỗ ghép đi Busan đạt 86/100, sai một mã HS. Lý do nghỉ việc cũ: công ty chuyển văn phòng ra Đình Vũ, xa nhà. Chồng chị là anh {person_name|Lê Văn Sỹ}, sinh năm {date_of_birth|1995}, thợ vận hành cẩu ở cảng Lạch Huyện; con gái {person_name|Lê Hoàng Gia Hân} 3 tuổi gửi trẻ gần nhà, bà nội là bà {person_name|Cao Thị Liễu} từ quê ra trông. Chị {person_name|Nga} chủ động cho biết đang mang thai tháng thứ tư, dự sinh tháng 9/2026; anh {person_name|Long} lưu ý không đưa thông tin này vào tiêu chí đánh giá.",
            ),
            P(
                "Đối chiếu quá trình đóng bảo hiểm (ứng viên tự tra trên VssID và cung cấp): mã số BHXH {vn.social_insurance|4418294705}, đóng liên tục 66 tháng tại Công ty Cảng Xanh, mức lương đóng tháng 01/2026 là 9.850.000 đồng. Tham chiếu qua điện thoại ngày 25/03/2026 với anh {person_name|Thịnh}: xác nhận chị {person_name|Nga} cẩn thận, ít sai sót, từng xử lý lô hàng bị kiểm hóa luồng đỏ tại cảng Tân Vũ không phát sinh phạt; nghỉ việc đúng thủ tục.",
            ),
            T(&[
                &[
                    "STT",
                    "Ứng viên",
                    "Năm sinh",
                    "Điện thoại",
                    "Thực hành",
                    "Phỏng vấn",
                    "Đề xuất",
                ],
                &[
                    "1",
                    "{person_name|Hoàng Thị Thúy Nga}",
                    "{date_of_birth|1998}",
                    "{vn.phone|0386 472 519}",
                    "86",
                    "8,5",
                    "Tuyển",
                ],
                &[
                    "2",
                    "{person_name|Mạc Văn Toàn}",
                    "{date_of_birth|1996}",
                    "{vn.phone|0977 215 830}",
                    "71",
                    "7,0",
                    "Dự phòng",
                ],
                &[
                    "3",
                    "{person_name|Đồng Thị Khánh Ly}",
                    "{date_of_birth|2001}",
                    "{vn.phone|0359 806 142}",
                    "64",
                    "7,5",
                    "Không tuyển (chưa dùng VNACCS)",
                ],
            ]),
            P(
                "Ngày 27/03/2026 chị {person_name|Nhung} gửi thư mời nhận việc từ hộp thư tuyendung@haiau-logistics.vn đến {email|thuynga.hoang98@gmail.com}: \"Chào chị {person_name|Nga}, Công ty trân trọng mời chị nhận việc từ ngày 06/04/2026, lương thử việc 12.600.000 đồng trong 02 tháng, lương chính thức 14.000.000 đồng. Khi đến làm thủ tục chị mang theo căn cước, sổ BHXH, và gửi số tài khoản cá nhân để Công ty chuyển lương.\"",
            ),
            P(
                "Chị {person_name|Nga} trả lời ngày 28/03/2026: \"Em cảm ơn chị {person_name|Nhung}, em đồng ý nhận việc. Tài khoản nhận lương của em là MB số {vn.bank_account|0386472519} đứng tên {person_name|HOANG THI THUY NGA}. Em xin phép sáng thứ Bảy 18/04 nghỉ nửa buổi đi khám thai định kỳ ở Bệnh viện Phụ sản Hải Phòng ạ.\"",
            ),
        ],
    },
    Doc {
        name: "thu-tra-loi-khieu-nai-the-bi-sao-chep-tai-atm-va-email",
        parts: &[
            P(
                "NGÂN HÀNG TMCP Á CHÂU · CHI NHÁNH LÂM ĐỒNG · Khu Hòa Bình, phường Xuân Hương - Đà Lạt, tỉnh Lâm Đồng · MST 5800376145 · Tổng đài 1900 545486",
            ),
            P(
                "Số: 0318/2026/CV-ACB.LĐ · Đà Lạt, ngày 16/04/2026 · V/v trả lời khiếu nại giao dịch rút tiền không do chủ thẻ thực hiện",
            ),
            P(
                "Kính gửi: Bà {person_name|Phạm Thị Hồng Vân}, {vn.address|số 12 đường Hai Bà Trưng, phường Xuân Hương - Đà Lạt, tỉnh Lâm Đồng}",
            ),
            P(
                "Ngân hàng nhận được đơn khiếu nại ngày 24/03/2026 và các thư điện tử của bà về việc tài khoản thanh toán số {vn.bank_account|21847365} bị trừ 04 giao dịch rút tiền mặt bằng thẻ ghi nợ quốc tế số 4215 **** **** 7317 tại máy ATM ở Thành phố Hồ Chí Minh trong các ngày 19-20/03/2026, tổng số tiền 18.000.000 đồng, trong khi bà ở Đà Lạt và thẻ vẫn do bà giữ.",
            ),
            P(
                "Kết quả tra soát: lúc 10 giờ 52 ngày 16/03/2026, thẻ của bà thực hiện giao dịch rút 2.000.000 đồng tại máy ATM của một ngân hàng khác đặt ở cổng chợ Đà Lạt. Ngân hàng quản lý máy xác nhận ngày 18/03/2026 đã phát hiện thiết bị đọc trộm gắn tại khe thẻ và camera siêu nhỏ phía trên bàn phím của máy này, đã tháo gỡ và báo Công an tỉnh; 37 thẻ của nhiều ngân hàng giao dịch tại máy trong thời gian đó bị sao chép dải từ. Các giao dịch ngày 19-20/03/2026 thực hiện bằng thẻ giả dùng dải từ, không phải bằng chip của thẻ thật.",
            ),
            P(
                "Căn cứ kết quả trên, Ngân hàng xác định bà không có lỗi, hoàn trả 18.000.000 đồng và 44.000 đồng phí rút tiền liên ngân hàng vào tài khoản nêu trên ngày 16/04/2026, phát hành thẻ mới thay thế miễn phí. Đề nghị bà cập nhật số điện thoại nhận tin nhắn biến động số dư tại quầy và che bàn phím khi nhập mã PIN. Chuyên viên phụ trách: chị {person_name|Kiều Thị Diễm My}. GIÁM ĐỐC CHI NHÁNH {person_name|Đàm Quang Huy}",
            ),
            P(
                "Thư thứ nhất của khách hàng, ngày 21/03/2026, từ {email|hongvan.pham73@gmail.com} đến hộp thư chi nhánh:",
            ),
            P(
                "Kính gửi Ngân hàng, tôi là {person_name|Phạm Thị Hồng Vân}, sinh ngày {date_of_birth|03/02/1973}, căn cước {vn.cccd|068173002954}, chủ tài khoản {vn.bank_account|21847365}. Sáng nay 21/03 tôi ra rút lương hưu thì tài khoản chỉ còn 312.000 đồng. Tôi không nhận được tin nhắn nào vì số điện thoại đăng ký là số cũ {vn.phone|0977 582 104}, tôi đã cắt từ năm ngoái, số hiện nay là {vn.phone|0836 214 795}. Thẻ của tôi số {payment_card|4215 8396 0274 7317} vẫn nằm trong ví, tôi chưa hề vào Sài Gòn từ sau Tết. Đề nghị ngân hàng khóa thẻ ngay và hoàn lại tiền cho tôi.",
            ),
            P(
                "Thư thứ hai, ngày 23/03/2026, con trai bà gửi thay từ {email|quantpm.dev@gmail.com}: \"Cháu là {person_name|Trần Phạm Minh Quân}, con trai bà {person_name|Vân}, đang làm việc ở Hà Nội, điện thoại {vn.phone|0867 309 418}. Mẹ cháu lớn tuổi, không rành dùng ứng dụng, cháu gửi thêm sao kê và giấy ra viện: giao dịch lúc 01:12 ngày 20/03 tại ATM ở phường Chợ Lớn đúng lúc mẹ cháu đang nằm viện tại Bệnh viện Đa khoa tỉnh Lâm Đồng vì cơn tăng huyết áp. Bố cháu là ông {person_name|Trần Văn Lâm}, sinh năm {date_of_birth|1969}, mất năm 2020, mẹ cháu ở một mình nên mong ngân hàng giải quyết sớm. Cô {person_name|Diễm My} cần gì xin gọi cháu.\"",
            ),
            P(
                "Xác nhận của Công an phường Xuân Hương - Đà Lạt ngày 25/03/2026: đã tiếp nhận trình báo của bà {person_name|Phạm Thị Hồng Vân} về việc bị chiếm đoạt tiền qua thẻ ngân hàng, số tiếp nhận 214/TB-CAP; cán bộ thụ lý Trung úy {person_name|Ka Sô Liễng}.",
            ),
        ],
    },
    Doc {
        name: "hop-dong-dat-coc-mua-dat-va-zalo-moi-gioi",
        parts: &[
            P("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM · Độc lập - Tự do - Hạnh phúc"),
            P("HỢP ĐỒNG ĐẶT CỌC (về việc chuyển nhượng quyền sử dụng đất) · Số 03/2026/HĐĐC"),
            P(
                "Hôm nay, ngày 02/04/2026, tại nhà Bên A, chúng tôi gồm: BÊN A (bên nhận đặt cọc): ông {person_name|Lê Văn Thọ}, sinh năm {date_of_birth|1966}, căn cước số {vn.cccd|052066003817}, và vợ là bà {person_name|Trần Thị Mỹ Lệ}, sinh năm {date_of_birth|1970}, căn cước số {vn.cccd|052170008264}; cùng thường trú tại {vn.address|tổ 7, khu vực 3, phường Quy Nhơn Đông, tỉnh Gia Lai}; điện thoại {vn.phone|0983 526 047}.",
            ),
            P(
                "BÊN B (bên đặt cọc): anh {person_name|Nguyễn Hữu Phước}, sinh ngày {date_of_birth|19/10/1987}, căn cước số {vn.cccd|079087016352}, thường trú tại {vn.address|số 64/12 đường Lê Đức Thọ, phường An Hội Tây, Thành phố Hồ Chí Minh}, điện thoại {vn.phone|0932 815 406}. NGƯỜI MÔI GIỚI, LÀM CHỨNG: anh {person_name|Đặng Quốc Bảo}, sinh năm {date_of_birth|1990}, mã số thuế cá nhân {vn.tax_code|8072651397}, điện thoại {vn.phone|0372 640 518}.",
            ),
            P(
                "Điều 1. Tài sản: thửa đất số 215, tờ bản đồ số 34, diện tích 150 m2 (đất ở nông thôn 100 m2, đất trồng cây lâu năm 50 m2) tại thôn Lý Lương, xã Nhơn Lý, tỉnh Gia Lai, theo Giấy chứng nhận quyền sử dụng đất số DĐ 471526 do Sở Tài nguyên và Môi trường tỉnh Bình Định cấp ngày 14/09/2022 mang tên ông {person_name|Lê Văn Thọ} và bà {person_name|Trần Thị Mỹ Lệ}.",
            ),
            P(
                "Điều 2. Giá chuyển nhượng 2.850.000.000 đồng. Bên B đặt cọc 200.000.000 đồng bằng chuyển khoản vào tài khoản BIDV số {vn.bank_account|58010000947215} mang tên {person_name|LE VAN THO} ngay khi ký hợp đồng này. Số tiền còn lại thanh toán khi ký hợp đồng chuyển nhượng tại văn phòng công chứng, chậm nhất ngày 15/05/2026.",
            ),
            P(
                "Điều 3. Nếu Bên A không chuyển nhượng thì phải trả lại tiền cọc và phạt một khoản bằng tiền cọc; nếu Bên B không nhận chuyển nhượng thì mất tiền cọc. Phí môi giới 2% giá chuyển nhượng do Bên A trả cho anh {person_name|Bảo} sau khi công chứng. Điều 4. Bên A cam kết thửa đất không tranh chấp, không bị kê biên; khoản thế chấp tại Agribank sẽ được tất toán trước ngày công chứng. Con trai Bên A là anh {person_name|Lê Văn Hậu}, sinh năm {date_of_birth|1993}, có tên trong sổ hộ khẩu cũ, đồng ý và cùng ký.",
            ),
            P(
                "BÊN A {person_name|Lê Văn Thọ} · {person_name|Trần Thị Mỹ Lệ} · {person_name|Lê Văn Hậu} · BÊN B {person_name|Nguyễn Hữu Phước} · NGƯỜI LÀM CHỨNG {person_name|Đặng Quốc Bảo}",
            ),
            P("Trích Zalo giữa người môi giới và Bên B (anh {person_name|Bảo} gõ không dấu):"),
            P(
                "[27/03 10:14] {person_name|Quốc Bảo Đặng}: a {person_name|Phuoc} oi lo 150m2 Ly Luong view bien hom qua chu nha chot 2ty9, e ep xuong 2ty85 roi. a chiu thi e hen ong {person_name|Tho} ky coc thu 5 tuan sau. so do e chup gui a xem truoc, so DĐ 471526 dung ten 2 vo chong ong {person_name|Tho} ba {person_name|Le}",
            ),
            P(
                "[27/03 10:31] {person_name|Nguyễn Hữu Phước}: OK em. Căn cước anh {vn.cccd|079087016352} để em soạn hợp đồng. Anh cần bản sao căn cước hai ông bà chủ đất để luật sư bên anh kiểm tra quy hoạch trước.",
            ),
            P(
                "[27/03 11:02] {person_name|Quốc Bảo Đặng}: cccd ong {person_name|Tho} {vn.cccd|052066003817}, ba {person_name|Le} {vn.cccd|052170008264}. a luu y thua nay ong ba dang the chap Agribank vay 300tr, ky coc xong ong di tat toan roi moi ra cong chung duoc",
            ),
            P(
                "[02/04 16:45] {person_name|Nguyễn Hữu Phước}: Anh chuyển cọc 200tr vào BIDV {vn.bank_account|58010000947215} {person_name|LE VAN THO} rồi nhé, kèm ảnh ủy nhiệm chi. Vợ anh là {person_name|Hồ Ngọc Trâm}, số {vn.phone|0938 207 154}; hôm công chứng nếu anh kẹt việc ở Sài Gòn thì vợ anh ra ký thay theo giấy ủy quyền.",
            ),
            P(
                "[02/04 16:52] {person_name|Quốc Bảo Đặng}: da a. phi moi gioi ben ban tra, a khong mat dong nao. hom nao chi {person_name|Tram} ra Quy Nhon e ruoc o san bay Phu Cat, xe e bien {vn.licence_plate|77A-294.81} mau trang",
            ),
        ],
    },
    Doc {
        name: "giay-uy-quyen-don-tre-va-so-giao-nhan-mam-non",
        parts: &[
            P("TRƯỜNG MẦM NON HOA SEN · số 5 phố Bồ Đề, phường Bồ Đề, Hà Nội · ĐT 024 3872 6159"),
            P("GIẤY ỦY QUYỀN ĐÓN TRẺ · Năm học 2025-2026 · Lớp Mẫu giáo lớn A3"),
            T(&[
                &["Nội dung", "Thông tin"],
                &["Họ tên trẻ", "{person_name|Đỗ Khánh An}"],
                &["Ngày sinh", "{date_of_birth|20/07/2020}"],
                &["Số định danh cá nhân của trẻ", "{vn.cccd|001320019472}"],
                &[
                    "Cha",
                    "{person_name|Đỗ Mạnh Cường}, sinh năm {date_of_birth|1986}, đang làm việc tại Nhật Bản",
                ],
                &[
                    "Mẹ",
                    "{person_name|Nguyễn Thị Phương Thảo}, sinh năm {date_of_birth|1989}, điều dưỡng, {vn.phone|0988 314 620}, {email|phuongthao.ng89@yahoo.com.vn}",
                ],
                &[
                    "Địa chỉ gia đình",
                    "{vn.address|số 9 ngách 23 ngõ 176 phố Bồ Đề, phường Bồ Đề, Hà Nội}",
                ],
                &[
                    "Người được ủy quyền đón thay",
                    "1. Ông ngoại {person_name|Nguyễn Văn Bình}, sinh năm {date_of_birth|1958}, căn cước {vn.cccd|036058007316}, {vn.phone|0912 583 046}; 2. Dì ruột {person_name|Nguyễn Thị Phương Linh}, sinh ngày {date_of_birth|08/01/1995}, căn cước {vn.cccd|036195011284}, {vn.phone|0779 481 325}",
                ],
                &[
                    "Lưu ý sức khỏe",
                    "Dị ứng đạm sữa bò, không dùng sữa của trường",
                ],
            ]),
            P(
                "Tôi cam kết chỉ những người có tên trên được đón cháu; người đón phải xuất trình căn cước khi giáo viên yêu cầu. Hà Nội, ngày 02/03/2026. Người ủy quyền {person_name|Nguyễn Thị Phương Thảo}",
            ),
            P("SỔ GIAO NHẬN TRẺ CUỐI NGÀY (trích, lớp A3)"),
            T(&[
                &[
                    "Ngày",
                    "Giờ",
                    "Trẻ",
                    "Người đón",
                    "Quan hệ",
                    "Giáo viên giao",
                ],
                &[
                    "09/03",
                    "17:05",
                    "{person_name|Đỗ Khánh An}",
                    "{person_name|Nguyễn Văn Bình}",
                    "Ông ngoại",
                    "{person_name|Lương Thị Hải Yến}",
                ],
                &[
                    "10/03",
                    "16:50",
                    "{person_name|Đỗ Khánh An}",
                    "{person_name|Nguyễn Thị Phương Linh}",
                    "Dì",
                    "{person_name|Lương Thị Hải Yến}",
                ],
                &[
                    "10/03",
                    "17:10",
                    "{person_name|Phí Gia Bảo}",
                    "{person_name|Phí Văn Dũng}",
                    "Bố",
                    "{person_name|Lương Thị Hải Yến}",
                ],
                &[
                    "11/03",
                    "17:25",
                    "{person_name|Đỗ Khánh An}",
                    "Không giao (xem ghi chú)",
                    "",
                    "{person_name|Tạ Thị Thanh Huyền}",
                ],
                &[
                    "11/03",
                    "18:05",
                    "{person_name|Đỗ Khánh An}",
                    "{person_name|Nguyễn Thị Phương Thảo}",
                    "Mẹ",
                    "{person_name|Tạ Thị Thanh Huyền}",
                ],
            ]),
            P(
                "Ghi chú ngày 11/03/2026 của cô {person_name|Tạ Thị Thanh Huyền}: 17 giờ 25 có một người đàn ông mặc áo xe ôm công nghệ đến xin đón cháu {person_name|Khánh An}, nói mẹ cháu đặt xe nhờ đón, đưa ra ảnh chụp căn cước của chị {person_name|Thảo} trên điện thoại. Người này không có tên trong giấy ủy quyền nên tôi không giao trẻ; gọi chị {person_name|Thảo} hai lần không nghe máy, gọi ông {person_name|Bình} thì ông đang ở quê Nam Định. Người đón tự giới thiệu là {person_name|Vi Văn Khải}, số {vn.phone|0563 208 714}, đi xe máy biển số {vn.licence_plate|29-H1 738.25}, chờ ở cổng đến 17 giờ 50 thì đi. 18 giờ 05 chị {person_name|Thảo} đến đón, xác nhận có đặt xe qua ứng dụng vì bị giữ lại ca trực ở bệnh viện, đồng ý với cách xử lý của nhà trường. Đã báo Ban giám hiệu, cô {person_name|Đinh Thị Thu Hằng}.",
            ),
            P("Trích Zalo giữa giáo viên và phụ huynh ngày 11/03/2026:"),
            P(
                "[17:31] {person_name|Tạ Thị Thanh Huyền}: Chị {person_name|Thảo} ơi, có anh xe ôm tên {person_name|Khải} đến xin đón bé {person_name|An}, nói chị nhờ. Anh ấy không có trong danh sách ủy quyền nên em chưa giao, chị gọi lại cho em với ạ.",
            ),
            P(
                "[17:58] {person_name|Phương Thảo}: co oi em xin loi, em bi giu lai ca mo cap cuu nen dat xe nho don con, quen bao co. Co lam dung roi a. Em dang chay qua, 15p nua em toi. Tu gio em chi nho ong ngoai hoac di {person_name|Linh} thoi, so em {person_name|Linh} {vn.phone|0779 481 325}",
            ),
            P(
                "[18:20] {person_name|Tạ Thị Thanh Huyền}: Dạ chị. Lần sau nếu cần người khác đón, chị bổ sung giấy ủy quyền có căn cước người đón và báo cô trước trên Zalo nhé. Bé {person_name|An} hôm nay ăn ngoan, không dùng sữa ạ.",
            ),
        ],
    },
];
