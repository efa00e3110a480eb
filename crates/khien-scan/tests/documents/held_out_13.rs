//! A thirteenth set of held-out documents, written by hand by someone who had not read the
//! detectors: graded, not tuned on. Mostly free text this time, with the personal data inside
//! sentences as people write it; only the flood report and the bank request have a table. The
//! kinds differ from the earlier sets' (a daughter's Facebook group post looking for her father
//! with dementia who wandered off, with comments and an update, a parish's wedding banns read at
//! Sunday Mass with the parish office's note, a village chief's quick report on flood damage with
//! the worst-hit households, a tutoring class's parents' Zalo group partly typed without
//! diacritics, an e-mail thread between siblings sharing their father's hospital costs, an online
//! newspaper's report of a fraud ring broken up by the provincial police, a customer's request to
//! his bank to recover a transfer sent to the wrong account with his SMS to the recipient typed
//! without diacritics and the bank's reply, and a shopkeeper's written statement to the ward
//! police about a scuffle with her neighbour's family over a car parked across the alley). Every
//! piece of personal data is marked `{detector|value}`: names after a title or a label (ông, bà,
//! anh, chị, phụ xe tên, Thượng tá, chủ TK, saint names) are marked without it; given names used
//! alone after a first mention ("anh Khánh", "Hưng ơi", "em la Tung", "căn hộ Phúc thuê", "do Tài
//! đứng tên") are marked; Facebook and Zalo display names of persons ("Đặng Thu Hằng", "Lan Anh
//! Nguyễn", "Tuấn Kiệt", "Minh Thư", "Lê Hạnh", "Thu Trang", "Long Trịnh", "NGOC HAN") are marked
//! as written, and so are ALL-CAPS and unaccented account holders' names (NGUYEN THI NGOC HAN,
//! NGUYEN THI THANH MAI, TRAN THI KIM OANH) and a name for a plane ticket (NGUYEN DINH TUAN).
//! Judgement calls: saint names before a Catholic's name (Giuse, Phêrô, Anna, Maria, Đaminh,
//! Têrêsa) are left outside the mark, as in the seventh set; the bride's dead father is marked like
//! a living person; a year alone after "sinh năm", "SN" or under "Năm sinh" is marked as a date of
//! birth; a tutor's personal Vietinbank account that a parent paid into by mistake is marked (a
//! person's account), while the tutoring centre's company account is not; a sister's personal
//! account used to pool the family's money, a son's account given for his father's flood relief
//! and a student's account rented to the fraud ring are marked; the two MB Bank account numbers
//! that are also their owners' mobile numbers (0983271546, 0983271564) are marked as bank accounts
//! where they are given as accounts, and the second one as a phone where the SMS is sent to it; a
//! retired father's 10-digit personal tax code and a parent's personal tax code given for a
//! receipt are marked as tax codes; the father's BHXH number printed alone is marked as a social
//! insurance number and his BHYT card containing it as a health insurance card; a child's 12-digit
//! personal identification number (số định danh) is marked as a CCCD and an elderly woman's old
//! nine-digit card as a CMND; the IP address of the internet line in a suspect's rented flat and
//! the bank customer's IP in the bank's log are marked; a suspect's car registered in his name, a
//! family's motorbike swept away by the flood, and both vehicles in the neighbour dispute are
//! marked as plates; addresses written the old way with districts that no longer exist (huyện Xuân
//! Trường, huyện Diễn Châu) are marked whole, as is a suspect's flat in a named apartment block; a
//! police officer named in the news is marked. Left unmarked on purpose: victims named only by
//! initials in the news (chị N.T.H.), people named only by a role (a coach conductor thanked, a
//! young villager with a boat, the residential group leader), organisation
//! data (the ward police's duty line, the coach company "Hoàng Long" and its coach plate
//! 18B-017.35, the parish office's landline and its gmail mailbox, the commune health station's
//! landline, the tutoring centre's name, address, hotline and company account, the hospital and its
//! patient code, the provincial police's landline and address, the banks' hotline and mailbox),
//! the Korean mobile of a brother working abroad (+82, not a Vietnamese phone), ages, heights,
//! non-birth dates (disappearance, wedding, banns, flood, class, exam, admission, flight, arrest,
//! issue, transfer, mediation and incident dates), document numbers (marriage-course certificate,
//! transfer references FT..., a tracing request number, an invoice number, flight numbers),
//! amounts, areas and water levels, and places, shops and groups named after people (quán phở Bà
//! Tư, Cồn Bà Vệ, the charity kitchen "Bếp Cơm Cô Ba", tiệm sửa xe Tư Mập, chung cư Phúc Hiếu
//! inside an address) and streets named after people (Nguyễn Viết Xuân, Quang Trung, Bà Triệu,
//! Trần Quang Khải, Phạm Văn Thuận, Hoàng Quốc Việt, Nguyễn Thiện Thuật).

