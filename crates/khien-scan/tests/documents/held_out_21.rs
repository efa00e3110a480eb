//! A twenty-first set of held-out documents, written by hand by someone who had not read the
//! detectors: graded, not tuned on. Mostly free text, with people introduced once by their full
//! name and then by their given name with or without a calling word, relatives inside sentences,
//! dates of birth next to marriage, consultation, receipt, transfer, theft, sale, loan, death,
//! exhumation, submission and rescue dates, and identifiers and addresses inside sentences; the
//! broker's receipts, the pepper agent's advances, the graves to be moved and the lost hikers are
//! tables, and the IVF consultation and the household business registration a form each. The kinds
//! differ from the earlier sets' (a private hospital's first IVF consultation for a Tày wife and
//! her husband, with the coordinating nurse's Zalo chat in which the husband sends his card number,
//! a group complaint to the provincial police against a labour-export broker who took fees and
//! passports for jobs in Hungary that did not exist, with her receipts and her Zalo messages to the
//! group typed without diacritics, a ward police record of a retired teacher's report of a romance
//! scam by a fake American army doctor and a fake customs officer, with the Messenger lines in
//! English and the daughter's SMS to her aunt, a Gia Lai pepper agent's book of fertiliser advances
//! to J'rai households with a weighing dispute and the Zalo chat with a farmer's son, a handwritten
//! sale paper for a buffalo at a Mông market with the Facebook post looking for a stolen buffalo
//! and the commune police's record, a young factory worker's complaint about a loan app's
//! collectors who threatened her family and posted her ID card on Facebook, with their messages, a
//! Hoa clan association's notice on moving graves for a ring road with its secretary's notes, a
//! granddaughter's e-mail from Toronto and a Zalo chat, a Nùng woman's application to register a
//! household business with the ward's SMS and her daughter's Zalo chat with the tax officer, and a
//! commune police report on rescuing a group of hikers lost in fog in Tà Xùa, with a French hiker's
//! Facebook post and comments). Every piece of personal data is marked `{detector|value}`: names
//! after a title, a calling word or a label (ông, bà, anh, chị, em, bố, mẹ, vợ, chồng, con trai,
//! con gái, cháu nội, bạn trai, em trai, anh họ, a, chi, chu, di, ba, Mrs., ThS.BS, Đại úy, Trung
//! úy, Thượng úy, Thiếu tá, trưởng thôn, trưởng plei, dân quân, Hộ kinh doanh, Bên bán, Bên mua,
//! chủ TK, tên, ten, Cán bộ tiếp nhận, NGƯỜI TỐ GIÁC, NGƯỜI TIẾP NHẬN, Chủ hộ kinh doanh) are
//! marked without it; given names used alone after a first mention ("chị Hường", "em Hường", "anh
//! Toản", "chi Quyen", "Chị Quyên", "me em Lin", "bà Hằng", "em Xiểng", "Em Xieng", "chị Thương",
//! "anh Hoàng", "bà Liên", "chị Phương", "Michael", "Mike", "Mrs. Lan Chi", "Di Hanh", "A Du",
//! "H'Nhi", "Chị H'Nhí", "Em Thuận", "chi Anh", "ông Lử", "ông Pháng", "anh Chứ", "trưởng thôn
//! Sính", "a Tua", "Hien", "ba Lua", "ông Phát", "anh Huy", "ông Vinh", "chu Binh", "Vinh", "chi
//! Nga", "ba Nhan", "bo em Sinh", "anh Chử", "Chử", "anh Đức", "chị Tú", "chị Trúc", "anh Ngọc",
//! "anh Vũ", "Ngọc Tú", "Vu", "chi Tu", "em Chu") are marked; Zalo, Messenger and Facebook display
//! names of persons ("Thu Huong Nong", "Toản Phí", "Lã Thị Quyên", "Kim Hang Duong", "Lo Van
//! Xieng", "Trịnh Bích Liên", "Michael Anderson", "Thuận Rơ Mah", "Vàng Mí Tủa", "Lầu Thị Dua",
//! "Thế Vinh Diệp", "Tăng Quốc Bình", "Diệu Linh Mã", "Vy Thị Hằng Nga", "Camille Laurent", "Ngọc
//! Tú Bạch", "Thào A Chử") are marked as written, and so are ALL-CAPS and unaccented names (account
//! holders PHI QUANG TOAN, DUONG THI KIM HANG, HOANG VAN TUYEN, LY THI THANH TAM, NGUYEN DUC MANH,
//! KSOR DU, RO MAH THUAN, TRAN VAN QUANG, DIEP THE VINH and LOC THI NHAN, the name in capitals on
//! the collectors' post, HÀ THỊ THU HIỀN, the ward's SMS with LOC THI NHAN, and "Trinh Thi Bich
//! Lien", "Ksor Du", "Ro Mah Thuan", "Dinh Van Thao", "Siu Bloi", "Vang Seo Lu", "Bui Thi Lua" and
//! "Ha Thi Thu Hien" in messages). Judgement calls: the names a romance scammer and his accomplice
//! went by ("Michael Anderson", "Michael", "Mike", "Nguyễn Thị Lan Chi", "Lan Chi") are marked as
//! persons' names, like the aliases of earlier sets, and so are the accomplice's phone and Gmail
//! address and the three mule accounts with their holders' names; J'rai names, written surname
//! first (Ksor Dũ, Rơ Mah H'Nhí, Siu Blơi, Puih H'Lúi, Rah Lan Bơng, and the son typed "Ro Mah
//! Thuan" and shown as "Thuận Rơ Mah" on Zalo), are marked whole with the female prefix H', and
//! "H'Nhí"/"H'Nhi", "Du" and "Thuận" alone; Mông names with their middle element (Giàng Mí Chứ,
//! Thào Seo Pháng, Vàng Seo Lử, Thào A Chử, Mùa A Dơ) are marked whole, and the given names alone
//! ("Chứ", "Lử", "Chử", and "Chu", the unaccented "Chử", although it reads like the surname of Chu
//! Quang Vũ in the same document); the "anh" in "chi Anh oi" is the given name of Lại Thị Ngọc Ánh
//! typed without diacritics and is marked; the dead are marked like the living (the four people
//! whose graves are moved, with their years of birth, a dead husband, two dead fathers, one with
//! his year of birth), while their years of death are not; a year alone after "sinh năm", "sn" or
//! in a "Năm sinh" column is marked as a date of birth; the pepper agent is a household business,
//! so its 10-digit tax code is marked as a personal tax code (a household business is its owner),
//! like the name it is registered under and the owner's mobile, while its premises, landline and
//! shop name "Hưng Thịnh" are not; the Nùng woman's 12-digit personal identification number is
//! marked as a CCCD in the form and as a tax code where the ward's SMS and her daughter give it as
//! the household business's tax code, and the household business's VietinBank account in her name
//! is marked; the loan collectors' numbers are marked as phones (persons' phones), also where they
//! head a message, and their MB account, which looks like a mobile number, as a bank account, like
//! the romance scam's MB mule account; the full Mastercard number the husband typed into Zalo and
//! the Visa debit card the teacher entered on a fake tracking page are marked as payment cards; the
//! retired teacher's address as she wrote it in English and her number written +84 are marked; the
//! worker's home village as the collectors' post gave it ("Trung Sơn, Cẩm Thạch, Thanh Hóa") and
//! hamlets with their commune but no province typed without diacritics ("thon Sung Tra, xa Son Vi",
//! "thon Trung Son, xa Cam Thach") are marked as addresses, being someone's home; a home landline
//! (0274 3824 517) is marked as a phone (a person's); a French hiker's name and Vietnamese SIM are
//! marked; the old nine-digit cards of a J'rai farmer (twice), a Mông buyer and a Nùng husband are
//! marked as CMNDs; the four passports the broker kept are marked, one again in a Zalo message; the
//! wife's and the injured hiker's DN cards are marked as health insurance cards and the factory
//! worker's BHXH number alone as a social insurance number; the IP addresses of the IVF booking, of
//! the loan app sign-up from the worker's room and of the online business registration are marked;
//! private vehicles are marked as plates (the broker's Mazda, a farmer's son's motorbike, the
//! buffalo seller's motorbike, a villager's pickup, the hikers' self-drive car) and the seller's
//! and the pickup driver's driving licences are marked; addresses with a village, hamlet or bản and
//! a commune and province are marked where they are someone's home, and so are a rented room, the
//! IVF couple's flat and addresses holding streets named after people (Nguyễn Biểu, Bùi Quốc Khánh,
//! Đoàn Thị Liên, Phạm Phú Thứ). Left unmarked on purpose: organisation data (the hospital's tax
//! code 0108451262, switchboard 1900 6218 and address 235 Tây Sơn, the fake labour company's tax
//! code 3001947261 and address 118 Trần Phú, the pepper agent's premises 231 Hùng Vương and
//! landline 0269 3851 472, the association's address 58 Nguyễn Văn Tiết, landline 0274 3755 218 and
//! mailbox vanphong@hoiphuockien.org.vn, the ward's hotline 0205 3812 216, the market kiosk where
//! the household business trades), foreign phones (a Taiwanese +886 921 634 075 and a French +33 6
//! 48 21 07 93, not Vietnamese numbers), document and reference numbers (dossier HTSS-2604-0217,
//! marriage certificate 42 in book 01/2019, licence 326/LĐTBXH-GP, receipts PT 0815 to PT 0903,
//! case 087/TB-CSĐT, record 112/BB-CAP, notice 09/TB-BQLNT, decision 2217/QĐ-UBND, grave numbers
//! B-017 to B-052, the 2012 business certificate 14G8002317, dossier H33.26-260317-0418, the
//! industry code 5610, report 21/BC-CAX), a card's expiry date (11/29), amounts, weights, ages,
//! temperatures and distances, non-birth dates (consultation, last period, marriage, receipt,
//! transfer, complaint, theft, sale, loan, posting, death, lunar and exhumation, submission and
//! rescue dates), a surname alone on an illegible tombstone ("họ Trương"), villages and hamlets
//! named alone as places (plei Kte, Lũng Pù, Pa Vi, Háng Đồng, typed "Hang Dong" too), ethnic
//! groups, health details (not graded in these sets), a market, a border village, a city and a
//! mountain named as places (chợ phiên Mèo Vạc, Lũng Cú, Toronto, sống lưng khủng long), and
//! streets named after people outside an address (Trần Phú, Hùng Vương and Nguyễn Văn Tiết in
//! organisations' addresses).

