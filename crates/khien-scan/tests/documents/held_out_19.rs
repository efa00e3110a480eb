//! A nineteenth set of held-out documents, written by hand by someone who had not read the
//! detectors: graded, not tuned on. Mostly free text, with people introduced once by their full
//! name and then by their given name with or without a calling word, relatives inside sentences,
//! dates of birth next to wedding, marriage-registration, meeting, departure, accident, check-in,
//! sampling and transaction dates, and identifiers and addresses inside sentences; only the wedding
//! gift ledger and the fishing boat's crew list have tables, and the paternity test request and the
//! organ donation registration a form each. The kinds differ from the earlier sets' (a provincial
//! labour mediator's record of a successful mediation between a pregnant factory worker dismissed
//! for "absence" while on sick leave and her Korean-owned employer, with the worker's Zalo messages
//! to her line leader typed without diacritics and the HR manager's e-mail, a Huế family's ledger
//! of wedding gifts with the family's Zalo group typed without diacritics, the minutes of an Ê Đê
//! village's (buôn) voters' meeting electing its head, with the village Zalo group typed without
//! diacritics, a Border Guard station's list of a fishing boat's crew with its inspection notes and
//! radio log of a fisherman injured at sea, a Sa Pa guesthouse owner's report to the ward police of
//! a guest who left her ID card, licence and phone behind, with the police's note and the Zalo
//! chat, a genetics lab's request form for a paternity DNA test with the lab's and the parents'
//! e-mails, a retired teacher's registration to donate his organs and body after death with his
//! family's consent, the coordinator's e-mails and an SMS, and a gold shop's register of large
//! transactions and customer identification with a sale attempted on a stolen ID card and a
//! customer's Zalo chat). Every piece of personal data is marked `{detector|value}`: names after a
//! title, a calling word or a label (ông, bà, anh, chị, em, cô, cháu, bé, bác, dì, dượng, O, Ôn,
//! mệ, già làng, Thượng úy, Trung úy, thuyền trưởng, a, chi, CHỦ TRÌ, THƯ KÝ, NGƯỜI BÁO, VỢ, CON)
//! are marked without it; given names used alone after a first mention ("chị Nhung", "em Nhung",
//! "bà Hương Giang", "anh Đạt", "a Dat", "chi Giang", "chị Lan", "Thư", "Thu", "Vinh", "Khoi", "o
//! Dieu Hien", "chị Minh Châu", "ông Y Thuê", "bà H'Luyện", "già làng Y Kriêng", "cô H'Yim", "cháu
//! Y Tlang", "chị H'Nơi", "chi H'Noi", "ông Y Djuh", "anh Y Djuh", "chi Luyen", "thuyền trưởng Tư",
//! "Sơn", "anh Sơn", "bà Lệ Hằng", "anh Quân", "a Quan", "chi May", "Trang", "em Trang", "Ngan",
//! "chị Ngân", "a Duc Anh", "anh Đức Anh", "chị Kiều Oanh", "chị Oanh", "Oanh", "cháu Bảo An", "bé
//! Bảo An", "anh Hiếu", "chị Xuân", "ông Thụ", "bác Thụ", "chị Hương", "Anh Nam", "Tuấn", "chị Sà
//! Ly", "a Bao") are marked; Zalo and e-mail display names of persons ("Nhung Hoang", "Dat Nguyen",
//! "Minh Chau Ton", "Minh Thu", "Quang Vinh Le", "Ton That Hung", "Luyen Eban", "Hwing Y Djuh",
//! "Trang Pham", "Kiều Oanh Nguyễn", "Hương Đặng", "Kim Ngan Huynh") are marked as written, and so
//! are ALL-CAPS and unaccented names (TRUONG VAN KHOI in the ledger and the chat, the name on the
//! forgotten ID card PHẠM THU TRANG, the donor ĐẶNG VĂN THỤ on the form and DANG VAN THU in an
//! e-mail subject and an SMS, account holders TRUONG THI MY and HUYNH THI KIM NGAN, "Nguyen Thi
//! Hue", "Vu Thi Ngan" and "Le Duc Anh" in messages). Judgement calls: Ê Đê names whose first
//! element marks the sex ("Y Thuê Niê", "H'Luyện Êban", "H'Nơi Byă", "H'Yim Kbuôr", "H'Xuân Byă")
//! are marked whole, that element included, and so are the short forms with it ("Y Djuh",
//! "H'Luyện", "Y Tlang"), also the unaccented "H'Noi" in the chat although it reads like a city's
//! name typed without diacritics; the teknonym by which the village elder is called, "Ama Hla"
//! ("father of Hla"), is marked as his name; the reversed display name "Hwing Y Djuh" is marked as
//! written; Huế royal-lineage names (Tôn Nữ Minh Thư, Tôn Thất Hùng, Tôn Nữ Diệu Hiền, Tôn Thất
//! Cảnh) are marked whole, and the Huế calling words Ôn, mệ and O are left outside; the Korean
//! general director (Lee Jae-won) and Dao and Khmer names (Lý Thị Mẩy, Tẩn Láo Lở, Thạch Thị Sa
//! Rươl, Thạch Sô Phol, Kim Thị Sà Ly, Danh Hữu Phước) are marked; minors are marked like adults (a
//! boy born in 2009 who has no ID card yet, a seventeen-year-old apprentice fisherman in the crew
//! list and the station's note, the two-year-old girl in the paternity test, with her personal
//! identification number marked as a CCCD and her TE1 card as a health insurance card), and so are
//! the dead (the donor's brother, who died waiting for a kidney, with his year of birth); a year
//! alone after "sinh năm", "sinh nam" or in the "Năm sinh" column is marked as a date of birth; the
//! worker's BHXH number is marked as a social insurance number both times and her DN card, which
//! contains it, as a health insurance card, like the fisherman's GD card and the retired teacher's
//! HT card; the guesthouse is a household business, so its tax code is marked as a personal tax
//! code (a household business is its owner), and so is the paternity test requester's personal tax
//! code for the invoice; the guesthouse owner's, the HR manager's, the donation coordinator's and
//! the ship owner's mobiles are marked (persons' phones), and so is the retired teacher's home
//! landline, both times (a person's), unlike offices' landlines and hotlines; the relatives' phones
//! in the crew list are marked, the captain's row carrying his wife's number, which is also the
//! ship owner's; a gift sender's MB account, which is a mobile number, is marked as a bank account;
//! the injured fisherman's compensation account in his wife's name is marked; the paternity test
//! booking's IP address and the Visa card it was paid with are marked; private vehicles are marked
//! as plates (a coffee farmer's own truck 47C-316.58, the guest's friend's motorbike, named twice,
//! the groom's car, the motorbike of the man who tried to sell gold on a stolen ID card); the
//! stolen ID card's number, its owner's name, birth year and address are marked, and so is the man
//! identified by the police, with his birth year (his previous conviction is not graded here); the
//! donor's old nine-digit card written in his pension book is marked as a CMND and his son's
//! passport as a passport; an address written the old way with a district and province that no
//! longer exist (huyện Phù Cát, tỉnh Bình Định) is marked whole with the note "(nay thuộc tỉnh Gia
//! Lai)" left outside; new two-level addresses are marked whole, and so are villages with their
//! commune and province where they are someone's home, the buôn with its ward where it is the new
//! head's home, a rented room, a flat, addresses typed without diacritics in chats (the Huế lane
//! address twice, once each way) and addresses holding a commune or streets named after people (xã
//! Hoàng Văn Thụ, đường Lê Văn Thịnh, đường Y Wang, twice, "duong Le Loi", đường Nguyễn Hữu Thọ,
//! đường Trần Hưng Đạo, đường Lê Hồng Phong). Left unmarked on purpose: organisation data (the
//! electronics company's, the genetics lab's and the gold company's tax codes 2301058617,
//! 0316892451 and 2201586349, landlines and hotlines 0222 3617 480, 0214 3871 562, 1900 6128, 1900
//! 3322 and 0299 3822 614, the gold company's Vietcombank account 0111000268451, the role mailboxes
//! tuyendung@ and ketqua@, the offices' and shops' addresses: the industrial-zone lot, 215 Điện
//! Biên Phủ, 40 Tràng Thi, 45 Hai Bà Trưng, 12 Thác Bạc), a satellite phone (+870 773 251 644, not
//! a Vietnamese number), the forgotten phone's IMEI 356781114529630, the fishing boats'
//! registration numbers QNg 95147 TS and QNg 90568 TS, document and reference numbers (mediation
//! record 07/2026/BB-HGV, decisions 1126/QĐ-UBND and 388/QĐ-HSV, authorisation 015/2026/UQ-HSV,
//! labour contract 0412/2022/HĐLĐ, sick-leave certificate 268/GCN, dossier GV-26-03417, donor card
//! 2026/HN-004127), amounts, gold weights, ages, vote counts and percentages, non-birth dates
//! (hiring, sick leave, dismissal, mediation, wedding, marriage registration, meeting, departure,
//! accident, check-in, sampling, result, registration and transaction dates), ethnic groups, health
//! details (not graded in these sets), a surname alone ("mang họ Trần"), the unnamed voter, the
//! ring engraving "B ❤ N", the home province "quê quán Nam Định", and schools, hospitals and
//! streets named after people outside an address (Trường Tiểu học Lê Văn Tám, Trường THPT Phan Đình
//! Phùng, Bệnh viện Từ Dũ, Hai Bà Trưng in the gold shop's address).

