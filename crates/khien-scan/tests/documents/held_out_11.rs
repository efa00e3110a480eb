//! An eleventh set of held-out documents, written by hand by someone who had not read the
//! detectors: graded, not tuned on. The kinds differ from the earlier sets' (a gym's membership
//! form with an instalment card payment and the receptionist's notes, a village health worker's
//! list of children due for routine vaccination with their parents and the SMS reminder, an
//! agricultural cooperative's list of members, land plots and seed-subsidy payments, a funeral
//! home's service order with the itemised services and the deposit, a coach company's passenger
//! manifest exported without diacritics, a high school's record of an incident between two
//! students, a ride-hailing app's driver sign-up record with the support chat typed without
//! diacritics, and a temporary residence registration form (CT01) for a migrant worker's family
//! with the landlady's consent). Every piece of personal data is marked `{detector|value}`: names
//! after a title or a label (cụ bà, ông, bà, thầy, cô, em, anh, chị, cháu, Mẹ:, Bố:, Thượng úy) are
//! marked without it; given names used alone after a first mention ("chị Trân", "cháu Ngọc", "Ông
//! Sang", "ông Bửu Tân", "em Vinh", "em Nam", "anh Truong", "a Thanh", "anh Thủy") are marked;
//! ALL-CAPS and unaccented names (embossed on a card, in a manifest, in an SMS, in a transfer
//! description, as an account holder) are marked as written. Judgement calls: the dead woman's
//! name, birth year, ID card, social insurance number and last address in the funeral order are
//! marked like a living person's, and so is her name inside the deposit's transfer description;
//! years of birth alone (the "Năm sinh" columns, "Sinh năm") are marked as dates of birth, and an
//! ISO-written birth date from the app export ("1990-11-23") is marked; an infant's TE1 card is
//! marked as a health insurance card; a 12-digit personal identification number (số định danh cá
//! nhân) of an adult or a child is marked as a CCCD, and an old nine-digit card (CMND) as a CMND; a
//! cooperative director's mobile number and a village health worker's number in the SMS are marked
//! (persons' phones, not switchboards); a driver's personal tax code and a dead pensioner's social
//! insurance number (given for the funeral allowance) are marked; a student's 50cc motorbike plate
//! ("43-AA 052.17"), a gym member's motorbike plate and a driver's own motorbike plate are marked,
//! while the coach's and the hearse's plates are not (company vehicles); the driver's phone's
//! internet address at sign-up is marked; an address given as a residential group with its ward and
//! city ("Tổ 31, phường An Khê") and a village with its commune and province ("bản Khằm, xã Trung
//! Lý") are marked, while the cooperative's own hamlet in its header and the manifest's pick-up
//! points are not. A police officer named "Nguyễn Thành Công" (also a common phrase, "success") is
//! marked. Left unmarked on purpose: organisation data (the gym's, health station's, cooperative's,
//! funeral home's, coach company's, school's, app company's and ward police's names, tax codes,
//! addresses, hotlines, landlines, the funeral home's mobile hotline, role mailboxes, the
//! cooperative's and funeral home's bank accounts, the hearse's and coach's plates), a place of
//! origin (quê quán), gender, ages, heights, weights, blood pressure, non-birth dates (contract,
//! membership, vaccination, vaccine expiry, decision, death, lunar, burial, flight, departure,
//! incident, sign-up, chat, tenancy and filing dates), contract, member, locker, parking-card,
//! approval, vaccine lot, vaccination-book, decision, map-sheet and parcel, ticket, route-order,
//! dossier, criminal-record certificate, land-certificate, employer's confirmation, flight and
//! class numbers, a coffin model code, a referral code made from a driver's name ("TRUONG90"),
//! amounts, areas, percentages, and streets, a school, a canal, a family cemetery and a boarding
//! house named after people (Phan Xích Long, Nguyễn Huệ, Bà Triệu, Lê Hồng Phong, Phan Châu Trinh,
//! Trần Duy Hưng, kênh Ông Hào, họ Tôn Thất, nhà trọ Kim Phượng).