use super::Doc;
use super::Part::{P, T};

pub const HELD_OUT_21: &[Doc] = &[
    Doc {
        name: "phieu-tu-van-thu-tinh-ong-nghiem-va-zalo-dieu-duong",
        parts: &[
            P(
                "BỆNH VIỆN ĐA KHOA AN PHÚC · TRUNG TÂM HỖ TRỢ SINH SẢN · 235 Tây Sơn, phường Đống Đa, Hà Nội · Tổng đài 1900 6218 · MST 0108451262",
            ),
            P(
                "PHIẾU TƯ VẤN LẦN ĐẦU VỀ THỤ TINH TRONG ỐNG NGHIỆM (IVF) · Mã hồ sơ HTSS-2604-0217 · Ngày tư vấn: 07/04/2026",
            ),
            T(&[
                &["Nội dung", "Thông tin"],
                &[
                    "Người vợ",
                    "{person_name|Nông Thị Thu Hường}, sinh ngày {date_of_birth|19/10/1989}, 36 tuổi, kế toán",
                ],
                &["Căn cước (vợ)", "{vn.cccd|004189003657}"],
                &[
                    "Người chồng",
                    "{person_name|Phí Quang Toản}, sinh ngày {date_of_birth|02/02/1986}, kỹ sư cầu đường, căn cước số {vn.cccd|001086012794}",
                ],
                &[
                    "Địa chỉ liên hệ",
                    "{vn.address|phòng 1706 tòa B, chung cư Hòa Bình Green, số 376 đường Bưởi, phường Ngọc Hà, thành phố Hà Nội}",
                ],
                &[
                    "Điện thoại",
                    "{vn.phone|0966 183 520} (vợ) · {vn.phone|0913 640 275} (chồng)",
                ],
                &["E-mail nhận kết quả", "{email|thuhuong.nong89@gmail.com}"],
                &[
                    "Thẻ BHYT (vợ)",
                    "{vn.health_insurance_card|DN4010409157382} (IVF không thuộc phạm vi chi trả của BHYT)",
                ],
                &[
                    "Đặt lịch",
                    "Trực tuyến lúc 22:41 ngày 02/04/2026, địa chỉ IP {ip_address|113.185.47.162}",
                ],
                &["Bác sĩ tư vấn", "ThS.BS {person_name|Kiều Minh Nguyệt}"],
            ]),
            P(
                "Tiền sử (bác sĩ ghi): kết hôn tháng 5/2019, chung sống không tránh thai gần 7 năm. Chị {person_name|Hường} sẩy thai tự nhiên 2 lần (thai 8 tuần tháng 3/2021, thai 10 tuần tháng 11/2023); chụp HSG ngày 16/01/2026 tại Bệnh viện Phụ sản Hà Nội: tắc vòi tử cung hai bên. Anh {person_name|Toản} làm tinh dịch đồ ngày 28/03/2026: mật độ 9 triệu/ml, di động tiến tới 21%. Chu kỳ kinh đều 30 ngày, kinh cuối ngày 28/03/2026. Chị là con một; mẹ chị là bà {person_name|Hoàng Thị Lìn}, sinh năm {date_of_birth|1962}, ở {vn.address|xóm Nà Rị, xã Hòa An, tỉnh Cao Bằng}, cũng lấy chồng tám năm mới sinh được chị.",
            ),
            P(
                "Chỉ định và kế hoạch: IVF/ICSI, phác đồ antagonist. Xét nghiệm AMH, nội tiết cơ bản vào ngày 2 của vòng kinh tới; tiêm thuốc kích trứng 10-12 ngày, chọc hút trứng dự kiến cuối tháng 4; nuôi phôi ngày 5, trữ đông toàn bộ, chuyển phôi trữ ở chu kỳ sau. Chi phí dự kiến trọn gói 92.000.000 đồng chưa gồm thuốc; tạm ứng lần 1 là 30.000.000 đồng khi bắt đầu tiêm thuốc.",
            ),
            P(
                "Bác sĩ đã giải thích tỷ lệ thành công theo tuổi (khoảng 40-45% mỗi lần chuyển phôi ở tuổi của chị), nguy cơ quá kích buồng trứng và đa thai. Hai vợ chồng đồng ý, ký cam kết; bản sao giấy chứng nhận kết hôn số 42, quyển số 01/2019 do Ủy ban nhân dân xã Hưng Đạo cấp ngày 18/05/2019 lưu trong hồ sơ.",
            ),
            P(
                "Trích Zalo giữa điều dưỡng điều phối {person_name|Lã Thị Quyên} và vợ chồng bệnh nhân (chị {person_name|Hường} gõ không dấu):",
            ),
            P(
                "[09/04 21:12] {person_name|Thu Huong Nong}: chi {person_name|Quyen} oi em co kinh lai roi, mai 10/4 la ngay 2 vong kinh, em den xet nghiem luc may gio a? chong em di cong truong o Quang Ninh den thu 7 moi ve, em tu di duoc khong chi",
            ),
            P(
                "[09/04 21:26] {person_name|Lã Thị Quyên}: Chào em {person_name|Hường}, em đến lúc 7h30, xét nghiệm AMH không cần nhịn ăn, nhớ mang căn cước gốc nhé. Anh {person_name|Toản} chưa cần có mặt, nhưng hôm chọc hút anh phải lên để lấy mẫu và ký giấy cùng em.",
            ),
            P(
                "[09/04 21:40] {person_name|Toản Phí}: Chị {person_name|Quyên} ơi, tạm ứng em thanh toán trước luôn được không, em gửi số thẻ Mastercard {payment_card|5237 1684 0592 7319} hạn 11/29, chị trừ giúp em 30 triệu, mã OTP về số {vn.phone|0913640275} em đọc cho chị sau.",
            ),
            P(
                "[09/04 21:52] {person_name|Lã Thị Quyên}: Anh ơi bệnh viện không được nhận số thẻ qua Zalo, em đã thu hồi tin nhắn của anh rồi ạ. Anh thanh toán ở quầy hoặc chuyển khoản vào tài khoản bệnh viện ghi trên phiếu hẹn. Từ giờ đến hôm lấy mẫu anh kiêng rượu bia, không xông hơi nhé.",
            ),
            P(
                "[10/04 06:05] {person_name|Thu Huong Nong}: da chi. chong em chuyen khoan tu tk Techcombank {vn.bank_account|19035126847011} ten {person_name|PHI QUANG TOAN} roi a. hom chuyen phoi me em {person_name|Lin} tu Cao Bang xuong o cung, so cua me em {vn.phone|0386 205 419}, co viec gi chi goi me em giup em, me em noi tieng Tay voi tieng Kinh deu duoc",
            ),
        ],
    },
    Doc {
        name: "don-to-giac-moi-gioi-xuat-khau-lao-dong-va-phieu-thu",
        parts: &[
            P("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM · Độc lập - Tự do - Hạnh phúc"),
            P(
                "ĐƠN TỐ GIÁC về hành vi lừa đảo chiếm đoạt tài sản thông qua việc hứa hẹn đưa người đi làm việc ở nước ngoài",
            ),
            P("Kính gửi: Cơ quan Cảnh sát điều tra Công an tỉnh Hà Tĩnh"),
            P(
                "Tôi là {person_name|Phan Đình Tuấn}, sinh ngày {date_of_birth|14/08/1997}, căn cước số {vn.cccd|042097005318}, thường trú tại {vn.address|thôn Trung Thịnh, xã Đức Thọ, tỉnh Hà Tĩnh}, điện thoại {vn.phone|0977 430 615}, thay mặt bốn người cùng bị hại có tên dưới đây, xin tố giác bà {person_name|Dương Thị Kim Hằng}, sinh năm {date_of_birth|1979}, ở {vn.address|số 23 ngõ 5 đường Nguyễn Biểu, phường Thành Sen, tỉnh Hà Tĩnh}, điện thoại {vn.phone|0945 172 386}, về hành vi sau đây.",
            ),
            P(
                "Tháng 8/2025, anh họ tôi là anh {person_name|Phan Đình Quý} giới thiệu tôi gặp bà {person_name|Hằng} tại văn phòng Công ty Cổ phần Cung ứng Nhân lực Quốc tế Hồng Lam (mã số thuế 3001947261, số 118 đường Trần Phú, phường Thành Sen). Bà {person_name|Hằng} xưng là giám đốc chi nhánh, cho xem giấy phép hoạt động dịch vụ đưa người lao động đi làm việc ở nước ngoài số 326/LĐTBXH-GP và đơn tuyển của một nhà máy lắp ráp linh kiện ô tô ở Hungary, lương 1.150 euro/tháng, bao ăn ở, chi phí trọn gói 6.500 USD, bay trong tháng 12/2025. Tin lời bà, chúng tôi nộp tiền nhiều đợt, có phiếu thu đóng dấu công ty và chữ ký của bà, và giao hộ chiếu cho bà giữ để \"làm visa\".",
            ),
            T(&[
                &["Chứng từ", "Ngày", "Người nộp", "Số tiền (đồng)", "Ghi chú"],
                &[
                    "Phiếu thu PT 0815",
                    "22/08/2025",
                    "{person_name|Phan Đình Tuấn}",
                    "50.000.000",
                    "Đặt cọc hồ sơ, nộp kèm hộ chiếu số {vn.passport|C8427106}",
                ],
                &[
                    "Phiếu thu PT 0816",
                    "22/08/2025",
                    "{person_name|Lê Thị Hoài Thương}",
                    "50.000.000",
                    "Đặt cọc hồ sơ, nộp kèm hộ chiếu số {vn.passport|C9153842}",
                ],
                &[
                    "Phiếu thu PT 0902",
                    "09/09/2025",
                    "{person_name|Lô Văn Xiểng}",
                    "40.000.000",
                    "Đặt cọc hồ sơ, nộp kèm hộ chiếu số {vn.passport|C7608315}",
                ],
                &[
                    "Phiếu thu PT 0903",
                    "09/09/2025",
                    "{person_name|Đậu Văn Hoàng}",
                    "50.000.000",
                    "Đặt cọc hồ sơ, nộp kèm hộ chiếu số {vn.passport|C6295731}",
                ],
                &[
                    "Ủy nhiệm chi",
                    "14/10/2025",
                    "{person_name|Phan Đình Tuấn}",
                    "110.000.000",
                    "Chuyển vào TK Vietcombank {vn.bank_account|1028745163}, chủ TK {person_name|DUONG THI KIM HANG}, nội dung \"NOP PHI VISA HUNGARY DOT 2\"",
                ],
                &[
                    "Ủy nhiệm chi",
                    "02/11/2025",
                    "{person_name|Lê Thị Hoài Thương}",
                    "105.000.000",
                    "Chuyển vào tài khoản trên từ TK BIDV {vn.bank_account|37210000584629} của bố là ông {person_name|Lê Văn Hào}",
                ],
                &[
                    "Giấy viết tay",
                    "05/12/2025",
                    "{person_name|Lô Văn Xiểng}",
                    "30.000.000",
                    "Tiền mặt, bà {person_name|Hằng} ký nhận, không đóng dấu",
                ],
            ]),
            P(
                "Tổng cộng bốn người đã nộp 435.000.000 đồng. Đến hạn bay, bà {person_name|Hằng} hẹn lần hẹn lữa với lý do \"đại sứ quán đang xét visa\". Ngày 08/01/2026 em {person_name|Xiểng} ra Hà Nội hỏi thì Đại sứ quán Hungary cho biết không có hồ sơ nào mang tên chúng tôi. Từ ngày 15/01/2026 bà {person_name|Hằng} chặn Zalo, tắt máy, văn phòng công ty đóng cửa; ngày 20/01/2026 tôi tra trên cổng thông tin của Cục Quản lý lao động ngoài nước thì không có giấy phép số 326 nào như vậy. Chồng bà {person_name|Hằng} là ông {person_name|Võ Tá Nghĩa} vẫn ở nhà tại địa chỉ trên, nói không biết việc của vợ, nhưng chiếc Mazda CX-5 biển số {vn.licence_plate|38A-527.19} bà {person_name|Hằng} vẫn đi đã được rao bán trên mạng.",
            ),
            P(
                "Em {person_name|Xiểng} là người Thái ở {vn.address|bản Na Xái, xã Châu Bình, tỉnh Nghệ An}, bố mẹ em phải thế chấp sổ đỏ vay Ngân hàng Chính sách xã hội 100 triệu; chị {person_name|Thương} nghỉ việc ở khu kinh tế Vũng Áng để chờ bay; anh {person_name|Hoàng} ở {vn.address|xóm 7, xã Yên Thành, tỉnh Nghệ An} đã bán trâu và vay lãi ngoài. Đề nghị Cơ quan điều tra khởi tố vụ án, truy tìm bà {person_name|Dương Thị Kim Hằng}, thu hồi tiền và hộ chiếu cho chúng tôi.",
            ),
            P(
                "Những người cùng tố giác: chị {person_name|Lê Thị Hoài Thương}, sinh ngày {date_of_birth|25.03.1999}, căn cước số {vn.cccd|042199002746}, điện thoại {vn.phone|0834 619 208}; anh {person_name|Lô Văn Xiểng}, sinh ngày {date_of_birth|07/12/2001}, căn cước số {vn.cccd|040201007385}, điện thoại {vn.phone|0354 082 716}; anh {person_name|Đậu Văn Hoàng}, sinh năm {date_of_birth|1994}, căn cước số {vn.cccd|040094013562}, điện thoại {vn.phone|0971 526 843}. Hà Tĩnh, ngày 26/01/2026.",
            ),
            P(
                "Trích tin nhắn bà {person_name|Hằng} gửi nhóm Zalo \"Di Hung T12\" (gõ không dấu), chúng tôi chụp màn hình nộp kèm:",
            ),
            P(
                "[03/12/2025 20:14] {person_name|Kim Hang Duong}: Cac em yen tam, ho so da nop dai su quan roi, giua thang 1 co visa. Em {person_name|Xieng} nop not 30tr truoc 10/12 nhe, khong co tien mat thi chuyen vao tk {vn.bank_account|1028745163} cua chi. Ai muon bay som thi nop them 20tr phi uu tien",
            ),
            P(
                "[03/12/2025 20:37] {person_name|Lo Van Xieng}: da chi, bo me em vay ngan hang chinh sach roi, 5/12 em mang tien mat xuong nha chi. chi cho em xin lai anh chup ho chieu {vn.passport|C7608315} de em lam ho so vay a",
            ),
            P(
                "[14/01/2026 22:51] {person_name|Kim Hang Duong}: Dai su quan dang kiem tra lai nha may, cac em cho them 2 tuan. Dung len mang noi linh tinh, lam lo ho so la mat visa ca nhom",
            ),
            P(
                "GIẤY BIÊN NHẬN: Cơ quan Cảnh sát điều tra Công an tỉnh Hà Tĩnh nhận đơn và 12 tài liệu kèm theo lúc 10 giờ 15 ngày 27/01/2026, số thụ lý 087/TB-CSĐT. Cán bộ tiếp nhận: Thiếu tá {person_name|Bùi Xuân Trường}.",
            ),
        ],
    },
    Doc {
        name: "bien-ban-tiep-nhan-to-giac-lua-dao-tinh-cam-qua-mang",
        parts: &[
            P("CÔNG AN THÀNH PHỐ HẢI PHÒNG · CÔNG AN PHƯỜNG AN BIÊN"),
            P("BIÊN BẢN TIẾP NHẬN TỐ GIÁC VỀ TỘI PHẠM · Số: 112/BB-CAP"),
            P(
                "Hồi 09 giờ 20 phút ngày 03/02/2026, tại trụ sở Công an phường An Biên, chúng tôi gồm Đại úy {person_name|Vũ Hải Đăng} và Trung úy {person_name|Lương Thị Ngân Hà} tiến hành tiếp nhận tố giác của:",
            ),
            P(
                "Bà {person_name|Trịnh Thị Bích Liên}, sinh ngày {date_of_birth|11/11/1963}, giáo viên nghỉ hưu, căn cước số {vn.cccd|031163002748}, ở {vn.address|số 46 phố Hàng Kênh, phường An Biên, thành phố Hải Phòng}, điện thoại {vn.phone|0904 318 265}. Đi cùng có con gái bà là chị {person_name|Đặng Thu Phương}, sinh năm {date_of_birth|1990}, điện thoại {vn.phone|0936 724 081}, e-mail {email|phuongdang.hp90@gmail.com}.",
            ),
            P(
                "Bà {person_name|Liên} trình bày: chồng bà là ông {person_name|Đặng Văn Khang} mất năm 2022, bà ở một mình. Ngày 12/09/2025 có tài khoản Facebook tên \"{person_name|Michael Anderson}\" kết bạn, xưng là bác sĩ quân y người Mỹ đang làm nhiệm vụ ở Syria, vợ mất vì ung thư, có một con gái học nội trú ở Texas. Hai bên nhắn tin hằng ngày qua Messenger bằng tiếng Anh, bà dùng Google dịch. Tháng 11/2025 người này nói sắp nghỉ hưu, muốn sang Việt Nam sống với bà, gửi trước một thùng quà gồm 850.000 USD tiền mặt và trang sức qua một \"công ty chuyển phát ngoại giao\".",
            ),
            P(
                "Ngày 13/11/2025 một phụ nữ gọi từ số {vn.phone|0582 469 137}, xưng là {person_name|Nguyễn Thị Lan Chi}, nhân viên hải quan sân bay Nội Bài, báo thùng hàng bị giữ vì có ngoại tệ chưa khai báo, yêu cầu nộp các khoản phí. Từ ngày 14/11 đến ngày 02/12/2025 bà đã chuyển tổng cộng 645.000.000 đồng, gồm: 45.000.000 đồng vào tài khoản MB {vn.bank_account|0358614927} tên {person_name|HOANG VAN TUYEN} (\"phí thông quan\"); 120.000.000 đồng vào tài khoản Sacombank {vn.bank_account|060318472956} tên {person_name|LY THI THANH TAM} (\"phí chống rửa tiền\"); 480.000.000 đồng vào tài khoản VPBank {vn.bank_account|236849157} tên {person_name|NGUYEN DUC MANH} (\"thuế nhập khẩu vàng\"). Tiền là sổ tiết kiệm 400 triệu bà rút trước hạn ở Agribank và 245 triệu vay của em gái là bà {person_name|Trịnh Thị Bích Hạnh}. Ngày 28/11 bà còn nhập số thẻ Visa ghi nợ {payment_card|4182 3605 7194 8264} vào trang \"tra cứu vận đơn\" người này gửi để trả 3.200.000 đồng \"phí lưu kho\"; sau đó thẻ bị trừ thêm ba giao dịch ở nước ngoài.",
            ),
            P(
                "Ngày 01/02/2026 chị {person_name|Phương} về thăm mẹ, đọc tin nhắn thì nghi bị lừa, tìm ảnh đại diện của \"{person_name|Michael}\" trên mạng thấy là ảnh lấy của người khác, nên đưa mẹ đến trình báo.",
            ),
            P("Trích tin nhắn Messenger bà {person_name|Liên} cung cấp (giữ nguyên):"),
            P(
                "[02/11/2025 22:47] {person_name|Michael Anderson}: My dear Lien, I trust you with everything I have. The diplomat will deliver the box to your house. Please send me your full name, home address and phone number exactly as on your ID.",
            ),
            P(
                "[02/11/2025 23:05] {person_name|Trịnh Bích Liên}: My name is {person_name|Trinh Thi Bich Lien}. Address {vn.address|46 Hang Kenh street, An Bien ward, Hai Phong city}. Phone {vn.phone|+84 904 318 265}. I wait you, {person_name|Mike}. Take care.",
            ),
            P(
                "[13/11/2025 08:12] {person_name|Michael Anderson}: Honey, the customs officer Mrs. {person_name|Lan Chi} will call you. Her email is {email|lanchi.haiquan.vn@gmail.com}. Please pay the clearance fee today, I will return every cent when I arrive in Hai Phong.",
            ),
            P(
                "Công an phường đã hướng dẫn bà {person_name|Liên} báo ngân hàng khóa thẻ, gửi đề nghị tạm phong tỏa ba tài khoản nhận tiền và chuyển hồ sơ đến Cơ quan Cảnh sát điều tra Công an thành phố theo thẩm quyền. Biên bản lập xong lúc 11 giờ 10 cùng ngày, đọc lại cho người tố giác nghe và ký. NGƯỜI TỐ GIÁC {person_name|Trịnh Thị Bích Liên} · NGƯỜI TIẾP NHẬN {person_name|Vũ Hải Đăng}",
            ),
            P(
                "Tin nhắn chị {person_name|Phương} gửi dì đến số {vn.phone|0369 147 285} trưa cùng ngày (không dấu): \"Di {person_name|Hanh} oi me con bi lua that roi, 245tr cua di me con cung chuyen het cho no. Cong an phuong vua lap bien ban xong, di dung trach me con nha. Ai goi xung hai quan hay cong an doi tien thi di cup may luon\"",
            ),
        ],
    },
    Doc {
        name: "so-ung-truoc-thu-mua-ho-tieu-va-zalo-dai-ly",
        parts: &[
            P(
                "ĐẠI LÝ NÔNG SẢN HƯNG THỊNH · Hộ kinh doanh {person_name|Lại Văn Hưng} · MST {vn.tax_code|5901268435} · 231 Hùng Vương, xã Chư Sê, tỉnh Gia Lai · ĐT 0269 3851 472 · Di động chủ đại lý {vn.phone|0905 318 742}",
            ),
            P(
                "SỔ ỨNG TRƯỚC PHÂN BÓN VÀ THU MUA HỒ TIÊU · Vụ 2025-2026 · Trang các hộ plei Kte (con gái chủ đại lý là {person_name|Lại Thị Ngọc Ánh} gõ lại từ sổ tay)",
            ),
            T(&[
                &[
                    "STT",
                    "Chủ hộ",
                    "Năm sinh",
                    "Căn cước / CMND",
                    "Điện thoại",
                    "Ứng phân NPK (bao)",
                    "Tiền ứng (đồng)",
                ],
                &[
                    "1",
                    "{person_name|Ksor Dũ}",
                    "{date_of_birth|1975}",
                    "{vn.cccd|064075002914}",
                    "{vn.phone|0385 217 640}",
                    "40",
                    "24.800.000",
                ],
                &[
                    "2",
                    "{person_name|Rơ Mah H'Nhí}",
                    "{date_of_birth|1983}",
                    "{vn.cccd|064183006725}",
                    "{vn.phone|0868 401 739} (con trai)",
                    "25",
                    "15.500.000",
                ],
                &[
                    "3",
                    "{person_name|Siu Blơi}",
                    "{date_of_birth|1969}",
                    "CMND {vn.cmnd|230518472}",
                    "Không có, nhắn qua {person_name|Ksor Dũ}",
                    "18",
                    "11.160.000",
                ],
                &[
                    "4",
                    "{person_name|Puih H'Lúi}",
                    "{date_of_birth|1991}",
                    "{vn.cccd|064191008406}",
                    "{vn.phone|0399 852 063}",
                    "30",
                    "18.600.000",
                ],
            ]),
            P("Ghi chép thu mua (gõ nhanh, không dấu):"),
            P(
                "10/02/2026: nha {person_name|Ksor Du} ban 2.150 kg tieu kho, gia 146.000d/kg = 313.900.000d, tru no ung 24.800.000d va lai 2%/thang x 4 thang = 1.984.000d, con 287.116.000d. Chuyen khoan vao tk Agribank {vn.bank_account|6204205183746} ten {person_name|KSOR DU}. A {person_name|Du} xin gui lai 200 kg trong kho cho gia len.",
            ),
            P(
                "12/02/2026: {person_name|H'Nhi} giao 1.260 kg, con trai la {person_name|Ro Mah Thuan} (sn {date_of_birth|2004}) cho bang xe may {vn.licence_plate|81-B1 374.52}, 4 chuyen. Hai me con noi o nha can duoc 1.310 kg, kho can ra 1.260 kg, chenh 50 kg. Tam tra tien 1.260 kg, chua tru no ung, hen thu 7 can lai truoc mat truong plei.",
            ),
            P(
                "14/02/2026: can lai 3 bao mau o nha truong plei {person_name|Rah Lan Bơng}, co can bo khuyen nong xa {person_name|Dinh Van Thao} chung kien. Can dien tu cua kho lech 1,8 kg moi ta (yeu pin). Dai ly nhan sai, tinh lai 1.310 kg cho nha {person_name|H'Nhi}, tra them 50 kg x 146.000d = 7.300.000d, tru no ung 15.500.000d. Da xin loi ba con, thay pin, hen kiem dinh lai can.",
            ),
            P(
                "15/02/2026: ong {person_name|Siu Bloi} chua co tieu ban (vuon chet nhanh 1/3), xin gian no sang vu sau, dai ly dong y khong tinh lai. Ong chua lam can cuoc, CMND {vn.cmnd|230518472} het han tu lau, nhac ong len cong an xa lam khong thi ngan hang khong cho vay.",
            ),
            P("Trích Zalo của đại lý với khách:"),
            P(
                "[12/02 20:41] {person_name|Thuận Rơ Mah}: chi {person_name|Anh} oi can nha chi thieu, me em can o nha 13 ta 1 ma xuong kho con 12 ta 6. me em khong biet chu, em ghi so roi. chi khong can lai thi em cho tieu sang dai ly khac ban",
            ),
            P(
                "[12/02 21:05] Đại lý Hưng Thịnh: Em {person_name|Thuận} bình tĩnh, thứ Bảy chị mang cân lên nhà trưởng plei cân lại 3 bao trước mặt mọi người, sai thì chị trả đủ. Chị {person_name|H'Nhí} muốn nhận tiền vào tài khoản nào em nhắn chị.",
            ),
            P(
                "[12/02 21:17] {person_name|Thuận Rơ Mah}: tk BIDV cua em {vn.bank_account|62110000847316} ten {person_name|RO MAH THUAN}, me em chua co tk. so dien thoai em doi roi, so moi {vn.phone|0335 718 264}",
            ),
        ],
    },
    Doc {
        name: "giay-mua-ban-trau-va-bien-ban-cong-an-xa",
        parts: &[
            P("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM · Độc lập - Tự do - Hạnh phúc"),
            P("GIẤY MUA BÁN TRÂU (trưởng thôn viết hộ, chép lại nguyên văn)"),
            P(
                "Hôm nay ngày 16 tháng 1 năm 2026, tại chợ phiên Mèo Vạc, chúng tôi gồm có. Bên bán: anh {person_name|Giàng Mí Chứ}, sinh năm {date_of_birth|1981}, căn cước số {vn.cccd|002081004273}, ở {vn.address|thôn Pả Vi Thượng, xã Mèo Vạc, tỉnh Tuyên Quang}. Bên mua: ông {person_name|Thào Seo Pháng}, sinh năm {date_of_birth|1976}, chứng minh thư sô {vn.cmnd|073512846}, ở {vn.address|thôn Lũng Pù, xã Khâu Vai, tỉnh Tuyên Quang}.",
            ),
            P(
                "Hai bên thống nhât mua bán 1 con trâu đực 5 tuổi, lông đen, sừng cánh cung, đuôi cụt 1 đoạn khoảng 1 gang tay, giá 38.500.000 đ (ba mươi tám triệu năm trăm nghìn đồng). Bên mua đã trả đủ tiền mặt. Bên bán cam đoan trâu là của nhà nuôi, không tranh chấp với ai, nếu sai bên bán chịu trách nhiệm trước pháp luật.",
            ),
            P(
                "Người làm chứng: trưởng thôn Lũng Pù {person_name|Ly Mí Sính}, điện thoại {vn.phone|0373 528 146}. Bên bán {person_name|Giàng Mí Chứ} (ký) · Bên mua {person_name|Thào Seo Pháng} (điểm chỉ)",
            ),
            P("Bài đăng Facebook ngày 18/01/2026 và bình luận (không dấu):"),
            P(
                "{person_name|Vàng Mí Tủa}: Ai o Meo Vac, Khau Vai thay con trau duc den cua chu em bi mat dem 10/1 o {vn.address|thon Sung Tra, xa Son Vi}, trau 5 tuoi, duoi cut 1 doan, sung cong, tai trai co vet cat danh dau hinh chu V. Ai thay bao giup chu em {person_name|Vang Seo Lu} so {vn.phone|0335 861 402} hoac em, hau ta 5 trieu. Cam on ca nha",
            ),
            P(
                "{person_name|Lầu Thị Dua}: hom 16 o cho Meo Vac co nguoi ban con trau duoi cut, nguoi o Pa Vi, ban cho ong o Lung Pu, a {person_name|Tua} hoi truong thon Lung Pu xem",
            ),
            P("BIÊN BẢN LÀM VIỆC · Công an xã Khâu Vai, 9 giờ ngày 20/01/2026"),
            P(
                "Thành phần: Thượng úy {person_name|Sùng Mí Hờ}, Công an xã Khâu Vai; trưởng thôn {person_name|Ly Mí Sính}; ông {person_name|Vàng Seo Lử}, sinh năm {date_of_birth|1968}, căn cước số {vn.cccd|002068001935}, ở {vn.address|thôn Sủng Trà, xã Sơn Vĩ, tỉnh Tuyên Quang}, người trình báo mất trâu; ông {person_name|Thào Seo Pháng}, người mua trâu, không thạo tiếng phổ thông, con trai ông là anh {person_name|Thào Mí Chơ}, điện thoại {vn.phone|0865 203 917}, phiên dịch tiếng Mông.",
            ),
            P(
                "Nội dung: ông {person_name|Lử} nhận con trâu đang buộc ở chuồng nhà ông {person_name|Pháng} là trâu nhà mình bị mất đêm 10/01/2026, căn cứ đuôi cụt và vết cắt đánh dấu ở tai trái. Ông {person_name|Pháng} xuất trình giấy mua bán ngày 16/01/2026. Làm việc qua điện thoại, anh {person_name|Chứ} khai mua lại con trâu của một người ở Lũng Cú không biết tên với giá 30 triệu, không có giấy tờ. Anh {person_name|Chứ} đi xe máy biển số {vn.licence_plate|23-K1 058.36}, giấy phép lái xe hạng A1 số {vn.driving_licence|020157834126}, hẹn 14 giờ cùng ngày có mặt tại trụ sở.",
            ),
            P(
                "Các bên thống nhất: tạm giao con trâu cho trưởng thôn {person_name|Sính} trông giữ đến khi Công an xã Mèo Vạc xác minh xong nguồn gốc; ông {person_name|Pháng} giữ giấy mua bán để yêu cầu anh {person_name|Chứ} trả lại 38.500.000 đồng nếu xác định đúng là trâu của ông {person_name|Lử}. Vợ anh {person_name|Chứ} là chị {person_name|Vừ Thị Sua} gọi từ số {vn.phone|0396 472 805} xin cho chồng trả tiền dần. Biên bản lập xong lúc 11 giờ 30, đọc lại bằng tiếng Mông cho các bên nghe, ký và điểm chỉ.",
            ),
        ],
    },
    Doc {
        name: "don-trinh-bao-bi-doi-no-khung-bo-qua-app-vay",
        parts: &[
            P("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM · Độc lập - Tự do - Hạnh phúc"),
            P(
                "ĐƠN TRÌNH BÁO về việc bị đe dọa, làm nhục và đăng thông tin cá nhân lên mạng để đòi nợ",
            ),
            P("Kính gửi: Công an phường Nếnh, tỉnh Bắc Ninh"),
            P(
                "Tôi tên là {person_name|Hà Thị Thu Hiền}, sinh ngày {date_of_birth|23/06/2000}, căn cước số {vn.cccd|038300011572}, thường trú tại {vn.address|thôn Trung Sơn, xã Cẩm Thạch, tỉnh Thanh Hóa}, tạm trú tại {vn.address|phòng 6, nhà trọ số 15 ngõ 2 đường Quang Châu, phường Nếnh, tỉnh Bắc Ninh}, công nhân Công ty TNHH Điện tử Vĩnh Phát, điện thoại {vn.phone|0329 417 658}. Tôi xin trình báo sự việc như sau.",
            ),
            P(
                "Ngày 05/02/2026 mẹ tôi là bà {person_name|Bùi Thị Lụa} phải mổ ruột thừa, tôi cần tiền gấp nên tải ứng dụng \"Ví Vàng 24h\" vay 3.000.000 đồng, thực nhận 2.100.000 đồng, kỳ hạn 7 ngày, phải trả 3.600.000 đồng. Ứng dụng bắt tôi chụp hai mặt căn cước, khuôn mặt, khai mã số BHXH {vn.social_insurance|2420917463} để \"xác minh thu nhập\" và cho phép truy cập danh bạ. Ảnh chụp màn hình lịch sử đăng nhập của ứng dụng ghi lần đăng ký lúc 21:14 ngày 05/02/2026 từ IP {ip_address|27.72.105.36} (mạng wifi phòng trọ của tôi).",
            ),
            P(
                "Ngày 12/02/2026 tôi chuyển đủ 3.600.000 đồng vào tài khoản MB {vn.bank_account|0866172439} mang tên {person_name|TRAN VAN QUANG} theo hướng dẫn của nhân viên. Sau đó người này nói tôi chuyển \"sai cú pháp\", phải trả lại kèm phí phạt 1.800.000 đồng. Tôi không đồng ý thì từ ngày 16/02/2026 nhiều số lạ gọi, nhắn tin chửi bới tôi, nhắn cho mẹ tôi (số {vn.phone|0384 206 917}), cho em trai tôi là {person_name|Hà Văn Tùng} và anh {person_name|Nguyễn Văn Sáng}, tổ trưởng chuyền của tôi. Ngày 19/02/2026 họ ghép ảnh căn cước với ảnh chân dung của tôi, đăng lên nhóm Facebook \"Cộng đồng công nhân KCN Quang Châu\" với dòng chữ \"CẢNH BÁO LỪA ĐẢO · {person_name|HÀ THỊ THU HIỀN} · CCCD {vn.cccd|038300011572} · quê {vn.address|Trung Sơn, Cẩm Thạch, Thanh Hóa} · vay không trả\".",
            ),
            P(
                "Các số đã gọi, nhắn tin đe dọa gồm {vn.phone|0567 318 240}, {vn.phone|0792 514 806} và một số khác tôi đã chụp màn hình. Trích tin nhắn (giữ nguyên, không dấu):",
            ),
            P(
                "[16/02 22:40] {vn.phone|0567 318 240}: {person_name|Hien} ca chuyen 3 to 5 xuong Vinh Phat dung khong. tra 5tr400 truoc 12h mai khong thi ca xuong biet mat may",
            ),
            P(
                "[17/02 06:55] {vn.phone|0567 318 240}: gui lai stk cho ma tra ne MB {vn.bank_account|0866172439} {person_name|TRAN VAN QUANG}. ko tra thi chieu nay anh em tao ve {vn.address|thon Trung Son, xa Cam Thach} hoi ba {person_name|Lua} me may",
            ),
            P(
                "[17/02 07:20] Tin nhắn gửi mẹ tôi từ số {vn.phone|0792 514 806}: \"Ba {person_name|Bui Thi Lua} phai khong. Con gai ba la {person_name|Ha Thi Thu Hien} vay tien khong tra, ba tra thay khong thi ca lang se biet\"",
            ),
            P(
                "Tôi xác nhận chỉ vay một khoản và đã trả đủ. Đề nghị Công an phường xác minh, xử lý những người đã đe dọa, xúc phạm tôi và gia đình, yêu cầu gỡ bài đăng. Bắc Ninh, ngày 20/02/2026. Người trình báo {person_name|Hà Thị Thu Hiền}",
            ),
            P(
                "PHẦN TIẾP NHẬN: Thượng úy {person_name|Đào Quang Huy} nhận đơn lúc 15 giờ ngày 20/02/2026, đã ghi lời khai, sao lưu 27 ảnh chụp màn hình. Em trai người trình báo là anh {person_name|Hà Văn Tùng}, sinh năm {date_of_birth|1996}, công nhân khu công nghiệp Vân Trung, điện thoại {vn.phone|0976 305 841}, đi cùng, xác nhận đã nhận 11 tin nhắn đe dọa. Đã đề nghị quản trị viên nhóm gỡ bài; bài được gỡ lúc 16 giờ 40 cùng ngày.",
            ),
        ],
    },
    Doc {
        name: "thong-bao-di-doi-mo-nghia-trang-hoi-nguoi-hoa",
        parts: &[
            P(
                "HỘI TƯƠNG TẾ NGƯỜI HOA PHƯỚC KIẾN · BAN QUẢN LÝ NGHĨA TRANG · 58 đường Nguyễn Văn Tiết, phường Lái Thiêu, Thành phố Hồ Chí Minh · ĐT 0274 3755 218 · vanphong@hoiphuockien.org.vn",
            ),
            P(
                "THÔNG BÁO (lần 2) về việc di dời mộ phần khu B để giải phóng mặt bằng dự án đường Vành đai 3 · Số 09/TB-BQLNT, ngày 15/04/2026",
            ),
            P(
                "Thực hiện phương án bồi thường, hỗ trợ được phê duyệt tại Quyết định số 2217/QĐ-UBND, toàn bộ 126 mộ khu B phải di dời xong trước ngày 30/06/2026. Đến nay Ban đã liên hệ được thân nhân của 119 mộ. Các mộ dưới đây chưa có thân nhân ký biên bản; ai là con cháu, họ hàng xin liên hệ Ban Quản lý, mang theo giấy tờ chứng minh quan hệ. Quá hạn, Hội sẽ cải táng tập trung, hỏa táng và gửi tro cốt tại tháp cốt của Hội.",
            ),
            T(&[
                &[
                    "Mộ số",
                    "Người quá cố",
                    "Năm sinh",
                    "Năm mất",
                    "Thân nhân đã liên hệ",
                    "Điện thoại thân nhân",
                ],
                &[
                    "B-017",
                    "{person_name|Hứa Tường Phát}",
                    "{date_of_birth|1921}",
                    "1989",
                    "Cháu nội {person_name|Hứa Bội Quân}",
                    "{vn.phone|0918 537 206}",
                ],
                &[
                    "B-018",
                    "{person_name|Trần Tú Lệ} (vợ ông {person_name|Phát})",
                    "{date_of_birth|1926}",
                    "2003",
                    "Cháu nội {person_name|Hứa Bội Quân}",
                    "{vn.phone|0918 537 206}",
                ],
                &[
                    "B-031",
                    "{person_name|Quách Chấn Hưng}",
                    "{date_of_birth|1940}",
                    "1997",
                    "Cháu nội ở Canada, chưa về",
                    "",
                ],
                &[
                    "B-044",
                    "{person_name|Lâm Kim Phụng}",
                    "{date_of_birth|1952}",
                    "2015",
                    "Con trai {person_name|Diệp Thế Vinh}",
                    "{vn.phone|0707 412 583}",
                ],
                &[
                    "B-052",
                    "Không rõ (bia mờ, chỉ đọc được họ Trương)",
                    "",
                    "1978",
                    "Chưa có",
                    "",
                ],
            ]),
            P("Ghi chép của thư ký Ban Quản lý, ông {person_name|Tăng Quốc Bình}:"),
            P(
                "22/04/2026: bà {person_name|Hứa Bội Quân}, sinh năm {date_of_birth|1958}, căn cước số {vn.cccd|074158002136}, ở {vn.address|số 9 hẻm 212 đường Bùi Quốc Khánh, phường Chánh Hiệp, Thành phố Hồ Chí Minh}, điện thoại nhà {vn.phone|0274 3824 517}, đến nhận hai mộ B-017 và B-018 của ông bà nội. Bà cho biết cha bà là ông {person_name|Hứa Gia Lượng}, sinh năm {date_of_birth|1936}, đã mất, các chú đều định cư ở Đài Loan; gia đình xin hỏa táng, đưa tro cốt về thờ tại nhà. Tiền hỗ trợ di dời hai mộ 18.400.000 đồng chuyển vào tài khoản ACB {vn.bank_account|16594827} đứng tên bà. Chú út của bà là ông {person_name|Hứa Gia Minh} gọi từ số Đài Loan +886 921 634 075 đồng ý.",
            ),
            P(
                "25/04/2026: ông {person_name|Diệp Thế Vinh}, sinh ngày {date_of_birth|08/03/1975}, căn cước số {vn.cccd|074075003649}, ở {vn.address|số 27/5 đường Đoàn Thị Liên, phường Thủ Dầu Một, Thành phố Hồ Chí Minh}, nhận mộ mẹ là bà {person_name|Lâm Kim Phụng}. Ông xin bốc mộ ngày 12/05/2026 (26/3 âm lịch) theo giờ thầy xem, cải táng về nghĩa trang Chánh Phú Hòa cạnh mộ cha ông là ông {person_name|Diệp Cẩm Đường} (sinh năm {date_of_birth|1947}, mất năm 2020). Ông nhờ Ban ghi thêm số của vợ ông là bà {person_name|Lưu Thục Nghi}, {vn.phone|0933 271 648}, vì ông hay đi giao hàng xa.",
            ),
            P(
                "28/04/2026: nhận e-mail của chị {person_name|Quách Uyển Nhi} <{email|uyennhi.quach@hotmail.ca}> ở Toronto, cháu nội ông {person_name|Quách Chấn Hưng} (mộ B-031), đọc được thông báo trên trang Facebook của Hội. Chị viết: \"Con không về kịp, con ủy quyền cho anh họ là {person_name|Quách Gia Huy}, căn cước {vn.cccd|079088014725}, điện thoại {vn.phone|0903 582 174}, lo việc cải táng cho ông nội; tiền hỗ trợ Hội chuyển cho anh {person_name|Huy}. Giấy ủy quyền con làm ở Tổng lãnh sự quán tại Toronto, gửi DHL về nhà anh {person_name|Huy} ở {vn.address|số 61 đường Phạm Phú Thứ, phường Bình Tây, Thành phố Hồ Chí Minh}.\"",
            ),
            P("Trích Zalo giữa thư ký Ban và ông {person_name|Vinh} (ông gõ không dấu):"),
            P(
                "[06/05 19:22] {person_name|Thế Vinh Diệp}: chu {person_name|Binh} oi, thay xem gio boc mo ma con la 5h sang 12/5, chu dan bao ve mo cong som giup con. con chuyen 2tr dong gop cho Hoi tu tk Vietcombank {vn.bank_account|0281000736452} ten {person_name|DIEP THE VINH} roi nha chu",
            ),
            P(
                "[06/05 19:40] {person_name|Tăng Quốc Bình}: Được rồi {person_name|Vinh}, chú dặn bảo vệ 4 giờ 30 mở cổng. Nhớ mang bản chính giấy chứng tử của má con để đối chiếu.",
            ),
        ],
    },
    Doc {
        name: "giay-de-nghi-dang-ky-ho-kinh-doanh-va-tin-nhan",
        parts: &[
            P("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM · Độc lập - Tự do - Hạnh phúc"),
            P(
                "GIẤY ĐỀ NGHỊ ĐĂNG KÝ HỘ KINH DOANH · Kính gửi: Phòng Kinh tế, Hạ tầng và Đô thị - Ủy ban nhân dân phường Đông Kinh, tỉnh Lạng Sơn",
            ),
            T(&[
                &["Nội dung", "Thông tin"],
                &["Tên hộ kinh doanh", "Quán vịt quay Mắc Mật Kỳ Lừa"],
                &[
                    "Địa điểm kinh doanh",
                    "Ki-ốt số 27, tầng 1 chợ Đông Kinh, phường Đông Kinh, tỉnh Lạng Sơn",
                ],
                &[
                    "Ngành, nghề kinh doanh",
                    "Nhà hàng, quán ăn, hàng ăn uống (mã ngành 5610)",
                ],
                &["Vốn kinh doanh", "150.000.000 đồng"],
                &["Số lượng lao động", "03"],
                &["Họ và tên chủ hộ", "{person_name|Lộc Thị Nhàn}"],
                &["Ngày, tháng, năm sinh", "{date_of_birth|30/04/1984}"],
                &["Dân tộc", "Nùng"],
                &["Số định danh cá nhân", "{vn.cccd|020184007239}"],
                &[
                    "Nơi thường trú",
                    "{vn.address|số 52 đường Tam Thanh, phường Tam Thanh, tỉnh Lạng Sơn}",
                ],
                &[
                    "Điện thoại · Thư điện tử",
                    "{vn.phone|0915 284 037} · {email|locnhan.ls84@gmail.com}",
                ],
                &[
                    "Thành viên hộ gia đình cùng kinh doanh",
                    "Chồng {person_name|Mã Văn Sình}, sinh năm {date_of_birth|1980}, căn cước số {vn.cccd|020080005814}; con gái {person_name|Mã Thị Diệu Linh}, sinh ngày {date_of_birth|14/09/2005}, căn cước số {vn.cccd|020305002671}",
                ],
                &[
                    "Tài khoản đăng ký với cơ quan thuế",
                    "VietinBank {vn.bank_account|107869241538}, chủ tài khoản {person_name|LOC THI NHAN}",
                ],
                &[
                    "Nộp hồ sơ",
                    "Trực tuyến qua Cổng Dịch vụ công quốc gia lúc 21:07 ngày 17/03/2026, IP {ip_address|14.232.168.91}",
                ],
            ]),
            P(
                "Tôi cam kết không thuộc trường hợp bị cấm kinh doanh, trung thực về nội dung kê khai và hộ kinh doanh chỉ hoạt động tại một địa điểm. Trước đây chồng tôi đứng tên hộ kinh doanh bán đồ khô ở chợ Kỳ Lừa theo Giấy chứng nhận số 14G8002317 cấp năm 2012, khai bằng chứng minh nhân dân cũ số {vn.cmnd|080624571}; hộ đó đã chấm dứt hoạt động từ tháng 12/2025. Lạng Sơn, ngày 17/03/2026. Chủ hộ kinh doanh {person_name|Lộc Thị Nhàn}",
            ),
            P(
                "GIẤY BIÊN NHẬN HỒ SƠ · Mã hồ sơ H33.26-260317-0418 · Ngày hẹn trả kết quả: 20/03/2026 · Cán bộ tiếp nhận: {person_name|Vy Thị Hằng Nga}",
            ),
            P(
                "Tin nhắn gửi đến số {vn.phone|0915284037} lúc 16:02 ngày 20/03/2026: \"UBND phuong Dong Kinh: Ho so H33.26-260317-0418 cua ba {person_name|LOC THI NHAN} da co ket qua. Ma so ho kinh doanh dong thoi la ma so thue: {vn.tax_code|020184007239}. Nhan tai Trung tam phuc vu hanh chinh cong phuong hoac qua buu dien. Hotline 0205 3812 216\"",
            ),
            P("Trích Zalo giữa con gái chủ hộ và cán bộ thuế (em gõ không dấu):"),
            P(
                "[21/03 09:15] {person_name|Diệu Linh Mã}: em chao chi {person_name|Nga} a, em la con gai ba {person_name|Nhan} quan vit quay o cho Dong Kinh. me em hoi ma so thue ho kinh doanh cung la so can cuoc cua me em a, vay khai thue tren app eTax thi dang nhap bang ma so thue {vn.tax_code|020184007239} luon dung khong chi",
            ),
            P(
                "[21/03 09:32] {person_name|Vy Thị Hằng Nga}: Đúng rồi em. Doanh thu dự kiến của quán trên 500 triệu/năm nên hộ phải dùng hóa đơn điện tử khởi tạo từ máy tính tiền, tuần sau chị xuống hướng dẫn. Tài khoản cũ của bố em ở Agribank thì không khai cho hộ này được, vì hộ đứng tên mẹ em.",
            ),
            P(
                "[21/03 09:40] {person_name|Diệu Linh Mã}: da vang, tk Agribank {vn.bank_account|8300205146372} la cua bo em {person_name|Sinh}, em bao bo dong roi. thu 3 chi xuong thi goi em so {vn.phone|0374 619 052} nha, me em ban hang khong nghe may duoc",
            ),
        ],
    },
    Doc {
        name: "bao-cao-tim-kiem-cuu-nan-nhom-leo-nui-ta-xua",
        parts: &[
            P("CÔNG AN TỈNH SƠN LA · CÔNG AN XÃ TÀ XÙA"),
            P(
                "BÁO CÁO NHANH kết quả tìm kiếm, cứu nạn nhóm khách leo núi bị lạc tại khu vực sống lưng khủng long · Số 21/BC-CAX, ngày 22/02/2026",
            ),
            P(
                "Hồi 17 giờ 40 ngày 21/02/2026, Công an xã nhận tin báo của anh {person_name|Thào A Chử}, sinh năm {date_of_birth|1993}, căn cước số {vn.cccd|014093005826}, ở {vn.address|bản Háng Đồng A, xã Tà Xùa, tỉnh Sơn La}, điện thoại {vn.phone|0342 715 086}, người dẫn đường tự do, cho biết nhóm 5 khách anh dẫn đi tuyến sống lưng khủng long gặp sương mù dày, lạc khỏi đường mòn khi xuống núi; một khách nữ trượt ngã không đi được, điện thoại của các khách sắp hết pin.",
            ),
            T(&[
                &[
                    "STT",
                    "Họ và tên",
                    "Năm sinh",
                    "Số CCCD",
                    "Điện thoại",
                    "Người nhà được báo tin",
                ],
                &[
                    "1",
                    "{person_name|Bạch Ngọc Tú}",
                    "{date_of_birth|1995}",
                    "{vn.cccd|001195024617}",
                    "{vn.phone|0387 264 951}",
                    "Mẹ {person_name|Lê Thị Hòa}, {vn.phone|0983 415 702}",
                ],
                &[
                    "2",
                    "{person_name|Tống Minh Đức}",
                    "{date_of_birth|1992}",
                    "{vn.cccd|036092008153}",
                    "{vn.phone|0975 380 426}",
                    "Vợ {person_name|Phùng Thị Yến}, {vn.phone|0916 207 348}",
                ],
                &[
                    "3",
                    "{person_name|Chu Quang Vũ}",
                    "{date_of_birth|1998}",
                    "{vn.cccd|001098031746}",
                    "{vn.phone|0822 519 637}",
                    "Đi cùng bạn gái (số 4)",
                ],
                &[
                    "4",
                    "{person_name|Camille Laurent}",
                    "{date_of_birth|1994}",
                    "Hộ chiếu Pháp (đã chụp lưu)",
                    "{vn.phone|0799 308 246}; +33 6 48 21 07 93",
                    "Bạn trai {person_name|Chu Quang Vũ}",
                ],
                &[
                    "5",
                    "{person_name|Lương Thị Thanh Trúc}",
                    "{date_of_birth|2001}",
                    "{vn.cccd|037301006482}",
                    "{vn.phone|0358 926 104}",
                    "Bố {person_name|Lương Văn Tài}, {vn.phone|0912 836 450}",
                ],
            ]),
            P(
                "Diễn biến: 18 giờ 05, tổ tìm kiếm gồm Thượng úy {person_name|Mùa A Dơ}, dân quân {person_name|Sùng A Lềnh}, {person_name|Giàng A Sếnh} và hai thanh niên trong bản xuất phát từ điểm cắm trại Háng Đồng, mang đèn pin, áo mưa, cáng và chăn giữ nhiệt. Anh {person_name|Chử} giữ liên lạc bằng điện thoại đến 19 giờ 30 thì máy hết pin; tổ định hướng theo ảnh chụp vị trí anh {person_name|Đức} gửi lúc 18 giờ 52. 23 giờ 15 tìm thấy cả nhóm trú dưới một mỏm đá cách đường mòn chính khoảng 400 m về phía sườn Phù Yên, nhiệt độ khoảng 6 độ C. Chị {person_name|Tú} sưng cổ chân phải, nghi gãy xương; chị {person_name|Trúc} có dấu hiệu hạ thân nhiệt nhẹ. Tổ sơ cứu, cáng chị {person_name|Tú} xuống, 3 giờ 40 ngày 22/02 về tới bản.",
            ),
            P(
                "4 giờ 10, anh {person_name|Lò Văn Ngọc}, người dân {vn.address|bản Bẹ, xã Tà Xùa, tỉnh Sơn La}, chở chị {person_name|Tú} và anh {person_name|Đức} bằng xe bán tải của gia đình biển số {vn.licence_plate|26C-241.58} (anh {person_name|Ngọc} có giấy phép lái xe hạng C số {vn.driving_licence|140183627094}) xuống Trung tâm Y tế khu vực Bắc Yên; chị {person_name|Tú} được chụp phim, xác định gãy mắt cá ngoài, bó bột, sáng cùng ngày chuyển về Hà Nội. Thẻ BHYT của chị số {vn.health_insurance_card|DN4010119573826}. Xe ô tô tự lái của nhóm, biển số {vn.licence_plate|30K-815.47}, đứng tên anh {person_name|Đức}, vẫn gửi ở homestay, anh {person_name|Vũ} lái về sau.",
            ),
            P(
                "Nhận xét: nhóm không khai báo lộ trình với Ban quản lý khu du lịch, xuất phát muộn (14 giờ), không mang đèn và sạc dự phòng; người dẫn đường chưa qua tập huấn cứu hộ. Công an xã đã nhắc nhở anh {person_name|Chử} và chủ homestay nơi nhóm lưu trú, đề nghị Ủy ban nhân dân xã quy định bắt buộc khai báo khi lên đỉnh sau 13 giờ. Người báo cáo: Thượng úy {person_name|Mùa A Dơ}.",
            ),
            P("Bài đăng Facebook ngày 23/02/2026 và bình luận (trích):"),
            P(
                "{person_name|Camille Laurent}: Still shaking. We got lost in the fog on the Dinosaur Spine in Tà Xùa and {person_name|Ngọc Tú} broke her ankle. {person_name|Chử}, our Hmong guide, never left us, and the police and young men from his village walked five hours in the rain to carry her down. {person_name|Vu} and I will come back in spring to say thank you properly. If you hike there, START EARLY and register your route!",
            ),
            P(
                "{person_name|Ngọc Tú Bạch}: Cảm ơn cả nhà, mình về Bạch Mai mổ xong rồi. Ai ở Hà Nội muốn gửi quà cho các anh ở bản Háng Đồng thì gửi về nhà mình {vn.address|số 18 ngõ 95 Chùa Bộc, phường Kim Liên, Hà Nội}, tháng 4 bọn mình mang lên 🙏",
            ),
            P(
                "{person_name|Thào A Chử}: cam on chi {person_name|Tu}, em {person_name|Chu} o ban Hang Dong, chi len Ta Xua thi goi em {vn.phone|0342715086} nha",
            ),
        ],
    },
];
