//! A ninth set of held-out documents, written by hand by someone who had not read the detectors:
//! graded, not tuned on. The kinds differ from the earlier sets' (residents' collective petition to
//! their ward about a printing workshop in their lane, with the households who signed, a commune
//! military service council's list of citizens called up for military service, a private owner's
//! self-drive car rental contract with the handover record, a university's blood donation day
//! register with a Lao student, a company IT helpdesk ticket about a locked mail account with the
//! sign-in log, a life insurance application form with beneficiaries and a card payment, a consumer
//! finance company's overdue-payment reminder with its collector's call notes typed without
//! diacritics, and a pawnshop's ledger page typed without diacritics). Every piece of personal data
//! is marked `{detector|value}`: given names used alone after a first mention ("ông Tiến", "bạn
//! Diệu Linh", "anh Nam", "chi Sa Ly", "a Luan") are marked; names after a title or a label (ông,
//! bà, đồng chí, Đại úy, KTV, Trưởng phòng CNTT) are marked without it; ALL-CAPS and unaccented
//! names, a Khmer name ("THẠCH CHANH ĐA") and a Lao student's name are marked as written, and so is
//! a pawnshop owner's name although the shop is named after him. Years of birth alone (the "Năm
//! sinh" columns) are marked as dates of birth. A house number with its lane and street but without
//! the ward is marked as an address. A Lao passport in the letter-and-seven-digits form is marked
//! as a passport; an old nine-digit ID card quoted next to the new card is marked as a CMND and the
//! new one as a CCCD; the BHXH number printed beside the BHYT card is marked as a social insurance
//! number; a named employee's work e-mail and the internet addresses of her home connection and her
//! phone are marked. Left unmarked on purpose: organisation data (the printing company's,
//! university's, blood centre's, fishery company's, insurer's, agency office's, finance company's
//! and pawnshop's names, tax codes, addresses, hotlines, landlines, role mailboxes, the pawnshop's
//! mobile hotline and the finance company's collection account), the printing company's truck
//! plate, the office's public IP address and a private VPN address, village and residential-group
//! names alone in the commune's own list, military units, ages, gender and marital status,
//! non-birth dates (petition, mediation, measurement, decision, hand-over, rental, issue, expiry,
//! donation, ticket, surgery, contract, due, call, pawn and redemption dates), decision, list,
//! contract, vehicle registration, insurance policy, application, certificate, ticket, staff,
//! agent, asset, serial, IMEI, POS and pawn-ticket numbers, a security licence number, the last
//! four digits of an ID card, blood groups and haemoglobin, heights, weights, a noise reading,
//! odometer readings, amounts, and streets, a university, hospitals, a company and a shop named
//! after people (Hoàng Quốc Việt, Lê Lợi, Nguyễn Du, Nguyễn Tri Phương, Hùng Vương, Lê Đại Hành,
//! Phạm Văn Thuận, "Minh Tiến", "Hải Đăng") or after a date (đường 3 Tháng 2).

use super::Doc;
use super::Part::{P, T};