use super::Doc;
use super::Part::{P, T};

pub const HELD_OUT_11: &[Doc] = &[
    Doc {
        name: "phieu-dang-ky-hoi-vien-phong-tap",
        parts: &[
            P(
                "SUNFIT GYM & YOGA - CN PHAN XÍCH LONG - 152 Phan Xích Long, phường Cầu Kiệu, TP.HCM - Hotline: 1800 6179 - Email: hoivien@sunfit.vn",
            ),
            P(
                "PHIẾU ĐĂNG KÝ HỘI VIÊN KIÊM HỢP ĐỒNG DỊCH VỤ LUYỆN TẬP - Số HĐ: SF-PXL-2512-0417 - Mã hội viên: 250381",
            ),
            T(&[
                &["Nội dung", "Thông tin"],
                &["Họ và tên (viết in hoa)", "{person_name|TÔ NGỌC BẢO TRÂN}"],
                &["Ngày sinh", "{date_of_birth|07.04.1998}"],
                &["Giới tính", "Nữ"],
                &["CCCD", "{vn.cccd|079198031542}"],
                &["SĐT / Zalo", "{vn.phone|0938 715 204}"],
                &["Email", "{email|baotran.to98@icloud.com}"],
                &[
                    "Địa chỉ",
                    "{vn.address|45/7 Huỳnh Văn Bánh, P.12, Q. Phú Nhuận, TP.HCM}",
                ],
                &[
                    "Nghề nghiệp / Nơi làm việc",
                    "Nhân viên marketing, Công ty CP Thực phẩm Sài Gòn Xanh (tầng 5, 68 Nguyễn Huệ, Q.1)",
                ],
                &[
                    "Tình trạng sức khỏe (tự khai)",
                    "Thoát vị đĩa đệm L4-L5 nhẹ, không nhảy dây, không squat tạ nặng; huyết áp 110/70; cao 1m58, nặng 52 kg",
                ],
                &[
                    "Gói tập",
                    "Gold 12 tháng + 24 buổi PT, từ 15/12/2025 đến 14/12/2026; giá 14.400.000đ, giảm 20% chương trình Giáng sinh còn 11.520.000đ",
                ],
                &[
                    "Thanh toán",
                    "Trả góp 0% 6 kỳ qua thẻ tín dụng Mastercard {payment_card|5239 4817 0362 9513}, tên in trên thẻ {person_name|TO NGOC BAO TRAN}, mã chuẩn chi 318542",
                ],
                &[
                    "Huấn luyện viên cá nhân",
                    "Chưa chọn (lễ tân xếp lịch PT theo ca)",
                ],
            ]),
            P(
                "Ghi chú lễ tân: hội viên do chị {person_name|Quách Mỹ Linh} (mã HV 219277) giới thiệu, cộng 1 tháng cho người giới thiệu. Tủ đồ cố định số 128. Gửi xe máy ở hầm B1, biển số {vn.licence_plate|59-P1 428.73}, thẻ xe số 0617. Đã chụp ảnh khuôn mặt để check-in; chị {person_name|Trân} yêu cầu KHÔNG gửi tin nhắn quảng cáo.",
            ),
            P(
                "Sunfit cam kết bảo mật thông tin hội viên theo Nghị định 13/2023/NĐ-CP. Khiếu nại gửi hoivien@sunfit.vn hoặc quản lý chi nhánh: 028 3517 2468. TP.HCM, ngày 15/12/2025.",
            ),
        ],
    },
    Doc {
        name: "danh-sach-tiem-chung-tre-em-thon",
        parts: &[
            P("TRẠM Y TẾ XÃ QUẢNG PHÚ - THÔN TRUNG TIẾN - Y TẾ THÔN"),
            P(
                "DANH SÁCH TRẺ TIÊM CHỦNG MỞ RỘNG ĐỢT THÁNG 01/2026 (sáng thứ Năm 08/01/2026, từ 7h30 tại Nhà văn hóa thôn Trung Tiến)",
            ),
            T(&[
                &[
                    "STT",
                    "Họ tên trẻ",
                    "Ngày sinh",
                    "Số thẻ BHYT",
                    "Bố/mẹ",
                    "Điện thoại",
                    "Vắc xin",
                ],
                &[
                    "1",
                    "{person_name|Lê Bảo Ngọc}",
                    "{date_of_birth|08/10/2025}",
                    "{vn.health_insurance_card|TE1383825046917}",
                    "Mẹ: {person_name|Hoàng Thị Mai}",
                    "{vn.phone|0356 218 947}",
                    "5 trong 1 mũi 2, OPV lần 2",
                ],
                &[
                    "2",
                    "{person_name|Đỗ Khánh An}",
                    "{date_of_birth|30/11/2025}",
                    "Chưa có (đang làm khai sinh)",
                    "Mẹ: {person_name|Lò Thị Xuân}",
                    "{vn.phone|+84 868 305 712}",
                    "BCG tiêm bù, viêm gan B",
                ],
            ]),
            P(
                "Ghi chú: - Cháu {person_name|Ngọc} lần tiêm trước sốt 38,5 độ, đề nghị bác sĩ khám sàng lọc kỹ. - Cháu STT 2 sinh tại nhà, chưa có số định danh nên chưa có thẻ BHYT. - Vắc xin 5 trong 1 lô A21CB415A, hạn dùng 30/06/2027; sổ tiêm chủng số 0384.",
            ),
            P(
                "Tin nhắn đã gửi phụ huynh (SMS): \"TYT xa Quang Phu TB: chau {person_name|LE BAO NGOC} tiem 5in1 mui 2 luc 7h30 ngay 08/01/2026 tai NVH thon Trung Tien. Mang so tiem + the BHYT. LH y te thon {vn.phone|0915372648}\"",
            ),
            P("Người lập danh sách: y tế thôn (đã ký). Trạm Y tế xã trực 24/24: 0237 3864 119."),
        ],
    },
    Doc {
        name: "danh-sach-thanh-vien-htx-canh-dong-lon",
        parts: &[
            P(
                "HỢP TÁC XÃ NÔNG NGHIỆP THUẬN HÒA - Ấp Thới Thuận, xã Thới Lai, TP. Cần Thơ - MST: 1801562318 - ĐT: 0292 3681 447",
            ),
            P(
                "DANH SÁCH THÀNH VIÊN THAM GIA CÁNH ĐỒNG LỚN VỤ ĐÔNG XUÂN 2025-2026, NHẬN HỖ TRỢ GIỐNG LÚA ĐÀI THƠM 8 (Kèm theo Quyết định số 27/QĐ-HTX ngày 20/11/2025)",
            ),
            T(&[
                &[
                    "STT",
                    "Họ tên chủ hộ",
                    "Năm sinh",
                    "CCCD/CMND",
                    "Tờ bản đồ - thửa",
                    "Diện tích (m2)",
                    "Nhận hỗ trợ",
                ],
                &[
                    "1",
                    "{person_name|Trần Văn Út}",
                    "{date_of_birth|1964}",
                    "{vn.cccd|092064003817}",
                    "Tờ 12 - thửa 87",
                    "12.400",
                    "Tiền mặt (đã ký nhận)",
                ],
                &[
                    "2",
                    "{person_name|Nguyễn Thị Bé Năm}",
                    "{date_of_birth|1971}",
                    "{vn.cccd|092171008452}",
                    "Tờ 12 - thửa 91, 92",
                    "8.650",
                    "Tiền mặt",
                ],
                &[
                    "3",
                    "{person_name|Lâm Văn Sang}",
                    "{date_of_birth|1982}",
                    "{vn.cmnd|361842057}",
                    "Tờ 15 - thửa 204 (đất thuê)",
                    "15.200",
                    "CK {vn.bank_account|0111003928475} Vietcombank",
                ],
            ]),
            P(
                "Ghi chú: Ông {person_name|Sang} thuê đất của HTX, thường trú tại {vn.address|số 214 ấp Trường Thọ, xã Trường Thành, TP. Cần Thơ}, chưa đổi thẻ căn cước nên ghi số CMND cũ. Mương nội đồng đoạn giáp kênh Ông Hào (tờ 15) HTX nạo vét trước ngày 15/12/2025, các hộ có thửa giáp kênh liên hệ tổ trưởng tổ 3.",
            ),
            P(
                "Ban quản trị HTX: Giám đốc {person_name|Phan Thanh Liêm}, ĐT {vn.phone|0919 462 385}. Phí dịch vụ bơm tưới nộp vào TK của HTX số 7603201006528 Agribank Thới Lai, nội dung ghi số thửa.",
            ),
        ],
    },
    Doc {
        name: "phieu-yeu-cau-dich-vu-tang-le",
        parts: &[
            P(
                "NHÀ TANG LỄ THIÊN PHÚC - CÔNG TY TNHH DỊCH VỤ TANG LỄ THIÊN PHÚC - 36 Bà Triệu, phường Thuận Hóa, TP. Huế - MST 3301592746 - Trực 24/7: 0234 3822 115 - 0905 115 115",
            ),
            P("PHIẾU YÊU CẦU DỊCH VỤ TANG LỄ - Số: 0457/PYC-2026 - Lập lúc 05g40 ngày 09/01/2026"),
            T(&[
                &["Nội dung", "Thông tin"],
                &["Người quá cố", "Cụ bà {person_name|Tôn Nữ Thị Hoài}"],
                &["Sinh năm", "{date_of_birth|1938} (Mậu Dần)"],
                &[
                    "Mất ngày",
                    "09/01/2026 (nhằm ngày 21 tháng 11 năm Ất Tỵ) tại nhà, hưởng thọ 89 tuổi",
                ],
                &["Số CCCD người quá cố", "{vn.cccd|046138000925}"],
                &[
                    "Nơi cư trú cuối cùng",
                    "{vn.address|12 kiệt 74 Nguyễn Chí Thanh, phường Phú Xuân, TP. Huế}",
                ],
                &[
                    "Người yêu cầu dịch vụ",
                    "Ông {person_name|Nguyễn Phước Bửu Tân} (con trai trưởng), CCCD {vn.cccd|046066004183}",
                ],
                &["Điện thoại / Zalo", "{vn.phone|0914.038.627}"],
                &[
                    "Email nhận báo giá, hóa đơn",
                    "{email|buutan.nguyenphuoc@gmail.com}",
                ],
            ]),
            T(&[
                &["Hạng mục", "Chi tiết", "Thành tiền (đồng)"],
                &["Quan tài", "Gỗ gõ đỏ, sơn mài, mã QT-GD07", "38.000.000"],
                &[
                    "Xe tang, xe đưa đón",
                    "Xe tang Hyundai BKS 75B-012.34; 02 xe 29 chỗ",
                    "9.500.000",
                ],
                &["Nhạc lễ, kèn bát âm", "2 ngày 2 đêm", "7.000.000"],
                &["Rạp, bàn ghế, hoa tươi", "Gói Tiêu chuẩn B", "12.800.000"],
                &["Tổng cộng", "", "67.300.000"],
            ]),
            P(
                "Lịch: khâm liệm, nhập quan 15g00 ngày 09/01/2026; động quan 6g00 ngày 11/01/2026, an táng tại nghĩa trang họ Tôn Thất, phường Thủy Xuân. Gia đình nhờ đón con gái cụ là bà {person_name|Nguyễn Phước Diệu Hằng} từ Đức về, chuyến VN1545 hạ cánh Phú Bài 14g25 ngày 10/01/2026, ĐT chuyển vùng {vn.phone|+84 903 517 264}.",
            ),
            P(
                "Thanh toán: đặt cọc 20.000.000 đồng, ông {person_name|Bửu Tân} chuyển từ TK {vn.bank_account|0161001842375} Vietcombank Huế vào TK công ty số 55110000482913 BIDV Huế, nội dung \"COC PYC 0457 TANG LE {person_name|TON NU THI HOAI}\". Phần còn lại thanh toán sau lễ an táng. Công ty hỗ trợ làm hồ sơ trợ cấp mai táng: gia đình nộp bản sao thẻ hưu của cụ, mã số BHXH {vn.social_insurance|4605017283}. Nhân viên tư vấn (đã ký).",
            ),
        ],
    },
    Doc {
        name: "danh-sach-hanh-khach-xe-khach",
        parts: &[
            P(
                "CÔNG TY TNHH VẬN TẢI HÀNH KHÁCH PHƯƠNG NAM - MST 0316482751 - VP: 254 Lê Hồng Phong, phường Chợ Quán, TP.HCM - Tổng đài đặt vé: 1900 6067",
            ),
            P(
                "DANH SÁCH HÀNH KHÁCH kèm Lệnh vận chuyển số 1231/2025/LVC - Tuyến TP.HCM - Đà Lạt - Xuất bến 22:30 ngày 31/12/2025, Bến xe Miền Đông - Xe giường nằm 34 chỗ BKS 51B-468.21",
            ),
            P(
                "Lái xe: {person_name|Phạm Văn Sơn}, GPLX hạng D số {vn.driving_licence|790087214563}. Phụ xe: 01 người (theo lệnh vận chuyển).",
            ),
            T(&[
                &[
                    "Giường",
                    "Họ tên (hệ thống, không dấu)",
                    "SĐT",
                    "Năm sinh",
                    "Giấy tờ",
                    "Điểm đón",
                    "Mã vé",
                ],
                &[
                    "A1",
                    "{person_name|NGUYEN THI KIM LOAN}",
                    "{vn.phone|0938240517}",
                    "{date_of_birth|1979}",
                    "CCCD {vn.cccd|079179024618}",
                    "VP Lê Hồng Phong",
                    "PN3112-0041",
                ],
                &[
                    "B3",
                    "{person_name|VO THANH DAT}",
                    "{vn.phone|+84 977 315 806}",
                    "{date_of_birth|2003}",
                    "CCCD {vn.cccd|075203008164}",
                    "Ngã tư Vũng Tàu",
                    "PN3112-0057",
                ],
                &[
                    "C2",
                    "{person_name|LUU THI THANH TAM}",
                    "{vn.phone|034-582-6119}",
                    "",
                    "HC {vn.passport|C5830147}",
                    "Bến xe Miền Đông",
                    "PN3112-0071",
                ],
            ]),
            P(
                "Ghi chú điều hành: khách giường B3 quên CCCD bản cứng, đã xuất trình tài khoản định danh điện tử VNeID mức 2. Giường A7 hủy vé lúc 19:05, đã hoàn 70% giá vé qua cổng thanh toán. Hành lý ký gửi 3 kiện, thùng sầu riêng của khách C2 để khoang sau. Hotline điều hành dọc đường: 028 3829 1047.",
            ),
        ],
    },
    Doc {
        name: "bien-ban-su-viec-hoc-sinh-xo-xat",
        parts: &[
            P("SỞ GIÁO DỤC VÀ ĐÀO TẠO TP. ĐÀ NẴNG - TRƯỜNG THPT PHAN CHÂU TRINH"),
            P("BIÊN BẢN SỰ VIỆC (V/v học sinh xô xát tại khu vực nhà xe học sinh)"),
            P(
                "Hồi 11 giờ 50 ngày 16/12/2025, tại phòng Giám thị, chúng tôi gồm: thầy {person_name|Nguyễn Đức Minh} - Phó Hiệu trưởng; cô {person_name|Phan Thị Ngọc Ánh} - GVCN lớp 11/4; nhân viên bảo vệ ca sáng. Tiến hành lập biên bản sự việc đối với các học sinh:",
            ),
            T(&[
                &[
                    "Họ và tên",
                    "Lớp",
                    "Ngày sinh",
                    "Chỗ ở hiện nay",
                    "Phụ huynh, điện thoại",
                ],
                &[
                    "{person_name|Lê Quang Vinh}",
                    "11/4",
                    "{date_of_birth|03/05/2009}",
                    "{vn.address|K82/15 Hà Huy Tập, phường Thanh Khê, TP. Đà Nẵng}",
                    "Mẹ: bà {person_name|Đặng Thị Thu Sương}, {vn.phone|0905 381 247}",
                ],
                &[
                    "{person_name|Hồ Nhật Nam}",
                    "11/7",
                    "{date_of_birth|21/9/2009}",
                    "{vn.address|Tổ 31, phường An Khê, TP. Đà Nẵng}",
                    "Bố: ông {person_name|Hồ Văn Cường} (đi biển, chưa liên lạc được)",
                ],
            ]),
            P(
                "Nội dung sự việc: lúc 11g40, tan tiết 5, em {person_name|Vinh} dắt xe đạp điện ra khỏi nhà xe thì va vào xe máy 50cc biển số {vn.licence_plate|43-AA 052.17} của em {person_name|Nam}, làm gãy kính chiếu hậu. Hai em cãi nhau rồi xô xát; một học sinh lớp 11/4 và bảo vệ can ngăn. Em {person_name|Vinh} bị trầy xước gò má, được nhân viên y tế trường sơ cứu, không phải chuyển viện. Một số học sinh quay video đăng lên trang \"PCT Confessions\", nhà trường đã đề nghị gỡ.",
            ),
            P(
                "Hai phụ huynh thống nhất tự thỏa thuận bồi thường kính xe 150.000 đồng. Nhà trường sẽ họp Hội đồng kỷ luật theo Thông tư 19/2025/TT-BGDĐT. Biên bản lập xong lúc 12 giờ 35 cùng ngày, đã đọc lại cho mọi người cùng nghe và ký tên.",
            ),
        ],
    },
    Doc {
        name: "ho-so-dang-ky-tai-xe-cong-nghe",
        parts: &[
            P(
                "XANHGO - CÔNG TY CP CÔNG NGHỆ DI CHUYỂN XANH - Trung tâm hỗ trợ tài xế: tầng 3, 119 Trần Duy Hưng, phường Yên Hòa, Hà Nội - Hotline tài xế 1900 2097 - doitac@xanhgo.vn",
            ),
            P(
                "HỒ SƠ ĐĂNG KÝ ĐỐI TÁC TÀI XẾ XE MÁY (xuất từ hệ thống ngày 05/01/2026) - Mã hồ sơ: DRV-HN-2512-88417 - Trạng thái: Chờ bổ sung",
            ),
            T(&[
                &["Nội dung", "Thông tin"],
                &["Họ tên", "{person_name|Mai Xuân Trường}"],
                &["Ngày sinh", "{date_of_birth|1990-11-23}"],
                &["Số CCCD", "{vn.cccd|040090012736}"],
                &["SĐT đăng ký", "{vn.phone|0389 274 615}"],
                &[
                    "Nơi ở hiện tại",
                    "{vn.address|Phòng 6, nhà trọ số 18 ngõ 165 Cầu Giấy, phường Cầu Giấy, Hà Nội}",
                ],
                &["Quê quán", "Nghệ An"],
                &["MST cá nhân", "{vn.tax_code|8316427509}"],
                &["GPLX", "Hạng A1, số {vn.driving_licence|400183627419}"],
                &[
                    "Phương tiện",
                    "Honda Vision 2021, BKS {vn.licence_plate|37F1-582.36}",
                ],
                &[
                    "Tài khoản nhận thu nhập",
                    "{vn.bank_account|19037815264011} Techcombank - {person_name|MAI XUAN TRUONG}",
                ],
                &[
                    "Thiết bị / IP đăng ký",
                    "Samsung Galaxy A15 / {ip_address|14.231.86.107} / 04/01/2026 21:13",
                ],
                &["Mã giới thiệu", "TRUONG90"],
            ]),
            P("Trao đổi với tài xế (chat trong ứng dụng):"),
            P(
                "[04/01 21:40] Ho tro tai xe: Chao anh {person_name|Truong}, anh vui long chup lai mat sau CCCD, anh bi loa nen he thong ko doc duoc so.",
            ),
            P(
                "[04/01 21:52] Tai xe: chi oi e chup lai roi, gui o tren nhe. Xe e mua lai cua anh trai {person_name|Mai Xuan Thanh} nen cavet van ten a {person_name|Thanh}, co can giay uy quyen ko a?",
            ),
            P(
                "[04/01 22:05] Ho tro tai xe: Anh bo sung giay cam ket cho muon xe co chu ky chu xe nhe. Phieu LLTP so 2871/2025/LLTP-HN cua anh hop le roi a. Ho so se duyet trong 48h.",
            ),
        ],
    },
    Doc {
        name: "to-khai-dang-ky-tam-tru-ct01",
        parts: &[
            P("Mẫu CT01 ban hành kèm theo Thông tư số 66/2023/TT-BCA"),
            P("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM - Độc lập - Tự do - Hạnh phúc"),
            P(
                "TỜ KHAI THAY ĐỔI THÔNG TIN CƯ TRÚ - Kính gửi: Công an phường Dĩ An, TP. Hồ Chí Minh",
            ),
            T(&[
                &["Nội dung", "Thông tin"],
                &["1. Họ, chữ đệm và tên", "{person_name|LƯỜNG VĂN THỦY}"],
                &["2. Ngày, tháng, năm sinh", "{date_of_birth|14/02/2000}"],
                &["3. Giới tính", "Nam"],
                &["4. Số định danh cá nhân", "{vn.cccd|038200017425}"],
                &["5. Số điện thoại liên hệ", "{vn.phone|0343 518 276}"],
                &["6. Email", ""],
                &[
                    "7. Họ, chữ đệm và tên chủ hộ",
                    "{person_name|Đoàn Thị Kim Phượng}",
                ],
                &["8. Mối quan hệ với chủ hộ", "Người thuê nhà"],
                &[
                    "9. Số định danh cá nhân của chủ hộ",
                    "{vn.cccd|074172003915}",
                ],
                &[
                    "10. Nội dung đề nghị",
                    "Đăng ký tạm trú tại {vn.address|Phòng 12, số 27/3 đường ĐT743, khu phố Bình Đường 2, phường Dĩ An, TP. Hồ Chí Minh} đến ngày 31/12/2027. Nơi thường trú: {vn.address|bản Khằm, xã Trung Lý, tỉnh Thanh Hóa}",
                ],
            ]),
            P("11. Những thành viên trong hộ gia đình cùng thay đổi:"),
            T(&[
                &[
                    "TT",
                    "Họ, chữ đệm và tên",
                    "Ngày sinh",
                    "Giới tính",
                    "Số định danh cá nhân",
                    "Quan hệ",
                ],
                &[
                    "1",
                    "{person_name|Hà Thị Lan}",
                    "{date_of_birth|09/06/2002}",
                    "Nữ",
                    "{vn.cccd|038302009614}",
                    "Vợ",
                ],
                &[
                    "2",
                    "{person_name|Lường Tuấn Kiệt}",
                    "{date_of_birth|17/03/2024}",
                    "Nam",
                    "{vn.cccd|038224011287}",
                    "Con",
                ],
            ]),
            P(
                "Ý KIẾN CỦA CHỦ HỘ: Tôi đồng ý cho anh {person_name|Thủy} cùng vợ con đăng ký tạm trú tại chỗ ở hợp pháp của tôi (nhà trọ Kim Phượng, hợp đồng thuê phòng số 12/2026 ký ngày 02/01/2026; GCN QSDĐ số CS 08317). Chủ hộ ký, ghi rõ họ tên.",
            ),
            P(
                "PHẦN TIẾP NHẬN: Hồ sơ nộp trực tuyến trên Cổng Dịch vụ công quốc gia lúc 20:14 ngày 05/01/2026, mã hồ sơ G22.19-260105-0042; kèm xác nhận làm việc số 318/XN-NS của Công ty TNHH Giày da Phú Thành, KCN Sóng Thần. Cán bộ tiếp nhận: Thượng úy {person_name|Nguyễn Thành Công}.",
            ),
        ],
    },
];
