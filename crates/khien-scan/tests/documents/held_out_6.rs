//! A sixth set of held-out documents, written by hand by someone who had not read the
//! detectors: graded, not tuned on. The kinds differ from the earlier sets' (a commune's list
//! of people receiving monthly social allowances, a children's outpatient prescription with
//! its receipt, a police record of taking a victim's statement, a kindergarten enrolment form
//! with the child, the parents and the people who collect the child, a notarised contract
//! selling a car, a bilingual labour contract, an electronics shop's Zalo customer-care
//! transcript partly without diacritics, a personal income tax finalisation authorisation with
//! its list of dependants). Every piece of personal data is marked `{detector|value}`, given
//! names used alone after a first mention ("chị Tâm", "anh Phong", "cháu Huy") included;
//! organisation data (company, hospital, school and notary office tax codes, addresses,
//! hotlines, landlines, e-mails and bank accounts, decision, contract, notarisation, order,
//! ticket, receipt, patient and record numbers, a Zalo user ID, masked card numbers, engine and
//! chassis numbers, the vehicle registration certificate number, practising certificate
//! numbers, an internal server IP address, drug names and doses, amounts, coefficients, ages,
//! non-birth dates, places of birth, a partly seen plate, people-named streets, schools, notary
//! offices and hospitals) is left unmarked on purpose.

use super::Doc;
use super::Part::{P, T};

