//! A seventeenth set of held-out documents, written by hand by someone who had not read the
//! detectors: graded, not tuned on. Mostly free text, with people introduced once by their full
//! name and then by their given name with or without a calling word, relatives inside sentences,
//! dates of birth next to death dates, anniversaries and other dates, and identifiers and addresses
//! inside sentences; only the half marathon's runner list (a table), the surgical consent and the
//! apartment handover (a form each) have tables. The kinds differ from the earlier sets' (a clan
//! branch's genealogy typed up from an old Nôm book, with seven generations, the dead and the
//! living and the rebuilding of the branch's shrine, a mother's request to her ward to rename her
//! son whose name clashed with his great-grandfather's, with the ward's answer and its SMS, a
//! Facebook carpool group for going home at Tết, with comments typed without diacritics, a scam
//! warning and a lost wallet, an e-mail thread between a factory worker in Taiwan, typing without
//! diacritics, and his wife at home, a charity half marathon's list of runners to watch with the
//! medical team's incident report and a runner's e-mail about a double charge, a surgical consent
//! signed by a father for his fifteen-year-old son with the anaesthetist's note, a commune women's
//! union's record of receiving a report of domestic violence with the husband's messages typed
//! without diacritics, and a developer's record of handing over a flat to a couple). Every piece of
//! personal data is marked `{detector|value}`: names after a title, a calling word or a label (cụ,
//! cụ bà, ông, bà, anh, chị, em, cháu, cô, chú, bác, bạn, cái, a, ba, BS., BS.CKI, ThS.BS, Thiếu
//! tá, Admin, Quản trị viên, VĐV) are marked without it; given names used alone after a first
//! mention ("cụ Hiển", "cụ Trạch", "cụ Cẩn", "tôi, Thịnh", "chú Bình", "anh Tuấn", "Chú Hòa", "bà
//! Loan", "Anh Hùng", "cháu Khang", "Huy", "a Huy", "bác Lài", "bạn Tâm", "anh Sỹ", "em Quỳnh",
//! "Khanh", "Khánh", "Ngoc", "Bảo Ngọc", "chú Út", "chu Ut", "cái Hoa", "Anh Cuong", "anh Tú", "anh
//! Trí", "ông Lộc", "bạn Ngân", "bác sĩ Thắng", "chị Xuân", "cháu Nam", "Ông Quyết", "chị Nhung",
//! "con Nhung", "anh Chiến", "Cháu Hưng", "bà Thoa", "ba Thoa", "Thiếu tá Toàn", "ông Long", "bà
//! Thùy Linh") are marked; Facebook display names of persons ("Nguyễn Quang Huy", "Hoa Le", "Tuấn
//! Anh Hồ", "Phạm Thị Thanh Tâm", "Võ Đình Lâm", "Lê Văn Sỹ", "Trần Thị Quỳnh") and e-mail senders'
//! names ("Dinh Van Luc") are marked as written, and so are ALL-CAPS and unaccented names (account
//! holders ĐỖ VĂN TUẤN, NGUYEN VAN DUNG, NGUYEN THI MAI PHUONG and DINH VAN UT, the ward's SMS with
//! HO THI NGOC DIEM and PHAN MINH KHANG, runners registered in capitals, among them a Cơ Tu runner
//! ALĂNG THỊ HOA, signatures in capitals, "Le Thi Hoa", "Phan Duc Manh", "Ta Van Cuong" and the
//! Taiwanese factory owner "Lam Chi Vy"). Judgement calls: the dead are marked like the living
//! (every ancestor in the genealogy, a martyr of 1954, a child drowned at six, the
//! great-grandfather whose name the boy shared), and the years after "sinh năm" in the genealogy,
//! down to 1875, are marked as dates of birth, while death dates and lunar death anniversaries are
//! not; a German wife and her daughter ("Sabine Krüger", "Mai Lan Krüger") are marked as persons'
//! names; the boy's old and new names are both marked each time they are written, and so is the pet
//! name his grandmother calls him by ("Bin"); the boy's and the minor patient's personal
//! identification numbers (số định danh cá nhân) are marked as CCCDs, repeated in the ward's
//! answer; a grandmother's home landline is marked as a phone (a person's), unlike offices'
//! landlines; the scammer's MB account, which is his mobile number, is marked as a bank account
//! after "tài khoản" (twice) and as a phone after "sđt"; the plate of an innocent man's car whose
//! photo the scammer used is marked both times, like the drivers' family cars and the worker's
//! motorbike he left at home; the worker's two Gmail login addresses (his new phone in Taiwan, his
//! sister on his wife's laptop) are marked as IP addresses; a boy runner's row carries his father's
//! mobile both as the runner's phone and as the emergency contact, marked twice; the full Visa
//! number a runner pasted into an e-mail is marked as a payment card, the organiser's "thẻ đuôi
//! 6617" is not; the grandfather who witnessed the consent showed an old nine-digit card, marked as
//! a CMND, as is the old card written in the flat's sale contract; the house of a neighbour used as
//! the village's "địa chỉ tin cậy" (trusted address) is marked as an address (it is her home), and
//! so is the flat being handed over (the couple's home from that day), while the bare unit code
//! "A2-15.07" is not; a technician who shares his name with a historical figure (Huỳnh Tấn Phát) is
//! marked, while the street of that name in the developer's warehouse address is not; the worker's
//! BHXH number is marked as a social insurance number, and the BHYT cards (the boy's HS card, the
//! worker's mother's GD card, a runner's DN card, the patient's HS card) as health insurance cards;
//! a buyer's personal tax code is marked. Addresses written the old way, with districts and
//! provinces that no longer exist (huyện Thanh Liêm, tỉnh Hà Nam; thị xã Điện Bàn, tỉnh Quảng Nam;
//! huyện Diễn Châu; huyện Gia Viễn; huyện Hoằng Hóa; huyện Tân Yên, tỉnh Bắc Giang; huyện Cần Đước,
//! tỉnh Long An), are marked whole, with the notes after them ("(nay thuộc tỉnh Ninh Bình)", "(địa
//! chỉ cũ)") left outside the mark; new two-level ones are marked whole too, and so are a village
//! with its commune and province where it is someone's home, addresses typed without diacritics in
//! comments, a room in a lodging house and addresses holding streets named after people (Lê Hoàn,
//! Hà Huy Tập, Trần Cung, Nguyễn Kiệm, Nguyễn Lộ Trạch, Hải Thượng Lãn Ông, Nguyễn Duy Trinh). Left
//! unmarked on purpose: organisation data (the race company's, the developer's and the labour
//! broker's tax codes 3301642574, 0313456785 and 0105893167, landlines and hotlines 0236 3721 558,
//! 1900 6795, 024 3791 2468, 1900 636 918, 0237 3951 467, 0237 3951 468, 111, 0204 3878 113, 028
//! 3636 8899 and 028 3636 8890, a limousine company's mobile-format hotline 0868.115.115, role
//! mailboxes hotro.thanhkhe@ and yte.vitraitim@, the accounts of the clan's study fund
//! 3500205147823, of the hospital 3500201008361 and of the developer 19036612458019, and the
//! developer's warehouse address), organisation vehicles (a limousine company's 29F-168.39 and
//! 37H-024.77, the ambulance 75A-036.15, a contractor's truck 51D-447.19), a Taiwanese mobile (+886
//! 912 458 360, not a Vietnamese phone), a staff extension, a masked card, document and reference
//! numbers (a martyr's certificate 1274 and his grave's row and number, birth certificate 312 in
//! book 02/2015, attestation 1842/2026/CT-ĐSQ, dossier H17.1-260113-0027, notice 58/TB-UBND,
//! register 04/2026, extract 04/TLTĐ, remittance code TW2601-88412, race bibs, insurance contract
//! 26/BVH-SK/0412, order VTT26-10388, payment reference 260302118457, patient code 2600387214 (ten
//! digits, like a BHXH number), admission number 26.012385, receipt 0012874, practising certificate
//! 004587/TH-CCHN, records 03/BB-HPN and 1507-A2/BBBG, injury certificate 17/GCN-TYT, decision
//! 05/QĐ-CTUBND, sale contract 0287/2023/HĐMB-AGP, authorisations 12/2026/UQ-AGP and 315/CT, meter
//! numbers, an electricity customer code, key card serials), a passport's expiry date and a card's
//! validity, amounts, ages, weights and heights, non-birth dates (deaths, lunar death
//! anniversaries, the clan's meeting, building and inauguration, the ward's dates, a trip at Tết,
//! e-mails, the race, registration, admission, surgery, the violence, the record, a contract and
//! the handover), health details (not graded in these sets), and places, schools, streets, a reign
//! and groups that look like names or are named after people outside an address (làng Văn Xá, xóm
//! Đình, xã Thanh Hà, đời Minh Mạng, Trường THCS Trần Phú, Trường Tiểu học Phan Thanh Tài, Trường
//! THCS Trương Hán Siêu, đường Lê Lợi, Quốc Học, Quỳnh Lưu, "Ngoc Chau", the pages "Xe Ghép Nghệ An
//! Giá Rẻ" and "Nhà Xe Limousine Thành Vinh", the clan's liaison board "họ Phan làng Bảo An").