use super::Doc;
use super::Part::{P, T};

pub const HELD_OUT_19: &[Doc] = &[
    Doc {
        name: "bien-ban-hoa-giai-tranh-chap-lao-dong",
        parts: &[
            P("SỞ NỘI VỤ TỈNH BẮC NINH · HÒA GIẢI VIÊN LAO ĐỘNG"),
            P("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM · Độc lập - Tự do - Hạnh phúc"),
            P("BIÊN BẢN HÒA GIẢI THÀNH tranh chấp lao động cá nhân · Số: 07/2026/BB-HGV"),
            P(
                "Hồi 9 giờ ngày 12/01/2026, tại phòng hòa giải của Sở Nội vụ tỉnh Bắc Ninh, tôi là {person_name|Vũ Đình Khải}, hòa giải viên lao động được bổ nhiệm theo Quyết định số 1126/QĐ-UBND ngày 04/08/2025 của Chủ tịch Ủy ban nhân dân tỉnh, tiến hành hòa giải tranh chấp lao động theo đơn yêu cầu ngày 08/12/2025 của người lao động, với sự có mặt của:",
            ),
            P(
                "Bên yêu cầu hòa giải (người lao động): chị {person_name|Hoàng Thị Nhung}, sinh ngày {date_of_birth|17/02/1998}, dân tộc Tày, căn cước số {vn.cccd|020198004517} cấp ngày 22/06/2021, thường trú tại {vn.address|thôn Nà Pàn, xã Hoàng Văn Thụ, tỉnh Lạng Sơn}, chỗ ở hiện nay {vn.address|phòng 204, số 18 ngõ 5 đường Lê Văn Thịnh, phường Quế Võ, tỉnh Bắc Ninh}; điện thoại {vn.phone|0387 152 946}; công nhân lắp ráp chuyền SMT-3, mã số BHXH {vn.social_insurance|2718540263}. Đi cùng chị có chồng là anh {person_name|Nông Văn Quyết}, điện thoại {vn.phone|0966 208 415}, và theo đề nghị của chị {person_name|Nhung} có bà {person_name|Trịnh Thị Lan}, Chủ tịch Công đoàn cơ sở của công ty.",
            ),
            P(
                "Bên được yêu cầu hòa giải (người sử dụng lao động): Công ty TNHH Điện tử Hanshin Vina, mã số thuế 2301058617, địa chỉ Lô C5, Khu công nghiệp Quế Võ, phường Nam Sơn, tỉnh Bắc Ninh, điện thoại 0222 3617 480. Người đại diện theo ủy quyền: bà {person_name|Đỗ Thị Hương Giang}, Trưởng phòng Nhân sự (giấy ủy quyền số 015/2026/UQ-HSV của Tổng Giám đốc, ông {person_name|Lee Jae-won}), e-mail công việc {email|giang.dth@hanshinvina.com.vn}, di động {vn.phone|0912 406 873}. Cùng dự có anh {person_name|Nguyễn Văn Đạt}, tổ trưởng chuyền SMT-3.",
            ),
            P(
                "Nội dung tranh chấp theo đơn của chị {person_name|Nhung}: chị vào làm việc tại công ty từ ngày 15/03/2021, từ năm 2022 theo hợp đồng lao động không xác định thời hạn số 0412/2022/HĐLĐ, lương cơ bản 5.850.000 đồng/tháng, chuyển vào tài khoản VietinBank số {vn.bank_account|108870452316}. Sáng 24/11/2025 chị bị ra máu khi đang mang thai tuần thứ 9, được chồng đưa vào Bệnh viện Sản - Nhi tỉnh, bác sĩ chẩn đoán dọa sẩy thai và cho nghỉ 5 ngày (giấy chứng nhận nghỉ việc hưởng BHXH số 268/GCN). Chị báo tổ trưởng qua Zalo ngay trong buổi sáng và gửi ảnh giấy nghỉ ốm tối 25/11/2025. Ngày 28/11/2025 phòng Nhân sự ra Quyết định số 388/QĐ-HSV chấm dứt hợp đồng lao động với lý do tự ý bỏ việc 5 ngày làm việc liên tục không có lý do chính đáng. Chị đề nghị hủy quyết định, nhận chị trở lại làm việc, trả lương những ngày không được làm việc và trả 46 giờ làm thêm tháng 10 và tháng 11/2025 chưa được thanh toán.",
            ),
            P(
                "Ý kiến của người sử dụng lao động: bà {person_name|Hương Giang} trình bày phòng Nhân sự không nhận được giấy nghỉ ốm vì chị {person_name|Nhung} chỉ gửi cho tổ trưởng mà không nộp qua hệ thống chấm công; khi ra quyết định, phòng chưa biết chị đang mang thai. Anh {person_name|Đạt} xác nhận có nhận tin nhắn và ảnh giấy nghỉ ốm nhưng quên chuyển cho phòng Nhân sự vì tuần đó chuyền chạy đơn hàng gấp. Về giờ làm thêm, công ty thừa nhận bảng chấm công tháng 10 bị lỗi khi chuyển sang phần mềm mới.",
            ),
            P("Trích tin nhắn Zalo do người lao động xuất trình (giữ nguyên, không dấu):"),
            P(
                "[24/11/2025 06:12] {person_name|Nhung Hoang}: a {person_name|Dat} oi e bi ra mau, chong e dang cho e xuong vien San Nhi, hom nay e xin nghi a. a bao giup e voi chi {person_name|Giang} nhan su nhe",
            ),
            P("[24/11/2025 06:41] {person_name|Dat Nguyen}: ok e, xin giay cua vien nhe, de a bao"),
            P(
                "[28/11/2025 21:26] {person_name|Nhung Hoang}: a oi sao nhan su nhan tin bao e bi cham dut hop dong vi tu y bo viec?? e gui giay cho a tu hom 25 roi ma. e dang co bau, gio mat viec e biet lam sao",
            ),
            P(
                "[28/11/2025 22:10] {person_name|Dat Nguyen}: chet a quen chua chuyen giay cho nhan su. mai a len gap chi {person_name|Giang} noi lai, e dung lo qua",
            ),
            P(
                "Kết quả hòa giải: sau khi hòa giải viên giải thích quy định của Bộ luật Lao động (người sử dụng lao động không được đơn phương chấm dứt hợp đồng lao động khi người lao động đang nghỉ ốm theo chỉ định của cơ sở khám bệnh, chữa bệnh, không được sa thải hay đơn phương chấm dứt hợp đồng với lao động nữ vì lý do mang thai), hai bên thống nhất: 1. Công ty hủy Quyết định số 388/QĐ-HSV, nhận chị {person_name|Nhung} trở lại làm việc từ ngày 15/01/2026, bố trí sang bộ phận kiểm tra ngoại quan, không đứng ca, không làm đêm đến hết thời gian mang thai. 2. Công ty trả tiền lương những ngày chị không được làm việc từ 01/12/2025 đến 14/01/2026 là 8.775.000 đồng và tiền 46 giờ làm thêm là 2.476.000 đồng, chuyển vào tài khoản số {vn.bank_account|108870452316} trước ngày 20/01/2026. 3. Công ty làm thủ tục để chị hưởng chế độ ốm đau 5 ngày và báo tăng lại bảo hiểm xã hội cho mã số {vn.social_insurance|2718540263}. 4. Chị {person_name|Nhung} rút đơn yêu cầu, không khởi kiện ra Tòa án về vụ việc này.",
            ),
            P(
                "Biên bản lập xong lúc 11 giờ 05 phút, được đọc lại cho hai bên cùng nghe và ký tên; mỗi bên giữ một bản, hòa giải viên lưu một bản. NGƯỜI LAO ĐỘNG {person_name|Hoàng Thị Nhung} · ĐẠI DIỆN NGƯỜI SỬ DỤNG LAO ĐỘNG {person_name|Đỗ Thị Hương Giang} · HÒA GIẢI VIÊN LAO ĐỘNG {person_name|Vũ Đình Khải}",
            ),
            P(
                "E-mail · Từ: {person_name|Đỗ Thị Hương Giang} <{email|giang.dth@hanshinvina.com.vn}> · Đến: {email|hoangnhung.ls98@gmail.com} · Cc: tuyendung@hanshinvina.com.vn · 16/01/2026 08:47 · Tiêu đề: Thong bao da thanh toan theo bien ban hoa giai",
            ),
            P(
                "Chào em {person_name|Nhung}, sáng nay công ty đã chuyển 11.251.000 đồng vào tài khoản của em, em kiểm tra giúp chị. Sổ BHXH đã báo tăng lại từ tháng 01/2026. Tuần sau em mang thẻ BHYT số {vn.health_insurance_card|DN4272718540263} lên phòng y tế công ty để cập nhật lịch khám thai. Trong giờ làm thấy mệt em cứ báo chị {person_name|Lan} bên công đoàn hoặc gọi chị số {vn.phone|0912 406 873}.",
            ),
        ],
    },
    Doc {
        name: "so-ghi-tien-mung-dam-cuoi-va-zalo-gia-dinh",
        parts: &[
            P(
                "SỔ GHI TIỀN MỪNG · Lễ vu quy của {person_name|Tôn Nữ Minh Thư} và {person_name|Lê Quang Vinh} · Tư gia nhà gái, ngày 11 tháng 01 năm 2026",
            ),
            P(
                "Thiệp mời (chép lại): Ông {person_name|Tôn Thất Hùng} và bà {person_name|Nguyễn Thị Kim Loan}, {vn.address|15 kiệt 42 đường Chi Lăng, phường Phú Xuân, thành phố Huế}, trân trọng báo tin lễ vu quy của con gái là {person_name|Tôn Nữ Minh Thư} với {person_name|Lê Quang Vinh}, trưởng nam của ông {person_name|Lê Quang Phước} và bà {person_name|Hồ Thị Sen}, {vn.address|thôn An Mô, xã Triệu Phong, tỉnh Quảng Trị}.",
            ),
            P(
                "(Chị {person_name|Minh Châu} gõ lại từ sổ viết tay và ảnh chuyển khoản, để ba mạ với vợ chồng {person_name|Thư} sau ni đi đám lại cho đủ. Tiền mặt đã giao mạ giữ; tiền chuyển khoản vào tài khoản Vietcombank {vn.bank_account|1017425863} của {person_name|Thư} theo mã QR in trên thiệp.)",
            ),
            T(&[
                &["STT", "Khách", "Quan hệ", "Mừng", "Ghi chú"],
                &[
                    "1",
                    "Ôn {person_name|Tôn Thất Cảnh}, mệ {person_name|Lê Thị Sáu}",
                    "Ôn mệ nội",
                    "1 chỉ vàng 9999 và 5.000.000",
                    "",
                ],
                &[
                    "2",
                    "O {person_name|Tôn Nữ Diệu Hiền}",
                    "O ruột (ở Sài Gòn)",
                    "3.000.000",
                    "CK nhầm vào TK Agribank cũ của {person_name|Thư}, đã nhận",
                ],
                &[
                    "3",
                    "Dì {person_name|Nguyễn Thị Kim Hoa}, dượng {person_name|Trần Văn Lực}",
                    "Dì ruột",
                    "2.000.000",
                    "Tiền mặt",
                ],
                &[
                    "4",
                    "{person_name|Phan Bảo Ngọc}",
                    "Bạn đại học Sư phạm",
                    "500.000",
                    "CK từ TK MB {vn.bank_account|0868152734}",
                ],
                &[
                    "5",
                    "Anh {person_name|Nguyễn Hữu Phong}",
                    "Hàng xóm kiệt 42",
                    "500.000",
                    "",
                ],
                &[
                    "6",
                    "{person_name|TRUONG VAN KHOI}",
                    "Chưa rõ",
                    "1.000.000",
                    "CK từ TK Vietcombank {vn.bank_account|0451000482917}",
                ],
                &[
                    "7",
                    "Cô {person_name|Đặng Thị Hoài}",
                    "Chủ trọ hồi {person_name|Thư} học đại học",
                    "200.000",
                    "Gửi kèm hũ mứt gừng",
                ],
            ]),
            P("Nhóm Zalo \"Nhà mình 🏠\" · tối 11/01/2026 (cả nhà gõ không dấu)"),
            P(
                "[22:31] {person_name|Minh Chau Ton}: con go xong so mung roi nha ba ma. tien mat 41tr300 ma dang giu, ck vao tk {vn.bank_account|1017425863} cua {person_name|Thu} la 18tr500. ai ghi khong ro ten con de dau hoi cham",
            ),
            P(
                "[22:40] {person_name|Minh Thu}: chi oi co nguoi ck 1tr ten {person_name|TRUONG VAN KHOI}, e khong quen, de e hoi {person_name|Vinh}",
            ),
            P(
                "[22:44] {person_name|Quang Vinh Le}: {person_name|Khoi} la ban hoc lop 12 cua a o Dong Ha, nha o {vn.address|so 27 duong Le Loi, phuong Dong Ha, tinh Quang Tri}, sdt {vn.phone|0935 184 620}, hom nay no sot khong ra duoc. thang 5 no cuoi, chi ghi lai giup e de tui e di",
            ),
            P(
                "[22:50] {person_name|Minh Thu}: con o {person_name|Dieu Hien} ck nham vao tk Agribank cu cua e {vn.bank_account|4000205187632}, e kiem tra co roi. chi ghi giup e la da nhan nha",
            ),
            P(
                "[23:02] {person_name|Ton That Hung}: ba biet roi. mai ba mang tien mat ra ngan hang gui tiet kiem cho hai dua. thay xem ngay dang ky ket hon la 20/01, hop tuoi ca hai: {person_name|Thu} sinh ngay {date_of_birth|12/08/1997} tuoi Suu, {person_name|Vinh} sinh nam {date_of_birth|1995} tuoi Hoi. can cuoc cua {person_name|Thu} ba co roi ({vn.cccd|046197002815}), {person_name|Vinh} gui ba so can cuoc de ba khai truoc tren mang",
            ),
            P(
                "[23:05] {person_name|Quang Vinh Le}: day ba a: can cuoc cua con {vn.cccd|045095003618}, thuong tru {vn.address|thon An Mo, xa Trieu Phong, tinh Quang Tri}. dang ky xong con lam tam tru ve {vn.address|15 kiet 42 Chi Lang, phuong Phu Xuan, Hue} voi {person_name|Thu} cho gan truong em day",
            ),
        ],
    },
    Doc {
        name: "bien-ban-hoi-nghi-bau-truong-buon",
        parts: &[
            P(
                "ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM PHƯỜNG EA KAO · BAN CÔNG TÁC MẶT TRẬN BUÔN TƠNG JÚ",
            ),
            P("BIÊN BẢN HỘI NGHỊ CỬ TRI BẦU TRƯỞNG BUÔN · Nhiệm kỳ 2026 - 2028"),
            P(
                "Hồi 8 giờ ngày 08/03/2026, tại nhà văn hóa cộng đồng buôn Tơng Jú, phường Ea Kao, tỉnh Đắk Lắk, Ban công tác Mặt trận buôn tổ chức hội nghị cử tri đại diện hộ gia đình để bầu trưởng buôn thay ông {person_name|Y Thuê Niê}, sinh năm {date_of_birth|1955}, xin nghỉ vì tuổi cao, sức yếu. Dự hội nghị có ông {person_name|Nguyễn Văn Bình}, Phó Chủ tịch Ủy ban nhân dân phường; bà {person_name|H'Xuân Byă}, Phó Chủ tịch Ủy ban Mặt trận Tổ quốc phường; già làng {person_name|Y Kriêng Mlô}, người bà con vẫn gọi theo tên con trai đầu là {person_name|Ama Hla}. Có mặt 104 trên 126 đại diện hộ gia đình. Chủ trì: ông {person_name|Y Bhăm Êban}, Trưởng ban công tác Mặt trận buôn. Thư ký kiêm phiên dịch tiếng Ê Đê: cô {person_name|H'Yim Kbuôr}, giáo viên Trường Tiểu học Lê Văn Tám.",
            ),
            P(
                "1. Ông {person_name|Y Thuê} báo cáo: ông làm trưởng buôn ba nhiệm kỳ; buôn đã bê tông hóa 2,4 km đường nội buôn, số hộ nghèo giảm từ 31 còn 9 hộ, trẻ em trong độ tuổi đều được đến trường. Tháng 9/2025 ông bị tai biến, nay đi lại phải chống gậy, nói không rõ tiếng, nên xin nghỉ trước nhiệm kỳ.",
            ),
            P(
                "2. Ban công tác Mặt trận giới thiệu hai người ứng cử. Ông {person_name|Y Djuh Hwing}, sinh ngày {date_of_birth|21/05/1979}, căn cước số {vn.cccd|066079003182}, nhà ở {vn.address|số 47 đường Y Wang, buôn Tơng Jú, phường Ea Kao, tỉnh Đắk Lắk}, nguyên Chi hội trưởng Chi hội Nông dân buôn, có 2 ha cà phê và 600 trụ tiêu, điện thoại {vn.phone|0982 537 146}. Bà {person_name|H'Luyện Êban}, sinh ngày {date_of_birth|09/11/1986}, căn cước số {vn.cccd|066186007415}, nhà ở {vn.address|buôn Tơng Jú, phường Ea Kao, tỉnh Đắk Lắk}, tốt nghiệp trung cấp y, nhân viên y tế buôn từ năm 2010, Chi hội trưởng Chi hội Phụ nữ, điện thoại {vn.phone|0355 914 208}; chồng bà là anh {person_name|Y Sinh Niê}, thợ hồ, về ở nhà vợ theo phong tục. Bà {person_name|H'Luyện} là con gái út của già làng {person_name|Y Kriêng} và mang họ mẹ.",
            ),
            P(
                "3. Ý kiến cử tri: một cử tri hỏi trưởng buôn mới có giữ lệ mỗi hộ góp 5 kg cà phê nhân mỗi năm làm quỹ buôn không. Bà {person_name|H'Nơi Byă}, hộ nghèo, đang ở nhờ trên đất của em gái, nói nhà bà dột nát; con trai bà là {person_name|Y Tlang Byă}, sinh ngày {date_of_birth|03/04/2009}, bỏ học từ lớp 8 đi làm thuê ở Bình Dương, đến nay chưa làm căn cước, nhờ buôn giúp. Ông {person_name|Phạm Văn Thành}, hộ người Kinh duy nhất trong buôn, ở {vn.address|số 61 đường Y Wang, phường Ea Kao, tỉnh Đắk Lắk}, đề nghị nhắc hộ ông {person_name|Y Djuh} không để xe tải chở cà phê đậu chắn đường vào mùa thu hoạch; ông {person_name|Y Djuh} nhận từ nay cho xe của nhà (biển số {vn.licence_plate|47C-316.58}) vào đậu trong rẫy.",
            ),
            P(
                "4. Kết quả bầu (bỏ phiếu kín): số phiếu phát ra 104, thu về 104, hợp lệ 102, không hợp lệ 2. Ông {person_name|Y Djuh Hwing} được 41 phiếu (40,2%); bà {person_name|H'Luyện Êban} được 61 phiếu (59,8%), trúng cử trưởng buôn, là người phụ nữ đầu tiên làm trưởng buôn Tơng Jú. Đại diện Ủy ban nhân dân phường chúc mừng và đề nghị bà bàn giao công việc nhân viên y tế buôn trước ngày 01/04/2026.",
            ),
            P(
                "Bà {person_name|H'Luyện} phát biểu (cô {person_name|H'Yim} dịch): \"Tôi cảm ơn bà con. Việc đầu tiên tôi làm là đưa các cháu đủ 14 tuổi đi làm căn cước, như cháu {person_name|Y Tlang}, và cùng bà con dựng lại nhà cho chị {person_name|H'Nơi} trước mùa mưa.\"",
            ),
            P(
                "Hội nghị kết thúc lúc 11 giờ 20 cùng ngày. CHỦ TRÌ {person_name|Y Bhăm Êban} · THƯ KÝ {person_name|H'Yim Kbuôr}",
            ),
            P("Trích nhóm Zalo \"Buôn Tơng Jú\" tối 08/03/2026 (gõ không dấu):"),
            P(
                "[19:40] {person_name|Luyen Eban}: ba con nha nao co con tu 14 tuoi chua lam can cuoc thi thu 5 mang giay khai sinh den nha toi o {vn.address|buon Tong Ju, phuong Ea Kao, Dak Lak} de toi ghi ten, chieu thu 6 cong an phuong ve nha van hoa lam luon. ai khong biet chu thi goi toi so {vn.phone|0355914208}. chi {person_name|H'Noi} oi, {person_name|Y Tlang} ve chua, nho no ve truoc thu 6 nha",
            ),
            P(
                "[20:05] {person_name|Hwing Y Djuh}: chuc mung chi {person_name|Luyen}. can xe cho cat da lam nha cho chi {person_name|H'Noi} thi goi toi {vn.phone|0982 537 146}, toi cho khong lay tien",
            ),
        ],
    },
    Doc {
        name: "danh-sach-thuyen-vien-tau-ca-va-nhat-ky-lien-lac",
        parts: &[
            P(
                "BỘ CHỈ HUY BỘ ĐỘI BIÊN PHÒNG TỈNH QUẢNG NGÃI · TRẠM KIỂM SOÁT BIÊN PHÒNG CẢNG SA KỲ",
            ),
            P(
                "DANH SÁCH THUYỀN VIÊN TÀU CÁ XUẤT BẾN · Tàu QNg 95147 TS, nghề lưới vây, công suất 820 CV · Chủ tàu: bà {person_name|Phạm Thị Lệ Hằng}, sinh năm {date_of_birth|1974}, ở {vn.address|thôn Kỳ Xuyên, xã Tịnh Khê, tỉnh Quảng Ngãi}, điện thoại {vn.phone|0935 402 718} · Xuất bến 05 giờ 30 ngày 04/04/2026, dự kiến về bến 25/04/2026",
            ),
            T(&[
                &[
                    "STT",
                    "Họ và tên",
                    "Năm sinh",
                    "Số CCCD",
                    "Chức danh",
                    "ĐT người thân",
                ],
                &[
                    "1",
                    "{person_name|Dương Văn Tư}",
                    "{date_of_birth|1971}",
                    "{vn.cccd|051071002846}",
                    "Thuyền trưởng",
                    "{vn.phone|0935 402 718} (vợ)",
                ],
                &[
                    "2",
                    "{person_name|Nguyễn Tấn Lực}",
                    "{date_of_birth|1976}",
                    "{vn.cccd|051076005139}",
                    "Máy trưởng",
                    "{vn.phone|0914 207 538}",
                ],
                &[
                    "3",
                    "{person_name|Huỳnh Ngọc Sơn}",
                    "{date_of_birth|1990}",
                    "{vn.cccd|052090004631}",
                    "Thuyền viên",
                    "{vn.phone|0986 145 273}",
                ],
                &[
                    "4",
                    "{person_name|Lê Văn Tý}",
                    "{date_of_birth|2008}",
                    "{vn.cccd|051208006324}",
                    "Học việc",
                    "{vn.phone|0397 620 185} (mẹ)",
                ],
                &[
                    "5",
                    "{person_name|Võ Thanh Sang}",
                    "{date_of_birth|1987}",
                    "{vn.cccd|051087010462}",
                    "Thuyền viên",
                    "{vn.phone|0772 431 096}",
                ],
                &[
                    "6",
                    "{person_name|Đinh Văn Hiền}",
                    "{date_of_birth|1999}",
                    "{vn.cccd|051099003751}",
                    "Thuyền viên",
                    "{vn.phone|0848 216 590}",
                ],
            ]),
            P(
                "Ghi chú của Trạm khi kiểm tra: thuyền viên {person_name|Lê Văn Tý}, sinh ngày {date_of_birth|16/09/2008}, chưa đủ 18 tuổi, đi biển học nghề theo người dượng là {person_name|Võ Thanh Sang}; đã có giấy đồng ý của mẹ là chị {person_name|Lê Thị Mận}, ở {vn.address|thôn Cổ Lũy, xã Tịnh Khê, tỉnh Quảng Ngãi}, điện thoại {vn.phone|0397 620 185}. Thuyền viên {person_name|Đinh Văn Hiền} là người Hrê ở {vn.address|thôn Làng Rêu, xã Sơn Hà, tỉnh Quảng Ngãi}, lần đầu đi biển. Trạm đã nhắc thuyền trưởng (chồng chủ tàu) giữ liên lạc qua máy Icom mỗi ngày hai lần và không khai thác trong vùng biển nước ngoài. Thiết bị giám sát hành trình hoạt động bình thường.",
            ),
            P(
                "NHẬT KÝ LIÊN LẠC (trích) · 10/04/2026, 14 giờ 20: thuyền trưởng {person_name|Tư} gọi bằng máy Icom báo thuyền viên {person_name|Huỳnh Ngọc Sơn} bị tời cuốn dập nát ba ngón tay phải khi kéo lưới, đã sơ cứu, tàu cách đảo Lý Sơn khoảng 70 hải lý về phía đông. 15 giờ 05: tàu QNg 90568 TS của ông {person_name|Nguyễn Văn Chín} đang chạy vào bờ, nhận chuyển {person_name|Sơn} sang. 22 giờ 40: {person_name|Sơn} được đưa vào Trung tâm Y tế đặc khu Lý Sơn; sáng 11/04 chuyển Bệnh viện Đa khoa tỉnh Quảng Ngãi, phải cắt cụt một đốt ngón giữa. Trạm đã báo vợ anh {person_name|Sơn} là chị {person_name|Trương Thị Mỹ}, điện thoại {vn.phone|0986 145 273}. Ngày 12/04 thuyền trưởng gọi từ điện thoại vệ tinh số +870 773 251 644 hỏi tình hình.",
            ),
            P(
                "Ghi bổ sung ngày 14/04/2026 theo đề nghị của chủ tàu, để làm hồ sơ bảo hiểm tai nạn thuyền viên: anh {person_name|Huỳnh Ngọc Sơn}, sinh ngày {date_of_birth|02/07/1990}, thường trú {vn.address|thôn Pháp Hội, xã Cát Tiến, huyện Phù Cát, tỉnh Bình Định} (nay thuộc tỉnh Gia Lai), có thẻ BHYT hộ gia đình số {vn.health_insurance_card|GD4525202341875}; tiền bồi thường chuyển vào tài khoản Agribank số {vn.bank_account|4306205218746} đứng tên vợ là {person_name|TRUONG THI MY}, có giấy ủy quyền vì anh {person_name|Sơn} còn nằm viện. Bà {person_name|Lệ Hằng} đã tạm ứng 10.000.000 đồng tiền viện phí.",
            ),
        ],
    },
    Doc {
        name: "giay-bao-khach-luu-tru-de-quen-giay-to",
        parts: &[
            P(
                "NHÀ NGHỈ MÂY TRẮNG SA PA · Hộ kinh doanh {person_name|Lý Thị Mẩy}, mã số thuế {vn.tax_code|5300768137} · số 12 đường Thác Bạc, phường Sa Pa, tỉnh Lào Cai · ĐT 0214 3871 562",
            ),
            P(
                "GIẤY BÁO về việc khách lưu trú để quên giấy tờ, tài sản · Kính gửi: Công an phường Sa Pa",
            ),
            P(
                "Tôi là {person_name|Lý Thị Mẩy}, sinh năm {date_of_birth|1989}, người Dao đỏ, chủ cơ sở lưu trú Nhà nghỉ Mây Trắng, điện thoại {vn.phone|0912.684.307}, xin báo như sau: khách {person_name|Phạm Thu Trang}, sinh ngày {date_of_birth|03/10/2001}, ở phòng 302 từ ngày 20/03/2026 (đã khai báo lưu trú trên ứng dụng lúc 15 giờ 12 phút cùng ngày), đặt đến ngày 23/03/2026 nhưng sáng 22/03/2026 trả phòng sớm vì nhà có việc gấp, đi xe khách giường nằm về Hà Nội chuyến 7 giờ.",
            ),
            P(
                "Khoảng 10 giờ, nhân viên buồng là em {person_name|Tẩn Thị Chiêm} dọn phòng thì thấy trong ngăn kéo tủ đầu giường một ví da màu nâu, trong có: 01 thẻ căn cước mang tên {person_name|PHẠM THU TRANG}, số {vn.cccd|036301008254}, nơi thường trú {vn.address|số 9 ngõ 122 phố Vĩnh Tuy, phường Vĩnh Tuy, thành phố Hà Nội}; 01 giấy phép lái xe hạng A1 số {vn.driving_licence|010301284517}; 01 thẻ ATM Agribank; 680.000 đồng tiền mặt; và 01 điện thoại iPhone 13 màu trắng đã hết pin, số IMEI 356781114529630 (xem trên hộp sim).",
            ),
            P(
                "Khách đặt phòng qua Booking.com, e-mail đăng ký {email|thutrang.pham0310@gmail.com}, số điện thoại khai khi đặt {vn.phone|+84 979 612 408}; chúng tôi gọi nhiều lần không được, có lẽ đó là số của chiếc điện thoại để quên. Ở cùng phòng có anh {person_name|Đoàn Minh Quân}, sinh năm {date_of_birth|1999}, căn cước số {vn.cccd|001099017633}; anh {person_name|Quân} đi xe máy biển số {vn.licence_plate|29-H1 725.38} lên Sa Pa, sáng đó về cùng khách bằng xe khách và gửi lại xe ở nhà nghỉ, hẹn sẽ nhờ người lên lấy.",
            ),
            P(
                "Hiện nhà nghỉ giữ ví và điện thoại trong két của lễ tân, do anh {person_name|Tẩn Láo Lở}, quản lý ca, niêm phong, có chữ ký của hai nhân viên. Đề nghị Công an phường hướng dẫn việc trả lại cho khách. Sa Pa, ngày 22/03/2026 · NGƯỜI BÁO {person_name|Lý Thị Mẩy}",
            ),
            P(
                "PHẦN GHI CỦA CÔNG AN PHƯỜNG · Tiếp nhận lúc 14 giờ 30 ngày 22/03/2026, cán bộ tiếp nhận: Thượng úy {person_name|Hoàng Văn Sinh}. Đã tra cứu Cơ sở dữ liệu quốc gia về dân cư: số căn cước {vn.cccd|036301008254} đúng của công dân {person_name|Phạm Thu Trang}, quê quán Nam Định. Đã liên lạc được với mẹ công dân là bà {person_name|Nguyễn Thị Huệ}, điện thoại {vn.phone|0904 275 613}. Hướng dẫn: thẻ căn cước và giấy phép lái xe chỉ giao cho công dân hoặc người có giấy ủy quyền, tại trụ sở Công an phường, có lập biên bản.",
            ),
            P("Trích tin nhắn Zalo giữa nhà nghỉ và khách (khách nhắn bằng máy mượn, không dấu):"),
            P(
                "[22/03 20:05] {person_name|Trang Pham}: chi {person_name|May} oi e la {person_name|Trang} phong 302 day a, e de quen vi voi dien thoai o phong. chi gui buu dien ve nha giup e duoc khong a, dia chi {vn.address|so 9 ngo 122 Vinh Tuy, phuong Vinh Tuy, Ha Noi}, nguoi nhan la me e {person_name|Nguyen Thi Hue}, sdt {vn.phone|0904275613}",
            ),
            P(
                "[22/03 20:20] Nhà nghỉ Mây Trắng Sa Pa: Chào em. Công an phường dặn có thẻ căn cước thì không gửi bưu điện được, em hoặc người em ủy quyền lên nhận trực tiếp tại Công an phường nhé. Xe máy nhà nghỉ vẫn giữ trong sân.",
            ),
            P(
                "[22/03 20:31] {person_name|Trang Pham}: vay thu 7 ban e la {person_name|Vu Thi Ngan} len Sa Pa se qua lay giup e, e viet giay uy quyen roi, CCCD cua {person_name|Ngan} la {vn.cccd|001303019284}. con xe cua a {person_name|Quan} thi ban a ay la {person_name|Le Duc Anh} len lay, a {person_name|Duc Anh} goi chi truoc theo so {vn.phone|0886 204 719}",
            ),
            P(
                "[28/03 10:15] Nhà nghỉ Mây Trắng Sa Pa: Sáng nay chị {person_name|Ngân} đã nhận ví, giấy tờ và điện thoại tại Công an phường Sa Pa, có biên bản giao nhận. Anh {person_name|Đức Anh} đã lấy xe {vn.licence_plate|29-H1 725.38}, trả phí gửi 6 ngày 90.000 đồng. Chúc em {person_name|Trang} và gia đình mọi việc ổn.",
            ),
        ],
    },
    Doc {
        name: "phieu-yeu-cau-xet-nghiem-adn-huyet-thong",
        parts: &[
            P(
                "TRUNG TÂM PHÂN TÍCH DI TRUYỀN GENVIỆT · 215 Điện Biên Phủ, phường Xuân Hòa, TP. Hồ Chí Minh · Hotline 1900 6128 · MST 0316892451",
            ),
            P(
                "PHIẾU YÊU CẦU PHÂN TÍCH ADN XÁC ĐỊNH QUAN HỆ CHA - CON · Mã hồ sơ GV-26-03417 · Loại hồ sơ: hành chính (dùng làm thủ tục nhận cha cho con)",
            ),
            T(&[
                &["Nội dung", "Thông tin"],
                &["Người yêu cầu", "{person_name|Trần Minh Hiếu}"],
                &["Ngày sinh", "{date_of_birth|14/06/1992}"],
                &["Số căn cước", "{vn.cccd|079092014386}"],
                &["Điện thoại", "{vn.phone|0938.527.146}"],
                &["Email", "{email|minhhieu.tran1406@gmail.com}"],
                &[
                    "Địa chỉ nhận kết quả",
                    "{vn.address|căn hộ B-1208, chung cư Sunrise Riverside, số 6 đường Nguyễn Hữu Thọ, xã Nhà Bè, TP. Hồ Chí Minh}",
                ],
                &[
                    "Người được xét nghiệm 1 (giả định cha)",
                    "Người yêu cầu; mẫu niêm mạc miệng",
                ],
                &[
                    "Người được xét nghiệm 2 (con)",
                    "{person_name|Nguyễn Ngọc Bảo An}, sinh ngày {date_of_birth|22/08/2023}, số định danh cá nhân {vn.cccd|079323009175}; mẫu niêm mạc miệng",
                ],
                &[
                    "Người đại diện theo pháp luật của con",
                    "Mẹ đẻ {person_name|Nguyễn Thị Kiều Oanh}, sinh ngày {date_of_birth|05/01/1995}, căn cước số {vn.cccd|087195006428}",
                ],
                &["Hóa đơn", "Cá nhân, mã số thuế {vn.tax_code|8014527369}"],
                &[
                    "Thanh toán",
                    "6.800.000 đồng, thẻ Visa {payment_card|4227 5100 9468 2132}",
                ],
                &[
                    "Đặt lịch",
                    "Trực tuyến ngày 02/03/2026 22:18, địa chỉ IP {ip_address|113.161.74.205}",
                ],
            ]),
            P(
                "Lý do yêu cầu (người yêu cầu tự ghi): Tôi và chị {person_name|Kiều Oanh} sống chung không đăng ký kết hôn từ năm 2021 đến tháng 5/2024 thì chia tay. Cháu {person_name|Bảo An} sinh ở Bệnh viện Từ Dũ, giấy khai sinh chỉ có tên mẹ, phần khai về cha để trống. Nay tôi muốn làm thủ tục nhận cha con ở Ủy ban nhân dân xã Nhà Bè để cháu mang họ Trần và tôi được đứng tên cha trong hồ sơ học của cháu. Chị {person_name|Oanh} đồng ý và đưa cháu đến lấy mẫu. Mẹ tôi là bà {person_name|Lâm Thị Ngọc Hạnh}, sinh năm {date_of_birth|1966}, ở {vn.address|số 88 ấp Phú Thạnh, xã Châu Thành, tỉnh Vĩnh Long}, muốn được xem kết quả trước khi nhận cháu về quê ăn Tết.",
            ),
            P(
                "Lấy mẫu ngày 04/03/2026 lúc 9 giờ 15 tại trung tâm, có mặt đủ người yêu cầu, cháu bé và mẹ cháu; đã đối chiếu căn cước gốc và giấy khai sinh bản chính.",
            ),
            P(
                "E-mail · Từ: {person_name|Phan Thị Thanh Xuân} <{email|xuan.ptt@genviet.vn}> · Đến: {email|minhhieu.tran1406@gmail.com} · Cc: ketqua@genviet.vn · 09/03/2026 16:22 · Tiêu đề: Ket qua ho so GV-26-03417",
            ),
            P(
                "Chào anh {person_name|Hiếu}, trung tâm đã có kết quả phân tích 25 locus STR của hồ sơ GV-26-03417. Kết luận: ông {person_name|Trần Minh Hiếu} là cha sinh học của cháu {person_name|Nguyễn Ngọc Bảo An}, xác suất quan hệ cha con 99,99998%. Bản kết quả hành chính có chữ ký và dấu của trung tâm, anh chị nhận trực tiếp tại quầy (mang căn cước bản gốc) hoặc trung tâm gửi chuyển phát về địa chỉ anh đã khai. Theo đề nghị của chị {person_name|Oanh} khi lấy mẫu, trung tâm không gửi kết quả qua Zalo.",
            ),
            P(
                "E-mail · Từ: {person_name|Kiều Oanh Nguyễn} <{email|kieuoanh.nguyen95@yahoo.com.vn}> · Đến: {email|xuan.ptt@genviet.vn} · 09/03/2026 20:47 · Tiêu đề: Re: Ket qua ho so GV-26-03417",
            ),
            P(
                "Dạ chị {person_name|Xuân}, em là mẹ bé {person_name|Bảo An}. Em xin một bản gốc gửi về nhà ngoại bé ở {vn.address|ấp Tân Hòa, xã Lai Vung, tỉnh Đồng Tháp}, người nhận là bà ngoại {person_name|Võ Thị Út}, số {vn.phone|0939 271 604}, vì em làm ca ở Bình Dương, ban ngày không nhận được. Em mới đổi số, số mới của em là {vn.phone|0706 418 352}, chị cập nhật giúp em nha.",
            ),
            P(
                "E-mail · Từ: {person_name|Trần Minh Hiếu} · 10/03/2026 07:15 · Chị {person_name|Xuân} cứ gửi bản của {person_name|Oanh} như vậy, phí chuyển phát tôi trả; bản của tôi tôi nhận tại quầy thứ Bảy này. {person_name|Oanh} ơi, anh nộp hồ sơ nhận cha con ở xã ngày 16/03, em nhớ mang giấy khai sinh bản chính của {person_name|Bảo An}. Từ tháng này anh chuyển 4 triệu mỗi tháng cho con vào tài khoản Sacombank {vn.bank_account|060274185932} của em. Có giấy khai sinh mới thì mình đổi luôn thẻ BHYT của con, số thẻ hiện nay là {vn.health_insurance_card|TE1799323009175}.",
            ),
        ],
    },
    Doc {
        name: "don-dang-ky-hien-mo-tang-sau-khi-chet",
        parts: &[
            P(
                "TRUNG TÂM ĐIỀU PHỐI QUỐC GIA VỀ GHÉP BỘ PHẬN CƠ THỂ NGƯỜI · 40 Tràng Thi, phường Hoàn Kiếm, Hà Nội",
            ),
            P("ĐƠN ĐĂNG KÝ HIẾN MÔ, BỘ PHẬN CƠ THỂ Ở NGƯỜI SAU KHI CHẾT VÀ HIẾN XÁC"),
            T(&[
                &["Nội dung", "Thông tin"],
                &["Họ và tên", "{person_name|ĐẶNG VĂN THỤ}"],
                &["Ngày, tháng, năm sinh", "{date_of_birth|02/09/1952}"],
                &["Số định danh cá nhân", "{vn.cccd|001052007361}"],
                &["Nghề nghiệp", "Giáo viên nghỉ hưu"],
                &[
                    "Nơi thường trú",
                    "{vn.address|số 27 ngõ 85 phố Hào Nam, phường Ô Chợ Dừa, thành phố Hà Nội}",
                ],
                &[
                    "Điện thoại",
                    "{vn.phone|024 3851 6472} (nhà riêng), {vn.phone|0983 112 854}",
                ],
                &["Thẻ BHYT", "{vn.health_insurance_card|HT3010105207361}"],
                &[
                    "Đăng ký hiến",
                    "Giác mạc, thận, gan sau khi chết; hiến xác cho Trường Đại học Y Hà Nội",
                ],
                &[
                    "Người thân được thông báo",
                    "Vợ {person_name|Nguyễn Thị Thìn}, sinh năm {date_of_birth|1954}; con gái {person_name|Đặng Thu Hương}, điện thoại {vn.phone|0913 508 627}",
                ],
            ]),
            P(
                "Lý do đăng ký (ông tự viết): Tôi dạy Sinh học ba mươi sáu năm ở Trường THPT Phan Đình Phùng, cả đời giảng cho học trò về cơ thể người. Em trai tôi là {person_name|Đặng Văn Thịnh}, sinh năm {date_of_birth|1958}, suy thận mạn, chạy thận ba năm ở Bệnh viện Bạch Mai chờ người hiến mà không kịp, mất năm 2019. Tôi muốn khi tôi mất, những gì còn dùng được sẽ giúp người khác, phần còn lại để sinh viên y học tập. Vợ tôi lúc đầu không đồng ý vì sợ không có mồ mả cho con cháu hương khói, sau đọc báo thấy nhiều người hiến, bà đã bằng lòng ký.",
            ),
            P(
                "Ý KIẾN CỦA NGƯỜI THÂN · Tôi là {person_name|Nguyễn Thị Thìn}, vợ ông {person_name|Thụ}, căn cước số {vn.cccd|001154003918}, cùng các con: {person_name|Đặng Thu Hương}, sinh ngày {date_of_birth|19/04/1978}, căn cước số {vn.cccd|001178009426}, ở {vn.address|phòng 1504 tòa CT2, khu đô thị Xa La, phường Hà Đông, thành phố Hà Nội}; và {person_name|Đặng Quốc Tuấn}, sinh ngày {date_of_birth|07/12/1981}, đang làm việc ở Leipzig, Cộng hòa Liên bang Đức, hộ chiếu số {vn.passport|C6172408}, đồng ý bằng thư điện tử. Chúng tôi biết và tôn trọng nguyện vọng của chồng, của bố, cam kết báo ngay cho Trung tâm khi ông qua đời.",
            ),
            P(
                "Hà Nội, ngày 14/04/2026 · NGƯỜI ĐĂNG KÝ {person_name|Đặng Văn Thụ} · VỢ {person_name|Nguyễn Thị Thìn} · CON {person_name|Đặng Thu Hương}",
            ),
            P(
                "E-mail · Từ: {person_name|Trịnh Hoài Nam} <{email|nam.th@hienmo.vn}> · Đến: {email|thuhuong.dang78@gmail.com} · 21/04/2026 10:05 · Tiêu đề: Xac nhan dang ky hien mo tang - {person_name|DANG VAN THU}",
            ),
            P(
                "Chào chị {person_name|Hương}, Trung tâm đã nhập đơn của bác {person_name|Thụ} vào hệ thống; thẻ đăng ký hiến tặng số 2026/HN-004127 sẽ gửi về địa chỉ thường trú của bác. Khi bác mất, gia đình gọi ngay đường dây nóng 24/7 của Trung tâm 1900 3322 hoặc gọi tôi số {vn.phone|0966 731 250}; giác mạc cần lấy trong vòng 6 giờ. Việc hiến xác cho Trường Đại học Y Hà Nội gia đình làm thêm giấy theo mẫu của Trường.",
            ),
            P(
                "E-mail · Từ: {person_name|Hương Đặng} <{email|thuhuong.dang78@gmail.com}> · 21/04/2026 21:30 · Anh {person_name|Nam} ơi, bố em bị Parkinson bốn năm nay, uống thuốc hằng ngày, có ảnh hưởng gì đến việc hiến không ạ? Trong sổ hưu của bố vẫn ghi chứng minh nhân dân cũ số {vn.cmnd|011528436}, có cần sửa không anh? Em trai em là {person_name|Tuấn} ở Đức đã gửi e-mail đồng ý từ địa chỉ {email|tuan.dangquoc@web.de}, em chuyển tiếp anh kèm theo. Số của em {vn.phone|0913 508 627}; số nhà bố mẹ em {vn.phone|024 3851 6472}, mẹ em hay nghe máy bàn.",
            ),
            P(
                "E-mail · Từ: {person_name|Trịnh Hoài Nam} · 22/04/2026 08:40 · Bệnh Parkinson không phải chống chỉ định hiến giác mạc và hiến xác; thận và gan sẽ do bác sĩ đánh giá tại thời điểm hiến. Số chứng minh nhân dân cũ không cần sửa, hệ thống dùng số định danh {vn.cccd|001052007361} của bác.",
            ),
            P(
                "Tin nhắn gửi đến số {vn.phone|0983112854} ngày 25/04/2026: \"TT Dieu phoi ghep BPCT nguoi: Ong {person_name|DANG VAN THU} da dang ky hien mo tang thanh cong. The dang ky se duoc gui qua buu dien. Cam on tam long cua ong va gia dinh. LH 1900 3322\"",
            ),
        ],
    },
    Doc {
        name: "so-ghi-chep-giao-dich-vang-nhan-biet-khach-hang",
        parts: &[
            P(
                "CÔNG TY TNHH VÀNG BẠC ĐÁ QUÝ KIM PHÁT · 45 Hai Bà Trưng, phường Phú Lợi, thành phố Cần Thơ · MST 2201586349 · ĐT 0299 3822 614",
            ),
            P(
                "SỔ GHI CHÉP GIAO DỊCH CÓ GIÁ TRỊ LỚN VÀ NHẬN BIẾT KHÁCH HÀNG · Tháng 4/2026 · Người ghi: {person_name|Lâm Gia Huy}, quản lý quầy",
            ),
            P(
                "03/04/2026, 9 giờ 40 · Mua vào. Bà {person_name|Thạch Thị Sa Rươl}, sinh năm {date_of_birth|1961}, người Khmer, căn cước số {vn.cccd|094161002537}, ở {vn.address|ấp Prey Chóp A, xã Mỹ Xuyên, thành phố Cần Thơ}, bán 5 lượng vàng miếng SJC và 2 chiếc vòng vàng 24K (tổng 1,23 lượng), là của hồi môn mẹ bà, bà {person_name|Lâm Thị Sóc}, để lại. Bà nói bán để lo cho con trai là anh {person_name|Sơn Văn Rinh} đi làm ở Hàn Quốc theo chương trình EPS. Tổng tiền 812.460.000 đồng, theo quy định phải chuyển khoản: chuyển vào tài khoản Agribank số {vn.bank_account|7300205418326} đứng tên bà. Bà không biết chữ; cháu ngoại là {person_name|Thạch Sô Phol}, sinh ngày {date_of_birth|15/06/2004}, căn cước số {vn.cccd|094204005281}, điện thoại {vn.phone|0396 281 475}, đọc lại chứng từ cho bà nghe và ký làm chứng, bà điểm chỉ.",
            ),
            P(
                "05/04/2026, 15 giờ 10 · Bán ra. Anh {person_name|Trần Quốc Bảo}, sinh ngày {date_of_birth|27/12/1993}, căn cước số {vn.cccd|092093011647}, ở {vn.address|số 112/7 đường Trần Hưng Đạo, phường Ninh Kiều, thành phố Cần Thơ}, mua 3 lượng nhẫn trơn 9999 và một bộ trang sức cưới (dây chuyền, bông tai, lắc tay) cho vợ sắp cưới là chị {person_name|Huỳnh Thị Kim Ngân}; thanh toán 496.800.000 đồng bằng chuyển khoản từ tài khoản BIDV số {vn.bank_account|74010000958213} đứng tên anh. Anh đi ô tô biển số {vn.licence_plate|65A-284.17}, nhờ bảo vệ trông xe trước tiệm.",
            ),
            P(
                "11/04/2026, 10 giờ 25 · Giao dịch nghi vấn, không thực hiện. Một thanh niên khoảng 25 tuổi muốn bán 2 lượng vàng miếng, đưa thẻ căn cước mang tên {person_name|Kim Thị Sà Ly}, sinh năm {date_of_birth|1998}, số {vn.cccd|094198006213}, ở {vn.address|số 18 hẻm 9 đường Lê Hồng Phong, phường Sóc Trăng, thành phố Cần Thơ}. Thẻ của phụ nữ, ảnh không giống người mang đến, hỏi thì nói là thẻ của vợ. Tiệm từ chối mua, người này bỏ đi bằng xe máy biển số {vn.licence_plate|83-P1 462.19}. Tôi báo Công an phường Phú Lợi lúc 10 giờ 40, gửi kèm đoạn camera. Chiều cùng ngày Trung úy {person_name|Lý Minh Tài} gọi lại cho biết chị {person_name|Sà Ly} đã trình báo mất ví ngày 07/04 ở chợ Sóc Trăng, và người mang thẻ đến tiệm đã được xác định là {person_name|Danh Hữu Phước}, sinh năm {date_of_birth|2000}, đã có một tiền án về tội trộm cắp tài sản.",
            ),
            P(
                "18/04/2026 · Ghi thêm: chị {person_name|Sà Ly} đến tiệm cảm ơn, để lại số điện thoại {vn.phone|0523 614 790}, nhờ tiệm báo nếu có ai khác mang giấy tờ của chị tới.",
            ),
            P("Trích Zalo của tiệm với khách (khách gõ không dấu):"),
            P(
                "[06/04 20:12] {person_name|Kim Ngan Huynh}: chi oi e la vo sap cuoi cua a {person_name|Bao}, cap nhan cuoi a {person_name|Bao} mua hom qua chi khac chu giup e \"B ❤ N 25.05.2026\" nha. khac xong giao ve {vn.address|so 25 hem 3 duong 30 Thang 4, phuong Ninh Kieu, Can Tho} giup e, sdt {vn.phone|0587 342 916}",
            ),
            P(
                "[06/04 20:30] Vàng bạc Kim Phát: Dạ chị {person_name|Ngân}, tiệm khắc xong thứ Năm, khắc miễn phí ạ. Giao tận nhà thì chị chuyển trước phí giao 30.000 đ vào tài khoản công ty Vietcombank 0111000268451 giúp em.",
            ),
            P(
                "[06/04 20:41] {person_name|Kim Ngan Huynh}: e ck roi nha, tu tk {vn.bank_account|0071001534862} ten {person_name|HUYNH THI KIM NGAN}",
            ),
        ],
    },
];