use super::Doc;
use super::Part::{P, T};

pub const HELD_OUT_13: &[Doc] = &[
    Doc {
        name: "facebook-tim-nguoi-than-di-lac",
        parts: &[
            P(
                "Bài viết trong nhóm \"Hà Đông 24h - Cộng đồng cư dân Hà Đông\" · {person_name|Đặng Thu Hằng} · 18 tháng 1 lúc 09:47",
            ),
            P("‼️ KHẨN - NHỜ CẢ NHÀ TÌM GIÚP BỐ EM ‼️"),
            P(
                "Bố em là {person_name|Đặng Văn Hòa}, sinh năm {date_of_birth|1951}, bị Alzheimer giai đoạn đầu, đi khỏi nhà từ khoảng 6h sáng nay (18/1) đến giờ chưa về. Lúc đi bố mặc áo phao xanh than, quần kaki nâu, đội mũ len đỏ, đi dép tổ ong, không mang điện thoại. Bố cao khoảng 1m62, gầy, nói giọng Nam Định, hay tự nhận là bộ đội về hưu và hỏi đường về \"nhà máy dệt\".",
            ),
            P(
                "Nhà em ở {vn.address|số 9 ngách 25/12 phố Nguyễn Viết Xuân, P. Hà Đông, Hà Nội}. Hằng ngày bố hay đi bộ ra quán phở Bà Tư đầu ngõ rồi vòng ra công viên Văn Quán. Nhà em đã báo Công an phường Hà Đông (trực ban 024 3382 4471) và chia nhau đi tìm khắp các ngả từ sáng mà chưa thấy.",
            ),
            P(
                "Ai nhìn thấy người giống bố em xin giữ bố lại giúp và gọi ngay cho em: {vn.phone|0912.384.765} hoặc chồng em là anh {person_name|Phí Mạnh Cường}: {vn.phone|098 613 2047} (có Zalo). Cổ tay trái bố có đeo vòng ghi sđt của em. Gia đình xin hậu tạ, em cảm ơn mọi người nhiều lắm ạ 🙏🙏",
            ),
            P("12 bình luận · 348 lượt chia sẻ"),
            P("{person_name|Lan Anh Nguyễn}: Đã chia sẻ. Mong bác sớm về với gia đình 🙏"),
            P(
                "{person_name|Tuấn Kiệt}: khoảng 7h15 e đi làm thấy 1 bác đội mũ len đỏ đi bộ trên đường Quang Trung hướng ra bến xe Yên Nghĩa, e ko dám chắc là bác nhà mình",
            ),
            P(
                "{person_name|Minh Thư}: chị ơi e bán vé ở bến Yên Nghĩa, hình như có bác như này lên xe khách Hoàng Long đi Nam Định chuyến 8h, xe biển 18B-017.35. Chị gọi phụ xe tên {person_name|Khoa} sđt {vn.phone|0386 427 915} hỏi thử xem ạ",
            ),
            P(
                "CẬP NHẬT 19:20: Nhà em đón được bố ở bến xe Nam Định rồi ạ!!! Anh {person_name|Vũ Đăng Khoa} phụ xe thấy bố ngồi mãi không xuống nên hỏi chuyện, rồi nhờ các chú Công an phường Năng Tĩnh giữ giúp đến khi nhà em xuống đón. Bố đói và mệt nhưng không sao. Em cảm ơn anh phụ xe, bạn bán vé và tất cả mọi người đã chia sẻ. Em xin phép tắt bình luận ạ ❤️",
            ),
        ],
    },
    Doc {
        name: "rao-hon-phoi-giao-xu",
        parts: &[
            P("GIÁO PHẬN BÙI CHU - GIÁO XỨ PHÚ NHAI"),
            P("RAO HÔN PHỐI LẦN THỨ NHẤT - Chúa nhật III Thường niên, ngày 25/01/2026"),
            P(
                "Kính thưa cộng đoàn, theo luật Hội Thánh, giáo xứ xin rao cho cộng đoàn được biết đôi bạn sau đây sẽ kết hôn với nhau. Ai biết đôi bạn có ngăn trở gì thì buộc lương tâm phải trình cho cha xứ biết trước ngày cử hành hôn lễ.",
            ),
            P(
                "Anh Giuse {person_name|Trần Văn Khánh}, sinh ngày {date_of_birth|12/03/1997}, con ông Phêrô {person_name|Trần Văn Lộc} và bà Anna {person_name|Nguyễn Thị Mến}, thuộc giáo họ Thánh Gioan, giáo xứ Phú Nhai, hiện cư ngụ tại {vn.address|xóm 7, xã Xuân Phong, huyện Xuân Trường, tỉnh Nam Định}.",
            ),
            P(
                "Và chị Maria {person_name|Phạm Thị Ngọc Ánh}, sinh ngày {date_of_birth|25/09/1999}, con ông Đaminh {person_name|Phạm Văn Tuyến} (đã qua đời) và bà Têrêsa {person_name|Vũ Thị Lành}, thuộc giáo xứ Tân Định, Tổng giáo phận Sài Gòn, hiện cư ngụ tại {vn.address|45/12 Trần Quang Khải, phường Tân Định, TP.HCM}.",
            ),
            P(
                "Hôn lễ dự định cử hành tại nhà thờ Phú Nhai lúc 9 giờ sáng thứ Bảy, ngày 14/02/2026. Đây là lần rao thứ nhất; lần thứ hai và thứ ba vào Chúa nhật 01/02 và 08/02/2026.",
            ),
            P(
                "Ghi chú của văn phòng giáo xứ (không đọc trong nhà thờ): anh {person_name|Khánh} đã nộp chứng chỉ Rửa tội, Thêm sức và giấy chứng nhận hoàn tất khóa giáo lý hôn nhân số 118/GLHN-2025. Cô dâu còn thiếu giấy chứng nhận độc thân do cha sở Tân Định cấp, đã nhắn chị gửi bản scan qua email {email|ngocanh.pham99@gmail.com}, bản chính mang về khi về quê. SĐT chú rể: {vn.phone|0355 218 476}. Văn phòng giáo xứ mở cửa 7h30 - 10h00 thứ Ba và thứ Năm, ĐT 0228 3877 215, email vanphong.phunhai@gmail.com.",
            ),
        ],
    },
    Doc {
        name: "bao-cao-thiet-hai-mua-lu-cua-thon",
        parts: &[
            P("THÔN PHÚ LƯƠNG - XÃ PHÚ VINH - THÀNH PHỐ HUẾ"),
            P("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM - Độc lập - Tự do - Hạnh phúc"),
            P("BÁO CÁO NHANH TÌNH HÌNH THIỆT HẠI DO MƯA LŨ ĐÊM 27 RẠNG SÁNG 28/10/2025"),
            P("Kính gửi: Ban Chỉ huy Phòng thủ dân sự xã Phú Vinh"),
            P(
                "Tôi là {person_name|Hồ Văn Sáu}, trưởng thôn Phú Lương, xin báo cáo nhanh như sau. Mưa lớn kéo dài từ chiều 26/10, đến 22h đêm 27/10 nước sông dâng nhanh, lúc 3h sáng 28/10 nước vào nhà cao nhất 1,4 m ở xóm Bàu. Thôn đã di dời 31 hộ, 97 khẩu lên nhà văn hóa thôn, trường mầm non Phú Lương và các nhà hai tầng ở xóm Đình. Đoạn đê bao khu vực Cồn Bà Vệ bị sạt khoảng 15 m, khoảng 2 ha rau màu bị ngập úng hoàn toàn.",
            ),
            P(
                "Về người: không có người chết, mất tích. Bà {person_name|Lê Thị Xuyến}, 83 tuổi, sống một mình, trượt ngã khi di dời, nghi gãy tay phải; một thanh niên trong thôn dùng ghe chở bà ra đường chính, xe cấp cứu đưa vào Trung tâm Y tế Phú Vang lúc 5h15, thẻ BHYT của bà số {vn.health_insurance_card|BT2460123847591}. Một hộ ở xóm Bàu (hộ số 2 trong bảng) bị nước cuốn trôi xe máy Honda Wave biển số {vn.licence_plate|75-G1 483.27}, đã báo công an xã để tìm khi nước rút.",
            ),
            T(&[
                &[
                    "STT",
                    "Chủ hộ",
                    "Năm sinh",
                    "CCCD/CMND",
                    "SĐT",
                    "Thiệt hại chính",
                    "Nhận hỗ trợ",
                ],
                &[
                    "1",
                    "{person_name|Lê Thị Xuyến}",
                    "{date_of_birth|1942}",
                    "CMND {vn.cmnd|191284736}",
                    "không có",
                    "Nhà cấp 4 tốc mái, hư hỏng đồ đạc; người cao tuổi sống một mình",
                    "Tiền mặt, nhờ cán bộ thôn nhận thay",
                ],
                &[
                    "2",
                    "{person_name|Trần Đình Lực}",
                    "{date_of_birth|1975}",
                    "{vn.cccd|046075008314}",
                    "{vn.phone|0935718264}",
                    "Mất xe máy; chết 120 con gà; 0,5 sào lúa ngập",
                    "Agribank {vn.bank_account|4006205183746}",
                ],
                &[
                    "3",
                    "{person_name|Nguyễn Văn Tèo}",
                    "{date_of_birth|1969}",
                    "{vn.cccd|046069011842}",
                    "{vn.phone|0905 473 816}",
                    "Hỏng ghe, mất lưới; ao cá 800 m2 mất trắng",
                    "TK con trai, BIDV {vn.bank_account|55110000381726}",
                ],
            ]),
            P(
                "Kính đề nghị xã hỗ trợ khẩn gạo, nước uống, thuốc men cho 3 hộ trên và 28 hộ bị ngập khác (danh sách kèm theo). Sáng 28/10 thôn đã nhận 50 thùng mì, 40 bình nước của nhóm thiện nguyện Bếp Cơm Cô Ba. Mọi thông tin xin liên hệ trưởng thôn, ĐT {vn.phone|0914 26 38 57}; Trạm Y tế xã Phú Vinh: 0234 3861 205.",
            ),
        ],
    },
    Doc {
        name: "zalo-lop-day-them-phu-huynh",
        parts: &[
            P(
                "Nhóm Zalo \"PH LỚP TOÁN 9 - CƠ SỞ BÀ TRIỆU (2025-2026)\" · Trung tâm Bồi dưỡng Văn hóa Tri Thức Việt, 126 Bà Triệu, phường Hạc Thành, Thanh Hóa, hotline 0237 3759 686 · trích tin nhắn tháng 1/2026",
            ),
            P(
                "[20/01 19:02] {person_name|Lê Hạnh} (GV Toán): Cô thông báo học phí tháng 2 (8 buổi) là 1.600.000đ/con, PH chuyển khoản vào TK trung tâm Vietcombank 0781000527341 - CONG TY TNHH GIAO DUC TRI THUC VIET, nội dung ghi tên con + lớp. Lớp nghỉ Tết từ 14/02 đến hết 22/02, học bù vào chủ nhật.",
            ),
            P(
                "[20/01 19:15] {person_name|Thu Trang}: Cô ơi tháng trước em lỡ chuyển vào TK Vietinbank {vn.bank_account|108871234567} của cô, tháng này em chuyển luôn vào đó có được ko ạ? Em xin cho cháu nghỉ buổi thứ 5 tuần này vì cháu đi khám mắt ạ",
            ),
            P(
                "[20/01 20:40] {person_name|Long Trịnh}: co oi cho e hoi, cty e ho tro hoc phi cho con nhan vien, can bien lai ghi MST ca nhan cua e la {vn.tax_code|8047125834}, trung tam xuat giup e dc ko a. Gui ban scan ve mail {email|longtv.thanhhoa@gmail.com} giup e nhe",
            ),
            P(
                "[21/01 06:35] {person_name|NGOC HAN}: Co oi e da ck hoc phi thang 2 cho chau roi a, 1tr6, tu TK Techcombank {vn.bank_account|19035827461013} ten {person_name|NGUYEN THI NGOC HAN}, ma GD FT26021384756. Co check giup e nhe",
            ),
            P(
                "[22/01 21:20] {person_name|Lê Hạnh} (GV Toán): Trung tâm đăng ký cho các con thi thử vào 10 ngày 01/03. PH nhắn RIÊNG cho trợ giảng họ tên, ngày sinh đúng giấy khai sinh và số định danh của con trước 25/01, KHÔNG gửi vào nhóm chung nhé ạ 🙏",
            ),
            P(
                "[22/01 21:31] {person_name|Thu Trang}: Dạ em gửi luôn ạ: {person_name|Đỗ Minh Khang}, sinh ngày {date_of_birth|07/11/2011}, số định danh {vn.cccd|038211004725}, SĐT mẹ {vn.phone|0962 718 435}",
            ),
        ],
    },
    Doc {
        name: "email-anh-chi-em-vien-phi-cua-bo",
        parts: &[
            P("Từ: {person_name|Nguyễn Thị Thanh Mai} <{email|thanhmai.nguyen78@gmail.com}>"),
            P("Đến: {email|tuan.nguyendinh.kr@gmail.com}; {email|hungnd.vinh@yahoo.com}"),
            P("Ngày: 12/01/2026 22:47 · Tiêu đề: Bố nằm viện - góp tiền viện phí và giấy tờ"),
            P(
                "Hai em ơi, chị cập nhật tình hình bố: sáng thứ Bảy bố bị tai biến nhẹ ở nhà, mẹ gọi xe cấp cứu đưa vào Bệnh viện Hữu nghị Đa khoa Nghệ An, hiện nằm khoa Thần kinh, phòng 412 nhà B, mã bệnh nhân 2601093847. Bác sĩ bảo bố tỉnh, nói hơi ngọng, tay trái yếu, dự kiến nằm 10-14 ngày rồi chuyển sang phục hồi chức năng.",
            ),
            P(
                "Bố có thẻ BHYT hưu trí số {vn.health_insurance_card|HT3404005173829} nên được hưởng 100% trong danh mục, nhưng thuốc ngoài danh mục và phòng dịch vụ thì phải tự trả, hôm qua đã tạm ứng 15 triệu. Chị đã photo CCCD của bố ({vn.cccd|040053004127}) và thẻ BHYT nộp cho phòng hành chính khoa. Mẹ ở lại chăm bố ban ngày, chị với cô hàng xóm thay ca ban đêm.",
            ),
            P(
                "Chị đề nghị ba chị em mỗi người góp trước 20 triệu, chuyển vào tài khoản Techcombank của chị {vn.bank_account|19036182745019} (chủ TK {person_name|NGUYEN THI THANH MAI}), chị giữ hết hóa đơn, cuối đợt gửi bảng kê cho hai em. Đừng chuyển vào tài khoản của mẹ, mẹ không biết dùng app.",
            ),
            P(
                "{person_name|Hưng} ơi, em làm bên thuế thì xem giúp chị: bố có MST cá nhân {vn.tax_code|8063917428} từ hồi còn đi dạy, năm nay em đăng ký bố là người phụ thuộc thì dùng số này hay số định danh? Sổ BHXH của bố số {vn.social_insurance|4005173829}, lương hưu tháng 1 đã về tài khoản Agribank của bố, chưa cần rút.",
            ),
            P(
                "Địa chỉ nhà để ai đặt mua máy đo huyết áp, đệm chống loét thì giao về: {vn.address|xóm 5, xã Diễn Hồng, huyện Diễn Châu, tỉnh Nghệ An}, người nhận là mẹ, số mẹ {vn.phone|0388 157 264}.",
            ),
            P("--- Trả lời (13/01/2026 06:15) ---"),
            P(
                "Chị ơi, em chuyển 20 triệu cho chị rồi, nội dung \"TUAN GUI VIEN PHI BO\". Em xin được nghỉ phép 10 ngày, đã đặt vé VJ963 Incheon - Hà Nội đêm 23/01. Chị đặt giúp em vé Hà Nội - Vinh chiều 24/01 nhé, tên {person_name|NGUYEN DINH TUAN}, hộ chiếu {vn.passport|C6193027}. Ở bên này em dùng số +82 10 4827 3916, về đến nơi em lắp lại sim cũ {vn.phone|0977 452 813}, mọi người gọi số đó nhé.",
            ),
        ],
    },
    Doc {
        name: "bao-dien-tu-triet-pha-nhom-lua-dao",
        parts: &[
            P("PHÁP LUẬT · Thứ Năm, 15/01/2026 10:25 (GMT+7)"),
            P("TRIỆT PHÁ Ổ NHÓM LỪA ĐẢO \"VIỆC NHẸ LƯƠNG CAO\" QUA MẠNG, CHIẾM ĐOẠT HƠN 4 TỶ ĐỒNG"),
            P(
                "Ngày 15/1, Phòng Cảnh sát hình sự Công an tỉnh Đồng Nai cho biết đã khởi tố vụ án, khởi tố bị can và bắt tạm giam 2 đối tượng về tội \"Lừa đảo chiếm đoạt tài sản\" gồm: {person_name|Lý Văn Tài} (SN {date_of_birth|1998}, trú {vn.address|ấp 3, xã Phước An, tỉnh Đồng Nai}) và {person_name|Cao Hoàng Phúc} (SN {date_of_birth|1996}, quê Bến Tre, tạm trú {vn.address|căn hộ B2-1507 chung cư Phúc Hiếu, phường Biên Hòa, tỉnh Đồng Nai}).",
            ),
            P(
                "Theo cơ quan điều tra, từ tháng 6/2025, nhóm này lập hàng chục tài khoản Facebook, Telegram ảo, đăng tin tuyển cộng tác viên \"làm nhiệm vụ\" thả tim, đánh giá sản phẩm cho các sàn thương mại điện tử. Sau vài nhiệm vụ nhỏ được trả tiền thật, bị hại được yêu cầu nạp tiền với số tiền tăng dần rồi bị chặn liên lạc. Một bị hại là chị N.T.H. (ngụ TP.HCM) đã chuyển 18 lần, tổng cộng 1,27 tỷ đồng.",
            ),
            P(
                "Để nhận tiền, các đối tượng thuê tài khoản ngân hàng của người khác với giá 1,5-3 triệu đồng/tài khoản, trong đó có tài khoản ACB số {vn.bank_account|21837465} mang tên {person_name|Hà Văn Dũng} (SN {date_of_birth|2003}, sinh viên). Cơ quan điều tra đang làm rõ vai trò của những người cho thuê tài khoản.",
            ),
            P(
                "Qua truy vết địa chỉ IP {ip_address|113.161.72.45} mà các tài khoản ảo thường xuyên đăng nhập, trinh sát xác định đây là đường truyền internet lắp tại căn hộ {person_name|Phúc} thuê. Sáng 9/1, lực lượng chức năng bắt quả tang nhóm đang hoạt động, thu giữ 14 điện thoại, 2 máy tính xách tay, 37 SIM điện thoại, 1 ô tô Mazda CX-5 biển số {vn.licence_plate|60K-318.42} do {person_name|Tài} đứng tên cùng nhiều tài liệu liên quan.",
            ),
            P(
                "Thượng tá {person_name|Nguyễn Hồng Phong}, Phó Trưởng phòng Cảnh sát hình sự, khuyến cáo người dân không cho thuê, mua bán tài khoản ngân hàng, không làm \"nhiệm vụ\" online. Ai là bị hại của nhóm trên liên hệ điều tra viên qua số 0251 3822 117 hoặc đến trụ sở số 161 Phạm Văn Thuận, phường Tam Hiệp để được hướng dẫn.",
            ),
        ],
    },
    Doc {
        name: "don-de-nghi-hoan-tra-tien-chuyen-nham",
        parts: &[
            P("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM - Độc lập - Tự do - Hạnh phúc"),
            P("ĐƠN ĐỀ NGHỊ TRA SOÁT, HOÀN TRẢ GIAO DỊCH CHUYỂN NHẦM"),
            P(
                "Kính gửi: Ngân hàng TMCP Đầu tư và Phát triển Việt Nam (BIDV) - Chi nhánh Cầu Giấy; đồng kính gửi: Công an phường Nghĩa Đô.",
            ),
            P(
                "Tôi tên là {person_name|Bùi Thanh Tùng}, sinh ngày {date_of_birth|03/10/1990}, CCCD số {vn.cccd|026090007318} cấp ngày 22/06/2022, thường trú tại {vn.address|số 27 ngõ 91 Hoàng Quốc Việt, phường Nghĩa Đô, Hà Nội}, điện thoại {vn.phone|0904 71 36 58}, là chủ tài khoản thanh toán số {vn.bank_account|21510003847261} và thẻ ghi nợ quốc tế BIDV Visa {payment_card|4271 8356 0194 7230}.",
            ),
            P(
                "Ngày 08/01/2026, tôi dùng ứng dụng BIDV SmartBanking chuyển tiền hàng cho một khách quen, tài khoản MB Bank số {vn.bank_account|0983271546} (trùng số điện thoại của anh ấy). Do gõ nhầm hai số cuối, tiền đã chuyển vào tài khoản của người khác, cụ thể:",
            ),
            T(&[
                &["Nội dung", "Thông tin giao dịch"],
                &["Thời gian", "14:36:52 ngày 08/01/2026"],
                &["Số tiền", "37.500.000 VND"],
                &["Tài khoản nhận", "{vn.bank_account|0983271564} - MB Bank"],
                &["Tên người nhận hiển thị", "{person_name|TRAN THI KIM OANH}"],
                &["Nội dung chuyển", "TUNG CK TIEN HANG DON 2601-058"],
                &["Số bút toán", "FT26008519374"],
            ]),
            P(
                "Ngay khi phát hiện, tôi đã gọi tổng đài BIDV 1900 9247 lúc 14h50 (mã yêu cầu tra soát 2601-0845173) và nhắn tin cho số điện thoại trùng với số tài khoản nhận. Đề nghị Ngân hàng phối hợp với MB Bank liên hệ chủ tài khoản nhận để hoàn trả số tiền trên; trường hợp người nhận không hợp tác, đề nghị Công an phường xác minh theo quy định. Tôi cam đoan những thông tin trên là đúng sự thật. Hà Nội, ngày 09/01/2026. Người làm đơn (đã ký).",
            ),
            P(
                "Tin nhắn kèm theo (chụp màn hình): 15:02 08/01 gửi {vn.phone|0983271564}: \"Chao chi, em la {person_name|Tung}, em chuyen nham 37tr500 vao TK MB cua chi luc 14h36, chi kiem tra va chuyen lai giup em theo so TK da chuyen den nhe, em cam on chi nhieu\". 19:48 08/01 trả lời: \"Chi biet roi, chi dang o que, mai chi ra ngan hang lam thu tuc hoan tra cho em\".",
            ),
            P(
                "Phản hồi của BIDV qua email ngày 12/01/2026 gửi {email|tungbt.hn@gmail.com}: \"Kính gửi Quý khách, BIDV đã nhận yêu cầu tra soát số 2601-0845173. Nhật ký hệ thống ghi nhận giao dịch được thực hiện trên thiết bị đã đăng ký của Quý khách từ địa chỉ IP {ip_address|14.232.187.66}, xác thực Smart OTP. MB Bank đã liên hệ chủ tài khoản nhận và được đồng ý hoàn trả; ngày 12/01/2026 số tiền 37.500.000 VND đã được ghi có lại vào tài khoản của Quý khách. Mọi thắc mắc xin liên hệ 1900 9247 hoặc hotro@bidv.com.vn.\"",
            ),
        ],
    },
    Doc {
        name: "ban-tuong-trinh-xo-xat-hang-xom",
        parts: &[
            P("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM - Độc lập - Tự do - Hạnh phúc"),
            P("BẢN TƯỜNG TRÌNH (V/v xô xát do đậu xe chắn lối đi trong hẻm)"),
            P("Kính gửi: Công an phường Bàn Cờ, TP. Hồ Chí Minh"),
            P(
                "Tôi tên {person_name|Võ Thị Kim Loan}, sinh ngày {date_of_birth|14/08/1982}, CCCD {vn.cccd|079182012457}, ngụ tại {vn.address|số 18/7 hẻm 281 Nguyễn Thiện Thuật, P. Bàn Cờ, TP.HCM}, ĐT {vn.phone|0903.815.264}, buôn bán tạp hóa tại nhà.",
            ),
            P(
                "Khoảng 6g45 sáng ngày 16/01/2026, tôi chạy xe máy Air Blade biển số {vn.licence_plate|59-T1 385.72} chở con đi học thì ô tô con màu trắng biển số {vn.licence_plate|51K-274.18} của ông {person_name|Lâm Quốc Bảo} ở nhà đối diện đậu chắn ngang đầu hẻm từ tối hôm trước. Tôi gọi cửa nhờ dời xe thì con trai ông là {person_name|Lâm Gia Huy} ra, hai bên lời qua tiếng lại, cậu ta đẩy xe tôi ngã làm bể gương chiếu hậu, tay tôi trầy xước. Sự việc có anh {person_name|Dương Minh Trí} bán bánh mì đầu hẻm (ĐT {vn.phone|0708 153 924}) chứng kiến và camera của nhà số 18/9 ghi lại.",
            ),
            P(
                "Đây không phải lần đầu. Từ tháng 10/2025 ông hàng xóm thường xuyên đậu xe qua đêm trong hẻm rộng 3 m, tổ trưởng tổ dân phố đã nhắc nhở 2 lần (biên bản hòa giải ngày 05/11/2025). Sau sự việc, ông có sang xin lỗi và chụp cho tôi giấy phép lái xe số {vn.driving_licence|790168342517} để làm tin, hứa bồi thường tiền sửa xe theo hóa đơn số 0004821 của tiệm sửa xe Tư Mập (850.000đ) nhưng đến nay chưa trả.",
            ),
            P(
                "Tôi đề nghị Công an phường mời hai bên lên làm việc, yêu cầu gia đình đối diện bồi thường và không đậu xe chắn lối đi chung. Tôi xin cam đoan nội dung tường trình là đúng sự thật. Người viết tường trình {person_name|Võ Thị Kim Loan}",
            ),
        ],
    },
];