pub const HELD_OUT_6: &[Doc] = &[
    Doc {
        name: "danh-sach-chi-tra-tro-cap-xa-hoi",
        parts: &[
            P("ỦY BAN NHÂN DÂN XÃ THẠCH LẠC"),
            P("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc"),
            P("Số: 87/DS-UBND                    Thạch Lạc, ngày 25 tháng 11 năm 2025"),
            P(
                "DANH SÁCH ĐỐI TƯỢNG BẢO TRỢ XÃ HỘI HƯỞNG TRỢ CẤP XÃ HỘI HẰNG THÁNG - KỲ CHI TRẢ THÁNG 12/2025",
            ),
            P(
                "(Kèm theo Quyết định số 412/QĐ-UBND ngày 20/11/2025 của Chủ tịch Ủy ban nhân dân xã Thạch Lạc, tỉnh Hà Tĩnh)",
            ),
            P(
                "Căn cứ Nghị định số 20/2021/NĐ-CP ngày 15/3/2021 của Chính phủ quy định chính sách trợ giúp xã hội đối với đối tượng bảo trợ xã hội; mức chuẩn trợ giúp xã hội áp dụng: 500.000 đồng/tháng. Điểm chi trả tiền mặt: Bưu điện văn hóa xã Thạch Lạc, đường Trần Phú, điện thoại 0239 3845 112, chi trả từ ngày 05/12/2025 đến ngày 10/12/2025.",
            ),
            T(&[
                &[
                    "STT",
                    "Họ và tên",
                    "Năm sinh",
                    "Số CCCD/CMND",
                    "Nơi cư trú",
                    "Đối tượng",
                    "Hệ số",
                    "Số tiền (đồng)",
                    "Hình thức nhận",
                ],
                &[
                    "1",
                    "{person_name|Nguyễn Thị Lài}",
                    "{date_of_birth|1938}",
                    "{vn.cccd|042138001275}",
                    "{vn.address|Thôn Đông Văn, xã Thạch Lạc, tỉnh Hà Tĩnh}",
                    "Người cao tuổi từ đủ 80 tuổi trở lên",
                    "1,5",
                    "750.000",
                    "Tiền mặt tại điểm chi trả",
                ],
                &[
                    "2",
                    "{person_name|Trần Văn Cừ}",
                    "{date_of_birth|12/4/1941}",
                    "{vn.cmnd|183045127}",
                    "{vn.address|Thôn Bắc Sơn, xã Thạch Lạc, tỉnh Hà Tĩnh}",
                    "Người cao tuổi từ đủ 80 tuổi trở lên",
                    "1,5",
                    "750.000",
                    "Chuyển khoản TK {vn.bank_account|3707205134627} Agribank CN Thạch Hà",
                ],
                &[
                    "3",
                    "{person_name|Lê Thị Hoa}",
                    "{date_of_birth|1979}",
                    "{vn.cccd|042179003318}",
                    "{vn.address|Xóm 4, thôn Trung Tiến, xã Thạch Lạc, tỉnh Hà Tĩnh}",
                    "Người khuyết tật đặc biệt nặng",
                    "2,5",
                    "1.250.000",
                    "Tiền mặt tại nhà (đối tượng không đi lại được)",
                ],
                &[
                    "4",
                    "{person_name|Phan Gia Huy}",
                    "{date_of_birth|03/08/2014}",
                    "{vn.cccd|042214009561}",
                    "{vn.address|Thôn Đông Văn, xã Thạch Lạc, tỉnh Hà Tĩnh}",
                    "Trẻ em mồ côi cả cha và mẹ",
                    "2,5",
                    "1.250.000",
                    "Người giám hộ nhận thay: bà ngoại {person_name|Đặng Thị Sen}, SĐT {vn.phone|0396 418 257}",
                ],
                &[
                    "5",
                    "{person_name|Hồ Văn Thắng}",
                    "{date_of_birth|1950}",
                    "{vn.cmnd|180512334}",
                    "{vn.address|Thôn Tân Hòa, xã Thạch Lạc, tỉnh Hà Tĩnh}",
                    "Người khuyết tật nặng",
                    "2,0",
                    "1.000.000",
                    "Chuyển khoản TK {vn.bank_account|0201000685213} Vietcombank Hà Tĩnh",
                ],
                &[
                    "6",
                    "{person_name|Võ Thị Thu Trang}",
                    "{date_of_birth|21-02-1995}",
                    "{vn.cccd|042195007720}",
                    "{vn.address|Xóm 2, thôn Bắc Sơn, xã Thạch Lạc, tỉnh Hà Tĩnh}",
                    "Người đơn thân thuộc hộ nghèo đang nuôi con",
                    "1,0",
                    "500.000",
                    "Chuyển khoản TK {vn.bank_account|104870125566} VietinBank",
                ],
            ]),
            P(
                "Tổng cộng: 06 đối tượng, tổng số tiền chi trả: 5.500.000 đồng (Bằng chữ: Năm triệu năm trăm nghìn đồng chẵn).",
            ),
            P(
                "Ghi chú: 1. Ông {person_name|Trần Văn Cừ} chuyển từ nhận tiền mặt sang nhận qua tài khoản kể từ kỳ tháng 12/2025 theo đơn đề nghị ngày 10/11/2025. 2. Cháu {person_name|Huy} đang học lớp 6 Trường THCS Phan Đình Phùng; bà {person_name|Đặng Thị Sen} (CCCD {vn.cccd|042156002481}) là người giám hộ theo Giấy chứng nhận đăng ký giám hộ số 15/GH ngày 02/3/2023. 3. Bà {person_name|Nguyễn Thị Lài} đã được cấp thẻ BHYT đối tượng bảo trợ xã hội số {vn.health_insurance_card|BT2424213800127}, giá trị từ 01/01/2025.",
            ),
            T(&[
                &["NGƯỜI LẬP BIỂU", "KT. CHỦ TỊCH - PHÓ CHỦ TỊCH"],
                &["(Ký, ghi rõ họ tên)", "(Ký tên, đóng dấu)"],
                &[
                    "{person_name|NGUYỄN THỊ MỸ LINH}",
                    "{person_name|DƯƠNG VĂN TÂM}",
                ],
            ]),
        ],
    },
    Doc {
        name: "don-thuoc-ngoai-tru-nhi",
        parts: &[
            P("SỞ Y TẾ THÀNH PHỐ HỒ CHÍ MINH"),
            P("BỆNH VIỆN ĐA KHOA KHU VỰC THỦ ĐỨC - KHOA KHÁM BỆNH NHI"),
            P(
                "Địa chỉ: 64 Lê Văn Chí, phường Linh Xuân, TP. Hồ Chí Minh - Tổng đài: 028 3896 6798 - Email: bvkvthuduc@tphcm.gov.vn",
            ),
            P("ĐƠN THUỐC"),
            P("Mã đơn thuốc: 79031a8k2p5z-c | Số hồ sơ: 25.118.004276 | Mã người bệnh: 2510043317"),
            T(&[
                &["Nội dung", "Thông tin"],
                &["Họ tên người bệnh", "{person_name|TRẦN BẢO NGỌC}"],
                &["Ngày sinh", "{date_of_birth|14/06/2021} (4 tuổi 5 tháng)"],
                &["Giới tính", "Nữ"],
                &["Cân nặng", "16,5 kg"],
                &["Mã định danh cá nhân", "{vn.cccd|079321004518}"],
                &[
                    "Số thẻ BHYT",
                    "{vn.health_insurance_card|TE1797921456083} - giá trị sử dụng đến 13/06/2027 - Nơi ĐKKCB ban đầu: Trạm Y tế phường Tam Bình (79-031)",
                ],
                &[
                    "Địa chỉ",
                    "{vn.address|Căn hộ B2-1107 chung cư Sunview Town, đường Gò Dưa, phường Tam Bình, TP. Hồ Chí Minh}",
                ],
                &[
                    "Họ tên cha/mẹ hoặc người giám hộ",
                    "{person_name|Trần Minh Quang} (bố)",
                ],
                &["Điện thoại liên hệ", "{vn.phone|0908.561.342}"],
                &["Email nhận kết quả", "{email|quang.tranminh88@gmail.com}"],
                &[
                    "Chẩn đoán",
                    "J06.9 - Nhiễm trùng đường hô hấp trên cấp; H66.9 - Viêm tai giữa",
                ],
            ]),
            T(&[
                &["STT", "Tên thuốc - hàm lượng", "Số lượng", "Cách dùng"],
                &[
                    "1",
                    "Augmentin 250mg/31,25mg (Amoxicilin + Acid clavulanic), thuốc bột pha hỗn dịch",
                    "14 gói",
                    "Ngày uống 2 lần, mỗi lần 1 gói, sáng - tối sau ăn",
                ],
                &[
                    "2",
                    "Hapacol 150 (Paracetamol 150mg)",
                    "10 gói",
                    "Uống 1 gói khi sốt trên 38,5 độ C, cách nhau ít nhất 4 - 6 giờ",
                ],
                &[
                    "3",
                    "Natri clorid 0,9% lọ 10ml",
                    "10 lọ",
                    "Nhỏ mũi ngày 3 lần, mỗi bên 2 - 3 giọt",
                ],
                &[
                    "4",
                    "Siro ho Prospan chai 100ml",
                    "1 chai",
                    "Ngày uống 2 lần, mỗi lần 2,5 ml",
                ],
            ]),
            P(
                "Lời dặn: Cho trẻ uống nhiều nước, ăn thức ăn lỏng dễ tiêu. Tái khám sau 07 ngày (ngày 10/12/2025) hoặc khám lại ngay nếu trẻ sốt cao liên tục, co giật, khó thở, bỏ bú. Đơn thuốc điện tử đã được gửi qua Zalo số {vn.phone|0908561342} của phụ huynh.",
            ),
            P(
                "Bệnh sử: Ngày 21/10/2025 cháu đã khám tại Trạm Y tế phường Tam Bình, BS. {person_name|Đoàn Văn Lợi} chuyển lên bệnh viện do sốt kéo dài 4 ngày.",
            ),
            P("Thành phố Hồ Chí Minh, ngày 03 tháng 12 năm 2025"),
            P(
                "Bác sĩ khám bệnh: BS.CKI. {person_name|Lâm Thị Kiều Oanh} - Chứng chỉ hành nghề số 004512/HCM-CCHN",
            ),
            P("PHIẾU THU TIỀN (Liên 2: giao khách hàng) - Số phiếu: PT25-0098812"),
            T(&[
                &["Nội dung", "Thông tin"],
                &["Người nộp tiền", "{person_name|Trần Minh Quang}"],
                &["Số CCCD người nộp", "{vn.cccd|079088011263}"],
                &[
                    "Lý do nộp",
                    "Tiền thuốc ngoài danh mục BHYT (Siro ho Prospan 100ml)",
                ],
                &["Số tiền", "98.000 đồng (Chín mươi tám nghìn đồng)"],
                &[
                    "Hình thức",
                    "Chuyển khoản VietQR từ TK {vn.bank_account|0561000472839} Vietcombank, mã GD FT25337120485521",
                ],
                &["Thu ngân", "{person_name|Nguyễn Hoàng Tường Vy}"],
            ]),
            P(
                "Dược sĩ phát thuốc: DS. {person_name|Hồ Ngọc Phúc}. Người nhận thuốc: chị {person_name|Phạm Thị Diễm My} (mẹ bé), CCCD {vn.cccd|079190023318}, điện thoại {vn.phone|0934 702 518}, nhận thay vì anh {person_name|Quang} phải quay lại làm thủ tục thanh toán.",
            ),
        ],
    },
    Doc {
        name: "bien-ban-ghi-loi-khai",
        parts: &[
            P("CÔNG AN TỈNH BẮC NINH"),
            P("CÔNG AN PHƯỜNG KINH BẮC"),
            P("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc"),
            P("Số: 56/BB-LK"),
            P("BIÊN BẢN GHI LỜI KHAI"),
            P(
                "Hồi 09 giờ 20 phút, ngày 11 tháng 10 năm 2025, tại trụ sở Công an phường Kinh Bắc, số 8 đường Lý Thái Tổ, phường Kinh Bắc, tỉnh Bắc Ninh.",
            ),
            P(
                "Tôi: Đại úy {person_name|Nguyễn Trọng Nghĩa}, cán bộ Công an phường Kinh Bắc, với sự tham gia của Thượng sĩ {person_name|Chu Thị Ngân}, cán bộ ghi biên bản.",
            ),
            P("Căn cứ Điều 186 Bộ luật Tố tụng hình sự, tiến hành ghi lời khai của:"),
            T(&[
                &["Nội dung", "Thông tin"],
                &["Họ và tên", "{person_name|ĐỖ THỊ HẢI YẾN}"],
                &["Tên gọi khác", "Không"],
                &["Sinh ngày", "{date_of_birth|07 tháng 5 năm 1993}"],
                &["Nơi sinh", "Bệnh viện Sản Nhi Bắc Ninh"],
                &[
                    "Số định danh cá nhân",
                    "{vn.cccd|027193005184}, cấp ngày 15/04/2021, nơi cấp: Cục Cảnh sát QLHC về TTXH",
                ],
                &[
                    "Nghề nghiệp",
                    "Nhân viên kế toán, Công ty TNHH Điện tử Quế Võ, KCN Quế Võ, tỉnh Bắc Ninh",
                ],
                &[
                    "Nơi thường trú",
                    "{vn.address|Thôn Đông Xuyên, xã Yên Phong, tỉnh Bắc Ninh}",
                ],
                &[
                    "Nơi ở hiện nay",
                    "{vn.address|Nhà số 23, ngõ 41 đường Nguyễn Gia Thiều, phường Kinh Bắc, tỉnh Bắc Ninh}",
                ],
                &["Số điện thoại", "{vn.phone|0355 908 214}"],
                &["Tư cách tham gia tố tụng", "Bị hại"],
            ]),
            P("Hỏi: Chị trình bày lại sự việc chị bị mất tài sản vào tối ngày 10/10/2025?"),
            P(
                "Trả lời: Khoảng 20 giờ 45 phút ngày 10/10/2025, tôi đi xe máy Honda Vision màu trắng biển số {vn.licence_plate|99G1-628.45} từ chỗ làm về nhà. Khi đi đến đoạn đường Trần Hưng Đạo, gần cổng Trường THPT Hàn Thuyên thì có hai thanh niên đi xe Exciter màu xanh áp sát bên phải, người ngồi sau giật chiếc túi xách tôi để ở móc xe rồi tăng ga chạy về hướng cầu Đáp Cầu.",
            ),
            P("Hỏi: Trong túi xách có những tài sản, giấy tờ gì?"),
            P(
                "Trả lời: Trong túi có một ví da màu nâu, bên trong có thẻ căn cước số {vn.cccd|027193005184} của tôi; giấy phép lái xe hạng A1 số {vn.driving_licence|270934015827}; thẻ ATM Vietcombank và một thẻ tín dụng Visa số {payment_card|4523 9812 7406 5334} do VPBank phát hành; khoảng 3.200.000 đồng tiền mặt; một điện thoại iPhone 13 màu hồng đang lắp sim số {vn.phone|0355 908 214}; giấy đăng ký xe máy mang tên chồng tôi là anh {person_name|Vũ Đức Mạnh}.",
            ),
            P("Hỏi: Sau khi bị giật túi, chị đã làm gì?"),
            P(
                "Trả lời: Tôi hô hoán, anh {person_name|Thành} bán nước ở đầu ngõ 41 có đuổi theo nhưng không kịp. Tôi mượn điện thoại của anh {person_name|Thành} gọi cho chồng tôi theo số {vn.phone|0987 226 301}, sau đó gọi tổng đài Vietcombank 1900 545413 và tổng đài VPBank 1900 545415 để khóa thẻ. Tài khoản Vietcombank của tôi số {vn.bank_account|1017586432} chưa bị rút tiền.",
            ),
            P("Hỏi: Chị có nhận dạng được đối tượng và phương tiện không?"),
            P(
                "Trả lời: Người điều khiển xe đội mũ bảo hiểm đen, mặc áo khoác gió màu ghi; người ngồi sau gầy, tóc nhuộm vàng. Biển số xe bị bẻ cong, tôi chỉ nhìn được hai số cuối là 68. Nếu gặp lại người ngồi sau thì tôi có thể nhận ra.",
            ),
            P("Hỏi: Ngoài những nội dung trên, chị còn trình bày gì thêm?"),
            P(
                "Trả lời: Sáng nay lúc 7 giờ, có tài khoản Facebook tên {person_name|Lại Văn Khoa} nhắn tin cho tôi nói nhặt được ví, yêu cầu tôi chuyển 2.000.000 đồng vào tài khoản số {vn.bank_account|0691000412378} mang tên {person_name|LAI VAN KHOA} thì sẽ gửi trả giấy tờ. Tôi chưa chuyển tiền và đã chụp lại tin nhắn để nộp cho cơ quan công an. Tôi đề nghị cơ quan công an điều tra, truy tìm đối tượng và thu hồi tài sản cho tôi.",
            ),
            P(
                "Biên bản ghi lời khai kết thúc hồi 10 giờ 35 phút cùng ngày, gồm 03 trang, đã đọc lại cho người khai nghe, người khai công nhận đúng và ký tên xác nhận vào từng trang.",
            ),
            T(&[
                &["NGƯỜI KHAI", "CÁN BỘ GHI BIÊN BẢN", "CÁN BỘ GHI LỜI KHAI"],
                &[
                    "{person_name|Đỗ Thị Hải Yến}",
                    "Thượng sĩ {person_name|Chu Thị Ngân}",
                    "Đại úy {person_name|Nguyễn Trọng Nghĩa}",
                ],
            ]),
        ],
    },
    Doc {
        name: "phieu-dang-ky-nhap-hoc-mam-non",
        parts: &[
            P("ỦY BAN NHÂN DÂN PHƯỜNG NGŨ HÀNH SƠN"),
            P("TRƯỜNG MẦM NON HOA SEN"),
            P(
                "Địa chỉ: 45 Lê Văn Hiến, phường Ngũ Hành Sơn, thành phố Đà Nẵng - ĐT: 0236 3951 224 - Email: mnhoasen.nhs@danang.gov.vn",
            ),
            P("PHIẾU ĐĂNG KÝ NHẬP HỌC NĂM HỌC 2025 - 2026"),
            P("Mã hồ sơ tuyển sinh trực tuyến: TS2025-MN-004317"),
            P("I. THÔNG TIN CỦA TRẺ"),
            T(&[
                &["Nội dung", "Thông tin"],
                &["Họ và tên trẻ", "{person_name|Phạm Ngọc Bảo Anh}"],
                &["Tên thường gọi ở nhà", "{person_name|Bống}"],
                &["Ngày sinh", "{date_of_birth|09-02-2022}"],
                &["Giới tính", "Nữ"],
                &["Dân tộc", "Kinh"],
                &["Nơi sinh", "Bệnh viện Phụ sản - Nhi Đà Nẵng"],
                &["Mã số định danh cá nhân", "{vn.cccd|048322001736}"],
                &["Mã thẻ BHYT", "{vn.health_insurance_card|TE1484822017365}"],
                &[
                    "Nơi thường trú",
                    "{vn.address|Tổ 41, phường Ngũ Hành Sơn, thành phố Đà Nẵng}",
                ],
                &[
                    "Chỗ ở hiện tại",
                    "{vn.address|Lô B2-17 đường Mai Đăng Chơn, phường Ngũ Hành Sơn, thành phố Đà Nẵng}",
                ],
                &["Đăng ký vào", "Nhóm trẻ 24 - 36 tháng, học bán trú"],
                &[
                    "Lưu ý về sức khỏe",
                    "Dị ứng tôm, cua; đã tiêm đủ các mũi theo Chương trình tiêm chủng mở rộng",
                ],
            ]),
            P("II. THÔNG TIN CHA, MẸ"),
            T(&[
                &["Nội dung", "Cha", "Mẹ"],
                &[
                    "Họ và tên",
                    "{person_name|Phạm Văn Tiến}",
                    "{person_name|Nguyễn Thị Thanh Thảo}",
                ],
                &["Năm sinh", "{date_of_birth|1989}", "{date_of_birth|1992}"],
                &[
                    "Số CCCD",
                    "{vn.cccd|048089006215}",
                    "{vn.cccd|049192008437}",
                ],
                &["Nghề nghiệp", "Kỹ sư xây dựng", "Giáo viên tiểu học"],
                &[
                    "Nơi công tác",
                    "Công ty CP Xây dựng Trung Nam, 7 Nguyễn Văn Linh, Đà Nẵng",
                    "Trường Tiểu học Trần Cao Vân",
                ],
                &[
                    "Điện thoại",
                    "{vn.phone|0905 417 228}",
                    "{vn.phone|0776 312 904}",
                ],
                &[
                    "Email",
                    "{email|tien.pv89@gmail.com}",
                    "{email|thanhthao.nguyen92@gmail.com}",
                ],
            ]),
            P("III. NGƯỜI ĐƯỢC GIA ĐÌNH ỦY QUYỀN ĐÓN TRẺ (ngoài cha, mẹ)"),
            T(&[
                &["STT", "Họ và tên", "Quan hệ với trẻ", "Điện thoại"],
                &[
                    "1",
                    "{person_name|Nguyễn Thị Hồng}",
                    "Bà ngoại",
                    "{vn.phone|0935 118 672}",
                ],
                &[
                    "2",
                    "{person_name|Phạm Văn Lực}",
                    "Ông nội",
                    "{vn.phone|+84 914 225 703}",
                ],
            ]),
            P(
                "Gia đình cam kết thực hiện đúng nội quy của nhà trường, đón trẻ trước 17 giờ 15 phút hằng ngày. Học phí và tiền ăn nộp trước ngày 10 hằng tháng bằng chuyển khoản vào tài khoản của trường số 102876539012 tại VietinBank chi nhánh Ngũ Hành Sơn, nội dung ghi: TS2025-MN-004317 {person_name|Pham Ngoc Bao Anh} nop hoc phi T9.",
            ),
            P("Đà Nẵng, ngày 12 tháng 8 năm 2025"),
            P("Người làm đơn (ký, ghi rõ họ tên): {person_name|Nguyễn Thị Thanh Thảo}"),
            P(
                "PHẦN DÀNH CHO NHÀ TRƯỜNG: Đã nhận đủ bản sao giấy khai sinh, sổ tiêm chủng và ảnh thẻ. Xếp lớp Nhà trẻ C2, giáo viên phụ trách: cô {person_name|Huỳnh Thị Bích Vân} và cô {person_name|Trâm}. Người nhận hồ sơ: {person_name|Lê Thị Diệu}, ngày 14/8/2025.",
            ),
        ],
    },
    Doc {
        name: "hop-dong-mua-ban-xe-o-to",
        parts: &[
            P("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
            P("Độc lập - Tự do - Hạnh phúc"),
            P("HỢP ĐỒNG MUA BÁN XE Ô TÔ"),
            P("Số công chứng: 4127/2025, quyển số 09/2025 TP/CC-SCC/HĐGD"),
            P(
                "Hôm nay, ngày 18/10/2025, tại Văn phòng công chứng Nguyễn Huệ, số 165 Giảng Võ, phường Ô Chợ Dừa, thành phố Hà Nội, chúng tôi gồm có:",
            ),
            P(
                "BÊN BÁN (sau đây gọi là Bên A): Ông {person_name|NGÔ QUANG HUY}, sinh ngày {date_of_birth|26/11/1980}, căn cước số {vn.cccd|001080015239} do Bộ Công an cấp ngày 22/8/2024; và vợ là bà {person_name|TRỊNH THỊ THU}, sinh ngày {date_of_birth|3/1/1983}, căn cước công dân số {vn.cccd|038183004672} do Cục Cảnh sát quản lý hành chính về trật tự xã hội cấp ngày 10/7/2021; cùng thường trú tại: {vn.address|Số 9, ngách 12/4 phố Vọng Hà, phường Hoàn Kiếm, thành phố Hà Nội}.",
            ),
            P(
                "BÊN MUA (sau đây gọi là Bên B): Bà {person_name|LƯU THỊ PHƯƠNG THẢO}, sinh năm {date_of_birth|1991}, căn cước công dân số {vn.cccd|001191023584} cấp ngày 05/3/2021, hộ chiếu số {vn.passport|C7406183}; thường trú tại: {vn.address|Thôn Hạ, xã Nam Phù, thành phố Hà Nội}; điện thoại: {vn.phone|0862 471 905}.",
            ),
            P("Hai bên đồng ý thực hiện việc mua bán xe ô tô với các thỏa thuận sau đây:"),
            P("ĐIỀU 1. ĐẶC ĐIỂM XE MUA BÁN"),
            T(&[
                &["Nội dung", "Thông tin"],
                &["Nhãn hiệu", "KIA"],
                &["Số loại", "SELTOS 1.4 PREMIUM"],
                &["Loại xe", "Ô tô con 05 chỗ ngồi"],
                &["Màu sơn", "Đỏ"],
                &["Số máy", "G4LDLH123456"],
                &["Số khung", "RNYPB81AANC045821"],
                &["Biển số đăng ký", "{vn.licence_plate|30K-386.29}"],
                &[
                    "Giấy chứng nhận đăng ký xe",
                    "Số 0218734 do Phòng Cảnh sát giao thông Công an thành phố Hà Nội cấp ngày 05/5/2022",
                ],
                &["Đăng ký tên chủ xe", "{person_name|Ngô Quang Huy}"],
            ]),
            P(
                "ĐIỀU 2. GIÁ MUA BÁN VÀ PHƯƠNG THỨC THANH TOÁN: Giá mua bán xe nêu tại Điều 1 là 485.000.000 đồng (Bằng chữ: Bốn trăm tám mươi lăm triệu đồng). Bên B đã đặt cọc 50.000.000 đồng vào ngày 12/10/2025; số tiền còn lại 435.000.000 đồng Bên B chuyển vào tài khoản số {vn.bank_account|19027461583012} mang tên {person_name|NGO QUANG HUY} tại Techcombank chi nhánh Thăng Long ngay sau khi hợp đồng này được công chứng.",
            ),
            P(
                "ĐIỀU 3. GIAO XE VÀ ĐĂNG KÝ SANG TÊN: Bên A giao xe cùng bản chính giấy chứng nhận đăng ký xe, sổ bảo hành và hai chìa khóa cho Bên B trong ngày 18/10/2025. Bên B ủy quyền cho em trai là anh {person_name|Lưu Văn Đạt}, căn cước công dân số {vn.cccd|001094011827}, điện thoại {vn.phone|0979 350 146}, thay mặt nhận xe. Bên B tự làm thủ tục đăng ký sang tên trong thời hạn 30 ngày và chịu lệ phí trước bạ 2%.",
            ),
            P(
                "ĐIỀU 4. CAM ĐOAN: Bên A cam đoan xe thuộc quyền sở hữu hợp pháp, không bị cầm cố, thế chấp, không có tranh chấp và chưa bị phạt nguội. Bên B cam đoan đã xem xét kỹ hiện trạng xe và giấy tờ về xe.",
            ),
            P(
                "LỜI CHỨNG CỦA CÔNG CHỨNG VIÊN: Tôi, {person_name|Đoàn Thị Kim Dung}, công chứng viên Văn phòng công chứng Nguyễn Huệ (điện thoại 024 3736 7552), chứng nhận: ông {person_name|Ngô Quang Huy}, bà {person_name|Trịnh Thị Thu} và bà {person_name|Lưu Thị Phương Thảo} đã tự nguyện giao kết hợp đồng này, có năng lực hành vi dân sự phù hợp theo quy định của pháp luật và đã ký vào hợp đồng trước mặt tôi.",
            ),
            T(&[
                &["BÊN A (Bên bán)", "BÊN B (Bên mua)", "CÔNG CHỨNG VIÊN"],
                &[
                    "{person_name|Ngô Quang Huy} - {person_name|Trịnh Thị Thu}",
                    "{person_name|Lưu Thị Phương Thảo}",
                    "{person_name|Đoàn Thị Kim Dung}",
                ],
            ]),
        ],
    },
    Doc {
        name: "hop-dong-lao-dong-song-ngu",
        parts: &[
            P("CÔNG TY TNHH LOGISTICS ĐÔNG Á VIỆT NAM / DONG A LOGISTICS VIETNAM CO., LTD"),
            P(
                "Mã số thuế / Tax code: 0315847261 - Địa chỉ / Address: Lô C5, KCN Tân Tạo, phường Tân Tạo, TP. Hồ Chí Minh - Tel: (028) 3750 6618 - Email: hr@donga-logistics.vn",
            ),
            P("HỢP ĐỒNG LAO ĐỘNG / LABOUR CONTRACT"),
            P("Số / No.: 128/2025/HĐLĐ-ĐA"),
            P(
                "Chúng tôi, một bên là / We, the undersigned, on one side: Ông / Mr. {person_name|Lee Sang-woo}, quốc tịch Hàn Quốc, chức vụ Tổng Giám đốc / General Director, đại diện cho Công ty TNHH Logistics Đông Á Việt Nam (Người sử dụng lao động / the Employer).",
            ),
            P("Và một bên là / And on the other side (Người lao động / the Employee):"),
            T(&[
                &["Nội dung", "Thông tin"],
                &["Họ và tên / Full name", "{person_name|HÀ THỊ MINH CHÂU}"],
                &["Ngày sinh / Date of birth", "{date_of_birth|17/08/1994}"],
                &["Nơi sinh / Place of birth", "Lâm Đồng"],
                &[
                    "Số CCCD / ID card No.",
                    "{vn.cccd|068194003527}, cấp ngày / issued on 20/04/2021",
                ],
                &["Hộ chiếu / Passport No.", "{vn.passport|C2915804}"],
                &["Mã số thuế TNCN / PIT code", "{vn.tax_code|8527410396}"],
                &[
                    "Số sổ BHXH / Social insurance book No.",
                    "{vn.social_insurance|7920184563}",
                ],
                &[
                    "Địa chỉ thường trú / Permanent address",
                    "{vn.address|48 Phan Bội Châu, phường Xuân Hương - Đà Lạt, tỉnh Lâm Đồng}",
                ],
                &[
                    "Chỗ ở hiện tại / Current address",
                    "{vn.address|Phòng 605 chung cư Ehome 3, 103 Hồ Học Lãm, phường An Lạc, TP. Hồ Chí Minh}",
                ],
                &["Điện thoại / Mobile", "{vn.phone|0367 205 918}"],
                &["Email", "{email|minhchau.ha94@yahoo.com.vn}"],
                &[
                    "Tài khoản nhận lương / Salary account",
                    "{vn.bank_account|0071001587426} - Vietcombank CN Bình Tây - chủ tài khoản {person_name|HA THI MINH CHAU}",
                ],
            ]),
            P(
                "Điều 1. Công việc và thời hạn / Job and term: Chức danh: Chuyên viên chứng từ xuất nhập khẩu / Documentation Executive. Địa điểm làm việc: trụ sở Công ty tại KCN Tân Tạo. Loại hợp đồng: xác định thời hạn 24 tháng, từ ngày 01/12/2025 đến ngày 30/11/2027. Người quản lý trực tiếp / Line manager: Mr. {person_name|David Tran}, Operations Manager.",
            ),
            P(
                "Điều 2. Tiền lương / Salary: Mức lương cơ bản 15.500.000 đồng/tháng; phụ cấp ăn trưa 730.000 đồng/tháng; phụ cấp xăng xe 500.000 đồng/tháng. Lương được trả vào ngày 05 hằng tháng bằng chuyển khoản vào tài khoản nêu trên. Thưởng tháng 13 theo quy chế Công ty.",
            ),
            P(
                "Điều 3. Bảo hiểm / Insurance: Hai bên tham gia BHXH, BHYT, BHTN theo quy định. Thẻ BHYT của người lao động số {vn.health_insurance_card|DN4797920184563}, nơi đăng ký khám chữa bệnh ban đầu: Bệnh viện Nhân dân 115.",
            ),
            P(
                "Điều 4. Liên hệ khẩn cấp / Emergency contact: ông {person_name|Hà Văn Lộc} (cha / father), điện thoại {vn.phone|0919 640 275}. This contract is made in two bilingual originals; the Employee, Ms. {person_name|Minh Chau Ha}, keeps one original and confirms that she has read and understood all its terms.",
            ),
            P(
                "Mọi thắc mắc về tiền lương và bảo hiểm, người lao động liên hệ chị {person_name|Thùy} - Phòng Hành chính Nhân sự, máy lẻ 112.",
            ),
            P("TP. Hồ Chí Minh, ngày 28 tháng 11 năm 2025"),
            T(&[
                &[
                    "NGƯỜI LAO ĐỘNG / EMPLOYEE",
                    "NGƯỜI SỬ DỤNG LAO ĐỘNG / EMPLOYER",
                ],
                &[
                    "{person_name|Hà Thị Minh Châu}",
                    "Tổng Giám đốc / General Director {person_name|LEE SANG WOO}",
                ],
            ]),
        ],
    },
    Doc {
        name: "zalo-cham-soc-khach-hang",
        parts: &[
            P("ĐIỆN MÁY HOÀNG PHÁT - Zalo Official Account"),
            P(
                "Xuất lịch sử hội thoại từ Zalo OA Manager lúc 15/11/2025 08:14 - Phiên hỗ trợ #CS-251114-0087 - Người xuất: admin.cskh",
            ),
            P(
                "Khách hàng: {person_name|Minh Tâm Lê} | Zalo ID: 8421906735521840 | Nhãn: Khách cũ, Giao hàng trễ",
            ),
            P(
                "[Hệ thống 19:01] Khách hàng bấm nút Tư vấn từ trang hoangphat.vn/may-giat-lg-9kg, địa chỉ IP {ip_address|171.252.188.46}, thiết bị Android 14.",
            ),
            P(
                "[19:02] {person_name|Minh Tâm Lê}: shop oi chi dat may giat LG inverter 9kg FV1409S4W tu hom 10/11, ma don HP2511-48213, ma toi gio chua thay ai giao het",
            ),
            P(
                "[19:03] CSKH - {person_name|Ngọc Hân}: Dạ Điện máy Hoàng Phát xin chào chị ạ. Em là {person_name|Hân} bên chăm sóc khách hàng. Chị cho em xin số điện thoại đặt hàng để em kiểm tra đơn nhé.",
            ),
            P(
                "[19:04] {person_name|Minh Tâm Lê}: {vn.phone|0827 615 093} nha em, nguoi nhan ten {person_name|Le Thi Minh Tam}",
            ),
            P(
                "[19:06] CSKH - {person_name|Ngọc Hân}: Dạ em cảm ơn chị {person_name|Tâm}. Đơn HP2511-48213 đang giao tới {vn.address|số 112/7 Trần Văn Dư, phường Tân Bình, TP. Hồ Chí Minh} phải không chị? Do kho Bình Dương quá tải dịp sale 11/11 nên đơn bị trễ 2 ngày, em thành thật xin lỗi chị ạ.",
            ),
            P(
                "[19:07] {person_name|Minh Tâm Lê}: dung roi. ma mai chi di cong tac, em doi giao qua nha me chi dc ko, {vn.address|45/2 Le Van Tho, phuong An Hoi Tay, TP HCM}, me chi ten {person_name|Tran Thi Lanh}, sdt {vn.phone|0903.172.845}",
            ),
            P(
                "[19:09] CSKH - {person_name|Ngọc Hân}: Dạ được chị. Em đã đổi địa chỉ giao và người nhận. Đơn của chị đã thanh toán online bằng thẻ Visa ****5521 nên khi giao hàng mình không thu thêm tiền ạ. Dự kiến giao ngày 16/11/2025.",
            ),
            P(
                "[19:10] {person_name|Minh Tâm Lê}: ok. chi muon lay hoa don VAT ca nhan, MST ca nhan cua chi la {vn.tax_code|8364029175}, gui hoa don ve mail {email|minhtam.le89@gmail.com} giup chi",
            ),
            P(
                "[19:11] CSKH - {person_name|Ngọc Hân}: Dạ hóa đơn cá nhân cần thêm số CCCD của chị để đối chiếu ạ.",
            ),
            P("[19:13] {person_name|Minh Tâm Lê}: {vn.cccd|079189012437}"),
            P(
                "[19:15] CSKH - {person_name|Ngọc Hân}: Dạ em đã ghi nhận. Hóa đơn điện tử ký hiệu 1C25THP sẽ được gửi từ hddt@hoangphat.vn trong 24 giờ. Kỹ thuật viên lắp đặt là anh {person_name|Võ Thanh Phong}, sđt {vn.phone|0938 226 517}, anh {person_name|Phong} sẽ gọi chị trước 30 phút ạ.",
            ),
            P(
                "[19:18] {person_name|Minh Tâm Lê}: con cai voucher 500k bi tru 2 lan, hoan lai cho chi vao tk {vn.bank_account|21457839} ACB ten {person_name|LE THI MINH TAM} nha",
            ),
            P(
                "[19:20] CSKH - {person_name|Ngọc Hân}: Dạ em chuyển yêu cầu hoàn 500.000đ sang bộ phận kế toán, mã yêu cầu HT-20251114-0192. Nếu cần gấp chị gọi tổng đài 1800 6018 (miễn phí) hoặc email cskh@hoangphat.vn ạ.",
            ),
            P(
                "[19:22] {person_name|Minh Tâm Lê}: thoi hoan vao the ATM cho nhanh, the Sacombank {payment_card|9704 0315 2786 0410}",
            ),
            P(
                "[19:23] CSKH - {person_name|Ngọc Hân}: Dạ em ghi nhận hoàn về thẻ nội địa của chị. Chị lưu ý không cung cấp mã OTP hay mã CVV cho bất kỳ ai, kể cả nhân viên Hoàng Phát nha chị.",
            ),
            P(
                "[Hệ thống 19:25] Phiên hỗ trợ kết thúc. Khách hàng đánh giá 4/5 sao. Ghi chú nội bộ của trưởng ca {person_name|Bùi Quang Khải}: kiểm tra lý do voucher bị trừ 2 lần, báo IT (ticket IT-3318, máy chủ khuyến mãi 10.20.4.15, bản 2.14.0).",
            ),
        ],
    },
    Doc {
        name: "uy-quyen-quyet-toan-thue-tncn",
        parts: &[
            P("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
            P("Độc lập - Tự do - Hạnh phúc"),
            P(
                "Mẫu số: 08/UQ-QTT-TNCN (Ban hành kèm theo Thông tư số 80/2021/TT-BTC ngày 29 tháng 9 năm 2021 của Bộ trưởng Bộ Tài chính)",
            ),
            P("GIẤY ỦY QUYỀN QUYẾT TOÁN THUẾ THU NHẬP CÁ NHÂN"),
            P("[01] Kỳ tính thuế: Năm 2025"),
            P("Kính gửi: CÔNG TY CỔ PHẦN DƯỢC PHẨM TRƯỜNG SƠN"),
            T(&[
                &["Nội dung", "Thông tin"],
                &["[02] Tên người ủy quyền", "{person_name|ĐINH VĂN QUÂN}"],
                &["[03] Mã số thuế", "{vn.tax_code|8103462759}"],
                &["[04] Số định danh cá nhân", "{vn.cccd|001087024561}"],
                &[
                    "[05] Địa chỉ",
                    "{vn.address|Số 6 ngõ 178 Thái Hà, phường Đống Đa, thành phố Hà Nội}",
                ],
                &["[06] Điện thoại", "{vn.phone|0944 318 627}"],
                &["[07] Email", "{email|quan.dinhvan87@gmail.com}"],
            ]),
            P(
                "Tôi xin ủy quyền cho [08] Tổ chức trả thu nhập: CÔNG TY CỔ PHẦN DƯỢC PHẨM TRƯỜNG SƠN, [09] Mã số thuế: 0106482537, [10] Địa chỉ: Tầng 6, số 35 Nguyễn Chí Thanh, phường Giảng Võ, thành phố Hà Nội, thực hiện quyết toán thuế thu nhập cá nhân thay cho tôi đối với thu nhập từ tiền lương, tiền công năm 2025.",
            ),
            P(
                "Tôi cam kết: trong năm 2025 tôi chỉ ký hợp đồng lao động từ 03 tháng trở lên tại một nơi là Công ty Cổ phần Dược phẩm Trường Sơn; ngoài ra có thu nhập vãng lai từ hợp đồng cộng tác viên số 17/2025/CTV với Công ty TNHH Truyền thông Lạc Việt, bình quân tháng không quá 10 triệu đồng, đã bị khấu trừ 10% tại nguồn. Số thuế nộp thừa (nếu có) đề nghị bù trừ vào kỳ sau; trường hợp hoàn thuế xin chuyển vào tài khoản số {vn.bank_account|21510001234785} tại BIDV chi nhánh Đống Đa, chủ tài khoản {person_name|DINH VAN QUAN}.",
            ),
            P("BẢNG KÊ NGƯỜI PHỤ THUỘC ĐÃ ĐĂNG KÝ GIẢM TRỪ GIA CẢNH NĂM 2025"),
            T(&[
                &[
                    "STT",
                    "Họ và tên người phụ thuộc",
                    "Ngày sinh",
                    "MST người phụ thuộc",
                    "Số CCCD/CMND",
                    "Quan hệ với người nộp thuế",
                    "Thời gian tính giảm trừ",
                ],
                &[
                    "1",
                    "{person_name|Hoàng Thị Thanh Xuân}",
                    "{date_of_birth|22/3/1990}",
                    "{vn.tax_code|8476215093}",
                    "{vn.cccd|001190031245}",
                    "Vợ",
                    "01/2025 - 12/2025",
                ],
                &[
                    "2",
                    "{person_name|Đinh Hoàng Bảo Châu}",
                    "{date_of_birth|5/11/2016}",
                    "",
                    "{vn.cccd|001316027859}",
                    "Con",
                    "01/2025 - 12/2025",
                ],
                &[
                    "3",
                    "{person_name|Đinh Văn Khải}",
                    "{date_of_birth|1952}",
                    "{vn.tax_code|8012473658}",
                    "{vn.cmnd|011247386}",
                    "Bố đẻ",
                    "01/2025 - 12/2025",
                ],
            ]),
            P(
                "Mức giảm trừ gia cảnh: 11.000.000 đồng/tháng đối với người nộp thuế và 4.400.000 đồng/tháng đối với mỗi người phụ thuộc. Tổng thu nhập chịu thuế năm 2025 theo chứng từ khấu trừ số CT/2025/00418: 312.450.000 đồng.",
            ),
            P("Hà Nội, ngày 20 tháng 01 năm 2026"),
            P("NGƯỜI ỦY QUYỀN (Ký, ghi rõ họ tên): {person_name|Đinh Văn Quân}"),
            P(
                "Phòng Hành chính - Nhân sự đã nhận ngày 21/01/2026, người nhận: {person_name|Tạ Thu Phương}. Đối chiếu hồ sơ nhân sự: mã nhân viên TS-0417, ông {person_name|Quân} sinh ngày {date_of_birth|14-09-1987}. Mọi thắc mắc liên hệ 024 3775 6120 máy lẻ 205.",
            ),
        ],
    },
];