pub const HELD_OUT_9: &[Doc] = &[
    Doc {
        name: "don-kien-nghi-tap-the-xuong-in",
        parts: &[
            P("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM - Độc lập - Tự do - Hạnh phúc"),
            P("Hà Nội, ngày 08 tháng 12 năm 2025"),
            P(
                "ĐƠN KIẾN NGHỊ (V/v xưởng in bao bì trong ngõ 120 Hoàng Quốc Việt hoạt động gây ồn, mùi dung môi, ảnh hưởng đời sống dân cư)",
            ),
            P(
                "Kính gửi: - Chủ tịch Ủy ban nhân dân phường Nghĩa Đô; - Công an phường Nghĩa Đô; - Phòng Kinh tế, Hạ tầng và Đô thị phường Nghĩa Đô.",
            ),
            P(
                "Chúng tôi là các hộ gia đình sinh sống tại ngõ 120 phố Hoàng Quốc Việt, tổ dân phố số 11, phường Nghĩa Đô, thành phố Hà Nội (trước đây là phường Nghĩa Đô, quận Cầu Giấy). Từ khoảng tháng 6/2025, Công ty TNHH Bao bì Minh Tiến (MST 0108943761, biển hiệu ghi địa chỉ số 35 ngõ 120 Hoàng Quốc Việt, ĐT 024 3791 5580) đưa 03 máy in ống đồng và 01 máy ghép màng vào chạy ngay trong nhà ở 4 tầng, hoạt động liên tục từ 6 giờ sáng đến 23 giờ, nhiều hôm chạy thâu đêm.",
            ),
            P(
                "Ngày 14/11/2025 lúc 22 giờ 10, chúng tôi đo bằng ứng dụng điện thoại tại cửa nhà số 37 được 78 dB. Mùi dung môi (toluen, xăng thơm) nồng nặc cả ngõ, nhiều cháu nhỏ bị ho, đau đầu. Xe tải 5 tấn biển số 29H-417.62 của công ty chở cuộn màng thường xuyên đỗ chắn lối vào; ngày 20/10/2025 xe cứu thương không vào được ngõ, gia đình người bệnh phải cáng ra đầu ngõ.",
            ),
            P(
                "Tổ dân phố đã hòa giải hai lần (biên bản ngày 02/9/2025 và ngày 07/10/2025). Người quản lý xưởng là ông {person_name|Đào Mạnh Tiến} (SĐT {vn.phone|0983.526.417}) hứa lắp cách âm, chỉ chạy máy trong giờ hành chính, nhưng đến nay vẫn không thực hiện; khi bà con sang góp ý, ông {person_name|Tiến} trả lời xưởng có đủ giấy phép, ai thấy ồn thì chuyển đi nơi khác.",
            ),
            P(
                "Chúng tôi đề nghị: 1) Kiểm tra giấy phép kinh doanh, giấy phép môi trường và điều kiện phòng cháy chữa cháy của xưởng; 2) Đo tiếng ồn, lấy mẫu không khí vào ban đêm; 3) Buộc xưởng dừng hoạt động sau 22 giờ và di dời máy in ra khu, cụm công nghiệp theo quy định. Kết quả giải quyết xin gửi về tổ trưởng tổ dân phố số 11 (hộ số 1 trong danh sách dưới đây).",
            ),
            P("DANH SÁCH CÁC HỘ GIA ĐÌNH KÝ TÊN (trích 3/27 hộ, bản đầy đủ kèm theo đơn)"),
            T(&[
                &["STT", "Họ và tên chủ hộ", "Năm sinh", "Địa chỉ", "Ký tên"],
                &[
                    "1",
                    "{person_name|Nguyễn Hữu Trí}",
                    "{date_of_birth|1958}",
                    "{vn.address|Số 41 ngõ 120 Hoàng Quốc Việt}",
                    "(đã ký)",
                ],
                &[
                    "2",
                    "{person_name|Lê Thị Kim Dung}",
                    "{date_of_birth|1965}",
                    "{vn.address|Số 37 ngõ 120 Hoàng Quốc Việt}",
                    "(đã ký)",
                ],
                &[
                    "3",
                    "{person_name|Phùng Văn Cường}",
                    "{date_of_birth|1971}",
                    "{vn.address|Số 6 ngách 120/14 Hoàng Quốc Việt, P. Nghĩa Đô, Q. Cầu Giấy}",
                    "(đã ký)",
                ],
            ]),
            P(
                "Nơi nhận: Như kính gửi; Ban công tác Mặt trận tổ dân phố số 11; Báo Hà Nội Mới (để phản ánh).",
            ),
        ],
    },
    Doc {
        name: "danh-sach-goi-cong-dan-nhap-ngu",
        parts: &[
            P("ỦY BAN NHÂN DÂN XÃ YÊN LẠC - HỘI ĐỒNG NGHĨA VỤ QUÂN SỰ"),
            P("Số: 18/DS-HĐNVQS                    Yên Lạc, ngày 22 tháng 01 năm 2026"),
            P(
                "DANH SÁCH CÔNG DÂN ĐƯỢC GỌI NHẬP NGŨ NĂM 2026 (Kèm theo Quyết định số 09/QĐ-UBND ngày 20/01/2026 của Chủ tịch UBND xã Yên Lạc, tỉnh Phú Thọ về việc gọi công dân nhập ngũ)",
            ),
            T(&[
                &[
                    "TT",
                    "Họ và tên",
                    "Ngày sinh",
                    "Số định danh cá nhân",
                    "Thôn, TDP",
                    "Trình độ VH/CM",
                    "Sức khỏe",
                    "Đơn vị nhận quân",
                ],
                &[
                    "1",
                    "{person_name|Nguyễn Văn Đức}",
                    "{date_of_birth|14/02/2006}",
                    "{vn.cccd|026206005184}",
                    "Lũng Hạ",
                    "12/12",
                    "Loại 2",
                    "Sư đoàn 304",
                ],
                &[
                    "2",
                    "{person_name|Trần Quang Vinh}",
                    "{date_of_birth|3-9-2007}",
                    "{vn.cccd|026207001937}",
                    "TDP Đoài",
                    "12/12; Trung cấp nghề điện",
                    "Loại 1",
                    "Sư đoàn 304",
                ],
                &[
                    "3",
                    "{person_name|Đỗ Minh Hiếu}",
                    "{date_of_birth|ngày 27 tháng 11 năm 1999}",
                    "{vn.cccd|026099008216}",
                    "Đông Lỗ",
                    "Đại học (Trường ĐH Hùng Vương, tốt nghiệp 2022)",
                    "Loại 2",
                    "Bộ CHQS tỉnh Phú Thọ",
                ],
            ]),
            P(
                "Thời gian, địa điểm giao quân: 07 giờ 00 ngày 05/3/2026 tại Nhà văn hóa trung tâm xã Yên Lạc. Công dân mang theo Lệnh gọi nhập ngũ, thẻ căn cước và bản gốc bằng tốt nghiệp; có mặt trước 30 phút để kiểm tra quân số. Công dân số 3 trước đây được tạm hoãn do học đại học, nay còn trong độ tuổi gọi nhập ngũ (đến hết 27 tuổi) nên được gọi theo quy định.",
            ),
            P(
                "Đề nghị trưởng các thôn, tổ dân phố thông báo đến gia đình công dân. Mọi vướng mắc liên hệ đồng chí Đại úy {person_name|Kiều Văn Hưng}, Chỉ huy phó Ban CHQS xã, ĐT {vn.phone|0979 215 308}, hoặc trực ban Ban CHQS xã 0211 3856 112.",
            ),
            P(
                "Nơi nhận: Ban CHQS tỉnh Phú Thọ; Đảng ủy xã; các thôn, TDP; công dân có tên; Lưu: VT, BCHQS.",
            ),
            P(
                "TM. HỘI ĐỒNG NGHĨA VỤ QUÂN SỰ - CHỦ TỊCH (Chủ tịch UBND xã) {person_name|Trương Đình Thắng}",
            ),
        ],
    },
    Doc {
        name: "hop-dong-thue-xe-tu-lai",
        parts: &[
            P("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM - Độc lập - Tự do - Hạnh phúc"),
            P("HỢP ĐỒNG THUÊ XE Ô TÔ TỰ LÁI - Số: 0712/2025/HĐTX"),
            P("Hôm nay, ngày 07/12/2025, tại Cần Thơ, chúng tôi gồm:"),
            T(&[
                &["Nội dung", "Thông tin"],
                &[
                    "BÊN A (chủ xe, bên cho thuê)",
                    "Ông {person_name|Trương Công Danh}",
                ],
                &["CCCD số", "{vn.cccd|092084006137}, cấp ngày 15/6/2021"],
                &[
                    "Đ/c",
                    "{vn.address|27/3 đường 3 Tháng 2, P. Xuân Khánh, Q. Ninh Kiều, TP. Cần Thơ}",
                ],
                &["BÊN B (bên thuê)", "Bà {person_name|Lâm Thị Bảo Trâm}"],
                &["Ngày sinh", "{date_of_birth|12-4-1997}"],
                &["CCCD số", "{vn.cccd|094197002561}"],
                &[
                    "GPLX hạng B số",
                    "{vn.driving_licence|940197008352}, có thời hạn đến 02/10/2035",
                ],
                &["ĐT", "{vn.phone|0818 274 905}"],
            ]),
            P(
                "Điều 1. Bên A cho Bên B thuê xe ô tô Toyota Vios 1.5G màu trắng, sản xuất năm 2021, 05 chỗ, biển kiểm soát {vn.licence_plate|65A-318.27}, giấy chứng nhận đăng ký xe số 0248716 đứng tên Bên A. Xe có bảo hiểm vật chất Bảo Việt, hợp đồng bảo hiểm số BV-CTH-25-118204.",
            ),
            P(
                "Điều 2. Thời gian thuê từ 08 giờ ngày 08/12/2025 đến 20 giờ ngày 10/12/2025. Giá thuê 850.000 đồng/ngày, tổng cộng 2.550.000 đồng, chưa gồm xăng, phí cầu đường, phí gửi xe. Quá giờ phụ thu 100.000 đồng/giờ; chạy quá 300 km/ngày tính 3.000 đồng/km.",
            ),
            P(
                "Điều 3. Đặt cọc: Bên B để lại xe mô tô Honda SH Mode biển số {vn.licence_plate|83-P1 274.05} kèm cà vẹt bản gốc, và chuyển 5.000.000 đồng vào STK {vn.bank_account|070098512364} Sacombank của Bên A. Tiền cọc hoàn trả trong 7 ngày sau khi trả xe nếu không phát sinh phạt nguội.",
            ),
            P(
                "Điều 4. Bên B tự chịu trách nhiệm về mọi vi phạm giao thông trong thời gian thuê, kể cả vi phạm bị phát hiện qua camera sau khi trả xe. Xe gặp sự cố gọi cứu hộ 1900 9249 và báo ngay cho Bên A.",
            ),
            P(
                "BIÊN BẢN GIAO - NHẬN XE: Giao 07 giờ 45 ngày 08/12/2025, đồng hồ 45.218 km, xăng 3/4 bình, trầy nhẹ cản sau bên phải (đã chụp 12 ảnh gửi Zalo). Nhận lại 19 giờ 30 ngày 10/12/2025, đồng hồ 45.906 km, xăng 1/2 bình; Bên B bù xăng 250.000 đồng tiền mặt.",
            ),
            P("BÊN A (đã ký)          BÊN B (đã ký)"),
        ],
    },
    Doc {
        name: "danh-sach-hien-mau-tinh-nguyen",
        parts: &[
            P("ĐOÀN TNCS HỒ CHÍ MINH - HỘI CHỮ THẬP ĐỎ TRƯỜNG ĐẠI HỌC SƯ PHẠM, ĐẠI HỌC HUẾ"),
            P(
                "NGÀY HỘI HIẾN MÁU \"GIỌT HỒNG SƯ PHẠM\" LẦN THỨ XII - Chủ nhật 14/12/2025 - Hội trường A, 34 Lê Lợi, phường Thuận Hóa, thành phố Huế. Đơn vị tiếp nhận: Trung tâm Truyền máu khu vực Huế, Bệnh viện Trung ương Huế (ĐT 0234 3822 325).",
            ),
            P("DANH SÁCH NGƯỜI HIẾN MÁU - CA SÁNG (trích)"),
            T(&[
                &[
                    "STT",
                    "Họ và tên",
                    "Ngày sinh",
                    "Số CCCD / Hộ chiếu",
                    "Lớp / Đơn vị",
                    "Nhóm máu",
                    "Lượng máu (ml)",
                    "Số giấy chứng nhận",
                ],
                &[
                    "1",
                    "{person_name|Hoàng Thị Diệu Linh}",
                    "{date_of_birth|17/05/2005}",
                    "{vn.cccd|046305004718}",
                    "Toán K47B",
                    "O (Rh+)",
                    "250",
                    "46-251214-0081",
                ],
                &[
                    "2",
                    "{person_name|Souksavanh Phommachanh}",
                    "{date_of_birth|08/01/2003}",
                    "HC Lào {vn.passport|P1834207}",
                    "Ngữ văn K46 (lưu học sinh)",
                    "B (Rh+)",
                    "250",
                    "46-251214-0082",
                ],
                &[
                    "3",
                    "Cán bộ Phòng Công tác sinh viên (04 người, danh sách riêng)",
                    "",
                    "",
                    "",
                    "",
                    "350 x 4",
                    "46-251214-0083 đến 0086",
                ],
            ]),
            P(
                "Ghi chú: Bạn {person_name|Diệu Linh} bị choáng nhẹ sau khi hiến, đã nằm theo dõi 30 phút tại khu hồi sức, uống nước, ăn nhẹ và được bạn cùng lớp đưa về ký túc xá an toàn. 01 sinh viên không đủ điều kiện hiến (Hb 118 g/l), hẹn đợt sau. Sinh viên hiến máu được cộng 5 điểm rèn luyện; nhận giấy chứng nhận tại Văn phòng Đoàn trường (phòng 104, nhà A), ĐT 0234 3825 719.",
            ),
            P("Trưởng Ban tổ chức: {person_name|Đoàn Văn Phú} - Phó Bí thư Đoàn trường."),
        ],
    },
    Doc {
        name: "phieu-ho-tro-it-khoa-tai-khoan",
        parts: &[
            P("CÔNG TY CỔ PHẦN THỦY SẢN MEKONG XANH - PHÒNG CÔNG NGHỆ THÔNG TIN"),
            P(
                "Lô 2-14, KCN Trà Nóc 1, phường Thới An Đông, thành phố Cần Thơ | MST 1800935614 | Helpdesk nội bộ: máy lẻ 199 / helpdesk@mekongxanh.com.vn",
            ),
            P(
                "PHIẾU YÊU CẦU HỖ TRỢ #IT-2025-11873 | Nhóm: Tài khoản & bảo mật | Ưu tiên: Cao | Trạng thái: Đã đóng | Tạo: 09/12/2025 07:52 | Đóng: 09/12/2025 08:40",
            ),
            T(&[
                &["Nội dung", "Thông tin"],
                &[
                    "Người yêu cầu",
                    "{person_name|Nguyễn Thị Thanh Tâm} - Kế toán công nợ, Phòng Tài chính - Kế toán",
                ],
                &["Mã nhân viên", "MKX-0427"],
                &["Email", "{email|tam.ntt@mekongxanh.com.vn}"],
                &["Liên hệ", "Máy lẻ 214; di động {vn.phone|0357 902 618}"],
                &[
                    "Thiết bị",
                    "Laptop Lenovo ThinkPad E14 Gen 5, mã tài sản TS-IT-0318, S/N PF3K7Y2Q",
                ],
            ]),
            P(
                "Mô tả (người dùng gửi qua cổng hỗ trợ): em bi khoa tai khoan Outlook tu sang nay, dang nhap bao sai mat khau du em khong doi pass. Toi qua em lam o nha, vao VPN chay bao cao cong no toi gan 12h, mang nha em la FPT. Khoang 2h sang dien thoai em nhan lien tuc tin nhan ma xac thuc ma em khong bam. Nho anh chi kiem tra giup, chieu nay em phai doi chieu cong no voi khach.",
            ),
            T(&[
                &[
                    "Thời gian",
                    "Sự kiện (trích nhật ký đăng nhập)",
                    "Địa chỉ IP",
                    "Ghi chú của KTV",
                ],
                &[
                    "08/12/2025 21:14",
                    "Kết nối VPN thành công",
                    "{ip_address|118.69.182.45}",
                    "Mạng FPT tại nhà người dùng",
                ],
                &[
                    "08/12/2025 23:52",
                    "Ngắt kết nối VPN",
                    "10.20.5.117",
                    "IP nội bộ cấp trong đường hầm VPN",
                ],
                &[
                    "09/12/2025 02:03 - 02:41",
                    "27 lần đăng nhập Outlook Web thất bại, 6 yêu cầu MFA bị từ chối",
                    "(nhiều địa chỉ nước ngoài)",
                    "Dò mật khẩu từ máy chủ thuê tại Hà Lan; tài khoản tự khóa",
                ],
                &[
                    "09/12/2025 07:31",
                    "Đăng nhập Outlook trên điện thoại thất bại (tài khoản đang khóa)",
                    "{ip_address|27.67.140.212}",
                    "Điện thoại của người dùng, 4G Viettel",
                ],
            ]),
            P(
                "Xử lý (KTV {person_name|Huỳnh Quốc Nam}): gọi lại số di động đã đăng ký để xác minh, người dùng đọc đúng 4 số cuối CCCD (…2857) và mã nhân viên. Đã mở khóa, buộc đổi mật khẩu, đăng ký lại Microsoft Authenticator, thu hồi toàn bộ phiên đăng nhập; bổ sung chính sách Conditional Access CA-07 chặn đăng nhập từ ngoài Việt Nam. IP công khai của văn phòng 203.162.71.8 và dải VPN được đưa vào danh sách vị trí tin cậy.",
            ),
            P(
                "Phản hồi người dùng lúc 08:26: da vao duoc roi a, em cam on anh {person_name|Nam} nhieu 🙏",
            ),
            P(
                "Người duyệt đóng phiếu: Trưởng phòng CNTT {person_name|Lê Thành Được}. Đã báo bộ phận bảo vệ dữ liệu (dpo@mekongxanh.com.vn) theo quy trình QT-ATTT-05; không phát hiện dữ liệu bị truy cập trái phép.",
            ),
        ],
    },
    Doc {
        name: "ho-so-yeu-cau-bao-hiem-nhan-tho",
        parts: &[
            P("CÔNG TY TNHH BẢO HIỂM NHÂN THỌ PHÚ GIA VIỆT NAM"),
            P(
                "Tầng 9, 17 Nguyễn Du, phường Sài Gòn, TP. Hồ Chí Minh | MST: 0308912746 | Tổng đài: 1800 6188 | Email: cskh@phugialife.com.vn",
            ),
            P(
                "HỒ SƠ YÊU CẦU BẢO HIỂM - Số HSYC: 71208543 - Sản phẩm chính: An Phúc Trọn Đời; sản phẩm bổ trợ: Chăm sóc sức khỏe toàn diện (chương trình Vàng)",
            ),
            P("PHẦN A. BÊN MUA BẢO HIỂM ĐỒNG THỜI LÀ NGƯỜI ĐƯỢC BẢO HIỂM CHÍNH"),
            T(&[
                &["Nội dung", "Thông tin"],
                &["Họ và tên", "{person_name|ĐẶNG THỊ THU THẢO}"],
                &["Ngày sinh", "{date_of_birth|ngày 5 tháng 3 năm 1990}"],
                &["Giới tính / Tình trạng hôn nhân", "Nữ / Đã kết hôn"],
                &[
                    "Số CCCD",
                    "{vn.cccd|074190003846} cấp ngày 10/8/2021 tại Cục CS QLHC về TTXH",
                ],
                &["Mã số thuế cá nhân", "{vn.tax_code|8014527369}"],
                &[
                    "Thẻ BHYT",
                    "{vn.health_insurance_card|DN4747405128736} (mã số BHXH {vn.social_insurance|7405128736})",
                ],
                &[
                    "Nghề nghiệp, nơi làm việc",
                    "Kế toán trưởng - Công ty TNHH Gỗ Mỹ Phước, KCN Mỹ Phước 2",
                ],
                &["Thu nhập bình quân/năm", "420.000.000 đồng"],
                &[
                    "Địa chỉ liên hệ",
                    "{vn.address|Số 18, đường D5, khu phố 3, phường Thủ Dầu Một, TP. Hồ Chí Minh}",
                ],
                &["Di động", "{vn.phone|0919 248 573}"],
            ]),
            P("PHẦN B. NGƯỜI THỤ HƯỞNG"),
            T(&[
                &[
                    "Họ và tên",
                    "Quan hệ với NĐBH",
                    "Năm sinh / Ngày sinh",
                    "Tỷ lệ thụ hưởng",
                ],
                &[
                    "{person_name|Võ Minh Nhựt}",
                    "Chồng",
                    "{date_of_birth|1986}",
                    "50%",
                ],
                &[
                    "{person_name|Võ Đặng Bảo Ngọc}",
                    "Con gái",
                    "{date_of_birth|21.07.2016}",
                    "50% (người giám hộ: cha)",
                ],
            ]),
            P(
                "PHẦN C. THANH TOÁN: Phí bảo hiểm năm 24.600.000 đồng (sản phẩm chính 19.800.000 đồng, bổ trợ 4.800.000 đồng), định kỳ năm. Phí kỳ đầu thanh toán bằng thẻ tín dụng Visa số {payment_card|4221 5108 7734 6190} của Bên mua bảo hiểm, mã giao dịch POS 618204.",
            ),
            P(
                "PHẦN D. KÊ KHAI SỨC KHỎE: chiều cao 157 cm, cân nặng 51 kg; mổ ruột thừa năm 2012 tại Bệnh viện Nguyễn Tri Phương, không biến chứng; không hút thuốc; chưa từng bị từ chối bảo hiểm.",
            ),
            P(
                "Tôi cam đoan những thông tin kê khai trên là đầy đủ, trung thực. Thủ Dầu Một, ngày 26/11/2025. Bên mua bảo hiểm (đã ký).",
            ),
            P(
                "XÁC NHẬN CỦA ĐẠI LÝ: Tôi là {person_name|Hà Thị Mỹ Tiên}, mã số đại lý 60128473, đã trực tiếp gặp khách hàng, giải thích quyền lợi, điều khoản loại trừ và thời gian cân nhắc 21 ngày. Văn phòng tổng đại lý Thủ Dầu Một - ĐT 0274 3829 616.",
            ),
        ],
    },
    Doc {
        name: "thong-bao-nhac-no-cong-ty-tai-chinh",
        parts: &[
            P("CÔNG TY TÀI CHÍNH TNHH MTV TIÊU DÙNG PHƯƠNG NAM (PNFC)"),
            P(
                "Trụ sở: 182 Lê Đại Hành, phường Phú Thọ, TP. Hồ Chí Minh - MST: 0316874526 - Tổng đài: 1900 6939 - Email: thuhoi@pnfc.com.vn",
            ),
            P(
                "Số: TB2-251203-047281                    TP. Hồ Chí Minh, ngày 03 tháng 12 năm 2025",
            ),
            P("THÔNG BÁO NHẮC NỢ QUÁ HẠN (LẦN 2)"),
            P(
                "Kính gửi: Ông {person_name|THẠCH CHANH ĐA} - Địa chỉ: {vn.address|ấp Ô Chích A, xã Long Hiệp, tỉnh Vĩnh Long}",
            ),
            P(
                "Căn cứ Hợp đồng tín dụng số 2023TV0084715 ký ngày 16/5/2023 giữa PNFC và Quý khách (khoản vay mua xe máy Honda Vision biển số {vn.licence_plate|84-E1 526.19}; số tiền vay 28.500.000 đồng, 36 kỳ, mỗi kỳ 1.163.000 đồng, đến hạn ngày 16 hằng tháng; giấy tờ khi ký hợp đồng: CMND số {vn.cmnd|334125778}, nay đã cập nhật CCCD số {vn.cccd|084089003715}),",
            ),
            P(
                "PNFC thông báo: tính đến hết ngày 02/12/2025, Quý khách chậm thanh toán 02 kỳ (kỳ 30 đến hạn 16/10/2025, kỳ 31 đến hạn 16/11/2025), tổng số tiền quá hạn 2.326.000 đồng, phí chậm trả 300.000 đồng. Đề nghị Quý khách thanh toán trước ngày 10/12/2025 tại bưu cục, cửa hàng Thế Giới Di Động hoặc chuyển khoản vào tài khoản của PNFC số 04001010047281 tại MSB, nội dung \"2023TV0084715\". Quá thời hạn trên, hồ sơ sẽ được chuyển bộ phận pháp lý và thông tin nợ quá hạn được cập nhật lên CIC.",
            ),
            P("GHI CHÚ CUỘC GỌI (trích hệ thống, nhân viên nhập không dấu)"),
            T(&[
                &["Thời gian", "Số gọi", "Người nghe", "Ghi chú"],
                &[
                    "25/11/2025 09:12",
                    "{vn.phone|0376 204 915}",
                    "KH",
                    "KH noi lua chua ban duoc, hen 30/11 dong 1 ky",
                ],
                &[
                    "01/12/2025 14:30",
                    "{vn.phone|0376204915}",
                    "Khong nghe",
                    "Goi 3 lan, thue bao khong lien lac duoc",
                ],
                &[
                    "01/12/2025 14:45",
                    "{vn.phone|0869.301.724}",
                    "Vo KH - chi {person_name|Kim Thi Sa Ly}",
                    "chi {person_name|Sa Ly} noi chong di lam thue o Binh Duong toi moi ve, hua nhac chong dong truoc 10/12",
                ],
            ]),
            P(
                "Nhân viên phụ trách hồ sơ: {person_name|Nguyễn Trọng Nhân} - mã NV PN-THN-0312 - ĐT 028 7109 6939 máy lẻ 4127. Nếu Quý khách đã thanh toán sau ngày lập thông báo này, xin vui lòng bỏ qua.",
            ),
        ],
    },
    Doc {
        name: "so-theo-doi-cam-do",
        parts: &[
            P(
                "CAM DO HAI DANG - 215 Pham Van Thuan, P. Tam Hiep, TP Bien Hoa - DT/Zalo 0909 751 226 - Giay CN du dieu kien ANTT so 128/GCN-PC06",
            ),
            P("SO THEO DOI CAM CO TAI SAN - THANG 12/2025 (trang 7)"),
            T(&[
                &[
                    "So HD",
                    "Ngay",
                    "Ten KH",
                    "CCCD",
                    "SDT",
                    "Tai san cam",
                    "Tien cam",
                    "Ghi chu",
                ],
                &[
                    "HD-1205",
                    "02/12",
                    "{person_name|Pham Van Luan}",
                    "{vn.cccd|075093011648}",
                    "{vn.phone|0907318462}",
                    "Exciter 150 do den bs {vn.licence_plate|60B5-438.17}, ca vet goc",
                    "12.000.000",
                    "lai 3%/thang, han 02/01/2026",
                ],
                &[
                    "HD-1206",
                    "03/12",
                    "{person_name|Ngo Thi Thuy Duong}",
                    "{vn.cccd|075198004273}",
                    "",
                    "iPhone 14 Pro Max 256GB tim, IMEI 356284119047731, da thoat iCloud ({email|duong.ngothuy98@icloud.com})",
                    "9.500.000",
                    "khach xin giu sim",
                ],
            ]),
            P(
                "15/12: a {person_name|Luan} chuoc xe, tra goc 12.000.000 + lai 13 ngay 156.000, CK tu STK {vn.bank_account|0331000429586} VCB. Da tra ca vet, gach so.",
            ),
            P("Chu co so: {person_name|Tran Hai Dang} (da ky)"),
        ],
    },
];