use super::Doc;
use super::Part::{P, T};

pub const HELD_OUT_17: &[Doc] = &[
    Doc {
        name: "gia-pha-ho-do-chi-thu-ba",
        parts: &[
            P(
                "GIA PHẢ HỌ ĐỖ LÀNG ĐÔNG NGOẠI · CHI THỨ BA · Bản đánh máy lại, hoàn thành tháng Giêng năm Bính Ngọ (2026)",
            ),
            P(
                "Lời nói đầu. Tôi là {person_name|Đỗ Văn Thịnh}, cháu đời thứ sáu của chi thứ ba, sinh năm {date_of_birth|1958}, nguyên giáo viên Trường THCS Trần Phú, hiện ở {vn.address|số 14 ngõ 3 đường Lê Hoàn, phường Phủ Lý, tỉnh Ninh Bình}. Tháng 3 năm 2024, họp chi ở nhà thờ, các cụ giao cho tôi chép lại gia phả, vì cuốn cũ chữ Nôm do cụ {person_name|Đỗ Văn Cẩn} soạn đã mục mất nhiều trang. Tôi chép đúng như sách cũ, chỗ nào sách cũ không ghi thì hỏi các cụ cao tuổi rồi ghi thêm và để trong ngoặc. Con cháu thấy sai sót xin báo cho tôi qua số {vn.phone|0912.447.081} hoặc thư điện tử {email|thinhdv1958@gmail.com}.",
            ),
            P(
                "ĐỜI THỨ NHẤT. Thủy tổ chi thứ ba là cụ {person_name|Đỗ Văn Hiển}, không rõ năm sinh, tương truyền từ xóm Đình ra khai khẩn bãi bồi ven sông Đáy vào đầu đời Minh Mạng. Cụ mất ngày 12 tháng Chạp, con cháu lấy ngày ấy làm ngày giỗ tổ của chi. Cụ bà là {person_name|Trần Thị Lựu}, người làng Văn Xá, giỗ ngày mồng 8 tháng Tư. Mộ hai cụ đã quy tập về khu mộ họ ở xứ đồng Cửa Miếu.",
            ),
            P(
                "ĐỜI THỨ HAI. Cụ {person_name|Hiển} sinh được một trai là cụ {person_name|Đỗ Văn Trạch}. Cụ {person_name|Trạch} lấy cụ bà {person_name|Nguyễn Thị Nhài}, sinh ba trai hai gái: con trưởng là cụ {person_name|Đỗ Văn Lâm}, nối dõi chi trưởng; con thứ là cụ {person_name|Đỗ Văn Cẩn}, ông tổ trực tiếp của các nhà ghi trong bản này; con út là cụ {person_name|Đỗ Văn Phan}, năm 1908 đi phu mỏ than Hòn Gai rồi không về, họ lấy ngày rằm tháng Bảy làm ngày giỗ cụ. Hai cụ bà con gái sách cũ không ghi lấy chồng ở đâu.",
            ),
            P(
                "ĐỜI THỨ BA. Cụ {person_name|Đỗ Văn Cẩn} sinh năm {date_of_birth|1875} (năm Ất Hợi), đỗ khóa sinh, dạy chữ Nho trong làng và là người soạn cuốn gia phả chữ Nôm. Cụ mất ngày 20 tháng 3 năm Ất Dậu (1945) trong nạn đói. Cụ bà {person_name|Vũ Thị Thìn} sinh năm {date_of_birth|1880}, mất năm 1951, giỗ ngày mồng 4 tháng Mười.",
            ),
            P(
                "ĐỜI THỨ TƯ. Cụ {person_name|Đỗ Văn Khuê}, con trưởng cụ {person_name|Cẩn}, sinh năm {date_of_birth|1901}, làm nghề bốc thuốc nam, mất ngày 6/11/1972 (giỗ mồng 2 tháng Mười). Cụ lấy cụ bà {person_name|Lê Thị Mận} (sinh năm {date_of_birth|1903}, mất năm 1936), sinh được hai trai một gái; cụ bà mất sớm, cụ lấy vợ kế là cụ bà {person_name|Phạm Thị Gái}, không có con. Con của cụ: ông {person_name|Đỗ Văn Tảo}; bà {person_name|Đỗ Thị Sen}, sinh năm {date_of_birth|1931}, lấy chồng làng Văn Xá, mất năm 2010; ông {person_name|Đỗ Văn Khởi}, sinh năm {date_of_birth|1934}, đi bộ đội năm 1952, hy sinh ngày 30/3/1954 ở đồi A1, Điện Biên Phủ, Bằng Tổ quốc ghi công số 1274, mộ ở Nghĩa trang liệt sĩ A1, hàng 2, mộ số 35.",
            ),
            P(
                "ĐỜI THỨ NĂM. Ông {person_name|Đỗ Văn Tảo} sinh ngày {date_of_birth|12/5/1928}, làm xã đội trưởng thời kháng chiến, sau làm chủ nhiệm hợp tác xã, mất ngày 09/01/2003 (giỗ mồng 7 tháng Chạp). Bà {person_name|Nguyễn Thị Tâm} sinh ngày {date_of_birth|03/8/1932}, năm nay 94 tuổi vẫn minh mẫn, ở với con út tại nhà cũ ở {vn.address|xóm 5 thôn Đông Ngoại, xã Liêm Tiết, huyện Thanh Liêm, tỉnh Hà Nam} (nay thuộc tỉnh Ninh Bình). Ông bà sinh được bốn người con là đời thứ sáu.",
            ),
            P(
                "ĐỜI THỨ SÁU. Con trưởng là tôi, {person_name|Thịnh}, lấy bà {person_name|Trịnh Thị Hằng}, sinh năm {date_of_birth|1961}, người xã Thanh Hà, nguyên y sĩ trạm y tế. Con thứ hai là bà {person_name|Đỗ Thị Loan}, sinh ngày {date_of_birth|27/10/1960}, lấy ông {person_name|Hoàng Văn Bảo}, hai ông bà ở Hà Nội. Con thứ ba là ông {person_name|Đỗ Văn Hòa}, sinh năm {date_of_birth|1963}, sang Cộng hòa Dân chủ Đức lao động năm 1988 rồi ở lại, lấy vợ người Đức là bà {person_name|Sabine Krüger}, có một con gái tên {person_name|Mai Lan Krüger}. Con út là ông {person_name|Đỗ Văn Bình}, sinh năm {date_of_birth|1967}, ở nhà cũ trông nom mẹ và hương khói nhà thờ chi, điện thoại {vn.phone|0389 226 514}.",
            ),
            P(
                "ĐỜI THỨ BẢY. Con tôi: {person_name|Đỗ Văn Tuấn}, sinh ngày {date_of_birth|17/02/1985}, kỹ sư cầu đường, vợ là {person_name|Lưu Thị Phương Thảo}, nhà ở {vn.address|phòng 1506 tòa CT2 khu đô thị Văn Khê, phường Hà Đông, thành phố Hà Nội}; {person_name|Đỗ Thị Thu Trang}, sinh năm {date_of_birth|1988}, lấy chồng ở Hải Phòng. Con chú {person_name|Bình}: cháu {person_name|Đỗ Minh Châu}, sinh ngày {date_of_birth|03/10/2009}, mất ngày 21/6/2016 vì đuối nước ở ao đình, giỗ ngày 17 tháng Năm; cháu {person_name|Đỗ Minh Khôi}, sinh ngày {date_of_birth|25/12/2012}, đang học lớp 8 Trường THCS Trần Phú.",
            ),
            P(
                "VIỆC XÂY LẠI NHÀ THỜ CHI. Nhà thờ chi ba ở đầu xóm 5 dựng từ năm 1936, xuống cấp nặng. Hội nghị chi ngày 10/3/2024 (mồng 1 tháng Hai năm Giáp Thìn) thống nhất xây lại, dự toán 860.000.000 đồng; khởi công ngày 15/4/2025, khánh thành ngày 18/01/2026. Chi cử anh {person_name|Tuấn} làm thủ quỹ; tiền công đức chuyển vào tài khoản Vietcombank số {vn.bank_account|0451000318476} mang tên {person_name|ĐỖ VĂN TUẤN}, còn tiền Quỹ khuyến học của họ vẫn gửi ở tài khoản riêng của Quỹ tại Agribank, số 3500205147823. Chú {person_name|Hòa} gửi từ Đức 3.000 euro, bà {person_name|Loan} 50.000.000 đồng, các nhà khác mỗi suất đinh 2.000.000 đồng. Sổ thu chi chi tiết để ở nhà chú {person_name|Bình}, ai muốn xem xin liên hệ.",
            ),
        ],
    },
    Doc {
        name: "don-de-nghi-doi-ten-cho-con-trung-ten-huy",
        parts: &[
            P("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM · Độc lập - Tự do - Hạnh phúc"),
            P(
                "ĐƠN TRÌNH BÀY LÝ DO ĐỀ NGHỊ THAY ĐỔI TÊN CHO CON (kèm Tờ khai đăng ký thay đổi, cải chính hộ tịch)",
            ),
            P("Kính gửi: Ủy ban nhân dân phường Thanh Khê, thành phố Đà Nẵng."),
            P(
                "Tôi tên là {person_name|Hồ Thị Ngọc Diễm}, sinh ngày {date_of_birth|19/04/1989}, căn cước số {vn.cccd|048189006237} cấp ngày 25/6/2021, thường trú tại {vn.address|K45/18 Hà Huy Tập, phường Thanh Khê, thành phố Đà Nẵng}, điện thoại {vn.phone|0905 318 442}, thư điện tử {email|ngocdiem.ho89@gmail.com}. Tôi là mẹ đẻ và là người đang trực tiếp nuôi dưỡng cháu {person_name|Phan Minh Tiến}, sinh ngày {date_of_birth|07/11/2015}, số định danh cá nhân {vn.cccd|048215003891}, hiện học lớp 5/3 Trường Tiểu học Phan Thanh Tài. Giấy khai sinh của cháu số 312, quyển số 02/2015, do Ủy ban nhân dân phường Chính Gián, quận Thanh Khê cấp ngày 20/11/2015.",
            ),
            P(
                "Khi đặt tên cho cháu, vợ chồng tôi không biết tên {person_name|Phan Minh Tiến} trùng với tên húy của cụ nội chồng tôi là cụ {person_name|Phan Minh Tiến}, sinh năm {date_of_birth|1912}, mất năm 1968, vì cụ mất sớm và nhà chồng tôi ở xa. Tháng 8 năm 2025, nhân dịp dòng họ Phan ở quê chồng tôi in lại gia phả, các cụ trong họ mới phát hiện và đề nghị gia đình đổi tên cho cháu, vì theo phong tục địa phương con cháu đặt trùng tên húy của tổ tiên là phạm húy. Bà nội cháu là bà {person_name|Nguyễn Thị Sương} (điện thoại nhà {vn.phone|0235 3867 412}) rất buồn phiền, từ đó không gọi tên cháu mà chỉ gọi tên ở nhà là {person_name|Bin}. Ở lớp, các bạn cũng bắt đầu trêu chọc cháu vì chuyện này; cô chủ nhiệm là cô {person_name|Lê Thị Mỹ Hạnh} đã trao đổi với gia đình.",
            ),
            P(
                "Cha cháu là anh {person_name|Phan Văn Hùng}, sinh năm {date_of_birth|1986}, hộ chiếu số {vn.passport|C7265013}, quê ở {vn.address|thôn Bảo An Đông, xã Điện Quang, thị xã Điện Bàn, tỉnh Quảng Nam}, hiện làm việc tại Hàn Quốc theo hợp đồng của Công ty CP Xuất khẩu lao động Miền Trung. Anh {person_name|Hùng} đồng ý việc thay đổi tên cho con và đã làm văn bản đồng ý có chứng thực chữ ký tại Đại sứ quán Việt Nam tại Hàn Quốc (số chứng thực 1842/2026/CT-ĐSQ, ngày 06/01/2026), gửi kèm đơn này.",
            ),
            P(
                "Tôi đề nghị Ủy ban nhân dân phường cho thay đổi tên của cháu từ {person_name|Phan Minh Tiến} thành {person_name|Phan Minh Khang}, giữ nguyên họ và chữ đệm. Tôi cam đoan việc thay đổi tên không nhằm trốn tránh nghĩa vụ nào và chịu trách nhiệm trước pháp luật về lời khai của mình. Hồ sơ gửi kèm: bản sao giấy khai sinh; văn bản đồng ý của cha cháu; xác nhận của Ban liên lạc họ Phan làng Bảo An; bản chụp thẻ bảo hiểm y tế học sinh số {vn.health_insurance_card|HS4484815078326} để cơ quan bảo hiểm điều chỉnh tên sau khi có kết quả.",
            ),
            P("Đà Nẵng, ngày 12 tháng 01 năm 2026 · Người đề nghị {person_name|Hồ Thị Ngọc Diễm}"),
            P(
                "ỦY BAN NHÂN DÂN PHƯỜNG THANH KHÊ · Số: 58/TB-UBND · V/v kết quả giải quyết hồ sơ thay đổi hộ tịch · Đà Nẵng, ngày 22 tháng 01 năm 2026",
            ),
            P(
                "Kính gửi: bà {person_name|Hồ Thị Ngọc Diễm}, {vn.address|K45/18 Hà Huy Tập, phường Thanh Khê, thành phố Đà Nẵng}.",
            ),
            P(
                "Ngày 13/01/2026, Bộ phận Một cửa phường nhận hồ sơ mã số H17.1-260113-0027 của bà về việc thay đổi tên cho con. Xét lý do tên của cháu trùng tên húy của tổ tiên là phù hợp với phong tục tập quán và thuộc trường hợp được thay đổi theo Luật Hộ tịch, Ủy ban nhân dân phường đã đăng ký việc thay đổi tên cho cháu, ghi vào Sổ đăng ký thay đổi, cải chính hộ tịch số 04/2026. Từ ngày 22/01/2026 cháu có tên là {person_name|Phan Minh Khang}; ngày sinh {date_of_birth|07/11/2015} và số định danh cá nhân {vn.cccd|048215003891} được giữ nguyên. Trích lục thay đổi hộ tịch số 04/TLTĐ đã được cấp bản điện tử vào tài khoản định danh điện tử của bà.",
            ),
            P(
                "Đề nghị bà mang trích lục đến cơ quan Bảo hiểm xã hội và nhà trường để điều chỉnh hồ sơ của cháu {person_name|Khang}. Mọi thắc mắc xin liên hệ công chức tư pháp - hộ tịch {person_name|Trương Thị Kim Oanh}, điện thoại cơ quan 0236 3721 558, thư điện tử hotro.thanhkhe@danang.gov.vn. KT. CHỦ TỊCH · PHÓ CHỦ TỊCH {person_name|Lê Quang Vinh}",
            ),
            P(
                "Tin nhắn hệ thống gửi đến số {vn.phone|0905318442}: \"UBND phuong Thanh Khe: Ho so H17.1-260113-0027 cua ba {person_name|HO THI NGOC DIEM} da co ket qua. Trich luc thay doi ten cho con {person_name|PHAN MINH KHANG} da gui vao tai khoan VNeID. Chi tiet LH 0236 3721 558.\"",
            ),
        ],
    },
    Doc {
        name: "facebook-nhom-xe-ghep-ve-que-tet",
        parts: &[
            P(
                "Nhóm công khai · Xe Ghép Hà Nội ⇄ Nghệ An - Hà Tĩnh (Tết Bính Ngọ 2026) · 48,2 nghìn thành viên",
            ),
            P(
                "BÀI GHIM · Quản trị viên {person_name|Trần Đình Nghĩa}: Nội quy nhóm dịp Tết. 1) Chỉ nhận bài của xe gia đình, xe cá nhân đi ghép; nhà xe, xe dịch vụ đăng ở bài tổng hợp. 2) Tài xế muốn được gắn nhãn \"đã xác minh\" nhắn riêng cho admin ảnh căn cước, bằng lái và đăng ký xe; admin không đăng số giấy tờ của ai lên nhóm. 3) Không chuyển tiền cọc cho người lạ. Bị lừa thì báo Công an nơi cư trú và nhắn admin {vn.phone|0916 338 207} để chặn.",
            ),
            P(
                "{person_name|Nguyễn Quang Huy} · 2 ngày · Mình có xe 7 chỗ của gia đình (Innova trắng, biển {vn.licence_plate|37A-586.19}), chiều 27 Tết tức 14/2/2026 đi từ Hà Nội về Diễn Châu, còn 3 ghế, 450k/ghế, đón ở Mỹ Đình, Linh Đàm, Giải Phóng. Xe nhà mỗi năm chạy một chuyến về quê thôi, không phải xe dịch vụ nhé. Ai đi gọi {vn.phone|0986 214 537} ({person_name|Huy}) hoặc nhắn tin.",
            ),
            P(
                "Bình luận · {person_name|Hoa Le}: a {person_name|Huy} oi con 2 ghe ko a, e voi chong e di, don e o {vn.address|so 8 ngo 120 Tran Cung, phuong Nghia Do, Ha Noi} nhe, sdt e {vn.phone|0357 812 064}",
            ),
            P(
                "Bình luận · {person_name|Nguyễn Quang Huy}: ok em, anh giữ 2 ghế cho vợ chồng em, 1h chiều anh gọi. Em tên đầy đủ là gì để anh ghi sổ?",
            ),
            P(
                "Bình luận · {person_name|Hoa Le}: e ten {person_name|Le Thi Hoa}, chong e ten {person_name|Phan Duc Manh} a",
            ),
            P(
                "Bình luận · {person_name|Tuấn Anh Hồ}: anh ơi có nhận gửi hàng không ạ, em gửi 2 thùng bánh kẹo về cho mẹ ở {vn.address|xóm 7, xã Diễn Thịnh, huyện Diễn Châu, tỉnh Nghệ An}, mẹ em là {person_name|Hồ Thị Lài}, số mẹ {vn.phone|0398 527 160}. Em gửi 150k được không anh?",
            ),
            P(
                "Bình luận · {person_name|Nguyễn Quang Huy}: được em, mang ra Mỹ Đình 12h trưa 27, nhớ dặn bác {person_name|Lài} nghe máy.",
            ),
            P(
                "{person_name|Phạm Thị Thanh Tâm} · 1 ngày · CẢNH BÁO LỪA ĐẢO. Mình đặt 2 ghế với trang \"Xe Ghép Nghệ An Giá Rẻ\", nó gửi ảnh xe Fortuner biển {vn.licence_plate|37A-702.54} và bắt cọc 500k vào tài khoản MB {vn.bank_account|0971325886} tên {person_name|NGUYEN VAN DUNG}, sđt {vn.phone|0971 325 886}. Chuyển xong là nó chặn mình luôn. Sáng nay mình tìm ra chủ thật của chiếc Fortuner là anh {person_name|Võ Đình Lâm} ở Quỳnh Lưu, anh ấy cũng đang bị người ta gọi đến hỏi liên tục, anh ấy không hề chạy xe ghép. Mọi người cảnh giác nhé.",
            ),
            P(
                "Bình luận · {person_name|Võ Đình Lâm}: cảm ơn bạn {person_name|Tâm} đã lên tiếng. Xe mình là xe nhà, mình không chở khách ai hết, ai bị đòi cọc xe biển {vn.licence_plate|37A-702.54} là lừa đảo nha.",
            ),
            P(
                "Bình luận · Admin {person_name|Trần Đình Nghĩa}: đã chặn trang kia và gửi thông tin cho Công an. Tài khoản {vn.bank_account|0971325886} các bạn tra trên app ngân hàng là ra tên, ai bị lừa thì gom bằng chứng gửi mình.",
            ),
            P(
                "Nhà Xe Limousine Thành Vinh · Được tài trợ · Limousine 9 chỗ Hà Nội - Vinh - Hà Tĩnh chạy xuyên Tết, đón trả tận nhà, xe biển 29F-168.39 và 37H-024.77. Đặt vé hotline 0868.115.115 hoặc tổng đài 1900 6795.",
            ),
            P(
                "Bài tổng hợp xác minh · Admin {person_name|Trần Đình Nghĩa}: Các tài xế đã gửi giấy tờ và được xác minh đợt 2: anh {person_name|Nguyễn Quang Huy} (xe {vn.licence_plate|37A-586.19}), anh {person_name|Lê Văn Sỹ} (xe {vn.licence_plate|38A-217.04}, Hà Nội - Hương Sơn, ĐT {vn.phone|0973 406 218}), chị {person_name|Phan Thị Thu Hà} (xe {vn.licence_plate|30K-451.92}, Hà Nội - Vinh, ĐT {vn.phone|0345 917 280}). Số bằng lái và căn cước admin giữ, không công khai.",
            ),
            P(
                "{person_name|Trần Thị Quỳnh} · 5 giờ · Mình đi xe anh {person_name|Sỹ} chiều 28 Tết, làm rơi ví trên xe hoặc ở trạm dừng nghỉ Diễn Châu. Trong ví có căn cước tên mình, số {vn.cccd|040304012958}, bằng lái xe máy số {vn.driving_licence|400304127385}, thẻ sinh viên Trường Đại học Vinh và ít tiền. Ai nhặt được cho mình xin lại giấy tờ thôi, mình gửi hậu tạ. SĐT {vn.phone|0869 205 773}.",
            ),
            P(
                "Bình luận · {person_name|Lê Văn Sỹ}: em {person_name|Quỳnh} ơi anh tìm thấy ví dưới ghế sau rồi, mồng 2 anh chạy ra Vinh đưa em nhé, em cho anh địa chỉ.",
            ),
            P(
                "Bình luận · {person_name|Trần Thị Quỳnh}: da em cam on anh nhieu, em o {vn.address|phong 302 nha tro so 15 ngo 8 duong Nguyen Kiem, phuong Truong Vinh, Nghe An} a",
            ),
        ],
    },
    Doc {
        name: "email-lao-dong-dai-loan-gui-vo",
        parts: &[
            P("Thư: Re: Re: gui tien va lam ho chieu moi · 3 thư"),
            P(
                "Từ: {person_name|Dinh Van Luc} <{email|dinhvanluc88.tw@gmail.com}> · Đến: {email|maiphuong.nguyen90@gmail.com} · 18/01/2026 22:47",
            ),
            P(
                "Em oi, chieu nay anh duoc nghi nen ra cong ty chuyen tien o Dao Vien gui ve cho em 30.000 Dai te, khoang 24 trieu, vao tai khoan Agribank cua em so {vn.bank_account|3806205118472} ten {person_name|NGUYEN THI MAI PHUONG}, ma giao dich TW2601-88412, em kiem tra giup anh. 10 trieu em dong hoc cho {person_name|Khanh} voi tien dien, con lai em gui tiet kiem. Anh {person_name|Ta Van Cuong} ben moi gioi nhan la thang sau cong ty gia han hop dong cho anh them 3 nam.",
            ),
            P(
                "Ho chieu cua anh so {vn.passport|C5371846} het han ngay 14/06/2026, o day phai lam ho chieu moi o Van phong Kinh te Van hoa Viet Nam tai Dai Bac, ho so can anh chup CCCD ma anh de CCCD o nha. Em chup giup anh 2 mat CCCD gui qua Zalo nhe (so CCCD {vn.cccd|037088004615}, anh sinh ngay {date_of_birth|22/07/1988}, cai nay anh nho). Ong chu xuong la ong {person_name|Lam Chi Vy} noi se cho anh nghi 1 ngay di lam giay to.",
            ),
            P(
                "Em goi cho anh qua so Dai Loan +886 912 458 360 hoac Zalo so cu {vn.phone|0965 842 317}, so cu anh van giu de nhan ma OTP ngan hang. Hon {person_name|Ngoc} voi {person_name|Khanh} giup anh.",
            ),
            P(
                "Từ: {person_name|Nguyễn Thị Mai Phương} <{email|maiphuong.nguyen90@gmail.com}> · Đến: {email|dinhvanluc88.tw@gmail.com} · 19/01/2026 06:15",
            ),
            P(
                "Anh ơi em nhận được 23.870.000 đồng rồi, em đóng học kỳ II cho {person_name|Khánh} 2.450.000, còn lại em để dành. Em đã chụp căn cước của anh gửi Zalo rồi đấy. Mẹ dạo này yếu lắm anh ạ: hôm thứ Bảy mẹ lên huyết áp, em với chú {person_name|Út} đưa mẹ lên Bệnh viện Đa khoa Gia Viễn nằm 4 ngày. Thẻ BHYT của mẹ số {vn.health_insurance_card|GD4373721034586} nên chỉ phải trả 1.120.000 đồng tiền thuốc ngoài danh mục. Giấy ra viện ghi mẹ là {person_name|Trần Thị Nguyệt}, sinh năm {date_of_birth|1959}, địa chỉ vẫn ghi kiểu cũ là {vn.address|thôn Yên Thổ, xã Gia Trung, huyện Gia Viễn, tỉnh Ninh Bình}, em hỏi thì bệnh viện bảo không sao.",
            ),
            P(
                "Chuyện nữa: sáng nay Gmail của anh (em vẫn đăng nhập trên điện thoại nhà) báo có đăng nhập mới từ IP {ip_address|1.171.62.209} ở Đào Viên, Đài Loan, chắc là anh đúng không? Còn một lần lúc 22 giờ tối qua từ IP {ip_address|113.185.7.36} ở Ninh Bình là cái {person_name|Hoa} em gái anh mượn laptop của em để nộp hồ sơ xét tuyển, em hỏi rồi. Nếu không phải anh thì anh đổi mật khẩu ngay nhé.",
            ),
            P(
                "Cô {person_name|Vũ Thị Hương} chủ nhiệm lớp 5A của {person_name|Khánh} bảo tháng 5 con thi vào lớp 6 Trường THCS Trương Hán Siêu, cần bản sao giấy khai sinh và căn cước của bố mẹ. {person_name|Đinh Gia Khánh} sinh ngày {date_of_birth|09/09/2015}, em nhớ, còn {person_name|Bảo Ngọc} sinh ngày {date_of_birth|30/04/2020} thì tháng 9 này vào lớp 1. Xe máy của anh biển {vn.licence_plate|35-B1 427.18} em bán cho anh {person_name|Phạm Văn Tình} hàng xóm rồi nhé, anh ấy trả 9 triệu, giấy tờ sang tên anh ký ủy quyền cho em.",
            ),
            P(
                "Từ: {person_name|Dinh Van Luc} <{email|dinhvanluc88.tw@gmail.com}> · 19/01/2026 21:30",
            ),
            P(
                "IP dai loan la anh dang nhap bang dien thoai moi mua. Em chuyen giup anh 5 trieu cho chu {person_name|Ut} tra tien xe cho me di vien, so tai khoan Vietinbank cua chu la {vn.bank_account|108873462519}, ten {person_name|DINH VAN UT}. Cong ty moi gioi o Ha Noi (Cong ty CP Cung ung Nhan luc Quoc te Thanh An, MST 0105893167, hotline 024 3791 2468) bao anh bo sung so BHXH, so cua anh la {vn.social_insurance|3708412563} (tu hoi anh lam cong ty may o Ninh Binh), em tim trong so BHXH cu o ngan tu giup anh. Anh {person_name|Cuong} moi gioi so {vn.phone|0913 602 845}, co gi em goi anh ay. Thuong em.",
            ),
        ],
    },
    Doc {
        name: "giai-chay-ban-marathon-danh-sach-va-su-co",
        parts: &[
            P(
                "GIẢI CHẠY BÁN MARATHON \"VÌ TRÁI TIM\" HUẾ 2026 · Ban Tổ chức: Công ty CP Sự kiện Thể thao Sông Hương, MST 3301642574, hotline 1900 636 918",
            ),
            P(
                "TRÍCH DANH SÁCH VẬN ĐỘNG VIÊN CẦN THEO DÕI Y TẾ (xuất từ hệ thống đăng ký ngày 20/04/2026)",
            ),
            T(&[
                &[
                    "STT",
                    "BIB",
                    "Họ tên VĐV",
                    "Ngày sinh",
                    "Cự ly",
                    "Điện thoại",
                    "Email",
                    "Liên hệ khẩn cấp",
                    "Cỡ áo",
                ],
                &[
                    "1",
                    "21015",
                    "{person_name|NGUYỄN HỮU PHÚC}",
                    "{date_of_birth|1986-03-14}",
                    "21 km",
                    "{vn.phone|0935 214 867}",
                    "{email|phucnh.hue@gmail.com}",
                    "{person_name|Trần Thị Bích Ngọc} (vợ) {vn.phone|0905 631 224}",
                    "L",
                ],
                &[
                    "2",
                    "21016",
                    "{person_name|TRẦN MINH TRÍ}",
                    "{date_of_birth|1992-11-02}",
                    "21 km",
                    "{vn.phone|0332158946}",
                    "{email|tri.tranminh92@outlook.com}",
                    "{person_name|Trần Văn Lộc} (bố) {vn.phone|0914 273 508}",
                    "M",
                ],
                &[
                    "3",
                    "10247",
                    "{person_name|ALĂNG THỊ HOA}",
                    "{date_of_birth|1999-08-19}",
                    "10 km",
                    "{vn.phone|0387 604 152}",
                    "{email|alanghoa.nd@gmail.com}",
                    "{person_name|Bhling Văn Tới} (chồng) {vn.phone|0356 419 283}",
                    "S",
                ],
                &[
                    "4",
                    "10388",
                    "{person_name|LÊ THỊ KIM NGÂN}",
                    "{date_of_birth|2001-07-25}",
                    "10 km",
                    "{vn.phone|0778 362 914}",
                    "{email|kimngan.le2507@gmail.com}",
                    "{person_name|Nguyễn Thị Diệu} (mẹ) {vn.phone|0934 851 607}",
                    "S",
                ],
                &[
                    "5",
                    "05112",
                    "{person_name|HOÀNG BẢO AN}",
                    "{date_of_birth|2013-05-30}",
                    "5 km",
                    "{vn.phone|0905 774 126}",
                    "{email|hoangtu.hue@yahoo.com}",
                    "{person_name|Hoàng Văn Tú} (bố) {vn.phone|0905 774 126}",
                    "XS",
                ],
            ]),
            P(
                "Ghi chú của Ban Y tế: VĐV số 21015 khai có tiền sử hen; VĐV số 05112 dưới 16 tuổi, bố là anh {person_name|Tú} đã ký cam kết và chạy cùng (BIB 05113). Bảo hiểm tai nạn của giải do Bảo Việt Huế cấp theo hợp đồng 26/BVH-SK/0412.",
            ),
            P(
                "E-mail · Từ: Ban Y tế Giải chạy <yte.vitraitim@songhuongsports.vn> · Đến: Ban Tổ chức · 26/04/2026 14:05 · Tiêu đề: Báo cáo sự cố VĐV BIB 21016",
            ),
            P(
                "Lúc 6 giờ 52 phút, VĐV {person_name|Trần Minh Trí} (BIB 21016) ngã quỵ tại km 18, đoạn đường Lê Lợi trước Trường THPT chuyên Quốc Học. Tình nguyện viên {person_name|Phan Gia Huy} và BS. {person_name|Ngô Thanh Tùng} ở trạm y tế số 4 tiếp cận sau khoảng 1 phút; VĐV ngừng tuần hoàn, được ép tim và sốc điện bằng máy AED của trạm, sau cú sốc thứ hai có mạch trở lại. Xe cấp cứu 115 (biển 75A-036.15) đưa VĐV đến Bệnh viện Trung ương Huế lúc 7 giờ 11 phút.",
            ),
            P(
                "Thông tin để làm thủ tục nhập viện: anh {person_name|Trí}, 33 tuổi, căn cước {vn.cccd|046092007318}, thẻ BHYT {vn.health_insurance_card|DN4464609215873}, nhà ở {vn.address|số 15 kiệt 42 Nguyễn Lộ Trạch, phường Vỹ Dạ, thành phố Huế}. Bố anh {person_name|Trí} là ông {person_name|Lộc} đã có mặt ở bệnh viện lúc 7 giờ 40. Đến 12 giờ anh {person_name|Trí} tỉnh, tiếp xúc được, đang theo dõi tại khoa Hồi sức tích cực. Đề nghị Ban Tổ chức không công bố tên VĐV trên trang của giải khi chưa có ý kiến gia đình.",
            ),
            P(
                "E-mail · Từ: {person_name|Lê Thị Kim Ngân} <{email|kimngan.le2507@gmail.com}> · 27/04/2026 · Tiêu đề: Bị trừ tiền 2 lần",
            ),
            P(
                "Chào BTC, em đăng ký cự ly 10 km ngày 02/03/2026, mã đơn VTT26-10388, nhưng thẻ Visa của em số {payment_card|4221 5100 3728 6617} bị trừ 2 lần 450.000 đồng. Em gửi kèm ảnh sao kê, nhờ BTC hoàn lại 1 lần giúp em.",
            ),
            P(
                "Trả lời của BTC: Chào bạn {person_name|Ngân}, BTC đã kiểm tra, giao dịch thứ hai (mã tham chiếu 260302118457) sẽ được hoàn về thẻ đuôi 6617 trong 7 đến 15 ngày làm việc. Lần sau bạn vui lòng không gửi đầy đủ số thẻ qua e-mail.",
            ),
        ],
    },
    Doc {
        name: "giay-cam-doan-phau-thuat-tre-vi-thanh-nien",
        parts: &[
            P(
                "SỞ Y TẾ TỈNH THANH HÓA · BỆNH VIỆN ĐA KHOA TỈNH · KHOA NGOẠI TIÊU HÓA · Tổng đài 0237 3951 467",
            ),
            P(
                "GIẤY CAM ĐOAN CHẤP NHẬN PHẪU THUẬT VÀ GÂY MÊ HỒI SỨC · Mã người bệnh 2600387214 · Số vào viện 26.012385",
            ),
            T(&[
                &["Nội dung", "Thông tin"],
                &["Họ và tên người bệnh", "{person_name|Lê Hoàng Nam}"],
                &["Ngày sinh", "{date_of_birth|21/08/2010}"],
                &["Số định danh cá nhân", "{vn.cccd|038210017542}"],
                &[
                    "Thẻ BHYT",
                    "{vn.health_insurance_card|HS4383821745063}, giá trị đến 31/12/2026",
                ],
                &[
                    "Địa chỉ",
                    "{vn.address|số 27 đường Hải Thượng Lãn Ông, phường Hạc Thành, tỉnh Thanh Hóa}",
                ],
                &["Chẩn đoán", "Viêm ruột thừa cấp"],
                &[
                    "Phương pháp dự kiến",
                    "Phẫu thuật nội soi cắt ruột thừa, gây mê nội khí quản",
                ],
                &[
                    "Người đại diện hợp pháp",
                    "{person_name|Lê Văn Quyết}, bố đẻ, căn cước {vn.cccd|038082005319}",
                ],
                &["Điện thoại", "{vn.phone|0983 725 146}"],
            ]),
            P(
                "Tôi là {person_name|Lê Văn Quyết}, sinh năm {date_of_birth|1982}, là bố đẻ và người đại diện hợp pháp của cháu {person_name|Lê Hoàng Nam} (15 tuổi). Tôi đã được BS.CKI {person_name|Nguyễn Đình Thắng} giải thích rõ về tình trạng bệnh của cháu, sự cần thiết phải mổ cấp cứu trong đêm và các nguy cơ có thể xảy ra khi mổ và gây mê (chảy máu, nhiễm trùng vết mổ, áp xe tồn dư, phản ứng với thuốc mê, phải chuyển mổ mở). Tôi tự nguyện đồng ý để bệnh viện phẫu thuật cho con tôi và cam đoan không khiếu nại nếu xảy ra tai biến ngoài ý muốn đã được giải thích.",
            ),
            P(
                "Mẹ cháu là chị {person_name|Bùi Thị Thanh Xuân}, hiện làm việc ở Nhật Bản; bác sĩ {person_name|Thắng} đã gọi video cho chị qua Zalo số Việt Nam {vn.phone|0378 241 690} lúc 21 giờ 40 phút, chị {person_name|Xuân} đồng ý và đề nghị bệnh viện gửi giấy ra viện qua thư điện tử {email|thanhxuan.bui85@gmail.com}. Ông nội cháu là ông {person_name|Lê Văn Toản} đi cùng và ký làm chứng; ông chưa đổi căn cước nên xuất trình chứng minh nhân dân cũ số {vn.cmnd|172845306}, trên đó ghi nơi thường trú {vn.address|thôn 3, xã Hoằng Quỳ, huyện Hoằng Hóa, tỉnh Thanh Hóa}.",
            ),
            P(
                "Thanh Hóa, 21 giờ 55 phút ngày 03/03/2026 · NGƯỜI CAM ĐOAN {person_name|LÊ VĂN QUYẾT} · NGƯỜI LÀM CHỨNG {person_name|Lê Văn Toản} · BÁC SĨ GIẢI THÍCH {person_name|Nguyễn Đình Thắng}, chứng chỉ hành nghề số 004587/TH-CCHN",
            ),
            P(
                "PHIẾU KHÁM TIỀN MÊ (trích) · Bác sĩ gây mê: ThS.BS {person_name|Hà Thị Minh Nguyệt}. Người bệnh nặng 52 kg, cao 165 cm, ASA I, chưa phẫu thuật lần nào; mẹ cháu cho biết qua điện thoại cháu dị ứng penicillin (năm 2019 nổi mẩn khi điều trị viêm họng ở Trạm Y tế phường Đông Thọ). Nhịn ăn từ 17 giờ. Dự kiến vào phòng mổ số 3 lúc 22 giờ 30. Điều dưỡng đón người bệnh: {person_name|Lò Thị Hiền}. Người nhà đã tạm ứng 3.000.000 đồng, biên lai số 0012874; số viện phí còn lại chuyển khoản vào tài khoản của bệnh viện số 3500201008361 tại Agribank Thanh Hóa.",
            ),
            P(
                "Ghi chú sau mổ của điều dưỡng: 0 giờ 15 phút ngày 04/03/2026 cháu {person_name|Nam} ra phòng hồi tỉnh, tỉnh táo, gọi bố. Ông {person_name|Quyết} xin số của điều dưỡng trực để hỏi tình hình; điều dưỡng đưa số máy của khoa 0237 3951 468, không đưa số cá nhân.",
            ),
        ],
    },
    Doc {
        name: "bien-ban-tiep-nhan-tin-bao-bao-luc-gia-dinh",
        parts: &[
            P("HỘI LIÊN HIỆP PHỤ NỮ XÃ TÂN YÊN · TỈNH BẮC NINH"),
            P("BIÊN BẢN tiếp nhận thông tin về hành vi bạo lực gia đình · Số: 03/BB-HPN"),
            P(
                "Hồi 7 giờ 30 phút ngày 19/03/2026, tại trụ sở Ủy ban nhân dân xã Tân Yên, chúng tôi gồm: bà {person_name|Ngô Thị Thanh Hương}, Chủ tịch Hội LHPN xã; Thiếu tá {person_name|Dương Văn Toàn}, Phó Trưởng Công an xã; bà {person_name|Thân Thị Nguyệt}, Chi hội trưởng phụ nữ thôn Đồng Lạc; đã tiếp nhận trình báo của:",
            ),
            P(
                "Chị {person_name|Nguyễn Thị Hồng Nhung}, sinh ngày {date_of_birth|12/12/1993}, căn cước số {vn.cccd|024193008176}, công nhân Công ty TNHH Linh kiện Điện tử Hòa Phong (KCN Quang Châu), nơi cư trú {vn.address|thôn Đồng Lạc, xã Tân Yên, tỉnh Bắc Ninh}, điện thoại {vn.phone|0336 781 429}. Chị {person_name|Nhung} trình bày: chồng chị là anh {person_name|Thân Văn Chiến}, sinh năm {date_of_birth|1989}, thợ xây. Hai vợ chồng có hai con là cháu {person_name|Thân Gia Hưng}, sinh năm {date_of_birth|2016}, và cháu {person_name|Thân Ngọc Ánh}, sinh ngày {date_of_birth|03/3/2021}.",
            ),
            P(
                "Khoảng 22 giờ ngày 18/03/2026, anh {person_name|Chiến} đi ăn cưới về say rượu, đòi chị đưa thẻ ATM để lấy tiền trả nợ lô đề. Chị không đưa thì anh {person_name|Chiến} tát vào mặt, đẩy chị ngã vào cạnh bàn, rồi giật túi lấy thẻ. Cháu {person_name|Hưng} khóc, chạy sang gọi bà {person_name|Hoàng Thị Thoa} là hàng xóm. Bà {person_name|Thoa} sang can và đưa ba mẹ con chị về nhà bà ở {vn.address|số nhà 46 đường trục thôn Đồng Lạc, xã Tân Yên, tỉnh Bắc Ninh}, là địa chỉ tin cậy ở cộng đồng của thôn. Sáng nay chị xem ứng dụng ngân hàng thì thấy tài khoản Vietinbank số {vn.bank_account|108002736514} đứng tên chị đã bị rút 18.000.000 đồng tại cây ATM ở thị trấn cũ lúc 23 giờ 12 phút.",
            ),
            P(
                "Chị {person_name|Nhung} cho xem các tin nhắn anh {person_name|Chiến} gửi từ số {vn.phone|0866 437 915} trong đêm (giữ nguyên, không dấu): \"may dem con di dau, ve ngay khong tao dap nat nha\", \"con {person_name|Nhung} kia tao biet may o nha ba {person_name|Thoa}\", \"mai tao len nha me may o Ngoc Chau noi chuyen\". Chị lo anh {person_name|Chiến} đến làm phiền mẹ đẻ là bà {person_name|Lương Thị Hảo} ở {vn.address|xóm Chùa, xã Ngọc Châu, huyện Tân Yên, tỉnh Bắc Giang} (địa chỉ cũ), số điện thoại của bà {vn.phone|0975 206 381}.",
            ),
            P(
                "Trạm Y tế xã khám cho chị lúc 6 giờ 45: bầm tím gò má trái, xây xát khuỷu tay, giấy chứng nhận thương tích số 17/GCN-TYT. Các cháu không bị thương. Thiếu tá {person_name|Toàn} đã mời anh {person_name|Chiến} lên làm việc lúc 10 giờ; anh {person_name|Chiến} đến bằng xe máy biển số {vn.licence_plate|98-B2 415.63}, thừa nhận có đánh vợ và rút tiền, nói sẽ trả lại 18.000.000 đồng trong tuần.",
            ),
            P(
                "Biện pháp: Chủ tịch UBND xã ra Quyết định số 05/QĐ-CTUBND cấm anh {person_name|Chiến} tiếp xúc với chị {person_name|Nhung} trong 3 ngày; ba mẹ con chị {person_name|Nhung} tạm ở nhà bà {person_name|Thoa}; Hội phụ nữ theo dõi, tư vấn và hướng dẫn chị gọi Tổng đài 111 hoặc đường dây nóng của Công an xã 0204 3878 113 khi bị đe dọa. Chị {person_name|Nhung} chưa muốn ly hôn, đề nghị hòa giải sau khi anh {person_name|Chiến} bỏ rượu.",
            ),
            P(
                "Biên bản lập xong lúc 11 giờ 05 phút, đọc lại cho mọi người cùng nghe và ký. NGƯỜI TRÌNH BÁO {person_name|Nguyễn Thị Hồng Nhung} · NGƯỜI LẬP BIÊN BẢN {person_name|Ngô Thị Thanh Hương}",
            ),
        ],
    },
    Doc {
        name: "bien-ban-ban-giao-can-ho-chung-cu",
        parts: &[
            P("CÔNG TY CỔ PHẦN ĐẦU TƯ ĐỊA ỐC AN GIA PHÚ · MST 0313456785 · Dự án The River An Phú"),
            P(
                "BIÊN BẢN BÀN GIAO CĂN HỘ · Số: 1507-A2/BBBG · Theo Hợp đồng mua bán căn hộ số 0287/2023/HĐMB-AGP ký ngày 14/08/2023",
            ),
            P(
                "Hôm nay, ngày 28/02/2026, tại căn hộ A2-15.07, chúng tôi gồm: BÊN GIAO: Công ty CP Đầu tư Địa ốc An Gia Phú, đại diện là ông {person_name|Lý Minh Tâm}, Trưởng bộ phận bàn giao (theo giấy ủy quyền số 12/2026/UQ-AGP), điện thoại bộ phận bàn giao 028 3636 8899. BÊN NHẬN:",
            ),
            T(&[
                &["Nội dung", "Thông tin bên nhận"],
                &[
                    "Người mua 1",
                    "{person_name|VÕ HOÀNG LONG}, sinh ngày {date_of_birth|06/06/1987}",
                ],
                &[
                    "Căn cước",
                    "{vn.cccd|080087002594}, cấp ngày 10/07/2021 (hợp đồng mua bán ghi CMND cũ số {vn.cmnd|301245873})",
                ],
                &["Mã số thuế cá nhân", "{vn.tax_code|8039174524}"],
                &[
                    "Người mua 2",
                    "{person_name|ĐẶNG THỊ THÙY LINH}, sinh ngày {date_of_birth|11/01/1990}",
                ],
                &["Căn cước", "{vn.cccd|079190011823}"],
                &[
                    "Điện thoại / Email",
                    "{vn.phone|0918 604 375} / {email|longvh.sgn@gmail.com}",
                ],
                &[
                    "Thường trú",
                    "{vn.address|ấp Long Thạnh, xã Long Hựu Đông, huyện Cần Đước, tỉnh Long An}",
                ],
                &[
                    "Địa chỉ liên hệ hiện tại",
                    "{vn.address|số 12/7 đường số 9, phường Hiệp Bình, Thành phố Hồ Chí Minh}",
                ],
                &[
                    "Căn hộ bàn giao",
                    "{vn.address|căn hộ A2-15.07, tầng 15, tháp A2, chung cư The River An Phú, số 218 Nguyễn Duy Trinh, phường Bình Trưng, Thành phố Hồ Chí Minh}; diện tích thông thủy 74,6 m2",
                ],
            ]),
            P(
                "Người nhận bàn giao thực tế: ông {person_name|Long} đang công tác ở Đà Nẵng nên ủy quyền cho em gái là bà {person_name|Võ Thị Ngọc Hà}, sinh năm {date_of_birth|1992}, căn cước số {vn.cccd|080192009471}, điện thoại {vn.phone|0937 415 028}, nhận căn hộ cùng bà {person_name|Thùy Linh} (giấy ủy quyền có chứng thực của UBND xã Cần Đước số 315/CT ngày 25/02/2026).",
            ),
            P(
                "1. Chỉ số lúc bàn giao: điện 000012 kWh (công tơ số 24015873, mã khách hàng điện PE04000873152), nước 3 m3 (đồng hồ số 2211948). Thẻ thang máy và thẻ cư dân: 4 thẻ, số sê-ri từ 0A15A207 đến 0A15A210. Chìa khóa: 2 bộ khóa cửa chính điện tử; mật mã mặc định đã được bà {person_name|Thùy Linh} đổi tại chỗ.",
            ),
            P(
                "2. Đăng ký gửi xe tầng hầm B1: ô tô con biển số {vn.licence_plate|51K-826.30} đứng tên ông {person_name|Võ Hoàng Long}; xe máy biển số {vn.licence_plate|59-X3 714.25} của bà {person_name|Đặng Thị Thùy Linh}. Xe của đơn vị thi công hoàn thiện (xe tải biển 51D-447.19) chỉ được vào khu vực dỡ hàng.",
            ),
            P(
                "3. Các lỗi ghi nhận (bên giao khắc phục trong 15 ngày): ban công phòng ngủ 2 thấm nước chân tường; cửa nhôm kính phòng khách đóng không khít; 3 viên gạch sàn bếp bị bộp; ổ cắm đảo bếp không có điện. Bà {person_name|Thùy Linh} đề nghị kỹ thuật viên gọi trước cho bà theo số {vn.phone|0909 351 862} trước khi vào sửa; kỹ thuật phụ trách là anh {person_name|Huỳnh Tấn Phát}, số nội bộ 1207.",
            ),
            P(
                "4. Thanh toán: bên nhận đã thanh toán 95% giá trị hợp đồng là 3.412.750.000 đồng và kinh phí bảo trì 2% là 71.847.000 đồng vào tài khoản của Chủ đầu tư số 19036612458019 tại Techcombank; 5% còn lại thanh toán khi nhận Giấy chứng nhận quyền sở hữu. Phí quản lý 14.500 đồng/m2/tháng tính từ ngày 01/03/2026. Khoản hoàn tiền chênh lệch diện tích 0,4 m2 (18.260.000 đồng) bên giao chuyển vào tài khoản ACB số {vn.bank_account|218745639} của ông {person_name|Võ Hoàng Long}.",
            ),
            P(
                "5. Thông tin cho Ban quản lý: hộ gồm 4 người, ngoài hai vợ chồng còn con trai {person_name|Võ Đặng Minh Khoa}, sinh ngày {date_of_birth|17/09/2018}, và mẹ ông {person_name|Long} là bà {person_name|Trương Thị Bé Tư}, sinh năm {date_of_birth|1958}. Liên hệ khẩn cấp qua số của bà {person_name|Thùy Linh}; e-mail nhận thông báo phí: {email|thuylinh.dang90@gmail.com}. Văn phòng Ban quản lý ở tầng trệt tháp A1, điện thoại 028 3636 8890; kho vật tư bảo hành của công ty ở 1120 Huỳnh Tấn Phát, phường Tân Thuận.",
            ),
            P(
                "ĐẠI DIỆN BÊN GIAO {person_name|Lý Minh Tâm} · BÊN NHẬN {person_name|ĐẶNG THỊ THÙY LINH} · NGƯỜI ĐƯỢC ỦY QUYỀN {person_name|VÕ THỊ NGỌC HÀ}",
            ),
        ],
    },
];
